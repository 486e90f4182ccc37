# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ar, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw / s2hk, full-width digits) by build's rules; every evidence is checked to be on the decoded
# page, inside one line, at most 40 characters, and (for gold) unique on the page; every title,
# `first` and alias is checked to be on its page.
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
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "hc_nd": "(stored page of the `pages` corpus with no address in the search answer: 「本报讯(陈实)今年省、市开展大招商活动以来,潢川经济开发区…」, undated)",
 "hc10": "https://ribao.xyxww.com.cn/html/2010-10/29/content_23204.htm",
 "hc10v": "https://ribao.xyxww.com.cn/html/2010-12/24/content_25821.htm",
 "jc": "http://www.tupiankp120.com/a/28982.html",
 "wx14": "http://shijiazhuang.baogaosu.com/xinwen/%E9%AD%8F%E5%8E%BF%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE%E4%B8%80%E5%B9%B4%E5%A4%A7%E7%AA%81%E7%A0%B4%E8%A2%AB%E6%8E%88%E4%BA%88/26431200/",
 "cy15": "http://szb.xnnews.com.cn/xnrb/html/2015-03/11/content_94759.htm",
 "qh16": "http://www.bklai.com/hebei/shichang/201605/09299828.html",
 "lhk": "http://last.huaxia.com/xytb/jmhz/gyyq/2017/10/5501958.html",
 "lx12": "https://qianzhan.com/cluster/detail/182/120926-c60bc7c0.html",
 "tf": "https://jendow.com.tw/wiki/%E5%9C%98%E9%B3%B3%E7%B8%A3%E9%96%8B%E7%99%BC%E5%8D%80",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "潢川经开区": ["潢川经济开发区", "潢川开发区"],
 "鄄城经开区": ["鄄城经济开发区"],
 "魏县经开区": ["魏县经济开发区"],
 "崇阳经开区": ["崇阳县经济开发区"],
 "清河经开区": ["清河经济开发区"],
 "老河口经开区": ["老河口经济开发区"],
 "利辛工业园": ["利辛工业园"],
 "团风开发区": ["团风县开发区"],
}
SUB = {"团风开发区": ["城南工业园", "城北钢构工业园"]}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None):
    if doc not in PAGES:  # page not built yet (the set is committed page by page)
        return
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases,
           "sub_areas": [conv(doc, s) for s in SUB.get(park, []) if conv(doc, s) in PAGES[doc]],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
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
    if doc not in PAGES:
        return
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


A = []


def ART(doc, title, first, kind, park, year, parks=None, note=None):
    if doc not in PAGES:
        return
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    if note:
        row["note"] = note
    A.append(row)


PG = []


def PGA(doc, year, clue):
    if doc in PAGES:
        PG.append((doc, year, clue))

# ---------------- ar01 (UTF-16; no year anywhere; 潢川 大招商, 鄄城 brief, 封丘 county trap) ----------------
d = "ar01"; p = "潢川经开区"; NT = "no year on the page or in the article (「截至目前」, masthead without date): year none"
G(d, p, "project_count", 34, "引进项目", "共引进项目34个", None, "none", "hc_nd", note=NT)
G(d, p, "project_count", 34, "引进项目（副题）", "三十四个项目落户潢川", None, "none", "hc_nd", dup="共引进项目34个",
  note="sub-headline repeats the body figure in Chinese numerals")
G(d, p, "investment_total", 30 * Y, "引进项目总投资", "总投资近30亿元", None, "none", "hc_nd", qual="nearly")
G(d, p, "project_count", 11, "合同类项目", "合同类项目11个", None, "none", "hc_nd")
G(d, p, "investment_total", 13.6 * Y, "合同类项目总投资", "总投资13.6亿元", None, "none", "hc_nd")
G(d, p, "investment_total", 20 * Y, "粤港台（潢川）产业承接园区项目（广州科博生物有限公司）", "总投资20亿元，占地1平方公里", None, "none", "hc_nd",
  scope="project")
G(d, "鄄城经开区", "project_count", 108, "入驻项目", "目前已入驻项目一百零八个", None, "none", "jc",
  note="Chinese numerals; 「目前」 on a page without any year")
for ev, why, np_ in [
    ("其中一期工程占地500亩、投资5亿元", "phase-one component of the 20亿元 project, not a second total", "潢川经开区"),
    ("规划面积23.7平方公里", "area", "鄄城经开区"),
    ("全县人发加工企业100余家", "county enterprises (人发 industry of the whole county), not the zone's", "鄄城经开区"),
    ("年销售收入15亿元", "county industry revenue, no metric", "鄄城经开区"),
    ("由对方投资10亿元建设年产1200万件", "a company's project signed by the county; no zone named", "台德科技园"),
    ("总投资15亿元的台德科技园", "a company campus (科技园) signed by the county, not an administered park; county story", "台德科技园"),
    ("0376-3192 260", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "潢川开发区借大招商东风", "本报讯 省、市两级开展大招", "park", p, None)
ART(d, "", "● 鄄城经济开发区是省政府", "park", "鄄城经开区", None)
ART(d, "封丘签约台德科技园", "本报新乡讯 新年刚过，封丘县", "county", None, None)
ART(d, "厂房招租", "潢川产业集聚区标准化厂房", "ad", None, None)
PGA("ar01", None, "no year anywhere: masthead 「豫鲁园区周刊 / 第4版 · 招商一线」 has no date, datelines 「本报讯」 and 「本报新乡讯 新年刚过」 carry no year, and no article names a year; every figure is year none")

# ---------------- ar02 (GB18030; masthead 2010; 回眸 潢川, city-leader visit, 平桥区 trap) ----------------
d = "ar02"; p = "潢川经开区"; NA = "「今年」 after the lead 「2010年，潢川经济开发区…」: article year"
G(d, p, "project_count", 26, "合同项目", "共签订合同项目26个", 2010, "article", "hc10", note=NA)
G(d, p, "investment_total", 52.4 * Y, "合同项目总金额", "总金额52.4亿元", 2010, "article", "hc10")
G(d, p, "project_count", 14, "工业项目", "物流项目分别为14个", 2010, "article", "hc10", note="a 分别 list: 工业 14, 物流 7")
G(d, p, "project_count", 7, "物流项目", "14个和7个，总金额", 2010, "article", "hc10")
G(d, p, "investment_total", 37.5 * Y, "工业项目总金额", "总金额分别为37.5亿元", 2010, "article", "hc10")
G(d, p, "investment_total", 11 * Y, "物流项目总金额", "37.5亿元和11亿元", 2010, "article", "hc10")
G(d, p, "project_count", 14, "亿元以上项目", "投资额在亿元以上的有14个", 2010, "article", "hc10")
G(d, p, "project_count", 3, "5亿元以上项目", "5亿元以上的有3个", 2010, "article", "hc10")
G(d, p, "project_count", 15, "落户产业集聚区的工业、物流等主导产业项目", "共有15个工业、物流等主导产业项目", 2010, "page", "hc10v",
  note="a city leader's inspection story; this sentence's own subject is the zone (「今年，潢川经济开发区共有…」)")
G(d, p, "investment_total", 30 * Y, "落户产业集聚区项目总投资", "总投资30多亿元", 2010, "page", "hc10v", qual="over")
for ev, why, np_ in [
    ("“三个三分之一”工作法", "slogan", "潢川经开区"),
    ("“四个一”招商方略", "slogan", "潢川经开区"),
    ("已落地项目占合同项目总数的53.8%", "share", "潢川经开区"),
    ("实际到位资金5.74亿元", "funds arrived (到位资金), no metric", "潢川经开区"),
    ("派出100名科级干部", "district cadres, no metric", None),
    ("聘请48位成功人士", "advisers, no metric", None),
    ("一年引进大项目145个", "district headline figure", None),
    ("成功引进大项目145个", "district figure (平桥区)", None),
    ("总投资68.79亿元", "district figure", None),
    ("年产值都在数十亿元以上", "companies of the district, vague", None),
    ("0376-6221 950", "phone number", None),
    ("邮发代号35-128", "postal code number", None),
    ("2010年12月28日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "回眸2010｜潢川经济开发区：合同项目撑起招商年", "本报讯 记者 孙航 2010年", "park", p, 2010)
ART(d, "张春香到潢川检查试验区建设", "本报讯 记者 孙航 12月22日", "city", None, 2010, parks=[p],
    note="a city leader's inspection; one sentence has the zone as its own subject")
ART(d, "平桥区：一年引进大项目145个", "本报讯 平桥区围绕转变经济", "district", None, 2010)
ART(d, "", "图为潢川经济开发区产业集聚", "other", None, 2010)
ART(d, "", "订阅《信阳园区报》", "ad", None, 2010)
PGA("ar02", 2010, "masthead 「2010年12月28日 星期二 · 回眸2010」; the 潢川 review's lead names 2010, the visit is dated 12月22日 of that year")

# ---------------- ar03 (UTF-8 BOM + CRLF; full-width digits; 2014; 魏县 park story, 县委书记 interview, county box) ------
d = "ar03"; p = "魏县经开区"
G(d, p, "project_count", 11, "台资企业项目", "11家台资企业项目在魏县", 2014, "page", "wx14")
G(d, p, "project_count", 11, "台资企业项目（引题）", "十一家台资企业项目同日开工", 2014, "page", "wx14", dup="11家台资企业项目在魏县",
  note="the 引题 repeats the body figure in Chinese numerals")
G(d, p, "investment_total", 48 * Y, "11家台资企业项目（台资产业园一期）总投资", "总投资48亿元的11家台资", 2014, "page", "wx14")
G(d, p, "investment_total", 180 * Y, "台资产业园（三期）总投资", "总投资将达到180亿元", 2014, "page", "wx14", scope="project",
  status="target", note="「分三期建成，总投资将达到…」: a planned total (将达到), no year named: page year")
G(d, p, "investment_total", 125 * Y, "通用航空产业园", "总投资125亿元的通用航空产业园", 2014, "page", "wx14", scope="project",
  note="a named project inside the zone (a 产业园 by name, but one project)")
G(d, p, "investment_total", 50 * Y, "宗申·白俄罗斯大型农机装备产业园", "总投资50亿元的宗申", 2014, "page", "wx14", scope="project")
G(d, p, "project_count", 20, "入驻亿元以上项目", "开发区已入驻亿元以上项目20个", 2014, "page", "wx14",
  note="「从去年9月开始」: a count since Sept 2013, as of the page date")
G(d, p, "investment_total", 400 * Y, "入驻亿元以上项目总投资", "总投资超过400亿元", 2014, "page", "wx14", qual="over")
G(d, p, "project_count", 14, "已投产项目", "其中14个项目已经投产", 2014, "page", "wx14")
for ev, why, np_ in [
    ("人均财政收入比全省低60%", "county comparison, share", None),
    ("规模以上工业增加值低35%", "county comparison", None),
    ("2013年工业税收不足6000万元", "county industrial tax, not the zone's", "魏县经开区"),
    ("比全省平均水平低58%", "county comparison", None),
    ("项目建设“六项机制”", "slogan", None),
    ("对照了10年前产业基础", "time span", None),
    ("地区生产总值是魏县的2.8倍", "county comparison (GDP ratio)", None),
    ("全部财政收入是魏县的5.6倍", "county comparison", None),
    ("规模以上企业数量是魏县的8倍", "county comparison, ratio", None),
    ("全县签约招商引资项目80个", "county total (the box does not place them in the zone)", "魏县经开区"),
    ("新开工重点项目65个", "county total", "魏县经开区"),
    ("其中亿元以上项目26个", "county threshold count", "魏县经开区"),
    ("列入省市重点项目9个", "county count", None),
    ("年产值可达10亿元以上", "a company's forecast output in the county", None),
    ("实现税收4000万元", "a company's tax", None),
    ("年利税3000万元", "a company's 利税", None),
    ("欧派家具项目总投资10亿元", "a county project, not placed in the zone", "魏县经开区"),
    ("年产整体橱柜8万套", "capacity", None),
    ("年产值4亿元", "a company's forecast output", None),
    ("利税5000余万元", "a company's 利税", None),
    ("0310-3516 877", "phone number", None),
    ("0310-3516 878", "fax number", None),
    ("2014年11月20日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "魏县经济开发区崛起台资产业园", "本报邯郸讯 10月18日，总投资", "park", p, 2014)
ART(d, "“对标茌平，差距就在缺项目”", "魏县是国家扶贫开发工作重点县", "county", None, 2014,
    note="县委书记 interview under a 【县委书记访谈】 tag; only the secretary's own comparison is quoted")
ART(d, "【链接】去年以来魏县招商成绩单", "● 截至今年1月上旬，全县签约", "county", None, 2014)
ART(d, "魏县经济开发区招商服务中心", "电话 0310-3516 877", "ad", None, 2014)
PGA("ar03", 2014, "masthead 「2014年11月20日 星期四」; the park story is dated 10月18日, the box counts 「截至今年1月上旬」 of that year")

# ---------------- ar04 (UTF-8; s2tw; hard wrap 30; 2015; 崇阳 interview, 通城 county, 界首 city with 经开区 as venue) ------
d = "ar04"; p = "崇阳经开区"
G(d, p, "output_value", 83.5 * Y, "工业总产值", "工业总产值达到83.5亿元", 2014, "explicit", "cy15")
G(d, p, "output_value", 81.8 * Y, "规模以上工业总产值", "产值81.8亿元", 2014, "explicit", "cy15",
  note="「其中规模以上工业总产值81.8亿元」 in the same 2014 sentence (the line breaks before 產值)")
G(d, p, "output_value", 11.6 * Y, "高新企业产值", "11.6亿元，固定资产投资", 2014, "article", "cy15",
  note="「全年…」 in the sentence after 「2014年，…」")
G(d, p, "investment_annual", 36.7 * Y, "固定资产投资", "固定资产投资36.7亿元", 2014, "article", "cy15")
G(d, p, "enterprise_count", 11, "新增规模企业", "规模企业11家", 2014, "article", "cy15")
G(d, p, "enterprise_count", 65, "规模企业", "总数达到65家", 2014, "article", "cy15")
G(d, p, "tax_profit", 1.17 * Y, "税金", "实现税金1.17亿元", 2014, "article", "cy15")
for ev, why, np_ in [
    ("实现百亿目标", "headline slogan (no 百亿 figure is reported)", "崇阳经开区"),
    ("取得了“一扩、二稳", "slogan", None),
    ("地区生产总值达到28.8亿元", "GDP of the zone, no metric", "崇阳经开区"),
    ("增长22.8%", "growth rate", None),
    ("增长21%", "growth rate", None),
    ("主营业务收入达到72亿元", "revenue, no metric", "崇阳经开区"),
    ("增长39.4%", "growth rate", None),
    ("“一区五园”", "slogan / count of sub-parks", None),
    ("以打造十亿级产业为核心", "slogan", None),
    ("年产值7000万元", "a company's forecast output", None),
    ("通城五大产业集群瞄准130亿元", "county headline target", None),
    ("全年总产值达到130亿元", "county target of five industry clusters", None),
    ("实现税收3亿元", "county target", None),
    ("全县新增开工项目23", "county figure", None),
    ("总投资48亿元", "county figure", None),
    ("界首十二个项目同日动工", "city headline", "界首经开区"),
    ("界首市十二个项目分别在界首经济开发区", "city figure, the zone is one of six venues", "界首经开区"),
    ("总投资29.85亿元", "city figure (projects spread over the zone and five 产业园)", "界首经开区"),
    ("其中亿元以上项目10个", "city threshold count", "界首经开区"),
    ("占项目总数的83%", "share", None),
    ("| 华鑫塑业技改工程 | 2亿元 |", "city signing list row", None),
    ("| 出口企业培育基地 | 8亿元 |", "city list row", None),
    ("| 高智能家私货柜 | 1.2亿元 |", "city list row", None),
    ("| 锂电隔膜生产 | 2.5亿元 |", "city list row", None),
    ("| 新型粮食仓储设备 | 3.5亿元 |", "city list row", None),
    ("| 界首市小机械产业园 | 2.6亿元 |", "a project named 产业园 in a city list", "界首小机械产业园"),
    ("预计年税收4.2亿元", "city forecast", "界首经开区"),
    ("提供就业岗位近1.4万个", "jobs", None),
    ("2015年3月12日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "实现百亿目标 呈交满意答卷", "3月6日雨后初晴，崇阳县天城", "park", p, 2014,
    note="an interview with the zone's director; its figures are 2014's")
ART(d, "", "图为崇阳县经济开发区天城工业", "other", None, 2015)
ART(d, "通城五大产业集群瞄准130亿元", "本报讯 5日，记者走进通城县", "county", None, 2015)
ART(d, "界首十二个项目同日动工", "本报讯 3月6日，界首市十二个", "city", None, 2015)
PGA("ar04", 2015, "masthead 「2015年3月12日 星期四」; datelines 3月6日 / 5日 without year; the interview's figures carry 2014")

# ---------------- ar05 (UTF-8; ● briefs with 【】 tags; 2016; 清河, 老河口; 沈丘 county, national report) ------
d = "ar05"
G(d, "清河经开区", "investment_annual", 90.6 * Y, "新增固定资产投入", "新增固定资产投入90.6亿元", 2015, "explicit", "qh16")
G(d, "清河经开区", "investment_total", 162.5 * Y, "河北迈普润光学晶体物流项目（韩国沛瑾公司）", "投资162.5亿元的河北迈普润", 2015, "article", "qh16",
  scope="project", note="no year in its sentence; the brief's lead is 2015")
G(d, "老河口经开区", "enterprise_count", 59, "规模以上工业企业", "规模以上工业企业五十九家", 2015, "explicit", "lhk",
  note="Chinese numerals")
G(d, "老河口经开区", "output_value", 213 * Y, "规模以上工业企业总产值", "总产值达到213亿元", 2015, "explicit", "lhk")
for ev, why, np_ in [
    ("主营业务收入422.7亿元", "revenue, no metric", "清河经开区"),
    ("财政收入8.5亿元", "fiscal revenue, no metric", "清河经开区"),
    ("位居前十名", "ranking", "清河经开区"),
    ("5A级开发区", "rating", "清河经开区"),
    ("只占清河县3%面积", "share", None),
    ("全县77.7%的财政收入", "share", "清河经开区"),
    ("年产光学晶体产品2.5万吨", "capacity", None),
    ("于2013年经湖北省政府批准成立", "date", "老河口经开区"),
    ("总规划面积45.66平方公里", "area", "老河口经开区"),
    ("前十五强", "ranking", "老河口经开区"),
    ("新落地招商引资项目38个", "county figure", "沈丘产业集聚区"),
    ("合同投资额409.4亿元", "county figure", "沈丘产业集聚区"),
    ("实际到位资金112.4亿元", "county funds arrived", None),
    ("15个省市重点项目完成投资97.2亿元", "county key projects", None),
    ("占年度计划的169.1%", "share", None),
    ("全省二星级产业集聚区", "rating", "沈丘产业集聚区"),
    ("连续4年", "time span", None),
    ("百强县分布于18个省份", "national report, no metric", None),
    ("达22个", "national report count of counties", None),
    ("有7个县（市）入围", "national report count", None),
    ("28项指标", "count of indicators", None),
    ("yqjx@126.com", "email", None),
]:
    NEG(d, ev, why, np_)
ART(d, "", "【河北】● 清河经济开发区2015", "park", "清河经开区", 2015)
ART(d, "", "【湖北】● 老河口经济开发区于", "park", "老河口经开区", 2015)
ART(d, "", "【河南】● 沈丘县2014年新落地", "county", None, 2014)
ART(d, "", "【全国】● 中国信息通信研究院", "national", None, 2016)
ART(d, "", "本版编辑 周宁", "other", None, 2016)
PGA("ar05", 2016, "masthead 「第7版 · 2016年9月8日 星期四」; the briefs carry their own 2015 / 2014 figures and the national report is 2016's")

# ---------------- ar06 (GB18030; s2hk; Markdown; 2012; 利辛工业园 profile, 乐陵 city, 河南 province) ------
d = "ar06"; p = "利辛工业园"
G(d, p, "enterprise_count", 110, "入驻企业", "园区已入驻企业110家", 2011, "explicit", "lx12")
G(d, p, "enterprise_count", 70, "投产企业", "其中投产企业70家", 2011, "explicit", "lx12")
G(d, p, "output_value", 22.68 * Y, "工业总产值", "实现工业总产值22.68亿元", 2011, "explicit", "lx12")
G(d, p, "tax_profit", 3439.18 * W, "上缴税金", "上缴税金3439.18万元", 2011, "article", "lx12",
  note="after 「；」: 「全年」 points back to 2011")
G(d, p, "enterprise_count", 200, "入园企业（“十二五”末目标）", "入园企业200家以上", 2015, "explicit", "lx12", qual="over",
  status="target", note="「到“十二五”末」 names the end of 2011–2015 → 2015 (explicit, as the sentence names the period)")
G(d, p, "output_value", 220 * Y, "工业总产值（“十二五”末目标）", "实现工业总产值220亿元", 2015, "explicit", "lx12", status="target")
for ev, why, np_ in [
    ("2006年经安徽省政府批准", "date", "利辛工业园"),
    ("建成区面积达到9.5平方公里", "area", "利辛工业园"),
    ("同比增长161.27%", "growth rate", None),
    ("工业增加值6.09亿元", "value added, no metric", "利辛工业园"),
    ("增长130.94%", "growth rate", None),
    ("出口贸易额1279.11万美元", "exports, no metric", "利辛工业园"),
    ("园区面积将达到20平方公里", "area target", "利辛工业园"),
    ("乐陵22个重点项目集中开工", "city headline", None),
    ("乐陵市22个重点项目集中开工奠基", "city figure", None),
    ("总投资209.47亿元", "city figure", None),
    ("新兴产业项目10个", "city figure", None),
    ("过10亿元项目6个", "city threshold count", None),
    ("过5亿元项目4个", "city threshold count", None),
    ("过亿元项目12个", "city threshold count", None),
    ("计划总投资50亿元的五洲国际博览城", "a city project (no park)", None),
    ("项目达9143个", "province figure", None),
    ("投资规模34239亿元", "province figure", None),
    ("新开工项目19613个", "province figure", None),
    ("新开工项目3450个", "province figure", None),
    ("同比增加1625个", "change of a province count", None),
    ("每个奖励500万元", "province award to each of 30 unnamed 产业集聚区", None),
    ("先进产业集聚区各10个", "count of honoured 产业集聚区", None),
    ("2012年4月24日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "园区推介｜利辛工业园：皖北县域的工业新板块", "利辛工业园2006年经安徽省政府", "park", p, 2011)
ART(d, "乐陵22个重点项目集中开工", "本报德州讯 20日上午，乐陵市", "city", None, 2012)
ART(d, "", "图为乐陵市重点项目集中开工", "other", None, 2012)
ART(d, "数据·河南", "据省统计局数据，2011年", "province", None, 2011)
PGA("ar06", 2012, "masthead 「2012年4月24日 星期二」; the 利辛 profile carries its own 2011 (and a “十二五”末 target), the 河南 data box 2011")

# ---------------- ar07 (UTF-8 BOM + CRLF; s2hk; hard wrap 34; 2010; 石花 town story, 团风 archive box, province brief) ------
d = "ar07"; p = "团风开发区"; NB = "archive box whose only year is 2008; 「目前」 counts take it (article)"
G(d, p, "enterprise_count", 55, "城南工业园园区企业", "城南工业园有企业五十五家", 2008, "article", "tf", note=NB)
G(d, p, "investment_total", 31.8 * Y, "城南工业园契约投资总额", "总额31.8亿元，已完成", 2008, "article", "tf")
G(d, p, "output_value", 9.32 * Y, "城南工业园工业总产值", "工业总产值9.32亿元", 2008, "explicit", "tf")
G(d, p, "project_count", 6, "城北钢构工业园已签约钢构项目", "已签约钢构项目6个", 2008, "article", "tf",
  note="「于2008年元月动工」 dates a different event in the previous sentence")
G(d, p, "investment_total", 12 * Y, "城北钢构工业园签约项目契约投资", "投资12亿元，辉创", 2008, "article", "tf")
for ev, why, np_ in [
    ("投资7800万元新上的", "a company's project in the town, at 杨溪工业园", "杨溪工业园"),
    ("重点项目达到25个", "town figure (石花镇), not the zone's", "石花经开区"),
    ("总投资25.36亿元", "town figure", "石花经开区"),
    ("现有工业企业135家", "town figure", "石花经开区"),
    ("其中规模以上企业37", "town figure", "石花经开区"),
    ("工业总产值57.3亿元", "town output (the town ranks among 乡镇 省级开发区, but the subject is 全镇)", "石花经开区"),
    ("列第五位", "ranking", None),
    ("全省113家县（市）区", "count of zones", None),
    ("列第十位", "ranking", None),
    ("新增规模企业40家", "town target", "石花经开区"),
    ("产值过20亿元的4家", "town target threshold", None),
    ("过10亿元的8家", "town target threshold", None),
    ("生产总值突破100亿元", "town GDP target", None),
    ("骆驼蓄电池公司投资7亿元", "a company's project in another park", "襄樊深圳工业园"),
    ("新增产值30亿元", "a company's forecast", None),
    ("投资3.3亿元", "a company's project in 谷城循环经济园", "谷城循环经济园"),
    ("年产10万吨再生铝", "capacity", None),
    ("铸造企业已发展到17家", "town's foundries", None),
    ("销售收入2.3亿元", "sales, no metric", None),
    ("泰隆公司投资4.5亿元", "the town brings in a company project that sits in the zone; subject is 石花镇", "石花经开区"),
    ("2002年", "date", None),
    ("一期规划3000亩", "area", "团风开发区"),
    ("建设资金2.1亿元", "county's spending on the park (subject 县里)", "团风开发区"),
    ("已完成固定资产投资19.2亿元", "cumulative investment, not a year's", "团风开发区"),
    ("出口创汇5121万元", "exports, no metric", "团风开发区"),
    ("排就业5450人", "jobs", None),
    ("规划面积6000亩", "area", None),
    ("钢材大市场3000亩", "area", None),
    ("一期用地2000亩", "area", None),
    ("新开工项目8890个", "province figure", None),
    ("新开工项目338个", "province figure", None),
    ("减少65个", "change", None),
    ("完成投资344.76亿", "province figure", None),
    ("2010年3月19日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "石花：技改扩张与招商引资两手抓", "本报讯 3月17日，湖北奥龙粮油", "other", None, 2010,
    note="a town (石花镇) story; the town is also counted among 乡镇 省级开发区, the zone is named only as a venue")
ART(d, "", "图为石花镇一家汽车配件企业", "other", None, 2010)
ART(d, "【园区档案】团风县开发区", "团风县开发区以城南工业园和", "park", p, 2008)
ART(d, "", "● 据省统计局，去年前三季度", "province", None, 2009)
PGA("ar07", 2010, "masthead 「2010年3月19日 星期五」; the 石花 story is dated 3月17日, its 2009 figure is named; the 团风 archive box carries its own 2008; the province brief's 去年 → 2009")


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
        if g.get("duplicate_of") and g["duplicate_of"] not in page:
            print("DUP NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
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
