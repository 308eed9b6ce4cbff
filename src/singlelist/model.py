"""The record model: one listing of one subject on one published list.

Parsers produce :class:`Record` objects; the store keeps them as JSON (``Record.to_dict``)
and gives them back (``Record.from_dict``). Every field keeps the vocabulary below, so
that the single list, screening and exports read records without knowing their source.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

KINDS = ("person", "organisation", "vessel", "aircraft", "other")

# Name roles, strongest first.
PRIMARY = "primary"
ALIAS = "alias"  # a strong / good-quality a.k.a.
WEAK = "weak"  # a low-quality a.k.a. (OFAC "weak", UN "Low" quality)
FORMER = "former"  # f.k.a. / former name
ORIGINAL = "original"  # the name in its original script, as marked by the list
NAME_ROLES = (PRIMARY, ALIAS, WEAK, FORMER, ORIGINAL)

TOPIC_TERRORISM = "terrorism"
TOPIC_SANCTIONS = "sanctions"

_SCRIPT_PREFIXES = (
    ("LATIN", "Latin"),
    ("ARABIC", "Arabic"),
    ("CYRILLIC", "Cyrillic"),
    ("GREEK", "Greek"),
    ("HEBREW", "Hebrew"),
    ("CJK", "Han"),
    ("HIRAGANA", "Japanese"),
    ("KATAKANA", "Japanese"),
    ("HANGUL", "Hangul"),
    ("DEVANAGARI", "Devanagari"),
    ("THAI", "Thai"),
    ("GEORGIAN", "Georgian"),
    ("ARMENIAN", "Armenian"),
    ("ETHIOPIC", "Ethiopic"),
    ("BENGALI", "Bengali"),
    ("TAMIL", "Tamil"),
    ("MYANMAR", "Myanmar"),
    ("KHMER", "Khmer"),
    ("SYRIAC", "Syriac"),
    ("THAANA", "Thaana"),
    ("GURMUKHI", "Gurmukhi"),
)


def detect_script(text: str) -> str:
    """The dominant writing system of ``text`` ("Latin", "Arabic", "Cyrillic", ...)."""
    if text.isascii():
        return "Latin"
    return _detect_script(text)


@lru_cache(maxsize=65536)
def _detect_script(text: str) -> str:
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for prefix, script in _SCRIPT_PREFIXES:
            if name.startswith(prefix):
                counts[script] = counts.get(script, 0) + 1
                break
        else:
            counts["Other"] = counts.get("Other", 0) + 1
    if not counts:
        return "Latin"
    return max(counts.items(), key=lambda item: item[1])[0]


@dataclass
class Name:
    """One name of a subject, with its role on the list and its script."""

    value: str
    role: str = PRIMARY
    script: str = ""
    lang: str | None = None
    # For persons, where the list gives them: name parts in the list's own fields.
    parts: dict[str, str] | None = None

    def __post_init__(self) -> None:
        self.value = " ".join(self.value.split())
        if not self.script:
            self.script = detect_script(self.value)


@dataclass
class Address:
    """A postal address as given by the list (free text plus a country where known)."""

    text: str = ""
    country: str | None = None
    note: str | None = None


@dataclass
class Identifier:
    """An identity document or other identifier (passport, national id, IMO number...)."""

    type: str
    value: str
    country: str | None = None
    note: str | None = None


@dataclass
class CrossRef:
    """A reference to a listing on another list cited by this record.

    ``source`` is a catalog source id when the reference can be attributed
    (``un-sc`` for ``QDe.137``), else ``None``. ``relation`` says what the citation
    means: ``same`` (this record *is* that listing, e.g. "UN Ref. QDe.137" in a UK row)
    or ``associated`` (e.g. "Associated with Al-Qaida (QDe.004)").
    """

    ref: str
    source: str | None = None
    relation: str = "same"
    text: str | None = None


@dataclass
class Record:
    """One listing of one subject on one list, as the list itself publishes it."""

    source: str
    ref: str
    kind: str
    names: list[Name] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    listed_on: list[str] = field(default_factory=list)  # ISO dates (YYYY, YYYY-MM or full)
    updated_on: str | None = None
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    xrefs: list[CrossRef] = field(default_factory=list)
    gender: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} for {self.source}:{self.ref}")

    @property
    def key(self) -> str:
        """The identity of this listing across snapshots: ``source:ref``."""
        return f"{self.source}:{self.ref}"

    @property
    def name(self) -> str:
        """The primary name (first name of role ``primary``, else the first name)."""
        for name in self.names:
            if name.role == PRIMARY:
                return name.value
        return self.names[0].value if self.names else self.ref

    def add_name(self, value: str | None, role: str = ALIAS, **kwargs: Any) -> None:
        """Add a name unless it is empty or already present (same value, any role)."""
        if not value:
            return
        value = " ".join(value.split())
        if not value:
            return
        folded = value.casefold()
        for existing in self.names:
            if existing.value.casefold() == folded:
                return
        self.names.append(Name(value, role, **kwargs))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (like ``dataclasses.asdict``, without deep-copying ``raw``)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("names", "addresses", "identifiers", "xrefs"):
            data[name] = [vars(item).copy() for item in data[name]]
        for name in ("programmes", "listed_on", "topics", "countries", "nationalities",
                     "birth_dates", "birth_places", "remarks"):
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        data = dict(data)
        data["names"] = [Name(**n) for n in data.get("names", [])]
        data["addresses"] = [Address(**a) for a in data.get("addresses", [])]
        data["identifiers"] = [Identifier(**i) for i in data.get("identifiers", [])]
        data["xrefs"] = [CrossRef(**x) for x in data.get("xrefs", [])]
        return cls(**data)


@dataclass
class Parsed:
    """What a parser returns: the list's publication date and its records.

    ``records`` may be a generator: the loader consumes it once, inside the load's
    transaction, so a parse error half way leaves the store untouched.
    """

    published: str | None
    records: Any  # Iterable[Record]
    format: str = ""
