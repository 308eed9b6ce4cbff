"""An in-memory index of listed names: fast candidate retrieval, then scoring.

Retrieval goes through an inverted index over the prepared names' keys - phonetic
token keys, consonant skeletons, vocabulary concepts, derived acronyms and
equivalence groups - each weighted by its rarity (idf). Query tokens that are not
in the index find their near spellings through a deletion neighbourhood of the
token vocabulary (every key with one letter removed), which stands for a character
n-gram index at a fraction of its cost. The best candidates are then scored with
:func:`singlelist.match.compare.compare_forms`, and the best name of each entry wins.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import math
import pickle
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from singlelist.match.compare import DEFAULT_THRESHOLD, EXACT, FUZZY, Score, compare_forms
from singlelist.match.names import (
    CONNECTOR,
    GENERIC,
    KIND,
    ORGANISATION,
    PERSON,
    TITLE,
    WORD,
    NameForm,
    Token,
    han_words_reading,
    joined_keys,
    korean_name_reading,
    prepare,
    vocabulary_concepts,
)
from singlelist.match.normalize import (
    abjad_classes,
    adjective_bases,
    article_end,
    clean,
    cognate_keys,
    devoiced,
    is_abjad,
    is_foreign_hangul_name,
    is_katakana,
    other_latin_keys,
    other_readings,
    phonetic,
    skeleton,
    waw_consonants,
)
from singlelist.match.vocabulary import Vocabulary, adopt_vocabulary, files_digest, load_vocabulary

#: How much a name of each role can score, relative to a primary name.
ROLE_FACTORS = {"primary": 1.0, "alias": 1.0, "original": 1.0, "former": 0.97, "weak": 0.9}
FORMAT_VERSION = 13  # bumped whenever the layout of the saved file changes

# Retrieval tuning.
_PERSON_NAMED = 0.9  # a person's hit this good, every query word matched, names the person
_NAMED_AFTER = 0.95  # an organisation named after a person the query names: its factor
OTHER_READING = 0.98  # a name met as another reading of the query: as sure as this
READ_AS_KOREAN = "the characters read as Korean"  # why a hit met a name in Chinese characters
_CANDIDATES = 10  # names scored in full per query
_ABJAD_CANDIDATES = 40  # names of both scripts, for a query written without vowels
_FEWEST = 4  # names always scored in full
_FAR_BELOW = 0.4  # then only while their retrieval score is at least this share of the best
_MORE = 4  # up to this many times more while candidates keep matching (a name on many lists)
_COMMON_SHARE = 0.004  # a key in more names than this share only re-ranks
_COMMON_MIN = 400
_FUZZY_BELOW = 50  # near spellings in at most this many names, of query words as rare
_POOL = 300  # names holding the two rarest common query words, added when this few
_NAMES_PER_ENTRY = 3  # names of one entry among the candidates scored in full
_COMPLETED = 5  # entries met best whose every name is scored
_COMPLETED_FROM = 0.7  # ... where one of their names meets the query this near the threshold
_KEEP_SHARE = 0.3  # candidates retrieved with less than this share of the best are dropped
_EQUIV_WEIGHT = 2.0
_RERANK = "r"  # the prefix of a key that only adds to names retrieved by others
_JOINED = "j"  # the prefix of a person's connector and word as one word (Abu Bakr: abubakr)
_RERANK_LENGTH = 6  # (a short word's, a Korean syllable's, are too many other names)
_LETTER_WEIGHT = 0.25  # retrieval weight of a word of one letter
_SIMILAR_CACHE = 200_000  # query words whose near spellings are remembered
_JOINED_MAX = 5  # queries of at most this many words also look up two words joined
_SIMILARITY = 0.7  # near spellings of a query word retrieved
_CROSS_SIMILARITY = 0.65  # of a word transliterated from another script
_TRAILING_BRACKET = re.compile(r"^(.{4,}?)\s*\(\s*([^()]{2,80})\s*\)$")
_ACRONYM_LENGTH = 12  # characters of a bracketed acronym, at most
_SHARED_WORD = 4  # letters of a word a name and its bracketed short form share, at least


@dataclass(eq=False)
class IndexEntry:
    """One listed subject: its names ``(value, role)`` and what to filter it by."""

    id: str
    kind: str
    names: list[tuple[str, str]]
    topics: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    caption: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.caption and self.names:
            self.caption = self.names[0][0]


@dataclass(eq=False)
class Hit:
    """The best name of one entry for one query."""

    entry: IndexEntry
    score: Score
    matched_name: str
    query: str

    def __repr__(self) -> str:
        return f"Hit({self.entry.id}, {self.score.value:.3f}, {self.matched_name!r})"


def form_kind(kind: str) -> str:
    """The preparation used for an entry kind: persons apart, everything else as an
    organisation."""
    return PERSON if kind == PERSON else ORGANISATION


def expand_name(value: str) -> list[str]:
    """A name and the acronym or short form it carries in brackets: ``Foo Bar (FB)``,
    ``Open Joint Stock Company Paritetbank (OJSC Paritetbank)``, ``Lord's Resistance
    Army (LRM/A)`` -> both."""
    value = value.strip()
    match = _TRAILING_BRACKET.match(value)
    if not match:
        return [value]
    outer, written = match.group(1).strip(), match.group(2)
    inner = written.strip()
    if len(written) <= _ACRONYM_LENGTH and " " not in inner and (
            inner.replace("-", "").replace(".", "").replace("/", "").isalnum()):
        return [outer, inner]
    # (a short form sharing a word of the name: not a qualifier, Bank (Moscow))
    if {w for w in clean(outer).split() if len(w) >= _SHARED_WORD} & set(clean(inner).split()):
        return [outer, inner]
    return [value]


# a slash with spaces around it parts two names (NEW PEOPLE'S ARMY / COMMUNIST PARTY OF THE
# PHILIPPINES); one between two words, the name's last, gives two readings of it
# (LIBERATION PARTY/FRONT, Igor Girkin/Strelkov), as between two spellings of one word
# (Aleksander/ Aleksandr, GAUS/GAUSS) anywhere
_SLASH_APART = re.compile(r"\s+/\s+")
_SLASHED_WORDS = re.compile(r"(?<![^\s(-])([^\W\d_][\w'’]*[^\W\d_])[ ]?/[ ]?"
                            r"([^\W\d_][\w'’]*[^\W\d_])(?=\s*(?:\(.*\))?$|\s)")
_SLASHED_LETTERS = 3  # letters of each word of two readings, at least
_SPELLINGS_ALIKE = 80  # rapidfuzz ratio of two spellings of one word, at least


def slash_readings(value: str) -> list[str]:
    """The names a listed name written with a slash stands for, other than itself."""
    if "/" not in value:
        return []
    parts = [p.strip() for p in _SLASH_APART.split(value) if p.strip()]
    if len(parts) > 1:
        # (not parts sharing a word: JOUMAA MONEY LAUNDERING ORGANIZATION / DRUG
        # TRAFFICKING ORGANIZATION names one body's two trades, the second no name alone)
        words = [{w for w in p.casefold().split() if len(w) >= _SLASHED_LETTERS} for p in parts]
        apart = all(a.isdisjoint(b) for i, a in enumerate(words) for b in words[i + 1:])
        return parts if apart else []
    readings = []
    for match in _SLASHED_WORDS.finditer(value):
        first, second = match.groups()
        if min(len(first), len(second)) < _SLASHED_LETTERS:
            continue
        rest = value[match.end():].strip()
        if not rest or rest.startswith("(") or fuzz.ratio(
                first.lower(), second.lower()) >= _SPELLINGS_ALIKE:
            readings += [value[:match.start()] + word + value[match.end():]
                         for word in (first, second)]
    return readings


def _signature(form: NameForm) -> tuple:
    """What a comparison reads of a prepared name: equal signatures compare alike."""
    return (form.kind, form.tokens, form.compact, form.acronyms, form.acronym_like,
            form.abjad, form.equiv)


def _pack(form: NameForm) -> tuple:
    """A prepared name as plain tuples, to be saved with the index: listed names are
    prepared once, when the index is built."""
    foreign = any(t.foreign for t in form.tokens)
    liquid = any(t.liquid for t in form.tokens)
    unvoiced = any(t.unvoiced for t in form.tokens)
    return (tuple((t.text, t.key, t.skel, t.concept, t.role, t.weight) for t in form.tokens),
            form.compact, form.acronyms, form.acronym_like, form.abjad, foreign, liquid, unvoiced,
            form.equiv, form.group_named)


def _unpack(packed: tuple, original: str, kind: str) -> NameForm:
    (tokens, compact, acronyms, acronym_like, abjad, foreign, liquid, unvoiced, equiv,
     group_named) = packed
    form = NameForm(original, kind, tuple(Token(text, key, skel, concept, role, weight,
                                                abjad, foreign, liquid, unvoiced)
                                          for text, key, skel, concept, role, weight in tokens),
                    compact, acronyms, acronym_like, abjad)
    form.equiv = equiv
    form.group_named = group_named
    return form


def _apart_from_the_entry(prepared: list[tuple[str, str, NameForm]],
                          vocab: Vocabulary) -> list[tuple[str, str, NameForm]]:
    """An entry's prepared names, without the groups of equivalent names that are apart
    from another group of the entry's names (vocabulary ``apart``: Ansar al Allah, an
    alias of Hizballah on one list, is no name of the Houthis there)."""
    if not vocab.apart:
        return prepared
    groups = {g for _v, _r, form in prepared for g in form.equiv}
    out = []
    for variant, role, form in prepared:
        drop = {g for g in form.equiv if vocab.apart.get(g, frozenset()) & groups}
        if drop:
            form = _unpack(_pack(form), variant, form.kind)  # (prepared forms are shared)
            form.equiv = form.equiv - drop
        out.append((variant, role, form))
    return out


def _in_turn(*rankings: Iterator[tuple[float, int]]) -> Iterator[tuple[float, int]]:
    """Names of several rankings in turn, each once, with its value as a share of its
    ranking's best (so that they compare)."""
    seen: set[int] = set()
    live: list[list[Any]] = [[iter(r), 0.0] for r in rankings]  # [ranking, its best]
    while live:
        for state in list(live):
            for value, name_no in state[0]:
                if name_no in seen:
                    continue
                seen.add(name_no)
                state[1] = state[1] or value or 1.0
                yield value / state[1], name_no
                break
            else:
                live.remove(state)


_LIQUIDS = ("lr",)  # one letter for l and r (Chinese, katakana)
_STOPS = ("pb", "td", "kg")  # one letter for a voiced stop and its voiceless one (Tamil)


def _either_spellings(key: str, pairs: tuple[str, ...]) -> list[str]:
    """A key read from a script with one letter for both letters of each pair, with
    each such letter as either (all of them as one, beyond three)."""
    at = [(i, pair) for i, c in enumerate(key) for pair in pairs if c in pair]
    if len(at) > 3:
        firsts = str.maketrans({second: first for first, second in pairs})
        seconds = str.maketrans({first: second for first, second in pairs})
        return [key, key.translate(firsts), key.translate(seconds)]
    spellings = []
    for letters in itertools.product(*(pair for _i, pair in at)):
        chars = list(key)
        for (i, _pair), letter in zip(at, letters, strict=True):
            chars[i] = letter
        spellings.append("".join(chars))
    return spellings


def _read_spellings(token: Token, key: str) -> list[str]:
    """The spellings a key of ``token`` may stand for, as its script writes letters."""
    if token.liquid:  # (l for r and r for l: ルカシェンコ rukashenko)
        return _either_spellings(key, _LIQUIDS)
    if token.unvoiced:  # (b for p, d for t, g for k: பக்தாதி paktadi, Baghdadi)
        return _either_spellings(key, _STOPS)
    return [key]


# a lower-case letter, then a capital: where two words are written together (binLadin)
_CASE_CHANGE = re.compile(r"(?<=[a-z\u00df-\u00f6\u00f8-\u00ff])(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")


def _deletions(key: str) -> list[str]:
    return [key[:i] + key[i + 1:] for i in range(len(key))]


def _add_consonant_keys(keys: dict[str, float], skel: str) -> None:
    """The consonant keys of a word: its skeleton, and that skeleton as Arabic script
    writes it (no p, v, g)."""
    keys.setdefault("s" + skel, 0.6)
    keys.setdefault("b" + abjad_classes(skel), 0.6)


def _raise_key(keys: dict[str, float], key: str, weight: float) -> None:
    """``key`` among the retrieval keys with at least ``weight``."""
    if weight > keys.get(key, 0.0):
        keys[key] = weight


def _form_keys(form: NameForm) -> dict[str, float]:
    """The retrieval keys of a prepared name, with a weight multiplier each."""
    keys: dict[str, float] = {}
    for token in form.tokens:
        # (a letter alone, an initial most often, says little of which name it is:
        # Kadyrov R. A. is retrieved by Kadyrov, not by the names holding an R and an A;
        # and a legal form or trade word little of which company (Lukashenko A.G. is no AG)
        weight = (_LETTER_WEIGHT if len(token.text) == 1
                  else token.weight if token.role == GENERIC else 1.0)
        _raise_key(keys, "t" + token.key, weight)
        if token.concept:
            _raise_key(keys, "c" + token.concept, weight)
        for cognate in cognate_keys(token.text):  # Тактическое: tactical
            keys.setdefault("t" + cognate, 0.9)
        if len(token.skel) >= 2:
            _add_consonant_keys(keys, token.skel)
        if token.abjad:
            for classes in waw_consonants(token.text):  # (موسوی: Mousavi)
                keys.setdefault("b" + classes, 0.5)
    for group in form.equiv:
        keys["e" + group] = _EQUIV_WEIGHT
    for acronym in form.acronyms:
        keys.setdefault("a" + acronym, 0.5)
    return keys


def _written_closer(query: str, one: tuple[Score, str, int], other: tuple[Score, str, int]) -> bool:
    """Of two names ``(score, name, number)`` of an entry met equally well, the one with
    fewer words only alike, then more words written as the query writes them (Hayat
    Tahrir al-Sham, not its translation), then the one written most like it (in its
    order), then the entry's first: the same hit whatever order retrieval gave them in."""
    def closeness(name: tuple[Score, str, int]) -> tuple[int, int, float, int]:
        hows = [how for *_, how in name[0].pairs]
        return (-hows.count(FUZZY), hows.count(EXACT),
                fuzz.ratio(query.casefold(), name[1].casefold()), -name[2])
    return closeness(one) > closeness(other)


class NameIndex:
    """Listed names prepared once, searchable by any spelling of a name."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary or load_vocabulary()
        self.entries: list[IndexEntry] = []
        self.name_entry = array("i")
        self.name_values: list[str] = []
        self.name_roles: list[str] = []
        self.name_kinds: list[str] = []
        # names prepared alike (one name on several lists, or in other capitals) share
        # one form number: prepared and compared once per query
        self.name_form = array("i")
        self.postings: dict[str, array] = {}
        self.idf: dict[str, float] = {}
        self.norms = array("d")
        self.deletions: dict[str, tuple[str, ...]] = {}
        self._forms: list[NameForm | tuple | None] = []
        self._common: int = _COMMON_MIN
        self._sets: dict[str, frozenset[int]] = {}
        self._similar: dict[tuple[str, bool], list[tuple[str, float]]] = {}
        self._sorted_keys: list[str] | None = None
        self.cache: dict[str, Any] = {}  # derived structures (text automaton), rebuilt freely

    # --- building -------------------------------------------------------------------

    @classmethod
    def build(cls, entries: Iterable[IndexEntry],
              progress: Callable[[int, int | None], None] | None = None,
              vocabulary: Vocabulary | None = None) -> NameIndex:
        """Prepare every name of every entry and build the inverted index.

        ``progress(done, total)`` is called every 1,000 entries and at the end.
        """
        index = cls(vocabulary)
        entries = list(entries)
        total = len(entries)
        raw: dict[str, list[int]] = {}
        signatures: dict[tuple, int] = {}
        for number, entry in enumerate(entries):
            entry_no = len(index.entries)
            index.entries.append(entry)
            kind = form_kind(entry.kind)
            seen: set[str] = set()
            prepared: list[tuple[str, str, NameForm]] = []
            for value, role in entry.names:
                for variant in (v for x in (value, *slash_readings(value)) for v in expand_name(x)):
                    folded = variant.casefold()
                    if not variant or folded in seen:
                        continue
                    seen.add(folded)
                    prepared.append((variant, role, prepare(variant, kind, index.vocabulary)))
            for variant, role, form in _apart_from_the_entry(prepared, index.vocabulary):
                name_no = len(index.name_values)
                index.name_entry.append(entry_no)
                index.name_values.append(variant)
                index.name_roles.append(role)
                index.name_kinds.append(kind)
                index._forms.append(form)
                index.name_form.append(signatures.setdefault(_signature(form), name_no))
                keys = _form_keys(form)
                for key in keys:
                    raw.setdefault(key, []).append(name_no)
                for joined in joined_keys(form, index.vocabulary):
                    # (retrieves the name for a query writing them as one word; not in
                    # the name's norm: most queries write them apart)
                    raw.setdefault(_JOINED + joined, []).append(name_no)
            if progress and (number + 1) % 1000 == 0:
                progress(number + 1, total)
        index._finish(raw)
        if progress:
            progress(total, total)
        return index

    def _finish(self, raw: dict[str, list[int]]) -> None:
        n = max(len(self.name_values), 1)
        self.postings = {k: array("i", v) for k, v in raw.items()}
        self.idf = {k: math.log(1 + n / len(v)) for k, v in raw.items()}
        norms = array("d", bytes(8 * len(self.name_values)))
        for name_no, form in enumerate(self._forms):
            if form is not None:
                norms[name_no] = sum(self.idf.get(k, 0.0) * w for k, w in _form_keys(form).items()
                                     if k[0] in "tc")
        self.norms = norms
        deletions: dict[str, list[str]] = {}
        for key in raw:
            if key[0] == "t" and len(key) >= 5:
                for variant in _deletions(key[1:]):
                    deletions.setdefault(variant, []).append(key[1:])
        # tuples of strings: not followed by the garbage collector (lists would be)
        self.deletions = {k: tuple(v) for k, v in deletions.items()}
        self._common = max(_COMMON_MIN, int(n * _COMMON_SHARE))

    # --- persistence ----------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the index to ``path`` (a pickle, prepared names included)."""
        state = {
            "version": FORMAT_VERSION,
            "vocabulary": self.vocabulary.sources,
            # (the vocabulary built, so that loading the index need not build it again)
            "vocabulary_built": dataclasses.replace(self.vocabulary, cache={}),
            "vocabulary_digest": files_digest(self.vocabulary.sources),
            "entries": [(e.id, e.kind, e.names, e.topics, e.sources, e.caption, e.data)
                        for e in self.entries],
            "name_entry": self.name_entry,
            "name_values": self.name_values,
            "name_roles": self.name_roles,
            "name_kinds": self.name_kinds,
            "name_form": self.name_form,
            "postings": self.postings,
            "idf": self.idf,
            "norms": self.norms,
            "deletions": self.deletions,
            "common": self._common,
            "forms": [_pack(self.form(n)) for n in self._form_numbers()],
        }
        with open(path, "wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: str | Path, vocabulary: Vocabulary | None = None) -> NameIndex:
        """Read an index written by :meth:`save` (only load files you wrote yourself)."""
        with open(path, "rb") as handle:
            state = pickle.load(handle)
        if not isinstance(state, dict) or state.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: not a name index of format {FORMAT_VERSION}")
        if vocabulary is None:
            vocabulary = adopt_vocabulary(state["vocabulary_built"], state["vocabulary_digest"])
        index = cls(vocabulary)
        index.entries = [IndexEntry(*fields) for fields in state["entries"]]
        index.name_entry = state["name_entry"]
        index.name_values = state["name_values"]
        index.name_roles = state["name_roles"]
        index.name_kinds = state["name_kinds"]
        index.name_form = state["name_form"]
        index.postings = state["postings"]
        index.idf = state["idf"]
        index.norms = state["norms"]
        index.deletions = state["deletions"]
        index._common = state["common"]
        forms: list[NameForm | tuple | None] = [None] * len(index.name_values)
        for number, packed in zip(index._form_numbers(), state["forms"], strict=True):
            forms[number] = packed  # unpacked on first use
        index._forms = forms
        # a loaded index lives as long as the process (a screening run, a server): its
        # millions of objects are kept out of the garbage collector's rounds
        gc.freeze()
        return index

    def _form_numbers(self) -> list[int]:
        """The numbers of the names whose form the others share, in order."""
        return [n for n, form_no in enumerate(self.name_form) if form_no == n]

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def name_count(self) -> int:
        return len(self.name_values)

    def form(self, name_no: int) -> NameForm:
        """The prepared form of name number ``name_no`` (one for all names prepared
        alike)."""
        number = self.name_form[name_no]
        form = self._forms[number]
        if form.__class__ is tuple:  # as saved: unpacked on first use
            form = _unpack(form, self.name_values[number], self.name_kinds[number])  # type: ignore[arg-type]
            self._forms[number] = form
        return form  # type: ignore[return-value]

    def alike(self, name_no: int) -> list[int]:
        """The names prepared like name number ``name_no`` (one name on several lists),
        itself among them."""
        by_form = self.cache.get("names_by_form")
        if by_form is None:
            by_form = self.cache["names_by_form"] = {}
            for number, form_no in enumerate(self.name_form):
                by_form.setdefault(form_no, []).append(number)
        return by_form[self.name_form[name_no]]

    # --- searching ------------------------------------------------------------------

    def _similar_keys(self, key: str, wide: bool = False) -> list[tuple[str, float]]:
        """Index token keys within about two edits of ``key`` (three when ``wide``: a
        word transliterated from another script), with their similarity (remembered:
        the words of queries come back)."""
        memo = (key, wide)
        found = self._similar.get(memo)
        if found is None:
            if len(self._similar) >= _SIMILAR_CACHE:
                self._similar.clear()
            found = self._similar[memo] = self._find_similar_keys(key, wide)
        return found

    def _find_similar_keys(self, key: str, wide: bool) -> list[tuple[str, float]]:
        if len(key) < 4:
            return []
        postings, deletions = self.postings, self.deletions
        found: set[str] = set(deletions.get(key, ()))
        for variant in _deletions(key):
            if "t" + variant in postings:
                found.add(variant)
            found.update(deletions.get(variant, ()))
        found.discard(key)
        near = self._similar_of(key, found, _SIMILARITY)
        if not wide or any(sim >= 0.8 for _other, sim in near):
            return near
        # a word transliterated from another script with no near spelling: further
        # spellings, three edits away or with another ending (Likurg / Lykourgos)
        for variant in _deletions(key):
            if len(variant) >= 5:
                for twice in _deletions(variant):
                    if "t" + twice in postings:
                        found.add(twice)
                    found.update(deletions.get(twice, ()))
        found.update(self._prefixed(key[:-1] if len(key) > 5 else key, len(key) + 3))
        found.discard(key)
        return self._similar_of(key, found, _CROSS_SIMILARITY)

    @staticmethod
    def _similar_of(key: str, others: Iterable[str], cutoff: float) -> list[tuple[str, float]]:
        out = []
        for other in others:
            sim = Indel.normalized_similarity(key, other, score_cutoff=cutoff)
            if sim:
                out.append((other, sim))
        return out

    def _prefixed(self, prefix: str, longest: int) -> list[str]:
        """Token keys starting with ``prefix``, at most ``longest`` letters long."""
        keys = self._sorted_keys
        if keys is None:
            keys = self._sorted_keys = sorted(k[1:] for k in self.postings if k[0] == "t")
        out = []
        for at in range(bisect_left(keys, prefix), len(keys)):
            other = keys[at]
            if not other.startswith(prefix):
                break
            if len(other) <= longest:
                out.append(other)
        return out

    def _query_keys(self, forms: Sequence[NameForm]) -> dict[str, float]:
        keys: dict[str, float] = {}
        postings = self.postings
        looked_up: set[tuple[str, bool, bool]] = set()
        # (a word is looked up once, for the first form holding it: an organisation's)
        persons = any(form.kind == PERSON for form in forms)
        for form in forms:
            for key, weight in _form_keys(form).items():
                if key[0] == "a":  # acronyms are looked up from an acronym query below
                    continue
                if key[0] in "sb" and not form.abjad:
                    continue  # consonants serve names written without vowels
                _raise_key(keys, key, weight)
            if not form.abjad:
                for token in form.tokens:
                    if "t" + token.key not in postings and len(token.skel) >= 2:
                        keys.setdefault("s" + token.skel, 0.6)  # an unknown spelling
            for token in form.tokens:
                if (token.key, token.liquid, token.unvoiced) in looked_up:
                    continue  # (read from a script with one letter for l and r, or for
                    # b and p: again)
                looked_up.add((token.key, token.liquid, token.unvoiced))
                known = postings.get("t" + token.key)
                if _JOINED + token.key in postings:  # (Abubakar: Abu Bakr)
                    _raise_key(keys, _JOINED + token.key, 1.0)
                unknown_rest = ""  # a foreign word's key without an article joined to it
                # a Russian adjective: its place (Миасский: Miass, Тамбовского: Tambov,
                # Уральский: Ural, also where the adjective is listed too)
                for base in adjective_bases(token.text):
                    k = "t" + phonetic(base)
                    if k in postings:
                        _raise_key(keys, k, 0.9)
                if known is None:
                    article = article_end(token.text)
                    if article:
                        # the word without the article joined to it (Alotaibi: al-Otaibi)
                        rest = "t" + phonetic(token.text[article:])
                        if rest in postings:
                            _raise_key(keys, rest, 0.9)
                        elif token.foreign:
                            # and spelled otherwise (알자와히리 aljawahili: al-Zawahiri)
                            unknown_rest = rest[1:]
                # as German, Polish or Dutch spell it (Sacharowa: Zakharova; also where
                # that spelling is another name's: Haniye, hani)
                for other in other_latin_keys(token.text):
                    if "t" + other in postings:
                        _raise_key(keys, "t" + other, 0.9)
                if known is not None and len(known) > _FUZZY_BELOW:
                    continue  # a known spelling: near spellings are other names
                spellings = _read_spellings(token, token.key)
                if len(spellings) > 1:
                    for spelling in spellings:
                        if spelling != token.key and "t" + spelling in postings:
                            _raise_key(keys, "t" + spelling, 1.0)
                if known is None and len(token.text) >= 6 and token.text[-1] == "s":
                    # a name with a genitive or plural s (Usbekistans, Ägyptens)
                    spellings.append(phonetic(token.text[:-1]))
                if unknown_rest:
                    spellings.extend(_read_spellings(token, unknown_rest))
                for spelling in spellings:
                    for other, sim in self._similar_keys(spelling, token.foreign):
                        k = "t" + other
                        if len(postings[k]) <= _FUZZY_BELOW:
                            _raise_key(keys, k, 0.9 * sim)
                        elif persons and token.concept is None and (
                                len(token.key) >= _RERANK_LENGTH or devoiced(other) == devoiced(spelling)
                                or not token.abjad and skeleton(other) == skeleton(spelling)):
                            # a given name of many persons only re-ranks those retrieved
                            # by the other words (德米特里 demitli: Dmitry MEDVEDEV; a short
                            # one voiced otherwise too: Hafis Said, Hafiz SAEED, or with
                            # other vowels: Abu Bakar al-Baghdadi, Abu Bakr)
                            _raise_key(keys, _RERANK + k, 0.9 * sim)
            if len(form.tokens) <= _JOINED_MAX:
                # two words written as one in the listed name (Atiq Allah: Atiqullah)
                for first, second in zip(form.tokens, form.tokens[1:], strict=False):
                    if first.role not in (WORD, CONNECTOR, TITLE) or second.role != WORD:
                        continue  # (a connector too: Abu Bakr, Abubakar; Abdul Rahman)
                    joined = phonetic(first.text + second.text)
                    if form.abjad:  # written without vowels: by its consonants
                        _add_consonant_keys(keys, skeleton(joined))
                        continue
                    if ("t" + joined) in postings:
                        _raise_key(keys, "t" + joined, 1.0)
                        continue
                    if form.kind != PERSON and not form.syllabic:
                        continue  # (spelled otherwise too: names of persons, or of
                        # anything in Korean or Chinese syllables: 련봉 Ryonbong)
                    for other, sim in self._similar_keys(joined):
                        k = "t" + other
                        # (a common name too when nearly the same: Abu Bakr, Abubakar)
                        if sim >= 0.8 and len(postings[k]) <= (
                                self._common if sim >= 0.9 else _FUZZY_BELOW):
                            _raise_key(keys, k, 0.9 * sim)
            if form.acronym_like:
                keys["a" + form.compact] = 1.0
                keys.setdefault("t" + form.compact, 1.0)
        return keys

    def candidates(self, forms: Sequence[NameForm], accept: Callable[[int], bool] | None = None,
                   size: int = _CANDIDATES, scripts_in_turn: bool = False) -> list[int]:
        """Numbers of the names most likely to match, best first (retrieval only); with
        ``scripts_in_turn``, names of the forms' script and of others in turn."""
        if not scripts_in_turn:
            return [name_no for _value, name_no in self._ranked(forms, accept, size)]
        ranked = self._ranked(forms, accept, size * _MORE)
        return [name_no for _value, name_no in itertools.islice(
            self._scripts_in_turn(iter(ranked)), size)]

    def _ranked(self, forms: Sequence[NameForm], accept: Callable[[int], bool] | None,
                size: int) -> Iterator[tuple[float, int]]:
        """``(retrieval score, name number)`` of the likeliest names, best first, at most
        ``size`` (yielded: a search stops reading them once it has its hits)."""
        keys = self._query_keys(forms)
        weighted = []
        for key, weight in keys.items():
            posting = self.postings.get(key)
            if posting is not None:
                weighted.append((len(posting), key, weight * self.idf[key], posting))
        weighted.sort(key=lambda item: item[0])
        acc: dict[int, float] = {}
        deferred = []
        for df, key, weight, posting in weighted:
            if df > self._common:
                deferred.append((key, weight))
                continue
            get = acc.get
            for name_no in posting:
                acc[name_no] = get(name_no, 0.0) + weight
        if deferred:
            # names holding the two rarest common words are candidates too
            pool = self._set(deferred[0][0])
            if len(deferred) > 1:
                pool = pool & self._set(deferred[1][0])
            if not acc or len(pool) <= _POOL:
                for name_no in pool:
                    acc.setdefault(name_no, 0.0)
            # every common word adds to the names that hold it
            for key, weight in deferred:
                self._add_to_retrieved(acc, key, weight)
        for key, weight in keys.items():
            if key[0] == _RERANK and acc:
                self._add_to_retrieved(acc, key[1:], weight * self.idf[key[1:]])
        self._add_holding_all_concepts(acc, forms, keys)
        if accept is not None:
            acc = {n: s for n, s in acc.items() if accept(n)}
        if not acc:
            return
        # concept keys cannot be matched by person names: two norms of the query
        q_all = sum(w for _, k, w, _ in weighted if k[0] in "tc") or 1.0
        q_words = sum(w for _, k, w, _ in weighted if k[0] == "t") or 1.0
        floor = max(acc.values()) * _KEEP_SHARE
        norms, kinds = self.norms, self.name_kinds
        scored = [
            (s / ((q_words if kinds[n] == PERSON else q_all) + norms[n]), n)
            for n, s in acc.items() if s >= floor
        ]
        # names of the query's group of equivalent names first, however long (Daesh:
        # Islamic State in Iraq and the Levant)
        equivalent = {n for key in keys if key[0] == "e" for n in self.postings.get(key, ())}
        if equivalent:
            scored = [(value + (n in equivalent), n) for value, n in scored]
        per_entry: dict[int, int] = {}
        name_entry = self.name_entry
        scored.sort(reverse=True)
        given = 0
        for value, name_no in scored[:size * 4]:
            entry_no = name_entry[name_no]
            seen = per_entry.get(entry_no, 0)
            if seen >= _NAMES_PER_ENTRY:
                continue
            per_entry[entry_no] = seen + 1
            yield value, name_no
            given += 1
            if given >= size:
                return

    def _add_holding_all_concepts(self, acc: dict[int, float], forms: Sequence[NameForm],
                                  keys: dict[str, float]) -> None:
        """The names holding every concept of a query made of words of the vocabulary
        only (a translated name), when few, retrieved or raised by those concepts' weight
        again: شرکت ملی نفت ایران, company national oil Iran, ranked names that share
        its consonants (Melli) before NATIONAL IRANIAN OIL COMPANY."""
        tokens = [t for form in forms if form.kind != PERSON for t in form.tokens]
        if len(tokens) < 3 or any(t.concept is None for t in tokens):
            return  # (most queries: a word of no concept, read first)
        concept_keys = {"c" + t.concept for t in tokens if t.concept}
        if len(concept_keys) < 3:
            return
        holding: frozenset[int] | None = None
        for key in sorted(concept_keys, key=lambda k: len(self.postings.get(k, ()))):
            members = self._set(key)
            holding = members if holding is None else holding & members
            if not holding:
                return
        if holding is None or len(holding) > _POOL:
            return
        bonus = sum(keys.get(key, 0.0) * self.idf.get(key, 0.0) for key in concept_keys)
        for name_no in holding:
            acc[name_no] = acc.get(name_no, 0.0) + bonus

    def _add_to_retrieved(self, acc: dict[int, float], key: str, weight: float) -> None:
        """``weight`` added to the names of ``acc`` that hold ``key`` (it retrieves none)."""
        members = self._set(key)
        if len(members) < len(acc):
            for name_no in members:
                if name_no in acc:
                    acc[name_no] += weight
        else:
            for name_no in acc:
                if name_no in members:
                    acc[name_no] += weight

    def _set(self, key: str) -> frozenset[int]:
        members = self._sets.get(key)
        if members is None:
            members = frozenset(self.postings.get(key, ()))
            self._sets[key] = members
        return members

    def _filter(self, kind: str | None, topics: Iterable[str] | None,
                sources: Iterable[str] | None) -> Callable[[int], bool] | None:
        if kind is None and not topics and not sources:
            return None
        topic_set = frozenset(topics or ())
        source_set = frozenset(sources or ())
        entries, name_entry = self.entries, self.name_entry

        def accept(name_no: int) -> bool:
            entry = entries[name_entry[name_no]]
            if kind is not None and entry.kind != kind:
                return False
            if topic_set and not topic_set & entry.topics:
                return False
            return not (source_set and not source_set & entry.sources)

        return accept

    def _scripts_in_turn(self, ordered: Iterator[tuple[float, int]]
                         ) -> Iterator[tuple[float, int]]:
        """Candidates of a query written without vowels, names in its own script and
        names in others in turn: the words of its own script share its exact spellings
        and rank first (every حسن before Hasan NASRALLAH), the others only its consonants."""
        values = self.name_values
        waiting: tuple[list, list] = ([], [])
        turn = 0
        for item in ordered:
            waiting[not is_abjad(values[item[1]])].append(item)
            while waiting[turn]:
                yield waiting[turn].pop(0)
                turn = 1 - turn
        for item in sorted(waiting[0] + waiting[1], reverse=True):
            yield item

    def _split_joined(self, query: str) -> str | None:
        """The query with a long unknown word split in two known ones
        (``AleksandrovichPOTEMKIN`` -> ``Aleksandrovich POTEMKIN``), and a word whose
        letters change case inside split there into words of names (``binLadin`` ->
        ``bin Ladin``), or None."""
        postings = self.postings
        cased = _CASE_CHANGE.sub(" ", query)
        changed = cased != query and all(("t" + phonetic(w)) in postings
                                         for w in clean(cased).split())
        words = clean(cased if changed else query).split()
        for i, word in enumerate(words):
            if len(word) < 9 or ("t" + phonetic(word)) in postings:
                continue  # (a short word is a name of its own: Youssou is not You Ssou)
            if vocabulary_concepts(word, self.vocabulary):
                continue  # a word of the vocabulary (Islamische is not Islam Ische)
            best = None
            for cut in range(4, len(word) - 3):
                left, right = word[:cut], word[cut:]
                # (both words of names, or one and a word of the vocabulary: Wagnergroep)
                listed = [("t" + phonetic(half)) in postings for half in (left, right)]
                known = all(listed) or any(listed) and bool(vocabulary_concepts(
                    left if listed[1] else right, self.vocabulary))
                balance = min(cut, len(word) - cut)
                if known and (best is None or balance > min(best, len(word) - best)):
                    best = cut
            if best is not None:
                words[i] = f"{word[:best]} {word[best:]}"
                changed = True
        return " ".join(words) if changed else None

    def search(self, query: str, kind: str | None = None, topics: Iterable[str] | None = None,
               sources: Iterable[str] | None = None, threshold: float | None = None,
               limit: int = 10) -> list[Hit]:
        """Entries matching ``query``, best first, at most one hit per entry.

        ``kind`` restricts to one entry kind (``person``, ``organisation``...), ``topics``
        and ``sources`` to entries having any of them; ``threshold`` defaults to
        :data:`DEFAULT_THRESHOLD` (pass 0 to see the nearest names anyway).
        """
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        query = " ".join(query.split())
        if not query:
            return []
        kinds = [form_kind(kind)] if kind else [ORGANISATION, PERSON]
        forms = {k: prepare(query, k, self.vocabulary) for k in kinds}
        # other readings of the query: words written together split, a bracketed
        # acronym set apart ("Foo Bar (FB)" is searched as "Foo Bar" too)
        alternatives: list[tuple[dict[str, NameForm], str]] = []
        split = self._split_joined(query)
        if split:
            alternatives.append(({k: prepare(split, k, self.vocabulary) for k in kinds},
                                 "words written together"))
        expanded = expand_name(query)
        if len(expanded) > 1:
            alternatives.append(({k: prepare(expanded[0], k, self.vocabulary) for k in kinds},
                                 "without the bracketed part"))
        readings: list[NameForm] = []
        for reading in other_readings(query):  # (Hebrew, Chinese, Korean letters)
            # (a foreign name read from katakana or Hangul is a transliteration still)
            written = query if is_katakana(query) or is_foreign_hangul_name(query) else ""
            alternatives.append(({k: prepare(reading, k, self.vocabulary, written) for k in kinds},
                                 "another reading of the letters"))
            readings.extend(alternatives[-1][0].values())
        worded = han_words_reading(query, self.vocabulary) if ORGANISATION in kinds else ""
        if worded:  # (an organisation's name: a person's is read as before)
            alternatives.append(({ORGANISATION: prepare(worded, ORGANISATION, self.vocabulary, query)},
                                 "another reading of the letters"))
            readings.append(alternatives[-1][0][ORGANISATION])
        korean = korean_name_reading(query, self.vocabulary) if PERSON in kinds else ""
        if korean:  # (a Korean person's name in Chinese characters: 金正恩, 김정은)
            alternatives.append(({PERSON: prepare(korean, PERSON, self.vocabulary)}, READ_AS_KOREAN))
            readings.append(alternatives[-1][0][PERSON])
        accept = self._filter(kind, topics, sources)
        best: dict[int, tuple[Score, int]] = {}
        compared: dict[int, Score] = {}
        all_forms = [*forms.values(), *(f for alt, _ in alternatives for f in alt.values())]
        last_hit = -1
        top = 0.0
        # a name written without vowels is retrieved by its consonants, less surely, and
        # names of its own script come first: one such name listed by several lists
        # takes one place of the budget there, not one per list (and so where two
        # rankings go in turn: 伊斯兰国's IG of three lists, then the Islamic State)
        abjad = any(f.abjad for f in forms.values())
        budget = _ABJAD_CANDIDATES if abjad else _CANDIDATES
        size = _CANDIDATES * _MORE * (2 if abjad else 1)
        in_turn = False  # (candidates of two rankings in turn: retrieval scores of two scales)
        if kind is None and any(f.syllabic for f in forms.values()):
            # Chinese or Korean syllables of either kind: an organisation's words of the
            # vocabulary and a person's syllables retrieve each their own kind's names, in
            # turn (巴勒斯坦解放人民阵线's syllables, ba le si tan..., read as a person's
            # name, retrieved Chinese companies' names before the Popular Front)
            name_kinds = self.name_kinds
            in_turn = True
            if any(t.concept for t in forms[ORGANISATION].tokens):
                budget *= 2  # (words of the vocabulary read: each kind's ranking its own
                # budget, 索马里青年党's organisations not half of it)
            ordered = _in_turn(*(
                self._ranked([f for f in all_forms if (f.kind == PERSON) == person],
                             lambda n, person=person: (name_kinds[n] == PERSON) == person
                             and (accept is None or accept(n)), size=size)
                for person in (False, True)))
        else:
            ordered = self._ranked(all_forms, accept, size=size)
        if readings and not abjad:
            # the readings' own best names in turn with those of all forms: the syllables
            # of a name read one by one retrieve many short names (블라디미르 푸틴 as
            # organisation syllables: EP-PUL, 3D.RU) before the name read as one word
            ordered = _in_turn(ordered, self._ranked(readings, accept, size=size))
            in_turn = True
        if abjad:
            ordered = self._scripts_in_turn(ordered)
        nearest: dict[int, float] = {}  # entry -> its best score, below the threshold too

        def score_of(name_no: int) -> Score:
            form_no = self.name_form[name_no]
            score = compared.get(form_no)
            if score is None:
                candidate = self.form(name_no)
                name_kind = self.name_kinds[name_no]
                score = compare_forms(forms[name_kind], candidate, threshold)
                for alternative, reason in alternatives:
                    if name_kind not in alternative:
                        continue  # (read otherwise for the other kind only)
                    other = compare_forms(alternative[name_kind], candidate, threshold)
                    if other.value * OTHER_READING > score.value:
                        score = other.with_factor(OTHER_READING, reason)
                compared[form_no] = score
            factor = ROLE_FACTORS.get(self.name_roles[name_no], 1.0)
            if factor != 1.0:
                score = score.with_factor(factor, f"{self.name_roles[name_no]} alias")
            entry_no = self.name_entry[name_no]
            if score.value > nearest.get(entry_no, -1.0):
                nearest[entry_no] = score.value
            if score.value >= threshold:
                current = best.get(entry_no)
                if current is None or score.value > current[0].value or (
                        score.value == current[0].value and _written_closer(
                            query, (score, self.name_values[name_no], name_no),
                            (current[0], self.name_values[current[1]], current[1]))):
                    best[entry_no] = (score, name_no)
            return score

        for rank, (retrieved, name_no) in enumerate(ordered):
            top = top or retrieved  # (the first is the best)
            done = len(compared) if abjad or in_turn else rank
            if done >= budget and done - last_hit > budget // 2:
                break  # more candidates only while the last ones still matched
            if done >= _FEWEST and retrieved < _FAR_BELOW * top and done - last_hit > 2:
                break  # far below the best candidates and nothing matched lately
            if score_of(name_no).value >= threshold:
                last_hit = done
        # the other names of the entries met best: retrieval ranks a few names of an
        # entry only, not always the one it meets best (سراج الدين حقاني: Saraj Haqani
        # and Siraj Haqani of Sirajuddin HAQQANI's, not Serajuddin Haqani)
        name_entry = self.name_entry
        for entry_no in sorted(nearest, key=nearest.__getitem__, reverse=True)[:_COMPLETED]:
            if nearest[entry_no] < _COMPLETED_FROM * threshold:
                break  # (nothing near a match: the other names will not be)
            for name_no in range(bisect_left(name_entry, entry_no),
                                 bisect_right(name_entry, entry_no)):
                score_of(name_no)  # (compared once per form: another list's too)
        if kind is None:
            self._named_after_persons(best)
        ranked = sorted(best.items(), key=lambda item: -item[1][0].value)[:limit]
        return [Hit(self.entries[e], s, self.name_values[n], query) for e, (s, n) in ranked]

    def _named_after_persons(self, best: dict[int, tuple[Score, int]]) -> None:
        """A query of no kind that names a listed person wholly (at
        :data:`_PERSON_NAMED`) names that person before an organisation named after them,
        whose name holds the query's words and a word saying what sort of body it is
        (Osama bin Laden: Usama bin Muhammad bin Awad BIN LADIN before al-Qaida's 'Usama
        Bin Laden Organization'): such organisations' scores are lowered a little."""
        entries = self.entries
        if not any(form_kind(entries[e].kind) == PERSON and score.value >= _PERSON_NAMED
                   and not score.unmatched[0] for e, (score, _n) in best.items()):
            return
        for entry_no, (score, name_no) in list(best.items()):
            query_left, listed_left = score.unmatched_tokens
            if form_kind(entries[entry_no].kind) != PERSON and not query_left and listed_left and all(
                    t.role == KIND for t in listed_left) and all(
                    a.concept is None for a, _b in score.matched_tokens):
                best[entry_no] = (score.with_factor(_NAMED_AFTER, "a person's name, the body named "
                                                    "after them"), name_no)
