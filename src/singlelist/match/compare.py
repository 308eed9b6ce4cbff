"""Compare two names: a score in 0..1 with the features that made it.

The algorithm is a declared list of features (:data:`FEATURES`), each a plain function
``(query, candidate) -> (score, detail)`` on prepared names, whose docstring says what
it measures. The value of a comparison is the best weighted feature score, then capped
by the penalties (:data:`PENALTIES`) - short names and lone acronyms are weak evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, Indel, Levenshtein

from singlelist.match.names import (
    ACRONYM,
    CONCEPT_ROLES,
    CONNECTORS,
    DESCRIPTOR,
    GENERIC,
    INITIAL,
    KIND,
    ORGANISATION,
    PERSON,
    PLACE,
    SUFFIX,
    TITLE,
    WEIGHTS,
    WORD,
    NameForm,
    Token,
    is_patronymic,
    patronymic_base,
    prepare,
)
from singlelist.match.normalize import (
    abjad_classes,
    adjective_bases,
    article_end,
    clean,
    cognate_keys,
    devoiced,
    other_latin_keys,
    phonetic,
    skeleton,
    waw_consonants,
)
from singlelist.match.vocabulary import LEGAL_FORM, Vocabulary

#: Scores at or above this value are matches; one constant used by compare, search and
#: text. Chosen on the real lists (~94k names): names on no list (translit person pairs,
#: composed company names) match at 0.1% / 0.6% at 0.75 against 0.3% / 1.4% at 0.70,
#: while alias hold-out and cross-script recall barely move between the two.
DEFAULT_THRESHOLD = 0.75

# How a pair of tokens matched, strongest first.
EXACT = "exact"
TRANSLIT = "translit"
NAME_FORM = "name form"
VOCABULARY = "vocabulary"
SKELETON = "skeleton"
FUZZY = "fuzzy"
INITIALS = "initial"
NEAR = "near miss"  # a word of a person name a letter or two away, among matched words
ACRONYM_BESIDE = "acronym of the other name"  # written beside its words (... Peninsula AQAP)

_FUZZY_CUTOFF = 0.75
_LONG_WORD, _LONG_CLOSE = 8, 0.85  # a word this long, this alike, alone makes a name
_NEAR_MISS = 0.5  # a word of a person name this alike among matched words is a near miss
_TRADE_TYPO = 0.9  # a word against a trade word: Internatonal, not Train / Trading
# an unmatched trade word beside a single matched distinctive word, when both names
# have one (another trade)
_OTHER_TRADE = 0.78
_TRANSLATED_DESCRIPTION = 0.74  # below the default threshold: alone, not a match
_LIGHT = frozenset({GENERIC, DESCRIPTOR, *CONNECTORS})  # roles of words that weigh little
_KIND_OR_PLACE = frozenset({KIND, PLACE})
_UNSAID = frozenset({TITLE, SUFFIX, DESCRIPTOR})  # roles of words one name may leave unsaid
_SHORT_CUTOFFS = {3: 0.85, 4: 0.8}  # short words: one letter more or less at most
_SURE_TRANSLIT = 0.9  # one word read from another script alone: as sure as this
_OTHER_SPELLING_LENGTH = 5  # a word this long read as another Latin alphabet spells it
# a listed person's name whose first and family names the query has: as sure at least
_FIRST_AND_FAMILY = 0.9
_SURE_WORD = 0.95  # similarity of the words of a match that leaves out a patronymic
_SHORT_WORD = 4  # letters of a word at most that is not a look-alike of another one
_TYPO_LENGTH = 6  # letters of a word from which one replaced or two swapped is a typo
_ONE_TYPO = 0.9
_QUALIFIER_WEIGHT = 0.2  # a place or kind on one side only weighs as a trade word
_ANY_BODY = "organisation"  # the kind (a concept of the vocabulary) every body is
_CROSS_CUTOFF = 0.65  # keys of a transliterated word and a Latin one
_LIQUID_CUTOFF = 0.7  # the same read with one letter for l and r (Chinese, katakana), at least
# two patronymics across scripts: nearly the same or another father (Vladimirovna is not
# Valerievna, though as alike as two transliterations of one name)
_PATRONYMIC = re.compile(r"(?:[eo]vich|[eo]vna|ichna|ogly|oglu|kyzy)$")
_PATRONYMIC_CUTOFF = 0.8
_ABJAD_CUTOFF = 0.8  # consonant classes of a word in Arabic script and a Latin one
_LONG_VOICED = 6  # letters of a word whose one voicing difference counts as a strong match
_NOT_CONSONANTS = re.compile(r"[aeiouyw]")


_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=100_000)
def _raw_consonants(text: str) -> str:
    """The consonants of a Latin word as written, in the classes of Arabic script."""
    return abjad_classes(_NOT_CONSONANTS.sub("", text.replace("c", "k").replace("x", "ks")))


_normalized_similarity = Indel.normalized_similarity
_levenshtein = Levenshtein.normalized_similarity


def _distance(a: str, b: str, score_cutoff: int) -> int | None:
    """Levenshtein distance of two strings when at most ``score_cutoff``, else None."""
    distance = Levenshtein.distance(a, b, score_cutoff=score_cutoff)
    return distance if distance <= score_cutoff else None


class Score:
    """The result of a comparison; ``explanation`` is built only when read."""

    __slots__ = ("value", "match", "features", "_details", "threshold")

    def __init__(self, value: float, features: dict[str, float], details: dict[str, Any],
                 threshold: float = DEFAULT_THRESHOLD) -> None:
        self.value = value
        self.threshold = threshold
        self.match = value >= threshold
        self.features = features
        self._details = details

    @property
    def explanation(self) -> str:
        """A short human account of which parts matched how."""
        parts = []
        ordered = sorted(self.features.items(), key=lambda kv: -kv[1])
        for name, value in ordered:
            if value <= 0 and name not in self._details:
                continue
            detail = self._details.get(name)
            text = _describe(name, detail)
            if text:
                parts.append(text)
        return "; ".join(parts) if parts else "no part of the names matched"

    @property
    def pairs(self) -> list[tuple[str, str, float, str]]:
        """Matched words ``(query word, listed word, similarity, how)``."""
        detail = self._details.get("tokens")
        if not detail:
            return []
        return [(a.text, b.text, sim, how) for a, b, sim, how in detail[0]]

    @property
    def matched_tokens(self) -> list[tuple[Token, Token]]:
        """The tokens of :attr:`pairs` (with their concepts and roles)."""
        detail = self._details.get("tokens")
        return [(a, b) for a, b, _sim, _how in detail[0]] if detail else []

    @property
    def unmatched(self) -> tuple[list[str], list[str]]:
        """Words of the query and of the listed name that matched nothing."""
        query, listed = self.unmatched_tokens
        return [t.text for t in query], [t.text for t in listed]

    @property
    def unmatched_tokens(self) -> tuple[list[Token], list[Token]]:
        """The tokens of :attr:`unmatched` (with their concepts and roles)."""
        detail = self._details.get("tokens")
        if not detail:
            return [], []
        return list(detail[1]), list(detail[2])

    def __repr__(self) -> str:
        return f"Score({self.value:.3f}, match={self.match})"

    def with_factor(self, factor: float, reason: str) -> Score:
        """A copy scaled by ``factor`` (e.g. for a weak alias), with the reason recorded."""
        if factor == 1.0:
            return self
        features = dict(self.features)
        features[reason] = factor
        details = dict(self._details)
        details[reason] = f"{reason} x{factor:g}"
        return Score(self.value * factor, features, details, self.threshold)


def _describe(name: str, detail: Any) -> str:
    if detail is None:
        return ""
    if isinstance(detail, str):
        return detail
    if name == "tokens":
        pairs, q_left, c_left = detail
        # a word of two concepts (Hezbollah: party, god) is shown once, with both
        shown: dict[tuple[str, str, str], list[str]] = {}
        for a, b, _sim, how in pairs:
            concepts = shown.setdefault((a.text, b.text, how), [])
            if how == VOCABULARY and a.concept not in concepts:
                concepts.append(a.concept)
        text = "tokens " + ", ".join(
            f"{a}={b}" if how == EXACT else f"{a}~{b} ({how}"
            + (f": {', '.join(concepts)}" if concepts else "") + ")"
            for (a, b, how), concepts in shown.items())
        if q_left:
            text += "; unmatched in query: " + _words_of(q_left)
        if c_left:
            text += "; unmatched in listed name: " + _words_of(c_left)
        return text
    return str(detail)


def _words_of(tokens: list[Token]) -> str:
    """The words of ``tokens`` as written, a word of two concepts (two tokens side by
    side) once."""
    words = [t.text for i, t in enumerate(tokens)
             if not (i and t.concept and tokens[i - 1].concept and t.text == tokens[i - 1].text)]
    return " ".join(words)


# --- token similarity ------------------------------------------------------------------


def _same_key_how(a: Token, b: Token) -> str:
    """How two tokens with the same key matched: as written, through the vocabulary, as
    forms of one given name in two languages, or as another transliteration."""
    if a.text == b.text:
        return EXACT
    if a.concept and a.concept == b.concept and a.key == a.concept:
        return VOCABULARY
    if a.role == WORD and not a.concept and phonetic(a.text) != phonetic(b.text):
        return NAME_FORM  # keys given by the list of given names (Volodymyr / Vladimir)
    return TRANSLIT


_FIRST_SOUND = {"c": "k", "q": "k"}  # first letters that sound alike in place names


def _first_sound(text: str) -> str:
    """The first sound of a place's name: ch as French writes sh (Cham / Sham)."""
    return "sh" if text[:2] in ("ch", "sh") else _FIRST_SOUND.get(text[0], text[0])


def _other_place(a: Token, b: Token) -> bool:
    """Two tokens of one key, a place and a word with its letters but not its first
    sound (Sina is not China)."""
    return (a.role == PLACE) != (b.role == PLACE) and not (a.concept and b.concept) and (
        _first_sound(a.text) != _first_sound(b.text))


def _not_the_same(a: Token, b: Token) -> bool:
    """Two tokens of one key that are not one word: a place and a word with its letters
    (Sina is not China); a title of one letter and a word (Burmese U is no Oo)."""
    return _other_place(a, b) or (a.role == TITLE) != (b.role == TITLE) and (
        len((a if a.role == TITLE else b).text) == 1)


def token_similarity(a: Token, b: Token) -> tuple[float, str]:
    """How alike two tokens are, and how (exact, translit, vocabulary, skeleton...)."""
    if a.key == b.key:
        if _not_the_same(a, b):
            return 0.0, ""
        return 1.0, _same_key_how(a, b)
    if a.concept is not None and a.concept == b.concept:
        if a.abjad != b.abjad and len(a.skel) >= 3 and (
                abjad_classes(a.skel) == abjad_classes(b.skel)):
            return 1.0, TRANSLIT  # the same word in another script (طالبان / Taliban)
        return 1.0, VOCABULARY
    if a.concept != b.concept and a.role in _KIND_OR_PLACE and b.role in _KIND_OR_PLACE:
        return 0.0, ""  # a place or kind of body is no other one (تنظيم, tanzim,
        # organisation, is no Tunisia by its consonants)
    if (a.role in CONNECTORS) != (b.role in CONNECTORS) and phonetic(a.text) == phonetic(b.text):
        return 1.0, TRANSLIT  # a title spelled otherwise than the vocabulary (Sayyed / Sayed)
    if a.role == ACRONYM or b.role == ACRONYM:
        # the letters of an acronym match exactly or not at all
        return (1.0, EXACT) if a.text == b.text else (0.0, "")
    if a.role == INITIAL or b.role == INITIAL:
        if a.text[0] == b.text[0] and (a.role != INITIAL or b.role != INITIAL):
            return 0.7, INITIALS
        return 0.0, ""
    if _surname_and_patronymic(a, b):
        return 0.0, ""  # Ivanova is not Ivanovna, Petrov not Petrovich
    ka, kb = a.key, b.key
    if (a.concept is None) != (b.concept is None) and not (a.abjad or b.abjad) and len(
            (a if a.concept is None else b).key) < min(len((b if a.concept is None else a).key),
                                                       _SHORT_WORD + 1):
        return 0.0, ""  # a short word is no vocabulary word with a letter more (Ari / Army)
    if a.foreign != b.foreign:
        # across scripts: transliteration adds noise, so a looser cut-off (chosen so
        # that unrelated names rarely pass it); without vowels, consonants only
        if a.abjad != b.abjad and (_initial_vowel_unwritten(a, b) or _initial_semivowel_unwritten(a, b)
                                   or _other_jim(a, b) or _other_shin(a, b) or _h_unwritten(a, b)):
            return 0.0, ""
        least = 0.0  # (a similarity below it is none, whatever the cut-off)
        if a.abjad or b.abjad:
            x, y = abjad_classes(a.skel), abjad_classes(b.skel)
            cut, top, how = _ABJAD_CUTOFF, 0.95, SKELETON
        else:
            x, y, cut, top, how = ka, kb, _CROSS_CUTOFF, 1.0, TRANSLIT
            if a.liquid or b.liquid:  # one letter for l and r (拉姆赞 lamzan: Ramzan)
                x, y = x.replace("r", "l"), y.replace("r", "l")
                least = _LIQUID_CUTOFF
            if a.unvoiced or b.unvoiced:  # one letter for b and p (பக்தாதி paktadi: Baghdadi)
                x, y = devoiced(x), devoiced(y)
            if _patronymic_cut(a, b):
                cut = _PATRONYMIC_CUTOFF
        if x == y and len(x) >= 2 or a.abjad != b.abjad and a.skel == b.skel and len(a.skel) >= 2:
            return top, how  # (an h is not dropped where both have it: الحق / Haq)
        read, latin = (a, b) if a.foreign else (b, a)
        if read.concept is not None and latin.concept is None and not read.abjad and (
                x[:1] != y[:1]):
            return 0.0, ""  # a word the vocabulary knows, read from another script, is no
            # look-alike of a word it does not know that starts with another sound
            # (புதிய pudiya, new: not Judea; but Технологии / Teknologii)
        if min(len(x), len(y)) >= 3:
            sim = _normalized_similarity(x, y, score_cutoff=max(cut, least))
            if sim:
                if how == TRANSLIT and _other_latin_spelling(a, b):
                    # (at least: Gastañares, also read gastanares, is as close as its letters)
                    return max(0.95, top - 0.2 * (1 - sim) / (1 - cut)), TRANSLIT
                if how == TRANSLIT and (_other_first_consonant_and_one_more(x, y)
                                        or _consonants_replaced(x, y) >= _REPLACED_CONSONANTS
                                        or _sh_for_z(a, b, x, y)):
                    return 0.0, ""
                return top - 0.2 * (1 - sim) / (1 - cut), how
            if a.skel == b.skel and len(a.skel) >= 3 and (
                    (ka[0] in _VOWEL_LETTERS) == (kb[0] in _VOWEL_LETTERS)):
                # other vowels (English spellings: Pancake / Пэнкейк), not one more
                # before the first consonant (Ахмед is no Hamud)
                return 0.85, SKELETON
        if a.abjad != b.abjad:
            # the Latin side's own consonants, digraphs not folded (Azhar: z-h-r)
            latin = b if a.abjad else a
            raw, other = _raw_consonants(latin.text), (y if b.abjad else x)
            if raw == other and len(raw) >= 2 or min(len(raw), len(other)) >= 3 and (
                    _normalized_similarity(raw, other, score_cutoff=cut)):
                return 0.85, SKELETON
            if _DOUBLED.sub(r"\1", raw) == other and len(other) >= 2:
                return 0.85, SKELETON  # a doubled letter Arabic writes once (Izzat: عزت)
            written = a if a.abjad else b
            latin_classes = y if a.abjad else x
            if len(latin_classes) >= 2 and latin_classes in waw_consonants(written.text):
                return 0.85, SKELETON  # a waw read as w (موسوی: Mousavi, عوض: Awad)
            if "z" in latin.text and "d" in other:
                # ض read as d in Arabic, z in Persian (رضا: Reza, Rida)
                raw = _raw_consonants(latin.text.replace("z", "d"))
                if raw == other and len(raw) >= 2:
                    return 0.85, SKELETON
            if "th" in written.text or "dh" in written.text:
                # ث and ذ as Persian, Urdu, Turkish read them, in a name written with
                # Arabic letters only (وثيق: Wasiq, ذاكر: Zakir, عثمان: Usman)
                read = abjad_classes(skeleton(phonetic(
                    written.text.replace("th", "s").replace("dh", "z"))))
                if read == latin_classes and len(read) >= 2 or min(len(read), len(latin_classes)) >= 3 and (
                        _normalized_similarity(read, latin_classes, score_cutoff=cut)):
                    return 0.85, SKELETON
    if a.concept and b.concept and a.concept != b.concept and not (
            a.role == GENERIC and b.role == GENERIC):
        return 0.0, ""  # two words the vocabulary knows as different (China / Sinai)
    if len(a.text) >= _OTHER_SPELLING_LENGTH and _other_latin_spelling(a, b):
        return 0.95, TRANSLIT  # (Dżochar / Dzhokhar: too many letters apart to be alike)
    la, lb = len(ka), len(kb)
    if la == lb and devoiced(ka) == devoiced(kb):
        if a.text.count("sh") != b.text.count("sh"):
            return 0.0, ""  # an s folded from sh is no voiceless z (Zahid is not Shahid)
        # voiced for voiceless (Korean Bong / Pong, Jae / Chae; German Ramsan / Ramzan):
        # one such letter in a long word is as sure as another transliteration
        if la >= _LONG_VOICED and sum(x != y for x, y in zip(ka, kb, strict=True)) == 1:
            return 0.9, TRANSLIT
        return 0.85, TRANSLIT
    if a.text[:4] == b.text[:4] and _adjective_of(a.text, b.text):
        return 0.95, TRANSLIT  # another ending of a Russian adjective (Omskoe / Omsk)
    if la >= 5 and lb >= 5 and ka[:3] == kb[:3] and _cognate_of(a, b):
        return 0.95, TRANSLIT  # a Russian learned word and its English (Takticheskoe / Tactical)
    shortest = min(la, lb)
    if shortest <= 2:
        return 0.0, ""
    if shortest < 0.7 * max(la, lb):
        return _as_spelled(a, b)  # a short word inside a long one is not alike
    cutoff = _SHORT_CUTOFFS.get(shortest, _FUZZY_CUTOFF)
    if (a.concept is None) != (b.concept is None) and GENERIC in (a.role, b.role):
        cutoff = _TRADE_TYPO  # a trade word misspelled, not another word
    sim = _normalized_similarity(ka, kb, score_cutoff=cutoff)
    if sim and _distance(ka, kb, score_cutoff=max(1, (shortest + 1) // 3)) is not None:
        # (a longer word is looked at above, whatever its similarity)
        if len(a.text) < _OTHER_SPELLING_LENGTH and _other_latin_spelling(a, b):
            return 0.95, TRANSLIT
        if _other_consonant_far_written(a, b):
            return 0.0, ""
        if shortest >= _TYPO_LENGTH and OSA.distance(ka, kb, score_cutoff=1) <= 1:
            # one letter replaced or two swapped in a long word, as a typing error
            # (Kadyorv, Kadyrav / Kadyrov): as close as one letter left out
            sim = max(sim, _ONE_TYPO)
        return sim, FUZZY  # (at most a third of the letters edited: not Royaards / Richard)
    return _as_spelled(a, b)


_AS_SPELLED = 0.9  # two words alike as spelled, one read as a given name's first form


def _as_spelled(a: Token, b: Token) -> tuple[float, str]:
    """Two Latin words whose keys differ because one was read as a given name's first
    form, alike by their own spellings' keys: Slimane, read Sulayman, and the family
    name Slimani (at most ``_AS_SPELLED``: a given name is not surely the family name)."""
    if a.foreign or b.foreign or a.concept is not None or b.concept is not None:
        return 0.0, ""
    ka, kb = phonetic(a.text), phonetic(b.text)
    if ka == a.key and kb == b.key:
        return 0.0, ""
    value, how = token_similarity(a._replace(key=ka, skel=skeleton(ka)),
                                  b._replace(key=kb, skel=skeleton(kb)))
    return min(value, _AS_SPELLED), how


# consonants of keys that transliterations exchange besides voiced and voiceless ones
# (devoiced): th / dh read t, s, d or z, w read v or f, kh read h or k, j read g, y or h,
# Ukrainian h read g
_SOUND_NEIGHBOURS = frozenset(frozenset(pair) for pair in (
    "vf", "ts", "dz", "vw", "fp", "hk", "kq", "hq", "jg", "jy", "jh", "gh", "sc", "kc", "lr",
    "xk", "xs"))
_VOWELS_AND_Y = frozenset("aeiouy")
_WRITTEN_FAR = 3  # edits of two words as written, at least, that no close keys make alike


def _exchanged(x: str, y: str) -> bool:
    """Two consonants of keys that transliterations exchange (voicing, sound neighbours)."""
    return devoiced(x) == devoiced(y) or frozenset((x, y)) in _SOUND_NEIGHBOURS


def _other_consonant_far_written(a: Token, b: Token) -> bool:
    """Keys one consonant apart, consonants that no transliteration exchanges, of words
    written further apart: two names, not one spelled otherwise (Khamenei, Hacene -
    keys hamini, hasini; not Puchkoff, Pushkov - puskuf, puskuv)."""
    ka, kb = a.key, b.key
    if len(ka) != len(kb) or a.foreign or b.foreign:
        return False  # (a transliteration's letters are no spelling: تيخيرا, tikhira, Tejera)
    differ = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if x in _VOWELS_AND_Y or y in _VOWELS_AND_Y or _exchanged(x, y):
        return False
    return OSA.distance(a.text, b.text, score_cutoff=_WRITTEN_FAR) >= _WRITTEN_FAR


_REPLACED_CONSONANTS = 2  # steady consonants replaced by others, at least: two names
# steady consonants that scripts still exchange (Greek and Spanish b and v; n before b
# written m: Anbar, Ambar)
_STEADY_NEIGHBOURS = frozenset(frozenset(pair) for pair in ("bv", "bw", "mn"))


def _consonants_replaced(x: str, y: str) -> int:
    """How many consonants of one key stand where the other has another, one of them a
    steady one, that no transliteration exchanges (Заркави, zarkavi, and Barnawi: z for
    b, k for n; not Пульхра, pulhra, and Pulchra: h and c are written many ways)."""
    replaced = 0
    for tag, i, j in Levenshtein.editops(x, y):
        if tag != "replace":
            continue
        c, d = x[i], y[j]
        if (c in _STEADY_CONSONANTS or d in _STEADY_CONSONANTS) and not (
                c in _VOWELS_AND_Y or d in _VOWELS_AND_Y or _exchanged(c, d)
                or frozenset((c, d)) in _STEADY_NEIGHBOURS):
            replaced += 1
    return replaced


def _sh_for_z(a: Token, b: Token, x: str, y: str) -> bool:
    """Keys across scripts that begin one with an s folded from an sh, the other with a
    z: two letters in every script at a word's start (Заркави, zarkavi, is no Sharqawi;
    inside a word, German and Polish spell the sounds otherwise: Schwartzberg /
    Шварцберг, Przybora / Пшибора)."""
    if {x[:1], y[:1]} != {"s", "z"}:
        return False
    s_side, z_side = (a, b) if x[0] == "s" else (b, a)
    return s_side.text.startswith("sh") and not z_side.text.startswith("zh")


# consonants that every transliteration writes as such: a word beginning with one is
# not a word beginning otherwise (where c, h, k, q, x, z stand for many sounds: Синъу,
# Xingwu; Цана, Cana; Видман, Hvidman)
_STEADY_CONSONANTS = frozenset("bmnplr")


def _other_first_consonant_and_one_more(x: str, y: str) -> bool:
    """Keys of a transliterated word and a Latin one that begin with other consonants,
    one of them a steady one, and count other consonants: a consonant added, not a
    letter read otherwise (Саид, said, is no Majeed, majid; Рамирес no Shamir), nor
    a word ending with the other (порт, port: seaport; Бийсултан: Sultan)."""
    first_x, first_y = x[0], y[0]
    if x.endswith(y) or y.endswith(x) or first_x == first_y:
        return False
    if first_x in _VOWELS_AND_Y or first_y in _VOWELS_AND_Y or not (
            first_x in _STEADY_CONSONANTS or first_y in _STEADY_CONSONANTS):
        return False
    if _exchanged(first_x, first_y):
        return False
    return sum(c not in _VOWELS_AND_Y for c in x) != sum(c not in _VOWELS_AND_Y for c in y)


# a Russian family name made of a given name, as patronymics are (Ivanov, Ivanova;
# German and Polish Iwanow), and a patronymic of that name are two parts of a name
_SURNAME_ENDING = re.compile(r"(?:[oe][vw]a?|[iy]na?)$")
_PATRONYMIC_LAST = frozenset("ah")  # (-ich, -vna, -una)
_CASE_LETTERS = 2  # letters of a case ending, at most


def _surname_and_patronymic(a: Token, b: Token) -> bool:
    """One word a patronymic and the other a Russian family name, or the given name it
    is made of (in any case: Władimira, Vladimir's, is not Vladimirovna), not one."""
    if a.text[-1:] not in _PATRONYMIC_LAST and b.text[-1:] not in _PATRONYMIC_LAST:
        return False  # (most words: the regular expressions not run)
    pa, pb = is_patronymic(a.text), is_patronymic(b.text)
    if pa == pb:
        return False
    patronymic, other = (a, b) if pa else (b, a)
    if _SURNAME_ENDING.search(other.text):
        return True
    base = phonetic(patronymic_base(patronymic.text))
    return other.key.startswith(base) and len(other.key) - len(base) <= _CASE_LETTERS


def _other_latin_spelling(a: Token, b: Token) -> bool:
    """The query's token ``a`` the listed ``b`` as German, Polish or Dutch spell it
    (Sacharowa / Zakharova); looked at from the query's side only, whose few words are
    read once."""
    return b.key in other_latin_keys(a.text)


def _initial_vowel_unwritten(a: Token, b: Token) -> bool:
    """A short Latin word that starts with a vowel and a word in Arabic or Hebrew script
    that does not: those scripts write an initial vowel (with alef or ayn: عمر Umar;
    foreign names also with ya or waw: يفغيني Evgeny), so داعش (Daesh) is not ADISA.
    (Longer words rarely meet by chance; a Latin word may begin with a joined article:
    Alhashimi, Ennafati / النفاتي.)"""
    latin, abjad = (b, a) if a.abjad else (a, b)
    text = latin.text
    return (text[:1] in _VOWEL_LETTERS and abjad.text[:1] not in _VOWEL_CARRIERS
            and len(latin.skel) <= 3 and not article_end(text)
            and text[1:2] != text[2:3])  # (an assimilated article: Ennafati, Essaidi)


def _initial_semivowel_unwritten(a: Token, b: Token) -> bool:
    """A Latin word that starts with y or w and a word in Arabic script that starts with
    a vowel: those scripts write an initial y or w (يمن Yemen, وليد Walid), so أيمن
    (Ayman) is not Yemen, whose consonants are the same."""
    latin, abjad = (b, a) if a.abjad else (a, b)
    return latin.text[:1] in _SEMIVOWELS and abjad.text[:1] in _VOWEL_LETTERS


# a Latin h that Arabic script writes (ح or ه): at the start before a, or after an a
# before a consonant (Hamid, Ahmed, Mahmoud, Rahman); not in a digraph (sh, kh, th...),
# nor where European spellings lengthen a vowel with it (Kohl, Whelan, Marinho)
_WRITTEN_H = re.compile(r"^ha|(?<![sktdgczpw])ah(?![aeiouyhw]|$)")


def _h_unwritten(a: Token, b: Token) -> bool:
    """A Latin word with an h that Arabic script writes, and a word in Arabic script with
    none: the consonant classes compared across scripts leave out h (that an ة or a
    vowel's h adds or drops), which made عماد (Imad) Ahmed and Hamid."""
    latin, abjad = (b, a) if a.abjad else (a, b)
    return "h" not in abjad.text and _WRITTEN_H.search(latin.text) is not None


def _other_shin(a: Token, b: Token) -> bool:
    """A Latin sh (or š) that only a zay of the word in Arabic script could stand for:
    the consonant classes compared across scripts hold z with s (a foreign name's s is
    often a zay), which made بوزير (buzir, "by the minister") Bashar. (A shin, or a sin,
    may be a Latin sh: Ishaq / إسحاق, Polášek / بولاسك.)"""
    latin, abjad = (b, a) if a.abjad else (a, b)
    return "sh" in latin.text and "z" in abjad.text and "s" not in abjad.text


def _other_jim(a: Token, b: Token) -> bool:
    """A Latin j where the word in Arabic script has a qaf or kaf and no jim, or a Latin k
    or q where it has a jim (a Latin g may be either: Gamal / جمال, Gaddafi / القذافي).
    The consonant classes compared across scripts hold j with k and q, which made قاعدة
    (qa'ida) جهاد (jihad). (Foreign names' j is a jim, a kha, a ya or a zay in Arabic
    script: Tejera تيخيرا, Radivoje راديفوي, Kamijo كاميزو - left alike.)"""
    latin, abjad = (b, a) if a.abjad else (a, b)
    # (a Latin zh may be a jim's sound or z and h: Azhar / اظہر)
    z_and_h = len(_Z_AND_H.findall(latin.text))
    latin_j = latin.skel.count("j") - z_and_h
    latin_g = latin.skel.count("g") + z_and_h
    latin_k = len(_K_OR_Q.findall(latin.text))
    written_j, written_k = abjad.skel.count("j"), abjad.skel.count("k")
    return (latin_j > written_j and written_k > latin_k + latin_g
            or written_j > latin_j + latin_g and latin_k > written_k)


_Z_AND_H = re.compile(r"(?<!d)zh")
_K_OR_Q = re.compile(r"[kq](?!h)")


_SEMIVOWELS = frozenset("yw")
_VOWEL_LETTERS = frozenset("aeiou")
_VOWEL_CARRIERS = frozenset("aeiouyw")


def _patronymic_cut(a: Token, b: Token) -> bool:
    """Two patronymics, or a patronymic made from a known given name (its key that of
    the name's first form) and any word: held to the near-sameness of patronymics
    (Yuryevich is not Ariovistus; Yaroshevich, a family name, may be Jaroszewicz)."""
    pa, pb = bool(_PATRONYMIC.search(a.text)), bool(_PATRONYMIC.search(b.text))
    return (pa and pb) or (pa and a.key != phonetic(a.text)) or (pb and b.key != phonetic(b.text))


def _both_patronymics(a: Token, b: Token) -> bool:
    return bool(_PATRONYMIC.search(a.text) and _PATRONYMIC.search(b.text))


def _cognate_of(a: Token, b: Token) -> bool:
    """One word the other's English by its learned suffix (Тактическое / Tactical,
    Федеральный / Federal, Авиационный / Aviation)."""
    for x, y in ((a, b), (b, a)):
        for key in cognate_keys(x.text):
            if key == y.key or _normalized_similarity(key, y.key, score_cutoff=0.9):
                return True
    return False


def _adjective_of(a: str, b: str) -> bool:
    """Two forms of one Russian adjective, or an adjective and its place (Ульяновского /
    Ulyanovsk, Тамбовский / Tambov)."""
    x, y = adjective_bases(a), adjective_bases(b)
    return bool(set(x or (a,)) & set(y or (b,))) and bool(x or y)


def _compounds(xs: tuple[Token, ...], ys: tuple[Token, ...], used_x: set[int],
               used_y: set[int], pairs: list, query_side: bool,
               names_only: bool = False) -> tuple[float, float]:
    """Two adjacent unmatched words of one name written as one word in the other
    (``Hamid Allah`` / ``Hamidullah``, ``Bin Laden`` / ``Binladen``): paired as one;
    with ``names_only`` (syllables of Korean or Chinese), words of no vocabulary concept
    only, and three syllables too (아이만, a i man: Ayman)."""
    got_x = got_y = 0.0
    if len(xs) - len(used_x) < 2:
        return got_x, got_y  # (two unmatched words are needed)
    # (words written without vowels are compared by their consonants)
    lengths = [(j, len(y.skel) if y.abjad else len(y.text), y.abjad)
               for j, y in enumerate(ys) if j not in used_y]
    for count in ((3, 2) if names_only else (2,)):
        for i in range(len(xs) - count + 1):
            if not used_x.isdisjoint(range(i, i + count)):
                continue
            parts = xs[i:i + count]
            if names_only and any(t.concept for t in parts):
                continue
            size = sum(len(t.text) for t in parts)
            consonants = sum(len(t.skel) for t in parts)
            near = [j for j, n, abjad in lengths if j not in used_y
                    and abs(n - (consonants if abjad else size)) <= (1 if abjad else 3)
                    and not (names_only and ys[j].concept)]
            if not near:
                continue
            text = "".join(t.text for t in parts)
            key = phonetic(text)
            # (a connector joined to a word is that word: Bin Laden / Binladen)
            role = next((t.role for t in parts if t.role not in _LIGHT), parts[0].role)
            joined = Token(text, key, skeleton(key), None, role,
                           sum(t.weight for t in parts), parts[0].abjad, parts[0].foreign)
            for j in near:
                other = ys[j]
                sim, how = token_similarity(joined, other)
                # (nearly the same: three syllables, or transliterated from another
                # script, where words are compared loosely - 김정은 kimjongun is no Jonhon,
                # キム・ジョンウン's jonun no Jung Jong; not consonants, compared so anyway)
                loose = joined.foreign != other.foreign and not (joined.abjad or other.abjad)
                if sim >= (0.9 if count == 3 or loose else 0.8):
                    used_x.update(range(i, i + count))
                    used_y.add(j)
                    pairs.append((joined, other, sim, how) if query_side else (other, joined, sim, how))
                    got_x += sim * joined.weight
                    got_y += sim * other.weight
                    break
    return got_x, got_y


def _article_joined(query: NameForm, candidate: NameForm, used_x: set[int],
                    used_y: set[int], pairs: list) -> tuple[float, float]:
    """A word written with its article joined (``Alhashemi``) against the word without
    it (``al-Hashmi``, whose article is dropped): compared without the article."""
    got_x = got_y = 0.0
    x_ends, y_ends = query.article_ends, candidate.article_ends
    if not x_ends and not y_ends:
        return got_x, got_y
    xs, ys = query.tokens, candidate.tokens
    x_articles = {i: x_ends[i] if x_ends else 0 for i in range(len(xs)) if i not in used_x}
    y_articles = {j: y_ends[j] if y_ends else 0 for j in range(len(ys)) if j not in used_y}
    if not any(x_articles.values()) and not any(y_articles.values()):
        return got_x, got_y
    for i, ma in x_articles.items():
        a = xs[i]
        for j, mb in y_articles.items():
            if j in used_y or bool(ma) == bool(mb):
                continue
            b = ys[j]
            if ma:
                key = phonetic(a.text[ma:])
                a2 = a._replace(text=a.text[ma:], key=key, skel=skeleton(key))
                b2 = b
            else:
                key = phonetic(b.text[mb:])
                b2 = b._replace(text=b.text[mb:], key=key, skel=skeleton(key))
                a2 = a
            sim, how = token_similarity(a2, b2)
            if sim >= 0.9:  # (not a loose cross-script likeness: An-anskikh / Kamenskoy)
                used_x.add(i)
                used_y.add(j)
                pairs.append((a, b, sim, how))
                got_x += sim * a.weight
                got_y += sim * b.weight
                break
    return got_x, got_y


def _beside_its_concept(tokens: tuple[Token, ...], used: set[int], pairs: list,
                        side: int) -> float:
    """Trade words of one concept side by side are one word of it (научно-
    исследовательский, scientific-research; Scientific Research Institute): an unmatched
    one beside one matched through that concept is matched with it (added to ``used``
    and ``pairs``); returns the weight matched so."""
    got = 0.0
    by_token = {id(p[side]): p for p in pairs}
    for i, token in enumerate(tokens):
        if i in used or token.role != GENERIC or token.concept in (None, LEGAL_FORM):
            continue  # (legal forms side by side are other forms: Co. Ltd)
        for j in (i - 1, i + 1):
            pair = by_token.get(id(tokens[j])) if 0 <= j < len(tokens) else None
            if pair is None or pair[side].concept != token.concept or pair[3] not in (
                    EXACT, VOCABULARY):
                continue
            used.add(i)
            other = pair[1 - side]
            pairs.append((token, other, pair[2], VOCABULARY) if side == 0
                         else (other, token, pair[2], VOCABULARY))
            got += pair[2] * token.weight
            break
    return got


def align(query: NameForm, candidate: NameForm) -> tuple[float, float, list, list, list]:
    """Pair each query token with its best candidate token, whatever their order.

    Returns the weighted share of the query and of the candidate that is matched,
    the pairs ``(query_token, candidate_token, similarity, how)``, and the unmatched
    tokens of each side.
    """
    qt, ct = query.tokens, candidate.tokens
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    q_got = c_got = 0.0
    # same keys first (most pairs of a real match): no string comparison needed
    by_key = candidate.positions
    for i, a in enumerate(qt):
        for j in by_key.get(a.key, ()):
            if j not in used_c and not _not_the_same(a, ct[j]):
                b = ct[j]
                used_q.add(i)
                used_c.add(j)
                pairs.append((a, b, 1.0, _same_key_how(a, b)))
                q_got += a.weight
                c_got += b.weight
                break
    if len(used_q) < len(qt) and len(used_c) < len(ct) and (
            query.syllabic or candidate.syllabic):
        # a name in Korean or Chinese syllables: its syllables joined first, as the lists
        # write a name in one word (광선: kwang son, Kwangson - not kwang~Kwangson)
        got = _compounds(qt, ct, used_q, used_c, pairs, query_side=True, names_only=True)
        q_got, c_got = q_got + got[0], c_got + got[1]
        got = _compounds(ct, qt, used_c, used_q, pairs, query_side=False, names_only=True)
        q_got, c_got = q_got + got[1], c_got + got[0]
    scored = []
    if len(used_q) < len(qt) and len(used_c) < len(ct):
        for i, a in enumerate(qt):
            if i in used_q:
                continue
            for j, b in enumerate(ct):
                if j in used_c:
                    continue
                sim, how = token_similarity(a, b)
                if sim:
                    scored.append((sim, i, j, how))
        scored.sort(key=lambda item: -item[0])
    for sim, i, j, how in scored:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        a, b = qt[i], ct[j]
        pairs.append((a, b, sim, how))
        q_got += sim * a.weight
        c_got += sim * b.weight
    if len(used_q) < len(qt) and len(used_c) < len(ct):
        got = _compounds(qt, ct, used_q, used_c, pairs, query_side=True)
        q_got, c_got = q_got + got[0], c_got + got[1]
        got = _compounds(ct, qt, used_c, used_q, pairs, query_side=False)
        q_got, c_got = q_got + got[1], c_got + got[0]
    if len(used_q) < len(qt) and len(used_c) < len(ct):
        got = _article_joined(query, candidate, used_q, used_c, pairs)
        q_got, c_got = q_got + got[0], c_got + got[1]
    if pairs and (len(used_q) < len(qt) or len(used_c) < len(ct)):
        q_got += _beside_its_concept(qt, used_q, pairs, 0)
        c_got += _beside_its_concept(ct, used_c, pairs, 1)
    q_left = [t for i, t in enumerate(qt) if i not in used_q] if used_q else list(qt)
    c_left = [t for j, t in enumerate(ct) if j not in used_c] if used_c else list(ct)
    # a title or a generation's suffix one name gives and the other not says nothing
    # (Seyyed Ali Khamenei / Ali Husseini KHAMENEI; Boris ROTENBERG JUNIOR): out of the share
    q_total = (query.weight_total - sum(t.weight for t in q_left if t.role in _UNSAID)) or 1.0
    c_total = (candidate.weight_total - sum(t.weight for t in c_left if t.role in _UNSAID)) or 1.0
    return q_got / q_total, c_got / c_total, pairs, q_left, c_left


# --- features ---------------------------------------------------------------------------


def tokens_feature(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """Words matched one to one in any order - same spelling, another transliteration,
    a translation through the vocabulary, the same consonants (Arabic script) or a
    close spelling - weighted by how much of each name they cover (harmonic mean), and
    lowered for words of the query that match nothing. Generic words and connectors
    count little."""
    if not query.tokens or not candidate.tokens:
        return 0.0, None
    q_share, c_share, pairs, q_left, c_left = align(query, candidate)
    if not pairs:
        return 0.0, None
    spelled: list[Token] = []
    if q_left or c_left:
        # the other name's acronym written beside its words is part of the match (AL-QAIDA
        # IN THE ARABIAN PENINSULA AQAP / Al-Qaida in the Arabian Peninsula)
        q_left, q_share = _acronym_of(q_left, q_share, query, candidate, spelled)
        c_left, c_share = _acronym_of(c_left, c_share, candidate, query, spelled)
    # the pairs of words that tell something (not legal forms, trade words, connectors)
    telling = [p for p in pairs if p[0].role not in _LIGHT and p[1].role not in _LIGHT]
    qualifiers: list[Token] = []
    if q_left or c_left:
        q_share, c_share, qualifiers = _qualifiers(query, candidate, q_share, c_share,
                                                   q_left, c_left, telling)
    # harmonic mean of the shares of each name matched, lowered for query words left
    # unmatched: a listed person may have more names than the query, not other ones,
    # and an extra distinctive word in a company name makes it another company
    # (legal forms, trade words and connectors left over do not count here)
    q_total = query.heavy_total or 1.0
    missing = sum(t.weight for t in q_left if t.role not in _LIGHT) if q_left else 0.0
    if qualifiers and q_left:
        missing -= sum(t.weight for t in qualifiers if any(t is x for x in q_left))
    person = candidate.kind == PERSON
    strong = [p for p in pairs if p[2] >= 0.9 and p[0].role not in _LIGHT
              and p[1].role not in _LIGHT and INITIAL not in (p[0].role, p[1].role)]
    near: list = []
    if person and len(strong) >= 2 and q_left and c_left:
        # one word spelled a little otherwise among several matched words (Kuol / Wuol,
        # Hai / Chai): part of a match, and costs less than a word missing
        near = _near_misses(q_left, c_left)
        if near:
            q_all = query.weight_total or 1.0
            c_all = candidate.weight_total or 1.0
            q_share += sum(credit * a.weight for a, _b, credit in near) / q_all
            c_share += sum(credit * b.weight for _a, b, credit in near) / c_all
            missing -= sum((1 + credit) / 2 * a.weight for a, _b, credit in near)
    near_q = {id(a) for a, _b, _c in near}
    near_c = {id(b) for _a, b, _c in near}
    if person and strong and c_left and not any(t.role not in _LIGHT for t in q_left) and all(
            p[2] >= _SURE_WORD for p in pairs if INITIAL not in (p[0].role, p[1].role)):
        # (only where the words matched are sure: not two loose readings from another
        # script, Nivat Sokołowska / Иван Юрьевич СОКОЛОВСКИЙ)
        c_share = _without_patronymic(candidate, c_left, c_share)
    penalty = max(0.0, 1.0 - missing / q_total) ** 0.5
    score = 2 * q_share * c_share / (q_share + c_share) if q_share + c_share else 0.0
    score *= penalty
    # (two sure words, or one and an initial of the first given name)
    sure_enough = person and (len(strong) >= 2 or len(strong) == 1 and _initial_of_first(candidate, pairs))
    if sure_enough and _family_matched(candidate, strong) and all(
            t.role in _LIGHT or id(t) in near_q for t in q_left):
        # every word of the query among the listed name's words, the family name too:
        # a listed person has more names than the query, not other ones (an initial of
        # the first given name counts: A. Khamenei / Ali Husseini KHAMENEI); the more so
        # where its first name is the query's too, not a father's name after it
        # (Osama bin Laden: Usama bin Muhammad bin Awad BIN LADIN, then his son Hamza
        # Usama Muhammad BIN LADEN)
        lead = _FIRST_AND_FAMILY if _first_and_family_matched(candidate, strong) else 0.8
        score = max(score, q_share * (lead + (1 - lead) * c_share) * penalty)
    if person and len(strong) >= 2 and q_left and _first_and_family_matched(candidate, pairs):
        # every word of the listed name in the query, its first and family names too:
        # the query gives more names (a second given name, a grandfather's name)
        extra = sum(1 for t in q_left if t.role not in _LIGHT and id(t) not in near_q)
        if extra <= len(strong) and all(t.role in _LIGHT or id(t) in near_c for t in c_left):
            score = max(score, c_share * (0.75 + 0.2 * q_share))
    if person:
        if all(INITIAL in (p[0].role, p[1].role) for p in pairs):
            score *= 0.5  # nothing but initials matched
    elif any(t not in qualifiers and t.role != DESCRIPTOR for t in (*q_left, *c_left)) and all(
            p[0].role in CONCEPT_ROLES for p in pairs):
        score *= 0.6  # a name matched only by its vocabulary words is not that name
    if not person:
        words = [p for p in telling if p[0].role not in CONCEPT_ROLES and p[1].role not in CONCEPT_ROLES]
        q_trades, c_trades = _trades(q_left), _trades(c_left)
        if len(words) == 1 and words[0][0].weight + words[0][1].weight <= 2:
            # one distinctive word matched: an extra distinctive word in the listed name
            # makes it another company, and so does another trade on each side (Marble
            # Logistics / Marble Shipping); a trade on one side only is the same company
            # more or less described (Cloudwalk Technology Co. / Cloudwalk)
            c_total = candidate.heavy_total or 1.0
            c_missing = sum(t.weight for t in c_left
                            if t.role not in _LIGHT and t.role not in CONCEPT_ROLES)
            score *= max(0.0, 1.0 - 0.5 * c_missing / c_total) ** 0.5
            if q_trades and c_trades or words[0][3] != EXACT:
                # (a trade on one side and the one word spelled otherwise: Nowak
                # Solutions / Novak OOO is as weak)
                score *= _OTHER_TRADE ** (q_trades + c_trades)
        elif not words and q_trades and c_trades:
            # no distinctive word, and another trade on each side: other companies of one
            # name of vocabulary words (Shahid Shipping Industries / Shahid Mining Industries)
            score *= _OTHER_TRADE ** (q_trades + c_trades)
    if not person and pairs and (q_left or c_left) and not (
            _trades(q_left) and _trades(c_left)):
        # one name holds the other (Kaveh Cutting Tools / Kaveh Cutting Tools Factories,
        # Strategic Rocket Force / Strategic Rocket Force of the Navy); another trade on
        # each side is another company, and so is an extra word beside two matched ones
        # (Silver Star / Volasys Silver Star, Golden Bridge / Golden Bridge Roofing)
        translated = _translated(pairs)  # (one name the other's translation)
        for inner_left, outer_left, outer_share, inner_is_query in (
                (c_left, q_left, q_share, False), (q_left, c_left, c_share, True)):
            extra = sum(1 for t in outer_left if t.role not in _LIGHT)
            if extra <= len(telling) - 2 and _contained(
                    inner_left, pairs, inner_is_query, translated) and (
                    translated or _same_order(pairs, query, candidate)):
                score = max(score, 0.7 + 0.2 * outer_share)
    if not person and any(how == VOCABULARY and not _cognate(a.text, b.text)
                          for a, b, _s, how in pairs) and len(telling) <= 2 and all(
            (t.role in CONCEPT_ROLES or t.role == GENERIC) and not t.foreign
            for t in (*query.tokens, *candidate.tokens)) and not (
            query.group_named and candidate.group_named):
        # two short names in Latin letters made only of vocabulary words, one the
        # translation of the other (Bank Melli / National Bank): a description more
        # than a name - but for a group's (Army of Justice / Jaysh al-Adl)
        score = min(score, _TRANSLATED_DESCRIPTION)
    if not telling and (any(t.concept != LEGAL_FORM for t in (*q_left, *c_left))
                        or any(how != EXACT and a.concept != LEGAL_FORM
                               for a, _b, _s, how in pairs)
                        or all(a.concept == LEGAL_FORM for a, *_r in pairs)):
        # legal forms and trade words alone - unless the names are the same words but for
        # a legal form, the listed name being only trade words (SISTEMA, LA FIRMA;
        # International Tanker Ltd / Limited)
        score = min(score, 0.5)
    elif (len(telling) == 1 and (telling[0][3] in (FUZZY, VOCABULARY) or (
            telling[0][3] == TRANSLIT and (telling[0][2] < _SURE_TRANSLIT or _word_as_another(
                telling[0][0], telling[0][1]))
            and min(len(telling[0][0].key), len(telling[0][1].key)) < _LONG_WORD
            and not _adjective_of(telling[0][0].text, telling[0][1].text)))
          and telling[0][0].weight + telling[0][1].weight <= 2  # (not two words joined)
          and not _long_and_close(telling[0]) and not _inflected(telling[0])):
        # one word spelled alike, a short one loosely read from another script
        # (อัลกออิดะฮ์ read alkoida is no QUEDAGH; but Тамбовского is Tambov's) or
        # translated is not a name
        score = min(score, 0.7)
    if near:  # shown as pairs: part of the match, at a lower similarity
        near_ids = {id(t) for a, b, _c in near for t in (a, b)}
        pairs = [*pairs, *((a, b, credit, NEAR) for a, b, credit in near)]
        q_left = [t for t in q_left if id(t) not in near_ids]
        c_left = [t for t in c_left if id(t) not in near_ids]
    if spelled:  # shown as pairs of the word with itself
        pairs = [*pairs, *((t, t, 1.0, ACRONYM_BESIDE) for t in spelled)]
    return score, (pairs, q_left, c_left)


def _acronym_of(left: list[Token], share: float, form: NameForm, other: NameForm,
                spelled: list[Token]) -> tuple[list[Token], float]:
    """The unmatched words of ``form`` without those that are an acronym of ``other``
    (three letters at least, added to ``spelled``), and ``form``'s share matched with them."""
    found = [t for t in left if len(t.text) >= 3 and t.text in other.acronyms]
    if not found:
        return left, share
    spelled.extend(found)
    got = sum(t.weight for t in found) / (form.weight_total or 1.0)
    return [t for t in left if t not in found], min(1.0, share + got)


def _qualifiers(query: NameForm, candidate: NameForm, q_share: float, c_share: float,
                q_left: list[Token], c_left: list[Token], telling: list
                ) -> tuple[float, float, list[Token]]:
    """Places or kind words left over on one side only (Bank Melli Iran / Bank Melli,
    Harakat al-Shabaab al-Mujahideen / al-Shabaab al-Mujahideen): they qualify the name,
    and weigh as little as a trade word; the shares recomputed so. Left on both sides
    (Islamic State Khorasan / Somalia, Ansar Group / Ansar Brigade, Ahrar al-Sham /
    Jamaat-ul-Ahrar), or two kinds on one side (Network Brigade Front / Network), they
    make two names: nothing changes. A kind word qualifies a name of two matched words,
    of a distinctive one (Syriss Group / Syriss), or the whole listed name (Taliban-Bewegung
    / Taliban); not one vocabulary word of a longer name (Ahrar / Jamaat-ul-Ahrar)."""
    named = len(telling) >= 2 or any(p[0].role == WORD for p in telling) or (
        not any(t.role not in _LIGHT for t in c_left))
    # (a place more where the names' places meet is a branch elsewhere, not a qualifier:
    # the Islamic State of Iraq and Syria—Khorasan is not the Islamic State of Iraq and Syria)
    roles = (PLACE, KIND) if named else (PLACE,)
    met = {id(t) for a, b, *_ in telling if a.role == PLACE == b.role for t in (a, b)}
    q_extra = [t for t in q_left if t.role in roles and not _elsewhere(t, query, met)]
    c_extra = [t for t in c_left if t.role in roles and not _elsewhere(t, candidate, met)]
    if _any_body(q_extra, c_extra) or _any_body(c_extra, q_extra):
        # (an organisation is any sort of body: Abu Sayyaf Organization / Group)
        q_share = _lightened(q_share, query, q_extra)
        c_share = _lightened(c_share, candidate, c_extra)
        return q_share, c_share, q_extra + c_extra
    if bool(q_extra) == bool(c_extra) or sum(t.role == KIND for t in q_extra or c_extra) > 1:
        return q_share, c_share, []  # (a name says once what sort of body it is)
    if q_extra:
        return _lightened(q_share, query, q_extra), c_share, q_extra
    return q_share, _lightened(c_share, candidate, c_extra), c_extra


def _elsewhere(token: Token, form: NameForm, met: set[int]) -> bool:
    """A place of a name whose places meet the other's (``met``: the places paired) that
    is none of them nor part of one (the Greater of the Greater Sahel): a branch
    elsewhere, not a qualifier."""
    if token.role != PLACE or not met:
        return False
    at = next((i for i, t in enumerate(form.tokens) if t is token), None)
    return at is not None and not (at + 1 < len(form.tokens) and id(form.tokens[at + 1]) in met)


def _any_body(extra: list[Token], other: list[Token]) -> bool:
    """A name's one kind left over is "organisation", the other's one other kind."""
    return (len(extra) == 1 and extra[0].concept == _ANY_BODY and len(other) == 1
            and other[0].role == KIND)


def _lightened(share: float, form: NameForm, extra: list[Token]) -> float:
    """A name's share of matched weight, its qualifiers ``extra`` weighing as little as
    a trade word."""
    total = form.weight_total or 1.0
    lighter = sum(t.weight * (1 - _QUALIFIER_WEIGHT / WEIGHTS[t.role]) for t in extra)
    return min(1.0, share * total / max(total - lighter, 1e-9))


def _word_as_another(a: Token, b: Token) -> bool:
    """A word of the vocabulary read from another script as a word of none, or of another
    concept (Thai กออิดะฮ์, al-Qaida's qaida, read koidah: not QUEDAGH)."""
    return (a.foreign or b.foreign) and bool(a.concept or b.concept) and a.concept != b.concept


def _long_and_close(pair: tuple) -> bool:
    """A long word spelled a little otherwise, its consonants the same (Terneftgas /
    Terneftegaz, Rukhservomotor / Ruchservomotor): as good as the same word, where a short
    one (Vazir / Vezir) or another consonant (Technoprom / Technoprof) may be another."""
    a, b, sim, how = pair
    return (how == FUZZY and sim >= _LONG_CLOSE and min(len(a.key), len(b.key)) >= _LONG_WORD
            and devoiced(a.skel.replace("h", ""))
            == devoiced(b.skel.replace("h", "")))


def _inflected(pair: tuple) -> bool:
    """A word of the vocabulary with an ending more or another, or other vowels: the same
    word in another number or case or spelling, not a translation (Talibans / Taliban,
    Taliban's; Каиды, Al-Kaidy / Qaida; Shebab / Shabaab)."""
    a, b, _sim, how = pair
    if how != VOCABULARY:
        return False
    if _with_ending(a.text, b.text) or _same_consonants(a.text, b.text):
        return True
    stem = _CASE_ENDING.sub("", a.key)
    return len(stem) >= 4 and stem == _CASE_ENDING.sub("", b.key)


_ENDING = 4  # letters of an ending more, at most, of an inflected word of the vocabulary


def _with_ending(a: str, b: str) -> bool:
    """One long word the other with an ending more (Talibans, Talibanerna - Swedish
    writes the article as an ending - Talibanowie / Taliban)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and long_.startswith(short) and len(long_) - len(short) <= _ENDING


# a final vowel or case ending of a phonetic key (Slavic -а -ы -у -ой -ом, Turkish -e)
_CASE_ENDING = re.compile(r"(?:ui|[aiu]m|[aiu])$")


def _near_misses(q_left: list[Token], c_left: list[Token]) -> list[tuple[Token, Token, float]]:
    """Unmatched words of both names that differ by a letter or two, with a credit."""
    found = []
    used: set[int] = set()
    for a in q_left:
        if a.role not in (WORD,) or len(a.key) < 3:
            continue
        best = None
        for j, b in enumerate(c_left):
            if j in used or b.role != WORD or len(b.key) < 3:
                continue
            if min(len(a.key), len(b.key)) < 0.7 * max(len(a.key), len(b.key)):
                continue
            if _both_patronymics(a, b):
                continue  # another father's name is not a near miss
            sim = _levenshtein(a.key, b.key, score_cutoff=_NEAR_MISS)
            if sim and (best is None or sim > best[1]):
                best = (j, sim)
        if best is not None:
            used.add(best[0])
            found.append((a, c_left[best[0]], 0.8 * best[1]))
    return found


def _initial_of_first(candidate: NameForm, pairs: list) -> bool:
    """An initial of the query stands for the listed name's first word."""
    words = [t for t in candidate.tokens if t.role not in _LIGHT]
    return len(words) >= 2 and any(b is words[0] and a.role == INITIAL for a, b, _s, _h in pairs)


def _first_and_family_matched(candidate: NameForm, pairs: list) -> bool:
    """The first and last words of the listed name are matched (at 0.8 or more)."""
    words = [t for t in candidate.tokens if t.role not in _LIGHT]
    if len(words) < 2:
        return False
    matched = _matched_ids(candidate, [p for p in pairs if p[2] >= 0.8])
    return id(words[0]) in matched and id(words[-1]) in matched


def _matched_ids(candidate: NameForm, pairs: list) -> set[int]:
    """The ids of the listed name's words matched in ``pairs``, two words matched as one
    word of the query too (BIN LADIN / Binladin: both)."""
    matched = {id(b) for _a, b, _s, _h in pairs}
    tokens = candidate.tokens
    own = {id(t) for t in tokens}
    for _a, b, _s, _h in pairs:
        if id(b) not in own:  # (two words joined: see _compounds)
            for x, y in zip(tokens, tokens[1:], strict=False):
                if x.text + y.text == b.text:
                    matched.update((id(x), id(y)))
    return matched


def _contained(inner_left: list[Token], pairs: list, inner_is_query: bool,
               translated: bool) -> bool:
    """Every distinctive word of one organisation name matched in the other, two of
    them at least written alike (or the names ``translated`` one from the other), and the
    other name's extra distinctive words no more than those matched: one name holds the
    other."""
    if any(t.role not in _LIGHT for t in inner_left):
        return False  # (a trade word or a legal form may be left over, not a word)
    alike = sum(1 for a, b, sim, how in pairs if sim >= 1.0 and how == EXACT
                and (a if inner_is_query else b).role in (WORD, *CONCEPT_ROLES))
    return alike >= 2 or translated


_TRANSLATED_WORDS = 3  # words of a name translated, at least, to hold it in another language


def _translated(pairs: list) -> bool:
    """A name in another language: three words or more of it translated through the
    vocabulary, the others written alike or transliterated - whatever their order, which
    languages change (Fuerzas Armadas Revolucionarias de Colombia / Revolutionary Armed
    Forces of Colombia)."""
    translated = 0
    for a, b, sim, how in pairs:
        if a.role in _LIGHT or b.role in _LIGHT:
            continue
        if how == VOCABULARY and a.role in CONCEPT_ROLES and b.role in CONCEPT_ROLES:
            translated += 1
        elif how not in (EXACT, TRANSLIT) or sim < _SURE_TRANSLIT:
            return False
    return translated >= _TRANSLATED_WORDS


def _same_order(pairs: list, query: NameForm, candidate: NameForm) -> bool:
    """The matched words come in the same order in both names (World United is not
    United World)."""
    q_at = {id(t): i for i, t in enumerate(query.tokens)}
    c_at = {id(t): i for i, t in enumerate(candidate.tokens)}
    order = sorted((q_at[id(a)], c_at[id(b)]) for a, b, _s, _h in pairs
                   if id(a) in q_at and id(b) in c_at)
    return all(x[1] < y[1] for x, y in zip(order, order[1:], strict=False))


def _cognate(a: str, b: str) -> bool:
    """Two forms of one word rather than a translation (army / armies, islamic /
    islamique, moudjahidines / mujahidin): the same first letters and about the same
    length, as written or as pronounced; or one the abbreviation of the other (shpg /
    shipping: its letters in order); or the same consonants (shebab / shabaab). A phrase
    holding such a word is a form of it too (russia / russian federation)."""
    if " " in a or " " in b:
        return any(_cognate(x, y) for x in a.split() for y in b.split())
    return any(x[:3] == y[:3] and abs(len(x) - len(y)) <= 3
               for x, y in ((a, b), (phonetic(a), phonetic(b)))) or _abbreviation(a, b) or (
        _same_consonants(a, b)) or _with_ending(a, b) or not other_latin_keys(a).isdisjoint(
        (phonetic(b), *other_latin_keys(b)))  # (as another language spells it: dżihad)


def _same_consonants(a: str, b: str) -> bool:
    """Two spellings of one word, other vowels only (Shebab / Shabaab, Chabab)."""
    consonants = skeleton(phonetic(a))
    return len(consonants) >= 3 and consonants == skeleton(phonetic(b))


def _abbreviation(a: str, b: str) -> bool:
    """The shorter word's letters in order in the longer one, the first one first."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) > 5 or short[:1] != long_[:1]:
        return False
    letters = iter(long_)
    return all(char in letters for char in short)


def _trades(left: list[Token]) -> int:
    """Trade words (not legal forms) among unmatched words."""
    return sum(1 for t in left if t.role == GENERIC and t.concept != LEGAL_FORM)


def _without_patronymic(candidate: NameForm, c_left: list[Token], c_share: float) -> float:
    """The share of a listed person's name matched, when all it has more than the query
    is its patronymic: left out of most writings of a Russian name (R. Kadyrov, Ramzan
    Kadyrov / Ramzan Akhmatovich KADYROV), it counts half."""
    left = [t for t in c_left if t.role not in _LIGHT]
    if not left or not all(is_patronymic(t.text) for t in left):
        return c_share
    total = candidate.weight_total or 1.0
    return min(1.0, c_share * total / (total - sum(t.weight for t in left) / 2))


def _family_matched(candidate: NameForm, strong: list) -> bool:
    """The last word of the listed name (its family name in natural order) is matched, or
    the first of two family names the list writes in capitals after the given names
    (Delcy Eloina RODRIGUEZ GOMEZ: Spanish names a person by the father's, the first)."""
    words = [t for t in candidate.tokens if t.role not in _LIGHT]
    if not words:
        return False
    matched = _matched_ids(candidate, strong)
    if id(words[-1]) in matched:
        # (a name in Arabic script may put the family name first, as the UK's Persian
        # names do: صفری سید علی, Sayd Ali SAFARI - then both ends are matched)
        return not words[-1].abjad or id(words[0]) in matched
    family = [t for t in words if t.text in _family_names(candidate.original)]
    return len(family) >= 2 and id(family[0]) in matched


@lru_cache(maxsize=100_000)
def _family_names(original: str) -> frozenset[str]:
    """The words (cleaned) a name writes in capitals after given names that it does not
    (Delcy Eloina RODRIGUEZ GOMEZ: rodriguez, gomez), or none."""
    written = original.split()
    capitals = 0
    while capitals < len(written) and written[-1 - capitals].isupper():
        capitals += 1
    if capitals < 2 or capitals == len(written):
        return frozenset()
    return frozenset(w for word in written[-capitals:] for w in clean(word).split())


def joined_feature(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """The names written as one string of phonetic keys (as written and with words
    sorted), for names of different word counts: catches words split or joined
    differently (``Abdurrahman`` /
    ``Abd al-Rahman``, ``Alqaida`` / ``Al-Qaida``)."""
    a, b = query.joined, candidate.joined
    if len(a) < 5 or len(b) < 5:
        return 0.0, None
    # (legal forms and trade words are left out of the joined names and of the counts)
    q_words, c_words = query.name_words, candidate.name_words
    if q_words == c_words:
        return 0.0, None  # same number of words: the token feature compares them
    if min(q_words, c_words) == 1 and a != b:
        return 0.0, None  # one word against several: only the very same letters
    if not (a.isalpha() and b.isalpha()) and _digits(a) != _digits(b):
        return 0.0, None  # another number (VLADIVOSTOK NO.5 is no Vladivostok)
    sim = _levenshtein(a, b, score_cutoff=0.85)
    sim_sorted = _levenshtein(query.sorted_joined, candidate.sorted_joined, score_cutoff=0.85)
    best = max(sim, sim_sorted)
    if best <= 0:
        return 0.0, None
    return best, f"whole name {a}~{b} ({best:.2f})"


def _digits(joined: str) -> str:
    return "".join(c for c in joined if c.isdigit())


def equivalence_feature(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """Both names belong to one group of known equivalent names (ISIL = ISIS = Daesh)."""
    shared = query.equiv & candidate.equiv
    if not shared:
        return 0.0, None
    return 1.0, f"known equivalent names ({', '.join(sorted(shared))})"


_ACRONYM_SCORES = {2: 0.5, 3: 0.7, 4: 0.82}


def acronym_feature(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """One name is the initials of the other (``ISIL`` for Islamic State in Iraq and the
    Levant, with or without its articles); two or three letters are weak evidence."""
    if query.acronym_like and query.compact in candidate.acronyms:
        short, long_ = query, candidate
    elif candidate.acronym_like and candidate.compact in query.acronyms:
        short, long_ = candidate, query
    else:
        return 0.0, None
    score = _ACRONYM_SCORES.get(len(short.compact), 0.88)
    return score, f"acronym {short.compact.upper()} of {long_.original}"


Feature = Callable[[NameForm, NameForm], tuple[float, Any]]


@dataclass(frozen=True)
class Weighted:
    name: str
    function: Feature
    weight: float


#: The algorithm: the value is the best of these weighted feature scores.
FEATURES: tuple[Weighted, ...] = (
    Weighted("tokens", tokens_feature, 1.0),
    Weighted("joined", joined_feature, 0.92),
    Weighted("equivalence", equivalence_feature, 0.95),
    Weighted("acronym", acronym_feature, 1.0),
)


# --- penalties (caps) ------------------------------------------------------------------


def short_name_cap(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """A name of two or three letters (an acronym, a nickname) proves little alone."""
    length = min(len(query.compact), len(candidate.compact))
    if length <= 2:
        return 0.62, "short name (2 letters)"
    if length <= 3:
        return 0.78, "short name (3 letters)"
    return 1.0, None


def single_word_person_cap(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """A person known by a single word (``Omar``) is weak evidence of anyone, and by a
    kunya or a title and one word (``Abu Dua``, ``Mullah Omar``) little more."""
    if candidate.kind != PERSON:
        return 1.0, None
    words = min(sum(1 for t in form.tokens if t.role not in CONNECTORS)
                for form in (query, candidate))
    if words > 1:
        return 1.0, None
    if all(len(form.tokens) > 1 for form in (query, candidate)):
        titles = [{t.key for t in form.tokens if t.role in CONNECTORS} for form in (query, candidate)]
        if titles[0] and titles[1] and not titles[0] & titles[1]:
            # (Mullah Omar is not Abu Umar, the father of an Umar)
            return 0.7, "one word and another kunya or title"
        return 0.8, "a kunya or title and one word"  # Abu Jabal, Mullah Omar
    return 0.7, "one-word person name"


def company_word_person_cap(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """A person's name and a name with a company's word (``Mohammed Saeed Trading``,
    ``... Ltd``) are not one person's."""
    if candidate.kind != PERSON or bool(query.company_word) == bool(candidate.company_word):
        return 1.0, None
    return 0.7, f"a company's word ({query.company_word or candidate.company_word}) in one name"


def other_generation_cap(query: NameForm, candidate: NameForm) -> tuple[float, Any]:
    """Two persons' names with other generations' suffixes (Christy Kinahan Jr. / Christy
    KINAHAN SENIOR) are a son's and his father's."""
    if candidate.kind != PERSON:
        return 1.0, None
    suffixes = [{t.key for t in form.tokens if t.role == SUFFIX} for form in (query, candidate)]
    if suffixes[0] and suffixes[1] and not suffixes[0] & suffixes[1]:
        return 0.6, "another generation's suffix"
    return 1.0, None


#: Caps applied to the value after the features.
PENALTIES: tuple[tuple[str, Feature], ...] = (
    ("short_name", short_name_cap),
    ("single_word_person", single_word_person_cap),
    ("company_word", company_word_person_cap),
    ("other_generation", other_generation_cap),
)


def _features(query: NameForm, candidate: NameForm, features: dict[str, float],
              details: dict[str, Any]) -> float:
    """Every feature of :data:`FEATURES` into ``features``/``details``; the best value."""
    best = 0.0
    for feature in FEATURES:
        score, detail = feature.function(query, candidate)
        features[feature.name] = score
        if detail is not None:
            details[feature.name] = detail
        best = max(best, score * feature.weight)
    return best


def _same_words(query: NameForm, candidate: NameForm) -> list | None:
    """The pairs of two names written with the same words in the same order, when the
    token feature would give them 1.0 (a distinctive word among them, not initials
    alone), else None."""
    qt, ct = query.tokens, candidate.tokens
    if len(qt) != len(ct) or query.joined != candidate.joined:
        return None
    pairs = []
    telling = False
    for a, b in zip(qt, ct, strict=True):
        if a.text != b.text or a.role != b.role:
            return None
        pairs.append((a, b, 1.0, EXACT))
        telling = telling or a.role not in _LIGHT and a.role != INITIAL
    return pairs if telling else None


def compare_forms(query: NameForm, candidate: NameForm,
                  threshold: float = DEFAULT_THRESHOLD) -> Score:
    """Compare two prepared names (see :func:`compare`)."""
    features: dict[str, float] = {}
    details: dict[str, Any] = {}
    best = 0.0
    same = _same_words(query, candidate)
    if same is not None:
        # the very same words: the token feature is 1.0 and no other can add to it
        features["tokens"] = best = 1.0
        details["tokens"] = (same, [], [])
    else:
        best = _features(query, candidate, features, details)
    if best > 0:
        for name, penalty in PENALTIES:
            cap, detail = penalty(query, candidate)
            if cap < 1.0:
                features[name] = cap
                details[name] = f"{detail}: at most {cap:g}"
                best = min(best, cap)
    return Score(round(best, 4), features, details, threshold)


def compare(a: str, b: str, kind: str = ORGANISATION, threshold: float = DEFAULT_THRESHOLD,
            vocabulary: Vocabulary | None = None) -> Score:
    """Compare name ``a`` (the query) with name ``b`` (the listed name).

    ``kind`` is ``"organisation"`` (also for vessels and the like) or ``"person"``.
    The :class:`Score` has ``.value`` in 0..1, ``.match`` (value >= ``threshold``,
    by default :data:`DEFAULT_THRESHOLD`), ``.features`` and ``.explanation``.
    """
    return compare_forms(prepare(a, kind, vocabulary), prepare(b, kind, vocabulary), threshold)
