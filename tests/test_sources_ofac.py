"""The OFAC parsers: CSV file sets (``ofac_csv``), sdnList XML (``ofac_xml``) and the
advanced XML (``ofac_advanced_xml``), on our own fixtures and on the real files."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from singlelist.sources import _ofac, ofac_advanced_xml, ofac_csv, ofac_xml
from singlelist.sources._common import SourceError
from singlelist.sources.catalog import load_catalog

OFAC = "us-ofac"
PARSERS = (ofac_csv, ofac_xml, ofac_advanced_xml)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def _load(module, paths: list[Path], source_id: str = "us-ofac-sdn") -> tuple[str | None, dict]:
    parsed = module.parse(paths, source_id)
    return parsed.published, {r.ref: r for r in parsed.records}


def _roles(record) -> dict[str, str]:
    return {n.value: n.role for n in record.names}


def _ids(record) -> set[tuple[str, str, str | None]]:
    return {(i.type, i.value, i.country) for i in record.identifiers}


# --- helpers shared by the three formats -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 May 1965", ["1965-05-13"]),
        ("May 1965", ["1965-05"]),
        ("1965", ["1965"]),
        ("circa 1951", ["1951"]),
        ("1971 to 1973", ["1971", "1972", "1973"]),
        ("01 Jan 1953 to 31 Dec 1954", ["1953", "1954"]),
        ("Feb 1960 to Mar 1960", ["1960-02-01", "1960-03-31"]),
        ("1900 to 1950", ["1900", "1950"]),
        ("-0- ", []),
        ("sometime in the sixties", ["sometime in the sixties"]),
    ],
)
def test_parse_dob(text, expected):
    assert _ofac.parse_dob(text) == expected


def test_programmes_natural_names_and_dates():
    assert _ofac.split_programmes("SDGT] [FTO") == ["SDGT", "FTO"]
    assert _ofac.split_programmes("[IRAN] [SDGT] [IFSR]") == ["IRAN", "SDGT", "IFSR"]
    assert _ofac.split_programmes("-0- ") == []
    assert _ofac.natural_name("AL ZAWAHIRI, Dr. Ayman", True) == (
        "Dr. Ayman AL ZAWAHIRI", {"lastName": "AL ZAWAHIRI", "firstName": "Dr. Ayman"})
    assert _ofac.natural_name("ANGLO-CARIBBEAN CO., LTD.", False) == ("ANGLO-CARIBBEAN CO., LTD.", None)
    assert _ofac.us_date("04/06/2018") == "2018-04-06"  # MM/DD, not DD/MM
    assert _ofac.us_date("28/03/2025") is None
    assert _ofac.kind_of("-0- ") == "organisation"
    assert _ofac.kind_of("Individual") == "person"


def test_identifier_items():
    ident = _ofac.identifier_from_item("Passport A123 (Iran) issued 01 Jan 2000 expires 31 Dec 2009")
    assert (ident.type, ident.value, ident.country) == ("Passport", "A123", "Iran")
    assert ident.note == "issued 01 Jan 2000; expires 31 Dec 2009"
    ident = _ofac.identifier_from_item("Digital Currency Address - XBT 1AbC9")
    assert (ident.type, ident.value) == ("Digital Currency Address - XBT", "1AbC9")
    ident = _ofac.identifier_from_item("NIT # 800146749-7 (Colombia)")
    assert (ident.type, ident.value, ident.country) == ("NIT #", "800146749-7", "Colombia")
    assert _ofac.identifier_from_item("Passport issued in Sarajevo") is None
    assert _ofac.identifier_from_item("Linked To: HIZBALLAH") is None
    assert _ofac.is_information("Secondary sanctions risk:")
    assert _ofac.is_information("Executive Order 13662 Directive Determination -")
    assert not _ofac.is_information("Aircraft Manufacturer's Serial Number (MSN)")


# --- fixtures: CSV set -------------------------------------------------------------


@pytest.fixture
def sdn_set(fixtures) -> list[Path]:
    return _files(fixtures / OFAC / "sdn_set")


def test_fixture_csv_bytes_are_ofac_like(sdn_set):
    main = next(p for p in sdn_set if p.name == "sdn.csv").read_bytes()
    assert main.endswith(b"\r\n\x1a") and b"-0- ," in main


def test_csv_set_records(sdn_set):
    assert ofac_csv.sniff(sdn_set)
    published, records = _load(ofac_csv, sdn_set)
    assert published is None
    assert Counter(r.kind for r in records.values()) == {
        "organisation": 1, "person": 1, "vessel": 1, "aircraft": 1}

    front = records["90001"]
    assert front.programmes == ["FTO", "SDGT"]
    assert front.name == "EXAMPLE LIBERATION FRONT"
    assert _roles(front) == {
        "EXAMPLE LIBERATION FRONT": "primary",
        "JABHAT AL-MITHAL": "alias",
        "EXAMPLE FRONT FOR TESTING": "former",
        "THE TEST FRONT": "weak",
        "ELF": "weak",
    }
    assert [(a.text, a.country) for a in front.addresses] == [("Example Street 1, Damascus", "Syria")]
    assert front.countries == ["Syria"]


def test_csv_individual_from_remarks_and_spillover(sdn_set):
    person = _load(ofac_csv, sdn_set)[1]["90002"]
    primary = person.names[0]
    assert (primary.value, primary.role) == ("Karim Nadir HADDAD", "primary")
    assert primary.parts == {"lastName": "HADDAD", "firstName": "Karim Nadir"}
    assert person.raw["SDN_Name"] == "HADDAD, Karim Nadir"
    assert _roles(person) == {
        "Karim Nadir HADDAD": "primary",
        "Kareem AL-HADDAD": "alias",
        "Karim HADDAD": "alias",  # n.k.a.
        "ABU NADIR": "weak",
    }
    assert person.birth_dates == ["1970-01-01", "1971", "1972", "1973"]
    assert person.birth_places == ["Aleppo, Syria"]
    assert person.nationalities == ["Syria"]
    assert person.gender == "male"
    passport = next(i for i in person.identifiers if i.type == "Passport")
    assert (passport.value, passport.country) == ("N1234567", "Syria")
    assert passport.note == "issued 05 May 2010; expires 04 May 2020"
    # the comments file continues the remark mid-word and adds a website
    assert person.remarks[0].endswith("Linked To: EXAMPLE LIBERATION FRONT; Website www.example.test.")
    assert ("Website", "www.example.test", None) in _ids(person)
    assert [(x.ref, x.relation) for x in person.xrefs] == [("QDe.004", "associated")]
    assert person.raw["comments"].startswith("TION FRONT")
    assert [a["alt_type"] for a in person.raw["alt"]] == ["aka", "nka"]


def test_csv_vessel_and_aircraft(sdn_set):
    records = _load(ofac_csv, sdn_set)[1]
    vessel = records["90003"]
    assert _ids(vessel) == {
        ("Call Sign", "9XYZ1", None),
        ("Vessel Registration Identification", "IMO 9999999", None),
        ("MMSI", "123456789", None),
    }
    assert vessel.countries == ["Panama"]
    assert vessel.raw["Vess_owner"] == "EXAMPLE SHIPPING LTD."
    aircraft = records["90004"]
    assert aircraft.programmes == ["IRAN", "SDGT"]
    assert ("Aircraft Tail Number", "EP-TST", None) in _ids(aircraft)


def test_csv_main_file_alone_and_cons_set(fixtures, tmp_path):
    lone = tmp_path / "sdn.csv"
    shutil.copy(fixtures / OFAC / "sdn_set" / "sdn.csv", lone)
    records = _load(ofac_csv, [lone])[1]
    assert len(records) == 4
    # without the alt file: no strong aliases; without comments: the remark stays cut
    assert _roles(records["90001"]) == {
        "EXAMPLE LIBERATION FRONT": "primary", "THE TEST FRONT": "weak", "ELF": "weak"}
    assert records["90002"].remarks[0].endswith("Linked To: EXAMPLE LIBERA")

    cons = _files(fixtures / OFAC / "cons_set")  # includes an empty cons_comments.csv
    assert ofac_csv.sniff(cons)
    records = _load(ofac_csv, cons, "us-ofac-cons")[1]
    assert sorted(records) == ["91001", "91002"]
    assert records["91002"].programmes == ["FSE-SY", "SYRIA"]
    assert records["91002"].birth_dates == ["1960-02"]
    assert records["91002"].nationalities == ["Jordan"]
    assert _roles(records["91002"]) == {"Omar NASSER": "primary", "Umar NASIR": "alias"}
    assert _ids(records["91001"]) == {("Registration ID", "12345", "Palestinian")}
    assert [(a.text, a.country) for a in records["91001"].addresses] == [("Gaza", None)]


def test_csv_headerless_file_under_another_name(fixtures, tmp_path):
    other = tmp_path / "export.csv"
    shutil.copy(fixtures / OFAC / "sdn_set" / "sdn.csv", other)
    assert ofac_csv.sniff([other])
    assert len(_load(ofac_csv, [other])[1]) == 4


# --- fixtures: sdnList XML ---------------------------------------------------------


def test_xml_matches_csv_on_the_same_entries(fixtures, sdn_set):
    xml_path = fixtures / OFAC / "sdn_sample.xml"
    assert ofac_xml.sniff([xml_path])
    published, xml = _load(ofac_xml, [xml_path])
    assert published == "2024-02-29"
    csv = _load(ofac_csv, sdn_set)[1]
    assert sorted(xml) == sorted(csv)
    for ref, record in xml.items():
        other = csv[ref]
        assert [(n.value, n.role, n.parts) for n in record.names] == [
            (n.value, n.role, n.parts) for n in other.names]
        assert record.kind == other.kind
        assert record.programmes == other.programmes
        assert record.birth_dates == other.birth_dates
        assert record.birth_places == other.birth_places
        assert record.nationalities == other.nationalities
        assert record.gender == other.gender
        assert record.countries == other.countries
        assert _ids(record) == _ids(other)
    person = xml["90002"]
    assert person.remarks == [
        "Associated with Al-Qaida (QDe.004)",
        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by "
        "Executive Order 13886",
    ]
    assert person.raw["idList"]["id"][0]["idType"] == "Passport"
    assert xml["90003"].raw["vesselInfo"]["vesselFlag"] == "Panama"


def test_xml_2018_namespace(fixtures, tmp_path):
    text = (fixtures / OFAC / "sdn_sample.xml").read_text("utf-8")
    old = tmp_path / "sdn.xml"
    old.write_text(text.replace(ofac_xml.NAMESPACES[1], ofac_xml.NAMESPACES[0]), "utf-8")
    assert 'xmlns="http://tempuri.org/sdnList.xsd"' in old.read_text("utf-8")
    published, records = _load(ofac_xml, [old])
    assert published == "2024-02-29" and len(records) == 4


# --- fixtures: advanced XML --------------------------------------------------------


@pytest.fixture
def advanced(fixtures) -> Path:
    return fixtures / OFAC / "sdn_advanced_sample.xml"


def test_advanced_fixture_validates_against_ofac_xsd(corpus, advanced):
    schema = etree.XMLSchema(etree.parse(str(corpus / "schemas" / "ofac_sdn_advanced.xsd")))
    assert schema.validate(etree.parse(str(advanced))), schema.error_log


def test_advanced_records(advanced):
    assert ofac_advanced_xml.sniff([advanced])
    published, records = _load(ofac_advanced_xml, [advanced])
    assert published == "2024-02-29"
    assert {ref: r.kind for ref, r in records.items()} == {
        "90001": "organisation", "90002": "person", "90003": "vessel"}

    front = records["90001"]
    assert front.programmes == ["FTO", "SDGT"]
    assert front.listed_on == ["2012-12-11"]
    assert _roles(front) == {
        "EXAMPLE LIBERATION FRONT": "primary",
        "جبهة المثال للتحرير": "original",
        "JABHAT AL-MITHAL": "alias",
        "EXAMPLE FRONT FOR TESTING": "former",
        "THE TEST FRONT": "weak",
        "ELF": "weak",
    }
    assert front.names[0].role == "primary"
    # an "undetermined" location gives no address
    assert [(a.text, a.country) for a in front.addresses] == [("Example Street 1, Damascus", "Syria")]
    assert front.raw["entries"][0]["list"] == "SDN List"

    person = records["90002"]
    primary = person.names[0]
    assert (primary.value, primary.parts) == (
        "Karim Nadir HADDAD", {"Last Name": "HADDAD", "First Name": "Karim Nadir"})
    assert _roles(person)["Karim HADDAD"] == "alias"  # N.K.A.
    assert _roles(person)["ABU NADIR"] == "weak"
    assert person.birth_dates == ["1970-01-01", "1971", "1972", "1973"]
    assert person.birth_places == ["Aleppo, Syria"]
    assert person.nationalities == ["Syria"]
    assert person.gender == "male"
    assert _ids(person) == {
        ("Passport", "N1234567", "Syria"),
        ("National ID No.", "9988776655", "Syria"),
        ("Website", "www.example.test", None),
    }
    passport = next(i for i in person.identifiers if i.type == "Passport")
    assert passport.note == "issued 2010-05-05; expires 2020-05-04"
    assert person.remarks == [
        "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by "
        "Executive Order 13886"]
    assert person.listed_on == ["2015-06-01"] and person.programmes == ["SDGT"]

    vessel = records["90003"]
    assert _ids(vessel) == {("Call Sign", "9XYZ1", None)}
    assert vessel.countries == ["Panama"]


def test_catalog_chooses_the_parser(fixtures, sdn_set, advanced):
    source = load_catalog(None)["us-ofac-sdn"]
    for paths, fmt in ((sdn_set, "ofac-csv"), ([fixtures / OFAC / "sdn_sample.xml"], "ofac-xml"),
                       ([advanced], "ofac-advanced-xml")):
        parsed = source.parse(paths)
        assert parsed.format == fmt
        records = {r.ref: r for r in parsed.records}
        assert records["90001"].topics == ["terrorism"]


# --- sniffing and bad input --------------------------------------------------------


def test_sniff_refuses_other_formats(fixtures, tmp_path, sdn_set, advanced):
    un = fixtures / "un-sc" / "consolidated_sample.xml"
    sdn_xml = fixtures / OFAC / "sdn_sample.xml"
    headed = tmp_path / "list.csv"
    headed.write_text("Name,Type,Programme\nEXAMPLE,entity,SDGT\n", "utf-8")
    garbage = tmp_path / "sdn.xml"
    garbage.write_bytes(b"\x00\x01 not xml")
    for module in PARSERS:
        assert not module.sniff([un]), module.FORMAT
        assert not module.sniff([headed]), module.FORMAT
        assert not module.sniff([garbage]), module.FORMAT
    assert not ofac_csv.sniff([sdn_xml]) and not ofac_csv.sniff([advanced])
    assert not ofac_xml.sniff(sdn_set) and not ofac_xml.sniff([advanced])
    assert not ofac_advanced_xml.sniff(sdn_set) and not ofac_advanced_xml.sniff([sdn_xml])


def _copy_set(fixtures: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "set"
    shutil.copytree(fixtures / OFAC / "sdn_set", folder)
    return folder


def _error(module, paths) -> SourceError:
    with pytest.raises(SourceError) as info:
        list(module.parse(paths, "us-ofac-sdn").records)
    return info.value


def test_csv_truncated_file(fixtures, tmp_path):
    folder = _copy_set(fixtures, tmp_path)
    main = folder / "sdn.csv"
    data = main.read_bytes()
    main.write_bytes(data[: data.index(b"Gender Male")])  # cut inside a quoted cell
    error = _error(ofac_csv, _files(folder))
    assert str(error).startswith(f"{main}:2: ") and "truncated" in str(error)


def test_csv_wrong_field_count_bad_encoding_empty(fixtures, tmp_path):
    folder = _copy_set(fixtures, tmp_path)
    alt = folder / "alt.csv"
    alt.write_bytes(alt.read_bytes().replace(b'"aka","AL-HADDAD', b'"AL-HADDAD'))
    error = _error(ofac_csv, _files(folder))
    assert str(error).startswith(f"{alt}:3: expected 5 fields")

    folder = _copy_set(fixtures, tmp_path / "b")
    add = folder / "add.csv"
    add.write_bytes(add.read_bytes().replace(b"Damascus", b"Dama\xe7cus"))
    error = _error(ofac_csv, _files(folder))
    assert str(error).startswith(f"{add}:1: not valid utf-8")

    folder = _copy_set(fixtures, tmp_path / "c")
    (folder / "sdn.csv").write_bytes(b"")
    assert ofac_csv.sniff(_files(folder))  # named like OFAC's: reported, not skipped
    assert str(_error(ofac_csv, _files(folder))) == f"{folder / 'sdn.csv'}:1: empty file"

    (folder / "sdn.csv").unlink()
    with pytest.raises(SourceError, match="no OFAC main file"):
        ofac_csv.parse(_files(folder), "us-ofac-sdn")


def test_csv_non_numeric_ent_num(fixtures, tmp_path):
    folder = _copy_set(fixtures, tmp_path)
    main = folder / "sdn.csv"
    main.write_bytes(b'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,'
                     b'Vess_flag,Vess_owner,Remarks\r\n' + main.read_bytes())
    assert str(_error(ofac_csv, _files(folder))).startswith(f"{main}:1: ent_num is not a number")


def test_xml_bad_input(fixtures, tmp_path):
    text = (fixtures / OFAC / "sdn_sample.xml").read_text("utf-8")
    truncated = tmp_path / "consolidated.xml"
    truncated.write_text(text[: len(text) // 2], "utf-8")
    error = _error(ofac_xml, [truncated])
    assert str(error).startswith(f"{truncated}:") and "malformed XML" in str(error)

    short = tmp_path / "short.xml"
    short.write_text(text.replace("<Record_Count>4<", "<Record_Count>5<"), "utf-8")
    assert "4 sdnEntry elements but Record_Count says 5" in str(_error(ofac_xml, [short]))

    bad_date = tmp_path / "date.xml"
    bad_date.write_text(text.replace("02/29/2024", "2024-02-29"), "utf-8")
    with pytest.raises(SourceError, match=r"date\.xml:4: Publish_Date is not MM/DD/YYYY"):
        ofac_xml.parse([bad_date], "us-ofac-sdn")


def test_advanced_bad_input(advanced, tmp_path):
    text = advanced.read_text("utf-8")
    truncated = tmp_path / "sdn_advanced.xml"
    truncated.write_text(text[: text.index("</DistinctParties>")], "utf-8")
    error = _error(ofac_advanced_xml, [truncated])
    assert str(error).startswith(f"{truncated}:") and "malformed XML" in str(error)

    twice = tmp_path / "twice.xml"
    twice.write_text(text.replace('<Profile ID="90003"', '<Profile ID="90002"'), "utf-8")
    assert "profile 90002 listed twice" in str(_error(ofac_advanced_xml, [twice]))


# --- the real files ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sdn_2021(corpus):
    return _load(ofac_csv, _files(corpus / OFAC / "sdn_2021-07"))


def test_real_sdn_2021_counts(sdn_2021):
    published, records = sdn_2021
    assert published is None
    assert len(records) == 8976
    assert Counter(r.kind for r in records.values()) == {
        "person": 4620, "organisation": 3673, "vessel": 406, "aircraft": 277}


def test_real_sdn_2021_al_nusrah_front(sdn_2021):
    front = sdn_2021[1]["16937"]
    assert front.name == "AL-NUSRAH FRONT" and front.kind == "organisation"
    assert front.programmes == ["FTO", "SDGT"]
    roles = _roles(front)
    assert roles["JABHAT AL-NUSRAH"] == "alias"
    assert roles["HAY'AT TAHRIR AL-SHAM"] == "alias"
    assert roles["THE VICTORY FRONT"] == roles["HTS"] == "weak"
    assert roles["SUPPORT FRONT FOR THE PEOPLE OF THE LEVANT"] == "weak"
    assert Counter(roles.values()) == {"primary": 1, "alias": 25, "weak": 3}
    assert front.addresses == []  # its only add.csv row is all nulls


def test_real_sdn_2021_spillover_comments(sdn_2021):
    records = sdn_2021[1]
    cifuentes = records["12300"]
    assert cifuentes.name == "Jorge Milton CIFUENTES VILLA"
    assert "Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL" in cifuentes.remarks[0]
    assert cifuentes.birth_dates == ["1965-05-13", "1968-04-13", "1964-07-07"]
    assert ("Passport", "AL720622", "Colombia") in _ids(cifuentes)
    tian = records["28263"]  # the remark is cut inside a weak alias: 'snowsjo' + "hn'"
    assert _roles(tian)["snowsjohn"] == "weak"
    assert tian.gender == "male" and tian.nationalities == ["China"]


@pytest.fixture(scope="module")
def sdn_2024(corpus):
    return _load(ofac_csv, _files(corpus / OFAC / "sdn_2024-05-03"))


def test_real_sdn_2024_main_file_alone(sdn_2024):
    published, records = sdn_2024
    assert published is None
    assert len(records) == 14965
    assert Counter(r.kind for r in records.values()) == {
        "organisation": 6884, "person": 6854, "vessel": 851, "aircraft": 376}
    zawahiri = records["2676"]
    assert zawahiri.name == "Dr. Ayman AL ZAWAHIRI"
    assert zawahiri.names[0].parts == {"lastName": "AL ZAWAHIRI", "firstName": "Dr. Ayman"}
    assert zawahiri.birth_dates == ["1951-06-19"]
    assert zawahiri.birth_places == ["Giza, Egypt"]
    assert {(i.type, i.value) for i in zawahiri.identifiers} == {
        ("Passport", "1084010"), ("Passport", "19820215")}
    assert zawahiri.raw["Title"] == "Operational and Military Leader of JIHAD GROUP"
    bnc = records["306"]
    assert bnc.programmes == ["CUBA"] and _roles(bnc)["BNC"] == "weak"


def test_real_cons_2025_12_csv(corpus):
    published, records = _load(ofac_csv, _files(corpus / OFAC / "cons_2025-12"), "us-ofac-cons")
    assert published is None and len(records) == 442
    zahhar = records["9647"]
    assert zahhar.name == "Mahmoud Khaled ZAHHAR"
    assert zahhar.programmes == ["SDGT", "NS-PLC"]
    assert zahhar.birth_dates == ["1945"] and zahhar.birth_places == ["Gaza Strip"]
    assert zahhar.nationalities == ["Palestinian"] and zahhar.gender == "male"
    assert _roles(zahhar) == {
        "Mahmoud Khaled ZAHHAR": "primary",
        "Mahmoud Khaled AL ZAHAR": "alias",
        "Mahmoud ZAHAR": "weak",
        "Mahmoud AL-ZAHAR": "weak",
    }
    rusag = records["17014"]  # cons_comments.csv finishes the cut remark
    assert ("Registration Number", "1027700342890", "Russia") in _ids(rusag)
    assert _roles(rusag)["RUSAG"] == "weak"


def test_real_cons_2018_xml_and_csv_agree(corpus):
    folder = corpus / OFAC / "cons_2018-04-06"
    paths = _files(folder)  # xml + xsd + csv set + spec
    assert ofac_xml.sniff(paths) and ofac_csv.sniff(paths)
    published, xml = _load(ofac_xml, paths, "us-ofac-cons")
    assert published == "2018-04-06"
    csv = _load(ofac_csv, paths, "us-ofac-cons")[1]
    assert len(xml) == len(csv) == 639
    assert set(xml) == set(csv)
    assert Counter(r.kind for r in xml.values()) == {"organisation": 471, "person": 94, "vessel": 74}
    names_differ = []
    for ref in sorted(xml):
        a, b = xml[ref], csv[ref]
        assert a.name == b.name, ref
        assert a.kind == b.kind, ref
        assert set(a.programmes) == set(b.programmes), ref
        assert a.birth_dates == b.birth_dates, ref
        assert {n.value for n in a.names if n.role == "weak"} == {
            n.value for n in b.names if n.role == "weak"}, ref
        if {(n.value, n.role) for n in a.names} != {(n.value, n.role) for n in b.names}:
            names_differ.append(ref)
    # the CSV writes the XML's double quotes as single quotes in one alias
    assert names_differ == ["22391"]
    assert xml["15719"].name == "Dimitris CAMBIS"
    assert _roles(xml["15719"])["Gustav KLIMT"] == "weak"  # lastName "KLIMT, Gustav"
    assert ("Telephone", "(357)(22660766)", None) in _ids(xml["15120"])  # read from remarks


def test_real_cons_2025_03_28_xml(corpus):
    path = corpus / OFAC / "cons_2025-03-28" / "consolidated.xml"
    assert etree.QName(etree.parse(str(path)).getroot()).namespace == ofac_xml.NAMESPACES[1]
    published, records = _load(ofac_xml, [path], "us-ofac-cons")
    assert published == "2025-03-28"
    assert len(records) == 443
    assert Counter(r.kind for r in records.values()) == {"organisation": 363, "person": 80}
    haniya = records["9639"]
    assert haniya.name == "Ismail Abdul Salah HANIYA"
    assert haniya.birth_dates == ["1962"] and haniya.birth_places == ["Shati"]
    assert haniya.programmes == ["NS-PLC"]


def test_real_cons_advanced_2020(corpus):
    path = corpus / OFAC / "cons_advanced_2020-03-17" / "cons_advanced.xml"
    assert ofac_advanced_xml.sniff([path]) and not ofac_xml.sniff([path])
    published, records = _load(ofac_advanced_xml, [path], "us-ofac-cons")
    assert published == "2020-03-17"
    assert len(records) == 375
    assert Counter(r.kind for r in records.values()) == {"organisation": 293, "person": 82}
    assert sum(len(r.raw["entries"]) for r in records.values()) == 759
    haniya = records["9639"]
    assert haniya.name == "Ismail Abdul Salah HANIYA"
    assert haniya.birth_dates == ["1962"] and haniya.birth_places == ["Shati"]
    assert haniya.listed_on == ["2006-04-12", "2014-10-10"]
    assert haniya.programmes == ["NS-PLC"]
    veb = records["17015"]
    assert veb.name == "Vnesheconombank" and _roles(veb)["VEB"] == "weak"
    assert ("SWIFT/BIC", "BFEARUMM", None) in _ids(veb)
    assert veb.programmes == ["UKRAINE-EO13662"]
    assert records["9668"].remarks == ["HAMAS - Hebron"]
    # 31 LowQuality aliases; profile 18769 lists 'VYSOKOTOCHNYE KOMPLEKSY' twice
    assert sum(1 for r in records.values() for n in r.names if n.role == "weak") == 30
