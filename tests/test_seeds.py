"""What the five bundled articles must yield, as the design requires (the parser knows none of them)."""
from collections import Counter


def section_regions(doc):
    return [s.region for a in doc.articles for s in a.sections]


def test_002_yields_its_ten_districts_and_cities(parsed_seeds):
    doc = parsed_seeds["002"]
    regions = set(section_regions(doc))
    assert regions >= {"胶州市", "西海岸新区", "市南区", "市北区", "李沧区", "崂山区", "城阳区", "即墨区", "平度市", "莱西市"}
    parents = {r.name: r.parent for r in doc.regions}
    assert all(parents[n] == "青岛市" for n in ("胶州市", "市南区", "城阳区", "莱西市", "西海岸新区"))
    (art,) = doc.articles
    assert art.paper == "青岛日报" and art.date == "2021-09-19"


def test_001_yields_its_three_units_under_laishan(parsed_seeds):
    doc = parsed_seeds["001"]
    assert {"莱山经济开发区", "解甲庄街道", "初家街道"} <= set(section_regions(doc))
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["解甲庄街道"] == "莱山区" and parents["莱山区"] == "烟台市"


def test_000_is_one_story_of_one_street_in_chengyang(parsed_seeds):
    doc = parsed_seeds["000"]
    assert len(doc.articles) == 1
    assert set(section_regions(doc)) == {"惜福镇街道"}
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["惜福镇街道"] == "城阳区" and parents["城阳区"] == "青岛市"
    headings = [s.title for s in doc.articles[0].sections]
    assert "党建引领，为高质量发展提供坚强保障" in headings
    assert "扩大优势，促进产业集聚发展" in headings


def test_003_holds_a_feature_a_police_item_six_briefs_and_a_second_feature(parsed_seeds):
    doc = parsed_seeds["003"]
    assert len(doc.articles) == 9
    assert doc.articles[0].title.startswith("开发区:")
    assert "110" in doc.articles[1].sections[0].text
    assert doc.articles[-1].title == "担当作为谱新篇——东城街道2019年经济社会发展纪实"
    assert {a.byline for a in doc.articles[2:8]} >= {"高庆贺", "孙晓", "黄东升", "张雪"}


def test_004_holds_three_stories(parsed_seeds):
    doc = parsed_seeds["004"]
    assert len(doc.articles) == 3
    assert doc.articles[1].title == "新区民营企业座谈会召开"
    assert doc.articles[2].title.startswith("国内首部!青岛自贸片区发布")


def test_captions_and_bylines_are_never_headings(parsed_seeds):
    for doc in parsed_seeds.values():
        for a in doc.articles:
            for s in a.sections:
                assert not s.title.startswith(("▲", "►", "□")), s.title
                assert "供图" not in s.title and "记者" not in s.title


def test_seed_figures_include_the_headline_numbers(parsed_seeds):
    figs = Counter((f.raw, f.value, f.unit) for d in parsed_seeds.values() for a in d.articles
                   for s in a.sections for f in s.figures)
    for expected in [("56.7亿元", 5670000000, "元"), ("207家", 207, "家"), ("44%", 44, "%"),
                     ("10亿美元", 1000000000, "美元"), ("1.2万家", 12000, "家"), ("28.3万平方米", 283000, "平方米"),
                     ("836.4亩", 836.4, "亩"), ("4万余张", 40000, "张"), ("1个百分点", 1, "百分点"), ("30亩", 30, "亩")]:
        assert figs[expected], expected
    raws = {k[0] for k in figs}
    assert not raws & {"2021年", "500强", "5G", "530", "110", "3版", "52号"}
