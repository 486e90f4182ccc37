"""The place and park knowledge: divisions.tsv, parks.tsv and the lookups of etl/places.py, checked as data."""

from collections import Counter

import pytest

from etl.parks import Park, gazetteer
from etl.places import divisions, locate, lookup, place_words, starts_with_place
from tests.conftest import query

PARKS = gazetteer().parks
CHINA = {"longitude": (73.0, 135.5), "latitude": (3.5, 53.6)}  # bounding box, Nansha islands to Mohe


def park_id(park: Park) -> str:
    return park.name


# --- divisions.tsv -------------------------------------------------------------------------------------

DIVISIONS = [  # full name, short, level, province, prefecture
    ("高邮市", "高邮", "county", "江苏", "扬州"),
    ("广陵区", "广陵", "county", "江苏", "扬州"),
    ("内蒙古自治区", "内蒙古", "province", "内蒙古", ""),
    ("延边朝鲜族自治州", "延边", "prefecture", "吉林", "延边"),
    ("鄂伦春自治旗", "鄂伦春", "county", "内蒙古", "呼伦贝尔"),
    ("恩施土家族苗族自治州", "恩施", "prefecture", "湖北", "恩施"),
    ("东城区", "东城", "county", "北京", "北京"),
    ("浦东新区", "浦东", "county", "上海", "上海"),
    ("仙桃市", "仙桃", "county", "湖北", "仙桃"),
    ("石河子市", "石河子", "county", "新疆", "石河子"),
    ("东莞市", "东莞", "prefecture", "广东", "东莞"),
    ("莱芜区", "莱芜", "county", "山东", "济南"),
    ("钱塘区", "钱塘", "county", "浙江", "杭州"),
    ("叙州区", "叙州", "county", "四川", "宜宾"),  # 2018: 宜宾县
    ("盘州市", "盘州", "county", "贵州", "六盘水"),  # 2017: 盘县
    ("湾沚区", "湾沚", "county", "安徽", "芜湖"),  # 2020: 芜湖县
    ("吉林市", "吉林市", "prefecture", "吉林", "吉林市"),  # 吉林 is the province
    ("长沙县", "长沙县", "county", "湖南", "长沙"),  # 长沙 is the city
    ("沙县", "沙县", "county", "福建", "三明"),  # one character
    ("前进区", "前进区", "county", "黑龙江", "佳木斯"),  # a common word
    ("清新区", "清新区", "county", "广东", "清远"),
    ("神农架林区", "神农架", "county", "湖北", "神农架"),
]


@pytest.mark.parametrize(("name", "short", "level", "province", "prefecture"), DIVISIONS, ids=[d[0] for d in DIVISIONS])
def test_division_rows(name: str, short: str, level: str, province: str, prefecture: str) -> None:
    [d] = [d for d in divisions() if d.name == name]
    assert (d.short, d.level, d.province, d.prefecture) == (short, level, province, prefecture)


def test_divisions_are_whole() -> None:
    ds = divisions()
    assert Counter(d.level for d in ds)["province"] == 34
    assert len(ds) > 3000
    assert len({d.adcode for d in ds}) == len(ds)
    assert not [d.name for d in ds if d.name in ("市辖区", "县") or "直辖县级" in d.name]
    provinces = {d.short for d in ds if d.level == "province"}
    prefectures = {d.short for d in ds if d.level == "prefecture"} | provinces
    assert not [d.name for d in ds if d.province not in provinces or (d.prefecture and d.prefecture not in
                                                                       prefectures | {d.short})]
    assert not [d.name for d in ds if d.longitude is None or not inside_china(d.longitude, d.latitude)]


def test_short_names_never_repeat_a_higher_division() -> None:
    higher = {d.short for d in divisions() if d.level != "county"}
    assert not [d.name for d in divisions() if d.level == "county" and d.short in higher]
    assert not [d.name for d in divisions() if len(d.short) < 2]


# --- places.py lookups ------------------------------------------------------------------------------

LOCATE = [  # province, city, district → the division's full name and its prefecture
    (("江苏", "南京", "鼓楼区"), ("鼓楼区", "南京")),
    (("福建", "福州", "鼓楼区"), ("鼓楼区", "福州")),
    (("福建", "福州", "鼓楼"), ("鼓楼区", "福州")),
    (("北京", "北京", "朝阳区"), ("朝阳区", "北京")),
    (("吉林", "长春", "朝阳区"), ("朝阳区", "长春")),
    (("江苏", "扬州", "高邮"), ("高邮市", "扬州")),
    (("湖北", "仙桃", ""), ("仙桃市", "仙桃")),
    (("新疆", "石河子", ""), ("石河子市", "石河子")),
    (("江苏", "扬州", "不存在区"), ("扬州市", "扬州")),  # an unknown district: the city
    (("江苏", "", "鼓楼区"), ("江苏省", "")),  # two 鼓楼区 in 江苏 and no city: the province
    (("陕西", "", ""), ("陕西省", "")),
]


@pytest.mark.parametrize(("where", "found"), LOCATE, ids=["/".join(filter(None, w)) for w, _ in LOCATE])
def test_locate(where: tuple[str, str, str], found: tuple[str, str]) -> None:
    d = locate(*where)
    assert (d.name, d.prefecture) == found


LOOKUP = [("鼓楼区", 4), ("鼓楼", 4), ("高邮", 1), ("高邮市", 1), ("仙桃", 1), ("石河子", 1), ("朝阳区", 2),
          ("朝阳", 1), ("吉林", 1), ("一加仑", 0)]


@pytest.mark.parametrize(("name", "n"), LOOKUP, ids=[c[0] for c in LOOKUP])
def test_lookup(name: str, n: int) -> None:
    assert len(lookup(name)) == n
    assert all(name in (d.name, d.short) for d in lookup(name))


STARTS = [("聊城高新区", ("山东", "聊城")), ("重庆两江鱼复工业开发区", ("重庆", "重庆")),
          ("乌鲁木齐甘泉堡经开区", ("新疆", "乌鲁木齐")), ("蒲城高新区", ("陕西", "渭南")),
          ("鼓楼区科技园", None), ("某某园区", None)]


@pytest.mark.parametrize(("name", "where"), STARTS, ids=[c[0] for c in STARTS])
def test_starts_with_place(name: str, where: tuple[str, str] | None) -> None:
    d = starts_with_place(name)
    assert (d and (d.province, d.prefecture)) == where


PLACE_WORDS = [("高邮", True), ("扬州市", True), ("内蒙古", True), ("鼓楼", True), ("前进区", True),
               ("前进", False), ("长沙县", True), ("沙", False), ("一枕邯郸", False)]


@pytest.mark.parametrize(("word", "is_place"), PLACE_WORDS, ids=[c[0] for c in PLACE_WORDS])
def test_place_words(word: str, is_place: bool) -> None:
    assert (word in place_words()) is is_place


# --- parks.tsv ------------------------------------------------------------------------------------------

def inside_china(lon: float | None, lat: float | None) -> bool:
    return lon is not None and lat is not None and CHINA["longitude"][0] <= lon <= CHINA["longitude"][1] \
        and CHINA["latitude"][0] <= lat <= CHINA["latitude"][1]


@pytest.mark.parametrize("park", PARKS, ids=park_id)
def test_park_place_exists_and_is_consistent(park: Park) -> None:
    [province] = [d for d in lookup(park.province) if d.level == "province"]
    city = locate(park.province, park.city)
    assert city is not None and city.prefecture == park.city and city.province == province.short
    assert city.level != "county" or city.short == park.city  # 仙桃, 石河子: county-level cities as cities
    if park.district:
        district = locate(park.province, park.city, park.district)
        assert district.level == "county" and park.district in (district.name, district.short)
    where = locate(park.province, park.city, park.district)
    assert inside_china(where.longitude, where.latitude)


def test_counts() -> None:
    levels = Counter(p.level for p in PARKS)
    assert levels["national_htz"] >= 178
    assert levels["national_etdz"] >= 229


def test_no_two_parks_share_a_name() -> None:
    written = Counter(w for p in PARKS for w in {p.name, p.official, *p.aliases})
    assert [w for w, n in written.items() if n > 1] == []


def test_aliases_are_names_not_generic_words() -> None:
    generic = {"高新区", "经开区", "开发区", "园区", "科学城", "工业园区", "示范区"}
    assert not [a for p in PARKS for a in p.aliases if a in generic or len(a) < 2]
    places = {d.name for d in divisions()} | {d.short for d in divisions()}
    assert not [(p.name, a) for p in PARKS for a in p.aliases if a in places]


def test_every_written_form_names_its_own_park() -> None:
    """No park's official name or alias resolves to another park (by_name keeps the first park to claim a name)."""
    by_name = gazetteer().by_name
    assert not [(p.name, w) for p in PARKS for w in (p.name, p.official, *p.aliases) if by_name[w] != p.name]


def test_short_names_follow_the_naming_rule() -> None:
    """<place>高新区 / <place>经开区; a leading city is dropped when one of its own districts follows."""
    def leading_city_then_district(p: Park) -> bool:
        if not p.name.startswith(p.city) or p.name == p.city:
            return False
        rest = p.name[len(p.city):]
        return any(rest.startswith(d.short) and d.prefecture == p.city and d.level == "county"
                   for n in range(2, 5) for d in lookup(rest[:n]))
    assert not [p.name for p in PARKS if leading_city_then_district(p)]
    assert not [p.name for p in PARKS if p.level == "national_htz" and p.official.endswith("高新技术产业开发区")
                and not p.name.endswith("高新区")]
    named_otherwise = {"上海化工区"}  # 上海化学工业经济技术开发区: no place in the name, the common short form
    assert not [p.name for p in PARKS if p.official.endswith("经济技术开发区") and not p.name.endswith("经开区")
                and p.name not in named_otherwise]


EXAMPLES = [  # short name → official name, province, city, district, level
    ("宝鸡高新区", ("宝鸡国家高新技术产业开发区", "陕西", "宝鸡", "渭滨区", "national_htz")),
    ("慈湖高新区", ("马鞍山慈湖国家高新技术产业开发区", "安徽", "马鞍山", "花山区", "national_htz")),
    ("株洲高新区", ("株洲国家高新技术产业开发区", "湖南", "株洲", "天元区", "national_htz")),
    ("仙桃高新区", ("仙桃国家高新技术产业开发区", "湖北", "仙桃", "", "national_htz")),
    ("石河子高新区", ("新疆生产建设兵团石河子国家高新技术产业开发区", "新疆", "石河子", "", "national_htz")),
    ("雄安高新区", ("河北雄安国家高新技术产业开发区", "河北", "保定", "雄县", "national_htz")),
    ("北京经开区", ("北京经济技术开发区", "北京", "北京", "大兴区", "national_etdz")),
    ("蜀山经开区", ("合肥蜀山经济技术开发区", "安徽", "合肥", "蜀山区", "national_etdz")),
    ("西青经开区", ("天津西青经济技术开发区", "天津", "天津", "西青区", "national_etdz")),
    ("杭州经开区", ("杭州经济技术开发区", "浙江", "杭州", "钱塘区", "national_etdz")),
    ("洋浦经开区", ("海南洋浦经济开发区", "海南", "儋州", "", "national_etdz")),
    ("奎屯-独山子经开区", ("奎屯-独山子经济技术开发区", "新疆", "伊犁", "奎屯", "national_etdz")),
    ("酒泉经开区", ("酒泉经济技术开发区", "甘肃", "酒泉", "肃州区", "provincial")),
    ("广陵经开区", ("扬州广陵经济开发区", "江苏", "扬州", "广陵区", "provincial")),
    ("张江科学城", ("张江科学城", "上海", "上海", "浦东新区", "other")),
]


@pytest.mark.parametrize(("name", "row"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_rows(name: str, row: tuple[str, str, str, str, str]) -> None:
    [p] = [p for p in PARKS if p.name == name]
    assert (p.official, p.province, p.city, p.district, p.level) == row


ALIASES = [("扬州市广陵经济开发区", "广陵经开区"), ("亦庄", "北京经开区"), ("北京亦庄", "北京经开区"),
           ("泰达", "天津经开区"),
           ("马鞍山慈湖高新区", "慈湖高新区"), ("襄樊经开区", "襄阳经开区"), ("广西北海工业园区", "北海经开区"),
           ("天津高新区", "滨海高新区"),
           ("湖州莫干山高新区", "莫干山高新区"), ("漕河泾新兴技术开发区", "漕河泾开发区")]


@pytest.mark.parametrize(("alias", "park"), ALIASES, ids=[a[0] for a in ALIASES])
def test_alias_resolves(alias: str, park: str) -> None:
    assert gazetteer().canonical(alias) == park


def test_parks_table_places_every_park(seeds_db) -> None:
    rows = query(seeds_db, "SELECT park, in_gazetteer, province, city, longitude, latitude FROM parks")
    assert len([r for r in rows if r[1]]) == len(PARKS)
    assert not [r[0] for r in rows if r[1] and not inside_china(r[4], r[5])]
    assert ("聊城高新区", False, "山东", "聊城") in [r[:4] for r in rows]
