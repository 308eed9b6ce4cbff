"""``singlelist export``: the single list as CSV, JSON, xlsx or FollowTheMoney JSON lines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from singlelist.cli.app import (
    DbOption,
    JsonOption,
    KindSelection,
    ListedBy,
    MinAuthorities,
    NotListedBy,
    TopicSelection,
    app,
    console,
    errors,
    print_json,
    selected_entities,
)
from singlelist.export import FORMATS, export


@app.command("export")
def export_(
    out: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, json, ftm (JSON lines) or xlsx.")] = "csv",
    topic: TopicSelection = "terrorism",
    kind: KindSelection = "organisation",
    listed_by: ListedBy = None,
    not_listed_by: NotListedBy = None,
    min_authorities: MinAuthorities = 1,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the single list (same selection as `list`) to OUT."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--format")
    with errors():
        core, entities = selected_entities(db, topic, kind, listed_by, not_listed_by, min_authorities)
        written = export(entities, fmt, out, core.catalog)
    if as_json:
        print_json({"format": fmt, "out": str(out), "entities": len(entities), "written": written})
    else:
        console.print(f"{len(entities)} entities written to {out} ({fmt}, {written} rows/objects)")
