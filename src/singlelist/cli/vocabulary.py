"""``singlelist vocabulary``: the matching vocabulary in force, and words given two meanings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from singlelist.cli.app import JsonOption, app, console, fail, print_json
from singlelist.match.vocabulary import load_vocabulary


@app.command("vocabulary")
def vocabulary(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="More vocabulary files to check with ours (YAML, the shape of "
                            "src/singlelist/match/data/*.yml).", show_default=False),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The vocabulary files in force (ours, SINGLELIST_VOCABULARY, FILES) and the words
    they give two meanings; exit status 1 when there are such words."""
    for path in files or ():
        if not path.is_file():
            fail(f"{path}: no such vocabulary file")
    try:
        vocab = load_vocabulary(files)
    except (ValueError, OSError) as exc:  # (yaml errors are ValueErrors)
        fail(str(exc))
    concepts = {c for meaning in vocab.spelled.values() for c in meaning}
    counts = {"files": len(vocab.sources), "concepts": len(concepts),
              "words and phrases": len(vocab.spelled), "equivalent-name groups": len(vocab.equivalences),
              "given-name forms": len(vocab.given_names)}
    conflicts = [{"word": c.word, "means": list(c.meaning), "overrides": list(c.overridden),
                  "files": list(c.files)} for c in vocab.conflicts]
    if as_json:
        print_json({"files": list(vocab.sources), "counts": counts, "conflicts": conflicts})
    else:
        for source in vocab.sources:
            console.print(source, highlight=False)
        console.print(", ".join(f"{n} {what}" for what, n in counts.items()), highlight=False)
        if conflicts:
            table = Table(title="words given two meanings (the later file's holds)")
            for column in ("word", "means", "overrides", "files"):
                table.add_column(column)
            for row in conflicts:
                table.add_row(row["word"], " + ".join(row["means"]), " + ".join(row["overrides"]),
                              ", ".join(row["files"]))
            console.print(table)
        else:
            console.print("no word has two meanings")
    if conflicts:
        raise typer.Exit(1)
