"""The single list: entities built from the latest resolution, with their designations.

An :class:`Entity` groups the records of different lists that are the same subject; each
record is one :class:`Designation` (who lists it, under which programme, since when, and
whether it is still listed). :class:`SingleListView` loads a build into memory and
answers the questions of the ``list``, ``entity``, ``compare`` and ``export`` commands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from singlelist.model import ORIGINAL, PRIMARY, TOPIC_TERRORISM, Record
from singlelist.resolve.build import collect
from singlelist.store.db import Snapshot, Store
from singlelist.store.resolution import build_members, latest_build

# Whose primary name becomes an entity's canonical name, first found wins.
NAME_PRIORITY = ("un-sc", "eu-fsf", "gb-ofsi", "us-ofac-sdn", "us-ofac-cons", "au-dfat", "ca-sema",
                 "ae-local")


@dataclass
class Designation:
    """One record of one list, seen as a designation of an entity."""

    source: str
    ref: str
    authority: str
    programmes: list[str]
    listed_on: str | None
    topics: list[str]
    active: bool  # still on the source's current snapshot
    snapshot: Snapshot
    record: Record

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "ref": self.ref,
            "authority": self.authority,
            "programmes": self.programmes,
            "listed_on": self.listed_on,
            "topics": self.topics,
            "listed": self.active,
            "snapshot": {"id": self.snapshot.id, "data_date": self.snapshot.data_date,
                         "files": [f["name"] for f in self.snapshot.files]},
        }


@dataclass
class Entity:
    """One subject of the single list."""

    id: str
    kind: str
    name: str
    designations: list[Designation] = field(default_factory=list)

    @property
    def active(self) -> list[Designation]:
        return [d for d in self.designations if d.active]

    @property
    def sources(self) -> set[str]:
        """Lists that currently designate this entity."""
        return {d.source for d in self.active}

    @property
    def topics(self) -> set[str]:
        return {t for d in self.active for t in d.topics}

    def names(self) -> list[dict[str, Any]]:
        """Every name, once, with its script and the lists that give it."""
        seen: dict[str, dict[str, Any]] = {}
        for d in self.designations:
            for name in d.record.names:
                key = name.value.casefold()
                if key not in seen:
                    seen[key] = {"name": name.value, "script": name.script, "lang": name.lang,
                                 "roles": set(), "sources": set()}
                seen[key]["roles"].add(name.role)
                seen[key]["sources"].add(f"{d.source}:{d.ref}")
        out = []
        for item in seen.values():
            out.append({**item, "roles": sorted(item["roles"]), "sources": sorted(item["sources"])})
        return out

    def associations(self) -> list[dict[str, Any]]:
        """Other listings the lists cite about this entity (``Associated with ... (QDe.004)``)."""
        found = []
        for d in self.designations:
            for xref in d.record.xrefs:
                if xref.relation != "same":
                    found.append({"source": xref.source, "ref": xref.ref, "text": xref.text,
                                  "cited_by": f"{d.source}:{d.ref}"})
        return found

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "names": sorted({n["name"] for n in self.names()} - {self.name}),
            "designations": [
                {k: v for k, v in d.to_dict().items() if k in
                 ("source", "ref", "authority", "programmes", "listed_on", "listed")}
                for d in self.active
            ],
        }


def _canonical_name(records: Sequence[Record]) -> str:
    def rank(record: Record) -> tuple[int, str]:
        order = NAME_PRIORITY.index(record.source) if record.source in NAME_PRIORITY else len(NAME_PRIORITY)
        return order, record.ref

    for record in sorted(records, key=rank):
        for name in record.names:
            if name.role == PRIMARY and name.script == "Latin":
                return name.value
    for record in sorted(records, key=rank):
        for name in record.names:
            if name.role != ORIGINAL:
                return name.value
    return records[0].name


def _kind(records: Sequence[Record]) -> str:
    kinds = [r.kind for r in records]
    return max(set(kinds), key=kinds.count)


class SingleListView:
    """A build of the single list, in memory."""

    def __init__(self, entities: dict[str, Entity], build: dict[str, Any]):
        self.entities = entities
        self.build = build
        self.by_ref: dict[str, list[str]] = defaultdict(list)
        for entity in entities.values():
            for d in entity.designations:
                self.by_ref[d.ref.casefold()].append(entity.id)
                self.by_ref[f"{d.source}:{d.ref}".casefold()].append(entity.id)

    @classmethod
    def load(cls, store: Store) -> SingleListView:
        build = latest_build(store)
        if build is None:
            raise LookupError("the single list has not been built: run `singlelist resolve`")
        members = build_members(store, build["id"])
        records, snapshots, active = collect(store)
        grouped: dict[str, list[str]] = defaultdict(list)
        for key in records:
            if key in members:
                grouped[members[key]].append(key)
        entities = {}
        for entity_id, keys in grouped.items():
            recs = [records[k] for k in keys]
            entity = Entity(entity_id, _kind(recs), _canonical_name(recs))
            for key in sorted(keys):
                record, snap = records[key], snapshots[key]
                entity.designations.append(Designation(
                    source=record.source, ref=record.ref, authority=snap.authority,
                    programmes=record.programmes,
                    listed_on=min(record.listed_on) if record.listed_on else None,
                    topics=record.topics, active=active[key], snapshot=snap, record=record,
                ))
            entities[entity_id] = entity
        return cls(entities, build)

    def find(self, id_or_ref: str) -> list[Entity]:
        """Entities by id, by ``source:ref`` or by a list reference (``QDe.137``)."""
        if id_or_ref in self.entities:
            return [self.entities[id_or_ref]]
        ids = dict.fromkeys(self.by_ref.get(id_or_ref.casefold(), []))
        return [self.entities[i] for i in ids]

    def select(
        self,
        topic: str | None = TOPIC_TERRORISM,
        kind: str | None = "organisation",
        listed_by: Iterable[str] = (),
        not_listed_by: Iterable[str] = (),
        min_authorities: int = 1,
    ) -> list[Entity]:
        """Entities currently designated, filtered; sorted by name."""
        listed_by, not_listed_by = set(listed_by), set(not_listed_by)
        chosen = []
        for entity in self.entities.values():
            active = [d for d in entity.active if topic is None or topic in d.topics]
            sources = {d.source for d in active}
            if not active or len(sources) < min_authorities:
                continue
            if kind and entity.kind != kind:
                continue
            if listed_by - sources or not_listed_by & sources:
                continue
            chosen.append(entity)
        return sorted(chosen, key=lambda e: (e.name.casefold(), e.id))
