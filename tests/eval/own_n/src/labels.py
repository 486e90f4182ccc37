# writes gold / negatives / articles / pages jsonl for own_n (run from anywhere)
import json, pathlib, sys
here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from build import trad, fullwidth
root = here.parent

def T(doc, s):
    if s is None: return s
    if doc == "n03.txt": return trad(s, "s2hk")
    if doc == "n05.txt": return fullwidth(s)
    return s

gold, negs, arts, pages = [], [], [], []
def G(doc, park, aliases, cat, metric, value, unit, q, subject, scope, year, ys, ev, src, dup=None, sub=None,
      status="actual", frm=None, low=None, note=None, borderline=False):
    r = dict(doc=doc, park=park, park_aliases=[T(doc, a) for a in aliases], sub_areas=[T(doc, s) for s in (sub or [])],
             category=cat, metric=metric, value=value, unit=unit, qualifier=q, from_value=frm, value_low=low,
             subject=subject, scope=scope, status=status, year=year, year_source=ys, evidence=T(doc, ev), source_url=src)
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

# ---------------- n01 铜梁高新区 (重庆) ----------------
d = "n01.txt"; s = "https://big5.cri.cn/gate/big5/cq.cri.cn/2019-03-06/971d7850-700d-1d40-e542-7fbe9985852a.html (华龙网 2019-03-06)"
pk, al = "铜梁高新区", ["铜梁高新区"]
G(d,pk,al,"projects","project_count",18,"count","exact","2019年首批集中开工项目","park",2019,"article","本次集中开工的18个项目",s)
G(d,pk,al,"investment","investment_total",7.2e9,"CNY","exact","首批集中开工项目总投资","park",2019,"article","总投资72亿元,建成",s)
G(d,pk,al,"investment","output_value",1.5e10,"CNY","exact","首批开工项目达产后年产值","park",2019,"article","建成达产后可实现年产值150亿元",s,status="target")
G(d,pk,al,"investment","investment_total",2e9,"CNY","exact","重庆壹壹光学手机配件生产项目计划总投资","project",2019,"article","计划总投资20亿元",s)
G(d,pk,al,"investment","output_value",4e9,"CNY","exact","壹壹光学项目投产后年产值","project",2019,"article","可实现年产值40亿元",s,status="target")
G(d,pk,al,"investment","investment_total",4.5e8,"CNY","exact","昂佳科技大倍率锂电池项目计划总投资","project",2019,"article","计划总投资4.5亿",s,note="written 4.5亿 without 元")
G(d,pk,al,"investment","output_value",8e8,"CNY","exact","昂佳项目投产后年产值","project",2019,"article","可实现年产值8亿元",s,status="target")
G(d,pk,al,"projects","project_count",18,"count","exact","集中开工项目（标题）","park",2019,"article","铜梁18个项目",s,dup="本次集中开工的18个项目",note="headline names 铜梁 (the district) for the park's ceremony")
G(d,pk,al,"investment","output_value",1.5e10,"CNY","exact","开工项目年产值（标题）","park",2019,"article","集中开工产值150亿",s,status="target",dup="建成达产后可实现年产值150亿元")
G(d,pk,al,"projects","project_count",18,"count","exact","集中开工项目（区负责人引语）","park",2019,"article","18个项目集中开工,标志",s,dup="本次集中开工的18个项目",borderline=True,note="a 铜梁区 official speaking of the park's 18 projects")
N(d,"项目总用地面积1000余亩","land area","铜梁高新区")
N(d,"3D玻璃盖板","a product name (3D)","铜梁高新区")
N(d,"3月5日15时20分讯","date and time","铜梁高新区")
N(d,"12个项目落户","headline of a 铜梁区 (district) story","铜梁高新区")
N(d,"等12个项目签约落户","铜梁区 district signing","铜梁高新区")
N(d,"协议总金额达240.2亿元","铜梁区 district signing total","铜梁高新区")
N(d,"拟投资25亿元在铜梁高新区建设","a company's project sited in the park, in a district story","铜梁高新区")
N(d,"将在5-10年内形成百亿级","a span of years and a scale slogan","铜梁高新区")
N(d,"投资20亿元的凯盛君恒","a project in the district story","铜梁高新区")
N(d,"5.0医药玻璃","a product grade","铜梁高新区")
N(d,"八大工业集团","count of city groups","铜梁高新区")
N(d,"总投资金额达23亿元","a project in the district story","铜梁高新区")
N(d,"等15个方面进行突破","count of measures","铜梁高新区")
N(d,"023-45678123","a phone number")
A(d,0,"铜梁18个项目集中开工产值150亿","华龙网-新重庆客户端3月5日","park",pk,2019)
A(d,1,"","图为铜梁高新区2019年首批","other",None,2019)
A(d,2,"铜梁区首场招商引资集中签约 12个项目落户","本报讯 (记者 王亚同)1月13","district",None,2019)
A(d,3,"","【广告】龙乡铜梁 欢迎投资","ad",None,2019)
P(d,2019,"masthead 「2019年3月6日 星期三」; lead 「铜梁高新区2019年首批项目建设集中开工仪式」; district story 「2019年首场招商引资集中签约仪式」")

# ---------------- n02 驻马店经开区 (河南) ----------------
d = "n02.txt"; s = "https://www.zmdzzb.com/article/content/4313 (驻马店日报 2020-09-10)"
pk, al, sub = "驻马店经开区", ["驻马店经济开发区"], ["中国(驻马店)国际农产品加工产业园"]
G(d,pk,al,"projects","project_count",10,"count","exact","签约亿元以上项目（标题）","park",2020,"page","开发区签约项目10个",s,dup="共签约亿元以上项目10个",sub=sub)
G(d,pk,al,"investment","investment_total",1.5836e10,"CNY","exact","签约项目总投资（标题）","park",2020,"page","10个 总投资158.36亿元",s,dup="总投资158.36亿元。其中",sub=sub)
G(d,pk,al,"projects","project_count",10,"count","exact","签约亿元以上项目","park",2020,"page","共签约亿元以上项目10个",s,sub=sub)
G(d,pk,al,"investment","investment_total",1.5836e10,"CNY","exact","签约项目总投资","park",2020,"page","总投资158.36亿元。其中",s,sub=sub)
G(d,pk,al,"projects","project_count",4,"count","exact","10亿元以上签约项目","park",2020,"page","10亿元以上项目4个",s,sub=sub)
G(d,pk,al,"projects","project_count",3,"count","exact","5亿元~10亿元签约项目","park",2020,"page","5亿元~10亿元项目3个",s,sub=sub)
G(d,pk,al,"projects","project_count",8,"count","exact","拟入驻国际农产品加工产业园的签约项目","park",2020,"page","国际农产品加工产业园8个",s,sub=sub)
G(d,pk,al,"investment","investment_total",4.836e9,"CNY","exact","入驻农产品加工产业园项目总投资","park",2020,"page","总投资48.36亿元",s,sub=sub)
G(d,pk,al,"projects","project_count",2,"count","exact","入驻主城区社会事业和现代服务业项目","park",2020,"page","现代服务业项目2个",s,sub=sub)
G(d,pk,al,"investment","investment_total",1.1e10,"CNY","exact","社会事业和现代服务业项目总投资","park",2020,"page","总投资额110亿元",s,sub=sub)
N(d,"第二十三届中国农加工投洽会","an ordinal","驻马店经开区")
N(d,"“三基地、一中心”","a slogan","驻马店经开区")
N(d,"第38届菊花文化节","an ordinal")
N(d,"共签约项目17个","杞县 (county) signing","驻马店经开区")
N(d,"签约总金额128.5亿元人民币","杞县 county total","驻马店经开区")
N(d,"总投资5亿元的铝型材加工产业项目","杞县 county project")
N(d,"总投资26亿的年产20万吨高端铝材项目","杞县 county project; 20万吨 is capacity")
N(d,"总投资10亿的大蒜深加工","杞县 county project")
N(d,"0396-2901188","a phone number")
A(d,0,"驻马店经济开发区签约项目10个 总投资158.36亿元","9月5日下午,第二十三届中国","park",pk,2020)
A(d,1,"杞县：菊花节招商“开门红”","10月17日上午,中国开封第3","county",None,2020)
A(d,2,"","图为驻马店经济开发区重点项","other",None,2020)
A(d,3,"","天中粮油 放心好油 订购电话","ad",None,2020)
P(d,2020,"masthead 「2020年10月20日 星期二」; the stories carry only 9月5日, 10月17日, 今年以来")

# ---------------- n03 浏阳高新区 (湖南), traditional ----------------
d = "n03.txt"; s = "http://hn.rednet.cn/c/2018/06/28/4666113.htm (红网 2018-06-28)"
pk, al = "浏阳高新区", ["浏阳高新区"]
G(d,pk,al,"party","party_org_count",12,"count","exact","受表彰的先进基层党组织","park",2018,"page","等12个先进基层党组织",s,borderline=True,note="organisations honoured, a subset of the park's party organisations")
G(d,pk,al,"party","party_member_count",55,"count","exact","受表彰的优秀共产党员","park",2018,"page","等55名优秀共产党员",s,borderline=True,note="honoured members, not the stock")
G(d,pk,al,"talent","talent_count",20,"count","exact","受表彰的优秀党务工作者","park",2018,"page","等20名优秀党务工作者",s,borderline=True,note="award winners (入选者) of the park")
G(d,pk,al,"talent","talent_count",10,"count","exact","受表彰的支持党建工作优秀企业家","park",2018,"page","等10位支持党建工作优秀企业家",s,borderline=True,note="award winners (入选者) of the park")
G(d,pk,al,"party","party_member_count",59,"count","exact","新发展党员","park",2018,"page","大会组织59名新发展党员",s,borderline=True,note="newly admitted members, not the stock")
G(d,pk,al,"enterprises","enterprise_count",25,"count","exact","在园投资的上市企业","park",2018,"page","吸引了25家上市企业",s,note="2017年 in the sentence dates the ranking, not the count")
G(d,pk,al,"enterprises","enterprise_count",15,"count","exact","在园投资的外资企业","park",2018,"page","15家外资企业在园投资",s)
G(d,pk,al,"enterprises","enterprise_count",4,"count","exact","近两年上市或挂牌企业","park",2018,"page","近两年有4家企业上市或挂牌",s)
G(d,pk,al,"enterprises","enterprise_count",11,"count","exact","2-3年内上市、挂牌企业（目标）","park",2018,"page","挂牌企业可达11家",s,status="target",borderline=True,note="target without a named year (2-3年内); page year given")
N(d,"成立97周年大会","an anniversary","浏阳高新区")
N(d,"推进千亿国家级高新区","a scale slogan","浏阳高新区")
N(d,"分别保持25%、20%、18%、22%高速增长","growth rates","浏阳高新区")
N(d,"在长沙市省级园区绩效考核排名中位居第二","a ranking","浏阳高新区")
N(d,"湖南省134个产业园区","count of the province's parks","浏阳高新区")
N(d,"名列第八","a ranking","浏阳高新区")
N(d,"建园15周年","an anniversary","浏阳高新区")
N(d,"47个项目集中开工或投产","headline of a 衡阳市 (city) story","衡阳高新区")
N(d,"共有47个项目集中开工或投产","衡阳市 city projects (located in 衡阳高新区, 松木经开区, 衡山科学城 together)","衡阳高新区")
N(d,"总投资额达357.55亿元","衡阳市 city total","松木经开区")
N(d,"有82个项目现场签约","衡阳市 city signing","衡阳高新区")
N(d,"项目现场签约,总引资额达820.12亿元","衡阳市 city signing total","衡阳高新区")
N(d,"现场签约82个项目","衡阳市 city signing (repeat)","衡阳高新区")
N(d,"工业制造业项目31个","衡阳市 city breakdown","松木经开区")
N(d,"能源与城市基础设施项目4个","衡阳市 city breakdown","衡阳高新区")
N(d,"农业产业化项目8个","衡阳市 city breakdown","衡阳高新区")
N(d,"第三产业及其他项目39个","衡阳市 city breakdown","衡阳高新区")
N(d,"振兴实体经济3311工程","a programme name","衡阳高新区")
A(d,0,"浏阳高新区党员集体过“政治生日”","红网时刻长沙6月28日讯(记者","park",pk,2018)
A(d,1,"","图为浏阳高新区为新成立党支部","other",None,2018)
A(d,2,"衡阳：47个项目集中开工或投产","日前,在2018衡州经济发展论坛","city",None,2018)
P(d,2018,"masthead 「2018年10月9日 星期二」; 浏阳 dateline 6月28日 with 「在2017年的基础上，今年」; 衡阳 「2018衡州经济发展论坛」")

# ---------------- n04 贵港高新区 (广西), UTF-16 wrapped at 26 ----------------
d = "n04.txt"; s = "http://paper.com.cn/news/daynews/2024/241204095407562576.htm (广西日报 via 中国纸业网, 2024-12-04)"
pk, al, sub = "贵港高新区", ["贵港高新区", "贵港高新技术产业开发区"], ["粤桂循环产业园"]
G(d,pk,al,"investment","investment_total",1.5e9,"CNY","exact","齐峰新材料年产20万吨特种纸一期项目总投资","project",2024,"page","循环产业园,总投资15亿元",s,sub=sub)
G(d,pk,al,"investment","output_value",1.2e8,"CNY","exact","齐峰项目今年预计产值","project",2024,"page","产值达1.2亿元",s,sub=sub,status="target",note="预计今年")
G(d,pk,al,"investment","investment_total",2.5e8,"CNY","exact","中晟纸业项目总投资","project",2024,"page","该项目总投资2.5亿",s,sub=sub,note="the wrap puts 元 on the next line")
N(d,"年产20万吨特种纸一期项目生","capacity (tonnes)","贵港高新区")
N(d,"历时1年8个月","a duration","贵港高新区")
N(d,"于今年7月30日投入试生产","a date","贵港高新区")
N(d,"工人分3班倒","shifts","贵港高新区")
N(d,"预计今年产量1.5万","output quantity (tonnes), not 产值","贵港高新区")
N(d,"年产5万吨生活用纸","capacity","贵港高新区")
N(d,"产业园区23个项目集中开竣工","headline of a 玉林市 (city) story","玉林经开区")
N(d,"项目23个,项目总投资142.6亿元","玉林市 city projects (ceremony venue in 玉林经开区)","玉林经开区")
N(d,"项目6个,总投资30.6亿元","玉林市 city breakdown","玉林经开区")
N(d,"产业项目17个,总投资","玉林市 city breakdown","玉林经开区")
N(d,"112亿元,达产后预计产值304亿元","玉林市 city figures","玉林经开区")
N(d,"新开工投资30亿元的玉林市安全应急","a city project (the ceremony in 玉林经开区)","玉林经开区")
N(d,"13亿元的兴德国际智能物流园项目","a city project","玉林经开区")
N(d,"年产1800万件汽","capacity","玉林经开区")
N(d,"总投资21亿元的广西华友","a city project","玉林经开区")
N(d,"总投资15.6亿元的粗","a city project","玉林经开区")
N(d,"项目总投资约30亿元","a city project","玉林经开区")
N(d,"面积约550亩","land area","玉林经开区")
A(d,0,"贵港高新区：项目建设跑出“加速度”","在广西齐峰新材料有限公司年产","park",pk,2024)
A(d,1,"玉林：产业园区23个项目集中开竣工","12月15日,全区产业园区项目","city",None,2024)
P(d,2024,"masthead 「2024年12月4日」; the stories say 今年7月30日, 今年3月, 12月15日; 汨罗 story reviews 2023 (「2023年…过去一年」, dateline 3月6日)")

# ---------------- n05 宜宾高新区 (叙州园) in a 叙州区 story (四川); 梁平区 (重庆) ----------------
d = "n05.txt"; s = "http://cq.china.com.cn/2021-10/26/content_41714877.htm (华龙网/中国网, 2021-10-26)"
pk, al = "宜宾高新区", ["宜宾高新技术产业园区"]
sub = ["叙州园", "高捷园", "城北园", "豆坝园", "盐坪坝园"]
G(d,pk,al,"investment","output_value",3.04e10,"CNY","exact","规上工业总产值（2021年1-7月，叙州园）","park",2021,"article","规上工业总产值304亿元,完成",s,sub=sub,note="the park (叙州园) is the clause's subject inside a district story; 2021年1-7月 heads the sentence before the ';'")
G(d,pk,al,"investment","investment_annual",7.1e8,"CNY","exact","工业投资（2021年1-7月）","park",2021,"article","工业投资完成7.1亿元",s,sub=sub,borderline=True,note="seven months, not a full year")
G(d,pk,al,"enterprises","enterprise_count",112,"count","exact","“四上”企业","park",2021,"page","“四上”企业112户",s,sub=sub)
G(d,pk,al,"enterprises","enterprise_count",30,"count","exact","高新技术企业","park",2021,"page","高新技术企业30户",s,sub=sub)
G(d,pk,al,"investment","output_value",3.04e10,"CNY","exact","规上工业总产值（表）","park",2021,"article","规上工业总产值 | 304亿元",s,sub=sub,dup="规上工业总产值304亿元,完成")
G(d,pk,al,"investment","investment_annual",7.1e8,"CNY","exact","工业投资（表）","park",2021,"article","工业投资 | 7.1亿元",s,sub=sub,dup="工业投资完成7.1亿元",borderline=True)
G(d,pk,al,"enterprises","enterprise_count",112,"count","exact","“四上”企业（表）","park",2021,"article","企业 | 112户",s,sub=sub,dup="“四上”企业112户")
G(d,pk,al,"enterprises","enterprise_count",30,"count","exact","高新技术企业（表）","park",2021,"article","高新技术企业 | 30户",s,sub=sub,dup="高新技术企业30户")
N(d,"全部营业收入约392亿元","revenue, no metric","宜宾高新区")
N(d,"完成年度目标任务56%","share of target","宜宾高新区")
N(d,"完成年度目标任务58%","share of target","宜宾高新区")
N(d,"规上工业增加值增长10%","growth of value added","宜宾高新区")
N(d,"同比增长10.3%","growth rate","宜宾高新区")
N(d,"技改投资完成4.41亿元","technical-renovation investment, a part of 工业投资 (no separate metric)","宜宾高新区")
N(d,"从6平方公里扩大到16平方公里","area","宜宾高新区")
N(d,"四大工业园区","count of sub-parks","宜宾高新区")
N(d,"全省第19位","a ranking (叙州区)","宜宾高新区")
N(d,"地区生产总值突破500亿元","GDP of 叙州区 (district)","宜宾高新区")
N(d,"地区生产总值为245.62亿元","GDP of 叙州区","宜宾高新区")
N(d,"第一产业增加值为22.63亿元","value added (district)","宜宾高新区")
N(d,"第二产业增加值为117.94亿元","value added (district)","宜宾高新区")
N(d,"第三产业增加值为105.06亿元","value added (district)","宜宾高新区")
N(d,"梁平区集中签约30个项目","headline of a 梁平区 (district) story")
N(d,"本次签约招商引资项目30个","梁平区 district signing")
N(d,"集中开工重点项目69个","梁平区 district")
N(d,"总投资130亿元","梁平区 district")
N(d,"等12个项目,协议引资105亿元","梁平区 district")
N(d,"“1+3”方式","a slogan")
A(d,0,"叙州：工业“引擎”持续进化","编者按:未来五年,宜宾市叙州","district",None,2021,parks=["宜宾高新区"])
A(d,1,"梁平区集中签约30个项目 协议引资133亿元","人民网重庆5月14日电 14日","district",None,2021)
P(d,2021,"masthead 「2021年10月26日 星期二」 (full-width on the page); 叙州 「2021年1-7月」; 梁平 「2021年二季度」")

exec((here / "labels_more.py").read_text(encoding="utf-8")) if (here / "labels_more.py").exists() else None

arts.sort(key=lambda r: (r["doc"], r["index"]))
for n, rows in [("gold", gold), ("negatives", negs), ("articles", arts), ("pages", pages)]:
    with open(root / f"{n}.jsonl", "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(gold), "gold", len(negs), "negatives", len(arts), "articles", len(pages), "pages")
