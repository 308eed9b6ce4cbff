"""UK OFSI Consolidated List: CSV (Windows-1252, pre-2022) and the 2022-format xlsx."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest

from singlelist.model import Record
from singlelist.sources import dfat_xlsx, ofsi_csv, ofsi_xlsx
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog

_spec = importlib.util.spec_from_file_location(
    "make_xlsx_fixtures", Path(__file__).parent / "fixtures" / "make_xlsx_fixtures.py"
)
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)


def by_ref(records) -> dict[str, Record]:
    return {record.ref: record for record in records}


def names(record: Record) -> list[tuple[str, str]]:
    return [(name.value, name.role) for name in record.names]


@pytest.fixture
def csv_fixture(fixtures: Path) -> Path:
    return fixtures / "gb-ofsi" / "conlist_fixture.csv"


@pytest.fixture
def xlsx_fixture(tmp_path: Path) -> Path:
    return make.write_ofsi_xlsx(tmp_path / "conlist_2024-03-02.xlsx")


# --- CSV fixture -------------------------------------------------------------------


def test_csv_fixture_is_windows_1252_with_a_date_line(csv_fixture: Path):
    data = csv_fixture.read_bytes()
    assert data.startswith(b"Last Updated,13/04/2018,")
    assert b"\r\n" in data and b"\x92" in data  # CRLF and a cp1252 apostrophe
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_csv_groups_rows_by_group_id(csv_fixture: Path):
    parsed = ofsi_csv.parse([csv_fixture], "gb-ofsi")
    assert parsed.published == "2018-04-13"
    records = by_ref(parsed.records)
    assert list(records) == ["90001", "90002", "90003"]
    assert sum(len(r.raw["rows"]) for r in records.values()) == 8

    person = records["90001"]
    assert person.kind == "person"
    assert names(person) == [
        ("Adam Bernard QUESTOR", "primary"),
        ("Abu Adam AL-QUESTORI", "alias"),
        ("Adam KWESTOR", "former"),
    ]
    assert person.names[0].parts == {"Name 1": "Adam", "Name 2": "Bernard", "Name 6": "QUESTOR"}
    assert person.birth_dates == ["1970-02-01", "1971"]
    assert person.nationalities == ["Ruritania", "Freedonia"]
    assert person.birth_places == ["Exampletown, Ruritania"]
    assert person.programmes == ["The ISIL (Da'esh) and Al-Qaida organisations"]
    assert person.listed_on == ["2015-05-10"]
    assert person.updated_on == "2017-02-01"
    assert [(i.type, i.value) for i in person.identifiers] == [
        ("passport", "Passport No: R1234567 (Ruritanian passport issued on 3 May 2007)."),
        ("national id", "Ruritanian national id no. 998877"),
    ]
    assert person.remarks[-1].endswith("Café owner’s son.")  # decoded from cp1252
    assert "Title: Dr" in person.remarks
    assert [(x.ref, x.relation) for x in person.xrefs] == [
        ("QDi.901", "same"), ("QDe.902", "associated"),
    ]
    assert person.addresses[0].text == "12 Example Street, Old Town, 1000"
    assert person.addresses[0].country == "Ruritania"
    assert person.raw["rows"][0]["_place"] == "line 3"


def test_csv_entity_with_two_regimes_and_a_pre_2015_un_reference(csv_fixture: Path):
    records = by_ref(ofsi_csv.parse([csv_fixture], "gb-ofsi").records)
    shipping = records["90003"]
    assert shipping.kind == "organisation"
    assert shipping.programmes == ["Iran (nuclear proliferation)", "Syria"]
    assert shipping.listed_on == ["2008-06-24", "2011-08-24"]
    # "UN Ref QE.A.42.02" is the UN's old numbering of QDe.042.
    assert [(x.ref, x.relation) for x in shipping.xrefs] == [("QDe.042", "same")]
    assert ("IMO", "9123456") in [(i.type, i.value) for i in shipping.identifiers]
    brigade = records["90002"]
    assert [(x.ref, x.source, x.relation) for x in brigade.xrefs] == [("QDe.902", "un-sc", "same")]
    assert brigade.remarks == ["UN Ref. QDe.902 Operates in Ruritania, Freedonia and Examplia."]
    assert brigade.names[0].parts is None


def test_csv_in_utf8_reads_the_same(csv_fixture: Path, tmp_path: Path):
    text = csv_fixture.read_bytes().decode("cp1252")
    for name, encoding in (("bom.csv", "utf-8-sig"), ("plain.csv", "utf-8")):
        path = tmp_path / name
        path.write_bytes(text.replace("\r\n", "\n").encode(encoding))
        records = by_ref(ofsi_csv.parse([path], "gb-ofsi").records)
        assert records["90001"].remarks[-1].endswith("Café owner’s son.")
        assert len(records) == 3


def test_catalog_tags_terrorism_regimes(csv_fixture: Path):
    source = load_catalog()["gb-ofsi"]
    parsed = source.parse([csv_fixture])
    assert parsed.format == "ofsi-csv"
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics == {"90001": ["terrorism"], "90002": ["terrorism"], "90003": ["sanctions"]}


def test_sniff(csv_fixture: Path, xlsx_fixture: Path, tmp_path: Path):
    assert ofsi_csv.sniff([csv_fixture]) and not ofsi_xlsx.sniff([csv_fixture])
    assert ofsi_xlsx.sniff([xlsx_fixture]) and not ofsi_csv.sniff([xlsx_fixture])
    dfat = make.write_dfat_xlsx(tmp_path / "dfat.xlsx")
    assert not ofsi_xlsx.sniff([dfat]) and not dfat_xlsx.sniff([xlsx_fixture])
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    xml = tmp_path / "consolidated.xml"
    xml.write_text('<?xml version="1.0"?><CONSOLIDATED_LIST/>')
    for path in (other, xml, tmp_path / "missing.csv"):
        assert not ofsi_csv.sniff([path]) and not ofsi_xlsx.sniff([path])


# --- xlsx fixture (2022 format) ----------------------------------------------------


def test_xlsx_fixture_omits_empty_cells(xlsx_fixture: Path):
    with zipfile.ZipFile(xlsx_fixture) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    # Row 3, the first data row, has Name 6 (A) and Group ID (AJ) but no non-Latin name (H).
    assert '<c r="A3"' in sheet and '<c r="H3"' not in sheet and '<c r="AJ3"' in sheet


def test_xlsx_groups_and_roles(xlsx_fixture: Path):
    parsed = ofsi_xlsx.parse([xlsx_fixture], "gb-ofsi")
    assert parsed.published == "2024-03-02"
    records = by_ref(parsed.records)
    assert list(records) == ["90001", "90002", "90003"]

    person = records["90001"]
    # The primary name comes first although its row is not the group's first row.
    assert names(person) == [
        ("Adam Bernard QUESTOR", "primary"),
        ("Abu Adam AL-QUESTORI", "alias"),
        ("Adam QWESTOR", "alias"),
        ("AQ", "weak"),
        ("Adam KWESTOR", "former"),
        ("Адам Бернард Квестор", "original"),
    ]
    original = person.names[-1]
    assert (original.script, original.lang) == ("Cyrillic", "Russian")
    assert person.birth_dates == ["1970-02-01", "1971", "1970-05"]
    assert person.nationalities == ["Ruritania", "Freedonia"]
    assert [(i.type, i.value, i.note) for i in person.identifiers] == [
        ("passport", "R1234567", "Ruritanian. Issued on 3 May 2007"),
        ("passport", "F7654321", "Freedonian"),
        ("national id", "998877", None),
        ("UK Sanctions List Ref", "AQD9001", None),
    ]
    assert person.gender == "male"
    assert [(x.ref, x.relation) for x in person.xrefs] == [
        ("QDi.901", "same"), ("QDe.902", "associated"),
    ]
    assert person.updated_on == "2024-02-01"
    assert "Position: Financier of the Example Brigade" in person.remarks

    company = records["90002"]
    assert company.kind == "organisation"
    assert company.programmes == ["Iran (Nuclear)", "Syria"]
    assert company.listed_on == ["2008-06-24", "2011-08-24"]
    assert [i.value for i in company.identifiers if i.type == "UK Sanctions List Ref"] == [
        "INU9002", "SYR9002",
    ]
    assert [i.value for i in company.identifiers if i.type == "business registration"] == [
        "OGRN: 1027700000001", "INN: 7700000002",
    ]
    assert company.addresses[0].text == "PO Box 16595-365, Tehran"

    ship = records["90003"]
    assert ship.kind == "vessel"
    # No row of this group is a primary name: its first name becomes the primary.
    assert names(ship) == [("OCEAN EXAMPLE", "primary"), ("SEA EXAMPLE", "alias")]
    assert ("IMO", "9123456") in [(i.type, i.value) for i in ship.identifiers]
    # A remark citing the owner's UN reference does not make the ship that listing.
    assert [(x.ref, x.relation) for x in ship.xrefs] == [("KPe.903", "associated")]


def test_xlsx_without_date_row_uses_latest_update(tmp_path: Path):
    path = make.write_ofsi_xlsx(tmp_path / "nodate.xlsx", last_updated=None)
    parsed = ofsi_xlsx.parse([path], "gb-ofsi")
    assert parsed.published == "2024-03-15"
    assert len(list(parsed.records)) == 3


def test_catalog_picks_xlsx_parser(xlsx_fixture: Path):
    parsed = load_catalog()["gb-ofsi"].parse([xlsx_fixture])
    assert parsed.format == "ofsi-xlsx"
    assert {r.ref: r.topics for r in parsed.records}["90001"] == ["terrorism"]


# --- bad input ---------------------------------------------------------------------


def test_csv_undefined_cp1252_byte_names_file_and_line(csv_fixture: Path, tmp_path: Path):
    path = tmp_path / "broken.csv"
    lines = csv_fixture.read_bytes().split(b"\r\n")
    lines[4] = lines[4].replace(b"AL-QUESTORI", b"AL-QUES\x81TORI")
    path.write_bytes(b"\r\n".join(lines))
    with pytest.raises(SourceError) as error:
        ofsi_csv.parse([path], "gb-ofsi")
    assert "broken.csv:line 5:" in str(error.value)
    assert "0x81" in str(error.value)


def test_csv_truncated_mid_row(csv_fixture: Path, tmp_path: Path):
    data = csv_fixture.read_bytes()
    path = tmp_path / "truncated.csv"
    path.write_bytes(data[: data.index(b"EXAMPLE BRIGADE,") + 30])
    with pytest.raises(SourceError, match=r"truncated\.csv:line 7: row has \d+ fields"):
        list(ofsi_csv.parse([path], "gb-ofsi").records)


def test_csv_truncated_inside_quotes(csv_fixture: Path, tmp_path: Path):
    data = csv_fixture.read_bytes()
    path = tmp_path / "cut.csv"
    path.write_bytes(data[: data.rindex(b'"UN Ref. QDe.902 Operates in Ruritania,') + 30])
    with pytest.raises(SourceError, match=r"cut\.csv:line \d+: malformed CSV"):
        ofsi_csv.parse([path], "gb-ofsi")


def test_csv_missing_column_and_empty_file(csv_fixture: Path, tmp_path: Path):
    path = tmp_path / "nogroup.csv"
    path.write_bytes(csv_fixture.read_bytes().replace(b",Group ID", b",Group"))
    with pytest.raises(SourceError, match=r"nogroup\.csv:line 2: missing column 'Group ID'"):
        ofsi_csv.parse([path], "gb-ofsi")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match=r"empty\.csv:line 1: empty file"):
        ofsi_csv.parse([empty], "gb-ofsi")


def test_xlsx_that_is_not_a_spreadsheet(tmp_path: Path, csv_fixture: Path):
    path = tmp_path / "conlist.xlsx"
    path.write_bytes(csv_fixture.read_bytes())
    with pytest.raises(SourceError, match=r"conlist\.xlsx: not an \.xlsx spreadsheet"):
        ofsi_xlsx.parse([path], "gb-ofsi")


def test_xlsx_truncated(xlsx_fixture: Path, tmp_path: Path):
    data = xlsx_fixture.read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceError, match=r"half\.xlsx"):
        ofsi_xlsx.parse([path], "gb-ofsi")


def test_xlsx_with_a_truncated_sheet(xlsx_fixture: Path, tmp_path: Path):
    path = tmp_path / "cutsheet.xlsx"
    with zipfile.ZipFile(xlsx_fixture) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            out.writestr(item, data)
    with pytest.raises(SourceError, match=r"cutsheet\.xlsx:row \d+: broken sheet XML"):
        ofsi_xlsx.parse([path], "gb-ofsi")


def test_xlsx_with_wrong_columns(tmp_path: Path):
    columns = [c if c != "Group ID" else "Group" for c in make.OFSI_COLUMNS]
    path = make.write_ofsi_xlsx(tmp_path / "wrong.xlsx", columns=columns)
    with pytest.raises(SourceError, match=r"wrong\.xlsx:row 2: missing column 'Group ID'"):
        ofsi_xlsx.parse([path], "gb-ofsi")


# --- the real files ----------------------------------------------------------------

_PARSED: dict[str, tuple[str | None, dict[str, Record]]] = {}


def real(corpus: Path, name: str) -> tuple[str | None, dict[str, Record]]:
    if name not in _PARSED:
        path = corpus / "gb-ofsi" / name
        module = ofsi_csv if path.suffix == ".csv" else ofsi_xlsx
        assert module.sniff([path])
        parsed = module.parse([path], "gb-ofsi")
        _PARSED[name] = (parsed.published, by_ref(parsed.records))
    return _PARSED[name]


def kinds(records: dict[str, Record]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for record in records.values():
        counts[record.kind] = counts.get(record.kind, 0) + 1
    return counts


def programmes(records: dict[str, Record]) -> set[str]:
    return {p for r in records.values() for p in r.programmes}


@pytest.mark.parametrize(
    ("name", "published", "rows", "counts", "regimes"),
    [
        ("conlist_2014-04-02.csv", "2014-04-02", 8950, {"person": 1337, "organisation": 960}, 23),
        ("conlist_2018-04-13.csv", "2018-04-13", 9487, {"person": 1426, "organisation": 680}, 26),
        ("conlist_2022-05-04.xlsx", "2022-05-04", 15261,
         {"person": 2771, "organisation": 644, "vessel": 15}, 30),
        ("conlist_2025-04-14.xlsx", "2025-04-14", 18798,
         {"person": 3663, "organisation": 1010, "vessel": 15}, 31),
    ],
)
def test_real_counts(corpus: Path, name, published, rows, counts, regimes):
    date, records = real(corpus, name)
    assert date == published
    assert sum(len(r.raw["rows"]) for r in records.values()) == rows
    assert kinds(records) == counts
    assert len(programmes(records)) == regimes
    assert all(r.names[0].role == "primary" for r in records.values())
    assert all(sum(n.role == "primary" for n in r.names) == 1 for r in records.values())


def test_real_2018_al_nusrah_front(corpus: Path):
    _, records = real(corpus, "conlist_2018-04-13.csv")
    front = records["12981"]
    assert front.kind == "organisation"
    assert front.name == "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT"
    assert len(front.names) == 19 and len(front.raw["rows"]) == 19
    values = [n.value for n in front.names]
    assert "JABHAT AL-NUSRAH" in values and "THE VICTORY FRONT" in values
    assert front.programmes == ["The ISIL (Da'esh) and Al-Qaida organisations"]
    assert front.listed_on == ["2014-05-29"] and front.updated_on == "2017-06-16"
    assert [(x.ref, x.source, x.relation) for x in front.xrefs] == [("QDe.137", "un-sc", "same")]
    # "UN Ref.KPI.067" (capital I) is KPi.067.
    assert [(x.ref, x.relation) for x in records["13562"].xrefs] == [("KPi.067", "same")]


def test_real_2014_old_un_numbering(corpus: Path):
    _, records = real(corpus, "conlist_2014-04-02.csv")
    iqbal = records["6894"]  # "UN Ref QI.A.86.03."; the UN lists him as QDi.086 since 2015
    assert iqbal.name == "Mohamad Iqbal ABDURRAHMAN"
    assert ("Mohamad Iqbal A RAHMAN", "alias") in names(iqbal)
    assert [(x.ref, x.relation) for x in iqbal.xrefs] == [("QDi.086", "same")]
    assert iqbal.programmes == ["Al-Qaida"]
    assert "1957-08-17" in iqbal.birth_dates


def test_real_2025_records(corpus: Path):
    _, records = real(corpus, "conlist_2025-04-14.xlsx")
    assert len(records) == 4688
    duma = records["14241"]
    assert names(duma) == [
        ("Khizri Magomedovich ABAKAROV", "primary"),
        ("Хизри Магомедович Абакаров", "original"),
    ]
    assert duma.names[1].script == "Cyrillic"
    assert duma.gender == "male"
    assert ("UK Sanctions List Ref", "RUS0296") in [(i.type, i.value) for i in duma.identifiers]
    assert duma.birth_dates == ["1960-06-28"]

    qods = records["11241"]
    assert qods.programmes == ["Iran (Nuclear)", "Syria"]
    assert qods.listed_on == ["2010-07-27", "2011-08-24"]

    subhi = records["13127"]
    assert [(x.ref, x.relation) for x in subhi.xrefs] == [
        ("QDi.330", "same"), ("QDe.004", "associated"),
    ]
    ship = records["13651"]
    assert ship.kind == "vessel" and ship.name == "SAM JONG 2"
    assert ("IMO", "7408873") in [(i.type, i.value) for i in ship.identifiers]
