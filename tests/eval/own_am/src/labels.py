# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_am, after src/build.py)
# Evidence, titles and aliases are written in simplified Chinese with half-width digits and converted to each
# page's form by build.conv (s2tw for am03, s2hk for am06, full-width digits for am04); every evidence is checked
# to be on the decoded page, inside one line (hard wraps on am03 and am07), at most 40 characters, and (for gold)
# unique on the page.
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
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "grid_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "nanqiao20": "http://szbk.chuzhou.cn/czrb/pc/content/202012/29/content_27407.html",
 "yunhe20": "http://www.dezhoudaily.com/dzjj/p/1529840.html",
 "yunhe20feb": "http://m.rqjmxh.cn/p/1495074.html",
 "lyg20": "https://sharenew.lyg1.com/folder17/folder18/folder27/folder72/2020-03-18/xzS66rRJOUxgs1pI.html",
 "xinyi22": "http://js.people.com.cn/BIG5/n2/2022/0210/c360301-35129149.html",
 "xiyi19": "http://www.gujingglobal.com/xqzx/623410442498117.shtml",
 "shuyang22": "http://fzggw.jiangsu.gov.cn/art/2022/4/22/art_4591_10424369.html",
 "shanting22": "http://632news.com/zzqs/content/2022-06/22/content_40621.html",
 "dezhou22": "https://dzb.dezhoudaily.com/shtml/dzrb/2022/20220512/870959.shtml",
 "hejiajiao22": "http://suzhou.gqsoso.com/suzhou/20221101/317205.html",
 "fuding18": "http://fdxww.com/xinwenpindao/fudingxinwen/2018-12-19/65996_2.html",
 "fuding14": "http://m.haicao88.cn/xinwenpindao/yaowen/2014-03-19/22606.html",
 "yichun": "(stored page of the `pages` corpus, no address given: 「纳入党建基数的对象党组织覆盖率100%」, 宜春, 记者胡光华 通讯员魏志洋)",
 "shidi23": "http://zgnt.net/ntrbszb/pc/c/202305/04/content_134740.html",
 "longwen23": "http://6660114.com/hkcdweb/content_p/2023/05/21/content_153364.html",
 "lantian22": "http://big5.cri.cn/gate/big5/fj.cri.cn/20220107/bd3deb30-3ec1-cce8-a377-d078d4968903.html",
 "gaoyou23": "http://haidaominsu.com/2023/0729/c1288a106976/page.html",
 "yonganzhou23": "https://fordpalmbay.com/projectinfo-detail-239196075.html",
 "zibo25": "http://www.360elib.com:2027/detail.aspx?NewsCode=NC916&NewsId=74392037&OrgId=001",
 "zibo25jul": "https://www.toudeng.cc/archives/57577",
 "pingyuan25": "http://pysx.yunpaper.cn/Article/index/aid/8864809.html",
 "fangmiao25": "https://www.hfxf.gov.cn/jcdj/fgdj/18891925.html",
 "shanghang25": "http://fjnews.fjsen.com/2025-06/07/content_31918801.htm",
 "yzchem17": "http://jssljx.com/local/dfkx/201705/t20170504_11758922.htm",
 "luxi17": "http://www.xxnet.com.cn/szb/tjbpc/201712/22/c2974.html",
 "transfar17": "https://finance.gucheng.com/201712/3344018_2.shtml",
 "nanshe13": "http://zjnews.zjol.com.cn/05zjnews/system/2013/03/31/019248399.shtml",
 "deqing12": "https://gcdy.zjol.com.cn/old/html/gcdy/20120305/content_7593.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "南谯经开区": ["南谯经开区"],
 "运河经开区": ["运河经济开发区", "运河开发区"],
 "新沂经开区": ["新沂经开区"],
 "锡沂高新区": ["锡沂高新区"],
 "山亭经开区": ["山亭经济开发区"],
 "福鼎工业园区": ["福鼎工业园区", "福建福鼎工业园区", "福鼎工业园"],
 "吕四港经开区": ["吕四港经济开发区"],
 "蓝田经开区": ["龙文蓝田经济开发区", "漳州蓝田经济开发区", "蓝田开发区"],
 "淄博经开区": ["淄博经开区"],
 "平原经开区": ["平原经开区", "平原经济开发区", "平原开发区"],
 "扬州化工园区": ["扬州化工园区", "扬州化工园"],
 "南舍工业功能区": ["南舍工业功能区"],
}
SUB = {"福鼎工业园区": ["星火项目区", "双岳项目区", "文渡项目区"], "淄博经开区": ["传化物流工业社区"]}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases,
           "sub_areas": [conv(doc, s) for s in SUB.get(park, []) if conv(doc, s) in PAGES[doc]],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or UNIT.get(cat, "count"), "qualifier": qual, "from_value": from_value,
           "value_low": value_low, "subject": conv(doc, subject), "scope": scope, "status": status,
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

# ---------------- am01 (GB18030; Markdown; masthead 2020; 南谯经开区 party, 运河经开区 figures; 连云港 city trap) ----------
def page_am01():
    d = "am01"; p = "南谯经开区"
    G(d, p, "party_org_count", 13, "申报星级的党支部", "共为13个支部申报星级", 2020, "page", "nanqiao20")
    G(d, p, "party_org_count", 5, "获评区级“双强六好”的企业支部", "园区有5家企业支部被评为区级", 2020, "page", "nanqiao20")
    G(d, p, "party_org_count", 7, "获评“五抓五送”的企业支部", "另有7家获评“五抓五送”", 2020, "page", "nanqiao20",
      note="「另有7家」 continues the count of 企业支部 of the previous clause")
    G(d, p, "party_org_count", 2, "申报市级“双强六好”的党支部", "众望两个党支部申报市级", 2020, "page", "nanqiao20",
      note="Chinese numeral 两个; two named branches (利维能、众望) counted")
    p = "运河经开区"
    G(d, p, "investment_annual", 25.7 * Y, "前三季度完成的固定资产投资", "完成固定资产投资25.7亿元", 2020, "page", "yunhe20")
    G(d, p, "enterprise_count", 2, "新增国家级高新技术企业", "新增国家级高新技术企业2家", 2020, "page", "yunhe20")
    G(d, p, "output_value", 172.1 * Y, "工业总产值（前三季度）", "工业总产值达到172.1亿元", 2020, "page", "yunhe20")
    G(d, p, "investment_total", 7.7 * Y, "晶创年产5万吨超强复合新材料项目", "投资7.7亿元的晶创", 2020, "page", "yunhe20", scope="project")
    G(d, p, "investment_total", 5.2 * Y, "鼎味食品综合项目", "投资5.2亿元的鼎味食品", 2020, "page", "yunhe20", scope="project")
    G(d, p, "investment_total", 6 * Y, "雪榕生物四期五期扩产项目", "投资6亿元的雪榕生物", 2020, "page", "yunhe20", scope="project")
    G(d, p, "investment_total", 5 * Y, "凯盛浩丰智慧农业新材料产业园及食品深加工产业园项目", "投资5亿元的凯盛浩丰", 2020, "page", "yunhe20", scope="project",
      note="a project whose name contains 产业园; it is one project of 运河经开区, not a park of its own")
    G(d, p, "investment_total", 1.5 * Y, "消博士年产3万台（套）高端环保消毒器械项目", "投资1.5亿元的消博士", 2020, "page", "yunhe20", scope="project")
    G(d, p, "enterprise_count", 26, "已复工的规模以上工业企业", "26家规模以上工业企业已经复工", 2020, "page", "yunhe20feb",
      note="● brief dated 截至2月23日 with no year: the masthead year")
    for ev, why, np_ in [
        ("申报比例达68.4%", "share", "南谯经开区"),
        ("展板一百余块", "display boards, no metric", "南谯经开区"),
        ("花费近7万元", "production cost of display boards, not funding put into the park (borderline)", "南谯经开区"),
        ("7户贫困户", "households helped, no metric", "南谯经开区"),
        ("一般公共预算收入5.7亿元", "fiscal revenue, no metric", "运河经开区"),
        ("一般公共预算支出3亿元", "fiscal spending, no metric", "运河经开区"),
        ("83%和81%", "shares of the annual plan", "运河经开区"),
        ("同比增长20.2%", "growth rate", "运河经开区"),
        ("到账外资600万美元", "foreign capital arrived, no metric", "运河经开区"),
        ("增幅为500%", "growth rate", "运河经开区"),
        ("进出口总额11.1亿元", "trade volume, no metric", "运河经开区"),
        ("年产5万吨", "capacity", None),
        ("年产3万台", "capacity", None),
        ("“3+3”现代产业体系", "slogan", "运河经开区"),
        ("5G新基建", "technology name", None),
        ("一年一变化、三年大变样", "slogan", "运河经开区"),
        ("11378名职工", "workers", "运河经开区"),
        ("已返岗8628人", "workers", "运河经开区"),
        ("占75.8%", "share", "运河经开区"),
        ("通行证》174件", "passes issued, no metric", "运河经开区"),
        ("63个产业项目同时开工", "city figure", None),
        ("总投资590.8亿元", "city figure", None),
        ("年度投资215.1亿元", "city figure", None),
        ("工业项目49个", "city figure", None),
        ("总投资489.6亿元", "city figure", None),
        ("年度投资178.6亿元", "city figure", None),
        ("77.8%、82.9%和83%", "shares", None),
        ("总投资103亿元", "a project located in 徐圩新区化工产业园, reported in a city story: the city's figure", "徐圩新区化工产业园"),
        ("年度投资40亿元", "the same project's annual plan, city story", "徐圩新区化工产业园"),
        ("占地1017亩", "area", None),
        ("三年3500亿元", "city slogan target", None),
        ("0534-2608 115", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "南谯经开区：支部争星 品牌创优", "本报滁州12月29日讯 今年以来", "park", "南谯经开区", 2020)
    ART(d, "运河开发区：项目建设跑出“加速度”", "本报德州11月讯 记者从运河", "park", "运河经开区", 2020)
    ART(d, "● 回看二月", "截至2月23日，运河经济开发区", "park", "运河经开区", 2020)
    ART(d, "连云港63个重点产业项目春季集中开工", "本报连云港3月18日讯 今天", "city", None, 2020)
    ART(d, "", "图为运河经济开发区一处在建厂房", "other", None, 2020)
    ART(d, "", "园区党建周刊 订阅热线", "ad", None, 2020)
    PG.append(("am01", 2020, "masthead 「2020年12月31日 星期四 · 第3版」; the datelines 12月29日 / 11月 / 3月18日 and the ● brief's 2月23日 carry no year and are that year's"))

# ---------------- am02 (UTF-16; no masthead year; 新沂经开区 targets 2022, 锡沂高新区 2019 archive; 沭阳县 trap) ----------
def page_am02():
    d = "am02"
    p = "新沂经开区"
    G(d, p, "project_count", 100, "每年招商引资项目（创建国家级开发区目标）", "每年招商引资项目100个以上", 2022, "article", "xinyi22",
      qual="over", status="target", note="no year in the sentence; the article's lead 「2022年2月7日」 dates the plan")
    G(d, p, "project_count", 10, "三年内招引的“1号工程”项目（目标）", "“1号工程”项目10个以上", 2022, "article", "xinyi22",
      qual="over", status="target")
    G(d, p, "project_count", 10, "三年内招引的“1号工程”项目（副题）", "三年引进十个以上“1号工程”", 2022, "article", "xinyi22",
      qual="over", status="target", dup="“1号工程”项目10个以上", note="sub-headline (副题) repeats the body target with a Chinese numeral")
    G(d, p, "project_count", 100, "三年内招引的亿元项目（目标）", "亿元项目100个以上", 2022, "article", "xinyi22", qual="over", status="target")
    p = "锡沂高新区"
    G(d, p, "output_value", 25.32 * Y, "规模工业总产值（2019年开年至8月上旬）", "完成规模工业总产值25.32亿元", 2019, "explicit", "xiyi19")
    G(d, p, "investment_annual", 37.5 * Y, "固定资产投资（2019年开年至8月上旬）", "固定资产投资37.5亿元", 2019, "explicit", "xiyi19")
    G(d, p, "enterprise_count", 25, "新培育申报的高新技术企业", "新培育申报高新技术企业25家", 2019, "article", "xiyi19",
      note="「同期」 points back to 2019 of the previous sentence")
    G(d, p, "enterprise_count", 12, "新增列统工业企业", "新增列统工业企业12家", 2019, "article", "xiyi19")
    G(d, p, "project_count", 35, "签约项目", "签约项目35个", 2019, "article", "xiyi19")
    G(d, p, "investment_total", 196 * Y, "签约项目协议总投资", "协议总投资约196亿元", 2019, "article", "xiyi19", qual="about")
    G(d, p, "project_count", 10, "签约的新材料项目", "项目分别为10个", 2019, "article", "xiyi19", note="分别 list: 10 / 9 / 12 / 4")
    G(d, p, "project_count", 9, "签约的高端装备制造项目", "10个、9个", 2019, "article", "xiyi19")
    G(d, p, "project_count", 12, "签约的智能光电项目", "9个、12个和", 2019, "article", "xiyi19")
    G(d, p, "project_count", 4, "签约的大健康及医疗器械项目", "12个和4个", 2019, "article", "xiyi19")
    for ev, why, np_ in [
        ("近2000名职工", "workers of a company", None),
        ("粗钢约11000吨", "output volume", None),
        ("年均增长35%以上", "growth-rate target", "新沂经开区"),
        ("工业应税销售突破1000亿元", "sales target, no metric", "新沂经开区"),
        ("江苏90余家省级开发区", "province-wide count of zones", None),
        ("工业应税销售收入31.47亿元", "taxable sales, no metric", "锡沂高新区"),
        ("完成外贸22.7亿元", "trade, no metric", "锡沂高新区"),
        ("利用外资5789万美元", "foreign capital used, no metric", "锡沂高新区"),
        ("一般公共预算收入3.5亿元", "fiscal revenue, no metric", "锡沂高新区"),
        ("总部经济贡献1.54亿元", "fiscal contribution, no metric", "锡沂高新区"),
        ("外出80余次", "trips, no metric", "锡沂高新区"),
        ("2006年启动建设", "date", None),
        ("24个重大产业项目集中开工", "county figure", None),
        ("计划投资170.5亿元", "county figure", None),
        ("新签约亿元以上项目73个", "county figure", None),
        ("百亿级项目1个", "county figure", None),
        ("50亿元以上项目2个", "county figure", None),
        ("10亿元以上项目14个", "county figure", None),
        ("新建亿元项目100个", "county target", None),
        ("增加值100亿元", "value added (county target)", None),
        ("完成工业投资300亿元", "county target", None),
        ("新增工业销售300亿元", "sales, county target", None),
        ("0516-8832 4406", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "新沂经开区吹响创建国家级开发区冲锋号", "本报新沂讯 2022年2月7日", "park", "新沂经开区", 2022)
    ART(d, "锡沂高新区的2019", "本报资料 2019年8月，新沂市政协", "park", "锡沂高新区", 2019)
    ART(d, "沭阳二季度24个重大产业项目开工", "本报宿迁4月22日讯 今天上午", "county", None, 2022)
    ART(d, "", "图为新沂经开区一家企业的数控", "other", None, 2022)
    ART(d, "", "本版邮箱：sbyqgc@126.com", "ad", None, 2022)
    PG.append(("am02", 2022, "no masthead year (「第4版 · 4月29日 星期五」); the 新沂 lead 「2022年2月7日」 gives 2022 (and 4月29日 is a Friday that year); the 沭阳 story 4月22日 is that spring; the 锡沂高新区 box is an archive piece with its own 2019"))

# ---------------- am03 (UTF-8; s2tw 「」; hard wrap 30; 山亭经开区 party; 德州市 and 何家角村 traps) ----------
def page_am03():
    d = "am03"; p = "山亭经开区"
    G(d, p, "party_org_count", 10, "单独组建的党组织", "单独组建党组织十个", 2022, "page", "shanting22", note="Chinese numeral 十个; 截至目前 → page year")
    G(d, p, "party_org_count", 3, "联合党支部", "联合党支部三个", 2022, "page", "shanting22")
    G(d, p, "party_org_count", 1, "流动党支部", "另有流动党支部一个", 2022, "page", "shanting22", note="Chinese numeral 一个")
    for ev, why, np_ in [
        ("近六十家", "enterprises taking part in a sports event, not the park's enterprise stock", "山亭经开区"),
        ("三百六十余名员工", "participants", "山亭经开区"),
        ("走进七家企业", "visits", "山亭经开区"),
        ("八户困难家庭", "households helped", "山亭经开区"),
        ("十九名党建指导员", "instructors (people), no metric", "山亭经开区"),
        ("二十余次", "activities count", "山亭经开区"),
        ("十六家企业", "enterprises reached by reading salons", "山亭经开区"),
        ("德州四十九条产业链", "city's count of industrial chains", None),
        ("八大产业链联合党委", "county (夏津县) party committees", None),
        ("8名党员", "people given a title", None),
        ("16条市级、33条县级", "city chain counts", None),
        ("2200余家企业", "city-wide enterprises on the chains", None),
        ("同比增长9.4%", "growth rate", None),
        ("33个行业大类", "industry counts", None),
        ("增长面为72.7%", "share", None),
        ("覆盖了14家现代医药企业", "county chain committee's enterprises, not the park's", "乐陵市循环经济示范园区"),
        ("乐陵市循环经济示范园区的两家企业", "two named companies in the park, narrative, no park aggregate", "乐陵市循环经济示范园区"),
        ("三家企业实现了互补共赢", "companies, narrative", "乐陵市循环经济示范园区"),
        ("分成3个网格", "a village's grids", None),
        ("问题42条", "issues collected", None),
        ("已协调解决41件", "issues solved", None),
        ("两新党支部5个", "a village's party branches", None),
        ("党员28名", "a village's party members", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "山亭经济开发区“三生融合”为非公党建赋能", "本报枣庄讯 今年以来，山亭经济", "park", p, 2022)
    ART(d, "德州四十九条产业链建起联合党委", "本报德州讯 5月2日，夏津县", "city", None, 2022)
    ART(d, "望亭何家角村：党建网格织进企业", "本报苏州讯 相城区望亭镇何家", "other", None, 2022)
    ART(d, "", "投稿信箱：yqdjgc@163.com", "ad", None, 2022)
    PG.append(("am03", 2022, "masthead 「2022年11月4日 星期五」; the datelines carry no year (德州 5月2日 is that spring)"))

# ---------------- am04 (UTF-8 BOM + CRLF; full-width digits; 2018; 福鼎工业园区 with a 2013 archive; 宜春市 trap with a table) ---
def page_am04():
    d = "am04"; p = "福鼎工业园区"
    G(d, p, "output_value", 5500 * W, "福建精宇机械部件有限公司年产值", "年产值达5500万元", 2018, "page", "fuding18", scope="project",
      note="one company inside the park (如今 → page year)")
    G(d, p, "enterprise_count", 166, "入园企业", "已有入园企业166家", 2018, "page", "fuding18")
    G(d, p, "enterprise_count", 113, "投产企业", "其中投产企业113家", 2018, "page", "fuding18")
    G(d, p, "enterprise_count", 68, "规上企业", "规上企业68家", 2018, "page", "fuding18")
    G(d, p, "enterprise_count", 17, "在建企业", "另有在建企业17家", 2018, "page", "fuding18")
    G(d, p, "enterprise_count", 149, "入园企业（2013年底）", "入园企业149家", 2013, "explicit", "fuding14")
    G(d, p, "enterprise_count", 86, "已投产企业（2013年底）", "已投产企业86家", 2013, "explicit", "fuding14")
    G(d, p, "output_value", 200 * Y, "工业产值（2013年）", "工业产值超过200亿元", 2013, "explicit", "fuding14", qual="over")
    for ev, why, np_ in [
        ("3个民营经济试验区", "count of the prefecture's pilot zones", None),
        ("占地9200平方米", "area", None),
        ("建筑面积5680平方米", "area", None),
        ("员工一百多人", "workers", None),
        ("经过16年发展", "duration", None),
        ("规划面积15平方千米", "area", "福鼎工业园区"),
        ("安排就业近3万人", "jobs", "福鼎工业园区"),
        ("投入5.2亿元完善园区基础配套", "the city government's spending on the park's infrastructure: subject is the city (borderline)", "福鼎工业园区"),
        ("新增园区面积4000多亩", "area", "福鼎工业园区"),
        ("以奖代补投入60万元", "city budget for county 工业园 party centres", None),
        ("累计投入5000余万元", "city-wide spending", None),
        ("| 纳入党建基数的非公经济组织 | 2289家 |", "city total of non-public organisations", None),
        ("| 非公经济组织党员 | 5773名 |", "city total of party members", None),
        ("| 建立党组织 | 1110个 |", "city total of party organisations", None),
        ("| 党群服务中心 | 14个 |", "city count of service centres in all 工业园", None),
        ("| 选派党建工作指导员 | 939名 |", "city's instructors", None),
        ("党组织覆盖率达100%", "city coverage rate, not a park's", None),
        ("面积1200至3600平方米", "area range in an ad", None),
        ("0593-7826 301", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "从荒滩到“一园三区”——福鼎工业园区的二十年", "本报福鼎12月19日讯 车来车往", "park", p, 2018)
    ART(d, "资料：五年前的福鼎工业园", "2014年3月本报曾报道", "park", p, 2013)
    ART(d, "宜春：非公经济组织党组织覆盖率100%", "本报宜春讯 宜春市把非公有制", "city", None, 2018)
    ART(d, "", "图为福鼎工业园区星火项目区一角", "other", None, 2018)
    ART(d, "", "厂房招租 星火项目区标准厂房", "ad", None, 2018)
    PG.append(("am04", 2018, "masthead 「2018年12月21日 星期五 · 第2版」; the 福鼎 dateline 12月19日 is that week; the archive box carries its own 2013 (reported 2014年3月)"))

# ---------------- am05 (UTF-8; half-width punctuation; 【】 boxes; 2023; 吕四港 and 蓝田 figures inside village/district stories) ---
def page_am05():
    d = "am05"
    G(d, "吕四港经开区", "investment_total", 100 * Y, "华峰超纤重特大项目", "投资额超100亿元的华峰超纤", 2015, "explicit", "shidi23",
      scope="project", qual="over",
      note="a village story (石堤村); this one sentence has the park as its subject (「2015年,吕四港经济开发区…招引来…」)")
    G(d, "蓝田经开区", "enterprise_count", 1200, "聚集的企业", "却聚集了1200多家企业", 2023, "page", "longwen23", qual="over",
      note="a district story (龙文区); this sentence's subject is the park")
    G(d, "蓝田经开区", "enterprise_count", 1100, "园区现有企业（2021年末）", "园区现有企业1100多家", 2021, "explicit", "lantian22", qual="over")
    G(d, "蓝田经开区", "enterprise_count", 183, "规模以上工业企业（2021年末）", "规模以上工业企业183家", 2021, "explicit", "lantian22")
    G(d, "蓝田经开区", "enterprise_count", 4, "引进的世界500强企业", "等4家世界500强企业", 2021, "explicit", "lantian22",
      note="same sentence as 「到2021年末」")
    for ev, why, np_ in [
        ("全村520名村民", "villagers", None),
        ("东方雨虹3家大型企业", "companies near a village, narrative", "吕四港经开区"),
        ("80多处闲置农房", "houses", None),
        ("两大项目也先后入驻", "narrative count of two named projects in a village story (borderline)", "吕四港经开区"),
        ("两条主干道", "roads", None),
        ("五百二十名乡亲", "villagers employed", None),
        ("50户低收入农户", "households", None),
        ("31个具体项目", "district's task list", None),
        ("计划总投资约3亿元", "a company project in a district story; not stated to be in the park", "蓝田经开区"),
        ("2到3名员工", "workers (range)", None),
        ("16万标箱水", "output volume", None),
        ("年产能60万吨", "capacity", None),
        ("预计年产值4亿元", "one company's output forecast in a district story, location not stated", "蓝田经开区"),
        ("亩均税收50万元以上", "per-mu figure", None),
        ("面积只有22.5平方公里", "area", "蓝田经开区"),
        ("“六大产业园”", "count of sub-parks, no metric", "蓝田经开区"),
        ("幼儿园20所", "schools, no metric", "蓝田经开区"),
        ("小学3所", "schools", "蓝田经开区"),
        ("中学1所", "schools", "蓝田经开区"),
        ("面积43.13平方千米", "area", None),
        ("总人口20.3万", "population", None),
        ("工业企业360多家", "a town's enterprises", None),
        ("规上企业65家", "a town's enterprises", None),
        ("亿元企业15家", "a town's enterprises", None),
        ("新增亿元企业2家", "a town's enterprises", None),
        ("规模企业8家", "a town's enterprises", None),
        ("工业开票销售103亿元", "sales, no metric", None),
        ("服务业增加值105亿元", "value added", None),
        ("总投资20亿元的亿嘉和", "a project in a town's unnamed 工业园区: the town's story", None),
        ("地区生产总值138亿元", "GDP", None),
        ("4.35亿元", "fiscal revenue", None),
        ("4个5亿元以上项目", "a town's projects", None),
        ("4个项目竣工", "a town's projects", None),
        ("新增规上工业企业8家", "a town's enterprises", None),
        ("销售超亿元企业2家", "a town's enterprises", None),
        ("规上工业产值353亿元", "a town's output (headline figure too)", None),
        ("首次进入前十名", "ranking", "高港综合物流园"),
        ("0513-8511 7720", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "石堤村:一村三企共成长", "本报启东讯 走进启东市吕四港", "other", None, 2023, parks=["吕四港经开区"])
    ART(d, "龙文:“赛道”赛出发展新空间", "本报漳州讯 今年来,漳州市龙文区", "district", None, 2023, parks=["蓝田经开区"])
    ART(d, "【资料】蓝田开发区三十年", "2022年1月5日,漳州蓝田经济开发区", "park", "蓝田经开区", 2021)
    ART(d, "【镇域】高邮镇开票销售跨过百亿", "高邮镇是高邮市的中心城区", "other", None, 2023)
    ART(d, "【镇域】永安洲镇规上工业产值353亿元", "永安洲镇2022年实现地区生产总值", "other", None, 2022)
    ART(d, "", "图为石堤村村民在华峰超纤的生产车间", "other", None, 2023)
    ART(d, "", "本刊地址:南通市工农路", "ad", None, 2023)
    PG.append(("am05", 2023, "masthead 「2023年8月4日 星期五 第5版」; the datelines carry no year; the 蓝田 box carries 2021/2022, the 镇域 boxes 2022, the 石堤 story the 2015 of its project"))

# ---------------- am06 (UTF-16; s2hk 「」; 2025; 淄博经开区 grid, 平原经开区 projects; 方庙街道 and 上杭县 party traps) ----
def page_am06():
    d = "am06"
    G(d, "淄博经开区", "grid_count", 4, "传化物流工业社区划分的网格", "划分为四个网格", 2025, "page", "zibo25",
      note="the grids of 传化物流工业社区, an industrial community inside 淄博经开区 (sub_areas); Chinese numeral")
    G(d, "平原经开区", "investment_total", 1.6 * Y, "年产40万台电机生产基地项目", "总投资1.6亿元的年产40万台", 2025, "page", "pingyuan25", scope="project")
    G(d, "平原经开区", "investment_total", 6.8 * Y, "德州市应急物资储备及冷链物流保障基地项目（军粮二期）", "总投资6.8亿元的德州市应急", 2025, "page", "pingyuan25",
      scope="project", note="the project's name starts with 德州市; it is built in 平原经开区 (the article's subject)")
    for ev, why, np_ in [
        ("联合3家物流管理服务商", "partner companies of a service scheme, not a count of the park's enterprises", "淄博经开区"),
        ("“1+3+N”协同服务模式", "slogan", None),
        ("三大物流园", "count of logistics parks inside the community, no metric", "淄博经开区"),
        ("3个实体化运行的产业社区", "count of industrial communities, no metric", "淄博经开区"),
        ("于7月2日启用", "date", None),
        ("月产能100万平方米", "capacity", None),
        ("2条SMT贴片生产线", "production lines", "平原经开区"),
        ("建成19条", "production lines (plan)", "平原经开区"),
        ("年销售收入可达2.7亿元", "one company's sales, no metric", "平原经开区"),
        ("100多种智能小家电", "product count", None),
        ("20万平方米标准化厂房", "floor area", "平原经开区"),
        ("覆盖率82.35%", "a street's coverage rate (headline)", None),
        ("走访企业306家", "a street's visits", None),
        ("摸排党员538人", "a street's party members", None),
        ("非公企业党组织146个", "a street's party organisations", None),
        ("单独组建92个", "a street's party organisations", None),
        ("联合组建54个", "a street's party organisations", None),
        ("今年新建6个", "a street's party organisations", None),
        ("组织覆盖率达82.35%", "a street's coverage rate", None),
        ("妇联、团委组织295个", "mass organisations", None),
        ("团组织19个", "mass organisations", None),
        ("妇联组织76个", "mass organisations", None),
        ("24名党员担任", "instructors", None),
        ("不少于2次", "visit frequency", None),
        ("新发展党员11名", "a street's new members", None),
        ("新发展党员4名", "a street's new members", None),
        ("96家企业党组织连成", "county figure (headline)", None),
        ("28个产业链党组织", "county party organisations (县委组织部 figure)", None),
        ("覆盖96家企业党组织", "county figure; 园区 is mentioned only as the leaders' portfolio", None),
        ("0533-3185 206", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "【工业社区】体检车开进了物流园", "本报淄博讯 “体检车直接开进物流园", "park", "淄博经开区", 2025)
    ART(d, "【园区】平原经开区：产业项目“链”出新格局", "本报平原讯 在山东省平原经济开发区", "park", "平原经开区", 2025)
    ART(d, "【街道】方庙街道非公企业党组织覆盖率82.35%", "本报合肥讯 瑶海区方庙街道", "district", None, 2025)
    ART(d, "【县域】上杭：96家企业党组织连成“链”", "本报龙岩讯 日前，上杭县", "county", None, 2025)
    ART(d, "", "广告 园区标准厂房招商", "ad", None, 2025)
    PG.append(("am06", 2025, "masthead 「2025年12月30日 星期二 · 第8版」; 今年 / 7月 / 12月5日 / 今年以来 in the stories are that year"))

# ---------------- am07 (GB18030; hard wrap 32; 2017 year-end page; 扬州化工园区; 泸溪县 / 传化集团 traps; 南舍 2013 archive) ----
def page_am07():
    d = "am07"
    G(d, "扬州化工园区", "tax_profit", 2.25 * Y, "1至4月工业入库税收（预计）", "工业入库税收2.25亿元", 2017, "page", "yzchem17", status="target",
      note="「园区预计1至4月实现…」: 预计 is read as a forecast (status target) although it estimates a period almost over (borderline)")
    G(d, "南舍工业功能区", "enterprise_count", 26, "功能区内企业", "功能区里有26家企业", 2013, "article", "nanshe13",
      note="archive box; its own sentence 「据2013年3月浙江日报报道。」 dates the figures")
    G(d, "南舍工业功能区", "party_org_count", 13, "功能区内党组织", "13个党组织", 2013, "article", "nanshe13")
    G(d, "南舍工业功能区", "party_member_count", 220, "功能区内党员", "220多名党员", 2013, "article", "nanshe13", qual="over")
    for ev, why, np_ in [
        ("10万吨粉末涂料", "capacity", None),
        ("工业开票销售71亿元", "sales, no metric", "扬州化工园区"),
        ("增长17.7%", "growth rate", "扬州化工园区"),
        ("增长9%", "growth rate", "扬州化工园区"),
        ("1921万美元", "registered foreign capital arrived, no metric", "扬州化工园区"),
        ("一般公共预算收入1.89亿元", "fiscal revenue, no metric", "扬州化工园区"),
        ("28家非公企业", "county party committee's figure, the centre sits in the 高新区", "泸溪高新区"),
        ("职工1600名", "workers", "泸溪高新区"),
        ("入党积极分子25名", "county figure", "泸溪高新区"),
        ("独立党组织8个", "county's new party organisations (县委两新党工委), not the park's", "泸溪高新区"),
        ("联合党支部50家", "county figure", "泸溪高新区"),
        ("非公企业21家", "county figure", "泸溪高新区"),
        ("党建指导员25名", "county's instructors", "泸溪高新区"),
        ("今年51岁", "age", None),
        ("已经9年", "duration", None),
        ("1条货运专线拓展到3条", "a company's routes", None),
        ("跃升到1800万元左右", "a company's output change (从…到…), outside any park", None),
        ("32个城市物流中心", "a company's logistics centres with party organisations", None),
        ("荣誉12项", "honours", None),
        ("3个行政村", "villages, no metric", "南舍工业功能区"),
        ("33个“红色驿站”", "service posts of the park branch, not windows/items of a 党群服务中心 (borderline)", "南舍工业功能区"),
        ("0551-6353 9012", "phone number", None),
    ]:
        NEG(d, ev, why, np_)
    ART(d, "扬州化工园区：融入全市域 转型再提速", "本报仪征5月2日讯 今天上午", "park", "扬州化工园区", 2017)
    ART(d, "泸溪：非公企业党群服务中心成了职工的家", "本报泸溪讯 “图书室、健身室", "county", None, 2017)
    ART(d, "传化：物流中心建到哪里，党组织就建到哪里", "本报杭州讯 在杭州公路港里", "company", None, 2017)
    ART(d, "【资料】南舍工业功能区的党建“大家庭”", "据2013年3月浙江日报报道，", "park", "南舍工业功能区", 2013)
    ART(d, "", "地址：合肥市政务区", "ad", None, 2017)
    PG.append(("am07", 2017, "masthead 「2017年12月29日 星期五 · 第7版」 (a year-end page); the datelines 5月2日 / 12月20日 / 截至11月底 carry no year; the archive box carries its own 2013"))


for _n in ['am01', 'am02', 'am03', 'am04', 'am05', 'am06', 'am07']:
    if _n in PAGES:
        globals()["page_" + _n]()


def check():
    bad = 0
    for r in gold + N:
        page = PAGES[r["doc"][:-4]]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE (or split by a wrap)", r["doc"], ev); bad += 1; continue
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
        if g.get("duplicate_of") and page.count(g["duplicate_of"]) != 1:
            print("DUP TARGET", g["doc"], g["duplicate_of"]); bad += 1
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
