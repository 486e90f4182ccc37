# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_aq, after src/build.py)
# adapted from tests/eval/own_aj/src/labels.py.
# Evidence, titles and `first` are written in simplified Chinese with half-width digits and converted to each
# page's form by build.conv (s2tw / s2hk with 「」, full-width digits); every evidence is checked to be on the
# decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}
conv = build.conv

CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "party_coverage_rate": "party", "union_count": "party", "union_member_count": "party",
       "grid_count": "party", "grid_worker_count": "party"}
UNIT = {"investment": "CNY"}
PCT = {"party_coverage_rate"}
U = {
 "yingshan22": "http://xunchuan.cc/cjzj/2022-01-13/6197.html",
 "yingshan_pdh22": "http://ncys.org.cn/a/sh/2022/0317/1066.html",
 "yilong21": "http://www.51kouyi.org/gonglve/137542774877585408",
 "dazi21": "http://tyjgjz.com/cn/news/zx/202110/t20211010_7075055.html",
 "qingshen21": "https://ms.newssc.org/system/20210120/003072339.html",
 "anzhou21": "http://marcfitch.com/html/2021/news/7/289375.html",
 "shehong20": "https://www.zztongyun.com/article-遂宁和射洪经济对比哪个好些呢-1.html",
 "tiandong25": "http://dangjian.people.com.cn/BIG5/n1/2025/1201/c117092-40615098.html",
 "anzhou25": "http://www.myrb.net/html/2025/news/7/423675.html",
 "shapingba25": "http://enerteksolarenergy.com/cj/jjgc/2025-02-06/1559284.html",
 "fukang25": "https://www.zyshgzb.gov.cn/n1/2025/0911/c460989-40561752.html",
 "dazhu24": "http://wwwfh2222.com/dazhou/2024-05-27/detail-inawscep3850808.shtml",
 "dazhu21": "http://www.dzrbs.com/html/2021-06/24/content_1013258.html",
 "dongyu24": "https://yaliqi.com/new/647324112540145664",
 "changji24": "http://m.brandaundean.com/shehui/2024-12-09/detail-ihekueyw6154706.shtml",
 "shuzhi26": "https://epaper.cqrb.cn/cqrb/2026-03/10/004/content_rb_357511.htm",
 "huaxi25": "http://app.myzaker.com/news/article.php?f=qqconnect&pk=694375661bc8e0e56e000005",
 "xichong26": "https://m.163.com/dy/article/KL4M2TB5055616X8.html",
 "wangcang17": "http://scgcservices.com/shows/29/141.html",
 "dayi17": "http://dangjian.people.com.cn/n1/2017/0824/c117092-29492843.html",
 "chengdu17": "http://zgkjsz.com/page/2017/0912/11482942.shtml",
 "qipanguan": "https://gyct.com.cn/info/1332/104216.htm",
 "chishui23": "http://paper.ce.cn/pc/content/202302/16/content_268901.html",
 "degan": "http://www.jjdggyy.cn/index.php?s=news&c=show&id=170",
 "guizhou13": "https://workercn.cn/28/201311/13/131113081846832.shtml",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "营山经开区": ["营山经济开发区", "营山经开区"],
 "仪陇经开区": ["仪陇经济开发区"],
 "达孜工业园区": ["达孜工业园区", "达孜工业园"],
 "射洪经开区": ["四川射洪经济开发区", "射洪经济开发区", "射洪经开区"],
 "田东工业园区": ["广西田东工业园区", "田东工业园区"],
 "安州高新区": ["安州高新区"],
 "大竹经开区": ["大竹县经济开发区", "大竹经开区"],
 "东榆工业园区": ["南江县东榆工业园区", "东榆工业园区"],
 "木垒新能源高端装备制造产业园": ["木垒哈萨克自治县新能源高端装备制造产业园", "木垒县新能源高端装备制造产业园"],
 "重庆数智产业园": ["重庆数智产业园", "数智产业园"],
 "旺苍经开区": ["四川旺苍经济开发区", "旺苍经开区"],
 "七盘关工业园区": ["七盘关工业园区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None, sub=None):
    cat = CAT[metric]
    aliases = []
    for a in PARK[park]:
        ca = conv(doc, a)
        if ca in PAGES[doc] and ca not in aliases:
            aliases.append(ca)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [conv(doc, s) for s in (sub or [])],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("percent" if metric in PCT else UNIT.get(cat, "count")), "qualifier": qual,
           "from_value": from_value, "value_low": value_low, "subject": subject, "scope": scope, "status": status,
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

# ---------------- aq01 (GB18030; simplified; Markdown; masthead 2022年3月号; 营山经开区; 营山县 trap) ----------------
d = "aq01"; p = "营山经开区"; FOOD = ["营山食品工业园"]
G(d, p, "enterprise_count", 172, "入园企业", "入园企业一百七十二户", 2022, "page", "yingshan22")
G(d, p, "investment_total", 2 * Y, "四川竹宇食品有限公司火锅川粉项目", "总投资2亿元，眼下正在试生产", 2022, "page", "yingshan22",
  scope="project", note="「2018年落户」 dates the company's entry, not the investment; a project total takes the page year")
G(d, p, "output_value", 4 * Y, "竹宇食品全面投产后年产值", "年产值预计可达4亿元", 2022, "page", "yingshan22", scope="project", status="target")
G(d, p, "enterprise_count", 34, "食品工业园现有企业", "食品工业园现有企业34家", 2022, "page", "yingshan22", sub=FOOD,
  note="营山食品工业园 (also 「营山经开区食品产业园」) is a園中園 of 营山经开区: its figures roll up (sub_areas)")
G(d, p, "enterprise_count", 15, "食品工业园规上企业", "其中规上企业15家", 2022, "page", "yingshan22", sub=FOOD)
G(d, p, "output_value", 69.4 * Y, "食品工业园年产值", "年产值69.4亿元", 2022, "page", "yingshan22", sub=FOOD)
G(d, p, "enterprise_count", 50, "食品工业园计划培育企业", "培育企业五十家以上", 2022, "page", "yingshan22", qual="over",
  status="target", sub=FOOD, note="「再用3至5年时间」 names no year: the target takes the page year")
for ev, why, np_ in [
    ("建成面积已达8.5平方公里", "area", "营山经开区"),
    ("“4+1”产业格局", "slogan / count of industries, no metric", "营山经开区"),
    ("占地60亩", "area", "营山经开区"),
    ("能解决120余人就业", "jobs", "营山经开区"),
    ("带动就业3000人", "jobs", "营山经开区"),
    ("再用3至5年时间", "duration, no figure", "营山经开区"),
    ("2018年落户", "date of the company's entry", None),
    ("突破300亿元大关", "county GDP target, no metric and no park", None),
    ("项目总投资115.91亿元", "a county highway BOT project, not in any park", "营山经开区"),
    ("线路全长约103.37公里", "length", None),
    ("设计时速100公里", "speed", None),
    ("第十四次党代会", "ordinal", None),
    ("“三力营山”", "slogan", None),
    ("单层面积800至5000平方米", "ad: range of floor area, no metric", "营山经开区"),
    ("0817-8236 615", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "营山经开区：园中园里长出产业集群", "本报营山1月12日讯（记者", "park", p, 2022)
ART(d, "营山：五年建成川渝合作示范县", "本报讯 3月17日 营山县第", "county", None, 2022)
ART(d, "● 营阆高速BOT项目花落中国铁建", "本报讯 由中国铁建昆仑投资", "company", None, 2022,
    note="a highway BOT bid won by a company consortium; no park")
ART(d, "", "图为营山经开区汽摩配产业园", "other", None, 2022)
ART(d, "", "广告｜川东北标准厂房招租", "ad", None, 2022)
PG.append((d, 2022, "masthead 「2022年3月号」 (a monthly page without a day); the datelines 1月12日 / 3月17日 have no year and belong to it"))

# ---------------- aq02 (UTF-8; s2tw; hard wrap 30; year-end page 2021; 仪陇, 达孜, 射洪 parks; 青神 visits; 安州区 trap) ------
d = "aq02"
p = "仪陇经开区"
G(d, p, "enterprise_count", 129, "入园企业", "入园企业129家", 2021, "page", "yilong21")
G(d, p, "enterprise_count", 40, "规上企业", "其中规上企业40家", 2021, "page", "yilong21")
G(d, p, "enterprise_count", 6, "国家级高新技术企业", "国家级高新技术企业6家", 2021, "page", "yilong21")
G(d, p, "output_value", 136 * Y, "园区产值", "园区实现产值136亿元", 2020, "explicit", "yilong21")
G(d, p, "investment_total", 1 * Y, "仪陇县中味食品有限公司（6条生产线）", "总投资近亿元", 2021, "page", "yilong21",
  scope="project", qual="nearly", note="a company inside the park: project scope; 「近亿元」 → nearly 1亿")
p = "达孜工业园区"
G(d, p, "enterprise_count", 1500, "累计入驻企业", "已累计入驻企业一千五百余家", 2021, "page", "dazi21", qual="over",
  note="cumulative since 2002 (「累计」), kept as the park's enterprise count with that subject")
G(d, p, "enterprise_count", 1500, "累计入驻企业（标题）", "达孜工业园累计入驻企业1500余家", 2021, "page", "dazi21", qual="over",
  dup="已累计入驻企业一千五百余家")
G(d, p, "tax_profit", 100 * Y, "累计创税", "累计创税超过100亿元", 2021, "page", "dazi21", qual="over",
  note="cumulative tax since 2002 (「累计创税」), kept as tax_profit")
p = "射洪经开区"
G(d, p, "enterprise_count", 136, "入驻发展企业", "入驻发展企业136家", 2019, "explicit", "shehong20")
G(d, p, "output_value", 260.58 * Y, "工业总产值", "总产值260.58亿元", 2019, "explicit", "shehong20")
for ev, why, np_ in [
    ("建成区面积9平方公里", "area", "仪陇经开区"),
    ("超过一万人", "workers", "仪陇经开区"),
    ("等6条生产线", "count of production lines", "仪陇经开区"),
    ("10余个乡", "count of townships", None),
    ("榨菜基地2万余亩", "area", "仪陇经开区"),
    ("经过14年发展", "duration", "仪陇经开区"),
    ("2019年，经省政府同意", "date of the upgrade", None),
    ("西藏第一个工业园区", "ordinal", "达孜工业园区"),
    ("成立19年的达孜", "age", "达孜工业园区"),
    ("吸纳就业5500多人次", "person-times", "达孜工业园区"),
    ("园区自2002年9月成立以来", "date", "达孜工业园区"),
    ("党组织书记抓党建工作述职大会", "the meeting: no metric (2020年度 dates the report)", None),
    ("园区内20余位", "party secretaries attending, not a count of organisations", "青神经开区"),
    ("走访了园区20余个非公企业党组织", "party organisations visited before the meeting (visits are no metric) — borderline", "青神经开区"),
    ("五位「两新」", "speakers", "青神经开区"),
    ("建党100周年", "anniversary", None),
    ("46个项目集中签约", "district signing, not a park's", None),
    ("总投资106.4亿元", "district signing total", None),
    ("同比增长36.7%", "growth rate", None),
    ("增速居全市第三", "ranking", None),
    ("新增规上工业企业10家", "county figure (射洪 as a whole)", "射洪经开区"),
    ("三大传统产业实现产值154.9亿元", "county industry output", "射洪经开区"),
    ("子信息、机械及装备制造三大新兴产业实现产值87.5亿元", "county industry output", "射洪经开区"),
    ("产业园区集中度达79%", "share", "射洪经开区"),
    ("园区产值占全县规上工业总产值的87%", "share", "射洪经开区"),
    ("面积达7.8平方公里", "area", "射洪经开区"),
]:
    NEG(d, ev, why, np_)
ART(d, "仪陇经开区：九平方公里上的五大产业集群", "走进仪陇经济开发区，蓝白", "park", "仪陇经开区", 2021)
ART(d, "达孜工业园累计入驻企业1500余家", "本报拉萨讯 据了解，作为", "park", "达孜工业园区", 2021)
ART(d, "青神经开区：党组织书记登台“晒”党建", "本报眉山讯 1月19日上午", "park", "青神经开区", 2021,
    note="a park story without gold figures (only attendance and visits)")
ART(d, "安州：二季度集中签约46个项目", "本报绵阳讯 7月下旬，安州", "district", None, 2021)
ART(d, "【资料】射洪经开区获批省级", "2019年，射洪立足工业基础", "park", "射洪经开区", 2019,
    note="an archive box: its first paragraph is about the county, its second about the park")
ART(d, "", "图为达孜工业园区一家民族", "other", None, 2021)
PG.append((d, 2021, "masthead 「2021年12月31日 星期五 年终特刊」: a year-end page whose datelines (1月19日, 7月下旬) carry no year; the 射洪 archive box is 2019 by its own sentences; 仪陇's 2020年 output is explicit"))


# ---------------- aq03 (UTF-16; simplified; plain lines, 引题/主题/副题, ● briefs; 2025; 田东, 安州高新区; 阜康 / 沙坪坝 traps) -----
d = "aq03"; p = "田东工业园区"
G(d, p, "output_value", 122.63 * Y, "前三季度规上企业总产值", "累计完成总产值122.63亿元", 2025, "page", "tiandong25",
  note="「今年前三季度」 → page year; the sentence's 园区 is the park named in the headline and the next paragraph")
G(d, p, "party_org_count", 1, "园区党委", "目前园区已建立1个党委", 2025, "page", "tiandong25")
G(d, p, "party_org_count", 2, "党总支", "2个党总支", 2025, "page", "tiandong25")
G(d, p, "party_org_count", 26, "党支部", "二十六个党支部，非公企业", 2025, "page", "tiandong25")
G(d, p, "party_org_count", 26, "党支部（标题）", "田东工业园区建起26个党支部", 2025, "page", "tiandong25", dup="二十六个党支部，非公企业")
G(d, p, "party_coverage_rate", 33.04, "非公企业党组织覆盖率", "党组织覆盖率为33.04%", 2025, "page", "tiandong25")
p = "安州高新区"
G(d, p, "output_value", 154.86 * Y, "上半年规上工业总产值", "实现规上工业总产值154.86亿元", 2025, "page", "anzhou25",
  note="「1—6月」 → page year")
G(d, p, "output_value", 154.86 * Y, "上半年产值（标题）", "安州高新区上半年产值154.86亿元", 2025, "page", "anzhou25",
  dup="实现规上工业总产值154.86亿元")
for ev, why, np_ in [
    ("整合三园七基地", "counts of merged sub-parks, no metric", "田东工业园区"),
    ("现有企业102家", "county figure (田东县 is the sentence's subject)", "田东工业园区"),
    ("其中规上工业企业46家", "county figure", "田东工业园区"),
    ("高新技术企业16家", "county figure", "田东工业园区"),
    ("“小巨人”企业6家", "county figure", "田东工业园区"),
    ("同比增长1.83%", "growth rate", "田东工业园区"),
    ("分散的3个产业园区、7个特色产业基地", "counts of merged areas, no metric", "田东工业园区"),
    ("四级工作体系", "no metric", None),
    ("选派9名党建工作指导员", "instructors sent, no metric", "田东工业园区"),
    ("下沉指导37家企业的党建工作", "enterprises visited/guided (like visits), not the park's enterprise count", "田东工业园区"),
    ("同比增长6.87%", "growth rate", "安州高新区"),
    ("基础设施建设项目（一期）", "phase number", "安州高新区"),
    ("投达产项目共56个", "district batch, the 数字科技园 opening is only part of the event", "沙坪坝数字科技园"),
    ("总投资154亿元", "district batch", "沙坪坝数字科技园"),
    ("新开工项目36个", "district batch", None),
    ("总投资106亿元", "district batch", None),
    ("竣工及投达产项目20个", "district batch", None),
    ("总投资48亿元", "district batch", None),
    ("总建筑面积9.3万平方米", "area", "沙坪坝数字科技园"),
    ("PVC年产量稳定在90万吨左右", "capacity", "阜康产业园"),
    ("85名党务工作者", "trainees, city figure", "阜康产业园"),
    ("链上党委3个", "city-wide chain party committees (阜康市 is the subject)", "阜康产业园"),
    ("党总支13个", "city figure", "阜康产业园"),
    ("党支部80个", "city figure", "阜康产业园"),
    ("覆盖企业40家", "city figure", "阜康产业园"),
    ("党员2411人", "city figure", "阜康产业园"),
    ("0776-5236 118", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "田东工业园区建起26个党支部", "本报百色讯 广西田东县矿产", "park", "田东工业园区", 2025,
    note="引题 「整合三园七基地」, 副题 「党组织建到企业车间」; the lead is about the county, the headline and the figures are the park's")
ART(d, "● 安州高新区上半年产值154.86亿元", "本报绵阳讯 1—6月，安州", "park", "安州高新区", 2025)
ART(d, "● 沙坪坝：56个项目集中开竣工", "本报讯 2月6日，沙坪坝区", "district", None, 2025)
ART(d, "阜康：把党组织建在产业链上", "本报昌吉讯 新疆昌吉州阜康", "city", None, 2025)
ART(d, "", "本版投稿 dangjian@", "other", None, 2025)
PG.append((d, 2025, "masthead 「2025年12月5日 星期五」; the datelines 2月6日 / 1—6月 / 今年2月 have no year of their own"))

# ---------------- aq04 (UTF-8 BOM + CRLF; full-width digits; Markdown; 2024; 大竹 county story with a park target; 东榆; 木垒 in a prefecture story) ---
d = "aq04"
G(d, "大竹经开区", "enterprise_count", 600, "入驻企业（目标）", "大竹县经济开发区入驻企业达到600家", 2026, "explicit", "dazhu24",
  status="target", note="a county story; this clause's own subject is the park. The 500亿元 of the same sentence is the county's cluster")
G(d, "大竹经开区", "investment_total", 5000 * W, "园区污水处理厂（日处理10000立方米）", "园区投资5000万元", 2021, "article", "dazhu21",
  scope="project", note="archive box 「据2021年报道」: one facility's investment, project scope; the year comes from the box's own source line")
p = "东榆工业园区"
G(d, p, "enterprise_count", 47, "入驻企业", "目前已入驻企业47家", 2024, "page", "dongyu24")
G(d, p, "enterprise_count", 20, "规上工业企业", "其中规上工业企业20家", 2024, "page", "dongyu24")
G(d, p, "tax_profit", 1.2 * Y, "税收", "创造税收1.2亿元", 2023, "explicit", "dongyu24",
  note="「2023年，园区营业收入约15亿元，创造税收1.2亿元…」: the year opens the figure's own sentence")
p = "木垒新能源高端装备制造产业园"
G(d, p, "project_count", 10, "新能源项目", "10余个新能源项目", 2024, "page", "changji24", qual="over")
G(d, p, "investment_annual", 77 * Y, "新能源项目今年投资", "今年投资77亿元", 2024, "page", "changji24",
  note="「今年投资77亿元的10余个项目」: a year's investment of the batch → investment_annual, page year")
for ev, why, np_ in [
    ("上百名工人", "workers", "大竹经开区"),
    ("第一家上市公司", "ordinal", None),
    ("“一黑一灰”", "slogan", None),
    ("“2+3+N”重点产业集群。", "slogan", None),
    ("全县实现地区生产总值451.4亿元", "county GDP", "大竹经开区"),
    ("“五件关键大事”", "slogan", None),
    ("新培育百亿级企业3户", "county target", "大竹经开区"),
    ("上市企业3户", "county target", "大竹经开区"),
    ("重点产业集群产值突破500亿元", "county cluster target (same sentence as the park's 600 enterprises)", "大竹经开区"),
    ("综合营收突破600亿元", "revenue target, no metric", "大竹经开区"),
    ("| 2023年全县地区生产总值 | 451.4亿元 |", "county table row", "大竹经开区"),
    ("| 三年内新培育百亿级企业 | 3户 |", "county table row", None),
    ("| 三年内新培育上市企业 | 3户 |", "county table row", None),
    ("| 2026年重点产业集群产值 | 500亿元以上 |", "county table row", "大竹经开区"),
    ("大竹经开区十八年", "age", "大竹经开区"),
    ("建成标准厂房110余万平方米", "area", "大竹经开区"),
    ("在建20余万平方米", "area", "大竹经开区"),
    ("基础设施累计投资33亿元", "cumulative infrastructure spending over 18 years: no project total, no year's investment", "大竹经开区"),
    ("建成干道28公里", "length", None),
    ("土地储备1200余亩", "area", "大竹经开区"),
    ("覆盖面积达12平方公里", "area", "大竹经开区"),
    ("日处理污水10000立方米", "capacity", "大竹经开区"),
    ("110千伏变电站2座", "count of substations / voltage", "大竹经开区"),
    ("占地6.77平方公里", "area", "东榆工业园区"),
    ("营业收入约15亿元", "revenue, no metric", "东榆工业园区"),
    ("解决就业1700余人", "jobs", "东榆工业园区"),
    ("建筑面积11200平方米", "area", "东榆工业园区"),
    ("10家重点企业拿出200个技术岗位", "job-fair participants and posts", "东榆工业园区"),
    ("吸引1500人入场求职", "visitors", None),
    ("十二届六次全会", "ordinal", None),
    ("2023年7月", "date", None),
    ("0818-6225 337", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "大竹县：挺起制造业“硬脊梁”", "本报达州讯 走进大竹县经济", "county", None, 2024, parks=["大竹经开区"],
    note="headline and body are the county's; one clause has the park as its own subject (600 enterprises)")
ART(d, "资料：大竹经开区十八年", "大竹经开区建成标准厂房", "park", "大竹经开区", 2021)
ART(d, "东榆工业园区：沟壑地上崛起新园区", "本报巴中讯 昔日的沟壑地", "park", "东榆工业园区", 2024)
ART(d, "昌吉州：全力建设“典范地州”", "本报昌吉讯 岁末，昌吉回族", "city", None, 2024, parks=["木垒新能源高端装备制造产业园"],
    note="a prefecture story whose lead sentence is about one park (project count and the year's investment)")
ART(d, "", "图为5月6日，木垒县新能源", "other", None, 2024)
ART(d, "", "招商热线 0818-6225", "ad", None, 2024)
PG.append((d, 2024, "masthead 「2024年12月13日 星期五」 (full-width digits); 今年 / 去年12月 / 9月10日 take it; the 大竹 archive box carries 「据2021年报道」"))

# ---------------- aq05 (UTF-16; traditional s2hk; 2026; 重庆数智产业园; 花溪 / 西充 traps) ------------------------------------
d = "aq05"; p = "重庆数智产业园"
G(d, p, "output_value", 380.1 * Y, "规上工业产值", "重庆数智产业园规上工业产值达380.1亿元", 2025, "explicit", "shuzhi26")
G(d, p, "output_value", 380.1 * Y, "规上工业产值（副题）", "去年规上工业产值380.1亿元", 2025, "page", "shuzhi26",
  dup="重庆数智产业园规上工业产值达380.1亿元", note="副题: 去年 → page year − 1")
G(d, p, "party_org_count", 40, "新建新兴领域党组织", "新建新兴领域党组织40余个", 2026, "page", "shuzhi26", qual="over",
  note="「如今」 → page year 2026 (the 2025 campaign is in the previous paragraph)")
for ev, why, np_ in [
    ("研发投入强度达4.9%", "share (R&D intensity)", "重庆数智产业园"),
    ("高出2个百分点", "difference of shares", None),
    ("覆盖园区900余家企业", "enterprises reached by a service campaign, not a count of the park's enterprises — borderline", "重庆数智产业园"),
    ("诉求220余件", "requests solved, no metric", "重庆数智产业园"),
    ("升级5G工厂", "model name", None),
    ("市场主体增至19748户", "market entities (incl. individual businesses), not 企业; a district 统战 story", "石板现代商贸服务园"),
    ("营业收入预计完成1000亿元", "revenue forecast, no metric", "石板现代商贸服务园"),
    ("千亿级园区", "slogan", None),
    ("五级联动机制", "no metric", None),
    ("9名县级领导联系服务15个园区市场主体", "liaison arrangement, no metric", "石板现代商贸服务园"),
    ("共化解企业困难问题164件", "problems solved", None),
    ("29个先进集体和79名先进个人", "awards, county", None),
    ("三年攻坚行动", "duration", None),
    ("问题199个", "problems solved, county", None),
    ("提升17.58个百分点", "share change", None),
    ("邮发代号 78-126", "code", None),
    ("全年定价180元", "price", None),
    ("023-6387 0552", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "数智产业园：把党旗插在产业链最前沿", "本报重庆讯 早春时节，巴南", "park", p, 2026,
    note="副题 「去年规上工业产值380.1亿元」")
ART(d, "【花溪】统战力量助建千亿级园区", "本报贵阳讯 记者从花溪区委", "district", None, 2025)
ART(d, "【西充】表彰新型工业化攻坚先进", "本报南充讯 2月4日，西充", "county", None, 2026)
ART(d, "", "订阅：邮发代号 78-126", "ad", None, 2026)
PG.append((d, 2026, "masthead 「2026年3月13日 星期五」; 去年 in the 副题 is 2025; 2月4日 has no year; the 花溪 brief is dated by its own 「截至2025年11月」"))

# ---------------- aq06 (GB18030; traditional s2tw; hard wrap 26; 2017; 旺苍经开区; 大邑 / 成都 traps) ----------------------------
d = "aq06"; p = "旺苍经开区"
G(d, p, "enterprise_count", 31, "注册登记的规上企业", "注册登记的规上企业31家", 2016, "explicit", "wangcang17")
G(d, p, "enterprise_count", 4, "亿元以上企业", "其中亿元以上企业4家", 2016, "explicit", "wangcang17",
  note="a count inside a threshold phrase: 4 is gold, 亿元 is not")
G(d, p, "enterprise_count", 1, "10亿元以上企业", "10亿元以上企业1家", 2016, "explicit", "wangcang17")
NF = "a 分别 list: the three function areas listed before it, in order"
G(d, p, "enterprise_count", 8, "煤资源综合利用功能区入住企业", "分别入住企业8家", 2017, "page", "wangcang17", sub=["煤资源综合利用功能区"], note=NF)
G(d, p, "enterprise_count", 10, "机械加工集聚功能区入住企业", "、10家和", 2017, "page", "wangcang17", sub=["机械加工集聚功能区"], note=NF)
G(d, p, "enterprise_count", 9, "生物资源综合利用功能区入住企业", "和9家", 2017, "page", "wangcang17", sub=["生物资源综合利用功能区"], note=NF)
G(d, p, "investment_total", 15 * Y, "黄洋建材产业园概算总投资", "概算总投资15亿元", 2017, "page", "wangcang17", sub=["黄洋建材产业园"],
  note="a sub-park's planned total (概算), park scope; it sits in the park's layout list")
for ev, why, np_ in [
    ("2012年12月10日", "date of approval", None),
    ("广元市首个县域省级开发区", "ordinal", "旺苍经开区"),
    ("7.09平方公里", "area", "旺苍经开区"),
    ("已开发4.5平方公里", "area", "旺苍经开区"),
    ("三大工业园区", "count of sub-parks, no metric", "旺苍经开区"),
    ("六大产业和", "count of industries", "旺苍经开区"),
    ("三条产业链", "count of chains", "旺苍经开区"),
    ("规划用地分别为2.85、1.39、2.8平方公里", "areas (a 分别 list)", "旺苍经开区"),
    ("2×60万吨焦化项目", "capacity", "旺苍经开区"),
    ("6276.4万吨", "reserve", None),
    ("规划占地1700亩", "area", "旺苍经开区"),
    ("三类园区", "count of park types", None),
    ("30家左右的非", "firms per group (about), county scheme", None),
    ("已成立10个党建小组团", "county party groups", "大邑经开区"),
    ("组织175个", "county total over its three park types (大邑经开区 is one of them, not named)", "大邑经开区"),
    ("发展党员1681名", "county figure", "大邑经开区"),
    ("增长65%", "growth rate", None),
    ("覆盖率均为100%", "coverage of the county's 工业园区 as a class, not a named park", "大邑经开区"),
    ("仅有7名党员", "an enterprise's own branch", "大邑经开区"),
    ("拥有70名党员", "an enterprise's own party members", "大邑经开区"),
    ("下设3个支部的党总支", "an enterprise's own branches", "大邑经开区"),
    ("产业园区591个", "city total", None),
    ("园区35个、农业园区461个", "city breakdown", None),
    ("区24个、商贸集聚区35个", "city breakdown", None),
    ("社会组织1745家", "city figure", None),
    ("吸纳就业110多万人", "jobs, city", None),
    ("集聚各类人才55.6万人", "city talent total (no park)", None),
    ("中高级专业人才6.8万人", "city figure", None),
]:
    NEG(d, ev, why, np_)
ART(d, "旺苍经开区：一区多园 一园一主业", "本报广元讯 四川旺苍经济", "park", p, 2017)
ART(d, "大邑：园区党建组团抱团", "本报成都讯 大邑县已形成", "county", None, 2017)
ART(d, "成都：产业园区党建是重中之重", "本报讯 7月20日，成都市", "city", None, 2017)
PG.append((d, 2017, "masthead 「2017年10月20日 星期五」; 旺苍's 截至2016年底 is explicit; 7月20日 and 目前 take the page year"))

# ---------------- aq07 (UTF-8; simplified; no year anywhere; 七盘关 unions; 街道 grid, 江津区, 贵州 province traps) ---------------
d = "aq07"; p = "七盘关工业园区"
NY = "nothing on the page tells a year (masthead has only the weekday; datelines 日前 / 5月4日)"
G(d, p, "enterprise_count", 32, "入园企业", "园区目前入园企业32家", None, "none", "qipanguan", note=NY)
G(d, p, "enterprise_count", 28, "投产企业", "其中投产企业二十八家", None, "none", "qipanguan")
G(d, p, "enterprise_count", 10, "亿元企业", "亿元企业10家", None, "none", "qipanguan")
G(d, p, "union_count", 6, "已成立工会", "园区已成立工会六家", None, "none", "qipanguan")
G(d, p, "union_member_count", 600, "工会会员", "会员600余人", None, "none", "qipanguan", qual="over")
G(d, p, "union_count", 8, "今年新建会企业（目标）", "今年还将新建会企业8家", None, "none", "qipanguan", status="target",
  note="8 enterprises to set up unions → 8 new unions; 今年 with no page year → none")
G(d, p, "union_member_count", 500, "今年新纳入会员（目标）", "新纳入会员500余人", None, "none", "qipanguan", qual="over", status="target")
for ev, why, np_ in [
    ("一行5人", "delegation size", None),
    ("等6家企业", "enterprises visited", "七盘关工业园区"),
    ("现有职工2300余人", "workers", "七盘关工业园区"),
    ("常住300至500户", "households per grid (range), no metric", None),
    ("66个党建全科网格", "a 街道's grids, not a park's", None),
    ("29个市直部门单位", "departments", None),
    ("649名在职党员", "a 街道's registered party members", None),
    ("9项职责", "count of duties", None),
    ("5项制度", "count of rules", None),
    ("四级治理体系", "no metric", None),
    ("7个区县", "count of districts", "德感工业园"),
    ("连续12年", "duration / ranking", None),
    ("全区工业总产值突破1325亿元", "district output", "德感工业园"),
    ("园区工业总产值达到1162.6亿元", "all parks of 江津区 together; the meeting's venue 德感工业园 is not their subject", "德感工业园"),
    ("建会率超七成", "province share", None),
    ("全省117个开发区、工业园区", "province count of parks", "大龙经开区"),
    ("有83个成立了园区工会", "province count of park unions (meeting held in 大龙经济开发区)", "大龙经开区"),
    ("建会率为70.94%", "province share", "大龙经开区"),
    ("园区共有职工16.85万人", "workers, province", "大龙经开区"),
    ("工会会员14.32万人", "province union members", "大龙经开区"),
    ("入会率84.94%", "province share", None),
    ("1491家已建工会企业", "province count", "大龙经开区"),
    ("建制率为73.76%", "province share", None),
    ("0839-8623 110", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "区总工会调研七盘关工业园区建会入会", "本报讯 日前，区总工会副主席", "park", p, None, note="副题 「推动应建尽建、应入尽入」")
ART(d, "赤水文华街道：一张网格管到底", "本报讯 贵州省赤水市文华街道", "district", None, None,
    note="a 街道 (sub-district) story: its grids are no park's")
ART(d, "八区县同台话园区党建", "本报讯 5月4日，重庆市开发", "district", None, None,
    note="江津区 (held in 德感工业园, a park of used_parks.txt, as venue only)")
ART(d, "● 贵州园区工会建会率超七成", "在铜仁大龙经济开发区召开", "province", None, None)
ART(d, "", "园区工会服务热线 0839", "ad", None, None)
PG.append((d, None, NY + "; 去年 in the 江津 story has no anchor either"))


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
        if g.get("duplicate_of") and g["duplicate_of"] not in page:
            print("DUP TARGET NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
        for s in g["sub_areas"]:
            if s not in page:
                print("SUB AREA NOT ON PAGE", g["doc"], s); bad += 1
    keys = {(g["doc"], g["evidence"]) for g in gold}
    for x in N:
        if (x["doc"], x["evidence"]) in keys:
            print("BOTH GOLD AND NEGATIVE", x["doc"], x["evidence"]); bad += 1
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
