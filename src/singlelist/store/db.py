"""The snapshot store: every load of a source is a snapshot, loaded in one transaction.

SQLite file by default (``$SINGLELIST_DB`` or the user's data directory), PostgreSQL by
URL. Records keep their identity across snapshots by (source, ref); identical record
contents are stored once (``record_versions``) and shared between snapshots.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import Connection

from singlelist.model import Record
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import Source, date_in_name
from singlelist.store.schema import metadata, record_versions, snapshot_records, snapshots

BATCH = 2000


def default_url() -> str:
    """``$SINGLELIST_DB``, else a SQLite file in the user's data directory."""
    env = os.environ.get("SINGLELIST_DB")
    if env:
        return env if "://" in env else f"sqlite:///{Path(env).expanduser().resolve()}"
    folder = Path(user_data_dir("singlelist", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'singlelist.sqlite'}"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def record_hash(data: dict[str, Any]) -> str:
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """One load of one source."""

    id: int
    source: str
    authority: str
    title: str
    format: str
    fingerprint: str
    files: list[dict[str, Any]]
    published: str | None
    data_date: str
    loaded_at: datetime
    record_count: int
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        data["loaded_at"] = self.loaded_at.isoformat()
        return data


@dataclass(frozen=True)
class LoadResult:
    snapshot: Snapshot
    skipped: bool  # identical files were loaded before: nothing was written


class Store:
    """The one storage layer. Create with a SQLAlchemy URL (or None for the default)."""

    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = url or default_url()
        self.engine = engine or create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

    # --- loading -----------------------------------------------------------------

    def load(
        self,
        source: Source,
        paths: Sequence[Path],
        progress: Callable[[int], None] | None = None,
    ) -> LoadResult:
        """Parse ``paths`` as one snapshot of ``source`` and store it in one transaction.

        Identical files loaded before, with the same parser, are a no-op. Any error (bad
        file, too few records, interruption) rolls back: the previous snapshot stays
        current.
        """
        paths = [Path(p) for p in paths]
        files = []
        for path in paths:
            if not path.is_file():
                raise SourceError(path, "no such file")
            files.append(
                {"name": path.name, "path": str(path.resolve()), "sha256": sha256_file(path),
                 "size": path.stat().st_size}
            )
        # the files, and what parsing them depends on (a parser fixed since, a catalog
        # that tags other programmes as terrorism): the same files are parsed anew then
        fingerprint = hashlib.sha256(
            "\n".join([*(f"{f['name']}:{f['sha256']}"
                          for f in sorted(files, key=lambda f: f["name"])),
                        f"parser:{source.parser_stamp}"]).encode()
        ).hexdigest()
        existing = self._snapshot_by_fingerprint(source.id, fingerprint)
        if existing is not None:
            return LoadResult(existing, skipped=True)

        parsed = source.parse(paths)
        loaded_at = datetime.now(UTC)
        data_date = parsed.published or date_in_name(paths[0]) or loaded_at.date().isoformat()
        with self.engine.begin() as conn:
            snapshot_id = conn.execute(
                snapshots.insert().values(
                    source=source.id, authority=source.authority, title=source.title,
                    format=parsed.format, fingerprint=fingerprint, files=files,
                    published=parsed.published, data_date=data_date, loaded_at=loaded_at,
                    record_count=0, counts={},
                )
            ).inserted_primary_key[0]
            counts = self._insert_records(conn, snapshot_id, parsed.records, paths[0], progress)
            total = sum(counts.values())
            if total < source.min_records:
                raise SourceError(
                    paths[0],
                    f"only {total} records for {source.id}, expected at least "
                    f"{source.min_records}: wrong file or truncated list",
                )
            conn.execute(
                snapshots.update()
                .where(snapshots.c.id == snapshot_id)
                .values(record_count=total, counts=dict(counts))
            )
        snapshot = self.snapshot(snapshot_id)
        assert snapshot is not None
        return LoadResult(snapshot, skipped=False)

    def _insert_records(
        self,
        conn: Connection,
        snapshot_id: int,
        records: Iterable[Record],
        path: Path,
        progress: Callable[[int], None] | None,
    ) -> Counter[str]:
        counts: Counter[str] = Counter()
        seen_refs: set[str] = set()
        batch: list[tuple[str, Record, dict[str, Any]]] = []

        def flush() -> None:
            hashes = [h for h, _, _ in batch]
            known = set(
                conn.execute(
                    select(record_versions.c.hash).where(record_versions.c.hash.in_(hashes))
                ).scalars()
            )
            fresh = {}
            for digest, record, data in batch:
                if digest not in known and digest not in fresh:
                    fresh[digest] = {"hash": digest, "source": record.source, "ref": record.ref,
                                     "kind": record.kind, "name": record.name, "data": data}
            if fresh:
                conn.execute(record_versions.insert(), list(fresh.values()))
            conn.execute(
                snapshot_records.insert(),
                [{"snapshot_id": snapshot_id, "ref": record.ref, "hash": digest,
                  "kind": record.kind, "topics": ",".join(record.topics), "name": record.name}
                 for digest, record, _ in batch],
            )
            if progress:
                progress(len(batch))
            batch.clear()

        for record in records:
            if record.ref in seen_refs:
                raise SourceError(path, f"reference {record.ref!r} appears twice")
            seen_refs.add(record.ref)
            data = record.to_dict()
            batch.append((record_hash(data), record, data))
            counts[record.kind] += 1
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        return counts

    # --- reading -----------------------------------------------------------------

    def _snapshot_by_fingerprint(self, source: str, fingerprint: str) -> Snapshot | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(snapshots).where(
                    snapshots.c.source == source, snapshots.c.fingerprint == fingerprint
                )
            ).first()
        return _snapshot(row) if row else None

    def snapshot(self, snapshot_id: int) -> Snapshot | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(snapshots).where(snapshots.c.id == snapshot_id)).first()
        return _snapshot(row) if row else None

    def snapshots(self, source: str | None = None) -> list[Snapshot]:
        """All snapshots (of one source), oldest data first."""
        query = select(snapshots).order_by(
            snapshots.c.source, snapshots.c.data_date, snapshots.c.loaded_at
        )
        if source:
            query = query.where(snapshots.c.source == source)
        with self.engine.connect() as conn:
            return [_snapshot(row) for row in conn.execute(query)]

    def current_snapshots(self) -> dict[str, Snapshot]:
        """The current snapshot of each source: the one with the latest data date."""
        current: dict[str, Snapshot] = {}
        for snap in self.snapshots():
            current[snap.source] = snap  # ordered by date, so the last one wins
        return current

    def resolve_snapshot(self, source: str, spec: str | int | None) -> Snapshot:
        """A snapshot of ``source`` by id, by (a prefix of its) data date, or ``None`` for
        the current one. Raises LookupError when there is none."""
        history = self.snapshots(source)
        if not history:
            raise LookupError(f"no snapshot of {source} loaded")
        if spec is None:
            return history[-1]
        spec = str(spec)
        for snap in history:
            if spec == str(snap.id):
                return snap
        matches = [s for s in history if s.data_date.startswith(spec)]
        if not matches:
            raise LookupError(f"no snapshot of {source} matches {spec!r}")
        return matches[-1]

    def records(self, snapshot_id: int) -> Iterator[Record]:
        """The records of one snapshot, by reference."""
        query = (
            select(record_versions.c.data)
            .join(snapshot_records, snapshot_records.c.hash == record_versions.c.hash)
            .where(snapshot_records.c.snapshot_id == snapshot_id)
            .order_by(snapshot_records.c.ref)
        )
        with self.engine.connect() as conn:
            for (data,) in conn.execute(query):
                yield Record.from_dict(data)

    def record_hashes(self, snapshot_id: int) -> dict[str, str]:
        """``ref -> content hash`` for one snapshot (cheap change detection)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(snapshot_records.c.ref, snapshot_records.c.hash).where(
                    snapshot_records.c.snapshot_id == snapshot_id
                )
            )
            return {ref: digest for ref, digest in rows}

    def current_records(self, sources: Iterable[str] | None = None) -> Iterator[tuple[Snapshot, Record]]:
        """Every record of the current snapshot of each (selected) source."""
        wanted = set(sources) if sources else None
        for source, snap in sorted(self.current_snapshots().items()):
            if wanted is not None and source not in wanted:
                continue
            for record in self.records(snap.id):
                yield snap, record

    def latest_records(self) -> Iterator[tuple[Snapshot, Record, bool]]:
        """The latest version of every record ever loaded, with the snapshot it comes from
        and whether it is still listed (present in its source's current snapshot)."""
        history = self.snapshots()
        by_id = {s.id: s for s in history}
        order = {s.id: i for i, s in enumerate(history)}
        current = {s.id for s in self.current_snapshots().values()}
        latest: dict[tuple[str, str], tuple[int, int, str]] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(snapshot_records.c.snapshot_id, snapshot_records.c.ref,
                                       snapshot_records.c.hash))
            for snapshot_id, ref, digest in rows:
                key = (by_id[snapshot_id].source, ref)
                rank = order[snapshot_id]
                if key not in latest or rank > latest[key][0]:
                    latest[key] = (rank, snapshot_id, digest)
            chosen = sorted(latest.values(), key=lambda item: item[2])
            for start in range(0, len(chosen), 1000):
                batch = chosen[start:start + 1000]
                where = {digest: snapshot_id for _rank, snapshot_id, digest in batch}
                query = select(record_versions.c.hash, record_versions.c.data).where(
                    record_versions.c.hash.in_(list(where))
                )
                for digest, data in conn.execute(query):
                    snapshot_id = where[digest]
                    yield by_id[snapshot_id], Record.from_dict(data), snapshot_id in current

    def listings(self) -> Iterator[tuple[int, str, str]]:
        """``(snapshot id, source, ref)`` for every record of every snapshot."""
        query = select(snapshot_records.c.snapshot_id, snapshots.c.source, snapshot_records.c.ref).join(
            snapshots, snapshots.c.id == snapshot_records.c.snapshot_id
        )
        with self.engine.connect() as conn:
            yield from ((row[0], row[1], row[2]) for row in conn.execute(query))

    def find(self, ref: str, source: str | None = None) -> list[tuple[Snapshot, Record]]:
        """Records with reference ``ref`` in the current snapshots (case-insensitive)."""
        current = {s.id: s for s in self.current_snapshots().values()
                   if source is None or s.source == source}
        if not current:
            return []
        query = (
            select(snapshot_records.c.snapshot_id, record_versions.c.data)
            .join(record_versions, snapshot_records.c.hash == record_versions.c.hash)
            .where(
                snapshot_records.c.snapshot_id.in_(list(current)),
                func.lower(snapshot_records.c.ref) == ref.lower(),
            )
        )
        with self.engine.connect() as conn:
            return [(current[sid], Record.from_dict(data)) for sid, data in conn.execute(query)]

    def fingerprint(self) -> str:
        """Identifies the set of current snapshots (for caches such as the name index)."""
        ids = sorted(f"{s.source}:{s.id}:{s.fingerprint}" for s in self.current_snapshots().values())
        return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]


def _snapshot(row: Any) -> Snapshot:
    m = row._mapping
    loaded_at = m["loaded_at"]
    if loaded_at.tzinfo is None:
        loaded_at = loaded_at.replace(tzinfo=UTC)
    return Snapshot(
        id=m["id"], source=m["source"], authority=m["authority"], title=m["title"],
        format=m["format"], fingerprint=m["fingerprint"], files=m["files"],
        published=m["published"], data_date=m["data_date"], loaded_at=loaded_at,
        record_count=m["record_count"], counts=m["counts"] or {},
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
