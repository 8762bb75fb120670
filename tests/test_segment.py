"""Word boundaries: the parser cuts with rjieba where it is installed and with jieba where not; a
store must not depend on which one the machine had."""
import jieba
import pytest

from tui_browse.parser import segment

PASSAGES = [
    "2019年，全区认定大学生创业企业144家，累计发放补贴420余万元。",
    "江苏省昆山市玉山镇马庄村的徐惠良更觉敞亮",
    "热火朝天的工地上，GDP增长6.1%，5G基站达到1,234个",
    "Ｅ-mail: news@example.com　全角ＡＢＣ１２３\r\n下一行",
    "真金白银支持乡村振兴，其中城镇居民人均可支配收入",
    "",
]


@pytest.mark.parametrize("text", PASSAGES)
def test_the_fast_cut_is_jieba_s_own(text):
    if segment.rjieba is None:
        pytest.skip("rjieba is not installed here: the parser cuts with jieba itself")
    assert list(segment._cut(text)) == jieba.lcut(text, HMM=False)


def test_word_boundaries_read_the_way_a_reader_reads():
    assert segment.is_a_word_at("其中城镇居民", 2, 6)
    assert not segment.is_a_word_at("热火朝天", 1, 3)      # no 朝天 inside 热火朝天
    assert segment.starts_a_word("其中城镇居民", 2)
    assert not segment.starts_a_word("其中城镇居民", 1)    # 中城 is no word start here
