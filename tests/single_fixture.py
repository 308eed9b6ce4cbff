"""A small single list from our own fixture files: UN (written by helpers), UK OFSI, EU.

Terrorism-designated organisations it yields:
- QDe.901 FRONT OF THE TEST VALLEY (UN only), QDe.903 EXAMPLE SUPPORT NETWORK (UN only),
- QDe.902 BRIGADE OF THE EXAMPLE: UN and OFSI group 90002, which cites "UN Ref. QDe.902",
- Northern Relief Foundation: EU 90002 only.
Also persons (OFSI 90001 = EU 90001) and OFSI 90003, a sanctions-only organisation.
"""

from __future__ import annotations

from pathlib import Path

from singlelist.api import Settings, SingleList

from conftest import FIXTURES
from helpers import permissive_catalog, write_un


def small_core(folder: Path) -> SingleList:
    core = SingleList(Settings(db_url=f"sqlite:///{folder / 'db.sqlite'}",
                               catalog_file=permissive_catalog(folder)))
    core.load("un-sc", [write_un(folder / "un", "consolidated.xml")])
    core.load("gb-ofsi", [FIXTURES / "gb-ofsi" / "conlist_fixture.csv"])
    core.load("eu-fsf", [FIXTURES / "eu-fsf" / "eu_fsf_sample.xml"])
    return core
