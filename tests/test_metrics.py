"""metrics: sentence → (metric, value, subject, scope); every metric key has a row here."""

import pytest

from etl.metrics import extract
from etl.normalise import normalise

CASES = [
    # investment
    ("总投资额2201.2亿元,年度计划投资额240.9亿元",
     [("investment_total", 220120000000), ("investment_annual", 24090000000)]),
    ("项目计划总投资额超22亿元,预计达产后产值近56亿元",
     [("investment_total", 2200000000), ("output_value", 5600000000)]),
    ("该项目计划投资1.7亿元,建成投产后可实现年产值2.5亿元、利税8000万元", [
        ("investment_total", 170000000), ("output_value", 250000000), ("tax_profit", 80000000)]),
    ("规模以上工业总产值达672.51亿元,同比增长6.3%", [("output_value", 67251000000)]),
    ("科学城将投入1000万元资金", [("funding", 10000000)]),
    ("分别给予不超过50万元和20万元的一次性奖补", [("funding", 500000), ("funding", 200000)]),
    ("节省(创造)经济价值5800多万元", [("economic_benefit", 58000000)]),
    ("年纳税1.5亿元", [("tax_profit", 150000000)]),
    ("协议引资逾三百亿元", [("investment_total", 30000000000)]),
    ("每年安排党建工作经费2000万元", [("funding", 20000000)]),
    ("全年完成固定资产投资1180亿元,同比增长6.5%", [("investment_annual", 118000000000)]),
    ("完成固定资产投资156亿元,其中工业投资68.5亿元", [("investment_annual", 1.56e10), ("investment_annual", 6.85e9)]),
    ("工业投资完成7.1亿元,技改投资完成4.41亿元", [("investment_annual", 7.1e8)]),  # a part of 工业投资: no metric
    ("签约项目总投资50亿,涉及新能源", [("investment_total", 5e9)]),
    ("今年将安排两个亿的产业扶持资金", [("funding", 2e8)]),  # spoken 个亿: yuan, its money word after it
    ("联合党委由组建时的15家企业党组织增加到38家", [("party_org_count", 38)]),  # the noun between the two
    ("园区企业由12家增加到30家", [("enterprise_count", 30)]),
    ("指导8家企业成立了党支部", [("party_org_count", 8)]),  # firms that set up party organisations
    ("园区有效发明专利拥有量在全市率先突破5000件", [("patent_count", 5000)]),
    ("负责经开区、高新区两个园区的基础设施配套项目", []),  # what is counted is the parks
    ("全区147户园区企业", [("enterprise_count", 147)]),
    ("今年有5家企业入驻园区", [("enterprise_count", 5)]),  # past the verb, 园区 is where they went
    ("已集聚生物医药企业二百三十余家", [("enterprise_count", 230)]),  # 医药企业: 企业, not 药企
    ("引进市外企业30家", [("enterprise_count", 30)]),
    ("把390名流动党员纳入园区非公党组织", [("party_member_count", 390)]),
    ("建成3个企业园区", []),  # what is counted is the parks
    ("其中3个工业项目分属装备制造领域的龙头企业,投资规模均在8亿元以上", [("project_count", 3)]),  # 均: each
    ("领导带队外出招商40次,拜会企业120家", []),
    ("共查找消除隐患806个,关停企业35家,清退出园企业19家", []),  # firms closed or sent away
    ("全区生产总值、固定资产投资、规上工业总产值分别完成80亿元、60亿元、210亿元",  # 分别 pairs money words
     [("investment_annual", 6e9), ("output_value", 2.1e10)]),
    ("园区总投资、年度计划投资分别为50亿元、12亿元", [("investment_total", 5e9), ("investment_annual", 1.2e9)]),
    ("撬动全社会对园区科技企业投资额达30亿元", []),  # investment levered, not made
    ("促成12家企业达成专利许可", []),  # firms helped
    ("全区人口60万。", []),
    ("总投资一百二十亿美元的石化项目", [("investment_total", 1.2e10)]),  # 一百二十 is no "a"
    ("全区一千二百余名党员参加志愿服务", [("party_member_count", 1200)]),
    ("有效发明专利拥有量1.2万件", [("patent_count", 12000)]),
    ("人均拥有专利3件", []),
    ("给予最高一千万元资助,今年已安排人才专项资金二亿元", [("funding", 2e8)]),  # a cap on each grant
    ("设立奖补资金五千万元,单个企业奖补不超过二百万元", [("funding", 5e7)]),
    ("网格员郭巍一人包联5家企业", []),  # one person's share, no count of the park's
    ("划分网格21个,每个网格配备网格员2名,共计网格员42名", [("grid_count", 21), ("grid_worker_count", 42)]),
    ("对新认定的高新技术企业每家奖励20万元", []),  # each firm's reward
    ("预计每年为园区企业节省成本1.2亿元", [("economic_benefit", 1.2e8)]),
    ("园区入驻企业将超过500家", [("enterprise_count", 500)]),
    ("每名党员联系3户企业", []),
    ("每万名从业人员拥有有效发明专利186件", []),  # a density
    ("预计年产8万个车厢的车厢厂生产项目正在建设", []),  # a capacity
    ("园区9个基层党支部在招商引资、项目落地中发挥作用", [("party_org_count", 9)]),  # 在 ends the noun phrase
    ("今年实施重点项目8个;其中新建5个,续建3个", [("project_count", 8), ("project_count", 5), ("project_count", 3)]),
    ("共引进十四个装配式建筑产业项目,分别为钢结构类3个、PC结构类3个",  # kinds after 分别为, a numeral total
     [("project_count", 14), ("project_count", 3), ("project_count", 3)]),
    ("外资企业达550家,其中地区总部18家,研发中心92家", [("enterprise_count", 550), ("enterprise_count", 18)]),
    ("落地项目219个,其中工业项目132个;另有研发机构2家、实验室3个", [("project_count", 219), ("project_count", 132)]),
    ("投资1000万美元的项目127家", [("project_count", 127)]),  # a size class, no investment
    ("“十二五”期间,园区共实施重点项目107个,累计完成投资403亿元", [("project_count", 107)]),  # five years' sum
    ("全年新签约项目38个:基础设施类7个,社会民生类3个",  # kinds of the total before
     [("project_count", 38), ("project_count", 7), ("project_count", 3)]),
    ("●某科技城:组建8个产业链大党委,吸纳成员单位243家", [("party_org_count", 8)]),  # a headline's colon is none
    ("共有50个重点项目开工。按项目类型划分,科技创新类7个、产业发展类29个",
     [("project_count", 50), ("project_count", 7), ("project_count", 29)]),
    ("科技型中小企业入库49家", [("enterprise_count", 49)]),
    ("园区非公企业党支部发展到12家", [("party_org_count", 12)]),
    ("园区新增规上企业分别为15家、12家", [("enterprise_count", 15), ("enterprise_count", 12)]),  # 为 as a copula
    ("园区规划面积30平方公里,累计完成基础设施投资2.8亿元", []),  # progress since the start, no period of its own
    ("今年以来,园区累计完成投资15.9亿元", [("investment_annual", 1.59e9)]),
    ("高标准打造了某管业等3家非公企业党建阵地", []),  # sites, not enterprises
    ("新增小巨人企业11家,总数由2家增至13家", [("enterprise_count", 11), ("enterprise_count", 13)]),
    ("入驻企业61户,实现产值18亿元,税金1亿元", [("enterprise_count", 61), ("output_value", 1.8e9), ("tax_profit", 1e8)]),
    ("实现地区生产总值210亿元,工业生产总值170亿元", [("output_value", 1.7e10)]),  # GDP is none, industrial output is
    ("全年预估数:固投:15.5亿元,同比增长18%", [("investment_annual", 1.55e9)]),  # a label and its value
    # a statistics' calibre (2000万元口径, 500万元以上口径) is no amount; the figure after it keeps its trigger
    ("完成工业总产值(2000万元口径)65.82亿元", [("output_value", 6.582e9)]),
    ("完成500万元以上口径固定资产投资11.27亿元", [("investment_annual", 1.127e9)]),
    ("紧盯40个全市重点工程,全程服务", [("project_count", 40)]),
    ("总投资279亿元,其中总投资1亿美元及10亿元以上项目7个", [("investment_total", 2.79e10), ("project_count", 7)]),
    ("实际到位省外境内资金32亿元", []),  # funds arrived, no metric
    ("全区共安排重点项目62个", [("project_count", 62)]),
    ("春节不打烊,安排23名同志、6名专家驻厂", []),  # staff sent into firms, not talents
    ("新开工5个在建项目", [("project_count", 5)]),
    ("新增专精特新企业4家,正在申报省级专精特新企业9家", [("enterprise_count", 4)]),  # applicants, not yet counted
    ("力争两个月内对523家新建企业、到届工会建会", []),  # enterprises, the recipients of 对, not unions
    ("千兆光网覆盖率达到100%", []),  # coverage of a network, not of party organisation
    ("两新组织覆盖率达到100%", [("party_coverage_rate", 100)]),
    ("实现税收收入12.6亿元", [("tax_profit", 1260000000)]),
    ("建立工会组织45个,工会会员1.2万名", [("union_count", 45), ("union_member_count", 12000)]),
    ("全市高新技术企业达到420家,其中渭南高新区占180家", [("enterprise_count", 420), ("enterprise_count", 180)]),
    ("全年服务企业2000余家次,培训党员3000人次", []),
    ("在辖区28个小区成立物业党支部22个", [("party_org_count", 22)]),
    ("发动在职党员1100余名进小区报到", [("party_member_count", 1100)]),
    ("一季度新签约项目23个,力争全年规模工业总产值突破一千亿元", [("project_count", 23), ("output_value", 1e11)]),
    ("高新技术企业总数突破5000家", [("enterprise_count", 5000)]),
    ("今年计划实施重点项目110个,截至目前已开工建设68个", [("project_count", 110), ("project_count", 68)]),
    ("预计今年专利授权量在1500件左右", [("patent_count", 1500)]),  # 在 between a noun and its number
    ("企业研发投入3.2亿元", []),
    ("实现营业收入120亿元", []),
    ("零售价: 568元", []),
    # thresholds, averages, back-references, progress: no figures
    # 签订 a batch of projects; a 其中 sentence's 总金额分别为 takes the total's metric
    ("共签订合同项目26个,总金额52.4亿元。其中,工业项目、物流项目分别为14个和7个,总金额分别为37.5亿元和11亿元。",
     [("project_count", 26), ("investment_total", 5.24e9), ("project_count", 14), ("project_count", 7),
      ("investment_total", 3.75e9), ("investment_total", 1.1e9)]),
    # a ranking inside the counted noun is no number (世界500强企业)
    ("引进了矢崎、英博等4家世界500强企业", [("enterprise_count", 4)]),
    # a list item without its noun takes the head noun across its threshold
    ("其中投资100亿元以上的项目2个、50亿元以上3个", [("project_count", 2), ("project_count", 3)]),
    ("新签约亿元以上项目28个,10亿元及以上5个", [("project_count", 28), ("project_count", 5)]),
    ("投资超20亿元的重大产业项目10个,年度计划投资168亿元", [("project_count", 10), ("investment_annual", 1.68e10)]),
    ("其中50亿元项目1个、10亿元项目3个", [("project_count", 1), ("project_count", 3)]),
    ("5个项目同时开工,总投资23.51亿元,平均每个项目投资约4.7亿元",
     [("project_count", 5), ("investment_total", 2.351e9)]),
    ("这5个项目都属于园区产业项目", []),
    ("37个项目里,有10个纳入全市集中开竣工", [("project_count", 10)]),
    ("这批项目全部是转型项目,其中投资30亿元以上的有2个", [("project_count", 2)]),  # a part of a noun earlier
    ("现有高新技术企业112家,其中今年新认定28家", [("enterprise_count", 112), ("enterprise_count", 28)]),
    ("两个园区分别有7个、5个项目入选", [("project_count", 7), ("project_count", 5)]),  # the list's noun
    ("今年新增专精特新企业120家。其中,某高新区新增41家。", [("enterprise_count", 120), ("enterprise_count", 41)]),
    ("项目已完成投资1.2亿元", []),
    ("2月完成投资11.7亿元", []),
    ("自建园以来,园区已完成基础设施投资25亿元", []),  # infrastructure built so far, no year's investment
    ("某公司易地技改项目初设总投资7.83亿元,2021年完成投资1.35亿元", [("investment_total", 7.83e8)]),  # its progress
    ("58个重点项目总投资500亿元,今年完成投资120亿元", [("project_count", 58), ("investment_total", 5e10),
                                                 ("investment_annual", 1.2e10)]),  # a batch's year
    ("某PPP项目上半年完成投资8.3亿元,累计完成投资16.16亿元", []),  # one project's progress
    ("58个重点项目完成投资403.41亿元", [("project_count", 58), ("investment_annual", 4.0341e10)]),  # a batch's year
    ("新开工亿元项目11个、新竣工10个,累计完成投资15.9亿元", [("project_count", 11), ("project_count", 10),
                                                            ("investment_annual", 1.59e9)]),
    ("一季度完成投资29.1亿元", [("investment_annual", 2.91e9)]),
    ("五年来,园区固定资产投资累计完成363.86亿元", []),
    ("全年招商引资内资到位172亿元", []),
    ("内联引资累计178亿元,增长20%", []),  # capital drawn in, like 招商引资
    ("前八个月签约项目二十九个", [("project_count", 29)]),  # 八个月 is a duration
    ("近三个月新增企业12家,5个工作日内办结", [("enterprise_count", 12)]),
    ("到位资金34亿元", []),
    ("每年给予某企业2000万元研发经费扶持,到位市外资金21.36亿元", [("funding", 2e7)]),  # 给予 grants
    ("安排产业发展资金两个亿,其中首批三千万元已拨付到位", [("funding", 2e8), ("funding", 3e7)]),  # 拨付 pays out
    ("机关党支部由8个调整为14个", [("party_org_count", 14)]),
    ("一个6000万美元的韩资项目", [("investment_total", 6e7)]),
    ("百亿美元项目落子东海岛", [("investment_total", 1e10)]),
    ("初期规模1000万元的科技金融资金池", [("funding", 1e7)]),
    ("总投资分别为80亿元、6.32亿元和1.07亿元", [("investment_total", 8e9), ("investment_total", 6.32e8),
                                                 ("investment_total", 1.07e8)]),
    ("高新区签约19个、合同额193亿元", [("project_count", 19), ("investment_total", 1.93e10)]),
    # whose enterprises: visited, helped, attending, members of an alliance, recipients
    ("走访企业305家", []),
    ("红色驿站还把读书沙龙办进了十六家企业", []),  # an activity taken into firms: no count of the park's
    ("协助21家企业成功创建国家高新技术企业", []),
    ("西德乐机械等10多家企业到场", []),
    ("车联网联盟企业达到130家", []),
    ("向34家科技型中小企业发放科技创新券580万元", [("funding", 5.8e6)]),
    ("本次共有63家企业获奖,奖金总额1200余万元", [("enterprise_count", 63), ("funding", 1.2e7)]),
    ("两类企业分别获奖427万元、217万元", [("funding", 4.27e6), ("funding", 2.17e6)]),
    ("某陶瓷公司共获奖金101万元", [("funding", 1.01e6)]),
    ("今年园区预计实现税利42亿元", [("tax_profit", 4.2e9)]),
    ("园区开工项目163宗,投产项目134宗", [("project_count", 163), ("project_count", 134)]),  # 广东's 宗
    ("预计引进优质企业不低于45家", [("enterprise_count", 45)]),  # 不低于, 预计 between the noun and its number
    ("引进优强企业预计10个", [("enterprise_count", 10)]),
    ("共吸引市外投资超过30亿元,引入资金7.56亿元", []),  # funds attracted
    ("园区企业吸引外商投资总额超过40亿美元", []),
    ("投资500万元以上的龙头骨干企业二十四家,其中投资千万元以上的二十一家",
     [("enterprise_count", 24), ("enterprise_count", 21)]),  # a sized part of the set before, not a sum
    ("当场签约了总投资超200亿元的21个重点产业项目", [("investment_total", 2e10), ("project_count", 21)]),
    ("园区签约项目41个,签约资金22.51亿元", [("project_count", 41), ("investment_total", 2.251e9)]),
    ("三家经开区现有企业共249户", [("enterprise_count", 249)]),  # the parks counted are no enterprises
    ("目前,开发区两个工业区有入区企业97家", [("enterprise_count", 97)]),
    ("协议总投资235.18亿元,其中亿元以上、5亿元以上、10亿元以上的项目分别有64个、16个、6个",
     [("investment_total", 2.3518e10), ("project_count", 64), ("project_count", 16), ("project_count", 6)]),
    ("项目一期新投入设备约30亿元", []),  # a project's equipment
    ("截至目前,园区入驻企业60户;累计实现工业固定资产投资15亿元", [("enterprise_count", 60)]),  # progress so far
    ("全口径财税收入1.6亿元,同比增长33.3%", []),  # fiscal revenue, no tax figure
    ("先后邀请中铁、京东等33个项目的负责人前来考察,全年共签约项目合作协议10个", [("project_count", 10)]),
    ("集团拥有500多家子公司", []),
    ("62名党员干部参与全区63个重点企业帮扶", []),
    ("一人包联5家企业", []),
    ("比上年增加51家", []),
    # head nouns and kinds
    ("1个非公企业联合党支部", [("party_org_count", 1)]),
    ("5家头部企业党组织书记共同兼任委员", []),
    ("等9个新设立的党支部", [("party_org_count", 9)]),
    ("33个村(社区)党组织", [("party_org_count", 33)]),
    ("入园项目(企业)达到423个,其中建成投产的有二百八十四个", [("project_count", 423), ("project_count", 284)]),
    ("企业(项目)共计58家", [("enterprise_count", 58)]),
    ("25个涉及集成电路、新材料、医疗大健康等领域的代表项目签约落户", [("project_count", 25)]),
    ("12家涵盖装备制造、生物医药等行业的企业入驻", [("enterprise_count", 12)]),
    ("“一站式公共服务窗口”2—3个,设在党群服务中心", [("service_count", 3)]),
    ("技术改造奖励38家企业2785万元;首次进规奖励14家380万元", [("enterprise_count", 38), ("funding", 2.785e7),
                                                           ("enterprise_count", 14), ("funding", 3.8e6)]),
    ("入库培育的瞪羚企业18家,收集问题165个", [("enterprise_count", 18)]),
    # projects and enterprises
    ("成都高新区81个项目总投资额2201.2亿元", [("project_count", 81), ("investment_total", 220120000000)]),
    ("重大产业项目57个,年度计划投资额166亿元", [("project_count", 57), ("investment_annual", 16600000000)]),
    ("双招双引项目集中签约21个", [("project_count", 21)]),
    ("“五小”发明征集项目29个", [("project_count", 29)]),
    ("永川高新区目前有企业1200多家,产业工人近8万人", [("enterprise_count", 1200)]),
    ("拥有国家高新技术企业216家", [("enterprise_count", 216)]),
    ("投资过亿元的内资项目28家,过千万美元的外资项目15家", [("project_count", 28), ("project_count", 15)]),  # 项目 in 家
    ("已签约12家项目单位", []),  # the units are counted, not projects
    ("为某资本等6家支持项目落地机构颁发证书", []),  # institutions are counted
    ("纳税过百万的企业由上年同期的39家增加到45家", [("enterprise_count", 45)]),  # 同期 is no 同 of recipients
    ("投资21亿元的甲新材料工业园、18亿的乙中重卡等11个过亿项目",
     [("investment_total", 2.1e9), ("investment_total", 1.8e9), ("project_count", 11)]),  # a bare 亿 in a money list
    ("两税收入5.43亿元,增长46.3%", [("tax_profit", 5.43e8)]),  # 税收入 is tax, not 收入
    ("某集团斥资62亿元建立某镁业公司", [("investment_total", 6.2e9)]),  # 斥资 invests
    ("深化改革,组建20亿元母基金", []),  # an investment fund's size, no funding paid
    ("这是某地区表彰的10个先进基层党组织之一", []),  # one of a class, nothing of the park counted
    ("设立了123亿元政府引导基金", [("funding", 1.23e10)]),
    ("新增2家国家级专精特新小巨人", [("enterprise_count", 2)]),
    ("目前园区入驻企业三十多家", [("enterprise_count", 30)]),
    ("新增高新技术企业1100余家,总数达到3500家", [("enterprise_count", 1100), ("enterprise_count", 3500)]),
    ("其中党委21个、党总支37个、党支部1187个", [("party_org_count", 21), ("party_org_count", 37),
                                              ("party_org_count", 1187)]),
    ("拟对73家科技企业孵化器、139家众创空间进行备案", []),
    ("有10多家出资方主动与属地党委对接工作", []),
    # party building
    ("组建8个产业链党组织", [("party_org_count", 8)]),
    ("党组织数从18个增加75个", [("party_org_count", 75)]),
    ("党员从86名增加至723名", [("party_member_count", 723)]),
    ("组织覆盖率从16%提升到91%", [("party_coverage_rate", 91)]),
    ("工会数从5个增加至36个", [("union_count", 36)]),
    ("会员数从327名增加至8914名", [("union_member_count", 8914)]),
    ("建立综合网格1010个、专属网格209个", [("grid_count", 1010), ("grid_count", 209)]),
    ("配置315名专职网格员", [("grid_worker_count", 315)]),
    ("吸收300余名党员骨干、热心群众担任兼职网格员", [("grid_worker_count", 300)]),
    ("党群服务中心13个窗口41个服务事项均可线上办理", [("service_count", 13), ("service_count", 41)]),
    ("服务站除提供281项社区基本服务外,还延伸98项服务事项", []),  # service_count is a 党群服务中心's
    ("完善41个窗口业务流程标准", []),
    ("2000余名在职党员通过线上认领", [("party_member_count", 2000)]),
    ("邀请两位老党员参加座谈会", []),
    ("一个党支部就是一个阵地", []),
    ("一名党员就是一面旗帜", []),
    ("龙头企业成立党委一个、党总支两个", [("party_org_count", 1), ("party_org_count", 2)]),
    ("还有一家生物医药独角兽企业", [("enterprise_count", 1)]),
    # innovation and talent
    ("发明专利授权740件,拥有有效发明专利3193件", [("patent_count", 740), ("patent_count", 3193)]),
    ("开展了专利导航12项", []),
    ("班子成员主动服务重大项目35个、重点企业58家", []),  # projects and firms served, not the park's
    ("包联企业120家", []),
    ("其中甲科技、乙智慧2家公司已成立党支部", [("party_org_count", 2)]),  # companies that set up branches
    ("目前共有注册企业157家、入驻企业54家", [("enterprise_count", 157), ("enterprise_count", 54)]),  # 入驻 no 驻企
    ("园区建立之初,很多公司党员不足3名", []),  # each of many companies, no total
    ("摆进红色书籍供党员职工借阅,目前参与学习的已超200人", []),  # those taking part, not members
    ("每个投资领域至少要引进1户世界500强企业,以及2户行业龙头企业", []),  # a quota for each, no count
    ("每万人发明专利拥有量达到115件", []),
    ("107名获奖选手获得中高级技能证书", [("talent_count", 107)]),
    ("来自各中小学校的378支队伍、639名选手", []),
    ("聘任了23位院士工作站专家作为医药健康产业顾问", [("talent_count", 23)]),
    ("引进高层次人才560名", [("talent_count", 560)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES,
                         ids=[c[0] if isinstance(c, tuple) else c.id for c in CASES])
def test_extract(sentence: str, expected: list[tuple[str, float]]) -> None:
    got = [(f.metric, f.amount.value) for f in extract(normalise(sentence))]
    assert got == [(m, pytest.approx(v)) for m, v in expected]


SCOPE_CASES = [
    ("该项目计划投资1.7亿元", "project"),
    ("聊城高新科技城项目是科技园区,目前园区入驻企业三十多家", "project"),
    ("共落地重点项目16个,项目计划总投资额超22亿元", "park"),
    ("推动某某科技有限公司等6家企业签订协议", "park"),
    ("某某科技有限公司计划投资5亿元", "project"),
]


@pytest.mark.parametrize(("sentence", "scope"), SCOPE_CASES, ids=[c[0] for c in SCOPE_CASES])
def test_scope(sentence: str, scope: str) -> None:
    assert {f.scope for f in extract(normalise(sentence))} == {scope}


SUBJECT_CASES = [
    ("党群服务中心开设13个“一站式”服务窗口", "“一站式”服务窗口"),
    ("建立综合网格1010个", "综合网格"),
    ("拥有有效发明专利3193件", "有效发明专利"),
    ("加快建设批次项目57个", "加快建设批次项目"),
]


@pytest.mark.parametrize(("sentence", "subject"), SUBJECT_CASES, ids=[c[0] for c in SUBJECT_CASES])
def test_subject_as_written(sentence: str, subject: str) -> None:
    assert extract(normalise(sentence))[0].subject == subject


STATUS_CASES = [
    ("力争全年规模工业总产值突破一千亿元", "target"),
    ("投产后预计年产值可达9亿元", "target"),
    ("有望年内签约8个产业项目", "target"),
    ("今年计划实施重大项目71个", "target"),
    ("全年预估数:实现技工贸总收入141.7亿元,固投15.5亿元", "target"),  # an estimate
    ("全年新签约亿元以上项目32个", "actual"),
    ("计划总投资224.9亿元", "actual"),  # a batch's planned total is a fact about the batch
]


@pytest.mark.parametrize(("sentence", "status"), STATUS_CASES, ids=[c[0] for c in STATUS_CASES])
def test_targets_are_figures_with_their_status(sentence: str, status: str) -> None:
    assert {f.status for f in extract(normalise(sentence))} == {status}


TABLE = """类别              项目数(个)  总投资(亿元)  年度计划投资(亿元)  完成率
500万元以上重点项目    29        116.2         22                  27.7%
市级百日攻坚项目       13        101           16.8                35.7%
合计  42  217.2  38.8  30%"""


def test_text_tables_give_each_cell_its_column() -> None:
    got = [(f.metric, f.amount.value, f.subject) for f in extract(normalise(TABLE))]
    assert got[:3] == [("project_count", 29, "500万元以上重点项目 项目数"),
                       ("investment_total", pytest.approx(1.162e10), "500万元以上重点项目 总投资"),
                       ("investment_annual", pytest.approx(2.2e9), "500万元以上重点项目 年度计划投资")]
    assert len(got) == 9 and all(f[0] != "party_coverage_rate" for f in got)


PIPE_TABLE = """园区 | 集中开工项目 | 总投资
某高新区 | 14个 | 210.12亿元
某经开区 | 10个 | 20.14亿元"""


def test_a_table_of_cells_with_their_own_units_gives_each_cell_its_column() -> None:
    got = [(f.metric, f.amount.value) for f in extract(normalise(PIPE_TABLE))]
    assert got == [("project_count", 14), ("investment_total", pytest.approx(2.1012e10)),
                   ("project_count", 10), ("investment_total", pytest.approx(2.014e9))]


COUNT_HEADER_TABLES = [
    ("项目类别 | 个数 | 总投资\n已签约项目 | 十六个 | 一百二十五点三亿元",
     [("project_count", 16), ("investment_total", pytest.approx(1.253e10))]),
    ("类别  数量(家)\n高新技术企业  86\n科技型中小企业  120",
     [("enterprise_count", 86), ("enterprise_count", 120)]),
    ("类别 | 个数\n党支部 | 17个", [("party_org_count", 17)]),
    ("类别 | 数量 | 总投资\n集中签约 | 16个 | 约88.42亿元",  # a verb that counts projects labels the row
     [("project_count", 16), ("investment_total", pytest.approx(8.842e9))]),
    ("项目     | 数量\n企业党支部 | 31个\n党员     | 512人",  # padding before the bar is one gap
     [("party_org_count", 31), ("party_member_count", 512)]),
    # 数值: the label names the metric, a money trigger over money, a noun over a count
    ("| 指标 | 数值 |\n|---|---|\n| 规上工业总产值 | 216亿元 |\n| 工业投资 | 5.4亿元 |\n| 高新技术企业 | 41户 |",
     [("output_value", pytest.approx(2.16e10)), ("investment_annual", pytest.approx(5.4e8)),
      ("enterprise_count", 41)]),
    ("指标 | 数值 | 比增\n规上工业总产值 | 98.11亿元 | 29.97%\n工业增加值 | 13.31亿元 | 35.82%",  # 增加值: no metric
     [("output_value", pytest.approx(9.811e9))]),
]


@pytest.mark.parametrize(("table", "want"), COUNT_HEADER_TABLES, ids=[t for t, _ in COUNT_HEADER_TABLES])
def test_a_count_column_takes_what_it_counts_from_the_row_label(table: str, want: list) -> None:
    assert [(f.metric, f.amount.value) for f in extract(normalise(table))] == want
