"""Turning loose query text into places and fact names: the matching rules, best first.

Places: full name, short form (衢州 → 衢州市), alias, pinyin and initials, then
unique prefixes and characters in order; a typo gets suggestions, never a guess.
Names: exact, contained, term synonyms both ways, pinyin, characters in order.
Traditional characters and full-width forms are folded before any of these.
Query text is only ever bound as a parameter, and LIKE wildcards are escaped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import reduce

from govfacts.errors import AmbiguousPlace, NoMatch, UnknownPlace, UsageError
from govfacts.i18n import _
from govfacts.text import fold, is_latin, latin_key, like_escape, subsequence_pattern

# Longer text names no place or fact; refusing it keeps every pattern small.
MAX_QUERY = 200

# Ranks of a name match; lower is better.
EXACT, CONTAINS, SYNONYM, PINYIN, PINYIN_PART, IN_ORDER, WITHIN = 0, 1, 2, 3, 4, 5, 6


class Query:
    """A query's text, folded once: `text` for Chinese, `latin` for pinyin (or None)."""

    __slots__ = ("raw", "text", "latin")

    def __init__(self, raw: str, text: str, latin: str | None) -> None:
        self.raw, self.text, self.latin = raw, text, latin


def checked(raw: str, what: str = "query") -> str:
    """The query text, stripped; UsageError when it is empty or too long to name anything.

    `what` names the text in the message: "query" or "search"."""
    text = raw.strip()
    if not text:
        raise UsageError(_("the search text is empty") if what == "search" else _("the query text is empty"))
    if len(text) > MAX_QUERY:
        raise UsageError(
            _("the query text is too long ({count:,} characters; at most {most})").format(count=len(text), most=MAX_QUERY)
        )
    return text


def either(names: Sequence[str]) -> str:
    """Names as alternatives, in the language of this run: A or B or C."""
    return reduce(lambda a, b: _("{first} or {second}").format(first=a, second=b), names)


def listing(names: Sequence[str]) -> str:
    """Names as a list, in the language of this run: A, B, C."""
    return reduce(lambda a, b: _("{first}, {second}").format(first=a, second=b), names)


def prepare(db: sqlite3.Connection, raw: str) -> Query:
    """Fold the query, mapping traditional characters through the index's table."""
    checked(raw)
    text = fold(raw)
    wide = sorted({ch for ch in text if not ch.isascii()})
    if wide:
        marks = ",".join("?" * len(wide))
        charmap = dict(db.execute(f"SELECT trad, simp FROM charmap WHERE trad IN ({marks})", wide))
        text = fold(text, charmap)
    latin = latin_key(raw) if is_latin(raw) else None
    return Query(raw, text, latin or None)


# ---------------------------------------------------------------- places


def _names(db: sqlite3.Connection, ids: list[str]) -> list[str]:
    """The places' names, each with its parent's where two share a name: 朝阳区 (北京市)."""
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT r.name, p.name FROM region r LEFT JOIN region p ON p.id = r.parent "
        f"WHERE r.id IN ({marks}) ORDER BY r.file = 'gazetteer', r.depth, r.file, r.pos",
        ids,
    ).fetchall()
    names = [row[0] for row in rows]
    return [
        _("{name} ({parent})").format(name=name, parent=parent) if parent and names.count(name) > 1 else name
        for name, parent in rows
    ]


def _best(rows: list[tuple[str, int]]) -> list[str]:
    if not rows:
        return []
    top = min(rank for _, rank in rows)
    return list(dict.fromkeys(rid for rid, rank in rows if rank == top))


def has_facts(db: sqlite3.Connection, region: str) -> bool:
    """Whether the base holds facts about the place or a place below it."""
    return bool(
        db.execute(
            "SELECT 1 FROM region_tree t JOIN fact f ON f.region = t.region WHERE t.ancestor = ? LIMIT 1", (region,)
        ).fetchone()
    )


def _with_facts(db: sqlite3.Connection, ids: list[str]) -> list[str]:
    return [i for i in ids if has_facts(db, i)]


def _pick(db: sqlite3.Connection, raw: str, ids: list[str], notes: list[str] | None) -> str:
    """The one place of several that match equally well: the only one with facts, else AmbiguousPlace."""
    if len(ids) == 1:
        return ids[0]
    holding = _with_facts(db, ids)
    if len(holding) == 1:
        if notes is not None:
            others = _names(db, [i for i in ids if i != holding[0]])
            shown = listing(others[:5])
            if len(others) > 5:
                shown = _("{names} and {count} more").format(names=shown, count=len(others) - 5)
            notes.append(
                _("{text!r} is taken as {place}, the one with facts; it could also be {others}").format(
                    text=raw, place=_names(db, holding)[0], others=shown
                )
            )
        return holding[0]
    _ambiguous(db, raw, holding or ids)
    raise AssertionError  # pragma: no cover - _ambiguous raises


def _short_with_facts(db: sqlite3.Connection, rows: list[tuple[str, int]], best: list[str]) -> list[str]:
    """Where the best matches hold no facts: the places a short form names, strict or loose, that
    do, with those best matches (阿坝 is 阿坝县's short form and, more loosely, 阿坝藏族羌族自治州's)."""
    short = list(dict.fromkeys(rid for rid, rank in rows if 1 <= rank <= 2 and rid not in best))
    holding = _with_facts(db, short)
    return [*best, *holding] if holding else []


def place_by_id(db: sqlite3.Connection, ident: str) -> str | None:
    """The place an id names (quzhou, cn-370200, or a gazetteer id a declared place answers to)."""
    row = db.execute(
        "SELECT id FROM region WHERE id = ? UNION ALL SELECT region FROM region_alias WHERE alias = ? LIMIT 1",
        (ident, ident),
    ).fetchone()
    return row[0] if row else None


def find_place(db: sqlite3.Connection, raw: str, notes: list[str] | None = None, strict: bool = False) -> str:
    """The id of the one place the text names; NoMatch with suggestions otherwise.

    Of places that match equally well, those that hold facts come first; `notes` gets a
    line naming the others when that settles it. With `strict`, a place counts only if it
    holds facts or the text is its full official name (for words inside free text).
    """
    q = prepare(db, raw)
    found = _find(db, raw, q, notes)
    if strict and not has_facts(db, found):
        (name,) = db.execute("SELECT name FROM region WHERE id = ?", (found,)).fetchone()
        if fold(name) != q.text:
            raise NoMatch(_("{text!r} is a place with no facts here").format(text=raw))
    return found


def _find(db: sqlite3.Connection, raw: str, q: Query, notes: list[str] | None) -> str:
    keys = [k for k in (q.text, q.latin) if k]
    for key in keys:
        rows = db.execute("SELECT region, rank FROM place_key WHERE key = ?", (key,)).fetchall()
        ids = _best(rows)
        if ids and not _with_facts(db, ids):
            ids = _short_with_facts(db, rows, ids) or ids
        if ids:
            return _pick(db, raw, ids, notes)
    within = _qualified_places(db, q.text) if not q.latin else []
    if within:
        return _pick(db, raw, within, notes)
    by_id = place_by_id(db, raw.strip())  # an id names its place (cn-370200) where no name matched
    if by_id is not None:
        return by_id
    for key in keys:
        pattern = like_escape(key) + "%"
        rows = db.execute(
            "SELECT DISTINCT region FROM place_key WHERE key LIKE ? ESCAPE '\\'", (pattern,)
        ).fetchall()
        ids = [r for (r,) in rows]
        if ids:
            return _pick(db, raw, ids, notes)
    if not q.latin and len(q.text) >= 2:
        rows = db.execute(
            "SELECT DISTINCT region FROM place_key WHERE rank <= 2 AND key LIKE ? ESCAPE '\\'",
            (subsequence_pattern(q.text),),
        ).fetchall()
        ids = [r for (r,) in rows]
        holding = ids if len(ids) == 1 else _with_facts(db, ids)
        if len(holding) == 1:
            return holding[0]
    suggested = _suggestion(db, q)
    if suggested:
        raise UnknownPlace(
            _("no place named {text!r}; did you mean {names}?").format(text=raw, names=either(suggested)), suggested
        )
    raise UnknownPlace(_("no place named {text!r}").format(text=raw))


def _qualified_places(db: sqlite3.Connection, text: str) -> list[str]:
    """The places a name qualified by an enclosing place means (衢州市柯城区, 广州白云区)."""
    for cut in range(2, len(text) - 1):
        rows = db.execute(
            "SELECT DISTINCT inner_key.region FROM place_key outer_key"
            " JOIN region_tree tree ON tree.ancestor = outer_key.region AND tree.region <> tree.ancestor"
            " JOIN place_key inner_key ON inner_key.region = tree.region"
            " WHERE outer_key.key = ? AND inner_key.key = ?",
            (text[:cut], text[cut:]),
        ).fetchall()
        if rows:
            return [r for (r,) in rows]
    return []


def _ambiguous(db: sqlite3.Connection, raw: str, ids: list[str]) -> None:
    names = _names(db, ids)
    raise AmbiguousPlace(
        _("{text!r} could be {count} places: {names}; say which").format(text=raw, count=len(names), names=listing(names))
    )


def transposed(a: str, b: str) -> bool:
    """Whether `b` is `a` with two adjacent characters swapped (jinhau for jinhua)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _closest(word: str, keys: list[str], cutoff: float) -> list[str]:
    """The keys nearest to `word`: the best, and any others nearly as good.

    Two adjacent letters swapped (jinhau) is the commonest slip of a typing hand, so a key
    that differs from the word only so comes before any other near spelling (jinhua, not
    jinhu, though jinhu shares more letters in order)."""
    import difflib

    keys = sorted(set(keys))
    swapped = [k for k in keys if transposed(word, k)]
    if swapped:
        return swapped[:3]
    scored = []
    for k in keys:
        m = difflib.SequenceMatcher(None, word, k)
        # the two quick ratios are upper bounds of ratio(): most keys are ruled out by them
        if m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff:
            score = m.ratio()
            if score >= cutoff:
                scored.append((score, k))
    scored.sort(reverse=True)
    return [k for score, k in scored[:3] if score >= scored[0][0] - 0.05] if scored else []


def _suggestion(db: sqlite3.Connection, q: Query) -> list[str]:
    """The names of the places a typo likely means (none when nothing is close)."""
    candidates: list[str] = []
    if q.latin:
        keys = [k for (k,) in db.execute("SELECT key FROM place_key WHERE rank >= 3")]
        close = _closest(q.latin, keys, 0.7)
        candidates = [
            r for k in close for (r,) in db.execute("SELECT region FROM place_key WHERE key = ?", (k,))
        ]
    else:
        from govfacts.index.names import pinyin_keys  # only on this error path

        sound = pinyin_keys(q.text)[0]
        candidates = [
            r for (r,) in db.execute("SELECT region FROM place_key WHERE key = ? AND rank >= 3", (sound,))
        ]
        if not candidates:  # a homophone (衢洲 for 衢州) is the likeliest typo; else a near spelling
            keys = [k for (k,) in db.execute("SELECT key FROM place_key WHERE rank <= 2")]
            for k in _closest(q.text, keys, 0.6):
                candidates.extend(
                    r for (r,) in db.execute("SELECT region FROM place_key WHERE key = ?", (k,))
                )
    candidates = list(dict.fromkeys(candidates))
    candidates = _with_facts(db, candidates) or candidates  # a place with facts is the likelier meaning
    return _names(db, candidates) if candidates else []


# ---------------------------------------------------------------- fact names


def synonyms(db: sqlite3.Connection, text: str) -> list[str]:
    """The text with each [[term]] it holds swapped for the term's other forms (电诈 ⇄ 电信网络诈骗)."""
    pairs = db.execute(
        "SELECT name, alias FROM term WHERE instr(?, name) > 0 OR instr(?, alias) > 0", (text, text)
    ).fetchall()
    out: list[str] = []
    for name, alias in pairs:
        if alias in text:
            out.append(text.replace(alias, name))
        if name in text:
            out.append(text.replace(name, alias))
    # one more step reaches the term's other aliases (电诈 → 电信网络诈骗 → 电信诈骗)
    for variant in list(out):
        for name, alias in db.execute("SELECT name, alias FROM term WHERE instr(?, name) > 0", (variant,)):
            out.append(variant.replace(name, alias))
    return [v for v in dict.fromkeys(out) if v and v != text]


def match_labels(db: sqlite3.Connection, q: Query, kinds: Sequence[str] | None = None) -> dict[int, int]:
    """The fact names and tags the query matches: label id → rank.

    With `kinds`, only names and tags of facts of those kinds are looked at (label_kind),
    so that `metric` never reads through the names of a base's 150,000 programs.
    """
    found: dict[int, int] = {}
    source, args = "label", []
    if kinds:
        source = (
            f"(SELECT * FROM label WHERE id IN (SELECT label FROM label_kind WHERE kind IN "
            f"({','.join('?' * len(kinds))})))"
        )
        args = list(kinds)

    def add(where: str, params: tuple, rank: int) -> None:
        for (lid,) in db.execute(f"SELECT id FROM {source} WHERE {where}", [*args, *params]):
            if rank < found.get(lid, 99):
                found[lid] = rank

    t = q.text
    add("norm = ?", (t,), EXACT)
    add("instr(norm, ?) > 0", (t,), CONTAINS)
    for variant in synonyms(db, t):
        add("instr(norm, ?) > 0", (variant,), SYNONYM)
    if q.latin:
        add("pinyin = ? OR initials = ?", (q.latin, q.latin), PINYIN)
        add("instr(pinyin, ?) > 0", (q.latin,), PINYIN_PART)
    elif len(t) >= 2:
        add("norm LIKE ? ESCAPE '\\'", (subsequence_pattern(t),), IN_ORDER)
    if not found and not q.latin and len(t) >= 3:
        # the query says more than the name: 生产安全事故发生起数 finds 生产安全事故起数
        shortest = max(2, (len(t) * 2 + 2) // 3)
        rows = db.execute(f"SELECT id, norm FROM {source} WHERE length(norm) BETWEEN ? AND ?", [*args, shortest, len(t)])
        for lid, norm in rows:
            if _in_order(norm, t) and found.get(lid, 99) > WITHIN:
                found[lid] = WITHIN
    return found


def _in_order(short: str, long: str) -> bool:
    """True when the characters of `short` appear in `long` in the same order."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def as_json(found: dict[int, int]) -> str:
    """Label matches as a JSON array for json_each(), so any number binds as one parameter."""
    return json.dumps([[lid, rank] for lid, rank in found.items()])
