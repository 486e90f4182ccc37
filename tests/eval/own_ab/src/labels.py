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
 "shuyang21": "http://malachuanpu.com/cnsq/2021zdxmdt/202112/7de6d80fc2b545efaefead52e0874c97.shtml",
 "jianhu21": "https://investchn.com/index.php/home/news/detail/id/207776.html",
 "suqian21": "http://www.sihfc.cn/news/10009111.html",
 "feicheng21": None,  # stored page without an address; see SOURCES.md
 "yucheng21": "http://m.yybnet.net/dezhou/yucheng/202105/11452728.html",
 "yiyuan21": "https://sd.news.163.com/21/0531/14/GBB6HHA704378EQJ.html",
 "yanjin24": "https://yanjin.gov.cn/newsinfo/20503.html",
 "zhongxiang24": "http://zhongxiang.gov.cn/art/2024/1/16/art_27664_1077505.html",
 "guangde24": "http://www.dingqianjf.com/news/show/045962dc0c3aeb60.html",
 "puyang24": "http://fagai.puyang.gov.cn/news/fgdt/2024-04-29/24879.html",
 "tianchang24": "http://www.nodetpl.com/2024/0914/498179.shtml",
 "lishizhen22": "https://big5.cri.cn/gate/big5/hb.cri.cn/n/20221110/1082a766-72b6-a270-a098-2e628e2e2304.html",
 "zhongxiang22": "http://m-zhongxiang.cjyun.org/p/108804.html",
 "huanggang22": "http://m.hbtv.com.cn/p/2221370.html",
 "qingzhou11": "https://sd.022s.com/yuanqu/detail/792/intro",
 "nanpi11": "http://8881783.cn/hebei/info/198166.html",
 "tianchang11": "https://m.yybnet.net/chuzhou/tianchang/201109/725154.html",
}
PARK = {  # canonical park -> aliases as written (simplified; converted per page and kept where found on the page)
 "江山经开区": ["江山经开区", "江山经济开发区"],
 "诸暨经开区": ["诸暨开发区", "诸暨经济开发区"],
 "建湖经开区": ["建湖开发区", "建湖县经济开发区"],
 "肥城高新区": ["肥城高新区"],
 "延津先进制造业开发区": ["延津先进制造业开发区", "延津县先进制造业开发区"],
 "钟祥经开区": ["钟祥经开区", "钟祥经济开发区"],
 "广德经开区": ["广德经开区", "广德经济开发区"],
 "李时珍医药工业园区": ["黄冈蕲春李时珍医药工业园区", "李时珍医药工业园区"],
 "青州经开区": ["青州经济开发区"],
 "南皮经开区": ["南皮经济开发区", "南皮县经济开发区"],
}
SUB = {("ab04", "钟祥经开区"): ["装备制造产业示范园", "新能源产业园区"], ("ab06", "南皮经开区"): ["城东工业区", "乌马营工业园区"]}

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
    G(d, p, "investment_total", 20 * Y, "智能驾驶项目", "一个总投资20亿元的智能驾驶项目", 2024, "article", "zhuji24", scope="project")
    G(d, p, "investment_total", 50 * Y, "唯酷光电有限公司新一代柔性液晶显示膜基地", "唯酷光电有限公司计划总投资50亿元", 2024, "article", "zhuji24", scope="project")

# ---------------- ab02 (no masthead year; 2021 from 沭阳's dateline and 宿迁's 「2021年全市」; GB18030, wrap 30) ----
d = "ab02"
if d in PAGES:
    p = "建湖经开区"; NT = "今年以来 / 1至8月 carry no year; the page's own dates (2021年12月20日, 2021年全市…) give 2021"
    G(d, p, "project_count", 18, "1至8月引进实施的超亿元工业项目", "引进实施超亿元工业项目18个", 2021, "page", "jianhu21", note=NT)
    G(d, p, "project_count", 18, "1至8月引进超亿元项目（标题）", "建湖开发区前8月引进超亿元项目18个", 2021, "page", "jianhu21",
      dup="引进实施超亿元工业项目18个")
    G(d, p, "project_count", 3, "超10亿元项目（1至8月引进）", "其中超10亿元项目3个", 2021, "page", "jianhu21")
    G(d, p, "investment_total", 50 * Y, "深圳拓野年产10GWh储能电池项目", "总投资50亿元的深圳拓野", 2021, "page", "jianhu21", scope="project")
    G(d, p, "tax_profit", 8 * Y, "拓野储能电池项目建成投产后税收", "税收8亿元", 2021, "page", "jianhu21", scope="project", status="target")
    G(d, p, "investment_total", 30 * Y, "润阳高效晶硅电池项目", "总投资30亿元的润阳高效晶硅电池项目", 2021, "page", "jianhu21", scope="project")

# ---------------- ab03 (masthead 2021年9月13日; 山东; UTF-16, Markdown, a text table) ----------------
d = "ab03"
if d in PAGES:
    p = "肥城高新区"; NT = "今年以来 / 9月11日 carry no year; 「山东省2021年春季重大项目泰安分会场开工仪式」 in the same article anchors 2021"
    G(d, p, "investment_total", 5.6 * Y, "鲁泰建材年产2500万平方米装配式建筑及装修材料项目", "项目计划总投资5.6亿元", 2021, "article", "feicheng21",
      scope="project", note=NT)
    G(d, p, "output_value", 5 * Y, "鲁泰装配式建材项目达产后年产值", "达产后可实现年产值5亿元以上", 2021, "article", "feicheng21",
      qual="over", scope="project", status="target")
    G(d, p, "tax_profit", 1.2 * Y, "鲁泰装配式建材项目达产后利税", "利税1.2亿元以上", 2021, "article", "feicheng21",
      qual="over", scope="project", status="target")
    G(d, p, "project_count", 11, "今年以来新签约过亿元项目", "等过亿元项目11个", 2021, "article", "feicheng21")
    G(d, p, "investment_total", 178.8 * Y, "今年以来新签约过亿元项目计划总投资", "计划总投资178.8亿元；", 2021, "article", "feicheng21")
    G(d, p, "project_count", 12, "已签约并取得土地、等待开工的项目", "等待开工的项目12个", 2021, "article", "feicheng21")
    G(d, p, "project_count", 32, "正在铺开建设的项目", "正在铺开建设的项目32个", 2021, "article", "feicheng21")
    G(d, p, "project_count", 16, "新竣工投产的重点项目", "欧士达等16个重点项目新竣工投产", 2021, "article", "feicheng21")
    TR = "新签约过亿元项目 | 11个 | 178.8亿元"
    G(d, p, "project_count", 11, "新签约过亿元项目（表格）", TR, 2021, "article", "feicheng21", dup="等过亿元项目11个")
    G(d, p, "investment_total", 178.8 * Y, "新签约过亿元项目计划总投资（表格）", TR, 2021, "article", "feicheng21", dup="计划总投资178.8亿元；")

# ---------------- ab04 (masthead 2024年9月20日; s2tw, 「」; ● briefs; Chinese numerals) ----------------
d = "ab04"
if d in PAGES:
    p = "延津先进制造业开发区"; NT = "截至目前 carries no year; the masthead 2024 gives it (the source is of 2024-07-22)"
    G(d, p, "enterprise_count", 211, "入驻企业", "开发区共入驻企业二百一十一家", 2024, "page", "yanjin24", note=NT)
    G(d, p, "enterprise_count", 98, "“四上”企业（分别）", "分别为九十八家", 2024, "page", "yanjin24")
    G(d, p, "enterprise_count", 84, "规上工业企业（分别）", "九十八家、八十四家", 2024, "page", "yanjin24")
    G(d, p, "enterprise_count", 28, "高新技术企业", "拥有高新技术企业二十八家", 2024, "page", "yanjin24")
    G(d, p, "enterprise_count", 21, "省级“专精特新”中小企业", "中小企业二十一家", 2024, "page", "yanjin24")
    p = "钟祥经开区"; NT = "the 装备制造产业示范园 and its 新能源产业园区 lie in 钟祥经济开发区一体化区域 (sub_areas)"
    G(d, p, "output_value", 100 * Y, "装备制造产业示范园2026年产值目标", "力争到2026年实现产值100亿元", 2026, "explicit", "zhongxiang24",
      status="target", note=NT)
    G(d, p, "output_value", 100 * Y, "装备制造产业示范园2026年产值目标（标题）", "装备制造示范园力争2026年产值100亿元", 2026, "explicit", "zhongxiang24",
      status="target", dup="力争到2026年实现产值100亿元")
    G(d, p, "tax_profit", 6 * Y, "装备制造产业示范园2026年税收目标", "税收6亿元", 2026, "explicit", "zhongxiang24", status="target")
    G(d, p, "enterprise_count", 12, "新能源产业园区现有企业", "泰信锂电池等企业12家", 2024, "page", "zhongxiang24")
    G(d, p, "project_count", 11, "新能源产业园区新签约入驻项目", "电池模组等项目11个", 2024, "page", "zhongxiang24")
    G(d, p, "investment_total", 95 * Y, "新能源产业园区新签约入驻项目总投资", "总投资95亿元", 2024, "page", "zhongxiang24")
    p = "广德经开区"; NT = "the 2023 of the previous sentence dates the start of construction; the figures take the page year"
    G(d, p, "investment_total", 5000 * W, "福莱斯伯（安徽）精密科技有限公司项目", "这个投资5000万美元的项目", 2024, "page", "guangde24",
      unit="USD", scope="project", note=NT)
    G(d, p, "output_value", 3 * Y, "福莱斯伯项目达产后年产值", "达产后可实现年产值3亿元", 2024, "page", "guangde24", scope="project", status="target")
    G(d, p, "tax_profit", 3000 * W, "福莱斯伯项目达产后税收", "税收3000万元", 2024, "page", "guangde24", scope="project", status="target")

# ---------------- ab05 (masthead 2022年11月14日; s2hk, 「」; UTF-8 BOM + CRLF; plain headings) ----------------
d = "ab05"
if d in PAGES:
    p = "李时珍医药工业园区"; NT = "今年上半年 / 同期 carry no year; 「截至2022年8月」 of the lead anchors 2022"
    G(d, p, "project_count", 66, "截至2022年8月签约落户项目", "园区共签约落户项目66个", 2022, "explicit", "lishizhen22")
    G(d, p, "project_count", 66, "签约落户项目（标题）", "李时珍医药工业园区签约落户项目达66个", 2022, "article", "lishizhen22",
      dup="园区共签约落户项目66个")
    G(d, p, "investment_total", 235.18 * Y, "签约落户项目协议总投资", "协议总投资235.18亿元", 2022, "explicit", "lishizhen22")
    G(d, p, "project_count", 64, "亿元以上签约落户项目（分别）", "分别有64个", 2022, "explicit", "lishizhen22")
    G(d, p, "project_count", 16, "5亿元以上签约落户项目（分别）", "64个、16个", 2022, "explicit", "lishizhen22")
    G(d, p, "project_count", 6, "10亿元以上签约落户项目（分别）", "16个、6个", 2022, "explicit", "lishizhen22")
    G(d, p, "project_count", 5, "上半年签约招商引资项目", "园区签约招商引资项目5个", 2022, "article", "lishizhen22", note=NT)
    G(d, p, "investment_total", 10 * Y, "上半年签约招商引资项目协议总投资", "协议总投资10亿元", 2022, "article", "lishizhen22")
    G(d, p, "investment_total", 15 * Y, "上半年开工建设的重点项目总投资", "总投资超过15亿元", 2022, "article", "lishizhen22", qual="over")

# ---------------- ab06 (masthead 2011年9月5日; full-width digits; plain headings and a ● brief) ----------------
d = "ab06"
if d in PAGES:
    p = "青州经开区"; NT = "目前 carries no year; the lead 「2011年以来」 anchors 2011"
    G(d, p, "enterprise_count", 300, "注册企业", "开发区共有注册企业三百多家", 2011, "article", "qingzhou11", qual="over", note=NT)
    G(d, p, "enterprise_count", 82, "年主营业务收入2000万元以上的规模企业", "的规模企业82家", 2011, "article", "qingzhou11")
    G(d, p, "enterprise_count", 92, "外商投资企业", "外商投资企业92家", 2011, "article", "qingzhou11")
    G(d, p, "enterprise_count", 44, "高新技术企业", "高新技术企业44家", 2011, "article", "qingzhou11")
    p = "南皮经开区"; NT = "目前 carries no year; 「2011年上半年」 of the same article anchors 2011"
    G(d, p, "enterprise_count", 97, "两个工业区的入区企业", "有入区企业97家", 2011, "article", "nanpi11", note=NT)
    G(d, p, "enterprise_count", 36, "入统规模以上企业", "入统规模以上企业36家", 2011, "article", "nanpi11")
    G(d, p, "output_value", 53 * Y, "2010年工业总产值", "开发区实现工业总产值53亿元", 2010, "explicit", "nanpi11")
    G(d, p, "output_value", 31 * Y, "2011年上半年工业总产值", "2011年上半年实现工业总产值31亿元", 2011, "explicit", "nanpi11")

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

if "ab02" in PAGES:
    for ev, why, np_ in [
        ("2021年12月20日", "dateline date", None),
        ("约亿元以上项目89个", "沭阳县 (county) signed projects (line cut by the wrap)", None),
        ("平均每3", "rate of landing (county), no metric", None),
        ("实现开票销售576.47亿元", "sales revenue, county", None),
        ("同比增长34.7", "growth rate (line cut by the wrap)", None),
        ("占全县总量的64.07%", "share", None),
        ("突破1200亿元", "county target of sales revenue, no metric", None),
        ("年产10GWh储能电池", "capacity", "建湖经开区"),
        ("期征地400亩", "land area", "建湖经开区"),
        ("新建厂房26万平方米", "floor area", "建湖经开区"),
        ("新投入设备约30亿元", "equipment spending of one project, a component, not its total investment", "建湖经开区"),
        ("年开票销售200亿元", "sales revenue target, no metric", "建湖经开区"),
        ("一期12条生产线", "production lines", "建湖经开区"),
        ("今年1至8月已完成开票销售2", "sales revenue (line cut by the wrap)", "建湖经开区"),
        ("宿迁71个重大产业项目年初集中开工", "city headline (宿迁市)", "宿迁经开区"),
        ("此次集中开工项目71个", "city projects; 宿迁经开区 appears only as the office of an official attending", "宿迁经开区"),
        ("计划总投资977.5亿元", "city figure", "宿迁经开区"),
        ("资516.1亿元", "city annual plan (line cut by the wrap)", "宿迁经开区"),
        ("沭阳县13个项目年度计划投资87.7亿", "county figures in a city story", None),
        ("泗阳县15个项目年度计划投资133亿元", "county figures in a city story", None),
        ("泗洪县15个项目", "county figure in a city story", None),
        ("年度计划投资102.5亿元", "county figure in a city story", None),
        ("71个项目中制造业项目60个", "city figure", None),
        ("划总投资918亿元", "city figure (line cut by the wrap)", None),
        ("投资占比达94%", "share", None),
        ("025-8679 3318", "phone number", None),
    ]:
        NEG("ab02", ev, why, np_)

if "ab03" in PAGES:
    for ev, why, np_ in [
        ("2021年9月13日 星期一", "masthead date", None),
        ("年产2500万平方米装配式建筑", "capacity", "肥城高新区"),
        ("占地170余亩", "land area", "肥城高新区"),
        ("楼承板生产线各2条", "production lines", "肥城高新区"),
        ("带动就业150余人", "jobs", "肥城高新区"),
        ("在全省16个分会场中", "province's venues, no metric", None),
        ("总投资约122亿元的27个项目", "德州市 (city) projects started in 禹城", None),
        ("总投资约43亿元的10个项目", "city projects signed", None),
        ("禹城市已招引项目27个", "禹城市 (county-level city) figure", None),
        ("总投资83.72亿元", "禹城市 figure", None),
        ("到位资金6.2亿元", "funds arrived, no metric; city", None),
        ("此次签约的10个项目总投资42.95亿元", "city figure", None),
        ("其中医养健康项目2个", "city figure", None),
        ("高端装备项目5个", "city figure", None),
        ("新能源新材料项目3个", "city figure", None),
        ("实施的105个市县重大项目", "沂源县 (county) figure", None),
        ("已完成投资37.5亿元", "county construction progress", None),
        ("当天集中签约项目40个", "county figure", None),
        ("计划总投资237.6亿元", "county figure", None),
        ("集中开工项目18个", "county figure", None),
        ("总投资96.2亿元", "county figure", None),
        ("对51个签约项目", "county figure", None),
        ("对85个在谈项目", "county figure", None),
        ("规划总占地700亩", "land area of a project named 产业园 in a county story", "英科医疗环保产业园"),
        ("目前计划合计投资2.7亿美元", "a company's projects (英科医疗) in a county story; the 产业园 is a project, not a park with figures", "英科医疗环保产业园"),
        ("0538-6272 518", "phone number", None),
    ]:
        NEG("ab03", ev, why, np_)

if "ab04" in PAGES:
    for ev, why, np_ in [
        ("2024年9月20日 星期五", "masthead date", None),
        ("通报2023年度全省开发区高质量发展综合考核评价结果", "a year in a rating, no figure", None),
        ("规划用地2539亩", "land area", "钟祥经开区"),
        ("项目2023年6月底开工", "a date", "广德经开区"),
        ("可年产1亿套光缆通信器材", "capacity", "广德经开区"),
        ("共签约项目33个", "濮阳市 (city) signed projects", None),
        ("同比增长9.5%", "growth rate of value added, city", None),
        ("同比增长108.8%", "growth rate, city", None),
        ("2024濮阳张姓文化节", "an event name with a year", None),
        ("10个重点项目总投资超100亿元", "天长市 (county-level city) projects", None),
        ("半导体石英制品项目总投资53亿元", "a project in a city story", None),
        ("可实现年产值80亿元", "a project's output target in a city story", None),
        ("60余家企业和基金公司参加", "attendance", None),
        ("现场签约项目总投资101亿元", "city signing", None),
        ("0371-6516 8866", "phone number", None),
    ]:
        NEG("ab04", ev, why, np_)

if "ab05" in PAGES:
    for ev, why, np_ in [
        ("2022年11月14日 星期一", "masthead date", None),
        ("10亿元以上的项目", "threshold amount", "李时珍医药工业园区"),
        ("钟祥市10月份集中开工项目7个", "钟祥市 (county-level city) projects", None),
        ("总投资17.37亿元", "city figure", None),
        ("其中先进制造业项目5个", "city figure", None),
        ("由钟祥产投集团投资10亿元建设", "a construction project named 产业园, the venue of a city story; its figures are the project's plan in 钟祥市's report", "钟祥新能源产业园"),
        ("可入驻产业链上下游企业20家", "planned tenants of that project, city story", "钟祥新能源产业园"),
        ("实现产值30亿元", "that project's output target, city story", "钟祥新能源产业园"),
        ("利税3亿元", "that project's tax target, city story", "钟祥新能源产业园"),
        ("加快推进96个已开工项目", "city projects", None),
        ("确保四季度完成投资163亿元", "city investment target", None),
        ("全年完成投资416亿元", "city investment target", None),
        ("黄冈市101个重点项目集中开工", "黄冈市 (city) projects", None),
        ("总投资211亿元", "city figure", None),
        ("8个县市区", "count of counties", None),
        ("麻城7个项目、投资额65亿元", "麻城市 (county-level city) in a city story", None),
        ("武穴18个项目、投资额36亿元", "武穴市 in a city story", None),
        ("蕲春16个项目、投资额17亿元", "蕲春县 (the county of 李时珍医药工业园区) in a city story", "李时珍医药工业园区"),
        ("027-8721 5566", "phone number", None),
    ]:
        NEG("ab05", ev, why, np_)

if "ab06" in PAGES:
    for ev, why, np_ in [
        ("2011年9月5日 星期一", "masthead date", None),
        ("南靠309国道", "road number", "青州经开区"),
        ("辖区总面积70.2平方公里", "area", "青州经开区"),
        ("下辖69个行政村", "villages, no metric", "青州经开区"),
        ("5.5万人", "population", "青州经开区"),
        ("年主营业务收入2000万元以上", "threshold amount", "青州经开区"),
        ("批准面积7.09平方公里", "area", "南皮经开区"),
        ("批准面积2.58平方公里", "area", "南皮经开区"),
        ("累计完成固定资产投资102亿元", "cumulative fixed-asset investment since founding: neither a year's investment nor a project total", "南皮经开区"),
        ("利用外资2116万美元", "foreign capital used, no metric", "南皮经开区"),
        ("投资50亿元的年产2GW", "a project of 天长市 (county-level city) story", None),
        ("投资30亿元的高邮湖30万千瓦风电", "a project in a city story", None),
        ("投资26亿元的动力锂电池", "a project in a city story", None),
        ("以2个省级经济开发区为龙头", "count of parks, city story", None),
        ("3个特色工业园区", "count of parks, city story", None),
        ("11个镇（街）工业集中区", "count of zones, city story", None),
        ("5个省级农民工创业园", "count of zones, city story", None),
        ("入园企业600多家", "enterprises of all the city's parks together (天长市), not one park's", None),
        ("其中520家建成投产", "city-wide figure", None),
        ("今麦郎集团投资10亿元的面品饮品", "a project in a city story", None),
        ("6亿元的倮倮大米", "a project in a city story", None),
        ("等20个大型食品加工项目", "city figure", None),
        ("0311-8765 4321", "phone number", None),
    ]:
        NEG("ab06", ev, why, np_)

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
    ART("ab01", "诸暨开发区新年招商“抢跑”", "本报讯 2024年第一个工作", "park", "诸暨经开区", 2024)
    ART("ab01", "鄞州党员总数达71771名", "本报讯 7月1日，记者从鄞州", "district", None, 2023)
    ART("ab01", "", "广告 《园区经济》2024年", "ad", None, 2024)

if "ab02" in PAGES:
    ART("ab02", "沭阳前10月签约亿元以上项目89个", "本报沭阳2021年12月20日讯", "county", None, 2021)
    ART("ab02", "建湖开发区前8月引进超亿元项目18个", "本报讯 今年以来，建湖县经济开发区", "park", "建湖经开区", 2021)
    ART("ab02", "宿迁71个重大产业项目年初集中开工", "本报讯 今年2月26日，宿迁举行", "city", None, 2021)
    ART("ab02", "", "江苏园区网 招商合作热线", "ad", None, 2021)

if "ab03" in PAGES:
    ART("ab03", "肥城高新区：鲁泰装配式建材项目开工", "本报讯 9月11日，山东鲁泰", "park", "肥城高新区", 2021)
    ART("ab03", "", "图为鲁泰建材项目开工现场", "other", None, 2021)
    ART("ab03", "德州27个招商项目在禹城集中开工", "本报讯 5月26日上午，德州市", "city", None, 2021)
    ART("ab03", "沂源一天签约40个项目", "本报讯 5月31日，淄博市二季度", "county", None, 2021)
    ART("ab03", "", "泰山园区报广告部", "ad", None, 2021)

if "ab04" in PAGES:
    ART("ab04", "●延津先进制造业开发区获评“一星级开发区”", "本报讯 河南省委办公厅、省政府", "park", "延津先进制造业开发区", 2024)
    ART("ab04", "●钟祥经开区装备制造示范园力争2026年产值100亿元", "本报讯 钟祥经济开发区一体化区域", "park", "钟祥经开区", 2024)
    ART("ab04", "●广德经开区福莱斯伯项目主体完工", "本报讯 在广德经济开发区", "park", "广德经开区", 2024)
    ART("ab04", "●濮阳集中签约招商项目33个", "本报讯 4月28日，2024濮阳", "city", None, 2024)
    ART("ab04", "●天长10个重点项目集中开工", "本报讯 9月12日，天长市举行", "city", None, 2024)
    ART("ab04", "", "图为钟祥经济开发区光电产业园", "other", None, 2024)
    ART("ab04", "", "招商热线 0371-6516 8866", "ad", None, 2024)

if "ab05" in PAGES:
    ART("ab05", "李时珍医药工业园区签约落户项目达66个", "本报讯 围绕“争当全县高质量发展", "park", "李时珍医药工业园区", 2022)
    ART("ab05", "", "图为园区企业蕲艾制品生产车间", "other", None, 2022)
    ART("ab05", "钟祥10月集中开工项目7个", "本报讯 10月28日，荆门市举行", "city", None, 2022)
    ART("ab05", "黄冈101个重点项目集中开工", "本报讯 6月26日，黄冈市101个", "city", None, 2022)
    ART("ab05", "", "荆楚园区 广告热线", "ad", None, 2022)

if "ab06" in PAGES:
    ART("ab06", "青州经济开发区瞄准省级高新科技示范园区", "本报讯 2011年以来，青州经济开发区", "park", "青州经开区", 2011)
    ART("ab06", "", "图为青州经济开发区一处新建厂区", "other", None, 2011)
    ART("ab06", "南皮经济开发区升格省级", "本报讯 南皮县经济开发区近日升级", "park", "南皮经开区", 2011)
    ART("ab06", "●天长“四个依托”抓项目", "本报讯 天长市依托区位、园区", "city", None, 2011)
    ART("ab06", "", "投稿邮箱 yqzk2011@163.com", "ad", None, 2011)

PG = {
 "ab02": (2021, "no masthead year (「江苏园区 · 第5版 / 12月24日 星期五」); 沭阳's dateline 「本报沭阳2021年12月20日讯」 and 宿迁's 「2021年全市重大产业项目集中开工仪式」 give 2021"),
 "ab03": (2021, "masthead 「2021年9月13日 星期一」; the 肥城 article names 「山东省2021年春季重大项目」; 禹城 (5月26日) and 沂源 (5月31日) are that spring"),
 "ab04": (2024, "masthead 「2024年9月20日 星期五」; 濮阳's 「2024濮阳张姓文化节」 and 天长's 9月12日 are that year"),
 "ab05": (2022, "masthead 「2022年11月14日 星期一」; the 李时珍 article's 「截至2022年8月」; 钟祥 (10月28日) and 黄冈 (6月26日) are that year"),
 "ab06": (2011, "masthead 「2011年9月5日 星期一」; 青州's 「2011年以来」 and 南皮's 「2011年上半年」 are that year"),
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
                                          for d, (y, c) in sorted(PG.items()) if d in PAGES), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
