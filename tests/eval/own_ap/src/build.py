# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ap)
#
# ap01 plain UTF-8 · ap02 GB18030 · ap03 UTF-16 (BOM) · ap04 UTF-8 traditional s2tw + hard wrap 30
# ap05 UTF-8 BOM + CRLF + full-width digits · ap06 GB18030 traditional s2hk · ap07 UTF-16 (BOM)
# ap08 UTF-8 + hard wrap 32
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [f"ap0{i}" for i in range(1, 9) if (here / f"ap0{i}_draft.txt").exists()]
TRAD = {"ap04": S2TW, "ap06": S2HK}
WRAP = {"ap04": 30, "ap08": 32}
FULLWIDTH = {"ap05"}
ENC = {"ap02": "gb18030", "ap03": "utf-16", "ap05": "utf-8-sig", "ap06": "gb18030", "ap07": "utf-16"}


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
