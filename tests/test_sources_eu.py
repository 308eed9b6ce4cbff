"""The EU Financial Sanctions Files XML 1.1 parser (``eu_fsf_xml``).

No real FSF file is available here; our fixture and the files built below are checked
against the official XSD (from the corpus' ``schemas/``) before they are parsed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from singlelist.sources import eu_fsf_xml, un_xml
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog

SAMPLE = "eu-fsf/eu_fsf_sample.xml"
NS = eu_fsf_xml.NAMESPACE


def _parse(path: Path) -> tuple[str | None, dict]:
    parsed = eu_fsf_xml.parse([path], "eu-fsf")
    return parsed.published, {r.ref: r for r in parsed.records}


@pytest.fixture(scope="module")
def schema(corpus):
    return etree.XMLSchema(etree.parse(str(corpus / "schemas" / "eu_fsf_schema_1_1.xsd")))


@pytest.fixture
def sample(fixtures):
    return _parse(fixtures / SAMPLE)


# --- our own fixture -------------------------------------------------------------


def test_fixture_is_valid_against_the_official_xsd(schema, fixtures):
    assert schema.validate(etree.parse(str(fixtures / SAMPLE))), schema.error_log


def test_sample_published_and_kinds(sample):
    published, records = sample
    assert published == "2024-06-12"  # generationDate 2024-06-12T17:53:20.113+02:00
    assert {ref: r.kind for ref, r in records.items()} == {
        "90001": "person",
        "90002": "organisation",
        "90003": "person",
    }


def test_sample_person(sample):
    person = sample[1]["90001"]
    assert [(n.value, n.role, n.lang) for n in person.names] == [
        ("Karim Nadir Al-Haddad", "primary", None),
        ("كريم نادر الحداد", "alias", "ar"),
        ("Abu Salim", "weak", None),  # strong="false"
    ]
    assert person.names[0].parts == {
        "firstName": "Karim",
        "middleName": "Nadir",
        "lastName": "Al-Haddad",
    }
    assert person.names[1].script == "Arabic"
    assert person.gender == "male"
    assert person.programmes == ["TAQA"]
    assert person.listed_on == ["2015-07-03", "2015-07-04"]  # designationDate, publicationDate
    assert person.updated_on == "2019-02-14"  # latest regulationSummary
    assert person.nationalities == ["SYRIAN ARAB REPUBLIC"]
    assert person.birth_dates == ["1970-05-02", "1969"]
    assert person.birth_places == ["Homs, SYRIAN ARAB REPUBLIC"]  # "00"/UNKNOWN dropped
    [address] = person.addresses
    assert (address.text, address.country, address.note) == (
        "12 Example Street, Aleppo",
        "SYRIAN ARAB REPUBLIC",
        "as at listing time",
    )
    assert [(i.type, i.value, i.country) for i in person.identifiers] == [
        ("passport", "N0012345", "SYRIAN ARAB REPUBLIC"),
        ("national_id", "9701234567", "JORDAN"),
    ]
    assert "knownExpired" in person.identifiers[0].note
    assert person.remarks == ["Associated with Al-Qaida (QDe.004). UN Ref QDi.901."]
    assert [(x.ref, x.relation, x.source) for x in person.xrefs] == [
        ("QDi.901", "same", "un-sc"),  # unitedNationId (and "UN Ref" in the remark)
        ("QDe.004", "associated", "un-sc"),
    ]
    assert person.raw["euReferenceNumber"] == "EU.9001.01"
    assert person.raw["nameAlias"][0]["function"] == "Head of finance"
    assert person.raw["regulation"][0]["numberTitle"] == "2015/9001 (OJ L 999)"


def test_sample_enterprise(sample):
    org = sample[1]["90002"]
    assert [(n.value, n.role) for n in org.names] == [
        ("Northern Relief Foundation", "primary"),
        ("NRF", "weak"),
    ]
    assert org.names[0].parts is None
    assert org.programmes == ["TERR"]
    assert org.listed_on == ["2020-11-20"]
    assert org.gender is None and org.birth_dates == []
    [address] = org.addresses
    assert (address.text, address.note) == ("PO Box 77, Idlib", "WEB: www.example.org")
    assert [(x.ref, x.relation) for x in org.xrefs] == [("QDe.901", "associated")]
    assert org.raw["euReferenceNumber"] == "EU.9002.02"


def test_sample_primary_is_first_strong_name(sample):
    person = sample[1]["90003"]
    assert [(n.value, n.role) for n in person.names] == [
        ("Ivan Petrovich Primerov", "primary"),
        ("Ivan Example", "weak"),  # listed first, but strong="false"
        ("Иван Петрович Примеров", "alias"),
    ]
    assert person.names[1].parts == {"firstName": "Ivan", "lastName": "Example"}
    assert person.birth_dates == ["1964", "1965", "1966"]  # yearRangeFrom..yearRangeTo
    assert person.birth_places == ["RUSSIAN FEDERATION"]
    assert person.programmes == ["UKR"] and person.xrefs == [] and person.remarks == []


def test_catalog_picks_eu_parser_and_tags_topics(fixtures):
    parsed = load_catalog()["eu-fsf"].parse([fixtures / SAMPLE])
    assert parsed.format == eu_fsf_xml.FORMAT
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics == {"90001": ["terrorism"], "90002": ["terrorism"], "90003": ["sanctions"]}


def test_sniff(fixtures, tmp_path):
    assert eu_fsf_xml.sniff([fixtures / SAMPLE])
    assert not eu_fsf_xml.sniff([fixtures / "un-sc" / "consolidated_sample.xml"])
    assert not un_xml.sniff([fixtures / SAMPLE])
    unrelated = tmp_path / "export.xml"
    unrelated.write_text('<?xml version="1.0"?><export><row/></export>')
    csv = tmp_path / "list.csv"
    csv.write_text("a,b\n")
    assert not eu_fsf_xml.sniff([unrelated, csv, tmp_path / "missing.xml"])


# --- a larger file built here ----------------------------------------------------


def _build(path: Path, count: int) -> Path:
    """An FSF export of ``count`` entities, alternating persons and enterprises."""
    root = etree.Element(
        f"{{{NS}}}export",
        nsmap={None: NS},
        generationDate="2025-01-31T09:00:00.000+01:00",
        globalFileId="4242",
    )
    summary = {"regulationType": "regulation", "publicationDate": "2021-03-01",
               "numberTitle": "2021/1 (OJ L 1)"}
    for index in range(count):
        person = index % 2 == 0
        entity = etree.SubElement(
            root, f"{{{NS}}}sanctionEntity", logicalId=str(500000 + index),
            euReferenceNumber=f"EU.{index}.1",
        )
        etree.SubElement(entity, f"{{{NS}}}remark").text = f"Generated entry {index}."
        etree.SubElement(
            entity, f"{{{NS}}}regulation", regulationType="regulation",
            organisationType="council", publicationDate="2021-03-01",
            entryIntoForceDate="2021-03-02", numberTitle="2021/1 (OJ L 1)",
            programme="TERR" if index % 3 == 0 else "SYR", logicalId=str(900000 + index),
        )
        etree.SubElement(
            entity, f"{{{NS}}}subjectType", code="person" if person else "enterprise",
            classificationCode="P" if person else "E",
        )
        alias = etree.SubElement(
            entity, f"{{{NS}}}nameAlias", wholeName=f"Test Name {index}", strong="true",
            regulationLanguage="en", logicalId=str(700000 + index),
        )
        etree.SubElement(alias, f"{{{NS}}}regulationSummary", **summary)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


def test_built_file_validates_and_streams(schema, tmp_path):
    path = _build(tmp_path / "fsf.xml", 600)
    assert schema.validate(etree.parse(str(path))), schema.error_log
    assert eu_fsf_xml.sniff([path])
    published, records = _parse(path)
    assert published == "2025-01-31"
    assert len(records) == 600
    assert Counter(r.kind for r in records.values()) == {"person": 300, "organisation": 300}
    assert Counter(p for r in records.values() for p in r.programmes) == {"TERR": 200, "SYR": 400}
    assert records["500599"].name == "Test Name 599"
    assert records["500599"].remarks == ["Generated entry 599."]


# --- bad input -------------------------------------------------------------------


def test_truncated_file_names_file_and_line(fixtures, tmp_path):
    data = (fixtures / SAMPLE).read_bytes()
    cut = tmp_path / "truncated.xml"
    cut.write_bytes(data[: len(data) // 2])
    parsed = eu_fsf_xml.parse([cut], "eu-fsf")
    with pytest.raises(SourceError) as info:
        list(parsed.records)
    assert str(info.value).startswith(f"{cut}:")
    assert "malformed XML" in str(info.value) and int(info.value.place) > 5


def test_wrong_and_empty_files(fixtures, tmp_path):
    with pytest.raises(SourceError, match=r"consolidated_sample\.xml:1: root element is"):
        eu_fsf_xml.parse([fixtures / "un-sc" / "consolidated_sample.xml"], "eu-fsf")
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert eu_fsf_xml.sniff([empty])  # claimed, so that the error below is the one shown
    with pytest.raises(SourceError, match=r"empty\.xml:1: empty file"):
        eu_fsf_xml.parse([empty], "eu-fsf")


def test_entity_without_logical_id_or_subject(fixtures, tmp_path):
    text = (fixtures / SAMPLE).read_text("utf-8")
    no_id = tmp_path / "noid.xml"
    no_id.write_text(text.replace(' logicalId="90003"', ""), "utf-8")
    with pytest.raises(SourceError, match=r"noid\.xml:line \d+: sanctionEntity without logicalId"):
        list(eu_fsf_xml.parse([no_id], "eu-fsf").records)
    no_subject = tmp_path / "nosubject.xml"
    no_subject.write_text(
        text.replace('<subjectType code="enterprise" classificationCode="E"/>', ""), "utf-8"
    )
    with pytest.raises(SourceError, match=r"sanctionEntity 90002 without subjectType"):
        list(eu_fsf_xml.parse([no_subject], "eu-fsf").records)
