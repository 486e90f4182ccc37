# builds pages/ from the drafts in src/ (run from tests/eval/own_j)
import pathlib, opencc, json
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
s2tw = opencc.OpenCC("s2tw")
def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)
for name in ["j01", "j05", "j06"]:
    (out / f"{name}.txt").write_text((here / f"{name}_draft.txt").read_text(), encoding="utf-8")
t = s2tw.convert((here / "j02_draft.txt").read_text()).replace("“", "「").replace("”", "」")
(here / "j02_s2tw.txt").write_text(t, encoding="utf-8")
(out / "j02.txt").write_bytes(t.encode("gb18030"))
w = wrap((here / "j03_draft.txt").read_text(), 30)
(here / "j03_wrapped.txt").write_text(w, encoding="utf-8")
(out / "j03.txt").write_bytes(w.encode("utf-16"))
c = (here / "j04_draft.txt").read_text().replace("\n", "\r\n")
(out / "j04.txt").write_bytes(b"\xef\xbb\xbf" + c.encode("utf-8"))
