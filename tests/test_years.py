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
]


@pytest.mark.parametrize(("text", "year"), PAGE_CASES, ids=[c[0][:30] for c in PAGE_CASES])
def test_page_year(text: str, year: int | None) -> None:
    assert page_year(text) == year


FIGURE_CASES = [
    ("2022年,淄博高新区发明专利授权740件", "740件", 2023, (2022, "explicit")),
    ("去年,宝鸡高新区规上工业总产值突破1000亿元", "1000亿元", 2025, (2024, "page")),
    ("目前园区入驻企业三十多家", "三十多家", 2019, (2019, "page")),
    ("党组织已由2020年的412个增加到685个", "412个", 2025, (2025, "page")),
    ("高新技术企业比2020年增加51家,达到320家", "320家", 2025, (2025, "page")),
    ("今年1-6月,规模以上工业总产值达672.51亿元", "672.51", 2023, (2023, "page")),
    ("较去年同期增加,新签约项目达到36个", "36个", 2023, (2023, "page")),
    ("党组织由去年底的40个增加到52个", "40个", 2023, (2023, "page")),
    ("党员从86名增加至723名", "86名", None, (None, "page")),
]


@pytest.mark.parametrize(("sentence", "figure", "base", "expected"), FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES])
def test_figure_year(sentence: str, figure: str, base: int | None, expected: tuple) -> None:
    assert figure_year(sentence, sentence.index(figure), base, "page") == expected


def test_article_year_from_dateline() -> None:
    assert article_year("新华社北京2022年3月5日电 记者从科技部获悉", 2023) == (2022, "article")
    assert article_year("本报讯 纳入2024年成都市重点项目计划", 2024) == (2024, "article")
    assert article_year("本报讯 今年以来", 2024) == (2024, "page")
    assert article_year("本报讯 今年以来", None) == (None, "none")
