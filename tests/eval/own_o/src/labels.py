# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl (run: python3 src/labels.py from tests/eval/own_o)
# Labels are our reading of the pages against shared/SPEC.md and shared/eval/FORMAT.md; no ETL output was used.
import json, pathlib, re, opencc
here = pathlib.Path(__file__).resolve().parent
root = here.parent
_s2tw = opencc.OpenCC("s2tw").convert
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
def _fw(s):
    s = re.sub(r"(?<=\d)\.(?=\d)", "．", s).replace("%", "％")
    return "".join(FW.get(c, c) for c in s)
def T(doc, s):
    if s is None: return None
    if doc == "o02.txt": return _s2tw(s).replace("“", "「").replace("”", "」")
    if doc == "o04.txt": return _fw(s)
    return s
COMPOSED = "composed for this set (no public source; see SOURCES.md)"
gold, negs, arts, pages = [], [], [], []
CAT = {"investment_total": "investment", "investment_annual": "investment", "output_value": "investment",
       "tax_profit": "investment", "funding": "investment", "project_count": "projects",
       "enterprise_count": "enterprises", "patent_count": "innovation", "talent_count": "talent"}
def G(doc, park, aliases, metric, value, unit, q, subject, scope, year, ys, ev, src, frm=None, low=None,
      status="actual", dup=None, sub=None, note=None, borderline=False):
    r = dict(doc=doc, park=park, park_aliases=[T(doc, a) for a in aliases], sub_areas=sub or [],
             category=CAT.get(metric, "party"), metric=metric, value=value, unit=unit, qualifier=q,
             from_value=frm, value_low=low, subject=subject, scope=scope, status=status, year=year,
             year_source=ys, evidence=T(doc, ev), source_url=src)
    if dup: r["duplicate_of"] = T(doc, dup)
    if note: r["note"] = note
    if borderline: r["borderline"] = True
    gold.append(r)
def N(doc, ev, why, np=None): negs.append(dict(doc=doc, evidence=T(doc, ev), why=why, not_park=np))
def A(doc, i, title, first, kind, park, year, parks=None):
    r = dict(doc=doc, index=i, title=T(doc, title), first=T(doc, first), kind=kind, park=park, year=year)
    if parks: r["parks"] = parks
    arts.append(r)
def P(doc, year, clue): pages.append(dict(doc=doc, year=year, clue=clue))

# ---------------- o01 (UTF-8, Markdown, 2018) ----------------
d = "o01.txt"; s = "https://shandong-chorography.org/database/d70/section/33/article/250"
al = ["潍坊滨海经开区", "潍坊滨海经济技术开发区", "滨海区"]
G(d, "潍坊滨海经开区", al, "project_count", 122, "count", "exact", "重点项目", "park", 2017, "article", "等122个重点项目，这批项目", s)
G(d, "潍坊滨海经开区", al, "investment_total", 195400000000, "CNY", "exact", "122个重点项目总投资", "park", 2017, "article", "这批项目总投资1954亿元", s)
G(d, "潍坊滨海经开区", al, "project_count", 36, "count", "exact", "新签约项目", "park", 2017, "article", "全年新签约项目36个", s)
G(d, "潍坊滨海经开区", al, "investment_total", 193600000000, "CNY", "exact", "新签约项目总投资", "park", 2017, "article", "合计总投资1936亿元", s)
G(d, "潍坊滨海经开区", al, "enterprise_count", 38, "count", "exact", "新认定国家高新技术企业", "park", 2017, "article", "新认定国家高新技术企业38家", s)
G(d, "潍坊滨海经开区", al, "enterprise_count", 39, "count", "exact", "培植挂牌企业", "park", 2017, "article", "培植挂牌企业39家", s, borderline=True,
  note="企业 newly listed on an equity exchange: a kind of enterprise counted (SPEC: N家企业 of any kind); could be read as an action count")
N(d, "投资过50亿元的项目", "threshold amount, no count given", "潍坊滨海经开区")
N(d, "投产率达50%以上", "a rate of projects in production, no metric", "潍坊滨海经开区")
N(d, "先后出台8大招商优惠政策", "number of policies, no metric", "潍坊滨海经开区")
N(d, "完成规范化公司制改制38家", "enterprises restructured (an action), not a stock of enterprises", "潍坊滨海经开区")
N(d, "实现GDP321.76亿元", "GDP is no metric", "潍坊滨海经开区")
N(d, "可比增长7.7%", "growth rate", "潍坊滨海经开区")
N(d, "主营业务收入864.77亿元", "营业收入 is no metric", "潍坊滨海经开区")
N(d, "公共财政预算收入34.94亿元", "财政收入 is no metric", "潍坊滨海经开区")
N(d, "回望2017年", "a year, no figure", "潍坊滨海经开区")
sg = COMPOSED; ag = ["固安高新区", "河北固安高新技术产业开发区"]
G(d, "固安高新区", ag, "party_org_count", 41, "count", "exact", "非公企业党组织", "park", 2018, "page", "从二十三个增加到四十一个", sg, frm=23)
G(d, "固安高新区", ag, "party_member_count", 630, "count", "over", "党员", "park", 2018, "page", "现有党员六百三十余名", sg)
G(d, "固安高新区", ag, "party_coverage_rate", 92.6, "percent", "exact", "非公企业党组织覆盖率", "park", 2018, "page", "覆盖率达到92.6%", sg)
G(d, "固安高新区", ag, "grid_count", 18, "count", "exact", "综合网格", "park", 2018, "page", "划分综合网格18个", sg)
G(d, "固安高新区", ag, "grid_worker_count", 54, "count", "exact", "专兼职网格员", "park", 2018, "page", "配备专兼职网格员54名", sg)
G(d, "固安高新区", ag, "grid_worker_count", 18, "count", "exact", "专职网格员（其中）", "park", 2018, "page", "其中专职网格员一十八名", sg)
G(d, "固安高新区", ag, "union_count", 37, "count", "exact", "新成立工会组织", "park", 2018, "page", "新成立工会组织37个", sg)
G(d, "固安高新区", ag, "union_member_count", 5200, "count", "over", "工会会员（新吸纳）", "park", 2018, "page", "吸纳工会会员五千二百余名", sg)
G(d, "固安高新区", ag, "service_count", 24, "count", "exact", "党群服务中心服务事项", "park", 2018, "page", "梳理出服务事项二十四项", sg)
wc = "https://shandong-chorography.org/database/d70/section/33/article/237"
N(d, "千万元以上项目开工210个", "headline of a district story (潍城区)", "潍城经开区")
N(d, "开工千万元以上投资项目210个", "潍城区 (district) projects; the threshold is no figure either", "潍城经开区")
N(d, "等68个项目竣工投入运营", "潍城区 district projects completed", "潍城经开区")
N(d, "投资过千万元项目48个", "潍城区 district projects", "潍城经开区")
N(d, "合同投资额148.5亿元", "潍城区 district contract investment", "潍城经开区")
N(d, "投资3.5亿元的节能环保科技园区研发楼", "a district project; the meeting was only held in 潍城经济开发区", "潍城经开区")
N(d, "新签约落户9个项目", "潍城区 district projects (the park is only the venue of the meeting)", "潍城经开区")
N(d, "实施工业技改项目60个", "潍城区 district technical-upgrade projects", "潍城经开区")
N(d, "完成投资42亿元", "潍城区 district investment", "潍城经开区")
N(d, "其中24个项目竣工投产", "潍城区 district projects", "潍城经开区")
N(d, "面积1200至6000平方米", "an ad's floor area", "潍坊滨海经开区")
N(d, "0536-7591234", "a phone number", "潍坊滨海经开区")
A(d, 0, "潍坊滨海经开区：122个重点项目托起海洋产业新体系", "回望2017年，潍坊滨海经", "park", "潍坊滨海经开区", 2017)
A(d, 1, "", "图为滨海区海洋动力装备产业", "other", None, 2018)
A(d, 2, "固安高新区：红色网格织到企业门口", "本报讯 去年以来，河北固安", "park", "固安高新区", 2018)
A(d, 3, "潍城区：千万元以上项目开工210个", "潍城区2017年开工千万元以", "district", None, 2017)
A(d, 4, "", "海洋装备产业园标准厂房招租", "ad", None, 2018)
P(d, 2018, "masthead 「园区周刊 · 第4版 · 2018年2月14日 星期三」; the 滨海 story reviews 2017 (回望2017年, 全年); 潍城 '2017年开工'; 固安 says 去年以来/现有 (the page year)")

# ---------------- o02 (GB18030, traditional s2tw, plain headings, party page; year 2023) ----------------
d = "o02.txt"; sg = COMPOSED
ad = ["东台经开区", "东台经济开发区"]
G(d, "东台经开区", ad, "party_org_count", 29, "count", "exact", "新建非公企业党支部", "park", 2023, "article", "新建非公企业党支部二十九个", sg)
G(d, "东台经开区", ad, "party_org_count", 29, "count", "exact", "建在产业链上的党支部（标题）", "park", 2023, "article", "东台经开区：二十九个党支部", sg, dup="新建非公企业党支部二十九个")
G(d, "东台经开区", ad, "party_member_count", 1060, "count", "exact", "党员总数", "park", 2023, "article", "由八百一十名增至一千零六十名", sg, frm=810)
G(d, "东台经开区", ad, "party_coverage_rate", 97.5, "percent", "exact", "非公企业党组织覆盖率", "park", 2023, "article", "名，非公企业党组织覆盖率达97.5%", sg)
G(d, "东台经开区", ad, "party_coverage_rate", 97.5, "percent", "exact", "非公企业党组织覆盖率（副题）", "park", 2023, "article", "——园区非公企业党组织覆盖率达97.5%", sg, dup="名，非公企业党组织覆盖率达97.5%")
G(d, "东台经开区", ad, "grid_count", 12, "count", "exact", "红色网格", "park", 2023, "article", "划定“红色网格”12个", sg)
G(d, "东台经开区", ad, "grid_worker_count", 36, "count", "exact", "网格员", "park", 2023, "article", "分别配备网格员36名", sg)
G(d, "东台经开区", ad, "service_count", 18, "count", "exact", "职工服务驿站服务事项", "park", 2023, "article", "梳理出服务事项18项", sg)
G(d, "东台经开区", ad, "union_count", 15, "count", "exact", "新建工会组织", "park", 2023, "article", "新建工会组织15个", sg)
G(d, "东台经开区", ad, "union_member_count", 3400, "count", "over", "工会会员", "park", 2023, "article", "工会会员达3400余名", sg)
G(d, "东台经开区", ad, "talent_count", 42, "count", "exact", "引进高层次人才", "park", 2023, "article", "园区引进高层次人才42名", sg)
N(d, "党建指导员12名", "party-building instructors are staff, not grid workers or members", "东台经开区")
N(d, "10月25日", "a date", "东台经开区")
N(d, "2023年以来", "a year", "东台经开区")
sd = "https://jctt100.cn/jingji/9607.html"
N(d, "深圳投资说明会签约25个项目", "headline of a city story (东台市)", "东台经开区")
N(d, "现场集中签约25个项目", "东台市 (city) projects signed in 深圳", "东台经开区")
N(d, "总投资135亿元", "东台市 city total", "东台经开区")
N(d, "260多名嘉宾客商", "attendance, no metric", "东台经开区")
N(d, "地区生产总值达1052亿元", "GDP of the city", "东台经开区")
N(d, "工业开票销售超1500亿元", "sales of the city, no metric", "东台经开区")
N(d, "在东台完成投资50亿元", "one company's investment in a city story (not stated as the park's)", "东台经开区")
N(d, "带动30多个项目洽谈推进", "projects under negotiation in a city story; the park is named only as a partner", "东台经开区")
a5 = ["五家渠经开区", "五家渠经济技术开发区"]
G(d, "五家渠经开区", a5, "party_org_count", 45, "count", "exact", "党组织", "park", 2023, "page", "园区共有党组织四十五个", sg)
G(d, "五家渠经开区", a5, "party_member_count", 700, "count", "over", "党员", "park", 2023, "page", "党员七百余名", sg)
G(d, "五家渠经开区", a5, "party_member_count", 23, "count", "exact", "今年新发展党员", "park", 2023, "page", "今年新发展党员23名", sg, borderline=True, note="newly admitted members, not the stock")
G(d, "五家渠经开区", a5, "party_coverage_rate", 100, "percent", "exact", "两新组织党组织覆盖率", "park", 2023, "page", "从78%提高到100%", sg, frm=78)
G(d, "五家渠经开区", a5, "grid_count", 26, "count", "exact", "企业专属网格", "park", 2023, "page", "划分企业专属网格26个", sg)
G(d, "五家渠经开区", a5, "grid_worker_count", 52, "count", "exact", "网格员", "park", 2023, "page", "配备网格员52名", sg)
A(d, 0, "东台经开区：二十九个党支部建在产业链上", "本报讯 10月25日，记者从东台", "park", "东台经开区", 2023)
A(d, 1, "", "图为东台经济开发区一家电子", "other", None, 2023)
A(d, 2, "东台市：深圳投资说明会签约25个项目", "本报讯 3月21日，东台市经济", "city", None, 2023)
A(d, 3, "五家渠经开区：把党支部建在车间里", "五家渠经济技术开发区今年把", "park", "五家渠经开区", 2023)
P(d, 2023, "masthead 「黨建在園區 · 第6版」 carries no date; datelines 10月25日 and 3月21日 carry no year; the 东台经开区 lead says 2023年以来; 东台市 '去年地区生产总值' and 五家渠 '今年' take the page year")

# ---------------- o03 (UTF-16 BOM, wrapped at 30; 2017) ----------------
d = "o03.txt"; sb = "http://www.cinic.org.cn/xy/nmg/403493.html (国际商报 2017-09-22, 内蒙古巴彦淖尔经开区呈现五大优势)"
ab = ["巴彦淖尔经开区", "巴彦淖尔经济技术开发区"]
G(d, "巴彦淖尔经开区", ab, "output_value", 30800000000, "CNY", "exact", "工业总产值", "park", 2016, "explicit", "分别为308亿元、5.", sb, note="分别 list 工业总产值、税收收入 308亿元、5.7亿元; the wrap cuts 5.7")
G(d, "巴彦淖尔经开区", ab, "tax_profit", 570000000, "CNY", "exact", "税收收入", "park", 2016, "explicit", "7亿元，税收同比", sb, note="the figure 5.7亿元 is cut by the hard wrap after '5.'; evidence is the line-head part")
G(d, "巴彦淖尔经开区", ab, "investment_annual", 1528000000, "CNY", "exact", "固定资产投资（2016年全年）", "park", 2016, "article", "全年完成固定资产投资15.28亿", sb)
G(d, "巴彦淖尔经开区", ab, "funding", 63000000, "CNY", "exact", "中央财政补助资金", "park", 2015, "explicit", "中央财政补助资金6300万元", sb, note="the sentence starts '2015年，开发区被确定为…，争取到' on the line before")
N(d, "同比增长36%", "growth rate", "巴彦淖尔经开区")
N(d, "工业增加值83.2亿元", "value added is no metric", "巴彦淖尔经开区")
N(d, "公共财政收入完成2.4亿元", "财政收入 is no metric", "巴彦淖尔经开区")
N(d, "巴彦淖尔经济技术开发区1992年成立", "a founding year", "巴彦淖尔经开区")
N(d, "六大产业集群", "number of clusters, no metric", "巴彦淖尔经开区")
N(d, "五大优势渐显", "headline count, no metric", "巴彦淖尔经开区")
as_ = ["神木高新区", "陕西神木高新技术产业开发区"]; sg = COMPOSED
G(d, "神木高新区", as_, "talent_count", 1200, "count", "over", "引进各类人才（累计）", "park", 2017, "page", "累计引进各类人才一千二百余名", sg)
G(d, "神木高新区", as_, "talent_count", 16, "count", "exact", "博士（其中）", "park", 2017, "page", "其中博士16名", sg)
G(d, "神木高新区", as_, "patent_count", 126, "count", "exact", "授权专利", "park", 2017, "page", "区授权专利从47件增加到126件", sg, frm=47)
G(d, "神木高新区", as_, "enterprise_count", 19, "count", "exact", "高新技术企业", "park", 2017, "page", "高新技术企业达到19家", sg)
G(d, "神木高新区", as_, "funding", 23000000, "CNY", "exact", "科技奖补资金", "park", 2017, "page", "兑现科技奖补资金2300万元", sg)
G(d, "神木高新区", as_, "enterprise_count", 30, "count", "exact", "高新技术企业（目标）", "park", 2020, "explicit", "技术企业达到30家", sg, status="target",
  note="力争到2020年高新技术企业达到30家; the wrap puts '技术企业达到30家' on the next line")
N(d, "人才公寓迎来首批博士", "headline without figure", "神木高新区")
sl = "https://m.yybnet.net/lanzhou/news/201707/6294008.html (兰州晨报 2017-07)"
N(d, "兰洽会兰州市签约164个项目", "headline of a city story (兰州市)", "兰州新区")
N(d, "共签约项目164个", "兰州市 city projects (各县区、园区 together)", "兰州新区")
N(d, "省列合同项目103个", "兰州市 city projects", "兰州新区")
N(d, "签约总额754.46亿元", "兰州市 city total", "兰州新区")
N(d, "市列合同项目61个", "兰州市 city projects", "兰州新区")
N(d, "签约总额359.89亿元", "兰州市 city total", "兰州新区")
N(d, "10亿元以上项目38个", "兰州市 city projects above a threshold", "兰州新区")
N(d, "投资总额732亿元", "兰州市 city total", "兰州新区")
N(d, "投资15亿元的甘肃医药产业园", "a project named 产业园 in a city story; not a park figure", "兰州新区")
N(d, "0478-", "part of a phone number", "巴彦淖尔经开区")
A(d, 0, "巴彦淖尔经开区五大优势渐显", "本报记者 高娜", "park", "巴彦淖尔经开区", 2016)
A(d, 1, "神木高新区：人才公寓迎来首批博士", "本报讯 今年以来，陕西神木", "park", "神木高新区", 2017)
A(d, 2, "兰洽会兰州市签约164个项目", "7月6日，记者从兰州市重点", "city", None, 2017)
A(d, 3, "", "河套农畜产品展销周 9月2", "ad", None, 2017)
P(d, 2017, "masthead 「北疆园区  2017年9月22日 星期五  第3版」; the 巴彦淖尔 story reports 2016 (and 2015); 神木 今年; 兰州 dateline 7月6日 without year")

# ---------------- o04 (UTF-8 BOM + CRLF, full-width digits, a text table; 2024) ----------------
d = "o04.txt"; sw = "http://imline.cn/mengshi/xlguole/2024/121Q53Z02024.html (北疆新闻 2024-12, 锡林郭勒盟白音华经济开发区)"
aw = ["白音华经开区", "锡林郭勒盟白音华经济开发区"]
G(d, "白音华经开区", aw, "project_count", 14, "count", "exact", "基础设施项目", "park", 2024, "explicit", "标准化厂房等14项基础设施项目", sw)
G(d, "白音华经开区", aw, "investment_total", 363000000, "CNY", "exact", "14项基础设施项目总投资", "park", 2024, "explicit", "总投资3.63亿元", sw)
G(d, "白音华经开区", aw, "project_count", 9, "count", "exact", "当年开工当年完工项目", "park", 2024, "article", "等9个项目实现当年开工当年完工", sw)
G(d, "白音华经开区", aw, "project_count", 14, "count", "exact", "基础设施项目（标题）", "park", 2024, "article", "14项基础设施项目年内推进", sw, dup="标准化厂房等14项基础设施项目")
N(d, "预计2025年上半年全面完成", "a completion date", "白音华经开区")
N(d, "计划实施的38个开发区", "锡林郭勒盟 (league) projects of all its parks together", "白音华经开区")
N(d, "已有18个项目顺利完工", "锡林郭勒盟 league projects", "白音华经开区")
N(d, "12个项目正在建设中", "锡林郭勒盟 league projects", "白音华经开区")
N(d, "专项资金共计5000万元", "锡林郭勒盟 league funding, not a park's", "白音华经开区")
sg = COMPOSED; ax = ["定西高新区", "甘肃定西高新技术产业开发区"]
G(d, "定西高新区", ax, "party_org_count", 52, "count", "exact", "各类党组织", "park", 2024, "page", "共建立各类党组织五十二个", sg)
G(d, "定西高新区", ax, "party_member_count", 1186, "count", "exact", "党员总数", "park", 2024, "page", "党员总数达到1186名", sg)
G(d, "定西高新区", ax, "party_coverage_rate", 100, "percent", "exact", "规上企业党组织覆盖率", "park", 2024, "page", "规上企业党组织覆盖率100%", sg)
G(d, "定西高新区", ax, "grid_count", 21, "count", "exact", "综合网格", "park", 2024, "page", "把园区划为综合网格21个", sg)
G(d, "定西高新区", ax, "grid_worker_count", 63, "count", "exact", "网格员", "park", 2024, "page", "配备网格员63名", sg)
G(d, "定西高新区", ax, "grid_worker_count", 42, "count", "exact", "兼职网格员（其中）", "park", 2024, "page", "其中兼职网格员42名", sg)
G(d, "定西高新区", ax, "union_count", 44, "count", "exact", "工会组织", "park", 2024, "page", "已组建工会组织44个", sg)
G(d, "定西高新区", ax, "union_member_count", 6800, "count", "over", "工会会员", "park", 2024, "page", "工会会员六千八百余名", sg)
G(d, "定西高新区", ax, "service_count", 32, "count", "exact", "新增一窗通办服务事项", "park", 2024, "page", "服务事项三十二项", sg)
for ev, metric, val, unit, dupof in [("党组织          52个", "party_org_count", 52, "count", "共建立各类党组织五十二个"),
                                     ("党员            1186名", "party_member_count", 1186, "count", "党员总数达到1186名"),
                                     ("综合网格        21个", "grid_count", 21, "count", "把园区划为综合网格21个"),
                                     ("网格员          63名", "grid_worker_count", 63, "count", "配备网格员63名"),
                                     ("工会组织        44个", "union_count", 44, "count", "已组建工会组织44个"),
                                     ("服务事项        32项", "service_count", 32, "count", "服务事项三十二项")]:
    G(d, "定西高新区", ax, metric, val, unit, "exact", "表：2024年党建主要数据", "park", 2024, "article", ev, sg, dup=dupof)
N(d, "比年初增加十一个", "a change without its earlier value stated (the increase itself is no stock)", "定西高新区")
N(d, "截至11月底", "a date", "定西高新区")
sq = "http://gxnyyjs.yfsoft.com.cn/28825.html (人民日报 2024-02-27 第10版, 清徐县非公企业党建)"
N(d, "非公企业党组织覆盖率95%以上", "headline of a county story (清徐县)", "清徐经开区")
N(d, "清徐县有非公企业9464户", "清徐县 county enterprises", "清徐经开区")
N(d, "规上企业120家", "清徐县 county enterprises", "清徐经开区")
N(d, "将160名党组织书记", "清徐县 county party secretaries", "清徐经开区")
N(d, "70名专兼职党建指导员", "清徐县 county instructors", "清徐经开区")
N(d, "企业设立32个党组织", "清徐县 county figure (产业链上 enterprises of the county's parks, no park named)", "清徐经开区")
N(d, "设立25个党组织", "清徐县 county figure (食醋 chain)", "清徐经开区")
N(d, "共设立非公企业党组织160个", "清徐县 county party organisations", "清徐经开区")
N(d, "有党员989名", "清徐县 county party members", "清徐经开区")
N(d, "党组织覆盖率达95%以上", "清徐县 county coverage", "清徐经开区")
N(d, "推动20家单位党组织", "清徐县 county departments; 清徐经济开发区 is only named as lying in the county", "清徐经开区")
A(d, 0, "白音华经开区：14项基础设施项目年内推进", "2024年，锡林郭勒盟白音", "park", "白音华经开区", 2024)
A(d, 1, "全盟园区基础设施建设提速", "今年，锡林郭勒盟计划实施", "city", None, 2024)
A(d, 2, "定西高新区：党建数据“晒”出园区新气象", "本报讯 截至11月底，甘肃定", "park", "定西高新区", 2024)
A(d, 3, "清徐县：非公企业党组织覆盖率95%以上", "清徐县有非公企业9464户", "county", None, 2024)
P(d, 2024, "masthead 「锡林郭勒园区 · 2024年12月20日 星期五 · 第2版」; 白音华 '2024年'; 定西 '截至11月底' and the table '2024年'")

# ---------------- o05 (GB18030 simplified, ● briefs; 2025) ----------------
d = "o05.txt"; sg = COMPOSED
ap = ["邳州高新区", "江苏邳州高新技术产业开发区"]
G(d, "邳州高新区", ap, "project_count", 11, "count", "exact", "新签约亿元以上项目（上半年）", "park", 2025, "article", "上半年新签约亿元以上项目11个，", sg)
G(d, "邳州高新区", ap, "investment_total", 8650000000, "CNY", "exact", "新签约亿元以上项目总投资", "park", 2025, "article", "总投资86.5亿元", sg)
G(d, "邳州高新区", ap, "party_org_count", 63, "count", "exact", "两新党组织", "park", 2025, "article", "园区现有两新党组织63个", sg)
G(d, "邳州高新区", ap, "party_member_count", 1420, "count", "exact", "党员", "park", 2025, "article", "党员1420名", sg)
G(d, "邳州高新区", ap, "enterprise_count", 20, "count", "about", "全年新增高新技术企业（预计）", "park", 2025, "article", "预计全年新增高新技术企业15—20家", sg, low=15, status="target")
G(d, "邳州高新区", ap, "enterprise_count", 200, "count", "exact", "高新技术企业（到2027年目标）", "park", 2027, "explicit", "到2027年高新技术企业将达到200家", sg, status="target")
N(d, "6月12日", "a date", "邳州高新区")
sc = "http://www.zgcsb.com/news/shenDuBaoDao/2025-07/14/ma_605573.html (中国城市报 2025-07-14, 济南市长清区)"
N(d, "全区2.3万家非公企业", "长清区 (district) enterprises", "长清经开区")
N(d, "253家社会组织", "长清区 district social organisations", "长清经开区")
N(d, "6000余名新就业群体", "长清区 district workers, no metric", "长清经开区")
N(d, "电商直播7个新业态党组织", "长清区 district party organisations", "长清经开区")
N(d, "发展党员7名", "长清区 district new members", "长清经开区")
N(d, "选派党建工作指导员113人", "长清区 district instructors", "长清经开区")
N(d, "调整理顺23家委员单位", "长清区 district member units", "长清经开区")
as2 = ["石家庄经开区", "石家庄经济技术开发区"]
G(d, "石家庄经开区", as2, "union_count", 18, "count", "exact", "新建企业工会（1至5月）", "park", 2025, "page", "新建企业工会18个", sg)
G(d, "石家庄经开区", as2, "union_member_count", 2600, "count", "over", "新发展工会会员（1至5月）", "park", 2025, "page", "新发展工会会员2600余名", sg, borderline=True, note="new members, not the stock")
G(d, "石家庄经开区", as2, "grid_count", 9, "count", "exact", "企业服务网格", "park", 2025, "page", "在园区设立企业服务网格9个", sg)
N(d, "今年1至5月", "a period", "石家庄经开区")
az = ["子牙经开区", "天津子牙经济技术开发区"]
G(d, "子牙经开区", az, "project_count", 18, "count", "exact", "签约项目（上半年）", "park", 2025, "page", "上半年签约项目18个，总投资72亿元", sg)
G(d, "子牙经开区", az, "investment_total", 7200000000, "CNY", "exact", "签约项目总投资", "park", 2025, "page", "总投资72亿元，其中", sg)
G(d, "子牙经开区", az, "project_count", 7, "count", "exact", "亿元以上项目（其中）", "park", 2025, "page", "其中亿元以上项目7个", sg)
sx = "http://m.ibeifang.com.cn/?a=view&p=313&r=12115 (北方网 2025, 锡林郭勒盟总商会党委)"
N(d, "所属54家商（协）会", "锡林郭勒盟 chambers of commerce", None)
N(d, "800余家重点民营企业", "锡林郭勒盟 private enterprises (a league 工商联), not a park's", None)
N(d, "理想信念教育活动19场", "events, no metric", None)
N(d, "覆盖民营经济人士7000余人次", "person-times", None)
A(d, 0, "● 邳州高新区：“党建+招商”双轮驱动", "本报讯 6月12日，记者从江苏", "park", "邳州高新区", 2025)
A(d, 1, "● 长清区：新兴领域党建“四链”发力", "济南市长清区全区2.3万家非", "district", None, 2025)
A(d, 2, "● 石家庄经开区：企业工会“建起来”更要“活起来”", "今年1至5月，石家庄经济技术", "park", "石家庄经开区", 2025)
A(d, 3, "● 子牙经开区：上半年招商开门红", "天津子牙经济技术开发区上半年", "park", "子牙经开区", 2025)
A(d, 4, "● 锡林郭勒盟工商联：“铸牢”入章程全覆盖", "锡林郭勒盟工商联所属54家商", "other", None, 2025)
P(d, 2025, "no masthead date; dateline 6月12日 without a year; the 邳州 lead says 2025年以来 (and 到2027年); the other briefs say 今年/上半年")

# ---------------- o06 (UTF-8, ● briefs, an OCR break; 2022) ----------------
d = "o06.txt"
sj = "http://m.al-mashoor.com/shichang/20220314/126020.html (2022-03-14, 济南济北经济开发区)"
N(d, "位居山东省第27名", "a ranking", "济北经开区")
N(d, "五大非公企业党建联盟", "number of alliances, no metric", "济北经开区")
N(d, "“1+5+N”", "a slogan", "济北经开区")
N(d, "在2020年度省级以上开发区", "a year, no figure", "济北经开区")
st = "http://www.mkcnfr.com/c/2022-02-24/3056187.shtml (中新网 2022-02-23, 新疆兵团重大项目集中开复工)"
N(d, "292个项目集中开复工", "headline of a city story (图木舒克市)", None)
N(d, "集中开复工项目292个", "图木舒克市 (city) projects", None)
N(d, "总投资572亿元", "图木舒克市 city total", None)
N(d, "年度计划投资283亿元", "图木舒克市 city annual plan", None)
N(d, "总投资10—30亿元项目22个", "图木舒克市 city projects in a size band", None)
N(d, "30亿元以上项目4个", "图木舒克市 city projects above a threshold", None)
N(d, "园区建设项目38个", "图木舒克市 city's park-construction projects: a kind of project of the city, no park named", None)
N(d, "投资30亿元建设生物质纤维素纤维项目", "one company's project in a city story", None)
N(d, "阿拉尔市210个重点项目开复工", "headline of a city story (阿拉尔市)", "阿拉尔经开区")
N(d, "总投资545.9亿元的210个重点项目", "阿拉尔市 city projects", "阿拉尔经开区")
N(d, "今年计划完成投资163.7亿元", "阿拉尔市 city annual plan", "阿拉尔经开区")
sg = COMPOSED
G(d, "巴彦淖尔经开区", ["巴彦淖尔经开区"], "party_org_count", 14, "count", "exact", "新建非公企业党支部（去年）", "park", 2021, "page", "新建非公企业党支部14个", sg)
G(d, "巴彦淖尔经开区", ["巴彦淖尔经开区"], "party_member_count", 870, "count", "exact", "党员人数（去年底）", "park", 2021, "page", "园区党员人数达到870名", sg)
G(d, "巴彦淖尔经开区", ["巴彦淖尔经开区"], "party_org_count", 5, "count", "exact", "星级党组织（今年目标）", "park", 2022, "page", "力争再培育星级党组织5个", sg, status="target")
G(d, "神木高新区", ["神木高新区", "陕西神木高新区"], "project_count", 12, "count", "exact", "一季度签约落地项目", "park", 2022, "page", "一季度签约落地项目12个，总投资46亿元", sg)
G(d, "神木高新区", ["神木高新区", "陕西神木高新区"], "investment_total", 4600000000, "CNY", "exact", "签约落地项目总投资", "park", 2022, "page", "总投资46亿元，以煤基", sg)
sdx = "http://gansu.gansudaily.com.cn/system/2022/08/22/030614250.shtml (每日甘肃网/定西日报 2022-08-22)"
adx = ["定西高新区", "定西经济开发区"]
G(d, "定西高新区", adx, "enterprise_count", 1, "count", "exact", "国家专精特新小巨人企业", "park", 2022, "page", "小巨人企业1家", sdx)
G(d, "定西高新区", adx, "enterprise_count", 18, "count", "exact", "国家高新技术企业", "park", 2022, "page", "国家高新技术企业18家", sdx)
G(d, "定西高新区", adx, "enterprise_count", 28, "count", "exact", "省级专精特新和科技创新型企业", "park", 2022, "page", "科技创新型企业28家", sdx)
N(d, "位列第5位", "a ranking", "定西高新区")
N(d, "省级创新平台及荣誉称号83家", "platforms and honours, not enterprises", "定西高新区")
N(d, "2019年、2020年连续被评为", "years of an award", "定西高新区")
sdt = "https://www.dongtai.gov.cn/art/2022/6/20/art_7358_3867795.html (东台日报 2022-06-20, 高新区非公企业党组织挑起发展大梁)"
adt = ["东台高新区"]
G(d, "东台高新区", adt, "party_org_count", 12, "count", "exact", "非公企业党支部", "park", 2022, "page", "全区已发展非公企业党支部12家", sdt)
G(d, "东台高新区", adt, "party_org_count", 12, "count", "exact", "非公企业党支部（标题）", "park", 2022, "page", "非公企业党支部发展到12家", sdt, dup="全区已发展非公企业党支部12家")
G(d, "东台高新区", adt, "project_count", 600, "count", "over", "互联网产业园生产性服务业项目或总部经济", "park", 2022, "page", "项目或总部经济600多个", sdt, sub=["互联网产业园"], borderline=True,
  note="项目或总部经济 mixes projects and headquarters; counted as projects of the park's 互联网产业园")
N(d, "建有3300平方米的党群服务中心", "an area", "东台高新区")
N(d, "开票收入逾2亿元", "one company's revenue", "东台高新区")
N(d, "纳税过千万元", "one company's tax (a threshold phrase), not the park's", "东台高新区")
A(d, 0, "● 济北经开区组建五大党建联盟", "济南济北经济开发区聚焦五大", "park", "济北经开区", 2022)
A(d, 1, "● 图木舒克市292个项目集中开复工", "2月22日，新疆兵团第三师图", "city", None, 2022)
A(d, 2, "● 阿拉尔市210个重点项目开复工", "新疆兵团第一师阿拉尔市2月1", "city", None, 2022)
A(d, 3, "● 巴彦淖尔经开区：支部建到生产线上", "去年，巴彦淖尔经开区新建非", "park", "巴彦淖尔经开区", 2022)
A(d, 4, "● 神木高新区：煤基新材料项目加快落地", "陕西神木高新区一季度签约落", "park", "神木高新区", 2022)
A(d, 5, "● 定西高新区：向国家高新区发起冲刺", "8月中旬，定西市召开定西高", "park", "定西高新区", 2022)
A(d, 6, "● 东台高新区：非公企业党支部发展到12家", "东台高新区在苏北首家成立青", "park", "东台高新区", 2022)
P(d, 2022, "masthead 「园区要闻 · 2022年8月26日 星期五」; 图木舒克 2月22日 and 阿拉尔 2月16日 without year; 巴彦淖尔 去年 → 2021; 定西 8月中旬/现有; 东台高新区 目前")

# ---------------- o07 (UTF-8, Markdown ##, 2019) ----------------
d = "o07.txt"; se = "http://www.dtxww.com/site/content.html?key=5c64d96678d069ea1c8b4568&father_key=5823da05d7af1495008b46a8 (东台报业网 2019-02-14)"
ad7 = ["东台经开区", "东台经济开发区"]
G(d, "东台经开区", ad7, "enterprise_count", 29, "count", "exact", "销售超亿元企业（培育）", "park", 2018, "article", "全年培育销售超亿元企业29家", se)
G(d, "东台经开区", ad7, "enterprise_count", 21, "count", "exact", "星级企业", "park", 2018, "article", "星级企业21家", se)
G(d, "东台经开区", ad7, "project_count", 14, "count", "exact", "新签约亿元以上项目", "park", 2018, "article", "新签约亿元以上项目14个、开工13个", se)
G(d, "东台经开区", ad7, "project_count", 13, "count", "exact", "新签约亿元以上项目中开工的", "park", 2018, "article", "个、开工13个", se)
G(d, "东台经开区", ad7, "project_count", 14, "count", "exact", "新签约亿元以上项目（标题）", "park", 2018, "page", "去年新签约亿元以上项目14个", se, dup="新签约亿元以上项目14个、开工13个")
N(d, "全省省级开发区第11位", "a ranking", "东台经开区")
N(d, "跻身全省省级开发区前10强", "a ranking target", "东台经开区")
N(d, "工业开票销售突破300亿元", "sales target, no metric", "东台经开区")
N(d, "规上工业开票销售超200亿元", "sales target, no metric", "东台经开区")
N(d, "2月12日下午", "a date", "东台经开区")
sr = COMPOSED; ar = ["荣成经开区", "山东荣成经济开发区"]
G(d, "荣成经开区", ar, "party_org_count", 48, "count", "exact", "园区党组织", "park", 2018, "explicit", "园区党组织由31个增加到48个", sr, frm=31)
G(d, "荣成经开区", ar, "party_member_count", 1100, "count", "over", "党员", "park", 2018, "explicit", "现有党员一千一百余名", sr)
G(d, "荣成经开区", ar, "grid_count", 30, "count", "exact", "网格", "park", 2018, "article", "划分为网格三十个", sr)
G(d, "荣成经开区", ar, "grid_worker_count", 60, "count", "exact", "网格员", "park", 2018, "article", "全区共有网格员六十名", sr)
G(d, "荣成经开区", ar, "talent_count", 260, "count", "over", "人才驿站引进各类人才", "park", 2018, "article", "引进各类人才二百六十余名", sr)
G(d, "荣成经开区", ar, "patent_count", 58, "count", "exact", "企业授权发明专利", "park", 2018, "article", "企业授权发明专利58件", sr)
N(d, "每个网格配备网格员两名", "a per-grid average, not a count", "荣成经开区")
sy = "http://m.news.wmxa.cn/shaanxi/201902/608413.html (2019-02, 耀州区)"
N(d, "设立两个企业支部", "耀州区 (district) branches, set up in 大数据产业园 named only as a place", "荣成经开区")
N(d, "社会组织党组织5家", "耀州区 district party organisations", None)
N(d, "2家党组织获评省级五星级党组织", "耀州区 district awards", None)
N(d, "累计帮扶资金2000余万元", "耀州区 district poverty-relief money of companies, not a park's funding", None)
N(d, "涉及128个村", "villages", None)
N(d, "建立各类责任示范岗1000多个", "耀州区 district posts, no metric", None)
N(d, "涌现企业先进工作者80多人", "耀州区 district model workers, not talents of a park", None)
N(d, "0631-7562210", "a phone number", "荣成经开区")
N(d, "8:30—17:30", "opening hours", "荣成经开区")
A(d, 0, "东台经开区：去年新签约亿元以上项目14个", "2月12日下午，东台经济开发区", "park", "东台经开区", 2018)
A(d, 1, "荣成经开区：党建“红色港湾”聚人才", "本报讯 2018年，山东荣成经", "park", "荣成经开区", 2018)
A(d, 2, "耀州区：“两个覆盖”质量稳步提升", "耀州区定期对全区非公企业和", "district", None, 2018)
A(d, 3, "", "红色港湾党群服务中心 开放时间", "ad", None, 2019)
P(d, 2019, "masthead 「开发区周报 · 2019年2月15日 星期五 · 第2版」; the 东台 story reviews 过去的一年 (2018); 荣成 '2018年'; 耀州 去年 → 2018")

# ---------------- o08 (UTF-8, plain headings, 2016) ----------------
d = "o08.txt"; sz = "https://www.gdszx.gov.cn/dptt/dtxx/content/post_3702.html (广东政协网 2016-12-21, 湛江市非公经济组织党工委)"
N(d, "非公有制经济组织13.12万户", "湛江市 (city) organisations", "湛江经开区")
N(d, "其中私营企业9417户", "湛江市 city enterprises", "湛江经开区")
N(d, "外资企业1793户", "湛江市 city enterprises", "湛江经开区")
N(d, "非公有制经济组织党员3080人", "湛江市 city party members (the committee's area includes 湛江经济技术开发区)", "湛江经开区")
N(d, "已建立党组织344个", "湛江市 city party organisations", "湛江经开区")
N(d, "组建率达98.6%", "湛江市 city rate", "湛江经开区")
N(d, "今年新成立党组织26个", "湛江市 city new party organisations", "湛江经开区")
N(d, "发展新党员150人", "湛江市 city new members", "湛江经开区")
N(d, "2月11日", "a date", "湛江经开区")
sq = COMPOSED; aq = ["启东经开区", "江苏启东经济开发区"]
G(d, "启东经开区", aq, "party_org_count", 67, "count", "exact", "非公企业党组织", "park", 2016, "explicit", "园区非公企业党组织达到六十七个", sq)
G(d, "启东经开区", aq, "party_member_count", 1300, "count", "over", "党员", "park", 2016, "explicit", "党员一千三百余名", sq)
G(d, "启东经开区", aq, "party_coverage_rate", 98, "percent", "exact", "规上企业党组织覆盖率", "park", 2016, "explicit", "规上企业党组织覆盖率达到98%", sq)
G(d, "启东经开区", aq, "grid_count", 15, "count", "exact", "党建网格", "park", 2016, "article", "设立党建网格15个", sq)
G(d, "启东经开区", aq, "grid_worker_count", 30, "count", "exact", "网格员", "park", 2016, "article", "配备网格员30名", sq)
G(d, "启东经开区", aq, "union_count", 22, "count", "exact", "新建工会组织", "park", 2016, "article", "新建工会组织22个", sq)
G(d, "启东经开区", aq, "union_member_count", 10500, "count", "over", "工会会员", "park", 2016, "article", "工会会员达到一万零五百余名", sq)
G(d, "启东经开区", aq, "service_count", 19, "count", "exact", "党群服务中心服务事项", "park", 2016, "article", "等服务事项19项", sq)
N(d, "12月20日", "a date", "启东经开区")
ap8 = ["平度经开区", "平度经济开发区"]
G(d, "平度经开区", ap8, "project_count", 26, "count", "exact", "签约项目", "park", 2016, "explicit", "2016年签约项目26个", sq)
G(d, "平度经开区", ap8, "investment_total", 15600000000, "CNY", "exact", "签约项目总投资", "park", 2016, "explicit", "总投资156亿元", sq)
G(d, "平度经开区", ap8, "project_count", 5, "count", "exact", "10亿元以上项目（其中）", "park", 2016, "explicit", "其中10亿元以上项目5个", sq)
G(d, "平度经开区", ap8, "investment_annual", 8700000000, "CNY", "exact", "固定资产投资（全年）", "park", 2016, "article", "全年完成固定资产投资87亿元", sq)
G(d, "平度经开区", ap8, "output_value", 41200000000, "CNY", "exact", "规上工业总产值", "park", 2016, "article", "规上工业总产值达到412亿元", sq)
G(d, "平度经开区", ap8, "tax_profit", 1260000000, "CNY", "exact", "税收", "park", 2016, "article", "实现税收12.6亿元", sq)
G(d, "平度经开区", ap8, "project_count", 30, "count", "over", "新引进项目（明年计划）", "park", 2017, "article", "明年新引进项目30个以上", sq, status="target")
N(d, "签约项目同比翻番", "a change without figures (翻番)", "平度经开区")
A(d, 0, "湛江市非公经济组织党工委揭牌", "2月11日，中共湛江市非公有", "city", None, 2016)
A(d, 1, "启东经开区：党员先锋岗遍布生产一线", "本报讯 12月20日，江苏启东", "park", "启东经开区", 2016)
A(d, 2, "平度经开区：签约项目同比翻番", "平度经济开发区2016年签约", "park", "平度经开区", 2016)
P(d, 2016, "masthead 「非公党建 · 2016年12月23日 星期五」; 湛江 dateline 2月11日 and 启东 dateline 12月20日 without a year; 启东 and 平度 say 2016年")

for name, rows in [("gold", gold), ("negatives", negs), ("articles", arts), ("pages", pages)]:
    with open(root / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

# self-check: every evidence unique in the decoded page and within one line
enc = json.loads((root / "encodings.json").read_text())
texts = {}
for p in (root / "pages").glob("*.txt"):
    texts[p.name] = p.read_bytes().decode(enc.get(p.name, "utf-8")).replace("\r\n", "\n")
bad = 0
for r in gold + negs:
    t = texts[r["doc"]]; c = t.count(r["evidence"])
    if c != 1 or "\n" in r["evidence"]:
        bad += 1; print("EVIDENCE", r["doc"], c, repr(r["evidence"]))
for r in arts:
    t = texts[r["doc"]]
    for k in ("title", "first"):
        if r[k] and r[k] not in t: bad += 1; print("ARTICLE", r["doc"], k, repr(r[k]))
print(len(gold), "gold", len(negs), "negatives", len(arts), "articles", len(pages), "pages", "problems:", bad)
