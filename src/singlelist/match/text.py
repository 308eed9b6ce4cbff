"""Find mentions of listed names in free text, with character offsets.

Two passes over the text:

1. Exact names: every listed name (and every name known to be equivalent to it,
   e.g. ``Daesh`` for ISIL) is put through one character mapping
   (:mod:`singlelist.match.folding`) and searched with an Aho-Corasick automaton over
   the text put through the same mapping, at word boundaries; offsets are mapped back
   to the original characters.
2. Other spellings, scripts and translations (:mod:`singlelist.match.runs`): runs of
   name-like words around rare words of the index or vocabulary words, scored against
   the index.

Ambiguous names - two or three letters (``HTS``, ``IS``), one common word or place
(``The Base``, ``Israel``), one word naming a ship or a person - are matched on the text
as written (acronyms in capitals only, so "crisis" never yields ISIS and "is" never IS)
and must be corroborated: the same entry mentioned by a longer name elsewhere in the
text or, for a 3-letter acronym, a vocabulary word nearby (``HTS fighters``).
"""

from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from singlelist.match.compare import DEFAULT_THRESHOLD, FUZZY, Score, compare_forms
from singlelist.match.folding import Folded, fold
from singlelist.match.frequency import frequent_word
from singlelist.match.index import (
    OTHER_READING,
    READ_AS_KOREAN,
    Hit,
    IndexEntry,
    NameIndex,
    form_kind,
)
from singlelist.match.joined import (
    has_joined_words,
    joined_boundary,
    latin_case_ending,
    particle_cuts,
    word_end,
)
from singlelist.match.names import (
    ORGANISATION,
    PERSON,
    PLACE,
    TITLE,
    equivalence_index,
    equivalent_words,
    han_vocabulary_words,
    korean_name_reading,
    prepare,
    word_like,
)
from singlelist.match.names import (
    WORD as WORD_ROLE,
)
from singlelist.match.normalize import (
    APOSTROPHES,
    CYRILLIC_WORD,
    DOTTED_HAN,
    DOTTED_KATAKANA,
    HAN_RUN,
    KATAKANA_BREAKS,
    KOREAN_CYRILLIC_NAME,
    MIDDLE_DOTS,
    THAI_WORD,
    clean,
    is_foreign_hangul_name,
    other_readings,
    phonetic,
    russian_stem,
    thai_syllable_start,
    thai_word_cuts,
    thai_words_apart,
)
from singlelist.match.runs import (
    WORD,
    a_description,
    common_word,
    company_word_token,
    fuzzy_mentions,
    in_sentence_case,
    inside_a_longer_name,
    is_ambiguous,
    kind_word,
    near_keys,
    particle,
    word_before,
)
from singlelist.match.vocabulary import LEGAL_FORM, Vocabulary

_CONTEXT_WORDS = 6  # how near a vocabulary word must be to corroborate a short name
_SCORE_CACHE_SIZE = 200_000  # scores of spans against listed names kept across texts
# a word in this many listed names at least, nearly all persons', is a given name
_GIVEN_NAME_NAMES, _GIVEN_NAME_SHARE = 5, 0.95


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


def _acronym(value: str, folded: str, index: NameIndex) -> bool:
    """A short name written in capitals, or of three letters: looked for in capitals -
    not an ordinary word or place that a list writes in capitals (an alias ISRAEL,
    TIGER, DOCTOR: in a headline in capitals, the word)."""
    compact = folded.replace(" ", "")
    return len(compact) <= 3 or (len(compact) <= 6 and value.isupper()
                                 and not common_word(folded, index))


def _word_in_capitals(value: str, folded: str, index: NameIndex) -> bool:
    """One word in capitals that reads as a word and is no frequent word of a language
    (LUKOIL, ALROSA): an organisation's name that news writes as a word (Lukoil), not
    an acronym (ISIL) - nor OPERA, INTER, which are words."""
    return (value.isupper() and folded.isalpha() and word_like(folded)
            and not frequent_word(folded, index.vocabulary))


_COMPANY_WORD_LENGTH = 5  # letters of a company's one word that news writes alone, at least


def _company_word(value: str, tokens: Any, index: NameIndex) -> tuple[str, str] | None:
    """The one word of an organisation's name beside its legal forms (Lukoil of Lukoil
    PJSC, Severstal of PUBLIC JOINT STOCK COMPANY SEVERSTAL), folded and as written: the
    name news writes alone - unless an ordinary word (Progress, September: common or
    frequent in a language), a given name, or no word of Latin or Cyrillic letters."""
    vocab = index.vocabulary
    token = company_word_token(tokens, vocab)
    if token is None or token.role != WORD_ROLE:
        return None
    written = [w for w in WORD.findall(value)
               if [t.text for t in prepare(w, ORGANISATION, vocab).tokens] == [token.text]]
    if len(written) != 1:
        return None
    word = written[0]
    folded = fold(word)
    if len(folded) < _COMPANY_WORD_LENGTH or not folded.isalpha() or any(
            ord(c) >= 0x530 for c in folded):
        return None
    if common_word(folded, index) or frequent_word(folded, vocab):
        return None
    return folded, word


_BRACKETED = re.compile(r"\(([^()]*)\)?")
_TRAILING_BRACKET = re.compile(r"\([^()]*\)?\s*$")


def _with_acronym(value: str, index: NameIndex) -> tuple[str, str] | None:
    """A name ending in its own acronym (Al Qaïda au Maghreb islamique AQMI): the name
    and the acronym."""
    head, _, last = value.rpartition(" ")
    if not head or not (2 <= len(last) <= 6 and last.isalpha() and last.isupper()):
        return None
    initials = iter(w[0] for w in WORD.findall(head.upper()))
    if not all(letter in initials for letter in last):
        return None  # (its letters not among the initials in order: LTD of X TRADING)
    return (head, last) if last.lower() in prepare(head, ORGANISATION, index.vocabulary).acronyms else None


def _automaton(index: NameIndex) -> tuple[Any, dict[str, list[_Alias]]]:
    cached = index.cache.get("text_automaton")
    if cached is not None:
        return cached
    automaton = ahocorasick.Automaton()
    keys: dict[str, list[_Alias]] = {}
    short: dict[str, list[_Alias]] = {}

    def add(value: str, name_no: int | None, entry_no: int) -> None:
        if "(" not in value and (split := _with_acronym(value, index)):
            value = f"{split[0]} ({split[1]})"  # a name followed by its acronym, unbracketed
        if "(" in value and _TRAILING_BRACKET.search(value):
            # a name ending in a bracketed part (Tehrik-e Taliban Pakistan (TTP)): the
            # name and the part, each on its own - the whole would hide the other lists'
            # names inside it
            for part in (_BRACKETED.sub(" ", value), *_BRACKETED.findall(value)):
                if part.strip() and "(" not in part:
                    add(" ".join(part.split()), name_no, entry_no)
            return
        if index.vocabulary.thai_words and THAI_WORD.search(value):
            value = thai_words_apart(value, index.vocabulary.thai_words)  # (as texts are read)
        folded = fold(value)
        if len(folded) < 2:
            return
        ambiguous = is_ambiguous(value, folded, index) or (
            # one word naming a ship, an aircraft or a person: too often something else
            # (also where its parts are read apart - Abdullah: abd + allah; not a Korean
            # or Chinese name, syllables written as one word)
            index.entries[entry_no].kind not in ("organisation",)
            and _one_word(value, folded, form_kind(index.entries[entry_no].kind), index)
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
            acronym = _acronym(value, folded, index) and (
                vague or not _word_in_capitals(value, folded, index))
            target.setdefault(variant, []).append(
                _Alias(name_no, entry_no, value, vague, acronym))
        if name_no is not None and not ambiguous and (
                index.entries[entry_no].kind == "organisation"):
            company = _company_word(value, index.form(name_no).tokens, index)
            if company:
                word, written = company
                acronym = _acronym(written, word, index) and not _word_in_capitals(
                    written, word, index)
                keys.setdefault(word, []).append(_Alias(name_no, entry_no, value, False, acronym))

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
    gc.freeze()  # like the index it belongs to: kept, and kept out of the GC's rounds
    return cached


# --- finding -------------------------------------------------------------------------


def _boundary(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end >= len(text) or not text[end].isalnum()
    )


def _joined(text: str, folded: Folded, start: int, end: int, index: NameIndex) -> bool:
    """A name found inside a word of the folded text that is, in the original, a name
    with only clitics or particles joined to it, or in a text without spaces."""
    o_start, o_end = folded.original_offset(start), folded.original_end(end)
    if start > 0 and folded.original_offset(start - 1) == o_start or (
            end < len(folded.text) and folded.original_offset(end) < o_end):
        return False  # (a match cutting the letters of one original character apart)
    return joined_boundary(text, o_start, o_end, index.vocabulary)


def _with_case_ending(text: str, folded: Folded, start: int, end: int, aliases: list,
                      index: NameIndex) -> list:
    """The aliases of organisations (not acronyms) of a name found at the start of a
    word that is the name with a case ending joined (Hezbollahu, Talibanem)."""
    o_start, o_end = folded.original_offset(start), folded.original_end(end)
    if not latin_case_ending(text, o_start, o_end, index.vocabulary) or _word_of_its_own(
            text[o_start:word_end(text, o_end)], text[o_start:o_end], index):
        return []
    entries = index.entries
    return [a for a in aliases if not a.acronym and form_kind(entries[a.entry_no].kind) != PERSON]


def _word_of_its_own(word: str, name: str, index: NameIndex) -> bool:
    """A whole word that listed names have as it is, that the vocabulary knows as
    another word than the name at its start, or that is a frequent word of a language:
    itself, not that name with a case ending (Africa is no AFRIC-a, Indonesian posisi no
    POSIS-i; Talibanem is Taliban)."""
    tokens = prepare(word, ORGANISATION, index.vocabulary).tokens
    if len(tokens) != 1:
        return False
    if frequent_word(fold(word), index.vocabulary):
        return True
    concepts = {t.concept for t in prepare(name, ORGANISATION, index.vocabulary).tokens}
    return ("t" + tokens[0].key) in index.postings or (
        tokens[0].concept is not None and tokens[0].concept not in concepts)


def _score_alias(span_text: str, alias: _Alias, index: NameIndex,
                 threshold: float) -> tuple[Score, str]:
    entry = index.entries[alias.entry_no]
    kind = form_kind(entry.kind)
    if alias.name_no is not None:
        value = index.name_values[alias.name_no]
        # (a part of a listed name with a bracketed part is scored as that part)
        listed = index.form(alias.name_no) if value == alias.value else prepare(
            alias.value, kind, index.vocabulary)
        # a name written as listed is the listed name's own prepared form
        query = listed if span_text == alias.value else prepare(span_text, kind, index.vocabulary)
        return compare_forms(query, listed, threshold), value
    query = prepare(span_text, kind, index.vocabulary)
    # an equivalent name: score against the entry's names
    best: tuple[Score, str] | None = None
    for value, _role in entry.names:
        score = compare_forms(query, prepare(value, kind, index.vocabulary), threshold)
        if best is None or score.value > best[0].value:
            best = (score, value)
    assert best is not None
    return best


def _corroborating(text: str, start: int, end: int, index: NameIndex) -> bool:
    """A word of a concept of the vocabulary within a few words of ``text[start:end]``
    (not a function word nor a legal form: the English "at" is no Turkish A.Ş.)."""
    before = WORD.findall(text[max(0, start - 80):start])[-_CONTEXT_WORDS:]
    after = WORD.findall(text[end:end + 80])[:_CONTEXT_WORDS]
    vocab = index.vocabulary
    for word in (*before, *after):
        folded = fold(word)
        if folded and folded not in vocab.function_words and any(
                concept != LEGAL_FORM for concept in vocab.phrases.get((phonetic(folded),), ())):
            return True
    return False


def find_mentions(text: str, index: NameIndex, sources: Iterable[str] | None = None,
                  topics: Iterable[str] | None = None,
                  threshold: float | None = None) -> list[Mention]:
    """Listed names mentioned in ``text``, in order of position.

    Each :class:`Mention` has the character offsets in ``text``, the text as written,
    the index entry, the score, the listed name it matched and an explanation.
    ``sources``/``topics`` keep entries having any of them. Words joined as handles
    and hashtags join them (@Lashkar_e_Taiba, #HayatTahrirAlSham) are read apart, and a
    text in lower case only is also read with its words capitalised.
    """
    written = text
    text = text.replace("_", " ")  # (same offsets)
    thai = _thai_cuts(text, index) if THAI_WORD.search(text) else []
    if thai:  # (Thai writes no spaces between words: read with the vocabulary's apart)
        reading, at = _read_apart(text, thai)
        mentions = _mentions(reading, index, sources, topics, threshold)
        for mention in mentions:
            mention.start, mention.end = at[mention.start], at[mention.end - 1] + 1
    else:
        mentions = _mentions(text, index, sources, topics, threshold)
    if _LATIN_LOWER.search(text) and not any(c.isupper() for c in text):
        # a text in lower case only (a post, a chat): its names are found as listed
        # above, and written otherwise (lashkar e taiba) where each word is capitalised -
        # but for descriptions (the central bank is no Central Bank of Syria) and persons
        # with a letter alone, which is no initial there (Czech zabit v, killed in)
        mentions = _dedupe(mentions + [
            m for m in _mentions(_capitalised(text), index, sources, topics, threshold)
            if not (m._why is not None and a_description(m._why) or form_kind(
                m.entry.kind) == PERSON and any(len(w) == 1 for w in WORD.findall(m.text)))])
    joined = [m for m in _CAMEL_CASE.finditer(text) if not any(
        o.start <= m.start() and m.end() <= o.end for o in mentions)]
    if joined:
        mentions = _dedupe(mentions + _camel_case_mentions(text, joined, index, sources, topics,
                                                           threshold))
    for mention in mentions:
        mention.text = written[mention.start:mention.end]
    return sorted(mentions, key=lambda m: (m.start, -m.score))


_LATIN_LOWER = re.compile(r"[a-z]")
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")


def _capitalised(text: str) -> str:
    """``text`` with each word's first letter capitalised, offsets kept."""
    return _WORD_START.sub(lambda m: m.group(0).upper() if len(m.group(0).upper()) == 1
                           else m.group(0), text)


# words written together, each capitalised, in a hashtag or handle (#HayatTahrirAlSham,
# @AlShabaab) or three at least (not DeMarco, McDonald: a name's own letters)
_CAMEL_CASE = re.compile(r"(?:(?<=[#@])[A-Z]?[a-z]+(?:[A-Z][a-z]+)+|(?<![^\W_])[A-Z]?[a-z]+"
                         r"(?:[A-Z][a-z]+){2,})(?![^\W_])")


def _camel_case_mentions(text: str, joined: list[re.Match[str]], index: NameIndex,
                         sources: Iterable[str] | None, topics: Iterable[str] | None,
                         threshold: float | None) -> list[Mention]:
    """The mentions in words written together, read apart (Hayat Tahrir Al Sham), at
    their offsets in ``text``."""
    out = []
    for match in joined:
        words = match.group(0)
        reading, at = _read_apart(words, [i for i in range(1, len(words))
                                          if words[i].isupper() and words[i - 1].islower()])
        for mention in _mentions(reading, index, sources, topics, threshold):
            mention.start = match.start() + at[mention.start]
            mention.end = match.start() + at[mention.end - 1] + 1
            out.append(mention)
    return out


_THAI_NAME_WORD = 4  # letters of the key of a listed name's word read in Thai, at least


def _thai_cuts(text: str, index: NameIndex) -> list[int]:
    """Where words begin and end in the runs of Thai letters of ``text``: the words of
    the vocabulary (:func:`thai_word_cuts`), and after one saying what sort of body
    follows, the longest letters that read as a word of a listed name (กลุ่มตาลีบันยึด
    กรุง: group | taliban | seized the city) - elsewhere Thai words are not cut by the
    names of the lists, whose short words their syllables would often read."""
    vocab = index.vocabulary
    cuts = set(thai_word_cuts(text, vocab.thai_words))
    kinds = vocab.kind_concepts | vocab.group_concepts
    for run in THAI_WORD.finditer(text):
        bounds = sorted({run.start(), run.end(), *(c for c in cuts if run.start() < c < run.end())})
        for before, start, end in zip(bounds, bounds[1:], bounds[2:], strict=False):
            word = text[before:start]
            if text[start:end] in vocab.thai_words or not kinds.intersection(
                    vocab.spelled.get(tuple(clean(word).split()), ())):
                continue
            last = next((e for e in range(end, start + 1, -1) if (
                e == end or thai_syllable_start(text, e)) and _thai_name_word(
                text[start:e], index.postings)), None)
            if last is not None and last < end:
                cuts.add(last)
    return sorted(cuts)


def _thai_name_word(letters: str, postings: dict) -> bool:
    """Letters in Thai that read as one word of a listed name."""
    words = clean(letters).split()
    return len(words) == 1 and len(key := phonetic(words[0])) >= _THAI_NAME_WORD and (
        "t" + key) in postings


def _read_apart(text: str, cuts: list[int]) -> tuple[str, list[int]]:
    """``text`` with a space at each of ``cuts`` (ascending offsets), and where each of
    its characters is in ``text``."""
    letters: list[str] = []
    at: list[int] = []
    cut = set(cuts)
    for i, char in enumerate(text):
        if i in cut:
            letters.append(" ")
            at.append(i)
        letters.append(char)
        at.append(i)
    return "".join(letters), at


def _mentions(text: str, index: NameIndex, sources: Iterable[str] | None,
              topics: Iterable[str] | None, threshold: float | None) -> list[Mention]:
    """The mentions of :func:`find_mentions` in a text read as written."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    accept = index._filter(None, topics, sources)
    automaton, short = _automaton(index)
    folded = Folded(text)
    norm = folded.text
    mentions: list[Mention] = []
    strong_entries: dict[int, float] = {}
    # names written in lower case (in a text that capitalises names) or made only of
    # common words: kept only if the same entry is also mentioned otherwise
    weak: list[tuple[int, Mention, str]] = []
    cased = any(c.isupper() for c in text)
    scored: dict[tuple, tuple[Score, str]] = index.cache.setdefault("text_alias_scores", {})
    hits = []
    joining = has_joined_words(text)
    if automaton is not None:
        for end, (key, aliases) in automaton.iter(norm):
            start = end - len(key) + 1
            if _boundary(norm, start, end + 1) or joining and _joined(
                    text, folded, start, end + 1, index):
                hits.append((start, end + 1, aliases))
            elif end + 1 < len(norm) and norm[end + 1].isalpha():
                named = _with_case_ending(text, folded, start, end + 1, aliases, index)
                if named:
                    hits.append((start, end + 1, named))
    # longest names first: a name inside a longer name found as listed is not scored
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    found_spans: list[tuple[int, int]] = []
    articles = index.vocabulary.articles | {"the"}
    for start, end, aliases in hits:
        outer = _mention_place(norm, start, end, found_spans, articles)
        if outer is None:
            continue
        o_start = folded.original_offset(start)
        o_end = folded.original_end(end)
        span = text[o_start:o_end]
        if _possessive_end(span):
            # (the English possessive read as a plural: Taliban's is no Talibans; the
            # name before it is found as written joined)
            aliases = [a for a in aliases if _possessive_end(a.value)]
        reported = folded.original_offset(outer[0])  # (The Taliban, for TALIBAN too)
        upper = span.isupper()
        full: set[int] = set()  # entries found here at the highest score already
        for alias in aliases:
            if alias.acronym and not upper:
                continue  # "Isis" is not ISIS
            if alias.entry_no in full:
                continue  # another spelling of the entry's names cannot do better
            if accept is not None and alias.name_no is not None and not accept(alias.name_no):
                continue
            if accept is not None and alias.name_no is None and not _accept_entry(
                    index, alias.entry_no, topics, sources):
                continue
            # the score depends on the listed name and its kind, not on the entry:
            # a name listed by several lists is scored once (and across texts)
            memo_key = ((span, alias.value, index.name_kinds[alias.name_no], threshold)
                        if alias.name_no is not None else (span, id(alias), threshold))
            memo = scored.get(memo_key)
            if memo is None:
                memo = _score_alias(span, alias, index, threshold)
                if len(scored) >= _SCORE_CACHE_SIZE:
                    scored.clear()
                scored[memo_key] = memo
            score, name = memo
            if score.value < threshold:
                continue
            if _across_sentences(span, alias.value):
                continue  # "... national. Bank ..." is not National Bank
            why = _weak_reason(text, o_start, span, alias.value, index, cased, exact=True) or (
                _after_given_name(text, o_start, span, alias, index)) or (
                "part of a longer name" if inside_a_longer_name(
                    text, o_start, o_end, alias.value, index) else "")
            mention = Mention(reported, o_end, text[reported:o_end],
                              index.entries[alias.entry_no], score.value, name,
                              "listed name in text", score)
            if why:
                weak.append((alias.entry_no, mention, why))
                continue
            strong_entries[alias.entry_no] = max(strong_entries.get(alias.entry_no, 0.0),
                                                 score.value)
            mentions.append(mention)
            if score.value >= 1.0:
                full.add(alias.entry_no)
            if not found_spans or found_spans[-1] != (start, end):
                found_spans.append((start, end))
    mentions = _dedupe(mentions)
    mentions.extend(_other_lists_mentions(mentions, index, topics, sources, threshold))
    covered = [(m.start, m.end) for m in mentions]
    exact_spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        exact_spans.setdefault(id(mention.entry), []).append((mention.start, mention.end))
    others = fuzzy_mentions(text, index, accept, threshold, covered)
    if KOREAN_CYRILLIC_NAME.search(text):
        # a part of a Korean name is no other person's name (Чен Ын of Ким Чен Ын)
        korean = _korean_cyrillic_names(text)
        others = [o for o in others if not any(
            a <= o[0] and o[1] <= b and (o[0], o[1]) != (a, b) for a, b in korean)]
        others.extend(_korean_cyrillic_mentions(text, korean, index, topics, sources, threshold,
                                                covered))
    if any(dot in text for dot in KATAKANA_BREAKS):
        others = itertools.chain(
            others, _dotted_han_mentions(text, index, topics, sources, threshold, covered),
            _dotted_katakana_mentions(text, index, topics, sources, threshold, covered))
    if HAN_RUN.search(text):
        others = itertools.chain(
            others, _han_group_mentions(text, index, topics, sources, threshold, covered),
            _hanja_name_mentions(text, index, topics, sources, threshold, covered))
    if is_foreign_hangul_name(text):
        others = itertools.chain(
            others, _foreign_hangul_mentions(text, index, topics, sources, threshold, covered))
    for start, end, entry_no, score, name in others:
        mention = Mention(start, end, text[start:end], index.entries[entry_no], score.value,
                          name, "other spelling or translation", score)
        if any(a < mention.end and mention.start < b and not (
                mention.start <= a and b <= mention.end and b - a < mention.end - mention.start)
               for a, b in exact_spans.get(id(mention.entry), ())):
            continue  # the same entry is already found there by a listed name (not by a
            # shorter one inside: Wagner in Wagner-Gruppe, where other lists' Wagner Group is)
        why = _weak_reason(text, start, mention.text, name, index, cased,
                           exact=False) or _place_name(mention.text, index)
        if why:
            weak.append((entry_no, mention, why))
            continue
        strong_entries.setdefault(entry_no, mention.score)
        mentions.append(mention)
    for entry_no, mention, why in weak:
        if entry_no in strong_entries:
            mention._how += f" ({why}: corroborated by another name of the same entry)"
            mentions.append(mention)
    mentions.extend(_short_mentions(text, index, short, strong_entries, accept, topics,
                                    sources, threshold))
    if ", " in text:
        mentions.extend(_inverted_name_mentions(text, index, topics, sources, threshold))
    mentions = _dedupe(mentions)
    if any(form_kind(m.entry.kind) == PERSON for m in mentions):
        mentions = _dedupe(mentions + _family_name_mentions(text, mentions, index))
    if "(" in text or "[" in text:
        mentions = _dedupe(mentions + _defined_acronym_mentions(text, mentions))
    mentions = _dedupe(_with_case_endings(text, mentions))
    mentions = _one_person_per_words(text, mentions, index.vocabulary)
    return sorted(mentions, key=lambda m: (m.start, -m.score))


def _one_person_per_words(text: str, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """Of two persons' mentions sharing words of the text, the one whose listed name
    meets the words of both well below the other's is none: سید علی خامنه‌ای is Seyyed
    (a title) Ali Khamenei, not the Sayed Ali of Ashraf Sayed ALI beside Ali Khamenei."""
    persons = sorted((m for m in mentions if form_kind(m.entry.kind) == PERSON),
                     key=lambda m: m.start)
    drop: set[int] = set()
    for i, one in enumerate(persons):
        for other in persons[i + 1:]:
            if other.start >= one.end:
                break
            if (other.start, other.end) == (one.start, one.end) or other.end <= one.end:
                continue  # (the same words, or inside: for _dedupe)
            both = prepare(text[one.start:other.end], PERSON, vocab)
            scores = [compare_forms(both, prepare(m.matched_name, PERSON, vocab)).value
                      for m in (one, other)]
            if scores[0] < scores[1] - _WELL_BELOW:
                drop.add(id(one))
            elif scores[1] < scores[0] - _WELL_BELOW:
                drop.add(id(other))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _with_case_endings(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of names found with a case ending joined (Russian Газпрома,
    Сбербанка: Gazprom's, Sberbank's; Finnish Hamasin, Hamasille) as the whole words the
    text writes - in alphabets with letter case (a word of Chinese characters or of
    Arabic letters may hold more than a name)."""
    for mention in mentions:
        end = mention.end
        if end < len(text) and _cased(text[end]) and _cased(text[end - 1]):
            ending = word_end(text, end)
            if ending - end <= _MAX_CASE_ENDING and all(_cased(c) for c in text[end:ending]):
                mention.end = ending
                mention.text = text[mention.start:ending]
    return mentions


def _cased(char: str) -> bool:
    """A letter of an alphabet with letter case (Latin, Cyrillic, Greek...)."""
    return char.islower() or char.isupper()


_OTHER_LISTS_SCORE = 0.95  # how sure a name search of a listed name's mention must be


def _other_lists_mentions(mentions: list[Mention], index: NameIndex,
                          topics: Iterable[str] | None, sources: Iterable[str] | None,
                          threshold: float) -> list[Mention]:
    """The entries of other lists that write a name found as listed otherwise (Vladimir
    Putin, as the UK lists him, is Vladimir Vladimirovich PUTIN to OFAC and DFAT): those
    a name search of the mention finds at :data:`_OTHER_LISTS_SCORE`, naming the same
    subject, at the same place. Without filters, remembered across texts (names recur)."""
    memo: dict[tuple, list] = index.cache.setdefault("text_other_lists", {})
    found = {(m.start, m.end, id(m.entry)) for m in mentions}
    least = max(threshold, _OTHER_LISTS_SCORE)
    remember = not (topics or sources)  # (a search with filters is this call's alone)
    out: list[Mention] = []
    for mention in mentions:
        kind = mention.entry.kind
        key = (mention.text, kind, threshold)
        hits = memo.get(key) if remember else None
        if hits is None:
            # (a company's name with a legal form more is searched down to the threshold)
            floor = least if form_kind(kind) == PERSON else threshold
            hits = [hit for hit in index.search(mention.text, kind=kind, topics=topics,
                                                sources=sources, threshold=floor)
                    if _same_subject(mention.text, hit, index.vocabulary, least)]
            if remember:
                if len(memo) >= _SCORE_CACHE_SIZE:
                    memo.clear()
                memo[key] = hits
        for hit in hits:
            if (mention.start, mention.end, id(hit.entry)) in found:
                continue
            found.add((mention.start, mention.end, id(hit.entry)))
            out.append(Mention(mention.start, mention.end, mention.text, hit.entry,
                               hit.score.value, hit.matched_name,
                               "listed name in text, as another list writes it", hit.score))
    return out


def _same_subject(written: str, hit: Hit, vocab: Vocabulary, least: float) -> bool:
    """A name search's hit names what the mention names: every word of the mention
    matched, none only alike, at ``least`` - and the listed name has no other word than
    a person's middle names (a text writes first and family name: not another first
    name, Ali Saddam Hussein AL-TIKRITI is not Saddam Hussein) or, whatever the score,
    an organisation's legal forms (PJSC GAZPROM NEFT; Kata'ib Hizballah is not
    Hezbollah)."""
    query_left, listed_left = hit.score.unmatched
    if query_left or any(how == FUZZY for _a, _b, _sim, how in hit.score.pairs):
        return False  # (a word alike is not another list's spelling: Mingguo / Mingfu)
    if form_kind(hit.entry.kind) == PERSON:
        if len(WORD.findall(written)) < 2 or hit.score.value < least:
            return False
        words = [t.text for t in prepare(hit.matched_name, PERSON, vocab).tokens
                 if t.role != TITLE]  # (Haji Agha Jan ALIZAI's first name is Agha)
        return not listed_left or bool(words) and words[0] not in listed_left and (
            words[-1] not in listed_left)
    if not listed_left:
        return hit.score.value >= least
    return all(t.concept == LEGAL_FORM for t in hit.score.unmatched_tokens[1])


_DOTTED_EDGE = 5  # characters of the first or last part of a dotted name, at most


def _dotted_han_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                         sources: Iterable[str] | None, threshold: float,
                         covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Foreign names written in Chinese characters, their parts parted by a middle dot,
    in running Chinese (车臣领导人拉姆赞·卡德罗夫周二表示: Ramzan Kadyrov). No space
    says where such a name starts and ends: its first part is tried with two to five of
    the characters before the first dot, its last with two to five after the last one,
    and the best scoring span is the mention - a person's (Chinese dots the parts of a
    foreign person's name; a name beside it, found already, does not hide it: 哈马斯领导人
    伊斯梅尔·哈尼亚, Hamas's leader Ismail Haniyeh)."""
    for match in DOTTED_HAN.finditer(text):
        dots = [i for i in range(match.start(), match.end()) if text[i] in MIDDLE_DOTS]
        first = max(match.start(), dots[0] - _DOTTED_EDGE)
        last = min(match.end(), dots[-1] + 1 + _DOTTED_EDGE)
        spans = [(start, end) for start in range(first, dots[0] - 1)
                 for end in range(dots[-1] + 3, last + 1)
                 if not any(a < end and start < b for a, b in covered)]
        yield from _best_span_hits(text, spans, index, PERSON, topics, sources, threshold)


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_FOREIGN_NAME_WORDS = 3  # Hangul words of a foreign person's name in running Korean, at most
_FOREIGN_SYLLABLES = 4  # syllables of a Hangul word, at least, that is no Korean name's


def _foreign_hangul_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                             sources: Iterable[str] | None, threshold: float,
                             covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Foreign persons' names written in Hangul in running Korean, their words apart
    (블라디미르 푸틴 대통령이: Vladimir Putin; 야히야 신와르가: Yahya Sinwar). A word of four
    syllables or more is no Korean name's: with words before it and after it, the last
    with or without the particles joined to it, the best scoring span whose every word is
    a word of the name is the mention - a person's (Korean words read as a name's
    syllables are not tried: 경제 정책을, economic policy, is no Kyong Thaek JONG)."""
    words = [m.span() for m in _HANGUL_WORD.finditer(text)]
    for i, (a, b) in enumerate(words):
        if b - a < _FOREIGN_SYLLABLES or not _read_as_name_word(text[a:b], index):
            continue
        starts = {a}  # (and one or two words before it: 아부 바크르 알바그다디, Abu Bakr al-Baghdadi)
        for k in range(i - 1, max(-1, i - _FOREIGN_NAME_WORDS), -1):
            if text[words[k][1]:words[k + 1][0]] != " ":
                break
            starts.add(words[k][0])
        spans = []
        for j in range(i, min(i + _FOREIGN_NAME_WORDS, len(words))):
            if j > i and text[words[j - 1][1]:words[j][0]] != " ":
                break
            x, y = words[j]
            for cut in particle_cuts(text[x:y], index.vocabulary):
                for start in starts:
                    # (one word alone: a foreign name's four syllables still, not 수장,
                    # head, of 수장이다)
                    if (start < a or j > i or cut >= _FOREIGN_SYLLABLES) and not any(
                            c < x + cut and start < d for c, d in covered):
                        spans.append((start, x + cut))
        # (every word of the span in the name: 김정은 국무위원장이, the chairman's title is
        # no word of Kim Jong Un's)
        yield from _best_span_hits(text, spans, index, PERSON, topics, sources, threshold,
                                   whole=True)


def _read_as_name_word(word: str, index: NameIndex) -> bool:
    """Whether a Hangul word of four syllables or more, read as a foreign name's (with
    its particles or without), is a word of the index or near one (신와르가: sinwar,
    Sinwar's; not 대통령이, the president): only such words are tried as parts of names
    (each try is a search)."""
    for cut in particle_cuts(word, index.vocabulary):
        for reading in other_readings(word[:cut]):  # (three syllables at least)
            for token in prepare(reading, PERSON, index.vocabulary, word[:cut]).tokens:
                if "t" + token.key in index.postings or any(near_keys(token, index)):
                    return True
    return False


def _best_span_hits(text: str, spans: Iterable[tuple[int, int]], index: NameIndex,
                    kind: str | None, topics: Iterable[str] | None,
                    sources: Iterable[str] | None, threshold: float,
                    whole: bool = False) -> Iterator[tuple]:
    """The hits of the span of ``text`` whose best hit scores highest (the first of
    those scoring alike), each as ``(start, end, entry number, score, listed name)``;
    with ``whole``, only hits that meet every word of the span."""
    best: tuple[float, int, int, list] | None = None
    for start, end in spans:
        hits = index.search(text[start:end], kind=kind, topics=topics, sources=sources,
                            threshold=threshold)
        if whole:
            hits = [h for h in hits if not h.score.unmatched[0]]
        if hits and (best is None or hits[0].score.value > best[0]):
            best = (hits[0].score.value, start, end, hits)
    if best is not None:
        _top, start, end, hits = best
        for hit in hits:
            yield start, end, _entry_no(index, hit.entry), hit.score, hit.matched_name


def _hanja_name_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                         sources: Iterable[str] | None, threshold: float,
                         covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Korean persons' names in running Chinese, three characters from a Korean family
    name's, read as Korean reads them (普京会见了金正恩: 김정은, Kim Jong Un): a mention
    where that reading meets every word of a listed person's name."""
    vocab = index.vocabulary
    for at, char in enumerate(text):
        if char not in vocab.hanja_family_names or any(a < at + 3 and at < b for a, b in covered):
            continue
        korean = korean_name_reading(text[at:at + 3], vocab)
        if not korean:
            continue
        # (the reading alone, as search reads the characters otherwise too)
        for hit in index.search(korean, kind=PERSON, topics=topics, sources=sources,
                                threshold=threshold / OTHER_READING):
            if not any(hit.score.unmatched):
                yield (at, at + 3, _entry_no(index, hit.entry),
                       hit.score.with_factor(OTHER_READING, READ_AS_KOREAN), hit.matched_name)


_HAN_NAME_BEFORE = 10  # characters of a name in running Chinese before its last word, at most


def _han_group_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                        sources: Iterable[str] | None, threshold: float,
                        covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Groups named in running Chinese, their last word of the vocabulary saying what
    sort of group each is (巴勒斯坦伊斯兰圣战组织发表声明: the Palestinian Islamic Jihad,
    哈卡尼网络的领导人: the Haqqani Network). No space says where such a name starts: it
    is tried from two to ten characters before that word, with the word and without,
    and the best scoring span (the longest of those scoring best) is the mention."""
    vocab = index.vocabulary
    kinds = vocab.kind_concepts | vocab.group_concepts
    for run in HAN_RUN.finditer(text):
        chars = run.group(0)
        syllables = [clean(char) for char in chars]
        starts = _han_name_starts(syllables, vocab)
        for end in range(3, len(chars) + 1):
            size = next((size for size in range(min(vocab.max_phrase, end - 2), 0, -1)
                         if kinds.intersection(vocab.spelled.get(
                             tuple(syllables[end - size:end]), ()))), 0)
            if not size:
                continue
            last_start, o_end = run.start() + end - size, run.start() + end
            if any(a < o_end and last_start < b for a, b in covered):
                continue
            # (with the last word and without it: 组织, organisation, follows many a name)
            spans = sorted(((start, stop)
                            for start in range(max(run.start(), last_start - _HAN_NAME_BEFORE),
                                               last_start - 1)
                            if start - run.start() in starts
                            for stop in (o_end, last_start) if stop - start >= 2),
                           key=lambda span: span[0] - span[1])
            # (the longest first: it keeps a tie)
            yield from _best_span_hits(text, spans, index, ORGANISATION, topics, sources,
                                       threshold)


def _han_name_starts(syllables: list[str], vocab: Any) -> set[int]:
    """Where a name may start in a run of Chinese characters: not inside a word of the
    vocabulary, nor right after a place's (中国共产党 is China's Communist Party, no
    listed one with another country's name)."""
    inside: set[int] = set()
    after_place: set[int] = set()
    for start, end in han_vocabulary_words(syllables, vocab):
        inside.update(range(start + 1, end))
        if vocab.place_concepts.intersection(vocab.spelled[tuple(syllables[start:end])]):
            after_place.add(end)
    return set(range(len(syllables))) - inside - after_place


def _dotted_katakana_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                              sources: Iterable[str] | None, threshold: float,
                              covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Foreign names in katakana, their parts parted by a middle dot, in running Japanese
    (ロシアのウラジーミル・プーチン大統領: Vladimir Putin): katakana says where such a
    name starts and ends; each is searched as a name."""
    for match in DOTTED_KATAKANA.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in covered):
            continue
        for hit in index.search(match.group(0), topics=topics, sources=sources,
                                threshold=threshold):
            yield match.start(), match.end(), _entry_no(index, hit.entry), hit.score, hit.matched_name


_KOREAN_SYLLABLE_LETTERS = 6  # letters of a syllable of a Korean name in Cyrillic, at most


def _korean_cyrillic_names(text: str) -> list[tuple[int, int]]:
    """The Korean names running Russian writes (Ким Чен Ын, Чхве Рён Хэ: Kim Jong Un,
    Choe Ryong Hae): a family name and one to three short capitalised words, a family
    name after three words starting another (Ким Чен Ына Ким Ё Чжон; but Ри Пён Чхоль,
    Пён a family name too)."""
    names: list[list[tuple[int, int]]] = []
    open_name = False
    for word in CYRILLIC_WORD.finditer(text):
        family = KOREAN_CYRILLIC_NAME.match(text, word.start()) is not None
        joined = names and text[names[-1][-1][1]:word.start()] in (" ", "-")
        if open_name and joined and word.group(0)[0].isupper() and (
                len(word.group(0)) <= _KOREAN_SYLLABLE_LETTERS) and (
                len(names[-1]) < 3 or not family and len(names[-1]) < 4):
            names[-1].append(word.span())
        elif family:
            names.append([word.span()])
            open_name = True
        else:
            open_name = False
    return [(words[0][0], words[-1][1]) for words in names if len(words) > 1]


def _without_ending(name: str, vocab: Vocabulary) -> str:
    """``name`` without the longest ending of the vocabulary's joined suffixes that its
    last word has (Ким Чен Ына: Ким Чен Ын)."""
    last = len(name) - len(re.split(r"[\s-]", name)[-1])
    ending = max((s for s in vocab.joined_suffixes
                  if name.endswith(s) and len(name) - len(s) > last), key=len, default="")
    return name[:len(name) - len(ending)]


def _korean_cyrillic_mentions(text: str, names: list[tuple[int, int]], index: NameIndex,
                              topics: Iterable[str] | None, sources: Iterable[str] | None,
                              threshold: float, covered: list[tuple[int, int]]) -> Iterator[tuple]:
    """Each Korean name of running Russian (``names``: their spans) searched as a person's
    name, with the case ending of its last word (Ким Чен Ына) or without."""
    for start, end in names:
        if any(a < end and start < b for a, b in covered):
            continue
        name = text[start:end]
        hits = index.search(name, kind=PERSON, topics=topics, sources=sources, threshold=threshold)
        stem = _without_ending(name, index.vocabulary)
        if not hits and stem != name:
            hits = index.search(stem, kind=PERSON, topics=topics, sources=sources,
                                threshold=threshold)
        for hit in hits:
            if not hit.score.unmatched[1]:  # (all of the listed name: not Хан Соло)
                yield start, end, _entry_no(index, hit.entry), hit.score, hit.matched_name


_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“”«»()\[\]]|\s[-–—])\W*$")


def _mention_place(norm: str, start: int, end: int, found_spans: list[tuple[int, int]],
                   articles: set[str]) -> tuple[int, int] | None:
    """Where a name found at ``norm[start:end]`` is mentioned: nowhere inside a longer
    name found there, or inside it but for an article (The Islamic State in "The Islamic
    State Khorasan Province"); at the longer name's words where it is that name but for
    its article (TALIBAN in "The Taliban"); else at its own."""
    place = (start, end)
    for a, b in found_spans:
        if a < start and end == b and all(w in articles for w in norm[a:start].split()):
            place = (a, b)
        elif a <= start and end <= b or start < a < end <= b and all(
                w in articles for w in norm[start:a].split()):
            return None
    return place


def _possessive_end(value: str) -> bool:
    """``value`` ends in an apostrophe and s (the English possessive)."""
    return len(value) > 2 and value[-1] in "sS" and value[-2] in APOSTROPHES


def _across_sentences(span: str, value: str) -> bool:
    """The span runs over the end of a sentence that the listed name does not have."""
    return bool(_SENTENCE_BREAK.search(span)) and not _SENTENCE_BREAK.search(value)


def _weak_reason(text: str, start: int, span: str, value: str, index: NameIndex,
                 cased: bool, exact: bool) -> str:
    """Why a mention needs corroboration, or "": a listed name written in lower case in a
    text that capitalises names ("said said", "national bank"), or a name made only of
    common words that is not written as a name ("Bank support", "Companies Defence" at
    the start of a sentence)."""
    if not cased or span[:1].isupper() and _quoted(text, start, start + len(span)):
        return ""  # (a capitalised name in quotation marks is written as a name:
        # «Россия сегодня»; not "national bank")
    initial = bool(_SENTENCE_END.search(text[max(0, start - 40):start]))
    memo: dict = index.cache.setdefault("text_weak_reasons", {})
    key = (span, value, exact, initial)
    why = memo.get(key)
    if why is None:
        why = _weak_span(span, value, index, exact, initial)
        if len(memo) >= _SCORE_CACHE_SIZE:
            memo.clear()
        memo[key] = why
    return why


_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "‹": "›", "「": "」"}


def _quoted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is put in quotation marks."""
    return start > 0 and end < len(text) and _QUOTES.get(text[start - 1]) == text[end]


def _place_name(span: str, index: NameIndex) -> str:
    """Why a name found otherwise than as listed is a place's, or "": it starts or ends
    with a word of places' names (the Red Sea is not RED SEA TRADING CORPORATION, nor the
    Silk Road MARITIME SILK ROAD LLC)."""
    words = WORD.findall(span)
    features = index.vocabulary.place_features
    if len(words) > 1 and (_fold_word(words[0]) in features or _fold_word(words[-1]) in features):
        return "a place's name"
    return ""


def _one_word(value: str, folded: str, kind: str, index: NameIndex) -> bool:
    """A name of one word: one token, or one word written (not syllables as one word)."""
    form = prepare(value, kind, index.vocabulary)
    return len(form.tokens) == 1 or " " not in folded and not form.syllabic


def _after_given_name(text: str, start: int, span: str, alias: _Alias, index: NameIndex) -> str:
    """Why an organisation's one-word name right after a given name needs corroboration
    (Peter Wagner is a person, not the Wagner group), or ""."""
    if len(span.split()) != 1 or form_kind(index.entries[alias.entry_no].kind) == PERSON:
        return ""
    before = word_before(text, start)
    if before is None or not before.group(1)[:1].isupper():
        return ""
    return "after a given name" if _given_name(before.group(1), index) else ""


def _given_name(word: str, index: NameIndex) -> bool:
    """A word of many listed names, nearly all persons': a given name (or a family name
    of many) - remembered."""
    memo: dict[str, bool] = index.cache.setdefault("text_given_names", {})
    given = memo.get(word)
    if given is None:
        tokens = prepare(word, PERSON, index.vocabulary).tokens
        # (an article or other function word is none, whatever names share its letters:
        # German Die before Taliban)
        names = index.postings.get("t" + tokens[0].key, ()) if len(tokens) == 1 and (
            _fold_word(word) not in index.vocabulary.function_words) else ()
        kinds = index.name_kinds
        given = len(names) >= _GIVEN_NAME_NAMES and sum(
            kinds[n] == PERSON for n in names) >= _GIVEN_NAME_SHARE * len(names)
        if len(memo) < 100_000:
            memo[word] = given
    return given


# a family name in capitals, a comma, the given names: as lists and press releases write
# persons (SINWAR, Yahya; AL-SINWAR, Yahya Ibrahim Hassan)
_FAMILY_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ ]){0,3}[^\W\d_][\w'’-]*$")
_GIVEN_AFTER = re.compile(r"[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,4}")
_MAX_GIVEN = 5  # given names after the comma, at most


def _inverted_name_mentions(text: str, index: NameIndex, topics: Iterable[str] | None,
                            sources: Iterable[str] | None, threshold: float) -> list[Mention]:
    """Persons written family name first, in capitals, then a comma and the given names
    (SINWAR, Yahya), searched as written: the whole, the given names capitalised after
    the comma as far as they go, and fewer of them if the name is not found."""
    out: list[Mention] = []
    for comma in re.finditer(r",[ ]", text):
        before = _FAMILY_BEFORE.search(text, max(0, comma.start() - 80), comma.start())
        after = _GIVEN_AFTER.match(text, comma.end())
        if before is None or after is None:
            continue
        words = before.group(0).split(" ")
        cut = len(words)
        while cut and words[cut - 1].isupper():
            cut -= 1  # (the family name's words only: the last ones, in capitals)
        family = " ".join(words[cut:])
        if sum(c.isalpha() for c in family) < 3 or (
                before.end() - len(family) > 0 and text[before.end() - len(family) - 1].isalnum()):
            continue
        start = before.end() - len(family)
        given = []
        for word in after.group(0).split(" ")[:_MAX_GIVEN]:
            if not (word[:1].isupper() and not word.isupper()) and not (
                    given and particle(_fold_word(word), index)):
                break
            given.append(word)
        while given and not given[-1][:1].isupper():
            given.pop()
        while given:
            end = comma.end() + len(" ".join(given))
            span = text[start:end]
            hits = index.search(span, kind=PERSON, topics=topics, sources=sources,
                                threshold=threshold, limit=10)
            if hits:
                out.extend(Mention(start, end, span, hit.entry, hit.score.value,
                                   hit.matched_name, "family name first, then the given names",
                                   hit.score) for hit in hits)
                break
            given.pop()
    return out


_BRACKETED_ACRONYM = re.compile(r"\s*[(\[]([^\W_][\w-]{1,9})[)\]]")


def _defined_acronym_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation named in full, its acronym in brackets after it, then the acronym
    alone, as reports write (Lashkar-e-Taiba (LeT) ... LeT denied it): the acronym there
    and later, as written, is a mention of the organisation - an acronym of two capitals
    or more whose letters are, in order, the initials of the name's words (the first
    the first)."""
    out: list[Mention] = []
    for mention in mentions:
        if form_kind(mention.entry.kind) == PERSON:
            continue
        bracket = _BRACKETED_ACRONYM.match(text, mention.end)
        if bracket is None:
            continue
        acronym = bracket.group(1)
        letters = [c for c in acronym if c.isalpha()]
        initials = [w[0] for w in WORD.findall(mention.text.replace("-", " "))]
        if sum(c.isupper() for c in letters) < 2 or not initials or (
                letters[0].lower() != initials[0].lower()):
            continue
        rest = iter(i.lower() for i in initials[1:])
        if not all(c.lower() in rest for c in letters[1:]):
            continue
        at = bracket.start(1)
        while at >= 0:
            end = at + len(acronym)
            if _boundary(text, at, end):
                out.append(Mention(at, end, acronym, mention.entry, round(mention.score * 0.95, 4),
                                   mention.matched_name,
                                   f"acronym of {mention.text!r}, defined in the text",
                                   mention._why))
            at = text.find(acronym, end)
    return out


_MAX_CASE_ENDING = 4  # letters of a case ending joined to a name (Talibanerna)
_FAMILY_NAME_LENGTH = 4  # letters of a family name that news writes alone, at least


def _with_ending(text: str, start: int, end: int, name: str, index: NameIndex) -> int:
    """Where the word holding ``name`` at ``start`` ends if it is the name with a case
    ending (Russian Пригожина, German Sinwars, Polish Sinwara), else ``end``."""
    ending = word_end(text, end)
    if ending == end or ending - end > _MAX_CASE_ENDING:
        return end
    if not name.isascii():
        word = clean(text[start:ending])
        return ending if russian_stem(word) in (clean(name), russian_stem(clean(name))) else end
    return ending if text[end:ending] == "s" or latin_case_ending(
        text, start, end, index.vocabulary) else end


def _family_name_mentions(text: str, mentions: list[Mention], index: NameIndex) -> list[Mention]:
    """A person named in full, then by the family name alone, as news writes (Yahya
    Sinwar ... Sinwar said): each later word written as the last word of the full
    mention, not beside another capitalised word (Mohammed Sinwar is another name; a
    title may stand before it: Mr Sinwar; a sentence's first word, if no given name of
    the vocabulary or of many names: Later Sinwar) - unless a word of many persons'
    names (Haqqani) or of few letters. A person written SINWAR, Yahya is named again
    Sinwar."""
    out: list[Mention] = []
    seen: set[tuple[str, int]] = set()
    for mention in mentions:
        if form_kind(mention.entry.kind) != PERSON:
            continue
        family, comma, _given = mention.text.partition(",")
        if comma:  # (SINWAR, Yahya: the family name first, in capitals; Sinwar after)
            words = WORD.findall(family)
            last = words[-1].title() if words and words[-1].isupper() else ""
        else:
            words = WORD.findall(mention.text)
            last = words[-1] if len(words) > 1 else ""
        if (len(last) < _FAMILY_NAME_LENGTH or not last[:1].isupper() or last.isupper()
                or (last, id(mention.entry)) in seen):
            continue
        seen.add((last, id(mention.entry)))
        folded = _fold_word(last)
        if common_word(folded, index) or particle(folded, index) or _given_name(last, index):
            continue
        at = text.find(last, mention.end)
        while at >= 0:
            end = _with_ending(text, at, at + len(last), last, index)
            before = word_before(text, at)
            while before is not None and _fold_word(before.group(1)) in index.vocabulary.articles:
                before = word_before(text, before.start(1))  # (Hafez al-Assad)
            after = re.match(r"[ \t]+(\w)", text[end:end + 3])
            # (a sentence's first word is capitalised anyway: Later, not Mohammed)
            beside = before is not None and before.group(1)[:1].isupper() and not (
                particle(_fold_word(before.group(1)), index)) and (
                not _SENTENCE_END.search(text[max(0, before.start(1) - 40):before.start(1)])
                or _given_name(before.group(1), index)
                or phonetic(clean(before.group(1))) in index.vocabulary.given_names)
            # (a capitalised word after it makes another name, Sinwar Brigade - but not
            # after a case ending: Sinwars Tod, German capitalising its nouns)
            named_on = after is not None and after.group(1).isupper() and end == at + len(last)
            if _boundary(text, at, end) and not beside and not named_on:
                out.append(Mention(at, end, text[at:end], mention.entry,
                                   round(mention.score * 0.95, 4),
                                   mention.matched_name,
                                   f"family name of {mention.text!r}, named in full before",
                                   mention._why))
            at = text.find(last, end)
    return out


def _fold_word(word: str) -> str:
    return word.lower() if word.isascii() and word.isalnum() else fold(word)


def _weak_span(span: str, value: str, index: NameIndex, exact: bool, initial: bool) -> str:
    words = [(m.start(), m.group(0)) for m in WORD.finditer(span)]
    if not words or not (initial or any(w[:1].islower() for _a, w in words)):
        return ""  # no word in lower case, the first one not a sentence's first word
    listed_lower = {w for w in WORD.findall(value) if w[:1].islower()}
    content = []
    for at, word in words:
        folded = _fold_word(word)
        if not folded or particle(folded, index):
            continue
        content.append((at, word, folded))
    if not content:
        return ""
    capitals = [w for a, w, _f in content if w[:1].isupper() and not (a == 0 and initial)]
    # (a word saying what sort of group a name is goes in lower case after the name's
    # capitalised words, a sentence's first too but for a common word: the Haqqani
    # network, the Wagner group)
    named = any(w[:1].isupper() and not (a == 0 and initial and common_word(f, index))
                for a, w, f in content)
    lower = [(w, f) for _a, w, f in content if w[:1].islower() and w not in listed_lower
             and not _group_word(f, index) and not (named and kind_word(w, index))]
    if lower and exact and not _cyrillic_sentence_case(content, lower, index):
        return "written in lower case"
    if not lower and len(capitals) == len(content):
        return ""  # written as a name
    if initial and not lower and len(content) >= 3 and len(capitals) == len(content) - 1 and (
            _place_word(content[0][2], index)):
        return ""  # a nationality opening a sentence, the name's other words capitalised
        # (Iranian Revolutionary Guard commanders met)
    if any(common_word(w.lower(), index) for w, _f in lower) and not in_sentence_case(
            [w for _a, w, _f in content], index):
        # (an ordinary word as written: "national bank"; not a word of another language
        # that folds to one - French writes names in lower case: Front populaire de
        # libération de la Palestine; nor one after a word of another language's name:
        # Islamiska jihad)
        return "written in lower case"
    if all(common_word(f, index) for _a, _w, f in content):
        if not lower and _group_name(span, index):
            return ""  # a well-known group's name opening a sentence (Islamic State claims)
        # the capital of the first word of a sentence says nothing
        return "common words, not written as a name"
    return ""


def _place_word(folded: str, index: NameIndex) -> bool:
    """A word of the vocabulary naming a country or region, or its adjective (Iranian)."""
    tokens = prepare(folded, ORGANISATION, index.vocabulary).tokens
    return len(tokens) == 1 and tokens[0].role == PLACE


def _cyrillic_sentence_case(content: list[tuple[int, str, str]], lower: list[tuple[str, str]],
                            index: NameIndex) -> bool:
    """A name as Russian, Ukrainian or Bulgarian write names: a capitalised first word
    that is no ordinary word nor a place, the others in lower case and Cyrillic (Газпром
    нефть, Норильский никель; not Россия сегодня, Russia today)."""
    first = content[0][1]
    return first[:1].isupper() and all(CYRILLIC_WORD.fullmatch(w) for w, _f in lower) and not (
        common_word(content[0][2], index)
        or any(t.role == PLACE for t in prepare(first, ORGANISATION, index.vocabulary).tokens))


def _group_name(span: str, index: NameIndex) -> bool:
    """A name of an equivalence group of the vocabulary (Islamic State, État islamique)."""
    form = prepare(span, ORGANISATION, index.vocabulary)
    groups = equivalence_index(index.vocabulary)
    return any(key and key in groups
               for key in (form.concept_key, form.concepts_in_any_order, form.compact))


_GROUP_WORD_LENGTH = 6  # letters of a group's one-word name that may be written in lower case


def _group_word(folded: str, index: NameIndex) -> bool:
    """A word that names a group of equivalent names alone, long and no common word:
    written in lower case as French, Spanish, Italian write such names (les talibans,
    los talibanes, i talebani) - not Aleph, Hamas or ISIS, which lower case makes words."""
    return (len(folded) >= _GROUP_WORD_LENGTH and folded in equivalent_words(index.vocabulary)
            and not common_word(folded, index))


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


def _short_forms(index: NameIndex, short: dict[str, list[_Alias]]) -> tuple[Any, dict]:
    """An automaton of the acronyms (as written: capitals only, "IS" but not "is"), and
    the other ambiguous names by entry (looked for only where the entry is mentioned)."""
    cached = index.cache.get("text_short_forms")
    if cached is not None:
        return cached
    automaton = ahocorasick.Automaton()
    acronyms: dict[str, list[_Alias]] = {}
    by_entry: dict[int, dict[str, list[_Alias]]] = {}
    for aliases in short.values():
        for alias in aliases:
            forms = {alias.value, alias.value.upper(), alias.value.title()}
            for form in forms:
                target = (acronyms if alias.acronym
                          else by_entry.setdefault(alias.entry_no, {})).setdefault(form, [])
                if alias not in target:
                    target.append(alias)
    for form, aliases in acronyms.items():
        automaton.add_word(form, (form, aliases))
    if acronyms:
        automaton.make_automaton()
    cached = (automaton if acronyms else None, by_entry)
    index.cache["text_short_forms"] = cached
    return cached


def _short_mentions(text: str, index: NameIndex, short: dict[str, list[_Alias]],
                    strong: dict[int, float], accept: Any, topics: Any, sources: Any,
                    threshold: float) -> list[Mention]:
    """Ambiguous names, written as listed (acronyms in capitals) and corroborated."""
    if not short:
        return []
    automaton, by_entry = _short_forms(index, short)
    found: list[tuple[int, int, str, list[_Alias]]] = []
    if automaton is not None:
        for end, (form, aliases) in automaton.iter(text):
            found.append((end - len(form) + 1, end + 1, form, aliases))
    wanted = {f: a for e in strong for f, a in by_entry.get(e, {}).items()}
    for form, aliases in wanted.items():  # a few names: searched one by one
        at = text.find(form)
        while at >= 0:
            found.append((at, at + len(form), form, aliases))
            at = text.find(form, at + 1)
    out = []
    for start, end, span, aliases in found:
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
                end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
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
    one entry, entries scoring well below the best entry at the same span, and mentions
    scoring well below another they overlap."""
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
        if key in seen or mention.score < best_at[span] - _WELL_BELOW:
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
    kept = [m for m in kept if m is not None]
    # two names do not share a word of the text: of two mentions overlapping in part, the
    # one scoring well below the other is none (Sheikh Hassan, an alias of another
    # person, in Sheikh Hassan Nasrallah)
    return [m for i, m in enumerate(kept) if not any(
        o.start < m.end and m.start < o.end and (o.start, o.end) != (m.start, m.end)
        and o.score - m.score > _WELL_BELOW - 0.001  # (0.1 apart at least, as floats)
        for o in kept[max(0, i - _OVERLAP_REACH):i + _OVERLAP_REACH])]


_WELL_BELOW = 0.1  # a mention scoring this much below another at its words is none
_OVERLAP_REACH = 12  # mentions before and after one (ordered by start) that may overlap it
