"""Helpers for the spreadsheet (.xlsx) and tabular parsers: open safely, stream rows,
check columns, split enumerated cells.

Rows are read with openpyxl in read-only mode, which places every cell by its
reference (``<c r="F12">``), so spreadsheets that omit empty cells come out right.
The sheet's ``<dimension>`` is ignored (some generators write a wrong one), and rows
are padded to the header's width here.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from singlelist.sources._common import SourceError

_SNIFF_PARTS = ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")


def xlsx_file(paths: list[Path]) -> Path | None:
    """The spreadsheet among ``paths``, if any."""
    return next((Path(p) for p in paths if Path(p).suffix.lower() in (".xlsx", ".xlsm")), None)


def xlsx_head(path: Path, size: int = 65536) -> bytes:
    """The first ``size`` bytes of the shared strings and first sheet, or b"" when
    ``path`` is not a readable xlsx. Never raises: meant for ``sniff``."""
    try:
        if not zipfile.is_zipfile(path):
            return b""
        head = b""
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for part in _SNIFF_PARTS:
                if part in names:
                    with archive.open(part) as handle:
                        head += handle.read(size)
        return head
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return b""


def cell_text(value: Any) -> str | None:
    """A cell value as stripped text (dates as ISO), None when empty.

    Whole floats (``12431.0``) become ``"12431"``, non-breaking spaces become spaces.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        text = value.date().isoformat()
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = text.replace("\xa0", " ").strip()
    return text or None


def iter_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """``(row number, values)`` for each row of the first sheet, empty rows skipped.

    A file that is not a spreadsheet (not a zip, no workbook inside, broken parts)
    raises :class:`SourceError` naming the file.
    """
    # Imported here: openpyxl is slow to import and only the xlsx parsers need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not Path(path).stat().st_size:
        raise SourceError(path, "empty file", None)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException) as exc:
        raise SourceError(path, f"not an .xlsx spreadsheet ({exc})") from None
    except (KeyError, OSError, ValueError, EOFError) as exc:
        raise SourceError(path, f"unreadable .xlsx spreadsheet ({exc})") from None
    try:
        if not workbook.worksheets:
            raise SourceError(path, "spreadsheet has no sheet")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        number = 0
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if any(v is not None and str(v).strip() for v in values):
                    yield number, values
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
            raise SourceError(path, f"broken sheet data ({exc})", f"row {number + 1}") from None
        except Exception as exc:  # lxml/expat syntax errors inside the sheet XML
            if type(exc).__name__ in ("XMLSyntaxError", "ParseError", "ExpatError"):
                raise SourceError(
                    path, f"broken sheet XML ({exc})", f"row {number + 1}"
                ) from None
            raise
    finally:
        workbook.close()


def header_map(
    path: Path, header: Sequence[Any], required: Sequence[str], place: str
) -> dict[str, int]:
    """Column name -> index for a header row; a missing required column is a
    :class:`SourceError` naming it."""
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        name = cell_text(value)
        if name is not None:
            columns.setdefault(" ".join(name.split()), index)
    missing = [name for name in required if name not in columns]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        raise SourceError(path, f"missing column {names} in header", place)
    return columns


def row_dict(columns: dict[str, int], values: Sequence[Any]) -> dict[str, str]:
    """The non-empty cells of a row, as text with whitespace collapsed, by column name."""
    row: dict[str, str] = {}
    for name, index in columns.items():
        if index < len(values):
            text = cell_text(values[index])
            if text is not None:
                row[name] = " ".join(text.split())
    return row


_ENUM_SPLIT = re.compile(r"(?:^|(?<=[\s;,.]))\(?(?:\d{1,2}|[a-z])\)\s*")


def split_enumeration(value: str | None) -> list[str]:
    """Split a cell that enumerates values: ``a) X b) Y``, ``(1) X (2) Y``, ``1) X 2) Y``.

    A value without such markers comes back whole (stripped of ``;``/``,`` at the ends).
    """
    if not value:
        return []
    value = " ".join(value.split())
    if not re.match(r"\(?(?:\d{1,2}|[a-z])\)", value):
        return [value.strip(" ;,")] if value.strip(" ;,") else []
    parts = [part.strip(" ;,") for part in _ENUM_SPLIT.split(value)]
    return [part for part in parts if part]


_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>\s*(\d{4}-\d{2}-\d{2})")


def xlsx_modified(path: Path) -> str | None:
    """The date the workbook was last saved (``dcterms:modified`` in docProps/core.xml),
    or None when the file does not say."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "docProps/core.xml" not in archive.namelist():
                return None
            with archive.open("docProps/core.xml") as handle:
                match = _MODIFIED.search(handle.read(65536))
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return None
    return match.group(1).decode("ascii") if match else None
