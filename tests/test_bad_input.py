"""Bad input: a one-line error naming the file and the place, exit 1, an unchanged store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import permissive_catalog, write_un

XXE = """<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><ENTITIES><ENTITY>
<FIRST_NAME>&xxe;</FIRST_NAME><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER>
</ENTITY></ENTITIES></CONSOLIDATED_LIST>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><ENTITIES><ENTITY>
<FIRST_NAME>&lol3;</FIRST_NAME><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER>
</ENTITY></ENTITIES></CONSOLIDATED_LIST>
"""


def _truncated(tmp: Path) -> Path:
    text = write_un(tmp / "src", "full.xml").read_text()
    path = tmp / "truncated.xml"
    path.write_text(text[: len(text) // 2])
    return path


def _xxe(tmp: Path) -> Path:
    path = tmp / "xxe.xml"
    path.write_text(XXE)
    return path


def _bomb(tmp: Path) -> Path:
    path = tmp / "bomb.xml"
    path.write_text(BOMB)
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.xml"
    path.write_bytes(b"")
    return path


def _wrong_file(tmp: Path) -> Path:
    path = tmp / "conlist.csv"
    path.write_text("Last Updated,13/04/2018\nName 6,Name 1,Group ID\nSMITH,John,1\n")
    return path


def _broken_encoding(tmp: Path) -> Path:
    # OFSI CSVs are Windows-1252; 0x81 is undefined there.
    path = tmp / "conlist_broken.csv"
    path.write_bytes(
        b"Last Updated,13/04/2018\r\n"
        b"Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,"
        b"Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,"
        b"Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,"
        b"Listed On,Last Updated,Group ID\r\n"
        b"BAD\x81NAME,John,,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,Test,01/01/2010,01/01/2010,1\r\n"
    )
    return path


def _not_a_spreadsheet(tmp: Path) -> Path:
    path = tmp / "regulation8_consolidated.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return path


def _zip_without_workbook(tmp: Path) -> Path:
    path = tmp / "regulation8_consolidated_zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return path


CASES = [
    ("un-sc", _truncated, "malformed XML"),
    ("un-sc", _xxe, "DTD"),
    ("un-sc", _bomb, "DTD"),
    ("un-sc", _empty, "empty"),
    ("un-sc", _wrong_file, "not a un-sc file"),
    ("gb-ofsi", _broken_encoding, "0x81"),
    ("au-dfat", _not_a_spreadsheet, "spreadsheet"),
    ("au-dfat", _zip_without_workbook, "spreadsheet"),
]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SINGLELIST_DB": str(tmp_path / "db.sqlite"),
           "SINGLELIST_CATALOG": str(permissive_catalog(tmp_path))}
    return subprocess.run([sys.executable, "-m", "singlelist", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize(("source", "make", "expected"), CASES, ids=[c[1].__name__[1:] for c in CASES])
def test_bad_input_fails_cleanly(tmp_path: Path, source: str, make, expected: str) -> None:
    good = run(tmp_path, "load", "un-sc", str(write_un(tmp_path / "good", "c.xml")), "--json")
    assert good.returncode == 0, good.stderr
    before = run(tmp_path, "sources", "--json").stdout

    bad = make(tmp_path)
    result = run(tmp_path, "load", source, str(bad))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and expected.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert run(tmp_path, "sources", "--json").stdout == before
    assert json.loads(before)["sources"]


def test_refused_xml_never_reads_the_entity(tmp_path: Path) -> None:
    result = run(tmp_path, "load", "un-sc", str(_xxe(tmp_path)))
    assert "root:" not in result.stdout + result.stderr
