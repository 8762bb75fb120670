"""Rejoin lines that page layout broke mid-sentence ("…牢\n\n固树立…"), keeping real paragraph breaks.

A broken line is one that stops without closing its sentence and whose continuation reads on: a long
line, a line ending in a connective, a word cut in two, or a continuation that closes within a few
characters ("…骄人\n\n业绩。"). Photo captions printed inside the break are stepped over and kept.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import lines as L
from .segment import cut, spans_word

_CONNECTIVE_END = tuple("的、，,和与及或在对把将从向为以并且而等及其之于")
_LONG_LINE = 40
# what never opens a line of text: a line starting so was cut from the one above by the layout
_OPENS_MIDWAY = frozenset("，,。、；;：:！？!?”’）)》】…")
_SHORT_HEAD = re.compile(r"^([^。，,；;、：:！？!?“”\s]{1,3})[。，,；;]")
_SPACED = re.compile(rf"[{L.CJK}”“]\s+[{L.CJK}“”]")
# a heading set on the body's first line, divided from it by a wide gap ("项目建设提速　　今年以来，全区…")
_GLUED = re.compile(r"^(?P<head>[^\s，,。；;！？!?]{2,24})(?: {2,}|\t+)(?P<body>\S.{7,})$")


# a rule's clause number opens its clause ("第一条　　为了规范…"): it numbers the text, it heads nothing
_CLAUSE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]+[条款项]")


def glued_heading(text: str) -> tuple[str, str] | None:
    """(heading, body) where a paragraph opens with a heading divided from its text by a wide gap;
    not a wire's dateline ("本报北京2月13日电  （记者…）"), a byline, a credit or a title of two
    short phrases ("抓生产　保供应")."""
    m = _GLUED.match(text)
    if m is None:
        return None
    head, body = m.group("head"), m.group("body")
    # (a sentence of text: a title's second phrase may end in "！", "防控就是责任…在行动！")
    if not (body.endswith("。") or "，" in body and L.ends_sentence(body)) or L.dateline(text) is not None \
            or not L.is_heading_candidate(head) or L.byline_name(head) is not None or L.is_credit(head) \
            or L.is_agency_only(head) or L.is_caption(head) or head.endswith(("电", "讯")) \
            or _CLAUSE_NUMBER.fullmatch(head):
        return None
    return head, body


@dataclass
class Para:
    text: str         # normalised text
    first: int        # index of the first source line
    last: int         # index of the last source line
    gap: int          # blank lines before it
    jumps: bool = False  # ends at a "(下转第二版)" marker: body text, never a heading
    flush: bool = False  # starts flush left in a file whose body lines are indented: a title's place
    listed: bool = False  # one of a run of bulleted lines ("◆外出佩戴口罩"): a list in a story's text, a deck above it


def _is_furniture(line: str) -> bool:
    return (L.is_markdown_heading(line) or L.byline_name(line) is not None or L.is_leader_line(line)
            or L.is_region_line(line) or L.is_column_label(line) or L.is_page_marker(line)
            or L.paper_line(line) is not None or L.is_credit(line) or L._CAPTION_MARK.match(line) is not None)


def continues(a: str, b: str, lines_are_paragraphs: bool = False, long_line: int = _LONG_LINE) -> bool:
    """Does line b carry on the sentence line a left open? (lines_are_paragraphs: the file sets one
    paragraph a line, so a short line that stops is a heading, not half a sentence; long_line: the
    length from which a line that stops was cut by the layout, the file's wrap width where it has one)"""
    if not a or not b or _is_furniture(a) or L.is_caption(a):
        return False
    if b[0] in _OPENS_MIDWAY and not _is_furniture(b):
        return True     # no line of text opens on a comma or a closing quote: the layout cut it there
    if L.ends_sentence(a) or a.endswith(("：", ":")) or glued_heading(b):
        return False
    if _is_furniture(b):
        return False
    if b[0] in "“‘《(（【[" and not a.endswith(_CONNECTIVE_END):
        return False
    spaced = bool(_SPACED.search(a))
    if len(a) >= long_line and not spaced:
        return True
    if a.endswith(_CONNECTIVE_END) and len(cut(a[-4:])[-1]) == 1:
        return True     # (a connective of its own: not the end of a word, "共同参与", "目的")
    # (where the file sets a paragraph a line, only a sentence closing at once carries on: "一户一策，
    # 扶起信心拔穷根" over "清早，村庄尚未醒来，…" is a heading and its text)
    head = _SHORT_HEAD.match(b) if len(a) >= 6 and not spaced else None
    if head and not (lines_are_paragraphs and b[head.end() - 1] in "，,"):
        return True
    return spans_word(a, b)


def build_paragraphs(norm_lines: list[str], jump_lines: frozenset[int] = frozenset(),
                     flush_lines: frozenset[int] = frozenset(), indented: frozenset[int] = frozenset()) -> list[Para]:
    """Group normalised lines (blank ones included) into paragraphs. flush_lines: lines set flush
    left where the body is indented (titles of an e-paper export), never joined to indented text;
    indented: the lines that start indented in the file, whatever its layout."""
    paras: list[Para] = []
    n = len(norm_lines)
    one_a_line = lines_are_paragraphs(norm_lines)
    wrapped = wrap_width(norm_lines)
    long_line = wrapped or _LONG_LINE
    # a hard-wrapped file whose paragraphs open indented and run on flush left: there an indented line
    # always opens a paragraph ("　　一户一策，扶起信心拔穷根" / "　　清早，村庄尚未醒来，…")
    indent_opens = len(indented) >= 3 and sum(
        1 for i in range(1, n) if norm_lines[i] and norm_lines[i - 1] and i not in indented) >= 3
    i = 0
    gap = 0
    while i < n:
        line = norm_lines[i]
        if not line:
            gap += 1
            i += 1
            continue
        para = Para(line, i, i, gap)
        gap = 0
        held: list[Para] = []  # captions found inside a break, emitted after the joined paragraph
        j = i + 1
        while True:
            k, skipped = _next_content(norm_lines, j)
            if k is None:
                break
            # where paragraphs are indented (flush_lines known), an indented line starts a paragraph,
            # and a flush one after a blank line is a title ("…苏滨）" / "" / "孙春兰率中央指导组…")
            flush_title = flush_lines and k in flush_lines and any(not norm_lines[x] for x in range(j, k))
            # there a kicker ending in "——" stands alone above the title line it leads into
            kicker = bool(flush_lines) and para.first in flush_lines and para.text.endswith("——")
            # (and anywhere a line set flush, a blank line, then an indented one: a title over its text,
            # "不断培厚创新的沃土" / "" / "　　这一年，…"; in a hard-wrapped file, any indented line)
            titled = k in indented and (indent_opens or para.last not in indented
                                        and any(not norm_lines[x] for x in range(j, k)))
            # (the file's wrap width cuts lines inside a paragraph, not across a blank line)
            cut_at = long_line if k == j else _LONG_LINE
            # (there a flush line right under a line filled to the width carries it on, even where the
            # cut fell at a sentence's end: "…机会多。”" / "张三说。")
            filled = indent_opens and wrapped is not None and k == j and k not in indented \
                and len(norm_lines[para.last]) >= wrapped - 1 and not _is_furniture(norm_lines[k]) \
                and not L.is_caption(norm_lines[k])
            # (in a hard-wrapped file a blank line ends a paragraph as a line of its own does in a
            # file set a paragraph a line: "一户一策，扶起信心拔穷根" / "" / "清早，村庄尚未醒来，…")
            own_lines = one_a_line or wrapped is not None and k > j
            if (filled or continues(para.text, norm_lines[k], own_lines, cut_at)) and not (flush_lines and k not in flush_lines) \
                    and not flush_title and not kicker and not titled:
                para.text += norm_lines[k]
                para.last = k
                held.extend(skipped)
                j = k + 1
                continue
            break
        para.jumps = any(k in jump_lines for k in range(para.first, para.last + 1))
        para.flush = para.first in flush_lines
        glued = glued_heading(para.text) if not para.jumps else None
        if glued is not None:
            # the heading and its text as the two lines they stand for
            paras.append(Para(glued[0], para.first, para.first, para.gap, flush=para.flush))
            para = Para(glued[1], para.first, para.last, 0)
        paras.append(para)
        paras.extend(held)
        i = j if j > i + 1 else i + 1
    return paras


def wrap_width(norm_lines: list[str]) -> int | None:
    """The width a hard-wrapped file (a PDF's text, a fixed-width export) cuts its lines at: the
    length most of its lines that stop mid-sentence share, and at most 40; None where there is none."""
    cut_lines = [len(line) for line in norm_lines if len(line) >= 20 and not L.ends_sentence(line)]
    if len(cut_lines) < 8:
        return None
    width, n = Counter(cut_lines).most_common(1)[0]
    # (headings that stop mid-phrase vary in length; a layout's cuts share one)
    return width - 1 if n >= 8 and n >= 0.5 * len(cut_lines) and width <= _LONG_LINE else None


def lines_are_paragraphs(norm_lines: list[str]) -> bool:
    """Whether a file sets one paragraph a line (as copied from a web page or an e-paper's export),
    not hard-wrapped text: nearly all its long lines close a sentence."""
    long_lines = [line for line in norm_lines if len(line) >= _LONG_LINE]
    return len(long_lines) >= 3 and sum(L.ends_sentence(line) for line in long_lines) >= 0.9 * len(long_lines)


def _next_content(norm_lines: list[str], j: int) -> tuple[int | None, list[Para]]:
    """The next non-blank line after j, stepping over up to three captions."""
    skipped: list[Para] = []
    gap = 0
    while j < len(norm_lines):
        line = norm_lines[j]
        if not line:
            gap += 1
        elif L.is_caption(line) and len(skipped) < 3:
            skipped.append(Para(line, j, j, gap))
            gap = 0
        else:
            return j, skipped
        j += 1
    return None, skipped
