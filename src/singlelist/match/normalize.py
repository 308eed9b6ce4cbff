"""Name normalisation: from any script and spelling to comparable Latin keys.

Three levels, each coarser than the one before:

* :func:`clean` - NFKC, case folding, quote marks and punctuation, transliteration of
  every script to lowercase ASCII (Arabic-script through our own letter table, which
  keeps long vowels and splits the article; everything else through ``anyascii``).
* :func:`phonetic` - one token folded so that common transliteration variants meet:
  ``dzh``/``dj``/``dsch``/``zh`` -> ``j``, ``kh`` -> ``h``, ``ou``/``oo`` -> ``u``,
  ``sh``/``ch``/``sz``/``cz`` -> ``s``, ``q``/``c`` -> ``k`` (``c`` before e/i/y -> ``s``),
  ``w`` -> ``v``, vowels to ``a``/``i``/``u``, ``-ah``/``-at`` -> ``-a``, doubled letters
  collapsed.
* :func:`skeleton` - the consonants of a phonetic key, to compare with names written in
  Arabic, Persian or Hebrew script, which leave short vowels out.

Particles (articles ``al-``/``el-``/``ash-``..., izafe ``-e-``/``-i-``, function words) and
connectors of person names (``bin``/``ibn``/``ben``, ``abu``/``abou``, ``abd al``/``abdul``) are
recognised through :mod:`singlelist.match.vocabulary` data.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# --- quote marks and punctuation -------------------------------------------------------

# Characters that stand inside words for an apostrophe, ayn or hamza: removed.
APOSTROPHES = "'`´ʹʻʼʽʾʿˈ‘’‚‛′＇"
_APOSTROPHE_TABLE = {ord(c): None for c in APOSTROPHES}

# --- Arabic script -----------------------------------------------------------------------

# One Latin value per letter, chosen after the common English transliterations of names.
# Long vowels (alef, waw, ya) are written; short vowels are usually absent in names.
_ARABIC_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ى": "a", "ـ": "",
    # Persian / Urdu / Pashto additions
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y", "ۍ": "ai", "ې": "e",
    "ہ": "h", "ۂ": "a", "ۃ": "a", "ھ": "h", "ے": "e", "ٹ": "t", "ڈ": "d", "ڑ": "r",
    "ں": "n", "ٶ": "u", "ځ": "dz", "څ": "ts", "ډ": "d", "ړ": "r", "ږ": "zh", "ښ": "kh",
    "ګ": "g", "ڼ": "n", "ڤ": "v", "ڨ": "g", "ڭ": "ng",
    # harakat (short vowels) when they are written
    "\u064e": "a", "\u0650": "i", "\u064f": "u", "\u0652": "", "\u064b": "", "\u064c": "",
    "\u064d": "", "\u0670": "a", "\u0653": "", "\u0654": "", "\u0655": "",
}
_ARABIC_SHADDA = "\u0651"
_ARABIC_VOWEL_LETTERS = set("اأإآٱ\u064e\u0650\u064f")
_ARABIC_WAW = set("وۊۋ")
_ARABIC_YA = set("يیىۍېئ")
_ARABIC_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_ARABIC_DIGITS.update({chr(0x06F0 + i): str(i) for i in range(10)})
ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
# the article, alone or after "and" (other attached prepositions would split foreign
# names such as Valdomiro or Baldwin)
# (with the letters that must follow: a foreign name may start with وال, Wallot, Waldo)
_ARTICLE_PREFIXES = (("وال", "wa al ", 3), ("ال", "al ", 2))


# (Urdu writes the final h of Allah with its own letter: اللہ)
# and names that start with the letters of the article (Elias, Elham)
_FIXED_WORDS = {"الله": "allah", "لله": "lillah", "بالله": "billah", "اللہ": "allah",
                "للہ": "lillah", "الياس": "ilyas", "الیاس": "ilyas", "الهام": "elham"}
# Persian and Urdu read four Arabic letters otherwise (رضا Reza, ذاکر Zaker, ثابت Sabet);
# a text with a letter of their own alphabets (پ چ ژ گ ک ی, Urdu ہ ے ٹ ڈ ڑ) is read so
_PERSIAN_LETTERS = re.compile("[پچژگکیۀےہٹڈڑ]")
_PERSIAN_READINGS = {"ض": "z", "ذ": "z", "ظ": "z", "ث": "s"}
# Letters after which an "h" would be read as a digraph (t+h is not th): a vowel goes between.
_DIGRAPH_FIRST = set("tskdgzcpj")
_FINAL_VOWEL_H = set("ہۂ")
_AFTER_CONSONANT_H = set("اآو")  # a final he after them is an h (شاه Shah, کوه Kuh)


def _arabic_word(word: str, persian: bool = False) -> str:
    """Transliterate one Arabic-script word (article split off, long vowels kept), in
    the Persian readings when ``persian``."""
    word = unicodedata.normalize("NFKC", word)
    if word in _FIXED_WORDS:
        return _FIXED_WORDS[word]
    if word.startswith("عبدال") and len(word) > 6:
        # Abd al- written joined to the name after it (عبدالولی abd al-wali, عبدالله)
        return "abd " + _arabic_word(word[3:], persian)
    if word.startswith(("أبوال", "ابوال")) and len(word) > 6:
        # and Abu al- (أبواليزيد abu al-yazid, ابوالفضل abu al-fazl)
        return "abu " + _arabic_word(word[3:], persian)
    prefix = ""
    for arabic, latin, after in _ARTICLE_PREFIXES:
        if word.startswith(arabic) and len(word) >= len(arabic) + after:
            prefix, word = latin, word[len(arabic):]
            break
    out: list[str] = []
    n = len(word)
    for i, char in enumerate(word):
        nxt = word[i + 1] if i + 1 < n else ""
        if char == _ARABIC_SHADDA:
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        if char in _ARABIC_WAW:
            # consonantal w at the start or before a vowel, else the long vowel u
            out.append("w" if i == 0 or nxt in _ARABIC_VOWEL_LETTERS else "u")
            continue
        if char in _ARABIC_YA:
            if char == "ى" and not nxt:
                out.append("a")
            elif char == "ئ":
                out.append("i")
            else:
                out.append("y" if i == 0 or nxt in _ARABIC_VOWEL_LETTERS else "i")
            continue
        if char in _ARABIC_DIGITS:
            out.append(_ARABIC_DIGITS[char])
            continue
        if char == "ع" and (i == 0 or nxt and out and out[-1] and out[-1][-1] not in "aiu" and (
                _ARABIC_LETTERS.get(nxt, "")[:1] == out[-1][-1])):
            # an initial ayn carries a vowel in Latin spellings, and so does one between
            # two of the same consonant (معمر: Muammar, not one m)
            out.append("a")
            continue
        if not nxt and (char in _FINAL_VOWEL_H or persian and char == "ه" and i > 1 and (
                word[i - 1] not in _AFTER_CONSONANT_H)):
            out.append("a")  # (Persian too writes a final vowel with he: هنیه Haniye)
            continue
        latin = (persian and _PERSIAN_READINGS.get(char)) or _ARABIC_LETTERS.get(char)
        latin = anyascii(char) if latin is None else latin
        if latin.startswith("h") and out and out[-1] and out[-1][-1] in _DIGRAPH_FIRST:
            latin = "a" + latin
        out.append(latin)
    return prefix + "".join(out)


# a zero-width non-joiner before an Arabic article: two words of an Arabic compound
# (خاتم‌الانبیا, Khatam al-Anbiya), not a suffix of one (خامنه‌ای); Allah stays joined
# (روح‌الله, Ruhollah)
_ZWNJ_ARTICLE = re.compile("\u200c(?=ال(?!له))")
# the Persian suffix -i after a final he, written with a space where a non-joiner belongs
# (خامنه ای for خامنه‌ای): one word
_SPACED_PERSIAN_SUFFIX = re.compile("(?<=ه)[ \u00a0](?=ای(?![\u0600-\u06ff]))")


def _arabic(text: str) -> str:
    persian = _PERSIAN_LETTERS.search(text) is not None
    if "\u200c" in text:
        text = _ZWNJ_ARTICLE.sub(" ", text)
    if persian and ("ه ای" in text or "ه\u00a0ای" in text):
        text = _SPACED_PERSIAN_SUFFIX.sub("\u200c", text)
    return ARABIC_WORD.sub(lambda m: _arabic_word(m.group(0), persian), text)


# --- Hebrew script ------------------------------------------------------------------------

# One Latin value per letter, as names are transliterated from Hebrew (anyascii's are
# those of Israeli Hebrew words: bet without its dot v, vav v, het h): alef stands for
# an a in foreign names (דאעש Da'ish, אוסאמה Usama), ayin for nothing but a vowel first,
# vav and yod are vowels inside a word, a final he is an -a.
_HEBREW_LETTERS = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "kh", "ט": "t",
    "כ": "k", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "q", "ר": "r", "ש": "sh",
    "ת": "t",
}
# a geresh after a letter makes a foreign sound (ג׳ j, ז׳ zh, צ׳ ch)
_HEBREW_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th", "ד": "dh", "ח": "kh"}
# (a geresh as the keyboard writes it, an apostrophe: ג'ורג' George, אברמוביץ' Abramovich)
_HEBREW_APOSTROPHE = re.compile(r"(?<=[\u05d0-\u05ea])['’]")
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
_HEBREW_GERSHAYIM = re.compile(r"(?<=[\u05d0-\u05ea])[\"״”](?=[\u05d0-\u05ea])")
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea\u05f0-\u05f4\u05b0-\u05c7'׳]+")


_DAGESH, _RAFE, _HOLAM = "\u05bc", "\u05bf", "\u05b9"
_BEFORE_H = frozenset("kstdgpzc")  # Latin letters that make a digraph with an h after them
# letters read otherwise with a rafe (or without a dagesh, where points are written)
_HEBREW_SOFT = {"ב": "v", "פ": "f", "כ": "kh"}


def _hebrew_word(word: str) -> str:
    """Transliterate one Hebrew word; of its points, a rafe (or dagesh) on bet, kaf, pe
    and a holam or shuruk on vav are read."""
    letters: list[tuple[str, str]] = []  # (letter or geresh, its points)
    for char in word:
        if "\u05d0" <= char <= "\u05ea" or char in "'׳":
            letters.append((char, ""))
        elif letters:
            letters[-1] = (letters[-1][0], letters[-1][1] + char)
    if [c for c, _p in letters] == ["א"]:
        return "al"  # the Arabic article as Hebrew writes it before a sun letter (א-נוסרה)
    out: list[str] = []
    for i, (char, points) in enumerate(letters):
        if char in "'׳":
            continue
        nxt = letters[i + 1][0] if i + 1 < len(letters) else "-"
        if nxt in "'׳" and char in _HEBREW_GERESH:
            out.append(_HEBREW_GERESH[char])
        elif char in _HEBREW_SOFT and _RAFE in points:
            out.append(_HEBREW_SOFT[char])
        elif char == "ו":  # vav: a consonant first or doubled, else the vowel u (or o)
            out.append("o" if _HOLAM in points else "u" if _DAGESH in points
                       else "v" if i == 0 or nxt == "ו" else "" if letters[i - 1][0] == "ו"
                       else "u")
        elif char == "י":  # yod: a consonant first or before a vowel letter, else i
            out.append("y" if i == 0 or nxt in "אוע" else "i")
        elif char == "ה" and nxt == "-" and i > 0:
            out.append("a")  # a final he ends in a vowel (-ah)
        elif char == "ה" and out and out[-1][-1:] in _BEFORE_H:
            out.append("ah")  # (not a digraph with the letter before: כהן Kohen, not khn)
        elif char in "אע" and i == 0:
            out.append("a")  # a word's first alef or ayin carries a vowel (אל al)
        else:
            out.append(_HEBREW_LETTERS.get(char, ""))
    return "".join(out)


_HEBREW_MIDDLE_VAV = re.compile(r"(?<=[\u05d0-\u05ea])ו(?=[\u05d0-\u05e9\u05ea])(?<!וו)(?!ו)")
_HEBREW_SOFT_LETTER = re.compile(r"(?<=[\u05d0-\u05ea])([בפכ])(?![\u05b0-\u05c7])")
_HEBREW_FIRST_PE = re.compile(r"(?<![\u05d0-\u05ea])פ(?![\u05b0-\u05c7])")  # (Federman)


def other_readings(text: str) -> list[str]:
    """Other ways to read a name written in a script that leaves sounds or word breaks
    out: in Hebrew, bet, kaf and pe inside a word as v, kh and f and a vav between
    consonants as v (שרביט Sharvit, פדרמן Federman, לוי Levi), where the first reading
    serves names from Arabic (חיזבאללה Hizballah, טליבאן Taliban); in Chinese and Korean,
    the syllables of a foreign name as one word (塔利班 Taliban, 하마스 Hamas; three at
    least), where the first reading serves their own names (习近平 Xi Jin Ping); in Devanagari, ज and फ as
    z and f (हाफिज Hafiz); in Burmese, a word's syllables as one word (ဟာဆန် Hasan).
    Empty for other text."""
    readings = []
    if "ア" in text:
        text = katakana_articles(text)
    if _HEBREW_LETTER.search(text):
        soft = _HEBREW_SOFT_LETTER.sub(lambda m: m.group(1) + _RAFE, text)
        soft = _HEBREW_FIRST_PE.sub("פ" + _RAFE, soft)
        readings.append(_HEBREW_MIDDLE_VAV.sub("וו", soft))
    if any(len(m.group(0)) >= _LOAN_SYLLABLES_MIN for m in _SYLLABLE_RUN.finditer(text)):
        readings.append(_SYLLABLE_RUN.sub(lambda m: f" {_loan_word(m.group(0))} ", text))
        other = _SYLLABLE_RUN.sub(lambda m: f" {_loan_word(m.group(0), True)} ", text)
        if other != readings[-1]:
            readings.append(other)
    if _KATAKANA_WORD.search(text):
        readings.append(_KATAKANA_WORD.sub(lambda m: katakana_word(m.group(0)), text))
        other = _KATAKANA_WORD.sub(lambda m: katakana_word(m.group(0), other_sounds=True), text)
        if other != readings[-1]:
            readings.append(other)
    if _INDIC_UNDOTTED.search(text):
        readings.append(_INDIC_UNDOTTED.sub(lambda m: m.group(0) + "\u093c", text))
    if MYANMAR_WORD.search(text):
        readings.append(MYANMAR_WORD.sub(lambda m: f" {myanmar_word(m.group(0), loan=True)} ", text))
    readings.extend(_korean_in_cyrillic(text))
    readings.extend(_chinese_in_cyrillic(text))
    return readings


# the Arabic article as Japanese writes it before a name's word: アル (al), and アッ, アン
# (as-, an-) before a double hyphen (アル＝バグダーディー al-Baghdadi, アン＝ヌスラ an-Nusra;
# NFKC makes the full-width ＝ an equals sign)
_KATAKANA_ARTICLE = re.compile(r"(?<![\u30a1-\u30fa\u30fc])(?:アル[=＝゠・]|ア[ッン][=＝゠])")


def katakana_articles(text: str) -> str:
    """The Arabic article written in katakana before a word read as ``al``."""
    return _KATAKANA_ARTICLE.sub("al ", text)


# Japanese writes a foreign name in katakana with a vowel after each consonant (ラムザン
# ramuzan, カディロフ kadeirofu: Ramzan Kadyrov): read back, a small vowel replaces the
# one before it (ディ di, ショ sho), and u (o after t and d) after a consonant is dropped
# before another consonant or at the end - but in a word's first syllable (ルカシェンコ
# Rukashenko) and before a long mark (プー pu)
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_KATAKANA_SMALL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu",
                   "ョ": "yo"}
_KATAKANA_ADDED_VOWEL = re.compile(r"^([bcdfghjklmnprstvwz]+)[uo]$")


# sounds katakana writes with the letters of others, in a foreign name: チ chi for ti
# (プーチン Putin), ジェ je for de (メドヴェージェフ Medvedev), b for v (ラブロフ Lavrov),
# a final フ f for v (カディロフ Kadyrov)
_KATAKANA_OTHER_SOUNDS = {"chi": "ti", "je": "de", "ba": "va", "bi": "vi", "bu": "vu", "be": "ve",
                          "bo": "vo", "b": "v"}


def katakana_word(word: str, other_sounds: bool = False) -> str:
    """A foreign name in katakana as the name has it (ラムザン ramzan); with
    ``other_sounds``, its letters read as the sounds katakana writes with them in
    foreign names (プーチン puchin: putin)."""
    syllables: list[list] = []  # [letters, said long]
    for char in word:
        if char in _KATAKANA_SMALL and syllables:
            consonant = syllables[-1][0].rstrip("aeiou")
            vowel = _KATAKANA_SMALL[char]
            if vowel[0] == "y" and (not consonant or consonant.endswith(("sh", "ch", "j"))):
                vowel = vowel[1:]
            syllables[-1] = [consonant + vowel, False]
        elif char == "ー":
            if syllables:
                syllables[-1][1] = True
        elif char != "ッ":  # (a doubled consonant is one in a name)
            syllables.append([anyascii(char).lower(), False])
    out = []
    for at, (letters, long_) in enumerate(syllables):
        following = syllables[at + 1][0] if at + 1 < len(syllables) else ""
        added = _KATAKANA_ADDED_VOWEL.match(letters)
        if at and added and not long_ and following[:1] not in ("a", "e", "i", "o", "u") and (
                letters[-1] == "u" or added.group(1) in ("t", "d")):
            letters = added.group(1)
        if other_sounds:
            letters = _KATAKANA_OTHER_SOUNDS.get(letters, letters)
            if letters == "f" and at == len(syllables) - 1:
                letters = "v"
        out.append(letters)
    return "".join(out)


# Hindi often leaves out the dot (nukta) of the sounds of Persian and Arabic names: ज j
# is z and फ ph is f (हाफिज Hafiz); read both ways
_INDIC_UNDOTTED = re.compile("[जफ](?!\u093c)")


# Korean names as Russian writes them (the Kontsevich system): Ким Чен Ын is Kim Jong
# Un, Чхве Сон Хи Choe Son Hui, Ли Ён Хо Ri Yong Ho. A name of short words whose first
# is a Korean family name is also read as the lists romanise Korean: чх ch, чж and ч j,
# ы u, э ae, е and ё o and yo, ве oe, a final р l (Ким Ир Сен: Kim Il Sung), Ли Ri as
# North Korea writes it; a final н after o is n or ng (Сон Son, Чон Jong), both read
_KOREAN_FAMILY_NAMES = frozenset({
    "ким", "ли", "ри", "пак", "чхве", "чон", "чжон", "чо", "чан", "хан", "кан", "ко", "со",
    "юн", "ян", "хван", "хон", "рю", "ро", "о", "нам", "мун", "пэк", "пён", "сон", "син",
    "квон", "ан", "чу", "ха", "ом", "хо", "ку", "ю", "пан", "сим", "тхэ", "чи", "мин", "пэ"})
# the family name such a name starts with in running Russian, capitalised, and a word
# after it
KOREAN_CYRILLIC_NAME = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((n.capitalize() for n in _KOREAN_FAMILY_NAMES), key=len,
                                      reverse=True))
    + r")[ -][А-ЯЁ]")
_KOREAN_CYRILLIC = (("чж", "j"), ("чх", "ch"), ("тх", "t"), ("пх", "p"), ("кх", "k"),
                    ("ль", "l"), ("ве", "oe"), ("ч", "j"), ("ы", "u"), ("э", "ae"), ("ё", "yo"),
                    ("е", "o"), ("ю", "yu"), ("я", "ya"), ("й", "i"), ("в", "w"), ("х", "h"))
_KOREAN_SOUNDS = re.compile("|".join(a for a, _b in _KOREAN_CYRILLIC))
_KOREAN_LATIN = dict(_KOREAN_CYRILLIC)
_KOREAN_FINAL_ON = re.compile(r"on\b")
_KOREAN_FINAL_R = re.compile(r"р\b")
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def _korean_in_cyrillic(text: str) -> list[str]:
    """A Korean name written in Cyrillic, read as the lists romanise Korean (with a
    final -on as -on and as -ong), or nothing."""
    words = text.lower().replace("-", " ").split()
    if not 2 <= len(words) <= 4 or words[0] not in _KOREAN_FAMILY_NAMES or any(
            len(w) > 5 or not CYRILLIC_WORD.fullmatch(w) for w in words):
        return []
    read = [_KOREAN_SOUNDS.sub(lambda m: _KOREAN_LATIN[m.group(0)], _KOREAN_FINAL_R.sub("l", w))
            for w in words]
    if read[0] == "ли":
        read[0] = "ri"
    as_n = anyascii(" ".join(read))
    as_ng = _KOREAN_FINAL_ON.sub("ong", as_n)
    return [as_n] if as_ng == as_n else [as_ng, as_n]


# Chinese names as Russian writes them (the Palladius system): Си Цзиньпин is Xi
# Jinping, Ли Фанвэй Li Fangwei, Ван И Wang Yi. A name of two or three words whose first
# is a Chinese family name is also read in pinyin: a final н is ng and нь n (Фан Fang,
# Вань Wan), чж zh, цз j or z, ц q or c, с x or s (before и, ю, я, е: Си Xi, Сы Si),
# ж r, х h, э e, ы i, ю, я, е iu, ia, ie after a consonant and you, ya, ye first, о uo
# after most consonants (Го Guo, Чжунго Zhongguo; Мо Mo, Чжоу Zhou)
_CHINESE_FAMILY_NAMES = frozenset({
    "ли", "ван", "чжан", "лю", "чэнь", "ян", "хуан", "чжао", "у", "чжоу", "сюй", "сунь", "ма",
    "чжу", "ху", "го", "хэ", "гао", "линь", "ло", "чжэн", "лян", "се", "сун", "тан", "хань",
    "фэн", "дэн", "цао", "пэн", "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян",
    "юй", "ду", "е", "чэн", "вэй", "су", "люй", "дин", "жэнь", "шэнь", "яо", "лу", "цзинь",
    "фан", "ши", "цзя", "си", "мэн", "бай", "кун", "вэнь", "мао", "цинь", "цянь", "лэй",
    "хоу", "шао", "ся", "цю", "ай", "ци", "чэ", "чай", "кан", "мо", "нин", "гу", "бао"})
_PALLADIUS = tuple((re.compile(a), b) for a, b in (
    (r"н(?![аеёиоуыэюяь])", "ng"), (r"нь(?=и)", "ny"), ("нь", "n"),
    ("чж", "zh"), (r"цз(?=[июяеё])", "j"), ("цз", "z"), (r"ц(?=[июяеё])", "q"), ("ц", "c"),
    (r"с(?=[июяеё])", "x"), ("ш", "sh"), ("ч", "ch"), ("ж", "r"), ("х", "h"), ("в", "w"),
    (r"^юй", "yu"), ("юй", "u"), (r"^юа", "yua"), ("юа", "ua"), (r"^юэ", "yue"), ("юэ", "ue"),
    (r"^юng", "yong"), ("юng", "iong"), (r"^юn", "yun"), ("юn", "un"), (r"^ю", "you"),
    ("ю", "iu"), (r"^я", "ya"), ("я", "ia"), (r"^е", "ye"), ("е", "ie"), (r"^и", "yi"),
    (r"^у", "wu"), ("уng", "ong"), (r"(?<=[гкдтнлhszcr])о(?!у)", "uo"), ("э", "e"),
    ("ы", "i"), ("й", "i")))


def _chinese_in_cyrillic(text: str) -> list[str]:
    """A Chinese name written in Cyrillic, read in pinyin, or nothing."""
    words = text.lower().replace("-", " ").split()
    if not 2 <= len(words) <= 3 or words[0] not in _CHINESE_FAMILY_NAMES or any(
            len(w) > 9 or not CYRILLIC_WORD.fullmatch(w) for w in words):
        return []
    read = []
    for word in words:
        for pattern, latin in _PALLADIUS:
            word = pattern.sub(latin, word)
        read.append(word)
    return [anyascii(" ".join(read))]


# a foreign sound written as a syllable: Korean adds eu after a consonant (스 seu: s,
# 즈 jeu: z), Chinese writes a final s as 斯 si
_LOAN_SYLLABLES = {"jeu": "z", "si": "s"}


def _loan_word(syllables: str, other_sounds: bool = False) -> str:
    """Syllables of a foreign name as one word: Chinese characters read as Chinese
    writes foreign sounds, Hangul (or both) a syllable at a time; with ``other_sounds``,
    Hangul's b and a final p as the v they write in foreign names (라브로프 labrop:
    Lavrov, 메드베데프 medbedep: Medvedev), an l before a vowel written twice once and
    without the vowel Korean adds before it (블라디미르 beulladimil: Vladimir)."""
    if HAN_RUN.fullmatch(syllables):
        return han_loan_word(syllables)
    word = "".join(_loan_syllable(c) for c in syllables)
    if other_sounds:
        word = word.replace("eul", "l").replace("ll", "l").replace("b", "v")
        word = word[:-1] + "v" if word.endswith("p") else word
    return word


def _loan_syllable(char: str) -> str:
    """One syllable of a foreign name, as the name has it (Revised Romanisation for
    Hangul, as loanwords are romanised: 탈레반 tal le ban)."""
    latin = anyascii(char).lower()
    latin = _LOAN_SYLLABLES.get(latin, latin)
    return latin[:-2] if latin.endswith("eu") and len(latin) > 2 else latin


# a word of four Hangul syllables or more in a person's name: a foreign name (Korean
# family and given names are one to three syllables)
_LONG_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{4,}")


def foreign_words_of_person(text: str) -> str:
    """A person's name with its long Hangul words read as foreign names, one word each
    (알자와히리 aljawahili: al-Zawahiri), not as Korean syllables (a i man al ja wa hi ri
    met Jae Il RI)."""
    return _LONG_HANGUL_WORD.sub(
        lambda m: "".join(_loan_syllable(c) for c in m.group(0)), text)


# --- Greek script --------------------------------------------------------------------------

# Greek writes foreign b, d, g, j, u as mp, nt, gk, tz, ou and kh as chi (Χεζμπολάχ
# Hezbollah, Κάιντα Qaida, Ταλιμπάν Taliban, Πούτιν Putin); anyascii reads them letter by
# letter (mp, nt, ch, oy)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_DIGRAPHS = re.compile(r"[μΜ][πΠ]|[νΝ][τΤ]|[γΓ][κΚ]|[τΤ][ζΖ]|[οΟ][υύΥΎ]|[χΧ]")
_GREEK_SOUNDS = {"μπ": "b", "ντ": "d", "γκ": "g", "τζ": "j", "ου": "u", "ού": "u", "χ": "kh"}
_GREEK_VOWELS = frozenset("αάεέηήιίοόωώΑΆΕΈΗΉΙΊΟΌΩΏ")


def _greek(text: str) -> str:
    """Greek text with its letter pairs for foreign sounds replaced by those sounds."""

    def sound(match: re.Match) -> str:
        written = match.group(0)
        latin = _GREEK_SOUNDS[written.lower()]
        if latin == "u" and text[match.end():match.end() + 1] in _GREEK_VOWELS:
            latin = "w"  # ου before a vowel writes w (Ζαουάχρι Zawahri, Ουάσιγκτον Washington)
        return latin.capitalize() if written[0].isupper() else latin

    return _GREEK_DIGRAPHS.sub(sound, text)


# --- Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
# Kannada, Malayalam) ---------------------------------------------------------------------

# Every block lays its letters out alike (offsets within the block of 128): consonants
# carry an inherent a unless a vowel sign or a virama follows, which anyascii leaves out
# (लश्कर lashkar, not lshkr; हाफिज hafij, not hphj). North Indian scripts drop it at the end
# of a word (मसूद Masud); the Dravidian ones end a word in a consonant with a virama.
INDIC_WORD = re.compile(r"[\u0900-\u0963\u0970-\u09e3\u09f0-\u0a63\u0a70-\u0ae3\u0af0-\u0b63"
                         r"\u0b70-\u0be5\u0bf0-\u0c63\u0c70-\u0ce3\u0cf0-\u0d63\u0d70-\u0d7f]+")
_INDIC_DRAVIDIAN = 0x0B80  # blocks from Tamil on keep a word's last inherent vowel
_INDIC_BENGALI = 0x0980
_BENGALI_O, _BENGALI_YYA = 0x13, 0x5F  # ও, য়
_INDIC_VOWEL_SIGNS = frozenset([*range(0x3E, 0x4E), 0x55, 0x56, 0x57, 0x62, 0x63])
_INDIC_NUKTA = 0x3C
_INDIC_VIRAMA = 0x4D
# a dot below (nukta) makes the sounds of Persian and Arabic loans (ज़ z, फ़ f, क़ q)
_INDIC_NUKTA_SOUNDS = {"j": "z", "ph": "f", "k": "q", "g": "gh", "d": "r", "dh": "rh"}
# anyascii's letters where names are written otherwise (श ष s: sh; च c: ch; छ ch: chh)
_INDIC_LETTERS = {0x36: "sh", 0x37: "sh", 0x1A: "ch", 0x1B: "chh"}
_INDIC_TAMIL = 0x0B80
_TAMIL_LETTERS = {0x37: "sh", 0x1A: "s"}  # (Tamil ச is mostly s: சுப்பிரமணியம் Subramaniam)
# a word's last consonant keeps its vowel after a cluster when it is y, r, l or v
# (मित्र Mitra, शुक्ल Shukla; but धर्म Dharm, नेटवर्क Network)
_INDIC_FINAL_A = frozenset((0x2F, 0x30, 0x32, 0x35))
_INDIC_YA = 0x2F  # and a y after an i (भारतीय Bharatiya; but अजय Ajay)
_INDIC_LABIALS = frozenset(range(0x2A, 0x2F))  # p ph b bh m: an anusvara before them is m


def _is_indic_consonant(offset: int) -> bool:
    return 0x15 <= offset <= 0x39 or 0x58 <= offset <= 0x5F


def indic_word(word: str) -> str:
    """One word of an Indic script in Latin letters, with its inherent vowels."""
    block = ord(word[0]) & ~0x7F
    offsets = [ord(c) & 0x7F for c in word]
    # (letters, is a vowel, is an inherent vowel) of the word's sounds
    sounds: list[tuple[str, bool, bool]] = []
    skip = -1
    for at, char in enumerate(word):
        offset = offsets[at]
        if offset == _INDIC_NUKTA or at <= skip:
            continue  # (read with its consonant)
        if block == _INDIC_BENGALI and offset == _BENGALI_O and _bengali_ya(offsets, at + 1):
            # ও and য় write w (জাওয়াহিরি Jawahiri, হাওয়া hawa)
            sounds.append(("w", False, False))
            skip = at + (1 if offsets[at + 1] == _BENGALI_YYA else 2)
            continue
        if offset in (0x01, 0x02):  # candrabindu, anusvara: a nasal
            following = offsets[at + 1] if at + 1 < len(word) else None
            if block == _INDIC_BENGALI and offset == 0x02:
                sounds.append(("ng", False, False))  # (বাংলাদেশ Bangladesh)
            else:
                sounds.append(("m" if following in _INDIC_LABIALS else "n", False, False))
            continue
        if not _is_indic_consonant(offset):
            latin = anyascii(char)
            sounds.append((latin, latin[:1] in ("a", "e", "i", "o", "u"), False))
            continue
        latin = (_TAMIL_LETTERS if block == _INDIC_TAMIL else _INDIC_LETTERS).get(
            offset) or anyascii(char)
        after = at + 1
        if after < len(word) and offsets[after] == _INDIC_NUKTA:
            latin = _INDIC_NUKTA_SOUNDS.get(latin, latin)
            after += 1
        sounds.append((latin, False, False))
        if after < len(word):
            if offsets[after] not in _INDIC_VOWEL_SIGNS:
                sounds.append(("a", True, True))
        elif block >= _INDIC_DRAVIDIAN or at == 0 or _keeps_last_vowel(offsets, sounds):
            sounds.append(("a", True, True))
    if block < _INDIC_DRAVIDIAN:
        sounds = _schwa_deleted(sounds)
    elif block == _INDIC_TAMIL:
        sounds = _tamil_voiced(sounds)
    return "".join(letters for letters, _vowel, _inherent in sounds)


# Tamil writes one letter for a voiceless stop and its voiced sound: voiced after a
# vowel, a nasal or r, l, y, voiceless at the start of a word and doubled (முருகன்
# Murugan, பிரபாகரன் Prabhakaran, மும்பை Mumbai)
_TAMIL_STOPS = {"k": "g", "t": "d", "p": "b"}
_TAMIL_VOICING = frozenset(("n", "m", "r", "l", "y"))


def _tamil_voiced(sounds: list[tuple[str, bool, bool]]) -> list[tuple[str, bool, bool]]:
    """A Tamil word's stops read voiced where Tamil speaks them voiced: after a vowel, a
    nasal or r, l, y and before a vowel (not before another consonant: பக்கம் pakkam)."""
    sounds = [sound for sound in sounds if sound[0]]  # (a virama reads nothing)
    voiced = list(sounds)
    for at in range(1, len(sounds) - 1):
        letters, vowel, _inherent = sounds[at]
        before = sounds[at - 1]
        if letters in _TAMIL_STOPS and sounds[at + 1][1] and (
                before[1] or before[0] in _TAMIL_VOICING):
            voiced[at] = (_TAMIL_STOPS[letters], vowel, False)
    return voiced


def _bengali_ya(offsets: list[int], at: int) -> bool:
    """A Bengali য় at ``at`` (one letter, or য and a nukta) before a vowel sign."""
    if at < len(offsets) and offsets[at] == _BENGALI_YYA:
        after = at + 1
    elif at + 1 < len(offsets) and offsets[at] == _INDIC_YA and offsets[at + 1] == _INDIC_NUKTA:
        after = at + 2
    else:
        return False
    return after < len(offsets) and offsets[after] in _INDIC_VOWEL_SIGNS


def _keeps_last_vowel(offsets: list[int], sounds: list[tuple[str, bool, bool]]) -> bool:
    """A North Indian word's last consonant that keeps its inherent vowel (चन्द्र Chandra,
    भारतीय Bharatiya)."""
    last = offsets[-1]
    if last in _INDIC_FINAL_A and offsets[-2] == _INDIC_VIRAMA:
        return True
    return last == _INDIC_YA and sounds[-2][0].endswith("i")


def _schwa_deleted(sounds: list[tuple[str, bool, bool]]) -> list[tuple[str, bool, bool]]:
    """Inherent vowels as North Indian languages leave them out: between a vowel and a
    consonant before, and a consonant and a vowel after (अज़हर azhar, not azahar;
    बगदादी Bagdadi), scanning from the end."""
    sounds = list(sounds)
    for at in range(len(sounds) - 3, 1, -1):
        letters, vowel, inherent = sounds[at]
        if inherent and not sounds[at - 1][1] and sounds[at - 2][1] and (
                not sounds[at + 1][1] and sounds[at + 2][1]):
            del sounds[at]
    return sounds


# --- Thai script ---------------------------------------------------------------------------

# Thai writes some vowels before the consonant they follow (เ e, แ ae, โ o, ใ ไ ai) and
# leaves others out: a consonant starting a syllable has an o before a consonant ending
# it (สม som), an a before one starting the next (สบาย sabai); อ starting a syllable is
# silent and after a consonant is o; ์ silences the letter before it. anyascii reads
# letter by letter (สมชาย smchay, not Somchai)
THAI_WORD = re.compile(r"[\u0e01-\u0e4e]+")
_THAI_LEADING = frozenset("เแโใไ")
_THAI_GLIDES = frozenset("รลว")  # second letters of a cluster (ปร pr, กล kl, กว kw)
_THAI_SILENCER = "\u0e4c"
_THAI_WRITTEN_UNSAID = {"ร": "r", "ห": "h", "ฮ": "h"}  # (kept in Latin letters: no syllable's)
# vowels written with several letters around their consonant, as they are once the
# leading one is after it (เลาะ lo, เรีย ria: ฮิซบอลเลาะห์ Hizbollah, ซีเรีย Syria)
_THAI_VOWEL_SEQUENCES = (("เาะ", "o"), ("เีย", "ia"), ("เือ", "uea"), ("เา", "ao"))


# aspirated k and p are written kh and ph, which other names read as h and f: Thai
# writes a foreign k and p with them (คาดีรอฟ Kadyrov)
_THAI_LETTERS = {"ข": "k", "ฃ": "k", "ค": "k", "ฅ": "k", "ฆ": "k", "ผ": "p", "พ": "p", "ภ": "p"}


def _thai_letter(char: str) -> str:
    return _THAI_LETTERS.get(char) or anyascii(char)


def _thai_consonant(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e"


def thai_word(word: str) -> str:
    """One word of Thai in Latin letters, its vowels where they are said."""
    chars = [c for c in word if not "\u0e47" <= c <= "\u0e4b" and c != "\u0e4d"]
    kept: list[str] = []
    for char in chars:
        if char == _THAI_SILENCER:
            # (but an r or h Thai leaves unsaid stands for the foreign letter it writes:
            # วากเนอร์ Wagner, อัลกออิดะห์ al-Qaidah)
            if kept and _thai_consonant(kept[-1]):
                kept[-1:] = _THAI_WRITTEN_UNSAID.get(kept[-1], "")
            continue
        kept.append(char)
    at = 0
    while at < len(kept) - 1:  # a leading vowel goes after its consonant (or cluster)
        if kept[at] in _THAI_LEADING and _thai_consonant(kept[at + 1]):
            size = 2 if at + 2 < len(kept) and kept[at + 2] in _THAI_GLIDES and (
                at + 3 < len(kept) and not _thai_consonant(kept[at + 3])) else 1
            kept[at:at + size + 1] = [*kept[at + 1:at + size + 1], kept[at]]
            at += size
        at += 1
    for written, said in _THAI_VOWEL_SEQUENCES:
        for at in range(len(kept) - len(written), -1, -1):
            if "".join(kept[at:at + len(written)]) == written:
                kept[at:at + len(written)] = [said]
    out: list[str] = []
    state = "coda"  # what the letter before was: a syllable's onset, vowel or coda
    for at, char in enumerate(kept):
        following = kept[at + 1] if at + 1 < len(kept) else ""
        after = kept[at + 2] if at + 2 < len(kept) else ""
        vowel_next = bool(following) and not _thai_consonant(following)
        # (อ before a vowel starts a syllable; before anything else it is a vowel)
        carrier_next = following == "อ" and bool(after) and not _thai_consonant(after)
        if char.isascii():  # (a vowel of several letters, or a letter unsaid ending a syllable)
            out.append(char)
            state = "vowel" if char[0] in "aeiou" else "coda"
            continue
        if not _thai_consonant(char):
            out.append(anyascii(char))
            state = "vowel"
            continue
        if state == "onset":
            if char == "อ" and not vowel_next:
                out.append("o")  # อ after a consonant is the vowel o
                state = "vowel"
                continue
            if char in _THAI_GLIDES and vowel_next:
                out.append(_thai_letter(char))  # a cluster (ปร pr, กล kl)
                continue
            out.append("a" if vowel_next or carrier_next else "o")  # the vowel unwritten
            state = "vowel"
        if state == "vowel" and not vowel_next and (following != "อ" or carrier_next):
            out.append(_thai_letter(char))  # ends the syllable
            state = "coda"
            continue
        if char == "อ" and vowel_next:
            state = "onset"  # a silent carrier of the vowel after it
            continue
        out.append(_thai_letter(char))
        state = "onset"
    return "".join(out)


# what follows a consonant in its syllable: vowel signs above and below it, tone marks,
# and the vowels written after it (ะ า ำ): no word ends before them
_THAI_FOLLOWING = frozenset([chr(0x0e31), *map(chr, range(0x0e34, 0x0e3b)),
                             *map(chr, range(0x0e47, 0x0e4f)), "ะ", "า", "ำ", "ๅ"])


def thai_word_cuts(text: str, words: frozenset[str]) -> list[int]:
    """Where words of ``words`` (as Thai writes them) begin and end inside the runs of
    Thai letters of ``text``, which writes no spaces between words: the longest first
    from the left (กลุ่มฮามาส: 5, after กลุ่ม, group). A word is not cut out of a syllable:
    none ends before a vowel or mark that follows its last letter, nor begins after a
    vowel written before its first."""
    lengths = sorted({len(w) for w in words}, reverse=True)
    cuts: set[int] = set()
    for run in THAI_WORD.finditer(text):
        at, end = run.start(), run.end()
        while at < end:
            size = 0
            if at == run.start() or text[at - 1] not in _THAI_LEADING:
                size = next((n for n in lengths if at + n <= end and text[at:at + n] in words
                             and (at + n == end or text[at + n] not in _THAI_FOLLOWING)), 0)
            if size:
                cuts.update((at, at + size))
                at += size
            else:
                at += 1
        cuts.discard(run.start())
        cuts.discard(run.end())
    return sorted(cuts)


def thai_syllable_start(text: str, at: int) -> bool:
    """Whether a syllable surely starts at ``at`` in Thai letters: a vowel written before
    its consonant, or a consonant with a vowel or mark of its own after it (not one
    ending the syllable before, nor one silenced)."""
    char = text[at]
    if char in _THAI_LEADING:
        return True
    if not _thai_consonant(char) or at > 0 and (
            text[at - 1] in _THAI_LEADING or text[at - 1] == "\u0e31"):
        return False
    return text[at + 1:at + 2] in _THAI_FOLLOWING and text[at + 1:at + 2] != _THAI_SILENCER


def thai_words_apart(text: str, words: frozenset[str]) -> str:
    """``text`` with a space before and after each word of ``words`` in its runs of Thai
    letters (see :func:`thai_word_cuts`)."""
    cuts = thai_word_cuts(text, words)
    if not cuts:
        return text
    return " ".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


# --- Burmese ------------------------------------------------------------------------------

# Burmese writes a name's syllables without spaces and the lists write each as a word
# (မင်းအောင်လှိုင် Min Aung Hlaing); a syllable is a consonant with its medials (ျ ြ y,
# ွ w, ှ h before it) and vowel signs, and a final consonant killed by ် (or stacked by
# ္) that makes its rhyme (ောင် aung, ိုင် aing, ိန် ein). anyascii reads letter by
# letter (mn'eanlhiun).
MYANMAR_WORD = re.compile(r"[\u1000-\u103f\u1050-\u109f]+")
_MYANMAR_INITIALS = dict(zip(
    "ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအဿ",
    ["k", "kh", "g", "g", "ng", "s", "s", "z", "z", "ny", "t", "ht", "d", "d", "n", "t", "ht",
     "d", "d", "n", "p", "ph", "b", "b", "m", "y", "y", "l", "w", "th", "h", "l", "", "th"],
    strict=True))
_MYANMAR_VOWELS = {"ဣ": "i", "ဤ": "i", "ဥ": "u", "ဦ": "u", "ဧ": "e", "ဩ": "aw", "ဪ": "aw"}
_MYANMAR_ASAT, _MYANMAR_VIRAMA, _MYANMAR_DOT, _MYANMAR_HIGH = "\u103a", "\u1039", "\u1037", "\u1038"
_MYANMAR_YA, _MYANMAR_RA, _MYANMAR_WA, _MYANMAR_HA = "\u103b", "\u103c", "\u103d", "\u103e"
# a syllable's vowel signs without a final; with one, by the final's class
_MYANMAR_OPEN = {"": "a", "ာ": "a", "ိ": "i", "ီ": "i", "ု": "u", "ူ": "u", "ေ": "e", "ဲ": "e",
                 "ော": "aw", "ို": "o", "ွ": "wa"}
_MYANMAR_CLOSED = {
    ("", "k"): "et", ("ို", "k"): "aik", ("ော", "k"): "auk", ("ွ", "k"): "wet",
    ("", "ng"): "in", ("ို", "ng"): "aing", ("ော", "ng"): "aung", ("ွ", "ng"): "win",
    ("", "t"): "at", ("ိ", "t"): "eik", ("ု", "t"): "ok", ("ွ", "t"): "ut",
    ("", "n"): "an", ("ိ", "n"): "ein", ("ု", "n"): "on", ("ွ", "n"): "un",
    ("", "l"): "an", ("ို", "l"): "o", ("", "it"): "it", ("", "i"): "i", ("", "in"): "in",
    ("", "e"): "e", ("", "aw"): "aw",
}
_MYANMAR_FINALS = {"က": "k", "ဂ": "k", "င": "ng", "စ": "it", "ဇ": "it", "ည": "i", "ဉ": "in",
                   "ဋ": "t", "ဍ": "t", "ဏ": "n", "တ": "t", "ဒ": "t", "ပ": "t", "ဗ": "t", "သ": "t",
                   "န": "n", "မ": "n", "ယ": "e", "လ": "l", "ဝ": "aw"}


def _myanmar_syllables(word: str) -> list[list[str]]:
    """The syllables of a Burmese word: [initial, medials, vowel signs, finals, tone]."""
    syllables: list[list[str]] = []
    at = 0
    while at < len(word):
        char = word[at]
        after = word[at + 1:at + 3].replace(_MYANMAR_DOT, "")[:1]
        if char in _MYANMAR_INITIALS or char in _MYANMAR_VOWELS:
            if syllables and after in (_MYANMAR_ASAT, _MYANMAR_VIRAMA):
                # killed, or stacked on the next one (a second one, as loans write a
                # cluster: ဟားမတ်စ် hamats, Hamas)
                syllables[-1][3] += char
                at += 1
                continue
            syllables.append([char, "", "", "", ""])
        elif syllables and char in (_MYANMAR_YA, _MYANMAR_RA, _MYANMAR_WA, _MYANMAR_HA):
            syllables[-1][1] += char
        elif syllables and char == "\u1036":  # anusvara: a final n
            syllables[-1][3] = syllables[-1][3] or "န"
        elif syllables and "\u102b" <= char <= "\u1035":
            syllables[-1][2] += "ာ" if char == "ါ" else char  # (ါ: ာ written otherwise)
        elif syllables and char in (_MYANMAR_DOT, _MYANMAR_HIGH):
            syllables[-1][4] = char  # (a tone)
        at += 1  # (an asat after a vowel sign, ော်: nothing said)
    return syllables


def myanmar_word(word: str, loan: bool = False) -> str:
    """A Burmese word in Latin letters as the lists write Burmese names, a syllable a
    word (မင်းအောင်လှိုင် min aung hlaing, မြင့်ဆွေ myint swe); ``loan``: as a foreign
    name Burmese writes by its sounds, its syllables one word and ရ an r (ဟာဆန်
    နာစရာလာ hasan nasarala, Hasan Nasrallah)."""
    out = []
    for initial, medials, vowel, final, tone in _myanmar_syllables(word):
        if initial in _MYANMAR_VOWELS:
            out.append(_MYANMAR_VOWELS[initial])
            continue
        onset = "r" if loan and initial == "ရ" else _MYANMAR_INITIALS[initial]
        if _MYANMAR_HA in medials:  # (ရှ sh, လှ hl, မှ hm)
            onset = "sh" if initial in "ရယ" or _MYANMAR_YA in medials and initial in "လသ" else "h" + onset
        if (_MYANMAR_YA in medials or _MYANMAR_RA in medials) and onset != "sh":
            onset = "ch" if initial in "ခဆ" else onset + "y"  # (ချစ် chit, ကြည် kyi)
        if _MYANMAR_WA in medials:
            if vowel:
                onset += "w"
            else:
                vowel = "ွ"  # (its rhyme: ထွန်း htun, လွင် lwin)
        final, cluster = final[:1], "".join(_MYANMAR_INITIALS.get(c, "") for c in final[1:])
        if final:
            kind = _MYANMAR_FINALS.get(final, "n")
            rhyme = _MYANMAR_CLOSED.get((vowel, kind)) or _MYANMAR_CLOSED.get(("", kind), "an")
            if vowel == "ွ" and (vowel, kind) not in _MYANMAR_CLOSED:
                onset += "w"
            if rhyme == "in" and tone == _MYANMAR_DOT:
                rhyme = "int"  # (မြင့် Myint)
        else:
            rhyme = _MYANMAR_OPEN.get(vowel, "a")
            if rhyme == "o" and tone == _MYANMAR_HIGH:
                rhyme = "oe"  # (စိုး Soe, မိုး Moe)
        out.append(onset + ("aye" if initial == "အ" and rhyme == "e" else rhyme) + cluster)  # (အေး Aye)
    return ("" if loan else " ").join(out)


_ABJAD = re.compile(r"[\u0590-\u08ff\ufb1d-\ufeff]")
# French and Italian elisions (l'Armée, d'Ouzbékistan, dell'Islam) separate two words
# an English possessive: the word without it
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b", re.IGNORECASE)
_ELISION = re.compile(r"(?<![^\W_])([ldjmnst]|qu|dell|all|nell)['’](?=[^\W\d_])", re.IGNORECASE)
# letters that transliterations of Slavic, Turkish and Romanian names spell with two
_DIACRITIC_DIGRAPHS = str.maketrans({
    # Belarusian short u stands where Russian writes v (Чарвякоў / Червяков, Паўлавіч)
    "ў": "v", "Ў": "V",
    "č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "đ": "dj", "ř": "rzh", "ş": "sh", "ș": "sh",
    "ç": "ch", "ț": "ts", "ţ": "ts", "Č": "Ch", "Ć": "Ch", "Š": "Sh", "Ž": "Zh", "Đ": "Dj",
    "Ř": "Rzh", "Ş": "Sh", "Ș": "Sh", "Ç": "Ch", "Ț": "Ts", "Ţ": "Ts",
    # the scholarly romanisations of Arabic and Persian (DMG, ISO 233, ALA-LC's
    # underlined letters): Ǧabhat an-Nuṣra, al-Ḥūṯī, Baġdādī, Ḫālid
    "ǧ": "j", "Ǧ": "J", "ḫ": "kh", "Ḫ": "Kh", "ẖ": "kh", "ḵ": "kh", "Ḵ": "Kh", "ṯ": "th",
    "Ṯ": "Th", "ḏ": "dh", "Ḏ": "Dh", "ġ": "gh", "Ġ": "Gh",
})
# a soft or hard sign before a vowel is a y sound (Мьо -> Myo, Дьедонне -> Dyedonne);
# anyascii writes it as an apostrophe, which would vanish
_CYRILLIC_SIGN_VOWEL = re.compile(r"[ьъЬЪ]([оОеЕёЁиИ])")
_SIGN_VOWELS = {"о": "yo", "е": "ye", "ё": "yo", "и": "yi"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


# Latin letters that look like Cyrillic ones, typed in Cyrillic names by mistake
# (Общество c ограниченной: a Latin c for the Cyrillic с, read k instead of s)
_HOMOGLYPHS = str.maketrans("AaBCcEeHKkMOoPpTXxYyIi", "АаВСсЕеНКкМОоРрТХхУуІі")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _cyrillic_homoglyphs(text: str) -> str:
    """Latin lookalikes read as the Cyrillic letters they stand for, in a word mixing
    the two scripts and in a one-letter Latin word of a Cyrillic name."""
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic <= len(_LATIN.findall(text)):
        return text  # a Latin name with a Cyrillic word, or half and half: as written

    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word.isascii():
            return word.translate(_HOMOGLYPHS) if len(word) == 1 else word
        return word.translate(_HOMOGLYPHS) if _LATIN.search(word) else word

    return _LETTERS.sub(fix, text)


# Hangul read as the lists write Korean names (McCune-Reischauer without its marks, as
# North Korea romanises: Kim Jong Un, Choe Ryong Hae, Pak Pong Ju), one syllable a word;
# anyascii's Revised Romanisation (Gim Jeong-eun) is far from what the lists write
_HANGUL_INITIALS = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj",
                    "ch", "k", "t", "p", "h")
_HANGUL_VOWELS = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo",
                  "u", "wo", "we", "wi", "yu", "u", "ui", "i")
_HANGUL_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
                  "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "")
# Han characters are syllables too: one a word (习近平: Xi Jin Ping, meeting Xi Jinping
# as words written together)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SYLLABLES = re.compile(f"[\uac00-\ud7a3{_HAN}]")
# a name in Chinese characters only (and the separators of a foreign name's parts)
_HAN_NAME = re.compile(f"[{_HAN}\\s·・.\\-]+")
# a foreign name as Chinese writes it: its parts parted by a middle dot (艾曼·扎瓦希里);
# in running Chinese, with the characters written on either side of it
MIDDLE_DOTS = "·・•‧"
DOTTED_HAN = re.compile(f"[{_HAN}]+(?:[{MIDDLE_DOTS}][{_HAN}]+)+")
# a foreign name in katakana, its parts parted by a middle dot (ウラジーミル・プーチン)
# what parts a foreign name's parts in Japanese: a middle dot or a double hyphen
# (アブ・バクル・アル＝バグダーディー)
KATAKANA_BREAKS = MIDDLE_DOTS + "＝゠"
DOTTED_KATAKANA = re.compile(f"[\u30a1-\u30fa\u30fc]+(?:[{KATAKANA_BREAKS}=][\u30a1-\u30fa\u30fc]+)+")
HAN_RUN = re.compile(f"[{_HAN}]+")
# Chinese writes a foreign consonant without a vowel as a syllable (斯 si: s, 克 ke: k,
# 尔 er: r), but at a part's start (德米特里 Dmitri is de-mi-te-li), and some syllables
# for other sounds than their pinyin (奥 ao: o, 加 jia: ga, 希 xi: hi)
_HAN_CONSONANTS = {"斯": "s", "克": "k", "德": "d", "特": "t", "夫": "f", "姆": "m", "尔": "r",
                   "卜": "b", "普": "p", "格": "g", "兹": "z", "茨": "ts", "赫": "h", "勒": "l",
                   "什": "sh", "弗": "f"}
_HAN_FIRST_CONSONANTS = frozenset("弗")  # (弗拉基米尔 Vladimir)
_HAN_SOUNDS = {"奥": "o", "戈": "go", "加": "ga", "希": "hi", "欣": "hin", "韦": "ve", "伊": "i",
               "易": "i"}
# pinyin letters for the foreign sounds they stand for: zh j, x s, q ch; a final ng n
# (桑 sang: San), ao and uo o (绍 shao: Sho, 罗 luo: ro), ei and ie e (梅 mei: Me, 谢
# xie: Se)
_PINYIN_FOREIGN = ((re.compile(r"^zh"), "j"), (re.compile(r"^x"), "s"), (re.compile(r"^q"), "ch"),
                   (re.compile(r"ng$"), "n"), (re.compile(r"[au]o$"), "o"),
                   (re.compile(r"(?:ei|ie)$"), "e"))


def han_loan_word(word: str) -> str:
    """A part of a foreign name in Chinese characters as the name has it (扎瓦希里
    jawahili: Zawahiri; 卡德罗夫 kadlof: Kadyrov)."""
    out: list[str] = []
    for at, char in enumerate(word):
        if char == "夫" and out and out[-1][-1] in "oe":
            out.append("v")  # (the Russian -ov, -ev: 卡德罗夫 Kadyrov; 代夫 Deif)
        elif char in _HAN_CONSONANTS and (at or char in _HAN_FIRST_CONSONANTS):
            out.append(_HAN_CONSONANTS[char])
        elif char in _HAN_SOUNDS:
            out.append(_HAN_SOUNDS[char])
        else:
            latin = anyascii(char).lower()
            for pattern, foreign in _PINYIN_FOREIGN:
                latin = pattern.sub(foreign, latin)
            out.append(latin)
    return "".join(out)


_SYLLABLE_RUN = re.compile(f"(?:{_SYLLABLES.pattern})+")
# syllables of a foreign name joined: three at least (塔利班 Taliban, 하마스 Hamas); two are
# a Chinese or Korean name far more often (梁欣 Liang Xin met LIANG SHENG as liangxin)
_LOAN_SYLLABLES_MIN = 3


def _syllable(match: re.Match) -> str:
    char = match.group(0)
    code = ord(char) - 0xAC00
    if 0 <= code < 11172:
        initial, rest = divmod(code, 588)
        vowel, final = divmod(rest, 28)
        char = _HANGUL_INITIALS[initial] + _HANGUL_VOWELS[vowel] + _HANGUL_FINALS[final]
    return f" {char} "


@lru_cache(maxsize=200_000)
def clean(text: str) -> str:
    """Lowercase ASCII words separated by single spaces, from text in any script.

    Apostrophes and ayn/hamza marks vanish (``Hay'at`` -> ``hayat``) except after a
    French or Italian elided article (``l'Armée`` -> ``l armee``); every other
    punctuation mark (hyphens, dots, brackets, « ») separates words.
    """
    text = _ELISION.sub(r"\1 ", unicodedata.normalize("NFKC", text))
    if "s" in text or "S" in text:
        text = _POSSESSIVE.sub("", text)  # ISIL's South Asia Branch, People's Army
    if _HEBREW_LETTER.search(text):
        text = _HEBREW_APOSTROPHE.sub("׳", text)
    text = text.translate(_APOSTROPHE_TABLE)
    if _NON_ASCII.search(text):
        if _CYRILLIC.search(text) and _LATIN.search(text):
            text = _cyrillic_homoglyphs(text)
        if "ア" in text:
            text = katakana_articles(text)
        text = text.translate(_DIACRITIC_DIGRAPHS)
        if "ь" in text or "ъ" in text or "Ь" in text or "Ъ" in text:
            text = _CYRILLIC_SIGN_VOWEL.sub(lambda m: _SIGN_VOWELS[m.group(1).lower()], text)
        if ARABIC_WORD.search(text):
            text = _arabic(text)
        if _HEBREW_LETTER.search(text):
            # gershayim (or a quote) between letters marks an acronym written as a word
            # (להב"ה Lehava, צה"ל): the word without it
            text = _HEBREW_GERSHAYIM.sub("", text)
            text = _HEBREW_WORD.sub(lambda m: _hebrew_word(m.group(0)), text)
        if _GREEK.search(text):
            text = _greek(text)
        if _SYLLABLES.search(text):
            if is_foreign_han_name(text):
                text = HAN_RUN.sub(lambda m: f" {han_loan_word(m.group(0))} ", text)
            else:
                text = _SYLLABLES.sub(_syllable, text)
        if INDIC_WORD.search(text):
            text = INDIC_WORD.sub(lambda m: indic_word(m.group(0)), text)
        if THAI_WORD.search(text):
            text = THAI_WORD.sub(lambda m: thai_word(m.group(0)), text)
        if MYANMAR_WORD.search(text):
            text = MYANMAR_WORD.sub(lambda m: f" {myanmar_word(m.group(0))} ", text)
        text = anyascii(text).translate(_APOSTROPHE_TABLE)
    return _NON_WORD.sub(" ", text.casefold()).strip()


# an Arabic article written joined to its word (Alotaibi, Ashshami)
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|at|az|an|ash|ad|ed|er|es|et|ez)(?=[a-z]{4})")


@lru_cache(maxsize=100_000)
def article_end(word: str) -> int:
    """Where a cleaned word's joined Arabic article ends (``alhashemi``: 2), or 0."""
    match = _JOINED_ARTICLE.match(word)
    return match.end() if match else 0


def tokens(text: str) -> list[str]:
    """The cleaned words of ``text``."""
    return clean(text).split()


def is_cyrillic(text: str) -> bool:
    """True when ``text`` has a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def is_abjad(text: str) -> bool:
    """True when ``text`` is written in a script that omits short vowels."""
    return bool(_ABJAD.search(text))


def is_syllabic(text: str) -> bool:
    """True when ``text`` has Hangul or Chinese characters (read a syllable a word)."""
    return bool(_SYLLABLES.search(text))


def is_foreign_han_name(text: str) -> bool:
    """True when ``text`` is a foreign name in Chinese characters, its parts parted by a
    middle dot (艾曼·扎瓦希里: Ayman al-Zawahiri)."""
    return DOTTED_HAN.fullmatch("".join(text.split())) is not None


def is_katakana(text: str) -> bool:
    """True when ``text`` has a word in katakana (a foreign name, in Japanese)."""
    return _KATAKANA_WORD.search(text) is not None


def one_letter_for_l_and_r(text: str) -> bool:
    """True when ``text`` is a foreign name in a script with one letter for l and r:
    Chinese characters (its parts parted by a middle dot) or Japanese katakana (and
    Hangul, where read as a foreign name: :func:`is_hangul`)."""
    return is_foreign_han_name(text) or is_katakana(text)


_TAMIL_LETTER = re.compile(r"[\u0b80-\u0bff]")


def one_letter_for_voiced_and_voiceless(text: str) -> bool:
    """True when ``text`` is written in Tamil, with one letter for a voiced stop and its
    voiceless one (ப for b and p: read by where it stands, not surely so in a foreign
    name - பின் pin, bin)."""
    return _TAMIL_LETTER.search(text) is not None


_HANGUL_LETTER = re.compile(r"[\uac00-\ud7a3]")


def is_hangul(text: str) -> bool:
    """True when ``text`` is written in Hangul syllables (ㄹ is l and r)."""
    return _HANGUL_LETTER.search(text) is not None


def is_foreign_hangul_name(text: str) -> bool:
    """True when ``text`` holds a word of four Hangul syllables or more: a foreign name
    (Korean family and given names are one to three syllables)."""
    return _LONG_HANGUL_WORD.search(text) is not None


def is_han_name(text: str) -> bool:
    """True when ``text`` is a Chinese name in Chinese characters: read in pinyin, as the
    lists write Chinese names (a foreign name, its parts parted by a middle dot, is not)."""
    return _HAN_NAME.fullmatch(text) is not None and not is_foreign_han_name(text)


# --- phonetic folding ------------------------------------------------------------------

# Ordered rewrites applied to a cleaned token; the longest clusters first.
_FOLDS: tuple[tuple[str, str], ...] = (
    # (German writes j as dsch and ch as tsch: Dschihad, Tschetschenien)
    ("dsch", "j"), ("tsch", "s"),
    ("shch", "s"), ("sch", "s"), ("tsh", "s"), ("tch", "s"), ("sh", "s"), ("ch", "s"),
    # (Polish writes sh and ch as sz and cz, Hungarian s as sz: Szojgu, Czeczenia)
    ("sz", "s"), ("cz", "s"),
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("jh", "j"),
    ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"),
    ("ce", "si"), ("ci", "si"), ("cy", "si"),
    ("q", "k"), ("c", "k"), ("x", "ks"), ("w", "v"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"),
    ("e", "i"), ("o", "u"), ("y", "i"),
)
_FOLD_RE = re.compile("|".join(re.escape(a) for a, _ in _FOLDS))
_FOLD_MAP = dict(_FOLDS)
_ENDING = re.compile(r"(?<=[a-z]{2})[ae][ht]$")
# a Cyrillic х after s, z, d, t, g, p or c is the h a Latin spelling writes there, and
# reads as one sound with it (Азхар / Azhar, Исхак / Ishaq, Адхам / Adham)
_KH_AFTER = re.compile(r"(?<=[sztdgpc])kh")
# Korean ㅡ, eu in the Revised Romanization and u in McCune-Reischauer, in a syllable's
# last letters (Eun / Un, Seung / Sung, Geum / Kum)
_KOREAN_EU = re.compile(r"eu(?=(?:ng|n|l|k|m|p)$)")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aiu]")


@lru_cache(maxsize=500_000)
def phonetic(token: str) -> str:
    """A key for one cleaned token that most transliterations of it share.

    ``jabhat``, ``jebhet`` and ``dzhebkhat`` give ``jabha``, ``jibha`` and ``jibha``;
    ``nusrah`` and ``nusra`` both give ``nusra``.
    """
    if token.isdigit():
        return token
    token = _ENDING.sub("a", token)
    if "kh" in token:
        token = _KH_AFTER.sub("h", token)
    if "eu" in token:
        token = _KOREAN_EU.sub("u", token)
    token = _FOLD_RE.sub(lambda m: _FOLD_MAP[m.group(0)], token)
    return _DOUBLE.sub(r"\1", token)


# Letters that German, Polish, Czech, Dutch, Serbian, French or Turkish spellings of names
# from Russian, Arabic or Persian read otherwise than English: j for y (Szojgu / Shoygu,
# Jurij, Fjodor), ch for kh (Chamenei / Khamenei, Michail), s before or between vowels
# for z (Sacharowa / Zakharova), French gu before e or i for g (Sergueï, Evgueni); and
# as Polish, Czech and Hungarian write j (dż, dž, dzs: Dżihad, Dzsihád, Dżochar), and
# the Arabic ending -iyya(h) as Persian and Turkish write it (Haniye / Haniyeh, İslamiye);
# and qu before a vowel for q, as Romance languages read it and English writes Arabic's q
# (Quaida / Qaida, Iraqui, Vasquez / Васкес); and sy before a vowel for sh, as Indonesian
# and Malay write it (Al-Syabab, Ba'asyir, Syam); as Hungarian writes Russian's soft d, t
# and n, zh and ch (Medvegyev, Putyin, Jevgenyij, Prigozsin, Csecsen); and a long name
# with the nominative ending Lithuanian gives it (Kadyrovas, Ramzanas; Latvian's -s alone,
# one letter more, is near enough as it is: Prigožins); and Belarusian's ў for the v
# ending a name (Podlineu, Ivanou: Podlinev, Ivanov)
_OTHER_LETTERS = ((re.compile(r"^j(?=[aeiou])|(?<=[aeiouy])j|(?<=[^aeiouy])j(?=[aeiou])"), "y"),
                  (re.compile(r"(?<![st])ch"), "kh"),
                  (re.compile(r"^s(?=[aeiou])|(?<=[aeiou])s(?=[aeiou])"), "z"),
                  (re.compile(r"(?<=g)u(?=[eiy])"), ""),
                  (re.compile(r"dzs?(?=[aeiouy])"), "j"),
                  (re.compile(r"(?<=[a-z]{2}iy)e$"), "a"),
                  (re.compile(r"(?<=q)u(?=[aeiy])"), ""),
                  (re.compile(r"(?:^|(?<=[aeiou]))sy(?=[aeiou])"), "sh"),
                  (re.compile(r"(?<=[aeiou])gy(?=[aeiou])"), "d"),
                  (re.compile(r"(?<=[aeiou])([tn])y(?=[aeiou])"), r"\1"),
                  (re.compile(r"zs"), "zh"),
                  (re.compile(r"cs"), "ch"),
                  (re.compile(r"(?<=[a-z]{5}[b-df-hj-np-tv-xz])(?:as|is|ys|us)$"), ""),
                  (re.compile(r"(?<=[a-z]{3}[aeo])u$"), "v"))


@lru_cache(maxsize=100_000)
def other_latin_keys(token: str) -> frozenset[str]:
    """Phonetic keys of a cleaned token read with each of :data:`_OTHER_LETTERS` as
    English spells it, and with all of them (``sacharowa``: ``zaharuva``...), other
    than its own key."""
    readings = set()
    together = token
    for pattern, english in _OTHER_LETTERS:
        if pattern.search(token):
            readings.add(pattern.sub(english, token))
            together = pattern.sub(english, together)
    readings.add(together)
    return frozenset(phonetic(r) for r in readings) - {phonetic(token)}


# romanisations that differ in voicing only (Korean, Chinese, Arabic through German:
# Hisbollah / Hizbollah, Ramsan / Ramzan)
_VOICING = str.maketrans({"b": "p", "d": "t", "g": "k", "j": "s", "z": "s"})


def devoiced(key: str) -> str:
    """A phonetic key with voiced consonants made voiceless (``hizbula`` -> ``hispula``)."""
    return key.translate(_VOICING)


@lru_cache(maxsize=500_000)
def skeleton(key: str) -> str:
    """The consonants of a phonetic key (``muhamad`` -> ``mhmd``)."""
    if key.isdigit():
        return key
    return _VOWELS.sub("", key)


def plural_stems(word: str) -> list[str]:
    """What an English plural may be the plural of, most likely first (``factories`` ->
    ``factory``; ``houses`` -> ``house``, ``hous``; ``boxes`` -> ``boxe``, ``box``;
    ``sciences`` -> ``science``); nothing for a word that does not end in s."""
    if len(word) <= 3 or not word.endswith("s"):
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return [word[:-1], word[:-2]]
    return [word[:-1]]


# Consonants that Arabic script writes alike (it has no p, v or g; one letter for the z/s
# sounds of foreign names), and h that it adds or drops: compared as one class.
_ABJAD_CLASSES = str.maketrans({"p": "b", "v": "f", "g": "k", "j": "k", "q": "k", "z": "s",
                                "h": None})


def abjad_classes(consonants: str) -> str:
    """Consonants in the classes Arabic script can tell apart (``smlv`` -> ``smlf``)."""
    return consonants.translate(_ABJAD_CLASSES)


_WAW_READINGS = 3  # letters waw of a word read as a consonant in turn, at most


@lru_cache(maxsize=100_000)
def waw_consonants(text: str) -> tuple[str, ...]:
    """The consonant classes of a word written in Arabic script (as transliterated) with
    one letter waw, read as the vowel u, read as the consonant w instead: waw is both
    (موسى Musa, موسوی Mousavi; عوض Awad, نور Nur), and the transliteration cannot
    tell which."""
    at = [i for i, letter in enumerate(text) if letter == "u"][:_WAW_READINGS]
    return tuple(abjad_classes(skeleton(phonetic(text[:i] + "w" + text[i + 1:]))) for i in at)


# Russian case and adjective endings as transliterated, longest first
_RUSSIAN_ENDINGS = tuple(sorted({
    "ogo", "ego", "omu", "emu", "ymi", "imi", "ykh", "ikh", "aya", "yaya", "uyu", "yuyu",
    "aia", "iaia", "iia", "oi", "yi", "ei", "oye", "oe", "ee", "ye", "ie", "yy", "iy", "ii",
    "oy", "ey", "ym", "im", "om", "em",
    "ov", "ev", "ami", "yami", "akh", "yakh", "iya", "ia", "iyu", "iem", "iyakh",
    "a", "ya", "u", "yu", "e", "y", "i", "o",
    "ae", "aga", "ay"}, key=len, reverse=True))  # (Belarusian: Рэспубліканскае, дакладнай)


# the endings of Russian adjectives (a place's adjective: Омское / Omsk, Ульяновского /
# Ulyanovsk), not the -ov, -a of family names (Karimov is not Karim); and Belarusian
# (Гомельскае, Рэспубліканскага)
_ADJECTIVE_ENDING = re.compile(
    r"(?<=[a-z]{4})(?:ogo|ego|omu|emu|ymi|imi|ykh|ikh|aya|yaya|aia|uyu|oye|oe|ee|ye|yy|iy|ii"
    r"|oy|oi|ey|ei|yi|ym|im|om|em|ae|aga)$|(?<=[a-z]{2}sk)[iy]$")


@lru_cache(maxsize=100_000)
def adjective_stem(word: str) -> str:
    """A transliterated Russian adjective without its ending (``ulyanovskogo`` ->
    ``ulyanovsk``); any other word as it is."""
    return _ADJECTIVE_ENDING.sub("", word)


@lru_cache(maxsize=100_000)
def adjective_bases(word: str) -> tuple[str, ...]:
    """What a transliterated Russian adjective may be written as in a Latin name: its
    stem and the place it is made from (``tambovskogo`` -> ``tambovsk``, ``tambov``);
    nothing for any other word."""
    stem = adjective_stem(word)
    if stem == word:
        return ()
    return (stem, stem[:-2]) if stem.endswith("sk") and len(stem) >= 6 else (stem,)


_GERMAN_ENDINGS = ("en", "em", "er", "es", "e")


def german_stem(word: str) -> str:
    """A cleaned German word without a declension ending, five letters at least
    (``islamischer`` -> ``islamisch``, ``brigaden`` -> ``brigad``)."""
    for ending in _GERMAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=100_000)
def russian_stem(word: str) -> str:
    """A transliterated Russian word without its case or adjective ending, four letters
    at least (``proizvodstvennogo`` -> ``proizvodstvenn``, ``omskoe`` -> ``omsk``)."""
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# Russian learned suffixes (after the case ending) and the English ones they stand for:
# тактический / tactical, стратегический / strategic, авиационный / aviation,
# организация / organization, федеральный / federal, активный / active
_COGNATE_SUFFIXES = (
    ("ichesk", ("ical", "ic")), ("atsionn", ("ation", "ational")), ("atsion", ("ation",)),
    ("ats", ("ation",)), ("aln", ("al",)), ("ivn", ("ive",)),
)


@lru_cache(maxsize=100_000)
def cognate_keys(word: str) -> tuple[str, ...]:
    """The phonetic keys of the English words a transliterated Russian word with a
    learned suffix stands for (``takticheskoe`` -> those of ``taktical``, ``taktic``);
    nothing for other words."""
    if len(word) < 6:
        return ()
    stem = russian_stem(word)
    for suffix, english in _COGNATE_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            base = stem[: -len(suffix)]
            return tuple(phonetic(base + ending) for ending in english)
    return ()
