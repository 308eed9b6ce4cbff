"""UN Security Council Consolidated List, XML (``consolidated.xml``, schema ``sc-sanctions.xsd``).

Root ``CONSOLIDATED_LIST dateGenerated=...`` holding ``INDIVIDUALS/INDIVIDUAL`` (-> person)
and ``ENTITIES/ENTITY`` (-> organisation). The reference (``QDe.137``) is the stable id;
``UN_LIST_TYPE`` is the programme ("Al-Qaida", "Taliban", "DPRK", ...).

Names need care: the UN packs several names into one alias string, e.g.
``جبهة النصرة (the Victory Front; Jabhat al-Nusrah; Al-Nusra Front)`` or
``Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)``,
and writes notes beside names (``original script: Абу Джихад``, ``previously listed as``).
:func:`split_packed` turns such a string into separate names with their role.
Releases differ in quoting style, indentation and record order; dates sometimes carry
a time-zone suffix (``2015-07-01-04:00``) and references a trailing space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from singlelist.model import (
    ALIAS,
    FORMER,
    ORIGINAL,
    PRIMARY,
    WEAK,
    Address,
    Identifier,
    Parsed,
    Record,
    detect_script,
)
from singlelist.sources._common import SourceError, iterparse, release, sniff_xml_root, un_refs

FORMAT = "un-sc-xml"
ROOT = "CONSOLIDATED_LIST"
_ROOT_PATTERN = re.compile(rb"<CONSOLIDATED_LIST[\s>/]")

_QUALITY_ROLES = {"good": ALIAS, "a.k.a.": ALIAS, "low": WEAK, "f.k.a.": FORMER}
_GENDERS = {"male": "male", "female": "female"}
# Elements that may repeat inside a record: always kept as lists in ``raw``.
_REPEATED = {
    "INDIVIDUAL_ALIAS",
    "ENTITY_ALIAS",
    "INDIVIDUAL_ADDRESS",
    "ENTITY_ADDRESS",
    "INDIVIDUAL_DATE_OF_BIRTH",
    "INDIVIDUAL_PLACE_OF_BIRTH",
    "INDIVIDUAL_DOCUMENT",
}
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


# --- file level ------------------------------------------------------------------


def sniff(paths: list[Path]) -> bool:
    """True when one of ``paths`` looks like the UN list: ``<CONSOLIDATED_LIST`` in its
    first bytes (even behind a DTD, so that :func:`parse` refuses it by name), or an
    empty ``.xml`` file (so that the error says "empty file" rather than "unknown format").
    Reads at most 64 KiB per file and never raises."""
    return sniff_xml_root(paths, _ROOT_PATTERN)


def parse(paths: list[Path], source_id: str) -> Parsed:
    """Read the header of each file now (so errors and the date come early); stream records."""
    files = [Path(p) for p in paths if Path(p).suffix.lower() == ".xml"] or [Path(p) for p in paths]
    if not files:
        raise SourceError("-", "no file given")
    published = None
    for path in files:
        root = _root(path)
        if root.tag != ROOT:
            raise SourceError(path, f"root element is <{root.tag}>, expected <{ROOT}>", 1)
        generated = root.get("dateGenerated")
        if not generated:
            raise SourceError(path, "no dateGenerated attribute on the root element", 1)
        published = published or _date(generated)
    return Parsed(published=published, records=_records(files, source_id), format=FORMAT)


def _root(path: Path) -> etree._Element:
    for _event, elem in iterparse(path, events=("start",)):
        return elem
    raise SourceError(path, "no XML root element", 1)


def _records(files: list[Path], source_id: str) -> Iterator[Record]:
    for path in files:
        for _event, elem in iterparse(path, tags=("INDIVIDUAL", "ENTITY")):
            try:
                yield _record(path, elem, source_id)
            finally:
                release(elem)


# --- one record ------------------------------------------------------------------


def _record(path: Path, elem: etree._Element, source_id: str) -> Record:
    is_person = elem.tag == "INDIVIDUAL"
    ref = _text(elem.find("REFERENCE_NUMBER"))
    if not ref:
        raise SourceError(path, f"{elem.tag} without REFERENCE_NUMBER", f"line {elem.sourceline}")
    record = Record(source=source_id, ref=ref, kind="person" if is_person else "organisation")

    _add_names(record, elem, is_person)
    if not record.names:
        raise SourceError(path, f"{elem.tag} {ref} has no name", f"line {elem.sourceline}")

    programme = _text(elem.find("UN_LIST_TYPE"))
    if programme:
        record.programmes.append(programme)
    listed = _date(_text(elem.find("LISTED_ON")))
    if listed:
        record.listed_on.append(listed)
    updates = [_date(v) for v in _values(elem, "LAST_DAY_UPDATED")]
    updates = [u for u in updates if u]
    record.updated_on = max(updates) if updates else None

    comments = _text(elem.find("COMMENTS1"))
    if comments:
        record.remarks.append(comments)
        for xref in un_refs(comments, relation="associated"):
            if xref.ref != ref:
                record.xrefs.append(xref)

    gender = (_text(elem.find("GENDER")) or "").lower()
    record.gender = _GENDERS.get(gender)
    for value in _values(elem, "NATIONALITY") + _values(elem, "NATIONALITY2"):
        _append(record.nationalities, value)

    for address in elem.iterfind("INDIVIDUAL_ADDRESS" if is_person else "ENTITY_ADDRESS"):
        _add_address(record, address)
    for country in record.nationalities + [a.country for a in record.addresses if a.country]:
        _append(record.countries, country)

    if is_person:
        for dob in elem.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
            for value in _birth_dates(dob):
                _append(record.birth_dates, value)
        for pob in elem.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
            _append(record.birth_places, _join(pob, ("CITY", "STATE_PROVINCE", "COUNTRY")))
        for doc in elem.iterfind("INDIVIDUAL_DOCUMENT"):
            identifier = _document(doc)
            if identifier:
                record.identifiers.append(identifier)
        # Dates and places of birth given with an alias belong to the same person.
        for alias in elem.iterfind("INDIVIDUAL_ALIAS"):
            _append(record.birth_dates, _date(_text(alias.find("DATE_OF_BIRTH"))))
            _append(record.birth_places, _join(alias, ("CITY_OF_BIRTH", "COUNTRY_OF_BIRTH")))

    record.raw = _raw(elem)
    return record


def _add_names(record: Record, elem: etree._Element, is_person: bool) -> None:
    if is_person:
        parts = {tag: _text(elem.find(tag)) for tag in _NAME_PARTS}
        parts = {tag: value for tag, value in parts.items() if value}
        record.add_name(" ".join(parts.values()), PRIMARY, parts=parts or None)
    else:
        for index, (value, marker) in enumerate(split_packed(_text(elem.find("FIRST_NAME")))):
            record.add_name(value, _role(marker, PRIMARY if index == 0 else ALIAS))

    original = _text(elem.find("NAME_ORIGINAL_SCRIPT"))
    if original:
        value, lang = _language_note(original)
        if lang:
            record.add_name(value, ORIGINAL, lang=lang)
        else:
            for piece, _marker in split_packed(value):
                record.add_name(piece, ORIGINAL)

    for alias in elem.iterfind("INDIVIDUAL_ALIAS" if is_person else "ENTITY_ALIAS"):
        quality = (_text(alias.find("QUALITY")) or "").lower()
        role = _QUALITY_ROLES.get(quality, ALIAS)
        note = _text(alias.find("NOTE"))
        if note and _FORMER_NOTE.search(note):
            role = FORMER
        for value, marker in split_packed(_text(alias.find("ALIAS_NAME"))):
            record.add_name(value, _role(marker, role))
        for value, marker in note_names(note):
            record.add_name(value, _role(marker, role))


def _role(marker: str | None, default: str) -> str:
    if marker == "original":
        return ORIGINAL
    if marker == "former":
        return FORMER
    return default


# --- packed names ----------------------------------------------------------------

_FORMER_NOTE = re.compile(r"\b(?:previously|formerly)\s+listed\s+as\b", re.I)
_ORIGINAL_MARK = re.compile(r"^original\s+script$", re.I)
_ORIGINAL_WITH_NAME = re.compile(r"^(?:original\s+script|in\s+arabic(?:\s+script)?)\s*:\s*(.+)$", re.I)
# Parenthesised notes that are not names: dropped from the name they follow.
_DROP_NOTE = re.compile(
    r"^(?:birth\s+name|combat\s+name|third|nom\s+de\s+guerre|initials|false\s+identity\b.*"
    r"|transliterations?\b.*|translation\b.*)$",
    re.I,
)
_ENUMERATOR = re.compile(r"(?<=\s)[a-h]\)\s+")
_BORN_SUFFIX = re.compile(r",\s*born\b.*$", re.I | re.S)
_SUB_UNIT = re.compile(r"\s+-\s+sub-unit\s+name$", re.I)


def split_packed(value: str | None) -> list[tuple[str, str | None]]:
    """Split a UN name string into ``(name, marker)`` pairs.

    ``marker`` is ``"original"`` for a name marked "(original script)", ``"former"``
    for one marked "(previously listed as)", else None. Handles top-level ``;`` lists,
    ``head (a; b; c)`` packs, a name followed by the same name in another script, and
    enumerations (``... b) ...``). Abbreviations such as ``Front (ANF)`` stay whole.
    """
    value = _clean_name(value)
    if not value:
        return []
    value = _ENUMERATOR.sub("; ", value)
    pieces = _split_top(value, ";")
    if len(pieces) > 1:
        out: list[tuple[str, str | None]] = []
        for piece in pieces:
            out.extend(split_packed(piece))
        return out

    head, group = _trailing_group(value)
    if group is None:
        return [(value, None)]
    group = " ".join(group.split())
    if not head:
        return [(value, None)]
    if _ORIGINAL_MARK.match(group):
        return [(head, "original")]
    match = _ORIGINAL_WITH_NAME.match(group)
    if match:
        return split_packed(head) + [(name, "original") for name, _m in split_packed(match[1])]
    if _FORMER_NOTE.search(group):
        return [(name, "former") for name, _m in split_packed(head)]
    if _DROP_NOTE.match(group):
        return split_packed(head)
    if len(_split_top(group, ";")) > 1 or detect_script(group) != detect_script(head):
        return split_packed(head) + split_packed(group)
    return [(value, None)]


def note_names(note: str | None) -> list[tuple[str, str | None]]:
    """Names written in an alias NOTE: ``original script: X``, ``In Arabic: X``,
    a bare ``a; b; c`` list of transliterations, or a ``(a; b)`` pack inside a sentence."""
    if not note:
        return []
    found: list[tuple[str, str | None]] = []
    match = re.search(r"(?:original\s+script|in\s+arabic(?:\s+script)?)\s*:\s*(.+)$", note, re.I)
    if match:
        found.append((_clean_name(match[1]), "original"))
    match = re.search(r"^(.*?)\s*\(transliterations?\s+of\s+original\s+script\s+name\)", note, re.I)
    if match:
        found.extend((name, None) for name in _name_list(match[1], ",;"))
    match = re.search(r"transliterations?\s*:\s*([^()]+)", note, re.I)
    if match:
        found.extend((name, None) for name in _name_list(match[1], ",;"))
    if not found:
        candidates = [note] + [g for g in _groups(note) if ";" in g]
        for candidate in candidates:
            names = _name_list(candidate, ";")
            if len(names) > 1 and all(_looks_like_name(n) for n in names):
                found.extend((name, None) for name in names)
                break
    return [(name, marker) for name, marker in found if name]


def _name_list(value: str, separators: str) -> list[str]:
    parts = re.split("[" + re.escape(separators) + "]", value)
    return [p for p in (_clean_name(part) for part in parts) if p]


def _looks_like_name(value: str) -> bool:
    return 0 < len(value.split()) <= 6 and not re.search(r"[\d:]", value)


def _clean_name(value: str | None) -> str:
    if not value:
        return ""
    value = " ".join(value.split())
    value = _BORN_SUFFIX.sub("", value)
    value = _SUB_UNIT.sub("", value)
    value = value.lstrip(") ").rstrip(",; ")
    if len(value) > 1 and value[0] == value[-1] == '"':
        value = value[1:-1].strip()
    return value


def _split_top(value: str, separator: str) -> list[str]:
    """Split at ``separator`` outside parentheses."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(value):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == separator and depth == 0:
            parts.append(value[start:index])
            start = index + 1
    parts.append(value[start:])
    return [p.strip() for p in parts if p.strip()]


def _trailing_group(value: str) -> tuple[str, str | None]:
    """``("head", "inner")`` when ``value`` ends with a balanced ``(...)`` group."""
    value = value.rstrip()
    if not value.endswith(")"):
        return value, None
    depth = 0
    for index in range(len(value) - 1, -1, -1):
        char = value[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return value[:index].strip(), value[index + 1 : -1].strip()
    return value, None


def _groups(value: str) -> list[str]:
    """The top-level parenthesised groups of ``value``."""
    groups, depth, start = [], 0, 0
    for index, char in enumerate(value):
        if char == "(":
            if depth == 0:
                start = index + 1
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(value[start:index])
    return groups


def _language_note(value: str) -> tuple[str, str | None]:
    """``ኤርሚኣስ ግርማይ (Tigrinya)`` -> (name, "Tigrinya"): a one-word Latin note after a
    name in another script names its language."""
    head, group = _trailing_group(" ".join(value.split()))
    if (
        group
        and head
        and re.fullmatch(r"[A-Z][a-z]+", group)
        and detect_script(head) != "Latin"
    ):
        return head, group
    return value, None


# --- details ---------------------------------------------------------------------

_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T+\-Z].*)?$")


def _date(value: str | None) -> str | None:
    """ISO date; drops the time or time-zone suffix UN files sometimes add."""
    if not value:
        return None
    value = value.strip()
    match = _DATE_PREFIX.match(value)
    if match:
        return match[1]
    return value or None


def _birth_dates(dob: etree._Element) -> list[str]:
    exact = _date(_text(dob.find("DATE")))
    if exact:
        return [exact]
    year = _text(dob.find("YEAR"))
    if year:
        return [year]
    start, end = _text(dob.find("FROM_YEAR")), _text(dob.find("TO_YEAR"))
    if start and end and start.isdigit() and end.isdigit():
        low, high = sorted((int(start), int(end)))
        if high - low <= 20:
            return [str(y) for y in range(low, high + 1)]
        return [str(low), str(high)]
    return [v for v in (start, end) if v]


def _add_address(record: Record, elem: etree._Element) -> None:
    text = _join(elem, ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE")) or ""
    country = _text(elem.find("COUNTRY"))
    note = _text(elem.find("NOTE"))
    if text or country or note:
        record.addresses.append(Address(text=text, country=country, note=note))


def _document(elem: etree._Element) -> Identifier | None:
    number = _text(elem.find("NUMBER"))
    if not number:
        return None
    kind1, kind2 = _text(elem.find("TYPE_OF_DOCUMENT")), _text(elem.find("TYPE_OF_DOCUMENT2"))
    country = _text(elem.find("ISSUING_COUNTRY")) or _text(elem.find("COUNTRY_OF_ISSUE"))
    notes = [kind2] if kind2 else []
    issued = _text(elem.find("DATE_OF_ISSUE"))
    if issued:
        notes.append(f"issued {issued}")
    city = _text(elem.find("CITY_OF_ISSUE"))
    if city:
        notes.append(f"in {city}")
    note = _text(elem.find("NOTE"))
    if note:
        notes.append(note)
    return Identifier(
        type=_doc_type(kind1, kind2),
        value=number,
        country=country,
        note="; ".join(notes) or None,
    )


_NOT_NATIONAL_ID = re.compile(r"ration|student|voter|military|serviceman|fardc|driver", re.I)


def _doc_type(kind1: str | None, kind2: str | None) -> str:
    """``passport``, ``national_id`` or ``other``, from the detailed type when it says more."""
    for kind in (kind2, kind1):
        if not kind or re.fullmatch(r"(?:number|no\.?)\s*:?", kind, re.I):
            continue
        low = kind.lower()
        if re.search(r"pass(?:port|eport)|pasaporte", low):
            return "passport"
        if re.search(r"identi|national number|tazkira", low) and not _NOT_NATIONAL_ID.search(low):
            return "national_id"
        return "other"
    return "other"


# --- small helpers ---------------------------------------------------------------


def _text(elem: etree._Element | None) -> str | None:
    if elem is None or elem.text is None:
        return None
    value = " ".join(elem.text.split())
    return value or None


def _values(elem: etree._Element, tag: str) -> list[str]:
    return [v for v in (_text(e) for e in elem.iterfind(f"{tag}/VALUE")) if v]


def _join(elem: etree._Element, tags: tuple[str, ...]) -> str | None:
    parts = [v for v in (_text(elem.find(tag)) for tag in tags) if v]
    return ", ".join(parts) or None


def _append(target: list[str], value: str | None) -> None:
    if value and value not in target:
        target.append(value)


def _raw(elem: etree._Element) -> dict[str, Any]:
    """The record's fields as a dict: repeated groups as lists, ``VALUE`` lists as lists."""
    out: dict[str, Any] = {}
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        value: Any
        if len(child):
            if all(c.tag == "VALUE" for c in child):
                value = [v for v in (_text(c) for c in child) if v]
            else:
                value = _raw(child)
        else:
            value = _text(child)
        if value in (None, {}, []):
            continue
        if child.tag in _REPEATED:
            out.setdefault(child.tag, []).append(value)
        else:
            out[child.tag] = value
    return out
