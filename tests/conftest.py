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
