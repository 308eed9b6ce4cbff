"""Screening over the store: the name index of the current snapshots, cached on disk.

Turns records into :class:`singlelist.match.IndexEntry` objects, builds the index once
per set of current snapshots (and vocabulary files), keeps it in the cache folder, and
answers name, file and text queries. Hits and mentions become plain dicts here, so every
front end (CLI, HTTP, pages) shows the same fields.
"""

from __future__ import annotations

import csv
import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, TextIO

from singlelist import match as match_package
from singlelist.match import Hit, IndexEntry, Mention, NameIndex
from singlelist.match.index import FORMAT_VERSION
from singlelist.match.vocabulary import vocabulary_paths
from singlelist.model import Record
from singlelist.store.db import Store

CSV_CHUNK = 1000
CHUNKS_IN_FLIGHT = 4  # per worker
HIT_COLUMNS = ("match_score", "match_name", "match_entity", "match_source", "match_ref",
               "match_kind", "match_programmes", "match_explanation", "other_matches")


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


def hit_dict(hit: Hit) -> dict[str, Any]:
    """A hit as every front end shows it."""
    data = hit.entry.data
    return {
        "source": data.get("source"),
        "ref": data.get("ref"),
        "score": round(hit.score.value, 4),
        "name": hit.entry.caption,
        "matched_name": hit.matched_name,
        "kind": hit.entry.kind,
        "programmes": data.get("programmes", []),
        "authority": data.get("authority", ""),
        "explanation": hit.score.explanation,
        "features": {k: round(v, 4) for k, v in hit.score.features.items()},
    }


def mention_dict(mention: Mention) -> dict[str, Any]:
    data = mention.entry.data
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "source": data.get("source"),
        "ref": data.get("ref"),
        "name": mention.entry.caption,
        "matched_name": mention.matched_name,
        "kind": mention.entry.kind,
        "score": round(mention.score, 4),
        "explanation": mention.explanation,
    }


def _matcher_stamp() -> str:
    """What the prepared names of an index depend on: its file format, the matching
    code and the vocabulary files (a change to any of them builds the index anew)."""
    digest = hashlib.sha256(f"index-format-{FORMAT_VERSION}".encode())
    code = sorted(Path(match_package.__file__).parent.glob("*.py"))
    for path in [*code, *map(Path, vocabulary_paths())]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def index_path(store: Store, cache_dir: Path) -> Path:
    """Where the index of the store's current snapshots is cached."""
    return cache_dir / "index" / f"names-{store.fingerprint()}-{_matcher_stamp()}.pkl"


def load_or_build_index(
    store: Store, cache_dir: Path, progress: Callable[[int, int | None], None] | None = None
) -> tuple[NameIndex, Path]:
    """The name index over every record of the current snapshots, from the cache when
    it is there (it is rebuilt when a snapshot or the vocabulary changes)."""
    path = index_path(store, cache_dir)
    if path.exists():
        try:
            return NameIndex.load(path), path
        except (ValueError, EOFError, OSError):
            path.unlink(missing_ok=True)  # stale or partial: build it again
    authorities = {s.source: s.authority for s in store.current_snapshots().values()}
    entries = [index_entry(record, authorities.get(snap.source, ""))
               for snap, record in store.current_records()]
    index = NameIndex.build(entries, progress=progress)
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("names-*.pkl"):
        old.unlink(missing_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    index.save(tmp)
    os.replace(tmp, path)
    return index, path


# --- CSV screening, on every core ---------------------------------------------------

_worker_index: NameIndex | None = None
_worker_options: dict[str, Any] = {}


def _init_worker(path: str, options: dict[str, Any]) -> None:
    global _worker_index, _worker_options
    _worker_index = NameIndex.load(path)
    _worker_options = options
    _cached_columns.cache_clear()


@lru_cache(maxsize=200_000)
def _cached_columns(name: str, kind: str | None) -> tuple[str, ...]:
    # customer files repeat names: each distinct (name, kind) is searched once per worker
    assert _worker_index is not None
    return tuple(_hit_columns(_worker_index, name, kind, _worker_options))


def _screen_rows(rows: list[tuple[str, str | None]]) -> list[list[str]]:
    return [list(_cached_columns(" ".join(name.split()), kind)) for name, kind in rows]


def _hit_columns(index: NameIndex, name: str, kind: str | None, options: dict[str, Any]) -> list[str]:
    hits = index.search(name, kind=kind or options.get("kind"), topics=options.get("topics"),
                        sources=options.get("sources"), threshold=options.get("threshold"),
                        limit=options.get("limit", 3)) if name.strip() else []
    if not hits:
        return [""] * len(HIT_COLUMNS)
    best = hits[0]
    data = best.entry.data
    others = "; ".join(f"{h.entry.data.get('source')}:{h.entry.data.get('ref')} "
                       f"{h.entry.caption} ({h.score.value:.2f})" for h in hits[1:])
    return [f"{best.score.value:.4f}", best.matched_name, best.entry.caption, str(data.get("source")),
            str(data.get("ref")), best.entry.kind, "; ".join(data.get("programmes", [])),
            best.score.explanation, others]


def _chunks(reader: Iterator[dict[str, str]], column: str, kind_column: str | None,
            buffer: list[list[dict[str, str]]]) -> Iterator[list[tuple[str, str | None]]]:
    while True:
        rows = list(islice(reader, CSV_CHUNK))
        if not rows:
            return
        buffer.append(rows)
        yield [(row.get(column) or "", (row.get(kind_column) or None) if kind_column else None)
               for row in rows]


def screen_csv(
    index_file: Path,
    source: TextIO,
    out: TextIO,
    column: str,
    kind_column: str | None = None,
    options: dict[str, Any] | None = None,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Stream a CSV, screen the ``column`` of every row, write the input columns plus
    the best hit (and the next ones in ``other_matches``). Uses every core."""
    options = options or {}
    reader = csv.DictReader(source)
    fields = reader.fieldnames or []
    for wanted in filter(None, (column, kind_column)):
        if wanted not in fields:
            raise ValueError(f"no column {wanted!r} in the CSV header (columns: {', '.join(fields)})")
    writer = csv.writer(out)
    writer.writerow([*fields, *HIT_COLUMNS])
    workers = workers or os.cpu_count() or 1
    pending: list[list[dict[str, str]]] = []
    counts = {"rows": 0, "with_hits": 0}

    def write(results: Iterable[list[list[str]]]) -> None:
        for chunk_result in results:
            rows = pending.pop(0)
            for row, hit in zip(rows, chunk_result, strict=True):
                writer.writerow([*(row.get(f, "") for f in fields), *hit])
                counts["rows"] += 1
                counts["with_hits"] += bool(hit[0])
            if progress:
                progress(len(rows))

    chunks = _chunks(reader, column, kind_column, pending)
    if workers == 1:
        _init_worker(str(index_file), options)
        write(_screen_rows(chunk) for chunk in chunks)
        return counts
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, _init_worker, (str(index_file), options)) as pool:
        # a bounded window of chunks in flight keeps memory flat on huge files; it
        # slides (a chunk is sent as soon as the oldest is written), so no worker waits
        # for the slowest chunk of a batch, nor for rows being read and written
        in_flight: deque[AsyncResult] = deque()
        for chunk in chunks:
            in_flight.append(pool.apply_async(_screen_rows, (chunk,)))
            if len(in_flight) >= workers * CHUNKS_IN_FLIGHT:
                write([in_flight.popleft().get()])
        write(result.get() for result in in_flight)
    return counts
