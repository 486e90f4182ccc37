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
 "周宁不锈钢深加工产业园": ["周宁县不锈钢深加工产业园", "不锈钢深加工产业园"],
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
    ("入库的亿元以上项目12个", "county figure", "龙游工业园区"),
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
