# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_aj, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw for aj03, full-width digits for aj04) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "aj03":
        return build.trad(s)
    if doc == "aj04":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "jinzhai12": "http://news.d1cm.com/2012/10/24/102408575737023.shtml",
 "jinzhai10": "http://m.bytscl.cn/anhui/info/170085.html",
 "qdn12": "http://www.zhxpm.cn/html/2012/ponews_0317/52675.shtml",
 "jinchao12": "http://big5.taiwan.cn/gate/big5/www.chinataiwan.cn/local/jiangxi/dongtaixinwen/201203/t20120302_2367336.htm",
 "ankang11": "https://gxj.ankang.gov.cn/Content-152230.html",
 "shacheng13": "(stored page of the `pages` corpus, no address given: 「沙城工业园区项目签约开工投产仪式隆重举行」, 2013-04-10)",
 "wuzhou20": "http://m.4fhk.cn/content/2020-05/22/content_340112.htm",
 "peixian20": "https://m.100njz.com/20/0225/10/45D0A33393E49B20_abc.html",
 "hengyang20": "http://hxamc.com/n/116929.html",
 "yiyang20": "http://www.ycahj.com/a/jiangxixinwen/2020/0124/218083.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "金寨现代产业园区": ["金寨现代产业园区"],
 "金寨经开区": ["金寨经济开发区"],
 "金巢经开区": ["金巢经济开发区", "金巢经开区"],
 "旬阳生态工业集中区": ["旬阳县生态工业集中区", "旬阳生态工业集中区"],
 "汉阴新型建材工业集中区": ["汉阴县新型建材工业集中区", "汉阴新型建材工业集中区"],
 "沙城工业园区": ["沙城工业园区"],
 "梧州循环经济产业园区": ["梧州循环经济产业园区", "循环园区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
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
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


PG = []

# ---------------- aj01 (GB18030; masthead 2012; 金寨 two parks; 黔东南 trap) ----------------
d = "aj01"
p = "金寨现代产业园区"
G(d, p, "investment_total", 1.8 * Y, "安徽集源液压技术有限公司液压件项目", "总投资1.8亿元，其中固定资产投资", 2012, "page", "jinzhai12", scope="project")
G(d, p, "tax_profit", 3000 * W, "集源液压项目达产后年税收", "每年可缴税收3000万元", 2012, "page", "jinzhai12", scope="project", status="target")
p = "金寨经开区"; NT = "archive profile; its only year is 2010 (「2010年，开发区实现…」), which governs the 现有 counts"
G(d, p, "enterprise_count", 64, "区内企业", "区内现有企业六十四家", 2010, "article", "jinzhai10", note=NT)
G(d, p, "enterprise_count", 41, "正式投产企业", "正式投产四十一家", 2010, "article", "jinzhai10")
G(d, p, "enterprise_count", 7, "年产值超亿元企业", "年产值超亿元的企业7家", 2010, "article", "jinzhai10")
G(d, p, "enterprise_count", 11, "年产值5000万元以上企业", "5000万元以上的企业11家", 2010, "article", "jinzhai10")
G(d, p, "enterprise_count", 5, "外资企业", "外资企业5家", 2010, "article", "jinzhai10")
G(d, p, "output_value", 49.34 * Y, "规模工业产值", "实现规模工业产值49.34亿元", 2010, "explicit", "jinzhai10")
G(d, p, "investment_annual", 8.63 * Y, "当年完成固定资产投资", "当年完成固定资产投资8.63亿元", 2010, "article", "jinzhai10",
  note="after 「；」: 当年 points back to the 2010 of the previous clause")
for ev, why, np_ in [
    ("其中固定资产投资1.45亿元", "component of the project's 总投资, not a second total", "金寨现代产业园区"),
    ("年销售收入预计1.8亿元", "sales revenue, no metric", "金寨现代产业园区"),
    ("工程机械液压件60万台", "capacity", None),
    ("计划用地58.4亩", "area", None),
    ("第二个工业项目", "ordinal, not a count of projects", "金寨现代产业园区"),
    ("增加值14.8亿元", "value added, no metric", "金寨经开区"),
    ("72.8%和75.74%", "shares", "金寨经开区"),
    ("实现财政收入1.1亿元", "fiscal revenue, no metric", "金寨经开区"),
    ("利用外资1268万美元", "foreign capital used, no metric", "金寨经开区"),
    ("建成区面积4.6平方公里", "area", "金寨经开区"),
    ("七大产业片", "count of zones, no metric", "金寨经开区"),
    ("2006年经省政府批准", "date", None),
    ("达成协议项目23个", "prefecture headline", None),
    ("签约投资金额108.09亿元", "prefecture figure (park officials only travelled with the team)", "凯里经开区"),
    ("达成协议项目12个", "prefecture figure", None),
    ("签约金额39.99亿元", "prefecture figure", None),
    ("又达成协议项目11个", "prefecture figure; 开发区 presented jointly with counties", "炉碧经开区"),
    ("签约金额68.1亿元", "prefecture figure", "金钟经开区"),
    ("0564-7216 338", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "金寨现代产业园区迎来第二个工业项目", "本报金寨10月23日讯 今天", "park", "金寨现代产业园区", 2012)
ART(d, "园区档案｜金寨经济开发区：两园七片的工业底盘", "编者按：现代产业园区起步", "park", "金寨经开区", 2010)
ART(d, "", "图为金寨经济开发区红石工业", "other", None, 2012)
ART(d, "黔东南赴沪宁锡招商 达成协议项目23个", "本报凯里3月讯 3月8日至13", "city", None, 2012)
ART(d, "广告", "皖西园区招商服务热线", "ad", None, 2012)
PG.append(("aj01", 2012, "masthead 「2012年10月26日 星期五 · 第3版」; the 金寨 story is dated 10月23日 of that year; the 金寨经济开发区 archive profile carries its own 2010"))

# ---------------- aj02 (UTF-16; no masthead year; 金巢 project; 安康 city story with two named zones) -------
d = "aj02"
G(d, "金巢经开区", "investment_total", 60 * Y, "台商创业园（台湾德昌营造股份有限公司）", "德昌营造建设，计划总投资60亿元", 2012, "page", "jinchao12", scope="project",
  note="the sub-headline 「总投资达60亿元」 repeats it (duplicate_of row below)")
G(d, "金巢经开区", "investment_total", 60 * Y, "台商创业园（标题）", "总投资达60亿元", 2012, "page", "jinchao12", scope="project", dup="德昌营造建设，计划总投资60亿元")
G(d, "旬阳生态工业集中区", "output_value", 45.5 * Y, "工业总产值", "分别实现工业总产值45.5亿元", 2011, "article", "ankang11",
  note="a 分别 list inside a city story; the sentence's own subject is the named zone, so the zone gets it")
G(d, "汉阴新型建材工业集中区", "output_value", 24.3 * Y, "工业总产值", "和24.3亿元，分别占本县", 2011, "article", "ankang11")
for ev, why, np_ in [
    ("占地3000亩", "area", "金巢经开区"),
    ("每亩缴税不低于13万元", "per-mu threshold", "金巢经开区"),
    ("第一个重大工业项目", "ordinal", None),
    ("工业企业达到374户", "city total of all county zones, no single park", None),
    ("全年实现工业总产值113.6亿元", "city total of all zones", None),
    ("同比增长76.1%", "growth rate", None),
    ("营业收入109亿元", "revenue, city total", None),
    ("增加值39.4亿元", "value added", None),
    ("上交税金10.3亿元", "city total of all zones (no single park)", None),
    ("实现利润11.6亿元", "profit, no metric", None),
    ("工业项目62个", "city total of all zones", None),
    ("1000万元以上", "threshold", None),
    ("完成固定资产投资31.9亿元", "city total of all zones", None),
    ("比上年增长43%", "growth rate", None),
    ("25.47平方公里", "area", None),
    ("基础设施累计投资18.9亿元", "cumulative, city total", None),
    ("累计固定资产投资40.4亿元", "cumulative, city total", None),
    ("70%和67.2%", "shares", "旬阳生态工业集中区"),
    ("第六次循环经济发展工作座谈会", "ordinal", "汉阴新型建材工业集中区"),
    ("0915-3268 017", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "金巢经开区签下台商创业园", "本报抚州3月1日讯 记者从", "park", "金巢经开区", 2012)
ART(d, "安康县域工业集中区", "本报安康2012年1月13日", "city", None, 2011,
    parks=["旬阳生态工业集中区", "汉阴新型建材工业集中区"])  # a city story whose ● 县区 brief names two zones as subjects
ART(d, "", "图为汉阴县新型建材工业集中", "other", None, 2012)
ART(d, "园区观察 征稿", "来稿请寄 yqgc@", "ad", None, 2012)
PG.append(("aj02", 2012, "no masthead year (「赣陕园区观察 · 第5版 / 3月2日 星期五」); the 安康 dateline 「本报安康2012年1月13日讯」 gives 2012, and the 金巢 story 3月1日 is that spring; the 安康 figures are 2011 (「2011年，安康市…」)"))

# ---------------- aj04 (UTF-8 BOM + CRLF; full-width digits; 2020 masthead; 梧州循环园区; 沛县 / 衡阳 traps) ------
d = "aj04"; p = "梧州循环经济产业园区"
G(d, p, "enterprise_count", 34, "规上企业", "循环园区规上企业总数达到34家", 2020, "page", "wuzhou20")
G(d, p, "enterprise_count", 34, "规上企业（标题）", "梧州循环园区规上企业达34家", 2020, "page", "wuzhou20", dup="循环园区规上企业总数达到34家")
G(d, p, "enterprise_count", 30, "规上工业企业", "其中规上工业企业30家", 2020, "page", "wuzhou20")
G(d, p, "enterprise_count", 4, "规上服务业企业", "规上服务业企业4家", 2020, "page", "wuzhou20")
G(d, p, "enterprise_count", 22, "享受免收基本电费政策的大工业用户企业", "园区内22家大工业用户企业", 2020, "page", "wuzhou20",
  note="borderline: a count of the park's enterprises that got a relief, kept as enterprise_count with its subject")
G(d, p, "investment_total", 20 * Y, "年产20万吨再生铜产品精深加工及多金属综合回收和工业固体废物处置中心项目", "该项目总投资20亿元", 2020, "page", "wuzhou20", scope="project")
G(d, p, "output_value", 200 * Y, "再生铜项目达产后年产值", "达产后年产值约200亿元", 2020, "page", "wuzhou20", scope="project", status="target", qual="about")
G(d, p, "tax_profit", 5 * Y, "再生铜项目达产后年税收", "年税收5亿元以上", 2020, "page", "wuzhou20", scope="project", status="target", qual="over")
for ev, why, np_ in [
    ("园区招商引资到位资金31.9亿元", "funds arrived (到位资金), no metric", "梧州循环经济产业园区"),
    ("同比增长27.04%", "growth rate", "梧州循环经济产业园区"),
    ("年产20万吨再生铜", "capacity", None),
    ("此次集中开工的项目共40个", "county figure; 沛北经济开发区 is only the venue", "沛北经开区"),
    ("计划总投资216.6亿元", "county figure, ceremony held in 沛北经济开发区", "沛北经开区"),
    ("100万锭环锭纺", "capacity", None),
    ("等5个重大招商项目", "county signing", "沛北经开区"),
    ("总投资46亿元", "county signing", "沛北经开区"),
    ("同时开工47个项目", "city figure", None),
    ("3月初112个项目集中开工", "city figure", None),
    ("总投资521.1亿元", "city figure", None),
    ("今年计划投资250.8亿元", "city figure", None),
    ("产业类项目34个、总投资93.33亿元", "city figure", None),
    ("基础设施项目2个、总投资85.66亿元", "city figure", None),
    ("其他类项目11个、总投资38.72亿元", "city figure", None),
    ("| 衡南县 | 21个 | 41.38亿元 | 25.41亿元 |", "county table row", None),
    ("| 衡阳县 | 7个 | 53.46亿元 | 18.6亿元 |", "county table row", None),
    ("| 祁东县 | 7个 | 84.63亿元 | 12.50亿元 |", "county table row", None),
    ("在7个仪式现场", "count of venues", None),
    ("0774-3829 155", "phone number", None),
    ("2020年5月22日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "梧州循环园区规上企业达34家", "本报梧州5月20日讯 记者今", "park", p, 2020)
ART(d, "沛县40个重点项目集中开工", "本报徐州2月22日讯 21日", "county", None, 2020)
ART(d, "衡阳47个项目同日开工", "本报衡阳4月29日讯 昨天上", "city", None, 2020)
ART(d, "广告", "西江园区标准厂房招租", "ad", None, 2020)
PG.append(("aj04", 2020, "masthead 「2020年5月22日 星期五」; the datelines 5月20日 / 2月22日 / 4月29日 and 1至4月 are that year"))

# ---------------- aj03 (UTF-8; traditional s2tw; hard wrap 28; 2013 masthead; 沙城工业园区; 六安 / 黔东南 traps) ------
d = "aj03"; p = "沙城工业园区"
G(d, p, "project_count", 41, "集中签约、开工、投产的重大项目", "41个重大项目集中签约", 2013, "page", "shacheng13")
G(d, p, "project_count", 41, "重大项目（标题）", "沙城工业园区41个重大项目同日签约开工投产", 2013, "page", "shacheng13", dup="41个重大项目集中签约")
for ev, why, np_ in [
    ("2000亿的关键时期", "city slogan target (决战工业2000亿)", None),
    ("三年决战工业150亿", "county slogan target, not the park's", "沙城工业园区"),
    ("2000亿的开局之年", "city slogan target", None),
    ("3月25日", "date", None),
    ("第二行政组团", "ordinal", None),
    ("金寨「5+1」项目", "slogan", "金寨现代产业园区"),
    ("新签约项目280个", "prefecture figure", None),
    ("金583.40亿元", "prefecture figure (协议签约资金)", None),
    ("实施项目209个", "prefecture figure", None),
    ("到位资金66.11", "funds arrived, prefecture", None),
    ("其中续建项目173个", "prefecture figure", None),
    ("到位资金23.93亿元", "funds arrived, prefecture", None),
    ("0792-8135 206", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "沙城工业园区41个重大项目同日签约开工投产", "本报九江讯 日前，沙城工业园区", "park", p, 2013)
ART(d, "六安市领导到金寨调研", "本报讯 3月25日，六安市委", "city", None, 2013)
ART(d, "黔东南首季招商开门红", "2011年一季度，黔东南州新", "city", None, 2011)
ART(d, "", "图为沙城工业园区一处新开工", "other", None, 2013)
ART(d, "", "订阅热线 0792-8135 206", "ad", None, 2013)
PG.append(("aj03", 2013, "masthead 「2013年4月12日 星期五」; the 六安 brief 3月25日 is that spring; the 本报资料 brief on 黔东南 carries its own 2011"))

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
