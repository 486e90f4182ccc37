# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_as)
#
# as01 GB18030 · as02 UTF-16 (BOM) · as03 UTF-8 BOM + CRLF + full-width digits
# as04 UTF-8 traditional s2tw + hard wrap 30 · as05 GB18030 traditional s2hk · as06 plain UTF-8
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [f"as0{i}" for i in range(1, 9) if (here / f"as0{i}_draft.txt").exists()]
TRAD = {"as04": S2TW, "as05": S2HK}
WRAP = {"as04": 30}
FULLWIDTH = {"as03"}
ENC = {"as01": "gb18030", "as02": "utf-16", "as03": "utf-8-sig", "as05": "gb18030"}


def trad(text, conv):
    t = conv.convert(text)
    return t.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")


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
    """a simplified, half-width string as it appears on page `name` (before wrapping)"""
    if name in TRAD:
        s = trad(s, TRAD[name])
    if name in FULLWIDTH:
        s = fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = conv(name, (here / f"{name}_draft.txt").read_text(encoding="utf-8"))
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in TRAD or name in WRAP or name in FULLWIDTH:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        e = ENC.get(name, "utf-8")
        if e == "utf-8-sig":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode(e)          # utf-16 writes a BOM + UTF-16LE
        (out / f"{name}.txt").write_bytes(data)
    enc = {f"{k}.txt": v for k, v in ENC.items() if k in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
