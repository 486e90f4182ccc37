"""Find a font with Chinese glyphs for the word cloud (wordcloud's default font draws boxes)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

FONT_ENV = "GAOXIN_FONT"
FONT_PACKAGE = "cvttf_NotoSansCJK_Regular"  # OFL Noto Sans CJK, pinned in pyproject.toml
SAMPLE = "高新区党建网格企业项目投资"


class FontNotFound(RuntimeError):
    pass


def cjk_font() -> Path:
    """The env override GAOXIN_FONT, else the font the pinned PyPI package ships, else fc-list :lang=zh."""
    for candidate in (_from_env(), _from_package(), _from_fontconfig()):
        if candidate is not None and has_glyphs(candidate):
            return candidate
    raise FontNotFound(
        f"找不到中文字体 (no font with Chinese glyphs): set {FONT_ENV}=/path/to/font.otf, "
        f"or `pip install cvttf-NotoSansCJK-Regular`, or install a CJK font (fonts-noto-cjk).")


def _from_env() -> Path | None:
    value = os.environ.get(FONT_ENV)
    return Path(value) if value and Path(value).is_file() else None


def _from_package() -> Path | None:
    spec = importlib.util.find_spec(FONT_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    fonts = sorted(Path(spec.origin).parent.glob("*.[ot]t[fc]"))
    return fonts[0] if fonts else None


def _from_fontconfig() -> Path | None:
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in out.splitlines() if line.strip())
    return Path(files[0]) if files else None


def has_glyphs(font: Path, text: str = SAMPLE) -> bool:
    """True when the font maps every character of `text` to a glyph (not the .notdef box)."""
    from fontTools.ttLib import TTCollection, TTFont

    try:
        fonts = TTCollection(str(font)).fonts if font.suffix.lower() == ".ttc" else [TTFont(str(font), lazy=True)]
    except Exception:
        return False
    return any(all(ord(ch) in (f.getBestCmap() or {}) for ch in text) for f in fonts)
