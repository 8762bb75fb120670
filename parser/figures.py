"""Every quantity written with digits, with its unit, normalised: money in 元, areas in 平方米 …

Rules, in the order they apply:
- a number takes the unit written after it, through a multiplier (万, 亿) and a 余/多;
- numbers joined by 至/到/-/、 share the later number's unit and multiplier ("20亿至30亿元");
- years, months and days, ordinals (第3), ranks (前10名), codes ("5G", "1+6"), numbers in short quotes
  ("“530”工程") or book titles are not figures;
- a bare number is a figure only after a rate word ("容积率2.3"); 万/亿 without a unit are money when
  the clause speaks of money ("投资800亿").
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .labels import clause_ends, label_after, label_before, make_label
from .metrics import metric_of
from .segment import cut, is_a_word_at
from .model import Figure
from .units import LATIN_UNITS, MULTIPLIERS, UNIT_PATTERN, UNIT_SCALE, UNITS, WORD_UNITS
from .words import CHANGE_VERBS, CJK, ONE_CHARACTER_THINGS, POST_QUALIFIERS, PRE_QUALIFIERS, SHARE_CHANGE_VERBS, alternation

_NUMBER = re.compile(
    r"(?<![\d.A-Za-z])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])"
    r"(?P<mult1>万亿|千万|百万|亿|万)?(?P<mid>余|多)?(?P<mult2>万亿|千万|百万|亿|万)?"
    rf"(?P<unit>{UNIT_PATTERN})?(?P<per>/(?:{UNIT_PATTERN}))?"
)
_PRE_QUAL = re.compile(rf"({alternation(PRE_QUALIFIERS)})$")
_POST_QUAL = re.compile(rf"^({alternation(POST_QUALIFIERS)})")
_CONNECTOR = re.compile(r"^\s*(至|到|-|~|～|—|–|、|和|或)\s*")
_MONTH_BEFORE = re.compile(r"\d{1,2}月$")
_RANK_BEFORE = re.compile(r"(第|前|排名|位居|位列|排在|位次|No\.?)$")
_DURATION_AFTER = re.compile(r"^(时间|内|来|间|多|左右|以上|里|期间|的时间|之久|有余)")
_DURATION_BEFORE = re.compile(r"(连续|用|历时|经过|耗时|花了|花费|为期|期限|长达|利用|未来|近|约|逾|超过|不到|仅|短短|的)$")
_RATE_BEFORE = re.compile(r"(率|比|系数|指数|比例|比值|比率)(为|达|是|达到)?$")
# the list's last figure naming the points the ones before it count ("分别提高了4个和3.2个百分点")
_POINTS_LISTED_AFTER = re.compile(r"(?:和|、|或|至|到|—|－|~|～)\d+(?:\.\d+)?个百分点")
# an exchange rate's note in brackets after an amount, after its base and before its rate ("（1美元约合108日元）")
_CONVERTED = r"(?:约合|折合|约折合|兑换?|合)[约近]?"
_RATE_NOTE_AFTER = re.compile(rf"(?:人民币)?{_CONVERTED}\d")
_RATE_NOTE_BEFORE = re.compile(rf"[（(]1[{CJK}]{{1,5}}?{_CONVERTED}$")
# a month or a span of months after a bare number ("增速比10月份加快…", "降幅比1—10月份收窄…"): a date
_DATE_AFTER = re.compile(r"(?:[—－~～-]\d{1,2})?(?:月|季度|日|号)")
_MONEY_CONTEXT = re.compile(
    r"投资|资金|产值|营收|收入|营业额|销售额|GDP|生产总值|总额|税收|贷款|融资|资本|金额|资产|利润|出口|进口|"
    r"进出口|消费|交易额|成交额|基金|预算|财政|支出|补贴|奖补|拨付|估值|市值|存款|价值"
)
# 万/亿 without a unit, before the money they count ("3000万资金") or the people ("3.05万贫困人口")
_MONEY_AFTER = re.compile(r"的?(?:资金|投资|资本|财政资金|补贴|奖补资金|贷款|基金|元)")
_PEOPLE_AFTER = re.compile(r"(?:农村|城镇|城乡|贫困|常住|户籍|建档立卡|农业|转移|流动|低收入)*(?:人口|居民|市民|村民|群众|农民|游客|观众|网民|用户|学生|职工|员工|劳动力)")
_PEOPLE_BEFORE = re.compile(r"人口(?:约|达|为|有|超过|近|总数|总量)?$")
_QUOTE_PAIRS = (("“", "”"), ("《", "》"), ("「", "」"), ('"', '"'))
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
MAX_VALUE = 10 ** 18   # larger values are not figures (and would not survive as JSON floats)
# the verbs of a measure going somewhere ("上升到", "跃升至")
_MOVES = (*SHARE_CHANGE_VERBS, "提升", "跃升", "攀升", "回升")
# between where a measure was and where it went ("…的18起上升到2019年的", "…左右增加到2018年的")
_FROM_TO_GAP = re.compile(r"(?:左右|以上|多|余)?[，,]?(?:再|又|持续|进一步|继续|逐步|大幅|一路|波动|稳步|明显|快速|迅速|小幅|显著)?"
                          rf"(?:{alternation((*_MOVES, '增至', '降至'))})?"
                          r"(?:到|至)[^，。；,;！？]{0,10}?的?")
# a label that says only that the measure moved ("上升到", "持续")
_MOVED = re.compile(f"(?:{alternation((*_MOVES, '持续', '左右'))})")
_FROM_BEFORE = re.compile(r"(?:从|由)[^，。；,;！？]{0,12}?的?$")
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|，|,|—{1,2}|－|～|~)?\s*")
# a rate whose label is its verb alone ("比2017年增34.6%"): the rate of what the clause before counted
# a clause that only restates the figure before it, in another currency or as a threshold it passed:
# "按年平均汇率折算达到14.4万亿美元", "首次突破1万美元大关", "连续7年保持在1300万人以上"
_RESTATES = re.compile(r"(?:连续[\d一二两三四五六七八九十]+年|首次|再次|已经?|均|仍|一举)*"
                       r"(?:按[^，,。；;\d]{0,10}?(?:折算|换算)|约合|折合|合计?|折算|换算)?(?:人民币)?"
                       r"(?:达到了?|达|为|超过了?|突破了?|保持在|稳定在|站上|跨过|迈上)?")
_BARE_CHANGE = re.compile(r"(?:(?:比|较)?(?:上年末|上年底|去年末|去年底|年初|上月末|上季度|上年|去年|上月|上周|前日|前一日|"
                          r"上年同期|去年同期|\d{4}年(?:末|底)?)|比|较|同比|环比)?"
                          r"(增长|增加|增|下降|降|减少|减|提高|上升)")
_CHANGE_WORD = {"增": "增长", "降": "下降", "减": "减少"}


@dataclass
class _Token:
    m: re.Match
    value: Decimal
    mult: Decimal
    unit: str | None


def _in_short_quote(text: str, start: int, end: int) -> bool:
    for open_q, close_q in _QUOTE_PAIRS:
        left = text.rfind(open_q, max(0, start - 12), start)
        if left < 0:
            continue
        if open_q == close_q:
            right = text.find(close_q, end, end + 12)
        else:
            if text.rfind(close_q, left, start) >= 0:
                continue
            right = text.find(close_q, end, end + 40 if open_q == "《" else end + 12)
        if right >= 0 and (open_q == "《" or right - left <= 12):
            return True
    return False


# what a train's or a flight's number is written before ("41168次列车", "2614次旅客列车")
_TRAIN_AFTER = re.compile(r"(?:旅客)?(?:列车|动车组?|航班|班列|专列|高铁)")


def _is_code(text: str, start: int, end: int) -> bool:
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    if before in "+＋×*#@/:：" and before or after in "+＋×*:：@" and after:
        return True
    if before.isascii() and before.isalpha():
        return True
    return False


def sentence_ends(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Where each sentence of text[lo:hi] ends (just after its punctuation)."""
    return [m.end() for m in _SENTENCE_END.finditer(text, lo, len(text) if hi is None else hi)]


def sentence_at(text: str, start: int, end: int, reach: int = 200, ends: list[int] | None = None) -> str:
    """The sentence around a figure, at most `reach` characters either side (a 1 MB line has no end).

    ends: sentence_ends(text), when many figures of one text are placed."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    if ends is None:
        ends = sentence_ends(text, lo, hi)
    i = bisect_right(ends, start) - 1
    left = ends[i] if i >= 0 and ends[i] > lo else lo
    j = bisect_right(ends, end)
    right = ends[j] if j < len(ends) and ends[j] <= hi else hi
    return text[left:right].strip()


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _NUMBER.finditer(text):
        try:
            value = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        mult = Decimal(1)
        for g in ("mult1", "mult2"):
            if m.group(g):
                mult *= MULTIPLIERS[m.group(g)]
        out.append(_Token(m, value, mult, m.group("unit")))
    return out


def _number(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def extract(text: str, names: tuple[str, ...] = (), is_place: Callable[[str], bool] | None = None) -> list[Figure]:
    """The figures of one section's normalised text, with offsets into it.

    names are the region names of the document, kept out of labels ("惜福镇街道新注册市场主体");
    is_place tells a place's name or short form ("湖北省", "武汉"): a label that is one says where,
    not what (by default, a name among names).
    """
    tokens = _tokens(text)
    figures: list[Figure] = []
    floor = 0
    marks = (sentence_ends(text), clause_ends(text)) if tokens else ([], [])
    for i, tok in enumerate(tokens):
        fig = _figure(text, tokens, i, floor, names, marks)
        gap = text[figures[-1].end:fig.start] if fig is not None and figures else None
        if gap is not None and _LIST_GAP.fullmatch(gap):
            prev = figures[-1]
            # "开工率分别达到94.6%、93.2%": one label for the list; after a comma a thing counted of its
            # own stays ("员工300余人，9条生产线")
            own = fig.label == label_after(text, fig.end) and ("，" in gap or "," in gap)
            if prev.kind == fig.kind and gap.strip() and (not fig.label or prev.label and (
                    fig.label == label_after(text, fig.end) and not own)):
                fig.label = prev.label
            elif not fig.label and gap.strip() in ("", "、"):
                fig.label = prev.label    # "搬迁入住5327户24231人", "运送物资343批次、190吨": one thing, two measures
        if fig is not None and figures and figures[-1].kind == fig.kind \
                and _FROM_TO_GAP.fullmatch(text, figures[-1].end, fig.start):
            # "凶杀案件数量…从2014年的18起上升到2019年的23起": where a measure was and where it went,
            # both labelled by what is named before 从
            prev = figures[-1]
            before_prev = figures[-2].end if len(figures) >= 2 else 0
            opened = _FROM_BEFORE.search(text, max(before_prev, prev.start - 16), prev.start)
            named = label_before(text, opened.start(), before_prev, names, marks[1]) if opened else ""
            if opened and not named and text[opened.start() - 1:opened.start()] in ("，", ",") \
                    and (not prev.label or _FROM_TO_GAP.match(prev.label) or _MOVED.match(prev.label)):
                # (what the clause before named, "凶杀案件数量有增无减，从…", unless the words after 从
                # named it: "，从时速35公里到350公里")
                named = label_before(text, opened.start() - 1, before_prev, names, marks[1])
            if named:
                prev.label = fig.label = named
            elif not fig.label:
                fig.label = prev.label
        bare = _BARE_CHANGE.fullmatch(fig.label) if fig is not None else None
        if bare is not None and figures:
            prev = figures[-1]
            verb = fig.label[:bare.start(1)] + _CHANGE_WORD.get(bare.group(1), bare.group(1))
            if verb[:1] not in ("比", "较", "同", "环", bare.group(1)[:1]):
                verb = "较" + verb        # the comparison's 较 went with the label's opening words
            # a rate of what was counted or summed; a share's change in points ("…占比23.4%，提高1.3个
            # 百分点"); a sum's or a count's change in its own unit ("保有量达2.2亿辆，…增加1926万辆")
            of_prev = prev.kind in ("money", "count", "area", "quantity") if fig.kind == "percent" else \
                prev.kind == fig.kind and prev.unit == fig.unit
            if fig.kind == "percent" and fig.unit == "百分点":
                of_prev = of_prev or prev.kind == "percent"
            if prev.label and of_prev and not _SENTENCE_END.search(text, prev.end, fig.start) \
                    and verb not in prev.label:
                fig.label = prev.label + verb
            elif fig.kind == "percent":
                fig.label = verb
        share = fig is not None and fig.kind == "percent" and fig.label.startswith("占") and figures
        if share and figures[-1].label and figures[-1].kind != "percent" \
                and not _SENTENCE_END.search(text, figures[-1].end, fig.start):
            # "接待观众3.88亿人次，占70年来观众总数的85.1%": the share is of what was just counted
            whole = figures[-1].label + fig.label
            fig.label = whole if len(whole) <= 16 and fig.label != "占" else figures[-1].label + "占比"
        if fig is not None and figures:
            _restated(text, fig, figures, marks[1])
            prev = figures[-1]
            if fig.label.startswith(("以上", "以下")) and text.startswith(fig.label[:2], prev.end):
                fig.label = prev.raw + fig.label    # "新落地500万元以上项目74个": the class names the thing
        if fig is not None:
            figures.append(fig)
            floor = fig.end
    _respectively(text, figures, names)
    _respectively_changed(text, figures)
    _parts_of_places(text, figures, is_place or frozenset(names).__contains__)
    for fig in figures:
        if len(fig.label) == 1 and fig.label not in ONE_CHARACTER_THINGS:
            fig.label = ""      # "用", "这", "将", "比": a word left over, not what is measured
        fig.metric = metric_of(fig.label, fig.kind)
    return figures


# "A、B和C人数分别比上年末增加1581万、874万和978万人": the k-th figure after 分别 is the k-th thing
_RESPECTIVELY = re.compile(r"([^，,。；;：:！？!?\n（(\d]{4,60}?)分别([^\d，,。；;：:、]{0,10})$")
_ITEM_SPLIT = re.compile(r"、|和|及|与")
_PLACE_END = re.compile(r"(?:省|市|县|区|镇|乡|村|街道|旗|州|盟)$")
_CHANGE = re.compile(alternation(CHANGE_VERBS))
_SHARED_HEAD = re.compile(r"(?:率|人数|比重|占比|比例|指数|价格|面积|增速)$")
# what is left of a date the list's window opened inside ("2019年装备制造业、…" read from "年装备…")
_DATE_LEFT = re.compile(r"^(?:年代|年|月|日|季度)(?:末|底|初)?")


def _respectively(text: str, figures: list[Figure], names: tuple[str, ...]) -> None:
    """Figures listed after 分别 take, one by one, the things listed before it, when there are as
    many of each and the things are not places (those are the figures' regions, and their label is
    what the verb names: "胶州市、平度市分别完成投资100亿元、80亿元")."""
    i = 0
    while i < len(figures):
        lo = max(0, figures[i].start - 80)
        # (the pattern is tried at every position of the window: look for its word first)
        m = _RESPECTIVELY.search(text, lo, figures[i].start) if text.find("分别", lo, figures[i].start) >= 0 else None
        run = [figures[i]]
        while m and len(run) + i < len(figures) and _LIST_GAP.fullmatch(text[run[-1].end:figures[i + len(run)].start]) \
                and "，" not in text[run[-1].end:figures[i + len(run)].start]:
            run.append(figures[i + len(run)])
        i += len(run)
        if not m or len(run) < 2:
            continue
        items = [item.strip() for item in _ITEM_SPLIT.split(m.group(1))]
        items[0] = _DATE_LEFT.sub("", items[0])
        if len(items) != len(run) or any(len(item) < 2 or item in names or _PLACE_END.search(item) for item in items):
            continue
        change = _CHANGE.search(m.group(2))
        # a head the last thing ends with is every thing's: "重点产业和“四新”经济项目开工率"
        words = cut(items[-1])
        head = "".join(words[-2:]) if len(words[-1]) == 1 else words[-1]     # "入驻率", "人数"
        if _SHARED_HEAD.search(head):
            items = [item if item.endswith(head) else item + head for item in items]
        labels = [label_before(item, len(item), 0, names, []) for item in items]
        if all(len(label) >= 2 for label in labels):
            for fig, label in zip(run, labels):
                fig.label = label + (change.group() if change else "")


# "立案128件、结案110件、处分112人，同比分别增长357%、307%、239%": after 分别, the k-th change is the
# k-th figure's before it
_RESPECTIVELY_CHANGED = re.compile(
    r"[，,]\s*(?P<before>(?:比|较)?(?:上年同期|去年同期|上年末|上年|去年)|(?:比|较)\d{4}年(?:末|底)?|同比|环比)?分别"
    r"(?P<after>(?:比|较)?(?:上年同期|去年同期|上年末|上年|去年)|(?:比|较)\d{4}年(?:末|底)?|同比|环比)?"
    r"(?P<verb>增长|增加|提高|上升|下降|减少|降低|回落|大增|增|降|减|占[^，,。；;\d]{1,8}?)"
    r"(?:了|的|约|近|达|为|至|到)*\s*")


def _respectively_changed(text: str, figures: list[Figure]) -> None:
    """Changes listed after 分别 that follow as many figures of the sentence, each its own thing
    ("旅客运输量6.6亿人次、货邮运输量752.6万吨，同比分别增长7.9%、1.9%"): each change is of the figure in
    its place before it, not all of the last one's."""
    i = 1
    while i < len(figures):
        j = i + 1
        while j < len(figures) and _LIST_GAP.fullmatch(text, figures[j - 1].end, figures[j].start):
            j += 1
        run = figures[i:j]
        m = _RESPECTIVELY_CHANGED.fullmatch(text, figures[i - 1].end, figures[i].start)
        if m and len(run) >= 2 and i >= len(run):
            before = figures[i - len(run):i]
            if all(f.label for f in before) and not _SENTENCE_END.search(text, before[0].end, run[0].start):
                verb = m.group("verb")
                change = (m.group("before") or m.group("after") or "") + _CHANGE_WORD.get(verb, verb)
                for fig, of in zip(run, before):
                    fig.label = of.label + change
        i = j


def _parts_of_places(text: str, figures: list[Figure], is_place: Callable[[str], bool]) -> None:
    """A figure labelled by a place alone is that place's part of a measure: "确诊病例291例（湖北省270例，
    北京市5例…）", "新增确诊病例318例，其中武汉313例", "复工率超过90%，江苏、江西超过70%". The place is its
    region; what it measures is what the figure before it in the sentence, of its unit, measures. With
    none, a count names its thing after it ("周口市134家复工企业返岗…"); else the place stays the label."""
    for i, fig in enumerate(figures):
        if not fig.label or fig.kind in ("duration", "date") or not is_place(fig.label):
            continue      # (durations listed by place are trips between places: "成都、重庆1小时通达")
        parent = None
        for prev in reversed(figures[:i]):
            if _SENTENCE_END.search(text, prev.end, fig.start):
                break
            if prev.kind == fig.kind and prev.unit == fig.unit and prev.label and not is_place(prev.label):
                parent = prev
                break
        after = label_after(text, fig.end) if parent is None and fig.kind == "count" else ""
        if parent is not None:
            fig.label = _placeless(parent.label, is_place) or fig.label
        elif after and not is_place(after):
            fig.label = after


def _placeless(label: str, is_place: Callable[[str], bool]) -> str:
    """A label without the place it opens with ("湖北新增确诊病例" -> 新增确诊病例), to say what another
    place's part measures; "" where a place stands inside it ("距长沙": the distance from one place)."""
    for k in range(min(7, len(label) - 2), 1, -1):
        if is_place(label[:k]):
            label = label[k:]
            break
    inside = any(is_place(label[i:i + k]) for i in range(len(label)) for k in range(2, 8) if i + k <= len(label))
    return "" if inside else label


def _restated(text: str, fig: Figure, figures: list[Figure], clauses: list[int]) -> None:
    """A figure whose clause says only that it restates or passes the one before it of its kind in
    the sentence takes that one's label."""
    i = bisect_right(clauses, fig.start) - 1
    head = text[clauses[i] if i >= 0 else 0:fig.start].strip()
    if not head or not _RESTATES.fullmatch(head):
        return
    for prev in reversed(figures):
        if _SENTENCE_END.search(text, prev.end, fig.start):
            return
        if prev.kind == fig.kind and prev.label:
            fig.label = prev.label
            return


def _shared_unit(text: str, tokens: list[_Token], i: int) -> _Token | None:
    """The later token whose unit this one shares: "20亿至30亿元", "3、5个"."""
    tok = tokens[i]
    j = i
    end = tok.m.end()
    while j + 1 < len(tokens):
        nxt = tokens[j + 1]
        gap = text[end:nxt.m.start()]
        if not _CONNECTOR.fullmatch(gap):
            return None
        if nxt.unit:
            return nxt
        j += 1
        end = nxt.m.end()
    return None


def _figure(text: str, tokens: list[_Token], i: int, floor: int, names: tuple[str, ...],
            marks: tuple[list[int], list[int]]) -> Figure | None:
    tok = tokens[i]
    m = tok.m
    start, end = m.start(), m.end()
    before = text[max(0, start - 6):start]
    if _RANK_BEFORE.search(before) or _is_code(text, start, end):
        return None
    # a number quoted alone is a code or a slogan ("“530”工程"); an amount of money is money however
    # it is quoted ("“1.18亿元！”屏幕弹出身价", "“20多元一个！”")
    if _in_short_quote(text, start, end) and not (tok.unit and UNITS[tok.unit][0] == "money"):
        return None
    if tok.unit == "日元" and _MONTH_BEFORE.search(before):
        return None       # "1月1日元旦": a date, not yen
    if tok.unit == "次" and _TRAIN_AFTER.match(text, end) and sum(c.isdigit() for c in m.group()) >= 3:
        return None       # "41168次列车", "2614次旅客列车": a train's or flight's number, no count
    after_char = text[end:end + 1]
    unit = tok.unit
    mult = tok.mult
    if m.group("unit") and unit in LATIN_UNITS and after_char.isascii() and after_char.isalpha():
        return None
    if not unit and after_char.isascii() and after_char.isalpha():
        return None  # "5G", "3D打印"
    if unit is None:
        shared = _shared_unit(text, tokens, i)
        if shared is not None:
            unit = shared.unit
            if mult == 1 and shared.mult != 1 and not m.group("mid"):
                mult = shared.mult
    per = m.group("per") or ""
    raw_end = end
    kind: str
    stored: str
    hours = unit == "个" and _HOURS_AFTER.match(text, end)
    more_than = hours and hours.group(1) == "多"
    if hours:
        # "经过4个多小时的检测", "奋战了1个多月", "手术进行了3个半小时": so many hours or months, more
        # than that, or and a half
        unit, raw_end = ("小时" if hours.group(2) == "小时" else "个月"), hours.end()
        end = raw_end
    word_unit = WORD_UNITS.get(unit) if unit else None
    if word_unit and text.startswith(word_unit[len(unit):], end) \
            and is_a_word_at(text, end - len(unit), end - len(unit) + len(word_unit)):
        unit, raw_end = word_unit, end + len(word_unit) - len(unit)
        end = raw_end
    if unit == "个" and _POINTS_LISTED_AFTER.match(text, end):
        unit = "个百分点"     # "高0.5个和0.6个百分点": points, as the list's last says
    if unit:
        kind, stored = UNITS[unit]
        if unit == "年":
            if not _is_duration_year(text, start, end, tok.value):
                return None
        if unit == "余家":
            stored = "家"
    elif mult != 1 and (_PEOPLE_AFTER.match(text, end) or _PEOPLE_BEFORE.search(text, max(0, start - 6), start)):
        kind, stored = UNITS["人"]      # "1109万农村贫困人口", "人口约200万"
    elif mult != 1:
        clause = text[max(floor, start - 16):start]
        if not (_MONEY_CONTEXT.search(clause) or _MONEY_AFTER.match(text, end)) or after_char in "级强位名号倍":
            return None
        kind, stored = "money", "元"
    elif _RATE_BEFORE.search(before) and not _DATE_AFTER.match(text, end):
        kind, stored = "ratio", ""
    else:
        return None
    if kind == "money" and (tok.value == 1 and mult == 1 and text.endswith(("（", "("), 0, start)
                            and _RATE_NOTE_AFTER.match(text, end) or _RATE_NOTE_BEFORE.search(text, max(0, start - 12), start)):
        # "…26万亿日元（1美元约合108日元）": a note converting the amount, its base and its rate, no
        # amounts of the story (a rate the story reports is: "全年人民币平均汇率为1美元兑6.8985元人民币")
        return None
    value = tok.value * (mult if kind in ("money", "count", "area", "quantity", "duration") else 1)
    value *= UNIT_SCALE.get(unit, 1)
    if hours and hours.group(1) == "半":
        value += Decimal("0.5")
    if kind == "percent" and mult != 1:
        return None
    if per:
        stored = f"{stored}{per}"
    if start and text[start - 1] in "-－−" and (start < 2 or not text[start - 2].isdigit()):
        start -= 1           # "增长-3.2%": the sign belongs to the figure
        value = -value
    if abs(value) > MAX_VALUE or len(m.group("num")) > 24:
        return None   # a run of digits no paper prints as a quantity: a code, or debris
    raw = text[start:raw_end]
    number = _number(value)
    if isinstance(number, float) and not math.isfinite(number):
        return None
    qual = _qualifier(text, start, raw_end, m.group("mid") or ("多" if more_than else None))
    sentences, clauses = marks
    label = make_label(text, start, raw_end, kind, floor, names, clauses)
    return Figure(raw=raw, value=number, unit=stored, kind=kind, qual=qual, label=label,
                  context=sentence_at(text, start, raw_end, ends=sentences), start=start, end=raw_end)


def _is_duration_year(text: str, start: int, end: int, value: Decimal) -> bool:
    if value >= 1000 or value != value.to_integral_value():
        return False  # 2021年 is a date
    return bool(_DURATION_AFTER.match(text[end:end + 3]) or _DURATION_BEFORE.search(text[max(0, start - 4):start]))


# "4个多小时", "3个半小时": 多 or 半 between the measure word and the hours or months
_HOURS_AFTER = re.compile(r"([多半])(小时|月)")


def _qualifier(text: str, start: int, end: int, mid: str | None) -> str:
    quals = []
    m = _PRE_QUAL.search(text[max(0, start - 3):start])
    if m:
        quals.append(m.group(1))
    if mid:
        quals.append(mid)
    m = _POST_QUAL.match(text[end:end + 2])
    if m and m.group(1) not in quals:
        quals.append(m.group(1))
    return "".join(quals[:1]) if len(quals) == 1 else ",".join(quals)
