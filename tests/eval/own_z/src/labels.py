# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_z, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for z04, full-width digits for z05) by build's rules; every evidence is checked to be on the
# decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
DONE = [n for n in build.NAMES if (here / f"{n}_draft.txt").exists()]
PAGES = {n: build.render(n) for n in DONE}


def conv(doc, s):
    if doc == "z04":
        return build.trad(s, build.S2HK)
    if doc == "z05":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "grid_worker_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "xidu25": "https://www.hunanwx.com/show-70.html",
 "xidu24": "https://m.163.com/news/article/J5PRFUHM04369D91.html",
 "hengyang20": "https://epaper.hyqss.cn/html/2020-03/05/content_3_3.htm",
 "yinzhou": "https://www.nbyz.gov.cn/art/2024/7/2/art_1229108276_59224395.html",
 "haineng": "https://sdhsjt.net/article-30806-77434.html",
 "gucheng": "http://wap.guchengnews.com/p/131483.html",
 "fuzhou21": "http://www.hxnews.com/news/fj/fz/202107/01/2001181.shtml",
 "yanhuang": "http://ordinalmonkey.com/news/daynews/2013/130327092259426245.htm",
 "lingang": "http://potuan.com.cn/Ne_d_ci_22_id_1750",
 "bingtuan": "http://www.mkcnfr.com/c/2022-02-24/3056187.shtml",
 "jiangsu21": "http://www.dhdj.gov.cn/zuixindongtai/dangjianshixun/2022-07-07/10070.html",
 "minning": "https://www.kczg.org.cn/rules/detail?id=6314496",
 "wenchuang": "https://td.fyun.cc/detail/50e5cb5f3a1a902fd230a30872096367c4760098.html",
 "chengguan": "https://xsbgs.al.gov.cn/info/1134/10252.htm",
 "shuangliu": "http://ztvqcgeu.cn/list2/202012/84695.html",
 "pingdingshan": "http://www.pdsdj.gov.cn/contents/65102/726729.html",
 "yida": "http://www.xiangqiao.gov.cn/art/art.aspx?itemid=108&id=14206",
 "luogang": "https://wanpiaopiao.cn/show/47082.html",
 "shimao": "https://hn.rednet.cn/m/content/646747/69/12499302.html",
 "kangqiao": "http://www.b5543.cn/shizheng/202506/922773.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "西渡高新区": ["西渡高新区", "衡阳县西渡高新区"],
 "海能电商园": ["海能电商园", "济宁海能电子商务产业园"],
 "中国有机谷电商产业园": ["中国有机谷电商产业园", "谷城电商产业园"],
 "炎黄科技园": ["炎黄科技园", "洛阳炎黄科技园"],
 "临港新片区": ["临港新片区"],
 "彭阳闽宁示范园": ["彭阳县闽宁现代循环农业科技示范园", "闽宁示范园"],
 "国家文创实验区": ["国家文创实验区"],
 "平顶山数字产业创新基地": ["平顶山数字产业创新基地"],
 "一达创业园": ["一达创业园"],
 "兰州陆港": ["兰州陆港"],
}
SUB = {"炎黄科技园": ["华中国家数字出版基地洛阳分园区"]}

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

# ---------------- z01 (2025 masthead; 西渡高新区's 2024 awards; a 2024 party brief; traps) ----------------
d = "z01"; p = "西渡高新区"; u = "xidu25"
NT = "the lead dates the awards 「2024年度」; 去年/过去一年 in this article of a 2025 page are 2024"
G(d, p, "funding", 1200 * W, "2024年度表彰奖金（标题）", "拿出1200余万元奖励63家企业", 2024, "article", u, qual="over", dup="奖金总额1200余万元", note=NT)
G(d, p, "funding", 1200 * W, "2024年度表彰奖金总额", "奖金总额1200余万元", 2024, "article", u, qual="over")
G(d, p, "funding", 427 * W, "税收原地倍增奖奖金（分别）", "分别获奖427万元", 2024, "article", u)
G(d, p, "funding", 100 * W, "亩均税收贡献奖奖金（分别）", "427万元、100万元", 2024, "article", u)
G(d, p, "funding", 135 * W, "新进高新技术企业奖奖金（分别）", "100万元、135万元", 2024, "article", u)
G(d, p, "funding", 217 * W, "专利授权奖奖金（分别）", "135万元、217万元", 2024, "article", u)
G(d, p, "output_value", 4.3 * Y, "湖南利德有陶瓷有限公司产值", "去年实现产值4.3亿元", 2024, "article", u, scope="project")
G(d, p, "tax_profit", 2956 * W, "湖南利德有陶瓷有限公司税收", "创造税收2956万元", 2024, "article", u, scope="project")
G(d, p, "funding", 101 * W, "湖南利德有陶瓷有限公司所获奖金", "共获奖金101万元", 2024, "article", u, scope="project")
G(d, p, "enterprise_count", 4, "新增省级专精特新“小巨人”企业", "“小巨人”企业四家", 2024, "article", u)
G(d, p, "enterprise_count", 15, "新增规上企业", "新增规上企业十五家", 2024, "article", u)
G(d, p, "project_count", 22, "推进的省市县重点项目", "推进省市县重点项目二十二个", 2024, "article", u)
G(d, p, "project_count", 41, "签约招商引资项目", "签约招商引资项目41个", 2024, "article", u)
G(d, p, "investment_total", 77.4 * Y, "签约招商引资项目合同投资额", "合同投资额77.4亿元", 2024, "article", u)
G(d, p, "project_count", 20, "投资超过2亿元的签约项目", "超过2亿元的项目20个", 2024, "article", u)
G(d, p, "project_count", 12, "“湘商回归”项目", "“湘商回归”项目12个", 2024, "article", u)
G(d, p, "project_count", 2, "“三类500强”项目", "“三类500强”项目2个", 2024, "article", u)
u = "xidu24"
NT2 = "去年6月28日 on a 2025 page; the source (NetEase J5PR…) is of June 2024, before JM73… of 2025-01-18"
G(d, p, "party_org_count", 9, "机关党支部（标题）", "西渡高新区九个机关党支部同台", 2024, "page", u, dup="西渡高新区9个机关党支部", note=NT2)
G(d, p, "party_org_count", 9, "机关党支部", "西渡高新区9个机关党支部", 2024, "page", u)
G(d, p, "enterprise_count", 200, "签约入驻企业（近年来）", "已吸引200多家企业签约入驻", 2024, "page", u, qual="over")


# ---------------- z02 (2021 masthead; UTF-16; 海能电商园, 谷城电商产业园, a 2013 archive of 炎黄科技园) ----------------
d = "z02"; p = "海能电商园"; u = "haineng"
G(d, p, "enterprise_count", 479, "入驻中小企业（电子商务、信息技术等）", "各类中小企业479家入驻", 2021, "page", u,
  note="眼下/现辖 take the masthead year; 2015年6月 and 2017年3月 date other events")
G(d, p, "party_org_count", 5, "联合党委下辖党支部", "联合党委现辖五个党支部", 2021, "page", u)
G(d, p, "party_member_count", 59, "联合党委党员", "共有党员59名", 2021, "page", u)
G(d, p, "party_org_count", 3, "特色党小组", "三个特色党小组", 2021, "page", u)
p = "中国有机谷电商产业园"; u = "gucheng"
G(d, p, "enterprise_count", 123, "入驻电商企业（国内知名电商及本土规模电商）", "本土规模电商123家", 2021, "page", u)
p = "炎黄科技园"; u = "yanhuang"
NT3 = "a 2013 archive article (dateline 本报洛阳2013年3月26日讯); 5年内 names no year, so the targets take the article year"
G(d, p, "project_count", 80, "分园区计划引进数据数字产业项目（5年内）", "数据数字产业项目不低于80个", 2013, "article", u, qual="over", status="target", note=NT3)
G(d, p, "enterprise_count", 30, "分园区计划引进高科服务企业（5年内）", "高科服务企业逾30家", 2013, "article", u, qual="over", status="target")
G(d, p, "enterprise_count", 20, "分园区计划引进物流配套企业（5年内）", "物流配套企业逾20家", 2013, "article", u, qual="over", status="target")
G(d, p, "output_value", 50 * Y, "分园区目标产值（5年内）", "产值突破50亿元", 2013, "article", u, qual="over", status="target")
G(d, p, "tax_profit", 2 * Y, "分园区目标税收（5年内）", "税收达到2亿元以上", 2013, "article", u, qual="over", status="target")


# ---------------- z03 (2022 masthead; UTF-8 BOM + CRLF, hard wrap at 28; 临港新片区) ----------------
d = "z03"; p = "临港新片区"; u = "lingang"
NT4 = "the dateline 8月22日电 has no year; the masthead 2022年8月24日 gives it"
G(d, p, "project_count", 72, "三周年集中开工重点建设项目（标题）", "临港新片区72个重点项目集中开工", 2022, "page", u, dup="重点建设项目共72个", note=NT4)
G(d, p, "project_count", 72, "三周年集中开工重点建设项目", "重点建设项目共72个", 2022, "page", u)
G(d, p, "investment_total", 1530 * Y, "三周年集中开工重点建设项目总投资", "总投资约1530亿元", 2022, "page", u, qual="about")
G(d, p, "project_count", 640, "在建项目", "目前在建项目640个", 2022, "page", u)


# ---------------- z04 (no year in the masthead; s2hk, ● briefs; 闽宁示范园, 国家文创实验区) ----------------
d = "z04"; p = "彭阳闽宁示范园"; u = "minning"
G(d, p, "output_value", 1600 * W, "示范园年产值", "2023年产值达到1600多万元", 2023, "explicit", u, qual="over")
G(d, p, "party_member_count", 5, "党支部正式党员", "现有正式党员5名", 2024, "page", u,
  note="现有 takes the page year 2024 (from 「2024全国文化企业30强」 in the 文创 brief; the masthead has no year)")
G(d, p, "party_member_count", 2, "党支部预备党员", "预备党员2名", 2024, "page", u,
  note="预备党员 are members on probation (党员); the 2 入党积极分子 are not members (negative)")
p = "国家文创实验区"; u = "wenchuang"
G(d, p, "enterprise_count", 1514, "规模以上文化企业", "国家文创实验区1514家规模以上文化企业", 2024, "article", u,
  note="今年1至5月: the same brief names 2024 (入选2024全国文化企业30强)")


# ---------------- z05 (no year anywhere; full-width digits, a text table; 平顶山数字产业创新基地, 一达创业园, 兰州陆港) ----------------
d = "z05"; NT5 = "nothing on this page gives a year (masthead 第十二期, datelines 10月24日/10月11日 without year): year none"
p = "平顶山数字产业创新基地"; u = "pingdingshan"
G(d, p, "enterprise_count", 53, "基地聚集企业", "聚集了53家企业", None, "none", u, note=NT5)
G(d, p, "party_org_count", 12, "新成立的非公企业党支部", "推动12个非公企业党支部", None, "none", u)
G(d, p, "grid_worker_count", 19, "网格员", "19名网格员从政策解读", None, "none", u)
G(d, p, "enterprise_count", 53, "基地企业（表格）", "创新基地 | 53家", None, "none", u, dup="聚集了53家企业")
G(d, p, "party_org_count", 12, "非公企业党支部（表格）", "非公企业党支部12个", None, "none", u, dup="推动12个非公企业党支部")
G(d, p, "grid_worker_count", 19, "网格员（表格）", "网格员19名", None, "none", u, dup="19名网格员从政策解读")
p = "一达创业园"; u = "yida"
G(d, p, "enterprise_count", 6, "支部覆盖的创业园电商运营企业", "覆盖创业园内6家电商运营企业", None, "none", u)
G(d, p, "party_member_count", 6, "一达创业园党支部党员", "现有党员6人", None, "none", u)
G(d, p, "enterprise_count", 6, "电商运营企业（表格）", "创业园 | 6家电商运营企业", None, "none", u, dup="覆盖创业园内6家电商运营企业")
G(d, p, "party_member_count", 6, "党员（表格）", "| 党员6人", None, "none", u, dup="现有党员6人")
p = "兰州陆港"; u = "luogang"
G(d, p, "investment_total", 45 * W, "“司机之家”劳动者驿站", "总投资45万元", None, "none", u, scope="project")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("奖励63家企业", "count of awarded enterprises (headline), not the park's enterprises", "西渡高新区"),
    ("本次共有63家企业获奖", "count of awarded enterprises", "西渡高新区"),
    ("分别有6家、5家、9家、32家", "counts of awarded enterprises per award", "西渡高新区"),
    ("完成技工贸总收入180.68亿元", "技工贸收入 is no metric (revenue)", "西渡高新区"),
    ("投资超过2亿元的项目", "threshold amount", "西渡高新区"),
    ("入选全省40家优秀园区", "a province list of parks", "西渡高新区"),
    ("2月6日", "a date", None),
    ("四大产业集群", "clusters, no metric", "西渡高新区"),
    ("衡阳县八个产业项目集中开工", "county headline", None),
    ("集中开工产业项目8个", "county figure", None),
    ("总投资21.1亿元", "county figure", None),
    ("在2.6亿元以上", "average per project", None),
    ("当年计划投资11.3亿余元", "county figure", None),
    ("计划总投资约10亿元", "a project sited in 西渡高新区, county story", "西渡高新区"),
    ("可容纳近500个商家", "shops, no metric", "西渡高新区"),
    ("解决2000余人就业", "jobs", "西渡高新区"),
    ("年技工贸收入33亿余元", "county revenue forecast, no metric", None),
    ("安排就业3300余人", "jobs", None),
    ("鄞州区党员达71771名", "district headline", None),
    ("全区共有党员71771名", "district figure", None),
    ("比上年净增860名", "district change", None),
    ("党的基层组织3656个", "district figure", None),
    ("比上年净增122个", "district change", None),
    ("基层党委188个", "district figure", None),
    ("总支部218个", "district figure", None),
    ("支部3249个", "district figure", None),
    ("全年发展党员581名", "district figure", None),
    ("35岁及以下的381名", "district figure", None),
    ("0734-6812 025", "phone number", None),
    ("2025年3月10日", "masthead date", None),
]:
    NEG("z01", ev, why, np_)


for ev, why, np_ in [
    ("职工4000余人", "workers", "海能电商园"),
    ("济宁市第一家楼宇联合党委", "a ranking (第一家), no count", "海能电商园"),
    ("2018年底", "a date", None),
    ("5月23日", "a date", None),
    ("建筑面积8500平方米", "area", "中国有机谷电商产业园"),
    ("2016年8月1日", "a date", None),
    ("线上交易额6800多万元", "online sales, no metric", "中国有机谷电商产业园"),
    ("福州党员总数33.81万名", "city headline", None),
    ("全市共有党员33.81万名", "city figure", None),
    ("比2019年底净增1.2万名", "city change", None),
    ("党的基层组织1.97万个", "city figure", None),
    ("基层党委1025个", "city figure", None),
    ("总支部974个", "city figure", None),
    ("支部17751个", "city figure", None),
    ("全市1.02万家“三有”非公有制企业", "city figure", None),
    ("2091家社会组织", "city figure", None),
    ("覆盖率分别达到91.58%、88.98%", "city coverage rates", None),
    ("八年前", "a span of years, no figure", None),
    ("提供就业岗位超过1万个", "jobs (target)", "炎黄科技园"),
    ("5年内", "a span of years, no figure", None),
    ("0537-2233 168", "phone number", None),
    ("2021年9月6日", "masthead date", None),
]:
    NEG("z02", ev, why, np_)


for ev, why, np_ in [
    ("1个分会场", "venues (line cut by the wrap)", "临港新片区"),
    ("累计开工项目829个", "cumulative since the zone's founding (挂牌三年来), like 累计完成投资 N年来", "临港新片区"),
    ("561万平方米", "floor area (line cut)", "临港新片区"),
    ("新改建道路150公里", "road length", "临港新片区"),
    ("建筑产业工人规模达6万人", "workers", "临港新片区"),
    ("重大项目超过500个", "兵团 (two city-divisions) figure", None),
    ("000多亿元", "兵团 figure (line cut)", None),
    ("开复工项目292个", "city figure (图木舒克市)", None),
    ("总投资572亿元", "city figure", None),
    ("年度计划投资283", "city figure (line cut)", None),
    ("总投资10—30亿元的项目22个", "city threshold range and count", None),
    ("0亿元以上项目4个", "city threshold count (line cut)", None),
    ("市政项目68个", "city figure", None),
    ("设项目38个", "city's 园区建设项目 (line cut), no park named", None),
    ("在图木舒克市投资30", "a company's project in a city story (line cut)", None),
    ("年产5万吨", "capacity", None),
    ("210个重点项目开复工", "city figure (阿拉尔市)", None),
    ("资545.9亿元", "city figure (line cut)", None),
    ("今年计划完成投资163.7亿元", "city figure", None),
    ("江苏党员总数达549.59万名", "province headline", None),
    ("全省共有党员549.59万名", "province figure", None),
    ("底净增17.92万名", "province change (line cut)", None),
    ("基层党组织26.99万个", "province figure", None),
    ("党委1.22万个", "province figure", None),
    ("总支部2.31万个", "province figure", None),
    ("支部23.45万个", "province figure", None),
    ("全年新发展党员21.19万名", "province figure", None),
    ("021-6828 2022", "phone number", None),
    ("2022年8月24日", "masthead date", None),
]:
    NEG("z03", ev, why, np_)


for ev, why, np_ in [
    ("占地300亩", "area", "彭阳闽宁示范园"),
    ("2008年5月", "a date", None),
    ("年产各类鲜菇1800多吨", "output in tonnes, no metric", "彭阳闽宁示范园"),
    ("入党积极分子2名", "activists applying to join, not members", "彭阳闽宁示范园"),
    ("朝阳区2719家规模以上文化企业", "district figure (朝阳区)", "国家文创实验区"),
    ("实现收入1220.1亿元", "revenue of the district, no metric", "国家文创实验区"),
    ("实现收入674.2亿元", "revenue (收入), no metric", "国家文创实验区"),
    ("全区39家市级产业园区", "count of the district's parks", "国家文创实验区"),
    ("党组织覆盖率达到97.44%", "the district's (全区 = 朝阳区) coverage, of which the zone holds 19 parks", "国家文创实验区"),
    ("实验区内19家市级产业园区", "count of parks inside the zone, no metric", "国家文创实验区"),
    ("2024全国文化企业30强", "a ranking", None),
    ("区域内共有党员60名", "district figure (城关区)", None),
    ("建立6个党支部", "district figure", None),
    ("5个群团组织", "district figure", None),
    ("非公经济组织448户", "district figure", None),
    ("2138人", "people covered", None),
    ("投入30余万元", "district spending on venues", None),
    ("6个标准化党员活动阵地", "venues", None),
    ("2个党群活动室", "venues", None),
    ("1个群团工作站", "venues", None),
    ("2018年9月", "a date", None),
    ("双流区评出24个先锋机关党支部", "district headline", None),
    ("32个参评机关党支部", "district figure", None),
    ("排名前24名", "a ranking", None),
    ("2个5星级", "district star grading", None),
    ("4个4星级", "district star grading", None),
    ("6个3星级", "district star grading", None),
    ("0954-3061 818", "phone number", None),
]:
    NEG("z04", ev, why, np_)


for ev, why, np_ in [
    ("第十二期", "issue number", None),
    ("10月24日", "a date", None),
    ("前后只用了4个月", "a duration", "平顶山数字产业创新基地"),
    ("800余名年轻人", "people, no metric", "平顶山数字产业创新基地"),
    ("“126”网格工作法", "a slogan", "平顶山数字产业创新基地"),
    ("以1个网格党支部为指挥中枢", "part of the “126” slogan's gloss (1 branch, 2 kinds, 6 parties), no count of the park", "平顶山数字产业创新基地"),
    ("10月11日", "a date", None),
    ("辐射200多家委托运营企业", "companies reached, not the park's enterprises", "一达创业园"),
    ("日均车流量达600余辆", "traffic", "兰州陆港"),
    ("占地超过300平方米", "area", "兰州陆港"),
    ("等9个党组织", "alliance members from outside the park, not its party organisations", "兰州陆港"),
    ("两栋楼里有党员980人", "a building (楼宇) headline, no park", None),
    ("入驻企业264家", "a building's figure", None),
    ("从业人员9336人", "workers", None),
    ("党组织44个", "a building's figure", None),
    ("覆盖108家单位", "a building's figure", None),
    ("入驻企业百余家", "a building's figure", None),
    ("每天进出人员逾万人", "people", None),
    ("建立7个非公党组织", "a community's figure", None),
    ("1个流动党员党支部", "a community's figure", None),
    ("16个功能区", "venues", None),
    ("0931-8576 403", "phone number", None),
]:
    NEG("z05", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("z01", "西渡高新区拿出1200余万元奖励63家企业", "本报讯 3月3日，衡阳县西渡", "park", "西渡高新区", 2024)
ART("z01", "", "图为西渡高新区船山时间谷标准", "other", None, 2025)
ART("z01", "西渡高新区九个机关党支部同台“比学”", "本报讯 去年6月28日，西渡", "park", "西渡高新区", 2024)
ART("z01", "旧闻｜衡阳县八个产业项目集中开工", "本报衡阳2020年3月讯 衡阳", "county", None, 2020)
ART("z01", "鄞州区党员达71771名", "本报讯 宁波市鄞州区委组织部", "district", None, 2023)
ART("z01", "", "西渡高新区招商热线 0734", "ad", None, 2025)

ART("z02", "海能电商园：一栋楼宇撑起“红色引擎”", "本报济宁讯 济宁海能电子商务", "park", "海能电商园", 2021)
ART("z02", "", "图为海能电商园党群活动室一角", "other", None, 2021)
ART("z02", "谷城电商产业园：党支部与园区同步“开园”", "本报襄阳讯 5月23日，人民", "park", "中国有机谷电商产业园", 2021)
ART("z02", "福州党员总数33.81万名", "本报福州讯 6月30日，福州市", "city", None, 2021)
ART("z02", "园区档案｜炎黄科技园迎来国家级数字出版分园区", "> 编者按：本期“园区档案”重温", "park", "炎黄科技园", 2013)
ART("z02", "", "园区党建书屋 订阅电话 0537", "ad", None, 2021)

ART("z03", "临港新片区72个重点项目集中开工", "本报上海8月22日电 临港新片", "park", "临港新片区", 2022)
ART("z03", "", "图为积塔半导体扩产项目主会场", "other", None, 2022)
ART("z03", "兵团两个师市重大项目春季开复工", "本报乌鲁木齐2月23日电 立春", "city", None, 2022)
ART("z03", "江苏党员总数达549.59万名", "本报南京讯 江苏省委组织部近", "province", None, 2021)
ART("z03", "", "临港投资服务热线 021-68", "ad", None, 2022)

ART("z04", "●闽宁示范园：小蘑菇撑起大产业", "本报固原7月18日讯 彭阳县闽", "park", "彭阳闽宁示范园", 2024)
ART("z04", "●国家文创实验区晒出党建“成绩单”", "本报北京讯 国家文创实验区近日", "park", "国家文创实验区", 2024)
ART("z04", "●拉萨城关区“小个专”党建织密网格", "本报拉萨讯 城关区“小个专”网", "district", None, 2024)
ART("z04", "●双流区评出24个先锋机关党支部", "本报成都讯 双流区委组织部（区", "district", None, 2020)
ART("z04", "", "●广告 园区党建读本 订阅电话", "ad", None, 2024)

ART("z05", "【基层探索】平顶山数字产业创新基地：网格里长出“红色引擎”", "本报平顶山讯 10月24日上午", "park", "平顶山数字产业创新基地", None)
ART("z05", "【基层探索】一达创业园挂牌全市首个商圈党支部", "本报潮州讯 10月11日上午，中", "park", "一达创业园", None)
ART("z05", "本期园区党建数据一览", "| 园区 | 入驻企业 | 党组织 |", "park", "平顶山数字产业创新基地", None,
    parks=["平顶山数字产业创新基地", "一达创业园"])
ART("z05", "【园区服务】兰州陆港为货车司机建起“家”", "本报兰州讯 兰州陆港是兰州重要", "park", "兰州陆港", None)
ART("z05", "【楼宇党建】世茂环球金融中心：两栋楼里有党员980人", "本报长沙讯 湖南省委党校中青班", "other", None, None)
ART("z05", "【楼宇党建】康桥华城国际中心织密“垂直社区”网格", "本报郑州讯 郑州市二七区大学路", "other", None, None)
ART("z05", "", "园区党建周刊 广告热线 0931", "ad", None, None)

PG = [
 ("z02", 2021, "masthead 「2021年9月6日 星期一」; the 福州 brief 截至2021年6月, the 谷城 item's 5月23日 and 去年“双11” fit that year; the 炎黄科技园 archive is dated 2013年3月26日 (editor's note: 八年前)"),
 ("z03", 2022, "masthead 「2022年8月24日 星期三」; the 临港 dateline 8月22日 and the 兵团 dateline 2月23日 have no year of their own; the 江苏 brief reports 截至2021年12月31日"),
 ("z04", 2024, "no year in the masthead (「7月22日 星期一」); the 文创 brief names 「2024全国文化企业30强」 with 今年1至5月, and 2024-07-22 is a Monday; other briefs carry older years of their own (2023年产值, 2020年评审, 2018年9月)"),
 ("z05", None, "nothing on the page tells a year: masthead 「园区党建周刊 · 第十二期」 without a date, datelines 10月24日 and 10月11日 without year, no year in any article"),
 ("z01", 2025, "masthead 「2025年3月10日 星期一」; the 西渡 awards article dates its figures 「2024年度」 and the party brief 「去年6月28日」; the 衡阳县 archive is dated 2020年3月, the 鄞州 brief 截至2023年底"),
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
        if g.get("duplicate_of") and g["duplicate_of"] not in page:
            print("DUP NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
        for a in g["park_aliases"]:
            if a not in page:
                print("ALIAS", a); bad += 1
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
                                          for d, y, c in sorted(PG, key=lambda r: r[0])), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
