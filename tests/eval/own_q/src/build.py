# builds pages/ from the drafts in src/ (run: python3 src/build.py)
import pathlib, opencc, json
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"; out.mkdir(exist_ok=True)
def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)
# q01: plain UTF-8, Markdown
(out / "q01.txt").write_text((here / "q01_draft.txt").read_text(encoding="utf-8"), encoding="utf-8")
# q02: traditional (s2tw, 「」), GB18030
t = opencc.OpenCC("s2tw").convert((here / "q02_draft.txt").read_text(encoding="utf-8")).replace("“", "「").replace("”", "」")
(here / "q02_s2tw.txt").write_text(t, encoding="utf-8")
(out / "q02.txt").write_bytes(t.encode("gb18030"))
# q03: hard-wrapped at 28, UTF-16 with BOM
w = wrap((here / "q03_draft.txt").read_text(encoding="utf-8"), 28)
(here / "q03_wrapped.txt").write_text(w, encoding="utf-8")
(out / "q03.txt").write_bytes(w.encode("utf-16"))
# q04: UTF-8 with BOM, CRLF, full-width digits already in the draft
c = (here / "q04_draft.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
(out / "q04.txt").write_bytes(b"\xef\xbb\xbf" + c.encode("utf-8"))
(here.parent / "encodings.json").write_text(json.dumps({"q02.txt": "gb18030", "q03.txt": "utf-16", "q04.txt": "utf-8-sig"}, indent=1) + "\n")
