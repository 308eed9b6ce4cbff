"""``singlelist export``: the single list as CSV, JSON, xlsx or FollowTheMoney JSON lines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from singlelist.cli.app import DbOption, JsonOption, app, console, errors, open_core, print_json
from singlelist.export import FORMATS, export


@app.command("export")
def export_(
    out: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, json, ftm (JSON lines) or xlsx.")] = "csv",
    topic: Annotated[str, typer.Option(help="terrorism, sanctions, or 'all'.")] = "terrorism",
    kind: Annotated[str, typer.Option(help="organisation, person, ..., or 'all'.")] = "organisation",
    listed_by: Annotated[
        list[str] | None, typer.Option("--listed-by", help="Listed by this source (repeatable).")
    ] = None,
    not_listed_by: Annotated[
        list[str] | None, typer.Option("--not-listed-by", help="Not listed by this source (repeatable).")
    ] = None,
    min_authorities: Annotated[int, typer.Option(help="Listed by at least K lists.")] = 1,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the single list (same selection as `list`) to OUT."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    with errors():
        core = open_core(db)
        view = core.single_list()
        entities = view.select(None if topic == "all" else topic, None if kind == "all" else kind,
                               listed_by or (), not_listed_by or (), min_authorities)
        written = export(entities, fmt, out, core.catalog)
    if as_json:
        print_json({"format": fmt, "out": str(out), "entities": len(entities), "written": written})
    else:
        console.print(f"{len(entities)} entities written to {out} ({fmt}, {written} rows/objects)")
