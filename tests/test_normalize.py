"""Pinyin annotations, full-width digits and traditional script are normalised; other text is kept."""
from tui_browse.parser.normalize import has_traditional, is_pinyin_annotated, normalize_line, to_simplified


def test_tone_marked_pinyin_after_characters_is_removed():
    assert normalize_line("強(qiáng)力推進(jìn)項(xiàng)目建設(shè)", True) == "强力推进项目建设"


def test_bracketed_notes_that_are_not_pinyin_stay():
    assert normalize_line("▲效果图(灵山卫街道供图)", False) == "▲效果图(灵山卫街道供图)"
    assert normalize_line("(YMG全媒体记者 徐睿 整理)", False) == "(YMG全媒体记者 徐睿 整理)"
    assert normalize_line("引进AI(人工智能)企业", False) == "引进AI(人工智能)企业"


def test_latin_words_in_brackets_survive_in_an_unannotated_file():
    assert normalize_line("建设中心(ai)平台", False) == "建设中心(ai)平台"


def test_toneless_syllables_go_only_in_annotated_files():
    assert normalize_line("我們的(de)項目", True) == "我们的项目"
    assert normalize_line("我们的(de)项目", False) == "我们的(de)项目"


def test_annotation_is_detected_from_several_syllables():
    assert is_pinyin_annotated("項(xiàng)目建設(shè)推進(jìn)")
    assert not is_pinyin_annotated("投资(亿元)项目(个)")


def test_page_jump_markers_are_removed_from_display_text():
    assert normalize_line("筛选出(下转第二版)", False) == "筛选出"
    assert normalize_line("进一步优化（下转2版）", False) == "进一步优化"


def test_full_width_digits_become_ascii():
    assert normalize_line("投资１２０亿元，增长５．５％", False) == "投资120亿元，增长5.5%"


def test_traditional_is_converted_and_simplified_is_left_alone():
    assert has_traditional("膠州市")
    assert not has_traditional("胶州市")
    assert to_simplified("膠州市總投資") == "胶州市总投资"
    assert to_simplified("胶州市总投资") == "胶州市总投资"


def test_corrupted_runs_do_not_crash_and_are_kept():
    line = "??v深推進,進入快車道?!半p招雙引"
    out = normalize_line(line, True)
    assert "??v深推进" in out and "半" in out


def test_our_simplifier_gives_opencc_s_own_result(seed_files):
    """parser.script applies OpenCC's t2s dictionaries at C speed; it must say exactly what OpenCC says."""
    import opencc
    from tui_browse.parser.script import simplifier, _DICTIONARIES
    ours, theirs = simplifier(), opencc.OpenCC("t2s")
    traditional = opencc.OpenCC("s2t")
    samples = [traditional.convert(f.read_text(encoding="utf-8")) for f in seed_files]
    # every phrase OpenCC treats as a unit, run together and inside sentences
    phrases = [row.split("\t")[0] for row in (_DICTIONARIES / "TSPhrases.txt").read_text(encoding="utf-8").splitlines()]
    samples.append("".join(phrases))
    samples.append("，".join(f"他說{p}了" for p in phrases))
    for text in samples:
        assert ours.convert(text) == theirs.convert(text)
    assert ours.convert("一目瞭然的乾燥") == "一目了然的干燥"


def test_one_traditional_character_anywhere_in_a_long_document_is_found():
    body = "全市新开工重点项目，总投资达到亿元。" * 400        # 7,600 characters, all simplified
    assert not has_traditional(body)
    assert not has_traditional(body + "😀")                 # outside the BMP, and still simplified
    assert has_traditional(body + "經濟")
    assert has_traditional("經" + body)
    from tui_browse.parser import parse_text
    doc = parse_text(body + "\n　　該區總投資達到5億元。\n", "x.txt")
    assert "5亿元" in [f.raw for a in doc.articles for s in a.sections for f in s.figures]
