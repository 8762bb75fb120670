"""A figure's metric: the canonical indicator its label names, so that figures written differently
but measuring the same thing group together when regions are compared.

The rules, in order (README.md says the same):
1. Quotation marks, brackets (with the 、 of a list inside them) and spaces go: "“四新”经济" is
   四新经济, "省（区、市）" is 省区市.
2. What opens a list ("一是", "等一批"), verbs of effort (加快推进, 着力) and words that say when, how
   or how far a figure was reached (计划, 累计, 全年, 完成, 实现, 以上 …) go from the front:
   "计划总投资", "全年完成总投资" and "一是加快推进总投资" are 总投资.
3. A rate of change (a percent whose label ends in a change: 同比增长, 比上年增长, 增长, 增速 …) is
   "<indicator>增长" or "<indicator>下降", the indicator canonical by these rules: "规模以上工业增加值
   同比增长" and "规模以上工业增加值增长" are one metric; a rate with no indicator is 增长.
4. A share ("占GDP比重", "占能源消费总量", "占比") is "<indicator>占比", and so is the share in a
   change of one ("…占能源消费总量提高" -> …占比增长).
5. Synonyms, whole words at the end of the label: 投资总额 and 总投资额 are 总投资, 固投 is
   固定资产投资, GDP and 生产总值 are 地区生产总值 (the table below).
"""
from __future__ import annotations

import re

from .labels import LEAD_WORDS
from .segment import cut

_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
_NOISE = re.compile(r"[“”\"'‘’「」『』《》()（）\s·]")
_SCOPE = re.compile(r"^(?:另有|其中|此外|项目(?=.)|以上|以下|计划|累计|全年|年度|今年|去年|当年|上半年|前三季度|一季度|完成了|实现了|完成|实现|总计|合计|"
                    r"共计|共|预计|新认定|已)")
# a rate of change: the comparison base and the change, at the end of a percent's label
_CHANGE = re.compile(r"(?:同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|较上年同期|(?:比|较)\d{4}年)?"
                     r"(增长|增加|增速|增幅|增|提高|提升|上升|下降|降幅|降低|减少|回落)$")
_UP = {"增长", "增加", "增速", "增幅", "增", "提高", "提升", "上升"}
# (not "占全年计划": how much of a plan is done)
_SHARE = re.compile(r"(?:占[^占]{0,10}?(?:的)?)?(?:比重|占比|份额)$|占(?![^占]*(?:计划|任务|目标)$)[^占]{2,12}$")
# indicator synonyms: a label ending in the left word ends in the right one
SYNONYMS = (
    ("计划总投资", "总投资"),
    ("投资总额", "总投资"),
    ("总投资额", "总投资"),
    ("固定资产投资额", "固定资产投资"),
    ("固投", "固定资产投资"),
    ("GDP", "地区生产总值"),
    ("国内生产总值", "地区生产总值"),
    ("生产总值", "地区生产总值"),
    ("增加值额", "增加值"),
    ("营收", "营业收入"),
    ("进出口额", "进出口总额"),
    ("社零额", "社会消费品零售总额"),
)


# what a list or a group puts before the thing measured ("一是加快推进总投资", "产业园等一批总投资")
_LIST_HEAD = re.compile(r"^.*(?:[一二三四五六七八九十]是|等一批|一批|等)")


def _indicator(label: str) -> str:
    text = _LIST_HEAD.sub("", label) or label
    words = cut(text)
    while len(words) > 1 and words[0] in LEAD_WORDS:      # verbs of effort: 加快推进, 着力
        words.pop(0)
    text = "".join(words)
    for _ in range(3):
        new = _SCOPE.sub("", text)
        if new == text:
            break
        text = new
    for word, canonical in SYNONYMS:
        if text.endswith(word) and not text.endswith(canonical):
            text = text[:-len(word)] + canonical
            break
    return text


def metric_of(label: str, kind: str) -> str:
    """The canonical indicator of a figure with this label and kind ("" for a figure with no label)."""
    # (a bracket's list goes with its brackets: "31个省（区、市）" and "31个省区市" count the same)
    text = _NOISE.sub("", _BRACKETED.sub(lambda m: m.group(1).replace("、", ""), label or ""))
    if not text:
        return ""
    if kind == "percent":
        change = _CHANGE.search(text)
        if change is not None:    # (a share's change: "…占能源消费总量提高" -> …占比增长)
            head = text[:change.start()]
            return (_share_of(head) or _indicator(head)) + ("增长" if change.group(1) in _UP else "下降")
        share = _share_of(text)
        if share is not None:
            return share
    return _indicator(text) or text


def _share_of(text: str) -> str | None:
    """A share ("占GDP比重", "占能源消费总量", "占比") as "<indicator>占比"; None for any other label."""
    share = _SHARE.search(text)
    if share is not None and share.start() > 0:
        return _indicator(text[:share.start()]) + "占比"
    return None
