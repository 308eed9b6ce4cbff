"""EU Consolidated Financial Sanctions List, XML 1.1 (``xmlFullSanctionsList_1_1``).

Written from the official schema ``eu_fsf_schema_1_1.xsd`` (namespace
``http://eu.europa.ec/fpi/fsd/export``). Root ``export generationDate=...`` holds
``sanctionEntity`` elements: ``subjectType code="person"|"enterprise"`` gives the kind,
``logicalId`` the stable reference (``euReferenceNumber`` such as ``EU.27.28`` and
``unitedNationId`` such as ``QDi.001`` are kept too), ``regulation programme="TAQA"``
the programme, and ``nameAlias`` / ``citizenship`` / ``birthdate`` / ``address`` /
``identification`` the details, all as attributes. Empty attributes (``firstName=""``)
and the country code ``00`` ("UNKNOWN") mean "not given".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from singlelist.model import (
    ALIAS,
    PRIMARY,
    WEAK,
    Address,
    CrossRef,
    Identifier,
    Parsed,
    Record,
)
from singlelist.sources._common import (
    SourceError,
    cited_un_refs,
    iso_date,
    iterparse,
    release,
    sniff_xml_root,
    un_refs,
)

FORMAT = "eu-fsf-xml-1.1"
NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"
ROOT = "export"
_ROOT_PATTERN = re.compile(rb"<(?:\w+:)?export\b[^>]*" + re.escape(NAMESPACE.encode()))

_KINDS = {
    "person": "person",
    "enterprise": "organisation",
    "vessel": "vessel",
    "aircraft": "aircraft",
}
_CLASSIFICATION_KINDS = {"P": "person", "E": "organisation"}
_GENDERS = {"M": "male", "F": "female"}
_ID_TYPES = {"passport": "passport", "id": "national_id", "ssn": "national_id"}
_UNKNOWN_COUNTRIES = {"", "00", "UNKNOWN"}


# --- file level ------------------------------------------------------------------


def sniff(paths: list[Path]) -> bool:
    """True when one of ``paths`` looks like the FSF export: a root ``export`` element in
    the FSF namespace in its first bytes (even behind a DTD, so that :func:`parse` refuses
    it by name), or an empty ``.xml`` file (so that the error says "empty file").
    Reads at most 64 KiB per file and never raises."""
    return sniff_xml_root(paths, _ROOT_PATTERN)


def parse(paths: list[Path], source_id: str) -> Parsed:
    """Check each file's root and read ``generationDate`` now; stream the entities."""
    files = [Path(p) for p in paths if Path(p).suffix.lower() == ".xml"] or [Path(p) for p in paths]
    if not files:
        raise SourceError("-", "no file given")
    published = None
    namespaces: list[str] = []
    for path in files:
        root = _root(path)
        if not _is_fsf_root(root):
            raise SourceError(path, f"root element is <{root.tag}>, expected <{ROOT}> of FSF", 1)
        generated = root.get("generationDate")
        if not generated:
            raise SourceError(path, "no generationDate attribute on the root element", 1)
        published = published or iso_date(generated)
        namespaces.append(etree.QName(root).namespace or "")
    return Parsed(
        published=published, records=_records(files, namespaces, source_id), format=FORMAT
    )


def _root(path: Path) -> etree._Element:
    for _event, elem in iterparse(path, events=("start",)):
        return elem
    raise SourceError(path, "no XML root element", 1)


def _is_fsf_root(root: etree._Element) -> bool:
    qname = etree.QName(root)
    return qname.localname == ROOT and (qname.namespace or "") in (NAMESPACE, "")


def _records(files: list[Path], namespaces: list[str], source_id: str) -> Iterator[Record]:
    for path, namespace in zip(files, namespaces, strict=True):
        tag = f"{{{namespace}}}sanctionEntity" if namespace else "sanctionEntity"
        for _event, elem in iterparse(path, tags=tag):
            try:
                yield _record(path, elem, source_id)
            finally:
                release(elem)


# --- one entity ------------------------------------------------------------------


def _record(path: Path, elem: etree._Element, source_id: str) -> Record:
    place = f"line {elem.sourceline}"
    ref = _attr(elem, "logicalId") or _attr(elem, "euReferenceNumber")
    if not ref:
        raise SourceError(path, "sanctionEntity without logicalId", place)
    subject = _child(elem, "subjectType")
    if subject is None:
        raise SourceError(path, f"sanctionEntity {ref} without subjectType", place)
    code = (_attr(subject, "code") or "").lower()
    kind = _KINDS.get(code) or _CLASSIFICATION_KINDS.get(_attr(subject, "classificationCode") or "")
    record = Record(source=source_id, ref=ref, kind=kind or "other")

    _add_names(record, elem)
    if not record.names:
        raise SourceError(path, f"sanctionEntity {ref} has no name", place)

    dates: list[str] = []
    designated = iso_date(_attr(elem, "designationDate"))
    for regulation in _children(elem, "regulation"):
        programme = _attr(regulation, "programme")
        if programme and programme not in record.programmes:
            record.programmes.append(programme)
        published = iso_date(_attr(regulation, "publicationDate"))
        if published:
            dates.append(published)
    record.listed_on = sorted({d for d in [designated, *dates] if d})
    amended = [
        iso_date(_attr(summary, "publicationDate"))
        for summary in elem.iter(_qualified(elem, "regulationSummary"))
    ]
    every = [d for d in [*record.listed_on, *amended] if d]
    record.updated_on = max(every) if every else None

    for remark in _children(elem, "remark"):
        value = _text(remark)
        if value:
            record.remarks.append(value)
    _add_xrefs(record, elem)

    for citizenship in _children(elem, "citizenship"):
        _append(record.nationalities, _country(citizenship))
    for birth in _children(elem, "birthdate"):
        for value in _birth_dates(birth):
            _append(record.birth_dates, value)
        place_parts = [_attr(birth, k) for k in ("place", "city", "zipCode", "region")]
        place_parts.append(_country(birth))
        _append(record.birth_places, ", ".join(p for p in place_parts if p) or None)
    for address in _children(elem, "address"):
        _add_address(record, address)
    for identification in _children(elem, "identification"):
        identifier = _identifier(identification)
        if identifier:
            record.identifiers.append(identifier)
    for country in record.nationalities + [a.country for a in record.addresses if a.country]:
        _append(record.countries, country)

    record.raw = _raw(elem)
    return record


def _add_names(record: Record, elem: etree._Element) -> None:
    aliases = list(_children(elem, "nameAlias"))
    # The schema: "the strong flag means that the current name alias is the main one".
    # The first strong name is the primary name; other strong names are aliases.
    primary = next((a for a in aliases if _attr(a, "strong") != "false"), None)
    ordered = ([primary] if primary is not None else []) + [a for a in aliases if a is not primary]
    for alias in ordered:
        parts = {k: v for k in ("firstName", "middleName", "lastName") if (v := _attr(alias, k))}
        value = _attr(alias, "wholeName") or " ".join(parts.values())
        if alias is primary and not record.names:
            role = PRIMARY
        else:
            role = WEAK if _attr(alias, "strong") == "false" else ALIAS
        record.add_name(
            value,
            role,
            lang=(_attr(alias, "nameLanguage") or "").lower() or None,
            parts=parts if record.kind == "person" and parts else None,
        )
        if record.gender is None:
            record.gender = _GENDERS.get(_attr(alias, "gender") or "")


def _add_xrefs(record: Record, elem: etree._Element) -> None:
    found: dict[str, CrossRef] = {}
    for xref in un_refs(_attr(elem, "unitedNationId"), relation="same"):
        found[xref.ref] = xref
    for remark in record.remarks:
        for xref in cited_un_refs(remark):
            if xref.ref not in found:
                found[xref.ref] = xref
    record.xrefs = list(found.values())


def _birth_dates(elem: etree._Element) -> list[str]:
    exact = iso_date(_attr(elem, "birthdate"))
    if exact:
        return [exact]
    year, month, day = (_attr(elem, k) for k in ("year", "monthOfYear", "dayOfMonth"))
    if year and month and day:
        return [f"{int(year):04d}-{int(month):02d}-{int(day):02d}"]
    if year and month:
        return [f"{int(year):04d}-{int(month):02d}"]
    if year:
        return [f"{int(year):04d}"]
    low, high = _attr(elem, "yearRangeFrom"), _attr(elem, "yearRangeTo")
    if low and high:
        start, end = sorted((int(low), int(high)))
        if end - start <= 20:
            return [str(y) for y in range(start, end + 1)]
        return [str(start), str(end)]
    return [v for v in (low, high) if v]


def _add_address(record: Record, elem: etree._Element) -> None:
    keys = ("street", "poBox", "zipCode", "city", "region", "place")
    text = ", ".join(v for v in (_attr(elem, k) for k in keys) if v)
    country = _country(elem)
    notes = [_text(r) for r in _children(elem, "remark")]
    if _attr(elem, "asAtListingTime") == "true":
        notes.append("as at listing time")
    contacts = [
        f"{_attr(c, 'key')}: {_attr(c, 'value')}" for c in _children(elem, "contactInfo")
    ]
    note = "; ".join(n for n in notes + contacts if n) or None
    if text or country or note:
        record.addresses.append(Address(text=text, country=country, note=note))


def _identifier(elem: etree._Element) -> Identifier | None:
    value = _attr(elem, "number") or _attr(elem, "latinNumber")
    if not value:
        return None
    code = (_attr(elem, "identificationTypeCode") or "").lower()
    notes = [_attr(elem, "identificationTypeDescription")]
    if _attr(elem, "latinNumber") and _attr(elem, "latinNumber") != value:
        notes.append(f"latin number {_attr(elem, 'latinNumber')}")
    for flag in ("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer"):
        if _attr(elem, flag) == "true":
            notes.append(flag)
    for key, label in (("issuedBy", "issued by"), ("issueDate", "issued"), ("validTo", "valid to")):
        if _attr(elem, key):
            notes.append(f"{label} {_attr(elem, key)}")
    notes.extend(_text(r) for r in _children(elem, "remark"))
    return Identifier(
        type=_ID_TYPES.get(code, code or "other"),
        value=value,
        country=_country(elem),
        note="; ".join(n for n in notes if n) or None,
    )


# --- small helpers ---------------------------------------------------------------


def _qualified(elem: etree._Element, local: str) -> str:
    namespace = etree.QName(elem).namespace
    return f"{{{namespace}}}{local}" if namespace else local


def _children(elem: etree._Element, local: str) -> Iterator[etree._Element]:
    return elem.iterchildren(_qualified(elem, local))


def _child(elem: etree._Element, local: str) -> etree._Element | None:
    return next(_children(elem, local), None)


def _attr(elem: etree._Element, name: str) -> str | None:
    value = elem.get(name)
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _text(elem: etree._Element | None) -> str | None:
    if elem is None or elem.text is None:
        return None
    value = " ".join(elem.text.split())
    return value or None


def _country(elem: etree._Element) -> str | None:
    code = _attr(elem, "countryIso2Code") or ""
    description = _attr(elem, "countryDescription") or ""
    if code.upper() in _UNKNOWN_COUNTRIES and description.upper() in _UNKNOWN_COUNTRIES:
        return None
    if description.upper() in _UNKNOWN_COUNTRIES:
        return code
    return description


def _append(target: list[str], value: str | None) -> None:
    if value and value not in target:
        target.append(value)


def _raw(elem: etree._Element) -> dict[str, Any]:
    """Attributes (non-empty) and children (lists by local name) of ``elem``."""
    out: dict[str, Any] = {k: v for k, v in elem.attrib.items() if v and v.strip()}
    for child in elem:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        value: Any = _raw(child) if (len(child) or child.attrib) else _text(child)
        if value in (None, {}):
            continue
        out.setdefault(local, []).append(value)
    return out
