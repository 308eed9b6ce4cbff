"""Canada, Special Economic Measures Act consolidated list, XML (``sema-lmes.xml``).

The file is a flat ``<data-set>`` of ``<record>`` elements, one per listing, with no
header and no publication date (``published`` is None). Two schemas are in use:

- older (to ~2021): ``Country``, ``LastName`` + ``GivenName`` (persons) or ``Entity``,
  ``Aliases``, ``Title``, ``DateOfBirth``, ``Schedule``, ``Item``;
- newer: ``Country``, ``LastName`` + ``GivenName`` or ``EntityOrShip``, ``Aliases``,
  ``TitleOrShip`` (a person's title, or a ship's type), ``ShipIMONumber``,
  ``DateOfBirthOrShipBuildDate``, ``Schedule``, ``Item``, ``DateOfListing``.

``Country`` names the regime, bilingual (``Belarus / Bélarus``, ``Justice for Victims
of Corrupt Foreign Officials Regulations (JVCFOR) / Règlement ...``, ``Hamas Terrorist
Attacks / Attaques terroristes du Hamas``); it becomes the programme as written, and
the country of the record when it names a country.

Reference: ``<regime>/<schedule part>/<item>``, built from the list's own fields so it
is unique in a release and stable across releases although Canada rewrote the
``Schedule`` column over the years (older ``1``/``2``, newer ``1, Part 1`` or
``Part 2``; ``N/A`` or nothing for regimes without schedules) and renamed a regime
(``Burma`` -> ``Myanmar (Burma)``). The regime is the English part of ``Country``
(``Myanmar`` for Burma, the acronym for ``... (JVCFOR)``); the schedule part is left
out for Schedule 1, Part 1 (and for regimes without schedule), else ``Part 2``,
``Part 1.1``, ``Schedule 2``... A bare ``2`` is Part 2 in a regime that does not
write parts in that file, and Schedule 2 in one that does (Russia). Examples:
``Russia/38``, ``Russia/Part 2/98``, ``Russia/Schedule 1.1/5`` (a ship), ``JVCFOR/25``.

``Aliases`` packs several names in one string, separated by commas, semicolons,
`` or ``, `` / `` and language labels (``Belarusian: ...``, ``Russian: ...``,
``Arabic: ...``); :func:`split_aliases` splits it without breaking names that hold a
comma (``Co., Ltd.``, ``Банк Зенит, ПАО``, ``Министерство культуры, спорта и ...``).
English/French pairs (``Central Bank of Syria/Banque centrale de Syrie``) become two names.
Names introduced by a language label get the role ``original``; a one-word alias of a
person (a partial name such as ``ERYGIN`` or ``Alexei``) gets ``weak``. An entity name
that carries other names (``Dux JSC (also known as Duks)``) is split into its primary
name and aliases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from singlelist.model import ALIAS, ORIGINAL, PRIMARY, WEAK, Identifier, Parsed, Record, detect_script
from singlelist.sources._common import SourceError, iso_date, iterparse, local, release

FORMAT = "sema-xml"

_PERSON_FIELDS = ("LastName", "GivenName")
_ENTITY_FIELDS = ("Entity", "EntityOrShip")

# Regimes renamed between releases: the old English name -> the current one.
_REGIME_RENAMES = {"Burma": "Myanmar"}
# Regimes that are not countries (no country for the record).
_THEMATIC = re.compile(r"Regulations|Terroris|Violence|Justice|Attacks|Corrupt", re.I)

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# --- file level ------------------------------------------------------------------


def sniff(paths: list[Path]) -> bool:
    """One XML file whose root is ``<data-set>`` holding ``<record>`` with a ``<Country>``."""
    if len(paths) != 1:
        return False
    try:
        with open(paths[0], "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    return b"<data-set" in head and b"<record" in head and b"<Country>" in head


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = Path(paths[0])
    # First pass (streamed, small state): which regimes write "Part" in their schedules.
    uses_parts = _regimes_using_parts(path)
    return Parsed(published=None, records=_records(path, source_id, uses_parts))


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, {field: raw text})`` for each ``<record>``, streamed."""
    seen_root = False
    for _event, elem in iterparse(path, events=("start", "end")):
        if not seen_root:
            seen_root = True
            if local(elem) != "data-set":
                raise SourceError(path, f"not a SEMA list: root element <{local(elem)}>", elem.sourceline)
            continue
        if _event != "end" or local(elem) != "record":
            continue
        fields: dict[str, str] = {}
        for child in elem:
            name = local(child)
            if not name:
                continue
            value = child.text or ""
            if name in fields:  # never seen in real files; keep every value
                fields[name] = f"{fields[name]}\n{value}"
            else:
                fields[name] = value
        line = elem.sourceline
        release(elem)
        yield line, fields
    if not seen_root:
        raise SourceError(path, "no XML root element", 1)


def _regimes_using_parts(path: Path) -> set[str]:
    found: set[str] = set()
    for _line, fields in _rows(path):
        if re.search(r"\bPart\b", fields.get("Schedule") or "", re.I):
            found.add(regime_key(fields.get("Country") or ""))
    return found


# --- references ------------------------------------------------------------------


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def regime_key(country: str) -> str:
    """The short English name of a regime: ``Belarus / Bélarus`` -> ``Belarus``,
    ``Myanmar (Burma) / ...`` -> ``Myanmar``, ``... Regulations (JVCFOR) / ...`` -> ``JVCFOR``."""
    english = _clean(country).split(" / ")[0].strip()
    acronym = re.search(r"\(([A-Z]{3,})\)$", english)
    if acronym:
        return acronym.group(1)
    english = re.sub(r"\s*\([^)]*\)$", "", english).strip()
    return _REGIME_RENAMES.get(english, english)


def schedule_key(schedule: str | None, regime_uses_parts: bool) -> str:
    """The canonical schedule part of a reference ('' for Schedule 1, Part 1 or none)."""
    value = _clean(schedule)
    if not value or value.upper() in ("N/A", "NA", "-"):
        return ""
    match = re.fullmatch(r"(?:Schedule\s*)?(?:(\d+(?:\.\d+)?)\s*,\s*)?Part\s*(\d+(?:\.\d+)?)", value, re.I)
    if match:
        sched, part = match.group(1) or "1", match.group(2)
        if sched == "1":
            return "" if part == "1" else f"Part {part}"
        return f"Schedule {sched}, Part {part}"
    match = re.fullmatch(r"(?:Schedule\s*)?(\d+(?:\.\d+)?)", value, re.I)
    if match:
        number = match.group(1)
        if number == "1":
            return ""
        return f"Schedule {number}" if regime_uses_parts else f"Part {number}"
    return value  # an unknown wording: kept as written


def make_ref(fields: dict[str, str], uses_parts: set[str]) -> str:
    regime = regime_key(fields.get("Country") or "")
    schedule = schedule_key(fields.get("Schedule"), regime in uses_parts)
    item = _clean(fields.get("Item"))
    return "/".join(part for part in (regime, schedule, item) if part)


# --- aliases ---------------------------------------------------------------------

_LANGS = {
    "belarusian": "be", "belarussian": "be", "russian": "ru", "ukrainian": "uk",
    "arabic": "ar", "persian": "fa", "farsi": "fa", "chinese": "zh", "hebrew": "he",
    "armenian": "hy",
}
_LANG_LABEL = re.compile(r"[\s,;]*\b(" + "|".join(_LANGS) + r")\s*:\s*", re.I)
_LEGAL_FORMS = {
    "ltd", "limited", "inc", "llc", "lp", "llp", "jsc", "pjsc", "ojsc", "cjsc", "co", "corp",
    "plc", "gmbh", "sa", "ag", "bv", "nv", "pte", "ptelimited", "pteltd", "coltd", "fsue", "ao",
    "oao", "ooo", "zao", "pao", "sao", "ооо", "оао", "зао", "пао", "ао", "сао", "фгуп", "ано",
    "мк", "нп", "некоммерческоепартнерство",
}
_OPEN, _CLOSE = "([«", ")]»"


def _is_legal_form(piece: str) -> bool:
    return re.sub(r"[\s.]", "", piece).casefold() in _LEGAL_FORMS


def bilingual(name: str) -> tuple[str, str | None]:
    """``Central Bank of Syria/Banque centrale de Syrie`` -> the English and French names.

    Only one slash outside brackets, with several words on each side, splits a name
    (``MEC Steel Mills (Hmaw Bi/Pyi/Ywama)`` and ``Eslami/GRI`` stay whole)."""
    depth, slashes = 0, []
    for i, char in enumerate(name):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == "/" and depth == 0:
            slashes.append(i)
    if len(slashes) == 1:
        left, right = name[: slashes[0]].strip(), name[slashes[0] + 1:].strip()
        if len(left.split()) > 1 and len(right.split()) > 1:
            return left, right
    return name, None


def _split_commas(text: str) -> list[str]:
    """Split at commas outside brackets, keeping legal forms (``Co., Ltd.``,
    ``Банк Зенит, ПАО``) and lower-case continuations in a non-Latin script
    (``..., соотечественников, ...``) with their name."""
    raw: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            raw.append(text[start:i])
            start = i + 1
    raw.append(text[start:])
    pieces: list[str] = []
    pending_prefix = ""
    for piece in (p.strip() for p in raw):
        if not piece:
            continue
        if pending_prefix:
            piece, pending_prefix = f"{pending_prefix}, {piece}", ""
        continuation = piece[0].islower() and detect_script(piece.split()[0]) != "Latin"
        if pieces and (_is_legal_form(piece) or continuation):
            pieces[-1] = f"{pieces[-1]}, {piece}"
        elif not pieces and _is_legal_form(piece):
            pending_prefix = piece
        else:
            pieces.append(piece)
    if pending_prefix:
        pieces.append(pending_prefix)
    return pieces


_QUOTES = "\"“”„"


def _tidy(piece: str) -> str:
    """Strip separators, connectives and orphan quotes left by splitting."""
    piece = piece.strip(" \t,;:")
    piece = re.sub(r"^(?:and|or|et)\s+", "", piece)
    if len(piece) > 1 and piece[0] in _QUOTES and piece[1].isspace():
        piece = piece[1:].strip()
    if len(piece) > 1 and piece[-1] in _QUOTES and piece[-2].isspace():
        piece = piece[:-1].strip()
    quotes = sum(piece.count(q) for q in _QUOTES)
    if quotes == 2 and len(piece) > 2 and piece[0] in _QUOTES and piece[-1] in _QUOTES:
        piece = piece[1:-1].strip()
    if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
        piece = piece[1:-1].strip()
    return piece


# an entity name carrying its other names (``Dux JSC (also known as Duks)``; the list
# leaves some brackets unclosed)
_ALSO_KNOWN_AS = re.compile(r"^(.+?)\s*\(\s*(?:also known as|a\.?k\.?a\.?)\s+(.+?)\)?$", re.I)


def also_known_as(name: str) -> tuple[str, list[str]]:
    """``Dux JSC (also known as Duks)`` -> the name and the names it carries, an
    enumeration split (``A, B and C``; a lone ``and`` may be part of a name: ``Life and
    Challenge Co. Ltd.``)."""
    match = _ALSO_KNOWN_AS.match(name)
    if not match:
        return name, []
    carried = [value for value, _role, _lang in split_aliases(match.group(2))]
    if len(carried) > 1 and " and " in carried[-1]:
        carried[-1:] = carried[-1].rsplit(" and ", 1)
    return match.group(1).strip(" ,;"), carried


def split_aliases(text: str | None, person: bool = False) -> list[tuple[str, str, str | None]]:
    """``(name, role, lang)`` for each name packed in an ``Aliases`` value."""
    if not text:
        return []
    text = " ".join(text.replace("\u202f", " ").split())
    chunks = _LANG_LABEL.split(text)
    # chunks: [unlabelled, label, text, label, text, ...]
    labelled: list[tuple[str, str | None]] = [(chunks[0], None)]
    for i in range(1, len(chunks), 2):
        labelled.append((chunks[i + 1], _LANGS[chunks[i].casefold()]))
    out: list[tuple[str, str, str | None]] = []
    for chunk, lang in labelled:
        for part in chunk.split(";"):
            for variant in re.split(r"\s+or\s+|\s+/\s+", part):
                for piece in _split_commas(variant):
                    for name in bilingual(_tidy(piece)):
                        name = _tidy(name or "")
                        if not name or not any(c.isalnum() for c in name):
                            continue
                        if lang:
                            role = ORIGINAL
                        elif person and len(name.split()) == 1:
                            role = WEAK
                        else:
                            role = ALIAS
                        out.append((name, role, lang))
    return out


# --- records ---------------------------------------------------------------------


def _dates(value: str | None) -> tuple[list[str], str | None]:
    """ISO dates in a date cell (``1972-08-10 or 1972-08-11``, ``1963-1964``) and the
    text when it is not a date (``born in the early 1970s``)."""
    value = _clean(value)
    if not value:
        return [], None
    found: list[str] = []
    for piece in re.split(r"\s+or\s+", value, flags=re.I):
        span = re.fullmatch(r"(\d{4})-(\d{4})", piece)
        candidates = list(span.groups()) if span else [piece]
        for candidate in candidates:
            iso = iso_date(candidate)
            if iso and _ISO.fullmatch(iso):
                found.append(iso)
            else:
                return [], value
    return found, None


def _records(path: Path, source_id: str, uses_parts: set[str]) -> Iterator[Record]:
    seen: dict[str, int] = {}
    for line, fields in _rows(path):
        yield _record(path, line, fields, source_id, uses_parts, seen)


def _record(
    path: Path, line: int, fields: dict[str, str], source_id: str, uses_parts: set[str],
    seen: dict[str, int],
) -> Record:
    country = _clean(fields.get("Country"))
    if not country or not _clean(fields.get("Item")):
        raise SourceError(path, "record without Country or Item", line)
    ref = make_ref(fields, uses_parts)
    if ref in seen:
        raise SourceError(path, f"duplicate reference {ref!r} (first at line {seen[ref]})", line)
    seen[ref] = line
    is_person = any(_clean(fields.get(f)) for f in _PERSON_FIELDS)
    title = _clean(fields.get("TitleOrShip") or fields.get("Title"))
    imo = _clean(fields.get("ShipIMONumber"))
    if is_person:
        kind = "person"
    elif imo or title:
        kind = "aircraft" if re.search(r"aircraft|airplane|aeroplane", title, re.I) else "vessel"
    else:
        kind = "organisation"
    record = Record(source=source_id, ref=ref, kind=kind, raw=dict(fields))
    record.programmes.append(country)
    if not _THEMATIC.search(country):
        record.countries.append(regime_key(country))

    if is_person:
        given = _clean(fields.get("GivenName"))
        last = _clean(fields.get("LastName"))
        parts = {k: v for k, v in (("given_name", given), ("last_name", last)) if v}
        record.add_name(" ".join(p for p in (given, last) if p), PRIMARY, parts=parts)
    else:
        name = _clean(fields.get("EntityOrShip") or fields.get("Entity")).strip(" ,;")
        if not name:
            raise SourceError(path, "record without a name", line)
        name, carried = also_known_as(name)
        english, french = bilingual(name)
        record.add_name(english, PRIMARY)
        if french:
            record.add_name(french, ALIAS, lang="fr")
        for value in carried:
            record.add_name(value, ALIAS)
    for value, role, lang in split_aliases(fields.get("Aliases"), person=is_person):
        record.add_name(value, role, lang=lang)

    listed = iso_date(_clean(fields.get("DateOfListing")))
    if listed:
        record.listed_on.append(listed)
    dates, odd = _dates(fields.get("DateOfBirthOrShipBuildDate") or fields.get("DateOfBirth"))
    if kind == "person":
        record.birth_dates.extend(dates)
        if odd:
            record.remarks.append(f"Date of birth: {odd}")
        if title:
            record.remarks.append(f"Title: {title}")
    else:
        built = odd or ", ".join(dates)
        if built:
            record.remarks.append(f"Build date: {built}")
        if title:
            record.remarks.append(f"Type: {title}")
    if imo:
        record.identifiers.append(Identifier(type="IMO", value=imo))
    schedule = _clean(fields.get("Schedule"))
    if schedule and schedule.upper() != "N/A":
        label = f"Schedule {schedule}" if schedule[0].isdigit() else schedule
        record.remarks.append(f"{label}, item {_clean(fields.get('Item'))}")
    return record
