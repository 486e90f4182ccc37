# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_aq)
# adapted from tests/eval/own_aj/src/build.py
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = [n for n in [f"aq0{i}" for i in range(1, 8)] if (here / f"{n}_draft.txt").exists()]

# page -> (script, hard-wrap width or None, full-width digits, encoding)
FORM = {
    "aq01": ("simp", None, False, "gb18030"),
    "aq02": ("s2tw", 30, False, "utf-8"),
    "aq03": ("simp", None, False, "utf-16"),
    "aq04": ("simp", None, True, "utf-8-sig"),
    "aq05": ("s2hk", None, False, "utf-16"),
    "aq06": ("s2tw", 26, False, "gb18030"),
    "aq07": ("simp", None, False, "utf-8"),
}


def trad(text, conv):
    return conv.convert(text).replace("“", "「").replace("”", "」")


def fullwidth(text):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return "".join(FW.get(c, c) for c in text)


def wrap(text, n):
    """PDF-like text: no blank lines between paragraphs, every line cut at n characters"""
    lines = []
    for ln in text.split("\n"):
        if not ln.strip():
            continue
        while len(ln) > n:
            lines.append(ln[:n])
            ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines) + "\n"


def conv(name, s):
    """the page form of a simplified string (no wrapping)"""
    script, _, fw, _ = FORM[name]
    if script == "s2tw":
        s = trad(s, S2TW)
    elif script == "s2hk":
        s = trad(s, S2HK)
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
    enc = {}
    for name in NAMES:
        t = render(name)
        e = FORM[name][3]
        if FORM[name][0] != "simp" or FORM[name][1] or FORM[name][2]:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if e == "gb18030":
            data = t.encode("gb18030")
        elif e == "utf-16":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif e == "utf-8-sig":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        if e != "utf-8":
            enc[f"{name}.txt"] = e
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
