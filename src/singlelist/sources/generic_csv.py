"""Generic CSV: any list typed or exported into one documented layout (format ``generic-csv``).

For lists that have no parser of their own, e.g. a national proscribed-organisations
list published only as a web page. Load it with
``singlelist load SOURCE_ID FILE.csv --format csv --authority "Who publishes it"``.

Layout (the same text is in ``docs/generic-csv.md``):

- UTF-8 (a byte-order mark is allowed), comma-separated, RFC 4180 quoting
  (``"Name, with comma"``); the first row is the header; header names are matched
  case-insensitively and surrounding spaces are ignored; columns may come in any order;
  unknown columns are ignored (but kept in ``raw``).
- One row per listed subject. Rows with the same ``ref`` are merged into one record
  (the first row's ``name`` is the primary name, other rows' names become aliases).
- Cells marked *list* hold several values separated by ``;``.

=================  ========  =========================================================
column             required  meaning
=================  ========  =========================================================
``ref``            yes       the list's own reference for the subject (stable id)
``name``           yes       the primary name
``kind``                     ``person``, ``organisation`` (default), ``vessel``,
                             ``aircraft`` or ``other`` (also ``individual``,
                             ``entity``, ``organization``, ``group``, ``ship``)
``aliases``                  list: strong a.k.a. names
``weak_aliases``             list: low-quality a.k.a. names
``former_names``             list: f.k.a. names
``programmes``               list: programmes / regimes / legal bases
``listed_on``                list: listing dates (``YYYY-MM-DD``, ``YYYY-MM``,
                             ``YYYY``, ``DD/MM/YYYY``, ``DD.MM.YYYY``, ``1 May 2020``)
``countries``                list: countries associated with the subject
``nationalities``            list: nationalities (persons)
``birth_dates``              list: dates of birth (persons), as ``listed_on``
``remarks``                  free text; UN references cited in it (``QDe.115``)
                             become cross-references
``topic``                    ``terrorism`` or ``sanctions``; empty = the topic given
                             to the source at load time (``--topic``)
``un_ref``                   list: the UN Security Council reference(s) of the same
                             listing (``QDe.115``) -> cross-reference ``same``
=================  ========  =========================================================

Errors name the file and the place: a missing ``ref`` or ``name`` column, an empty
``ref`` or ``name`` in a row, an unknown ``kind`` or ``topic``, rows of one ``ref``
that disagree on ``kind`` or ``topic``, a broken encoding.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from singlelist.model import (
    ALIAS,
    FORMER,
    KINDS,
    PRIMARY,
    TOPIC_SANCTIONS,
    TOPIC_TERRORISM,
    WEAK,
    CrossRef,
    Parsed,
    Record,
)
from singlelist.sources._common import (
    UN_REF_PATTERN,
    SourceError,
    cited_un_refs,
    iso_date,
    split_semicolons,
)
from singlelist.sources.uae_csv import read_utf8  # BOM-aware; see its docstring

FORMAT = "generic-csv"

REQUIRED = ("ref", "name")
COLUMNS = (
    "ref", "name", "kind", "aliases", "weak_aliases", "former_names", "programmes", "listed_on",
    "countries", "nationalities", "birth_dates", "remarks", "topic", "un_ref",
)
KIND_WORDS = {
    "person": "person", "individual": "person", "people": "person",
    "organisation": "organisation", "organization": "organisation", "entity": "organisation",
    "group": "organisation", "company": "organisation", "org": "organisation",
    "vessel": "vessel", "ship": "vessel", "aircraft": "aircraft", "airplane": "aircraft",
    "other": "other",
}
TOPICS = {TOPIC_TERRORISM: TOPIC_TERRORISM, TOPIC_SANCTIONS: TOPIC_SANCTIONS,
          "terrorist": TOPIC_TERRORISM, "sanction": TOPIC_SANCTIONS}


def sniff(paths: list[Path]) -> bool:
    """One ``.csv`` file whose header row has ``ref`` and ``name`` columns."""
    if len(paths) != 1 or paths[0].suffix.lower() != ".csv":
        return False
    try:
        with open(paths[0], "rb") as handle:
            head = handle.read(8192).decode("utf-8-sig", errors="ignore")
    except OSError:
        return False
    first = head.splitlines()[0] if head.strip() else ""
    try:
        header = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    names = {cell.strip().casefold() for cell in header}
    return all(column in names for column in REQUIRED)


def parse(paths: list[Path], source_id: str) -> Parsed:
    records: dict[str, Record] = {}
    for path in paths:
        _read(Path(path), source_id, records)
    return Parsed(published=None, records=list(records.values()))


def _read(path: Path, source_id: str, records: dict[str, Record]) -> None:
    text = read_utf8(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (csv.Error, StopIteration):
        raise SourceError(path, "no header row", "line 1") from None
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = cell.strip().casefold()
        if not name:
            continue
        if name in columns:
            raise SourceError(path, f"column {name!r} appears twice in the header", "line 1")
        columns[name] = index
    for column in REQUIRED:
        if column not in columns:
            raise SourceError(path, f"missing required column {column!r}", "line 1")
    origin: dict[str, str] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values = {
                name: row[index].strip() if index < len(row) else ""
                for name, index in columns.items()
            }
            _merge_row(path, f"line {line}", values, source_id, records, origin)
    except csv.Error as exc:
        raise SourceError(path, f"broken CSV: {exc}", f"line {reader.line_num}") from None


def _merge_row(
    path: Path, place: str, values: dict[str, str], source_id: str,
    records: dict[str, Record], origin: dict[str, str],
) -> None:
    ref, name = values.get("ref", ""), values.get("name", "")
    if not ref:
        raise SourceError(path, "empty 'ref'", place)
    if not name:
        raise SourceError(path, f"empty 'name' for ref {ref!r}", place)
    kind_text = values.get("kind", "").casefold()
    kind = KIND_WORDS.get(kind_text or "organisation")
    if kind is None or kind not in KINDS:
        raise SourceError(path, f"unknown kind {values['kind']!r} (use one of {', '.join(KINDS)})", place)
    topic_text = values.get("topic", "").casefold()
    topic = TOPICS.get(topic_text) if topic_text else None
    if topic_text and topic is None:
        raise SourceError(path, f"unknown topic {values['topic']!r} (use terrorism or sanctions)", place)

    record = records.get(ref)
    if record is None:
        record = Record(source=source_id, ref=ref, kind=kind, raw=dict(values))
        records[ref] = record
        origin[ref] = place
        record.add_name(name, PRIMARY)
    else:
        if record.kind != kind and values.get("kind"):
            raise SourceError(
                path, f"ref {ref!r} is {record.kind} at {origin[ref]} but {kind} here", place
            )
        rows: list[dict[str, Any]] = record.raw.get("rows") or [record.raw]
        record.raw = {"rows": [*rows, dict(values)]}
        record.add_name(name, ALIAS)
    if topic:
        if record.topics and record.topics != [topic]:
            raise SourceError(
                path, f"ref {ref!r} has topic {record.topics[0]} at {origin[ref]} but {topic} here", place
            )
        record.topics = [topic]

    for column, role in (("aliases", ALIAS), ("weak_aliases", WEAK), ("former_names", FORMER)):
        for alias in split_semicolons(values.get(column)):
            record.add_name(alias, role)
    _extend(record.programmes, split_semicolons(values.get("programmes")))
    _extend(record.countries, split_semicolons(values.get("countries")))
    _extend(record.nationalities, split_semicolons(values.get("nationalities")))
    _extend(record.listed_on, [iso_date(v) or v for v in split_semicolons(values.get("listed_on"))])
    _extend(record.birth_dates, [iso_date(v) or v for v in split_semicolons(values.get("birth_dates"))])
    remarks = values.get("remarks", "")
    if remarks and remarks not in record.remarks:
        record.remarks.append(remarks)
    known = {x.ref for x in record.xrefs}
    for un_ref in split_semicolons(values.get("un_ref")):
        match = UN_REF_PATTERN.search(un_ref)
        ref_value = f"{match.group(1)}.{match.group(2)}" if match else un_ref
        if ref_value not in known:
            record.xrefs.append(CrossRef(ref=ref_value, source="un-sc", relation="same", text=un_ref))
            known.add(ref_value)
    for xref in cited_un_refs(remarks):
        if xref.ref not in known:
            record.xrefs.append(xref)
            known.add(xref.ref)


def _extend(target: list[str], values: list[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)
