# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_r, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's
# form (s2tw / s2hk / full-width digits) by build.render's rules; every evidence is checked to be
# on the decoded page, inside one line, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in ["r01", "r02", "r03", "r04", "r05", "r06", "r07"]}


def conv(doc, s):
    if doc == "r04":
        return build.fullwidth(s)
    if doc == "r05":
        return build.trad(s, build.S2TW)
    if doc == "r06":
        return build.trad(s, build.S2HK)
    return s


CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "party_org_count": "party", "party_member_count": "party"}
UNIT = {"investment": "CNY"}
U = {
 "fengquanhu": "https://static.nfapp.southcn.com/content/202403/21/c8710152.html",
 "yueyang": "https://yy.rednet.cn/content/646846/53/13543559.html",
 "jiangxi": "http://tibet.cn/cn/Instant/domestic/202402/t20240220_7575075.html",
 "liujing": "http://gx.people.com.cn/n2/2024/0620/c409434-40885900.html",
 "yichun": "stored pages corpus excerpt (宜春 非公党建, 记者胡光华 通讯员魏志洋; no address given)",
 "yulin": "http://api.zqcn.com.cn/160/53421.html",
 "anyi": "http://www.jx.chinanews.com/news/2024/0229/92743.html",
 "guizhou": "https://guiyang.baogaosu.com/xinwen/%E9%A1%B9%E7%9B%AE%E9%9B%86%E4%B8%AD%E5%BC%80%E5%B7%A5%E6%80%BB%E6%8A%95%E8%B5%84/53949280",
 "kaili13": "http://www.qdn.cn/html/2013/kljjkfq_0402/80563.shtml",
 "kaili12": "http://www.zhxpm.cn/html/2012/zsyz_1108/68675.shtml",
 "shuniu": "http://www.xiaolijiang.cn/Post/8dd14f4e14fd826",
 "nanchuan": "stored pages corpus excerpt (南川 1月27日 开工竣工签约, 记者陈维灯; no address given)",
 "gdhn": "http://news.hndaily.cn/html/2024-07/04/content_58466_17583395.htm",
 "hainan": "http://shouyao.dzwindows.com/zxck/2023/0802/11664.html",
 "zhijin": "http://szb.eyesnews.cn/pc/cont/202501/18/content_144259.html",
 "qdn": "http://www.gywb.cn/system/2023/02/02/060372140.shtml",
 "kaili14": "http://www.qdn.cn/html/2014/kljjkfq_1225/127077.shtml",
 "clj": "http://www.yongjizx.com/yjny/8032.html",
 "fusui": "https://www.rmlt.com.cn/2025/0806/737161.shtml",
 "jianghua": "https://yq.rednet.cn/m/content/2019/01/22/4712929.html",
 "meitan": "http://gz.025b.com/yuanqu/detail/11923",
 "jiangan": "http://rongzhounet.com/html/2019/caijing_0123/6892.html",
}
PARK = {  # park -> (aliases as written in simplified; converted per page), sub_areas
 "凤泉湖高新区": (["潮州凤泉湖高新区", "凤泉湖高新区"], []),
 "六景工业园区": (["南宁东部新城六景工业园区", "六景工业园区"], []),
 "凯里经开区": (["凯里经开区", "凯里经济开发区"], []),
 "重庆枢纽港产业园": (["重庆枢纽港产业园"], []),
 "广东海南先进制造业合作产业园": (["广东海南先进制造业合作产业园"], []),
 "织金经开区": (["织金经开区", "织金经济开发区"], []),
 "城陵矶临港产业新区": (["城陵矶临港产业新区"], []),
 "湄潭经开区": (["湄潭经开区", "湄潭经济开发区", "贵州湄潭经济开发区"], []),
 "江华高新区": (["江华高新区", "湖南江华高新技术产业开发区", "江华高新技术产业开发区"], []),
}
SUB = {("r06", "凯里经开区"): ["港深科技园", "电子信息产业园", "民族医药产业园", "江佑产业园"]}

gold = []


def G(doc, park, metric, value, subject, ev, year, ysrc, url, qual="exact", scope="park", status="actual",
      unit=None, from_value=None, value_low=None, dup=None, note=None):
    cat = CAT[metric]
    aliases = [conv(doc, a) for a in PARK[park][0] if conv(doc, a) in PAGES[doc]]
    row = {"doc": f"{doc}.txt", "park": park, "park_aliases": aliases,
           "sub_areas": [conv(doc, s) for s in SUB.get((doc, park), [])],
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

# ---------------- r01 (2024 masthead) ----------------
d = "r01"; p = "凤泉湖高新区"
G(d, p, "project_count", 12, "重点项目（集中开工）", "本次动工的重大项目共12个", 2024, "article", "fengquanhu")
G(d, p, "investment_total", 17.2 * Y, "12个集中开工项目总投资", "总投资额约17.2亿元", 2024, "article", "fengquanhu", qual="about")
G(d, p, "investment_total", 1.65 * Y, "绿程年产5000吨预制菜生产项目", "总投资1.65亿元", 2024, "article", "fengquanhu", scope="project")
G(d, p, "tax_profit", 880 * W, "绿程预制菜项目达产后税收", "创税880万元", 2024, "article", "fengquanhu", scope="project", status="target")

# ---------------- r02 (2024 masthead; party page) ----------------
d = "r02"; p = "六景工业园区"
G(d, p, "party_org_count", 15, "结对共建的企业党组织", "镇机关与15个企业党组织结对共建", 2024, "page", "liujing")
G(d, p, "party_org_count", 8, "园区两新党组织", "8个园区两新党组织", 2024, "page", "liujing")
G(d, p, "project_count", 25, "开竣工项目", "全年园区开竣工项目25个", 2023, "article", "liujing")
G(d, p, "investment_total", 123.35 * Y, "开竣工项目总投资", "总投资123.35亿元", 2023, "article", "liujing")
G(d, p, "project_count", 11, "自治区级开竣工项目", "其中自治区级开竣工项目11个", 2023, "article", "liujing")
G(d, p, "enterprise_count", 7, "新增规上工业企业", "新增规上工业企业7家", 2023, "article", "liujing")
G(d, p, "output_value", 146.54 * Y, "规上工业产值", "完成规上工业产值146.54亿元", 2023, "article", "liujing")

# ---------------- r03 (2017 masthead; 凯里 archive articles 2013 / 2012) ----------------
d = "r03"; p = "凯里经开区"
G(d, p, "investment_total", 35 * Y, "凯里民族文化产业园暨下司文化综合体项目", "拟投资35亿元建设凯里民族文化产业园", 2013, "explicit", "kaili13", scope="project")
G(d, p, "project_count", 33, "一季度签约项目", "招商引资共签约项目33个", 2013, "explicit", "kaili13")
G(d, p, "investment_total", 78.58 * Y, "一季度签约项目协议资金", "协议资金78.58亿元", 2013, "explicit", "kaili13")
G(d, p, "project_count", 5, "民族制药类签约项目", "民族制药类项目5个", 2013, "article", "kaili13")
G(d, p, "project_count", 6, "电子信息类签约项目", "电子信息类6个", 2013, "article", "kaili13")
G(d, p, "project_count", 5, "建材加工与生产类签约项目", "建材加工与生产类5个", 2013, "article", "kaili13")
G(d, p, "project_count", 3, "机械制造类签约项目", "机械制造类3个", 2013, "article", "kaili13")
G(d, p, "project_count", 14, "其他门类签约项目", "其他门类14个", 2013, "article", "kaili13")
G(d, p, "investment_total", 10.83 * Y, "医药签约项目", "医药项目总投资10.83亿元", 2013, "article", "kaili13")
G(d, p, "investment_total", 16.7 * Y, "电子签约项目", "电子项目投资16.7亿元", 2013, "article", "kaili13")
G(d, p, "output_value", 108 * Y, "签约项目建成投产后年产值", "预计年产值可达108亿元", 2013, "article", "kaili13", status="target")
G(d, p, "tax_profit", 7 * Y, "签约项目建成投产后年缴税金", "年缴税金7亿元", 2013, "article", "kaili13", status="target")
G(d, p, "output_value", 17.38 * Y, "工业总产值（1至10月）", "完成工业总产值17.38亿元", 2012, "explicit", "kaili12",
  note="source says 预计完成 (estimate); the page says 初步统计…完成, labelled actual")
G(d, p, "enterprise_count", 8, "规模以上工业企业", "对全区8家规模以上工业企业", 2012, "article", "kaili12")
G(d, p, "enterprise_count", 18, "500万元以上企业", "18户500万元以上企业", 2012, "article", "kaili12",
  note="户 as the unit of enterprises; a count inside a threshold phrase")
G(d, p, "funding", 1 * Y, "电价补贴、表彰奖励、财政借款等扶持", "扶持企业上亿元", 2012, "article", "kaili12", qual="over")
G(d, p, "output_value", 14.86 * Y, "500万元以上工业企业工业总产值", "工业企业完成工业总产值14.86亿元", 2012, "article", "kaili12")

# ---------------- r04 (full-width digits; year 2024 from the article) ----------------
d = "r04"; p = "重庆枢纽港产业园"
G(d, p, "project_count", 71, "集中签约开工项目", "本次集中签约开工项目71个", 2024, "article", "shuniu")
G(d, p, "project_count", 71, "集中签约开工项目（标题）", "重庆枢纽港产业园71个项目集中签约开工", 2024, "article", "shuniu", dup="本次集中签约开工项目71个")
G(d, p, "investment_total", 546.05 * Y, "集中签约开工项目总投资", "总投资546.05亿元", 2024, "article", "shuniu")
G(d, p, "project_count", 3, "基础设施项目", "基础设施项目3个", 2024, "article", "shuniu")
G(d, p, "investment_total", 10.2 * Y, "基础设施项目总投资", "总投资10.2亿元", 2024, "article", "shuniu")
G(d, p, "project_count", 68, "三大主导产业项目", "三大主导产业项目68个", 2024, "article", "shuniu")
G(d, p, "investment_total", 410.1 * Y, "三大主导产业项目总投资", "总投资410.1亿元", 2024, "article", "shuniu")
G(d, p, "project_count", 14, "其他类项目", "其他类项目14个", 2024, "article", "shuniu")
G(d, p, "investment_total", 125.75 * Y, "其他类项目总投资", "总投资125.75亿元", 2024, "article", "shuniu")
G(d, p, "project_count", 13, "投资10亿元以上项目", "投资10亿元以上的项目有13个", 2024, "article", "shuniu")
G(d, p, "project_count", 3, "投资50亿元以上项目", "其中50亿元以上的3个", 2024, "article", "shuniu")
G(d, p, "project_count", 97, "累计签约开工项目（截至11月底）", "累计签约开工项目97个", 2024, "article", "shuniu")
G(d, p, "investment_total", 878 * Y, "累计签约开工项目总投资", "总投资878亿元", 2024, "article", "shuniu")
ROW = {"基础设施": ("基础设施          3              10.2", 3, 10.2, "基础设施项目3个", "总投资10.2亿元"),
       "主导产业": ("主导产业          68             410.1", 68, 410.1, "三大主导产业项目68个", "总投资410.1亿元"),
       "其他类": ("其他类            14             125.75", 14, 125.75, "其他类项目14个", "总投资125.75亿元")}
for k, (ev, n, inv, dn, di) in ROW.items():
    G(d, p, "project_count", n, f"{k}项目（表）", ev, 2024, "article", "shuniu", dup=dn)
    G(d, p, "investment_total", inv * Y, f"{k}项目总投资（表，单位亿元在表头）", ev, 2024, "article", "shuniu", dup=di)

# ---------------- r05 (s2tw; 2024 masthead; 今年 -> page) ----------------
d = "r05"; p = "广东海南先进制造业合作产业园"
G(d, p, "project_count", 27, "已落地项目", "已落地康佳集团等二十七个项目", 2024, "page", "gdhn")
G(d, p, "project_count", 27, "已落地项目（标题）", "合作产业园落地二十七个项目", 2024, "page", "gdhn", dup="已落地康佳集团等二十七个项目")
G(d, p, "investment_total", 56.9 * Y, "已落地项目总投资", "总投资56.9亿元", 2024, "page", "gdhn")
G(d, p, "enterprise_count", 30, "今年计划新引进企业", "今年将新引进企业三十家", 2024, "page", "gdhn", status="target")
G(d, p, "enterprise_count", 40, "累计落地企业（计划）", "累计落地企业达到四十家", 2024, "page", "gdhn", status="target")
G(d, p, "output_value", 15 * Y, "达产后新增年产值", "新增年产值15亿元", 2024, "page", "gdhn", status="target")
G(d, p, "investment_total", 100 * Y, "谋划的公共配套（估算）", "估算总投资约100亿元", 2024, "page", "gdhn", qual="about", status="target")

# ---------------- r06 (s2hk, hard wrap 28; no year anywhere) ----------------
d = "r06"
G(d, "织金经开区", "output_value", 1200 * Y, "磷煤化工一体化项目全部建成投产后年产值", "可实现年产值1200亿元", None, "none", "zhijin", scope="project", status="target")
p = "凯里经开区"
G(d, p, "enterprise_count", 15, "港深科技园入驻企业", "现有入驻企业15家", None, "none", "kaili14")
G(d, p, "enterprise_count", 21, "电子信息产业园入驻企业", "电子信息产业园已入驻企业21家", None, "none", "kaili14")
G(d, p, "enterprise_count", 5, "电子信息产业园建成投产企业", "其中5家建成投产", None, "none", "kaili14")
G(d, p, "enterprise_count", 13, "民族医药产业园入驻企业", "医药产业园入驻企业13家", None, "none", "kaili14")
G(d, p, "enterprise_count", 3, "民族医药产业园投产企业", "其中投产3家", None, "none", "kaili14")
G(d, p, "output_value", 2 * Y, "中昊电子新建项目一期年产值", "一期年产值将达2亿元以上", None, "none", "kaili14", qual="over", scope="project", status="target")
G(d, p, "enterprise_count", 2, "上市企业", "已有上市企业2家", None, "none", "kaili14")
G(d, p, "enterprise_count", 4, "高新技术企业", "高新技术企业4家", None, "none", "kaili14")
p = "城陵矶临港产业新区"
G(d, p, "project_count", 35, "建成投产项目（五年多累计）", "新区累计建成投产项目35个", None, "none", "clj")
G(d, p, "project_count", 35, "建成投产项目（标题）", "城陵矶临港产业新区五年建成投产项目35个", None, "none", "clj", dup="新区累计建成投产项目35个")
G(d, p, "project_count", 50, "开工建设项目", "开工建设项目", None, "none", "clj")  # fixed below (line cut)

p = "湄潭经开区"
G(d, p, "funding", 30.62 * Y, "基础设施和产业项目建设累计投入资金（近十年）", "累计投入资金30.62亿元", None, "none", "meitan")
G(d, p, "enterprise_count", 67, "招商引资签约企业", "招商引资签约企业67家", None, "none", "meitan")
G(d, p, "investment_total", 55 * Y, "签约企业投资总额", "投资总额达55亿元", None, "none", "meitan")
G(d, p, "enterprise_count", 86, "入驻企业", "区入驻企业86家", None, "none", "meitan")
G(d, p, "enterprise_count", 86, "入驻企业（标题）", "湄潭经开区入驻企业达到86家", None, "none", "meitan", dup="区入驻企业86家")
G(d, p, "enterprise_count", 63, "投产企业", "投产企业63家", None, "none", "meitan")
G(d, p, "enterprise_count", 4, "国家级龙头企业", "其中国家级龙头企业4家", None, "none", "meitan")
G(d, p, "enterprise_count", 7, "省级龙头企业", "省级龙头企业7家", None, "none", "meitan")
G(d, p, "enterprise_count", 7, "市级龙头企业", "市级龙头企业7家", None, "none", "meitan")
G(d, p, "output_value", 53.3 * Y, "近三年累计工业总产值", "总产值53.3亿元", None, "none", "meitan",
  note="a three-year cumulative output; the wrap cuts 工业 / 总产值")

# ---------------- r07 (2019 masthead) ----------------
d = "r07"; p = "江华高新区"
G(d, p, "investment_total", 8 * Y, "贵威生物科技产业园", "这个总投资八亿元的产业园", 2019, "article", "jianghua", scope="project")
G(d, p, "output_value", 200 * Y, "规模工业总产值（2019年规划）", "规模工业总产值力争达到200亿元", 2019, "explicit", "jianghua", status="target")
G(d, p, "tax_profit", 5 * Y, "年缴税收（2019年规划）", "年缴税收5亿元", 2019, "explicit", "jianghua", status="target")

# ---------------- negatives ----------------
N = []


def NEG(doc, ev, why, not_park=None):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


for ev, why, np_ in [
    ("年产5000吨预制菜", "capacity, no metric", "凤泉湖高新区"),
    ("占地34.84亩", "area", "凤泉湖高新区"),
    ("总建筑面积4.38万平方米", "floor area", "凤泉湖高新区"),
    ("预计年销售收入2亿元", "sales revenue, no metric", "凤泉湖高新区"),
    ("首批185个重大项目", "city headline (岳阳市)", None),
    ("重大项目共185个", "city figure (岳阳市)", None),
    ("总投资840.2亿元", "city figure (岳阳市)", None),
    ("开工重大项目19个", "county figure (平江县)", None),
    ("总投资85.9亿元", "county figure (平江县)", None),
    ("年度计划投资52.2亿元", "county figure (平江县)", None),
    ("其中20亿元以上项目1个", "county threshold count (平江县)", None),
    ("5亿元至10亿元项目6个", "county range bucket (平江县)", None),
    ("全县此次集中开工项目20个", "county figure (岳阳县); the ceremony was only held in the park", "岳阳高新技术产业园区"),
    ("总投资100亿元", "county figure (岳阳县)", "岳阳高新技术产业园区"),
    ("晨辰医药项目总投资5亿元", "a county project (岳阳县 story)", "岳阳高新技术产业园区"),
    ("年税收3000万元以上", "a county project's tax (岳阳县 story)", "岳阳高新技术产业园区"),
    ("签约项目38个", "county figure (华容县)", None),
    ("总投资118.58亿元", "county figure (华容县)", None),
    ("开工重大项目1139个", "province headline (江西省)", None),
    ("该项目总投资约22.5亿元", "province story project (瑶湖科学岛)", None),
    ("另有66个项目现场同步开工", "province figure", None),
    ("总投资42.59亿元", "province project (水利枢纽)", None),
    ("建设项目共3670个", "province figure", None),
    ("总投资3.3万亿元", "province figure", None),
    ("年度计划完成投资1万亿元", "province figure", None),
    ("重大项目共1139个", "province figure", None),
    ("总投资6805亿元", "province figure", None),
    ("0768-2283165", "phone number in an ad", None),
    ("2024年3月25日", "masthead date", None),
]:
    NEG("r01", ev, why, np_)

for ev, why, np_ in [
    ("示范点6个", "demonstration sites, no metric", "六景工业园区"),
    ("示范点4个", "demonstration sites, no metric", "六景工业园区"),
    ("另有1个点获评", "an award, no metric", "六景工业园区"),
    ("主动服务重大项目35个", "projects served by officials, not the park's projects", "六景工业园区"),
    ("重点企业58家", "enterprises served (visits/help), not the park's enterprises", "六景工业园区"),
    ("在东部新城216.78亿元的总量中", "output of 南宁东部新城 as a whole, not the park", "六景工业园区"),
    ("占六成", "share", "六景工业园区"),
    ("10个“新城建设党员先锋岗”", "posts, no metric", "六景工业园区"),
    ("集中审批政务服务事项53项", "government service items, not a 党群服务中心's service_count", "六景工业园区"),
    ("70多名人才服务专员", "staff sent, not talent of the park", "六景工业园区"),
    ("帮助29家企业", "enterprises helped", "六景工业园区"),
    ("15个在建项目解决问题76个", "projects helped / problems solved", "六景工业园区"),
    ("经济组织有2289家", "city figure (宜春市)", "宜春经开区"),
    ("党员5773名", "city party members (宜春市)", "宜春经开区"),
    ("已建党组织1110个", "city party organisations (宜春市)", "宜春经开区"),
    ("党组织覆盖率100%", "city coverage rate (宜春市)", "宜春经开区"),
    ("累计投入5000余万元", "city funding (宜春市)", "宜春经开区"),
    ("建成工业园党群服务中心14个", "centres, and a city figure", "宜春经开区"),
    ("党建工作指导员939名", "city figure, instructors sent", None),
    ("“五个圈”", "slogan", None),
    ("自治区级工业园区10个", "city figure (玉林市): number of parks", "玉林经开区"),
    ("百亿元园区6个", "city figure (玉林市)", None),
    ("入园企业1500多家", "city-wide enterprises in all parks (玉林市)", "玉林经开区"),
    ("园区企业党组织200多个", "city-wide party organisations (玉林市)", "玉林经开区"),
    ("示范点69个", "city figure", None),
    ("产业链党委10个", "city-wide party committees (玉林市)", "玉林经开区"),
    ("人才创新联合体5个", "city figure", None),
    ("校企合作平台60个", "city figure", None),
    ("输送人才1万多名", "city figure (talent sent to enterprises)", None),
    ("技术难题300多项", "problems solved", None),
    ("服务队30多支", "city figure", None),
    ("临时党组织110多个", "city-wide temporary party organisations (玉林市)", "玉林经开区"),
    ("走访企业1000多家", "visits", None),
    ("解决难题950多个", "problems solved", None),
    ("“1+2+N”", "slogan", "安义高新区"),
    ("党建指导员10余名", "instructors sent, not party members", "安义高新区"),
    ("“15分钟党建服务圈”", "slogan", "安义高新区"),
    ("0791-86849012", "phone number in an ad", None),
]:
    NEG("r02", ev, why, np_)

for ev, why, np_ in [
    ("贵州616个重大项目集中开工", "province headline", None),
    ("全省616个重大项目同日开工", "province figure", None),
    ("总投资3815.6亿元", "province figure", None),
    ("首次突破600个", "province milestone", None),
    ("其他8个市（州）", "count of cities", None),
    ("数字经济项目37个", "province figure", None),
    ("总投资327.4亿元", "province figure", None),
    ("旅游经济项目148个", "province figure", None),
    ("总投资816.2亿元", "province figure", None),
    ("绿色经济项目157个", "province figure", None),
    ("总投资614.3亿元", "province figure", None),
    ("县域经济项目274个", "province figure", None),
    ("总投资2057.7亿元", "province figure", None),
    ("传统产业转型升级项目399个", "province figure", None),
    ("总投资2553亿元", "province figure", None),
    ("占本批总投资的66.9%", "share", None),
    ("实际到位资金15.16亿元", "到位资金 is no metric", "凯里经开区"),
    ("完成目标任务的101%", "rate of target completion", "凯里经开区"),
    ("提供就业岗位3.5万个", "jobs", "凯里经开区"),
    ("同比增长49.74%", "growth rate", "凯里经开区"),
    ("完成工业增加值3.63亿元", "value added, not 产值", "凯里经开区"),
    ("企业用电量同比增长29.82%", "growth rate", "凯里经开区"),
    ("0855-8222000", "phone number", None),
    ("2017年1月13日", "masthead date", None),
]:
    NEG("r03", ev, why, np_)

for ev, why, np_ in [
    ("“两大定位”", "slogan", None),
    ("中老泰“三国三园”", "slogan", "重庆枢纽港产业园"),
    ("南川29个项目开工 总投资91.7亿元", "district headline (南川区)", None),
    ("南川区29个项目集中开工", "district figure", None),
    ("15个项目竣工，总投资50.9亿元", "district figure", None),
    ("另有15个项目签约", "district figure", None),
    ("计划总投资45.2亿元", "district figure", None),
    ("计划总投资10.8亿元", "a college campus project of the district", None),
    ("新建校舍16万平方米", "area", None),
    ("新增大学学位6000个", "school places", None),
    ("项目计划总投资5亿元", "a district project located in the park (district story)", "南川工业园区"),
    ("年产360万支", "capacity", "南川工业园区"),
    ("就业岗位2000余个", "jobs", "南川工业园区"),
    ("计划投资5.5亿元", "a company project (工业园区分布式光伏) in a district story", "南川工业园区"),
    ("计划投资1亿元", "a company project in a district story", None),
    ("预计年产值8亿元", "a company's forecast output in a district story", None),
    ("年税收近1600万元", "a company's forecast tax in a district story", None),
    ("总投资18.48亿元", "a highway", None),
    ("总投资5.4亿元", "a reservoir", None),
    ("标准厂房2万平方米", "ad, area", None),
    ("023-49861234", "phone number in an ad", None),
    ("第2版", "page number", None),
]:
    NEG("r04", ev, why, np_)

for ev, why, np_ in [
    ("目前完成投资1.2亿元", "construction progress, no metric", "广东海南先进制造业合作产业园"),
    ("规划面积16.81平方公里", "area", "广东海南先进制造业合作产业园"),
    ("配套道路21条", "roads", "广东海南先进制造业合作产业园"),
    ("半年二十一次赴粤招商", "city headline: trips", None),
    ("二十一次赴广东招商引资", "trips", None),
    ("对接广东企业九十余家", "enterprises contacted (海口市)", "海口高新区"),
    ("签约项目28个", "city figure (海口市)", "海口高新区"),
    ("储备重点目标项目66个", "city figure (海口市)", None),
    ("专场招商活动12场", "events", None),
    ("现场签约企业41家", "city signing (two city governments)", "广东海南先进制造业合作产业园"),
    ("总投资约43亿元", "city signing (two city governments)", "广东海南先进制造业合作产业园"),
    ("又签约6家企业", "city signing", "广东海南先进制造业合作产业园"),
    ("总投资约11.2亿元", "city signing", "广东海南先进制造业合作产业园"),
    ("签署合作协议55个", "province figure", None),
    ("协议投资规模约126亿元", "province figure", None),
    ("从838家增加到1552家", "province change (高新技术企业), not a park's", None),
    ("从56家增加到261家", "province change (专精特新企业)", None),
    ("三年近翻番", "headline, ratio", None),
    ("0898-65201234", "phone number", None),
    ("2024年7月5日", "masthead date", None),
]:
    NEG("r05", ev, why, np_)

for ev, why, np_ in [
    ("千亿级产值项目", "vague headline amount", "织金经开区"),
    ("年产50万吨磷酸铁", "capacity", "织金经开区"),
    ("200万吨焦化", "capacity", "织金经开区"),
    ("项目分三期建设", "phases", "织金经开区"),
    ("黔东南82个重大项目集中开工", "prefecture headline", None),
    ("亿元以上项目", "threshold", None),
    ("总投资324.76亿元", "prefecture figure", None),
    ("新型工业化项目24", "prefecture figure (cut by the wrap)", None),
    ("总投资132.78亿元", "prefecture figure", None),
    ("凯里市项目14个", "city figure (凯里市), not the 经开区", "凯里经开区"),
    ("总投资89.13亿元", "city figure (凯里市)", "凯里经开区"),
    ("台江县项目3个", "county figure", None),
    ("总投资9.04亿元", "county figure", None),
    ("产业园项目总投资3.74亿元", "a county project in a prefecture story", "台江县食品加工及预制菜产业园"),
    ("12.2753万平方米", "floor area", None),
    ("凯里经开区四园加速连片", "count of sub-parks", "凯里经开区"),
    ("明年2月底前", "date", None),
    ("等10余家企业", "enterprises relocated with help, not a count of the park's enterprises", "凯里经开区"),
    ("30余个", "products (cut by the wrap)", "凯里经开区"),
    ("规划面积1", "area (cut by the wrap)", "湄潭经开区"),
    ("年均增长58.4%", "growth rate", "湄潭经开区"),
    ("业6000人", "jobs (cut by the wrap: 就 / 业6000人)", "湄潭经开区"),
    ("6亿元增长到65.8亿元", "GDP change (cut by the wrap), no metric", "城陵矶临港产业新区"),
    ("规模工业增加值从11.6亿元增", "value added change, no metric", "城陵矶临港产业新区"),
    ("集装箱吞吐量由10.37万标箱", "throughput", "城陵矶临港产业新区"),
    ("规划面积69平方公里", "area", "城陵矶临港产业新区"),
    ("扶绥县拥有3个国家级绿色园区", "county figure (扶绥县)", "临空经济协同区"),
    ("257家规上工业企业", "county enterprises (扶绥县)", "临空经济协同区"),
    ("规上工业总产值804.07亿元", "county output (扶绥县)", "临空经济协同区"),
    ("3个园区整合为1个", "count of parks merged", "临空经济协同区"),
    ("「1+3+N」", "slogan", None),
    ("专业技术人才700余名", "county talent figure", "临空经济协同区"),
]:
    NEG("r06", ev, why, np_)

for ev, why, np_ in [
    ("年销售收入可达12亿元", "sales revenue, no metric", "江华高新区"),
    ("五个功能区", "count of zones", "江华高新区"),
    ("扩展到21平方公里", "area", "江华高新区"),
    ("技工贸总收入220亿元", "revenue, no metric", "江华高新区"),
    ("江安县9个工业项目集中开工", "county headline", "阳春工业园区"),
    ("9个重点项目集中开工", "county figure; the ceremony was only held in the park", "阳春工业园区"),
    ("总投资14.84亿元", "county figure", "阳春工业园区"),
    ("年产值32.7亿元", "county projects' output", "阳春工业园区"),
    ("工业领域项目18个", "county figure", None),
    ("协议投资金额近70亿元", "county figure", None),
    ("“500亿园区”", "slogan", None),
    ("2019年1月22日", "masthead date", None),
]:
    NEG("r07", ev, why, np_)

# ---------------- articles ----------------
A = []


def ART(doc, title, first, kind, park, year, parks=None):
    row = {"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
           "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year}
    if parks:
        row["parks"] = parks
    A.append(row)


ART("r01", "凤泉湖高新区一批重点项目同日动工", "本报讯 3月21日上午，潮州", "park", "凤泉湖高新区", 2024)
ART("r01", "", "图为凤泉湖高新区重点项目", "other", None, 2024)
ART("r01", "岳阳首批185个重大项目集中开工", "本报讯 2月19日上午，岳阳", "city", None, 2024)
ART("r01", "江西一季度开工重大项目1139个", "新华社南昌2月19日电 18", "province", None, 2024)
ART("r01", "", "广告 · 凤泉湖人才公寓", "ad", None, 2024)
ART("r02", "六景工业园区：红色引擎带动园镇同兴", "本报讯 6月20日 横州市以", "park", "六景工业园区", 2024)
ART("r02", "宜春：非公党建紧跟企业脚步", "宜春市在推动非公有制经济", "city", None, 2024)
ART("r02", "玉林“十园千企”为园区注入红色动能", "玉林市现有自治区级工业园", "city", None, 2024)
ART("r02", "安义高新园区：党建联盟串起建材产业链", "安义高新园区把产业链上属", "park", "安义高新区", 2024)
ART("r02", "", "党建书屋征订热线", "ad", None, 2024)
ART("r03", "贵州616个重大项目集中开工", "本报讯 1月11日，贵州省2", "province", None, 2017)
ART("r03", "园区档案｜凯里经开区：一季度招商开门红", "编者按：新年伊始，本版摘", "park", "凯里经开区", 2013)
ART("r03", "园区档案｜凯里经开区：前十月工业产值快速增长", "据开发区初步统计，2012", "park", "凯里经开区", 2012)
ART("r03", "", "图为凯里经济开发区电子信", "other", None, 2017)
ART("r03", "", "黔东南信息港 新闻热线", "ad", None, 2017)
ART("r04", "重庆枢纽港产业园71个项目集中签约开工", "本报讯 12月4日，重庆枢", "park", "重庆枢纽港产业园", 2024)
ART("r04", "南川29个项目开工 总投资91.7亿元", "本报讯 1月27日，南川区", "district", None, 2024)
ART("r04", "", "厂房招租 标准厂房", "ad", None, 2024)
ART("r05", "广东海南先进制造业合作产业园落地二十七个项目", "本报海口7月3日讯 记者从", "park", "广东海南先进制造业合作产业园", 2024)
ART("r05", "海口：半年二十一次赴粤招商", "今年以来，海口市先后二十", "city", None, 2024)
ART("r05", "海南高新技术企业数量三年近翻番", "去年在海口举行的海南自由", "province", None, 2024)
ART("r05", "招商热线", "海南园区投资服务中心", "ad", None, 2024)
ART("r06", "织金经开区迎来千亿级产值项目", "1月6日，贵州毕节磷煤化工", "park", "织金经开区", None)
ART("r06", "黔东南82个重大项目集中开工", "2月1日，黔东南州一季度重", "city", None, None)
ART("r06", "凯里经开区四园加速连片", "凯里经济开发区围绕电子信", "park", "凯里经开区", None)
ART("r06", "城陵矶临港产业新区五年建成投产项目35个", "城陵矶临港产业新区开发建", "park", "城陵矶临港产业新区", None)
ART("r06", "湄潭经开区入驻企业达到86家", "贵州湄潭经济开发区前身是", "park", "湄潭经开区", None)
ART("r06", "扶绥县三链协同做强园区", "扶绥县拥有3个国家级绿色", "county", None, None)
ART("r07", "江华高新区：亿元项目建设正酣", "本报讯 1月18日，在湖南江", "park", "江华高新区", 2019)
ART("r07", "江安县9个工业项目集中开工", "本报讯 宜宾市江安县201", "county", None, 2018)
ART("r07", "", "图为江安县阳春工业园区项", "other", None, 2019)

PG = [
 ("r01", 2024, "masthead 「园区经济 · 第5版 · 2024年3月25日 星期一」; the articles name 2024年 (凤泉湖, 岳阳, 江西); 凤泉湖 '去年' is 2023"),
 ("r02", 2024, "masthead 「第7版 2024年6月21日 星期五」; the 六景 dateline 6月20日 carries no year; the 六景 story reports 2023年 (全年) figures"),
 ("r03", 2017, "masthead 「2017年1月13日 星期五」 and the 贵州 2017年第一批 story; the two 凯里 archive articles carry their own years (2013年一季度, 2012年1至10月)"),
 ("r04", 2024, "no masthead date; datelines 12月4日 and 1月27日 carry no year; the 重庆枢纽港产业园 story names its 2024年 event (截至11月底 the same year)"),
 ("r05", 2024, "masthead 「2024年7月5日 星期五 第4版」; the park and 海口 items say 今年; the 海南 item's 去年 is 2023"),
 ("r06", None, "nothing dates the page: masthead 「园区要闻 第8版」 without a date, items dated 1月6日 / 2月1日 only, 去年 / 明年 / 五年多来 with no anchor"),
 ("r07", 2019, "masthead 「2019年1月22日 星期二」; 江华 '2019年' plan; the 江安 item reports 2018年第四季度 and 2018年1至9月"),
]


def check():
    bad = 0
    fix = {}
    for r in gold + N:
        doc = r["doc"][:-4]
        page = PAGES[doc]
        ev = r["evidence"]
        if ev not in page:
            print("NOT ON PAGE", doc, ev); bad += 1; continue
        if "\n" in ev:
            print("SPANS LINE", doc, ev); bad += 1
        if len(ev) > 40:
            print("TOO LONG", doc, ev); bad += 1
    for g in gold:
        page = PAGES[g["doc"][:-4]]
        if page.count(g["evidence"]) != 1:
            print("NOT UNIQUE", g["doc"], g["evidence"], page.count(g["evidence"])); bad += 1
    for a in A:
        page = PAGES[a["doc"][:-4]]
        for k in ("title", "first"):
            if a[k] and a[k] not in page:
                print("ARTICLE", k, "not on page", a["doc"], a[k]); bad += 1
    return bad


# r06 城陵矶 50: the wrap leaves 「開工建設項目」 at a line end and 「50個」 at the next line head
for g in gold:
    if g["doc"] == "r06.txt" and g["value"] == 50:
        g["evidence"] = conv("r06", "50个，并跻身湖南高新技术产业开发区")
        g["note"] = "the wrap cuts 开工建设项目 / 50个: evidence is the line-head part"

if __name__ == "__main__":
    bad = check()
    for name, rows in [("gold.jsonl", gold), ("negatives.jsonl", N), ("articles.jsonl", A)]:
        (root / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (root / "pages.jsonl").write_text("".join(json.dumps({"doc": f"{d}.txt", "year": y, "clue": c}, ensure_ascii=False) + "\n"
                                          for d, y, c in PG), encoding="utf-8")
    print(f"gold {len(gold)} negatives {len(N)} articles {len(A)} problems {bad}")
