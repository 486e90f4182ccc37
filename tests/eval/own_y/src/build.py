# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_y)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"y02": 30}
NAMES = ["y01", "y02", "y03", "y04", "y05", "y06"]


def trad(text, conv):
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
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "y02":
        t = wrap(t, WRAP["y02"])
    if name == "y04":
        t = trad(t, S2HK)
    if name == "y05":
        t = fullwidth(t)
    if name == "y06":
        t = trad(t, S2TW)
    return t


ENC = {"y02.txt": "gb18030", "y03.txt": "utf-16", "y04.txt": "utf-8-sig"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("y02", "y04", "y05", "y06"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "y02":
            data = t.encode("gb18030")
        elif name == "y03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "y04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
