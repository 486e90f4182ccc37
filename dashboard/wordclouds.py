"""Term frequencies → word-cloud image, drawn with a font that has Chinese glyphs."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from wordcloud import WordCloud


def cloud_image(frequencies: dict[str, float], font_path: str, width: int = 900, height: int = 420) -> np.ndarray:
    return _cloud(tuple(sorted(frequencies.items())), font_path, width, height)


@lru_cache(maxsize=64)
def _cloud(items: tuple[tuple[str, float], ...], font_path: str, width: int, height: int) -> np.ndarray:
    wc = WordCloud(font_path=font_path, width=width, height=height, background_color="white",
                   colormap="Reds", max_words=150, prefer_horizontal=0.95, random_state=7)
    return wc.generate_from_frequencies(dict(items)).to_array()
