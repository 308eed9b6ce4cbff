"""singlelist: one traceable list of designated terrorist organisations and sanctioned
parties, built from every authority's own published list, and a screening engine over it.

The Python API is :class:`singlelist.api.SingleList` (``SingleList(Settings(db_url=...))``);
:func:`screen` and :func:`screen_text` are shortcuts over the default store
(``$SINGLELIST_DB`` or the user's data directory), or the one named by ``db``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from singlelist.api import SingleList

__version__ = "0.1.0"
__all__ = ["__version__", "screen", "screen_text"]


@lru_cache(maxsize=4)
def _core(db: str | None) -> SingleList:
    from singlelist.api import Settings, SingleList

    return SingleList(Settings(db_url=db))


def screen(name: str, db: str | None = None, **options: Any) -> list[dict[str, Any]]:
    """Listed subjects matching ``name``, best first: ``[{"source", "ref", "score", "name",
    "matched_name", "kind", "explanation", ...}]``. Options: ``kind``, ``topics``,
    ``sources``, ``threshold``, ``limit`` (see :meth:`SingleList.screen`)."""
    return _core(db).screen(name, **options)


def screen_text(text: str, db: str | None = None, **options: Any) -> list[dict[str, Any]]:
    """Mentions of listed subjects in ``text``: ``[{"start", "end", "text", "source", "ref",
    "score", "explanation", ...}]``. Options: ``sources``, ``topics``, ``threshold``."""
    return _core(db).screen_text(text, **options)
