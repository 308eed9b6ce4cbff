"""OFAC's legacy CSV file sets: the SDN list and the Consolidated (non-SDN) list.

Reads ``sdn.csv`` + ``add.csv`` + ``alt.csv`` + ``sdn_comments.csv`` (SDN) and
``cons_prim.csv`` + ``cons_add.csv`` + ``cons_alt.csv`` + ``cons_comments.csv``
(Consolidated), as specified in OFAC's ``cons_dat_spec.txt`` / ``dat_spec.txt``:

- no header row; columns in a fixed order (see ``MAIN_FIELDS`` etc.);
- ``-0-`` (followed by a space) for null; a 0x1A end-of-file byte after the last row;
- several programmes packed in one cell (``SDGT] [FTO``);
- identifying details (DOB, POB, nationality, documents, weak aliases ``a.k.a. 'X'``)
  packed in the 1000-character Remarks cell, continued in the comments ("spillover")
  file, whose text is appended to the remarks of the same ``ent_num``.

Only the main file is required: the side files are used when present. The files carry
no publication date, so ``published`` is None.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from singlelist.model import ALIAS, FORMER, PRIMARY, Address, Identifier, Name, Parsed, Record
from singlelist.sources._common import SourceError, read_text
from singlelist.sources._ofac import apply_remarks, kind_of, natural_name, null, split_programmes

FORMAT = "ofac-csv"

MAIN_FIELDS = (
    "ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
    "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks",
)
ADD_FIELDS = ("Ent_num", "Add_num", "Address", "City/State/Province/Postal Code", "Country", "Add_remarks")
ALT_FIELDS = ("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks")
COMMENTS_FIELDS = ("ent_num", "Remarks_Extended")

ALT_ROLES = {"aka": ALIAS, "fka": FORMER, "nka": ALIAS}

_ROLES = {
    "main": re.compile(r"^(sdn|cons_prim)([^a-z].*)?\.csv$", re.I),
    "comments": re.compile(r"^(sdn|cons)_comments([^a-z].*)?\.csv$", re.I),
    "add": re.compile(r"^(cons_)?add([^a-z].*)?\.csv$", re.I),
    "alt": re.compile(r"^(cons_)?alt([^a-z].*)?\.csv$", re.I),
}
_FIRST_ROW = re.compile(rb"^\s*\d+,")


def _role(path: Path) -> str | None:
    name = path.name
    if _ROLES["comments"].match(name):
        return "comments"
    for role in ("main", "add", "alt"):
        if _ROLES[role].match(name):
            return role
    return None


def _head(path: Path, size: int = 512) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def _looks_like_main(head: bytes) -> bool:
    """A headerless row starting ``<integer>,"name"`` with 12 fields on its first line."""
    if not _FIRST_ROW.match(head):
        return False
    first_line = head.split(b"\n", 1)[0].decode("ascii", "replace")
    try:
        row = next(csv.reader([first_line]))
    except (csv.Error, StopIteration):
        return False
    return len(row) == len(MAIN_FIELDS)


def sniff(paths: list[Path]) -> bool:
    """True for an OFAC CSV set: a file named ``sdn*.csv`` / ``cons_prim*.csv`` whose first
    row starts with an integer (or is empty, to report it), or a lone headerless CSV whose
    first row has OFAC's 12 columns and an integer first field."""
    paths = [Path(p) for p in paths]
    for path in paths:
        if _role(path) == "main":
            head = _head(path)
            return not head.strip() or bool(_FIRST_ROW.match(head))
    csvs = [p for p in paths if p.suffix.lower() == ".csv"]
    return len(csvs) == 1 and _looks_like_main(_head(csvs[0]))


def _files(paths: list[Path]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    unnamed = []
    for path in paths:
        role = _role(path)
        if role is None:
            if path.suffix.lower() == ".csv":
                unnamed.append(path)
            continue
        if role in files:
            raise SourceError(path, f"two {role} files in one set ({files[role].name}, {path.name})")
        files[role] = path
    if "main" not in files:
        if len(unnamed) == 1 and _looks_like_main(_head(unnamed[0])):
            files["main"] = unnamed[0]
        else:
            names = ", ".join(p.name for p in paths)
            raise SourceError(paths[0], f"no OFAC main file (sdn.csv or cons_prim.csv) among {names}")
    return files


def read_rows(path: Path, fields: tuple[str, ...], required: bool = True) -> Iterator[tuple[int, dict]]:
    """Rows of one OFAC CSV file as ``(line, {field: cell})``; cells as written (not stripped).

    Raises :class:`SourceError` naming the line for a broken encoding, an unterminated
    quote (truncated file), a wrong number of fields or a non-numeric ``ent_num``.
    """
    if not required and not Path(path).read_bytes().strip(b"\x1a \r\n\t"):
        return
    text = read_text(path)
    text = text.rstrip("\r\n\t \x1a")
    if not text.strip():
        raise SourceError(path, "empty file", 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            line = reader.line_num
            if len(row) != len(fields):
                raise SourceError(
                    path, f"expected {len(fields)} fields ({', '.join(fields)}), found {len(row)}", line
                )
            if not row[0].strip().isdigit():
                raise SourceError(path, f"{fields[0]} is not a number: {row[0][:40]!r}", line)
            yield line, dict(zip(fields, row, strict=True))
    except csv.Error as exc:
        raise SourceError(path, f"broken CSV ({exc}); truncated file?", reader.line_num) from None


def _clean(row: dict[str, str]) -> dict[str, str | None]:
    return {key: null(value) for key, value in row.items()}


def parse(paths: list[Path], source_id: str) -> Parsed:
    files = _files([Path(p) for p in paths])
    return Parsed(published=None, records=_records(files, source_id))


def _records(files: dict[str, Path], source_id: str) -> Iterator[Record]:
    addresses: dict[str, list[dict]] = defaultdict(list)
    aliases: dict[str, list[dict]] = defaultdict(list)
    comments: dict[str, str] = {}
    if "add" in files:
        for _line, row in read_rows(files["add"], ADD_FIELDS):
            addresses[row["Ent_num"].strip()].append(_clean(row))
    if "alt" in files:
        for _line, row in read_rows(files["alt"], ALT_FIELDS):
            aliases[row["ent_num"].strip()].append(_clean(row))
    if "comments" in files:
        for _line, row in read_rows(files["comments"], COMMENTS_FIELDS, required=False):
            ent_num = row["ent_num"].strip()
            comments[ent_num] = comments.get(ent_num, "") + row["Remarks_Extended"]
    seen: set[str] = set()
    for line, row in read_rows(files["main"], MAIN_FIELDS):
        ent_num = row["ent_num"].strip()
        if ent_num in seen:
            raise SourceError(files["main"], f"ent_num {ent_num} listed twice", line)
        seen.add(ent_num)
        yield _record(source_id, row, aliases.get(ent_num, []), addresses.get(ent_num, []),
                      comments.get(ent_num), files["main"], line)


def _record(
    source_id: str,
    row: dict[str, str],
    alts: list[dict],
    adds: list[dict],
    comment: str | None,
    path: Path,
    line: int,
) -> Record:
    main = _clean(row)
    name = main["SDN_Name"]
    if not name:
        raise SourceError(path, "SDN_Name is empty", line)
    kind = kind_of(main["SDN_Type"])
    person = kind == "person"
    record = Record(source=source_id, ref=main["ent_num"] or "", kind=kind)
    value, parts = natural_name(name, person)
    record.names.append(Name(value, PRIMARY, parts=parts))
    for alt in alts:
        if not alt["alt_name"]:
            continue
        alt_value, alt_parts = natural_name(alt["alt_name"], person)
        role = ALT_ROLES.get((alt["alt_type"] or "aka").lower().strip(". "), ALIAS)
        record.add_name(alt_value, role, parts=alt_parts)
    record.programmes = split_programmes(row["Program"])

    # The spillover text continues the cell exactly where OFAC cut it (mid-word).
    remarks = "" if null(row["Remarks"]) is None else row["Remarks"]
    if comment:
        remarks += comment
    apply_remarks(record, remarks, person)

    if main["Call_Sign"]:
        record.identifiers.append(Identifier(type="Call Sign", value=main["Call_Sign"]))
    if main["Vess_flag"] and main["Vess_flag"] not in record.countries:
        record.countries.append(main["Vess_flag"])
    for add in adds:
        text = ", ".join(p for p in (add["Address"], add["City/State/Province/Postal Code"]) if p)
        if not text and not add["Country"]:
            continue
        record.addresses.append(Address(text=text, country=add["Country"], note=add["Add_remarks"]))
        if add["Country"] and add["Country"] not in record.countries:
            record.countries.append(add["Country"])

    raw: dict[str, Any] = dict(main)
    raw["alt"] = alts
    raw["add"] = adds
    if comment:
        raw["comments"] = comment
    record.raw = raw
    return record
