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
 # aa02
 "qz13": "http://www.chinanews.com/tw/2013/03-25/4673236.shtml",
 "zz12": "http://big5.cctv.com/gate/big5/news.cntv.cn/20120613/109094.shtml",
 "zz13": "http://big5.taiwan.cn/gate/big5/lib.taiwan.cn/jldata/201303/t20130315_3906125.htm",
 # aa03
 "hl25": "http://www.jingjiribao.cn:80/static/detail.jsp?id=616713",
 "jy25": "http://www.intoitaudio.com/gdywdt/dsdt/content/post_4690799.html",
 "zy25": "http://www.aqzyzx.com/zongyang/202502/t20250206_8228705.html",
 "zm25": "http://www.cisceindiaresults.com/news/guonei/2025-04-14/1645494.html",
 "pl25": "https://pl.gansudaily.com.cn/system/2025/12/08/031289369_01.shtml",
 # aa04
 "js23": "https://jyjsstc.010b.com/intro",
 "lf24": "https://dawenge.com/document/detail.html?id=625495",
 "yc23": "http://jincheng.shanxishangren.com/show.php?itemid=686",
 "cz23": "http://changzhinews.peaapk.com/changzhi/jinritoutiao/2023-02-23/81153.html",
 "sfh23": "http://www.jdgod.com/guonei/2023/0901/54189.html",
 # aa05
 "zt16": "http://www.planetcarl.com/qyfc/dynamic/wjdt/2016-05-29/724048.html",
 "zm16": "http://46459.cn/Home/ArticleDetail/1208",
 "sw15": "http://119.23.252.214:8003/contents/39/1513.html",
 "hc16": "http://taiwan.cn/xwzx/la/201609/t20160902_11556820.htm",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "中马钦州产业园区": ["中马钦州产业园区", "中国—马来西亚钦州产业园区", "中国—马来西亚钦州产业园", "中马园区"],
 "凭祥综合保税区": ["广西凭祥综合保税区", "凭祥综合保税区"],
 "泉州台商投资区": ["泉州台商投资区"],
 "漳州台商投资区": ["漳州台商投资区"],
 "惠来临港产业园": ["惠来临港产业园"],
 "枞阳经开区": ["枞阳经开区"],
 "平凉工业园区": ["平凉工业园区（高新区）", "平凉工业园区"],
 "揭阳金属生态城": ["揭阳金属生态城", "中德金属生态城"],
 "康佳半导体产业园": ["康佳半导体产业园"],
 "阳城经开区": ["阳城经济技术开发区"],
 "中泰崇左产业园": ["中泰（崇左）产业园", "中泰崇左产业园"],
 "汕尾高新区": ["汕尾高新区"],
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

# ======================= aa02 (2013 masthead; GB18030, full-width digits, plain headings, a table) ===========
d = "aa02"
p = "泉州台商投资区"
G(d, p, "investment_total", 500 * Y, "签约暨开竣工项目投资总额（百余项）", "投资总额逾500亿元人民币", 2013, "page", "qz13", qual="over",
  note="本报泉州3月25日讯 …今天: the masthead year. The headline names 泉州 (a city) while the body is the park's")
G(d, p, "investment_total", 500 * Y, "签约暨开竣工项目投资总额（副题）", "同日举行 投资总额逾500亿元", 2013, "page", "qz13", qual="over",
  dup="投资总额逾500亿元人民币")
G(d, p, "project_count", 102, "开竣工项目（分别）", "招商项目分别为102个", 2013, "page", "qz13")
G(d, p, "project_count", 15, "集中签约招商项目（分别）", "102个、15个，总投资", 2013, "page", "qz13")
G(d, p, "investment_total", 248.7 * Y, "开竣工项目总投资（分别）", "总投资分别为248.7亿元", 2013, "page", "qz13")
G(d, p, "investment_total", 261 * Y, "集中签约招商项目总投资（分别）", "248.7亿元、261亿元", 2013, "page", "qz13")
G(d, p, "project_count", 5, "签约落户的台资项目", "等5个台资项目备受关注", 2013, "page", "qz13")
G(d, p, "investment_total", 11.8 * Y, "5个台资项目总投资", "备受关注，总投资11.8亿元", 2013, "page", "qz13")
for ev, n, inv, dn, di, subj in [("开竣工 | 102个 | 248.7亿元", 102, 248.7, "招商项目分别为102个", "总投资分别为248.7亿元", "开竣工项目"),
                                 ("集中签约 | 15个 | 261亿元", 15, 261, "102个、15个，总投资", "248.7亿元、261亿元", "集中签约项目")]:
    G(d, p, "project_count", n, f"{subj}（表格）", ev, 2013, "page", "qz13", dup=dn)
    G(d, p, "investment_total", inv * Y, f"{subj}总投资（表格）", ev, 2013, "page", "qz13", dup=di)
p = "漳州台商投资区"
NZ = "the second half of a 泉州 article; 去年6月 in the sentence: page year 2013 − 1"
G(d, p, "enterprise_count", 875, "工业企业", "该区现有工业企业875家", 2012, "page", "zz12", note=NZ)
G(d, p, "enterprise_count", 157, "台资企业（台塑、统一等）", "等台资企业157家", 2012, "page", "zz12")
G(d, p, "investment_total", 30 * Y, "台资企业总投资", "总投资30亿美元", 2012, "page", "zz12", unit="USD")
G(d, p, "output_value", 1000 * Y, "工业总产值目标（到2015年）", "工业总产值突破1000亿元", 2015, "explicit", "zz12", qual="over", status="target")
G(d, p, "output_value", 2000 * Y, "工业总产值目标（到2020年）", "工业总产值力争突破2000亿元", 2020, "explicit", "zz12", qual="over", status="target",
  note="到2020年 opens the clause after ；")
for ev, why, np_ in [
    ("玖龙50万吨文化纸", "capacity", "泉州台商投资区"),
    ("投资意向高达200亿元", "an intended investment (投资意向) of one project, not a signed total", "泉州台商投资区"),
    ("财税收入突破50亿元", "财税收入 is no metric", "漳州台商投资区"),
    ("财税收入100亿元", "财税收入 is no metric", "漳州台商投资区"),
    ("对接项目34个", "city (漳州市) figure", None),
    ("其中合同项目16个", "city figure", None),
    ("总投资达27.78亿美元", "city figure", None),
    ("总投资12.90亿美元", "one project in a city story", None),
    ("二期项目8.75亿美元", "a company located in 漳州台商投资区, in a city story", "漳州台商投资区"),
    ("总投资3000万美元", "one project in a city story", None),
    ("总投资3200万美元", "one project in a city story", None),
    ("意向项目18个", "city figure (intended projects)", None),
    ("总投资333.49亿美元", "city figure", None),
    ("总投资150亿美元", "one intended project in a city story", None),
    ("总投资140亿美元", "one intended project in a city story", None),
    ("新增台资项目72个", "city figure", None),
    ("合同利用台资7.11亿美元", "contracted foreign capital, city", None),
    ("实际利用台资3.82亿美元", "utilised foreign capital, city", None),
    ("累计批办台资项目2700多个", "city, cumulative since 1981", None),
    ("实际利用台资70亿美元", "utilised foreign capital, city", None),
    ("0591-8761 2013", "phone number (ends in 2013)", None),
    ("2013年3月28日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "泉州：百余项目落户台商投资区", "本报泉州3月25日讯 包括东", "park", "泉州台商投资区", 2013,
    parks=["泉州台商投资区", "漳州台商投资区"])
ART(d, "漳州赴台招商对接项目34个", "本报漳州讯 记者从漳州市政府", "city", None, 2013)
ART(d, "", "海西园区网 投稿信箱", "ad", None, 2013)
PG.append((d, 2013, "masthead 「2013年3月28日 星期四」; the 泉州 dateline 3月25日 and 漳州's 3月上旬 are that year; 漳州台商投资区's 去年6月 / 去年1月 are 2012"))

# ======================= aa03 (2025 masthead; UTF-16, Markdown, Chinese numerals) =======================
d = "aa03"
p = "惠来临港产业园"
G(d, p, "enterprise_count", 40, "落户的海上风电产业链头部企业", "等40家产业链头部企业落户", 2025, "page", "hl25",
  note="记者近日了解到 / 目前: the masthead year; the headline names 惠来 (a county) while the body is the park's")
G(d, p, "enterprise_count", 40, "产业链头部企业（标题）", "临港产业园集聚40家风电链上企业", 2025, "page", "hl25", dup="等40家产业链头部企业落户")
G(d, p, "investment_total", 34 * Y, "天顺风能重型风电海工装备智能制造项目（在建）", "在建项目总投资约34亿元", 2025, "page", "hl25",
  qual="about", scope="project")
G(d, p, "output_value", 25 * Y, "天顺风能项目全面达产后年产值", "年产值达25亿元", 2025, "page", "hl25", scope="project", status="target")
G(d, p, "enterprise_count", 39, "落户企业（市级推进会通报）", "惠来临港产业园落户企业39家", 2024, "article", "jy25",
  note="a park-subject clause inside a city story: the park's own figure; the paragraph opens with 2024年, the report is of 4月1日 2025")
G(d, p, "investment_total", 1800 * Y, "落户企业总投资", "39家、总投资1800亿元", 2024, "article", "jy25")
p = "枞阳经开区"
G(d, p, "project_count", 16, "签约落户的招商项目（中文数字）", "等十六个招商项目正式签约", 2025, "page", "zy25",
  note="2月4日 carries no year; the masthead 2025 gives it")
G(d, p, "investment_total", 47.36 * Y, "签约项目合同总金额", "合同总金额达47.36亿元", 2025, "page", "zy25")
G(d, p, "project_count", 11, "重点在谈项目", "当时重点在谈项目11个", 2025, "page", "zy25")
G(d, p, "project_count", 4, "有望近期签约的在谈项目", "其中4个项目有望近期签约", 2025, "page", "zy25", status="target")
p = "中马钦州产业园区"
G(d, p, "project_count", 345, "一期累计签约落户项目", "已累计签约落户项目345个", 2024, "explicit", "zm25",
  note="截至2024年12月 in the sentence; the second half of an article led by 枞阳经开区")
G(d, p, "output_value", 1060 * Y, "工业总产值（一期）", "工业总产值1060亿元", 2024, "explicit", "zm25")
p = "平凉工业园区"
NP = "今年上半年: the masthead year; a park paragraph inside a city story headed 平凉 (the city)"
G(d, p, "project_count", 49, "对接项目", "对接项目49项", 2025, "page", "pl25", note=NP)
G(d, p, "project_count", 10, "签约项目", "签约10项、总投资", 2025, "page", "pl25")
G(d, p, "investment_total", 32.3 * Y, "签约项目总投资", "总投资32.3亿元", 2025, "page", "pl25")
G(d, p, "enterprise_count", 14, "新入驻企业", "新入驻企业14家", 2025, "page", "pl25")
for ev, why, np_ in [
    ("累计装机容量突破90万千瓦", "capacity of one company's wind farms", "惠来临港产业园"),
    ("年产钢结构产品30万吨", "capacity", "惠来临港产业园"),
    ("共建设3个泊位", "berths, no metric", "惠来临港产业园"),
    ("包括7万吨级通用泊位", "berth size", None),
    ("3千吨级通用泊位", "berth size", None),
    ("等7个行动方案", "plans, no metric", None),
    ("从6000亿元发展壮大到8000亿元以上", "a city's industry-cluster scale (target, a change), not a park", None),
    ("迈上2500亿元新台阶", "GDP, city", None),
    ("实现产值超2200亿元", "one company (广东石化) located in 大南海石化工业区, in a city story", "大南海石化工业区"),
    ("300万千瓦国管海域风电示范项目", "capacity", "惠来临港产业园"),
    ("年产300万只汽车传动皮带轮", "capacity", "枞阳经开区"),
    ("外贸进出口总额451.4亿元", "trade, no metric", "中马钦州产业园区"),
    ("实际使用外资约8.22亿美元", "utilised foreign capital, no metric", "中马钦州产业园区"),
    ("由55平方公里的单一园区", "area", "中马钦州产业园区"),
    ("招商35批次", "visits / trips, no metric", "平凉工业园区"),
    ("吸纳投资25.64亿元", "investment absorbed (到位资金-like), no metric", "平凉工业园区"),
    ("总投资6.75亿元的西北地区", "a project in 崇信县 (a county), not 平凉工业园区", "平凉工业园区"),
    ("预计年产产品10.8万吨", "capacity", None),
    ("营收10.8亿元", "revenue, no metric", None),
    ("全市7个园区完成地区生产总值73.67亿元", "GDP of seven parks together, city aggregate", "平凉工业园区"),
    ("占全市GDP的15%", "share", None),
    ("工业增加值41.21亿元", "value added, city aggregate", "平凉工业园区"),
    ("同比增长14%", "growth rate", None),
    ("占全市工业增加值的47%", "share", None),
    ("1.4万名干部", "cadres, no metric", None),
    ("2.6万户企业", "enterprises across the city", "平凉工业园区"),
    ("2025年12月16日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "惠来：临港产业园集聚40家风电链上企业", "本报揭阳讯 在揭阳滨海新区惠", "park", "惠来临港产业园", 2025)
ART(d, "", "图为惠来县前詹镇，海工装备", "other", None, 2025)
ART(d, "揭阳：绿色石化与海洋经济两大支柱初成", "本报揭阳4月1日讯 揭阳市今", "city", None, 2025, parks=["惠来临港产业园"])
ART(d, "年终盘点｜江淮与北部湾：两个园区的一年", "本报综合报道 2月4日，年产", "park", "枞阳经开区", 2025,
    parks=["枞阳经开区", "中马钦州产业园区"])
ART(d, "平凉：强工业行动里的园区“强”变", "本报平凉讯 工业高质量发展离", "city", None, 2025, parks=["平凉工业园区"])
PG.append((d, 2025, "masthead 「2025年12月16日 星期二 第6版」; 揭阳's 4月1日, 枞阳's 2月4日 and 平凉's 今年上半年 are that year; 中马's figures carry 截至2024年12月"))

# ======================= aa04 (no masthead year -> 2023; UTF-8 BOM + CRLF, hard wrap at 32) =======================
d = "aa04"
p = "揭阳金属生态城"
NJ = "the article opens with 2023年上半年; 目前 / 1—6月 take it (the masthead has no year)"
G(d, p, "enterprise_count", 69, "入驻投资建设的企业", "建设的企业有69家", 2023, "article", "js23", note=NJ)
G(d, p, "enterprise_count", 32, "表面处理中心企业（入驻企业中）", "其中表面处理中心32家", 2023, "article", "js23")
G(d, p, "enterprise_count", 12, "规上企业", "现有规上企业12家", 2023, "article", "js23")
G(d, p, "enterprise_count", 1, "限上企业", "限上企业1家", 2023, "article", "js23")
G(d, p, "output_value", 2.33 * Y, "1—6月规上工业总产值", "规上工业总产值2.33亿元", 2023, "article", "js23")
G(d, p, "investment_annual", 2.92 * Y, "1—6月工业投资", "工业投资2.92亿元", 2023, "article", "js23")
G(d, p, "investment_annual", 4.47 * Y, "1—6月固定资产投资", "定资产投资4.47亿元", 2023, "article", "js23",
  note="固 sits on the line before (hard wrap); the evidence is the line part")
G(d, p, "tax_profit", 1649 * W, "1—6月税收（累计）", "税收累计1649万", 2023, "article", "js23",
  note="元 of 1649万元 is cut to the next line by the hard wrap")
G(d, p, "enterprise_count", 8, "计划拍地落户企业", "企业8家", 2023, "explicit", "js23", status="target",
  note="2023年 opens the sentence on the line before (the sentence is cut by the wrap)")
G(d, p, "project_count", 8, "计划落户项目", "8个项目总投资", 2023, "explicit", "js23", status="target")
G(d, p, "investment_total", 19.17 * Y, "计划落户项目总投资", "项目总投资19.17亿元", 2023, "explicit", "js23", status="target")
G(d, p, "output_value", 18.78 * Y, "计划落户项目建成投产后年产值", "年产值18.78亿元", 2023, "explicit", "js23", status="target")
p = "康佳半导体产业园"
G(d, p, "enterprise_count", 7, "入驻电子信息企业", "诺思特存储芯片等7家企业", 2023, "article", "lf24",
  note="the second half of an article led by 揭阳金属生态城; the article's 2023年 anchors it")
p = "阳城经开区"
G(d, p, "investment_total", 10 * Y, "阳城电子信息产业园项目基础投资", "基础投资10亿元", 2023, "page", "yc23", scope="project",
  sub=["阳城电子信息产业园"], note="今年的省级重点工程: the page year (2023, from the other articles' dated sentences); the headline names 阳城 (the county)")
G(d, p, "output_value", 40 * Y, "阳城电子信息产业园项目建成后年产值", "年产值达到40亿元", 2023, "page", "yc23", scope="project",
  status="target", sub=["阳城电子信息产业园"])
for ev, why, np_ in [
    ("增长31.89%", "growth rate", "揭阳金属生态城"),
    ("增长18.49%", "growth rate", "揭阳金属生态城"),
    ("增长51.80%", "growth rate", "揭阳金属生态城"),
    ("增长48.16%", "growth rate", "揭阳金属生态城"),
    ("计划征收土地1101亩", "land area", "揭阳金属生态城"),
    ("建成投产后预计年营收16", "revenue (营收), no metric; cut by the wrap", "揭阳金属生态城"),
    ("20多台大型机械", "machines, no metric", "阳城经开区"),
    ("200多名工人", "workers, no metric", "阳城经开区"),
    ("占地约280亩", "area", "阳城经开区"),
    ("建筑面积约28万平方米", "area", "阳城经开区"),
    ("投资35亿元", "investment the project would drive (带动投资), not its own", "阳城经开区"),
    ("18栋楼", "buildings, no metric", None),
    ("2.5万平方米厂房", "area", None),
    ("新签约项目26个", "city (长治市) figure; the venue was in 黎城经开区", "黎城经开区"),
    ("总投资92.63亿元", "city figure", "黎城经开区"),
    ("新开工项目27个", "city figure", "黎城经开区"),
    ("总投资59.18亿元", "city figure", None),
    ("新投产项目32个", "city figure", None),
    ("总投资98.53亿元", "city figure", None),
    ("占比达98.3%", "share", None),
    ("实施项目2135个", "city figure (2022)", None),
    ("增加值增长19.7%", "growth of value added", None),
    ("集中开工3个项目", "city (绥芬河市) batch; the ceremony was in the 边合区", "绥芬河边合区"),
    ("资0.44亿元", "city batch (cut by the wrap)", "绥芬河边合区"),
    ("投资3500万元的俄蜜源蜂业产业园区", "one project (itself called 产业园区) located in 绥芬河边合区, in a city story", "绥芬河边合区"),
    ("500万元的恒驰", "one project in a city story", None),
    ("投资400万元的天长山", "one project in a city story", None),
    ("全市28个省市重点项目", "city figure", None),
    ("已开复工27", "city figure (cut by the wrap)", None),
    ("总投资22.02亿元", "city figure", None),
    ("完成率达72%", "rate", None),
]:
    NEG(d, ev, why, np_)
ART(d, "两处粤东园区的这一年", "本报讯 2023年上半年，位于", "park", "揭阳金属生态城", 2023,
    parks=["揭阳金属生态城", "康佳半导体产业园"])
ART(d, "阳城：电子信息产业园项目建设跑出“加速度”", "本报讯 2月15日，阳城经济技", "park", "阳城经开区", 2023)
ART(d, "长治开发区“三个一批”集中签约开工投产", "本报长治讯 2月22日，长治市", "city", None, 2023)
ART(d, "绥芬河第五批重点项目集中开工", "本报讯 绥芬河市2023年第五", "city", None, 2023)
PG.append((d, 2023, "no masthead year (「园区周刊 · 第5版 / 12月18日 星期一」); 「2023年上半年」, 长治's 「开发区2023年第一次“三个一批”」 and 绥芬河's 「2023年第五批」 give 2023"))

# ======================= aa05 (2016 masthead; UTF-8, traditional s2tw with 「」, plain headings) =======================
d = "aa05"
p = "中泰崇左产业园"
LZ = ["龙赞东盟国际林业循环经济产业园"]
G(d, p, "enterprise_count", 26, "龙赞林业循环经济产业园（园中园）入园企业", "已吸引26家企业入园", 2016, "page", "zt16", scope="project",
  sub=LZ, note="5月28日至29日: the masthead year; one project (a 园中园) of the park, hence scope project; the headline names 崇左 (the city)")
G(d, p, "enterprise_count", 26, "龙赞产业园入园企业（标题）", "一年引来26家企业", 2016, "page", "zt16", scope="project", sub=LZ,
  dup="已吸引26家企业入园")
G(d, p, "investment_total", 150 * Y, "龙赞东盟国际林业循环经济产业园项目", "总投资150亿元", 2016, "page", "zt16", scope="project", sub=LZ)
G(d, p, "output_value", 220 * Y, "现有入园企业全部建成达产后年产值", "年产值将超过220亿元", 2016, "page", "zt16", qual="over",
  status="target")
p = "中马钦州产业园区"
G(d, p, "output_value", 14.8 * Y, "港青油脂项目（2015年投产当年产值）", "当年实现产值14.8亿元", 2015, "explicit", "zm16", scope="project",
  note="2015年4月建成投产，当年… in the same sentence")
G(d, p, "project_count", 40, "确定入园的产业项目（中文数字）", "近四十个产业项目确定入园", 2016, "page", "zm16", qual="nearly")
G(d, p, "investment_total", 400 * Y, "签约项目总投资", "签约项目总投资接近400亿元", 2016, "page", "zm16", qual="nearly")
G(d, p, "project_count", 8, "今年上半年签订入园协议的项目", "等8个项目签订入园协议", 2016, "page", "zm16")
G(d, p, "investment_total", 30 * Y, "上半年签订入园协议项目计划总投资", "计划总投资约30亿元", 2016, "page", "zm16", qual="about")
p = "汕尾高新区"
G(d, p, "project_count", 7, "红草园区新动工建设项目", "新动工建设项目7个", 2015, "article", "sw15", sub=["红草园区"],
  note="当年 refers to the 2015年 of the sentence before; the second half of an article led by 中马钦州产业园区")
G(d, p, "investment_annual", 1.78 * Y, "红草园区当年完成投资", "完成投资1.78亿元", 2015, "article", "sw15", sub=["红草园区"])
for ev, why, np_ in [
    ("规划面积超过100平方公里", "area", "中泰崇左产业园"),
    ("已完成总投资超过10亿元", "one company's investment completed to date (progress), not a project total", "中泰崇左产业园"),
    ("80多个国家和地区", "countries, no metric", None),
    ("投入30多亿元人民币资金", "spent over 过去3年来 (a cumulative N年来 figure), no figure", "中马钦州产业园区"),
    ("完成了7.87平方公里启动区", "area", "中马钦州产业园区"),
    ("规划面积55平方公里", "area", "中马钦州产业园区"),
    ("年加工150万吨油料", "capacity", "中马钦州产业园区"),
    ("完成征地2200亩", "land area", "汕尾高新区"),
    ("将开竣工17个项目", "headline of a district story (厦门市海沧区), the 大陆最大台商投资区 is a description of the district", "海沧台商投资区"),
    ("竣工（投产）项目17个", "district figure", "海沧台商投资区"),
    ("总投资合计99.6亿元", "district figure", "海沧台商投资区"),
    ("计划投资合计7.5亿元", "district figure (annual plan)", "海沧台商投资区"),
    ("产业类项目13个", "district figure", None),
    ("占76.5%", "share", None),
    ("年度计划投资6.54亿元", "district figure", None),
    ("占87.2%", "share", None),
    ("其中工业项目5个", "district figure", None),
    ("商贸物流项目1个", "district figure", None),
    ("服务业项目7个", "district figure", None),
    ("020-8316 2270", "phone number", None),
    ("2016年9月6日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "崇左：龙赞林业循环经济产业园一年引来26家企业", "本报崇左讯 5月28日至29日", "park", "中泰崇左产业园", 2016)
ART(d, "两个临海园区的“成长账”", "本报讯 “过去3年来，我们投入", "park", "中马钦州产业园区", 2016,
    parks=["中马钦州产业园区", "汕尾高新区"])
ART(d, "大陆最大台商投资区投洽会期间将开竣工17个项目", "本报厦门讯 第19届中国国际", "district", None, 2016)
ART(d, "", "南方园区网 广告热线", "ad", None, 2016)
PG.append((d, 2016, "masthead 「2016年9月6日 星期二」; 5月28日至29日, 7月1日 and 今年上半年 are that year; 汕尾's figures carry 2015年"))


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
