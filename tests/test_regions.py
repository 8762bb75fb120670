"""Regions come from the gazetteer where it knows them; other units are kept, placed by the text."""
import pytest
from tui_browse.parser import parse_text
from tui_browse.parser.regions import RegionContext, build_regions, leader_unit


def test_leader_lines_name_their_unit():
    assert leader_unit("解甲庄街道党工委书记 蒋昊峰") == "解甲庄街道"
    assert leader_unit("莱山经济开发区党工委书记、管委主任 王大昌") == "莱山经济开发区"
    assert leader_unit("市委常委、胶州市委书记,上合示范区党工委书记、管委会主任刘建军:") == "胶州市"
    assert leader_unit("城阳区委书记、青岛高新区工委书记王波:") == "城阳区"


def test_a_street_the_gazetteer_lacks_is_kept_without_a_parent_when_nothing_places_it():
    ctx = RegionContext.of("幸福里街道召开会议，幸福里街道党工委书记讲话。", [])
    (region,) = build_regions({"幸福里街道"}, ctx)
    assert (region.name, region.parent, region.level) == ("幸福里街道", None, "town")


def test_a_street_goes_under_the_district_the_story_is_about():
    text = "今年以来，惜福镇街道坚持党建统领。城阳区委、区政府高度重视，青岛市也给予支持。惜福镇街道新增企业20家。"
    doc = parse_text(text, "x.txt")
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["惜福镇街道"] == "城阳区"
    assert parents["城阳区"] == "青岛市"


def test_common_words_that_share_a_county_stem_do_not_move_the_story():
    # 公安 is also the stem of 公安县 (湖北), 东城 of 北京's 东城区: neither may win over 聊城
    text = ("东城街道在开发区的领导下推进工作。开发区公安分局开展宣传。聊城开发区公安机关服务群众。"
            "东城街道累计走访60多家企业。")
    ctx = RegionContext.of(text, ["东城街道"])
    assert ctx.city == "聊城市"


def test_the_same_name_in_two_cities_resolves_by_context():
    ctx = RegionContext.of("青岛市市北区召开会议。市北区新增项目10个。青岛发展势头良好。", [])
    regions = {r.name: r.parent for r in build_regions({"市北区"}, ctx)}
    assert regions["市北区"] == "青岛市"


def test_a_city_and_its_district_sharing_the_shi_are_the_district():
    """"青岛市南区" is 青岛's 市南区 (the 市 written once), not 青岛市 with "南区" left to the label."""
    doc = parse_text("今年以来，青岛市南区新开工项目35个，总投资120亿元。青岛市北区签约项目12个。", "x.txt")
    figures = {f.raw: (f.region, f.label) for s in doc.articles[0].sections for f in s.figures}
    assert figures["35个"] == ("市南区", "新开工项目") and figures["120亿元"][0] == "市南区"
    assert figures["12个"] == ("市北区", "签约项目")
    assert {r.name: r.parent for r in doc.regions}["市南区"] == "青岛市"
    # the city that has no such district keeps its name whole: 青岛市 and a word after it
    doc = parse_text("青岛市中心城区新开工项目35个。", "x.txt")
    assert [f.region for s in doc.articles[0].sections for f in s.figures] == ["青岛市"]


@pytest.mark.slow
def test_a_story_about_a_city_and_one_of_its_streets_belongs_to_the_city_whatever_the_hash_seed(tmp_path):
    """Parsing must not depend on Python's string hashing: the same file, the same regions."""
    import json
    import subprocess
    import sys
    from pathlib import Path
    # the street's section comes first: a tie between the two must not be settled by set order
    page = ("党建引领，为高质量发展提供坚强保障\n\n银和街道\n\n银和街道新增企业20家，完成投资3.2亿元。银和街道开展项目攻坚。"
            "\n\n沧州市\n\n沧州市今年以来新开工项目12个，总投资56亿元，同比增长8.5%。沧州市将继续推进项目建设。\n")
    src = tmp_path / "page.txt"
    src.write_text(page, encoding="utf-8")
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    script = ("import json, sys\nfrom pathlib import Path\nfrom tui_browse.parser import parse_bytes\n"
              "out = []\nfor p in sys.argv[1:]:\n"
              "    d = parse_bytes(Path(p).read_bytes(), Path(p).name)\n"
              "    out.append([[a.region, [(s.region, s.title) for s in a.sections]] for a in d.articles])\n"
              "    out.append(sorted((r.name, r.parent) for r in d.regions))\n"
              "print(json.dumps(out, ensure_ascii=False))\n")
    runs = []
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**__import__("os").environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script, str(src), *map(str, seeds)], env=env,
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    assert all(run == runs[0] for run in runs)
    assert runs[0][0][0][0] == "沧州市"


def test_a_verb_between_a_place_and_a_zone_word_makes_no_zone():
    """"平度市新建农业园区8个" counts 平度's newly built parks: no region "平度新建农业园区"."""
    doc = parse_text("今年，平度市新建农业园区8个，胶州市打造特色园区3个。苏州高新区新增企业20家。", "x.txt")
    names = {r.name for r in doc.regions}
    assert not any("新建" in n or "打造" in n for n in names), names
    figures = {f.raw: f.region for s in doc.articles[0].sections for f in s.figures}
    assert figures["8个"] == "平度市" and figures["3个"] == "胶州市" and figures["20家"] == "苏州高新区"


def test_a_county_name_after_a_number_that_says_how_big_is_no_county():
    # "两大社区" is two big communities, not 高雄's 大社区; a 大 county after its city is still one
    doc = parse_text("老楼加装电梯\n\n　　北京市丰台区两大社区总计28台老旧电梯完成更新。\n", "x.txt")
    assert "大社区" not in {r.name for r in doc.regions}
    assert {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}["28台"] == "丰台区"
    town = parse_text("沈阳办学\n\n　　辽宁沈阳大东区新建学校3所。\n", "y.txt")
    assert "大东区" in {r.name for r in town.regions}


def test_a_town_written_after_its_county_is_that_county_s_though_the_list_has_it_elsewhere():
    # the list knows 常青街道 only in other provinces; the text's path puts one in 武汉's 江汉区,
    # and its nearest parent wins over the heading's shorter path
    text = "武汉常青街道建应急队\n\n　　近日，在武汉市江汉区常青街道某社区，应急队转运发热病人3名。\n"
    doc = parse_text(text, "x.txt")
    assert {r.name: r.parent for r in doc.regions}["常青街道"] == "江汉区"
    assert {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}["3名"] == "常青街道"
    # the list's only 民族街道 is 东胜区's (内蒙古): written after 江汉区, it is 江汉区's, not a street
    # of 鄂尔多斯 in a Wuhan story's tree
    one = parse_text("社区排查\n\n　　武汉市江汉区民族街道组织排查，共走访居民3200户。\n", "z.txt")
    parents = {r.name: r.parent for r in one.regions}
    assert parents["民族街道"] == "江汉区"
    assert "东胜区" not in parents and "内蒙古自治区" not in parents


def test_a_two_character_county_named_after_its_province_once_is_that_county_alone_later():
    # "山西吉县" is 山西's 吉县, not 宁夏's 西吉县 after a 山; once the story has said so, a bare
    # "吉县" later is the county too; "代县长" (an acting county head) names no 代县
    text = ("苹果富农\n\n　　本报记者 张三\n\n　　邂逅苹果城山西吉县。\n"
            "　　如今，吉县拥有果库40家。山西代县今年新建大棚10座，代县长王五介绍了3个项目。\n")
    doc = parse_text(text, "apple.txt")
    names = {r.name for r in doc.regions}
    assert "西吉县" not in names
    placed = {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}
    assert placed["40家"] == "吉县"
    assert placed["10座"] == "代县"


def test_a_town_after_a_new_area_is_the_one_in_the_counties_the_area_spans():
    # Chongqing has two 人和街道 (渝北区's, 云阳县's); 两江新区 spans 江北区, 渝北区 and 北碚区
    doc = parse_text("邢家桥社区\n\n　　本报记者 王五\n\n　　重庆两江新区人和街道邢家桥社区有住房488套。\n", "t.txt")
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["人和街道"] == "渝北区" and parents["渝北区"] == "重庆市"


def test_a_zone_of_a_document_of_one_province_is_that_province_s():
    # the notice never writes the zone after its place, but names no province other than 海南
    text = ("招聘公告\n\n　　洋浦经济开发区是国家级开发区，2018年工业总产值达到500亿元，为海南之首。\n"
            "　　洋浦经济开发区是海南自贸港建设的先行区，现招聘22个岗位。\n")
    doc = parse_text(text, "notice.txt")
    assert {r.name: r.parent for r in doc.regions}["洋浦经济开发区"] == "海南省"


def test_an_item_listed_beside_parts_of_regions_by_direction_is_a_word_beside_parts_of_places_a_place():
    from tui_browse.parser.regions import listed_beside_things
    weather = "黄淮南部、江汉、江淮、江南北部等地有雨"
    at = weather.find("江汉")
    assert listed_beside_things(weather, at, at + 2)          # (黄淮南部 is no 南部县)
    provinces = "山东南部、江汉、湖南北部等地有雨"
    at = provinces.find("江汉")
    assert not listed_beside_things(provinces, at, at + 2)
