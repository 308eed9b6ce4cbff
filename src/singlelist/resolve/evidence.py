"""Evidence that two records of different lists are the same subject.

Each producer returns :class:`Link` objects carrying a confidence and the evidence that
gave it, strongest kinds first: official cross-references, shared identifiers, then
names through the matcher (blocked by the name index, so never all pairs), adjusted for
persons by dates of birth and nationality.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from singlelist.match import NameIndex, compare
from singlelist.model import PRIMARY, WEAK, Record

XREF_CONFIDENCE = 0.99
IDENTIFIER_CONFIDENCE = 0.95
IDENTIFIER_UNSURE_CONFIDENCE = 0.8  # a proposal for review
NAME_QUERIES_PER_RECORD = 4
NAME_CANDIDATES = 8


@dataclass
class Link:
    """Two records (keys, ``left < right``) believed to be the same, and why."""

    left: str
    right: str
    confidence: float
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def make(a: str, b: str, confidence: float, evidence: list[dict[str, Any]]) -> Link:
        left, right = sorted((a, b))
        return Link(left, right, confidence, evidence)


def merge_links(links: Iterable[Link]) -> dict[tuple[str, str], Link]:
    """One link per pair: the highest confidence, with all evidence kept."""
    merged: dict[tuple[str, str], Link] = {}
    for link in links:
        pair = (link.left, link.right)
        if pair not in merged:
            merged[pair] = Link(link.left, link.right, link.confidence, list(link.evidence))
            continue
        kept = merged[pair]
        kept.confidence = max(kept.confidence, link.confidence)
        kept.evidence.extend(link.evidence)
    return merged


def xref_links(records: Mapping[str, Record]) -> list[Link]:
    """Records that cite a listing as *themselves* ("UN Ref QDe.137") join that listing,
    and records citing the same listing join each other."""
    citing: dict[str, list[str]] = defaultdict(list)
    for key, record in records.items():
        for xref in record.xrefs:
            if xref.relation == "same" and xref.source:
                target = f"{xref.source}:{xref.ref}"
                if target != key:
                    citing[target].append(key)
    links = []
    for target, keys in citing.items():
        anchor = target if target in records else keys[0]
        for key in keys:
            if key != anchor:
                links.append(Link.make(anchor, key, XREF_CONFIDENCE, [{
                    "feature": "cross_reference",
                    "detail": f"{key} cites {target} as the same listing",
                    "score": XREF_CONFIDENCE,
                }]))
    return links


def _id_value(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def identifier_links(records: Mapping[str, Record]) -> list[Link]:
    """Records of different lists sharing a document or registration number.

    Lists name document types in their own words ("Passport No", "TIN", "Tax ID No."), so
    numbers are compared whatever their type: a number of six or more characters with at
    least four digits, held by at most six records, is taken as an identity."""
    holders: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    for key, record in records.items():
        for ident in record.identifiers:
            value = _id_value(ident.value)
            if len(value) >= 6 and sum(c.isdigit() for c in value) >= 4:
                holders[value].add(key)
                types[value].add(ident.type)
    links = []
    for value, keys in holders.items():
        if len(keys) > 6:  # a number shared by many records is not an identity
            continue
        ordered = sorted(keys)
        label = "/".join(sorted(types[value]))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                ra, rb = records[a], records[b]
                if ra.source == rb.source or ra.kind != rb.kind:
                    continue
                confidence = IDENTIFIER_CONFIDENCE
                detail = f"same number {value} ({label})"
                if ra.kind == "person":
                    names = compare(ra.name, rb.name, kind="person")
                    if names.value < 0.3:  # a shared number alone does not make two people one
                        confidence = IDENTIFIER_UNSURE_CONFIDENCE
                        detail += f"; names differ ({names.value:.2f})"
                links.append(Link.make(a, b, confidence, [{
                    "feature": "shared_identifier", "detail": detail, "score": confidence,
                }]))
    return links


def _years(dates: Iterable[str]) -> set[str]:
    return {d[:4] for d in dates if d and d[:4].isdigit()}


def person_adjustment(a: Record, b: Record) -> tuple[float, list[dict[str, Any]]]:
    """Dates of birth and nationalities move a person-name match up or down."""
    delta = 0.0
    details = []
    years_a, years_b = _years(a.birth_dates), _years(b.birth_dates)
    if years_a and years_b:
        if set(a.birth_dates) & set(b.birth_dates):
            delta += 0.08
            details.append({"feature": "birth_date", "detail": "same date of birth", "score": 0.08})
        elif years_a & years_b:
            delta += 0.04
            details.append({"feature": "birth_date", "detail": "same year of birth", "score": 0.04})
        else:
            close = any(abs(int(x) - int(y)) <= 1 for x in years_a for y in years_b)
            penalty = -0.1 if close else -0.35
            delta += penalty
            details.append({"feature": "birth_date",
                            "detail": f"birth years differ: {sorted(years_a)} vs {sorted(years_b)}",
                            "score": penalty})
    else:
        delta -= 0.04
        details.append({"feature": "birth_date", "detail": "no date of birth to compare", "score": -0.04})
    nat_a = {n.casefold() for n in a.nationalities + a.countries}
    nat_b = {n.casefold() for n in b.nationalities + b.countries}
    if nat_a & nat_b:
        delta += 0.03
        details.append({"feature": "country", "detail": "a country in common", "score": 0.03})
    return delta, details


def _query_names(record: Record) -> list[str]:
    names = [n for n in record.names if n.role != WEAK]
    names.sort(key=lambda n: n.role != PRIMARY)
    return [n.value for n in names[:NAME_QUERIES_PER_RECORD]]


_shared: dict[str, Any] = {}


def _name_links_for(keys: list[str]) -> list[Link]:
    records, index, threshold = _shared["records"], _shared["index"], _shared["threshold"]
    links = []
    for key in keys:
        record = records[key]
        best: dict[str, tuple[float, str, str, str]] = {}
        for name in _query_names(record):
            for hit in index.search(name, kind=record.kind, threshold=threshold,
                                    limit=NAME_CANDIDATES):
                other = hit.entry.id
                if other == key or other not in records or records[other].source == record.source:
                    continue
                if other not in best or hit.score.value > best[other][0]:
                    best[other] = (hit.score.value, name, hit.matched_name, hit.score.explanation)
        for other, (score, query, matched, explanation) in best.items():
            evidence = [{"feature": "name", "score": round(score, 3),
                         "detail": f"{query!r} ~ {matched!r}: {explanation}"}]
            confidence = score
            if record.kind == "person":
                delta, details = person_adjustment(record, records[other])
                confidence = max(0.0, min(0.98, score + delta))
                evidence.extend(details)
            links.append(Link.make(key, other, round(confidence, 4), evidence))
    return links


def name_links(
    records: Mapping[str, Record], index: NameIndex, threshold: float, workers: int | None = None
) -> list[Link]:
    """Candidate pairs by name: each record's names are looked up in the name index (the
    blocking step: never all pairs), and hits on other lists of the same kind become
    links. Runs on every core (forked workers share the index)."""
    _shared.update(records=records, index=index, threshold=threshold)
    keys = list(records)
    workers = workers or os.cpu_count() or 1
    try:
        if workers == 1 or len(keys) < 2000 or os.name != "posix":
            return _name_links_for(keys)
        chunks = [keys[i:i + 500] for i in range(0, len(keys), 500)]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return [link for part in pool.imap_unordered(_name_links_for, chunks) for link in part]
    finally:
        _shared.clear()
