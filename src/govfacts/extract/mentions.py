"""Number mentions set right before they are named: counts of people that write no unit, and a
qualifier written once after a list of figures."""

from __future__ import annotations

import re

from govfacts.chinese.numbers import Mention

_PEOPLE_BEFORE = re.compile(r"(?:人口|用户|游客|会员|粉丝)(?:数)?(?:约|达到|达|为|超过|突破|近)?$")
_PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,8}?(?:群众|居民|农民|人口|职工|学生|用户|游客|人才|劳动力|监测对象|老人|儿童|人员)")


def people(m: Mention, sentence: str) -> Mention:
    """常住人口4.68万, 用户突破3500万, 420万困难群众: a count of people in 万 or 亿, though the
    text writes no unit, counts 人."""
    if m.unit or m.kind != "number" or not re.search(r"[万亿]", sentence[m.start : m.end]):
        return m
    counted = _PEOPLE_BEFORE.search(sentence[max(0, m.start - 8) : m.start]) or _PEOPLE_AFTER.match(sentence, m.end)
    if counted:
        return Mention(m.value, "人", m.qualifier, m.start, m.end, m.kind, m.chinese)
    return m


def shared_qualifier(group: list[Mention], sentence: str) -> list[Mention]:
    """分别增长4.5%、5.5%左右: a qualifier written after the last figure of a list, which the
    others lack, holds for each (左右, 以上, 以内 said once for the list); so does one said once
    before the first figure of a list with 分别 (分别突破300亿元和3000亿元)."""
    last, first = group[-1], group[0]
    said_before = first.qualifier is not None and re.match(r"(?:超过|突破|超|近|约|接近|不少于|不低于)", sentence[first.start : first.end])
    if len(group) > 1 and said_before and not any(m.qualifier for m in group[1:]) and "分别" in sentence[max(0, first.start - 6) : first.start]:
        # 分别突破300亿元和3000亿元: a qualifier said once before the list's first figure holds for each
        return [first] + [Mention(m.value, m.unit, first.qualifier, m.start, m.end, m.kind, m.chinese) for m in group[1:]]
    if len(group) < 2 or last.qualifier is None or any(m.qualifier for m in group[:-1]):
        return group
    if not re.search(r"(?:以上|以内|左右|以下)$", sentence[last.start : last.end]):
        return group
    return [Mention(m.value, m.unit, last.qualifier, m.start, m.end, m.kind, m.chinese) for m in group[:-1]] + [last]
