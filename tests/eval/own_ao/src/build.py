# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ao)
# page forms: ao01 GB18030 | ao02 UTF-16 BOM | ao03 UTF-8 BOM + CRLF, full-width digits |
# ao04 UTF-8, s2tw with 「」, hard wrap 30 | ao05 GB18030, s2hk with 「」 | ao06 UTF-16 BOM, hard wrap 34 |
# ao07 plain UTF-8 | ao08 UTF-8 BOM + CRLF, s2tw with 「」 and full-width digits
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ao04": 30, "ao06": 34}
NAMES = [n for n in [f"ao0{i}" for i in range(1, 9)] if (here / f"{n}_draft.txt").exists()]
ENC = {"ao01.txt": "gb18030", "ao02.txt": "utf-16", "ao03.txt": "utf-8-sig", "ao05.txt": "gb18030",
       "ao06.txt": "utf-16", "ao08.txt": "utf-8-sig"}
TRAD = {"ao04": S2TW, "ao05": S2HK, "ao08": S2TW}
FULLWIDTH = {"ao03", "ao08"}


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


def form(name, t):
    """simplified draft text (or a piece of it) -> the page's script and digits (no wrap)"""
    if name in TRAD:
        t = trad(t, TRAD[name])
    if name in FULLWIDTH:
        t = fullwidth(t)
    return t


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = form(name, (here / f"{name}_draft.txt").read_text(encoding="utf-8"))
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in TRAD or name in FULLWIDTH or name in WRAP:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        e = ENC.get(f"{name}.txt", "utf-8")
        if e == "gb18030":
            data = t.encode("gb18030")
        elif e == "utf-16":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif e == "utf-8-sig":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
