"""What changed between two snapshots of a source: records added, removed and changed.

Records are matched by (source, ref); unchanged records are found without reading them
(their content hashes are equal). A change lists each field that differs: for list
fields the items added and removed, for single values old -> new. The raw source
fields are left out: every meaningful change shows in the parsed fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from singlelist.model import Record
from singlelist.store.db import Snapshot, Store

IGNORED_FIELDS = ("raw", "source", "ref")


@dataclass
class FieldChange:
    field: str
    old: Any = None
    new: Any = None
    added: list[Any] = field(default_factory=list)
    removed: list[Any] = field(default_factory=list)


@dataclass
class RecordChange:
    ref: str
    name: str
    kind: str
    changes: list[FieldChange]


@dataclass
class SnapshotDiff:
    source: str
    old: Snapshot
    new: Snapshot
    added: list[Record]
    removed: list[Record]
    changed: list[RecordChange]

    def to_dict(self) -> dict[str, Any]:
        def brief(record: Record) -> dict[str, Any]:
            return {"ref": record.ref, "name": record.name, "kind": record.kind,
                    "programmes": record.programmes, "listed_on": record.listed_on}

        return {
            "source": self.source,
            "from": self.old.to_dict(),
            "to": self.new.to_dict(),
            "counts": {"added": len(self.added), "removed": len(self.removed),
                       "changed": len(self.changed)},
            "added": [brief(r) for r in self.added],
            "removed": [brief(r) for r in self.removed],
            "changed": [
                {"ref": c.ref, "name": c.name, "kind": c.kind,
                 "changes": [{k: v for k, v in vars(f).items() if v not in (None, [])}
                             for f in c.changes]}
                for c in self.changed
            ],
        }


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def record_changes(old: Record, new: Record) -> list[FieldChange]:
    """Field-by-field differences between two versions of one record."""
    before, after = old.to_dict(), new.to_dict()
    changes = []
    for name in before:
        if name in IGNORED_FIELDS or before[name] == after.get(name):
            continue
        a, b = before[name], after.get(name)
        if isinstance(a, list) and isinstance(b, list):
            a_keys, b_keys = {_key(x) for x in a}, {_key(x) for x in b}
            added = [x for x in b if _key(x) not in a_keys]
            removed = [x for x in a if _key(x) not in b_keys]
            if added or removed:
                changes.append(FieldChange(name, added=added, removed=removed))
            # same items in another order is not a change worth reporting
        else:
            changes.append(FieldChange(name, old=a, new=b))
    return changes


def diff_snapshots(store: Store, old: Snapshot, new: Snapshot) -> SnapshotDiff:
    """Compare two snapshots of one source."""
    old_hashes, new_hashes = store.record_hashes(old.id), store.record_hashes(new.id)
    added_refs = new_hashes.keys() - old_hashes.keys()
    removed_refs = old_hashes.keys() - new_hashes.keys()
    changed_refs = {r for r in old_hashes.keys() & new_hashes.keys() if old_hashes[r] != new_hashes[r]}
    old_records = {r.ref: r for r in store.records(old.id) if r.ref in removed_refs | changed_refs}
    new_records = {r.ref: r for r in store.records(new.id) if r.ref in added_refs | changed_refs}
    changed = []
    for ref in sorted(changed_refs):
        changes = record_changes(old_records[ref], new_records[ref])
        if changes:
            changed.append(RecordChange(ref, new_records[ref].name, new_records[ref].kind, changes))
    return SnapshotDiff(
        source=new.source, old=old, new=new,
        added=sorted((new_records[r] for r in added_refs), key=lambda r: r.ref),
        removed=sorted((old_records[r] for r in removed_refs), key=lambda r: r.ref),
        changed=changed,
    )
