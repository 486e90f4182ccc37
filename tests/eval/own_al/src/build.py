# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_al)
#
# al01 plain UTF-8 · al02 GB18030 · al03 UTF-8 traditional s2tw + hard wrap 30 · al04 UTF-16 (BOM)
# al05 UTF-8 BOM + CRLF + full-width digits · al06 GB18030 traditional s2hk · al07 UTF-16 traditional s2tw
# al08 UTF-8 full-width digits + hard wrap 32
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [f"al0{i}" for i in range(1, 9) if (here / f"al0{i}_draft.txt").exists()]
TRAD = {"al03": S2TW, "al06": S2HK, "al07": S2TW}
WRAP = {"al03": 30, "al08": 32}
FULLWIDTH = {"al05", "al08"}
ENC = {"al02": "gb18030", "al04": "utf-16", "al05": "utf-8-sig", "al06": "gb18030", "al07": "utf-16"}


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
