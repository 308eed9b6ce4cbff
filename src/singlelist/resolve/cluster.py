"""Clustering records into entities, and giving entities ids that last.

Clustering: human "same" decisions merge first; then links at or above the automatic
threshold, strongest kind of evidence first (official cross-references, then shared
identifiers, then names; by confidence within a kind), merge two clusters unless that
would join a pair a person said is "not same", or put together two records of one list
that were listed at the same time (in one snapshot): a list is not merged with itself,
but a listing it replaced by a new reference can join its successor.

Stable ids (the rule for splits and merges): a cluster keeps the id that most of its
records had in the previous build. When an entity splits, the part holding most of its
former records keeps the id (ties: the part whose first record key sorts first); the
other parts get new ids. When entities merge, the merged entity keeps the id of the part
with the most records, and the other ids retire. A new id is derived from the cluster's
first record key (``sl-`` + 10 hex digits), so rebuilding from scratch gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from singlelist.resolve.evidence import Link

SAME = "same"
NOT_SAME = "not_same"
UNSURE = "unsure"
JUDGEMENTS = (SAME, NOT_SAME, UNSURE)


class Clusters:
    """Union-find over record keys that remembers each cluster's sources and vetoes."""

    def __init__(self, keys: Iterable[str], slots: Mapping[str, Iterable[str]]):
        """``slots[key]``: where the record was listed (snapshot ids); two clusters
        sharing a slot cannot merge."""
        self.parent = {k: k for k in keys}
        self.members: dict[str, set[str]] = {k: {k} for k in self.parent}
        self.slots: dict[str, set[str]] = {
            k: {slots[k]} if isinstance(slots[k], str) else set(slots[k]) for k in self.parent
        }
        self.vetoes: dict[str, set[str]] = defaultdict(set)

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def veto(self, a: str, b: str) -> None:
        self.vetoes[a].add(b)
        self.vetoes[b].add(a)

    def can_merge(self, a: str, b: str, allow_same_source: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if not allow_same_source and not self.slots[ra].isdisjoint(self.slots[rb]):
            return False
        small, big = sorted((ra, rb), key=lambda r: len(self.members[r]))
        return not any(self.find(v) == big for m in self.members[small] for v in self.vetoes.get(m, ()))

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.slots[ra] |= self.slots.pop(rb)

    def groups(self) -> list[list[str]]:
        return [sorted(members) for members in self.members.values()]


def evidence_rank(link: Link) -> int:
    """2 for an official cross-reference, 1 for a shared identifier, 0 for names."""
    features = {e.get("feature") for e in link.evidence}
    return 2 if "cross_reference" in features else 1 if "shared_identifier" in features else 0


def cluster(
    keys: Iterable[str],
    slots: Mapping[str, Iterable[str]],
    links: Iterable[Link],
    judgements: Mapping[tuple[str, str], str],
    auto_threshold: float,
) -> list[list[str]]:
    """Group record keys into entities (see the module docstring for the rules).

    ``slots[key]`` says where each record was listed (e.g. ``{"snapshot 12"}``, or just
    its source id to forbid any two records of one list together)."""
    clusters = Clusters(keys, slots)
    for (a, b), judgement in judgements.items():
        if judgement == NOT_SAME and a in clusters.parent and b in clusters.parent:
            clusters.veto(a, b)
    for (a, b), judgement in sorted(judgements.items()):
        known = a in clusters.parent and b in clusters.parent
        if judgement == SAME and known and clusters.can_merge(a, b, allow_same_source=True):
            clusters.union(a, b)
    ordered = sorted(links, key=lambda link: (-evidence_rank(link), -link.confidence, link.left, link.right))
    for link in ordered:
        if link.confidence < auto_threshold:
            continue
        if judgements.get((link.left, link.right)) in (NOT_SAME, UNSURE):
            continue
        if clusters.can_merge(link.left, link.right):
            clusters.union(link.left, link.right)
    return sorted(clusters.groups())


def new_entity_id(first_key: str, taken: set[str]) -> str:
    salt = 0
    while True:
        digest = hashlib.sha1(f"{first_key}#{salt}".encode()).hexdigest()[:10]
        candidate = f"sl-{digest}"
        if candidate not in taken:
            return candidate
        salt += 1


def assign_ids(groups: list[list[str]], previous: Mapping[str, str]) -> dict[str, str]:
    """``record key -> entity id`` for the new groups, carrying ids over from ``previous``."""
    claims = []
    for index, group in enumerate(groups):
        counts = Counter(previous[k] for k in group if k in previous)
        for entity_id, count in counts.items():
            claims.append((-count, group[0], index, entity_id))
    claimed: dict[int, str] = {}
    used: set[str] = set()
    for _neg_count, _first, index, entity_id in sorted(claims):
        if index in claimed or entity_id in used:
            continue
        claimed[index] = entity_id
        used.add(entity_id)
    taken = used | set(previous.values())
    assignment = {}
    for index, group in enumerate(groups):
        entity_id = claimed.get(index)
        if entity_id is None:
            entity_id = new_entity_id(group[0], taken)
            taken.add(entity_id)
        for key in group:
            assignment[key] = entity_id
    return assignment
