"""One character mapping for names and running text, with offsets kept.

Free text is searched after a mapping of each character - to lowercase ASCII
(through ``anyascii``), apostrophes and combining marks removed, punctuation to a space
- and after runs of spaces are collapsed; :class:`Folded` keeps the breakpoints to map
a position in the folded text back to the original characters. Names are put through
the same mapping (:func:`fold`) so that an automaton of names matches the folded text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from anyascii import anyascii

from singlelist.match.normalize import (
    APOSTROPHES,
    INDIC_WORD,
    MYANMAR_WORD,
    THAI_WORD,
    indic_word,
    myanmar_word,
    thai_word,
)

_TABLE: dict[int, str] = {}
_SPACES = re.compile(r" {2,}")
_KNOWN: set[str] = set()
_IRREGULAR: set[str] = set()  # characters mapped to more or fewer than one


# Arabic and Hebrew script are matched as written (a transliteration would cut words
# apart where a letter has no Latin value: alef, ayn), with their letter variants (and
# Hebrew's final forms) made one
_ABJAD_BLOCKS = ((0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                 (0xFB1D, 0xFB4F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ABJAD_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي",
                   "ؤ": "و", "ة": "ه", "ک": "ك", "ـ": "",
                   "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}


def _abjad_char(char: str) -> str | None:
    """The folded form of a character of Arabic or Hebrew script, or None for others."""
    code = ord(char)
    if not any(low <= code <= high for low, high in _ABJAD_BLOCKS):
        return None
    folded = "".join(_ABJAD_VARIANTS.get(c, c) for c in unicodedata.normalize("NFKC", char))
    if folded.isdigit():
        return str(unicodedata.digit(folded[0])) if len(folded) == 1 else folded
    letters = "".join(c for c in folded if c.isalpha())
    return letters or ("" if unicodedata.category(char)[0] in "MLC" else " ")


def _map_char(char: str) -> str:
    if char in APOSTROPHES:
        return ""
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    if unicodedata.category(char).startswith("M"):  # a combining mark
        return ""
    abjad = _abjad_char(char)
    if abjad is not None:
        return abjad
    mapped = "".join(c for c in anyascii(char).lower() if c.isalnum() and c.isascii())
    if not mapped and unicodedata.category(char).startswith("L"):
        return ""  # a letter without a Latin value is part of its word (the ь of Роснефть)
    return mapped or " "


def _table_for(chars: set[str]) -> dict[int, str]:
    for char in chars.difference(_KNOWN):
        _TABLE[ord(char)] = _map_char(char)
        _KNOWN.add(char)
        if len(_map_char(char)) != 1:
            _IRREGULAR.add(char)
    return _TABLE


# words of Indic scripts, Thai and Burmese, read whole
_READ_WHOLE = re.compile(f"(?P<indic>{INDIC_WORD.pattern})|(?P<thai>{THAI_WORD.pattern})"
                         f"|(?P<myanmar>{MYANMAR_WORD.pattern})")
_READERS = {"indic": indic_word, "thai": thai_word, "myanmar": myanmar_word}


def _word_reading(word: str, script: str) -> str:
    """A word of an Indic script, Thai or Burmese as folded text: its reading's letters
    (and the spaces between the syllables of a Burmese word: each a word of a name)."""
    reading = _READERS[script](word)
    return "".join(c for c in reading.lower() if c.isalnum() and c.isascii() or c == " ")


class Folded:
    """Text put through the character mapping, with a map back to original offsets."""

    __slots__ = ("text", "_maps", "_original")

    def __init__(self, original: str) -> None:
        chars = set(original)
        table = _table_for(chars)
        # level 1: characters whose mapping is not one character long, and words of
        # Indic scripts, Thai and Burmese (read whole: their vowels depend on the letters
        # around)
        norm_points, orig_points, widths = [0], [0], [1]
        irregular = chars & _IRREGULAR
        whole = _READ_WHOLE.search(original) is not None
        if irregular or whole:
            alternatives = [_READ_WHOLE.pattern] if whole else []
            if irregular:
                alternatives.append("[" + "".join(re.escape(c) for c in irregular) + "]")
            pattern = re.compile("|".join(alternatives))
            shift = 0
            values = []
            for match in pattern.finditer(original):
                pos, end = match.span()
                value = _word_reading(match.group(0), match.lastgroup) if match.lastgroup else table[
                    ord(original[pos])]
                values.append(value)
                norm_at = pos + shift
                norm_points += [norm_at, norm_at + len(value)]
                orig_points += [pos, end]
                widths += [len(value), 1]
                shift += len(value) - (end - pos)
        if whole:  # (the words read whole, then every other character mapped)
            read = iter(values)
            mapped = pattern.sub(lambda _match: next(read), original).translate(table)
        else:
            mapped = original.translate(table)
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
        self._original = original
        self._maps = (space_norm, space_orig, norm_points, orig_points, widths)

    def _segment(self, position: int) -> tuple[int, int]:
        """(number of the mapped segment, position without collapsed spaces) of
        character ``position`` of the folded text."""
        space_norm, space_orig, norm_points, _orig_points, _widths = self._maps
        i = bisect_right(space_norm, position) - 1
        position = space_orig[i] + (position - space_norm[i])
        return bisect_right(norm_points, position) - 1, position

    def original_offset(self, position: int) -> int:
        """The offset in the original text of character ``position`` of the folded text
        (a character produced by transliterating one original character, or one word of
        an Indic script, maps to its start)."""
        j, position = self._segment(position)
        _space_norm, _space_orig, norm_points, orig_points, widths = self._maps
        if widths[j] != 1:
            return orig_points[j]
        return orig_points[j] + (position - norm_points[j])

    def original_end(self, end: int) -> int:
        """The offset in the original text just after the folded text's characters
        before ``end`` (after the whole character or word the last of them is read from)."""
        j, position = self._segment(end - 1)
        _space_norm, _space_orig, norm_points, orig_points, widths = self._maps
        if widths[j] != 1:
            return orig_points[j + 1]
        after = orig_points[j] + (position - norm_points[j]) + 1
        # letters and marks read as nothing right after it are the word's (Роснефть)
        k = j + 1
        while k + 1 < len(norm_points) and widths[k] == 0 and orig_points[k] == after and (
                unicodedata.category(self._original[after])[0] in "LM"
                and self._original[after] not in APOSTROPHES):
            after = orig_points[k + 1]
            k += 2
        return after


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """A name or a text through the character mapping (what the automaton matches)."""
    return " ".join(Folded(text).text.split())
