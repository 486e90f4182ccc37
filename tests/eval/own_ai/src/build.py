# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ai)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ai02": 28}
NAMES = ["ai01"]


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
    if name == "ai02":
        t = wrap(t, WRAP["ai02"])
    if name == "ai04":
        t = trad(t, S2HK)
    if name == "ai05":
        t = fullwidth(t)
    if name == "ai06":
        t = trad(t, S2TW)
    return t


ENC = {"ai02.txt": "gb18030", "ai03.txt": "utf-16", "ai04.txt": "utf-8-sig"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("ai02", "ai04", "ai05", "ai06"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "ai02":
            data = t.encode("gb18030")
        elif name == "ai03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "ai04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
