# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_an); adapted from own_aj/src/build.py
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"an04": 30}
NAMES = [n for n in [f"an0{i}" for i in range(1, 8)] if (here / f"{n}_draft.txt").exists()]


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
    """a simplified, half-width string in the form it takes on page `name` (no wrapping)"""
    if name == "an04":
        return trad(s, S2HK)
    if name == "an07":
        return trad(s, S2TW)
    if name == "an06":
        return fullwidth(s)
    return s


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    t = conv(name, t)
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


ENC = {"an01.txt": "gb18030", "an02.txt": "utf-16", "an03.txt": "utf-8-sig", "an06.txt": "utf-8-sig",
       "an07.txt": "gb18030"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("an04", "an06", "an07"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name in ("an01", "an07"):
            data = t.encode("gb18030")
        elif name == "an02":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "an03":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        elif name == "an06":
            data = b"\xef\xbb\xbf" + t.encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
