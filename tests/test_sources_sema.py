"""Canada SEMA consolidated list (sema_xml): our fixtures, then the real releases."""

from __future__ import annotations

from pathlib import Path

import pytest

from singlelist.model import ALIAS, ORIGINAL, PRIMARY, WEAK
from singlelist.sources import sema_xml
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog


def records(path: Path) -> dict:
    parsed = sema_xml.parse([path], "ca-sema")
    assert parsed.published is None
    out = {}
    for record in parsed.records:
        assert record.ref not in out
        out[record.ref] = record
    return out


def names(record) -> list[tuple[str, str]]:
    return [(n.value, n.role) for n in record.names]


# --- fixtures ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def old(fixtures: Path) -> dict:
    return records(fixtures / "ca-sema" / "sema-lmes_old.xml")


@pytest.fixture(scope="module")
def new(fixtures: Path) -> dict:
    return records(fixtures / "ca-sema" / "sema-lmes_new.xml")


def test_sniff(fixtures: Path, tmp_path: Path) -> None:
    assert sema_xml.sniff([fixtures / "ca-sema" / "sema-lmes_old.xml"])
    assert sema_xml.sniff([fixtures / "ca-sema" / "sema-lmes_new.xml"])
    assert not sema_xml.sniff([fixtures / "ae-local" / "local_terrorist_list_sample.csv"])
    assert not sema_xml.sniff([fixtures / "generic" / "proscribed_organisations.csv"])
    un = tmp_path / "consolidated.xml"
    un.write_text('<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2025-01-01"/>', "utf-8")
    assert not sema_xml.sniff([un])
    assert not sema_xml.sniff([tmp_path / "missing.xml"])


def test_old_schema_refs_and_kinds(old: dict) -> None:
    assert sorted(old) == sorted([
        "Myanmar/6", "Syria/Part 2/20", "Russia/38", "Russia/Part 2/4", "Russia/Schedule 2/4",
        "Venezuela/3", "Venezuela/4",
    ])
    assert old["Myanmar/6"].kind == "organisation"
    assert old["Russia/38"].kind == "person"


def test_bare_schedule_number_depends_on_the_regime(old: dict) -> None:
    # Syria writes no "Part" in the old file: "2" is Part 2. Russia writes "1, Part 2"
    # elsewhere, so its bare "2" is Schedule 2 and must not collide with Part 2 item 4.
    assert old["Syria/Part 2/20"].raw["Schedule"] == "2"
    assert old["Russia/Schedule 2/4"].name == "Example Savings Bank"
    assert old["Russia/Part 2/4"].name == "Northern Example Bank OAO"


def test_old_schema_fields(old: dict) -> None:
    teak = old["Myanmar/6"]
    assert names(teak) == [
        ("Golden Teak Trading Co., Ltd.", PRIMARY),
        ("Golden Teak Holdings Pte. Ltd.", ALIAS),
        ("Golden Teak Limited", ALIAS),
    ]
    assert teak.programmes == ["Burma / Birmanie"]
    assert teak.countries == ["Myanmar"]
    officer = old["Syria/Part 2/20"]
    assert officer.name == "Karim Fadi EXAMPLE"
    assert officer.names[0].parts == {"given_name": "Karim Fadi", "last_name": "EXAMPLE"}
    assert officer.birth_dates == ["1964-03"]
    assert "Title: Brigadier" in officer.remarks
    samplov = old["Russia/38"]
    assert names(samplov)[1:] == [("Petr", WEAK), ("Piotr", WEAK)]
    assert samplov.birth_dates == ["1972-08-10", "1972-08-11"]
    assert old["Venezuela/3"].programmes == ["Venezuela"]  # trailing space dropped
    assert old["Venezuela/4"].raw.get("Schedule") is None


def test_new_schema_language_labels(new: dict) -> None:
    person = new["Belarus/1"]
    assert names(person) == [
        ("Ivan Petrovich Primerov", PRIMARY),
        ("Ivan Piatrovich PRYMERAU", ALIAS),
        ("Іван Пятровіч Прымераў", ORIGINAL),
        ("Иван Петрович Примеров", ORIGINAL),
        ("Примерова", ORIGINAL),
    ]
    assert [n.lang for n in person.names] == [None, None, "be", "ru", "ru"]
    assert person.names[2].script == "Cyrillic"
    assert person.birth_dates == ["1970-01-02", "1970-01-03"]
    assert person.listed_on == ["2020-09-28"]


def test_new_schema_packed_entity_aliases(new: dict) -> None:
    bank = new["Russia/Part 2/98"]
    assert names(bank)[1:] == [
        ("Пример Банк, ПАО", ALIAS),
        ("Example Trading Bank PJSC", ALIAS),
        ("ETB", ALIAS),
        ("Федеральное агентство по делам примеров, образцов и тестов", ALIAS),
    ]


def test_entity_name_carrying_other_names(new: dict) -> None:
    # "X (also known as Y, Z and W)": the primary name and its aliases, not one name
    bank = new["Russia/Schedule 2/4"]
    assert names(bank) == [
        ("Example Savings Bank", PRIMARY),
        ("Primer Sberegatelny Bank OAO", ALIAS),
        ("Sberbank Primera", ALIAS),
        ("ESB", ALIAS),
    ]
    assert sema_xml.also_known_as("Life and Challenge Co. Ltd. (a.k.a. Life and Challenge)") == (
        "Life and Challenge Co. Ltd.", ["Life and Challenge"])
    assert sema_xml.also_known_as("Omsk Plant (also known as Omsktransmash") == (
        "Omsk Plant", ["Omsktransmash"])


def test_new_schema_vessel(new: dict) -> None:
    ship = new["Russia/Schedule 1.1/1"]
    assert ship.kind == "vessel"
    assert ship.name == "Sea Example"
    assert [(i.type, i.value) for i in ship.identifiers] == [("IMO", "9999991")]
    assert ship.birth_dates == []
    assert "Build date: 2005" in ship.remarks and "Type: Oil Tanker" in ship.remarks


def test_thematic_regimes(new: dict) -> None:
    hamas = new["Hamas Terrorist Attacks/2"]
    assert hamas.countries == []
    assert hamas.birth_dates == []
    assert "Date of birth: born in the early 1970s" in hamas.remarks
    arabic = [n for n in hamas.names if n.script == "Arabic"]
    assert [(n.value, n.role, n.lang) for n in arabic] == [("سامي المثال", ORIGINAL, "ar")]
    jvcfor = new["JVCFOR/5"]
    assert jvcfor.programmes[0].startswith("Justice for Victims of Corrupt Foreign Officials")
    assert jvcfor.countries == []


def test_refs_stable_across_schemas(old: dict, new: dict) -> None:
    for ref in ("Myanmar/6", "Syria/Part 2/20", "Russia/Schedule 2/4"):
        assert old[ref].name == new[ref].name


def test_catalog_tags_terrorism(fixtures: Path) -> None:
    source = load_catalog()["ca-sema"]
    parsed = source.parse([fixtures / "ca-sema" / "sema-lmes_new.xml"])
    assert parsed.format == "sema-xml"
    topics = {r.ref: r.topics for r in parsed.records}
    assert topics["Hamas Terrorist Attacks/2"] == ["terrorism"]
    assert topics["Belarus/1"] == ["sanctions"]


@pytest.mark.parametrize(
    ("schedule", "uses_parts", "expected"),
    [
        ("1, Part 1", True, ""),
        ("Part 1", False, ""),
        ("1", True, ""),
        ("1, Part 2", True, "Part 2"),
        ("1,Part 3", True, "Part 3"),
        ("Part 2", False, "Part 2"),
        ("2", False, "Part 2"),
        ("2", True, "Schedule 2"),
        ("1.1", True, "Schedule 1.1"),
        ("1, Part 1.1", True, "Part 1.1"),
        ("N/A", False, ""),
        (None, False, ""),
    ],
)
def test_schedule_key(schedule: str | None, uses_parts: bool, expected: str) -> None:
    assert sema_xml.schedule_key(schedule, uses_parts) == expected


def test_regime_key() -> None:
    assert sema_xml.regime_key("Myanmar (Burma) / Myanmar (Birmanie)") == "Myanmar"
    assert sema_xml.regime_key("Burma / Birmanie") == "Myanmar"
    assert sema_xml.regime_key("Venezuela ") == "Venezuela"
    assert sema_xml.regime_key(
        "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) /\xa0Règlement (RJVDEC)"
    ) == "JVCFOR"


def test_bilingual() -> None:
    assert sema_xml.bilingual("Example Central Bank/Banque centrale d'exemple") == (
        "Example Central Bank", "Banque centrale d'exemple")
    mills = "Example Mills (North/South/East)"
    assert sema_xml.bilingual(mills) == (mills, None)
    assert sema_xml.bilingual("Sepah-e Example/GRI") == ("Sepah-e Example/GRI", None)


def test_split_aliases() -> None:
    split = sema_xml.split_aliases
    assert split("Alpha Co., Ltd., Beta Holdings") == [
        ("Alpha Co., Ltd.", ALIAS, None), ("Beta Holdings", ALIAS, None)]
    assert split("ОАО, Пример") == [("ОАО, Пример", ALIAS, None)]
    assert split("Alexander, or Alexandr Petrovich Example", person=True) == [
        ("Alexander", WEAK, None), ("Alexandr Petrovich Example", ALIAS, None)]
    assert split("Sample Group, the Samplers") == [
        ("Sample Group", ALIAS, None), ("the Samplers", ALIAS, None)]
    assert split("Example Works\nArabic:مثال") == [
        ("Example Works", ALIAS, None), ("مثال", ORIGINAL, "ar")]
    assert split("Центр (научный, опытный) Пример") == [("Центр (научный, опытный) Пример", ALIAS, None)]
    assert split(None) == []


# --- bad input -----------------------------------------------------------------------


def test_truncated_file(fixtures: Path, tmp_path: Path) -> None:
    data = (fixtures / "ca-sema" / "sema-lmes_new.xml").read_bytes()
    broken = tmp_path / "sema-lmes_cut.xml"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceError) as error:
        list(sema_xml.parse([broken], "ca-sema").records)
    assert "sema-lmes_cut.xml:" in str(error.value)
    assert error.value.place is not None


def test_dtd_refused(tmp_path: Path) -> None:
    evil = tmp_path / "sema.xml"
    evil.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE data-set [<!ENTITY x "y">]>\n'
        "<data-set><record><Country>&x;</Country><Item>1</Item></record></data-set>",
        "utf-8",
    )
    with pytest.raises(SourceError, match=r"sema\.xml:2: .*DTD"):
        sema_xml.parse([evil], "ca-sema")


def test_wrong_root_and_duplicates(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<sdnList><record><Country>X</Country></record></sdnList>", "utf-8")
    with pytest.raises(SourceError, match=r"other\.xml:1: not a SEMA list"):
        sema_xml.parse([other], "ca-sema")
    dup = tmp_path / "dup.xml"
    rec = "<record><Country>Iran</Country><Entity>E{}</Entity><Schedule>1</Schedule><Item>7</Item></record>"
    dup.write_text("<data-set>\n" + rec.format(1) + "\n" + rec.format(2) + "\n</data-set>", "utf-8")
    with pytest.raises(SourceError, match=r"dup\.xml:3: duplicate reference 'Iran/7'"):
        list(sema_xml.parse([dup], "ca-sema").records)


# --- the real releases ---------------------------------------------------------------


@pytest.fixture(scope="module")
def real_2020(corpus: Path) -> dict:
    return records(corpus / "ca-sema" / "sema-lmes_2020-04.xml")


@pytest.fixture(scope="module")
def real_2025(corpus: Path) -> dict:
    return records(corpus / "ca-sema" / "sema-lmes_2025-05.xml")


def kinds(recs: dict) -> dict:
    out: dict[str, int] = {}
    for record in recs.values():
        out[record.kind] = out.get(record.kind, 0) + 1
    return out


def test_real_2020_counts(real_2020: dict) -> None:
    assert len(real_2020) == 1369
    assert kinds(real_2020) == {"person": 985, "organisation": 384}
    jvcfor = [r for r in real_2020.values() if r.ref.startswith("JVCFOR/")]
    assert len(jvcfor) == 70


def test_real_2025_counts(real_2025: dict) -> None:
    assert len(real_2025) == 4759
    assert kinds(real_2025) == {"person": 3334, "organisation": 1316, "vessel": 109}
    assert sum(1 for r in real_2025.values() if r.ref.startswith("JVCFOR/")) == 80
    assert sum(1 for r in real_2025.values() if r.ref.startswith("Russia/Schedule 1.1/")) == 109
    assert all(r.listed_on for r in real_2025.values())


def test_real_2025_records(real_2025: dict) -> None:
    lukashenko = real_2025["Belarus/8"]
    assert lukashenko.name == "Aleksandr Grigoryevich Lukashenko"
    assert lukashenko.birth_dates == ["1954-08-30"]
    assert lukashenko.listed_on == ["2020-09-28"]
    assert lukashenko.programmes == ["Belarus / Bélarus"]

    bodhi = real_2025["Russia/Schedule 1.1/6"]
    assert (bodhi.kind, bodhi.name) == ("vessel", "Bodhi")
    assert [(i.type, i.value) for i in bodhi.identifiers] == [("IMO", "9144782")]
    assert "Type: Oil Tanker" in bodhi.remarks and "Build date: 1997" in bodhi.remarks

    dagalo = real_2025["Sudan/1"]
    arabic = [n for n in dagalo.names if n.script == "Arabic"]
    assert [(n.value, n.role, n.lang) for n in arabic] == [("عبدالرحيم دقلو", ORIGINAL, "ar")]

    irgc = real_2025["Iran/136"]
    values = [n.value for n in irgc.names]
    assert names(irgc)[:4] == [
        ("Islamic Revolutionary Guard Corps", PRIMARY),
        ("Corps des Gardiens de la Révolution islamique", ALIAS),  # English/French name
        ("IRGC", ALIAS),
        ("Army of the Guardians of the Islamic Revolution", ALIAS),
    ]
    assert irgc.names[1].lang == "fr"
    assert "Gardiens de la Révolution iranienne" in values
    assert real_2025["Myanmar/16"].name == "MEC Steel Mills (Hmaw Bi/Pyi/Ywama)"

    assert ("КВЗ-Ремсервис, АО", ALIAS) in names(real_2025["Russia/Part 2/118"])
    rossotrud = [n.value for n in real_2025["Russia/Part 2/181"].names]
    assert "Россотрудничество" in rossotrud
    assert any(v.startswith("Федеральное агентство по делам Содружества Независимых Государств, "
                            "соотечественников, проживающих за рубежом, и по") for v in rossotrud)


def test_real_releases_share_refs(real_2020: dict, real_2025: dict) -> None:
    common = set(real_2020) & set(real_2025)
    assert len(common) == 1258
    same = [ref for ref in common if real_2020[ref].name.casefold() == real_2025[ref].name.casefold()]
    assert len(same) == 1254
    # Burma was renamed Myanmar (Burma) and its schedule "1" became "Part 1": same ref.
    for recs in (real_2020, real_2025):
        assert names(recs["Myanmar/1"]) == [
            ("Air Bagan", PRIMARY), ("Air Bagan Holdings Pte. Ltd.", ALIAS), ("Air Bagan Limited", ALIAS)
        ]
    assert real_2020["Iran/Part 2/24"].name == real_2025["Iran/Part 2/24"].name == "Manssor Arbabsiar"


def test_real_terrorism_topic(corpus: Path) -> None:
    parsed = load_catalog()["ca-sema"].parse([corpus / "ca-sema" / "sema-lmes_2025-05.xml"])
    terror = [r for r in parsed.records if r.topics == ["terrorism"]]
    assert len(terror) == 39
    assert all(r.programmes == ["Hamas Terrorist Attacks / Attaques terroristes du Hamas"] for r in terror)
