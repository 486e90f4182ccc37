# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_aa, after src/build.py)
# Adapted from own_y/src/labels.py. Evidence, titles, aliases and `first` are written in simplified Chinese with
# half-width digits and converted to each page's form by build.conv (s2tw for aa05, full-width digits for aa02);
# every evidence is checked to be on the decoded page (so inside one line: the hard wrap of aa04 and the OCR break
# of aa01 are line breaks), at most 40 characters, and, for gold, unique on the page.
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
U = {
 # aa01
 "zm12": "http://mmkcvlj.cn/news/content/2012-09/20/content_908115.htm",
 "px11": "http://wwww.hbpay.cn/Article_List.asp?ID=3546",
 "nc12": "http://m.gxcounty.com/show-75-72942-0.html",
 "bbw12": "http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/jm/qyys/db/201208/t20120816_2921456.htm",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "中马钦州产业园区": ["中马钦州产业园区", "中国—马来西亚钦州产业园区", "中国—马来西亚钦州产业园", "中马园区"],
 "凭祥综合保税区": ["广西凭祥综合保税区", "凭祥综合保税区"],
}
SUB = {}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, sub=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = []
    for a in PARK[park]:
        ca = conv(doc, a)
        if ca in page and ca not in aliases:
            aliases.append(ca)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [conv(doc, s) for s in (sub or [])],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("CNY" if cat == "investment" else "count"), "qualifier": qual,
           "from_value": from_value, "value_low": None, "subject": subject, "scope": scope, "status": status,
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

# ======================= aa01 (2012 masthead; UTF-8, Markdown) =======================
d = "aa01"
p = "中马钦州产业园区"
G(d, p, "project_count", 5, "竣工工程（公共服务中心等）", "等5项工程当天竣工", 2012, "page", "zm12",
  note="9月20日 carries no year; the masthead 2012 gives it")
G(d, p, "investment_total", 4.78 * Y, "竣工工程总投资", "当天竣工，总投资4.78亿元", 2012, "page", "zm12")
G(d, p, "project_count", 5, "同日开工的建设项目", "等5个建设项目同日开工", 2012, "page", "zm12")
G(d, p, "investment_total", 16.4 * Y, "开工建设项目总投资", "同日开工，总投资16.4亿元", 2012, "page", "zm12")
G(d, p, "project_count", 5, "竣工工程（标题，中文数字）", "五项工程竣工", 2012, "page", "zm12", dup="等5项工程当天竣工")
G(d, p, "project_count", 5, "开工项目（标题，中文数字）", "五个项目开工", 2012, "page", "zm12", dup="等5个建设项目同日开工")
p = "凭祥综合保税区"
G(d, p, "project_count", 10, "封关时首批入区项目", "已吸引首批10个项目入区", 2011, "page", "px11",
  note="去年9月30日 in the same sentence: page year 2012 − 1; the second half of a 中马 article whose headline names only 钦州/中马")
for ev, why, np_ in [
    ("3000亩土地整理项目", "land area (a completed work named by its area)", "中马钦州产业园区"),
    ("规划总面积55平方公里", "area", "中马钦州产业园区"),
    ("规划总面积8.5平方公里", "area", "凭祥综合保税区"),
    ("已建成一期1.01平方公里", "area", "凭祥综合保税区"),
    ("总投资约16亿元的中铝", "a project located in 崇左工业区新区, in a city/region story (the sentence before names 中泰产业园)", "崇左工业区"),
    ("投资的项目有12个", "projects of Thai firms across 崇左 city, not the park", "中泰崇左产业园"),
    ("总投资额28亿美元", "Thai firms across 崇左 city", "中泰崇左产业园"),
    ("合同外资额达9960万美元", "committed foreign capital, city", "中泰崇左产业园"),
    ("一期规划建设面积约15平方公里", "area", "中泰崇左产业园"),
    ("扩大至80平方公里", "area", "中泰崇左产业园"),
    ("成矿面积达500平方公里", "area, region", None),
    ("储量超过20万吨", "reserves, no metric", None),
    ("远景储量达100万吨", "reserves, no metric", None),
    ("21辆越野汽车", "vehicles landed, no metric", "钦州保税港区"),
    ("预计投资600多亿元", "a steel base in a region story (防城港), not a park figure", None),
    ("产值从2006年的几十亿元猛增到2011年的1020亿元", "an industry's output across the 北部湾经济区 region (a change), not a park", None),
    ("16家世界500强企业", "firms across the region", None),
    ("17家大型跨国公司投资", "firms across the region", None),
    ("0777-2856 301", "phone number", None),
    ("2012年10月16日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "钦州：中马园区五项工程竣工 五个项目开工", "本报钦州讯 9月20日，中马", "park", "中马钦州产业园区", 2012,
    parks=["中马钦州产业园区", "凭祥综合保税区"])
ART(d, "", "图为中马钦州产业园区公共服务", "other", None, 2012)
ART(d, "南崇经济带尽显活力", "本报崇左讯 9月23日第九届", "city", None, 2012)
ART(d, "北部湾经济区：沿海发展“新一极”", "本报南宁讯 8月8日，中国—", "province", None, 2012)
ART(d, "", "北部湾园区网 招商热线：07", "ad", None, 2012)
PG.append((d, 2012, "masthead 「2012年10月16日 星期二 · 第4版」; the articles' 9月20日 / 9月23日 / 8月8日 are that year; 凭祥's 去年9月30日 is 2011"))


def check():
    bad = 0
    for r in gold + N:
        page = PAGES[r["doc"][:-4]]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", r["doc"], ev); bad += 1; continue
        if len(ev) > 40:
            print("TOO LONG", r["doc"], ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        if g.get("duplicate_of") and g["duplicate_of"] not in page:
            print("DUP NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
    for a in A:
        page = PAGES[a["doc"][:-4]]
        for k in ("title", "first"):
            if a[k] and a[k] not in page:
                print("ARTICLE", k, "not on page", a["doc"], a[k]); bad += 1
    keys = [(g["doc"], g["evidence"]) for g in gold]
    for x in N:
        if (x["doc"], x["evidence"]) in keys:
            print("BOTH GOLD AND NEG", x["doc"], x["evidence"]); bad += 1
    return bad


if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n"
                                          for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
