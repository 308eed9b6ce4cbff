"""Small builders shared by tests: a UN-format XML written from scratch, a test catalog."""

from __future__ import annotations

from pathlib import Path

import yaml

UN_ENTITY = """    <ENTITY>
      <DATAID>{dataid}</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>{name}</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>{ref}</REFERENCE_NUMBER>
      <LISTED_ON>{listed}</LISTED_ON>
      <COMMENTS1>Test entity number {dataid}.</COMMENTS1>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <ENTITY_ALIAS>
        <QUALITY>a.k.a.</QUALITY>
        <ALIAS_NAME>{alias}</ALIAS_NAME>
      </ENTITY_ALIAS>
      <ENTITY_ADDRESS><COUNTRY>Syria</COUNTRY></ENTITY_ADDRESS>
      <SORT_KEY/>
      <SORT_KEY_LAST_MOD/>
    </ENTITY>
"""


def un_xml(entities: list[tuple[str, str, str]], generated: str = "2026-01-15T00:00:00Z") -> str:
    """A UN consolidated-list XML with the given ``(ref, name, alias)`` entities."""
    body = "".join(
        UN_ENTITY.format(dataid=100 + i, ref=ref, name=name, alias=alias, listed="2012-05-14")
        for i, (ref, name, alias) in enumerate(entities)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<CONSOLIDATED_LIST dateGenerated="{generated}">\n'
        "  <INDIVIDUALS/>\n  <ENTITIES>\n" + body + "  </ENTITIES>\n</CONSOLIDATED_LIST>\n"
    )


SMALL_ENTITIES = [
    ("QDe.901", "FRONT OF THE TEST VALLEY", "Jabhat Wadi al-Ikhtibar"),
    ("QDe.902", "BRIGADE OF THE EXAMPLE", "Katibat al-Mithal"),
    ("QDe.903", "EXAMPLE SUPPORT NETWORK", "Shabakat al-Mithal"),
]


def write_un(
    folder: Path, name: str, entities=SMALL_ENTITIES, generated: str = "2026-01-15T00:00:00Z"
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(un_xml(entities, generated), encoding="utf-8")
    return path


def permissive_catalog(folder: Path, overrides: dict | None = None) -> Path:
    """A catalog override file that lets tiny fixture lists load (no minimum counts)."""
    from singlelist.sources.catalog import load_catalog

    entries = {sid: {"expect": {"min_records": 1}} for sid in load_catalog(None)}
    for sid, entry in (overrides or {}).items():
        entries.setdefault(sid, {}).update(entry)
    path = folder / "catalog-test.yml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    return path
