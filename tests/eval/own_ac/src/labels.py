# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ac, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for ac04, s2tw for ac05, full-width digits for ac06) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page; every alias,
# title and `first` is checked to be on its page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if s is None:
        return None
    if doc == "ac04":
        return build.trad(s, build.S2HK)
    if doc == "ac05":
        return build.trad(s, build.S2TW)
    if doc == "ac06":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "service_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "shuangqiao": "http://jdcq.net/newsview-86948.html",
 "xuanwei": "https://yn.cnipai.com/news/detail/53131.html",
 "anhua": "https://hnrb.voc.com.cn/hnrb_epaper/html/2021-02/02/content_1500907.htm?div=-1",
 "shaanxi3": "https://m.yybnet.net/weinan/chengcheng/202102/11247647.html",
 "jiulongpo": "http://www.icqqn.cn/cq/2021/0327/177985.html",
 "jiangyou23": "http://marcfitch.com/html/2023/news/5/352306.html",
 "jiangyou22": "http://adibba.com/html/2022/news/9/330070.html",
 "tianyi": "http://adibba.com/html/2023/news/11/367535.html",
 "tongyu": "http://news.gqsoso.com/rd/202302/08645252.html",
 "shaanxi23": "https://www.ixian.cn/archiver/tid-1836712.html?page=1",
 "pulandian": "https://m.fx361.com/news/2015/0103/12481024.html",
 "lincang": "http://bongotimes.com/info/1801/61582.html",
 "chongqing14": "https://chongqing.baogaosu.com/xinwen/%25E9%2587%258D%25E5%25BA%2586%25E5%25B8%2582%25E5%25B7%25A5%25E4%25B8%259A%25E9%2587%258D%25E7%2582%25B9%25E9%25A1%25B9%25E7%259B%25AE%25E5%25BB%25BA%25E8%25AE%25BE%25E8%25BF%259B%25E5%25B1%2595%25E9%25A1%25BA%25E5%2588%25A9/28527593",
 "wuning": "https://gu.yaozh.com/yzg-detail/761",
 "baicheng": "http://zxyzs.com/jilin/news/2017/149595.html",
 "dayi": "http://dangjian.people.com.cn/n1/2017/0824/c117092-29492843.html",
 "yuxi": "http://yn.touzi888.net/news/view.html?id=6938",
 "xiushui": "https://www.jjcbw.com/News/news/id/345122.html",
 "jishui": "http://hdampjb.cn/news/show-86772.html",
 "shaanxi25": "http://sxdjb.com/news/sx/8707.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "双桥经开区": ["重庆双桥经济技术开发区", "双桥经济技术开发区", "双桥经开区"],
 "宣威经开区": ["宣威经济技术开发区", "宣威特色工业园区", "宣威经开区"],
 "安化经开区": ["安化经开区"],
 "合阳经开区": ["合阳经开区"],
 "澄城经开区": ["澄城经开区", "澄城工业园区"],
 "姜谭经开区": ["姜谭经开区", "宝鸡姜谭工业园区", "姜谭工业园区"],
 "江油高新区": ["江油高新区"],
 "通榆经开区": ["通榆县经济开发区", "通榆经开区"],
 "普兰店经开区": ["普兰店市经济开发区", "普兰店经开区"],
 "临沧边合区": ["临沧边境经济合作区", "耿马（孟定）边境经济合作区", "临沧边合区"],
 "武宁工业园区": ["武宁工业园区"],
 "白城工业园区": ["吉林白城工业园区", "白城工业园区"],
 "修水工业园区": ["修水工业园区"],
 "吉水工业园区": ["吉水工业园区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = []
    for a in PARK[park]:
        ca = conv(doc, a)
        if ca in page and not any(ca in b for b in aliases):
            aliases.append(ca)
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

# ---------------- ac01 (2014 masthead; 双桥经开区 signing, 大足区 district story, 宣威经开区 「去年」 review) ----
d = "ac01"; p = "双桥经开区"
G(d, p, "project_count", 5, "集中签约招商项目", "等5个项目相继签约落地", 2014, "page", "shuangqiao",
  note="2月20日 carries no year; the masthead 2014 gives it")
G(d, p, "investment_total", 27.6 * Y, "集中签约项目总投资额", "总投资额达27.6亿元", 2014, "page", "shuangqiao")
G(d, p, "output_value", 100 * Y, "签约项目建成投产后年产值", "年产值可超过100亿元", 2014, "page", "shuangqiao",
  qual="over", status="target")
G(d, p, "project_count", 5, "集中签约项目（标题）", "双桥经开区集中签约5个项目", 2014, "page", "shuangqiao",
  dup="等5个项目相继签约落地")
G(d, p, "investment_total", 27.6 * Y, "集中签约项目总投资（标题）", "总投资27.6亿元", 2014, "page", "shuangqiao",
  dup="总投资额达27.6亿元")
p = "宣威经开区"
NT = "去年 on a 2014 page: 2013 (page year - 1); 预计完成 for the year just ended is labelled target (SPEC: 预计)"
G(d, p, "output_value", 170.2 * Y, "园区工业总产值", "园区实现工业总产值170.2亿元", 2013, "page", "xuanwei", note=NT)
G(d, p, "project_count", 11, "签约投资项目", "签约投资项目十一个", 2013, "page", "xuanwei")
G(d, p, "investment_total", 38 * Y, "签约项目协议资金", "协议资金逾38亿元", 2013, "page", "xuanwei", qual="over")
G(d, p, "tax_profit", 5.3 * Y, "园区税金总额（预计完成）", "园区税金总额预计完成5.3亿元", 2013, "page", "xuanwei",
  status="target", note=NT)
G(d, p, "investment_annual", 48 * Y, "全年固定资产投资（预计完成）", "固定资产投资预计完成48亿元", 2013, "page", "xuanwei",
  status="target", note=NT)

# ---------------- ac02 (no masthead year; 2021 from 安化's 「2021年1月」; hard wrap at 30) ----------------
d = "ac02"; p = "安化经开区"
G(d, p, "project_count", 4, "1月新签约项目", "安化经开区新签约项目4个", 2021, "explicit", "anhua")
G(d, p, "investment_total", 5.37 * Y, "1月新签约项目总投资", "总投资5.37亿元", 2021, "explicit", "anhua")
G(d, p, "project_count", 4, "1月签约项目（标题）", "安化经开区1月签约4个项目", 2021, "article", "anhua",
  dup="安化经开区新签约项目4个")
G(d, p, "project_count", 10, "全年签约项目合作协议（去年）", "全年共签约项目合作协议10个", 2020, "article", "anhua",
  note="去年以来 of an article dated 2021年1月: 2020")
G(d, p, "investment_total", 19.6 * Y, "湖南华益食品槟榔产业项目", "投资19.6亿元的湖南华益食品槟榔", 2020, "article", "anhua",
  scope="project")
NT = "2月19日 carries no year and the masthead none: the page year 2021 comes from the 安化 article's 2021年1月"
for park, ev, n, subj in [("合阳经开区", "分别为39户", 39, "现有企业（分别列举）"),
                          ("澄城经开区", "39户、103户", 103, "现有企业（分别列举）"),
                          ("姜谭经开区", "103户、107户", 107, "现有企业（分别列举）"),
                          ("合阳经开区", "分别为14户", 14, "规上企业（分别列举）"),
                          ("澄城经开区", "14户、16户", 16, "规上企业（分别列举）"),
                          ("姜谭经开区", "16户、16户", 16, "规上企业（分别列举）"),
                          ("澄城经开区", "另有外贸企业5户", 5, "外贸企业")]:
    G(d, park, "enterprise_count", n, subj, ev, 2021, "page", "shaanxi3", note=NT)

# ---------------- ac03 (2023 masthead; UTF-16; Markdown with sub-headings; a table) ----------------
d = "ac03"; p = "江油高新区"
NT = "今年以来 in the lead: the page year 2023; the project sentences date other events (去年4月16日开工, 5月中旬)"
G(d, p, "investment_total", 51 * Y, "融通高科15万吨磷酸铁锂正极材料生产和循环再制造项目", "总投资51亿元的融通高科15万吨",
  2023, "page", "jiangyou22", scope="project", note=NT)
G(d, p, "investment_total", 42 * Y, "天宜上佳绿能新材料创新产业园投资总额（追加后）", "从11亿元逐步追加至42亿元",
  2023, "page", "tianyi", scope="project", from_value=11 * Y)
G(d, p, "enterprise_count", 6, "天宜上佳产业园入驻企业", "目前产业园已入驻企业6家", 2023, "page", "tianyi", scope="project")
G(d, p, "output_value", 100 * Y, "天宜上佳产业园全部建成后年产值", "可实现年产值100亿元以上", 2023, "page", "tianyi",
  scope="project", qual="over", status="target")
p = "通榆经开区"
G(d, p, "output_value", 95 * Y, "工业总产值", "开发区实现工业总产值95亿元", 2022, "explicit", "tongyu")
G(d, p, "investment_annual", 30 * Y, "完成固定资产投资", "完成固定资产投资30亿元", 2022, "article", "tongyu",
  note="the clause after ； has no year; 2022年 of the same sentence's first clause anchors it")
G(d, p, "output_value", 95 * Y, "工业总产值（标题）", "通榆经开区去年工业总产值95亿元", 2022, "article", "tongyu",
  dup="开发区实现工业总产值95亿元")
G(d, p, "output_value", 95 * Y, "工业总产值（表格）", "| 工业总产值 | 95亿元 | 32% |", 2022, "article", "tongyu",
  dup="开发区实现工业总产值95亿元")
G(d, p, "investment_annual", 30 * Y, "固定资产投资（表格）", "| 固定资产投资 | 30亿元 | 67.5% |", 2022, "article", "tongyu",
  dup="完成固定资产投资30亿元")

# ---------------- ac04 (2015 masthead; UTF-8 BOM + CRLF; s2hk; ● briefs) ----------------
d = "ac04"; p = "普兰店经开区"
NT = "a standing count with no year in its sentence: the page year 2015 (2014年末 dates the centre's opening, another event)"
G(d, p, "party_member_count", 928, "开发区辖区内党员", "辖区内共有党员928名", 2015, "page", "pulandian", note=NT)
G(d, p, "party_member_count", 209, "非公企业党员", "其中非公企业党员209名", 2015, "page", "pulandian")
G(d, p, "service_count", 5, "党群服务中心服务项目（组织归属、交流沟通、学习教育、志愿互助、延伸援助）", "延伸援助五项服务",
  2015, "page", "pulandian", note="五项服务 are the centre's service items, not centres")
p = "临沧边合区"
G(d, p, "investment_annual", 104 * Y, "社会固定资产投资", "完成社会固定资产投资104亿元", 2013, "explicit", "lincang")
G(d, p, "project_count", 211, "重点推进项目", "重点推进211个项目", 2014, "explicit", "lincang")
G(d, p, "investment_total", 534 * Y, "重点推进项目计划总投资", "计划总投资534亿元", 2014, "explicit", "lincang")
G(d, p, "project_count", 154, "截至7月底已开工建设项目", "已开工建设154个项目", 2014, "explicit", "lincang")
G(d, p, "investment_annual", 50.3 * Y, "1—7月规模以上固定资产投资", "完成规模以上固定资产投资50.3亿元", 2014, "explicit", "lincang",
  note="seven months of the year; the subject says so")
p = "武宁工业园区"
G(d, p, "enterprise_count", 260, "入园企业", "目前入园企业达260家", 2015, "page", "wuning")
G(d, p, "enterprise_count", 192, "投产企业", "其中投产企业192家", 2015, "page", "wuning")
G(d, p, "tax_profit", 42 * Y, "今年预计税利", "实现税利42亿元", 2015, "page", "wuning", status="target",
  note="今年…预计 on a 2015 page")
G(d, p, "enterprise_count", 260, "入园企业（标题）", "武宁工业园区入园企业达260家", 2015, "page", "wuning",
  dup="目前入园企业达260家")

# ---------------- ac05 (2017 masthead; s2tw; plain headings) ----------------
d = "ac05"; p = "白城工业园区"
G(d, p, "project_count", 13, "集中签约新项目", "十三个新项目集中签约", 2017, "page", "baicheng")
G(d, p, "investment_total", 105 * Y, "签约项目计划总投资", "计划总投资105亿元", 2017, "page", "baicheng")
G(d, p, "output_value", 300 * Y, "签约项目产出能力（达产后年产值）", "产出能力超过300亿元", 2017, "page", "baicheng",
  qual="over", status="target", note="产出能力 of a batch of signed projects read as their expected output value (borderline)")
G(d, p, "project_count", 13, "集中签约新项目（标题）", "白城工业园区集中签约13个新项目", 2017, "page", "baicheng",
  dup="十三个新项目集中签约")

# ---------------- ac06 (no masthead year; 2025 from 「2025年10月17日」; full-width digits; an archive article of 2010) ---
d = "ac06"; p = "修水工业园区"
G(d, p, "enterprise_count", 2, "上市企业", "园区现有上市企业两家", 2025, "article", "xiushui",
  note="现有 with no year in its sentence; the lead's 2025年10月17日 anchors it")
G(d, p, "enterprise_count", 45, "高新技术企业", "高新技术企业45家", 2025, "article", "xiushui")
p = "吉水工业园区"
NT = "an archive article dated 本报吉水2010年3月讯: 目前 is 2010; the 2009 clauses are anchored by 2009年 at the head of the sentence"
G(d, p, "enterprise_count", 176, "园区企业", "目前园区共有企业176家", 2010, "article", "jishui", note=NT)
G(d, p, "project_count", 28, "总投资5000万元以上项目", "以上的项目28个", 2010, "article", "jishui")
G(d, p, "tax_profit", 1.83 * Y, "上缴税收（2009年）", "上缴税收1.83亿元", 2009, "article", "jishui", note=NT)
G(d, p, "investment_annual", 1.5 * Y, "基础设施投入（2009年）", "完成基础设施投入1.5亿元", 2009, "article", "jishui",
  note="a year's completed infrastructure investment of the park (borderline: could be read as funding)")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("埃贝赫60万套汽车排气系统", "capacity inside a project name", "双桥经开区"),
    ("10000辆专用车迁建", "capacity inside a project name", "双桥经开区"),
    ("将带动2000人就业", "jobs, no metric", "双桥经开区"),
    ("实现地区生产总值278.3亿元", "district GDP (大足区), said at the park's ceremony", "双桥经开区"),
    ("工业总产值650亿元，增长18.2%", "district output (大足区), not the park's", "双桥经开区"),
    ("大足区去年工业总产值650亿元", "district headline", "双桥经开区"),
    ("保持30%以上的增速", "growth rate, district", None),
    ("地区生产总值突破800亿元", "district GDP target", "双桥经开区"),
    ("工业总产值突破2000亿元", "district output target (2020), not the park's", "双桥经开区"),
    ("园区工业增加值57.1亿元", "value added, no metric", "宣威经开区"),
    ("规模以上工业增加值42.9亿元", "value added, no metric", "宣威经开区"),
    ("比上年增长36.4%", "growth rate", "宣威经开区"),
    ("标准厂房预计竣工13万平方米", "floor area, no metric", "宣威经开区"),
    ("考核目标12万平方米", "floor area target, no metric", "宣威经开区"),
    ("“138”发展思路", "slogan", None),
    ("增长31%", "growth rate", "宣威经开区"),
    ("023-6388 1402", "phone number", None),
    ("2014年2月24日", "masthead date", None),
]:
    NEG("ac01", ev, why, np_)

for ev, why, np_ in [
    ("等33个项目的负责人前来考察", "visits by project heads, no metric", "安化经开区"),
    ("引进益阳市域外资金28.97亿元", "funds attracted (到位/引进资金), no metric", "安化经开区"),
    ("比上年增长300%", "growth rate", "安化经开区"),
    ("投产只用了5个月", "duration", "安化经开区"),
    ("区已有20家", "count of the province's parks", None),
    ("陕西新增3个省级经开区", "headline: a count of parks", None),
    ("从业人员1.8万人", "workers, no metric", "澄城经开区"),
    ("规划面积10.17平方公里", "area", "澄城经开区"),
    ("九龙坡45个重点项目集中开工", "district headline", None),
    ("集中开工重点项目45个", "district figure", None),
    ("总投资约693", "district figure (line cut by the wrap)", None),
    ("年度投资约172亿元", "district figure", None),
    ("政府主导类项目25个", "district figure", None),
    ("社会主导类项目20个", "district figure", None),
    ("306.5亿元、386.5亿元", "district figures (分别 list)", None),
    ("产业项目14个", "district figure", None),
    ("总投资165.5亿元", "district figure", None),
    ("设施项目15个", "district figure", None),
    ("总投资277亿元", "district figure", None),
]:
    NEG("ac02", ev, why, np_)

for ev, why, np_ in [
    ("百亿级的融通高科", "a level label (百亿级), no confident figure", "江油高新区"),
    ("50亿级的天宜上佳", "a level label (50亿级), no confident figure", "江油高新区"),
    ("首个百亿级“镇园之宝”企业", "a level label", "江油高新区"),
    ("占地1000亩", "area", "江油高新区"),
    ("规模位居全球前三", "ranking", "江油高新区"),
    ("15万吨磷酸铁锂正极材料生产和", "capacity inside a project name", "江油高新区"),
    ("12英寸集成电路用硅片", "a model size, province story", None),
    ("仅用8个月", "duration", "江油高新区"),
    ("年产5000吨碳碳复合材料", "capacity", "江油高新区"),
    ("20万只石英坩埚", "capacity", "江油高新区"),
    ("同比增长32%", "growth rate", "通榆经开区"),
    ("同比增长67.5%", "growth rate", "通榆经开区"),
    ("全口径财税收入1.6亿元", "fiscal revenue (财税收入), no metric", "通榆经开区"),
    ("| 全口径财税收入 | 1.6亿元 | 33.3% |", "fiscal revenue, table row", "通榆经开区"),
    ("总投资150亿元的比亚迪", "a project in a province story", None),
    ("预计可实现年产值700亿元", "a project in a province story", None),
    ("总投资2亿美元的杨凌麦肯速度项目", "a company project named after 杨凌, in a province story", "杨凌示范区"),
    ("预计年产值可达10亿元", "a company project in a province story", "杨凌示范区"),
    ("年产10万吨薯条", "capacity", None),
    ("总投资127亿元的京昆高速", "a road project, province story", None),
    ("全长126公里", "length", None),
    ("2023年12月20日", "masthead date", None),
]:
    NEG("ac03", ev, why, np_)

for ev, why, np_ in [
    ("中心建筑面积500平方米", "area", "普兰店经开区"),
    ("室外活动场地1000平方米", "area", "普兰店经开区"),
    ("占党员总数的22.5%", "share", "普兰店经开区"),
    ("招商引资实际到位资金81.4亿元", "funds in place (到位资金), no metric", "临沧边合区"),
    ("外贸进出口总额20.59亿元", "foreign trade, no metric", "临沧边合区"),
    ("重庆去年新签约工业项目702个", "municipality headline", None),
    ("全市新签约工业项目702个", "municipality figure", None),
    ("合同投资金额4366亿元", "municipality figure", None),
    ("落地2亿元以上项目201个", "municipality threshold count", None),
    ("实际到位资金343.6亿元", "municipality funds in place", None),
    ("等268个项目投产", "municipality figure", None),
    ("等285个项目开工", "municipality figure", None),
    ("总投资2463亿元", "municipality figure, sentence also names 两江新区", "两江新区"),
    ("实现主营业务收入251亿元", "营业收入 is no metric", "武宁工业园区"),
    ("工业增加值67亿元", "value added", "武宁工业园区"),
    ("预计实现主营业务收入300亿元", "营业收入 target, no metric", "武宁工业园区"),
    ("工业增加值80亿元", "value added target", "武宁工业园区"),
    ("同比增长21%", "growth rate", "武宁工业园区"),
    ("同比增长15%，工业增加值", "growth rate", "武宁工业园区"),
    ("0411-8766 3520", "phone number", None),
    ("2015年1月20日", "masthead date", None),
]:
    NEG("ac04", ev, why, np_)

for ev, why, np_ in [
    ("带动30家左右非公企业", "county figure (a 小组团's reach)", "大邑经开区"),
    ("已成立10个党建小组团", "county figure", None),
    ("已建党组织175个", "county's three kinds of parks together, a county story", "大邑经开区"),
    ("发展党员1681名", "county figure", "大邑经开区"),
    ("增长65%", "growth rate", None),
    ("覆盖率均为100%", "county coverage of its industrial parks, a county story", "大邑经开区"),
    ("只有7名党员", "a company's earlier count", None),
    ("拥有70名党员", "a company's party members (change 7 → 70), county story", None),
    ("下设3个支部", "a company's branches", None),
    ("完成工业总产值227.5亿元", "city-wide parks and 高新区 together, a city story", "玉溪高新区"),
    ("完成固定资产投资39.5亿元", "city-wide parks and 高新区 together", "玉溪高新区"),
    ("新增入园企业27户", "city-wide figure", None),
    ("入园企业达3636户", "city-wide figure", None),
    ("建成投产企业1970户", "city-wide figure", None),
    ("完成工业产值184.3亿元", "高新区 and six provincial parks together", "玉溪高新区"),
    ("占园区工业总产值的81%", "share", None),
    ("同比增长12.6%", "growth rate, city", None),
    ("0436-3266 518", "phone number", None),
    ("2017年9月4日", "masthead date", None),
]:
    NEG("ac05", ev, why, np_)

for ev, why, np_ in [
    ("由133.3公顷扩大到594.44公顷", "area change, no metric", "修水工业园区"),
    ("四个产业集群", "clusters, no metric", "修水工业园区"),
    ("规划总面积10平方公里", "area", "吉水工业园区"),
    ("已开发3000多亩", "area", "吉水工业园区"),
    ("其中总投资5000万元以上", "threshold amount", "吉水工业园区"),
    ("实现主营业务收入50.7亿元", "营业收入 is no metric", "吉水工业园区"),
    ("完成工业增加值16.3亿元", "value added", "吉水工业园区"),
    ("同比增长47.5%", "growth rate", "吉水工业园区"),
    ("增长70.2%", "growth rate", "吉水工业园区"),
    ("认定11个园区", "count of parks, province", None),
    ("陕西再添十一个省级经开区", "headline: a count of parks", None),
    ("等8个经开区", "count of parks, province", None),
    ("0791-8685 1024", "phone number", None),
]:
    NEG("ac06", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("ac01", "双桥经开区集中签约5个项目 总投资27.6亿元", "本报讯 2月20日上午，重庆双", "park", "双桥经开区", 2014)
ART("ac01", "", "图为集中签约活动现场。", "other", None, 2014)
ART("ac01", "大足区去年工业总产值650亿元", "本报讯 在双桥经开区的签约活", "district", None, 2014)
ART("ac01", "宣威经开区三项指标实现三年倍增", "本报曲靖讯 宣威经济技术开发", "park", "宣威经开区", 2013)
ART("ac01", "", "广告 · 园区经济周刊 发行热线", "ad", None, 2014)
ART("ac02", "安化经开区1月签约4个项目", "本报益阳讯 2021年1月，安化", "park", "安化经开区", 2021)
ART("ac02", "陕西新增3个省级经开区", "本报西安讯 2月19日，记者从", "park", "合阳经开区", 2021,
    parks=["合阳经开区", "澄城经开区", "姜谭经开区"])
ART("ac02", "九龙坡45个重点项目集中开工", "本报重庆讯 3月24日，九龙坡", "district", None, 2021)
ART("ac03", "江油高新区：“镇园之宝”加速成长", "本报绵阳讯 今年以来，江油高", "park", "江油高新区", 2023)
ART("ac03", "", "图为天宜上佳绿能新材料创新产", "other", None, 2023)
ART("ac03", "通榆经开区去年工业总产值95亿元", "本报白城讯 记者从吉林省白城", "park", "通榆经开区", 2022)
ART("ac03", "陕西重点项目建设捷报频传", "本报西安讯 记者12月17日从", "province", None, 2023)
ART("ac04", "普兰店经开区党群服务中心投入使用", "本报大连讯 2014年末，普兰店", "park", "普兰店经开区", 2015)
ART("ac04", "临沧边境经济合作区获批设立", "本报昆明讯 国务院2014年9月", "park", "临沧边合区", 2014)
ART("ac04", "重庆去年新签约工业项目702个", "本报重庆讯 市经信委消息，2", "province", None, 2014)
ART("ac04", "武宁工业园区入园企业达260家", "本报九江讯 武宁工业园区是省", "park", "武宁工业园区", 2015)
ART("ac04", "", "园区党建书屋 订阅热线 0411", "ad", None, 2015)
ART("ac05", "白城工业园区集中签约13个新项目", "本报白城讯 日前，吉林白城工", "park", "白城工业园区", 2017)
ART("ac05", "", "图为白城工业园区重大产业项目", "other", None, 2017)
ART("ac05", "大邑以党建引领园区治理", "本报成都讯 四川省大邑县已形", "county", None, 2017)
ART("ac05", "玉溪园区经济一季度较快增长", "本报玉溪讯 统计显示，一季度", "city", None, 2017)
ART("ac05", "", "园区招商热线 0436-3266", "ad", None, 2017)
ART("ac06", "修水工业园区扩区调区获批", "本报九江讯 2025年10月17", "park", "修水工业园区", 2025)
ART("ac06", "园区档案｜吉水工业园区：“一园三区”起步", "编者按：本栏选登园区旧闻，所", "park", "吉水工业园区", 2010)
ART("ac06", "陕西再添十一个省级经开区", "本报西安讯 今年6月，陕西省", "province", None, 2025)
ART("ac06", "", "园区经济编辑部 新闻热线 07", "ad", None, 2025)

PG = [
 ("ac01", 2014, "masthead 「2014年2月24日 星期一」; the 大足 story names 2013 for its district figures; the 宣威 review's 去年 is 2013"),
 ("ac02", 2021, "no masthead year (「县域园区 · 第3版 / 3月29日 星期一」); the 安化 article opens 「2021年1月」; 2月19日 and 3月24日 of the other stories are that spring"),
 ("ac03", 2023, "masthead 「2023年12月20日 星期三」; the 江油 feature's 今年以来 and the 陕西 story's 12月17日 are that year; the 通榆 review names 2022"),
 ("ac04", 2015, "masthead 「2015年1月20日 星期二」; the 普兰店 brief dates the centre to 2014年末, the 临沧 and 重庆 briefs name 2013/2014, the 武宁 brief's 今年 is 2015"),
 ("ac05", 2017, "masthead 「2017年9月4日 星期一」; 日前 / 目前 / 一季度 of the stories are that year"),
 ("ac06", 2025, "no masthead year (「园区经济 · 第6版 / 10月30日 星期四」); the 修水 article opens 「2025年10月17日」 and the 陕西 story's 今年6月 is that year; the 吉水 archive article carries its own 2010"),
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
                                          for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
