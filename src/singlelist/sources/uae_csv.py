"""UAE Local Terrorist List, CSV export (UTF-8 with BOM), Arabic headers.

Published by the UAE Executive Office for Control and Non-Proliferation as a
spreadsheet; this reads its CSV export. Layout: a title row
(``الأفراد المدرجين في قائمة الإرهاب المحلية``, "individuals on the local terrorist
list"), a row of section titles (main information, names, address, documents, other
information), then the header row starting with ``#``, then one row per listing:

=====================================  ==============================================
header (Arabic; English also accepted)  read as
=====================================  ==============================================
``#``                                   ``ref`` (the list's own serial number)
``التصنيف`` classification               kind (``شخص إرهابي`` terrorist person; an
                                        entity / organisation word -> organisation)
``الجنسية`` nationality                  nationalities (English name where known)
``اسم العائلة (بالحروف العربية/اللاتينية)``  family name: ``Name.parts["family_name"]``
``الاسم الكامل (بالحروف اللاتينية)``        primary name (Latin), more spellings -> alias
``الاسم الكامل (بالحروف العربية)``          names in Arabic script, role ``original``
``تاريخ الميلاد`` / ``مكان الميلاد``          birth date (``dd-mm-yyyy``, ``dd/mm/yyyy``,
                                        ``yyyy``) / birth place (as written)
``الاسم`` (names known for the listee)   more Arabic names, role ``alias``
``الشارع`` / ``المدينة`` / ``الدولة``         address
``النوع`` / ``رقم الوثيقة`` / ``جهة الإصدار``   identity document (type, number, issuer,
``تاريخ الإصدار`` / ``تاريخ الانتهاء``         issue and expiry date in the note)
``معلومات أخرى`` other information        remark; the Cabinet Resolution it cites is
                                        the programme and its year ``listed_on``
=====================================  ==============================================

``-`` marks an empty cell. Several spellings share one cell, joined by ``+``, `` - ``,
``أو`` ("or") or the Arabic comma; a name in brackets is another name (a kunya,
``... الباكر (أبوخليل)``). A document cell may hold several passports, one per line
(``تركي رقم: U24171753``, "Turkish no."). The file has no publication date.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from singlelist.model import ALIAS, ORIGINAL, PRIMARY, Address, Identifier, Parsed, Record
from singlelist.sources._common import SourceError, iso_date

FORMAT = "uae-csv"

_MARKERS = ("قائمة الإرهاب", "الاسم الكامل", "Local Terrorist List")

# Arabic country names, adjectives and variants in the list -> English.
COUNTRIES = {
    "قطر": "Qatar", "قطري": "Qatar",
    "الأردن": "Jordan", "الاردن": "Jordan", "أردني": "Jordan",
    "العراق": "Iraq", "عراقي": "Iraq",
    "اليمن": "Yemen", "يمني": "Yemen",
    "الكويت": "Kuwait", "كويتي": "Kuwait",
    "مصر": "Egypt", "مصري": "Egypt",
    "ليبيا": "Libya", "ليبي": "Libya",
    "الامارات": "United Arab Emirates", "الإمارات": "United Arab Emirates",
    "إماراتي": "United Arab Emirates", "اماراتي": "United Arab Emirates",
    "الإمارات العربية المتحدة": "United Arab Emirates",
    "السعودية": "Saudi Arabia", "السعوديه": "Saudi Arabia", "سعودي": "Saudi Arabia",
    "المملكة العربية السعودية": "Saudi Arabia",
    "البحرين": "Bahrain", "بحريني": "Bahrain",
    "الصومال": "Somalia", "صومالي": "Somalia",
    "أفغانستان": "Afghanistan", "افغانستان": "Afghanistan", "أفغاني": "Afghanistan",
    "ايران": "Iran", "إيران": "Iran", "إيراني": "Iran", "ايراني": "Iran",
    "نيجيريا": "Nigeria", "نيجيري": "Nigeria",
    "لبنان": "Lebanon", "لبناني": "Lebanon",
    "باكستان": "Pakistan", "باكستاني": "Pakistan",
    "سوريا": "Syria", "سوري": "Syria", "سورية": "Syria",
    "سانت كيتس - نافيس": "Saint Kitts and Nevis", "سانت كيتس ونيفيس": "Saint Kitts and Nevis",
    "أمريكا": "United States", "امريكا": "United States", "الولايات المتحدة": "United States",
    "أمريكي": "United States",
    "النمسا": "Austria", "نمساوي": "Austria",
    "بريطانيا": "United Kingdom", "بريطاني": "United Kingdom", "المملكة المتحدة": "United Kingdom",
    "روسيا": "Russia", "روسي": "Russia",
    "السويد": "Sweden", "سويدي": "Sweden",
    "ليبيريا": "Liberia", "ليبيري": "Liberia",
    "تركيا": "Turkey", "تركي": "Turkey",
    # emirates, as issuers of documents or in addresses
    "دبي": "United Arab Emirates", "أبوظبي": "United Arab Emirates", "ابوظبي": "United Arab Emirates",
    "الشارقة": "United Arab Emirates", "عجمان": "United Arab Emirates",
    "تونس": "Tunisia", "الجزائر": "Algeria", "المغرب": "Morocco", "السودان": "Sudan",
    "عمان": "Oman", "سلطنة عمان": "Oman", "فلسطين": "Palestine", "الهند": "India",
}

_DOC_TYPES = (
    ("جواز", "passport"),
    ("الرقم الموحد", "unified number"),
    ("تأشيرة", "visa"),
    ("هوية", "national id"),
    ("passport", "passport"),
    ("unified", "unified number"),
    ("visa", "visa"),
    ("id", "national id"),
)
_RESOLUTION = re.compile(r"(قرار مجلس الوزراء\s+رقم\s*\(?\s*(\d+)\s*\)?\s*لسنة\s*(\d{4}))")
_RESOLUTION_EN = re.compile(r"(Cabinet (?:Resolution|Decision) No\.?\s*\(?(\d+)\)?\s*of\s*(\d{4}))", re.I)
_ORG_WORDS = re.compile(r"كيان|منظمة|جماعة|جمعية|شركة|مؤسسة|entity|organi[sz]ation|group|company", re.I)


# --- columns ---------------------------------------------------------------------


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def _has(*words: str) -> Callable[[str], bool]:
    return lambda h: all(w.casefold() in h for w in words)


def _either(*tests: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda h: any(t(h) for t in tests)


def _exactly(*values: str) -> Callable[[str], bool]:
    folded = {v.casefold() for v in values}
    return lambda h: h in folded


# (field, test on the normalised header); the first column passing a test is taken.
_COLUMNS: list[tuple[str, Callable[[str], bool]]] = [
    ("id", _exactly("#", "م", "no", "no.", "serial", "s/n", "id")),
    ("class", _either(_has("التصنيف"), _has("classification"), _exactly("type", "category"))),
    ("nationality", _either(_has("الجنسية"), _has("nationality"))),
    ("family_ar", _either(_has("اسم العائلة", "العربية"), _has("family", "arabic"))),
    ("family_lat", _either(_has("اسم العائلة", "اللاتينية"), _has("family", "latin"),
                           _has("family", "english"))),
    ("full_ar", _either(_has("الاسم الكامل", "العربية"), _has("full name", "arabic"))),
    ("full_lat", _either(_has("الاسم الكامل", "اللاتينية"), _has("full name", "latin"),
                         _has("full name", "english"))),
    ("dob", _either(_has("تاريخ الميلاد"), _has("date of birth"))),
    ("pob", _either(_has("مكان الميلاد"), _has("place of birth"))),
    ("known", _either(_exactly("الاسم", "الأسماء", "alias", "aliases", "name", "names"),
                      _has("known names"))),
    ("street", _either(_has("الشارع"), _has("street"))),
    ("city", _either(_has("المدينة"), _has("city"))),
    ("country", _either(_exactly("الدولة", "country"), _has("address country"))),
    ("doc_type", _either(_exactly("النوع", "document type"), _has("نوع الوثيقة"))),
    ("doc_number", _either(_has("رقم الوثيقة"), _has("document number"), _has("document no"))),
    ("doc_issuer", _either(_has("جهة الإصدار"), _has("issuing"), _has("issued by"))),
    ("doc_issued", _either(_has("تاريخ الإصدار"), _has("issue date"), _has("date of issue"))),
    ("doc_expires", _either(_has("تاريخ الانتهاء"), _has("expiry"), _has("expiration"))),
    ("other", _either(_has("معلومات أخرى"), _has("other information"), _has("remarks"))),
]


def _map_columns(header: list[str]) -> dict[str, int]:
    normalised = [_norm(h) for h in header]
    # A bilingual header cell ("الجنسية Nationality") is tested on each of its lines too.
    mapping: dict[str, int] = {}
    for field, test in _COLUMNS:
        for index, cell in enumerate(normalised):
            if index in mapping.values():
                continue
            if test(cell) or any(test(_norm(line)) for line in header[index].splitlines()[1:]):
                mapping[field] = index
                break
    return mapping


# --- file level ------------------------------------------------------------------


def sniff(paths: list[Path]) -> bool:
    """One ``.csv`` file whose first lines carry the list's Arabic title or headers."""
    if len(paths) != 1 or paths[0].suffix.lower() != ".csv":
        return False
    try:
        with open(paths[0], "rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="ignore")
    except OSError:
        return False
    return any(marker in head for marker in _MARKERS)


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = Path(paths[0])
    text = read_utf8(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise SourceError(path, f"broken CSV: {exc}", f"line {reader.line_num}") from None
    header_at = next(
        (i for i, (_line, row) in enumerate(rows[:20]) if row and row[0].strip() == "#"), None
    )
    if header_at is None:
        header_at = next(
            (i for i, (_line, row) in enumerate(rows[:20])
             if any("الاسم الكامل" in c or "full name" in c.casefold() for c in row)),
            None,
        )
    if header_at is None:
        raise SourceError(path, "no header row (a row starting with '#' and full-name columns)", "line 1")
    header_line, header = rows[header_at]
    columns = _map_columns(header)
    if "id" not in columns:
        raise SourceError(path, "missing column '#' (the list's serial number)", f"line {header_line}")
    if "full_lat" not in columns and "full_ar" not in columns:
        raise SourceError(
            path, "missing column 'الاسم الكامل' (full name, Latin or Arabic)", f"line {header_line}"
        )
    return Parsed(published=None, records=_records(path, source_id, header, columns, rows[header_at + 1:]))


def read_utf8(path: Path) -> str:
    """The file as text, without its byte-order mark. An empty file (or only a BOM and
    blank lines) and a broken encoding raise :class:`SourceError` naming the line.

    (``_common.read_text(path, "utf-8-sig")`` would report an offset 3 bytes off after a
    BOM, hence this local reader.)"""
    data = Path(path).read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise SourceError(path, "empty file", 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(path, f"not valid UTF-8: byte 0x{data[exc.start]:02x}", line) from None


# --- values ----------------------------------------------------------------------


def _clean(value: str | None) -> str:
    value = " ".join((value or "").replace("\ufeff", "").split())
    return "" if value in ("-", "--", "—") else value


def country_name(value: str) -> str:
    """English name for an Arabic country name or adjective in the list, else the value."""
    value = _clean(value)
    if value in COUNTRIES:
        return COUNTRIES[value]
    head = value.split(" - ")[0].strip()
    return COUNTRIES.get(head, value)


def _countries(value: str) -> list[str]:
    """``السعودية / الكويت`` -> two; ``الحالية: السويد السابقة: ليبيريا`` (current / former) -> two."""
    value = _clean(value)
    if not value:
        return []
    value = re.sub(r"(الحالية|السابقة|الحالي|السابق|current|former)\s*:", "/", value, flags=re.I)
    parts = [p.strip() for p in re.split(r"/|،|\bو\s", value) if p.strip()]
    found: list[str] = []
    for part in parts:
        name = country_name(part)
        if name not in found:
            found.append(name)
    return found


def _date(value: str) -> str | None:
    value = _clean(value)
    if not value:
        return None
    match = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", value)
    if match:
        value = f"{match.group(1)}/{match.group(2)}/{match.group(3)}"
    return iso_date(value)


def _split_names(value: str) -> list[str]:
    """Several spellings in one cell: ``a + b``, ``a - b``, ``a أو b``, ``a، b``."""
    value = _clean(value)
    if not value:
        return []
    parts = re.split(r"\s\+\s|\s+-\s+|\s+أو\s+|،|\s+or\s+", value)
    names = []
    for part in parts:
        part = part.strip(" ,")
        if part.count("(") != part.count(")"):  # stray brackets: "((MOHSEN HASSAN ..."
            part = part.replace("(", "").replace(")", "").strip()
        if part:
            names.append(" ".join(part.split()))
    return names


def _bracketed(name: str) -> tuple[str, list[str]]:
    """``الباكر (أبوخليل)`` -> (``الباكر``, [``أبوخليل``]); angle brackets are dropped."""
    name = name.replace("<", " ").replace(">", " ")
    inner = [" ".join(m.split()) for m in re.findall(r"\(([^()]*)\)", name) if m.strip()]
    outer = " ".join(re.sub(r"\([^()]*\)", " ", name).split())
    return (outer or name), inner


def _doc_type(value: str) -> str:
    folded = value.casefold()
    for word, kind in _DOC_TYPES:
        if word in folded:
            return kind
    return value


# --- records ---------------------------------------------------------------------


def _records(
    path: Path, source_id: str, header: list[str], columns: dict[str, int],
    rows: list[tuple[int, list[str]]],
) -> Iterator[Record]:
    keys = []
    for i, cell in enumerate(header):
        key = " ".join(cell.split()) or f"column {i + 1}"
        keys.append(key if key not in keys else f"{key} ({i + 1})")
    seen: dict[str, int] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise SourceError(
                path, f"row has {len(row)} of {len(header)} columns (truncated file?)", f"line {line}"
            )
        ref = _clean(row[columns["id"]])
        if not ref:
            raise SourceError(path, "row without a serial number '#'", f"line {line}")
        if ref in seen:
            message = f"duplicate serial number {ref!r} (first at line {seen[ref]})"
            raise SourceError(path, message, f"line {line}")
        seen[ref] = line
        raw = {keys[i]: cell for i, cell in enumerate(row) if i < len(keys) and cell.strip()}
        yield _record(path, line, ref, row, columns, raw, source_id)


def _record(
    path: Path, line: int, ref: str, row: list[str], columns: dict[str, int], raw: dict[str, str],
    source_id: str,
) -> Record:
    def get(field: str) -> str:
        index = columns.get(field)
        return _clean(row[index]) if index is not None and index < len(row) else ""

    classification = get("class")
    kind = "organisation" if classification and _ORG_WORDS.search(classification) else "person"
    record = Record(source=source_id, ref=ref, kind=kind, raw=raw)

    latin = _split_names(get("full_lat"))
    arabic: list[tuple[str, list[str]]] = [_bracketed(n) for n in _split_names(get("full_ar"))]
    family_lat, family_ar = get("family_lat"), get("family_ar")
    for i, name in enumerate(latin):
        parts = {"family_name": family_lat} if i == 0 and family_lat else None
        record.add_name(name, PRIMARY if i == 0 else ALIAS, parts=parts)
    for i, (name, _inner) in enumerate(arabic):
        role = ORIGINAL if record.names else PRIMARY
        parts = {"family_name": family_ar} if i == 0 and family_ar else None
        record.add_name(name, role, lang="ar", parts=parts)
    for _name, inner in arabic:
        for alias in inner:
            record.add_name(alias, ALIAS, lang="ar")
    for known in _split_names(get("known")):
        outer, inner = _bracketed(known)
        for alias in (outer, *inner):
            lang = "ar" if _is_arabic(alias) else None
            record.add_name(alias, ALIAS if record.names else PRIMARY, lang=lang)
    if not record.names:
        raise SourceError(path, f"row {ref!r} has no name", f"line {line}")

    record.nationalities.extend(_countries(get("nationality")))
    dob = _date(get("dob"))
    if dob:
        record.birth_dates.append(dob)
    if get("pob"):
        record.birth_places.append(get("pob"))

    street, city, country = get("street"), get("city"), get("country")
    if street or city or country:
        mapped = country_name(country) if country else None
        record.addresses.append(
            Address(text=", ".join(p for p in (street, city, country) if p), country=mapped)
        )
        if mapped and mapped not in record.countries:
            record.countries.append(mapped)

    record.identifiers.extend(_identifiers(get))

    other = get("other")
    if other:
        record.remarks.append(other)
        for pattern in (_RESOLUTION, _RESOLUTION_EN):
            for match in pattern.finditer(other):
                record.programmes.append(match.group(1))
                record.listed_on.append(match.group(3))
    return record


def _is_arabic(value: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in value)


def _identifiers(get: Callable[[str], str]) -> list[Identifier]:
    number_cell = get("doc_number")
    if not number_cell:
        return []
    doc_type = _doc_type(get("doc_type")) if get("doc_type") else "document"
    issuer = get("doc_issuer")
    notes = []
    issued, expires = _date(get("doc_issued")), _date(get("doc_expires"))
    if issued:
        notes.append(f"issued {issued}")
    if expires:
        notes.append(f"expires {expires}")
    note = "; ".join(notes) or None
    found: list[Identifier] = []
    # "تركي رقم: U24171753 إماراتي رقم: NZ9Y56591": one "<nationality> no.: <number>" each.
    pieces = re.split(r"(?<=\w)\s+(?=\S+\s+رقم\s*:)", number_cell)
    for piece in pieces:
        match = re.fullmatch(r"(.+?)\s*رقم\s*:\s*(\S+)", piece.strip())
        if match:
            found.append(Identifier(type=doc_type, value=match.group(2),
                                    country=country_name(match.group(1)), note=note))
    if found:
        return found
    country = country_name(issuer) if issuer else None
    if country is None and "جواز" in get("doc_type"):
        adjective = get("doc_type").split()[-1]
        country = COUNTRIES.get(adjective)
    return [Identifier(type=doc_type, value=number_cell, country=country, note=note)]
