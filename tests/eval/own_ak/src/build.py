# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_ak)
import json, pathlib, re

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
WRAP = {"ak02": 30}
NAMES = ["ak01", "ak02"]


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
    if name in WRAP:
        t = wrap(t, WRAP[name])
    return t


ENC = {"ak02.txt": "gb18030"}

if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name in WRAP:
            (here / f"{name}_rendered.txt").write_text(t, encoding="utf-8")
        data = t.encode("gb18030") if name == "ak02" else t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
