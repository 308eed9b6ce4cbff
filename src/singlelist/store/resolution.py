"""Storage of the single list: human judgements, entity builds, members and links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from singlelist.store.db import Store
from singlelist.store.schema import entity_builds, entity_members, judgements, links


@dataclass(frozen=True)
class Judgement:
    left_key: str
    right_key: str
    judgement: str
    user: str
    comment: str
    created_at: datetime


def record_judgement(store: Store, a: str, b: str, judgement: str, user: str, comment: str = "") -> Judgement:
    """Append a decision on a pair; it supersedes any earlier decision on the same pair."""
    left, right = sorted((a, b))
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            judgements.update()
            .where(judgements.c.left_key == left, judgements.c.right_key == right,
                   judgements.c.deleted_at.is_(None))
            .values(deleted_at=now)
        )
        conn.execute(judgements.insert().values(
            left_key=left, right_key=right, judgement=judgement, user=user, comment=comment,
            created_at=now,
        ))
    return Judgement(left, right, judgement, user, comment, now)


def active_judgements(store: Store) -> list[Judgement]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(judgements).where(judgements.c.deleted_at.is_(None)).order_by(judgements.c.id)
        )
        return [Judgement(r.left_key, r.right_key, r.judgement, r.user, r.comment, r.created_at)
                for r in rows]


def latest_build(store: Store) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(entity_builds).order_by(entity_builds.c.id.desc()).limit(1)).first()
    return dict(row._mapping) if row else None


def previous_assignment(store: Store) -> dict[str, str]:
    """``record key -> entity id`` as last assigned, over all builds (latest wins)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(entity_members.c.record_key, entity_members.c.entity_id)
            .order_by(entity_members.c.build_id)
        )
        return {key: entity_id for key, entity_id in rows}


def build_members(store: Store, build_id: int) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(entity_members.c.record_key, entity_members.c.entity_id)
            .where(entity_members.c.build_id == build_id)
        )
        return {key: entity_id for key, entity_id in rows}


def save_build(
    store: Store,
    fingerprint: str,
    stats: dict[str, Any],
    assignment: dict[str, str],
    link_rows: Iterable[dict[str, Any]],
) -> int:
    """Write one build (members and links) in one transaction; older builds' links go."""
    with store.engine.begin() as conn:
        build_id = conn.execute(entity_builds.insert().values(
            built_at=datetime.now(UTC), fingerprint=fingerprint, stats=stats,
        )).inserted_primary_key[0]
        rows = [{"build_id": build_id, "record_key": k, "entity_id": e} for k, e in assignment.items()]
        for start in range(0, len(rows), 5000):
            conn.execute(entity_members.insert(), rows[start:start + 5000])
        link_list = [{"build_id": build_id, **row} for row in link_rows]
        for start in range(0, len(link_list), 5000):
            conn.execute(links.insert(), link_list[start:start + 5000])
        conn.execute(links.delete().where(links.c.build_id != build_id))
    return build_id


def build_links(store: Store, build_id: int, status: str | None = None) -> list[dict[str, Any]]:
    query = select(links).where(links.c.build_id == build_id)
    if status:
        query = query.where(links.c.status == status)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query.order_by(links.c.confidence.desc()))]
