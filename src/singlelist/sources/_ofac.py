"""Helpers shared by the three OFAC parsers (CSV set, XML, advanced XML).

OFAC publishes the same data in several formats; these helpers make the formats give the
same record for the same listing: subject kinds, names in natural order, programme cells,
dates of birth as OFAC writes them, and the identifying details that the CSV files pack
into the Remarks cell. The label vocabulary is data, in ``ofac_labels.yml`` beside this
module.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from singlelist.model import WEAK, Identifier, Record
from singlelist.sources._common import cited_un_refs

LABELS_FILE = Path(__file__).with_name("ofac_labels.yml")

_KINDS = {
    "individual": "person",
    "entity": "organisation",
    "vessel": "vessel",
    "aircraft": "aircraft",
}

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# The longest span of years written out one by one for "DOB 1960 to 1962".
MAX_YEAR_SPAN = 10


def kind_of(sdn_type: str | None) -> str:
    """Record kind for OFAC's ``SDN_Type`` / ``sdnType`` (null -> organisation)."""
    value = (sdn_type or "").strip().lower()
    if value in ("", "-0-"):
        return "organisation"
    return _KINDS.get(value, "other")


def null(value: str | None) -> str | None:
    """None for OFAC's ``-0-`` nulls and blanks, else the value with spaces collapsed."""
    if value is None:
        return None
    value = " ".join(value.split())
    if not value or value == "-0-":
        return None
    return value


def split_programmes(cell: str | None) -> list[str]:
    """``"SDGT] [FTO"`` -> ``["SDGT", "FTO"]`` (OFAC packs programmes in one cell)."""
    value = null(cell)
    if not value:
        return []
    parts = re.split(r"\]\s*\[", value.strip("[] "))
    return [p.strip(" []") for p in parts if p.strip(" []")]


def natural_name(listed: str, person: bool) -> tuple[str, dict[str, str] | None]:
    """A name as OFAC lists it -> (value in natural order, parts).

    Individuals are listed ``LAST, First`` and come back as ``First LAST`` with the parts
    ``{"lastName": ..., "firstName": ...}``; other names are kept as written.
    """
    listed = " ".join(listed.split())
    if not person or ", " not in listed:
        return listed, None
    last, first = (p.strip() for p in listed.split(", ", 1))
    if not last or not first:
        return listed, None
    return f"{first} {last}", {"lastName": last, "firstName": first}


def join_name(first: str | None, last: str | None) -> str:
    """Natural order for names given in separate fields (``firstName`` ``lastName``)."""
    return " ".join(p for p in (first, last) if p)


def us_date(value: str | None) -> str | None:
    """``MM/DD/YYYY`` (OFAC's publish date) -> ISO, or None."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value or "")
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _one_date(text: str) -> tuple[date, date] | None:
    """``13 May 1965`` / ``May 1965`` / ``1965`` -> (first day, last day) it covers."""
    text = text.strip().rstrip(".")
    match = re.fullmatch(r"(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]* (\d{4})", text)
    if match:
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        if not month:
            return None
        try:
            if day:
                exact = date(int(year), month, int(day))
                return exact, exact
            first = date(int(year), month, 1)
        except ValueError:
            return None
        following = date(int(year) + (month == 12), month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    return None


def period_dates(start: date, end: date) -> list[str]:
    """ISO dates for a period OFAC gives as a birth date: one day, a month, a year or a
    span of years (written out year by year up to ``MAX_YEAR_SPAN``)."""
    if start == end:
        return [start.isoformat()]
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        if start.year == end.year and start.month == end.month:
            return [f"{start.year:04d}-{start.month:02d}"]
        if start.month == 1 and end.month == 12 and end.day == 31:
            if end.year - start.year < MAX_YEAR_SPAN:
                return [f"{y:04d}" for y in range(start.year, end.year + 1)]
            return [f"{start.year:04d}", f"{end.year:04d}"]
    return [start.isoformat(), end.isoformat()]


def parse_dob(text: str | None) -> list[str]:
    """A date of birth as OFAC writes it -> ISO dates.

    ``13 May 1965``, ``May 1965``, ``1965``, ``circa 1965``, ``1960 to 1962``,
    ``01 Jan 1960 to 31 Dec 1962``. Unrecognised text is returned as written.
    """
    value = null(text)
    if not value:
        return []
    value = re.sub(r"^(?:circa|approximately|approx\.)\s+", "", value, flags=re.I).rstrip(".")
    pieces = re.split(r"\s+to\s+", value)
    if len(pieces) == 2:
        first, last = _one_date(pieces[0]), _one_date(pieces[1])
        if first and last and first[0] <= last[1]:
            return period_dates(first[0], last[1])
    elif len(pieces) == 1:
        single = _one_date(value)
        if single:
            return period_dates(*single)
    return [value]


# --- identification labels ---------------------------------------------------------


@cache
def _labels() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = yaml.safe_load(LABELS_FILE.read_text("utf-8"))
    identifiers = sorted(data["identifiers"], key=len, reverse=True)
    alternatives = []
    for label in identifiers:
        if label.endswith(" *"):
            alternatives.append(re.escape(label[:-2]) + r" [A-Z0-9]+")
        else:
            alternatives.append(re.escape(label))
    pattern = re.compile(r"(?P<label>" + "|".join(alternatives) + r")(?=[\s:#]|$)[\s:#]*", re.I)
    information = tuple(label.casefold() for label in data["information"])
    return pattern, information


def is_information(label: str) -> bool:
    """True when ``label`` qualifies a listing rather than identifies its subject."""
    folded = " ".join(label.split()).casefold()
    return folded.startswith(_labels()[1])


_ID_VALUE = re.compile(
    r"(?P<value>.*?)"
    r"(?:\s*\((?P<country>[A-Za-z][^()]*)\))?"
    r"(?:,?\s+issued\s+(?P<issued>[^;]+?))?"
    r"(?:,?\s+expires\s+(?P<expires>[^;]+?))?\s*$",
    re.I,
)


def identifier(label: str, text: str, country: str | None = None, **dates: str | None) -> Identifier:
    """An :class:`Identifier` from a label and its value as OFAC writes them.

    Without a ``country``, one written after the value (``A123 (Iran)``) is taken from it.
    """
    if country is None and not any(dates.values()):
        parts = _ID_VALUE.fullmatch(text)
        if parts and parts.group("value") and parts.group("country"):
            text, country = parts.group("value").strip(" ,"), parts.group("country")
            dates = {"issued": parts.group("issued"), "expires": parts.group("expires")}
    note = "; ".join(f"{k} {v}" for k, v in dates.items() if v) or None
    return Identifier(type=label, value=text, country=country, note=note)


def identifier_from_item(item: str) -> Identifier | None:
    """``Passport A123 (Iran) issued 01 Jan 2000`` -> Identifier; None for other items."""
    pattern, _information = _labels()
    match = pattern.match(item)
    if not match:
        return None
    label = match.group("label")
    rest = item[match.end():].strip()
    if not rest:
        return None
    if re.match(r"[a-z]+\s", rest):
        return None  # prose such as "Passport issued in Sarajevo": not a number
    parts = _ID_VALUE.fullmatch(rest)
    if not parts or not parts.group("value"):
        return Identifier(type=label, value=rest)
    return identifier(
        label,
        parts.group("value").strip(" ,"),
        parts.group("country"),
        issued=parts.group("issued"),
        expires=parts.group("expires"),
    )


# --- remarks -----------------------------------------------------------------------

_WEAK_ALIAS = re.compile(r"(?P<type>[afn])\.k\.a\.,?\s+'(?P<name>.*)'", re.I)


def split_remarks(remarks: str) -> list[str]:
    """The items of a Remarks cell (``a; b; c.``), without the final full stop."""
    text = remarks.strip()
    if text.endswith("."):
        text = text[:-1]
    return [item.strip() for item in text.split(";") if item.strip()]


def apply_remarks(record: Record, remarks: str | None, person: bool) -> None:
    """Read the details OFAC packs in the Remarks cell into ``record``.

    Weak (low-quality) aliases ``a.k.a. 'X'`` (role ``weak``, also for the rare weak
    ``f.k.a.``/``n.k.a.``: OFAC's own XML marks them all category "weak"), DOB, POB,
    nationality/citizen, gender and identification numbers; the whole text is kept in
    ``record.remarks`` and UN references cited in it become ``xrefs``.
    """
    text = null(remarks)
    if not text:
        return
    record.remarks.append(text)
    record.xrefs.extend(cited_un_refs(text))
    for item in split_remarks(text):
        body = re.sub(r"^alt\.\s*", "", item, flags=re.I)
        weak = _WEAK_ALIAS.fullmatch(body)
        if weak:
            value, parts = natural_name(weak.group("name"), person)
            record.add_name(value, WEAK, parts=parts)
            continue
        match = re.match(r"(DOB|POB|nationality(?! of )|citizen|Gender)\b:?\s*(.*)", body, re.I)
        if match:
            key, value = match.group(1).lower(), match.group(2).strip()
            if not value:
                continue
            if key == "dob":
                for iso in parse_dob(value):
                    if iso not in record.birth_dates:
                        record.birth_dates.append(iso)
            elif key == "pob":
                if value not in record.birth_places:
                    record.birth_places.append(value)
            elif key in ("nationality", "citizen"):
                if value not in record.nationalities:
                    record.nationalities.append(value)
            elif key == "gender":
                record.gender = value.lower()
            continue
        ident = identifier_from_item(body)
        if ident is not None:
            add_identifier(record, ident)


def add_identifier(record: Record, ident: Identifier) -> None:
    """Append ``ident`` unless the record has one of the same type and value."""
    key = (ident.type.casefold(), ident.value.casefold())
    if all((i.type.casefold(), i.value.casefold()) != key for i in record.identifiers):
        record.identifiers.append(ident)
