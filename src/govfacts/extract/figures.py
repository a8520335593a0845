"""Indicator figures in one sentence: which numbers are facts, their lists, signs, bases and names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from govfacts.chinese.lexicon import (
    CHANGE_WORDS,
    CLASSIFIERS,
    COUNTING_VERBS,
    RATE_UNITS,
)
from govfacts.chinese.numbers import Mention, mentions, points_shared
from govfacts.extract import around, cases, changes, nouns
from govfacts.extract.admissible import admissible
from govfacts.extract.doubts import (
    REVIEW_LIST,
    REVIEW_LONG_NAME,
    REVIEW_NAME_EARLIER,
    REVIEW_NO_NAME,
    unclear,
)
from govfacts.extract.gaps import own_gap
from govfacts.extract.lists import (
    REVIEW_ENDING,
    compound_split,
    led,
    rates_of_the_items,
    share_endings,
    shared_lead,
    split_names,
)
from govfacts.extract.mentions import people, shared_qualifier
from govfacts.extract.nouns import BASIS, clean_name, post_noun, strip
from govfacts.extract.page import Page, clauses
from govfacts.extract.ranges import Figure, joined_ranges
from govfacts.extract.thresholds import without_thresholds
from govfacts.extract.years_said import YearsSaid, only_years, span_said_before, years_said, years_spanned

__all__ = ["BASIS", "REVIEW_ENDING", "Figure", "sentence_figures"]

# A deed said before a count of the things it was done to (高质量完成20件民生实事, 我们继续安排…).
_DONE = re.compile(r"(?:我们|我省|我市)?[\u4e00-\u9fa5]{0,4}?(?:完成|安排|实施|办好|办成|落实|推进|实现|开展|建成)")
# Where the things counted after a figure came to (浑南科技城落户87个项目): kept before them.
_PLACED = re.compile(r"[\u4e00-\u9fa5]{2,8}?(?:落户|入驻|集聚|聚集)")
_HELD_MEETING = re.compile(r"(?:召开|举行)$")
_MEETING = re.compile(r"[\u4e00-\u9fa5]{0,10}?(?:会议|会)(?![\u4e00-\u9fa5]{0,2}[率数])")
_REACH = re.compile(r"(?:扩大|拓展|扩展|延伸|拓宽)(?:至|到)?$")
_REACHED_TO = re.compile(_REACH.pattern[:-2] + "$")
_NEXT_COUNT = re.compile(r"、(?:近|超|约)?\d")
_ACHIEVED_QUOTED = re.compile(r"(?:实现|保持|做到)“(?P<what>[^“”]{2,10})”")
_TITLES_WON = re.compile(r"获(?!得)|荣获|被评为|被授予|入选|蝉联|夺得")  # a streak of titles the place won
_OWN_CHANGE = "(?:" + CHANGE_WORDS + ")?"
_ONLY_THEIR_CHANGE = re.compile(r"[,;]?(?:同比|比上年|较上年)?(?:分别|均)?(?:" + CHANGE_WORDS + ")了?")
_JOINT_DEED = re.compile(r"([审执办])、([审执办]结)")
_SLOGAN = re.compile(r"“[^“”]*[,;][^“”]*”")  # (开展“放飞希望,法护未来”开学第一课活动)
_RULE_OF_LAW = re.compile(r"(?:全面)?依法治[省市县区州旗]")  # (the work a count of tasks is of)


def sentence_figures(
    page: Page,
    a: int,
    b: int,
    removals: list[tuple[int, int]],
    place_words: tuple[str, ...] = (),
    goals: bool = False,
    review: bool = False,
    closing: int | None = None,
) -> list[Figure]:
    """The figures of the sentence text[a:b]; `removals` are spans of time and place words to drop
    from names; `goals`: the sentence states goals, so a figure after 力争 or 预期 is one; `closing`:
    the year the page's date looks back on (预计 that year is its estimate, not a forecast)."""
    figures = joined_ranges(page.text, _sentence_figures(page, a, b, removals, place_words, goals, review, closing))
    share_endings(figures)
    return figures


def _end_of_held(text: str, held: str, start: int, limit: int) -> int | None:
    """Where what a streak held ends, when the next count follows it straight after 、 (连续5年提高
    …养老金、4次提高…): those words are the streak's, not the next figure's name too."""
    at = text.find(held, start, limit) if held else -1
    return at + len(held) if at >= 0 and _NEXT_COUNT.match(text, at + len(held)) else None


def _sentence_figures(
    page: Page, a: int, b: int, removals: list[tuple[int, int]], place_words: tuple[str, ...], goals: bool,
    review: bool = False, closing: int | None = None,
) -> list[Figure]:
    text = page.text
    sentence = text[a:b]
    found = [people(m, sentence) for m in mentions(sentence)]
    found = [m for m in found if admissible(page, _shift(m, a), sentence, m.start, goals, review, closing)]
    found = without_thresholds(found, sentence)
    if not found:
        return []
    cls = clauses(text, a, b)
    cls_starts = [c[0] for c in cls]
    cut_starts, cut_ends = [x for x, _y in removals], [y for _x, y in removals]
    years_in = YearsSaid(text, a, b)

    def clause_of(pos: int) -> tuple[int, int]:
        k = bisect_right(cls_starts, pos) - 1  # the clauses follow one another
        return cls[k] if k >= 0 and pos < cls[k][1] else (a, b)

    # group figures joined by 、/和/及 (and by commas after 分别)
    groups: list[list[Mention]] = []
    for m in found:
        if groups:
            last = groups[-1][-1]
            between = sentence[last.end : m.start]
            opened = groups[-1][0].start
            named = re.split(r"[,;:]", sentence[:opened])[-1]
            respectively = "分别" in sentence[max(0, opened - 12) : opened] or (  # 床位数、医师数增至7.83张、3.57个
                between == "、" and re.search(r"(?:增至|达到|达|为)$", named) is not None and named.count("、") == len(groups[-1])
            )
            joiner = r"(?:、|和|及|以及|与)" if not respectively else r"(?:、|和|及|以及|与|,)" + _OWN_CHANGE
            # (分别达到69家、107家，1324人…: a comma and another unit begin the next clause's figure)
            if re.fullmatch(joiner, between) and (m.unit == last.unit or respectively and "," not in between):
                groups[-1].append(m)
                continue
        groups.append([m])

    figures: list[Figure] = []
    levels: list[Figure] = []  # the figures so far that are levels
    prev_name, prev_clause_start, prev_end = "", None, a
    named_after = a  # where the noun a figure took from the words after it ends
    verb_counted_end = -1  # the same, where the noun was counted after its verb (新增1个…集群、)
    lead = (-1, "", "")  # where a clause starts, and the verb and level its first figure opens with
    held_after = ""  # what the last streak said held
    topic = cases.CaseTopic()  # the cases (刑事案件, 信访事项) the sentence's later figures speak of, and who handled them
    whole = ""  # the total's name, while a breakdown after 其中 lists its parts
    for group in groups:
        held_before, held_after = held_after, ""
        group = points_shared(shared_qualifier(group, sentence), sentence)
        first = _shift(group[0], a)
        c_start, c_end = clause_of(first.start)
        if re.search(r"(?:为|是)[::]$", text[max(a, c_start - 3) : c_start]) and not strip(text[c_start : first.start]):
            c_start = clause_of(c_start - 1)[0]
        pre_start = max(c_start, prev_end)
        if pre_start < named_after and (first.start - named_after <= 3 or named_after == verb_counted_end):
            pre_start = named_after  # 完成300万千瓦煤电机组、150万吨水泥产能: 煤电机组 is the first's, not the second's
        pre = text[pre_start : first.start]
        adjacent = pre_start == first.start and pre_start > c_start  # 120件次356人次: one measure, two units
        prev_end_of_group, prev_end = prev_end, _shift(group[-1], a).end
        near = removals[bisect_right(cut_ends, pre_start) : bisect_left(cut_starts, first.start)]
        rel_removals = [(x - pre_start, y - pre_start) for x, y in near]
        measure, sign = changes.change_of(pre)
        of_things = bool(first.unit) and first.unit[-1] in CLASSIFIERS  # (关闭压缩“僵尸”应用71个: a count)
        cut = changes.cut_before_noun(pre) if measure == "level" and not of_things else None
        if cut:
            measure, sign = "change", -1
        basis = changes.basis_of(text[a : min(first.start, a + 20)], pre)  # the sentence's opening words only
        name = prev_name if adjacent else clean_name(pre, rel_removals, place_words)
        if pre_start == c_start:
            verb, level = shared_lead(name, text[c_start:c_end])  # 累计创建国家级绿色工厂198个、零碳园区1个: shared
            lead = (c_start, verb, level if of_things else "")  # (the level of the things it counts)
        elif pre.startswith("、") and (leveled := around.at_level(name, prev_name)):
            name = leveled  # 全国民主法治示范村24个、省级587个
        elif pre.startswith("、") and lead[0] == c_start and name and first.unit not in RATE_UNITS and not (
            nouns.speaks_of_noun_before(name) or nouns.only_a_verb(name)
        ):
            name = led(name, lead[1], lead[2], of_things)
        if pre.startswith("、") and figures and (same := nouns.of_the_list_s_subject(name, figures[-1].name) or around.sharing_a_word(name, figures[-1].name)):
            name = same  # 新能源投资增长70%、装机规模增长38%: the new energy's installed capacity
        elif pre.startswith("、") and figures and (acted := around.by_the_list_s_subject(name, figures[-1].name)):
            name = acted  # 基金规模突破500亿元、赋能项目389个: the fund's
        name = name.replace(cut, "", 1) if cut else name
        if re.match(r"[,;、]?其中", pre) and figures:
            whole = figures[-1].name
        elif not (adjacent or pre.startswith("、")):
            whole = ""
        name = nouns.outside_frame(name, text, c_start, first.start, first.end, c_end, removals, place_words) or name
        if held_before and name == strip(held_before):
            name = prev_name  # 连续47年居全国首位、达65.85%: what held is no noun of the next figure
        years = years_said(pre)
        if len(group) > 1 and not years:
            years = years_in.years(first.start)
        names: list[str]
        borrowed, unsplit = False, False  # (an adjacent figure's shared name, 7232亿元、增长5.6%, is its own)
        if len(group) > 1:
            names = split_names(name, len(group))
            if not names and years and len(group) % len(years) == 0:
                names = compound_split(name, len(group) // len(years)) * len(years)
            if not names and "分别" in pre and len(figures) >= len(group) and prev_clause_start is not None:
                names = rates_of_the_items(name, [f.name for f in figures[-len(group):]]) or []
                if names:  # (the items are an earlier clause's: quoted with it, and flagged)
                    c_start, borrowed = figures[-len(group)].quote_start, True
            if not names:
                names = [name] * len(group)
                unsplit = True
        else:
            name = nouns.joined_reach(nouns.without_examples(name))
            if not pre.endswith("等"):  # (开展法治讲座、报告会等235场: the examples of what was counted)
                name = around.after_a_deed(name) or name
            names = [name]
            if re.search(r"(?:均|双双|分别)(?:为|达到|达|在|保持在|稳定在|增长|提高|超过|突破|下降)?$", pre) and re.search("、|和", name):
                split = split_names(name, len(re.split("、|和", name)))  # (运输箱量和货值均增长3倍以上)
                if split:
                    names = split
                    group = group * len(split)
        earlier = levels
        if (len(group) > 1 and not name and measure == "change"
                and len(earlier) >= len(group) and len({f.name for f in earlier[-len(group):]}) == len(group)):
            names = [f.name for f in earlier[-len(group):]]  # 受理1.26万件,化解1.19万件,同比分别上升4.2%和3.9%
            c_start = earlier[-len(group)].quote_start
            borrowed, unsplit = True, False
            if figures and figures[-1] is earlier[-1] and _ONLY_THEIR_CHANGE.fullmatch(text[earlier[-1].end : first.start]):
                borrowed = False  # (…分别达到5.2万元、2.6万元，分别增长7.5%、8%: said of them and nothing between)
        per_year = len(years) > 1 and len(group) % len(years) == 0
        plain = ""
        for k, m in enumerate(group):
            m = _shift(m, a)
            nm = names[k] if k < len(names) else name
            why = [REVIEW_LIST] if unsplit else []
            if borrowed:
                why.append(REVIEW_NAME_EARLIER)
            q_start, q_end = c_start, max(c_end, m.end)
            if len(group) > 1:
                q_end = max(q_end, _shift(group[-1], a).end)
            if len(group) == 1 and re.search(r"(?:等|、|" + nouns.JOINER + r")$", pre):
                counted = nouns.counted_name(text, m.end, c_end)
                if counted and m.unit and m.unit[-1] in CLASSIFIERS:
                    nm = counted  # “法治副厂长”等10个…项目; 6个县、103个乡镇: the counted noun follows
            elif len(group) == 1 and m.unit[-1:] in CLASSIFIERS and (lead_of := around.examples_counted(nm, float(m.value))) is not None:
                nm = lead_of + counted if (counted := nouns.counted_name(text, m.end, c_end)) else nm  # 新增荆州、孝感、黄冈3个…城市
            if adjacent and prev_clause_start is not None:
                q_start = figures[-1].quote_start if figures else q_start
                counted = strip(post_noun(text, m.end, c_end))
                if counted and m.unit and m.unit[-1] in CLASSIFIERS:
                    nm = counted  # 6部门23项职能: the second figure counts the noun after it
            elif (k == 0 and m.kind != "zero" and figures and pre_start == figures[-1].end and figures[-1].unit[-1:] in CLASSIFIERS
                  and m.unit[-1:] in CLASSIFIERS and re.fullmatch(r"[\u4e00-\u9fa5]{2,8}", pre) and not re.search("[为成至到]", pre)
                  and not nouns.PREDICATE.search(pre) and 2 <= len(counted := nouns.counted_name(text, m.end, c_end)) <= 8):
                nm = counted  # 138个调委会759名调解员: the second counts the noun after it, not the first's
            if m.kind == "times":
                nm = strip(post_noun(text, m.end + 1, c_end)) or nm
            elif m.kind == "streak" and (held := nouns.streak_predicate(text, m.end, c_end)) and not nm and _TITLES_WON.match(held):
                nm, held_after = held, held  # …下降53%,连续19年获全国平安建设考评优秀省: the place won it, not the figure before
            elif m.kind == "streak" and held and not nm and (won := _ACHIEVED_QUOTED.fullmatch(held)):
                nm, held_after = won["what"], held  # …100%，连续8年实现“命案全破”: what was achieved names itself
            elif m.kind == "streak" and held and (nm or prev_name):
                plain = nm or prev_name  # (the next figure's noun, where it has none)
                nm, held_after = plain + held, held  # 森林覆盖率…连续47年居全国首位: what held, of what
            elif not nm and m.kind == "zero" and prev_name:
                nm = prev_name
                why.append(REVIEW_NAME_EARLIER)
            elif not nm:
                if m.kind == "streak":
                    nm = strip(post_noun(text, m.end, c_end, whole=True))
                else:
                    nm = nouns.counted_name(text, m.end, c_end, share=m.unit == "%")
                    if nm and pre.endswith("为") and text.startswith(nm, m.end) and not text[m.end + len(nm) : c_end].strip("。,;!"):
                        nm = "为" + nm  # 为10万名残疾人提供康复服务: those a deed was done for
                    if held_before and m.unit == "%" and re.search(r"(?:率|比例|比重|占比)$", prev_name):
                        nm = prev_name  # …优良率连续五年保持100%的省份: the rate held, not the places it is of
                    noun_end = m.end + (text[m.end : m.end + 1] == "的") + len(nm)
                    if nm and text.startswith(nm, noun_end - len(nm)) and text[noun_end : noun_end + 1] == "、":
                        named_after = noun_end
                if not nm and not prev_name and c_start > a:
                    subject = clause_of(c_start - 1)  # 吸毒人员明显减少,由2019年的64人减至…
                    nm = clean_name(text[subject[0] : subject[1]], [], place_words)
                    nm = "" if re.fullmatch(r"[\d.,%‰]*", nm) else nm  # (…,52.5%,与…相比分别下降: that clause is a figure, no subject)
                    q_start = subject[0] if nm else q_start
                    why.append(REVIEW_NAME_EARLIER)
                if not nm and prev_name:
                    nm = prev_name  # (no doubt where only a verb stands between: 达到1.5万亿元、增长5.5%)
                    if not nouns.only_a_verb_between(text[prev_end_of_group : m.start]):
                        why.append(REVIEW_NAME_EARLIER)
                    if prev_clause_start is not None:
                        q_start = prev_clause_start
            elif k == 0 and (of_what := around.times_or_days_of(nm, m.unit, text, m.end, c_end)):
                nm = of_what  # 通过5次集中返还活动, 累计102天零电诈警情: what the times or days were of
                if text.startswith(of_what + "、", m.end):
                    named_after = m.end + len(of_what)  # (8次中心组专题学习、1期读书班: the first's, not the second's)
            elif k == 0 and (owned := around.owner_after(nm, text, m.end, c_end)):
                nm = owned  # 首期规模500亿元的浙江社保科创基金: the aspect of what follows it
            elif k == 0 and (said_of := nouns.of_noun_before(nm, prev_name)) is not None:
                nm = said_of  # 增长4.6%，总量首次突破1900亿元: of the noun of the figure before (no doubt, no flag)
            elif k == 0 and not prev_name and nouns.speaks_of_noun_before(nm) and (c_start > a or _topic(text, a)):
                said = text[clause_of(c_start - 1)[0] : c_start - 1] if c_start > a else _topic(text, a)
                base = re.split(r"持续|不断|稳步|快速|加快|显著|明显|大幅|进一步|稳中", clean_name(said, [], place_words))[0]
                # (经营主体持续壮大; a sentence of its own before: 经营主体稳中培优。总量达1461.4万户)
                if base:  # 经济总量连续跨过3个万亿元大关，占全国比重由…: the clause before says of what
                    nm = nouns.of_noun_before(nm, base) or nm
                    why.append(REVIEW_NAME_EARLIER)
            elif m.unit[-1:] in "项条部件" and (made := around.what_it_made(nm, text, m.end, c_end)):
                nm = made  # 推出长江经济带高质量发展84项政策措施: what the measures are for, and what they are
            elif nm and m.unit[-1:] in CLASSIFIERS and _REACHED_TO.search(pre) and (to := nouns.counted_name(text, m.end, c_end)):
                nm = _REACH.sub("", nm) + to  # 对外贸易扩大至228个国家和地区: how far the trade reaches, counted in what it reaches
            elif m.unit[-1:] in CLASSIFIERS and pre.endswith(nm) and (of := around.deed_on_what_is_counted(nm, text, m.end, c_end)):
                nm = of  # 成功应对主汛期9轮强降雨: the rains of the flood season
            elif (pre.endswith(("共", "共有", "合计")) and m.unit[-1:] in CLASSIFIERS
                  and (after := nouns.counted_name(text, m.end, c_end)) and not nouns.only_a_verb(after)):
                nm = after  # 各县区和市直部门共650名主要负责人进行述法: who did it, not where they work
            elif m.unit == "次" and _HELD_MEETING.search(nm) and (meeting := _MEETING.match(text, m.end, c_end)):
                nm += meeting.group(0)  # 主持召开29次局党组会议: the meetings held
            elif m.unit[-1:] in CLASSIFIERS and _RULE_OF_LAW.fullmatch(nm) and (after := nouns.counted_name(text, m.end, c_end)):
                nm = after.replace("的", "的" + nm, 1) if "的" in after else nm + after  # 全面依法治区59项重点工作圆满完成
            elif (len(nm) <= 4 or _DONE.fullmatch(nm) or _PLACED.fullmatch(nm)) and m.kind != "zero" and m.unit and (m.unit[-1] in CLASSIFIERS or re.fullmatch(r"[人户车艘架]次", m.unit)):
                after = nouns.counted_name(text, m.end, c_end) if not text.startswith(("并", "、"), m.end) else ""
                if after and not nouns.only_a_verb(after):  # (由40家整合为28家: no noun after it; 683件并整改…: a new deed)
                    kept = re.sub(r"^(?:累计|新增)", "", nm) in COUNTING_VERBS or nm in ("新增", "累计") or _PLACED.fullmatch(nm)
                    nm = (nm if kept else "") + after  # (新增3个国家…集群, 新建30所学校: the verb says which are counted)
                    if text[m.end : m.end + len(after) + 1] == after + "、":
                        named_after = verb_counted_end = m.end + len(after)  # 新增1个…集群、新入规企业20家: the first's only
            elif (m.unit[-1:] in CLASSIFIERS and pre.endswith(nm) and (where := around.where_counted(nm)) is not None
                  and (after := nouns.counted_name(text, m.end, c_end)) and not nouns.only_a_verb(after)):
                nm = where + after  # 全面梳理高峰期市区内18个易拥堵点位: the points, where they are
            elif m.unit[-1:] in CLASSIFIERS and pre.endswith(nm) and (done := around.doer_and_done_to(nm, text, m.end, c_end)):
                nm = done  # 基础教育对口帮扶217所学校: the deed, and what it was done to
            named_after = _end_of_held(text, held_after or (nm if m.kind == "streak" else ""), m.end, c_end) or named_after
            if _unit_of_share(m.unit, nm):  # 优良天数比例达到77%、增加13天: the days, not their share
                nm = nm[:-2]
            nm = nouns.people_reached(nm, m.unit)
            nm = around.part_of(nm, whole) if whole else around.of_the_set_before(nm, m.unit, text[a:c_start]) or nm  # (12项指标中，11项优于…)
            if k == 0 and c_start > a and (stance := around.acted_on(nm, text[a:c_start])):
                nm = stance[0]  # 对侵害未成年人犯罪零容忍，审结案件3353件: what the cases were
                q_start = max(a, text.rfind(stance[1], a, c_start))  # (quoted from the stance)
                why.append(REVIEW_NAME_EARLIER)
            elif k == 0 and figures and (whom := around.persons_of_the_count_before(nm, m.unit, figures[-1].name)):
                nm = whom  # 批准逮捕各类犯罪嫌疑人948人，起诉1302人: the same suspects
                why.append(REVIEW_NAME_EARLIER)
            before = figures[-1] if figures and figures[-1].start >= a else None
            if before and (summed := around.sum_of_the_projects_before(nm, m.unit, before.name, before.unit) or around.share_of_the_one_before(nm, m.unit, before.name)):
                nm = summed  # 537个重点项目，完成投资1271.7亿元: the projects' investment; …，占全年计划的107%: its share
                why.append(REVIEW_NAME_EARLIER)
            nm, topic = cases.on_topic(nm, topic, m.unit)  # 受理刑事案件68件,结案38件 → 刑事案件结案
            nm = cases.measure_of_the_cases_before(nm, prev_name) or nm  # 电诈案件发案数…，损失数…
            nm, span = years_spanned(nm)
            if span is None and measure == "change" and k == 0 and (span := span_said_before(pre)):
                nm = prev_name if prev_name and only_years(nm) else nm  # (…增长12%，两年间增长5%)
            nm = nouns.done_to_noun_before(nm, prev_name) or around.field_of_the_deed_before(nm, prev_name) or nm  # 项目开工390个、竣工437个
            if per_head := around.per_head_of(nm, prev_name) or around.succeeded_of(nm, prev_name):
                nm = per_head  # 挂职干部人均收案140件，结案122件: the same people's (调解案件…、调解成功: those that succeeded)
                why.append(REVIEW_NAME_EARLIER)
            value = m.value
            unit = m.unit
            if unit == "连冠":  # 十九连冠: won every year, unless what is won is held in editions (全运会“五连冠”)
                unit = "届" if re.search(r"运会|运动会|锦标赛|联赛|大赛|杯|届|命名", text[c_start : m.start]) else "年"
            if unit == "部门":
                head = strip(pre)[:2] if pre.endswith("等") else nm
                unit, nm = "个", head + "部门"
            fig_measure, fig_sign = measure, sign
            if k > 0 and measure == "change":
                own = re.search(_OWN_CHANGE + "$", text[_shift(group[k - 1], a).end : m.start])
                if own and own.group(0):  # 分别上升12.5%、下降3.1%: each figure its own direction
                    fig_sign = -1 if own.group(0) in changes.DECREASE else 1
            if m.kind in ("streak", "zero", "times"):
                fig_measure, fig_sign = "level", 1
            if fig_measure == "change":  # a change's sign is its words' (下降, 增长); a level's is its minus
                value = -abs(value) if fig_sign < 0 else abs(value)
            nm = _JOINT_DEED.sub(r"\1\2", nm)  # (审、执结各类案件: one deed, 审执结)
            nm = around.done_to_them(nm, text[c_start : m.start]) or nm  # 对98000个号码进行关停处置
            if _SLOGAN.search(nm):  # a slogan of clauses: left out where the rest names what is counted
                rest = _SLOGAN.sub("", nm)
                nm = rest if len(rest) > 6 else _SLOGAN.sub(lambda q: re.sub("[,;]", " ", q.group(0)), nm)
            year = None
            if per_year:
                year = int(years[k // (len(group) // len(years))])
            if not nm:
                why.append(REVIEW_NO_NAME)
            elif unclear(nm, m.unit):
                why.append(REVIEW_LONG_NAME)
            figures.append(
                Figure(m.start, m.end, value, unit, fig_measure, m.qualifier, nm,
                       basis if fig_measure == "change" or basis == "年均" else None,
                       q_start, q_end, c_start, year, m.kind, list(dict.fromkeys(why)), span=span)
            )
            if own_gap(figures[-1]):  # (renamed to its rate: whether the name is clear is asked again)
                f = figures[-1]
                f.notes = [n for n in f.notes if n != REVIEW_LONG_NAME] + ([REVIEW_LONG_NAME] if unclear(f.name, f.unit) else [])
            if fig_measure == "level" and q_start >= a:
                levels.append(figures[-1])
        prev_name = plain or (figures[-1].name if figures else prev_name)
        prev_clause_start = c_start
    return figures


def _unit_of_share(unit: str, name: str) -> bool:
    """Whether a figure counted in days, people or things took the name of a share (…比例)."""
    return unit not in ("%", "‰", "个百分点", "倍", "") and name.endswith(("比例", "比重", "占比")) and len(name) > 4


def _topic(text: str, a: int) -> str:
    """The sentence before text[a:], where it is a short one with no figure that names a topic
    (经营主体稳中培优。), else ''."""
    if a < 2 or text[a - 1] != "。":
        return ""
    before = text[max(text.rfind("。", 0, a - 1), text.rfind("\n", 0, a - 1)) + 1 : a - 1]
    return before if 2 <= len(before) <= 12 and not re.search(r"\d|[,;:]", before) else ""


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.value, m.unit, m.qualifier, m.start + offset, m.end + offset, m.kind, m.chinese)
