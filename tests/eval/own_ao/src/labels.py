# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ao, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw / s2hk with 「」, full-width digits) by build.form; every evidence is checked to be on the decoded
# page, inside one line (hard-wrapped pages included), at most 40 characters, and (for gold) unique on the
# page; no evidence is both gold and negative; every title, `first` and alias is checked to be on its page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    return build.form(doc, s)


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "patent_count": "innovation", "talent_count": "talent"}
UNIT = {"investment": "CNY"}
U = {
 "shangqiu16": "https://m.wenke99.com/p-12189538.html",
 "huashang16": "https://siyezi.com/zhishi/KjJJ.htm",
 "jiaozuo15": "http://henan.kjzch.com/jiaozuo/2015-11-04/120057.html",
 "smx23": "http://kjj.smx.gov.cn/4/616618368/1349596.html",
 "shanxi23": "https://www.gc77.cn/gangcai/322613.html",
 "shaoshan23": "http://xtrb.xtol.cn/xtrbpc/content/202308/04/c94737.html",
 "changde15": "https://yq.rednet.cn/c/2015/02/16/4121101.htm",
 "jinshi14": "http://covid-19.chinadaily.com.cn/dfpd/hun/2014-04/08/content_17414483.htm",
 "hunan14": "https://hn.rednet.cn/c/2014/05/14/4222660.htm",
 "hukou25": "https://www.jjcbw.com/News/news/id/344562.html",
 "shanxi24": "http://ckbikers.com/info/2151/401854.htm",
 "yangquan25": "http://news.sxrb.com/GB/314063/10331155.html",
 "yangquan25b": "http://sz-mdmt.com/ywdt/xqdt/202505/t20250517_2064338.shtml",
 "minle23": "http://www.gsml.gov.cn/ztzl/bsxz/202409/t20240903_1284360.html",
 "gansu23": "http://jxdczy.com/news/gxq/2023022018558.html",
 "henan23": "https://hn.cnipai.com/news/detail/300770.html",
 "fuyan22": "https://esb.sxdaily.com.cn/pc/content/202203/02/content_777515.html",
 "linfen22": "http://www.wwwrrr80.com/caijing/2022/0301/70159.html",
 "taibai24": "http://bjrb.joyhua.cn/bjrb/20240529/html/content_20240529001004.htm",
 "tianchang24": "http://www.nodetpl.com/2024/0914/498179.shtml",
 "shaoshan24": "湘潭日报 2024年4月4日 第1版「晋升40个名次! 韶山高新区“五好”园区建设高歌猛进」(stored page of the `pages` corpus, no address in the search answer)",
 "tongcheng21": "http://www.itongcheng.cc/gongye/2021_03/23_55068.html",
 "tianchang21": "http://www.tcxfw.gov.cn/Info/240949.aspx",
 "anhui21": "http://wwwzlm.com/qiye/2021/0420/042012361.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "商丘高新区": ["商丘高新技术产业开发区", "商丘高新区"],
 "三门峡高新区": ["三门峡高新技术产业开发区", "三门峡高新区"],
 "韶山高新区": ["韶山高新区"],
 "桃源工业集中区": ["桃源工业集中区"],
 "津市工业集中区": ["津市工业集中区"],
 "湖口高新区": ["湖口高新技术产业园区", "湖口高新区"],
 "民乐高新区": ["民乐生态工业园区", "甘肃省民乐高新技术产业开发区"],
 "富阎产业合作园区": ["富阎产业合作园区", "富阎园区"],
 "太白飞地经济产业园区": ["太白县飞地经济产业园区", "太白飞地园区"],
 "桐城经开区": ["桐城经开区"],
}
SUB = {"碳基产业园": "碳基产业园"}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None, sub_areas=()):
    if doc not in PAGES:
        return
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases,
           "sub_areas": [conv(doc, s) for s in sub_areas],
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


def ART(doc, title, first, kind, park, year, parks=None):
    if doc not in PAGES:
        return
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


PG = []

# ---------------- ao01 (GB18030; Markdown; masthead 2016; 商丘高新区 profile; 商丘 city; 河南 brief) ----------------
d = "ao01"; p = "商丘高新区"
G(d, p, "project_count", 219, "累计落地工业、商贸和城建项目", "累计落地工业、商贸和城建项目219个", 2016, "explicit", "shangqiu16",
  note="cumulative as of 「截至2016年11月」 in the same sentence")
G(d, p, "project_count", 132, "工业项目（累计落地）", "其中工业项目132个", 2016, "explicit", "shangqiu16")
G(d, p, "enterprise_count", 12, "上市企业", "区内有上市企业12家", 2016, "article", "shangqiu16",
  note="after 「；」; the 2016 in this clause dates the 500强 list, not the count")
G(d, p, "enterprise_count", 6, "2016年中国500强企业", "2016年中国500强企业6家", 2016, "article", "shangqiu16",
  note="「2016年」 names the ranking, not the year of the count; the count is as of 2016-11 (article)")
G(d, p, "tax_profit", 8 * Y, "税收收入", "税收收入8亿元", 2016, "explicit", "shangqiu16")
for ev, why, np_ in [
    ("规划面积35平方公里", "area", p),
    ("全省180个产业集聚区", "count of the province's zones, no metric", None),
    ("范围涉及2个街道、3个乡镇", "administrative units", p),
    ("区内人口3万多", "population", p),
    ("另有研发机构2家", "research institutions, not enterprises", p),
    ("企业实验室3个", "laboratories, no metric", p),
    ("“九通一平”", "slogan", p),
    ("2015年度省高新技术特色产业基地", "title with a year, no figure", p),
    ("实现营业收入550亿元", "revenue, no metric", p),
    ("共签约项目100多个", "city festival figure (商丘市), not the park's", p),
    ("签约金额200亿元", "city festival figure", p),
    ("今年9月10日郑徐高铁正式运营", "date", None),
    ("连续七年获得黄淮四市第一名", "ranking", None),
    ("宁陵县产业集聚区、睢阳区产业集聚区被评为", "named zones with a title, no figure", None),
    ("总数由此达到7家", "count of national zones in the province", "焦作高新区"),
    ("去年10月22日", "date", "焦作高新区"),
    ("河南国家高新区增至7家", "headline: count of national zones", "焦作高新区"),
    ("0370-3287 516", "phone number", p),
]:
    NEG(d, ev, why, np_)
ART(d, "园区名片｜商丘高新区：三十五平方公里上的健康与食品产业", "商丘高新技术产业开发区坐落", "park", p, 2016)
ART(d, "", "图为商丘高新区一家食品企业", "other", None, 2016)
ART(d, "华商节签下百余个项目", "本报商丘讯 以“齐聚华商源", "city", None, 2016)
ART(d, "● 河南国家高新区增至7家", "去年10月22日，经国务院批复", "province", None, 2015)
ART(d, "广告", "商丘高新区招商服务热线", "ad", None, 2016)
PG.append(("ao01", 2016, "masthead 「2016年12月2日 星期五 · 第6版」; the park profile carries 「截至2016年11月」 and 「2016年」; the 河南 brief's 「去年10月22日」 is 2015"))

# ---------------- ao02 (UTF-16; no masthead year; 三门峡高新区; 山西 province brief; 韶山 city brief with park sentences) ----
d = "ao02"; p = "三门峡高新区"
G(d, p, "output_value", 485.8 * Y, "工业总产值（2023年前三季度）", "完成工业总产值485.8亿元", 2023, "explicit", "smx23",
  note="1-9月 of 2023; the sub-headline repeats it (duplicate_of row below)")
G(d, p, "output_value", 485.8 * Y, "工业总产值（副题）", "前三季度工业总产值485.8亿元", 2023, "article", "smx23",
  dup="完成工业总产值485.8亿元")
G(d, p, "enterprise_count", 37, "完成研发投入系统填报的规上工业企业", "区内37家规上工业企业已完成研发投入系统填报", 2023, "article", "smx23",
  note="borderline: the park's enterprises that filed R&D data; kept as enterprise_count with that subject; 目前 -> the article's 2023")
p2 = "韶山高新区"
G(d, p2, "investment_total", 29 * Y, "以商招商引进的省外产业项目（西安集航电子、北京华安盛、广西亿马等）", "总投资29亿余元", 2023, "page", "shaoshan23",
  qual="over", note="a park sentence inside a 韶山市 city brief; 今年上半年 of the page year")
G(d, p2, "enterprise_count", 25, "入驻碳基产业园的碳基产业链企业", "入驻碳基产业链企业25家", 2023, "page", "shaoshan23",
  sub_areas=["碳基产业园"])
for ev, why, np_ in [
    ("综合排名第三", "ranking", p),
    ("同比增长10.5%", "growth rate", p),
    ("规模以上工业增加值64.5亿元", "value added", p),
    ("高新技术产业增加值57.3亿元", "value added", p),
    ("比重88.7%", "share", p),
    ("2022年研发投入12.8亿元", "R&D spending of the zone's enterprises, no metric", p),
    ("研发强度12.4%", "ratio", p),
    ("覆盖率78.72%", "share of enterprises filing R&D data, not a party coverage rate", p),
    ("技术合同认定登记6362.03万元", "technology contract turnover, no metric", p),
    ("全省共签约233个项目", "province total", None),
    ("开工225个项目", "province total", None),
    ("阳泉市集中签约项目15个", "city figure", "阳泉高新区"),
    ("总投资59.91亿元", "city figure", None),
    ("集中开工项目55个", "city figure", None),
    ("总投资100.4亿元", "city figure", None),
    ("晋城市共推进项目48个", "city figure", None),
    ("总投资152.89亿元", "city figure", None),
    ("朔州市共推进项目48个", "city figure", None),
    ("总投资90.36亿元", "city figure", None),
    ("新引进亿元以上产业项目9个", "city figure (韶山市)", p2),
    ("“三类500强”项目2个", "city figure", p2),
    ("10亿元以上项目1个", "city figure (count inside a threshold, of the city)", p2),
    ("省级重大项目8个", "city figure", p2),
    ("“湘商回归”项目6个", "city figure", p2),
    ("裂变新企业15家", "city sentence (韶山市 以企招商), not the park's", p2),
    ("提升20%以上", "growth", p2),
    ("特聘3名招商顾问、3名招商特使", "investment-promotion advisers, not talents", p2),
    ("26.2万平方米", "floor area", p2),
    ("同比增长10.8%", "growth rate", p),
    ("投产225个项目", "province total", None),
    ("0398-2861 730", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "三门峡高新区综合排名全省第三", "本报讯 11月28日，记者从三门峡", "park", p, 2023)
ART(d, "", "图为三门峡高新区一家新材料", "other", None, 2023)
ART(d, "● 山西开发区同步推进“三个一批”", "12月1日，全省开发区2023年", "province", None, 2023)
ART(d, "● 韶山以企招商见实效", "本报讯 记者从韶山市获悉", "city", None, 2023, parks=[p2])
ART(d, "", "新闻热线：0398-2861 730", "ad", None, 2023)
PG.append(("ao02", 2023, "no masthead year (「12月8日 星期五　第4版」); the 三门峡 story's 「2023年前三季度」 and the 山西 brief's 「全省开发区2023年第四次“三个一批”」 give 2023"))

# ---------------- ao03 (UTF-8 BOM + CRLF; full-width digits; masthead 2015; 常德 city story; 津市 archive box) ----------------
d = "ao03"; p = "桃源工业集中区"
G(d, p, "output_value", 200.14 * Y, "规模工业总产值", "桃源工业集中区规模工业总产值达200.14亿元", 2014, "page", "changde15",
  note="去年 in a 2015 page; the 引题 repeats it (duplicate_of row below)")
G(d, p, "output_value", 200.14 * Y, "规模工业总产值（引题）", "去年规模工业总产值200.14亿元", 2014, "page", "changde15",
  dup="桃源工业集中区规模工业总产值达200.14亿元")
p2 = "津市工业集中区"
G(d, p2, "enterprise_count", 5, "新签约入园企业（2014年一季度）", "津市工业集中区新签约入园企业5家", 2014, "explicit", "jinshi14")
G(d, p2, "investment_total", 6.5 * Y, "新签约入园企业投资总额", "投资总额逾6.5亿元", 2014, "explicit", "jinshi14", qual="over")
G(d, p2, "enterprise_count", 57, "规上企业", "集中区现有规上企业57家", 2014, "article", "jinshi14")
G(d, p2, "funding", 3 * Y, "每年投入的配套基础设施资金", "工业集中区每年投入3亿元", 2014, "article", "jinshi14",
  note="annual amount, dated by the box's 2014")
for ev, why, np_ in [
    ("全市10个省级以上园区中7个", "city counts of parks", None),
    ("首个突破200亿元大关", "threshold / milestone", p),
    ("| 津市工业集中区 | 首次突破百亿 |", "table row: milestone, no figure", p2),
    ("| 桃源工业集中区 | 首破两百亿 |", "table row: milestone", p),
    ("| 鼎城高新区 | 百亿园区 |", "table row: a title, no figure", "常德高新区"),
    ("| 汉寿高新区 | 百亿园区 |", "table row: a title, no figure", "汉寿高新区"),
    ("桃源县38个重大工业项目", "county figure (桃源县)", p),
    ("等17个项目竣工投产", "county figure", p),
    ("签约千万元以上项目23个", "county figure", p),
    ("2月份工业总产值增幅为33%", "growth rate", p2),
    ("总里程30公里", "length", p2),
    ("总面积20.35平方公里", "area", p2),
    ("“五个一”重点工程", "slogan", p2),
    ("现场签约22亿元", "province promotion (湖南), not a park's", None),
    ("60余家世界500强企业", "attendees", None),
    ("年均增长31.6%", "growth rate", None),
    ("占全省GDP的16.3%", "share", None),
    ("贡献率达到52.1%", "share", None),
    ("全市10个省级以上园区中已有7个", "city counts of parks", None),
    ("0736-7218 845", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "常德有了首个省级“两百亿园区”", "本报常德讯 继常德经开区之后", "city", None, 2014, parks=[p])
ART(d, "【本报资料】津市工业集中区：配套建设提速", "截至2014年3月底，津市工业集中区", "park", p2, 2014)
ART(d, "【回眸】湖南高新技术产业进京推介", "去年5月14日，2014湖南高新技术", "province", None, 2014)
ART(d, "", "园区标准厂房招租", "ad", None, 2015)
PG.append(("ao03", 2015, "masthead 「2015年2月27日 星期五 · 第3版」; the 常德 story's 去年 / 「2014年」 and the archive box's 「截至2014年3月底」 are 2014"))

# ---------------- ao04 (UTF-8; s2tw with 「」; hard wrap 30; masthead 2025; 湖口高新区 Q&A; 山西 数读; 阳泉高新区 brief) ------
d = "ao04"; p = "湖口高新区"
G(d, p, "enterprise_count", 1, "新增“百亿企业”（江铜铅锌）", "1家“百亿企业”", 2024, "article", "hukou25",
  note="the answer opens with 「2024年，」; the number is the first thing of a wrapped line")
G(d, p, "project_count", 159, "2021年至2024年招商引资签约、落地园区的项目（累计）", "落地园区的项目共159个", 2024, "explicit", "hukou25",
  note="cumulative 2021-2024; year = the end of the range")
G(d, p, "enterprise_count", 114, "规上工业企业", "区有规上工业企业114家", 2025, "page", "hukou25", note="目前 -> page year")
G(d, p, "enterprise_count", 50, "高新技术企业", "高新技术企业50家", 2025, "page", "hukou25")
G(d, p, "enterprise_count", 8, "入围江西企业100强的工业企业", "8家工业企业入", 2025, "page", "hukou25")
G(d, p, "enterprise_count", 9, "入围九江工业企业40强的工业企业", "9家工业企业入圍九江工業企業40強", 2025, "page", "hukou25")
for ev, why, np_ in [
    ("主营业务收入首次突破1000亿元", "revenue, no metric", p),
    ("省省级开发区第1位、全省所有开发区第7位", "rankings", p),
    ("已连续3年获得省级开发区综合考核第一等", "ranking", p),
    ("“四至”", "no figure", p),
    ("认定为D类", "risk class", p),
    ("一园四区」", "slogan (one park, four areas), no figure", p),
    ("山西全省招商引资签约项目3132个", "province total", None),
    ("签约金额1.", "province total (the hard wrap cuts 1.49万亿)", None),
    ("项目超过2350个", "province total", None),
    ("新签约亿元以上项目1323个", "province total", None),
    ("1755家", "organisations contacted, no metric", None),
    ("举办高规格招商活动26场", "events", None),
    ("七大细分行业", "count of sectors", "阳泉高新区"),
    ("已建成22万", "floor area (the hard wrap cuts 万平方米)", "阳泉高新区"),
    ("年产300万", "capacity", "阳泉高新区"),
    ("个产业招商专班", "teams, no metric", "阳泉高新区"),
    ("联合3家区属国企协同招商", "state companies, no metric", "阳泉高新区"),
    ("开工率超过7", "share (the hard wrap cuts 75%)", None),
    ("10亿元以上项目37", "province count (the hard wrap cuts 371)", None),
    ("50亿元以上项目49个", "province count", None),
    ("去年，高新区组建6", "teams, no metric (the hard wrap cuts the count from its noun)", "阳泉高新区"),
    ("0792-6315 208", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "对话湖口高新技术产业园区党工委副书记陈洁", "本报记者 周启航", "park", p, 2025)
ART(d, "数读", "2024年，山西全省招商引资签约", "province", None, 2024)
ART(d, "阳泉高新区组建产业链专班", "本报讯 阳泉高新区今年按照全市", "park", "阳泉高新区", 2025)
ART(d, "", "订阅热线：0792-6315 208", "ad", None, 2025)
PG.append(("ao04", 2025, "masthead 「2025年10月24日 星期五 第5版」; the interview looks back on 「2024年」 and 「2021年至2024年」; 目前 is the page year"))

# ---------------- ao05 (GB18030; s2hk with 「」; Markdown; masthead 2023; 民乐 profile; 甘肃 and 河南 province stories) -------
d = "ao05"; p = "民乐高新区"
G(d, p, "enterprise_count", 155, "入园企业", "入园企业从2013年的35户增加到155户", 2023, "page", "minle23", from_value=35,
  note="the 2013 in the sentence dates the earlier value; 155 is the present count (page year)")
G(d, p, "enterprise_count", 56, "农副产品加工企业", "分别有56户", 2023, "page", "minle23")
G(d, p, "enterprise_count", 15, "生物制药企业", "15户、49户", 2023, "page", "minle23",
  note="a 分别 list sharing the unit 户; each evidence starts at its own figure")
G(d, p, "enterprise_count", 49, "装备制造企业", "49户，化工新材料", 2023, "page", "minle23")
G(d, p, "enterprise_count", 1, "总产值10亿元以上企业", "总产值10亿元以上企业1户", 2023, "page", "minle23",
  note="count inside a threshold phrase: the count is gold, 10亿元 is not")
G(d, p, "enterprise_count", 5, "总产值1亿元以上企业", "1亿元以上企业5户", 2023, "page", "minle23")
G(d, p, "enterprise_count", 26, "规模以上企业", "规模以上企业26户", 2023, "page", "minle23")
G(d, p, "enterprise_count", 18, "高新技术企业", "高新技术企业18户", 2023, "page", "minle23")
for ev, why, np_ in [
    ("始建于1994年", "date", p),
    ("距民乐县城42公里", "distance", p),
    ("近期规划面积140平方公里", "area", p),
    ("各类从业人员11495人", "workers", p),
    ("2022年8月", "date", p),
    ("2家国家级高新区和10家省级高新区", "province counts of zones", "民乐高新区"),
    ("以占全省0.2%的土地面积", "share", None),
    ("创造了全省11.1%的GDP", "share", None),
    ("园区生产总值达1409.2亿元", "GDP of all zones together, no metric", None),
    ("技术市场合同交易额达55.69亿元", "technology contracts of all zones, no metric", None),
    ("全国169家国家高新区", "national count", None),
    ("第56名", "ranking", "兰州高新区"),
    ("第122名", "ranking", "白银高新区"),
    ("位次居40家省级开发区前4名", "ranking", "嘉峪关工业园区"),
    ("睢县高新区等5家省级高新技术产业开发区", "count of newly approved zones", None),
    ("全省高新区总数增至44家", "province count of zones", None),
    ("国家高新区9家、省级高新区35家", "province counts of zones", None),
    ("17个省辖市", "administrative units", None),
    ("不超过全省0.7%的土地面积", "share", None),
    ("创造了全省近12%的GDP", "share", None),
    ("全省38%的高新技术企业", "share", None),
    ("44%的新型研发机构", "share", None),
    ("实现园区生产总值7100.43亿元", "GDP of all zones, no metric", None),
    ("甘肃12家高新区创造全省11.1%的GDP", "headline: province counts and share", None),
    ("10家省级高新区是", "count of zones", None),
    ("河南新认定5家省级高新区", "headline: count of newly approved zones", None),
    ("同比增长12.37%", "growth rate", None),
    ("0936-8215 436", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "民乐生态工业园区：三县交界处的产业平台", "民乐生态工业园区（甘肃省民乐", "park", p, 2023)
ART(d, "", "图为民乐生态工业园区化工产业园", "other", None, 2023)
ART(d, "甘肃12家高新区创造全省11.1%的GDP", "本报兰州讯 记者2月16日从省科技厅", "province", None, 2022)
ART(d, "河南新认定5家省级高新区", "本报郑州讯 1月29日，记者从河南", "province", None, 2023)
ART(d, "", "本版联系：0936-8215 436", "ad", None, 2023)
PG.append(("ao05", 2023, "masthead 「2023年3月3日 星期五 · 第2版」; the 甘肃 story reports 2022 (「2022年，全省…」); the 民乐 profile's 目前 is the page year"))

# ---------------- ao06 (UTF-16; hard wrap 34; masthead 2022; 富阎产业合作园区; 临汾 city story naming many parks) -------------
d = "ao06"; p = "富阎产业合作园区"
G(d, p, "project_count", 22, "2022年一季度集中开工重点项目", "本次集中开工的重点项目共二十二个", 2022, "article", "fuyan22",
  note="Chinese numeral; the 2022 is in the lead's activity name; the headline repeats it (duplicate_of row)")
G(d, p, "project_count", 22, "集中开工项目（标题）", "富阎产业合作园区二十二个项目集中开工", 2022, "article", "fuyan22",
  dup="本次集中开工的重点项目共二十二个")
G(d, p, "investment_total", 548 * Y, "集中开工项目总投资", "548亿元，涉及产业", 2022, "article", "fuyan22",
  note="「总投资」 ends the line before (hard wrap)")
G(d, p, "investment_total", 20.4 * Y, "西飞民机研发中心项目", "资达20.4亿元", 2022, "article", "fuyan22", scope="project",
  note="「总投」 ends the line before (hard wrap)")
G(d, p, "project_count", 61, "年度重点建设项目", "共安排重点建设项目61个", 2022, "article", "fuyan22", note="今年 -> the article's 2022")
G(d, p, "investment_total", 259.49 * Y, "年度重点建设项目总投资", "总投资259.49亿元", 2022, "article", "fuyan22",
  note="今年 -> the article's 2022")
G(d, p, "investment_annual", 21.23 * Y, "年度计划投资", "计划投资21.23亿元", 2022, "article", "fuyan22")
G(d, p, "project_count", 14, "续建项目", "续建项目14个", 2022, "article", "fuyan22")
G(d, p, "investment_total", 31.42 * Y, "续建项目总投资", "总投资31.42亿元", 2022, "article", "fuyan22")
G(d, p, "project_count", 24, "新开工项目", "新开工项目24个", 2022, "article", "fuyan22")
G(d, p, "investment_total", 64.36 * Y, "新开工项目总投资", "总投资64.36亿元", 2022, "article", "fuyan22")
for ev, why, np_ in [
    ("三大类", "count of categories", p),
    ("临汾：十四个开发区项目现场签约", "city headline (临汾市), the projects of many zones together", "临汾经开区"),
    ("100万千瓦", "capacity", "洪洞经开区"),
    ("160万吨", "capacity", "安泽经开区"),
    ("200兆瓦", "capacity", "霍州经开区"),
    ("等14个项", "city figure (the hard wrap cuts 项目)", "临汾经开区"),
    ("总投资亿元以上的项目15个", "city figure (count inside a threshold, of the city)", None),
    ("占比达75%", "share", None),
    ("本次开工的20个项目", "city figure", None),
    ("029-8689 2211", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "【园区】富阎产业合作园区二十二个项目集中开工", "本报讯 2月17日，西飞民机研发中心", "park", p, 2022)
ART(d, "【城市】临汾：十四个开发区项目现场签约", "本报讯 日前，临汾市开发区项目", "city", None, 2022)
ART(d, "", "图为富阎产业合作园区一处开工", "other", None, 2022)
ART(d, "", "园区招商咨询：029-8689 2211", "ad", None, 2022)
PG.append(("ao06", 2022, "masthead 「2022年3月4日 星期五 第7版」; the lead names 「2022年一季度」"))

# ---------------- ao07 (UTF-8; plain lines; ● briefs; masthead 2024; 太白 飞地园区; 天长 city; 韶山高新区 brief) ----------------
d = "ao07"; p = "太白飞地经济产业园区"
G(d, p, "investment_total", 1.8 * Y, "园区建设项目", "园区建设项目总投资1.8亿元", 2024, "page", "taibai24", scope="project",
  note="the park's own development project; the 2020 of the sentence before dates another event")
G(d, p, "enterprise_count", 3, "已进驻企业", "三家企业已经进驻", 2024, "page", "taibai24",
  note="Chinese numeral; the headline repeats it (duplicate_of row)")
G(d, p, "enterprise_count", 3, "已入驻企业（标题）", "三家企业已入驻", 2024, "page", "taibai24", dup="三家企业已经进驻")
G(d, p, "investment_total", 5.4 * Y, "三家进驻企业总投资", "总投资5.4亿元", 2024, "page", "taibai24")
G(d, p, "output_value", 6.5 * Y, "三家进驻企业预计年产值", "预计年产值6.5亿元以上", 2024, "page", "taibai24",
  qual="over", status="target", note="预计 -> target; no year is named, the page year is given")
for ev, why, np_ in [
    ("宝鸡市首个“飞地园区”", "ordinal", p),
    ("已于5月底全面完工", "date", p),
    ("2020年，太白、眉县", "date", None),
    ("自2023年3月开工", "date", p),
    ("可提供就业岗位350个", "jobs", p),
    ("10个重点项目总投资超100亿元", "city figure (天长市)", None),
    ("半导体石英制品项目总投资53亿元", "company project of the city, no park named", None),
    ("可实现年产值80亿元", "company project of the city", None),
    ("吸引60余家企业和基金公司参加", "attendees", None),
    ("现场签约项目总投资达101亿元", "city figure", None),
    ("在全省排名晋升40个名次", "ranking", "韶山高新区"),
    ("排名第二", "ranking", "韶山高新区"),
    ("产值年均增长11.5%", "growth rate", "韶山高新区"),
    ("先进装备制造产业突破百亿元", "a sector milestone without 产值 (borderline, see README)", "韶山高新区"),
    ("供地2800平方米", "area", "韶山高新区"),
    ("天长十个重点项目集中开工", "headline: city figure", None),
    ("园区排名晋升40位", "headline: ranking", "韶山高新区"),
    ("0917-4652 317", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "太白飞地园区一期完工　三家企业已入驻", "本报宝鸡讯　记者从太白县获悉", "park", p, 2024)
ART(d, "●天长十个重点项目集中开工", "本报讯　9月12日，天长市举行", "city", None, 2024)
ART(d, "●韶山高新区“五好”园区排名晋升40位", "湖南省产业园区建设领导小组", "park", "韶山高新区", 2024)
ART(d, "", "招商热线：0917-4652 317", "ad", None, 2024)
PG.append(("ao07", 2024, "masthead 「园区经济周刊　2024年9月20日　星期五　第8版」"))

# ---------------- ao08 (UTF-8 BOM + CRLF; s2tw with 「」 and full-width digits; masthead 2021; 桐城经开区; 天长 city; 安徽 province) --
d = "ao08"; p = "桐城经开区"
G(d, p, "enterprise_count", 12, "新增高新技术企业", "新增高新技术企业12家", 2020, "explicit", "tongcheng21")
G(d, p, "enterprise_count", 31, "新增科技型中小企业", "科技型中小企业31家", 2020, "explicit", "tongcheng21")
G(d, p, "enterprise_count", 9, "新增规模以上工业企业", "新增规模以上工业企业9家", 2020, "explicit", "tongcheng21")
G(d, p, "enterprise_count", 10, "新增省战略性新兴产业企业", "省战略性新兴产业企业10家", 2020, "explicit", "tongcheng21")
for ev, why, np_ in [
    ("2020年度考核前30位", "ranking", p),
    ("四大战新产业", "count of industries", p),
    ("年产2.5万吨", "capacity", p),
    ("投资55亿元的高效晶硅太阳能电池项目", "company project in a city story; 滁州高新区 is only the location", "滁州高新区"),
    ("总投资80亿元的香港恒通崟乾", "company project in a city story", "滁州高新区"),
    ("新增规模企业84家", "city figure (天长市)", "滁州高新区"),
    ("规上工业总产值763亿元", "city figure", "滁州高新区"),
    ("新增战新企业12家", "city figure", None),
    ("实现总产值302亿元", "city figure", None),
    ("新增高新技术企业47家", "city figure", "滁州高新区"),
    ("总数达162家", "city figure", None),
    ("高新技术产业产值395亿元", "city figure", None),
    ("全市新签约亿元以上项目72个", "city figure", None),
    ("实现到位资金175亿元", "funds arrived, city", None),
    ("全省高新技术企业总数达8559家", "province figure", None),
    ("较上年净增1923家", "province figure", None),
    ("省级以上高新技术产业开发区20家", "province count of zones", None),
    ("农业科技园区45家", "province count", None),
    ("科技企业孵化器113家", "province count", None),
    ("众创空间220家", "province count", None),
    ("新增入库培育企业1662家", "province figure", None),
    ("备案科技型中小企业7220家", "province figure", None),
    ("跻身全省开发区考核前30位", "headline: ranking", p),
    ("7GW电池片及7GW组件", "capacity", "滁州高新区"),
    ("安徽高新技术企业突破八千五百家", "headline: province figure (Chinese numeral)", None),
    ("增幅约29%", "growth rate", None),
    ("0556-6128 305", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "桐城经开区跻身全省开发区考核前30位", "本报桐城讯 近日，桐城经开区", "park", p, 2020)
ART(d, "天长：新兴产业异军突起", "本报天长讯 春节刚过", "city", None, 2020)
ART(d, "安徽高新技术企业突破八千五百家", "本报合肥讯 记者从全省科技工作", "province", None, 2020)
ART(d, "", "图为桐城经开区一家新材料企业", "other", None, 2021)
ART(d, "", "本版热线：0556-6128 305", "ad", None, 2021)
PG.append(("ao08", 2021, "masthead 「2021年4月23日 星期五 · 第3版」; the three stories report 2020 (「2020年，」, 去年, 「2020年底」)"))

# @@PAGES@@


def check():
    bad = 0
    gk = {(g["doc"], g["evidence"]) for g in gold}
    for r in gold + N:
        page = PAGES[r["doc"][:-4]]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", r["doc"], ev); bad += 1; continue
        if "\n" in ev:
            print("SPANS LINE", r["doc"], ev); bad += 1
        if len(ev) > 40:
            print("TOO LONG", r["doc"], ev); bad += 1
    for x in N:
        if (x["doc"], x["evidence"]) in gk:
            print("BOTH GOLD AND NEG", x["doc"], x["evidence"]); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
        for s in g["sub_areas"]:
            if s not in page:
                print("SUB AREA not on page", g["doc"], s); bad += 1
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
