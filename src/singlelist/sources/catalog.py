"""The source catalog: which lists exist, where they are published, how to parse them.

The catalog is data (``catalog.yml`` beside this module); a user can add sources or
override official addresses with a YAML file of the same shape named by the
``SINGLELIST_CATALOG`` environment variable (or passed to :func:`load_catalog`).
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from singlelist import model as model_module
from singlelist.model import TOPIC_SANCTIONS, TOPIC_TERRORISM, Parsed, Record
from singlelist.sources._common import SourceError, check_xml_safe

CATALOG_FILE = Path(__file__).with_name("catalog.yml")
_DATE_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?(?!\d)")

# Parsers for lists that have no fixed catalog entry: a user names the source id.
GENERIC_PARSERS = {"csv": "generic_csv", "ftm": "ftm_json"}


@dataclass(frozen=True)
class Source:
    """One published list."""

    id: str
    authority: str
    title: str = ""
    jurisdiction: str = ""
    parsers: tuple[str, ...] = ()
    downloads: dict[str, str] = field(default_factory=dict)
    mirror_dir: str | None = None
    mirror_glob: str = "*"
    terrorism_programmes: tuple[str, ...] = ()
    terrorism_refs: tuple[str, ...] = ()
    default_topic: str = TOPIC_SANCTIONS
    min_records: int = 0

    @cached_property
    def _programme_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in self.terrorism_programmes]

    @cached_property
    def _ref_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in self.terrorism_refs]

    def topics_for(self, record: Record) -> list[str]:
        """``terrorism`` when a programme or the reference is counter-terrorism."""
        if record.topics:
            return record.topics
        for programme in record.programmes:
            if any(p.search(programme) for p in self._programme_patterns):
                return [TOPIC_TERRORISM]
        if any(p.search(record.ref) for p in self._ref_patterns):
            return [TOPIC_TERRORISM]
        return [self.default_topic]

    def parser_modules(self) -> list[ModuleType]:
        return [importlib.import_module(f"singlelist.sources.{name}") for name in self.parsers]

    @cached_property
    def parser_stamp(self) -> str:
        """What the records read from a file depend on besides the file: the code of
        this source's parsers and of what they share, and the catalog's topic rules. A
        file loaded before is parsed anew when any of them changed (a parser fix
        reaches lists already loaded)."""
        digest = hashlib.sha256(repr((self.parsers, self.terrorism_programmes,
                                      self.terrorism_refs, self.default_topic)).encode())
        here = Path(__file__).parent
        shared = [*sorted(here.glob("_*.py")), Path(model_module.__file__)]
        for path in [*(Path(m.__file__) for m in self.parser_modules()), *shared]:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def parse(self, paths: Sequence[Path]) -> Parsed:
        """Parse one snapshot (a file, or the files of one set) with the first parser
        that recognises it; records come back with their topics assigned."""
        paths = [Path(p) for p in paths]
        for path in paths:
            _check_readable(path, allow_empty=len(paths) > 1)
        if all(p.stat().st_size == 0 for p in paths):
            raise SourceError(paths[0], "empty file", 1)
        modules = self.parser_modules()
        chosen = next((m for m in modules if m.sniff(paths)), None)
        if chosen is None:
            names = ", ".join(p.name for p in paths)
            formats = ", ".join(m.FORMAT for m in modules)
            raise SourceError(paths[0], f"not a {self.id} file ({names}); expected: {formats}")
        parsed = chosen.parse(paths, self.id)
        parsed.format = chosen.FORMAT
        parsed.records = self._tag(parsed.records)
        return parsed

    def _tag(self, records: Any) -> Any:
        for record in records:
            record.topics = self.topics_for(record)
            yield record

    def mirror_snapshots(self, root: Path) -> list[list[Path]]:
        """The snapshots of this source in a local mirror, oldest first.

        Each entry is the list of files of one snapshot. Order is by the date in the
        file or folder name (``..._2025-04-19.xml``), then by name.
        """
        if not self.mirror_dir:
            return []
        folder = Path(root) / self.mirror_dir
        if not folder.is_dir():
            return []
        snapshots = []
        for match in sorted(folder.glob(self.mirror_glob)):
            if match.is_dir():
                files = sorted(p for p in match.iterdir() if p.is_file())
                if files:
                    snapshots.append(files)
            elif match.is_file():
                snapshots.append([match])
        return sorted(snapshots, key=lambda files: (date_in_name(files[0]) or "9999", files[0]))


def _check_readable(path: Path, allow_empty: bool = False) -> None:
    """Refuse missing or empty files, XML with a DTD, and .xlsx files that are no
    spreadsheet, whichever parser would read them."""
    if not path.is_file():
        raise SourceError(path, "no such file")
    with open(path, "rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head and not allow_empty:  # in a file set, one empty file may be legitimate
        raise SourceError(path, "empty file", 1)
    if head.startswith(b"<"):
        check_xml_safe(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" not in archive.namelist():
                    raise SourceError(path, "not a spreadsheet: the archive holds no xl/workbook.xml")
        except zipfile.BadZipFile:
            raise SourceError(path, "not a spreadsheet: not a valid .xlsx (zip) file") from None


def date_in_name(path: Path) -> str | None:
    """A date written in a file or folder name (``conlist_2018-04-13.csv``, ``_2025.csv``),
    as precise as written (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), if any."""
    for part in (path.name, path.parent.name):
        match = _DATE_IN_NAME.search(part)
        if match:
            return match.group(0)
    return None


def _source_from_entry(source_id: str, entry: dict[str, Any]) -> Source:
    mirror = entry.get("mirror") or {}
    terrorism = entry.get("terrorism") or {}
    return Source(
        id=source_id,
        authority=entry["authority"],
        title=entry.get("title", ""),
        jurisdiction=entry.get("jurisdiction", ""),
        parsers=tuple(entry.get("parsers", ())),
        downloads=dict(entry.get("downloads") or {}),
        mirror_dir=mirror.get("dir"),
        mirror_glob=mirror.get("glob", "*"),
        terrorism_programmes=tuple(terrorism.get("programmes") or ()),
        terrorism_refs=tuple(terrorism.get("refs") or ()),
        default_topic=entry.get("default_topic", TOPIC_SANCTIONS),
        min_records=int((entry.get("expect") or {}).get("min_records", 0)),
    )


def load_catalog(extra: Path | str | None = None) -> dict[str, Source]:
    """The built-in catalog, updated by ``extra`` (or ``$SINGLELIST_CATALOG``)."""
    entries: dict[str, dict[str, Any]] = yaml.safe_load(CATALOG_FILE.read_text("utf-8"))
    extra = extra or os.environ.get("SINGLELIST_CATALOG")
    if extra:
        overrides = yaml.safe_load(Path(extra).read_text("utf-8")) or {}
        for source_id, entry in overrides.items():
            entries[source_id] = {**entries.get(source_id, {}), **entry}
    return {sid: _source_from_entry(sid, entry) for sid, entry in entries.items()}


def generic_source(
    source_id: str, fmt: str, authority: str, topic: str = TOPIC_TERRORISM, title: str = ""
) -> Source:
    """A user-defined source read with a generic parser (``csv`` or ``ftm``)."""
    if fmt not in GENERIC_PARSERS:
        raise ValueError(f"unknown generic format {fmt!r}; use one of {sorted(GENERIC_PARSERS)}")
    return Source(
        id=source_id,
        authority=authority,
        title=title or f"{authority} (user-defined)",
        parsers=(GENERIC_PARSERS[fmt],),
        default_topic=topic,
    )
