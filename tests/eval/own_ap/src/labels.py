# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ap, after src/build.py)
# Evidence, titles and `first` are written in simplified Chinese with half-width digits and converted to
# each page's form by build.conv (s2tw / s2hk with 「」, full-width digits). check() verifies that every
# evidence is on its decoded page, inside one line (hard-wrapped pages included), at most 40 characters,
# unique on the page for gold rows, never both gold and negative, that every duplicate_of points at a gold
# evidence of the same page, and that every title, `first` and alias is on its page.
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
 "zh2017": "http://www.selecttj.com/kfq/sjkfq/2017/1128/4932.html",
 "qy2017": "http://zxyzs.com/shandong/dt/2017/65050.html",
 "sm2017": "http://zjrb.zjol.com.cn/html/2017-03/31/content_3045303.htm?div=-1",
 "hz2017": "https://hz.investchn.com/news/detail/id/1055.html",
 "js2018": "http://www.021fenlei.com/n75331.htm",
 "xq2018": "http://app.72177.com/print.php?contentid=4402750",
 "jd2018": "http://zjrb.zjol.com.cn/html/2018-10/03/content_3169936.htm?div=-1",
 "jx2021": "http://www.999js2.com/intro/14.html",
 "sn2021": "https://new.qq.com/omn/20210117/20210117A0AMSL00.html",
 "ly2021": "http://zjrb.zjol.com.cn/html/2021-02/21/content_3413005.htm?div=-1",
 "tt2021": "http://zjrb.zjol.com.cn/html/2021-06/30/content_3451347.htm?div=-1",
 "wl2022": "http://hq.news.cn/news/2022-05/26/c_1128684534.htm",
 "gm2022": "http://www.wfipa.com/html/2022/trend_0330/2191.html",
 "nh2022": "http://news.022china.com/caijing/20220217/980.html",
 "jz2022": "http://news.sosol.com.cn/guonei/2022/0222/13174.html",
 "yc2023": "https://m.selectshandong.com/website/article/index/id/23865.html",
 "yq2023": "http://habiankeke.com/cysc/newmain/yc/jsxw/202304/25/t20230425_38517191.shtml",
 "dy2023": "https://selectshandong.com/news/zsdt/25402.html",
 "nj2023": "http://huadong.gqsoso.com/huadong/20230517/1020740.html",
 "wc2023": "http://baoxian.eeju.com/hyzx/2023/0501/11887.html",
 "gq2023": "https://www.meipian.cn/4t5p2eoa",
 "gd2023": "https://dara.gd.gov.cn/ztzx/xczxgzt/xcyw/tpxw/content/post_4380097.html",
 "cf2023": "http://hq.xinhuanet.com./20231120/63b82bfb6cd7489a9999d5f74f577e02/c.html",
 "hn2023": "http://shouyao.dzwindows.com/zxck/2023/0802/11664.html",
 "wn2024": "http://262wan.com/153/54731.html",
 "zs2024": "https://gzdaily.dayoo.com/pc/html/2024-07/12/content_519_863281.htm",
 "cm2024": "http://miaozhunjing88.com/n2/2024/0530/c231190-40862578.html",
 "da2024": "http://red-daffodil.com/hnnew/2024-10-11/712646.html",
 "xq2024": "http://news.hndaily.cn/html/2024-11/17/content_58466_17996630.htm",
 "fm2025": "https://fdi.swt.fujian.gov.cn/show-23558.html",
 "lh2025": "http://www.sqsc.gov.cn/scq/mtjj/202503/a85b5d882afb421d9c15650074523ab3.shtml",
 "ws2025": "https://jining.focus.cn/zixun/92f98f2cb9f7ebb5.html",
 "ks2025": "https://epaper.rznews.cn/shtml/rzrb/20250402/954395.shtml",
 "pj2025": "http://hkwb.net/news/content/2025-03/02/content_4317942.htm",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "京津州河科技产业园": ["京津州河科技产业园"],
 "庆云经开区": ["庆云经济开发区"],
 "沙门滨港工业城": ["滨港工业城", "玉环县沙门滨港工业城"],
 "金山工业区": ["金山工业区"],
 "金山第二工业区": ["第二工业区"],
 "嘉祥经开区": ["嘉祥经济开发区"],
 "湾岭农产品加工物流园": ["湾岭农产品加工物流园", "海南湾岭农产品加工物流园", "湾岭园区"],
 "郓城化工产业园": ["郓城化工产业园"],
 "鄞衢产业飞地": ["鄞衢产业飞地", "鄞州—衢江产业飞地"],
 "广清产业园": ["广清产业园", "广州(清远)产业转移工业园"],
 "万宁槟榔产业园": ["槟榔产业园", "万宁槟榔产业园", "万宁市槟榔产业园"],
 "龙河机电装备智造产业园": ["龙河机电装备智造产业园"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None, sub_areas=None):
    if doc not in PAGES:  # a page whose draft is not (yet) in src/
        return
    cat = CAT[metric]
    aliases = []
    for a in PARK[park]:
        ca = conv(doc, a)
        if ca in PAGES[doc] and ca not in aliases:
            aliases.append(ca)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": sub_areas or [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
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


def NEG(doc, ev, why, not_park=None):
    if doc not in PAGES:
        return
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


def NEGS(doc, rows):
    for r in rows:
        NEG(doc, *r)


A = []


def ART(doc, title, first, kind, park, year, parks=None, note=None):
    if doc not in PAGES:
        return
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    if note:
        row["note"] = note
    A.append(row)


PG = []

# ---------------- ap01 (plain UTF-8; 园区快讯 brief page; masthead 2017) ----------------
d = "ap01"; p = "京津州河科技产业园"
G(d, p, "project_count", 13, "集中签约落户的科技型项目", "13个科技型项目集中落户", 2017, "page", "zh2017",
  note="「日前」: the signing is dated only by the page (the source is of 2017-11-28)")
G(d, p, "project_count", 13, "集中签约落户的科技型项目（重复）", "13个落户项目", 2017, "page", "zh2017",
  dup="13个科技型项目集中落户", note="body repeat of the same 13 projects inside the investment sentence")
G(d, p, "investment_total", 16 * Y, "13个落户项目总投资额", "总投资额已超16亿元", 2017, "page", "zh2017", qual="over")
G(d, p, "project_count", 13, "落户项目（标题）", "蓟州区13个新项目落户", 2017, "page", "zh2017",
  dup="13个科技型项目集中落户",
  note="the headline names the district (蓟州区); the body says the 13 projects were signed by and settled in the park")
G(d, p, "investment_total", 16 * Y, "落户项目总投资（标题）", "总投资超16亿元", 2017, "page", "zh2017", qual="over",
  dup="总投资额已超16亿元")
G(d, p, "funding", 55 * Y, "累计投入基础设施及配套设施建设资金", "累计投入基础设施及配套设施建设资金55亿余元", 2017, "page",
  "zh2017", qual="over",
  note="cumulative funds put into the park's infrastructure (投入…资金 → funding); borderline, it is no single year's spending")
G(d, p, "project_count", 185, "累计签约落地项目", "共签约落地项目185家", 2017, "page", "zh2017",
  note="projects counted with the measure word 家")
G(d, p, "investment_total", 380 * Y, "签约落地项目总投资", "总投资约380亿元", 2017, "page", "zh2017", qual="about")
G(d, p, "enterprise_count", 122, "落地建成企业", "落地建成企业122家", 2017, "page", "zh2017")
G(d, p, "tax_profit", 15 * Y, "项目全部达产后年税收", "税收15亿元", 2017, "page", "zh2017", status="target",
  note="a forecast for full operation; it names no year, so it takes the page year")
p = "庆云经开区"
G(d, p, "investment_total", 56.3 * Y, "京津冀工业园（承接通州产业疏解的园中园）总投资额", "总投资额56.3亿元", 2017, "page", "qy2017",
  scope="project", sub_areas=["京津冀工业园"],
  note="a county story; the sentence's subject is 京津冀工业园, which 「位于庆云经济开发区核心区域」 and is itself one of the county's 22 projects")
G(d, p, "enterprise_count", 16, "签约入园企业（京津冀工业园）", "等16家企业签约入园", 2017, "page", "qy2017",
  sub_areas=["京津冀工业园"])
p = "沙门滨港工业城"
G(d, p, "enterprise_count", 258, "落户企业", "迄今共有落户企业258家", 2017, "page", "sm2017",
  note="「迄今」 in a story of 2017-03-31 on a 2017 page")
G(d, p, "enterprise_count", 3, "落户的上市企业", "含3家上市企业", 2017, "page", "sm2017")
G(d, p, "enterprise_count", 50, "优化引进的小微配套企业", "优化引进50家小微配套企业", 2017, "page", "sm2017")
NEGS(d, [
    ("年可实现销售收入400亿元", "revenue (销售收入), no metric", "京津州河科技产业园"),
    ("安排就业3万人", "jobs", "京津州河科技产业园"),
    ("总规划面积62平方公里", "area", "京津州河科技产业园"),
    ("已开发面积约16.4平方公里", "area", "京津州河科技产业园"),
    ("四大主导产业", "count of industries", None),
    ("等22个项目集中开工", "county batch (庆云县 ceremony); 京津冀工业园 is one of the 22", "庆云经开区"),
    ("总投资额72.59亿元", "county batch total", "庆云经开区"),
    ("总规划占地3000亩", "area", "庆云经开区"),
    ("可带动就业2万余人", "jobs", "庆云经开区"),
    ("总规划用地面积近万亩", "area", "沙门滨港工业城"),
    ("解决就业人数超1.6万人", "jobs", "沙门滨港工业城"),
    ("沙门镇实现工业总产值超百亿元", "the town's output (沙门镇, 2016), not the park's", "沙门滨港工业城"),
    ("北接S226省道", "road number", None),
    ("两大玉环传统支柱产业", "count of industries", None),
    ("洪泽区累计新签约亿元工业项目79个", "district figure (洪泽区, 2016); the brief only cites the park as its source", "洪泽经开区"),
    ("其中10亿元以上5个", "district count above a threshold", "洪泽经开区"),
    ("洪泽有6个重大工业项目", "district figure", "洪泽经开区"),
    ("12345", "phone number (hotline)", None),
])
ART(d, "", "本期导读：州河园区集中签约", "other", None, 2017)
ART(d, "蓟州区13个新项目落户 总投资超16亿元", "日前,蓟州区京津州河科技", "park", "京津州河科技产业园", 2017)
ART(d, "", "● 日前,山东省德州市下属", "county", None, 2017, parks=["庆云经开区"],
    note="a county story (庆云县); only the 京津冀工业园 sentences are the park's")
ART(d, "", "● 提起玉环沙门,人们脑海", "park", "沙门滨港工业城", 2017,
    note="opens on the town; the brief is about the park (source headline 「沙门：建设滨港工业城」)")
ART(d, "", "● 2016年,洪泽区累计新签", "district", None, 2017)
ART(d, "", "园区快讯欢迎来稿", "ad", None, 2017)
PG.append(("ap01", 2017, "masthead 「2017年12月8日 星期五」; 洪泽's 「2016年」 and 「今年2月份」 agree"))

# ---------------- ap02 (GB18030; Markdown; masthead without year; a text table) ----------------
d = "ap02"
NT = "经济小区 tax: the 工业区小区 is the tax-registration unit that the table assigns to 金山工业区; borderline tax_profit of the park"
G(d, "金山工业区", "tax_profit", 57654 * W, "经济小区税收（工业区小区，1-3月）", "1 | 工业区小区 | 57654", 2018, "article", "js2018",
  note=NT + "; the year is in the table caption 「2018年1-3月…」")
G(d, "金山工业区", "tax_profit", 5 * Y, "工业区小区税收总量（1-3月）", "其中工业区小区税收总量突破5亿元", 2018, "article", "js2018",
  qual="over", dup="1 | 工业区小区 | 57654", note="the text's rounded statement of the table row")
G(d, "金山第二工业区", "tax_profit", 24196 * W, "经济小区税收（二工区小区，1-3月）", "10 | 二工区小区 | 24196", 2018, "article", "js2018",
  note="written 「第二工业区」 in the table (上海金山第二工业区)")
NEGS(d, [
    ("共实现税收51.40亿元", "district total of all 经济小区", None),
    ("较上年同期增收16.09亿元", "change", None),
    ("完成税收10.33亿元", "district, one month", None),
    ("镇(工业区)小区完成47.57亿元", "towns and industrial zones together", "金山工业区"),
    ("区属小区完成3.83亿元", "district-owned 小区", None),
    ("小区净增15.93亿元", "change", None),
    ("区属小区净增0.16亿元", "change", None),
    ("共有8个经济小区", "count of 小区", None),
    ("等6个小区净增额超过1亿元", "count of 小区 above a threshold", None),
    ("2 | 漕泾小区 | 44310", "town (漕泾镇)", None),
    ("3 | 兴塔小区 | 43162", "town (枫泾镇)", None),
    ("4 | 枫泾小区 | 35917", "town (枫泾镇)", None),
    ("5 | 张堰小区 | 35391", "town (张堰镇)", None),
    ("6 | 吕巷小区 | 29302", "town (吕巷镇)", None),
    ("7 | 金山嘴小区 | 28019", "town (山阳镇)", None),
    ("8 | 亭林小区 | 26928", "town (亭林镇)", None),
    ("9 | 金山卫小区 | 25591", "town (金山卫镇)", None),
    ("累计新增注册企业8340户", "district count of newly registered firms", "金山工业区"),
    ("较上年同期增加1036户", "change", None),
    ("单月新增注册企业3498户", "district, one month", None),
    ("同比增长45.57%", "growth rate", None),
    ("完成年度指标的40.20%", "share of the annual target", None),
    ("占经济小区总税收的92.55%", "share", "金山工业区"),
    ("同比增幅超过90%", "growth rate (工业区小区 among them)", "金山工业区"),
    ("集中签约31个高端制造业项目", "district signing (headline); held at 开发区赛达企业家服务中心", "西青经开区"),
    ("总投资额超145亿", "district signing (headline)", "西青经开区"),
    ("本次集中签约项目共计31个", "district signing", "西青经开区"),
    ("计划总投资145.96亿元", "district signing", "西青经开区"),
    ("现场签约项目8个", "district signing", None),
    ("计划总投资48.33亿元", "district signing", None),
    ("投资十亿元以上项目4个", "district count above a threshold (Chinese numeral 十)", None),
    ("计划总投资91亿元", "district signing", None),
    ("投资亿元以上项目22个", "district count above a threshold", None),
    ("计划总投资142.17亿元", "district signing", None),
    ("4个世界500强项目", "count of projects by investor rank", None),
    ("总投资超182亿元", "district signing (引题)", None),
    ("金东区签约32个项目", "district signing (headline)", None),
    ("共签约32个项目", "district signing", None),
    ("计划总投资超182亿元", "district signing", None),
    ("超过20亿元的有3个", "count above a threshold", None),
    ("10亿元以上的有4个", "count above a threshold", None),
    ("签约项目15个", "district signing (industrial projects)", None),
    ("总投资101.1亿元", "district signing", None),
    ("现代服务业项目8个", "district signing", None),
    ("总投资60.3亿元", "district signing", None),
    ("农旅项目9个", "district signing", None),
    ("总投资20.7亿元", "district signing", None),
    ("300多位海内外金东乡贤", "people", None),
    ("牵线落地3个亿元以上工业项目", "district figure (a talent association's record)", None),
    ("021-12345678", "phone number", None),
])
ART(d, "金山区经济小区一季度运行", "1-3月,全区经济小区共实现", "district", None, 2018, parks=["金山工业区", "金山第二工业区"],
    note="a district report; only the table rows and the sentence on 工业区小区 are parks'")
ART(d, "西青区集中签约31个高端制造业项目 总投资额超145亿", "8月9日,西青区高端制造业", "district", None, 2018)
ART(d, "金东区签约32个项目", "本报金华10月2日电", "district", None, 2018,
    note="引题 「总投资超182亿元」 stands above the 主题")
ART(d, "", "郊区经济版 新闻热线", "ad", None, 2018)
PG.append(("ap02", 2018, "no masthead year (「10月19日 星期五」); the table caption 「2018年1-3月」 and 「2018金东乡贤大会」 give 2018 (10月19日 is a Friday in 2018)"))

# ---------------- ap03 (UTF-16; masthead 2021; 园区名片 box + county stories) ----------------
d = "ap03"; p = "嘉祥经开区"
G(d, p, "enterprise_count", 130, "开发区现有企业", "开发区现有企业130余家", 2021, "page", "jx2021", qual="over",
  note="「目前 / 现有」 in a profile published 2021-12-21 (its source line)")
G(d, p, "enterprise_count", 58, "规模以上企业", "规模以上企业58家", 2021, "page", "jx2021")
G(d, p, "enterprise_count", 19, "国家级高新技术企业", "拥有国家级高新技术企业19家", 2021, "page", "jx2021")
G(d, p, "output_value", 129.9 * Y, "工业总产值", "开发区完成工业总产值129.9亿元", 2020, "explicit", "jx2021")
NT = "after 「；」: the 「2020年」 that opens the sentence is in another clause, so the year comes from the article"
G(d, p, "tax_profit", 5.6 * Y, "利税", "完成利税5.6亿元", 2020, "article", "jx2021", note=NT)
G(d, p, "investment_annual", 50.8 * Y, "固定资产投资（2020年）", "完成固定资产投资50.8亿元", 2020, "article", "jx2021", note=NT)
G(d, p, "enterprise_count", 58, "嘉祥化工产业园注册企业", "注册企业58家", 2021, "page", "jx2021", sub_areas=["嘉祥化工产业园"],
  note="化工产业园 is one of the park's 「一区三园」")
G(d, p, "enterprise_count", 26, "嘉祥化工产业园规模以上企业", "其中规模以上企业26家", 2021, "page", "jx2021",
  sub_areas=["嘉祥化工产业园"])
NEGS(d, [
    ("规划面积24.71平方公里", "area", "嘉祥经开区"),
    ("等26家省级以上研发机构", "research institutions, not enterprises", "嘉祥经开区"),
    ("省级以上名牌产品12个", "count of brands", "嘉祥经开区"),
    ("同比增长13.1%", "growth rate", None),
    ("规划面积15平方公里", "area", None),
    ("起步区面积5平方公里", "area", None),
    ("累计完成固定资产投资超过80亿元", "cumulative investment since founding, no year's figure", "嘉祥经开区"),
    ("涉及35个重大产业项目", "county batch (sub-heading); the ceremony is held in 睢宁经济开发区", "睢宁经开区"),
    ("全县年度实施项目146个", "county plan", "睢宁经开区"),
    ("计划完成投资210.9亿元", "county plan", None),
    ("市级重大产业项目25个", "county plan", None),
    ("计划总投资306亿元", "county plan", None),
    ("年度计划投资115.8亿元", "county plan", None),
    ("重大产业项目共35个", "county batch", "睢宁经开区"),
    ("计划总投资78.85亿元", "county batch", "睢宁经开区"),
    ("年度计划投资64.9亿元", "county batch", "睢宁经开区"),
    ("市级重大产业项目7个", "county batch", None),
    ("计划总投资43亿元", "county batch", None),
    ("县重大项目28个", "county batch", None),
    ("计划总投资35.85亿元", "county batch", None),
    ("产业项目 总投资78.85亿元", "county batch (sub-heading)", "睢宁经开区"),
    ("年度总投资35.5亿元", "county batch", None),
    ("年度投资29.4亿元", "county batch", None),
    ("同比增长7.9%", "growth rate", None),
    ("佰艺七彩高端纺织品项目计划投资50亿元", "a company project in a county story (ceremony held in the park)", "睢宁经开区"),
    ("一期投资10亿元", "a company project's first phase", "睢宁经开区"),
    ("年产染色印花布15亿米", "capacity", None),
    ("新增销售收入20亿元", "revenue", None),
    ("税收8000万元", "a company's tax forecast in a county story", "睢宁经开区"),
    ("3个项目总投资达58.6亿元", "county signing (副题)", None),
    ("总投资达58.6亿元的3个项目", "county signing", None),
    ("单体新投资50亿元", "a single company project in a county story", None),
    ("年产4万吨特种亚克力保护纸", "capacity", None),
    ("高档家具3个传统产业", "count of industries", None),
    ("新材料3个新兴产业", "count of industries", None),
    ("10亿元以上重大产业项目8个", "county count; the 产业园 named are projects, not parks", None),
    ("天台10个重大项目集中开工", "county batch (headline)", None),
    ("总投资11.8亿元", "a building project", None),
    ("占地21亩", "area", None),
    ("总投资53.68亿元", "county batch; 苍山产业集聚区 appears only as one project's name", "苍山产业集聚区"),
    ("年产7000平方米航空模具", "capacity", None),
    ("加集中开工活动的10个重大项目", "county batch", None),
    ("年产2000万平方米无纺布", "capacity", None),
    ("年产100万平方米针刺无纺布", "capacity", None),
    ("0537-1234567", "phone number", None),
])
ART(d, "嘉祥经济开发区“一区三园”简介", "嘉祥经济开发区成立于2003", "park", p, 2021,
    note="a profile box (label 「园区名片」, source line ours); 济宁经开区 is named only as the old park's successor")
ART(d, "睢宁县2021年首批重大产业项目集中开工", "1月17日上午,睢宁县2021", "county", None, 2021)
ART(d, "龙游招商引资迎来开门红", "本报龙游2月20日电", "county", None, 2021, note="副题 「3个项目总投资达58.6亿元」")
ART(d, "天台10个重大项目集中开工", "本报天台6月29日电", "county", None, 2021)
ART(d, "", "县域园区版 编辑部", "ad", None, 2021)
PG.append(("ap03", 2021, "masthead 「2021年12月24日 星期五」; 睢宁's 「2021年首批」 and the profile's source line 「2021年12月」 agree"))

# ---------------- ap04 (UTF-8; traditional s2tw with 「」; hard wrap 30; masthead without year) ----------------
d = "ap04"; p = "湾岭农产品加工物流园"
G(d, p, "enterprise_count", 50, "累计引进企业（引题，即原题）", "物流园累计引进企业50家", 2022, "page", "wl2022",
  note="the figure is only in the 引题 (the report's original title); the body never repeats it, so it is no duplicate_of")
NEGS(d, [
    ("一年能实现2000多万元的销售额", "a company's sales in the park", p),
    ("只要1小时左右", "duration", None),
    ("可年产医用手套12", "capacity (the hard wrap cuts 「0亿只」 off)", None),
    ("新增销售收入50亿元", "a company project's revenue in a city story", "星宇新材料产业园"),
    ("利税9亿元", "a company project's forecast in a city story (the 产业园 is the company's)", "星宇新材料产业园"),
    ("总投资13.6亿元", "a company project located in 仁和化工园, in a city story", "仁和化工园"),
    ("年产40万", "capacity (wrapped)", None),
    ("该项目投资80亿元建设", "a company-built park project in a city story", "信悦高新工业园"),
    ("规划占地面积2931亩", "area", None),
    ("11个重点项目集中签约落户宁河", "district signing (headline)", None),
    ("等11个重点项目集中签约落户宁河", "district signing", None),
    ("预计投资超过46亿元", "district signing (headline and body)", None),
    ("将在现代产业区投资25亿元", "a company project located in 现代产业区, in a district story", "宁河现代产业区"),
    ("约为14.5万平方米", "area", None),
    ("年纳税1亿元", "a company's tax forecast", "宁河现代产业区"),
    ("提供就业岗位近千个", "jobs", None),
    ("实现年产值500亿元", "a company's output (2021)", None),
    ("税收7.8亿元", "a company's tax (2021)", None),
    ("等25个项目的服务", "district count", None),
    ("到位额完成6.75亿元", "funds arrived (到位资金), no metric", None),
    ("同比增幅138.52%", "growth rate", None),
    ("5.6亿元,选址邦均镇", "a project named 产业园 in a district story (「项目投资」 ends the line before)", "普洛斯生态智能产业园"),
    ("项目投资50亿元", "a project named 产业城 in a district story", "天津蓟州国通产业城"),
    ("项目投资2.1亿元", "a company project", None),
    ("销售收入33800万元", "revenue", None),
    ("实现税收182", "a company's tax forecast (the wrap cuts 「5.2万元」 off)", None),
    ("就业岗位约150个", "jobs", None),
    ("签约重点项目不少于50个", "district target", None),
    ("0898-12345678", "phone number", None),
])
ART(d, "", "5月25日,海南湾岭农产品加工", "other", None, 2022, note="photo caption standing alone above the story")
ART(d, "延长产业链 “土货”销四方", "“借助琼中的区位优势", "park", p, 2022,
    note="the 引题 above the 主题 is the original title and holds the figure")
ART(d, "潍坊高密:项目建设按下“快进键”", "3月26日,在高密市星宇新材", "city", None, 2022)
ART(d, "11个重点项目集中签约落户宁河 预计投资超过46亿元", "昨天(16),中星电科航天城", "district", None, 2022)
ART(d, "蓟州区紧盯重点领域招商引资 大项目“领跑”新春“第一棒”", "2022年是实施“十四五”规划", "district", None, 2022)
ART(d, "", "产业园区版 读者热线", "ad", None, 2022)
PG.append(("ap04", 2022, "no masthead year (「6月10日 星期五」); 蓟州's 「2022年是实施「十四五」规划的攻坚之年」 and 宁河's 「2021年实现年产值」 (last year) give 2022 (6月10日 is a Friday in 2022)"))

# ---------------- ap05 (UTF-8 BOM + CRLF; full-width digits; Markdown; masthead 2023) ----------------
d = "ap05"; p = "郓城化工产业园"
G(d, p, "enterprise_count", 18, "园区企业（洪达化工、富海能源、多友科技等）", "多友科技等18家企业", 2023, "page", "yc2023")
G(d, p, "enterprise_count", 15, "已建成投产企业", "其中15家已建成投产", 2023, "page", "yc2023")
p = "鄞衢产业飞地"
G(d, p, "enterprise_count", 10, "入驻的鄞州企业", "在内的10家鄞州企业入驻", 2023, "page", "yq2023",
  note="the enclave lies inside 鄞州经济开发区 but is run as its own 山海协作 park; no figure goes to 鄞州经开区")
G(d, p, "output_value", 5 * Y, "产值（截至去年底）", "截至去年底产值超5亿元", 2022, "page", "yq2023", qual="over",
  note="「去年」 = page year − 1")
G(d, p, "output_value", 1 * Y, "宁波任翔机电有限公司预计年产值", "预计年产值1亿元", 2023, "page", "yq2023",
  scope="project", status="target", note="a company in the park story: project scope, a forecast without a year")
NEGS(d, [
    ("规划面积8.02平方公里", "area", "郓城化工产业园"),
    ("建成面积3.37平方公里", "area", "郓城化工产业园"),
    ("园区已完成投资120亿元", "cumulative investment since founding, no year's figure", "郓城化工产业园"),
    ("从业人员4200人", "jobs", "郓城化工产业园"),
    ("等20多种产品", "count of products", None),
    ("总面积4万平方米的新厂房", "area", None),
    ("剩余2万平方米厂房", "area", None),
    ("总规划占地1501亩", "area", "鄞衢产业飞地"),
    ("日产能达4000件", "capacity", None),
    ("东营区31个项目集中开工", "district batch (headline)", None),
    ("总投资205.8亿元!东营区", "district batch (headline)", None),
    ("31个总投资205.8亿元", "district batch", None),
    ("年产500台套高性能螺杆", "capacity", None),
    ("实施重点项目230个", "district plan", None),
    ("总投资1086.8亿元", "district plan", None),
    ("集中开工项目31个", "district batch", None),
    ("年产45万吨高端树脂", "capacity", None),
    ("总投资55.7亿元的7个", "district batch (industrial projects)", None),
    ("总投资109.6亿元的15个", "district batch (city works)", None),
    ("总投资17亿元的4个", "district batch; 中农北斗数字农批产业园 is a project name", "中农北斗数字农批产业园"),
    ("总投资23.5亿元的5个", "district batch (livelihood projects)", None),
    ("3所幼儿园", "count of schools", None),
    ("山东宁津11个项目上海签约", "county signing (headline)", None),
    ("总投资23.4亿!山东宁津", "county signing (headline)", None),
    ("的11个项目于现场签约", "county signing", None),
    ("总投资23.4亿元", "county signing", None),
    ("引进外资500万美元", "foreign capital, no metric", None),
    ("签约项目14个,总投资161.7亿元", "district signing (headline)", None),
    ("签约项目14个,总投资达到161.7亿元", "district signing", None),
    ("3亿元以上产业项目21个", "district count above a threshold (2022)", None),
    ("10亿元以上制造业项目7个", "district count above a threshold (2022)", None),
    ("婺城GDP86亿元", "GDP", None),
    ("增长4.2%", "growth rate", None),
    ("等5项指标", "count of indicators", None),
    ("共有15个亿元以上项目开工入库", "district count", None),
    ("12345", "phone number (subscription line)", None),
])
ART(d, "郓城化工产业园", "郓城化工产业园,始建于2009", "park", "郓城化工产业园", 2023, note="headline ours (the source has none)")
ART(d, "产业飞地架起共富桥", "记者近日来到位于浙江省宁波", "park", "鄞衢产业飞地", 2023, note="byline 「本报记者 郁进东」 stands above the body")
ART(d, "总投资205.8亿元!东营区31个项目集中开工", "近日,2023年秋季全市高质", "district", None, 2023)
ART(d, "总投资23.4亿!山东宁津11个项目上海签约", "聚能“一金一木”、携手智造", "county", None, 2023)
ART(d, "婺城发展大会:签约项目14个,总投资161.7亿元", "树高千尺不忘根,水流万里总", "district", None, 2023)
ART(d, "", "园区观察版 投稿邮箱", "ad", None, 2023)
PG.append(("ap05", 2023, "masthead 「2023年11月17日 星期五」; 东营区's 「2023年秋季」 and 婺城's 「2022年…今年一季度」 agree"))

# ---------------- ap06 (GB18030; traditional s2hk with 「」; Markdown; masthead 2023) ----------------
d = "ap06"; p = "广清产业园"
G(d, p, "project_count", 279, "累计签约项目", "园区累计签约项目279个", 2022, "explicit", "gq2023")
G(d, p, "investment_total", 962 * Y, "累计签约项目计划总投资", "计划总投资约962亿元", 2022, "explicit", "gq2023", qual="about")
G(d, p, "project_count", 197, "投资亿元以上项目", "其中投资亿元以上项目197个", 2022, "explicit", "gq2023",
  note="the count inside a threshold phrase is a figure, the threshold (亿元) is not")
NT = "after 「；」: 「截至2022年底」 opens the sentence in another clause, so the year comes from the article"
G(d, p, "project_count", 91, "累计投(试)产项目", "累计投(试)产项目91个", 2022, "article", "gq2023", note=NT)
G(d, p, "project_count", 63, "在建和筹建项目", "在建和筹建项目63个", 2022, "article", "gq2023", note=NT)
G(d, p, "enterprise_count", 45, "规上企业", "拥有规上企业45家", 2022, "article", "gq2023",
  note="the next sentence of the 「截至2022年底」 paragraph")
G(d, p, "enterprise_count", 23, "高新技术企业", "高新技术企业23家", 2022, "article", "gq2023")
NEGS(d, [
    ("80%的项目来自广州", "share", p),
    ("全省122个县(市、区)", "count of counties", None),
    ("博罗排名全国第69", "ranking", None),
    ("“一县双高铁三站”", "slogan with Chinese numerals, no metric", None),
    ("总投资86.7亿元", "city figure (肇庆四会市)", None),
    ("102个产业项目相继落地", "city figure (四会市)", None),
    ("打造千亿级新能源汽车产业集群", "slogan", None),
    ("百亿元规模的全玉器产业", "slogan", None),
    ("占地约120亩", "area", None),
    ("总投资约9亿元", "a company project in 东方市华侨经济区 (the story is the project's)", "东方华侨经济区"),
    ("整体分2期建设", "phases", None),
    ("投资约6亿元", "a company project's first phase", "东方华侨经济区"),
    ("投资约3亿元", "a company project's second phase", "东方华侨经济区"),
    ("签署了55个合作协议", "province signing", None),
    ("协议投资规模约126亿元", "province signing", None),
    ("40%以上的增速", "growth rate", None),
    ("分别从838家、56家增加到1552家、261家", "province counts of enterprises (a change, 分别), no park", None),
    ("同比增长19.9%", "growth rate", None),
    ("连续17个月", "duration", None),
    ("增加值增长15.2%", "growth rate", None),
    ("020-12345678", "phone number", None),
])
ART(d, "广州(清远)产业转移工业园", "广州(清远)产业转移工业园是", "park", p, 2023,
    note="headline ours (the park's own name); 广州开发区 is named only as the developer")
ART(d, "广东“百千万工程”纵深推进 不同赛道创先争优 县域振兴活力迸发", "高楼林立、吊机轰鸣、车辆往来", "province", None, 2023)
ART(d, "春福东方国际冷链物流产业园项目首栋封顶", "海南日报记者从11月18日在", "company", None, 2023,
    note="a company project (named 产业园) located in 东方市华侨经济区")
ART(d, "海南自贸港高新技术产业投资大会举行", "据新华社报导,记者从海南省", "province", None, 2023)
ART(d, "", "南方园区版 征订热线", "ad", None, 2023)
PG.append(("ap06", 2023, "masthead 「2023年12月1日 星期五」; 「2023赛迪百强县」 and 春福's 「自今年5月项目开工以来」 (2023) agree"))

# ---------------- ap07 (UTF-16; 主题/副题; captions; OCR break; masthead 2024) ----------------
d = "ap07"; p = "万宁槟榔产业园"
G(d, p, "enterprise_count", 31, "入驻企业（主题）", "万宁槟榔产业园 已吸引31家企业入驻", 2024, "page", "wn2024",
  dup="目前已有31家企业入驻园区")
G(d, p, "output_value", 30 * Y, "园区产值（副题，预计）", "预计2024年园区产值可达30亿元", 2024, "explicit", "wn2024",
  status="target", note="only in the 副题; the kept body does not repeat it")
G(d, p, "enterprise_count", 31, "入驻企业", "目前已有31家企业入驻园区", 2024, "page", "wn2024")
G(d, p, "enterprise_count", 9, "正在同步推动建设的企业", "食品有限公司等9家企业", 2024, "page", "wn2024")
G(d, p, "investment_total", 2 * Y, "仓储物流集散中心一期项目", "该项目一期投资约2亿元", 2024, "page", "wn2024",
  qual="about", scope="project", note="the 「2025年9月」 of the quote before dates the completion, not the investment")
NEGS(d, [
    ("6台器械和20余名工人", "machines and workers", None),
    ("总体工程已完成10%", "construction progress", None),
    ("预计2025年9月完工", "date", None),
    ("冷库每座占地5250平方米", "area", None),
    ("一期总占地面积3.595万平方米", "area", None),
    ("总建筑面积约3.8万平方米", "area", None),
    ("鲜果蔬菜约2.5万吨", "capacity", None),
    ("全省首批7个大型产业集聚区", "count of clusters", None),
    ("总规划面积为470.96平方公里", "area", None),
    ("规上工业增加值808.1亿元", "value added, no metric; a cluster of several parks", "中山火炬开发区"),
    ("完成工业投资308.6亿元", "a province-designated cluster spanning several parks and towns, no single park", "中山火炬开发区"),
    ("签约落地亿元以上项目111个", "cluster figure, no single park", "中山火炬开发区"),
    ("总投资超530亿元", "cluster figure, no single park", "中山火炬开发区"),
    ("新增规模以上工业企业257家", "cluster figure, no single park", "中山火炬开发区"),
    ("从2021年末的3个增至6个", "count of the city's parks (a change)", None),
    ("第三个省特色产业园", "ordinal", None),
    ("竣工项目65个", "county batch (headline)", None),
    ("总投资超140亿元", "county batch (headline)", None),
    ("竣工项目共65个", "county batch", "老城科技新城"),
    ("总投资141亿元", "county batch", "老城科技新城"),
    ("开工项目35个", "county batch", None),
    ("计划总投资92.85亿元", "county batch", None),
    ("竣工项目30个", "county batch", None),
    ("总投资48.36亿元", "county batch", None),
    ("等12个项目集中开工", "county batch at the main venue in 老城科技新城", "老城科技新城"),
    ("计划总投资59.64亿元", "county batch at the main venue", "老城科技新城"),
    ("等11个项目集中竣工", "county batch at the main venue", "老城科技新城"),
    ("完成总投资28.49亿元", "county batch at the main venue", "老城科技新城"),
    ("计划总投资7.79亿元", "town venue batch (金江)", None),
    ("三期项目等10个项目集中开工", "town venue batch (金江)", None),
    ("提升项目等10个项目集中竣工", "town venue batch (金江)", None),
    ("总投资14.82亿元", "town venue batch (金江)", None),
    ("等9个项目集中开工", "town venue batch (老城镇)", None),
    ("计划总投资17.43亿元", "town venue batch (老城镇)", None),
    ("等6个项目集中竣工", "town venue batch (老城镇)", None),
    ("完成总投资2.53亿元", "town venue batch (老城镇)", None),
    ("签约总额8.35亿元", "town signing (headline)", "东澳工厂化养殖园区"),
    ("万宁东澳镇签约5个项目", "town signing (headline)", None),
    ("共签约5个工厂化水产养殖项目", "town signing; the 养殖园区 is only named as the purpose", "东澳工厂化养殖园区"),
    ("计划投资总额8.35亿元", "town signing", "东澳工厂化养殖园区"),
])
ART(d, "万宁槟榔产业园 已吸引31家企业入驻", "海南日报讯(记者 李豌 通讯", "park", p, 2024,
    note="主题 and 副题 (「预计2024年园区产值可达30亿元」) stack above the body")
ART(d, "中山大型产业集聚区获评“优秀”等次", "广州日报讯(全媒体记者姜永涛", "city", None, 2024,
    note="a city report on a province-designated cluster (470.96 km², several parks, 中山火炬开发区 among them)")
ART(d, "", "澄迈县2024年第一批项目集中开工、竣工仪式现场", "other", None, 2024, note="photo caption above the headline")
ART(d, "澄迈县2024年第一批集中开工、竣工项目65个 总投资超140亿元", "人民网澄迈5月30日电", "county", None, 2024)
ART(d, "签约总额8.35亿元 万宁东澳镇签约5个项目", "10月10日,万宁市东澳镇海南", "county", None, 2024,
    note="a township (东澳镇) story; byline alone on the last line")
ART(d, "", "近日,位于东方市临港产业园的", "other", None, 2024, note="standalone photo caption")
ART(d, "", "园区周刊 编辑部", "ad", None, 2024)
PG.append(("ap07", 2024, "masthead 「2024年11月22日 星期五」; 澄迈's 「2024年第一批」 and 万宁's 副题 「预计2024年」 agree"))

# ---------------- ap08 (UTF-8; 【】 briefs; hard wrap 32; masthead without year) ----------------
d = "ap08"; p = "马祖产业合作园区"  # in used_parks.txt: appears only as the session's name / not_park
G(d, "龙河机电装备智造产业园", "enterprise_count", 35, "规上工业企业", "现有规上工业企业35家", 2025, "page", "lh2025",
  note="「现有」 in a story of March (2025)")
NEGS(d, [
    ("约成果14个", "county session total (连江县专场暨…对接会, named for the park; the hard wrap cuts 「签」 off)", p),
    ("总投资85.5亿元", "county session total", p),
    ("马产业项目2个专场", "count of sessions", None),
    ("深度合作等3个项目", "county session (university cooperation)", None),
    ("总投资55亿元", "county session", None),
    ("海工装备项目等11个项目", "the county's 福马产业项目 session (village tourism among them); not said to be in the park", p),
    ("投资30.5亿元", "the county's 福马产业项目 session", p),
    ("种纤维14万吨", "capacity", None),
    ("30余家", "a company's overseas customers (the wrap splits 「海外固定客户」 from the figure)", None),
    ("出口订单占比10%左右", "share", None),
    ("“1+2”产业格局", "slogan", None),
    ("销售增长40%", "growth rate", None),
    ("全年新签约亿元以上工业项目5个", "the town's figure (龙河镇, 2024)", "龙河机电装备智造产业园"),
    ("汶上县27个项目集中开工", "county batch (headline)", None),
    ("【县域】总投资93.8亿元", "county batch (headline)", None),
    ("现场,27个重点项目集中开工", "county batch", None),
    ("总投资93.8亿元,涵盖", "county batch", None),
    ("产业项目占比74.1%", "share", None),
    ("汶上县共有89个项目纳入省市县三级重点项目", "county plan", None),
    ("69亿元,项目数量", "county plan (the wrap splits 「4 / 69亿元」)", None),
    ("省市重点项目29", "county plan (「个」 on the next line)", None),
    ("总投资303亿元", "county plan", None),
    ("入选数量全市第2", "ranking", None),
    ("当天集中开工的27个项目", "county repeat", None),
    ("等五个项目全部过亿元", "township signing (Chinese numeral 五)", None),
    ("总投资额达10亿元", "township signing", None),
    ("税收2000余万元", "township forecast", None),
    ("总建筑面积约27000平方米", "area", None),
    ("综合楼3栋建筑", "buildings", None),
    ("我们项目总投资1.1", "a company project in 大致坡农产品加工产业园 (the wrap splits 「1.1 / 5亿元」)", "大致坡农产品加工产业园"),
    ("占地面积约29000平方米", "area", None),
    ("等10大配套核心板块", "count of functional blocks", None),
    ("12345", "phone number (hotline)", None),
])
ART(d, "", "【县域】6月3日,2025中", "county", None, 2025,
    note="a county session (连江县专场暨福州马祖产业合作园区对接会); the park (in used_parks.txt) is only the session's name; the source's sentence on the park's own projects is cut")
ART(d, "【园区】江苏宿迁宿城:做强园区载体平台 加快提升发展能级", "3月2日,在江苏省宿迁市宿城", "district", None, 2025,
    parks=["龙河机电装备智造产业园"], note="a district / town story (宿城区龙河镇) with one park sentence")
ART(d, "【县域】总投资93.8亿元!济宁市汶上县27个项目集中开工", "2月27日,汶上县2025年春", "county", None, 2025)
ART(d, "", "【乡镇】本报通讯员 王宇 报道", "county", None, 2025, note="a township (莒县库山乡) story")
ART(d, "", "【企业】海口网3月2日消息", "company", None, 2025,
    note="a company project (胖姐) held in 大致坡农产品加工产业园")
ART(d, "", "园区简讯 来稿", "ad", None, 2025)
PG.append(("ap08", 2025, "no masthead year (「6月20日 星期五」); 「2025中国福州国际招商月」, 汶上's 「2025年春季」 and 库山乡's 「2025年第一季度」 give 2025 (6月20日 is a Friday in 2025)"))


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
    return bad


if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n"
                                          for d, y, c in PG if d in PAGES), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
