"""Names written joined to the words around them in running text.

Latin or Cyrillic text puts spaces around a name; other scripts join words to it:
Arabic and Hebrew write "and", "the", "in", "to" as letters before the next word
(وحزب الله, לחמאס), Korean writes its particles after the name (하마스는, 헤즈볼라가),
Chinese and Japanese put no spaces between words at all (哈马斯和真主党, ハマスと). The
letters and particles are vocabulary data (section ``joined``): a name found inside a
word is a mention when what joins it is only these, or when both neighbours belong to
a script written without spaces.
"""

from __future__ import annotations

import re

from singlelist.match.vocabulary import Vocabulary

_MAX_PREFIX = 3  # clitic letters before a word (Hebrew ושב, Arabic وب)
_MAX_SUFFIXES = 2  # particles after a word (Korean 와의)
# scripts whose words are written without spaces between them
_HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
_HIRAGANA = (0x3040, 0x309F)
_KATAKANA = (0x30A0, 0x30FF)
_JOINING = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_joining_script(text: str) -> bool:
    """Whether ``text`` has letters of a script that joins words to names."""
    return _JOINING.search(text) is not None


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


def joined_boundary(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether ``text[start:end]``, a name found inside a longer word, is the name with
    only clitics or particles joined to it, or sits between words of a script written
    without spaces; and is not inside a longer word of such a script (伊斯兰国家, Islamic
    countries, holds 伊斯兰国, Islamic State)."""
    if start > 0 and text[start - 1].isalnum() and not _unspaced(text[start - 1], text[start]):
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum() and start - word_start <= _MAX_PREFIX:
            word_start -= 1
        prefix = text[word_start:start]
        if (word_start > 0 and text[word_start - 1].isalnum()) or len(prefix) > _MAX_PREFIX or any(
                c not in vocab.joined_prefixes for c in prefix) or text[start].isascii():
            return False
    if end < len(text) and text[end].isalnum() and not _unspaced(text[end - 1], text[end]):
        word_end = end
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        if text[end - 1].isascii() or not _particles(text[end:word_end], vocab.joined_suffixes,
                                                      _MAX_SUFFIXES):
            return False
    for word in vocab.joined_words:
        at = text.find(word, max(0, start - len(word)), end + len(word))
        if at != -1 and at <= start and end <= at + len(word) and (at, end - start) != (start, len(word)):
            return False
    return True
