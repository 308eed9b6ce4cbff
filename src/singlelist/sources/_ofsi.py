"""Rows of the UK OFSI Consolidated List -> records; shared by the CSV and xlsx parsers.

OFSI publishes one row per alias x address x date of birth (and per regime); the rows
of one listing share a ``Group ID``, which is the list's stable reference. Both the
pre-2022 CSV (29 columns) and the 2022 format (36 columns: ``Passport Number``,
``Name Non-Latin Script``, ``Alias Quality``...) come here as dicts of non-empty text
cells keyed by column name.

Name 1..5 are given/middle names and Name 6 is the family name (or the whole name of
an entity or ship). Alias types: ``Prime Alias`` (old) / ``Primary name`` (2022) are the
primary name, ``Primary name variation`` and ``AKA`` are aliases (``Low quality`` ones
weak), ``FKA`` former names, and ``Name Non-Latin Script`` the original-script name.
The 2022 format labels parts of ``Other Information``: ``(UK Sanctions List Ref):RUS0296``,
``(UN Ref):QDi.330``, ``(Gender):Male``, ``(IMO number):7408873``...
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from singlelist.model import ALIAS, FORMER, ORIGINAL, PRIMARY, WEAK, Address, Identifier, Record
from singlelist.sources._common import SourceError, iso_date
from singlelist.sources._tabular import split_enumeration
from singlelist.sources._unrefs import un_xrefs

# Columns both formats have and that a record cannot do without.
REQUIRED = ("Name 6", "Group Type", "Alias Type", "Regime", "Group ID")
NAME_FIELDS = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
ADDRESS_FIELDS = (
    "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6",
    "Post/Zip Code",
)

KINDS = {"individual": "person", "entity": "organisation", "ship": "vessel"}
_PRIMARY_TYPES = {"prime alias", "primary name"}
_FORMER_TYPES = {"fka", "formerly known as"}
# Order in which a group's names are added (primary first).
_ROLE_RANK = {PRIMARY: 0, ALIAS: 1, WEAK: 2, FORMER: 3}

_LABEL = re.compile(r"\(([A-Z][A-Za-z /-]{1,40})\):")
_IMO = re.compile(r"\bIMO(?:\s+number)?\)?\s*(?:No\.?)?\s*:?\s*(\d{7})\b", re.I)
_UK_REF = re.compile(r"\b[A-Z]{3}\d{4}\b")
_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{4})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{1,4})")

Row = tuple[str, dict[str, str]]  # (place, e.g. "line 12" / "row 12"; the non-empty cells)


def check_header(path: Path, columns: Sequence[str], place: str) -> None:
    """Refuse a header that lacks a column the records need."""
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        raise SourceError(path, f"missing column {names} in header", place)


def published_from(cells: Sequence[str | None]) -> str | None:
    """The date of a ``Last Updated,13/04/2018`` line, else None."""
    values = [c.strip() for c in cells if c and c.strip()]
    if len(values) >= 2 and values[0].casefold() == "last updated":
        date = iso_date(values[1])
        if date and _ISO.fullmatch(date):
            return date
    return None


def latest_update(rows: Sequence[Row]) -> str | None:
    """The latest ``Last Updated`` of the rows (for files without a date line)."""
    dates = [d for d in (iso_date(r.get("Last Updated")) for _, r in rows) if d and _ISO.fullmatch(d)]
    return max(dates) if dates else None


def group_rows(path: Path, rows: Sequence[Row]) -> dict[str, list[Row]]:
    """Rows by Group ID, in order of first appearance."""
    groups: dict[str, list[Row]] = {}
    for place, row in rows:
        group_id = row.get("Group ID")
        if not group_id:
            raise SourceError(path, "row without a Group ID", place)
        groups.setdefault(group_id, []).append((place, row))
    return groups


def records(path: Path, rows: Sequence[Row], source_id: str) -> Iterator[Record]:
    """One record per Group ID."""
    for group_id, group in group_rows(path, rows).items():
        yield build_record(path, group_id, group, source_id)


def _role(row: dict[str, str]) -> str:
    alias_type = row.get("Alias Type", "").casefold()
    if alias_type in _PRIMARY_TYPES:
        return PRIMARY
    if alias_type in _FORMER_TYPES:
        return FORMER
    if "low" in row.get("Alias Quality", "").casefold():
        return WEAK
    return ALIAS


def _name(row: dict[str, str], kind: str) -> tuple[str, dict[str, str] | None]:
    parts = {field: row[field] for field in NAME_FIELDS if row.get(field)}
    value = " ".join(parts.values())  # Name 1..5 then Name 6: natural order
    return value, (parts if kind == "person" and parts else None)


def _dob(value: str | None) -> str | None:
    """A date of birth as ISO; unknown parts (``00/00/1980``, ``05/1980``) give a partial
    date, an impossible day (``29/02/1969``) the month, a date without a year None."""
    if not value:
        return None
    value = value.strip()
    match = _DMY.fullmatch(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 1000:
            return None
        if not 1 <= month <= 12:
            return f"{year:04d}"
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return f"{year:04d}-{month:02d}"
    match = _MONTH_YEAR.fullmatch(value)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
        return f"{year:04d}" if not 1 <= month <= 12 else f"{year:04d}-{month:02d}"
    return iso_date(value)


def _labelled(text: str) -> dict[str, str]:
    """The labelled fields of a 2022-format Other Information, by label."""
    fields: dict[str, str] = {}
    matches = list(_LABEL.finditer(text))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields.setdefault(match.group(1), text[match.end() : end].strip(" ."))
    return fields


def _paired(numbers: str | None, details: str | None) -> list[tuple[str, str | None]]:
    """Document numbers with their details; ``(1) A (2) B`` pairs with ``(1) x (2) y``."""
    if not numbers:
        return [(details, None)] if details else []
    values = split_enumeration(numbers)
    notes = split_enumeration(details) if details else []
    if len(values) > 1 and len(notes) == len(values):
        return list(zip(values, notes, strict=True))
    if len(values) == 1:
        return [(values[0], details)]
    return [(value, details) for value in values]


def _add_unique(items: list, item) -> None:  # type: ignore[type-arg]
    if item not in items:
        items.append(item)


def build_record(path: Path, group_id: str, group: list[Row], source_id: str) -> Record:
    first_place, first = group[0]
    group_type = first.get("Group Type", "")
    kind = KINDS.get(group_type.casefold())
    if kind is None:
        raise SourceError(path, f"unknown Group Type {group_type!r}", first_place)
    record = Record(source=source_id, ref=group_id, kind=kind)

    # Names: primary rows first, then variations/AKAs, weak, former; original script last.
    ranked = sorted(
        ((_ROLE_RANK[_role(row)], index, row) for index, (_, row) in enumerate(group)),
        key=lambda item: (item[0], item[1]),
    )
    originals: list[tuple[str, str | None]] = []
    for _rank, _index, row in ranked:
        role = _role(row)
        value, parts = _name(row, kind)
        if role == PRIMARY and record.names:  # a second primary (one per regime)
            role = ALIAS
        if not record.names:
            role = PRIMARY  # groups whose rows carry no primary name
        record.add_name(value, role, parts=parts)
        if row.get("Name Non-Latin Script"):
            originals.append((row["Name Non-Latin Script"], row.get("Non-Latin Script Language")))
    for value, lang in originals:
        record.add_name(value, ORIGINAL, lang=lang)
    if not record.names:
        raise SourceError(path, f"group {group_id} has no name", first_place)

    updated: list[str] = []
    gender: str | None = None
    for _place, row in group:
        regime = " ".join(row.get("Regime", "").split())
        if regime:
            _add_unique(record.programmes, regime)
        listed = iso_date(row.get("Listed On"))
        if listed:
            _add_unique(record.listed_on, listed)
        last = iso_date(row.get("Last Updated"))
        if last:
            updated.append(last)
        dob = _dob(row.get("DOB"))
        if dob:
            _add_unique(record.birth_dates, dob)
        place_of_birth = ", ".join(
            v for v in (row.get("Town of Birth"), row.get("Country of Birth")) if v
        )
        if place_of_birth:
            _add_unique(record.birth_places, place_of_birth)
        for nationality in split_enumeration(row.get("Nationality")):
            _add_unique(record.nationalities, nationality)

        text = ", ".join(row[f] for f in ADDRESS_FIELDS if row.get(f))
        country = row.get("Country")
        if text or country:
            _add_unique(record.addresses, Address(text=text, country=country))
        if country:
            _add_unique(record.countries, country)

        passports = _paired(row.get("Passport Number"), row.get("Passport Details"))
        for number, note in passports:
            _add_unique(record.identifiers, Identifier("passport", number, note=note))
        national = _paired(
            row.get("National Identification Number"), row.get("National Identification Details")
        )
        if row.get("NI Number"):
            national.append((row["NI Number"], None))
        for number, note in national:
            _add_unique(record.identifiers, Identifier("national id", number, note=note))

        if row.get("Title"):
            _add_unique(record.remarks, f"Title: {row['Title']}")
        if row.get("Position"):
            _add_unique(record.remarks, f"Position: {row['Position']}")
        other = row.get("Other Information")
        if other and other not in record.remarks:
            record.remarks.append(other)
            fields = _labelled(other)
            for uk_ref in _UK_REF.findall(fields.get("UK Sanctions List Ref", "")):
                _add_unique(record.identifiers, Identifier("UK Sanctions List Ref", uk_ref))
            for number in split_enumeration(fields.get("Business Reg No")):
                _add_unique(record.identifiers, Identifier("business registration", number))
            imo = _IMO.search(other)
            if imo:
                _add_unique(record.identifiers, Identifier("IMO", imo.group(1)))
            if gender is None and fields.get("Gender"):
                gender = fields["Gender"].split()[0].casefold()
            for xref in un_xrefs(other):
                if all(x.ref != xref.ref for x in record.xrefs):
                    record.xrefs.append(xref)
    record.listed_on.sort()
    record.updated_on = max(updated) if updated else None
    record.gender = gender
    record.raw = {"rows": [{"_place": place, **row} for place, row in group]}
    return record
