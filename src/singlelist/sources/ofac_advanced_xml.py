"""OFAC's "advanced" XML: SDN_ADVANCED.XML and CONS_ADVANCED.XML.

Root ``Sanctions`` (namespace ``http://www.un.org/sanctions/1.0``, schema
``sdn_advanced.xsd``; the Sanctions List Service uses its own ``.../ADVANCED_XML``
namespace for the same elements). The file is laid out in this order:

1. ``DateOfIssue`` -> ``published``;
2. ``ReferenceValueSets``: the lookups every other part refers to by ID (alias types,
   name part types, countries, feature types, ID document types, lists, programmes...);
3. ``Locations`` (addresses, places, countries) and ``IDRegDocuments`` (passports,
   registration numbers; linked to an ``Identity``);
4. ``DistinctParties/DistinctParty/Profile``: ``Identity/Alias/DocumentedName/
   DocumentedNamePart/NamePartValue`` (typed through the identity's ``NamePartGroups``),
   ``Alias@Primary`` (the listed name), ``Alias@LowQuality`` (weak a.k.a.),
   ``Alias@AliasTypeID`` (A.K.A./F.K.A./N.K.A.), and ``Feature`` (birth date, place of
   birth, nationality, address, gender, website...);
5. ``ProfileRelationships`` (not used);
6. ``SanctionsEntries/SanctionsEntry``: per profile, the list, the ``EntryEvent`` date
   and the programmes (``SanctionsMeasure`` of type "Program", its ``Comment``).

The file is streamed: lookups, locations and ID documents are kept in compact form; each
party becomes a Record as soon as it is read, and its element is cleared. Because the
sanctions entries come last, records are held until then and yielded at the end. ``ref``
is the profile ID (OFAC's ``FixedRef``, the ``ent_num``/``uid`` of the other formats).
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
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
    Name,
    Parsed,
    Record,
)
from singlelist.sources._common import SourceError, cited_un_refs, iterparse, local, release, root_tag, text
from singlelist.sources._ofac import add_identifier, identifier, is_information, period_dates

FORMAT = "ofac-advanced-xml"

NAMESPACES = (
    "http://www.un.org/sanctions/1.0",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML",
)
_ROOT = "Sanctions"
_ITEMS = (
    "ReferenceValueSets", "Location", "IDRegDocument", "DistinctParty",
    "ProfileRelationship", "SanctionsEntry", "SanctionsEntryLink",
)

# Name part types read as given names, then family names, for natural order.
GIVEN_PARTS = ("First Name", "Middle Name", "Patronymic")
FAMILY_PARTS = ("Last Name", "Matronymic")

_PARTY_KINDS = {"individual": "person", "entity": "organisation", "location": "other",
                "other entity": "organisation"}
_SUBTYPE_KINDS = {"vessel": "vessel", "aircraft": "aircraft"}
_LOCATION_ORDER = ("ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE", "POSTAL CODE", "REGION")


def _is_advanced(path: Path) -> bool:
    if path.suffix.lower() != ".xml":
        return False
    try:
        namespace, name = root_tag(path)
    except (SourceError, OSError):
        return False
    return name == _ROOT and (namespace in NAMESPACES or "ofac.treas.gov" in namespace)


def sniff(paths: list[Path]) -> bool:
    """True when one of the files is XML with a ``Sanctions`` root in OFAC's namespaces."""
    return any(_is_advanced(Path(p)) for p in paths)


def _xml_file(paths: list[Path]) -> Path:
    for path in paths:
        if _is_advanced(Path(path)):
            return Path(path)
    for path in paths:
        if Path(path).suffix.lower() == ".xml":
            root_tag(Path(path))
            raise SourceError(path, f"root element is not OFAC's <{_ROOT}>", 1)
    raise SourceError(paths[0], "no OFAC advanced XML file in this set")


# --- small element helpers ---------------------------------------------------------


def _kids(elem: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in elem if isinstance(c.tag, str) and local(c) == name]


def _kid(elem: etree._Element | None, name: str) -> etree._Element | None:
    if elem is None:
        return None
    for child in elem:
        if isinstance(child.tag, str) and local(child) == name:
            return child
    return None


def _date(elem: etree._Element | None) -> date | None:
    """A ``Year``/``Month``/``Day`` element as a date."""
    if elem is None:
        return None
    try:
        year = int(text(_kid(elem, "Year")) or 0)
        month = int(text(_kid(elem, "Month")) or 1)
        day = int(text(_kid(elem, "Day")) or 1)
        return date(year, month, day) if year else None
    except ValueError:
        return None


def _period(period: etree._Element | None) -> list[str]:
    """A ``DatePeriod`` as ISO dates: a day, a month, a year or a span of years."""
    if period is None:
        return []
    start_elem, end_elem = _kid(period, "Start"), _kid(period, "End")
    start = _date(_kid(start_elem, "From")) or _date(start_elem)
    end = _date(_kid(end_elem, "To")) or _date(_kid(end_elem, "From")) or _date(end_elem)
    if start is None and end is None:
        return []
    start, end = start or end, end or start
    assert start is not None and end is not None
    if end < start:
        start, end = end, start
    return period_dates(start, end)


def _join_parts(parts: list[tuple[str, str]], person: bool) -> tuple[str, dict[str, str] | None]:
    """Name parts ``[(type, value)]`` -> (value in natural order, parts by type).

    For individuals: given names (first, middle, patronymic), then family names (last,
    matronymic), then any other part; otherwise the parts in document order.
    """
    by_type: dict[str, str] = {}
    for part_type, value in parts:
        key = part_type or "Name"
        by_type[key] = f"{by_type[key]} {value}" if key in by_type else value
    if not person:
        return " ".join(v for _t, v in parts), (by_type if len(by_type) > 1 else None)
    order = [t for t in GIVEN_PARTS + FAMILY_PARTS if t in by_type]
    order += [t for t in by_type if t not in order]
    return " ".join(by_type[t] for t in order), by_type


# --- the streamed parse ------------------------------------------------------------


def _published(path: Path) -> str | None:
    for _event, elem in iterparse(path, tags=("{*}DateOfIssue", "{*}ReferenceValueSets")):
        if local(elem) == "DateOfIssue":
            issued = _date(elem)
            if issued is None:
                raise SourceError(path, "DateOfIssue without a valid Year/Month/Day", elem.sourceline)
            return issued.isoformat()
        break
    return None


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = _xml_file([Path(p) for p in paths])
    return Parsed(published=_published(path), records=_Reader(path, source_id).records())


class _Reader:
    """One pass over the file; lookups first, records held until the entries are read."""

    def __init__(self, path: Path, source_id: str):
        self.path = path
        self.source_id = source_id
        self.lookups: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}
        self.locations: dict[str, tuple[str, str | None]] = {}
        self.documents: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)

    # lookups
    def value(self, table: str, ref: str | None) -> str | None:
        if ref is None:
            return None
        found = self.lookups.get(table, {}).get(ref)
        return found[0] if found else None

    def attrs(self, table: str, ref: str | None) -> dict[str, str]:
        found = self.lookups.get(table, {}).get(ref or "")
        return found[1] if found else {}

    def country(self, ref: str | None) -> str | None:
        return self.value("Country", ref)

    def records(self) -> Iterator[Record]:
        # Parties wait for their sanctions entries as pickled bytes: a fraction of the
        # memory of live objects (a 150 MB SDN_ADVANCED.XML holds ~17,000 of them).
        parties: dict[str, bytes] = {}
        entries: dict[str, list[dict[str, Any]]] = defaultdict(list)
        handlers = {
            "ReferenceValueSets": self._reference_values,
            "Location": self._location,
            "IDRegDocument": self._document,
        }
        saw_parties = False
        for _event, elem in iterparse(self.path, tags=tuple("{*}" + t for t in _ITEMS)):
            name = local(elem)
            if name in handlers:
                handlers[name](elem)
            elif name == "DistinctParty":
                saw_parties = True
                for record in self._party(elem):
                    if record.ref in parties:
                        raise SourceError(self.path, f"profile {record.ref} listed twice", elem.sourceline)
                    parties[record.ref] = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            elif name == "SanctionsEntry":
                entries[elem.get("ProfileID", "")].append(self._entry(elem))
            release(elem)
        if not self.lookups:
            raise SourceError(self.path, "no ReferenceValueSets: not an OFAC advanced XML file", 1)
        if not saw_parties:
            raise SourceError(self.path, "no DistinctParty elements", "end")
        self.locations.clear()
        self.documents.clear()
        for ref in list(parties):
            record: Record = pickle.loads(parties.pop(ref))
            for entry in entries.pop(ref, []):
                _apply_entry(record, entry)
            yield record

    def _reference_values(self, elem: etree._Element) -> None:
        for value_set in elem:
            if not isinstance(value_set.tag, str):
                continue
            for item in value_set:
                if not isinstance(item.tag, str):
                    continue
                table = self.lookups.setdefault(local(item), {})
                table[item.get("ID", "")] = (text(item) or "", dict(item.attrib))

    def _location(self, elem: etree._Element) -> None:
        parts: dict[str, list[str]] = defaultdict(list)
        for part in _kids(elem, "LocationPart"):
            part_type = (self.value("LocPartType", part.get("LocPartTypeID")) or "").upper()
            values = _kids(part, "LocationPartValue")
            chosen = [v for v in values if v.get("Primary") == "true"] or values
            for value in chosen:
                found = text(_kid(value, "Value"))
                if found:
                    parts[part_type].append(found)
        ordered = [v for key in _LOCATION_ORDER for v in parts.pop(key, [])]
        ordered += [v for values in parts.values() for v in values]
        country = None
        country_elem = _kid(elem, "LocationCountry")
        if country_elem is not None:
            country = self.country(country_elem.get("CountryID"))
        if country is None:
            area = _kid(elem, "LocationAreaCode")
            if area is not None:
                attrs = self.attrs("AreaCode", area.get("AreaCodeID"))
                country = self.country(attrs.get("CountryID")) or attrs.get("Description")
        if country == "undetermined":
            country = None
        self.locations[elem.get("ID", "")] = (", ".join(ordered), country)

    def _document(self, elem: etree._Element) -> None:
        number = text(_kid(elem, "IDRegistrationNo"))
        doc_type = self.value("IDRegDocType", elem.get("IDRegDocTypeID")) or "ID"
        if not number:
            return
        notes = []
        for doc_date in _kids(elem, "DocumentDate"):
            kind = (self.value("IDRegDocDateType", doc_date.get("IDRegDocDateTypeID")) or "date").lower()
            dates = _period(_kid(doc_date, "DatePeriod"))
            if dates:
                label = "issued" if "issue" in kind else "expires" if "expir" in kind else kind
                notes.append(f"{label} {dates[0]}")
        country = self.country(elem.get("IssuedBy-CountryID"))
        note = "; ".join(notes) or None
        self.documents[elem.get("IdentityID", "")].append((doc_type, number, country, note))

    # parties
    def _party(self, party: etree._Element) -> Iterator[Record]:
        for profile in _kids(party, "Profile"):
            yield self._profile(party, profile)

    def _kind(self, profile: etree._Element) -> tuple[str, str | None, str | None]:
        subtype_id = profile.get("PartySubTypeID")
        subtype = self.value("PartySubType", subtype_id)
        party_type = self.value("PartyType", self.attrs("PartySubType", subtype_id).get("PartyTypeID"))
        kind = _SUBTYPE_KINDS.get((subtype or "").lower()) or _PARTY_KINDS.get(
            (party_type or "").lower(), "other")
        return kind, party_type, subtype

    def _profile(self, party: etree._Element, profile: etree._Element) -> Record:
        ref = profile.get("ID") or party.get("FixedRef")
        if not ref:
            raise SourceError(self.path, "Profile without ID", profile.sourceline)
        kind, party_type, subtype = self._kind(profile)
        person = kind == "person"
        record = Record(source=self.source_id, ref=ref, kind=kind)
        raw: dict[str, Any] = {"FixedRef": party.get("FixedRef"), "PartyType": party_type,
                               "PartySubType": subtype, "aliases": [], "features": [], "documents": []}
        names: list[Name] = []
        for identity in _kids(profile, "Identity"):
            groups = _kid(identity, "NamePartGroups")
            group_types = {
                group.get("ID", ""): self.value("NamePartType", group.get("NamePartTypeID")) or ""
                for master in ([] if groups is None else _kids(groups, "MasterNamePartGroup"))
                for group in _kids(master, "NamePartGroup")
            }
            for alias in _kids(identity, "Alias"):
                names.extend(self._alias_names(alias, group_types, person, raw))
            for doc_type, number, country, note in self.documents.pop(identity.get("ID", ""), []):
                raw["documents"].append({"type": doc_type, "number": number, "country": country,
                                         "note": note})
                if is_information(doc_type):
                    record.remarks.append(f"{doc_type} {number}")
                else:
                    add_identifier(record, Identifier(type=doc_type, value=number, country=country,
                                                      note=note))
        primaries = [n for n in names if n.role == PRIMARY]
        for extra in primaries[1:]:  # a second identity's listed name counts as an a.k.a.
            extra.role = ALIAS
        if not primaries and names:
            names[0].role = PRIMARY
        names.sort(key=lambda n: n.role != PRIMARY)
        for name in names:
            record.add_name(name.value, name.role, parts=name.parts)
        if not record.names:
            raise SourceError(self.path, f"profile {ref} has no name", profile.sourceline)
        for feature in _kids(profile, "Feature"):
            self._feature(record, feature, raw)
        for holder in (party, profile):
            comment = text(_kid(holder, "Comment"))
            if comment:
                record.remarks.append(comment)
                record.xrefs.extend(cited_un_refs(comment))
        record.raw = raw
        return record

    def _alias_names(
        self, alias: etree._Element, group_types: dict[str, str], person: bool, raw: dict[str, Any]
    ) -> list[Name]:
        alias_type = self.value("AliasType", alias.get("AliasTypeID")) or ""
        if alias.get("Primary") == "true":
            role = PRIMARY
        elif alias.get("LowQuality") == "true":
            role = WEAK
        elif alias_type.upper().startswith("F.K.A"):
            role = FORMER
        else:
            role = ALIAS
        names = []
        for documented in _kids(alias, "DocumentedName"):
            parts: list[tuple[str, str]] = []
            for part in _kids(documented, "DocumentedNamePart"):
                for value in _kids(part, "NamePartValue"):
                    found = text(value)
                    if found:
                        parts.append((group_types.get(value.get("NamePartGroupID", ""), ""), found))
            if not parts:
                continue
            raw["aliases"].append({"type": alias_type, "primary": alias.get("Primary") == "true",
                                   "low_quality": alias.get("LowQuality") == "true",
                                   "parts": [list(p) for p in parts]})
            value, name_parts = _join_parts(parts, person)
            name = Name(value, role, parts=name_parts)
            if role == PRIMARY and names and name.script != "Latin":
                name.role = ORIGINAL
            names.append(name)
        return names

    def _feature(self, record: Record, feature: etree._Element, raw: dict[str, Any]) -> None:
        feature_type = self.value("FeatureType", feature.get("FeatureTypeID")) or ""
        lowered = feature_type.lower()
        for version in _kids(feature, "FeatureVersion"):
            dates = [iso for period in _kids(version, "DatePeriod") for iso in _period(period)]
            details = []
            for detail in _kids(version, "VersionDetail"):
                found = text(detail) or self.value("DetailReference", detail.get("DetailReferenceID"))
                if found:
                    details.append(found)
            places = [self.locations.get(loc.get("LocationID", ""), ("", None))
                      for loc in _kids(version, "VersionLocation")]
            raw["features"].append({"type": feature_type, "dates": dates or None,
                                    "details": details or None,
                                    "locations": [list(p) for p in places] or None})
            if lowered in ("birthdate", "date of birth"):
                for iso in dates:
                    if iso not in record.birth_dates:
                        record.birth_dates.append(iso)
            elif lowered == "place of birth":
                for place in details + [", ".join(p for p in loc if p) for loc in places]:
                    if place and place not in record.birth_places:
                        record.birth_places.append(place)
            elif lowered in ("nationality country", "citizenship country", "nationality"):
                for country in details + [loc[1] or loc[0] for loc in places]:
                    if country and country not in record.nationalities:
                        record.nationalities.append(country)
            elif lowered in ("location", "address"):
                for place_text, country in places:
                    if not place_text and not country:
                        continue
                    record.addresses.append(Address(text=place_text, country=country))
                    if country and country not in record.countries:
                        record.countries.append(country)
            elif lowered == "gender":
                if details:
                    record.gender = details[0].lower()
            else:
                values = details + dates + [", ".join(p for p in loc if p) for loc in places]
                if lowered == "vessel flag":
                    for _text, country in places:
                        if country and country not in record.countries:
                            record.countries.append(country)
                for found in values:
                    if is_information(feature_type) or lowered == "vessel flag":
                        record.remarks.append(f"{feature_type} {found}".strip())
                    else:
                        label = "Call Sign" if lowered == "vessel call sign" else feature_type
                        add_identifier(record, identifier(label, found))

    def _entry(self, entry: etree._Element) -> dict[str, Any]:
        """A ``SanctionsEntry`` in compact form (list, event dates, measures)."""
        dates: list[str] = []
        legal = []
        for event in _kids(entry, "EntryEvent"):
            when = _date(_kid(event, "Date"))
            if when:
                dates.append(when.isoformat())
            basis = self.value("LegalBasis", event.get("LegalBasisID"))
            if basis:
                legal.append(basis)
        measures = [
            {"type": self.value("SanctionsType", m.get("SanctionsTypeID")) or "",
             "comment": text(_kid(m, "Comment"))}
            for m in _kids(entry, "SanctionsMeasure")
        ]
        return {"id": entry.get("ID"), "list": self.value("List", entry.get("ListID")),
                "dates": dates, "legal_basis": legal, "measures": measures}


def _apply_entry(record: Record, entry: dict[str, Any]) -> None:
    """Programmes (measures of type "Program") and listing dates of one sanctions entry."""
    for measure in entry["measures"]:
        comment = measure["comment"]
        if measure["type"].lower() == "program" and comment and comment not in record.programmes:
            record.programmes.append(comment)
    for iso in entry["dates"]:
        if iso not in record.listed_on:
            record.listed_on.append(iso)
    record.listed_on.sort()
    record.raw.setdefault("entries", []).append(entry)
