"""Ingest commands: ``update``, ``load``, ``sources``, ``show``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from singlelist.api import UpdateOutcome
from singlelist.cli.app import (
    DbOption,
    JsonOption,
    app,
    console,
    errors,
    open_core,
    print_json,
    progress_bars,
)
from singlelist.model import Record
from singlelist.store.db import LoadResult


def _load_row(source: str, result: LoadResult) -> dict:
    snap = result.snapshot
    return {
        "source": source,
        "snapshot": snap.id,
        "status": "unchanged" if result.skipped else "loaded",
        "date": snap.data_date,
        "files": [f["name"] for f in snap.files],
        "records": snap.record_count,
        "counts": snap.counts,
    }


@app.command()
def update(
    sources: Annotated[list[str] | None, typer.Argument(help="Source ids (default: all).")] = None,
    from_dir: Annotated[
        Path | None,
        typer.Option("--from", help="Read a local mirror laid out like shared/data/lists "
                     "instead of downloading (offline / air-gapped use)."),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Download each source from its official address (or read --from DIR) and load it."""
    with errors():
        core = open_core(db)
        with progress_bars(not as_json) as progress:
            outcomes = core.update(sources or (), from_dir, progress)
    rows = [_load_row(o.source, r) for o in outcomes for r in o.loads]
    failures = [o for o in outcomes if not o.ok]
    if as_json:
        print_json({
            "loads": rows,
            "errors": [{"source": o.source, "error": o.error} for o in failures],
        })
    else:
        _print_update(outcomes)
    if failures:
        raise typer.Exit(1)


def _print_update(outcomes: list[UpdateOutcome]) -> None:
    table = Table(title="update", show_lines=False)
    for column in ("source", "snapshot", "status", "data date", "files", "records"):
        table.add_column(column, justify="right" if column in ("snapshot", "records") else "left")
    for outcome in outcomes:
        for result in outcome.loads:
            row = _load_row(outcome.source, result)
            table.add_row(
                row["source"], str(row["snapshot"]), row["status"], row["date"],
                ", ".join(row["files"]), str(row["records"]),
            )
        if outcome.error:
            table.add_row(outcome.source, "", "[red]failed[/red]", "", outcome.error, "")
    console.print(table)


@app.command()
def load(
    source: Annotated[str, typer.Argument(help="Source id (a catalog id, or your own with --format).")],
    paths: Annotated[list[Path], typer.Argument(help="The file(s) of one snapshot.")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="Generic format for a list not in the catalog: csv or ftm."),
    ] = None,
    authority: Annotated[
        str | None, typer.Option(help="Who publishes the list (required with --format).")
    ] = None,
    topic: Annotated[str, typer.Option(help="Default topic for a generic list.")] = "terrorism",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Load explicit files as one snapshot of a source."""
    with errors():
        core = open_core(db)
        with progress_bars(not as_json) as progress:
            result = core.load(source, paths, fmt, authority, topic, progress)
    row = _load_row(source, result)
    if as_json:
        print_json(row)
    else:
        console.print(
            f"{row['source']}: snapshot {row['snapshot']} {row['status']} "
            f"({row['records']} records, data date {row['date']})"
        )


@app.command()
def sources(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The catalog, with each source's current snapshot."""
    with errors():
        rows = open_core(db).sources_status()
    if as_json:
        print_json({"sources": rows})
        return
    table = Table(title="sources")
    for column in ("source", "authority", "snapshots", "current", "records", "by kind"):
        table.add_column(column)
    for row in rows:
        cur = row["current"]
        table.add_row(
            row["source"], row["authority"], str(row["snapshots"]),
            cur["data_date"] if cur else "-", str(cur["record_count"]) if cur else "-",
            ", ".join(f"{k} {v}" for k, v in sorted(cur["counts"].items())) if cur else "",
        )
    console.print(table)


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="The list's own reference, e.g. QDe.137 or 16937.")],
    source: Annotated[str | None, typer.Option(help="Only this source.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One record, every field, with its provenance."""
    with errors():
        found = open_core(db).show(ref, source)
    if as_json:
        print_json({"records": [
            {"snapshot": snap.to_dict(), "record": record.to_dict()} for snap, record in found
        ]})
        return
    for snap, record in found:
        _print_record(snap, record)


def _print_record(snap, record: Record) -> None:
    table = Table(title=f"{record.source} {record.ref}: {record.name}", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    table.add_row("kind", record.kind)
    for name in record.names:
        table.add_row(f"name ({name.role})", f"{name.value}  [dim]{name.script}[/dim]")
    simple = ("programmes", "topics", "listed_on", "updated_on", "countries", "nationalities",
              "birth_dates", "birth_places", "gender")
    for field in simple:
        value = getattr(record, field)
        if value:
            table.add_row(field, "; ".join(value) if isinstance(value, list) else str(value))
    for address in record.addresses:
        table.add_row("address", ", ".join(x for x in (address.text, address.country) if x))
    for ident in record.identifiers:
        table.add_row(f"id ({ident.type})", " ".join(x for x in (ident.value, ident.country or "",
                                                                 ident.note or "") if x))
    for xref in record.xrefs:
        table.add_row(f"cites ({xref.relation})", f"{xref.source or ''} {xref.ref}")
    for remark in record.remarks:
        table.add_row("remarks", remark)
    files = ", ".join(f"{f['name']} (sha256 {f['sha256'][:12]}…)" for f in snap.files)
    table.add_row("provenance", f"{snap.authority}; snapshot {snap.id} of {snap.data_date}, "
                  f"loaded {snap.loaded_at:%Y-%m-%d %H:%M}; {files}")
    console.print(table)


