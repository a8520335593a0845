"""Search keys computed when the index is built: pinyin and traditional forms.

The libraries behind them (pypinyin, OpenCC) are imported here only, so that no
query pays for them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from govfacts.text import fold, latin_key, short_forms


def pinyin_keys(text: str) -> tuple[str, str]:
    """Full pinyin and initials of a Chinese text, as latin keys: 衢州市 → (quzhoushi, qzs).

    pypinyin reads a text run by run of Chinese and other characters (its own split,
    simple_seg), so each run's syllables are worked out once and reused: a base of 150,000
    program names made of a few words and a number pays for the few words.
    """
    from pypinyin.constants import RE_HANS
    from pypinyin.seg.simpleseg import simple_seg

    syllables: list[str] = []
    for run in simple_seg(text):
        if RE_HANS.match(run):
            syllables.extend(_syllables(run))
        else:  # no pinyin: pypinyin keeps the run whole (errors="default")
            syllables.extend(k for k in (latin_key(run),) if k)
    return "".join(syllables), "".join(s[0] for s in syllables)


@functools.lru_cache(maxsize=65536)
def _syllables(run: str) -> tuple[str, ...]:
    """The latin keys of the syllables of one run of Chinese characters."""
    from pypinyin import Style, lazy_pinyin

    return tuple(k for k in (latin_key(s) for s in lazy_pinyin(run, style=Style.NORMAL, errors="default")) if k)


def place_keys(name: str, aliases: Iterable[str]) -> list[tuple[str, int]]:
    """Every key a place can be looked up by, with its rank (lower is a better match).

    0 the name, 1 a short form, 2 an alias or a looser short form (恩施 of 恩施土家族苗族自治州,
    whose short form is 恩施州), 3 the name's pinyin, 4 a short form's, 5 and 6 their initials,
    7 and 8 a looser short form's pinyin and initials.
    """
    keys: list[tuple[str, int]] = [(fold(name), 0)]
    strict = short_forms(name, loose=False)
    looser = [s for s in short_forms(name) if s not in strict]
    keys.extend((fold(s), 1) for s in strict)
    keys.extend((fold(s), 2) for s in [*aliases, *looser])
    spelled = [(name, 3, 5), *((s, 4, 6) for s in strict), *((s, 7, 8) for s in looser)]
    for text, full_rank, initial_rank in spelled:
        full, initials = pinyin_keys(text)
        keys.append((full, full_rank))
        if len(initials) >= 2:
            keys.append((initials, initial_rank))
    for alias in aliases:
        full, _ = pinyin_keys(alias)
        if full and full.isascii():
            keys.append((full, 4))
    best: dict[str, int] = {}
    for key, rank in keys:
        if key and rank < best.get(key, 99):
            best[key] = rank
    return sorted(best.items(), key=lambda kv: kv[1])


@functools.lru_cache(maxsize=1)
def _converters() -> list:
    import opencc

    return [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]


def traditional_map(chars: Iterable[str]) -> dict[str, str]:
    """For each simplified character given, its traditional forms mapped back to it."""
    converters = _converters()
    found: dict[str, str] = {}
    for ch in chars:
        if ch.isascii():
            continue
        for conv in converters:
            trad = conv.convert(ch)
            if len(trad) == 1 and trad != ch:
                found.setdefault(trad, ch)
    return found
