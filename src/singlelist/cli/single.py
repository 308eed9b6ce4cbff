"""Single-list commands: ``resolve``, ``list``, ``entity``, ``link``, ``unlink``."""

from __future__ import annotations

import csv
import getpass
import sys
from typing import Annotated

import typer
from rich.table import Table

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
    open_core,
    print_json,
    selected_entities,
)
from singlelist.export import CSV_COLUMNS, designation_rows
from singlelist.single import Entity

UserOption = Annotated[str, typer.Option("--user", help="Who decides (default: your login).")]


@app.command()
def resolve(
    force: Annotated[bool, typer.Option(help="Rebuild even if nothing changed.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Build the single list: link records of all lists into entities (replaying decisions)."""
    with errors():
        stats = open_core(db).resolve(force=force)
    if as_json:
        print_json(stats)
        return
    status = "unchanged" if stats["skipped"] else "built"
    console.print(
        f"single list {status} (build {stats['build']}): {stats['entities']} entities from "
        f"{stats['records']} records, {stats['multi_source_entities']} listed by several lists; "
        f"links: {', '.join(f'{k} {v}' for k, v in sorted(stats['links'].items()))}"
    )


@app.command("list")
def list_(
    topic: TopicSelection = "terrorism",
    kind: KindSelection = "organisation",
    listed_by: ListedBy = None,
    not_listed_by: NotListedBy = None,
    min_authorities: MinAuthorities = 1,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The consolidated list: one row per entity, with each list's designation."""
    with errors():
        _core, entities = selected_entities(db, topic, kind, listed_by, not_listed_by, min_authorities)
    if as_json:
        print_json({"entities": [e.summary() for e in entities]})
        return
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(designation_rows(entities))
        return
    table = Table(title=f"single list: {len(entities)} entities ({topic}, {kind})")
    for column in ("id", "name", "other names", "designations"):
        table.add_column(column)
    for entity in entities:
        summary = entity.summary()
        others = summary["names"]
        table.add_row(
            entity.id, entity.name,
            "; ".join(others[:4]) + (f" (+{len(others) - 4})" if len(others) > 4 else ""),
            "\n".join(f"{d['source']} {d['ref']} {', '.join(d['programmes'])} {d['listed_on'] or ''}"
                      for d in summary["designations"]),
        )
    console.print(table)


@app.command()
def entity(
    id_or_ref: Annotated[str, typer.Argument(help="An entity id (sl-...) or any list reference (QDe.137).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Everything known about one entity, with the source of every fact."""
    with errors():
        found = open_core(db).entities(id_or_ref)
    if as_json:
        print_json({"entities": [_entity_dict(e) for e in found]})
        return
    for item in found:
        _print_entity(item)


def _entity_dict(entity: Entity) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "names": entity.names(),
        "designations": [d.to_dict() for d in entity.designations],
        "associations": entity.associations(),
        "records": [d.record.to_dict() | {"raw": None} for d in entity.designations],
    }


def _print_entity(entity: Entity) -> None:
    console.print(f"[bold]{entity.name}[/bold]  {entity.id}  ({entity.kind})")
    table = Table(title="designations")
    for column in ("source", "ref", "authority", "programmes", "listed on", "listed now", "snapshot"):
        table.add_column(column)
    for d in entity.designations:
        table.add_row(d.source, d.ref, d.authority, ", ".join(d.programmes), d.listed_on or "",
                      "yes" if d.active else "[red]no (removed)[/red]",
                      f"{d.snapshot.data_date} #{d.snapshot.id}")
    console.print(table)
    names = Table(title="names")
    for column in ("name", "script", "roles", "given by"):
        names.add_column(column)
    for name in sorted(entity.names(), key=lambda n: (n["script"], n["name"])):
        names.add_row(name["name"], name["script"], ", ".join(name["roles"]), ", ".join(name["sources"]))
    console.print(names)
    associations = entity.associations()
    if associations:
        table = Table(title="associations cited in the lists")
        for column in ("cites", "context", "cited by"):
            table.add_column(column)
        for a in associations:
            table.add_row(f"{a['source'] or ''} {a['ref']}", a["text"] or "", a["cited_by"])
        console.print(table)


def _decide(a: str, b: str, judgement: str, user: str, comment: str, db: str | None, as_json: bool) -> None:
    with errors():
        result = open_core(db).decide(a, b, judgement, user, comment)
    if as_json:
        print_json(result)
    else:
        console.print(f"recorded {judgement} for {a} / {b} ({result['pairs']} pair(s)); "
                      f"single list rebuilt: {result['entities']} entities")


@app.command()
def link(
    a: Annotated[str, typer.Argument(help="A record (source:ref or ref) or entity id.")],
    b: Annotated[str, typer.Argument(help="Another record or entity id.")],
    user: UserOption = "",
    comment: Annotated[str, typer.Option(help="Why.")] = "",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Decide that A and B are the same subject (kept across rebuilds)."""
    _decide(a, b, "same", user or getpass.getuser(), comment, db, as_json)


@app.command()
def unlink(
    a: Annotated[str, typer.Argument(help="A record (source:ref or ref) or entity id.")],
    b: Annotated[str, typer.Argument(help="Another record or entity id.")],
    user: UserOption = "",
    comment: Annotated[str, typer.Option(help="Why.")] = "",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Decide that A and B are not the same subject (kept across rebuilds)."""
    _decide(a, b, "not_same", user or getpass.getuser(), comment, db, as_json)
