"""Property tests: whatever text or bytes the parser is given, it answers without an exception, and
what it answers keeps the store's promises (offsets, finite values, known kinds, a region for every
section, the same result twice)."""
import math
import os
import random
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui_browse.parser import DecodeError, parse_bytes, parse_text
from tui_browse.store.schema import KINDS

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SEED_TEXTS = [f.read_text(encoding="utf-8") for f in SEEDS]
# TUI_BROWSE_FUZZ_EXAMPLES raises the count for a long local run; CI runs the default
FUZZ = settings(max_examples=int(os.environ.get("TUI_BROWSE_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# Characters the genre is made of, so random text reaches the interesting rules.
ALPHABET = st.sampled_from(list(
    "0123456789.,%-+—~、，。；：！？“”()（）《》【】□■▲►#\n\n\n \t亿万元美家个项人余多约近超过以上不少于达"
    "平方米亩年月日第强街道镇区市县新开发园省青岛城阳胶州惜福項目建設投資總增長(xiàng)(shè)"
    "abcGDPWh\u3000\ufeff\x00\x07\ud7ff\U0001F600"))


def check(doc) -> None:
    for art in doc.articles:
        assert art.sections
        for sec in art.sections:
            assert sec.region, "every section has a region"
            for f in sec.figures:
                assert getattr(sec, f.field)[f.start:f.end] == f.raw   # text, or the heading
                assert isinstance(f.value, (int, float)) and math.isfinite(f.value)
                assert f.kind in KINDS
    names = {r.name for r in doc.regions}
    assert {s.region for a in doc.articles for s in a.sections} <= names


def check_bytes(data: bytes, name: str) -> None:
    """Bytes either parse into a sound document or are refused with a reason."""
    try:
        doc = parse_bytes(data, name)
    except DecodeError as exc:
        assert str(exc)
        return
    check(doc)


def snapshot(doc):
    return [(a.title, a.region, [(s.title, s.region, s.text, [(f.raw, f.value, f.start) for f in s.figures])
                                 for s in a.sections]) for a in doc.articles]


@FUZZ
@given(st.text(ALPHABET, max_size=400))
@example("")
@example("1" * 500 + "亿元")
@example("第\n\n□\n\n■2版\n\n##\n\n(下转第二版)")
def test_any_genre_text_parses_within_the_contract(text):
    doc = parse_text(text, "fuzz.txt")
    check(doc)
    assert snapshot(parse_text(text, "fuzz.txt")) == snapshot(doc)


PLACES = ["青岛市", "城阳区", "胶州市", "惜福镇街道", "黄岛区", "即墨区", "莱西市", "济南市", "历城区"]
INDICATORS = ["总投资", "完成投资", "实现营业收入", "计划投资", "签约金额"]
COUNTED = [("新签约项目", "个"), ("新注册市场主体", "家"), ("新增就业", "人"), ("开工项目", "个")]


@st.composite
def genre_article(draw):
    """An article of the genre, written from parts: a headline, a byline, a few paragraphs of place,
    indicator and figure, sometimes a section heading. Returns the text and the money figures in it
    (as written), which the parser must find."""
    place = draw(st.sampled_from(PLACES))
    lines = [f"{place}{draw(st.sampled_from(['打响项目攻坚战', '推进重点项目建设', '经济稳中向好']))}", "",
             f"□本报记者 {draw(st.sampled_from(['王明', '李华', '张伟']))}", ""]
    money: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            lines += [draw(st.sampled_from(["抓项目 促发展", "优化营商环境", "产业升级"])), ""]
        sentences = []
        for _ in range(draw(st.integers(1, 3))):
            who = draw(st.sampled_from(PLACES))
            whole = draw(st.integers(1, 9999))
            tenths = draw(st.one_of(st.none(), st.integers(1, 9)))
            amount = f"{whole}.{tenths}" if tenths else str(whole)
            unit = draw(st.sampled_from(["亿元", "万元"]))
            what, measure = draw(st.sampled_from(COUNTED))
            raw = f"{amount}{unit}"
            money.append(raw)
            sentences.append(f"{who}{what}{draw(st.integers(2, 500))}{measure}，"
                             f"{draw(st.sampled_from(INDICATORS))}{raw}，同比增长{draw(st.integers(1, 60))}%。")
        lines += ["　　" + "".join(sentences), ""]
    return "\n".join(lines), money


@FUZZ
@given(genre_article())
def test_generated_articles_yield_their_figures_within_the_contract(article):
    """Unlike random text, these reach the checks: an article, sections and figures every time."""
    text, money = article
    doc = parse_text(text, "generated.txt")
    check(doc)
    figures = [f for a in doc.articles for s in a.sections for f in s.figures]
    assert doc.articles and figures, "a generated article is an article with figures"
    raws = [f.raw for f in figures]
    for raw in money:
        assert raw in raws, f"{raw} was written and not found"
    money_values = sorted(f.value for f in figures if f.kind == "money")
    expected = sorted(round(float(r[:-2]) * (1e8 if r.endswith("亿元") else 1e4), 2) for r in money)
    assert [round(v, 2) for v in money_values] == expected, "each money figure's value, in yuan"
    assert snapshot(parse_text(text, "generated.txt")) == snapshot(doc)


# The tests below are crash tests: random Unicode and bytes seldom make an article, so they check
# only that the parser answers (or refuses with a reason) and never breaks the contract.
@FUZZ
@given(st.text(max_size=300))
def test_any_unicode_parses(text):
    check(parse_text(text, "u.txt"))


@FUZZ
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    check_bytes(data, "b.txt")


def _mutate(text: str, rng: random.Random, how: str) -> str:
    lines = text.split("\n")
    if how == "delete":
        for _ in range(rng.randint(1, 10)):
            if lines:
                lines.pop(rng.randrange(len(lines)))
    elif how == "duplicate":
        for _ in range(rng.randint(1, 10)):
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
    elif how == "shuffle":
        rng.shuffle(lines)
    elif how == "pinyin":
        out = []
        for ch in text:
            out.append(ch)
            if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.2:
                out.append(rng.choice(["(xiàng)", "(mù)", "(de)", "(jiàn)", "（shè）"]))
        return "".join(out)
    elif how == "mix":
        import opencc
        conv = opencc.OpenCC("s2t")
        return "\n".join(conv.convert(line) if rng.random() < 0.5 else line for line in lines)
    return "\n".join(lines)


@FUZZ
@given(st.integers(0, len(SEED_TEXTS) - 1), st.sampled_from(["delete", "duplicate", "shuffle", "pinyin", "mix"]),
       st.integers(0, 2 ** 32 - 1))
def test_mutated_seeds_parse_within_the_contract(which, how, seed):
    text = _mutate(SEED_TEXTS[which], random.Random(seed), how)
    doc = parse_text(text, "mutated.txt")
    check(doc)
    assert snapshot(parse_text(text, "mutated.txt")) == snapshot(doc)


@FUZZ
@given(st.integers(0, len(SEEDS) - 1), st.integers(1, 50_000))
def test_seed_bytes_truncated_mid_character(which, cut):
    data = SEEDS[which].read_bytes()
    data = data[: min(cut, len(data) - 1)]
    check_bytes(data, "cut.txt")
