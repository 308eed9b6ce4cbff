"""Helpers shared by the parsers: errors that name the place, safe XML, dates, UN refs.

Nothing here touches the network or the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from singlelist.model import CrossRef


class SourceError(Exception):
    """A file that cannot be read as the source it claims to be.

    ``str(error)`` is one line naming the file and the place: ``file:place: message``.
    """

    def __init__(self, path: Path | str, message: str, place: str | int | None = None):
        self.path = str(path)
        self.place = place
        self.message = message
        where = f"{self.path}:{place}" if place not in (None, "") else self.path
        super().__init__(f"{where}: {message}")


# --- XML -------------------------------------------------------------------------

_DTD_PATTERN = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_xml_safe(path: Path, head_bytes: int = 65536) -> None:
    """Refuse XML that declares a DTD or entities (XXE, entity-expansion bombs).

    Official lists never need a DTD; refusing it outright is simpler and safer than
    trying to resolve it harmlessly.
    """
    with open(path, "rb") as handle:
        head = handle.read(head_bytes)
    if not head.strip():
        raise SourceError(path, "empty file", 1)
    match = _DTD_PATTERN.search(head)
    if match:
        line = head[: match.start()].count(b"\n") + 1
        raise SourceError(path, "XML with a DTD or entity declaration is refused", line)


def sniff_xml_root(paths: list[Path], root_pattern: re.Pattern[bytes]) -> bool:
    """True when one of ``paths`` is XML whose first 64 KiB match ``root_pattern`` (the
    root element of a format), or is an empty ``.xml`` file (so that the error says
    "empty file" rather than "unknown format"). Cheap, and never raises: for ``sniff``."""
    for path in paths:
        try:
            with open(path, "rb") as handle:
                head = handle.read(65536)
        except OSError:
            continue
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not body:
            if Path(path).suffix.lower() == ".xml":
                return True
            continue
        if body.startswith(b"<") and root_pattern.search(head):
            return True
    return False


def iterparse(
    path: Path, tags: tuple[str, ...] | str | None = None, events: tuple[str, ...] = ("end",)
) -> Iterator[tuple[str, etree._Element]]:
    """Stream ``(event, element)`` pairs from an XML file, safely.

    Entities are never resolved, no network is used, and syntax errors become a
    :class:`SourceError` with the line number. Callers should ``elem.clear()`` elements
    they are done with to keep memory bounded.
    """
    check_xml_safe(path)
    context = etree.iterparse(
        str(path),
        events=events,
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    try:
        yield from context
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise SourceError(path, f"malformed XML: {exc.msg}", line) from None


def release(elem: etree._Element) -> None:
    """Free a streamed element and the siblings parsed before it (bounded memory)."""
    elem.clear()
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def root_tag(path: Path) -> tuple[str, str]:
    """``(namespace, local name)`` of the root element, reading as little as possible."""
    for _event, elem in iterparse(path, events=("start",)):
        qname = etree.QName(elem)
        return qname.namespace or "", qname.localname
    raise SourceError(path, "no XML root element", 1)


def local(elem: etree._Element) -> str:
    """The tag of ``elem`` without its namespace."""
    tag = elem.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def text(elem: etree._Element | None) -> str | None:
    """Stripped text of ``elem`` or None when empty/missing."""
    if elem is None or elem.text is None:
        return None
    value = " ".join(elem.text.split())
    return value or None


# --- text files ------------------------------------------------------------------


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """Decode a whole text file; a broken encoding is a :class:`SourceError` naming the line."""
    data = Path(path).read_bytes()
    if not data.strip():
        raise SourceError(path, "empty file", 1)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            path, f"not valid {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}", line
        ) from None


# --- dates -----------------------------------------------------------------------

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d", "%b %d, %Y")


def iso_date(value: str | date | datetime | None) -> str | None:
    """Normalise a date as lists write it to ISO (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    Unknown parts written as zeros (``00/00/1980``) give a partial date. Returns None
    for empty values and the stripped input when it is not a recognisable date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _iso_date_text(value)


@lru_cache(maxsize=65536)
def _iso_date_text(value: str) -> str | None:
    value = value.strip()
    if not value or value in ("-0-", "00/00/0000"):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
        return value[:10]
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if month == 0:
            return f"{year:04d}"
        if day == 0:
            return f"{year:04d}-{month:02d}"
    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        return value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return value


# --- cross-references ------------------------------------------------------------

UN_REF_PATTERN = re.compile(r"\b([A-Z]{2}[ie])\.\s?(\d{3})\b")
_UN_REF_CITED_AS_SAME = re.compile(r"UN\s*Ref(?:erence)?\.?\s*(?:No\.?|number)?\s*:?\s*$", re.I)


def un_refs(text_value: str | None, relation: str = "same") -> list[CrossRef]:
    """UN Security Council references (``QDe.137``) cited in free text."""
    if not text_value:
        return []
    found: list[CrossRef] = []
    seen: set[str] = set()
    for match in UN_REF_PATTERN.finditer(text_value):
        ref = f"{match.group(1)}.{match.group(2)}"
        if ref in seen:
            continue
        seen.add(ref)
        found.append(CrossRef(ref=ref, source="un-sc", relation=relation, text=text_value[
            max(0, match.start() - 40): match.end() + 10].strip()))
    return found


def cited_un_refs(text_value: str | None) -> list[CrossRef]:
    """UN refs in a remark, telling "UN Ref QDe.137" (the same listing) from mentions of
    other listings (``Associated with Al-Qaida (QDe.004)``)."""
    refs = un_refs(text_value)
    for ref in refs:
        before = (text_value or "")[: (text_value or "").find(ref.ref)]
        ref.relation = "same" if _UN_REF_CITED_AS_SAME.search(before[-30:]) else "associated"
    return refs


def split_semicolons(value: str | None) -> list[str]:
    """Split a packed list ``a; b; c`` into stripped non-empty parts."""
    if not value:
        return []
    return [part.strip() for part in value.split(";") if part.strip()]
