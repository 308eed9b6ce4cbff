"""Whether a word is an ordinary word of a language: frequent in ordinary text by
wordfreq's counts, in one of the languages the vocabulary names (``frequent_words`` of
common_words.yml). The curated common words cover names' words; this covers the rest of
a language (a company called Progress or September)."""

from __future__ import annotations

import math
from functools import lru_cache

from singlelist.match.vocabulary import Vocabulary


def frequent_word(word: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` (in lower case) is at least ``vocab.frequent_per_million`` times
    in a million words of one of ``vocab.frequent_languages``."""
    return bool(_frequencies(word, vocab.frequent_languages, vocab.frequent_per_million))


def home_language(word: str, vocab: Vocabulary) -> str | None:
    """The language of ``vocab.frequent_languages`` that ``word`` (in lower case) is the
    most frequent in, when it is a frequent word (see :func:`frequent_word`) at all."""
    frequencies = _frequencies(word, vocab.frequent_languages, vocab.frequent_per_million)
    return max(frequencies, key=frequencies.__getitem__) if frequencies else None


@lru_cache(maxsize=100_000)
def _frequencies(word: str, languages: tuple[str, ...], per_million: float) -> dict[str, float]:
    """The Zipf frequency of a word in each language it is frequent in."""
    if not languages:
        return {}
    from wordfreq import zipf_frequency  # (its word lists load on first use)

    # wordfreq's small lists hold the words at least once in a million (Zipf 3)
    wordlist = "small" if per_million >= 1 else "best"
    least = math.log10(per_million) + 3
    try:
        zipfs = {language: zipf_frequency(word, language, wordlist=wordlist) for language in languages}
    except LookupError as error:  # a language wordfreq has no counts of
        raise ValueError(f"vocabulary frequent_words: {error}") from None
    return {language: zipf for language, zipf in zipfs.items() if zipf >= least}
