# builds pages/ from the simplified UTF-8 drafts in src/ (run: python3 src/build.py from tests/eval/own_m)
import pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
_s2tw = opencc.OpenCC("s2tw")


def trad(text):
    """simplified -> Taiwan traditional, with 「」/『』 quotes"""
    t = _s2tw.convert(text)
    return t.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")


def fullwidth(text):
    """ASCII digits -> full-width; a '.' between digits -> '．'; '%' -> '％'"""
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    text = text.replace("%", "％")
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in text)


def wrap(text, n):
    """PDF-like hard wrap: every line cut at n characters"""
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n])
            ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)


WRAP = 28


def draft(name):
    return (here / f"{name}_draft.txt").read_text(encoding="utf-8")


def build():
    # plain UTF-8 pages
    for name in ["m01", "m03", "m07"]:
        (out / f"{name}.txt").write_text(draft(name), encoding="utf-8")
    # GB18030, simplified, Markdown
    (out / "m02.txt").write_bytes(draft("m02").encode("gb18030"))
    # GB18030, traditional (OpenCC s2tw, 「」)
    t = trad(draft("m04"))
    (here / "m04_s2tw.txt").write_text(t, encoding="utf-8")
    (out / "m04.txt").write_bytes(t.encode("gb18030"))
    # UTF-16 with BOM, hard-wrapped
    w = wrap(draft("m05"), WRAP)
    (here / "m05_wrapped.txt").write_text(w, encoding="utf-8")
    (out / "m05.txt").write_bytes(w.encode("utf-16"))
    # UTF-8, full-width digits
    f = fullwidth(draft("m06"))
    (here / "m06_fullwidth.txt").write_text(f, encoding="utf-8")
    (out / "m06.txt").write_text(f, encoding="utf-8")
    # UTF-8 with BOM and CRLF line ends
    c = draft("m08").replace("\n", "\r\n")
    (out / "m08.txt").write_bytes(b"\xef\xbb\xbf" + c.encode("utf-8"))


if __name__ == "__main__":
    build()
