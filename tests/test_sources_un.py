"""The UN Security Council consolidated XML parser (``un_xml``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from singlelist.sources import eu_fsf_xml, un_xml
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog

SAMPLE = "un-sc/consolidated_sample.xml"


def _parse(path: Path) -> tuple[str | None, dict]:
    parsed = un_xml.parse([path], "un-sc")
    return parsed.published, {r.ref: r for r in parsed.records}


def _names(record, role=None):
    return [n.value for n in record.names if role is None or n.role == role]


# --- our own fixture -------------------------------------------------------------


@pytest.fixture
def sample(fixtures):
    return _parse(fixtures / SAMPLE)


def test_sample_published_and_kinds(sample):
    published, records = sample
    assert published == "2024-03-05"
    assert sorted(records) == ["QDe.901", "QDi.901", "TAi.901"]  # ref trailing space dropped
    assert Counter(r.kind for r in records.values()) == {"person": 2, "organisation": 1}


def test_sample_individual_names(sample):
    person = sample[1]["QDi.901"]
    primary = person.names[0]
    assert (primary.value, primary.role) == ("KARIM NADIR SALIM AL-HADDAD", "primary")
    assert primary.parts == {
        "FIRST_NAME": "KARIM",
        "SECOND_NAME": "NADIR",
        "THIRD_NAME": "SALIM",
        "FOURTH_NAME": "AL-HADDAD",
    }
    roles = {n.value: n.role for n in person.names}
    assert roles["كريم نادر سالم الحداد"] == "original"
    # "a; b" packed Good alias -> two aliases
    assert roles["Karim al-Haddad"] == roles["Kareem al-Hadad"] == "alias"
    # Low quality pack "أبو سالم (Abu Salim; Abou Salem)" -> three weak names
    assert roles["أبو سالم"] == roles["Abu Salim"] == roles["Abou Salem"] == "weak"
    # alias NOTE "previously listed as" -> former; "original script: X" -> X original
    assert roles["Karim Nadir Haddad"] == "former"
    assert roles["Абу Надир"] == "original"
    assert not [n for n in person.names if ";" in n.value or "(" in n.value]


def test_sample_individual_details(sample):
    person = sample[1]["QDi.901"]
    assert person.programmes == ["Al-Qaida"]
    assert person.listed_on == ["2015-07-01"]  # written 2015-07-01-04:00
    assert person.updated_on == "2021-06-30"
    assert person.gender == "male"
    assert person.nationalities == ["Syrian Arab Republic", "Jordan"]
    assert person.birth_dates == ["1970-05-02", "1969", "1971-05-02"]  # last from an alias
    assert person.birth_places == ["Homs, Syrian Arab Republic"]
    [address] = person.addresses
    assert (address.text, address.country, address.note) == (
        "12 Example Street, Aleppo",
        "Syrian Arab Republic",
        "as of 2016",
    )
    ids = {(i.type, i.value, i.country) for i in person.identifiers}
    assert ids == {
        ("passport", "N0012345", "Syrian Arab Republic"),
        ("national_id", "9701234567", "Jordan"),
        ("other", "RC-4455", None),
    }
    # comments -> remark; cited refs -> associated xrefs, the record's own ref excluded
    assert person.remarks[0].startswith("Leader of Northern Victory Front (QDe.901).")
    assert [(x.ref, x.relation, x.source) for x in person.xrefs] == [
        ("QDe.901", "associated", "un-sc"),
        ("QDe.004", "associated", "un-sc"),
    ]
    assert person.raw["TITLE"] == ["Sheikh"]
    assert person.raw["DESIGNATION"] == ["Head of finance of Northern Victory Front"]
    assert person.raw["INDIVIDUAL_ALIAS"][2]["NOTE"] == "previously listed as"


def test_sample_sparse_individual(sample):
    person = sample[1]["TAi.901"]
    assert _names(person) == ["ABDUL WAHID"]
    assert person.birth_dates == ["1958", "1959", "1960", "1961"]  # BETWEEN 1958 and 1961
    assert person.gender is None and person.updated_on is None
    assert person.remarks == [] and person.xrefs == [] and person.identifiers == []


def test_sample_entity_names(sample):
    entity = sample[1]["QDe.901"]
    assert entity.kind == "organisation"
    roles = [(n.value, n.role) for n in entity.names]
    assert roles[:3] == [
        ("NORTHERN VICTORY FRONT (NVF)", "primary"),  # FIRST_NAME "a ; b" split
        ("NORTHERN VICTORY FRONT FOR THE PEOPLE", "alias"),
        ("جبهة النصر الشمالية", "original"),
    ]
    assert ("Victory Council (VC)", "alias") in roles  # abbreviation kept whole
    assert ("مجلس النصر", "original") in roles  # "(original script)" marker
    assert ("the Victory Front", "alias") in roles
    assert ("Jabhat al-Nasr", "alias") in roles
    assert ("Northern Relief Committee", "former") in roles  # f.k.a.
    assert ("The Front", "weak") in roles  # Low
    assert entity.updated_on == "2018-06-05"
    assert [x.ref for x in entity.xrefs] == ["QDe.004", "QDi.901", "QDe.900"]
    assert entity.addresses[0].country == "Syrian Arab Republic"


def test_quoting_style_does_not_matter(fixtures, tmp_path):
    text = (fixtures / SAMPLE).read_text("utf-8").replace("'", '"')
    double = tmp_path / "double.xml"
    double.write_text(text, "utf-8")
    published, records = _parse(double)
    assert published == "2024-03-05"
    original = _parse(fixtures / SAMPLE)[1]
    assert {k: r.to_dict() for k, r in records.items()} == {
        k: r.to_dict() for k, r in original.items()
    }


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Plain Name", [("Plain Name", None)]),
        ("Front (ANF)", [("Front (ANF)", None)]),
        ("Ann Lee; Anne Lee", [("Ann Lee", None), ("Anne Lee", None)]),
        ("ألف (Alif; Aleph)", [("ألف", None), ("Alif", None), ("Aleph", None)]),
        (
            "Red Hand (RH) (اليد الحمراء (original script); Al-Yad al-Hamra)",
            [("Red Hand (RH)", None), ("اليد الحمراء", "original"), ("Al-Yad al-Hamra", None)],
        ),
        ("Abu Test (original script: Абу Тест)", [("Abu Test", None), ("Абу Тест", "original")]),
        ("Omar Test (previously listed as)", [("Omar Test", "former")]),
        ("Jo Test (birth name)", [("Jo Test", None)]),
        ('"Lion, The"', [("Lion, The", None)]),
        ("Al Test; Al Tist b) Bo Test", [("Al Test", None), ("Al Tist", None), ("Bo Test", None)]),
        ("Sam Test, born 1 Jan. 1950 (passport 123)", [("Sam Test", None)]),
        ("", []),
    ],
)
def test_split_packed(value, expected):
    assert un_xml.split_packed(value) == expected


def test_note_names():
    assert un_xml.note_names("original script: Абу Тест") == [("Абу Тест", "original")]
    assert un_xml.note_names("Abu Tam; Abou Tam; Abu Tamm") == [
        ("Abu Tam", None),
        ("Abou Tam", None),
        ("Abu Tamm", None),
    ]
    assert un_xml.note_names("born in 1970 in Homs (Abu Tam; Abou Tam)") == [
        ("Abu Tam", None),
        ("Abou Tam", None),
    ]
    assert un_xml.note_names("DOB: a) 1960 b) 1961. POB: Homs") == []
    assert un_xml.note_names(None) == []


def test_sniff(fixtures, tmp_path):
    assert un_xml.sniff([fixtures / SAMPLE])
    assert not un_xml.sniff([fixtures / "eu-fsf" / "eu_fsf_sample.xml"])
    csv = tmp_path / "list.csv"
    csv.write_text("a,b\n1,2\n")
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_bytes(b"")
    binary = tmp_path / "book.xlsx"
    binary.write_bytes(b"PK\x03\x04" + bytes(200))
    other_xml = tmp_path / "other.xml"
    other_xml.write_text('<?xml version="1.0"?><sdnList><sdnEntry/></sdnList>')
    assert not un_xml.sniff([csv, empty_csv, binary, other_xml, tmp_path / "missing.xml"])
    # claimed so that parse() can say what is wrong with them
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"\n")
    dtd = tmp_path / "dtd.xml"
    dtd.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CONSOLIDATED_LIST/>')
    assert un_xml.sniff([empty]) and un_xml.sniff([dtd])


def test_catalog_picks_un_parser_and_tags_terrorism(fixtures):
    parsed = load_catalog()["un-sc"].parse([fixtures / SAMPLE])
    assert parsed.format == un_xml.FORMAT
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics == {"QDi.901": ["terrorism"], "TAi.901": ["terrorism"], "QDe.901": ["terrorism"]}


# --- bad input -------------------------------------------------------------------


def test_truncated_file_names_file_and_line(fixtures, tmp_path):
    data = (fixtures / SAMPLE).read_bytes()
    cut = tmp_path / "truncated.xml"
    cut.write_bytes(data[: len(data) * 2 // 3])
    parsed = un_xml.parse([cut], "un-sc")  # the header is fine
    with pytest.raises(SourceError) as info:
        list(parsed.records)
    message = str(info.value)
    assert message.startswith(f"{cut}:")
    assert info.value.place and int(info.value.place) > 100
    assert "malformed XML" in message


def test_empty_and_wrong_files(fixtures, tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"  \n")
    with pytest.raises(SourceError, match=r"empty\.xml:1: empty file"):
        un_xml.parse([empty], "un-sc")
    eu = fixtures / "eu-fsf" / "eu_fsf_sample.xml"
    with pytest.raises(SourceError, match=r"eu_fsf_sample\.xml:1: root element is"):
        un_xml.parse([eu], "un-sc")
    dtd = tmp_path / "dtd.xml"
    dtd.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CONSOLIDATED_LIST/>')
    with pytest.raises(SourceError, match=r"dtd\.xml:2: XML with a DTD"):
        un_xml.parse([dtd], "un-sc")


def test_record_without_reference(fixtures, tmp_path):
    text = (fixtures / SAMPLE).read_text("utf-8")
    broken = tmp_path / "noref.xml"
    broken.write_text(text.replace("<REFERENCE_NUMBER>TAi.901</REFERENCE_NUMBER>", ""), "utf-8")
    with pytest.raises(SourceError, match=r"noref\.xml:line \d+: INDIVIDUAL without REFERENCE"):
        list(un_xml.parse([broken], "un-sc").records)


# --- the real files --------------------------------------------------------------

REAL = {
    # file: (published, individuals, entities)
    "consolidated_2018-10-29.xml": ("2018-10-29", 703, 390),
    "consolidated_2025-04-19.xml": ("2025-04-19", 684, 193),
    "consolidated_2025-08-02.xml": ("2025-08-02", 684, 195),
    "consolidated_2026-02-27.xml": ("2026-02-27", 730, 273),
}


@pytest.fixture(scope="module")
def real(corpus):
    return {name: _parse(corpus / "un" / name) for name in REAL}


def test_fixture_is_valid_against_the_official_xsd(corpus, fixtures):
    schema = etree.XMLSchema(etree.parse(str(corpus / "schemas" / "un_sc-sanctions.xsd")))
    assert schema.validate(etree.parse(str(fixtures / SAMPLE))), schema.error_log


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_counts_and_dates(real, name):
    published, records = real[name]
    expected_date, individuals, entities = REAL[name]
    assert published == expected_date
    kinds = Counter(r.kind for r in records.values())
    assert kinds == {"person": individuals, "organisation": entities}
    for record in records.values():
        assert record.ref == record.ref.strip() and record.names[0].role == "primary"
        assert all(len(d) == 10 for d in record.listed_on)  # "-04:00" suffixes dropped
        assert record.ref not in {x.ref for x in record.xrefs}
        for name_ in record.names:
            assert ";" not in name_.value, (record.ref, name_.value)


def test_real_programmes_2026(real):
    records = real["consolidated_2026-02-27.xml"][1]
    programmes = Counter(p for r in records.values() for p in r.programmes)
    assert programmes["Al-Qaida"] == 341
    assert programmes["Taliban"] == 140
    assert programmes["DPRK"] == 155
    assert programmes["Iran"] == 121
    assert sum(programmes.values()) == 1003


def test_real_qde137_names(real):
    hts = real["consolidated_2026-02-27.xml"][1]["QDe.137"]
    assert hts.kind == "organisation"
    assert hts.name == "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT"
    names = {n.value: n for n in hts.names}
    assert names["Jabhat al-Nusrah"].role == "alias"
    assert names["the Victory Front"].role == "alias"
    assert names["جبهة النصرة"].script == "Arabic"
    assert names["هيئة تحرير الشام"].role == "original"
    assert names["هيئة تحرير الشام"].script == "Arabic"
    assert names["جبهة النصرة لأهل الشام"].role == "original"  # NAME_ORIGINAL_SCRIPT
    assert names["Hay’at Tahrir al-Sham (HTS)"].role == "alias"
    assert "Ansar al-Mujahideen Network" in names  # "- sub-unit name" note dropped
    assert len(hts.names) == 34
    assert hts.programmes == ["Al-Qaida"]
    assert hts.listed_on == ["2014-05-14"]
    assert hts.updated_on == "2021-11-15"  # latest of three LAST_DAY_UPDATED values
    assert [x.ref for x in hts.xrefs] == ["QDe.004", "QDe.115", "QDe.007", "QDi.299", "QDi.317"]
    assert {x.relation for x in hts.xrefs} == {"associated"}
    assert hts.remarks[0].startswith("Associated with Al-Qaida (QDe.004).")


def test_real_individuals_2026(real):
    records = real["consolidated_2026-02-27.xml"][1]
    badege = records["CDi.001"]
    assert (badege.name, badege.gender, badege.birth_dates) == ("ERIC BADEGE", "male", ["1971"])
    assert badege.programmes == ["DRC"]
    assert badege.nationalities == ["Democratic Republic of the Congo"]
    assert [(a.country, a.note) for a in badege.addresses] == [("Rwanda", "as of early 2016")]

    kim = records["KPi.035"]
    assert [(n.value, n.script) for n in kim.names[1:]] == [("Jin Tiesan", "Latin"), ("金铁三", "Han")]
    assert [(i.type, i.value) for i in kim.identifiers] == [("passport", "645120378")]

    byutukaev = records["QDi.396"]
    roles = {n.value: n.role for n in byutukaev.names}
    assert roles["Abubakar"] == "weak" and roles["Абубакар"] == "original"
    assert [x.ref for x in byutukaev.xrefs] == ["QDe.100"]

    haqqani = records["TAi.064"]
    assert {n.value: n.role for n in haqqani.names}["Ezatullah Haqqani"] == "former"
    assert records["QDi.314"].birth_dates == ["1977", "1978", "1979", "1980", "1981", "1982"]


def test_real_2018_file_quirks(real):
    records = real["consolidated_2018-10-29.xml"][1]
    assert records["KPi.033"].name == "RI WON HO"  # FIRST_NAME " RI "
    assert records["KPi.033"].identifiers[0].value == "381310014"  # NUMBER " 381310014"
    ermias = records["LYi.021"]
    assert [(n.value, n.lang) for n in ermias.names if n.role == "original"] == [
        ("ኤርሚኣስ ግርማይ", "Tigrinya")
    ]
    # the Iraq programme was much larger in 2018 (75 records in 2026)
    programmes = Counter(p for r in records.values() for p in r.programmes)
    assert programmes["Iraq"] == 238


def test_real_topics_via_catalog(corpus):
    parsed = load_catalog()["un-sc"].parse([corpus / "un" / "consolidated_2026-02-27.xml"])
    topics = Counter(t for r in parsed.records for t in r.topics)
    assert topics == {"terrorism": 481, "sanctions": 522}


def test_real_files_are_not_eu(corpus):
    path = corpus / "un" / "consolidated_2026-02-27.xml"
    assert un_xml.sniff([path]) and not eu_fsf_xml.sniff([path])
