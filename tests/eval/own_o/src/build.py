# builds pages/ from the simplified UTF-8 drafts in src/ (run: python3 src/build.py from tests/eval/own_o)
import pathlib, re, opencc, json
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
s2tw = opencc.OpenCC("s2tw")

def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)

def trad(text):
    return s2tw.convert(text).replace("“", "「").replace("”", "」")

FW = {str(i): chr(0xFF10 + i) for i in range(10)}
def fullwidth(text):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    text = text.replace("%", "％")
    return "".join(FW.get(c, c) for c in text)

def draft(name):
    return (here / f"{name}_draft.txt").read_text(encoding="utf-8")

# o01, o06: plain UTF-8
for name in ["o01", "o06", "o07", "o08"]:
    (out / f"{name}.txt").write_text(draft(name), encoding="utf-8")
# o02: traditional (s2tw, 「」), GB18030
t = trad(draft("o02"))
(here / "o02_s2tw.txt").write_text(t, encoding="utf-8")
(out / "o02.txt").write_bytes(t.encode("gb18030"))
# o03: hard-wrapped at 30 characters, UTF-16 with BOM
w = wrap(draft("o03"), 30)
(here / "o03_wrapped.txt").write_text(w, encoding="utf-8")
(out / "o03.txt").write_bytes(w.encode("utf-16"))
# o04: full-width digits, CRLF, UTF-8 with BOM
f = fullwidth(draft("o04"))
(here / "o04_fullwidth.txt").write_text(f, encoding="utf-8")
(out / "o04.txt").write_bytes(b"\xef\xbb\xbf" + f.replace("\n", "\r\n").encode("utf-8"))
# o05: simplified, GB18030
(out / "o05.txt").write_bytes(draft("o05").encode("gb18030"))
(here.parent / "encodings.json").write_text(json.dumps(
    {"o02.txt": "gb18030", "o03.txt": "utf-16", "o04.txt": "utf-8-sig", "o05.txt": "gb18030"}, ensure_ascii=False, indent=1) + "\n")
