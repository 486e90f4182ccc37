"""Build own_h/pages from the drafts in src/ (encodings, script, wrap, line ends)."""
import pathlib, re, json
import opencc
HERE = pathlib.Path(__file__).resolve().parent
PAGES = HERE.parent / "pages"
cc = opencc.OpenCC("s2hk")

def trad(s):
    return cc.convert(s).replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")

def wrap(text, width=30):
    out = []
    for para in text.split("\n"):
        while len(para) > width:
            cut = width
            while cut > 1 and para[cut - 1].isdigit() and para[cut].isdigit():
                cut -= 1
            out.append(para[:cut]); para = para[cut:]
        out.append(para)
    return "\n".join(out)

def build():
    d = {n: (HERE / f"{n}_draft.txt").read_text(encoding="utf-8") for n in
         ["h01", "h02", "h03", "h04", "h05", "h06", "h07", "h08"]}
    for n in ["h01", "h04", "h06", "h07", "h08"]:
        (PAGES / f"{n}.txt").write_bytes(d[n].encode("utf-8"))
    t2 = trad(d["h02"]); (HERE / "h02_s2hk.txt").write_text(t2, encoding="utf-8")
    (PAGES / "h02.txt").write_bytes(t2.encode("gb18030"))
    (PAGES / "h03.txt").write_bytes(b"\xef\xbb\xbf" + d["h03"].replace("\n", "\r\n").encode("utf-8"))
    w5 = wrap(d["h05"], 30); (HERE / "h05_wrapped.txt").write_text(w5, encoding="utf-8")
    (PAGES / "h05.txt").write_bytes(w5.encode("utf-16"))
    (HERE.parent / "encodings.json").write_text(json.dumps(
        {"h02.txt": "gb18030", "h03.txt": "utf-8-sig", "h05.txt": "utf-16"}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build()
