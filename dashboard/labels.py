"""Chinese labels and number formats shown to users."""

from __future__ import annotations

import math

import pandas as pd

CATEGORY = {"investment": "投资", "projects": "项目", "enterprises": "企业", "party": "党建",
            "innovation": "创新", "talent": "人才"}
CATEGORY_KEY = {v: k for k, v in CATEGORY.items()}
METRIC = {
    "investment_total": "总投资", "investment_annual": "年度计划投资", "output_value": "产值",
    "tax_profit": "利税", "funding": "资金", "economic_benefit": "经济效益",
    "project_count": "项目数", "enterprise_count": "企业数",
    "party_org_count": "党组织数", "party_member_count": "党员数", "party_coverage_rate": "组织覆盖率",
    "union_count": "工会数", "union_member_count": "工会会员数", "grid_count": "网格数",
    "grid_worker_count": "网格员数", "service_count": "服务窗口/事项",
    "patent_count": "专利数", "talent_count": "人才数",
}
INVESTMENT_METRICS = ("investment_total", "investment_annual", "output_value", "tax_profit", "funding",
                      "economic_benefit")
PARTY_METRICS = ("party_org_count", "party_member_count", "party_coverage_rate", "union_count", "union_member_count",
                 "grid_count", "grid_worker_count", "service_count")
MAIN_METRICS = ("investment_total", "project_count", "enterprise_count", "party_org_count", "party_member_count",
                "party_coverage_rate")  # what 总览 ranks the parks on
COUNTER = {"project_count": "个", "enterprise_count": "家", "party_org_count": "个", "party_member_count": "名",
           "union_count": "个", "union_member_count": "名", "grid_count": "个", "grid_worker_count": "名",
           "service_count": "个", "patent_count": "件", "talent_count": "人"}  # 量词 after a count
QUALIFIER = {"exact": "", "over": "超", "about": "约", "nearly": "近", "under": "不超过"}
STATUS = {"actual": "实际", "target": "目标"}
SCOPE = {"park": "园区", "project": "单个项目/企业"}
COLUMNS = {"park": "园区", "category": "类别", "metric": "指标", "value": "数值", "display": "数值(显示)",
           "unit": "单位", "qualifier": "限定", "from_value": "原值", "subject": "对象", "scope": "范围",
           "year": "年份", "year_source": "年份来源", "doc": "文件", "article_id": "文章", "sentence": "原句",
           "highlighted": "原句(标出数字)", "span_start": "起始位置", "span_end": "结束位置", "id": "编号",
           "province": "省份", "parks": "园区数", "figures": "数据条数", "park_names": "园区",
           "term": "词", "n": "次数", "here": "本园区次数", "there": "其他园区次数", "score": "区分度",
           "value_low": "区间下限", "status": "实际/目标", "rule": "抽取规则", "attributed_by": "归属依据",
           "city": "城市", "longitude": "经度", "latitude": "纬度", "figure_id": "数据标识", "reviewed": "已校对",
           "review_note": "校对备注"}
YUAN_PER_YI = 1e8


def money(value: float, unit: str = "CNY") -> str:
    """2.2012e11 → '2201.2亿元'; 5e5 → '50万元'; USD keeps its currency."""
    currency = "美元" if unit == "USD" else "元"
    if abs(value) >= YUAN_PER_YI:
        return f"{value / YUAN_PER_YI:,.2f}".rstrip("0").rstrip(".") + "亿" + currency
    if abs(value) >= 1e4:
        return f"{value / 1e4:,.2f}".rstrip("0").rstrip(".") + "万" + currency
    return f"{value:,.0f}{currency}"


def _absent(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def amount(value: float, unit: str, metric: str | None = None) -> str:
    """2.2012e11 CNY → '2,201.2亿元'; 91 percent → '91%'; 685 party_org_count → '685个'."""
    if unit in ("CNY", "USD"):
        return money(value, unit)
    if unit == "percent":
        return f"{value:g}%"
    return f"{value:,.0f}" + COUNTER.get(metric or "", "")


def display_value(value: float, unit: str, qualifier: str = "exact", *, metric: str | None = None,
                  low: float | None = None, before: float | None = None) -> str:
    """A value as an editor would write it: 超22亿元, 近56亿元, 1,200家, 91%, 1万元–5万元, 412→685个."""
    if _absent(value):
        return ""
    text = amount(value, unit, metric)
    if not _absent(low):
        text = f"{amount(low, unit, metric)}–{text}"
    if not _absent(before):
        text = f"{amount(before, unit, metric)}→{text}"
    return QUALIFIER.get(qualifier, "") + text


def year_text(year: object) -> str:
    return "年份不详" if _absent(year) or year is pd.NA else f"{int(year)}年"


def scale(unit: str, largest: float) -> tuple[float, str]:
    """How a chart axis shows a unit: (divisor, axis unit) — 亿元 or 万元 by size, 亿美元, %, 个."""
    if unit in ("CNY", "USD"):
        currency = "美元" if unit == "USD" else "元"
        return (YUAN_PER_YI, "亿" + currency) if largest >= YUAN_PER_YI else (1e4, "万" + currency)
    return 1.0, "%" if unit == "percent" else ""


def metric_label(metric: str, unit: str | None = None) -> str:
    """'党组织数', or with a unit 'title (unit)' as an axis or column shows it: '总投资（美元）'."""
    name = METRIC.get(metric, metric)
    return f"{name}（美元）" if unit == "USD" else name


def highlighted(sentence: str, start: int, end: int) -> str:
    """The sentence with its figure marked 【like this】 — plain text, never HTML."""
    if not 0 <= start < end <= len(sentence):
        return sentence
    return f"{sentence[:start]}【{sentence[start:end]}】{sentence[end:]}"
