"""Where each figure is: the places a text names, and the one each figure is about.

A place is named by its full name (胶州市, 好力保镇), by its short form (江苏, 济南, 宁夏), as a zone
named after a place (苏州高新区), or as a unit of this document the gazetteer lacks. A figure
belongs to the most specific place its own sentence names before it (else anywhere in the
sentence), else to the last place its paragraph named, else to the place that led the paragraph
or an earlier one (a roundup's "江苏 …" paragraph or "——荔湾区…" scope lasts until the next
place-led paragraph), else to its section's region. Words for the whole country (全国, 我国) make a
figure national.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from .gazetteer import LEVELS, Division, gazetteer, stem, villages_of
from .regions import (DATELINE_TAIL, DIGIT, PART_BY_DIRECTION, UNKNOWN_REGION, RegionContext, after_its_parent,
                      gazetteer_names,
                      is_a_phrase, is_given_name_at, level_of, listed_beside_things, names_a_place_at, positions,
                      without_capital_dateline)
from .segment import (cut, frequency, is_a_word_at, is_action, is_common_word, is_dictionary_word, is_frequent_word,
                      is_known_word, is_plain_word, is_predicate, starts_a_word)
from .words import (AREAS_ACROSS_PROVINCES, CJK, GENERIC_AREAS, NO_PLACE_INSIDE, NATIONAL, NATIONAL_BODIES,
                    NATIONAL_COMPANIES, NATIONAL_WORDS, NEW_AREA_COUNTIES, NEW_AREAS, PERSON_ROLES, PROVINCE_CHARACTERS,
                    SECTOR_BODIES, SURNAME_WORDS, SURNAMES, TOWN_SUFFIXES,
                    ZONE_PHRASE_VERBS, ZONE_SUFFIXES, alternation, trie_alternation)
from .world import foreign_country_pattern as _foreign

# a short form followed by one of these is part of another name ("东城街道", "中山路"), or is
# already inside a full name the scan found
# (a short form before 人 is its people, "湖南人"; not before 人口, 人流, 人员, 人才, 人大: the place's own)
_NOT_THE_PLACE = re.compile(r"街道|镇|乡|社区|村|路|街|大道|小区|巷|省|市|区|县|旗|州|盟|人(?![口流员才大社])"
                            # a satellite's, a ship's or a seed's name ("吉林一号", "齐鲁二号"), not a
                            # house or a line of the place ("上海1号线")
                            r"|(?:[一二三四五六七八九十]{1,3}|\d{1,3})号(?![楼院线桥路站口门库井])")
# ten provinces or more are the country ("28个省份的630多家中医医院"); "3个省" are not
# (the parenthesis in either order: "29个省（区、市）", "29个省（市、区）")
_PROVINCES_OF = r"(?:份|区市|[（(](?:(?:自治)?区、(?:直辖)?市|(?:直辖)?市、(?:自治)?区)[）)]|市区)"
_TEN_OR_MORE = r"(?:[12]\d|3[01]|[二三]?十[一二三四五六七八九]?)"     # (up to 31, the country's all)
_MANY_PROVINCES = rf"{_TEN_OR_MORE}个省{_PROVINCES_OF}?"
# "中国" heads the names of many firms and bodies (中国移动, 中国一重, 中国人民银行): it is the country
# only as the subject of a verb or a quantity ("到2025年中国将拥有4.3亿个5G连接", "中国在过去70多年里…")
_CHINA_AS_SUBJECT = r"中国(?=境内|将|已|是|对(?!外文化)|在(?!线)|始终|一直|取得|实现|共有|共|累计|拥有|仍|正在|目前|今年|去年|成为|连续|约有|超过|达到?|新增|经济(?!网|报|日报|信息)|制造业|服务业|高铁|人均|国内生产总值|GDP)"
# "境内"/"国内" heading a count ("截至1月20日18时，境内累计报告…224例"): the country's
_DOMESTIC = r"(?:境内|国内)(?=累计|共有|共|新增|报告|现有|已有|各地)"
# the country's trade and professional associations ("中国机械工业联合会执行副会长…介绍，…企业8.82万家",
# "中国连锁经营协会…"): they speak for their trade nationwide (not a friendship society of two countries)
_NATIONAL_ASSOCIATION = rf"中国[{CJK}]{{2,10}}?(?<!友好)(?:联合会|协会|学会)"
_NATIONAL_WORDS_AND_BODIES = sorted({*NATIONAL_WORDS, *NATIONAL_BODIES}, key=len, reverse=True)
# (the lookahead lets the scan skip every character that starts none of them: 3.5 times faster)
_NATIONAL = re.compile("(?=[" + re.escape("".join(sorted({"中", "境", "国", *"123二三十", *(w[0] for w in _NATIONAL_WORDS_AND_BODIES)})))
                       + "])(?:" + "|".join([_MANY_PROVINCES, _NATIONAL_ASSOCIATION, _CHINA_AS_SUBJECT, _DOMESTIC, trie_alternation(_NATIONAL_WORDS_AND_BODIES)])
                       + ")")
_ACROSS_PROVINCES = re.compile(trie_alternation(AREAS_ACROSS_PROVINCES))
# where someone's home is ("老家在浙江绍兴", "祖籍福建"): where they come from
_HOME_BEFORE = r"(?<=老)家在|(?<=家)乡在|祖籍"
# a place one goes to, or one of a list of such places, is not what the sentence is about
# (or the base a figure is compared with: "高于全县平均水平", "占全省的30%")
_TRIP_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|多于|少于|占|向|(?<![面针相绝应反核])对|赴|前往|远赴|奔赴|支援|供应|供给|(?<![提])供|驰援|增援|援助|援建|(?<![来回])到|(?<![辞失过除离退死])去|飞往|发往|运往|销往|送往|迁至|迁往|搬至|转移至|转移到|来自|(?<![解排清删免消切开拆废])除|与|同|借鉴|学习|对标|参照|效仿|出|离开|从|(?<![差间])距离?|"
                          # a list or title entered ("跻身深圳市人工智能产业示范区之列", "入选浙江省…名单")
                          rf"跻身|入选|入围|列入|纳入|获评|评为|{_HOME_BEFORE})$")
# what ends the name of an organisation
_ORGANISATION = r"(?:集团|公司|大学|学院|医院|银行|协会|研究院|研究所|孵化器|商会|日报|电视台|交易所|控股|股份|国际机场|石化|炼化)"
# "山东省港口集团", "青岛市海洋科技孵化器": an organisation named after a place is not the place
# (a verb between the place and the word makes no name: "宁波建成方舱医院3座" is what 宁波 built; not
# 建设, 发展, 规划, which names hold: "山西建设投资集团", "上海浦东发展银行")
_NOT_A_NAME_VERB = alternation(tuple(v for v in ZONE_PHRASE_VERBS if v not in ("建设", "发展", "规划")))
_UNIVERSITY_AFTER = re.compile(rf"[{CJK}]{{0,6}}?(?:大学|学院)")
_ORG_AFTER = re.compile(rf"(?:(?!{_NOT_A_NAME_VERB})[{CJK}]){{0,4}}?{_ORGANISATION}|"
                        # a company's full name runs longer: "山东省人力资本产业创业投资有限公司"
                        rf"(?:(?![的和与及在了是等把被对向从为将以让有])[{CJK}]){{2,12}}?(?:有限公司|有限责任公司|集团|基金)")
# the field a thing is ranked in ("天津市首家…", "走在全市前列", "居内蒙古自治区首位")
_RANKED_AFTER = re.compile(r"(?:的)?(?:首[个家批位座]|前列|之首|唯一|领先)")
# the level of a designation ("全县有…河北省文物保护单位6处" are 正定's); the country's own designations
# count the country's ("全国重点文物保护单位已达5058处")
_DESIGNATION_AFTER = re.compile(r"级?(?:重点)?(?:文物保护单位|非物质文化遗产|历史文化名[城镇村]|文明[城村镇单位]+|劳动模范|五一劳动奖章|"
                           r"三八红旗手|科学技术奖|科技进步奖|名牌产品|著名商标|示范[县村区镇乡]|"
                           # a firm's rank ("作为广东省农业龙头企业，东升农场在全国各地建有14个…基地")
                           r"(?:农业)?(?:产业化)?(?:重点)?龙头企业)")
# where a briefing was held ("在北京举行的新闻发布会上表示，…50余场活动"): not what is announced
_HOLD = "举行|召开|举办"      # what is done with a meeting or an event, where it takes place
_BRIEFING_AFTER = re.compile(rf"(?:{_HOLD})的[^，。；\n]{{0,8}}?(?:发布会|记者会|通气会|吹风会|座谈会|视频会议?)")
# where a meeting is held, along the venue's whole path ("论坛日前在安徽省合肥市举行"): where people met,
# not what they speak of
# (its dates may follow it after a comma: "…第四次全体会议，于2020年1月13日至15日在北京举行")
_MEETING_VENUE = re.compile(rf"(?:论坛|大会|峰会|研讨会|年会|座谈会|交流会|博览会|推介会|发布会|会议|全会|典礼|仪式)"
                            rf"(?:[，,]于)?[^，。；！？\n]{{0,16}}?在([{CJK}]{{2,16}}?)(?:隆重|正式)?(?:{_HOLD}|开幕)")
# ("湖北以外省份", "武汉之外": every place but it)
# (and where someone works away from home: "妻子在广东东莞电子厂打工", "到浙江宁波务工"; where someone
# got a job or a place at school, "被上海一家大企业录用"; a province helping another, "江苏省对口帮扶铜仁市")
_TRIP_AFTER = re.compile(r"等(?:地|省|市|城市|国家|地区)|以外|之外|[^，。；！？\n]{0,6}?(?<!义)(?:打工|务工)(?![人者的作])|[^，。；！？\n]{0,10}?(?:录用|录取|聘用)|(?:市|省|区|县)?对口(?:帮扶|支援|援助)")
# the head of a clause, after the time it speaks of ("2018年我国…", "目前全国…")
_CLAUSE_HEAD = re.compile(r"(?:^|[，,。；;：:！？!?\n—“”…])[ 　]*(?:根?据|在|其中|目前|现在|当前|如今|眼下|截至目前|今年|去年|近年来|同期|估计|预计|显示|表明|"
                          r"(?:到\d{4}年|\d{4}年|今年|去年)?(?:\d{1,2}月(?:份|\d{1,2}日)?|底|末|以来)?)?"
                          # (the period a measure is taken over: "月度全国城镇调查失业率…")
                          # (and "only" before the subject: "目前，仅中国兵器工业集团…等7家企业…即可日产…")
                          # (a five-year plan's period: "根据规划，“十三五”时期全国将对约1000万…")
                          r"(?:“?十[一二三四五六]五”?(?:时期|期间|以来|末))?"
                          r"(?:月度|年度|全年|上半年|下半年|前三季度|[一二三四]季度)?(?:共有|共|已有|有|仅仅|仅|光)?$")
# the rest of a foreign person's name, up to its middle dot ("马里奥·卡瓦洛")
_NAME_DOT_AFTER = re.compile(rf"[{CJK}]{{0,3}}[·•]")


# a paragraph opening on a description ending in 的, before the noun it describes
_DESCRIBED_OPENING = re.compile(r"[ 　]*[^，,。；;：:“”、\n]{2,16}的")
_ALL_BUT_ONE = re.compile(r"除[^，。；;\n]{1,10}?(?:以)?外的?(其他(?:省份|省区市|省市区|省市|地区))")
_BUT_ONE_COUNTED = re.compile(r"除([^，。；;、\n]{2,10}?)(?:以)?外(?=新增|累计|现有)")
_NATIONAL_PHRASE = re.compile(r"总部|首[个家批]|唯一|领先|一流|前列|第一|百强|之最|范围内?首|(?<=京东)方")
# a national designation ("浏阳拥有全国重点文物保护单位7家，全国爱国主义教育基地2处"): where a place
# was named before it in the sentence, that place holds it ("目前，全国重点文物保护单位已达5058处" is
# the country's count)
_NATIONAL_DESIGNATION = re.compile(r"重点文物保护单位|爱国主义教育基地|文明城市|文明村镇|文明单位|示范|先进|劳动模范|"
                                   r"五一劳动奖章|优秀|模范|红旗|十佳|百佳|重点镇|历史文化名[城镇村]")
# the whole country right before a figure: the figure counts the country's (not "占全国40%")
# a figure counting provinces ("19个省份对口支援…", "24省份开展…") counts over the country
# ("44个省市重点项目" counts projects: 省市 and 省区 only as a noun of their own)
# ("长江经济带11省市检察机关…": a number right before 省市 counts provinces, whatever follows; with 个,
# "44个省市重点项目" are projects of both levels)
_PROVINCE_COUNT = re.compile(rf"[\d一二三四五六七八九十两]+(?:个?省(?:{_PROVINCES_OF}|(?:市|区)(?=[^{CJK}]|[的和及、等]|$)))|"
                             rf"(?<![\d一二三四五六七八九十两]){_TEN_OR_MORE}省[市区]")
_PARTNER_WORDS = set("与同和跟向对")
_COUNTED_BEFORE_AND = re.compile(rf"[\d一二三四五六七八九十两]+[个家名所项座批][{CJK}]{{1,8}}$")
_COMPANIES = frozenset(NATIONAL_COMPANIES)
_EVERYDAY = 1000      # a dictionary frequency from which a county's short form is a word first ("新建")
_COUNTRY_S_OUTPUT = "国内生产总值"
_ORIGIN = re.compile(r"来自|从")
_DATA_AFTER = re.compile(r"(?:公布|发布)?的?(?:最新)?(?:数据|统计|消息|监测|调查|通报)")
# what a reporter learnt from a body, named after it in the same clause ("记者从农业农村部长江办获悉")
_LEARNT_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,16}?(?:获悉|了解到|得知)")
_LEARNT_BEFORE = re.compile(r"(?:记者)?(?:近日|日前|昨天|昨日|今天|今日)?从$")
# a sentence's own subject, not the country: a few provinces or cities counted ("3省", "两市"), or
# an organisation ("中国移动北京公司")
_OWN_SUBJECT = re.compile(r"(?<![\d十])(?:[2-9]|[两二三四五六七八九])个?[省市](?![长委])|" + _ORGANISATION)
_FROM_BEFORE = re.compile(rf"(?:来自|从|离开|{_HOME_BEFORE})$")
_NATIONAL_BEFORE = re.compile(rf"(?<![占于比对])(?:{'|'.join(map(re.escape, NATIONAL_WORDS))})(?:范围内的?|共有|共|累计|已有|有)?$")
_NEWLINE = re.compile("\n")
# a paragraph of an ellipsis only: the end of a run of examples
_ELLIPSIS_LINE = re.compile(r"[ 　]*(?:…|\.{3})+[ 　]*")
_ITEM_BREAK = re.compile(r"[、：:（(]")
_COMMA = re.compile(r"[，,；;：:]")
_CLAUSE_BREAK = re.compile(r"[，,；;：:、]|等")   # (等: the last of a list of organisations, "…医院等7家")
# the end of a clause right after a word ("在开封，")
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
# an organisation that is one of a list the figure counts ("在北京大学、清华大学等36所高校"): its
# name, the other items, 等 right before the figure
_ONE_OF_A_LIST = re.compile(r"[^，,。；;！？!?、]{0,16}、[^，,。；;！？!?]*等")
# a bracketed breakdown of what was just counted ("病例149例（北京市5例、…云南省1例）"): its places
# are the parts, not the subject of what follows it
_BREAKDOWN = re.compile(r"[（(][^（）()\n]{0,400}?\d[^（）()\n]{0,400}?[）)]")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
# a short form ("江苏", "衡阳") is a place when what follows it is not more of a name ("吉林医药" is a
# company): punctuation, a space, a word that follows places, or the verb or adverb of a sentence
# it is the subject of ("衡阳不断加大…")
_AFTER_SHORT = re.compile(
    rf"[^{CJK}]|[的各等地和与及、在将已也还全一两三四五六七八九十今去近市省区县共新]|$|"
    rf"有(?!限)|试点|作为|位于|地处|拥有|不断|积极|坚持|大力|全力|加快|通过|今年|去年|近年|聚焦|围绕|着力|持续|深入|立足|抓住|推动|推进|"
    rf"坚决|主动|率先|按照|依托|正在|先后|累计|实现|完成|出台|发布|召开|举行|启动|开展|建设|打造|"
    # what happens there and when ("武汉疫情", "武汉每天新增…", "武汉目前有…")
    rf"疫情|每天|每日|每年|每月|目前|现有|当前|如今|当地|确诊|市民|人民|群众|百姓|境内|段(?=[）)])|"
    # its government's bodies act for it ("重庆海关出台…11条措施", "重庆交通部门开设绿色通道")
    # (and its railway: "沈阳铁路部门推出…开行500人…包车")
    rf"海关|警方|公安|税务|边检|法院|检察院|交通(?:运输)?部门|铁路部门|卫健委|发改委|人社部门|财政部门|商务部门|市场监管部门|"
    # (and its bureaus: "苏州交通运输局1800余名党员…", "宜宾市场监管局…")
    rf"(?:交通运输|交通|市场监管|卫生健康|卫健|教育|民政|财政|人社|商务|文旅|文化和旅游|应急管理|生态环境|住建|"
    rf"自然资源|农业农村|水利|统计|税务|医保)局|"
    # a city's port ("天津港实现秒通关", "青岛港"), not 港澳 or 港台
    rf"港(?![澳台])")
# a site named after a city, opening a clause ("武汉火神山工地有支党员突击队", "拉萨火车站预计发送旅客…"): the
# city's (not a square or a park named after it, "青岛湾广场", often of one of its districts)
_SITE_AFTER = re.compile(rf"[{CJK}]{{0,4}}?(?:工地|火车站|汽车站|机场)")
_QUOTE_CLOSED = re.compile(r"[。！？!?…]”$")
# a county's short form before these names a lake, a port or a mountain ("江西鄱阳湖", "江苏连云港")
_NATURE_AFTER = re.compile(r"[湖港山河江海岛湾]")
# words that locate a story's subject ("2月7日，位于广州市番禺区的大学城…")
_LOCATED_BEFORE = re.compile(r"(?:位于|地处|坐落于|坐落在)$")
# a count of things right before a county's short form, which then names what they are ("274家惠民供销
# 网点"), not the county
_COUNTED_BEFORE = re.compile(r"[\d０-９]+[余多]?[个家名座所项条只处间辆]$")
# (but its people counted are its own: "577名万山农户", "18名虞城老乡")
_ITS_PEOPLE = re.compile("|".join(("老乡", "乡亲", "籍", *PERSON_ROLES)))
# words that put a place after them, whatever follows it ("回到家乡佳木斯创办…", "落户衡阳")
_PLACE_BEFORE = re.compile(r"(?:家乡|老家|回到|来到|位于|地处|落户|扎根|坐落于)$")
_GENERIC = set(ZONE_SUFFIXES) | GENERIC_AREAS
# an event held at a place ("在武汉举行", "在三亚召开")
_HELD_AT = re.compile(rf"(?:市|省)?(?:{_HOLD}|开幕|启动)")
_CLAUSE_START = re.compile(r"(?:^|[，,。；;：:！？!?\n\u3000])$")
# people or things a verb after a place's name makes a kind of ("武汉返乡人员", "湖北来京车辆")
_KIND_AFTER_VERB = re.compile(r"的|[人者]|人员|人士|群众|居民|游客|旅客|乘客|人群|患者|病例|学生|车辆|务工")
_DATELINE_AFTER = re.compile(DATELINE_TAIL)
# a zone named after a place: the place, at most four more characters, a zone word ("济南高新区",
# "东丽华明高新区", "四川成都高新区")
_ZONE = re.compile(rf"([{CJK}]{{2,11}}?)({alternation(ZONE_SUFFIXES)})")
_ZONE_WORD = re.compile(alternation(ZONE_SUFFIXES))
_CJK_TAIL = re.compile(rf"[{CJK}]{{2,11}}$")
# an office between a place and a zone word is the office's ("秦皇岛公安局经济技术开发区分局")
_ORG_IN_A_NAME = re.compile(r"[局厅委院部办会站所司处队]")
_NOT_IN_A_NAME = re.compile(r"[的和与及在了是等个把被对向从为将以让全各每该本这那其]")
# a unit named by its level alone: "全区" and "该县" are the district and county the text is in, not
# words ("全区域", "全市场", "本市民")
_COLLECTIVE = re.compile(r"(?<![安完健齐周保])(?:全|本|该)(省|市|区|县|旗|镇|乡|州|盟)(?![域场民属级份长委界])"
                         # "，市里目前已组织10家企业": the city the text is in, at the head of a clause
                         r"|(?<=[，。；：“”！？\n\u3000])(市|县|区|镇)里")
# a province as a whole by its one character ("全疆", "全川")
_WHOLE_PROVINCE = re.compile(rf"全([{''.join(sorted(PROVINCE_CHARACTERS))}])(?![{CJK}]?[人籍])")
# a zone named by its kind alone ("高新区每年配套…"): the zone of that kind the document named
_BARE_ZONE = re.compile(alternation(tuple(z for z in ZONE_SUFFIXES if z not in ("园区", "片区", "产业园区"))))
# the words after a quote that say who spoke it
_SAID = re.compile(r"[^。“”\n]{0,40}?(?:说|表示|介绍|告诉|认为|坦言|感慨|指出|谈道|回忆|强调|透露|解释|提醒|感叹|直言)")
# the office a speaker holds in a place's government ("好力保镇党委副书记", "东丽区科技局局长"): the
# place names their employer (not "驻虾团村第一书记", "在…社区，张于琴说": the speaker is there)
_OFFICE_AFTER = re.compile(r"(?:党委|党工委|党组|人民政府|政府|纪委|人大|政协|街道办事处|办事处|"
                           r"[\u4e00-\u9fff]{1,6}?(?:局|委员会|委|办公室|厅|中心))(?:常务)?副?"
                           r"(?:书记|局长|主任|主席|镇长|乡长|区长|县长|市长|厅长|干部|工作人员|负责人|委员)")
_OFFICE_BEFORE = re.compile(_OFFICE_AFTER.pattern + "$")
# a speaker introduced by their post after their words, in the same clause
_POST_NAMED = re.compile(r"[^。“”\n，,；;]{0,30}?(?:站长|所长|院长|局长|处长|科长|主任|书记|负责人|经理|董事长|"
                         r"农艺师|工程师|医生|村医|镇长|乡长|县长|区长|市长)")
# a person introduced right after their place: "好力保村的村民付春国", "家住北屏村的郑长菊"
_PERSON_AFTER = re.compile(rf"(?:的)?(?:{alternation(PERSON_ROLES)})?(?:、?[{CJK}]{{0,2}}岁的)?([{SURNAMES}][{CJK}]{{1,2}})")
# where in a thing ("麦田里", "院中"): after a word, a place, not a person's name
_LOCATIVES = tuple("里中内边旁")
# what may stand right before a person's name that opens a sentence ("唐安江是…")
_NAME_OPENERS = frozenset("，,。；;：:！？!?、“”\n 　")
# a person's place and then their role ("…永修县的种粮大户", "…村村民")
_ROLE_AFTER = re.compile(rf"的|(?:{alternation(PERSON_ROLES)})")
# what ends the name of a village, a bay or a road, not of a person ("张浦镇的金华村", "福鼎市的沙埕湾")
_PLACE_ENDINGS = tuple("村庄镇乡湾山河路街桥园区港湖岛江海县市省州城寨屯沟坡岭峪坝")
_BEFORE_A_BARE_ZONE = set("，,。；;：:、“”\"（(在与和及 \n\u3000")
# how far into a paragraph a place must be named to lead it ("——荔湾区恩宁路…", "江苏 多措并举…")
_LEAD = 12
# what is left out, after the places it leaves ("湖北省、北京市以外的地方", "除武汉之外")
_LEFT_OUT_AFTER = re.compile(rf"(?:[、和及与][{CJK}]{{2,8}}?)*(?:以外|之外)")
# an organisation named where it is a venue, a source or an item ("在北京大学…等36所高校", "据…", "是：天津…")
_VENUE_OR_ITEM_BEFORE = re.compile(r"(?:在|据|根据|[：:])[ 　]*$")
# what may stand between a list of places and the figure that counts over them ("雅江县、炉霍县、
# 色达县等16个", "上海市、陕西省、浙江省等11个省市", "甘孜州、阿坝州和木里县32个"), and a count of
# their units before it ("青海、四川、甘肃、宁夏、内蒙古的16个市州24个县")
_LIST_TO_FIGURE = re.compile(r"(?:等|以及)?(?:地|各地|省|市|县|区)?(?:[两二三四五六七八九十\d]{1,3}[省市县区])*"
                             r"(?:其他|其余|共|共有|在内的|的)?(?:[两二三四五六七八九十\d]{1,3}个(?:市州|地市|市|州|盟|县区|县市|县|区)、?)?")
# (not 与: "A与B签约" pairs a subject with a partner; a part of each place by its direction is the
# place's, as a weather report lists them: "河北中南部、山东中西部、江苏北部和南部、上海等地")
_PART_AFTER = re.compile(rf"{PART_BY_DIRECTION}(?![门队长])")
_PARTS = rf"{PART_BY_DIRECTION}(?:和{PART_BY_DIRECTION})?"     # ("江苏北部和南部")
_LIST_JOIN = re.compile(rf"[州市县区省盟旗]?(?:{_PARTS})?(?:、|和|及|以及)")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str      # the region name it resolves to
    level: str
    # how a place is named other than by its name: "kind" ("全区", "该县"), "zone" (a bare "高新区"),
    # "person" (someone introduced with their place); "" by its name
    referred: str = ""

    @property
    def rank(self) -> int:
        return LEVELS.get(self.level, 5 if self.level == "unknown" else 3)


class Places:
    """The places of one document, resolved with what the whole document says."""

    def __init__(self, ctx: RegionContext, text: str) -> None:
        self.ctx = ctx
        g = gazetteer()
        text = without_capital_dateline(text)
        full = [name for _, name in gazetteer_names(text)]
        # the document's own places above towns: they settle which 新桥镇 or 吉林 is meant
        self.named_divisions = [d for name in full for d in g.by_name.get(name, ()) if d.level != "town"
                                and not g.is_ambiguous(name)]
        self.full_names = {d.name for d in self.named_divisions}
        self.written_in_full = frozenset(full)     # (ambiguous names too: 朝阳区 of 北京 and of 长春)
        self._text = text
        self.areas = (self.full_names | {d.city for d in self.named_divisions if d.city}
                      | {d.province for d in self.named_divisions} | {x for x in (ctx.city, ctx.county) if x})
        self.towns: dict[str, Division | None] = {}   # a town's name -> its division here, if settled
        self.zones: dict[str, Division] = {}           # a zone's name -> the unit it is named after
        self._chains: dict[str, list[str]] = {}
        self._town_names: list[str] | None = None
        self._own: list[tuple[str, str]] | None = None
        self._heads: list[tuple[str, str]] | None = None
        self._village_names: dict[str, str] | None = None
        self.people: dict[str, Mention] = {}     # a person -> the place they were introduced with
        self._given_names: dict[str, bool] = {}
        # the provinces the document is in: a county or town of another province named by its full
        # name alone is a word that happens to be a name ("老城区" in a Qingdao story), not a place
        self.provinces = {d.province for d in self.named_divisions if d.level in ("province", "city")}
        self.stems = g.stems_in(text)      # found once per document; a section's are among them
        # how much the document says of each province: it settles a name two provinces share
        self.province_votes: Counter = Counter(d.province for d in self.named_divisions)
        for short in self.stems:
            candidates = [d for d in g.by_stem[short] if d.level in ("province", "city")]
            if len(candidates) == 1 and not is_common_word(short) and any(
                    not _NOT_THE_PLACE.match(text, pos + len(short)) for pos in positions(text, short)):
                # (金华 of "金华村" names a village, not the city)
                self.provinces.add(candidates[0].province)
                self.province_votes[candidates[0].province] += text.count(short)
        if ctx.city:
            city = g.lookup(ctx.city)
            if city:
                self.provinces.add(city.province)
        # the document's zones, wherever it first names them with their place: a section that names
        # one alone ("在白沙洲工业园区，…") may come before the one that says whose it is
        for m in _ZONE_WORD.finditer(text):
            self._zone_ending(text, m)

    # -- finding ---------------------------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Every place named in text, left to right, a longer name hiding the shorter inside it."""
        text = without_capital_dateline(text)
        found: list[Mention] = []
        occupied = bytearray(len(text))       # 1 where a longer name was found first
        for name in NO_PLACE_INSIDE:
            for pos in positions(text, name):
                occupied[pos:pos + len(name)] = b"\x01" * len(name)

        def free(a: int, b: int) -> bool:
            return occupied.find(1, a, b) < 0

        def take(a: int, b: int, name: str, level: str) -> None:
            occupied[a:b] = b"\x01" * (b - a)
            found.append(Mention(a, b, name, level))

        for m in _ZONE_WORD.finditer(text):
            zone = self._zone_ending(text, m)
            if zone is None and self.zones:   # a zone the document named with its place before
                zone = next(((name, d) for name, d in sorted(self.zones.items(), key=lambda z: -len(z[0]))
                             if text.endswith(name, 0, m.end())), None)
            if zone is not None:
                name, start = zone[0], m.end() - len(zone[0])
                if free(start, m.end()):
                    take(start, m.end(), name, "zone")
        for name, level in self._own_units():
            for pos in positions(text, name):
                if free(pos, pos + len(name)):
                    take(pos, pos + len(name), name, level)
        # a zone of the document by its own name alone, where that is no place's and no word
        # ("洋浦经济开发区" … "海南洋浦试水40条政策措施")
        for head, name in self._zone_heads():
            for pos in positions(text, head):
                if free(pos, pos + len(head)) and starts_a_word(text, pos) and is_a_word_at(text, pos, pos + len(head)):
                    take(pos, pos + len(head), name, "zone")
        for pos, name in gazetteer_names(text):
            if name in _GENERIC:
                continue
            # (a town right after its county is that county's, though the list has the name only
            # elsewhere: "武汉市江汉区常青街道")
            if not self._in_document_provinces(name) and not (
                    self._level(name) == "town" and any(m.end == pos and m.level == "county" for m in found)):
                continue
            if free(pos, pos + len(name)):
                take(pos, pos + len(name), name, self._level(name))
        # a two-character county is found after its parent only ("勉县", "新县" are words too), and
        # wherever a heading names it on its own ("岚县:“山药蛋”变得…") or the document names it after
        # its parent somewhere ("山西吉县…。如今，吉县拥有果库40家"; not "代县长", an acting head)
        for name in sorted(n for n in self.ctx.strong | self.full_names if len(n) == 2 and n in gazetteer().by_name):
            for pos in positions(text, name):
                if free(pos, pos + 2) and starts_a_word(text, pos) and not text.startswith("长", pos + 2):
                    take(pos, pos + 2, name, self._level(name))
        for short in sorted((s for s in self.stems if s in text), key=lambda s: (-len(s), s)):
            division = self._short_form(short)
            # a county's short form right after its city or province ("北京延庆") is the county even
            # where the document names that parent by its short form only
            # (a common word too, "太康", only where the document names the county in full: "河南太康，…"
            # over "河南太康县老冢镇…")
            counties = [] if division is not None else \
                [d for d in gazetteer().by_stem.get(short, ()) if d.level == "county"
                 and (not is_common_word(short) or d.name in self.full_names)]
            if division is None and not counties:
                continue
            for pos in positions(text, short):
                end = pos + len(short)
                if division is None:
                    after = next((d for d in counties if after_its_parent(text, pos, d)), None)
                    if after is not None and free(pos, end) and not _NOT_THE_PLACE.match(text, end) \
                            and not _NATURE_AFTER.match(text, end):
                        take(pos, end, after.name, after.level)
                    continue
                # "甘孜州", "木里县", "青龙县": 自治州, 自治县 by the short form and the plain suffix; a
                # county since made a city or a district by its old name ("祁阳县", "旬阳县", "抚宁县": 祁阳市,
                # 旬阳市, 抚宁区)
                if (division.name.endswith(("自治州", "自治县", "自治旗")) and text.startswith(division.name[-1], end)
                        or division.level == "county" and division.name.endswith(("市", "区")) and text.startswith("县", end)) \
                        and free(pos, end + 1) and not is_given_name_at(text, pos):
                    take(pos, end + 1, division.name, division.level)
                    continue
                if division.level == "county" and not (after_its_parent(text, pos, division)
                                                       and not _NATURE_AFTER.match(text, end)) and (
                        text[end:end + 1] in ("的", "了", "成", "为")
                        or end - pos == 2 and not is_a_word_at(text, pos, end)):
                    continue    # a county's short form before 的, or inside a word ("热火朝天"), is a word
                if not starts_a_word(text, pos) and not after_its_parent(text, pos, division):
                    continue    # inside a word that starts before it ("真金白银" holds no 白银)
                if is_given_name_at(text, pos) or self._given_name(short, division):
                    continue    # a person's given name ("警长刘大庆", "外长沙伦赛", "严金昌")
                if listed_beside_things(text, pos, end) and not after_its_parent(text, pos, division):
                    continue    # an item among things that are no places ("百度、阿里、中国电信", "天坛、北海等公园")
                if free(pos, end) and not _NOT_THE_PLACE.match(text, end) and (
                        _AFTER_SHORT.match(text, end) or self._place_follows(text, end, division)
                        # the head of an organisation's name ("沈阳盛实医疗科技有限公司"): its place
                        or _ORG_AFTER.match(text, end)
                        # a province's part by direction, as a weather report names it ("山东中西部、
                        # 河南东部有大雾"; a smaller place's is as often a region's name, "江汉西部")
                        or division.level == "province" and _PART_AFTER.match(text, end)
                        or _PLACE_BEFORE.search(text, max(0, pos - 3), pos)
                        or after_its_parent(text, pos, division)
                        # a county the document names in full, cut as a word of its own
                        # where it stands ("精河县…。如果没有精河观测台站，…")
                        # (not a word the dictionary knows, "会同厦门市公安局", nor a station named
                        # after it, "距离高铁丹江口站不足500米")
                        # (named as a place: "老城区" of a Qingdao story is the old town, not 洛阳's)
                        # (not a word counted things are named by: "274家惠民供销网点")
                        or division.level == "county" and division.name in self.full_names
                        and division.province in self.provinces
                        and not (_COUNTED_BEFORE.search(text, max(0, pos - 8), pos) and not _ITS_PEOPLE.match(text, end))
                        and not is_known_word(short) and is_a_word_at(text, pos, end)
                        and not text.startswith("站", end)
                        # a province's short form opening a clause is its subject ("，河南统筹…"), a
                        # city's before a verb ("近年来，宜宾清理非法养殖…"); not a municipality's, which
                        # opens names as often ("北京冬奥会", "上海知名民宿品牌")
                        or _CLAUSE_START.search(text, max(0, pos - 1), pos) and (
                            division.name.endswith(("省", "自治区"))
                            # (or is what the sentence says it is: "信阳是河南的南大门")
                            or division.level == "city" and _predicate_at(text, end)
                            # (a county's too where the story names it in full: "这些年，泗洪设立了…")
                            or division.level == "county" and division.name in self.full_names
                            and _predicate_at(text, end))
                        # (a site named after a city opening a clause, after a quoted sentence too:
                        # "…谁冲上去？”武汉火神山工地有支党员突击队")
                        or division.level == "city" and _SITE_AFTER.match(text, end) and (
                            _CLAUSE_START.search(text, max(0, pos - 1), pos) or _QUOTE_CLOSED.search(text, max(0, pos - 2), pos))):
                    take(pos, end, division.name, division.level)
        # a city whose short form is a verb too ("开封"), listed beside places ("郑州、开封等14地市"),
        # or alone after 在 ("在开封，地上悬河…")
        for short in sorted(s for s in self.stems if s in text and is_common_word(s)):
            cities = [d for d in gazetteer().by_stem[short] if d.level == "city"]
            if len(cities) != 1:
                continue
            for pos in positions(text, short):
                end = pos + len(short)
                if free(pos, end) and (text.endswith("、", 0, pos) and occupied[pos - 2:pos - 1] == b"\x01"
                                       or text.startswith("、", end) and occupied[end + 1:end + 2] == b"\x01"
                                       or text.endswith("在", 0, pos) and _CLAUSE_END.match(text, end)):
                    take(pos, end, cities[0].name, cities[0].level)
        for village, town in self._villages().items():
            for pos in positions(text, village):     # "丁山村村民李烈珊": a village of 吴城镇
                if free(pos, pos + len(village)):
                    take(pos, pos + len(village), town, "town")
        for town in self._towns():
            # the village that shares its town's name is the town's seat ("好力保镇" -> "好力保村")
            village = town[:-len(next(s for s in TOWN_SUFFIXES if town.endswith(s)))] + "村"
            if len(village) >= 3:
                for pos in positions(text, village):
                    if free(pos, pos + len(village)):
                        take(pos, pos + len(village), town, "town")
        for m in _NATIONAL.finditer(text):
            # the country as the subject: at the head of its clause ("全国共有…", "我国…增长"),
            # not in a phrase ("打造我国首个…", "全国总部")
            # ("来自国家统计局的数据显示…" is "据国家统计局…")
            source = _data_source(text, m.start(), m.end())
            head = m.start() if source < 0 else source
            if m.group() in _COMPANIES and source < 0 and text.endswith("中国", 0, head):
                head -= 2     # the group by its full name: "中国航天科技集团宇航发射有望突破40次"
            # (a state body listed after others that open the clause: "中国物流与采购联合会、国家统计局…发布";
            # not a company among projects, "推进中电科技术研究院、…、百度无人驾驶等")
            listed = None if m.group() in _COMPANIES else _BODIES_BEFORE.search(text, max(0, head - 40), head)
            if listed is not None:
                head = listed.start()
            if text.endswith("根据", 0, m.start()) and not _DATA_AFTER.match(text, m.end()):
                continue   # "根据党中央的决策部署，湘雅二院…": a decision followed, not data given
            if m.group() in _COMPANIES and (names_a_place_at(text, m.end()) or text.startswith(_SUBSIDIARY, m.end())
                                            and names_a_place_at(text, m.end() + 2)):
                continue   # a branch: "邮储银行北京分行", "华为湖北代表处", "中国石化茂名石化", "中国化工旗下沈阳化工"
            if _NATIONAL_DESIGNATION.match(text, m.end()) and any(
                    x.level != "nation" and x.end <= m.start() and not _SENTENCE_END.search(text, x.end, m.start()) for x in found):
                continue
            if free(m.start(), m.end()) and _heads_a_clause(text, head) \
                    and not _NATIONAL_PHRASE.match(text, m.end()) and not _under_the_lead_of(text, m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), NATIONAL, "nation"))
        for m in _ACROSS_PROVINCES.finditer(text):
            # an area across provinces heading its clause speaks of the country, as a whole ("长江流域
            # 332个自然保护区…"), not in a name ("《京津冀工业节水行动计划》", "“京津冀地区…展”")
            if free(m.start(), m.end()) and _heads_a_clause(text, m.start()) and text[m.start() - 1:m.start()] not in "“《" \
                    and not _NATIONAL_PHRASE.match(text, m.end()):
                found.append(Mention(m.start(), m.end(), NATIONAL, "nation", referred="area"))
        for m in _ALL_BUT_ONE.finditer(text):
            # the country but a place ("除湖北外其他省份每日确诊病例数…降42.8%"): the country's
            if free(m.start(1), m.end(1)) and _heads_a_clause(text, m.start()):
                found.append(Mention(m.start(1), m.end(1), NATIONAL, "nation"))
        for m in _BUT_ONE_COUNTED.finditer(text):
            # (and counted without naming the rest: "除湖北外新增确诊病例连续13天下降", where what it
            # leaves out is a province; "除武汉外" in a story of 湖北 is the province's)
            left_out = m.group(1)
            if _heads_a_clause(text, m.start()) and free(m.start(), m.start() + 1) \
                    and any(d.level == "province" for d in (*gazetteer().by_name.get(left_out, ()), *gazetteer().by_stem.get(left_out, ()))):
                found.append(Mention(m.start(), m.start() + 1, NATIONAL, "nation"))   # (the 除: the place stays named)
        for m in _foreign().finditer(text):
            # (as the country is: a subject heading its clause, of no place this app files under; not
            # the start of a person's name, "马里奥·卡瓦洛")
            if free(m.start(), m.end()) and _heads_a_clause(text, m.start()) and not _NAME_DOT_AFTER.match(text, m.end()):
                found.append(Mention(m.start(), m.end(), UNKNOWN_REGION, "nation"))
        found.sort(key=lambda m: m.start)
        self._settle_towns(text, found)
        return found

    def _zone_heads(self) -> list[tuple[str, str]]:
        """(its own name, the zone) of each zone of the document the gazetteer lacks (named with its
        place, or twice) whose name is a name of its own before the zone word: "洋浦" of 洋浦经济开发区
        (not 苏州 of 苏州工业园区, a city, nor 化工 of a 化工园区, a word)."""
        if self._heads is None:
            g = gazetteer()
            heads = []
            zones = sorted({*self.zones, *(name for name, level in self._own_units() if level == "zone")})
            for name in zones:
                suffix = next((z for z in ZONE_SUFFIXES if name.endswith(z)), None)
                head = name[:-len(suffix)] if suffix else ""
                # (not a term the text quotes: "“飞地园区”")
                # (nor a place's name with more after it: "江苏有园区" is a phrase)
                if len(head) >= 2 and not names_a_place_at(head, 0) and not is_common_word(head) \
                        and not is_plain_word(head) and "“" + name not in self.ctx.text:
                    heads.append((head, name))
            self._heads = heads
        return self._heads

    def _own_units(self) -> list[tuple[str, str]]:
        """The zones and units of this document the gazetteer does not list, longest first, with
        their levels (made once: every section asks)."""
        if self._own is None:
            g = gazetteer()
            # a bare "开发区" is no place (unless the document is its story); a path ("天津西青区王稳庄镇")
            # is found as its parts
            self._own = [(name, self._level(name)) for name in sorted(self.ctx.known, key=lambda n: (-len(n), n))
                         if not ((name in _GENERIC and name not in self.ctx.strong) or name in g.by_name
                                 or self.split(name))]
        return self._own

    def _towns(self) -> list[str]:
        """The towns and streets this document names."""
        if self._town_names is None:
            self._town_names = sorted(n for n in self.ctx.known if n.endswith(TOWN_SUFFIXES) and self._level(n) == "town")
        return self._town_names

    def _villages(self) -> dict[str, str]:
        """The villages this document names, each -> its town (one the document names): a village
        no regions of ours hold, written for the town it lies in."""
        if self._village_names is None:
            g = gazetteer()
            found: dict[str, str | None] = {}
            for town in self._towns():
                division = self.towns.get(town) or g.lookup(town, self.ctx.city, self.ctx.county)
                if division is None or division.level != "town":
                    continue
                for village in villages_of(division):
                    if len(village) >= 3 and village in self.ctx.text and village not in g.by_name:
                        # a village name two of the document's towns share settles nothing
                        found[village] = town if found.get(village, town) == town else None
            self._village_names = {v: t for v, t in sorted(found.items()) if t}
        return self._village_names

    def _zone_ending(self, text: str, word: re.Match) -> tuple[str, Division] | None:
        """The zone whose zone word (开发区, 新区 …) text holds at word, read from the characters before it."""
        head = _CJK_TAIL.search(text, max(0, word.start() - 11), word.start())
        return self._zone(head.group(), word.group()) if head else None

    def _zone(self, head: str, suffix: str) -> tuple[str, Division] | None:
        """(the zone's name, the unit it is named after) when head ends in a place and at most four
        more characters: "四川成都" + 高新区 -> ("成都高新区", 成都市). The zone is remembered: the
        document may name it again without its place ("衡阳白沙洲工业园区" … "在白沙洲工业园区")."""
        found = self._zone_named(head, suffix)
        if found is not None:
            self.zones.setdefault(*found)
        return found

    def _zone_named(self, head: str, suffix: str) -> tuple[str, Division] | None:
        g = gazetteer()
        for skip in range(max(0, len(head) - 8), len(head) - 1):
            rest = head[skip:]
            for k in range(min(len(rest), 7), 1, -1):
                place, middle = rest[:k], rest[k:]
                if len(middle) > 4 or _NOT_IN_A_NAME.search(middle) or _ORG_IN_A_NAME.search(middle) \
                        or middle.startswith(ZONE_PHRASE_VERBS) or is_common_word(place):
                    continue
                if place in g.by_name:
                    division = g.lookup(place, self.ctx.city, self.ctx.county)
                    name = stem(place) + middle + suffix if division and division.level != "town" else None
                else:
                    division = self._short_form(place) or self._far_namesake(place)
                    name = place + middle + suffix
                if division is not None and division.level != "town" and name:
                    if any(division.name in (d.province, d.city, d.parent)
                           for k in range(len(middle) - 1) for d in g.by_name.get((middle + suffix)[k:], ())):
                        # a district's path ("辽宁沈阳沈北新区"): found as its parts (not another
                        # city's namesake: "海安市滨海新区" is 海安's zone, not 天津's 滨海新区)
                        return None
                    # an earlier place in head is the zone's province or city: one region, not two
                    nearer = self._zone_named(middle, suffix) if len(middle) >= 2 else None
                    if nearer is not None and division.name in (nearer[1].name, nearer[1].province, nearer[1].city,
                                                                 nearer[1].parent, nearer[1].county):
                        return nearer
                    # (not a unit elsewhere that shares a short form with the zone's own name: "毕节市
                    # 金海湖新区" is 毕节's, whatever 金海 names in Inner Mongolia)
                    # "河北雄安新区" is 雄安新区, of 河北省, and "鄂州葛店经开区" 葛店经开区, of 鄂州市: one region
                    # by the zone's own name, under the place written before it
                    # (not where the rest is a plain word: "宁波石化开发区", "厦门火炬高新区" keep their city)
                    if division.level in ("province", "city") and len(middle) >= 2 and (
                            middle + suffix in NEW_AREAS
                            or not is_plain_word(middle) and not is_frequent_word(middle) and not is_a_phrase(middle + suffix)):
                        name = middle + suffix
                    if name in g.by_name:
                        return None      # a district called 新区 (滨海新区, 沈北新区) is found by its full name
                    if name in NEW_AREAS:   # "深圳深汕特别合作区": where it lies, not who wrote it
                        division = g.lookup(NEW_AREAS[name]) or division
                    return name, division
        return None

    def _far_namesake(self, short: str) -> Division | None:
        """The county a zone's name starts with when the document names neither its city nor its
        province ("青浦工业园区" in a roundup): not where the story lies in one or two other provinces
        ("东湖高新区" of a Wuhan story is no zone of 南昌's 东湖区; which city's it is, the story may
        not say, "武汉东湖高新区" does), nor where the short form is an everyday word ("新建化工园区":
        newly built ones)."""
        far = self._short_form(short, anywhere=True)
        if far is None or frequency(short) >= _EVERYDAY:
            return None
        # (a story of one province that names a second, where a firm came from, is no roundup)
        return None if 0 < len(self.provinces) < 3 and far.province not in self.provinces else far

    def split(self, name: str) -> list[str]:
        """A name written with its places before it, as the region names of its chain:
        "天津西青区王稳庄镇" -> [天津市, 西青区, 王稳庄镇]; [] when name is not such a path."""
        g = gazetteer()
        parts: list[str] = []
        pos = 0
        while pos < len(name):
            for k in range(min(9, len(name) - pos), 1, -1):
                piece = name[pos:pos + k]
                if piece in g.by_name:
                    parts.append(piece)
                    break
                short = self._short_form(piece, anywhere=True) if pos + k < len(name) else None
                if short is not None:
                    parts.append(short.name)
                    break
                # a county by its short form and a plain suffix: "通道县" (通道侗族自治县), "旬阳县" (now 旬阳市)
                renamed = [d for d in g.by_stem.get(piece[:-1], ()) if d.level in ("county", "city")] \
                    if k >= 3 and piece[-1] in "县市旗州" and pos + k < len(name) else []
                if len(renamed) == 1:
                    parts.append(renamed[0].name)
                    break
            else:
                return []
            pos += k
        return parts if len(parts) >= 2 else []

    def is_place_name(self, words: str) -> bool:
        """Whether words are a place's name and nothing else: a unit the document knows ("湖北省",
        "惜福镇街道"), or a province's or city's short form ("武汉", "江西")."""
        return self.unit_named(words) is not None

    def unit_named(self, words: str) -> str | None:
        """The unit words name, by its name or a province's or city's short form ("湖北" -> 湖北省)."""
        if words in self.ctx.known or words in self.written_in_full:
            return words
        d = self._short_form(words) if len(words) >= 2 else None
        return d.name if d is not None and d.level in ("province", "city") else None

    def canonical(self, name: str) -> str:
        """The unit a name stands for: the last of a path, else the name itself."""
        parts = self.split(name) if name else []
        if parts:
            for i, part in enumerate(parts[1:], 1):
                if part in self.towns or gazetteer().is_ambiguous(part):
                    self.towns.setdefault(part, None)
                    near = [d for d in gazetteer().by_name.get(part, ()) if d.parent == parts[i - 1]
                            or parts[i - 1] in (d.city, d.province)]
                    if near:
                        self.towns[part] = near[0]
            return parts[-1]
        zone = _ZONE.fullmatch(name) if name else None
        if zone is not None:
            found = self._zone(zone.group(1), zone.group(2))
            if found is not None:
                return found[0]      # "四川成都高新区" is 成都高新区
        return name

    def leading(self, text: str) -> str | None:
        """The place a heading is about: its first place, or the most specific of a path written
        there ("广东省梅州市梅县区以工业化思维谋农业" -> 梅县区)."""
        # (an organisation a heading names is where it is about: "四川省公安厅侦办的…案" is 四川's; not a
        # university, which is often only where a professor comes from: "安徽农业大学教授…扎根农村")
        found = [m for m in self.mentions(text) if m.level != "nation" and (
            not _aside(text, m) or _names_an_organisation(text, m) and not _UNIVERSITY_AFTER.match(text, m.end))]
        if not found:
            return None
        path = _with_path([found[0]], found[1:])
        return _most_specific(path, path[0].start).name

    def signer_place(self, line: str) -> str | None:
        """Where the speaker signing a first-person part works: the most specific place of the last
        path the line writes ("湖南省长沙市天心区驻…龙山县洛塔乡工作队队员、驻洛塔乡泽果村第一书记王振讲述"
        -> 洛塔乡, not the unit that sent them)."""
        found = [m for m in self.mentions(line) if m.level != "nation"]
        if not found:
            return None
        path = _last_path(found)
        return _most_specific(path, path[-1].start).name

    # people from it, a body named after it: not what a heading is about ("接回湖北籍旅客", "湖北同胞",
    # "上海合作组织秘书长")
    _NOT_ITS_SUBJECT = re.compile(r"籍|同胞|合作组织|以外|之外|外(?:的|其他|其余|各)")

    def province_named(self, text: str) -> str | None:
        """A province a heading names by its short form wherever it stands ("记者深入西藏羌塘无人区腹地"):
        the first one, where the heading names no other place and it heads no organisation."""
        g = gazetteer()
        named = sorted((pos, d.name) for short in self.stems if short in text and not is_common_word(short)
                       for d in g.by_stem[short] if d.level == "province"
                       for pos in positions(text, short)
                       if starts_a_word(text, pos) and not _NOT_THE_PLACE.match(text, pos + len(short))
                       and not _ORG_AFTER.match(text, pos + len(short))
                       and not self._NOT_ITS_SUBJECT.match(text, pos + len(short)) and not text.endswith("除", 0, pos))
        return named[0][1] if len({name for _, name in named}) == 1 else None

    def located(self, text: str) -> str | None:
        """The place a text's first sentence locates its subject in ("2月7日，位于广州市番禺区的大学城
        行人稀少…" -> 番禺区), by its most specific unit."""
        text = _SENTENCE_END.split(text, maxsplit=1)[0]
        found = self.mentions(text)
        for k, m in enumerate(found):
            located = _LOCATED_BEFORE.search(text, max(0, m.start - 3), m.start)
            if m.level != "nation" and located:
                subject = found[k - 1] if k else None
                if subject is not None and subject.level != "nation" and subject.end == located.start():
                    return subject.name     # a place located in another ("云县位于云南省西南部") is the subject
                return _most_specific(_with_path([m], found[k + 1:]), m.start).name
        return None

    def located_in_title(self, title: str) -> bool:
        """Whether a title says where its event is held: "在武汉举行", "在海南召开"."""
        return any(_HELD_AT.match(title, m.end) and title.endswith("在", 0, m.start)
                   for m in self.mentions(title) if m.level != "nation")

    def first_place(self, text: str) -> str | None:
        """The first place a heading names as its subject, by full or short name, as wide as it is
        written ("内蒙古扎赉特旗…" -> 内蒙古自治区); the whole country for "我国外储规模达3.1万亿美元" or
        "全国私家车保有量首次突破2亿辆"."""
        first = next((m for m in self.mentions(text) if not _aside(text, m)), None)
        return first.name if first is not None else None

    def names_only_in_passing(self, text: str, unit: str) -> bool:
        """Whether text names unit (or a place in it) only as where a meeting is held, or only as
        what is left out ("对湖北省、北京市以外的地方依据疫情严重程度…")."""
        venue = _MEETING_VENUE.search(text) is not None
        if not venue and "以外" not in text and "之外" not in text:
            return False      # (the mentions are looked up only where either can be: a hot path)
        named = [m for m in self.mentions(text) if m.level != "nation" and unit in self.chain(m.name)]
        return bool(named) and (all(_LEFT_OUT_AFTER.match(text, m.end) for m in named)
                                or venue and all(_meeting_venue(text, m) for m in named))

    def chain(self, name: str) -> list[str]:
        """name, the unit it lies in, that one's … as far as this document and the gazetteer tell:
        a town as settled here, a zone under the unit it is named after, a unit the gazetteer lacks
        under the one the text puts it in."""
        if name in self._chains:
            return self._chains[name]
        g = gazetteer()
        d = self.parent_division(name) or self.zones.get(name) or g.lookup(name, self.ctx.city, self.ctx.county)
        if d is None:
            parent = self.ctx.parent_of(name)
        elif d.name != name:
            parent = d                 # a zone's: the unit it is named after
        else:
            parent = g.lookup(d.parent, d.city or d.province) if d.parent else None
        out = [name]
        while parent is not None and parent.name not in out:
            out.append(parent.name)
            parent = g.lookup(parent.parent, parent.city or parent.province) if parent.parent else None
        self._chains[name] = out
        return out

    def ancestors(self, name: str) -> set[str]:
        """The units a place lies in."""
        return set(self.chain(name)[1:])

    def zone_parent(self, name: str) -> Division | None:
        return self.zones.get(name)

    def _in_document_provinces(self, name: str) -> bool:
        divisions = gazetteer().by_name.get(name, ())
        if not self.provinces:
            # (a document naming no province: a town whose name is also a word is the word, "在乡村
            # 或者小城镇" holds no 小城镇 of 舒兰市)
            return not (is_dictionary_word(name) and all(d.level == "town" for d in divisions))
        if any(d.level in ("province", "city") for d in divisions):
            return True
        if name.endswith(("市", "县", "旗")) and len(divisions) == 1:
            return True     # a county-level city or county by its full name is that place ("仙桃市")
        return any(d.province in self.provinces for d in divisions)

    def _place_follows(self, text: str, at: int, division: Division) -> bool:
        """A place inside division starts at `at`: a path ("湖南衡阳", "四川成都"), not a word that
        shares a county's short form ("公安厅会同厦门市…": 会同 is a verb there, not 会同县)."""
        g = gazetteer()
        following = [d for s in self.stems if text.startswith(s, at) for d in g.by_stem.get(s, ())]
        following += [d for k in range(2, 8) for d in g.by_name.get(text[at:at + k], ())]
        return any(division.name in (d.province, d.city, d.parent, d.county) for d in following)

    def _level(self, name: str) -> str:
        divisions = gazetteer().by_name.get(name)
        if divisions:
            return divisions[0].level
        return level_of(name)

    def _short_form(self, short: str, anywhere: bool = False) -> Division | None:
        """The unit a short form names here: a province or city by its short form, a county only
        where its city or province is named in the document. None for a common word."""
        candidates = gazetteer().by_stem.get(short, [])
        # (a city whose short form is also a word, "开封", is meant where the document names it in full)
        if not candidates or is_common_word(short) and not any(
                c.level == "city" and c.name in self.full_names for c in candidates):
            return None
        for d in candidates:      # provinces first, then cities, then counties
            if d.level in ("province", "city"):
                if len([c for c in candidates if c.level == d.level]) == 1:
                    if d.level == "city" and any(c.level == "province" for c in candidates):
                        continue
                    # a city's namesake county the document names in full, the city not, or only as
                    # the county's parent: the short form is the county ("甘肃临夏回族自治州临夏县…。
                    # 临夏将集中建点安置…")
                    namesake = next((c for c in candidates if c.level == "county" and c.city == d.name
                                     and c.name in self.full_names), None)
                    if d.level == "city" and namesake is not None and self._only_as_parent(d.name, namesake.name):
                        return namesake
                    # (a county of another city the document names in full, where it names neither the
                    # city nor its province: "北京市朝阳区…“朝阳群众”" is 北京's district, not 辽宁's 朝阳市)
                    if d.level == "city" and d.name not in self.full_names and stem(d.province) not in self._text:
                        named = [c for c in candidates if c.level == "county" and c.name in self.written_in_full
                                 and ({c.city, c.province, c.parent} & self.areas or stem(c.province) in self._text)]
                        if len(named) == 1:
                            return named[0]
                    return d
            # (a county whose short form is also a word, "复兴", "会同", is meant only where its city
            # is named; the others wherever their province is)
            near = {d.city, d.parent} if is_known_word(short) else {d.city, d.province, d.parent}
            if d.level == "county" and (anywhere or near & self.areas):
                return d
        return None

    def _only_as_parent(self, city: str, county: str) -> bool:
        """Whether the document writes the city's full name nowhere but right before the county's."""
        return all(self._text.startswith(county, pos + len(city)) for pos in positions(self._text, city))

    def _settle_towns(self, text: str, found: list[Mention]) -> None:
        """Which county each town of the text lies in: the county named right before it ("西青区王稳庄镇"),
        else one the document names; a town found in many places and settled by nothing keeps no parent."""
        g = gazetteer()
        for i, m in enumerate(found):
            if m.level != "town" or self.towns.get(m.name) is not None:
                continue
            options = [d for d in g.by_name.get(m.name, ()) if d.level == "town"]
            before = found[i - 1] if i and found[i - 1].end >= m.start - 1 else None
            if before is not None and before.level == "county" and before.end == m.start \
                    and not any(before.name in (d.county, d.parent) for d in options):
                # written right after a county the list does not put it in ("武汉市江汉区民族街道", the
                # list's only 民族街道 being 东胜区's): the text's county
                county = self.parent_division(before.name) or g.lookup(before.name, self.ctx.city)
                if county is not None and county.level == "county":
                    self.towns[m.name] = Division(m.name, "town", county.name, county.city, county.province,
                                                  None, county.name)
                    continue
            if len(options) == 1:
                self.towns[m.name] = options[0]
                continue
            # a zone right before the town stands for the unit it lies in ("青岛西海岸新区琅琊镇": 青岛's;
            # "重庆两江新区人和街道": the one in the counties 两江新区 spans)
            zone_before = before.name if before is not None and before.level == "zone" else None
            zone = self.zones.get(zone_before)
            spans = NEW_AREA_COUNTIES.get(zone_before, ())
            if len(in_area := [d for d in options if d.county in spans]) == 1:
                self.towns[m.name] = in_area[0]
                continue
            chain = [before.name, *((zone.name, zone.city, zone.province) if zone else ())] if before else []
            near = []
            for name in filter(None, chain):      # the most specific unit first
                near = [d for d in options if name in (d.county, d.city, d.province)]
                if near:
                    break
            if len(near) != 1:
                near = [d for d in (near or options) if {d.county, d.city} & self.areas]
            if not near:
                near = [d for d in options if d.province in self.areas]
            if not near and len(self.provinces) == 1:
                # the one province the document names, by its short form alone ("新华社西藏分社")
                near = [d for d in options if d.province in self.provinces]
            self.towns[m.name] = near[0] if len(near) == 1 else self.towns.get(m.name)

    def parent_division(self, name: str) -> Division | None:
        """The division a name stands for in this document, where the gazetteer alone cannot tell:
        a town as settled here, or a name of several units (江北区 of 重庆 and of 宁波) in the one
        province the document is in."""
        if name in self.towns:
            return self.towns[name]
        options = [d for d in gazetteer().by_name.get(name, ()) if d.level != "town"]
        if len(options) > 1:
            here = [d for d in options if d.province in self.provinces]
            if len(here) > 1:       # the province the document says most of
                votes = sorted(((self.province_votes[d.province], d.name, d.province) for d in here), reverse=True)
                if votes[0][0] > votes[1][0]:
                    here = [d for d in here if d.province == votes[0][2]]
            if len(here) == 1:
                return here[0]
        return None

    # -- placing figures ---------------------------------------------------------------------------
    def regions_of(self, text: str, starts: list[int], default: str, guessed: bool = False) -> list[str]:
        """The region of each figure starting at starts (ascending) in a section's text (see placed)."""
        return self.placed(text, starts, default, guessed)[0]

    def placed(self, text: str, starts: list[int], default: str, guessed: bool = False,
               story_of_a_place: bool = False) -> tuple[list[str], list[bool]]:
        """The region of each figure starting at starts (ascending) in a section's text, and whether
        nothing but the default speaks for it (no place of its sentence, paragraph or a lasting lead).

        Places are looked up by position (bisect), and the places named since the scope was set are
        walked once for all figures, so a section of 100,000 characters and 20,000 figures is linear.
        guessed: the default is not named by the section itself (it is the article's): until a
        paragraph is led by a place, the last place the text named stands for it.
        story_of_a_place: the article is about one place (not the country's, nor of no place)."""
        if not starts:
            return [], []
        mentions = self.with_references(text, self.mentions(text), default)
        if story_of_a_place:    # (an area across provinces is its part of it)
            mentions = [m for m in mentions if m.referred != "area"]
        # a dateline's city around the place the section is about ("本报天津2月22日电" above a story
        # of 滨海高新区) is where the reporter filed from, not what the text is about; a body of it
        # the reporter learnt from ("记者从十堰市…中心得知，当地…" in a story of 丹江口市) speaks of that place
        around = self.ancestors(default)
        # (where a heading says what the section is about, the dateline's city is only where the story
        # was filed, whichever place it is: "本报南宁1月13日电" over 广西's policies)
        mentions = [m for m in mentions if not (
            (m.name in around or not guessed) and _DATELINE_AFTER.match(text, m.end)
            or m.name in around and _data_source(text, m.start, m.end) >= 0)]
        at = [m.start for m in mentions]
        # lists of places ("湖南、江西、河南"): one aside makes the whole list aside ("从湖南、江西、
        # 河南等地接来…" names where people came from, every one of them)
        lists: list[list[Mention]] = []
        for a, b in zip(mentions, mentions[1:]):
            if a.level != "nation" and b.level != "nation" and _LIST_JOIN.fullmatch(text, a.end, b.start):
                if lists and lists[-1][-1] is a:
                    lists[-1].append(b)
                else:
                    lists.append([a, b])
        # an item of a list may be a path ("江苏南京、云南丽江"): the whole path is the item
        index = {id(m): k for k, m in enumerate(mentions)}
        for group in lists:
            k, j = index[id(group[0])], index[id(group[-1])]
            group[:0] = mentions[_path_around(mentions, k)[0]:k]
            group.extend(mentions[j + 1:_path_around(mentions, j)[1] + 1])
        aside = {id(m) for m in mentions if _aside(text, m)}
        # one place given as an example of many counted, along its path ("上海等24个省份的平台…"):
        # the places counted are the subject (a list's last item is not: "南岸、北碚等23个区县")
        in_lists = {id(m) for group in lists for m in group}
        examples: set[int] = set()
        for k, m in enumerate(mentions):
            if id(m) not in in_lists and _EXAMPLE_OF_A_COUNT_AFTER.match(text, m.end):
                examples.update(id(x) for x in mentions[_path_around(mentions, k)[0]:k + 1])
        aside |= examples
        # where someone is from, works away or helps is so along its whole path ("广东惠阳县马安镇人",
        # "到广东东莞打工", "湖北省孝感市对口支援队")
        homes: set[int] = set()     # (someone's origin or home, whole: it leads no paragraph either)
        for a, b in reversed(list(zip(mentions, mentions[1:]))):
            if id(b) in aside and a.end == b.start and a.level != "nation" and (
                    (origin := _origin(text, b)) or _TRIP_AFTER.match(text, b.end)):
                aside.add(id(a))
                if origin or id(b) in homes:
                    homes.add(id(a))
        # an organisation named after its place and heading its clause is in that place ("浙江杭州市
        # 西溪医院党委…，全院400余名医务工作者…": 杭州's): its place is the clause's subject, unless it
        # is only the setting of the place the paragraph is about (a provincial fund in a zone's story)
        # (within its own sentence: "北京大兴国际机场正式投运。科技进步贡献率…" is no more 大兴's)
        # (and in the figure's own clause where nothing else is its subject: "辞去浙江一家公司50万元
        # 年薪的职位" is 浙江's pay)
        housing = [m for m in mentions if id(m) in aside and m.level != "nation" and _names_an_organisation(text, m)]
        # (or the clause's agent: "由河北省美术家协会主办的…展览，…收到投稿2600多件")
        heading = {id(m) for m in housing
                   if _heads_a_clause(text, at_path := _last_path(mentions[:index[id(m)] + 1])[0].start)
                   or text.startswith("由", at_path - 1) and _heads_a_clause(text, at_path - 1)
                   # (a national firm's branch there: "中国铁路南昌局集团有限公司精心挑选了20名…司机")
                   or _heads_a_clause(text, _national_firm_before(text, at_path))
                   # (or after a description that opens the clause: "近日，新成立的北京某酒店管理有限公司
                   # 需办理…，仅耗时20分钟")
                   or _DESCRIBED_OPENING.fullmatch(text, _clause_start(text, at_path), at_path) is not None}
        housing_at = [m.start for m in housing]
        # places inside a breakdown, by where it closes: seen by the figures inside it only
        closes = {id(m): b.end() for b in _BREAKDOWN.finditer(text)
                  for m in mentions[bisect_left(at, b.start()):bisect_left(at, b.end())]}
        # where someone comes from is so along its whole path ("来自江苏宿迁的吴亚", "从北京通州回乡")
        for a, b in zip(mentions, mentions[1:]):
            if id(a) in aside and b.start == a.end and b.level != "nation" and _FROM_BEFORE.search(text, max(0, a.start - 2), a.start):
                aside.add(id(b))
        for group in lists:
            # (through 、 only: "鹰潭高新区与东莞市…签约" pairs a subject with a partner)
            run = [group[0]]
            for a, b in zip(group, [*group[1:], None]):
                if b is not None and text[a.end:b.start].endswith("、"):
                    run.append(b)
                    continue
                if any(id(m) in aside for m in run):
                    aside |= {id(m) for m in run}
                run = [b]
        subjects = [m for m in mentions if id(m) not in aside]
        subject_at = [m.start for m in subjects]
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        paragraphs = [0] + [m.end() for m in _NEWLINE.finditer(text)]

        firms = [m for m in housing if id(m) not in in_lists]     # (those a paragraph may open on)
        firm_at = [m.start for m in firms]
        list_of = {id(m): group for group in lists for m in group}
        # lists spanning provinces ("香港、澳门和台湾同胞…"): their places are not what follows is about
        spanning = {id(m) for group in lists if self._holding(group) == NATIONAL for m in group}
        # (three provinces or more, or "X、Y等": a roundup's list, not neighbours, "张家口市和内蒙古…")
        many_provinces = {id(m) for group in lists if id(group[0]) in spanning
                          and (len({self.chain(m.name)[-1] for m in group}) >= 3 or text.startswith("等", group[-1].end))
                          for m in group}
        areas: dict[str, str | None] = {}   # the paragraph's place -> its city or province

        def partner(m: Mention) -> bool:
            """A place of a list spanning provinces, or outside the city (or province) of the
            paragraph's place ("衔接广东、浙江两省…" in a story of 四川): named beside the subject."""
            if id(m) not in in_lists:
                return False
            if id(m) in spanning:
                return True
            if scope not in areas:
                areas[scope] = self._city_or_province(scope)
            return areas[scope] is not None and areas[scope] not in self.chain(m.name)

        def standing_for(m: Mention) -> Mention:
            """What m stands for in the sentences after it: a list of one province's places stands for
            them all ("甘孜州、阿坝州和木里县32个贫困县…。到2019年底，32个贫困县全部摘帽"), not its last item."""
            group = list_of.get(id(m))
            if group and group[-1] is m and (holder := self._holding(group)) != NATIONAL \
                    and all(g.name != holder and g.level != "zone" for g in group):
                # (peers: not "湖北、武汉"; units, not a park beside a street, "联合物流园区、北城街道")
                return Mention(m.start, m.end, holder, self._level(holder))
            return m

        def subjects_in(a: int, b: int) -> list[Mention]:
            return subjects[bisect_left(subject_at, a):bisect_left(subject_at, b)]

        def seen_from(a: int, b: int, at: int) -> list[Mention]:
            """The subjects in text[a:b] a figure at `at` sees: not those of a breakdown closed before it."""
            return [m for m in subjects_in(a, b) if closes.get(id(m), at + 1) > at]

        local = default if default not in (NATIONAL, UNKNOWN_REGION) else None
        scope = lasting = default    # the paragraph's place, and the one that lasts until another leads
        led = False                  # whether a place has led a paragraph in force (scope is not the default)
        lasting_led = False
        defaulted = [False] * len(starts)
        walked = 0                  # subjects before this index are behind the figures placed so far
        inside: Mention | None = None   # the last place inside the scope named since it was set
        inside_para, inside_said = 0, False
        named: Mention | None = None    # the last place named at all, while the scope is a guess
        out: list[str] = []
        para_index = -1
        last_in_para: Mention | None = None
        leader: Mention | None = None     # the place leading the current paragraph, if one does
        resume: tuple[Mention | None, bool] | None = None   # (named, guessed) from before a firm's paragraph
        for start in starts:
            p = bisect_right(paragraphs, start) - 1
            while para_index < p:       # entering the next paragraph: does a place lead it?
                para_index += 1
                p0 = paragraphs[para_index]
                i = bisect_left(at, p0)
                if resume is not None:    # (the place last named stays so, if the firm's paragraph named none)
                    named, guessed, resume = named or resume[0], resume[1], None
                # (a dateline's city, "本报南昌2月15日电", is where the story was filed from: it does
                # not lead the paragraph over the province the text then names)
                window = [m for m in mentions[i:bisect_left(at, p0 + _LEAD)] if m.level != "nation"
                          and not _aside(text, m) and not _DATELINE_AFTER.match(text, m.end)
                          and id(m) not in examples and id(m) not in homes]
                lead = [m for m in window if id(m) not in many_provinces]
                # back to the section's own place, the places named before left behind: after a line of
                # "……", which closes a run of scenes (what follows sums them up, "……" after 海口, 兰坪
                # and 三江's villagers), and at a paragraph opening on a quote that a speaker of the
                # section's own place signs right after it ("“谁保护，谁受益…”江西省林业局…处长…介绍，…"
                # in a story of 江西省, after a farmer's county; speakers of other places: their
                # quote's figures only)
                p1 = paragraphs[para_index + 1] - 1 if para_index + 1 < len(paragraphs) else len(text)
                if _ELLIPSIS_LINE.fullmatch(text, p0, p1) or not window and local and (signed := self._quote_signed_by(
                        text, p0, lambda a, b: mentions[bisect_left(at, a):bisect_left(at, b)])) \
                        and _most_specific(signed, p0).name == local:
                    lasting, lasting_led, named, inside = default, False, None, None
                    walked = bisect_left(subject_at, p0)
                scope, leader, led = lasting, None, lasting_led
                firm = None if window else self._firm_opening(
                    text, p0, firms, firm_at, heading, subject_at, starts[bisect_left(starts, p0):][:1])
                # (the scene a story of a place is in, not a roundup's last one: "广东格兰仕集团…捐赠" in a
                # story of the country, after a paragraph on 广东's 遂溪县, is 广东's)
                own = local not in (None, NATIONAL, UNKNOWN_REGION)
                if firm is not None and any(firm.name == x or firm.name in self.ancestors(x) for x in (local, lasting if own else None)
                                            if x not in (None, NATIONAL, UNKNOWN_REGION)):
                    # a firm of the section's own place, or of one that holds it, is no other place's:
                    # the story goes on, but one of a wider place ends a scene of a smaller one ("为果农
                    # 提供服务的梅州农管家公司…" after a paragraph on a town of the county: the county's)
                    if lasting_led and local and lasting != local and firm.name in self.ancestors(local):
                        lasting, lasting_led, named, inside = default, False, None, None
                        scope, led = lasting, lasting_led
                        walked = bisect_left(subject_at, p0)
                    firm = None
                if firm is not None:
                    # a paragraph opening on an organisation of another place ("2月8日，宁夏宝丰能源集团…
                    # 捐赠…。近日，公司与基金会…采购防护服4700件" in a roundup of donors) is led by that
                    # place; it does not last (a hospital's team in a story of 武汉 is one scene of it)
                    resume = (named, guessed)   # (what the paragraphs after it go on from)
                    scope, leader, led = firm.name, firm, True
                    named, inside = None, None
                    walked, guessed = bisect_left(subject_at, p0), False
                if window and not lead:
                    # a list of many provinces leads ("山东、山西、陕西…等省区陆续…", "东部地区是指北京、
                    # 天津、河北…"): what follows is theirs together, the country's, not the first one's
                    scope = lasting = NATIONAL
                    led = lasting_led = True
                    walked, inside, guessed = bisect_left(subject_at, p0), None, False
                elif lead:                # a path that starts in the lead ("甘肃省定西市安定区香泉镇") leads whole
                    lead = _with_path(lead, mentions[i + len(lead):])
                    leader = _most_specific(lead, p0)
                    # (a list of one province's places leads as them all: "长沙市、株洲市和湘潭市率先…")
                    group = list_of.get(id(lead[0]))
                    if group and group[0] is lead[0] and (whole := standing_for(group[-1])) is not group[-1]:
                        leader = whole
                    scope, led = leader.name, True
                    # ("全区…" leads its paragraph only, and so does a unit above the section's own
                    # place: "湖南省委明确要求…" in a story of 长沙县 sets the scene, the story goes on)
                    # (so does, in a section of no place yet, a unit above the place a paragraph led
                    # before: "…村是…长梁乡的一个贫困村" then "张家口是…水源涵养地")
                    if leader.referred != "kind" and not (local and leader.name != local and leader.name in around) \
                            and not (not local and lasting_led and leader.name in self.ancestors(lasting)):
                        lasting, lasting_led = scope, True
                    walked, inside, guessed = bisect_left(subject_at, p0), None, False
                last_in_para = None
            while walked < len(subjects) and subjects[walked].start < start:
                m = subjects[walked]
                walked += 1
                if id(m) in closes:
                    continue
                if m.level != "nation" and scope in self.ancestors(m.name):
                    inside, inside_para = standing_for(m), bisect_right(paragraphs, m.start) - 1
                    # (a speaker's post after a quote, "…”好力保镇党委副书记鲁永泽说", is where the
                    # speaker works: it speaks for its own paragraph only, not the next one's firm)
                    inside_said = _in_attribution(text, m)
                if m.level != "nation" and id(m) not in spanning:
                    named = m
                elif m.level == "nation":
                    named = None    # the text moved on to a country ("2009年，我国设立…"): the place an
                                    # anecdote named before it no longer stands for what follows
            s = bisect_right(ends, start)
            s0 = ends[s - 1] if s else 0
            s1 = ends[s] if s < len(ends) else len(text)
            sentence = seen_from(s0, s1, start)
            before = [m for m in sentence if m.end <= start]
            # "全市" after a figure is the base it is measured against ("对全市投资增长贡献率超过30%")
            sentence = [m for m in sentence if not m.referred or m.end <= start]
            if _NATIONAL_BEFORE.search(text, max(0, start - 8), start) or (
                    # (not the partners counted: "湖北省与8个省市建立联保联供机制")
                    _PROVINCE_COUNT.match(text, start) and not _partner_before(text, start, max(0, start - 16))):
                out.append(NATIONAL)      # "全国26个老工业基地城市", "全国范围内15个城市"
                continue
            if _COUNTRY_S_PEOPLE.match(text, start) and not _WORLD_BEFORE.search(text, max(0, start - 8), start):
                out.append(NATIONAL)      # "近14亿人口的大国", "14亿人民心往一处想": the country's people
                continue
            origin = _origin_of(text, start, mentions, at)
            if origin is not None:
                out.append(origin)        # "来自遵义的10名讲解员", "5名来自遵义的讲解员": 遵义's people
                continue
            opened, counted = _counted_provinces(text, start)
            # (not where the clause has a place of its own as subject, "北京市对新疆、西藏…5省区…", nor
            # where the provinces are where people come from, "吸引了来自全国13个省份的游客")
            if counted >= 0 and not _partner_before(text, counted, opened) and not subjects_in(counted, start) \
                    and all(id(m) in in_lists for m in subjects_in(opened, counted) if m.level != "nation") \
                    and not _ORIGIN.search(text, opened, counted):
                out.append(NATIONAL)      # "禁捕共涉及沿江10个省市的合法持证渔船11.3万多艘"
                continue
            if before and before[-1].level == "nation" and text[before[-1].start:before[-1].end] in _COMPANIES \
                    and any(m.level != "nation" for m in before):
                # a company at work in the place its sentence is about ("江西鹰潭的天上有…，华为布局110万个
                # 传感器"): the place's figure
                before = [m for m in before if m.level != "nation"]
            if not before and text.find(_COUNTRY_S_OUTPUT, s0, start) >= 0 \
                    and not _foreign().search(text, paragraphs[p], start) and text.find("该国", s0, start) < 0:
                # the country's output measured ("前三季度，国内生产总值同比增长6.2%"; a province's is its
                # 地区生产总值), where the sentence names no place before the figure and the paragraph no
                # other country ("德国…盈余…约为国内生产总值的1.5%")
                out.append(NATIONAL)
                continue
            said = self._speaker_place(text, start, paragraphs[p], subjects_in)
            if said is not None and not any(m.start > said[0] for m in sentence):
                before, sentence = [said[1]], [said[1]]
            listed = _list_items(text, before, start) if before else []
            if listed and _LIST_TO_FIGURE.fullmatch(text, before[-1].end, start):
                # a figure counting over a list of places is of the unit that holds them all
                # (the province of its counties; the country for provinces of several)
                out.append(self._holding(listed))
                continue
            respectively = text.find("分别", before[-1].end, start) if listed else -1
            if respectively >= 0:
                # "青岛、烟台分别投资5亿元、3亿元": the figures after 分别 take the places in turn
                k = bisect_left(starts, start) - bisect_left(starts, respectively)
                if k < len(listed):
                    out.append(listed[k].name)
                    continue
            elif listed and len({self.chain(m.name)[-1] for m in listed}) >= 3 \
                    and _heads_a_clause(text, listed[0].start) and not _COMMA.search(text, before[-1].end, start):
                # a list of three provinces or more heading the figure's clause is its subject together
                # ("其中，河南东部、山东南部、安徽北部等地的部分地区有能见度不足200米的强浓雾"): the country's
                out.append(NATIONAL)
                continue
            elif listed and (holder := self._holding(listed)) != NATIONAL:
                # later in the sentence of a list of one province's places, the figures are still of
                # them all ("甘孜州、阿坝州和木里县32个贫困县，2013年底有2063个贫困村"); provinces of
                # several are partners named, dealt with below
                out.append(holder)
                continue
            # a list's places further before, partners named, are not what the figure is of
            before = [m for m in before if not partner(m)]
            homes = [m for m in housing[bisect_left(housing_at, s0):bisect_left(housing_at, start)]
                     if m.name not in self.ancestors(scope) and id(m) not in in_lists
                     and (id(m) in heading and not _ONE_OF_A_LIST.fullmatch(text, m.end, start)
                          or not before and not _CLAUSE_BREAK.search(text, m.end, start))]
            if homes:
                before = sorted([*before, *homes], key=lambda m: m.start)
            # (but one province's places listed after the figure are what it is spread over: "1535名医疗
            # 队员安排在黄冈、鄂州、孝感…等10个市" in a story of 武汉 is the province's)
            sentence = [m for m in sentence if not partner(m) or m.start > start and id(m) not in spanning]
            # the place written nearest before the figure, the most specific unit of its path
            # ("宁夏盐池县102所" after "…盐池县花马池镇…说，": 盐池县)
            if not before:
                # places written after the figure: those after 其中 are its parts ("共57处，其中内地
                # 56处、香港1处"), and a list is of the unit holding it all ("21人分别安排在郑集乡、
                # 城郊乡…": the county's; "7处…分别是：天津…、内蒙古…": the country's)
                # (and only in the figure's own clause, or as the head of the next: "内地56处、香港1处"
                # gives 香港 the 1处 only; "经过10年，我国…" gives the country the 10年)
                # (a clause's head with its path: "…”谈及…，湖北省十堰市茅箭区…村民张喜林如数家珍")
                kept: list[Mention] = []
                for m in sentence:
                    if text.find("其中", start, m.start) < 0 and not _ITEM_BREAK.search(text, start, m.start) and (
                            text.find("，", start, m.start) < 0 or _heads_a_clause(text, m.start)
                            or kept and kept[-1].end == m.start and m.level != "nation" and kept[-1].level != "nation"):
                        kept.append(m)
                sentence = kept
                group = next((g for g in lists if sentence and any(m is sentence[0] for m in g)), None)
                if group is not None:
                    out.append(self._holding(group))
                    continue
            chosen = (_most_specific(_last_path(before), start) if before
                      else _most_specific(sentence, start) if sentence else None)
            if chosen is None:
                # the country heading an earlier clause of the sentence ("31个省区市…现有确诊病例53284例
                # …；累计死亡病例2345例") is still its subject after the semicolon, and in the paragraph's
                # later sentences that name no place nor a subject of their own ("全国打掉…涉黑组织…。
                # 处理村干部近7000人"; not "粤湘鄂3省投入资金20亿元", "某某公司投资20亿元")
                opened = max(paragraphs[p], *(text.rfind(c, 0, s0) + 1 for c in "。！？!?"))
                clauses = seen_from(paragraphs[p], s0, start)
                if clauses and clauses[-1].level == "nation" \
                        and _heads_a_clause(text, clauses[-1].start) and (
                            clauses[-1].start >= opened
                            or bisect_left(at, s0) == bisect_left(at, start)
                            and not _OWN_SUBJECT.search(text, s0, start)
                            and (local is None or text[clauses[-1].start:clauses[-1].end] not in SECTOR_BODIES)):
                    out.append(clauses[-1].name)
                    continue
                earlier = [m for m in seen_from(paragraphs[p], s0, start) if m.level != "nation"]
                # a broader place named after the paragraph's own ("鹅埠镇，是深汕合作区的先行区。
                # 目前…68家") is its setting, not the paragraph's new subject
                earlier = [m for m in earlier if leader is None or m.rank >= leader.rank]
                # partners a list named are not the subject of what follows
                earlier = [m for m in earlier if not partner(m)]
                if earlier:
                    last_in_para = standing_for(earlier[-1])
                chosen = last_in_para
            if chosen is None:
                # the scope, or a place inside it named since (a town of the county the story is about)
                if inside is not None and (p - inside_para > 1 or inside_said and p != inside_para):
                    inside = None
                chosen = inside or (named if guessed else None)
            defaulted[len(out)] = chosen is None and not led
            out.append(chosen.name if chosen else scope)
        return out, defaulted


    def _city_or_province(self, name: str) -> str | None:
        """The city, else the province, a place lies in (or is)."""
        g = gazetteer()
        for level in ("city", "province"):
            found = next((n for n in self.chain(name) if any(d.level == level for d in g.by_name.get(n, ()))), None)
            if found:
                return found
        return None

    def _holding(self, places: list[Mention]) -> str:
        """The nearest unit every one of places lies in (or is): the country where there is none."""
        chains = [self.chain(m.name) for m in places]
        first, *rest = chains
        return next((name for name in first if all(name in chain for chain in rest)), NATIONAL)

    def _firm_opening(self, text: str, p0: int, housing: list[Mention], housing_at: list[int], heading: set[int],
                      subject_at: list[int], next_figure: list[int]) -> Mention | None:
        """The place of an organisation heading the first sentence of the paragraph at p0 ("2月8日，
        宁夏宝丰能源集团…"), before any place or figure of it."""
        first_end = _SENTENCE_END.search(text, p0)
        end = first_end.start() if first_end else len(text)
        k = bisect_left(housing_at, p0)
        if k >= len(housing) or housing[k].start >= end:
            return None
        path = _last_path(housing[:k + 1])
        # (the firm heads its clause, or is the noun a description opening the paragraph ends on:
        # "为果农提供服务的梅州农管家公司一半以上是大学生")
        if id(housing[k]) not in heading and not _DESCRIBED_OPENING.fullmatch(text, p0, path[0].start):
            return None
        firm = _most_specific(path, housing[k].start)
        if bisect_left(subject_at, p0) != bisect_left(subject_at, path[0].start) or firm.level == "nation" \
                or next_figure and next_figure[0] < firm.start or _VENUE_OR_ITEM_BEFORE.search(text, p0, path[0].start):
            return None
        return firm

    def _quote_signed_by(self, text: str, p0: int, named_in) -> list[Mention]:
        """The places (a path) that name the speaker right after a quote opening the paragraph at p0,
        where the words after them say who spoke: [] where there are none."""
        opened = len(text) - len(text[p0:].lstrip(" \u3000"))
        if not text.startswith("“", opened):
            return []
        closed = text.find("”", opened)
        end = text.find("\n", opened)
        if closed < 0 or 0 <= end < closed:
            return []
        said = _attribution(text, closed)
        who = named_in(closed + 1, said.end()) if said else []
        if not who or who[0].start != closed + 1 or who[0].level == "nation":
            return []
        return _with_path(who[:1], who[1:])

    def _speaker_place(self, text: str, start: int, para_start: int, subjects_in) -> tuple[int, Mention] | None:
        """For a figure inside a quote: (where the quote opens, the place of the speaker the words
        after it name: "“…发放3000多份…”盐池县花马池镇沟沿村村医卢学智说")."""
        opened = text.rfind("“", para_start, start)
        if opened < 0 or text.find("”", opened, start) >= 0:
            return None
        closed = text.find("”", start)
        said = _attribution(text, closed) if closed >= 0 else None
        if said is None:
            return None
        who = subjects_in(closed + 1, said.end())
        if not who or said.re is _POST_NAMED and who[0].start != closed + 1:
            return None
        if who[0].level == "nation":       # the country's body speaking: "”教育部体卫艺司副司长…说"
            return opened, who[0]
        who = [m for m in who if m.level != "nation"]
        return opened, _most_specific(_with_path(who[:1], who[1:]), who[0].start)

    def _given_name(self, short: str, division: Division) -> bool:
        """Whether the document writes a short form, more than once, only ever after one surname or
        alone after a punctuation mark ("小岗村严金昌…“金昌，…”": a person, not 金昌市), never with its
        suffix nor after the unit it lies in."""
        known = self._given_names.get(short)
        if known is None:
            doc = self.ctx.text
            at = list(positions(doc, short))
            before = [doc[p - 1:p] for p in at]
            surnames = {c for c in before if "\u4e00" <= c <= "\u9fff"}
            surname = next(iter(surnames)) if len(surnames) == 1 else ""
            known = self._given_names[short] = bool(surname) and before.count(surname) >= 2 \
                and surname in SURNAMES and surname not in SURNAME_WORDS \
                and not any(doc.startswith(division.name, p) or after_its_parent(doc, p, division) for p in at)
        return known

    def _learn_people(self, text: str, mentions: list[Mention]) -> None:
        """The people a text introduces with their place ("好力保镇好力保村的村民付春国"): a name the
        document writes again, after a place and a role word or 的; later, a paragraph about the
        person is about their place."""
        for m in mentions:
            if m.level in ("nation", "province", "city") or m.referred:
                continue   # a person is placed by the village, town or county they live in
            found = _PERSON_AFTER.match(text, m.end)
            if found is None or found.group(0) == found.group(1):
                continue   # a name written right after a place, with no role or 的, may be a word
            name, at = found.group(1), found.start(1)
            if name.endswith(_PLACE_ENDINGS) or name.startswith(PERSON_ROLES):
                continue   # "张浦镇的金华村", "慈利县的农户们"
            for k in (3, 2):
                person = name[:k]
                # (a thing with where in it, "沿湖街道的麦田里", is no one: 麦 is a surname too)
                if len(person) == k and not _ORG_AFTER.match(text, at + k) and is_a_word_at(text, at, at + k) \
                        and person[-1] not in _LOCATIVES and not text.startswith(_LOCATIVES, at + k) \
                        and self._new_person(person):
                    self.people[person] = m
                    break
        # and before them: "唐安江是江西省永修县的种粮大户" (the whole path after 是, then 的 or a role)
        for k, m in enumerate(mentions):
            if m.level in ("nation", "province", "city") or m.referred:
                continue
            first, last = _path_around(mentions, k)
            if last != k:
                continue        # (the path's last place names them)
            is_at = mentions[first].start - 1
            if not text.startswith("是", is_at) or not _ROLE_AFTER.match(text, m.end):
                continue
            for n in (3, 2):
                at = is_at - n
                person = text[max(0, at):is_at]
                if len(person) == n and person[0] in SURNAMES and (at == 0 or text[at - 1] in _NAME_OPENERS) \
                        and self._new_person(person):
                    self.people[person] = m
                    break

    def _new_person(self, words: str) -> bool:
        """Whether words may be a person the document introduces: not one known already, written
        again elsewhere, and neither a place's name nor a common word."""
        return words not in self.people and self.ctx.text.count(words) >= 2 \
            and not gazetteer().by_name.get(words) and not is_common_word(words)

    def with_references(self, text: str, mentions: list[Mention], default: str) -> list[Mention]:
        """mentions, and the units the text names by their kind alone: "全区", "该县" (the district or
        county of the place named last, else of default), a bare "高新区" (the document's zone of
        that kind)."""
        refs: list[Mention] = []
        at = [m.start for m in mentions]
        taken = [(m.start, m.end) for m in mentions]

        def inside_a_name(a: int, b: int) -> bool:
            i = bisect_right(at, a) - 1
            return i >= 0 and taken[i][1] > a

        def last_place(pos: int) -> Mention | None:
            # (not a place one goes to: "浙江省…驰援湖北。全省已派出…" is 浙江's whole province; but
            # "向湖北全省捐赠" is 湖北's)
            # (nor one of a list of such places: "来自吉林、天津和广东等地的医疗队")
            k = bisect_left(at, pos)
            for i in range(k - 1, -1, -1):
                m = mentions[i]
                if m.level == "nation":
                    continue
                if m.end == pos:
                    return m
                run = [m]
                while i + len(run) < k and _LIST_JOIN.fullmatch(text, run[-1].end, mentions[i + len(run)].start):
                    run.append(mentions[i + len(run)])
                if not any(_gone_to(text, x) for x in run):
                    return m
            return None

        for m in _COLLECTIVE.finditer(text):
            if inside_a_name(m.start(), m.end()):
                continue
            kind = m.group(1) or m.group(2)
            before = last_place(m.start())
            for name in (*(self.chain(before.name) if before else ()), *self.chain(default)):
                level = self._level(name) if name in gazetteer().by_name else level_of(name)
                if name.endswith(kind) or kind == "省" and level == "province":
                    refs.append(Mention(m.start(), m.end(), name, level, referred="kind"))
                    break
        for m in _WHOLE_PROVINCE.finditer(text):
            if not inside_a_name(m.start(), m.end()):
                name = PROVINCE_CHARACTERS[m.group(1)]
                refs.append(Mention(m.start(), m.end(), name, self._level(name), referred="kind"))
        zones = sorted({*self.zones, *(n for n in self.ctx.known if level_of(n) == "zone")})
        for m in _BARE_ZONE.finditer(text):
            if (m.start() and text[m.start() - 1] not in _BEFORE_A_BARE_ZONE) or inside_a_name(m.start(), m.end()):
                continue
            kind = [z for z in zones if z.endswith(m.group()) and z != m.group()]
            named = [x for x in mentions[:bisect_left(at, m.start())] if x.name in kind]
            if named or len(kind) == 1:
                name = named[-1].name if named else kind[0]
                refs.append(Mention(m.start(), m.end(), name, "zone", referred="zone"))
        self._learn_people(text, mentions)
        for person, place in sorted(self.people.items()):
            for pos in positions(text, person):
                if not inside_a_name(pos, pos + len(person)):
                    refs.append(Mention(pos, pos + len(person), place.name, place.level, referred="person"))
        if not refs:
            return mentions
        return sorted([*mentions, *refs], key=lambda x: x.start)


def _list_items(text: str, before: list[Mention], at: int) -> list[Mention]:
    """The items of a list of places ending with before[-1] ("甘孜州、阿坝州和凉山州木里县"), in text
    order, the most specific place of each: two items at least; else []."""
    items: list[Mention] = []
    i = len(before)
    while i > 0:
        j = i - 1
        while j > 0 and before[j - 1].end == before[j].start and before[j - 1].level != "nation":
            j -= 1          # a path is one item: 凉山彝族自治州木里藏族自治县
        items.append(_most_specific(before[j:i], at))
        # (a short form's own suffix may stand before the join: "阿坝州和…")
        if j == 0 or not _LIST_JOIN.fullmatch(text, before[j - 1].end, before[j].start):
            break
        i = j
    if len(items) < 2 or any(m.level == "nation" or m.referred for m in items):
        return []
    return items[::-1]


def _path_around(mentions: list[Mention], k: int) -> tuple[int, int]:
    """Where the path mentions[k] is written in starts and ends (indices into mentions): places written
    right one after another ("甘肃省定西市安定区"), the country no part of one."""
    first = last = k
    while first > 0 and mentions[first - 1].end == mentions[first].start and mentions[first - 1].level != "nation":
        first -= 1
    while last + 1 < len(mentions) and mentions[last + 1].start == mentions[last].end and mentions[last + 1].level != "nation":
        last += 1
    return first, last


def _last_path(places: list[Mention]) -> list[Mention]:
    """The last place of places and those written right before it one by one (a path)."""
    i = len(places) - 1
    while i > 0 and _adjacent(places[i - 1], places[i]) and places[i - 1].level != "nation":
        i -= 1
    return places[i:]


def _adjacent(a: Mention, b: Mention) -> bool:
    """Whether b is written right after a, as the next unit of a path (one character between at
    most); a unit named by its kind ("全疆", "该县") is no part of one ("不止库木布隆村，全疆…")."""
    return a.end >= b.start - 1 and "kind" not in (a.referred, b.referred)


def _with_path(places: list[Mention], following: list[Mention]) -> list[Mention]:
    """places, and the places written right after them one by one (a path: 广东省梅州市梅县区)."""
    path = list(places)
    for m in following:
        if m.level == "nation" or not path[-1].end <= m.start <= path[-1].end + 1:
            break
        path.append(m)
    return path


def _counted_provinces(text: str, at: int) -> tuple[int, int]:
    """Where the clause of a figure at `at` opens, and where provinces are counted in it before the
    figure ("涉及沿江10个省市的…渔船"), or -1."""
    if text.find("省", max(0, at - 60), at) < 0:
        return at, -1      # (most figures: no province named just before them)
    opened = max(text.rfind(c, max(0, at - 60), at) for c in "，,。；;：:！？!?\n") + 1
    found = _PROVINCE_COUNT.search(text, opened, at)
    return opened, (found.start() if found else -1)


def _attribution(text: str, closed: int) -> re.Match | None:
    """The words after a quote closing at `closed` that say who spoke it, by a verb of saying
    ("”…处长程某介绍") or by the speaker's post (the place opening them then names the speaker's:
    "…9550多人参加。”黑龙江孙吴县农业技术推广中心站长李霞怎么也没想到…"); None where none do."""
    return _SAID.match(text, closed + 1) or _POST_NAMED.match(text, closed + 1)


def _national_firm_before(text: str, pos: int) -> int:
    """Where the national firm whose branch text[pos:] names starts ("中国移动|湖北公司"), else pos."""
    return next((pos - len(firm) for firm in NATIONAL_COMPANIES if text.endswith(firm, 0, pos)), pos)


def _partner_before(text: str, pos: int, since: int) -> bool:
    """Whether a partner word stands right before the provinces counted at pos ("湖北省与8个省市…");
    not 和 after another count, which joins two counted things ("18家中央企业和30个省…的900多家")."""
    if text[pos - 1:pos] not in _PARTNER_WORDS:
        return False
    return not (text[pos - 1] == "和" and _COUNTED_BEFORE_AND.search(text, since, pos - 1))


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding pos starts: after the last mark that ends a clause before it."""
    return max(text.rfind(c, 0, pos) for c in "，,。；;：:！？!?\n") + 1


def _heads_a_clause(text: str, pos: int) -> bool:
    """Whether what starts at pos opens its clause, after the time it speaks of ("，2018年我国…")."""
    return _CLAUSE_HEAD.search(text, max(0, pos - 12), pos) is not None \
        or _AFTER_DATELINE.search(text, max(0, pos - 48), pos) is not None


# a group's firm of a place ("中国化工旗下沈阳化工", "中国宝武下属武钢"): the place's
_SUBSIDIARY = ("旗下", "下属", "所属")
# bodies listed before another ("中国物流与采购联合会、国家统计局服务业调查中心发布…")
_BODIES_BEFORE = re.compile(rf"(?:[{CJK}]{{2,14}}?(?:会|局|部|委|院|中心|办公室|署|总局)、)+$")
# a wire dateline opens a paragraph's first clause ("本报电  国家开发银行…", "本报北京2月3日电 （记者…）")
_AFTER_DATELINE = re.compile(r"(?:^|\n)[ 　]*(?:本报|新华社|中新社)[^，。\n]{0,16}电[ 　]*(?:[（(][^）)\n]{0,30}[）)])?[ 　]*$")


def _in_attribution(text: str, m: Mention) -> bool:
    """Whether m names the speaker's post in the words after a quote ("”好力保镇党委副书记鲁永泽说")."""
    closed = text.rfind("”", max(0, m.start - 12), m.start + 1)
    if closed < 0 or _SENTENCE_END.search(text, closed, m.start):
        return False
    said = _SAID.match(text, closed + 1)
    if said is None or said.end() <= m.end:
        return False
    if m.referred == "person":   # the speaker named by the post that placed them ("…副书记鲁永泽说")
        return _OFFICE_BEFORE.search(text, max(0, m.start - 16), m.start) is not None
    return _OFFICE_AFTER.match(text, m.end) is not None


def _data_source(text: str, start: int, end: int) -> int:
    """Where the phrase opens that names start:end as the source of figures ("来自水利部的数据显示…",
    "记者从农业农村部获悉："), else -1: the source is what the figures are of, not a place left."""
    if text.endswith("来自", 0, start) and _DATA_AFTER.match(text, end):
        return start - 2
    if text.endswith("从", 0, start) and _LEARNT_AFTER.match(text, end):
        return _LEARNT_BEFORE.search(text, max(0, start - 7), start).start()
    return -1


def _predicate_at(text: str, pos: int) -> bool:
    """Whether the words at pos say what the place before them does or is (a verb, or 是)."""
    return _verb_at(text, pos) or text.startswith("是", pos)


def _verb_at(text: str, pos: int) -> bool:
    """Whether the word at pos is a verb, a verbal noun or an adjective (the dictionary tags "清理"
    so) saying what the place does: not one that makes the place and it a kind of people or things
    ("武汉返乡人员": people back from there)."""
    words = cut(text[pos:pos + 8])
    return bool(words) and len(words[0]) >= 2 and (is_action(words[0]) or is_predicate(words[0])) \
        and not _KIND_AFTER_VERB.match(text, pos + len(words[0]))


# someone's home town ("回到贵州铜仁老家", "从黄冈老家赶来"): where they come from
_HOME_AFTER = "老家"
# where someone is from, as a biography writes it ("江西萍乡人", "湖南长沙县人"): the person's origin
# (人 closing its phrase: not "人和街道", "人社部门", "人口")
_DEMONYM = re.compile(rf"([{CJK}]{{0,4}}?)人(?=[，,。；;、）)：:\s]|$)")


def _demonym(text: str, m: Mention) -> bool:
    """Whether m opens a person's origin ("江西萍乡人，汉族"): the place, perhaps a unit of it, then 人."""
    found = _DEMONYM.match(text, m.end)
    if found is None:
        return False
    middle, g = found.group(1), gazetteer()
    return not middle or middle in g.by_stem or middle in g.by_name


def _origin(text: str, m: Mention) -> bool:
    """Whether m opens where someone comes from: their origin ("江西萍乡人", "山东小伙儿赵大川") or home
    town ("铜仁老家")."""
    return _demonym(text, m) or text.startswith(_HOME_AFTER, m.end) or _NATIVE_AFTER.match(text, m.end) is not None


# a person the news introduces by where they are from ("山东小伙儿赵大川", "新疆姑娘胡雅男")
_NATIVE_AFTER = re.compile(r"(?:小伙子|小伙儿?|姑娘|女孩|男孩|妹子|汉子)")


def _aside(text: str, m: Mention) -> bool:
    """A destination or a partner ("赴济南等地招商", "与江苏合作"), where someone is from, a meeting's venue, where a unit named
    before it lies, the field a thing is ranked in or the head of an organisation's name: not the
    sentence's subject; the source of figures is their subject ("来自水利部的数据显示…" is "据水利部…")."""
    return bool(_gone_to(text, m)
                or m.level != "nation" and _origin(text, m)
                or _RANKED_AFTER.match(text, m.end)
                or _meeting_venue(text, m)
                or _setting_of_a_place(text, m)
                or _BRIEFING_AFTER.match(text, m.end)
                or m.level != "nation" and m.referred != "kind" and _DESIGNATION_AFTER.match(text, m.end)
                or _ORG_AFTER.match(text, m.end)
                or _WHAT_A_TOTAL_LEAVES_OUT.search(text, max(0, m.start - 12), m.start)
                and not DIGIT.match(text, m.end)
                or _ROUTE_AFTER.match(text, m.end)
                or _GAMES_AFTER.match(text, m.end)
                or text[m.start - 1:m.start] in _ROUTE_DASHES and _ROUTE_END.match(text, m.end)
                or _under_the_lead_of(text, m.start, m.end))


# a host city with the year of the games it names ("北京2022年冬奥会", "杭州2022年亚运会"): the games'
# name, not the place a sentence is about
_GAMES_AFTER = re.compile(r"\d{4}年?(?:冬奥会|冬残奥会|奥运会|残奥会|亚运会|亚残运会|世博会|世园会|大运会|全运会|军运会)")
# under whose lead or with whose help something is done ("在国家文物局的支持下，黑龙江省文物考古研究所
# …进行了4次发掘", "在党中央的坚强领导下"): a circumstance, not the clause's subject
_LEAD_OF_AFTER = re.compile(r"[^，,。；;！？\n]{0,16}?的(?:大力|积极|精心|统一|有力|坚强|亲切|强有力|悉心)?"
                            r"(?:支持|帮助|指导|领导|关心|推动|协调|组织|带领|资助|关怀|部署|号召|引领|帮扶|协助)下")


def _under_the_lead_of(text: str, start: int, end: int) -> bool:
    return text.endswith("在", 0, start) and _LEAD_OF_AFTER.match(text, end) is not None


# "等" and a count of places after a place: it is one example of them
_EXAMPLE_OF_A_COUNT_AFTER = re.compile(r"等[\d一二三四五六七八九十两百多]+个?(?:省份|省区市|省市区|省市|省区|地区|城市|地市|县市|县区|区县|市县|县)")


# the ends of a route ("执飞西安—拉萨航班", "开通武汉至长沙的班列"): where it runs between, not the subject
_ROUTE_WORD = r"(?:航班|航线|班列|专列|列车|动车|高铁|铁路|高速|公路|客运专线|城际|段)"
_ROUTE_DASHES = ("—", "－", "-", "―", "~", "～", "至")     # (a tuple: "" before a text's start is none)
_ROUTE_AFTER = re.compile(rf"[{re.escape(''.join(_ROUTE_DASHES))}][{CJK}]{{2,6}}?(?:的)?{_ROUTE_WORD}")
_ROUTE_END = re.compile(rf"(?:的)?{_ROUTE_WORD}")


# a total's note of what it leaves out ("全国（不含湖北省）查处…8228起"): the total's place is the
# subject, not the places of its note (a note of what it holds is a breakdown: "（含武汉1102例）")
_WHAT_A_TOTAL_LEAVES_OUT = re.compile(r"[（(](?:不含|不包括|除去?)[^（）()\n]*$")


def _gone_to(text: str, m: Mention) -> bool:
    """Whether m is a place one goes to, comes from or compares with ("赴济南", "驰援湖北", "武汉以外")."""
    return bool(_TRIP_BEFORE.search(text, max(0, m.start - 2), m.start) and _data_source(text, m.start, m.end) < 0
                or (after := _TRIP_AFTER.match(text, m.end))
                and not (after.group().startswith("等") and (_SPREAD_OVER.search(text, max(0, m.start - 24), m.start)
                                                            or _PARTS_LISTED.search(text, max(0, m.start - 80), m.start))))


# what is spread over the places a list names ("分布于河北石家庄、保定等地的9家"), or parts of them by
# direction, as a weather report lists them ("河北中南部、山东中西部、上海等地有大雾"): they are where it is
_SPREAD_OVER = re.compile(r"(?:分布|遍布|覆盖|散布|分散|遍及)[于在到至]?[^，,。；;！？!?\n]{0,20}$")
_PARTS_LISTED = re.compile(rf"{_PARTS}、[^，,。；;！？!?\n]*$")


def _setting_of_a_place(text: str, m: Mention) -> bool:
    """Whether m is where a unit named before it lies ("云县位于云南省西南部"): the unit is the subject."""
    located = _LOCATED_BEFORE.search(text, max(0, m.start - 3), m.start)
    if located is None:
        return False
    g, at = gazetteer(), located.start()
    return any(text[at - k:at] in g.by_name or text[at - k:at] in g.by_stem for k in range(2, min(at, 8) + 1))


# the country's people, as its population is written (not the world's: "全球13亿贫困人口")
_COUNTRY_S_PEOPLE = re.compile(r"(?:13\.[5-9]\d*|14(?:\.[0-4]\d*)?)亿多?(?:中国)?人")
_WORLD_BEFORE = re.compile(r"(?:全球|世界|全世界|各国)[^，,。；;]{0,6}$")
# people counted by where they come from, the figure right before or after "来自X的"
_FROM_BEFORE_FIGURE = re.compile(rf"来自([{CJK}]{{2,14}})的$")
_FROM_AFTER_FIGURE = re.compile(rf"[\d.]+[万亿]?[多余]?[{CJK}]{{1,2}}来自([{CJK}]{{2,14}}?)的")


def _origin_of(text: str, start: int, mentions: list[Mention], at: list[int]) -> str | None:
    """The place the people a figure counts come from, where the text says so right at it: the most
    specific unit of the path between 来自 and 的 ("来自江苏宿迁的200名": 宿迁市), if it is all places."""
    m = _FROM_BEFORE_FIGURE.search(text, max(0, start - 17), start) or _FROM_AFTER_FIGURE.match(text, start)
    if m is None:
        return None
    a, b = m.span(1)
    path = mentions[bisect_left(at, a):bisect_left(at, b)]
    # (the path covers the whole origin: not "来自湖北的医院", "来自北京大学的")
    if not path or path[0].start != a or path[-1].end != b or any(
            x.end != y.start for x, y in zip(path, path[1:])):
        return None
    return path[-1].name


def _meeting_venue(text: str, m: Mention) -> bool:
    """Whether m lies in the venue of a meeting ("论坛日前在安徽省合肥市举行": 安徽省 and 合肥市 both)."""
    if text.find("在", max(0, m.start - 12), m.start) < 0:
        return False
    return any(v.start(1) <= m.start and m.end <= v.end(1)
               for v in _MEETING_VENUE.finditer(text, max(0, m.start - 30), min(len(text), m.end + 20)))


def _names_an_organisation(text: str, m: Mention) -> bool:
    """Whether m is aside only as the head of an organisation's name ("杭州市西溪医院")."""
    return bool(_ORG_AFTER.match(text, m.end)) and not (
        _gone_to(text, m) or _RANKED_AFTER.match(text, m.end) or _BRIEFING_AFTER.match(text, m.end))


def _most_specific(mentions: list[Mention], at: int) -> Mention:
    """The most specific place; between equals, the one nearest to `at`."""
    return max(mentions, key=lambda m: (m.rank if m.level != "nation" else -2, -abs(at - m.start)))
