"""Writing drafted records as a fact-base TOML file for review: one source, its facts, new ids only."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from govfacts.i18n import _
from govfacts.review_codes import reason
from govfacts.schema import FIELD_MAP
from govfacts.text import clean

_FIELDS = {
    "indicator": (
        "region", "name", "value", "value_high", "unit", "measure", "basis", "period", "period_label", "qualifier", "status",
    ),
    "program": ("region", "name", "category"),
    "honour": ("region", "name", "level", "year"),
}
_PREFIX = {"indicator": "ind", "program": "prog", "honour": "hon"}
_LEVELS = (("街道", "街道"), ("镇", "镇"), ("乡", "乡"), ("村", "村"), ("区", "区"), ("县", "县"), ("市", "地级市"), ("省", "省"))

def _str(value: str) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (float, Decimal)):
        text = format(Decimal(str(v)), "f")
        return text if "." in text else text + ".0"
    return _str(str(v))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "draft"


class _Ids:
    """Ids not in use yet: the given ones, and every one handed out here."""

    def __init__(self, used: Iterable[str]) -> None:
        self.used = set(used)
        self.next: dict[str, int] = {}  # ids are only ever added, so the first free number only grows

    def new(self, stem: str) -> str:
        n = self.next.get(stem, 1)
        while f"{stem}-{n:02d}" in self.used:
            n += 1
        ident = f"{stem}-{n:02d}"
        self.used.add(ident)
        self.next[stem] = n + 1
        return ident

    def exact(self, ident: str) -> str:
        if ident not in self.used:
            self.used.add(ident)
            return ident
        return self.new(ident)


def entry_ids(records: list[dict[str, Any]], source_id: str, used: Iterable[str] = ()) -> tuple[str, list[str | None]]:
    """The ids a draft of `records` gives its source and each entry (None for a record of no
    entry kind): `source_id` made a slug, then `<source>-ind-01`, `<source>-hon-01` … in order,
    none of them in `used`. The TOML draft and the drafted records carry the same ones."""
    ids = _Ids(used)
    source = ids.exact(_slug(source_id))
    kinds = [r.get("kind", "indicator") for r in records]
    return source, [ids.new(f"{source}-{_PREFIX[k]}") if k in _PREFIX else None for k in kinds]


def draft_toml(
    records: list[dict[str, Any]],
    source_id: str,
    title: str,
    date: str | None = None,
    file: str | None = None,
    used_ids: Iterable[str] = (),
    *,
    known_regions: Iterable[tuple[str, str, str | None]] = (),
    page: str | None = None,
) -> str:
    """The text of a draft fact-base file holding `records` under one [[source]].

    Regions are referred to by id: `cn-` and the 6-digit code for places the gazetteer
    knows (record key region_code; every index holds the gazetteer, and a base's own
    region for such a place answers to that id too), `cn` for 中国; another place the
    base already holds (`known_regions`: its (id, name, parent id) rows) by its id; any
    other place gets a [[region]] entry of its own in the draft. No id collides with
    `used_ids` or with another in the file.

    With `page` (the page's text), an entry `govfacts check` would refuse as it stands (its
    quote not on the page, its value not in its quote, or no place) is written commented
    out, with the reason, for the reviewer.
    """
    source, entry = entry_ids(records, source_id, used_ids)
    ids = _Ids((*used_ids, source, *(i for i in entry if i)))  # the places' ids come after them
    header = _(
        "DRAFT written by `govfacts extract` from the page's text; no one has reviewed it yet.\n"
        "Each entry needs review against the page (value, sign, unit, place, period, name,\n"
        "quote) before it joins the fact base; delete what the page does not state."
    )
    out = [
        *("# " + line for line in header.splitlines()),
        "",
        "[[source]]",
        f"id = {_str(source)}",
        f"title = {_str(title)}",
    ]
    if file:
        out.append(f"file = {_str(file)}")
    if date:
        out.append(f"date = {_str(date)}")
    by_name: dict[str, list[tuple[str, str | None]]] = {}
    for rid, name, parent in known_regions:
        by_name.setdefault(name, []).append((rid, parent))
    regions: dict[tuple[str, ...], str] = {}
    region_blocks: list[list[str]] = []

    def region_id(rec: dict[str, Any]) -> str | None:
        code = rec.get("region_code")
        if code:
            return f"cn-{code}"
        name = rec.get("region") or ""
        if name == "中国":
            return "cn"
        parent_code = rec.get("region_parent_code")
        parent = f"cn-{parent_code}" if parent_code else None
        known = by_name.get(name, [])
        near = [rid for rid, above in known if parent is not None and above == parent]
        if near or len(known) == 1:
            return (near or [known[0][0]])[0]
        path = tuple(rec.get("region_path") or [name])
        if path in regions:
            return regions[path]
        ident = ids.new(f"{source}-place")
        regions[path] = ident
        block = ["", "[[region]]", f"id = {_str(ident)}", f"name = {_str(name)}", f"level = {_str(_level_of(name))}"]
        if parent:
            block.append(f"parent = {_str(parent)}")
        block.append("# " + _("review: a place the gazetteer does not list ({path})").format(path=" / ".join(path)))
        region_blocks.append(block)
        return ident

    flat_page = _flat(page) if page is not None else None
    fact_blocks: list[list[str]] = []
    for rec, ident in zip(records, entry, strict=True):
        kind = rec.get("kind", "indicator")
        if kind not in _FIELDS or ident is None:
            continue
        block = [f"[[{kind}]]", f"id = {_str(ident)}"]
        why = None
        for key in _FIELDS[kind]:
            if key == "region" and not rec.get("region"):
                why = _("the drafter found no place for this entry; add {field}").format(field='region = "…"')
                continue
            value = region_id(rec) if key == "region" else rec.get(key)
            if value is None or value == "":
                if why is None and FIELD_MAP[kind][key].required:
                    why = _("the drafter found no {key} for this entry; add {field}").format(key=key, field=f'{key} = "…"')
                continue
            if key == "status" and value == "actual":
                continue  # a result's status is the default, left unsaid
            named = f"  # {clean(rec['region'])}" if key == "region" and value != rec["region"] else ""  # (cn-110000: 北京市)
            block.append(f"{key} = {_value(value)}{named}")
        block.append(f"source = {_str(source)}")
        block.append(f"quote = {_str(rec.get('quote', ''))}")
        if rec.get("review"):  # what to look at; deleting the line is how a reviewer accepts the entry
            block.insert(0, "# " + _("to review: {reasons}").format(reasons=_("; ").join(reason(r) for r in rec["review"])))
            block.append("review = [" + ", ".join(_str(r) for r in rec["review"]) + "]")
        if rec.get("line"):  # (where a reviewer finds the quote in the report's text)
            block.insert(0, "# " + _("line {line} of the report").format(line=rec["line"]))
        if why is None and page is not None and flat_page is not None:
            why = _refused(rec, page, flat_page)
        if why is not None:
            refused = "# " + clean(_("review: left out, as check would refuse it: {why}").format(why=why))
            block = [refused] + ["# " + line for line in block]
        fact_blocks.append([""] + block)
    for block in region_blocks + fact_blocks:
        out.extend(block)
    return "\n".join(out) + "\n"


def _level_of(name: str) -> str:
    return next((lv for suffix, lv in _LEVELS if name.endswith(suffix)), "县")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _refused(rec: dict[str, Any], page: str, flat_page: str) -> str | None:
    """Why `govfacts check` would refuse this record against its page, or None (the checks of index.pages).

    A drafted record's quote is looked for in the passage it was drafted from (its span)
    first, and in the whole page only where it is not there.
    """
    from govfacts.chinese.numbers import readable

    quote = _flat(rec.get("quote") or "")
    span = rec.get("span")
    here = span is not None and quote in _flat(page[span[0] : span[1]])
    if not quote or not (here or quote in flat_page):
        return _("its quote is not on the page")
    if rec.get("kind", "indicator") != "indicator":
        return None
    if re.match(r"(?:万亿|亿|万).", rec.get("unit") or ""):
        return _("the unit {unit!r} carries a magnitude").format(unit=rec["unit"])
    if not readable(rec["quote"], rec["value"], rec["unit"], rec["measure"]):
        return _("{value} {unit} cannot be read in its quote").format(value=rec["value"], unit=rec["unit"])
    return None
