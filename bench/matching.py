"""Matching benchmark on the real lists: hold-out recall, false matches, cross-script,
speed, and a side-by-side run of the OpenSanctions matcher (nomenklatura ``logic-v2``).

Loads the corpus into a temporary store (the full history by default, only the newest
snapshot of each source with ``--quick``), builds the name index of the current records,
and measures:

1. alias hold-out - for every listed record with two or more distinct names, one
   non-primary name (seeded choice) is removed from ONE index and queried with the
   record's kind: recall@1 and recall@5 by kind, script, name role, length, source and
   whether the name shares a word with the record's remaining names. The main measure
   searches the record's own list (``sources=[its source]``), because the same subject
   is often listed by several lists with no link between the records; the same numbers
   over all lists are shown beside it. A hit is right when it is the record itself, a
   record of the same subject (linked by cross-references or shared identifiers, or
   sharing a full name of 2+ words written the same on another list), or a record that
   lists the query itself among its names;
2. false matches - composed person and organisation names that are on no list; share
   with any hit at the default threshold, then precision/recall over thresholds;
3. cross-script - Cyrillic and Arabic spellings (``../shared/data/translit``) against
   their Latin twins, two tokens per name;
4. speed - single queries on one core, a CSV through ``SingleList.screen_csv`` on both
   cores (1,000,000 rows by default: about 20 minutes; ``--rows N`` for fewer),
   ``find_mentions`` text throughput on news-like text (a listed name in one sentence
   in 20) and on name-dense text (one in three), index build/load time and peak memory;
5. side by side with nomenklatura ``logic-v2`` on identical query/candidate pairs (needs
   ``pip install nomenklatura``, the ``bench`` extra; skipped by ``--quick`` unless
   ``--nomenklatura``).

Prints tables and writes bench/results/matching.json. ``--quick`` runs a reduced version
(samples, 2,000 CSV rows) in about a minute. Timings depend on what else runs on the
machine: the load average is printed and kept in the JSON.

    .venv/bin/python bench/matching.py [--corpus DIR] [--quick] [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("SINGLELIST_CORPUS") or ROOT.parent / "shared/data/lists")
DEFAULT_TRANSLIT = ROOT.parent / "shared/data/translit"
RESULT_FILE = ROOT / "bench" / "results" / "matching.json"
THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(10)]
NOMENKLATURA_THRESHOLD = 0.7  # yente's default match threshold for logic-v2 scores

TARGETS = {
    "holdout_recall1_organisation": (">=", 0.95),
    "holdout_recall1_person": (">=", 0.90),
    "false_match_organisation": ("<=", 0.01),
    "false_match_person": ("<=", 0.03),
    "cross_script_cyrillic": (">=", 0.90),
    "cross_script_arabic": (">=", 0.80),
    "queries_per_second_one_core": (">=", 2000),
    "latency_p99_ms": ("<=", 10.0),
    "csv_minutes_per_million_rows": ("<=", 10.0),
    "text_mb_per_second": (">=", 5.0),
    "index_build_peak_rss_mb": ("<=", 1024),
    "index_load_seconds": ("<=", 2.0),
}

console = Console() if sys.stdout.isatty() else Console(width=150)


# --- helpers ------------------------------------------------------------------------------


def script_of(text: str) -> str:
    """The script most letters of ``text`` are written in (Latin, Arabic, Cyrillic...)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            try:
                word = unicodedata.name(char).split()[0]
            except ValueError:
                continue
            counts["Han" if word == "CJK" else word.title()] += 1
    return counts.most_common(1)[0][0] if counts else "none"


def rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pin_to_one_core() -> set[int] | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})
    return cpus


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    out = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        out.add_column(column, justify="left" if i == 0 else "right", overflow="fold")
    for row in rows:
        out.add_row(*(str(cell) for cell in row))
    console.print(out)


def examples_table(title: str, rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    out = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        out.add_column(column, overflow="fold", max_width=48)
    for row in rows:
        out.add_row(*(str(row.get(c, "")) for c in columns))
    console.print(out)


class Timer:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start


# --- loading ------------------------------------------------------------------------------


def latest_mirror(corpus: Path, folder: Path) -> Path:
    """A mirror holding only the newest snapshot of each source (symbolic links)."""
    from singlelist.sources.catalog import load_catalog

    for source in load_catalog().values():
        snapshots = source.mirror_snapshots(corpus)
        if not snapshots:
            continue
        files = snapshots[-1]
        base = (corpus / source.mirror_dir).resolve()
        target = files[0] if files[0].parent.resolve() == base else files[0].parent
        link = folder / source.mirror_dir / target.name
        link.parent.mkdir(parents=True, exist_ok=True)
        if not link.exists():
            link.symlink_to(target.resolve(), target_is_directory=target.is_dir())
    return folder


def load_store(corpus: Path, tmp: Path, history: bool) -> tuple[Any, dict[str, Any]]:
    from singlelist.api import Settings, SingleList

    mirror = corpus if history else latest_mirror(corpus, tmp / "mirror")
    timer = Timer()
    core = SingleList(Settings(db_url=f"sqlite:///{tmp}/bench.sqlite", cache_dir=tmp / "cache"))
    outcomes = core.update(from_dir=mirror)
    info = {
        "mirror": "full history" if history else "newest snapshot of each source",
        "seconds": round(timer.seconds, 1),
        "snapshots": sum(len(o.loads) for o in outcomes),
        "errors": [o.error for o in outcomes if o.error],
    }
    return core, info


def entity_of(records: dict[str, Any]) -> dict[str, str]:
    """Record key -> subject id, from cross-references and shared identifiers only."""
    from singlelist.resolve.build import resolve

    return resolve(records, use_names=False).assignment


# --- 1. alias hold-out --------------------------------------------------------------------


def choose_holdouts(records: list[Any], seed: int) -> tuple[dict[str, int], dict[str, int]]:
    """Record key -> position of the name held out; and counts of records left out."""
    from singlelist.match.index import expand_name
    from singlelist.match.normalize import clean

    chosen: dict[str, int] = {}
    counts = Counter()
    for record in records:
        if len(record.names) < 2:
            continue
        variants = [{clean(v) for v in expand_name(n.value)} for n in record.names]
        eligible = []
        for i, name in enumerate(record.names):
            if i == 0 or name.role == "primary":
                continue
            key = clean(name.value)
            others = set().union(*(v for j, v in enumerate(variants) if j != i))
            if key and key not in others:
                eligible.append(i)
        if not eligible:
            counts["only_duplicate_spellings"] += 1
            continue
        chosen[record.key] = random.Random(f"{seed}:{record.key}").choice(eligible)
    return chosen, dict(counts)


class Judge:
    """Which index entries are a right answer for a query taken from a record: the
    record itself; a record of the same subject on another list - linked by
    cross-references or shared identifiers, or sharing a full name of two words or more
    written the same (clean() equal) with at most five other records of its kind; or a
    record that lists the query itself (clean() equal) among its names."""

    def __init__(self, entries: list[Any], entity: dict[str, str]) -> None:
        from singlelist.match.index import expand_name
        from singlelist.match.normalize import clean

        self.clean = clean
        self.twins: dict[str, set[str]] = defaultdict(set)
        parent = {e.id: entity.get(e.id, e.id) for e in entries}
        for e in entries:
            parent.setdefault(parent[e.id], parent[e.id])

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        shared: dict[tuple[str, str], set[str]] = defaultdict(set)
        sources = {e.id: next(iter(e.sources), "") for e in entries}
        for e in entries:
            for value, _role in e.names:
                for variant in expand_name(value):
                    cleaned = clean(variant)
                    self.twins[cleaned].add(e.id)
                    if cleaned.count(" ") >= 1:
                        shared[(e.kind, cleaned)].add(e.id)
        for ids in shared.values():
            if 2 <= len(ids) <= 6 and len({sources[i] for i in ids}) > 1:
                first, *rest = sorted(ids)
                for other in rest:
                    parent[find(other)] = find(first)
        self.subject = {e.id: find(e.id) for e in entries}

    def right(self, record_key: str, query: str, entry_id: str) -> bool:
        if entry_id == record_key or self.subject.get(entry_id) == self.subject.get(record_key, record_key):
            return True
        return entry_id in self.twins.get(self.clean(query), ())


def distinctive_keys(value: str, common: set[str]) -> set[str]:
    """Phonetic keys of the words of a name, without the frequent ones."""
    from singlelist.match.normalize import clean, phonetic

    return {k for k in map(phonetic, clean(value).split()) if len(k) >= 3 and k not in common}


def shares_word(query: str, others: list[str], common: set[str]) -> bool:
    """Whether the query has a distinctive word (same phonetic key, same consonants, or
    an Indel similarity of 0.8) in one of the record's remaining names."""
    from rapidfuzz.distance import Indel

    from singlelist.match.normalize import skeleton

    mine = distinctive_keys(query, common)
    for other in others:
        for a in mine:
            for b in distinctive_keys(other, common):
                if a == b or skeleton(a) == skeleton(b) or Indel.normalized_similarity(a, b) >= 0.8:
                    return True
    return False


def common_keys(records: list[Any]) -> set[str]:
    """Word keys found in more than 0.5% of the listed names (llc, company, mohammad...)."""
    from singlelist.match.normalize import clean, phonetic

    counts: Counter[str] = Counter()
    total = 0
    for record in records:
        for name in record.names:
            total += 1
            counts.update({phonetic(w) for w in clean(name.value).split()})
    return {k for k, c in counts.items() if c > total * 0.005}


def ranked_hits(index: Any, query: str, kind: str | None, judge: Judge | None = None,
                record_key: str = "", sources: list[str] | None = None,
                limit: int = 10) -> list[tuple[str, float, bool, str]]:
    """The hits down to the lowest threshold of the sweep: (id, score, right, matched name)."""
    hits = index.search(query, kind=kind, sources=sources, threshold=THRESHOLDS[0], limit=limit)
    return [(h.entry.id, h.score.value,
             bool(judge and judge.right(record_key, query, h.entry.id)), h.matched_name)
            for h in hits]


def found(ranked: list, k: int, threshold: float) -> bool:
    return any(right for _id, score, right, _m in ranked[:k] if score >= threshold)


def run_holdout(records: list[Any], entity: dict[str, str], seed: int, sample: int | None,
                threshold: float) -> dict[str, Any]:
    from singlelist.match import NameIndex
    from singlelist.match.normalize import clean
    from singlelist.screening import index_entry

    chosen, skipped = choose_holdouts(records, seed)
    common = common_keys(records)
    entries, queries = [], []
    for record in records:
        entry = index_entry(record)
        position = chosen.get(record.key)
        if position is not None:
            name = record.names[position]
            entry.names = [pair for j, pair in enumerate(entry.names) if j != position]
            queries.append({"key": record.key, "source": record.source, "kind": record.kind,
                            "role": name.role, "query": name.value, "script": script_of(name.value),
                            "primary": record.name,
                            "short": len(clean(name.value).replace(" ", "")) <= 3,
                            "others": [v for v, _r in entry.names]})
        entries.append(entry)
    timer = Timer()
    index = NameIndex.build(entries)
    build_seconds = timer.seconds
    judge = Judge(entries, entity)
    if sample is not None and sample < len(queries):
        queries = random.Random(seed).sample(queries, sample)
    for q in queries:
        q["shares"] = shares_word(q["query"], q.pop("others"), common)
    timer = Timer()
    for q in queries:
        # on its own list (the main measure), then on all lists at once
        q["ranked"] = ranked_hits(index, q["query"], q["kind"], judge, q["key"], sources=[q["source"]])
        q["ranked_all"] = ranked_hits(index, q["query"], q["kind"], judge, q["key"])
    query_seconds = timer.seconds

    def summary(group: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(group)
        return {"n": n,
                "recall1": rate(sum(found(q["ranked"], 1, threshold) for q in group), n),
                "recall5": rate(sum(found(q["ranked"], 5, threshold) for q in group), n),
                "recall1_all_lists": rate(sum(found(q["ranked_all"], 1, threshold) for q in group), n),
                "recall5_all_lists": rate(sum(found(q["ranked_all"], 5, threshold) for q in group), n),
                "recall1_same_record_all_lists": rate(sum(
                    bool(q["ranked_all"]) and q["ranked_all"][0][0] == q["key"]
                    and q["ranked_all"][0][1] >= threshold for q in group), n)}

    breakdowns: dict[str, dict[str, Any]] = {}
    for label, key in (("kind", lambda q: q["kind"]), ("script", lambda q: q["script"]),
                       ("role", lambda q: q["role"]),
                       ("length", lambda q: "2-3 letters" if q["short"] else "4+ letters"),
                       ("word in common with a remaining name",
                        lambda q: f"{q['kind']}: {'shares a word' if q['shares'] else 'no word in common'}"),
                       ("source", lambda q: q["source"])):
        groups: dict[str, list] = defaultdict(list)
        for q in queries:
            groups[key(q)].append(q)
        breakdowns[label] = {g: summary(v) for g, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))}
    # persons and organisations without the 2-3 letter names and weak aliases
    core = [q for q in queries if not q["short"] and q["role"] != "weak"]
    breakdowns["kind, without weak aliases and 2-3 letter names"] = {
        k: summary([q for q in core if q["kind"] == k]) for k in ("organisation", "person")}
    return {"records_with_2_names": sum(len(r.names) >= 2 for r in records),
            "held_out": len(chosen), "skipped": skipped, "queried": len(queries),
            "index_build_seconds": round(build_seconds, 1),
            "ms_per_query": round(1000 * query_seconds / max(2 * len(queries), 1), 2),
            "all": summary(queries), "breakdowns": breakdowns, "queries": queries,
            "index": index, "judge": judge}


def _alternate(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Organisations and persons in turn, each in its given order."""
    orgs = [r for r in rows if r["kind"] == "organisation"]
    persons = [r for r in rows if r["kind"] == "person"]
    mixed = [r for pair in zip(orgs, persons, strict=False) for r in pair]
    return mixed + orgs[len(persons):] + persons[len(orgs):]


MISS_KINDS = {
    "wrong_subject_first": "a wrong subject ranked first at or above the threshold (ties with the "
                           "right one last)",
    "right_subject_too_low": "the right subject found below the threshold (query shares a word "
                             "with a remaining name; nearest misses first)",
    "not_found": "the right subject not among the hits >= 0.5 (query shares a word with a remaining name)",
}


def holdout_misses(queries: list[dict[str, Any]], threshold: float, entries: dict[str, Any],
                   n: int) -> dict[str, Any]:
    """Missed hold-outs of persons and organisations in three groups (:data:`MISS_KINDS`)."""
    groups: dict[str, list[tuple[tuple, dict[str, Any]]]] = {k: [] for k in MISS_KINDS}
    for q in queries:
        if q["kind"] not in ("person", "organisation") or found(q["ranked"], 1, threshold):
            continue
        top = q["ranked"][0] if q["ranked"] else None
        right = next(((i + 1, s, m) for i, (_e, s, r, m) in enumerate(q["ranked"]) if r), None)
        entry = entries.get(top[0]) if top else None
        row = {"kind": q["kind"], "role": q["role"], "query (held out)": q["query"],
               "listed as": q["primary"], "record": q["key"],
               "top hit": f"{top[3]} [{top[0]}] {top[1]:.2f}" if top else "none >= 0.5",
               "top hit subject": entry.caption if entry else "",
               "right one": f"rank {right[0]}, {right[1]:.2f} via {right[2]}" if right else "not in top 10"}
        if top is not None and not top[2] and top[1] >= threshold:
            tie = right is not None and right[1] >= top[1]
            groups["wrong_subject_first"].append(((tie, -top[1], q["key"]), row))
        elif not q.get("shares"):
            continue
        elif right is not None:
            groups["right_subject_too_low"].append(((-right[1], q["key"]), row))
        else:
            groups["not_found"].append(((q["key"],), row))
    out: dict[str, Any] = {k: _alternate([row for _key, row in sorted(v, key=lambda item: item[0])])[:n]
                           for k, v in groups.items()}
    out["counts"] = {k: len(v) for k, v in groups.items()}
    return out


# --- 2. false matches ---------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


SURNAMES = _words("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green
Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards
Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson
Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Schmidt Schneider Fischer
Weber Meyer Wagner Becker Hoffmann Koch Richter Klein Wolf Neumann Braun Zimmermann Dubois Durand
Lefebvre Moreau Laurent Simon Michel Garnier Rossi Russo Ferrari Esposito Bianchi Romano Colombo
Ricci Marino Greco Jansen Visser Bakker Smit Meijer Mulder Bos Vos Dekker Nielsen Hansen Pedersen
Andersen Larsen Lindqvist Berg Haugen Novak Horvat Kowalski Nowak Wisniewski Dvorak Svoboda Garcia
Fernandez Lopez Martinez Sanchez Perez Gomez Ruiz Alvarez Moreno Silva Santos Oliveira Costa Pereira
Tanaka Suzuki Sato Kim Park Chen Wang Lin Nguyen Tran Patel Shah Mehta Rao Kapoor Okafor Mensah Dlamini""")
PLACES = _words("""Northern Southern Eastern Western Atlantic Pacific Alpine Coastal Highland Lakeside
Riverside Central Metro Royal Imperial Golden Silver Crystal Evergreen Sunrise Sunset Blue Green Red Oak Maple
Cedar Willow Harbour Bridge Summit Valley Meadow Prairie Canyon Pioneer Heritage Liberty Union Unity
Bright Clear Swift Prime Apex Zenith Horizon Compass Anchor Beacon Lighthouse Orchard Granite Marble""")
NOUNS = _words("""Star River Stone Field Gate Point Bay Hill Creek Wood Park Peak Ridge Light Wave Leaf
Rock Spring Lake Crest Haven Vale Port Bridge Grove Brook Forge Works Street Square Garden""")
INDUSTRIES = _words("""Logistics Software Consulting Bakery Textiles Engineering Foods Dairy Furniture
Printing Architects Dental Care Veterinary Clinic Plumbing Electrical Roofing Landscaping Catering Bookshop
Publishing Pharmacy Opticians Cleaning Services Accounting Insurance Brokers Realty Properties Studios
Media Design Marketing Solutions Systems Analytics Robotics Instruments Packaging Ceramics Brewery
Winery Coffee Bicycles Motors Tyres Glass Timber Paper Plastics Paints Tools Fitness Travel Tours
Hotels Kitchens Laundry Security Recruitment Translation Nursery Garden Centre Academy""")
SUFFIXES = ["Ltd", "Limited", "GmbH", "Group", "Holdings", "Inc", "LLC", "S.A.", "B.V.", "AG", "& Sons",
            "Partners", "Co.", "plc", "S.r.l.", "Oy", "AB", "A/S", "Pty Ltd", "SARL"]


def latin_tokens(translit: Path) -> list[str]:
    tokens = set()
    for path in sorted(translit.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split("\t")[0].strip()
            if token.isalpha() and len(token) >= 3 and script_of(token) == "Latin":
                tokens.add(token.lower())
    return sorted(tokens)


def negative_persons(tokens: list[str], n: int, seed: int, listed: set[str]) -> tuple[list[str], int]:
    """First+last pairs of the translit person-name tokens (shuffled once, paired in turn)."""
    from singlelist.match.normalize import clean

    shuffled = list(tokens)
    random.Random(seed).shuffle(shuffled)
    names, excluded = [], 0
    for first, last in zip(shuffled[0::2], shuffled[1::2], strict=False):
        name = f"{first.capitalize()} {last.capitalize()}"
        if clean(name) in listed:
            excluded += 1
            continue
        names.append(name)
        if len(names) >= n:
            break
    return names, excluded


def compose_organisation(rng: random.Random, surnames: Sequence[str] = SURNAMES) -> str:
    pattern = rng.randrange(6)
    if pattern == 0:
        return f"{rng.choice(surnames)} {rng.choice(INDUSTRIES)} {rng.choice(SUFFIXES)}"
    if pattern == 1:
        return f"{rng.choice(PLACES)} {rng.choice(NOUNS)} {rng.choice(INDUSTRIES)}"
    if pattern == 2:
        return f"{rng.choice(surnames)} & {rng.choice(surnames)} {rng.choice(SUFFIXES)}"
    if pattern == 3:
        return f"{rng.choice(PLACES)} {rng.choice(INDUSTRIES)} {rng.choice(SUFFIXES)}"
    if pattern == 4:
        return f"{rng.choice(PLACES)} {rng.choice(NOUNS)} {rng.choice(SUFFIXES)}"
    return f"{rng.choice(surnames)} {rng.choice(INDUSTRIES)}"


def negative_organisations(n: int, seed: int, listed: set[str]) -> tuple[list[str], int]:
    from singlelist.match.normalize import clean

    rng = random.Random(seed)
    names: dict[str, None] = {}
    excluded = 0
    for _ in range(n * 50):
        name = compose_organisation(rng)
        if name in names:
            continue
        if clean(name) in listed:
            excluded += 1
            continue
        names[name] = None
        if len(names) >= n:
            break
    return list(names), excluded


def run_negatives(index: Any, persons: list[str], organisations: list[str],
                  threshold: float) -> dict[str, Any]:
    results = []
    for kind, names in (("person", persons), ("organisation", organisations)):
        for name in names:
            results.append({"kind": kind, "query": name, "ranked": ranked_hits(index, name, kind)})
    by_kind = {}
    for kind in ("person", "organisation"):
        group = [r for r in results if r["kind"] == kind]
        hit = sum(bool(r["ranked"]) and r["ranked"][0][1] >= threshold for r in group)
        by_kind[kind] = {"n": len(group), "with_hit": hit, "rate": rate(hit, len(group))}
    return {"by_kind": by_kind, "results": results}


def false_match_examples(results: list[dict[str, Any]], threshold: float, entries: dict[str, Any],
                         n: int) -> list[dict[str, Any]]:
    rows = [r for r in results if r["ranked"] and r["ranked"][0][1] >= threshold]
    rows.sort(key=lambda r: -r["ranked"][0][1])
    orgs = [r for r in rows if r["kind"] == "organisation"]
    persons = [r for r in rows if r["kind"] == "person"]
    mixed = [r for pair in zip(orgs, persons, strict=False) for r in pair]
    mixed += orgs[len(persons):] + persons[len(orgs):]
    out = []
    for r in mixed[:n]:
        entry_id, score, _right, matched = r["ranked"][0]
        entry = entries[entry_id]
        out.append({"kind": r["kind"], "query (not listed)": r["query"], "matched name": matched,
                    "subject": entry.caption, "record": entry_id, "score": f"{score:.3f}"})
    return out


def threshold_sweep(positives: list[dict[str, Any]], negatives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per threshold: recall@1 and false-match rates by kind, and precision/recall/F1 of
    the alerts (an alert is the top hit at or above the threshold; it is right when it
    names the held-out subject, wrong otherwise)."""
    rows = []
    for t in THRESHOLDS:
        tp = fp = 0
        row: dict[str, Any] = {"threshold": t}
        for kind in ("organisation", "person"):
            pos = [q for q in positives if q["kind"] == kind]
            neg = [q for q in negatives if q["kind"] == kind]
            row[f"recall1_{kind}"] = rate(sum(found(q["ranked"], 1, t) for q in pos), len(pos))
            row[f"false_match_{kind}"] = rate(sum(bool(q["ranked"]) and q["ranked"][0][1] >= t
                                                  for q in neg), len(neg))
        for q in positives:
            if q["ranked"] and q["ranked"][0][1] >= t:
                if q["ranked"][0][2]:
                    tp += 1
                else:
                    fp += 1
        fp += sum(bool(q["ranked"]) and q["ranked"][0][1] >= t for q in negatives)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / len(positives) if positives else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        row.update(precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4))
        rows.append(row)
    return rows


# --- 3. cross-script ------------------------------------------------------------------------


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip():
            continue
        pairs.append((fields[0].strip(), "".join(fields[1].split())))
    return pairs


def run_cross_script(path: Path, limit: int | None, seed: int, threshold: float) -> dict[str, Any]:
    """Pairs of rows joined into two-token person names (``Latin1 Latin2`` /
    ``Cyrillic1 Cyrillic2``); the Latin ones are indexed, the others queried."""
    from singlelist.match import IndexEntry, NameIndex

    rows = read_pairs(path)
    random.Random(seed).shuffle(rows)
    names = []
    for a, b in zip(rows[0::2], rows[1::2], strict=False):
        latin = f"{a[0].capitalize()} {b[0].capitalize()}"
        other = f"{a[1].capitalize()} {b[1].capitalize()}"
        names.append((latin, other))
    if limit is not None:
        names = names[:limit]
    entries = [IndexEntry(id=f"x{i}", kind="person", names=[(latin, "primary")])
               for i, (latin, _other) in enumerate(names)]
    timer = Timer()
    index = NameIndex.build(entries)
    build = timer.seconds
    timer = Timer()
    first = top5 = top5_any = 0
    misses = []
    results = []
    for i, (latin, other) in enumerate(names):
        hits = index.search(other, kind="person", threshold=0.0, limit=5)
        ids = [h.entry.id for h in hits]
        want = f"x{i}"
        rank1 = bool(hits) and hits[0].entry.id == want and hits[0].score.value >= threshold
        first += rank1
        top5 += any(h.entry.id == want and h.score.value >= threshold for h in hits)
        top5_any += want in ids
        own = next((h.score.value for h in hits if h.entry.id == want), None)
        results.append({"query": other, "latin": latin, "rank1": rank1, "own_score": own,
                        "candidates": [(h.entry.id, h.score.value) for h in hits]})
        if not rank1:
            misses.append({"query": other, "latin (wanted)": latin,
                           "top hit": f"{hits[0].matched_name} {hits[0].score.value:.2f}" if hits else "none",
                           "wanted score": fmt(own, 2)})
    seconds = timer.seconds
    n = len(names)
    return {"pairs": n, "rank1_at_threshold": rate(first, n), "top5_at_threshold": rate(top5, n),
            "top5_any_score": rate(top5_any, n), "index_build_seconds": round(build, 2),
            "ms_per_query": round(1000 * seconds / max(n, 1), 2), "misses": misses[:30],
            "index": index, "names": names, "results": results}


# --- 4. speed -------------------------------------------------------------------------------


def noisy(name: str, rng: random.Random) -> str:
    """A listed name as someone might type it: reordered, a typo, other case."""
    words = name.split()
    op = rng.randrange(5)
    if op == 0 and len(words) >= 2:
        words = words[1:] + words[:1]
    elif op in (1, 2, 3):
        long_words = [i for i, w in enumerate(words) if len(w) >= 5]
        if long_words:
            i = rng.choice(long_words)
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            if op == 1:
                w = w[:j] + w[j + 1:]
            elif op == 2:
                w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    else:
        return name.upper().replace("-", " ")
    return " ".join(words)


def query_mix(index: Any, tokens: list[str], n: int, seed: int) -> list[str]:
    """Unique queries: a third listed names as written, a third with noise, a third
    unlisted person and organisation names."""
    rng = random.Random(seed)
    listed = index.name_values
    out: dict[str, None] = {}
    while len(out) < n:
        u = rng.random()
        if u < 1 / 3:
            q = rng.choice(listed)
        elif u < 2 / 3:
            q = noisy(rng.choice(listed), rng)
        elif u < 5 / 6:
            q = f"{rng.choice(tokens).capitalize()} {rng.choice(tokens).capitalize()}"
        else:
            q = compose_organisation(rng, tokens if rng.random() < 0.5 else SURNAMES)
            q = q.title() if q.islower() else q
        out.setdefault(q, None)
    return list(out)


def run_query_speed(index: Any, queries: list[str], warmup: int) -> dict[str, Any]:
    """Single-name searches (no kind filter, default threshold), pinned to one core.
    The first ``warmup`` queries prepare the listed names they touch; the others are
    timed (all distinct, so nothing comes from a query cache)."""
    cpus = pin_to_one_core()
    try:
        timer = Timer()
        for q in queries[:warmup]:
            index.search(q)
        warm_seconds = timer.seconds
        latencies = []
        for q in queries[warmup:]:
            start = time.perf_counter()
            index.search(q)
            latencies.append(time.perf_counter() - start)
    finally:
        if cpus:
            os.sched_setaffinity(0, cpus)
    n = max(len(latencies) // 3, 1)
    thirds = [statistics.fmean(latencies[i * n:(i + 1) * n] or [1.0]) for i in range(3)]
    latencies.sort()
    total = sum(latencies)

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 3)

    return {"queries": len(latencies), "queries_per_second": round(len(latencies) / total, 1),
            # the first, second and last third of the run: other load on the machine
            # shows as a spread
            "queries_per_second_by_third": [round(1 / t, 1) for t in thirds],
            "p50_ms": pct(0.5), "p90_ms": pct(0.9), "p99_ms": pct(0.99),
            "max_ms": round(1000 * latencies[-1], 2),
            "mean_ms": round(1000 * statistics.fmean(latencies), 3),
            "first_queries_per_second": round(warmup / warm_seconds, 1) if warmup else None}


def write_csv(path: Path, rows: int, index: Any, tokens: list[str], seed: int) -> dict[str, int]:
    """A CSV of ``rows`` names: 7.5% listed names as written, 7.5% with noise, 55%
    unlisted persons (two or three tokens), 30% unlisted organisations."""
    rng = random.Random(seed)
    listed = index.name_values
    counts: Counter[str] = Counter()
    countries = ["GB", "DE", "FR", "US", "NL", "IT", "ES", "PL", "SE", "AE", "TR", "IN", "RU", "CN"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "country"])
        for i in range(rows):
            u = rng.random()
            if u < 0.075:
                name, what = rng.choice(listed), "listed"
            elif u < 0.15:
                name, what = noisy(rng.choice(listed), rng), "listed with noise"
            elif u < 0.70:
                parts = [rng.choice(tokens).capitalize() for _ in range(2 if rng.random() < 0.8 else 3)]
                name, what = " ".join(parts), "unlisted person"
            else:
                name = compose_organisation(rng, tokens if rng.random() < 0.5 else SURNAMES)
                name, what = name.title() if name.islower() else name, "unlisted organisation"
            counts[what] += 1
            writer.writerow([i, name, rng.choice(countries)])
    return dict(counts)


def run_csv(core: Any, tmp: Path, rows: int, index: Any, tokens: list[str], seed: int,
            quiet: bool) -> dict[str, Any]:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    source = tmp / "screen_in.csv"
    target = tmp / "screen_out.csv"
    timer = Timer()
    mix = write_csv(source, rows, index, tokens, seed)
    generate = timer.seconds
    progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed:,} rows"),
                        TimeElapsedColumn(), console=Console(stderr=True), transient=True, disable=quiet)

    def factory(description: str, total: int | None) -> Callable[[int], None]:
        task = progress.add_task(description, total=rows if description == "screen rows" else total)
        return lambda n: progress.advance(task, n)

    with progress:
        timer = Timer()
        with open(source, encoding="utf-8", newline="") as inp, \
                open(target, "w", encoding="utf-8", newline="") as out:
            counts = core.screen_csv(inp, out, "name", workers=os.cpu_count(), progress=factory)
        seconds = timer.seconds
    return {"rows": counts["rows"], "rows_with_hits": counts["with_hits"], "mix": mix,
            "workers": os.cpu_count(), "generate_seconds": round(generate, 1), "seconds": round(seconds, 1),
            "rows_per_second": round(counts["rows"] / seconds, 1),
            "minutes_per_million_rows": round(seconds / 60 * 1_000_000 / max(counts["rows"], 1), 2),
            "output_mb": round(target.stat().st_size / 1e6, 1)}


PROSE = _words("""the a of and to in on for with at by from that this was were is are has have had will
would could said says told officials government ministry minister police report reports reported
statement week month year yesterday today tomorrow morning evening city town region province border
village capital market markets price prices trade economy bank banks money company companies business
workers union strike election elections vote voters party parliament court judge case law lawyers
president prime spokesman spokeswoman agency news press media interview meeting talks agreement deal
plan plans project budget tax taxes school schools hospital doctors health water power electricity roads
bridge train flight airport port ship ships shipping cargo fuel oil gas energy weather rain storm flood
heat farmers harvest food aid help support people residents families children students teachers army
troops attack attacks security forces fighting killed wounded arrested released group groups network
funding funds accused alleged investigation sanctions sanctioned designated listed network leader
leaders member members commander fighters militants camp camps area areas north south east west
near after before during since while because although however also but not no new old local national
international foreign several many few some most three four five ten hundred thousand million""")
PROPER = _words("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January March April June July
October December London Paris Berlin Brussels Geneva Cairo Beirut Baghdad Kabul Istanbul Moscow Nairobi
Lagos Reuters Associated Press European Commission United Nations Security Council World Bank Red Cross
Parliament Ministry Interior Defence Finance Treasury Police Coast Guard Airport Harbour Street""")


Span = tuple[int, int, str, str]


#: Share of sentences given a listed name: news-like text (about one name per 2 KB, still
#: denser than most news) and name-dense text (a sanctions notice, a UN narrative).
DENSITIES = {"news-like": 0.05, "name-dense": 0.33}


def make_text(index: Any, size: int, seed: int,
              density: float = DENSITIES["name-dense"]) -> tuple[list[tuple[str, list[Span]]], int]:
    """News-like articles (~3 KB each) of ordinary words and place names, with listed
    names (any role and script, 5+ letters) put in a share ``density`` of sentences.
    Returns the articles with the spans of the names put in, and the number of bytes."""
    rng = random.Random(seed)
    from singlelist.match.normalize import clean

    pool = [i for i, v in enumerate(index.name_values) if len(clean(v).replace(" ", "")) >= 5]
    articles = []
    total = 0
    while total < size:
        parts: list[str] = []
        spans = []
        length = 0
        while length < 3000:
            words = [rng.choice(PROSE) for _ in range(rng.randrange(8, 22))]
            for _ in range(rng.randrange(0, 3)):
                words.insert(rng.randrange(len(words)), rng.choice(PROPER))
            inserted = None
            if rng.random() < density:
                name_no = rng.choice(pool)
                inserted = (rng.randrange(1, len(words)), name_no)
            sentence = ""
            for i, word in enumerate(words):
                if inserted and i == inserted[0]:
                    value = index.name_values[inserted[1]]
                    start = length + len(sentence)
                    sentence += value + " "
                    entry = index.entries[index.name_entry[inserted[1]]]
                    spans.append((start, start + len(value), entry.id, value))
                sentence += (word.capitalize() if i == 0 else word) + " "
            sentence = sentence.rstrip() + ". "
            parts.append(sentence)
            length += len(sentence)
        text = "".join(parts)
        articles.append((text, spans))
        total += len(text.encode("utf-8"))
    return articles, total


def run_text(index: Any, judge: Judge, size: int, seed: int, density: float) -> dict[str, Any]:
    from singlelist.match import find_mentions

    articles, nbytes = make_text(index, size, seed, density)
    timer = Timer()
    find_mentions("warm up the automaton", index)
    automaton = timer.seconds
    found_spans = inserted = false = 0
    misses = Counter()
    false_examples: Counter[str] = Counter()
    timer = Timer()
    outputs = [find_mentions(text, index) for text, _spans in articles]
    seconds = timer.seconds
    for (_text, spans), mentions in zip(articles, outputs, strict=True):
        inserted += len(spans)
        for start, end, entry_id, value in spans:
            ok = any(m.start < end and m.end > start and judge.right(entry_id, value, m.entry.id)
                     for m in mentions)
            found_spans += ok
            if not ok:
                misses[value] += 1
        for m in mentions:
            if not any(m.start < end and m.end > start for start, end, _e, _v in spans):
                false += 1
                false_examples[f"{m.text!r} -> {m.entry.caption} ({m.score:.2f})"] += 1
    mb = nbytes / 1e6
    return {"articles": len(articles), "mb": round(mb, 2), "seconds": round(seconds, 2),
            "mb_per_second": round(mb / seconds, 2), "automaton_build_seconds": round(automaton, 2),
            "names_put_in": inserted, "names_found": rate(found_spans, inserted),
            "mentions_outside_the_names_put_in": false,
            "per_mb": round(false / mb, 1), "false_examples": false_examples.most_common(10),
            "missed_examples": [v for v, _ in misses.most_common(10)]}


# --- index build / load, in their own processes ------------------------------------------


def measure_build(db_url: str, cache_dir: str) -> dict[str, Any]:
    from singlelist.api import Settings, SingleList

    core = SingleList(Settings(db_url=db_url, cache_dir=Path(cache_dir)))
    base = peak_rss_mb()
    timer = Timer()
    index, path = core.index()
    return {"seconds": round(timer.seconds, 2), "peak_rss_mb": round(peak_rss_mb(), 1),
            "rss_before_mb": round(base, 1), "entries": len(index), "names": index.name_count,
            "path": str(path), "file_mb": round(path.stat().st_size / 1e6, 1)}


def measure_load(path: str) -> dict[str, Any]:
    from singlelist.match import NameIndex

    timer = Timer()
    index = NameIndex.load(path)
    seconds = timer.seconds
    timer = Timer()
    index.search("Jabhat al-Nusra")
    return {"seconds": round(seconds, 2), "first_query_seconds": round(timer.seconds, 3),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def engine_version() -> dict[str, Any]:
    """The commit, and a digest of uncommitted changes to the matching engine if any."""
    import hashlib

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""

    diff = git("diff", "HEAD", "--", "src/singlelist/match", "src/singlelist/screening.py")
    return {"commit": git("rev-parse", "--short", "HEAD"),
            "uncommitted_engine_changes": hashlib.sha256(diff.encode()).hexdigest()[:12] if diff else None}


def subprocess_json(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- 5. side by side with nomenklatura logic-v2 ------------------------------------------

SCHEMAS = {"person": "Person", "organisation": "Organization", "vessel": "Vessel", "aircraft": "Airplane"}
PROPS = {"primary": "name", "weak": "weakAlias", "former": "previousName"}


def run_nomenklatura(sets: dict[str, list[dict[str, Any]]], threshold: float) -> dict[str, Any]:
    """Score the same (query, candidate subject) pairs with our ``compare`` (best name of
    the subject, role factor applied, as the index does) and with logic-v2 on FtM
    entities holding the subject's names; rank the candidates with each."""
    try:
        import nomenklatura
        from followthemoney import model
        from nomenklatura.matching import LogicV2, ScoringConfig
    except ImportError as exc:
        return {"error": f"nomenklatura not installed ({exc}); pip install nomenklatura"}
    from singlelist.match import compare
    from singlelist.match.index import ROLE_FACTORS, form_kind

    config = ScoringConfig.defaults()
    made: dict[str, Any] = {}
    counter = [0]

    def entity(key: str, kind: str, names: list[tuple[str, str]]) -> Any:
        if key not in made:
            proxy = model.make_entity(SCHEMAS.get(kind, "LegalEntity"))
            counter[0] += 1
            proxy.id = f"e{counter[0]}"  # nomenklatura caches names by entity id
            for value, role in names:
                proxy.add(PROPS.get(role, "alias"), value, quiet=True)
            made[key] = proxy
        return made[key]

    def ours(query: str, kind: str, names: list[tuple[str, str]]) -> float:
        return max((compare(query, value, form_kind(kind)).value * ROLE_FACTORS.get(role, 1.0)
                    for value, role in names), default=0.0)

    # warm up both (logic-v2 loads its name data on first use)
    warm_q = entity("warm-q", "person", [("John Smith", "primary")])
    warm_c = entity("warm-c", "person", [("Jon Smyth", "primary")])
    LogicV2.compare(warm_q, warm_c, config)
    warm_o = entity("warm-o", "organisation", [("Northern Star Logistics", "primary")])
    LogicV2.compare(warm_o, entity("warm-p", "organisation", [("Northern Star Ltd", "primary")]), config)
    compare("John Smith", "Jon Smyth", "person")

    report: dict[str, Any] = {"version": getattr(nomenklatura, "__version__", "?"),
                              "threshold_ours": threshold, "threshold_logic_v2": NOMENKLATURA_THRESHOLD}
    time_ours = time_nk = 0.0
    pairs = 0
    disagreements = []
    for label, queries in sets.items():
        scored = []
        for n, q in enumerate(queries):
            qe = entity(f"{label}:q{n}", q["kind"], [(q["query"], "primary")])
            rows = []
            for cand in q["candidates"]:
                names = cand["names"]
                ce = entity(f"{label}:{cand['id']}", cand["kind"], names)
                start = time.perf_counter()
                a = ours(q["query"], q["kind"], names)
                mid = time.perf_counter()
                b = LogicV2.compare(qe, ce, config).score
                end = time.perf_counter()
                time_ours += mid - start
                time_nk += end - mid
                pairs += 1
                rows.append((cand["right"], a, b, cand["caption"]))
            scored.append((q, rows))
        report[label] = side_by_side_summary(scored, q_positive=label != "negatives", threshold=threshold)
        for q, rows in scored:
            if rows:
                a_best = max(rows, key=lambda r: r[1])
                b_best = max(rows, key=lambda r: r[2])
                if (a_best[1] >= threshold) != (b_best[2] >= NOMENKLATURA_THRESHOLD):
                    disagreements.append({"set": label, "query": q["query"],
                                          "ours": f"{a_best[1]:.2f} {a_best[3]}",
                                          "logic-v2": f"{b_best[2]:.2f} {b_best[3]}"})
    report["pairs"] = pairs
    report["pairs_per_second_ours"] = round(pairs / time_ours, 1) if time_ours else None
    report["pairs_per_second_logic_v2"] = round(pairs / time_nk, 1) if time_nk else None
    report["speed_ratio"] = round(time_nk / time_ours, 2) if time_ours else None
    report["disagreements"] = random.Random(0).sample(disagreements, min(12, len(disagreements)))
    return report


def side_by_side_summary(scored: list, q_positive: bool, threshold: float) -> dict[str, Any]:
    """recall@1 within the candidates (positives) or false-match rate (negatives), for
    each scorer at its own threshold, plus a threshold sweep of both."""
    n = len(scored)
    out: dict[str, Any] = {"queries": n}
    if q_positive:
        out["right_one_among_candidates"] = rate(sum(any(r[0] for r in rows) for _q, rows in scored), n)

    def top_right(rows: list, col: int, t: float) -> bool:
        if not rows:
            return False
        best = max(r[col] for r in rows)
        return best >= t and any(r[0] and r[col] == best for r in rows)

    def any_hit(rows: list, col: int, t: float) -> bool:
        return bool(rows) and max(r[col] for r in rows) >= t

    check = top_right if q_positive else any_hit
    key = "recall1" if q_positive else "false_match"
    out[f"{key}_ours"] = rate(sum(check(rows, 1, threshold) for _q, rows in scored), n)
    out[f"{key}_logic_v2"] = rate(sum(check(rows, 2, NOMENKLATURA_THRESHOLD) for _q, rows in scored), n)
    if q_positive:
        out["rank1_any_score_ours"] = rate(sum(top_right(rows, 1, 0.0) for _q, rows in scored), n)
        out["rank1_any_score_logic_v2"] = rate(sum(top_right(rows, 2, 0.0) for _q, rows in scored), n)
    out["sweep"] = {str(t): {"ours": rate(sum(check(rows, 1, t) for _q, rows in scored), n),
                             "logic_v2": rate(sum(check(rows, 2, t) for _q, rows in scored), n)}
                    for t in THRESHOLDS}
    return out


def candidate_sets(holdout: dict[str, Any], negatives: dict[str, Any], cross: dict[str, dict[str, Any]],
                   full_index: Any, n: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Query/candidate sets for the side-by-side run: our top 10 from the index."""
    rng = random.Random(seed)
    h_index = holdout["index"]
    judge = holdout["judge"]

    def cands(index: Any, query: str, kind: str | None, right: Callable[[str], bool],
              sources: list[str] | None = None) -> list[dict[str, Any]]:
        hits = index.search(query, kind=kind, sources=sources, threshold=0.0, limit=10)
        return [{"id": h.entry.id, "kind": h.entry.kind, "names": h.entry.names, "caption": h.entry.caption,
                 "right": right(h.entry.id)} for h in hits]

    sets: dict[str, list[dict[str, Any]]] = {}
    pos = [q for q in holdout["queries"] if q["kind"] in ("person", "organisation")]
    sets["holdout"] = [
        {"query": q["query"], "kind": q["kind"],
         "candidates": cands(h_index, q["query"], q["kind"],
                             lambda e, q=q: judge.right(q["key"], q["query"], e), [q["source"]])}
        for q in rng.sample(pos, min(n, len(pos)))]
    neg = negatives["results"]
    sets["negatives"] = [{"query": r["query"], "kind": r["kind"],
                          "candidates": cands(full_index, r["query"], r["kind"], lambda _e: False)}
                         for r in rng.sample(neg, min(n, len(neg)))]
    for label, result in cross.items():
        picked = rng.sample(range(len(result["names"])), min(n // 3, len(result["names"])))
        sets[f"cross-script {label}"] = [
            {"query": result["names"][i][1], "kind": "person",
             "candidates": cands(result["index"], result["names"][i][1], "person",
                                 lambda e, i=i: e == f"x{i}")}
            for i in picked]
    return sets


# --- report -----------------------------------------------------------------------------------


def check(name: str, value: float | None) -> dict[str, Any]:
    op, target = TARGETS[name]
    met = None if value is None else (value >= target if op == ">=" else value <= target)
    return {"value": value, "target": f"{op} {target}", "met": met}


def strip(obj: Any) -> Any:
    """JSON-safe copy without the live objects kept for later sections."""
    if isinstance(obj, dict):
        return {k: strip(v) for k, v in obj.items()
                if k not in ("index", "judge", "queries", "results", "names")}
    if isinstance(obj, list | tuple):
        return [strip(v) for v in obj]
    return obj


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--translit", type=Path, default=DEFAULT_TRANSLIT)
    parser.add_argument("--quick", action="store_true", help="a reduced run (under a minute)")
    parser.add_argument("--rows", type=int, default=None, help="CSV rows (default 1,000,000; --quick 2,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-nomenklatura", action="store_true", help="skip the side-by-side run")
    parser.add_argument("--nomenklatura", action="store_true",
                        help="the side-by-side run with --quick too (loading its data takes ~10 s)")
    parser.add_argument("--out", type=Path, default=RESULT_FILE)
    parser.add_argument("--measure", choices=["build", "load"], help=argparse.SUPPRESS)
    parser.add_argument("--arg", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure == "build":
        print(json.dumps(measure_build(*args.arg)))
        return
    if args.measure == "load":
        print(json.dumps(measure_load(*args.arg)))
        return

    from singlelist.match import DEFAULT_THRESHOLD
    from singlelist.match.normalize import clean

    quick = args.quick
    rows = args.rows if args.rows is not None else (2_000 if quick else 1_000_000)
    sizes = {"holdout": 300 if quick else None, "negatives": 200 if quick else 3000,
             "cross": 300 if quick else None, "speed": 1000 if quick else 8000,
             "text": 50_000 if quick else 4_000_000, "side": 24 if quick else 1200}
    threshold = DEFAULT_THRESHOLD
    report: dict[str, Any] = {"corpus": str(args.corpus), "quick": quick, "seed": args.seed,
                              "default_threshold": threshold, "cpus": os.cpu_count(),
                              "engine": engine_version(), "load_average_at_start": os.getloadavg()}
    started = Timer()
    sections: dict[str, float] = {}
    current_section: list[Any] = [None, Timer()]

    def section(label: str | None) -> None:
        """Print what runs now; note how long the one before took."""
        if current_section[0]:
            sections[current_section[0]] = round(current_section[1].seconds, 1)
        current_section[:] = [label.rstrip(" ."), Timer()] if label else [None, Timer()]
        if label:
            console.print(label)

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        section(f"loading {args.corpus} ...")
        core, load_info = load_store(args.corpus, tmp, history=not quick)
        records = [record for _snap, record in core.store.current_records()]
        by_key = {r.key: r for r in records}
        load_info.update(records=len(records), kinds=dict(Counter(r.kind for r in records)),
                         sources=dict(Counter(r.source for r in records)))
        report["store"] = load_info

        # index build (own process: its peak memory) and load; then the same index here
        section("index build and load, each in its own process ...")
        builder = subprocess.Popen([sys.executable, __file__, "--measure", "build",
                                    "--arg", f"sqlite:///{tmp}/bench.sqlite", "--arg", str(tmp / "cache")],
                                   stdout=subprocess.PIPE, text=True)
        if not quick:  # alone on the machine for honest timings; in --quick, beside the hold-out
            build_out, _ = builder.communicate()
        section("hold-out index and queries ...")
        entity = entity_of(by_key)
        holdout = run_holdout(records, entity, args.seed, sizes["holdout"], threshold)
        if quick:
            build_out, _ = builder.communicate()
        if builder.returncode:
            raise SystemExit("index build failed")
        build = json.loads(build_out.strip().splitlines()[-1])
        load = subprocess_json("--measure", "load", "--arg", build["path"])
        report["index"] = {"build": build, "load": load}
        index, _path = core.index()
        entries = {e.id: e for e in index.entries}
        listed = {clean(v) for v in index.name_values}

        section("negatives ...")
        tokens = latin_tokens(args.translit)
        persons, excluded_p = negative_persons(tokens, sizes["negatives"], args.seed, listed)
        organisations, excluded_o = negative_organisations(sizes["negatives"], args.seed, listed)
        negatives = run_negatives(index, persons, organisations, threshold)
        negatives["excluded_as_listed"] = {"person": excluded_p, "organisation": excluded_o}
        positives = [q for q in holdout["queries"] if q["kind"] in ("person", "organisation")]
        sweep = threshold_sweep(positives, negatives["results"])
        best = max(sweep, key=lambda r: r["f1"])
        meets = [r for r in sweep if (r["false_match_person"] or 0) <= TARGETS["false_match_person"][1]
                 and (r["false_match_organisation"] or 0) <= TARGETS["false_match_organisation"][1]]
        current = min(sweep, key=lambda r: abs(r["threshold"] - threshold))

        section("cross-script ...")
        cross = {}
        for label, filename in (("Cyrillic", "wikidata_en-ru_names.tsv"),
                                ("Arabic", "wikidata_en-ar_names.tsv")):
            cross[label] = run_cross_script(args.translit / filename, sizes["cross"], args.seed, threshold)

        section("speed ...")
        queries = query_mix(index, tokens, sizes["speed"], args.seed)
        speed = run_query_speed(index, queries, warmup=len(queries) // 4)
        section(f"CSV of {rows:,} rows through SingleList.screen_csv ...")
        csv_result = run_csv(core, tmp, rows, index, tokens, args.seed, quiet=quick)
        section("text ...")
        judge = Judge(index.entries, entity)
        texts = {label: run_text(index, judge, sizes["text"], args.seed + i, density)
                 for i, (label, density) in enumerate(DENSITIES.items())}
        text = texts["news-like"]

        side: dict[str, Any] = {"skipped": True}
        if not args.no_nomenklatura and (args.nomenklatura or not quick):
            section("side by side with nomenklatura logic-v2 ...")
            sets = candidate_sets(holdout, negatives, cross, index, sizes["side"], args.seed)
            side = run_nomenklatura(sets, threshold)

        section(None)
        held_entries = {e.id: e for e in holdout["index"].entries}
        misses = holdout_misses(holdout["queries"], threshold, held_entries, 50)
        false_matches = false_match_examples(negatives["results"], threshold, entries, 50)

    # --- tables ---------------------------------------------------------------------------
    console.print()
    table(f"store ({load_info['mirror']})", ["records", "snapshots", "load s", "errors"],
          [[load_info["records"], load_info["snapshots"], load_info["seconds"],
            "; ".join(load_info["errors"]) or "-"]])
    h = holdout
    console.print(f"hold-out: {h['records_with_2_names']} records with 2+ names, {h['held_out']} held out "
                  f"(skipped: {h['skipped']}), {h['queried']} queried, {h['ms_per_query']} ms/query, "
                  f"index built in {h['index_build_seconds']} s; threshold {threshold}")
    columns = ["n", "recall@1", "recall@5", "all lists: @1", "all lists: @5", "all lists: same record @1"]

    def cells(s: dict[str, Any]) -> list[Any]:
        return [s["n"], fmt(s["recall1"]), fmt(s["recall5"]), fmt(s["recall1_all_lists"]),
                fmt(s["recall5_all_lists"]), fmt(s["recall1_same_record_all_lists"])]

    for label, groups in h["breakdowns"].items():
        table(f"alias hold-out by {label} (recall on the record's own list; then on all lists)",
              [label, *columns], [[g, *cells(s)] for g, s in groups.items()])
    table("alias hold-out, all", ["", *columns], [["all", *cells(h["all"])]])
    for group, description in MISS_KINDS.items():
        examples_table(f"missed hold-outs ({misses['counts'][group]}): {description}", misses[group][:10],
                       ["kind", "role", "query (held out)", "listed as", "record", "top hit",
                        "top hit subject", "right one"])
    table(f"false matches at threshold {threshold}",
          ["kind", "names", "with a hit", "rate", "excluded as listed"],
          [[k, v["n"], v["with_hit"], fmt(v["rate"], 4), negatives["excluded_as_listed"][k]]
           for k, v in negatives["by_kind"].items()])
    examples_table("false matches (highest scores)", false_matches[:10],
                   ["kind", "query (not listed)", "matched name", "subject", "record", "score"])
    table(f"thresholds ({len(positives)} hold-out positives, {len(negatives['results'])} negatives)",
          ["threshold", "recall@1 org", "recall@1 person", "false org", "false person", "precision",
           "recall", "F1"],
          [[f"{r['threshold']:.2f}" + (" *" if r is current else ""), fmt(r["recall1_organisation"]),
            fmt(r["recall1_person"]), fmt(r["false_match_organisation"], 4), fmt(r["false_match_person"], 4),
            fmt(r["precision"]), fmt(r["recall"]), fmt(r["f1"])] for r in sweep])
    console.print(f"best F1 at threshold {best['threshold']:.2f} (F1 {best['f1']:.3f}); current default "
                  f"{threshold} gives F1 {current['f1']:.3f}; lowest threshold meeting both "
                  "false-match targets: "
                  f"{meets[0]['threshold'] if meets else 'none'}")
    table("cross-script (two-token person names; Latin indexed, other script queried)",
          ["script", "pairs", "rank 1, score >= thr", "top 5, score >= thr", "top 5 any score", "ms/query"],
          [[k, v["pairs"], fmt(v["rank1_at_threshold"]), fmt(v["top5_at_threshold"]),
            fmt(v["top5_any_score"]), v["ms_per_query"]] for k, v in cross.items()])
    for label, result in cross.items():
        examples_table(f"cross-script misses, {label}", result["misses"][:10],
                       ["query", "latin (wanted)", "top hit", "wanted score"])
    table("speed", ["measure", "value"], [
        ["index: entries / names", f"{build['entries']:,} / {build['names']:,}"],
        ["index build (read store + build + save), s", build["seconds"]],
        ["index build peak RSS, MB (before build)", f"{build['peak_rss_mb']} ({build['rss_before_mb']})"],
        ["index file, MB", build["file_mb"]],
        ["index load, s (first query s)", f"{load['seconds']} ({load['first_query_seconds']})"],
        ["queries/s, one core (first quarter, cold)",
         f"{speed['queries_per_second']} ({speed['first_queries_per_second']})"],
        ["queries/s by third of the run",
         " / ".join(str(v) for v in speed["queries_per_second_by_third"])],
        ["latency p50 / p90 / p99 / max, ms",
         f"{speed['p50_ms']} / {speed['p90_ms']} / {speed['p99_ms']} / {speed['max_ms']}"],
        [f"CSV {csv_result['rows']:,} rows, {csv_result['workers']} workers, s", csv_result["seconds"]],
        ["CSV rows/s (minutes per million)",
         f"{csv_result['rows_per_second']} ({csv_result['minutes_per_million_rows']})"],
        ["CSV rows with a hit", f"{csv_result['rows_with_hits']:,}"],
        ["text: automaton build, s", text["automaton_build_seconds"]],
        *[row for label, t in texts.items() for row in (
            [f"text, {label} ({DENSITIES[label]:.0%} of sentences with a name): {t['mb']} MB "
             f"in {t['articles']} articles, MB/s", t["mb_per_second"]],
            [f"text, {label}: names put in found", fmt(t["names_found"])],
            [f"text, {label}: mentions outside the names put in (per MB)",
             f"{t['mentions_outside_the_names_put_in']} ({t['per_mb']})"])],
    ])
    for label, t in texts.items():
        if t["false_examples"]:
            examples_table(f"text, {label}: mentions outside the names put in", [
                {"mention": m, "count": c} for m, c in t["false_examples"]], ["mention", "count"])
    if "error" in side:
        console.print(f"[red]nomenklatura: {side['error']}[/red]")
    elif not side.get("skipped"):
        rows_side = []
        for label in [k for k in side if isinstance(side[k], dict) and "queries" in side[k]]:
            s = side[label]
            if label == "negatives":
                rows_side.append([label, s["queries"], "false-match rate", fmt(s["false_match_ours"]),
                                  fmt(s["false_match_logic_v2"]), "-"])
            else:
                rows_side.append([label, s["queries"], "recall@1 in candidates", fmt(s["recall1_ours"]),
                                  fmt(s["recall1_logic_v2"]), fmt(s["right_one_among_candidates"])])
                rows_side.append(["", "", "rank 1, any score", fmt(s["rank1_any_score_ours"]),
                                  fmt(s["rank1_any_score_logic_v2"]), ""])
        rows_side.append(["speed", side["pairs"], "pairs/s", side["pairs_per_second_ours"],
                          side["pairs_per_second_logic_v2"], f"ours x{side['speed_ratio']}"])
        table(f"side by side: ours (thr {threshold}) vs nomenklatura {side['version']} logic-v2 "
              f"(thr {NOMENKLATURA_THRESHOLD}), our top-10 candidates",
              ["set", "queries", "measure", "ours", "logic-v2", "right among candidates"], rows_side)
        examples_table("side by side: where the two disagree (sample)", side["disagreements"],
                       ["set", "query", "ours", "logic-v2"])

    targets = {
        "holdout_recall1_organisation": h["breakdowns"]["kind"].get("organisation", {}).get("recall1"),
        "holdout_recall1_person": h["breakdowns"]["kind"].get("person", {}).get("recall1"),
        "false_match_organisation": negatives["by_kind"]["organisation"]["rate"],
        "false_match_person": negatives["by_kind"]["person"]["rate"],
        "cross_script_cyrillic": cross["Cyrillic"]["rank1_at_threshold"],
        "cross_script_arabic": cross["Arabic"]["rank1_at_threshold"],
        "queries_per_second_one_core": speed["queries_per_second"],
        "latency_p99_ms": speed["p99_ms"],
        "csv_minutes_per_million_rows": csv_result["minutes_per_million_rows"],
        "text_mb_per_second": text["mb_per_second"],
        "index_build_peak_rss_mb": build["peak_rss_mb"],
        "index_load_seconds": load["seconds"],
    }
    checked = {k: check(k, v) for k, v in targets.items()}
    table("targets", ["measure", "value", "target", "met"],
          [[k, v["value"], v["target"], {True: "yes", False: "NO", None: "-"}[v["met"]]]
           for k, v in checked.items()])
    table("seconds per section", ["section", "seconds"], sections.items())
    console.print(f"total {started.seconds:.0f} s; load average at start {report['load_average_at_start']}, "
                  f"at end {os.getloadavg()} (on {os.cpu_count()} cores: other work slows every timing)")

    report.update(
        targets=checked,
        holdout=strip(holdout), holdout_misses=misses,
        negatives=strip(negatives), false_matches=false_matches,
        thresholds={"sweep": sweep, "best_f1": best["threshold"],
                    "lowest_meeting_false_match_targets": meets[0]["threshold"] if meets else None},
        cross_script=strip(cross), speed=speed, csv=csv_result, text=texts,
        side_by_side=side, section_seconds=sections, load_average_at_end=os.getloadavg(),
        total_seconds=round(started.seconds, 1),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    console.print(f"written to {args.out}")


if __name__ == "__main__":
    main()
