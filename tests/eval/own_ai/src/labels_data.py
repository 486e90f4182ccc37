# label rows, one block per page (run through labels.py)
N = []
A = []
PG = []


def NEG(doc, ev, why, not_park):
    N.append({"doc": f"{doc}.txt", "evidence": conv(doc, ev), "why": why, "not_park": not_park})


def ART(doc, title, first, kind, park, year):
    A.append({"doc": f"{doc}.txt", "index": sum(1 for a in A if a["doc"] == f"{doc}.txt"),
              "title": conv(doc, title), "first": conv(doc, first), "kind": kind, "park": park, "year": year})


# ---------------- ai01 (masthead 2023; Markdown) ----------------
d = "ai01"; p = "平果经开区"
G(d, p, "enterprise_count", 173, "规划范围内聚集企业", "规划范围内已聚集企业173家", 2023, "page", "pingguo")
G(d, p, "enterprise_count", 100, "规模以上工业企业", "规模以上工业企业突破100家", 2023, "page", "pingguo", qual="over")
G(d, p, "output_value", 500 * Y, "园区工业总产值", "家；园区工业总产值突破500亿元", 2023, "page", "pingguo", qual="over",
  note="目前 takes the page year 2023 (masthead); the figures describe the park at its founding")
G(d, p, "output_value", 500 * Y, "园区工业总产值（标题）", "揭牌 园区工业总产值突破500亿元", 2023, "page", "pingguo", qual="over", dup="家；园区工业总产值突破500亿元")
for ev, why, np_ in [
    ("营业收入超过500亿元", "营业收入 is no metric", "平果经开区"),
    ("规划面积11.05平方公里", "area", "平果经开区"),
    ("2022年8月经自治区人民政府批复", "date", "平果经开区"),
    ("全区经开区已增至13家", "count of parks (province), no enterprise", None),
    ("国家级5家、自治区级8家", "count of parks (province)", None),
    ("完成规上工业总产值7500亿元", "province-wide 13 parks' output: province figure", None),
    ("集聚“四上”企业2000家", "province-wide enterprises", None),
    ("外贸进出口1705亿元", "trade volume, no metric", None),
    ("同比增长46.65%", "growth rate", None),
    ("实际利用外资8.1亿美元", "utilised foreign capital, province", None),
    ("投资额超过3000亿元", "province signed investment", None),
    ("超过2100亿元", "province funds in place", None),
    ("企业投资项目62个", "province project count", None),
    ("行业领军企业投资项目18个", "province project count", None),
    ("制造业投资额占比达52%", "share", None),
    ("林业全产业链基地项目签约金额20亿元", "a project of 崇左市 in a province story", None),
    ("签约金额17亿元", "a project signed with 百色市 (city), not 平果经开区", "平果经开区"),
    ("0776-5820139", "phone number", None),
]:
    NEG(d, ev, why, np_)
ART(d, "平果经开区揭牌 园区工业总产值突破500亿元", "本报百色2月2日电 2月1日", "park", "平果经开区", 2023)
ART(d, "全区13家经开区去年规上工业总产值7500亿元", "本报讯 记者从自治区商务厅", "province", None, 2022)
ART(d, "一季度全区新签招商项目投资额超3000亿元", "本报讯 2022年一季度，全区", "province", None, 2022)
ART(d, "", "图为平果经开区铝产业园区一角", "other", None, 2023)
ART(d, "", "园区招商服务热线：0776", "ad", None, 2023)
PG.append((d, 2023, "masthead 「2023年2月3日 星期五」; the 平果 article dated 2月1日/2日 of that year; the province briefs carry 2022"))
