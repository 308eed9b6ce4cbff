"""UAE Local Terrorist List CSV (uae_csv): our fixture, bad input, then the real file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from singlelist.model import ALIAS, ORIGINAL, PRIMARY
from singlelist.sources import uae_csv
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog


def by_ref(path: Path) -> dict:
    parsed = uae_csv.parse([path], "ae-local")
    assert parsed.published is None
    return {r.ref: r for r in parsed.records}


def names(record) -> list[tuple[str, str]]:
    return [(n.value, n.role) for n in record.names]


@pytest.fixture(scope="module")
def sample_path(fixtures: Path) -> Path:
    return fixtures / "ae-local" / "local_terrorist_list_sample.csv"


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> dict:
    return by_ref(sample_path)


def test_fixture_is_what_the_script_writes(sample_path: Path, tmp_path: Path) -> None:
    script = sample_path.parents[1] / "make_ae_local.py"
    assert sample_path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, as the real export
    out = tmp_path / "sample.csv"
    subprocess.run([sys.executable, str(script), str(out)], check=True)
    assert out.read_bytes() == sample_path.read_bytes()


def test_sniff(sample_path: Path, fixtures: Path) -> None:
    assert uae_csv.sniff([sample_path])
    assert not uae_csv.sniff([fixtures / "generic" / "proscribed_organisations.csv"])
    assert not uae_csv.sniff([fixtures / "ca-sema" / "sema-lmes_new.xml"])
    assert not uae_csv.sniff([sample_path, sample_path])


def test_names_in_both_scripts(sample: dict) -> None:
    assert list(sample) == ["1", "2", "3", "4", "5"]
    first = sample["1"]
    assert names(first) == [("SALEM AHMED SALEM AL-MITHALI", PRIMARY), ("سالم أحمد سالم المثالي", ORIGINAL)]
    assert first.names[0].parts == {"family_name": "AL-MITHALI"}
    assert first.names[1].parts == {"family_name": "المثالي"}
    assert (first.names[1].script, first.names[1].lang) == ("Arabic", "ar")
    # a kunya in brackets in the "known names" column
    assert names(sample["2"])[-1] == ("أبو تجربة", ALIAS)
    # spellings joined with "+" in both name cells
    assert names(sample["3"]) == [
        ("HASSAN ALI AL IKHTIBAR", PRIMARY), ("HASSAN ALI IKHTIBAR", ALIAS),
        ("حسن علي الاختبار", ORIGINAL), ("حسن علي اختبار", ORIGINAL),
    ]


def test_person_details(sample: dict) -> None:
    first = sample["1"]
    assert first.kind == "person"
    assert first.nationalities == ["Qatar"]
    assert first.birth_dates == ["1970-02-01"]  # 01-02-1970 is day-month-year
    assert first.birth_places == ["قطر"]
    assert [(a.text, a.country) for a in first.addresses] == [("الدوحة, قطر", "Qatar")]
    [passport] = first.identifiers
    assert (passport.type, passport.value, passport.country) == ("passport", "00123456", "Qatar")
    assert passport.note == "issued 2012-05-29; expires 2022-05-28"
    assert first.programmes == ["قرار مجلس الوزراء رقم (18) لسنة 2017"]
    assert first.listed_on == ["2017"]
    assert first.remarks == ["مدرج بموجب قرار مجلس الوزراء رقم (18) لسنة 2017"]
    assert first.raw["#"] == "1" and first.raw["الجنسية"] == "قطر"

    assert sample["2"].nationalities == ["Saudi Arabia", "Kuwait"]
    assert sample["2"].birth_dates == ["1975"]
    assert sample["2"].identifiers == []
    assert [(i.type, i.value) for i in sample["3"].identifiers] == [("unified number", "7654321")]

    fourth = sample["4"]
    assert fourth.nationalities == ["Sweden", "Liberia"]  # current: Sweden, former: Liberia
    assert fourth.birth_dates == ["1980-12-20"]
    assert [(i.value, i.country) for i in fourth.identifiers] == [
        ("11223344", "Sweden"), ("A1234567", "United Arab Emirates")]


def test_organisation_row(sample: dict) -> None:
    org = sample["5"]
    assert org.kind == "organisation"
    assert names(org) == [("AL-MITHAL CHARITY SOCIETY", PRIMARY), ("جمعية المثال الخيرية", ORIGINAL)]
    assert org.nationalities == []
    assert org.countries == ["Yemen"]


def test_catalog_topic(sample_path: Path) -> None:
    parsed = load_catalog()["ae-local"].parse([sample_path])
    assert parsed.format == "uae-csv"
    assert {tuple(r.topics) for r in parsed.records} == {("terrorism",)}


# --- bad input -----------------------------------------------------------------------


def test_broken_encoding(sample_path: Path, tmp_path: Path) -> None:
    data = sample_path.read_bytes()
    # the end of the first data row: file line 5 (the header holds a line break)
    line = data.index(b"\r\n2,")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(data[:line] + b"\xff" + data[line:])
    with pytest.raises(SourceError, match=r"bad\.csv:5: not valid UTF-8: byte 0xff"):
        uae_csv.parse([bad], "ae-local")


def test_truncated_file(sample_path: Path, tmp_path: Path) -> None:
    data = sample_path.read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[: data.index(b"\r\n3,") + 40])
    with pytest.raises(SourceError, match=r"cut\.csv:line 7: row has \d+ of 19 columns"):
        list(uae_csv.parse([cut], "ae-local").records)


def test_empty_and_headerless(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(SourceError, match=r"empty\.csv:1: empty file"):
        uae_csv.parse([empty], "ae-local")
    other = tmp_path / "other.csv"
    other.write_text("a,b,c\n1,2,3\n", "utf-8")
    with pytest.raises(SourceError, match=r"other\.csv:line 1: no header row"):
        uae_csv.parse([other], "ae-local")


def test_missing_name_columns_and_ids(tmp_path: Path) -> None:
    no_names = tmp_path / "no_names.csv"
    no_names.write_text("title\n#,الجنسية\n1,قطر\n", "utf-8")
    with pytest.raises(SourceError, match=r"no_names\.csv:line 2: missing column 'الاسم الكامل'"):
        uae_csv.parse([no_names], "ae-local")
    no_id = tmp_path / "no_id.csv"
    no_id.write_text("#,الاسم الكامل (بالحروف اللاتينية)\n1,A B\n,C D\n", "utf-8")
    with pytest.raises(SourceError, match=r"no_id\.csv:line 3: row without a serial number"):
        list(uae_csv.parse([no_id], "ae-local").records)


# --- the real file --------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(corpus: Path) -> dict:
    return by_ref(corpus / "ae-local" / "local_terrorist_list_2025.csv")


def test_real_counts(real: dict) -> None:
    assert len(real) == 155
    assert list(real)[:3] == ["1", "2", "3"] and list(real)[-1] == "155"
    assert {r.kind for r in real.values()} == {"person"}
    # every listing keeps its Arabic name, in Arabic script, beside the Latin one
    for record in real.values():
        assert record.names[0].role == PRIMARY and record.names[0].script == "Latin"
        assert any(n.script == "Arabic" and n.role == ORIGINAL for n in record.names)
    by_resolution: dict[str, int] = {}
    for record in real.values():
        for programme in record.programmes:
            by_resolution[programme] = by_resolution.get(programme, 0) + 1
    assert by_resolution["قرار مجلس الوزراء رقم (18) لسنة 2017"] == 49
    assert by_resolution["قرار مجلس الوزراء رقم (83) لسنة 2021"] == 34
    assert by_resolution["قرار مجلس الوزراء رقم (44) لسنة 2025"] == 15
    assert sum(by_resolution.values()) == 155
    assert sum(1 for r in real.values() if "Egypt" in r.nationalities) == 30


def test_real_records(real: dict) -> None:
    first = real["1"]
    assert names(first) == [("KHALIFA MOHD T AL SUBAEY", PRIMARY), ("خليفة محمد تركي السبيعي", ORIGINAL)]
    assert first.nationalities == ["Qatar"]
    assert first.birth_dates == ["1965-01-01"]
    assert [(i.type, i.value, i.country) for i in first.identifiers] == [("passport", "685868", "Qatar")]
    assert first.listed_on == ["2017"]

    assert ("أبوخليل", ALIAS) in names(real["4"])  # "(أبوخليل)" in the known-names column
    assert names(real["82"])[1:] == [("محمد إبراهيم أوهادي", ORIGINAL), ("جلال فهدي", ALIAS)]
    assert real["121"].name == "Alaa khanfurah"
    assert len([n for n in real["121"].names if n.script == "Arabic"]) == 3  # "... أو ... أو ..."
    assert [(i.value, i.country) for i in real["131"].identifiers] == [
        ("U24171753", "Turkey"), ("NZ9Y56591", "United Arab Emirates")]
    assert real["130"].nationalities == ["Sweden", "Liberia"]
    assert real["127"].birth_dates == ["1967-02-17"]  # 17/02/1967
    assert real["155"].name == "Cumar Guhaad"
    assert real["155"].birth_dates == ["1972"]
