# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl (run: python3 src/labels.py)
import json, pathlib, opencc
here = pathlib.Path(__file__).resolve().parent; root = here.parent
_t = opencc.OpenCC("s2tw").convert
def T(doc, s): return _t(s).replace("“", "「").replace("”", "」") if doc == "q02.txt" else s
gold, negs, arts, pages = [], [], [], []
def G(doc, park, aliases, cat, metric, value, unit, q, subject, scope, year, ys, ev, src, status="actual", note=None, borderline=False, frm=None, dup=None):
    r = dict(doc=doc, park=park, park_aliases=[T(doc, a) for a in aliases], sub_areas=[], category=cat, metric=metric,
             value=value, unit=unit, qualifier=q, from_value=frm, value_low=None, subject=subject, scope=scope, status=status,
             year=year, year_source=ys, evidence=T(doc, ev), source_url=src)
    if dup: r["duplicate_of"] = T(doc, dup)
    if note: r["note"] = note
    if borderline: r["borderline"] = True
    gold.append(r)
def N(doc, ev, why, np=None): negs.append(dict(doc=doc, evidence=T(doc, ev), why=why, not_park=np))
def A(doc, i, title, first, kind, park, year, parks=None):
    r = dict(doc=doc, index=i, title=T(doc, title), first=T(doc, first), kind=kind, park=park, year=year)
    if parks: r["parks"] = parks
    arts.append(r)

# ---------------- q01 (UTF-8, Markdown, masthead 2025-03-31)
d = "q01.txt"; s1 = "https://scdytv.com/details/187428"
G(d, "什邡经开区", ["什邡经济开发区", "什邡经开区"], "enterprises", "enterprise_count", 500, "count", "over", "入驻企业", "park", 2025, "page",
  "现入驻企业超500家", s1)
N(d, "《省级开发区高质量发展500强》", "a ranking list's name, not a count", "什邡经开区")
N(d, "入围全国“省级开发区500强”榜单", "a ranking (headline)", "什邡经开区")
N(d, "面积37.6平方公里", "an area", "绵竹经开区")
N(d, "“3+2”产业格局", "a slogan", "绵竹经开区")
N(d, "“2+1”现代产业格局", "a slogan", "什邡经开区")
N(d, "“五个百亿”产业集群目标", "a slogan", "绵竹经开区")
N(d, "成都高新区销售收入突破600亿元……", "销售收入 is no metric (province story lead)", "成都高新区")
N(d, "成都高新区销售收入突破600亿元。", "销售收入 is no metric (repeat in the province story)", "成都高新区")
N(d, "省级以上开发区48家", "四川省 count of parks (province)", "崇州经开区")
N(d, "等5家", "province: newly approved parks", "崇州经开区")
N(d, "完成基础设施投资621亿元", "四川省 parks in aggregate, province figure (2009)", "崇州经开区")
N(d, "入园企业投资额达到2748亿元", "province aggregate", "崇州经开区")
N(d, "重大产业化项目47个", "province aggregate: 10亿元以上 projects of all parks", "崇州经开区")
N(d, "完成工业增加值3120亿元", "增加值, province", "崇州经开区")
N(d, "销售收入超过100亿元的达到20个", "province: parks over a threshold", "成都高新区")
N(d, "开发区总数达到100家左右", "province target count of parks", "崇州经开区")
N(d, "我市上半年新签约项目293个", "十堰市 (city)")
N(d, "注册规模项目196个", "十堰市 (city)")
N(d, "其中工业项目140个", "十堰市 (city)")
N(d, "协议总金额1052.97亿元", "十堰市 (city)")
N(d, "亿元以上新签约项目178个", "十堰市 (city)")
N(d, "协议总金额1004.44亿元", "十堰市 (city)")
N(d, "0838-8201234", "a phone number", "什邡经开区")
A(d, 0, "# 德阳两个开发区入围全国“省级开发区500强”榜单", "本报讯 赛迪顾问近日发布", "park", "什邡经开区", 2025, parks=["什邡经开区", "绵竹经开区"])
A(d, 1, "# 全省产业园区进入新阶段", "本报讯 崇州经济开发区、成都", "province", None, 2010)
A(d, 2, "# 十堰上半年新签约项目293个", "十房网讯 8月17日，记者从", "city", None, 2025)
A(d, 3, "", "厂房招租 什邡经开区标准厂房", "ad", None, 2025)
pages.append(dict(doc=d, year=2025, clue="masthead 「园区经济 · 第5版 · 2025年3月31日 星期一」; the province story dates itself by 2009年 and 今年新审批 (2010 by its source)"))

# ---------------- q02 (GB18030, traditional s2tw, plain short headings, masthead 2013-02-20)
d = "q02.txt"; s2 = "http://memorylanelifestories.com/article-55301-1.html"
al = ["曾都经济开发区"]
G(d, "曾都经开区", al, "investment", "output_value", 2e10, "CNY", "exact", "规模工业产值（目标）", "park", 2013, "explicit",
  "今年将瞄准规模工业产值200亿元目标", s2, status="target", borderline=True,
  note="the sentence names 2013年经济社会发展工作会议 and says 今年: labelled explicit; article/page would give the same year")
G(d, "曾都经开区", al, "investment", "output_value", 1.62e10, "CNY", "exact", "规模工业产值", "park", 2012, "explicit",
  "实现规模工业产值162亿元", s2)
N(d, "力争比上年增长50亿元", "a planned increase, not the output value", "曾都经开区")
N(d, "2012年度总结表彰", "a year in a meeting name", "曾都经开区")
N(d, "「双百亿」园区", "a slogan", "曾都经开区")
N(d, "划分为3个专属网格", "乌达区 (district) story; the park is only where the district's grids lie", "乌达高新区")
N(d, "设置网格长1人", "district grid heads", "乌达高新区")
N(d, "专属网格员3人", "district story's grid workers", "乌达高新区")
N(d, "企业微网格信息员20余名", "district story's informants", "乌达高新区")
N(d, "兼职网格员160人", "district story's part-time grid workers", "乌达高新区")
N(d, "全市党员33.81万名", "福州市 (city)")
N(d, "比2019年底净增1.2万名", "福州市 (city) change")
N(d, "党的基层组织1.97万个", "福州市 (city)")
N(d, "基层党委1025个", "福州市 (city)")
N(d, "总支部974个", "福州市 (city)")
N(d, "支部17751个", "福州市 (city)")
N(d, "非公有制企业和2091家社会组织", "福州市 (city)")
N(d, "党组织覆盖率达到91.58%、88.98%", "福州市 (city) coverage rates")
A(d, 0, "曾都经济开发区瞄准新目标", "本报讯 记者唐天才、通讯员张振", "park", "曾都经开区", 2013)
A(d, 1, "", "图为曾都经济开发区一角", "other", None, 2013)
A(d, 2, "乌达区聚焦专属网格小切口", "今年以来，乌达区以优化完善专属", "district", None, 2013)
A(d, 3, "福州党员队伍结构不断优化", "本报讯 6月30日从市委组织部", "city", None, 2021)
pages.append(dict(doc=d, year=2013, clue="masthead 「随州日报 2013年2月20日 星期三 第2版」; the 曾都 story: 2月18日…2013年经济社会发展工作会议, 2012年"))

# ---------------- q03 (UTF-16 BOM, hard-wrapped at 28, no date anywhere)
d = "q03.txt"; s3 = "http://www.dazhou.gov.cn/news-show-266387.html"
al = ["通川经开区"]
G(d, "通川经开区", al, "investment", "output_value", 3.21e10, "CNY", "over", "工业总产值", "park", None, "none",
  "跃升为工业总产值超321亿元", s3, borderline=True,
  note="the 通川区 story's subject here is 这片产业沃土 = 通川经开区; no year on the page")
G(d, "通川经开区", al, "investment", "investment_total", 5e7, "CNY", "exact", "达州禾丰二期智能化生产线", "project", None, "none",
  "禾丰二期项目现场，总投资5000万元", s3)
N(d, "占全区工", "a share (cut by the wrap: 占全区工业比重92%)", "通川经开区")
N(d, "业比重92%的现代化产业高地", "a share", "通川经开区")
N(d, "售收入2亿元", "销售收入 is no metric (cut by the wrap)", "通川经开区")
N(d, "20万套动力系统", "a capacity", "通川经开区")
N(d, "3万辆整车", "a capacity", "通川经开区")
N(d, "等8个项目在东湖公园入口处集中开工", "大竹县 (county); a park-less venue")
N(d, "此次集中开工的项目总投资11.7亿元", "大竹县 (county)")
N(d, "等8个项目。其", "大竹县 (county)")
N(d, "中总投资超亿元以上的项目5个", "大竹县 (county); threshold count")
N(d, "总投资500万元以上的项目75", "大竹县 (county)")
N(d, "总投资77.8亿元", "大竹县 (county)")
N(d, "128个续建项目", "大竹县 (county)")
G(d, "花园坊节能环保产业园", ["花园坊节能环保产业园"], "party", "service_count", 30, "count", "exact", "党群服务中心服务事项（党务、群团、政务、生活四大类）", "park", None, "none",
  "30项服务。", "stored page without an address (see SOURCES.md)", note="the wrap cuts 四大类共 / 30项服务: evidence is the line-head part")
N(d, "生活四大类共", "a count of categories, not of services", "花园坊节能环保产业园")
N(d, "建筑面积328平方米", "an area", "花园坊节能环保产业园")
A(d, 0, "通川经开区：筑巢引凤 护航发展", "自达州园区高质量发展三年提", "park", "通川经开区", None)
A(d, 1, "大竹8个项目集中开工", "3月28日下午，大竹县越洋电子", "county", None, None)
A(d, 2, "花园坊党群服务中心焕新开放", "日前，花园坊节能环保产业园党群服", "park", "花园坊节能环保产业园", None)
pages.append(dict(doc=d, year=None, clue="no masthead date; only 3月28日, 日前 and 今年 — nothing on the page gives a year"))

# ---------------- q04 (UTF-8 BOM, CRLF, full-width digits, no year of the page)
d = "q04.txt"; s4 = "http://www.xihu.gov.cn/tzxh/xhfz/content_351721"
al = ["本溪湖经济开发区"]
G(d, "本溪湖经开区", al, "enterprises", "enterprise_count", 335, "count", "exact", "入驻园区企业", "park", None, "none",
  "现入驻园区企业达３３５家", s4, note="the only year on the page (２０１１年１１月２１日) dates the park's founding, not the figure")
G(d, "本溪湖经开区", al, "enterprises", "enterprise_count", 19, "count", "exact", "规模以上企业", "park", None, "none",
  "规模以上企业１９家", s4)
N(d, "２０１１年１１月２１日", "a date", "本溪湖经开区")
N(d, "主营业务收入２４亿元", "营业收入 is no metric", "本溪湖经开区")
N(d, "比去年同期增长２５％", "a growth rate", "本溪湖经开区")
N(d, "１３．１２万户", "湛江市 (city) non-public organisations", "湛江经开区")
N(d, "党员３０８０人", "湛江市 (city) party members", "湛江经开区")
N(d, "已建立党组织３４４个", "湛江市 (city)", "湛江经开区")
N(d, "组建率达９８．６％", "湛江市 (city) rate", "湛江经开区")
N(d, "新成立党组织２６个", "湛江市 (city)", "湛江经开区")
N(d, "发展新党员１５０人", "湛江市 (city)", "湛江经开区")
N(d, "产业项目９个", "武隆区 (district)", "两江新区")
N(d, "协议引资６７．７亿元", "武隆区 (district)", "两江新区")
N(d, "先后有３个项目开工建设", "武隆区 (district)", "两江新区")
N(d, "实际到位投资总计１．８５亿", "到位资金, 武隆区", "两江新区")
N(d, "策划储备了４５个项目", "武隆区 (district)", "两江新区")
N(d, "上亿元项目２０个", "武隆区 (district)", "两江新区")
N(d, "集中签约的２０个项目", "天门 (city)")
N(d, "计划总投资１１０．８亿元", "天门 (city)")
N(d, "集中开工的１９个项目总投资８６．５３亿元", "天门 (city)")
N(d, "０７２８－５２２１０００", "a phone number")
A(d, 0, "本溪湖经济开发区正式晋升为省级园区", "近日召开的全省高新区和经济开", "park", "本溪湖经开区", None)
A(d, 1, "湛江市非公有制经济组织工委揭牌", "２月１１日，中共湛江市非公有", "city", None, None)
A(d, 2, "武隆春季集中签约项目９个", "本网讯 ３月１３日，记者从区", "district", None, None)
A(d, 3, "天门集中签约开工", "其中，集中签约的２０个项目", "city", None, None)
A(d, 4, "", "招商热线 ０７２８－５２２１０００", "ad", None, None)
pages.append(dict(doc=d, year=None, clue="masthead 「开发区周刊 · 第８版」 without a date; only ２月１１日, ３月１３日, 今年 and a founding date ２０１１年"))

for name, rows in [("gold", gold), ("negatives", negs), ("articles", arts), ("pages", pages)]:
    (root / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
