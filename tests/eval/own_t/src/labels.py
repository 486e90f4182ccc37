# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_t, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk / full-width digits) by build.render's rules; every evidence is checked to be on the decoded page,
# inside one line, <= 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "t04":
        return build.fullwidth(s)
    if doc == "t05":
        return build.trad(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party"}
U = {
 "cc11": "http://12604.cn/html/201101/13/37001.html",
 "cjp": "http://taiwan.cn/zt/wj/shanxixing_1/gjhdl/gj/201004/t20100408_1311760.htm",
 "hdq": "https://heilongjiang.dbw.cn/system/2007/06/27/050870034.shtml",
 "mzl": "http://huawenzs.com/hl/1612/86633.html",
 "hrb": "http://hlj.sina.com.cn/news/b/2016-09-11/detail-ifxvukhv8082786.shtml?from=hlj_ydph",
 "dulan": "https://xining.baogaosu.com/xinwen/%25E4%25B8%25AA%25E9%25A1%25B9%25E7%259B%25AE/45685097",
 "yl22": "https://kongfen.org.cn/news/show-23563.html",
 "sz": "http://www.shammonddesign.com/news/2022/0908/214898.html",
 "hj": "http://www.nmgcaijing.com/chanye/r-42782.html",
 "tx": "https://sx.sxgov.cn/content/2022-03/29/content_12722329.htm",
 "pl": "http://www.baojinews.com/baoji/2023/0104/99185.html",
 "nx": "http://www.jiaju.meiriwang.net/tt/2023/0218/1842.html",
 "yl23": "stored pages corpus excerpt (榆林 2023年三季度重点项目集中开工, 8月29日; no address given)",
 "ys13": "https://k0912.com/w/5482/8888.jsp?id=20131116122709597377",
 "cdm": "http://y3k9.com/zgzx/2008-06/20/content_7437509.htm",
 "yc": "http://news.cntv.cn/20120608/112137.shtml",
 "dl": "http://jjchem.net/hgsb/202011/11033095.html",
 "hlj": "https://big5.askci.com/news/chanye/20200811/1622261180086.shtml",
}
PARK = {
 "长春经开区": ["长春经济技术开发区", "长春经开区"],
 "蔡家坡经开区": ["岐山县蔡家坡经济技术开发区", "蔡家坡经济技术开发区", "蔡家坡开发区"],
 "满洲里综合保税区": ["满洲里综合保税区"],
 "哈尔滨综合保税区": ["哈尔滨综合保税区"],
 "榆林经开区": ["榆林经济技术开发区", "榆林经开区"],
 "蟠龙新区装备制造产业园": ["蟠龙新区装备制造产业园"],
 "榆神工业区": ["榆神工业区"],
 "柴达木循环经济试验区": ["青海柴达木循环经济试验区", "柴达木循环经济试验区"],
 "大路工业园区": ["大路工业园区", "大路煤化工基地"],
}
gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("CNY" if cat == "investment" else "count"), "qualifier": qual, "from_value": None,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000
W = 10000

# t01 (2011 masthead)
d = "t01"; p = "长春经开区"
G(d, p, "project_count", 170, "总投资5000万元以上签约项目（计划）", "5000万元以上的项目一百七十个", 2011, "article", "cc11", status="target")
G(d, p, "project_count", 170, "五千万元以上签约项目（标题）", "全年拟签约五千万元以上项目一百七十个", 2011, "article", "cc11", status="target", dup="5000万元以上的项目一百七十个")
G(d, p, "project_count", 15, "投资10亿元以上项目（计划）", "投资10亿元以上的项目十五个", 2011, "article", "cc11", status="target")
G(d, p, "funding", 33.4 * Y, "基础公建工程投入（计划）", "经开区计划投入33.4亿元", 2011, "article", "cc11", status="target")
G(d, p, "project_count", 171, "基础公建工程（计划）", "实施6大类171项基础公建工程", 2011, "article", "cc11", status="target",
  note="171项工程 counted as projects")
G(d, p, "funding", 19.4 * Y, "民生实事投入（计划）", "经开区今年将投入19.4亿元", 2011, "article", "cc11", status="target")
p = "蔡家坡经开区"
G(d, p, "project_count", 4, "推介会集中签约项目", "在会上集中签约项目4个", 2010, "explicit", "cjp")
G(d, p, "investment_total", 7.05 * Y, "推介会集中签约项目总投资", "总投资额7.05亿元", 2010, "explicit", "cjp")
G(d, p, "investment_total", 7 * Y, "签约引资（标题）", "西洽会前签约引资七亿多元", 2010, "article", "cjp", qual="over", dup="总投资额7.05亿元")
G(d, p, "investment_total", 5 * Y, "微型车零部件配套园", "投资5亿元的微型车零部件配套园", 2010, "article", "cjp", scope="project")
G(d, p, "investment_total", 1.2 * Y, "汽车轮毂与变速箱壳体机加工项目", "投资1.2亿元的汽车轮毂", 2010, "article", "cjp", scope="project")
G(d, p, "investment_total", 5000 * W, "车架电泳涂装线", "投资5000万元的车架电泳涂装线", 2010, "article", "cjp", scope="project")
G(d, p, "investment_total", 3500 * W, "新能源专用设备研发制造基地", "投资3500万元的新能源专用设备", 2010, "article", "cjp", scope="project")
G(d, p, "project_count", 19, "西洽会期间签约项目（预计）", "西洽会期间签约项目19个", 2010, "article", "cjp", status="target")
G(d, p, "investment_total", 31.5 * Y, "西洽会期间合同引资（预计）", "合同引资31.5亿元", 2010, "article", "cjp", status="target")
G(d, p, "investment_total", 10.1 * Y, "众隆30万吨铸锻件项目（将签约）", "投资10.1亿元的30万吨铸锻件项目", 2010, "article", "cjp", scope="project", status="target")
G(d, p, "investment_total", 1 * Y, "五矿钢铁加工配送中心（将签约）", "投资1亿元的钢铁加工配送中心", 2010, "article", "cjp", scope="project", status="target")
G(d, p, "investment_total", 1.6 * Y, "正和特种车车身项目（将签约）", "投资1.6亿元的特种车车身项目", 2010, "article", "cjp", scope="project", status="target")

# t02 (2016 masthead)
d = "t02"
G(d, "满洲里综合保税区", "project_count", 17, "协议引进项目", "已协议引进项目十七项", 2016, "page", "mzl")
G(d, "满洲里综合保税区", "project_count", 17, "已引进项目（小标题）", "### 已引进项目十七项", 2016, "page", "mzl", dup="已协议引进项目十七项")
G(d, "满洲里综合保税区", "investment_total", 4.1 * Y, "协议引进项目总投资", "总投资约4.1亿美元", 2016, "page", "mzl", qual="about", unit="USD")
G(d, "哈尔滨综合保税区", "enterprise_count", 23, "已签约外向型企业", "已签约的二十三家外向型企业", 2016, "page", "hrb")

# t03 (2022 masthead; hard wrap 30)
d = "t03"; p = "榆林经开区"
G(d, p, "investment_annual", 27 * Y, "一季度固定资产投资（预计完成）", "定资产投资27亿元", 2022, "article", "yl22",
  note="a quarter's completed FAI (预计完成, an estimate of the past quarter), labelled actual; wrap cuts 固/定")
G(d, p, "output_value", 150 * Y, "一季度工业总产值（标题）", "一季度工业总产值150亿元", 2022, "article", "yl22",
  note="the body mention is cut by the wrap (15 / 0亿元) and cannot be evidence")
G(d, p, "project_count", 91, "2022年安排项目", "共安排项目91个", 2022, "explicit", "yl22")
G(d, p, "investment_total", 4715 * Y, "2022年安排项目总投资", "总投资4715亿元", 2022, "explicit", "yl22")
G(d, p, "project_count", 12, "省级重点项目", "市级重点项目分别为12个", 2022, "article", "yl22")
G(d, p, "project_count", 27, "市级重点项目", "分别为12个和27个", 2022, "article", "yl22")
G(d, p, "investment_total", 1052 * Y, "省级重点项目总投资", "52亿元和1150亿元", 2022, "article", "yl22",
  note="wrap cuts 10 / 52亿元: evidence is the line-head part")
G(d, p, "investment_total", 1150 * Y, "市级重点项目总投资", "和1150亿元", 2022, "article", "yl22")
G(d, p, "project_count", 12, "续建项目（已全部复工）", "目前12个续建项目已全部复工", 2022, "article", "yl22")
G(d, p, "project_count", 15, "新开工项目", "全部复工，15个", 2022, "article", "yl22", note="wrap cuts 15个 / 新开工项目")
G(d, p, "project_count", 7, "新开工项目中已开工", "新开工项目中已开工7个", 2022, "article", "yl22")
G(d, p, "project_count", 15, "高端化工新技术中试项目", "新技术中试项目15个", 2022, "article", "yl22")
G(d, p, "investment_total", 5.4 * Y, "中试项目总投资", "总投资5.4亿元", 2022, "article", "yl22")

# t04 (no masthead year; 2023 from the table caption and 今年一季度 after 2022年1月; full-width digits)
d = "t04"; p = "蟠龙新区装备制造产业园"
G(d, p, "investment_total", 10 * Y, "装备制造产业园项目总投资", "开工，总投资10亿元", 2023, "article", "pl", scope="project")
G(d, p, "investment_annual", 4.5 * Y, "2022年年度投资", "2022年年度投资4.5亿元", 2022, "explicit", "pl", scope="project")
G(d, p, "enterprise_count", 6, "签约入驻企业", "签约入驻企业6户，", 2023, "article", "pl")
G(d, p, "enterprise_count", 3, "投产试运行企业", "其中3户企业投产试运行", 2023, "article", "pl")
G(d, p, "enterprise_count", 3, "在建企业", "剩余3户企业正在建设中", 2023, "article", "pl")
G(d, p, "investment_total", 10 * Y, "总投资（表）", "总投资          10亿元", 2023, "article", "pl", scope="project", dup="开工，总投资10亿元")
G(d, p, "investment_annual", 4.5 * Y, "2022年年度投资（表）", "2022年年度投资  4.5亿元", 2022, "explicit", "pl", scope="project", dup="2022年年度投资4.5亿元")
G(d, p, "enterprise_count", 6, "签约入驻企业（表）", "签约入驻企业    6户", 2023, "article", "pl", dup="签约入驻企业6户，")

# t05 (2013 masthead; s2hk)
d = "t05"; p = "榆神工业区"
G(d, p, "investment_annual", 45.64 * Y, "1至9月固定资产投资", "完成固定资产投资45.64亿元", 2013, "page", "ys13")
G(d, p, "output_value", 140.87 * Y, "1至9月工业总产值", "工业总产值140.87亿元", 2013, "page", "ys13")
G(d, p, "tax_profit", 18.73 * Y, "1至9月上缴税金", "上缴税金18.73亿元", 2013, "page", "ys13")
G(d, p, "project_count", 92, "累计落地项目", "累计落地项目九十二个", 2013, "page", "ys13")
G(d, p, "investment_total", 2300 * Y, "累计招商引资（落地项目）", "招商引资2300亿元", 2013, "page", "ys13",
  note="borderline: 招商引资 of landed projects read as contracted investment")
G(d, p, "enterprise_count", 372, "入区企业", "入区企业达到三百七十二户", 2013, "page", "ys13")
G(d, p, "enterprise_count", 65, "规模以上企业", "其中规模以上企业65户", 2013, "page", "ys13")
G(d, p, "enterprise_count", 30, "产值上亿元企业", "产值上亿元企业30户", 2013, "page", "ys13")
p = "柴达木循环经济试验区"
G(d, p, "investment_annual", 136.3 * Y, "2007年固定资产投资", "固定资产投资136.3亿元", 2007, "explicit", "cdm")
G(d, p, "project_count", 98, "2006、2007两届推介会签约项目", "两届推介会合计签约项目98个", 2007, "explicit", "cdm",
  note="two years named; the later (cumulative to 2007) taken")
G(d, p, "project_count", 98, "两届推介会签约项目（标题）", "两届推介会签约98个项目", 2007, "article", "cdm", dup="两届推介会合计签约项目98个")
G(d, p, "investment_total", 413 * Y, "两届推介会签订协议资金", "签订协议资金413亿元", 2007, "explicit", "cdm")
G(d, p, "project_count", 108, "2008推介会重点招商项目", "确定了108个重点招商项目", 2008, "article", "cdm")
G(d, p, "investment_total", 457.25 * Y, "重点招商项目总投资", "总投资457.25亿元", 2008, "article", "cdm")

# t06 (2020 masthead; interview)
d = "t06"; p = "大路工业园区"
G(d, p, "party_org_count", 2, "疫情防控临时党支部", "两个临时党支部", 2020, "page", "dl")
G(d, p, "party_org_count", 6, "临时党支部下设党小组", "下设六个党小组", 2020, "page", "dl")

N = []


def NG(doc, ev, why, not_park=None):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


d = "t01"
NG(d, "每个投资领域至少要引进1户", "a per-field quota, no count of the park", "长春经开区")
NG(d, "2户行业龙头企业", "a per-field quota", "长春经开区")
NG(d, "11件民生实事", "实事 (件), not projects", "长春经开区")
NG(d, "5000万元以上的项目", "threshold amount", "长春经开区")
NG(d, "30万吨铸锻件项目", "capacity", "蔡家坡经开区")
NG(d, "30万辆微型车项目", "capacity of a project, no metric", "蔡家坡经开区")
NG(d, "开工项目441个", "a provincial corridor of three cities, not a park", None)
NG(d, "完成投资272亿元", "construction progress of the corridor", None)
NG(d, "已启动62.4平方公里", "area", None)
NG(d, "规划总面积921平方公里", "area", None)
NG(d, "已有233个投产运营", "corridor enterprises, not a park", None)
NG(d, "工业总产值27.4亿元", "corridor output, not a park", None)
NG(d, "销售收入19.4亿元", "sales, no metric", None)
NG(d, "创造利润1.3亿元", "profit of the corridor", None)
NG(d, "面积300至3000平方米", "ad, area", "长春经开区")
d = "t02"
NG(d, "全国第46个综合保税区", "ranking", "满洲里综合保税区")
NG(d, "规划面积1.44平方公里", "area", "满洲里综合保税区")
NG(d, "八通道海关智能卡口", "no metric", "哈尔滨综合保税区")
NG(d, "集中开复工45个项目", "county projects", None)
NG(d, "总投资77.88亿元", "county investment", None)
NG(d, "投资3.96亿元的49.5兆瓦风电项目", "a company project in a county", None)
NG(d, "概算投资3.4亿多元的二期", "a company project; the company is only called a 试验区示范企业", "柴达木循环经济试验区")
NG(d, "将完成总投资3.4亿多元的一半", "a county reservoir, construction progress", None)
NG(d, "10722万千瓦时", "capacity", None)
NG(d, "7大领域", "no metric", None)
d = "t03"
NG(d, "工业销售产值140亿元", "sales value (left out as in the set's convention)", "榆林经开区")
NG(d, "营业收入140亿元", "revenue, no metric", "榆林经开区")
NG(d, "完成年度计划的21%", "share", "榆林经开区")
NG(d, "累计完成投资261.3亿", "construction progress of one project", "榆林经开区")
NG(d, "资51.72亿元", "construction progress of one project", "榆林经开区")
NG(d, "累计完成投资2.46亿元", "construction progress", "榆林经开区")
NG(d, "180万吨/年乙二醇项目", "capacity", "榆林经开区")
NG(d, "目54个，总投资115.54亿元", "a city's 三个一批 (the venue is 山阴经济技术开发区)", "山阴经开区")
NG(d, "预计年产值36.78亿元", "a city's forecast", "山阴经开区")
NG(d, "其中山阴县签约项目3个", "a county's count", "山阴经开区")
NG(d, "总投资13.3亿元", "a county's investment", "山阴经开区")
NG(d, "工项目6个，总投资44.77亿元", "a banner's projects", None)
NG(d, "以上重点项目134个", "a banner's plan", None)
NG(d, "总投资1733.88亿元", "a banner's plan", None)
NG(d, "投资113.54亿元", "a banner's plan", None)
NG(d, "共183个，总投资1038亿元", "a regional economic zone of two cities, not a park", "中北高新区")
NG(d, "404亿元。其中产业类", "regional annual plan (wrap cuts the phrase)", None)
NG(d, "其中产业类项目112个", "regional; 中北高新区 is one project site", "中北高新区")
NG(d, "总投资616亿元", "regional", "中北高新区")
d = "t04"
NG(d, "项目占地300亩", "area", "蟠龙新区装备制造产业园")
NG(d, "建筑面积约20万平方米", "floor area", "蟠龙新区装备制造产业园")
NG(d, "5.6万平方米厂房", "floor area", "蟠龙新区装备制造产业园")
NG(d, "亩均新增产值400万元以上", "per-mu figure", "蟠龙新区装备制造产业园")
NG(d, "亩均新增税收30万元", "per-mu figure", "蟠龙新区装备制造产业园")
NG(d, "可带动就业800人以上", "jobs", "蟠龙新区装备制造产业园")
NG(d, "共开工项目1313个", "a province's projects (宁东基地 is one of the sites)", "宁东基地")
NG(d, "总投资5750亿元", "province", "宁东基地")
NG(d, "年度计划投资1540亿元", "province", None)
NG(d, "其中续建项目710个", "province", None)
NG(d, "总投资4522亿元", "province", None)
NG(d, "新建项目603个", "province", None)
NG(d, "总投资1228亿元", "province", None)
NG(d, "分别增长22%和14%", "growth rates", None)
NG(d, "全市237个市级重点项目", "city", "榆阳产业园区")
NG(d, "开复工率87.8%", "rate, city", None)
NG(d, "56个省级重点建设项目开复工51个", "city", None)
NG(d, "完成投资327.4亿元", "city, construction progress", None)
NG(d, "本次新开工152个项目", "city (ceremony held in 榆阳产业园区)", "榆阳产业园区")
NG(d, "产业类项目27个、总投资104.1亿元", "city", "榆阳产业园区")
NG(d, "预计年新增产值66亿元", "city forecast", "榆阳产业园区")
NG(d, "税收9亿元", "city forecast", "榆阳产业园区")
NG(d, "等项目114个，总投资52.7亿元", "city", None)
d = "t05"
NG(d, "生产总值67.83亿元", "GDP", "榆神工业区")
NG(d, "工业增加值66.41亿元", "value added", "榆神工业区")
NG(d, "同比增长12.25%", "growth rate", "榆神工业区")
NG(d, "完成全年计划的93.65%", "share", "榆神工业区")
NG(d, "完成投资550亿元", "construction progress", "榆神工业区")
NG(d, "原煤1362.46万吨", "output volume", "榆神工业区")
NG(d, "发电133.6亿千瓦时", "output volume", "榆神工业区")
NG(d, "总面积25.6万平方公里", "area", "柴达木循环经济试验区")
NG(d, "全国首批13个循环经济试点产业园区", "ranking/class", "柴达木循环经济试验区")
NG(d, "潜在经济价值约17万亿元", "mineral reserve value, no economic benefit created", "柴达木循环经济试验区")
NG(d, "地区生产总值201.6亿元", "GDP", "柴达木循环经济试验区")
NG(d, "工业增加值142.4亿元", "value added", "柴达木循环经济试验区")
NG(d, "预算收入达到42亿元", "fiscal revenue", "柴达木循环经济试验区")
NG(d, "实际到位资金近120亿元", "到位资金, no metric", "柴达木循环经济试验区")
NG(d, "11482家非公企业", "city enterprises", None)
NG(d, "党组织达到1218个", "city party organisations", None)
NG(d, "企业党员7549名", "city party members", None)
NG(d, "68个基层工商所", "city", None)
NG(d, "选派100人驻企挂职", "staff sent", None)
NG(d, "9名党员", "a company's members (in 盐湖区)", None)
d = "t06"
NG(d, "下设企业、交通、小区3个管控组", "control groups, not party organisations", "大路工业园区")
NG(d, "地区生产总值1376.95亿元", "province GDP", None)
NG(d, "占全省的26.2%", "share", None)
NG(d, "营业收入3856.44亿元", "province revenue", None)
NG(d, "工业总产值3282.27亿元", "province development zones' output, not one park", None)
NG(d, "上半年工业总产值3282亿元", "headline, province", None)
NG(d, "新增注册企业3059户", "province", None)
NG(d, "实际利用国内资金255.72亿元", "province; 利用资金 no metric", None)
NG(d, "共有88个省级开发区", "province count of zones", None)
N = [r for r in N if r["evidence"]]

A = []


def ART(doc, title, first, kind, park, year, parks=None):
    r = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"), "title": conv(doc, title),
         "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        r["parks"] = parks
    A.append(r)


ART("t01", "长春经开区谋划东部新城", "本报讯 11日召开的长春经济", "park", "长春经开区", 2011)
ART("t01", "蔡家坡开发区西洽会前签约引资七亿多元", "2010年4月7日，宝鸡市汽车", "park", "蔡家坡经开区", 2010)
ART("t01", "哈大齐工业走廊一年多开工项目441个", "黑龙江省发改委提供的数据显", "province", None, 2007)
ART("t01", "广告", "东部新城标准厂房招租", "ad", None, 2011)
ART("t02", "## 满洲里综合保税区封关运营", "本报满洲里12月20日电 满洲", "park", "满洲里综合保税区", 2016)
ART("t02", "## 哈尔滨综合保税区冲刺“国考”", "今年3月7日获国务院批复的哈", "park", "哈尔滨综合保税区", 2016)
ART("t02", "## 都兰45个项目集中开复工", "本报讯 海西州都兰县近日集中", "county", None, 2016)
ART("t03", "● 榆林经开区一季度工业总产值150亿元", "从榆林经济技术开发区管委会获", "park", "榆林经开区", 2022)
ART("t03", "● 朔州开发区“三个一批”项目54个", "9月5日，朔州市与全省同步举", "city", None, 2022)
ART("t03", "● 杭锦旗6个重大项目集中开工", "杭锦旗近日举行2022年第三批", "county", None, 2022)
ART("t03", "● 太忻经济区首批开工183个重大项目", "3月28日，太忻一体化经济区2", "province", None, 2022)
ART("t03", "", "园区招商热线 0912-3358 022", "ad", None, 2022)
ART("t04", "蟠龙新区装备制造产业园：厂房起来了 企业进来了", "本报讯 1月4日上午，宝鸡市委", "park", "蟠龙新区装备制造产业园", 2023)
ART("t04", "宁夏一季度1313个重大项目集中开工", "2月18日上午，宁夏一季度重大", "province", None, 2023)
ART("t04", "榆林三季度集中开工152个项目", "8月29日，榆林市2023年三季", "city", None, 2023)
ART("t04", "", "厂房租售 联系电话", "ad", None, 2023)
ART("t05", "榆神工业区前三季度稳中有进", "今年以来，工业品价格大幅下行", "park", "榆神工业区", 2013)
ART("t05", "", "图为榆神工业区一角。", "other", None, 2013)
ART("t05", "柴达木试验区：两届推介会签约98个项目", "（2008年6月）在2008中国", "park", "柴达木循环经济试验区", 2008)
ART("t05", "运城非公企业党组织实现全覆盖", "截至2012年5月31日，运城", "city", None, 2012)
ART("t06", "## 大路工业园区：把“战斗堡垒”建在一线", "**编者按** 日前，内蒙古自治", "park", "大路工业园区", 2020)
ART("t06", "## 黑龙江开发区上半年工业总产值3282亿元", "据黑龙江省商务厅消息，202", "province", None, 2020)
ART("t06", "", "广告：园区党群服务中心活动室", "ad", None, 2020)

PG = [
 ("t01", 2011, "masthead 「2011年1月13日 星期四」 and the 长春 story's 2011年工作会议; the 蔡家坡 item is dated 2010年4月7日 and the 哈大齐 item 2007年"),
 ("t02", 2016, "masthead 「2016年12月21日 星期三」; the datelines 12月20日 / 今年3月7日 carry no year"),
 ("t03", 2022, "masthead 「2022年9月8日 星期四」 and the items' 2022年"),
 ("t04", 2023, "no masthead date; the 蟠龙 article's dates 1月4日 and 2022年1月开工…计划今年一季度投产, its table 「截至2023年1月」, and the 榆林 item's 2023年三季度"),
 ("t05", 2013, "masthead 「2013年11月18日 星期一」; the 柴达木 archive item is dated 2008年6月 and the 运城 item 2012年5月31日"),
 ("t06", 2020, "masthead 「2020年11月5日 星期四」 and the 黑龙江 item's 2020年上半年"),
]


def check():
    bad = 0
    for r in gold + N:
        doc = r["doc"][:-4]
        page = PAGES[doc]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", doc, ev); bad += 1; continue
        if "\n" in ev:
            print("SPANS LINE", doc, ev); bad += 1
        if len(ev) > 40:
            print("TOO LONG", doc, ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
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
