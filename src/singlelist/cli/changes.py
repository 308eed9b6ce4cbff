"""``singlelist diff``: what changed between two snapshots of a source (or of the single list)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from singlelist.cli.app import DbOption, JsonOption, app, console, errors, fail, open_core, print_json
from singlelist.diff import SnapshotDiff


def _item(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("value") or value.get("ref") or value.get("text") or value)
    return str(value)


def _short(value: object, width: int = 60) -> str:
    text = ", ".join(_item(v) for v in value) if isinstance(value, list) else _item(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command()
def diff(
    source: Annotated[str | None, typer.Argument(help="Source id, e.g. un-sc.")] = None,
    from_: Annotated[
        str | None, typer.Option("--from", help="Old snapshot: id or data date (prefix). "
                                 "Default: the one before --to.")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="New snapshot: id or data date. Default: current.")
    ] = None,
    entities: Annotated[
        bool, typer.Option("--entities", help="Single-list entities that gained or lost a designation.")
    ] = False,
    limit: Annotated[int, typer.Option(help="Rows shown per table (JSON has all).")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Records added, removed and changed between two snapshots of a source."""
    with errors():
        core = open_core(db)
        if entities:
            result = core.entity_diff(from_, to)
            if as_json:
                print_json(result)
            else:
                _print_entity_diff(result, limit)
            return
        if not source:
            fail("name a SOURCE, or use --entities")
        result = core.diff(source, from_, to)
    if as_json:
        print_json(result.to_dict())
    else:
        _print_diff(result, limit)


def _print_diff(result: SnapshotDiff, limit: int) -> None:
    console.print(
        f"[bold]{result.source}[/bold]: snapshot {result.old.id} ({result.old.data_date}) → "
        f"{result.new.id} ({result.new.data_date}): [green]{len(result.added)} added[/green], "
        f"[red]{len(result.removed)} removed[/red], [yellow]{len(result.changed)} changed[/yellow]"
    )
    for title, records in (("added", result.added), ("removed", result.removed)):
        if not records:
            continue
        table = Table(title=f"{title} ({len(records)})")
        for column in ("ref", "kind", "name", "programmes", "listed on"):
            table.add_column(column)
        for record in records[:limit]:
            table.add_row(record.ref, record.kind, record.name, ", ".join(record.programmes),
                          ", ".join(record.listed_on))
        console.print(table)
    if result.changed:
        table = Table(title=f"changed ({len(result.changed)})")
        for column in ("ref", "name", "field", "old / removed", "new / added"):
            table.add_column(column)
        for change in result.changed[:limit]:
            for i, fc in enumerate(change.changes):
                old = fc.removed if fc.removed else fc.old
                new = fc.added if fc.added else fc.new
                table.add_row(change.ref if i == 0 else "", change.name if i == 0 else "",
                              fc.field, _short(old or ""), _short(new or ""))
        console.print(table)


def _print_entity_diff(result: dict, limit: int) -> None:
    table = Table(title=f"single-list entities: {result['from']} → {result['to']}")
    for column in ("entity", "name", "gained", "lost"):
        table.add_column(column)
    for row in result["entities"][:limit]:
        table.add_row(row["id"], row["name"], ", ".join(row["gained"]), ", ".join(row["lost"]))
    console.print(table)
