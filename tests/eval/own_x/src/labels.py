# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_x, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's
# form (s2tw for x04, full-width digits for x05) by build.py's rules; every evidence is checked
# to be on the decoded page, inside one line, <= 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "x04":
        return build.trad(s)
    if doc == "x05":
        return build.fullwidth(s)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party",
       "talent_count": "talent"}
U = {
 "yantan": "http://ctsc.apcreports.org.cn/ctsc/news/10638.html",
 "suqian": "http://www.sihfc.cn/news/10009111.html",
 "pengshan13": "stored pages corpus excerpt: 彭山经济开发区 2013年工作总结 (no address given)",
 "zhenyuan": "http://3g.qdn.cn/news/zy/201107/62953.shtml",
 "chengmei": "https://www.sckjw.com.cn/info/5709",
 "guizhou19": "http://ljzjr.cn/roll/2019/0910/c_72323.html",
 "yueshang": "http://www.uniwire.cn/html/2021/caijing_0910/149610.html",
 "jiangdu": "http://www.gzydxx.com.cn/Post/8da79ee5f99b610",
 "anning23": "https://yn.chinadaily.com.cn/a/202402/03/WS65bdad82a31026469ab17550.html",
 "anning_target": "http://zqcn.com.cn/154/20799.html",
 "bijie": "http://szb.eyesnews.cn/pc/cont/202302/02/content_85182.html",
 "sihongkfq": "http://www.mikemontage.com/index.php?c=area&id=1846&cid=38411",
 "sihong23": "http://www.baosizn.com/sihong/yszxdt/202309/5c3fa5d2c76243429a4e70791b020199.shtml",
 "tongnan": "http://www.dafa9499.com/a/xingyezixun/20220310/6163.html",
 "haikou": "http://ksrykj.com/news/c/2022-02-21/13500026.shtml",
 "dayi": "http://dangjian.people.com.cn/n1/2017/0824/c117092-29492843.html",
}
PARK = {  # canonical -> aliases as written (simplified; converted per page), sub_areas
 "沿滩高新区": (["沿滩高新技术产业园区", "沿滩高新区"], []),
 "彭山经开区": (["彭山经济开发区", "彭山经开区"], ["成眉工业集中区"]),
 "成眉新能源新材料园区": (["成眉新能源新材料园区"], []),
 "安宁工业园区": (["安宁工业园区", "安宁产业园区"], []),
 "泗洪经开区": (["泗洪经济开发区", "泗洪经开区"], []),
 "海口工业园区": (["海口工业园区"], []),
}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    aliases = [conv(doc, a) for a in PARK[park][0] if conv(doc, a) in page]
    subs = [conv(doc, s) for s in PARK[park][1] if conv(doc, s) in page]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases, "sub_areas": subs,
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("CNY" if cat == "investment" else "count"), "qualifier": qual,
           "from_value": from_value, "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


Y = 100000000
# ---- x01 (2021, Markdown) 沿滩高新区: present-day counts, 目前 -> page year 2021
G("x01", "沿滩高新区", "enterprise_count", 130, "入驻企业", "入驻企业一百三十余家", 2021, "page", "yantan", qual="over")
G("x01", "沿滩高新区", "enterprise_count", 60, "规上企业", "其中规上企业六十家", 2021, "page", "yantan")
G("x01", "沿滩高新区", "party_org_count", 48, "基层党组织", "基层党组织四十八个", 2021, "page", "yantan")
G("x01", "沿滩高新区", "party_member_count", 283, "党员", "党员二百八十三名", 2021, "page", "yantan")
G("x01", "沿滩高新区", "party_org_count", 40, "非公企业党组织", "非公企业党组织有四十个", 2021, "page", "yantan")
# ---- x02 (2014 page, 2013 review) 彭山经开区
G("x02", "彭山经开区", "investment_annual", 48 * Y, "全社会固定资产投资", "全年完成全社会固定资产投资48亿元", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "investment_annual", 48 * Y, "固定资产投资（标题）", "彭山经开区：去年固投48亿元", 2013, "page", "pengshan13",
  dup="全年完成全社会固定资产投资48亿元")
G("x02", "彭山经开区", "output_value", 139.5 * Y, "规上企业工业总产值", "规上企业工业总产值139.5亿元", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "tax_profit", 4 * Y, "入库税金", "入库税金4亿元", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "enterprise_count", 4, "新增规模企业", "全年新增规模企业4家", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "enterprise_count", 60, "规模企业", "规模企业总数从56家增加到60家", 2013, "article", "pengshan13",
  from_value=56, note="56 = 60 - 4 new (the source gives 新增4家 and 达到60家)")
G("x02", "彭山经开区", "enterprise_count", 5, "世界500强企业", "其中世界500强企业5家", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "project_count", 39, "在建产业项目", "全年园区在建产业项目39个", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "investment_total", 86 * Y, "在建产业项目", "总投资86亿元", 2013, "article", "pengshan13")
G("x02", "彭山经开区", "project_count", 16, "新开工项目", "2013年新开工项目16个", 2013, "explicit", "pengshan13")
G("x02", "彭山经开区", "investment_total", 52 * Y, "新开工项目", "总投资52亿元", 2013, "explicit", "pengshan13")
G("x02", "彭山经开区", "project_count", 10, "竣工项目", "等10个项目已竣工", 2013, "explicit", "pengshan13")
G("x02", "彭山经开区", "investment_total", 30 * Y, "联合利华（四川）全球生产基地一期洗衣粉项目", "总投资30亿元的联合利华", 2013, "article", "pengshan13", scope="project")
G("x02", "彭山经开区", "investment_total", 20 * Y, "海尔（天府新区）创新产业园项目", "总投资20亿元的海尔", 2013, "article", "pengshan13", scope="project")
G("x02", "彭山经开区", "investment_total", 15 * Y, "台湾研创触摸型终端制造项目", "总投资15亿元的台湾研创", 2013, "article", "pengshan13", scope="project")
G("x02", "彭山经开区", "investment_total", 5.7 * Y, "林德气体项目", "总投资5.7亿元的林德气体项目", 2013, "article", "pengshan13", scope="project")
# ---- x03 (2019 briefs) 成眉新能源新材料园区
G("x03", "成眉新能源新材料园区", "project_count", 41, "产业项目（累计引进）", "园区累计引进产业项目四十一个", 2019, "explicit", "chengmei")
G("x03", "成眉新能源新材料园区", "investment_total", 112.88 * Y, "产业项目（累计引进）", "总投资112.88亿元", 2019, "explicit", "chengmei")
G("x03", "成眉新能源新材料园区", "project_count", 3, "500强投资项目", "其中500强投资项目3个", 2019, "explicit", "chengmei")
G("x03", "成眉新能源新材料园区", "project_count", 17, "行业类龙头项目", "行业类龙头项目17个", 2019, "explicit", "chengmei")
G("x03", "成眉新能源新材料园区", "enterprise_count", 9, "国家高新技术企业", "国家高新技术企业9家", 2019, "article", "chengmei")
G("x03", "成眉新能源新材料园区", "enterprise_count", 6, "上市公司", "上市公司6家", 2019, "article", "chengmei")
G("x03", "成眉新能源新材料园区", "enterprise_count", 5, "境外企业", "境外企业5家", 2019, "article", "chengmei")
G("x03", "成眉新能源新材料园区", "talent_count", 14, "高端人才（刚性和柔性引进）", "引进高端人才14人", 2019, "article", "chengmei")
# ---- x04 (2021, traditional s2tw) 安宁工业园区: the 安宁粤商产业园 project
P = "安宁粤商产业园项目"
G("x04", "安宁工业园区", "investment_total", 17 * Y, P, "总投资17亿元，共引进", 2021, "article", "yueshang", scope="project")
G("x04", "安宁工业园区", "investment_total", 17 * Y, P + "（标题）", "安宁粤商产业园开工 总投资17亿元", 2021, "article", "yueshang",
  scope="project", dup="总投资17亿元，共引进")
G("x04", "安宁工业园区", "project_count", 14, "绿色装配式建筑产业项目（" + P + "引进）", "共引进十四个绿色装配式建筑产业项目", 2021, "article", "yueshang", scope="project")
for kind, n in [("钢结构类", 3), ("PC结构类", 3), ("骨架类", 1), ("门窗类", 1), ("维护系统类", 3), ("配套类", 3)]:
    G("x04", "安宁工业园区", "project_count", n, kind + "项目（" + P + "）", f"{kind}{n}个", 2021, "article", "yueshang", scope="project")
G("x04", "安宁工业园区", "tax_profit", 1.2 * Y, P + "（投产后年税收）", "年上缴税收1.2亿元", None, "none", "yueshang", scope="project",
  status="target", note="a post-production annual figure: no year names it")
# ---- x05 (no masthead year; 2024 from the article; full-width digits) 安宁工业园区 as 安宁产业园区
G("x05", "安宁工业园区", "investment_annual", 157 * Y, "固定资产投资", "全年完成固定资产投资157亿元", 2023, "explicit", "anning23")
G("x05", "安宁工业园区", "output_value", 1564.45 * Y, "规模以上工业总产值", "完成规模以上工业总产值1564.45亿元", 2023, "explicit", "anning23")
G("x05", "安宁工业园区", "output_value", 2500 * Y, "工业总产值", "工业总产值突破2500亿元", 2025, "explicit", "anning_target",
  qual="over", status="target")
G("x05", "安宁工业园区", "investment_annual", 157 * Y, "固定资产投资（表）", "固定资产投资 | 157亿元", 2023, "article", "anning23",
  dup="全年完成固定资产投资157亿元")
G("x05", "安宁工业园区", "output_value", 1564.45 * Y, "规上工业总产值（表）", "规上工业总产值 | 1564.45亿元", 2023, "article", "anning23",
  dup="完成规模以上工业总产值1564.45亿元")
# ---- x06 (2023, hard-wrapped 30) 泗洪经开区
G("x06", "泗洪经开区", "project_count", 700, "进区项目（累计）", "累计进区项目700多个", 2023, "page", "sihongkfq", qual="over")
# ---- x07 (2022) 海口工业园区
G("x07", "海口工业园区", "project_count", 27, "亿元以上项目（建园以来引进）", "引进亿元以上项目27个", 2022, "page", "haikou")
G("x07", "海口工业园区", "output_value", 168 * Y, "规模以上工业总产值", "园区规模以上工业总产值达168亿元", 2021, "explicit", "haikou")
G("x07", "海口工业园区", "investment_total", 27.2 * Y, "三环中化120万吨/年磷铵项目", "项目总投资27.2亿元", 2022, "page", "haikou", scope="project")
G("x07", "海口工业园区", "investment_total", 7.83 * Y, "云南中烟再造烟叶易地技改项目", "初设总投资7.83亿元", 2022, "page", "haikou", scope="project")

N = []


def NEG(doc, ev, why, not_park=None):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


Z = "沿滩高新区"
for ev, why in [("400余册红色书籍", "books, no metric"), ("已超200人", "participants, not members or talent"),
                ("已开展20余场", "sessions, no metric"), ("专题学习30余场", "sessions, no metric"),
                ("心得体会60余篇", "essays, no metric")]:
    NEG("x01", ev, why, Z)
S = "宿迁经开区"  # named only through an official's title
for ev, why in [("集中开工项目共71个", "city figure (宿迁市)"), ("计划总投资977.5亿元", "city figure"),
                ("年度计划投资516.1亿元", "city figure"), ("泗阳县15个项目", "county figure in a city story"),
                ("年度计划投资133亿元", "county figure"), ("泗洪县15个项目", "county figure"),
                ("年度计划投资102.5亿元", "county figure"), ("宿豫区5个项目", "district figure"),
                ("年度计划投资23.5亿元", "district figure"), ("有60个是制造业项目", "city figure"),
                ("计划总投资918亿元", "city figure"), ("投资占比达到94%", "share")]:
    NEG("x01", ev, why, S)
NEG("x01", "0813-3305566", "phone number", Z)

PS = "彭山经开区"
for ev, why in [("同比增长9.1%", "growth rate"), ("实现销售收入150亿元", "sales revenue, no metric"),
                ("已完成投资5.87亿元", "construction progress of one project"), ("年内完成投资2.91亿元", "construction progress"),
                ("一期10万平方米厂房", "area"), ("仅用11个月", "duration"), ("028-38556677", "phone number")]:
    NEG("x02", ev, why, PS)
QD = "黔东工业园区"  # a county story (镇远县) that names its park
for ev, why in [("共引进项目32个", "county figure (镇远县)"), ("其中亿元以上项目15个", "county figure"),
                ("1—9亿元项目10个", "county figure; threshold band"), ("20—29亿元项目3个", "county figure"),
                ("100亿元项目1个", "county figure"), ("共15个亿元以上招商引资项目", "county story: projects under way in its park"),
                ("开工率达66.6%", "rate, no metric")]:
    NEG("x02", ev, why, QD)

CM = "成眉新能源新材料园区"
NEG("x03", "近50%的市场份额", "share", CM)
for ev, why in [("共签约6个项目", "district figure (彭山区)"), ("计划总投资上百亿元", "district figure"),
                ("总投资约100亿元", "district project not located in the park"), ("约1500亩", "area"),
                ("其余5个项目均落户成眉新能源新材料园区", "district signing: projects landing in the park, the story is 彭山区's")]:
    NEG("x03", ev, why, CM)
GY = "贵阳现代制造产业园"  # venue only
for ev, why in [("项目总投资685.3亿元", "province figure (贵州省); the park is only the venue"),
                ("当年计划完成投资173.1亿元", "province figure"), ("清洁高效电力项目45个", "province figure"),
                ("总投资150.11亿元", "province figure"), ("大数据电子信息项目6个", "province figure"),
                ("总投资117.97亿元", "province figure"), ("先进装备制造项目17个", "province figure"),
                ("总投资112.35亿元", "province figure"), ("分别为39个和24个", "city figures (毕节, 贵阳)"),
                ("129.24亿元和208.96亿元", "city figures")]:
    NEG("x03", ev, why, GY)
NEG("x03", "028-38201234", "phone number", CM)

AN = "安宁工业园区"
for ev, why in [("690亩", "area"), ("26万平方米", "area"), ("约20.5万吨", "material quantity"),
                ("水泥45万吨", "material quantity"), ("约1800个就业岗位", "jobs"),
                ("预计2022年底全面竣工投产", "date")]:
    NEG("x04", ev, why, AN)
JD = "江都经开区"  # a district story held at a project site in the park
for ev, why in [("市级重大项目57个", "district figure (江都区)"), ("年度计划投资134.8亿元", "district figure"),
                ("已开工55个", "district figure"), ("开工率96.5%", "rate"),
                ("10个重大项目集中开工", "district figure"), ("总投资20.2亿元", "district figure"),
                ("共有5个项目参加", "district story: projects of the park and a town together"),
                ("总投资6.5亿元", "park + town together, a district story"),
                ("计划总投资1亿元", "a company project at the venue, in a district story"),
                ("年开票销售1.5亿元", "sales, no metric")]:
    NEG("x04", ev, why, JD)

for ev, why in [("围绕8条产业链", "chains, no metric"), ("形成3个千亿级主导产业集群", "clusters, no metric")]:
    NEG("x05", ev, why, AN)
BJ = "毕节高新区"
for ev, why in [("“四化”项目62个", "city figure (毕节市)"), ("总投资291.82亿元", "city figure"),
                ("新型工业化项目27个", "city figure"), ("总投资139.28亿元", "city figure"),
                ("基础设施项目17个", "city figure"), ("总投资58.67亿元", "city figure"),
                ("民生工程项目5个", "city figure"), ("总投资11.03亿元", "city figure"),
                ("总投资约30亿元", "city story: the venue project located in the park"),
                ("年销售收入约150亿元", "sales, no metric; city story"),
                ("上缴各项税费约4.5亿元", "city story: the venue project's taxes"), ("年产10万吨", "capacity")]:
    NEG("x05", ev, why, BJ)
NEG("x05", "0871-68123456", "phone number", AN)

SH = "泗洪经开区"
for ev, why in [("就业人口6万余人", "jobs"), ("规划面积3.5平方公里", "area"),
                ("亿元以上项目98个", "county figure (泗洪县)"), ("协议总投资491.5", "county figure"),
                ("其中10亿元以上项目20个", "county figure"), ("50亿元以上项目2个", "county figure"),
                ("24个项目计划总投资211亿元", "county figure"), ("年度计划投资41.5亿元", "county figure"),
                ("其中10亿元以上项目7个", "county figure")]:
    NEG("x06", ev, why, SH)
for ev, why in [("涉及73个重点项目，总投资227亿元", "district figure (潼南区)"), ("集中签约项目23个", "district figure"),
                ("集中开工项目36个", "district figure"), ("竣工投产项目14个", "district figure"),
                ("在潼南投资18亿元", "company project in a district story"), ("年产值12亿元", "company output in a district story")]:
    NEG("x06", ev, why, None)

HK = "海口工业园区"
for ev, why in [("完成基础设施投资25亿元", "completed construction spending, no metric"), ("占地43公顷", "area"),
                ("产销率达99.15%", "rate"), ("2021年完成投资1.35亿元", "construction progress"),
                ("总生产能力2.3万吨", "capacity"), ("0871-67890123", "phone number")]:
    NEG("x07", ev, why, HK)
for ev, why in [("成立10个党建小组团", "county figure (大邑县); groups, no metric"),
                ("三类产业园区已建党组织175个", "county-wide figure over its three kinds of parks"),
                ("发展党员1681名", "county figure; new members recruited"), ("增长65%", "growth rate"),
                ("党的工作覆盖率均为100%", "county figure: industrial parks in general, no named park"),
                ("仅有7名党员", "company figure"), ("拥有70名党员", "company figure"), ("下设3个支部", "company figure")]:
    NEG("x07", ev, why, None)

A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(a["doc"] == f"{doc}.txt" for a in A), "title": conv(doc, title),
           "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("x01", "沿滩高新区：“红色书吧”里学党史 园区产业加速跑", "本报讯（记者 郭远乐 通讯员", "park", "沿滩高新区", 2021)
ART("x01", "", "图为沿滩高新区党群服务中心", "other", None, 2021)
ART("x01", "宿迁71个重大产业项目集中开工", "本报讯 2月26日，宿迁市20", "city", None, 2021)
ART("x01", "", "沿滩高新区招商服务中心 欢迎", "ad", None, 2021)
ART("x02", "彭山经开区：去年固投48亿元", "本报讯 2013年，彭山经济开", "park", "彭山经开区", 2013)
ART("x02", "镇远县：黔东工业园区再掀建设热潮", "2011年上半年，镇远县创新", "county", None, 2011)
ART("x02", "青龙物流园仓储招租", "标准库房 交通便捷 联系电话", "ad", None, 2014)
ART("x03", "● 成眉新能源新材料园区：光电显示产业集群三年从无到有", "成眉新能源新材料园区成立于", "park", "成眉新能源新材料园区", 2019)
ART("x03", "● 彭山区一季度集中签约6个项目", "3月7日，眉山市彭山区201", "district", None, 2019)
ART("x03", "● 贵州十大千亿级产业重大项目集中开工", "中新网贵阳9月9日电（记者", "province", None, 2019)
ART("x03", "● 招商", "成眉新能源新材料园区投资服务", "ad", None, 2019)
ART("x04", "安宁粤商产业园开工 总投资17亿元", "本报讯 9月9日，安宁粤商产", "park", "安宁工业园区", 2021)
ART("x04", "", "图为安宁粤商产业园开工现场", "other", None, 2021)
ART("x04", "江都区三季度10个重大项目集中开工", "本报讯 在江都经济开发区畅源", "district", None, 2021)
ART("x05", "安宁产业园区：三大产业集群厚植发展新优势", "本报讯 2月2日，记者从安宁", "park", "安宁工业园区", 2024)
ART("x05", "毕节市2023年第一季度重大项目集中开工", "本报讯 毕节市2023年第一", "city", None, 2023)
ART("x05", "", "园区标准厂房招租 咨询电话", "ad", None, 2024)
ART("x06", "对话园区：泗洪经开区的“2+1”产业之路", "问：泗洪经济开发区现在的体量", "park", "泗洪经开区", 2023)
ART("x06", "泗洪县24个重大产业项目集中开工", "本报讯 9月28日上午，泗洪", "county", None, 2023)
ART("x06", "潼南73个重点项目集中签约开工竣工投产", "3月9日，重庆市潼南区举行2", "district", None, 2022)
ART("x07", "海口工业园区：大抓项目 磷化工产业链加速延伸", "本报讯 日前，昆明市产业发展", "park", "海口工业园区", 2022)
ART("x07", "", "图为海口工业园区磷化工企业生", "other", None, 2022)
ART("x07", "大邑县：党建引领园区治理", "本报讯（记者 唐文）2017", "county", None, 2017)
ART("x07", "", "园区企业服务专线 0871-6", "ad", None, 2022)

PG = [
 ("x01", 2021, "masthead 「园区经济 · 第3版 · 2021年7月22日 星期四」; the 宿迁 story names 2021年"),
 ("x02", 2014, "masthead 「2014年1月16日 星期四 第6版」; the 彭山 review reports 2013年 (headline 去年); an archive item reprints 2011年 figures"),
 ("x03", 2019, "masthead 「2019年9月12日 星期四 第3版」; briefs name 截至2019年2月, 2019年一季度, 2019年贵州省"),
 ("x04", 2021, "masthead 「2021年9月10日 星期五 第2版」; datelines 9月9日 without year; 预计2022年底 is a future date"),
 ("x05", 2024, "no masthead year (「第５版 · 园区」), dateline ２月２日 without year; the 安宁 story reports ２０２３年 全年 figures and plans for ２０２４年, so the page is 2024; the 毕节 story is a 2023 item"),
 ("x06", 2023, "masthead 「2023年10月9日 星期一 第4版」; 泗洪县 今年以来 / 9月28日; the 潼南 item is dated 2022年第一季度"),
 ("x07", 2022, "masthead 「2022年2月24日 星期四 第7版」; the 海口 story reports 2021年 figures; the 大邑 item is a 2017 story"),
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
                                              for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
