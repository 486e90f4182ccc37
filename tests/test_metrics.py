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
    ("签约项目总投资50亿,涉及新能源", [("investment_total", 5e9)]),
    ("全区人口60万。", []),
    ("有效发明专利拥有量1.2万件", [("patent_count", 12000)]),
    ("人均拥有专利3件", []),
    ("实现税收收入12.6亿元", [("tax_profit", 1260000000)]),
    ("建立工会组织45个,工会会员1.2万名", [("union_count", 45), ("union_member_count", 12000)]),
    ("全市高新技术企业达到420家,其中渭南高新区占180家", [("enterprise_count", 420), ("enterprise_count", 180)]),
    ("全年服务企业2000余家次,培训党员3000人次", []),
    ("在辖区28个小区成立物业党支部22个", [("party_org_count", 22)]),
    ("发动在职党员1100余名进小区报到", [("party_member_count", 1100)]),
    ("一季度新签约项目23个,力争全年规模工业总产值突破一千亿元", [("project_count", 23), ("output_value", 1e11)]),
    ("高新技术企业总数突破5000家", [("enterprise_count", 5000)]),
    ("企业研发投入3.2亿元", []),
    ("实现营业收入120亿元", []),
    ("零售价: 568元", []),
    # projects and enterprises
    ("成都高新区81个项目总投资额2201.2亿元", [("project_count", 81), ("investment_total", 220120000000)]),
    ("重大产业项目57个,年度计划投资额166亿元", [("project_count", 57), ("investment_annual", 16600000000)]),
    ("双招双引项目集中签约21个", [("project_count", 21)]),
    ("“五小”发明征集项目29个", [("project_count", 29)]),
    ("永川高新区目前有企业1200多家,产业工人近8万人", [("enterprise_count", 1200)]),
    ("拥有国家高新技术企业216家", [("enterprise_count", 216)]),
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
    ("每万人发明专利拥有量达到115件", []),
    ("107名获奖选手获得中高级技能证书", [("talent_count", 107)]),
    ("来自各中小学校的378支队伍、639名选手", []),
    ("聘任了23位院士工作站专家作为医药健康产业顾问", [("talent_count", 23)]),
    ("引进高层次人才560名", [("talent_count", 560)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0] for c in CASES])
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
