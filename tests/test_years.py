"""years: page year from the page's own dates; figure year from its sentence; no clock."""

import pytest

from etl.years import article_year, figure_year, page_year

PAGE_CASES = [
    ("成都高新区共有81个项目纳入2024年成都市重点项目计划。于2023年获评草原英才。", 2024),
    ("5月30日,咸阳高新区举行2023年二季度双招双引项目集中签约活动。于2022年印发实施。", 2023),
    ("2022年,淄博高新区发明专利授权740件。今年以来,园区出台办法。", 2023),
    ("2018年12月26日,东昌府区行政审批局挂牌运行。1月3日,在东昌府区政务大厅。2018年以来,推进改革。", 2019),
    ("宝鸡日报 2025年4月18日\n\n去年,宝鸡高新区规上工业总产值突破1000亿元。", 2025),
    ("日期: 2021-06-01\n正文没有年份。", 2021),
    ("中国高新技术产业导报\n2020年6月8日 星期一\n第5版\n\n2019年,园区新增企业50家。", 2020),
    ("目前,鱼复党群服务中心已设13个窗口。三年来,党组织数从18个增加75个。", None),
    ("二〇二三年十月,园区召开大会。", 2023),
    ("今年以来,园区扛起主战场的责任。2024年,稀土高新区计划实施重大项目71个。", 2024),  # a plan: the current year
    ("回看2021年,园区签下12个项目。", 2022),
    ("2020年第二季度重大项目集中动工。去年12月24日,张江科学城举行仪式。", 2020),
    ("到2025年,园区产值将突破千亿元。2023年,园区新增企业50家。", 2024),  # 到2025年 is a plan's year
    ("3月初,园区召开2021年党建工作会,提出2035年远景目标。", 2021),  # a horizon (2035年远景目标) is no year of the news
    ("园区党建 · 第4版 · 12月29日 星期五\n\n2023年,园区完成工业产值300亿元。", 2023),  # a December page
    # a masthead without its year: the year its date falls on its weekday, nearest the years the page reports
    ("园区观察 · 7月22日 星期一\n\n● 园区今年1至5月实现营收10亿元。某公司2023年产值达到1600万元。", 2024),
    ("园区观察 · 3月6日 周三\n\n2023年,园区完成工业产值300亿元。", 2024),
    ("开发区周刊 · 第8版\n\n开发区2011年11月21日经市人民政府批复同意设立。今年新增企业19家。", None),  # a founding
]


@pytest.mark.parametrize(("text", "year"), PAGE_CASES, ids=[c[0][:30] for c in PAGE_CASES])
def test_page_year(text: str, year: int | None) -> None:
    assert page_year(text) == year



# (sentence, figure, page year, article year, expected)
FIGURE_CASES = [
    ("2022年,淄博高新区发明专利授权740件", "740件", 2023, 2023, (2022, "explicit")),
    ("去年,宝鸡高新区规上工业总产值突破1000亿元", "1000亿元", 2025, 2025, (2024, "page")),
    ("目前园区入驻企业三十多家", "三十多家", 2019, 2019, (2019, "article")),
    ("园区工会2014年11月成立,现有基层工会组织323家", "323家", 2023, 2023, (2023, "article")),  # 现有: now
    ("1999年2月,某软件园获批成为国家火炬计划软件产业基地,经过24年发展,园区汇聚1410家企业", "1410家", 2023, 2023,
     (2023, "article")),  # 经过24年发展: time moves on
    ("“十四五”以来,园区落地优质项目三百余个", "三百余个", 2022, 2022, (2022, "page")),  # a plan still running: so far
    ("“十三五”期间,园区累计引进项目120个", "120个", 2021, 2021, (2020, "explicit")),  # a plan ended: its last year
    ("过去一年,园区新增规上工业企业23家", "23家", 2025, 2025, (2024, "page")),
    ("党组织已由2020年的412个增加到685个", "412个", 2025, 2025, (2025, "article")),
    ("高新技术企业比2020年增加51家,达到320家", "320家", 2025, 2025, (2025, "article")),
    ("今年1-6月,规模以上工业总产值达672.51亿元", "672.51", 2023, 2022, (2023, "page")),
    ("较去年同期增加,新签约项目达到36个", "36个", 2023, 2023, (2023, "article")),
    ("党组织由去年底的40个增加到52个", "40个", 2023, 2023, (2023, "article")),
    ("党员从86名增加至723名", "86名", None, None, (None, "article")),
    ("实现产值1200余万元", "1200余万元", 2022, 2021, (2021, "article")),  # the year the article reports on
    ("“十三五”期间,高新区累计培育规模以上工业企业94家", "94家", 2021, 2021, (2020, "explicit")),
    ("其中5家企业入选2024年度湖北省高新技术企业百强", "5家", 2025, 2025, (2024, "explicit")),
    ("总投资5亿元,预计2023年3月建成投产", "5亿元", 2022, 2022, (2022, "article")),  # a later event's year
    ("2006年,开发区规划建设光电科技园;后来,投资300亿元的京东方项目落户", "300亿元", 2021, 2021, (2021, "article")),
    ("去年,园区实现规上工业总产值429亿元;在2021年福建省开发区考核评价中", "429亿元", 2023, 2023, (2022, "page")),
]


@pytest.mark.parametrize(("sentence", "figure", "page", "base", "expected"), FIGURE_CASES,
                         ids=[c[0] for c in FIGURE_CASES])
def test_figure_year(sentence: str, figure: str, page: int | None, base: int | None, expected: tuple) -> None:
    assert figure_year(sentence, sentence.index(figure), page, base, "article") == expected


# (headline, body, page year, expected)
ARTICLE_CASES = [
    ("", "新华社北京2022年3月5日电 记者从科技部获悉", 2023, (2022, "article")),
    ("", "本报讯 纳入2024年成都市重点项目计划", 2024, (2024, "article")),
    ("", "本报讯 今年以来,园区新签约项目12个", 2024, (2024, "page")),
    ("", "本报讯 今年以来", None, (None, "none")),
    ("", "回看2021年,山西某高新区最亮眼的一笔是信创产业。", 2022, (2021, "article")),
    ("", "本报讯 某高新区是1991年经国务院批准设立的首批国家级高新区。", 2019, (2019, "page")),  # a founding
    ("", "1995年,甲工业区与乙工业区合并成立某工业区。如今园区企业1615家。", 2020, (2020, "page")),  # founded …
    ("", "1999年2月,某软件园获得科技部批准成为国家火炬计划软件产业基地,", 2023, (2023, "page")),
    ("", "莱山开发区成立于2000年6月,2003年7月被确定为省级开发区。", 2012, (2012, "page")),
    ("", "(2007年10月10日 中国广播网)记者从园区获悉,今年上半年…", 2014, (2007, "article")),  # an archive's date
    ("某经开区晒出2017年“成绩单”", "本报讯 3月14日,记者从管委会获悉。", 2018, (2017, "article")),
    ("## 回眸2019|某高新区:签约项目22个", "这一年,园区签约项目22个。", 2020, (2019, "article")),
    ("", "去年12月8日,某高新区举行重大招商项目集中签约仪式。", 2018, (2017, "article")),
    ("某经开区去年新增高新技术企业24家", "走进园区,塔吊林立。", 2024, (2023, "article")),
    ("", "南昌国家高新技术产业开发区1992年11月获批国家级高新区。", 2018, (2018, "page")),  # a founding date
    ("", "本报综合 进入2023年,各地园区晒出上一年的成绩单。2022年,三个园区分别签下项目。", 2023, (2022, "article")),
    ("某经开区:百舸争流\n\n时间:2021-12-30", "这里,园区新签约项目13个。", 2024, (2021, "article")),  # a source line
    ("", "园区新签约项目13个。\n\n(来源:某网 2022-04-13)", 2024, (2022, "article")),  # … closing the story
    ("", "园区新签约项目13个。\n来源:某日报 2022年4月13日", 2024, (2022, "article")),
]


@pytest.mark.parametrize(("head", "body", "page", "expected"), ARTICLE_CASES,
                         ids=[(c[0] or c[1])[:30] for c in ARTICLE_CASES])
def test_article_year(head: str, body: str, page: int | None, expected: tuple) -> None:
    text = f"{head}\n\n{body}" if head else body
    body_start = len(head) + 2 if head else 0
    assert article_year(text, 0, body_start, len(text), page) == expected


# (page, the (year, year_source) of its figures): an article's own date anchors its 今年 and 去年
PIPELINE_CASES = [
    ("园区观察 · 2024年8月20日\n\n## 某经开区:风正扬帆\n\n时间:2021-12-30\n\n今年,金乡经济开发区新签约项目13个。",
     [(2021, "article")]),
    ("园区观察 · 2024年8月20日\n\n## 某经开区:风正扬帆\n\n今年,金乡经济开发区新签约项目13个。", [(2024, "page")]),
    ("园区观察 · 2024年8月20日\n\n## 某经开区:风正扬帆\n\n去年,金乡经济开发区新签约项目13个。"
     "\n\n(来源:某网 2022-04-13)",
     [(2021, "article")]),
]


@pytest.mark.parametrize(("page", "expected"), PIPELINE_CASES, ids=[c[0][17:60] for c in PIPELINE_CASES])
def test_an_articles_own_date_anchors_its_relative_years(page: str, expected: list) -> None:
    from etl.pipeline import process_text
    assert [(r.year, r.year_source) for r in process_text(page, "p.txt").rows] == expected
