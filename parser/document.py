"""One source file to a ParsedDocument: decode, normalise, rejoin, structure, place, extract."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from .chrome import strip_chrome
from .formats import read_source
from .lines import BULLET_MARKS, opens_with_wire_dateline, paper_line
from .figures import extract
from .gazetteer import gazetteer, stem
from .lines import sentence_head
from .metrics import metric_of
from .model import Article, Figure, ParsedDocument, Section
from .normalize import has_fullwidth, has_jump_marker, has_traditional, is_pinyin_annotated, normalize_line
from .paragraphs import build_paragraphs
from .segment import cut, spans_word
from .places import Places
from .regions import (LOCAL_SUFFIX, UNKNOWN_REGION, RegionContext, build_regions, is_a_phrase, leader_unit,
                      without_capital_dateline, zone_spelling)
from .words import NATIONAL
from .structure import RawArticle, build_articles, title_groups


_WORD = re.compile(r"[^\W_]")
_COLUMN_TAG = re.compile(r"[（(][^（）()\n]{2,24}[）)]")
# a leader convening a body of the centre ("李克强主持召开国务院常务会议", "习近平主持召开中央财经委员会
# 第六次会议"): the country's meeting, whatever place it discusses
_CONVENES_THE_CENTRE = re.compile(r"[\u4e00-\u9fff]{2,4}主持召开(?:国务院|中央|中共中央|全国)")
# a headline that opens with a quotation ("“…”——访…", "“…” 海外媒体…")
_QUOTED_HEAD = re.compile(r"“[^”]*”")


def parse_bytes(data: bytes, source: str) -> ParsedDocument:
    """Parse a file's bytes, read as its format (text, a saved page, PDF, Word; by the name's
    suffix). Raises DecodeError (with the reason) when they are not readable."""
    found = read_source(data, source)
    doc = parse_text(found.text, source)
    doc.encoding = found.encoding
    named = date_in_name(source)
    for art in doc.articles:
        # the text's own paper line or dateline first, then the page's metadata, the file's name,
        # and last the date the file was made
        art.date = art.date or found.date or named or found.made
        art.paper = art.paper or found.paper or ""
    if found.title and len(doc.articles) == 1 and doc.articles[0].title in ("", "(无标题)"):
        doc.articles[0].title = found.title
    return doc


# a date written in a file's name: "20200108-10-01.txt", "2021-09-19 胶州.html", "青岛日报_2021_9_19"
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.年]?(0[1-9]|1[0-2]|(?<=[-_.年])[1-9])[-_.月]?"
                        r"(0[1-9]|[12]\d|3[01]|(?<=[-_.月])[1-9])(?!\d)")


def date_in_name(source: str) -> str | None:
    m = _NAME_DATE.search(PurePath(source).name)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def parse_text(text: str, source: str) -> ParsedDocument:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    annotated = is_pinyin_annotated(text)
    traditional, fullwidth = has_traditional(text), has_fullwidth(text)
    norm = [normalize_line(line, annotated, traditional, fullwidth) for line in raw_lines]
    jumps = frozenset(i for i, line in enumerate(raw_lines) if has_jump_marker(line))
    norm, page_meta = strip_chrome(norm, keep=lambda line: paper_line(line) is not None)
    indented = indented_lines(raw_lines)
    paragraphs = build_paragraphs(norm, jumps, flush_left_lines(raw_lines, indented), indented)
    raw_articles = build_articles(paragraphs)
    whole = "\n".join(norm)
    ctx = RegionContext.of(whole, _strong_names(raw_articles))
    places = Places(ctx, whole)
    articles = [_article(raw, raw_lines, ctx, places, several=len(raw_articles) > 1) for raw in raw_articles]
    # a story needs words: a page of only punctuation or rules holds no article
    articles = [a for a in articles if a.sections and any(_WORD.search(s.text + s.title) for s in a.sections)]
    if articles and page_meta.get("title"):
        articles[0].title = page_meta["title"]        # the front matter's word for it
    for art in articles:
        art.date = art.date or page_meta.get("date")
    used = ({a.region for a in articles} | {s.region for a in articles for s in a.sections}
            | {f.region for a in articles for s in a.sections for f in s.figures})
    # one spelling for a zone written in full or short ("北京经济技术开发区" is 北京经开区)
    spelled = {name: zone_spelling(name) for name in used}
    written = {short: name for name, short in sorted(spelled.items()) if short != name}
    if written:
        for art in articles:
            art.region = spelled[art.region]
            for sec in art.sections:
                sec.region = spelled[sec.region]
                for fig in sec.figures:
                    fig.region = spelled[fig.region]
    return ParsedDocument(source=source, encoding="utf-8", articles=articles,
                          regions=build_regions(set(spelled.values()), ctx,
                                                lambda name: places.parent_division(written.get(name, name)),
                                                lambda name: places.zone_parent(written.get(name, name))))


_INDENT = ("\u3000", " ", "\t", "\xa0")
_PARAGRAPH_END = ("。", "！", "？", "”", "…", "）", ")")


def indented_lines(raw_lines: list[str]) -> frozenset[int]:
    """The lines that start indented: a title set flush above an indented paragraph, a blank line
    between, is never that paragraph's first words."""
    return frozenset(i for i, line in enumerate(raw_lines) if line.startswith(_INDENT) and line.strip())


def flush_left_lines(raw_lines: list[str], indented: frozenset[int]) -> frozenset[int]:
    """Lines set flush left in a file whose paragraphs are indented (an e-paper's text export): there
    a flush line is a title, a kicker or a deck. Empty where the body is not indented.
    indented: indented_lines(raw_lines)."""
    texts = [i for i, line in enumerate(raw_lines) if line.strip()]
    # paragraphs: lines that end a sentence (titles seldom do)
    long_lines = [i for i in texts
                  if len(raw_lines[i].strip()) >= 15 and raw_lines[i].rstrip().endswith(_PARAGRAPH_END)]
    if len(long_lines) < 2:
        return frozenset()
    if sum(i in indented for i in long_lines) < 0.8 * len(long_lines):
        return _story_heads(raw_lines, texts, long_lines)
    return frozenset(i for i in texts if i not in indented)


def _story_heads(raw_lines: list[str], texts: list[int], long_lines: list[int]) -> frozenset[int]:
    """The same export with its indents stripped: paragraphs on lines of their own, one after the
    other, and stories set apart by two blank lines or more, or closed by a credit line. There the
    lines that open a story (up to the blank line under them, or to its dateline or first paragraph)
    stand where the flush titles stood. Empty for any other layout (paragraphs apart, or no story
    apart from the next)."""
    text_set = set(texts)
    run_on = sum(i - 1 in text_set for i in long_lines)
    if run_on < 0.5 * len(long_lines):
        return frozenset()       # a blank line between paragraphs: a gap says nothing of stories
    if len(long_lines) < 0.7 * sum(len(raw_lines[i].strip()) >= 15 for i in texts):
        return frozenset()       # hard-wrapped: a line is not a paragraph
    # a short line right after a story's closing credit ("（据新华社伦敦电 记者…）", "（执笔：…）") opens
    # the next story, however few blank lines stand between (a column of briefs sets them so)
    signed_off = {i for n, i in enumerate(texts) if n and _CLOSING_CREDIT.match(raw_lines[texts[n - 1]].strip())
                  and _may_title(raw_lines[i].strip())}
    if not any(texts[n] - texts[n - 1] >= 3 for n in range(1, len(texts))):
        return frozenset(signed_off)       # no story set apart: one story, but for the signed-off ones
    heads: set[int] = set(signed_off)
    for n, i in enumerate(texts):
        gap = i - texts[n - 1] - 1 if n else 2
        if gap < 1:
            continue
        block = [i]
        while block[-1] + 1 in text_set and len(block) < 4:
            block.append(block[-1] + 1)
        lines = [raw_lines[k].strip() for k in block]
        # (a title block: short lines running straight into the story's dateline or first paragraph;
        # after one blank line only a title with its deck, "产业经济学研究的创新成果" / "——《…》简评")
        titled = _titled_block(raw_lines, block)
        if titled and gap < 2 and not (len(titled) >= 2 and raw_lines[titled[1]].strip().startswith("——")):
            titled = None
        if titled:
            heads.update(titled)
            continue
        # (or short lines, then a blank line before the story's text)
        if block[-1] + 1 in text_set or block[-1] + 2 not in text_set or any(len(line) > 60 for line in lines):
            continue
        # after one blank line only (such exports set some stories so), no sentence of the text: not
        # a summary's line that runs on past a comma, a bullet's item, a line that closes a sentence
        if gap == 1 and (any(len(line) > 24 and "，" in line for line in lines) or lines[0][:1] in BULLET_MARKS
                         or lines[-1].endswith(("。", "！", "？"))):
            continue
        heads.update(block)
    return frozenset(heads)



# a story's closing credit, on a line of its own: "（本报素可泰府电）", "（据新华社伦敦电 记者张三）",
# "（执笔：张三）"
_CLOSING_CREDIT = re.compile(r"^[（(](?:(?:据)?(?:本报|新华社|中新社)[^（）()\n]{0,30}?[电讯](?:[ 　]*[^（）()\n]{0,24})?"
                             r"|执笔[:：][^（）()\n]{1,24})[）)]$")


def _titled_block(raw_lines: list[str], block: list[int]) -> list[int] | None:
    """The short lines that open block, where a story's paragraph or wire dateline follows them
    straight away ("栗战书主持召开…" / "决定…" / "本报北京2月17日电 …"); None otherwise."""
    heads = []
    for k in block:
        line = raw_lines[k].strip()
        if opens_with_wire_dateline(line) or len(line) >= 40 and line.endswith(_PARAGRAPH_END):
            break
        if not _may_title(line):
            return None
        heads.append(k)
    else:
        return None        # (four short lines and no text yet: not a title over a story)
    return heads or None


def _may_title(line: str) -> bool:
    """Whether a line could be a title: short, no sentence ended, no credit or list item."""
    return 2 <= len(line) <= 40 and not line.endswith(("。", "！", "？", "；", "，")) and line[:1] not in BULLET_MARKS \
        and not _CLOSING_CREDIT.match(line)


_UNIT_THEN_COLON = re.compile(r"^([\u4e00-\u9fff]{2,7})[:：]")


def _strong_names(raw_articles: list[RawArticle]) -> list[str]:
    """Units named where only units are named: region lines, leader lines, 'X:' titles."""
    names = []
    for art in raw_articles:
        # a title line that opens with a unit ("镇江新区举办…", "岚县:“山药蛋”变得…" under its kicker),
        # unless the suffix is half a word ("调度乡|村")
        for line in dict.fromkeys([art.title or "", *art.title_lines]):
            head = re.match(rf"^([\u4e00-\u9fff]{{2,7}}(?:{LOCAL_SUFFIX}))", line)
            if head and not head.group(1).endswith("乡") and not spans_word(head.group(1), line[head.end():]) \
                    and not is_a_phrase(head.group(1)):
                names.append(head.group(1))
            elif (unit := _UNIT_THEN_COLON.match(line)) and gazetteer().by_name.get(unit.group(1)):
                names.append(unit.group(1))    # "岚县:…", "福建三明：…" (a county or city before a colon)
        for sec in art.sections:
            names += [sec.region, sec.heading_region]
            if sec.byline:
                names.append(leader_unit(sec.byline) or "")
    return [n for n in names if n]


def _article(raw: RawArticle, raw_lines: list[str], ctx: RegionContext, places: Places, several: bool = False) -> Article:
    texts = ["\n".join(p.text for p in sec.paras) for sec in raw.sections]
    title = raw.title or next((s.title for s in raw.sections if s.title), "")
    if not title:
        title = next((sentence_head(t) for t in texts if t), "(无标题)")
    names = tuple(sorted(ctx.known, key=lambda n: (-len(n), n)))
    # a column's tag in brackets names the column, not the story's place ("…（濠江在线）", 濠江 being
    # Macao's old name and 汕头's district)
    # (the whole headline as printed: the title and the deck lines under it, "武汉重症患者治疗效果明显")
    headline = " ".join(raw.title_lines) if raw.title_lines and title in raw.title_lines[0] else title
    named = _COLUMN_TAG.sub("", headline) or headline
    # a title opening with the country makes the story national, unless it names where the story
    # happens too ("国新办在武汉举行记者见面会": Wuhan's workers speak)
    # (nor where the country is only in a quotation the deck then attributes to someone of a place:
    # "“中国将取得更多创新成果”——访天津大学药学院院长…" is 天津's)
    quoted = _QUOTED_HEAD.match(named)
    national = places.first_place(named) == NATIONAL and not places.located_in_title(named) and not (
        quoted and any(m.level != "nation" for m in places.mentions(named[quoted.end():]))) \
        or _CONVENES_THE_CENTRE.match(named) is not None
    title_lead = places.leading(named)
    title_region = NATIONAL if national else title_lead or ctx.first_unit(named)
    art_region = NATIONAL if national else _article_region(raw, named, title_lead, texts, ctx, places, several)
    art_region = places.canonical(art_region)
    if not title_region and art_region not in (NATIONAL, UNKNOWN_REGION) and _roundup(raw, texts, art_region, ctx, places):
        art_region = NATIONAL
    art = Article(title=title, region=art_region, date=raw.date, byline=raw.byline, paper=raw.paper)
    for n, (sec, text) in enumerate(zip(raw.sections, texts)):
        if not text.strip() and not sec.title:
            continue
        own = sec.title_lines if sec.title else []
        article_heads = raw.title_lines if n == 0 and not sec.leader else []
        heads = title_groups(article_heads + own)
        # a place in one of the section's own heading lines ("宁夏盐池：…" above "标准化村卫生室真不错")
        own_heads = (title_groups(own) or ([sec.title] if sec.title else [])
                     or (title_groups(raw.title_lines) if n == 0 and not sec.leader and not national else []))
        leading = {head: places.leading(head) for head in dict.fromkeys([*own_heads, *heads[:-1]])}
        head_region = next((leading[h] for h in own_heads if leading[h]), None)
        # the section's own heading before the region line in force ("广东云浮" after "青 海")
        # (or the place of the speaker who signs a first-person part: "…洗马镇落掌村护林员卢元红讲述")
        own_region = (sec.heading_region or head_region or sec.region
                      or (ctx.first_unit(sec.title) if sec.title else None)
                      or (places.signer_place(sec.speaker) if sec.speaker else None))
        # (a section naming its place once, where it locates its subject: "位于广州市番禺区的大学城…")
        # (the unit the section names most; in a story of the country, only where the section speaks
        # of it, not a venue it leaves, "论坛日前在安徽省合肥市举行。国家卫健委…" over the country's
        # hospitals, nor a place one anecdote visits)
        main = ctx.main_unit(text)
        if main and art_region == NATIONAL and not _spread(main, _paragraphs(text), places, opened_on_the_country=True):
            main = None
        region = places.canonical(own_region or places.located(text) or title_region or main or art_region)
        section = Section(
            title=sec.title or sec.leader or title,   # a leader's statement is titled by the leader
            region=region,
            text=text,
            original="\n".join(raw_lines[sec.first_line:sec.last_line + 1]).strip("\n"),
            byline=sec.byline,
        )
        if len(heads) >= 2:
            section.title = heads[-1]
        section.figures = extract(text, names, places.is_place_name)
        # a region neither the section nor the article's title names is only a guess: a place its
        # text names wins
        found, defaulted = places.placed(text, [f.start for f in section.figures], region,
                                         guessed=not (own_region or title_region),
                                         story_of_a_place=art_region not in (NATIONAL, UNKNOWN_REGION))
        for figure, place in zip(section.figures, found):
            figure.region = place
            label = _without_its_place(figure.label, place, places)
            if label != figure.label:      # (and so it groups with the same measure of other places)
                figure.label, figure.metric = label, metric_of(label, figure.kind)
        by_default_only = [f for f, fell_back in zip(section.figures, defaulted) if fell_back]
        if sec.title or (n == 0 and not sec.leader and raw.title):   # a printed heading of its own
            headline, fell_back = _headline_figures(section.title, names, places, region, section.figures)
            section.figures[:0] = headline
            by_default_only[:0] = [f for f, default in zip(headline, fell_back) if default]
        if section.figures:
            # the place most of the section's figures are about (its own first, on a tie)
            counts = Counter(f.region for f in section.figures)
            top = max(counts.values())
            winner = next(f.region for f in section.figures if counts[f.region] == top)
            # (no place holding half of them, the nearest unit that holds half with the places inside
            # it, where the text speaks of it too: a city's programme told through scenes in two of its
            # counties is the city's; not where the country's figures are the most)
            if 2 * top < len(section.figures) and winner != NATIONAL:
                inside = Counter(unit for f in section.figures if f.region not in (NATIONAL, UNKNOWN_REGION)
                                 for unit in places.chain(f.region))
                holding = [unit for unit in counts if 2 * inside[unit] >= len(section.figures)]
                if holding:
                    winner = max(holding, key=lambda unit: (len(places.chain(unit)), -inside[unit]))
                    top = inside[winner]
            # (a section whose own heading names its place stays there, unless most of its figures are
            # of a place inside that one: "4.江苏省苏州市公安局侦办的…专案" is 苏州's even where the
            # figures its text gives fall to 福建省, where the suspects were caught)
            heading_place = sec.heading_region or head_region
            headed = places.canonical(heading_place) == region if heading_place else False
            # (against a unit above the section's own, the figures of places inside its own count for
            # it: a zone's 1000 staff are 衡阳's against the province's two)
            mine = sum(1 for f in section.figures if region in places.chain(f.region)) \
                if winner in places.ancestors(region) else counts.get(region, 0)
            # (a section of the country or of no place whose figures are spread over three provinces
            # or more, no place holding half of them, stays so: "镇雄县…46.5万人", "吉林…5000个",
            # "海南…60%", "临夏…216家" under a national story are the country's tour, not 镇雄县's)
            roundup = region in (NATIONAL, UNKNOWN_REGION) and winner != NATIONAL and 2 * top < len(section.figures) \
                and len({places.chain(f.region)[-1] for f in section.figures
                         if f.region not in (NATIONAL, UNKNOWN_REGION)}) >= 3
            if mine < top and not (headed and region not in places.chain(winner)) and not roundup:
                section.region = winner
        # a figure nothing but the section's guessed place speaks for is of the place the section
        # turns out to be about ("全国…增长2.6%。…完成造林面积707万公顷": the country's), and so is the
        # story's title naming no place ("自然灾害直接经济损失3270.9亿元")
        # (the country only: a place that wins a guessed section's vote is often an anecdote's,
        # "桑给巴尔岛…一年做了1000多台" of a story about a province's medical team abroad)
        turned_national = region == UNKNOWN_REGION and section.region == NATIONAL
        if turned_national:
            for figure in by_default_only:
                figure.region = NATIONAL
        # each printed heading line is a heading: the lines above a section (a kicker and its title, a
        # deck, a "核心阅读" box, a two-line heading) each title a section, the last one holds the text
        for head in heads[:-1]:
            # a heading line of its own is about the place it names ("江西 助力企业复工复产"); a part's
            # heading naming none, about the part it heads ("…大桥" over a report from 淮南)
            about = places.canonical(leading[head] or (region if head in article_heads and not turned_national
                                                       else section.region))
            heading = Section(title=head, region=about, text="", original=head, byline="")
            heading.figures = _headline_figures(head, names, places, about, section.figures)[0]
            art.sections.append(heading)
        art.sections.append(section)
    return art


def _without_its_place(label: str, region: str, places: Places) -> str:
    """A label opening on the figure's own place, or one holding it, as a word of its own ("湖北新增确诊
    病例" of 湖北省, "浙江复工率"): the region says where, the label what ("新增确诊病例"). Not a name
    the place opens ("武汉大学…", one word), nor where too little would be left."""
    words = cut(label) if len(label) >= 4 else []
    if len(words) < 2:
        return label
    rest = label[len(words[0]):]
    rest = rest[1:] if rest.startswith("的") else rest         # "宁波的第二产业占GDP比重"
    # (not what is the place's only with it: "湖北籍旅客", "北京市属公园", "北京境内", "武汉全市")
    if len(rest) < 2 or rest.startswith(_BOUND_TO_ITS_PLACE) or rest in _THE_PLACE_ITSELF:
        return label
    # (by its name, or a province's short form; a city's heads names of its own too often, "成都银行",
    # "兰州石化", "杭州东站", and so does a municipality's, "北京协和", "上海证券交易所")
    unit = places.unit_named(words[0])
    if unit is None or unit != words[0] and (gazetteer().lookup(unit).level != "province" or unit.endswith("市")):
        return label
    return rest if unit == region or unit in places.chain(region) else label


_BOUND_TO_ITS_PLACE = ("籍", "属", "境", "人", "方面", "州")
_THE_PLACE_ITSELF = frozenset({"全省", "全市", "全区", "全县", "地区", "全境", "全域", "当地", "本地"})


# a call-out line of a bare amount ("800亿", "1.2万余"): the text it heads says what it counts
_BARE_AMOUNT = re.compile(r"(?P<number>\d+(?:\.\d+)?[万亿])(?P<qual>余|多)?")


def _headline_figures(title: str, names: tuple[str, ...], places: Places, region: str,
                      text_figures: list | None = None) -> tuple[list, list[bool]]:
    """Figures printed in a heading ("投资120亿开展20个重点项目", a lone "800亿"): figures of the
    section, with offsets into its title; and for each, whether only `region` speaks for it."""
    figures = extract(title, names, places.is_place_name) if title else []
    if not figures and text_figures and (m := _BARE_AMOUNT.fullmatch(title.strip())):
        # a lone "800亿" over "全市数字经济规模突破800亿元": the same amount, in the unit the text gives it
        same = next((f for f in text_figures if f.raw.startswith(m.group("number")) and f.field == "text"), None)
        if same is not None:
            start = title.index(m.group())
            figures = [Figure(raw=m.group(), value=same.value, unit=same.unit, kind=same.kind,
                              qual=same.qual, label=same.label, context=title, start=start,
                              end=start + len(m.group()), metric=same.metric)]
    found, defaulted = places.placed(title, [f.start for f in figures], region)
    for figure, place in zip(figures, found):
        figure.field, figure.region = "title", place
    return figures, defaulted


def _article_region(raw: RawArticle, title: str, title_lead: str | None, texts: list[str], ctx: RegionContext,
                    places: Places, several_stories: bool = False) -> str:
    """texts: the text of each section."""
    text = "\n".join(texts)
    # the first unit the title names in full, else by its short form ("广东上线医保电子凭证"): title_lead,
    # the place the title leads with (Places.leading)
    # (or a province it names by its short form anywhere, "孙春兰在北京调研强调…", "记者深入西藏羌塘…")
    found = ctx.first_unit(title) or title_lead or places.province_named(title)
    if found:
        return found
    explicit = [s.region or s.heading_region for s in raw.sections if s.region or s.heading_region]
    if explicit:
        if len(set(explicit)) > 1:
            # three streets of one district: the story is the district's; towns of two districts: the city's
            common = _common_ancestor([places.chain(name) for name in sorted(set(explicit))])
            if common:
                return common
            # a roundup of several provinces is the country's, not the one it names most
            return NATIONAL
        return Counter(explicit).most_common(1)[0][0]
    # the place most of the story is about: named in its opening paragraph or across a quarter of
    # its paragraphs, not a place one anecdote of a national story visits
    paragraphs = _paragraphs(text)
    # a story that opens on another country ("约旦南部沙漠中的神秘古城佩特拉，…也曾与我国嘉峪关长城
    # 缔结为姊妹…") is not about the place it compares it with
    lead = places.first_place(paragraphs[0]) if paragraphs else None
    if lead == UNKNOWN_REGION:
        return UNKNOWN_REGION
    # (a story of a page of several: its own places; the page's city only where the whole page lies
    # in one province, a local paper's page, never a county another story is about)
    units = (ctx.main_unit(text), ctx.first_unit(text)) if several_stories else (ctx.main_unit(text), ctx.county, ctx.city)
    # (a story of many parts on many themes is not about the place only its first part names: "洗雪
    # 百年耻辱" on 香港 and 澳门 over "建立现代企业制度", "高峡出平湖", …)
    parts = [t for t in texts if t.strip()]
    for unit in units:
        if unit and _spread(unit, paragraphs, places, opened_on_the_country=lead == NATIONAL) and (
                len(parts) < 3 or sum(any(n in t for n in _names_of(unit)) for t in parts) >= 2):
            return unit
    if several_stories and ctx.city and len(places.provinces) == 1 and len(ctx.provinces) <= 1:
        return ctx.city
    # a story whose opening paragraph has the country as its first subject ("本报北京…电  国家统计局
    # 发布，…"), and no place it is about, is the country's; not where that paragraph has another
    # country as a subject too ("当前，中国正在…，埃塞俄比亚也在…": the two countries' story)
    if lead == NATIONAL and not any(m.name == UNKNOWN_REGION for m in places.mentions(paragraphs[0])):
        return NATIONAL
    return UNKNOWN_REGION


def _roundup(raw: RawArticle, texts: list[str], art_region: str, ctx: RegionContext, places: Places) -> bool:
    """Whether a story whose title names no place is a roundup of parts about three provinces or more,
    none of which holds half of them ("天津：…", "昆明永昌街道：…", "青岛城阳：…", "浙江玉环：…"): the
    country's, not the place its text names most."""
    provinces = []
    for sec, text in zip(raw.sections, texts):
        place = (sec.heading_region or sec.region or (places.leading(sec.title) if sec.title else None)
                 or places.located(text) or ctx.main_unit(text))
        if place and place not in (NATIONAL, UNKNOWN_REGION):
            provinces.append(places.chain(places.canonical(place))[-1])
    counts = Counter(provinces)
    return len(counts) >= 3 and 2 * counts.get(places.chain(art_region)[-1], 0) < len(provinces)


def _paragraphs(text: str) -> list[str]:
    """A text's paragraphs that hold words (its lines, blank ones left out)."""
    return [p for p in text.split("\n") if p.strip()]


def _names_of(unit: str) -> tuple[str, ...]:
    """A unit's full name, and its short form where that is a word's length ("香港特别行政区", "香港")."""
    short = stem(unit)
    return (unit, short) if len(short) >= 2 else (unit,)


def _spread(unit: str, paragraphs: list[str], places: Places, opened_on_the_country: bool = False) -> bool:
    names = _names_of(unit)
    # (a paragraph naming it only in passing, as where a meeting is held or what a measure leaves out,
    # does not speak of it: "论坛日前在安徽省合肥市举行。国家卫健委负责人…")
    # (nor does the capital in a dateline, "本报北京2月25日电", where the country's bodies speak)
    naming = [i for i, (p, written) in enumerate(zip(paragraphs, map(without_capital_dateline, paragraphs)))
              if any(n in written for n in names) and not places.names_only_in_passing(p, unit)]
    # (an opening paragraph that is the first of a run of scenes from three provinces, "在海南省海口市…",
    # "云南省兰坪县…", "广西三江县…", is one example of what the story is about, not its place)
    opening = naming[:1] == [0] and not _opens_on_scenes(paragraphs, places)
    # (a story that opens on the country, "本报北京…电  国务院联防联控机制召开新闻发布会…", is not
    # about a place one later paragraph names: it takes two)
    return bool(naming) and (opening or len(naming) * 4 >= len(paragraphs)
                             and (len(naming) >= 2 or not opened_on_the_country))


def _opens_on_scenes(paragraphs: list[str], places: Places) -> bool:
    """Whether the first three paragraphs each name a place first, each in another province."""
    provinces = set()
    for paragraph in paragraphs[:3]:
        first = places.first_place(paragraph)
        if first in (None, NATIONAL, UNKNOWN_REGION):
            return False
        provinces.add(places.chain(first)[-1])
    return len(provinces) == 3


def _common_ancestor(chains: list[list[str]]) -> str | None:
    """The nearest unit every chain passes through: one of the units itself when it holds the
    others (银和街道 and 沧州市 -> 沧州市)."""
    first, *rest = chains
    for name in first:
        if all(name in chain for chain in rest):
            return name
    return None
