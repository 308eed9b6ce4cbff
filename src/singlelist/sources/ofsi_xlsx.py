"""UK OFSI Consolidated List of Financial Sanctions Targets, 2022 format as .xlsx.

One sheet (``Data``): row 1 is ``Last Updated | 14/04/2025`` (the publication date),
row 2 the 36-column header (``Name 6, Name 1..5, Title, Name Non-Latin Script, ...,
Group ID``), then one row per alias x address x date of birth. Empty cells are omitted
from the sheet XML, so cells are placed by their reference (openpyxl read-only mode).
Rows are grouped by ``Group ID`` into one record (see ``_ofsi``). When the date row
is missing, the latest ``Last Updated`` of the rows is the publication date.
"""

from __future__ import annotations

from pathlib import Path

from singlelist.model import Parsed
from singlelist.sources import _ofsi
from singlelist.sources._common import SourceError
from singlelist.sources._tabular import cell_text, header_map, iter_rows, row_dict, xlsx_file, xlsx_head

FORMAT = "ofsi-xlsx"


def sniff(paths: list[Path]) -> bool:
    path = xlsx_file([Path(p) for p in paths])
    if path is None:
        return False
    head = xlsx_head(path)
    return b"Group ID" in head and b"Name 6" in head


def read_rows(path: Path) -> tuple[str | None, list[_ofsi.Row]]:
    """(date of the ``Last Updated`` row, the data rows as ``(place, cells)``)."""
    published = None
    columns: dict[str, int] | None = None
    rows: list[_ofsi.Row] = []
    for number, values in iter_rows(path):
        place = f"row {number}"
        if columns is None:
            texts = [cell_text(v) for v in values]
            if texts and (texts[0] or "").casefold() == "last updated":
                published = _ofsi.published_from(texts)
                continue
            columns = header_map(path, values, _ofsi.REQUIRED, place)
            continue
        row = row_dict(columns, values)
        if row:
            rows.append((place, row))
    if columns is None:
        raise SourceError(path, "no header row (empty sheet)", "row 1")
    if not rows:
        raise SourceError(path, "no data rows", "row 2")
    return published, rows


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = xlsx_file([Path(p) for p in paths])
    if path is None:
        raise SourceError(Path(paths[0]), "no .xlsx file in this snapshot")
    published, rows = read_rows(path)
    published = published or _ofsi.latest_update(rows)
    return Parsed(published=published, records=_ofsi.records(path, rows, source_id),
                  format=FORMAT)
