"""The database schema (SQLAlchemy Core), portable between SQLite and PostgreSQL.

- ``snapshots``: one row per load of one source (files, hashes, publication date, counts).
- ``record_versions``: each distinct content of a record, keyed by its content hash, so
  a record unchanged between releases is stored once.
- ``snapshot_records``: which record version a snapshot holds under (source, ref).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(64), nullable=False, index=True),
    Column("authority", Text, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("format", String(64), nullable=False),
    Column("fingerprint", String(64), nullable=False),  # sha256 over the files' hashes
    Column("files", JSON, nullable=False),  # [{"name", "path", "sha256", "size"}]
    Column("published", String(10)),  # ISO date read from the file, if any
    # The date the snapshot speaks for: published, else a date in the file name, else
    # the load date. The current snapshot of a source is the one with the latest.
    Column("data_date", String(10), nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("counts", JSON, nullable=False),  # {"person": n, "organisation": n, ...}
    Index("ix_snapshots_source_fingerprint", "source", "fingerprint", unique=True),
)

record_versions = Table(
    "record_versions",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("source", String(64), nullable=False),
    Column("ref", String(255), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

snapshot_records = Table(
    "snapshot_records",
    metadata,
    Column(
        "snapshot_id",
        Integer,
        ForeignKey("snapshots.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("ref", String(255), primary_key=True),
    Column("hash", String(64), ForeignKey("record_versions.hash"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("topics", String(64), nullable=False),  # comma-separated
    Column("name", Text, nullable=False),
    Index("ix_snapshot_records_ref", "ref"),
)

# --- the single list ---------------------------------------------------------------

judgements = Table(
    "judgements",
    metadata,
    # Human decisions, append-only: a later judgement on the same pair supersedes an
    # earlier one (which gets ``deleted_at``); they are replayed on every rebuild.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("left_key", String(320), nullable=False),
    Column("right_key", String(320), nullable=False),
    Column("judgement", String(16), nullable=False),  # same | not_same | unsure
    Column("user", String(128), nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("deleted_at", DateTime(timezone=True)),
    Index("ix_judgements_pair", "left_key", "right_key"),
)

entity_builds = Table(
    "entity_builds",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("built_at", DateTime(timezone=True), nullable=False),
    Column("fingerprint", String(64), nullable=False),  # inputs: snapshots + judgements
    Column("stats", JSON, nullable=False),
)

entity_members = Table(
    "entity_members",
    metadata,
    # Which entity each record belongs to. Rows of earlier builds are kept, so a record
    # that left every list keeps its last entity, and ids can be carried over.
    Column("build_id", Integer, ForeignKey("entity_builds.id", ondelete="CASCADE"),
           primary_key=True),
    Column("record_key", String(320), primary_key=True),
    Column("entity_id", String(32), nullable=False, index=True),
)

links = Table(
    "links",
    metadata,
    # Evidence that two records are the same subject, from the latest build.
    Column("build_id", Integer, ForeignKey("entity_builds.id", ondelete="CASCADE"),
           primary_key=True),
    Column("left_key", String(320), primary_key=True),
    Column("right_key", String(320), primary_key=True),
    Column("confidence", Float, nullable=False),
    Column("status", String(16), nullable=False),  # auto | proposal | decided | rejected
    Column("evidence", JSON, nullable=False),
)
