"""``singlelist compare``: where authorities agree and differ on the single list."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from singlelist.cli.app import DbOption, JsonOption, app, console, errors, fail, open_core, print_json
from singlelist.compare import Comparison, compare, plot


def _opt(value: str) -> str | None:
    return None if value == "all" else value


@app.command("compare")
def compare_(
    topic: Annotated[str, typer.Option(help="terrorism, sanctions, or 'all'.")] = "terrorism",
    kind: Annotated[str, typer.Option(help="organisation, person, ..., or 'all'.")] = "organisation",
    plot_file: Annotated[
        Path | None, typer.Option("--plot", help="Also draw the matrix and timeline to FILE.png or .svg.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who lists whom: shared listings, each list's own listings, consensus, timeline."""
    if plot_file is not None and plot_file.suffix.lower() not in (".png", ".svg"):
        fail(f"{plot_file}: --plot writes a .png or .svg file")
    with errors():
        view = open_core(db).single_list()
        entities = view.select(_opt(topic), _opt(kind))
    result = compare(entities, _opt(topic), _opt(kind))
    if plot_file is not None:
        plot(result, plot_file)
    if as_json:
        print_json(result.to_dict() | ({"plot": str(plot_file)} if plot_file else {}))
        return
    _print(result)
    if plot_file is not None:
        console.print(f"plot written to {plot_file}")


def _print(result: Comparison) -> None:
    sources = result.sources
    matrix = Table(title=f"shared listings: {result.total} entities ({result.topic or 'all topics'}, "
                         f"{result.kind or 'all kinds'}); count (Jaccard)")
    matrix.add_column("source")
    for source in sources:
        matrix.add_column(source, justify="right")
    for i, source in enumerate(sources):
        cells = [
            f"[bold]{result.shared[i][j]}[/bold]" if i == j
            else f"{result.shared[i][j]} ({result.jaccard[i][j]:.2f})"
            for j in range(len(sources))
        ]
        matrix.add_row(f"{source}\n[dim]{result.labels[source]}[/dim]", *cells)
    console.print(matrix)

    unique = Table(title="listed by this source only")
    for column in ("source", "entities", "only here", "share", "examples"):
        unique.add_column(column, justify="right" if column in ("entities", "only here", "share") else "left")
    for source in sources:
        ids = result.unique[source]
        share = len(ids) / result.counts[source] if result.counts[source] else 0
        examples = _examples(result, ids)
        unique.add_row(source, str(result.counts[source]), str(len(ids)), f"{share:.0%}", examples)
    console.print(unique)

    consensus = Table(title="consensus: entities listed by k sources")
    for column in ("k", "at least k", "exactly k", "examples (exactly k)"):
        consensus.add_column(column, justify="left" if column.startswith("examples") else "right")
    for level in result.consensus:
        ids = level["entities"]
        examples = _examples(result, ids)
        consensus.add_row(str(level["k"]), str(level["at_least"]), str(level["exactly"]), examples)
    console.print(consensus)

    timeline = Table(title="designations by year of listing")
    timeline.add_column("year")
    for source in sources:
        timeline.add_column(source, justify="right")
    for year in result.years():
        timeline.add_row(year, *(str(result.timeline[s].get(year, "")) for s in sources))
    if any(result.undated.values()):
        timeline.add_row("undated", *(str(result.undated[s] or "") for s in sources))
    console.print(timeline)


def _examples(result: Comparison, ids: list[str], n: int = 3) -> str:
    return "; ".join(result.names[i] for i in ids[:n]) + (f" (+{len(ids) - n})" if len(ids) > n else "")
