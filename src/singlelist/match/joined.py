"""Names written joined to the words around them in running text.

Latin or Cyrillic text puts spaces around a name; other scripts and languages join
words to it: Arabic and Hebrew write "and", "the", "in", "to" as letters before the next
word (وحزب الله, לחמאס), Korean writes its particles after the name (하마스는, 헤즈볼라가),
Russian its case endings (Талибана, Хамасом), Chinese and Japanese put no spaces between
words at all (哈马斯和真主党, ハマスと); English and Turkish add a suffix after an
apostrophe (Hamas's, Hezbollah's, PKK'nın), French and Italian an elided article before
one (l'EI, d'Al-Qaïda). The letters, particles, endings and elisions are vocabulary data
(section ``joined``): a name found inside a word is a mention when what joins it is only
these, or when both neighbours belong to a script written without spaces.
"""

from __future__ import annotations

import re

from singlelist.match.normalize import APOSTROPHES, is_hangul
from singlelist.match.vocabulary import Vocabulary

_MAX_PREFIX = 3  # clitic letters before a word (Hebrew ושב, Arabic وب)
_MAX_SUFFIXES = 2  # particles after a word (Korean 와의)
_MAX_AFTER_APOSTROPHE = 4  # letters of a suffix after an apostrophe ('s, 'nın, 'dan)
_MAX_ELISION = 8  # letters of an elided word before an apostrophe (lorsqu', puisqu')
_MIN_WITH_SUFFIX = 4  # letters of a name that takes a suffix without an apostrophe
# scripts whose words are written without spaces between them
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
_HIRAGANA = (0x3040, 0x309F)
_KATAKANA = (0x30A0, 0x30FF)
_JOINING = re.compile(
    "[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_joined_words(text: str) -> bool:
    """Whether ``text`` may have names joined to other words: letters of a script that
    joins words to names, or apostrophes."""
    return _JOINING.search(text) is not None or any(c in text for c in APOSTROPHES)


def _spaceless(char: str) -> str:
    """'han', 'hiragana' or 'katakana' for a character of a script written without
    spaces; '' otherwise."""
    code = ord(char)
    if any(low <= code <= high for low, high in _HAN):
        return "han"
    if _HIRAGANA[0] <= code <= _HIRAGANA[1]:
        return "hiragana"
    if _KATAKANA[0] <= code <= _KATAKANA[1]:
        return "katakana"
    return ""


def _unspaced(before: str, after: str) -> bool:
    """Two neighbouring characters of scripts written without spaces, not one word of
    katakana (a loanword: ハマス is not inside ハマスター)."""
    a, b = _spaceless(before), _spaceless(after)
    return bool(a and b) and not (a == b == "katakana")


def _particles(rest: str, particles: frozenset[str], most: int) -> bool:
    """``rest`` is one to ``most`` of ``particles`` in a row."""
    if not rest:
        return True
    if most == 0:
        return False
    return any(rest.startswith(p) and _particles(rest[len(p):], particles, most - 1)
               for p in particles)


def particle_cuts(word: str, vocab: Vocabulary) -> list[int]:
    """The lengths of ``word`` (itself, and each start of it followed by particles only:
    하니예가, Haniyeh + 가, 하니예)."""
    return [len(word), *(at for at in range(1, len(word))
                         if _particles(word[at:], vocab.joined_suffixes, _MAX_SUFFIXES))]


def _word_start(text: str, start: int, most: int) -> int:
    """Where the word holding ``text[start]`` starts, looking back ``most`` characters at
    most (-1 when it starts further back)."""
    at = start
    while at > 0 and text[at - 1].isalnum():
        if start - at >= most:
            return -1
        at -= 1
    return at


def word_end(text: str, end: int) -> int:
    """Where the word of letters and digits going on at ``end`` ends."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def _joined_before(text: str, start: int, vocab: Vocabulary) -> bool:
    """What is written joined before ``text[start]`` is a clitic or an elision."""
    before = text[start - 1]
    if before in APOSTROPHES:  # l'EI, d'Al-Qaïda
        at = _word_start(text, start - 1, _MAX_ELISION)
        return at >= 0 and text[at:start - 1].lower() in vocab.joined_elisions
    if _unspaced(before, text[start]):
        return True
    at = _word_start(text, start, _MAX_PREFIX)
    return at >= 0 and not text[start].isascii() and all(
        c in vocab.joined_prefixes for c in text[at:start])


def _joined_after(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """What is written joined after ``text[end - 1]`` is a suffix or particles."""
    after = text[end]
    if after in APOSTROPHES:  # Hamas's, PKK'nın
        return len(text[end + 1:word_end(text, end + 1)]) <= _MAX_AFTER_APOSTROPHE
    if _unspaced(text[end - 1], after):
        return True
    syllables = "\uac00" <= text[end - 1] <= "\ud7af"  # (Hangul: a letter is a syllable)
    return (end - start >= (2 if syllables else _MIN_WITH_SUFFIX) and not text[end - 1].isascii()
            and _particles(text[end:word_end(text, end)], vocab.joined_suffixes, _MAX_SUFFIXES))


def joined_boundary(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether ``text[start:end]``, a name found inside a longer word, is the name with
    only clitics, particles, endings or an apostrophe's suffix or elision joined to it,
    or sits between words of a script written without spaces; and is not inside a
    longer word of such a script (伊斯兰国家, Islamic countries, holds 伊斯兰国, Islamic
    State)."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in APOSTROPHES) and (
            not _joined_before(text, start, vocab)):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in APOSTROPHES) and (
            not _joined_after(text, start, end, vocab)):
        return False
    for word in vocab.joined_words:
        at = text.find(word, max(0, start - len(word)), end + len(word))
        if at != -1 and at <= start and end <= at + len(word) and (at, end - start) != (start, len(word)):
            return False
    return True


_MIN_WITH_ENDING = 5  # letters of a Latin name that takes a case ending


def latin_case_ending(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether ``text[start:end]``, a name found at the start of a longer word, is a
    capitalised name of Latin letters with one case ending of the vocabulary joined to
    it (Polish Hezbollahu, Czech Talibanem, Finnish Hamasin)."""
    if end - start < _MIN_WITH_ENDING or start > 0 and text[start - 1].isalnum():
        return False
    if not (text[start].isupper() and text[end - 1].isascii() and text[end - 1].isalpha()):
        return False
    rest = text[end:word_end(text, end)]
    return bool(rest) and rest.islower() and rest in vocab.joined_endings


_APOSTROPHE_ENDING = re.compile(
    rf"(\w{{3,}})[{''.join(APOSTROPHES)}](\w{{1,{_MAX_AFTER_APOSTROPHE}}})\b")


# a word of three Hangul syllables (a Korean name's length) with particles joined after
_HANGUL_NAME_JOINED = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})([\uac00-\ud7a3]{1,3})"
                                 r"(?![\uac00-\ud7a3])")


def without_case_endings(text: str, vocab: Vocabulary) -> str:
    """``text`` with a case ending written after an apostrophe (Turkish El Kaidesi'ni,
    IŞİD'e) blanked out, offsets kept: one suffix of the vocabulary, of one letter only
    after capitals (an apostrophe also stands for ayn: Shari'a, Sa'da, Qa'ida); and the
    particles joined to a word of three Hangul syllables (김여정이: 김여정)."""
    def blank(match: re.Match[str]) -> str:
        word, ending = match.groups()
        if (len(ending) > 1 or word.isupper()) and ending.lower() in vocab.joined_suffixes:
            return word + " " * (len(match.group(0)) - len(word))
        return match.group(0)

    def blank_particles(match: re.Match[str]) -> str:
        word, particles = match.groups()
        if _particles(particles, vocab.joined_suffixes, _MAX_SUFFIXES):
            return word + " " * len(particles)
        return match.group(0)
    text = _APOSTROPHE_ENDING.sub(blank, text)
    return _HANGUL_NAME_JOINED.sub(blank_particles, text) if is_hangul(text) else text
