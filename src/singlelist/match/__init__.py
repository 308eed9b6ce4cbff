"""Name matching across scripts, transliterations and translations - no database needed.

* :func:`compare` - two names, a :class:`Score` with value, match and explanation.
* :class:`NameIndex` - many listed names (:class:`IndexEntry`), searched with
  :meth:`NameIndex.search` -> :class:`Hit` list; saved and loaded from disk.
* :func:`find_mentions` - listed names mentioned in free text -> :class:`Mention` list.

Normalisation rules live in :mod:`.normalize`, the multilingual vocabulary, particles
and known equivalences in the YAML files of ``data/`` (:mod:`.vocabulary`).
"""

from singlelist.match.compare import DEFAULT_THRESHOLD, Score, compare
from singlelist.match.index import Hit, IndexEntry, NameIndex
from singlelist.match.text import Mention, find_mentions

__all__ = [
    "DEFAULT_THRESHOLD",
    "Hit",
    "IndexEntry",
    "Mention",
    "NameIndex",
    "Score",
    "compare",
    "find_mentions",
]
