# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_v, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's
# form (s2tw / full-width digits) by build.render's rules; every evidence is checked to be on the
# decoded page, inside one line, <= 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "v04":
        return build.fullwidth(s)
    if doc == "v05":
        return build.trad(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "party_coverage_rate": "party"}
UNIT = {"investment": "CNY"}
U = {
 "jinning": "https://kunming.baogaosu.com/xinwen/%E5%9B%AD%E5%8C%BA%E8%A2%AB%E7%A1%AE%E5%AE%9A%E4%B8%BA%E7%9C%81%E7%BA%A7%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BA%A7%E4%B8%9A/53337449",
 "zhanjiang": "https://www.gdszx.gov.cn/dptt/dtxx/content/post_3702.html",
 "loushanguan": "https://zhaoshangtong.net/com/zs-11917",
 "guizhou": "https://cn.dailyeconomic.com/gz/2021/08/24/288.html",
 "liangping": "http://xlxgaofu.com/n2/2021/0514/c365411-34726494.html",
 "changsha": "http://gxt.hunan.gov.cn/xxgk_71033/gzdt/dfgz/202402/t20240219_32875068.html",
 "baolong": "https://news.sohu.com/20070520/n250117018.shtml",
 "xicheng": "http://paper.people.com.cn/rmrb/html/2022-09/21/nw.D110000renmrb_20220921_7-10.htm",
 "hunan22": "https://www.cwdbkk.com/html_2/chongwujiudian/51158/list/2.html",
 "qixian": "http://knowyournote.com/kfxw/2977.html",
 "henan": "https://m.fx361.cc/news/2015/0530/23440393.html",
 "jiangjin": "http://www.jjdggyy.cn/index.php?s=news&c=show&id=170",
 "huangpu": "http://www.guangzhou.gov.cn/202309/22/156118_54583703.htm",
 "qdn": "http://dzb.qdnrbs.cn/szb/pc/202503/18/c288554.html",
}
PARK = {  # park -> aliases as written in simplified (converted per page)
 "晋宁工业园区": ["昆明晋宁工业园区", "晋宁工业园区"],
 "娄山关经开区": ["贵州娄山关经济开发区", "娄山关经开区"],
 "宝龙碧岭片区": ["宝龙碧岭片区"],
 "西城人力资源服务产业园": ["漯河市西城人力资源服务产业园区", "西城人力资源服务产业园"],
 "杞县产业集聚区": ["杞县产业集聚区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("percent" if metric == "party_coverage_rate" else UNIT.get(cat, "count")),
           "qualifier": qual, "from_value": from_value, "value_low": None, "subject": subject,
           "scope": scope, "status": status, "year": year, "year_source": ysrc,
           "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿

# ---------------- v01 (2016 masthead) ----------------
d = "v01"; p = "晋宁工业园区"
G(d, p, "project_count", 423, "入园项目（企业）", "入园项目（企业）达到423个", 2016, "page", "jinning")
G(d, p, "project_count", 423, "入园项目（标题）", "入园项目四百二十三个", 2016, "page", "jinning", dup="入园项目（企业）达到423个")
G(d, p, "project_count", 284, "建成投产项目", "其中建成投产的有二百八十四个", 2016, "page", "jinning")
G(d, p, "enterprise_count", 92, "规模以上工业企业", "九十二家规模以上工业企业", 2016, "page", "jinning")
G(d, p, "output_value", 123 * Y, "规模以上工业企业总产值", "总产值超过123亿元", 2016, "page", "jinning", qual="over")

# ---------------- v02 (no masthead year; 2021 from the 梁平 article) ----------------
d = "v02"; p = "娄山关经开区"
G(d, p, "enterprise_count", 72, "工业企业", "工业企业七十二家", 2020, "explicit", "loushanguan")
G(d, p, "enterprise_count", 23, "规模以上工业企业", "其中规模以上工业企业二十三家", 2020, "explicit", "loushanguan")
G(d, p, "output_value", 42.28 * Y, "规模工业总产值", "当年完成规模工业总产值42.28亿元", 2020, "article", "loushanguan")
G(d, p, "tax_profit", 1.01 * Y, "税收收入（不含政策性抵扣）", "税收收入1.01亿元", 2020, "article", "loushanguan")

# ---------------- v03 (2024 masthead; 宝龙碧岭 archive of 2007) ----------------
d = "v03"; p = "宝龙碧岭片区"
G(d, p, "party_org_count", 4, "联合党委辖属党支部", "宝龙碧岭片区联合党委和辖属四个党支部", 2007, "article", "baolong")
G(d, p, "enterprise_count", 45, "入驻企业", "入驻企业45家", 2007, "article", "baolong")
G(d, p, "enterprise_count", 20, "正式投产企业", "正式投产20家", 2007, "article", "baolong")
G(d, p, "party_org_count", 6, "单独组建党组织的规模以上非公企业", "有六家单独组建了党组织", 2007, "article", "baolong",
  note="six enterprises each with its own party organisation: counted as 6 party organisations")
G(d, p, "party_coverage_rate", 85.2, "单位建党率（规模以上非公企业）", "单位建党率达85.2%", 2007, "article", "baolong",
  note="单位建党率 read as the organisation coverage rate")

# ---------------- v04 (2022 masthead; full-width digits) ----------------
d = "v04"; p = "西城人力资源服务产业园"
G(d, p, "enterprise_count", 4, "上半年培育规上企业", "该园区上半年培育规上企业4家", 2022, "page", "xicheng")
G(d, p, "output_value", 17 * Y, "上半年产值", "产值突破17亿元", 2022, "page", "xicheng", qual="over")
G(d, p, "tax_profit", 2 * Y, "上半年税收收入", "实现税收收入近2亿元", 2022, "page", "xicheng", qual="nearly")

# ---------------- v05 (s2tw; nothing dates the page) ----------------
d = "v05"; p = "杞县产业集聚区"
G(d, p, "party_org_count", 7, "加入党建联盟的村党支部", "7个村党支部成为联盟成员", None, "none", "qixian",
  note="village party branches inside the cluster that joined its party-building alliance")
G(d, p, "enterprise_count", 24, "加入党建联盟的企业", "24家企业", None, "none", "qixian",
  note="source writes 24家 without a noun; read as enterprises of the cluster joining the alliance (borderline)")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park=None):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("年均增长21.6%", "growth rate", "晋宁工业园区"),
    ("2016年12月20日", "masthead date", None),
    ("非公有制经济组织13.12万户", "city figure (湛江市): organisations", "湛江经开区"),
    ("私营企业9417户", "city figure (湛江市)", "湛江经开区"),
    ("外资企业1793户", "city figure (湛江市)", "湛江经开区"),
    ("个体工商户12万个", "city figure, no metric", None),
    ("这些组织中有党员3080人", "city party members (湛江市非公经济组织)", "湛江经开区"),
    ("已建立党组织344个", "city party organisations (湛江市)", "湛江经开区"),
    ("组建率达98.6%", "city coverage rate (湛江市)", "湛江经开区"),
    ("新成立党组织26个", "city new party organisations (湛江市)", "湛江经开区"),
    ("发展新党员150人", "city new members (湛江市)", "湛江经开区"),
    ("0871-67891234", "phone number in an ad", "晋宁工业园区"),
]:
    NEG("v01", ev, why, np_)

for ev, why, np_ in [
    ("首期开发面积10平方公里", "area", "娄山关经开区"),
    ("区内注册市场主体3104个", "market entities, no metric", "娄山关经开区"),
    ("工业增加值12.8亿元", "value added, not 产值", "娄山关经开区"),
    ("占开发区工业总产值的66%", "share", "娄山关经开区"),
    ("新建投产上规入统工业企业112家", "province figure (贵州省) quoted in the park story", "娄山关经开区"),
    ("比上年同期多38家", "province change", None),
    ("其中安顺市38家", "city figure (安顺市)", None),
    ("遵义市17家", "city figure (遵义市), the park's own city", "娄山关经开区"),
    ("黔南州12家", "prefecture figure", None),
    ("梁平二季度签约30个项目 协议引资133亿元", "district headline (梁平区)", None),
    ("当天共签约招商引资项目30个", "district figure (梁平区)", None),
    ("协议引资133亿元", "district figure (梁平区)", None),
    ("集中开工重点项目69个", "district figure (梁平区)", "中铁建集成电路产业园"),
    ("总投资130亿元", "district figure (梁平区); the park was only a sub-venue", "中铁建集成电路产业园"),
    ("等12个项目", "district signing batch", "中铁建全竹绿色循环利用产业园"),
    ("协议引资105亿元", "district signing batch", "中铁建全竹绿色循环利用产业园"),
    ("“1+3”方式", "slogan / venue count", None),
    ("0851-27751234", "phone number in an ad", "娄山关经开区"),
]:
    NEG("v02", ev, why, np_)

for ev, why, np_ in [
    ("长沙县93个重大项目集中开工签约", "county headline (长沙县)", "长沙经开区"),
    ("当天60个重大项目集中开工", "county figure; the park co-hosted", "长沙经开区"),
    ("总投资额289亿元", "county figure", "长沙经开区"),
    ("33个重大项目集中签约", "county figure", "长沙经开区"),
    ("总投资额446亿元", "county figure", "长沙经开区"),
    ("开工项目中有产业项目47个", "county figure", "长沙经开区"),
    ("基础设施类项目8个", "county figure", "长沙经开区"),
    ("社会民生类项目5个", "county figure", "长沙经开区"),
    ("10亿元以上项目6个", "county threshold count", "长沙经开区"),
    ("5亿至10亿元项目9个", "county range bucket", "长沙经开区"),
    ("2亿至5亿元项目14个", "county range bucket", "长沙经开区"),
    ("总投资10亿美元", "a project in 长沙自贸临空区, county story", None),
    ("规划用地430亩", "area", None),
    ("总投资约50亿元", "a company's project located in the park, county story", "长沙经开区"),
    ("新注册湘商企业23家", "county figure", None),
    ("到位资金121.1亿元", "到位资金 is no metric; county figure", None),
    ("规划总面积31.7平方公里", "area", "宝龙碧岭片区"),
    ("务工人员约5万人", "workers", "宝龙碧岭片区"),
    ("聘请4名党建指导员", "instructors hired, not party members", "宝龙碧岭片区"),
    ("2024年2月20日", "masthead date", None),
    ("0731-84011234", "phone number in an ad", None),
]:
    NEG("v03", ev, why, np_)

for ev, why, np_ in [
    ("带动1.5万人灵活就业", "jobs", "西城人力资源服务产业园"),
    ("529个省级重点招商项目", "province figure (湖南省)", None),
    ("总投资1.8万亿元", "province figure", None),
    ("不低于10亿元", "threshold", None),
    ("投资额100亿元以上的项目54个", "province threshold count", None),
    ("入选项目比2021年增加79个", "province change", None),
    ("长沙高新区     180", "table row: a project sited in the park, province list", "长沙高新区"),
    ("天心经开区     120", "table row: a project sited in the park, province list", "天心经开区"),
    ("长沙县         100", "table row: a county project", None),
    ("规划面积约300亩", "area", "天心经开区"),
    ("土建和基础配套设施建设55亿元", "a project's component cost, province story", "天心经开区"),
    ("网络信息安全设施建设65亿元", "a project's component cost, province story", "天心经开区"),
    ("0395-3151234", "phone number in an ad", None),
    ("2022年9月22日", "masthead date", None),
]:
    NEG("v04", ev, why, np_)

for ev, why, np_ in [
    ("19个机关事业单位", "institutions joining the alliance, no metric", "杞县产业集聚区"),
    ("已布局180个产业集聚区", "province count of parks (河南省)", "杞县产业集聚区"),
    ("近7000名企业主", "province figure (企业主 as deputies)", "杞县产业集聚区"),
    ("7个区县", "count of districts", None),
    ("连续12年", "a ranking streak", None),
    ("全区工业总产值突破1325亿元", "district figure (江津区)", "德感工业园"),
    ("其中园区工业总产值达到1162.6亿元", "district's parks together (江津区), not one named park", "德感工业园"),
    ("细分为13个网格", "community grids (黄埔区夏港街道青年社区), not a park", "广州开发区"),
    ("13个党支部建在网格上", "community party branches, not a park", "广州开发区"),
    ("421名居住地党员", "community party members, not a park", "广州开发区"),
    ("同比下降25%以上", "rate of change", None),
    ("0371-63951234", "phone number in an ad", None),
]:
    NEG("v05", ev, why, np_)

for ev, why, np_ in [
    ("签约36个项目", "prefecture figure (黔东南州)", None),
    ("总投资额超182亿元", "prefecture figure", None),
    ("两个经开区实现“百亿级园区”突破", "vague class (百亿级), two parks", "炉碧经开区"),
    ("总产值均突破40亿元", "three companies' output, prefecture story", None),
    ("新增规上企业50户", "prefecture figure", "台江经开区"),
    ("新增“专精特新”企业29户", "prefecture figure", "台江经开区"),
    ("形成19项制度创新成果", "reform results, no metric", None),
    ("2025年3月18日", "masthead date", None),
]:
    NEG("v06", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("v01", "晋宁工业园区升格省级高新区 入园项目四百二十三个", "本报讯 记者日前获悉，云南", "park", "晋宁工业园区", 2016)
ART("v01", "", "图为园区内的中国中车城市", "other", None, 2016)
ART("v01", "湛江成立市非公经济组织党工委", "本报湛江电 2月11日，中共", "city", None, 2016)
ART("v01", "", "广告 · 晋宁园区标准厂房", "ad", None, 2016)
ART("v02", "娄山关经开区：煤电化循环经济撑起工业底盘", "本报讯 8月20日 贵州娄山", "park", "娄山关经开区", 2020)
ART("v02", "梁平二季度签约30个项目 协议引资133亿元", "本报讯 5月14日，梁平区举", "district", None, 2021)
ART("v02", "", "招商热线：0851-27751234", "ad", None, 2021)
ART("v03", "长沙县93个重大项目集中开工签约", "本报讯 2月17日，长沙县、", "county", None, 2024)
ART("v03", "园区档案｜宝龙碧岭片区：党员有了新“家”", "编者按：本版摘录2007年5", "park", "宝龙碧岭片区", 2007)
ART("v03", "", "图为宝龙碧岭片区联合党委", "other", None, 2024)
ART("v03", "", "广告 · 星沙产业服务中心", "ad", None, 2024)
ART("v04", "西城人力资源服务产业园：党建联盟串起“园中生意”", "本报讯 “园区企业之间业务", "park", "西城人力资源服务产业园", 2022)
ART("v04", "湖南发布529个省级重点招商项目", "本报长沙电 5月19日，湖南", "province", None, 2022)
ART("v04", "", "人力资源服务热线", "ad", None, 2022)
ART("v05", "● 杞县产业集聚区成立党建联盟", "9月29日上午，杞县产业集聚", "park", "杞县产业集聚区", None)
ART("v05", "● 江津交流园区非公党建经验", "5月4日，重庆市开发区（园区", "district", None, None)
ART("v05", "● 黄埔“微网格”织密治理网", "广州市黄埔区夏港街道青年社", "district", None, None)
ART("v05", "", "园区快讯投稿电话", "ad", None, None)
ART("v06", "黔东南州：强化工业经济主引擎", "我州2025年一季度重大招商", "city", None, 2025)
ART("v06", "", "图为凯里市重大招商项目集", "other", None, 2025)
ART("v06", "", "广告 · 黔东南工业园区厂房", "ad", None, 2025)

PG = [
 ("v01", 2016, "masthead 「园区经济 · 第3版 · 2016年12月20日 星期二」; the 湛江 item dated 2月11日 of the same year"),
 ("v02", 2021, "masthead 「第6版 8月25日 星期三」 without a year; the 梁平 article names 「2021年二季度」; the 娄山关 archive reports 2020年"),
 ("v03", 2024, "masthead 「2024年2月20日 星期二」 and the 长沙县 「2024年…开工仪式」; the 宝龙碧岭 archive interview is of 2007 (编者按)"),
 ("v04", 2022, "masthead 「2022年9月22日 星期四 第5版」 (full-width digits); 今年以来 and 5月19日 take it"),
 ("v05", None, "nothing dates the page: 「园区快讯 第8版」 without a date, items dated 9月29日 / 5月4日 only, 去年 / 今年 without an anchor"),
 ("v06", 2025, "masthead 「2025年3月18日 星期二」 and the article's 「2025年一季度」"),
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
        for a in g["park_aliases"]:
            if a not in page:
                print("ALIAS", a); bad += 1
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
