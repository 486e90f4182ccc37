# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_u, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's
# form (s2tw for u04, full-width digits for u05) by build.render's rules; every evidence is checked
# to be on the decoded page, inside one line, <= 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "u04":
        return build.trad(s)
    if doc == "u05":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "xinzhan": "https://www.top168.com/news/show-63487.html",
 "xinzhan163": "https://m.163.com/dy/article/JA4QB90O05346936.html",
 "fuzhou24": "https://www.fuzhou.gov.cn/zgfzzt/zdjsxm/jsqk/202404/t20240426_4814937.htm",
 "anhui23": "https://ccement.com/news/content/36658363329715001.html",
 "lecheng22": "https://qionghai.hainan.gov.cn/rdzt/qhtx/1895/202203/t20220321_3158455.html",
 "guangyuan22": "https://is0817.com/archiver/tid-111726.html",
 "haitang22": "http://news.hndaily.cn/html/2022-10/16/content_58521_15390032.htm",
 "fcg20": "http://gxcounty.com/news/jjyw/20201020/165473.html",
 "wenchang20": "http://m.ceeh.com.cn/chanjing/2020-09-04/46128.html",
 "fcg18": "http://2jc1.com/news/jjyw/20180330/140751.html",
 "chengdu17": "http://zgkjsz.com/page/2017/0912/11482942.shtml",
 "dayi17": "http://dangjian.people.com.cn/n1/2017/0824/c117092-29492843.html",
 "lecheng17": "http://shadafang.com/c/tj10195540222017.html",
 "lecheng23": "http://miaozhunjing88.com/n2/2023/0207/c338424-40292689.html",
 "wenchang23": "http://finance.hnonline.com.cn/caijingzixun/2023/0206/194766.html",
 "wenchang23b": "http://extremexp.net/xinwen/cy/2023/0822/082023_703936.html",
 "jingshan21": "http://news.cncjw.com.cn/lunbotu/2021/1229/31817.html",
 "jiangyou16": "stored pages corpus excerpt (江油市2016年第二批重大项目集中开工, 记者 王金虎; no address given)",
 "honghu": "http://jingzhou.cjyun.org/p/236703.html",
 "lecheng14": "http://hainan.sina.com/news/hnyw/2014-04-14/081242084.html",
 "yongfu18": "https://m.yybnet.net/guilin/yongfu/201807/7703459.html",
 "dongxing24": "http://dxsyq.gxzf.gov.cn/xwzx/xwdt/t18738920.shtml",
 "gangbei": "http://m.gxcounty.com/show-20-130470-0.html",
 "wenchang23c": "http://www.irokeesi.com/xinwen/2023/show-3698.html",
 "wenchang23d": "http://hainan.china.com.cn/2023-07/28/content_42464214.html",
 "yishan22": "http://www.kangjiegd.com/news/fj/fz/202208/30/2086383.shtml",
 "fzsoft23": "https://www.manufactry.com/news/202310/36436.html",
 "laiyang13": "http://m.chinacrane.net/news/201303/02/63224.html",
 "laishan": "http://stellalashacademy.com/shandong/info/327311.html",
 "luyang24": "http://epaper.ahwang.cn/xawb/20240228/html/content_20240228005002.htm",
}
PARK = {
 "新站高新区": ["合肥新站高新区", "新站高新区"],
 "博鳌乐城先行区": ["海南博鳌乐城国际医疗旅游先行区", "博鳌乐城国际医疗旅游先行区", "博鳌乐城先行区", "乐城先行区"],
 "防城港经开区": ["防城港经济技术开发区"],
 "文昌国际航天城": ["海南文昌国际航天城", "文昌国际航天城"],
 "福大怡山文化创意园": ["福大怡山文化创意园", "福州怡山文化创意园区"],
 "福州软件园": ["福州软件园"],
 "莱阳开发区": ["山东莱阳开发区", "莱阳市开发区", "莱阳开发区"],
 "莱山开发区": ["莱山开发区"],
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, value_low=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = []
    for a in sorted(PARK[park], key=len, reverse=True):
        ca = conv(doc, a)
        n = page.count(ca) - sum(page.count(b) for b in aliases if ca in b)
        if n > 0:   # written on the page on its own, not only inside a longer alias
            aliases.append(ca)
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": [],
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

# ---------------- u01 (2024 masthead) ----------------
d = "u01"; p = "新站高新区"
G(d, p, "project_count", 25, "三季度集中签约落户的代表项目", "25个涉及集成电路、元宇宙、新能源", 2024, "article", "xinzhan")
G(d, p, "investment_total", 62.85 * Y, "三季度集中签约项目总投资", "总投资额达62.85亿元", 2024, "article", "xinzhan")

# ---------------- u02 (2022 masthead) ----------------
d = "u02"; p = "博鳌乐城先行区"
G(d, p, "project_count", 8, "2022年度第二批集中开工项目（标题）", "博鳌乐城先行区集中开工8个项目", 2022, "article", "lecheng22", dup="共开工8个项目")
G(d, p, "investment_total", 19.3 * Y, "集中开工项目总投资（标题）", "8个项目 总投资19.3亿元", 2022, "article", "lecheng22", dup="8个项目,总投资19.3亿元")
G(d, p, "project_count", 8, "2022年度第二批集中开工项目", "共开工8个项目", 2022, "explicit", "lecheng22")
G(d, p, "investment_total", 19.3 * Y, "集中开工项目总投资", "8个项目,总投资19.3亿元", 2022, "explicit", "lecheng22")
G(d, p, "project_count", 8, "集中开工项目（复述）", "本次集中开工的8个项目分别为", 2022, "article", "lecheng22", dup="共开工8个项目")
G(d, p, "investment_total", 19.3 * Y, "集中开工项目总投资（复述）", "多个领域,总投资19.3亿元", 2022, "article", "lecheng22", dup="8个项目,总投资19.3亿元")

p = "福大怡山文化创意园"
G(d, p, "party_org_count", 8, "单独成立的非公企业党组织（联合支部之外）", "还单独成立了8家非公企业党组织", 2022, "page", "yishan22",
  note="党组织 counted with 家; the article has no date of its own, so the page year 2022")
G(d, p, "enterprise_count", 22, "有党员的园区企业", "园区已经有22家企业有党员", 2022, "page", "yishan22",
  note="a count of the park's enterprises of one kind (those with party members); borderline")

# ---------------- u03 (2020 masthead) ----------------
G("u03", "防城港经开区", "output_value", 1000 * Y, "规模以上工业总产值", "规模以上工业总产值就近1000亿元", 2020, "page", "fcg20",
  qual="nearly", note="a city article (防城港市 十三五); this one sentence's own subject is the park; no year in the article's own dates, the masthead gives 2020")

# ---------------- u04 (2017 masthead; s2tw) ----------------
d = "u04"; p = "博鳌乐城先行区"
G(d, p, "project_count", 39, "通过医疗技术评估的项目（标题）", "39个项目形成产业聚集", 2017, "page", "lecheng17", dup="通过医疗技术评估的39个项目")
G(d, p, "project_count", 39, "通过医疗技术评估的项目", "通过医疗技术评估的39个项目", 2017, "page", "lecheng17")
G(d, p, "project_count", 24, "引进国外技术合作方的项目", "24个项目引进了美国", 2017, "page", "lecheng17")
G(d, p, "project_count", 6, "涉及港澳台资的项目", "6个项目涉及港澳台资", 2017, "page", "lecheng17")
G(d, p, "project_count", 99, "意向项目", "意向项目99个", 2017, "page", "lecheng17")
G(d, p, "project_count", 71, "正式受理项目", "正式受理71个", 2017, "page", "lecheng17")
G(d, p, "project_count", 39, "通过医疗技术评估的项目（复述）", "通过医疗技术评估39个", 2017, "page", "lecheng17", dup="通过医疗技术评估的39个项目")
G(d, p, "project_count", 27, "已开工项目", "已开工27个", 2017, "page", "lecheng17")
G(d, p, "investment_total", 210 * Y, "已开工项目总投资", "总投资210亿元人民币", 2017, "page", "lecheng17")
G(d, p, "investment_annual", 40 * Y, "全年完成投资（预计）", "预计全年可完成投资40亿元以上", 2017, "page", "lecheng17",
  qual="over", status="target", note="a year's completed investment of the park, forecast; the Jan-Sep 27亿元 and the cumulative 约46.7亿元 are negatives")

# ---------------- u05 (no masthead year; 2023 from the 乐城 article; full-width digits) ----------------
d = "u05"; p = "博鳌乐城先行区"
G(d, p, "investment_total", 28.63 * Y, "2023年度第一批集中开工项目总投资（标题）", "总投资28.63亿元 乐城医工", 2023, "article", "lecheng23", dup="领域,总投资28.63亿元")
G(d, p, "project_count", 6, "2023年度第一批集中开工项目（标题）", "二期等6个项目集中开工", 2023, "article", "lecheng23", dup="共有6个项目集中开工")
G(d, p, "project_count", 6, "2023年度第一批集中开工项目", "共有6个项目集中开工", 2023, "article", "lecheng23")
G(d, p, "investment_total", 28.63 * Y, "2023年度第一批集中开工项目总投资", "领域,总投资28.63亿元", 2023, "article", "lecheng23")
G(d, p, "project_count", 6, "集中开工项目（复述）", "雅寨下村沟6个项目", 2023, "article", "lecheng23", dup="共有6个项目集中开工")
G(d, p, "investment_total", 16 * Y, "博鳌乐城医工转化平台", "医工转化平台总投资约16亿元", 2023, "article", "lecheng23", qual="about", scope="project")
G(d, "文昌国际航天城", "investment_total", 67.42 * Y, "文昌国际航天城起步区一期工程", "总投资金额约67.42亿元人民币", 2023, "page", "wenchang23",
  qual="about", scope="project", note="the article's own date is only 6日; the page year 2023 comes from the 乐城 article")

# ---------------- u06 (no page year; hard-wrapped at 30; ● briefs) ----------------
d = "u06"; p = "博鳌乐城先行区"
G(d, p, "investment_annual", 15 * Y, "当年项目建设计划投资", "计划投资达15亿元", 2014, "article", "lecheng14", status="target",
  note="今年…计划投资: the dateline 【2014年4月14日】 (connective, from the source's date) gives the year")
G(d, p, "investment_total", 1 * Y, "博乐府零碳馆项目", "项目总投资1亿元", 2014, "article", "lecheng14", scope="project")
G(d, p, "investment_total", 0.6 * Y, "安置区项目", "总投资0.6亿元", 2014, "article", "lecheng14", scope="project")
G(d, p, "investment_total", 3 * Y, "南北海生命养护中心一期项目", "总投资3亿元的“南北海", 2014, "article", "lecheng14", scope="project")

d = "u06"; p = "莱阳开发区"
G(d, p, "project_count", 8, "在谈的过亿项目线索（标题）", "等8个过亿项目正在谈判", 2013, "article", "laiyang13", dup="等8个过亿项目线索")
G(d, p, "investment_total", 21 * Y, "阳煤集团新材料工业园", "投资21亿", 2013, "article", "laiyang13", scope="project",
  note="the wrap cuts 投资21亿 / 元的阳煤集团…: evidence is the line-end part")
G(d, p, "investment_total", 18 * Y, "山汽中重卡项目", "18亿的山汽中重卡", 2013, "article", "laiyang13", scope="project", note="亿 without 元")
G(d, p, "project_count", 11, "即将开工的过亿项目", "等11个过亿项目", 2013, "article", "laiyang13")
G(d, p, "project_count", 8, "在谈的过亿项目线索", "等8个过亿项目线索", 2013, "article", "laiyang13")
G(d, p, "project_count", 19, "大项目（开工与在谈合计）", "19个大项目", 2013, "article", "laiyang13")
G(d, p, "investment_total", 100 * Y, "19个大项目总投资", "总投资近百亿", 2013, "article", "laiyang13", qual="nearly",
  note="近百亿: a round vague amount, nearly 100亿")
G(d, p, "project_count", 20, "年内开工建设的过亿元项目（目标）", "开工建设过亿元项目20个以上", 2013, "article", "laiyang13", qual="over", status="target")
d = "u06"; p = "莱山开发区"
G(d, p, "investment_annual", 29.84 * Y, "2010年固定资产投资", "29.84亿元,同比增长48.3%", 2010, "article", "laishan",
  note="2010年 opens the clause list before the half-width ';' and the wrap cuts 20/10年; labelled article")
G(d, p, "tax_profit", 8.88 * Y, "2010年工业利税", "工业利税8.88亿元", 2010, "article", "laishan")
G(d, p, "tax_profit", 5.43 * Y, "2010年两税收入", "税收入5.43亿元", 2010, "article", "laishan", note="the wrap cuts 两 / 税收入")
G(d, p, "enterprise_count", 45, "纳税过百万的企业", "由上年同期的39家增加到45家", 2010, "article", "laishan", from_value=39)
G(d, p, "project_count", 567, "落户内外资项目", "内外资项目567个", None, "none", "laishan", note="目前 in an undated article on an undated page")
G(d, p, "project_count", 212, "落户外资项目", "外资项目212个", None, "none", "laishan")
G(d, p, "investment_total", 209 * Y, "落户项目总投资", "总投资209亿元", None, "none", "laishan")
G(d, p, "enterprise_count", 523, "已投产企业", "投产企业达到523家", None, "none", "laishan")
G(d, p, "project_count", 28, "投资过亿元的内资项目", "投资过亿元的内资项目28家", None, "none", "laishan", note="项目 counted with 家")
G(d, p, "project_count", 15, "过千万美元的外资项目", "的外资项目15家", None, "none", "laishan")
G(d, p, "enterprise_count", 11, "省级高新技术企业", "省级高新技术企业11家", None, "none", "laishan")
G(d, p, "enterprise_count", 2, "上市公司", "发展上市公司2家", None, "none", "laishan")
G(d, p, "project_count", 15, "累计引进欧美项目", "15个,其中过千万美元的9个", None, "none", "laishan", note="the wrap cuts 欧美项目 / 15个")
G(d, p, "project_count", 9, "过千万美元的欧美项目", "其中过千万美元的9个", None, "none", "laishan")

# ---------------- u07 (2024 masthead; two 2023 文昌 articles) ----------------
d = "u07"; p = "文昌国际航天城"
G(d, p, "investment_annual", 6.6 * Y, "2020年度固定资产投资", "固定资产投资6.6亿元", 2020, "explicit", "wenchang23c")
G(d, p, "tax_profit", 0.12 * Y, "2020年度税收", "税收0.12亿元", 2020, "explicit", "wenchang23c")
G(d, p, "tax_profit", 2.29 * Y, "2021年园区企业税收收入", "税收收入2.29亿元", 2021, "explicit", "wenchang23c")
G(d, p, "investment_annual", 16.79 * Y, "2021年固定资产投资（固投）", "固投完成16.79亿元", 2021, "explicit", "wenchang23c")
G(d, p, "tax_profit", 5.15 * Y, "2022年园区企业税收收入", "税收收入5.15亿元", 2022, "explicit", "wenchang23c")
G(d, p, "investment_annual", 44.07 * Y, "2022年固定资产投资（固投）", "固投完成44.07亿元", 2022, "explicit", "wenchang23c")
G(d, p, "tax_profit", 2.14 * Y, "2023年一季度税收收入", "税收收入2.14亿元", 2023, "explicit", "wenchang23c",
  note="a quarter's tax; tax_profit is not limited to full years. The quarter's 固投 13.45亿元 is a negative (investment_annual is a year's figure)")
G(d, p, "enterprise_count", 1633, "园区企业", "园区1633企业中", 2023, "article", "wenchang23c", note="截至目前 in an article dated 2023年6月2日 by its own line")
G(d, p, "enterprise_count", 205, "航天类企业", "航天类企业205家", 2023, "article", "wenchang23c")
G(d, p, "tax_profit", 4.18 * Y, "2023年上半年税收收入（预计）", "实现税收收入4.18亿元", 2023, "article", "wenchang23d",
  note="预计今年上半年…完成: an estimate of a past half-year, labelled actual; 今年 = 2023 from the article's 2023中央媒体海南行")
G(d, p, "enterprise_count", 1952, "注册企业（累计）", "园区注册企业累计1952家", 2023, "article", "wenchang23d")
G(d, p, "enterprise_count", 278, "航天类主导企业", "航天类主导企业共278家", 2023, "article", "wenchang23d")

p = "福州软件园"
for n, subj, ev in [(1410, "园区企业", "园区汇聚1410家企业"), (10, "上市企业", "其中上市企业10家"),
                    (32, "国家级和省级专精特新企业", "“专精特新”企业32家"), (78, "科技小巨人企业", "科技小巨人企业78家"),
                    (30, "全国乃至全球细分领域单项冠军企业", "顶点等30家全国乃至全球")]:
    G("u07", p, "enterprise_count", n, subj, ev, 2023, "article", "fzsoft23",
      note="a 鼓楼区 (district) article; this sentence's own subject is 福州软件园; the year from the article's own line 更新时间:2023-10-10")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("等100余人参加", "attendees", "新站高新区"),
    ("等6家母基金合作机构", "fund partners honoured, not the park's enterprises", "新站高新区"),
    ("等6家支持项目落地机构", "institutions honoured, not enterprises", "新站高新区"),
    ("实现营收约20亿元", "a company's revenue target, no metric", "新站高新区"),
    ("2024年8月23日", "masthead date", None),
    ("共开工186个重大项目", "city figure (福州市)", "福州高新区"),
    ("总投资1238亿元", "city figure (福州市)", "福州高新区"),
    ("年计划投资401亿元", "city figure (福州市)", "福州高新区"),
    ("本次开工产业项目108项", "city figure", None),
    ("总投资594亿元", "city figure", None),
    ("社会民生项目37项", "city figure", None),
    ("总投资321亿元", "city figure", None),
    ("基础设施项目41项", "city figure", None),
    ("总投资323亿元", "city figure", None),
    ("项目总投资56.5亿元", "a project in a city story, sited in 福清元洪投资区", "元洪投资区"),
    ("拟新建5栋建筑", "buildings", "福兴经开区"),
    ("1089个项目集中开工", "province headline", None),
    ("总投资达7074.6亿元", "province figure", None),
    ("50亿元以上的项目有31个", "province figure (threshold count)", None),
    ("制造业项目共670个", "province figure", None),
    ("总投资4152.8亿元", "province figure", None),
    ("年度计划投资457.5亿元", "province figure", None),
    ("新开工50亿元以上制造业项目有22个", "province figure", None),
    ("总投资210亿元的合肥晶合", "a province-listed project; the page does not site it in a park", None),
    ("总投资116亿元的芜湖天宸", "a province-listed project", None),
    ("开工动员项目共3212个", "province figure", None),
    ("年度计划投资5012.7亿元", "province figure", None),
    ("已开工项目2970个", "province figure", None),
    ("开工率达92.5%", "rate, no metric", None),
    ("0551-64480000", "phone number", None),
]:
    NEG("u01", ev, why, np_)

for ev, why, np_ in [
    ("预计2023年3月建成投入使用", "date", "博鳌乐城先行区"),
    ("总建筑面积19021.56平方米", "floor area", "博鳌乐城先行区"),
    ("2022年10月17日", "masthead date", None),
    ("集中开工101个项目", "city headline (广元市)", None),
    ("当地集中开工重大项目101个", "city figure", None),
    ("年度计划投资83.49亿元", "city figure", None),
    ("基础设施25个项目", "city figure", None),
    ("总投资112.91亿元", "city figure", None),
    ("产业发展64个项目", "city figure", None),
    ("总投资81.32亿元", "city figure", None),
    ("民生及社会事业10个项目", "city figure", None),
    ("房地产投资2个项目", "city figure", None),
    ("总投资14.27亿元", "city figure", None),
    ("总投资11亿元", "city figure", None),
    ("总投资21.51亿元", "district figure", None),
    ("总投资15.52亿元", "district figure", None),
    ("总投资15.72亿元", "district figure", None),
    ("总投资219.5亿元", "city figure (headline and lead)", None),
    ("等20个项目", "county figure (苍溪县)", None),
    ("总投资39.64亿元", "county figure", None),
    ("利州区12个项目", "district figure", None),
    ("昭化区12个项目", "district figure", None),
    ("朝天区17个项目", "district figure", None),
    ("经开区5个项目", "a city breakdown row; 广元经开区 is a used park and the article is the city's", "广元经开区"),
    ("总投资25亿元", "city breakdown row (经开区)", "广元经开区"),
    ("年度计划投资8.7亿元", "city breakdown row (经开区)", "广元经开区"),
    ("估算总投资约28.6亿元", "a project in a city story (三江新区)", "三江新区"),
    ("规划占地2500亩", "area", None),
    ("有5个主题空间", "rooms of a service centre", None),
    ("13个功能区", "functional areas", None),
    ("全区180个基层党组织", "district party organisations (三亚市海棠区), not a park", None),
    ("3246名党员", "district party members", None),
    ("2015年1月2日", "date", None),
    ("占地面积达50余亩", "area", "福大怡山文化创意园"),
    ("保持年均20%的增速", "growth rate", "福大怡山文化创意园"),
    ("很多公司党员不足3名", "a threshold (companies with fewer than 3 members), no count", "福大怡山文化创意园"),
    ("四五家公司一起成立了", "vague count of founding companies", "福大怡山文化创意园"),
]:
    NEG("u02", ev, why, np_)

for ev, why, np_ in [
    ("6个冷链集装箱", "containers", None),
    ("约200吨北部湾海虾", "tonnage", None),
    ("总投资规模超6000亿元", "city figure (防城港市)", "防城港经开区"),
    ("投资完成超1876亿元", "city figure", "防城港经开区"),
    ("开工715个项目", "city figure", "防城港经开区"),
    ("竣工361个项目", "city figure", "防城港经开区"),
    ("当天签约的项目共有12个", "a signing co-hosted by the 文昌市人民政府 and the park authority; projects span 文旅/农业/康养, not attributed to the park", "文昌国际航天城"),
    ("12个项目签约落地", "headline of the joint signing", "文昌国际航天城"),
    ("11个重点园区之一", "count of parks", "文昌国际航天城"),
    ("2020年10月21日", "masthead date", None),
    ("2018年3月30日", "date of the archive article", None),
    ("等43个,总投资72.5亿元", "city figure (防城港市); one project was sited in 防城港市高新技术产业开发区", "防城港高新区"),
    ("上思县开竣工项目4个", "county figure", None),
    ("东兴市开竣工项目25个", "city figure", None),
    ("其中新开工项目25个", "city figure", None),
    ("竣工项目18个", "city figure", None),
    ("港口区开工项目5个", "district figure", None),
    ("防城区开竣工项目4个", "district figure", None),
    ("总投资24亿元", "a company project in a city story", None),
    ("实现营业收入13.2亿元", "revenue", None),
    ("税收5600万元", "a company project's tax in a city story", None),
    ("解决500余人就业", "jobs", None),
    ("0770-2812345", "phone number", None),
]:
    NEG("u03", ev, why, np_)

for ev, why, np_ in [
    ("2017年10月27日", "masthead date", None),
    ("各类产业园区591个", "city count of parks (成都市)", None),
    ("工业园区35个", "city count of parks", None),
    ("农业园区461个", "city count of parks", None),
    ("旅游园区36个", "city count of parks", None),
    ("文化园区24个", "city count of parks", None),
    ("商贸集聚区35个", "city count of parks", None),
    ("非公有制企业11480家", "city enterprises (成都市 parks in total)", None),
    ("社会组织数量1745家", "city figure", None),
    ("吸纳就业人员110多万", "jobs", None),
    ("各类人才55.6万", "city talent figure", None),
    ("中高级专业人才6.8万", "city talent figure", None),
    ("已成立10个党建小组团", "county groups (大邑县)", None),
    ("已建党组织175个", "county party organisations (大邑县)", None),
    ("发展党员1681名", "county party members developed", None),
    ("增长65%", "growth rate", None),
    ("均为100%", "county coverage of its industrial parks (no park named)", None),
    ("仅7名党员", "a company's members (change 7 -> 70), not a park", None),
    ("拥有70名党员", "a company's members", None),
    ("下设3个支部", "a company's branches", None),
    ("等4个方面", "fields", "博鳌乐城先行区"),
    ("被赋予9项特殊政策", "policies", "博鳌乐城先行区"),
    ("开工项目总用地面积1948亩", "area", "博鳌乐城先行区"),
    ("完成投资约46.7亿元", "cumulative construction progress of started projects", "博鳌乐城先行区"),
    ("落地项目完成投资27亿元", "Jan-Sep investment progress, not a year's figure", "博鳌乐城先行区"),
]:
    NEG("u04", ev, why, np_)

for ev, why, np_ in [
    ("13个重点园区之一", "count of parks", "文昌国际航天城"),
    ("占地面积3558.66亩", "area", "文昌国际航天城"),
    ("合同工期为5年", "duration", "文昌国际航天城"),
    ("3.29倍", "ratio", "文昌国际航天城"),
    ("2.79倍", "ratio", "文昌国际航天城"),
    ("2.8倍", "ratio", "文昌国际航天城"),
    ("十多个院所", "research institutes, not enterprises", "文昌国际航天城"),
    ("截至2023年6月", "date", None),
    ("28个项目集中开工签约", "county headline (京山市, 沙洋县)", None),
    ("总投资百亿元", "county figure, vague", None),
    ("签约亿元以上项目96个", "county figure", None),
    ("完成固定资产投资311.75亿元", "county figure (京山市)", None),
    ("集中开工8个项目", "county figure", None),
    ("签约10个项目", "county figure", None),
    ("总投资67.5亿元", "county figure", None),
    ("集中签约的10个项目总投资30.81亿元", "county figure (沙洋县)", None),
    ("2021年12月29日", "date", None),
]:
    NEG("u05", ev, why, np_)

for ev, why, np_ in [
    ("的20个重大项目集中开工", "city figure (江油市)", None),
    ("15个产业类项目", "city figure", None),
    ("计划总投资29.27亿元", "city figure", None),
    ("计划总投资6.61亿元", "city figure", None),
    ("270户以上", "city target (enterprises), not a park", None),
    ("800亿元以上", "sales revenue target", None),
    ("洪湖市12个重点项目集中开工投产", "city headline; the projects sit in 洪湖经济开发区, a village and 新滩经合区", "洪湖经开区"),
    ("资额达36亿元", "city figure (cut by the wrap: 投 / 资额达36亿元)", "洪湖经开区"),
    ("10个项目集中签约入园", "city figure", "洪湖经开区"),
    ("总投资额近20亿元", "city figure, projects spread over three parks", "洪湖经开区"),
    ("每户安置房不少于90平方", "floor area (cut by the wrap)", "博鳌乐城先行区"),
    ("2016年建成或启用", "date", "博鳌乐城先行区"),
    ("7000多万元", "a company's output in a county story", "桂林经开区"),
    ("实现总产值9600多万", "a company's output in a county story", "桂林经开区"),
    ("实现利税约1400万", "a company's profit and tax in a county story", "桂林经开区"),
    ("共建立园区企业党支部31个", "county figure (永福县); the park (桂林经开区苏桥园区) is named only as beneficiary", "桂林经开区"),
    ("园区党建工作覆盖率达100%", "county figure", "桂林经开区"),
    ("实地走访重点企业78家", "visits", "东兴产业园区"),
    ("诉求107个", "requests", None),
    ("办结率达95.5%", "rate", None),
    ("额已完成52.05亿元", "city figure (东兴市)", None),
    ("组建7支党员攻坚队", "teams", None),
    ("助推产业园区18个重点项目开工建设", "a city party story (东兴市 is the subject), not the park's own sentence", "东兴产业园区"),
    ("推动企业151家入驻产业园区", "a city party story", "东兴产业园区"),
    ("增长到30家", "a city party story", "东兴产业园区"),
    ("固定资产投资完成147.", "district figure (港北区; the wrap cuts 147. / 61亿元)", None),
    ("三大经济板块", "count of sectors", "莱阳开发区"),
    ("2013年3月2日", "date line", None),
    ("总面积23平方公里", "area", "莱山开发区"),
    ("辖有十九个村(居)委会", "villages (Chinese numeral)", "莱山开发区"),
    ("完成生产总值40.5亿元", "GDP, no metric", "莱山开发区"),
    ("工业增加值33.68亿元", "value added, no metric", "莱山开发区"),
    ("地方财政收入2.35亿元", "fiscal revenue, no metric", "莱山开发区"),
    ("开发面积11.7平方公里", "area", "莱山开发区"),
    ("筑面积231万平方米", "floor area", "莱山开发区"),
    ("以八个“园中园”为载体", "count of sub-parks (Chinese numeral)", "莱山开发区"),
    ("等6个党组织", "district party organisations (港北区)", None),
    ("40多个非公企业党组织", "district party organisations", None),
]:
    NEG("u06", ev, why, np_)

for ev, why, np_ in [
    ("2024年3月1日", "masthead date", None),
    ("此次集中开工16个重点项目", "district figure (庐阳区); the ceremony was held in 庐阳经开区", "庐阳经开区"),
    ("总投资133.8亿元", "district figure; ceremony venue 庐阳经开区", "庐阳经开区"),
    ("产业发展类项目7个", "district figure", "庐阳经开区"),
    ("总投资61.2亿元", "district figure", "庐阳经开区"),
    ("项目总投资约10亿元", "a district project (合肥国际陆港二期)", "庐阳经开区"),
    ("等6个社会事业及基础设施项目", "district figure", None),
    ("总投资26.7亿元", "district figure", None),
    ("另有安居工程项目3个", "district figure", None),
    ("总投资45.9亿元", "district figure", None),
    ("项目不少于30个", "district target", None),
    ("2023年6月2日", "date line of the source", None),
    ("营收1.88亿元", "revenue, no metric", "文昌国际航天城"),
    ("营业收入20.4亿元", "revenue, no metric", "文昌国际航天城"),
    ("营业收入107亿元", "revenue, no metric", "文昌国际航天城"),
    ("5.23倍", "ratio", "文昌国际航天城"),
    ("2.62倍", "ratio", "文昌国际航天城"),
    ("营业收入40.65亿元", "revenue, no metric", "文昌国际航天城"),
    ("固投完成13.45亿元", "a quarter's fixed-asset investment, not a year's", "文昌国际航天城"),
    ("3.39倍", "ratio", "文昌国际航天城"),
    ("占比12.6%", "share", "文昌国际航天城"),
    ("完成营收79.27亿元", "revenue, no metric", "文昌国际航天城"),
    ("同比增长219.3%", "growth rate", "文昌国际航天城"),
    ("同比增长225.0%", "growth rate", "文昌国际航天城"),
    ("同比增长114.7%", "growth rate", "文昌国际航天城"),
    ("占比14.2%", "share", "文昌国际航天城"),
    ("0898-63300000", "phone number", None),
    ("2023-10-10 18:02", "date line", None),
    ("在2平方公里范围内", "area", "福州软件园"),
    ("园区总收入达1700亿元", "revenue, no metric", "福州软件园"),
    ("等20多项国家级、省级荣誉", "honours", "福州软件园"),
    ("已建成7个片区", "sub-areas", "福州软件园"),
    ("楼宇载体 176 栋", "buildings", "福州软件园"),
    ("总建筑面积约150万平方米", "floor area", "福州软件园"),
    ("担任企业中层干部(行政)的占100%", "a share of party organisations' members, not a coverage rate", "福州软件园"),
    ("占51.9%", "share", "福州软件园"),
]:
    NEG("u07", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("u01", "合肥新站高新区三季度招商引资项目集中签约", "合肥8月21日消息(记者赵家慧", "park", "新站高新区", 2024)
ART("u01", "", "企业代表集中签约(合肥新站", "other", None, 2024)
ART("u01", "福州第二季度集中开工186个重大项目", "近日,全市第二季度重大项目", "city", None, 2024)
ART("u01", "总投资超7000亿元!安徽1089个项目集中开工", "记者从10月7日召开的安徽2", "province", None, 2023)
ART("u01", "", "广告 | 少荃湖畔标准厂房招租", "ad", None, 2024)
ART("u02", "博鳌乐城先行区集中开工8个项目 总投资19.3亿元", "琼海融媒记者 李丽莎 黄兹安", "park", "博鳌乐城先行区", 2022)
ART("u02", "", "图为博鳌乐城先行区项目开工", "other", None, 2022)
ART("u02", "广元:集中开工101个项目,总投资219.5亿元", "四川在线记者 燕巧  1月4日", "city", None, 2022)
ART("u02", "三亚市海棠区:蹄疾步稳奔发展新程", "■ 本报记者 李艳玫", "district", None, 2022)
ART("u02", "福大怡山文化创意园:红色力量推动园区发展", "工业路523号,曾是赫赫有名", "park", "福大怡山文化创意园", 2022)
ART("u02", "", "庆祝“七一”活动。(鼓楼区委", "other", None, 2022)
ART("u03", "防城港:“十三五”产业经济增长较快", "10月14日,6个冷链集装箱", "city", None, 2020, parks=["防城港经开区"])
ART("u03", "海南自由贸易港航空航天产业招商 12个项目签约落地", "9月1日上午,由文昌国际航天城", "city", None, 2020)
ART("u03", "档案 | 防城港“项目集中开竣工周”启幕", "(本文原载2018年3月30日)", "city", None, 2018)
ART("u03", "", "北部湾港物流园 仓储招租", "ad", None, 2020)
ART("u04", "产业园区 重中之重", "本刊记者 沈钧 朱琼瑜", "city", None, 2017)
ART("u04", "四川大邑:着力构建以党建为引领的园区治理体系", "四川省大邑县非公有制经济", "county", None, 2017)
ART("u04", "博鳌乐城国际医疗旅游先行区产业成效初显 39个项目形成产业聚集", "记者从今天召开的“全省服", "park", "博鳌乐城先行区", 2017)
ART("u05", "总投资28.63亿元 乐城医工转化平台、瑞金海南医院二期等6个项目集中开工", "2月6日,海南自由贸易港建设", "park", "博鳌乐城先行区", 2023)
ART("u05", "海南文昌国际航天城起步区开建", "海南文昌国际航天城起步区一", "park", "文昌国际航天城", 2023)
ART("u05", "海南文昌航天产业集群效应初显 重大项目相继落地", "中新网海南文昌8月21日电", "park", "文昌国际航天城", 2023)
ART("u05", "京山沙洋28个项目集中开工签约 将有力促进两地相关产业延链补链强链", "(原载湖北日报2021年12月29", "county", None, 2021)
ART("u06", "江油市2016年第二批重大项目集中开工", "本报讯(记者 王金虎 文/图)", "city", None, 2016)
ART("u06", "总投资36亿!洪湖市12个重点项目集中开工投产", "9月28日,洪湖市举行“百日竞赛”", "city", None, None)
ART("u06", "博鳌乐城国际医疗旅游先行区今年全面开建", "【2014年4月14日】日前,记者", "park", "博鳌乐城先行区", 2014)
ART("u06", "山东莱阳开发区远东钢绳等8个过亿项目正在谈判", "【2013年3月2日】从山东省莱阳", "park", "莱阳开发区", 2013)
ART("u06", "莱山开发区:一个新型工业城区已基本形成", "莱山开发区招商网讯:莱山开发", "park", "莱山开发区", None)
ART("u06", "永福:两新党建为园区发展注入动力", "【2018年7月】永福县探索", "county", None, 2018)
ART("u06", "东兴市强化党建引领助推产业园区高质量发展", "【2024年7月23日】实地走访", "city", None, 2024)
ART("u06", "[港北区]党建引领县域经济大突破", "贵港讯 今年以来,港北区牢", "district", None, None)

ART("u07", "庐阳区2024年重大项目集中开工", "本报讯2月27日上午,合肥市庐", "district", None, 2024)
ART("u07", "园区回顾 | 文昌国际航天城:从“爬”到“跑”", "△《半月谈网》2023年6月2日", "park", "文昌国际航天城", 2023)
ART("u07", "2023中央媒体海南行采访团走进文昌国际航天城", "航天城产业服务中心已经投入", "park", "文昌国际航天城", 2023)
ART("u07", "福州鼓楼区案例入选全国“年度百佳园区党建品牌案例”", "更新时间:2023-10-10 18:02", "district", None, 2023, parks=["福州软件园"])
ART("u07", "", "航天主题研学营 报名热线", "ad", None, 2024)

PG = [
 ("u01", 2024, "masthead line 「2024年8月23日 星期五」; the 新站 lead names 2024年三季度; the 安徽 article is dated 2023 by its own sentence"),
 ("u02", 2022, "masthead 「第4版 2022年10月17日 星期一」; the 乐城 and 广元 leads name 2022年度 / 2022年第一季度; the 海棠区 and 福大怡山 stories carry no date of their own and take the page year"),
 ("u03", 2020, "masthead 「2020年10月21日 星期三」; the archive article carries its own date line (2018年3月30日)"),
 ("u04", 2017, "masthead 「2017年10月27日 星期五」; the 乐城 article says 今年 only, so its figures take the page year"),
 ("u05", 2023, "no masthead year (「园区新闻 第6版 / 星期二」); the 乐城 article's 2023年度第一批 gives the year; the 京山沙洋 article carries its own date line 2021年12月29日"),
 ("u06", None, "no masthead date; the briefs carry different years of their own (2016, 2014, 2013, 2018, 2024) or none (洪湖, 莱山, 港北区), so the page has no single year"),
 ("u07", 2024, "masthead 「2024年3月1日 星期五」 and the 庐阳 dateline 2月27日 with 2024年; the two 文昌 articles and the 鼓楼区 article are dated 2023 by their own lines (半月谈网 2023年6月2日; 2023中央媒体海南行; 更新时间:2023-10-10)"),
]


def check():
    bad = 0
    for r in gold + N:
        doc = r["doc"][:-4]
        page = PAGES[doc]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", doc, ev); bad += 1; continue
        if not any(ev in ln for ln in page.split("\n")):
            print("SPANS LINE", doc, ev); bad += 1
        if len(ev) > 40:
            print("TOO LONG", doc, ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        if g.get("duplicate_of") and g["duplicate_of"] not in page:
            print("DUP TARGET NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
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
