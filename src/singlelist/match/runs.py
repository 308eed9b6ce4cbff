"""Fuzzy mentions: runs of name-like words in text scored against the index.

Capitalised words (or words in a script without case) that are rare keys of the index,
words of the vocabulary, or two words side by side that some listed name has both of
(Ramzan Kadyrov, Kim Jong Un), anchor a run of name-like words around them (particles
allowed between, lowercase vocabulary words allowed after: ``Front de la victoire``).
A run of two words or more with a rare word or two vocabulary words is scored against
the names sharing a rare word with it (or, for a translation, the index's retrieval);
the part of the run that best matches a listed name becomes a mention - two words at
least, never across "and" unless the name has it, never one common word alone.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, pairwise
from typing import Any

from singlelist.match.compare import FUZZY, Score, align, compare_forms, token_similarity
from singlelist.match.folding import fold
from singlelist.match.frequency import frequent_word
from singlelist.match.index import ROLE_FACTORS, NameIndex, form_kind
from singlelist.match.joined import without_case_endings
from singlelist.match.names import (
    ALLAH_WORD,
    CONCEPT_ROLES,
    CONNECTORS,
    GENERIC,
    KIND,
    ORGANISATION,
    PERSON,
    after_joined_article,
    article_before,
    equivalence_index,
    in_any_order,
    prepare,
    vocabulary_concepts,
    word_like,
)
from singlelist.match.normalize import (
    adjective_bases,
    clean,
    is_hangul,
    other_latin_keys,
    phonetic,
    plural_stems,
    russian_stem,
)
from singlelist.match.vocabulary import LEGAL_FORM

_AMBIGUOUS_LENGTH = 3  # names of this many letters or fewer need corroboration
_MIN_COVER = 0.6  # share of a listed name a run must cover to be looked at closely
# (of a person's: less, a text gives first and family name of a longer one, Ayman
# al-Zawahiri of Ayman Muhammad Rabi al-Zawahiri)
_MIN_COVER_PERSON = 0.45
_ANCHOR_MIN = 10  # a word in at most this many listed names (or a share of them) anchors
_ANCHOR_SHARE = 5000
_CONJUNCTIONS = frozenset({"and", "or", "et", "ou", "y", "und", "oder", "ve", "veya", "dan", "atau",
                           "wa", "va", "och", "og", "eller", "oraz"})
# (and, where they part a run in two names, i and a: Polish, Croatian, Czech and -
# Vladimiru Putinovi a Jevgeniji Prigožinovi; a word of names elsewhere, Lashkar i Jhangvi)
# and words saying where, which part a name from the place after it as "and" parts two
# names (Kim Jong Un in Vladivostok, Kim Jong Un di Vladivostok); the run is searched
# whole too (Al-Qaida in the Arabian Peninsula is one name)
_PART_CONJUNCTIONS = _CONJUNCTIONS | {"i", "a", "in", "di", "at", "from", "en", "im", "dans"}
# conjunctions that fold to a word of names (Russian и, Romanian și: i, si - the i of
# Lashkar i Jhangvi, a Chinese syllable): known as written
_WRITTEN_CONJUNCTIONS = {"и": "and", "или": "or", "і": "and", "та": "and", "або": "or",
                         "και": "and", "ή": "or", "și": "and", "şi": "and", "és": "and",
                         "vagy": "or", "và": "and", "hoặc": "or"}
_MAX_RUN = 24  # words of a run of name-like words that are looked at
_FEW_HOLDING = 20  # names holding two concepts of a translated name compared with it
_ABJAD_RUN_CANDIDATES = 12  # names retrieved by the consonants of a run in Arabic script
_ABJAD_PAIR_CANDIDATES = 10  # and for each two words of it
_HANGUL_NAME_CANDIDATES = 10  # names retrieved for a word of a run read as a Korean name
_RUN_GLUE = frozenset({
    "al", "el", "ad", "ed", "ud", "ul", "ush", "ash", "asch", "as", "an", "at", "ar", "az", "ath",
    # (as Turkish and French write them: Eymen ez-Zevahiri, Heyet Tahrir eş-Şam)
    "ez", "es", "esh", "et", "eth", "er", "uz", "ut", "ur",
    "adh", "wa", "wal", "fi", "li", "bi", "bin", "ibn", "ben", "bint", "abu", "abd", "umm",
    "e", "i", "ye", "of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "da",
    "di", "van", "von", "y", "en", "au", "aux", "a", "del", "der", "im",
    # Portuguese, Italian, Dutch (Partido dos Trabalhadores do Curdistão, Brigate dei
    # Martiri, Stato Islamico dell'Iraq)
    "do", "dos", "das", "della", "delle", "dei", "degli", "dell", "dello", "nel", "nella",
    "per", "het", "voor",
    # German (Al-Qaida auf der Arabischen Halbinsel, Gesellschaft zur Wiederbelebung)
    "auf", "zur", "zum", "fur", "vom",
    # as Russian writes them (ад-Даула, аз-Заркави, бен Ладен)
    "аль", "ал", "эль", "ад", "ан", "аш", "ат", "ас", "ар", "аз", "уль", "валь", "ва", "бен",
    "бин", "ибн", "абу", "абд", "умм", "и",
})


def is_ambiguous(value: str, folded: str, index: NameIndex) -> bool:
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


def _combining_marks() -> str:
    """A regex class body of the combining marks, and the zero-width (non-)joiners:
    parts of a word that ``\\w`` leaves out (the vowel signs and virama of Indic
    scripts, Thai vowels, Arabic and Hebrew vowel points, a Persian half space)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges) + "\\u200c\\u200d"


# a letter or digit, or a mark of one (\w alone would cut लश्कर at its virama)
_LETTER = rf"(?:[^\W_]|[{_combining_marks()}])"
# (an apostrophe joins the parts of a word, Hay'at, not the English possessive 's)
_JOINED_PART = rf"(?:['’ʼ`‘](?![sS]\b){_LETTER}+)*"
WORD = re.compile(rf"[^\W_]{_LETTER}*{_JOINED_PART}", re.UNICODE)
# words that may start a name: capitalised, or in a script without letter case
# (lowercase letters of Latin-1, Cyrillic and Greek are left out by range, those of the
# Latin extensions - Polish ż, Czech ž, Turkish ş, Vietnamese đ, ạ - one by one: \w has
# no case)
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f\u03ac-\u03ce" + "".join(
    re.escape(c) for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.islower())
_NAME_WORD = re.compile(rf"\b[^\W\d_{_LOWER}]{_LETTER}*{_JOINED_PART}")
# the name-like word right before a position (spaces between)
_WORD_BEFORE = re.compile(rf"({_NAME_WORD.pattern})[ \t]+\Z")
# the word in lower case right before a position (spaces between, and an opening quote
# mark: дивизия «Фатемиюн»)
_LOWER_WORD_BEFORE = re.compile(rf"(?<![^\W_])([{_LOWER}][^\W\d_]*)[ \t]+[«„“\"]?\Z")
_LONGEST_WORD = 30
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]{}\"“”«»\n,]|\s[-–—]\s")
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "as", "ash", "asch", "an", "at", "ar", "az", "ath",
                            "adh", "ud", "ul", "the"})
_WINDOW = 120  # characters around an anchor searched for its run of name-like words
# the Arabic article as Turkish writes it that is also a word (French et, Spanish es,
# German er): between capitalised words, glue before a hyphen only (not "Sahara et le
# Groupe": two names)
_HYPHEN_GLUE = frozenset({"es", "et", "er"})
_GLUE_RE = "|".join(sorted(_RUN_GLUE - _HYPHEN_GLUE, key=len, reverse=True))
_HYPHEN_GLUE_RE = "|".join(sorted(_HYPHEN_GLUE))
_ARABIC_ARTICLES = _ARTICLE_WORDS - {"the"}
# and joined by a hyphen, as Turkish and French also write it (Eş-Şebab, ez-Zevahiri,
# en-Nosra): words of their own apart (et, es, er, en)
_HYPHEN_ARTICLES = _ARABIC_ARTICLES | {"esh", "eth", "ez", "es", "et", "er", "ed", "en", "ush",
                                        "uz", "ut", "ur", "us", "un"}
# (and as Russian writes them, in lower case before a name: аль-Каидой)
_CYRILLIC_ARTICLES = ("аль", "эль", "ал", "ад", "аш", "ан", "ат", "ар", "ас", "аз")
_ARTICLE_RE = "|".join(sorted([*_ARTICLE_WORDS, *_CYRILLIC_ARTICLES], key=len, reverse=True))
# (with a syllable in lower case joined by a hyphen, as Korean given names are written:
# Kim Jong-un, Choe Ryong-hae - not a particle between words, Ansar-ul-Islam)
_NAME_RE = rf"[^\W\d_{_LOWER}]{_LETTER}*{_JOINED_PART}(?:[-‐‑][a-z]{{2,5}}(?![\w'’‐‑-]))?"
_SEP_RE = r"(?:[ \t]+|[ \t]*[-‐‑][ \t]*)"
# a run of name-like words: capitalised words with particles between them
_RUN = re.compile(
    rf"(?<![^\W_])(?:(?:{_ARTICLE_RE}){_SEP_RE})?{_NAME_RE}"
    rf"(?:{_SEP_RE}(?:(?:{_GLUE_RE}){_SEP_RE}|(?:{_HYPHEN_GLUE_RE})[ \t]*[-‐‑][ \t]*)*{_NAME_RE})*"
)


def _name_like(word: str) -> bool:
    """Capitalised, or in a script without letter case."""
    first = word[0]
    return first.isupper() or not first.islower()


_NEXT_WORD = re.compile(rf"[ \t]*[-‐‑]?[ \t]*([^\W_]{_LETTER}*{_JOINED_PART})")


def _extend_run(text: str, end: int, index: NameIndex) -> int:
    """Extend a run over the lowercase vocabulary words that follow it, as names in
    French and other languages write them (``Front de la victoire``); in Cyrillic (and
    other scripts with letter case) over trade words too, and over one other word
    before one (``Омского моторостроительного конструкторского бюро``): Russian writes
    the words of a name after the first in lowercase."""
    vocab = index.vocabulary
    pos = end
    skipped = conjunction = after_e = False
    before = text[max(0, end - _WINDOW):end].split()
    previous = before[-1] if before else ""  # (the run's last word)
    for _ in range(_MAX_RUN):
        match = _NEXT_WORD.match(text, pos)
        if not match:
            break
        written = match.group(1)
        if _vocabulary_phrase(previous, written, index) or _vocabulary_phrase(
                written, _next_word(text, match.end()), index):
            # a word of a phrase of the vocabulary, as languages that write a word's
            # syllables apart write it (Vietnamese Nhà nước, state; Hồi giáo, Islamic)
            pos = end = match.end()
            previous = written
            continue
        previous = written
        words = fold(written).split()
        if not words:
            break
        if all(w in _RUN_GLUE or w in _CONJUNCTIONS or w in vocab.function_words
               or w in vocab.language_function_words for w in words):
            # (a name may have "and" before lowercase words: soutien à l'islam et aux
            # musulmans; a capitalised word after it starts another name. Portuguese
            # and Italian "e" before an article is "and": Estado Islâmico e o Partido;
            # before a word, the Persian izafe: Lashkar e Taiba)
            conjunction = conjunction or words[-1] in _CONJUNCTIONS or (
                after_e and words[0] in vocab.function_words)
            after_e = words[-1] == "e"
            pos = match.end()
            continue
        after_e = False
        if conjunction and _name_like(written):
            break
        elided = _ELIDED.match(written)
        if elided:
            rest = written[elided.end():]
            if _name_like(rest) or _name_word_of(rest, vocab):
                pos = end = match.end()  # d'Ouzbékistan, l'Armée, à l'islam: a name goes on
                continue
        if not _name_word_of(written, vocab):
            if skipped or _LATIN_LETTER.match(written) or not _vocabulary_next(
                    text, match.end(), vocab):
                break
            skipped = True
        pos = end = match.end()
    return end


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _next_word(text: str, pos: int) -> str:
    match = _NEXT_WORD.match(text, pos)
    return match.group(1) if match else ""


def _starts_phrase(word: str, index: NameIndex) -> bool:
    """Whether a word is the first of a two-word phrase of the vocabulary (remembered)."""
    if not word:
        return False
    memo: dict[str, bool] = index.cache.setdefault("text_phrase_starts", {})
    starts = memo.get(word)
    if starts is None:
        firsts = index.vocabulary.cache.get("phrase_firsts")
        if firsts is None:
            firsts = index.vocabulary.cache["phrase_firsts"] = frozenset(
                p[0] for p in index.vocabulary.spelled if len(p) == 2)
        starts = clean(word) in firsts
        if len(memo) < 500_000:
            memo[word] = starts
    return starts


def _vocabulary_phrase(first: str, second: str, index: NameIndex) -> bool:
    """Two words that are one phrase of the vocabulary, not of trade words (nhà nước,
    state; not công ty, company); most words start none (remembered)."""
    if not second or not _starts_phrase(first, index):
        return False
    vocab = index.vocabulary
    concepts = vocab.spelled.get(tuple(clean(f"{first} {second}").split()))
    return bool(concepts) and any(c not in vocab.trade_concepts for c in concepts)


def _name_word_of(written: str, vocab: Any) -> bool:
    """A lowercase word that may go on a name: a vocabulary word, and in a script other
    than Latin a trade word too. (Looked up as cleaned, not folded: države is drzhave,
    as the vocabulary's država, not drzave.)"""
    cleaned = clean(written).split()
    concepts = vocabulary_concepts(cleaned[-1], vocab) if cleaned else ()
    if not concepts:
        return False
    return _LATIN_LETTER.match(written) is None or any(
        c not in vocab.trade_concepts for c in concepts)


def _vocabulary_next(text: str, pos: int, vocab: Any) -> bool:
    """Whether the word after ``pos`` is a lowercase word that may go on a name."""
    match = _NEXT_WORD.match(text, pos)
    if not match or _name_like(match.group(1)):
        return False
    return _name_word_of(match.group(1), vocab)


_ELIDED = re.compile(r"^(?:[ldjmnst]|qu|dell|all|nell)['’]", re.IGNORECASE)


def _anchor_words(text: str, index: NameIndex, starts: list[int],
                  reach: list[int]) -> list[tuple[int, int, str, int]]:
    """Name-like words of the text that anchor a run, in order: ``(start, end, word,
    kind)`` where kind says whether the word's key is rare in the index (and the word is
    not a common word or place) or the word is of the vocabulary (a translated name is
    made of them). Each distinct word is classified once per index. Words of the names
    found as listed (``starts``/``reach``: the sorted spans of those names) are skipped:
    those names are found."""
    known: dict[str, int] = index.cache.setdefault("text_anchor_words", {})
    out = []
    for match in _NAME_WORD.finditer(text):
        if starts:
            before = bisect_right(starts, match.start()) - 1
            if before >= 0 and reach[before] >= match.end():
                continue
        word = match.group(0)
        kind = known.get(word)
        if kind is None:
            kind = _word_kind(word, index, known)
        if kind in (_NOT_ANCHOR, _PAIR_ANCHOR) and _vocabulary_phrase(
                word, _next_word(text, match.end()), index):
            kind = _CONCEPT_ANCHOR  # the first word of a phrase (Nhà nước, Hồi giáo)
        if kind != _NOT_ANCHOR or _article_joined_before(text, match.start()):
            out.append((match.start(), match.end(), word, kind))
    return out


def _word_kind(word: str, index: NameIndex, known: dict[str, int] | None = None) -> int:
    """Whether a word is rare in the index, of the vocabulary, or neither (remembered)."""
    if known is None:
        known = index.cache.setdefault("text_anchor_words", {})
        kind = known.get(word)
        if kind is not None:
            return kind
    vocab = index.vocabulary
    form = prepare(word, ORGANISATION, vocab)
    kind = _NOT_ANCHOR
    if _compound_name(form.tokens):
        kind = _RARE_ANCHOR  # a word of several concepts, a name (Hisbollah: party + god)
    elif is_hangul(word) and len(prepare(word, PERSON, vocab).tokens) >= 3:
        kind = _RARE_ANCHOR  # a Korean name, read syllable by syllable (김수광)
    elif any(t.concept and t.role in CONCEPT_ROLES for t in form.tokens):
        kind = _CONCEPT_ANCHOR  # (not trade words and legal forms: International, Ltd)
    elif fold(word) not in vocab.common_words:
        if any(("t" + t.key) in _anchor_keys(index) or _near_anchor(t, index)
               for t in form.tokens):
            kind = _RARE_ANCHOR
        elif any(0 < len(index.postings.get("t" + t.key, ())) <= _PAIR_POSTINGS
                 for t in form.tokens):
            kind = _PAIR_ANCHOR
        elif any(_near_pair(t, index) for t in form.tokens):
            kind = _NEAR_ANCHOR
    if len(known) < 500_000:
        known[word] = kind
    return kind


_ADJECTIVE_FORMS = ("", "iy", "yy", "y", "i", "aya", "oe", "oye")


def _not_in_index(token: Any, index: NameIndex) -> bool:
    """A word of five letters or more (by its key) that no listed name has."""
    return len(token.key) >= 5 and ("t" + token.key) not in index.postings


def near_keys(token: Any, index: NameIndex) -> Iterator[str]:
    """The index's keys a letter or so from the word's (another spelling)."""
    return ("t" + other for other, sim in index._similar_keys(token.key, token.foreign)
            if sim >= 0.8)


def _near_anchor(token: Any, index: NameIndex) -> bool:
    """A word not in the index a letter or so from a rare one (another spelling, or an
    inflection: Нусру for Nusra)."""
    if not _not_in_index(token, index):
        return False
    anchors = _anchor_keys(index)
    if any(("t" + phonetic(base + ending)) in anchors for ending in _ADJECTIVE_FORMS
           for base in adjective_bases(token.text)):
        return True  # a Russian adjective in another case (Ульяновского, Тамбовского)
    return any(key in anchors for key in near_keys(token, index))


def _near_pair(token: Any, index: NameIndex) -> bool:
    """A word not in the index a letter or so from a word of few names (Prigożyn:
    Prigozhin, a word of too many names to anchor alone)."""
    return _not_in_index(token, index) and any(
        0 < len(index.postings.get(key, ())) <= _PAIR_POSTINGS for key in near_keys(token, index))


def _given_name_before(text: str, start: int, index: NameIndex) -> int | None:
    """Where the word right before ``start`` starts when it is a given name of the
    vocabulary, in any of its forms (Jewgienij, Olexandr), else None."""
    previous = word_before(text, start)
    if previous is None or not _vocabulary_given_name(previous.group(1), index):
        return None
    return previous.start()


def _vocabulary_given_name(word: str, index: NameIndex) -> bool:
    """A word that is one of the forms of a given name of the vocabulary (remembered)."""
    memo: dict[str, bool] = index.cache.setdefault("text_given_name_forms", {})
    given = memo.get(word)
    if given is None:
        tokens = prepare(word, PERSON, index.vocabulary).tokens
        given = len(tokens) == 1 and tokens[0].key in index.vocabulary.given_names
        if len(memo) < 100_000:
            memo[word] = given
    return given


# a word of the index not rare enough to anchor alone (Kadyrov, Kim, Jong: a family's
# names, a Korean syllable) anchors with the next one when few names have both; a word
# spelled a letter or so from one of those (Prigożyn) anchors after a given name
_NOT_ANCHOR, _RARE_ANCHOR, _CONCEPT_ANCHOR, _PAIR_ANCHOR, _NEAR_ANCHOR = 0, 1, 2, 3, 4
_PAIR_POSTINGS = 300  # names a word of such a pair is in at most
_STEM_POSTINGS = 50  # names a word without its case ending is in, at most, to retrieve them
_MIN_STEM = 4  # letters of a word without its case ending, at least
_NEAR_STEM = 0.85  # a word's without its ending is another spelling of a word of the index
_NEAR = 40  # characters within which a vocabulary word needs another anchor


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


_GAP_SPLIT = re.compile(r"[\s\-‐‑]+")


def _concept_goes_on(text: str, a: int, b: int, covered: list[tuple[int, int]],
                     starts: list[int], index: NameIndex) -> bool:
    """A vocabulary word at ``a``..``b`` beside a name found as listed (Kata'ib Hezbollah),
    followed by lowercase vocabulary words (Курдская рабочая партия: Russian writes a
    name's later words in lowercase) or by a word of its run that a listed name has with
    it (Jaish-e-Mohammad: Jaish-i-Mohammed; Mohammad, a word of many names, anchors none)."""
    at = bisect_right(starts, b + _NEAR)
    return any(x - b <= _NEAR and a - y <= _NEAR for x, y in covered[max(0, at - 3):at]) or (
        _vocabulary_next(text, b, index.vocabulary)) or _named_with_next(text, a, b, index)


def _named_with_next(text: str, a: int, b: int, index: NameIndex) -> bool:
    """Whether a name-like word after the one at ``a``..``b``, in its run, is in a listed
    name with it (not a common word)."""
    run = _RUN.match(text, a)
    if run is None:
        return False
    return _named_with(text[a:b], _NAME_WORD.findall(text, b, run.end())[:2], index)


def _named_with(concept_word: str, words: list[str], index: NameIndex) -> bool:
    """Whether a listed name has a vocabulary word with one of ``words`` (not a common
    word), spelled a letter or so otherwise (Jaish, Mohammad: Jaish-i-Mohammed)."""
    return any(_pair_named(concept_word, w, index, near=True)
               for w in words if not common_word(fold(w), index))


def _side_by_side(text: str, end: int, start: int) -> bool:
    """Nothing between ``end`` and ``start`` but spaces, hyphens and particles (no "and":
    Bakr al-Baghdadi, État islamique au Grand Sahara)."""
    return 0 <= start - end <= 12 and all(
        w.lower() in _RUN_GLUE and w.lower() not in _CONJUNCTIONS
        for w in _GAP_SPLIT.split(text[end:start]) if w)


def word_before(text: str, start: int) -> re.Match[str] | None:
    """The name-like word right before ``start``, spaces between (its group 1), or None."""
    return _WORD_BEFORE.search(text, max(0, start - _LONGEST_WORD), start)


def _pair_before(text: str, start: int, word: str, index: NameIndex) -> int | None:
    """Where the name-like word right before ``word`` (at ``start``) starts, when some
    listed name has both: a word of many names before a word of few (Wladimir Putin:
    Vladimir, the given name of many, anchors nothing), else None."""
    previous = word_before(text, start)
    if previous is None or not _pair_named(previous.group(1), word, index):
        return None
    return previous.start()


def _kind_word_before(text: str, start: int, index: NameIndex) -> int | None:
    """Where the word right before ``start`` starts when it is in lower case and says what
    sort of group the name after it is, as French, Spanish, Italian write it before the
    name (le réseau Haqqani, el grupo Wagner: the Haqqani Network, the Wagner Group),
    else None."""
    match = _LOWER_WORD_BEFORE.search(text, max(0, start - _LONGEST_WORD), start)
    if match is None or not kind_word(match.group(1), index):
        return None
    return match.start(1)


def _pair_named(first: str, second: str, index: NameIndex, near: bool = False) -> bool:
    """Some listed name has both words, as written or as another Latin alphabet reads
    them (Haniye, Turkish: Haniyeh) (remembered); with ``near``, the second spelled a
    letter or so otherwise (Mohammad: Mohammed)."""
    memo: dict[tuple[str, str, bool], bool] = index.cache.setdefault("text_pairs", {})
    found = memo.get((first, second, near))
    if found is None:
        postings = []
        for position, word in enumerate((first, second)):
            tokens = prepare(word, ORGANISATION, index.vocabulary).tokens
            keys = {"t" + key for t in tokens
                    for key in (t.key, *(() if t.foreign else other_latin_keys(t.text)))}
            if near and position == 1:
                keys.update("t" + other for t in tokens
                            for other, sim in index._similar_keys(t.key) if sim >= _NEAR_PAIR)
            postings.append(frozenset().union(*(index._set(k) for k in keys)))
        found = bool(postings[0] & postings[1])
        if len(memo) < 500_000:
            memo[(first, second, near)] = found
    return found


_WHOLE_SYLLABLE = 0.85  # a syllable of a name written as one word like one of a listed name
_NEAR_PAIR = 0.8  # similarity to a word of the index of a word spelled otherwise, at least


def fuzzy_mentions(text: str, index: NameIndex, accept: Any, threshold: float,
                   covered: list[tuple[int, int]]) -> list[tuple[int, int, int, Score, str]]:
    """``(start, end, entry number, score, listed name)`` of names written otherwise than
    listed; runs inside the ``covered`` spans (exact mentions) are skipped. Names with
    a case ending of a language written in Latin letters (Siergiejem Ławrowem) are
    looked for without it too."""
    out = _fuzzy_mentions(text, index, accept, threshold, covered)
    # (persons' names of two words or more, one of them with its ending cut: an ending
    # cut from an English word is none - Coast is no COAS; looked for around those words)
    for first, last in _stemmed_clauses(text, index):
        clause = _without_latin_case_endings(text[first:last], index)
        cut = [first + i for i, (a, b) in enumerate(zip(text[first:last], clause, strict=True))
               if a != b]
        inside = [(a - first, b - first) for a, b in covered if a < last and b > first]
        for start, end, *rest in _fuzzy_mentions(clause, index, accept, threshold, inside):
            start, end = start + first, end + first
            if index.entries[rest[0]].kind == PERSON and len(
                    WORD.findall(text, start, end)) >= 2 and any(start <= i <= end for i in cut):
                while end < len(text) and text[end].isalnum():
                    end += 1  # (the mention as written, with its ending)
                out.append((start, end, *rest))
    return out


def _stemmed_clauses(text: str, index: NameIndex) -> list[tuple[int, int]]:
    """The clauses of ``text`` holding a capitalised word whose case ending
    :func:`_without_latin_case_endings` cuts, beside another capitalised word."""
    clauses: list[tuple[int, int]] = []
    for match in _LATIN_NAME_WORD.finditer(text):
        if clauses and match.start() < clauses[-1][1]:
            continue
        if not _latin_stem_length(match.group(0), index):
            continue
        before = word_before(text, match.start())
        after = _NEXT_WORD.match(text, match.end())
        if not any(word and _name_like(word) and (_latin_stem_length(word, index) or _person_word(
                "t" + phonetic(clean(word)), index))
                for word in (before and before.group(1), after and after.group(1))):
            continue  # (a person's name has two words: the other one a word of names)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, match.start() - _WINDOW),
                                                           match.start())]
        following = _CLAUSE_BREAK.search(text, match.end(), match.end() + _WINDOW)
        clauses.append((breaks[-1] if breaks else max(0, match.start() - _WINDOW),
                        following.start() if following else min(len(text), match.end() + _WINDOW)))
    return clauses


# a capitalised word of Latin letters, five at least (the Latin extensions too)
_LATIN_NAME_WORD = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]{4,}\b")


def _without_latin_case_endings(text: str, index: NameIndex) -> str:
    """``text`` with the case endings of capitalised Latin words blanked out, offsets
    kept, where the word is no word of the index and the word without its ending is one,
    or nearly (Ławrowem: Lavrov, Siergiejem: Sergey, Putinovi: Putin)."""
    parts: list[str] = []
    last = 0
    for match in _LATIN_NAME_WORD.finditer(text):
        cut = _latin_stem_length(match.group(0), index)
        if cut:
            parts.append(text[last:match.start() + cut])
            parts.append(" " * (match.end() - match.start() - cut))
            last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _latin_stem_length(word: str, index: NameIndex) -> int:
    """The length of ``word`` without a case ending where :func:`_without_latin_case_endings`
    cuts one, else 0 (remembered)."""
    memo: dict[str, int] = index.cache.setdefault("text_latin_stems", {})
    cut = memo.get(word)
    if cut is None:
        cut = 0
        cleaned = clean(word)
        postings = index.postings
        if ("t" + phonetic(cleaned)) not in postings and not vocabulary_concepts(
                word, index.vocabulary):
            stems = _latin_stems(cleaned, index)
            # (a stem that is a word of persons' names before one near such a word:
            # Władimira is Władimir + a, not Władimi + ra)
            stem = next((x for x in stems if _person_word("t" + phonetic(x), index)), None) or next(
                (x for x in stems if any(sim >= _NEAR_STEM and _person_word("t" + k, index)
                                         for k, sim in index._similar_keys(phonetic(x)))), None)
            if stem is not None:
                cut = len(word) - (len(cleaned) - len(stem))
        if len(memo) < 500_000:
            memo[word] = cut
    return cut


def _person_word(key: str, index: NameIndex) -> bool:
    """A retrieval key that is a word of some listed person's name."""
    kinds = index.name_kinds
    return any(kinds[n] == PERSON for n in index.postings.get(key, ()))


def _latin_stems(cleaned: str, index: NameIndex) -> list[str]:
    """A cleaned word without each case ending of the vocabulary it ends with (Latin
    letters), four letters left at least; longest ending first."""
    endings = index.cache.get("text_latin_endings")
    if endings is None:
        endings = index.cache["text_latin_endings"] = sorted(
            {clean(e) for e in index.vocabulary.joined_endings}, key=len, reverse=True)
    return [cleaned[:-len(e)] for e in endings
            if cleaned.endswith(e) and len(cleaned) - len(e) >= _MIN_STEM]


def _fuzzy_mentions(text: str, index: NameIndex, accept: Any, threshold: float,
                    covered: list[tuple[int, int]]) -> list[tuple[int, int, int, Score, str]]:
    covered = sorted(covered)
    starts = [a for a, _b in covered]
    reach = list(accumulate((b for _a, b in covered), max))  # furthest end so far
    found_words = _anchor_words(text, index, starts, reach)
    if not any(kind == _RARE_ANCHOR for *_w, kind in found_words) and len(
            {w for _a, _b, w, _k in found_words}) < 2 and not any(
            kind == _CONCEPT_ANCHOR and _concept_goes_on(text, a, b, covered, starts, index)
            or _with_article(text, a, b, index)
            or kind == _PAIR_ANCHOR and (_pair_before(text, a, w, index) is not None
                                         or _kind_word_before(text, a, index) is not None)
            or kind == _NEAR_ANCHOR and _given_name_before(text, a, index) is not None
            for a, b, w, kind in found_words):
        return []
    out: list[tuple[int, int, int, Score, str]] = []
    seen_runs: dict[str, list[tuple[int, int, int, Score, str]]] = {}
    hits = []
    kind_before: dict[int, int] = {}  # anchors after a kind word in lower case -> its start
    for k, (a, b, word, kind) in enumerate(found_words):
        if _with_article(text, a, b, index):
            hits.append((a, b))  # (al-Kaeda, Аль-Каиды, Alqaeda: a name, however common its word)
            continue
        if kind in (_PAIR_ANCHOR, _RARE_ANCHOR):
            # (the run goes back to a kind word in lower case before it: below - le réseau
            # Haqqani, la division Fatemiyoun)
            kind_start = _kind_word_before(text, a, index)
            if kind_start is not None:
                kind_before[a] = kind_start
        if kind == _NEAR_ANCHOR:
            given = _given_name_before(text, a, index)
            if given is not None:
                hits.append((given, b))  # (Jewgienij Prigożyn)
            continue
        if kind == _PAIR_ANCHOR:
            # with the word right after it (Ramzan Kadyrov, Kim Jong Un), both in a name
            # (or with particles between: Bakr al-Baghdadi, Osama bin Laden)
            if k + 1 < len(found_words) and _side_by_side(text, b, found_words[k + 1][0]) and (
                    found_words[k + 1][3] in (_PAIR_ANCHOR, _RARE_ANCHOR)) and (
                    _pair_named(word, found_words[k + 1][2], index)):
                hits.append((a, found_words[k + 1][1]))
            previous = _pair_before(text, a, word, index)
            if previous is not None and (k == 0 or found_words[k - 1][1] < previous):
                hits.append((previous, b))
            if a in kind_before:
                hits.append((a, b))
            before = bisect_right(starts, a) - 1
            if before >= 0 and reach[before] <= a and _side_by_side(text, reach[before], a) and (
                    _ARTICLE_BETWEEN.match(text, reach[before], a)):
                # after a name found as listed and an article (Abu Bakr + al-Bagdadi)
                hits.append((starts[before], b))
            continue
        if kind != _RARE_ANCHOR:  # a vocabulary word counts next to another anchor only
            near = (k > 0 and a - found_words[k - 1][1] <= _NEAR) or (
                k + 1 < len(found_words) and found_words[k + 1][0] - b <= _NEAR) or (
                _concept_goes_on(text, a, b, covered, starts, index))
            if not near:
                continue
        hits.append((a, b))
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
        if run_start == hit_start and hit_start in kind_before:
            run_start = kind_before[hit_start]  # (le réseau Haqqani, el grupo Wagner)
        last_end = run_end
        before = bisect_right(starts, run_start) - 1
        if before >= 0 and _side_by_side(text, reach[before], run_start):
            # a name found as listed, particles, then this run: one name perhaps (État
            # islamique + au Grand Sahara: the Islamic State in the Greater Sahara)
            run_start = starts[before]
            before = bisect_right(starts, run_start) - 1
        if before >= 0 and reach[before] >= run_end:
            continue  # already inside an exact mention
        inside = [(a, b) for a, b in covered[max(0, bisect_right(starts, run_start) - 1):
                                             bisect_right(starts, run_end)]
                  if a < run_end and b > run_start]
        if inside and _name_words_outside(text, run_start, run_end, inside, index) < 2:
            continue  # one word next to a name found as listed ("Airport" + a name)
        # (from the kind word before, else without it: a person's name after the word,
        # son frère Maher el-Assad - frère is a word of the Muslim Brotherhood's name)
        tries = (run_start, hit_start) if run_start == kind_before.get(hit_start) else (run_start,)
        for tried in tries:
            run_text = without_case_endings(text[tried:run_end], index.vocabulary)
            results = seen_runs.get(run_text)
            if results is None:
                results = seen_runs[run_text] = _run_results(run_text, index, accept, threshold)
            if results:
                break
        run_start = tried
        for rel_start, rel_end, entry_no, score, name in results:
            start, end = run_start + rel_start, run_start + rel_end
            if score.unmatched[1] and index.entries[entry_no].kind == PERSON and (
                    _inside_hyphenated(text, start, end)):
                continue  # (a part of a name written with a hyphen: Lee Seo of Lee Seo-yeon,
                # whose listed name has more words)
            if inside_a_longer_name(text, start, end, name, index, run_start):
                continue  # (the Asian Development Bank is no BANK FOR DEVELOPMENT)
            out.append((start, end, entry_no, score, name))
    return out


def inside_a_longer_name(text: str, start: int, end: int, name: str, index: NameIndex,
                         run_start: int = 0) -> bool:
    """The listed ``name`` found at ``text[start:end]`` is a description (words of the
    vocabulary only, of no group of equivalent names: BANK FOR DEVELOPMENT, NATIONAL
    BANK) that a longer name holds: the word right before it (in the run from
    ``run_start``), spaces between, is capitalised as it is and no particle (the Asian
    Development Bank, the Syrian National Bank; not The, al-, nor Street before a name
    in capitals); or, for a description of two words, the words after it are a word
    joining it to whose it is and a capitalised word (the National Bank of Greece, the
    Development Bank of Southern Africa)."""
    previous = word_before(text, start) if start > run_start else None
    before = previous is not None and previous.start() >= run_start and (
        previous.group(1)[:1].isupper()
        and previous.group(1).isupper() == text[start:end].isupper()
        and not particle(fold(previous.group(1)), index))
    after = not before and _of_a_name_after(text, end, index)
    if not (before or after):
        return False
    form = prepare(name, ORGANISATION, index.vocabulary)
    return not form.equiv and all(t.role in _DESCRIBING for t in form.tokens) and (
        before or len(form.tokens) <= 2)


_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]))?")


def _of_a_name_after(text: str, end: int, index: NameIndex) -> bool:
    """The words after ``end`` are a word such as "of" and a capitalised word, an
    article between or not (of Greece, of the Philippines, du Canada)."""
    after = _WORDS_AFTER.match(text, end)
    if after is None or fold(after.group(1)) not in index.vocabulary.of_words:
        return False
    second, third = after.group(2), after.group(3)
    if second[:1].isupper():
        return True
    return third is not None and third.isupper() and (
        fold(second) in index.vocabulary.function_words)


_HYPHENS = frozenset("-‐‑")


def _inside_hyphenated(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends or starts inside a word written with a hyphen (Seo of
    Seo-yeon; not after an Arabic article, al-Baghdadi)."""
    return (end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalpha()) or (
        start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalpha()
        and not _article_joined_before(text, start))


def _name_words_outside(text: str, start: int, end: int, inside: list[tuple[int, int]],
                        index: NameIndex) -> int:
    """Words of ``text[start:end]`` that could be part of a name, outside the spans of
    names found as listed; a capitalised vocabulary word counts twice (Kata'ib Hezbollah,
    Jaish Muhammad: a name's word, where "Airport" beside a name is not), and so does a
    word of several concepts, a name of its own (Hezbolá y de Hamás), a capitalised
    word after an Arabic article or "bin" (Abu Bakr + al-Bagdadi: one name), and one
    that a listed name has with the word before it (Sheikh Hassan + Nasrallah: Hasan
    NASRALLAH)."""
    count = 0
    previous = written = ""
    connectors = index.vocabulary.connectors
    for match in WORD.finditer(text, start, end):
        word = match.group(0)
        after_article = previous in _ARABIC_ARTICLES or connectors.get(previous) == "bin"
        before, previous, written = written, fold(word), word
        if any(a <= match.start() and match.end() <= b for a, b in inside):
            continue
        if word[:1].islower() and (particle(fold(word), index) or common_word(fold(word), index)):
            continue
        named = word[:1].isupper() and (
            after_article or _word_kind(word, index) == _CONCEPT_ANCHOR
            or bool(before) and _pair_named(before, word, index)) or _compound_word(word, index)
        count += 2 if named else 1
    return count


# an Arabic article joined by a hyphen to the word after it (al-Kaeda, Аль-Каиды, Əl-Qaidə)
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W_])([^\W\d_]{1,4})[-‐‑]$")
_JOINED_CANDIDATES = 8  # names retrieved for a word with an article joined to it


def _article_joined_before(text: str, at: int) -> bool:
    """An Arabic article joined by a hyphen to the word at ``at`` (al-Kaeda)."""
    match = _WORD_BEFORE_HYPHEN.search(text, max(0, at - 6), at)
    return match is not None and fold(match.group(1)) in _HYPHEN_ARTICLES


def _with_article(text: str, start: int, end: int, index: NameIndex) -> bool:
    """The word ``text[start:end]`` has an Arabic article joined by a hyphen (al-Kaeda)
    or written in it before a word of the vocabulary (Alqaeda, Amharic አልሸባብ)."""
    return _article_joined_before(text, start) or _article_in_word(text[start:end], index)


def _article_in_word(word: str, index: NameIndex) -> bool:
    """A word that reads as a word of the vocabulary with its article joined (remembered)."""
    memo: dict[str, bool] = index.cache.setdefault("text_article_in_word", {})
    joined = memo.get(word)
    if joined is None:
        rest = after_joined_article(clean(word))
        tokens = prepare(word, ORGANISATION, index.vocabulary).tokens if rest else ()
        joined = len(tokens) == 1 and tokens[0].text == rest and tokens[0].concept is not None
        if len(memo) < 100_000:
            memo[word] = joined
    return joined


_ARTICLE_BETWEEN = re.compile(rf"[ \t]*[-‐‑]?[ \t]*(?:{_ARTICLE_RE}|bin|ibn|ben|ибн|бен)"
                              rf"[ \t]*[-‐‑]?[ \t]*$", re.IGNORECASE)


_RUN_CACHE_SIZE = 100_000


def _run_results(run_text: str, index: NameIndex, accept: Any,
                 threshold: float) -> list[tuple[int, int, int, Score, str]]:
    """:func:`_score_run` of a run worth scoring; without filters, remembered across
    texts (names and phrases recur from one article to the next)."""
    if accept is not None:
        return (_score_run(run_text, index, accept, threshold)
                if _worth_scoring(run_text, index) else [])
    memo: dict[tuple[str, float], list] = index.cache.setdefault("text_run_scores", {})
    key = (run_text, threshold)
    results = memo.get(key)
    if results is None:
        results = (_score_run(run_text, index, None, threshold)
                   if _worth_scoring(run_text, index) else [])
        if len(memo) >= _RUN_CACHE_SIZE:
            memo.clear()
        memo[key] = results
    return results


def common_word(folded: str, index: NameIndex) -> bool:
    """An ordinary word (or place) of the vocabulary, or the plural of one."""
    vocab = index.vocabulary
    words = (vocab.english, vocab.common_words, vocab.function_words, vocab.articles)
    return any(form in group for form in (folded, *plural_stems(folded)) for group in words)


def in_sentence_case(words: list[str], index: NameIndex) -> bool:
    """Words of a name in another language's sentence case: a capitalised word of the
    vocabulary that is not English (Islamiska jihad: its jihad, an English word of the
    vocabulary in lower case, is a word of the name, not an ordinary word)."""
    return any(w[:1].isupper() and fold(w) not in index.vocabulary.english
               and _word_kind(w, index) == _CONCEPT_ANCHOR for w in words)


def particle(folded: str, index: NameIndex) -> bool:
    """An article, connector or function word (``al``, ``bin``, ``of``)."""
    vocab = index.vocabulary
    return (folded in vocab.function_words or folded in vocab.articles
            or folded in vocab.connectors or folded in _RUN_GLUE)


def _worth_scoring(run_text: str, index: NameIndex) -> bool:
    """A run of two words or more with a rare word of the index, or two vocabulary
    words (a translated name): only such runs are scored against the index. Ordinary
    words written in lower case ("bank", "troops" after a capitalised word) do not
    count: a mention needing them would need corroboration."""
    if any(_with_article(run_text, *m.span(), index) for m in WORD.finditer(run_text)):
        return True  # a word with an Arabic article joined to it (Аль-Каиды, al-Kaeda, Alqaeda)
    written = WORD.findall(run_text)
    sentence_case = in_sentence_case(written, index)
    # (a run starting in lower case starts at a kind word before a name: la division
    # Fatemiyoun, the French word an English one)
    words = [w for i, w in enumerate(written)
             if not (w[:1].islower() and (particle(fold(w), index) or common_word(fold(w), index))
                     and not (sentence_case and _word_kind(w, index) == _CONCEPT_ANCHOR)
                     and not (i == 0 and kind_word(w, index)))]
    if len(words) < 2:
        # (but one word of several concepts: Hisbollah; a listed one-word name written
        # otherwise: Hamász)
        return bool(words) and (_compound_word(words[0], index) or _listed_one_word(words[0], index))
    kinds = [_word_kind(w, index) for w in words]
    if len(words) == 2 and fold(words[0]) in _ARABIC_ARTICLES and kinds[1] == _CONCEPT_ANCHOR:
        return True  # the Arabic article written apart before a vocabulary word (El Kaide)
    # (and a phrase of the vocabulary written in syllables apart: Nhà nước, Hồi giáo)
    concepts = kinds.count(_CONCEPT_ANCHOR) + sum(
        1 for a, b in pairwise(written) if _vocabulary_phrase(a, b, index))
    if concepts == 1:  # (and a word of the vocabulary beside another: Iszlám Állam)
        beside = index.vocabulary.beside
        concepts += sum(1 for w, k in zip(words, kinds, strict=True)
                        if k != _CONCEPT_ANCHOR and clean(w) in beside)
    pairs = kinds.count(_PAIR_ANCHOR)
    if _RARE_ANCHOR in kinds or concepts >= 2 or pairs >= 2:
        return True
    if any(k == _NEAR_ANCHOR and i > 0 and _vocabulary_given_name(words[i - 1], index)
           for i, k in enumerate(kinds)):
        return True  # a given name and a word spelled like one of few names (Jewgienij Prigożyn)
    if pairs and concepts:
        return any(kind_word(w, index)
                   for w, k in zip(words, kinds, strict=True) if k == _CONCEPT_ANCHOR)
    if pairs:
        # a word of few names beside a word of many, both in a name (Wladimir Putin)
        at = kinds.index(_PAIR_ANCHOR)
        return any(_pair_named(words[j], words[at], index)
                   for j in (at - 1, at + 1) if 0 <= j < len(words))
    if concepts == 1:
        # a word of the vocabulary and a word of many names, both in a listed name
        # (Jaish-e-Mohammad: Jaish-i-Mohammed)
        at = kinds.index(_CONCEPT_ANCHOR) if _CONCEPT_ANCHOR in kinds else -1
        return at >= 0 and _named_with(words[at], words[:at] + words[at + 1:], index)
    return False


def kind_word(word: str, index: NameIndex) -> bool:
    """A word saying what sort of body or group a name is (Gruppe, Bewegung, Armee): with
    a word of few listed names, a name (Wagner-Gruppe)."""
    vocab = index.vocabulary
    return any(t.concept in vocab.kind_concepts or t.concept in vocab.group_concepts
               for t in prepare(word, ORGANISATION, vocab).tokens)


def _part_groups(form: Any, index: NameIndex) -> set[str]:
    """The groups of equivalent names a part of the run belongs to (the Estado Islámico
    of "el Estado Islámico y Al Qaeda")."""
    groups: set[str] = set(form.equiv)
    known = equivalence_index(index.vocabulary)
    keys = form.concept_key.split()
    for i in range(len(keys)):
        for j in range(i + 1, min(len(keys), i + _GROUP_WORDS) + 1):
            part = keys[i:j]
            groups.update(known.get(" ".join(part)) or known.get(in_any_order(part), ()))
    return groups


_GROUP_WORDS = 6  # words of the longest part of a run looked up among equivalent names


def _retrieved_alike(index: NameIndex, forms: list[Any], accept: Any, size: int) -> set[int]:
    """The names the index retrieves for ``forms``, with the names prepared alike (the one
    name on every list that has it)."""
    return {alike for name_no in index.candidates(forms, accept, size=size)
            for alike in index.alike(name_no) if accept is None or accept(alike)}


def _run_candidates(forms: dict[str, Any], index: NameIndex, accept: Any) -> list[int]:
    """Names sharing a rare word with the run (a few postings) or a group of equivalent
    names with a part of it; for a run of vocabulary words only (a translated name),
    the index's full retrieval."""
    anchors = _anchor_keys(index)
    keys = {"t" + t.key for form in forms.values() for t in form.tokens} & anchors
    names: set[int] = set()
    kinds, postings = index.name_kinds, index.postings
    # (a word of many names in the run: a given name perhaps)
    given = any(len(postings.get("t" + t.key, ())) > _STEM_POSTINGS for t in forms[PERSON].tokens)
    for t in forms[PERSON].tokens:
        # a person's name in another case (Russian Владимира Путина: Putin's, not Putina's
        # alone; Евгения Пригожина), the names of the word without its ending, when few
        # (and Polish or Czech: Władimira Putina, Putinovi)
        stems = [russian_stem(t.text)] if t.foreign else _latin_stems(t.text, index)
        for stem in stems:
            holding = index.postings.get("t" + phonetic(stem), ()) if stem != t.text else ()
            if len(holding) <= _STEM_POSTINGS:
                names.update(holding)
        if given and t.concept is None:
            # and as written beside a word of many names, a word of few names, all
            # persons' (Lukashenko, in 28, anchors none: Alexander Lukashenko found nothing)
            holding = postings.get("t" + t.key, ())
            if len(holding) <= _STEM_POSTINGS and all(kinds[n] == PERSON for n in holding):
                names.update(holding)
    concepts = {t.concept for t in forms[ORGANISATION].tokens if t.concept}
    # (a name of words of the vocabulary only, whatever rare words its letters make read
    # as a person's: Mặt trận Nhân dân Giải phóng Palestine, whose phong and giai are)
    translated = len(concepts) >= 2 and all(t.concept for t in forms[ORGANISATION].tokens)
    vocabulary_only = not keys - {"t" + t.key for t in forms[ORGANISATION].tokens if t.concept}
    if not keys or translated or (vocabulary_only and len(concepts) < 2):
        # (and a part that is a group's name: État islamique au Grand Sahara is the
        # Islamic State in the Greater Sahara more than the Islamic State; and a word of
        # the vocabulary rare in the lists beside a common word: rede Haqqani, the
        # Haqqani network in Portuguese - rede is rare, Haqqani is in many names)
        names.update(_retrieved_alike(index, list(forms.values()), accept, 8))
    elif vocabulary_only:
        # rare words only of the vocabulary: a translated name perhaps (Partido, rare in
        # the lists, is also the party of the Kurdistan Workers' Party): the names
        # holding its two rarest concepts, when they are few (not every Islamic State)
        rarest = sorted((index.postings.get("c" + c, ()) for c in concepts), key=len)
        holding = set(rarest[0]).intersection(rarest[1])
        if len(holding) <= _FEW_HOLDING:
            names.update(holding)
    # (read from another script, a translated name's words retrieve names alike in
    # letters only: الحرس الثوري, the Revolutionary Guards, read hrs thuri, Tur and Tours)
    foreign = any(t.foreign for t in forms[ORGANISATION].tokens if t.concept)
    if len(concepts) >= 2 and (keys and not translated or foreign):
        # words of the vocabulary side by side among other words (a sentence of Arabic
        # is one run: ... على الحرس الثوري الإيراني, the Iranian Revolutionary Guards): the
        # names holding all of them, when few - or, read from another script, those made
        # of them alone (REVOLUTIONARY GUARDS, not its 60 units and commands)
        for side_by_side in _concept_sequences(forms[ORGANISATION].tokens):
            holding = _holding_all(side_by_side, index)
            if keys and not translated and len(holding) <= _FEW_HOLDING:
                names.update(holding)
            elif foreign:
                names.update(n for n in holding if _made_of(side_by_side, index.form(n)))
    keys |= {"e" + g for g in _part_groups(forms[ORGANISATION], index)}
    if not keys:
        return sorted(names)
    for key in keys:
        names.update(index.postings.get(key, ()))
    if accept is not None:
        names = {n for n in names if accept(n)}
    return sorted(names)


def _holding_all(concepts: list[str], index: NameIndex) -> set[int]:
    """The names holding words of every one of ``concepts``."""
    holding = set(index.postings.get("c" + concepts[0], ()))
    for concept in concepts[1:]:
        holding.intersection_update(index.postings.get("c" + concept, ()))
    return holding


def _made_of(concepts: list[str], form: Any) -> bool:
    """Whether a name is words of ``concepts`` alone (and connectors)."""
    return all(t.concept in concepts or t.role in CONNECTORS for t in form.tokens)


def _concept_sequences(tokens: Any) -> list[list[str]]:
    """The concepts of each sequence of two words of the vocabulary or more side by side
    (two concepts at least)."""
    sequences: list[list[str]] = []
    current: list[str] = []
    for token in (*tokens, None):
        if token is not None and token.concept:
            if not current or current[-1] != token.concept:
                current.append(token.concept)
            continue
        if len(set(current)) >= 2:
            sequences.append(current)
        current = []
    return sequences


def _score_run(run_text: str, index: NameIndex, accept: Any,
               threshold: float) -> list[tuple[int, int, int, Score, str]]:
    """Sub-spans of a run of words that match listed names, best span per entry."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(run_text)][:_MAX_RUN]
    if not spans:
        return []
    words = [_WRITTEN_CONJUNCTIONS.get(run_text[a:b].lower()) or fold(run_text[a:b])
             for a, b in spans]
    for k in range(1, len(words) - 1):
        if words[k] == "e" and words[k + 1] in _ARABIC_ARTICLES and run_text[
                spans[k][0] - 1] == " " == run_text[spans[k][1]]:
            # Italian and Portuguese e written apart before an Arabic article is "and"
            # (lo Stato Islamico e al-Qaida), not the izafe (Lashkar-e-Taiba)
            words[k] = "and"
    vocab = index.vocabulary
    forms = {k: prepare(run_text, k, vocab) for k in (ORGANISATION, PERSON)}
    results: dict[int, tuple[int, int, int, Score, str]] = {}
    word_forms: dict[str, list[Any]] = {}
    by_name: dict[tuple[str, str], tuple[Score, int, int] | None] = {}
    candidates = set(_run_candidates(forms, index, accept))
    if forms[ORGANISATION].abjad:
        # a run in Arabic script (all of a clause: no letter case) meets names listed in
        # Latin letters by their consonants, not by its rare words' keys: the names
        # retrieved for it, and for each two words of it
        candidates.update(index.candidates(list(forms.values()), accept,
                                           size=_ABJAD_RUN_CANDIDATES, scripts_in_turn=True))
        for x, ((a, _b), (_a, b)) in enumerate(pairwise(spans)):
            pair = [prepare(run_text[a:b], k, vocab) for k in forms]
            if x and len(pair[-1].tokens) == 1:
                # two words that are one word of a name (نصر الله: Nasrallah) and the word
                # before them (حسن نصر الله: Hasan NASRALLAH)
                pair = [prepare(run_text[spans[x - 1][0]:b], k, vocab) for k in forms]
            candidates.update(index.candidates(pair, accept, size=_ABJAD_PAIR_CANDIDATES,
                                               scripts_in_turn=True))
    for part in _parts_of(run_text, spans, words, forms[ORGANISATION]):
        # (two names joined by "and": the candidates of each, not only of the whole -
        # la Unión de la Yihad Islámica y el Movimiento Islámico de Uzbekistán)
        if _worth_scoring(part, index):
            candidates.update(_run_candidates({k: prepare(part, k, vocab) for k in forms},
                                              index, accept))
    if is_hangul(run_text):
        for a, b in spans:
            word_form = prepare(run_text[a:b], PERSON, vocab)
            if len(word_form.tokens) >= 3:
                # a Korean name, its syllables read one by one, among other words: the
                # persons retrieved for it alone (김정은 국무위원장이)
                candidates.update(index.candidates([word_form], accept,
                                                   size=_HANGUL_NAME_CANDIDATES))
    for x, (a, b) in enumerate(spans):
        if x and _article_joined_before(run_text, a):  # (the names of Аль-Каїди alone)
            joined = prepare(run_text[spans[x - 1][0]:b], ORGANISATION, vocab)
            candidates.update(_retrieved_alike(index, [joined], accept, _JOINED_CANDIDATES))

    def score_names(name_nos: Iterable[int]) -> None:
        for name_no in name_nos:
            kind = index.name_kinds[name_no]
            # a name listed by several lists (or entries) is compared once
            name_key = (index.name_values[name_no], kind)
            if name_key not in by_name:
                by_name[name_key] = _best_span(run_text, spans, words, forms[kind],
                                               index.form(name_no), kind, word_forms, index,
                                               threshold)
            best = by_name[name_key]
            if best is None:
                continue
            score, a, b = best
            factor = ROLE_FACTORS.get(index.name_roles[name_no], 1.0)
            if factor != 1.0:
                score = score.with_factor(factor, f"{index.name_roles[name_no]} alias")
            if score.value < threshold:
                continue
            entry_no = index.name_entry[name_no]
            current = results.get(entry_no)
            if current is None or score.value > current[3].value:
                results[entry_no] = (a, b, entry_no, score, index.name_values[name_no])

    score_names(sorted(candidates))
    if not results and _person_like(run_text, spans):
        # a person's name of words spelled otherwise than any listed name's, beside a
        # word its rare words retrieved nothing with (Hamsa bin Laden: Hamsa is rare in
        # the lists, Hamza common): the persons the whole run retrieves
        kinds = index.name_kinds
        score_names(sorted(n for n in index.candidates([forms[PERSON]], accept,
                                                       size=_PERSON_RUN_CANDIDATES)
                           if kinds[n] == PERSON and n not in candidates))
    # a name inside a longer one matched as well is no mention of its own (État islamique
    # in État islamique au Grand Sahara); nor is a listed name with a place the text does
    # not say, where another listed name is met better by the same words (Исламского
    # государства: the Islamic State, not the Islamic State in Yemen); nor an
    # organisation's name with a word saying what sort of body it is that the text does
    # not say, where another listed name is met whole and better by them (die Hisbollah:
    # Hizballah, not Kata'ib Hizballah, its brigades)
    found = list(results.values())
    best_of_span: dict[tuple[int, int], float] = {}
    best_whole: dict[tuple[int, int], float] = {}
    for r in found:
        best_of_span[r[0], r[1]] = max(best_of_span.get((r[0], r[1]), 0.0), r[3].value)
        if not r[3].unmatched[1]:
            best_whole[r[0], r[1]] = max(best_whole.get((r[0], r[1]), 0.0), r[3].value)
    entries = index.entries
    return [r for r in found if not any(
        o[0] <= r[0] and r[1] <= o[1] and o[1] - o[0] > r[1] - r[0] and o[3].value >= r[3].value
        for o in found) and not (
        r[3].value < best_of_span[r[0], r[1]] and _place_unsaid(r[3], vocab)) and not (
        r[3].value < best_whole.get((r[0], r[1]), 0.0) and form_kind(entries[r[2]].kind) != PERSON
        and any(t.role == KIND for t in r[3].unmatched_tokens[1]))]


_PERSON_RUN_CANDIDATES = 10  # names a person-like run retrieves where its anchors found none
_PERSON_RUN_WORDS = (2, 4)  # words of a run read as a person's name, fewest and most


def _person_like(run_text: str, spans: list[tuple[int, int]]) -> bool:
    """A run of two to four words, the first and the last capitalised (a particle in
    lower case between: Hamsa bin Laden): written as a person's name."""
    if not _PERSON_RUN_WORDS[0] <= len(spans) <= _PERSON_RUN_WORDS[1]:
        return False
    capitals = [run_text[a].isupper() for a, _b in spans]
    return capitals[0] and capitals[-1] and sum(capitals) >= 2


def _phrase_words(form: Any) -> frozenset[str]:
    """The words of the phrases of the vocabulary in a prepared run (nhân dân, people:
    its dân is no Indonesian and)."""
    return frozenset(w for t in form.tokens if " " in t.text for w in t.text.split())


def _parts_of(run_text: str, spans: list[tuple[int, int]], words: list[str],
              form: Any) -> list[str]:
    """The parts of a run parted by a conjunction before a capitalised word (or an
    article and one); none for a run without."""
    in_phrases = _phrase_words(form)
    cuts = [x for x in range(1, len(spans) - 1) if words[x] in _PART_CONJUNCTIONS and any(
        _name_like(run_text[a:b]) for a, b in spans[x + 1:x + 3]) and words[x] not in in_phrases]
    if not cuts:
        return []
    bounds = [0, *cuts, len(spans)]
    parts = []
    for first, last in zip(bounds, bounds[1:], strict=False):
        first += first > 0  # (the conjunction itself left out)
        if first < last:
            parts.append(run_text[spans[first][0]:spans[last - 1][1]])
    return parts


def _place_unsaid(score: Score, vocab: Any) -> bool:
    """The listed name has a place the compared words do not."""
    return any(vocab.place_concepts.intersection(vocabulary_concepts(word, vocab))
               for word in score.unmatched[1])  # (cleaned words)


def _best_span(run_text: str, spans: list[tuple[int, int]], words: list[str], run_form: Any,
               candidate: Any, kind: str, word_forms: dict[str, list[Any]], index: NameIndex,
               threshold: float) -> tuple[Score, int, int] | None:
    """The part of the run that best matches one listed name, before its role factor."""
    vocab = index.vocabulary
    tokens = word_forms.get(kind)
    if tokens is None:
        # (a word that means its concept beside another, as the whole run reads it: the
        # Állam of Iszlám Állam)
        beside = {t.text: t for t in run_form.tokens if t.concept and t.text in vocab.beside}
        tokens = word_forms[kind] = [
            tuple(beside.get(t.text, t) for t in prepare(run_text[a:b], kind, vocab).tokens)
            for a, b in spans]
    # (a word of a phrase the run has matched: Arábiga of "Península Arábiga")
    in_phrases = {w for t in run_form.tokens if " " in t.text and _token_matches(t, candidate)
                  for w in t.text.split()}
    matched = [i for i, word_tokens in enumerate(tokens)
               if any(_token_matches(t, candidate) for t in word_tokens) or words[i] in in_phrases]
    if kind == PERSON and matched:
        # Allah written apart after a word the name has is of that word (حسن نصر الله:
        # Hasan Nasrallah, as prepare joins it)
        matched = sorted({*matched, *(i + 1 for i in matched if i + 1 < len(tokens) and len(
            tokens[i + 1]) == 1 and ALLAH_WORD.match(tokens[i + 1][0].text))})
    if kind == PERSON and is_hangul(run_text):
        # a Korean name is one word, its syllables not gathered from several (경제 정책을,
        # economic policy, is no Kyong Thaek JONG)
        matched = [i for i in matched if _syllables_of_the_name(tokens[i], candidate)][:1]
        if not matched:
            return None
        a, b = spans[matched[0]]
        return compare_forms(prepare(run_text[a:b], kind, vocab), candidate, threshold), a, b
    # (in Arabic script, ordinary words that meet the name by consonants alike only)
    apart = {i for i in range(len(spans)) if _ordinary_word_apart(
        run_text[slice(*spans[i])], tokens[i], candidate, vocab)} if run_form.abjad else ()
    if apart and matched:
        matched = [i for i in matched if i not in apart]
        if not matched:
            return None
    if len(matched) == 1 and not (_compound_name(tokens[matched[0]]) or _one_word_named(
            run_text, spans, matched[0], candidate, index) or _one_word_alike(
            tokens[matched[0]], candidate, run_text[slice(*spans[matched[0]])], index)):
        return None  # one word in common is not a mention (but Hisbollah: party + god)
    # the words of a part of the run cover at most what the whole run covers
    # (a name of a group of equivalent names may be met by a part of the run: the
    # Islamischer Staat of "Terrormiliz Islamischer Staat")
    _q, c_share, _pairs, _ql, _cl = align(run_form, candidate)
    if c_share < (_MIN_COVER_PERSON if kind == PERSON else _MIN_COVER) and not candidate.equiv:
        return None
    best = None
    if not matched:
        # no word in common (an acronym, an equivalent name): the parts of the run from a
        # capitalised word to another ("Emirato Islámico de Afganistán" of "… y a la
        # Guardia"), the whole run where it has none
        matched = [i for i, (a, b) in enumerate(spans)
                   if _name_like(run_text[a:b]) and i not in apart]
        if not matched and not apart:
            matched = [0, len(spans) - 1] if len(spans) > 1 else [0]
        if not matched:
            return None  # (ordinary words only: قال الأمين, said the secretary, no Kolomna)
    # a mention does not run over "and" unless the listed name has one
    joins = _CONJUNCTIONS.isdisjoint(clean(candidate.original).split())
    in_a_phrase = _phrase_words(run_form)
    # in Arabic script, with no capitals to say where a name ends, a mention holds no
    # word that meets nothing in the listed name ("محمد کے رہنما حافظ سعید": Hafiz
    # Mohammad Saeed is حافظ سعید only)
    gapless = run_form.abjad and set(matched)
    for x, i in enumerate(matched):
        for j in matched[x + 1:] if len(matched) > 1 else matched:
            if joins and any(words[k] in _CONJUNCTIONS and words[k] not in in_a_phrase
                             for k in range(i + 1, j)):
                break
            if gapless and any(k not in gapless for k in range(i + 1, j)):
                break
            a = spans[i][0]
            before = fold(run_text[spans[i - 1][0]:spans[i - 1][1]]) if i > 0 else ""
            if (before in _ARABIC_ARTICLES or _article_joined_before(run_text, a)) and (
                    article_before(before, words[i])) and not (
                    words[i] in vocab.no_article and run_text[spans[i - 1][1]] == " "):
                # keep the article: "al-Qaida" (not Portuguese "as", nor Spanish "el" or
                # "al" before a Spanish word: el Estado Islámico, al Emirato Islámico)
                a = spans[i - 1][0]
            b = spans[j][1]
            if kind != PERSON and j + 1 < len(spans) and _another_trade_after(
                    run_text, spans[j + 1], tokens[j + 1], candidate):
                continue  # (National Iranian of National Iranian Gas Company: another company)
            span_text = run_text[a:b]
            folded = fold(span_text)
            if is_ambiguous(span_text, folded, index):
                continue  # one common word or a short name alone (After Guard: guard)
            if not any(_name_like(run_text[spans[k][0]:spans[k][1]]) for k in range(i, j + 1)):
                continue  # no capitalised word: not a name
            score = compare_forms(prepare(span_text, kind, vocab), candidate, threshold)
            if best is None or (score.value, b - a) > (best[0].value, best[2] - best[1]):
                best = (score, a, b)
    if best is None:
        return None
    pairs = best[0].pairs
    if pairs and all(how == FUZZY for *_w, how in pairs):
        return None  # only look-alike words: too weak in running text
    if _cut_from_a_longer_name(run_text, spans, best, index, kind):
        return None
    return best


def a_description(score: Score) -> bool:
    """An organisation's name met by words of the vocabulary and trade words alone, the
    listed name having words more: in running text a description, not the name ("Central
    Bank" of the European Central Bank is not the Central Bank of Syria) - but for a name
    of a group of known equivalent names (Estado Islámico: the Islamic State)."""
    if not score.unmatched[1] or score.features.get("equivalence"):
        return False
    return all(a.role in _DESCRIBING for a, _b in score.matched_tokens)


_DESCRIBING = frozenset({*CONCEPT_ROLES, GENERIC})  # roles of the words of a description


_JOINED_LETTERS = "وفبلك"  # (and, so, by, for, as: written joined before a word)
# Arabic-script letters compared as one in ordinary words, marks and tatweel dropped (ى
# and ي stay apart: على, on, is no علي, Ali)
_ORDINARY_FORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ی": "ي", "ک": "ك",
                                **{chr(c): None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)}})


def _ordinary_form(word: str) -> str:
    """An Arabic-script word as ``ordinary_words`` are compared."""
    return word.translate(_ORDINARY_FORM)


def _ordinary_word_apart(written: str, word_tokens: Any, candidate: Any, vocab: Any) -> bool:
    """An ordinary word of a script without letter case (``ordinary_words``) that meets
    ``candidate`` only by letters alike: not through the vocabulary, nor as the listed
    name writes it in that script, nor with the listed word's very consonants (three at
    least: الخير, AL-KHAIR). In such text nothing else says a word is not a name's ('قال
    حسن', Hassan said: قال is no Gul; 'على', on, no Allah; الأمين, the secretary, no Amin)."""
    ordinary = vocab.cache.get("ordinary_forms")
    if ordinary is None:
        ordinary = vocab.cache["ordinary_forms"] = frozenset(
            _ordinary_form(w) for w in vocab.ordinary_words)
    form = _ordinary_form(written)
    listed = form in ordinary
    joined = form[:1] in _JOINED_LETTERS and form[1:] in ordinary
    if not listed and not joined:
        return False
    # (an ordinary word that is a letter joined before another - وقال, and said - has
    # consonants of two words: no listed word's very consonants, whatever they are -
    # Vakili; a word that only reads so, بكر as ب + كر, keeps them: Bakr)
    two_words = listed and joined
    return not any(any(t.concept and t.concept == c.concept or c.abjad and t.key == c.key
                       or not two_words and len(t.skel) >= 3 and t.skel == c.skel
                       and not _final_i_unwritten(form, c.text)
                       for c in candidate.tokens)
                   for t in word_tokens)


_FINAL_I = re.compile(r"[^aeiouy]i$")  # a Latin word ending with a long i (Waziri, Baghdadi)
_I_LETTERS = frozenset("يىیئ")  # the letters Arabic script ends such a word with


def _final_i_unwritten(written: str, latin: str) -> bool:
    """A Latin word ending with a consonant and i (the -i of Waziri, Baghdadi: a ya in
    Arabic script) and a word in Arabic script that does not end with a ya: الوزراء (the
    ministers) has Waziri's consonants, not its ending."""
    return _FINAL_I.search(latin) is not None and written[-1:] not in _I_LETTERS


def _another_trade_after(run_text: str, span: tuple[int, int], word_tokens: Any,
                         candidate: Any) -> bool:
    """The capitalised word after a part of the run is a trade word or legal form the
    listed name does not have: the part is the start of another company's name."""
    return bool(word_tokens) and all(t.role == GENERIC for t in word_tokens) and (
        _name_like(run_text[span[0]:span[1]])) and not any(
        _token_matches(t, candidate) for t in word_tokens)


def _listed_one_word(word: str, index: NameIndex) -> bool:
    """A capitalised word with the key of a listed organisation's one-word name, in few
    names (Hamász: HAMAS) - remembered."""
    memo: dict[str, bool] = index.cache.setdefault("text_one_word_names", {})
    found = memo.get(word)
    if found is None:
        tokens = prepare(word, ORGANISATION, index.vocabulary).tokens
        found = False
        if len(tokens) == 1 and _name_like(word):
            foreign = tokens[0].foreign
            for key in _one_word_keys(tokens[0]):
                names = index.postings.get("t" + key, ())
                # (a word read from another script: not by a weak alias - Африке, in
                # Africa, is no AFRIC)
                found = len(names) <= _PAIR_POSTINGS and any(
                    _organisation_word(index.form(n), index, foreign) is not None
                    and not (foreign and index.name_roles[n] == "weak") for n in names)
                if found:
                    break
        if len(memo) < 500_000:
            memo[word] = found
    return found


def _one_word_alike(word_tokens: Any, candidate: Any, written: str, index: NameIndex) -> bool:
    """A capitalised word of the run with the key of a listed organisation's one-word name
    (beside its legal forms: OOO Yandex), written otherwise: that name (Hamász, Hamas as
    Hungarian writes it; Яндекс), where one word in common is otherwise no mention - but
    for a name that is a common word or place, which needs corroboration. (Written as
    listed, it is found as listed.) A word of Latin letters that is a frequent word of a
    language is that word, not a Latin name spelled otherwise (Spanish Valor is no
    Valour, German Ziffer no ZEPHYR I, Spanish Cada no القاعدة read without its vowels;
    but Yandex is ООО Яндекс)."""
    if len(word_tokens) != 1:
        return False
    word = _organisation_word(candidate, index, word_tokens[0].foreign)
    return (word is not None and word.key in _one_word_keys(word_tokens[0])
            and word_tokens[0].text != word.text and _name_like(written)
            and not common_word(word.text, index)  # (Украины, Ukraine's, is no UKRAINE)
            and (word_tokens[0].foreign or word.foreign and not word.abjad
                 or not frequent_word(fold(written), index.vocabulary)))


def _one_word_keys(token: Any) -> set[str]:
    """The keys a word of a one-word name may have: its own, and a Cyrillic word's without
    its case ending (Лукойла, Lukoil's) or with the ending of a name in -a in its place
    (Алросы, Alrosa's)."""
    if not token.foreign:
        return {token.key}
    stem = russian_stem(token.text)
    return {token.key, phonetic(stem), phonetic(stem + "a")} if stem != token.text else {token.key}


def _syllables_of_the_name(word_tokens: Any, candidate: Any) -> bool:
    """A word of three syllables or more read one by one (a Korean name, 김여정) that are
    all the words of a listed person's name, where one word in common is otherwise no
    mention."""
    return (candidate.kind == PERSON and len(word_tokens) >= 3
            and len(word_tokens) == len(candidate.tokens)
            and all(any(token_similarity(t, c)[0] >= _WHOLE_SYLLABLE for c in candidate.tokens)
                    for t in word_tokens)
            and all(any(token_similarity(t, c)[0] >= _WHOLE_SYLLABLE for t in word_tokens)
                    for c in candidate.tokens))


def _organisation_word(form: Any, index: NameIndex, foreign: bool = False) -> Any:
    """The token of a listed organisation's name of one word, not an acronym (which is
    met as written: Near is no NIIAR) - but for a word read from another script, a word
    in capitals that reads as a word (Лукойл: LUKOIL); or of one word beside legal forms
    that reads as a word and is no given name nor an ordinary word (ООО Яндекс,
    BELARUSKALI OAO; not PROGRESS LLC), else None."""
    if form.kind == PERSON:
        return None
    if len(form.tokens) == 1:
        word = form.tokens[0]
        return word if not form.acronym_like or foreign and word_like(word.text) else None
    word = company_word_token(form.tokens, index.vocabulary)
    if word is None or word.concept or not word_like(word.text) or (
            common_word(word.text, index) or frequent_word(word.text, index.vocabulary)):
        return None
    return word


def company_word_token(tokens: Any, vocab: Any) -> Any:
    """The one token of an organisation's name beside its legal forms that is no given
    name (Yandex of ООО “Яндекс”, Severstal of PUBLIC JOINT STOCK COMPANY SEVERSTAL; not
    Vladimir of Vladimir JSC), else None."""
    rest = [t for t in tokens if t.concept != LEGAL_FORM]
    if len(rest) != 1 or len(tokens) == 1 or rest[0].key in vocab.given_names:
        return None
    return rest[0]


def _one_word_named(run_text: str, spans: list[tuple[int, int]], at: int,
                    candidate: Any, index: NameIndex) -> bool:
    """Word ``at`` of the run, with an Arabic article joined to it or written apart
    before it, against the one word of a listed organisation's name: a name written
    otherwise (Аль-Каиды, al-Kaeda, Turkish El Kaide: AL-QAIDA), where one word in common
    is otherwise no mention."""
    if candidate.kind == PERSON or len(candidate.tokens) != 1:
        return False
    start, end = spans[at]
    apart = at > 0 and fold(run_text[spans[at - 1][0]:spans[at - 1][1]]) in _ARABIC_ARTICLES and (
        run_text[spans[at - 1][1]:start] == " ")
    return (apart or _with_article(run_text, start, end, index)) and _name_like(run_text[start:end])


def _cut_from_a_longer_name(run_text: str, spans: list[tuple[int, int]],
                            best: tuple[Score, int, int], index: NameIndex, kind: str) -> bool:
    """A name found as part of a longer one written beside it, the listed name having
    words the text does not: "Kim Jong" of Kim Jong Kook is not Kim Jong Sik; "Mobilization
    Forces" of the Popular Mobilization Forces is not the Resistance Mobilization Force
    (for an organisation found less than surely or described only, a word of the
    vocabulary beside it: not a headline's verb); "Central Bank" of the European Central
    Bank is not the Central Bank of Syria (a description beside a place)."""
    score, a, b = best
    if not score.unmatched[1]:
        return False  # every word of the listed name is in the text
    before = [(x, y) for x, y in spans if y <= a]
    after = [(x, y) for x, y in spans if x >= b]
    beside = ([before[-1]] if before and not run_text[before[-1][1]:a].strip() else []) + (
        [after[0]] if after and not run_text[b:after[0][0]].strip() else [])
    vocab = index.vocabulary
    description = kind != PERSON and a_description(score)
    for x, y in beside:  # (only a space between: one name)
        word = run_text[x:y]
        concepts = vocabulary_concepts(clean(word), vocab)
        if vocab.place_concepts.intersection(concepts):
            # a place: Глава Чечни Рамзан Кадыров (Chechnya's head), Lebanese Hezbollah;
            # but beside a description, another body's (Banque centrale européenne)
            if description:
                return True
            continue
        if not word[0].isupper() or particle(fold(word), index):
            continue  # (in a script without letter case any word may stand beside a name)
        if kind == PERSON and not (common_word(fold(word), index) or _office_word(word, vocab)):
            return True
        if kind != PERSON and concepts and (score.value < _SURE_PART or description):
            return True
    if description and after and particle(fold(run_text[slice(*after[0])]), index):
        # and after a particle, a capitalised word or a place: what the described body
        # is of (Nationale Bank van België is no National Bank of Belarus)
        later = next((run_text[x:y] for x, y in after if not particle(fold(run_text[x:y]), index)), "")
        if later and (later[0].isupper() or vocab.place_concepts.intersection(
                vocabulary_concepts(clean(later), vocab))):
            return True
    return False


_SURE_PART = 0.9  # an organisation's name found in part this well stands beside any word


_OFFICE_BEFORE = 3  # letters of a compound before the office it ends with, at least


def _office_word(word: str, vocab: Any) -> bool:
    """A word for a person's office (offices in common_words.yml), or a compound ending
    with one (Revolutionsführer, talibanledaren), as written before a name."""
    cleaned = clean(word)
    offices = vocab.offices
    return cleaned in offices or any(
        cleaned[at:] in offices for at in range(_OFFICE_BEFORE, len(cleaned) - 2))


def _compound_name(word_tokens: Any) -> bool:
    """One word of several concepts of the vocabulary: a name (Hisbollah, Hezbolá)."""
    return len(word_tokens) >= 2 and all(t.concept and t.role in CONCEPT_ROLES for t in word_tokens)


def _compound_word(word: str, index: NameIndex) -> bool:
    """:func:`_compound_name` of a word of the text."""
    return _compound_name(prepare(word, ORGANISATION, index.vocabulary).tokens)


def _token_matches(token: Any, candidate: Any) -> bool:
    """A word of the run like a word of the listed name, or two of its words written as
    one (Ebubekir: Abu Bakr)."""
    return any(token_similarity(token, other)[0] >= 0.7 for other in candidate.tokens) or any(
        token.key == phonetic(a.text + b.text) for a, b in pairwise(candidate.tokens))
