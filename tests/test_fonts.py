"""The word cloud font really has Chinese glyphs (wordcloud's default font draws boxes)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import ImageFont

from dashboard import fonts
from dashboard.wordclouds import cloud_image


def test_found_font_has_chinese_glyphs() -> None:
    font = fonts.cjk_font()
    assert fonts.has_glyphs(font, "高新区党建网格党组织覆盖率")


def test_glyphs_are_not_the_missing_glyph_box() -> None:
    font = ImageFont.truetype(str(fonts.cjk_font()), 48)
    drawn = {ch: bytes(font.getmask(ch)) for ch in "高新区党"}
    box = bytes(font.getmask("\U000effff"))  # a private-use code point: drawn as .notdef
    assert len(set(drawn.values())) == 4 and box not in drawn.values()


def test_env_override_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    packaged = fonts._from_package()
    assert packaged is not None
    monkeypatch.setenv(fonts.FONT_ENV, str(packaged))
    assert fonts.cjk_font() == packaged


def test_no_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    monkeypatch.setattr(fonts, "_from_package", lambda: None)
    monkeypatch.setattr(fonts, "_from_fontconfig", lambda: None)
    with pytest.raises(fonts.FontNotFound, match="GAOXIN_FONT"):
        fonts.cjk_font()


def test_word_cloud_draws_something() -> None:
    image = cloud_image({"高新区": 10, "党建": 8, "网格": 5}, str(fonts.cjk_font()), width=300, height=150)
    assert image.shape == (150, 300, 3) and (np.asarray(image) < 250).any()
