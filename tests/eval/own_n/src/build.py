# builds pages/ from the simplified UTF-8 drafts in src/ (run from anywhere)
import pathlib, re, opencc
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
WRAP = {"n04": 26}

def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)

def fullwidth(text):
    # digits, decimal points between digits and % become full-width
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%"})
    return text

def trad(text, cfg):
    return opencc.OpenCC(cfg).convert(text).replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")

def page_text(name):
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "n03":
        t = trad(t, "s2hk")
    if name == "n05":
        t = fullwidth(t)
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t

def build():
    for p in sorted(here.glob("n*_draft.txt")):
        name = p.name[:3]
        t = page_text(name)
        if name in ("n02", "n03"):
            data = t.encode("gb18030")
        elif name == "n04":
            data = t.encode("utf-16")
        elif name == "n05":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
        if name in ("n03", "n04", "n05"):
            (here / f"{name}_built.txt").write_text(t, encoding="utf-8")

if __name__ == "__main__":
    build()
