# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_aj)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"aj03": 28}
NAMES = [n for n in ["aj01", "aj02", "aj03", "aj04"] if (here / f"{n}_draft.txt").exists()]


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


def render(name):
    """the decoded text of page `name` (what a reader of pages/ sees, CRLF as LF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "aj03":
        t = wrap(trad(t), WRAP["aj03"])
    if name == "aj04":
        t = fullwidth(t)
    return t


ENC = {"aj01.txt": "gb18030", "aj02.txt": "utf-16", "aj04.txt": "utf-8-sig"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in ("aj03", "aj04"):
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        if name == "aj01":
            data = t.encode("gb18030")
        elif name == "aj02":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "aj04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    enc = {k: v for k, v in ENC.items() if k[:-4] in NAMES}
    (here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
