"""Ingest benchmark: load every file of the corpus into a fresh store.

Reports seconds and peak memory (max RSS) per source — each source is loaded in its own
process so its peak is its own — and for everything loaded in one process. Prints a
table and writes bench/results/ingest.json.

    .venv/bin/python bench/ingest.py [--corpus ../shared/data/lists]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("SINGLELIST_CORPUS") or ROOT.parent / "shared/data/lists")


def load(corpus: Path, sources: list[str]) -> dict:
    """Load ``sources`` (all when empty) from the corpus in this process; measure it."""
    from singlelist.api import Settings, SingleList

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        core = SingleList(Settings(db_url=f"sqlite:///{tmp}/bench.sqlite"))
        outcomes = core.update(sources, from_dir=corpus)
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": round(seconds, 2),
        "peak_mb": round(peak_mb, 1),
        "snapshots": sum(len(o.loads) for o in outcomes),
        "records": sum(r.snapshot.record_count for o in outcomes for r in o.loads),
        "errors": [o.error for o in outcomes if o.error],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one source
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(load(args.corpus, [args.one] if args.one else [])))
        return

    from singlelist.sources.catalog import load_catalog

    results = {}
    for source in load_catalog():
        if not load_catalog()[source].mirror_snapshots(args.corpus):
            continue
        out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--one", source],
                             capture_output=True, text=True, check=True)
        results[source] = json.loads(out.stdout)
    out = subprocess.run([sys.executable, __file__, "--corpus", str(args.corpus), "--one", ""],
                         capture_output=True, text=True, check=True)
    results["TOTAL (one process)"] = json.loads(out.stdout)

    table = Table(title=f"ingest of {args.corpus}")
    for column in ("source", "snapshots", "records", "seconds", "peak MB", "errors"):
        table.add_column(column, justify="left" if column in ("source", "errors") else "right",
                         no_wrap=True, overflow="ellipsis", max_width=40 if column == "errors" else None)
    for source, row in results.items():
        table.add_row(source, str(row["snapshots"]), str(row["records"]), f"{row['seconds']:.2f}",
                      f"{row['peak_mb']:.0f}", "; ".join(row["errors"])[:60])
    Console().print(table)
    target = ROOT / "bench" / "results" / "ingest.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"corpus": str(args.corpus), "results": results}, indent=2))
    print(f"written to {target}")


if __name__ == "__main__":
    main()
