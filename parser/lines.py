"""What a standalone line is: byline, leader line, caption, heading, region line, paper line ...

Each test looks only at the line itself; where it sits in the story is structure.py's business.
"""
from __future__ import annotations

import re

from .words import ADMIN_SUFFIXES, CJK, SURNAMES, TOWN_SUFFIXES, ZONE_SUFFIXES, alternation

SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』)）》"

# Units of administration a heading or leader line can name.
UNIT_SUFFIX = alternation((*ZONE_SUFFIXES, *TOWN_SUFFIXES, *ADMIN_SUFFIXES))
_REGION_LINE = re.compile(rf"^[{CJK}]{{1,10}}?(?:{UNIT_SUFFIX})$")
# a box mark before a name signs the box; before these it heads a part of the story ("■点评" over an
# expert's comment), it signs nothing
_BOX_LABEL = r"(?:点评|短评|链接|相关链接|延伸阅读|背景|记者手记|编后|评论|小贴士|数据)(?:[·：:].*)?$"
_BYLINE_MARK = re.compile(rf"^[□■◇◆]\s*(?!\d+版)(?!{_BOX_LABEL})(?P<who>\S.*)$")
_BOX_MARK = re.compile(r"^[□■◇◆]\s*(?P<rest>.+)$")
_REPORTER = re.compile(
    rf"^(?:[A-Za-z{CJK}]{{0,10}}?)(?:记者|通讯员|撰稿人|撰稿)[/／\s]*(?P<who>[{CJK} 、，,]{{2,24}}?)\s*(?:整理|报道|摄影|采写|摄)?$"
    rf"|^(?:文|图|文图|文/图)[/／:：]\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*$"
)
# who laid out, drew, edited or planned the page ("制图：张丹峰", "版式设计：蔡华伟", "本期统筹：许 诺")
_PAGE_ROLE = r"(?:本版|本期)?(?:制图|版式设计|统筹|策划|责编|责任编辑|设计|绘图|图表)\s*[:：]"
_CREDIT = re.compile(
    r"^[(（].*(?:记者|通讯员|供稿|报道|日报|新闻).*[)）]$"
    r"|^——\s*(?:编\s*者|编\s*辑)$"                                 # an editor's note signs off
    rf"|^[{CJK}A-Za-z ·]{{1,20}}摄(?:影)?(?:[（(][^()（）]{{1,20}}[)）])?$"   # "杨 华摄（人民视觉）"
    r"|^图片说明\s*[:：]?$"
    # a story's sign-off: the author's post, the agency it came from, who helped write it
    rf"|^[(（](?:作者为|作者系|作者单位)[^()（）]{{1,60}}[)）]$"
    rf"|^[(（]据?(?:新华社|本报|中新社|人民日报)[{CJK}\d、]{{0,20}}电[)）]$"
    rf"|^[(（][{CJK} 、·，,]{{2,40}}(?:参与采写|参与采访整理|参与采访|参与整理|整理|采写)[)）]$"
    # who drew, designed or edited the page ("制图：张丹峰", "版式设计：蔡华伟", "勾  犇图  吕  岩文")
    rf"|^{_PAGE_ROLE}\s*[{CJK} 、，]{{2,30}}$"
    # where a part's or a chart's figures come from ("数据来源：遵义市委宣传部", "资料来源：国家统计局、…")
    rf"|^(?:数据|资料)?来源\s*[:：]\s*[^。！？]{{2,60}}$"
    rf"|^[{CJK}](?:\s*[{CJK}]){{1,3}}\s*图\s+[{CJK}](?:\s*[{CJK}]){{1,3}}\s*文$")
_TEAM_CREDIT = re.compile(rf"^[(（](?:本报|新华社)?记者[{CJK}、，, ·]{{2,300}}[)）]$")
# "（罗  懿）", "（戴  琪  林丽鹂）": the reporters' names in brackets closing a short item
_NAMES_IN_BRACKETS = re.compile(rf"^[(（]([{CJK}]{{1,3}}(?:\s+[{CJK}]{{1,3}}){{1,5}})[)）]$")
# (not a column's name: 资讯, 快讯, 简讯, 短讯, 喜讯, 通讯)
_AGENCY_ONLY = re.compile(rf"^(?:本报讯|[{CJK}]{{1,10}}(?<![资快简短喜通])讯)$")
_LEADER_TITLE = re.compile(r"书记|区长|市长|县长|镇长|乡长|主任|局长|主席|委员|常委|负责人|董事长|总经理")
_LEADER_TAIL = re.compile(rf"(?:[:：]$)|(?:\s[{CJK}]{{2,4}}$)")
_DATELINE = re.compile(rf"^(?P<agency>本报讯|[{CJK}]{{1,10}}(?<![资快简短喜通])讯(?=[\s(（:：]|$))\s*(?:[(（](?P<who>[^()（）]{{1,24}})[)）])?")
_COLUMN = re.compile(rf"^[{CJK}]{{0,4}}(?:简讯|快讯|导读|要闻|速递|短讯|动态|一览|集锦)$")
_PAPER = re.compile(
    rf"^(?P<paper>[{CJK}A-Za-z]{{2,12}}?(?:日报|晚报|早报|时报|商报|报))\s*(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"
    rf"\s*(?:第?\s*\d+\s*版)?(?:[{CJK}]{{0,8}})?$"
)
# "《人民日报》（2025年02月06日第 03 版）": a paper cited with its date and page, as reprints print it
_PAPER_CITED = re.compile(
    rf"^[（(]?《(?P<paper>[{CJK}A-Za-z]{{2,12}})》\s*[（(]\s*(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
    rf"\s*(?:第?\s*\d+\s*版)?\s*[）)][）)]?$"
)
# "温州网 2020-10-31 09:31:16", "来源:新城管委会 2017-11-15": a source and when it published
_SOURCE_DATE = re.compile(
    rf"^(?:来源[:：]\s*)?(?P<paper>[{CJK}A-Za-z]{{2,12}})\s+(?P<y>(?:19|20)\d{{2}})[-/.年](?P<m>\d{{1,2}})[-/.月](?P<d>\d{{1,2}})日?"
    rf"(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)
_CJK_ONLY = re.compile(f"[{CJK}]+")
_PAGE = re.compile(r"^[■□▲◆]?\s*(?:第\s*)?\d+\s*版$")
_CAPTION_MARK = re.compile(r"^[▲►▼△▶◀◄→■]")
_CAPTION_WORDS = re.compile(r"供图|摄影|摄[)）]|图为|资料图|效果图|规划图|示意图|现场[。.]?$|一角[。.]?$|全景[。.]?$|航拍[。.]?$")


def is_markdown_heading(line: str) -> bool:
    return line.startswith("#")


def markdown_heading_text(line: str) -> str:
    return line.lstrip("#").strip()


# a first-person piece's speaker signing it ("贵州某县某镇某村护林员卢元红讲述"; their posts may be
# several: "…县供销联社副主任、驻村工作队队长李春兰讲述"), and under it who wrote it down, with or
# without "记者" ("潘俊强  马双军整理")
_SPEAKER_SIGNOFF = re.compile(rf"^[{CJK}·][{CJK}·、，,]{{3,80}}(?:讲述|口述)$")
_TRANSCRIBER = re.compile(rf"^(?:[{CJK}]{{0,10}}?记者)?\s*[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*整理$")


def is_speaker_signoff(line: str) -> bool:
    return bool(_SPEAKER_SIGNOFF.match(line.strip()))


def is_transcriber(line: str) -> bool:
    return bool(_TRANSCRIBER.match(line.strip()))


def byline_name(line: str) -> str | None:
    """The reporters named by a byline line, or None if the line is not a byline."""
    if len(line) > 40:
        return None
    m = _boxed(line)
    if m:
        return m.group("who").strip()
    m = _REPORTER.match(line)
    if m and max(map(len, re.split(r"[\s、，,]+", m.group("who").strip()))) <= 6:
        # (names, not a phrase: "记者深入西藏羌塘无人区腹地" is a kicker)
        return line.strip()
    if _names_only(line):
        return " ".join(line.split())
    return None


def _names_only(line: str) -> bool:
    """A line of reporters' names alone, as the paper prints them under a headline: "杨文明  李茂颖",
    "靳 博 马 坤" (a two-character name is spaced out), "吴 勇 巴依斯古楞" (a name of a minority people,
    written in characters for its sound). Every name starts with a surname, but such a name beside
    one that does."""
    words = line.split()
    if len(words) < 2 or not all(_CJK_ONLY.fullmatch(w) for w in words):
        return False
    names: list[str] = []
    k = 0
    while k < len(words):      # (two single characters in a row are one name spaced out)
        if len(words[k]) == 1:
            if k + 1 == len(words) or len(words[k + 1]) != 1:
                return False
            names.append(words[k] + words[k + 1])
            k += 2
        else:
            names.append(words[k])
            k += 1
    if all(2 <= len(w) <= 3 and w[0] in SURNAMES for w in names):
        return True
    from .segment import is_plain_word
    surnamed = [2 <= len(w) <= 3 and w[0] in SURNAMES and not is_plain_word(w) for w in names]
    return len(names) >= 2 and any(surnamed) and all(ok or _sounded_name(w) for w, ok in zip(names, surnamed))


# the characters names of the minority peoples (Mongolian, Tibetan, Uyghur, Kazakh, Yi …) are written
# in for their sound ("巴依斯古楞", "扎西顿珠", "阿布都热依木", "次仁罗布")
_SOUND_CHARACTERS = frozenset(
    "阿艾爱安昂奥巴拜班邦宝贝本比毕宾波伯博卜布才仓策查察措次达代旦丹德登迪丁顿多朵俄鄂额恩尔法菲夫嘎盖甘冈"
    "高戈哥格根贡古瓜哈海罕汗杭豪合和赫黑亨洪呼胡华吉加嘉贾江杰金津久居卡凯坎康柯科克肯库拉腊莱兰朗勒雷楞"
    "力立丽利连林琳玲隆卢鲁伦罗洛玛马麦买曼芒毛梅美门蒙孟米密敏明莫姆木穆那纳娜乃南尼宁努诺帕潘佩普其奇恰"
    "钦琴曲确然让热仁日荣如茹萨塞赛桑色森沙莎善尚什苏素索塔泰坦汤唐特提廷通图吐托瓦万旺维卫温乌吾西希锡夏"
    "协辛秀许雅亚延央扬耶伊依英尤玉扎占珍正芝智卓孜宗左斯珠增觉强白群哲娅娃莉蒂丝都乐音朝顺来")


def _sounded_name(word: str) -> bool:
    """A name written in characters for its sound ("巴依斯古楞", "扎西顿珠"): three to seven of those
    characters, not a place ("辽宁沈阳"), not words ("保供水")."""
    return 3 <= len(word) <= 7 and all(c in _SOUND_CHARACTERS for c in word)


def is_lone_name(line: str) -> bool:
    """A person's name alone on a line ("熊宣普"): two or three characters from a surname, not a word
    the dictionary knows (a heading such as "高质量" is one) but a person's name of three ("张国庆"; not
    a place's, "石家庄"). Only its place tells it is a byline."""
    from .gazetteer import gazetteer
    from .segment import is_dictionary_word, is_persons_name
    if not (2 <= len(line) <= 3 and _CJK_ONLY.fullmatch(line) is not None and line[0] in SURNAMES):
        return False
    return not is_dictionary_word(line) or len(line) == 3 and is_persons_name(line) \
        and line not in gazetteer().by_stem and line not in gazetteer().by_name


def is_boxed_byline(line: str) -> bool:
    """Bylines printed with a box mark always open a story."""
    return _boxed(line) is not None


def _boxed(line: str) -> re.Match | None:
    """A box mark before who signs the box; before a heading ("■ 特点二：科技创新引领绿色发展",
    "■涨知识·观鸟五忌") it marks a part of the story."""
    m = _BYLINE_MARK.match(line)
    if m is None or len(m.group("who")) > 16 or _HEADING_MARKS.search(m.group("who")):
        return None
    who = m.group("who").strip()
    # who wrote it: reporters, names, or one name ("□ 张三"); not a list's item ("◆尽量减少外出活动")
    if _REPORTER.match(who) or _names_only(who) or len(who) <= 4 and who[0] in SURNAMES:
        return m
    return None


BULLET_MARKS = "◆◇●○■□▲△▶►•★☆"     # the marks a list's item or a box's heading opens with
_BULLET = re.compile(f"^[{BULLET_MARKS}]")


def bullet_mark(line: str) -> str | None:
    """The mark a bulleted line starts with, if it is not who signs the story ("□ 张三")."""
    m = _BULLET.match(line)
    return m.group() if m and byline_name(line) is None and not _PAGE.match(line) else None


def is_box_heading(line: str) -> bool:
    """A heading printed after a box mark (a part of the story, not who signs it)."""
    # (a label or a heading's punctuation: "■链接", "■ 特点一：…"; "◆尽量减少外出活动" is a list's item)
    m = _BOX_MARK.match(line)
    return len(line) <= 32 and m is not None and _boxed(line) is None and (
        _HEADING_MARKS.search(m.group("rest")) is not None or re.match(_BOX_LABEL, m.group("rest")) is not None)


_HEADING_MARKS = re.compile(r"[，,。：:！？!?·“”]")


def is_credit(line: str) -> bool:
    """'(青岛日报/观海新闻记者 张晋 周伟)' — a credit block, not a heading."""
    if _TEAM_CREDIT.match(line):
        return True     # a whole team of reporters closing a long report, however many they are
    if len(line) > 80:
        return False
    if _CREDIT.match(line):
        return True
    names = _NAMES_IN_BRACKETS.match(line)
    return names is not None and names.group(1)[0] in SURNAMES


# credits that say who laid out, drew or captioned the page, or that an editor signs: they are no
# one's byline
_PAGE_CREDIT = re.compile(rf"^(?:——|图片说明|{_PAGE_ROLE})")


def credit_signs_story(line: str) -> bool:
    """Whether a credit line names who wrote the story (reporters, its author, who helped write it),
    not who laid out or drew the page ("版式设计：蔡华伟", "制图：…", "图片说明：", "——编  者")."""
    return _PAGE_CREDIT.match(line.strip("()（） ")) is None


def is_leader_line(line: str) -> bool:
    """'市委常委、胶州市委书记…刘建军:' or '解甲庄街道党工委书记 蒋昊峰'."""
    if len(line) > 90 or line[-1:] in "。！？":
        return False
    return bool(_LEADER_TITLE.search(line)) and bool(_LEADER_TAIL.search(line))


# "本报北京2月13日电", "新华社武汉2月25日电 （记者…）": a wire story's opening, never a heading
_WIRE_DATELINE = re.compile(rf"^(?:据)?(?:本报|新华社|中新社|人民日报)[{CJK}、]{{0,12}}\d{{1,2}}月\d{{1,2}}日\s*电")


def opens_with_wire_dateline(line: str) -> bool:
    return _WIRE_DATELINE.match(line) is not None


def dateline(line: str) -> re.Match | None:
    """'开发区讯(高庆贺)1月12日,…' or '本报讯 …': a news brief's opening."""
    return _DATELINE.match(line)


def is_agency_only(line: str) -> bool:
    """'本报讯' alone on a line: the brief's dateline printed before its text."""
    return len(line) <= 12 and bool(_AGENCY_ONLY.match(line))


def is_column_label(line: str) -> bool:
    return len(line) <= 8 and bool(_COLUMN.match(line))


def paper_line(line: str) -> re.Match | None:
    """A paper and its date ("青岛日报2021年9月19日3版", "《人民日报》（2025年02月06日第 03 版）"),
    or a web source and time of publication."""
    return _PAPER.match(line) or _PAPER_CITED.match(line) or _SOURCE_DATE.match(line)


def is_page_marker(line: str) -> bool:
    return bool(_PAGE.match(line))


def is_region_line(line: str) -> bool:
    return len(line) <= 12 and bool(_REGION_LINE.match(line))


def is_caption(line: str) -> bool:
    if _CAPTION_MARK.match(line):
        return True
    if len(line) > 60:
        return False
    single_sentence = line.count("。") <= 1 and not re.search(r"[，,；;]", line)
    return single_sentence and bool(_CAPTION_WORDS.search(line))


def ends_sentence(line: str) -> bool:
    tail = line.rstrip(CLOSERS + " ")
    return bool(tail) and tail[-1] in SENTENCE_END


def is_heading_candidate(line: str) -> bool:
    """A short standalone line that does not end a sentence."""
    if not line or len(line) > 64:
        return False
    if ends_sentence(line) and not line.endswith(("!", "！", "?", "？")):
        return False
    if _REPORTED_SPEECH.search(line):
        return False     # "…负责人日前接受记者采访时表示，…有以下五大特点——" is the text's sentence
    return "。" not in line.rstrip("。")


# who said what, within the line: a sentence of the text, not a heading
_REPORTED_SPEECH = re.compile(r"(?:表示|介绍|指出|认为|透露|(?<!来)说)[，,]")


def sentence_head(text: str, limit: int = 40) -> str:
    """The first sentence of a paragraph, cut to limit characters: a title for an untitled item."""
    head = re.split(r"[。！？!?]", text, maxsplit=1)[0]
    return head if len(head) <= limit else head[:limit] + "…"
