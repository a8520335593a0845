"""Names a figure takes from what stands around it: a part after 其中 shares what its total
did, a list item named by its level alone is the first item at that level, a count of exactly
the examples listed before it, an aspect owned by the thing after 的, measures named after
their count, and a figure said after a deed (…落地、总投资…)."""

from __future__ import annotations

import re

from govfacts.chinese.lexicon import CLASSIFIERS, COUNTING_VERBS
from govfacts.extract.doubts import GENERIC_KIND
from govfacts.extract.nouns import ASPECTS, LEVEL, PREDICATE, counted_name, only_a_verb, post_noun, strip

# What a total's name does to the things it counts (净增经营主体, 县信访局受理的信访): the part a
# breakdown after 其中 shares (其中企业 → 净增企业; 其中来访 → 县信访局受理来访).
_PART_VERB = (
    r"(?:新增|净增|新登记|登记|受理|办理|办结|审结|新收|收到|接待|查处|破获|侦破|抓获|起诉|批捕|"
    r"培育|引进|认定|创建|建成|新建|培训|救助)"
)
_PARENT_ACT = re.compile(r"^[^,。;、]{0,10}?" + _PART_VERB)
_HAS_ACT = re.compile(_PART_VERB + r"|实现|完成|开展|达到|达|为")


def part_of(name: str, parent: str) -> str:
    """The name of a part named after 其中, given its total's name: the total's act added where
    the part says none (其中企业57.5万户, after 净增经营主体 → 净增企业)."""
    act = _PARENT_ACT.match(parent)
    if not name or not act or _HAS_ACT.search(name) or name.startswith(act.group(0)):
        return name
    return act.group(0) + name


_SOME_LEVEL = re.compile(LEVEL + r"|全国|国家")


def at_level(name: str, before: str) -> str | None:
    """A list item named by its level alone after a named one (国家级专精特新企业120家、省级800家):
    the same things at that level (省级专精特新企业). None where the name is more than a level."""
    if not re.fullmatch(LEVEL + "|全国", name) or not before or _SOME_LEVEL.fullmatch(before):
        return None
    m = _SOME_LEVEL.search(before)
    if m is None:
        return name + before
    return before[: m.start()] + name + before[m.end() :]


_LISTED = re.compile(r"(?P<lead>新增|累计|建成|培育|创建|引进|打造|形成)?(?P<items>[^、,“”的]{1,8}(?:、[^、,“”的]{1,8})+)")


def examples_counted(name: str, value: float) -> str | None:
    """The leading verb ('' if none) of a name that only lists the things its count counts, as
    many as it says (新增荆州、孝感、黄冈 before 3个过三千亿元城市); None for any other name."""
    m = _LISTED.fullmatch(name)
    if m is None or m.group("items").count("、") + 1 != value:
        return None
    return m.group("lead") or ""


_SET_UP = re.compile(r"设立|成立|运行|投运|启动|签署")


def owner_after(name: str, text: str, end: int, limit: int) -> str | None:
    """The thing an aspect belongs to when it follows the figure after 的 (首期规模500亿元的浙江社保科创
    基金签约落地 → 浙江社保科创基金首期规模), or None."""
    if text[end : end + 1] != "的" or strip(re.sub(r"^首期", "", name)) not in ASPECTS - {""}:
        return None
    noun = post_noun(text, end, limit)
    done = PREDICATE.search(noun, 2) or _SET_UP.search(noun, 2)
    noun = strip(noun[: done.start()] if done else noun)
    return noun + name if len(noun) >= 2 else None


_MAKING = r"(?:推出|形成|出台|制定|发布|印发|提出)"
_MADE = re.compile(r"^(?:研究)?" + _MAKING + "|" + _MAKING + "$")
_KIND_OF_MEASURE = re.compile(r"(?:措施|举措|政策|政策措施|意见|办法|成果|首创成果|首创举措|条例|法规|规章|标准)$")


def what_it_made(name: str, text: str, end: int, limit: int) -> str | None:
    """The name of a count of measures or results said after it, with what the words before it
    say they are for (推出长江经济带高质量发展84项政策措施 → 长江经济带高质量发展政策措施; 出台
    支持乡村富民产业发展20条措施 → 支持乡村富民产业发展措施), or None."""
    said = post_noun(text, end, limit)
    after = strip(said)
    if not _KIND_OF_MEASURE.search(after) or len(after) > 8 or end + len(said) < limit and text[end + len(said)] not in ",;。、":
        return None
    made = _MADE.sub("", name)
    return None if after in made else made + after  # (…6部地方性法规和1部政府规章: the second already names it)


# How a deed is done (全面梳理, 持续推进): an adverb, then the two-character verb it qualifies.
_HOW_DONE = re.compile(r"^(?:全面|持续|深入|大力|积极|不断|扎实|着力|认真|切实|系统|精准|集中|重点)(?!依法)[\u4e00-\u9fa5]{2}(?:了)?")  # (全面依法治区: 依法 is how, 治区 no place)


def where_counted(name: str) -> str | None:
    """What stands between a deed and its count (全面梳理高峰期市区内18个…: 高峰期市区内), which says
    where the things counted are; '' when nothing does, None when no deed opens the name."""
    m = _HOW_DONE.match(name)
    return None if m is None else name[m.end() :]


# A deed said in the clause part before a figure's own words (益阳电厂三期建成投产、总装机达…).
_DEED = re.compile(
    PREDICATE.pattern + r"|投产|成立|出台|建设|强链|补链|延链|优化|精准|清收|推进|"
    r"改革|升级|提升|发布|设立|搭建|打造|建立|组建|推动|完善|健全|深化|启动"
)
_OF_THE_DOER = ("总装机", "装机", "总投资", "投资", "经费", "产值", "规模", "总量", "金额", "资金", "占比", "比重", "营收")


def after_a_deed(name: str) -> str | None:
    """The name of a single figure whose words follow a clause part that tells a deed, joined by
    、 (央陕合作项目落地、总投资1370多亿元): what the figure measures, of the thing that did it
    where the figure says only an aspect (央陕合作项目总投资), else its own words (建设外贸优品库、
    精准服务企业5000余家 → 精准服务企业); None where the words before 、 tell no deed (a list)."""
    if "、" not in name:
        return None
    head, last = name.rsplit("、", 1)
    deed = _DEED.search(head)
    if deed is None or len(last) < 2 or "、" in head or re.search("等" + GENERIC_KIND + "$", last):
        return None  # (破获侵犯知识产权、破坏市场经济秩序等案件: examples of the cases)
    if len(head) <= 4 and deed.end() == len(head):
        return None  # (新开工、竣工项目, 签约、落地项目: deeds listed, one noun shared; no doer did them)
    aspect = next((a for a in _OF_THE_DOER if last.startswith(a)), None)
    doer = strip(head[: deed.start()])
    if aspect is None:
        return last
    return doer + last if doer else last


# What a subject does to others, said as a later list item (、惠及消费者750余万人次, 、赋能项目389个).
_ACTS_ON = r"(?:惠及|带动|赋能|撬动|吸引|认定|授权|服务|帮扶|拉动|吸纳|资助|支持|辐射)"
_ACTING = re.compile(_ACTS_ON)
_BY_ITS_SIZE = re.compile(r"(?:总规模|规模|资金|总额|余额)$")


def by_the_list_s_subject(name: str, before: str) -> str | None:
    """A later item of an 、 list that says what the first item's subject did to others, its
    subject unsaid (投资基金规模突破500亿元、赋能项目389个; 以旧换新带动销售超800亿元、惠及
    消费者750余万人次): the subject, which the item before names ahead of its own act or size
    (投资基金赋能项目, 以旧换新惠及消费者). None where the item says its own subject, or the
    item before names none apart from what it did."""
    if len(name) < 4 or not re.match(_ACTS_ON, name):
        return None
    masked = re.sub(r"“[^”]*”", lambda q: "“" + "□" * (len(q.group(0)) - 2) + "”", before)  # (no act inside a title)
    act = _ACTING.search(masked, 2)
    subject = before[: act.start()] if act else _BY_ITS_SIZE.sub("", before)
    return subject + name if 2 <= len(subject) < len(before) else None


_SHARE_OR_SIZE = re.compile(r"(?:占比|比重|增速|规模|利用率|总量)$")


def sharing_a_word(name: str, before: str) -> str | None:
    """A later item of an 、 list that repeats a word of the item before and gives another measure
    of it (清洁能源发电装机规模超7900万千瓦、装机占比超93%): the same thing's, with what the item
    before said it was of (清洁能源发电装机占比). None where the item is no short word-and-measure."""
    head = _SHARE_OR_SIZE.search(name)
    if head is None or not 2 <= head.start() <= 3 or len(before) <= len(name):
        return None
    at = before.find(name[: head.start()], 2)
    return before[:at] + name if at >= 2 and not before.startswith(name[: head.start()]) else None


# Verbs that take the counted noun after the figure as their object (…政策惠及76万群众, 班轮开通13条航线).
_TAKES_OBJECT = re.compile("(?:" + "|".join(sorted(COUNTING_VERBS | {"促成", "汇聚", "赋能", "发现", "提供", "支持", "助力", "对接", "储备"}, key=len, reverse=True)) + ")$")


def doer_and_done_to(name: str, text: str, end: int, limit: int) -> str | None:
    """A count (ending at `end`) between a doer's deed and the things it was done to (基础教育对口
    帮扶217所学校): the deed and its object, 基础教育对口帮扶学校; None where the name is no deed."""
    if len(name) <= 4 or not _TAKES_OBJECT.search(name):
        return None
    counted = counted_name(text, end, limit)
    return name + counted if len(counted) >= 2 and "的" not in counted else None


# A deed said with what the counted things are of (成功应对主汛期9轮强降雨, 持续推进首批12项重点改革).
_DEED_OF = re.compile(r"^(?:应对|抵御|防御|处置|推进|改善|实施|举办|承办)(?P<what>[^\d、,;“”的]{2,6})$")


def deed_on_what_is_counted(name: str, text: str, end: int, limit: int) -> str | None:
    """The things a count (ending at `end`) counts after a deed, and what they are of: 应对主汛期
    9轮强降雨 → 主汛期强降雨; None for other names."""
    m = _DEED_OF.match(name)
    if m is None or _TAKES_OBJECT.search(m.group("what")):
        return None
    counted = counted_name(text, end, limit)
    return m.group("what") + counted if len(counted) >= 2 and "的" not in counted else None


# A stance taken against crimes in a clause before a count of what was done with them
# (对危害公共安全犯罪保持高压态势，起诉96人; 从严打击盗抢骗犯罪，起诉67人; 全链条打击毒品犯罪，批捕
# 162人; 保持严打毒品犯罪高压态势，起诉71人; 对侵害未成年人犯罪零容忍，审结案件3353件): the count is of that action on those crimes.
_STANCE = re.compile(
    r"^(?:依法)?(?:对|[^,;:对]{0,8}?(?:打击|惩治|严惩|惩处|严打))"
    r"(?:[^,;:]{0,12}的)?(?P<what>[^,;:的]{2,24}(?:犯罪|案件|违法行为))(?:[^,;:\d]{0,10})$"
)
_HANDLED = re.compile(r"^(?P<verb>(?:依法)?(?:受理审查起诉|审查起诉|起诉|审结|办结|批捕|批准逮捕|判处|查处|办理|受理|审理|破获|提起公诉|抓获|刑拘))(?P<noun>案件)?$")


def acted_on(name: str, before: str) -> tuple[str, str] | None:
    """A bare action on cases (起诉, 审结案件) named for the crimes a stance clause, one of the two
    clauses before it in `before` (its sentence up to the figure's clause), was taken against:
    起诉危害公共安全和严重暴力犯罪, 审结侵害未成年人犯罪案件; and that clause. None where there is no such pair."""
    done = _HANDLED.match(name)
    if done is None:
        return None
    for clause in [c for c in re.split(r"[,;:]", before) if c][-2:][::-1]:
        stance = _STANCE.match(re.sub(r"(?<=[\u4e00-\u9fa5]{2})的(?=犯罪)", "", clause))  # (打击危害国家安全的犯罪活动)
        if stance is not None:
            what = re.sub(r"^.*等(?=.{2})", "", stance.group("what"))  # (杀人、抢劫、强奸等严重暴力犯罪: the kind, not its examples)
            what = stance.group("what") if what in ("犯罪", "违法犯罪", "案件", "犯罪案件") else what  # (…敲诈勒索、非法采矿等犯罪: the examples say which)
            noun = "" if what.endswith("案件") else done.group("noun") or ""
            return done.group("verb") + what + noun, clause
    return None


# The people a count before it was of (批准逮捕各类犯罪嫌疑人948人，起诉1302人), and cases it solved
# (破获电信网络诈骗案件69起，抓获70人).
_ON_PEOPLE = r"^(?:依法)?(?:批准逮捕|批捕|逮捕|起诉|抓获|刑拘|判处|移送起诉|提起公诉)"
_PERSONS_BEFORE = re.compile(_ON_PEOPLE + r"(?P<who>[^,;:]{0,10}?(?:犯罪嫌疑人|嫌疑人|被告人|罪犯|人员))$")
_CASES_SOLVED = re.compile(r"^(?:依法)?(?:破获|侦破|查破)(?P<cases>[^,;:]{1,14}?案件)$")
_ON_PERSONS = re.compile(_ON_PEOPLE + "$")


def persons_of_the_count_before(name: str, unit: str, before: str) -> str | None:
    """A bare action on people (起诉 1302人) named for whom the figure before it counted: the same
    people (起诉各类犯罪嫌疑人), or the suspects of the cases it solved (抓获电信网络诈骗案件犯罪嫌疑人).
    None where the name is more than such an action or the figure before counts neither."""
    if unit not in ("人", "名") or _ON_PERSONS.match(name) is None:
        return None
    if (people := _PERSONS_BEFORE.match(before)) is not None:
        return name + people.group("who")
    if name.endswith(("抓获", "刑拘")) and (cases := _CASES_SOLVED.match(before)) is not None:
        return name + cases.group("cases") + "犯罪嫌疑人"
    return None


# A sum said alone after a count of projects in its sentence (537个重点项目，预计完成投资1271.7亿元):
# the projects' sum.
_SUM_ALONE = re.compile(r"^(?:预计)?(?:完成|实现|累计完成)?(?P<sum>投资|总投资|资金|金额|产值|营收)$")
_THINGS_WITH_SUMS = re.compile(r"(?:项目|工程)$")
_PROJECT_DEEDS = re.compile(r"^(?:铺排|落实|实施|建设|推进|谋划|安排|开工|确保|全年)+(?=..)")  # (what was done with them: not what they are)


def sum_of_the_projects_before(name: str, unit: str, before: str, before_unit: str) -> str | None:
    """A sum named by its kind alone (投资, 完成投资) after a count of projects: the projects' sum
    (重点项目投资); for a sum that shares the count's name (“四类政策性资金”项目346个、238.7亿元), the
    projects' funds. None where the name says more, or the figure before counts no projects."""
    if not unit.endswith("元") or before_unit[-1:] not in CLASSIFIERS or not _THINGS_WITH_SUMS.search(before):
        return None
    if name == before:
        return before + "资金"
    said = _SUM_ALONE.match(name)
    return _PROJECT_DEEDS.sub("", before) + said.group("sum") if said else None


# A set said before its parts (…的12项指标中，11项优于合理区间), and a part named by what it did alone.
_SET_BEFORE = re.compile(r"[\d.]+(?P<unit>[个项家所条])(?P<set>[\u4e00-\u9fa5]{2,6})中[,，]")
_DID_ALONE = re.compile(r"^(?:优于|处于|高于|低于|好于|差于|达到|位于|位列|进入|超过|排名|排在|保持)")


def of_the_set_before(name: str, unit: str, before: str) -> str | None:
    """A part of a set counted in the clause before, named by what it did alone (11项优于合理区间
    after 12项指标中): those of the set that did it (优于合理区间的指标); None for any other name."""
    m = next(reversed(list(_SET_BEFORE.finditer(before))), None)  # (the sentence's last set)
    if m is None or m["unit"] != unit or not _DID_ALONE.match(name) or "的" in name:
        return None
    return f"{name}的{m['set']}"


_FIELD_DEED = re.compile(r"(?:领域|方面)(?P<deed>[\u4e00-\u9fa5]{2,6})$")


def field_of_the_deed_before(name: str, before: str) -> str | None:
    """A later field of a list named alone (环境和资源保护领域10件 after 在食品药品安全领域立案12件):
    the same deed in that field (环境和资源保护领域立案); None for any other name."""
    deed = _FIELD_DEED.search(before) if name.endswith(("领域", "方面")) else None
    return name + deed["deed"] if deed else None


_SHARE_ALONE = re.compile(r"^占(?!地|用)[\u4e00-\u9fa5]{2,10}$")


def share_of_the_one_before(name: str, unit: str, before: str) -> str | None:
    """A share named by its whole alone (占全年投资计划的107%) after a figure of its sentence: that
    figure's share of the whole (重点项目完成投资占投资计划比例); None for any other name."""
    if unit == "%" and before and name in ("占", "占比"):
        return before + "占比"  # (…冰毒121人，占80.1%: its share of the whole said before it)
    if unit != "%" or not before or not _SHARE_ALONE.match(name):
        return None
    return before + name + ("" if name.endswith(("比重", "比例", "比")) else "比例")


# A verb saying only that something was held or used (通过5次…活动, 召开3次会议), and the heads of events.
_LIGHT_VERB = re.compile(r"(?:并)?(?:通过)?(?:组织开展|组织|开展|召开|举办|举行|通过)")  # (通过开展8次中心组专题学习)
_EVENT_HEAD = re.compile(r"活动|行动|会议|座谈会|检查|培训|演练|宣讲|督查|巡查|发布会")


def times_or_days_of(name: str, unit: str, text: str, end: int, limit: int) -> str | None:
    """What a count of times or days after a light word was of: the events held (通过5次集中返还活动
    发还… → 集中返还活动; 召开3次联席会议 → 联席会议), or the days with none of something (累计102天
    零电诈警情 → 零电诈警情天数). None where the words before say more, or no noun follows."""
    if unit == "天" and re.fullmatch(r"(?:累计|实现|保持|连续)?", name) and text.startswith("零", end):
        after = strip(post_noun(text, end, limit))
        return after + "天数" if after else None
    if unit == "次" and _LIGHT_VERB.fullmatch(name):
        after = strip(post_noun(text, end, limit))
        if not after or only_a_verb(after):
            return None
        event = _EVENT_HEAD.search(after)  # (…活动发还涉案财物: the campaigns, not what they returned)
        return after[: event.end()] if event else after
    return None


_PER_HEAD = re.compile(r"^(?P<who>[^,;、]{2,12}?)人均(?:收案|结案|办案|受理|审结|执结|办结)$")
_CASELOAD = re.compile(r"^(?:人均)?(?:收案|结案|办案|审结|执结|办结)$")


def per_head_of(name: str, before: str) -> str | None:
    """A caseload named by its action alone (结案, 人均结案) after one said per head of whom
    (第二批挂职干部人均收案140件，结案122件): the same people's (第二批挂职干部人均结案); None otherwise."""
    who = _PER_HEAD.match(before)
    if who is None or _CASELOAD.match(name) is None:
        return None
    return who.group("who") + "人均" + name.removeprefix("人均")


def succeeded_of(name: str, before: str) -> str | None:
    """A count of successes named by the deed alone (调解成功4560件) after the count of what it was
    tried on (诉前委派调解案件11240件): those that succeeded (诉前委派调解成功案件); None otherwise."""
    done = re.fullmatch(r"(?P<deed>调解|化解|执行|救助|挽救|戒治)成功", name)
    at = before.rfind(done.group("deed")) if done else -1
    if done is None or at < 0 or not before.endswith(("案件", "纠纷", "事项")):
        return None
    cut = at + len(done.group("deed"))
    return before[:cut] + "成功" + before[cut:]


# What was done to the things counted, said after them (对98000个异常电话号码进行关停处置).
_DONE_AFTER = re.compile(r"(?P<what>[\u4e00-\u9fa5“”]{2,14}?)进行了?(?P<deed>[\u4e00-\u9fa5]{2,6})")


def done_to_them(name: str, pre: str) -> str | None:
    """A count after 对 whose noun is followed by 进行 and the deed (对295笔涉案资金进行了集中返还,
    对…异常电话号码进行关停处置): the deed and what it was done to, 集中返还涉案资金; None otherwise."""
    m = _DONE_AFTER.fullmatch(name)
    return m["deed"] + m["what"] if m and re.search(r"对(?:其)?(?:[\d.]+[^\d、,;]{0,3}、)*$", pre) else None  # (对295笔、2384万元…)
