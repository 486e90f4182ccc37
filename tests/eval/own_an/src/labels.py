# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_an, after src/build.py); adapted from own_aj/src/labels.py
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for an04, s2tw for an07, full-width digits for an06) by build.conv; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
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
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "talent_count": "talent", "patent_count": "innovation"}
UNIT = {"investment": "CNY"}
U = {
 "kaiyang16": "https://guiyang.baogaosu.com/xinwen/82%E4%BA%BF%E5%85%83%E4%BA%BF%E5%85%83/46806260",
 "linxiang16": "http://www.803.com.cn/newsspecial/content/201606/27/c1325157.html",
 "xingwen16": "https://sc.cnipai.com/news/detail/136569.html",
 "panbei15": "http://guiyang.baogaosu.com/xinwen/%E7%9B%98%E5%8E%BF%E7%9B%98%E5%8C%97%E7%BB%8F%E6%B5%8E%E5%BC%80%E5%8F%91%E5%8C%BA%E4%BE%9D%E6%89%98%E4%BC%98%E5%8A%BF%E5%8A%A0%E5%BF%AB/36727668",
 "guangan15": "http://cq.zhongguozhaoshang.com/pdnews/17462",
 "yunnan15": "https://invest.yn.gov.cn/ZWArticleInfo.aspx?id=9263",
 "zitong20": "https://www.yybnet.net/mianyang/zitong/202008/10733308.html",
 "luzhai20": "https://m.yybnet.net/liuzhou/luzhai/202003/10246611.html",
 "fusui20": "https://m.yybnet.net/chongzuo/fusui/202010/10917894.html",
 "guiyang20": "(stored page of the `pages` corpus, no address given: 「新桂阳3月3日讯(记者 邱龙飞 夏峰)」, 2020)",
 "quxian21": "http://www.quxian.gov.cn/news-show-7110.html",
 "dazu21": "http://cq.people.com.cn/n2/2021/0818/c365411-34873499.html",
 "chuxiong21": "http://cnatv.com.cn/xinwen/dfxwlb/32793.html",
 "honghe21": "http://www.hh.gov.cn/szhh/zwdt/202102/t20210219_500229.html",
 "macheng22": "http://m.hbtv.com.cn/p/2221370.html",
 "xingwen22": "http://chengdu.baogaosu.com/xinwen/%E5%85%B4%E6%96%87%E9%9B%86%E4%B8%AD%E7%AD%BE%E7%BA%A6%E5%BC%80%E5%B7%A5%E4%B8%80%E6%89%B9%E9%87%8D%E5%A4%A7%E9%A1%B9%E7%9B%AE/109732474",
 "guangyuan22": "https://is0817.com/archiver/tid-111726.html",
 "huangshi22": "http://www.hfsy888.com/news/jujiao/2022/0430/124344.html",
 "yanshan25": "http://www.wsnews.com.cn/p/338559.html",
 "luliang25": "https://bangqike.com/read/1640792.html",
 "fusui25": "https://www.rmlt.com.cn/2025/0806/737161.shtml",
 "pengze25": "(stored page of the `pages` corpus, no address given: 「县域经济亮点丨彭泽县」, 2025-01-05)",
 "jianyang25": "https://reportify.cn/news/1178981334337589248",
 "qijiang25": "https://app.cqrb.cn/disijii/2025-10-23/2455606_pc.html",
 "fengjie25": "https://qh.bbdkv.com/news/202507/08/2794.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "开阳经开区": ["开阳经济开发区", "开阳经开区"],
 "临湘工业园": ["临湘工业园"],
 "盘北经开区": ["盘北经济开发区"],
 "梓潼经开区": ["梓潼经开区"],
 "渠县经开区": ["渠县经济开发区", "渠县经开区"],
 "麻城热电汽循环经济产业园": ["热电汽循环经济产业园"],
 "砚山产业园区": ["云南砚山产业园区"],
 "陆良产业园区": ["云南陆良产业园区", "陆良县产业园区"],
 "简阳临空经济产业园": ["简阳临空经济产业园"],
 "简阳经开区": ["四川简阳经济开发区", "简阳经开区"],
}

gold = []
Y = 100000000  # 亿
W = 10000      # 万


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None, sub=None):
    if doc not in PAGES:  # a page whose draft is not (yet) in src/
        return
    cat = CAT[metric]
    aliases = []
    for a in PARK[park]:
        a2 = conv(doc, a)
        if a2 in PAGES[doc] and a2 not in aliases:
            aliases.append(a2)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases,
           "sub_areas": [conv(doc, s) for s in (sub or [])],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual,
           "from_value": (round(from_value) if from_value and from_value >= 1000 else from_value),
           "value_low": value_low, "subject": conv(doc, subject), "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


N = []


def NEG(doc, ev, why, not_park):
    if doc not in PAGES:
        return
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


A = []


def ART(doc, title, first, kind, park, year, parks=None):
    if doc not in PAGES:
        return
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


PG = []

# ---------------- an01 (GB18030; our own Chinese; masthead 2016; 开阳经开区, 临湘工业园; 兴文县 trap) ----------------
d = "an01"; p = "开阳经开区"
G(d, p, "output_value", 65.82 * Y, "1至3月工业总产值（2000万元口径）", "工业总产值（2000万元口径）65.82亿元", 2016, "page", "kaiyang16")
G(d, p, "investment_annual", 11.27 * Y, "1至3月固定资产投资（500万元以上口径）", "500万元以上口径固定资产投资11.27亿元", 2016, "page", "kaiyang16",
  note="a quarter's completed investment; the period is in subject (as own_a / own_i do)")
G(d, p, "enterprise_count", 40, "投产企业", "园区现有投产企业四十家", 2016, "page", "kaiyang16")
G(d, p, "enterprise_count", 11, "磷煤化工重点企业", "其中磷煤化工重点企业十一家", 2016, "page", "kaiyang16")
G(d, p, "project_count", 12, "今年启动的重点基础项目", "纵四路延伸段等十二个重点基础项目", 2016, "page", "kaiyang16")
G(d, p, "investment_total", 6.6 * Y, "十二个重点基础项目总投资", "总投资6.6亿元", 2016, "page", "kaiyang16")
G(d, p, "investment_annual", 4 * Y, "全年计划完成投资（重点基础项目）", "全年计划完成投资4亿元", 2016, "page", "kaiyang16", status="target")
G(d, p, "project_count", 7, "预计建成项目", "预计建成项目7个", 2016, "page", "kaiyang16", status="target")
p = "临湘工业园"; SUB = ["临湘滨江产业园"]
G(d, p, "investment_total", 6.5 * Y, "昊华化工项目", "项目投资6.5亿元", 2016, "page", "linxiang16", scope="project",
  sub=SUB, note="signed into 湖南临湘工业园滨江产业区 (the park's 滨江 area)")
G(d, p, "output_value", 10 * Y, "昊华化工项目建成后年产值", "建成后年产值可达10亿元", 2016, "page", "linxiang16", scope="project",
  status="target", sub=SUB)
G(d, p, "project_count", 6, "今年签约的过亿元项目", "已签约过亿元项目六个", 2016, "page", "linxiang16", sub=SUB,
  note="subject is 临湘滨江产业园, the 滨江 area of 临湘工业园: rolled up with sub_areas")
G(d, p, "project_count", 5, "迁入滨江产业园的清水塘转移过亿元项目", "5个过亿元项目已经集体迁入滨江产业园", 2016, "page", "linxiang16", sub=SUB)
for ev, why, np_ in [
    ("完成全年目标的27.43%", "share of the annual target", "开阳经开区"),
    ("比上年同期增长17.6%", "growth rate", "开阳经开区"),
    ("高出全市平均水平7个百分点", "growth gap", None),
    ("工业增加值15.62亿元", "value added, no metric", "开阳经开区"),
    ("增长22.4%", "growth rate", "开阳经开区"),
    ("贵阳全市13个产业园区", "count of the city's parks, not a figure of 开阳经开区", "开阳经开区"),
    ("分别居第三位和第六位", "rankings", "开阳经开区"),
    ("贡献了园区65.6%的产值", "share", "开阳经开区"),
    ("深圳立雅信5万吨致密刚玉", "capacity", None),
    ("双赢集团50万吨生态肥一期", "capacity", None),
    ("路发实业25万吨磷酸二铵", "capacity", None),
    ("可带来650余个就业岗位", "jobs, no metric", "临湘工业园"),
    ("总投资15亿元的转移项目还在对接之中", "projects still in talks, not signed into the park", "临湘工业园"),
    ("兴文三季度开工三十四个重点项目", "county headline", "兴文苗族工业园区"),
    ("等34个项目", "county figure; the ceremony is on the road to 兴文苗族工业园区", "兴文苗族工业园区"),
    ("总投资17.05亿元", "county figure", "兴文苗族工业园区"),
    ("三季度计划完成投资3亿元", "county plan", None),
    ("全社会固定资产投资47.42亿元", "county figure", None),
    ("同比增长16.2%", "growth rate", None),
    ("居宜宾全市第四位", "ranking", None),
    ("0851-8722 6615", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "开阳经开区：一季度交出“开门红”答卷", "记者从开阳经济开发区了解到", "park", "开阳经开区", 2016)
ART(d, "临湘滨江产业园逆势上扬", "本报岳阳讯 近日，昊华化工", "park", "临湘工业园", 2016)
ART(d, "兴文三季度开工三十四个重点项目", "本报宜宾讯 7月20日，兴文县", "county", None, 2016)
ART(d, "", "图为开阳经开区一家磷化工企业", "other", None, 2016)
ART(d, "", "招商热线 0851-8722 6615", "ad", None, 2016)
PG.append(("an01", 2016, "masthead 「2016年7月22日 星期五」; 兴文's dateline 7月20日 and 「兴文县2016年第三季度」; 开阳's 今年1至3月 and 临湘's 今年以来 take it"))

# ---------------- an02 (UTF-16 BOM; our own Chinese; no masthead year; 盘北经开区; 广安市 / 云南省 traps) -------------
d = "an02"; p = "盘北经开区"
G(d, p, "output_value", 116.26 * Y, "上半年工业总产值", "园区完成工业总产值116.26亿元", 2015, "page", "panbei15")
G(d, p, "investment_annual", 59.01 * Y, "上半年完成固定资产投资", "完成固定资产投资59.01亿元", 2015, "page", "panbei15")
G(d, p, "project_count", 26, "在建基础设施项目", "在建基础设施项目二十六个", 2015, "page", "panbei15")
for ev, why, np_ in [
    ("招商引资到位资金49.25亿元", "funds arrived (到位资金), no metric", "盘北经开区"),
    ("财政收入7.2亿元", "fiscal revenue, no metric", "盘北经开区"),
    ("六盘水市11个工业园区", "count of the city's parks", "盘北经开区"),
    ("盘北经济开发区排名第一", "ranking", "盘北经开区"),
    ("“千亿级经济开发区、国家级经济开发区”", "slogan / goal without a figure of its own", "盘北经开区"),
    ("核心区新建路网40公里", "length", None),
    ("给排水管网各铺设35公里", "length", None),
    ("广安七十二个重大项目集中开工", "city headline", "广安经开区"),
    ("等72个重大项目集中开工", "city figure; 广安经济技术开发区 is the main venue", "广安经开区"),
    ("总投资130亿元", "city figure", "广安经开区"),
    ("今年计划投资12.3亿元", "city plan", None),
    ("基础设施项目28个", "city breakdown", None),
    ("总投资38.3亿元", "city breakdown", None),
    ("重大产业项目28个", "city breakdown", None),
    ("总投资66亿元", "city breakdown", None),
    ("社会事业项目15个", "city breakdown", None),
    ("总投资25.5亿元", "city breakdown", None),
    ("重大生态环保项目1个", "city breakdown", None),
    ("总投资3000万元", "city breakdown", None),
    ("华晶电子项目总投资10亿元", "one project in a city story (located in 广华工业新城)", "广华工业新城"),
    ("新开工重大项目已达486个", "city figure", None),
    ("总投资795.9亿元", "city figure", None),
    ("签约360个项目", "province headline", None),
    ("共签约360个项目", "province figure", None),
    ("全省到位资金375亿元", "province funds arrived", None),
    ("昆明市到位217.2亿元", "city funds arrived", None),
    ("有68个入驻各类园区发展", "province total of projects in all parks, no single park", None),
    ("82%、32%、41%和13.8%", "rates (履约率 …), no metric", None),
    ("昭通　　51%", "table row, prefecture rate", None),
    ("0858-3650 218", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "盘北经济开发区", "本报讯 记者从盘北经济开发区", "park", p, 2015)
ART(d, "广安七十二个重大项目集中开工", "本报讯 12月12日，广安市", "city", None, 2015)
ART(d, "云南：上半年省级招商活动签约360个项目", "本报昆明讯 2015年上半年", "province", None, 2015)
ART(d, "", "园区观察热线 0858-3650 218", "ad", None, 2015)
PG.append(("an02", 2015, "no masthead year (「园区观察 · 第3版 / 12月16日 星期三」); the 云南 brief's 「2015年上半年」 gives 2015; 盘北's 今年上半年 / 目前 and 广安's 12月12日 / 今年 take it"))

# ---------------- an03 (UTF-8 BOM + CRLF; real published passages; masthead 2020; 梓潼经开区; 鹿寨 / 扶绥 / 桂阳 traps) --
d = "an03"; p = "梓潼经开区"
G(d, p, "output_value", 24.59 * Y, "1至6月规模以上企业产值", "经开区规模以上企业实现产值24.59亿元", 2020, "page", "zitong20")
G(d, p, "output_value", 20.51 * Y, "1至6月主导产业（生物医药、食品、电子机械、轻纺）产值", "轻纺业实现产值20.51亿元", 2020, "page", "zitong20",
  note="a 其中 part of the 24.59亿元; kept as its own output_value with its subject")
G(d, p, "investment_annual", 5.3 * Y, "1至6月固定资产投资入统", "完成固定资产投资入统5.3亿元", 2020, "page", "zitong20")
G(d, p, "enterprise_count", 104, "各类工业企业", "园区集聚各类工业企业104户", 2020, "page", "zitong20")
G(d, p, "enterprise_count", 39, "规模企业", "其中规模企业39户", 2020, "page", "zitong20")
for ev, why, np_ in [
    ("同比增长2.48%", "growth rate", "梓潼经开区"),
    ("主导产业集中度达83%", "share", "梓潼经开区"),
    ("库存1.5亿元", "investment held in stock, not yet counted (库存), no metric", "梓潼经开区"),
    ("一季度集中开竣工 33个重大项目", "county headline", "鹿寨经开区"),
    ("共有33个重大项目集中开竣工", "county figure", "鹿寨经开区"),
    ("总投资58.52亿元", "county figure", "鹿寨经开区"),
    ("15万平方米全屋家具定制等21项", "county figure: projects placed in two parks (鹿寨经济开发区 and 桂中林业园), no single park", "鹿寨经开区"),
    ("总投资51.58亿元", "county figure over two parks", "鹿寨经开区"),
    ("年产18万立方米高端家具板", "capacity", None),
    ("12项,总投资6.94亿元", "county completions", None),
    ("三大园区规上工业企业超过全市总量1/3", "share (our sub-headline)", None),
    ("全县三大园区共签约项目217个", "aggregate of three parks, no single park", "中国—东盟南宁空港扶绥经济区"),
    ("竣工投产97个", "aggregate of three parks", None),
    ("规上工业企业从39家增加至117家", "aggregate of three parks (a change 39 → 117), no single park", "广西中国―东盟青年产业园"),
    ("从113.62亿元增加到2019年172.94亿元", "aggregate of three parks", None),
    ("占全县工业总产值86.8%", "share", None),
    ("年均增长15%", "growth rate", None),
    ("列入自治区层面统筹推进重大项目57个", "county count in a county story", None),
    ("“双百双新”项目10个", "county count", None),
    ("该项目总投资达5亿元", "one project in a county story (in the 空港经济区)", "中国—东盟南宁空港扶绥经济区"),
    ("6条饮料生产线", "production lines", None),
    ("集中开(竣)工项目11个", "county figure", None),
    ("创荣家具等8个项目开工", "county figure", None),
    ("总投资50.94亿元", "county figure", None),
    ("年度计划投资15.34亿元", "county plan", None),
    ("总投资7.44亿元", "county figure", None),
    ("该项目位于我县有色产业园,总投资6亿元", "one project in a county story (located in the 有色产业园)", "有色产业园"),
    ("占地149亩", "area", None),
    ("项目建成后年产值约15亿元", "project target in a county story", "有色产业园"),
    ("税收1.5亿元以上", "project target in a county story", "有色产业园"),
    ("16万吨/年铅酸电池", "capacity", None),
    ("只用了12天时间", "duration", None),
    ("电话 0816-8226 305", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "主导产业强力支撑 规模以上企业产值逆势增长", "本报讯(林忠伟记者赵斌)日前", "park", p, 2020)
ART(d, "一季度集中开竣工 33个重大项目", "日报消息(通讯员杨继强)2月28日", "county", None, 2020)
ART(d, "扶绥工业经济主战场战绩辉煌", "扶绥讯近年来,扶绥县坚持", "county", None, 2020)
ART(d, "桂阳分会场一批项目开(竣)工", "新桂阳3月3日讯(记者 邱龙飞", "county", None, 2020)
ART(d, "", "图为梓潼经开区绿色食品工业园一角", "other", None, 2020)
ART(d, "", "“县域经济”版 投稿 xyjj2020", "ad", None, 2020)
PG.append(("an03", 2020, "masthead 「2020年10月16日 星期五」; the 鹿寨 and 桂阳 stories carry 「2020年第一季度」 / 「2020年3月」 and each passage closes with its paper and date (2020)"))

# ---------------- an04 (UTF-8; traditional s2hk, 「」; hard wrap at 30; real published passages; masthead 2021) --------------
d = "an04"; p = "渠县经开区"
G(d, p, "enterprise_count", 101, "园区企业", "園區企業已達101", 2021, "page", "quxian21",
  note="the hard wrap cuts 「101」 from its 「家」; 现已 takes the page year")
G(d, p, "enterprise_count", 66, "投产企业", "其中投產66家", 2021, "page", "quxian21")
G(d, p, "enterprise_count", 27, "在建企业", "在建27家", 2021, "page", "quxian21")
G(d, p, "enterprise_count", 8, "停产企业", "停產8家", 2021, "page", "quxian21",
  note="borderline: a count of the park's enterprises by state (停产); kept with its subject")
G(d, p, "enterprise_count", 60, "规上工业企业", "60家。", 2021, "page", "quxian21",
  note="the hard wrap leaves 「60家。」 alone on its line after 「其中規上工業企業」")
G(d, p, "output_value", 146.75 * Y, "工业总产值", "從68.23億元猛增到146.75億元", 2020, "explicit", "quxian21", from_value=68.23 * Y,
  note="「2016年至2020年…从68.23亿元猛增到146.75亿元」: 2020 value, from the 2016 value")
G(d, p, "enterprise_count", 60, "规上工业企业", "企業數量由26家充實到60家", 2020, "explicit", "quxian21", from_value=26)
G(d, p, "enterprise_count", 2, "当年新增规上工业企业", "新增了2家", 2017, "explicit", "quxian21",
  note="「2017年至2020年,经开区分别新增了2家、13家、11家、8家」: one row per year")
G(d, p, "enterprise_count", 13, "当年新增规上工业企业", "、13家、", 2018, "explicit", "quxian21")
G(d, p, "enterprise_count", 11, "当年新增规上工业企业", "、11家、", 2019, "explicit", "quxian21")
G(d, p, "enterprise_count", 8, "当年新增规上工业企业", "11家、8家。", 2020, "explicit", "quxian21")
for ev, why, np_ in [
    ("2019年1月創建為省級經開區", "date", None),
    ("成2.35平方公里", "area", "渠县经开区"),
    ("也從66.58億元增長到145.86億元", "revenue (主营业务收入), no metric", "渠县经开区"),
    ("工業總產值增長了2.15倍", "growth multiple", "渠县经开区"),
    (".95%、30.81%、14.93%、29.71%、12.1", "growth rates", "渠县经开区"),
    ("總數增長了2.3倍", "growth multiple", "渠县经开区"),
    ("快增速的絕對抓手。隨着我縣416辦公室的創新組建", "office name, no figure", None),
    ("上半年招商引資706.86億元", "district headline", None),
    ("總投資6億元以上", "one project in a district story (落户大足高新区)", "大足高新区"),
    ("產值達10億元以上", "project output in a district story", "大足高新区"),
    ("該項目佔地約135畝", "area", None),
    ("大足區招商引資項目145個", "district figure", None),
    ("該項目總投資4億元", "one project in a district story (落户大足工业园区)", "大足工业园区"),
    ("預計工業總產值將達到5億元", "project output in a district story", "大足工业园区"),
    ("年產500萬套高中低端刀具", "capacity", None),
    ("楚雄州197個重點項目開工總投資183億元", "prefecture headline", None),
    ("又有197個重點", "prefecture figure", None),
    ("項目開工,總投資183.53億元", "prefecture figure", None),
    ("祿豐市集中開工項目共35項,總投資25.70億元", "county figure in a prefecture roundup", None),
    ("計劃完成投資11.82億元", "county plan", None),
    ("項目計劃總投資3.1億元", "a company's project in a county paragraph", None),
    ("楚雄市第三批集中開工項目31項,總投資40.26億元", "city figure in a prefecture roundup", "楚雄高新区"),
    ("耗資近20億元", "one project of 楚雄高新区 inside a prefecture roundup (a used park)", "楚雄高新区"),
    ("牟定縣集中開工項目共22項,概算投資20.23億元", "county figure", None),
    ("南華縣集中開工項目10項,總投資5.61億元", "county figure", None),
    ("目前累計完成投資4900萬元", "construction progress", None),
    ("此次集中開工重點項目共40個,總投資248", "prefecture figure; the ceremony is held in 蒙自经开区", "蒙自经开区"),
    ("其中,億元以上項目24個", "prefecture count", "蒙自经开区"),
    ("目17個、水利類項目3個、綜合交通類項目3個", "prefecture breakdown", None),
    ("廣告熱線 028-8651 4470", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "渠县经开区十三五期间经济运行分析", "渠县经济开发区位于渠县合力镇", "park", p, 2021)
ART(d, "上半年招商引资706.86亿元 大足优化营商环境引客来", "7月,大足招商引资再结硕果", "district", None, 2021)
ART(d, "向党献礼 楚雄州197个重点项目开工总投资183亿元", "中国通讯社云南讯(特约记者", "city", None, 2021)
ART(d, "【简讯】红河州举行今年第一次重点项目集中开工", "2月18日上午,春节长假收假", "city", None, 2021)
ART(d, "", "本版编辑 周岚 · 广告热线", "ad", None, 2021)
PG.append(("an04", 2021, "masthead 「2021年8月20日 星期五」; 楚雄 「2021年第三批」 and 红河 「2021年第一次」 are that year; 渠县's 现已 and 大足's 今年上半年 take it"))

# ---------------- an05 (UTF-8; real published passages; masthead 2022; 麻城热电汽循环经济产业园 inside a 黄冈 city story) -------
d = "an05"; p = "麻城热电汽循环经济产业园"
G(d, p, "investment_total", 50 * Y, "热电汽循环经济产业园（园区建设项目）", "主导建设,总投资50亿元", 2022, "page", "macheng22", scope="project",
  note="the park is itself built as one project (收储土地, 基础设施, 标准化厂房 …); scope project")
G(d, p, "enterprise_count", 14, "已落户企业（纺织、建材等）", "已落户纺织、建材等企业14家", 2022, "page", "macheng22")
G(d, p, "enterprise_count", 1, "已成功供汽的企业", "已有1家企业成功供汽", 2022, "page", "macheng22",
  note="borderline: enterprises counted by steam connection; kept with its subject (as own_aj kept 22家大工业用户企业)")
G(d, p, "enterprise_count", 11, "即将连通供汽的企业", "另有11家企业即将连通", 2022, "page", "macheng22", note="borderline, as above")
G(d, p, "project_count", 7, "对接中的亿元以上招商项目", "对接亿元以上招商项目7个", 2022, "page", "macheng22",
  note="a count inside a threshold phrase: 7 is the figure, 亿元 the threshold")
for ev, why, np_ in [
    ("总投资211亿元 黄冈101个重点项目今天开工", "city headline", None),
    ("黄冈市101个重点项目集中开工", "city figure", None),
    ("总投资211亿元。项目涵盖", "city figure", None),
    ("黄冈8个县市区项目投资额超过10亿", "count of counties over a threshold", None),
    ("麻城7个项目、投资额65亿元", "figure of 麻城市 (the county-level city), not of the park in it", "麻城热电汽循环经济产业园"),
    ("武穴18个项目、投资额36亿元", "county-level city figure", None),
    ("蕲春16个项目、投资额17亿元", "county figure", None),
    ("园区总规划面积约1.5万亩", "area", "麻城热电汽循环经济产业园"),
    ("起步区3000亩", "area", "麻城热电汽循环经济产业园"),
    ("总投资104亿元 兴文集中签约开工一批重大项目", "county headline", None),
    ("集中签约项目11个,总投资72.5亿元", "county figure", None),
    ("集中开工项目30个,总投资104.25亿元", "county figure", None),
    ("太阳能电池片生产项目总投资20亿元", "one project in a county story", None),
    ("亩均产值2000万元以上", "per-mu figure", None),
    ("创造就业岗位800人以上", "jobs", None),
    ("分布式能源项目总投资18亿元", "one project in a county story", None),
    ("总装机30万千瓦", "capacity", None),
    ("广元:集中开工101个项目,总投资219.5亿元", "city headline", None),
    ("当地集中开工重大项目101个,总投资219.5亿元", "city figure", None),
    ("年度计划投资83.49亿元", "city plan", None),
    ("赵公坝绿道等20个项目,总投资39.64亿元", "county figure in a city roundup", None),
    ("朝天区17个项目,总投资15.72亿元", "district figure in a city roundup", None),
    ("黄石集中签约24个项目", "city headline", None),
    ("此次集中签约项目24个、投资总额292.8亿元", "city figure", None),
    ("请拨 0713-8866 512", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "总投资211亿元 黄冈101个重点项目今天开工", "长江云APP 6月26日,黄冈市", "city", None, 2022, parks=[p])
ART(d, "总投资104亿元 兴文集中签约开工一批重大项目", "中新网四川新闻9月23日电", "county", None, 2022)
ART(d, "【一季度重大项目集中开工】广元:集中开工101个项目,总投资219.5亿元", "四川在线记者 燕巧 1月4日", "city", None, 2022)
ART(d, "【简讯】黄石集中签约24个项目", "荆楚网(湖北日报网)讯(通讯员", "city", None, 2022)
ART(d, "", "产业园区招商对接 请拨", "ad", None, 2022)
PG.append(("an05", 2022, "masthead 「2022年9月30日 星期五」; 兴文 「2022年第三季度」, 广元 「2022年第一季度」, 黄石 「2022年第二季度」; 黄冈's 6月26日 takes it"))

# ---------------- an06 (UTF-8 BOM; full-width digits; real published passages; masthead 2025; 砚山 and 陆良 parks) -------------
d = "an06"
p = "砚山产业园区"; SUB = ["绿色铝创新产业园"]
NT = "「园区」 here is the 绿色铝创新产业园 the lead names; it is part of 云南砚山产业园区 (named in the last paragraph): rolled up with sub_areas"
G(d, p, "project_count", 28, "招引的铝产业及配套项目", "目前园区共招引铝产业及配套项目28个", 2025, "page", "yanshan25", sub=SUB, note=NT)
G(d, p, "project_count", 15, "建成投产项目", "其中建成投产项目15个", 2025, "page", "yanshan25", sub=SUB)
G(d, p, "project_count", 7, "在建项目", "在建项目7个", 2025, "page", "yanshan25", sub=SUB)
G(d, p, "project_count", 6, "开展前期工作项目", "开展前期工作项目6个", 2025, "page", "yanshan25", sub=SUB)
G(d, p, "investment_total", 410 * Y, "28个铝产业及配套项目计划总投资", "计划总投资410亿元", 2025, "page", "yanshan25", sub=SUB)
G(d, p, "output_value", 477 * Y, "铝产业产值", "园区实现铝产业产值477亿元", 2024, "explicit", "yanshan25", sub=SUB)
p = "陆良产业园区"; SUB = ["大莫古片区"]
G(d, p, "enterprise_count", 30, "大莫古片区用水受益企业", "有效解决大莫古片区30余家企业", 2025, "page", "luliang25", qual="over", sub=SUB,
  note="borderline: firms the water works will serve, inside an official's quote; kept with its subject")
G(d, p, "enterprise_count", 70, "大莫古片区工业企业", "为辅的70余家工业企业", 2025, "page", "luliang25", qual="over", sub=SUB)
G(d, p, "enterprise_count", 15, "大莫古片区规上企业", "其中规上企业15家", 2025, "page", "luliang25", sub=SUB)
G(d, p, "output_value", 31.85 * Y, "大莫古片区规上企业总产值", "2024年片区规上企业总产值达31.85亿元", 2024, "explicit", "luliang25", sub=SUB)
for ev, why, np_ in [
    ("宏泰公司203万吨电解铝项目", "capacity", "砚山产业园区"),
    ("锚定千亿级产业园区目标", "slogan target", "砚山产业园区"),
    ("税务登记等21项服务", "service items of a 代办 mechanism, not a 党群服务中心", None),
    ("年产38万吨新能源汽车", "capacity", None),
    ("完成投资274亿元", "construction progress (cumulative 完成投资), no metric", "砚山产业园区"),
    ("宏泰、创新、凯隆3家企业进入全省非公企业百强榜单", "count of firms on a ranking list", "砚山产业园区"),
    ("分别位列第4位、第15位、第64位", "rankings", None),
    ("共报批土地8043亩", "area", "砚山产业园区"),
    ("已供7475亩", "area", None),
    ("220千伏碧云变电站", "voltage", None),
    ("全省七个千亿级产业园区", "count of the province's parks", None),
    ("2024年实现营业收入642亿元", "revenue (营业收入), no metric", "砚山产业园区"),
    ("增速60.2%", "growth rate", "砚山产业园区"),
    ("12米宽的道路扩建至50米宽", "widths", None),
    ("周边5000余户群众", "households", None),
    ("占地12.11平方公里", "area", "陆良产业园区"),
    ("先后争取4个项目11.2亿元资金", "county funding (the sentence's subject is 陆良县)", "陆良产业园区"),
    ("建设道路9条12公里", "lengths", None),
    ("标准厂房21万平方米", "floor area", "陆良产业园区"),
    ("拥有3个国家级绿色园区、257家规上工业企业", "county figures (count of parks, county enterprises)", "临空经济协同区"),
    ("规上工业总产值达804.07亿元", "county output", None),
    ("扶绥县木业家居产业集聚区3个产业园区", "count of parks", None),
    ("整合成1个临空经济协同区", "count", "临空经济协同区"),
    ("专业技术人才700余名", "talents of a county programme, no single park", "临空经济协同区"),
    ("2024年营收突破百亿大关", "company revenue", None),
    ("全市第三家百亿民营企业", "ranking", None),
    ("该项目总投资20亿元", "one project in a county story", "彭泽工业园区"),
    ("可实现产值约23亿元", "project target in a county story", "彭泽工业园区"),
    ("税收约2.2亿元", "project target in a county story", "彭泽工业园区"),
    ("园区通讯热线 0876-3012 258", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "聚力绿色铝 锻造新引擎:砚山千亿级产业园区加速崛起", "文网讯 自2019年山东魏桥", "park", "砚山产业园区", 2025)
ART(d, "陆良持续完善产业园区基础设施", "眼下,陆良县产业园区大莫古", "park", "陆良产业园区", 2025)
ART(d, "扶绥:“三链协同”强化产业园区党建", "广西扶绥县面向东盟、毗邻", "county", None, 2025)
ART(d, "彭泽县:奋力在高标准高质量建设长江经济带重要节点城市上展现担当", "伴随着冬日暖阳,记者来到彭泽", "county", None, 2025)
ART(d, "", "本版稿件据有关媒体报道整理", "other", None, 2025)
ART(d, "", "园区通讯热线 0876-3012 258", "ad", None, 2025)
PG.append(("an06", 2025, "masthead 「2025年8月8日 星期五」; the passages' 2024 figures are named (2024年…); 目前 / 截至目前 / 今年8月 take 2025"))

# ---------------- an07 (GB18030; traditional s2tw, 「」; our own Chinese; masthead 2025; 简阳 city roundup of two parks) --------
d = "an07"
G(d, "简阳临空经济产业园", "project_count", 5, "签约引进的重大项目", "签约引进成都首衡国际食品贸易中心等5个重大项目", 2025, "page", "jianyang25")
G(d, "简阳临空经济产业园", "investment_total", 123.5 * Y, "5个签约重大项目总投资", "总投资123.5亿元", 2025, "page", "jianyang25")
G(d, "简阳临空经济产业园", "enterprise_count", 289, "入驻企业", "分别入驻企业二百八十九家", 2025, "page", "jianyang25",
  note="a 分别 list over two parks: the first item is 简阳临空经济产业园's")
G(d, "简阳经开区", "enterprise_count", 45, "装备制造规上工业企业", "集聚装备制造规上工业企业四十五户", 2025, "page", "jianyang25",
  note="the second item of the 分别 list")
for ev, why, np_ in [
    ("2026年全域GDP突破1000亿元", "GDP target of the city", None),
    ("列全国第79位、四川省第一位", "ranking", None),
    ("外贸进出口总额6.41亿元", "trade, no metric", None),
    ("已购买交割5架飞机及1台航空发动机", "aircraft, no metric", "简阳临空经济产业园"),
    ("第二位和第一位", "rankings", "简阳临空经济产业园"),
    ("可调度6300P规模算力", "computing capacity", "简阳经开区"),
    ("占天府集群的35%", "share", "简阳经开区"),
    ("綦江前三季度签约项目一百四十三个", "district headline", None),
    ("累计签约项目143个", "district figure", None),
    ("正式合同额264.53亿元", "district figure", None),
    ("到位资金73.18亿元", "funds arrived, district", None),
    ("已有118个项目开工", "district figure", None),
    ("能源专班签约项目2个、合同额22亿元", "district breakdown", None),
    ("商务物流专班签约项目20个、合同额13.76亿元", "district breakdown", None),
    ("工业专班签约项目52个、合同额195.47亿元", "district breakdown", None),
    ("农业及食品加工销售专班签约项目55个", "district breakdown", None),
    ("奉节“三集中”五十五个项目", "county headline", None),
    ("55个重点项目签约、开工、投产", "county figure", None),
    ("总投资102亿元", "county figure", None),
    ("签约　　35个　　63.01亿元", "county table row", None),
    ("开工　　8个　　4.42亿元", "county table row", None),
    ("投产　　12个　　35.15亿元", "county table row", None),
    ("全县工业企业达1347户", "county enterprises", None),
    ("占全县企业的7.5%", "share", None),
    ("园区招商代理热线 023-6791 0832", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "简阳“立园满园”　两大园区双轮驱动", "本报讯 简阳正以四川简阳经济开发", "city", None, 2025,
    parks=["简阳临空经济产业园", "简阳经开区"])
ART(d, "綦江前三季度签约项目一百四十三个", "本报讯 今年1至9月，綦江区", "district", None, 2025)
ART(d, "奉节“三集中”五十五个项目", "本报讯 7月4日，奉节县举行", "county", None, 2025)
ART(d, "", "园区招商代理热线 023-6791", "ad", None, 2025)
PG.append(("an07", 2025, "masthead 「2025年10月29日 星期三」; 簡陽's 「2025賽迪百強縣」 and 2026 goal, 綦江's 今年1至9月 and 奉节's 截至今年5月底 are that year"))


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
                                          for d, y, c in PG if d in PAGES), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
