# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ae, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw with 「」 for ae05, full-width digits for ae06) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "ae05":
        return build.trad(s)
    if doc == "ae06":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "dongli22": "http://www.tjdl.net/system/2022/08/31/053066917.shtml",
 "dongli21": "http://shoucang.eeju.com/chanpin/2022/0826/8073.html",
 "yinkun": "http://funxun.com/news/75/202275152454.html",
 "donglidistrict": "http://cnbzol.com/news/society/2022/0212/404863.html",
 "lanzhou15": "http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20150708/3216508.shtml",
 "jinghai14": "http://m.ytjhdl.cn/xy/zs/55771.html",
 "jinghaibike": "http://sdzjjh.cn/news/show-8959.html",
 "minhang23a": "http://youpschmit.com/154/28767.html",
 "minhang23b": "http://ylqx.eeju.com/qianyandongcha/2023/0515/12247.html",
 "minhang09": "http://m.zxyzs.com/e/action/ShowInfo.php?classid=14&id=3437",
 "dalate19": "http://te-ch.tech/news/show-53886.html",
 "dalate20": "http://te-ch.tech/news/show-56159.html",
 "kuitun11": "http://msn.finance.sina.com.cn/cjyw/20110905/1033280772.html",
 "kuche10": "http://stellalashacademy.com/xizang/info/205052.html",
 "linze10": "http://www.cnzsyz.com/gansu/info/147283.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "东丽经开区": ["东丽经济技术开发区", "东丽经开区"],
 "兰州经开区": ["兰州经济技术开发区", "兰州经济区"],
 "静海经开区": ["静海县经济开发区", "静海经济开发区"],
 "闵行经开区": ["上海闵行经济技术开发区", "闵行开发区"],
 "达拉特经开区": ["内蒙古达拉特经济开发区", "达拉特经济开发区", "达拉特经开区"],
 "奎屯-独山子经开区": ["奎屯-独山子经济技术开发区", "奎屯-独山子经开区"],
 "库车经开区": ["库车经济技术开发区", "库车经开区", "库车石化工业园区"],
 "临泽工业园区": ["甘肃临泽工业园区", "临泽工业园区"],
}
SUB = {"静海经开区": ["自行车（电动车）产业园"]}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": SUB.get(park, []),
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿
W = 10000      # 万

# ---------------- ae01 (2022 masthead; 天津东丽) ----------------
d = "ae01"; p = "东丽经开区"
G(d, p, "project_count", 300, "“十四五”以来落地优质项目", "东丽经开区落地优质项目三百余个", 2022, "page", "dongli22", qual="over",
  note="a running total since 2021 (“十四五”以来); the page year 2022 is the year it is counted to")
G(d, p, "project_count", 50, "园中园吸引落地的优质项目", "吸引50个优质项目落地", 2022, "page", "dongli22")
G(d, p, "tax_profit", 1 * Y, "园中园项目预计新增税收", "预计新增税收超过1亿元", 2022, "page", "dongli22", qual="over", status="target")
G(d, p, "output_value", 249.11 * Y, "工业总产值", "实现工业总产值249.11亿元", 2021, "explicit", "dongli21")
G(d, p, "investment_annual", 17.34 * Y, "固定资产投资", "完成固定资产投资17.34亿元", 2021, "explicit", "dongli21")
G(d, p, "investment_total", 3.5 * Y, "垠坤·先锋汇产业基地", "产业基地投资约3.5亿元", 2022, "page", "yinkun", qual="about", scope="project")
G(d, p, "enterprise_count", 45, "垠坤·先锋汇产业基地建成后引进优质企业", "预计引进优质企业不低于45家", 2022, "page", "yinkun",
  qual="over", scope="project", status="target", note="不低于 (at least) read as over")
G(d, p, "enterprise_count", 15, "垠坤·先锋汇产业基地引育高新技术企业", "引育高新技术企业不低于15家", 2022, "page", "yinkun",
  qual="over", scope="project", status="target")

# ---------------- ae02 (no masthead year; 2015 from 达拉特旗's 「2015年」; GB18030, wrapped at 30) ----------------
d = "ae02"; p = "兰州经开区"
NT = "7月7日 carries no year; the page is 2015 (达拉特旗's 「2015年」, 7月9日 星期四)"
G(d, p, "project_count", 16, "专场签约重大项目", "签约重大项目16个", 2015, "page", "lanzhou15", note=NT)
G(d, p, "investment_total", 66 * Y, "专场签约重大项目总投资", "总投资达66亿元", 2015, "page", "lanzhou15")
p = "静海经开区"
G(d, p, "project_count", 40, "全年新签约项目", "全年新签约项目40个", 2014, "explicit", "jinghai14")
G(d, p, "investment_total", 309 * Y, "新签约项目协议投资总额", "协议投资总额309亿元", 2014, "explicit", "jinghai14")
G(d, p, "project_count", 18, "自行车（电动车）整车及关联签约项目", "整车及关联项目18个", 2014, "article", "jinghai14")
G(d, p, "investment_total", 143 * Y, "自行车（电动车）整车及关联项目投资总额", "投资总额143亿元", 2014, "article", "jinghai14")
G(d, p, "project_count", 14, "投资10亿元以上签约项目", "投资10亿元以上的项目14个", 2014, "article", "jinghai14")
G(d, p, "project_count", 23, "投资5亿元以上签约项目", "投资5亿元以上的项目23个", 2014, "article", "jinghai14")
G(d, p, "investment_total", 40 * Y, "天津富士达高档自行车产业基地项目", "总投资40亿元的天津富士达", 2014, "article", "jinghai14", scope="project")
G(d, p, "tax_profit", 2 * Y, "富士达项目达产后年税收", "每年可产生税收2亿元", 2014, "article", "jinghai14", scope="project", status="target")
G(d, p, "enterprise_count", 60, "自行车（电动车）产业园引进整车及配套企业（2008年建园以来）", "整车及相关配套企业60多家", 2014, "article", "jinghaibike",
  qual="over", note="a sub-area of the park (开发区内的…产业园); 2008 dates the founding, not the count, so the article year 2014 governs")
G(d, p, "output_value", 104.7 * Y, "自行车（电动车）产业园工业产值", "实现工业产值104.7亿元", 2012, "explicit", "jinghaibike")
G(d, p, "tax_profit", 4.6 * Y, "自行车（电动车）产业园税收", "税收4.6亿元", 2012, "explicit", "jinghaibike")

# ---------------- ae03 (2023 masthead; UTF-16; a feature with an interview) ----------------
d = "ae03"; p = "闵行经开区"
G(d, p, "tax_profit", 39 * Y, "实体企业实缴税收", "实缴税收39亿元", 2022, "explicit", "minhang23a")
G(d, p, "enterprise_count", 27, "财富500强和行业龙头外资企业", "27家财富500强和行业龙头外资企业落户", 2022, "explicit", "minhang23a")
G(d, p, "tax_profit", 916.6 * Y, "累计实缴税收（建区以来，到去年底）", "实缴税收916.6亿元", 2022, "page", "minhang23b",
  note="到去年底 in its own sentence: page year 2023 − 1; a cumulative total, not one year's tax")
G(d, p, "enterprise_count", 67, "实体企业", "如今这里有67家实体企业", 2023, "page", "minhang23b")
G(d, p, "project_count", 171, "累计引进项目（至2009年底）", "累计引进项目171个", 2009, "explicit", "minhang09")
G(d, p, "investment_total", 31 * 100000000, "累计引进项目投资总额（至2009年底）", "投资总额超过31亿美元", 2009, "explicit", "minhang09",
  qual="over", unit="USD")

# ---------------- ae04 (2020 masthead; UTF-8 BOM + CRLF; ● briefs, a text table) ----------------
d = "ae04"; p = "达拉特经开区"
G(d, p, "project_count", 21, "计划实施亿元以上重点项目", "由2019年的15项增加到21项", 2020, "explicit", "dalate20", from_value=15, status="target",
  note="the 15 of 2019 is the same count the 2019 source gives (重点项目15项, 均为亿元以上); the change sentence joins the two dated reports")
G(d, p, "project_count", 21, "计划实施亿元以上重点项目（标题）", "今年计划实施亿元以上重点项目21项", 2020, "page", "dalate20", status="target",
  dup="由2019年的15项增加到21项")
G(d, p, "project_count", 9, "2020年计划续建项目", "其中续建项目9项", 2020, "article", "dalate20", status="target")
G(d, p, "project_count", 12, "2020年计划新建项目", "新建项目12项", 2020, "article", "dalate20", status="target")
G(d, p, "project_count", 15, "2019年实施重点项目（均为亿元以上）", "开发区实施重点项目15项", 2019, "explicit", "dalate19")
G(d, p, "investment_total", 165.17 * Y, "2019年重点项目总投资", "总投资165.17亿元", 2019, "explicit", "dalate19")
G(d, p, "project_count", 5, "2019年续建项目（分别）", "续建、新建项目分别为5项", 2019, "explicit", "dalate19")
G(d, p, "project_count", 10, "2019年新建项目（分别）", "分别为5项、10项", 2019, "explicit", "dalate19")
G(d, p, "project_count", 18, "在谈、对接的重大项目", "对接的重大项目18个", 2019, "page", "dalate19", note="截至去年10月: page year 2020 − 1")
G(d, p, "investment_total", 190 * Y, "在谈、对接重大项目总投资额", "总投资额达190多亿元", 2019, "page", "dalate19", qual="over")
for ev, n, subj, dup_ in [("亿元以上重点项目 | 21项", 21, "计划实施亿元以上重点项目（表格）", "由2019年的15项增加到21项"),
                          ("其中：续建项目 | 9项", 9, "2020年计划续建项目（表格）", "其中续建项目9项"),
                          ("其中：新建项目 | 12项", 12, "2020年计划新建项目（表格）", "新建项目12项")]:
    G(d, p, "project_count", n, subj, ev, 2020, "article", "dalate20", status="target", dup=dup_)

# ---------------- ae05 (2011 masthead; traditional s2tw, 「」) ----------------
d = "ae05"; p = "奎屯-独山子经开区"
NT = "the 奎屯 item has no dateline date; the page (2011年9月6日) and the 伊犁州 item (9月2日, 首届亚欧博览会) give 2011"
G(d, p, "project_count", 3, "亚欧博览会签约落户项目", "奎屯市签约的三个项目全部落户", 2011, "page", "kuitun11", note=NT)
G(d, p, "project_count", 3, "亚欧博览会签约落户项目（标题）", "三个项目落户奎屯-独山子经开区", 2011, "page", "kuitun11", dup="奎屯市签约的三个项目全部落户")
G(d, p, "investment_total", 10 * Y, "宏运集团锦西钢管新疆有限公司焊接钢管项目", "前者总投资10亿元", 2011, "page", "kuitun11", scope="project")
G(d, p, "investment_total", 4.36 * Y, "新疆兴达伟业泡塑新材料有限公司EPS项目", "后者总投资4.36亿元", 2011, "page", "kuitun11", scope="project")
p = "库车经开区"
G(d, p, "output_value", 115 * Y, "工业总产值", "实现工业总产值115亿元", 2010, "explicit", "kuche10")
G(d, p, "investment_annual", 19.89 * Y, "园区全年完成总投资", "园区完成总投资19.89亿元", 2010, "explicit", "kuche10")
G(d, p, "enterprise_count", 44, "入驻企业", "园区共入驻企业44家", 2010, "explicit", "kuche10")
G(d, p, "enterprise_count", 9, "当年新增入驻企业", "其中当年新增9家", 2010, "explicit", "kuche10")
G(d, p, "investment_total", 31 * Y, "中石化塔河分公司350万吨重质原油改质项目", "总投资31亿元的中石化塔河分公司", 2010, "article", "kuche10",
  scope="project", note="「十一五」期间 (2006–2010) in its sentence is a span, not a year; the article's 2010 governs")

# ---------------- ae06 (2024 masthead; full-width digits, Chinese numerals; a 2011 archive article of 临泽) ----------------
d = "ae06"; p = "临泽工业园区"
G(d, p, "funding", 12.27 * Y, "累计投入建设资金（截至2010年底）", "累计投入建设资金12.27亿元", 2010, "explicit", "linze10",
  note="投入建设资金 read as funding (投入资金); a cumulative total to the end of 2010")
G(d, p, "enterprise_count", 24, "农产品加工企业", "农产品加工企业二十四家", 2010, "article", "linze10",
  note="园区现有 in a 2011 archive article: the 截至2010年底 of the sentence before governs, not the 2024 page")
G(d, p, "enterprise_count", 23, "矿产品加工及其他企业", "矿产品加工及其他企业二十三家", 2010, "article", "linze10")
G(d, p, "enterprise_count", 24, "投资500万元以上的龙头骨干企业", "龙头骨干企业二十四家", 2010, "article", "linze10")
G(d, p, "enterprise_count", 21, "投资千万元以上的企业", "其中投资千万元以上的二十一家", 2010, "article", "linze10")
G(d, p, "output_value", 19.51 * Y, "园区总产值", "园区完成总产值19.51亿元", 2010, "explicit", "linze10")
G(d, p, "tax_profit", 4664 * W, "上缴税金", "上缴税金4664万元", 2010, "explicit", "linze10")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("项目占比在95%以上", "share", "东丽经开区"),
    ("共吸引市外投资超过30亿元", "investment attracted from outside the city (到位/引资), no project total", "东丽经开区"),
    ("地区生产总值157亿元", "GDP is no metric", "东丽经开区"),
    ("同比分别增长14.48%和20%", "growth rates", "东丽经开区"),
    ("2022年9月2日", "masthead date", None),
    ("东丽区今年33个项目新开工", "district headline (ceremony held in 华明高新区)", "华明高新区"),
    ("今年东丽区新开工项目共计33个", "district figure", "华明高新区"),
    ("计划总投资378亿元", "district figure", "华明高新区"),
    ("一季度新开工12个", "district figure", "华明高新区"),
    ("计划总投资97亿元", "district figure", "华明高新区"),
    ("投资3.2亿元", "a company's base in 华明高新区 inside a district story", "华明高新区"),
    ("022-2439 6185", "phone number", None),
]:
    NEG("ae01", ev, why, np_)

for ev, why, np_ in [
    ("发展空间拓展到165.32平方公里", "area", "兰州经开区"),
    ("赴外招商15次", "trips, no metric", "兰州经开区"),
    ("第21届兰洽会签约项目1292个", "province fair headline", "张掖经开区"),
    ("共签约项目1292个", "province fair figure (the article names 张掖经济技术开发区 only for an award)", "张掖经开区"),
    ("合同金额6973.18亿元", "province fair figure", "张掖经开区"),
    ("比上届增加461.65亿元", "province fair, an increase", "张掖经开区"),
    ("合同17个", "province trade and contracting contracts", "张掖经开区"),
    ("合同金额22.35亿美元", "province trade and contracting contracts", "张掖经开区"),
    ("投资10亿元以上", "threshold amount", "静海经开区"),
    ("投资5亿元以上", "threshold amount", "静海经开区"),
    ("仅用3天就完成签约", "duration, no metric", "静海经开区"),
    ("原煤洗选率稳定在92%以上", "rate, county (旗) plan", None),
    ("盛泉2×100万吨洁净煤", "capacity, county plan (line cut by the wrap)", None),
    ("开发区2×35万千瓦自备电厂", "capacity of a power plant in the 开发区, inside a county (旗) story", "达拉特经开区"),
    ("新能60万吨新材料", "capacity, county plan", None),
    ("万瑞20万立方米天然气液化", "capacity, county plan", None),
    ("0931-8456 207", "phone number", None),
]:
    NEG("ae02", ev, why, np_)

for ev, why, np_ in [
    ("3.5平方公里上的", "area (headline)", "闵行经开区"),
    ("总面积只有3.5平方公里", "area", "闵行经开区"),
    ("实现销售收入675亿元", "销售收入 is no metric", "闵行经开区"),
    ("就业人员2.6万人", "jobs", "闵行经开区"),
    ("比例超过50%", "share", "闵行经开区"),
    ("累计实现销售收入1.16万亿元", "销售收入 is no metric", "闵行经开区"),
    ("产出了90倍", "a ratio", "闵行经开区"),
    ("园区企业90%为外商投资企业", "share", "闵行经开区"),
    ("吸引外商投资总额超过40亿美元", "foreign capital attracted (利用外资), not a project total", "闵行经开区"),
    ("每平方公里吸引外资超过16亿美元", "density", "闵行经开区"),
    ("奉贤新城12个项目集中开工", "district headline", None),
    ("12个项目总投资81.26亿元", "district figure (奉贤新城 is a new town, not a park)", None),
    ("产业投资项目3个", "district figure", None),
    ("年产值100亿元", "a company's target in a district story", None),
    ("年进出口额100亿元", "trade, no metric", None),
    ("2023年6月12日", "masthead date", None),
    ("021-5481 3376", "phone number", None),
]:
    NEG("ae03", ev, why, np_)

for ev, why, np_ in [
    ("开复工率达到100%", "rate", "达拉特经开区"),
    ("40万吨乙二醇", "capacity", "达拉特经开区"),
    ("10万吨碳化硅", "capacity", "达拉特经开区"),
    ("年产60万吨煤制甲醇", "capacity", "达拉特经开区"),
    ("年产18.8万吨高端化学", "capacity", "达拉特经开区"),
    ("2020年4月24日", "masthead date", None),
    ("鄂托克前旗48个重点项目集中开工", "county (旗) headline; the meeting was held in the 旗综合产业园", None),
    ("计划实施各类建设项目77项", "county figure", None),
    ("总投资742亿元", "county figure", None),
    ("48个重点项目总投资354亿元", "county figure", None),
    ("年内计划完成投资94亿元", "county figure", None),
    ("项目总投资12亿元", "a company's project in a county story", None),
    ("占地400亩", "area", None),
    ("年产值可达25亿元", "a company's target in a county story", None),
    ("财税收入约3亿元", "a company's fiscal contribution in a county story", None),
    ("在3亿至6亿元之间", "profit (a range), no metric", None),
    ("一期工程预计投资69亿元", "a power plant located in 上海庙能源化工基地, inside a county story", "上海庙能源化工基地"),
    ("0477-8536 112", "phone number", None),
]:
    NEG("ae04", ev, why, np_)

for ev, why, np_ in [
    ("亚欧博览会伊犁州签约22个项目", "prefecture (州) headline", None),
    ("共有22个项目正式签约", "prefecture figure", None),
    ("合同总金额174.18亿元", "prefecture figure", None),
    ("其中内联项目17个", "prefecture figure", None),
    ("合同一期投资127.21亿元", "prefecture figure", None),
    ("外联项目5个", "prefecture figure", None),
    ("合同金额7.26亿美元", "prefecture figure", None),
    ("人民币46.97亿元", "prefecture figure (conversion)", None),
    ("总价值6.6亿美元", "a cotton import contract (trade), not an investment", "奎屯-独山子经开区"),
    ("年产100万吨焊接钢管", "capacity", "奎屯-独山子经开区"),
    ("年产16万吨EPS", "capacity", "奎屯-独山子经开区"),
    ("今年产量做到两万吨左右", "output quantity", "奎屯-独山子经开区"),
    ("首次突破100亿元", "threshold", "库车经开区"),
    ("库车经开区跻身百亿园区", "headline with a threshold (百亿), no figure", "库车经开区"),
    ("产值超百亿元", "threshold", "库车经开区"),
    ("累计基础设施投资6.8亿元", "cumulative infrastructure spending, no metric", "库车经开区"),
    ("350万吨重质原油改质", "capacity", "库车经开区"),
    ("年产45万吨合成氨80万吨尿素", "capacity", "库车经开区"),
    ("2011年9月6日", "masthead date", None),
    ("0991-2836 455", "phone number", None),
]:
    NEG("ae05", ev, why, np_)

for ev, why, np_ in [
    ("县城东侧3公里", "distance", None),
    ("引入资金7.56亿元", "funds attracted (到位资金), no metric", "临泽工业园区"),
    ("形成固定资产9.65亿元", "a stock of fixed assets, not a year's investment", "临泽工业园区"),
    ("投资500万元以上的", "threshold", "临泽工业园区"),
    ("投资千万元以上的", "threshold", "临泽工业园区"),
    ("实现工业增加值6.3亿元", "增加值 is no metric", "临泽工业园区"),
    ("工业经济总量的70%以上", "share", "临泽工业园区"),
    ("2024年4月10日", "masthead date", None),
    ("清徐县：非公企业党组织覆盖率", "county headline (party building)", None),
    ("有非公企业9464户", "county figure", None),
    ("其中规上企业120家", "county figure", None),
    ("160名党组织书记", "county figure (secretaries, not members)", None),
    ("70名专兼职党建指导员", "county figure (instructors, staff)", None),
    ("企业设立党组织32个", "county figure: enterprises on the 园区 industrial chains of a county, no park named", None),
    ("企业设立党组织25个", "county figure", None),
    ("非公企业党组织160个", "county figure", None),
    ("有党员989名", "county figure", None),
    ("党组织覆盖率达95%以上", "county figure", None),
    ("杜尔伯特县23个重点项目总投资57.42亿元", "county headline", None),
    ("投资1亿元的青岛北琪", "a company's project in a county story", None),
    ("预计年产值1亿元", "a company's target in a county story", None),
    ("签约引进项目2个", "county figure", None),
    ("框架协议项目3个", "county figure", None),
    ("签约额17亿元", "county figure", None),
    ("重点项目总投资57.42亿元", "county figure", None),
    ("16个项目已全面开复工", "county figure", None),
    ("圣泉项目投资20亿元", "a company's project in a county story", None),
    ("预计年产值40亿元", "a company's target in a county story", None),
    ("年利税20亿元", "a company's target in a county story", None),
    ("11个招商项目", "county figure", None),
    ("0936-5521 308", "phone number", None),
]:
    NEG("ae06", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, **kw):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    row.update(kw)
    A.append(row)


ART("ae01", "东丽经开区推进“二次提升” 四大主导产业成形", "本报讯 作为东丽区经济发展", "park", "东丽经开区", 2022)
ART("ae01", "", "图为东丽经开区检验检测园一角", "other", None, 2022)
ART("ae01", "东丽区今年33个项目新开工", "本报讯 记者从东丽区发改委", "district", None, 2022)
ART("ae01", "", "京津冀园区网 招商服务热线", "ad", None, 2022)
ART("ae02", "兰州经济区专场签约", "本报兰州讯 7月7日，兰州经", "park", "兰州经开区", 2015)
ART("ae02", "第21届兰洽会签约项目1292个", "本报兰州讯 7月11日，第21", "province", None, 2015)
ART("ae02", "静海经济开发区招商再创新高", "本报天津讯 2014年，静海县", "park", "静海经开区", 2014)
ART("ae02", "达拉特旗：资源转化延伸链条", "本报鄂尔多斯讯 2015年，达", "county", None, 2015)
ART("ae02", "", "西部园区网 投资热线", "ad", None, 2015)
ART("ae03", "3.5平方公里上的“90倍”", "本报上海讯 5月13日，“高质", "park", "闵行经开区", 2023)
ART("ae03", "", "图为闵行开发区内一家中德合资", "other", None, 2023)
ART("ae03", "奉贤新城12个项目集中开工", "本报讯 6月9日，奉贤区举行", "district", None, 2023)
ART("ae03", "", "长三角园区观察 订阅热线", "ad", None, 2023)
ART("ae04", "达拉特经开区今年计划实施亿元以上重点项目21项", "本报讯 记者从内蒙古达拉特经", "park", "达拉特经开区", 2020)
ART("ae04", "", "图为达拉特经济开发区一处在建", "other", None, 2020)
ART("ae04", "鄂托克前旗48个重点项目集中开工", "本报讯 4月17日，鄂托克前旗", "county", None, 2020)
ART("ae04", "", "北疆园区网 投稿邮箱", "ad", None, 2020)
ART("ae05", "亚欧博览会伊犁州签约22个项目", "本报乌鲁木齐9月2日讯 首届", "city", None, 2011)
ART("ae05", "三个项目落户奎屯-独山子经开区", "本报奎屯讯 在首届亚欧博览会", "park", "奎屯-独山子经开区", 2011)
ART("ae05", "库车经开区跻身百亿园区", "本报阿克苏讯 从阿克苏地区经", "park", "库车经开区", 2010)
ART("ae05", "", "天山园区网 招商咨询热线", "ad", None, 2011)
ART("ae06", "园区档案｜临泽工业园区：从“实验小区”到县域工业主阵地", "编者按：本版重刊2011年春天", "park", "临泽工业园区", 2010)
ART("ae06", "清徐县：非公企业党组织覆盖率达95%以上", "本报太原讯 山西省清徐县有非", "county", None, 2024)
ART("ae06", "杜尔伯特县23个重点项目总投资57.42亿元", "本报大庆讯 日前，投资1亿元", "county", None, 2024)
ART("ae06", "", "园区巡礼 征稿热线", "ad", None, 2024)

PG = [
 ("ae01", 2022, "masthead 「2022年9月2日 星期五 · 第4版」; the 东丽 articles' 今年 / 今年2月10日 / 7月初 are that year; the 2021 figures say 2021"),
 ("ae02", 2015, "no masthead year (「西部园区 · 第3版 / 7月9日 星期四」); the 达拉特旗 item is dated 「2015年」, the 静海 review reports 2014 as past, and 7月9日 2015 is a Thursday"),
 ("ae03", 2023, "masthead 「2023年6月12日 星期一 · 第5版」; the 闵行 visit (5月13日) and the 奉贤 ceremony (6月9日) are that spring; the feature names 2022 and 2009 for its figures and 去年底 (2022)"),
 ("ae04", 2020, "masthead 「2020年4月24日 星期五」; 达拉特's 「2020年」 plan and 鄂托克前旗's 4月17日 meeting are that spring; 去年10月 is 2019"),
 ("ae05", 2011, "masthead 「2011年9月6日 星期二」; the 伊犁州 item is dated 9月2日 at the 首届亚欧博览会 (2011); the 库车 review names 2010 (去年) for its figures"),
 ("ae06", 2024, "masthead 「2024年4月10日 星期三 第8版」; the 清徐 and 杜尔伯特 items (目前 / 开年以来) are that spring; the 临泽 archive article carries its own 「本报张掖2011年4月讯」 and reports 2010"),
]
PG = [r for r in PG if r[0] in build.NAMES]


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
