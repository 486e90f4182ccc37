# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_al, after src/build.py)
# Evidence, titles and `first` are written in simplified Chinese with half-width digits and converted to
# each page's form by build.conv (s2tw / s2hk with 「」, full-width digits). check() verifies that every
# evidence is on its decoded page, inside one line (hard-wrapped pages included), at most 40 characters,
# unique on the page for gold rows, and that every title, `first` and alias is on its page.
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
UNIT = {"investment": "CNY"}
U = {
 "zg2019a": "http://jintaicrystal.cn/xwdt/info/357.html",
 "zg2019b": "https://m.wr63.com/club/show-9806.html",
 "zg2017": "https://www.zixundingzhi.com/jingji/0c82d2015ade823e.html",
 "wenan2016": "http://m.ohbaobei.com/dfpd/hb/2016-04/13/content_24505770.htm",
 "qingxian2021": "http://www.qingxiantv.cn/news/1042.html",
 "xiangfen2021": "http://zt-9jc.com.cn/fangchan/2021031734466.html",
 "xinji2022": "https://m.fidreport.com/2022-02/26/content_8735842.htm",
 "anda2023": "http://jijin.fubaore.com/jijin/20230207/1001191767.html",
 "kyzq2023": "http://jjhzj.xam.gov.cn/KFYQ\\5777.html",
 "aksu2023": "https://www.sysygjg.com/html/xinwendongtai/qiyexinwen/1670.html",
 "etk2025": "http://szb.northnews.cn/nmgrb/html/2025-11/17/content_54378_269224.htm",
 "tmsk2024": "http://www.hltewei.com/info/c-001001-d-3740418.html",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "准格尔经开区": ["准格尔经济开发区"],
 "新桥经开区": ["文安县新桥经济开发区"],
 "青县经开区": ["青县经济开发区"],
 "襄汾经开区": ["襄汾经济技术开发区"],
 "辛集经开区": ["河北辛集经济开发区", "辛集经济开发区"],
 "安达经开区": [],  # written only as 「经济开发区」/「经开区」 inside the 安达 story
 "科右中旗东达百利舸城乡统筹产业园": ["科右中旗东达百利舸城乡统筹产业园区", "科右中旗东达百利舸城乡统筹产业园"],
 "温宿农业科技园区": ["温宿国家农业科技园区"],
 "鄂托克高新区": ["鄂托克高新区"],
 "图木舒克经开区": ["图木舒克经济技术开发区"],
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
        if ca in PAGES[doc] and ca not in aliases and not any(ca in b for b in aliases):
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

# ---------------- al01 (plain UTF-8; brief page of ● items; masthead 2019) ----------------
d = "al01"; p = "准格尔经开区"
G(d, p, "project_count", 3, "集中开工的重点工业项目（铁辰、圣岳、御华）", "莫来石微晶球这三个项目开工建设", 2019, "article", "zg2019a",
  note="Chinese numeral 三; 「今天」 is the 2019年8月16日 of the brief's first sentence")
G(d, p, "project_count", 17, "陶瓷产业规划区内已落地建设项目", "已落地建设项目有17个", 2019, "page", "zg2019b")
G(d, p, "project_count", 14, "陶瓷产业规划区内已建成项目", "其中建成14个", 2019, "page", "zg2019b")
NEGS(d, [
    ("10万吨高岭土深加工", "capacity", None),
    ("4万吨合成莫来石", "capacity", None),
    ("10平方公里陶瓷产业园区", "area", "准格尔经开区"),
    ("建成2平方公里", "area", "准格尔经开区"),
    ("经过十年的发展", "duration", None),
    ("项目开工55个以上", "county target; the ceremony is only held in 辽宁法库经济开发区", "法库经开区"),
    ("同比增长30%", "growth rate", None),
    ("2019年第三批", "ordinal batch", None),
    ("共计7个,总投资27.78亿元", "county batch (石家庄(正定县) ceremony at a site in 正定高新区(南区))", "正定高新区"),
    ("今年计划投资4.65亿元", "county batch", "正定高新区"),
    ("总投资45亿元的7个项目", "county figure", None),
    ("亿元以上在建项目27个", "county figure", None),
    ("计划总投资126.58亿元", "county figure", None),
    ("签约合作项目15个", "city figure (长春市); the parks named later only host single projects", None),
    ("计划投资金额111.3亿元", "city figure", None),
    ("第十二届", "ordinal", None),
    ("鹿泉区非公企业624家", "district non-public enterprises (区委组织部 figure), no park", "鹿泉经开区"),
    ("已建党组织205个", "district party organisations", "鹿泉经开区"),
    ("覆盖非公企业617家", "district coverage count", "鹿泉经开区"),
    ("党组织覆盖率98.87%", "district coverage rate", "鹿泉经开区"),
    ("社会组织85家", "district social organisations", None),
    ("已建党组织41个", "district party organisations (social organisations)", "鹿泉经开区"),
    ("覆盖非公社会组织84家", "district coverage count", None),
    ("党组织覆盖率98.8%", "district coverage rate", "鹿泉经开区"),
    ("12345", "phone number (hotline)", None),
])
ART(d, "", "本期导读：开发区项目", "other", None, 2019)
ART(d, "", "2019年8月16日,准格尔经", "park", p, 2019)
ART(d, "", "准格尔经济开发区充分利用", "park", p, 2019)
ART(d, "", "8月29日,“法库县2019", "county", None, 2019)
ART(d, "", "近日,石家庄(正定县)2019", "county", None, 2019)
ART(d, "", "10月20日,卢龙县举行2019", "county", None, 2019)
ART(d, "", "26日,记者从长春市政府合作", "city", None, 2019)
ART(d, "", "截至目前,鹿泉区非公企业", "district", None, 2019)
ART(d, "", "园区简讯欢迎来稿", "ad", None, 2019)
PG.append(("al01", 2019, "masthead 「2019年11月29日 星期五」; the briefs' own dates (2019年8月16日, 8月29日, 10月20日, 2019年秋季) are that year"))

# ---------------- al02 (GB18030; Markdown; masthead 2017) ----------------
d = "al02"; p = "准格尔经开区"
G(d, p, "project_count", 30, "建成重点项目（“砥砺奋进的五年”）", "准格尔经济开发区 建成重点项目30个", 2017, "page", "zg2017",
  note="the figure is only in the headline; the body never repeats it, so it is no duplicate_of")
G(d, p, "investment_total", 1.01 * Y, "内蒙古佳汇新材料科技有限公司陶瓷纤维针刺毯项目", "陶瓷纤维针刺毯项目,总投资1.01亿元", 2017, "page", "zg2017",
  scope="project")
G(d, p, "tax_profit", 1000 * W, "佳汇陶瓷纤维针刺毯项目建成后年利税", "年利税1000余万元", 2017, "page", "zg2017",
  scope="project", status="target", qual="over")
NEGS(d, [
    ("年消化5万吨煤矸石", "capacity", None),
    ("制3万吨陶瓷纤维针刺毯", "capacity", None),
    ("总占地面积为60.37亩", "area", None),
    ("由2条煅烧窑生产线", "count of production lines, no metric", None),
    ("解决就业150余人", "jobs", "准格尔经开区"),
    ("销售收入超百亿元园区", "a title the park holds (sales revenue class), no metric", "准格尔经开区"),
    ("开发区规划面积56.7平方公里", "area", "准格尔经开区"),
    ("建成6.7平方公里", "area", "准格尔经开区"),
    ("镇区规划面积36.7平方公里", "area of the town", None),
    ("常住人口近7万人", "population", None),
    ("1999年10月", "date", None),
    ("第一个省级开发区", "ordinal", None),
    ("建成12.2平方公里", "area of the town", None),
    ("远景规划10万人", "population plan", None),
    ("香河县16个亿元以上项目集中开工", "county batch", None),
    ("总投资203.8亿元", "county figure", None),
    ("年度计划投资20.8亿元", "county figure", None),
    ("投资超30亿元的", "threshold", None),
    ("等4个项目来自北京", "county figure", None),
    ("投资超10亿元的机器人产业港三期项目", "a project in a county story (机器人产业港 is no named park here)", None),
    ("预计年产值可达15亿元", "project forecast in a county story", None),
    ("4个超亿元项目开工", "district figure (caption)", None),
    ("当日4个超亿元重点建设项目", "district figure; 南部工业新城 is only the venue", "南部工业新城"),
    ("总投资6.1亿元", "district figure", "南部工业新城"),
    ("现代家具项目总投资1.5亿元", "district project", None),
    ("项目总投资为1.5亿元", "district project", None),
    ("胶辊生产项目总投资1亿元", "district project", None),
    ("概算投资2.1亿元", "district project (a city park, not an industrial park)", None),
    ("占地60亩", "area", None),
    ("占地面积50亩", "area", None),
    ("12345", "phone number (hotline)", None),
])
ART(d, "准格尔经济开发区 建成重点项目30个", "“我公司生产的陶瓷纤维针", "park", p, 2017)
ART(d, "", "佳汇公司正在建设的厂房", "other", None, 2017)
ART(d, "香河县亿元以上项目集中开工", "河北新闻网讯(通讯员王晓桐", "county", None, 2017)
ART(d, "", "10月29日,衡水市冀州区举行", "other", None, 2017)
ART(d, "冀州区下半年重点项目集中开工", "河北新闻网讯(通讯员樊加伟", "district", None, 2017)
ART(d, "", "本版编辑部 邮箱", "ad", None, 2017)
PG.append(("al02", 2017, "masthead 「2017年11月17日 星期五 · 第6版」; the 香河 (3月10日) and 冀州 (10月29日) datelines carry no year"))

# ---------------- al03 (UTF-8; traditional s2tw with 「」; hard wrap 30; masthead 2016) ----------------
d = "al03"; p = "新桥经开区"
G(d, p, "project_count", 7, "正在洽谈项目", "正在洽谈项目7个", 2016, "page", "wenan2016")
G(d, p, "project_count", 2, "10亿元以上洽谈项目", "亿元以上项目2个", 2016, "page", "wenan2016",
  note="「其中10」 ends the line before (hard wrap); the count is the 其中 part of the 7")
G(d, p, "project_count", 1, "台资洽谈项目", "台资项目1个", 2016, "page", "wenan2016")
G(d, p, "project_count", 3, "6月前将陆续进场建设的签约项目", "等3个项目6月前也将陆续进场", 2016, "page", "wenan2016",
  status="target")
NEGS(d, [
    ("5500台套环卫设备项目", "capacity", None),
    ("年产1000台(套)", "capacity", None),
    ("8000t/a", "capacity", None),
    ("年产1万吨环保型硅胶制品", "capacity", None),
    ("重点项目33项", "banner (准格尔旗) figure — the place name is shared with 准格尔经济开发区", "准格尔经开区"),
    ("投资288亿元", "banner figure (the hard wrap cuts 「完成」 off)", "准格尔经开区"),
    ("已开复工30项", "banner figure", "准格尔经开区"),
    ("开复工率90.9%", "banner rate", None),
    ("投资187.9亿元", "banner figure", "准格尔经开区"),
    ("等8个项目", "banner figure", None),
    ("输电通道项目总投资20亿元", "banner project", None),
    ("成投资19.7亿元", "construction progress", None),
    ("40亿立方米煤制气", "capacity", None),
    ("中电投80万吨", "capacity", None),
    ("200万吨煤制油3个项目环评获批", "banner figure", None),
    ("盟级重点项目190项", "prefecture (盟) figure", None),
    ("658亿元", "prefecture figure (a wrapped line)", None),
    ("开复工164项", "prefecture figure", None),
    ("开复工率86", "prefecture rate (「%」 on the next line)", None),
    ("完成投资391.5亿元", "prefecture figure", None),
    ("完成年度计划投资的59.5%", "share", None),
    ("还有42个项目可竣工投产", "prefecture figure", None),
    ("2×35万千瓦自", "capacity", None),
    ("等29个重点项目", "prefecture figure", None),
    ("总投资105亿元", "prefecture figure", None),
    ("年内计划资14亿元", "prefecture figure", None),
    ("35个重点项目", "prefecture figure", None),
    ("盟级重点项目158项", "prefecture plan", None),
    ("计划投资600亿元", "prefecture plan", None),
    ("12345", "phone number (hotline)", None),
])
ART(d, "文安县新桥经济开发区抢抓机遇对接京津", "中国日报网河北频道廊坊4月", "park", p, 2016)
ART(d, "今年准格尔旗重大投资项目进展顺利", "2016年,准格尔旗计划实施市", "county", None, 2016)
ART(d, "锡林郭勒盟:年内新增投资95亿元", "今年,锡林郭勒盟全年共安排", "city", None, 2016)
ART(d, "", "园区经济版 征订咨询", "ad", None, 2016)
PG.append(("al03", 2016, "masthead 「2016年9月23日 星期五」; the 文安 dateline 4月13日 has no year; 准格尔旗's 「2016年」 and 锡林郭勒盟's 「初步安排2017年…」 agree"))

# ---------------- al04 (UTF-16; no masthead year; OCR breaks; byline alone) ----------------
d = "al04"
G(d, "青县经开区", "investment_annual", 7900 * W, "园区道路、排水、绿化等基础设施建设投资", "2020年投资7900余万元", 2020, "explicit",
  "qingxian2021", qual="over",
  note="the park's own investment of one year (2020) in its infrastructure; borderline investment_annual vs funding")
G(d, "青县经开区", "project_count", 7, "基础设施建设工程", "等7项基础设施建设工程", 2020, "explicit", "qingxian2021")
G(d, "襄汾经开区", "project_count", 7, "在开发区启动的首批重点项目", "在襄汾经济技术开发区启动的7个项目", 2021, "page", "xiangfen2021",
  note="a county story; the sentence's own subject is the batch started in the park (borderline: park batch vs county ceremony)")
G(d, "襄汾经开区", "investment_total", 35.45 * Y, "在开发区启动的7个项目", "总投资35.45亿元", 2021, "page", "xiangfen2021")
NEGS(d, [
    ("总投资7.5亿元的小洋人", "county project (青县 ceremony)", "青县经开区"),
    ("四个项目集中开工", "county batch (Chinese numeral)", "青县经开区"),
    ("2020年度第六批", "ordinal batch", None),
    ("5G通信", "model name", None),
    ("总投资110.7亿元", "county total", "襄汾经开区"),
    ("首批33个重点项目", "county total", "襄汾经开区"),
    ("在县城启动两个项目", "county figure (Chinese numeral)", None),
    ("在陶寺乡启动两个项目", "township figure", None),
    ("计划总投资2.7亿元", "a museum project outside the park", None),
    ("占地面积74.4亩", "area", None),
    ("建筑面积1万㎡", "area", None),
    ("涉及10个行政村", "villages", None),
    ("总投资5000万元", "an ecological project outside the park", None),
    ("营造林5万亩", "area", None),
    ("防火监控20套", "equipment count", None),
    ("智慧林业系统1套", "equipment count", None),
    ("重点工程项目122个", "county plan", "襄汾经开区"),
    ("总投资324.63亿元", "county plan", "襄汾经开区"),
    ("年度计划投资70亿元", "county plan", "襄汾经开区"),
    ("年产2000万件", "capacity", None),
    ("8个亿元以上项目在沈阳法库集中开工", "county batch (headline)", None),
    ("等8个投资亿元以上项目", "county batch", None),
    ("亿元以上重点项目57个", "county reserve of projects", None),
    ("项目占比达82.9%", "share (of all the county's 产业园区, none named)", None),
    ("项目占比达65.7%", "share", None),
    ("三大主导产业核心力量项目", "count of industries", None),
    ("此次签约的8个项目", "county signing", None),
    ("总投资约110亿元", "county signing", None),
    ("共签约项目21个", "county figure", None),
    ("协议引资122.36亿元", "county figure", None),
    ("2021年第二次", "ordinal", None),
])
ART(d, "青县加快项目建设", "刚刚过去的2020年是极不平", "county", None, 2020, parks=["青县经开区"],
    note="a county story; only the 青县经济开发区 sentence is the park's")
ART(d, "襄汾县首批重点项目集中开复工", "本报讯(记者郭玉琴)3月14", "county", None, 2021, parks=["襄汾经开区"],
    note="a county story; only the batch started in 襄汾经济技术开发区 is the park's")
ART(d, "8个亿元以上项目在沈阳法库集中开工", "日前,辽宁大窑饮品智能化工", "county", None, 2021)
ART(d, "元氏县第二次项目集中签约", "本报讯(记者康义涵)日前,石", "county", None, 2021)
ART(d, "", "县域经济版 欢迎投稿", "ad", None, 2021)
PG.append(("al04", 2021, "no masthead year (「县域经济 · 第5版 / 11月3日 星期三」); 元氏's 「2021年第二次项目集中签约」 and 青县's 「刚刚过去的2020年」 give 2021 (11月3日 is a Wednesday in 2021)"))

# ---------------- al05 (UTF-8 BOM + CRLF; full-width digits; masthead 2022) ----------------
d = "al05"; p = "辛集经开区"
NT = "after 「；」: the 「2021年」 that opens the sentence is in another clause, so the year comes from the article (2021, 「十四五」开局之年)"
G(d, p, "investment_total", 139 * Y, "扩区提能后实施的重点项目（43个）", "实施了总投资139亿元", 2021, "article", "xinji2022", note=NT)
G(d, p, "project_count", 43, "扩区提能后实施的重点项目", "的重点项目43个,为经济高质量发展", 2021, "article", "xinji2022", note=NT)
G(d, p, "enterprise_count", 119, "高新技术企业", "高新技术企业在辛集经济开发区有119家", 2022, "article", "xinji2022",
  note="present tense in a story dated 2月25日 whose plans are 「2022年，辛集市将…」")
NEGS(d, [
    ("平均亩产811公斤", "per-mu yield", None),
    ("进出口额达到2.36亿美元", "trade volume of 辛集保税物流中心, no metric", None),
    ("力争用3-5年时间", "duration", None),
    ("大约是在三年左右", "duration", None),
    ("深州20个项目参加全省春季集中开工 总投资29.66亿", "city batch (headline); 深州绿色家具产业园 is only the venue", "深州绿色家具产业园"),
    ("集中开工项目20个", "city batch", "深州绿色家具产业园"),
    ("总投资29.66亿元", "city batch", "深州绿色家具产业园"),
    ("总投资5亿元,占地面积150亩", "a company project in a city story", None),
    ("年产18万套办公家具", "capacity", None),
    ("年经营收入可达6亿元", "revenue, no metric", None),
    ("年缴纳约600万元", "a company's tax forecast in a city story", None),
    ("吸纳就业1200人", "jobs", None),
    ("3个方面", "count of categories", None),
    ("73个项目集中开复工", "city batch (subheadline); ceremony held in 铁岭高新技术开发区", "铁岭高新区"),
    ("年产15万吨新型装配式钢结构项目开工", "capacity", None),
    ("投资1.8亿元建设", "a company project located in 铁岭高新技术产业园区, in a city story", "铁岭高新区"),
    ("项目占地100亩", "area", None),
    ("总规划建筑面积3.9万平方米", "area", None),
    ("预计实现产值2亿元", "a company forecast in a city story", "铁岭高新区"),
    ("利税1500万元", "a company forecast in a city story", "铁岭高新区"),
    ("新增就业100人", "jobs", None),
    ("建设项目564个", "city plan", None),
    ("计划总投资1050亿元", "city plan", None),
    ("年度计划投资192亿元", "city plan", None),
    ("全市7个县(市)区", "count of districts", None),
    ("73个重大项目集中开(复)工", "city batch", "铁岭高新区"),
    ("项目总投资93亿元", "city batch", "铁岭高新区"),
    ("年度计划投资29亿元", "city batch", None),
    ("已开复工将达到247个", "city figure", None),
    ("开(复)工率近50%", "rate", None),
    ("计划总投资322亿元", "city figure", None),
    ("年度计划投资109.9亿元", "city figure", None),
    ("增加35个", "change of a city count", None),
    ("12345", "phone number (hotline)", None),
])
ART(d, "河北辛集:重塑产业空间 激活发展动能", "人民网石家庄2月25日电 2021", "city", None, 2022, parks=[p],
    note="a city story (辛集市); the sentences whose own subject is 辛集经济开发区 give park figures")
ART(d, "深州20个项目参加全省春季集中开工 总投资29.66亿", "长城网·冀云客户端讯(记者", "city", None, 2022)
ART(d, "", "河北省2022年春季重点项目建设现场推进会衡水分会场。", "other", None, 2022)
ART(d, "全市重大项目集中开(复)工仪式举行", "4月26日,铁岭市2022年春季", "city", None, 2022)
ART(d, "", "开工仪式照片", "other", None, 2022)
ART(d, "", "燕赵园区版 新闻热线", "ad", None, 2022)
PG.append(("al05", 2022, "masthead 「燕赵园区 · 第7版 · 2022年4月29日 星期五」; 铁岭's 「2022年春季」 and 深州's 「2022年春季」 agree; 辛集 (2月25日电) reviews 2021"))

# ---------------- al06 (GB18030; traditional s2hk with 「」; Markdown; masthead 2023) ----------------
d = "al06"
G(d, "安达经开区", "output_value", 230 * Y, "经开区企业总产值", "2022年,经开区企业总产值达到230亿元", 2022, "explicit", "anda2023",
  note="the park is named only as 「经济开发区」/「经开区」 inside the 安达 city story; park_aliases is empty on purpose")
G(d, "安达经开区", "output_value", 280 * Y, "经开区企业总产值（预期）", "2023年可达到280亿元", 2023, "explicit", "anda2023", status="target")
p = "科右中旗东达百利舸城乡统筹产业园"
G(d, p, "enterprise_count", 2, "入驻的肉牛龙头企业", "等2家肉牛龙头企业", 2023, "article", "kyzq2023",
  note="「目前」 in a profile dated 2023年3月31日 (its source line)")
G(d, p, "enterprise_count", 5, "规模养殖入园企业（到2024年）", "规模养殖入园企业达到5家", 2024, "explicit", "kyzq2023", status="target")
G(d, p, "investment_total", 1.8 * Y, "北京华夏新兴投资有限公司20MW分布式光伏发电站项目", "总投资1.8亿元的20MW分布式光伏", 2023, "article",
  "kyzq2023", scope="project")
p = "温宿农业科技园区"
G(d, p, "enterprise_count", 136, "已落户企业", "已落户企业136家", 2023, "page", "aksu2023")
G(d, p, "enterprise_count", 22, "规上企业", "其中规上企业22家", 2023, "page", "aksu2023")
NEGS(d, [
    ("总签约额232亿", "city signing (引题)", None),
    ("20个重点项目集中签约", "city signing", "安达经开区"),
    ("总签约额达232亿元", "city signing", "安达经开区"),
    ("预计年产值210亿元", "city signing forecast", "安达经开区"),
    ("全市有工业企业227家", "city figure", "安达经开区"),
    ("项目297个", "city figure", "安达经开区"),
    ("纳税超千万企业14户", "city figure", None),
    ("十亿级以上企业11户", "city figure", None),
    ("规上企业73户", "city figure", "安达经开区"),
    ("国家级高新技术企业33户", "city figure", "安达经开区"),
    ("规划建设了85平方公里", "area", "安达经开区"),
    ("已累计投资超30亿元", "cumulative investment since the park's founding, no metric", "安达经开区"),
    ("投入10亿元", "the city's spending on ten works in its 精细化工产业园 (subject 安达), no park funding row", "安达经开区"),
    ("十大工程", "count of works", None),
    ("全国53个", "national count", None),
    ("荣获第8位", "ranking", None),
    ("百亿元项目1个", "city signing (threshold count)", None),
    ("十亿元项目3个", "city signing (threshold count)", None),
    ("亿元项目10个", "city signing (threshold count)", None),
    ("12.78平方公里", "area", None),
    ("19171亩", "area", None),
    ("三个功能区", "count of zones", None),
    ("肉牛存栏达到2万头", "livestock", None),
    ("入园嘎查集体经济组织20家", "village collectives, not enterprises (target)", "科右中旗东达百利舸城乡统筹产业园"),
    ("肉牛存栏达到5000多头", "livestock", None),
    ("肉羊养殖合作社2家", "cooperatives, not enterprises", "科右中旗东达百利舸城乡统筹产业园"),
    ("住宅楼16栋", "buildings", None),
    ("496户", "households", None),
    ("共计4.78万平方米", "area", None),
    ("建设道路18公里", "length", None),
    ("装机容量10兆瓦", "capacity", None),
    ("入驻工业企业一千二百零八家", "prefecture total of all 阿克苏 parks (headline, Chinese numeral)", None),
    ("累计入驻工业企业1208家", "prefecture total of all parks", None),
    ("新增入园工业企业18家", "prefecture total of all parks", None),
    ("累计就业人数11.39万人", "jobs", None),
    ("新增就业1.45万人", "jobs", None),
    ("产业工人1.16万人", "jobs", None),
    ("五大园中园", "count of sub-parks", "温宿农业科技园区"),
    ("投资12.24亿元", "a company project in a city story", None),
    ("年产200万吨冷轧", "capacity", None),
    ("打造千亿级冶金产业", "city slogan target", None),
    ("投资90亿元的正威", "a company project in a city story", None),
    ("投资200亿元的锂产业", "a city project (an unnamed 「低碳」园区)", None),
    ("产值计划达到750亿元", "city industry target", None),
    ("重点打造一个千亿级产业园区", "city target for an unnamed park", None),
    ("产值突破百亿元", "city industry target", None),
    ("2025年培育成千亿级产业", "city industry target", None),
    ("在百亿级基础上", "city industry size class", None),
    ("新材料等新兴产业达到百亿级规模", "city industry target", None),
    ("黑龙江省“20条”", "policy slogan", None),
    ("新增3家自治区级高新区", "count of parks (headline)", None),
    ("全区高新区总数达13家", "count of parks", None),
    ("全区10家高新区", "count of parks", None),
    ("工业总产值7334.17亿元", "province total of ten 高新区 together (no single park)", None),
    ("固定资产投资680.41亿元", "province total of ten 高新区 together", None),
    ("拥有高新技术企业493家", "province total of ten 高新区 together", None),
    ("科技型中小企业458家", "province total of ten 高新区 together", None),
    ("31.36%和28.82%", "shares", None),
])
ART(d, "安达招商引资“跃升年”交出亮眼成绩单", "2月7日,安达市2023年首批", "city", None, 2023, parks=["安达经开区"],
    note="a city story; only 「2022年，经开区企业总产值…，2023年可达到…」 is the park's")
ART(d, "园区名片 | 科右中旗东达百利舸城乡统筹产业园区简介", "科右中旗东达百利舸城乡统", "park", "科右中旗东达百利舸城乡统筹产业园", 2023)
ART(d, "一季度阿克苏各园区累计入驻工业企业一千二百零八家", "当前,位于温宿国家农业科技", "city", None, 2023,
    parks=["温宿农业科技园区"], note="a prefecture (阿克苏地区) story; its second paragraph is about one named park")
ART(d, "赤峰做大工业经济底盘", "春节期间,赤峰远联钢铁投资", "city", None, 2023)
ART(d, "我区新增3家自治区级高新区", "《内蒙古日报》消息 记者从", "province", None, 2023)
PG.append(("al06", 2023, "masthead 「2023年8月15日 星期二 · 第2版」; 安达 「2023年首批」, the 科右中旗 profile's 「2023年3月31日」 and 赤峰 「2025年…」 (future) agree with 2023"))

# ---------------- al07 (UTF-16; traditional s2tw with 「」; 【】 heads; masthead 2025) ----------------
d = "al07"; p = "鄂托克高新区"
SA = ["棋盘井产业园"]
G(d, p, "output_value", 792.6 * Y, "棋盘井产业园工业总产值", "实现工业总产值792.6亿元", 2024, "explicit", "etk2025", sub_areas=SA,
  note="the figures are the sub-park's (鄂尔多斯市鄂托克高新区棋盘井产业园); they roll up to 鄂托克高新区")
G(d, p, "investment_annual", 62.7 * Y, "棋盘井产业园完成固定资产投资", "完成固定资产投资62.7亿元", 2024, "explicit", "etk2025", sub_areas=SA)
G(d, p, "tax_profit", 73 * Y, "棋盘井产业园税收收入", "税收收入达73亿元", 2024, "explicit", "etk2025", sub_areas=SA)
NEGS(d, [
    ("自2003年正式投入运行", "date", None),
    ("招商引资签约超160亿元", "county signing (headline)", None),
    ("千亿级产业高地", "slogan", None),
    ("一举签下7个重大产业项目", "county signing", None),
    ("签约总额达160.7362亿元", "county signing", None),
    ("投资额高达86.4736亿元", "a company project in a county story", None),
    ("年产6万吨无水氟化氢", "capacity", None),
    ("3万吨六氟磷酸锂", "capacity", None),
    ("投资28亿元的中核汇能", "a company project in a county story", None),
    ("70万千瓦风电及储能项目", "capacity", None),
    ("投资37.96亿元华润新能源", "a company project in a county story", None),
    ("100万千瓦风电项目", "capacity", None),
    ("投资4.8亿元金储新能源", "a company project in a county story", None),
    ("投资2亿元的新疆丰泰", "a company project in a county story", None),
    ("投资1.2亿元的亿丰矿业", "a company project in a county story", None),
    ("投资0.3亿元的湖北卓越", "a company project in a county story", None),
    ("一季度41个重点项目集中开复工", "county batch (headline); ceremony held in 石玛兵地融合发展试验区", "石玛兵地融合发展试验区"),
    ("此次集中开复工的项目共41个", "county batch", "石玛兵地融合发展试验区"),
    ("年内计划投资41.7亿元", "county batch", None),
    ("占全年拟实施项目的34%", "share", None),
    ("占全年投资的68%", "share", None),
    ("固定资产投资项目122个", "county plan", None),
    ("包括续建40个、新建70个、储备12个", "county plan breakdown", None),
    ("总投资404亿元", "county plan", None),
    ("年度计划完成投资61.7亿元", "county plan", None),
    ("500万元以上", "threshold", None),
    ("新疆今年新增13家自治区级园区", "count of parks (headline)", None),
    ("阿勒泰地区3家", "count of parks", None),
    ("克拉玛依市2家", "count of parks", None),
    ("阿克苏地区4家", "count of parks", None),
    ("和田地区4家", "count of parks", None),
    ("共96家(不含兵团)", "count of parks", None),
    ("其中国家级21家", "count of parks", None),
    ("综合保税区4家", "count of parks", None),
    ("自治区级园区75家", "count of parks", None),
    ("十五条措施", "count of measures", None),
])
ART(d, "【园区】鄂托克高新区棋盘井产业园获国家级认可", "据了解,本次竞争力研究从化", "park", p, 2025)
ART(d, "【县域】2025亚欧商博会新疆托克逊县招商引资签约超160亿元", "6月27日,2025(中国)亚欧", "county", None, 2025)
ART(d, "【县域】一季度41个重点项目集中开复工,总投资201亿元", "中国昌吉网讯(通讯员朱文斌", "county", None, 2025)
ART(d, "【全疆】新疆今年新增13家自治区级园区", "本报乌鲁木齐3月16日讯 石", "province", None, 2025)
ART(d, "", "西部园区版 联系我们", "ad", None, 2025)
PG.append(("al07", 2025, "masthead 「2025年11月21日 星期五」; 托克逊 「2025亚欧商博会」, 玛纳斯 「2025年一季度」 and 新疆 「截至2025年3月」 agree; 鄂托克's figures are 2024 by their own sentence"))

# ---------------- al08 (UTF-8; full-width digits; hard wrap 32; Markdown; masthead 2024) ----------------
d = "al08"; p = "图木舒克经开区"
NT = "target after full operation; the only year in the sentence dates the 2024 signing"
G(d, p, "investment_total", 6 * Y, "新疆华盛智能织造制衣有限公司织造、T恤衫生产线及再生纤维生产项目", "项目总投资6亿元该项目落地于", 2024, "explicit",
  "tmsk2024", scope="project", sub_areas=["达坂山工业园"], note="the project sits in the park's 达坂山工业园")
G(d, p, "output_value", 35 * Y, "华盛项目全部投产后年产值", "35亿元以上", 2024, "explicit", "tmsk2024", scope="project",
  status="target", qual="over", sub_areas=["达坂山工业园"], note=NT)
G(d, p, "tax_profit", 5300 * W, "华盛项目全部投产后年税收", "年税收收入5300万元以上", 2024, "explicit", "tmsk2024", scope="project",
  status="target", qual="over", sub_areas=["达坂山工业园"], note=NT)
G(d, p, "investment_total", 4 * Y, "江西大晟节能新材有限公司漂染生产线项目", "项目总投资4亿", 2024, "explicit", "tmsk2024", scope="project",
  note="「…4亿」 / 「元,…」 are cut by the hard wrap; the evidence stops at the line end")
G(d, p, "output_value", 5 * Y, "大晟项目全部投产后年产值", "预计实现年产值5亿", 2024, "explicit", "tmsk2024", scope="project",
  status="target", qual="over", note=NT + "; 「以上」 is on the next line (hard wrap)")
G(d, p, "tax_profit", 5100 * W, "大晟项目全部投产后年税收", "年税收收入5100万元", 2024, "explicit", "tmsk2024", scope="project",
  status="target", note=NT)
NEGS(d, [
    ("占地约300亩", "area", None),
    ("带动就业1280人", "jobs", None),
    ("该项目占地200亩", "area", None),
    ("可带动就业240人", "jobs", None),
    ("首家印染项目", "ordinal", None),
    ("的第一批", "ordinal", None),
    ("此次集中投产的五大项目", "county batch (Chinese numeral)", "襄汾经开区"),
    ("四个项目开工建", "city batch (Chinese numeral); ceremony held in 哈密高新区北部新兴产业园", "哈密高新区"),
    ("5G智慧电力装备", "model name", None),
    ("于2023年7月正式揭牌成立", "date", None),
    ("“三个转变”", "slogan", None),
    ("总投资39.7亿元", "the platform's first batch (a city programme), not the host park's", "哈密高新区"),
    ("千亿级电力新能源产业集群", "city slogan target", None),
    ("百亿级现代装备制", "city slogan target", None),
    ("三百亿级新材料产业基地", "city slogan target", None),
    ("10 个项目集中签约", "county signing", None),
    ("总投资达 35.8", "county signing (「亿元」 on the next line)", None),
    ("“三个百亿”项目", "slogan", None),
    ("总投资达66.2亿元", "county batch (headline); ceremony held in 襄汾经济技术开发区", "襄汾经开区"),
    ("工业转型五大重点项目", "county batch", "襄汾经开区"),
    ("可实现年产值123亿元", "county batch forecast", "襄汾经开区"),
    ("年纳税5.9亿元", "county batch forecast", "襄汾经开区"),
    ("直接安排就业1140余人", "jobs", None),
    ("年产100万套芯片驱动LED模组", "capacity", None),
    ("已建成标准化厂房22.75万", "area (subject 襄汾县)", "襄汾经开区"),
    ("储备标准地1000亩", "area (subject 襄汾县)", "襄汾经开区"),
    ("用时6个月", "duration", None),
    ("仅用90天", "duration", None),
    ("由2023年10月的10%上升为35%", "change of a share", None),
])
ART(d, "图木舒克经济技术开发区签下纺织印染项目", "2024年1月2日,图木舒克经", "park", p, 2024)
ART(d, "豫哈零碳科技产业援疆平台重大项目集中开工", "4月18日上午,豫哈零碳科技", "city", None, 2024)
ART(d, "", "开工仪式现场。融媒体中心记者", "other", None, 2024)
ART(d, "岫岩县举行招商引资项目集中签约仪式", "7 月 22 日,岫岩县举行", "county", None, 2024)
ART(d, "总投资达66.2亿元,山西襄汾工业转型重点项目集中投产", "近日,襄汾县工业转型五大重点", "county", None, 2024)
ART(d, "", "园区周报 投稿邮箱", "ad", None, 2024)
PG.append(("al08", 2024, "masthead 「2024年8月20日 星期二」; 图木舒克 「2024年1月2日」 / 「2024年1月3日」 and 襄汾 「2023年10月」 (past) agree"))


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
        if not g["park_aliases"] and g["park"] != "安达经开区":
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
    keys = {}
    for r in gold:
        keys[(r["doc"], r["evidence"])] = 1
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
