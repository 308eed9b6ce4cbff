"""The matcher on the real UN Consolidated List (skipped where the corpus is absent)."""

from __future__ import annotations

import pytest

from singlelist.match import IndexEntry, NameIndex, find_mentions
from singlelist.match.normalize import is_abjad
from singlelist.sources.catalog import load_catalog

UN_FILE = "un/consolidated_2026-02-27.xml"


@pytest.fixture(scope="module")
def un_index(corpus) -> NameIndex:
    parsed = load_catalog()["un-sc"].parse([corpus / UN_FILE])
    entries = [
        IndexEntry(
            id=record.key,
            kind=record.kind,
            names=[(n.value, n.role) for n in record.names],
            topics=frozenset(record.topics),
            sources=frozenset({record.source}),
            caption=record.name,
        )
        for record in parsed.records
    ]
    return NameIndex.build(entries)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jabhat al-Nusra", "un-sc:QDe.137"),
        ("Jabhet al-Nusra", "un-sc:QDe.137"),
        ("Al Nusra Front", "un-sc:QDe.137"),
        ("Джебхат ан-Нусра", "un-sc:QDe.137"),
        ("جبهة النصرة", "un-sc:QDe.137"),
        ("Hayat Tahrir al-Sham", "un-sc:QDe.137"),
        ("the Victory Front", "un-sc:QDe.137"),
        ("Dschabhat an-Nusra", "un-sc:QDe.137"),  # as German writes it
        ("Dschaisch-e-Mohammed", "un-sc:QDe.019"),
        ("ISIL", "un-sc:QDe.115"),
        ("Daesh", "un-sc:QDe.115"),
        ("Al Qaeda", "un-sc:QDe.004"),
        ("Lashkar e Taiba", "un-sc:QDe.118"),
        ("Army of Mohammed", "un-sc:QDe.019"),
        ("Jaish-e-Mohammed", "un-sc:QDe.019"),
        ("AQIM", "un-sc:QDe.014"),
        ("Al-Qaeda in the Islamic Maghreb", "un-sc:QDe.014"),
        # Chinese syllables of a name of no kind, read as an organisation's words and as a
        # person's name in turn: each reading its own budget (Somalia's Youth Party)
        ("索马里青年党", "un-sc:SOe.001"),
    ],
)
def test_un_queries_find_the_listing_first(un_index, query, expected):
    hits = un_index.search(query)
    assert hits, f"{query!r} found nothing"
    assert hits[0].entry.id == expected, [(h.entry.id, h.score.value) for h in hits[:3]]


def test_un_persons_reordered_and_respelled(un_index):
    hits = un_index.search("Ayman al-Zawahiri", kind="person")
    assert hits and "Zawahiri" in hits[0].entry.caption.title()
    reordered = un_index.search("al-Zawahiri Ayman", kind="person")
    assert reordered and reordered[0].entry.id == hits[0].entry.id
    respelled = un_index.search("Aiman el-Zawahry", kind="person")
    assert respelled and respelled[0].entry.id == hits[0].entry.id


@pytest.mark.parametrize(
    "query",
    ["Siemens AG", "Islamic Relief Worldwide", "State Bank of India", "Front Line Defenders",
     "Toyota Motor Corporation", "Paul Anderson", "Emma Thompson", "World Food Programme"],
)
def test_unlisted_names_find_nothing(un_index, query):
    assert un_index.search(query) == []


def test_un_narrative_mentions(un_index):
    text = ("Jabhat al-Nusrah was formed by Al-Qaida in Iraq, listed as the Islamic State in "
            "Iraq and the Levant. Lashkar-e-Tayyiba and Jaish-i-Mohammed were also named.")
    found = {(m.text, m.entry.id) for m in find_mentions(text, un_index)}
    assert ("Jabhat al-Nusrah", "un-sc:QDe.137") in found
    assert ("Al-Qaida in Iraq", "un-sc:QDe.115") in found
    assert ("Lashkar-e-Tayyiba", "un-sc:QDe.118") in found
    assert ("Jaish-i-Mohammed", "un-sc:QDe.019") in found
    assert not any(m.entry.id == "un-sc:QDe.004" for m in find_mentions(text, un_index)
                   if m.text == "Al-Qaida")


def test_names_in_arabic_script_find_their_latin_listing(corpus):
    # the UN list without the names in Arabic script of the persons searched: found by
    # their consonants, among the other persons' names in Arabic script that share the
    # query's exact words (Shihab, ud-Din)
    searched = {"un-sc:TAi.113", "un-sc:QDi.065", "un-sc:QDi.250"}
    parsed = load_catalog()["un-sc"].parse([corpus / UN_FILE])
    entries = [
        IndexEntry(id=r.key, kind=r.kind, names=[(n.value, n.role) for n in r.names
                                                 if r.key not in searched or not is_abjad(n.value)])
        for r in parsed.records
    ]
    index = NameIndex.build(entries)
    for query, expected in (("شهاب الدين دلاور", "un-sc:TAi.113"),
                            ("عبد القادر محمود محمد السيد", "un-sc:QDi.065"),
                            # (Amr and Muhammad: many Latin names have both)
                            ("عمر محمد قدير", "un-sc:QDi.250")):
        hits = index.search(query, kind="person")
        assert hits and hits[0].entry.id == expected, (query, [(h.entry.id, h.score.value)
                                                               for h in hits[:3]])
