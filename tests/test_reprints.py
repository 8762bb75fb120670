"""The same story printed by several papers: kept and shown, marked as a reprint of the first
printing, and left out of totals unless asked."""
import json

from tui_browse.cli import main
from tui_browse.store import Store, build_store
from tui_browse.store.reprints import COMMON, find_reprints, sentence_set

STORY = ("　　今年以来，胶州市新开工重点项目35个，完成投资120亿元，同比增长12.5%。\n"
         "　　胶州市将继续优化营商环境，全年新增市场主体8000户，新增规模以上企业60家。\n"
         "　　胶州市相关负责人表示，下一步将加快项目落地，确保重点项目按期开工建设。\n"
         "　　在上合示范区，一批高端制造项目已经进入设备安装阶段，预计年底前投产运营。\n"
         "　　胶州市还组建了项目服务专班，为企业提供从签约到投产的全流程代办服务。\n"
         "　　据统计，前三季度全市重点项目累计完成投资额占年度计划的百分之八十以上。\n")


def test_a_story_printed_again_with_a_new_headline_is_a_reprint_of_the_first(tmp_path):
    (tmp_path / "a-qingdao-daily.txt").write_text("胶州市加快重点项目建设\n\n" + STORY, encoding="utf-8")
    # another paper: its own headline and byline, one sentence edited
    reprint = STORY.replace("预计年底前投产运营", "预计明年一季度投产")
    (tmp_path / "b-peninsula.txt").write_text("胶州重点项目建设跑出加速度\n\n本报记者 王明\n\n" + reprint,
                                              encoding="utf-8")
    (tmp_path / "c-other.txt").write_text(
        "莱西市农业产业化迈出新步伐\n\n　　莱西市今年新增农业龙头企业12家，带动农户3万户。\n"
        "　　莱西市还建成现代农业产业园5个，总投资18亿元，辐射带动周边乡镇发展。\n"
        "　　莱西市农业农村局负责人表示，将继续推动一二三产业融合发展。\n", encoding="utf-8")
    db = tmp_path / "s.json"
    report = build_store(sorted(tmp_path.glob("*.txt")), db)
    assert report.reprints == 1 and "1 articles reprinting another" in report.summary()
    store = Store.open(db)
    by_source = {a["source"]: (aid, a) for aid, a in store.articles.items()}
    first_id, _ = by_source["a-qingdao-daily.txt"]
    assert by_source["b-peninsula.txt"][1]["reprint_of"] == first_id
    assert by_source["a-qingdao-daily.txt"][1]["reprint_of"] is None
    assert by_source["c-other.txt"][1]["reprint_of"] is None
    # shown, but out of the totals
    assert store.reprinted_figures("胶州市") > 0
    counted = store.figures_of_region("胶州市")
    every = store.figures_of_region("胶州市", reprints=True)
    assert len(every) == 2 * len(counted) and store.figure_count("胶州市") == len(counted)
    assert store.reprinted_figures("胶州市") == len(counted)
    every.reverse()       # a caller sorting its list (the numbers panel does) changes no later answer
    assert store.figures_of_region("胶州市", reprints=True) == sorted(every)
    assert main(["figures", "--db", str(db), "--region", "胶州市", "--format", "json"]) == 0


def test_figures_cli_counts_reprints_only_when_asked(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"胶州市加快项目建设{name}\n\n" + STORY, encoding="utf-8")
    db = tmp_path / "s.json"
    build_store(sorted(tmp_path.glob("*.txt")), db)
    main(["figures", "--db", str(db), "--format", "json"])
    alone = json.loads(capsys.readouterr().out)
    main(["figures", "--db", str(db), "--format", "json", "--reprints"])
    both = json.loads(capsys.readouterr().out)
    assert len(both) == 2 * len(alone) > 0


def test_short_items_and_different_stories_are_never_reprints():
    brief = "胶州市召开项目推进会。"
    other = STORY.replace("胶州市", "莱西市").replace("上合示范区", "姜山镇").replace("35个", "20个")
    found = find_reprints(_numbered([STORY, brief, brief, other]))
    assert found == {}, "two briefs are too short to tell; a story about another place is another story"
    assert find_reprints(_numbered([STORY, STORY, STORY])) == {2: 1, 3: 1}, "every reprint points at the first"


def _numbered(texts):
    return [(n, sentence_set(t)) for n, t in enumerate(texts, 1)]


STOCK = ("　　本报将持续关注各地重点项目建设进展情况，欢迎读者提供新闻线索。\n"
         "　　更多详细内容请关注本报客户端和官方微信公众号的后续报道。\n")


def test_a_stock_sentence_many_stories_share_neither_makes_them_reprints_nor_hides_a_real_one():
    # more stories than the index lists per sentence, each with the paper's two stock sentences
    stories = [f"　　{n}号地块今年新开工项目{n}个，完成投资{n}亿元，带动就业{n}人。\n"
               f"　　{n}号地块的企业已有{n}家投产，年产值预计达到{n}亿元以上。\n" + STOCK
               for n in range(100, 100 + COMMON + 20)]
    printed = [*stories, STORY + STOCK, STORY.replace("预计年底前投产运营", "年底前投产") + STOCK]
    found = find_reprints(_numbered(printed))
    assert found == {len(printed): len(printed) - 1}, \
        "only the story printed twice is a reprint, though it shares the stock sentences with every other"
