# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ab, after src/build.py)
# Evidence, titles, `first` and aliases are written in simplified Chinese with half-width digits and converted
# to each page's form by build.conv (s2tw for ab04, s2hk for ab05, full-width digits for ab06). Every evidence is
# checked to be on the decoded page, inside one line (so never across the ab02 hard wrap or an OCR break),
# at most 40 characters, and (for gold) unique on the page; titles, `first` and aliases must be on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.names()}


def conv(doc, s):
    return build.conv(doc, s)


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
U = {
 "jiangshan24": "https://investchn.com/index.php/home/news/detail/id/487847.html",
 "jiangshan25": "https://npo75219e.npoall.com/news/itemid-97029.html",
 "zhuji24": "https://freewechat.com/a/MzUzNTYxNjY3MQ==/2247577876/4",
 "yinzhou24": "https://www.nbyz.gov.cn/art/2024/7/2/art_1229108276_59224395.html",
}
PARK = {  # canonical park -> aliases as written (simplified; converted per page and kept where found on the page)
 "江山经开区": ["江山经开区", "江山经济开发区"],
 "诸暨经开区": ["诸暨开发区", "诸暨经济开发区"],
}
SUB = {}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = []
    for a in PARK[park]:
        c = conv(doc, a)
        if c in page and c not in aliases:
            aliases.append(c)
    if unit is None:
        unit = "CNY" if cat == "investment" else "count"
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [conv(doc, s) for s in SUB.get((doc, park), [])],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit, "qualifier": qual, "from_value": from_value,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿
W = 10000      # 万

# ---------------- ab01 (masthead 2024年7月8日; 浙江) ----------------
d = "ab01"
if d in PAGES:
    p = "江山经开区"
    G(d, p, "output_value", 58.65 * Y, "一季度规上工业总产值（标题）", "江山经开区一季度规上工业产值58.65亿元", 2024, "page", "jiangshan24",
      dup="完成规上工业总产值58.65亿元")
    G(d, p, "output_value", 58.65 * Y, "一季度规上工业总产值", "完成规上工业总产值58.65亿元", 2024, "page", "jiangshan24",
      note="今年以来 / 一季度 carry no year; the masthead 2024 gives it")
    G(d, p, "investment_annual", 15.20 * Y, "一季度完成固定资产投资", "完成固定资产投资15.20亿元", 2024, "page", "jiangshan24")
    G(d, p, "investment_annual", 10.71 * Y, "一季度制造业投资（固定资产投资之中）", "其中制造业投资10.71亿元", 2024, "page", "jiangshan24")
    G(d, p, "enterprise_count", 25, "签约入驻莲华山智能家居小微园的转型升级企业", "的25家转型升级企业签约入驻", 2024, "page", "jiangshan24")
    G(d, p, "investment_total", 25 * Y, "超思维电子项目", "总投资近25亿元的超思维电子项目", 2024, "page", "jiangshan25",
      qual="nearly", scope="project", note="3月28日 carries no year; the masthead 2024 gives it (the source dates it 2024年3月28日)")
    p = "诸暨经开区"
    G(d, p, "project_count", 27, "首批招商项目集中签约中来自开发区的重大项目", "其中27个来自诸暨经济开发区", 2024, "explicit", "zhuji24",
      note="2024年第一个工作日 is in the same sentence; the 28 signed in total are 诸暨市's (negative)")
    G(d, p, "project_count", 27, "首批签约项目（标题）", "诸暨开发区新年首批签约项目占27个", 2024, "article", "zhuji24",
      dup="其中27个来自诸暨经济开发区")
    G(d, p, "investment_total", 20 * Y, "智能驾驶项目", "一个总投资20亿元的智能驾驶项目", 2024, "article", "zhuji24", scope="project")
    G(d, p, "investment_total", 50 * Y, "唯酷光电有限公司新一代柔性液晶显示膜基地", "唯酷光电有限公司计划总投资50亿元", 2024, "article", "zhuji24", scope="project")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


if "ab01" in PAGES:
    for ev, why, np_ in [
        ("2024年7月8日 星期一", "masthead date", None),
        ("同比增长7.67%", "growth rate", "江山经开区"),
        ("同比增长94.62%", "growth rate", "江山经开区"),
        ("同比增长80.86%", "growth rate", "江山经开区"),
        ("年产5000吨ABS蓄电池塑壳", "capacity of one company's line", "江山经开区"),
        ("年产800万米精密滚子链", "capacity of one company's line", "江山经开区"),
        ("约3.6万平方米厂房", "floor area", "江山经开区"),
        ("现场签约重大项目28个", "诸暨市 (city) ceremony total; the park's share is 27", "诸暨经开区"),
        ("九成以上属于智能视觉", "share", "诸暨经开区"),
        ("签约后15天摘牌", "days, no metric", None),
        ("全区共有中国共产党党员71771名", "鄞州区 (district) party members", None),
        ("比上年净增860名", "district, change in members", None),
        ("党的基层组织3656个", "district party organisations", None),
        ("比上年净增122个", "district, change in organisations", None),
        ("去年全区发展党员581名", "district, new members", None),
        ("生产、工作一线的345名", "district, new members by kind", None),
        ("大专及以上学历的525名", "district, new members by education", None),
        ("全区共设基层党委188个", "district party committees", None),
        ("总支部218个", "district general branches", None),
        ("支部3249个", "district branches", None),
        ("202名村党组织书记", "village party secretaries (district)", None),
        ("0571-8702 6616", "phone number", None),
    ]:
        NEG("ab01", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


if "ab01" in PAGES:
    ART("ab01", "江山经开区一季度规上工业产值58.65亿元", "本报讯 “丰泽木业”腾出了", "park", "江山经开区", 2024)
    ART("ab01", "", "图为莲华山智能家居小微园一角", "other", None, 2024)
    ART("ab01", "诸暨开发区新年首批签约项目占27个", "本报讯 2024年第一个工作", "park", "诸暨经开区", 2024)
    ART("ab01", "鄞州党员总数达71771名", "本报讯 7月1日，记者从鄞州", "district", None, 2023)
    ART("ab01", "", "广告 《园区经济》2024年", "ad", None, 2024)

PG = {
 "ab01": (2024, "masthead 「2024年7月8日 星期一 · 第4版」; 诸暨's 「2024年第一个工作日」 and 鄞州's 「截至2023年底」 agree"),
}


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
        if g.get("duplicate_of") and page.count(g["duplicate_of"]) != 1:
            print("DUP TARGET", g["doc"], g["duplicate_of"]); bad += 1
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
        for s in g["sub_areas"]:
            if s not in page:
                print("SUB AREA", s); bad += 1
    gk = {(g["doc"], g["evidence"]) for g in gold}
    for x in N:
        if (x["doc"], x["evidence"]) in gk:
            print("GOLD AND NEG", x["evidence"]); bad += 1
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
                                          for d, (y, c) in PG.items() if d in PAGES), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
