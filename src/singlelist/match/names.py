"""A name prepared for comparison: tokens with their keys, concepts, weights, acronyms.

:func:`prepare` turns a name as written into a :class:`NameForm` once; comparisons and
the index work on these forms only. Person names keep connectors (``bin``, ``abu``,
``abd``) and initials; organisation names drop function words and map the words of the
vocabulary to concept ids, so that a translation meets its original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from singlelist.match.frequency import home_language
from singlelist.match.normalize import (
    ARABIC_WORD,
    HAN_RUN,
    THAI_WORD,
    article_end,
    clean,
    devoiced,
    foreign_words_of_person,
    german_stem,
    han_loan_word,
    is_abjad,
    is_han_name,
    is_hangul,
    is_syllabic,
    one_letter_for_l_and_r,
    one_letter_for_voiced_and_voiceless,
    other_latin_keys,
    phonetic,
    plural_stems,
    russian_stem,
    skeleton,
    thai_words_apart,
)
from singlelist.match.vocabulary import LEGAL_FORM, Vocabulary, load_vocabulary, stem_keys

PERSON = "person"
ORGANISATION = "organisation"

# Token roles and their weights in a comparison.
WORD = "word"
CONCEPT = "concept"
PLACE = "place"  # a concept that names a country or region (Iran, Levant)
KIND = "kind"  # a concept that says what sort of body a name is (movement, group, brigade)
CONNECTOR = "connector"
TITLE = "title"  # an honorific or rank before a person's names (Seyyed, General)
SUFFIX = "suffix"  # a generation's suffix after a person's names (Jr., Senior, III)
GENERIC = "generic"
DESCRIPTOR = "descriptor"  # a word saying what a group is, not its name (militants, terrorist)
INITIAL = "initial"
ACRONYM = "acronym"
CONCEPT_ROLES = frozenset({CONCEPT, PLACE, KIND})  # roles of the words of the vocabulary
CONNECTORS = frozenset({CONNECTOR, TITLE, SUFFIX})  # roles of the words spelled one way, light
WEIGHTS = {WORD: 1.0, CONCEPT: 0.6, PLACE: 0.6, KIND: 0.6, CONNECTOR: 0.3, TITLE: 0.3,
           SUFFIX: 0.3, GENERIC: 0.2, DESCRIPTOR: 0.3, INITIAL: 0.5, ACRONYM: 1.0}

# a letter not in Latin (Latin extended, IPA letters such as the schwa of Azerbaijani,
# the modifier letters of romanisations - the ayn and hamza of Muṣʿab, Uzbek oʻ - and
# the Latin extended-C/D/E blocks are Latin)
_FOREIGN = re.compile(
    r"[^\W\d_\u0000-\u02ff\u1d00-\u1dbf\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f]")
_ABD = re.compile(r"^abd(?:[aeiou]([lrsntdz]))?([a-z]{3,})$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|e|er|re|eme|me|ya|yy|iy|oy|y|j)$")
_ORDINAL_ENDINGS = frozenset({"ya", "y", "yy", "iy", "oy", "e", "go", "mu", "th", "st", "nd", "rd"})
_ALLAH = re.compile(r"^[aeiou]?l?la?h?$")  # (not Abdali, Abdul Wali)
ALLAH_WORD = re.compile(r"^(?:allah|ullah|ulla|ollah|illah|alloh)$")
_NOT_BEFORE_ALLAH = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "fath", "wa", "va"})
# prepositions Arabic script joins to the next word (li- for, bi- by, ka- as), alone or
# before the article (لل li + al, whose alif is not written; بال bi + al), as written
# and as the word they leave reads
_JOINED_PREPOSITIONS = (("لل", "ال"), ("بال", "ال"), ("كال", "ال"), ("ل", ""), ("ب", ""), ("ك", ""))


class Token(NamedTuple):
    """One word of a name."""

    text: str  # cleaned spelling (lowercase ASCII)
    key: str  # phonetic key
    skel: str  # consonant skeleton of the key
    concept: str | None  # vocabulary concept id
    role: str
    weight: float
    abjad: bool  # written in a script without short vowels
    foreign: bool = False  # written in a script other than Latin (transliterated here)
    liquid: bool = False  # written in a script with one letter for l and r (Chinese, katakana)
    unvoiced: bool = False  # written in a script with one letter for b and p, d and t (Tamil)


class NameForm:
    """A name prepared once for many comparisons."""

    __slots__ = (
        "original", "kind", "tokens", "joined", "acronyms", "acronym_like", "equiv",
        "compact", "abjad", "syllabic", "weight_total", "heavy_total", "name_words", "company_word",
        "group_named", "_positions", "_sorted_joined", "_article_ends",
    )

    def __init__(self, original: str, kind: str, tokens: tuple[Token, ...], compact: str,
                 acronyms: frozenset[str], acronym_like: bool, abjad: bool) -> None:
        self.original = original
        self.kind = kind
        self.tokens = tokens
        # the keys as one string, and the count of words, without legal forms and trade
        # words: what splits or joins words differently (Abdurrahman / Abd al-Rahman) is
        # the name itself
        keys = [t.key for t in tokens if t.role != GENERIC]
        self.joined = "".join(keys)
        self.name_words = len(keys)
        self.compact = compact  # the cleaned letters of the whole name, no spaces
        self.acronyms = acronyms
        self.acronym_like = acronym_like
        self.abjad = abjad
        self.syllabic = is_syllabic(original)  # Korean or Chinese syllables, a token each
        self.equiv: frozenset[str] = frozenset()
        self.company_word = ""  # a person's name: its first English trade word or legal form
        self.group_named = False  # a word of the vocabulary's groups names what it is (army)
        # total weight, and weight of the words that are neither legal forms, trade
        # words nor connectors
        total = heavy = 0.0
        for t in tokens:
            total += t.weight
            if t.role != GENERIC and t.role not in CONNECTORS:
                heavy += t.weight
        self.weight_total = total
        self.heavy_total = heavy
        self._positions: dict[str, tuple[int, ...]] | None = None
        self._sorted_joined: str | None = None
        self._article_ends: tuple[int, ...] | None = None

    @property
    def positions(self) -> dict[str, tuple[int, ...]]:
        """Token positions by key (worked out on first use: listed names need them)."""
        positions = self._positions
        if positions is None:
            positions = {}
            for j, t in enumerate(self.tokens):
                positions[t.key] = (*positions.get(t.key, ()), j)
            self._positions = positions
        return positions

    @property
    def article_ends(self) -> tuple[int, ...]:
        """Where each word's joined Arabic article ends (0: none), or () when no word
        has one (most names)."""
        ends = self._article_ends
        if ends is None:
            ends = tuple(article_end(t.text) for t in self.tokens)
            ends = self._article_ends = ends if any(ends) else ()
        return ends

    @property
    def sorted_joined(self) -> str:
        """The token keys in alphabetical order, as one string."""
        if self._sorted_joined is None:
            self._sorted_joined = "".join(sorted(t.key for t in self.tokens if t.role != GENERIC))
        return self._sorted_joined

    @property
    def concept_key(self) -> str:
        """The concepts (or keys) of the tokens: how equivalence groups are looked up."""
        return " ".join(t.concept or t.key for t in self.tokens)

    @property
    def concepts_in_any_order(self) -> str:
        """:attr:`concept_key` in alphabetical order: how equivalence groups are looked
        up when their words come in another order (a translation: Комитет освобождения
        Леванта, Levant Liberation Committee); none for two words, whose other order is
        another group's name as often (Jemaah Islamiyah: group islamic; the Islamic Group,
        Gama'a al-Islamiyya)."""
        return in_any_order([t.concept or t.key for t in self.tokens])

    def __repr__(self) -> str:
        return f"NameForm({self.original!r}, {self.kind}, {[t.text for t in self.tokens]})"


_ANY_ORDER = "~"  # the prefix of an equivalence key of concepts in alphabetical order
_ANY_ORDER_WORDS = 3  # words of a name, at least, looked up in any order


def in_any_order(keys: Sequence[str]) -> str:
    """The equivalence key of concepts (or keys) in whatever order they come; none for
    fewer than three (see :attr:`NameForm.concepts_in_any_order`)."""
    return _ANY_ORDER + " ".join(sorted(keys)) if len(keys) >= _ANY_ORDER_WORDS else ""


def _split_abd(token: str) -> list[str]:
    """``abdurrahman`` -> ``abd rahman``; ``abdullah`` -> ``abd allah``."""
    match = _ABD.match(token)
    if not match:
        return [token]
    rest = match.group(2)
    if _ALLAH.match(rest) or match.group(1) == "l" and _ALLAH.match("l" + rest):
        rest = "allah"  # abdullah, abdulla, abdallh (Arabic script without the long a)
    return ["abd", rest]


def _join_letters(words: list[str], vocab: Vocabulary,
                  initials: frozenset[str] = frozenset()) -> list[str]:
    """Runs of single letters as one word: ``B & H`` -> ``bh``, ``J. P. Morgan`` ->
    ``jp morgan``; a lone izafe or article letter stays a particle, but where written as
    an initial (``D. Medvedev``: not the d' of French)."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        if len(run) > 1:
            out.append("".join(run))
        else:
            out.extend(w for w in run if w in initials or (
                w not in vocab.articles and w not in vocab.function_words))
        run = []
        if word:
            out.append(word)
    return out


_COMPOUND_LENGTH = 10  # letters of a word that may be two vocabulary words written as one


def _split_compounds(words: list[str], vocab: Vocabulary) -> list[str]:
    """Long words written as two of the vocabulary's, as two words: German and Swedish
    join them (Märtyrerbrigaden: martyrs' brigades, Freiheitsbewegung)."""
    out: list[str] = []
    for word in words:
        parts = _compound_parts(word, vocab) if len(word) >= _COMPOUND_LENGTH else None
        out.extend(parts or (word,))
    return out


@lru_cache(maxsize=50_000)
def _compound_parts(word: str, vocab: Vocabulary) -> tuple[str, str] | None:
    if not word.isalpha() or _known_word(word, vocab):
        return None
    for cut in range(3, len(word) - 3):
        left, right = word[:cut], word[cut:]
        if right[0] == right[1] or not _known_word(right, vocab):
            continue  # (no German word starts with a doubled letter: Groß-sahara, grosssahara)
        # (with the linking s of German compounds: Reichs-bewegung; a head of three
        # letters as spelled: Ost-turkestan, Süd-sudan)
        for head in (left, left[:-1] if left.endswith("s") else ""):
            if len(head) >= 3 and _known_word(head, vocab):
                return head, right
        if (left + "e",) in vocab.spelled:
            return left + "e", right  # a head without its ending, as spelled: Groß-sahara
    return None


def _known_word(word: str, vocab: Vocabulary) -> bool:
    """A one-word phrase of the vocabulary in any of its forms (a short one as spelled)."""
    if len(word) <= 4:
        return (word,) in vocab.spelled
    return (_vocabulary_key(word, phonetic(word), vocab, foreign=False),) in vocab.phrases


def _acronyms(words: list[str], vocab: Vocabulary) -> frozenset[str]:
    """Initials of a name: of its content words, with its articles (those that are also
    function words, like the "in" of AQAP, with them and without), and of every word."""
    if len(words) < 2:
        return frozenset()
    articles, function_words = vocab.articles, vocab.function_words
    content = with_articles = with_al = every = ""
    for word in words:
        if word.isdigit():
            continue
        first = word[0]
        every += first
        if word in function_words and word not in articles:
            continue
        with_articles += first
        if word not in function_words:
            with_al += first
        if word not in articles:
            content += first
    return frozenset(a for a in (content, with_articles, with_al, every) if len(a) >= 2)


_VOWELS_FIRST = "aeiou"


def article_before(article: str, following: str) -> bool:
    """An article stands before a word: never last (Kim Jong Un, Kim Jong Il), and an
    article assimilated to its word (an-Nasr, ash-Shami, ud-Din) only before a word
    that starts with its consonants (not An Myong Hun, In Chol)."""
    if not following:
        return False
    consonants = article.lstrip(_VOWELS_FIRST)
    if article == consonants or consonants == "l" or not consonants:
        return True  # al, el, ul, wal, fi, bi, izafe e/ye...
    return following.startswith(consonants)


# function words that may start a name: articles (The Base, Le Front, Der Dritte Weg)
# and the "so" of "so-called"; others there, and any at its end, are words of the name
# (Dai Hong Dan, Con Son)
_LEADING = frozenset({"the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los",
                      "las", "lo", "o", "os", "il", "i", "gli", "der", "die", "das", "de",
                      "het", "een", "so", "den", "det"})

# how every pinyin syllable ends (a vowel, n, ng, or the r of er)
_PINYIN_ENDING = re.compile(r"(?:[aeiouv]|ng?|r)$")
# Arabic joining words and izafe that are also Chinese and Korean family names: in a
# person's name, the name (Li Fangwei, Ye Jianying, Yi Sun-sin)
_SURNAMES = frozenset({"li", "ye", "yi"})


def _tokens(words: list[str], kind: str, vocab: Vocabulary, abjad: bool,
            foreign: bool, initials: frozenset[str] = frozenset(), han: bool = False
            ) -> list[Token]:
    """The tokens of a name's cleaned words; ``initials``: of an organisation's name, the
    lone letters written with a period (initials, not function words); of a person's,
    those written in lower case in a cased name (conjunctions, not initials); ``han``:
    the words are syllables of Chinese characters, none a particle nor a letter of an
    acronym (伊朗 yi lang, Iran: not the Persian yi; 阿拉伯 a la bo, Arab: not the a of
    Portuguese)."""
    person = kind == PERSON
    if not person and not han:
        words = _join_letters(words, vocab, initials)
        if not foreign and not abjad:
            words = _split_compounds(words, vocab)
    kept: list[str] = []
    after_article: set[int] = set()  # (of kept words: an Arabic word, whatever it sounds like)
    spoken: frozenset[str] | None = None  # languages of the name's words, when needed
    for i, word in enumerate(words):
        if person and word in initials and len(words) > 1:
            continue  # a lone letter in lower case beside a name's words: a conjunction
            # (Polish Putina i Ramzana: and; Spanish y, Italian e), no initial
        if not han or not _PINYIN_ENDING.search(word):
            # (no syllable of Chinese characters is a particle; a word no syllable ends so
            # is of the name's other letters: the al of アル＝ヌスラ戦線, al-Nusra Front)
            if word in vocab.articles and not (person and (len(word) == 1 or word in _SURNAMES)) and (
                    article_before(word, words[i + 1] if i + 1 < len(words) else "")):
                after_article.add(len(kept))
                continue
            if not person and word in vocab.function_words and word not in initials and (
                    0 < i < len(words) - 1 or i == 0 and len(words) > 1 and word in _LEADING) and (
                    (word, words[i + 1]) not in vocab.spelled) and (
                    i == 0 or (words[i - 1], word) not in vocab.spelled):
                continue  # (not a name's last word, nor its first unless an article: Dai Hong Dan;
                # nor a word of a phrase: Vietnamese vệ binh, guards, nhân dân, people - not
                # Turkish ve and Indonesian dan, and)
            if not person and 0 < i < len(words) - 1 and word in vocab.language_function_words and (
                    words[i - 1] not in vocab.articles):
                if spoken is None:
                    spoken = _spoken_languages(words, vocab)
                if vocab.language_function_words[word] & spoken:
                    continue  # (Romanian din in Partidul Muncitorilor din Kurdistan; not the
                    # din of Ansar al-Din Front, nor of Ansar Din Front: no Romanian word)
        if person and word.startswith("abd"):
            kept.extend(_split_abd(word))
        elif word[0].isdigit() and (ordinal := _ORDINAL.match(word)):
            kept.append(ordinal.group(1))  # 31st, 2nd, 7e: the number
        elif word in _ORDINAL_ENDINGS and kept and kept[-1].isdigit():
            continue  # 3-я, 5-й: the ending of a number written apart
        elif person and ALLAH_WORD.match(word) and kept and kept[-1] not in _NOT_BEFORE_ALLAH:
            # a name ending in Allah, written apart as Arabic script writes it (عارف الله,
            # Rahmat Ullah) or together (Arefullah, Rahmatullah): one word
            kept[-1] = kept[-1] + ("ullah" if word in ("allah", "alloh") else word)
        else:
            kept.append(word)
    keys = raw = [phonetic(w) for w in kept]
    if person and vocab.given_names:
        keys = [_given_name_key(w, k, vocab.given_names) for w, k in zip(kept, keys, strict=True)]
    if not person and not abjad:
        keys = [_vocabulary_key(w, k, vocab, foreign) for w, k in zip(kept, keys, strict=True)]
    out: list[Token] = []
    phrases = vocab.abjad_phrases if abjad else vocab.phrases
    spelled, beside = vocab.spelled, vocab.beside
    i = 0
    while i < len(kept):
        if not person:
            found = None
            for size in range(min(vocab.max_phrase, len(kept) - i), 0, -1):
                phrase = tuple(kept[i:i + size])
                concepts = spelled.get(("", *phrase) if abjad else phrase)
                if concepts is None and (size > 1 or len(kept[i]) > 4 and kept[i] not in beside):
                    # (a short word spelled otherwise is another word: Shah is not SA)
                    concepts = phrases.get(tuple(keys[i:i + size]))
                    if concepts and size == 1 and not (foreign or abjad) and i not in after_article and (
                            _false_friend(kept[i], keys[i], vocab)):
                        concepts = None
                    if concepts is None and size > 1 and keys is not raw:
                        # (a phrase's word as it is, where alone it is another form of a
                        # word: государственное in a legal form, государственный state)
                        concepts = phrases.get(tuple(raw[i:i + size]))
                    if concepts is None and size > 1 and foreign:
                        concepts = vocab.stem_phrases.get(stem_keys(kept[i:i + size]))
                if concepts:
                    found = (size, concepts)
                    break
            if found is None and abjad:
                concept = vocab.abjad_skeletons.get(skeleton(keys[i]))
                if concept:
                    found = (1, (concept,))
                else:
                    places = _place_adjective(kept[i], vocab)
                    if places:
                        found = (1, places)
            if found is None and not abjad and (rest := after_joined_article(kept[i])):
                concepts = spelled.get((rest,), ())  # (as written: Алросы, alrosy, is no
                # rosy, a form of Russia)
                if len(concepts) == 1:
                    # a word of the vocabulary with the article joined (Amharic አልሸባብ,
                    # alshebab; Alshabab): that word, its article dropped as a written one is
                    key, role = phonetic(rest), _concept_role(concepts[0], vocab)
                    out.append(Token(rest, key, skeleton(key), concepts[0], role, WEIGHTS[role], abjad))
                    i += 1
                    continue
            if found:
                size, concepts = found
                text = " ".join(kept[i:i + size])
                for concept in concepts:
                    key = keys[i] if size == 1 and len(concepts) == 1 else concept
                    role = _concept_role(concept, vocab)
                    out.append(Token(text, key, skeleton(key), concept, role,
                                     WEIGHTS[role], abjad))
                i += size
                continue
        if person and vocab.title_phrases and all(t.role == TITLE for t in out):
            title = _title_phrase(kept, i, vocab)
            if title:
                size, canonical = title
                out.append(Token(" ".join(kept[i:i + size]), canonical, skeleton(canonical), None,
                                 TITLE, WEIGHTS[TITLE], abjad))
                i += size
                continue
        word, key = kept[i], keys[i]
        group = None if person else equivalent_words(vocab).get(word)
        if group:  # ISIS in "ISIS in Yemen" meets ISIL in "ISIL in Yemen"
            out.append(Token(word, key, skeleton(key), group, WORD, 1.0, abjad))
            i += 1
            continue
        if person and word in vocab.suffixes and i == len(kept) - 1 and out:
            role = SUFFIX  # a generation's, after the names (Boris ROTENBERG JUNIOR)
            key = vocab.suffixes[word]
        elif word in vocab.connectors and (len(word) > 1 or all(t.role == TITLE for t in out)):
            role = CONNECTOR  # (a one-letter title elsewhere is an initial: Burmese U)
            key = vocab.connectors[word]
            if word in vocab.titles and all(t.role == TITLE for t in out):
                role = TITLE  # before the names (Khalid Shaikh MOHAMMED's is a name)
        elif person and len(word) == 1 and word.isalpha():
            role = INITIAL
        elif not person and key in vocab.generic:
            role = GENERIC
        else:
            role = WORD
        out.append(Token(word, key, skeleton(key), None, role, WEIGHTS[role], abjad))
        i += 1
    if not person and vocab.given_names and any(t.concept in vocab.group_concepts for t in out):
        # a person's name in an armed group's, in its first form (Army of Mohammed:
        # Ejército de Mahoma, Armée de Mahomet)
        out = [_given_name_form(t, vocab) if t.role == WORD else t for t in out]
    if vocab.beside and not person and any(t.role in CONCEPT_ROLES for t in out):
        out = [_beside_concept(t, vocab) if t.role == WORD else t for t in out]
    return out


_JOINED_L_ARTICLE = re.compile(r"^[aeu]l(?=[a-z]{4})")


def after_joined_article(word: str) -> str:
    """The word after an Arabic article written joined to it (alshebab: shebab), or ""."""
    match = _JOINED_L_ARTICLE.match(word)
    return word[match.end():] if match else ""


def _title_phrase(kept: list[str], i: int, vocab: Vocabulary) -> tuple[int, str] | None:
    """The longest title of several words at ``kept[i]`` (Senior General), with its size,
    where a word of the name follows it."""
    for size in range(min(len(kept) - i - 1, vocab.max_title_phrase), 1, -1):
        canonical = vocab.title_phrases.get(tuple(kept[i:i + size]))
        if canonical:
            return size, canonical
    return None


_LEAST_STEM = 4  # letters of a given name left when a case ending is taken off


def _given_name_form(token: Token, vocab: Vocabulary) -> Token:
    """The token of a given name in its first form, also with a case ending joined
    (Polish Armia Mahometa: of Mahomet)."""
    first = vocab.given_names.get(token.key)
    for ending in () if first else vocab.joined_endings:
        if token.text.endswith(ending) and len(token.text) - len(ending) >= _LEAST_STEM:
            first = vocab.given_names.get(phonetic(token.text[:-len(ending)]))
            if first:
                break
    if first is None:
        return token
    key = phonetic(first)
    return token._replace(key=key, skel=skeleton(key))


_NISBA = (("iya", ("", "a", "ya")), ("ia", ("", "a", "ya")), ("i", ("", "a", "ya")))


def _place_adjective(word: str, vocab: Vocabulary) -> tuple[str, ...] | None:
    """The places of an adjective of Arabic script made of a place's name and the nisba
    ending -i, -iya (إيراني, الإيرانية of إيران Iran; السوري of سوريا Syria; Persian
    ایرانی), or None."""
    for ending, restored in _NISBA:
        if len(word) - len(ending) < 3 or not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        for letters in restored:
            concepts = vocab.spelled.get(("", stem + letters))
            if concepts and all(c in vocab.place_concepts for c in concepts):
                return concepts
        return None
    return None


def _key_spellings(vocab: Vocabulary) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """The languages and spellings of the vocabulary's one-word spellings, by key."""
    by_key = vocab.cache.get("key_spellings")
    if by_key is None:
        merged: dict[str, tuple[set[str], list[str]]] = {}
        for word, spoken in vocab.word_languages.items():
            languages, spellings = merged.setdefault(phonetic(word), (set(), []))
            languages.update(spoken)
            spellings.append(word)
        by_key = vocab.cache["key_spellings"] = {
            k: (frozenset(languages), tuple(spellings)) for k, (languages, spellings) in merged.items()}
    return by_key


_COGNATE = 0.85  # a word this alike as written to a spelling of the vocabulary is that word


def _false_friend(word: str, key: str, vocab: Vocabulary) -> bool:
    """A word of Latin letters, spelled as no word of the vocabulary, that sounds like
    words of other languages only than the one it is most frequent in, and is not
    written nearly as one of them: a word of its language (English Michael is no Arabic
    misail, missile; German werden no Danish verden, world; English cherry no Romanian
    Siriei, Syria's - but German Staates is English states)."""
    if word in vocab.other_number:
        return False  # (a form the vocabulary knows: guardian, of Spanish guardianes)
    languages, spellings = _key_spellings(vocab).get(key, (frozenset(), ()))
    if not languages or "" in languages:
        return False
    home = home_language(word, vocab)
    return home is not None and home not in languages and not any(
        Levenshtein.normalized_similarity(word, spelling) >= _COGNATE for spelling in spellings)


def _spoken_languages(words: list[str], vocab: Vocabulary) -> frozenset[str]:
    """The languages that some word of a name is a word of the vocabulary in, English
    not (Statul in Statul Islamic din Irak: Romanian)."""
    known = vocab.word_languages
    spoken: set[str] = set()
    for word in words:
        languages = known.get(word)
        if languages and "en" not in languages:
            spoken.update(languages)
    return frozenset(spoken)


def _beside_concept(token: Token, vocab: Vocabulary) -> Token:
    """``token`` as the concept the vocabulary gives its key beside another word of the
    vocabulary (Állam in Iszlám Állam: state), else ``token``."""
    concept = vocab.beside.get(token.text)
    if concept is None:
        return token
    role = _concept_role(concept, vocab)
    return token._replace(concept=concept, role=role, weight=WEIGHTS[role])


def _concept_role(concept: str, vocab: Vocabulary) -> str:
    """The role of a word of the vocabulary meaning ``concept``."""
    if concept == LEGAL_FORM or concept in vocab.trade_concepts:
        return GENERIC
    if concept in vocab.descriptor_concepts:
        return DESCRIPTOR
    return (PLACE if concept in vocab.place_concepts
            else KIND if concept in vocab.kind_concepts else CONCEPT)


# the endings of patronymics (Russian, Ukrainian, Belarusian), on cleaned words
_PATRONYMIC_ENDING = re.compile(
    r"(?:y?ovych|e?vych|y?ovi?t?ch|[iy]?evi?t?ch|avich|ivna|ovna|[iy]?evna|auna|euna)$")


def _patronymic_ending(word: str) -> re.Match[str] | None:
    """The ending of a patronymic (Russian, Ukrainian, Belarusian; also as French writes
    them: Akhmadovitch) of a cleaned word, after three letters at least."""
    ending = _PATRONYMIC_ENDING.search(word)
    return ending if ending and ending.start() >= 3 else None


def is_patronymic(word: str) -> bool:
    """A cleaned word with the ending of a patronymic (:func:`_patronymic_ending`)."""
    return _patronymic_ending(word) is not None


def patronymic_base(word: str) -> str:
    """The given name a patronymic is made of, as it starts the word (``vladimirovna``
    -> ``vladimir``); empty for other words."""
    ending = _patronymic_ending(word)
    return word[:ending.start()] if ending else ""


def _given_name_key(word: str, key: str, given_names: dict[str, str]) -> str:
    """The key of a given name's first form (``volodymyr`` -> that of ``vladimir``), and
    of a patronymic made from it (``volodymyrovych``, ``uladzimiravich`` -> that of
    ``vladimirovich``); ``key`` for other words."""
    first = given_names.get(key) or next(
        (given_names[k] for k in other_latin_keys(word) if k in given_names), None)
    if first is None and word[-2:-1] not in "aeiouy" and word.endswith("e") and key.endswith("i"):
        first = given_names.get(key[:-1])  # a French silent e (Ousmane, Souleymane)
    if first:  # (also as German, Polish or French spell it: Sergej, Jewgienij, Sergueï)
        return phonetic(first)
    ending = _patronymic_ending(word)
    if ending:
        base = word[: ending.start()]
        for stem in (base, base + "i", base + "y", base + "iy"):
            first = given_names.get(phonetic(stem))
            if first:
                female = ending.group(0).endswith("na")
                return phonetic(first + ("ovna" if female else "ovich"))
    return key


def joined_keys(form: NameForm, vocab: Vocabulary) -> list[str]:
    """The keys of a person's connector and the word after it written as one word, as
    other names of the person may write them (Abu Bakr: abubakr, the key of Abubakar)."""
    if form.kind != PERSON:
        return []
    tokens = form.tokens
    return [_given_name_key(word, phonetic(word), vocab.given_names)
            for first, second in zip(tokens, tokens[1:], strict=False)
            if first.role == CONNECTOR and second.role == WORD
            for word in (first.text + second.text,)]


def _vocabulary_keys(vocab: Vocabulary) -> frozenset[str]:
    """Keys of the vocabulary's one-word phrases and of trade words."""
    keys = vocab.cache.get("word_keys")
    if keys is None:
        keys = frozenset(p[0] for p in vocab.phrases if len(p) == 1) | vocab.generic
        vocab.cache["word_keys"] = keys
    return keys


def _vocabulary_key(word: str, key: str, vocab: Vocabulary, foreign: bool) -> str:
    """The key under which the vocabulary knows a word written in another form: a long
    word with other voicing (``hisbollah`` -> ``hizbollah``), an English plural's singular
    (``factories`` -> ``factory``), a French, Spanish or Portuguese word in the other
    number (``islamiques``, ``combattant``), a Russian word with another case or adjective ending
    (``завода``, ``производственного``), a German one (``islamischer``); else ``key``."""
    if len(word) < 5:
        return key
    if word in vocab.other_number:
        # (before its key: puros, Spanish pure, is not पुरुष purush, men, a word of
        # another language that folds to its letters)
        return phonetic(vocab.other_number[word])  # (islamiques, combattant)
    known = _vocabulary_keys(vocab)
    if key in known:
        return key
    voiced = vocab.devoiced.get(devoiced(key))
    if voiced and voiced[0] == key[0]:
        return voiced  # Hisbollah for Hizbollah (Parisan is not Barisan)
    if word[-1] == "s" and word[-2] not in "su":
        stem = plural_stems(word)[-1]  # the surest: hoses is not house
        if len(stem) >= 4 and stem in vocab.english:  # (an English word: Lewis is not Ливии)
            return phonetic(stem)
    if word[-1] == "s" and vocab.place_concepts.intersection(vocab.spelled.get((word[:-1],), ())):
        return phonetic(word[:-1])  # a place, as spelled, with a genitive s (Palästinas)
    stem = russian_stem(word)
    # (a stem of the vocabulary's Russian words; of five letters at least in Latin,
    # where a one-letter ending is no ending: Marina is not marine)
    if len(word) - len(stem) >= (1 if foreign else 2) and len(stem) >= (4 if foreign else 5):
        known_stem = vocab.stems.get(phonetic(stem))
        if known_stem:
            return known_stem
    if not foreign and len(word) >= 6:
        # another ending of a German word (islamischer, palästinensischen, brigaden)
        return vocab.german_stems.get(phonetic(german_stem(word)), key)
    return key


@lru_cache(maxsize=200_000)
def vocabulary_concepts(word: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The concepts of a cleaned word of the vocabulary in any of its forms (``завода``,
    ``механического``, ``factories``); empty for other words."""
    key = _vocabulary_key(word, phonetic(word), vocab, foreign=True)
    return vocab.phrases.get((key,), ())


def _is_acronym_like(original: str, words: list[str]) -> bool:
    """Written like an acronym: one or two short words in capitals (``HTS``, ``ISIL-K``),
    or a few letters without a vowel (``hts``)."""
    compact = "".join(words)
    if not (1 <= len(words) <= 2 and compact.isalpha() and 2 <= len(compact) <= 6):
        return False
    letters = [c for c in original if c.isalpha()]
    if all(c.isupper() for c in letters):
        return True
    return len(compact) <= 4 and not any(c in "aeiouy" for c in compact)


_CONSONANT_CLUSTER = re.compile(r"[^aeiouy]{3}")


def word_like(word: str) -> bool:
    """A word in capitals that reads as a word, not as letters (``RENERA``, ``KIMIA``,
    not ``ISIL`` or ``SVR``): five letters or more, two vowels, no three consonants
    in a row. Such a word is spelled by sound like any other (Renera, Рэнера)."""
    return len(word) >= 5 and sum(c in "aeiouy" for c in word) >= 2 and (
        not _CONSONANT_CLUSTER.search(word))


def _known_abjad(word: str, vocab: Vocabulary) -> bool:
    """Whether a word in Arabic script is a word of the vocabulary, with or without
    its article."""
    cleaned = clean(word).split()
    return bool(cleaned) and (("", cleaned[-1]) in vocab.spelled
                              or (phonetic(cleaned[-1]),) in vocab.abjad_phrases)


def _joined_prepositions_split(text: str, vocab: Vocabulary) -> str:
    """An organisation's name in Arabic script with each word of the vocabulary written
    after a joined preposition written apart (لتحرير li-tahrir: تحرير, liberation;
    للإنقاذ: الإنقاذ). Only before a word of the vocabulary: a foreign name that starts
    with these letters (Baldwin, Lambert) stays whole."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if _known_abjad(word, vocab):
            return word
        for joined, left in _JOINED_PREPOSITIONS:
            rest = left + word[len(joined):]
            if word.startswith(joined) and len(rest) - len(left) >= 3 and _known_abjad(rest, vocab):
                return rest
        return word

    return ARABIC_WORD.sub(split, text)


_INITIAL = re.compile(r"(?<![^\W_])([^\W\d_])\.")
_LOWER_LETTER = re.compile(r"(?<![^\W_])([a-z])(?![\w.'’])")


@lru_cache(maxsize=300_000)
def _prepare(text: str, kind: str, vocab: Vocabulary, written: str) -> NameForm:
    if vocab.thai_words and THAI_WORD.search(text):
        # (Thai writes no spaces; its function words are dropped as written: their
        # readings are words of Latin names, ของ kong of Hong Kong)
        text = " ".join(w for w in thai_words_apart(text, vocab.thai_words).split()
                        if w not in vocab.thai_function_words)
    abjad = is_abjad(text)
    if abjad and kind != PERSON:
        text = _joined_prepositions_split(text, vocab)
    words = clean(text).split()
    # (Chinese characters are read in pinyin, as the lists write Chinese names: no
    # transliteration noise to allow for - 张静 Zhang Jing is no Jian ZHANG)
    foreign = bool(_FOREIGN.search(written)) and not is_han_name(written)
    acronym_like = _is_acronym_like(text, words)
    if acronym_like and not abjad and kind != PERSON and not all(map(word_like, words)):
        # letters of an acronym are not sounds: compared as written, never folded (but
        # a legal form beside them is one: АО ЛОМО / JSC LOMO)
        members = equivalent_words(vocab)
        tokens = [Token(w, w, w, members.get(w), ACRONYM, 1.0, False)
                  if vocab.spelled.get((w,)) != (LEGAL_FORM,)
                  else _tokens([w], kind, vocab, abjad, foreign)[0] for w in words]
    else:
        # (a lone letter with a period is an initial: D. Medvedev is no organisation
        # MEDVEDI, whatever d' is in French)
        if kind != PERSON:
            initials = frozenset(clean(m.group(1)) for m in _INITIAL.finditer(text))
        elif text != text.lower():  # (a person's: the lower-case lone letters of a cased name)
            initials = frozenset(m.group(1) for m in _LOWER_LETTER.finditer(text))
        else:
            initials = frozenset()
        tokens = _tokens(words, kind, vocab, abjad, foreign, initials,
                         HAN_RUN.search(written) is not None)
    if not tokens and words:  # a name made only of particles: keep its words
        tokens = [Token(w, phonetic(w), skeleton(phonetic(w)), None, WORD, 1.0, abjad)
                  for w in words]
    if kind != PERSON:
        tokens = _place_parts(tokens, vocab)
    acronyms = _acronyms(words, vocab) if kind != PERSON else frozenset()
    if foreign:
        # (Hangul too where read as a foreign name, its syllables joined: not the
        # syllables of a Korean name)
        liquid = one_letter_for_l_and_r(written) or is_hangul(written) and not is_hangul(text)
        unvoiced = one_letter_for_voiced_and_voiceless(written)
        tokens = [t._replace(foreign=True, liquid=liquid, unvoiced=unvoiced) for t in tokens]
    form = NameForm(text, kind, tuple(tokens), "".join(words), acronyms, acronym_like, abjad)
    form.equiv = equivalence_groups(form, vocab)
    form.group_named = any(t.concept in vocab.group_concepts for t in tokens)
    if kind == PERSON:
        form.company_word = next((w for w in words if _company_word(w, vocab)), "")
    return form


def _place_parts(tokens: list[Token], vocab: Vocabulary) -> list[Token]:
    """A word saying which part of a place, beside it, is part of the place (Gran Jorasán,
    Greater Sahara): like the place, it only qualifies a name where one side has it."""
    if not any(t.concept in vocab.place_parts for t in tokens):
        return tokens  # (most names)
    places = [t.role == PLACE for t in tokens]
    return [t._replace(role=PLACE, weight=WEIGHTS[PLACE])
            if t.concept in vocab.place_parts and (i > 0 and places[i - 1]
                                                   or i + 1 < len(tokens) and places[i + 1])
            else t for i, t in enumerate(tokens)]


def _company_word(word: str, vocab: Vocabulary) -> bool:
    """An English trade word or a legal form (Trading, Ltd): a company's name, not a
    person's. Trade words of other languages are also names (Jang, Sana, Bazargan), and
    so are short legal forms with vowels (Ag of Iyad ag Ghali, Pao): those are not."""
    if word in vocab.english and phonetic(word) in vocab.generic:
        return True
    short = len(word) < 3 or len(word) < 5 and sum(c in "aeiouy" for c in word) > 1
    return not short and LEGAL_FORM in vocab.spelled.get((word,), ())


def prepare(text: str, kind: str = ORGANISATION, vocab: Vocabulary | None = None,
            reading_of: str = "") -> NameForm:
    """The :class:`NameForm` of ``text`` (cached); of ``text`` read from the name
    ``reading_of`` (in Latin letters from katakana: compared as a transliteration)."""
    written = reading_of or text
    vocab = vocab or load_vocabulary()
    if kind != PERSON:
        kind = ORGANISATION if kind in ("", None, ORGANISATION) else kind
    else:
        text = foreign_words_of_person(text)
        if vocab.abjad_titles and ARABIC_WORD.search(text):
            text = _abjad_title(text, vocab)
    return _prepare(text, kind, vocab, written)


def _abjad_title(text: str, vocab: Vocabulary) -> str:
    """A person's name in Arabic script with its first word, a title as the vocabulary
    spells it in that script (سید: its letters read sid, as سعيد Said's), in Latin
    letters, where two words or more follow it (alone before one, it may be a name)."""
    words = text.split()
    title = vocab.abjad_titles.get(unicodedata.normalize("NFKC", words[0])) if len(words) >= 3 else None
    if title:
        return " ".join([title, *words[1:]])
    return text


def han_vocabulary_words(syllables: list[str], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the words of the vocabulary are in a run of Chinese characters read a
    syllable each, the longest first from the left: ``(start, end)`` of each. A word of
    one character only ends the run (党, party; not the 斯 si of a foreign word)."""
    words = []
    at = 0
    while at < len(syllables):
        size = next((size for size in range(min(vocab.max_phrase, len(syllables) - at), 0, -1)
                     if (size > 1 or at + 1 == len(syllables))
                     and tuple(syllables[at:at + size]) in vocab.spelled), 0)
        if size:
            words.append((at, at + size))
            at += size
        else:
            at += 1
    return words


_HANJA_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3}")


def korean_name_reading(text: str, vocab: Vocabulary) -> str:
    """A Korean person's name in Chinese characters read as Korean reads them, in
    Hangul (金正恩: 김정은), or "" where ``text`` is no such name (three characters, each
    of a reading in the vocabulary's ``hanja``, the first a family name's)."""
    name = "".join(text.split())
    if not _HANJA_NAME.fullmatch(name) or name[0] not in vocab.hanja_family_names or any(
            c not in vocab.hanja for c in name):
        return ""
    return "".join(vocab.hanja[c] for c in name)


def han_words_reading(text: str, vocab: Vocabulary) -> str:
    """An organisation's name in Chinese characters read as Chinese writes one: the words
    of the vocabulary a syllable each (网络 wang luo: network), the characters between
    them as the syllables of one foreign word (哈卡尼网络 hakani network: the Haqqani
    Network, read otherwise ha ka ni network or hakaniwanlo). "" where this reads
    nothing new: no word of the vocabulary and a foreign word both."""
    worded = foreign = False

    def read(match: re.Match) -> str:
        nonlocal worded, foreign
        run = match.group(0)
        syllables = [clean(char) for char in run]
        parts: list[str] = []
        pending = ""

        def flush() -> None:
            nonlocal pending, foreign
            if len(pending) > 1:
                parts.append(han_loan_word(pending))
                foreign = True
            elif pending:
                parts.append(clean(pending))
            pending = ""

        at = 0
        for start, end in han_vocabulary_words(syllables, vocab):
            pending += run[at:start]
            flush()
            parts.append(" ".join(syllables[start:end]))
            worded = True
            at = end
        pending += run[at:]
        flush()
        return f" {' '.join(parts)} "

    reading = HAN_RUN.sub(lambda m: read(m) if len(m.group(0)) >= 3 else m.group(0), text)
    return " ".join(reading.split()) if worded and foreign else ""


def equivalence_index(vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """Concept keys of the names in the equivalence groups -> group ids."""
    index = vocab.cache.get("equivalences")
    if index is None:
        raw: dict[str, set[str]] = {}
        vocab.cache["equivalences"] = {}  # guards the recursion through _prepare
        for group, names in vocab.equivalences.items():
            for name in names:
                form = _prepare(name, ORGANISATION, vocab, name)
                # (one word of the vocabulary by its letters only, as below)
                one_word = len(form.tokens) == 1 and form.tokens[0].concept
                keys = (form.compact,) if one_word else (
                    form.concept_key, form.concepts_in_any_order, form.compact)
                if one_word and form.compact[article_end(form.compact):] == form.tokens[0].text:
                    # (and the word without the Arabic article, as a group's name holds
                    # it: the Al-Qaida group, กลุ่มอัลกออิดะห์)
                    keys = (*keys, form.tokens[0].text)
                for key in keys:
                    if key:
                        raw.setdefault(key, set()).add(group)
        index = {k: frozenset(v) for k, v in raw.items()}
        vocab.cache["equivalences"] = index
        _prepare.cache_clear()
    return index


def equivalent_words(vocab: Vocabulary) -> dict[str, str]:
    """Single words of four letters or more that name one equivalence group (``isis``,
    ``daesh``) -> ``=group``: such a word meets the others inside longer names too."""
    words = vocab.cache.get("equivalent_words")
    if words is None:
        groups: dict[str, set[str]] = {}
        for group, names in vocab.equivalences.items():
            for name in names:
                cleaned = clean(name).split()
                if len(cleaned) == 1 and len(cleaned[0]) >= 4:
                    groups.setdefault(cleaned[0], set()).add(group)
        words = {w: "=" + next(iter(g)) for w, g in groups.items() if len(g) == 1}
        vocab.cache["equivalent_words"] = words
    return words


_ANY_GROUP = frozenset({"organisation", "group"})  # concepts that say only "a group"


def equivalence_groups(form: NameForm, vocab: Vocabulary) -> frozenset[str]:
    """The equivalence groups a name belongs to (``Daesh`` -> ``{"isil"}``)."""
    if form.kind == PERSON:
        return frozenset()
    index = equivalence_index(vocab)
    if len(form.tokens) == 1 and (form.tokens[0].concept or form.tokens[0].text in vocab.english):
        # one word through its concept is a translation, not the name (Guard is not
        # Pasdaran, the IRGC; Students, Talib are not the Taliban): as a group writes it
        return index.get(form.compact, frozenset())
    groups = index.get(form.concept_key) or index.get(form.concepts_in_any_order, frozenset())
    if form.acronym_like:
        groups = groups | index.get(form.compact, frozenset())
    if not groups:
        # a group's name and words saying it is a group or organisation, or describing it
        # (تنظيم داعش, the Daesh organisation; Islamic State group; Daesh terrorist group)
        # - not another kind of body, which may make another name (Tehrik-e-Taliban, the
        # Taliban movement of Pakistan)
        start, end = 0, len(form.tokens)
        while start < end and _says_what(form.tokens[start]):
            start += 1
        while end > start and _says_what(form.tokens[end - 1]):
            end -= 1
        named = form.tokens[start:end]
        if named and len(named) < len(form.tokens):
            key = named[0].text if len(named) == 1 else " ".join(t.concept or t.key for t in named)
            groups = index.get(key, frozenset())
    return groups


def _says_what(token: Token) -> bool:
    """A word saying that a name is a group's, or describing the group (terrorist)."""
    return token.concept in _ANY_GROUP or token.role == DESCRIPTOR
