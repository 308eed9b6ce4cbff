"""``singlelist review``: decide proposed links in the terminal, one pair at a time.

Both records are shown side by side with the link's evidence and confidence; one key
decides: ``s`` same, ``n`` not same, ``u`` unsure, ``k`` skip, ``q`` quit. On a terminal
a single key press is enough; when stdin is not a terminal one line is read per decision
(so a review can be scripted: ``printf 's\\nn\\nq\\n' | singlelist review``). Decisions
are recorded at once with the user and the time; the single list is rebuilt once at the
end.
"""

from __future__ import annotations

import getpass
import sys
from typing import Annotated, Any

import click
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from singlelist.cli.app import DbOption, JsonOption, app, console, err_console, errors, open_core, print_json
from singlelist.resolve.cluster import NOT_SAME, SAME, UNSURE
from singlelist.review import Proposal, Session, record_side

KEYS = {"s": SAME, "n": NOT_SAME, "u": UNSURE, "k": "skip", "q": "quit"}
PROMPT = "[s]ame  [n]ot same  [u]nsure  s[k]ip  [q]uit > "

ROWS = [
    ("listing", None),
    ("kind", "kind"),
    ("names", "names"),
    ("programmes", "programmes"),
    ("listed on", "listed_on"),
    ("dates of birth", "birth_dates"),
    ("nationalities", "nationalities"),
    ("countries", "countries"),
    ("addresses", "addresses"),
    ("identifiers", "identifiers"),
    ("cross-references", "xrefs"),
]


def _values(side: dict[str, Any], field: str | None) -> list[str]:
    if side.get("missing"):
        return ["(record not found)"] if field is None else []
    if field is None:
        listed = "listed" if side["listed"] else "no longer listed"
        return [f"{side['source']} {side['ref']}", side["authority"],
                f"snapshot {side['snapshot']} ({listed})"]
    value = side[field]
    return [value] if isinstance(value, str) else list(value)


def _cell(values: list[str], other: list[str]) -> Text:
    """Values one per line; those the other record has too are in bold green."""
    shared = {v.casefold() for v in other}
    text = Text()
    for i, value in enumerate(values):
        if i:
            text.append("\n")
        text.append(value, style="bold green" if value.casefold() in shared else "")
    return text


def render(out: Console, proposal: Proposal, left: dict, right: dict, n: int, total: int) -> None:
    table = Table(title=f"proposal {n} of {total}: confidence {proposal.confidence:.3f}",
                  show_lines=True, expand=True)
    table.add_column("", style="bold", no_wrap=True)
    table.add_column(proposal.left, ratio=1)
    table.add_column(proposal.right, ratio=1)
    for label, field in ROWS:
        a, b = _values(left, field), _values(right, field)
        if a or b:
            table.add_row(label, _cell(a, b if field else []), _cell(b, a if field else []))
    out.print(table)
    out.print("[bold]evidence[/bold]")
    for item in proposal.evidence:
        score = item.get("score")
        out.print(f"  {item.get('feature', '?')}"
                  + (f" {score:+.3f}" if isinstance(score, int | float) else "")
                  + f": {item.get('detail', '')}", highlight=False)


def read_key(out: Console) -> str:
    """One decision key: a key press on a terminal, else one line of stdin ("q" at EOF)."""
    while True:
        if sys.stdin.isatty():
            out.print(PROMPT, end="", markup=False, highlight=False)
            key = click.getchar().strip().lower()
            out.print(key)
        else:
            out.print(PROMPT, end="", markup=False, highlight=False)
            line = sys.stdin.readline()
            if not line:
                out.print("(end of input)")
                return "quit"
            key = line.strip().lower()[:1]
            out.print(key)
        if key in KEYS:
            return KEYS[key]
        out.print(f"[red]unknown key {key!r}[/red]")


@app.command()
def review(
    limit: Annotated[int | None, typer.Option("--limit", help="Review at most N proposals.")] = None,
    user: Annotated[str, typer.Option("--user", help="Who decides (default: your login).")] = "",
    comment: Annotated[str, typer.Option(help="A note stored with every decision.")] = "",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Review proposed links: both records side by side, keys s / n / u / k / q."""
    out = err_console if as_json else console
    with errors():
        core = open_core(db)
        proposals = core.proposals(limit)
        session = Session(core, user or getpass.getuser(), comment)
        total = len(proposals)
        skipped = 0
        if not total:
            out.print("no proposals waiting for a decision")
        for n, proposal in enumerate(proposals, 1):
            if session.settled(proposal):
                out.print(f"proposal {n} of {total}: {proposal.left} / {proposal.right} "
                          "already settled by a decision above")
                continue
            left, right = record_side(core.store, proposal.left), record_side(core.store, proposal.right)
            render(out, proposal, left, right, n, total)
            choice = read_key(out)
            if choice == "quit":
                break
            if choice == "skip":
                skipped += 1
                continue
            decision = session.decide(proposal, choice)
            out.print(f"recorded {choice} by {decision['user']} at {decision['at']}")
        stats = core.resolve() if session.decisions else None
    counts = {j: sum(d["judgement"] == j for d in session.decisions) for j in (SAME, NOT_SAME, UNSURE)}
    if as_json:
        print_json({"proposals": total, "decisions": session.decisions, "skipped": skipped,
                    "counts": counts, "build": stats})
        return
    by_kind = ", ".join(f"{k} {v}" for k, v in counts.items())
    summary = f"{len(session.decisions)} decision(s) ({by_kind}), {skipped} skipped"
    if stats:
        summary += (f"; single list rebuilt (build {stats['build']}): {stats['entities']} entities, "
                    f"{stats['links'].get('proposal', 0)} proposals left")
    console.print(summary, highlight=False)
