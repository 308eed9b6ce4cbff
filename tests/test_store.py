"""The snapshot store: loads are snapshots, identical loads are no-ops, failures change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from singlelist.api import Settings, SingleList
from singlelist.sources._common import SourceError

from helpers import SMALL_ENTITIES, permissive_catalog, write_un


@pytest.fixture()
def core(tmp_path: Path) -> SingleList:
    return SingleList(Settings(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                               catalog_file=permissive_catalog(tmp_path)))


def test_load_is_a_snapshot_with_provenance(core: SingleList, tmp_path: Path) -> None:
    path = write_un(tmp_path / "in", "consolidated.xml")
    result = core.load("un-sc", [path])
    snap = result.snapshot
    assert not result.skipped
    assert snap.source == "un-sc"
    assert snap.published == "2026-01-15"
    assert snap.record_count == 3 and snap.counts == {"organisation": 3}
    assert snap.files[0]["name"] == "consolidated.xml"
    assert len(snap.files[0]["sha256"]) == 64
    records = list(core.store.records(snap.id))
    assert [r.ref for r in records] == ["QDe.901", "QDe.902", "QDe.903"]
    assert records[0].topics == ["terrorism"]  # UN "Al-Qaida" regime


def test_identical_files_load_once(core: SingleList, tmp_path: Path) -> None:
    path = write_un(tmp_path / "in", "consolidated.xml")
    first = core.load("un-sc", [path])
    second = core.load("un-sc", [path])
    assert second.skipped and second.snapshot.id == first.snapshot.id
    assert len(core.store.snapshots("un-sc")) == 1


def test_newest_data_date_is_current_whatever_the_load_order(core: SingleList, tmp_path: Path) -> None:
    newer = write_un(tmp_path / "a", "consolidated.xml", SMALL_ENTITIES[:2], "2026-02-01T00:00:00Z")
    older = write_un(tmp_path / "b", "consolidated.xml", SMALL_ENTITIES, "2025-01-01T00:00:00Z")
    core.load("un-sc", [newer])
    core.load("un-sc", [older])
    current = core.store.current_snapshots()["un-sc"]
    assert current.published == "2026-02-01"
    assert current.record_count == 2


def test_unchanged_records_are_stored_once(core: SingleList, tmp_path: Path) -> None:
    a = core.load("un-sc", [write_un(tmp_path / "a", "c.xml", SMALL_ENTITIES, "2025-01-01T00:00:00Z")])
    changed = [SMALL_ENTITIES[0], (SMALL_ENTITIES[1][0], "RENAMED BRIGADE", "Katibat")]
    b = core.load("un-sc", [write_un(tmp_path / "b", "c.xml", changed, "2025-02-01T00:00:00Z")])
    old, new = core.store.record_hashes(a.snapshot.id), core.store.record_hashes(b.snapshot.id)
    assert old["QDe.901"] == new["QDe.901"]
    assert old["QDe.902"] != new["QDe.902"]
    assert "QDe.903" not in new


def test_failed_load_leaves_previous_snapshot_current(core: SingleList, tmp_path: Path) -> None:
    good = core.load("un-sc", [write_un(tmp_path / "a", "c.xml")]).snapshot
    text = (tmp_path / "a" / "c.xml").read_text()
    broken = tmp_path / "b" / "c.xml"
    broken.parent.mkdir()
    # cut after the second entity: records were already parsed when the error comes
    broken.write_text(text[: text.index("<ENTITY>", text.index("QDe.902"))] + "<ENTITY><DATA")
    with pytest.raises(SourceError) as info:
        core.load("un-sc", [broken])
    assert str(broken) in str(info.value)
    assert core.store.snapshots("un-sc") == [good]
    assert core.store.current_snapshots()["un-sc"] == good
    assert [r.ref for r in core.store.records(good.id)] == ["QDe.901", "QDe.902", "QDe.903"]


def test_too_few_records_fail_the_load(tmp_path: Path) -> None:
    core = SingleList(Settings(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}"))  # real catalog
    with pytest.raises(SourceError, match="expected at least"):
        core.load("un-sc", [write_un(tmp_path / "in", "c.xml")])
    assert core.store.snapshots() == []


def test_find_record_by_reference(core: SingleList, tmp_path: Path) -> None:
    core.load("un-sc", [write_un(tmp_path / "a", "c.xml")])
    [(snap, record)] = core.show("qde.902")
    assert record.name == "BRIGADE OF THE EXAMPLE"
    assert snap.source == "un-sc"


def test_corpus_loads_every_un_release(corpus: Path, tmp_path: Path) -> None:
    core = SingleList(Settings(db_url=f"sqlite:///{tmp_path / 'db.sqlite'}"))
    [outcome] = core.update(["un-sc"], from_dir=corpus)
    assert outcome.ok, outcome.error
    dates = [r.snapshot.data_date for r in outcome.loads]
    assert dates == sorted(dates) and dates[-1] == "2026-02-27"
    current = core.store.current_snapshots()["un-sc"]
    assert current.counts == {"person": 730, "organisation": 273}
    again = core.update(["un-sc"], from_dir=corpus)[0]
    assert all(r.skipped for r in again.loads)


def test_schema_compiles_for_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from singlelist.store.schema import metadata

    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert f"CREATE TABLE {table.name}" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    assert "JSON" in str(CreateTable(metadata.tables["record_versions"]).compile(dialect=dialect))


def test_the_same_files_are_parsed_anew_when_their_parsing_changed(tmp_path: Path) -> None:
    """A parser fix or a catalog that tags other programmes as terrorism must reach a
    list loaded before: the same files then make a new snapshot."""
    path = write_un(tmp_path / "in", "consolidated.xml")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    catalog = permissive_catalog(tmp_path)
    first = SingleList(Settings(db_url=db, catalog_file=catalog)).load("un-sc", [path])
    assert first.snapshot.record_count == 3
    same = SingleList(Settings(db_url=db, catalog_file=catalog)).load("un-sc", [path])
    assert same.skipped
    (tmp_path / "other").mkdir()
    other = permissive_catalog(tmp_path / "other",
                               {"un-sc": {"terrorism": {"programmes": ["Nothing Else"]}}})
    again = SingleList(Settings(db_url=db, catalog_file=other)).load("un-sc", [path])
    assert not again.skipped and again.snapshot.id != first.snapshot.id
