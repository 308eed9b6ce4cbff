"""FollowTheMoney entities as JSON lines (format ``ftm-json``), e.g. OpenSanctions exports.

One entity per line: ``{"id": ..., "schema": ..., "properties": {prop: [values]}}``
(``.json``, ``.jsonl``, ``.ndjson`` or ``.ftm``). Read with plain :mod:`json`; the
followthemoney library is not needed. Load with
``singlelist load SOURCE_ID FILE.jsonl --format ftm --authority "..."``.

Subjects (one record each, ``ref`` = the entity id):

- ``Person`` -> person; ``Organization``, ``Company``, ``LegalEntity``, ``PublicBody``
  -> organisation; ``Vessel`` -> vessel; ``Airplane`` -> aircraft.
- names: ``name`` (the first is the primary name, more values aliases; built from
  ``firstName``/``middleName``/``fatherName``/``lastName`` when there is none),
  ``alias`` -> alias, ``weakAlias`` -> weak, ``previousName`` -> former.
- ``birthDate``, ``birthPlace``, ``nationality``/``citizenship``, ``country``/
  ``jurisdiction``, ``address``, ``gender``, ``program``/``programId`` (programmes),
  ``notes``/``description``/``summary`` (remarks; UN references cited there become
  cross-references), ``createdAt`` (listing date when no sanction gives one),
  ``modifiedAt`` (``updated_on``), identifier properties (``idNumber``,
  ``passportNumber``, ``registrationNumber``, ``imoNumber``, ``leiCode``...).
- ``topics``: ``crime.terror`` -> topic terrorism, else ``sanction*`` -> sanctions; with
  neither, the topic given to the source at load time applies.

Attached to their subject: ``Sanction`` (``entity`` -> the subject; ``program``,
``programId``, ``authority``, ``listingDate``/``startDate``, ``reason``, ``unscId``),
``Identification``/``Passport`` (``holder``), ``Address`` (``full``, referenced by a
subject's ``addressEntity``). Nested exports, where such entities sit inside the
subject's properties as objects, are read too. Entities of other schemata
(ownership, family links...) are skipped. Several lines with the same id are merged.

The file is read twice (attachments first, then subjects) so memory holds the
attachments, not the subjects. A line that is not JSON, or not an entity, is a
:class:`SourceError` naming the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from singlelist.model import (
    ALIAS,
    FORMER,
    PRIMARY,
    TOPIC_SANCTIONS,
    TOPIC_TERRORISM,
    WEAK,
    Address,
    CrossRef,
    Identifier,
    Parsed,
    Record,
)
from singlelist.sources._common import UN_REF_PATTERN, SourceError, cited_un_refs, iso_date

FORMAT = "ftm-json"

SUFFIXES = (".json", ".jsonl", ".ndjson", ".ftm")
SUBJECT_KINDS = {
    "Person": "person",
    "Organization": "organisation",
    "Company": "organisation",
    "LegalEntity": "organisation",
    "PublicBody": "organisation",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
ATTACHMENTS = {"Sanction", "Identification", "Passport", "Address"}
# Subject property -> identifier type.
IDENTIFIER_PROPS = {
    "idNumber": "id number",
    "passportNumber": "passport",
    "nationalId": "national id",
    "taxNumber": "tax number",
    "registrationNumber": "registration number",
    "innCode": "INN",
    "ogrnCode": "OGRN",
    "leiCode": "LEI",
    "swiftBic": "SWIFT/BIC",
    "imoNumber": "IMO",
    "mmsi": "MMSI",
    "callSign": "call sign",
    "serialNumber": "serial number",
    "icaoCode": "ICAO",
}


# --- file level ------------------------------------------------------------------


def sniff(paths: list[Path]) -> bool:
    """JSON-lines files whose first line is an object with ``id``, ``schema``, ``properties``."""
    if not paths:
        return False
    for path in paths:
        if path.suffix.lower() not in SUFFIXES:
            return False
    try:
        with open(paths[0], "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    for raw_line in head.splitlines():
        if not raw_line.strip():
            continue
        try:
            first = json.loads(raw_line)
        except (ValueError, UnicodeDecodeError):
            return False
        return isinstance(first, dict) and "schema" in first and "properties" in first
    return False


def parse(paths: list[Path], source_id: str) -> Parsed:
    paths = [Path(p) for p in paths]
    attached: dict[str, list[dict[str, Any]]] = {}
    addresses: dict[str, dict[str, Any]] = {}
    last_line: dict[str, tuple[int, int]] = {}
    duplicates: set[str] = set()
    subjects = 0
    for file_no, path in enumerate(paths):
        for line, entity in _entities(path):
            schema = entity["schema"]
            if schema in SUBJECT_KINDS:
                subjects += 1
                if entity["id"] in last_line:
                    duplicates.add(entity["id"])
                last_line[entity["id"]] = (file_no, line)
            elif schema == "Address":
                addresses[entity["id"]] = entity
            elif schema in ATTACHMENTS:
                for subject in _subject_ids(entity):
                    attached.setdefault(subject, []).append(entity)
    if subjects == 0:
        wanted = ", ".join(SUBJECT_KINDS)
        raise SourceError(paths[0], f"no subject entity (schema {wanted})")
    return Parsed(
        published=None,
        records=_records(paths, source_id, attached, addresses, last_line, duplicates),
    )


def _entities(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with open(path, "rb") as handle:
        seen_any = False
        for line, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            seen_any = True
            try:
                entity = json.loads(raw_line)
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"not valid UTF-8: {exc.reason}", line) from None
            except ValueError as exc:
                raise SourceError(path, f"invalid JSON: {exc}", line) from None
            if not isinstance(entity, dict) or not entity.get("id") or not entity.get("schema"):
                raise SourceError(path, "not a FollowTheMoney entity (needs id and schema)", line)
            properties = entity.get("properties", {})
            if not isinstance(properties, dict):
                raise SourceError(path, "'properties' is not an object", line)
            entity["properties"] = properties
            yield line, entity
        if not seen_any:
            raise SourceError(path, "empty file", 1)


def _values(entity: dict[str, Any], prop: str) -> list[Any]:
    value = entity.get("properties", {}).get(prop)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _texts(entity: dict[str, Any], prop: str) -> list[str]:
    out = []
    for value in _values(entity, prop):
        if isinstance(value, str):
            text = " ".join(value.split())
            if text:
                out.append(text)
        elif isinstance(value, dict) and value.get("id"):
            out.append(str(value["id"]))
    return out


def _subject_ids(entity: dict[str, Any]) -> list[str]:
    prop = "entity" if entity["schema"] == "Sanction" else "holder"
    return _texts(entity, prop)


# --- records ---------------------------------------------------------------------


def _records(
    paths: list[Path], source_id: str, attached: dict[str, list[dict[str, Any]]],
    addresses: dict[str, dict[str, Any]], last_line: dict[str, tuple[int, int]], duplicates: set[str],
) -> Iterator[Record]:
    pending: dict[str, dict[str, Any]] = {}
    for file_no, path in enumerate(paths):
        for line, entity in _entities(path):
            if entity["schema"] not in SUBJECT_KINDS:
                continue
            entity_id = entity["id"]
            if entity_id in duplicates:
                pending[entity_id] = _merge(pending.get(entity_id), entity)
                if last_line[entity_id] != (file_no, line):
                    continue
                entity = pending.pop(entity_id)
            yield _record(path, line, entity, source_id, attached.get(entity_id, []), addresses)


def _merge(base: dict[str, Any] | None, extra: dict[str, Any]) -> dict[str, Any]:
    if base is None:
        return {**extra, "properties": {k: list(v) if isinstance(v, list) else [v]
                                        for k, v in extra["properties"].items()}}
    properties = base["properties"]
    for prop, values in extra["properties"].items():
        target = properties.setdefault(prop, [])
        for value in values if isinstance(values, list) else [values]:
            if value not in target:
                target.append(value)
    return base


def _add_unique(target: list[str], values: list[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def _record(
    path: Path, line: int, entity: dict[str, Any], source_id: str,
    attachments: list[dict[str, Any]], addresses: dict[str, dict[str, Any]],
) -> Record:
    # Nested exports hold sanctions, identifications and addresses as objects inside
    # the subject; they join the attachments read from separate lines.
    nested = [
        value
        for values in entity["properties"].values()
        for value in (values if isinstance(values, list) else [values])
        if isinstance(value, dict) and value.get("schema") in ATTACHMENTS
    ]
    attachments = [*attachments, *nested]
    sanctions = [a for a in attachments if a.get("schema") == "Sanction"]
    documents = [a for a in attachments if a.get("schema") in ("Identification", "Passport")]

    kind = SUBJECT_KINDS[entity["schema"]]
    raw = dict(entity)
    if sanctions or documents:
        raw["attached"] = [a for a in attachments if a not in nested]
    record = Record(source=source_id, ref=str(entity["id"]), kind=kind, raw=raw)

    names = _texts(entity, "name")
    parts = {
        key: " ".join(_texts(entity, prop))
        for key, prop in (("first_name", "firstName"), ("middle_name", "middleName"),
                          ("father_name", "fatherName"), ("last_name", "lastName"))
        if _texts(entity, prop)
    }
    if not names and parts:
        names = [" ".join(parts[k] for k in ("first_name", "middle_name", "father_name", "last_name")
                          if k in parts)]
    if not names:
        raise SourceError(path, f"entity {entity['id']!r} has no name", line)
    for i, name in enumerate(names):
        if i == 0:
            record.add_name(name, PRIMARY, parts=parts or None)
        else:
            record.add_name(name, ALIAS)
    for prop, role in (("alias", ALIAS), ("weakAlias", WEAK), ("previousName", FORMER)):
        for name in _texts(entity, prop):
            record.add_name(name, role)

    _add_unique(record.programmes, _texts(entity, "program") + _texts(entity, "programId"))
    _add_unique(record.countries, _texts(entity, "country") + _texts(entity, "jurisdiction")
                + _texts(entity, "flag"))
    _add_unique(record.nationalities, _texts(entity, "nationality") + _texts(entity, "citizenship"))
    _add_unique(record.birth_dates, [iso_date(v) or v for v in _texts(entity, "birthDate")])
    _add_unique(record.birth_places, _texts(entity, "birthPlace"))
    genders = _texts(entity, "gender")
    record.gender = genders[0] if genders else None
    for text in _texts(entity, "address"):
        record.addresses.append(Address(text=text))
    for value in _values(entity, "addressEntity"):
        address = value if isinstance(value, dict) else addresses.get(str(value))
        if address:
            full = _texts(address, "full") or [", ".join(
                t for p in ("street", "city", "postalCode", "region") for t in _texts(address, p)
            )]
            countries = _texts(address, "country")
            if full[0] and all(a.text != full[0] for a in record.addresses):
                record.addresses.append(Address(text=full[0], country=countries[0] if countries else None))
    for prop, id_type in IDENTIFIER_PROPS.items():
        for value in _texts(entity, prop):
            record.identifiers.append(Identifier(type=id_type, value=value))
    for document in documents:
        for number in _texts(document, "number"):
            countries = _texts(document, "country")
            doc_type = (_texts(document, "type") or [document["schema"].lower()])[0]
            record.identifiers.append(
                Identifier(type=doc_type, value=number, country=countries[0] if countries else None)
            )

    for prop in ("notes", "description", "summary"):
        _add_unique(record.remarks, _texts(entity, prop))
    listed: list[str] = []
    for sanction in sanctions:
        _add_unique(record.programmes, _texts(sanction, "program") + _texts(sanction, "programId"))
        _add_unique(listed, [iso_date(v) or v for v in
                             _texts(sanction, "listingDate") + _texts(sanction, "startDate")])
        for authority in _texts(sanction, "authority"):
            _add_unique(record.remarks, [f"Authority: {authority}"])
        for reason in _texts(sanction, "reason"):
            _add_unique(record.remarks, [reason])
        for un_ref in _texts(sanction, "unscId"):
            _add_xref(record, un_ref)
    if not listed:
        listed = [iso_date(v) or v for v in _texts(entity, "createdAt")]
    _add_unique(record.listed_on, listed)
    modified = _texts(entity, "modifiedAt")
    record.updated_on = iso_date(max(modified)) if modified else None
    for un_ref in _texts(entity, "unscId"):
        _add_xref(record, un_ref)
    for remark in record.remarks:
        for xref in cited_un_refs(remark):
            if all(x.ref != xref.ref for x in record.xrefs):
                record.xrefs.append(xref)

    topics = set(_texts(entity, "topics"))
    if "crime.terror" in topics:
        record.topics = [TOPIC_TERRORISM]
    elif any(t == "sanction" or t.startswith("sanction.") for t in topics):
        record.topics = [TOPIC_SANCTIONS]
    return record


def _add_xref(record: Record, value: str) -> None:
    match = UN_REF_PATTERN.search(value)
    ref = f"{match.group(1)}.{match.group(2)}" if match else value
    if all(x.ref != ref for x in record.xrefs):
        record.xrefs.append(CrossRef(ref=ref, source="un-sc", relation="same", text=value))
