"""Find the administrative units a text names, and place them in the hierarchy.

Known units come from the gazetteer (full names such as 胶州市, or stems such as 青岛 for 青岛市
where the text drops the suffix). Units the gazetteer lacks (streets, towns, development zones)
are recognised by their suffix at a phrase boundary and kept, with a parent inferred from the text.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from .gazetteer import LEVELS, Division, gazetteer, stem
from .words import (CJK, GENERIC_AREAS, NO_PLACE_INSIDE, NATIONAL, NEW_AREAS, PERSON_ROLES, SURNAME_WORDS,
                    SURNAMES, TOWN_SUFFIXES, ZONE_SUFFIXES, alternation)
from .model import Region
from .world import foreign_country_pattern
from .segment import (cut, is_common_word, is_dictionary_word, is_frequent_word, is_persons_name, is_verb,
                      persons_name_starts, starts_a_word, word_at)

UNKNOWN_REGION = "未标明地区"
_TOWN = TOWN_SUFFIXES
_ZONE = ZONE_SUFFIXES
_SUFFIXES_LONGEST_FIRST = tuple(sorted((*_TOWN, *_ZONE), key=len, reverse=True))
_LOCAL_SUFFIX = alternation((*TOWN_SUFFIXES, *ZONE_SUFFIXES))
LOCAL_SUFFIX = _LOCAL_SUFFIX
_BOUNDARY = "，,。；;：:、（(“”\"\\s·—《》】【!！?？"
_LOCAL = re.compile(rf"(?:(?<=^)|(?<=[{_BOUNDARY}]))([{CJK}]{{2,7}}(?:{_LOCAL_SUFFIX}))")
_BARE_LOCAL = re.compile(rf"^(?:{'|'.join(_ZONE)}|[{CJK}]{{1,8}}(?:{_LOCAL_SUFFIX}))$")
_BAD_PREFIX = tuple("全本我该各此每其这那两多诸某")
_BAD_INNER = re.compile(r"[的和与及在了是等个把被对向从为将以让]")
# "发展乡村", "城乡", "镇长", "素可泰古城区域": a unit's name running on into a word is the word
WORD_GOES_ON = re.compile(r"(?<=乡)(?!村民|村干部|村委|村党)[村亲土愁镇里下情音风贤邻野间]|(?<=镇)[长压定静痛守海]|(?<=区)[域块间别分]")
_GAZ_TAIL = re.compile(r"[市区县旗盟省州镇乡道]")
_LEADER_UNIT = re.compile(
    rf"([{CJK}]{{2,12}}?(?:{_LOCAL_SUFFIX}|市|区|县))(?=党工委|党委|委|工委|管委|人民政府|政府|办事处|街道办)"
)


# "本报北京2月3日电", "新华社北京…电": where a national paper's reporter filed from, not what the
# story is about (the capital is where the country's ministries speak); other cities' datelines are
# the story's place and stay
DATELINE_TAIL = r"\s{0,2}\d{1,2}月\d{1,2}日\s{0,2}[电讯]"   # what follows a dateline's city
_CAPITAL_DATELINE = re.compile(rf"北京(?={DATELINE_TAIL})")


def without_capital_dateline(text: str) -> str:
    """text with the capital of a dateline blanked (offsets kept)."""
    return _CAPITAL_DATELINE.sub("\u3000\u3000", text) if "北京" in text else text


# a role before a surname: what follows is a person's name ("三级警长刘大庆", "县长王大同"), not a place
_ROLE_BEFORE_NAME = re.compile(rf"(?:{alternation(PERSON_ROLES)}|[长员警官]|同志|记者|护士|教授|院士|师傅|代表)$")
# what makes a title with 长 (外长, 部长, 校长 …; not 省: "吉林省长春市")
# a surname and a place's short form as an item of a list of people ("刘随州、胡伟等7人", "吴官正、
# 李长春、罗干"): a person, listed beside another (a surname and one or two characters)
_IN_A_LIST_OF_NAMES = re.compile(rf".[{CJK}]{{2}}[、和][{SURNAMES}][{CJK}]{{1,2}}(?:[、等和]|$)")
_NAME_LIST_BEFORE = frozenset("、，,：:“\n　 ")
_TITLE_BEFORE_ZHANG = frozenset("外部市县校院局厅处科州区镇乡村队社行会所站组班团署司")


_RANK = {"province": 0, "city": 1, "county": 2}


def is_given_name_at(text: str, pos: int) -> bool:
    """Whether text[pos:] starts a given name: after a surname that follows a role ("警长刘大庆"), or
    a name after a title whose 长 it would take ("老挝外长沙伦赛": 外长, not 长沙)."""
    if pos >= 1 and text.startswith("长", pos) and text[pos - 1] in _TITLE_BEFORE_ZHANG:
        return True
    if pos >= 1 and text[pos - 1] in SURNAMES and text[pos - 1] not in SURNAME_WORDS and (
            _ROLE_BEFORE_NAME.search(text, max(0, pos - 6), pos - 1) is not None
            or _IN_A_LIST_OF_NAMES.match(text, pos - 1) is not None and (pos < 2 or text[pos - 2] in _NAME_LIST_BEFORE)):
        return True
    # a name the dictionary knows as a person's that starts with the place's ("《阿里巴巴与四十大盗》")
    if text[pos:pos + 2] not in persons_name_starts():
        return False
    word = word_at(text, pos)
    return len(word) >= 3 and is_persons_name(word) and word not in gazetteer().by_name \
        and word not in gazetteer().by_stem     # (张家口, 齐齐哈尔, 鄂尔多斯 are tagged as names too)


def level_of(name: str) -> str:
    if name.endswith(_TOWN):
        return "town"
    if name.endswith(_ZONE):
        return "zone"
    return "unknown"


_FUNCTION_CHARS = frozenset("于在和与及对向从为将把被")   # a preposition or conjunction before a word
_SHORT_NAME = 7    # most names are no longer; the few that are are looked up by their last characters


@lru_cache(maxsize=1)
def _long_names() -> dict[str, tuple[str, ...]]:
    """The gazetteer's names longer than _SHORT_NAME ("通辽经济技术开发区", "孟连傣族拉祜族佤族自治县")
    by their last four characters, longest first."""
    out: dict[str, list[str]] = {}
    for name in gazetteer().by_name:
        if len(name) > _SHORT_NAME:
            out.setdefault(name[-4:], []).append(name)
    return {tail: tuple(sorted(names, key=lambda n: (-len(n), n))) for tail, names in out.items()}


def gazetteer_names(text: str) -> tuple[tuple[int, str], ...]:
    """(position, name) of every full gazetteer name in text, longest match at each suffix (the
    document's whole text is asked twice: the answers are kept for a few texts)."""
    return _gazetteer_names(text)


def _shares_its_shi(city: str, name: str) -> bool:
    """Whether name is a district of city whose name starts with the 市 city's name ends with."""
    return city.endswith("市") and name.startswith("市") and any(
        d.level == "county" and d.city == city for d in gazetteer().by_name.get(name, ()))


@lru_cache(maxsize=4)
def _gazetteer_names(text: str) -> tuple[tuple[int, str], ...]:
    g = gazetteer()
    long_names = _long_names()
    lengths = _name_lengths()
    found: list[tuple[int, str]] = []
    last_end = -1
    for m in _GAZ_TAIL.finditer(text):
        end = m.end()
        longer = long_names.get(text[end - 4:end])
        if longer:
            name = next((n for n in longer if end - len(n) >= max(0, last_end) and text.startswith(n, end - len(n))), None)
            if name is not None and not WORD_GOES_ON.match(text, end):
                found.append((end - len(name), name))
                last_end = end
                continue
        for k in lengths.get(text[end - 2:end], ()):   # (only the lengths some name ending so has)
            start = end - k
            if start < 0:
                continue
            name = text[start:end]
            if start < last_end:
                # "青岛市南区", "乐山市中区": the city's 市 is the first character of its district's
                # name (市南区, 市中区), written once; the city stays named by its short form before it
                if not (start == last_end - 1 and found and _shares_its_shi(found[-1][1], name)):
                    continue
                found.pop()
            if k == 2 and not any(after_its_parent(text, start, d) for d in g.by_name.get(name, ())):
                continue    # "勉县", "新县": a two-character county only right after its city or province
            if k > 2 and name in g.by_name and any(after_its_parent(text, start + 1, d)
                                                   for d in g.by_name.get(name[1:], ()) if d.level != "town"):
                continue    # "山西吉县" is 山西's 吉县, not 宁夏's 西吉县 with a 山 before it
            if name in g.by_name and not WORD_GOES_ON.match(text, end) and not _inside_words(text, start, name):
                found.append((start, name))
                last_end = end
                break
    return tuple(found)


@lru_cache(maxsize=1)
def _name_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths (up to _SHORT_NAME, longest first) of the gazetteer's names by their last two
    characters: most suffix characters in text end no name ("全市", "城区"), and are passed at once."""
    out: dict[str, set[int]] = {}
    for name in gazetteer().by_name:
        if 2 <= len(name) <= _SHORT_NAME:
            out.setdefault(name[-2:], set()).add(len(name))
    return {tail: tuple(sorted(ks, reverse=True)) for tail, ks in out.items()}


def after_its_parent(text: str, pos: int, division: Division) -> bool:
    """A name written right after the unit it lies in ("江苏省连云港石化产业基地", "汉中市勉县"): a
    path, so a place whatever follows it."""
    for parent in (division.parent, division.city, division.province):
        if parent and parent != division.name and (text.endswith(parent, 0, pos) or text.endswith(stem(parent), 0, pos)):
            return True
    return False


_COUNTING = "一二两三四五六七八九十百千几多"


def _inside_words(text: str, start: int, name: str) -> bool:
    """Whether the gazetteer name written at start is part of the words around it, not the place: a
    name only towns bear that starts no word ("其中城镇居民"), or that is a preposition before a word
    ("增速快于城镇": 海盐县 has a 于城镇); a name only counties bear inside a word running across its
    start ("红海城市荷台达" holds no 海城市). The last two are the place right after their parent."""
    if start == 0:
        return False
    divisions = gazetteer().by_name[name]
    levels = {d.level for d in divisions}
    if levels == {"town"}:
        if not starts_a_word(text, start):
            return True
        suspect = name[0] in _FUNCTION_CHARS and is_dictionary_word(name[1:])
    elif levels == {"county"}:
        # (and "两大社区", "三大片区": after a number 大 and 小 say how big, 大社区 of 高雄 is not meant)
        suspect = not starts_a_word(text, start) or name[0] in "大小" and text[start - 1] in _COUNTING
    else:
        return False
    return suspect and not any(after_its_parent(text, start, d) for d in divisions)


def local_candidates(text: str) -> Counter:
    """Units the gazetteer lacks, found at a phrase boundary: '惜福镇街道', '莱山经济开发区'."""
    g = gazetteer()
    counts: Counter = Counter()
    for m in _LOCAL.finditer(text):
        name = m.group(1)
        suffix = next(s for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s))
        if is_a_phrase(name):
            continue      # "突出增强片区", "（含经济开发区）", "化工园区": a phrase or a kind, no zone's name
        if g.by_name.get(name) or suffix == "乡":
            continue      # a 乡 the list lacks is a word ("返乡", "城乡"), not a township
        if suffix in _TOWN and any(name[k:] in g.by_name for k in range(1, len(name) - 2)):
            continue      # a known town after other words; the town is found by its name
        at = m.end(1) - len(suffix)
        if any(text[at:m.end(1) + k] in g.by_stem for k in (1, 2)):
            continue      # "工商银行宁波镇海支行": the suffix starts a place's name (镇海区), no 宁波镇
        counts[name] += 1
    return counts


def is_a_phrase(name: str) -> bool:
    """Whether a name ending in a unit's suffix is words, not a place ("支持国家级新区", "一带一路产业园区"):
    the checks a unit the gazetteer lacks must pass to be one."""
    suffix = next((s for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s)), "")
    head = name[:len(name) - len(suffix)]
    return not head or name.startswith(_BAD_PREFIX) or bool(_BAD_INNER.search(head)) \
        or suffix in _ZONE and _everyday_words_only(head) \
        or suffix in _TOWN and (_verb_and_kind(name) or name.endswith(_KIND_OF_TOWN))


# a kind of town, not a town's name: "特色小镇", "海岛小镇", "风情小镇"; an old town kept for its
# streets, "松溉古镇", lies in a town of its own name (a town the gazetteer lacks is never named so;
# 万古镇 is in the gazetteer)
_KIND_OF_TOWN = ("小镇", "古镇")


def _verb_and_kind(name: str) -> bool:
    """A verb and the word for towns in general: "做好城镇", "建设乡镇" (not 新城镇, 解放乡)."""
    words = cut(name)
    return len(words) >= 2 and words[-1] in ("城镇", "乡镇") and is_verb(words[0])


def _everyday_words_only(head: str) -> bool:
    """Whether a zone's name is everyday words only, no name: 突出增强片区, 含经济开发区, 化工园区,
    "新建化工园区" (newly built ones; not 青浦工业园区, 宝丰循环经济产业园区, 世园会园区)."""
    words = cut(head) if head else []
    # (a name jieba does not know falls into single characters: "前海" -> 前/海, "鱼梁洲" -> 鱼/梁/洲)
    return bool(words) and (len(words[0]) >= 2 or len(words) == 1) and all(
        is_common_word(w) or is_frequent_word(w) and w not in gazetteer().by_stem for w in words)


def leader_unit(line: str) -> str | None:
    """The unit a leader line speaks for: '解甲庄街道党工委书记 蒋昊峰' -> 解甲庄街道."""
    for m in _LEADER_UNIT.finditer(line):
        name = m.group(1)
        # "市委常委、胶州市委书记": take the part after the last separator
        name = re.split(r"[、，,：:\s—]", name)[-1]
        # "鹿城区山福镇党委书记": the unit is 山福镇; 鹿城区 is where it lies
        for k in range(len(name) - 3, 2, -1):
            if gazetteer().by_name.get(name[:k]) and len(name) - k >= 2:
                name = name[k:]
                break
        if len(name) >= 3 and not name.startswith(_BAD_PREFIX):
            return name
    return None


def is_region_name(line: str) -> bool:
    return bool(gazetteer().by_name.get(line)) or bool(_BARE_LOCAL.match(line))


def names_a_kind_of_town(name: str) -> bool:
    """Whether a name the gazetteer lacks names a kind of town ("重庆松溉古镇", "特色小镇"), no unit."""
    return name.endswith(_KIND_OF_TOWN) and name not in gazetteer().by_name


def place_heading(line: str) -> str | None:
    """The province or city a line naming only it stands for, as a roundup heads each part: by its
    short form, its characters often spaced out ("河 北" -> 河北省, "黑龙江" -> 黑龙江省)."""
    bare = re.sub(r"[\s\u3000]", "", line)
    if not 2 <= len(bare) <= 5 or (bare != line and len(bare) > 3):
        return None
    divisions = [d for d in gazetteer().by_stem.get(bare, ()) if d.level in ("province", "city")]
    return divisions[0].name if len(divisions) == 1 else None


@dataclass
class RegionContext:
    """What a whole document says about where it is: the city and county it is most about."""
    known: set[str] = field(default_factory=set)   # unit names valid in this document
    strong: set[str] = field(default_factory=set)  # named where only units are named (region lines …)
    city: str | None = None
    county: str | None = None
    text: str = ""
    # the provinces the document names units of, in full or by a province's or city's short form: a
    # page of stories from several provinces has no city of its own to put a unit the text does not
    # place under
    provinces: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, strong: list[str]) -> "RegionContext":
        g = gazetteer()
        text = without_capital_dateline(text)
        ctx = cls(text=text)
        gaz = Counter(name for _, name in gazetteer_names(text) if name not in GENERIC_AREAS or name in strong)
        local = local_candidates(text)
        strong_set = {s for s in strong if s}
        ctx.strong = strong_set
        for name, n in local.items():
            # a candidate seen once may have swallowed a verb ("推动惜福镇街道"); keep it only if a
            # shorter known candidate does not explain it
            if n >= 2 or name in strong_set:
                ctx.known.add(name)
        ctx.known |= strong_set
        for name in list(ctx.known):
            for other in ctx.known:
                if other != name and name.endswith(other) and local.get(other, 0) >= local.get(name, 0):
                    ctx.known.discard(name)
                    break
        ctx.known |= set(gaz)
        provinces = {d.province for name in gaz for d in g.by_name.get(name, ())
                     if d.level != "town" and not g.is_ambiguous(name)}
        # city context: stems and full names of cities
        city_votes: Counter = Counter()
        for name, n in gaz.items():
            d = g.lookup(name)
            if d and d.city and d.level != "town":   # a town's name may be any of many towns
                city_votes[d.city] += n * 3
        county_votes_for: Counter = Counter()
        for s in g.stems_in(text):
            divs = g.by_stem[s]
            if not is_common_word(s):
                # a province's or city's short form names its province too ("广东深圳")
                named = {d.province for d in divs if d.level in ("province", "city")}
                if len(named) == 1:
                    provinces |= named
                # a stem names a city directly ("青岛") or through one of its counties ("莱山");
                # a stem shared by several cities says nothing
                cities = {d.city for d in divs if d.city}
                if any(d.level == "province" for d in divs):
                    continue    # "吉林" names the province before its city 吉林市
                n = _stem_mentions(text, s)
                if len(cities) == 1 and n:    # (金华 of "金华村" is no vote for 金华市)
                    city = next(iter(cities))
                    if any(d.level == "city" for d in divs):
                        city_votes[city] += n
                    else:
                        county_votes_for[city] += n
        ctx.provinces = frozenset(provinces)
        if not provinces and foreign_country_pattern().search(text):
            # a story of another country that names no place of ours: a unit we do not list is
            # that country's ("土耳其…安塔利亚世园会园区"), no region of ours
            ctx.known -= {name for name in local if name not in gaz}
        # a county stem only supports a city the text names ("乡村振兴" must not summon 振兴区's 丹东)
        for city, n in county_votes_for.items():
            if city in city_votes:
                city_votes[city] += n
        ranked = sorted(city_votes.items(), key=lambda kv: (-kv[1], kv[0]))
        # cities named as often as each other (a national story's railway from 常德 to 长沙 and
        # 拉萨 to 林芝) say nothing of which one the story is about
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            ctx.city = ranked[0][0]
            county_votes: Counter = Counter()
            city_stem = _stem_of(ctx.city)
            for d in g.children.get(ctx.city, []):
                n = text.count(d.name)
                if _stem_of(d.name) != city_stem:    # "长沙" is 长沙市, not its county 长沙县
                    n += _stem_mentions(text, _stem_of(d.name))
                if n:
                    county_votes[d.name] += n
            if county_votes:
                ctx.county = county_votes.most_common(1)[0][0]
        return ctx

    def units_in(self, text: str) -> Counter:
        """How often each known unit is named in text, a longer name hiding the shorter inside it."""
        text = without_capital_dateline(text)
        counts: Counter = Counter()
        spans: list[tuple[int, int]] = []
        for name in sorted(self.known, key=len, reverse=True):
            for pos in positions(text, name):
                if any(s <= pos < e for s, e in spans):
                    continue
                spans.append((pos, pos + len(name)))
                counts[name] += 1
        return counts

    def first_unit(self, text: str) -> str | None:
        units = self.units_in(text)
        if not units:
            return self.stem_unit(text)
        return min(units, key=lambda n: text.find(n))

    def main_unit(self, text: str, minimum: int = 2) -> str | None:
        units = self.units_in(text)
        if not units:
            return None
        name, n = max(units.items(), key=lambda kv: (kv[1], -text.find(kv[0])))
        return name if n >= minimum else None

    def stem_unit(self, text: str) -> str | None:
        """A unit named by its stem alone ('青岛各区市' -> 青岛市): a province, a city, a county of our city."""
        g = gazetteer()
        text = without_capital_dateline(text)
        best: tuple[int, int, str] | None = None
        for s in g.stems_in(text):
            pos = next((p for p in positions(text, s) if starts_a_word(text, p) and not is_given_name_at(text, p)
                        and not listed_beside_things(text, p, p + len(s))
                        and not inside_a_no_place_word(text, p, p + len(s))), -1)
            if pos < 0 or is_common_word(s):
                continue
            divisions = g.by_stem[s]
            province = next((p for p in divisions if p.level == "province"), None)
            for d in divisions:
                if d.level == "city" and (self.city in (None, d.name)) or (d.level == "county" and d.parent == self.city):
                    # at one place, the widest unit the stem names: "长沙" is 长沙市 before its county
                    # 长沙县, and "吉林" the province before its city 吉林市
                    if province is not None and d.level == "city" and self.city is None:
                        d = province
                    found = (pos, _RANK[d.level], d.name)
                    if best is None or found < best:
                        best = found
        return best[2] if best else None

    def parent_of(self, name: str, infer: bool = False) -> Division | None:
        """The parent of a unit: the gazetteer's for known units, inferred from the text otherwise
        (infer: only from the text, for a town of many counties that the gazetteer cannot settle)."""
        g = gazetteer()
        d = None if infer else g.lookup(name, self.city)
        if d:
            return d
        if name in NEW_AREAS:
            return g.lookup(NEW_AREAS[name])
        # the unit is written after its parent somewhere ("青岛西海岸新区", "城阳区惜福镇街道"); the
        # nearest parent any of its paths gives ("武汉常青街道" … "武汉市江汉区常青街道": 江汉区)
        written: list[Division] = []
        for pos in positions(self.text, name):
            before = self.text[max(0, pos - 6):pos]
            for k in range(len(before), 1, -1):
                head = before[-k:]
                cand = next((c for c in (g.lookup(head, self.city), *(g.by_stem.get(head) or []))
                             if c and (self.city is None or c.city == self.city or c.name == self.city)), None)
                if cand is not None:
                    written.append(cand)
                    break
        if written:
            return max(written, key=lambda c: LEVELS[c.level])    # (the first of the deepest)
        # the unit's own name starts with a stem of a nearby division ("莱山经济开发区" -> 莱山区)
        for k in range(min(4, len(name) - 2), 1, -1):
            for cand in g.by_stem.get(name[:k], []):
                if self.city is None or cand.city == self.city:
                    return cand
        if len(self.provinces) > 1:
            return None     # (the city most named on a page of several provinces' stories is another story's)
        if level_of(name) == "town" and self.county:
            return g.lookup(self.county, self.city)
        if self.city:
            return g.lookup(self.city)
        if len(self.provinces) == 1 and level_of(name) == "zone":
            # (a document of one province naming no city: its zone is that province's, "洋浦经济开发区"
            # of a notice that names 海南 only)
            return g.lookup(next(iter(self.provinces)))
        return None


# "东城街道" and "中山路" name a street and a road, not 东城区 or 中山市
_NOT_THE_DIVISION = re.compile(r"街道|镇|乡|社区|村|路|街|大道|小区|巷")


def inside_a_no_place_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a word that names no place ("幸福安康", "中山大学")."""
    for word in NO_PLACE_INSIDE:
        at = text.find(word, max(0, end - len(word)), start + len(word))
        if 0 <= at <= start:
            return True
    return False


def _stem_mentions(text: str, stem: str) -> int:
    """How often stem names its place in text: not before "街道" or "路" (a street of that name), and
    not inside a word that starts before it ("真金白银" holds no 白银)."""
    n = 0
    for pos in positions(text, stem):
        if not _NOT_THE_DIVISION.match(text, pos + len(stem)) \
                and not inside_a_no_place_word(text, pos, pos + len(stem)) and starts_a_word(text, pos) \
                and not is_given_name_at(text, pos) and not listed_beside_things(text, pos, pos + len(stem)):
            n += 1
    return n


# a list's item beside a place's short form: up to the next separator, or back to the one before
# a part of a place by its direction ("山东中西部", "江苏北部", "浙江沿海"), as a weather report names it
PART_BY_DIRECTION = r"(?:[东西南北中]{1,3}部|大部|沿海)"
_PART_AT_END = re.compile(rf"{PART_BY_DIRECTION}$")
_ITEM = re.compile(r"[^、，,。；;：:（）()“”\s等和及与]{1,8}")
_ITEM_BEFORE = re.compile(r"[^、，,。；;：:（）()“”\s等和及与]{1,8}$")
DIGIT = re.compile(r"[\d０-９]")   # a digit, half or full width


def listed_beside_things(text: str, pos: int, end: int) -> bool:
    """Whether text[pos:end] is an item of a list ("A、B、C") whose items beside it all name no place
    ("百度、阿里、中国电信", "天坛、北海等公园"): a word, not the place. Items holding digits are
    measures, not things ("距札达313公里、拉萨2000余公里")."""
    beside = []
    if text.startswith("、", end):
        after = _ITEM.match(text, end + 1)
        beside.append(after.group() if after else "")
    if text.endswith("、", 0, pos):
        # (the item before runs back to the separator before it: "项目涵盖山西、河北")
        before = _ITEM_BEFORE.search(text, max(0, pos - 9), pos - 1)
        beside.append(before.group() if before else "")
    beside = [item for item in beside if item and not DIGIT.search(item)]
    return bool(beside) and not any(_names_a_place(item) for item in beside)


def _names_a_place(item: str) -> bool:
    """Whether a list's item names a province, city or county; a part by direction is its place's
    ("山东南部", "湖南北部" do; "黄淮南部" does not, 南部县 aside)."""
    heads = [item[:-k] for k in (2, 3, 4) if len(item) > k and _PART_AT_END.fullmatch(item, len(item) - k)]
    return any(names_a_place_at(head, 0) or ends_naming_a_place(head) for head in (heads or [item]))


def names_a_place_at(text: str, pos: int) -> bool:
    """Whether a province, city or county is named starting at text[pos], by its full or short name."""
    return _is_a_unit_name(text[pos:pos + k] for k in (2, 3, 4))


def ends_naming_a_place(text: str) -> bool:
    """Whether text ends with a province's, city's or county's full or short name ("江苏南京")."""
    return _is_a_unit_name(text[-k:] for k in (2, 3, 4) if k <= len(text))


def _is_a_unit_name(names) -> bool:
    g = gazetteer()
    return any(n in g.by_stem or n in g.by_name for n in names)


def positions(text: str, needle: str):
    """Where needle stands in text, left to right, without overlaps."""
    pos = text.find(needle)
    while pos >= 0:
        yield pos
        pos = text.find(needle, pos + len(needle))


def _stem_of(name: str) -> str:
    s = stem(name)
    return s if len(s) >= 2 else name


def division_key(d: Division) -> str:
    """A division's identity: its national code, or (a town) its county's key and its name."""
    if d.code:
        return d.code
    parent = gazetteer().lookup(d.parent, d.city or d.province) if d.parent else None
    return f"{division_key(parent) if parent else ''}/{d.name}"


# the short spelling of a zone word ("经济技术开发区" → 经开区): a zone keeps one name however a text writes it
_SHORT_ZONE_WORDS = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("高新技术产业园区", "高新区"),
                     ("特别合作区", "合作区"))


def zone_spelling(name: str) -> str:
    """The one spelling of a zone the gazetteer does not list: its zone word short ("北京经济技术开发区"
    → 北京经开区); the gazetteer's own keep their names (通辽经济技术开发区), and so does every other name."""
    for long, short in _SHORT_ZONE_WORDS:
        if name.endswith(long) and len(name) > len(long) and name not in gazetteer().by_name:
            return name[:-len(long)] + short
    return name


def build_regions(names: set[str], ctx: RegionContext, settled=lambda name: None,
                  zone_parent=lambda name: None) -> list[Region]:
    """Region records for the names used, with every ancestor the gazetteer knows.

    settled(name): a town's division as the document settled it (places.Places.parent_division)."""
    g = gazetteer()
    out: dict[str, Region] = {}

    def add_division(d: Division) -> None:
        if d.name in out:
            return
        parent = g.lookup(d.parent, d.city or d.province) if d.parent else None
        out[d.name] = Region(d.name, d.parent, d.level, d.code, division_key(d),
                             division_key(parent) if parent else None)
        if parent:
            add_division(parent)

    def under(name: str, parent: Division | None, level: str) -> Region:
        """A unit the gazetteer does not list (or cannot tell apart), under a division or none."""
        if parent is None:
            return Region(name, None, level, None, f"/{name}", None)
        add_division(parent)
        return Region(name, parent.name, level, None, f"{division_key(parent)}/{name}", division_key(parent))

    for name in sorted(names):
        if name == UNKNOWN_REGION:
            out.setdefault(name, Region(name, None, "unknown", None, "unknown"))
            continue
        if name == NATIONAL:
            out.setdefault(name, Region(name, None, "nation", None, "nation"))
            continue
        named_after = zone_parent(name)
        if named_after is not None:
            out[name] = under(name, named_after, "zone")
            continue
        d = settled(name) or g.lookup(name, ctx.city, ctx.county)
        if d is None and g.by_name.get(name):
            # a town of many counties that no place named beside it settles: the county or city
            # the document is about, where it says so; else no parent rather than a guess
            parent = ctx.parent_of(name, infer=True)
            out[name] = under(name, parent if parent is not None and parent.level != "town" else None, "town")
            continue
        if d:
            add_division(d)
            continue
        parent = ctx.parent_of(name)
        out[name] = under(name, parent if isinstance(parent, Division) else None, level_of(name))
    return [out[k] for k in sorted(out, key=lambda n: (out[n].level != "province", n))]
