"""Shared fixtures: the real corpus (``SINGLELIST_CORPUS``) and our own small fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "lists"


def corpus_path() -> Path:
    return Path(os.environ.get("SINGLELIST_CORPUS") or DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real official list files; tests using it skip where it is absent."""
    path = corpus_path()
    if not (path / "SOURCES.md").exists():
        pytest.skip(
            f"real list corpus not found at {path} (set SINGLELIST_CORPUS to the folder "
            "holding un/, us-ofac/, gb-ofsi/ ...)"
        )
    return path


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """Our own small files in each official format."""
    return FIXTURES


@pytest.fixture(scope="session")
def corpus_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every list of the corpus loaded once for the whole session: ``{"db", "cache"}``.

    Read-only for tests: copy the database file before changing it.
    """
    from singlelist.api import Settings, SingleList

    folder = tmp_path_factory.mktemp("corpus-store")
    paths = {"db": folder / "db.sqlite", "cache": folder / "cache"}
    core = SingleList(Settings(db_url=f"sqlite:///{paths['db']}", cache_dir=paths["cache"]))
    outcomes = core.update(from_dir=corpus)
    failed = [o.error for o in outcomes if not o.ok]
    assert not failed, failed
    return paths
