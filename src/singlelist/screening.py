"""Screening over the store: the name index of the current snapshots, cached on disk.

Turns records into :class:`singlelist.match.IndexEntry` objects, builds the index once
per set of snapshots (and vocabulary), and answers name, file and text queries.
"""

from __future__ import annotations

from singlelist.match import IndexEntry
from singlelist.model import Record


def index_entry(record: Record, authority: str = "") -> IndexEntry:
    """The index entry of one record: its names with their roles, and what to show."""
    return IndexEntry(
        id=record.key,
        kind=record.kind,
        names=[(name.value, name.role) for name in record.names],
        topics=frozenset(record.topics),
        sources=frozenset([record.source]),
        caption=record.name,
        data={"source": record.source, "ref": record.ref, "programmes": record.programmes,
              "authority": authority, "listed_on": record.listed_on},
    )
