"""Write a synthetic govfacts fact base for the scale benchmarks.

The base follows docs/schema.md: one file (`000-regions.toml`) holds the region tree
(浙江省, its 11 cities, 10 counties each), the source pages and a few search terms;
the facts (mostly indicators, some programs and honours) are spread over the other
files. Each fact file stands for one page about one city, as a real report would.

Two shapes (--shape):

- varied (the default): about 85% indicators of 210 names with levels and changes,
  periods 2019-2025, 10% programs, 5% honours.
- repetitive: the same few figures reported again and again with different values, as
  years of monthly and quarterly reports do. 12 indicator names, each a `%` change
  (同比) with a signed one-decimal value, for 121 places (the 11 cities and their 110
  counties) and 11 years (2015-2025): 84.5% of the facts, so that at 1M facts each
  (place, name, year) is reported about 53 times. 15% programs, every one with a name
  of its own (150,000 distinct names at 1M facts), and 0.5% honours.

The output depends only on the arguments: the same seed writes the same bytes.
Files are written entry by entry, so memory stays flat however many facts are asked for.

    python benchmarks/generate.py --facts 1000000 --files 1000 --out /tmp/govfacts-bench/base
    python benchmarks/generate.py --shape repetitive --out /tmp/govfacts-bench/repetitive
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

REGIONS_FILE = "000-regions.toml"

# ---------------------------------------------------------------- places

PROVINCE = ("zhejiang", "浙江省")

# city id, city name, aliases, then ten counties as (id, name); real names where the
# city has them, plausible local names (towns of the city) where it has fewer than ten.
CITIES: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    (
        "hangzhou",
        "杭州市",
        ("杭城",),
        [
            ("shangcheng", "上城区"),
            ("gongshu", "拱墅区"),
            ("xihu", "西湖区"),
            ("binjiang", "滨江区"),
            ("xiaoshan", "萧山区"),
            ("yuhang", "余杭区"),
            ("linping", "临平区"),
            ("qiantang", "钱塘区"),
            ("fuyang", "富阳区"),
            ("linan", "临安区"),
        ],
    ),
    (
        "ningbo",
        "宁波市",
        ("甬城",),
        [
            ("haishu", "海曙区"),
            ("jiangbei", "江北区"),
            ("beilun", "北仑区"),
            ("zhenhai", "镇海区"),
            ("yinzhou", "鄞州区"),
            ("fenghua", "奉化区"),
            ("yuyao", "余姚市"),
            ("cixi", "慈溪市"),
            ("xiangshan", "象山县"),
            ("ninghai", "宁海县"),
        ],
    ),
    (
        "wenzhou",
        "温州市",
        ("瓯越",),
        [
            ("lucheng", "鹿城区"),
            ("longwan", "龙湾区"),
            ("ouhai", "瓯海区"),
            ("dongtou", "洞头区"),
            ("ruian", "瑞安市"),
            ("yueqing", "乐清市"),
            ("yongjia", "永嘉县"),
            ("pingyang", "平阳县"),
            ("cangnan", "苍南县"),
            ("taishun", "泰顺县"),
        ],
    ),
    (
        "jiaxing",
        "嘉兴市",
        ("禾城",),
        [
            ("nanhu", "南湖区"),
            ("xiuzhou", "秀洲区"),
            ("haining", "海宁市"),
            ("pinghu", "平湖市"),
            ("tongxiang", "桐乡市"),
            ("jiashan", "嘉善县"),
            ("haiyan", "海盐县"),
            ("wuzhen", "乌镇县"),
            ("xitang", "西塘县"),
            ("puyuan", "濮院县"),
        ],
    ),
    (
        "huzhou",
        "湖州市",
        (),
        [
            ("wuxing", "吴兴区"),
            ("nanxun", "南浔区"),
            ("deqing", "德清县"),
            ("changxing", "长兴县"),
            ("anji", "安吉县"),
            ("linghu", "菱湖县"),
            ("zhili", "织里区"),
            ("moganshan", "莫干山县"),
            ("lianshi", "练市县"),
            ("hefu", "和孚县"),
        ],
    ),
    (
        "shaoxing",
        "绍兴市",
        ("越州",),
        [
            ("yuecheng", "越城区"),
            ("keqiao", "柯桥区"),
            ("shangyu", "上虞区"),
            ("zhuji", "诸暨市"),
            ("shengzhou", "嵊州市"),
            ("xinchang", "新昌县"),
            ("anchang", "安昌县"),
            ("pingshui", "平水县"),
            ("dongpu", "东浦县"),
            ("lanting", "兰亭县"),
        ],
    ),
    (
        "jinhua",
        "金华市",
        ("婺州",),
        [
            ("wucheng", "婺城区"),
            ("jindong", "金东区"),
            ("lanxi", "兰溪市"),
            ("dongyang", "东阳市"),
            ("yiwu", "义乌市"),
            ("yongkang", "永康市"),
            ("wuyi", "武义县"),
            ("pujiang", "浦江县"),
            ("panan", "磐安县"),
            ("tangxi", "汤溪县"),
        ],
    ),
    (
        "quzhou",
        "衢州市",
        ("三衢",),
        [
            ("kecheng", "柯城区"),
            ("qujiang", "衢江区"),
            ("jiangshan", "江山市"),
            ("longyou", "龙游县"),
            ("changshan", "常山县"),
            ("kaihua", "开化县"),
            ("nianbadu", "廿八都县"),
            ("hangbu", "航埠县"),
            ("huzhen", "湖镇县"),
            ("huabu", "华埠县"),
        ],
    ),
    (
        "zhoushan",
        "舟山市",
        (),
        [
            ("dinghai", "定海区"),
            ("putuo", "普陀区"),
            ("daishan", "岱山县"),
            ("shengsi", "嵊泗县"),
            ("liuheng", "六横县"),
            ("jintang", "金塘县"),
            ("taohua", "桃花县"),
            ("dongji", "东极县"),
            ("zhujiajian", "朱家尖区"),
            ("xiushan", "秀山县"),
        ],
    ),
    (
        "taizhou",
        "台州市",
        (),
        [
            ("jiaojiang", "椒江区"),
            ("huangyan", "黄岩区"),
            ("luqiao", "路桥区"),
            ("linhai", "临海市"),
            ("wenling", "温岭市"),
            ("yuhuan", "玉环市"),
            ("tiantai", "天台县"),
            ("xianju", "仙居县"),
            ("sanmen", "三门县"),
            ("hongjia", "洪家区"),
        ],
    ),
    (
        "lishui",
        "丽水市",
        ("处州",),
        [
            ("liandu", "莲都区"),
            ("longquan", "龙泉市"),
            ("qingtian", "青田县"),
            ("jinyun", "缙云县"),
            ("suichang", "遂昌县"),
            ("songyang", "松阳县"),
            ("yunhe", "云和县"),
            ("qingyuan", "庆元县"),
            ("jingning", "景宁畲族自治县"),
            ("bihu", "碧湖县"),
        ],
    ),
]

# ---------------------------------------------------------------- indicators

# About 200 indicator names, grouped by unit. Counts get a typical size (their order of
# magnitude); rates are percentages between 60 and 100.
COUNTS: dict[str, tuple[int, str]] = {
    "件": (
        1000,
        "刑事警情 治安警情 电信网络诈骗发案数 命案 刑事案件数 治安案件数 盗窃案件数 抢劫案件数 "
        "诈骗案件数 毒品案件数 涉黑涉恶案件数 侵财案件数 入室盗窃案件数 盗窃电动车案件数 "
        "矛盾纠纷受理数 矛盾纠纷化解数 信访件数 初信初访数 重复信访数 民事案件受理数 "
        "行政诉讼案件数 执行案件受理数 执结案件数 刑事案件立案数 刑事案件破案数 经济犯罪案件数 "
        "网络犯罪案件数 未成年人犯罪案件数 食品安全案件数 环境资源案件数 知识产权案件数 "
        "非法集资案件数 跨境赌博案件数 醉驾案件数 家庭暴力案件数 劳动争议案件数 行政复议案件数 "
        "公益诉讼案件数 法律援助案件数 人民调解案件数 诉前调解案件数 网格事件办结数 "
        "12345热线工单数 电信网络诈骗破案数 命案积案侦破数 涉诈案件数 养老诈骗案件数 "
        "危害国家安全案件数 涉枪涉爆案件数 拐卖妇女儿童案件数",
    ),
    "起": (
        100,
        "道路交通事故起数 火灾起数 生产安全事故起数 较大以上生产安全事故起数 群体性事件起数 "
        "个人极端案事件起数 校园欺凌事件起数 溺水事故起数 电动自行车火灾起数 燃气事故起数",
    ),
    "人": (
        500,
        "抓获犯罪嫌疑人数 刑事拘留人数 批准逮捕人数 提起公诉人数 判处刑罚人数 未成年人犯罪人数 "
        "抓获电诈犯罪嫌疑人数 社区矫正对象数 刑满释放人员数 现有吸毒人员数 戒毒康复人员数 "
        "专职网格员数 兼职网格员数 平安志愿者人数 人民调解员数 执业律师人数 公证员人数 "
        "法律援助受援人数 生产安全事故死亡人数 道路交通事故死亡人数 火灾死亡人数 见义勇为人数 "
        "社区民警数 辅警人数 法律明白人数 村级法律顾问人数 劝阻潜在受害人数 追逃人数",
    ),
    "人次": (
        10000,
        "法治宣传受众人次 反诈宣传覆盖人次 政法干警培训人次 公共法律服务人次 12348热线咨询人次 "
        "见警率巡逻人次",
    ),
    "个": (
        50,
        "综治中心数 矛盾纠纷调解组织数 人民调解委员会数 个人调解工作室数 网格数 微网格数 "
        "平安乡镇数 民主法治村数 法治文化阵地数 公共法律服务站点数 律师事务所数 视频监控点位数 "
        "智能安防小区数 警务站数 打掉涉诈团伙数 打掉涉黑涉恶犯罪集团数 安全隐患点数 平安示范点数 "
        "社会组织参与平安建设数 共享法庭数 枫桥式派出所数 无讼村社数 心理服务站点数",
    ),
    "次": (
        200,
        "法治宣传活动次数 反诈宣传活动次数 应急演练次数 督导检查次数 预警劝阻次数 "
        "联合执法次数 矛盾纠纷排查次数 安全生产检查次数 平安创建暗访次数 扫黑除恶督导次数",
    ),
    "元": (
        100_000_000,
        "电诈资金止付金额 电诈资金冻结金额 电诈资金返还金额 涉案资金总额 执行到位金额 "
        "追赃挽损金额 法律援助经费 平安建设投入 雪亮工程投入 司法救助金额 欠薪追讨金额 "
        "非法集资涉案金额 罚没款金额 生态修复赔偿金额",
    ),
    "项": (20, "承接省级以上改革试点任务数 平安建设重点工作项数 法治政府建设任务项数 为民办实事项目数"),
    "条": (20, "优化法治化营商环境举措条数 服务保障发展举措条数 平安建设制度条数"),
    "部": (10, "地方性法规及政府规章出台数 规范性文件备案数"),
    "天": (30, "平均结案天数 民事案件平均审理天数 执行案件平均办理天数"),
    "个月": (24, "电信网络诈骗双下降持续时间 命案零发生持续时间"),
    "年": (5, "连续无命案年数 平安县连创年数 安全发展铜鼎连续获得年数"),
    "连冠": (10, "平安建设连冠 平安金鼎连冠"),
}
RATES = (
    "执结率 执行到位率 结案率 调解成功率 矛盾纠纷化解率 群众安全感满意率 平安建设满意率 "
    "法治建设满意率 刑事案件破案率 命案破案率 电信网络诈骗破案率 信访按期办结率 网格事件办结率 "
    "诉前调解成功率 一审服判息诉率 民事案件调撤率 公共法律服务满意率 法律援助满意度 "
    "行政机关负责人出庭应诉率 社区矫正对象再犯罪率 刑满释放人员安置帮教率 重点人员管控率 "
    "视频监控覆盖率 雪亮工程联网率 综治中心规范化建设率 平安乡镇创建率 民主法治村创建率 "
    "基层调解组织覆盖率 国家反诈中心APP安装率 预警劝阻成功率 电诈资金返还率 110接处警及时率 "
    "12345热线满意率 案件质量评查合格率 法定审限内结案率 公安政务服务一网通办率 掌上办理率 "
    "检察建议采纳率 认罪认罚从宽适用率 诉前羁押率 不起诉率 食品抽检合格率 药品抽检合格率 "
    "重点场所消防检查合格率 信访事项一次性化解率 矛盾纠纷就地化解率 企业群众满意率 "
    "律师调解成功率 劳动人事争议仲裁结案率 行政复议纠错率"
)


@dataclass(frozen=True)
class Indicator:
    """One indicator name with how its values look."""

    name: str
    unit: str
    size: float  # typical level: a count's order of magnitude, or a rate's base
    rate: bool
    tags: str  # already written as a TOML list


def _tags_for(name: str) -> list[str]:
    tags = []
    for word, tag in (
        ("警情", "警情"),
        ("诈", "反诈"),
        ("命案", "命案"),
        ("执", "执行"),
        ("调解", "调解"),
        ("纠纷", "矛调"),
        ("信访", "信访"),
        ("事故", "安全生产"),
        ("火灾", "消防"),
        ("法律", "法律服务"),
        ("满意", "满意度"),
        ("网格", "网格"),
    ):
        if word in name and tag not in tags:
            tags.append(tag)
    return tags


def _indicators() -> list[Indicator]:
    out = []
    for unit, (size, names) in COUNTS.items():
        for i, name in enumerate(names.split()):
            # vary the order of magnitude a little from name to name
            scale = (0.3, 1.0, 3.0)[i % 3]
            out.append(Indicator(name, unit, size * scale, False, _toml_list(_tags_for(name))))
    for name in RATES.split():
        out.append(Indicator(name, "%", 60.0, True, _toml_list(_tags_for(name))))
    return out


# ---------------------------------------------------------------- people, programs, honours

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
GIVEN = (
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子"
    "杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮"
    "政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼"
)
POSTS = (
    "市委政法委书记",
    "市委政法委常务副书记",
    "市公安局局长",
    "市中级人民法院院长",
    "市人民检察院检察长",
    "市司法局局长",
)
HEADLINES = (
    "以高水平安全护航高质量发展",
    "打造社会治理桥头堡 加快建设更高水平平安",
    "一座“有礼之城”的平安坚守",
    "守护人民群众平安幸福",
    "坚持和发展新时代“枫桥经验”",
    "推进市域社会治理现代化",
    "全力打好反诈攻坚战",
    "法治护航营商环境再优化",
    "深化平安创建 筑牢安全底线",
    "矛盾纠纷多元化解的实践探索",
)

PROGRAM_WORDS = [
    "有礼解纷",
    "共享法庭",
    "枫桥式",
    "平安通",
    "智治",
    "网格连心",
    "反诈先锋",
    "联调联处",
    "码上办",
    "一件事",
    "老娘舅",
    "红色调解",
    "邻里守望",
    "平安驿站",
    "法治夜校",
    "无讼",
    "警民联调",
    "智慧矫正",
    "数字法治",
    "护企",
    "安心",
    "和合",
    "同心圆",
    "暖心",
    "小马哥",
    "老兵调解",
    "乡贤参事",
    "平安大脚板",
    "蓝鲸",
    "雷霆",
]
PROGRAM_KINDS = (
    ("机制", "工作机制"),
    ("应用", "应用"),
    ("平台", "平台"),
    ("品牌", "品牌"),
    ("行动", "专项行动"),
    ("机构", "服务中心"),
    ("工作法", "工作法"),
)
HONOURS = (
    ("平安中国建设示范市", "国家级"),
    ("全国法治政府建设示范市", "国家级"),
    ("全国禁毒示范城市", "国家级"),
    ("全国市域社会治理现代化试点合格城市", "国家级"),
    ("全国模范人民调解委员会", "国家级"),
    ("全国民主法治示范村", "国家级"),
    ("“枫桥式公安派出所”", "国家级"),
    ("全国优秀公共法律服务中心", "国家级"),
    ("平安金鼎", "省级"),
    ("一星平安金鼎", "省级"),
    ("二星平安金鼎", "省级"),
    ("平安县(市、区)", "省级"),
    ("省级法治乡镇", "省级"),
    ("浙江省无邪教创建示范县", "省级"),
    ("安全发展铜鼎", "省级"),
    ("省级民主法治村", "省级"),
    ("市级平安示范单位", "市级"),
    ("市级金牌调解室", "市级"),
    ("县级平安家庭示范户", "县级"),
)
BATCHES = ("首批", "第二批", "第三批", "第四批", "第五批")
MONTHS_LABEL = "一二三四五六七八九十"
TERMS = (
    ("电信网络诈骗", ("电诈", "电信诈骗")),
    ("矛盾纠纷", ("矛调",)),
    ("社会治安综合治理", ("综治",)),
    ("执行结案率", ("执结率",)),
)


def _q(text: str) -> str:
    """A TOML basic string for text known to need no escapes (checked)."""
    return '"' + text + '"'


def _toml_list(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(s) for s in items) + "]"


def _check_plain(*groups: object) -> None:
    """Every fixed text is written unescaped, so none may hold a quote mark, backslash or control."""

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, tuple)):
            for v in value:
                yield from walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from walk(k)
                yield from walk(v)

    for group in groups:
        for text in walk(group):
            assert not any(c in text for c in '"\\') and text.isprintable(), text


_check_plain(CITIES, COUNTS, RATES, SURNAMES, GIVEN, POSTS, HEADLINES, PROGRAM_WORDS, HONOURS, TERMS)


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class Place:
    """A region as the fact writer needs it."""

    id: str
    name: str
    short: str


def _short(name: str) -> str:
    for suffix in ("畲族自治县", "省", "市", "区", "县"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _level(name: str) -> str:
    return {"区": "区", "市": "县级市", "县": "县"}[name[-1]]


def person(rng: random.Random) -> str:
    """A plausible Chinese personal name: a surname and one or two given characters."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")
    return rng.choice(SURNAMES) + given


def _money_value(value: int) -> int:
    """A sum of money rounded as _money() prints it, so that the value and its quote agree."""
    if value >= 100_000_000:
        return round(value, -6)
    if value >= 10_000:
        return round(value, -3)
    return value


def _money(value: int) -> str:
    if value >= 100_000_000:
        return f"{value / 100_000_000:.2f}亿元"
    if value >= 10_000:
        return f"{value / 10_000:.1f}万元"
    return f"{value}元"


def write_regions(out: TextIO, rng: random.Random, sources: int) -> None:
    """The region tree, the source pages (one per fact file) and the search terms."""
    out.write("# Synthetic govfacts fact base (benchmarks/generate.py): places, sources, terms.\n\n")
    out.write(f'[[region]]\nid = "{PROVINCE[0]}"\nname = "{PROVINCE[1]}"\nlevel = "省"\n\n')
    for city_id, city, aliases, counties in CITIES:
        out.write(
            f'[[region]]\nid = "{city_id}"\nname = "{city}"\nlevel = "地级市"\nparent = "{PROVINCE[0]}"\n'
        )
        if aliases:
            out.write(f"aliases = {_toml_list(aliases)}\n")
        out.write("\n")
        for county_id, county in counties:
            out.write(
                f'[[region]]\nid = "{county_id}"\nname = "{county}"\nlevel = "{_level(county)}"\n'
                f'parent = "{city_id}"\n\n'
            )
    for k in range(sources):
        _, city, _, _ = CITIES[k % len(CITIES)]
        year = 2019 + rng.randrange(7)
        month = rng.randrange(1, 13)
        speaker = person(rng)
        post = rng.choice(POSTS)
        out.write(
            f'[[source]]\nid = "{_source_id(k)}"\n'
            f'title = "{_short(city)}:{rng.choice(HEADLINES)} 访{city[:-1]}{post}{speaker}"\n'
            f'file = "{k:04d}_{rng.getrandbits(64):016x}.txt"\n'
            f'date = "{year}-{month:02d}"\n'
            f'publisher = "浙江法治报"\nsection = "平安浙江"\npages = "{rng.randrange(1, 9)}"\n'
            f'speaker = "{speaker}({city[:-1]}{post})"\n\n'
        )
    for name, aliases in TERMS:
        out.write(f'[[term]]\nname = "{name}"\naliases = {_toml_list(aliases)}\n\n')


def _source_id(k: int) -> str:
    return f"page-{k:04d}"


def _period(rng: random.Random) -> tuple[str, str]:
    year = 2019 + rng.randrange(7)
    r = rng.random()
    if r < 0.75:
        return str(year), f"{year}年"
    if r < 0.92:
        month = rng.randrange(3, 12)
        return f"{year}-01/{year}-{month:02d}", f"{year}年1至{month}月"
    return "2021/2025", "十四五"


def write_indicator(
    out: TextIO, rng: random.Random, ident: str, place: Place, ind: Indicator, source: str
) -> None:
    """One [[indicator]] entry with a value, a period and a quote that states them."""
    period, label = _period(rng)
    basis = None
    qualifier = None
    if rng.random() < 0.45:  # a change
        measure = "change"
        basis = "较“十三五”同期" if period == "2021/2025" else "同比"
        if ind.rate and rng.random() < 0.5:
            unit = "个百分点"
            value = round(rng.uniform(0.1, 8.0), 2)
        else:
            unit = "%"
            value = round(rng.uniform(0.1, 45.0), 1)
        down = rng.random() < 0.6
        word = "下降" if down else "上升"
        value_text = f"{word}{value}{unit}"
        if down:
            value = -value
    else:
        measure = "level"
        unit = ind.unit
        if ind.rate:
            value = round(min(100.0, ind.size + rng.uniform(0.0, 40.0)), 2)
            value_text = f"{value}%"
        else:
            value = max(1, int(ind.size * rng.uniform(0.2, 2.0)))
            if unit == "元":
                value = _money_value(value)
            value_text = _money(value) if unit == "元" else f"{value}{unit}"
            if rng.random() < 0.08:
                qualifier = "more_than"
                value_text = value_text.replace(unit, "余" + unit, 1) if unit != "元" else "超" + value_text
    quote = f"{label},{place.short}{ind.name}{'' if measure == 'level' else basis}{value_text}"
    out.write(
        f'[[indicator]]\nid = "{ident}"\nregion = "{place.id}"\nname = "{ind.name}"\n'
        f'value = {value}\nunit = "{unit}"\nmeasure = "{measure}"\n'
    )
    if basis:
        out.write(f'basis = "{basis}"\n')
    out.write(f'period = "{period}"\nperiod_label = "{label}"\n')
    if qualifier:
        out.write(f'qualifier = "{qualifier}"\n')
    if ind.tags != "[]":
        out.write(f"tags = {ind.tags}\n")
    out.write(f'source = "{source}"\nquote = "{quote}"\n\n')


def write_program(out: TextIO, rng: random.Random, ident: str, place: Place, source: str) -> str:
    """One [[program]] entry; returns its id."""
    category, suffix = rng.choice(PROGRAM_KINDS)
    name = f"{place.short}{rng.choice(PROGRAM_WORDS)}{suffix}"
    since = 2015 + rng.randrange(11)
    out.write(
        f'[[program]]\nid = "{ident}"\nregion = "{place.id}"\nname = "{name}"\ncategory = "{category}"\n'
        f'summary = "{place.name}于{since}年推出的{category},服务基层平安建设。"\nsince = {since}\n'
        f'source = "{source}"\nquote = "{since}年以来,{place.short}创新推出“{name}”"\n\n'
    )
    return ident


def write_honour(
    out: TextIO, rng: random.Random, ident: str, place: Place, source: str, holder: str | None
) -> None:
    """One [[honour]] entry, now and then won by a program of the same page."""
    title, level = rng.choice(HONOURS)
    year = 2019 + rng.randrange(7)
    out.write(f'[[honour]]\nid = "{ident}"\nregion = "{place.id}"\nname = "{title}"\nlevel = "{level}"\n')
    if rng.random() < 0.3:
        out.write(f'batch = "{rng.choice(BATCHES)}"\n')
    out.write(f"year = {year}\n")
    if holder:
        out.write(f'holder = "{holder}"\n')
    out.write(f'source = "{source}"\nquote = "{year}年,{place.short}被命名为{title}"\n\n')


def _places() -> tuple[Place, list[list[Place]]]:
    province = Place(PROVINCE[0], PROVINCE[1], _short(PROVINCE[1]))
    groups = []
    for city_id, city, _, counties in CITIES:
        group = [Place(city_id, city, _short(city))]
        group += [Place(cid, name, _short(name)) for cid, name in counties]
        groups.append(group)
    return province, groups


def write_facts(
    out: TextIO, rng: random.Random, file_no: int, count: int, sources: int, indicators: list[Indicator]
) -> None:
    """`count` facts of one page: mostly about one city and its counties."""
    province, groups = _places()
    group = groups[(file_no - 1) % len(groups)]
    own_source = _source_id((file_no - 1) % sources)
    every = [p for g in groups for p in g]
    out.write(f"# Synthetic govfacts fact base (benchmarks/generate.py): page {file_no}.\n\n")
    programs: list[str] = []
    prefix = f"f{file_no:04d}"
    for n in range(count):
        r = rng.random()
        if r < 0.9:
            place = group[rng.randrange(len(group))]
        elif r < 0.99:
            place = every[rng.randrange(len(every))]
        else:
            place = province
        source = own_source if rng.random() < 0.9 else _source_id(rng.randrange(sources))
        kind = rng.random()
        if kind < 0.85:
            ind = indicators[rng.randrange(len(indicators))]
            write_indicator(out, rng, f"{prefix}-{place.id}-i{n}", place, ind, source)
        elif kind < 0.95:
            programs.append(write_program(out, rng, f"{prefix}-{place.id}-p{n}", place, source))
        else:
            holder = programs[rng.randrange(len(programs))] if programs and rng.random() < 0.3 else None
            write_honour(out, rng, f"{prefix}-{place.id}-h{n}", place, source, holder)


# ---------------------------------------------------------------- the repetitive shape

# The dozen figures every report repeats; 刑事警情 is the one run.py queries.
REPEATED = (
    "刑事警情",
    "治安警情",
    "电信网络诈骗发案数",
    "命案",
    "盗窃案件数",
    "诈骗案件数",
    "道路交通事故起数",
    "火灾起数",
    "生产安全事故起数",
    "信访件数",
    "矛盾纠纷受理数",
    "群体性事件起数",
)
REPEATED_YEARS = range(2015, 2026)
# Program names are a place's short name, a prefix, a word of PROGRAM_WORDS and a kind:
# 20 x 30 x 7 = 4,200 names per place before a version number ("2.0") is added.
PROGRAM_PREFIXES = (
    "数字",
    "智慧",
    "阳光",
    "红色",
    "绿色",
    "幸福",
    "和美",
    "共富",
    "清廉",
    "善治",
    "连心",
    "暖阳",
    "齐心",
    "先锋",
    "守护",
    "安居",
    "便民",
    "惠企",
    "融合",
    "共治",
)
# Of every 200 facts (counted over the whole base, in order): 30 programs, 1 honour, 169 indicators.
CYCLE = 200
PROGRAM_SLOTS = frozenset({3, 9, 16})  # slot % 20
HONOUR_SLOT = 100

_check_plain(REPEATED, PROGRAM_PREFIXES)


class Repetitive:
    """Writes the facts of the repetitive shape; holds the little state that runs across files.

    The kind of each fact follows from its position in the whole base, so the counts are
    exact; every program gets the next unused name of its place, so no two share a name.
    """

    def __init__(self) -> None:
        self.position = 0
        self.names_used: dict[str, int] = {}  # place id -> programs named so far
        _, self.groups = _places()
        self.places = [p for g in self.groups for p in g]  # 11 cities and 110 counties
        self.tags = {name: _toml_list(_tags_for(name)) for name in REPEATED}

    def program_name(self, place: Place) -> tuple[str, str]:
        """The next name of this place, never given before, and its category."""
        n = self.names_used.get(place.id, 0)
        self.names_used[place.id] = n + 1
        kinds, words, prefixes = len(PROGRAM_KINDS), len(PROGRAM_WORDS), len(PROGRAM_PREFIXES)
        category, suffix = PROGRAM_KINDS[n % kinds]
        word = PROGRAM_WORDS[(n // kinds) % words]
        prefix = PROGRAM_PREFIXES[(n // (kinds * words)) % prefixes]
        version = n // (kinds * words * prefixes)
        name = f"{place.short}{prefix}{word}{suffix}" + (f"{version + 1}.0" if version else "")
        return name, category

    def write_facts(self, out: TextIO, rng: random.Random, file_no: int, count: int, sources: int) -> None:
        """`count` facts of one page, mostly about one city and its counties."""
        group = self.groups[(file_no - 1) % len(self.groups)]
        own_source = _source_id((file_no - 1) % sources)
        out.write(f"# Synthetic govfacts fact base (benchmarks/generate.py, repetitive): page {file_no}.\n\n")
        prefix = f"f{file_no:04d}"
        last_program: str | None = None
        for n in range(count):
            slot = self.position % CYCLE
            self.position += 1
            if rng.random() < 0.9:
                place = group[rng.randrange(len(group))]
            else:
                place = self.places[rng.randrange(len(self.places))]
            source = own_source if rng.random() < 0.9 else _source_id(rng.randrange(sources))
            if slot == HONOUR_SLOT:
                holder = last_program if last_program and rng.random() < 0.3 else None
                write_honour(out, rng, f"{prefix}-{place.id}-h{n}", place, source, holder)
            elif slot % 20 in PROGRAM_SLOTS:
                ident = f"{prefix}-{place.id}-p{n}"
                self.write_program(out, rng, ident, place, source)
                last_program = ident
            else:
                self.write_indicator(out, rng, f"{prefix}-{place.id}-i{n}", place, source)

    def write_indicator(self, out: TextIO, rng: random.Random, ident: str, place: Place, source: str) -> None:
        """One yearly 同比 change in percent, signed, one decimal."""
        name = REPEATED[rng.randrange(len(REPEATED))]
        year = REPEATED_YEARS[rng.randrange(len(REPEATED_YEARS))]
        tenths = rng.randrange(1, 451)
        down = rng.random() < 0.6
        size = f"{tenths // 10}.{tenths % 10}"
        out.write(
            f'[[indicator]]\nid = "{ident}"\nregion = "{place.id}"\nname = "{name}"\n'
            f'value = {"-" if down else ""}{size}\nunit = "%"\nmeasure = "change"\nbasis = "同比"\n'
            f'period = "{year}"\nperiod_label = "{year}年"\n'
        )
        if self.tags[name] != "[]":
            out.write(f"tags = {self.tags[name]}\n")
        word = "下降" if down else "上升"
        out.write(f'source = "{source}"\nquote = "{year}年,{place.short}{name}同比{word}{size}%"\n\n')

    def write_program(self, out: TextIO, rng: random.Random, ident: str, place: Place, source: str) -> None:
        """One [[program]] entry under a name no other program has."""
        name, category = self.program_name(place)
        since = 2015 + rng.randrange(11)
        out.write(
            f'[[program]]\nid = "{ident}"\nregion = "{place.id}"\nname = "{name}"\ncategory = "{category}"\n'
            f'summary = "{place.name}于{since}年推出的{category},服务基层平安建设。"\nsince = {since}\n'
            f'source = "{source}"\nquote = "{since}年以来,{place.short}创新推出“{name}”"\n\n'
        )


SHAPES = ("varied", "repetitive")


def generate(out_dir: Path, facts: int, files: int, seed: int = 1, shape: str = "varied") -> list[Path]:
    """Write the fact base into `out_dir` (created if need be); return the files written.

    With one file everything goes into it; otherwise the first file holds the places,
    sources and terms and the facts are shared out evenly over the rest.
    """
    if facts < 0 or files < 1:
        raise ValueError("need facts >= 0 and files >= 1")
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    fact_files = max(1, files - 1)
    sources = fact_files
    if shape == "varied":
        indicators = _indicators()

        def write(out: TextIO, file_no: int, count: int) -> None:
            write_facts(out, rng, file_no, count, sources, indicators)

    else:
        repetitive = Repetitive()

        def write(out: TextIO, file_no: int, count: int) -> None:
            repetitive.write_facts(out, rng, file_no, count, sources)

    written = []
    width = max(4, len(str(fact_files)))
    regions_path = out_dir / REGIONS_FILE
    with regions_path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        write_regions(out, rng, sources)
        if files == 1:
            write(out, 1, facts)
    written.append(regions_path)
    if files > 1:
        per, extra = divmod(facts, fact_files)
        for i in range(1, fact_files + 1):
            path = out_dir / f"{i:0{width}d}-facts.toml"
            with path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
                write(out, i, per + (1 if i <= extra else 0))
            written.append(path)
    write_pages(out_dir, written)
    return written


def write_pages(out_dir: Path, written: list[Path]) -> None:
    """Write each source's page beside the region file: the quotes of the facts citing it, a line each.

    govfacts checks every quote against its page and every figure against its quote, so
    a generated base exercises those checks at scale as a real one does.
    """
    pages: dict[str, str] = {}
    current = None
    for line in (out_dir / REGIONS_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith('id = "'):
            current = line[6:-1]
        elif line.startswith('file = "') and current:
            pages[current] = line[8:-1]
    quotes: dict[str, list[str]] = {source: [] for source in pages}
    for path in written:
        source = None
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith('source = "'):
                    source = line[10:-2]
                elif line.startswith('quote = "') and source in quotes:
                    quotes[source].append(line[9:-2])
    for source, name in pages.items():
        (out_dir / name).write_text("\n".join(quotes[source]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: write a base and say how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="how many facts (default 1,000,000)")
    parser.add_argument("--files", type=int, default=1_000, help="how many TOML files in all (default 1,000)")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--shape", choices=SHAPES, default="varied", help="what the facts look like (default varied)"
    )
    args = parser.parse_args(argv)
    if args.facts < 0 or args.files < 1:
        parser.error("--facts must be >= 0 and --files >= 1")
    started = time.perf_counter()
    written = generate(args.out, args.facts, args.files, args.seed, args.shape)
    size = sum(p.stat().st_size for p in written)
    print(
        f"wrote {args.facts:,} facts ({args.shape}) in {len(written):,} files ({size / 2**20:.1f} MiB) to {args.out} "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
