# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/ (adapted from own_y)
import json, pathlib, re
import opencc
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"; out.mkdir(exist_ok=True)
S2TW = opencc.OpenCC("s2tw")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
NAMES = ["ah01", "ah02", "ah03", "ah04", "ah05"]
WRAP = 28
def trad(t): return S2TW.convert(t).replace("“", "「").replace("”", "」")
def fullwidth(t):
    t = re.sub(r"(?<=\d)\.(?=\d)", "．", t); return "".join(FW.get(c, c) for c in t)
def wrap(t, n):
    lines = []
    for ln in t.split("\n"):
        while len(ln) > n: lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)
def conv(name, s):
    if name == "ah04": return trad(s)
    if name == "ah05": return fullwidth(s)
    return s
def render(name):
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "ah02": t = wrap(t, WRAP)
    return conv(name, t)
ENC = {"ah02.txt": "gb18030", "ah03.txt": "utf-16", "ah04.txt": "utf-8-sig"}
if __name__ == "__main__":
    for n in NAMES:
        t = render(n)
        if n == "ah02": data = t.encode("gb18030")
        elif n == "ah03": data = t.encode("utf-16")
        elif n == "ah04": data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else: data = t.encode("utf-8")
        (out / f"{n}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, indent=1) + "\n")
    print("built")
