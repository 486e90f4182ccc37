# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_x)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
S2TW = opencc.OpenCC("s2tw")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = ["x01", "x02", "x03", "x04", "x05", "x06", "x07"]
WRAP = {"x06": 30}


def trad(text, conv=S2TW):
    return conv.convert(text).replace("“", "「").replace("”", "」")


def fullwidth(text):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return "".join(FW.get(c, c) for c in text)


def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n])
            ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, LF line ends)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "x04":
        t = trad(t)
    if name == "x05":
        t = fullwidth(t)
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


ENC = {"x02.txt": "gb18030", "x03.txt": "utf-16", "x05.txt": "utf-8-sig"}

if __name__ == "__main__":
    out.mkdir(exist_ok=True)
    for name in NAMES:
        t = render(name)
        if name in ("x04", "x05", "x06"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "x02":
            data = t.encode("gb18030")
        elif name == "x03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "x05":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
