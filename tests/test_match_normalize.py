"""Normalisation, transliteration, phonetic keys and the vocabulary data files."""

from __future__ import annotations

import pytest

from singlelist.match import compare
from singlelist.match.names import prepare
from singlelist.match.normalize import clean, is_abjad, phonetic, skeleton
from singlelist.match.vocabulary import ENV_VAR, load_vocabulary


def keys(text: str) -> list[str]:
    return [phonetic(t) for t in clean(text).split()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hay’at  Tahrir al-Sham", "hayat tahrir al sham"),
        ("«AL-QA'IDA»", "al qaida"),
        ("Al Qaïda au Maghreb", "al qaida au maghreb"),
        ("ʿAbd al-Raḥmān", "abd al rahman"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("Джебхат ан-Нусра", "dzhebkhat an nusra"),
        ("Ισλαμικό Κράτος", "islamiko kratos"),
    ],
)
def test_clean(text, expected):
    assert clean(text) == expected


def test_arabic_script_keeps_long_vowels_and_splits_the_article():
    assert clean("جبهة النصرة") == "jbha al nsra"
    assert clean("الدولة الإسلامية في العراق والشام").split()[-2:] == ["al", "sham"]
    assert clean("عبد الله") == "abd allah"
    assert clean("محمود") == "mhmud"
    # Persian/Urdu letters
    assert clean("لشکر طیبہ") == "lshkr tiba"


def test_is_abjad():
    assert is_abjad("جبهة")
    assert is_abjad("שלום")
    assert not is_abjad("Jabhat")
    assert not is_abjad("Джебхат")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jebhet", "Jibhat"),  # e/i and -at/-et
        ("Nusrah", "Nusra"),  # final -ah
        ("Dzhebkhat", "Jebhat"),  # Russian dzh, kh
        ("Djebhat", "Jebhat"),  # French dj
        ("Youssouf", "Yusuf"),  # French ou, doubled letters
        ("Qaida", "Kaida"),  # q / k
        ("Shaikh", "Chaikh"),  # sh / ch
        ("Mahmood", "Mahmoud"),
        ("Hussein", "Husseyn"),
        ("Walid", "Valid"),
        ("Dschabhat", "Jabhat"),  # German dsch
        ("Tschetschenien", "Chechenien"),  # German tsch
        ("Азхар", "Azhar"),  # Cyrillic х after z, s, d: the h of the Latin spelling
        ("Исхак", "Ishaq"),
        ("Адхам", "Adham"),
        ("Łukaszenka", "Lukashenka"),  # Polish sz and cz
        ("Czerkasow", "Cherkasov"),
    ],
)
def test_phonetic_folds_transliteration_variants(a, b):
    assert keys(a) == keys(b)


def test_skeleton_ignores_vowels():
    assert skeleton(phonetic("muhammad")) == skeleton(phonetic("mohammed")) == "mhmd"
    assert skeleton(phonetic(clean("محمد"))) == "mhmd"
    assert skeleton("2015") == "2015"


def test_vocabulary_is_rich_and_multilingual():
    vocab = load_vocabulary()
    concepts = set()
    for concept in vocab.phrases.values():
        concepts.update(concept)
    assert len(concepts) >= 100
    assert len(vocab.phrases) >= 1000
    front = [k for k, v in vocab.phrases.items() if v == ("front",)]
    # English, Arabic (Latin and Arabic script), Russian, Turkish, Indonesian spellings
    assert {("frunt",), ("jabha",), ("jbha",), ("sifi",)} <= set(front) or len(front) > 10
    assert vocab.connectors["ibn"] == vocab.connectors["ben"] == "bin"
    assert vocab.connectors["abou"] == "abu"
    assert "al" in vocab.articles and "ash" in vocab.articles
    assert "the" in vocab.function_words
    assert "isil" in vocab.equivalences


@pytest.mark.parametrize(
    ("word", "concept"),
    [
        ("front", "front"), ("Jabhat", "front"), ("جبهة", "front"), ("фронт", "front"),
        ("army", "army"), ("Jaysh", "army"), ("армия", "army"), ("جيش", "army"),
        ("Harakat", "movement"), ("движение", "movement"), ("Tehreek", "movement"),
        ("Jama'at", "group"), ("группа", "group"), ("party", "party"), ("Hezb", "party"),
        ("Dawla", "state"), ("État", "state"), ("Kataib", "brigade"), ("Jamiat", "society"),
        ("Mu'assasa", "foundation"), ("Tahrir", "liberation"), ("освобождения", "liberation"),
        ("victoire", "victory"), ("Nusra", "victory"), ("Ansar", "supporters"),
        ("Islamique", "islamic"), ("исламское", "islamic"), ("Tanzim", "organisation"),
        ("Majlis", "council"), ("Imarat", "emirate"), ("Sham", "levant"), ("Irak", "iraq"),
        ("cephesi", "front"), ("gerakan", "movement"), ("jihad", "holy-war"),
        # words that share a key with a word of another meaning keep their own
        ("صناعة", "industry"), ("سنة", "sunna"), ("علمي", "research"), ("عالمي", "world"),
        ("Path", "path"), ("пат", "legal-form"), ("военный", "military"), ("воины", "soldiers"),
        ("sinaiya", "industry"), ("Синая", "sinai"),
        # words once given two meanings in our files
        ("دفاع", "defence"), ("Difa", "defence"), ("Est.", "enterprise"), ("Khidmat", "service"),
        ("Syrie", "syria"),
        # words of institution names
        ("безопасности", "security"), ("Московский", "moscow"), ("ремонта", "repair"),
        ("Всероссийский", "all-russia"), ("Республики", "republic"), ("Mokhaberat", "communications"),
        # other endings of German words
        ("Islamischer", "islamic"), ("Palästinensischen", "palestine"), ("Brigaden", "brigade"),
    ],
)
def test_vocabulary_words_map_to_concepts(word, concept):
    form = prepare(word, "organisation")
    assert [t.concept for t in form.tokens] == [concept]


def test_compound_words_stand_for_several_concepts():
    form = prepare("Hizballah", "organisation")
    assert [t.concept for t in form.tokens] == ["party", "god"]


def test_long_vocabulary_words_are_known_with_other_voicing():
    # German writes s for z: Hisbollah is Hizbollah, Mudschahedin the mujahideen
    assert [t.concept for t in prepare("Hisbollah").tokens] == ["party", "god"]
    assert [t.concept for t in prepare("Mudschahedin").tokens] == ["mujahideen"]
    # not a word of another first letter (Parisan is no Barisan) nor a short one
    assert prepare("Parisan").tokens[0].concept is None
    assert prepare("Pardis").tokens[0].concept is None


def test_user_vocabulary_extends_the_data(tmp_path, monkeypatch):
    extra = tmp_path / "extra.yml"
    extra.write_text(
        "concepts:\n  front:\n    xx: [zorblat]\n"
        "equivalences:\n  acme-group: [Acme Rebels, ARX]\n",
        encoding="utf-8",
    )
    vocab = load_vocabulary([extra])
    assert vocab.phrases[(phonetic("zorblat"),)] == ("front",)
    assert "acme-group" in vocab.equivalences
    from singlelist.match import compare

    assert compare("Zorblat Nusra", "Jabhat al-Nusra", vocabulary=vocab).match
    assert not compare("Zorblat Nusra", "Jabhat al-Nusra").value > 0.8
    assert compare("ARX", "Acme Rebels", vocabulary=vocab).features["equivalence"] == 1.0
    # the same through the environment variable
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert (phonetic("zorblat"),) in load_vocabulary().phrases


def test_each_word_of_our_vocabulary_has_one_meaning():
    conflicts = load_vocabulary([]).conflicts
    assert not conflicts, [(c.word, c.meaning, c.overridden) for c in conflicts]


def test_a_key_two_meanings_share_means_neither_unless_spelled_so():
    # صناعة (industry) and سنة (Sunna) share the key "sna": a third spelling with that
    # key is neither, and the two as written are each their own
    vocab = load_vocabulary([])
    assert ("", "snaa") in vocab.spelled and ("", "sna") in vocab.spelled
    assert ("sna",) not in vocab.abjad_phrases
    assert [t.concept for t in prepare("صناعه", "organisation", vocab).tokens] == [None]


def test_a_word_given_another_meaning_is_reported_and_the_later_file_holds(tmp_path):
    extra = tmp_path / "mine.yml"
    extra.write_text("concepts:\n  east:\n    fr: [est]\n", encoding="utf-8")
    vocab = load_vocabulary([extra])
    (conflict,) = vocab.conflicts
    assert (conflict.word, conflict.meaning, conflict.overridden) == ("est", ("east",), ("enterprise",))
    assert conflict.files == ("trades.yml", "mine.yml")
    assert [t.concept for t in prepare("Est", "organisation", vocab).tokens] == ["east"]


def test_a_user_adds_words_that_mean_their_concept_beside_another(tmp_path):
    extra = tmp_path / "beside.yml"
    extra.write_text("beside_concepts:\n  front:\n    xx: [kalo]\n", encoding="utf-8")
    vocab = load_vocabulary([extra])
    assert [t.concept for t in prepare("Kalo Islami", "organisation", vocab).tokens] == [
        "front", "islamic"]
    assert [t.concept for t in prepare("Kalo Trading", "organisation", vocab).tokens] == [
        None, "trading"]
    assert [t.concept for t in prepare("Kalo Islami", "person", vocab).tokens] == [None, None]
    bad = tmp_path / "bad.yml"
    bad.write_text("beside_concepts:\n  front:\n    xx: [kalo bar]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not one word"):
        load_vocabulary([bad])


def test_unquoted_yaml_scalars_are_refused(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("function_words:\n  en: [yes, no]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote it"):
        load_vocabulary([bad])


def test_cyrillic_soft_sign_before_a_vowel_is_a_y():
    assert clean("Оупа Мьо") == "oupa myo"
    assert clean("Ильин") == "ilyin"
    assert compare("Мьо Тхан", "Myo Than", kind="person").match


def test_latin_lookalikes_in_cyrillic_names_are_read_as_cyrillic():
    # a Latin c typed for the Cyrillic с ("with") hid the legal form of the name
    assert clean("Общество c oграниченной oтветственностью") == (
        "obshchestvo s ogranichennoy otvetstvennostyu")
    assert clean("Рyccкий") == "russkiy"  # Latin y and c inside a Cyrillic word
    assert compare('Общество c Ограниченной Ответственностью "АТРАН"', "Atran LLC").match
    # Latin words beside Cyrillic ones stay Latin
    assert clean("ООО «Stanex Group»") == "ooo stanex group"
    assert clean("T-банк") == "t bank"


@pytest.mark.parametrize(
    ("hebrew", "latin"),
    [
        ("חיזבאללה", "Hizballah"),  # names from Arabic: bet is b, alef an a
        ("טליבאן", "Taliban"),
        ("אל-קאעידה", "Al-Qaida"),
        ("ג׳בהת א-נוסרה", "Jabhat al-Nusra"),  # a geresh makes gimel j; א- is the article
        ("חמאס", "Hamas"),
        ("משה כהן", "Moshe Cohen"),  # (kaf then he is no digraph kh)
    ],
)
def test_hebrew_letters_read_as_names_from_arabic_are_written(hebrew, latin):
    from singlelist.match import compare

    score = compare(hebrew, latin)
    assert score.match, (clean(hebrew), score.explanation)


def test_a_hebrew_geresh_written_as_an_apostrophe_and_after_a_final_letter():
    # keyboards write the geresh as an apostrophe; a final tsadi with one is ch, as the
    # Hebrew of Russian names ending in -vich writes it
    assert clean("ג'ורג'") == clean("ג׳ורג׳") == "jurj"
    assert clean("צ'רצ'יל") == "chrchil"
    assert clean("אברמוביץ'") == clean("אברמוביץ׳") == "abrmubich"
    assert clean("אברמוביץ") == "abrmubits"  # (without one: ts)


def test_hebrew_has_another_reading_with_soft_letters():
    from singlelist.match.normalize import other_readings

    assert clean("שרביט") == "shrbit"
    assert [clean(r) for r in other_readings("משה שרביט")] == ["msha shrvit"]  # Sharvit
    assert [clean(r) for r in other_readings("פדרמן")] == ["fdrmn"]  # Federman
    assert [clean(r) for r in other_readings("לוי")] == ["lvi"]  # Levi
    assert other_readings("Sharvit") == [] and other_readings("شاهد") == []
    # points, where they are written, decide: a rafe softens, a holam is o
    assert clean("שַׁרְבִֿיט") == "shrvit"
    assert clean("יוֹסף") == "yosf" and clean("יוסף") == "yusf"


@pytest.mark.parametrize(
    ("greek", "latin"),
    [
        ("Χεζμπολάχ", "Hizballah"),  # mp is b, chi is kh
        ("Αλ Κάιντα", "Al-Qaida"),  # nt is d
        ("Ταλιμπάν", "Taliban"),
        ("Βλαντιμίρ Πούτιν", "Vladimir Putin"),  # ou is u
        ("Ουάσιγκτον", "Washington"),  # but w before a vowel
        ("Τζαμπχάτ αλ Νούσρα", "Jabhat al-Nusra"),  # tz is j
        ("Ισλαμικό Κράτος", "Islamic State"),  # through the vocabulary
    ],
)
def test_greek_letters_read_as_foreign_names_are_written(greek, latin):
    from singlelist.match import compare

    score = compare(greek, latin)
    assert score.match, (clean(greek), score.explanation)


def test_vocabulary_command_reports_words_given_two_meanings(tmp_path):
    import json
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "singlelist", "vocabulary", *args],
                              capture_output=True, text=True, timeout=120)

    ours = run("--json")
    assert ours.returncode == 0, ours.stderr
    assert json.loads(ours.stdout)["conflicts"] == []
    extra = tmp_path / "mine.yml"
    extra.write_text("trades:\n  enterprise:\n    en: [society]\n", encoding="utf-8")
    mine = run(str(extra))
    assert mine.returncode == 1
    assert "society" in mine.stdout and "enterprise" in mine.stdout and "mine.yml" in mine.stdout
    missing = run(str(tmp_path / "none.yml"))
    assert missing.returncode == 1 and "none.yml: no such vocabulary file" in missing.stderr


def test_long_words_written_as_two_vocabulary_words_are_two_words():
    concepts = [[t.concept for t in prepare(w).tokens] for w in ("Märtyrerbrigaden", "Freiheitsbewegung")]
    assert concepts == [["martyrs", "brigade"], ["freedom", "movement"]]
    # a long word that is not two of the vocabulary's stays one word
    assert [t.text for t in prepare("Islamabad Reichsbewegung").tokens] == ["islamabad", "reichsbewegung"]
    assert [t.text for t in prepare("Märtyrerbrigaden", "person").tokens] == ["martyrerbrigaden"]


def test_italian_portuguese_and_dutch_words_leave_arabic_script_skeletons_alone():
    # a word in Arabic script is known by the consonants of its Latin spellings; Dutch
    # vrede (peace) and Italian giordania have those of Persian varedat and gordan
    vocab = load_vocabulary()
    assert vocab.abjad_skeletons.get("vrd") == "trading"
    assert vocab.abjad_skeletons.get("grdn") == "brigade"


def test_allah_as_urdu_writes_it_is_allah():
    # Urdu ends Allah with its own letter h (اللہ), and reads ث as s
    assert [t.text for t in prepare("ثناء اللہ غفاری", "person").tokens] == ["snaullah", "ghfari"]
    assert compare("ثناء اللہ غفاری", "SANAULLAH GHAFARI", kind="person").match


def test_words_of_languages_not_written_in_arabic_script_give_it_no_skeletons():
    # Turkish yedinci (seventh) has the consonants of Persian دانش (danesh, knowledge),
    # German Hilfe (relief) those of خلافة (khilafa): Arabic script borrows neither
    vocab = load_vocabulary()
    assert "dns" not in vocab.abjad_skeletons
    assert compare("شرکت بنیان دانش شرق", "BONYAN DANESH SHARGH PRIVATE COMPANY").value >= 0.9


def test_names_that_start_with_the_letters_of_the_arabic_article():
    # Elias and Elham are no al- + a name; nor is Wallot wa- + al- + two letters
    assert clean("الياس الهام والوت") == "ilyas elham walut"
    # (the article is split off where it is one: al-Haqq, wa al-Dawla)
    assert clean("الحق والدولة") == "al hq wa al dula"


def test_hebrew_gershayim_inside_a_word_marks_an_acronym_not_two_words():
    assert clean('להב"ה') == clean("להבה") == clean("להב״ה")
    assert compare("להבה", 'להב"ה').value == 1.0


@pytest.mark.parametrize(
    ("indic", "latin"),
    [
        ("लश्कर", "lashkar"),  # a consonant carries an a unless a vowel sign or virama follows
        ("मसूद अज़हर", "masud azhar"),  # none at the end of a word, nor between VC and CV
        ("हाफ़िज़", "hafiz"),  # a dot below (nukta): the sounds of Persian loans
        ("चन्द्र", "chandra"),  # but after a cluster ending in r, y, l or v
        ("धर्म", "dharm"),
        ("भारतीय", "bhartiya"),
        ("বাংলাদেশ", "bangladesh"),  # Bengali anusvara is ng
        ("জাওয়াহিরি", "jawahiri"),  # Bengali o and ya (one letter or two) before a vowel: w
        ("হাওয়া", "hawa"),
        ("\u09b9\u09be\u0993\u09df\u09be", "hawa"),  # (য় as one letter)
        ("ਖ਼ਾਲਸਾ", "khalsa"),  # Gurmukhi
        ("சுப்பிரமணியம்", "suppiramaniyam"),  # Tamil: a final vowel kept, ச is s
        # Tamil writes one letter for a stop voiced and voiceless: voiced after a vowel, a
        # nasal or r, l, y and before a vowel; voiceless first, doubled or before a consonant
        ("முருகன்", "murugan"),
        ("மும்பை", "mumbai"),
        ("பக்தாதி", "paktadi"),
        ("பூட்டின்", "puttin"),
    ],
)
def test_indic_scripts_are_read_with_their_inherent_vowels(indic, latin):
    assert clean(indic) == latin


def test_devanagari_without_the_dot_of_persian_sounds_is_also_read_with_it():
    from singlelist.match.normalize import other_readings

    assert [clean(r) for r in other_readings("हाफिज सईद")] == ["hafiz said"]
    assert other_readings("हाफ़िज़") == []


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("สมชาย ใจดี", "somchay chaidi"),  # unwritten vowels: o closing a syllable; ใ before
        ("โอซามา บิน ลาเดน", "osama bin laden"),  # อ carrying a vowel is silent
        ("รามซาน คาดีรอฟ", "ramsan kadirof"),  # ค, aspirated k, is a foreign k; อ a vowel
        ("ปาเลสไตน์", "palestai"),  # ์ silences the letter before it
        # but an r or h silenced is the foreign letter Thai writes (Wagner, al-Qaidah)
        ("วากเนอร์", "wakner"),
        ("อัลกออิดะฮ์", "alkoidah"),
        # vowels written around their consonant (เ-าะ o, เ-ีย ia)
        ("ฮิซบอลเลาะห์", "hisbolloh"),
        ("ซีเรีย", "siria"),
    ],
)
def test_thai_is_read_with_its_vowels_where_they_are_said(thai, latin):
    assert clean(thai) == latin


@pytest.mark.parametrize(
    ("burmese", "latin"),
    [
        ("မင်းအောင်လှိုင်", "min aung hlaing"),  # a syllable a word; ှ before l: hl
        ("မြင့်ဆွေ", "myint swe"),  # ြ y; a creaky in: int; ွ w
        ("စိုးဝင်း", "soe win"),  # ို with the high tone: oe
        ("သန်းရွှေ", "than shwe"),  # ရှ sh
        ("ထွန်းထွန်းနောင်", "htun htun naung"),  # ွ before a final n: un
        ("မန္တလေး", "man ta le"),  # a stacked letter ends the syllable before
    ],
)
def test_burmese_is_read_a_syllable_a_word_as_the_lists_write_burmese_names(burmese, latin):
    assert clean(burmese) == latin


def test_thai_words_of_the_vocabulary_are_set_apart():
    from singlelist.match.normalize import thai_words_apart
    from singlelist.match.vocabulary import load_vocabulary

    words = load_vocabulary().thai_words
    # Thai writes no spaces: group | Hamas; state islamic of iraq and syria
    assert thai_words_apart("กลุ่มฮามาส", words) == "กลุ่ม ฮามาส"
    assert thai_words_apart("รัฐอิสลามแห่งอิรักและซีเรีย", words) == "รัฐ อิสลาม แห่ง อิรัก และ ซีเรีย"
    # no word is cut out of a syllable: อิสลาม before the vowel า of Islamabad
    assert thai_words_apart("อิสลามาบัด", words) == "อิสลามาบัด"


def test_a_common_thai_name_is_no_listed_name_read_letter_by_letter():
    # smchay aichdi met Shamsollah ASADI at 0.85
    assert not compare("สมชาย ใจดี", "Shamsollah ASADI", kind="person").match
    assert compare("รามซาน คาดีรอฟ", "Ramzan KADYROV", kind="person").match


def test_a_foreign_name_in_chinese_characters_is_read_a_part_a_word():
    # consonants written as syllables (斯 s, 克 k, 尔 r), pinyin letters for the sounds
    # they stand for (zh j, x s), a Russian -ov (罗夫)
    assert clean("拉姆赞·卡德罗夫") == "lamzan kadlov"
    assert clean("艾曼·扎瓦希里") == "aiman jawahili"
    # a Chinese name is read in pinyin, a syllable a word
    assert clean("习近平") == "xi jin ping"


def test_katakana_is_also_read_with_the_sounds_it_writes_with_other_letters():
    from singlelist.match.normalize import katakana_word

    # チ chi for ti, ジェ je for de, b for v, a final f for v
    assert katakana_word("プーチン", other_sounds=True) == "putin"
    assert katakana_word("ラブロフ", other_sounds=True) == "ravrov"
    assert katakana_word("メドヴェージェフ", other_sounds=True) == "medvedev"


def test_katakana_is_also_read_without_the_vowels_japanese_adds():
    from singlelist.match.normalize import other_readings

    # (and with the sounds katakana writes with other letters: a final f for v)
    assert [clean(r) for r in other_readings("ラムザン・カディロフ")] == [
        "ramzan kadirof", "ramzan kadirov"]
    # not in a word's first syllable, nor before a long mark; small vowels join
    assert [clean(r) for r in other_readings("アレクサンドル・ルカシェンコ")] == [
        "areksandr rukashenko"]


def test_greek_ou_before_a_vowel_is_w():
    assert clean("Ζαουάχρι") == "zawakhri"
    assert clean("Σαουδική") == "saudiki"


def test_an_ayn_between_two_of_the_same_consonant_keeps_them_two():
    # معمر (Muammar): an ayn left out would make its two m one
    vocab = load_vocabulary([])
    assert [t.skel for t in prepare("معمر", "person", vocab).tokens] == ["mmr"]
    assert [t.skel for t in prepare("صناعة", "organisation", vocab).tokens] == ["sn"]


def test_names_are_also_read_as_other_latin_alphabets_write_them():
    from singlelist.match.normalize import other_latin_keys, phonetic

    for written, english in [("sacharowa", "zakharova"),  # German ch, s
                             ("medvegyev", "medvedev"),  # Hungarian soft d, t, n; zs
                             ("vlagyimir", "vladimir"), ("prigozsin", "prigozhin"),
                             ("kadyrovas", "kadyrov"), ("vladimiras", "vladimir")]:  # Lithuanian
        assert phonetic(english) in other_latin_keys(written), written
    # (not a short name's own ending: Francis is no Franc, Nicolas no Nicol)
    assert phonetic("franc") not in other_latin_keys("francis")
    assert phonetic("nicol") not in other_latin_keys("nicolas")
