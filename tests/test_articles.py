"""articles: page lines → kinds → articles with stable ids."""

import pytest

from etl.articles import classify, lines, split_articles
from etl.normalise import normalise

LINE_CASES = [
    ("## 珠海高新区:5月签约落地重点项目16个", "heading"),
    ("### 多措并举 促大学生就业", "heading"),
    ("### 抓严党建引领,锻造红色引擎构建“一核心两突出三融入”党建工作机制,建好3个区域党群服务中心,打造产业链党委。",
     "body"),  # a section's heading and its body on one line
    ("(本报综合)", "byline"),  # who compiled or signed the story above closes it
    ("洪江高新技术产业开发区(洪江区)管理委员会", "byline"),
    ("【湖北】● 某某经济开发区于2015年获批", "bullet"),  # a region tag before a brief's bullet
    ("(据某县融媒体中心)", "byline"),
    ("(张可 李明远)", "byline"),  # names in parentheses sign the story above
    ("(新北区)", "heading"),  # … one word in parentheses is a place or a kicker
    ("园区周刊 · 第12版", "masthead"),
    ("2024年1月16日 星期二 · 第6版", "masthead"),
    ("【园区快讯】", "masthead"),
    ("●芜湖高新区三季度30个项目集中签约开工", "bullet"),
    ("● 郑州市:首批266个重点项目集中开工", "bullet"),
    ("——福清某经济技术开发区党建见闻", "subtitle"),
    ("本报长春电 某经济技术开发区1月5日举行招商引资项目集中签约。", "dateline"),
    ("滁州讯 近年来,某经济开发区围绕“夯实基础”抓党建。", "dateline"),
    ("人民网南京10月26日电 2015年10月23日12点半,在某软件园任职的中共党员李飞", "dateline"),
    ("福州新闻网7月1日讯(福州日报记者 林晗)6月30日从市委组织部获悉", "dateline"),
    ("本报记者 谭映雪 1月15日电", "byline"),
    ("(记者 童丽华)", "byline"),
    ("时间:2021-12-30", "byline"),  # a story's source and date line stays with it
    ("(来源:中国发展网 2022-04-13)", "byline"),
    ("东营网 2021-07-15", "byline"),
    ("2023-02-03 来源:某某网", "byline"),
    ("2016/9/23 来源:某区", "byline"),
    ("(原载本报2011年7月)", "byline"),  # where the story ran first: no headline of its own
    ("（转载自某某网）", "byline"),
    ("2024-10-15 江苏", "byline"),  # a date and its source
    ("连云港某复合材料有限公司负责人 范文", "byline"),  # who said the quote above
    ("信息来源:某经济开发区 发布时间:2012-03-02", "byline"),
    ("(本版编辑 林晓航)", "editor"),
    ("【广告】延边大米 新米上市 订购热线:0433-2516688", "ad"),
    ("■广告■ 赣西产业园标准厂房招租 单层/多层可选", "ad"),
    ("> 图为某高新区数字经济智慧园一角。 陈 晖 摄", "caption"),
    ("王 磊", "name"),
    ("龙头带建 单独组建 区域联建", "heading"),
    ("重点招商项目  10", "table"),
    ("某高新区 | 14个 | 210.12亿元", "table"),
    ("---", "rule"),
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
    ("某经开区设置企业服务专属网格12个,服务热线0573-84567890。", "body"),  # a sentence that gives a number
    ("今年一季度,园区新增入驻企业23家。(记者 王某 电话:0393-8912345)", "body"),  # a byline's phone after a sentence
    ("尹婷婷 聂玉金", "name"),
    ("凤县", "heading"),  # a place or park alone on a line is a kicker, not a byline name
    ("兰州新区", "heading"),
    ("黄建兵", "name"),
    ("某高新区81个项目总投资额22.5亿元", "heading"),
    ("数智平台让服务更精准", "heading"),
    ("近年来,常州高新区聚焦基层治理力量薄弱等问题,深入实施“三航行动”。", "body"),
]


@pytest.mark.parametrize(("line", "kind"), LINE_CASES, ids=[c[0] for c in LINE_CASES])
def test_classify(line: str, kind: str) -> None:
    assert classify(normalise(line)) == kind


def test_a_table_row_alone_is_a_heading() -> None:
    page = "类别  签约项目(个)\n重点项目  10\n民生项目  7\n\n签约项目一览  说明\n\n正文,有句子。"
    kinds = [line.kind for line in lines(page)]
    assert kinds == ["table", "table", "table", "heading", "body"]


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
        "常州高新区党建引领“美新村社”建设",  # the kicker 党建在高新 is no part of the title
        "一网格一支部一阵地",  # a plain sub-heading starts a segment; attribution carries its story on
        "潍坊高新区: 项目建设快马加鞭“踏春”提速",
        "成都高新区81个项目总投资额2201.2亿元",
        "我国学者研制出一种“超级材料”",
        "浙江大学教授团队 发明护目镜",
    ]
    assert arts[0].byline == "黄建兵"
    assert text[arts[0].start:].startswith("党建在高新")


def test_article_ids_are_stable() -> None:
    text = normalise(PAGE)
    first, second = split_articles(text, "p.txt"), split_articles(text, "p.txt")
    assert [a.article_id for a in first] == [a.article_id for a in second]
    assert split_articles(text, "p.txt")[0].article_id.startswith("p.txt#00-")


SEGMENT_CASES = [
    # (page, the titles of its stories)
    ("园区周刊 · 第3版\n\n某高新区：项目提速\n\n本报讯 园区新签约项目12个。\n\n"
     "某县：党建引领\n\n本报讯 全县新建党组织5个。",
     ["某高新区:项目提速", "某县:党建引领"]),
    ("●某高新区三季度30个项目集中签约\n9月23日,园区举行签约活动。\n"
     "●某市第三批重大项目开工\n7月1日,全市开工项目54个。",
     ["某高新区三季度30个项目集中签约", "某市第三批重大项目开工"]),  # the bullet is no part of a title
    ("园区经济 · 第6版\n【某工业园区扩区调区获批】\n本报讯 省政府批复同意某工业园区扩区。\n"
     "【某省再添十一个省级经开区】\n本报讯 省政府批复认定11个园区。",
     ["某工业园区扩区调区获批", "某省再添十一个省级经开区"]),  # nor the 【】
    ("纺织产业向西转移迈出新步伐\n某纺织工业城成为产业转移试点园区\n去年实现工业总产值16.7亿元\n\n"
     "本报讯 近日,工业城获批。",
     ["某纺织工业城成为产业转移试点园区 去年实现工业总产值16.7亿元"]),  # 引题 / 主题 / 副题 with the figure
    ("党建在高新\n组织领航 数智助航\n某高新区党建引领“美新村社”建设\n\n本报讯 近年来,园区聚焦基层治理。",
     ["某高新区党建引领“美新村社”建设"]),  # column / kicker / title
    ("## 园区·某高新区\n\n# 某产业合作园区:纵十路通车\n\n本报讯 今年1月,园区为纵十路通车剪彩。",
     ["某产业合作园区:纵十路通车"]),  # a column label (##) above the headline (#): the most prominent is the title
    ("## 某市:项目提速\n\n本报讯 全市开工项目54个。\n\n## 某高新区:重点项目建设情况\n\n高新区实施重点项目8个。\n"
     "某高新技术产业开发区管理委员会\n\n某区:三项工作获省政府督查激励\n——在某区人民代表大会上\n\n即将过去的一年,工作不易。",
     ["某市:项目提速", "某高新区:重点项目建设情况", "某区:三项工作获省政府督查激励 ——在某区人民代表大会上"]),
    ("园区观察\n2019年12月30日 星期一 第7版\n\n某产业转移工业园规上工业总产值98.11亿元\n"
     "据省工业园区协会统计 增速靠前\n\n本报讯 记者获悉,园区提质增效。",
     ["某产业转移工业园规上工业总产值98.11亿元 据省工业园区协会统计 增速靠前"]),  # 据…统计: a subtitle, no kicker
    ("## 某经开区:16个项目签约\n\n### 专访管委会负责人\n\n6月17日,开发区举办签约活动。\n\n"
     "### 招商打法\n\n答:去年签约14个。",
     ["某经开区:16个项目签约 专访管委会负责人"]),  # a ### sub-heading stays in its story
    ("扎牢党建根基 增强内生动力\n\n党支部唱响发展主旋律\n\n□ 本报记者 李梦\n\n如何确保党的组织覆盖?",
     ["党支部唱响发展主旋律"]),  # the kicker is no part of the title
    ("侨乡园区的“红色引擎”\n——某经济技术开发区党建见闻\n\n本报讯 走进园区,党员先锋岗随处可见。",
     ["侨乡园区的“红色引擎” ——某经济技术开发区党建见闻"]),
    ("## 某高新区:企业创新足\n\n图片来源:某高新区\n\n某公司超滤膜生产线\n\n本报讯 位于园区的某公司。",
     ["某高新区:企业创新足"]),  # a credit and its caption line between a headline and its body
    ("某高新区项目提速\n\n本报讯 园区新签约项目12个。\n\n图为项目现场。 张三 摄\n\n"
     "某县:党建引领\n\n全县新建党组织5个。",
     ["某高新区项目提速", "某县:党建引领"]),
    ("# 某新区一季度项目推进\n\n本报记者 张三\n\n## 签约开工齐发\n\n2月,新区签约项目8个。\n\n"
     "## 某新城:去年答卷\n\n新城新增企业20家。\n\n# 某市:集中开工\n\n本报讯 全市开工项目54个。",
     ["某新区一季度项目推进", "某市:集中开工"]),  # ## under a # headline are its sections
    ("# 某高新区:党建引领\n\n本报讯 园区新建党组织5个。\n\n## 某经开区:项目提速\n\n"
     "图片来源:某经开区\n\n本报讯 园区签约项目12个。",
     ["某高新区:党建引领", "某经开区:项目提速"]),  # … unless a dateline follows, past a credit
    ("## 某经开区:百舸争流\n\n时间:2021-12-30\n\n这里,园区新签约项目12个。\n\n(来源:某网 2022-04-13)\n\n"
     "## 某县:党建引领\n\n某网 2021-07-15\n\n全县新建党组织5个。",
     ["某经开区:百舸争流", "某县:党建引领"]),  # source and date lines stay with their stories
    # … and a ## heading led by a place of its own is another place's story; one led by the story's place is a section
    ("# 弥勒:千亿级园区加速崛起\n\n弥勒产业园区今年签约项目28个。\n\n## 弥勒园区去年答卷亮眼\n\n园区新增企业20家。"
     "\n\n## 泸西持续完善产业园区基础设施\n\n眼下,泸西产业园区供排水项目加速推进。",
     ["弥勒:千亿级园区加速崛起", "泸西持续完善产业园区基础设施"]),
]


def test_a_column_and_its_headline_below_the_masthead_are_a_headline() -> None:
    page = "园区周报 · 第2版\n红韵助链 | 某区:产业聚链成势\n\n近年来,园区建立党组织49家。"
    assert [line.kind for line in lines(normalise(page))] == ["masthead", "heading", "body"]


def test_a_section_label_above_a_two_line_headline_is_no_part_of_the_story() -> None:
    page = "园区周刊\n\n“十四五”园区答卷\n\n某高新区\n签约项目一百零四个\n\n据了解,园区签约项目104个。"
    assert [line.kind for line in lines(normalise(page))][:3] == ["masthead", "masthead", "heading"]


@pytest.mark.parametrize(("page", "titles"), SEGMENT_CASES, ids=[c[0][:24] for c in SEGMENT_CASES])
def test_stories_start_at_every_headline_form(page: str, titles: list[str]) -> None:
    arts = [a for a in split_articles(normalise(page), "p.txt") if a.kind == "story" and a.title]
    assert [a.title for a in arts] == titles
