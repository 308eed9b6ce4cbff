"""Export the single list: CSV, JSON, xlsx and FollowTheMoney JSON lines.

Every writer takes entities already selected (``SingleListView.select``) and writes the
current designations of each, like ``singlelist list``:

- ``csv``: one row per designation (entity id, name, kind, other names, source, ref,
  authority, programmes, listed_on);
- ``json``: ``{"entities": [...]}`` as ``singlelist list --json``, each entity also with
  ``all_names`` (every name with its script, language, roles and the lists giving it);
- ``xlsx``: sheet ``entities`` (one row per entity) and sheet ``designations``;
- ``ftm``: FollowTheMoney entities as JSON lines, written as plain dicts (the
  ``followthemoney`` library is only used by the tests, to validate the output): one
  Person / Organization / Vessel / Airplane / LegalEntity per entity, and one Sanction
  per designation pointing at it, so the file loads into yente, Aleph and similar tools.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from singlelist.model import ALIAS, FORMER, ORIGINAL, PRIMARY, TOPIC_SANCTIONS, TOPIC_TERRORISM, WEAK
from singlelist.single import Designation, Entity

FORMATS = ("csv", "json", "ftm", "xlsx")

CSV_COLUMNS = ["id", "name", "kind", "other_names", "source", "ref", "authority", "programmes", "listed_on"]

FTM_SCHEMA = {
    "person": "Person",
    "organisation": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "other": "LegalEntity",
}
FTM_TOPICS = {TOPIC_TERRORISM: "crime.terror", TOPIC_SANCTIONS: "sanction"}
# The strongest role of a name decides its FtM property.
_ROLE_RANK = {PRIMARY: 0, ALIAS: 1, ORIGINAL: 2, FORMER: 3, WEAK: 4}
_ROLE_PROP = {PRIMARY: "alias", ALIAS: "alias", ORIGINAL: "alias", FORMER: "previousName", WEAK: "weakAlias"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# --- countries ---------------------------------------------------------------------

# Country names as the lists write them -> ISO 3166-1 alpha-2 (FtM writes them lowercase).
# A small table of the countries these lists name most; anything else is left out.
_COUNTRIES = {
    "af": "afghanistan", "al": "albania", "dz": "algeria", "ao": "angola", "ar": "argentina",
    "am": "armenia", "au": "australia", "at": "austria", "az": "azerbaijan", "bh": "bahrain",
    "bd": "bangladesh", "by": "belarus", "be": "belgium", "ba": "bosnia and herzegovina|bosnia",
    "br": "brazil", "bg": "bulgaria", "bf": "burkina faso", "mm": "myanmar|burma",
    "bi": "burundi", "kh": "cambodia", "cm": "cameroon", "ca": "canada",
    "cf": "central african republic", "td": "chad", "cl": "chile", "cn": "china",
    "co": "colombia", "cd": "democratic republic of the congo|congo, democratic republic of the|"
    "congo democratic republic|drc|congo (kinshasa)",
    "cg": "congo|republic of the congo|congo (brazzaville)", "hr": "croatia", "cu": "cuba",
    "cy": "cyprus", "cz": "czech republic|czechia", "dk": "denmark", "dj": "djibouti",
    "eg": "egypt", "er": "eritrea", "ee": "estonia", "et": "ethiopia", "fi": "finland",
    "fr": "france", "ge": "georgia", "de": "germany", "gh": "ghana", "gr": "greece",
    "gn": "guinea", "gw": "guinea-bissau", "ht": "haiti", "hu": "hungary", "in": "india",
    "id": "indonesia", "ir": "iran|iran (islamic republic of)|islamic republic of iran",
    "iq": "iraq", "ie": "ireland", "il": "israel", "it": "italy", "ci": "cote d'ivoire|ivory coast",
    "jp": "japan", "jo": "jordan", "kz": "kazakhstan", "ke": "kenya",
    "kp": "democratic people's republic of korea|north korea|korea, north|korea, dprk|dprk|"
    "korea, democratic people's republic of",
    "kr": "republic of korea|south korea|korea, south|korea, republic of",
    "xk": "kosovo", "kw": "kuwait", "kg": "kyrgyzstan", "la": "laos|lao people's democratic republic",
    "lv": "latvia", "lb": "lebanon", "lr": "liberia", "ly": "libya", "lt": "lithuania",
    "lu": "luxembourg", "mk": "north macedonia|macedonia", "my": "malaysia", "mv": "maldives",
    "ml": "mali", "mt": "malta", "mr": "mauritania", "mx": "mexico",
    "md": "moldova|republic of moldova", "mn": "mongolia", "me": "montenegro", "ma": "morocco",
    "mz": "mozambique", "np": "nepal", "nl": "netherlands|the netherlands", "nz": "new zealand",
    "ne": "niger", "ng": "nigeria", "no": "norway", "om": "oman", "pk": "pakistan",
    "ps": "palestine|occupied palestinian territory|state of palestine|palestinian territories|"
    "west bank|gaza|gaza strip",
    "pa": "panama", "ph": "philippines", "pl": "poland", "pt": "portugal", "qa": "qatar",
    "ro": "romania", "ru": "russia|russian federation", "rw": "rwanda", "sa": "saudi arabia",
    "sn": "senegal", "rs": "serbia", "sl": "sierra leone", "sg": "singapore", "sk": "slovakia",
    "si": "slovenia", "so": "somalia", "za": "south africa", "ss": "south sudan", "es": "spain",
    "lk": "sri lanka", "sd": "sudan", "se": "sweden", "ch": "switzerland",
    "sy": "syria|syrian arab republic", "tw": "taiwan", "tj": "tajikistan",
    "tz": "tanzania|united republic of tanzania", "th": "thailand", "tn": "tunisia",
    "tr": "turkey|turkiye", "tm": "turkmenistan", "ug": "uganda", "ua": "ukraine",
    "ae": "united arab emirates|uae",
    "gb": "united kingdom|uk|great britain|united kingdom of great britain and northern ireland",
    "us": "united states|united states of america|usa|us",
    "uz": "uzbekistan", "ve": "venezuela|venezuela (bolivarian republic of)", "vn": "viet nam|vietnam",
    "ye": "yemen", "zm": "zambia", "zw": "zimbabwe", "bj": "benin", "tg": "togo", "gm": "gambia",
    "ga": "gabon", "km": "comoros", "mg": "madagascar", "na": "namibia", "bw": "botswana",
    "sz": "eswatini|swaziland", "ls": "lesotho", "mw": "malawi", "cv": "cabo verde|cape verde",
    "ec": "ecuador", "pe": "peru", "bo": "bolivia", "py": "paraguay", "uy": "uruguay",
    "ni": "nicaragua", "hn": "honduras", "gt": "guatemala", "sv": "el salvador", "cr": "costa rica",
    "do": "dominican republic", "jm": "jamaica", "tt": "trinidad and tobago",
    "is": "iceland", "li": "liechtenstein", "mc": "monaco", "sm": "san marino", "va": "holy see",
    "ad": "andorra", "bn": "brunei|brunei darussalam", "tl": "timor-leste|east timor",
    "pg": "papua new guinea", "fj": "fiji", "bt": "bhutan", "hk": "hong kong", "mo": "macao|macau",
}
# Nationalities as adjectives ("Russian", "North Korean").
_DEMONYMS = {
    "af": "afghan|afghani", "dz": "algerian", "az": "azerbaijani", "bh": "bahraini",
    "bd": "bangladeshi", "by": "belarusian|belarussian", "gb": "british",
    "cn": "chinese", "cd": "congolese", "eg": "egyptian", "er": "eritrean", "et": "ethiopian",
    "fr": "french", "de": "german", "in": "indian", "id": "indonesian", "ir": "iranian",
    "iq": "iraqi", "il": "israeli", "jo": "jordanian", "kz": "kazakh|kazakhstani", "ke": "kenyan",
    "kp": "north korean", "kw": "kuwaiti", "kg": "kyrgyz", "lb": "lebanese", "ly": "libyan",
    "ml": "malian", "mr": "mauritanian", "md": "moldovan", "ma": "moroccan",
    "ng": "nigerian", "pk": "pakistani", "ps": "palestinian|occupied palestinian territories",
    "ph": "filipino|philippine", "qa": "qatari", "ru": "russian", "rw": "rwandan",
    "sa": "saudi|saudi arabian", "so": "somali", "sd": "sudanese", "sy": "syrian",
    "tj": "tajik|tajikistani", "tn": "tunisian", "tr": "turkish", "ug": "ugandan",
    "ua": "ukrainian|ukranian", "ae": "emirati", "us": "american", "uz": "uzbek|uzbekistani",
    "ve": "venezuelan", "ye": "yemeni", "gq": "equatorial guinea", "mh": "marshall islands",
    "gw": "guinea bissau", "vg": "british virgin islands",
    "hk": "china, hong kong special administrative region", "mu": "mauritius|mauritian",
    "ba": "bosnian|bosnia-herzegovina",
}
_ISO3 = {
    "afg": "af", "dza": "dz", "aze": "az", "bhr": "bh", "bgd": "bd", "blr": "by", "bih": "ba",
    "mmr": "mm", "caf": "cf", "chn": "cn", "cod": "cd", "cog": "cg", "cub": "cu", "egy": "eg",
    "eri": "er", "fra": "fr", "deu": "de", "gbr": "gb", "ind": "in", "idn": "id", "irn": "ir",
    "irq": "iq", "isr": "il", "jor": "jo", "kaz": "kz", "ken": "ke", "prk": "kp", "kor": "kr",
    "kwt": "kw", "lbn": "lb", "lby": "ly", "mli": "ml", "mar": "ma", "nga": "ng", "pak": "pk",
    "pse": "ps", "phl": "ph", "qat": "qa", "rus": "ru", "sau": "sa", "som": "so", "ssd": "ss",
    "sdn": "sd", "syr": "sy", "tun": "tn", "tur": "tr", "ukr": "ua", "are": "ae", "usa": "us",
    "uzb": "uz", "ven": "ve", "yem": "ye", "zwe": "zw", "tjk": "tj", "kgz": "kg", "nld": "nl",
    "bel": "be", "esp": "es", "ita": "it", "swe": "se", "che": "ch", "aus": "au", "can": "ca",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.replace("’", "'").strip(" .;,").split())
    return text[4:] if text.startswith("the ") else text


_BY_NAME = {_fold(name): code for table in (_COUNTRIES, _DEMONYMS) for code, names in table.items()
            for name in names.split("|")}
_CODES = set(_BY_NAME.values())


def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code (lowercase) for a country as a list writes it, else None."""
    if not value:
        return None
    folded = _fold(value)
    if folded in _BY_NAME:
        return _BY_NAME[folded]
    if len(folded) == 2 and folded in _CODES:
        return folded
    if len(folded) == 3 and folded in _ISO3:
        return _ISO3[folded]
    # "Syria (as at 2013)": the part before a bracket
    return _BY_NAME.get(folded.split("(")[0].strip(" ,"))


def country_codes(value: str | None) -> list[str]:
    """Codes for a cell that may pack several countries ("Russian and Ukrainian", "A; B")."""
    code = country_code(value)
    if code or not value:
        return [code] if code else []
    parts = re.split(r"\s*(?:;|/|,|\band\b)\s*", value)
    return [c for c in dict.fromkeys(country_code(p) for p in parts) if c]


# --- rows --------------------------------------------------------------------------


def designation_rows(entities: Sequence[Entity]) -> Iterator[list[str]]:
    """CSV rows (without header): one per current designation."""
    for entity in entities:
        summary = entity.summary()
        others = "; ".join(summary["names"])
        for d in summary["designations"]:
            yield [entity.id, entity.name, entity.kind, others, d["source"], d["ref"], d["authority"],
                   "; ".join(d["programmes"]), d["listed_on"] or ""]


def entity_json(entity: Entity) -> dict[str, Any]:
    return entity.summary() | {"all_names": entity.names()}


def write_csv(entities: Sequence[Entity], out: Path) -> int:
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for row in designation_rows(entities):
            writer.writerow(row)
            count += 1
    return count


def write_json(entities: Sequence[Entity], out: Path) -> int:
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"entities": [entity_json(e) for e in entities]}, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return len(entities)


def write_xlsx(entities: Sequence[Entity], out: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheets = {"entities": book.create_sheet("entities"), "designations": book.create_sheet("designations")}

    def row(sheet: str, values: list[Any]) -> list[Any]:
        cells = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheets[sheet], ILLEGAL_CHARACTERS_RE.sub("", value))
                cell.data_type = "s"  # never a formula, whatever the text starts with
                cells.append(cell)
            else:
                cells.append(value)
        return cells

    sheets["entities"].append(["id", "name", "kind", "other_names", "sources", "authorities",
                               "topics", "first_listed"])
    sheets["designations"].append(CSV_COLUMNS)
    for entity in entities:
        summary = entity.summary()
        designations = summary["designations"]
        dates = sorted(d["listed_on"] for d in designations if d["listed_on"])
        sheets["entities"].append(row("entities", [
            entity.id, entity.name, entity.kind, "; ".join(summary["names"]),
            "; ".join(sorted({d["source"] for d in designations})),
            len({d["source"] for d in designations}),
            "; ".join(sorted(entity.topics)), dates[0] if dates else "",
        ]))
    for values in designation_rows(entities):
        sheets["designations"].append(row("designations", values))
    book.save(out)
    return len(entities)


# --- FollowTheMoney ----------------------------------------------------------------


def slug(text: str) -> str:
    """An FtM-friendly id: lowercase letters, digits, dots and dashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9.]+", "-", text).strip("-")


def _add(props: dict[str, list[str]], prop: str, value: str | None) -> None:
    if value and value not in props.setdefault(prop, []):
        props[prop].append(value)


def ftm_entity(entity: Entity) -> dict[str, Any]:
    """The entity as an FtM Person / Organization / Vessel / Airplane / LegalEntity."""
    schema = FTM_SCHEMA.get(entity.kind, "LegalEntity")
    props: dict[str, list[str]] = {"name": [entity.name]}
    for name in entity.names():
        if name["name"].casefold() == entity.name.casefold():
            continue
        role = min(name["roles"], key=lambda r: _ROLE_RANK.get(r, 9))
        _add(props, _ROLE_PROP.get(role, "alias"), name["name"])
    for topic in sorted(entity.topics):
        _add(props, "topics", FTM_TOPICS.get(topic))
    for d in entity.active:
        record = d.record
        for value in record.countries + [a.country for a in record.addresses if a.country]:
            for code in country_codes(value):
                _add(props, "country", code)
        if schema == "Person":
            for value in record.nationalities:
                for code in country_codes(value):
                    _add(props, "nationality", code)
            for date in record.birth_dates:
                if _DATE.match(date):
                    _add(props, "birthDate", date)
    return {"id": entity.id, "schema": schema, "properties": {k: v for k, v in props.items() if v}}


def ftm_sanction(entity: Entity, d: Designation, jurisdiction: str | None = None,
                 source_url: str | None = None) -> dict[str, Any]:
    """One designation as an FtM Sanction on ``entity``."""
    props: dict[str, list[str]] = {"entity": [entity.id]}
    _add(props, "authority", d.authority)
    for programme in d.programmes:
        _add(props, "program", programme)
    if d.listed_on and _DATE.match(d.listed_on):
        _add(props, "listingDate", d.listed_on)
    _add(props, "authorityId", d.ref)
    if d.source == "un-sc":
        _add(props, "unscId", d.ref)
    if jurisdiction:
        _add(props, "country", jurisdiction.lower() if jurisdiction.upper() in ("UN", "EU")
             else country_code(jurisdiction))
    if source_url and source_url.startswith(("http://", "https://")):
        _add(props, "sourceUrl", source_url)
    return {"id": slug(f"{entity.id}-{d.source}-{d.ref}"), "schema": "Sanction", "properties": props}


def write_ftm(entities: Sequence[Entity], out: Path, catalog: Mapping[str, Any] | None = None) -> int:
    """FtM JSON lines; ``catalog`` (source id -> catalog Source) gives jurisdictions and URLs."""
    catalog = catalog or {}
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        for entity in entities:
            handle.write(json.dumps(ftm_entity(entity), ensure_ascii=False) + "\n")
            count += 1
            for d in entity.active:
                source = catalog.get(d.source)
                jurisdiction = getattr(source, "jurisdiction", None) or None
                downloads = getattr(source, "downloads", None) or {}
                url = next(iter(downloads.values()), None)
                sanction = ftm_sanction(entity, d, jurisdiction, url)
                handle.write(json.dumps(sanction, ensure_ascii=False) + "\n")
                count += 1
    return count


def export(entities: Sequence[Entity], fmt: str, out: str | Path,
           catalog: Mapping[str, Any] | None = None) -> int:
    """Write ``entities`` to ``out`` in ``fmt``; returns the number of rows/objects written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return write_csv(entities, out)
    if fmt == "json":
        return write_json(entities, out)
    if fmt == "xlsx":
        return write_xlsx(entities, out)
    return write_ftm(entities, out, catalog)
