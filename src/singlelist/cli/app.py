"""The typer application and what every command shares: options, errors, output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from singlelist.api import ProgressFactory, Settings, SingleList, UserError
from singlelist.fetch import FetchError
from singlelist.sources._common import SourceError

app = typer.Typer(
    name="singlelist",
    help="One list of designated terrorist organisations and sanctioned parties, built from "
    "every authority's own list, and screening against it.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="SINGLELIST_DB",
        help="Database URL (sqlite:///file.sqlite, postgresql://...) or a SQLite file path. "
        "Default: singlelist.sqlite in the user's data directory.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

# Selection of single-list entities, shared by `list` and `export`.
TopicSelection = Annotated[str, typer.Option("--topic", help="terrorism, sanctions, or 'all'.")]
KindSelection = Annotated[str, typer.Option("--kind", help="organisation, person, ..., or 'all'.")]
ListedBy = Annotated[
    list[str] | None, typer.Option("--listed-by", help="Listed by this source (repeatable).")
]
NotListedBy = Annotated[
    list[str] | None, typer.Option("--not-listed-by", help="Not listed by this source (repeatable).")
]
MinAuthorities = Annotated[int, typer.Option("--min-authorities", help="Listed by at least K lists.")]


def selected_entities(db: str | None, topic: str, kind: str, listed_by: list[str] | None,
                      not_listed_by: list[str] | None, min_authorities: int) -> tuple[SingleList, list]:
    """The core and the single-list entities chosen by the selection options."""
    core = open_core(db)
    entities = core.single_list().select(None if topic == "all" else topic, None if kind == "all" else kind,
                                         listed_by or (), not_listed_by or (), min_authorities)
    return core, entities


def open_core(db: str | None) -> SingleList:
    url = db
    if db and "://" not in db:
        url = f"sqlite:///{Path(db).expanduser().resolve()}"
    return SingleList(Settings(db_url=url))


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Turn the core's errors into one line on stderr and exit status 1."""
    try:
        yield
    except (UserError, SourceError, FetchError, LookupError) as exc:
        fail(str(exc).strip("'\""))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@contextmanager
def progress_bars(enabled: bool = True) -> Iterator[ProgressFactory]:
    """A rich progress display; yields a factory ``(description, total) -> advance``."""
    if not (enabled and err_console.is_terminal):
        yield lambda _d, _t: (lambda _n: None)
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )

    def factory(description: str, total: int | None) -> Callable[[int], None]:
        task = progress.add_task(description, total=total)
        return lambda n: progress.advance(task, n)

    with progress:
        yield factory
