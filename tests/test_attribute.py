"""attribute: which park a figure belongs to, in articles about parks, cities and counties."""

import pytest

from etl.pipeline import process_text

CASES = [
    # city article that names a park later: the city's own figures are no park's
    ("渭南市今年新签约招商项目356个,总投资1560亿元。其中,渭南高新区签约项目86个。",
     [("渭南高新区", 86)]),
    ("本报讯(记者 王强)渭南市今年新签约招商项目356个。渭南高新区新签约项目86个。", [("渭南高新区", 86)]),
    ("全市高新技术企业达到420家,其中渭南高新区占180家。", [("渭南高新区", 180)]),
    ("全市高新技术企业达1020家,桂林高新区拥有其中的520家。", [("桂林高新区", 520)]),  # its share, 其中 after the verb
    ("汉中市新认定高企\n\n汉中市今年新认定高新技术企业1136家,其中汉中经开区128家。", [("汉中经开区", 128)]),
    ("汉中市项目提速\n\n汉中市新开工产业项目236个,其中汉中经开区31个、汉中高新区18个。",  # named parts
     [("汉中经开区", 31), ("汉中高新区", 18)]),
    ("全省新增专精特新企业4800余家,其中宝鸡高新区入选36家。", [("宝鸡高新区", 36)]),
    ("汉中市重点项目开工\n\n今年,汉中市开工重点项目86个。其中,汉中经开区开工项目19个,年度计划投资11亿元。",
     [("汉中经开区", 19), ("汉中经开区", 1.1e9)]),  # a park speaks for the rest of its sentence
    ("汉中市项目观摩\n\n汉中市实施重点项目105个。汉中经开区作为主阵地,今年实施重点项目38个。", [("汉中经开区", 38)]),
    ("汉中市项目观摩\n\n汉中市实施重点项目105个。汉中经开区作为汉中市项目建设主阵地,今年实施重点项目38个。",
     [("汉中经开区", 38)]),  # a park "作为…项目建设主阵地" is the clause's subject, no project's modifier
    ("璧山区招商\n\n全区签约项目27个,其中,高新区签约19个、合同额193亿元,服务业发展区签约8个、合同额13亿元。",
     [("璧山高新区", 19), ("璧山高新区", 1.93e10)]),  # … up to a clause that names its own subject
    ("全省高新技术企业总数突破7000家,其中宝鸡高新区、渭南高新区分别达到126家、148家。",
     [("宝鸡高新区", 126), ("渭南高新区", 148)]),
    ("宝鸡市项目开工\n\n本报讯 当天,宝鸡高新区、金台区、渭滨区、岐山县的52个项目同时开工。", []),  # joint
    ("雁塔区深化党建引领基层治理,全区划分网格1260个,配备专职网格员1300名。", []),
    # an event named again ("本次活动") speaks for its host, unless a subject of its own follows it
    ("● 宁远开发区项目集中开工\n9月5日,宁远县与全省同步举行开发区第三批项目集中开工活动。本次活动宁远县共有项目54个,"
     "总投资115.54亿元。", []),
    ("洪山开发区项目集中开工\n\n9月5日,洪山开发区举行第三批项目活动。本次活动洪山县共有项目54个,"
     "总投资115.54亿元。", []),
    ("洪山经开区项目签约\n\n9月5日,洪山经开区举行第三批项目签约活动。本次活动共签约项目54个,总投资115.54亿元。",
     [("洪山经开区", 54), ("洪山经开区", 1.1554e10)]),
    # a park kind told by the name's last word: 某高新区产业开发区 is no second 高新区
    ("两个园区的成长账\n\n本报讯 在福建漳浦,漳浦高新区也在打基础。漳浦新区管委会加挂漳浦高新区产业开发区管委会牌子。"
     "当年,高新区南岸园区新开工项目7个。", [("漳浦高新区", 7)]),
    ("产业经济增长较快\n\n该市形成六大支柱产业,仅东兴经济技术开发区规模以上工业总产值就近1000亿元。",
     [("东兴经开区", 1e11)]),  # "仅" opens the clause the park is the subject of
    ("某边境经济合作区获批\n\n国务院批准设立临沧边境经济合作区。2013年,边合区完成固定资产投资104亿元。",
     [("临沧边合区", 1.04e10)]),  # 边合区 points back at the story's park
    # a park's 一园三区: a sub-area of a lesser type named in its story gives the park its figures …
    ("某工业园区:一园三区\n\n本报讯 永丰工业园区形成城东、城南工业区一园三区格局。城东工业区2003年开始建设。"
     "目前园区共有企业176家。", [("永丰工业园区", 176)]),
    # … but two parks of one type in a county's story are siblings
    ("通许两个园区\n\n通许县现有城东工业园区和城西工业园区。通许县城西工业园区位于县城西侧,已入驻企业10家。",
     [("城西工业园区", 10)]),
    ("某省新增省级经开区\n\n甲乡经开区发展农副产品加工,乙镇经开区主攻新能源。两家经开区现有企业分别为39户、103户,"
     "其中规上企业分别为14户、16户。",
     [("甲乡经开区", 39), ("乙镇经开区", 103), ("甲乡经开区", 14), ("乙镇经开区", 16)]),
    ("某市首批项目签约\n\n本报讯 永康市举行首批招商项目集中签约仪式,现场签约重大项目28个,其中27个来自永康经济开发区。",
     [("永康经开区", 27)]),  # the share "来自" a park
    ("闵行经开区:答记者问\n\n问:园区有哪些企业?\n\n答:园区企业九成为外资企业,如今这里有67家实体企业。",
     [("闵行经开区", 67)]),  # 这里 in a park's story is the park
    # a province's roundup: a park opening a section of its own is no sub-park of the zone of the section before
    ("全省开发区产业升级提速\n\n今年上半年,全省各经济开发区产业升级的步子明显加快。\n\n### 霸州:项目带动\n\n"
     "霸州经济开发区完成财政收入1.24亿元。开发区上半年运作项目28个。\n\n### 潮白河:瞄准五百强\n\n"
     "大厂潮白河工业区依托北京招商中心招商。今年以来,工业区共跟踪洽商项目十余个,成功签约3个。",
     [("霸州经开区", 28), ("潮白河工业区", 10), ("潮白河工业区", 3)]),
    ("2021年,蒲城县新建党组织15个。", []),
    ("●长沙高新区 新建物业党支部22个。\n\n●岳阳市 新增规上工业企业120家。", [("长沙高新区", 22)]),
    # a brief's next ● item is a story of its own: naming no park it goes on with no one's
    ("● 衡阳高新区新签约项目12个\n衡阳高新区今年新签约项目12个。\n\n● 某港区五年建成投产项目35个\n"
     "该港区累计建成投产项目35个。", [("衡阳高新区", 12), ("衡阳高新区", 12)]),
    ("● 衡阳高新区:新开工项目八个。\n\n● 该区管委会:兑现企业奖补资金一千五百万元。",  # … unless it points back
     [("衡阳高新区", 8), ("衡阳高新区", 1.5e7)]),
    # park articles: back-references and later sentences follow the park
    ("西安高新区深化党建引领。今年以来,园区新发展党员320名。该区新建党组织56个。",
     [("西安高新区", 320), ("西安高新区", 56)]),
    pytest.param("通化医药高新区院士工作站建站以来,通化市聘任了23位院士工作站专家。", [("通化医药高新区", 23)],
                 marks=pytest.mark.xfail(strict=True, reason="a city as the clause's subject speaks for the city; "
                                                               "the seed label reads it as the park's workstation")),
    ("成都高新区共有81个项目纳入2024年成都市重点项目计划,总投资额2201.2亿元。",
     [("成都高新区", 81), ("成都高新区", 220120000000)]),
    ("山东省科技厅公布名单。淄博高新区新增高新技术企业40家。", [("淄博高新区", 40)]),
    # 分别: the i-th figure is the i-th park's
    ("成都高新区、西安高新区分别新增高新技术企业500家、300家。", [("成都高新区", 500), ("西安高新区", 300)]),
    ("聊城高新区对众创空间、孵化器分别给予不超过50万元和20万元的奖补。",
     [("聊城高新区", 500000), ("聊城高新区", 200000)]),
    # whose story it is: the headline, then the lead
    ("某市168个转型项目集中开工\n\n本报讯 主会场设在长治高新区,集中开工项目168个,总投资454亿元。", []),
    ("长治高新区两个项目在全市集中签约中落地\n\n本报讯 全市集中签下35个项目。长治高新区有2个项目在会上签约。",
     [("长治高新区", 2), ("长治高新区", 2)]),
    ("东山:筑巢引凤添动力\n\n连日来,东山经济技术开发区以项目建设为中心,已签约入驻企业16家。",
     [("东山经开区", 16)]),  # a place headline over a lead whose subject is the park named after it
    ("东山县2023年招商完成情况\n\n县招商成绩包括东山经济技术开发区。2023年,我区签约项目108个。其中,东山经济技术开发区签约项目41个。",
     [("东山经开区", 41)]),  # … as a kicker only ("东山:"), not as a headline's subject
    ("东山:一季度招商开门稳\n\n一季度,外出招商考察9次,东山经济技术开发区领导外出考察3次。一季度签约意向项目12个。",
     []),  # … over a lead that opens with the park, not one that names it after the county's figures
    ("河南科技大学:发明专利授权居全省首位\n\n该校发明专利授权312件,位于郑州高新区的团队贡献了120件。", []),
    ("年度答卷:三个园区比拼\n\n进入2023年,各地园区晒出成绩单。2022年,济宁经开区新签约亿元以上项目26个。",
     [("济宁经开区", 26)]),
    # a city's story: only a park's own clause, its share or its one park of a type
    ("泉州市集中签约40个项目\n\n本报讯 现场共签下项目40个。其中,竣工投产项目涉及泉州经开区共17个,总投资86亿元。",
     [("泉州经开区", 17), ("泉州经开区", 8600000000)]),
    ("璧山区一季度签约27个项目\n\n全区签约27个项目,其中,高新区签约19个、合同额193亿元。",
     [("璧山高新区", 19), ("璧山高新区", 19300000000)]),
    ("漳州市重点项目开工\n\n古雷开发区福建石化强链项目用地约1000亩,建成后年产值有望达130亿元。", []),
    ("江都区:人才激活创新\n\n目前,该区拥有高新技术企业98家,仪征经开区成为全市首家协同创新基地。2023年,各类人才帮助企业"
     "完成专利申请2100件,专利授权980件。", []),  # a park named in passing in a district's paragraph: its sentence only
    ("某市党建观摩\n\n与会人员观摩了丰南区、路北区、高新区的4个党组织。", []),
    # several parks at once, and 分别
    ("某省新区招商提速\n\n两江新区、天府新区、福州新区分别与企业签署协议,涉及8个项目、总投资582亿元。", []),
    ("银川三园区:签约落地11个项目\n\n其中,银川经济技术开发区、银川高新技术产业开发区和苏银产业园分别签约5个、2个、4个项目,"
     "总投资分别为80亿元、6.32亿元和1.07亿元。",
     [("银川经开区", 5), ("银川高新区", 2), ("苏银产业园", 4), ("银川经开区", 8e9), ("银川高新区", 6.32e8),
      ("苏银产业园", 1.07e8)]),
    ("咸宁市高企数量创新高\n\n咸宁市和咸宁高新区今年分别新增高新技术企业一百二十家、四十六家。",
     [("咸宁高新区", 46)]),  # a city's story: its 分别 list still gives the park its item
    ("苏州两大开发区比拼\n\n去年,常熟经开区新开工项目23个;太仓港经开区新开工项目19个。两区新增规上企业分别为15家、12家。",
     [("常熟经开区", 23), ("太仓港经开区", 19), ("常熟经开区", 15), ("太仓港经开区", 12)]),  # 两区: the last two
    # 各: one figure written once for each park of the list
    ("浙江省公布未来工厂名单\n\n全省共有32家企业入选。杭州湾经开区、袍江经开区各有2家企业上榜。",
     [("杭州湾经开区", 2), ("袍江经开区", 2)]),
    ("成都高新区与各类企业签约\n\n成都高新区与各类企业签约项目3个。", [("成都高新区", 3)]),  # 各类 is no 各
    ("汉中经开区投资发展有限公司完成融资\n\n汉中经开区投资发展有限公司完成中期票据发行,下属子公司9家,总投资12亿元。",
     []),  # the park's company speaks for itself
    ("神木高新区党建\n\n神木高新区新建党组织12个。\n\n兰洽会榆林市签约164个项目\n\n7月6日,记者从签约仪式上获悉,"
     "各县区、园区共签约项目164个。", [("神木高新区", 12)]),  # a place inside a headline: the city's story
    ("叙州区:发展势头强劲\n\n编者按:未来五年,宜宾市叙州区将会怎样?\n\n增速强劲——1-7月,宜宾高新技术产业园区实现营业收入"
     "约392亿元;规上工业总产值304亿元。", [("宜宾高新区", 3.04e10)]),  # a ;-item with no subject goes on with the park
    ("珠海市集中签约\n\n某项目落户香洲区;横琴新区迎来格力总部等;投资50亿元的芯片项目将落户斗门区。", []),  # … it opens
    ("叙州区:工业引擎\n\n本报讯 叙州区已建成四大工业园区,均归属宜宾高新技术产业园区。园区现有规上企业112户。",
     [("宜宾高新区", 112)]),  # 园区 right after the sentence that names the one park a city's story has gone into
    ("平江高新区:行稳致远\n\n平江高新区举行大会。过去一年,平江县委书记张某,县委副书记、县长李某带队赴各地招商,"
     "全年共计签约项目75个。", [("平江高新区", 75)]),  # officials who lead are no subject: the park's story goes on
    ("江宁区:点评会\n\n本报讯 2月1日,南京市江宁区首场点评会放在溧水经济开发区举行。1月份没有“上榜”的溧水经济开发区"
     "当场签约项目21个。", [("溧水经开区", 21)]),  # an attributive …的 before the park: the park is the subject
    ("溧水高新区全年产值\n\n本报讯 溧水国家高新技术产业开发区前身是1992年成立的溧水经济开发区。"
     "园区今年工业总产值285亿元。",
     [("溧水高新区", 2.85e10)]),  # a park after 是…的 is a predicate, not the subject
    ("溧阳高新区新年目标\n\n2023年,溧阳高新区注册企业总营业收入超181亿元;溧阳新能源产教联合体入选首批名单;全年引育"
     "高质量项目135个。", [("溧阳高新区", 135)]),  # a place in an earlier ;-item does not speak for a later one
    ("牡丹江市:园区巡礼\n\n本报讯 全市共有开发区4个,入驻企业110户。\n(1)穆棱经济开发区。规划面积68平方公里,"
     "入驻企业61户。",
     [("穆棱经开区", 61)]),  # a numbered item that names its park carries its paragraph
    ("国家级开发区党建研讨会在青岛开发区举行\n\n本报讯 研讨会日前举行,园区共建立党组织1200个。", []),  # a venue
    ("红韵助链 | 灌云县:产业聚链成势\n\n2024-10-15 江苏\n近年来,灌云经济开发区健全产业链党建机制,共有链上企业190余家。",
     [("灌云经开区", 190)]),  # a column's name, a kicker place over a lead that opens with its park; a source line
    # the place where the park lies, or next to it, speaks for itself
    ("汉中经开区党建\n\n汉中经开区新发展党员120名;同期园区所在的汉台区新发展党员900名。", [("汉中经开区", 120)]),
    ("汉中经开区招商\n\n汉中经开区今年签约项目19个。与园区相邻的城固县同期签约项目12个。", [("汉中经开区", 19)]),
    ("汉中经开区党建\n\n汉中经开区现有党组织56个。园区所在的某村去年全村有党员42名。", [("汉中经开区", 56)]),
    # a section of a park's feature whose headline names no one and whose lead opens with a company
    ("武进经开区:创新主体活跃\n\n园区累计拥有上市企业12家。\n\n竞速奔跑\n\n2023年3月5日,随着钟声,武进恒达精密科技股份有限公司在北交所上市。这是当年全省首家上市公司。"
     "目前全区股改企业达88家。", [("武进经开区", 12), ("武进经开区", 88)]),
    ("武进经开区:创新主体活跃\n\n园区累计拥有上市企业12家。\n\n某市:企业上市\n\n本报讯 某精密科技股份有限公司"
     "在北交所上市。目前全市股改企业达88家。", [("武进经开区", 12)]),
    # a park's story: places that speak for themselves, and those that only qualify a noun
    ("成都高新区招商提速\n\n园区新签约项目20个。从全市看,成都已落地项目140个。", [("成都高新区", 20)]),
    ("淄博高新区知识产权\n\n该高新区拥有山东省知识产权优势企业11家。", [("淄博高新区", 11)]),
    ("张江科学城:项目落地\n\n张江科学城引进9个项目。同年,徐汇区开展重点科研项目超200个,全区高新技术企业突破2000家。",
     [("张江科学城", 9)]),
    ("光明科学城:项目落地\n\n光明科学城引进9个项目。同年,光明区开展重点科研项目超200个。",
     [("光明科学城", 9)]),  # 光明区 (2018) is in division_changes.tsv
    ("璧山区项目集中签约\n\n本报讯 10月9日,璧山区举行项目集中签约。璧山高新区签约项目12个。签约仪式上,某科技集团代表"
     "介绍,该集团将投资50亿元在璧山建设产业园项目。", [("璧山高新区", 12)]),  # the company speaks for its own plan
    ("●南阳高新区:8个项目集中开工\n据了解,此次南阳全市开工项目总投资1529亿元。",
     [("南阳高新区", 8)]),  # 此次 opens a clause whose subject is the city
    ("南昌经开区集中签约\n\n29日,南昌经开区、临空区(赣江新区经开组团)举行集中签约,现场签约项目34个。",
     [("南昌经开区", 34)]),  # a park in parentheses is an aside
    # a district and its park in one administration; another park that only names the event
    ("道里区(哈高新区)签约项目\n\n5月8日,哈尔滨新区某片区招商项目集中签约仪式在某饭店举行。道里区(哈高新区)的"
     "20个项目签约。\n\n其中,引进新材料项目6个。",
     [("哈尔滨高新区", 20), ("哈尔滨高新区", 6)]),
    # an event of the province held in the park names it for its own sentence; one held elsewhere goes on
    ("● 宝鸡高新区:项目加速推进\n5月12日,全省重大项目集中开工仪式在宝鸡高新区某园区举办。沿途在建项目中,某新材料"
     "项目投资14.6亿元。", [("宝鸡高新区", 1.46e9)]),
    ("宝鸡高新区3个项目开工\n\n2月22日,2024年宝鸡市重大项目集中开工仪式在某学院现场举行。161个重点项目集中开工,"
     "总投资达552亿元。其中,宝鸡高新区项目共3个。", [("宝鸡高新区", 3)] * 2),
    # an event named again (本次活动) speaks for whoever held it: the city's total, or the park's own
    ("● 宝鸡高新区:3个项目参加全市集中签约\n4月29日,宝鸡市举行集中签约活动。\n本次活动共29个项目签约,总投资约234亿元。"
     "\n高新区3个项目在本次活动中签约。", [("宝鸡高新区", 3)] * 2),
    ("宝鸡高新区集中签约\n\n4月29日,宝鸡高新区举行集中签约活动。本次活动共签约项目12个。", [("宝鸡高新区", 12)]),
    # an area word that ranks firms (全省…百强) does not speak for the area
    ("宝鸡高新区名企聚集\n\n本报讯 园区集聚企业800家;全省制造业百强企业有6家落户于此。",
     [("宝鸡高新区", 800), ("宝鸡高新区", 6)]),
    # in a park's story a city official's city figure is the city's, past the lead-in that names the source
    ("汉中经开区招商推介会举行\n\n推介会上,汉中经开区签约项目18个。汉中市投资促进局负责人介绍,今年全市已签约产业项目430个。",
     [("汉中经开区", 18)]),
    ("汉中经开区集中开工\n\n6月26日,汉中经开区集中开工项目14个。汉中市副市长在致辞中表示,今年上半年全市已开工项目510个。",
     [("汉中经开区", 14)]),
    # a university or a group outside the park speaks for itself; a company in the park is the park's
    ("汉中经开区与某大学共建平台\n\n汉中经开区与陕西理工大学签署协议。陕西理工大学去年获授权发明专利600余件。目前园区已集聚"
     "高新技术企业208家。", [("汉中经开区", 208)]),
    ("汉中经开区氟硅项目签约\n\n汉中经开区与某化工集团签约,项目总投资50亿元。该集团在全国拥有生产企业12家,去年实现利税20亿元。",
     [("汉中经开区", 5e9)]),
    ("汉中经开区一企业扩产\n\n汉中经开区某电子公司二期项目开工。该公司总投资12亿元。", [("汉中经开区", 1.2e9)]),
    # a city's story that goes into a park (在某高新区,…) and speaks of 园区; the park as a lead-in's source
    ("汉中市项目推进\n\n汉中市今年谋划重点项目120个。在汉中经开区,一批项目加快建设,园区今年开工项目22个。",
     [("汉中经开区", 22)]),
    ("玉溪市园区经济\n\n全市工业园区和汉中经开区完成产值227亿元。园区完成基础建设投资13.2亿元。", []),
    ("汉中经开区共建创新中心\n\n某大学负责人表示,学校将派驻专家30名。园区相关负责人介绍,中心首批入驻企业20家。",
     [("汉中经开区", 20)]),
    ("汉中经开区签约\n\n汉中经开区签约项目17个。高新区当天还与3家企业签订了战略合作协议。", [("汉中经开区", 17)]),
    # a district figure in a park's story (同期), and a city's plan (计划)
    ("汉中经开区招商开门红\n\n一季度,汉中经开区签约项目25个。汉台区同期签约项目41个。", [("汉中经开区", 25)]),
    ("汉中经开区氢能产业\n\n汉中经开区已聚集氢能企业18家。汉中市计划到2025年氢能产业产值达到100亿元。",
     [("汉中经开区", 18)]),
    ("汉中市半导体产业\n\n汉中市已集聚半导体企业70余家。其中,汉中经开区集聚58家,去年实现产值52亿元。",
     [("汉中经开区", 58), ("汉中经开区", 5.2e9)]),
    # a city's conference: what happens at it (会上…, 会议表彰…) is the city's
    ("汉中市召开产业大会\n\n汉中市产业规模突破1600亿元。汉中经开区管委会主任在会上介绍,园区将打造产业集群。会上集中签约项目28个。",
     []),
    ("汉中经开区创新\n\n汉中经开区新增高企30家。市科技局表示,明年力争新增高企200家。",  # a city organ speaks
     [("汉中经开区", 30)]),
    # a story of two parks: a pronoun or a description of a kind is the one park of that kind it names
    ("贵安新区、贵阳高新区项目密集落地\n\n本报讯 今年以来,贵安新区签约项目20个。\n\n作为国家级高新区,沙文园区今年"
     "迎来一批项目。4月17日,某智能装备项目奠基,总投资2亿元。", [("贵安新区", 20), ("贵阳高新区", 2e8)]),
    ("贵安新区和贵阳高新区双轮驱动\n\n本报讯 贵安新区今年签约项目20个。高新区新增企业30家。",
     [("贵安新区", 20), ("贵阳高新区", 30)]),
    # 一区多园: a lesser park of the zone's place that the gazetteer does not list is one of the zone's sub-parks
    ("绥化经开区一区多园齐发力\n\n本报讯 绥化经开区今年新增规上企业12家。其中,绥化食品产业园区新入驻企业8家。",
     [("绥化经开区", 12), ("绥化经开区", 8)]),
    ("全市园区建设\n\n全市共有省级园区3个。\n(1)绥化经济开发区。入驻企业50户。其中重点建设的有:北林新材料产业园,"
     "已有9户企业入驻。\n(2)安达工业园区。入驻企业20户。",  # 北林 lies in 绥化; a numbered item is a sibling
     [("绥化经开区", 50), ("绥化经开区", 9), ("安达工业园区", 20)]),
    ("双峰经开区结对共建\n\n本报讯 双峰经开区今年新增企业18家。与之结对的湘乡工业园区新增企业9家。",  # another place
     [("双峰经开区", 18), ("湘乡工业园区", 9)]),
    # a table row's first cell names its park
    ("本期园区项目速览\n| 园区 | 项目 | 投资 |\n| 宾县经开区 | 某新材料项目 | 总投资36亿元 |\n"
     "| 桦南经开区 | 某储能项目 | 计划投资12亿元 |", [("宾县经开区", 3.6e9), ("桦南经开区", 1.2e9)]),
    # a city's event held in a park: the headline's subject is the city
    ("汉中市人才交流大会在汉中经开区举办\n\n大会现场达成就业意向2300余人次,签约人才项目18个。", []),
    # a science brief with no park at all
    ("新华社北京电 中国科学院今年新增专利500件。", []),
    # a count after 等 closing a list of parks' projects is all of theirs; a list of companies is one park's
    ("吉安市15个项目集中签约\n\n签约仪式上,安福经开区智能装备项目,永丰工业园区新材料项目,遂川工业园区电子项目等15个项目"
     "集中签约。", []),
    ("吉安高新区落地项目\n\n本报讯 吉安高新区学习永丰工业园区经验,今年已落地某某集团等12个项目。",
     [("吉安高新区", 12)]),
    # … also after a city's lead that named its zones (某市开发区项目集中签约活动)
    ("运城:十二个开发区项目现场签约\n\n本报讯 日前,运城市开发区项目集中签约活动举行。运城经济开发区精密项目、"
     "河津经济技术开发区光伏项目等12个项目现场签约。", []),
    # a district's story: its 全区 total and the 其中园区 part are the district's, though a park was named before
    ("江津区工业提速\n\n本报讯 记者从江津区获悉,东山工业园今年新签约项目12个。去年,全区工业总产值突破1325亿元,"
     "其中园区工业总产值达到1162.6亿元。", [("东山工业园", 12)]),
    # in a park's story its county that acts (某县立足…) speaks for its own sentence
    ("宁津经开区档案\n\n宁津经济开发区位于县城东部。2019年,宁津立足工业基础,新增规上工业企业10家。", []),
    # one park listed among projects (某工业园、某产业园等22个项目), and the total of its next clause, are the county's
    ("宁津县项目集中开工\n\n● 日前,宁津县举行签约活动,金水工业园、风电设备产业园等22个项目开工,总投资72.59亿元。", []),
    # a regional story whose lead names a park after figures of its sentence: a project's site, not the subject
    ("● 某某经济区首批开工183个重大项目\n3月28日,某某一体化经济区首批重大项目在两地同时开工,共183个,总投资1038亿元。"
     "其中产业类项目112个、总投资616亿元,长治高新区某某材料产业园二期在列。", []),
    # a headline and lead that say only 经开区, under a source's dateline (某某新闻网讯), and a photo naming the park
    ("## 经开区重点项目集中开工\n\n湖南新闻网讯(通讯员张三)4月8日,经开区举行重点项目集中开工仪式。今年经开区谋划实施"
     "重点项目100个。\n\n图为望城经开区重点项目集中开工仪式现场。张三摄", [("望城经开区", 100)]),
    # a district's 全区…其中园区 after a meeting held in a park: the district's parks, not the venue
    ("綦江交流园区党建经验\n\n5月4日,园区党建座谈会在綦江区桥河工业园管委会召开。綦江区连续5年跻身工业十强区县,"
     "去年全区工业总产值突破800亿元,其中园区工业总产值达到600亿元。", []),
    # a park a county acts on (该县把…整合) speaks for no later clause of the sentence
    ("某县做强园区\n\n该县把城东产业园、安福县木业工业园区2个园区整合为1个园区统一管理,近年来引进人才300余名。", []),
    # three parks listed in a region's lead are no story's subject; 全区, which says no park type, is the region
    ("我区新增3家区级高新区\n\n本报讯 记者获悉,甲山工业园区、乙水经济开发区、丙河经济技术开发区认定为区级高新区。\n\n"
     "去年,全区10家高新区实现工业总产值7334亿元,拥有高新技术企业493家。", []),
    # a list of parks that opens a clause shares the figure after it: no one park's
    ("成都市招商提速\n\n本报讯 成都市举行签约会。两江新区、天府新区分别签署协议,涉及项目8个。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES,
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CASES])
def test_park_of_each_figure(text: str, expected: list[tuple[str, float]]) -> None:
    rows = process_text(text, "t.txt").rows
    assert [(r.park, r.value) for r in rows] == [(p, pytest.approx(v)) for p, v in expected]


def test_a_caption_above_a_headline_does_not_tell_whose_story_it_is() -> None:
    page = ("常州经开区:项目提速\n\n本报讯 园区新签约项目8个。\n\n常州经开区党工委书记讲话\n\n"
            "株洲高新区:跨越发展正当时\n\n株洲位于湖南东部。去年,园区新签约项目12个。")
    assert [a.park for a in process_text(page, "t.txt").articles] == ["常州经开区", "株洲高新区"]


# whose story it is: a place's kicker over its park's story (the lead opens with a park whose name holds the place)
ARTICLE_CASES = [
    ("钦州:中马园区三项工程动工\n\n本报钦州讯 6月2日,中马钦州产业园区举行动工仪式。园区道路等3个项目当天开工。",
     ["中马钦州产业园区"]),
    ("钦州:全市三季度项目集中开工\n\n本报钦州讯 全市42个项目集中开工,其中中马钦州产业园区6个。", [None]),
    # a headline's 某市开发区 over a lead the city opens and that speaks of its zones together: the city's
    ("岢岚开发区“三个一批”集中签约\n\n本报讯 2月22日,岢岚市与全省同步举行开发区第一次“三个一批”活动。"
     "此次活动新签约项目26个。", [None]),
    ("岢岚开发区14个项目集中开工\n\n本报讯 3月30日,岢岚市转型项目集中开工仪式举行。当天岢岚开发区集中开工项目14个。",
     ["岢岚开发区"]),
    # a place that holds its own park's event leads the park's story; one that holds its own in a park does not
    ("铁山18个项目集中开工\n\n本报讯 3月5日,铁山区举行了铁山高新区首批项目集中开工仪式。18个项目总投资72亿元。",
     ["铁山高新区"]),
    ("铁山18个项目集中开工\n\n本报讯 3月5日,铁山区在铁山高新区举行首批项目集中开工仪式。18个项目总投资72亿元。",
     [None]),
    # a news headline over a dated lead is a story of its own, not a section of the park story before it
    ("## 金山经开区签下纺织项目\n\n1月2日,金山经济开发区签订合同,项目总投资5亿元。\n\n## 援疆平台重大项目集中开工\n\n"
     "4月18日上午,援疆平台重大项目集中开工仪式在银山高新区举行,4个项目总投资39.7亿元。", ["金山经开区", None]),
    # a county's 园区 in the headline over a lead that opens with the county's park is the park's story
    ("## 宁津园区建设提速 四重点项目开工\n\n本报讯 4月18日上午,宁津经济开发区4个重点项目集中开工。", ["宁津经开区"]),
    # a headline that counts parks is theirs together; two parks may share a story
    ("● 江西国家高新区增至9家\n\n近日,经国务院批复,赣州高新技术产业开发区升级为国家高新区,总数达到9家。", [None]),
    ("【城市】运城:十二个开发区项目现场签约\n\n本报讯 日前,运城市开发区项目集中签约活动举行。运城经济开发区某项目等"
     "20个项目签约。", [None]),
    ("年终盘点|两个园区的一年\n\n本报讯 一年来,甲山高新区新签约项目20个。", ["甲山高新区"]),
    # three or more parks listed in a lead are no story's subject
    ("国家级新区招商提速\n\n本报讯 交流会在天府新区举行。两江新区、天府新区、福州新区分别签署协议。", [None]),
    # a park a province's story honours (为某开发区颁发匾牌) is no subject of it
    ("第21届洽谈会签约项目1292个\n\n本报讯 7月11日,洽谈会成果通报会召开。共签约项目1292个,合同金额6973.18亿元。"
     "会期,有关负责人为张掖经济技术开发区颁发“绿色工业园区”匾牌。", [None]),
    ("开发区表彰大会召开\n\n本报讯 日前,大会授予金湖经济开发区“先进园区”称号,与会开发区今年签约项目120个。", [None]),
]


@pytest.mark.parametrize(("page", "parks"), ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_the_park_whose_story_it_is(page: str, parks: list[str | None]) -> None:
    assert [a.park for a in process_text(page, "t.txt").articles] == parks
