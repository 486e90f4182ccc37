# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_y, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for y04, full-width digits for y05, s2tw for y06) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "y04":
        return build.trad(s, build.S2HK)
    if doc == "y05":
        return build.fullwidth(s)
    if doc == "y06":
        return build.trad(s, build.S2TW)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "henan12": "http://idacn.org/news/17335.html",
 "kaifeng10": "http://www.cnpgn.com/mobile/21-0-989-1.html",
 "ningxia15": "http://photo.dxbei.com/a/ningxia/20150319/171063.html",
 "taiyangshan": "http://m.nicastaneda.com/ztbd/2011-06-30/130940455319.html",
 "ezhou": "http://www.cdhggg.cn/news/201403/01/72855.html",
 "dandong11": "http://www.dunminwenhua.com/news/test/201106/282328.htm",
 "linkonggang": "http://wh.cnhubei.com/lkg/mtjj/201905/t4223963.shtml",
 "ningxia19": "http://www.nxnews.net/zt/2019/fdxsd/td/201910/t20191012_6444556.html",
 "wuzhong19": "https://yinchuan.baogaosu.com/xinwen/%E5%90%B4%E5%BF%A0%E5%B8%82%E5%A4%A7%E5%8A%9B%E6%8E%A8%E8%BF%9B%E8%8B%8F%E6%B5%99%E6%B2%AA%E7%AD%BE%E7%BA%A6%E9%A1%B9%E7%9B%AE/75254469",
 "qianjiang": "http://verygif.com/techdevelop/detail/id/23472.html",
 "zhejiang21": "https://o571.com/news/html/f3/47297.html",
 "bianhe": "http://yljzc.com/zh/News_15980.html",
 "dandong24": "https://finance.sina.com.cn/jjxw/2024-08-16/doc-inciuumq6012532.shtml",
 "xiangjiang": "https://wxredian.com/art?id=0e928ba7f99e870a7e31adc7be250085",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "开封新区": ["开封新区"],
 "太阳山开发区": ["太阳山开发区", "吴忠市太阳山开发区", "宁夏太阳山开发区"],
 "鄂州经开区": ["鄂州经济开发区", "鄂州开发区"],
 "武汉临空港经开区": ["武汉临空港经济技术开发区（东西湖区）", "武汉临空港经济技术开发区", "临空港经开区"],
 "钱江经开区": ["钱江经开区", "钱江经济开发区"],
 "丹东边合区": ["丹东边合区", "丹东边境经济合作区"],
 "湘江科创园": ["湘江科创园"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿
W = 10000      # 万

# ---------------- y01 (2012 masthead; a 2010 archive article of 开封新区) ----------------
d = "y01"; p = "开封新区"; NT = "the dateline 本报开封2010年3月讯 dates the report; the plan is the 2010 项目建设年 of the editor's note"
G(d, p, "project_count", 50, "亿元以上重大项目（5312工程，全年组织实施）", "全年组织实施五十个亿元以上重大项目", 2010, "article", "kaifeng10", status="target", note=NT)
G(d, p, "investment_total", 300 * Y, "5312工程重大项目总投资", "总投资力争达到三百亿元以上", 2010, "article", "kaifeng10", qual="over", status="target")
G(d, p, "investment_annual", 100 * Y, "5312工程年度投资", "完成年度投资一百亿元以上", 2010, "article", "kaifeng10", qual="over", status="target")
G(d, p, "investment_total", 100 * Y, "奇瑞汽车河南制造基地", "奇瑞汽车河南制造基地投资近百亿元", 2010, "article", "kaifeng10", qual="nearly", scope="project")
G(d, p, "investment_total", 30 * Y, "永煤大型空分设备项目", "永煤大型空分设备项目总投资近三十亿元", 2010, "article", "kaifeng10", qual="nearly", scope="project")
G(d, p, "investment_total", 20 * Y, "郑开·森林半岛项目", "郑开·森林半岛项目总投资二十亿元", 2010, "article", "kaifeng10", scope="project")

# ---------------- y02 (no masthead year; page 2015 from the 平罗 article; 太阳山 article of 2011) -----
d = "y02"; p = "太阳山开发区"
G(d, p, "investment_total", 62 * Y, "宁夏金太阳镁业有限公司（浙江盾安集团）", "斥资62亿元建立宁夏金太阳镁业", 2011, "article", "taiyangshan", scope="project")

# ---------------- y03 (2014 masthead; interview about 2013) ----------------
d = "y03"; p = "鄂州经开区"
G(d, p, "tax_profit", 12129 * W, "地方税收收入", "地方税收收入完成12129万元", 2013, "explicit", "ezhou")
G(d, p, "enterprise_count", 90, "机械制造企业（重型装备制造）", "已聚集九十多家机械制造企业", 2013, "explicit", "ezhou", qual="over")

# ---------------- y04 (2019 masthead; s2hk; party briefs) ----------------
d = "y04"; p = "武汉临空港经开区"
G(d, p, "party_org_count", 479, "与社区对接的基层党支部", "共对接支部479个", 2019, "page", "linkonggang",
  note="截至4月18日 carries no year; the masthead 2019 gives it. 全区 is the 开发区（东西湖区）")
G(d, p, "party_member_count", 8110, "到社区报到的在职党员", "8110名在职党员到社区报到", 2019, "page", "linkonggang")

# ---------------- y05 (2023 masthead; full-width digits; a table) ----------------
d = "y05"; p = "钱江经开区"
G(d, p, "project_count", 16, "一季度集中签约项目", "共签约项目16个", 2023, "article", "qianjiang")
G(d, p, "investment_total", 88.42 * Y, "一季度集中签约项目总投资", "总投资约88.42亿元，其中", 2023, "article", "qianjiang", qual="about")
G(d, p, "project_count", 9, "亿元以上签约项目", "其中亿元以上项目9个", 2023, "article", "qianjiang")
G(d, p, "project_count", 3, "10亿元以上签约项目", "10亿元以上项目3个", 2023, "article", "qianjiang")
G(d, p, "project_count", 1, "50亿元以上签约项目", "50亿元以上项目1个", 2023, "article", "qianjiang")
G(d, p, "project_count", 4, "集中开工项目", "（一期）等4个项目", 2023, "article", "qianjiang")
G(d, p, "investment_total", 17.09 * Y, "集中开工项目总投资", "4个项目，总投资17.09亿元", 2023, "article", "qianjiang")
G(d, p, "project_count", 16, "一季度集中签约项目（标题）", "钱江经开区一季度签约项目16个", 2023, "article", "qianjiang", dup="共签约项目16个")
G(d, p, "investment_total", 88.42 * Y, "一季度集中签约项目总投资（标题）", "签约总额约88.42亿元", 2023, "article", "qianjiang", qual="about", dup="总投资约88.42亿元，其中")
for ev, dup_c, dup_i, n, inv, subj in [("集中签约 | 16个 | 约88.42亿元", "共签约项目16个", "总投资约88.42亿元，其中", 16, 88.42, "集中签约"),
                                        ("集中开工 | 4个 | 17.09亿元", "（一期）等4个项目", "4个项目，总投资17.09亿元", 4, 17.09, "集中开工")]:
    G(d, p, "project_count", n, f"{subj}项目（表格）", ev, 2023, "article", "qianjiang", dup=dup_c)
    G(d, p, "investment_total", inv * Y, f"{subj}项目总投资（表格）", ev, 2023, "article", "qianjiang",
      qual="about" if subj == "集中签约" else "exact", dup=dup_i)

# ---------------- y06 (2024 masthead; s2tw briefs) ----------------
d = "y06"; p = "丹东边合区"
G(d, p, "project_count", 57, "500万元以上重点项目（上半年开复工）", "重点项目开复工57个", 2024, "page", "bianhe")
G(d, p, "project_count", 57, "重点项目开复工（标题）", "丹东边合区上半年57个重点项目开复工", 2024, "page", "bianhe", dup="重点项目开复工57个")
G(d, p, "investment_total", 202.4 * Y, "开复工重点项目总投资", "总投资202.4亿元", 2024, "page", "bianhe")
G(d, p, "project_count", 16, "新开工项目", "其中新开工项目16个", 2024, "page", "bianhe")
G(d, p, "project_count", 41, "复工项目", "复工项目41个", 2024, "page", "bianhe")
G(d, p, "investment_total", 55.3 * Y, "新开工项目总投资（分别）", "总投资分别为55.3亿元", 2024, "page", "bianhe")
G(d, p, "investment_total", 147.1 * Y, "复工项目总投资（分别）", "55.3亿元、147.1亿元", 2024, "page", "bianhe")
G(d, p, "investment_annual", 16.7 * Y, "上半年完成固定资产投资", "完成固定资产投资16.7亿元", 2024, "page", "bianhe")
G(d, p, "investment_total", 6000 * W, "丹东沐庠食品新建水产品加工项目", "总投资6000万元的丹东沐庠食品", 2024, "page", "bianhe", scope="project")
G(d, p, "output_value", 1 * Y, "沐庠水产品加工项目达产后年产值", "达产后预计年产值1亿元", 2024, "page", "bianhe", scope="project", status="target")
G(d, p, "tax_profit", 100 * W, "沐庠水产品加工项目达产后税收", "实现税收100万元", 2024, "page", "bianhe", scope="project", status="target")
G(d, p, "investment_total", 5 * Y, "五一八内燃机配件大型镦锻曲轴生产线项目", "生产线项目总投资5亿元", 2024, "page", "bianhe", scope="project")
G(d, p, "output_value", 3 * Y, "曲轴生产线项目建成后年新增产值", "预计年新增产值3亿元", 2024, "page", "bianhe", scope="project", status="target")
G(d, p, "tax_profit", 4000 * W, "曲轴生产线项目建成后利税", "利税4000万元", 2024, "page", "bianhe", scope="project", status="target")
p = "湘江科创园"
G(d, p, "enterprise_count", 157, "注册企业", "共有注册企业157家", 2024, "page", "xiangjiang")
G(d, p, "enterprise_count", 54, "入驻企业", "入驻企业54家", 2024, "page", "xiangjiang")
G(d, p, "party_org_count", 2, "已成立党支部的企业（企业党支部）", "2家公司已成立党支部", 2024, "page", "xiangjiang")
G(d, p, "party_member_count", 14, "联合党支部流动党员", "现有流动党员14名", 2024, "page", "xiangjiang")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("签约415个项目 总投资3006亿元", "province headline (豫洽会)", None),
    ("全省共有415个项目签约", "province figure", None),
    ("总投资3006亿元，合同资金2866亿元", "province figure", None),
    ("合同资金2866亿元", "province contract funds", None),
    ("签约项目中外资项目87个", "province figure", None),
    ("总投资101.7亿美元", "province figure (foreign projects)", None),
    ("合同外资97.1亿美元", "committed foreign capital, province", None),
    ("100兆瓦光电项目投资20亿元", "a 洛阳新安县 project in the sentence naming 开封新区管委会", "开封新区"),
    ("农产品进出口基地总投资23亿元", "a 驻马店 project in the sentence naming 开封新区管委会", "开封新区"),
    ("境内外团组175个", "delegations, no metric", None),
    ("160余家国内外500强企业", "attending companies, province fair", None),
    ("实现营业收入二百亿元以上", "营业收入 is no metric", "开封新区"),
    ("0371-6558 2012", "phone number", None),
    ("2012年3月26日", "masthead date", None),
]:
    NEG("y01", ev, why, np_)

for ev, why, np_ in [
    ("中卫104个重大项目集中开工", "city headline", None),
    ("实施项目383个", "city figure", None),
    ("计划完成投资384亿元", "city figure", None),
    ("年内计划完成投资284亿元", "city figure", None),
    ("当年投资1亿元以上的有49个", "city threshold count", None),
    ("上的有9个", "city threshold count", None),
    ("西部云基地项目年内投资37亿元", "city projects", None),
    ("投资21亿元", "city projects", None),
    ("平罗50个重点项目全年上马", "county headline", None),
    ("全县计划实施重点建设项目50", "county figure (line cut by the wrap)", None),
    ("概算总投资337.8亿元", "county figure", None),
    ("批集中开工35个，总投资232.9亿元", "county figure", None),
    ("其中工业项目21个", "county figure", None),
    ("首批开工14个", "county figure", None),
    ("可实现产值40亿元", "a company's output in a county story", None),
    ("产金属镁及镁合金30万吨", "capacity", "太阳山开发区"),
    ("硅铁合金40万吨", "capacity", "太阳山开发区"),
    ("兰炭200万吨", "capacity", "太阳山开发区"),
]:
    NEG("y02", ev, why, np_)

for ev, why, np_ in [
    ("完成20418万元", "财政收入 is no metric", "鄂州经开区"),
    ("全年财政收入首次突破2亿元大关", "财政收入 is no metric", "鄂州经开区"),
    ("占地方公共财政收入的88.37%", "share", "鄂州经开区"),
    ("3个5000吨级泊位", "berths, no metric", "鄂州经开区"),
    ("年吞吐货物5000万吨", "capacity", "鄂州经开区"),
    ("一年多引进项目一千多个", "city headline", None),
    ("共引进项目1000多个", "city figure", None),
    ("总投资2000多亿元", "city figure", None),
    ("已入驻企业200余户", "a city's 仪器仪表产业基地 in a city story", None),
    ("已有27个新兴产业项目入驻", "a city's 环保产业园 in a city story", None),
]:
    NEG("y03", ev, why, np_)

for ev, why, np_ in [
    ("全区75个社区", "communities, no metric", "武汉临空港经开区"),
    ("活动400余场次", "activities, no metric", "武汉临空港经开区"),
    ("宁夏80个重点项目开工79个", "province headline", None),
    ("已有79个开工", "province figure", None),
    ("开工率98.75%", "rate, province", None),
    ("累计完成投资378.1亿元", "province construction progress", None),
    ("已完成年度投资8.3亿元", "a project's progress in 吴忠奶产业园, province story", "吴忠奶产业园"),
    ("产业园项目总投资30亿元", "a project in a province story", None),
    ("今年计划完成投资6亿元", "a project in a province story", None),
    ("共签约项目12个", "city figure", None),
    ("计划总投资67.4亿元", "city figure", None),
    ("其中10亿元以上项目3个", "city threshold count", None),
    ("已开工6个", "city figure", None),
    ("开工率50%", "rate", None),
    ("0951-6031 219", "phone number", None),
]:
    NEG("y04", ev, why, np_)

for ev, why, np_ in [
    ("共开工重大项目361个", "province figure", None),
    ("总投资5823亿元", "province figure", None),
    ("超100亿元的特大项目8个", "province threshold count", None),
    ("杭州市有20个重大项目集中开工", "city figure in a province story", None),
    ("总投资超420亿元", "city figure", None),
    ("二期工程总投资12亿元", "a project located in 萧山经济技术开发区, province story", "萧山经开区"),
    ("可装机架6000架", "capacity", None),
    ("2023年3月30日", "masthead date", None),
]:
    NEG("y05", ev, why, np_)

for ev, why, np_ in [
    ("500万元以上重点项目", "threshold amount", "丹东边合区"),
    ("开复工率达95%", "rate", "丹东边合区"),
    ("同比增长7%", "growth rate", "丹东边合区"),
    ("丹东前7个月开复工项目733个", "city headline", None),
    ("开复工投资500万元以上项目733个", "city figure", None),
    ("开复工率99.7%", "rate, city", None),
    ("其中新开工项目293个", "city figure", None),
    ("亿元以上项目204个", "city threshold count", None),
    ("投资25.1亿元的上海电气", "a project located in 东港经济开发区, city story", "东港经开区"),
    ("等8家企业", "companies covered by the joint branch, not the park's enterprise total", "湘江科创园"),
    ("0415-3180 518", "phone number", None),
]:
    NEG("y06", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year):
    A.append({"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
              "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year})


ART("y01", "第七届豫洽会签约415个项目 总投资3006亿元", "本报郑州3月25日讯 记者从", "province", None, 2012)
ART("y01", "园区档案｜开封新区：“项目建设年”里的“5312”", "编者按：两年前，开封新区把2", "park", "开封新区", 2010)
ART("y01", "", "图为开封新区一处在建项目工地", "other", None, 2012)
ART("y01", "", "中原园区网 招商热线：037", "ad", None, 2012)
ART("y02", "中卫104个重大项目集中开工", "本报中卫3月18日讯 沙坡头", "city", None, 2015)
ART("y02", "平罗50个重点项目全年上马", "本报讯 平罗县2015年第一", "county", None, 2015)
ART("y02", "园区旧闻｜太阳山开发区“镁都”起步", "本报吴忠2011年6月28日", "park", "太阳山开发区", 2011)
ART("y03", "鄂州开发区：四大产业托起“两亿元”", "2013年，鄂州经济开发区全", "park", "鄂州经开区", 2013)
ART("y03", "丹东：一年多引进项目一千多个", "本报丹东2011年6月讯 从", "city", None, 2011)
ART("y03", "", "东北振兴观察 投稿邮箱", "other", None, 2014)
ART("y04", "临空港经开区“双进双服务”让党员走到居民身边", "本报讯 武汉临空港经济技术开", "park", "武汉临空港经开区", 2019)
ART("y04", "宁夏80个重点项目开工79个", "本报银川10月11日讯 记者", "province", None, 2019)
ART("y04", "吴忠苏浙沪签约项目半数开工", "本报讯 今年2月自治区党政代", "city", None, 2019)
ART("y04", "", "广告 园区党建书屋 订阅电话", "ad", None, 2019)
ART("y05", "钱江经开区一季度签约项目16个", "本报讯 3月28日，余杭区2", "park", "钱江经开区", 2023)
ART("y05", "浙江361个重大项目集中开工", "本报杭州2021年3月17日", "province", None, 2021)
ART("y06", "丹东边合区上半年57个重点项目开复工", "本报讯 今年上半年，丹东边境", "park", "丹东边合区", 2024)
ART("y06", "", "图为合作区大型镦锻曲轴生产线", "other", None, 2024)
ART("y06", "丹东前7个月开复工项目733个", "本报讯 丹东市发改委消息，前", "city", None, 2024)
ART("y06", "湘江科创园成立联合党支部", "本报长沙讯 湘江科创园联合党", "park", "湘江科创园", 2024)
ART("y06", "", "招商热线 0415-3180", "ad", None, 2024)

PG = [
 ("y01", 2012, "masthead 「2012年3月26日 星期一 · 第6版」; the 豫洽会 story is dated 3月23日/25日 of that year; the 开封新区 archive article carries its own 2010"),
 ("y02", 2015, "no masthead year (「宁夏园区 · 第3版 / 3月20日 星期五」); the 平罗 article names 「2015年第一批重点项目」, and 中卫's 今年 is the same spring; the 太阳山 archive article is dated 2011年6月28日"),
 ("y03", 2014, "masthead 「2014年3月1日 星期六」; the interview reports 2013; the 丹东 article is dated 2011年6月"),
 ("y04", 2019, "masthead 「2019年10月14日 星期一」; the 宁夏 brief 10月11日 and the 吴忠 brief 今年2月 are that year"),
 ("y05", 2023, "masthead 「2023年3月30日 星期四」 and 「余杭区2023年一季度」; the 浙江 article is dated 2021年3月17日"),
 ("y06", 2024, "masthead 「2024年8月20日 星期二」; 今年上半年 and 前7个月 are that year"),
]


def check():
    bad = 0
    for r in gold + N:
        page = PAGES[r["doc"][:-4]]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", r["doc"], ev); bad += 1; continue
        if "\n" in ev:
            print("SPANS LINE", r["doc"], ev); bad += 1
        if len(ev) > 40:
            print("TOO LONG", r["doc"], ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        for a in g["park_aliases"]:
            if a not in page:
                print("ALIAS", a); bad += 1
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
    for a in A:
        page = PAGES[a["doc"][:-4]]
        for k in ("title", "first"):
            if a[k] and a[k] not in page:
                print("ARTICLE", k, "not on page", a["doc"], a[k]); bad += 1
    return bad


if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n"
                                          for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
