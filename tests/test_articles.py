"""articles: page lines → kinds → articles with stable ids."""

import pytest

from etl.articles import classify, split_articles
from etl.normalise import normalise

LINE_CASES = [
    ("## 珠海高新区:5月签约落地重点项目16个", "heading1"),
    ("### 多措并举 促大学生就业", "heading3"),
    ("本报讯 近日,珠海高新区举行5月重点项目入驻签约仪式。", "dateline"),
    ("新华社合肥电(记者 徐海涛)密度仅为钢的六分之一。", "dateline"),
    ("□ 本报记者 李梦 孙亚飞", "byline"),
    ("□孙亚飞 仝茹茹 报道", "byline"),
    ("文/吴娇 廖一镁 何君林", "credit"),
    ("梁磊/摄", "credit"),
    ("杨思琪 摄", "credit"),
    ("图片来源:珠海高新区", "credit"),
    ("图为“企业管家”深入企业调研。", "caption"),
    ("门户网站 <http://www.example.gov.cn/>", "ad"),
    ("零售价: 568元 400-965-9511", "ad"),
    ("尹婷婷 聂玉金", "name"),
    ("黄建兵", "name"),
    ("成都高新区81个项目总投资额2201.2亿元", "heading"),
    ("数智平台让服务更精准", "heading"),
    ("近年来,常州高新区聚焦基层治理力量薄弱等问题,深入实施“三航行动”。", "body"),
]


@pytest.mark.parametrize(("line", "kind"), LINE_CASES, ids=[c[0] for c in LINE_CASES])
def test_classify(line: str, kind: str) -> None:
    assert classify(line) == kind


PAGE = """党建在高新

常州高新区党建引领“美新村社”建设

黄建兵

近年来,常州高新区深入实施“三航行动”。

一网格一支部一阵地

常州高新区建立综合网格1010个。

潍坊高新区:

项目建设快马加鞭“踏春”提速

本报讯 潍坊高新区紧紧抓住施工好时节。

尹婷婷 聂玉金

成都高新区81个项目总投资额2201.2亿元

本报讯 近日,成都高新区举行奠基仪式。高欣



## 我国学者研制出一种“超级材料”

新华社合肥电(记者 徐海涛)密度仅为钢的六分之一。

### 浙江大学教授团队 发明护目镜

新华社杭州电(记者 朱涵)浙江大学研制出护目镜。
"""


def test_split_articles_titles_and_bylines() -> None:
    text = normalise(PAGE)
    arts = split_articles(text, "p.txt")
    assert [a.title for a in arts] == [
        "党建在高新 常州高新区党建引领“美新村社”建设",
        "潍坊高新区: 项目建设快马加鞭“踏春”提速",
        "成都高新区81个项目总投资额2201.2亿元",
        "我国学者研制出一种“超级材料”",
        "浙江大学教授团队 发明护目镜",
    ]
    assert arts[0].byline == "黄建兵"
    assert "一网格一支部一阵地" in text[arts[0].start:arts[0].end]  # a sub-heading stays inside


def test_article_ids_are_stable() -> None:
    text = normalise(PAGE)
    first, second = split_articles(text, "p.txt"), split_articles(text, "p.txt")
    assert [a.article_id for a in first] == [a.article_id for a in second]
    assert split_articles(text, "p.txt")[0].article_id.startswith("p.txt#00-")
