"""UN Security Council references cited in the free text of national lists.

Builds on :func:`singlelist.sources._common.cited_un_refs` (``UN Ref QDe.137`` = the same
listing, ``Al-Qaida (QDe.004)`` = an associated one) and adds what the UK and Australian
lists also write:

- the labelled field of OFSI's 2022 format, ``(UN Ref):QDi.330``: only that reference is
  the listing itself; other references in such a text are associations (a ship's
  remark citing its owner's ``UN Ref KPe.064``);
- references spelt in capitals after "UN Ref" (``UN Ref.KPI.067`` -> ``KPi.067``);
- the UN's pre-2015 numbering still found in older files (``QI.A.151.03`` ->
  ``QDi.151``, ``QE.A.5.01`` -> ``QDe.005``, ``TI.H.150.11`` -> ``TAi.150``,
  ``TE.H.10.12`` -> ``TAe.010``); the UN renamed these references keeping the number.
"""

from __future__ import annotations

import re

from singlelist.model import CrossRef
from singlelist.sources._common import cited_un_refs

_SAME_BEFORE = re.compile(
    r"(?:UN\s*Ref(?:erence)?\.?\s*(?:No\.?|number)?|\(UN\s*Ref\))\s*[:.]?\s*$", re.I
)
_LABEL_BEFORE = re.compile(r"\(UN\s*Ref\)\s*:\s*$", re.I)
_CAPITAL_REF = re.compile(r"UN\s*Ref\W{0,4}([A-Z]{2})([IE])\.\s?(\d{3})\b")
_LEGACY_REF = re.compile(r"\b([QT])([IE])\.[A-Z]\.(\d{1,3})\.\d{2}\b")
_LEGACY_PREFIX = {"Q": "QD", "T": "TA"}


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 40) : end + 10].strip()


def un_xrefs(text: str | None) -> list[CrossRef]:
    """UN references cited in ``text``, each with relation ``same`` or ``associated``."""
    if not text:
        return []
    labelled = "(UN Ref)" in text or "(UK Sanctions List Ref)" in text
    found: dict[str, CrossRef] = {}

    def add(ref: str, start: int, end: int, relation: str) -> None:
        if ref in found:
            if relation == "same":
                found[ref].relation = "same"
            return
        found[ref] = CrossRef(ref=ref, source="un-sc", relation=relation,
                              text=_context(text, start, end))

    def relation_at(start: int) -> str:
        before = text[max(0, start - 30) : start]
        if labelled:
            return "same" if _LABEL_BEFORE.search(before) else "associated"
        return "same" if _SAME_BEFORE.search(before) else "associated"

    for xref in cited_un_refs(text):
        position = text.find(xref.ref)
        if position < 0:  # "QDe. 137" written with a space
            match = re.search(re.escape(xref.ref).replace(r"\.", r"\.\s?"), text)
            position = match.start() if match else 0
        add(xref.ref, position, position + len(xref.ref), relation_at(position))
    for match in _CAPITAL_REF.finditer(text):
        ref = f"{match.group(1)}{match.group(2).lower()}.{match.group(3)}"
        add(ref, match.start(1), match.end(), relation_at(match.start(1)))
    for match in _LEGACY_REF.finditer(text):
        ref = f"{_LEGACY_PREFIX[match.group(1)]}{match.group(2).lower()}.{int(match.group(3)):03d}"
        add(ref, match.start(), match.end(), relation_at(match.start()))
    return list(found.values())
