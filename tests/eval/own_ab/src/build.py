# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ab)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"ab02": 30}
NAMES = ["ab01", "ab02", "ab03", "ab04", "ab05", "ab06"]
TRAD = {"ab04": S2TW, "ab05": S2HK}
FULLWIDTH = {"ab06"}
ENC = {"ab02.txt": "gb18030", "ab03.txt": "utf-16", "ab05.txt": "utf-8-sig"}


def trad(text, conv):
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
    """a simplified, half-width string in the form it takes on page `name` (no wrapping)"""
    if name in TRAD:
        s = trad(s, TRAD[name])
    if name in FULLWIDTH:
        s = fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    t = conv(name, t)
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


def names():
    return [n for n in NAMES if (here / f"{n}_draft.txt").exists()]


if __name__ == "__main__":
    for name in names():
        t = render(name)
        if name in WRAP or name in TRAD or name in FULLWIDTH:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        fn = f"{name}.txt"
        if ENC.get(fn) == "gb18030":
            data = t.encode("gb18030")
        elif ENC.get(fn) == "utf-16":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif ENC.get(fn) == "utf-8-sig":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / fn).write_bytes(data)
    enc = {k: v for k, v in ENC.items() if (out / k).exists()}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
