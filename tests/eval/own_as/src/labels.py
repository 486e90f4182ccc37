# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_as, after src/build.py)
# Evidence, titles and `first` are written in simplified Chinese with half-width digits and converted to
# each page's form by build.conv (s2tw / s2hk with 「」, full-width digits). check() verifies that every
# evidence is on its decoded page, inside one line (the hard-wrapped page included), at most 40 characters,
# unique on the page for gold rows, never both gold and negative, that every duplicate_of points at a gold
# evidence of the same page, and that every title, `first` and alias is on its page.
# The labels were written from the language of the pages only; the ETL was never run on them.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    return build.conv(doc, s)


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises"}
UNIT = {"investment": "CNY"}
U = {
 "wy2021": "http://m.yutainews.com/qyjj/2021/0820/30225.html",
 "ly2021h": "https://investchn.com/home/news/detail/id/197642.html",
 "ly2021f": "http://zjrb.zjol.com.cn/html/2021-02/21/content_3413005.htm?div=-1",
 "yw2021": "http://miscantus.com/article-87766-1.html",
 "zn2024": "http://nd.fjsen.com/2024-11/19/content_31782861.htm",
 "qy2024": "http://47.99.226.245/newsinfo/4997861.html",
 "dh2024": "https://fstcwy.org/news-view.php?id=3084",
 "px2024": "https://zhenguoke.com/read/-dy-article-JU7P2JT505346936.html",
 "xf2020": "https://ln.cnipai.com/park/detail/4550.html",
 "ly2020": "http://hkcd.com/content_p/2020-11/13/content_105691.html",
 "mhk2022": "https://xinjiapo.news/news/178640/amp",
 "bl2025": "http://bltzw.com/thread-596304-1-1.html",
 "yl2025": "http://api.zqcn.com.cn/160/53421.html",
 "fs2025": "https://www.rmlt.com.cn/2025/0806/737161.shtml",
 "xs2022": "https://www.hbxs.gov.cn/zwgk/public/129/62716561.html",
 "ay2022": "http://mtouziguancha.news9.cn/tzyw/83029.html",
 "lz2022": "https://sc.cnipai.com/news/detail/300032.html",
 "tx2020": "https://m.yybnet.net/wuzhou/tengxian/202009/10878858.html",
 "yc2020": "https://m.yybnet.net/guangan/yuechi/202010/10931478.html",
 "ln2020": "http://cddxdlc.com/content/2020-11/24/content_344552.htm",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where they are on the page)
 "武义经开区": ["浙江武义经济开发区", "武义经开区"],
 "周宁不锈钢深加工产业园": ["周宁不锈钢深加工产业园", "周宁县不锈钢深加工产业园", "不锈钢深加工产业园"],
 "庆元经开区": ["浙江庆元经济开发区", "庆元经开区", "庆元工业园区"],
 "蓬溪经开区": ["蓬溪经开区"],
 "西丰经开区": ["辽宁西丰经济开发区", "西丰经开区"],
 "凌源经开区": ["朝阳凌源经济开发区"],
 "北流经开区": ["广西北流经济技术开发区", "北流日用陶瓷工业园区", "两湾北流产业园"],
 "相山经开区": ["相山经济开发区", "相山经开区"],
 "藤县中和陶瓷产业园": ["藤县中和陶瓷产业园区"],
}
SUB = {"西丰经开区": ["生命健康产业园", "安民机械装备制造产业园", "郜家店工业园"]}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    fv = None if from_value is None else (round(from_value) if from_value >= 1000 else from_value)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": SUB.get(park, []),
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": fv,
           "value_low": value_low, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿
W = 10000      # 万

N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


A = []


def ART(doc, title, first, kind, park, year, parks=None, note=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    if note:
        row["note"] = note
    A.append(row)


PG = []

# ---------------- as01 (GB18030 · simplified · Markdown; masthead 2021; 武义经开区; 龙游县 / 义乌市 traps) ----------------
d = "as01"; p = "武义经开区"
G(d, p, "output_value", 217.81 * Y, "上半年规上工业总产值", "完成规上工业总产值217.81亿元", 2021, "page", "wy2021",
  note="「今年上半年」 takes the masthead year")
G(d, p, "enterprise_count", 443, "规上工业企业", "从2017年的320家增加到现在的443家", 2021, "page", "wy2021", from_value=320,
  note="「现在」 takes the page year; the earlier value is 2017's")
G(d, p, "output_value", 355.02 * Y, "规上工业总产值", "提高到2020年的355.02亿元", 2020, "explicit", "wy2021", from_value=299.77 * Y)
G(d, p, "output_value", 33.2 * Y, "通用设备制造业工业总产值", "增长至2020年的33.2亿元", 2020, "explicit", "wy2021", from_value=14.34 * Y,
  note="one industry's output inside the park; the sentence's subject is the park's 通用设备制造业")
G(d, p, "output_value", 21.11 * Y, "通用设备制造业上半年产值", "又实现产值21.11亿元", 2021, "page", "wy2021")
for ev, why, np_ in [
    ("同比增长37.2%", "growth rate", "武义经开区"),
    ("年均净增40家", "an average yearly increase, not a count of enterprises", "武义经开区"),
    ("年均增长5.8%", "growth rate", "武义经开区"),
    ("年均增长32.2%", "growth rate", "武义经开区"),
    ("同比增长46.0%", "growth rate", "武义经开区"),
    ("2017年2月", "date of the management reform", None),
    ("通用设备制造业跻身第二", "a ranking of industries", "武义经开区"),
    ("考核中得分76.26分", "an assessment score", None),
    ("新引进亿元以上招商引资项目43个", "county figure (龙游县); the source line names 浙江龙游工业园区 only as the informant", "龙游工业园区"),
    ("协议总投资170.66亿元", "county figure", "龙游工业园区"),
    ("已入库招商项目21个", "county figure", "龙游工业园区"),
    ("亿元以上项目12个", "county figure", "龙游工业园区"),
    ("到位资金23.4亿元", "funds arrived (到位资金), county figure", "龙游工业园区"),
    ("总投资58.6亿元的3个项目", "county signing", "龙游工业园区"),
    ("单体新投资50亿元", "one county project, no park named", None),
    ("10亿元以上重大产业项目8个", "county figure; 「云墨碳谷」碳材料产业园 and the like are projects, not parks", None),
    ("累计引进亿元以上重大项目270个", "city figure (义乌市)", None),
    ("新增省重大产业项目26个", "city figure", None),
    ("规模以上工业总产值1163.7亿元", "city figure", None),
    ("销售产值1169.5亿元", "city figure (sales value)", None),
    ("地区生产总值420.2亿元", "GDP, city", None),
    ("两大千亿级现代制造业集群", "slogan of the city's clusters", None),
    ("0579-8766 2135", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "武义经开区工业经济交出“半年红”", "本报武义8月18日讯 记者从", "park", p, 2021)
ART(d, "", "图为武义经开区一家通用设备", "other", None, 2021)
ART(d, "龙游县上半年招商考核居全市第一", "本报讯 8月4日召开的衢州", "county", None, 2021)
ART(d, "义乌跻身投资潜力百强县前三", "本报讯 日前，中国数字经济", "city", None, 2021)
ART(d, "广告", "浙中园区招商服务热线", "ad", None, 2021)
PG.append(("as01", 2021, "masthead 「2021年8月20日 星期五」; the 武义 dateline 8月18日, 龙游's 「8月4日」 and 义乌's 「2021年中国投资潜力百强县」 agree"))

# ---------------- as02 (UTF-16 · simplified · plain short-line headings, no masthead year; 周宁 / 庆元 / 蓬溪; 德化县 trap) -------
d = "as02"; p = "周宁不锈钢深加工产业园"
G(d, p, "investment_total", 20 * Y, "福建青山特材不锈钢深加工项目", "总投资20亿余元", 2024, "page", "zn2024", qual="over", scope="project",
  note="a project inside the park (the article is the park's); no year in its sentence")
G(d, p, "output_value", 20 * Y, "青山特材项目投产后年产值", "项目预计年产值20亿元", 2024, "page", "zn2024", scope="project", status="target",
  note="预计: a forecast; the completion date 2026年3月 sits in the previous sentence and dates another event, so the page year is given")
G(d, p, "enterprise_count", 33, "实现投产的不锈钢深加工企业", "已有33家不锈钢深加工企业实现投产", 2024, "page", "zn2024",
  note="「如今」 takes the page year; 2019 dates the park's founding in the previous sentence")
G(d, p, "output_value", 22 * Y, "1-10月园区产值", "园区产值22亿元", 2024, "page", "zn2024")
p = "庆元经开区"; NT = "the profile's 「现有」 counts carry no date; the page year (2024) is given, although the same box reports 154 入园企业 at the end of 2023 — the source profile does the same"
G(d, p, "enterprise_count", 140, "入园企业", "现有入园企业一百四十家", 2024, "page", "qy2024", note=NT)
G(d, p, "enterprise_count", 62, "规上企业", "其中规上企业六十二家", 2024, "page", "qy2024")
G(d, p, "enterprise_count", 27, "国家级高新企业", "国家级高新企业二十七家", 2024, "page", "qy2024")
G(d, p, "enterprise_count", 154, "入园企业", "园区入园企业154家", 2023, "explicit", "qy2024")
G(d, p, "output_value", 68.21 * Y, "投产企业工业总产值", "分别完成工业总产值68.21亿元", 2023, "explicit", "qy2024", note="a 分别 list of two figures")
G(d, p, "tax_profit", 19563.97 * W, "投产企业税收", "实现税收19563.97万元", 2023, "explicit", "qy2024")
G(d, p, "investment_annual", 8.3794 * Y, "当年完成固定资产投资", "当年完成固定资产投资8.3794亿元", 2023, "article", "qy2024",
  note="当年 points back to the 2023 of the previous sentence")
p = "蓬溪经开区"
G(d, p, "investment_total", 5 * Y, "极菜（重庆）食品有限公司川味特色标准化食材生产线项目", "项目总投资5亿元", 2023, "article", "px2024", scope="project",
  note="the year of the signing (「2023年底…签订投资协议」, the previous sentence) is given; borderline: the page year 2024 is when it went into production")
for ev, why, np_ in [
    ("占地面积约300亩", "area", "周宁不锈钢深加工产业园"),
    ("贸易额15亿元", "trade volume, no metric", "周宁不锈钢深加工产业园"),
    ("就业岗位800余个", "jobs", "周宁不锈钢深加工产业园"),
    ("项目预计2026年3月全面完工", "completion date", None),
    ("首个百亿产业集群", "ordinal / slogan", "周宁不锈钢深加工产业园"),
    ("规划总用地约6000亩", "area", "周宁不锈钢深加工产业园"),
    ("比增51%", "growth rate", "周宁不锈钢深加工产业园"),
    ("全国最大的不锈钢钢管", "a claim, no figure", None),
    ("省级高新技术企业研发中心9家", "R&D centres, not enterprises", "庆元经开区"),
    ("省级重点企业研究院3家", "research institutes, not enterprises", "庆元经开区"),
    ("同比分别增长6.73%和40.75%", "growth rates", "庆元经开区"),
    ("完成年度总投资任务的104.74%", "share of a plan", "庆元经开区"),
    ("其中政府投资2.2419亿元", "component of the year's 固定资产投资 by funder (not a kind SPEC names); borderline", "庆元经开区"),
    ("国企投资3.65亿元", "component by funder; borderline", "庆元经开区"),
    ("社会民间投资2.8485亿元", "component by funder; borderline", "庆元经开区"),
    ("2021年12月", "date of the approval", None),
    ("全县陶瓷企业超过4000家", "county figure (德化县)", None),
    ("陶瓷电商从业者3万多人", "workers, county", None),
    ("链起817家企业", "county headline (产业链党委 of 德化县)", None),
    ("上下游陶瓷企业817家", "county industry-chain figure, no park", None),
    ("覆盖上下游党组织266个", "county party organisations", None),
    ("党组织覆盖率达95.2%", "county coverage rate", None),
    ("活动60多场次", "count of events", None),
    ("协商解决问题40多个", "count of problems solved", None),
    ("帮助366家企业", "county figure", None),
    ("补贴1746万元", "county subsidies (funding), not a park's", None),
    ("引进38名业界专家", "county talent figure", None),
    ("组成5个专业团队", "count of teams", None),
    ("45家电商企业", "firms served in the county's 电商物流园区 by a county party committee", "德化电商物流园区"),
    ("集群规模达577亿元", "county cluster size", None),
    ("达476.3亿元", "county cluster size", None),
    ("增长14.9%", "growth rate", None),
    ("同比增长13.1%", "growth rate", None),
    ("只用了5个月", "duration", "蓬溪经开区"),
    ("购置5条食材生产线", "production lines (capacity), no metric", "蓬溪经开区"),
    ("推进会约20余次", "count of meetings", "蓬溪经开区"),
    ("0578-6125 380", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "周宁不锈钢深加工产业园", "本报讯 11月19日，记者来到", "park", "周宁不锈钢深加工产业园", 2024)
ART(d, "● 园区档案｜浙江庆元经济开发区", "庆元经开区的前身是2003年", "park", "庆元经开区", 2024,
    note="a profile box: its undated counts take the page year, its 2023 figures carry their own year")
ART(d, "德化陶瓷产业链党委链起817家企业", "本报讯 德化县陶瓷及相关产业", "county", None, 2024)
ART(d, "蓬溪经开区：闲置厂房五个月变身食材车间", "本报讯 走进遂宁市蓬溪经开区", "park", "蓬溪经开区", 2024)
ART(d, "", "本版邮箱：sqyq2024@163.com", "ad", None, 2024)
PG.append(("as02", 2024, "no masthead year (「11月22日 星期五」); 德化's 「2024年前三季度」, 周宁's 「今年1月至10月」 with the 11月19日 dateline, and 蓬溪's 「2023年底…去年此时」 give 2024 (11月22日 is a Friday in 2024)"))

# ---------------- as03 (UTF-8 BOM + CRLF · full-width digits · Markdown, a text table; 2022; 西丰 + 凌源 in one story; 梅河口市 trap) ----
d = "as03"; p = "西丰经开区"; NP = "the 十三五 period (2016-2020) ends in the 2020 of the next paragraph's 「到2020年末」; the year 2020 is given as article"
G(d, p, "funding", 0.351 * Y, "“十三五”期间基础设施累计投入资金", "基础设施累计投入资金0.351亿元", 2020, "article", "xf2020", note=NP)
G(d, p, "enterprise_count", 67, "入驻企业", "园区共入驻企业67户", 2020, "explicit", "xf2020")
G(d, p, "enterprise_count", 55, "生命健康产业园入驻企业", "生命健康产业园55户", 2020, "explicit", "xf2020", note="其中 breakdown by sub-park (sub_areas)")
G(d, p, "enterprise_count", 11, "安民机械装备制造产业园入驻企业", "安民机械装备制造产业园11户", 2020, "explicit", "xf2020")
G(d, p, "enterprise_count", 1, "郜家店工业园入驻企业", "郜家店工业园1户", 2020, "explicit", "xf2020")
G(d, p, "enterprise_count", 67, "入驻企业（小标题）", "六十七户企业落地", 2020, "article", "xf2020", dup="园区共入驻企业67户",
  note="sub-heading repeating the body figure in Chinese numerals")
G(d, p, "project_count", 18, "“十三五”期间新建工业项目", "新建工业项目18个", 2020, "article", "xf2020", note=NP)
G(d, p, "project_count", 11, "“十三五”期间建成投产项目", "建成投产项目11个", 2020, "article", "xf2020", note=NP)
NT = "text table: the column header 「2020年」 (another line) gives the year; the 2015 column is the earlier value"
G(d, p, "enterprise_count", 12, "规模以上工业企业", "| 规模以上工业企业 | 29户 | 12户 |", 2020, "article", "xf2020", from_value=29,
  note=NT + "; a decrease (29 → 12)")
G(d, p, "output_value", 13.2 * Y, "工业总产值", "| 工业总产值 | 9.8亿元 | 13.2亿元 |", 2020, "article", "xf2020", from_value=9.8 * Y, note=NT)
G(d, p, "tax_profit", 3300 * W, "上缴税金", "| 上缴税金 | 1790万元 | 3300万元 |", 2020, "article", "xf2020", from_value=1790 * W, note=NT)
p = "凌源经开区"
G(d, p, "enterprise_count", 150, "重点企业", "等150余家重点企业", 2020, "explicit", "ly2020", qual="over")
G(d, p, "enterprise_count", 150, "重点企业（小标题）", "一百五十余家重点企业聚集", 2020, "article", "ly2020", qual="over", dup="等150余家重点企业")
G(d, p, "enterprise_count", 21, "规上企业", "其中规上企业21家", 2020, "explicit", "ly2020")
G(d, p, "enterprise_count", 2, "上市公司", "上市公司2家", 2020, "explicit", "ly2020")
G(d, p, "output_value", 221.35 * Y, "规模以上工业产值", "实现规模以上工业产值221.35亿元", 2019, "explicit", "ly2020")
for ev, why, np_ in [
    ("总体规划面积15.76平方公里", "area", "西丰经开区"),
    ("已建成6.39平方公里", "area", "西丰经开区"),
    ("九通一平", "slogan", None),
    ("大型招商活动110多次", "count of events", "西丰经开区"),
    ("组建招商团队37个", "count of teams", "西丰经开区"),
    ("| 营业收入 | 9.6亿元 | 12.9亿元 |", "revenue, no metric", "西丰经开区"),
    ("增加值44.27亿元", "value added", "凌源经开区"),
    ("74个省级开发区", "count of the province's zones", None),
    ("排第3位", "ranking", "凌源经开区"),
    ("世界500强", "a ranking in a company's description", None),
    ("中国企业500强", "a ranking in a company's description", None),
    ("四大主导产业", "count of industries", "凌源经开区"),
    ("10家公司在梅河口落户", "a company group's subsidiaries in a city (梅河口市), no park", None),
    ("累计投资100亿元", "a company's cumulative investment in the city", None),
    ("累计纳税达100亿元", "a company's tax in the city", None),
    ("3个优势产业", "count of industries, city", None),
    ("年均30%以上的增速", "growth rate", None),
    ("一年可实现产值100亿元", "the city's pharmaceutical industry, no park", "梅河新区"),
    ("占吉林省医药产值的20%", "share", None),
    ("15.6万平方米", "floor area in an ad", None),
    ("024-7263 5518", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "西丰、凌源：两个县域经开区的“十三五”账本", "本报沈阳6月15日讯 “十三五", "park", "西丰经开区", 2020,
    parks=["西丰经开区", "凌源经开区"], note="one story shared by two parks, each under its own sub-heading; its figures are of 2019-2020")
ART(d, "梅河口：县级市里的医药“百亿集群”", "本报梅河口讯 梅河口市不通", "city", None, 2022)
ART(d, "广告", "辽北园区标准厂房租售", "ad", None, 2022)
PG.append(("as03", 2022, "masthead 「2022年6月17日 星期五」; the 沈阳 dateline 6月15日 and 梅河口's 「去年9月…梅河新区」 (approved 2021) agree; the park story's figures are of 2019-2020"))

# ---------------- as04 (UTF-8 · traditional s2tw with 「」 · hard wrap 30 · 引题/主题/副题; 2025; 北流经开区; 玉林市 / 扶绥县 traps) ----
d = "as04"; p = "北流经开区"
NB = "figures of the 产业园 (北流日用陶瓷工业园区 / 两湾北流产业园) that the story says became 广西北流经济技术开发区"
G(d, p, "enterprise_count", 326, "入园企业", "入园企业共326家", 2023, "explicit", "bl2025", note=NB)
G(d, p, "enterprise_count", 188, "规上企业", "其中规上企业188家", 2023, "explicit", "bl2025")
G(d, p, "output_value", 196.18 * Y, "园区工业总产值", "园区工业总产值196.18亿元", 2023, "article", "bl2025",
  note="「当年，」 points back to 2023")
G(d, p, "output_value", 160.88 * Y, "规模以上工业总产值", "规模以上工业总产值160.88亿元", 2023, "article", "bl2025")
for ev, why, np_ in [
    ("第二个省级经开区", "ordinal", None),
    ("〔2025〕48号", "document number", None),
    ("加工贸易产业园5", "count of sub-parks (5个专业化产业园, split by the wrap)", "北流经开区"),
    ("同比增长15.29%", "growth rate", "北流经开区"),
    ("同比增长17.52%", "growth rate", "北流经开区"),
    ("地区生产总值214.23亿元", "GDP of the park", "北流经开区"),
    ("建成面积9.7622平方", "area", "北流经开区"),
    ("21.95亿元/平方公里", "density", "北流经开区"),
    ("10个自治区级工业园区", "count of the city's parks (玉林市)", None),
    ("其中百亿园区6", "count of parks (split by the wrap)", None),
    ("入园企业1500多家", "city-wide total over ten parks, no single park", "北流经开区"),
    ("200多个园区企业党组织", "city-wide party organisations", "北流经开区"),
    ("69个。", "city figure: 示范点69个 (split by the wrap)", None),
    ("成立10个园", "city-wide 产业链党委 (count split by the wrap: evidence is its first line)", None),
    ("联合体5个", "city figure", None),
    ("平台60个", "city figure (校企联姻平台)", None),
    ("1万多名人才", "talent sent by the city, no park", None),
    ("服务队30多个", "city figure", None),
    ("临时党组织110多个", "city party organisations at project sites", None),
    ("走访企业1000多家", "visits", None),
    ("难题950多个", "count of problems solved", None),
    ("3个国家级绿色园区", "count of the county's parks (扶绥县)", None),
    ("257家规上工业企", "county figure", "中国—东盟南宁空港扶绥经济区"),
    ("規上工業總產值達804.07億元", "county figure", "中国—东盟南宁空港扶绥经济区"),
    ("整合为1个临空经济协同区", "count of merged zones (the merged 临空经济协同区 is a used park, named here only)", "临空经济协同区"),
    ("人才700余名", "county talent figure", "中国—东盟南宁空港扶绥经济区"),
]:
    NEG(d, ev, why, np_)
ART(d, "广西北流经济技术开发区获批设立", "本报北流讯 今年，自治区人", "park", p, 2023,
    note="引题/主题/副题 stack; the park was created from the 产业园 in 2025, its figures are of 2023")
ART(d, "", "图为两湾北流产业园民安片区", "other", None, 2025)
ART(d, "玉林“十园千企”党建工程", "本报玉林讯 玉林市共有10个", "city", None, 2025)
ART(d, "扶绥：“三链协同”强园区", "本报扶绥讯 扶绥县拥有3个国", "county", None, 2025)
PG.append(("as04", 2025, "masthead 「2025年8月15日 星期五」; the approval 「桂政函〔2025〕48号」 and 扶绥's 「2024年规上工业总产值」 (last year) agree"))

# ---------------- as05 (GB18030 · traditional s2hk · Markdown; 2022; 相山经开区; 安岳县 / 龙马潭区·长开区 traps) ----------------
d = "as05"; p = "相山经开区"
G(d, p, "enterprise_count", 162, "工业企业", "现有工业企业162家", 2022, "page", "xs2022")
G(d, p, "enterprise_count", 64, "规上企业", "其中规上企业64家", 2022, "page", "xs2022")
G(d, p, "output_value", 39.08 * Y, "1-11月规上工业总产值", "规上工业总产值完成39.08亿元", 2022, "page", "xs2022", note="「今年1-11月」 takes the page year")
G(d, p, "investment_annual", 28.97 * Y, "1-11月累计完成固定资产投资", "累计完成固定资产投资28.97亿元", 2022, "page", "xs2022")
G(d, p, "investment_annual", 27.97 * Y, "1-11月工业投资", "其中工业投资完成27.97亿元", 2022, "page", "xs2022",
  note="其中 component of the 28.97亿元, but 工业投资 is itself a SPEC investment_annual kind, so it is gold with its subject")
G(d, p, "project_count", 45, "签约工业项目", "签约工业项目45个", 2022, "page", "xs2022")
G(d, p, "investment_total", 117 * Y, "签约工业项目协议投资额", "协议投资额共计117亿元", 2022, "page", "xs2022")
G(d, p, "project_count", 43, "重点工业项目", "重点工业项目43个", 2022, "page", "xs2022")
G(d, p, "investment_total", 120.9 * Y, "43个重点工业项目总投资", "总投资120.9亿元", 2022, "page", "xs2022")
G(d, p, "project_count", 33, "全面开工建设项目", "等33个项目已全面开工建设", 2022, "page", "xs2022")
G(d, p, "project_count", 22, "建成投产项目", "等22个项目建成投产", 2022, "page", "xs2022")
LZ = "泸州长江经开区"
for ev, why, np_ in [
    ("同比下降3.35%", "growth rate", "相山经开区"),
    ("同比增长81%", "growth rate", "相山经开区"),
    ("同比增长75.91%", "growth rate", "相山经开区"),
    ("拜访考察企业177家", "visits, no metric", "相山经开区"),
    ("接待客商182家", "visitors received", "相山经开区"),
    ("第二污水处理厂", "ordinal", None),
    ("将于2023年底建成运营", "completion date", None),
    ("推出25个招商引资项目", "county figure (安岳县)", None),
    ("总投资157.32亿元", "county figure", None),
    ("等3份协议", "count of agreements", None),
    ("签约项目61个", "county figure", None),
    ("总投资171.21亿元", "county figure", None),
    ("投资1亿-10亿元项目14个", "a threshold range of the county's projects; neither a park's figure nor a value range", None),
    ("14个、10亿元以上项目5个", "county figure (threshold count)", None),
    ("近20个招商引资项目", "joint figure of a district (龙马潭区) and a park named together; not the park's alone", LZ),
    ("计划投资金额141亿元", "joint district + park signing (quoted by the park's investment bureau); borderline", LZ),
    ("等项目14个", "joint district + park figure", LZ),
    ("其中10亿元以上项目5个", "joint district + park figure", LZ),
    ("签约金额97.5亿元", "joint district + park figure", LZ),
    ("到位资金55亿元", "funds arrived, joint figure", LZ),
    ("实际利用外资7293万元", "foreign capital used, no metric", LZ),
    ("外商直接投资430万美元", "FDI, no metric", LZ),
    ("028-8543 6620", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "相山经开区：招商势头好 项目建设提速", "本报淮北12月28日讯 相山经", "park", p, 2022)
ART(d, "安岳推出25个柠檬产业招商项目", "本报资阳11月25日讯 第三届", "county", None, 2022)
ART(d, "龙马潭区、长开区集中签约近20个项目", "本报泸州11月15日讯 11月3", "district", None, 2022,
    note="a district and a park (四川泸州（长江）经济开发区, 长开区) reported together: their joint figures are nobody's park figures")
ART(d, "广告", "川皖园区招商联络处", "ad", None, 2022)
PG.append(("as05", 2022, "masthead 「2022年12月30日 星期五」; the datelines 12月28日 / 11月25日 / 11月15日, 「今年1-11月」 and 相山's 「将于2023年底建成」 agree"))

# ---------------- as06 (plain UTF-8 · simplified · plain headings, 【】 brief; 2020; 藤县 county story ending with its park; 岳池县 trap) ----
d = "as06"; p = "藤县中和陶瓷产业园"
NT = "a county story (藤县) whose last paragraph is the park's: only that paragraph's sentences give park figures; 「目前」 takes the page year"
G(d, p, "investment_total", 133 * Y, "入驻陶瓷企业总投资", "入驻陶瓷企业总投资133亿元", 2020, "page", "tx2020", note=NT)
G(d, p, "enterprise_count", 13, "投产的陶瓷企业", "其中投产的陶瓷企业13家", 2020, "page", "tx2020")
for ev, why, np_ in [
    ("300多平方米的中控室", "area", None),
    ("20多个监控系统", "count of screens", None),
    ("300多幅画面", "count of screens", None),
    ("实现工业产值31.62亿元", "the county's ceramic industry (藤县陶瓷产业), said in the county paragraph; borderline", "藤县中和陶瓷产业园"),
    ("同比增长91%", "growth rate", None),
    ("四条生产线建设", "a company's production lines", "藤县中和陶瓷产业园"),
    ("已建成生产线42组", "production lines, no metric", "藤县中和陶瓷产业园"),
    ("2.86亿平方米以上", "capacity", "藤县中和陶瓷产业园"),
    ("现场签约项目4个", "county figure (岳池县)", None),
    ("协议资金89.5亿元", "county signing", None),
    ("近百家川渝输变电企业", "attendees", None),
    ("22个原料药产品生产线", "a company's product lines", "岳池生物医药产业园"),
    ("可实现年产值15.5亿元", "a company's target output; the company is located in 岳池生物医药产业园区, but the sentence is the company's", "岳池生物医药产业园"),
    ("累计投资超过10亿元", "a company's cumulative investment in the county", "岳池生物医药产业园"),
    ("输变电施工企业22家", "county figure", None),
    ("制造企业3家", "county figure", None),
    ("2019年实现产值91亿元", "county industry output", None),
    ("完成税收4.3亿元", "county industry tax", None),
    ("近五分之一", "share", None),
    ("30条专项扶持政策", "count of policies", None),
    ("23栋厂房", "count of buildings, no metric", "粤桂合作特别试验区"),
    ("0774-2836 117", "phone number", None),
    ("48-23", "postal code", None),
]:
    NEG(d, ev, why, np_)
ART(d, "藤县：强龙头补链条 优势产业抱团壮大", "本报藤县9月11日讯 走进广西", "county", None, 2020,
    parks=["藤县中和陶瓷产业园"], note=NT)
ART(d, "岳池在渝签约4个项目 协议资金89.5亿元", "本报讯 10月15日，岳池县代", "county", None, 2020,
    note="a county story; a company located in 岳池生物医药产业园区 gives the park nothing")
ART(d, "【粤桂合作特别试验区】", "11月23日，位于试验区江北片", "park", "粤桂合作特别试验区", 2020, note="a 【】 brief without a park figure")
ART(d, "", "订阅热线 0774-2836 117", "ad", None, 2020)
PG.append(("as06", 2020, "masthead 「2020年11月27日 星期五」; the datelines 9月11日 / 10月15日 / 11月23日, 藤县's 「今年1月至7月」 and 岳池's 「2019年实现产值」 (last year) agree"))

# @@PAGES@@


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
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
        if g.get("duplicate_of") and not any(h["doc"] == g["doc"] and h["evidence"] == g["duplicate_of"] for h in gold):
            print("DUP TARGET MISSING", g["doc"], g["duplicate_of"]); bad += 1
    keys = {(r["doc"], r["evidence"]) for r in gold}
    for r in N:
        if (r["doc"], r["evidence"]) in keys:
            print("BOTH GOLD AND NEG", r["doc"], r["evidence"]); bad += 1
    for a in A:
        page = PAGES[a["doc"][:-4]]
        for k in ("title", "first"):
            if a[k] and a[k] not in page:
                print("ARTICLE", k, "not on page", a["doc"], a[k]); bad += 1
    for d in PAGES:
        if not any(a["doc"] == f"{d}.txt" for a in A):
            print("NO ARTICLES", d); bad += 1
    return bad


if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n"
                                          for d, y, c in PG if d in PAGES), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
