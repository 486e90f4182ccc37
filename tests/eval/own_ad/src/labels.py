# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ad, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for ad04, s2tw for ad05, full-width digits for ad06) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page; every alias,
# title, `first` and `duplicate_of` target is checked to be on its page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if s is None:
        return None
    if doc == "ad04":
        return build.trad(s, build.S2HK)
    if doc == "ad05":
        return build.trad(s, build.S2TW)
    if doc == "ad06":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "dalong21": "http://gz.cnipai.com/news/detail/294936.html",
 "kaihuashan": "https://m.qi18.com/shlvyou/tjwyxyfsyqiyibaafsrjkwwzk",
 "luocheng22": "http://www.gx.chinanews.com.cn/cj/2022-01-11/detail-ihausqcy0630926.shtml",
 "shaoyang22": "https://www.shaoshang.cn/news/141874.html",
 "xiangyin22": "http://www.sweetestboys.com/content/2022/04/14/11121750.html",
 "kemen": "http://fjnews.fjsen.com/2014-07/29/content_14580046_2.htm",
 "huangping14": "http://www.zhxpm.cn/html/2014/hp_0729/120337.shtml",
 "yunfu14": "http://sailkgjmb.pixnet.net/blog/post/192741681",
 "lengshuijiang25": "https://www.71396.com/s-1-18e75921d64f421f",
 "lengshuijiang25b": "http://www.lsjxww.com/content/13024405",
 "boluo25": "http://e.hznews.com/hzrb/pc/content/202512/18/content_1118104.html",
 "lingao25": "https://www.xyshjj.cn/content/202511/13/c27258065.html",
 "shaodong25": "https://hunan.010b.com/info/detail/19139.html",
 "mawei25": "http://183.215.148.204:8083/xjwz/zwgk/gzdt/mwyw/202505/t20250519_5020480.htm",
 "lianjiang25": "https://fdi.swt.fujian.gov.cn/show-23558.html",
 "yanling21": "https://hn.rednet.cn/m/content/2021/04/27/9238904.html",
 "huarong19": "http://www.yueyang.gov.cn/yysqw/43332/43335/47847/62061/62085/content_1772796.html",
 "changtai21": "http://e1mgy15.cn/2021/0819/616912.html",
 "chaozhou21": "https://gzdaily.dayoo.com/pc/html/2021-09/30/content_880_770629.htm",
 "hanshou24": "https://hn.rednet.cn/content/646845/95/13412927.html",
 "changshaxian24": "http://gxt.hunan.gov.cn/xxgk_71033/gzdt/dfgz/202402/t20240219_32875068.html",
 "changtai23": "http://zzpd.fjsen.com/2023-08/12/content_31385112.htm",
 "luoding19": "http://m.kcqsx.com/yunfu/201902/357737.html",
 "kaiping19": "https://ttnews.xyz/a/5e6188e8dc9b5e25b1c280f9",
 "huiyang19": "http://m.kcqsx.com/huizhou/201912/812127.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "大龙经开区": ["贵州大龙经济开发区", "大龙经济开发区", "大龙开发区"],
 "开花山工业园区": ["开花山工业园区", "开花山工业园"],
 "可门经开区": ["可门经济开发区", "可门开发区"],
 "冷水江经开区": ["冷水江经济开发区", "冷水江经开区"],
 "博罗产业园区": ["惠州博罗产业园区", "博罗产业园区"],
 "炎陵工业集中区": ["株洲市炎陵工业集中区", "炎陵工业集中区"],
 "华容工业集中区": ["华容工业集中区"],
 "汉寿高新区": ["汉寿高新区"],
 "长泰经开区": ["长泰经济开发区"],
 "罗定产业转移工业园": ["罗定产业转移工业园"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in page]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual,
           "from_value": (round(from_value) if from_value and from_value >= 1000 else from_value),
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000  # 亿
W = 10000      # 万

# ---------------- ad01 (2022 masthead; 大龙 review of 2021, 开花山 (2021 figures), 罗城 county, 邵阳 city) ----
d = "ad01"; p = "大龙经开区"
G(d, p, "project_count", 20, "2021年新引进项目", "开发区共新引进项目20个", 2021, "explicit", "dalong21")
G(d, p, "investment_total", 141.18 * Y, "2021年新引进项目签约资金", "签约资金达141.18亿元", 2021, "explicit", "dalong21",
  note="签约资金 of the year's signed projects = their agreed investment (SPEC: 协议投资 of signed projects)")
G(d, p, "project_count", 3, "2021年引进的20亿元以上项目", "20亿元以上项目3个", 2021, "explicit", "dalong21")
G(d, p, "project_count", 15, "2021年引进的3000万元以上工业项目", "3000万元以上工业项目15个", 2021, "explicit", "dalong21")
G(d, p, "enterprise_count", 16, "2021年引进的优强企业", "引进优强企业16家", 2021, "explicit", "dalong21")
G(d, p, "enterprise_count", 10, "2022年预计引进的优强企业", "引进优强企业预计10个", 2022, "page", "dalong21",
  status="target", note="今年 on a 2022 page; the unit is 个 but the counted things are enterprises")
G(d, p, "project_count", 20, "2021年新引进项目（标题）", "大龙开发区去年新引进项目20个", 2021, "page", "dalong21",
  dup="开发区共新引进项目20个")
G(d, p, "investment_total", 141.18 * Y, "2021年新引进项目签约资金（标题）", "签约资金141.18亿元", 2021, "page", "dalong21",
  dup="签约资金达141.18亿元")
p = "开花山工业园区"
G(d, p, "output_value", 9.8 * Y, "园区总产值（截至2021年底）", "开花山工业园区总产值达到9.8亿元", 2021, "explicit", "kaihuashan")
G(d, p, "investment_total", 20 * Y, "2021年底新引进的新能源汽车部件产业", "新能源汽车部件产业总投资20亿元以上", 2021, "explicit",
  "kaihuashan", qual="over", scope="project")
G(d, p, "output_value", 9.8 * Y, "园区总产值（标题）", "开花山工业园区去年总产值9.8亿元", 2021, "page", "kaihuashan",
  dup="开花山工业园区总产值达到9.8亿元")

# ---------------- ad02 (no masthead year; 2014 from 黄平 and 云浮; GB18030, wrapped at 30) ----------------
d = "ad02"; p = "可门经开区"
G(d, p, "enterprise_count", 10, "入驻投资建设的世界500强企业", "十余家世界500强企业", 2014, "page", "kemen", qual="over",
  note="截至目前 in an interview on a 2014 page (year from 黄平/云浮); 十余家 → over 10")
G(d, p, "output_value", 53 * Y, "2013年工业产值", "其中工业产值53亿元", 2013, "explicit", "kemen",
  note="2013年 opens the sentence, which the 30-character wrap carries over to the next line")
G(d, p, "tax_profit", 5 * Y, "2013年税收", "税收达5亿元", 2013, "explicit", "kemen")

# ---------------- ad03 (2025 masthead; UTF-16; 冷水江经开区, 博罗产业园区, four county/district briefs) -------
d = "ad03"; p = "冷水江经开区"
G(d, p, "enterprise_count", 24, "高新技术企业（2025年）", "园区高新技术企业达到24家", 2025, "explicit", "lengshuijiang25")
G(d, p, "enterprise_count", 16, "省级专精特新中小企业（2025年）", "省级专精特新中小企业16家", 2025, "explicit", "lengshuijiang25")
G(d, p, "enterprise_count", 2, "绿色工厂企业（2025年）", "绿色工厂企业2家", 2025, "explicit", "lengshuijiang25")
G(d, p, "project_count", 22, "今年以来统筹推进的重点项目", "统筹推进重点项目22个", 2025, "article", "lengshuijiang25")
G(d, p, "investment_total", 43.52 * Y, "重点项目总投资", "总投资43.52亿元", 2025, "article", "lengshuijiang25")
p = "博罗产业园区"
G(d, p, "project_count", 163, "前11个月开工项目", "园区开工项目163宗", 2025, "article", "boluo25",
  note="今年以来 / 前11个月; the next paragraph names 2025年11月")
G(d, p, "project_count", 134, "前11个月投产项目", "投产项目134宗", 2025, "article", "boluo25")
G(d, p, "enterprise_count", 248, "规上企业（截至2025年11月）", "共有规上企业248家", 2025, "explicit", "boluo25")
G(d, p, "enterprise_count", 96, "高新技术企业（截至2025年11月）", "高新技术企业96家", 2025, "explicit", "boluo25")
G(d, p, "output_value", 424.88 * Y, "园区总产值（截至2025年11月）", "实现总产值424.88亿元", 2025, "explicit", "boluo25")
G(d, p, "project_count", 637, "2020年建园至2025年11月累计引进项目", "园区累计引进项目637宗", 2025, "article", "boluo25",
  note="2020 dates the park's founding, the count runs to 今年11月 (2025)")
G(d, p, "investment_total", 950.62 * Y, "累计引进项目投资总额", "投资总额约950.62亿元", 2025, "article", "boluo25", qual="about")

# ---------------- ad04 (2021 masthead; s2hk; one story with two parks, 长泰 district, 潮州 city) -------------
d = "ad04"; p = "炎陵工业集中区"
NT = "目前 in a story whose lead is 今年4月 on a 2021 page"
G(d, p, "enterprise_count", 95, "入园投产企业", "有入园投产企业95家", 2021, "page", "yanling21", note=NT)
G(d, p, "enterprise_count", 74, "规模以上企业", "其中规模以上企业74家", 2021, "page", "yanling21")
G(d, p, "enterprise_count", 26, "高新技术企业", "高新技术企业26家", 2021, "page", "yanling21")
p = "华容工业集中区"
G(d, p, "enterprise_count", 108, "2019年入驻企业", "华容工业集中区入驻企业108家", 2019, "explicit", "huarong19")
G(d, p, "enterprise_count", 89, "2019年规模以上工业企业", "其中规模以上工业企业89家", 2019, "explicit", "huarong19")
G(d, p, "enterprise_count", 15, "2019年高新技术企业", "高新技术企业15家", 2019, "explicit", "huarong19")
G(d, p, "tax_profit", 1.65 * Y, "2019年税收", "税收1.65亿元", 2019, "explicit", "huarong19")
G(d, p, "output_value", 102.02 * Y, "2019年高新技术产值", "完成高新技术产值102.02亿元", 2019, "explicit", "huarong19")

# ---------------- ad05 (2024 masthead; s2tw; 汉寿高新区 projects, 长沙县 county, 长泰 「去年8月」) ------------
d = "ad05"; p = "汉寿高新区"
G(d, p, "project_count", 2, "2024年首个工作日开工的重点项目", "两个重点项目相继开工", 2024, "explicit", "hanshou24",
  note="两个 → 2")
G(d, p, "project_count", 2, "开工重点项目（标题）", "汉寿高新区新年首个工作日两个项目开工", 2024, "article", "hanshou24",
  dup="两个重点项目相继开工")
G(d, p, "investment_total", 1.5 * Y, "贯通沃开280万米塑料管材生产项目", "总投资约1.5亿元", 2024, "article", "hanshou24",
  qual="about", scope="project")
G(d, p, "output_value", 3 * Y, "塑料管材项目投产后年产值", "投产后预计年产值3亿元以上", 2024, "article", "hanshou24",
  qual="over", scope="project", status="target")
G(d, p, "tax_profit", 500 * W, "塑料管材项目年缴税", "年缴税500万元以上", 2024, "article", "hanshou24",
  qual="over", scope="project", status="target")
G(d, p, "investment_total", 1.8 * Y, "雄鹰科技烟用材料产业园项目", "总投资约1.8亿元", 2024, "article", "hanshou24",
  qual="about", scope="project")
G(d, p, "output_value", 2 * Y, "烟用材料产业园项目投产后年产值", "投产后预计年产值超2亿元", 2024, "article", "hanshou24",
  qual="over", scope="project", status="target")
G(d, p, "tax_profit", 1000 * W, "烟用材料产业园项目年缴税", "年缴税1000万元以上", 2024, "article", "hanshou24",
  qual="over", scope="project", status="target")
p = "长泰经开区"
G(d, p, "investment_total", 25 * Y, "立达信物联科技产业园一期", "其中一期计划总投资25亿元", 2023, "page", "changtai23",
  scope="project", note="the article's lead 「去年8月」 on a 2024 page: 2023")

# ---------------- ad06 (2019 masthead; full-width digits; 罗定 park 「去年」 with a table; city/district traps) --
d = "ad06"; p = "罗定产业转移工业园"
NT = "去年 on a 2019 page: 2018"
G(d, p, "output_value", 98.11 * Y, "规上工业总产值（2018年）", "实现规上工业总产值98.11亿元", 2018, "page", "luoding19", note=NT)
G(d, p, "tax_profit", 4.88 * Y, "税收收入（2018年）", "税收收入4.88亿元，比增", 2018, "page", "luoding19", note=NT)
G(d, p, "output_value", 98.11 * Y, "规上工业总产值（标题）", "罗定产业转移工业园规上工业总产值98.11亿元", 2018, "page", "luoding19",
  dup="实现规上工业总产值98.11亿元")
G(d, p, "output_value", 98.11 * Y, "规上工业总产值（表格）", "规上工业总产值 | 98.11亿元", 2018, "page", "luoding19",
  dup="实现规上工业总产值98.11亿元", note="the table title says 去年")
G(d, p, "tax_profit", 4.88 * Y, "税收收入（表格）", "税收收入 | 4.88亿元", 2018, "page", "luoding19",
  dup="税收收入4.88亿元，比增")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("2022年4月18日", "masthead date", None),
    ("开工率100%", "rate", "大龙经开区"),
    ("投产率55%", "rate", "大龙经开区"),
    ("项目中，20亿元以上", "threshold amount", "大龙经开区"),
    ("完成到位资金60.46亿元", "到位资金 is no metric", "大龙经开区"),
    ("工业项目到位资金54.46亿元", "到位资金 is no metric", "大龙经开区"),
    ("非工业项目到位资金4亿元", "到位资金 is no metric", "大龙经开区"),
    ("预计完成到位资金60亿元", "到位资金 (target) is no metric", "大龙经开区"),
    ("工业项目到位资金56亿元", "到位资金 (target) is no metric", "大龙经开区"),
    ("4大产业专班", "working groups, no metric", "大龙经开区"),
    ("年产10万吨负极材料", "capacity (caption)", "大龙经开区"),
    ("规划用地12070亩", "area", "开花山工业园区"),
    ("日处理能力4000吨", "capacity", "开花山工业园区"),
    ("员工公寓3栋", "buildings, no metric", "开花山工业园区"),
    ("罗城集中开工5个项目", "county headline", "牛毕港工业园"),
    ("罗城当天集中开工项目5个", "county figure at an event held in the park", "牛毕港工业园"),
    ("总投资约25亿元", "county figure", "牛毕港工业园"),
    ("8个项目签约，总投资81亿元", "county figure", "牛毕港工业园"),
    ("森林面积18.90万公顷", "area, county", None),
    ("总储量约1.25亿吨", "reserves, county", None),
    ("邵阳第二批20个重大项目集中开工", "city headline", "邵阳经开区"),
    ("第二批集中开工重大项目20个", "city figure at a venue in the park", "邵阳经开区"),
    ("总投资39.69亿元", "city figure", "邵阳经开区"),
    ("其中产业发展类项目15个", "city figure", "邵阳经开区"),
    ("二期项目总投资7亿元", "a project in a city story", "邵阳经开区"),
    ("建成后预计年产值5亿元", "a project's output in a city story", "邵阳经开区"),
    ("已累计开工重大项目127个", "city figure", None),
    ("总投资338.36亿元", "city figure", None),
    ("其中产业发展类项目81个", "city figure", None),
    ("总投资152.68亿元", "city figure", None),
    ("64%和45%", "shares", None),
    ("党组织组建率达到75%以上", "county target rate (两新 party organisations)", None),
    ("19名党员县级领导联点", "county officials, not a park's party members", None),
    ("21名党建指导员驻点", "county party-building instructors", None),
    ("17家县直部门挂点", "county departments", None),
    ("服务22家新创建及巩固提升对象", "county party-building targets", None),
    ("规模以上工业企业达183家", "county figure", "湘江新区湘阴新片区"),
    ("高新技术企业64家", "county figure", "湘江新区湘阴新片区"),
    ("395亿元产业项目落户", "county figure", "湘江新区湘阴新片区"),
    ("有效发明专利294件", "county patents", "湘江新区湘阴新片区"),
    ("0856-6892 117", "phone number", None),
]:
    NEG("ad01", ev, why, np_)

for ev, why, np_ in [
    ("10月8日 星期三", "masthead date without year", None),
    ("年销售收入113亿元", "营业收入 is no metric", "可门经开区"),
    ("码头吞吐量为3770万吨", "throughput", "可门经开区"),
    ("全长22.3公里", "length", "可门经开区"),
    ("设计通货能力1200", "capacity (line part; the wrap cuts 1200万吨)", "可门经开区"),
    ("现已完成10700亩", "area", "可门经开区"),
    ("黄平20个落地项目在谷陇工业园区开工", "county headline", "谷陇工业园区"),
    ("黄平县2014年20个落地项目在谷陇", "county projects started at a venue in the park (line part)", "谷陇工业园区"),
    ("总投资35.8848亿元", "county figure", "谷陇工业园区"),
    ("亿元以上项目4个，总投资31.7亿元", "county threshold count and investment", "谷陇工业园区"),
    ("元至亿元项目4个，总投资2.5亿元", "county figure (line part of a range class)", "谷陇工业园区"),
    ("“6个20工程”", "slogan", None),
    ("大西关活动引资743.5亿元", "city headline", None),
    ("投资额8000万元以上", "threshold amount", None),
    ("竣工项目共214个", "city figure", None),
    ("计划总投资743.5亿元", "city figure", None),
    ("增加值增长17%", "growth rate, value added", None),
    ("固定资产投资增长30.9%", "growth rate", None),
    ("云浮以90.29分", "score", None),
]:
    NEG("ad02", ev, why, np_)

for ev, why, np_ in [
    ("2025年12月22日", "masthead date", None),
    ("年产2.6万吨电子专用材料", "capacity", "冷水江经开区"),
    ("全市38.9%的地方财政收入", "share of 财政收入", "冷水江经开区"),
    ("连续6年未发生", "no metric", "冷水江经开区"),
    ("全市三个主平台", "no metric", "博罗产业园区"),
    ("“四个一”模式改革", "slogan", "博罗产业园区"),
    ("●临高25个项目在金牌港开发区集中签约开工", "county brief headline", "金牌港开发区"),
    ("集中签约开工项目25个", "county figure at a ceremony held in the park", "金牌港开发区"),
    ("总投资33.9亿元", "county figure", "金牌港开发区"),
    ("三批57个项目", "county figure", None),
    ("●邵东6个产业项目集中签约", "city brief headline", None),
    ("等6个产业项目，总投资10亿元", "city figure", "长沙经开区"),
    ("年产值超15亿元、税收3000万元", "city projects' targets", "长沙经开区"),
    ("●马尾海交会期间签约6个项目", "district brief headline", None),
    ("共签约6个项目", "district figure", "万洋产业园"),
    ("总投资额约84亿元", "district figure", "万洋产业园"),
    ("●连江专场签约14个项目", "county brief headline", "马祖产业合作园区"),
    ("达成项目签约成果14个", "county figure at an event named after a park", "马祖产业合作园区"),
    ("总投资85.5亿元", "county figure", "马祖产业合作园区"),
    ("专场签约11个项目", "county figure", "马祖产业合作园区"),
    ("总投资30.5亿元", "county figure", "马祖产业合作园区"),
    ("0752-6613 258", "phone number", None),
]:
    NEG("ad03", ev, why, np_)

for ev, why, np_ in [
    ("2021年10月11日", "masthead date", None),
    ("湖南新增3家省级高新区", "headline: a count of parks", None),
    ("新增3家省级高新技术产业开发区", "a count of parks, province", None),
    ("全省高新技术产业开发区达48家", "a count of parks, province", None),
    ("国家高新技术产业开发区8家", "a count of parks, province", None),
    ("省级高新技术产业开发区40家", "a count of parks, province", None),
    ("辖区面积46.3平方公里", "area", "炎陵工业集中区"),
    ("等6家规模企业进入株洲市工业100强", "ranking", "炎陵工业集中区"),
    ("实现技工贸总收入102.36亿元", "技工贸收入 (revenue) is no metric", "炎陵工业集中区"),
    ("同比增长21.8%", "growth rate", "炎陵工业集中区"),
    ("实现技工贸收入200.12亿元", "技工贸收入 (revenue) is no metric", "华容工业集中区"),
    ("总面积6796亩", "area", "长泰经开区"),
    ("长泰四大优势产业去年产值306.5亿元", "district headline", "长泰经开区"),
    ("四大优势产业实现总产值306.5亿元", "district industries' output", "长泰经开区"),
    ("分别有9家、66家、22家、24家", "district enterprises by industry", "长泰经开区"),
    ("58.37亿元、90.55亿元、63.17亿元、94.41亿元", "district output by industry", "长泰经开区"),
    ("省级龙头企业5家", "district figure", "长泰经开区"),
    ("产值超亿元的企业96家", "district figure", "长泰经开区"),
    ("2020年实现产值426.5亿元", "district figure", "长泰经开区"),
    ("78.2%", "share", None),
    ("潮州269个重点项目集中动工", "city headline", "凤泉湖高新区"),
    ("总投资577.4亿元的269个项目", "city figure, main venue in the park", "凤泉湖高新区"),
    ("项目53个，总投资226.96亿元", "city figure", "凤泉湖高新区"),
    ("开工项目111个，总投资263.39亿元", "city figure", "凤泉湖高新区"),
    ("投产项目105个，总投资额约87.05亿元", "city figure", "凤泉湖高新区"),
    ("0731-8452 6630", "phone number", None),
]:
    NEG("ad04", ev, why, np_)

for ev, why, np_ in [
    ("2024年2月19日", "masthead date", None),
    ("280万米塑料管材", "capacity", "汉寿高新区"),
    ("配套设施约3.2万平方米", "floor area", "汉寿高新区"),
    ("公路全长约6.1公里", "length; a county road", None),
    ("长沙县93个重大项目集中开工签约", "county headline", "长沙经开区"),
    ("60个重大项目集中开工，总投资额289亿元", "county and zones together", "长沙经开区"),
    ("33个重大项目集中签约，总投资额446亿元", "county and zones together", "长沙经开区"),
    ("有产业项目47个", "county figure", "长沙经开区"),
    ("10亿元以上项目6个", "county threshold count", "长沙经开区"),
    ("5亿至10亿元项目9个", "county count in a range class", "长沙经开区"),
    ("2亿至5亿元项目14个", "county count in a range class", "长沙经开区"),
    ("总投资约50亿元的全新朗逸车型技改项目", "a project located in the park, county story", "长沙经开区"),
    ("年产量预计达20万辆", "capacity", "长沙经开区"),
    ("总投资10亿美元", "a project in a 自贸 area, county story", None),
    ("规划用地430亩", "area", None),
    ("新注册湘商企业23家", "county figure", None),
    ("湘商回归到位资金121.1亿元", "到位资金, county", None),
    ("核心企业约20家", "firms around one company's headquarters, not the park's enterprise total", "长泰经开区"),
    ("首批8家福建省中小企业特色产业集群", "a count of clusters, province", "长泰经开区"),
    ("名次上升22名", "ranking", "长泰经开区"),
    ("千亿工业增长极", "vague target, slogan", "长泰经开区"),
    ("0736-2816 309", "phone number", None),
]:
    NEG("ad05", ev, why, np_)

for ev, why, np_ in [
    ("2019年12月30日", "masthead date", None),
    ("全省90个产业园区中靠前", "a count of parks (sub-headline)", None),
    ("比增29.97%", "growth rate", "罗定产业转移工业园"),
    ("工业增加值13.31亿元", "增加值 is no metric", "罗定产业转移工业园"),
    ("比增35.82%", "growth rate", "罗定产业转移工业园"),
    ("比增21.39%", "growth rate", "罗定产业转移工业园"),
    ("工业增加值 | 13.31亿元", "增加值 (table)", "罗定产业转移工业园"),
    ("引进项目总投资超250亿元", "city figure (four industries)", "罗定产业转移工业园"),
    ("可实现产值480亿元以上", "city target", "罗定产业转移工业园"),
    ("创税24.5亿元以上", "city target", "罗定产业转移工业园"),
    ("年度目标任务的105.07%", "rate", None),
    ("占云浮全市的31.6%", "share", None),
    ("总投资50亿元的乐活", "a project in a city story", None),
    ("总投资30亿元的三一绿建产业园项目", "a project in a city story", None),
    ("总投资20亿元的德昌电子罗定项目", "a project in a city story", None),
    ("等6个超10亿元签约项目", "city threshold count", None),
    ("已动工的4个超10亿元项目", "city threshold count", None),
    ("年内总投资581亿元的69个重点建设项目", "city figure", None),
    ("开平四季度29个重大项目动工投产", "city headline", "翠山湖产业科技园"),
    ("29个重大项目正式启动，总投资超50亿元", "city figure, venue in the park", "翠山湖产业科技园"),
    ("动工项目17个，总投资27.88亿元", "city figure", "翠山湖产业科技园"),
    ("投产项目12个，总投资22.95亿元", "city figure", "翠山湖产业科技园"),
    ("工业项目12个", "city figure", None),
    ("冷链物流项目投资1.8亿元", "a project at the venue, city story", "翠山湖产业科技园"),
    ("第一期用地约58亩", "area", None),
    ("农副产品20000吨", "capacity", None),
    ("惠阳19宗产业项目签约动工", "district headline", "象岭智慧科技产业园"),
    ("总投资金额达471.7亿元", "district figure", "象岭智慧科技产业园"),
    ("建成达产后预计产值约500亿元", "district target", "象岭智慧科技产业园"),
    ("签约总金额413.2亿元", "district figure (projects in two areas)", "象岭智慧科技产业园"),
    ("预计达产后年产值425亿元", "district target", "象岭智慧科技产业园"),
    ("投资总额58.5亿元", "district figure", "象岭智慧科技产业园"),
    ("预计达产后年产值73亿元", "district target", None),
    ("0766-3828 126", "phone number", None),
]:
    NEG("ad06", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("ad01", "大龙开发区去年新引进项目20个 签约资金141.18亿元", "本报讯 1月11日，记者从贵州", "park", "大龙经开区", 2021)
ART("ad01", "", "图为贵州大龙年产10万吨负极", "other", None, 2022)
ART("ad01", "开花山工业园区去年总产值9.8亿元", "本报桂林讯 近日，记者在恭城", "park", "开花山工业园区", 2022)
ART("ad01", "罗城集中开工5个项目 签约8个项目", "本报河池讯 1月10日，河池市", "county", None, 2022)
ART("ad01", "邵阳第二批20个重大项目集中开工", "本报邵阳讯 2月18日，2022", "city", None, 2022)
ART("ad01", "湘阴：找准党建与企业发展的“最大公约数”", "本报岳阳讯 今年以来，湘阴县", "county", None, 2022)
ART("ad01", "", "图为湘江新区湘阴新片区航拍图", "other", None, 2022)
ART("ad01", "", "园区招商服务热线 0856-6", "ad", None, 2022)

ART("ad02", "可门：十年间从渔村走向港口开发区", "十年前，连江县可门还是一个小", "park", "可门经开区", 2014)
ART("ad02", "黄平20个落地项目在谷陇工业园区开工", "本报凯里讯 7月28日，黄平县2", "county", None, 2014)
ART("ad02", "云浮建市二十年 大西关活动引资743.5亿元", "本报云浮讯 9月28日，在升格", "city", None, 2014)
ART("ad02", "", "本版投稿邮箱 yqzk@examp", "other", None, 2014)

ART("ad03", "冷水江经开区：锑品深加工撑起特色产业集群", "本报娄底讯 冷水江经济开发区立", "park", "冷水江经开区", 2025)
ART("ad03", "惠州博罗产业园区加快锻造产业核心竞争力", "本报惠州讯 广东培尔科技有限", "park", "博罗产业园区", 2025)
ART("ad03", "", "图为博罗产业园区一处在建厂房", "other", None, 2025)
ART("ad03", "●临高25个项目在金牌港开发区集中签约开工", "11月11日，临高县2025年", "county", None, 2025)
ART("ad03", "●邵东6个产业项目集中签约", "7月，邵东市集中签约春可回中", "city", None, 2025)
ART("ad03", "●马尾海交会期间签约6个项目", "第二十七届海峡两岸经贸交易会", "district", None, 2025)
ART("ad03", "●连江专场签约14个项目", "6月3日，2025中国福州国际", "county", None, 2025)
ART("ad03", "", "【广告】南方园区观察 全年订阅", "ad", None, 2025)

ART("ad04", "湖南新增3家省级高新区 炎陵工业集中区入列", "本报长沙讯 今年4月，省政府集", "park", "炎陵工业集中区", 2021,
    parks=["炎陵工业集中区", "华容工业集中区"])
ART("ad04", "长泰四大优势产业去年产值306.5亿元", "本报漳州讯 作为长泰经济发展的", "district", None, 2021)
ART("ad04", "潮州269个重点项目集中动工 总投资577.4亿元", "本报潮州讯 9月28日，潮州市", "city", None, 2021)
ART("ad04", "", "广告 园区周报 订阅热线 0731", "ad", None, 2021)

ART("ad05", "汉寿高新区新年首个工作日两个项目开工", "本报常德讯 2024年第一个工作", "park", "汉寿高新区", 2024)
ART("ad05", "", "图为汉寿高新区一处项目开工现场", "other", None, 2024)
ART("ad05", "长沙县93个重大项目集中开工签约", "本报长沙讯 2月17日，长沙县", "county", None, 2024)
ART("ad05", "长泰经济开发区冲刺千亿园区", "本报漳州讯 去年8月，记者走进", "park", "长泰经开区", 2023)
ART("ad05", "", "广告 园区服务热线 0736-", "ad", None, 2024)

ART("ad06", "罗定产业转移工业园规上工业总产值98.11亿元", "本报云浮讯 记者从罗定市获悉", "park", "罗定产业转移工业园", 2018)
ART("ad06", "罗定着力培育四大百亿产业", "本报云浮讯 今年年初，罗定市委", "city", None, 2019)
ART("ad06", "开平四季度29个重大项目动工投产", "本报江门讯 11月28日，开平", "city", None, 2019)
ART("ad06", "惠阳19宗产业项目签约动工 总投资471.7亿元", "本报惠州讯 12月29日，惠州", "district", None, 2019)
ART("ad06", "", "广告 粤西园区网 招商热线 07", "ad", None, 2019)

PG = [
 ("ad06", 2019, "masthead 「2019年12月30日 星期一 第7版」; 开平 「2019年第四季度」, 惠阳 「2019年产业项目集中签约」; the 罗定 park story's 「去年」 is 2018"),
 ("ad05", 2024, "masthead 「2024年2月19日 星期一」; 汉寿 「2024年第一个工作日」, 长沙县 「2024年…一季度」; the 长泰 story's 「去年8月」 is 2023"),
 ("ad04", 2021, "masthead 「2021年10月11日 星期一 第2版」; 今年4月 (approval), 潮州 「2021年重点项目」; the 华容 part is dated 2019 and 长泰's figures 2020"),
 ("ad01", 2022, "masthead 「2022年4月18日 星期一 · 第3版」; the 罗城 and 邵阳 stories name 2022; the 大龙 story reviews 2021; 湘阴 「到2021年」"),
 ("ad03", 2025, "masthead 「2025年12月22日 星期一 第6版」; 冷水江 「2025年，…」, 博罗 「截至2025年11月」, 临高 「2025年第三批」"),
 ("ad02", 2014, "no masthead year (「闽粤黔园区 · 第4版 / 10月8日 星期三」); 黄平's 「黄平县2014年20个落地项目」 and 云浮's 「2014·大西关建设经贸活动」 give 2014; the 可门 interview reports 2013 as the year just ended"),
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
                                          for d, y, c in sorted(PG)), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
