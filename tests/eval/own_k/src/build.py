# builds pages/ from the simplified UTF-8 drafts in src/ (run: python3 src/build.py from tests/eval/own_k)
import pathlib, re, opencc
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
s2tw = opencc.OpenCC("s2tw")

def wrap(text, n):
    """PDF-like hard wrap: every line cut at n characters, mid-sentence."""
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)

FW = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
def fullwidth(text):
    """ASCII digits -> full-width; a decimal point between digits -> ．"""
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return text.translate(FW)

def trad(text):
    return s2tw.convert(text).replace("“", "「").replace("”", "」")

def draft(name):
    return (here / f"{name}_draft.txt").read_text(encoding="utf-8")

# k01, k06, k07, k08: plain UTF-8
for name in ["k01", "k06", "k07", "k08"]:
    (out / f"{name}.txt").write_text(draft(name), encoding="utf-8")
# k02: traditional (OpenCC s2tw, 「」), GB18030
t = trad(draft("k02"))
(here / "k02_s2tw.txt").write_text(t, encoding="utf-8")
(out / "k02.txt").write_bytes(t.encode("gb18030"))
# k03: hard-wrapped at 28 characters, UTF-16 with BOM
w = wrap(draft("k03"), 28)
(here / "k03_wrapped.txt").write_text(w, encoding="utf-8")
(out / "k03.txt").write_bytes(w.encode("utf-16"))
# k04: full-width digits, CRLF, UTF-8 with BOM
f = fullwidth(draft("k04"))
(here / "k04_fullwidth.txt").write_text(f, encoding="utf-8")
(out / "k04.txt").write_bytes(b"\xef\xbb\xbf" + f.replace("\n", "\r\n").encode("utf-8"))
# k05: simplified, GB18030
(out / "k05.txt").write_bytes(draft("k05").encode("gb18030"))
print("built", sorted(p.name for p in out.iterdir()))
