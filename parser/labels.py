"""What a figure measures, in words a reader understands on their own: "总投资", "新注册市场主体".

The label is the phrase ahead of the figure in its clause, with dates, region names, qualifiers and
leading verbs of action ("着力推进", "确保") taken off. For a count whose counted thing follows it
("44个省市重点项目"), the label is that thing.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .segment import cut, is_action, is_predicate, is_verb
from .words import CJK, ONE_CHARACTER_THINGS, POST_QUALIFIERS, PRE_QUALIFIERS, RANGE_QUALIFIERS, SHARE_CHANGE_VERBS, alternation

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?、\n（(）)]")
_TRAILING = re.compile(
    r"(?:分别为|分别|约为|已达|已有|共有|共计|合计|总计|不少于|不低于|不超过|不足|不到|超过|大约|将近|接近|多达|高达|"
    r"达到|至少|最高|突破|累计|约|近|逾|达|超|为|是|共|有|了|的|仅|已经|已|(?<![估统设预会])计|增至|降至|至|到|等|和|及|与|或|由|从|…|"
    # "按照30%的上浮幅度": a preposition says how, not what; "200强企业中193家": the group counted in
    r"按照|依照|依据|根据|(?<![集其家])中|当中|之中|保持在|维持在|控制在|稳定在|"
    # "经过3年努力", "连续5年", "在3天内": how long, not what is measured
    r"经过|历经|连续|(?<![所存现实])在|"
    # an adverb left before the figure ("扫描量就超过了", "游客量曾突破", "观众只有", "在短短"): no part of
    # what is measured
    r"(?<!成)就|曾|(?<!首)都|也|(?<![偿归退返奉交送生])还|又|(?<![船])只|(?<![规原细准法守否])则|短短|仅仅|整整|足足|"
    # (and how many in all, or what it was before: "工作人员一共", "原本15天的工作量")
    r"(?:一共|总共)[有是]?|原本|本来|"
    # (and what it takes or leaves, after such an adverb: "整个过程仅需", "公司账上只剩")
    r"(?<=[\u4e00-\u9fff][仅只就才还])(?:需要?|剩下?)|"
    # what is still to come or only just reached ("国内生产总值预计将", "产业规模有望", "占地面积才"), a
    # list's joiner or the object marker left before the figure ("…以及", "我们把")
    r"将|有望|预计|(?<![人天英口全干奇秀])才|(?<![简方随顺轻])便|以及|(?<!一)把|"
    # and what it must or can take ("制作一根超导电缆需要", "两地车程时间可", "大夫一年要"), and how
    # likely ("全程大概需要", "原则上要")
    r"需要|(?<![需重主只必纲摘提次概])要|(?<![许认宁])可|一般|大概|起码|原则上)$"
)
_LEADING = re.compile(
    r"^(?:\d+(?:[-—~至]\d+)?(?:年|月份|月|日|季度)[底初末中内]?|今年以来|今年|去年|全年|年内|截至目前|截至|目前|其中|"
    r"同时|此外|另外|预计|已经|已|共|并|还|累计|全区|全市|全县|全省|全国|上半年|下半年|年底|一季度|前三季度|"
    r"眼下|如今|当前|"
    # a rule's article number ("第六条　国有企业党委…")
    r"第[一二三四五六七八九十百零〇\d]+条[ 　]*)"
)
# a clause's joining word or mood ("虽然经过近6天的抢救", "要加强24小时值守"): no part of a label
_JOINING = frozenset("虽然 但是 但 而 而且 并且 如果 因为 由于 所以 因此 要 需要 应 应当".split())
# Verbs of effort that open a clause but say nothing about what is measured.
LEAD_WORDS = frozenset(
    "着力 推进 推动 加快 确保 力争 争取 全力 积极 抓好 紧抓 全面 进一步 努力 承担 将 正在 拟 可 以及 及 和 并 还 "
    "引导 动员 鼓励 帮助 摸排 辖区 开展 实施 重点 抓 做好 已 共 累计 预计 计划中 为 较 "
    "上半年 下半年 年内 全年 今年 去年 年底 年初 目前 当前 与 的 "
    # a preposition opening what is left ("从时速35公里到350公里", "使国家铁路营业里程超过…"), and what
    # is left of a list of places or a contrast ("上海、湖南等地重点外资企业…", "2018年则减少")
    "从 使 让 等地 等 则 按照 依照 依据".split()
) | _JOINING
# where the counted are or go: after the thing, no part of it; opening it, part of its description
_WHERE_TO = frozenset("在 赴 奔赴 驰援 前往 抵达 赶赴 赶往 开赴 飞赴 远赴 飞抵 从".split())
_AFTER_STOP = frozenset(
    "已 均 将 正 正在 全部 尽快 顺利 按期 提前 入驻 落地 开工 投产 签约 建设 推进 完成 实现 进行 利用 负责 明确 "
    "参加 参与 获得 通过 等 中 的 和 与 及 被 为 是 上半年 下半年 年内 年底 全面 开 复工 制作 了 内 达 共 累计 "
    "计划 预计 力争 分别 同比 已经 以上 以下 左右 集中 "
    "之一 距离 用于 用来 主要 带动 使 让 由 向 对 给 作为 成为 覆盖 分布 位于 涉及 包括 都 也 就 还 可 能 "
    "发放 申领 支付 投入 大关 关口 共同 联合 一起 一同 相继 陆续 先后 纷纷 "
    "减到 减少 减 降至 降到 降 下降 上升 升 提高 增加 增长 增至 增 达到 超过 到 至 落户 进驻 获得".split()
) | _WHERE_TO | frozenset(PRE_QUALIFIERS)     # "5亿元以上项目不少于30个": the thing ends where a quantity starts
_DIGIT = re.compile(r"\d")
# the unit a date's number carries ("2019年", "1-7月", "80年代末")
_DATE_UNITS = r"(?:年代[末初中]?|年度|年|月份|月|日|号|季度)"
# (one whose digits went before: "5|日宣布…")
_DATE_UNIT = re.compile(rf"^{_DATE_UNITS}")
# a change from one figure to another: "X由A下降至", "X从A减到", "X由A提高到了"
_FROM_TO = re.compile(r"([^，,。；;：:\d]{2,16}?)(?:由|从)[^，,。；;]*?\d[^，,。；;]*?[^\d，,。；;]{0,4}(?:至|到)了?$")


# what may stand between a bracketed aside and its figure ("（总产出）为", "（含…）达")
_ONLY_LINKS = re.compile(r"\s*(?:分别为|约为|已达|达到|共计|合计|为|是|达|约|近|超|共|有)?\s*")
_CREDIT = re.compile(r"记者|通讯员|摄")
# a footnote's number ("［3］", "[2]"): not a number the label is cut after
_FOOTNOTE = re.compile(r"[［\[]\d{1,2}[］\]]")


# marks that come in pairs: one left at either end without its partner is debris of the cut
_PAIRED = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "［": "］", "[": "]", "【": "】"}
_PARTNER = {**_PAIRED, **{close: open_ for open_, close in _PAIRED.items()}}
# a list's or a clause's separator, or a bullet, at an end ("330多支医疗队、", "●援鄂医护人员")
_SEPARATORS = " \t…—－~～-、，,；;：:●■◆▲★"


def _tidy(text: str) -> str:
    """Trim spaces, separators and a paired mark left without its partner at either end ("医疗队、",
    "）工业", "打造…组织和‘", "“明珠”成链" stays)."""
    while True:
        trimmed = text.strip(_SEPARATORS)
        if trimmed and trimmed[0] in _PARTNER and trimmed.count(trimmed[0]) != trimmed.count(_PARTNER[trimmed[0]]):
            trimmed = trimmed[1:]
        if trimmed and trimmed[-1] in _PARTNER and trimmed.count(trimmed[-1]) != trimmed.count(_PARTNER[trimmed[-1]]):
            trimmed = trimmed[:-1]
        if trimmed == text:
            return text
        text = trimmed


_FILLER = frozenset("分别 均 都 也 还".split())
# what says nothing of what is measured, left alone as a label ("虽然经过近6天的抢救", "1美元约合…")
_JOINING_ONLY = _JOINING | {"约合", "相当于"}


# characters that end the word before them rather than start the label's first word
_NO_WORD_START = frozenset("们其等有前后间版人的了在为把被将和与及或是也都》】）)”")


def _tail(text: str, max_chars: int = 12, of: bool = True) -> str:
    """The last words of text up to max_chars, lead words off; of: only what follows its last 的."""
    words = [w for w in cut(text) if w not in _FILLER]
    while len(words) > 1 and words[0] in LEAD_WORDS:
        words.pop(0)
    if of and "的" in words:
        after = words[len(words) - words[::-1].index("的"):]
        if len("".join(after)) >= 2:
            words = after
    out = ""
    last = ""
    for w in reversed(words):
        # never cut inside a quotation: "“四新”经济占比", not "新”经济占比"; nor between two single
        # characters the dictionary does not join ("央|企所属…开工率": 央企)
        if out and len(out) + len(w) > max_chars and out.count("“") >= out.count("”") \
                and not (len(w) == 1 and len(last) == 1 and len(out) <= max_chars and w not in _NO_WORD_START):
            break
        out = w + out
        last = w
    words = cut(out)
    while len(words) > 1 and words[0] in LEAD_WORDS:
        words.pop(0)
    return "".join(words)


def clause_ends(text: str) -> list[int]:
    """Where each clause of text ends (just after its punctuation): computed once per section so a
    figure finds its clause by bisection instead of scanning back to the figure before it."""
    return [m.end() for m in _CLAUSE_BREAK.finditer(text)]


def _name_length_at(head: str, pos: int, name: str) -> int:
    """How much of head a place's name at pos takes: all of it, unless its suffix starts the word
    after it ("武汉市场每天供应": 武汉, then 市场)."""
    end = 0
    for word in cut(head):
        end += len(word)
        if end == pos + len(name):
            return len(name)
        if end > pos + len(name):
            break
    short = name[:-1]
    return len(short) if len(short) >= 2 and head.startswith(name[-1], pos + len(short)) else len(name)


def label_before(text: str, start: int, floor: int, names: tuple[str, ...], clauses: list[int]) -> str:
    """The phrase ahead of the figure within its clause (clauses: clause_ends(text))."""
    i = bisect_right(clauses, start) - 1
    opened = clauses[i] if i >= 0 and clauses[i] > floor else floor
    if opened > floor and text[opened - 1] in "）)" and _ONLY_LINKS.fullmatch(text, opened, start):
        # a bracketed aside before the verb: "体育产业总规模（总产出）为26579亿元" is the 总规模's
        bracket = max(text.rfind("（", floor, opened - 1), text.rfind("(", floor, opened - 1))
        # (not after a count, "15个省（区、市）100个县", nor a reporter's credit, "电 （记者…）")
        j = bisect_right(clauses, bracket) - 1
        # (a count right before the bracket, not a date further back: "2019年12月份…指数（PMI）为50.2%")
        if bracket > floor and not _DIGIT.search(text, max(clauses[j] if j >= 0 else 0, bracket - 4), bracket) \
                and not _CREDIT.search(text, bracket, opened):
            return label_before(text, bracket, floor, names, clauses)
    head = _FOOTNOTE.sub("", text[opened:start])      # "国民总收入［3］988458亿元"
    change = _FROM_TO.search(text, clauses[i] if i >= 0 else 0, start)
    if change:
        # "贫困发生率由13.8%下降至0.15%", "员工从19人减到11人": what changed stands before 由/从
        # (after a date's digits, without its unit: "2月5|日宣布将基准利率从…")
        head = _DATE_UNIT.sub("", change.group(1)) if text[change.start(1) - 1:change.start(1)].isdigit() \
            else change.group(1)
    elif _DIGIT.search(head):
        # what follows the last number: "2021年安排…项目" -> "安排…项目", "1-7月完成投资" -> "完成投资"
        # (the mark a number may carry is no digit: "2月5日宣布…" is two dates, "宣布…" left)
        head = re.split(rf"\d(?![\d.,%]*强)[\d.,%]*{_DATE_UNITS}?[^\u4e00-\u9fff\d]?", head)[-1]
    for name in names:
        pos = head.rfind(name)
        if pos >= 0 and len(head) - pos - len(name) >= 2:
            head = head[pos + _name_length_at(head, pos, name):]
    listed = head.rfind("等地")
    if listed >= 0 and len(head) - listed - 2 >= 2:
        head = head[listed + 2:]      # "上海、湖南等地重点外资企业复工率": the places listed go
    head = _tidy(head)
    for _ in range(4):
        new = _LEADING.sub("", _TRAILING.sub("", head))
        if new == head:
            break
        head = new
    share = _SHARE.fullmatch(head)
    if share and not _OF_A_PLAN.search(share.group(2)):
        # "第三产业增加值占地区生产总值比重": the part, and the whole only where the label stays short;
        # a change of the share keeps its verb ("…占GDP比重提高" -> …占比提高)
        # "水电、风电等清洁能源消费量"; "声环境质量好的城市": which ones is what the share is of
        part = _tail(share.group(1).rsplit("等", 1)[-1], of=False)
        whole = part + "占" + share.group(2)
        change = _SHARE_CHANGE.search(share.group(2))
        return _tidy(whole if len(whole) <= _SHARE_MAX else part + "占比" + (change.group() if change else ""))
    # "声环境质量好的城市占": which ones is what a share is of
    label = _tidy(_tail(head, of=not head.endswith("占"))) if head else ""
    return "" if label in _JOINING_ONLY else label


_RANGE_OPENING = re.compile(rf"^(?:{alternation(RANGE_QUALIFIERS)})")
_AFTER_RUN = re.compile(r"(?:[A-Za-z]+\d*|[^，,。；;：:！？!?、\n（(\d])+")
_AFTER_MAX = 10
_JOINERS = frozenset("和 及 与 或 以及".split())
_LIST_MAX = 14          # a list of kinds of a thing reads whole up to this ("集成电路、人工智能项目")
_ITEM_MAX = 6           # an item of a list of kinds is short; a longer run before 、 is a thing of its own
_AFTER_LIST = re.compile(r"(?:、[^，,。；;：:！？!?、\n（(\d]{1,6})*、[^，,。；;：:！？!?、\n（(\d]+")
_CLAUSE_END = frozenset("，,。；;！？!?\n")
_SIZE_CLASS = re.compile(r"^\d[\d.]*(?:万|亿)*(?:元|平方米|亩|吨|千瓦|人)(?:以上|以下)?的?(?=[\u4e00-\u9fff])")


_SHARE = re.compile(r"([^占]{2,})占([^占]{2,})")
_BATCH = re.compile(r"(?:第[一二三四五六七八九十\d]+|首|新一|下一)批")
_SHARE_MAX = 16
_SHARE_CHANGE = re.compile(rf"(?:{alternation(SHARE_CHANGE_VERBS)})$")
# "完成投资占全年计划": how much of a plan is done, not a share of a whole
_OF_A_PLAN = re.compile(r"(?:计划|任务|目标)$")


def label_after(text: str, end: int) -> str:
    """For a count, the thing counted when it follows the figure: "44个省市重点项目". A run of
    modifiers longer than a label that ends its clause keeps its end, where a Chinese noun phrase
    has its head ("3000多份新冠肺炎疫情防控宣传手册，" -> 肺炎疫情防控宣传手册); a size class between
    the count and the thing is passed over ("750个5000万元以上固投支撑项目" -> 固投支撑项目). Nothing
    counted follows a space: a headline's next phrase ("…项目352个 勇当青岛发展“排头兵”")."""
    if text[end:end + 1].isspace():
        return ""
    tail = _RANGE_OPENING.sub("", text[end:end + 40])
    kinds = _KIND_WITH_ITS_LIKE.match(tail)
    if kinds:
        return kinds.group()    # "31个省（区、市）", "4个村（社区）": the kind with the units counted as it
    tail = _MEASURE_ASIDE.sub("", tail, count=1)    # "600余台（套）装备": the measure's alternative
    # a size class between the count and the thing: "750个5000万元以上固投支撑项目"
    tail = _SIZE_CLASS.sub("", tail)
    tail = tail[1:] if tail.startswith("的") else tail      # "1亿元的人才发展专项资金"
    # a name may hold digits after a letter ("N95口罩", "5G基站" does not start a name here)
    m = _AFTER_RUN.match(tail)
    if not m:
        return ""
    run = m.group(0)
    closed = tail[m.end():m.end() + 1] in _CLAUSE_END      # the run is all of the clause's rest
    phrase = _thing(run, closed)
    # a list of kinds of the thing, joined by 、: "35家金融、类金融机构", "7只天使、创业投资基金";
    # kept only where the list ends in a whole thing (not "整车、传统能源和…", "干部、经济部门…")
    listed = _AFTER_LIST.match(tail, m.end())
    if listed and len(run) <= _ITEM_MAX and phrase == _tidy(run):
        phrase = _listed_thing(run + listed.group(0)) or phrase
    where = is_verb(phrase) and run.startswith(phrase + "在")
    if len(phrase) < 2 or where:
        # "58家正在生产的保供企业", "5位奋战在脱贫攻坚一线的第一书记": what they do (where), then 的,
        # then the thing; not what they did to it ("17人均排除…感染的肺炎")
        of = run.find("的", 0, 12 if where else 9)
        if of > 0:
            phrase = _thing(run[of + 1:], closed, verbs_end=True)
    if phrase == run and phrase in ONE_CHARACTER_THINGS:
        return phrase           # "种下了14棵树，": one character alone in its clause names the thing
    return phrase if len(phrase) >= 2 and phrase not in PRE_QUALIFIERS and phrase not in ("以上", "以下") else ""


# how the counted got where they went ("143名医护人员安全抵达武汉")
_HOW_THEY_WENT = frozenset("安全 顺利 平安 分批 集体".split())
# 在 and a one-character verb: a state the thing is in, part of its name before a noun ("在谈项目",
# "在逃人员", "在役测量船"), which the segmenter splits
_IN_A_STATE = frozenset("在谈 在逃 在建 在役 在岗 在校 在读 在售 在产 在营 在运 在任 在职 在编 在线 在押 在研 在库 "
                        "在途 在册 在网 在用 在办 在审 在施".split())
# adverbs left between the thing counted and what it did ("企业率先", "学校各", "党员主动")
_ADVERBS = _FILLER | frozenset("率先 最终 不仅 主动 迅速 牢牢 纷纷 先后 相继 陆续 各 又 并 已 就 才 共 仍 正 将 连夜 快要 "
                               "不断 积极 自发 自愿 首次 再次 共同 一起 一直 长期 仍然 依次 同时 却 每天 "
                               "即将 火速 立即 紧急".split())


def _thing(run: str, closed: bool, verbs_end: bool = False) -> str:
    """The noun phrase a run of words after a count starts with (closed: the run ends its clause;
    verbs_end: a verb with an object after the first words ends it, as after 的: "的保供企业派驻联络员")."""
    words: list[str] = []
    whole, placed = True, False
    run_words = cut(run)
    for k, w in enumerate(run_words):
        phrase = "".join(words)
        # "规模以上企业", "地级及以上城市": part of the name, not a qualifier
        inside = phrase and (w in ("以上", "以下") or w == "及" and run.startswith(("以上", "以下"), len(phrase) + 1))
        # a qualifier opening the phrase is part of it ("30%的最高上浮幅度")
        opening = not phrase and w in PRE_QUALIFIERS
        # 在 after the thing says where it is ("6万名医务人员在繁重工作中…"), 赴, 驰援 … where it goes
        # ("17批医疗队赴湖北"); opening it, or 在 in a state, what it is ("320个在建工地", "4艘在役测量船",
        # "20个重点在谈项目", "24名赴武汉医疗队员的子女")
        opening = opening or not phrase and w in _WHERE_TO or w == "在" and (
            "".join(run_words[k:k + 2]) in _IN_A_STATE and k + 2 < len(run_words) and not is_verb(run_words[k + 2]))
        # (a qualifier glued to the next word ends the thing, "蔬菜近日…", "企业达成…", but not inside a
        # quoted name: "8台“超级天龙座”发动机")
        if (w in _AFTER_STOP and not inside and not opening) \
                or phrase and run.startswith(PRE_QUALIFIERS, len(phrase)) and phrase.count("“") <= phrase.count("”") \
                or verbs_end and len(phrase) >= 2 and is_verb(w) and len(run) - len(phrase) - len(w) >= 2 \
                or len(phrase) >= 2 and len(w) >= 2 and is_verb(w) and run.startswith(("了", "过", "着"), len(phrase) + len(w)) \
                or len(phrase) >= 2 and len(w) >= 2 and w in _ADVERBS and k + 1 < len(run_words) and is_verb(run_words[k + 1]):
            # (a verb with its aspect ends the thing, and the adverb before it: "30个省份恢复了省内道路
            # 客运" → 省份, "5家企业率先完成了…" → 企业; so does an adverb before a verb, "1.3万个居民小区
            # 迅速进入…" → 居民小区)
            whole = False
            # (before 在, 赴 …, what the thing does there goes too: "3名干警站在门前" → 干警, "2287名医务人员
            # 启程赴汉" → 医务人员)
            placed = w in _WHERE_TO
            break
        words.append(w)
    while not whole and len(words) > 1 and (words[-1] in _ADVERBS or placed and (is_verb(words[-1])
                                                                                 or words[-1] in _HOW_THEY_WENT)):
        words.pop()
    if not whole and len(words) == 1 and words[0] in _ADVERBS:
        words = []          # "13.5万人仍然滞留在…": how they did it names nothing
    if len("".join(words)) > _AFTER_MAX:
        # (not a clause with a predicate: "21个县级及以上城市空气质量优良")
        if whole and closed and not any(is_predicate(w) for w in words[1:]):
            while len("".join(words)) > _AFTER_MAX and len(words) > 1:   # the head is at the end
                words.pop(0)
        else:
            # a phrase running on into what the counted did: its start is the thing
            kept: list[str] = []
            for w in words:
                if len("".join(kept)) + len(w) > _AFTER_MAX:
                    break
                kept.append(w)
            words = kept
    return _tidy("".join(words))


def _listed_thing(run: str) -> str:
    """Kinds of the thing after a count, listed with 、 ("金融、类金融机构的认可" -> 金融、类金融机构):
    the words up to a stop word or a verb after the last 、; "" where a joiner (和, 及) or the length
    says the list runs on past its thing ("整车、零部件和电池")."""
    last = run.rfind("、")
    words: list[str] = []
    at = 0
    for w in cut(run):
        if w in _JOINERS:
            return ""
        if at > last and (w in _AFTER_STOP or is_verb(w)):
            break
        words.append(w)
        at += len(w)
    phrase = _tidy("".join(words))
    if len(phrase) <= _LIST_MAX:
        return phrase
    # too long to read whole: the last kind holds the head ("土壤墒情、地下水位、病虫害预警监测点")
    head = phrase[phrase.rfind("、") + 1:]
    return head if 2 <= len(head) <= _AFTER_MAX else ""


def label_of_action(text: str, end: int) -> str:
    """The verb phrase right after a count that names nothing: "40多家获得审批" -> "获得审批",
    whole words up to eight characters ("8个复工复产服务组分片包干" -> 复工复产服务组)."""
    m = re.match(r"[^，,。；;：:！？!?、\n（(\d“”]{2,12}", text[end:end + 12])
    if not m:
        return ""
    words: list[str] = []
    for w in cut(m.group(0).lstrip("已均都将正是")):
        if len("".join(words)) + len(w) > 8:
            break
        words.append(w)
    phrase = re.sub(r"(?:了|的|等|也|都)$", "", "".join(words))
    return phrase if len(phrase) >= 2 else ""


def _bare_verb(label: str) -> bool:
    """A label that is one verb and nothing else ("建立", "资助"): it says what was done, not to what."""
    return is_action(label) and len(cut(label)) == 1


def make_label(text: str, start: int, end: int, kind: str, floor: int, names: tuple[str, ...],
               clauses: list[int]) -> str:
    return _tidy(_label(text, start, end, kind, floor, names, clauses))


def _label(text: str, start: int, end: int, kind: str, floor: int, names: tuple[str, ...],
           clauses: list[int]) -> str:
    before = label_before(text, start, floor, names, clauses)
    output = _OUTPUT_RATE.search(before) if kind in ("count", "quantity") else None
    if output and _PRODUCT_NEXT.match(text, end):
        # "年产120万件…电缆", "年产30万吨饲料": a rate of output, of the thing that follows
        after = label_after(text, end)
        if after and not is_verb(after):
            return output.group() + after
    if kind == "count":
        # "44个省市重点项目": the thing counted follows; "新注册市场主体207家，": it went before;
        # with neither, what the counted things did ("有40多家获得审批", "其中193家复工")
        # a bare verb before it ("建立8个复工复产服务组", "资助7782万人参加基本医疗保险") says less than
        # what follows
        if _bare_verb(before):
            return label_after(text, end) or label_of_action(text, end) or before
        after = label_after(text, end)
        if is_verb(after) and after not in ONE_CHARACTER_THINGS:
            after = ""         # "有3个填补了…": what the counted did, not what they are
        if after and _BATCH.fullmatch(before):
            return before + after          # "第二批102家企业": the batch is what tells the rows apart
        # (a character left of the words before is none: "尚有4928人正在接受医学观察" → 在接受医学观察)
        return after or (before if len(before) >= 2 or before in ONE_CHARACTER_THINGS else "") \
            or label_of_action(text, end) or before
    if kind in ("duration", "date"):
        # "3年内将发射…", "经过3年努力": what follows happens within it, it is not what is measured;
        # with nothing before it, what lasted so long is named after 的 ("经过7天的海上航行")
        if not before and kind == "duration" and text.startswith("的", end):
            return _what_lasted(text, end)
        return before
    of = _OF_THING.match(text, end) and label_after(text, end)
    if of and not _OF_MEASURE.search(of):
        # "添加了15%的百合粉", "辐射全村98%的村民": a share of what follows, unless the words before
        # name an indicator; "每亩土地200元的流转价格": a sum that is a price or a fund named after it
        if kind == "percent" and not _INDICATOR.search(before) \
                or kind != "percent" and _PRICE_OR_FUND.search(of) and not _SUM.search(before):
            return of
    if kind == "money" and before and _PER_UNIT.match(text, end):
        # "黄瓜3.5元/斤、芹菜2.1元/斤": a price per unit is the price of what went before it
        return before
    length = _LENGTH_MEASURE.search(before) if kind == "quantity" else None
    if length:
        # the length is what the word names, of what is written before it ("火箭全长", "驻地海拔"); not
        # of where someone went or what they did ("寒风在海拔2198米的…山顶", "攀登海拔1080米的…")
        owner = cut(before[:length.start()])
        went = any(is_verb(w) or w in _PLACING_WORDS for w in owner)
        return length.group() if went else before
    if kind in ("money", "area", "quantity") and not _INDICATOR.search(before) \
            or kind == "area" and not _AREA_INDICATOR.search(before):
        # "每年设立1亿元的人才发展专项资金", "他悉心打理的600亩水稻": the words before are an action,
        # the thing measured follows; "园区里60万亩耕地": an area names its land after the measure
        return label_after(text, end) or before or _opening_label(text, start, end, floor, names, clauses)
    if kind == "percent" and before and not _INDICATOR.search(before) and is_verb(cut(before)[-1]) \
            and not text.startswith(("的", "，", ",", "。", *POST_QUALIFIERS), end):
        # "克服困难实现了100%复工": what reached the share follows it
        action = label_of_action(text, end)
        if action:
            return action
    if _COMPARATOR.fullmatch(before):
        # "低于5.5%左右预期目标": a comparison alone says nothing; what it is compared with follows
        return label_after(text, end) or before
    return before or label_after(text, end) or _opening_label(text, start, end, floor, names, clauses)


def _what_lasted(text: str, end: int) -> str:
    """What a duration is of, named after its 的 in a clause it ends ("经过7天的海上航行，" → 海上航行,
    "90多分钟的节目表演中，" → 节目表演), up to a verb with what happened after it ("20多个小时的飞行后
    终到南昌" → 飞行); none where the clause runs on or names only time ("在5年的时间里")."""
    run = _AFTER_RUN.match(text, end + 1)
    if not run or text[run.end():run.end() + 1] not in _CLAUSE_END:
        return ""
    phrase = _LASTED_TAIL.sub("", _thing(run.group(), True, verbs_end=True))
    return "" if len(phrase) < 2 or phrase.startswith(_TIME_WORDS) else phrase


# the end of a clause around a duration's thing: when, within it, or that it passed
_LASTED_TAIL = re.compile(r"(?:过后|过去|期间|之后|以后|后|中|里|内)$")
_TIME_WORDS = ("时间", "时光", "日子", "岁月", "光阴", "时候", "时段")


def _opening_label(text: str, start: int, end: int, floor: int, names: tuple[str, ...], clauses: list[int]) -> str:
    """A figure with nothing before it in its clause: what it did, when words follow ("3000万元到账",
    "1500万元将全部用于造林"); else, when it ends its clause, what the clause before named in the same
    sentence ("申请纯信用的身价经营贷，最高200万元")."""
    action = label_of_action(text, end)
    if action or text[end:end + 1] not in _CLAUSE_END:
        return action
    i = bisect_right(clauses, start) - 1
    if i < 0 or clauses[i] - 1 <= floor or text[clauses[i] - 1] not in "，,":
        return ""
    return label_before(text, clauses[i] - 1, floor, names, clauses)


# a rate of output written before its amount; the product follows the amount
_OUTPUT_RATE = re.compile(r"(?:年|日|月)(?:产|生产|产能|加工|处理|出栏)$")
# the product named right after the amount (not "…的目标", "…以上", "……")
_PRODUCT_NEXT = re.compile(rf"(?![以的])[{CJK}A-Za-z]")
# a one-character kind of unit and, in brackets, the units counted with it
_KIND_WITH_ITS_LIKE = re.compile(r"[省市县区村乡镇][（(][^）)]{1,6}[）)]")
_MEASURE_ASIDE = re.compile(r"^[（(][^）)]{1,2}[）)]")
# a price's unit written after it ("元/斤", "元／公斤")
_PER_UNIT = re.compile(rf"[/／][{CJK}]")
_COMPARATOR = re.compile(r"(?:低于|高于|快于|慢于|好于|优于|不及|超出)")
_OF_THING = re.compile(r"(?:左右|以上|以下)?的")
_PRICE_OR_FUND = re.compile(r"价|费|租金|资金|基金|补贴|补助|授信|贷款|奖金|工资")
_SUM = re.compile(r"投资|总额|产值|营收|销售额")
# nouns after "N%的" that describe the figure itself, not what it is of ("8%的目标", "10%的增幅")
_OF_MEASURE = re.compile(r"目标|水平|幅度|增幅|增速|速度|比例|标准|要求|任务|份额|比重|涨幅|降幅")
# words before an area that say what the area is of ("种植面积", "流转土地"), so what follows is not
_AREA_INDICATOR = re.compile(r"面积|用地|占地|耕地|土地|农田|规模|流转|种植|播种|建设|改造|整治|修复|治理|复垦|绿化|造林|建成|新增|累计")

# words that place, move or join something rather than name what is measured
_PLACING_WORDS = frozenset("在 到 从 于 至 由 向 往 或 和 及 与".split())
# a length named right before its figure: the label whatever the words before it did
_LENGTH_MEASURE = re.compile(r"(?:平均|最小|最大|最高|最低)?(?:海拔|水深|埋深|全长|总长度?|直径|深度|高度|长度|宽度|厚度|跨度)$")
# words that name what a sum, an area or a quantity measures: a label ahead holding one is the label
_INDICATOR = re.compile(r"投资|年产|产能|资金|收入|产值|面积|规模|总额|金额|销售|营业|利润|税|人口|率|额|量|价|费|成本|贷款|"
                        r"补贴|增长|下降|提高|减少|占|比重|增加值|GDP|生产总值|资产|存款|融资|估值|指标|基金|订单|"
                        r"经费|奖励|奖补|支出|预算|产量|耕地|用地|土地|建筑|厂房|园区|基地")
