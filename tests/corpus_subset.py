"""A store of three real lists (UN, UK OFSI, Australia DFAT), loaded and resolved once.

Shared by the compare and export tests: the first caller builds it (~40 s load, ~50 s
resolve), later callers in the same session reuse the database file. Read-only for tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SUBSET = ("un-sc", "gb-ofsi", "au-dfat")
_built: dict[str, Path] = {}


def subset_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database URL of the resolved three-list store."""
    from singlelist.api import Settings, SingleList

    if "db" not in _built:
        path = tmp_path_factory.mktemp("corpus-subset") / "db.sqlite"
        core = SingleList(Settings(db_url=f"sqlite:///{path}"))
        outcomes = core.update(list(SUBSET), from_dir=corpus)
        assert all(o.ok for o in outcomes), [o.error for o in outcomes]
        core.resolve()
        _built["db"] = path
    return f"sqlite:///{_built['db']}"
