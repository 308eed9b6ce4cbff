"""Reviewing proposals: the links a person has to decide, with both records to compare.

A *proposal* is a link of the latest build whose confidence lies between the proposal
and the automatic thresholds (see :mod:`singlelist.resolve.build`). :func:`pending`
lists them best first, leaving out pairs that already carry a decision (also decisions
recorded since the build, so a review can be resumed before the next rebuild).
:func:`record_side` turns a record into the fields shown side by side. Presentation
(tables, keys) lives in :mod:`singlelist.cli.review`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from singlelist.model import Record
from singlelist.resolve.cluster import NOT_SAME, SAME
from singlelist.store.db import Snapshot, Store
from singlelist.store.resolution import active_judgements, build_links, build_members, latest_build
from singlelist.store.schema import record_versions, snapshot_records, snapshots

if TYPE_CHECKING:
    from singlelist.api import SingleList

PROPOSAL = "proposal"


@dataclass
class Proposal:
    """One pending link: two record keys, the confidence and the evidence."""

    left: str
    right: str
    confidence: float
    evidence: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"left": self.left, "right": self.right, "confidence": self.confidence,
                "evidence": self.evidence}


def pending(store: Store, limit: int | None = None) -> list[Proposal]:
    """Proposals of the latest build, highest confidence first, without decided pairs."""
    build = latest_build(store)
    if build is None:
        return []
    decided = {(j.left_key, j.right_key) for j in active_judgements(store)}
    found = []
    rows = sorted(build_links(store, build["id"], PROPOSAL),
                  key=lambda r: (-r["confidence"], r["left_key"], r["right_key"]))
    for row in rows:
        pair = tuple(sorted((row["left_key"], row["right_key"])))
        if pair in decided:
            continue
        found.append(Proposal(pair[0], pair[1], row["confidence"], row["evidence"]))
        if limit is not None and len(found) >= limit:
            break
    return found


def latest_record(store: Store, key: str) -> tuple[Snapshot, Record, bool] | None:
    """The latest version of the record ``source:ref``, its snapshot, and whether it is
    still listed in its source's current snapshot."""
    source, _, ref = key.partition(":")
    query = (
        select(snapshot_records.c.snapshot_id, record_versions.c.data)
        .join(record_versions, snapshot_records.c.hash == record_versions.c.hash)
        .join(snapshots, snapshots.c.id == snapshot_records.c.snapshot_id)
        .where(snapshots.c.source == source, snapshot_records.c.ref == ref)
    )
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    if not rows:
        return None
    history = store.snapshots(source)
    order = {s.id: i for i, s in enumerate(history)}
    snapshot_id, data = max(rows, key=lambda r: order.get(r[0], -1))
    snap = next(s for s in history if s.id == snapshot_id)
    current = store.current_snapshots().get(source)
    return snap, Record.from_dict(data), current is not None and current.id == snapshot_id


def record_side(store: Store, key: str) -> dict[str, Any]:
    """The fields of one record as shown in a review (lists of strings per field)."""
    found = latest_record(store, key)
    if found is None:
        return {"key": key, "missing": True}
    snap, record, listed = found
    addresses = []
    for a in record.addresses:
        parts = [a.text] if a.text else []
        if a.country and a.country.casefold() not in (a.text or "").casefold():
            parts.append(a.country)
        addresses.append(", ".join(parts))
    return {
        "key": key,
        "source": record.source,
        "ref": record.ref,
        "authority": snap.authority,
        "snapshot": f"{snap.data_date} #{snap.id}",
        "listed": listed,
        "kind": record.kind,
        "names": [f"{n.value} ({n.role})" if n.role != "primary" else n.value for n in record.names],
        "programmes": list(record.programmes),
        "birth_dates": list(record.birth_dates),
        "nationalities": list(record.nationalities),
        "countries": list(record.countries),
        "addresses": [a for a in addresses if a],
        "identifiers": [" ".join(p for p in (i.type, i.value, f"({i.country})" if i.country else "") if p)
                        for i in record.identifiers],
        "listed_on": list(record.listed_on),
        "xrefs": [f"{x.relation} {x.source or ''} {x.ref}".replace("  ", " ") for x in record.xrefs],
    }


def iter_pending(store: Store, limit: int | None = None) -> Iterator[tuple[Proposal, dict, dict]]:
    """Each pending proposal with both records' fields, fetched as they are needed."""
    for proposal in pending(store, limit):
        yield proposal, record_side(store, proposal.left), record_side(store, proposal.right)


class Session:
    """One review session: decisions go through the API without rebuilding, and later
    proposals that a decision of this session already settles are recognised.

    ``same`` is recorded on the proposed pair of records; ``not same`` on every record of
    one entity against every record of the other (as ``singlelist unlink`` does), so the
    two entities cannot re-form through another member; ``unsure`` parks the pair.
    """

    def __init__(self, core: SingleList, user: str, comment: str = ""):
        self.core, self.user, self.comment = core, user, comment
        build = latest_build(core.store)
        self.entity_of = build_members(core.store, build["id"]) if build else {}
        self.parent: dict[str, str] = {}
        self.separated: set[frozenset[str]] = set()
        self.decisions: list[dict[str, Any]] = []

    def _entity(self, key: str) -> str:
        node = self.entity_of.get(key, key)
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node

    def settled(self, proposal: Proposal) -> bool:
        """True when a decision of this session already covers this pair."""
        a, b = self._entity(proposal.left), self._entity(proposal.right)
        return a == b or frozenset((a, b)) in self.separated

    def _members(self, key: str) -> list[str]:
        entity = self._entity(key)
        found = [k for k in self.entity_of if self._entity(k) == entity]
        return found or [key]

    def decide(self, proposal: Proposal, judgement: str) -> dict[str, Any]:
        if judgement == NOT_SAME:
            pairs = [(x, y) for x in self._members(proposal.left) for y in self._members(proposal.right)]
            self.separated.add(frozenset((self._entity(proposal.left), self._entity(proposal.right))))
        else:
            pairs = [(proposal.left, proposal.right)]
            if judgement == SAME:
                self.parent[self._entity(proposal.right)] = self._entity(proposal.left)
        recorded = [self.core.judge(x, y, judgement, self.user, self.comment) for x, y in pairs]
        decision = {"left": proposal.left, "right": proposal.right, "judgement": judgement,
                    "user": self.user, "at": recorded[-1].created_at.isoformat(), "pairs": len(pairs)}
        self.decisions.append(decision)
        return decision
