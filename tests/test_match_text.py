"""find_mentions(): listed names in free text, with offsets and corroboration rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from singlelist.match import IndexEntry, Mention, NameIndex, compare, find_mentions
from singlelist.match.folding import Folded, fold

DATA = Path(__file__).parent / "data"

# Written in the style of a UN Security Council narrative summary (our own text).
NARRATIVE = (
    "Jabhat al-Nusrah was listed on 14 May 2014 as an alias of Al-Qaida in Iraq. "
    "The group was formed by the leader of the Islamic State in Iraq and the Levant, "
    "which sent operatives to Syria in 2011. In January 2017 it merged with other groups "
    "into Hay’at Tahrir al-Sham (HTS); HTS fighters then fought ISIL in Idlib. "
    "Al-Nusrah Front recruited members of Lashkar-e-Tayyiba and received funds through "
    "the Organization of Al-Qaida in the Islamic Maghreb, while Abu Bakr al-Baghdadi "
    "and Ayman al-Zawahiri competed for its allegiance. The Army of Mohammed and "
    "Джебхат ан-Нусра were also named; Al Qaeda in the Islamic Maghreb (AQIM) is active."
)

EXPECTED = [
    ("Jabhat al-Nusrah", "un:QDe.137"),
    ("Al-Qaida in Iraq", "un:QDe.115"),
    ("Islamic State in Iraq and the Levant", "un:QDe.115"),
    ("Hay’at Tahrir al-Sham", "un:QDe.137"),
    ("HTS", "un:QDe.137"),
    ("ISIL", "un:QDe.115"),
    ("Al-Nusrah Front", "un:QDe.137"),
    ("Lashkar-e-Tayyiba", "un:QDe.118"),
    ("the Organization of Al-Qaida in the Islamic Maghreb", "un:QDe.014"),
    ("Abu Bakr al-Baghdadi", "un:QDi.299"),
    ("Ayman al-Zawahiri", "un:QDi.006"),
    ("Army of Mohammed", "un:QDe.019"),
    ("Джебхат ан-Нусра", "un:QDe.137"),
    ("Al Qaeda in the Islamic Maghreb", "un:QDe.014"),
    ("AQIM", "un:QDe.014"),
]


def listed_entries() -> list[IndexEntry]:
    doc = yaml.safe_load((DATA / "match_entries.yml").read_text(encoding="utf-8"))
    return [
        IndexEntry(item["id"], item["kind"], [tuple(n) for n in item["names"]],
                   frozenset(item["topics"]), frozenset(item["sources"]))
        for item in doc["listed"]
    ]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    decoys = [IndexEntry(f"decoy:{i}", "organisation", [(f"{w} Trading {i}", "primary")])
              for i, w in enumerate(["Crisis", "State", "Base", "Victory", "Front"] * 20)]
    decoys += [
        IndexEntry("decoy:m-finance", "organisation", [("M-Finance", "primary")]),
        IndexEntry("decoy:kifah", "organisation", [("Makhtab al-Khidamat", "primary"),
                                                   ("Al Kifah", "alias")]),
        IndexEntry("decoy:vessel", "vessel", [("Success", "primary"), ("Israel", "alias")]),
        IndexEntry("decoy:bh", "organisation", [("B&H Southern England", "primary")]),
        IndexEntry("decoy:east", "organisation", [("East Energy", "primary")]),
        IndexEntry("decoy:said", "person", [("Said SAID", "primary")]),
        IndexEntry("decoy:bank", "organisation", [("Banco Corporativo SA", "primary"),
                                                  ("National Bank", "alias")]),
    ]
    return NameIndex.build(listed_entries() + decoys)


def found(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entry.id) for m in mentions]


def namesakes(given_names: list[str], prefix: str = "c") -> list[IndexEntry]:
    """Listed persons with these given names, a family name each: the given names are
    words of many names."""
    return [IndexEntry(f"{prefix}{i}", "person", [(f"{given} Abc{i}", "primary")])
            for i, given in enumerate(given_names)]


def test_narrative_every_group_with_offsets(index):
    mentions = find_mentions(NARRATIVE, index)
    for mention in mentions:
        assert NARRATIVE[mention.start:mention.end] == mention.text
        assert mention.explanation
        assert mention.score >= 0.75
    got = found(mentions)
    for item in EXPECTED:
        assert item in got, (item, got)
    # nothing else (no decoy, no "State" or "Front" alone)
    assert all(entry_id.startswith("un:") for _text, entry_id in got), got
    positions = [m.start for m in mentions]
    assert positions == sorted(positions)
    at = NARRATIVE.index("Hay’at")
    hts = next(m for m in mentions if m.text.startswith("Hay’at"))
    assert (hts.start, hts.end) == (at, at + len("Hay’at Tahrir al-Sham"))


def test_crisis_never_yields_isis(index):
    text = "The crisis deepened. CRISIS talks; a crisis group met. Isis is a goddess."
    assert find_mentions(text, index) == []


def test_short_names_need_corroboration(index):
    assert find_mentions("IS claimed the attack.", index) == []
    assert find_mentions("Let it be; the base is closed.", index) == []
    assert find_mentions("HTS said nothing.", index) == []
    # a longer name of the same entry in the text corroborates the short one
    text = "Daesh claimed the attack. IS has done so before."
    got = found(find_mentions(text, index))
    assert ("Daesh", "un:QDe.115") in got and ("IS", "un:QDe.115") in got
    # a vocabulary word nearby corroborates three letters, not two
    assert found(find_mentions("HTS fighters entered the town.", index)) == [
        ("HTS", "un:QDe.137")]
    assert find_mentions("IS fighters entered the town.", index) == []
    # lower case is not the acronym
    assert find_mentions("hts fighters entered the town.", index) == []


def test_transliterated_and_translated_mentions(index):
    text = "Members of Jabhet al-Nusra and of Jaish e Muhammad were arrested in Lahore."
    got = found(find_mentions(text, index))
    assert ("Jabhet al-Nusra", "un:QDe.137") in got
    assert ("Jaish e Muhammad", "un:QDe.019") in got
    text = "Des membres de l'Armée de Mohammed et du Front de la victoire ont été arrêtés."
    got = found(find_mentions(text, index))
    assert any(entry == "un:QDe.019" for _t, entry in got), got
    assert any(entry == "un:QDe.137" for _t, entry in got), got


def test_original_script_mentions(index):
    text = "وأعلنت جبهة النصرة مسؤوليتها، كما ذكر أيمن الظواهري."
    got = find_mentions(text, index)
    ids = {m.entry.id for m in got}
    assert {"un:QDe.137", "un:QDi.006"} <= ids
    for mention in got:
        assert text[mention.start:mention.end] == mention.text


def test_common_words_and_single_translated_words_are_not_mentions(index):
    text = ("The Ministry of Finance said that HTS fighters left. Success came late to "
            "Israel and to the Bank of England; the struggle goes on.")
    got = found(find_mentions(text, index))
    assert got == [("HTS", "un:QDe.137")], got
    # with a longer name of the same entry, the common word is corroborated
    text = "The vessel Success, listed as Israel, sailed. Success was seen in port."
    assert found(find_mentions(text, index)) == []


def test_ordinary_phrases_need_corroboration(index):
    # listed names written in lower case in a text that capitalises names
    assert find_mentions("Prices of east energy rose, he said said Reuters.", index) == []
    assert find_mentions("The national bank of Ruritania raised its rates.", index) == []
    # a name running over the end of a sentence is not that name
    assert find_mentions("It was national. Bank staff left.", index) == []
    # written as a name, or corroborated by another name of the same entry
    assert found(find_mentions("Shares of East Energy fell.", index)) == [
        ("East Energy", "decoy:east")]
    assert found(find_mentions("Police questioned Said Said on Monday.", index)) == [
        ("Said Said", "decoy:said")]
    text = "Banco Corporativo SA, the national bank of Ruritania, was listed."
    assert found(find_mentions(text, index)) == [
        ("Banco Corporativo SA", "decoy:bank"), ("national bank", "decoy:bank")]
    weak = find_mentions(text, index)[1]
    assert "corroborated" in weak.explanation
    # a text written all in lower case has no capitals to go by
    assert found(find_mentions("shares of east energy fell.", index)) == [
        ("east energy", "decoy:east")]


def test_filters(index):
    text = "Hizballah and Al-Qaida were both named."
    assert {m.entry.id for m in find_mentions(text, index)} == {"us:hizballah", "un:QDe.004"}
    assert {m.entry.id for m in find_mentions(text, index, sources=["un-sc"])} == {"un:QDe.004"}
    assert find_mentions(text, index, topics=["sanctions"]) == []


def test_longest_mention_wins(index):
    text = "Al-Qaida in Iraq grew."
    got = found(find_mentions(text, index))
    assert got == [("Al-Qaida in Iraq", "un:QDe.115")]


def test_folded_offsets_map_back():
    text = "Ａ  Straße — Щукин’s  «Hay’at»\n\nend"
    folded = Folded(text)
    assert folded.text == fold(text) + "" or folded.text.strip() == fold(text)
    for needle in ("hayat", "end", "shchukins", "strasse"):
        pos = folded.text.index(needle)
        start = folded.original_offset(pos)
        end = folded.original_offset(pos + len(needle) - 1) + 1
        assert fold(text[start:end]) == needle, (needle, text[start:end])


def test_a_letter_read_as_nothing_belongs_to_its_word():
    """The Cyrillic soft and hard signs have no Latin letter: they join their word (not
    part it, Ильич is ilich) and a mention ending before one takes it (Роснефть, not
    Роснефт)."""
    assert fold("Ильич Подъячев") == "ilich podyachev"
    index = NameIndex.build([IndexEntry("rosneft", "organisation", [("ROSNEFT", "primary")])])
    text = "Акции «Роснефть» упали."
    assert [(m.text, text[m.start:m.end]) for m in find_mentions(text, index)] == [
        ("Роснефть", "Роснефть")]


def test_empty_text(index):
    assert find_mentions("", index) == []
    assert find_mentions("   \n", index) == []


def test_names_in_arabic_script_are_found_whole_in_running_text():
    entries = [IndexEntry(id="g1", kind="organisation", names=[("Zarqan Front", "primary"),
                                                               ("جبهة الزرقان", "original")]),
               IndexEntry(id="g2", kind="organisation", names=[("Qasirun", "primary"),
                                                               ("القاصرون", "original")])]
    index = NameIndex.build(entries)
    text = "Fighters of القاصرون and of جبهة الزرقان were seen"
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert found == {("القاصرون", "g2"), ("جبهة الزرقان", "g1")}
    for m in find_mentions(text, index):
        assert text[m.start:m.end] == m.text


def test_inflected_and_french_names_in_text():
    entries = [IndexEntry(id="n", kind="organisation", names=[("Jabhat al-Zarqan", "primary")]),
               IndexEntry(id="m", kind="organisation",
                          names=[("Islamic Movement of Uzbekistan", "primary")])]
    index = NameIndex.build(entries)
    ru = "Суд запретил «Джебхат аз-Заркану» в прошлом году."  # accusative ending
    assert [m.entry.id for m in find_mentions(ru, index)] == ["n"]
    fr = "Selon le ministère, le Mouvement islamique d'Ouzbékistan reste actif."
    mentions = find_mentions(fr, index)
    assert [m.text for m in mentions] == ["Mouvement islamique d'Ouzbékistan"]


def test_russian_name_in_another_case_with_lowercase_trade_words():
    entries = [IndexEntry(id="t", kind="organisation", names=[("Tambov Mechanical Plant", "primary")]),
               IndexEntry(id="o", kind="organisation",
                          names=[("Omsk Motor Design Bureau", "primary")])]
    index = NameIndex.build(entries)
    text = "В понедельник сотрудники Тамбовского механического завода встретились в Москве."
    mentions = find_mentions(text, index)
    assert [(m.entry.id, m.text) for m in mentions] == [("t", "Тамбовского механического завода")]
    start = text.index("Тамбовского")
    assert (mentions[0].start, mentions[0].end) == (start, start + len("Тамбовского механического завода"))
    # one other word before a trade word belongs to the name
    text = "Директор Омского моторного конструкторского бюро заявил об этом."
    assert [m.text for m in find_mentions(text, index)] == ["Омского моторного конструкторского бюро"]


def test_english_trade_words_do_not_stretch_a_run():
    entries = [IndexEntry(id="k", kind="organisation", names=[("Kestrel Holdings", "primary")])]
    index = NameIndex.build(entries)
    text = "Kestrel Holdings said oil prices rose."
    assert [m.text for m in find_mentions(text, index)] == ["Kestrel Holdings"]


def test_institution_words_alone_do_not_make_a_fuzzy_mention():
    entries = [IndexEntry(id="d", kind="organisation", names=[("Ministry of Defence", "primary")])]
    index = NameIndex.build(entries)
    assert find_mentions("A Defence Ministry spokesman said on Monday.", index) == []
    # translated, a ministry still meets its name
    from singlelist.match import compare
    assert compare("Министерство обороны Российской Федерации",
                   "Ministry of Defence of the Russian Federation").match


def test_a_person_named_by_two_common_enough_words_is_found():
    # family names and Korean syllables in many listed names: no word anchors alone
    entries = [IndexEntry("p:kadyrov", "person", [("Ramzan Akhmatovich KADYROV", "primary")]),
               IndexEntry("p:kim", "person", [("Jong Un KIM", "primary")]),
               IndexEntry("p:kim-sik", "person", [("Kim Jong Sik", "primary")])]
    entries += [IndexEntry(f"p:kadyrov-{i}", "person", [(f"{first} KADYROV", "primary")])
                for i, first in enumerate(["Adam", "Magomed", "Zelimkhan", "Akhmat", "Ibragim",
                                           "Aishat", "Khadizhat", "Karina", "Ali", "Umar",
                                           "Islam", "Tabarik"])]
    entries += [IndexEntry(f"p:kim-{i}", "person", [(f"Kim {first}", "primary")])
                for i, first in enumerate(["Yo Jong", "Song Nam", "Tong Il", "Chol Su",
                                           "Kwang Hyok", "Su Gwang", "Il Su", "Hyok Chol",
                                           "Kyong Hui", "Yong Chol", "Chang Gwang", "Sok Chol"])]
    index = NameIndex.build(entries)
    found = {m.entry.id: m.text
             for m in find_mentions("The Treasury designated Ramzan Kadyrov on Monday.", index)}
    assert found == {"p:kadyrov": "Ramzan Kadyrov"}
    found = {m.entry.id: m.text for m in find_mentions("Kim Jong Un attended the parade.", index)}
    assert found == {"p:kim": "Kim Jong Un"}
    # a name cut from a longer one written beside it, the listed name having other words
    assert not find_mentions("The singer Kim Jong Kook attended the parade.", index)


def test_an_equivalent_name_inside_a_longer_run_of_capitalised_words(index):
    # German capitalises nouns (Terrormiliz), Spanish glues names with "y", "en la"
    german = find_mentions("Die Terrormiliz Islamischer Staat (IS) kämpft in Syrien.", index)
    assert ("Islamischer Staat", "un:QDe.115") in {(m.text, m.entry.id) for m in german}
    spanish = find_mentions("Según fuentes oficiales, el Estado Islámico y Al Qaeda planearon "
                            "ataques.", index)
    found = {(m.entry.id, m.text) for m in spanish}
    # (Spanish el before a Spanish word is no Arabic article; Al before Qaeda is)
    assert ("un:QDe.115", "Estado Islámico") in found
    assert ("un:QDe.004", "Al Qaeda") in found


def test_an_equivalent_name_is_the_part_of_a_run_that_names_the_group():
    index = _small_index(("us:taliban", "TALIBAN"), ("us:irgc", "ISLAMIC REVOLUTIONARY GUARD CORPS"))
    text = "El Gobierno sancionó al Emirato Islámico de Afganistán y a la Guardia Nacional."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert ("Emirato Islámico de Afganistán", "us:taliban") in found, found


def test_first_and_family_name_of_a_longer_listed_name_in_text():
    index = NameIndex.build([
        IndexEntry("p:zawahiri", "person", [("Aiman Muhammed Rabi al-Zawahiri", "primary"),
                                            ("أيمن محمد ربيع الظواهري", "original")]),
        IndexEntry("p:other", "person", [("Ayman Ahmad Abd al-Ghani Hasanayn", "primary")]),
    ])
    # in Arabic script (no letter case: the words around are no part of the name)
    found = find_mentions("وقال أيمن الظواهري إن الهجوم", index)
    assert [(m.entry.id, m.text) for m in found] == [("p:zawahiri", "أيمن الظواهري")]
    found = find_mentions("Officials said Ayman Zawahiri had approved it.", index)
    assert [(m.entry.id, m.text) for m in found] == [("p:zawahiri", "Ayman Zawahiri")]


def test_group_names_in_greek_running_text(index):
    # one-word names are found as known equivalent names written as listed
    text = "Η Χεζμπολάχ και η Χαμάς ανακοίνωσαν ότι η Αλ Κάιντα δεν συμμετείχε."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert {("Χεζμπολάχ", "us:hizballah"), ("Χαμάς", "us:hamas"),
            ("Αλ Κάιντα", "un:QDe.004")} <= found, found


@pytest.mark.parametrize("text, expected", [
    # Arabic and Hebrew write and, the, to as letters joined to the next word
    ("قال إن لحماس علاقات وثيقة وحزب الله كذلك", {("حماس", "us:hamas"), ("حزب الله", "us:hizballah")}),
    ("ארגון החמאס וחיזבאללה הודיעו. לחמאס יש קשרים", {("חמאס", "us:hamas"),
                                                     ("חיזבאללה", "us:hizballah")}),
    # Korean writes its particles after the name
    ("한편 하마스는 전쟁 중이며 헤즈볼라가 지원했다", {("하마스", "us:hamas"), ("헤즈볼라", "us:hizballah")}),
    # Chinese and Japanese put no spaces between words
    ("据报道，哈马斯和真主党领导人会面。基地组织发表声明。",
     {("哈马斯", "us:hamas"), ("真主党", "us:hizballah"), ("基地组织", "un:QDe.004")}),
    ("報道によると、ハマスとヒズボラの指導者が会談した。",
     {("ハマス", "us:hamas"), ("ヒズボラ", "us:hizballah")}),
    # a suffix after an apostrophe (English, Turkish), an elided article before one
    ("Hamas's leaders met Hezbollah's envoy; the Hamas' bureau agreed.",
     {("Hamas", "us:hamas"), ("Hezbollah", "us:hizballah")}),
    ("Hamas'ın temsilcileri ve Hizbullah'a yakın kişiler", {("Hamas", "us:hamas"),
                                                            ("Hizbullah", "us:hizballah")}),
    ("Les chefs d'Al-Qaïda et l'Al-Qaïda au Maghreb", {("Al-Qaïda", "un:QDe.004")}),
    # Russian case endings (the word with its ending: its stem is the listed name's)
    ("Лидер Хамаса встретился с представителями Хезболлы", {("Хамаса", "us:hamas")}),
])
def test_names_joined_to_other_words_in_running_text(index, text, expected):
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert expected <= found, found
    for mention in find_mentions(text, index):
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "مقاومة بمحماسة",  # not clitic letters only before the name
    "하마스트레이딩 회사",  # not particles after it
    "ハマスター",  # inside a word of katakana
    "伊斯兰国家的领导人会面",  # Islamic countries, not the Islamic State
    "אחמאסו",  # letters after a Hebrew name
    "Hamasville and Hamastown",  # letters after a name in Latin letters
    "Хамасовец",  # letters after a Russian name that are no case ending
    "the xl'Hamas file",  # no elided article before the apostrophe
])
def test_names_inside_other_words_are_not_mentions(index, text):
    assert not find_mentions(text, index), text


def test_a_possessive_is_not_part_of_a_name_written_otherwise(index):
    text = "Officials said Abou Bakr al-Baghdadi's wife and Ayman Zawahiri's aide were held."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert {("Abou Bakr al-Baghdadi", "un:QDi.299"), ("Ayman Zawahiri", "un:QDi.006")} <= found, found
    # while an apostrophe inside a transliterated word is part of it
    found = {m.text for m in find_mentions("Hay'at Tahrir al-Sham's leader spoke.", index)}
    assert "Hay'at Tahrir al-Sham" in found, found


def _small_index(*names: tuple[str, str]) -> NameIndex:
    return NameIndex.build([IndexEntry(ref, "organisation", [(value, "primary")],
                                       frozenset({"terrorism"}), frozenset({ref.split(":")[0]}))
                            for ref, value in names])


def test_other_lists_names_inside_a_name_with_its_acronym_are_found():
    index = _small_index(("gb:aqim", "Al Qaïda au Maghreb islamique AQMI"),
                         ("un:aqim", "Al-Qaïda au Maghreb islamique"),
                         ("x:ttp", "Tehrik-e Taliban Pakistan (TTP)"), ("y:ttp", "Tehrik-e Taliban Pakistan"))
    text = "Al-Qaïda au Maghreb islamique (AQMI) et Tehrik-e Taliban Pakistan (TTP) ont revendiqué."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert {("Al-Qaïda au Maghreb islamique", "gb:aqim"), ("Al-Qaïda au Maghreb islamique", "un:aqim"),
            ("Tehrik-e Taliban Pakistan", "x:ttp"), ("Tehrik-e Taliban Pakistan", "y:ttp")} <= found, found


def test_a_name_with_an_article_before_a_longer_name_is_not_a_mention():
    index = _small_index(("un:isil", "The Islamic State"), ("un:isil-k", "Islamic State Khorasan Province"))
    text = "The Islamic State Khorasan Province attacked."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert found == {("Islamic State Khorasan Province", "un:isil-k")}, found


def test_a_vocabulary_word_beside_a_name_found_as_listed_makes_a_longer_name():
    index = _small_index(("us:kh", "Kata'ib Hizballah"), ("us:hizballah", "Hezbollah"),
                         ("us:aah", "Asaib Ahl al-Haq"))
    found = {(m.text, m.entry.id)
             for m in find_mentions("Kata'ib Hezbollah and Asaib Ahl al-Haq fired rockets.", index)}
    assert {("Kata'ib Hezbollah", "us:kh"), ("Asaib Ahl al-Haq", "us:aah")} <= found, found
    assert ("Hezbollah", "us:hizballah") not in found



def test_an_organisation_found_in_part_beside_a_word_of_the_vocabulary_is_another_one():
    # Mobilization Forces of the Popular Mobilization Forces (Popular, a word of the
    # vocabulary, written beside) is not the Resistance Mobilization Force; the words
    # alone are a part of that name, found as such
    index = _small_index(("us:basij", "Resistance Mobilization Force"))
    assert not find_mentions("The Popular Mobilization Forces joined the army.", index)
    found = [m.entry.id for m in find_mentions("The Mobilization Forces joined the army.", index)]
    assert found == ["us:basij"]


def test_a_description_beside_another_place_is_another_body():
    # "Central Bank" of the European Central Bank (Banque centrale européenne) is not the
    # Central Bank of Syria; said without a place it may be, and with Syria it is
    index = _small_index(("us:cbs", "Central Bank of Syria"), ("ca:cbs", "Banque centrale de Syrie"))
    assert not find_mentions("The European Central Bank raised its rate.", index)
    assert not find_mentions("La Banque centrale européenne a maintenu ses taux.", index)
    for text in ("Sanctions on the Central Bank were lifted.", "Sanctions on the Central Bank of Syria."):
        assert "us:cbs" in {m.entry.id for m in find_mentions(text, index)}, text
    # nor is it with another place after a particle (the National Bank of Belgium)
    index = _small_index(("ca:nbb", "National Bank of the Republic of Belarus"))
    assert not find_mentions("De Nationale Bank van België verhoogde de rente.", index)
    assert find_mentions("De Nationale Bank verhoogde de rente.", index)


def test_one_word_of_several_vocabulary_concepts_is_a_name_in_running_text(index):
    # German Hisbollah, Spanish Hezbolá: party + god, as Hizballah is
    for text, written in (("Die Bundesregierung verbot die Hisbollah.", "Hisbollah"),
                          ("Miembros de Hezbolá fueron detenidos.", "Hezbolá"),
                          # (beside a name found as listed: a name of its own)
                          ("Sanciones a dirigentes de Hezbolá y de Hamas.", "Hezbolá")):
        found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
        assert (written, "us:hizballah") in found, found


def test_translated_names_in_german_and_russian_running_text():
    index = _small_index(("us:pkk", "Kurdistan Workers' Party"), ("gb:isil", "Islamic State"))
    for text, written in (("Auch die Kurdische Arbeiterpartei bleibt verboten.", "Kurdische Arbeiterpartei"),
                          # (Russian writes a name's later words in lowercase)
                          ("Курдская рабочая партия заявила об этом.", "Курдская рабочая партия")):
        found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
        assert (written, "us:pkk") in found, found


def test_translated_names_in_portuguese_and_italian_running_text():
    index = _small_index(("us:pkk", "Kurdistan Workers' Party"), ("gb:isil", "Islamic State"),
                         ("au:aqsa", "Al-Aqsa Martyrs' Brigade"), ("x:pdp", "Partido Democrata Popular"))
    # "e" before an article is "and" (not the izafe of Lashkar e Taiba); Portuguese "as"
    # before a name is no Arabic article; Partido, a rare word of the lists, is also a
    # translation of party
    text = ("Segundo o relatório, o Estado Islâmico e o Partido dos Trabalhadores do Curdistão "
            "foram designados, e as Brigadas dos Mártires de al-Aqsa também.")
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert {("Estado Islâmico", "gb:isil"), ("Partido dos Trabalhadores do Curdistão", "us:pkk"),
            ("Brigadas dos Mártires de al-Aqsa", "au:aqsa")} <= found, found
    text = "Secondo il rapporto, lo Stato Islamico e il Partito dei Lavoratori del Kurdistan."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert {("Stato Islamico", "gb:isil"), ("Partito dei Lavoratori del Kurdistan", "us:pkk")} <= found, found
    # and before an Arabic article: a mention of the second name does not start in the
    # first (not "Islamico e al-Qaida nel Maghreb")
    index = _small_index(("gb:isil", "Islamic State"), ("un:aqim", "Al-Qaida in the Islamic Maghreb"))
    text = "Lo Stato Islamico e al-Qaida nel Maghreb islamico hanno rivendicato."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert found == {("Stato Islamico", "gb:isil"), ("al-Qaida nel Maghreb islamico", "un:aqim")}, found


def test_a_translated_name_is_not_each_listed_name_with_a_place_added():
    index = _small_index(("un:isil", "Islamic State in Iraq and the Levant"),
                         ("un:yemen", "Islamic State in Yemen"), ("un:som", "Islamic State Somalia"))
    for text in ("Боевики Исламского государства напали.", "Fighters of the Islamic State attacked."):
        assert {m.entry.id for m in find_mentions(text, index)} == {"un:isil"}, text


def test_turkish_case_endings_after_an_apostrophe_are_cut_from_a_name_written_otherwise():
    index = _small_index(("un:aqap", "القاعدة في جزيرة العرب"), ("au:ansar", "Ansar al-Shari'a"))
    text = "Bakanlık Arap Yarımadası El Kaidesi'ni listeye aldı."
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert ("Arap Yarımadası El Kaidesi", "un:aqap") in found, found
    # (an apostrophe inside an Arabic name stands for ayn: no ending)
    found = {(m.text, m.entry.id) for m in find_mentions("Fighters of Ansar al-Shari'a fled.", index)}
    assert ("Ansar al-Shari'a", "au:ansar") in found, found


def test_a_group_named_by_one_word_is_found_in_lower_case():
    # French, Spanish and Italian write the Taliban in lower case; a lower-case word that
    # is a person's name or a common word still needs corroboration
    index = _small_index(("us:taliban", "TALIBAN"))
    for text, written in (("Les talibans sont arrivés à Kaboul.", "talibans"),
                          ("Los talibanes llegaron a Kabul.", "talibanes"),
                          ("I talebani sono arrivati.", "talebani")):
        found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
        assert (written, "us:taliban") in found, (text, found)
    assert find_mentions("The students met the Minister.", index) == []


def test_german_prepositions_glue_a_translated_name_in_running_text():
    index = _small_index(("un:aqap", "AL-QAIDA IN THE ARABIAN PENINSULA"),
                         ("us:pflp", "POPULAR FRONT FOR THE LIBERATION OF PALESTINE"))
    for text, written, ref in (
            ("Die Al-Qaida auf der Arabischen Halbinsel hat sich bekannt.",
             "Al-Qaida auf der Arabischen Halbinsel", "un:aqap"),
            # (a place with a genitive s: Palästinas)
            ("Die Volksfront zur Befreiung Palästinas kämpft.",
             "Volksfront zur Befreiung Palästinas", "us:pflp")):
        found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
        assert (written, ref) in found, found


def test_a_name_found_as_listed_goes_on_after_an_arabic_article():
    # Abu Bakr is listed alone (a kunya: 0.8); "al Bagdadi" after it makes the longer name
    index = _small_index(("x:abubakr", "Abu Bakr"), ("un:baghdadi", "Abu Bakr al-Baghdadi"))
    for text, written in (("Según el informe, Abu Bakr al Bagdadi dirigió el grupo.", "Abu Bakr al Bagdadi"),
                          ("По данным доклада, Абу Бакр аль-Багдади руководил группой.",
                           "Абу Бакр аль-Багдади")):
        found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
        assert (written, "un:baghdadi") in found, found
    # (a capitalised word after a name without an article is no part of it)
    found = {m.text for m in find_mentions("Near the Airport Abu Bakr Terminal.", index)}
    assert "Abu Bakr Terminal" not in found


def test_arabic_articles_as_turkish_writes_them_glue_a_name():
    index = NameIndex.build([IndexEntry("un:zawahiri", "person", [("Ayman al-Zawahiri", "primary")]),
                             IndexEntry("un:hts", "organisation", [("Hayat Tahrir al-Sham", "primary")])])
    found = {(m.text, m.entry.id) for m in find_mentions(
        "Raporta göre Eymen ez-Zevahiri örgütü yönetti.", index)}
    assert ("Eymen ez-Zevahiri", "un:zawahiri") in found, found
    found = {(m.text, m.entry.id) for m in find_mentions("Heyet Tahrir eş-Şam İdlib'de.", index)}
    assert any(text.endswith("Tahrir eş-Şam") and ref == "un:hts" for text, ref in found), found


def test_an_article_joined_as_turkish_writes_it_and_a_joined_possessive(index):
    # eş- is the Arabic article as Turkish writes it (ash-), joined by a hyphen; the
    # mention holds it as al- would be held
    for text, want in [("Somali'de Eş-Şebab saldırdı.", "Eş-Şebab"),
                       ("Esh-Shebab attacked a base.", "Esh-Shebab"),
                       ("El-Şebab saldırdı.", "El-Şebab")]:
        assert ("gb:shabaab" in {m.entry.id for m in find_mentions(text, index)}
                and want in {m.text for m in find_mentions(text, index)}), text
    # (et, es, en written apart are words of their own: French "et")
    assert find_mentions("Les Shebab et les autres.", index) == []
    # Turkish joins the possessive of a compound to the name (Lübnan Hizbullahı)
    assert ("Hizbullahı", "us:hizballah") in found(
        find_mentions("Lübnan Hizbullahı İsrail'e roket attı.", index))


def test_names_in_indic_scripts_are_found_whole_in_running_text():
    # vowel signs and viramas are parts of words, and a word is read with its inherent
    # vowels: तालिबान is taliban (letter by letter it was tlbn), अज़हर azhar
    entries = [IndexEntry(id="t", kind="organisation", names=[("Taliban", "primary")]),
               IndexEntry(id="m", kind="person", names=[("Masood AZHAR", "primary")]),
               IndexEntry(id="b", kind="organisation",
                          names=[("Babbar Khalsa International", "primary")])]
    index = NameIndex.build(entries)
    text = "हमले के पीछे तालिबान का हाथ था। मसूद अज़हर पर प्रतिबंध है। ਬੱਬਰ ਖ਼ਾਲਸਾ ਇੰਟਰਨੈਸ਼ਨਲ"
    mentions = find_mentions(text, index)
    assert found(mentions) == [("तालिबान", "t"), ("मसूद अज़हर", "m"),
                               ("ਬੱਬਰ ਖ਼ਾਲਸਾ ਇੰਟਰਨੈਸ਼ਨਲ", "b")]
    for m in mentions:
        assert text[m.start:m.end] == m.text
    folded = Folded(text)
    at = folded.text.index("azhar")
    assert text[folded.original_offset(at):folded.original_end(at + len("azhar"))] == "अज़हर"


def test_a_one_word_name_with_an_arabic_article_written_otherwise_in_running_text():
    entries = [IndexEntry(id="q", kind="organisation", names=[("Al-Qaida", "primary")]),
               IndexEntry(id="p", kind="person", names=[("AL-MASRI", "primary")]),
               IndexEntry(id="o", kind="organisation", names=[("Al-Masri Trading", "primary")])]
    index = NameIndex.build(entries)
    for text, written in [("Боевики Аль-Каиды напали на город.", "Аль-Каиды"),
                          ("Его связь с аль-Каидой доказана.", "аль-Каидой"),
                          ("Militants of al-Kaeda attacked.", "al-Kaeda"),
                          ("bojownicy Al-Kaidy zaatakowali", "Al-Kaidy")]:
        assert found(find_mentions(text, index)) == [(written, "q")], text
    # one word after an article is no person's name, nor part of a longer name
    assert find_mentions("He met al-Masri in al-Raqqa.", index) == []


def test_a_one_word_name_after_an_arabic_article_written_apart_on_every_list():
    # Turkish writes the article apart (El Kaide: kaide is the Turkish word for base);
    # the one name on a dozen lists is a mention of each list's entry
    lists = [IndexEntry(id=f"list{i}:q", kind="organisation", names=[("Al-Qaida", "primary")])
             for i in range(12)]
    index = NameIndex.build([*lists, IndexEntry(id="o", kind="organisation",
                                                names=[("Kaplan Trading", "primary")])])
    mentions = find_mentions("Türkiye, El Kaide ve IŞİD'e karşı operasyon düzenledi.", index)
    assert {(m.text, m.entry.id) for m in mentions} == {("El Kaide", e.id) for e in lists}
    # (Spanish: el before a word of the vocabulary is no Arabic name)
    assert find_mentions("El Estado y El Ejército anunciaron un plan.", index) == []


def test_a_word_with_an_arabic_article_inside_a_longer_run_and_lowercase_words_with_diacritics():
    entries = [IndexEntry(id="q", kind="organisation", names=[("Al-Qaida", "primary")]),
               IndexEntry(id="s", kind="organisation", names=[("Islamic State", "primary")])]
    index = NameIndex.build(entries)
    # the run goes on over "та Аль-Каїди": Al-Qaida is among the names compared with it
    text = "Бойовики Ісламської держави та Аль-Каїди атакували."
    assert found(find_mentions(text, index)) == [("Ісламської держави", "s"), ("Аль-Каїди", "q")]
    # a lowercase word goes on a name as the vocabulary spells it (države: drzhave)
    text = "Pripadnici Islamske države su napali; Əl-Qaidə də."
    assert found(find_mentions(text, index)) == [("Islamske države", "s"), ("Əl-Qaidə", "q")]


def test_a_foreign_name_in_chinese_characters_in_running_chinese():
    index = NameIndex.build([
        IndexEntry("k", "person", [("Ramzan Akhmatovich KADYROV", "primary")]),
        IndexEntry("l", "person", [("Sergey Viktorovich LAVROV", "primary")]),
        IndexEntry("decoy", "person", [("John SMYTHE", "primary")])])
    text = "车臣领导人拉姆赞·卡德罗夫周二表示，他与谢尔盖·拉夫罗夫会面。约翰·史密斯先生说。"
    mentions = find_mentions(text, index)
    # where the name starts and ends is not written: the best span of a few characters
    # on either side of the dots (领导人, leader, and 周二, Tuesday, are not the name's)
    assert [(m.text, m.entry.id) for m in mentions] == [("拉姆赞·卡德罗夫", "k"),
                                                         ("谢尔盖·拉夫罗夫", "l")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_a_translated_name_in_french_sentence_case_is_a_name():
    index = NameIndex.build([
        IndexEntry("p", "organisation", [("Popular Front for the Liberation of Palestine", "primary")]),
        IndexEntry("n", "organisation", [("National Liberation Front", "primary")])])
    # French writes the words of a name after the first in lower case: libération is
    # no English "liberation" written in lower case (it needed corroboration)
    text = "Le Front populaire de libération de la Palestine a revendiqué l'attaque."
    assert found(find_mentions(text, index)) == [
        ("Front populaire de libération de la Palestine", "p")]
    # ordinary words in lower case still are ordinary words
    assert find_mentions("The national liberation front of the town said so.", index) == []


def test_a_translated_name_in_another_languages_sentence_case_keeps_its_english_words():
    common = [IndexEntry(f"c{i}", "organisation", [(f"{w} Trading {i}", "primary")])
              for i, w in enumerate(["Islamic", "Jihad"] * 10)]
    index = NameIndex.build([IndexEntry("p", "organisation", [("Islamic Jihad", "primary")]),
                             *common])
    # jihad, in lower case after Swedish Islamiska, is a word of the name, not an English
    # word in lower case (which needs corroboration)
    assert found(find_mentions("Polisen nämnde Islamiska jihad i rapporten.", index)) == [
        ("Islamiska jihad", "p")]
    assert find_mentions("The Islamic jihad against the state was discussed.", index) == []


def test_two_translated_names_joined_by_and_are_both_found():
    # (words in many listed names retrieve no candidates from running text)
    common = [IndexEntry(f"c{i}", "organisation", [(f"{w} Trading {i}", "primary")])
              for i, w in enumerate(["Islamic", "Jihad", "Union"] * 10)]
    index = NameIndex.build([
        IndexEntry("j", "organisation", [("Islamic Jihad Union", "primary")]),
        IndexEntry("u", "organisation", [("Islamic Movement of Uzbekistan", "primary")]),
        *common])
    # one run of words (y and el glue the names of one group too); each part's
    # candidates are scored, not only those of the whole (the rare Uzbekistan's)
    text = "La Unión de la Yihad Islámica y el Movimiento Islámico de Uzbekistán."
    assert found(find_mentions(text, index)) == [
        ("Unión de la Yihad Islámica", "j"), ("Movimiento Islámico de Uzbekistán", "u")]
    # and in languages whose "and" folds to a word of names (и: i, és: es, și: si):
    # the part after it retrieves its own candidates (not only the rare Hamas's)
    index = NameIndex.build([IndexEntry("h", "organisation", [("HAMAS", "primary")]),
                             IndexEntry("p", "organisation", [("Islamic Jihad", "primary")]),
                             *common])
    for text, hamas, jihad in [
            ("Представители Хамас и Исламского джихада встретились.", "Хамас", "Исламского джихада"),
            ("A rendőrség szerint a Hamas és az Iszlám Dzsihád is érintett.", "Hamas", "Iszlám Dzsihád")]:
        assert found(find_mentions(text, index)) == [(hamas, "h"), (jihad, "p")], text



def test_translated_names_in_czech_hungarian_and_romanian_running_text():
    common = [IndexEntry(f"c{i}", "organisation", [(f"{w} Trading {i}", "primary")])
              for i, w in enumerate(["Islamic", "State", "Front", "Party"] * 10)]
    index = NameIndex.build([
        IndexEntry("s", "organisation", [("Islamic State", "primary")]),
        IndexEntry("a", "person", [("Mohammad ALAM", "primary")]),
        IndexEntry("p", "organisation", [("Popular Front for the Liberation of Palestine", "primary")]),
        IndexEntry("k", "organisation", [("Kurdistan Workers' Party", "primary")]),
        *common])
    # a function word that is also a word of names (Czech pro, Romanian din) glues the
    # name of its language; a word meaning its concept beside another (Hungarian állam,
    # state; Czech stát) makes a translated name with it
    for text, name, entry in [
            ("Policie uvedla, že Lidová fronta pro osvobození Palestiny převzala odpovědnost.",
             "Lidová fronta pro osvobození Palestiny", "p"),
            ("Atacul a fost revendicat de Partidul Muncitorilor din Kurdistan la Ankara.",
             "Partidul Muncitorilor din Kurdistan", "k"),
            ("A rendőrség szerint az Iszlám Állam vállalta a felelősséget.", "Iszlám Állam", "s"),
            ("Policie tvrdí, že za útokem stojí Islámský stát.", "Islámský stát", "s")]:
        assert found(find_mentions(text, index)) == [(name, entry)], text
    # Alam alone is a name, not the state
    mentions = find_mentions("Mohammad Alam said the Alam Trading company closed.", index)
    assert [m.entry.id for m in mentions] == ["a"]


def test_a_name_of_few_listed_names_with_a_vocabulary_word_in_running_text():
    common = [IndexEntry(f"c{i}", "organisation", [(f"Group Trading {i}", "primary")])
              for i in range(20)]
    index = NameIndex.build([
        IndexEntry("w", "organisation", [("Wagner Group", "primary")]),
        IndexEntry("v", "organisation", [("Wagner", "primary"), ("Группа Вагнера", "alias")]),
        IndexEntry("m", "person", [("Milos WAGNER", "primary")]), *common])
    # Wagner, in a few listed names, and Gruppe, a word of the vocabulary, make a name;
    # the list that lists Wagner alone is found by its other name there, not lost inside
    # the longer mention
    mentions = find_mentions("Sanktionen gegen die Wagner-Gruppe wurden verhängt.", index)
    assert {(m.text, m.entry.id) for m in mentions} == {("Wagner-Gruppe", "w"), ("Wagner-Gruppe", "v")}


def test_a_one_word_name_written_otherwise_in_running_text():
    index = NameIndex.build([
        IndexEntry("h", "organisation", [("Hamas", "primary")]),
        IndexEntry("n", "organisation", [("NIIAR", "primary")])])
    # Hamász is Hamas as Hungarian writes it (sz: s), one word with the listed one's key
    mentions = find_mentions("Izrael szerint a Hamász vezetője meghalt.", index)
    assert [(m.text, m.entry.id) for m in mentions] == [("Hamász", "h")]
    # an acronym is met as written: Near is no NIIAR; nor is a lowercase word a name
    assert find_mentions("Near the border, the hamász word was written.", index) == []


def test_foreign_names_in_katakana_in_running_japanese():
    index = NameIndex.build([
        IndexEntry("p", "person", [("Vladimir PUTIN", "primary")]),
        IndexEntry("l", "person", [("Sergey LAVROV", "primary")]),
        IndexEntry("x", "person", [("Vladimir Anatolevich POLIN", "primary")])])
    # no space says where a name starts, but katakana does; チ is ti, ブ v, フ f or v
    text = "ロシアのウラジーミル・プーチン大統領は、セルゲイ・ラブロフ外相と会談した。"
    mentions = find_mentions(text, index)
    assert found(mentions) == [("ウラジーミル・プーチン", "p"), ("セルゲイ・ラブロフ", "l")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_translated_names_in_running_vietnamese():
    # Vietnamese writes a word's syllables apart and capitalises some of them: a phrase
    # of the vocabulary goes on a name (Nhà nước, state; Hồi giáo, Islamic), its first
    # syllable anchors it, and a word of a phrase is no function word of another
    # language (vệ: Turkish and; dân: Indonesian and)
    common = [IndexEntry(f"c{i}", "organisation", [(f"{w} Trading {i}", "primary")])
              for i, w in enumerate(["Islamic", "State", "Front", "People"] * 10)]
    index = NameIndex.build([
        IndexEntry("s", "organisation", [("Islamic State", "primary")]),
        IndexEntry("p", "organisation", [("Popular Front for the Liberation of Palestine", "primary")]),
        IndexEntry("g", "organisation", [("Islamic Revolutionary Guard Corps", "primary")]),
        *common])
    for text, name, entry in [
            ("Lãnh đạo Nhà nước Hồi giáo bị tiêu diệt.", "Nhà nước Hồi giáo", "s"),
            ("Mặt trận Nhân dân Giải phóng Palestine tuyên bố.",
             "Mặt trận Nhân dân Giải phóng Palestine", "p"),
            ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran.", "Vệ binh Cách mạng Hồi giáo", "g")]:
        assert found(find_mentions(text, index)) == [(name, entry)], text


def test_persons_in_other_cases_in_running_russian():
    # (surnames in more listed names than anchor a run alone)
    relatives = [IndexEntry(f"r{i}", "person", [(f"{first} Vladimirovna PUTINA", "primary")])
                 for i, first in enumerate(["Maria", "Yekaterina"])]
    others = [IndexEntry(f"o{i}", "person", [(f"Ivan {w} {i}", "primary")])
              for i, w in enumerate(["Putin", "Prigozhin", "Kadyrov"] * 6)]
    index = NameIndex.build([
        IndexEntry("p", "person", [("Vladimir PUTIN", "primary")]),
        IndexEntry("y", "person", [("Yevgeny PRIGOZHIN", "primary")]),
        IndexEntry("k", "person", [("Ramzan Akhmatovich KADYROV", "primary")]),
        *relatives, *others])
    # Владимира Путина is Putin's (not only his daughters', Putina); a place beside a
    # name is no part of it (Глава Чечни: Chechnya's head)
    got = found(find_mentions("Санкции против Владимира Путина введены.", index))
    assert ("Владимира Путина", "p") in got, got
    got = found(find_mentions("Глава Чечни Рамзан Кадыров поддерживает Евгения Пригожина.", index))
    assert ("Рамзан Кадыров", "k") in got and ("Евгения Пригожина", "y") in got, got


def test_abu_bakr_written_as_one_word_in_running_turkish():
    index = NameIndex.build([
        IndexEntry("u", "person", [("Abu Bakr al-Baghdadi", "primary")]),
        IndexEntry("g", "person", [("Abu Bakr AL-BAGHDADI", "primary")]),
        IndexEntry("a", "person", [("Abubakar AHMED", "primary")])])
    # Ebubekir is Abu Bakr as Turkish writes it (given names: abubakr), one word of the
    # text for two of the listed name; every list's name prepared alike is found
    text = "Kemal, IŞİD lideri Ebubekir el-Bağdadi'nin öldürüldüğünü söyledi."
    assert set(found(find_mentions(text, index))) == {
        ("Ebubekir el-Bağdadi", "u"), ("Ebubekir el-Bağdadi", "g")}


def test_persons_listed_in_latin_letters_in_running_arabic_script():
    # a clause in Arabic script is one run (no capitals): names listed in Latin letters
    # are retrieved by the consonants of its words two by two, and a mention holds no
    # word that meets nothing in the listed name
    common = [IndexEntry(f"c{i}", "person", [(f"Mohammad {w}{i}", "primary")])
              for i, w in enumerate(["HASSAN", "SAID", "KARIM"] * 10)]
    index = NameIndex.build([
        IndexEntry("s", "person", [("Hafiz Mohammad SAEED", "primary"), ("Hafiz SAEED", "alias")]),
        IndexEntry("a", "person", [("Masud AZHAR", "primary")]),
        IndexEntry("j", "organisation", [("Jaish-i-Mohammed", "primary")]), *common])
    text = "جیش محمد کے رہنما حافظ سعید اور مسعود اظہر پر پابندیاں ہیں۔"
    mentions = find_mentions(text, index)
    assert [(m.text, m.entry.id) for m in mentions if m.entry.id in "sa"] == [
        ("حافظ سعید", "s"), ("مسعود اظہر", "a")]


def test_organisations_with_a_case_ending_joined_in_running_polish_czech_hungarian_swedish():
    index = NameIndex.build([
        IndexEntry("h", "organisation", [("Hezbollah", "primary")]),
        IndexEntry("m", "organisation", [("Hamas", "primary")]),
        IndexEntry("t", "organisation", [("Taliban", "primary")]),
        IndexEntry("p", "person", [("Marin", "primary"), ("Ivan MARIN", "alias")])])
    for text, want in [
            # (the words as written, the ending with them)
            ("Izrael zaatakował pozycje Hezbollahu w Libanie.", [("Hezbollahu", "h")]),
            ("Rozmowy z Hezbollahem i Hamasem.", [("Hezbollahem", "h"), ("Hamasem", "m")]),
            ("Armáda bojuje s Talibanem.", [("Talibanem", "t")]),
            ("A Hamasnak nincs köze.", [("Hamasnak", "m")]),
            # Polish plural; Swedish, Danish, Norwegian article and genitive joined
            ("Talibanowie przejęli władzę.", [("Talibanowie", "t")]),
            ("Talibanerna tog makten i Afghanistan.", [("Talibanerna", "t")]),
            ("Talibanerne overtog magten.", [("Talibanerne", "t")]),
            ("Hezbollahs ledare dödades.", [("Hezbollahs", "h")])]:
        assert found(find_mentions(text, index)) == want, text
    # a person's name is not cut from a longer word (Marina is no Marin), nor is a name
    # written in lower case or followed by letters that are no case ending
    for text in ("Marina said so.", "The hamasem was there.", "Hamasters and Talibanism."):
        assert found(find_mentions(text, index)) == [], text


def test_a_word_of_its_own_is_no_shorter_name_with_a_case_ending():
    # AFRIC is a listed alias; Africa a word of other listed names and a place of the
    # vocabulary; Talibanem the vocabulary's Taliban itself, in another case
    index = NameIndex.build([
        IndexEntry("f", "organisation", [("Association for Free Research", "primary"), ("AFRIC", "alias")]),
        IndexEntry("c", "organisation", [("Africa Corps", "primary")]),
        IndexEntry("t", "organisation", [("Taliban", "primary")])])
    assert found(find_mentions("He travelled across Africa and Asia.", index)) == []
    assert found(find_mentions("Armáda bojuje s Talibanem.", index)) == [("Talibanem", "t")]
    # a place of the vocabulary, whether or not a listed name has the word
    index = NameIndex.build([IndexEntry("f", "organisation", [("AFRIC", "primary")])])
    assert found(find_mentions("He travelled across Africa and Asia.", index)) == []
    # a frequent word of a language (Indonesian posisi, position), whatever the lists have
    index = NameIndex.build([IndexEntry("p", "organisation", [("Center for Innovation", "primary"),
                                                             ("POSIS", "alias")])])
    assert found(find_mentions("Posisi tidak sesuai dengan data.", index)) == []


def test_persons_with_case_endings_in_running_polish_and_czech_and_a_common_given_name():
    # many listed persons have the given names Vladimir, Sergey, Yevgeny (no anchors);
    # Putin's daughters are listed as PUTINA
    common = [IndexEntry(f"c{i}", "person", [(f"{g} {w}", "primary")])
              for i, (g, w) in enumerate((g, w) for g in ("Vladimir", "Sergey", "Yevgeny")
                                         for w in ("Ivanov", "Petrov", "Sidorov", "Orlov",
                                                   "Volkov", "Popov", "Sokolov", "Lebedev"))]
    relatives = [IndexEntry(f"r{i}", "person", [(f"{first} Vladimirovna PUTINA", "primary")])
                 for i, first in enumerate(["Maria", "Yekaterina"])]
    others = [IndexEntry(f"o{i}", "person", [(f"Ivan {w} {i}", "primary")])
              for i, w in enumerate(["Putin", "Lavrov", "Prigozhin"] * 6)]
    index = NameIndex.build([
        IndexEntry("p", "person", [("Vladimir PUTIN", "primary")]),
        IndexEntry("l", "person", [("Sergey LAVROV", "primary")]),
        IndexEntry("y", "person", [("Yevgeny PRIGOZHIN", "primary")]),
        IndexEntry("g", "person", [("Roman Igorevich PUTIN", "primary")]),
        *common, *relatives, *others])
    for text, want in [
            # German spelling of a given name of many: the name beside it anchors
            ("Wladimir Putin traf Sergej Lawrow in Moskau.",
             [("Wladimir Putin", "p"), ("Sergej Lawrow", "l")]),
            # Polish instrumental and genitive, Czech dative
            ("Rozmowa z Władimirem Putinem i Siergiejem Ławrowem.",
             [("Władimirem Putinem", "p"), ("Siergiejem Ławrowem", "l")]),
            ("Sankcje wobec Władimira Putina.", [("Władimira Putina", "p")]),
            ("Sankce proti Vladimiru Putinovi a Jevgeniji Prigožinovi.",
             [("Vladimiru Putinovi", "p"), ("Jevgeniji Prigožinovi", "y")]),
            # Hungarian writes Russian's soft d and t gy, ty
            ("Vlagyimir Putyin orosz elnök kedden beszédet mondott.",
             [("Vlagyimir Putyin", "p")])]:
        assert found(find_mentions(text, index)) == want, text


def test_an_organisations_one_word_name_after_a_given_name_is_a_persons_name():
    given = [IndexEntry(f"g{i}", "person", [(f"Peter {w}{i}", "primary")])
             for i, w in enumerate(["Schmidt", "Novak", "Horvat", "Jensen", "Costa"] * 5)]
    index = NameIndex.build([IndexEntry("w", "organisation", [("Wagner", "primary")]), *given])
    assert found(find_mentions("Der Trainer sprach mit Peter Wagner.", index)) == []
    assert found(find_mentions("Wagner fighters left Mali.", index)) == [("Wagner", "w")]
    # a given name of a few listed persons only is one too (Western given names are rare
    # on these lists: Richard in eight names)
    few = [IndexEntry(f"r{i}", "person", [(f"Richard {w}", "primary")])
           for i, w in enumerate(["Schmidt", "Novak", "Horvat", "Jensen", "Costa", "Berg"])]
    index = NameIndex.build([IndexEntry("w", "organisation", [("Wagner", "primary")]), *few])
    assert found(find_mentions("Richard Wagner composed the opera Parsifal.", index)) == []
    assert found(find_mentions("Wagner fighters left Mali.", index)) == [("Wagner", "w")]
    # an article is no given name, whatever persons' names share its letters (Di, De)
    given = [IndexEntry(f"d{i}", "person", [(f"{w} {i}", "primary")])
             for i, w in enumerate(["Di", "Dee", "Die"] * 10)]
    index = NameIndex.build([IndexEntry("t", "organisation", [("Taliban", "primary")]), *given])
    assert found(find_mentions("Die Taliban haben Kabul eingenommen.", index)) == [("Taliban", "t")]


def test_ayman_in_arabic_script_is_not_yemen():
    # أيمن and اليمن have the same consonants; Arabic script writes an initial y
    index = NameIndex.build([
        IndexEntry("q", "organisation", [("Al-Qaida", "primary")]),
        IndexEntry("y", "organisation", [("Al-Qaida in Yemen", "primary")]),
        IndexEntry("z", "person", [("Ayman al-Zawahiri", "primary")])])
    text = "قتل زعيم تنظيم القاعدة أيمن الظواهري في غارة أمريكية."
    assert found(find_mentions(text, index)) == [("القاعدة", "q"), ("أيمن الظواهري", "z")]


def test_korean_given_names_written_with_a_hyphen_in_running_text():
    index = NameIndex.build([
        IndexEntry("k", "person", [("Jong Un KIM", "primary")]),
        IndexEntry("c", "person", [("Ryong Hae CHOE", "primary")]),
        IndexEntry("l", "person", [("John Ka-chiu LEE", "primary")]),
        IndexEntry("m", "person", [("Kim Min Chol", "primary")])])
    # the syllable after the hyphen is a part of the name; a name is not cut inside it
    assert found(find_mentions("Kim Jong-un met Choe Ryong-hae.", index)) == [
        ("Kim Jong-un", "k"), ("Choe Ryong-hae", "c")]
    assert found(find_mentions("Kim Min-jun and Lee Seo-yeon studied in Seoul.", index)) == []


def test_a_kind_word_in_lower_case_before_or_after_a_name_in_running_text():
    # Haqqani, a family's name (too many listed names to anchor alone), with network in
    # lower case after it as English writes it, or before it as French and Italian do
    givens = ("Sirajuddin", "Jalaluddin", "Badruddin", "Nasiruddin", "Khalil", "Aziz",
              "Yahya", "Abdul Aziz", "Mohammad Omar", "Ismail", "Anas", "Saifullah")
    index = NameIndex.build([
        IndexEntry("n", "organisation", [("Haqqani Network", "primary")]),
        IndexEntry("g", "organisation", [("Rede Globo", "primary")]),
        *(IndexEntry(f"p{i}", "person", [(f"{given} HAQQANI", "primary")])
          for i, given in enumerate(givens))])
    for text, name in (("The Treasury sanctioned the Haqqani network on Tuesday.", "Haqqani network"),
                       ("Le Trésor a sanctionné le réseau Haqqani mardi.", "réseau Haqqani"),
                       ("Il Tesoro ha sanzionato la rete Haqqani martedì.", "rete Haqqani"),
                       # (rede, a word of few listed names, retrieves those only: the
                       # names of the whole run are retrieved too)
                       ("O Tesouro sancionou a rede Haqqani na terça.", "rede Haqqani")):
        assert [(m.text, m.entry.id) for m in find_mentions(text, index)] == [(name, "n")], text
    # an ordinary word in lower case before a name is no part of it
    assert find_mentions("They met in the market Haqqani owns.", index) == []


def test_a_foreign_persons_name_in_chinese_beside_a_group_found_as_listed():
    # 哈马斯领导人叶海亚·辛瓦尔: Hamas (found as listed) and its leader Yahya Sinwar, in
    # one run of characters - the group found does not hide the person's dotted name
    index = NameIndex.build([
        IndexEntry("h", "organisation", [("HAMAS", "primary"), ("哈马斯", "alias")]),
        IndexEntry("s", "person", [("Yahya SINWAR", "primary")]),
        IndexEntry("decoy", "organisation", [("Hasan Trading Co", "primary")])])
    text = "哈马斯领导人叶海亚·辛瓦尔周三表示。"
    mentions = find_mentions(text, index)
    assert [(m.text, m.entry.id) for m in mentions] == [("哈马斯", "h"), ("叶海亚·辛瓦尔", "s")]


def test_groups_named_in_running_chinese_end_with_a_word_saying_what_sort_of_group():
    index = _small_index(("j", "Palestinian Islamic Jihad"), ("h", "Haqqani Network"),
                         ("c", "Communist Party of the Philippines"))
    # no space says where a name starts; its last word (组织 organisation, 网络 network,
    # 党 party) says where it ends, and the name is the best span before it
    text = "巴勒斯坦伊斯兰圣战组织发表声明，哈卡尼网络的领导人也否认。"
    assert found(find_mentions(text, index)) == [("巴勒斯坦伊斯兰圣战", "j"), ("哈卡尼网络", "h")]
    assert found(find_mentions("菲律宾共产党发表声明。", index)) == [("菲律宾共产党", "c")]
    # a place before a name is part of it: China's Communist Party is not the Philippines'
    assert find_mentions("中国共产党中央委员会召开会议。", index) == []


def test_a_vocabulary_word_and_a_word_of_many_names_in_one_listed_name():
    # Mohammad, a word of many names, anchors nothing; with Jaish (army), both in a listed
    # name (spelled there Mohammed), it makes a run worth scoring
    family = [f"{a}{b}" for a in ("Kar", "Nas", "Sal", "Haf", "Rah", "Qad", "Bas", "Tam", "Zar",
                                   "Hab", "Jal", "Mus", "Far", "Dar", "Lat", "Wah", "Yaz", "Gul")
              for b in ("imi", "iri", "ani", "uli", "ebi", "awi", "oudi", "ashi", "ami", "idi",
                        "ubi", "afi", "ini", "ori", "ali", "aki", "ezi", "uni")]
    index = NameIndex.build([
        IndexEntry("j", "organisation", [("Jaish-i-Mohammed", "primary")]),
        *(IndexEntry(f"p{i}", "person", [(f"Mohammad {name.upper()}", "primary")])
          for i, name in enumerate(family))])
    for text, name in (("Jaish-e-Mohammad claimed the attack.", "Jaish-e-Mohammad"),
                       ("Police detained members of Jaysh Muhammad on Monday.", "Jaysh Muhammad")):
        assert found(find_mentions(text, index)) == [(name, "j")], text
    assert find_mentions("Islamic Mohammad School opened on Monday.", index) == []


def test_a_group_word_in_lower_case_before_a_persons_name_is_left_out_when_it_meets_nothing():
    # frère (brother) is a word of the Muslim Brotherhood's name (Frères musulmans): the
    # run from it meets nothing (its rare word, Frere, retrieves a person of that given
    # name; el-Assad, with its article, retrieves some of its many names), the person's
    # name after it does
    family = ("Bashar", "Asma", "Rifaat", "Hafez", "Bushra", "Anisa", "Basil", "Majd",
              "Jamil", "Munzir", "Fawwaz", "Duraid", "Hafiz", "Ribal", "Sumer", "Hilal",
              "Fawaz", "Nizar", "Tawfiq", "Ayman", "Hussam", "Wasim", "Suleiman", "Dureid",
              "Iyad", "Karim", "Kinan", "Muhammad", "Riyad", "Zuhair")
    index = NameIndex.build([
        IndexEntry("m", "person", [("Maher AL-ASSAD", "primary")]),
        IndexEntry("b", "organisation", [("Frères musulmans", "primary")]),
        IndexEntry("f", "person", [("Frere Petrus IBRAHIM", "primary")]),
        *(IndexEntry(f"p{i}", "person", [(f"{given} AL-ASSAD", "primary")])
          for i, given in enumerate(family)),
        *(IndexEntry(f"q{i}", "person", [(f"Maher {family_name}", "primary")])
          for i, family_name in enumerate(("HAMMAD", "TAHA", "SAID", "NASSER", "KHALIL",
                                           "AZIZ", "SALEH", "OMAR", "ZAKI", "FARES")))])
    text = "Des sanctions visent son frère Maher el-Assad depuis 2011."
    assert found(find_mentions(text, index)) == [("Maher el-Assad", "m")]


def test_a_title_and_given_name_listed_as_an_alias_before_a_family_name():
    # "Sheikh Hassan" is an alias of one listed person; with Nasrallah after it, the text
    # names another (Hasan NASRALLAH), and two names do not share a word
    givens = ("Hasan", "Hassan", "Husain", "Hussein", "Hasan Ali", "Hasan Mohammad")
    index = NameIndex.build([
        IndexEntry("n", "person", [("Hasan NASRALLAH", "primary")]),
        IndexEntry("a", "person", [("Hassan Dahir AWEYS", "primary"), ("Sheikh Hassan", "alias")]),
        *(IndexEntry(f"p{i}", "person", [(f"{given} {family}", "primary")])
          for i, (given, family) in enumerate((g, f) for g in givens
                                              for f in ("AHMAD", "SALEH", "OMAR", "HAIDAR")))])
    text = "Sheikh Hassan Nasrallah addressed supporters in Beirut."
    assert found(find_mentions(text, index)) == [("Hassan Nasrallah", "n")]
    assert found(find_mentions("Sheikh Hassan spoke at the Airport.", index)) == [("Sheikh Hassan", "a")]


def test_a_kind_word_in_lower_case_before_a_rare_one_word_name():
    # French and Russian say what sort of group before its name (la division Fatemiyoun,
    # дивизия «Фатемиюн»); the name's one word alone is no mention
    index = NameIndex.build([
        IndexEntry("f", "organisation", [("Fatemiyoun Division", "primary")]),
        IndexEntry("p", "person", [("Farhad FATEMI", "primary")])])
    text = "Des combattants de la division Fatemiyoun ont été envoyés en Syrie."
    assert found(find_mentions(text, index)) == [("division Fatemiyoun", "f")]
    text = "Бойцы дивизии «Фатемиюн» воевали в Сирии."
    assert found(find_mentions(text, index)) == [("дивизии «Фатемиюн", "f")]
    assert found(find_mentions("Il a rencontré Fatemiyoun hier.", index)) == []


def test_korean_names_in_running_korean_are_one_word_each():
    index = NameIndex.build([
        IndexEntry("k", "person", [("Jong Un KIM", "primary")]),
        IndexEntry("s", "person", [("Su-Kwang KIM", "primary")]),
        IndexEntry("y", "person", [("Yo Jong KIM", "primary")]),
        IndexEntry("j", "person", [("Kyong Thaek JONG", "primary")]),
        IndexEntry("c", "person", [("Chin Sung CHANG", "primary")])])
    text = "북한의 김정은 국무위원장이 미사일 발사를 참관했다고 조선중앙통신이 보도했다."
    assert found(find_mentions(text, index)) == [("김정은", "k")]
    assert found(find_mentions("김수광 대사가 도착했다.", index)) == [("김수광", "s")]
    assert found(find_mentions("김여정 부부장이 담화를 발표했다.", index)) == [("김여정", "y")]
    # with particles joined to it (이, 은: the subject, the topic)
    assert found(find_mentions("김여정이 담화를 발표했다.", index)) == [("김여정", "y")]
    assert found(find_mentions("김수광은 말했다.", index)) == [("김수광", "s")]
    # a name's syllables are not gathered from several words: 경제 정책을 (economic
    # policy) is no Kyong Thaek JONG, 이순신 장군 (Admiral Yi Sun-sin) no Chin Sung CHANG
    text = "정부는 새로운 경제 정책을 발표했다. 이순신 장군 동상 앞에서 만났다."
    assert found(find_mentions(text, index)) == []


def test_foreign_names_in_running_korean_are_words_apart():
    # a foreign person's name in Hangul is written in words apart, one of four syllables
    # or more (no Korean name's), particles joined to the last
    index = NameIndex.build([
        IndexEntry("p", "person", [("Vladimir Vladimirovich PUTIN", "primary")]),
        IndexEntry("s", "person", [("Yahya SINWAR", "primary")]),
        IndexEntry("b", "person", [("Abu Bakr al-Baghdadi", "primary")]),
        IndexEntry("j", "person", [("JANG BOM SU", "primary")]),
        IndexEntry("k", "person", [("Jong Un KIM", "primary")])])
    assert found(find_mentions("블라디미르 푸틴 대통령이 연설했다.", index)) == [("블라디미르 푸틴", "p")]
    assert [m.entry.id for m in find_mentions("하마스 지도자 야히야 신와르가 사망했다.", index)] == ["s"]
    assert found(find_mentions("아부 바크르 알바그다디가 사망했다.", index)) == [
        ("아부 바크르 알바그다디", "b")]
    # a Korean word of four syllables is no name's in part (수장이다: is the head - 수장 is
    # no JANG BOM SU), nor is a title after a name a word of it (국무위원장이, the chairman)
    assert find_mentions("람잔은 체첸 공화국의 수장이다.", index) == []
    assert found(find_mentions("김정은 국무위원장이 참관했다.", index)) == [("김정은", "k")]


def test_korean_names_in_running_russian():
    # Russian writes Korean names in the Kontsevich system (Ким Чен Ын: Kim Jong Un), the
    # last word perhaps with a case ending (Ким Чен Ына); a part of one is no other
    # person's name, and a family name with a word that is no whole listed name is none
    index = NameIndex.build([
        IndexEntry("k", "person", [("Jong Un KIM", "primary")]),
        IndexEntry("y", "person", [("Yo Jong KIM", "primary")]),
        IndexEntry("c", "person", [("Ryong Hae CHOE", "primary")]),
        IndexEntry("r", "person", [("Pyong Chol RI", "primary")]),
        IndexEntry("w", "person", [("Cheng YUN", "primary")]),
        IndexEntry("h", "person", [("Chol Man HAN", "primary")])])
    text = "Сестра Ким Чен Ына Ким Ё Чжон выступила с заявлением."
    assert found(find_mentions(text, index)) == [("Ким Чен Ына", "k"), ("Ким Ё Чжон", "y")]
    assert found(find_mentions("Ким Чен Ын заявил о запуске.", index)) == [("Ким Чен Ын", "k")]
    text = "Заседание провёл Чхве Рён Хэ, присутствовал Ри Пён Чхоль."
    assert found(find_mentions(text, index)) == [("Чхве Рён Хэ", "c"), ("Ри Пён Чхоль", "r")]
    assert found(find_mentions("Хан Соло и Ли Ван Клиф. О Путине говорили.", index)) == []


def test_a_name_followed_by_another_trade_in_running_text_is_another_company():
    index = NameIndex.build([
        IndexEntry("o", "organisation", [("National Iranian Oil Company", "primary")]),
        IndexEntry("t", "organisation", [("National Iranian Tanker Company", "primary")])])
    text = "The National Iranian Gas Company signed a contract."
    assert found(find_mentions(text, index)) == []
    text = "Officials of the National Iranian Oil Co. met in Vienna."
    assert [m.entry.id for m in find_mentions(text, index)] == ["o"]


def test_an_ordinary_word_a_list_writes_in_capitals_is_no_acronym_in_a_headline():
    """An alias ISRAEL (a person's, listed in capitals) is looked for as any short alias:
    where its entry is mentioned otherwise; a headline in capitals does not make it an
    acronym."""
    index = NameIndex.build([
        IndexEntry("gb:ntawunguka", "person", [("Pacifique NTAWUNGUKA", "primary"), ("ISRAEL", "alias")]),
        IndexEntry("gb:hizballah", "organisation", [("Hizballah", "primary")]),
        IndexEntry("gb:pkk", "organisation", [("Kurdistan Workers' Party", "primary"), ("PKK", "alias")])])
    text = "BREAKING: HEZBOLLAH AND PKK FIGHTERS CROSS INTO NORTHERN ISRAEL, ARMY SAYS"
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert found == {("HEZBOLLAH", "gb:hizballah"), ("PKK", "gb:pkk")}, found


@pytest.mark.parametrize("text", ["Drones attacked ships in the Red Sea and the Gulf of Aden.",
                                  "Investors fled the Silk Road fund."])
def test_a_place_named_like_a_company_is_the_place(text: str):
    index = _small_index(("us:red-sea", "RED SEA TRADING CORPORATION"),
                         ("us:silk-road", "MARITIME SILK ROAD LLC"))
    assert find_mentions(text, index) == []
    # as listed, or with its trade word, the company
    for named in ("RED SEA TRADING CORPORATION", "Red Sea Trading"):
        found = {(m.text, m.entry.id) for m in find_mentions(f"{named} was named.", index)}
        assert found == {(named, "us:red-sea")}, found


@pytest.mark.parametrize("text", ["Islamic State claims attack on mosque in Kabul.",
                                  "Islamic State Claims Attack On Mosque In Kabul"])
def test_a_well_known_groups_name_of_common_words_opens_a_sentence(text: str):
    """Common words at a sentence's start need corroboration (National Bank raised rates),
    but not a name of an equivalence group of the vocabulary."""
    index = _small_index(("un:isil", "Islamic State in Iraq and the Levant"),
                         ("x:bank", "National Bank"))
    found = {(m.text, m.entry.id) for m in find_mentions(text, index)}
    assert found == {("Islamic State", "un:isil")}, found
    assert find_mentions("National Bank raised its rates.", index) == []


def test_a_family_name_of_several_persons_is_found_beside_a_given_name():
    """A family name in a few dozen names anchors no run, and a spelling of the given name
    that another name has (Alexander Trading) does: the persons holding the family name
    are candidates too."""
    family = [IndexEntry(f"l{i}", "person", [(f"{given} LUKASHENKO", "primary")])
              for i, given in enumerate(["Viktor", "Dmitry", "Nikolai", "Galina", "Anna", "Oleg",
                                         "Ivan", "Pavel", "Igor", "Yuri", "Boris", "Petr"])]
    others = [IndexEntry(f"a{i}", "person", [(f"Aleksandr {w}{i}", "primary")])
              for i, w in enumerate(["Ivanov", "Petrov", "Sidorov"] * 20)]
    index = NameIndex.build([
        IndexEntry("lukashenko", "person", [("Aliaksandr Ryhoravich LUKASHENKO", "primary")]),
        IndexEntry("trading", "organisation", [("Alexander Trading LLC", "primary")]),
        *family, *others])
    text = "Belarusian leader Alexander Lukashenko pardoned the activist."
    assert found(find_mentions(text, index)) == [("Alexander Lukashenko", "lukashenko")]


def test_allah_written_apart_is_part_of_the_persons_mention():
    index = NameIndex.build([IndexEntry("n", "person", [("Hasan NASRALLAH", "primary")])])
    assert found(find_mentions("حسن نصر الله", index)) == [("حسن نصر الله", "n")]


def test_a_one_word_name_in_capitals_is_found_in_cyrillic_in_any_case():
    """A listed name of one word in capitals that reads as a word (LUKOIL) is no acronym
    to a word read from Cyrillic, which meets it in the nominative and, without its case
    ending, in the others; not by a weak alias (Африке, in Africa, is no AFRIC)."""
    index = NameIndex.build([
        IndexEntry("lukoil", "organisation", [("LUKOIL", "primary")]),
        IndexEntry("afric", "organisation", [("African Fuel Company", "primary"), ("AFRIC", "weak")])])
    text = "Санкции против «Лукойл» и акции Лукойла. Бойцы воевали в Африке."
    assert found(find_mentions(text, index)) == [("Лукойл", "lukoil"), ("Лукойла", "lukoil")]


def test_a_one_word_name_in_a_ending_is_found_in_cyrillic_with_another_ending():
    """A name in -a declines with its ending replaced (Алроса, Алросы, Алросой): the word
    with the name's ending in place of its own meets it; a common word or place listed as
    a name (an alias UKRAINE) is no mention of it written otherwise (Украины)."""
    index = NameIndex.build([
        IndexEntry("alrosa", "organisation", [("ALROSA", "primary")]),
        IndexEntry("vtb", "organisation", [("PJSC VTB BANK (KIEV)", "primary"), ("UKRAINE", "alias")])])
    text = "Акции Алросы упали после встречи с послом Украины."
    assert found(find_mentions(text, index)) == [("Алросы", "alrosa")]


def test_a_companys_one_word_is_found_in_news_unless_an_ordinary_word():
    """The one word of a company's name beside its legal forms (Severstal of PUBLIC JOINT
    STOCK COMPANY SEVERSTAL), and a name in capitals that reads as a word (LUKOIL), are
    the names news writes alone - but a company called Progress, September or Opera is
    not mentioned by those words (frequent words of a language, by wordfreq), nor one
    named after a given name, and an acronym in capitals stays one (Isil is no ISIL)."""
    index = NameIndex.build([
        IndexEntry("severstal", "organisation", [("PUBLIC JOINT STOCK COMPANY SEVERSTAL", "primary")]),
        IndexEntry("aeroflot", "organisation", [("PJSC AEROFLOT", "primary")]),
        IndexEntry("lukoil", "organisation", [("LUKOIL", "primary")]),
        IndexEntry("progress", "organisation", [("Progress LLC", "primary")]),
        IndexEntry("september", "organisation", [("OOO SEPTEMBER", "primary")]),
        IndexEntry("opera", "organisation", [("OPERA", "primary")]),
        IndexEntry("vladimir", "organisation", [("Vladimir JSC", "primary")]),
        IndexEntry("isil", "organisation", [("ISIL", "primary")])])
    text = ("Shares of Severstal, Aeroflot and Lukoil fell in September. Progress at the Opera "
            "was slow, said Vladimir Putin. Isil is a name.")
    assert found(find_mentions(text, index)) == [
        ("Severstal", "severstal"), ("Aeroflot", "aeroflot"), ("Lukoil", "lukoil")]


def test_a_companys_one_word_is_found_written_in_another_script_or_spelling():
    """The one word of a company's name beside its legal forms, written otherwise than
    listed (Yandex of ООО “Яндекс”, Беларуськалий of BELARUSKALI OAO), is that company -
    but not where the word is an ordinary one (PROGRESS LLC: Прогресс) or a given name."""
    index = NameIndex.build([
        IndexEntry("yandex", "organisation", [("ООО “Яндекс”", "primary")]),
        IndexEntry("belaruskali", "organisation", [("BELARUSKALI OAO", "primary")]),
        IndexEntry("progress", "organisation", [("PROGRESS LLC", "primary")]),
        IndexEntry("vladimir", "organisation", [("OOO VLADIMIR", "primary")])])
    text = ("The search firm Yandex was fined. Беларуськалий экспортирует калий. "
            "Прогресс налицо, сказал Владимир.")
    assert found(find_mentions(text, index)) == [
        ("Yandex", "yandex"), ("Беларуськалий", "belaruskali")]


def test_a_name_found_as_one_list_writes_it_names_the_other_lists_entries_too():
    """Vladimir Putin, as the UK lists him, is Vladimir Vladimirovich PUTIN to OFAC:
    both are mentioned, in Russian too; so is a company with its legal form - but not
    another subject with more names (Ali Saddam Hussein AL-TIKRITI, the son; Kata'ib
    Hizballah) or a word only alike (Mingfu CHEN is no Mingguo Chen)."""
    index = NameIndex.build([
        IndexEntry("uk-putin", "person", [("Vladimir PUTIN", "primary"),
                                          ("Владимир Путин", "alias")], sources=frozenset({"uk"})),
        IndexEntry("us-putin", "person", [("Vladimir Vladimirovich PUTIN", "primary")],
                   sources=frozenset({"us"})),
        IndexEntry("uk-saddam", "person", [("Saddam Hussein AL-TIKRITI", "primary")]),
        IndexEntry("us-son", "person", [("Ali Saddam Hussein AL-TIKRITI", "primary")]),
        IndexEntry("uk-chen", "person", [("Mingguo CHEN", "primary")]),
        IndexEntry("us-chen", "person", [("Mingfu CHEN", "primary")]),
        IndexEntry("uk-hizballah", "organisation", [("Hizballah", "primary")]),
        IndexEntry("us-kataib", "organisation", [("KATA'IB HIZBALLAH", "primary")]),
        IndexEntry("uk-sber", "organisation", [("Sberbank", "primary")]),
        IndexEntry("us-sber", "organisation", [("PJSC SBERBANK", "primary")])])
    text = ("Vladimir Putin met Saddam Hussein al-Tikriti and Mingguo Chen. Hizballah banks "
            "with Sberbank. Владимир Путин заявил.")
    assert sorted(found(find_mentions(text, index))) == sorted([
        ("Vladimir Putin", "uk-putin"), ("Vladimir Putin", "us-putin"),
        ("Saddam Hussein al-Tikriti", "uk-saddam"), ("Mingguo Chen", "uk-chen"),
        ("Hizballah", "uk-hizballah"), ("Sberbank", "uk-sber"), ("Sberbank", "us-sber"),
        ("Владимир Путин", "uk-putin"), ("Владимир Путин", "us-putin")])
    # filtered by source, the other list's entry alone
    assert found(find_mentions(text, index, sources=["us"])) == [
        ("Vladimir Putin", "us-putin"), ("Владимир Путин", "us-putin")]



def test_another_lists_name_with_a_title_before_it_names_the_same_person():
    # Haji Agha Jan ALIZAI's first name is Agha: his title is no other name
    index = NameIndex.build([
        IndexEntry("uk", "person", [("Agha Jan ALIZAI", "primary")]),
        IndexEntry("us", "person", [("Haji Agha Jan ALIZAI", "primary")]),
        IndexEntry("un", "person", [("Abdul Agha Jan ALIZAI", "primary")])])
    text = "The report names Agha Jan Alizai as the trader."
    assert sorted(found(find_mentions(text, index))) == [
        ("Agha Jan Alizai", "uk"), ("Agha Jan Alizai", "us")]


def test_two_persons_mentions_sharing_a_word_the_one_meeting_both_words_less_is_none():
    # سید (Seyyed) is a title before Ali Khamenei, not the Sayed of Ashraf Sayed ALI:
    # the words of both mentions meet Khamenei's name, not Ashraf's
    index = NameIndex.build([
        IndexEntry("k", "person", [("Ali Husseini KHAMENEI", "primary")]),
        IndexEntry("a", "person", [("Ashraf Sayed ALI", "primary"),
                                   ("Asharaf Seed Ahmed ALI", "alias")])])
    text = "رهبر ایران سید علی خامنه‌ای گفت که آمریکا دشمن است."
    assert found(find_mentions(text, index)) == [("علی خامنه\u200cای", "k")]
    # and the other way round: Ashraf Sayed Ali, whose words go on, is no Ali Khamenei
    assert found(find_mentions("Ashraf Sayed Ali Khamenei said", index)) == [
        ("Ashraf Sayed Ali", "a")]

def test_russian_names_in_sentence_case_and_names_in_quotes_are_written_as_names():
    """Russian writes a name's words after the first in lower case (Газпром нефть is
    Gazprom Neft, not Gazprom) - unless the first word is a place or an ordinary word
    (Россия сегодня, "Russia today", needs its quotation marks: «Россия сегодня»). Other
    lists' entries with a legal form more are mentioned with it (PJSC GAZPROM NEFT)."""
    index = NameIndex.build([
        IndexEntry("gazprom", "organisation", [("GAZPROM", "primary")]),
        IndexEntry("neft", "organisation", [("Gazprom Neft", "primary")]),
        IndexEntry("us-neft", "organisation", [("PJSC GAZPROM NEFT", "primary")]),
        IndexEntry("rt", "organisation", [("Rossiya Segodnya", "primary")])])
    text = "Газпром нефть и Газпром. Россия сегодня ввела санкции. The \"national bank\" said."
    assert found(find_mentions(text, index)) == [
        ("Газпром нефть", "neft"), ("Газпром нефть", "us-neft"), ("Газпром", "gazprom")]
    quoted = "Агентство «Россия сегодня» сообщило."
    assert [(m.start, m.entry.id) for m in find_mentions(quoted, index)] == [
        (quoted.index("Россия"), "rt")]


def test_a_name_but_for_its_article_is_mentioned_at_the_longer_names_words():
    """Where one list writes "The Taliban" and another "TALIBAN", the text's "The Taliban"
    mentions both entries (before, the other list's name inside it was dropped); and an
    English possessive is no plural (Taliban's is no Talibans: the name before it is the
    mention)."""
    index = NameIndex.build([
        IndexEntry("a", "organisation", [("The Taliban", "primary"), ("Talibans", "alias")]),
        IndexEntry("b", "organisation", [("TALIBAN", "primary")]),
        IndexEntry("isk", "organisation", [("Islamic State Khorasan Province", "primary")]),
        IndexEntry("isil", "organisation", [("Islamic State", "primary")])])
    text = ("The Taliban leader spoke. Taliban's envoy left. "
            "The Islamic State Khorasan Province claimed it.")
    assert sorted(found(find_mentions(text, index))) == sorted([
        ("The Taliban", "a"), ("The Taliban", "b"), ("Taliban", "a"), ("Taliban", "b"),
        ("Islamic State Khorasan Province", "isk")])


def test_a_person_named_in_full_is_then_mentioned_by_the_family_name():
    """News names a person in full, then by the family name alone: those later words are
    mentions of the person - not one before the full name, nor one beside another
    capitalised word (Mohammed Sinwar, the Sinwar Brigade: other names), nor a word of
    many persons' names (Haqqani); a title or a sentence's first word may stand before it."""
    family = [IndexEntry(f"h{i}", "person", [(f"{given} HAQQANI", "primary")])
              for i, given in enumerate(["Badruddin", "Nasiruddin", "Anas", "Khalil", "Yahya",
                                         "Abdul Aziz", "Fazl", "Ibrahim", "Mohammad", "Nasir",
                                         "Sangeen", "Saifullah", "Ismail", "Dawood", "Omar",
                                         "Haroon", "Idris", "Bakht", "Jalal", "Qari"])]
    index = NameIndex.build([
        IndexEntry("s", "person", [("Yahya SINWAR", "primary")]),
        IndexEntry("sh", "person", [("Sirajuddin HAQQANI", "primary")]), *family])
    text = ("Sinwar was named first. Yahya Sinwar spoke. Later Sinwar said no. Mr. Sinwar left. "
            "Mohammed Sinwar is his brother. The Sinwar Brigade fought. Sirajuddin Haqqani "
            "met him. Haqqani said.")
    later, titled = text.index("Sinwar said"), text.index("Sinwar left")
    assert [(m.start, m.text, m.entry.id) for m in find_mentions(text, index)] == [
        (text.index("Yahya"), "Yahya Sinwar", "s"), (later, "Sinwar", "s"),
        (titled, "Sinwar", "s"), (text.index("Sirajuddin"), "Sirajuddin Haqqani", "sh")]


def test_an_acronym_defined_in_brackets_after_a_name_is_then_a_mention():
    """Reports define an acronym in brackets after the name (Lashkar-e-Taiba (LeT)) and
    use it alone after: there and later it is a mention of the organisation - if its
    letters are the name's initials in order ("(Reuters)", "(AP)" and "(2007)" are not)."""
    index = NameIndex.build([
        IndexEntry("let", "organisation", [("Lashkar-e-Taiba", "primary")]),
        IndexEntry("hamas", "organisation", [("Hamas", "primary")])])
    text = ("Lashkar-e-Taiba (LeT) denied it (Reuters). Hamas (AP) and Hamas (2007) spoke. "
            "LeT fighters left.")
    assert [(m.start, m.text, m.entry.id) for m in find_mentions(text, index)] == [
        (0, "Lashkar-e-Taiba", "let"), (17, "LeT", "let"), (text.index("Hamas"), "Hamas", "hamas"),
        (text.index("Hamas (2"), "Hamas", "hamas"), (text.index("LeT f"), "LeT", "let")]


def test_a_person_written_family_name_first_in_capitals_then_a_comma_is_found():
    """Press releases and lists write persons "SINWAR, Yahya": the family name in
    capitals, a comma, the given names - found as written, the given names as far as
    they go; a dateline (LONDON, Thursday) or two names listed (NATO, Russia) are none."""
    index = NameIndex.build([
        IndexEntry("s", "person", [("Yahya SINWAR", "primary")]),
        IndexEntry("h", "person", [("Ismail HANIYEH", "primary")]),
        IndexEntry("l", "person", [("Thursday LONDON", "primary")])])
    text = ("LONDON, Friday (Reuters) - Treasury designated SINWAR, Yahya (a.k.a. AL-SINWAR, "
            "Yahya) and HANIYEH, Ismail Abdel Salam Ahmed on Thursday. NATO, Russia and Iran met.")
    assert [(m.text, m.entry.id) for m in find_mentions(text, index)] == [
        ("SINWAR, Yahya", "s"), ("AL-SINWAR, Yahya", "s"),
        ("HANIYEH, Ismail Abdel Salam Ahmed", "h")]


def test_a_translated_name_inside_a_sentence_of_arabic_is_retrieved():
    """A sentence of Arabic is one run of words; beside a rare word of the index
    (عقوبات, sanctions), the words of the vocabulary side by side in it (الحرس الثوري
    الإيراني: the Iranian Revolutionary Guards) retrieve the names holding them all -
    the shortest (not the 30 units of revolutionary guards: they hold no Iran)."""
    from singlelist.match.names import prepare
    from singlelist.match.runs import _run_candidates

    index = NameIndex.build([
        IndexEntry("irgc", "organisation", [("Iranian Revolutionary Guards", "primary")]),
        IndexEntry("akubat", "person", [("Akubat HERSI", "primary")]),
        *[IndexEntry(f"g{i}", "organisation", [(f"Revolutionary Guards Unit {i}", "primary")])
          for i in range(30)]])
    run = "فرضت واشنطن عقوبات على الحرس الثوري الإيراني"
    forms = {kind: prepare(run, kind, index.vocabulary) for kind in ("organisation", "person")}
    retrieved = {index.name_values[n] for n in _run_candidates(forms, index, None)}
    assert retrieved == {"Iranian Revolutionary Guards", "Akubat HERSI"}
    assert found(find_mentions(run, index)) == [("الحرس الثوري الإيراني", "irgc")]


def test_a_translated_name_of_words_held_by_many_names_is_met_by_the_shortest():
    """Two words of the vocabulary (الحرس الثوري: the Revolutionary Guards) that many
    listed names hold, in a sentence of Arabic or alone: the shortest names holding them
    are retrieved, the listed name itself among them, not only names alike in letters
    (read hrs thuri, the words retrieved Tur and Tours)."""
    index = NameIndex.build([
        IndexEntry("rg", "organisation", [("Revolutionary Guards", "primary")]),
        IndexEntry("tur", "person", [("Igor TUR", "primary")]),
        *[IndexEntry(f"t{i}", "organisation", [(f"Tours {i} Travel Co", "primary")])
          for i in range(10)],
        *[IndexEntry(f"g{i}", "organisation",
                     [(f"Revolutionary Guards Cooperative Foundation Unit {i}", "primary")])
          for i in range(30)]])
    for text in ("فرضت واشنطن عقوبات على الحرس الثوري", "الحرس الثوري"):
        assert found(find_mentions(text, index)) == [("الحرس الثوري", "rg")], text


def test_a_family_name_named_again_with_a_case_ending_is_the_person():
    """The family name alone, again, with a case ending: Russian Пригожина (Prigozhin's),
    German Sinwars - its capitalised next word no other name after the ending (German
    capitalises nouns: Sinwars Tod)."""
    index = NameIndex.build([
        IndexEntry("p", "person", [("Евгений Викторович Пригожин", "primary")]),
        IndexEntry("s", "person", [("Yahya SINWAR", "primary")])])
    russian = "Евгений Пригожин основал компанию. Самолёт Пригожина разбился."
    german = "Jahja Sinwar wurde getötet. Sinwars Tod wurde bestätigt."
    assert found(find_mentions(russian, index)) == [("Евгений Пригожин", "p"), ("Пригожина", "p")]
    assert found(find_mentions(german, index)) == [("Jahja Sinwar", "s"), ("Sinwars", "s")]


def test_a_person_written_surname_first_is_then_named_by_the_family_name():
    """A press release writes SINWAR, Yahya, then Sinwar alone: a mention of the person."""
    index = NameIndex.build([IndexEntry("s", "person", [("Yahya SINWAR", "primary")])])
    text = "Treasury designated SINWAR, Yahya. Later Sinwar spoke."
    assert found(find_mentions(text, index)) == [("SINWAR, Yahya", "s"), ("Sinwar", "s")]


def test_ordinary_arabic_words_meet_no_name_listed_in_latin_letters_by_letters_alike():
    # Arabic script has no capitals: ordinary words (said, the treasury, on, the secretary
    # general) met names listed in Latin letters by their consonants - Hassan said was
    # Hassan Gul, and took the words before Hasan Nasrallah's name
    common = [IndexEntry(f"c{i}", "person", [(f"Mohammad {w}{i}", "primary")])
              for i, w in enumerate(["HASSAN", "NASR", "KARIM"] * 10)]
    index = NameIndex.build([
        IndexEntry("g", "person", [("Hassan GUL", "primary")]),
        IndexEntry("n", "person", [("Hasan NASRALLAH", "primary")]),
        IndexEntry("v", "person", [("Hossein Nosratollah VAZIRI", "primary")]),
        IndexEntry("s", "person", [("Abdulla SHAREEF", "primary")]),
        IndexEntry("i", "organisation", [("Idarat Al-Amin Al-Amm", "primary")]),
        IndexEntry("k", "organisation", [("Al-Khair Charity Foundation", "primary")]), *common])
    for text, want in [
            ("قال حسن نصر الله في خطاب متلفز إن المقاومة مستمرة.", [("حسن نصر الله", "n")]),
            ("فرضت وزارة الخزانة الأمريكية عقوبات جديدة.", []),
            ("أشرف على العملية ضابط كبير.", []),
            ("دعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار.", []),
            # an ordinary word meeting the listed word through the vocabulary is the name's
            ("تبرعت مؤسسة الخير الخيرية للأيتام.", [("مؤسسة الخير الخيرية", "k")])]:
        assert found(find_mentions(text, index)) == want, text


def test_ordinary_persian_and_urdu_words_meet_no_name_by_letters_alike():
    # Urdu نے کہا (ne kaha, said) met Hengye Tech by its consonants; the name of a group
    # in Urdu is still found beside ordinary words
    index = NameIndex.build([
        IndexEntry("h", "organisation", [("Hengye Tech Limited", "primary")]),
        IndexEntry("l", "organisation", [("Lashkar-e-Tayyiba", "primary")])])
    for text, want in [
            ("وزیر اعظم نے کہا کہ حکومت عوام کے مسائل حل کرنے کے لیے کام کر رہی ہے۔", []),
            ("رئیس جمهور در سخنرانی خود گفت که دولت برای حل مشکلات مردم تلاش می‌کند.", []),
            ("لشکر طیبہ کے سربراہ کو عدالت نے سزا سنائی۔", [("لشکر طیبہ", "l")])]:
        assert found(find_mentions(text, index)) == want, text


def test_a_name_found_as_listed_with_a_russian_case_ending_is_the_whole_word():
    index = NameIndex.build([
        IndexEntry("g", "organisation", [("Газпром", "primary")]),
        IndexEntry("s", "organisation", [("Сбербанк", "primary")])])
    text = "Акции Газпрома и Сбербанка упали; Газпром молчит."
    mentions = find_mentions(text, index)
    assert found(mentions) == [("Газпрома", "g"), ("Сбербанка", "s"), ("Газпром", "g")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_a_name_found_with_a_latin_case_ending_is_the_whole_word():
    # Finnish Hamasin (Hamas's), Hamasille (to Hamas), Talebanin: the whole words, not
    # the letters up to the ending
    index = _small_index(("h", "Hamas"), ("t", "Taliban"))
    for text, written in (("Hamasin johtaja kuoli.", "Hamasin"),
                          ("Hamasille annettiin tukea.", "Hamasille"),
                          ("Talebanin johtaja puhui.", "Talebanin")):
        mentions = find_mentions(text, index)
        assert [m.text for m in mentions] == [written], text
        assert all(text[m.start:m.end] == m.text for m in mentions)


def test_a_family_name_with_the_nisba_is_no_given_name_written_the_french_way():
    # Soleimani's key (sulimani) is also that of Souleymane with its silent e: read as
    # the given name Sulayman, a word of many names, it anchored only the one
    # organisation written with it (the Qassem Soleimani Foundation), not the person
    common = namesakes(["Suleiman", "Qasim"] * 60)
    index = NameIndex.build([
        IndexEntry("p", "person", [("Qasem SOLEIMANI", "primary")]),
        IndexEntry("f", "organisation", [("Qassem Soleimani Foundation", "primary")]), *common])
    assert found(find_mentions("Qassem Soleimani was killed.", index)) == [
        ("Qassem Soleimani", "p")]
    # Souleymane and Ousmane are still Sulayman and Uthman
    assert compare("Souleymane Diallo", "Sulayman DIALLO", kind="person").value == 1.0
    assert compare("Ousmane Ali", "Uthman ALI", kind="person").value == 1.0


def test_a_persons_name_its_rare_word_retrieves_nothing_with_is_looked_up_whole():
    # Hamsa is rare in the lists (Hamsa DIALLO), Hamza, bin and Laden common: the run
    # written as a person's name retrieves the persons whole (Hamza BIN LADEN)
    common = namesakes(["Hamza", "Laden", "Bin"] * 60)
    index = NameIndex.build([
        IndexEntry("p", "person", [("Hamza BIN LADEN", "primary")]),
        IndexEntry("h", "person", [("Hamsa DIALLO", "primary")]),
        IndexEntry("o", "organisation", [("Ships Energy LLP", "primary")]), *common])
    text = "Hamsa bin Laden, der Sohn Osamas, wurde getötet. Ships Ministry said so."
    assert found(find_mentions(text, index)) == [("Hamsa bin Laden", "p")]


def test_a_given_name_and_a_word_spelled_like_a_family_name_of_several_names_are_a_mention():
    # Prigozhin is a word of too many listed names to anchor alone (companies named after
    # him), and Prigożyn, the Polish spelling, is none of the index's words: after a
    # given name of the vocabulary (Jewgienij: Yevgeny) the run is looked up
    companies = [IndexEntry(f"c{i}", "organisation", [(f"Prigozhin Catering {w}", "primary")])
                 for i, w in enumerate(["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma",
                                        "Kappa", "Lambda", "Theta", "Zeta", "Iota", "Rho"])]
    person = IndexEntry("p", "person", [("Yevgeny Viktorovich PRIGOZHIN", "primary"),
                                        ("Evgeny PRIGOZHIN", "alias")])
    index = NameIndex.build([person, *companies, *namesakes(["Yevgeny"] * 12, prefix="n")])
    assert found(find_mentions("Jewgienij Prigożyn zginął w katastrofie samolotu.", index)) == [
        ("Jewgienij Prigożyn", "p")]
    assert found(find_mentions("Der Söldnerführer Jewgeni Prigoschin ist tot.", index)) == [
        ("Jewgeni Prigoschin", "p")]
    # not without a given name before it
    assert find_mentions("Restauracja Prigożyn zamknięta.", index) == []


def test_an_office_written_capitalised_before_a_persons_name_is_no_word_of_it():
    # German capitalises nouns and joins them (Machthaber, Revolutionsführer, Kremlchef;
    # offices in common_words.yml): beside a name whose listed form has a word more, such
    # a word is the person's office, not a word of a longer name
    index = NameIndex.build([
        IndexEntry("l", "person", [("Alexander Ryhoravich LUKASHENKO", "primary")]),
        IndexEntry("k", "person", [("Ali Husseini KHAMENEI", "primary")])])
    assert found(find_mentions("Machthaber Alexander Lukaschenko ließ sie verhaften.", index)) == [
        ("Alexander Lukaschenko", "l")]
    assert found(find_mentions("Revolutionsführer Ali Chamenei drohte erneut.", index)) == [
        ("Ali Chamenei", "k")]
    assert found(find_mentions("Talibanledaren Ali Khamenei talade.", index)) == [
        ("Ali Khamenei", "k")]
    # another capitalised word beside it is a word of a longer name still
    assert find_mentions("Gestern sprach Ali Chamenei Tabrizi in Teheran.", index) == []


def test_a_letter_joined_before_an_ordinary_arabic_word_makes_no_consonants_of_a_name():
    # وقال, and (he) said: و joined before قال; its consonants (w q l) are those of
    # Vakili read loosely, but of two words - no word of a name in a clause whose other
    # word (أقوى, stronger, as Akua) anchors it
    common = namesakes(["Mohammad"] * 80)
    index = NameIndex.build([IndexEntry("v", "person", [("Mohammad VAKILI", "primary")]),
                             IndexEntry("a", "person", [("Akua MENSAH", "primary")]), *common])
    assert find_mentions("وقال محمد إن الفريق سيعود أقوى.", index) == []
    # the name written out is found
    assert found(find_mentions("وقال محمد وكيلي إن الفريق سيعود.", index)) == [("محمد وكيلي", "v")]


def test_an_ordinary_arabic_word_with_a_names_consonants_but_not_its_ending_is_not_it():
    # الوزراء (the ministers) has the consonants of Waziri (w z r), not its final ya:
    # "the prime minister Mohammad Mustafa" is no Mohammad Jawad WAZIRI (the name after it
    # anchors the clause: a listed Mohamed Amin Mostafa)
    common = namesakes(["Mohammad"] * 80)
    index = NameIndex.build([
        IndexEntry("w", "person", [("Mohammad Jawad WAZIRI", "primary")]),
        IndexEntry("m", "person", [("Mohamed Amin MOSTAFA", "primary"), ("محمد أمين مصطفى", "alias")]),
        *common])
    found_ids = {m.entry.id for m in find_mentions("قال رئيس الوزراء محمد مصطفى إن الحكومة ستعمل.", index)}
    assert found_ids == {"m"}
    # the name written out is found
    assert found(find_mentions("قال محمد جواد وزيري إن الحكومة ستعمل.", index)) == [
        ("محمد جواد وزيري", "w")]


def test_a_name_spelled_as_another_latin_alphabet_writes_it_is_found_in_running_text():
    # Turkish Haniye (Haniyeh: the -iyya ending as Turkish writes it), its key that of the
    # given name Hani, beside Ismail, a word of many names: the pair is looked for as
    # English spells it too
    common = namesakes(["Ismail"] * 30) + namesakes(["Hani"] * 20, prefix="h")
    index = NameIndex.build([IndexEntry("h", "person", [("Ismail HANIYEH", "primary")]), *common])
    for text in ("İsmail Haniye Tahran'da öldürüldü.", "Hamas lideri İsmail Haniye öldürüldü."):
        assert found(find_mentions(text, index)) == [("İsmail Haniye", "h")], text


def test_a_persons_one_word_alias_read_as_two_parts_needs_corroboration_too():
    # Abdullah is one word, though prepared as abd + allah: alone in a text (here the
    # family name of another person) it is no mention; beside the longer name it is
    index = NameIndex.build([IndexEntry("a", "person", [("Said ARIF", "primary"),
                                                        ("Abdullah", "alias")])])
    assert find_mentions("Omar Abdullah, chief minister of Jammu and Kashmir, called for calm.",
                         index) == []
    assert found(find_mentions("Said Arif, known as Abdullah, was seen in Idlib.", index)) == [
        ("Said Arif", "a"), ("Abdullah", "a")]


def test_a_foreign_name_in_japanese_text_parted_by_a_double_hyphen():
    # Japanese parts a foreign name's parts by a middle dot or a double hyphen (＝),
    # the Arabic article among them (アル＝: al-)
    index = NameIndex.build([
        IndexEntry("b", "person", [("Abu Bakr AL-BAGHDADI", "primary")]),
        IndexEntry("q", "organisation", [("AL-QAIDA", "primary")])])
    text = "米財務省はアブ・バクル・アル＝バグダーディーを、国連はアル＝カーイダを制裁対象に指定した。"
    assert found(find_mentions(text, index)) == [
        ("アブ・バクル・アル＝バグダーディー", "b"), ("アル＝カーイダ", "q")]


def test_a_frequent_word_is_no_one_word_name_spelled_otherwise():
    # Spanish valor, German Ziffer: words of their languages, not Valour, ZEPHYR I
    index = NameIndex.build([IndexEntry("v", "organisation", [("Valour", "primary")]),
                             IndexEntry("z", "organisation", [("ZEPHYR I", "primary")]),
                             IndexEntry("y", "organisation", [("ООО Яндекс", "primary")]),
                             IndexEntry("q", "organisation", [("القاعدة", "primary")])])
    for text in ("Valor de las acciones subió un 5%.", "Ziffer 3 des Vertrages regelt die Haftung.",
                 "Cada año miles de personas visitan la ciudad."):
        assert found(find_mentions(text, index)) == [], text
    # a name read from another script is found however frequent its Latin spelling
    assert found(find_mentions("The search firm Yandex was fined.", index)) == [("Yandex", "y")]


def test_a_short_name_is_not_corroborated_by_a_function_word_or_legal_form():
    # "at" is a legal form's spelling (A.Ş.) and "o" another's: no context of a group
    index = NameIndex.build([IndexEntry("m", "organisation", [("Mujahidin Indonesia Timur", "primary"),
                                                             ("MIT", "alias")])])
    assert found(find_mentions("He studied physics at MIT before joining Google.", index)) == []
    assert found(find_mentions("O MIT continua ativo.", index)) == []
    assert found(find_mentions("MIT fighters attacked a village near Poso.", index)) == [("MIT", "m")]


def test_a_group_met_whole_is_not_the_brigades_of_its_name_too():
    # Kata'ib Hizballah (Hizballah Brigades) holds Hizballah's name: a text naming
    # Hizballah in another spelling names Hizballah, not its brigades too
    index = NameIndex.build([IndexEntry("h", "organisation", [("Hizballah", "primary")]),
                             IndexEntry("k", "organisation", [("KATA'IB HIZBALLAH", "primary")])])
    for text in ("Die Hisbollah hat gesagt.", "Nasrallah sagte, die Hisbollah werde nicht aufgeben."):
        assert {m.entry.id for m in find_mentions(text, index)} == {"h"}, text
    # written with its brigades, the text names them
    assert "k" in {m.entry.id for m in find_mentions("وقالت كتائب حزب الله في بيان", index)}


def test_a_word_saying_where_parts_a_run_in_two_names():
    # Kim Jong Un in (Indonesian di) Vladivostok: the name before the place is searched
    # alone too, as before "and"; a name with "in" is still one name
    index = NameIndex.build([
        IndexEntry("kju", "person", [("Jong Un KIM", "primary")]),
        *[IndexEntry(f"k{i}", "person", [(f"{g} KIM", "primary")])
          for i, g in enumerate(["Jong Nam", "Yo Jong", "Tong Un", "Kyong Hui", "Jong Chol",
                                 "Song Nam", "Il Su", "Chol Nam", "Yong Chol", "Jong Sik",
                                 "Su Gwang", "Chang Kwang"])],
        # (Kim, Jong and Un each in many names: only Vladivostok anchors the run)
        *[IndexEntry(f"j{i}", "person", [(f"Jong Un {family}", "primary")])
          for i, family in enumerate(["RI", "PAK", "CHOE", "KANG", "HAN", "YUN", "JANG", "JON",
                                      "HWANG", "SIN", "MUN", "O"])],
        IndexEntry("v", "vessel", [("VLADIVOSTOK STAR", "primary")]),
        IndexEntry("aqap", "organisation", [("Al-Qaida in the Arabian Peninsula", "primary")])])
    for text in ("Kim Jong Un in Vladivostok.", "Presiden Putin bertemu Kim Jong Un di Vladivostok."):
        assert ("Kim Jong Un", "kju") in found(find_mentions(text, index)), text
    assert found(find_mentions("Al-Qaida in the Arabian Peninsula claimed it.", index)) == [
        ("Al-Qaida in the Arabian Peninsula", "aqap")]


def test_names_in_handles_and_hashtags_are_read_apart():
    index = NameIndex.build([
        IndexEntry("l", "organisation", [("Lashkar-e-Tayyiba", "primary")]),
        IndexEntry("h", "organisation", [("Hay'at Tahrir al-Sham", "primary")]),
        IndexEntry("s", "organisation", [("Al-Shabaab", "primary")]),
        IndexEntry("m", "person", [("Marco DI LAURO", "primary")])])
    text = "Follow @Lashkar_e_Taiba and #HayatTahrirAlSham, #AlShabaab too."
    assert found(find_mentions(text, index)) == [
        ("Lashkar_e_Taiba", "l"), ("HayatTahrirAlSham", "h"), ("AlShabaab", "s")]
    # a name's own capitals are no words written together (De Marco, Mc Donald)
    assert found(find_mentions("He met McDonald and DeMarco at the launch.", index)) == []


def test_names_written_otherwise_in_a_text_in_lower_case_only():
    # a post or a chat in lower case: names written as listed and otherwise are found
    index = NameIndex.build([
        IndexEntry("l", "organisation", [("LASHKAR E-TAYYIBA", "primary")]),
        IndexEntry("n", "person", [("Hasan NASRALLAH", "primary")]),
        IndexEntry("s", "organisation", [("CENTRAL BANK OF SYRIA", "primary")]),
        IndexEntry("z", "person", [("Zabi VAHAP", "primary")])])
    text = "lashkar e taiba is fighting in kashmir and hassan nasrallah gave a speech"
    assert found(find_mentions(text, index)) == [("lashkar e taiba", "l"), ("hassan nasrallah", "n")]
    # but not a description, nor a letter alone read as an initial
    for text in ("the central bank raised interest rates again", "byl zabit v teheránu"):
        assert found(find_mentions(text, index)) == [], text


def test_tamil_text_names_a_group_by_the_vocabulary_and_an_ordinary_sentence_none(index):
    # இஸ்லாமிய அரசு (Islamic State) claimed...; the Tamil Nadu government (அரசு, state)
    # announced a new (புதிய) plan: no State of Judea
    found = find_mentions("இஸ்லாமிய அரசு அமைப்பு இந்தத் தாக்குதலுக்குப் பொறுப்பேற்றுள்ளது.", index)
    assert ("இஸ்லாமிய அரசு", "un:QDe.115") in {(m.text, m.entry.id) for m in found}, found
    judea = _small_index(("x:kach", "State of Judea"))
    assert find_mentions("தமிழ்நாடு அரசு புதிய திட்டத்தை அறிவித்தது.", judea) == []


def test_burmese_text_names_a_person_written_without_spaces():
    index = NameIndex.build([IndexEntry("m", "person", [("Min Aung HLAING", "primary")]),
                             IndexEntry("s", "person", [("Soe WIN", "primary")]),
                             IndexEntry("k", "person", [("Aung Myint", "primary")])])
    # the junta's leader Min Aung Hlaing met (them) in Naypyidaw
    text = "စစ်ကောင်စီခေါင်းဆောင် မင်းအောင်လှိုင် နေပြည်တော်တွင် တွေ့ဆုံခဲ့သည်။"
    assert found(find_mentions(text, index)) == [("မင်းအောင်လှိုင်", "m")]
    # the project was completed successfully (အောင်မြင် aung myin, success): no name
    assert find_mentions("စီမံကိန်းကို အောင်မြင်စွာ ပြီးမြောက်ခဲ့သည်။", index) == []


def test_thai_text_is_read_with_its_words_apart(index):
    # Thai writes no spaces: the vocabulary's words (กลุ่ม, group; ใน, in) part a run,
    # and after a word saying what sort of body follows, a listed name's reading ends
    # the name (กลุ่มฮามาสยิง: group | Hamas | fired)
    for text, want in [("กองทัพอิสราเอลโจมตีกลุ่มฮามาสในฉนวนกาซา", ("ฮามาส", "us:hamas")),
                       ("กลุ่มฮามาสยิงจรวดใส่อิสราเอล", ("ฮามาส", "us:hamas")),
                       ("ผู้นำกลุ่มอัลกออิดะห์ถูกสังหาร", ("อัลกออิดะห์", "un:QDe.004"))]:
        mentions = find_mentions(text, index)
        assert want in found(mentions), (text, found(mentions))
        mention = next(m for m in mentions if (m.text, m.entry.id) == want)
        assert text[mention.start:mention.end] == want[0]
    # ordinary Thai sentences: Bangkok is the capital; the bank reported its results;
    # the student movement demands reform (ขบวนการ, movement, before ordinary words)
    for text in ("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย มีประชากรมากกว่าสิบล้านคน",
                 "ธนาคารกสิกรไทยรายงานผลประกอบการไตรมาสที่สามเพิ่มขึ้นร้อยละห้า",
                 "ขบวนการนักศึกษาเรียกร้องให้มีการปฏิรูปการศึกษา",
                 "พรรคเพื่อไทยและพรรคประชาชนแถลงนโยบายการศึกษา"):
        assert find_mentions(text, index) == [], text


def test_another_group_named_as_a_list_translates_al_qaida_is_not_al_qaida():
    # UN lists "The Base" as an alias of al-Qaida; Australia lists a neo-Nazi group of
    # that name: a mention of al-Qaida is none of the other
    index = NameIndex.build([
        IndexEntry("qaida", "organisation", [("Al-Qaida", "primary"), ("The Base", "alias")]),
        IndexEntry("base", "organisation", [("The Base", "primary")])])
    assert {m.entry.id for m in find_mentions("Al-Qaida claimed the attack.", index)} == {"qaida"}


def test_a_word_of_the_vocabulary_with_its_article_joined_is_a_mention(index):
    # Amharic writes al-Shabaab and al-Qaida with the article joined (አልሸባብ, አልቃይዳ),
    # and so do posts in Latin letters (Alshabaab, Alqaeda)
    for text, written, listed in (
            ("አልሸባብ በሞቃዲሾ ጥቃት ፈጸመ።", "አልሸባብ", "gb:shabaab"),
            ("Alshabaab militants stormed a hotel.", "Alshabaab", "gb:shabaab"),
            ("Alqaeda claimed the attack.", "Alqaeda", "un:QDe.004")):
        assert (written, listed) in found(find_mentions(text, index)), text
    # words that start with those letters are not: Alexander, Elections, Alliance
    assert found(find_mentions("Alexander and Elections and Alliance were also there.", index)) == []


def test_a_description_at_the_end_of_a_longer_name_is_no_mention():
    # VEB's weak alias BANK FOR DEVELOPMENT, words of the vocabulary only, is not the
    # end of the Asian (Islamic, African) Development Bank's name
    index = NameIndex.build([
        IndexEntry("veb", "organisation", [("STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN "
                                            "ECONOMIC AFFAIRS VNESHECONOMBANK", "primary"),
                                           ("BANK FOR DEVELOPMENT", "weak")]),
        IndexEntry("tal", "organisation", [("TALIBAN", "primary")])])
    for text in ("The Asian Development Bank approved a loan.",
                 "He visited the Islamic Development Bank in Jeddah."):
        assert found(find_mentions(text, index)) == [], text
    # the name as listed, and a name of its own after a capitalised word, are mentions
    assert ("Bank for Development", "veb") in found(find_mentions(
        "Funds went to the Bank for Development.", index))
    assert ("Taliban", "tal") in found(find_mentions("Pakistani Taliban fighters attacked.", index))


def test_a_listed_description_ending_a_longer_name_needs_corroboration():
    # the alias NATIONAL BANK, found as listed, is the end of the Syrian National Bank
    index = NameIndex.build([IndexEntry("bc", "organisation", [("Banco Corporativo SA", "primary"),
                                                                ("National Bank", "alias")])])
    assert found(find_mentions("The Syrian National Bank reported profits.", index)) == []
    assert found(find_mentions("Funds went to the National Bank in Caracas.", index)) == [
        ("National Bank", "bc")]


def test_a_listed_description_of_a_named_place_or_body_is_no_mention():
    # a description of two words followed by "of" (du, de, von...) and a capitalised word
    # is part of a longer name: the National Bank of Greece is no NATIONAL BANK, the
    # Development Bank of Southern Africa no BANK FOR DEVELOPMENT
    index = NameIndex.build([
        IndexEntry("bc", "organisation", [("Banco Corporativo SA", "primary"),
                                          ("National Bank", "alias")]),
        IndexEntry("veb", "organisation", [("VNESHECONOMBANK", "primary"),
                                           ("BANK FOR DEVELOPMENT", "weak")]),
        IndexEntry("bmi", "organisation", [("BANK MELLI IRAN", "primary"),
                                           ("National Bank of Iran", "alias")])])
    for text in ("The National Bank of Greece reported higher profits.",
                 "THE NATIONAL BANK OF GREECE REPORTED HIGHER PROFITS.",
                 "La Banque nationale du Canada a publié ses résultats.",
                 "El Banco Nacional de Costa Rica abrió una sucursal.",
                 "The National Bank of the Philippines opened a branch.",
                 "The Development Bank of Southern Africa lent money."):
        assert found(find_mentions(text, index)) == [], text
    # the description with "of" and an ordinary word after it, or its longer name
    # listed, is a mention as before
    assert ("National Bank", "bc") in found(find_mentions(
        "Funds went to the National Bank of their choice.", index))
    assert ("National Bank of Iran", "bmi") in found(find_mentions(
        "Transfers went through the National Bank of Iran in 2019.", index))


def test_a_nationality_opening_a_sentence_does_not_hide_a_capitalised_name():
    # Iranian is capitalised anyway; Revolutionary Guard is written as a name
    index = NameIndex.build([IndexEntry("irgc", "organisation", [
        ("Islamic Revolutionary Guard Corps", "primary"), ("Iranian Revolutionary Guards", "alias")])])
    assert ("Iranian Revolutionary Guard", "irgc") in found(find_mentions(
        "Iranian Revolutionary Guard commanders met in Tehran.", index))


def test_a_korean_name_in_running_chinese_is_read_as_korean():
    # 普京总统今天会见了金正恩 (President Putin met Kim Jong Un today): the three
    # characters from a Korean family name's read as Korean (hanja.yml)
    index = NameIndex.build([IndexEntry("kju", "person", [("Jong Un KIM", "primary")]),
                             IndexEntry("crh", "person", [("Ryong Hae CHOE", "primary")])])
    assert found(find_mentions("普京总统今天会见了金正恩。", index)) == [("金正恩", "kju")]
    assert ("崔龙海", "crh") in found(find_mentions("朝鲜领导人金正恩与崔龙海一起出席。", index))
    # Chinese words and names that start with those characters are not (金融市场, 李克强)
    assert found(find_mentions("金融市场今天上涨，李克强总理讲话。", index)) == []
