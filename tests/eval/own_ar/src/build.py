# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ar)
# ar01 UTF-16 BOM · simplified          ar02 GB18030 · simplified · Markdown
# ar03 UTF-8 BOM + CRLF · full-width    ar04 UTF-8 · traditional s2tw · hard wrap 30
# ar05 UTF-8 · simplified · ● briefs    ar06 GB18030 · traditional s2hk · Markdown
# ar07 UTF-8 BOM + CRLF · traditional s2hk · hard wrap 34
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ar04": 30, "ar07": 34}
TRAD = {"ar04": S2TW, "ar06": S2HK, "ar07": S2HK}
NAMES = [n for n in ["ar01", "ar02", "ar03", "ar04", "ar05", "ar06", "ar07"] if (here / f"{n}_draft.txt").exists()]
ENC = {"ar01.txt": "utf-16", "ar02.txt": "gb18030", "ar03.txt": "utf-8-sig", "ar06.txt": "gb18030", "ar07.txt": "utf-8-sig"}
CRLF = {"ar03", "ar07"}


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


def conv(name, s):
    """a simplified half-width string as it appears on page `name` (no wrap)"""
    if name in TRAD:
        s = trad(s, TRAD[name])
    if name == "ar03":
        s = fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    t = conv(name, t)
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in TRAD or name in WRAP or name == "ar03":
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        enc = ENC.get(f"{name}.txt", "utf-8")
        body = t.replace("\n", "\r\n") if name in CRLF else t
        if enc == "utf-16":
            data = body.encode("utf-16")          # BOM + UTF-16LE
        elif enc == "utf-8-sig":
            data = b"\xef\xbb\xbf" + body.encode("utf-8")
        else:
            data = body.encode(enc)
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
