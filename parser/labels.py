"""What a figure measures, in words a reader understands on their own: "总投资", "新注册市场主体"."""
from __future__ import annotations

import re

from .segment import cut

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?、\n（(）)]")
_TRAILING = re.compile(
    r"(?:分别为|分别|约为|已达|已有|共有|共计|合计|总计|不少于|不低于|不超过|不足|超过|大约|将近|接近|多达|高达|"
    r"达到|至少|最高|突破|约|近|逾|达|超|为|是|共|有|了|的|仅|已|计|增至|降至|至|到)$"
)
_LEADING = re.compile(
    r"^(?:\d+(?:[-—~至]\d+)?(?:年|月份|月|日|季度)[底初末中内]?|今年以来|今年|去年|全年|年内|截至目前|截至|目前|其中|"
    r"同时|此外|另外|预计|计划|已经|已|共|并|还|累计|新区|全区|全市|全县)"
)
_AFTER_STOP = re.compile(
    r"(利用|进行|入驻|全部|均|将|正|实现|完成|开工|投产|落地|签约|达到|参加|参与|提前|获得|通过|等|中|"
    r"已|在|的|被|为|是|按期|尽快|顺利|建设快速).*$"
)
_DIGIT = re.compile(r"\d")


def _tail_words(text: str, max_chars: int = 10) -> str:
    if len(text) <= max_chars:
        return text
    words = cut(text)
    out = ""
    for w in reversed(words):
        if out and len(out) + len(w) > max_chars:
            break
        out = w + out
    return out


def label_before(text: str, start: int, floor: int) -> str:
    """The noun phrase ahead of the figure within its clause."""
    head = text[floor:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end():]
    head = head.strip(" “”\"'")
    for _ in range(4):
        new = _TRAILING.sub("", head)
        new = _LEADING.sub("", new)
        if new == head:
            break
        head = new
    if _DIGIT.search(head):
        head = re.split(r"\d[\d.,%]*", head)[-1]
    return _tail_words(head.strip(" “”\"'"))


def label_after(text: str, end: int) -> str:
    """For a count, the thing counted when it follows the figure: "44个省市重点项目"."""
    tail = text[end:end + 16]
    m = re.match(r"[^，,。；;：:！？!?、\n（(\d]+", tail)
    if not m:
        return ""
    phrase = _AFTER_STOP.sub("", m.group(0)).strip(" “”\"'")
    if len(phrase) < 2:
        return ""
    if len(phrase) > 10:
        words = cut(phrase)
        phrase = ""
        for w in words:
            if phrase and len(phrase) + len(w) > 10:
                break
            phrase += w
    return phrase


def make_label(text: str, start: int, end: int, kind: str, floor: int) -> str:
    before = label_before(text, start, floor)
    if kind == "count":
        # "44个省市重点项目": the thing counted follows; "新注册市场主体207家，": it went before
        return label_after(text, end) or before
    return before
