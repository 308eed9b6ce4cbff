"""`singlelist diff`: records added, removed and changed between snapshots."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from typer.testing import CliRunner

from singlelist.api import Settings, SingleList
from singlelist.cli import app

from helpers import SMALL_ENTITIES, permissive_catalog, write_un


def test_diff_reports_added_removed_and_field_changes(tmp_path: Path) -> None:
    core = SingleList(Settings(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                               catalog_file=permissive_catalog(tmp_path)))
    core.load("un-sc", [write_un(tmp_path / "a", "c.xml", SMALL_ENTITIES, "2025-01-01T00:00:00Z")])
    newer = [SMALL_ENTITIES[0], ("QDe.902", "BRIGADE OF THE EXAMPLE", "Katibat al-Jadid"),
             ("QDe.904", "NEW EXAMPLE GROUP", "Jamaat al-Jadid")]
    core.load("un-sc", [write_un(tmp_path / "b", "c.xml", newer, "2025-06-01T00:00:00Z")])
    result = core.diff("un-sc")
    assert [r.ref for r in result.added] == ["QDe.904"]
    assert [r.ref for r in result.removed] == ["QDe.903"]
    [change] = result.changed
    assert change.ref == "QDe.902"
    names = next(c for c in change.changes if c.field == "names")
    assert [n["value"] for n in names.added] == ["Katibat al-Jadid"]
    assert [n["value"] for n in names.removed] == ["Katibat al-Mithal"]


def _refs(path: Path) -> set[str]:
    tree = etree.parse(str(path))
    return {" ".join(e.text.split()) for e in tree.iter("REFERENCE_NUMBER") if e.text}


def test_un_2018_to_2026_matches_the_files(corpus: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    core = SingleList(Settings(db_url=db))
    assert core.update(["un-sc"], from_dir=corpus)[0].ok
    old, new = corpus / "un/consolidated_2018-10-29.xml", corpus / "un/consolidated_2026-02-27.xml"
    expected_added, expected_removed = _refs(new) - _refs(old), _refs(old) - _refs(new)
    result = CliRunner().invoke(app, ["diff", "un-sc", "--from", "2018", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {r["ref"] for r in data["added"]} == expected_added
    assert {r["ref"] for r in data["removed"]} == expected_removed
    assert data["counts"]["added"] == len(expected_added) > 50
    assert data["from"]["data_date"] == "2018-10-29" and data["to"]["data_date"] == "2026-02-27"
    # e.g. the DRC listings added since 2018
    assert "CDi.036" in expected_added
    # the default compares the current snapshot with the one before it
    default = core.diff("un-sc")
    assert default.old.data_date == "2025-08-02" and default.new.data_date == "2026-02-27"


def test_entity_diff_reports_gained_and_lost_designations(tmp_path: Path) -> None:
    core = SingleList(Settings(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                               catalog_file=permissive_catalog(tmp_path)))
    core.load("un-sc", [write_un(tmp_path / "a", "c.xml", SMALL_ENTITIES, "2025-01-01T00:00:00Z")])
    newer = [*SMALL_ENTITIES[:2], ("QDe.904", "NEW EXAMPLE GROUP", "Jamaat al-Jadid")]
    core.load("un-sc", [write_un(tmp_path / "b", "c.xml", newer, "2025-06-01T00:00:00Z")])
    result = core.entity_diff()
    changes = {(tuple(r["gained"]), tuple(r["lost"])) for r in result["entities"]}
    assert changes == {(("un-sc:QDe.904",), ()), ((), ("un-sc:QDe.903",))}
    by_date = core.entity_diff("2025-01", "2025-06")
    assert by_date["counts"] == {"entities": 2, "gained": 1, "lost": 1}
    gained = next(r for r in by_date["entities"] if r["gained"])
    assert gained["name"] == "NEW EXAMPLE GROUP" and gained["id"].startswith("sl-")
