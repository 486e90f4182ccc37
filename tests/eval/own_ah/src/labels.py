# writes gold/negatives/articles/pages jsonl and checks every evidence (adapted from own_y)
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build
here = pathlib.Path(__file__).resolve().parent; root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}
conv = build.conv
CAT = {"investment_total": "investment", "tax_profit": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
U = {"konggang": "http://wuxi.021cf.cn/index.php/post/814.html",
     "xishan": "http://news.gqsoso.com/data/202301/29605004.html",
     "wujin23": "https://www.wj.gov.cn/html/czwj/2023/AOMMQFAN_0512/448662.html",
     "xth05": "https://www.wj.gov.cn/html/czwj/2019/FAOMPMFI_0522/299792.html",
     "wujin18": "https://www.wjyanghu.com/yhw/hotspot/wjxw/2018-09-28/49303.html",
     "xuyi": "http://tools.beishuaishangmao.cn/news/newsshow.html?id=70627&tp=gnkx",
     "shuangfu": "http://epaper.cqjjnet.com/PC/jjrb/202406/12/content_30496.html",
     "anhui23": "https://ccement.com/news/content/36658363329715001.html",
     "suqian21": "http://www.sihfc.cn/news/10009111.html",
     "xth09": "http://xiuzhiben.com/ns_news/908156948437030"}
PARK = {"无锡空港经开区": ["空港经开区", "新吴区空港经开区"],
        "西太湖科技产业园": ["常州西太湖科技产业园", "西太湖科技产业园", "西太湖"],
        "盱眙经开区": ["盱眙经济开发区", "盱眙经开区"],
        "双福工业园": ["双福工业园"]}
gold = []
def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual", dup=None, note=None):
    cat = CAT[metric]
    al = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    r = {"doc": f"{doc}.txt", "park": park, "park_aliases": al, "sub_areas": [], "category": cat, "metric": metric,
         "value": round(value) if value >= 1000 else value, "unit": "CNY" if cat == "investment" else "count",
         "qualifier": qual, "from_value": None, "value_low": None, "subject": subject, "scope": scope, "status": status,
         "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup: r["duplicate_of"] = conv(doc, dup)
    if note: r["note"] = note
    gold.append(r)
Y = 100000000
d, p = "ah01", "无锡空港经开区"
G(d, p, "project_count", 20, "一季度重大项目集中开竣工", "此次开竣工项目共20个", 2023, "page", "konggang")
G(d, p, "investment_total", 100.18 * Y, "集中开竣工项目总投资", "20个，总投资100.18亿元", 2023, "page", "konggang")
G(d, p, "project_count", 10, "集中开工项目", "其中集中开工项目10个", 2023, "page", "konggang")
G(d, p, "project_count", 10, "集中竣工项目", "集中竣工项目10个", 2023, "page", "konggang")
G(d, p, "tax_profit", 13.7 * Y, "开竣工项目建成达产后税收", "实现税收约13.7亿元", 2023, "page", "konggang", qual="about", status="target")
G(d, p, "project_count", 20, "集中开竣工项目（标题）", "空港经开区20个项目集中开竣工", 2023, "page", "konggang", dup="此次开竣工项目共20个")
G(d, p, "investment_total", 100.18 * Y, "集中开竣工项目总投资（标题）", "开竣工 总投资100.18亿元", 2023, "page", "konggang", dup="20个，总投资100.18亿元")
d, p = "ah02", "西太湖科技产业园"
NT = "page has no year in the masthead; the lead's 2019年武进区第二次… gives the page and the figures 2019"
G(d, p, "project_count", 5, "参加武进区第二次集中开工的项目", "项目共5个，总投资合计", 2019, "article", "xth05", note=NT)
G(d, p, "investment_total", 3.87 * Y, "参加集中开工项目总投资", "总投资合计3.87亿元，其中", 2019, "article", "xth05")
G(d, p, "project_count", 3, "用地项目", "其中用地项目3", 2019, "article", "xth05", note="line cut by the 28-character wrap after 3")
G(d, p, "project_count", 2, "租赁项目", "租赁项目2个", 2019, "article", "xth05")
G(d, p, "project_count", 5, "集中开工项目（标题）", "西太湖5个项目参加全区集中开工", 2019, "article", "xth05", dup="项目共5个，总投资合计")
d, p = "ah03", "盱眙经开区"
G(d, p, "enterprise_count", 600, "开发区企业", "目前已有企业六百多家", 2013, "page", "xuyi", qual="over")
d, p = "ah04", "双福工业园"
G(d, p, "enterprise_count", 30, "汽车零部件配套企业", "聚集了30余家汽车零部件配套企业", 2024, "page", "shuangfu", qual="over")
G(d, p, "party_org_count", 10, "汽摩产业链联合党委所涉党组织", "党组织10个", 2024, "page", "shuangfu")
G(d, p, "party_member_count", 166, "汽摩产业链联合党委党员", "党员人数166名", 2024, "page", "shuangfu")
d, p = "ah05", "西太湖科技产业园"
G(d, p, "project_count", 6, "参加武进区第三次集中开工的重点项目", "等6个重点项目参加", 2019, "article", "xth09")
N = []
def NEG(doc, ev, why, np_=None): N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": np_})
for ev, why, np_ in [("预计年销售总额达246亿元", "销售额 is no metric", "无锡空港经开区"), ("3月31日", "date", None),
    ("首批开工的27个项目总投资274亿元", "district figure (锡山区)", "中欧智能装备产业园"), ("锡山27个产业项目首批开工", "district headline", None),
    ("重大招引项目7个", "district figure (武进区)", None), ("其中超30亿元项目2个", "district threshold count", None),
    ("区重点项目完成投资109.4亿元", "district progress", None), ("新开工项目89个", "district figure", None),
    ("竣工项目44个", "district figure", None), ("0510-8521 3366", "phone number", None), ("2023年5月15日", "masthead date", None),
    ("1至4月入库十亿元以上项目7个", "district headline", None)]:
    NEG("ah01", ev, why, np_)
for ev, why, np_ in [("签约1个100亿元项目和2个30亿元项目", "district figures (武进区)", None),
    ("武进签约百亿元项目一个", "district headline", None), ("2019年武进区第二次重点项目集", "district event in 常州经开区 (venue)", "常州经开区")]:
    NEG("ah02", ev, why, np_)
for ev, why, np_ in [("已有39个项目落户盱眙", "county figure", "盱眙经开区"), ("协议投资总额达115亿元", "county figure", "盱眙经开区"),
    ("盱眙再揽30亿元大单", "county figure", None), ("轴承规模企业40余家", "county enterprises", "盱眙经开区"),
    ("投资20亿元的中弘高端轴承项目", "county project", "盱眙经开区"), ("总投资35亿元的龙源风电项目", "county project", None),
    ("签约项目三十九个", "county headline", None), ("0517-8888 2013", "phone number", None)]:
    NEG("ah03", ev, why, np_)
for ev, why, np_ in [("涉及企业36家", "companies covered by a chain committee, not the park total", "双福工业园"),
    ("其中规上企业17家", "chain committee's companies", "双福工业园"), ("专精特新企业8家", "chain committee's companies", "双福工业园"),
    ("1089个项目集中开工动员", "province figure", None), ("总投资7074.6亿元", "province figure", None),
    ("50亿元以上项目31个", "province threshold count", None), ("制造业项目670个", "province figure", None),
    ("总投资4152.8亿元", "province figure", None), ("023-4752 6688", "phone number", None)]:
    NEG("ah04", ev, why, np_)
for ev, why, np_ in [("本次集中开工项目共71个", "city figure", None), ("计划总投资977.5亿元", "city figure", None),
    ("年度计划投资516.1亿元", "city figure", None), ("制造业项目60个", "city figure", None), ("计划总投资918亿元", "city figure", None),
    ("| 沭阳县 | 13个 | 87.7亿元 |", "county row", None), ("| 泗洪县 | 15个 | 102.5亿元 |", "county row", None),
    ("| 宿迁经济技术开发区 | 4个 | 38.2亿元 |", "used park in a city table (not a gold park)", "宿迁经开区"),
    ("| 苏宿工业园区 | 6个 | 16.5亿元 |", "used park in a city table (not a gold park)", "苏宿工业园区"),
    ("全区32个项目集中开工", "district figure (武进区)", "西太湖科技产业园"), ("宿迁71个重大产业项目集中开工", "city headline", None)]:
    NEG("ah05", ev, why, np_)
A = []
def ART(doc, title, first, kind, park, year):
    A.append({"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"), "title": conv(doc, title),
              "first": conv(doc, first), "kind": kind, "park": park, "year": year})
ART("ah01", "空港经开区20个项目集中开竣工 总投资100.18亿元", "本报讯 3月31日，无锡市新吴", "park", "无锡空港经开区", 2023)
ART("ah01", "", "图为空港经开区开工仪式现场", "other", None, 2023)
ART("ah01", "锡山27个产业项目首批开工", "本报讯 1月28日，无锡市锡", "district", None, 2023)
ART("ah01", "武进1至4月入库十亿元以上项目7个", "本报讯 记者从武进区获悉，1", "district", None, 2023)
ART("ah01", "", "园区招商服务热线 0510", "ad", None, 2023)
ART("ah02", "西太湖5个项目参加全区集中开工", "本报讯 5月21日上午，201", "park", "西太湖科技产业园", 2019)
ART("ah02", "武进签约百亿元项目一个", "本报讯 2018年9月，武进区", "district", None, 2018)
ART("ah03", "", "●盱眙龙虾节签约项目三十九个", "county", None, 2013)
ART("ah03", "", "●盱眙经开区浙资企业成群", "park", "盱眙经开区", 2013)
ART("ah03", "", "●总投资35亿元风电项目并网", "county", None, 2013)
ART("ah03", "", "广告 园区厂房招租 电话", "ad", None, 2013)
ART("ah04", "", "●双福工业园产业链党建联席会召开", "park", "双福工业园", 2024)
ART("ah04", "", "●安徽1089个项目集中开工动员", "province", None, 2023)
ART("ah04", "", "招商热线 023-4752", "ad", None, 2024)
ART("ah05", "宿迁71个重大产业项目集中开工", "本报讯 2月26日上午，宿迁市", "city", None, 2021)
ART("ah05", "西太湖6个项目参加第三次集中开工", "本报讯 2019年9月6日，武进", "park", "西太湖科技产业园", 2019)
PG = [("ah01", 2023, "masthead 「2023年5月15日 星期一」"),
      ("ah02", 2019, "no masthead year (「5月22日 星期三」); the lead 「2019年武进区第二次重点项目集中开工活动」 gives 2019; the 武进 article carries its own 2018年9月"),
      ("ah03", 2013, "masthead 「2013年6月20日 星期四」"),
      ("ah04", 2024, "masthead 「2024年6月14日 星期五」; the 安徽 brief is dated 2023年10月7日"),
      ("ah05", 2021, "masthead 「2021年3月1日 星期一」; the 西太湖 article is dated 2019年9月6日")]
def check():
    bad = 0
    for r in gold + N:
        pg = PAGES[r["doc"][:-4]]; ev = r["evidence"]
        if ev not in pg: print("NOT ON PAGE", r["doc"], ev); bad += 1; continue
        if len(ev) > 40: print("LONG", ev); bad += 1
    for g in gold:
        pg = PAGES[g["doc"][:-4]]
        if pg.count(g["evidence"]) != 1: print("NOT UNIQUE", g["doc"], g["evidence"]); bad += 1
        if not g["park_aliases"]: print("NO ALIAS", g["doc"]); bad += 1
    for a in A:
        for k in ("title", "first"):
            if a[k] and a[k] not in PAGES[a["doc"][:-4]]: print("ART", a["doc"], a[k]); bad += 1
    return bad
if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n" for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
