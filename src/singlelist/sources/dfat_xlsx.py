"""Australia DFAT Consolidated List (``regulation8_consolidated.xlsx``).

One sheet; the header row has ``Reference, Name of Individual or Entity, Type, Name
Type, Date of Birth, Place of Birth, Citizenship, Address, Additional Information,
Listing Information, Committees, Control Date``. Each listing has a primary row with a
numeric Reference (``2585``) and one row per other name with a suffixed reference
(``2585a``, ``2585b``, ... and ``1276c1``), Name Type ``aka`` / ``Original Script`` /
``Formerly known as``; all rows of a number make one record whose ref is the number.
Cells are typed loosely: references and years may be numbers, dates may be Excel dates
or text (``a) 1 Jan. 1964 b) 1959``, ``Approximately 1963``), and labels carry stray
spaces and case (``Primary Name ``, ``individual``).

``Committees`` (``1373 (2001)`` for Australia's own counter-terrorism listings,
``1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)``, ``Autonomous (Russia)``...) are the
programmes. ``listed_on`` is the first date the Listing Information gives
(``Listed ... on 16 March 2013``), else the Control Date; ``updated_on`` is the Control
Date (the date DFAT last recorded the entry). DFAT does not cite a listing's own UN
reference; UN references in Additional Information name associated listings.
The file has no publication date in its cells: ``published`` is the workbook's
last-saved date (docProps), else the latest Control Date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from singlelist.model import ALIAS, FORMER, ORIGINAL, PRIMARY, Address, Parsed, Record
from singlelist.sources._common import SourceError, iso_date
from singlelist.sources._tabular import (
    cell_text,
    header_map,
    iter_rows,
    row_dict,
    split_enumeration,
    xlsx_file,
    xlsx_head,
    xlsx_modified,
)
from singlelist.sources._unrefs import un_xrefs

FORMAT = "dfat-xlsx"

REFERENCE = "Reference"
NAME = "Name of Individual or Entity"
REQUIRED = (REFERENCE, NAME, "Type", "Name Type")

KINDS = {"individual": "person", "entity": "organisation", "vessel": "vessel"}
_FORMER_TYPES = {"formerly known as", "previously listed as", "fka", "f.k.a."}
_EMPTY = {"na", "n/a", "none", "-", "unknown"}

_REF_NUMBER = re.compile(r"\s*(\d+)")
_PACKED_COMMITTEES = re.compile(r"(?<=\))\s+(?=\d)")
_LISTED_ON = re.compile(
    r"\b(?:listed|listing|designat\w*)\b[^.;]{0,90}?\bon:?\s+"
    r"(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
    re.I,
)
_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_DATE_SPLIT = re.compile(r"\s*(?:\b[a-h]\)|;|\bor\b|,(?=\s*(?:[a-h]\)|\d|approx|circa)))\s*", re.I)
_HEDGES = re.compile(
    r"^(?:approximately|approx\.?|circa|c\.|about|around|born(?:\s+on)?|alt(?:ernative)?\s+dob:?"
    r"|dob:?)\s*",
    re.I,
)
_YEAR_RANGE = re.compile(r"(?:between\s+)?(\d{4})\s*(?:-|–|to|and)\s*(\d{4})", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_EXTRA_FORMATS = ("%d-%b-%y", "%d-%b-%Y", "%B %Y", "%b %Y", "%d %B, %Y", "%d %b, %Y")


def sniff(paths: list[Path]) -> bool:
    path = xlsx_file([Path(p) for p in paths])
    if path is None:
        return False
    head = xlsx_head(path)
    return b"Name of Individual or Entity" in head and b"Reference" in head


# --- dates -------------------------------------------------------------------------


def _one_date(text: str) -> str | None:
    text = re.sub(r"\b(Sept)\b", "Sep", text.replace(".", " "), flags=re.I)
    text = " ".join(text.split()).strip(" ,")
    value = iso_date(text)
    if value and _ISO.fullmatch(value):
        return value
    for fmt in _EXTRA_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if fmt in ("%B %Y", "%b %Y"):
            return f"{parsed.year:04d}-{parsed.month:02d}"
        if parsed.year > date.today().year:  # two-digit years: "23-Apr-68" is 1968
            parsed = parsed.replace(year=parsed.year - 100)
        return parsed.date().isoformat()
    return None


def parse_dates(value: Any) -> list[str]:
    """ISO dates (or years) from a DFAT date cell: Excel dates, years as numbers, and
    text such as ``a) 1 Jan. 1964 b) 1959``, ``Approximately 1955- 1958``,
    ``Between 1975 and 1979``, ``23-Apr-68``. Ranges of years give each year."""
    if value is None:
        return []
    if isinstance(value, datetime):
        return [value.date().isoformat()]
    if isinstance(value, date):
        return [value.isoformat()]
    if isinstance(value, int | float) and not isinstance(value, bool):
        year = int(value)
        return [f"{year:04d}"] if 1000 <= year <= 2100 else []
    text = cell_text(value)
    if not text or text.casefold() in _EMPTY:
        return []
    found: list[str] = []
    for part in _DATE_SPLIT.split(text):
        part = _HEDGES.sub("", part.strip(" ,.;:")).strip(" ,;:")
        if not part:
            continue
        span = _YEAR_RANGE.fullmatch(part)
        if span:
            first, last = int(span.group(1)), int(span.group(2))
            years = range(first, last + 1) if 0 < last - first <= 20 else (first, last)
            found.extend(f"{year:04d}" for year in years)
            continue
        one = _one_date(part)
        found.extend([one] if one else _YEAR.findall(part))
    return list(dict.fromkeys(found))


def _listed_on(value: Any) -> str | None:
    if isinstance(value, datetime | date):
        return parse_dates(value)[0]
    text = cell_text(value)
    if not text:
        return None
    if _ISO.fullmatch(text):
        return text
    match = _LISTED_ON.search(text)
    return _one_date(match.group(1)) if match else None


# --- rows -> records ---------------------------------------------------------------


def _find_header(path: Path, rows: Iterator[tuple[int, tuple[Any, ...]]]) -> tuple[int, dict]:
    first: tuple[int, tuple[Any, ...]] | None = None
    for number, values in rows:
        first = first or (number, values)
        texts = {" ".join((cell_text(v) or "").split()) for v in values}
        if REFERENCE in texts and NAME in texts:
            return number, header_map(path, values, REQUIRED, f"row {number}")
        if number - first[0] >= 5:
            break
    if first is None:
        raise SourceError(path, "empty sheet", "row 1")
    return first[0], header_map(path, first[1], REQUIRED, f"row {first[0]}")


# a name marked in its own cell as one the list used before ("Yassin Sywal (formerly
# listed as)", "... (Previously listed as. In Arabic: ...)", "Formerly known as ...")
_LISTED_AS = re.compile(r"\s*\((?:previously|formerly) listed as\b[.,]?\s*"
                        r"(?:in arabic\s*:\s*(.*?))?\s*\)\s*$", re.I)
_KNOWN_AS = re.compile(r"^\s*(?:formerly|previously) known as\s+", re.I)


def former_name(value: str) -> tuple[str, str | None] | None:
    """A name marked as a former one: the name without the mark and the original
    script the mark gives, or None for other names."""
    listed = _LISTED_AS.search(value)
    if listed:
        return value[:listed.start()].strip(), (listed.group(1) or "").strip() or None
    known = _KNOWN_AS.match(value)
    if known:
        return value[known.end():].strip(), None
    return None


def _role(name_type: str) -> str:
    label = " ".join(name_type.split()).casefold()
    if label == "primary name":
        return PRIMARY
    if label == "original script":
        return ORIGINAL
    if label in _FORMER_TYPES:
        return FORMER
    return ALIAS


def _add_unique(items: list, item: Any) -> None:  # type: ignore[type-arg]
    if item not in items:
        items.append(item)


def _record(
    path: Path, number: str, group: list[tuple[str, dict, dict]], source_id: str
) -> Record:
    # group: (place, text cells by column, typed cells by column)
    primary_index = next(
        (i for i, (_, row, _) in enumerate(group) if _role(row.get("Name Type", "")) == PRIMARY),
        0,
    )
    place, first, _typed = group[primary_index]
    type_label = " ".join(first.get("Type", "").split()).casefold()
    record = Record(source=source_id, ref=number, kind=KINDS.get(type_label, "other"))
    ordered = [group[primary_index]] + [g for i, g in enumerate(group) if i != primary_index]
    controls: list[str] = []
    listed: list[str] = []
    for _place, row, typed in ordered:
        role = PRIMARY if not record.names else _role(row.get("Name Type", ""))
        if role == PRIMARY and record.names:
            role = ALIAS
        value, original = row.get(NAME), None
        former = former_name(value) if value and role != PRIMARY else None
        if former:
            (value, original), role = former, FORMER
        record.add_name(value, role)
        if original:
            record.add_name(original, ORIGINAL)
        for committee in _PACKED_COMMITTEES.split(row.get("Committees", "")):
            if committee.strip():
                _add_unique(record.programmes, committee.strip())
        for dob in parse_dates(typed.get("Date of Birth")):
            _add_unique(record.birth_dates, dob)
        for place_of_birth in split_enumeration(row.get("Place of Birth")):
            if place_of_birth.casefold() not in _EMPTY:
                _add_unique(record.birth_places, place_of_birth)
        for citizenship in split_enumeration(row.get("Citizenship")):
            if citizenship.casefold() not in _EMPTY:
                _add_unique(record.nationalities, citizenship)
        for address in split_enumeration(row.get("Address")):
            if address.casefold() not in _EMPTY:
                _add_unique(record.addresses, Address(text=address))
        info = row.get("Additional Information")
        if info and info.casefold() not in _EMPTY:
            _add_unique(record.remarks, info)
            for xref in un_xrefs(info):
                if all(x.ref != xref.ref for x in record.xrefs):
                    record.xrefs.append(xref)
        listing = row.get("Listing Information")
        if listing:
            _add_unique(record.remarks, f"Listing information: {listing}")
            listed_date = _listed_on(typed.get("Listing Information"))
            if listed_date:
                _add_unique(listed, listed_date)
        controls.extend(parse_dates(typed.get("Control Date"))[:1])
    if not record.names:
        raise SourceError(path, f"reference {number} has no name", place)
    record.updated_on = max(controls) if controls else None
    record.listed_on = sorted(listed) or ([min(controls)] if controls else [])
    record.raw = {"rows": [{"_place": p, **row} for p, row, _ in group]}
    return record


def read_rows(path: Path) -> list[tuple[str, str, dict, dict]]:
    """``(place, reference number, text cells, typed cells)`` for each data row."""
    rows = iter_rows(path)
    _header_row, columns = _find_header(path, rows)
    found = []
    for number, values in rows:
        place = f"row {number}"
        row = row_dict(columns, values)
        if not row:
            continue
        reference = row.get(REFERENCE)
        match = _REF_NUMBER.match(reference or "")
        if not match:
            raise SourceError(path, f"bad Reference {reference!r}", place)
        typed = {name: values[i] for name, i in columns.items() if i < len(values)}
        found.append((place, match.group(1), row, typed))
    if not found:
        raise SourceError(path, "no data rows", "row 2")
    return found


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = xlsx_file([Path(p) for p in paths])
    if path is None:
        raise SourceError(Path(paths[0]), "no .xlsx file in this snapshot")
    rows = read_rows(path)
    groups: dict[str, list[tuple[str, dict, dict]]] = {}
    for place, number, row, typed in rows:
        groups.setdefault(number, []).append((place, row, typed))
    published = xlsx_modified(path)
    if published is None:
        controls = [d for _, _, _, t in rows for d in parse_dates(t.get("Control Date"))[:1]]
        published = max(controls) if controls else None

    def records() -> Iterator[Record]:
        for number, group in groups.items():
            yield _record(path, number, group, source_id)

    return Parsed(published=published, records=records(), format=FORMAT)
