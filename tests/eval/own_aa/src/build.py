# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_aa)
# adapted from own_y/src/build.py: per-page script (OpenCC s2tw with 「」), full-width digits,
# a hard wrap at a fixed width, and the byte encoding (GB18030, UTF-16 with BOM, UTF-8 BOM + CRLF).
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}

# page -> (script, full-width digits, wrap width, encoding)
CONF = {
    "aa01": ("simp", False, None, "utf-8"),
    "aa02": ("simp", True, None, "gb18030"),
    "aa03": ("simp", False, None, "utf-16"),
    "aa04": ("simp", False, 32, "utf-8-sig-crlf"),
    "aa05": ("s2tw", False, None, "utf-8"),
}
NAMES = [n for n in CONF if (here / f"{n}_draft.txt").exists()]


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
    """a simplified, half-width string as it is written on page `name` (no wrap)"""
    script, fw, _, _ = CONF[name]
    if script == "s2tw":
        s = trad(s)
    if fw:
        s = fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    t = conv(name, t)
    width = CONF[name][2]
    if width:
        t = wrap(t, width)
    return t


ENC = {}
if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        enc = CONF[name][3]
        if CONF[name][0] != "simp" or CONF[name][1] or CONF[name][2]:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if enc == "gb18030":
            data = t.encode("gb18030"); ENC[f"{name}.txt"] = "gb18030"
        elif enc == "utf-16":
            data = t.encode("utf-16"); ENC[f"{name}.txt"] = "utf-16"      # BOM + UTF-16LE
        elif enc == "utf-8-sig-crlf":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"); ENC[f"{name}.txt"] = "utf-8-sig"
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
