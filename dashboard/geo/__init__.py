"""China's provinces as GeoJSON for the 地图 page (made by scripts/china_map.py; its source is in the file)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PROVINCES = Path(__file__).with_name("china_provinces.geojson")


@lru_cache(maxsize=1)
def china() -> dict:
    return json.loads(PROVINCES.read_text(encoding="utf-8"))
