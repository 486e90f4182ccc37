# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_au)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [n for n in ["au01", "au02", "au03", "au04", "au05", "au06", "au07"] if (here / f"{n}_draft.txt").exists()]
# page -> (script, hard wrap width or None, full-width digits)
FORM = {
    "au01": (None, None, False),
    "au02": (None, None, False),
    "au03": ("s2tw", 30, False),
    "au04": (None, None, True),
    "au05": ("s2hk", None, False),
    "au06": (None, None, False),
    "au07": ("s2tw", 33, False),
}
ENC = {"au01.txt": "gb18030", "au02.txt": "utf-16", "au04.txt": "utf-8-sig", "au05.txt": "gb18030", "au07.txt": "utf-8-sig"}
CRLF = {"au04", "au07"}


def trad(text, kind):
    conv = S2TW if kind == "s2tw" else S2HK
    return conv.convert(text).replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")


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
    """apply the page's script and digit form (not the wrap) to a string"""
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
    w = FORM[name][1]
    if w:
        t = wrap(t, w)
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("au03", "au04", "au05", "au07"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        enc = ENC.get(f"{name}.txt", "utf-8")
        body = t.replace("\n", "\r\n") if name in CRLF else t
        if enc == "utf-8-sig":
            data = b"\xef\xbb\xbf" + body.encode("utf-8")
        elif enc == "utf-16":
            data = body.encode("utf-16")          # BOM + UTF-16LE
        else:
            data = body.encode(enc)
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
