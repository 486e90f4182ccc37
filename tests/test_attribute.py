"""attribute: which park a figure belongs to, in articles about parks, cities and counties."""

import pytest

from etl.pipeline import process_text

CASES = [
    # city article that names a park later: the city's own figures are no park's
    ("渭南市今年新签约招商项目356个,总投资1560亿元。其中,渭南高新区签约项目86个。",
     [("渭南高新区", 86)]),
    ("本报讯(记者 王强)渭南市今年新签约招商项目356个。渭南高新区新签约项目86个。", [("渭南高新区", 86)]),
    ("全市高新技术企业达到420家,其中渭南高新区占180家。", [("渭南高新区", 180)]),
    ("雁塔区深化党建引领基层治理,全区划分网格1260个,配备专职网格员1300名。", []),
    ("2021年,蒲城县新建党组织15个。", []),
    ("●长沙高新区 新建物业党支部22个。\n\n●岳阳市 新增规上工业企业120家。", [("长沙高新区", 22)]),
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
    # a science brief with no park at all
    ("新华社北京电 中国科学院今年新增专利500件。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES,
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CASES])
def test_park_of_each_figure(text: str, expected: list[tuple[str, float]]) -> None:
    rows = process_text(text, "t.txt").rows
    assert [(r.park, r.value) for r in rows] == [(p, pytest.approx(v)) for p, v in expected]
