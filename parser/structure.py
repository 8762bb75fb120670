"""Paragraphs to stories: which lines open an article, which are headings, bylines, leader lines.

A newspaper page holds several stories. A story opens at a boxed byline ("□本报记者 祁璟"), at a
news brief's dateline ("开发区讯(高庆贺)"), after a column label ("时政简讯"), or, for a dated
photo-news item set off by wide gaps, at that item; the story it interrupted resumes after it.
Within a story, short standalone lines followed by body text are section headings; a region named
alone on a line, or by a leader line, applies to the sections after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lines as L
from .paragraphs import Para
from .gazetteer import gazetteer
from .regions import is_region_name, leader_unit, names_a_kind_of_town, place_heading
from .segment import is_common_word
from .words import CJK

_DATED_ITEM = re.compile(r"^\d{1,2}月\d{1,2}日[，,]")
_TITLE_COLON = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{2,10})[:：]")


@dataclass
class RawSection:
    title: str = ""
    byline: str = ""
    leader: str = ""            # the leader line that opens the section, if any
    region: str = ""            # explicit region (region line or leader line)
    heading_region: str = ""    # region named in the heading
    paras: list[Para] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    title_lines: list[str] = field(default_factory=list)   # the heading lines, as printed
    speaker: str = ""           # who signs a first-person part ("…落掌村护林员卢元红讲述"), if anyone


@dataclass
class RawArticle:
    title: str = ""
    byline: str = ""
    paper: str = ""
    date: str | None = None
    region: str = ""
    sections: list[RawSection] = field(default_factory=list)
    interjection: bool = False
    title_lines: list[str] = field(default_factory=list)   # kicker, title, deck … as printed

    def has_body(self) -> bool:
        return any(s.paras for s in self.sections)


@dataclass
class _Pending:
    para: Para
    role: str      # byline, boxed, leader, region, column, paper, page, credit, caption, heading


def _role(para: Para) -> str:
    text = para.text
    if para.jumps:
        return "body"
    if L.is_agency_only(text):
        return "agency"
    if L.is_markdown_heading(text):
        return "heading"
    if L.is_page_marker(text):
        return "page"
    if L.paper_line(text):
        return "paper"
    # (a province's name set spaced like a reporter's, "海  南", is the place)
    if L.byline_name(text) is not None and not place_heading(text):
        return "boxed" if L.is_boxed_byline(text) else "byline"
    if L.is_credit(text):
        return "credit"
    if L.is_box_heading(text):
        return "heading"      # "■ 特点一：青年人才已成为…", "■链接": a part of the story, headed
    if L.is_column_label(text):
        return "column"
    if L.is_region_line(text) and is_region_name(text) or place_heading(text):
        return "region"
    if L.is_leader_line(text):
        return "leader"
    if L.is_caption(text):
        return "caption"
    if L.opens_with_wire_dateline(text):
        return "body"      # "本报北京2月13日电  （记者姜洁）日前，中共中央决定：" opens the text
    if L.is_heading_candidate(text):
        return "heading"
    if para.flush and text.endswith("——") and len(text) <= 120:
        # an e-paper's kicker set flush above the title, however many sentences it runs to
        # ("面对疫情，人民子弟兵奋勇向前。连日来，本报记者…讲述一线战“疫”故事——")
        return "heading"
    return "body"


def _flush_title(p: _Pending) -> bool:
    """A heading set flush left after a blank gap: in an e-paper export, a story's title."""
    return p.role == "heading" and p.para.flush and p.para.gap >= 1


_PUNCTUATION = re.compile(r"[，,。：:；;！？!?、（）()]")


def _flush_place_or_column(p: _Pending) -> bool:
    """A place's or a column's name set flush left after a blank gap: in an e-paper export, a story's
    title ("四  川" over a report after the page's main story, "资讯速递" over its briefs)."""
    return p.role in ("region", "column") and p.para.flush and p.para.gap >= 1


def _heading_text(text: str) -> str:
    return L.markdown_heading_text(text) if L.is_markdown_heading(text) else text


def title_groups(lines: list[str]) -> list[str]:
    """Heading lines as the headings they print, each its own (a kicker "连云港斯尔邦石化——" and
    the lines under it are read one by one)."""
    return [line for line in lines if line]


# the labels of a box printed under a headline: they head text, never the story's title
BOX_LABELS = frozenset(("核心阅读", "阅读提示", "编者按", "编者的话", "导读", "内容提要", "摘要"))


def _join_title(lines: list[str]) -> str:
    """Title and subtitle lines as one title: a '——' subtitle joins its title."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif line.startswith("——") or out.endswith("——"):
            out += line
        else:
            out += " " + line
    return out


class _Builder:
    def __init__(self, flush_titles: bool = False) -> None:
        # an e-paper export: story titles flush left, everything else indented
        self.flush_titles = flush_titles
        self.articles: list[RawArticle] = []
        self.article: RawArticle | None = None
        self.section: RawSection | None = None
        self.region = ""          # region line in force
        self.resume: RawArticle | None = None
        self.pending: list[_Pending] = []

    # -- helpers -----------------------------------------------------------------------------
    def _new_article(self) -> RawArticle:
        art = RawArticle()
        self.articles.append(art)
        self.article = art
        self.section = None
        self.region = ""
        return art

    def _new_section(self, first_line: int) -> RawSection:
        assert self.article is not None
        sec = RawSection(region=self.region, first_line=first_line, last_line=first_line)
        self.article.sections.append(sec)
        self.section = sec
        return sec

    def _sign_section(self, p: _Pending) -> None:
        """A byline printed after the section's text closes it."""
        assert self.section is not None
        self.section.byline = self.section.byline or p.para.text
        self.section.last_line = max(self.section.last_line, p.para.last)

    def _extend(self, para: Para) -> None:
        assert self.section is not None
        self.section.paras.append(para)
        self.section.last_line = max(self.section.last_line, para.last)

    # -- main loop ---------------------------------------------------------------------------
    def feed(self, para: Para) -> None:
        role = _role(para)
        if para.listed and role == "heading" and self.article is not None and self.article.has_body():
            # an item of a bulleted list inside a story's text ("◆外出佩戴口罩"); under a title before
            # any text, such lines are its deck ("●各级财政安排防控资金667.4亿元") and stay headings
            role = "body"
        if para.flush and role == "body" and len(para.text) <= 60:
            role = "heading"    # a long title set flush left above indented text is still a title
        if self.flush_titles and para.flush and para.gap >= 1 and role == "leader":
            role = "heading"    # a kicker naming who answers ("中国疾控中心副主任冯子健解答：") above a title
        if role == "caption" and self.flush_titles and para.flush and (para.gap >= 1 or self.article is None) \
                and (para.text.endswith("——") or len(para.text) <= 8 and not _PUNCTUATION.search(para.text)):
            # a boxed kicker over a story's title ("■ 火神山医院维保组——") or a column's name ("在现场"),
            # set flush after a gap: not a photo's caption
            role = "heading"
        if role == "caption" and self.section is not None and not self.pending:
            self._extend(para)  # captions stay with the text they illustrate
            return
        if role != "body":
            self.pending.append(_Pending(para, role))
            return
        self._body(para)

    def _body(self, para: Para) -> None:
        pend = self.pending
        self.pending = []
        if self.flush_titles and self.section is not None:
            # in an e-paper export the indented lines before a title set flush after a gap close the
            # story above: a first-person piece's speaker ("…十八洞村村民杨秀富讲述"), who wrote it
            # down ("本报记者 王云娜整理"), who laid out the page
            k = next((i for i, p in enumerate(pend) if _flush_title(p) or _flush_place_or_column(p)), 0)
            if k > 0 and not any(p.para.flush for p in pend[:k]):
                for p in pend[:k]:
                    if p.role == "byline":
                        self._sign_section(p)
                    else:
                        self._extend(p.para)
                pend = pend[k:]
        if self.flush_titles and pend and pend[0].role == "region" and _flush_place_or_column(pend[0]) \
                and self.article is not None and self.article.has_body():
            # in an e-paper export a place's name set flush after a gap titles a story of its own ("浙江石塘镇"
            # over a photo's story, "四  川" over a report after the page's main story)
            pend[0] = _Pending(pend[0].para, "heading")
        if pend and self.section is not None and self.article is not None and self.article.has_body():
            # a first-person piece signed by its speaker and by who wrote it down ("…落掌村护林员卢元红
            # 讲述" over "本报记者 程焕整理") closes the part above: the speaker's place is that part's
            k = next((i for i, p in enumerate(pend) if not L.is_speaker_signoff(p.para.text)), len(pend))
            if 0 < k < len(pend) and (pend[k].role == "byline" or L.is_transcriber(pend[k].para.text)):
                for p in pend[:k]:
                    self._extend(p.para)
                    self.section.speaker = self.section.speaker or p.para.text
                pend = pend[k:]
                if pend[0].role != "byline":        # "潘俊强  马双军整理": a byline without 记者
                    self._sign_section(pend.pop(0))
        roles = [p.role for p in pend]
        dl = L.dateline(para.text)
        boxed = "boxed" in roles
        leading_byline = "byline" in roles and roles.index("byline") > 0
        trailing = []
        if pend and pend[0].role == "byline" and self.article is not None and not leading_byline:
            trailing.append(pend.pop(0))  # "YMG全媒体记者 徐睿 整理" closes the section before it
            roles = roles[1:]
        for t in trailing:
            if self.section is not None:
                self._sign_section(t)
            if self.article is not None and not self.article.byline:
                self.article.byline = t.para.text
        has_body = self.article is not None and self.article.has_body()
        # an e-paper export sets each story's title flush left after a blank gap, its text indented
        flush_title = any(_flush_title(p) for p in pend)
        # there, headings set indented with their own byline ("　　提质增效——/财政政策组合拳力道足/本报记者
        # 曲哲涵") are parts of the package the flush title above them heads, not stories of their own
        inner = self.flush_titles and any(p.role == "heading" for p in pend) and not any(p.para.flush for p in pend)
        opens = self.article is None or (has_body and (boxed or (("byline" in roles or "column" in roles
                                                                   or "agency" in roles) and not inner)
                                                        or dl is not None or flush_title))
        big_gap = para.gap >= 2 and not pend
        if not opens and has_body and big_gap and _DATED_ITEM.match(para.text) and not self.article.interjection:
            # a dated photo-news item set in a box inside another story
            self.resume = self.article
            art = self._new_article()
            art.interjection = True
            art.title = L.sentence_head(para.text)
            self._new_section(para.first)
            self._extend(para)
            return
        if self.article is not None and self.article.interjection and not opens and (pend or para.gap >= 2):
            if self.resume is not None:
                self.article = self.resume
                self.section = self.article.sections[-1] if self.article.sections else None
                self.region = ""
            self.resume = None
        if opens:
            self._open_article(pend, para, dl)
        else:
            self._continue(pend, para)

    def _open_article(self, pend: list[_Pending], para: Para, dl: re.Match | None) -> None:
        prev = self.article
        art = self._new_article()
        byline_at = next((k for k, p in enumerate(pend) if p.role in ("boxed", "byline")), None)
        heads_before = [p for p in pend[: byline_at if byline_at is not None else len(pend)] if p.role == "heading"]
        heads_after = [p for p in pend[byline_at + 1:] if p.role == "heading"] if byline_at is not None else []
        if prev is not None and not prev.title and prev.has_body() and len(heads_before) > 1:
            # the previous story printed its title after its text: "…(下转第二版) / 新区民营企业座谈会召开"
            give = heads_before[:-1]
            prev.title = max((g.para.text for g in give if g.para.text.count(" ") < 3),
                             key=len, default=give[-1].para.text)
            heads_before = heads_before[-1:]
        if byline_at is None:
            # without a byline, a region or leader line divides the story's title from the section's
            split = next((k for k, p in enumerate(pend) if p.role in ("region", "leader")), None)
            if split is not None:
                heads_before = [p for p in pend[:split] if p.role == "heading"]
                heads_after = [p for p in pend[split:] if p.role == "heading"]
            # a box's label ("核心阅读", "编者按") opens the text, not the title: it and what follows
            # head the first section
            box = next((k for k, p in enumerate(heads_before) if _heading_text(p.para.text) in BOX_LABELS), None)
            if box is not None and box > 0:
                heads_before, heads_after = heads_before[:box], heads_before[box:] + heads_after
            if pend and pend[0].role == "column" and heads_before:
                # a column's name over its briefs ("资讯速递" / "…电站开工" / "本报电 …"): the column
                # titles the box, each brief's heading its section
                heads_before, heads_after = [pend[0]], heads_before + heads_after
            art.title = _first_title([_heading_text(p.para.text) for p in heads_before])
            art.title_lines = [_heading_text(p.para.text) for p in heads_before]
        else:
            art.byline = _byline_text(pend[byline_at])
            # a region line above the byline divides the story's title from its first report's
            # heading ("扎实抓好春季农业生产" / "河 北" / "在线服务 指导春耕" / "本报记者 史自强")
            split = next((k for k, p in enumerate(pend[:byline_at]) if p.role == "region"), None)
            if split is None and self.flush_titles and pend[0].para.flush:
                # in an e-paper export, so does the first indented heading: the flush lines are the
                # story's title ("实干带来好日子（新春走基层）"), the indented its report's ("天津港实现…")
                split = next((k for k, p in enumerate(pend[:byline_at]) if p.role == "heading" and not p.para.flush), None)
            if split is not None and any(p.role == "heading" for p in pend[:split]):
                heads_after = [p for p in pend[split:byline_at] if p.role == "heading"] + heads_after
                heads_before = [p for p in pend[:split] if p.role == "heading"]
            art.title = _main_title([_heading_text(p.para.text) for p in heads_before])
            art.title_lines = [_heading_text(p.para.text) for p in heads_before]
        section_heads = heads_after
        if dl is not None and dl.group("who") and not art.byline:
            art.byline = dl.group("who")
        for p in pend:
            self._apply_furniture(p, art)
        first = pend[0].para.first if pend else para.first
        sec = self._new_section(first)
        if section_heads:
            sec.title = _join_title([_heading_text(p.para.text) for p in section_heads])
            sec.title_lines = [_heading_text(p.para.text) for p in section_heads]
            art.title = art.title or sec.title
        self._section_furniture(pend, sec)
        self._extend(para)

    def _continue(self, pend: list[_Pending], para: Para) -> None:
        art = self.article
        assert art is not None
        heads = [p for p in pend if p.role == "heading"]
        # an author's name alone under a column piece's heading ("补齐体育教育短板" / "熊宣普") signs
        # the piece: it is its byline, not its heading
        signed = heads.pop() if len(heads) >= 2 and L.is_lone_name(heads[-1].para.text) else None
        for p in pend:
            self._apply_furniture(p, art)
        new_section = bool(heads) or any(p.role in ("leader", "region") for p in pend) or self.section is None
        if not new_section:
            for p in pend:
                self._extend(p.para)
            self._extend(para)
            return
        # an editor's sign-off ("——编  者") closes the note above it, not the part headed after it
        signoffs = [p for p in pend[:pend.index(heads[0])] if p.role == "credit" and p.para.text.startswith("——")] \
            if heads and self.section is not None else []
        for p in signoffs:
            self._extend(p.para)
        pend = [p for p in pend if p not in signoffs]
        if heads and not art.title:
            if len(heads) > 1 or not art.has_body():
                art.title = _join_title([_heading_text(p.para.text) for p in (heads[:-1] or heads)])
                art.title_lines = [_heading_text(p.para.text) for p in (heads[:-1] or heads)]
                if len(heads) > 1:
                    heads = heads[-1:]
        first = pend[0].para.first if pend else para.first
        sec = self._new_section(first)
        if heads:
            sec.title = _join_title([_heading_text(p.para.text) for p in heads])
            sec.title_lines = [_heading_text(p.para.text) for p in heads]
        self._section_furniture(pend, sec)
        if signed is not None:
            sec.byline = sec.byline or signed.para.text
        self._extend(para)

    def _apply_furniture(self, p: _Pending, art: RawArticle) -> None:
        if p.role == "paper":
            m = L.paper_line(p.para.text)
            art.paper = art.paper or m.group("paper")
            art.date = art.date or f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
        elif p.role == "credit" and not art.byline and L.credit_signs_story(p.para.text):
            text = p.para.text    # "（本报记者 王明）" -> its words; "李小云摄（人民视觉）" stays whole
            art.byline = text[1:-1] if text[:1] in "(（" and text[-1:] in ")）" else text
        elif p.role == "region":
            # (a kicker naming an old town, "重庆松溉古镇", heads the story as a place line does, but
            # the old town is no unit: the text says which one it lies in, "松溉古镇位于重庆市永川区…")
            self.region = "" if names_a_kind_of_town(p.para.text) else place_heading(p.para.text) or p.para.text

    def _section_furniture(self, pend: list[_Pending], sec: RawSection) -> None:
        sec.region = self.region
        for p in pend:
            if p.role == "leader":
                sec.byline = sec.leader = p.para.text.rstrip(":：")
                unit = leader_unit(p.para.text)
                if unit and not self.region:
                    sec.region = unit
            elif p.role in ("caption", "credit", "page", "paper"):
                sec.paras.append(p.para)
        if sec.title:
            m = _TITLE_COLON.match(sec.title)
            if m and is_region_name(m.group("unit")):
                sec.heading_region = m.group("unit")

    def finish(self) -> list[RawArticle]:
        if self.pending:
            if self.article is None:
                self._new_article()
            art = self.article
            for p in self.pending:
                self._apply_furniture(p, art)
            if self.section is None:
                self._new_section(self.pending[0].para.first)
            heads = [p for p in self.pending if p.role == "heading"]
            if heads and not art.title and not art.has_body():
                art.title = _join_title([_heading_text(p.para.text) for p in heads])
                art.title_lines = [_heading_text(p.para.text) for p in heads]
            else:
                for p in self.pending:
                    self._extend(p.para)
                    if L.is_speaker_signoff(p.para.text) and art.has_body():
                        self.section.speaker = self.section.speaker or p.para.text
            self.section.last_line = max(self.section.last_line, self.pending[-1].para.last)
            self.pending = []
        return self.articles


def _first_title(lines: list[str]) -> str:
    """With no byline under them, the story's title is its first heading line, as the paper files
    it ("朱寄云：" over "英勇战斗 守护平安", a column's name over its first item's heading); a '——'
    kicker or subtitle joins it. The lines under it stay headings of the story's first section."""
    if not lines:
        return ""
    if len(lines) > 1 and _is_unit_tag(lines[0]):
        # a local paper's tag of the bureau the story comes from ("执法局" over "开展货车
        # 停车场专项整治"): the headline is under it
        return _join_title(lines[:2])
    title = lines[0]
    for line in lines[1:]:
        if not (title.endswith("——") or line.startswith("——")):
            break
        title += line
    return title


# a line that names a district's bureau and nothing else (a district paper's tag; a national paper's
# one-line lead-in, "国台办", and a place set as a title, "浙江石塘镇", are its title lines)
# (not a national body, "中国气象局" over "部署春运气象保障服务工作", nor a place's, "海口海事局": a
# national paper's lead-in line naming who acts)
_UNIT_TAG = re.compile(rf"(?!中国|国家)[{CJK}]{{1,8}}局")


def _is_unit_tag(line: str) -> bool:
    return bool(_UNIT_TAG.fullmatch(line)) and not any(line.startswith(s) and not is_common_word(s)
                                                       for s in gazetteer().stems_in(line))


def _main_title(lines: list[str]) -> str:
    """Above a byline, the headline is the last line; a kicker ending in '——' or a '——' subtitle
    joins it, other kickers ("奋力走在前 实干挑大梁") stay in the section's original text."""
    if not lines:
        return ""
    title = lines[-1]
    k = len(lines) - 2
    while k >= 0 and (lines[k].endswith("——") or lines[k + 1].startswith("——")):
        title = lines[k] + title
        k -= 1
    return title


def _byline_text(p: _Pending) -> str:
    name = L.byline_name(p.para.text)
    return name or p.para.text


def _mark_lists(paras: list[Para]) -> None:
    """Bulleted lines next to another with the same mark are a list's items ("◆外出佩戴口罩",
    "◆保持手部卫生", …), not one heading each; a marked line between paragraphs may still head them."""
    marks = [L.bullet_mark(p.text) for p in paras]
    for i, mark in enumerate(marks):
        if mark and (i > 0 and marks[i - 1] == mark or i + 1 < len(marks) and marks[i + 1] == mark):
            paras[i].listed = True


def build_articles(paras: list[Para]) -> list[RawArticle]:
    _mark_lists(paras)
    b = _Builder(flush_titles=any(p.flush for p in paras))
    for para in paras:
        b.feed(para)
    return b.finish()
