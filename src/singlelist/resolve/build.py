"""Building the single list: records of every list -> evidence -> entities with stable ids.

:func:`resolve` is pure (records and decisions in, links and entities out) so it can be
measured with parts of the evidence withheld; :func:`rebuild` runs it over the store and
saves the build. Thresholds (documented in the README):

- ``AUTO_THRESHOLD`` 0.90: links at or above merge automatically;
- ``PROPOSAL_THRESHOLD`` 0.75: links from here up to the automatic threshold are
  proposals for a person to decide (``singlelist review``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from singlelist.match import NameIndex
from singlelist.model import Record
from singlelist.resolve.cluster import NOT_SAME, SAME, assign_ids, cluster
from singlelist.resolve.evidence import (
    Link,
    identifier_links,
    merge_links,
    name_links,
    xref_links,
)
from singlelist.screening import index_entry
from singlelist.store.db import Snapshot, Store
from singlelist.store.resolution import (
    active_judgements,
    latest_build,
    previous_assignment,
    save_build,
)

AUTO_THRESHOLD = 0.90
PROPOSAL_THRESHOLD = 0.75
RESOLVER_VERSION = "2"


@dataclass
class Resolution:
    """The outcome of one resolution: links with their status, entities, ids."""

    links: list[Link]
    groups: list[list[str]]
    assignment: dict[str, str]
    status: dict[tuple[str, str], str] = field(default_factory=dict)


def resolve(
    records: Mapping[str, Record],
    presence: Mapping[str, Iterable[str]] | None = None,
    judgements: Mapping[tuple[str, str], str] | None = None,
    previous: Mapping[str, str] | None = None,
    *,
    use_xrefs: bool = True,
    use_identifiers: bool = True,
    use_names: bool = True,
    auto_threshold: float = AUTO_THRESHOLD,
    proposal_threshold: float = PROPOSAL_THRESHOLD,
    progress: Callable[[int], None] | None = None,
) -> Resolution:
    """Link, cluster and name the entities of ``records`` (key -> record).

    ``presence[key]``: the snapshots a record was listed in; two records of one list
    that were listed together are never merged. Without it, no two records of one list
    are merged."""
    judgements = judgements or {}
    found: list[Link] = []
    if use_xrefs:
        found += xref_links(records)
    if use_identifiers:
        found += identifier_links(records)
    if use_names:
        index = NameIndex.build(index_entry(r) for r in records.values())
        found += name_links(records, index, proposal_threshold)
    merged = merge_links(found)
    links = [link for link in merged.values() if link.confidence >= proposal_threshold]
    slots = presence or {key: [record.source] for key, record in records.items()}
    groups = cluster(records.keys(), slots, links, judgements, auto_threshold)
    assignment = assign_ids(groups, previous or {})
    status = {}
    for link in links:
        pair = (link.left, link.right)
        if pair in judgements:
            status[pair] = "decided"
        elif assignment[link.left] == assignment[link.right]:
            status[pair] = "merged"
        elif link.confidence >= auto_threshold:
            status[pair] = "conflict"  # strong, but would merge two records of one list
        else:
            status[pair] = "proposal"
    return Resolution(links, groups, assignment, status)


def collect(store: Store) -> tuple[dict[str, Record], dict[str, Snapshot], dict[str, bool]]:
    """The latest version of every record ever loaded, its snapshot, and whether listed."""
    records, snapshots, active = {}, {}, {}
    for snap, record, is_active in store.latest_records():
        records[record.key] = record
        snapshots[record.key] = snap
        active[record.key] = is_active
    return records, snapshots, active


def presence(store: Store) -> dict[str, list[str]]:
    """``record key -> snapshots it is listed in`` (as strings, for the clustering)."""
    found: dict[str, list[str]] = {}
    for snapshot_id, source, ref in store.listings():
        found.setdefault(f"{source}:{ref}", []).append(str(snapshot_id))
    return found


def _fingerprint(store: Store, judgements: Mapping[tuple[str, str], str]) -> str:
    parts = [f"{s.id}:{s.fingerprint}" for s in store.snapshots()]
    parts += [f"{a}|{b}|{j}" for (a, b), j in sorted(judgements.items())]
    parts.append(f"v{RESOLVER_VERSION}:{AUTO_THRESHOLD}:{PROPOSAL_THRESHOLD}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def rebuild(store: Store, force: bool = False) -> dict[str, Any]:
    """Resolve everything in the store and save the build (skipped when nothing changed)."""
    judgements = {(j.left_key, j.right_key): j.judgement for j in active_judgements(store)
                  if j.judgement in (SAME, NOT_SAME, "unsure")}
    fingerprint = _fingerprint(store, judgements)
    last = latest_build(store)
    if last and last["fingerprint"] == fingerprint and not force:
        return {"build": last["id"], "skipped": True, **last["stats"]}
    records, _snapshots, active = collect(store)
    result = resolve(records, presence(store), judgements, previous_assignment(store))
    statuses: dict[str, int] = {}
    for value in result.status.values():
        statuses[value] = statuses.get(value, 0) + 1
    stats = {
        "records": len(records),
        "listed_records": sum(active.values()),
        "entities": len(result.groups),
        "multi_source_entities": sum(
            1 for g in result.groups if len({records[k].source for k in g}) > 1
        ),
        "links": statuses,
    }
    link_rows = [
        {"left_key": link.left, "right_key": link.right, "confidence": link.confidence,
         "status": result.status[(link.left, link.right)], "evidence": link.evidence}
        for link in result.links
    ]
    build_id = save_build(store, fingerprint, stats, result.assignment, link_rows)
    return {"build": build_id, "skipped": False, **stats}
