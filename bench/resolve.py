"""Resolution benchmark: quality against ground truth from the lists themselves, and cost.

Ground truth: a record of another list that cites a UN reference as *its own* listing
("UN Ref QDe.137" in UK rows) belongs in the same entity as that UN record; two different
UN references are never the same entity. Reports pairwise precision and recall of the
automatic merges with all evidence, and with names alone (cross-references withheld,
as most lists cite nothing), the hardest misses, and time and peak memory.

    .venv/bin/python bench/resolve.py [--corpus ../shared/data/lists]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("SINGLELIST_CORPUS") or ROOT.parent / "shared/data/lists")


def truth_pairs(records) -> set[tuple[str, str]]:
    pairs = set()
    for key, record in records.items():
        if record.source == "un-sc":
            continue
        for xref in record.xrefs:
            target = f"un-sc:{xref.ref}"
            if xref.relation == "same" and xref.source == "un-sc" and target in records:
                pairs.add((key, target))
    return pairs


def evaluate(records, assignment, truth) -> dict:
    labelled = {x for x, _ in truth}
    un_by_entity = defaultdict(set)
    for key in records:
        if key.startswith("un-sc:"):
            un_by_entity[assignment[key]].add(key)
    predicted = {(x, u) for x in labelled for u in un_by_entity.get(assignment[x], ())}
    hits = predicted & truth
    two_un = sum(len(v) * (len(v) - 1) // 2 for v in un_by_entity.values())
    return {
        "truth_pairs": len(truth),
        "predicted_pairs": len(predicted),
        "precision": round(len(hits) / len(predicted), 4) if predicted else 1.0,
        "recall": round(len(hits) / len(truth), 4) if truth else 1.0,
        "un_pairs_wrongly_merged": two_un,
        "misses": sorted(truth - predicted),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    from singlelist.api import Settings, SingleList
    from singlelist.resolve.build import collect, presence, resolve

    console = Console()
    with tempfile.TemporaryDirectory() as tmp:
        core = SingleList(Settings(db_url=f"sqlite:///{tmp}/bench.sqlite", cache_dir=Path(tmp)))
        started = time.perf_counter()
        core.update(from_dir=args.corpus)
        load_seconds = time.perf_counter() - started
        records, _snaps, _active = collect(core.store)
        truth = truth_pairs(records)
        listed_in = presence(core.store)
        results = {}
        for label, options in (("all evidence", {}), ("names only", {"use_xrefs": False})):
            started = time.perf_counter()
            outcome = resolve(records, listed_in, **options)
            seconds = time.perf_counter() - started
            metrics = evaluate(records, outcome.assignment, truth)
            metrics["seconds"] = round(seconds, 1)
            metrics["entities"] = len(outcome.groups)
            best = {}
            for link in outcome.links:
                best[(link.left, link.right)] = link
            hardest = []
            for x, u in metrics.pop("misses")[:400]:
                link = best.get(tuple(sorted((x, u))))
                hardest.append({"record": x, "name": records[x].name, "un": u, "un_name": records[u].name,
                                "best_link": link.confidence if link else None})
            hardest.sort(key=lambda h: h["best_link"] or 0)
            metrics["hardest_misses"] = hardest[:15]
            results[label] = metrics
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title=f"resolution of {len(records)} records ({args.corpus})")
    for column in ("evidence", "truth pairs", "precision", "recall", "UN pairs merged", "entities",
                   "seconds"):
        table.add_column(column, justify="left" if column == "evidence" else "right")
    for label, m in results.items():
        table.add_row(label, str(m["truth_pairs"]), f"{m['precision']:.4f}", f"{m['recall']:.4f}",
                      str(m["un_pairs_wrongly_merged"]), str(m["entities"]), f"{m['seconds']:.1f}")
    console.print(table)
    misses = Table(title="hardest misses, names only")
    for column in ("record", "name", "UN record", "UN name", "best link"):
        misses.add_column(column)
    for miss in results["names only"]["hardest_misses"]:
        misses.add_row(miss["record"], miss["name"], miss["un"], miss["un_name"],
                       f"{miss['best_link']:.2f}" if miss["best_link"] else "-")
    console.print(misses)
    console.print(f"load {load_seconds:.1f}s; peak memory {peak_mb:.0f} MB (load + both resolutions)")
    target = ROOT / "bench" / "results" / "resolve.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"records": len(records), "load_seconds": round(load_seconds, 1),
                                  "peak_mb": round(peak_mb), "results": results}, indent=2))
    print(f"written to {target}")


if __name__ == "__main__":
    main()
