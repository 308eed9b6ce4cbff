"""`singlelist compare`: shared listings, own listings, consensus, timeline, plot."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from corpus_subset import SUBSET, subset_db
from single_fixture import small_core
from singlelist.cli import app
from singlelist.compare import compare, plot
from singlelist.model import Name, Record
from singlelist.single import Designation, Entity
from singlelist.store.db import Snapshot

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("compare-small")
    core = small_core(folder)
    return core, f"sqlite:///{folder / 'db.sqlite'}"


def _by_name(result):
    return {result.names[i]: i for i in result.members}


def test_fixture_matrix_unique_consensus_timeline(small) -> None:
    core, _db = small
    view = core.single_list()
    result = compare(view.select("terrorism", "organisation"), "terrorism", "organisation")
    ids = _by_name(result)
    assert set(ids) == {"FRONT OF THE TEST VALLEY", "BRIGADE OF THE EXAMPLE", "EXAMPLE SUPPORT NETWORK",
                        "Northern Relief Foundation"}
    # largest first, ties by id
    assert result.sources == ["un-sc", "eu-fsf", "gb-ofsi"]
    assert result.labels["un-sc"] == "United Nations Security Council"
    assert result.shared == [[3, 0, 1], [0, 1, 0], [1, 0, 1]]
    assert result.jaccard[0][2] == result.jaccard[2][0] == round(1 / 3, 4)
    assert [result.jaccard[i][i] for i in range(3)] == [1.0, 1.0, 1.0]
    assert result.unique["un-sc"] == [ids["EXAMPLE SUPPORT NETWORK"], ids["FRONT OF THE TEST VALLEY"]]
    assert result.unique["eu-fsf"] == [ids["Northern Relief Foundation"]]
    assert result.unique["gb-ofsi"] == []
    levels = [(c["k"], c["at_least"], c["exactly"]) for c in result.consensus]
    assert levels == [(1, 4, 3), (2, 1, 1), (3, 0, 0)]
    assert result.consensus[1]["entities"] == [ids["BRIGADE OF THE EXAMPLE"]]
    assert result.listed_by_all(["un-sc", "gb-ofsi"]) == {ids["BRIGADE OF THE EXAMPLE"]}
    # UN listed_on of the helper's entities; OFSI 29/05/2014; EU 2020-11-20
    assert result.timeline == {"un-sc": {"2012": 3}, "eu-fsf": {"2020": 1}, "gb-ofsi": {"2014": 1}}
    assert result.undated == {"un-sc": 0, "eu-fsf": 0, "gb-ofsi": 0}


def test_fixture_all_topics_and_kinds(small) -> None:
    core, _db = small
    result = compare(core.single_list().select(None, None))
    # persons and OFSI's sanctions-only shipping company now count too
    assert "NORTHERN EXAMPLE SHIPPING" in result.names.values()
    assert result.counts["gb-ofsi"] == 3  # person 90001, 90002, 90003
    # EU 90001 and OFSI 90001 are one person (both cite UN Ref QDi.901)
    i, j = result.sources.index("gb-ofsi"), result.sources.index("eu-fsf")
    assert result.shared[i][j] == result.shared[j][i] == 1


def _snapshot(source: str, authority: str) -> Snapshot:
    return Snapshot(1, source, authority, "", "test", "", [], None, "2026-01-01", datetime(2026, 1, 1), 1, {})


def _designation(source: str, ref: str, topic: str, listed_on: str | None,
                 active: bool = True) -> Designation:
    record = Record(source, ref, "organisation", names=[Name("X")], topics=[topic])
    return Designation(source, ref, source.upper(), [], listed_on, [topic], active,
                       _snapshot(source, source.upper()), record)


def test_only_current_designations_of_the_topic_count() -> None:
    a = Entity("sl-a", "organisation", "A", [
        _designation("un-sc", "QDe.1", "terrorism", "2001-10-06"),
        _designation("us-ofac-sdn", "1", "sanctions", "2003-01-01"),  # not a terrorism listing
        _designation("gb-ofsi", "7", "terrorism", None),  # no listing date
        _designation("au-dfat", "9", "terrorism", "2002", active=False),  # removed
    ])
    b = Entity("sl-b", "organisation", "B", [_designation("us-ofac-sdn", "2", "sanctions", "2019-05-01")])
    result = compare([a, b], "terrorism")
    assert result.sources == ["gb-ofsi", "un-sc"]
    assert set(result.members) == {"sl-a"}
    assert result.timeline == {"gb-ofsi": {}, "un-sc": {"2001": 1}}
    assert result.undated == {"gb-ofsi": 1, "un-sc": 0}
    assert result.labels == {"gb-ofsi": "GB-OFSI", "un-sc": "UN-SC"}
    everything = compare([a, b], None)
    assert everything.sources == ["us-ofac-sdn", "gb-ofsi", "un-sc"]
    assert everything.counts["us-ofac-sdn"] == 2 and everything.unique["us-ofac-sdn"] == ["sl-b"]
    empty = compare([], "terrorism")
    assert empty.sources == [] and empty.consensus == [] and empty.total == 0


def test_plot_png_and_svg(small, tmp_path: Path) -> None:
    core, _db = small
    result = compare(core.single_list().select("terrorism", "organisation"), "terrorism", "organisation")
    png = plot(result, tmp_path / "out" / "compare.png")
    assert png.read_bytes()[:8] == PNG_MAGIC and png.stat().st_size > 10_000
    svg = plot(result, tmp_path / "compare.svg")
    root = etree.parse(str(svg)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = svg.read_text(encoding="utf-8")
    assert "un-sc" in text and "Shared listings" in text
    with pytest.raises(ValueError, match="png or .svg"):
        plot(result, tmp_path / "compare.pdf")
    # an empty selection still draws
    assert plot(compare([]), tmp_path / "empty.png").read_bytes()[:8] == PNG_MAGIC


def test_cli_json_table_and_plot(small, tmp_path: Path) -> None:
    _core, db = small
    runner = CliRunner()
    out = tmp_path / "c.svg"
    result = runner.invoke(app, ["compare", "--json", "--plot", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entities"] == 4 and data["plot"] == str(out) and out.exists()
    assert data["matrix"]["sources"] == ["un-sc", "eu-fsf", "gb-ofsi"]
    assert data["matrix"]["shared"][0] == [3, 0, 1]
    assert data["unique"]["eu-fsf"]["entities"][0]["name"] == "Northern Relief Foundation"
    assert data["timeline"]["gb-ofsi"] == {"by_year": {"2014": 1}, "undated": 0}
    result = runner.invoke(app, ["compare", "--kind", "person", "--topic", "all", "--db", db])
    assert result.exit_code == 0, result.output
    assert "shared listings" in result.stdout and "consensus" in result.stdout
    result = runner.invoke(app, ["compare", "--plot", str(tmp_path / "c.jpg"), "--db", db])
    assert result.exit_code == 1 and "png or .svg" in result.output


# --- the real lists ------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    from singlelist.api import Settings, SingleList

    db = subset_db(corpus, tmp_path_factory)
    view = SingleList(Settings(db_url=db)).single_list()
    entities = view.select("terrorism", "organisation")
    return db, view, entities, compare(entities, "terrorism", "organisation")


def test_real_matrix_matches_the_selection(real) -> None:
    _db, _view, entities, result = real
    assert set(result.sources) == set(SUBSET)
    for i, source in enumerate(result.sources):
        listed = {e.id for e in entities
                  if any(d.source == source and "terrorism" in d.topics for d in e.active)}
        assert result.shared[i][i] == result.counts[source] == len(listed) > 80
        for j in range(len(result.sources)):
            assert result.shared[i][j] == result.shared[j][i] <= min(result.shared[i][i], result.shared[j][j])
            assert result.jaccard[i][j] == result.jaccard[j][i]
            assert 0 <= result.jaccard[i][j] <= 1
    # the UK implements the UN list: every UN terrorist organisation is on OFSI's list
    un, uk = result.sources.index("un-sc"), result.sources.index("gb-ofsi")
    assert result.shared[un][uk] == result.counts["un-sc"]
    assert result.unique["un-sc"] == []
    # consensus levels add up
    assert result.consensus[0]["at_least"] == result.total == len(entities)
    assert sum(c["exactly"] for c in result.consensus) == result.total
    assert result.consensus[2]["at_least"] == len(result.listed_by_all(SUBSET))


def test_real_al_nusrah_is_in_the_three_list_consensus(real) -> None:
    _db, view, _entities, result = real
    [entity] = view.find("QDe.137")
    assert {("gb-ofsi", "12981"), ("au-dfat", "2585")} <= {(d.source, d.ref) for d in entity.designations}
    assert entity.id in result.listed_by_all(SUBSET)
    assert entity.id in result.consensus[2]["entities"]
    assert entity.id not in {i for ids in result.unique.values() for i in ids}


def test_real_timeline(real) -> None:
    _db, _view, entities, result = real
    for source in result.sources:
        listed = [d for e in entities for d in e.active if d.source == source and "terrorism" in d.topics]
        assert sum(result.timeline[source].values()) + result.undated[source] == len(listed)
    # Al-Nusrah (QDe.137) and ISIL's other 2014 listings; DFAT listed al-Nusrah on 16 March 2013
    assert result.timeline["un-sc"]["2014"] >= 5
    assert result.timeline["au-dfat"]["2013"] >= 1
    assert result.timeline["un-sc"]["2001"] > result.timeline["un-sc"]["2002"]


def test_real_cli_plot(real, tmp_path: Path) -> None:
    db = real[0]
    out = tmp_path / "real.png"
    result = CliRunner().invoke(app, ["compare", "--plot", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == PNG_MAGIC
    assert "plot written" in result.stdout and "au-dfat" in result.stdout
