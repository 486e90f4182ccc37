# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ad)
# ad01 UTF-8 · ad02 GB18030 + hard wrap at 30 · ad03 UTF-16 (BOM) · ad04 UTF-8 BOM + CRLF, OpenCC s2hk
# ad05 UTF-8, OpenCC s2tw · ad06 UTF-8, full-width digits
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ad02": 30}
NAMES = [f"ad0{i}" for i in range(1, 7) if (here / f"ad0{i}_draft.txt").exists()]


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
    if name in WRAP:
        t = wrap(t, WRAP[name])
    if name == "ad04":
        t = trad(t, S2HK)
    if name == "ad05":
        t = trad(t, S2TW)
    if name == "ad06":
        t = fullwidth(t)
    return t


ENC = {"ad02.txt": "gb18030", "ad03.txt": "utf-16", "ad04.txt": "utf-8-sig"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("ad02", "ad04", "ad05", "ad06"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "ad02":
            data = t.encode("gb18030")
        elif name == "ad03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "ad04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
