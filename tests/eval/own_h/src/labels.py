"""Write own_h's jsonl labels (evidence written in simplified; h02's converted with the page's s2hk)."""
import json, pathlib
from build_pages import trad
HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "project_count": "projects", "enterprise_count": "enterprises"}
SRC = {}
def T(doc, s):
    return trad(s) if doc == "h02.txt" and s else s

gold, negs, arts, pages = [], [], [], []
def g(doc, park, aliases, metric, value, unit, qual, subject, scope, year, ysrc, ev, status="actual",
      dup=None, borderline=False, note=None, src=None):
    r = {"doc": doc, "park": park, "park_aliases": [T(doc, a) for a in aliases], "sub_areas": [],
         "category": CAT[metric], "metric": metric, "value": value, "unit": unit, "qualifier": qual,
         "from_value": None, "value_low": None, "subject": subject, "scope": scope, "status": status,
         "year": year, "year_source": ysrc, "evidence": T(doc, ev), "source_url": src or SRC[doc]}
    if dup: r["duplicate_of"] = T(doc, dup)
    if borderline: r["borderline"] = True
    if note: r["note"] = note
    gold.append(r)
def n(doc, ev, why, not_park=None):
    negs.append({"doc": doc, "evidence": T(doc, ev), "why": why, "not_park": not_park})
def a(doc, title, first, kind, park, year, parks=None):
    r = {"doc": doc, "index": sum(x["doc"] == doc for x in arts), "title": T(doc, title),
         "first": T(doc, first), "kind": kind, "park": park, "year": year}
    if parks: r["parks"] = parks
    arts.append(r)

# ---------------- h01 (2020) ----------------
D = "h01.txt"
SRC[D] = "https://p2.ttnews.xyz/a/6053aa99353e5222e1988be4 (孝感高新区, 2020-04-29 signing)"
P, AL = "孝感高新区", ["孝感高新区"]
g(D, P, AL, "project_count", 3, "count", "exact", "在孝感市2020年第一季度集中签约活动中签约的项目", "park", 2020, "article",
  "高新区3个项目在本次活动中签约")
g(D, P, AL, "project_count", 3, "count", "exact", "签约项目（标题）", "park", 2020, "article",
  "孝感高新区：3个项目参加全市集中签约", dup="高新区3个项目在本次活动中签约")
S = "苏滁高新区"
for ev, why in [("滁州市：108个重点项目集中开工", "city headline; the ceremony is held in 苏滁高新区"),
                ("本次开工的重点项目108个", "滁州市's projects started city-wide; 苏滁高新区 is the venue"),
                ("总投资达422.6亿元", "滁州市 total (venue 苏滁高新区)"),
                ("总投资30亿元的苏大天宫科技园", "a project in the city's list, no park named for it"),
                ("总投资20亿元的博石高科", "a project in the city's list"),
                ("其中工业项目81个", "city's industrial projects"), ("总投资282.5亿元", "city's industrial projects"),
                ("75%、67%", "shares"), ("此次集中开工的108个重点项目", "city total repeated"),
                ("百个重点项目", "a vague round number in an event name (city)")]:
    n(D, ev, why, S)
for ev, why in [("本次活动共29个项目签约", "孝感市's total of the signing (the park's 3 are inside it)"),
                ("总投资约234亿元", "孝感市's signing total"), ("“两资一促”", "slogan")]:
    n(D, ev, why, P)
CZ = "滁州经开区"
for ev, why in [("第十一批188个重大项目集中开工", "province headline; the meeting is held in 滁州市经济开发区"),
                ("此次全省集中开工的188个重大项目", "安徽省's projects"), ("总投资1208.3亿元", "安徽省 total"),
                ("今年计划投资116.2亿元", "安徽省 annual plan"), ("其中滁州市集中开工37个", "滁州市's share (city, not the venue park)"),
                ("总投资324亿元", "滁州市's share"), ("已集中开工建设2047个重大项目", "province cumulative"),
                ("总投资超过1.1万亿元", "province cumulative"), ("此次开工的188个项目", "province total repeated"),
                ("12个行业领域", "sectors, no metric"), ("覆盖安徽全省16市", "cities, no metric"), ("第十一批贯彻", "an ordinal")]:
    n(D, ev, why, CZ)
for ev, why in [("1—6月签约项目56个", "district headline (开州区)"), ("共签约项目56个", "开州区 (district)"),
                ("总投资297亿元", "开州区"), ("正式协议投资239亿元", "开州区 agreements"),
                ("工业项目投资46个", "开州区"), ("总投资221亿元", "开州区")]:
    n(D, ev, why)
for ev, why in [("疫情之年新签约项目34个", "district headline (东坡区); the parks only attend the meeting"),
                ("新签约项目34个、协议资金648.9亿元", "东坡区's 2020 result; park招商局 heads merely attend"),
                ("协议资金648.9亿元的亮眼成绩", "东坡区's agreements")]:
    n(D, ev, why, "甘眉工业园区")
n(D, "0550-3012876", "phone number in an ad")
a(D, "● 滁州市：108个重点项目集中开工", "市场星报、安徽财经网讯", "city", None, 2020)
a(D, "● 孝感高新区：3个项目参加全市集中签约", "4月29日，孝感市举行", "park", P, 2020)
a(D, "● 安徽省：第十一批188个重大项目集中开工", "11月28日上午，安徽省", "province", None, 2020)
a(D, "● 开州区：1—6月签约项目56个", "今年1—6月，开州区共", "district", None, 2020)
a(D, "● 东坡区：疫情之年新签约项目34个", "12月1日上午，区委副书", "district", None, 2020)
a(D, "", "图为苏滁高新区一处集中开工现场", "other", None, 2020)
a(D, "", "【广告】皖东园区厂房招租", "ad", None, 2020)
pages.append({"doc": D, "year": 2020, "clue": "masthead 「园区周刊 · 第3版 · 2020年12月18日 星期五」, a year-end briefs roundup; 孝感 “2020年第一季度”, 东坡 “2020年受疫情防控影响”"})

# ---------------- h02 (2019, traditional GB18030) ----------------
D = "h02.txt"
SRC[D] = "https://m.yybnet.net/chuzhou/news/201912/10054896.html (滁州日报 via 云游滁州, 2019-12)"
P, AL = "滁州经开区", ["滁州经开区"]
for ev, v, subj in [("园区新签约亿元以上项目50个", 50, "新签约亿元以上项目"), ("其中5亿元以上项目10个", 10, "5亿元以上项目（新签约）"),
                    ("10亿元以上项目4个", 4, "10亿元以上项目（新签约）"), ("30亿元以上项目3个", 3, "30亿元以上项目（新签约）"),
                    ("50亿元以上项目2个", 2, "50亿元以上项目（新签约）")]:
    g(D, P, AL, "project_count", v, "count", "exact", subj, "park", 2019, "page", ev,
      note="截至目前 on an undated lead: the page year")
g(D, P, AL, "investment_total", 23852000000, "CNY", "exact", "新签约亿元以上项目累计总投资", "park", 2019, "page", "累计总投资238.52亿元")
for ev in ["其中5亿元以上", "、10亿元以上", "、30亿元以上", "、50亿元以上"]:
    pass
n(D, "新签约亿元以上", "threshold (亿元), not an amount", P)
n(D, "其中5亿元以上", "threshold 5亿元, not an amount", P)
n(D, "个，10亿元以上", "threshold 10亿元", P)
n(D, "个，30亿元以上", "threshold 30亿元", P)
n(D, "个，50亿元以上", "threshold 50亿元", P)
ZY = [("遵义市11月新开工亿元以上项目17个", "city headline (遵义市)"), ("11月份，遵义市新开工亿元以上项目17个", "遵义市"),
      ("总投资191.13亿元", "遵义市"), ("累计新开工亿元以上项目232个", "遵义市 1-11月"), ("总投资1917.56亿元", "遵义市 1-11月")]
for dist, c, inv in [("红花岗区", 2, "98.22"), ("播州区", 3, "15.56"), ("桐梓县", 1, "2.71"), ("绥阳县", 2, "4.71"),
                     ("务川自治县", 1, "6.00"), ("道真自治县", 2, "3.78"), ("仁怀市", 3, "50.51"), ("习水县", 3, "9.64")]:
    ZY += [(f"{dist}{c}个", f"{dist} (a district/county of 遵义)"), (f"总投资{inv}亿元", f"{dist}")]
ZY += [("74.3亿元15个项目", "city headline (渝黔合作, 遵义)"), ("现场达成合作项目15个", "遵义市 cooperation projects"),
       ("投资金额74.3亿元", "遵义市"), ("等13个县（市、区）", "counties, no metric"), ("累计投资项目1103个", "重庆客商 in 遵义 2013-2018"),
       ("合同投资总额2371.34亿元", "city cumulative"), ("实现到位资金2194.62亿元", "到位资金 is no metric (city)"),
       ("0851-28226615", "phone number in an ad")]
for ev, why in ZY:
    n(D, ev, why)
a(D, "滁州经开区夯实高质量发展“硬环境”", "一幢幢厂房拔地而起", "park", P, 2019)
a(D, "", "图为滁州经开区一处新建厂房", "other", None, 2019)
a(D, "遵义市11月新开工亿元以上项目17个", "四季度是年度收官季", "city", None, 2019)
a(D, "渝黔“牵手” 74.3亿元15个项目将落地遵义", "央广网遵义8月30日消息", "city", None, 2019)
a(D, "", "（广告）黔北园区物流专线", "ad", None, 2019)
pages.append({"doc": D, "year": 2019, "clue": "masthead 「2019年12月27日 星期五」; 滁州经开区's 截至目前/今年以来 take it; 遵义 “2013年至2018年” look-back, 8月30日 dateline"})

# ---------------- h03 (2022, UTF-8 BOM, CRLF, Markdown) ----------------
D = "h03.txt"
SRC[D] = "http://ac.rexun.cn/kechuang/2022/1009/100973393.html (成都未来科技城, 2022-10-09)"
P, AL = "成都未来科技城", ["成都未来科技城"]
E0 = "总投资253亿元的18个重大项目"
g(D, P, AL, "investment_total", 25300000000, "CNY", "exact", "集中开工重大项目总投资", "park", 2022, "article", E0)
g(D, P, AL, "project_count", 18, "count", "exact", "集中开工重大项目", "park", 2022, "article", E0)
H = "18个重大项目集中开工 总投资253亿元"
g(D, P, AL, "project_count", 18, "count", "exact", "集中开工重大项目（标题）", "park", 2022, "article", H, dup=E0)
g(D, P, AL, "investment_total", 25300000000, "CNY", "exact", "集中开工重大项目总投资（标题）", "park", 2022, "article", H, dup=E0)
for ev, metric, v, subj in [("等重大产业化项目8个", "project_count", 8, "重大产业化项目"),
                            ("总投资161亿元", "investment_total", 16100000000, "重大产业化项目总投资"),
                            ("等功能配套项目5个", "project_count", 5, "功能配套项目"),
                            ("总投资76亿元", "investment_total", 7600000000, "功能配套项目总投资"),
                            ("等能源保障项目5个", "project_count", 5, "能源保障项目"),
                            ("总投资16亿元", "investment_total", 1600000000, "能源保障项目总投资")]:
    g(D, P, AL, metric, v, "CNY" if metric != "project_count" else "count", "exact", subj, "park", 2022, "article", ev)
g(D, P, AL, "project_count", 8, "count", "exact", "当天集中开工的重大产业化项目", "park", 2022, "article",
  "等8个重大产业化项目集中开工", dup="等重大产业化项目8个")
g(D, P, AL, "project_count", 18, "count", "exact", "已引进重大项目（累计）", "park", 2022, "article", "已引进重大项目18个",
  note="截至目前; the article's year from “2022年，成都未来科技城将…”")
g(D, P, AL, "investment_total", 110000000000, "CNY", "nearly", "已引进重大项目总投资", "park", 2022, "article", "总投资近1100亿元")
g(D, P, AL, "project_count", 5, "count", "exact", "百亿级项目", "park", 2022, "article", "其中百亿级项目5个")
g(D, P, AL, "project_count", 62, "count", "exact", "推动实施的政府投资项目", "park", 2022, "explicit", "将推动实施政府投资项目62个", status="target")
g(D, P, AL, "investment_total", 40900000000, "CNY", "exact", "政府投资项目总投资", "park", 2022, "explicit", "总投资409亿元", status="target")
Y, YA = "余杭经开区", ["临平开发区", "余杭经开区", "余杭经济技术开发区"]
SRC["y"] = "http://www.360doc.com/content/22/0127/17/65264576_1015124466.shtml (repost of 临平发布, 2022-01-27)"
def gy(*args, **kw):
    g(*args, src=SRC["y"], **kw)
gy(D, Y, YA, "output_value", 100000000000, "CNY", "over", "规上工业总产值", "park", 2021, "explicit", "规上工业总产值突破千亿元")
gy(D, Y, YA, "output_value", 100000000000, "CNY", "over", "规上工业总产值（标题）", "park", 2021, "article", "规上产值破千亿", dup="规上工业总产值突破千亿元")
gy(D, Y, YA, "output_value", 106177000000, "CNY", "exact", "规上工业总产值", "park", 2021, "article", "全年实现规上工业总产值1061.77亿元")
gy(D, Y, YA, "output_value", 77528000000, "CNY", "exact", "装备制造业工业总产值", "park", 2021, "article", "两大主导产业分别实现工业总产值775.28")
gy(D, Y, YA, "output_value", 11291000000, "CNY", "exact", "生物医药工业总产值", "park", 2021, "article", "112.91亿元")
for ev, v, q, subj in [("已拥有300多家规上工业企业", 300, "over", "规上工业企业"), ("产值百亿元以上企业2家", 2, "exact", "产值百亿元以上企业"),
                       ("50亿元以上企业4家", 4, "exact", "产值50亿元以上企业"), ("10亿元以上企业21家", 21, "exact", "产值10亿元以上企业"),
                       ("亿元以上企业125家", 125, "exact", "产值亿元以上企业"), ("上市公司16家", 16, "exact", "上市公司")]:
    gy(D, Y, YA, "enterprise_count", v, "count", q, subj, "park", 2022, "page", ev, borderline=True,
       note="已拥有 in an article dated 近日 on the 2022 page: the page year (the paragraph may describe end-2021)")
for ev, why, np in [("对217家国家级经开区", "national count of ETDZs", Y), ("在217个国家级开发区中", "national count", Y),
                    ("综合排名24位", "a ranking", Y), ("从第42位排名跃升了18位", "a change of ranking, not a metric", Y),
                    ("位列第9", "a ranking", Y), ("跃居第24位", "a ranking (headline)", Y), ("同比增长23.2%", "growth rate", Y),
                    ("规上工业增加值313.69亿元", "增加值 is no metric", Y), ("同比增长16.8%", "growth rate", Y),
                    ("分别同比增长27.3%、20.1%", "growth rates", Y), ("“千亿级”产业平台", "a label, not a figure", Y),
                    ("产值百亿元以上", "threshold", Y), ("2021年国家级经济技术开发区综合发展", "a year in an evaluation's name", Y)]:
    n(D, ev, why, np)
for ev, why in [("一季度落实签约项目16个", "prefecture headline (黔东南州)"), ("共实现签约项目16个", "黔东南州 (prefecture)"),
                ("签约总金额33.26亿元", "黔东南州"), ("项目投资额11.35亿元", "a 台江县 project (county)"),
                ("年产20万吨", "capacity"), ("项目用地110亩", "area"), ("年营业收入30亿元", "revenue, no metric"),
                ("年创税2.5亿元", "tax of a county project outside any park"), ("带动就业400人", "jobs"),
                ("中国500强企业", "a ranking label"), ("028-83306712", "phone number in an ad")]:
    n(D, ev, why)
a(D, "## 成都未来科技城：18个重大项目集中开工 总投资253亿元", "10月8日，成都未来科技城", "park", P, 2022)
a(D, "## 临平开发区（余杭经开区）跃居第24位 规上产值破千亿", "近日，国家商务部完成了", "park", Y, 2022)
a(D, "## 黔东南州一季度落实签约项目16个", "记者从黔东南州投资促进局", "city", None, 2022)
a(D, "", "**广告**　蓉北科创园", "ad", None, 2022)
pages.append({"doc": D, "year": 2022, "clue": "masthead 「2022年10月14日 星期五　第5版」; 成都 “2022年，成都未来科技城将…”, 临平 reviews 2021 (“2021年开发区…”), 黔东南 “2022年一季度”"})

# ---------------- h04 (2018) ----------------
D = "h04.txt"
SRC[D] = "https://fensifuwu.com/economics/2018/07/01/289808.html (孝感新鲜事, 2018-06-30 signing)"
P, AL = "孝感临空经济区", ["孝感临空经济区", "孝感市临空经济区", "临空区"]
g(D, P, AL, "investment_total", 70000000000, "CNY", "about", "生态智慧新城项目总投资", "project", 2018, "page", "项目总投资约700亿元",
  note="dateline 6月30日 without a year: the page year")
n(D, "占地13.9平方公里", "area", P); n(D, "“四城合一”", "slogan", P)
for ev, why in [("孝感签约4个逾300亿元项目", "city headline (孝感市)"), ("两大项目投资均超过300亿元", "孝感市's signing"),
                ("空港凤凰科技城总投资500亿元", "a project located in 临空区, in a city story"),
                ("投资额分别为300亿元", "a park project repeated in the city's story"), ("、700亿元", "the park's project repeated in the city's story"),
                ("4个逾300亿元项目落户", "city"), ("已引进各类项目156个", "孝感市 total"), ("合同引资额2400多亿元", "孝感市"),
                ("等15家央企、省属国企", "state firms signed with the city"), ("引资总额1021亿元", "孝感市"), ("五大板块", "sections of a project")]:
    n(D, ev, why, P)
for ev, why in [("签约的218个亿元以上重点工业项目", "安庆市 (city)"), ("已有199个项目实质性开工建设", "安庆市"), ("达91.28%", "share"),
                ("有118个项目竣工投产", "安庆市"), ("达54.13%", "share"), ("0712-2856013", "phone number")]:
    n(D, ev, why)
a(D, "孝感临空经济区：生态智慧新城项目签约", "6月30日下午，孝感市临空", "park", P, 2018)
a(D, "16天，孝感签约4个逾300亿元项目", "湖北日报讯（记者宋效忠", "city", None, 2018)
a(D, "安庆：签约亿元以上重点工业项目九成已开工", "我市2018年签约的218", "city", None, 2018)
a(D, "", "本版联系电话：0712", "other", None, 2018)
pages.append({"doc": D, "year": 2018, "clue": "masthead 「2018年10月19日 星期五　第4版」; 安庆 “我市2018年签约的…截至9月底”; the 孝感 stories have only 6月30日/7月15日 and 今年以来"})

# ---------------- h05 (2016, UTF-16, wrapped at 30) ----------------
D = "h05.txt"
SRC[D] = "http://twwtn.com/detail_176615.htm (科技世界网 on 天津高新区's 2015 results)"
P, AL = "天津高新区", ["天津高新区"]
g(D, P, AL, "output_value", 157200000000, "CNY", "exact", "规模以上工业总产值", "park", 2015, "explicit", "规模以上工业总产值完成1572亿元")
g(D, P, AL, "investment_annual", 45000000000, "CNY", "exact", "固定资产投资（全年完成）", "park", 2015, "article", "固定资产投资完成450亿元",
  note="after ； the clause has no year of its own")
g(D, P, AL, "project_count", 37, "count", "exact", "新开工项目", "park", 2015, "article", "全年新开工项目37个")
g(D, P, AL, "enterprise_count", 1328, "count", "exact", "新增科技型中小企业", "park", 2015, "explicit", "新增科技型中小企业1328",
  note="the wrap puts 家 on the next line")
g(D, P, AL, "enterprise_count", 7619, "count", "over", "科技型中小企业总数", "park", 2015, "explicit", "总数突破7619家")
g(D, P, AL, "enterprise_count", 70, "count", "exact", "新增“科技小巨人”企业", "park", 2015, "article", "新增“科技小巨人”企业70家")
g(D, P, AL, "enterprise_count", 198, "count", "exact", "新增高新技术企业", "park", 2015, "article", "术企业198家",
  note="the wrap splits 高新技 / 术企业")
g(D, P, AL, "enterprise_count", 20, "count", "exact", "新增“新三板”挂牌企业", "park", 2015, "article", "“新三板”挂牌企业20家")
for ev, why in [("实际利用外资14亿美元", "foreign capital used, no metric"), ("内联引资累计178亿元", "domestic capital attracted (到位), no metric"),
                ("超过202万平方米", "floor area"), ("长17.7%", "growth rate (the wrap splits 增 / 长)"), ("450亿元，增长16%", "growth rate"),
                ("同比增长18%", "growth rate"), ("增长20%", "growth rate"), ("器6个", "incubators, no metric")]:
    n(D, ev, why, P)
G = "高邮经开区"
n(D, "打造千亿级园区、争创国家级开发区", "a goal without a figure", G)
n(D, "2016年工作总体思路四个方面", "a count of report sections", G)
for ev, why in [("开、复工项目52项", "长春市国资委's state firms, not a park"), ("开、复工率79%", "a rate of work resumption"),
                ("成投资90.5亿元，比上年同期", "state firms' investment (city), the wrap splits 完 / 成"), ("比上年同期增长16%", "growth rate"),
                ("69%。", "share (the wrap puts it alone on a line)"), ("出资企业前三季度完成投资90.5亿元", "headline (长春市国资委)"),
                ("低至800元", "ad price"), ("热线022-", "phone number, split by the wrap")]:
    n(D, ev, why)
a(D, "天津高新区：瞄准产业前沿 培育产业生态", "本报记者 刘洋", "park", P, 2016)
a(D, "高邮经济开发区：瞄准千亿级园区", "本报讯 17日，高邮市委副书", "park", G, 2016)
a(D, "长春市国资委：出资企业前三季度完成投资90.5亿元", "今年是“十三五”开局之年。面对", "other", None, 2016)
a(D, "", "广告：海河之滨孵化空间", "ad", None, 2016)
pages.append({"doc": D, "year": 2016, "clue": "masthead 「2016年11月25日 星期五」; 高邮 and 长春 “今年是“十三五”开局之年”, 高邮 “2016年工作总体思路”; 天津 figures are dated 2015 in the text"})

# ---------------- h06 (2018, Markdown interview) ----------------
D = "h06.txt"
SRC[D] = "https://jkq.huainan.gov.cn/tzzs/zsqk/91814158.html (淮南经开区, 2018-09-19)"
P, AL = "淮南经开区", ["淮南经开区", "淮南经济技术开发区"]
g(D, P, AL, "project_count", 29, "count", "exact", "签约项目（1-8月）", "park", 2018, "page", "等项目２９个",
  note="the question's 今年1-8月 takes the page year")
g(D, P, AL, "project_count", 29, "count", "exact", "签约项目（标题）", "park", 2018, "page", "前八个月签约项目二十九个", dup="等项目２９个")
g(D, P, AL, "project_count", 13, "count", "exact", "签约工业项目", "park", 2018, "page", "其中工业项目１３个")
g(D, P, AL, "project_count", 8, "count", "exact", "入驻科创中心项目", "park", 2018, "page", "另有８个项目入驻科创中心")
g(D, P, AL, "project_count", 40, "count", "exact", "跟踪在谈项目", "park", 2018, "page", "跟踪在谈的项目累计四十个", borderline=True,
  note="projects under negotiation, not signed")
g(D, P, AL, "investment_total", 15000000000, "CNY", "about", "在谈项目拟投资总额", "park", 2018, "page", "拟投资总额约１５０亿元",
  status="target", borderline=True, note="拟投资 of projects still in talks: a planned total")
g(D, P, AL, "project_count", 8, "count", "exact", "进入协议起草阶段的项目", "park", 2018, "page", "其中八个项目已进入协议起草阶段", borderline=True)
n(D, "年产４００吨", "capacity", P); n(D, "“一号工程”", "a label", P); n(D, "今年1-8月", "a period", P)
F = "凤冈有机生态工业聚集区"
for ev, why in [("十九个产业园区上半年新增签约项目157个", "city headline: 遵义市's 19 parks together"),
                ("到位资金近１０亿元", "到位资金 is no metric (a county industrial zone quoted in a city story)"),
                ("已完成年初任务的93%以上", "share"), ("重点打造的19个产业园区之一", "a count of parks"),
                ("19个产业园区新增签约项目157个", "遵义市's parks in aggregate (city figure)"), ("签约资金480多亿元", "city aggregate"),
                ("到位资金204亿多元", "到位资金, city aggregate"), ("入园企业629户", "city aggregate"),
                ("规模以上工业总产值452亿多元", "city aggregate of 19 parks"), ("新增签约项目40个", "agricultural parks of the city"),
                ("签约资金近57亿元", "city"), ("新增签约项目56个", "tourist sites of the city"), ("签约资金220多亿元", "city"),
                ("完成工业投资230多亿元", "city aggregate"), ("标准厂房101万平方米", "floor area")]:
    n(D, ev, why, F)
n(D, "0554-6652301", "phone number")
a(D, "## 访谈｜淮南经开区：前八个月签约项目二十九个", "本报记者 周敏", "park", P, 2018)
a(D, "## 遵义：十九个产业园区上半年新增签约项目157个", "本报讯 园区定位准不准", "city", None, 2018)
a(D, "", "（广告）淮河岸边", "ad", None, 2018)
pages.append({"doc": D, "year": 2018, "clue": "masthead 「2018年9月28日 星期五　第4版」; the interview's 今年1-8月 and 遵义's 今年上半年 take it"})

# ---------------- h07 (2025, briefs, full-width digits) ----------------
D = "h07.txt"
SRC[D] = "http://www.zbwmy.com/162/168/2025/02/13/160195184.html (孝感 2024 Q4, 2025-02-13)"
X = "孝感高新区"
for ev, why, np in [("新开工亿元以上项目二百一十八个", "city headline (孝感市)", None), ("新开工亿元以上项目２１８个", "孝感市", None),
                    ("总投资１００５亿元", "孝感市", None), ("年度计划投资１３４亿元", "孝感市", None), ("过１０亿元项目２５个", "孝感市", None),
                    ("总投资４６３亿元", "孝感市", None), ("民间投资项目１３０个", "孝感市", None), ("总投资６２８亿元", "孝感市", None),
                    ("年产2000万台", "capacity", None), ("总投资５２亿元", "a company's project, no park named", None),
                    ("三区开工项目总投资３０１亿元", "three districts together (孝南、高新、临空): not the park alone", X),
                    ("占全市开工项目总投资的30%", "share", X), ("个数占全市的1/3", "share", X),
                    ("集中开工项目均超过30个", "cities/districts of 孝感", None), ("投资额均超过150亿元", "cities/districts", None),
                    ("主导产业项目１２８个", "孝感市 by industry", None), ("总投资６１５亿元", "孝感市", None),
                    ("生命健康类项目十六个", "孝感市", None), ("总投资７１亿元", "孝感市", None),
                    ("去年三季度一千零一十六亿元项目开工", "city headline", None), ("新开工亿元以上项目１９２个", "孝感市 2024 Q3", None),
                    ("总投资１０１６亿元", "孝感市", None), ("年度计划投资２０３亿元", "孝感市", None),
                    ("50亿元以上项目６个", "孝感市", None), ("总投资３６１亿元", "孝感市", None), ("10亿元以上项目１７个", "孝感市", None),
                    ("总投资５８１亿元", "孝感市", None), ("先进制造业项目１１４个", "孝感市", None), ("总投资４５５亿元", "孝感市", None),
                    ("另有４２个项目落户主城区", "孝感市's main urban area", None), ("总投资３８９亿元", "孝感市", None),
                    ("签约５７１个", "孝感市", None), ("开工３１７个", "孝感市", None), ("投产１８９个", "孝感市", None)]:
    n(D, ev, why, np)
K = "海盛科学谷"
for ev, why, np in [("三季度十五个重大项目开工", "county headline (闽侯县)", None), ("本次共有十五个项目开工", "闽侯县", None),
                    ("总投资１２８亿元", "闽侯县", None), ("年计划投资３２．９亿元", "闽侯县", None),
                    ("总投资约３１亿元", "one company project named 科学谷 (not a park) in a county story", K),
                    ("年计划投资５亿元", "the project's annual plan, county story", K), ("约110亩", "area", K),
                    ("约17万平方米", "floor area", K), ("两大前沿产业", "industries", K), ("0591-22861573", "phone number", None)]:
    n(D, ev, why, np)
a(D, "● 孝感：去年四季度新开工亿元以上项目二百一十八个", "在去年第四季度重大项目", "city", None, 2024)
a(D, "● 孝感：去年三季度一千零一十六亿元项目开工", "去年9月20日，孝感市在", "city", None, 2024)
a(D, "● 闽侯县：三季度十五个重大项目开工", "7月23日，闽侯县第三季度", "county", None, 2025)
a(D, "", "图为海盛科学谷项目开工现场", "other", None, 2025)
a(D, "", "【广告】榕城产业园厂房招商", "ad", None, 2025)
pages.append({"doc": D, "year": 2025, "clue": "masthead 「区县经济 · 第3版 · 2025年7月25日 星期五」; 孝感 items are 去年 (2024) quarters; 闽侯 dateline 7月23日"})

# ---------------- h08 (2017, party page) ----------------
D = "h08.txt"
SRC[D] = "http://www.jjtv.cc/partybuilding_1/652.html (京津科技谷, 2017-07-06)"
J = "京津科技谷"
n(D, "中心建筑面积3320平方米", "floor area", J)
n(D, "“一站、一区、一中心”", "a layout slogan, not service items (service_count)", J)
for ev, why in [("三个园区党委揭牌", "party committees of three small parks inside a district story (嘉定区)"),
                ("11个“理想湾”党群服务站", "service stations are not service_count; district story"),
                ("十一个“理想湾”党群服务站授牌", "headline, stations (district)"), ("有3个市级工业园区", "a count of parks (district)"),
                ("33个民营经济社区", "communities (district)"), ("2017-2019年基层党建三年行动计划", "a plan period"),
                ("13.12万户", "湛江市's non-public organisations (city)"), ("私营企业9417户", "city"), ("外资企业1793户", "city"),
                ("个体工商户12万个", "city"), ("党员3080人", "湛江市 (city) party members"), ("已建立党组织344个", "湛江市 party organisations"),
                ("组建率98.6%", "city rate"), ("新成立党组织26个", "city"), ("发展新党员150人", "city new members"),
                ("全年52期", "subscription notice"), ("022-29316607", "phone number")]:
    n(D, ev, why)
a(D, "", "编者按：园区企业多、党员散", "other", None, 2017)
a(D, "京津科技谷：党群服务中心建成投用", "6月底，京津科技谷党群服务", "park", J, 2017)
a(D, "嘉定区：十一个“理想湾”党群服务站授牌", "日前，嘉定区召开深化园区", "district", None, 2017)
a(D, "湛江市：非公经济组织党工委成立一年", "去年2月11日，湛江市非公", "city", None, 2016)
a(D, "", "征订启事：《党建在园区》", "ad", None, 2017)
pages.append({"doc": D, "year": 2017, "clue": "masthead 「2017年8月25日 星期五　第6版」; 嘉定 “2017-2019年…三年行动计划”; 湛江 “去年2月11日” (2016)"})

def dump(name, rows):
    (SET / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
dump("gold.jsonl", gold); dump("negatives.jsonl", negs); dump("articles.jsonl", arts); dump("pages.jsonl", pages)
print(len(gold), len(negs), len(arts))
