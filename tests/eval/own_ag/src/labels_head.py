# writes gold.jsonl, negatives.jsonl, articles.jsonl, pages.jsonl from the labels below
# run: python3 src/labels.py  (from tests/eval/own_ag, after src/build.py)
# Evidence is written in simplified Chinese with half-width digits and converted to each page's form
# (s2tw for ag04, full-width digits for ag05) by build's rules; every evidence is checked to be
# on the decoded page, inside one line, at most 40 characters, and (for gold) unique on the page.
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build

here = pathlib.Path(__file__).resolve().parent
root = here.parent
PAGES = {n: build.render(n) for n in build.NAMES}


def conv(doc, s):
    if doc == "ag04":
        return build.trad(s, build.S2TW)
    if doc == "ag05":
        return build.fullwidth(s)
    return s


