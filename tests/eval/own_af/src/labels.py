# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_af, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for af04, s2tw + full-width digits for af05) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "af04":
        return build.trad(s, build.S2HK)
    if doc == "af05":
        return build.fullwidth(build.trad(s, build.S2TW))
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "sheyang": "https://m.bidcenter.com.cn/newsrili-1-214181425.html",
 "nanjing23": "http://paper.people.com.cn/rmrbhwb/html/2023-02/06/content_25963183.htm",
 "yangzhou22": "http://www.ourjiangsu.com/a/20230101/1672545437726.shtml",
 "wenlin": "https://m.yybnet.net/meishan/renshou/201711/6762102.html",
 "zheqia17": "http://kjb.zjol.com.cn/html/2017-06/13/content_2589838.htm?div=-1",
 "biyang17": "http://4huh31.com/2017/0620/423538.shtml",
 "guangmei": "http://www.unibranding.net/news/322e399455.html",
 "heyuan24": "http://www.hit008.com/2024/sz_0704/80111.html",
 "fuzhou24": "https://www.fuzhou.gov.cn/zgfzzt/zdjsxm/jsqk/202404/t20240426_4814937.htm",
 "guangzhou24": "http://m.yscxh.com/zfxxgk/zfxxgkml/zfxxgkml/gzdt/content/post_9497823.html",
 "xihua22": "http://zhld.com/szb/pc/col/202207/08/content_172624.html",
 "shuyang22": "http://fzggw.jiangsu.gov.cn/art/2022/4/22/art_4591_10424369.html",
 "jiangsu22": "https://ccement.com/news/content/26040188995975001.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "射阳经开区": ["射阳经开区", "江苏射阳经济开发区", "射阳经济开发区"],
 "文林工业园区": ["文林工业园区"],
 "广梅产业园": ["广梅产业园"],
 "紫金产业园": ["紫金产业园", "广东省紫金产业园"],
 "深圳（河源）产业园": ["深圳（河源）产业园"],
 "深圳福田（和平）产业园": ["深圳福田（和平）产业园"],
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
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


A = []


def ART(doc, title, first, kind, park, year, parks=None):
    r = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
         "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        r["parks"] = parks
    A.append(r)


PG = []

# ---------------- af01 (2023 masthead; Markdown) ----------------
d = "af01"; p = "射阳经开区"
if d in PAGES:
    NT = "the lead dates the event 2月5日讯/昨天; the year comes from 「2023年园区规上工业开票」 in the same article"
    G(d, p, "project_count", 13, "集中签约产业链项目", "集中签约产业链项目13个", 2023, "article", "sheyang", note=NT)
    G(d, p, "project_count", 10, "集中开工重点项目", "同时开工重点项目10个", 2023, "article", "sheyang")
    G(d, p, "investment_total", 96.7 * Y, "签约和开工项目总投资", "签约和开工项目总投资96.7亿元", 2023, "article", "sheyang")
    G(d, p, "project_count", 13, "签约产业链项目（副题）", "13个产业链项目签约", 2023, "article", "sheyang", dup="集中签约产业链项目13个")
    G(d, p, "project_count", 10, "开工重点项目（副题）", "10个重点项目开工", 2023, "article", "sheyang", dup="同时开工重点项目10个")
    for ev, why, np_ in [
        ("开票有望迈上300亿元台阶", "开票 (invoiced sales) is no metric; a forecast of sales", "射阳经开区"),
        ("百亿级的比亚迪动力电池项目", "vague size class, no figure", "射阳经开区"),
        ("2023年2月6日", "masthead date", None),
        ("61个重大项目集中签约", "city figure", None),
        ("总投资超800亿元", "city figure", None),
        ("内资项目投资总额681.498亿元", "city figure", None),
        ("单个项目平均投资额12.62亿元", "average, city", None),
        ("外资项目投资总额18.14亿美元", "city figure", None),
        ("两大优势产业项目10个", "city figure", None),
        ("两大先导产业项目7个", "city figure", None),
        ("潜力产业项目22个", "city figure", None),
        ("总部类项目达8个", "city figure", None),
        ("新招引正式合同重大产业项目439个", "city figure", None),
        ("完成年度目标的172.2%", "share, city", None),
        ("重大产业项目31个", "city figure", None),
        ("全市认定新开工项目121项", "city figure", None),
        ("17个列省重大项目全面开工", "city figure", None),
        ("全市固定资产投资增长10.3%", "growth rate, city", None),
        ("0515-8266 1023", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "射阳经开区“双十”项目集中签约开工", "本报盐城2月5日讯 记者 陈立", "park", p, 2023)
    ART(d, "", "图为射阳经开区重点项目开工现场", "other", None, 2023)
    ART(d, "南京61个重大招商项目集中签约", "新华社南京2月4日电 2023", "city", None, 2023)
    ART(d, "扬州去年前11个月新招引重大产业项目439个", "本报讯 扬州市项目建设交出", "city", None, 2023)
    ART(d, "", "园区招商服务热线 0515", "ad", None, 2023)
    PG.append((d, 2023, "masthead 「2023年2月6日 星期一」; the 射阳 article names 2023, the 南京 dateline 2023; the 扬州 review reports 2022"))

# ---------------- af02 (no masthead year; GB18030; hard wrap 28) ----------------
d = "af02"; p = "文林工业园区"
if d in PAGES:
    NT = "截至目前 takes the page year 2017 (from 「2017年6月9日」 and 「2017年第二批」 in the other articles); the masthead has no year"
    G(d, p, "enterprise_count", 60, "入驻企业", "60户，其中", 2017, "page", "wenlin", note=NT)
    G(d, p, "enterprise_count", 60, "入驻企业（标题）", "文林工业园区入驻企业六十户", 2017, "page", "wenlin", dup="60户，其中")
    G(d, p, "enterprise_count", 52, "投产企业", "投产企业52户", 2017, "page", "wenlin")
    G(d, p, "enterprise_count", 28, "规模以上企业", "规模以上企业28户", 2017, "page", "wenlin")
    G(d, p, "tax_profit", 2.65 * Y, "入库税金", "2.65亿元。", 2017, "page", "wenlin",
      note="the wrap cuts 「入库税金」 from its number; the evidence is the line part")
    for ev, why, np_ in [
        ("工业固定资产投资15亿元", "cumulative investment to date, not a year's investment and not a project total", "文林工业园区"),
        ("实现销售收入73亿元", "销售收入 is no metric", "文林工业园区"),
        ("共签约项目34个", "province figure", None),
        ("5.4亿元。其中重大外资项目21个", "province figure (line part)", None),
        ("总投资244.3亿元", "province figure", None),
        ("协议外资100.1亿元", "committed foreign capital", None),
        ("10亿元以上的有7个", "province threshold count", None),
        ("个，总投资421.1亿元。", "province figure (line part)", None),
        ("此次开工项目4个", "county figure", "泌阳县产业集聚区"),
        ("全县生产总值超过200", "GDP, county", None),
        ("规模以上工业增加值85.3亿元", "value added, county", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "文林工业园区入驻企业六十户", "本报讯 11月23日，仁寿县政协", "park", p, 2017)
    ART(d, "浙洽会34个重大项目签约", "本报讯 2017年6月9日，第", "province", None, 2017)
    ART(d, "泌阳4个亿元以上项目集中开工", "本报讯 泌阳县2017年第二批", "county", None, 2017)
    PG.append((d, 2017, "no masthead year (「天府园区 · 第4版 / 11月28日 星期二」); the 浙洽会 article is dated 2017年6月9日 and the 泌阳 article names 2017年第二批; 文林's 11月23日 is that autumn"))


# ---------------- af03 (2024 masthead; UTF-16; ● briefs, three parks) ----------------
d = "af03"
if d in PAGES:
    p = "广梅产业园"
    G(d, p, "project_count", 4, "一周内签约的亿元以上制造业项目", "签下的4个项目均为亿元以上制造业项目", 2024, "page", "guangmei",
      note="5月12日/5月8日 carry no year; the masthead 2024 gives it")
    G(d, p, "project_count", 4, "一周签约亿元以上项目（标题）", "一周签下4个亿元以上项目", 2024, "page", "guangmei", dup="签下的4个项目均为亿元以上制造业项目")
    G(d, p, "investment_total", 11.7 * Y, "一周签约4个项目计划总投资", "计划总投资11.7亿元", 2024, "page", "guangmei")
    G(d, p, "output_value", 22 * Y, "4个签约项目达产后年产值", "达产后预计年产值22亿元", 2024, "page", "guangmei", status="target")
    G(d, p, "tax_profit", 9600 * W, "4个签约项目达产后年税收", "年税收9600多万元", 2024, "page", "guangmei", qual="over", status="target")
    G(d, p, "project_count", 10, "今年以来新引进签约项目", "新引进签约项目10个", 2024, "page", "guangmei")
    G(d, p, "investment_total", 14.7 * Y, "今年签约项目计划总投资", "计划总投资14.7亿元", 2024, "page", "guangmei")
    G(d, p, "output_value", 26.8 * Y, "今年签约项目达产后年产值", "年产值26.8亿元", 2024, "page", "guangmei", status="target")
    G(d, p, "tax_profit", 1.1 * Y, "今年签约项目达产后年税收", "年税收1.1亿元", 2024, "page", "guangmei", status="target")
    p = "紫金产业园"
    G(d, p, "project_count", 125, "累计引进签约项目", "累计引进签约项目125个", 2024, "page", "heyuan24")
    G(d, p, "project_count", 125, "累计签约项目（标题）", "紫金产业园累计签约项目125个", 2024, "page", "heyuan24", dup="累计引进签约项目125个")
    p = "深圳（河源）产业园"
    G(d, p, "enterprise_count", 21, "引进企业（中兴通讯、农夫山泉、华润怡宝等）", "华润怡宝等21家企业", 2024, "page", "heyuan24")
    G(d, p, "enterprise_count", 21, "集聚企业（标题）", "深圳（河源）产业园集聚21家企业", 2024, "page", "heyuan24", dup="华润怡宝等21家企业")
    for ev, why, np_ in [
        ("占总产值的82.5%", "share", "广梅产业园"),
        ("同比增长35.84%", "growth rate", "广梅产业园"),
        ("安排2亿元市级对口帮扶协作专项资金", "a city's (深圳市) funds for a cooperation park, not the 深圳（河源）产业园's funding in this brief", "深圳（河源）产业园"),
        ("30个省产业园获优秀等次", "province count of parks rated, no metric", None),
        ("其中粤北地区12个", "province count of parks", None),
        ("45.5%的工业产出", "share, province", None),
        ("2024年7月8日", "masthead date", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "●广梅产业园一周签下4个亿元以上项目", "本报梅州讯 5月12日，柔浩", "park", "广梅产业园", 2024)
    ART(d, "●紫金产业园累计签约项目125个", "本报河源讯 在全省2023年度", "park", "紫金产业园", 2024)
    ART(d, "●深圳（河源）产业园集聚21家企业", "本报河源讯 同获优秀等次的", "park", "深圳（河源）产业园", 2024)
    ART(d, "●全省30个省产业园获评优秀", "本报讯 全省产业园区助力", "province", None, 2024)
    ART(d, "", "图为紫金产业园一角", "other", None, 2024)
    PG.append((d, 2024, "masthead 「2024年7月8日 星期一」; the briefs' 5月12日, 今年以来 and 截至目前 are that year; the 2023 appraisal is last year's"))


# ---------------- af04 (2024 masthead; UTF-8 BOM + CRLF; s2hk; Markdown) ----------------
d = "af04"
if d in PAGES:
    p = "深圳福田（和平）产业园"
    G(d, p, "funding", 3 * Y, "上半年投入园区基建资金", "投入园区基建资金约3亿元", 2024, "page", "heyuan24", qual="about",
      note="今年上半年 takes the masthead year 2024")
    G(d, p, "funding", 3 * Y, "上半年投入基建资金（标题）", "上半年投入基建资金约3亿元", 2024, "page", "heyuan24", qual="about", dup="投入园区基建资金约3亿元")
    G(d, p, "funding", 6000 * W, "争取地方专项债资金（大坝集聚区基建）", "争取到6000万元地方专项债资金", 2021, "explicit", "heyuan24",
      note="cumulative since 2021; 「2021年以来」 in the clause gives the year (SPEC: a year in the clause wins)")
    for ev, why, np_ in [
        ("北扩工程征地1000亩", "area, no metric", "深圳福田（和平）产业园"),
        ("共开工重大项目186个", "city figure", None),
        ("总投资1238亿元", "city figure", None),
        ("年计划投资401亿元", "city figure", None),
        ("其中产业项目108项", "city figure", None),
        ("总投资594亿元", "city figure", None),
        ("年计划投资192.9亿元", "city figure", None),
        ("社会民生项目37项", "city figure", None),
        ("基础设施项目41项", "city figure", None),
        ("（一期）项目总投资56.5亿元", "a project located in 福清元洪投资区, in a city story", "元洪投资区"),
        ("一季度全市开工项目319个", "city figure", None),
        ("总投资超3200亿元", "city figure", None),
        ("产业建设项目158个", "city figure", None),
        ("总投资1969亿元", "city figure", None),
        ("城市更新项目38个", "city figure", None),
        ("总投资734亿元", "city figure", None),
        ("总投资20亿元以上的有32个", "city threshold count", None),
        ("合计总投资超1330亿元", "city figure", None),
        ("0753-6188 302", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "深圳福田（和平）产业园上半年投入基建资金约3亿元", "本报和平讯 深圳福田（和平）", "park", p, 2024)
    ART(d, "福州二季度集中开工186个重大项目", "本报福州4月25日讯 全市第二", "city", None, 2024)
    ART(d, "广州一季度开工项目319个", "本报广州讯 2月20日，广州市", "city", None, 2024)
    ART(d, "", "园区厂房租售 电话 0753", "ad", None, 2024)
    PG.append((d, 2024, "masthead 「2024年7月15日 星期一」; 今年上半年, 4月25日, 2月20日 and 一季度 are that year"))


# ---------------- af05 (2022 masthead; s2tw + full-width digits; a text table; county and province only) ----------------
d = "af05"
if d in PAGES:
    for ev, why, np_ in [
        ("签约3个 开工10个", "county headline", None),
        ("现场签约项目3个，总投资32.7亿元", "county figure", None),
        ("集中开工的10个重点项目总投资44.08亿元", "county figure", None),
        ("其中产业项目6个、总投资27.3亿元", "county figure", None),
        ("总投资5.2亿元的西华经开区电子产业园建设项目", "a county project named after 西华经开区, in a county story", "西华经开区"),
        ("总投资5亿元的西华食品产业园建设项目", "a county project, county story", "西华食品产业园"),
        ("可实现年产值15亿元", "a company's target in a county story", None),
        ("利税1.5亿元", "a company's target in a county story", None),
        ("集中签约 | 3个 | 32.7亿元", "county table row", None),
        ("集中开工 | 10个 | 44.08亿元", "county table row", None),
        ("其中产业项目 | 6个 | 27.3亿元", "county table row", None),
        ("二季度24个重大产业项目集中开工", "county figure", None),
        ("计划投资170.5亿元", "county figure", None),
        ("新签约亿元以上项目73个", "county figure", None),
        ("10亿元以上项目14个", "county threshold count", None),
        ("新建亿元项目100个", "county target", None),
        ("实现工业投资300亿元", "county target", None),
        ("共列入重大工业项目450项", "province figure", None),
        ("总投资超1万亿元", "province figure", None),
        ("年度计划投资超2600亿元", "province figure", None),
        ("0394-8210 556", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "西华“三个一批”第五期：签约3个 开工10个", "本报讯 7月5日，按照省委", "county", None, 2022)
    ART(d, "沭阳二季度24个重大产业项目开工", "本报讯 4月22日上午，沭阳", "county", None, 2022)
    ART(d, "江苏列出450项重大工业项目", "本报讯 江苏省工信厅编制印发", "province", None, 2022)
    ART(d, "", "县域经济编辑部 投稿热线", "other", None, 2022)
    PG.append((d, 2022, "masthead 「2022年7月11日 星期一」; the 江苏 list names 2022; 7月5日 and 4月22日 are that year"))


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
