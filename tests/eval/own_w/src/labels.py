# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_w, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2hk for w04, full-width digits for w05); every evidence is checked to be on the decoded page,
# inside one line, <= 40 chars, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "w04":
        return build.trad(s)
    if doc == "w05":
        return build.fullwidth(s)
    return s


CAT = {"party_org_count": "party", "party_member_count": "party", "investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "project_count": "projects", "enterprise_count": "enterprises"}
U = {
 "zjk": "http://m.hebnews.cn/hebei/2018-04/09/content_6839824.htm",
 "hebei17": "https://shijiazhuang.baogaosu.com/xinwen/%E9%A1%B9%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE/54903532",
 "sjz": "http://jiangsulong.com/a/2020/1116/111625H4922020.html",
 "langfang": "http://m.floridamenpodcast.com/cjzx/20220526423845.shtml",
 "dongli22": "http://cnbzol.com/news/society/2022/0212/404863.html",
 "dongli20": "http://www.zhaoshang.org.cn/swhz/swhzt/682.html",
 "kkdl": "https://njsdtech.com/news/354849.html",
 "tacheng": "http://melab.com.tw/uploads/xinwen.asp?Q=sY2rg.html",
 "xiuyan": "https://hlj.chinadaily.com.cn/a/202407/28/WS66a63df8a3107cd55d26ceca.html",
 "dandong": "https://finance.sina.com.cn/jjxw/2024-08-16/doc-inciuumq6012532.shtml",
 "wuwei": "http://m.zhongguozhaoshang.com/news/1501.html",
 "lanzhou14": "https://www.zzhs001.com/W/HdContentDisp-11-1185-2015630-141854.htm",
 "jiuquan": "http://tp.hkcd.com/content/2015-05/26/content_933171.html",
 "gansu23": "https://wap.xinxilanzhou.com/?action=show&contentid=204719",
 "qingyang": "http://hkcd.com/content_p/2023-02/11/content_148078.html",
 "lanzhou17": "https://m.yybnet.net/lanzhou/news/201707/6294008.html",
 "liaoning21": "http://faronline.cn/wap/newsPage.php?ns=316&nt=8",
 "tianjin12": "http://paper.wenweipo.com/2013/01/23/FM1301230007.htm",
 "jinghai": "http://tjcfw.com.cn/index.php/post/3820.html",
 "tongji": "stored pages corpus excerpt, no address given (人民网上海频道 2023-03-08 「企业党员有了归属感→这个园区党总支成立！」, on a mirror site)",
 "zgcsoft": "http://www.fgdjw.com.cn/df/bj/201811/t20181126_8838752.shtml",
 "xinhua12": "http://nakedoat.com/govweb/jrzg/2012-03/23/content_2098581.htm",
}
PARK = {  # park -> aliases (simplified, converted per page), sub_areas
 "张家口经开区": (["张家口经开区"], []),
 "廊坊临空经济区": (["廊坊临空经济区"], []),
 "可克达拉经开区": (["可克达拉经济技术开发区", "可克达拉经开区"], ["城西循环经济产业园"]),
 "塔城重点开发开放试验区": (["新疆塔城重点开发开放试验区", "塔城重点开发开放试验区"], ["先行发展区"]),
 "武威工业园区": (["武威工业园区"], []),
 "黄羊工业园区": (["黄羊工业园区"], []),
 "同济科技园虹口园": (["上海同济科技园虹口园", "同济科技园虹口园"], ["上海同济虹口绿色科技产业园"]),
 "中关村软件园": (["中关村软件园"], []),
}
Y = 100000000
W = 10000
gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, dup=None, note=None):
    cat = CAT[metric]
    page = PAGES[doc]
    row = {"doc": f"{doc}.txt", "park": conv(doc, park) if False else park,
           "park_aliases": [conv(doc, a) for a in PARK[park][0] if conv(doc, a) in page],
           "sub_areas": [conv(doc, s) for s in PARK[park][1] if conv(doc, s) in page],
           "category": cat, "metric": metric, "value": (round(value) if value >= 1000 else value),
           "unit": unit or ("CNY" if cat == "investment" else "count"), "qualifier": qual, "from_value": None,
           "value_low": None, "subject": subject, "scope": scope, "status": status,
           "year": year, "year_source": ysrc, "evidence": conv(doc, ev), "source_url": U[url]}
    if dup:
        row["duplicate_of"] = conv(doc, dup)
    if note:
        row["note"] = note
    gold.append(row)


# ---------------- w01 (masthead 2018) ----------------
d, p = "w01", "张家口经开区"
G(d, p, "project_count", 100, "重点项目（谋划实施）", "今年经开区谋划实施重点项目100个", 2018, "article", "zjk")
G(d, p, "project_count", 100, "重点项目（标题）", "经开区2018年100个重点项目集中开工仪式", 2018, "explicit", "zjk",
  dup="今年经开区谋划实施重点项目100个")
G(d, p, "project_count", 100, "重点项目（再次提及）", "据了解，100个重点项目中", 2018, "article", "zjk",
  dup="今年经开区谋划实施重点项目100个")
G(d, p, "investment_total", 2191 * Y, "100个重点项目总投资", "总投资2191亿元", 2018, "article", "zjk")
G(d, p, "project_count", 58, "新建续建项目（年内将全部开工）", "其中58个新建续建项目年内将全部开工", 2018, "article", "zjk")
G(d, p, "investment_annual", 112 * Y, "58个新建续建项目年内计划完成投资", "计划完成投资112亿元", 2018, "article", "zjk",
  status="target")
G(d, p, "project_count", 36, "10亿元以上项目", "10亿元以上项目36个", 2018, "article", "zjk")
G(d, p, "project_count", 13, "50亿元以上项目", "50亿元以上项目13个", 2018, "article", "zjk")
G(d, p, "project_count", 2, "列入省级重点项目", "已列入省级重点项目2个", 2018, "article", "zjk")
G(d, p, "project_count", 13, "列入市级重点项目", "列入市级重点项目13个", 2018, "article", "zjk")
G(d, p, "project_count", 24, "续建项目", "续建项目24个", 2018, "article", "zjk")
G(d, p, "project_count", 34, "新开工项目", "新开工项目34个", 2018, "article", "zjk")
G(d, p, "project_count", 42, "前期项目", "前期项目42个", 2018, "article", "zjk")

# ---------------- w02 (masthead 2022) ----------------
d, p = "w02", "廊坊临空经济区"
G(d, p, "project_count", 6, "集中开工重点产业项目", "此次集中开工6个重点产业项目", 2022, "article", "langfang")
G(d, p, "investment_total", 90.8 * Y, "6个集中开工重点产业项目总投资", "总投资90.8亿元", 2022, "article", "langfang")

# ---------------- w03 (masthead 2024) ----------------
d, p = "w03", "可克达拉经开区"
G(d, p, "project_count", 22, "签约产业项目（2023年4月以来）", "该开发区共签约22个产业项目", 2023, "explicit", "kkdl",
  note="the clause opens 2023年4月以来 (a period running to the October 2024 report); the clause's year is taken")
G(d, p, "investment_total", 100 * Y, "22个签约产业项目总投资", "总投资超100亿元", 2023, "explicit", "kkdl", qual="over")
G(d, p, "investment_total", 3024 * W, "创新创业产业园孵化建设项目", "总投资达3024万元", 2024, "page", "kkdl",
  scope="project", note="the sentence's 2023年 dates the completion (竣工验收), not the investment")
p = "塔城重点开发开放试验区"
G(d, p, "output_value", 3 * Y, "先行发展区工业产值（今年前10月，预计）", "预计实现工业产值3亿元", 2024, "page", "tacheng",
  qual="over", status="target", note="以上 follows after the bracket （人民币，下同）")
G(d, p, "output_value", 2 * Y, "中水四局（塔城）能源装备有限公司投产以来产值", "产值逾2亿元", 2024, "page", "tacheng",
  qual="over", scope="project")
G(d, p, "enterprise_count", 63, "先行发展区累计入驻企业", "已累计入驻63家企业", 2024, "page", "tacheng")
G(d, p, "project_count", 75, "先行发展区落地建设项目", "75个项目落地建设", 2024, "page", "tacheng")

# ---------------- w04 (s2hk, masthead 2015) ----------------
d = "w04"
G(d, "武威工业园区", "project_count", 117, "上半年开工建设项目", "武威工业园区开工建设项目117项", 2015, "page", "wuwei")
G(d, "武威工业园区", "investment_total", 32.84 * Y, "上半年开工建设项目总投资", "总投资32.84亿元", 2015, "page", "wuwei")
G(d, "黄羊工业园区", "project_count", 65, "上半年开工建设项目", "黄羊工业园区开工建设项目65项", 2015, "page", "wuwei")
G(d, "黄羊工业园区", "investment_total", 11.43 * Y, "上半年开工建设项目总投资", "总投资11.43亿元", 2015, "page", "wuwei")

# ---------------- w07 (party page; masthead 2023) ----------------
d, p = "w07", "同济科技园虹口园"
G(d, p, "party_org_count", 3, "园区党总支下属党支部", "园区党总支现下属3个党支部", 2023, "page", "tongji")
G(d, p, "party_org_count", 3, "党总支成立前园区党支部", "在党总支成立前，园区有3个党支部", 2023, "page", "tongji",
  note="the same three branches before the 党总支 was formed; a second mention, not a change")
p = "中关村软件园"
G(d, p, "party_org_count", 38, "党建联席会成员单位（党组织）", "中关村软件园首届党建联席会的成员单位共38家", 2018, "article", "zgcsoft",
  note="成员单位 are party organisations (党委/党总支/党支部) in the park; 家 as their unit")
G(d, p, "party_org_count", 14, "联席会成员党委", "包括党委14家", 2018, "article", "zgcsoft")
G(d, p, "party_org_count", 3, "联席会成员党总支", "党总支3家", 2018, "article", "zgcsoft")
G(d, p, "party_org_count", 21, "联席会成员党支部", "党支部21家", 2018, "article", "zgcsoft")
G(d, p, "party_member_count", 10000, "联席会成员管理的在册党员", "管理在册党员近万名", 2018, "article", "zgcsoft", qual="nearly")

N = []


def NEG(doc, ev, why, not_park=None):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


d = "w01"
for ev in ["抓好3000项重点项目建设", "其中省重点项目340项", "完成投资7000亿元以上", "总投资11859.3亿元",
           "全年计划投资2446.3亿元", "前期项目100项", "总投资8910.5亿元", "战略性新兴产业项目167项", "现代服务业项目97项"]:
    NEG(d, ev, "河北省 (province) figure", "张家口经开区")
NEG(d, "占49.1%", "share", None)
for ev in ["261个影响力大", "总投资达632.6亿元", "年度计划投资148.1亿元", "省市重点项目350项", "总投资6416.3亿元",
           "年度计划投资840.5亿元"]:
    NEG(d, ev, "石家庄市 (city) figure, 2020", "张家口经开区")
NEG(d, "项目平均投资规模2.4亿元", "average per project; and a city figure", None)
NEG(d, "0313-5550000", "phone number", None)

d = "w02"
for ev in ["总投资313.99亿元 廊坊中部区县48项", "此次开工项目共48项", "今年计划投资79.24亿元", "产业项目36项",
           "总投资251.89亿元", "战略新兴项目15项", "现代服务业项目12项", "总投资103.09亿元", "民生补短板项目5项",
           "基础设施项目7项"]:
    NEG(d, ev, "廊坊市中部区县 (city) aggregate; the park's own sentence is separate", "廊坊临空经济区")
for ev in ["东丽区今年新开工项目33个", "新开工项目共计33个", "计划总投资378亿元", "一季度新开工项目12个", "计划总投资97亿元"]:
    NEG(d, ev, "东丽区 (district) figure; the ceremony was held in 华明高新区", "华明高新区")
NEG(d, "投资3.2亿元", "a company's project in a district story; the park is only its site", "华明高新区")
for ev in ["东丽22个项目协议投资额231.8亿元", "共签约项目22个", "本次签约项目共计22个", "其中亿元以上项目13个"]:
    NEG(d, ev, "东丽区 (district) signing, 2020", "华明高新区")
NEG(d, "0316-2220000", "phone number", None)

d = "w03"
NEG(d, "总规划面积50平方公里", "area", "可克达拉经开区")
NEG(d, "分3个园区", "count of sub-parks, no metric", "可克达拉经开区")
NEG(d, "规划用地面积26.47平方公里", "area", "可克达拉经开区")
NEG(d, "建有办公室63间", "rooms, no metric", "可克达拉经开区")
NEG(d, "先行发展区已累计投资近60亿元", "cumulative infrastructure spending, not 总投资 of projects (borderline)", "塔城重点开发开放试验区")
NEG(d, "年设计生产风力发电机组100万千瓦", "capacity", "塔城重点开发开放试验区")
NEG(d, "已出口产品产值2000多万元", "a company's export value (not 产值 of the park; borderline)", "塔城重点开发开放试验区")
NEG(d, "已完成60多套风电塔筒", "orders, no metric", "塔城重点开发开放试验区")
NEG(d, "10个项目集中签约", "岫岩县 (county) figure", None)
NEG(d, "总投资达35.8亿元", "岫岩县 (county) figure", None)
for ev in ["开复工投资500万元以上项目733个", "其中新开工项目293个", "续建项目440个", "开复工投资亿元以上项目204个",
           "投资21.1亿元", "投资25.1亿元"]:
    NEG(d, ev, "丹东市 (city) figure", "东港经开区")
NEG(d, "占地面积23.6万平方米", "area of a project sited in 东港经济开发区 (city story)", "东港经开区")

d = "w04"
NEG(d, "共开工建设各类项目182项　总投资44.27亿元", "headline: the two parks' combined total, no single park", "武威工业园区")
NEG(d, "上半年武威、黄羊两个工业园区共开工建设各类项目182项", "two parks combined", "武威工业园区")
NEG(d, "总投资44.27亿元，累计", "two parks combined", "黄羊工业园区")
for ev, pk in [("累计完成投资20.81亿元", "武威工业园区"), ("累计完成投资12.46亿元", "武威工业园区"),
               ("累计完成投资8.35亿元", "黄羊工业园区"), ("已完成投资1700万元", "黄羊工业园区")]:
    NEG(d, ev, "construction progress (完成投资), no metric", pk)
NEG(d, "年产5000吨木糖", "capacity", "武威工业园区")
for ev in ["全市共有107户企业", "总投资637.45亿元", "有72户企业", "有35户企业", "等11户企业"]:
    NEG(d, ev, "兰州市 (city) relocation programme, 2014; 兰州新区 is only a destination", "兰州新区")
for ev in ["签约项目21个", "签约额达136.34亿元", "签约项目9个", "签约额达92.44亿元"]:
    NEG(d, ev, "酒泉市 (city) figure", None)
NEG(d, "0935-2210000", "phone number", None)

d = "w05"
for ev in ["287个省列重大项目", "总投资16512亿元", "年度计划投资2512亿元", "计划新开工项目119个", "续建项目148个",
           "亿元以上重大项目900个", "年度计划投资2176亿元"]:
    NEG(d, ev, "甘肃省 (province) figure; the event was held in 兰州新区", "兰州新区")
for ev in ["开工重大项目90个", "总投资687亿元，", "年度计划投资278亿元", "亿元以上项目184个", "总投资3150亿元"]:
    NEG(d, ev, "庆阳市 (city) figure", None)
for ev in ["共签约项目164个", "签约总额1114.35亿元", "10亿元以上项目38个"]:
    NEG(d, ev, "兰州市 (city) figure, 2017", None)
NEG(d, "投资15亿元的甘肃医药产业园", "a project in a city story (the 产业园 is the project itself)", "甘肃医药产业园")

d = "w06"
for ev in ["1141个新建项目", "总投资4676亿元", "年度计划投资1142亿元", "3318个续建项目", "总投资5.1万亿"]:
    NEG(d, ev, "辽宁省 (province) figure", None)
NEG(d, "沈抚示范区15个", "a zone's share inside a province list", "沈抚示范区")
for ev in ["累计签约项目2046个", "计划总投资6080亿元", "的有680", "的有220项", "目前竣工", "在建项目443个"]:
    NEG(d, ev, "天津市 31 parks together (city aggregate), 2012", None)
for ev in ["22个重点", "总投资约130亿元"]:
    NEG(d, ev, "静海区 (district) figure; 子牙经济技术开发区 is one of the sites", "子牙经开区")

d = "w07"
NEG(d, "4楼党群服务站", "floor number", "同济科技园虹口园")
NEG(d, "6家党组织当选副会长单位", "organisations elected to an office, not a count of the park's organisations", "中关村软件园")
for ev in ["共有党员350多万名", "党组织近30万个", "99.6%建立了党组织", "规模以上非公企业96%"]:
    NEG(d, ev, "national (全国) figure, 2010", None)
NEG(d, "021-6500 0000", "phone number", None)

A = []


def ART(doc, title, first, kind, park, year, parks=None):
    r = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"), "title": conv(doc, title),
         "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        r["parks"] = parks
    A.append(r)


ART("w01", "经开区2018年100个重点项目集中开工仪式", "河北新闻网讯（通讯员何欣", "park", "张家口经开区", 2018)
ART("w01", "河北省2017年着力推进3000项重点项目", "从2月13日召开的2017年", "province", None, 2017)
ART("w01", "石家庄261个重点项目集中开工", "河北新闻网讯　日前，河北省", "city", None, 2020)
ART("w01", "", "招商热线：0313-5550000", "ad", None, 2018)
ART("w02", "总投资313.99亿元 廊坊中部区县48项重点项目集中开工", "中新网河北新闻5月26日电", "city", None, 2022,
    parks=["廊坊临空经济区"])
ART("w02", "", "图为廊坊市2022年中部区县", "other", None, 2022)
ART("w02", "总投资378亿元 东丽区今年新开工项目33个", "天津北方网讯：2月10日，", "district", None, 2022)
ART("w02", "东丽22个项目协议投资额231.8亿元", "2月21日，东丽区2020年", "district", None, 2020)
ART("w02", "", "厂房出租　廊坊 0316-2220000", "ad", None, 2022)
ART("w03", "● 可克达拉经开区：沙漠中打造产业绿洲", "中新网新疆可克达拉10月13", "park", "可克达拉经开区", 2024)
ART("w03", "● 塔城重点开发开放试验区先行发展区企业落地见效", "中新社新疆塔城11月10日电", "park", "塔城重点开发开放试验区", 2024)
ART("w03", "● 岫岩县10个项目集中签约", "7月22日，岫岩县举行招商引", "county", None, 2024)
ART("w03", "● 丹东前7个月开复工项目733个", "记者从丹东市发改委获悉，前7", "city", None, 2024)
ART("w04", "共开工建设各类项目182项　总投资44.27亿元", "今年以来，凉州区不断加快工", "park", "武威工业园区", 2015,
    parks=["武威工业园区", "黄羊工业园区"])
ART("w04", "总投资637亿　兰州已有107户企业启动实施出城入园", "（2014年12月19日）12", "city", None, 2014)
ART("w04", "酒泉赴深圳签约21个项目", "酒泉市在广东深圳举办的“建设", "city", None, 2015)
ART("w04", "", "园区招商　武威 0935-2210000", "ad", None, 2015)
ART("w05", "2512亿元！甘肃一季度重大项目集中开工", "新甘肃客户端2月11日讯　今天", "province", None, 2023)
ART("w05", "总投资687亿元　甘肃庆阳90个重大项目集中开工", "本次活动庆阳市开工重大项目90", "city", None, 2023)
ART("w05", "兰洽会兰州市共签约164个项目", "第二十三届兰洽会兰州市各县区", "city", None, 2017)
ART("w06", "辽宁一季度1141个新建项目集中开工", "辽沈晚报记者王琳报道 今年一季", "province", None, 2021)
ART("w06", "天津31个示范工业园区签约项目2046个", "香港文汇报讯 记者日前获悉，截", "city", None, 2012)
ART("w06", "静海区22个重点项目集中开工", "3月10日，天津市静海区举行重", "district", None, 2021)

ART("w07", "企业党员有了归属感→这个园区党总支成立！", "“园区党总支成立后，一方面", "park", "同济科技园虹口园", 2023)
ART("w07", "海淀园工委在中关村软件园成立党建工作联席会推动党建共建", "（2018年11月）党建促服", "park", "中关村软件园", 2018)
ART("w07", "全国非公企业党员已达350多万名", "新华社北京3月23日电（记者", "national", None, 2012)
ART("w07", "", "园区党群服务热线 021-6500 0000", "ad", None, 2023)

PG = [
 ("w01", 2018, "masthead 「2018年4月10日 星期二 · 第3版」; the park story names its 2018年 ceremony; the 河北 (2017年) and 石家庄 (2020年, marked 原刊于2020年11月) items carry their own years"),
 ("w02", 2022, "masthead 「2022年5月27日 星期五　第6版」; the 廊坊 story names 2022年; the second 东丽 item is dated 2020年 in its lead"),
 ("w03", 2024, "masthead 「2024年11月18日 星期一」; datelines 10月13日 / 11月10日 / 7月22日 carry no year; 可克达拉 names 2023年4月以来"),
 ("w04", 2015, "masthead 「2015年8月5日」; the 武威 story says 今年 / 上半年; the 兰州 item is dated 2014年12月19日"),
 ("w05", 2023, "no masthead year (「第3版　星期一」); the 甘肃 story's own 2023年一季度 / 2023年 gives the year, the 庆阳 item's 今年 follows it; the 兰洽会 item is marked 资料：2017年7月"),
 ("w07", 2023, "masthead 「2023年3月10日 星期五 · 第8版」; the 中关村软件园 item is dated （2018年11月）, the 新华社 item names 2010年底 and is marked 资料：2012年3月"),
 ("w06", 2021, "masthead 「2021年3月31日 星期三」; the 天津 item carries 截至2012年底 and its 2013年1月23日 note"),
]


def check():
    bad = 0
    for r in gold + N:
        page = PAGES[r["doc"][:-4]]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", r["doc"], ev); bad += 1; continue
        if "\n" in ev or len(ev) > 40:
            print("LINE/LENGTH", r["doc"], ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
        if "duplicate_of" in g and g["duplicate_of"] not in page:
            print("DUP NOT ON PAGE", g["doc"], g["duplicate_of"]); bad += 1
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
