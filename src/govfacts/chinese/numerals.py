"""Chinese numerals as integers and back: 十九 → 19, 二〇一七 → 2017, 105 → 一百零五."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}


def chinese_to_int(s: str) -> int:
    """十九 → 19, 二十三 → 23, 两千 → 2000, 一万二千 → 12000, 二〇一七 → 2017."""
    if not s:
        raise ValueError("empty numeral")
    if all(ch in DIGITS for ch in s):
        if len(s) == 1:
            return DIGITS[s]
        return int("".join(str(DIGITS[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            section += digit or 0
            total = (total + section) * BIG_UNITS[ch] if BIG_UNITS[ch] > total else total + section * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + (digit or 0)


def int_to_chinese(n: int) -> str:
    """19 → 十九, 105 → 一百零五, 20000 → 二万 (the plain style, for tests and labels)."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "零"
    names = "零一二三四五六七八九"

    def below_10000(k: int, leading: bool) -> str:
        out, zero = "", False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value
            k %= value
            if d:
                if zero:
                    out += "零"
                    zero = False
                out += ("" if (value == 10 and d == 1 and leading and not out) else names[d]) + name
            elif out:
                zero = True
        return out

    parts, out = [], ""
    for big in (10**8, 10**4, 1):
        parts.append(n // big)
        n %= big
    for i, (part, name) in enumerate(zip(parts, ("亿", "万", ""), strict=True)):
        if not part:
            if out:
                out += "" if out.endswith("零") else "零"
            continue
        if out and part < 1000 and not out.endswith("零"):
            out += "零"
        out += below_10000(part, leading=not out) + name
        if i == 2:
            break
    return out.rstrip("零") or "零"
