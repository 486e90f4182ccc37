"""parks: written names → canonical short names; gazetteer integrity."""

import pytest

from etl.normalise import normalise
from etl.parks import find_mentions, gazetteer
from etl.store import one_name_each

CASES = [
    ("常州高新区(新北区)聚焦基层治理", ["常州高新区"]),
    ("西部(重庆)科学城将投入1000万元资金", ["重庆高新区"]),
    ("西部科学城重庆高新区“两城汇”活动启动", ["重庆高新区"]),
    ("淄博国家高新技术产业开发区全力打造", ["淄博高新区"]),
    ("宝鸡国家高新技术产业开发区聚焦钛产业", ["宝鸡高新区"]),
    ("乌鲁木齐高新区(新市区)拥有国家高新技术企业216家", ["乌鲁木齐高新区"]),
    ("寶雞高新區一季度項目建設", ["宝鸡高新区"]),
    ("武汉东湖新技术开发区获悉", ["东湖高新区"]),
    ("东湖高新区(中国光谷)还在园区楼宇中", ["东湖高新区", "东湖高新区"]),
    ("苏州工业园区举行重大项目集中签约仪式", ["苏州工业园区"]),
    ("中山火炬开发区打造特色党群服务圈", ["中山火炬开发区"]),
    ("元旦期间,聊城高新区政工部", ["聊城高新区"]),
    ("商务局局长(主持开发区日常工作)主持会议", []),  # a job's description, no park's name
    ("“十三五”期间高新区数量增至169家", []),  # a time word before the generic name
    ("走进重庆两江鱼复工业开发区党群服务中心", ["重庆两江鱼复工业开发区"]),
    ("重庆两江鱼复工业开发区党群服务中心(以下简称鱼复党群服务中心)。鱼复党群服务中心按需设置窗口",
     ["重庆两江鱼复工业开发区"] * 3),
    ("蒲城县高新技术产业开发区(以下简称蒲城高新区)今年以来新入驻企业26家。蒲城高新区完成投资18.5亿元",
     ["蒲城高新区"] * 3),
    ("杨凌农业高新技术产业示范区今年一季度新签约农业科技项目15个", ["杨凌示范区"]),
    ("绵阳市高新区今年新增企业50家", ["绵阳高新区"]),
    ("成都国家高新区新增企业50家", ["成都高新区"]),
    ("芜湖经济技术开发区新签约项目12个", ["芜湖经开区"]),
    # SPEC's naming rule on any written form
    ("扬州市广陵经济开发区新签约项目12个", ["广陵经开区"]),
    ("四川广安经济技术开发区举行集中签约", ["广安经开区"]),
    ("太原市清徐经济开发区党工委统筹园区非公党建", ["清徐经开区"]),
    ("长春汽车经济技术开发区举行招商引资项目集中签约", ["长春汽车经开区"]),
    ("武汉未来科技城与西安丝路科学城签约", ["武汉未来科技城", "西安丝路科学城"]),  # coined words keep the city
    ("松山湖科学城新增发明专利2300件", ["松山湖科学城"]),  # a brand-like alias is no prefix of another park
    ("全市引进总部企业68家,其中郑东新区引进32家", ["郑东新区"]),  # a coined name after a clause's lead word
    ("鄂州市临空经济区今年签约项目10个", ["鄂州临空经济区"]),
    ("新县先进制造业开发区承担重点项目20个", ["新县先进制造业开发区"]),  # an industry keeps the county
    ("湖南沅江高新技术产业园区设立助企微基金", ["沅江高新区"]),
    ("闽侯青口汽车工业园区政务服务大厅揭牌", ["青口汽车工业园区"]),
    ("东台工业园新签约项目8个", ["东台工业园"]),  # as written …
    ("东台工业园区成立于2006年,东台工业园新签约项目8个", ["东台工业园区", "东台工业园区"]),  # … one park where both are
    ("常州科教城新增入驻机构450家", ["常州科教城"]),
    ("珲春边境经济合作区区内现有企业259户", ["珲春边合区"]),
    ("海宁经编产业园区一共建立了24个企业党支部", ["海宁经编产业园区"]),  # an industry keeps the city
    ("中国盐城环保科技城入库税收2.68亿元", ["盐城环保科技城"]),
    ("目前,三类产业园区已建党组织175个", []),  # a class of parks names none
    ("山西省太原智慧产业园目前入驻企业148家", ["太原智慧产业园"]),  # a place and an industry before 产业园
    ("阿克苏纺织工业城累计入园企业已达75家", ["阿克苏纺织工业城"]),
    ("比亚迪产业园开工建设", []),  # … a company's campus has no place
    ("从乡村农田到“现代化产业园区”", []),
    ("园区享受国家级经济技术开发区各项政策", []),  # a class of parks before a 国家… suffix
    ("工信厅完成了申报等工作,安排工业园区专项资金6.92亿元", []),  # a verb before the type, no coined name
    ("记者从江苏邳州高新技术产业开发区获悉", ["邳州高新区"]),  # 从江 is a county, but here 从 + 江苏
    ("从濉溪县经济开发区(以下简称“濉溪县经开区”)获悉。濉溪县经开区招商", ["濉溪经开区"] * 3),  # SPEC on a short form
    ("威海南海新区工会联合会成立", ["南海新区"]),
    ("东营港经济开发区重点项目春季集中开工", ["东营港经开区"]),
    ("三亚崖州湾科技城组建产业链大党委", ["崖州湾科技城"]),
    ("长丰(双凤)经开区织密党建服务圈", ["双凤经开区"]),
    ("沈抚新区五十七个重点项目集中开工", ["沈抚示范区"]),  # its name since 2018
    ("江苏南通通州湾示范区举行集中开工", ["通州湾示范区"]),
    # a listed park called only by its city and type on the page keeps the page's name (SPEC: as written)
    ("当天晋中开发区集中开工项目14个", ["晋中开发区"]),
    ("山西晋中经济技术开发区和晋中开发区", ["晋中经开区", "晋中经开区"]),
    ("天津高新区新签约项目5个", ["天津高新区"]),
    ("邢台经济开发区即邢台开发区", ["邢台经开区", "邢台经开区"]),  # one page, one name: the type it tells
    ("天津滨海高新区即天津高新区", ["滨海高新区", "滨海高新区"]),
    ("西部(重庆)科学城新增企业", ["重庆高新区"]),  # a name of the park's own, not a place and type
    ("某县科技产业园与平和科技产业园", ["平和科技产业园"]),  # a county whose short form is also a word
    ("漳州平和县科技产业园签约项目", ["平和科技产业园"]),
    ("比亚迪科技产业园开工建设", []),  # a company's campus: no place before 科技产业园
    ("宁化科技产业园新签约项目8个", ["宁化科技产业园"]),
    ("浑南智慧零碳示范区总投资100亿元", []),  # a 示范区 is a park only right after a place
    ("大连高新区英歌石科学城建设提速", ["大连高新区", "大连高新区"]),  # a sub-area rolls up
    ("湖南湘江新区推进项目建设", ["湘江新区"]),
    ("临猗县经济开发区新入驻企业20家", ["临猗经开区"]),  # a county's level word goes
    ("2025年上半年,洪江区高新区新签约项目5个", ["洪江高新区"]),  # … and a district's before the park's type
    ("莘县经济开发区新入驻企业20家", ["莘县经开区"]),  # … unless one character is left
    ("沈阳市铁西区(沈经开区)新签约项目12个", ["沈阳经开区"]),  # one character for a city named on the page
    ("全区三高新区联动", []),
    ("松山湖举办人才周活动", ["松山湖高新区"]),
    # descriptions, districts and collectives name no park
    ("在2021年福建省开发区综合发展水平考核评价中", []),
    ("内蒙古第三家国家级高新区", []),
    ("天津滨海新区引进5000万元以上项目", []),
    ("浦东新区签约项目30个", []),
    ("1至2月,银川市工业园区共签约落地项目11个", []),
    ("此次活动中,玉林市产业园区集中开竣工项目23个", []),
    ("聊城高新科技城项目是科技园区", []),  # a project's name
    ("青山工业园区标准化厂房二期等项目当天动工", []),
    ("新建青山工业园区小微企业孵化基地", []),
    ("今年经开区新增企业30家", []),
    ("该高新区拥有国家知识产权示范企业4家", []),
    ("在全市工业开发区及党群服务中心中", []),
    ("市属开发区党工委组织部门牵头", []),
    ("吸引大学城的高校毕业生走进科学城实现梦想", []),
    ("为高新区经济社会发展注入强大科技动力", []),
    ("他用四个“好”来总结经开区的成绩", []),
    ("由此柳州北部新城青禾工业园区驶入发展快车道", ["青禾工业园区"]),  # a city's new town is where it lies
    ("某项目计划总投资约10亿元,选址渡口高新区,建成后可容纳500个商家", ["渡口高新区"]),  # a site verb opens it
    ("项目位于沙湾经开区,今年投产", ["沙湾经开区"]),
    ("●中泰(崇左)产业园今年引进企业26家", ["中泰崇左产业园"]),  # a coined name and its place in parentheses
    pytest.param("实地参访中泰(崇左)产业园多个项目", ["中泰崇左产业园"],
                 marks=pytest.mark.xfail(strict=True, reason="a coined name is read only where a clause starts")),
    ("这个大陆最大的台商投资区计划开工项目17个", []),  # a superlative describes, it names no park
    ("高端项目带动 我省开发区产业升级提速", []),  # 我省开发区: the province's parks
    ("三原清河食品工业园三年聚起61户投产企业", ["三原清河食品工业园"]),  # a county before another county's name stays
    ("●深圳(河源)产业园集聚21家企业", ["深圳(河源)产业园"]),  # two cities' park: the host city in parentheses
    ("●中山(潮州)产业转移工业园新签约项目6个", ["中山(潮州)产业转移工业园"]),
    ("深圳福田(和平)产业园上半年投入基建资金约3亿元", ["深圳福田(和平)产业园"]),  # 和平: a county that is a word too
    ("江都汽车零部件科技产业园入选省级名单", ["江都汽车零部件科技产业园"]),  # 零部件: an industry
    ("汉阴县新型建材工业集中区实现工业总产值24.3亿元", ["汉阴新型建材工业集中区"]),  # 新型建材: an industry
    ("安康县域工业集中区发展提速", []),  # 县域: the city's parks of a kind
    ("罗定产业转移工业园规上工业总产值增长", ["罗定产业转移工业园"]),
    ("位于揭东区的揭阳金属生态城(中德金属生态城)围绕目标推进", ["揭阳金属生态城", "揭阳金属生态城"]),  # a second name
    ("打造宜居生态城", []),
    ("## 开花山工业园区去年总产值9.8亿元", ["开花山工业园区"]),  # a character opening the line before a place (花山)
    ("截至2021年底,开花山工业园区总产值达到9.8亿元", ["开花山工业园区"]),
    ("●在花山工业园区举行签约仪式", ["花山工业园区"]),  # … unless it is a function word,
    ("据日喀则经济开发区管委会介绍", ["日喀则经开区"]),  # a verb,
    ("仅防城港经济技术开发区规上工业总产值就近1000亿元", ["防城港经开区"]),  # an adverb
    ("当天宁武开发区集中开工项目14个", ["宁武开发区"]),  # a place (天宁) that straddles the word before and the name
    ("据悉,本溪湖经济开发区新入驻企业12家", ["本溪湖经开区"]),  # … but a city (本溪) and one character stay
    ("临泽国家农业科技园区已落户企业80家", ["临泽农业科技园区"]),  # 国家 after the place is a level, no name
    ("【园区】平原经开区:产业项目集中开工", ["平原经开区"]),  # a column tag in 【】 ends before the name
    ("甲山经济经济技术开发区举行项目集中开工仪式", ["甲山经开区"]),  # a doubled word as typed
    ("山西省举办全省开发区第一期签约活动", []),
    ("张某到潢川检查试验区建设", []),
    ("会上传达了精神,之后开发区党工委委员宣读了名单", []),  # a lead-in word (之后) or a pronoun (我们) is no name
    ("他指出,我们开发区一定要走在前列", []),
    ("但高唐经开区在建项目4个", ["高唐经开区"]),  # a conjunction before a place is no part of the name
    ("而五河开发区今年新增企业5家", ["五河开发区"]),
    ("该县改革管理体制,单独设置经开区管委会", []),  # verbs before a bare type are no coined name
    ("近年来持续实施党建工程,建立工业园区党(工)委", []),
    # a park's official zone name in parentheses names it on the whole page (SPEC: <place>高新区)
    ("临夏生态工业园区(甘肃省临夏高新技术产业开发区)位于河畔。临夏生态工业园区入园企业80户",
     ["临夏高新区", "临夏高新区", "临夏高新区"]),
    ("泉州台商投资区百余项目集中签约", ["泉州台商投资区"]),
    ("其中保山工贸园区企业11家", ["保山工贸园区"]),  # 工贸, 电商: industries before 园区 / 产业园
    ("谷城电商产业园:党支部与园区同步开园", ["谷城电商产业园"]),
    ("宁陕县飞地经济产业园区位于某经济开发区内", ["宁陕飞地经济产业园区"]),  # a county's park inside another's
    ("据了解,甬衢产业飞地已有10家企业入驻", ["甬衢产业飞地"]),
    ("栖凤新区装备制造产业园:厂房起来了", ["栖凤新区装备制造产业园"]),  # … but an industry alone is no name of its own
    ("●临湖新城生物医药产业园新签约企业8家", ["临湖新城生物医药产业园"]),
    ("桂林市现有自治区级工业园区10个", []),  # a class of parks (自治区级), no name
    ("全市累计投入5000余万元,建成工业园党群服务中心14个", []),  # 建成 is a verb, no coined name
    # provincial park types: 工业集中区 (甘肃, 四川), 产业集聚区 (河南), bonded zones
    ("去年,古浪县黄花滩能源化工工业集中区完成投资12亿元", ["黄花滩能源化工工业集中区"]),  # a name and its industries
    ("今年以来,长葛产业集聚区新签约项目15个", ["长葛产业集聚区"]),
    ("郑州新郑综合保税区新引进项目12个", ["新郑综合保税区"]),
    ("岳阳城陵矶临港产业新区今年新签约项目35个", ["城陵矶临港产业新区"]),
    ("黄花滩工业集中区获评先进。古浪县黄花滩能源化工工业集中区完成投资12亿元",  # a short form without industries
     ["黄花滩能源化工工业集中区"] * 2),
    ("钦州保税港区和钦州综合保税区共有企业300家", ["钦州保税港区", "钦州综合保税区"]),
    ("钦州保税区和钦州综合保税区共有企业300家", ["钦州保税区"] * 2),  # two types of one park's name
    ("广东省(江门)大型产业集聚区首批项目动工", []),  # a class of zones (大型), no name
    ("全市重点产业集聚区新签约项目30个", []),
    ("## 黑龙江开发区上半年工业总产值3000亿元", []),  # a province's parks; no county (龙江) inside its name
    ("在上海市开发区协会组织的综合评价中", []),  # a municipality's parks together
    ("天津市高新区新增企业50家", ["天津高新区"]),  # … unless the list names the municipality's park
    ("从“现代工业区”到“绿色生态城”", []),
    ("截至目前,城北工业区累计落地项目92个", ["城北工业区"]),
    ("金昌试验区签约。甘肃金昌循环经济试验区今年签约项目40个", ["金昌循环经济试验区"] * 2),
    ("在青海海西循环经济试验区项目推介会上获悉", ["海西循环经济试验区"]),  # the park's projects, no project's name
    ("中国(上海)自由贸易试验区新设企业1.2万家", []),  # a policy zone
    ("湖南湘江新区综合配套改革试验区", ["湘江新区"]),
    ("三亚崖州湾国际医疗旅游先行区今年新签约项目20个", ["崖州湾国际医疗旅游先行区"]),
    ("浙江共同富裕先行区建设", []),  # a policy zone
    ("深圳建设中国特色社会主义先行示范区", []),
    ("海南文昌国际航天城起步区开建", ["文昌国际航天城"]),  # a city and an industry (国际) keep together
    ("厦门软件园汇聚企业1410家", ["厦门软件园"]),
    ("浪潮软件园二期开工", []),  # a company's campus: no place before the type
    ("● 云谷新能源新材料园区:集群三年从无到有", ["云谷新能源新材料园区"]),  # 园区 after industries names a park
    ("东岭化工园区签约项目8个", ["东岭化工园区"]),
    ("该园区企业12家", []),  # 园区 alone is any park
    ("全市化工园区12个", []),
    ("打造新能源园区", []),
    ("目前,某厂等7个项目收尾,云谷智慧制造园区等16个项目推进", []),  # a name ending a list of projects
    ("云谷科创园成立联合党支部", ["云谷科创园"]),
    ("批准该区域为德阳经济开发区云岭园。云岭工业园区成立以来,入驻企业13家", ["德阳经开区", "德阳经开区"]),  # 一区多园
    ("某某高新区科技园开园", ["某某高新区"]),  # an industry is no sub-park's own name
    ("红坊文化创意园:红色力量推动园区发展", ["红坊文化创意园"]),
    ("雅居乐国际医疗先行区今年开工", ["雅居乐国际医疗先行区"]),  # four coined characters and industries
    ("## 大坝工业园区:党建引领发展", ["大坝工业园区"]),  # 大 may begin a coined name
    ("成都国际陆港产业园新签约项目20个", ["成都国际陆港产业园"]),  # a city and industries (国际, 陆港)
    ("廣東廣西先進製造業合作產業園落地項目12個", ["广东广西先进制造业合作产业园"]),  # two provinces' joint park
    ("比亚迪科技产业园二期开工", []),
    ("● 胡杨河经开区:戈壁上建起产业新城", ["胡杨河经开区"]),  # a 兵团 city set up after 2016
    ("东兴重点开发开放试验区新入驻企业63家", ["东兴重点开发开放试验区"]),  # a border zone, no policy zone
    ("中国长沙人力资源服务产业园新入驻机构50家", ["长沙人力资源服务产业园"]),  # a national park type's industry
    ("潍坊滨海经济技术开发区(以下简称滨海区)。滨海区新签约项目36个", ["潍坊滨海经开区"] * 3),  # the list's name
]


@pytest.mark.parametrize(("text", "parks"), CASES, ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CASES])
def test_find_mentions(text: str, parks: list[str]) -> None:
    assert [m.park for m in find_mentions(normalise(text))] == parks


def test_every_alias_resolves_to_a_gazetteer_park() -> None:
    gaz = gazetteer()
    names = {p.name for p in gaz.parks}
    for park in gaz.parks:
        for alias in (park.official, *park.aliases):
            assert gaz.by_name[alias] in names
    assert len([p for p in gaz.parks if p.level == "national_htz"]) >= 170


def test_gazetteer_names_are_unique() -> None:
    names = [p.name for p in gazetteer().parks]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("names", "renames"), [
    ({"晋中开发区", "晋中经开区"}, {"晋中开发区": "晋中经开区"}),
    ({"晋中开发区"}, {}),  # the list's name is on no page: the page's name stands
    ({"邢台开发区", "邢台经开区"}, {"邢台开发区": "邢台经开区"}),  # no list's name: the type another page tells
    ({"天津高新区", "滨海高新区"}, {"天津高新区": "滨海高新区"}),
    ({"某某高新区", "成都高新区"}, {}),
    ({"东台工业园", "东台工业园区"}, {"东台工业园": "东台工业园区"}),
], ids=["晋中开发区+晋中经开区", "晋中开发区", "邢台开发区+邢台经开区", "天津高新区+滨海高新区", "某某高新区",
        "东台工业园+东台工业园区"])
def test_one_name_each(names: set[str], renames: dict[str, str]) -> None:
    assert one_name_each(names) == renames
