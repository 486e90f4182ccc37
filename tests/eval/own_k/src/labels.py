# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl (run: python3 src/labels.py from tests/eval/own_k)
# Labels are our reading of the page language against shared/SPEC.md and shared/eval/FORMAT.md.
import json, re, pathlib, opencc
here = pathlib.Path(__file__).resolve().parent
s2tw = opencc.OpenCC("s2tw").convert
FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
def fullwidth(s): return re.sub(r"(?<=\d)\.(?=\d)", "．", s).translate(FW)
def T(doc, s):
    """the draft (simplified, ASCII digits) form of a string -> its form on the built page"""
    if s is None: return None
    if doc == "k02.txt": return s2tw(s).replace("“", "「").replace("”", "」")
    if doc == "k04.txt": return fullwidth(s)
    return s
gold, negs, arts, pages = [], [], [], []
def G(doc, park, aliases, cat, metric, value, unit, q, subject, scope, year, ys, ev, src,
      dup=None, sub=None, status="actual", from_value=None, value_low=None, note=None, borderline=False):
    r = dict(doc=doc, park=park, park_aliases=[T(doc, a) for a in aliases], sub_areas=[T(doc, s) for s in (sub or [])],
             category=cat, metric=metric, value=value, unit=unit, qualifier=q, from_value=from_value, value_low=value_low,
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
P = lambda doc, year, clue: pages.append(dict(doc=doc, year=year, clue=clue))
INV, PRJ, ENT, PTY, INN, TAL = "investment", "projects", "enterprises", "party", "innovation", "talent"

# ---------------------------------------------------------------- k01  UTF-8 · Markdown · 2025
d = "k01.txt"
u = "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2057&NewsId=74555587&OrgId=001 (高邮高新区 2025 year-end review)"
p, al = "高邮高新区", ["高邮高新区"]
G(d,p,al,INV,"investment_annual",3.94e9,"CNY","exact","全年固定资产投资","park",2025,"article","全年固定资产投资39.4亿元",u)
G(d,p,al,INV,"investment_annual",3.1e9,"CNY","exact","全年工业投资","park",2025,"article","工业投资31亿元",u)
G(d,p,al,ENT,"enterprise_count",43,"count","exact","新增“四上”企业","park",2025,"explicit","新增“四上”企业43个",u)
G(d,p,al,PRJ,"project_count",38,"count","exact","全年新签约项目","park",2025,"article","全年实现新签约项目38个",u)
G(d,p,al,PRJ,"project_count",28,"count","exact","新签约亿元以上制造业项目","park",2025,"article","亿元以上制造业项目28个",u)
G(d,p,al,PRJ,"project_count",17,"count","exact","新签约扬州市级项目","park",2025,"article","扬州市级项目17个",u)
G(d,p,al,PRJ,"project_count",2,"count","exact","新签约20亿元以上项目","park",2025,"article","20亿元以上项目2个",u)
G(d,p,al,PRJ,"project_count",9,"count","exact","列省、扬州市级重大项目","park",2025,"article","扬州市级重大项目共有9个",u)
G(d,p,al,PRJ,"project_count",2,"count","exact","列省重大项目","park",2025,"article","其中列省项目2个",u)
G(d,p,al,PRJ,"project_count",9,"count","exact","列扬州市级重大项目","park",2025,"article","列扬州市级项目9个",u,note="as published: 9 provincial+Yangzhou projects in one sentence, 2 provincial and 9 Yangzhou-level in the next")
G(d,p,al,PRJ,"project_count",8,"count","exact","扬州“三新”项目新开工","park",2025,"article","“三新”项目新开工8个",u)
G(d,p,al,PRJ,"project_count",14,"count","exact","扬州“三新”项目竣工","park",2025,"article","竣工14个",u)
G(d,p,al,PRJ,"project_count",8,"count","exact","扬州“三新”项目新达产","park",2025,"article","新达产8个",u)
G(d,p,al,INN,"patent_count",213,"count","exact","新增授权发明专利","park",2025,"article","新增授权发明专利213件",u)
G(d,p,al,ENT,"enterprise_count",115,"count","exact","高新技术企业总数","park",2025,"explicit","2025年高企总数达115家",u)
G(d,p,al,ENT,"enterprise_count",4,"count","exact","新增省级以上专精特新企业","park",2025,"article","新增省级以上专精特新企业4家",u)
G(d,p,al,ENT,"enterprise_count",1,"count","exact","国家级专精特新“小巨人”企业（成功申报）","park",2025,"article","专精特新“小巨人”1家",u)
G(d,p,al,ENT,"enterprise_count",3,"count","exact","新认定省瞪羚企业","park",2025,"article","新认定省瞪羚企业3家",u)
for ev, why in [("实现GDP115.5亿元","GDP is no metric"),("全年预计实现GDP178亿元","GDP forecast, no metric"),
    ("工业开票销售189.1亿元","invoiced sales, no metric"),("进出口额约1.11亿美元","foreign trade, no metric"),
    ("规上服务业营收11.17亿元","revenue, no metric"),("组建20亿元母基金","size of an investment fund set up, not funding paid out"),
    ("4支子基金","number of funds, no metric"),("拜访企业305家","enterprises visited, not the park's enterprises"),
    ("接待客商259批次","visitor batches, no metric"),("收集重点项目信息306条","project leads collected, no metric"),
    ("共有9个,投资完成率129%","completion rate, a share"),("通用机场项目投资完成率100%","completion rate, a share"),
    ("投资完成率132%","completion rate, a share"),("均已开工,投资完成率129%","completion rate, a share"),
    ("研发费用填报7.4亿元","R&D spending reported, no metric"),("预计全年完成填报8.1亿","R&D spending forecast, no metric"),
    ("增幅15.8%","growth rate"),("正在申报省级专精特新企业9家","enterprises still applying, not yet recognised")]:
    N(d, ev, why, p)
for ev, why, np in [("0.02毫米的超薄钢片","a product dimension",None),("每片仅2克左右","a weight",None),
    ("支持创新药项目超100个","one company's service projects in a city story (启东市)",None),
    ("一半以上是国家高新技术企业","a share of the city's riverside enterprises","海工船舶工业园"),
    ("规模工业应税销售232.3亿元","taxable sales, no metric (海工船舶工业园 named in a city story)","海工船舶工业园"),
    ("同比增长25.1%","growth rate","海工船舶工业园"),("五大产业集群","number of clusters, no metric",None),
    ("规模工业产值1278亿元","启东市 (city) industrial output, not a park's","海工船舶工业园"),("同比增长9%","growth rate",None),
    ("30个总投资约184亿元","如东县 (county) signed projects",None),("4555平方公里海域面积","an area",None),("86公里黄金海岸线","a length",None),
    ("如东共签约项目66个","如东县 county projects, first quarter",None),("总投资额303亿元","如东县 county total",None),
    ("新引进重大项目17个","如东县 county projects",None),("专精特新投资项目5个","如东县 county projects",None),
    ("海洋产业项目落户4个","如东县 county projects",None),("用地面积800余亩","an area of a company's 产业园 project",None),
    ("面积1000—6000平方米","an ad's floor-area range",None),("0514-84681234","a phone number",None)]:
    N(d, ev, why, np)
A(d,0,"## 高邮高新区：2025年经济运行与项目建设回顾","经济运行总体平稳。2025年1","park",p,2025)
A(d,1,"## 启东:创新赋能 现代产业攀高争先","走进江苏省启东市,科技创新成","city",None,2023)
A(d,2,"## 如东举办一季度项目集中签约活动","4月8日,江苏如东举办一季度项","county",None,2025)
A(d,3,"","高新区标准厂房招租 · 面积1","ad",None,2025)
P(d,2025,"masthead 「# 园区经济 · 第4版 · 2025年12月31日 星期三」; 高邮 review dated 2025年 in its sentences; 启东 item closes with 「来源:启东融媒 2023-12-29」 (its 今年 = 2023); 如东 item says 4月8日 / 今年一季度 (page year)")

# ---------------------------------------------------------------- k02  GB18030 · traditional (s2tw) · plain headings · 2024
d = "k02.txt"
u24 = "https://www9599116.com/ns_news/882170899378770 (常州科教城 mobilisation meeting, 2024-02-27)"
u20 = "http://zg.changzhou.gov.cn/content/suitable/show?catid=2206&id=51357 (常州科教城 2020 tasks, 2020-03-22)"
p, al = "常州科教城", ["常州科教城", "科教城"]
G(d,p,al,PRJ,"project_count",135,"count","exact","全年引育高质量项目","park",2023,"article","全年引育高质量项目135个",u24)
G(d,p,al,TAL,"talent_count",3660,"count","exact","全年引进各类人才","park",2023,"article","引进各类人才3660名",u24)
G(d,p,al,PRJ,"project_count",2,"count","over","目标：招引院士团队项目","park",2024,"page","今年要招引院士团队项目2个以上",u24,status="target")
G(d,p,al,PRJ,"project_count",170,"count","over","目标：引育高质量项目","park",2024,"page","引育高质量项目170个以上",u24,status="target")
G(d,p,al,ENT,"enterprise_count",45,"count","over","目标：净增高新技术企业","park",2024,"page","净增高企45家以上",u24,status="target")
G(d,p,al,INN,"patent_count",2500,"count","over","目标：新增授权专利","park",2024,"page","新增授权专利数量2500件以上",u24,status="target")
G(d,p,al,INN,"patent_count",2078,"count","exact","新增授权专利","park",2019,"article","新增授权专利2078件",u20,note="2019年 opens the same sentence, but in the clause before the ；")
G(d,p,al,INN,"patent_count",651,"count","exact","新增授权发明专利","park",2019,"article","其中发明专利651件",u20)
G(d,p,al,ENT,"enterprise_count",450,"count","exact","新增入驻机构和孵化企业","park",2019,"article","新增入驻机构和孵化企业450家",u20,borderline=True,note="institutions and incubated enterprises counted together")
G(d,p,al,ENT,"enterprise_count",3500,"count","over","企业总数","park",2019,"article","企业总数超3500家",u20)
uc = "stored public page (search corpus 'pages', no address given): 常州经开区 2023 review, sections 竞速奔跑 / 求贤若渴"
p, al = "常州经开区", ["常州经开区"]
for ev, v, subj in [("累计拥有科技型上市企业15家",15,"科技型上市企业（累计）"),("省创新型领军企业5家",5,"省创新型领军企业"),
                    ("潜在独角兽企业4家",4,"潜在独角兽企业"),("有效高企496家",496,"有效高新技术企业"),
                    ("全区境内外上市企业达15家",15,"境内外上市企业"),("累计新三板挂牌企业达26家",26,"新三板挂牌企业（累计）"),
                    ("股改企业达139家",139,"股改企业"),("股改上市企业分别有96家",96,"高新技术企业中的股改上市企业"),
                    ("96家、10家",10,"国家级专精特新企业中的股改上市企业"),("10家、62家",62,"省级专精特新企业中的股改上市企业"),
                    ("62家、4家",4,"制造业单项冠军企业中的股改上市企业")]:
    G(d,p,al,ENT,"enterprise_count",v,"count","exact",subj,"park",2023,"article",ev,uc,
      note="分别 list" if "分别" in ev or "、" in ev else None)
G(d,p,al,TAL,"talent_count",118000,"count","exact","人才总量","park",2023,"article","全区人才总量达11.8万人",uc)
G(d,p,al,TAL,"talent_count",43,"count","exact","入选省“双创人才”","park",2023,"article","“双创人才”43人",uc)
for ev, why, np in [("注册企业总营业收入超181亿元","revenue, no metric","常州科教城"),("2个学科获批博士后科研流动站","university disciplines, no metric","常州科教城"),
    ("注册用户突破1000家","platform users, no metric","常州科教城"),("支持1000名以内高层次人才","a cap of a job-sharing scheme, not a count of talents","常州科教城"),
    ("首批10位作风建设特约监督员","appointed supervisors, not talent","常州科教城"),("完成园区营业收入240.3亿元","revenue, no metric","常州科教城"),
    ("同比增长18.1%","growth rate","常州科教城"),("研发投入占比达3.28%","a share","常州经开区"),("技术合同登记额20.28亿元元","contract value, no metric","常州经开区"),
    ("省级以上研发机构128家","research institutions, not enterprises","常州经开区"),("2023年1月11日","a date","常州经开区"),
    ("入选省“双创团队”2个","teams, not persons","常州经开区"),
    ("挂职的41名科技镇长团成员","邗江区 (district) seconded officials","扬州高新区"),("促成人才科技合作项目130多项","邗江区 district cooperation items","扬州高新区"),
    ("“百名领军人才科技成果发布洽谈会”","the name of an event","扬州高新区"),("该区拥有国家高企107家","邗江区 district high-tech enterprises (names 扬州高新区 in the same sentence)","扬州高新区"),
    ("省“三站三中心”141家","邗江区 district research stations","扬州高新区"),("完成专利申请3665件","邗江区 district patent applications, 2014","扬州高新区"),
    ("其中发明专利765件","邗江区 district invention-patent applications","扬州高新区"),("专利授权1782件","邗江区 district patents granted","扬州高新区"),
    ("其中发明专利授权115件","邗江区 district","扬州高新区"),("PCT专利申请20件","邗江区 district","扬州高新区"),
    ("中电集团46所","an institute's name",None),("985、211高校","university categories",None)]:
    N(d, ev, why, np)
A(d,0,"常州科教城明确新年新目标","2月26日,常州科教城召开动员","park","常州科教城",2024)
A(d,1,"","图为常州科教城创研港一角。","other",None,2024)
A(d,2,"常州科教城部署2020年重点工作任务","3月20日上午,常州科教城召开","park","常州科教城",2020)
A(d,3,"常州经开区:创新主体更加活跃","创新动能更加充沛,2023年全","park","常州经开区",2023)
A(d,4,"邗江:科技镇长团激活“产学研”","为卷板机企业担任“发展参谋”","district",None,2014)
P(d,2024,"masthead 「科創園區 · 第3版 / 2024年2月28日 星期三」; 科教城 2月26日 meeting (今年 = 2024); 2020 tasks item dated by 部署2020年 and 2019年; 常州经开区 review of 2023 (去年6月); 邗江 2014年")

# ---------------------------------------------------------------- k03  UTF-16 · hard-wrapped at 28 · 2017
d = "k03.txt"
uj = "中国鸡西 (鸡西市人民政府网站), 「园区建设情况」, 2017-08-21; stored public page, no address given"
p, al = "鸡西经开区", ["鸡西经济开发区"]
sub = ["鸡西煤化工产业园区","鸡东煤化工产业园","梨树工业谷","鸡西(鸡冠)产业园区","鸡西石墨产业园区","恒山石墨产业园","麻山石墨产业园"]
G(d,p,al,ENT,"enterprise_count",61,"count","exact","入驻企业","park",2014,"article","入驻企业61户",uj,sub=sub,note="a park section inside a city article (鸡西市 园区建设情况); the section's own subject is the park")
G(d,p,al,INV,"investment_total",1.09e10,"CNY","exact","完成项目总投资（入驻项目累计）","park",2014,"article","完成项目总投资109亿元",uj,sub=sub)
G(d,p,al,INV,"output_value",1.8e9,"CNY","exact","产值","park",2014,"article","实现产值18亿元",uj,sub=sub)
G(d,p,al,INV,"tax_profit",1e8,"CNY","exact","税金","park",2014,"article","税金1亿元",uj,sub=sub)
G(d,p,al,INV,"funding",1.65e8,"CNY","exact","鸡西煤化工产业园区：市政府投入征地拆迁、回迁安置及前期费用资金","park",2014,"article","前期费用资金1.65亿元",uj,sub=sub,borderline=True,note="the city government's money put into the sub-park")
G(d,p,al,INV,"funding",1.82e8,"CNY","exact","梨树工业谷：基础设施建设累计投入","park",2014,"article","累计投入1.82亿元",uj,sub=sub)
G(d,p,al,ENT,"enterprise_count",7,"count","exact","鸡西煤化工产业园区入驻企业","park",2014,"article","园区已入驻企业7户",uj,sub=sub)
G(d,p,al,ENT,"enterprise_count",18,"count","exact","鸡西(鸡冠)产业园区入驻企业和项目","park",2014,"article","已有18户企业和项目入驻",uj,sub=sub,borderline=True,note="enterprises and projects counted together")
G(d,p,al,ENT,"enterprise_count",11,"count","exact","鸡西石墨产业园区入驻企业","park",2014,"article","已开发利用6平方公里,已有11户",uj,sub=sub,note="户 of 企业入驻 wraps to the next line")
G(d,p,al,ENT,"enterprise_count",5,"count","exact","恒山石墨产业园入驻企业","park",2014,"article","已有5户企业入驻",uj,sub=sub)
G(d,p,al,ENT,"enterprise_count",6,"count","exact","麻山石墨产业园入驻企业","park",2014,"article","已有6户企业入驻",uj,sub=sub)
uh = "https://cread.tw/book/1038589/88039209.html (book chapter 「琿春邊境經濟合作區」, 2013 figures)"
p, al = "珲春边合区", ["珲春边境经济合作区"]
sh = ["珲春出口加工区","珲春中俄互市贸易区"]
G(d,p,al,INV,"output_value",1.7e10,"CNY","exact","工业生产总值","park",2013,"article","工业生产总值170亿元",uh,sub=sh,note="2013年 opens the sentence; this clause follows a ；")
G(d,p,al,INV,"investment_annual",4.95e9,"CNY","exact","固定资产投资（2013年）","park",2013,"article","固定资产投资49.5亿元",uh,sub=sh)
G(d,p,al,ENT,"enterprise_count",259,"count","exact","区内现有企业","park",2013,"article","区内现有企业259户",uh,sub=sh)
G(d,p,al,ENT,"enterprise_count",39,"count","exact","外资企业","park",2013,"article","等8个国家和地区的39户",uh,sub=sh,note="外资企业 wraps to the next line")
ud = "http://zhiqingwang.shzq.org/shzq/4672071510447059206.html (敦化经济开发区 entry)"
G(d,"敦化经开区",["敦化经济开发区"],INV,"output_value",1653380000,"CNY","exact","工业总产值","park",2002,"explicit","工业总产值达165,338万元",ud)
for ev, why, np in [("示范基地共有4个","number of parks in a city story","鸡西经开区"),("规划总面积88平方公里","an area","鸡西经开区"),
    ("入驻企业110户","鸡西市 total over four parks, not 鸡西经开区's","鸡西经开区"),("完成项目总投资164亿元","鸡西市 total over four parks","鸡西经开区"),
    ("入驻企业实现总产值58亿元","鸡西市 total over four parks","鸡西经开区"),("税金3亿元","鸡西市 total over four parks","鸡西经开区"),
    ("规划面积68平方公里","an area","鸡西经开区"),("已编制完成了7个煤化工园区","plans drawn up, no metric","鸡西经开区"),
    ("完成土地收储1.33平方","an area","鸡西经开区"),("累计完成基础设施投资6.","infrastructure investment completed (construction progress)","鸡西经开区"),
    ("累计完成基础设施投资3.2亿元","infrastructure investment completed (construction progress)","鸡西经开区"),
    ("规划面积21.77平方公里","an area","珲春边合区"),("实现地区生产总值74亿元","GDP is no metric","珲春边合区"),("同比增长18%","growth rate","珲春边合区"),
    ("政收入2.5亿元","fiscal revenue, no metric","珲春边合区"),("总额9.9亿美元","foreign trade, no metric","珲春边合区"),("同比增长20.7%","growth rate","珲春边合区"),
    ("国内生产总值达到91,2","GDP is no metric (the figure wraps)","敦化经开区"),("全市总值的三分之一以上","a share","敦化经开区"),
    ("面积为5.01平方公里","an area","敦化经开区"),("两省四个行政区划和九个县级市","counts of neighbouring places (Chinese numerals)","敦化经开区")]:
    N(d, ev, why, np)
A(d,0,"园区建设情况","全市规划建设的省级产业园区和","city",None,2014,parks=["鸡西经开区"])
A(d,1,"珲春边境经济合作区","珲春边境经济合作区位于珲春市","park","珲春边合区",2013)
A(d,2,"敦化经济开发区","敦化经济开发区位于吉林省东北","park","敦化经开区",2002)
P(d,2017,"masthead 「黑土地开发区 · 第2版 · 2017年8月25日 星期五」 (wrapped: 星期 / 五); 鸡西 item signed 「中国鸡西 2017-08-21」 with 2014年 figures; 珲春 2013年; 敦化 截至2002年")

# ---------------------------------------------------------------- k04  UTF-8 BOM CRLF · full-width digits · text table · 2012
d = "k04.txt"
un = "http://www.tex-asia.com/Industry/Domestic/2012-07-27/51507.html (中国纺织报, 2012-07-27)"
p, al = "海宁经编产业园区", ["浙江海宁经编产业园区"]
G(d,p,al,PTY,"party_org_count",24,"count","exact","企业党支部","park",2012,"page","园区一共建立了24个企业党支部",un)
G(d,p,al,PTY,"party_org_count",1,"count","exact","联合支部","park",2012,"page","和1个联合支部",un)
G(d,p,al,PTY,"party_member_count",429,"count","exact","党员","park",2012,"page","有党员429人",un)
G(d,p,al,PTY,"party_org_count",24,"count","exact","企业党支部（表）","park",2012,"page","企业党支部 | 24个",un,dup="园区一共建立了24个企业党支部")
G(d,p,al,PTY,"party_org_count",1,"count","exact","联合支部（表）","park",2012,"page","联合支部   | 1个",un,dup="和1个联合支部")
G(d,p,al,PTY,"party_member_count",429,"count","exact","党员（表）","park",2012,"page","党员       | 429人",un,dup="有党员429人")
G(d,"杜集经开区",["杜集经济开发区"],PTY,"party_org_count",7,"count","exact","新成立非公企业党支部","park",2012,"article","开发区7家非公企业党支部的成立",
  "http://www.hbdjrd.gov.cn/content/detail/572aa9fa2c48cb0fc3124894.html (杜集经济开发区, 2012-03-02)")
ua = "https://soolun.net/periodical/f45bfc13df6871adcd14d22f3e493a41.html (periodical abstract, undated; 海安县 = before 2018)"
p, al = "海安高新区", ["海安县高新区"]
G(d,p,al,ENT,"enterprise_count",118,"count","exact","今年以来新建企业","park",2012,"page","新建企业118家",ua,sub=["海安镇"],borderline=True,note="the source is undated; 今年 takes the page year")
G(d,p,al,PTY,"union_count",405,"count","exact","到届工会（任期届满待换届）","park",2012,"page","同时有到届工会405家",ua,sub=["海安镇"],borderline=True,note="existing unions whose term has ended; the source is undated")
ub = "https://shandong-chorography.org/database/bd/section/19/article/17/ (滨州年鉴 archive, 滨州北海经济开发区)"
p, al = "滨州北海经开区", ["滨州北海经济开发区","北海经济开发区"]
G(d,p,al,PTY,"party_org_count",3,"count","exact","党委","park",2010,"article","设有3个党委",ub,borderline=True,note="canonical name kept with 滨州 (北海 alone would collide with the Guangxi city); year from 2010年9月29日 in the article")
G(d,p,al,PTY,"party_org_count",53,"count","exact","党支部","park",2010,"article","53个党支部",ub)
G(d,p,al,PTY,"party_member_count",1297,"count","exact","党员","park",2010,"article","共1297名党员",ub)
for ev, why, np in [("成立91周年","an anniversary ordinal","海宁经编产业园区"),("表彰的10个先进基础党组织","嘉兴 (city) awards, not the park's organisations","海宁经编产业园区"),
    ("成立于2004年6月26日","a date","海宁经编产业园区"),("员工人数在50人以上的企业","a threshold","海宁经编产业园区"),
    ("确定了条件成熟的7家非公企业","enterprises chosen to set up branches; the branches are counted in the next sentence","杜集经开区"),
    ("发布时间:2012-03-02","a date","杜集经开区"),("力争两个月内对523家新建企业","a work target summing new enterprises and unions due (118+405)","海安高新区"),
    ("两个月内","a period","海安高新区"),
    ("四个临港产业区之一","a count of zones in a plan","滨州北海经开区"),("海岸线180公里","a length","滨州北海经开区"),("规划总面积1500平方公里","an area","滨州北海经开区"),
    ("人口6.7万人","population","滨州北海经开区"),("控制面积526平方公里","an area","滨州北海经开区"),("有19个区直单位","administrative units, no metric","滨州北海经开区"),
    ("包括8个行政单位","administrative units","滨州北海经开区"),("5个事业单位","administrative units","滨州北海经开区"),("6个双管单位","administrative units","滨州北海经开区"),
    ("苏宁集团总部2000余名党员","one company's party members in a province story (徐庄软件园 named)","徐庄软件园"),
    ("2015年10月23日12点半","a date and time","徐庄软件园"),
    ("全市党员33.81万名","福州市 (city) party members",None),("比2019年底净增1.2万名","福州市 change",None),("增幅3.71%","growth rate",None),
    ("党的基层组织1.97万个","福州市 city party organisations",None),("净增0.12万个","福州市 change",None),("增幅6.77%","growth rate",None),
    ("基层党委1025个","福州市 city",None),("总支部974个","福州市 city",None),("支部17751个","福州市 city",None),
    ("1.02万家“三有”非公有制企业","福州市 city enterprises with party organisations",None),("2091家社会组织","福州市 city social organisations",None),
    ("党组织覆盖率达到91.58%、88.98%","福州市 city coverage rates",None),("分别提升6.53%、2.59%","changes of rates",None)]:
    N(d, ev, why, np)
A(d,0,"海宁经编产业园区党委获评“红船先锋”基层党组织","6月26日,在浙江省嘉兴市召开","park","海宁经编产业园区",2012)
A(d,1,"杜集经济开发区实现非公企业党建新突破","信息来源:杜集经济开发区 发布","park","杜集经开区",2012)
A(d,2,"海安县高新区专题部署工会组建","近日,海安县高新区(海安镇)","park","海安高新区",2012)
A(d,3,"滨州北海经济开发区","【区情综述】 滨州北海经济开","park","滨州北海经开区",2010)
A(d,4,"江苏开发园区党建“时空无缝化”","人民网南京10月26日电 2015","province",None,2015)
A(d,5,"福州党员队伍结构不断优化","福州新闻网7月1日讯(福州日报","city",None,2021)
P(d,2012,"masthead 「党建在园区 · ２０１２年７月３０日 星期一 · 第５版」; 海宁 item 6月26日 / 目前; 杜集 发布时间2012-03-02; 北海 2010年; 江苏 2015年10月23日; 福州 截至2021年6月")

# ---------------------------------------------------------------- k05  GB18030 · simplified · ● briefs · 2022
d = "k05.txt"
G(d,"宽甸经开区",["宽甸经济开发区"],INV,"investment_total",1.2e8,"CNY","exact","创新型铝型材生产项目总投资","project",2022,"explicit","总投资1.2亿元",
  "https://jhzx.dandong.gov.cn/html/80/202212/cd89fef7ffdd490db800357f47722b20.html (丹东, 2022-12)",sub=["城南高新技术产业园"])
G(d,"绿园经开区",["吉林绿园经济开发区","绿园经济开发区"],PTY,"grid_count",7,"count","exact","服务企业网格","park",2022,"article","辖内7个网格",
  "https://www.cadz.org.cn/index.php/News/info/id/45067.html (中国开发区协会, 2022-04-27)")
for ev, why, np in [("占地2万平方米","an area","宽甸经开区"),("建筑面积1.5万平方米","an area","宽甸经开区"),("铝型材3万吨/年","capacity in tonnes","宽甸经开区"),
    ("幕墙3万平方米/年","capacity","宽甸经开区"),("1万平方米/年","capacity","宽甸经开区"),("投资总额同比增长21.6%","growth rate","宽甸经开区"),
    ("同比增长12.66%","growth rate","宽甸经开区"),("3个百分点","a difference of rates","宽甸经开区"),
    ("N95口罩","a product model","绿园经开区"),("辖内38户企业","enterprises served by one grid team, not the park's count","绿园经开区"),
    ("69名职工","workers of one company","绿园经开区"),("140份中药冲剂","supplies handed out","绿园经开区"),
    ("划分成5个网格","西塘镇 (town) grids, not a park's",None),("39个微网格","西塘镇 town micro-grids",None),
    ("由39名政府工作人员担任微网格长","西塘镇 town grid heads",None),("同比增长19.97%","growth rate",None),("同比增长19.86%","growth rate",None),
    ("引进重大项目16个","西塘镇 town projects",None),
    ("“双过半”","a slogan",None),("18 类31 项具体任务","a province story's list of party-building tasks (青山湖 park named), not service items","青山湖高新区"),
    ("江西98 个省级以上工业园区","number of parks in a province story","宜春经开区"),("不少于2 名正式人员","staff per park in 南昌市",None),
    ("0415-5126688","a phone number",None)]:
    N(d, ev, why, np)
A(d,0,"● 宽甸经济开发区:重点项目建设提质提效","项目是推动发展的“领头羊”,","park","宽甸经开区",2022)
A(d,1,"● 吉林绿园经济开发区“网格管家” 护航企业复工复产","“现在厂里的N95口罩够不够","park","绿园经开区",2022)
A(d,2,"● 西塘镇:助企服务 亮实招出实效","近日,嘉善县西塘镇工业网格微","other",None,2022)
A(d,3,"● 江西:党建“圈”出同心“园”","今年上半年,面对复杂严峻的国","province",None,2022)
A(d,4,"","城南高新技术产业园标准厂房招","ad",None,2022)
P(d,2022,"masthead 「园区快讯 | 2022年12月16日 星期五」; 宽甸 2022年重大项目 / 前三季度; 绿园 source line 2022年04月27日; 西塘 1—4月, 江西 今年上半年 (page year)")

# ---------------------------------------------------------------- k06  UTF-8 · plain headings, 引题/主题/副题, caption, ad, byline · 2020
d = "k06.txt"
uy = "http://szb.jsw.com.cn/ZJRB/PC/content/202006/29/content_85325.html (镇江日报, 2020-06-29)"
p, al = "扬中经开区", ["扬中经济开发区","扬中经开区"]
G(d,p,al,ENT,"enterprise_count",500,"count","nearly","区内企业","park",2020,"page","区内有企业近500家",uy)
G(d,p,al,ENT,"enterprise_count",51,"count","exact","规上工业企业","park",2020,"page","规上工业企业51家",uy)
G(d,p,al,ENT,"enterprise_count",45,"count","exact","高新技术企业","park",2020,"page","高企45家",uy)
G(d,p,al,ENT,"enterprise_count",8,"count","exact","扬中市“30强”工业企业","park",2020,"page","“30强”工业企业8家",uy)
G(d,p,al,ENT,"enterprise_count",13,"count","exact","扬中市“60强”工业企业","park",2020,"page","“60强”工业企业13家",uy)
G(d,p,al,INV,"investment_total",9.5e9,"CNY","exact","长城汽车核心零部件项目总投资","project",2020,"page","总投资95亿元的长城汽车核心零部件项目",uy)
G(d,p,al,PRJ,"project_count",8,"count","exact","上半年新签约亿元以上项目","park",2020,"page","等亿元以上项目8个",uy)
G(d,p,al,PRJ,"project_count",2,"count","exact","新签约10亿元以上项目","park",2020,"page","其中10亿元以上项目2个",uy)
uh = "http://chaohu.021cf.cn/index.php/post/4021.html (中安在线, 2020)"
p, al = "巢湖经开区", ["安徽巢湖经济开发区","安巢经开区"]
G(d,p,al,PRJ,"project_count",98,"count","exact","新签约项目（2019年）","park",2019,"article","新签约项目98个",uh)
G(d,p,al,PRJ,"project_count",3,"count","exact","新签约20亿元以上项目","park",2019,"article","其中20亿元以上项目3个",uh)
G(d,p,al,PRJ,"project_count",3,"count","exact","新签约10亿元以上重大项目","park",2019,"article","10亿元以上重大项目3个",uh)
G(d,p,al,PRJ,"project_count",42,"count","exact","今年5月集中开工重点项目","park",2020,"page","今年5月重点项目集中开工,42个项目",uh)
G(d,p,al,INV,"investment_total",3.816e10,"CNY","exact","集中开工重点项目总投资","park",2020,"page","总投资381.6亿元",uh)
G(d,p,al,ENT,"enterprise_count",12,"count","exact","新增国家高新技术企业","park",2019,"article","园区新增国家高新技术企业12家",uh,borderline=True,note="undated sentence in a review of 2019 (year from the 2019年 sentences; 今年5月 would give 2020)")
G(d,p,al,ENT,"enterprise_count",5,"count","exact","新增国家科技型中小企业","park",2019,"article","国家科技型中小企业5家",uh)
G(d,p,al,ENT,"enterprise_count",4,"count","exact","新增省专精特新企业","park",2019,"article","省专精特新企业4家",uh)
for ev, why, np in [("下辖8个村","villages, no metric","扬中经开区"),("总面积27.4平方公里","an area","扬中经开区"),("常住人口4.2万人","population","扬中经开区"),
    ("7.2公里的深水岸线","a length","扬中经开区"),("10万吨码头","a berth size","扬中经开区"),("在88家省级开发区中位列第14位","a ranking","扬中经开区"),
    ("制造业投资超20亿元","half-year manufacturing investment, not a year's","扬中经开区"),("同比增长达70%","growth rate","扬中经开区"),
    ("尚德5GW光伏组件","a product capacity/model","扬中经开区"),("“3+X”","a slogan","扬中经开区"),
    ("位列四大开发区第二位","a ranking","巢湖经开区"),("4项指标增速","number of indicators","巢湖经开区"),("强劲 5项指标增速位居头部","headline: number of indicators","巢湖经开区"),
    ("招商引资到位资金142亿元","funds arrived (到位资金), no metric","巢湖经开区"),("增幅12.5%","growth rate","巢湖经开区"),
    ("国家级科技企业孵化器1家","an incubator, not enterprises","巢湖经开区"),("国家企业技术中心1个","a technology centre","巢湖经开区"),
    ("市企业技术中心6家","technology centres","巢湖经开区"),("工业设计中心3家","design centres","巢湖经开区"),
    ("重点工业项目共有5个","海州区 (district) projects","连云港(国际)医疗器械产业园"),("其中新建项目4个","海州区 district",None),("技改项目1个","海州区 district",None),
    ("计划总投资8.65亿元","海州区 district",None),("新签约过五千万以上项目44个","海州区 district signed projects",None),("其中过亿元项目21个","海州区 district",None),
    ("过五亿元5个","海州区 district",None),("过十亿元1个","海州区 district",None),("入住率达80%以上","a rate",None),
    ("的14个产业项目完成投资20.8亿元","海州区 district, construction progress",None),("完成年度计划的66.7%","a share",None),
    ("总面积3000亩","an area of a planned park named in a district story","连云港(国际)医疗器械产业园"),("2016/9/23","a date",None),
    ("0511-88326677","a phone number",None),("港隆路1号","an address",None)]:
    N(d, ev, why, np)
A(d,0,"“四个区”蝶变 高质量发展新高地","扬中经济开发区下辖8个村(社区","park","扬中经开区",2020)
A(d,1,"","图为扬中经开区沿江港区。","other",None,2020)
A(d,2,"安徽巢湖经济开发区:产业发展动力强劲 5项指标增速位居头部","中安在线日记者从“走进产业园","park","巢湖经开区",2020)
A(d,3,"全市重点工业项目秋季集中开工暨江苏卡威房车改装项目启动","2016/9/23 来源:海州区","district",None,2016)
A(d,4,"","经开区招商热线 0511-8832","ad",None,2020)
P(d,2020,"masthead 「园区经济 · 2020年6月30日 星期二 · 第6版」; 扬中 目前 / 今年上半年 (page year); 巢湖 2019年 review with 今年5月; 海州区 item dated 2016/9/23")

# ---------------------------------------------------------------- k07  UTF-8 · plain headings · OCR break · 2024
d = "k07.txt"
uz = "https://wxredian.com/art?id=4e0d276ffbff8346713dda0fbedbe75b (海州区发布, 2024-10-15)"
p, al = "海州工业园", ["海州工业园"]
G(d,p,al,ENT,"enterprise_count",190,"count","over","产业链链上企业","park",2024,"article","共有链上企业190余家",uz)
G(d,p,al,PTY,"party_org_count",49,"count","exact","非公企业党组织","park",2024,"article","先后建立49家非公企业党组织",uz)
G(d,p,al,ENT,"enterprise_count",190,"count","over","工业企业","park",2024,"article","园区共拥有工业企业190余家",uz)
G(d,p,al,ENT,"enterprise_count",45,"count","exact","规模以上企业","park",2024,"article","其中规模以上企业45家",uz)
G(d,p,al,ENT,"enterprise_count",12,"count","exact","亿元企业","park",2024,"article","12家亿元企业集团军",uz)
uj = "http://xtremland.com/shehuixinwen/652510.html (中国江苏网, 2023-02-03)"
p, al = "江宁高新区", ["江宁高新区"]
G(d,p,al,PRJ,"project_count",21,"count","exact","当场签约生物医药和智能制造重点产业项目","park",2023,"article","的21个生物医药和智能制造重点产业项目",uj,note="a district story; this sentence's own subject is 江宁高新区")
G(d,p,al,INV,"investment_total",2e10,"CNY","over","签约项目总投资","park",2023,"article","当场签约了总投资超200亿元",uj)
G(d,p,al,INV,"investment_total",1e10,"CNY","exact","东久新宜生命智造港项目总投资","project",2023,"article","东久新宜生命智造港项目总投资达百亿元",uj)
G(d,p,al,ENT,"enterprise_count",100,"count","over","东久项目达产后预计引入企业","project",2023,"article","企业不少于100家",uj,status="target")
G(d,p,al,INV,"output_value",1e10,"CNY","exact","东久项目达产后年产值","project",2023,"article","年产值100亿元",uj,status="target")
uy = "http://szw.yancheng.gov.cn/jblm/jjbz/ycnj/2015/html/Noname039.html (盐城年鉴2015, 特色园区)"
p, al = "盐城环保科技城", ["中国盐城环保科技城","盐城环保科技城"]
G(d,p,al,INV,"tax_profit",2.68e8,"CNY","exact","入库税收","park",2014,"article","入库税收2.68亿元",uy)
G(d,p,al,INV,"investment_annual",3.66e9,"CNY","exact","固定资产投资（2014年）","park",2014,"article","固定资产投资36.6亿元",uy)
G(d,p,al,PRJ,"project_count",31,"count","exact","全年开工建设项目","park",2014,"article","全年共开工建设项目31个",uy)
G(d,p,al,INV,"investment_total",1.0661e10,"CNY","exact","开工建设项目计划总投资","park",2014,"article","计划总投资106.61亿元",uy)
G(d,p,al,PRJ,"project_count",25,"count","exact","开工亿元以上项目","park",2014,"article","其中亿元以上项目25个",uy)
G(d,p,al,PRJ,"project_count",6,"count","exact","总投资10亿元以上项目","park",2014,"article","中电投6个项目",uy)
for ev, why, np in [("4条生产线","production lines","海州工业园"),("年产3万吨玻璃纤维","capacity","海州工业园"),("年销售收入2.6亿元","one company's sales, no metric","海州工业园"),
    ("仅用了2个月时间","a period","海州工业园"),("年产1000吨毛毯生产线","capacity","海州工业园"),("年产12.6亿对电池极耳","capacity","海州工业园"),
    ("约100万平方米的载体","a floor area","江宁高新区"),("工业投资增速接近20%","江宁区 (district) growth rate","江宁高新区"),
    ("计划实施的169个重大产业项目","江宁区 district projects","江宁高新区"),("已开(复)工22个","江宁区 district","江宁高新区"),
    ("计划新开工的88个项目","江宁区 district","江宁高新区"),("已开工14个","江宁区 district","江宁高新区"),
    ("实际利用内资61.2亿元","domestic capital used, no metric","江宁经开区"),("占当月序时进度的128.5%","a share","江宁经开区"),
    ("实现财政总收入4.17亿元","fiscal revenue, no metric","盐城环保科技城"),("公共财政预算收入2.72亿元","fiscal revenue","盐城环保科技城"),
    ("规模以上工业增加值26.3亿元","value added is no metric","盐城环保科技城"),("开票销售29.6亿元","invoiced sales","盐城环保科技城"),
    ("服务业增加值1.2亿元","value added","盐城环保科技城"),("社会消费品零售总额0.46亿元","retail sales","盐城环保科技城"),
    ("建成安置房1010套","housing units","盐城环保科技城"),("总面积约12万平方米","an area","盐城环保科技城"),("共有924户拆迁户","households","盐城环保科技城"),
    ("实际完成投资33.9亿元","investment completed on projects under construction (construction progress)","盐城环保科技城"),
    ("常州位列全国第19位","a ranking",None),("上升了5位","a ranking change",None),("引进科技型中小企业1418家","常州市 (city) enterprises",None),
    ("有效高企超5400家","常州市 city high-tech enterprises",None),("全球独角兽入榜企业4家","常州市 city",None),("“小巨人”企业达232家","常州市 city",None),
    ("制造业单项冠军达39家","常州市 city",None),("上市企业达101家","常州市 city",None),("新增5家、全省第1","常州市 city",None),
    ("引进人才超12万人","常州市 city talents",None),("连续11年全省第1","a ranking",None)]:
    N(d, ev, why, np)
A(d,0,"红韵助链 | 海州区:产业聚“链”成势 党建赋能发展","2024-10-15 江苏","park","海州工业园",2024)
A(d,1,"百亿级旗舰项目落户江宁","2023-02-03 来源:中国江苏网","district",None,2023,parks=["江宁高新区"])
A(d,2,"中国盐城环保科技城","2014年,盐城环保科技城主攻环","park","盐城环保科技城",2014)
A(d,3,"常州科技创新发展指数排名再进位","近日,首都科技发展战略研究院","city",None,2024)
P(d,2024,"masthead 「园区周报 · 2024年10月18日 星期五 · 第2版」; 海州 item dated 2024-10-15; 江宁 2023-02-03; 盐城 2014年 (盐城年鉴2015); 常州 2024年度")

# ---------------------------------------------------------------- k08  UTF-8 · Markdown · 2024
d = "k08.txt"
uh = "http://ytjhdl.cn/zgzz/qy/1220508.html (海盐经开区, 2021-12-30)"
p, al = "海盐经开区", ["海盐经济开发区","海盐经开区"]
G(d,p,al,PRJ,"project_count",13,"count","exact","1-11月新签约引进产业项目","park",2021,"article","累计新签约引进产业项目13个",uh)
G(d,p,al,ENT,"enterprise_count",8,"count","exact","新注册外资企业","park",2021,"article","新注册外资企业8个",uh)
G(d,p,al,PRJ,"project_count",4,"count","exact","引进总投资超亿美元项目","park",2021,"article","引进总投资超亿美元项目4个",uh)
uk = "http://news.dongyingnews.cn/system/2021/07/15/010753121.shtml (东营网, 2021-07-15)"
p, al = "垦利经开区", ["垦利经济开发区"]
G(d,p,al,INV,"investment_total",9.643e9,"CNY","exact","生物医药优势产业集聚区项目计划总投资","project",2021,"article","计划总投资96.43亿元",uk)
G(d,p,al,INV,"investment_total",1.143e9,"CNY","exact","“智园”一期工程预计总投资","project",2021,"article","项目预计总投资11.43亿元",uk,status="target")
for ev, why, np in [("开复工投资500万元以上项目733个","丹东市 (city) projects","东港经开区"),("开复工率99.7%","a rate","东港经开区"),
    ("其中新开工项目293个","丹东市 city","东港经开区"),("续建项目440个","丹东市 city","东港经开区"),("5000万元以上项目373个","丹东市 city","东港经开区"),
    ("开复工率86.8%","a rate","东港经开区"),("其中新开工项目87个","丹东市 city","东港经开区"),("续建项目286个","丹东市 city","东港经开区"),
    ("亿元以上项目204个","丹东市 city","东港经开区"),("其中新开工项目39个","丹东市 city","东港经开区"),("续建项目165个","丹东市 city","东港经开区"),
    ("投资21.1亿元的风机电气控制装备制造","a project in a city story","东港经开区"),("投资20.1亿元的锂电储能设备制造","a project in a city story","东港经开区"),
    ("投资25.1亿元的上海电气丹东新材料产业","a project in a city story (the company sits in 东港经济开发区)","东港经开区"),
    ("20亿级以上工业制造项目","a threshold","东港经开区"),("占地面积23.6万平方米","an area","东港经开区"),("年处理5万吨","capacity","东港经开区"),
    ("年产1.2万套精密传感器","capacity","东港经开区"),
    ("经营(销售)收入5.56万亿元","安徽省 (province) revenue of all parks","合肥经开区"),("增长23%","growth rate",None),
    ("超1000亿元园区达到9家","number of parks above a threshold","合肥经开区"),("合肥经开区突破6000亿元大关","a park's revenue in a province story, no metric","合肥经开区"),
    ("2000亿元以上开发区达到4家","number of parks","合肥经开区"),("实现税收总额2187.6亿元","安徽省 province tax of all parks","合肥经开区"),
    ("新增上市企业24家","安徽省 province","合肥经开区"),("同比增长71%","growth rate",None),("分别位列同类第8位、第10位","rankings","合肥高新区"),
    ("258个省级及以上研发机构","安徽省 province research institutions","合肥经开区"),("新净增2451家高新技术企业","安徽省 province enterprises","合肥经开区"),
    ("技术合同成交额550.6亿元","contract value, no metric",None),("领军科技人才183人","安徽省 province talents","合肥经开区"),
    ("专利授权10.5万件","安徽省 province patents","合肥经开区"),("增长37%","growth rate",None),("到位省外资金1.12万亿元","funds arrived, no metric",None),
    ("51家开发区利用省外资金破100亿元","number of parks","铜陵经开区"),("比2020年增加18家","a change in a count of parks","铜陵经开区"),
    ("铜陵经济技术开发区等8家开发区","number of parks (铜陵 named)","铜陵经开区"),("利用省外资金过200亿元","a threshold","铜陵经开区"),
    ("外资企业增资5个","capital increases, not enterprises","海盐经开区"),("完成合同外资2.2亿美元","committed foreign capital (合同外资), not 总投资","海盐经开区"),
    ("实际利用外资完成1.58万美元","foreign capital used, no metric","海盐经开区"),
    ("计划建设周期为十年","a period (Chinese numeral)","垦利经开区"),("分三期压茬建设","phases","垦利经开区"),("入选2021年山东省重大项目库","a list, no figure","垦利经开区")]:
    N(d, ev, why, np)
A(d,0,"## 丹东:项目建设跑出加速度","本报讯 记者胡婷婷报道 记者从","city",None,2024)
A(d,1,"## 安徽省开发区实现“十四五”开门红","近年来,安徽省开发区认真贯彻","province",None,2021)
A(d,2,"## 海盐经开区:百舸争流千帆竞 风正扬帆踏歌行","时间:2021-12-30","park","海盐经开区",2021)
A(d,3,"## “店小二”倾心解难题 激活园区建设新动能","东营网 2021-07-15","park","垦利经开区",2021)
P(d,2024,"masthead 「# 开发区观察 · 2024年8月20日 星期二」; 丹东 前7个月 (page year); 安徽 截至2021年底; 海盐 时间:2021-12-30 with 今年1-11月; 垦利 东营网 2021-07-15")

out = here.parent
for n, rows in [("gold", gold), ("negatives", negs), ("articles", arts), ("pages", pages)]:
    with open(out / f"{n}.jsonl", "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

# self-check: every evidence is a unique substring of the decoded page and holds no line break
enc = json.loads((out / "encodings.json").read_text())
bad = 0
for r in gold + negs:
    doc = r["doc"]; raw = (out / "pages" / doc).read_bytes()
    text = raw.decode(enc.get(doc, "utf-8")).replace("\r\n", "\n")
    n = text.count(r["evidence"])
    if n != 1 or "\n" in r["evidence"]:
        bad += 1; print("EVIDENCE", doc, n, repr(r["evidence"]))
for r in arts:
    doc = r["doc"]; text = (out / "pages" / doc).read_bytes().decode(enc.get(doc, "utf-8")).replace("\r\n", "\n")
    if r["title"] and r["title"] not in text: bad += 1; print("TITLE", doc, r["title"])
    if r["first"] not in text: bad += 1; print("FIRST", doc, r["first"])
print(len(gold), "gold;", len(negs), "negatives;", len(arts), "articles;", len({g['park'] for g in gold}), "parks;", bad, "problems")
