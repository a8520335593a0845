"""Counts of cases named for what was said before them in the sentence: the cases a bare action is
done to (受理刑事案件68件，结案38件 → 刑事案件结案) and the body that did it (全市法院受理各类案件…，
办结…件 → 法院办结案件)."""

from __future__ import annotations

import re
from typing import NamedTuple

# What is done with cases, said after the cases were named (受理刑事案件68件,结案38件,结案率55.88%).
_CASE_ACTION = re.compile(r"^(?:调解)?(?:结案|办结|审结|执结|撤诉|调撤|破案|立案|起诉|批捕|判决|化解|交办|受案|收案)(?:率|数)?$")
_DONE_TO_CASES = re.compile(r"(?:调解)?(?:办结|审结|执结|起诉|批捕|化解|交办)")  # (what is done to them, said before them)
_ACTION_ON_CASES = re.compile(r"(?:受理|审结|办结|执结|新收|审理)$")
_CASES = re.compile(r"(?P<cases>[\u4e00-\u9fa5]{0,6}?(?:案件|纠纷|信访事项|信访件|交办单|警情))$")
_CASES_VERB = re.compile(r"^.*(?:受理|新收|审结|办理|收到|立)")
# The body a count of cases opens with (市中院受理案件, 法院受理各类案件, 全市检察机关起诉…): who
# handled them, and so who handled the cases the sentence's later bare actions count.
_BODY = re.compile(
    r"^(?:[省市县区]|全[省市县区])?(?:中级人民法院|高级人民法院|人民法院|法院|中院|高院|人民检察院|检察院|检察机关|"
    r"公安机关|公安局|立案庭|执行局)(?=受理|新收|审结|办结|办理|审理|执结|起诉|批捕|登记)"
)
# A count named by an action on cases alone, without who did it (办结案件, 审结各类案件).
_ACTION_ALONE = re.compile(r"^(?:调解)?(?:结案|办结|审结|执结|受理|新收|立案|起诉|批捕|办理|审理)(?:各类)?案件(?:率|数)?$")


# What a count of crimes or cases opens with (起诉侵犯公民人身权犯罪182人), which a later bare count of
# other crimes in the sentence shares (，多发性侵财犯罪1472人 → 起诉多发性侵财犯罪).
_DEED_VERBS = "起诉|批捕|批准逮捕|提起公诉|审结|办结|受理|新收|审理|破获|侦破|查处|抓获|判处|执结|办理"
_DEED = re.compile(f"^(?:依法)?(?:{_DEED_VERBS})")
_BARE_CRIMES = re.compile(r"[^、,;:]{2,16}?(?:犯罪|犯罪案件|案件)")
_ANY_DEED = re.compile(f"(?:{_DEED_VERBS})|惩处|惩治|严惩|打击|查办|侦办|监督|纠正|调解|化解|移送|审查|法院|检察|公安|结案|立案")


# Suspects or money counted with no crime named, after cases of one crime (抓获犯罪嫌疑人, 追缴损失).
_BARE_OF_A_CRIME = re.compile(
    r"(?P<verb>抓获|刑拘|逮捕|批捕|起诉|打处|追缴|挽回|返还|追回|止付|冻结)(?:各类)?(?P<what>犯罪嫌疑人|嫌疑人|损失|资金|赃款)"
)

# Cases named with what was measured of them (电信网络诈骗案件立案, 刑事案件发案数): those cases.
_MEASURED_CASES = re.compile(r"(?P<cases>[\u4e00-\u9fa5]{0,8}?(?:案件|纠纷|警情))(?:立案|发案|破案|结案|受案)(?:数|率)?$")


class CaseTopic(NamedTuple):
    """What a sentence's counts of cases were about so far: the cases (刑事案件), the body that
    handled them (市中院) and what was done to them (起诉), each empty until said."""

    cases: str = ""
    body: str = ""
    deed: str = ""


def on_topic(name: str, topic: CaseTopic, unit: str = "") -> tuple[str, CaseTopic]:
    """A bare action on cases (结案, 结案率) named for the cases said before it in the sentence, and
    for the body that handled them; the topic later figures speak of. A court's count in 件 named
    by its action alone (市法院受理) is of cases."""
    if (bare := _BARE_OF_A_CRIME.fullmatch(name)) and topic.cases.endswith("案件"):
        crime = re.sub(r"^(?:共|累计)?(?:破获|侦破|查处|立|办理|受理|审结|打掉|侦办|各类)+|(?:刑事)?案件$", "", topic.cases)
        if len(crime) >= 2 and not crime.startswith("各类"):
            return f"{bare['verb']}{crime}{bare['what']}", topic  # (立电诈案件133起，抓获犯罪嫌疑人79人: 电诈's)
    if topic.body and re.fullmatch(r"(?:法定)?审限内结案率", name):
        return topic.body + name, topic  # (其中，市法院受理…，审限内结案率99.97%: the court's)
    if _CASE_ACTION.match(name) and topic.cases:
        if topic.cases == "案件" and name.endswith(("率", "数")):
            return topic.body + name, topic  # (受理案件…，结案率…: of all the cases, 市中院结案率)
        done_to = topic.cases == "案件" or _DONE_TO_CASES.fullmatch(name) is not None
        name = name + topic.cases if done_to else topic.cases + name  # (办结案件, 审结各类案件; 刑事案件结案)
        return topic.body + name if _ACTION_ALONE.match(name) else name, topic
    if unit == "件" and _ACTION_ON_CASES.search(name):
        name += "案件"
    if topic.body and _ACTION_ALONE.match(name):
        return topic.body + name, topic  # (市中级人民法院受理各类案件3731件，办结案件3340件)
    if topic.deed and unit in ("人", "件") and _BARE_CRIMES.fullmatch(name) and not _ANY_DEED.search(name):
        name = topic.deed + name  # (起诉…犯罪182人，多发性侵财犯罪1472人: also prosecuted)
    cases = _CASES.search(_CASES_VERB.sub("", name)) or _MEASURED_CASES.match(name)  # (调解组织受理纠纷 → 纠纷)
    body = _BODY.match(name)
    deed = _DEED.match(name) if unit in ("人", "件") else None
    return name, CaseTopic(
        cases.group("cases") if cases else topic.cases, body.group(0) if body else topic.body, deed.group(0) if deed else topic.deed
    )


# A measure of cases said bare (损失数, 破案率), after one said of named cases (电诈案件发案数).
_CASE_MEASURE = re.compile(r"(?:发案|损失|案损|立案|破案|结案|受案|涉案)(?:数|率|金额|数量)?")


def measure_of_the_cases_before(name: str, before: str) -> str | None:
    """A bare measure of cases (损失数) after a figure that measured named cases (电诈案件发案数,
    同比下降3.69%，损失数…): of the same cases, 电诈案件损失数; None otherwise."""
    if not before or not _CASE_MEASURE.fullmatch(name) or (said := re.search(_CASE_MEASURE.pattern + "$", before)) is None:
        return None
    cases = before[: said.start()]  # (避免群众损失: who was spared the loss, no cases)
    named = len(cases) >= 2 and re.search(r"(?:案件?|犯罪|诈骗|电诈|警情|事故|纠纷)$", cases) is not None
    return cases + name if named and cases + name != before else None
