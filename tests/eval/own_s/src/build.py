# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/ (run: python3 src/build.py)
import json, pathlib, re, opencc
here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"; out.mkdir(exist_ok=True)
def rd(n): return (here / n).read_text(encoding="utf-8")
def wrap(text, n):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > n:
            lines.append(ln[:n]); ln = ln[n:]
        lines.append(ln)
    return "\n".join(lines)
def quotes(t): return t.replace("“", "「").replace("”", "」")
def fullwidth(t):
    t = re.sub(r"(?<=\d)\.(?=\d)", "．", t)
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in t)
pages = {
    # s01: plain UTF-8, Markdown headings, masthead date
    "s01.txt": (rd("s01_draft.txt"), "utf-8"),
    # s02: traditional (OpenCC s2tw, 「」), GB18030, plain short headings
    "s02.txt": (quotes(opencc.OpenCC("s2tw").convert(rd("s02_draft.txt"))), "gb18030"),
    # s03: hard-wrapped at 28 characters, UTF-16 with BOM
    "s03.txt": (wrap(rd("s03_draft.txt"), 28), "utf-16"),
    # s04: full-width digits, UTF-8 with BOM and CRLF, a text table
    "s04.txt": (fullwidth(rd("s04_draft.txt")), "utf-8-sig-crlf"),
    # s05: GB18030, simplified, ● briefs
    "s05.txt": (rd("s05_draft.txt"), "gb18030"),
    # s06: traditional (OpenCC s2hk, 「」), UTF-8, Markdown
    "s06.txt": (quotes(opencc.OpenCC("s2hk").convert(rd("s06_draft.txt"))), "utf-8"),
}
enc = {}
for name, (text, e) in pages.items():
    (here / name.replace(".txt", "_rendered.txt")).write_text(text, encoding="utf-8")
    if e == "utf-8":
        (out / name).write_bytes(text.encode("utf-8"))
    elif e == "utf-8-sig-crlf":
        (out / name).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")); enc[name] = "utf-8-sig"
    elif e == "utf-16":
        (out / name).write_bytes(text.encode("utf-16")); enc[name] = "utf-16"
    else:
        (out / name).write_bytes(text.encode(e)); enc[name] = e
(here.parent / "encodings.json").write_text(json.dumps(enc, indent=1) + "\n")
