# builds pages/ and encodings.json from the simplified UTF-8 drafts in src/
# run: python3 src/build.py   (from tests/eval/own_w)
import json, pathlib, re
import opencc

here = pathlib.Path(__file__).resolve().parent
out = here.parent / "pages"
out.mkdir(exist_ok=True)
S2HK = opencc.OpenCC("s2hk")
FW = {str(i): chr(0xFF10 + i) for i in range(10)}
WRAP = {"w06": 30}
NAMES = ["w01", "w02", "w03", "w04", "w05", "w06", "w07"]
ENC = {"w02.txt": "gb18030", "w03.txt": "utf-16", "w04.txt": "utf-8-sig"}


def trad(text, conv=S2HK):
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
    """the decoded text of page `name` with \\n line ends (w04 is stored with CRLF)"""
    t = (here / f"{name}_draft.txt").read_text(encoding="utf-8")
    if name == "w04":
        t = trad(t)
    if name == "w05":
        t = fullwidth(t)
    if name == "w06":
        t = wrap(t, WRAP["w06"])
    return t


if __name__ == "__main__":
    for name in NAMES:
        t = render(name)
        if name == "w02":
            data = t.encode("gb18030")
        elif name == "w03":
            data = t.encode("utf-16")          # BOM + UTF-16LE
        elif name == "w04":
            data = b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")
        else:
            data = t.encode("utf-8")
        (out / f"{name}.txt").write_bytes(data)
    (here.parent / "encodings.json").write_text(json.dumps(ENC, ensure_ascii=False, indent=1) + "\n")
    print("built", sorted(p.name for p in out.glob("*.txt")))
