# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_t)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"t03": 30}
NAMES = ["t01", "t02", "t03", "t04", "t05", "t06"]
ENC = {"t01.txt": "gb18030", "t02.txt": "utf-16", "t04.txt": "utf-8-sig"}


def trad(text, conv=S2HK):
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
    """the decoded text of page `name` (what a reader of pages/ sees, newlines as \\n)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "t03":
        t = wrap(t, WRAP["t03"])
    if name == "t04":
        t = fullwidth(t)
    if name == "t05":
        t = trad(t)
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("t03", "t04", "t05"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "t01":
            data = t.encode("gb18030")
        elif name == "t02":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "t04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
