# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_am)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
CONV = {"s2tw": opencc.OpenCC("s2tw"), "s2hk": opencc.OpenCC("s2hk")}
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [f"am0{i}" for i in range(1, 8) if (here / f"am0{i}_draft.txt").exists()]
# page -> (script, hard wrap width or None, full-width digits)
FORM = {
    "am01": (None, None, False),
    "am02": (None, None, False),
    "am03": ("s2tw", 30, False),
    "am04": (None, None, True),
    "am05": (None, None, False),
    "am06": ("s2hk", None, False),
    "am07": (None, 32, False),
}
ENC = {"am01.txt": "gb18030", "am02.txt": "utf-16", "am04.txt": "utf-8-sig", "am06.txt": "utf-16",
       "am07.txt": "gb18030"}


def trad(text, conv="s2tw"):
    return CONV[conv].convert(text).replace("“", "「").replace("”", "」")


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
    """a simplified half-width string as it is written on page `name` (no wrapping)"""
    script, _, fw = FORM[name]
    if script:
        s = trad(s, script)
    if fw:
        s = fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    t = conv(name, t)
    width = FORM[name][1]
    if width:
        t = wrap(t, width)
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        e = ENC.get(f"{name}.txt")
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
