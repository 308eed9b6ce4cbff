"""Screening through the command line and the Python API, on the real lists."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def loaded(corpus_store: dict[str, Path]) -> dict[str, str]:
    """Environment for the CLI over the store holding every list of the corpus."""
    return {"SINGLELIST_DB": str(corpus_store["db"]), "SINGLELIST_CACHE": str(corpus_store["cache"])}


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "singlelist", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, input=stdin, timeout=600)


@pytest.mark.parametrize("query", [
    "Jabhat al-Nusra", "Jabhet al-Nusra", "Al Nusra Front", "Джебхат ан-Нусра", "جبهة النصرة",
    "Hayat Tahrir al-Sham", "the Victory Front",
])
def test_nusra_spellings_find_qde137_first(loaded, query: str) -> None:
    result = cli(loaded, "screen", query, "--source", "un-sc", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == query
    top = data["hits"][0]
    assert (top["source"], top["ref"]) == ("un-sc", "QDe.137")
    assert top["explanation"] and 0 < top["score"] <= 1


def test_hits_across_lists_and_json_shape(loaded) -> None:
    data = json.loads(cli(loaded, "screen", "Al-Nusrah Front", "--kind", "organisation",
                          "--json", "--limit", "20").stdout)
    sources = {h["source"] for h in data["hits"]}
    assert {"un-sc", "us-ofac-sdn", "gb-ofsi", "au-dfat"} <= sources
    assert set(data["hits"][0]) >= {"source", "ref", "score", "name", "matched_name", "kind",
                                    "explanation"}


def test_unlisted_names_find_nothing(loaded) -> None:
    for name in ("Acme Trading Ltd", "Maria Fernandez Lopez", "Northern Lights Bakery"):
        data = json.loads(cli(loaded, "screen", name, "--json").stdout)
        assert data["hits"] == [], (name, data["hits"][:1])


def test_screen_csv_writes_input_columns_and_hits(loaded, tmp_path: Path) -> None:
    rows = [("1", "Jabhat al-Nusrah", "organisation"), ("2", "Acme Trading Ltd", "organisation"),
            ("3", "Daesh", "organisation"), ("4", "", "")]
    source = tmp_path / "in.csv"
    with open(source, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "customer", "type"])
        writer.writerows(rows)
    out = tmp_path / "out.csv"
    result = cli(loaded, "screen", "--csv", str(source), "--column", "customer", "--kind-column",
                 "type", "--out", str(out), "--source", "un-sc")
    assert result.returncode == 0, result.stderr
    with open(out, newline="") as handle:
        written = list(csv.DictReader(handle))
    assert [r["id"] for r in written] == ["1", "2", "3", "4"]
    assert written[0]["customer"] == "Jabhat al-Nusrah" and written[0]["match_ref"] == "QDe.137"
    assert written[1]["match_ref"] == "" and written[3]["match_ref"] == ""
    assert written[2]["match_ref"] == "QDe.115"


def test_screen_csv_names_a_missing_column(loaded, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,name\n1,x\n")
    result = cli(loaded, "screen", "--csv", str(source), "--column", "customer", "--out",
                 str(tmp_path / "out.csv"))
    assert result.returncode == 1 and "customer" in result.stderr


UN_PARAGRAPH = (
    "The group was formed in late 2011 by members of Al-Qaida in Iraq (QDe.115). In 2016 "
    "Jabhat al-Nusrah announced a new name, Jabhat Fath al-Sham, and later merged into Hay'at "
    "Tahrir al-Sham. It maintained ties with Al-Qaida while fighting alongside other groups."
)


def test_screen_text_finds_groups_with_offsets(loaded) -> None:
    result = cli(loaded, "screen-text", "-", "--source", "un-sc", "--json", stdin=UN_PARAGRAPH)
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)["mentions"]
    for mention in mentions:
        assert UN_PARAGRAPH[mention["start"]:mention["end"]] == mention["text"]
    found = {(m["text"], m["ref"]) for m in mentions}
    assert ("Jabhat al-Nusrah", "QDe.137") in found
    assert ("Jabhat Fath al-Sham", "QDe.137") in found
    assert any(m["ref"] == "QDe.004" for m in mentions)


def test_names_in_news_written_otherwise_or_with_a_possessive(loaded) -> None:
    text = "Abou Bakr al-Baghdadi's successor met Hamas's leaders and Hezbollah's envoy."
    result = cli(loaded, "screen-text", "-", "--source", "un-sc", "--json", stdin=text)
    mentions = json.loads(result.stdout)["mentions"]
    found = {(m["text"], m["ref"]) for m in mentions}
    assert ("Abou Bakr al-Baghdadi", "QDi.299") in found, found
    for mention in mentions:
        assert text[mention["start"]:mention["end"]] == mention["text"]
        assert not mention["text"].endswith("'s")


def test_french_names_with_elisions_and_et_in_running_text(loaded) -> None:
    text = ("Selon le rapport, l'État islamique au Grand Sahara et le Groupe de soutien à "
            "l'islam et aux musulmans se disputent la région.")
    result = cli(loaded, "screen-text", "-", "--source", "un-sc", "--json", stdin=text)
    found = {(m["text"], m["ref"]) for m in json.loads(result.stdout)["mentions"]}
    # the longer name, not the Islamic State inside it; "et" inside a name, not between two
    assert found == {("État islamique au Grand Sahara", "QDe.163"),
                     ("Groupe de soutien à l'islam et aux musulmans", "QDe.159")}, found


def test_crisis_never_yields_isis(loaded) -> None:
    # (nor one common word after a function word: "After Guard" is "Guard", the
    # translation of Pasdaran, the IRGC)
    text = ("The crisis deepened; analysts spoke of a humanitarian crisis and of crises to come. "
            "After Guard duty ended, the soldiers left.")
    mentions = json.loads(cli(loaded, "screen-text", "-", "--json", stdin=text).stdout)["mentions"]
    assert mentions == []


def test_python_api_shortcuts(corpus_store: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import singlelist

    monkeypatch.setenv("SINGLELIST_CACHE", str(corpus_store["cache"]))
    db = f"sqlite:///{corpus_store['db']}"
    hits = singlelist.screen("Lashkar e Taiba", db=db, sources=["un-sc"])
    assert hits[0]["ref"] == "QDe.118"
    assert singlelist.screen("Al Qaeda", db=db, kind="organisation", sources=["un-sc"])[0]["ref"] == "QDe.004"
    mentions = singlelist.screen_text("Funds went to Lashkar-e-Tayyiba in 2008.", db=db, sources=["un-sc"])
    assert [(m["text"], m["ref"]) for m in mentions] == [("Lashkar-e-Tayyiba", "QDe.118")]


@pytest.fixture(scope="module")
def core(corpus_store: dict[str, Path]):
    from singlelist.api import Settings, SingleList

    return SingleList(Settings(db_url=f"sqlite:///{corpus_store['db']}", cache_dir=corpus_store["cache"]))


@pytest.mark.parametrize(("query", "subject"), [
    # Persian letters; Arabic-script names of others, each listed by three lists, came first
    ("حافظ محمد سعید", ("saeed", "sayeed", "sayid")),
    # Cyrillic з + х is the zh of Azhar, which a Latin key reads as j (Mahmoud Zahar came first)
    ("Масуд Азхар", ("azhar",)),
    # Polish sz for sh
    ("Siergiej Szojgu", ("shoigu", "shoygu")),
    # German s for z and ch for kh (the word was found by no key)
    ("Maria Sacharowa", ("zakharova",)),
    # French (and Turkish) -iye for -iyeh: its key, hani, is another name's, held by too
    # many names for near spellings to be looked up
    ("Ismaïl Haniyé", ("haniyeh", "haniya")),
    # Daesh in Arabic: the long names of its group of equivalent names came after
    # shorter names with the same letters (Dass, ADISA)
    ("داعش", ("islamic state",)),
    # every listed name with حسن in Arabic script shares its exact word and came before
    # Hasan NASRALLAH, who shares its consonants only
    ("حسن نصرالله", ("nasrallah",)),
    # Islamic State in Chinese: its syllables read as an organisation's and as a
    # person's name retrieve in turn, and IG (an alias of the ISIL on three lists) took
    # three places of the budget before the ISIL's names
    ("伊斯兰国", ("islamic state",)),
])
def test_names_written_otherwise_find_their_subject_on_all_lists(core, query: str, subject) -> None:
    hits = core.screen(query, limit=3)
    assert hits, f"{query!r} found nothing"
    top = f"{hits[0]['name']} {hits[0]['matched_name']}".lower()
    assert any(word in top for word in subject), [(h["name"], h["score"]) for h in hits]


def test_screen_csv_on_two_workers_keeps_every_row_in_order(corpus_store, tmp_path: Path) -> None:
    """A file of more chunks than are in flight at once, screened by two workers, gives
    the rows, in their order and with their hits, that one worker gives."""
    import io

    from singlelist.api import Settings, SingleList
    from singlelist.screening import CHUNKS_IN_FLIGHT, CSV_CHUNK

    names = ["Jabhat al-Nusrah", "Acme Trading Ltd", "Daesh", "", "Lashkar e Taiba", "Maria Lopez"]
    rows = CSV_CHUNK * (2 * CHUNKS_IN_FLIGHT + 3) + 317  # (the last chunk a short one)
    source = "id,customer\n" + "".join(f"{i},{names[i % len(names)]} \n" for i in range(rows))
    core = SingleList(Settings(db_url=f"sqlite:///{corpus_store['db']}", cache_dir=corpus_store["cache"]))
    outputs = []
    for workers in (1, 2):
        out = io.StringIO()
        counts = core.screen_csv(io.StringIO(source), out, "customer", sources=["un-sc"], workers=workers)
        assert counts["rows"] == rows
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    written = list(csv.DictReader(io.StringIO(outputs[1])))
    assert [r["id"] for r in written] == [str(i) for i in range(rows)]
    assert {r["match_ref"] for r in written[::len(names)]} == {"QDe.137"}
