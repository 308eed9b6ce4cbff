"""Australia DFAT Consolidated List (xlsx)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from singlelist.model import Record
from singlelist.sources import dfat_xlsx, ofsi_xlsx
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
def dfat_fixture(tmp_path: Path) -> Path:
    return make.write_dfat_xlsx(tmp_path / "regulation8_consolidated.xlsx")


def test_fixture_records(dfat_fixture: Path):
    parsed = dfat_xlsx.parse([dfat_fixture], "au-dfat")
    assert parsed.published == "2024-11-11"  # the workbook's last-saved date
    records = by_ref(parsed.records)
    assert list(records) == ["101", "102", "103"]

    front = records["101"]
    assert front.kind == "organisation"
    assert names(front) == [
        ("Front of the Test Valley", "primary"),
        ("Jabhat Wadi al-Ikhtibar", "alias"),
        ("جبهة وادي الاختبار", "original"),
        ("The Test Valley Front", "alias"),
        ("Valley Example Group", "former"),
        ("Valley Test Brigade", "former"),
        ("كتيبة وادي الاختبار", "original"),
        ("Old Valley Front", "former"),
    ]
    assert front.names[2].script == "Arabic"
    assert [row["Reference"] for row in front.raw["rows"]] == ["101", "101a", "101b", "101b1", "101c", "101d",
                                                       "101e"]
    assert front.programmes == ["1373 (2001)"]
    assert front.listed_on == ["2013-03-16"]  # from the Listing Information
    assert front.updated_on == "2022-03-05"  # the Control Date
    assert [a.text for a in front.addresses] == ["Operates in Ruritania"]
    # DFAT cites other listings, never the listing's own UN reference.
    assert [(x.ref, x.relation) for x in front.xrefs] == [
        ("QDe.902", "associated"), ("QDi.042", "associated"),
    ]
    assert front.remarks[0].startswith("Formerly listed under the primary name")
    assert front.remarks[1].startswith("Listing information: Listed by the Foreign Minister")

    ivan = records["102"]
    assert ivan.kind == "person"  # "individual " with a stray space
    # The primary row comes after its alias row in the sheet; it is still first.
    assert names(ivan) == [
        ("Ivan Petrovich PRIMEROV", "primary"),
        ("Иван Петрович Примеров", "alias"),
    ]
    assert ivan.names[1].script == "Cyrillic"
    assert ivan.birth_dates == ["1964-01-01", "1959"]
    assert ivan.birth_places == ["Exampleburg, Ruritania", "Freedonia"]
    assert ivan.nationalities == ["Ruritanian"]
    assert ivan.addresses == []  # "NA"
    # No date in the Listing Information: the Control Date stands for the listing date.
    assert ivan.listed_on == ["2022-02-26"]

    bella = records["103"]
    assert bella.programmes == ["1970 (Libya)", "1973 (Libya)"]  # a packed cell, split
    assert bella.birth_dates == ["1966-04-02", "1967"]  # an Excel date and a bare year
    assert bella.listed_on == ["2011-02-26"]


def test_published_falls_back_to_latest_control_date(tmp_path: Path):
    path = make.write_dfat_xlsx(tmp_path / "noprops.xlsx", modified=None)
    assert dfat_xlsx.parse([path], "au-dfat").published == "2024-11-08"


def test_catalog_topics(dfat_fixture: Path):
    parsed = load_catalog()["au-dfat"].parse([dfat_fixture])
    assert parsed.format == "dfat-xlsx"
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics == {"101": ["terrorism"], "102": ["sanctions"], "103": ["sanctions"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) Approximately 1955- 1958 b) 1960", ["1955", "1956", "1957", "1958", "1960"]),
        ("19 December 1980, or 19 January 1980 ", ["1980-12-19", "1980-01-19"]),
        ("a) 1/01/1968 b) 23-Apr-68", ["1968-01-01", "1968-04-23"]),
        ("Between 1975 and 1977", ["1975", "1976", "1977"]),
        ("27 Jan. 1971\xa0\xa0", ["1971-01-27"]),
        ("12 Sept. 1980", ["1980-09-12"]),
        ("a) 10/06/1962; b) 11/06/1962", ["1962-06-10", "1962-06-11"]),
        ("Circa 1970", ["1970"]),
        ("na", []),
    ],
)
def test_date_cells(text, expected):
    assert dfat_xlsx.parse_dates(text) == expected


def test_sniff(dfat_fixture: Path, tmp_path: Path, fixtures: Path):
    assert dfat_xlsx.sniff([dfat_fixture])
    ofsi = make.write_ofsi_xlsx(tmp_path / "ofsi.xlsx")
    assert not dfat_xlsx.sniff([ofsi]) and not ofsi_xlsx.sniff([dfat_fixture])
    assert not dfat_xlsx.sniff([fixtures / "gb-ofsi" / "conlist_fixture.csv"])
    not_zip = tmp_path / "fake.xlsx"
    not_zip.write_text("Reference,Name of Individual or Entity\n")
    assert not dfat_xlsx.sniff([not_zip])


# --- bad input ---------------------------------------------------------------------


def test_not_a_spreadsheet(tmp_path: Path):
    path = tmp_path / "regulation8_consolidated.xlsx"
    path.write_text("<html><body>Page not found</body></html>")
    with pytest.raises(SourceError, match=r"regulation8_consolidated\.xlsx: not an \.xlsx"):
        dfat_xlsx.parse([path], "au-dfat")


def test_wrong_columns(tmp_path: Path):
    columns = [c for c in make.DFAT_COLUMNS if c != "Name Type"]
    path = make.write_dfat_xlsx(tmp_path / "cols.xlsx", columns=columns)
    with pytest.raises(SourceError, match=r"cols\.xlsx:row 1: missing column 'Name Type'"):
        dfat_xlsx.parse([path], "au-dfat")


def test_bad_reference_names_the_row(tmp_path: Path):
    rows = [dict(row) for row in make.DFAT_ROWS]
    rows[3]["Reference"] = "x101"
    path = make.write_dfat_xlsx(tmp_path / "ref.xlsx", rows=rows)
    with pytest.raises(SourceError, match=r"ref\.xlsx:row 5: bad Reference 'x101'"):
        dfat_xlsx.parse([path], "au-dfat")


def test_truncated_spreadsheet(dfat_fixture: Path, tmp_path: Path):
    data = dfat_fixture.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) - 400])
    with pytest.raises(SourceError, match=r"cut\.xlsx"):
        dfat_xlsx.parse([path], "au-dfat")


# --- the real file -----------------------------------------------------------------

REAL = "au-dfat/regulation8_consolidated_2024-11-11.xlsx"
_PARSED: dict[str, tuple[str | None, dict[str, Record]]] = {}


@pytest.fixture
def real(corpus: Path) -> tuple[str | None, dict[str, Record]]:
    if REAL not in _PARSED:
        path = corpus / REAL
        assert dfat_xlsx.sniff([path])
        parsed = dfat_xlsx.parse([path], "au-dfat")
        _PARSED[REAL] = (parsed.published, by_ref(parsed.records))
    return _PARSED[REAL]


def test_real_counts(real):
    published, records = real
    assert published == "2024-11-11"
    assert len(records) == 3062
    assert sum(len(r.raw["rows"]) for r in records.values()) == 9553
    kinds: dict[str, int] = {}
    for record in records.values():
        kinds[record.kind] = kinds.get(record.kind, 0) + 1
    assert kinds == {"person": 2316, "organisation": 746}
    programmes = {p for r in records.values() for p in r.programmes}
    assert len(programmes) == 27
    assert sum("1373 (2001)" in r.programmes for r in records.values()) == 108
    assert all(sum(n.role == "primary" for n in r.names) == 1 for r in records.values())


def test_real_nusrah_front_under_1373(real):
    _, records = real
    front = records["2585"]
    assert front.kind == "organisation"
    assert front.name == "Jabhat Fatah al-Sham"
    assert front.programmes == ["1373 (2001)"]
    refs = [row["Reference"] for row in front.raw["rows"]]
    assert refs == ["2585"] + [f"2585{letter}" for letter in "abcdefghijkl"]
    assert len(front.names) == 13
    assert ("Al-Nusrah Front for the People of the Levant", "alias") in names(front)
    assert ("The Victory Front", "alias") in names(front)
    assert front.listed_on == ["2013-03-16"]
    assert front.updated_on == "2022-03-05"


def test_real_scripts_and_associations(real):
    _, records = real
    ktj = records["6768"]
    assert ktj.name == "KHATIBA AL-TAWHID WAL-JIHAD (KTJ)"
    cyrillic = [n for n in ktj.names if n.script == "Cyrillic"]
    assert [(n.value, n.role) for n in cyrillic] == [("Катиба ат-Таухид валь-Джихад", "alias")]
    assert [(x.ref, x.relation) for x in ktj.xrefs] == [
        ("QDe.137", "associated"), ("QDe.158", "associated"), ("QDe.119", "associated"),
    ]
    akhund = records["2"]
    assert names(akhund) == [("MOHAMMAD HASSAN AKHUND", "primary"), ("محمد حسن أخوند", "original")]
    assert akhund.programmes == ["1988 (Taliban)"]
    assert akhund.listed_on == ["2001-01-25"]
    # "Mullah Mohammed Omar (TI.O.4.01)": the UN's old number of TAi.004.
    assert [(x.ref, x.relation) for x in akhund.xrefs] == [("TAi.004", "associated")]
