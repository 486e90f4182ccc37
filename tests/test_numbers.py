"""numbers: text → (value, unit, qualifier, from_value), one row per rule."""

import pytest

from etl.normalise import normalise
from etl.numbers import find_amounts

CASES = [
    # money and scales
    ("总投资额2201.2亿元", [(220120000000, "CNY", "exact", None)]),
    ("利税8000万元", [(80000000, "CNY", "exact", None)]),
    ("安排3千万元专项资金", [(30000000, "CNY", "exact", None)]),
    ("投入三千万元", [(30000000, "CNY", "exact", None)]),
    ("总投资一亿二千万元", [(120000000, "CNY", "exact", None)]),  # 亿 inside a Chinese numeral
    ("缴纳税收一点二亿元", [(120000000, "CNY", "exact", None)]),  # a decimal point in words
    ("总投资一百二十五点三亿元", [(12530000000, "CNY", "exact", None)]),  # hundreds before the point
    ("由2018年的62家增加到目前的145家", [(145, "count", "exact", 62)]),
    ("从二〇一八年的一百家增加到四百三十家", [(430, "count", "exact", 100)]),
    ("覆盖率达百分之九十八", [(98, "percent", "exact", None)]),
    ("覆盖率超过百分之九十五点五", [(95.5, "percent", "over", None)]),
    ("总产值1.2万亿元", [(1.2e12, "CNY", "exact", None)]),
    ("奖励5000元", [(5000, "CNY", "exact", None)]),
    ("总投资1.5亿美元", [(150000000, "USD", "exact", None)]),
    ("合同外资3000万美元", [(30000000, "USD", "exact", None)]),
    ("２２０１．２亿元", [(220120000000, "CNY", "exact", None)]),
    ("总投资1,250万元", [(12500000, "CNY", "exact", None)]),
    # qualifiers
    ("超22亿元", [(2200000000, "CNY", "over", None)]),
    ("超过2000个", [(2000, "count", "over", None)]),
    ("逾三百亿元", [(30000000000, "CNY", "over", None)]),
    ("高新技术企业总数突破5000家", [(5000, "count", "over", None)]),
    ("近56亿元", [(5600000000, "CNY", "nearly", None)]),
    ("将近900名", [(900, "count", "nearly", None)]),
    ("5800多万元", [(58000000, "CNY", "over", None)]),
    ("140余项", [(140, "count", "over", None)]),
    ("党员总数达到2.1万余名", [(21000, "count", "over", None)]),
    ("约3.5亿元", [(350000000, "CNY", "about", None)]),
    ("50个左右", [(50, "count", "about", None)]),
    ("100万元以上", [(1000000, "CNY", "over", None)]),
    ("总投资超百亿元", [(1e10, "CNY", "over", None)]),
    ("投入近千万元", [(1e7, "CNY", "nearly", None)]),
    ("产值两千亿元", [(2e11, "CNY", "exact", None)]),
    ("签约项目总投资50亿,涉及新能源", [(5e9, "CNY", "exact", None)]),
    ("不超过50万元", [(500000, "CNY", "under", None)]),
    ("10万元以内", [(100000, "CNY", "under", None)]),
    ("项目集中签约21个", [(21, "count", "exact", None)]),
    # Chinese numerals
    ("三十多家", [(30, "count", "over", None)]),
    ("一千二百余名", [(1200, "count", "over", None)]),
    ("十余家", [(10, "count", "over", None)]),
    ("高新技术企业千余家", [(1000, "count", "over", None)]),
    ("百余家企业", [(100, "count", "over", None)]),
    ("近百家企业", [(100, "count", "nearly", None)]),
    ("2.4万家", [(24000, "count", "exact", None)]),
    ("6千余万元", [(60000000, "CNY", "over", None)]),
    ("总投资137亿余元", [(13700000000, "CNY", "over", None)]),
    # financial numerals and 个亿 (a peer library's money table: jionlp test_money_parser)
    ("壹万二千三百四十五元", [(12345, "CNY", "exact", None)]),
    ("肆佰叁拾万元", [(4300000, "CNY", "exact", None)]),
    ("两个亿元", [(200000000, "CNY", "exact", None)]),
    ("预计总投资47亿人民币", [(4700000000, "CNY", "exact", None)]),  # 人民币 is 元
    ("新增会员300人", [(300, "count", "exact", None)]),
    ("投资两个多亿", [(200000000, "CNY", "over", None)]),
    ("安排两个亿的资金", [(200000000, "CNY", "exact", None)]),
    ("企业由上年同期的39家增加到45家", [(45, "count", "exact", 39)]),  # a change from last year's same period
    ("18亿的某中重卡项目", [(1800000000, "CNY", "exact", None)]),  # a bare 亿 before 的 is money
    ("总投资近百亿的“好声音”", [(10000000000, "CNY", "nearly", None)]),
    ("投资近5个亿建设", [(500000000, "CNY", "nearly", None)]),
    ("约4.287亿美元", [(428700000, "USD", "about", None)]),
    ("近700万元", [(7000000, "CNY", "nearly", None)]),
    ("不到1.9万元", [(19000, "CNY", "under", None)]),
    ("50万元(含)以上", [(500000, "CNY", "over", None)]),
    ("数十亿元", [(1e9, "CNY", "about", None)]),
    ("上百个项目", [(100, "count", "about", None)]),
    ("几十家企业", [(10, "count", "about", None)]),
    ("年初64个项目集中签约", [(64, "count", "exact", None)]),
    ("郑州经开区:116个超亿元项目", [(116, "count", "exact", None)]),
    ("两个", [(2, "count", "exact", None)]),
    ("四十二个", [(42, "count", "exact", None)]),
    # changes
    ("党组织数从18个增加75个", [(75, "count", "exact", 18)]),
    ("党员从86名增加至723名", [(723, "count", "exact", 86)]),
    ("覆盖率由35%提高到92%", [(92, "percent", "exact", 35)]),
    ("由2020年的412个增加到685个", [(685, "count", "exact", 412)]),
    ("规上企业数量由26家充实到60家", [(60, "count", "exact", 26)]),  # other verbs of growth: 充实, 猛增, 攀升 …
    ("工业总产值从68.23亿元猛增到146.75亿元", [(14675000000, "CNY", "exact", 6823000000)]),
    ("由上年的16个增至25个", [(25, "count", "exact", 16)]),
    ("投资总额从11亿元逐步追加至42亿元", [(4.2e9, "CNY", "exact", 1.1e9)]),  # an adverb before the change verb
    ("引育高新技术企业不低于15家", [(15, "count", "over", None)]),
    ("党员人数166名", [(166, "count", "exact", None)]),  # 数 before digits is a word's, no vague 数十
    ("企业总数3500家", [(3500, "count", "exact", None)]),
    ("投资额也由原计划的30亿元增加到125亿元", [(12500000000, "CNY", "exact", 3000000000)]),
    ("总数由2家增至13家", [(13, "count", "exact", 2)]),
    ("由2021年的156件增至2023年的412件", [(412, "count", "exact", 156)]),  # a year on both sides
    ("高新技术企业从2021年的12家增至有效期内55家", [(55, "count", "exact", 12)]),  # a qualifier of the later count
    ("由2022年的35亿元提高到2023年的52亿元", [(5200000000, "CNY", "exact", 3500000000)]),
    # lists that share a unit or a qualifier
    ("分别给予不超过50万元和20万元的奖补", [(500000, "CNY", "under", None), (200000, "CNY", "under", None)]),
    ("分别为3、5、8个", [(3, "count", "exact", None), (5, "count", "exact", None), (8, "count", "exact", None)]),
    # not figures
    ("电话0533-3580065", []),
    ("400-965-9511", []),
    ("第五批国家级名单", []),
    ("第3个项目", []),
    ("5G基站", []),
    ("第8.6代AMOLED生产线", []),
    ("“1+3+N”网格力量体系", []),
    ("冲刺千亿元级经营规模", []),
    ("一名党员就是一面旗帜", [(1, "count", "exact", None)]),  # metrics.py tells an article from a count
    ("2024年3月30日", []),
    ("95岁的老党员", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_find_amounts(text: str, expected: list[tuple]) -> None:
    got = [(a.value, a.unit, a.qualifier, a.from_value) for a in find_amounts(normalise(text))]
    assert got == [(pytest.approx(v), u, q, f) for v, u, q, f in expected]


RANGE_CASES = [
    ("1万-5万元", 50000, 10000),
    ("1万元--5万元", 50000, 10000),
    ("1万(含)-5万元", 50000, 10000),
    ("两到三万元", 30000, 20000),
    ("十八至三十万元", 300000, 180000),
    ("一百二十到一百五十万元", 1500000, 1200000),
    ("一千到两千万元", 20000000, 10000000),
    ("七千到九千亿元", 9e11, 7e11),
    ("八九亿元", 9e8, 8e8),
    ("三五百万元", 5e6, 3e6),
    ("四五千元", 5000, 4000),
    ("选派1-2名优秀党员", 2, 1),
    ("3-5家企业", 5, 3),
]


@pytest.mark.parametrize(("text", "value", "low"), RANGE_CASES, ids=[c[0] for c in RANGE_CASES])
def test_ranges_keep_both_ends(text: str, value: float, low: float) -> None:
    [amount] = find_amounts(normalise(text))
    assert (amount.value, amount.value_low, amount.qualifier) == (pytest.approx(value), pytest.approx(low), "about")
