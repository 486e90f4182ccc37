# builds pages/ from the simplified UTF-8 drafts in src/ (run: python3 src/build.py from tests/eval/own_p)
import pathlib, re, json, opencc
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

FW = str.maketrans("0123456789%", "０１２３４５６７８９％")
def fullwidth(text):
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    return text.translate(FW)

def tw(text):
    return s2tw.convert(text).replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")

def draft(name):
    return (here / f"{name}_draft.txt").read_text(encoding="utf-8")

enc = {}
for name in ["p01", "p05", "p07", "p08"]:
    (out / f"{name}.txt").write_text(draft(name), encoding="utf-8")
# p02: traditional (OpenCC s2tw, 「」 quotes), GB18030
t = tw(draft("p02")); (here / "p02_s2tw.txt").write_text(t, encoding="utf-8")
(out / "p02.txt").write_bytes(t.encode("gb18030")); enc["p02.txt"] = "gb18030"
# p03: hard-wrapped at 28 characters, UTF-16 with BOM
w = wrap(draft("p03"), 28); (here / "p03_wrapped.txt").write_text(w, encoding="utf-8")
(out / "p03.txt").write_bytes(w.encode("utf-16")); enc["p03.txt"] = "utf-16"
# p04: full-width digits, CRLF line ends, UTF-8 with BOM
f = fullwidth(draft("p04")); (here / "p04_fullwidth.txt").write_text(f, encoding="utf-8")
(out / "p04.txt").write_bytes(b"\xef\xbb\xbf" + f.replace("\n", "\r\n").encode("utf-8")); enc["p04.txt"] = "utf-8-sig"
# p06: simplified, GB18030
(out / "p06.txt").write_bytes(draft("p06").encode("gb18030")); enc["p06.txt"] = "gb18030"
(here.parent / "encodings.json").write_text(json.dumps(enc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
