"""Human decisions that last: automatic merges, link / unlink, review, stable ids, splits.

(a) Our own fixtures: a UN-format file written by tests/helpers.py and generic-CSV lists
that name the same groups (names only, no cross-reference). (b) The real lists: the
Al-Nusrah Front as listed by the UN, the UK, Australia and the US.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from singlelist.api import Settings, SingleList
from singlelist.store.resolution import active_judgements, build_links, latest_build

from helpers import permissive_catalog, write_un

HEADER = "ref,name,kind,aliases,programmes,listed_on\n"


def write_csv(path: Path, rows: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def open_core(tmp: Path) -> SingleList:
    catalog = permissive_catalog(tmp)
    return SingleList(Settings(db_url=f"sqlite:///{tmp / 'db.sqlite'}", catalog_file=catalog,
                               cache_dir=tmp / "cache"))


@pytest.fixture()
def core(tmp_path: Path) -> SingleList:
    """UN QDe.901-903 and a national list naming two of them (names only) and another group."""
    core = open_core(tmp_path)
    core.load("un-sc", [write_un(tmp_path / "un", "un-2026.xml")])
    core.load("xx-home", [write_csv(tmp_path / "xx" / "v1.csv", [
        "PO-1,Front of the Test Valley,organisation,Jabhat Wadi al Ikhtibar,Terrorism Act 2000,2014-06-01",
        "PO-2,Brigade of Examples,organisation,,Terrorism Act 2000,2015-01-01",
        "PO-3,Completely Other Group,organisation,,Terrorism Act 2000,2016-01-01",
    ])], fmt="csv", authority="Test Home Office")
    return core


def entity_of(core: SingleList, key: str) -> tuple[str, set[str]]:
    """(entity id, record keys of that entity) for the record ``source:ref``."""
    view = core.single_list()
    found = view.find(key)
    assert len(found) == 1, f"{key} in {len(found)} entities"
    return found[0].id, {f"{d.source}:{d.ref}" for d in found[0].designations}


def test_same_group_on_two_lists_merges_by_name(core: SingleList) -> None:
    stats = core.resolve()
    assert stats["records"] == 6 and stats["entities"] == 4 and stats["multi_source_entities"] == 2
    _eid, keys = entity_of(core, "un-sc:QDe.901")
    assert keys == {"un-sc:QDe.901", "xx-home:PO-1"}
    _eid, keys = entity_of(core, "un-sc:QDe.902")
    assert keys == {"un-sc:QDe.902", "xx-home:PO-2"}
    # the entity shows each authority's own programme and listing date
    [entity] = core.entities("PO-1")
    by_source = {d.source: (d.authority, d.programmes, d.listed_on) for d in entity.designations}
    assert by_source == {
        "un-sc": ("United Nations Security Council", ["Al-Qaida"], "2012-05-14"),
        "xx-home": ("Test Home Office", ["Terrorism Act 2000"], "2014-06-01"),
    }
    assert entity_of(core, "un-sc:QDe.903")[1] == {"un-sc:QDe.903"}


def test_unlink_survives_rebuild_and_new_snapshot(core: SingleList, tmp_path: Path) -> None:
    merged_id, _ = entity_of(core, "QDe.901")
    result = core.decide("QDe.901", "PO-1", "not_same", "bob", "different group")
    assert result["pairs"] == 1
    un_id, un_keys = entity_of(core, "un-sc:QDe.901")
    xx_id, xx_keys = entity_of(core, "xx-home:PO-1")
    assert un_keys == {"un-sc:QDe.901"} and xx_keys == {"xx-home:PO-1"}
    # split of two one-record parts: the tie goes to the part whose key sorts first
    assert un_id == merged_id and xx_id != merged_id
    [judgement] = active_judgements(core.store)
    assert (judgement.left_key, judgement.right_key, judgement.judgement, judgement.user) == (
        "un-sc:QDe.901", "xx-home:PO-1", "not_same", "bob")
    assert judgement.created_at is not None

    forced = core.resolve(force=True)
    assert not forced["skipped"]
    assert entity_of(core, "un-sc:QDe.901") == (un_id, {"un-sc:QDe.901"})

    # a new snapshot of the national list (one more row, PO-1 reworded) is resolved again
    core.load("xx-home", [write_csv(tmp_path / "xx" / "v2.csv", [
        "PO-1,Front of the Test Valley,organisation,Test Valley Front,Terrorism Act 2000,2014-06-01",
        "PO-2,Brigade of Examples,organisation,,Terrorism Act 2000,2015-01-01",
        "PO-3,Completely Other Group,organisation,,Terrorism Act 2000,2016-01-01",
        "PO-4,Fourth Example Group,organisation,,Terrorism Act 2000,2026-02-01",
    ])], fmt="csv", authority="Test Home Office")
    stats = core.resolve()
    assert not stats["skipped"] and stats["records"] == 7
    assert entity_of(core, "un-sc:QDe.901") == (un_id, {"un-sc:QDe.901"})
    assert entity_of(core, "xx-home:PO-1") == (xx_id, {"xx-home:PO-1"})


def test_link_merges_records_the_resolver_left_apart(core: SingleList) -> None:
    core.resolve()
    un_id, _ = entity_of(core, "un-sc:QDe.903")
    other_id, _ = entity_of(core, "xx-home:PO-3")
    assert un_id != other_id
    result = core.decide("QDe.903", "xx-home:PO-3", "same", "carol")
    assert result["judgement"] == "same" and result["pairs"] == 1
    merged_id, keys = entity_of(core, "QDe.903")
    assert keys == {"un-sc:QDe.903", "xx-home:PO-3"}
    # the merged entity keeps one of the two ids (the other retires)
    assert merged_id in (un_id, other_id)
    retired = other_id if merged_id == un_id else un_id
    assert retired not in core.single_list().entities
    core.resolve(force=True)
    assert entity_of(core, "xx-home:PO-3") == (merged_id, keys)


def test_entity_id_stable_when_a_new_snapshot_adds_a_record(core: SingleList, tmp_path: Path) -> None:
    ids = {key: entity_of(core, key)[0] for key in ("un-sc:QDe.901", "un-sc:QDe.902", "un-sc:QDe.903")}
    # a third list names QDe.901's group: the entity gains a designation, keeps its id
    core.load("yy-gazette", [write_csv(tmp_path / "yy" / "v1.csv", [
        "G-7,Front of the Test Valley,organisation,,Gazette 12,2019-03-03",
    ])], fmt="csv", authority="Test Gazette")
    entity_id, keys = entity_of(core, "un-sc:QDe.901")
    assert keys == {"un-sc:QDe.901", "xx-home:PO-1", "yy-gazette:G-7"}
    assert entity_id == ids["un-sc:QDe.901"]
    # a new UN release adding a listing changes no existing id
    core.load("un-sc", [write_un(tmp_path / "un", "un-2026b.xml", [
        ("QDe.901", "FRONT OF THE TEST VALLEY", "Jabhat Wadi al-Ikhtibar"),
        ("QDe.902", "BRIGADE OF THE EXAMPLE", "Katibat al-Mithal"),
        ("QDe.903", "EXAMPLE SUPPORT NETWORK", "Shabakat al-Mithal"),
        ("QDe.904", "NEW TEST COMMITTEE", "Lajnat al-Ikhtibar"),
    ], generated="2026-03-01T00:00:00Z")])
    assert {key: entity_of(core, key)[0] for key in ids} == ids
    assert entity_of(core, "un-sc:QDe.904")[0] not in ids.values()


def test_split_the_part_with_most_former_records_keeps_the_id(core: SingleList, tmp_path: Path) -> None:
    core.load("yy-gazette", [write_csv(tmp_path / "yy" / "v1.csv", [
        "G-7,Front of the Test Valley,organisation,,Gazette 12,2019-03-03",
    ])], fmt="csv", authority="Test Gazette")
    entity_id, keys = entity_of(core, "un-sc:QDe.901")
    assert keys == {"un-sc:QDe.901", "xx-home:PO-1", "yy-gazette:G-7"}
    # take the UN record out (two decisions, one rebuild, as a review session does)
    core.judge("un-sc:QDe.901", "xx-home:PO-1", "not_same", "erin")
    core.judge("un-sc:QDe.901", "yy-gazette:G-7", "not_same", "erin")
    core.resolve()
    kept_id, kept = entity_of(core, "xx-home:PO-1")
    un_id, un_keys = entity_of(core, "un-sc:QDe.901")
    assert kept == {"xx-home:PO-1", "yy-gazette:G-7"} and un_keys == {"un-sc:QDe.901"}
    # two former records beat one, although "un-sc:QDe.901" sorts first
    assert kept_id == entity_id and un_id != entity_id


def cli(tmp: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "SINGLELIST_DB": str(tmp / "db.sqlite"),
           "SINGLELIST_CATALOG": str(tmp / "catalog-test.yml"), "SINGLELIST_CACHE": str(tmp / "cache")}
    return subprocess.run([sys.executable, "-m", "singlelist", *args], capture_output=True, text=True,
                          input=stdin, env=env, timeout=300)


@pytest.fixture()
def review_core(tmp_path: Path) -> SingleList:
    """A list whose names are close to the UN's, but not close enough to merge alone."""
    core = open_core(tmp_path)
    core.load("un-sc", [write_un(tmp_path / "un", "un-2026.xml")])
    core.load("rv-list", [write_csv(tmp_path / "rv.csv", [
        "R-1,Brigade of the Example Martyrs,organisation,,Order 5,2020-01-01",
        "R-2,Example Support Network Brigade Front,organisation,,Order 5,2020-01-01",
        "R-3,Front of the Test Valley Martyrs Brigade,organisation,,Order 5,2020-01-01",
    ])], fmt="csv", authority="Test Review Authority")
    return core


def test_review_cli_records_decisions_with_the_user(review_core: SingleList, tmp_path: Path) -> None:
    pending = review_core.proposals()
    assert [(p.left, p.right) for p in pending] == [
        ("rv-list:R-3", "un-sc:QDe.901"), ("rv-list:R-1", "un-sc:QDe.902"), ("rv-list:R-2", "un-sc:QDe.903"),
    ]
    assert all(0.75 <= p.confidence < 0.90 for p in pending)
    build_before = latest_build(review_core.store)["id"]

    # "x" is not a key (asked again); then not same, same, skip
    done = cli(tmp_path, "review", "--user", "dana", stdin="x\nn\ns\nk\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "proposal 1 of 3" in out and "proposal 3 of 3" in out
    assert "Brigade of the Example Martyrs" in out and "BRIGADE OF THE EXAMPLE" in out
    assert "Test Review Authority" in out and "Order 5" in out and "2012-05-14" in out
    assert "unknown key 'x'" in out
    assert "2 decision(s) (same 1, not_same 1, unsure 0), 1 skipped" in out

    judged = {(j.left_key, j.right_key): (j.judgement, j.user) for j in active_judgements(review_core.store)}
    assert judged == {("rv-list:R-1", "un-sc:QDe.902"): ("same", "dana"),
                      ("rv-list:R-3", "un-sc:QDe.901"): ("not_same", "dana")}
    # rebuilt once, at the end
    assert latest_build(review_core.store)["id"] == build_before + 1
    assert entity_of(review_core, "rv-list:R-1")[1] == {"rv-list:R-1", "un-sc:QDe.902"}
    assert entity_of(review_core, "rv-list:R-3")[1] == {"rv-list:R-3"}
    # the skipped pair is still waiting; decided ones are gone
    assert [(p.left, p.right) for p in review_core.proposals()] == [("rv-list:R-2", "un-sc:QDe.903")]

    # quit at once: nothing recorded, no rebuild; end of input acts as quit too
    quit_now = cli(tmp_path, "review", "--user", "dana", stdin="q\n")
    assert quit_now.returncode == 0 and "0 decision(s)" in quit_now.stdout
    assert latest_build(review_core.store)["id"] == build_before + 1
    last = cli(tmp_path, "review", "--user", "eve", "--json", stdin="u\n")
    assert last.returncode == 0, last.stderr
    assert '"judgement": "unsure"' in last.stdout and '"user": "eve"' in last.stdout
    assert review_core.proposals() == []
    assert "no proposals waiting" in cli(tmp_path, "review", stdin="").stderr + \
        cli(tmp_path, "review", stdin="").stdout


# --- the real lists ----------------------------------------------------------------


@pytest.fixture(scope="module")
def real(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> SingleList:
    tmp = tmp_path_factory.mktemp("decisions-corpus")
    core = SingleList(Settings(db_url=f"sqlite:///{tmp / 'db.sqlite'}", cache_dir=tmp / "cache"))
    outcomes = core.update(["un-sc", "gb-ofsi", "au-dfat", "us-ofac-sdn"], from_dir=corpus)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    core.resolve()
    return core


AL_NUSRAH = {"un-sc:QDe.137", "gb-ofsi:12981", "au-dfat:2585", "us-ofac-sdn:16937"}


def test_real_al_nusrah_front_is_one_entity_across_four_authorities(real: SingleList) -> None:
    [entity] = real.entities("QDe.137")
    designations = {f"{d.source}:{d.ref}": d for d in entity.designations}
    assert set(designations) == AL_NUSRAH
    assert entity.kind == "organisation"
    assert entity.name == "AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT"
    seen = {key: (d.authority, d.programmes, d.listed_on, d.active) for key, d in designations.items()}
    assert seen == {
        "un-sc:QDe.137": ("United Nations Security Council", ["Al-Qaida"], "2014-05-14", True),
        "gb-ofsi:12981": ("UK HM Treasury, Office of Financial Sanctions Implementation",
                          ["ISIL (Da'esh) and Al-Qaida"], "2014-05-29", True),
        # DFAT lists it under the autonomous 1373 regime, with its own listing date
        "au-dfat:2585": ("Australia, Department of Foreign Affairs and Trade", ["1373 (2001)"],
                         "2013-03-16", True),
        # the SDN list gives no listing date
        "us-ofac-sdn:16937": ("US Department of the Treasury, OFAC", ["FTO", "SDGT"], None, True),
    }
    # each list's own current name is kept
    assert designations["au-dfat:2585"].record.name == "Jabhat Fatah al-Sham"
    # the same entity is found by any of its references
    assert [e.id for e in real.entities("au-dfat:2585")] == [entity.id]
    assert [e.id for e in real.entities("us-ofac-sdn:16937")] == [entity.id]


def test_real_evidence_cross_reference_for_ofsi_names_for_dfat_and_ofac(real: SingleList) -> None:
    build = latest_build(real.store)
    features = {}
    for link in build_links(real.store, build["id"]):
        if {link["left_key"], link["right_key"]} <= AL_NUSRAH:
            features[(link["left_key"], link["right_key"])] = (
                {e["feature"] for e in link["evidence"]}, link["status"])
    assert features[("gb-ofsi:12981", "un-sc:QDe.137")][0] >= {"cross_reference"}
    # DFAT and OFAC cite no UN reference: they join by name alone
    assert features[("au-dfat:2585", "un-sc:QDe.137")] == ({"name"}, "merged")
    assert features[("un-sc:QDe.137", "us-ofac-sdn:16937")] == ({"name"}, "merged")


def test_real_not_same_survives_a_forced_rebuild(real: SingleList) -> None:
    [before] = real.entities("QDe.137")
    real.judge("un-sc:QDe.137", "au-dfat:2585", "not_same", "reviewer", "test: keep apart")
    stats = real.resolve(force=True)
    assert not stats["skipped"]
    [after] = real.entities("QDe.137")
    keys = {f"{d.source}:{d.ref}" for d in after.designations}
    assert "au-dfat:2585" not in keys
    # DFAT lists the group twice: 2585 (autonomous 1373 regime, 2013) and 2672 (UN regime,
    # 2014-05-14); one list never merges with itself, so with 2585 kept out 2672 joins QDe.137
    assert "au-dfat:2672" in keys
    [dfat] = real.entities("au-dfat:2585")
    assert dfat.id != after.id
    # split rule: the part holding most of the former records keeps the entity's id
    # (ties: the part whose first record key sorts first)
    former = {f"{d.source}:{d.ref}" for d in before.designations}

    def rank(e):
        keys = sorted(f"{d.source}:{d.ref}" for d in e.designations)
        return (-len(former & set(keys)), keys[0])

    keeper, other = sorted([after, dfat], key=rank)
    assert keeper.id == before.id and other.id != before.id
    judged = [(j.left_key, j.right_key, j.judgement, j.user) for j in active_judgements(real.store)]
    assert ("au-dfat:2585", "un-sc:QDe.137", "not_same", "reviewer") in judged
    # a rebuild with nothing new is skipped, and the decision still holds
    assert real.resolve()["skipped"]
    assert "au-dfat:2585" not in {f"{d.source}:{d.ref}" for d in real.entities("QDe.137")[0].designations}
