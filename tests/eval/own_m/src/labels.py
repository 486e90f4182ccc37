# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl, encodings.json (run: python3 src/labels.py from tests/eval/own_m)
# Labels are read from the Chinese of the pages against shared/SPEC.md and shared/eval/FORMAT.md; the ETL was not run.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build import trad, fullwidth

base = pathlib.Path(__file__).resolve().parent.parent


def T(doc, s):
    if s is None:
        return None
    if doc == "m04.txt":
        return trad(s)
    if doc == "m06.txt":
        return fullwidth(s)
    return s


gold, negs, arts, pages = [], [], [], []


def G(doc, park, aliases, cat, metric, value, unit, q, subject, scope, year, ys, ev, src,
      status="actual", frm=None, dup=None, sub=None, note=None, borderline=False, low=None):
    r = dict(doc=doc, park=park, park_aliases=[T(doc, a) for a in aliases], sub_areas=[T(doc, s) for s in (sub or [])],
             category=cat, metric=metric, value=value, unit=unit, qualifier=q, from_value=frm, value_low=low,
             subject=subject, scope=scope, status=status, year=year, year_source=ys, evidence=T(doc, ev), source_url=src)
    if dup:
        r["duplicate_of"] = T(doc, dup)
    if note:
        r["note"] = note
    if borderline:
        r["borderline"] = True
    gold.append(r)


def N(doc, ev, why, np=None):
    negs.append(dict(doc=doc, evidence=T(doc, ev), why=why, not_park=np))


def A(doc, i, title, first, kind, park, year, parks=None):
    r = dict(doc=doc, index=i, title=T(doc, title), first=T(doc, first), kind=kind, park=park, year=year)
    if parks:
        r["parks"] = parks
    arts.append(r)


def P(doc, year, clue):
    pages.append(dict(doc=doc, year=year, clue=clue))


# ---------------------------------------------------------------- m01 (UTF-8, plain headings, 2012)
d = "m01.txt"
s12 = "http://m.6868980.com/news/Html/fangzhidongtai/2012-6-6/akesufangzhigongyechengchengweichanyezhuanyishidianyuanqu"
s10 = "http://www.jiyikeji.com/polymernews/2010-7-28/_2010728114125840.htm"
AK = "阿克苏纺织工业城"
al = ["阿克苏纺织工业城", "新疆阿克苏纺织工业城"]
G(d, AK, al, "investment", "output_value", 1.67e9, "CNY", "exact", "工业总产值（副题，去年）", "park", 2011, "page",
  "去年实现工业总产值16.7亿元", s12, dup="（开发区）实现工业总产值16.7亿元", note="副题 repeats the body figure; 去年 = page year 2012 − 1")
G(d, AK, al, "investment", "output_value", 1.67e9, "CNY", "exact", "工业总产值", "park", 2011, "explicit",
  "（开发区）实现工业总产值16.7亿元", s12)
G(d, AK, al, "enterprises", "enterprise_count", 6, "count", "exact", "建成投产的棉纺企业", "park", 2011, "article",
  "6家棉纺企业共建成投产", s12, note="after the ； of the 2011年 sentence: the year comes from that other sentence")
G(d, AK, al, "enterprises", "enterprise_count", 12, "count", "exact", "今年新增入园企业", "park", 2012, "page", "今年新增企业12家", s12)
G(d, AK, al, "enterprises", "enterprise_count", 75, "count", "exact", "累计入园企业", "park", 2012, "page", "累计入园企业已达75家", s12)
G(d, AK, al, "investment", "investment_total", 2.8e10, "CNY", "exact", "一期300万锭棉纺产能预计总投资", "park", 2010, "article",
  "预计总投资280亿元", s10, status="target", borderline=True,
  note="phase 1 (前5年) of a 2010 plan; no year in the sentence, the box is dated 2010 by its heading and 2010至2020年")
G(d, AK, al, "investment", "investment_total", 1e10, "CNY", "about", "其中基础设施投资", "park", 2010, "article",
  "其中基础设施投资约100亿元", s10, status="target", note="其中 breakdown of the 280亿元")
G(d, AK, al, "investment", "output_value", 1e11, "CNY", "over", "二期建成后年产值", "park", 2020, "article",
  "届时预计年产值将超过1000亿元", s10, status="target", borderline=True, note="届时 = end of phase 2, 2020 by 2010至2020年 in the box")
G(d, AK, al, "investment", "tax_profit", 2e10, "CNY", "over", "二期建成后利税", "park", 2020, "article",
  "实现利税200亿元以上", s10, status="target", borderline=True)
N(d, "总体规划面积为60平方公里", "area", AK)
N(d, "规划产能600万锭", "capacity in spindles", AK)
N(d, "到十二五末达到300万锭的棉纺规模", "capacity target in spindles, no metric", AK)
N(d, "同比增长135%", "growth rate", AK)
N(d, "实现工业增加值4.2亿元", "value added is no metric", AK)
N(d, "累计完成固定资产投资17.4亿元", "cumulative completed investment since the park began, not a year's investment nor a project total", AK)
N(d, "45万锭纺织规模", "capacity", AK)
N(d, "实现劳动力就业7000多人", "jobs", AK)
N(d, "规划面积约54平方公里", "area", AK)
N(d, "2010至2020年完成600万锭纺织总规模", "period and capacity", AK)
N(d, "前5年实施一期300万锭棉纺产能", "capacity", AK)
N(d, "超过20万人", "workers and commuters", AK)
N(d, "“两城七园一中心”", "slogan", AK)
N(d, "十大功能区", "count of zones, no metric", AK)
N(d, "霍尔果斯经济开发区面积约73平方公里", "area", "霍尔果斯经开区")
N(d, "中哈霍尔果斯国际边境合作中心13.16平方公里", "area", "霍尔果斯经开区")
N(d, "实现地方财政收入1414万元", "fiscal revenue is no metric", "霍尔果斯经开区")
N(d, "过货贸易额15.13亿美元", "trade value, not investment", "霍尔果斯经开区")
N(d, "实现过货量238.05万吨", "freight volume", "霍尔果斯经开区")
N(d, "进出境人员10万人次", "person-times", "霍尔果斯经开区")
N(d, "实行“一区三园”模式", "slogan / number of sub-parks, no metric", "霍尔果斯经开区")
N(d, "建立了非公有制经济党组织27个", "奎屯市 (city) party organisations")
N(d, "工会组织20个", "奎屯市 (city) unions")
N(d, "团组织66个", "youth-league organisations of a city")
N(d, "妇女组织348个", "women's organisations of a city")
N(d, "单独建立党组织2个", "奎屯市 (city)")
N(d, "联合建立党组织3个", "奎屯市 (city)")
N(d, "427家非公企业纳入所在地社区党组织", "奎屯市 (city) enterprises")
N(d, "等6家非公经济党组织的负责人", "attending organisations")
N(d, "第20次党建工作研讨会", "ordinal", "青岛经开区")
N(d, "141家国家级开发区党工委书记", "national count of zones / attendees; the meeting was only held in 青岛开发区", "青岛经开区")
N(d, "共约300人", "attendees", "青岛经开区")
N(d, "目前全国141个国家级经济技术开发区", "national count", "青岛经开区")
N(d, "经过28年发展", "duration")
N(d, "0997-2251888", "a phone number", AK)
A(d, 0, "阿克苏纺织工业城成为产业转移试点园区", "本报讯 近日，新疆阿克苏纺织", "park", AK, 2012)
A(d, 1, "链接：2010年规划评审时的设想", "阿克苏纺织工业城，规划面积", "park", AK, 2010)
A(d, 2, "", "图为阿克苏纺织工业城一家棉", "other", None, 2012)
A(d, 3, "霍尔果斯经济开发区实行“一区三园”模式", "天山网讯（通讯员杨继宏报道", "park", "霍尔果斯经开区", 2012)
A(d, 4, "奎屯：非公党组织实现全覆盖", "8月28日，伊犁州非公有制经", "city", None, 2012)
A(d, 5, "国家级开发区党建工作研讨会在青岛开发区举行", "新华社青岛7月4日电（记者苏", "national", None, 2012)
A(d, 6, "", "标准厂房招租 阿克苏纺织工业", "ad", None, 2012)
P(d, 2012, "masthead 「西部园区周刊 · 第3版 · 2012年8月31日 星期五」; 阿克苏 figures dated 2011年 / 今年 / 去年; the 链接 box is dated 2010 by its heading")

# ---------------------------------------------------------------- m02 (GB18030, simplified, Markdown, 2014 旧闻)
d = "m02.txt"
s07 = "http://news.sina.com.cn/s/2007-10-10/104912701058s.shtml"
s12a = "https://xw.qianzhan.com/regieconomy/detail/197/20120121-7535168db6802cde.html"
s12b = "http://02boy.com/news/201207/02/54441.html"
s13 = "http://800voicemailstore.com/newsxx,18893.html"
sjq = "https://www.bjzgh.org/ywdt/gqdt/tz/201305/20130517/j_2013051712000000015849496064842627.html"
shd = "https://soolun.net/periodical/4e10b1735eb334b94db366d5ab7ea159.html"
BT = "包头装备制造产业园区"
bal = ["包头装备制造产业园区"]
G(d, BT, bal, "enterprises", "enterprise_count", 76, "count", "exact", "装备制造业企业", "park", 2007, "article", "园区共有各类装备制造业企业76户", s07)
G(d, BT, bal, "investment", "output_value", 8.8e9, "CNY", "exact", "上半年产值", "park", 2007, "article", "今年上半年，园区实现产值88亿元", s07,
  note="half-year 产值; 今年 = the 2007 dateline of the item")
G(d, BT, bal, "investment", "investment_total", 2.5e9, "CNY", "exact", "高压锅炉管等续建项目总投资", "park", 2007, "article", "总投资25亿元的高压锅炉管", s07)
G(d, BT, bal, "investment", "investment_total", 1.68e9, "CNY", "exact", "北奔车桥扩能等3个入驻合资项目总投资", "park", 2007, "article",
  "总投资十六亿八千万元", s07, note="Chinese numerals 十六亿八千万元")
G(d, BT, bal, "projects", "project_count", 3, "count", "exact", "先后入驻的合资项目", "park", 2007, "article", "3个项目厂房等基础设施", s07)
G(d, BT, bal, "investment", "output_value", 8.5e10, "CNY", "exact", "园区2012年工业总产值目标", "park", 2012, "explicit",
  "工业总产值达到850亿元", s12a, status="target", note="a 青山区 (district) story; the sentence's own subject is 园区 = 包头装备制造产业园区")
for v, ev, subj in [(219, "集聚了配套企业219户", "重型汽车装备产业配套企业"), (65, "光伏发电产业链配套企业65户", "光伏发电产业链配套企业"),
                    (35, "聚集配套企业35户", "铁路装备产业配套企业"), (46, "带动46户企业上规模", "综采装备产业企业"),
                    (86, "集聚了86户配套企业", "机电装备产业配套企业")]:
    G(d, BT, bal, "enterprises", "enterprise_count", v, "count", "exact", subj, "park", 2013, "article", ev, s13,
      note="the item's lead dates it 2013年", borderline=(v == 46))
JQ = "金桥产业园"
jal = ["金桥产业园", "金桥产业园区", "联东U谷金桥产业园"]
jsub = ["联东U谷园", "联东U谷东区"]
G(d, JQ, jal, "enterprises", "enterprise_count", 369, "count", "exact", "联东U谷园企业", "park", 2013, "article", "园区内369家企业的6000名职工", sjq, sub=jsub)
G(d, JQ, jal, "enterprises", "enterprise_count", 369, "count", "exact", "联东U谷园入驻企业", "park", 2013, "article", "目前已达369家", sjq, sub=jsub,
  dup="园区内369家企业的6000名职工")
G(d, JQ, jal, "party", "union_count", 2, "count", "exact", "联合工会", "park", 2013, "article", "两家联合工会已覆盖企业", sjq, sub=jsub, note="Chinese numeral 两家")
G(d, JQ, jal, "party", "union_member_count", 600, "count", "exact", "新发展工会会员", "park", 2013, "article", "新发展会员600人", sjq, sub=jsub,
  borderline=True, note="newly recruited members, not the stock of members")
N(d, "总规划面积26平方公里", "area", BT)
N(d, "产业集聚率已达82%点多", "a share", BT)
N(d, "从业人员5万多人", "workers", BT)
N(d, "一百四十二亿四千九百万元", "销售收入 (sales) is no metric", BT)
N(d, "四十二亿七千五百万元", "增加值 is no metric", BT)
N(d, "销售收入73亿元", "sales revenue is no metric", BT)
N(d, "2兆瓦风力发电设备", "equipment rating", BT)
N(d, "07年包头市青山区", "a date")
N(d, "6大主导产业", "a number of industries, no metric", BT)
N(d, "特种原材料5个产业", "a number of industries", BT)
N(d, "在明年打造成千亿元级别的产业园区", "a class label (千亿元级别), not a figure", BT)
N(d, "4个晋升自治区级的工业园区进入", "包头市 (city) count of parks, no metric", BT)
N(d, "1个晋升国家级经济技术开发区的工业园区", "包头市 (city) count of parks", BT)
N(d, "全市10个工业园区（开发区）中", "包头市 (city) count of parks", BT)
N(d, "仅有1个国家级产业开发区和4个自治区级工业园区", "包头市 (city) counts of parks", BT)
N(d, "3个晋升国家级经济技术开发区的工业园区", "包头市 (city) count of parks (包头装备产业园区 among them)", BT)
N(d, "预计营业总收入首次超过千亿元", "营业收入 is no metric", BT)
N(d, "六大主导产业集群", "a number of clusters", BT)
N(d, "北奔重汽10万辆重型车辆", "production capacity", BT)
N(d, "中国重汽3万台各类专用车", "production capacity", BT)
N(d, "华锐风电1000台1.5兆瓦风电机组", "capacity / model rating", BT)
N(d, "200台3兆瓦风电机组", "capacity", BT)
N(d, "150兆瓦太阳能电池板组件", "capacity", BT)
N(d, "14000台风光互补供电系统", "capacity", BT)
N(d, "北方创业4000辆敞车", "capacity", BT)
N(d, "“双百亿工程”", "programme name", BT)
N(d, "园区内3家企业相继建立基层联合工会", "enterprises that set up unions; the union count is given as 两家联合工会", JQ)
N(d, "在这3家企业进行了发展会员工作", "enterprises visited for recruiting", JQ)
N(d, "覆盖企业105家", "enterprises covered by the unions, not the park's enterprises", JQ)
N(d, "职工近6000人", "workers", JQ)
N(d, "非公企业有7085个", "海淀区 (district) enterprises, 2002", "中关村")
N(d, "6259个暂不具备建立党组织条件的非公企业", "海淀区 (district)", "中关村")
N(d, "选派了1481名党建工作联络员", "海淀区 (district) liaison staff, not party members", "中关村")
A(d, 0, "## 包头装备制造产业园区初具规模", "（2007年10月10日 中国广播网", "park", BT, 2007)
A(d, 1, "## 青山区全力打造中西部装备制造业基地", "（2012年1月21日）近年来包", "district", None, 2012, parks=[BT])
A(d, 2, "## 包头市工业园区上档升级取得突破", "（2012年7月2日）自市经信委", "city", None, 2012)
A(d, 3, "## 千亿园区的六大产业集群", "作为自治区“双百亿工程”重点", "park", BT, 2013)
A(d, 4, "## 联东U谷园成立工会联合会", "（2013年5月17日 北京市总工", "park", JQ, 2013)
A(d, 5, "## 海淀区为非公企业选派党建联络员", "（2002年）海淀区地处中关村", "district", None, 2002)
P(d, 2014, "masthead 「# 园区旧闻 · 第8版 · 2014年1月10日 星期五」; every item carries its own dated line (2007, 2012, 2013, 2002) or a year in its lead (2013年)")

# ---------------------------------------------------------------- m03 (UTF-8, Markdown, no year)
d = "m03.txt"
sjn = "http://gs.zhongguozhaoshang.com/pdnews/2628"
smg = "http://116.255.252.11:8074/contents/9/2754.html"
szb = "http://www.lvxingls.com/16866.html"
sxn = "https://xndjw.gov.cn/website/contents/6248/164980.html"
JN = "静宁工业园区"
nal = ["静宁工业园区", "甘肃静宁工业园区"]
G(d, JN, nal, "enterprises", "enterprise_count", 79, "count", "exact", "园区现有企业", "park", 2010, "article", "对现有的79户企业进行了全面排摸", sjn,
  note="year from 《工业园区2010年度党建工作目标管理考核办法》 applied in the same article; the page has no year")
G(d, JN, nal, "party", "party_member_count", 40, "count", "exact", "园区非公企业党员（清理出）", "park", 2010, "article", "涉及18户企业的党员40名", sjn)
G(d, JN, nal, "party", "party_org_count", 4, "count", "exact", "今年新成立企业党支部", "park", 2010, "article", "新成立党支部4个", sjn)
MG = "蒙古源流文化产业园区"
mal = ["蒙古源流文化产业园区", "鄂尔多斯蒙古源流文化产业园区"]
G(d, MG, mal, "party", "party_org_count", 2, "count", "exact", "党工委下设党支部", "park", None, "none", "现下设两个党支部", smg,
  note="Chinese numeral 两个; no year anywhere that governs 现 (2016年 dates another event)")
G(d, MG, mal, "party", "party_member_count", 35, "count", "exact", "党员", "park", None, "none", "共有党员35名", smg)
G(d, MG, mal, "party", "party_member_count", 2, "count", "exact", "其中预备党员", "park", None, "none", "其中预备党员2名", smg)
TB = "天津港保税区"
tal = ["天津港保税区"]
tsub = ["天津港综合保税区"]
for v, ev, subj in [(66, "综保区现有66个基层党组织", "综保区基层党组织"), (36, "包括36个独立党组织", "其中独立党组织"),
                    (30, "30个联合党支部", "其中联合党支部"), (5, "跨境电商五大产业联盟党支部", "综合党委下设产业联盟党支部")]:
    G(d, TB, tal, "party", "party_org_count", v, "count", "exact", subj, "park", None, "none", ev, szb, sub=tsub,
      borderline=(v == 5), note=("五大 = five named alliance branches" if v == 5 else None))
G(d, TB, tal, "party", "party_member_count", 478, "count", "exact", "综保区党员", "park", None, "none", "党员人数共计478人", szb, sub=tsub)
N(d, "涉及18户企业", "enterprises with members, not the park's enterprises", JN)
N(d, "恒达包装公司2个党支部", "two named companies' branches guided to become models; not the park's stock", JN)
N(d, "《工业园区2010年度党建工作目标管理考核办法》", "a document title with a year", JN)
N(d, "“四个全覆盖”", "slogan", JN)
N(d, "“1155”党建综合示范工程", "slogan", JN)
N(d, "领导干部350余人", "visitors", MG)
N(d, "2016年与甘珠日庙村成立联合党支部", "date of another event", MG)
N(d, "“三个一”", "slogan", MG)
N(d, "高水平“五大中心”目标", "slogan", TB)
N(d, "2022年，依托海港保税区创新发展理事会", "date of another event", TB)
N(d, "累计实现产值3.6亿元", "西宁市委组织部 (city) story; the 藏毯 industry's cumulative output, not a park figure", "西宁经开区")
N(d, "出口创汇1.3亿元", "export earnings, no metric; city story", "西宁经开区")
N(d, "西宁两个园区入选", "a count of parks", "西宁经开区")
N(d, "“年度百佳园区党建品牌案例”", "a list name, no metric", "西宁经开区")
A(d, 0, "## 静宁工业园区以创先争优推动非公企业党建", "在创先争优活动中，甘肃静宁", "park", JN, 2010)
A(d, 1, "## 蒙古源流文化产业园区：以“党建+”凝心聚力", "骄阳当照，素云盈空。初夏的", "park", MG, None)
A(d, 2, "", "图为蒙古源流文化产业园区机关", "other", None, None)
A(d, 3, "## 综保区党建嵌入五大产业联盟", "津滨海讯（记者 单毅 朱绍祥）", "park", TB, None)
A(d, 4, "## 西宁两个园区入选全国“年度百佳园区党建品牌案例”", "来源：西宁市委组织部", "city", None, None)
P(d, None, "masthead 「# 园区党建 · 第3版 · 5月30日 星期三」 has no year; only the 静宁 item names 2010 (its 2010年度 考核办法); 蒙古源流, 综保区 and 西宁 say only 现/截至目前/近日")

# ---------------------------------------------------------------- m04 (GB18030, traditional s2tw, 2026)
d = "m04.txt"
sya = "https://paper.yanews.cn/yarb/20260109/html/content_20260109002005.htm"
sbs = "http://tjbh.com/c/2026-02-04/1501956.shtml"
sxl = "http://inews.nmgnews.com.cn/system/2026/02/12/030309186.shtml"
sks = "https://difang.gmw.cn/2023-04/20/content_36508635.htm"
YA = "延安高新区"
yal = ["延安高新区", "延安高新技术产业开发区"]
ysub = ["创业孵化基地"]
G(d, YA, yal, "enterprises", "enterprise_count", 182, "count", "exact", "“十四五”期间引进注册企业和机构", "park", 2025, "explicit",
  "引进注册企业和机构182家", sya, sub=ysub, borderline=True, note="企业和机构 together; 十四五 (2021–2025) in the clause")
G(d, YA, yal, "enterprises", "enterprise_count", 55, "count", "exact", "有效期内高新技术企业", "park", 2025, "article",
  "增至有效期内55家", sya, frm=6, sub=ysub, borderline=True, note="2021年 dates the earlier value; the 十四五 review sets 2025")
G(d, YA, yal, "enterprises", "enterprise_count", 135, "count", "exact", "入库科技型中小企业", "park", 2025, "article",
  "入库数从2021年的17家增至135家", sya, frm=17, sub=ysub, borderline=True)
G(d, TB, ["天津港保税区"], "party", "party_org_count", 20, "count", "exact", "2025年新建非公企业党组织", "park", 2025, "explicit",
  "保税区新建非公企业党组织20家", sbs)
N(d, "专业服务机构35家", "service institutions, not enterprises", YA)
N(d, "搭建7个成果转化基地", "bases, no metric", YA)
N(d, "引入西安交通大学等7家技术转移中心", "institutions, not enterprises", YA)
N(d, "累计推动113个科技成果转化落地", "technology transfers, not projects in the SPEC sense", YA)
N(d, "通过审核公示期内25家", "companies still in the public-notice stage, not yet recognised", YA)
N(d, "2024年度、2025年度特色专业园区名单", "dates", YA)
N(d, "“1+2+2”特色产业体系", "slogan", "黄陵高新区")
N(d, "同比增长33.3%", "growth rate", TB)
N(d, "工业园区基础设施项目20个", "锡林郭勒盟 (prefecture) projects, not a park's", "苏尼特左旗工业园区")
N(d, "完成投资3.56亿元", "锡林郭勒盟 (prefecture) total", "苏尼特左旗工业园区")
N(d, "等8个项目已顺利建成", "prefecture-wide projects in several parks", "苏尼特左旗工业园区")
N(d, "投资千万元以上", "threshold", "苏尼特左旗工业园区")
N(d, "新增经营主体880家", "market entities (incl. individual businesses), not enterprises", "喀什经开区")
N(d, "累计达到4618家。", "market entities, not enterprises", "喀什经开区")
N(d, "同比增长21.7%", "growth rate", "喀什经开区")
N(d, "外贸进出口总值93.9亿元", "喀什地区 (prefecture) trade", "喀什经开区")
A(d, 0, "我市三地获批省级特色专业园区", "本报讯（记者 姜顺 通讯员 党", "park", YA, 2025, parks=[YA, "黄陵高新区", "甘泉工业园区"])
A(d, 1, "天津港保税区2025年非公企业党组织组建工作成效显著", "2025年，天津港保税区紧紧围", "park", TB, 2025)
A(d, 2, "锡林郭勒盟工业园区基础设施项目建设全面提速", "2025年以来，锡林郭勒盟工业", "city", None, 2025)
A(d, 3, "资料：喀什经开区经营主体累计达到4618家", "（经济日报 2023年4月20日", "park", "喀什经开区", 2023)
P(d, 2026, "masthead 「西部開發區觀察 · 第2版 · 2026年2月13日 星期五」; 延安 reviews 十四五; 保税区 and 锡林郭勒 say 2025年; the 喀什 item is dated 2023")

# ---------------------------------------------------------------- m05 (UTF-16, hard-wrapped at 28, 2025)
d = "m05.txt"
sge = "http://cdm.qinghai.gov.cn/system/2025/04/30/030071249.shtml"
sge2 = "http://www.lvhuamei.cn/page22?article_id=1550&pagenum=2"
sdl = "http://cdm.qinghai.gov.cn/system/2024/11/12/030058111.shtml"
slt = "http://www.ltdjw.gov.cn/content/2025-08-29/19350.html"
sfk = "https://www.zyshgzb.gov.cn/n1/2025/0911/c460989-40561752.html"
sxz30 = "https://m.thepaper.cn/newsDetail_forward_30004561"
GE = "格尔木工业园"
gal = ["格尔木工业园", "格尔木工业园区"]
G(d, GE, gal, "projects", "project_count", 21, "count", "exact", "亿元以上项目", "park", 2025, "page", "21个亿元以上项目完成投资", sge)
G(d, GE, gal, "projects", "project_count", 8, "count", "exact", "十亿级龙头项目", "park", 2025, "page", "占比达99.8%，8个", sge,
  note="the hard wrap cuts 8个|十亿级龙头项目: evidence kept on one line")
G(d, GE, gal, "projects", "project_count", 107, "count", "exact", "“十二五”期间实施重点项目", "park", 2015, "explicit", "共实施重点项目107", sge2,
  borderline=True, note="十二五 (2011–2015) in the clause; the wrap cuts 107|个")
G(d, GE, gal, "investment", "funding", 7.31e7, "CNY", "exact", "争取国家专项资金（重金属污染防治）", "park", 2015, "article",
  "争取国家专项资金7310万元", sge2, borderline=True, note="same 十二五 link paragraph")
DL = "德令哈工业园"
G(d, DL, ["德令哈工业园"], "party", "party_org_count", 3, "count", "exact", "整建制转入党支部", "park", 2024, "article", "整建制转入党支部3家", sdl,
  note="今年 = the item's dateline 2024年11月12日")
XZ = "莘庄工业区"
G(d, XZ, ["莘庄工业区"], "investment", "output_value", 1e11, "CNY", "over", "规模以上工业总产值（连续三年超千亿元）", "park", 2024, "article",
  "续三年双超千亿元", sxz30, borderline=True,
  note="双超千亿元 = 规上工业总产值 and 商品销售总额 each over 1000亿; only the first is a metric; dated 2025年1月22日, so the last of the three years is 2024; the wrap cuts 连|续三年")
N(d, "格尔木工业园一季度固定资产投资同比增长24.5%", "growth rate (headline)", GE)
N(d, "园区固定资产投资同比增长24.5%", "growth rate", GE)
N(d, "完成投资同比增长25.8%", "growth rate", GE)
N(d, "十亿级龙头项目贡献率超80%", "a share", GE)
N(d, "拉动全部投资增长21.6个百分点", "a growth contribution", GE)
N(d, "累计完成投资403亿元", "five-year cumulative completed investment, neither a year's investment nor a project total", GE)
N(d, "入企督导调研6次", "visits", DL)
N(d, "“一台账四清单”", "slogan", DL)
N(d, "织13个，对党员人数不足", "临洮县 (county) story: party organisations of the county's unnamed 园区")
N(d, "对党员人数3人以上", "threshold")
N(d, "配备9名专职党务工作者", "staff, not party members; county story")
N(d, "选派12名优秀党员干部", "instructors sent; county story")
N(d, "园区企业党组织组建率达75%", "county story; the 园区 has no name on the page")
N(d, "党的工作覆盖率达100%", "county story; unnamed 园区")
N(d, "园区预计完成产值42亿元", "county story; unnamed 园区")
N(d, "0.2亿元、增速12.0%", "GDP (地区生产总值10.2亿元, cut by the wrap)")
N(d, "工业增加值7.1亿元", "value added")
N(d, "“四项行动”为抓手", "slogan")
N(d, "每年90万吨左", "PVC output in tonnes, no metric", "阜康产业园")
N(d, "85名党务工作者", "阜康市 (city) staff trained", "阜康产业园")
N(d, "已建成链上党委3个、党总支13个、党支部80个", "阜康市 (city) industrial-chain party organisations", "阜康产业园")
N(d, "覆盖企业40家、党员2411人", "阜康市 (city) chain figures", "阜康产业园")
N(d, "在全市108家开发区中综", "city count of parks", XZ)
N(d, "面积贡献全区29.7%的", "a share", XZ)
N(d, "30年，莘庄工业区从乡村农田", "duration", XZ)
A(d, 0, "格尔木工业园一季度固定资产投资同比增长24.5%", "今年以来，格尔木工业园深入贯", "park", GE, 2025)
A(d, 1, "红色领航 益企经彩", "（2024年11月12日）今年以来", "park", DL, 2024)
A(d, 2, "临洮县：“四项行动”助推园区党建工作提质增效", "今年以来，临洮县深入贯彻全省", "county", None, 2025)
A(d, 3, "阜康市：“党建链+产业链”融合发展", "新疆维吾尔自治区昌吉回族自治", "city", None, 2025)
A(d, 4, "三十而“立”：莘庄工业区的双千亿答卷", "（2025年1月22日）30年，", "park", XZ, 2025)
P(d, 2025, "masthead 「园区经济 · 第6版 · 2025年9月19日 星期五」; 格尔木 and 临洮 say 今年/2025年上半年; 德令哈 and 莘庄 carry their own 2024/2025 datelines")

# ---------------------------------------------------------------- m06 (UTF-8, ● briefs, full-width digits, 2019)
d = "m06.txt"
sjs = "http://ordoswh.com/article/Info/index/id-616"
sxa = "http://www.xingandaily.cn/2018/0205/35919.shtml"
s16 = "http://91se91.com/news/shichang/201603/13/483573.html"
s17 = "http://tex-asia.com/news/201811/13/17430.html"
shb = "http://qh.hxju.com/article/html/14587.html"
sdq = "http://www.sinotex.cn/News/View.asp?id=107077"
JS = "鄂尔多斯江苏工业园区"
G(d, JS, [JS], "investment", "investment_annual", 1.6e9, "CNY", "over", "2017年预期固定资产投资", "park", 2017, "explicit", "完成固定资产投资16亿元以上", sjs, status="target")
G(d, JS, [JS], "investment", "output_value", 2.2e9, "CNY", "over", "2017年预期工业总产值", "park", 2017, "explicit", "实现工业总产值22亿元以上", sjs, status="target")
G(d, JS, [JS], "investment", "tax_profit", 2e8, "CNY", "over", "2017年预期税收", "park", 2017, "explicit", "税收2亿元以上", sjs, status="target")
XA = "兴安经开区"
xal = ["兴安盟经济技术开发区"]
G(d, XA, xal, "party", "party_member_count", 4, "count", "exact", "年内发展企业党员", "park", 2017, "article", "年内发展企业党员4名", sxa,
  borderline=True, note="new members, not the stock; body says 盟经济技术开发区 (stray left edge), the title gives 兴安盟")
G(d, XA, xal, "talent", "talent_count", 3, "count", "exact", "评选的“北疆先锋服务标兵”", "park", 2017, "article", "服务标兵”3名", sxa, borderline=True,
  note="honorees (入选者) counted as talent_count; debatable")
G(d, XA, xal, "talent", "talent_count", 2, "count", "exact", "评选的优秀党务工作者", "park", 2017, "article", "优秀党务工作者2名", sxa, borderline=True)
G(d, XA, xal, "talent", "talent_count", 2, "count", "exact", "评选的机关及企业优秀党员（各2名）", "park", 2017, "article", "优秀党员各2名", sxa, borderline=True,
  note="各2名 = 2 for 机关 and 2 for 企业; one row of 2")
AKL = ["阿克苏纺织工业城", "阿克苏纺织工业城开发区"]
G(d, AK, AKL, "investment", "output_value", 5.8e9, "CNY", "exact", "2016年全年工业总产值（计划）", "park", 2016, "article", "全年实现工业总产值58亿元", s16, status="target",
  note="work-conference plan; year from the item's dateline 2016年3月13日")
G(d, AK, AKL, "investment", "output_value", 2.52e9, "CNY", "exact", "纺织服装产业工业总产值（计划）", "park", 2016, "article", "纺织服装产业实现工业总产值25.2亿元", s16, status="target")
G(d, AK, AKL, "investment", "investment_annual", 5.546e9, "CNY", "exact", "全年全社会固定资产投资（计划）", "park", 2016, "article", "全年完成全社会固定资产投资55.46亿元", s16, status="target")
G(d, AK, AKL, "enterprises", "enterprise_count", 66, "count", "exact", "入住的纺织服装企业", "park", 2016, "explicit", "入住的纺织服装企业达到66家", s17)
G(d, AK, AKL, "enterprises", "enterprise_count", 10, "count", "exact", "新签约纺织服装企业", "park", 2017, "explicit", "新签订了纺织服装企业已经有10家", s17,
  borderline=True, note="signed, not yet resident; counted like signed projects")
HG = "霍尔果斯经开区"
hal = ["霍尔果斯经济开发区"]
hsub = ["新疆兵团分区"]
G(d, HG, hal, "enterprises", "enterprise_count", 703, "count", "exact", "兵团分区入驻企业", "park", 2019, "page", "该区已入驻企业703家", shb, sub=hsub)
G(d, HG, hal, "enterprises", "enterprise_count", 43, "count", "exact", "其中规上企业", "park", 2019, "page", "其中“规上”企业43家", shb, sub=hsub)
G(d, HG, hal, "projects", "project_count", 8, "count", "exact", "在建基础设施项目", "park", 2019, "page", "在建基础设施项目8个", shb, sub=hsub)
N(d, "配备2名专职党务工作干部", "staff, not party members", XA)
N(d, "“开发区大讲堂”20余次", "events", XA)
N(d, "各类文体活动20次", "events", XA)
N(d, "问题10余件", "problems solved", XA)
N(d, "考察170人次", "person-times", XA)
N(d, "“四项工程”", "slogan", XA)
N(d, "上半年将建成200万锭纺纱", "capacity", AK)
N(d, "1000台织机和1200台袜机", "equipment", AK)
N(d, "力争达到300万锭纺纱和1500台织机", "capacity target in spindles", AK)
N(d, "同比增长13.73%", "growth rate", AK)
N(d, "全年纱线产量约8万吨", "output in tonnes", AK)
N(d, "全年产业工人达到1.5万人", "workers", AK)
N(d, "全年累计新增就业7310人", "jobs", AK)
N(d, "产业工人规模达到1.5万人", "workers", AK)
N(d, "完成固定资产投资6.1亿元", "half-year completed investment, not a year's", HG)
N(d, "实现生产总值8.2亿元", "GDP", HG)
N(d, "招商引资到位资金41.2亿元，", "funds in place are no metric", HG)
N(d, "上半年到位资金41.2亿元", "funds in place (headline)", HG)
N(d, "规划核心区11.2平方公里", "area", HG)
N(d, "分区组建2个招商小组", "teams", HG)
N(d, "招商引资19次", "trips", HG)
N(d, "接待洽谈客商103次、350余人", "visits / visitors", HG)
N(d, "新增环锭纺94万锭", "阿克苏地区 (prefecture) capacity", AK)
N(d, "纺织服装企业预计全年实现工业总产值24.2亿元", "阿克苏地区 (prefecture) textile output, not the park's", AK)
N(d, "全年完成新增就业6000人", "prefecture jobs", AK)
N(d, "2016年地区计划实施87个项目", "prefecture projects", AK)
N(d, "基础设施项目18个", "prefecture projects", AK)
N(d, "重点产业项目39个", "prefecture projects", AK)
N(d, "成长工程项目30个", "prefecture projects", AK)
N(d, "计划完成固定资产投资50亿元", "prefecture investment plan", AK)
N(d, "新增棉纺120万锭", "prefecture capacity", AK)
A(d, 0, "● 鄂尔多斯江苏工业园区召开2017年工作会议", "本网消息 2月20日，鄂尔多", "park", JS, 2017)
A(d, 1, "● 兴安盟经济技术开发区实施“四项工程”助力非公党建", "本报讯（张晓东）2017年以", "park", XA, 2017)
A(d, 2, "● 阿克苏纺织工业城：今年力争达到300万锭纺纱", "（2016年3月13日）阿克苏", "park", AK, 2016)
A(d, 3, "● 阿克苏纺织工业城开发区入住纺织服装企业达66家", "（2017年）2016年，阿克", "park", AK, 2017)
A(d, 4, "● 霍尔果斯经济开发区兵团分区上半年到位资金41.2亿元", "中新网乌鲁木齐7月15日电（戚", "park", HG, 2019)
A(d, 5, "● 阿克苏地区：明年计划实施87个项目", "（2015年12月）2015年，", "city", None, 2015)
P(d, 2019, "masthead 「开发区快讯 · 第4版 · ２０１９年７月２６日 星期五」 (full-width digits); 霍尔果斯 dateline 7月15日 has no year (page year); the other briefs carry 2015–2017 dates")

# ---------------------------------------------------------------- m07 (UTF-8, Markdown, OCR break, 2020)
d = "m07.txt"
sx25 = "http://www.51luohu.com/news/151886.html"
sll = "https://p2.ttnews.xyz/a/5ff6322978b164e614f5db56?lang=zh-hans"
sty = "http://taiyuan.021cf.cn/index.php/post/1947.html"
snx = "http://yinchuan.baogaosu.com/xinwen/%E5%AE%81%E5%A4%8F%E8%AE%A4%E5%AE%9A%E4%B8%A4%E5%AE%B6%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95%E7%A4%BA%E8%8C%83%E5%9B%AD%E5%8C%BA/87115639/"
G(d, XZ, ["莘庄工业区"], "investment", "output_value", 9.1e10, "CNY", "exact", "工业总产值", "park", 2019, "explicit", "园区实现工业总产值910亿元", sx25)
G(d, XZ, ["莘庄工业区"], "enterprises", "enterprise_count", 1615, "count", "exact", "落户企业", "park", 2020, "page", "在落户的1615家企业中", sx25)
G(d, XZ, ["莘庄工业区"], "enterprises", "enterprise_count", 550, "count", "exact", "其中外资企业", "park", 2020, "page", "外资企业达550家", sx25)
G(d, XZ, ["莘庄工业区"], "enterprises", "enterprise_count", 18, "count", "exact", "其中地区总部", "park", 2020, "page", "其中地区总部18家", sx25, borderline=True,
  note="regional headquarters counted as enterprises; 研发中心92家 is not")
G(d, XZ, ["莘庄工业区"], "enterprises", "enterprise_count", 52, "count", "exact", "世界500强企业", "park", 2020, "page", "世界500强企业52家", sx25)
G(d, XZ, ["莘庄工业区"], "projects", "project_count", 127, "count", "exact", "投资1000万美元的项目", "park", 2020, "page", "投资1000万美元的项目127家", sx25,
  note="a count inside a threshold phrase: 127 is the figure, 1000万美元 is not")
LL = "吕梁经开区"
G(d, LL, ["吕梁经开区", "吕梁经济技术开发区"], "party", "party_org_count", 11, "count", "exact", "基层党支部", "park", 2020, "page", "经开区11个基层党支部", sll)
TY = "太原智慧产业园"
yal2 = ["太原智慧产业园", "山西省太原智慧产业园"]
G(d, TY, yal2, "enterprises", "enterprise_count", 148, "count", "exact", "入驻企业", "park", 2020, "page", "目前入驻企业148家", sty)
G(d, TY, yal2, "party", "grid_count", 6, "count", "exact", "“党建+网格”", "park", 2020, "page", "将园区划分成6个“党建+网格”", sty)
G(d, TY, yal2, "party", "party_org_count", 6, "count", "exact", "流动党员党小组", "park", 2020, "page", "组建了6个流动党员党小组", sty)
G(d, TY, yal2, "party", "party_member_count", 21, "count", "exact", "流动党员", "park", 2020, "page", "散落在园区中的21名流动党员", sty)
N(d, "财政总收入136.27亿元", "fiscal revenue is no metric", XZ)
N(d, "综合发展指数排名第三", "a ranking", XZ)
N(d, "连续2年（2018、2019）", "dates", XZ)
N(d, "研发中心92家", "R&D centres, not enterprises", XZ)
N(d, "投资1000万美元的项目", "threshold (1000万美元), not a figure", XZ)
N(d, "5+1产业格局", "slogan", XZ)
N(d, "25年且短且长", "duration", XZ)
N(d, "“四为四高两同步”", "slogan", LL)
N(d, "市委“1234”工作要求", "slogan", LL)
N(d, "“十大工程”", "slogan", LL)
N(d, "“三新两大八平台”", "slogan", LL)
N(d, "四方面工作情况进行督导", "a count of topics", LL)
N(d, "职工人数近两千人", "workers (Chinese numeral)", TY)
N(d, "“五个一”工作法", "slogan", TY)
N(d, "“五联工作法”", "slogan", TY)
N(d, "本次全区共有9家开发区申报", "宁夏 (province) count of applicant parks, no metric", "石嘴山高新区")
N(d, "宁夏认定两家高质量发展示范园区", "count of parks recognised (headline)", "金积工业园区")
N(d, "021-64963888", "a phone number", XZ)
A(d, 0, "## 25岁的莘庄工业区：从“乡村农田”到“现代化产业园区”", "弹指一挥间，25年且短且长。", "park", XZ, 2020)
A(d, 1, "## 党建引领，项目立区", "在疫情防控和复工复产的关键节", "park", LL, 2020)
A(d, 2, "## 党建赋能解锁园区发展的迎泽“智慧”", "山西省太原智慧产业园是太原市", "park", TY, 2020)
A(d, 3, "## 宁夏认定两家高质量发展示范园区", "9月8日，记者从宁夏回族自治区", "province", None, 2020)
A(d, 4, "", "招商热线：021-64963888", "ad", None, 2020)
P(d, 2020, "masthead 「# 园区周刊 · 第5版 · 2020年9月18日 星期五」; datelines 4月20日 / 9月8日 without a year; 莘庄 gives 2019年 for its 产值")

# ---------------------------------------------------------------- m08 (UTF-8 BOM + CRLF, text table, 2022)
d = "m08.txt"
sbt22 = "https://www.zgcsb.com/news/pinDao/2022-10/31/a_405242.html"
sch = "http://www.cpem.org.cn/list100/41980.html"
sgq = "http://www.nihaomandarin.net/html/XinWenZhongXin/JiTuan/4650.html"
slx = "http://gansu.gansudaily.com.cn/system/2022/05/09/030549149.shtml"
G(d, BT, ["包头装备制造产业园区", "内蒙古包头装备制造产业园区"], "enterprises", "enterprise_count", 234, "count", "exact", "园区企业（疫情管控服务）", "park", 2022, "page",
  "对园区234家企业实行", sbt22)
CH = "察哈尔高新区"
chal = ["察哈尔高新技术开发区"]
G(d, CH, chal, "investment", "investment_total", 5e8, "CNY", "exact", "中车新能源装备产业项目预计总投资", "project", 2022, "page", "预计总投资5亿元", sch, status="target",
  note="预计 → target; year: 4月22日 under a 2022 masthead")
G(d, CH, chal, "investment", "tax_profit", 2e7, "CNY", "exact", "中车新能源装备产业项目达产后税收", "project", 2022, "page", "实现税收2000万元", sch, status="target")
G(d, CH, chal, "investment", "investment_total", 5e8, "CNY", "exact", "中车新能源装备产业项目预计总投资（表）", "project", 2022, "page", "| 5亿元", sch, status="target",
  dup="预计总投资5亿元", note="our table repeats the body")
G(d, CH, chal, "investment", "tax_profit", 2e7, "CNY", "exact", "中车新能源装备产业项目达产后税收（表）", "project", 2022, "page", "| 2000万元", sch, status="target",
  dup="实现税收2000万元")
GQ = "甘泉堡经开区"
G(d, GQ, ["甘泉堡经济技术开发区", "甘泉堡开发区"], "investment", "output_value", 2.2699e10, "CNY", "exact", "园区总产值", "park", 2021, "explicit",
  "2021年园区总产值达226.99亿元", sgq, note="a company story (新疆能源集团); the sentence's own subject is the park")
LX = "陇西经开区"
G(d, LX, ["陇西经济开发区"], "investment", "funding", 4.5e9, "CNY", "exact", "园区基础设施累计投入资金", "park", 2021, "explicit",
  "园区累计投入资金45亿元", slx, note="a county story (陇西); the sentence's own subject is the park")
N(d, "确保不错过一家", "phrase", BT)
N(d, "项目拟用地100亩", "land area", CH)
N(d, "中固定资产2亿元", "fixed-asset part of the project investment (source typo for 其中), not a total", CH)
N(d, "年产500台电机和5GW变流器", "capacity", CH)
N(d, "可实现年销售收入12亿元", "sales revenue is no metric", CH)
N(d, "可安置就业人员600人", "jobs", CH)
N(d, "预计2022年5月开工建设", "a date", CH)
N(d, "| 2022年5月", "a date (table)", CH)
N(d, "资产总额达到250亿元", "a company's assets", GQ)
N(d, "营收首次突破百亿大关", "a company's revenue", GQ)
N(d, "甘泉堡开发区成立于2012年", "a date", GQ)
N(d, "全县实现工业增加值10.38亿元", "陇西县 (county) value added", LX)
N(d, "规模以上工业产值94.02亿元", "陇西县 (county) output, not the park's", LX)
N(d, "同比增长46.3%", "growth rate", LX)
N(d, "“千亿元产业、百亿元园区、十亿元企业”", "slogan with round amounts, no figure", LX)
N(d, "“一区两园”联动发展", "slogan / number of sub-parks", LX)
N(d, "建成主次干道80公里", "road length", LX)
A(d, 0, "内蒙古包头装备制造产业园区：疫情挡不住的热情和干劲", "“滴滴哒……滴滴哒……”走进", "park", BT, 2022)
A(d, 1, "", "图为疫情期间坚守生产一线的园", "other", None, 2022)
A(d, 2, "察哈尔高新技术开发区与中车株洲所签订项目入园协议", "4月22日，察哈尔高新技术开发", "park", CH, 2022)
A(d, 3, "新疆能源集团赴甘泉堡经开区调研对接项目", "3月17日，新疆能源集团党委副", "company", None, 2022, parks=[GQ])
A(d, 4, "陇西 延链补链强工业", "陇西，地处陇山以西，历史悠久", "county", None, 2022, parks=[LX])
P(d, 2022, "masthead 「北方园区报 · 第3版 · 2022年11月4日 星期五」; datelines 4月22日 / 3月17日 without a year; 甘泉堡 and 陇西 figures say 2021年")


def dump(name, rows):
    with open(base / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("gold.jsonl", gold)
dump("negatives.jsonl", negs)
dump("articles.jsonl", arts)
dump("pages.jsonl", pages)
(base / "encodings.json").write_text(json.dumps({"m02.txt": "gb18030", "m04.txt": "gb18030", "m05.txt": "utf-16", "m08.txt": "utf-8-sig"}, indent=1) + "\n")
print(len(gold), "gold", len(negs), "negatives", len(arts), "articles")
