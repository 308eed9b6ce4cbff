"""`singlelist export`: the single list as CSV, JSON, xlsx and FollowTheMoney JSON lines."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from followthemoney import model
from openpyxl import load_workbook
from typer.testing import CliRunner

from corpus_subset import subset_db
from single_fixture import small_core
from singlelist.cli import app
from singlelist.export import CSV_COLUMNS, country_code, country_codes, slug


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("export-small")
    small_core(folder).resolve()
    return f"sqlite:///{folder / 'db.sqlite'}"


def run_export(db: str, out: Path, fmt: str, *options: str) -> dict:
    result = CliRunner().invoke(app, ["export", "--format", fmt, *options, "--json", "--db", db, str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def validate_ftm(path: Path) -> list[dict]:
    """Every line a valid FtM entity of its schema; Sanctions point at exported entities."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert items
    for data in items:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract, data
        assert set(data) == {"id", "schema", "properties"} and data["id"]
        for prop, values in data["properties"].items():
            prop_def = schema.get(prop)
            assert prop_def is not None and not prop_def.stub, (data["schema"], prop)
            assert values and all(isinstance(v, str) for v in values)
            assert prop_def.validate(values) is None, (data["id"], prop, values)
        schema.validate(data)  # raises InvalidData on a bad value
        assert all(data["properties"].get(p) for p in schema.required), (data["id"], schema.required)
        proxy = model.get_proxy(data, cleaned=False)
        back = proxy.to_dict()
        assert back["id"] == data["id"] and back["schema"] == data["schema"]
        # nothing is dropped by the library's cleaning
        for prop, values in data["properties"].items():
            assert len(back["properties"].get(prop, [])) == len(values), (data["id"], prop)
        assert model.get_proxy(back).to_dict() == back
    ids = [d["id"] for d in items]
    assert len(ids) == len(set(ids))
    entities = {d["id"] for d in items if d["schema"] != "Sanction"}
    for data in items:
        if data["schema"] == "Sanction":
            assert data["properties"]["entity"][0] in entities
    return items


def test_csv_one_row_per_designation(small_db: str, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    info = run_export(small_db, out, "csv")
    assert info["entities"] == 4 and info["written"] == 5
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == CSV_COLUMNS
    brigade = [r for r in rows if r["name"] == "BRIGADE OF THE EXAMPLE"]
    assert {(r["source"], r["ref"], r["listed_on"]) for r in brigade} == {
        ("un-sc", "QDe.902", "2012-05-14"), ("gb-ofsi", "90002", "2014-05-29")}
    assert len({r["id"] for r in brigade}) == 1
    assert "EXAMPLE BRIGADE" in brigade[0]["other_names"] and "Katibat al-Mithal" in brigade[0]["other_names"]
    uk = next(r for r in brigade if r["source"] == "gb-ofsi")
    assert uk["programmes"] == "The ISIL (Da'esh) and Al-Qaida organisations"
    assert uk["authority"].startswith("UK HM Treasury")


def test_csv_matches_list_csv(small_db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    run_export(small_db, out, "csv", "--topic", "all", "--kind", "all", "--listed-by", "gb-ofsi")
    listed = CliRunner().invoke(app, ["list", "--topic", "all", "--kind", "all", "--listed-by", "gb-ofsi",
                                      "--csv", "--db", small_db])
    assert listed.exit_code == 0, listed.output
    ours = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    theirs = list(csv.reader(listed.stdout.splitlines()))
    assert ours == theirs
    # UK's three groups, with the other lists' designations of the same subjects
    assert sorted((r[4], r[5]) for r in ours[1:]) == [
        ("eu-fsf", "90001"), ("gb-ofsi", "90001"), ("gb-ofsi", "90002"), ("gb-ofsi", "90003"),
        ("un-sc", "QDe.902")]


def test_json_like_list_json_with_scripts(small_db: str, tmp_path: Path) -> None:
    out = tmp_path / "list.json"
    run_export(small_db, out, "json", "--topic", "all", "--kind", "person")
    data = json.loads(out.read_text(encoding="utf-8"))
    listed = CliRunner().invoke(app, ["list", "--topic", "all", "--kind", "person", "--json",
                                      "--db", small_db])
    expected = json.loads(listed.stdout)["entities"]
    assert [{k: v for k, v in e.items() if k != "all_names"} for e in data["entities"]] == expected
    person = next(e for e in data["entities"] if e["name"] == "Karim Nadir Al-Haddad")
    arabic = next(n for n in person["all_names"] if n["name"] == "كريم نادر الحداد")
    assert arabic["script"] == "Arabic" and arabic["lang"] == "ar" and arabic["sources"] == ["eu-fsf:90001"]
    assert {d["source"] for d in person["designations"]} == {"eu-fsf", "gb-ofsi"}


def test_xlsx_sheets(small_db: str, tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    run_export(small_db, out, "xlsx")
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["entities", "designations"]
    entities = list(book["entities"].iter_rows(values_only=True))
    designations = list(book["designations"].iter_rows(values_only=True))
    assert entities[0][:4] == ("id", "name", "kind", "other_names") and len(entities) == 5
    assert list(designations[0]) == CSV_COLUMNS and len(designations) == 6
    brigade = next(r for r in entities if r[1] == "BRIGADE OF THE EXAMPLE")
    assert brigade[4] == "gb-ofsi; un-sc" and brigade[5] == 2 and brigade[7] == "2012-05-14"


def test_ftm_validates_and_carries_designations(small_db: str, tmp_path: Path) -> None:
    out = tmp_path / "list.ftm.jsonl"
    info = run_export(small_db, out, "ftm", "--topic", "all", "--kind", "all")
    items = validate_ftm(out)
    assert info["written"] == len(items)
    by_id = {d["id"]: d for d in items}
    person = next(d for d in items if d["properties"].get("name") == ["Karim Nadir Al-Haddad"])
    props = person["properties"]
    assert person["schema"] == "Person"
    assert "Abu Salim" in props["weakAlias"] and "Adam KWESTOR" in props["previousName"]
    assert "كريم نادر الحداد" in props["alias"] and "Adam Bernard QUESTOR" in props["alias"]
    assert props["nationality"] == ["sy"] and "1970-05-02" in props["birthDate"]
    assert props["topics"] == ["crime.terror"]
    sanctions = [d for d in items
                 if d["schema"] == "Sanction" and d["properties"]["entity"] == [person["id"]]]
    assert {s["properties"]["authorityId"][0] for s in sanctions} == {"90001"}
    assert {s["properties"]["country"][0] for s in sanctions} == {"eu", "gb"}
    brigade_id = next(d["id"] for d in items if d["properties"].get("name") == ["BRIGADE OF THE EXAMPLE"])
    un = by_id[slug(f"{brigade_id}-un-sc-QDe.902")]["properties"]
    assert un["unscId"] == ["QDe.902"] and un["authorityId"] == ["QDe.902"] and un["country"] == ["un"]
    assert un["program"] == ["Al-Qaida"] and un["listingDate"] == ["2012-05-14"]
    assert un["authority"] == ["United Nations Security Council"]
    assert un["sourceUrl"][0].startswith("https://scsanctions.un.org/")
    shipping = next(d for d in items if d["properties"].get("name") == ["NORTHERN EXAMPLE SHIPPING"])
    assert shipping["schema"] == "Organization" and shipping["properties"]["topics"] == ["sanction"]
    uk = [d["properties"] for d in items if d["schema"] == "Sanction"
          and d["properties"]["entity"] == [shipping["id"]]]
    assert uk[0]["program"] == ["Iran (nuclear proliferation)", "Syria"]


def test_bad_format_and_country_names(small_db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "pdf", "--db", small_db, str(tmp_path / "x")])
    assert result.exit_code != 0 and "pdf" in result.output
    assert country_code("SYRIAN ARAB REPUBLIC") == "sy" and country_code("Côte d'Ivoire") == "ci"
    assert country_code("Iran (Islamic Republic of)") == "ir" and country_code("North Korean") == "kp"
    assert country_codes("Russian and Ukrainian") == ["ru", "ua"] and country_codes("Moscow") == []
    assert slug("sl-1-gb-ofsi-Syria/Part 2/20") == "sl-1-gb-ofsi-syria-part-2-20"


# --- the real lists ------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return subset_db(corpus, tmp_path_factory)


def test_real_ftm_export_validates(real_db: str, tmp_path: Path) -> None:
    out = tmp_path / "real.ftm.jsonl"
    info = run_export(real_db, out, "ftm", "--topic", "all", "--kind", "all")
    items = validate_ftm(out)
    assert info["entities"] > 5000 and info["written"] == len(items)
    schemata = {d["schema"] for d in items}
    assert {"Person", "Organization", "Sanction"} <= schemata
    un = next(d for d in items if d["schema"] == "Sanction" and d["properties"].get("unscId") == ["QDe.137"])
    nusrah = next(d for d in items if d["id"] == un["properties"]["entity"][0])
    assert nusrah["properties"]["name"] == ["AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT"]
    sanctions = {tuple(d["properties"]["authorityId"]): d["properties"] for d in items
                 if d["schema"] == "Sanction" and d["properties"]["entity"] == [nusrah["id"]]}
    assert set(sanctions) == {("QDe.137",), ("12981",), ("2585",)}
    assert sanctions[("QDe.137",)]["listingDate"] == ["2014-05-14"]
    assert sanctions[("12981",)]["listingDate"] == ["2014-05-29"]
    assert sanctions[("2585",)]["listingDate"] == ["2013-03-16"] and sanctions[("2585",)]["country"] == ["au"]
    assert "crime.terror" in nusrah["properties"]["topics"] and len(nusrah["properties"]["alias"]) > 20


def test_real_csv_and_xlsx(real_db: str, tmp_path: Path) -> None:
    out = tmp_path / "real.csv"
    info = run_export(real_db, out, "csv", "--min-authorities", "3")
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == info["written"] == 3 * info["entities"] and info["entities"] > 80
    nusrah = [r for r in rows if r["ref"] in ("QDe.137", "12981", "2585")]
    assert len({r["id"] for r in nusrah}) == 1
    assert {r["source"] for r in nusrah} == {"un-sc", "gb-ofsi", "au-dfat"}
    xlsx = tmp_path / "real.xlsx"
    run_export(real_db, xlsx, "xlsx", "--min-authorities", "3")
    book = load_workbook(xlsx, read_only=True)
    assert sum(1 for _ in book["entities"].iter_rows()) == info["entities"] + 1
    assert sum(1 for _ in book["designations"].iter_rows()) == len(rows) + 1
