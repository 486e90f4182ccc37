# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_au, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw / s2hk, full-width digits) by build.conv; every evidence is checked to be on the decoded page,
# inside one line (hard-wrapped pages: inside one wrapped line), at most 40 characters, and (for gold)
# unique on the page; titles, `first`, aliases and `duplicate_of` are checked too.
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
       "patent_count": "innovation", "talent_count": "talent"}
UNIT = {"investment": "CNY"}
U = {
 "shexian10": "https://m.yybnet.net/huangshan/xixian/201004/775321.html",
 "lingbi10": "http://m.stellalashacademy.com/anhui/info/169511.html",
 "gaomi": "http://ec-horse.com/yqxq/3471",
 "changchun10": "https://global.chinadaily.com.cn/dfpd/2010-06/13/content_9974366.htm",
 "shexian16": "https://healthgusto.com/gsxw-15.html",
 "donghai16": "http://m.chinacrane.net/news/201611/14/110151.html",
 "juxian13": "https://sd.cnipai.com/news/detail/35878.html",
 "zongyang13": "http://sinotex.cn/news/Html/fangzhidongtai/2013-6-28/66975",
 "zhucheng13": "http://atderrabatt.org/news/jujiao/201303/114327.html",
 "gaotang21": "https://hb.dzwww.com/p/7923261.html",
 "xiangshui21": "(stored page of the `pages` corpus with no address in the search answer: 响水日报 2021-03-01 「经济开发区—— 启动“加速”模式 项目提质增效」, on the site of 中共响水县委宣传部, www.jsxsxcw.gov.cn)",
 "suqian21": "http://www.sihfc.cn/news/10009111.html",
 "susong23": "https://big5.cri.cn/gate/big5/news.cri.cn/n/20230705/cb313a83-f282-9f88-86b6-b91d489af956.html",
 "tancheng23": "http://cn.chinaebr.com/zjly/show.php?itemid=3008",
 "siyang23": "http://m.homegarden-journal.com/news/folder1991/sy/2023/11/2023-11-04505290.html",
 "wuhe24": "https://finance.sina.com.cn/roll/2024-09-23/doc-incqcptv1914787.shtml",
 "xiangshui24": "https://www.ycnews.cn/xyxw/xiangshui/2024/08-22/71e4Jd9k.html",
 "shexian25": "https://www.ahshx.gov.cn/zxzx/bmdt/9279282.html",
 "gaotang25": "http://www.lcxw.cn/bumen/caijing/20250207/105806.html",
 "lingbi25": "http://ah.news.cn/20250127/89608495d8884e30bd14bcc5a5c560b8/c.html",
 "shexianxian25": "http://www.cntuoli.cn/hkcdweb/content/2025/02/13/content_8680330.html",
 "kushan25": "https://epaper.rznews.cn/shtml/rzrb/20250402/954395.shtml",
}
PARK = {  # park -> aliases as written (simplified; converted per page and kept where on the page)
 "歙县经开区": ["歙县经济开发区", "歙县经开区", "歙县开发区"],
 "灵璧经开区": ["安徽灵璧经济开发区", "灵璧经济开发区"],
 "高密经开区": ["高密经济开发区"],
 "莒县经开区": ["山东莒县经济技术开发区", "莒县经济开发区"],
 "高唐经开区": ["高唐县经济开发区", "高唐开发区"],
 "响水经开区": ["响水经济开发区"],
 "宿松经开区": ["宿松经开区"],
 "五河开发区": ["五河县开发区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None, value_low=None, sub_areas=None):
    if doc not in PAGES:      # page not built (drafts are added one page at a time)
        return
    cat = CAT[metric]
    aliases = []
    for a in PARK[park]:
        c = conv(doc, a)
        if c in PAGES[doc] and not any(c in b for b in aliases):
            aliases.append(c)
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


def NEG(doc, ev, why, not_park):
    if doc not in PAGES:
        return
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


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


# ---------------- au01 (GB18030; Markdown; masthead 2010; 歙县, 灵璧, 高密; 长春 city trap) ----------------
d = "au01"; p = "歙县经开区"
G(d, p, "project_count", 4, "集中开工重点项目", "久利二期4个重点项目集中开工", 2010, "page", "shexian10")
G(d, p, "project_count", 4, "集中开工重点项目（标题）", "四重点项目集中开工", 2010, "page", "shexian10",
  dup="久利二期4个重点项目集中开工", note="headline in a Chinese numeral repeats the body count")
G(d, p, "project_count", 4, "集中开工工业项目（复述）", "此次集体开工的4个工业项目", 2010, "page", "shexian10",
  dup="久利二期4个重点项目集中开工", note="the second body sentence names the same four projects again")
G(d, p, "investment_total", 1.23 * Y, "4个集中开工工业项目总投资", "总投资达1.23亿元", 2010, "page", "shexian10")
G(d, p, "project_count", 34, "投资500万元以上重点项目", "确定了34个投资500万元以上重点项目", 2010, "page", "shexian10",
  note="今年, 该县园区 = the county's 开发区 (the article's subject); 500万元 is the threshold, not a figure")
G(d, p, "project_count", 6, "新试投产项目（一季度）", "新试投产项目6个", 2010, "page", "shexian10")
G(d, p, "project_count", 10, "新开工项目（一季度）", "新开工项目达到10个", 2010, "page", "shexian10")
p = "灵璧经开区"; NT = "the sentence's only year (2010年上半年) dates the sales clause, not the 目前 counts: year from the article"
G(d, p, "project_count", 75, "入驻开发区各类项目", "入驻开发区各类项目共75个", 2010, "article", "lingbi10", note=NT)
G(d, p, "investment_total", 40 * Y, "入驻项目协议投资", "协议投资近40亿元", 2010, "article", "lingbi10", qual="nearly")
G(d, p, "project_count", 51, "投产项目", "投产项目51个", 2010, "article", "lingbi10")
p = "高密经开区"; NT = "no year in the box (目前, 建区以来): the page's 2010"
G(d, p, "project_count", 595, "累计批准进区项目", "累计批准进区项目595个", 2010, "page", "gaomi", note=NT)
G(d, p, "investment_total", 462 * Y, "累计批准进区项目总投资", "总投资462亿元", 2010, "page", "gaomi")
G(d, p, "enterprise_count", 19, "高新技术企业", "全区拥有高新技术企业19家", 2010, "page", "gaomi")
G(d, p, "enterprise_count", 40, "建立科研中心的企业", "已有40多家企业建立了科研中心", 2010, "page", "gaomi", qual="over")
G(d, p, "patent_count", 141, "企业拥有专利", "企业拥有专利141项", 2010, "page", "gaomi")
G(d, p, "output_value", 60 * Y, "年高新技术产值", "年高新技术产值达60亿元", 2010, "page", "gaomi")
for ev, why, np_ in [
    ("IJ地块", "plot code", None),
    ("占地总面积96亩", "area", "歙县经开区"),
    ("平均投资规模3000万元以上", "average per project", "歙县经开区"),
    ("投资500万元以上重点项目", "threshold inside a count phrase", "歙县经开区"),
    ("园区完成固定资产投资2.5亿元", "a quarter's (一季度) investment, not a year's: no investment_annual (see README)", "歙县经开区"),
    ("占年度计划的20%", "share", "歙县经开区"),
    ("其中基础设施投资1875万元", "component of the quarter's investment", "歙县经开区"),
    ("企业完成投资2.3亿元", "component of the quarter's investment", "歙县经开区"),
    ("人口24000余人", "population", "灵璧经开区"),
    ("总规划面积35km2", "area", "灵璧经开区"),
    ("已累计完成基础设施投资5亿元", "cumulative infrastructure spending since the start, not a year's investment", "灵璧经开区"),
    ("主干道24.5km", "length", None),
    ("建220kv变电站", "voltage", None),
    ("累计完成固定投入28.5亿元", "cumulative fixed investment, not a year's", "灵璧经开区"),
    ("实现销售收入10亿元", "sales revenue, no metric", "灵璧经开区"),
    ("财政收入5000万元", "fiscal revenue, no metric", "灵璧经开区"),
    ("解决9500人就业", "jobs", "灵璧经开区"),
    ("总面积8平方公里", "area", "高密经开区"),
    ("A区占地3.8平方公里", "area", "高密经开区"),
    ("100个亿元以上项目在长春高新技术产业开发区举行", "city programme; the used park is only the venue", "长春高新区"),
    ("3个产业带", "count of belts", None),
    ("集中启动100个亿元以上的项目", "city figure", None),
    ("总投资1127亿元", "city figure", None),
    ("其中高新区23个项目", "a used park's share inside a city total (no gold for used parks)", "长春高新区"),
    ("经开区18个项目", "a used park's share inside a city total", "长春经开区"),
    ("净月区25个项目", "a used park's share inside a city total", "净月高新区"),
    ("二道区10个项目", "district share", None),
    ("双阳区13个项目", "district share", None),
    ("九台市11个项目", "city share", None),
    ("超大项目有18个", "city figure", None),
    ("总投资822亿元", "city figure", None),
    ("工业36个", "city breakdown", None),
    ("0559-6512 388", "phone number", None),
    ("2010年7月16日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "歙县园区建设提速增效 四重点项目集中开工", "本报讯 4月18日上午，歙县", "park", "歙县经开区", 2010)
ART(d, "园区名片｜安徽灵璧经济开发区", "安徽灵璧经济开发区是经省政", "park", "灵璧经开区", 2010)
ART(d, "", "图为灵璧经济开发区南部工业", "other", None, 2010)
ART(d, "园区档案｜高密经济开发区", "经济开发区建区以来，累计批", "park", "高密经开区", 2010)
ART(d, "长春亿元以上项目集中开工", "6月11日上午，2010年长春", "city", None, 2010)
ART(d, "", "【广告】徽州园区标准厂房招租", "ad", None, 2010)
PG.append(("au01", 2010, "masthead 「2010年7月16日 星期五 · 第3版」; the 长春 lead 「2010年长春市…」 and the 灵璧 box's 「2010年上半年」 are that year; the 歙县 dateline 4月18日 has no year"))

# ---------------- au02 (UTF-16; plain headings; 2016; 歙县 party meeting; 东海 county trap) ----------------
d = "au02"; p = "歙县经开区"; NT = "counts of those honoured at the park's meeting (受表彰): kept with the honour in `subject`"
G(d, p, "party_org_count", 5, "受表彰先进党支部", "宣读了5个先进党支部", 2016, "page", "shexian16", note=NT)
G(d, p, "party_member_count", 11, "受表彰优秀共产党员", "11名优秀共产党员", 2016, "page", "shexian16", note=NT)
G(d, p, "talent_count", 15, "受表彰优秀人才", "15名优秀人才", 2016, "page", "shexian16", note=NT)
G(d, p, "output_value", 260 * Y, "园区企业产值（到2020年目标）", "园区企业产值、上缴税收分别达260亿元", 2020, "explicit", "shexian16", status="target")
G(d, p, "tax_profit", 5.5 * Y, "园区企业上缴税收（到2020年目标）", "分别达260亿元、5.5亿元", 2020, "explicit", "shexian16", status="target")
for ev, why, np_ in [
    ("近300人参加大会", "attendance", "歙县经开区"),
    ("庆祝建党95周年暨表彰大会", "anniversary", None),
    ("歙县第十四次代表大会", "ordinal", None),
    ("5名优秀党务工作者", "honoured party workers: no SPEC metric (not a 党员 count as written)", "歙县经开区"),
    ("3个党管武装工作先进单位", "honoured units, no metric", "歙县经开区"),
    ("3个人才工作先进单位", "honoured units, no metric", "歙县经开区"),
    ("总投资11亿元的8个项目集中签约", "county signing (东海县), not the 东海高新区 where the base signed", "东海高新区"),
    ("总投资6亿元的3个项目签约", "county signing", "东海高新区"),
    ("总投资17亿元的6个项目签约", "county signing", "东海高新区"),
    ("东海第四季度三场恳谈会签约", "county headline (三场 = meetings)", None),
    ("将硅工业培育成千亿产业", "county slogan target", None),
    ("yqdj2016@163.com", "e-mail", None),
    ("0559-6530 271", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "歙县经济开发区召开大会庆祝建党95周年", "本报讯 6月26日上午，开发区", "park", "歙县经开区", 2016,
    note="引题 「回眸七一」, 副题 「表彰先进党支部、优秀共产党员和优秀人才」; the body says only 开发区")
ART(d, "东海第四季度三场恳谈会签约", "11月12日上午，连云港国家高新", "county", None, 2016)
ART(d, "", "图为歙县经济开发区表彰大会现场", "other", None, 2016)
ART(d, "", "本版邮箱 yqdj2016@163.com", "ad", None, 2016)
PG.append(("au02", 2016, "masthead 「2016年11月18日 星期五」; the 歙县 story (回眸七一, 6月26日, 建党95周年) and the 东海 datelines 11月12日 / 9月24日 carry no year of their own"))

# ---------------- au03 (UTF-8; s2tw with 「」; hard wrap 30; 2013; 莒县 county story with its 开发区's projects; 诸城 brief) -----
d = "au03"; p = "莒县经开区"; NT = "a county story: the sentence's own subject is the 开发区's building site, the projects are in it"
G(d, p, "investment_total", 3.3 * Y, "鼎昌集团海洋风电塔项目", "3.3亿元的鼎昌集团海洋风电塔项目", 2013, "page", "juxian13", scope="project", note=NT)
G(d, p, "investment_total", 1.2 * Y, "长运公司带式输送机滚筒自动生产线项目", "投资1.2亿元的长运公司", 2013, "page", "juxian13", scope="project")
G(d, p, "investment_total", 12.8 * Y, "金禾博源柠檬酸综合节能项目", "投资12.8亿元的金禾博", 2013, "page", "juxian13", scope="project")
for ev, why, np_ in [
    ("年产1.3万吨", "capacity", None),
    ("10月份将投产", "date", None),
    ("明年5月份", "date", None),
    ("全省134家省级开发区中列第62位", "ranking", "莒县经开区"),
    ("依托206国道", "road number", None),
    ("旅游大道3条轴线", "count of axes", None),
    ("东莞产业聚集区8个园区", "count of the county's parks", None),
    ("一批投资过亿元项", "threshold, no figure", "海右经开区"),
    ("莒县3个相对独立的", "count of clusters", "海右经开区"),
    ("等46个总投资389亿元的重点项目", "city figure (诸城市)", None),
    ("107亿元", "city annual plan", None),
    ("农业等领域的项目28个，总投资约314亿元", "city breakdown", None),
    ("总投资约71亿元", "city breakdown", None),
    ("民生保障项目3个", "city breakdown", None),
    ("0633-6221 590", "phone number", None),
    ("2013年9月27日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "山东莒县建“三轴八区”产业框架拉动经济增长", "8月22日，山东莒县经济技术开", "county", None, 2013, parks=["莒县经开区"],
    note="headline and the 「这只是莒县…缩影」 paragraph make it the county's story; its lead paragraph is the 开发区's site")
ART(d, "【简讯】", "● 3月18日，诸城市", "city", None, 2013)
ART(d, "", "图为莒县经济开发区一处在建", "other", None, 2013)
ART(d, "", "订阅热线 0633-6221 590", "ad", None, 2013)
PG.append(("au03", 2013, "masthead 「2013年9月27日 星期五」; the datelines 8月22日 / 3月18日 and 去年 / 明年 carry no year of their own"))

# ---------------- au04 (UTF-8 BOM + CRLF; full-width digits; no masthead year; 高唐, 响水; 宿迁 city table) ----------------
d = "au04"; p = "高唐经开区"
G(d, p, "investment_total", 10 * Y, "弗兰卡年产350万套高端汽车装备及零部件项目", "该项目总投资10亿元", 2021, "article", "gaotang21", scope="project",
  note="2021 is in the article's own sentence 「奏响了2021年开发区重点项目…的序曲」")
G(d, p, "project_count", 4, "在建亿元以上重点项目", "全区在建亿元以上重点项目4个", 2021, "article", "gaotang21")
G(d, p, "project_count", 2, "在建5000万元以上项目", "5000万元以上项目2个", 2021, "article", "gaotang21")
p = "响水经开区"
G(d, p, "investment_total", 2 * Y, "食品产业园费氏项目", "该项目总投资2亿元", 2021, "page", "xiangshui21", scope="project")
G(d, p, "tax_profit", 700 * W, "费氏项目投产后年税收", "税收700万元以上", 2021, "page", "xiangshui21", scope="project", status="target", qual="over")
G(d, p, "investment_total", 3 * Y, "唯新食品项目", "总投资3亿元的唯新食品", 2021, "page", "xiangshui21", scope="project")
G(d, p, "investment_total", 1 * Y, "云舟电器项目", "1亿元的云舟电器", 2021, "page", "xiangshui21", scope="project")
G(d, p, "investment_total", 1 * Y, "海石电子项目", "1亿元的海石电子", 2021, "page", "xiangshui21", scope="project")
G(d, p, "project_count", 3, "近期开工建设项目", "海石电子3个项目", 2021, "page", "xiangshui21", status="target",
  note="也将于近期开工建设: a count of planned starts, so target; the three amounts are the projects' own totals (actual)")
for ev, why, np_ in [
    ("年产350万套", "capacity", None),
    ("占地369亩", "area", "高唐经开区"),
    ("总建筑面积25万㎡", "area", None),
    ("各类生产设备316台", "equipment count", None),
    ("国宏3万吨", "capacity", None),
    ("利泰纺织五万纱锭", "capacity", None),
    ("占全部项目比重66.7%", "share", "高唐经开区"),
    ("占地85亩", "area", "响水经开区"),
    ("新建厂房6万平方米", "area", None),
    ("设备投入5000万元", "equipment component of the project's total", "响水经开区"),
    ("新上8条肉松烘焙", "production lines", None),
    ("年开票销售收入2亿元以上", "sales revenue, no metric", "响水经开区"),
    ("不少于500个", "jobs", "响水经开区"),
    ("本次集中开工项目共71个", "city figure", None),
    ("计划总投资977.5亿元", "city figure", None),
    ("年度计划投资516.1亿元", "city annual plan", None),
    ("| 沭阳县 | 13个 | 87.7亿元 |", "county table row", None),
    ("| 泗阳县 | 15个 | 133亿元 |", "county table row", None),
    ("| 泗洪县 | 15个 | 102.5亿元 |", "county table row", None),
    ("| 宿迁经济技术开发区 | 4个 | 38.2亿元 |", "a used park's row in a city table (no gold for used parks)", "宿迁经开区"),
    ("| 苏宿工业园区 | 6个 | 16.5亿元 |", "a used park's row in a city table", "苏宿工业园区"),
    ("平均投资达到13.8亿元", "average", None),
    ("有60个是制造业项目", "city breakdown", None),
    ("计划总投资918亿元", "city breakdown", None),
    ("0635-3926 118", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "高唐开发区：人勤春来早 项目开工忙", "大众网·海报新闻记者李鹏", "park", "高唐经开区", 2021)
ART(d, "响水经济开发区——启动“加速”模式 项目提质增效", "本报讯（通讯员 张焕荣）", "park", "响水经开区", 2021)
ART(d, "宿迁重大产业项目集中开工", "2月26日上午，宿迁举行", "city", None, 2021)
ART(d, "", "广告　鲁西北园区标准厂房", "ad", None, 2021)
PG.append(("au04", 2021, "no masthead year (「园区经济 第5版 / 3月2日 星期二」); 2021 from 「2021年开发区重点项目」 (高唐) and 「2021年全市重大产业项目」 (宿迁); the 响水 story (连日来, 春节后) has no year of its own"))

# ---------------- au05 (GB18030; s2hk with 「」; Markdown; 2023; 宿松 in a county-framed story; 郯城 / 泗阳 county traps) ------
d = "au05"; p = "宿松经开区"; NT = "「2022年以来」: counted from 2022 to the report (mid-2023); the year named is 2022"
G(d, p, "project_count", 30, "2022年以来引进亿元以上项目", "宿松经开区引进亿元以上项目30个", 2022, "explicit", "susong23", note=NT)
G(d, p, "investment_total", 168.93 * Y, "2022年以来引进亿元以上项目合同约定投资", "合同约定投资168.93亿元", 2022, "explicit", "susong23")
G(d, p, "project_count", 17, "其中从长三角地区引进项目", "从长三角地区引进项目17个", 2022, "explicit", "susong23")
G(d, p, "investment_total", 109.85 * Y, "长三角地区引进项目总投资", "总投资109.85亿元", 2022, "explicit", "susong23")
G(d, p, "investment_total", 20 * Y, "中信博光伏配套产业园项目", "投资20亿元在宿松经开区建设", 2021, "explicit", "susong23", scope="project")
G(d, p, "investment_total", 5.8 * Y, "汽摩配产业园项目（乐清经开区推荐）", "投资5.8亿元的汽摩配产业园项目", 2023, "page", "susong23", scope="project",
  note="recommended by 乐清经开区 but built in 宿松经开区: 宿松's figure")
for ev, why, np_ in [
    ("项目占比超5成", "share (headline)", "宿松经开区"),
    ("占比57%", "share", "宿松经开区"),
    ("占比65%", "share", "宿松经开区"),
    ("仅用10个月时间", "duration", None),
    ("至少1次", "frequency", None),
    ("选派2名工作人员", "staff", "宿松经开区"),
    ("去年10月建成投产", "date", None),
    ("共签约项目26个", "county figure (郯城县)", None),
    ("总投资156亿元", "county figure", None),
    ("过50亿元项目1个", "county breakdown by threshold", None),
    ("过20亿元项目2个", "county breakdown", None),
    ("过亿元项目22个", "county breakdown", None),
    ("3个主会场以及15个分会场", "venues", None),
    ("开工建设54个项目", "county figure", None),
    ("总投资157.8亿元", "county figure", None),
    ("年度计划投资65.3亿元", "county annual plan", None),
    ("其中工业类项目32个", "county breakdown", None),
    ("基础设施项目10个", "county breakdown", None),
    ("社会事业项目5个", "county breakdown", None),
    ("其他项目7个", "county breakdown", None),
    ("泗阳县18个重大产业项目集中开工", "county headline; the 开发区's party secretary only presides", "泗阳经开区"),
    ("本次集中开工18个项目", "county figure", "泗阳经开区"),
    ("计划总投资达226.18亿元", "county figure", "泗阳经开区"),
    ("2023年11月份", "date", None),
    ("0556-7812 033", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "安庆宿松招引长三角地区亿元以上项目占比超5成", "加大招商力度、推动产业集聚", "county", None, 2023, parks=["宿松经开区"],
    note="headline and lead are the county's (安庆市宿松县…); the figures' own subject is 宿松经开区")
ART(d, "郯城县“双招双引”春季集中签约和重点项目集中开工", "2月6日，郯城县2023年", "county", None, 2023)
ART(d, "泗阳县18个重大产业项目集中开工", "11月1日，泗阳县举行2023", "county", None, 2023)
ART(d, "", "【广告】皖江光伏配套产业招商", "ad", None, 2023)
PG.append(("au05", 2023, "masthead 「2023年11月10日 星期五」; 郯城 「2023年“双招双引”」 and 泗阳 「2023年11月份」 agree; the 宿松 story names 2021 and 2022 for its own figures"))

# ---------------- au06 (UTF-8; plain short-line headings; 2024; 五河 county story with its 开发区's figures; 响水 county trap) ------
d = "au06"; p = "五河开发区"; NT = "a county story; the sentence's own subject is 五河县开发区"
G(d, p, "enterprise_count", 120, "纺织服装企业", "五河县开发区现有纺织服装企业120余家", 2024, "article", "wuhe24", qual="over", note=NT)
G(d, p, "enterprise_count", 54, "规模以上纺织服装企业", "其中规模以上纺织服装企业54家", 2024, "article", "wuhe24")
G(d, p, "output_value", 21.3 * Y, "1-7月规上纺织服装企业工业总产值", "规上纺织服装企业完成工业总产值21.3亿元", 2024, "explicit", "wuhe24")
G(d, p, "tax_profit", 3480 * W, "1-6月规上纺织服装企业入库税收", "实现入库税收3480万元", 2024, "explicit", "wuhe24",
  note="same sentence as 「2024年1-7月份」 (after the ；)")
for ev, why, np_ in [
    ("三大举措", "count of measures", None),
    ("年产24万锭棉纺", "capacity", "五河开发区"),
    ("4万锭毛纺", "capacity", None),
    ("28亿米化纤布", "capacity", None),
    ("4000万套各类服饰", "capacity", None),
    ("1.5亿套家纺", "capacity", None),
    ("五河全县签约纺织服装企业4家", "county figure (全县)", "五河开发区"),
    ("总投资5.3亿元", "county figure", "五河开发区"),
    ("共开工3个项目", "county figure (响水县)", None),
    ("总投资21.6亿元", "county figure", None),
    ("总投资10.6亿元的东南大学响水科创产业园", "a county project named 产业园; no park of its own", "东南大学响水科创产业园"),
    ("可入驻50家科创企业", "planned capacity of a project", "东南大学响水科创产业园"),
    ("总投资10亿元的辰霏体育用品生产项目", "county project", None),
    ("开票销售不低于5亿元", "sales target of a company, no metric", None),
    ("0552-5022 186", "phone number", None),
    ("2024年9月27日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "安徽五河县打造纺织服装产业集群", "中新网安徽新闻9月23日电", "county", None, 2024, parks=["五河开发区"],
    note="引题 「建平台、聚合力、拓渠道」")
ART(d, "响水高质量发展项目开工", "8月20日，响水县举办高质量", "county", None, 2024)
ART(d, "", "● 园区服务 纺织服装企业用工", "ad", None, 2024)
PG.append(("au06", 2024, "masthead 「2024年9月27日 星期五」; the 五河 story names 2024年1-7月份; the 响水 dateline 8月20日 has no year"))

# ---------------- au07 (UTF-8 BOM + CRLF; s2tw with 「」; hard wrap; 2025; 歙县, 高唐; 【县域】 briefs) ----------------
d = "au07"; p = "歙县经开区"
G(d, p, "enterprise_count", 5, "屋顶光伏项目2月开工的企业", "等5家企业光伏项目同步2月开工", 2025, "page", "shexian25",
  note="borderline: 5家企业 whose rooftop PV projects started; kept as enterprise_count with that subject")
G(d, p, "project_count", 11, "在建光伏项目", "已有11个光伏项目", 2025, "page", "shexian25")
G(d, p, "project_count", 3, "签约亿元级项目", "3个亿元级项目，协议投资额", 2025, "page", "shexian25")
G(d, p, "investment_total", 5 * Y, "签约亿元级项目协议投资额", "协议投资额近5亿元", 2025, "page", "shexian25", qual="nearly")
G(d, p, "project_count", 56, "全生命周期管理的重点项目", "机制，对56", 2025, "page", "shexian25")
p = "高唐经开区"
G(d, p, "project_count", 15, "全面开工的重点项目", "已有15个重点项目全面开工", 2025, "page", "gaotang25")
for ev, why, np_ in [
    ("同比增幅突破15%", "growth rate", "歙县经开区"),
    ("至少提升20%", "efficiency gain", None),
    ("节能降耗5%以上", "saving rate", None),
    ("容量超20MW", "capacity", "歙县经开区"),
    ("超30万平方米", "area", None),
    ("接近2万吨", "emission cut", None),
    ("已有两个车间完成基础工程", "count of workshops", "高唐经开区"),
    ("2024年山东省重大项目", "the project's listing year, no figure", "高唐经开区"),
    ("地面积101亩", "area", "高唐经开区"),
    ("此次集中开工的18个重点项目", "county figure (灵璧县)", "灵璧经开区"),
    ("总投资40.5亿元", "county figure", "灵璧经开区"),
    ("工业投资增长66.6%", "growth rate", None),
    ("全县190户规上工业企业全面复工", "county figure (歙县 county, not its 开发区)", "歙县经开区"),
    ("达100%", "rate, no metric", None),
    ("谋划重点工业项目53个", "county figure", "歙县经开区"),
    ("总投资97.32亿元", "county figure", "歙县经开区"),
    ("完成投资28.99亿元", "county annual plan", "歙县经开区"),
    ("年产8000吨", "capacity", None),
    ("此次签约的五个项目全部过亿元", "township figure (库山乡)", None),
    ("总投资额达10亿元", "township figure", None),
    ("实现税收2000余万元", "township projects' tax target", None),
    ("2025年4月8日", "masthead date", None),
]:
    NEG(d, ev, why, np_)
ART(d, "歙县开发区：夺取项目投资建设首期“开门红”", "战鼓催征马蹄疾，春潮激荡战", "park", "歙县经开区", 2025)
ART(d, "高唐开发区重点项目全面开工", "本报讯 2月5日，在高唐开发", "park", "高唐经开区", 2025)
ART(d, "【县域】", "● 1月26日，灵璧县举行", "county", None, 2025)
ART(d, "", "● 歙县：截至2月12日，全县", "county", None, 2025)
ART(d, "", "● 近日，莒县库山乡举行", "other", None, 2025, note="a township (乡) signing")
ART(d, "", "图为歙县经济开发区屋顶光伏", "other", None, 2025)
PG.append(("au07", 2025, "masthead 「2025年4月8日 星期二」; the 灵璧 brief's 「2025年第一季度」 and the 歙县 brief's 「计划2025年」 agree; the two park stories carry no year of their own"))


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
    gk = {(g["doc"], g["evidence"]) for g in gold}
    for x in N:
        if (x["doc"], x["evidence"]) in gk:
            print("BOTH GOLD AND NEG", x["doc"], x["evidence"]); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        if not g["park_aliases"]:
            print("NO ALIAS", g["doc"], g["park"]); bad += 1
        if g.get("duplicate_of") and not any(h["doc"] == g["doc"] and h["evidence"] == g["duplicate_of"] for h in gold):
            print("DUP TARGET MISSING", g["doc"], g["duplicate_of"]); bad += 1
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
