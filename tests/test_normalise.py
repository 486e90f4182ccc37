"""normalise: width folding, 繁→简, OCR line repair that never moves a figure."""

import textwrap

import pytest

from etl.normalise import normalise

BODY = ("园区今年以来加快推进项目建设,一批重点项目相继开工,园区发展的后劲不断增强,企业服务水平持续提升,"
        "营商环境更加优化,各项工作取得新成效,全年目标任务顺利完成。")


def _wrapped(text: str) -> str:
    """A paragraph hard-wrapped at 20 characters, as PDF extraction gives it."""
    return "\n".join(textwrap.wrap(text, 20))


CASES = [
    ("２２０１．２亿元，", "2201.2亿元,"),
    ("高新區兩個開發區", "高新区两个开发区"),
    ("（以下简称鱼复）", "(以下简称鱼复)"),
    ("**本报讯** 近日", "本报讯 近日"),
    ("某园区发展提速,新签约项目4467个\n\n3月17日,园区举行集中开工仪式。",  # a headline over its dated lead
     "某园区发展提速,新签约项目4467个\n\n3月17日,园区举行集中开工仪式。"),
    ("接待133家市内外单位考察交流……今天,鱼复党群服务中\n\n心催生的“红色生产力”正迸发出蓬勃生机。",
     "接待133家市内外单位考察交流......今天,鱼复党群服务中心催生的“红色生产力”正迸发出蓬勃生机。"),
    ("从主要领域看,重大基础设施项目13个,年度计划投资\n\n额31.2亿元;",
     "从主要领域看,重大基础设施项目13个,年度计划投资额31.2亿元;"),
    ("力争为成都市高质量发展提供有力支撑。高欣\n\n阿拉善高新区汇聚引才聚才“强磁场”",
     "力争为成都市高质量发展提供有力支撑。高欣\n\n阿拉善高新区汇聚引才聚才“强磁场”"),
    ("打破了国外在该领域的垄断,提高了中国企业\n\n邓小山 廖承雄",
     "打破了国外在该领域的垄断,提高了中国企业\n\n邓小山 廖承雄"),
    ("对签约项目从注册登记、\n\n## 中关村发展集团", "对签约项目从注册登记、\n\n## 中关村发展集团"),
    # a caption's credit (本报资料图) closes it; a byline (某某记者 张三) opens an article: neither joins
    ("图为某高新区项目开工现场,场面热烈。本报资料图\n\n某市:集中开工101个项目,总投资219.5亿元",
     "图为某高新区项目开工现场,场面热烈。本报资料图\n\n某市:集中开工101个项目,总投资219.5亿元"),
    ("某市:集中开工101个项目,总投资219.5亿元\n\n四川在线记者 张三  1月4日,某市重大项目集中开工。",
     "某市:集中开工101个项目,总投资219.5亿元\n\n四川在线记者 张三  1月4日,某市重大项目集中开工。"),
    # a hard-wrapped page: body lines join, a shorter headline with only : stays its own line
    (_wrapped(BODY) + "\n\n某市国资委:出资企业完成投资9亿元\n" + _wrapped("今年是开局之年。" + BODY),
     BODY + "\n\n某市国资委:出资企业完成投资9亿元\n今年是开局之年。" + BODY),
    # a caption's credit (资料图片) closes it on a wrapped page without blank lines; the headline after it stays
    (_wrapped(BODY) + "\n图为园区新落成的标准化厂房,一批企业已入驻。(资料图片)\n某高新区新签约项目110个\n"
     + _wrapped(BODY),
     BODY + "\n图为园区新落成的标准化厂房,一批企业已入驻。(资料图片)\n某高新区新签约项目110个\n" + BODY),
    # a short text (a brief, a snippet) wrapped at 21: its body paragraph joins, the headline above stays
    ("某经开区项目建设提速\n\n今年以来,某某经济开发区新开工亿元以上项目\n22个,竣工项目14个,完成工业投资86亿\n元。",
     "某经开区项目建设提速\n\n今年以来,某某经济开发区新开工亿元以上项目22个,竣工项目14个,完成工业投资86亿元。"),
    # lines of one length that each end a sentence are paragraphs, not a wrap
    ("园区今年新签约项目十二个,总投资八十亿元。\n园区今年新开工项目十个,总投资六十亿元。\n园区党建工作稳步推进。",
     "园区今年新签约项目十二个,总投资八十亿元。\n园区今年新开工项目十个,总投资六十亿元。\n园区党建工作稳步推进。"),
    # rows of a text table share a length and hold commas; they stay rows
    ("| 项目名称,类别 | 总投资,亿元 |\n| 新材料项目,工业 | 十二点五,亿元 |\n| 合计 | 二十 |",
     "| 项目名称,类别 | 总投资,亿元 |\n| 新材料项目,工业 | 十二点五,亿元 |\n| 合计 | 二十 |"),
    # a masthead that ends with its date, weekday or page is no wrapped line, on a page without blank lines
    ("园区经济导报 · 第6版  2021年12月17日 星期五\n某高新区:党组织达标创建\n" + _wrapped(BODY),
     "园区经济导报 · 第6版  2021年12月17日 星期五\n某高新区:党组织达标创建\n" + BODY),
    ("党建在园区 · 2012年7月30日 星期一 · 第5版\n某园区党委获评先进基层党组织\n" + _wrapped(BODY),
     "党建在园区 · 2012年7月30日 星期一 · 第5版\n某园区党委获评先进基层党组织\n" + BODY),
    ("二、规上工业企业培育较快,成效明显\n\n经开区创新统计工作方法,夯实升规入统的基础库。",
     "二、规上工业企业培育较快,成效明显\n\n经开区创新统计工作方法,夯实升规入统的基础库。"),
    # … but a body line cut after a date goes on
    ("本报讯 某某经济开发区2012年12月10日\n" + _wrapped("经省政府批准设立," + BODY),
     "本报讯 某某经济开发区2012年12月10日经省政府批准设立," + BODY),
    # a numbered sub-heading shorter than the wrap, a comma in it, stays its own line
    (_wrapped(BODY) + "\n二、规上企业培育较快,成效明显\n" + _wrapped(BODY),
     BODY + "\n二、规上企业培育较快,成效明显\n" + BODY),
    # … and with no blank lines at all (PDF text): a paragraph ends at its short last line
    (_wrapped(BODY) + "\n某市国资委:出资企业完成投资9亿元\n" + _wrapped("今年是开局之年。" + BODY),
     BODY + "\n某市国资委:出资企业完成投资9亿元\n今年是开局之年。" + BODY),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
