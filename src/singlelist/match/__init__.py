"""Name matching across scripts, transliterations and translations - no database needed.

* :func:`compare` - two names, a :class:`Score` with value, match and explanation.
* :class:`NameIndex` - many listed names (:class:`IndexEntry`), searched with
  :meth:`NameIndex.search` -> :class:`Hit` list; saved and loaded from disk.
* :func:`find_mentions` - listed names mentioned in free text -> :class:`Mention` list.

Modules: :mod:`.normalize` (scripts to Latin, phonetic keys, skeletons), :mod:`.names`
(a name prepared once), :mod:`.compare` (features and scores), :mod:`.index` (retrieval
and search), :mod:`.folding`, :mod:`.runs` and :mod:`.text` (mentions in text). The
multilingual vocabulary, particles, legal forms, common words and known equivalences
are the YAML files of ``data/`` (:mod:`.vocabulary`), extensible by the user.
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
