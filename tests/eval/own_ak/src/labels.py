# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ak, after src/build.py)
# every evidence is checked to be on the decoded page, inside one line, at most 40 characters,
# and (for gold) unique on the page; every alias, title and `first` is checked to be on its page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}

CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "fuhai": "http://hq.xinhuanet.com./20231029/5ab212b2109f451c88c339baa9eb6170/c.html",
 "pingtan": "http://www.8037eee.com/news/fujian/szjj/2023-01-16/2676413.html",
 "guan": "http://wvvw.xhyb.net.cn/wvvw/gd/2021/1208/163973.html",
 "jiangdu": "http://finance.china.com.cn/roll/20150112/2899052.shtml",
 "gangu": "https://www.yybnet.net/tianshui/gangu/201508/3914305.html",
}
PARK = {
 "琼海富海产业园": ["琼海富海产业园", "富海产业园"],
 "江都汽车及零部件科技产业园": ["扬州江都汽车及零部件科技产业园", "江都汽车及零部件科技产业园", "江都汽车零部件科技产业园"],
}
gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [a for a in PARK[park] if a in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": ev, "source_url": U[url]}
    if dup:
        row["duplicate_of"] = dup
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000
W = 10000

# ---------------- ak01 (2023 masthead) ----------------
d = "ak01"; p = "琼海富海产业园"
G(d, p, "investment_total", 5.2 * Y, "海南省微创介入医械及新材料、手术机器人科技园项目", "该项目总投资5.2亿元", 2023, "page", "fuhai", scope="project")
G(d, p, "investment_total", 5.2 * Y, "首个开工项目总投资（标题）", "首个项目动工 总投资5.2亿元", 2023, "page", "fuhai", scope="project", dup="该项目总投资5.2亿元")
G(d, p, "enterprise_count", 2, "已引进科技创新型企业项目", "园区已引进2家科技创新型企业项目", 2023, "page", "fuhai")
G(d, p, "enterprise_count", 6, "即将落地企业项目", "另有6家企业项目即将落地", 2023, "page", "fuhai", status="target")

# ---------------- ak02 (no masthead year; 2015 from the 江都 lead; GB18030, wrap 30) ----------------
d = "ak02"; p = "江都汽车及零部件科技产业园"
G(d, p, "investment_total", 100 * Y, "引进骨干企业投资总额", "投资总额超百亿元", 2015, "article", "jiangdu", qual="over",
  note="cumulative total of the companies brought in; the article's lead is dated 2015年1月")

N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": ev, "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("2023年10月30日", "masthead date", None),
    ("平潭：10个重大项目总投资106.48亿元", "headline of a 综合实验区 (district) story", None),
    ("总投资18.5亿元", "a project of 平潭综合实验区 (develops 平潭新兴园区) in a district story", "平潭新兴园区"),
    ("总投资6.8亿元", "a district project", None),
    ("新开工重大项目共10个", "district figure", None),
    ("共10个，总投资106.48亿元", "district figure", None),
    ("2023年计划投资27.49亿元", "district annual plan", None),
    ("固安十个重点项目同日开工", "county headline (Chinese numeral)", None),
    ("10个重点项目同时动工", "county figure", None),
    ("总投资34.02亿元", "county figure", None),
    ("同比增长19%", "growth rate, county", None),
    ("收入完成56.2亿元", "county budget revenue, no metric", None),
    ("0898-6281 3023", "phone number", None),
]:
    NEG("ak01", ev, why, np_)

for ev, why, np_ in [
    ("园区实现总收入212.1亿元", "收入 is no metric", "江都汽车及零部件科技产业园"),
    ("占总收入的62.8%", "share", "江都汽车及零部件科技产业园"),
    ("件产业达到300亿元规模", "industry scale target, no metric (line cut by the wrap)", "江都汽车及零部件科技产业园"),
    ("20平方公里，建成区约6.8平方公里", "areas", "江都汽车及零部件科技产业园"),
    ("甘谷新签约项目十一项", "county headline", None),
    ("院等7个项目已建成投用", "county projects", None),
    ("6个项目正在建设", "county projects (line cut by the wrap)", None),
    ("累计签约招商引资项目26项", "county figure", None),
    ("其中今年新签约项目11项，规模总投资62亿元", "county figure", None),
    ("目前已落地23项，到位资金17.38亿元", "county figure", None),
    ("20兆瓦太阳能光伏发电", "capacity", None),
    ("0938-5821 76", "phone number (cut by the wrap)", None),
]:
    NEG("ak02", ev, why, np_)

A = []


def ART(doc, title, first, kind, park, year):
    A.append({"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
              "title": title, "first": first, "kind": kind, "park": park, "year": year})


ART("ak01", "琼海富海产业园首个项目动工 总投资5.2亿元", "本报琼海10月28日讯（记", "park", "琼海富海产业园", 2023)
ART("ak01", "", "图为富海产业园项目开工现场", "other", None, 2023)
ART("ak01", "平潭：10个重大项目总投资106.48亿元", "本报平潭1月15日讯 14日", "district", None, 2023)
ART("ak01", "固安十个重点项目同日开工", "本报讯 固安县日前举行重点", "county", None, 2023)
ART("ak01", "", "广告　园区招商顾问　咨询电", "ad", None, 2023)
ART("ak02", "江都汽车零部件科技产业园入选省级名单", "本报讯（通讯员 黄小娟）2015", "park", "江都汽车及零部件科技产业园", 2015)
ART("ak02", "甘谷新签约项目十一项", "本报讯 甘谷县借力招商引资", "county", None, 2015)
ART("ak02", "", "本版广告　汽配城商铺招租", "ad", None, 2015)

PG = [
 ("ak01", 2023, "masthead 「2023年10月30日 星期一 · 第5版」; the 平潭 story names 2023年计划投资"),
 ("ak02", 2015, "no masthead year (「园区纵横　第3版 / 8月12日　星期三」); the 江都 lead is dated 「2015年1月」 and 甘谷's 「从2014年以来…今年」 is 2015"),
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
