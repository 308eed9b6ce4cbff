"""Screening commands: ``screen`` (a name or a CSV file) and ``screen-text``."""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from singlelist.cli.app import (
    DbOption,
    JsonOption,
    app,
    console,
    err_console,
    errors,
    fail,
    open_core,
    print_json,
    progress_bars,
)

KindOption = Annotated[
    str | None, typer.Option("--kind", help="person, organisation, vessel, aircraft or other.")
]
TopicOption = Annotated[
    list[str] | None, typer.Option("--topic", help="terrorism or sanctions (repeatable).")
]
SourceOption = Annotated[list[str] | None, typer.Option("--source", help="Only these sources (repeatable).")]
ThresholdOption = Annotated[
    float | None, typer.Option(help="Minimum score, 0..1 (default: the matcher's threshold).")
]


@app.command()
def screen(
    name: Annotated[str | None, typer.Argument(help="The name to screen.")] = None,
    kind: KindOption = None,
    topic: TopicOption = None,
    source: SourceOption = None,
    threshold: ThresholdOption = None,
    limit: Annotated[int, typer.Option(help="At most this many hits (per row with --csv).")] = 10,
    csv_in: Annotated[
        Path | None, typer.Option("--csv", help="Screen every row of this CSV file ('-' for stdin).")
    ] = None,
    column: Annotated[str | None, typer.Option(help="With --csv: the column holding names.")] = None,
    kind_column: Annotated[
        str | None, typer.Option(help="With --csv: a column holding each row's kind.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="With --csv: output CSV ('-' for stdout).")] = None,
    workers: Annotated[int | None, typer.Option(help="With --csv: processes (default: all cores).")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Screen a NAME (table of hits with score and explanation), or a whole --csv file."""
    if csv_in is not None:
        _screen_csv(csv_in, column, kind_column, out, kind, topic, source, threshold, limit,
                    workers, db)
        return
    if not name:
        fail("give a NAME to screen, or --csv FILE --column NAME_COLUMN --out OUT")
    with errors():
        core = open_core(db)
        with progress_bars(not as_json) as progress:
            core.index(progress)
        hits = core.screen(name, kind, topic or (), source or (), threshold, limit)
    if as_json:
        print_json({"query": name, "hits": hits})
        return
    if not hits:
        console.print(f"no listed name matches {name!r}")
        return
    table = Table(title=f"screening {name!r}")
    for header in ("score", "matched listed name", "entity", "kind", "source", "ref", "programme",
                   "explanation"):
        table.add_column(header, justify="right" if header == "score" else "left")
    for hit in hits:
        table.add_row(f"{hit['score']:.2f}", hit["matched_name"], hit["name"], hit["kind"],
                      hit["source"], hit["ref"], ", ".join(hit["programmes"]), hit["explanation"])
    console.print(table)


def _screen_csv(csv_in, column, kind_column, out, kind, topic, source, threshold, limit, workers, db) -> None:
    if not column or out is None:
        fail("--csv needs --column NAME_COLUMN and --out OUT")
    with errors(), ExitStack() as files:
        core = open_core(db)
        started = time.perf_counter()
        source_handle = sys.stdin if str(csv_in) == "-" else files.enter_context(
            open(csv_in, newline="", encoding="utf-8-sig"))
        out_handle = sys.stdout if str(out) == "-" else files.enter_context(
            open(out, "w", newline="", encoding="utf-8"))
        try:
            with progress_bars() as progress:
                counts = core.screen_csv(source_handle, out_handle, column, kind_column, kind,
                                         topic or (), source or (), threshold, limit, workers, progress)
        except UnicodeDecodeError as exc:
            fail(f"{csv_in}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    seconds = time.perf_counter() - started
    err_console.print(
        f"{counts['rows']} rows screened in {seconds:.1f}s, {counts['with_hits']} with a hit → {out}"
    )


@app.command("screen-text")
def screen_text(
    file: Annotated[str, typer.Argument(help="A text file, or '-' for standard input.")],
    source: SourceOption = None,
    topic: TopicOption = None,
    threshold: ThresholdOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find mentions of listed organisations and persons in free text."""
    with errors():
        if file == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                fail(f"{file}: cannot read as UTF-8 text: {exc}")
        core = open_core(db)
        with progress_bars(not as_json) as progress:
            core.index(progress)
        mentions = core.screen_text(text, source or (), topic or (), threshold)
    if as_json:
        print_json({"mentions": mentions})
        return
    if not mentions:
        console.print("no listed name mentioned")
        return
    table = Table(title=f"mentions in {file}")
    for header in ("offsets", "text", "entity", "source", "ref", "score", "explanation"):
        table.add_column(header)
    for m in mentions:
        table.add_row(f"{m['start']}-{m['end']}", m["text"], m["name"], m["source"], m["ref"],
                      f"{m['score']:.2f}", m["explanation"])
    console.print(table)
