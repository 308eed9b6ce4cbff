"""OFAC's ``sdnList`` XML: SDN.XML and CONSOLIDATED.XML.

Root ``sdnList`` in either namespace OFAC has used: ``http://tempuri.org/sdnList.xsd``
(to 2023) and ``https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/
exports/XML`` (Sanctions List Service, 2024-). ``publshInformation/Publish_Date`` (sic,
``MM/DD/YYYY``) gives the publication date. One ``sdnEntry`` per listing: ``uid`` (the
``ent_num`` of the CSV files), ``firstName``/``lastName``, ``sdnType``, ``programList``,
``akaList`` (type a.k.a./f.k.a./n.k.a., category strong/weak), ``addressList``,
``idList``, ``nationalityList``, ``citizenshipList``, ``dateOfBirthList``,
``placeOfBirthList``, ``vesselInfo`` and ``remarks``. Streamed entry by entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from singlelist.model import ALIAS, FORMER, PRIMARY, WEAK, Address, Identifier, Name, Parsed, Record
from singlelist.sources._common import SourceError, iterparse, local, release, root_tag, text
from singlelist.sources._ofac import (
    add_identifier,
    apply_remarks,
    identifier,
    is_information,
    join_name,
    kind_of,
    natural_name,
    parse_dob,
    us_date,
)

FORMAT = "ofac-xml"

NAMESPACES = (
    "http://tempuri.org/sdnList.xsd",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML",
)
_ROOT = "sdnList"


def _is_sdn_list(path: Path) -> bool:
    if path.suffix.lower() != ".xml":
        return False
    try:
        _namespace, name = root_tag(path)
    except (SourceError, OSError):
        return False
    return name == _ROOT


def sniff(paths: list[Path]) -> bool:
    """True when one of the files is XML with an ``sdnList`` root (any namespace)."""
    return any(_is_sdn_list(Path(p)) for p in paths)


def _xml_file(paths: list[Path]) -> Path:
    for path in paths:
        if _is_sdn_list(Path(path)):
            return Path(path)
    for path in paths:
        if Path(path).suffix.lower() == ".xml":
            root_tag(Path(path))  # raises the syntax error, if that is the trouble
            raise SourceError(path, f"root element is not <{_ROOT}>", 1)
    raise SourceError(paths[0], "no sdnList XML file in this set")


def _header(path: Path) -> tuple[str | None, int | None]:
    """``(published, Record_Count)`` from ``publshInformation``, reading only the head."""
    published = count = None
    for _event, elem in iterparse(path, tags=("{*}Publish_Date", "{*}Record_Count", "{*}sdnEntry")):
        name, value = local(elem), text(elem)
        if name == "sdnEntry":
            break
        if name == "Record_Count" and value:
            if not value.isdigit():
                raise SourceError(path, f"Record_Count is not a number: {value!r}", elem.sourceline)
            count = int(value)
        elif name == "Publish_Date" and value:
            published = us_date(value)
            if not published:
                raise SourceError(path, f"Publish_Date is not MM/DD/YYYY: {value!r}", elem.sourceline)
        if published and count is not None:
            break
    return published, count


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = _xml_file([Path(p) for p in paths])
    published, count = _header(path)
    return Parsed(published=published, records=_records(path, source_id, count))


def _records(path: Path, source_id: str, expected: int | None) -> Iterator[Record]:
    count = 0
    for _event, elem in iterparse(path, tags=("{*}sdnEntry",)):
        yield entry_record(elem, source_id, path)
        count += 1
        release(elem)
    if expected is not None and count != expected:
        raise SourceError(path, f"{count} sdnEntry elements but Record_Count says {expected}", "end")


def _child(elem: etree._Element, name: str) -> etree._Element | None:
    for child in elem:
        if local(child) == name:
            return child
    return None


def _children(elem: etree._Element, list_name: str) -> list[etree._Element]:
    holder = _child(elem, list_name)
    return [] if holder is None else [c for c in holder if isinstance(c.tag, str)]


def _value(elem: etree._Element | None, name: str) -> str | None:
    return None if elem is None else text(_child(elem, name))


def to_raw(elem: etree._Element) -> Any:
    """An element as plain data: text for leaves, dicts, lists under ``...List``."""
    children = [c for c in elem if isinstance(c.tag, str)]
    if not children:
        return text(elem)
    out: dict[str, Any] = {}
    as_list = local(elem).endswith("List")
    for child in children:
        key = local(child)
        if as_list:
            out.setdefault(key, []).append(to_raw(child))
        else:
            out[key] = to_raw(child)
    return out


def _name(first: str | None, last: str | None, person: bool) -> tuple[str, dict[str, str] | None]:
    if person and first and last:
        return join_name(first, last), {"lastName": last, "firstName": first}
    if person and last and not first:
        return natural_name(last, person)  # weak akas come as lastName "LAST, First"
    return join_name(first, last), None


def entry_record(entry: etree._Element, source_id: str, path: Path) -> Record:
    """One ``sdnEntry`` element -> Record."""
    line = entry.sourceline
    uid = _value(entry, "uid")
    if not uid:
        raise SourceError(path, "sdnEntry without uid", line)
    kind = kind_of(_value(entry, "sdnType"))
    person = kind == "person"
    record = Record(source=source_id, ref=uid, kind=kind)
    value, parts = _name(_value(entry, "firstName"), _value(entry, "lastName"), person)
    if not value:
        raise SourceError(path, f"sdnEntry {uid} without lastName", line)
    record.names.append(Name(value, PRIMARY, parts=parts))
    for aka in _children(entry, "akaList"):
        alias, alias_parts = _name(_value(aka, "firstName"), _value(aka, "lastName"), person)
        category = (_value(aka, "category") or "").lower()
        aka_type = (_value(aka, "type") or "").lower()
        role = WEAK if category == "weak" else FORMER if aka_type.startswith("f") else ALIAS
        record.add_name(alias, role, parts=alias_parts)
    record.programmes = [p for p in (text(e) for e in _children(entry, "programList")) if p]

    # Free remarks may still hold details (Telephone, Fax...) that OFAC did not move into
    # the structured lists; read them like the Remarks cell of the CSV files.
    apply_remarks(record, _value(entry, "remarks"), person)
    for item in _children(entry, "idList"):
        id_type = _value(item, "idType") or ""
        number = _value(item, "idNumber")
        if not number:
            continue
        if id_type.lower() == "gender":
            record.gender = number.lower()
        elif is_information(id_type):
            record.remarks.append(f"{id_type} {number}".strip())
        else:
            add_identifier(record, identifier(
                id_type, number, _value(item, "idCountry"),
                issued=_value(item, "issueDate"), expires=_value(item, "expirationDate"),
            ))
    for list_name in ("nationalityList", "citizenshipList"):
        for item in _children(entry, list_name):
            country = _value(item, "country")
            if country and country not in record.nationalities:
                record.nationalities.append(country)
    for item in _children(entry, "dateOfBirthList"):
        for iso in parse_dob(_value(item, "dateOfBirth")):
            if iso not in record.birth_dates:
                record.birth_dates.append(iso)
    for item in _children(entry, "placeOfBirthList"):
        place = _value(item, "placeOfBirth")
        if place and place not in record.birth_places:
            record.birth_places.append(place)
    vessel = _child(entry, "vesselInfo")
    if vessel is not None:
        call_sign = _value(vessel, "callSign")
        if call_sign:
            record.identifiers.append(Identifier(type="Call Sign", value=call_sign))
        flag = _value(vessel, "vesselFlag")
        if flag:
            record.countries.append(flag)
    for item in _children(entry, "addressList"):
        city = ", ".join(p for p in (_value(item, "city"), _value(item, "stateOrProvince")) if p)
        city = " ".join(p for p in (city, _value(item, "postalCode")) if p)
        lines = [_value(item, f"address{i}") for i in (1, 2, 3)] + [city]
        address_text = ", ".join(p for p in lines if p)
        country = _value(item, "country")
        if not address_text and not country:
            continue
        record.addresses.append(Address(text=address_text, country=country))
        if country and country not in record.countries:
            record.countries.append(country)
    record.raw = to_raw(entry)
    return record
