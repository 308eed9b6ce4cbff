"""UK OFSI Consolidated List of Financial Sanctions Targets, CSV (``ConList.csv``).

The file starts with a ``Last Updated,13/04/2018`` line (the publication date; some
releases pad it with commas), then the header (``Name 6,Name 1,...,Group ID``; 29
columns before 2022, 36 in the 2022 format) and one row per alias x address x date of
birth. Releases up to 2022 are Windows-1252 (CRLF or LF); UTF-8 (with or without a
BOM) is read too. Rows are grouped by ``Group ID`` into one record (see ``_ofsi``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from singlelist.model import Parsed
from singlelist.sources import _ofsi
from singlelist.sources._common import SourceError

FORMAT = "ofsi-csv"


def _csv_file(paths: list[Path]) -> Path | None:
    return next((p for p in paths if p.suffix.lower() == ".csv"), None)


def sniff(paths: list[Path]) -> bool:
    path = _csv_file([Path(p) for p in paths])
    if path is None:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf")
    return b"Group ID" in head and b"Name 6" in head and b"Alias Type" in head


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (BOM or valid UTF-8) else Windows-1252; undecodable bytes (e.g. 0x81, 0x8D,
    0x8F, 0x90, 0x9D, which Windows-1252 leaves undefined) are a SourceError with the line."""
    if not data.strip():
        raise SourceError(path, "empty file", "line 1")
    encodings = ("utf-8-sig",) if data.startswith(b"\xef\xbb\xbf") else ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding != encodings[-1]:
                continue
            line = data[: exc.start].count(b"\n") + 1
            raise SourceError(
                path,
                f"not valid {'UTF-8' if encoding == 'utf-8-sig' else 'UTF-8 or Windows-1252'}: "
                f"byte 0x{data[exc.start]:02x} at offset {exc.start}",
                f"line {line}",
            ) from None
    raise AssertionError("unreachable")


def read_rows(path: Path) -> tuple[str | None, list[_ofsi.Row]]:
    """(date of the ``Last Updated`` line, the data rows as ``(place, cells)``)."""
    text = decode(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    published = None
    header: list[str] | None = None
    rows: list[_ofsi.Row] = []
    try:
        for cells in reader:
            place = f"line {reader.line_num}"
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                date = _ofsi.published_from(cells)
                if date is not None or (cells[0].strip().casefold() == "last updated"):
                    published = date
                    continue
                header = [" ".join(c.split()) for c in cells]
                while header and not header[-1]:
                    header.pop()
                _ofsi.check_header(path, header, place)
                continue
            if len(cells) < len(header) or any(c.strip() for c in cells[len(header) :]):
                raise SourceError(
                    path, f"row has {len(cells)} fields, the header {len(header)}", place
                )
            rows.append((place, {
                name: " ".join(value.split())
                for name, value in zip(header, cells, strict=False)
                if value.strip()
            }))
    except csv.Error as exc:
        raise SourceError(path, f"malformed CSV: {exc}", f"line {reader.line_num}") from None
    if header is None:
        raise SourceError(path, "no header row", f"line {reader.line_num}")
    if not rows:
        raise SourceError(path, "no data rows", f"line {reader.line_num}")
    return published, rows


def parse(paths: list[Path], source_id: str) -> Parsed:
    path = _csv_file([Path(p) for p in paths])
    if path is None:
        raise SourceError(Path(paths[0]), "no .csv file in this snapshot")
    published, rows = read_rows(path)
    published = published or _ofsi.latest_update(rows)
    return Parsed(published=published, records=_ofsi.records(path, rows, source_id),
                  format=FORMAT)
