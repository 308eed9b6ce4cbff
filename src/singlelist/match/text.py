"""Find mentions of listed names in free text, with character offsets.

Two passes over the text:

1. Exact aliases: every listed name (and every name known to be equivalent to it,
   e.g. ``Daesh`` for ISIL) is put through one character mapping - lowercase ASCII,
   apostrophes removed, punctuation to spaces, runs of spaces collapsed - and searched
   with an Aho-Corasick automaton over the text put through the same mapping, at word
   boundaries; offsets are mapped back to the original characters.
2. Other spellings, scripts and translations: capitalised words (or words in a script
   without case) that are rare keys of the index anchor a run of name-like words
   around them; the run is scored against the index and the part of it that matches
   a listed name becomes a mention.

Names of two or three letters (``HTS``, ``IS``) and names that are common words are
ambiguous: they must be written in capitals and be corroborated - the same entry
mentioned by a longer name elsewhere in the text or, for three letters, a vocabulary
word nearby (``HTS fighters``). Two-letter names need the longer name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

import ahocorasick
from anyascii import anyascii

from singlelist.match.compare import (
    DEFAULT_THRESHOLD,
    FUZZY,
    Score,
    align,
    compare_forms,
    token_similarity,
)
from singlelist.match.index import ROLE_FACTORS, IndexEntry, NameIndex, form_kind
from singlelist.match.names import ORGANISATION, PERSON, prepare
from singlelist.match.normalize import APOSTROPHES, clean, phonetic

_AMBIGUOUS_LENGTH = 3  # names of this many letters or fewer need corroboration
_CONTEXT_WORDS = 6  # how near a vocabulary word must be to corroborate a short name
_MIN_COVER = 0.6  # share of a listed name a run must cover to be looked at closely
_ANCHOR_MIN = 10  # a word in at most this many listed names (or a share of them) anchors
_ANCHOR_SHARE = 5000
_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "y", "und", "ve", "dan", "wa", "va"})
_MAX_RUN = 24  # words of a run of name-like words that are looked at
_RUN_GLUE = frozenset({
    "al", "el", "ad", "ed", "ud", "ul", "ush", "ash", "as", "an", "at", "ar", "az", "ath",
    "adh", "wa", "wal", "fi", "li", "bi", "bin", "ibn", "ben", "bint", "abu", "abd", "umm",
    "e", "i", "ye", "of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "da",
    "di", "van", "von", "y",
})


class Mention:
    """A listed name found in the text: ``text[start:end]`` is how it is written."""

    __slots__ = ("start", "end", "text", "entry", "score", "matched_name", "_why", "_how")

    def __init__(self, start: int, end: int, text: str, entry: IndexEntry, score: float,
                 matched_name: str, how: str = "", why: Score | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.entry = entry
        self.score = score
        self.matched_name = matched_name
        self._how = how
        self._why = why

    @property
    def explanation(self) -> str:
        """How the mention was found and which parts of the names matched."""
        parts = [self._how] if self._how else []
        if self._why is not None:
            parts.append(self._why.explanation)
        return "; ".join(parts)

    def __repr__(self) -> str:
        return f"Mention({self.start}:{self.end} {self.text!r} -> {self.entry.id}, {self.score:.2f})"


# --- the character mapping -------------------------------------------------------------

_TABLE: dict[int, str] = {}
_SPACES = re.compile(r" {2,}")
_KNOWN: set[str] = set()


def _map_char(char: str) -> str:
    if char in APOSTROPHES:
        return ""
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    if unicodedata.category(char).startswith("M"):  # a combining mark
        return ""
    mapped = "".join(c for c in anyascii(char).lower() if c.isalnum() and c.isascii())
    return mapped or " "


def _table_for(text: str) -> dict[int, str]:
    for char in set(text).difference(_KNOWN):
        _TABLE[ord(char)] = _map_char(char)
        _KNOWN.add(char)
    return _TABLE


class Folded:
    """Text put through the character mapping, with a map back to original offsets."""

    __slots__ = ("text", "_maps")

    def __init__(self, original: str) -> None:
        table = _table_for(original)
        mapped = original.translate(table)
        # level 1: characters whose mapping is not one character long
        norm_points, orig_points, widths = [0], [0], [1]
        irregular = {c for c in set(original) if len(table[ord(c)]) != 1}
        if irregular:
            pattern = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
            shift = 0
            for match in pattern.finditer(original):
                pos = match.start()
                length = len(table[ord(original[pos])])
                norm_at = pos + shift
                norm_points += [norm_at, norm_at + length]
                orig_points += [pos, pos + 1]
                widths += [length, 1]
                shift += length - 1
        # level 2: runs of spaces collapsed into one
        space_norm, space_orig = [0], [0]
        if "  " in mapped:
            spans = [m.span() for m in _SPACES.finditer(mapped)]
            ends = [end for _start, end in spans]
            removed = accumulate(end - start - 1 for start, end in spans)
            space_norm += [end - gone for end, gone in zip(ends, removed, strict=True)]
            space_orig += ends
            mapped = _SPACES.sub(" ", mapped)
        self.text = mapped
        self._maps = (space_norm, space_orig, norm_points, orig_points, widths)

    def original_offset(self, position: int) -> int:
        """The offset in the original text of character ``position`` of the folded text
        (a character produced by transliterating one original character maps to it)."""
        space_norm, space_orig, norm_points, orig_points, widths = self._maps
        i = bisect_right(space_norm, position) - 1
        position = space_orig[i] + (position - space_norm[i])
        j = bisect_right(norm_points, position) - 1
        if widths[j] != 1:
            return orig_points[j]
        return orig_points[j] + (position - norm_points[j])


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """A name or a text through the character mapping (what the automaton matches)."""
    return " ".join(Folded(text).text.split())


# --- the automaton ---------------------------------------------------------------------


@dataclass
class _Alias:
    name_no: int | None  # index name number, or None for an equivalent name
    entry_no: int
    value: str
    short: bool  # needs corroboration
    acronym: bool = False  # written in capitals: matches capitals only


def _equivalent_names(index: NameIndex) -> dict[int, list[str]]:
    """For each entry having a name in an equivalence group, the group's other names."""
    groups = index.vocabulary.equivalences
    out: dict[int, list[str]] = {}
    for key, posting in index.postings.items():
        if key[0] != "e":
            continue
        names = groups.get(key[1:], [])
        for name_no in posting:
            out.setdefault(index.name_entry[name_no], []).extend(names)
    return out


def _is_ambiguous(value: str, folded: str, index: NameIndex) -> bool:
    """Two or three letters, or one common word or place name (``The Base``, ``Israel``)."""
    compact = folded.replace(" ", "")
    if len(compact) <= _AMBIGUOUS_LENGTH:
        return True
    vocab = index.vocabulary
    content = [w for w in folded.split()
               if w not in vocab.function_words and w not in vocab.articles]
    if len(content) != 1:
        return False
    word = content[0]
    return word in vocab.english or word in vocab.common_words or phonetic(word) in vocab.generic


def _acronym(value: str, folded: str) -> bool:
    compact = folded.replace(" ", "")
    return len(compact) <= 6 and (value.isupper() or len(compact) <= 3)


def _automaton(index: NameIndex) -> tuple[Any, dict[str, list[_Alias]]]:
    cached = index.cache.get("text_automaton")
    if cached is not None:
        return cached
    automaton = ahocorasick.Automaton()
    keys: dict[str, list[_Alias]] = {}
    short: dict[str, list[_Alias]] = {}

    def add(value: str, name_no: int | None, entry_no: int) -> None:
        folded = fold(value)
        if len(folded) < 2:
            return
        ambiguous = _is_ambiguous(value, folded, index) or (
            # one word naming a ship, an aircraft or a person: too often something else
            index.entries[entry_no].kind not in ("organisation",)
            and len(prepare(value, form_kind(index.entries[entry_no].kind),
                            index.vocabulary).tokens) == 1
        )
        variants = {folded}
        words = folded.split()
        while len(words) > 1 and (words[0] in index.vocabulary.articles or words[0] == "the"):
            words = words[1:]
            variants.add(" ".join(words))
        for variant in variants:
            if len(variant.replace(" ", "")) < 3 and not ambiguous:
                continue
            # without its article, one word ("Jazira" for "El Jazira") is only a word
            vague = ambiguous or (variant != folded and " " not in variant)
            if vague and variant != folded:
                continue  # the short path matches names as written, not stripped ones
            target = short if vague else keys
            target.setdefault(variant, []).append(
                _Alias(name_no, entry_no, value, vague, _acronym(value, folded)))

    for name_no, value in enumerate(index.name_values):
        add(value, name_no, index.name_entry[name_no])
    for entry_no, names in _equivalent_names(index).items():
        for value in names:
            add(value, None, entry_no)
    for key, aliases in keys.items():
        automaton.add_word(key, (key, aliases))
    if keys:
        automaton.make_automaton()
    cached = (automaton if keys else None, short)
    index.cache["text_automaton"] = cached
    return cached


# --- finding -------------------------------------------------------------------------


def _boundary(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end >= len(text) or not text[end].isalnum()
    )


def _score_alias(span_text: str, alias: _Alias, index: NameIndex,
                 threshold: float) -> tuple[Score, str]:
    entry = index.entries[alias.entry_no]
    kind = form_kind(entry.kind)
    query = prepare(span_text, kind, index.vocabulary)
    if alias.name_no is not None:
        score = compare_forms(query, index.form(alias.name_no), threshold)
        return score, alias.value
    # an equivalent name: score against the entry's names
    best: tuple[Score, str] | None = None
    for value, _role in entry.names:
        score = compare_forms(query, prepare(value, kind, index.vocabulary), threshold)
        if best is None or score.value > best[0].value:
            best = (score, value)
    assert best is not None
    return best


_WORD = re.compile(r"[^\W_]+(?:['’ʼ`‘][^\W_]+)*", re.UNICODE)
# words that may start a name: capitalised, or in a script without letter case
_NAME_WORD = re.compile(r"\b[^\W\d_a-z][^\W_]*")
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]{}\"“”«»\n,]|\s[-–—]\s")
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "as", "ash", "an", "at", "ar", "az", "ath", "adh", "ud", "ul",
                            "the"})
_WINDOW = 120  # characters around an anchor searched for its run of name-like words
_GLUE_RE = "|".join(sorted(_RUN_GLUE, key=len, reverse=True))
_ARABIC_ARTICLES = _ARTICLE_WORDS - {"the"}
_ARTICLE_RE = "|".join(sorted(_ARTICLE_WORDS, key=len, reverse=True))
_NAME_RE = r"[^\W\d_a-z][^\W_]*(?:['’ʼ`‘][^\W_]+)*"
_SEP_RE = r"(?:[ \t]+|[ \t]*[-‐‑][ \t]*)"
# a run of name-like words: capitalised words with particles between them
_RUN = re.compile(
    rf"(?<![^\W_])(?:(?:{_ARTICLE_RE}){_SEP_RE})?{_NAME_RE}"
    rf"(?:{_SEP_RE}(?:(?:{_GLUE_RE}){_SEP_RE})*{_NAME_RE})*"
)


def _name_like(word: str) -> bool:
    """Capitalised, or in a script without letter case."""
    first = word[0]
    return first.isupper() or not first.islower()


_NEXT_WORD = re.compile(r"[ \t]*[-‐‑]?[ \t]*([^\W_]+(?:['’][^\W_]+)*)")


def _extend_run(text: str, end: int, index: NameIndex) -> int:
    """Extend a run over the lowercase vocabulary words that follow it, as names in
    French and other languages write them (``Front de la victoire``)."""
    vocab = index.vocabulary
    pos = end
    for _ in range(_MAX_RUN):
        match = _NEXT_WORD.match(text, pos)
        if not match:
            break
        words = fold(match.group(1)).split()
        if not words:
            break
        if all(w in _RUN_GLUE for w in words):
            pos = match.end()
            continue
        if not vocab.phrases.get((phonetic(words[-1]),)):
            break
        pos = end = match.end()
    return end


def _anchor_words(text: str, index: NameIndex) -> list[str]:
    """Distinct name-like words of the text whose key is rare in the index, or that
    are words of the vocabulary (a translated name)."""
    anchors = _anchor_keys(index)
    known: dict[str, bool] = index.cache.setdefault("text_anchor_words", {})
    vocab = index.vocabulary
    out = []
    for word in set(_NAME_WORD.findall(text)):
        flag = known.get(word)
        if flag is None:
            form = prepare(word, "organisation", vocab)
            flag = any(("t" + t.key) in anchors or t.concept for t in form.tokens)
            if len(known) < 500_000:
                known[word] = flag
        if flag:
            out.append(word)
    return out


def _anchor_keys(index: NameIndex) -> frozenset[str]:
    """Phonetic keys of words rare enough in the index to anchor a fuzzy mention."""
    cached = index.cache.get("text_anchors")
    if cached is None:
        limit = max(_ANCHOR_MIN, len(index.name_values) // _ANCHOR_SHARE)
        connectors = set(index.vocabulary.connectors.values())
        cached = frozenset(
            k for k, posting in index.postings.items()
            if k[0] == "t" and len(posting) <= limit and len(k) >= 5
            and k[1:] not in connectors and k[1:] not in index.vocabulary.generic
        )
        index.cache["text_anchors"] = cached
    return cached


def _fuzzy_mentions(text: str, index: NameIndex, accept: Any,
                    threshold: float, covered: list[tuple[int, int]]) -> list[Mention]:
    words = _anchor_words(text, index)
    if not words:
        return []
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![^\W_])")
    out: list[Mention] = []
    seen_runs: dict[str, list[tuple[int, int, int, Score, str]]] = {}
    covered = sorted(covered)
    starts = [a for a, _b in covered]
    reach = list(accumulate((b for _a, b in covered), max))  # furthest end so far
    hits = [m.span() for m in pattern.finditer(text)]
    if len(hits) * _WINDOW * 2 > len(text):  # many anchors: every run of the text at once
        runs = [m.span() for m in _RUN.finditer(text)]
    else:
        runs = sorted({m.span() for a, b in hits
                       for m in _RUN.finditer(text, max(0, a - _WINDOW), b + _WINDOW)})
    run_starts = [a for a, _b in runs]
    last_end = -1
    for hit_start, hit_end in hits:
        if hit_start < last_end:
            continue  # inside the run already scored
        # the longest run holding the anchor (windows may have cut others short)
        found = None
        at = bisect_right(run_starts, hit_start) - 1
        while at >= 0 and runs[at][0] >= hit_start - _WINDOW:
            if runs[at][1] >= hit_end:
                found = runs[at]
            at -= 1
        if found is None:
            continue
        run_start, run_end = found[0], _extend_run(text, found[1], index)
        last_end = run_end
        before = bisect_right(starts, run_start) - 1
        if before >= 0 and reach[before] >= run_end:
            continue  # already inside an exact mention
        run_text = text[run_start:run_end]
        results = seen_runs.get(run_text)
        if results is None:
            results = (_score_run(run_text, index, accept, threshold)
                       if _worth_scoring(run_text, index) else [])
            seen_runs[run_text] = results
        for rel_start, rel_end, entry_no, score, name in results:
            start, end = run_start + rel_start, run_start + rel_end
            out.append(Mention(start, end, text[start:end], index.entries[entry_no],
                               score.value, name, "other spelling or translation", score))
    return out


def _worth_scoring(run_text: str, index: NameIndex) -> bool:
    """A run of two words or more with a rare word of the index, or two vocabulary
    words (a translated name): only such runs are scored against the index."""
    form = prepare(run_text, "organisation", index.vocabulary)
    if len(form.tokens) < 2:
        return False
    anchors = _anchor_keys(index)
    if any(("t" + t.key) in anchors for t in form.tokens):
        return True
    return sum(1 for t in form.tokens if t.concept) >= 2


def _run_candidates(forms: dict[str, Any], index: NameIndex, accept: Any) -> list[int]:
    """Names sharing a rare word with the run (a few postings); for a run of vocabulary
    words only (a translated name), the index's full retrieval."""
    anchors = _anchor_keys(index)
    keys = {"t" + t.key for form in forms.values() for t in form.tokens} & anchors
    keys |= {"e" + g for form in forms.values() for g in form.equiv}
    if not keys:
        return index.candidates(list(forms.values()), accept, size=8)
    names = set()
    for key in keys:
        names.update(index.postings.get(key, ()))
    if accept is not None:
        names = {n for n in names if accept(n)}
    return sorted(names)


def _score_run(run_text: str, index: NameIndex, accept: Any,
               threshold: float) -> list[tuple[int, int, int, Score, str]]:
    """Sub-spans of a run of words that match listed names, best span per entry."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(run_text)][:_MAX_RUN]
    if not spans:
        return []
    words = [fold(run_text[a:b]) for a, b in spans]
    vocab = index.vocabulary
    forms = {k: prepare(run_text, k, vocab) for k in (ORGANISATION, PERSON)}
    results: dict[int, tuple[int, int, int, Score, str]] = {}
    for name_no in _run_candidates(forms, index, accept):
        candidate = index.form(name_no)
        kind = index.name_kinds[name_no]
        # the words of a part of the run cover at most what the whole run covers
        _q, c_share, _pairs, _ql, _cl = align(forms[kind], candidate)
        if c_share < _MIN_COVER and not (forms[kind].equiv & candidate.equiv):
            continue
        matched = []
        for i, (a, b) in enumerate(spans):
            word_form = prepare(run_text[a:b], kind, vocab)
            if any(_token_matches(t, candidate) for t in word_form.tokens):
                matched.append(i)
        best = None
        if not matched:  # no word in common (an acronym, an equivalent name): the whole run
            matched = [0, len(spans) - 1] if len(spans) > 1 else [0]
        elif len(matched) < 2:
            continue  # one word in common is not a mention
        # a mention does not run over "and" unless the listed name has one
        joins = _CONJUNCTIONS.isdisjoint(clean(candidate.original).split())
        for x, i in enumerate(matched):
            for j in matched[x + 1:] if len(matched) > 1 else matched:
                if joins and any(words[k] in _CONJUNCTIONS for k in range(i + 1, j)):
                    break
                a = spans[i][0]
                if i > 0 and fold(run_text[spans[i - 1][0]:spans[i - 1][1]]) in _ARABIC_ARTICLES:
                    a = spans[i - 1][0]  # keep the article: "al-Qaida"
                b = spans[j][1]
                span_text = run_text[a:b]
                folded = fold(span_text)
                if i == j and _is_ambiguous(span_text, folded, index):
                    continue  # one common word or a short name alone
                if not any(_name_like(run_text[spans[k][0]:spans[k][1]]) for k in range(i, j + 1)):
                    continue  # no capitalised word: not a name
                score = compare_forms(prepare(span_text, kind, vocab), candidate, threshold)
                if best is None or (score.value, b - a) > (best[0].value, best[2] - best[1]):
                    best = (score, a, b)
        if best is None:
            continue
        score, a, b = best
        pairs = score.pairs
        if pairs and all(how == FUZZY for *_w, how in pairs):
            continue  # only look-alike words: too weak in running text
        factor = ROLE_FACTORS.get(index.name_roles[name_no], 1.0)
        if factor != 1.0:
            score = score.with_factor(factor, f"{index.name_roles[name_no]} alias")
        if score.value < threshold:
            continue
        entry_no = index.name_entry[name_no]
        current = results.get(entry_no)
        if current is None or score.value > current[3].value:
            results[entry_no] = (a, b, entry_no, score, index.name_values[name_no])
    return list(results.values())


def _token_matches(token: Any, candidate: Any) -> bool:
    return any(token_similarity(token, other)[0] >= 0.7 for other in candidate.tokens)


def _corroborating(text: str, start: int, end: int, index: NameIndex) -> bool:
    """A vocabulary word within a few words of ``text[start:end]``."""
    before = _WORD.findall(text[max(0, start - 80):start])[-_CONTEXT_WORDS:]
    after = _WORD.findall(text[end:end + 80])[:_CONTEXT_WORDS]
    vocab = index.vocabulary
    for word in (*before, *after):
        folded = fold(word)
        if folded and vocab.phrases.get((phonetic(folded),)):
            return True
    return False


def find_mentions(text: str, index: NameIndex, sources: Iterable[str] | None = None,
                  topics: Iterable[str] | None = None,
                  threshold: float | None = None) -> list[Mention]:
    """Listed names mentioned in ``text``, in order of position.

    Each :class:`Mention` has the character offsets in ``text``, the text as written,
    the index entry, the score, the listed name it matched and an explanation.
    ``sources``/``topics`` keep entries having any of them.
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    accept = index._filter(None, topics, sources)
    automaton, short = _automaton(index)
    folded = Folded(text)
    norm = folded.text
    mentions: list[Mention] = []
    strong_entries: dict[int, float] = {}
    scored: dict[tuple[str, int], tuple[Score, str]] = {}
    if automaton is not None:
        for end, (key, aliases) in automaton.iter(norm):
            start = end - len(key) + 1
            if not _boundary(norm, start, end + 1):
                continue
            if any(a.short for a in aliases):
                continue
            o_start = folded.original_offset(start)
            o_end = folded.original_offset(end) + 1
            span = text[o_start:o_end]
            upper = span.isupper()
            for alias in aliases:
                if alias.acronym and not upper:
                    continue  # "Isis" is not ISIS
                if accept is not None and alias.name_no is not None and not accept(alias.name_no):
                    continue
                if accept is not None and alias.name_no is None and not _accept_entry(
                        index, alias.entry_no, topics, sources):
                    continue
                memo_key = (span, id(alias))
                memo = scored.get(memo_key)
                if memo is None:
                    memo = scored[memo_key] = _score_alias(span, alias, index, threshold)
                score, name = memo
                if score.value < threshold:
                    continue
                strong_entries[alias.entry_no] = max(strong_entries.get(alias.entry_no, 0.0),
                                                     score.value)
                mentions.append(Mention(o_start, o_end, span, index.entries[alias.entry_no],
                                        score.value, name, "listed name in text", score))
    mentions = _dedupe(mentions)
    covered = [(m.start, m.end) for m in mentions]
    exact_spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        exact_spans.setdefault(id(mention.entry), []).append((mention.start, mention.end))
    for mention in _fuzzy_mentions(text, index, accept, threshold, covered):
        if any(a < mention.end and mention.start < b
               for a, b in exact_spans.get(id(mention.entry), ())):
            continue  # the same entry is already found there by a listed name
        strong_entries.setdefault(_entry_no(index, mention.entry), mention.score)
        mentions.append(mention)
    mentions.extend(_short_mentions(text, index, short, strong_entries, accept, topics,
                                    sources, threshold))
    return sorted(_dedupe(mentions), key=lambda m: (m.start, -m.score))


def _entry_no(index: NameIndex, entry: IndexEntry) -> int:
    numbers = index.cache.get("entry_numbers")
    if numbers is None:
        numbers = {id(e): i for i, e in enumerate(index.entries)}
        index.cache["entry_numbers"] = numbers
    return numbers[id(entry)]


def _accept_entry(index: NameIndex, entry_no: int, topics: Iterable[str] | None,
                  sources: Iterable[str] | None) -> bool:
    entry = index.entries[entry_no]
    if topics and not set(topics) & entry.topics:
        return False
    return not (sources and not set(sources) & entry.sources)


def _short_mentions(text: str, index: NameIndex, short: dict[str, list[_Alias]],
                    strong: dict[int, float], accept: Any, topics: Any, sources: Any,
                    threshold: float) -> list[Mention]:
    """Ambiguous names, written in capitals and corroborated."""
    if not short:
        return []
    automaton = index.cache.get("text_short_automaton")
    if automaton is None:
        # matched on the text as written: acronyms only in capitals ("IS", not "is")
        automaton = ahocorasick.Automaton()
        forms: dict[str, list[_Alias]] = {}
        for aliases in short.values():
            for alias in aliases:
                for form in (alias.value, alias.value.upper(), alias.value.title()):
                    forms.setdefault(form, [])
                    if alias not in forms[form]:
                        forms[form].append(alias)
        for form, aliases in forms.items():
            automaton.add_word(form, (form, aliases))
        automaton.make_automaton()
        index.cache["text_short_automaton"] = automaton
    out = []
    for end, (form, aliases) in automaton.iter(text):
        start = end - len(form) + 1
        end += 1
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
                end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
        span = form
        for alias in aliases:
            if not _accept_entry(index, alias.entry_no, topics, sources):
                continue
            compact = fold(alias.value).replace(" ", "")
            if alias.acronym and not span.isupper():
                continue  # "is", "let", "Isis": not the acronym
            reason = None
            if alias.entry_no in strong:
                value = strong[alias.entry_no] * 0.95
                reason = "corroborated by a longer name of the same entry in the text"
            elif alias.acronym and len(compact) > 2 and _corroborating(text, start, end, index):
                value = max(threshold, 0.8)
                reason = "corroborated by a vocabulary word nearby"
            if reason is None:
                continue
            out.append(Mention(start, end, span, index.entries[alias.entry_no],
                               round(value, 4), alias.value, f"short name {span}: {reason}"))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer mention, the lesser of two overlapping mentions of
    one entry, and entries scoring well below the best entry at the same span."""
    mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), -m.score))
    best_at: dict[tuple[int, int], float] = {}
    for mention in mentions:
        span = (mention.start, mention.end)
        best_at[span] = max(best_at.get(span, 0.0), mention.score)
    kept: list[Mention] = []
    seen: set[tuple[int, int, int]] = set()
    cover_start, cover_end = -1, -1
    last_of: dict[int, int] = {}  # entry -> position in kept of its last mention
    for mention in mentions:
        span = (mention.start, mention.end)
        if mention.end <= cover_end and span != (cover_start, cover_end):
            continue  # inside a longer mention
        key = (mention.start, mention.end, id(mention.entry))
        if key in seen or mention.score < best_at[span] - 0.1:
            continue
        previous = last_of.get(id(mention.entry))
        if previous is not None and kept[previous] is not None:
            other = kept[previous]
            if other.end > mention.start:  # overlapping mentions of one entry
                if (mention.score, mention.end - mention.start) <= (other.score,
                                                                   other.end - other.start):
                    continue
                kept[previous] = None  # type: ignore[call-overload]
        seen.add(key)
        last_of[id(mention.entry)] = len(kept)
        kept.append(mention)
        if mention.end > cover_end:
            cover_start, cover_end = span
    return [m for m in kept if m is not None]
