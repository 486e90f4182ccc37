"""Write etl/vocab/divisions.tsv from cpca 0.5.5's adcodes.csv (read out of the wheel; cpca is never imported).

    pip download cpca==0.5.5 --no-deps -d /tmp/cpca
    python scripts/build_divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl

Placeholder rows (市辖区, 县, 省直辖县级行政区划) are dropped; the corrections in
scripts/division_changes.tsv are applied; every division gets its short name, level and parents.
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGES = ROOT / "scripts" / "division_changes.tsv"
OUT = ROOT / "etl" / "vocab" / "divisions.tsv"

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
LEVELS = ("province", "prefecture", "county")
# Level words, longest first; 新区 only where what is left has two characters or more (清新区 → 清新).
LEVEL_WORDS = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "特区", "区", "县", "市", "旗"),
}
OVERRIDES = {"神农架林区": "神农架"}  # 林区 is a level word only here (万柏林区, 西林区 are names)
# County short forms that are also ordinary words (和平, 前进, 资源, 合作, 比如, 全州 …) would read as a
# place inside running text: those counties keep their full names. Chosen by hand from the county
# short forms that jieba's dictionary tags as something other than a place name.
_COMMON_WORDS = """
和平 新华 复兴 大名 运河 平定 长子 振兴 宏伟 灯塔 富裕 向阳 工农 友谊 友好 红星 前进 东风 新兴 爱民 天台
无为 大观 清流 光泽 莲花 万年 红旗 解放 博爱 台前 民权 公安 芙蓉 洞口 桃源 石门 中方 会同 通道 凤凰 白云
高明 阳春 清新 城中 城东 城西 城北 资源 港口 兴业 海棠 天涯 东方 南岸 安居 南部 前锋 名山 石棉 黑水 白玉
大方 富民 麒麟 比如 武功 宝塔 延长 清水 民乐 高台 灵台 安定 合作 平安 互助 同仁 共和 同心 温泉 盐池 和顺
永和 孝义 回民 新民 元宝 太和 二道 丰满 磐石 大安 方正 木兰 延寿 建华 龙凤 海伦 钟楼 六合 开化 湖里 三元 光明
平和 惠民 二七 老城 江岸 全州 威信 城关 新城 古城 江南 中原 青山 安宁 河口 江城 梨树 市中
"""
COMMON_WORDS = frozenset(_COMMON_WORDS.split())

HEADER = """\
# China's administrative divisions: provinces, prefectures and counties (districts, county-level
# cities, counties, banners), with the coordinates of their seats.
# Source: cpca 0.5.5 (PyPI, MIT licence, © 2018 QinYuan Du), file cpca/resources/adcodes.csv;
# labelled 2020 data, its divisions are those of late 2016, with the later changes the park
# gazetteer needs applied from scripts/division_changes.tsv.
# Regenerate (never edit by hand):
#   pip download cpca==0.5.5 --no-deps -d /tmp/cpca
#   python scripts/build_divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl
# Columns: adcode, name (full), short (name without its level word: 高邮市 → 高邮, 延边朝鲜族自治州 →
# 延边; the full name is kept where the short form would be one character, would equal the short form
# of a higher division (长沙县, 吉林市, 朝阳区) or is a common word (前进区, 和平区)), level (province /
# prefecture / county), province and prefecture (short names of the province and prefecture the division
# lies in, itself included: 北京 is province and prefecture of 东城区; a county-level city under its
# province, such as 仙桃 or 石河子, and a prefecture without counties, such as 东莞, is its own
# prefecture), longitude, latitude.
"""


@dataclass(frozen=True)
class Row:
    adcode: str
    name: str
    longitude: str
    latitude: str


def read_wheel(wheel: Path) -> tuple[list[Row], list[str]]:
    """adcodes.csv rows and the ethnic group names (56_nations.csv) out of cpca's wheel."""
    with zipfile.ZipFile(wheel) as zf:
        adcodes = zf.read("cpca/resources/adcodes.csv").decode("utf-8")
        nations = zf.read("cpca/resources/56_nations.csv").decode("utf-8")
    rows = [Row(r["adcode"], r["name"], r["longitude"], r["latitude"]) for r in csv.DictReader(io.StringIO(adcodes))]
    return rows, [n.strip() for n in nations.splitlines() if n.strip()]


def apply_changes(rows: list[Row], changes_path: Path) -> list[Row]:
    """Renames, removals, additions and coordinates from the changes file."""
    lines = [line for line in changes_path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    by_code = {r.adcode: r for r in rows}
    for change in list(csv.DictReader(lines, delimiter="\t")):
        old, new = change["adcode"], change["new_adcode"]
        if old != "-" and old not in by_code:
            raise ValueError(f"{changes_path}: adcode {old} is not in cpca's adcodes.csv")
        if new == "-":
            del by_code[old]
            continue
        base = by_code.pop(old) if old != "-" else Row(new, "", "", "")
        by_code[new] = replace(base, adcode=new, name=change["name"] or base.name,
                               longitude=change["longitude"] or base.longitude,
                               latitude=change["latitude"] or base.latitude)
    return sorted(by_code.values(), key=lambda r: r.adcode)


def level_of(adcode: str) -> str:
    if adcode[2:6] == "0000":
        return "province"
    return "prefecture" if adcode[4:6] == "00" else "county"


def strip_level(name: str, level: str, nations: list[str]) -> str:
    """广陵区 → 广陵, 恩施土家族苗族自治州 → 恩施, 鄂伦春自治旗 → 鄂伦春, 清新区 → 清新."""
    if name in OVERRIDES:
        return OVERRIDES[name]
    for word in LEVEL_WORDS[level]:
        rest = name.removesuffix(word)
        if rest != name and len(rest) >= 2:
            return strip_nations(rest, nations) if word.startswith("自治") else rest
    return name


def strip_nations(name: str, nations: list[str]) -> str:
    """The ethnic groups before 自治州/自治县 (written with or without 族): 长阳土家族 → 长阳, 鄂温克族 → 鄂温克."""
    groups = sorted({*nations, *(n.removesuffix("族") for n in nations), "各族"}, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for group in groups:
            if name.endswith(group) and len(name) - len(group) >= 2:
                name, stripped = name[: -len(group)], True
                break
    return name.removesuffix("族") if name in nations else name


def build(rows: list[Row], nations: list[str]) -> list[dict[str, str]]:
    """The divisions.tsv records: short names, levels and parents."""
    real = [r for r in rows if r.name not in PLACEHOLDERS]
    by_code = {r.adcode: r for r in rows}
    candidate = {r.adcode: strip_level(r.name, level_of(r.adcode), nations) for r in real}
    higher: dict[str, set[str]] = {"province": set(), "prefecture": set()}
    for r in real:
        if level_of(r.adcode) != "county":
            higher[level_of(r.adcode)].add(candidate[r.adcode])

    def own_prefecture(code: str) -> bool:  # 仙桃, 石河子, 定州: county-level cities under their province
        return by_code.get(code[:4] + "00000000", Row("", "", "", "")).name in PLACEHOLDERS - {"市辖区", "县"}

    def short(r: Row) -> str:
        level, cand = level_of(r.adcode), candidate[r.adcode]
        above = higher["province"] | (higher["prefecture"] if level == "county" else set())
        if len(cand) < 2 or (level != "province" and cand in above):
            return r.name
        if level == "county" and cand in COMMON_WORDS:
            return r.name
        return cand

    shorts = {r.adcode: short(r) for r in real}
    municipality = {code[:2] for code, r in by_code.items() if r.name in ("市辖区", "县") and code[4:] == "0" * 8}

    def prefecture(r: Row) -> str:
        code, level = r.adcode, level_of(r.adcode)
        if code[:2] in municipality:
            return shorts[code[:2] + "0" * 10]
        if level == "province":
            return ""
        if level == "county" and own_prefecture(code):
            return shorts[code]
        return shorts[code[:4] + "00000000"]

    return [{"adcode": r.adcode[:6], "name": r.name, "short": shorts[r.adcode], "level": level_of(r.adcode),
             "province": shorts[r.adcode[:2] + "0" * 10], "prefecture": prefecture(r),
             "longitude": r.longitude, "latitude": r.latitude} for r in real]


def write(records: list[dict[str, str]], out: Path) -> None:
    columns = ["adcode", "name", "short", "level", "province", "prefecture", "longitude", "latitude"]
    lines = ["\t".join(columns), *("\t".join(rec[c] for c in columns) for rec in records)]
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="cpca-0.5.5-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows, nations = read_wheel(args.wheel)
    records = build(apply_changes(rows, CHANGES), nations)
    write(records, args.out)
    print(f"{len(records)} divisions → {args.out}")


if __name__ == "__main__":
    main()
