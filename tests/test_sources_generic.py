"""The generic inputs: the documented CSV layout (generic_csv) and FtM JSON lines (ftm_json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from singlelist.model import ALIAS, FORMER, PRIMARY, WEAK
from singlelist.sources import ftm_json, generic_csv
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import generic_source

ROOT = Path(__file__).resolve().parents[1]


def names(record) -> list[tuple[str, str]]:
    return [(n.value, n.role) for n in record.names]


# --- generic CSV ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def proscribed_path(fixtures: Path) -> Path:
    return fixtures / "generic" / "proscribed_organisations.csv"


@pytest.fixture(scope="module")
def proscribed(proscribed_path: Path) -> dict:
    parsed = generic_csv.parse([proscribed_path], "gb-proscribed")
    assert parsed.published is None
    return {r.ref: r for r in parsed.records}


def test_csv_sniff(proscribed_path: Path, fixtures: Path, tmp_path: Path) -> None:
    assert generic_csv.sniff([proscribed_path])
    assert not generic_csv.sniff([fixtures / "ae-local" / "local_terrorist_list_sample.csv"])
    assert not generic_csv.sniff([fixtures / "generic" / "entities.ftm.jsonl"])
    upper = tmp_path / "list.CSV"
    upper.write_text("\ufeffRef , NAME\nA,B\n", "utf-8")
    assert generic_csv.sniff([upper])
    no_name = tmp_path / "list2.csv"
    no_name.write_text("ref,title\nA,B\n", "utf-8")
    assert not generic_csv.sniff([no_name])


def test_csv_records(proscribed: dict) -> None:
    assert list(proscribed) == ["PO-001", "PO-002", "PO-003", "PO-004", "PO-005"]
    aq = proscribed["PO-001"]
    assert aq.kind == "organisation"
    assert names(aq) == [
        ("Al-Qa'ida", PRIMARY), ("Al-Qaida", ALIAS), ("Al Qaeda", ALIAS), ("The Base", ALIAS)]
    assert aq.programmes == ["Terrorism Act 2000"]
    assert aq.listed_on == ["2001-03-29"]
    assert aq.remarks == ["Proscribed in March 2001, under the Terrorism Act 2000"]  # quoted comma
    assert aq.topics == ["terrorism"]
    assert [(x.ref, x.source, x.relation) for x in aq.xrefs] == [("QDe.004", "un-sc", "same")]
    assert aq.raw["un_ref"] == "QDe.004"

    isil = proscribed["PO-003"]
    assert names(isil)[-1] == ("IS", WEAK)
    assert isil.countries == ["Iraq", "Syria"]
    assert isil.topics == []  # no topic in the row: the source's default applies
    assert [(x.ref, x.relation) for x in isil.xrefs] == [("QDe.115", "associated")]  # cited in remarks

    assert proscribed["PO-004"].listed_on == ["2013-07-13"]  # 13/07/2013
    hamas = proscribed["PO-005"]
    assert hamas.kind == "organisation"  # "group"
    assert hamas.programmes == ["Terrorism Act 2000", "Hamas Izz al-Din al-Qassem Brigades order 2001"]
    assert hamas.listed_on == ["2001-03-29", "2021-11-26"]


def test_csv_rows_with_one_ref_merge(proscribed: dict) -> None:
    hizballah = proscribed["PO-002"]
    assert names(hizballah) == [
        ("Hizballah", PRIMARY), ("Hezbollah", ALIAS), ("Hizbollah", ALIAS), ("Hizbullah", ALIAS)]
    assert hizballah.remarks == ["Military wing proscribed 2008; whole organisation 2019"]
    assert [row["name"] for row in hizballah.raw["rows"]] == ["Hizballah", "Hizbullah"]


def test_csv_through_generic_source(proscribed_path: Path) -> None:
    source = generic_source("gb-proscribed", "csv", "UK Home Office", topic="sanctions")
    parsed = source.parse([proscribed_path])
    assert parsed.format == "generic-csv"
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics["PO-001"] == ["terrorism"]
    assert topics["PO-003"] == ["sanctions"]  # the default given at load time


def test_csv_person_and_more_columns(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "REF,Name,Kind,birth_dates,nationalities,former_names,weak_aliases,un_ref\n"
        "P1,Jane Example,individual,1970-01-02; 1971,Examplia,Jane Oldname,J.E.,QDi.123\n",
        "utf-8",
    )
    [person] = generic_csv.parse([path], "mine").records
    assert person.kind == "person"
    assert person.birth_dates == ["1970-01-02", "1971"]
    assert person.nationalities == ["Examplia"]
    assert names(person) == [("Jane Example", PRIMARY), ("J.E.", WEAK), ("Jane Oldname", FORMER)]
    assert person.xrefs[0].ref == "QDi.123"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ref,title\nA,B\n", r"bad\.csv:line 1: missing required column 'name'"),
        ("name,kind\nA,person\n", r"bad\.csv:line 1: missing required column 'ref'"),
        ("ref,name\nA,Alpha\n,Beta\n", r"bad\.csv:line 3: empty 'ref'"),
        ("ref,name\nA,Alpha\n\nB,\n", r"bad\.csv:line 4: empty 'name' for ref 'B'"),
        ("ref,name,kind\nA,Alpha,club\n", r"bad\.csv:line 2: unknown kind 'club'"),
        ("ref,name,topic\nA,Alpha,crime\n", r"bad\.csv:line 2: unknown topic 'crime'"),
        ("ref,name,kind\nA,Alpha,person\nA,Alf,vessel\n", r"bad\.csv:line 3: ref 'A' is person at line 2"),
        ("ref,name,Ref\nA,Alpha,B\n", r"bad\.csv:line 1: column 'ref' appears twice"),
    ],
)
def test_csv_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, "utf-8")
    with pytest.raises(SourceError, match=message):
        generic_csv.parse([path], "mine")


def test_csv_broken_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xef\xbb\xbfref,name\nA,Alpha\nB,Caf\xe9\n")  # BOM, then a Latin-1 é
    with pytest.raises(SourceError, match=r"bad\.csv:3: not valid UTF-8: byte 0xe9"):
        generic_csv.parse([path], "mine")


def test_csv_layout_is_documented() -> None:
    doc = (ROOT / "docs" / "generic-csv.md").read_text("utf-8")
    for column in generic_csv.COLUMNS:
        assert f"| `{column}` |" in doc, column
        assert f"``{column}``" in generic_csv.__doc__, column


# --- FollowTheMoney JSON lines -------------------------------------------------------


@pytest.fixture(scope="module")
def ftm_path(fixtures: Path) -> Path:
    return fixtures / "generic" / "entities.ftm.jsonl"


@pytest.fixture(scope="module")
def ftm(ftm_path: Path) -> dict:
    parsed = ftm_json.parse([ftm_path], "example-ftm")
    assert parsed.published is None
    return {r.ref: r for r in parsed.records}


def test_ftm_sniff(ftm_path: Path, proscribed_path: Path, tmp_path: Path) -> None:
    assert ftm_json.sniff([ftm_path])
    assert not ftm_json.sniff([proscribed_path])
    array = tmp_path / "list.json"
    array.write_text('[{"id": "a", "schema": "Person", "properties": {}}]', "utf-8")
    assert not ftm_json.sniff([array])
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}\n', "utf-8")
    assert not ftm_json.sniff([other])


def test_ftm_subjects_only(ftm: dict) -> None:
    # Sanction, Address, Passport and Ownership lines are not records of their own;
    # the two "ex-company-1" lines are one record.
    assert list(ftm) == ["ex-person-1", "ex-org-1", "ex-vessel-1", "ex-company-1"]
    assert [r.kind for r in ftm.values()] == ["person", "organisation", "vessel", "organisation"]


def test_ftm_person_with_attachments(ftm: dict) -> None:
    person = ftm["ex-person-1"]
    assert names(person) == [
        ("Omar Example Testman", PRIMARY), ("Abu Example", ALIAS), ("عمر تستمان", ALIAS), ("Omar T.", WEAK)]
    assert person.names[0].parts == {"first_name": "Omar", "last_name": "Testman"}
    assert person.names[2].script == "Arabic"
    # the Sanction line comes before its subject in the file
    assert person.programmes == ["Counter Terrorism"]
    assert person.listed_on == ["2019-04-02"]  # from the sanction, not createdAt
    assert "Authority: Example Ministry of Finance" in person.remarks
    assert person.updated_on == "2024-06-01"
    assert person.birth_dates == ["1971-05-03"] and person.birth_places == ["Example City"]
    assert person.nationalities == ["ye"] and person.gender == "male"
    assert [(a.text, a.country) for a in person.addresses] == [("12 Sample Street, Example City", "ye")]
    assert [(i.type, i.value, i.country) for i in person.identifiers] == [("passport", "P1234567", "ye")]
    assert [(x.ref, x.relation) for x in person.xrefs] == [("QDi.999", "same"), ("QDe.998", "associated")]
    assert person.topics == ["terrorism"]  # crime.terror wins over sanction
    assert person.raw["id"] == "ex-person-1"
    assert [a["schema"] for a in person.raw["attached"]] == ["Sanction", "Passport"]


def test_ftm_nested_sanction_and_other_subjects(ftm: dict) -> None:
    org = ftm["ex-org-1"]
    assert names(org) == [
        ("Example Liberation Front", PRIMARY), ("ELF", ALIAS), ("Example People's Front", FORMER)]
    assert org.programmes == ["Terrorist Organisations List"]
    assert org.listed_on == ["2015-09-10"]
    assert org.remarks == ["Authority: Example Home Office"]
    vessel = ftm["ex-vessel-1"]
    assert [(i.type, i.value) for i in vessel.identifiers] == [("IMO", "9999990")]
    assert vessel.countries == ["pa"]
    assert vessel.listed_on == ["2022-03-15"]  # createdAt when no sanction says
    assert vessel.topics == ["sanctions"]
    company = ftm["ex-company-1"]
    assert names(company) == [("Example Trading LLC", PRIMARY),
                              ("Example Trading Limited Liability Company", ALIAS)]
    assert company.countries == ["ae"]
    assert [(i.type, i.value) for i in company.identifiers] == [("registration number", "REG-42")]
    assert company.topics == []


def test_ftm_through_generic_source(ftm_path: Path) -> None:
    parsed = generic_source("example-ftm", "ftm", "Example").parse([ftm_path])
    assert parsed.format == "ftm-json"
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics["ex-company-1"] == ["terrorism"]  # the generic source's default
    assert topics["ex-vessel-1"] == ["sanctions"]


def test_ftm_does_not_need_followthemoney(ftm_path: Path) -> None:
    source = Path(ftm_json.__file__).read_text("utf-8")
    assert "import followthemoney" not in source and "from followthemoney" not in source
    # in a fresh interpreter: other tests of the session may import followthemoney
    code = (f"import sys; from singlelist.sources import ftm_json; "
            f"list(ftm_json.parse([{str(ftm_path)!r}], 'x').records); "
            "assert 'followthemoney' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ftm_invalid_json(ftm_path: Path, tmp_path: Path) -> None:
    lines = ftm_path.read_text("utf-8").splitlines()
    lines[2] = lines[2][:40]  # cut the third line
    path = tmp_path / "cut.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(SourceError, match=r"cut\.jsonl:3: invalid JSON"):
        ftm_json.parse([path], "x")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}', "[1, 2]"],
         r"x\.jsonl:2: not a FollowTheMoney entity"),
        (['{"schema": "Person", "properties": {}}'], r"x\.jsonl:1: not a FollowTheMoney entity"),
        (['{"id": "a", "schema": "Person", "properties": {"birthDate": ["1970"]}}'],
         r"x\.jsonl:1: entity 'a' has no name"),
        (['{"id": "s", "schema": "Sanction", "properties": {"entity": ["a"]}}'],
         r"x\.jsonl: no subject entity"),
        ([""], r"x\.jsonl:1: empty file"),
    ],
)
def test_ftm_errors(tmp_path: Path, lines: list[str], message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(SourceError, match=message):
        list(ftm_json.parse([path], "x").records)


def test_ftm_several_files(ftm_path: Path, tmp_path: Path) -> None:
    # a sanction in a second file still reaches its subject in the first
    extra = tmp_path / "more.jsonl"
    sanction = {"id": "s9", "schema": "Sanction", "properties": {
        "entity": ["ex-company-1"], "program": ["Export Control"], "listingDate": ["2023-01-05"]}}
    extra.write_text(json.dumps(sanction) + "\n", "utf-8")
    recs = {r.ref: r for r in ftm_json.parse([ftm_path, extra], "x").records}
    assert recs["ex-company-1"].programmes == ["Export Control"]
    assert recs["ex-company-1"].listed_on == ["2023-01-05"]
