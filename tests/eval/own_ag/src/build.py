# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ag)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ag02": 30}
import os
NAMES = [n for n in ["ag01", "ag02", "ag03", "ag04", "ag05"] if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), n + "_draft.txt"))]


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
    if name == "ag02":
        t = wrap(t, WRAP["ag02"])
    if name == "ag04":
        t = trad(t, S2TW)
    if name == "ag05":
        t = fullwidth(t)
    return t


ENC = {k: v for k, v in {"ag02.txt": "gb18030", "ag03.txt": "utf-16", "ag04.txt": "utf-8-sig"}.items() if k[:-4] in NAMES}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("ag02", "ag04", "ag05"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "ag02":
            data = t.encode("gb18030")
        elif name == "ag03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "ag04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
