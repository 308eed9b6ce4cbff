"""The matching vocabulary: hand-edited data files, loaded once and cached.

The files in ``data/`` beside this module are YAML mappings with any of these sections
(every file may hold any of them; they are merged in order):

* ``concepts``: concept id -> words that mean it, by language
  (``front: {en: [front], ar: [jabhat, jabha, جبهة], ru: [фронт], ...}``). A word may be a
  phrase (``holy war``); a compound word may stand for several concepts, written
  ``hizballah: [party, god]`` under ``compounds``.
* ``places``: ids of the concepts that name a country or region (``iran``, ``levant``):
  one added on one side only qualifies a name (Bank Melli Iran / Bank Melli) rather
  than making it another.
* ``place_parts``: ids of the concepts that, beside a place, say which part of it
  (``great``: Gran Jorasán, the Greater Sahara): there they are part of the place.
* ``kinds``: ids of the concepts that say what sort of body a name is (``movement``,
  ``group``, ``brigade``): one added on one side only qualifies a name (Harakat
  al-Shabaab al-Mujahideen / al-Shabaab al-Mujahideen) like a place.
* ``hanja``: Korean reading -> Chinese characters read so in Korean persons' names
  (``김: [金]``), and ``hanja_family_names``: the characters of Korean family names: a
  person's name of three such characters, a family name's first, is also searched as
  the Hangul of their readings (金正恩: 김정은, Kim Jong Un).
* ``descriptors``: ids of the concepts of words that say what a group is rather than
  name it (``militants``: terrorists, rebels, Kämpfer, боевики): in an organisation's
  name one side gives and the other not, such a word costs nothing (Taliban militants /
  TALIBAN), and it alone is no match.
* ``groups``: ids of the concepts that name an armed or political group as such
  (``army``, ``party``, ``supporters``): a short name made only of words of the
  vocabulary with one of them is a group's name (Army of Justice / Jaysh al-Adl), not
  a description (National Bank / Bank Melli).
* ``compounds``: word -> list of concept ids it is made of.
* ``beside_concepts``: like ``concepts``, for words that are also words of names, or
  whose key is another word's (Hungarian ``állam``, state: the name Alam, Arabic alam,
  banner; Czech ``stát``: Stat): such a word, as written, means its concept beside
  another word of the vocabulary in the same name (Iszlám Állam, Islámský stát), and is
  a word of a name elsewhere.
* ``articles``: articles and izafe particles dropped from every name (``al``, ``el``, ``ash``,
  ``e``, ``i``, ``ud``...).
* ``function_words``: words dropped from organisation names (``the``, ``of``, ``and``...).
* ``of_words``: words that join a name to whose it is (``of``, ``du``, ``del``, ``von``):
  in running text a listed description of two words (``NATIONAL BANK``) right before
  one and a capitalised word is part of a longer name (the National Bank of Greece,
  Banco Nacional de Costa Rica).
* ``thai_function_words``: function words written in Thai letters, dropped from names as
  Thai writes them (their readings are words of Latin names: ของ, of, reads kong).
  Every Thai word of the vocabulary also parts a run of Thai letters, which Thai writes
  without spaces (กลุ่มฮามาส: กลุ่ม ฮามาส).
* ``language_function_words``: language -> function words that are also words of names
  (Romanian ``din``, of, is Arabic din, religion; Czech ``pro``, for, is Pro of Photon
  Pro): dropped from an organisation name between two words where a word beside them is a
  word of the vocabulary in that language (Partidul Muncitorilor din Kurdistan, not
  Ansar al-Din Front).
* ``connectors``: canonical connector -> spellings (``bin: [ibn, ben, bint]``), kept in
  person names with a low weight.
* ``titles``: canonical title -> spellings (``sayyid: [seyyed, syed, سید]``): connectors
  that, before a person's names, count only where both names give them (a title one
  gives and the other not costs nothing). A spelling in Arabic script is read as the
  title where it is the first of three words or more (its letters alone read as another
  name's: سید sid, as سعيد Said). A title of several words (Senior General, Burmese
  ဗိုလ်ချုပ်မှူးကြီး read bo chok hmu kyi) is one title token.
* ``suffixes``: canonical suffix -> spellings (``junior: [jr, jnr]``): the last word of
  a person's name (a word of the name elsewhere), light, counting only where both names
  give one (Ramzan Kadyrov Jr.).
* ``trades``: concept id -> words by language, like ``concepts``, for the trade and
  institution words that carry little weight in organisation names (``trading``,
  ``plant: {en: [plant, factory], ru: [завод], fa: [karkhaneh]}``).
* ``legal_forms``: legal forms in any language (``ltd``, ``Joint Stock Company``, ``ООО``):
  one concept of little weight, so that any of them meets any other.
* ``common_words``: words and place names that, alone, are too common in free text to
  mean a listed name without corroboration (``Israel``, ``Success``).
* ``offices``: language -> words for a person's office or role (``Machthaber``,
  ``leider``): in running text a capitalised word that is one, or a compound ending with
  one, is no word of the person's name beside it (Kremlchef, Revolutionsführer).
* ``place_features``: words that make a name a place's (``sea``, ``gulf``, ``road``,
  ``море``): a name in running text that starts or ends with one is the place's unless
  written as listed (the Red Sea is no RED SEA TRADING CORPORATION); common words too.
* ``frequent_words``: ``languages`` (wordfreq's codes) and ``per_million``: a word at least
  this frequent in one of them (by wordfreq's counts) is an ordinary word where a rule
  asks whether a company's one word is (Progress, September, Opera: no Lukoil).
* ``ordinary_words``: language -> ordinary words of a language written in a script without
  capital letters (Arabic ``قال``, said; ``الخزانة``, the treasury): in running text of that
  script such a word is a word of a mention only where it meets the listed name through
  the vocabulary, as the name writes it in that script, or with three consonants or more
  of the listed word's.
* ``equivalences``: group id -> names that denote the same organisation whatever their
  letters (``isil: [ISIL, ISIS, Daesh, Islamic State, ...]``).
* ``apart``: group id -> other groups: a name of the group that an entry of one of the
  others carries too (an older name, another body's) reaches that entry by its letters
  only, not through the group's other names (``ansar-allah: [hizballah]``: a list giving
  Hizballah the alias Ansar al Allah does not make the Houthis Hizballah).
* ``joined``: what running text writes joined to a name, as written: ``prefixes``, the
  letters of words written before the next word (Arabic و and, Hebrew ה the);
  ``suffixes``, the particles and endings written after it (Korean 는, Russian -а);
  ``elisions``, the words elided before an apostrophe (French l', d'); ``words``, words of
  scripts written without spaces that hold a name but are other words (Chinese
  伊斯兰国家, Islamic countries, holds 伊斯兰国, Islamic State).
* ``given_names``: first form -> other forms of one given name in other languages
  (``vladimir: [volodymyr, uladzimir, володимир]``): a person's given names, and the
  patronymics made from them, meet across these forms.

A user extends the vocabulary with more files of the same shape: paths passed to
:func:`load_vocabulary`, or listed (``os.pathsep``-separated) in the environment variable
``SINGLELIST_VOCABULARY``.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from singlelist.match.normalize import (
    ARABIC_WORD,
    HAN_RUN,
    THAI_WORD,
    clean,
    devoiced,
    german_stem,
    is_abjad,
    is_cyrillic,
    is_syllabic,
    phonetic,
    russian_stem,
    skeleton,
)

DATA_DIR = Path(__file__).with_name("data")
LEGAL_FORM = "legal-form"  # the concept of the generic phrases (Joint Stock Company, ООО...)
ENV_VAR = "SINGLELIST_VOCABULARY"
# languages whose words give no consonant skeleton for words in Arabic script: Arabic
# script borrows none of their words, and theirs took the skeletons of Persian words
# (Dutch vrede that of varedat, trade; Italian giordania that of gordan, brigade;
# Turkish yedinci, seventh, that of Persian danesh, knowledge) or made Arabic ones
# ambiguous (German Hilfe, relief, and Welt, world: khilafa, caliphate, and wilayat)
# (Pashto, written in Arabic script, is not among them)
_NOT_BORROWED = frozenset({"it", "pt", "nl", "tr", "de", "es", "id", "uk", "pl", "sh", "bg", "ka",
                           "hy", "hi", "bn", "az", "uz", "kk", "sw", "so", "ha", "sv", "da", "nb",
                           "fi", "ro", "hu", "cs", "sk", "ja", "vi", "ta", "am"})
# languages whose words take no Arabic article (el Estado, al Emirato: Spanish el, a+el),
# and those whose Latin spellings do (al-Dawla, el-Kaide, al-Qaeda)
_NO_ARTICLE = frozenset({"en", "fr", "es", "it", "pt", "nl", "de", "sv", "da", "nb", "fi", "ro",
                         "hu", "cs", "sk"})
_ARTICLE_TAKING = frozenset({"ar", "fa", "ur", "ps", "tr", "id", "ku"})
_PLURAL_S = ("fr", "es", "pt")
# the article as joined to the end of the word before it (Ahlus Sunnah, Hizbul Mujahideen;
# not -an, -in, -at, the endings of plurals: Taliban, Muslimin)
_JOINED_ARTICLES = ("al", "el", "ul", "il", "ol", "as", "us", "is", "ash", "ush", "ad", "ud", "id",
                    "ar", "ur", "az", "uz")
# languages that write the syllables of a word apart: no syllable is a word of its own
_SYLLABLES_APART = frozenset({"vi"})
_GIVEN_NAME_KEY = 4  # letters of the key of another form of a given name, at least
_DEVOICED_LENGTH = 7  # letters of a key from which a word is known with other voicing


@dataclass(frozen=True)
class Conflict:
    """A word the data files give two meanings: ``meaning`` holds (the later file's, so
    a user's file overrides ours), ``overridden`` was given first, in ``files``."""

    word: str
    meaning: tuple[str, ...]
    overridden: tuple[str, ...]
    files: tuple[str, ...]


@dataclass(eq=False)
class Vocabulary:
    """Lookups built from the data files (all keys are cleaned or phonetic forms)."""

    spelled: dict[tuple[str, ...], tuple[str, ...]]  # cleaned words as written -> concept ids
    phrases: dict[tuple[str, ...], tuple[str, ...]]  # phonetic keys of one meaning -> concept ids
    abjad_phrases: dict[tuple[str, ...], tuple[str, ...]]  # the same, of words in Arabic script
    max_phrase: int
    abjad_skeletons: dict[str, str]  # consonant skeleton -> concept (unambiguous only)
    articles: frozenset[str]
    function_words: frozenset[str]
    connectors: dict[str, str]  # cleaned spelling -> canonical connector (or title)
    generic: frozenset[str]  # phonetic keys of the trade words
    trade_concepts: frozenset[str]  # concept ids of the trade words
    place_concepts: frozenset[str]  # concept ids of countries and regions
    place_parts: frozenset[str]  # concept ids that beside a place say which part (greater)
    kind_concepts: frozenset[str]  # concept ids of the sorts of body (movement, group)
    descriptor_concepts: frozenset[str]  # concept ids of words describing a group (militants)
    group_concepts: frozenset[str]  # concept ids that name an armed or political group (army)
    stems: dict[str, str]  # key of a Russian stem -> key of the vocabulary word
    stem_phrases: dict[tuple[str, ...], tuple[str, ...]]  # keys of a Cyrillic phrase's stems -> concepts
    german_stems: dict[str, str]  # key of a German word without its ending -> the word's key
    other_number: dict[str, str]  # a French, Spanish or Portuguese word's other number -> the word
    devoiced: dict[str, str]  # a long word's key made voiceless -> the word's key
    equivalences: dict[str, list[str]]  # group id -> names
    given_names: dict[str, str]  # phonetic key of a form of a given name -> its first form
    english: frozenset[str]  # cleaned English words of the concepts (common words)
    no_article: frozenset[str] = frozenset()  # cleaned words an Arabic article never precedes
    common_words: frozenset[str] = frozenset()  # words and places too common alone in text
    of_words: frozenset[str] = frozenset()  # words joining a name to whose it is (of, du)
    place_features: frozenset[str] = frozenset()  # words of places' names (sea, gulf, road)
    offices: frozenset[str] = frozenset()  # cleaned words for an office before a name
    ordinary_words: frozenset[str] = frozenset()  # ordinary words of scripts without case
    frequent_languages: tuple[str, ...] = ()  # wordfreq's languages of ordinary words
    apart: dict[str, frozenset[str]] = field(default_factory=dict)  # group -> groups apart
    frequent_per_million: float = 1.0  # how frequent a word of theirs is ordinary
    joined_prefixes: frozenset[str] = frozenset()  # letters joined before a word in text
    titles: frozenset[str] = frozenset()  # spellings of connectors that are titles before names
    title_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # titles of 2+ words
    max_title_phrase: int = 0  # words of the longest of them
    suffixes: dict[str, str] = field(default_factory=dict)  # a suffix ending person names -> canonical
    abjad_titles: dict[str, str] = field(default_factory=dict)  # title in Arabic script -> canonical
    joined_suffixes: frozenset[str] = frozenset()  # particles joined after a word in text
    joined_words: frozenset[str] = frozenset()  # unspaced words that hold a name
    joined_elisions: frozenset[str] = frozenset()  # elided words before an apostrophe
    joined_endings: frozenset[str] = frozenset()  # case endings joined to a Latin name
    thai_words: frozenset[str] = frozenset()  # words written in Thai letters, as written
    hanja: dict[str, str] = field(default_factory=dict)  # Chinese character -> Korean reading
    hanja_family_names: frozenset[str] = frozenset()  # characters of Korean family names
    thai_function_words: frozenset[str] = frozenset()  # and those dropped from names
    beside: dict[str, str] = field(default_factory=dict)  # cleaned word -> concept beside another
    # cleaned function word -> its languages; cleaned word of the vocabulary -> its languages
    language_function_words: dict[str, frozenset[str]] = field(default_factory=dict)
    word_languages: dict[str, frozenset[str]] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()  # words given two meanings (the later one holds)
    sources: tuple[str, ...] = ()
    cache: dict[str, Any] = field(default_factory=dict, repr=False)


def _words(value: Any) -> Iterable[str]:
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)
    else:  # a YAML scalar read as a number or boolean (on, no, yes...): quote it
        raise ValueError(f"vocabulary word {value!r} is not a string; quote it in the YAML")


# libyaml's parser where the wheel has it (eight times faster than PyYAML's own: the
# vocabulary is read at every start)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_YAML_LOADER) or {}  # (a safe loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a vocabulary file must be a YAML mapping")
    return data


def _thai_spellings(words: Any) -> set[str]:
    """The words written in Thai letters of a section, as written (composed alike)."""
    return {unicodedata.normalize("NFC", w) for w in _words(words) if THAI_WORD.search(w)}


def build_vocabulary(documents: Sequence[dict[str, Any]], sources: Sequence[str] = ()) -> Vocabulary:
    """Merge parsed data documents into one :class:`Vocabulary`."""
    articles: set[str] = set()
    function_words: set[str] = set()
    connectors: dict[str, str] = {}
    titles: set[str] = set()
    hanja: dict[str, str] = {}
    hanja_family_names: set[str] = set()
    title_phrases: dict[tuple[str, ...], str] = {}
    suffixes: dict[str, str] = {}
    abjad_titles: dict[str, str] = {}
    generic: set[str] = set()
    trade_concepts: set[str] = set()
    place_concepts: set[str] = set()
    place_parts: set[str] = set()
    kind_concepts: set[str] = set()
    descriptor_concepts: set[str] = set()
    group_concepts: set[str] = set()
    equivalences: dict[str, list[str]] = {}
    apart: dict[str, set[str]] = {}
    # every word and phrase with its meaning and file, in the order read (later holds)
    entries: list[tuple[str, tuple[str, ...], str, bool]] = []  # (.., a concept's word)
    german: list[str] = []
    english: set[str] = set()
    plural_s: set[str] = set()  # one-word spellings of the languages that add s for a plural
    no_article: set[str] = set()
    article_taking: set[str] = set()
    common_words: set[str] = set()
    of_words: set[str] = set()
    place_features: set[str] = set()
    offices: set[str] = set()
    ordinary_words: set[str] = set()
    frequent_languages: list[str] = []
    frequent_per_million = 1.0
    joined: dict[str, set[str]] = {"prefixes": set(), "suffixes": set(), "words": set(),
                                   "elisions": set(), "endings": set()}
    given_names: dict[str, set[str]] = {}
    beside: dict[str, set[str]] = {}
    language_function_words: dict[str, set[str]] = {}
    word_languages: dict[str, set[str]] = {}
    thai_words: set[str] = set()
    thai_function_words: set[str] = set()
    for number, doc in enumerate(documents):
        source = Path(sources[number]).name if number < len(sources) else f"document {number + 1}"
        common_words.update(clean(w) for w in _words(doc.get("common_words")))
        of_words.update(clean(w) for w in _words(doc.get("of_words")))
        place_features.update(clean(w) for w in _words(doc.get("place_features")))
        offices.update(clean(w) for w in _words(doc.get("offices")))
        ordinary = doc.get("ordinary_words") or {}
        if not isinstance(ordinary, dict):
            raise ValueError(f"{source}: ordinary_words: expected language -> words")
        ordinary_words.update(str(w).strip() for w in _words(ordinary))
        frequent = doc.get("frequent_words") or {}
        languages = frequent.get("languages") or [] if isinstance(frequent, dict) else None
        per_million = frequent.get("per_million", frequent_per_million) if isinstance(
            frequent, dict) else None
        if not isinstance(languages, list) or isinstance(per_million, bool) or not isinstance(
                per_million, (int, float)) or per_million <= 0:
            raise ValueError(f"{source}: frequent_words: expected languages (a list of "
                             f"wordfreq's codes) and per_million (a positive number)")
        frequent_languages.extend(str(code) for code in languages
                                  if str(code) not in frequent_languages)
        frequent_per_million = float(per_million)
        for part, values in (doc.get("joined") or {}).items():
            if part not in joined:
                raise ValueError(f"{source}: joined: {part!r} is none of {', '.join(joined)}")
            for value in _words(values):
                joined[part].update(value if part == "prefixes" else [value])
        articles.update(clean(w) for w in _words(doc.get("articles")))
        thai_words.update(_thai_spellings(doc.get("articles")))
        function_words.update(clean(w) for w in _words(doc.get("function_words")))
        thai_function_words.update(_thai_spellings(doc.get("thai_function_words")))
        for language, words in (doc.get("language_function_words") or {}).items():
            for word in _words(words):
                language_function_words.setdefault(clean(word), set()).add(str(language))
        for section in ("connectors", "titles", "suffixes"):
            for canonical, spellings in (doc.get(section) or {}).items():
                for spelling in [canonical, *_words(spellings)]:
                    if section == "titles" and ARABIC_WORD.fullmatch(spelling):
                        abjad_titles[unicodedata.normalize("NFKC", spelling)] = str(canonical)
                        continue
                    if section == "suffixes":
                        suffixes[clean(spelling)] = str(canonical)
                        continue
                    if section == "titles" and len(words := clean(spelling).split()) > 1:
                        title_phrases[tuple(words)] = str(canonical)
                        continue
                    connectors[clean(spelling)] = str(canonical)
                    if section == "titles":
                        titles.add(clean(spelling))
        place_concepts.update(str(c) for c in _words(doc.get("places")))
        place_parts.update(str(c) for c in _words(doc.get("place_parts")))
        kind_concepts.update(str(c) for c in _words(doc.get("kinds")))
        descriptor_concepts.update(str(c) for c in _words(doc.get("descriptors")))
        for reading, characters in (doc.get("hanja") or {}).items():
            hanja.update((str(c), str(reading)) for c in _words(characters))
        hanja_family_names.update(str(c) for c in _words(doc.get("hanja_family_names")))
        group_concepts.update(str(c) for c in _words(doc.get("groups")))
        for group, names in (doc.get("equivalences") or {}).items():
            equivalences.setdefault(str(group), []).extend(_words(names))
        for group, others in (doc.get("apart") or {}).items():
            apart.setdefault(str(group), set()).update(str(o) for o in _words(others))
        for section in ("concepts", "trades"):
            for concept, words in (doc.get(section) or {}).items():
                concept = str(concept)
                by_language = words.items() if isinstance(words, dict) else [("", words)]
                for language, spellings in by_language:
                    skeletal = language not in _NOT_BORROWED
                    entries.extend((w, (concept,), source, skeletal) for w in _words(spellings))
                    for w in _words(spellings):
                        word_languages.setdefault(clean(w), set()).add(str(language))
                if isinstance(words, dict) and words.get("en"):
                    english.update(clean(w) for w in _words(words["en"]))
                for language, spellings in by_language:
                    if language in _NO_ARTICLE or language in _ARTICLE_TAKING:
                        (no_article if language in _NO_ARTICLE else article_taking).update(
                            clean(w) for w in _words(spellings))
                if isinstance(words, dict):
                    plural_s.update(w for lang in _PLURAL_S for w in map(clean, _words(words.get(lang)))
                                    if " " not in w)
                if isinstance(words, dict) and words.get("de"):
                    german.extend(_words(words["de"]))
                if section == "trades":
                    trade_concepts.add(concept)
                    # (each word of a phrase is a trade word, but not each syllable of
                    # a Korean, Chinese or Vietnamese word: 공장, plant, made the kong of
                    # Hong Kong one, and so did Vietnamese công ty, company)
                    generic.update(phonetic(t) for language, spellings in by_language
                                   if language not in _SYLLABLES_APART
                                   for w in _words(spellings) if not is_syllabic(w)
                                   for t in clean(w).split())
        for first, forms in (doc.get("given_names") or {}).items():
            first = clean(str(first))
            group = {form: phonetic(form) for form in [first, *(clean(f) for f in _words(forms))]}
            keys = set(group.values())
            for form, key in group.items():
                if form.endswith("e") and key.endswith("i") and key[:-1] in keys:
                    # a French silent e the key reads as the nisba -i: Souleymane's
                    # sulimani is the family name Soleimani's, Ousmane's usmani Usmani's
                    continue
                if len(key) >= _GIVEN_NAME_KEY or form == first:
                    # (a shorter key is many names' key: Aleh's, ala, is Allah's and Alla's)
                    given_names.setdefault(key, set()).add(first)
        entries.extend((w, (LEGAL_FORM,), source, False) for w in _words(doc.get("legal_forms")))
        for concept, words in (doc.get("beside_concepts") or {}).items():
            for word in _words(words):
                if len(clean(word).split()) != 1:
                    raise ValueError(f"{source}: beside_concepts: {word!r} is not one word")
                beside.setdefault(clean(word), set()).add(str(concept))
            thai_words.update(_thai_spellings(words))
        for word, parts in (doc.get("compounds") or {}).items():
            entries.append((str(word), tuple(str(p) for p in _words(parts)), source, False))
    drop = frozenset(articles) | frozenset(function_words)
    # a word means its concepts as written; another spelling with its key means them when
    # no other word of the vocabulary has that key (Arabic صناعة and سنة, industry and
    # Sunna, share the key sna: each is known as written, neither by the key alone)
    spelled: dict[tuple[str, ...], tuple[str, ...]] = {}
    first_file: dict[tuple[str, ...], str] = {}
    conflicts: dict[tuple[str, ...], Conflict] = {}
    by_key: dict[tuple[bool, tuple[str, ...]], set[tuple[str, ...]]] = {}
    skeletons: dict[str, set[str]] = {}
    latin_words: dict[str, set[str]] = {}  # concept -> its one-word Latin spellings
    cyrillic_phrases: list[tuple[str, ...]] = []  # phrases written in Cyrillic, as cleaned
    # a phrase starting or ending with a word that is a function word elsewhere, as a
    # name holds it there (Vietnamese vệ binh, guards: ve, Turkish and, stays first)
    edges: dict[tuple[str, ...], tuple[str, ...]] = {}
    thai_words.update(_thai_spellings([w for w, *_ in entries]))
    for word, meaning, source, skeletal in entries:
        cleaned = clean(word).split()
        # (no syllable of Chinese characters is a particle: 伊朗 yi lang, Iran)
        words = tuple(cleaned) if HAN_RUN.search(word) else tuple(t for t in cleaned if t not in drop)
        if not words:
            continue
        if len(cleaned) > 1 and not is_abjad(word) and (
                cleaned[0] in function_words or cleaned[-1] in function_words):
            edged = tuple(t for j, t in enumerate(cleaned) if t not in articles and not (
                t in function_words and 0 < j < len(cleaned) - 1))
            if edged != words:
                edges.setdefault(edged, meaning)
        abjad = is_abjad(word)
        spelling = ("", *words) if abjad else words  # (Arabic script read as Latin letters)
        before = spelled.get(spelling)
        if before is not None and before != meaning:
            conflicts[spelling] = Conflict(
                word, meaning, before, tuple(dict.fromkeys((first_file[spelling], source))))
        first_file.setdefault(spelling, source)
        spelled[spelling] = meaning
        if len(words) > 1 and is_cyrillic(word):
            cyrillic_phrases.append(words)
        if len(words) == 1 and not abjad and skeletal:
            skel = skeleton(phonetic(words[0]))
            if len(skel) >= 3:
                skeletons.setdefault(skel, set()).add(meaning[0])
            latin_words.setdefault(meaning[0], set()).add(words[0])
    # (not of a spelling with the article of the next word joined to it: ahlus of
    # Ahlus Sunnah is ahl; خلاص, khalas, is no ahl)
    joined_article = {skel for spellings in latin_words.values() for word in spellings
                      if any(word.endswith(a) and word[:-len(a)] in spellings
                             for a in _JOINED_ARTICLES)
                      and (skel := skeleton(phonetic(word))) != skeleton(phonetic(word[:-2]))}
    for spelling, meaning in edges.items():
        spelled.setdefault(spelling, meaning)
    for spelling, meaning in spelled.items():
        key = (spelling[0] == "", tuple(phonetic(t) for t in spelling if t))
        by_key.setdefault(key, set()).add(meaning)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    abjad_phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for (abjad, key), meanings in by_key.items():
        if len(meanings) == 1:
            (abjad_phrases if abjad else phrases)[key] = next(iter(meanings))
    abjad_skeletons = {s: next(iter(c)) for s, c in skeletons.items()
                       if len(c) == 1 and s not in joined_article}
    # a long word spelled with other voicing (German Hisbollah, Dschihad: s for z) is the
    # word, when one word of the vocabulary has those letters
    voiceless: dict[str, dict[tuple[str, ...], str]] = {}
    for key, concept_ids in phrases.items():
        if len(key) == 1 and len(key[0]) >= _DEVOICED_LENGTH:
            voiceless.setdefault(devoiced(key[0]), {}).setdefault(concept_ids, key[0])
    # other endings of a Russian word (завода, производственного): by the stem of the
    # word written in Cyrillic (legal forms too: корпорации); of a German word
    # (islamischer, palästinensischen, brigaden): by the word without its ending
    stems = _forms_by_stem((w for w, *_ in entries if is_cyrillic(w)), phrases, _long_russian_stem)
    german_stems = _forms_by_stem(german, phrases, german_stem)
    # the other number of a French, Spanish or Portuguese word (islamiques, combattant,
    # nacionales), where the vocabulary spells no word so
    numbers: dict[str, set[str]] = {}
    for word in plural_s:
        forms = [word[:-1], word[:-2] if word.endswith("es") else ""] if word.endswith("s") else [
            word + "s", word + "es" if word[-1] not in "aeiou" else ""]
        for form in forms:
            if len(form) >= 5 and (form,) not in spelled:
                numbers.setdefault(form, set()).add(word)
    # a phrase in Cyrillic in other cases (Аравийском полуострове): by its words' stems
    stem_meanings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for words in cyrillic_phrases:
        # (a word as written is a stem too: полуострове less its ending is полуостров,
        # whose own stem is полуостр)
        for keys in itertools.product(*({phonetic(w), *stem_keys([w])} for w in words)):
            stem_meanings.setdefault(keys, set()).add(spelled[words])
    return Vocabulary(
        spelled=spelled,
        phrases=phrases,
        abjad_phrases=abjad_phrases,
        max_phrase=max((len(k) for k in (*phrases, *abjad_phrases)), default=1),
        abjad_skeletons=abjad_skeletons,
        articles=frozenset(articles),
        function_words=frozenset(function_words),
        connectors=connectors,
        generic=frozenset(generic),
        trade_concepts=frozenset(trade_concepts),
        place_concepts=frozenset(place_concepts),
        place_parts=frozenset(place_parts),
        kind_concepts=frozenset(kind_concepts),
        descriptor_concepts=frozenset(descriptor_concepts),
        group_concepts=frozenset(group_concepts),
        stems=stems,
        stem_phrases={k: next(iter(m)) for k, m in stem_meanings.items() if len(m) == 1},
        german_stems=german_stems,
        other_number={form: base for form, (base, *more) in numbers.items()
                      if not more and (phonetic(base),) in phrases},
        devoiced={v: min(k.values()) for v, k in voiceless.items() if len(k) == 1},
        equivalences=equivalences,
        # (a form two names share is neither's)
        given_names={k: next(iter(v)) for k, v in given_names.items() if len(v) == 1},
        english=frozenset(english),
        no_article=frozenset(no_article - article_taking),
        common_words=frozenset(common_words | place_features),
        of_words=frozenset(of_words),
        ordinary_words=frozenset(ordinary_words),
        place_features=frozenset(place_features),
        offices=frozenset(offices),
        frequent_languages=tuple(frequent_languages),
        apart={group: frozenset(others) for group, others in apart.items()},
        frequent_per_million=frequent_per_million,
        joined_prefixes=frozenset(joined["prefixes"]),
        titles=frozenset(titles),
        title_phrases=title_phrases,
        max_title_phrase=max(map(len, title_phrases), default=0),
        hanja=hanja,
        hanja_family_names=frozenset(hanja_family_names),
        suffixes=suffixes,
        abjad_titles=abjad_titles,
        joined_suffixes=frozenset(joined["suffixes"]),
        joined_words=frozenset(joined["words"]),
        joined_elisions=frozenset(w.lower() for w in joined["elisions"]),
        joined_endings=frozenset(w.lower() for w in joined["endings"]),
        thai_words=frozenset(thai_words | thai_function_words),
        thai_function_words=frozenset(thai_function_words),
        # (of one meaning, and not a word the vocabulary spells so)
        beside={w: next(iter(c)) for w, c in beside.items() if len(c) == 1 and (w,) not in spelled},
        language_function_words={w: frozenset(ls) for w, ls in language_function_words.items()},
        word_languages={w: frozenset(ls) for w, ls in word_languages.items() if " " not in w},
        conflicts=tuple(conflicts.values()),
        sources=tuple(sources),
    )


def stem_keys(words: Sequence[str]) -> tuple[str, ...]:
    """The keys of the stems of a phrase's cleaned Russian words."""
    return tuple(phonetic(russian_stem(w)) for w in words)


def _long_russian_stem(word: str) -> str:
    """A Russian word's stem of four letters or more, or ""."""
    stem = russian_stem(word)
    return stem if len(stem) >= 4 else ""


def _forms_by_stem(words: Iterable[str], phrases: dict[tuple[str, ...], tuple[str, ...]],
                   stem: Callable[[str], str]) -> dict[str, str]:
    """Key of the stem of each one-word vocabulary word -> that word's key, for stems
    that words of one meaning only have."""
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for word in words:
        cleaned = clean(word)
        key = phonetic(cleaned)
        if " " not in cleaned and (key,) in phrases and (base := stem(cleaned)):
            found.setdefault(phonetic(base), {})[phrases[(key,)]] = key
    return {s: next(iter(k.values())) for s, k in found.items() if len(k) == 1}


_BUILT: dict[tuple[str, ...], Vocabulary] = {}  # the vocabulary of each set of files in force


def _load(paths: tuple[str, ...]) -> Vocabulary:
    vocab = _BUILT.get(paths)
    if vocab is None:
        vocab = _BUILT[paths] = build_vocabulary([_read(Path(p)) for p in paths], paths)
    return vocab


def files_digest(paths: Sequence[str]) -> str:
    """A digest of the contents of vocabulary files."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def adopt_vocabulary(vocab: Vocabulary, digest: str) -> Vocabulary:
    """The vocabulary in force: ``vocab`` (built before, e.g. saved with an index) when
    it was built from the files in force as they are now (their ``digest``), so that it
    is not built again (a second of a process's start); else the files' own."""
    paths = vocabulary_paths()
    if paths not in _BUILT and vocab.sources == paths and files_digest(paths) == digest:
        _BUILT[paths] = vocab
    return _load(paths)


@lru_cache(maxsize=1)
def _data_files() -> tuple[str, ...]:
    return tuple(str(p) for p in sorted(DATA_DIR.glob("*.yml")))


def vocabulary_paths(extra: Sequence[str | Path] | None = None) -> tuple[str, ...]:
    """The data files in force: ours, then ``SINGLELIST_VOCABULARY``, then ``extra``."""
    paths = list(_data_files())
    env = os.environ.get(ENV_VAR, "")
    paths.extend(p for p in env.split(os.pathsep) if p.strip())
    paths.extend(str(p) for p in extra or ())
    return tuple(paths)


def load_vocabulary(extra: Sequence[str | Path] | None = None) -> Vocabulary:
    """The vocabulary from our data files plus a user's (loaded once per set of files)."""
    return _load(vocabulary_paths(extra))
