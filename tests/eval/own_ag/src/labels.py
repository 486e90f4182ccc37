# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ag, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw for ag04, full-width digits for ag05) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "ag04":
        return build.trad(s, build.S2TW)
    if doc == "ag05":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "hebei13": "http://heb.hebei.com.cn/system/2013/07/24/012906759.shtml",
 "dongliao13": "http://stellalashacademy.com/jilin/info/242166.html",
 "tangxian23": "http://326246.com/shehui/qiche/2023/0830/22934.html",
 "tangshan23": "http://www.xiaolijiang.cn/Post/8dbe744e1b92bca",
 "suichuan": "https://gd.huaxia.com/c/2024/07/29/1946696.shtml",
 "zhenning": "http://news.gzw.net/anshun/2021/0127/1518895.shtml",
 "anhui20": "http://www.dongchanet.com/yaowen/redian/20210514/74961.html",
 "lutai25": "http://zjrb.jrzjapp.cn/h5/html5/2025-02/28/content_144345_1899092.htm",
 "jilin25": "http://jlsmejl.cn/jdxw-read-5758.html",
 "sanyuan": "http://tupiankp120.com/a/9505.html",
 "feigong12": "http://nakedoat.com/govweb/jrzg/2012-03/23/content_2098581.htm",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "霸州经开区": ["霸州经济开发区"],
 "大厂潮白河工业区": ["大厂潮白河工业区"],
 "鹿泉经开区": ["鹿泉经济开发区"],
 "丰宁经开区": ["丰宁经济开发区"],
 "东辽经开区": ["东辽经济开发区"],
 "唐县经开区": ["唐县经济开发区"],
 "遂川工业园区": ["遂川工业园区"],
 "芦台经开区": ["芦台经开区", "芦台经济开发区", "唐山市芦台经济开发区"],
 "三原清河食品工业园": ["三原清河食品工业园"],
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

# ---------------- ag01 (2013 masthead; Markdown; 河北 parks roundup + 东辽县) ----------------
d = "ag01"
if d in PAGES:
    NT = "今年上半年 / 今年以来 take the masthead year 2013"
    G(d, "霸州经开区", "project_count", 28, "上半年运作项目", "开发区上半年运作项目28个", 2013, "page", "hebei13", note=NT)
    G(d, "大厂潮白河工业区", "project_count", 10, "跟踪洽商项目", "共跟踪洽商项目十余个", 2013, "page", "hebei13", qual="over")
    G(d, "大厂潮白河工业区", "project_count", 3, "成功签约项目", "成功签约3个", 2013, "page", "hebei13")
    G(d, "大厂潮白河工业区", "investment_total", 7 * Y, "CCTV国际电视总公司总部基地项目（跟进中）", "总投资7亿元的CCTV国际电视总公司", 2013, "page", "hebei13", scope="project",
      note="a project being followed up, not yet signed; its stated 总投资 is a project figure of the park's article")
    G(d, "大厂潮白河工业区", "investment_total", 10 * Y, "国家数字出版产业基地项目（跟进中）", "总投资10亿元的国家数字出版产业基地", 2013, "page", "hebei13", scope="project")
    for ev, v, subj in [("投资1.4亿元的向阳电子", 1.4, "向阳电子"), ("投资3.5亿元的敬业宾馆", 3.5, "敬业宾馆"),
                        ("投资3.8亿元的国源宾馆一期改造扩建", 3.8, "国源宾馆一期改造扩建"), ("投资1.8亿元的国源宾馆二期改造扩建", 1.8, "国源宾馆二期改造扩建")]:
        G(d, "鹿泉经开区", "investment_total", v * Y, subj, ev, 2013, "page", "hebei13", scope="project")
    G(d, "鹿泉经开区", "project_count", 4, "竣工投用项目", "二期改造扩建4个项目相继竣工投用", 2013, "page", "hebei13")
    G(d, "丰宁经开区", "investment_total", 3 * Y, "宁丰电气设备制造项目", "总投资3亿元的宁丰电气设备制造项目", 2013, "page", "hebei13", scope="project")
    G(d, "丰宁经开区", "investment_total", 1.8 * Y, "益康源食品生物工程项目", "总投资1.8亿元的益康源食品生物工程项目", 2013, "page", "hebei13", scope="project")
    G(d, "东辽经开区", "project_count", 5, "新建项目（一季度）", "东辽经济开发区新建项目5个", 2013, "page", "dongliao13",
      note="a county article; this sentence's own subject is the park, so its figures are the park's")
    G(d, "东辽经开区", "investment_total", 1.6 * Y, "华凯重工HK200系列平头塔机项目", "计划总投资1.6亿元", 2013, "page", "dongliao13", scope="project")
    for ev, why, np_ in [
        ("完成财政收入1.24亿元", "财政收入 is no metric", "霸州经开区"),
        ("完成全年任务的61.18%", "share of a target", "霸州经开区"),
        ("同比增长40%", "growth rate", "霸州经开区"),
        ("主攻世界500强", "a ranking, no count", "大厂潮白河工业区"),
        ("完成全口径招商引资额20亿元", "funds attracted by a county, no park investment", "东辽经开区"),
        ("东辽一季度招商引资20亿元", "county headline", "东辽经开区"),
        ("年产110台HK200系列平头塔机", "capacity and a model name", "东辽经开区"),
        ("3000万元以上项目86个", "county figure", "东辽经开区"),
        ("总投资227亿元", "county figure", None),
        ("拟新开工项目57个", "county figure", None),
        ("投资110亿元", "county figure", None),
        ("投资超10亿元的项目7个", "county threshold count", None),
        ("超亿元的项目44个", "county threshold count", None),
        ("等19个基础设施项目", "county figure", None),
        ("0311-8529 0821", "phone number", None),
        ("2013年7月25日", "masthead date", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "高端项目带动 我省开发区产业升级提速", "本报记者 张学胜", "park", "霸州经开区", 2013,
        parks=["霸州经开区", "大厂潮白河工业区", "鹿泉经开区", "丰宁经开区"])
    ART(d, "", "图为香河经济开发区一家中美合资", "other", None, 2013)
    ART(d, "东辽一季度招商引资20亿元", "本报辽源讯 今年第一季度", "county", None, 2013, parks=["东辽经开区"])
    ART(d, "", "园区招商服务热线 0311", "ad", None, 2013)
    PG.append((d, 2013, "masthead 「2013年7月25日 星期四」; 今年上半年 and 今年第一季度 are that year"))


# ---------------- ag02 (no masthead year; GB18030; wrapped at 30) ----------------
d = "ag02"
if d in PAGES:
    p = "唐县经开区"
    G(d, p, "tax_profit", 1.881 * Y, "上半年税收收入", "2023年上半年税收收入1.881亿元", 2023, "explicit", "tangxian23")
    G(d, p, "investment_total", 11.86 * Y, "经建公司招商引进的三个项目总投资", "柔性薄膜三个项目，总投资11.86", 2022, "explicit", "tangxian23",
      note="「2022年以来」 opens the sentence (wrapped as 202/2年以来); the unit 亿元 sits on the next line")
    G(d, p, "project_count", 3, "经建公司招商引进项目", "体化、4GW光伏组件生产和柔性薄膜三个项目", 2022, "explicit", "tangxian23")
    G(d, p, "project_count", 6, "签约落地项目", "约落地项目6个", 2023, "explicit", "tangxian23",
      note="the sentence is wrapped: 2023年以来签/约落地项目6个")
    for ev, why, np_ in [
        ("开发区完成营业收入68亿元", "营业收入 is no metric", p),
        ("同比增长78.", "growth rate (cut by the wrap)", p),
        ("同比增长21.", "growth rate (cut by the wrap)", p),
        ("引入总额度1亿元的唐", "a county industry fund, not park funding", p),
        ("共组织招商对接108次", "visits/meetings, no metric", p),
        ("对接企业100个", "enterprises contacted, not the park's enterprises", p),
        ("唐山248个项目集中开工", "city headline", None),
        ("248个项目集中开工，总投资1502亿元", "city figure", None),
        ("其中战略性新兴产业项目64个", "city figure", None),
        ("现代服务业项目38个", "city figure", None),
        ("业转型升级项目82个", "city figure", None),
        ("基础设施项目25个", "city figure", None),
        ("该项目投产后年产值可达20亿元", "a company's output in a city story (迁安市)", None),
        ("0312-7212 356", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "唐县经济开发区：创新驱动赋能高质量发展", "本报保定讯 唐县经济开发区聚焦", "park", p, 2023)
    ART(d, "唐山248个项目集中开工", "本报唐山讯 11月15日上午", "city", None, 2023)
    ART(d, "", "园区服务热线 0312-7212", "ad", None, 2023)
    PG.append((d, 2023, "no masthead year (「冀中园区 · 第5版 / 11月16日 星期四」); 唐县's 「2023年上半年」 and 唐山's 「2023年第四季度」 give 2023"))

# ---------------- ag03 (2024 masthead; UTF-16; Markdown) ----------------
d = "ag03"
if d in PAGES:
    p = "遂川工业园区"
    NT = "目前 takes the masthead year 2024 (the source is dated 2024-07-29)"
    G(d, p, "enterprise_count", 297, "落户企业", "园区目前落户企业297家", 2024, "page", "suichuan", note=NT)
    G(d, p, "enterprise_count", 118, "规上企业", "其中规上企业118家", 2024, "page", "suichuan")
    G(d, p, "enterprise_count", 33, "高新技术企业", "高新技术企业33家", 2024, "page", "suichuan")
    G(d, p, "enterprise_count", 24, "专精特新企业", "专精特新企业二十四家", 2024, "page", "suichuan")
    G(d, p, "enterprise_count", 1, "江西省制造业单项冠军企业", "江西省制造业单项冠军企业1家", 2024, "page", "suichuan")
    G(d, p, "enterprise_count", 2, "国家专精特新“小巨人”企业", "“小巨人”企业2家", 2024, "page", "suichuan")
    for ev, why, np_ in [
        ("实现主营业务收入309.52亿元", "营业收入 is no metric", p),
        ("规划总面积约3.2万亩", "area", p),
        ("已建成1.23万亩", "area", p),
        ("镇宁五年引进招商项目394个", "county headline", "镇宁产业园区"),
        ("全省57个省级经济开发区", "a province's count of parks (镇宁产业园区 named)", "镇宁产业园区"),
        ("全省29个特色工业园区", "a province's count of parks", "镇宁产业园区"),
        ("新增发明专利授权297件", "county figure", "镇宁产业园区"),
        ("累计引进招商项目394个", "county figure", "镇宁产业园区"),
        ("到位资金482.22亿元", "funds in place, county", None),
        ("全省已建有高新区20家", "province count of parks", None),
        ("国家高新区6家", "province count of parks", None),
        ("省级高新区14家", "province count of parks", None),
        ("2020年工业总产值12893.5亿元", "province headline", None),
        ("全省高新区实现工业总产值12893.5亿元", "province aggregate of all parks", None),
        ("区内注册企业97868家", "province aggregate", None),
        ("其中高新技术企业2959家", "province aggregate", None),
        ("2024年7月30日", "masthead date", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "园区名片｜遂川工业园区：硅基产业领航“1+3”", "遂川工业园区1995年起步", "park", p, 2024)
    ART(d, "回眸“十三五”｜镇宁五年引进招商项目394个", "本报安顺2021年1月27日讯", "county", None, 2020)
    ART(d, "", "图为镇宁一家石材企业的生产车间", "other", None, 2024)
    ART(d, "安徽20家高新区2020年工业总产值12893.5亿元", "本报合肥2021年5月13日讯", "province", None, 2020)
    PG.append((d, 2024, "masthead 「2024年7月30日 星期二」; the 遂川 profile's 目前 is that year; the 镇宁 review covers 十三五 (to 2020), the 安徽 brief reports 2020"))

# ---------------- ag04 (2025 masthead; traditional s2tw; UTF-8 BOM + CRLF; briefs) ----------------
d = "ag04"
if d in PAGES:
    p = "芦台经开区"
    G(d, p, "enterprise_count", 35, "装配式建筑制造企业", "目前开发区共有装配式建筑制造企业三十五家", 2025, "page", "lutai25",
      note="目前 takes the masthead year 2025 (source 2025-02-28)")
    G(d, p, "output_value", 20 * Y, "装配式建筑制造企业年产值", "年产值达20亿元", 2025, "page", "lutai25")
    for ev, why, np_ in [
        ("2月27日，工人们", "a date in a caption", None),
        ("吉化转型升级120万吨乙烯等23个重点项目", "city projects (吉林市)", None),
        ("碳纤维原丝等9个项目", "city projects", None),
        ("总投资5亿元的低空飞行器制造", "a project located in 吉林经开区 inside a city story", "吉林经开区"),
        ("年产3.5万吨生物质新型人造丝", "capacity, a company in a city story", None),
        ("智能化程度达到70%", "rate", None),
        ("0431-8862 3015", "phone number", None),
        ("2025年3月24日", "masthead date", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "芦台经开区装配式建筑产业成势", "本报唐山讯 近年来，唐山市芦", "park", p, 2025)
    ART(d, "吉林市重大项目带动产业提质升级", "本报吉林讯 今年以来，吉林市", "city", None, 2025)
    ART(d, "订阅热线", "《北方园区快讯》全年订阅", "ad", None, 2025)
    PG.append((d, 2025, "masthead 「2025年3月24日 星期一」; 目前 / 今年以来 are that year"))

# ---------------- ag05 (2012 masthead; full-width digits; a table; an archive article about 2008) ----------------
d = "ag05"
if d in PAGES:
    p = "三原清河食品工业园"; S = "sanyuan"
    NT = "建园3年多来 / 3年来 are anchored by 「到2008年末」 in the same article (article); the page is 2012"
    G(d, p, "funding", 4.5 * Y, "累计投入基础设施建设资金", "累计投入基础设施建设资金4.5亿元", 2008, "article", S, note=NT)
    G(d, p, "project_count", 35, "新入驻食品加工项目（3年来）", "新入驻食品加工项目35个", 2008, "article", S)
    G(d, p, "investment_total", 150 * Y, "新入驻食品加工项目投资规模", "投资规模150亿元", 2008, "article", S)
    G(d, p, "project_count", 20, "投资5000万元以上项目", "其中投资5000万元以上项目20个", 2008, "article", S)
    G(d, p, "enterprise_count", 61, "投产企业", "园内投产企业61户", 2008, "explicit", S)
    G(d, p, "output_value", 33 * Y, "工业总产值", "实现工业总产值33亿元", 2008, "explicit", S)
    G(d, p, "enterprise_count", 55, "规模企业", "其中规模企业55户", 2008, "explicit", S)
    G(d, p, "output_value", 30 * Y, "规模企业工业总产值", "实现工业总产值30亿元。", 2008, "explicit", S)
    G(d, p, "enterprise_count", 61, "投产企业（标题）", "三年聚起61户投产企业", 2008, "article", S, dup="园内投产企业61户")
    G(d, p, "enterprise_count", 61, "投产企业（表格）", "投产企业 | 61户 | 33亿元", 2008, "article", S, dup="园内投产企业61户")
    G(d, p, "output_value", 33 * Y, "工业总产值（表格）", "投产企业 | 61户 | 33亿元", 2008, "article", S, dup="实现工业总产值33亿元")
    G(d, p, "enterprise_count", 55, "规模企业（表格）", "规模企业 | 55户 | 30亿元", 2008, "article", S, dup="其中规模企业55户")
    G(d, p, "output_value", 30 * Y, "规模企业工业总产值（表格）", "规模企业 | 55户 | 30亿元", 2008, "article", S, dup="实现工业总产值30亿元。")
    for ev, why, np_ in [
        ("总体规划面积5平方公里", "area", p),
        ("建成37.57公里路网", "length, no metric", p),
        ("全国非公企业党组织近30万个", "national headline", None),
        ("共有党员350多万名", "national party members", None),
        ("党组织近30万个；", "national party organisations", None),
        ("非公企业99.6%建立了党组织", "national share", None),
        ("规模以上非公企业96%建立了党组织", "national share", None),
        ("我国非公企业已达900多万家", "national enterprise count", None),
        ("占全国企业总数的70%", "share", None),
        ("有非公企业184家", "ranking list count, national", None),
        ("2012年3月26日", "masthead date", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "园区旧闻｜三原清河食品工业园三年聚起61户投产企业", "本报三原讯 三原清河食品工业", "park", p, 2008)
    ART(d, "全国非公企业党组织近30万个", "新华社北京3月23日电 记者", "national", None, 2010)
    ART(d, "", "图为工业园一家食品企业的灌装车间", "other", None, 2012)
    PG.append((d, 2012, "masthead 「2012年3月26日 星期一」; the 新华社 brief of 3月23日 is that spring; the 三原 archive article reports 2008 (到2008年末)"))
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
