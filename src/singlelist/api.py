"""The Python API: one object over the store and the catalog that every front end uses.

The CLI, the HTTP API and the web pages call these methods and only format results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from singlelist.diff import SnapshotDiff, diff_snapshots
from singlelist.fetch import FetchError, default_cache_dir, fetch_source
from singlelist.match import NameIndex, find_mentions
from singlelist.model import TOPIC_TERRORISM, Record
from singlelist.resolve.build import rebuild
from singlelist.resolve.cluster import JUDGEMENTS, NOT_SAME
from singlelist.review import Proposal
from singlelist.review import pending as pending_proposals
from singlelist.screening import hit_dict, load_or_build_index, mention_dict, screen_csv
from singlelist.single import Entity, SingleListView
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import Source, generic_source, load_catalog
from singlelist.store.db import LoadResult, Snapshot, Store
from singlelist.store.resolution import Judgement, previous_assignment, record_judgement

# progress(description, total) -> advance(n); total None when unknown.
ProgressFactory = Callable[[str, int | None], Callable[[int], None]]


def _no_progress(_description: str, _total: int | None) -> Callable[[int], None]:
    return lambda _n: None


class UserError(Exception):
    """A request that cannot be served as asked (unknown source, missing file...)."""


@dataclass(frozen=True)
class Settings:
    """Where singlelist keeps its data; passed in, never read from globals later."""

    db_url: str | None = None
    catalog_file: Path | None = None
    cache_dir: Path | None = None


@dataclass
class UpdateOutcome:
    """What ``update`` did for one source."""

    source: str
    loads: list[LoadResult] = field(default_factory=list)
    error: str | None = None
    downloaded: bool | None = None  # None: read from a mirror; False: 304 not modified

    @property
    def ok(self) -> bool:
        return self.error is None


class SingleList:
    """The core object: catalog + store (+ later the single list and the index)."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.catalog = load_catalog(self.settings.catalog_file)
        self.store = Store(self.settings.db_url)
        self._index: tuple[str, NameIndex, Path] | None = None

    @property
    def cache_dir(self) -> Path:
        return Path(self.settings.cache_dir or default_cache_dir())

    def source(self, source_id: str) -> Source:
        try:
            return self.catalog[source_id]
        except KeyError:
            known = ", ".join(sorted(self.catalog))
            raise UserError(f"unknown source {source_id!r}; known sources: {known}") from None

    # --- ingest ------------------------------------------------------------------

    def update(
        self,
        source_ids: Sequence[str] = (),
        from_dir: Path | None = None,
        progress: ProgressFactory = _no_progress,
    ) -> list[UpdateOutcome]:
        """Download (or read from a local mirror) and load each source.

        With ``from_dir``, every snapshot found for a source is loaded oldest first, so
        history is kept and the newest is current. A failing source is reported in its
        outcome; the others still load.
        """
        selected = [self.source(s) for s in source_ids] or list(self.catalog.values())
        if from_dir is not None and not Path(from_dir).is_dir():
            raise UserError(f"{from_dir}: no such folder")
        outcomes = []
        for source in selected:
            outcome = UpdateOutcome(source.id)
            try:
                if from_dir is not None:
                    snapshots = source.mirror_snapshots(Path(from_dir))
                    if not snapshots:
                        if source_ids:
                            outcome.error = f"no files for {source.id} under {from_dir}"
                        else:
                            continue  # a mirror need not hold every source
                else:
                    snapshots = [self._download(source, progress, outcome)]
                for paths in snapshots:
                    outcome.loads.append(self._load(source, paths, progress))
            except (SourceError, FetchError, UserError) as exc:
                outcome.error = str(exc)
            except Exception as exc:  # a parser bug must not stop the other sources
                outcome.error = f"{source.id}: unexpected {type(exc).__name__}: {exc}"
            outcomes.append(outcome)
        return outcomes

    def _download(
        self, source: Source, progress: ProgressFactory, outcome: UpdateOutcome
    ) -> list[Path]:
        advance: Callable[[int], None] | None = None
        last = 0

        def on_bytes(done: int, total: int | None) -> None:
            nonlocal advance, last
            if advance is None or done < last:
                advance = progress(f"download {source.id}", total)
                last = 0
            advance(done - last)
            last = done

        fetched = fetch_source(
            source.id, source.downloads, self.cache_dir,
            progress=on_bytes,
        )
        outcome.downloaded = fetched.changed
        return fetched.paths

    def _load(self, source: Source, paths: Sequence[Path], progress: ProgressFactory) -> LoadResult:
        label = paths[0].name if len(paths) == 1 else paths[0].parent.name
        return self.store.load(source, paths, progress(f"load {source.id} {label}", None))

    def load(
        self,
        source_id: str,
        paths: Sequence[Path],
        fmt: str | None = None,
        authority: str | None = None,
        topic: str = TOPIC_TERRORISM,
        progress: ProgressFactory = _no_progress,
    ) -> LoadResult:
        """Load explicit files as one snapshot of a catalog source, or of a user-defined
        source read with a generic parser (``fmt`` = ``csv`` or ``ftm``)."""
        if fmt:
            if not authority:
                raise UserError("--authority is required with --format (who publishes this list?)")
            try:
                source = generic_source(source_id, fmt, authority, topic)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        else:
            source = self.source(source_id)
        return self._load(source, [Path(p) for p in paths], progress)

    # --- reading -----------------------------------------------------------------

    def sources_status(self) -> list[dict[str, Any]]:
        """Each catalog source (and each user-defined one loaded) with its current snapshot."""
        current = self.store.current_snapshots()
        history: dict[str, int] = {}
        for snap in self.store.snapshots():
            history[snap.source] = history.get(snap.source, 0) + 1
        rows = []
        for sid in sorted(set(self.catalog) | set(current)):
            source = self.catalog.get(sid)
            snap = current.get(sid)
            rows.append({
                "source": sid,
                "authority": source.authority if source else snap.authority if snap else "",
                "title": source.title if source else snap.title if snap else "",
                "snapshots": history.get(sid, 0),
                "current": snap.to_dict() if snap else None,
            })
        return rows

    def show(self, ref: str, source: str | None = None) -> list[tuple[Snapshot, Record]]:
        """A record by its list reference in the current snapshots."""
        found = self.store.find(ref, source)
        if not found:
            where = f" in {source}" if source else ""
            raise UserError(f"no record with reference {ref!r}{where} in the current snapshots")
        return found

    def diff(self, source: str, from_spec: str | None = None, to_spec: str | None = None) -> SnapshotDiff:
        """Records added, removed and changed between two snapshots of ``source``
        (default: the current snapshot against the one before it)."""
        new = self.store.resolve_snapshot(source, to_spec)
        if from_spec is None:
            history = self.store.snapshots(source)
            earlier = history[: history.index(new)]
            if not earlier:
                raise UserError(f"{source} has only one snapshot up to {new.data_date}: nothing to compare")
            old = earlier[-1]
        else:
            old = self.store.resolve_snapshot(source, from_spec)
        return diff_snapshots(self.store, old, new)

    # --- screening ---------------------------------------------------------------

    def index(self, progress: ProgressFactory = _no_progress) -> tuple[NameIndex, Path]:
        """The name index of the current snapshots (built once, then cached on disk)."""
        fingerprint = self.store.fingerprint()
        if self._index is None or self._index[0] != fingerprint:
            if not self.store.current_snapshots():
                raise UserError("nothing loaded yet: run `singlelist update` first")
            advance: Callable[[int], None] | None = None

            def on_build(done: int, total: int | None) -> None:
                nonlocal advance
                if advance is None:
                    advance = progress("build name index", total)
                advance(1)

            index, path = load_or_build_index(self.store, self.cache_dir, on_build)
            self._index = (fingerprint, index, path)
        return self._index[1], self._index[2]

    def screen(
        self,
        name: str,
        kind: str | None = None,
        topics: Sequence[str] = (),
        sources: Sequence[str] = (),
        threshold: float | None = None,
        limit: int = 10,
    ) -> list[dict[str, Any]]:
        """Listed subjects whose names match ``name``, best first, each with its score,
        the listed name that matched, and an explanation."""
        index, _path = self.index()
        hits = index.search(name, kind=kind, topics=topics or None, sources=sources or None,
                            threshold=threshold, limit=limit)
        return [hit_dict(hit) for hit in hits]

    def screen_text(
        self,
        text: str,
        sources: Sequence[str] = (),
        topics: Sequence[str] = (),
        threshold: float | None = None,
    ) -> list[dict[str, Any]]:
        """Mentions of listed subjects in free text, with character offsets."""
        index, _path = self.index()
        mentions = find_mentions(text, index, sources=sources or None, topics=topics or None,
                                 threshold=threshold)
        return [mention_dict(m) for m in mentions]

    def screen_csv(
        self,
        source: TextIO,
        out: TextIO,
        column: str,
        kind_column: str | None = None,
        kind: str | None = None,
        topics: Sequence[str] = (),
        sources: Sequence[str] = (),
        threshold: float | None = None,
        limit: int = 3,
        workers: int | None = None,
        progress: ProgressFactory = _no_progress,
    ) -> dict[str, int]:
        """Screen one column of a CSV stream; writes the input plus the best hits."""
        _index, path = self.index(progress)
        options = {"kind": kind, "topics": list(topics) or None, "sources": list(sources) or None,
                   "threshold": threshold, "limit": limit}
        try:
            return screen_csv(path, source, out, column, kind_column, options, workers,
                              progress("screen rows", None))
        except ValueError as exc:
            raise UserError(str(exc)) from None

    # --- the single list ---------------------------------------------------------

    def resolve(self, force: bool = False) -> dict[str, Any]:
        """Build the single list from every record loaded (skipped when nothing changed)."""
        if not self.store.snapshots():
            raise UserError("nothing loaded yet: run `singlelist update` first")
        return rebuild(self.store, force=force)

    def single_list(self) -> SingleListView:
        """The current single list, rebuilt first if snapshots or decisions changed."""
        self.resolve()
        return SingleListView.load(self.store)

    def entities(self, id_or_ref: str) -> list[Entity]:
        found = self.single_list().find(id_or_ref)
        if not found:
            raise UserError(f"no entity or listing {id_or_ref!r} in the single list")
        return found

    def _record_keys(self, view: SingleListView, spec: str) -> list[str]:
        """Record keys meant by ``spec``: an entity id (all its records), ``source:ref``,
        or a reference that only one list uses."""
        found = view.find(spec)
        if spec in view.entities:
            return [f"{d.source}:{d.ref}" for d in found[0].designations]
        keys = sorted({f"{d.source}:{d.ref}" for e in found for d in e.designations
                       if spec.casefold() in (d.ref.casefold(), f"{d.source}:{d.ref}".casefold())})
        if not keys:
            raise UserError(f"no record or entity {spec!r}")
        if len(keys) > 1:
            raise UserError(f"{spec!r} is ambiguous, name one of: {', '.join(keys)}")
        return keys

    def decide(self, a: str, b: str, judgement: str, user: str, comment: str = "") -> dict[str, Any]:
        """Record a human decision on two records or entities, then rebuild.

        ``same`` links one record of each side; ``not_same`` separates every record of one
        side from every record of the other (so a split cannot re-form through another
        member); ``unsure`` parks the pair.
        """
        if judgement not in JUDGEMENTS:
            raise UserError(f"unknown judgement {judgement!r}; use one of {', '.join(JUDGEMENTS)}")
        view = self.single_list()
        left, right = self._record_keys(view, a), self._record_keys(view, b)
        if set(left) & set(right):
            raise UserError(f"{a} and {b} name the same record")
        pairs = [(x, y) for x in left for y in right] if judgement == NOT_SAME else [(left[0], right[0])]
        for x, y in pairs:
            record_judgement(self.store, x, y, judgement, user, comment)
        return {"judgement": judgement, "pairs": len(pairs), **self.resolve()}

    def proposals(self, limit: int | None = None) -> list[Proposal]:
        """Links waiting for a person (``singlelist review``), best first; the single list
        is brought up to date first, and pairs already decided are left out."""
        self.resolve()
        return pending_proposals(self.store, limit)

    def judge(self, left_key: str, right_key: str, judgement: str, user: str,
              comment: str = "") -> Judgement:
        """Record a decision on two record keys (``source:ref``) *without* rebuilding, so a
        review session can record many and rebuild once (:meth:`resolve`) at the end."""
        if judgement not in JUDGEMENTS:
            raise UserError(f"unknown judgement {judgement!r}; use one of {', '.join(JUDGEMENTS)}")
        if left_key == right_key:
            raise UserError(f"{left_key} is one record")
        return record_judgement(self.store, left_key, right_key, judgement, user, comment)

    def entity_diff(self, from_spec: str | None = None, to_spec: str | None = None) -> dict[str, Any]:
        """Single-list entities that gained or lost a designation between two dates.

        The designations at a date are those of each source's snapshot current then (the
        latest with a data date on or before it). Default: each source's current snapshot
        against the one before it.
        """
        view = self.single_list()
        members = previous_assignment(self.store)
        history: dict[str, list[Snapshot]] = {}
        for snap in self.store.snapshots():
            history.setdefault(snap.source, []).append(snap)

        def state(spec: str | None, before: bool) -> dict[str, Snapshot]:
            chosen = {}
            for source, snaps in history.items():
                if spec is None:
                    # a source with one snapshot has no "before": it shows no change
                    pick = snaps[-2] if before and len(snaps) > 1 else snaps[-1]
                else:
                    earlier = [s for s in snaps if s.data_date[: len(spec)] <= spec]
                    pick = earlier[-1] if earlier else None
                if pick is not None:
                    chosen[source] = pick
            return chosen

        def designations(snaps: dict[str, Snapshot]) -> dict[str, set[str]]:
            by_entity: dict[str, set[str]] = {}
            for source, snap in snaps.items():
                for ref in self.store.record_hashes(snap.id):
                    key = f"{source}:{ref}"
                    by_entity.setdefault(members.get(key, key), set()).add(key)
            return by_entity

        old = designations(state(from_spec, before=to_spec is None and from_spec is None))
        new = designations(state(to_spec, before=False))
        rows = []
        for entity_id in sorted(old.keys() | new.keys()):
            gained = sorted(new.get(entity_id, set()) - old.get(entity_id, set()))
            lost = sorted(old.get(entity_id, set()) - new.get(entity_id, set()))
            if gained or lost:
                entity = view.entities.get(entity_id)
                rows.append({"id": entity_id, "name": entity.name if entity else entity_id,
                             "kind": entity.kind if entity else "", "gained": gained, "lost": lost})
        return {"from": from_spec or "previous snapshots", "to": to_spec or "current snapshots",
                "counts": {"entities": len(rows), "gained": sum(bool(r["gained"]) for r in rows),
                           "lost": sum(bool(r["lost"]) for r in rows)},
                "entities": rows}
