"""Stories, sections, headings and bylines, on short pages written like the real ones."""
from tui_browse.parser import parse_text


def sections(doc):
    return [(a.title, s.title, s.region) for a in doc.articles for s in a.sections]


def all_text(doc):
    return "\n".join(s.text for a in doc.articles for s in a.sections)


PAGE_TWO_STORIES = """
奋力走在前 实干挑大梁

“强项目”拼出来

□本报记者 王小明

从塔吊林立的项目工地到民生街巷，黄岛区灵山卫街道交出了一份亮眼成绩单：服务业营业收入增长13.5%。

这些跃动的数字，凝结着政企联动的智慧，更彰显着灵山卫街道以实干为笔的担当。

驱动双引擎 跑出加速度

8月22日，总投资7.8亿元的产业园项目顺利开工，项目负责人指着繁忙的工地感慨道。这个项目被列入区重点项目清单。

新区民营企业座谈会召开

□记者 李华 报道

本报讯 9月24日下午，新区民营企业座谈会召开。区长出席会议并讲话，强调要为民营企业提供更优质服务。

会上，多位民营企业家和区直有关部门作了发言。
"""


def test_boxed_bylines_open_stories_and_the_line_above_is_the_title():
    doc = parse_text(PAGE_TWO_STORIES, "page.txt")
    assert [a.title for a in doc.articles] == ["“强项目”拼出来", "新区民营企业座谈会召开"]
    assert [a.byline for a in doc.articles] == ["本报记者 王小明", "记者 李华 报道"]
    # the kicker is a printed heading too: it titles a section of its own (no text), the title the next
    assert [s.title for s in doc.articles[0].sections] == ["奋力走在前 实干挑大梁", "“强项目”拼出来", "驱动双引擎 跑出加速度"]
    assert doc.articles[0].sections[0].text == "" and doc.articles[0].sections[1].text.startswith("从塔吊林立")


def test_every_source_line_is_kept_in_some_section_original():
    doc = parse_text(PAGE_TWO_STORIES, "page.txt")
    originals = "\n".join(s.original for a in doc.articles for s in a.sections)
    for line in PAGE_TWO_STORIES.splitlines():
        assert line.strip() in originals


BRIEFS = """
时政简讯

开发区

调度乡村文明行动综合整治工作

开发区讯(高庆贺)1月12日,开发区召开乡村文明行动综合整治工作调度会。会议指出,全区上下持续强化部门联动。

开发区召开散煤治理工作调度会

开发区讯(孙晓)1月13日,开发区召开散煤治理工作调度会议,要求逐村逐户进行排查。

物流园区

做细做实散煤治理工作

开发区讯(刘伟玲 聂庆军)连日来,物流园区上下联动,开展散煤整治集中行动。

加强组织领导,明确责任分工。第一时间召开散煤治理工作专题会议。
"""


def test_news_briefs_are_stories_with_their_headline_region_and_reporter():
    doc = parse_text(BRIEFS, "briefs.txt")
    assert [(a.title, a.region, a.byline) for a in doc.articles] == [
        ("调度乡村文明行动综合整治工作", "开发区", "高庆贺"),
        ("开发区召开散煤治理工作调度会", "开发区", "孙晓"),
        ("做细做实散煤治理工作", "物流园区", "刘伟玲 聂庆军"),
    ]
    assert "加强组织领导" in doc.articles[2].sections[0].text


REGION_PAGE = """強力推進項目建設,青島各區市這樣做
膠州市
市委常委、膠州市委書記劉建軍:
44個省市重點項目已全部開工 以高質量項目引領高質量發展
今年以來,膠州市樹牢工作導向,梳理製造業項目450個,總投資1197.5億元。
下一步,膠州市將加快項目建設。
城陽區
城陽區委書記王波:
在建項目352個 勇當發展排頭兵
今年以來,城陽區開工項目395個,開工率達87.2%。
青島日報2021年9月19日3版
"""


def test_region_lines_and_leader_lines_place_each_section():
    doc = parse_text(REGION_PAGE, "regions.txt")
    (art,) = doc.articles
    assert art.title == "强力推进项目建设,青岛各区市这样做"
    assert art.region == "青岛市"
    assert art.paper == "青岛日报" and art.date == "2021-09-19"
    assert [(s.title, s.region) for s in art.sections] == [
        ("44个省市重点项目已全部开工 以高质量项目引领高质量发展", "胶州市"),
        ("在建项目352个 勇当发展排头兵", "城阳区"),
    ]
    assert art.sections[0].byline.startswith("市委常委、胶州市委书记")
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["胶州市"] == "青岛市" and parents["城阳区"] == "青岛市" and parents["青岛市"] == "山东省"


def test_traditional_source_is_kept_as_original():
    doc = parse_text(REGION_PAGE, "regions.txt")
    sec = doc.articles[0].sections[0]
    assert "膠州市" in sec.original and "胶州市" in sec.text
    figures = [(f.raw, f.value) for f in sec.figures]
    assert ("1197.5亿元", 119750000000) in figures and ("450个", 450) in figures


COLUMN = """
## 贯彻动员大会精神 铆劲抢抓开门红

近日,我区召开动员大会,号召全区上下进一步振奋精神,为烟台迈入万亿级城市行列贡献新的更大莱山力量。

## 擂响项目战鼓 奏响奋进乐章

莱山经济开发区党工委书记、管委主任 王大昌

靶向用力,深耕项目谋划。以五大产业园区建设为抓手,牢

固树立“项目为王”理念,着力推进总投资约91亿元的20个重点在谈项目尽快落地建设。

YMG全媒体记者 徐睿 整理

## 凝心聚力抓项目 蓄势赋能促发展

解甲庄街道党工委书记 蒋昊峰

2023年解甲庄街道将笃定“项目为王”不动摇,推动深海包装、吉林医药4个项目尽快落地。

YMG全媒体记者 李冰 整理
"""


def test_markdown_headings_leader_lines_and_closing_bylines():
    doc = parse_text(COLUMN, "column.txt")
    (art,) = doc.articles
    assert art.title == "贯彻动员大会精神 铆劲抢抓开门红"
    assert [(s.title, s.region) for s in art.sections][1:] == [
        ("擂响项目战鼓 奏响奋进乐章", "莱山经济开发区"),
        ("凝心聚力抓项目 蓄势赋能促发展", "解甲庄街道"),
    ]
    assert art.sections[1].byline == "莱山经济开发区党工委书记、管委主任 王大昌"
    # the line broken by page layout is one paragraph again, and its figures are whole
    assert "牢固树立“项目为王”理念" in art.sections[1].text
    assert [f.raw for f in art.sections[1].figures] == ["91亿元", "20个"]
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["莱山经济开发区"] == "莱山区"
    assert parents["解甲庄街道"] == "莱山区"
    assert parents["莱山区"] == "烟台市"
    assert art.region == "莱山区"


def test_real_paragraph_breaks_and_headings_are_not_joined():
    text = ("党建引领，为高质量发展提供坚强保障\n\n抓党建就是抓全局，街道深谙这个理念，坚持党建为统领。\n\n"
            "强化意识，打造优质的营商环境\n\n高质量发展离不开新项目、好项目、大项目的高质量支撑。\n")
    doc = parse_text(text, "h.txt")
    titles = [s.title for a in doc.articles for s in a.sections]
    assert "党建引领，为高质量发展提供坚强保障" in titles
    assert "强化意识，打造优质的营商环境" in titles


def test_a_caption_printed_inside_a_broken_sentence_is_stepped_over():
    text = ("加速培育优势产业，立足街道资源禀赋谋划高水平康养产业、乡村旅游项目，做足做好绿水青山文章。持续\n\n\n\n"
            "东怡增新材料产业园项目施工现场。\n\n\n\n释放消费潜力，优化改造街道传统商贸商圈和特色街区。\n")
    doc = parse_text(text, "c.txt")
    body = all_text(doc)
    assert "持续释放消费潜力" in body
    assert "东怡增新材料产业园项目施工现场。" in body


def test_an_untitled_dated_item_inside_a_feature_is_its_own_story():
    text = ("开发区:以“双招双引”引领高质量发展\n\n□韩小凤\n\n"
            "作为全市招商引资主战场，开发区始终把“双招双引”工作摆在发展全局的核心位置，新签约项目24个。\n\n\n\n"
            "1月10日,开发区公安分局主题宣传活动在振华购物中心举行。\n\n"
            "活动中,民警向过往群众发放宣传资料，普及公共安全知识。\n\n\n\n"
            "党建引领 打造高素质招商引资队伍\n\n"
            "2019年6月，开发区面向全国公开招聘优秀招商人才，组建投资促进中心。\n")
    doc = parse_text(text, "box.txt")
    assert len(doc.articles) == 2
    feature, item = doc.articles
    assert feature.title == "开发区:以“双招双引”引领高质量发展"
    assert [s.title for s in feature.sections] == [feature.title, "党建引领 打造高素质招商引资队伍"]
    assert item.title.startswith("1月10日,开发区公安分局")
    assert "民警" in item.sections[0].text


def test_garbage_and_odd_input_never_crashes():
    for text in ["", "\n\n\n", "。。。", "1234567890", "??v深推進,進入快車道?!半p招雙引", "[b]粗体[/b]\x00\x07",
                 "a" * 5000, "项目" * 3000 + "\n" * 50]:
        doc = parse_text(text, "odd.txt")
        for a in doc.articles:
            for s in a.sections:
                assert s.region
                for f in s.figures:
                    assert getattr(s, f.field)[f.start:f.end] == f.raw


EXCHANGE = """
比学赶超拼实绩 镇街书记话发展

东海网 2022-06-18 10:05:33

东海网讯 6月17日,全市镇街党(工)委书记工作交流会召开,各镇街负责人作交流发言。

鹿城区山福镇党委书记陈小明:

山福镇立足生态优势,累计流转土地1.2万亩,招引落地亿元以上项目3个。

龙湾区永兴街道党工委书记王小刚:

1-5月,永兴街道税收增长14.9%,完成整改小微企业120家。
"""


def test_exchange_page_leaders_title_their_sections_and_the_story_belongs_to_the_city():
    doc = parse_text(EXCHANGE, "exchange.txt")
    (art,) = doc.articles
    assert art.title == "比学赶超拼实绩 镇街书记话发展"
    assert art.paper == "东海网" and art.date == "2022-06-18"
    assert [(s.title, s.region) for s in art.sections][1:] == [
        ("鹿城区山福镇党委书记陈小明", "山福镇"), ("龙湾区永兴街道党工委书记王小刚", "永兴街道")]
    parents = {r.name: r.parent for r in doc.regions}
    assert parents["山福镇"] == "鹿城区" and parents["永兴街道"] == "龙湾区"
    assert art.region == "温州市"


def test_a_title_that_opens_with_a_unit_names_the_story_region_but_half_words_do_not():
    doc = parse_text("镇江新区举办新闻发布会\n\n10月10日,镇江新区召开发布会,丁岗镇累计招引项目94个。\n", "t.txt")
    assert doc.articles[0].region == "镇江新区"
    doc = parse_text("调度乡村文明行动工作\n\n会议要求各村落实责任,完成整治任务12项。\n", "t2.txt")
    assert all(r.name != "调度乡" for r in doc.regions)


def test_a_core_reading_box_heads_the_text_and_is_never_part_of_the_title():
    text = ("城口县探索生态补偿\n"
            "你帮我种树 我助你致富\n\n"
            "　　核心阅读\n"
            "　　城口县与九龙坡区签订协议，交易森林面积指标1.5万亩。\n"
            "　　\n"
            "　　这个冬天，城口县的雪来得早。村民老郑成了护林员，每年收入5000元。\n")
    doc = parse_text(text, "box.txt")
    art = doc.articles[0]
    assert "核心阅读" not in art.title
    assert art.title.startswith("城口县探索生态补偿")
    assert any(s.title == "核心阅读" for s in art.sections), "the box's label is a heading of its own"


def test_bylines_mixing_spaced_out_names_and_names_of_minority_peoples_are_no_headings():
    # a package of parts, each with its heading and its reporters' names under it; the editor's
    # sign-off closes the note above the first part
    text = ("新年新气象\n\n"
            "　　过去一年，各地群众的日子越过越红火。\n"
            "　　——编  者\n"
            "　　\n"
            "　　草原通了网\n"
            "　　张 强 乌日格希乐\n"
            "　　内蒙古阿巴嘎旗的牧民家里装上了宽带，今年新增用户300户。\n"
            "　　\n"
            "　　果园来了新农人\n"
            "　　刘晓光 马 丽\n"
            "　　河南西峡县的猕猴桃果园扩大到2万亩。\n")
    doc = parse_text(text, "package.txt")
    titles = [s.title for a in doc.articles for s in a.sections]
    assert "草原通了网" in titles and "果园来了新农人" in titles, titles
    assert not any("乌日格希乐" in t or "刘晓光" in t for t in titles), "a byline is never a heading"
    parts = {s.title: s.text for a in doc.articles for s in a.sections}
    assert parts["草原通了网"].startswith("内蒙古阿巴嘎旗"), "the editor's sign-off is the note's"
    assert "——编  者" in parts[titles[0]]


def test_a_heading_of_words_that_start_with_surnames_is_no_byline():
    from tui_browse.parser.lines import byline_name
    assert byline_name("严检测 保供水") is None
    assert byline_name("陕西咸阳市 姚 平") is None     # a reader's place and name: the place heads
    assert byline_name("张 强 乌日格希乐") == "张 强 乌日格希乐"


def test_a_line_of_reporters_names_alone_is_a_byline_that_starts_a_story():
    text = ("连云港石化——\n"
            "开足马力\n"
            "本报记者 王伟健\n"
            "　　江苏省连云港石化产业基地内，企业共有员工1500余名。\n"
            "　　\n"
            "天津滨海新区——\n"
            "不误生产\n"
            "靳\u00a0博\u00a0马\u00a0坤\n"
            "　　天津滨海新区政务服务办公室24小时在线审批。\n"
            "　　\n"
            "开 局 良 好\n"
            "　　今年以来，项目开工率达到95%。\n")
    doc = parse_text(text, "names_byline.txt")
    titles = [a.title for a in doc.articles]
    assert any("不误生产" in t for t in titles), titles
    by = {a.title: a.byline for a in doc.articles}
    assert any(b == "靳 博 马 坤" for b in by.values()), by
    assert not any("靳" in s.title for a in doc.articles for s in a.sections), "a byline is never a heading"
    placed = {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}
    assert placed["1500余名"] == "连云港市", "a short form right after its province is a place"


PAGE_WITH_SIGN_OFFS = """二手商品在多国受消费者欢迎(记者观察)

　　近年来，二手商品交易在欧美多国日益活跃，越来越多的消费者选择购买二手商品。
　　业内人士认为，二手商品市场的发展有利于资源循环利用。
　　一些平台推出鉴定和售后服务，消费者对二手商品的信任度逐步提高。
　　专家表示，二手商品交易还需要进一步完善相关标准和监管。
　　（本报大马士革、安卡拉2月20日电）


手牵手，一起仰望星空（大使随笔）

　　中国援建的天文台在当地落成，吸引了许多青少年前来参观。
　　当地学生说，希望将来能到中国学习天文知识，探索宇宙奥秘。
　　（作者为中国驻埃塞俄比亚大使）


荷兰博物馆现场开放名画修复过程

　　荷兰国立博物馆近日宣布，将在展厅内现场修复名画，观众可以近距离观看。
　　修复工作预计持续数年，全程将通过网络向公众直播。
　　（罗  懿）


微阅读

　　国际团队确定直立人“最后定居点”年代。
　　制图：张丹峰
"""


def test_a_story_s_sign_off_never_becomes_part_of_the_next_story_s_title():
    doc = parse_text(PAGE_WITH_SIGN_OFFS, "page.txt")
    titles = [a.title for a in doc.articles]
    assert titles == ["二手商品在多国受消费者欢迎(记者观察)", "手牵手，一起仰望星空（大使随笔）",
                      "荷兰博物馆现场开放名画修复过程", "微阅读"]


PACKAGE = """宏观政策为中国经济添动能（财经眼）

　　中央经济工作会议要求继续实施积极的财政政策和稳健的货币政策。本版今起推出系列报道。
　　——编 者
　　
　　提质增效——
　　财政政策组合拳力道足
　　本报记者 曲哲涵
　　2019年，积极的财政政策加力提效，全年减税降费超过2万亿元。
　　财政部发布的数据显示，制造业纳税人将减税红利用于增加研发投入。
　　专家认为，积极的财政政策要大力提质增效，更加注重结构调整。
　　
　　灵活适度——
　　货币政策优供给重疏导
　　本报记者 王 观
　　1月6日，央行下调金融机构存款准备金率0.5个百分点。
　　此次降准释放长期资金8000多亿元，有效增加金融机构支持实体经济的稳定资金来源。
　　专家表示，货币政策要保持灵活适度，保持流动性合理充裕。


用改革破除资金“中梗阻”（财经观）

　　资金是经济运行的血液，疏通传导机制是关键。
　　要以改革破除资金流动的梗阻，让资金更多流向实体经济。
"""


def test_an_e_paper_package_s_indented_parts_with_their_own_bylines_stay_one_story():
    doc = parse_text(PACKAGE, "package.txt")
    assert [a.title for a in doc.articles] == ["宏观政策为中国经济添动能（财经眼）", "用改革破除资金“中梗阻”（财经观）"]
    heads = [s.title for s in doc.articles[0].sections]
    assert "财政政策组合拳力道足" in " ".join(heads) and "货币政策优供给重疏导" in " ".join(heads)


def test_a_team_s_credit_line_and_the_flush_title_after_it_are_not_joined():
    team = "、".join(["顾仲阳", "高云才", "白剑峰", "曲哲涵", "王君平", "姜洁", "龚仕建", "王明峰", "田豆豆",
                     "孙秀艳", "欧阳洁", "冯华", "刘志强", "寇江泽", "蒋云龙", "施芳", "赵展慧", "李心萍",
                     "齐志明", "韩鑫", "鲜敢", "张艺开", "苏滨"])
    assert len(team) > 80    # longer than any other credit line
    body = "　　各地干部群众表示，要坚定信心，统筹推进疫情防控和经济社会发展各项工作。\n" * 4
    text = ("抓实抓细抓落地 奋力夺取双胜利\n\n" + body + f"　　（本报记者{team}）\n\n"
            "孙春兰率中央指导组指导工作\n全力救治感染新冠肺炎的医务人员\n\n" + body)
    doc = parse_text(text, "team.txt")
    assert [a.title for a in doc.articles] == ["抓实抓细抓落地 奋力夺取双胜利", "孙春兰率中央指导组指导工作"]
    assert [s.title for s in doc.articles[1].sections][:2] == ["孙春兰率中央指导组指导工作", "全力救治感染新冠肺炎的医务人员"]
    assert "孙春兰" not in doc.articles[0].sections[-1].text


def test_a_wire_dateline_ending_in_a_colon_opens_the_text_and_is_no_heading():
    text = ("湖北省委主要负责同志职务调整\n\n"
            "　　本报北京2月13日电  （记者姜洁）日前，中共中央决定：\n"
            "　　应勇同志任湖北省委委员、常委、书记。\n")
    doc = parse_text(text, "wire.txt")
    assert [a.title for a in doc.articles] == ["湖北省委主要负责同志职务调整"]
    titles = [s.title for s in doc.articles[0].sections]
    assert not any("本报北京" in t for t in titles)
    assert doc.articles[0].sections[-1].text.startswith("本报北京2月13日电")


COLUMN_PIECES = """让体育教育更好助力学生成长（大家谈）

　　编者按：体育教育如何更好助力学生成长？本期刊发几位读者的来信。

补齐体育教育短板
熊宣普
　　体育教育是学校教育的重要组成部分，应当补齐短板。

高质量发展
　　体育产业要走高质量发展之路，满足群众多样化需求。
"""


def test_an_author_s_name_alone_under_a_column_piece_s_heading_is_its_byline():
    doc = parse_text(COLUMN_PIECES, "column.txt")
    assert len(doc.articles) == 1
    sections = {s.title: s for s in doc.articles[0].sections}
    assert "熊宣普" not in sections
    assert sections["补齐体育教育短板"].byline == "熊宣普"
    assert sections["补齐体育教育短板"].text.startswith("体育教育是学校教育")
    assert "高质量发展" in sections, "a short heading that starts with a surname is still a heading"


def test_an_author_s_name_the_dictionary_knows_as_a_person_s_is_a_byline_too():
    text = COLUMN_PIECES.replace("熊宣普", "陈建华")
    sections = {s.title: s for s in parse_text(text, "column2.txt").articles[0].sections}
    assert "陈建华" not in sections and sections["补齐体育教育短板"].byline == "陈建华"


def test_a_roundup_headed_by_spaced_province_names_keeps_its_title_and_places_each_part():
    text = ("扎实抓好春季农业生产\n\n"
            "　　河 北\n"
            "　　在线服务 指导春耕\n"
            "　　本报记者 史自强\n"
            "　　今年春耕以线上指导为主，已培训农民2万人次。\n"
            "　　\n"
            "　　黑龙江\n"
            "　　农技主播 成了网红\n"
            "　　本报记者 方 圆\n"
            "　　直播课已吸引1400多人观看。\n"
            "　　\n"
            "　　广东云浮\n"
            "　　合作社带动农户44户。\n")
    doc = parse_text(text, "roundup.txt")
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == "扎实抓好春季农业生产"
    placed = {f.raw: f.region for s in art.sections for f in s.figures}
    assert placed["2万人次"] == "河北省"
    assert placed["1400多人"] == "黑龙江省"
    assert placed["44户"] == "云浮市"
    assert art.region == "全国"


def test_an_e_paper_kicker_of_several_sentences_stays_above_its_title():
    text = ("面对疫情，人民子弟兵奋勇向前。连日来，本报记者采访连线了几位奋战在疫情防控一线的医护人员，听他们讲述故事——\n"
            "闻令出动 敢打必胜（军营之声）\n"
            "\n"
            "　　编者按：疫情发生后，军队迅速启动联防联控工作机制，抽组医护人员1400名。\n"
            "　　连日来，本报记者采访连线了几位一线医护人员，记录他们的故事。\n"
            "　　\n"
            "　　时间：1月28日  地点：中部战区总医院\n"
            "　　张茜（中部战区总医院护士）：\n"
            "　　抗疫一线，暖心“特殊生日”\n"
            "　　1月28日，大年初四，中部战区总医院重症救治室迎来20名新患者。\n"
            "　　为保证让病人快速准确得到治疗，护士们注意力高度集中，每人负责6张病床。\n"
            "\n"
            "危难时刻彰显军人本色（金台点兵）\n"
            "\n"
            "　　疫情发生后，全军认真贯彻落实决策部署，派出医疗队3批。\n"
            "　　军队医护人员闻令而动，星夜驰援，与地方医护人员并肩作战。\n"
            "　　他们中有参加过抗击非典的老专家，也有刚走上工作岗位的年轻人。\n"
            "　　他们用行动诠释了人民军队的宗旨，赢得了群众的信赖和称赞。\n")
    doc = parse_text(text, "kicker.txt")
    titles = [a.title for a in doc.articles]
    assert len(titles) == 2
    assert "闻令出动 敢打必胜" in titles[0] and titles[0].startswith("面对疫情")
    assert titles[1] == "危难时刻彰显军人本色（金台点兵）"
    body = " ".join(s.text for s in doc.articles[0].sections)
    assert "面对疫情" not in body and "编者按" in body


def test_an_e_paper_story_s_closing_lines_stay_with_it_before_the_next_flush_title():
    body = "　　我们村去年种了杨梅300亩，游客多了起来，保护生态环境的理念也慢慢深入人心。\n"
    text = ("守护好山水 守望好日子（小康路上）\n"
            "\n"
            "　　山里开民宿 蹚出致富路\n"
            + body * 3 +
            "　　湖南花垣县十八洞村村民杨秀富讲述\n"
            "　　本报记者 王云娜整理\n"
            "　　版式设计：蔡华伟\n"
            "\n"
            "新环保法施行五年——\n"
            "强化法律责任 落实最严保护\n"
            "\n"
            "　　2015年1月1日起施行的环境保护法，被称为史上最严的环保法，罚款总额超过100亿元。\n"
            "　　违法成本低，是我国环保领域法律法规长期存在的痼疾，如今已有很大改观。\n")
    doc = parse_text(text, "epaper.txt")
    titles = [a.title for a in doc.articles]
    assert len(titles) == 2 and titles[0].startswith("守护好山水 守望好日子（小康路上）")
    assert titles[1] == "新环保法施行五年——强化法律责任 落实最严保护"
    first = doc.articles[0]
    assert "杨秀富讲述" in "\n".join(s.original for s in first.sections)
    assert any("王云娜" in (s.byline or "") for s in first.sections)


def test_an_e_paper_kicker_naming_who_answers_heads_the_next_story():
    body = "　　我们村去年种了杨梅300亩，游客多了起来，保护生态环境的理念也慢慢深入人心。\n"
    text = ("五位第一书记的脱贫计划——\n"
            "乡亲们，咱们再加把劲\n"
            "\n"
            + body * 3 +
            "　　山东省胶州市洋河镇集后辛庄村第一书记张帅讲述\n"
            "　　本报记者 潘俊强整理\n"
            "\n"
            "\n"
            "中国疾控中心副主任冯子健解答：\n"
            "居家观察怎样防护（服务窗）\n"
            "\n"
            "　　居家观察，不少人不知如何做感染防控，家庭成员应保持1米以上距离。\n"
            "　　居家观察人员需要离开房间时，应当佩戴口罩，每天开窗通风2次以上。\n")
    doc = parse_text(text, "epaper2.txt")
    titles = [a.title for a in doc.articles]
    assert len(titles) == 2
    # the paper's title line is the story's title; the line under it heads its first section
    assert titles[1] == "中国疾控中心副主任冯子健解答："
    assert "居家观察怎样防护（服务窗）" in [s.title for s in doc.articles[1].sections]
    assert "张帅讲述" in "\n".join(s.original for s in doc.articles[0].sections)


def _epaper(*stories: tuple[str, ...]) -> str:
    """An e-paper export: each story's title lines flush left after a blank line, its text indented."""
    body = "　　当天上午，港口作业有序进行，全年完成集装箱吞吐量1730万标准箱，同比增长8.1%。\n"
    return "\n".join("\n".join(lines) + "\n" + body * 3 for lines in stories)


def test_an_e_paper_title_above_an_indented_report_heading_and_byline_is_the_story_s_title():
    text = _epaper(("实干带来好日子（新春走基层）", "", "　　天津港实现“秒通关”", "　　本报记者 富子梅"),
                   ("全国主要道路交通安全顺畅", ""))
    doc = parse_text(text, "epaper3.txt")
    assert [a.title for a in doc.articles] == ["实干带来好日子（新春走基层）", "全国主要道路交通安全顺畅"]
    assert any(s.title == "天津港实现“秒通关”" for s in doc.articles[0].sections)


def test_an_e_paper_boxed_kicker_set_flush_after_a_gap_opens_a_story():
    text = _epaper(("全国人大常委会会议", ""),
                   ("■ 火神山医院维保组——", "“最危险的地方我们去”(一线抗疫群英谱)", ""))
    doc = parse_text(text, "epaper5.txt")
    assert len(doc.articles) == 2
    assert "最危险的地方我们去" in doc.articles[1].title
    # a column's short name set flush after a gap is its title, though it reads like a photo's
    # caption ("在现场" ends in 现场)
    doc = parse_text(_epaper(("画当“得意”（名师谈艺）", ""), ("在现场", "")), "epaper6.txt")
    assert [a.title for a in doc.articles] == ["画当“得意”（名师谈艺）", "在现场"]


def test_a_kicker_starting_with_the_word_reporter_is_not_a_byline():
    text = _epaper(("记者深入西藏羌塘无人区腹地", "探访普若岗日冰川（小康路上）", ""),
                   ("今年10处国家公园体制试点将验收", ""))
    doc = parse_text(text, "epaper4.txt")
    assert doc.articles[0].title.startswith("记者深入西藏羌塘无人区腹地")
    assert not doc.articles[0].byline


def test_a_title_line_ending_in_a_word_whose_last_character_is_a_connective_stands_alone():
    # "参与" ends in 与 and "担当作为" in 为, but neither line is left open: each is a heading
    text = ("创新机制吸引各方共同参与\n"
            "多方资金支撑老旧小区改造（财经眼）\n\n"
            "　　老旧小区改造既能改善民生，又能稳投资。今年改造小区3.9万个。\n")
    titles = [s.title for a in parse_text(text, "kicker.txt").articles for s in a.sections]
    assert "创新机制吸引各方共同参与" in titles
    assert "多方资金支撑老旧小区改造（财经眼）" in titles
    wrapped = "城市更新要让市民和\n\n社会力量共同参与，今年投入资金2亿元。\n"
    assert any("市民和社会力量" in s.text for a in parse_text(wrapped, "wrapped.txt").articles for s in a.sections), \
        "a line left open on a connective still runs on"


def test_a_part_s_headings_naming_no_place_are_filed_with_the_part_they_head():
    text = ("推动重大工程加快建设\n\n"
            "　　各地抓紧推进重点工程，确保全年任务按时完成。\n"
            "　　跨江大桥\n"
            "　　项目推进\n"
            "　　稳扎稳打\n"
            "　　2月20日，安徽省淮南市跨江大桥项目复工已满一周，到岗工人300多人。\n"
            "　　越岭隧道\n"
            "　　掘进提速\n"
            "　　日夜不停\n"
            "　　在四川省宁南县，隧道施工现场，每天掘进15米。\n")
    (art,) = parse_text(text, "roundup.txt").articles
    placed = {s.title: s.region for s in art.sections}
    assert placed["跨江大桥"] == placed["项目推进"] == placed["稳扎稳打"] == "淮南市"
    assert placed["越岭隧道"] == placed["掘进提速"] == placed["日夜不停"] == "宁南县"
    # the story's own title heads the whole roundup, not its first part
    assert placed["推动重大工程加快建设"] != "淮南市"


def test_a_story_with_no_byline_is_titled_by_its_first_heading_line():
    body = "　　2004年9月，全会研究了加强执政能力建设的若干重大问题，通过了决定。\n"
    text = "新中国峥嵘岁月\n\n　　提高执政能力\n" + body + "　　神舟飞天\n" + body
    doc = parse_text(text, "column.txt")
    # a column's name over its items: the column is the title, each item heads its own section
    assert doc.articles[0].title == "新中国峥嵘岁月"
    assert {"提高执政能力", "神舟飞天"} <= {s.title for s in doc.articles[0].sections}
    # a district paper's tag of the office a story comes from stands over the headline
    doc = parse_text("执法局\n\n开展货车停车场专项整治\n\n开发区讯(张雪)近日,开发区执法局联合相关部门开展停车场"
                     "集中整治行动,进一步提升辖区环境。\n\n执法人员共清理车辆30辆。\n", "tag.txt")
    assert doc.articles[0].title == "执法局 开展货车停车场专项整治"
    # a national paper's lead-in naming a national body is the title line of its own
    doc = parse_text("中国气象局\n部署春运气象保障服务工作\n\n　　本报北京1月2日电  中国气象局日前召开会议，"
                     "部署春运期间40天的气象保障服务工作。\n", "lead-in.txt")
    assert doc.articles[0].title == "中国气象局"
    doc = parse_text("海口海事局\n组织应急演练  保障渡海安全\n\n　　本报海口1月20日电  海口海事局日前组织应急演练，"
                     "出动船艇12艘。\n", "lead-in2.txt")
    assert doc.articles[0].title == "海口海事局"


def test_in_an_e_paper_export_a_place_set_flush_after_a_gap_titles_a_story_of_its_own():
    text = ("李克强主持召开国务院常务会议\n\n"
            "　　国务院总理李克强主持召开国务院常务会议，部署做好春节前后各项工作。\n"
            "　　会议确定了支持民营企业发展的8项措施。\n\n\n"
            "浙江石塘镇\n\n"
            "　　1月2日，浙江温岭市石塘镇渔港灯火通明，渔民们忙着装运刚捕捞的海鲜，约300艘渔船进港。\n")
    doc = parse_text(text, "page.txt")
    assert [a.title for a in doc.articles] == ["李克强主持召开国务院常务会议", "浙江石塘镇"]
    assert doc.articles[1].region == "石塘镇"


def test_in_an_e_paper_export_spaced_provinces_after_the_main_story_s_credits_title_stories_of_their_own():
    # the main story ends with its photo captions and the page's credit; "四  川" and "海  南", set
    # flush after a gap, each title a report of their own ("海  南" is spaced like a reporter's name)
    text = ("扎实抓好春季农业生产\n\n"
            "　　各地一手抓疫情防控，一手抓春耕备耕，全国春播粮食面积超过9亿亩。\n"
            "　　图①：2月16日，农民驾驶植保机在田间作业。\n"
            "　　吉 喆摄\n"
            "　　版式设计：汪哲平\n\n\n"
            "四  川\n春耕物资配到位\n\n"
            "　　四川自贡市大安区新店镇的农田里，农机声隆隆，已备好种子3万公斤。\n\n\n"
            "海  南\n多举措抓好春耕\n\n"
            "　　几百亩农田平整完毕，海口市龙华区新坡镇的十余名工人正在播种，已种下800亩。\n")
    doc = parse_text(text, "page.txt")
    assert [a.title for a in doc.articles] == ["扎实抓好春季农业生产", "四  川", "海  南"]
    assert doc.articles[1].region in ("四川省", "自贡市") and doc.articles[2].region in ("海南省", "海口市")
    assert not doc.articles[2].byline


def test_a_column_s_name_over_its_briefs_titles_the_box_and_each_brief_heads_a_section():
    text = ("资讯速递\n\n"
            "　　抽水蓄能电站开工\n"
            "　　本报电  山西垣曲抽水蓄能电站工程日前开工，总投资78亿元。\n"
            "　　海底隧道项目复工\n"
            "　　本报电  华南地区最长海底隧道项目已复工，到岗工人1200人。\n")
    (art,) = parse_text(text, "briefs.txt").articles
    assert art.title == "资讯速递"
    assert {"抽水蓄能电站开工", "海底隧道项目复工"} <= {s.title for s in art.sections}
    # in an e-paper export, after a story that ends with its author's note
    page = ("智能科技促进创新增长（观象台）\n\n"
            "　　新一轮科技革命正在重塑全球产业，去年智能设备出货量增长12%。\n"
            "　　企业要抓住机遇，加大研发投入，今年研发人员将增加3000人。\n"
            "　　千磨万击还坚劲，任尔东西南北风。\n"
            "　　（作者为某集团董事长）\n\n" + text)
    assert [a.title for a in parse_text(page, "page.txt").articles] == ["智能科技促进创新增长（观象台）", "资讯速递"]


def test_a_heading_glued_to_its_text_by_a_wide_gap_is_a_heading():
    text = ("城阳区加快项目建设\n\n"
            "项目建设提速　　今年以来，全区新开工项目120个，总投资300亿元。\n"
            "企业服务升级　　全区新增市场主体5000家。\n")
    (art,) = parse_text(text, "glued.txt").articles
    sections = {s.title: s for s in art.sections}
    assert art.title == "城阳区加快项目建设"
    assert sections["项目建设提速"].text.startswith("今年以来")
    assert sections["企业服务升级"].text == "全区新增市场主体5000家。"
    for s in art.sections:        # offsets still find each figure in its section's text
        for f in s.figures:
            assert s.text[f.start:f.end] == f.raw
    # never a wire's dateline, a title of two phrases, or a rule's clause number
    doc = parse_text("抓生产　保供应\n\n　　本报北京2月13日电  （记者姜洁）日前，全区新开工项目120个。\n"
                     "　　第一条　　为了规范企业工资支付行为，保障2.9亿名农民工按时足额获得工资，制定本条例。\n",
                     "not-glued.txt")
    titles = [s.title for a in doc.articles for s in a.sections]
    assert titles == ["抓生产 保供应"]
    assert doc.articles[0].sections[0].text.startswith("本报北京2月13日电")
    assert "第一条" in doc.articles[0].sections[0].text


def test_a_news_agency_or_a_column_named_in_xun_is_no_dateline():
    body = "　　伊朗外交部长当天表示，伊方将继续履行协议，已有3个国家表示支持。\n"
    text = ("伊朗外长表态\n\n" + body + "　　另据伊朗官方通讯社20日报道，伊朗将举行会谈，涉及5个议题。\n")
    doc = parse_text(text, "agency.txt")
    assert len(doc.articles) == 1, [a.title for a in doc.articles]
    # "资讯" is a column's name, kept as a heading, not dropped as a wire's dateline
    page = ("有便利度才有满意度（生活漫步）\n\n" + body + "\n\n资讯\n\n"
            "　　人民旅游投诉平台小程序上线\n　　本报电  人民旅游投诉平台小程序日前上线，已受理投诉300件。\n")
    doc = parse_text(page, "page.txt")
    assert "资讯" in [s.title for a in doc.articles for s in a.sections] + [a.title for a in doc.articles]


def test_a_box_mark_before_a_part_of_the_story_signs_nothing():
    text = ("赏梅胜地越来越多\n\n"
            "　　本报北京1月23日电  北京市植物园的梅花进入观赏期，已有20个品种开放。\n"
            "　　\n　　■链接\n　　梅花和蜡梅\n"
            "　　不少人分不清楚梅花和蜡梅。梅花和蜡梅都是中国特有花卉，约有300个品种。\n")
    doc = parse_text(text, "box.txt")
    assert len(doc.articles) == 1, [a.title for a in doc.articles]
    assert doc.articles[0].byline != "链接"
    # a box mark before a name still signs its box
    from tui_browse.parser import lines
    assert lines.byline_name("■本报记者 王明") == "本报记者 王明"


def test_a_word_ending_in_xun_inside_a_sentence_opens_no_story():
    body = "　　1995年9月11日晚，刑侦大队接到报警，有3名歹徒持刀抢劫。\n"
    for line in ("　　正在分局值班的许庆闻讯后，当即带领民警赶到现场，抓获2人。\n",
                 "　　环球同业银行金融电讯协会（SWIFT）是全球最大的金融报文机构，服务1.1万家机构。\n"):
        doc = parse_text("许庆：保护战友 壮烈牺牲\n\n" + body + line, "x.txt")
        assert len(doc.articles) == 1, [a.title for a in doc.articles]
    # a box's label with its topic ("■小贴士·滑雪安全") signs nothing either
    from tui_browse.parser import lines
    assert lines.byline_name("■小贴士·滑雪安全") is None


def test_a_box_mark_before_a_heading_heads_a_section_and_signs_nothing():
    text = ("2019年国家科技奖获奖项目五大特点\n\n"
            "　　本报北京1月10日电  与往年相比，2019年国家科技奖获奖项目有5个特点。\n"
            "　　■ 特点一：青年人才已成为基础研究领域的有生力量\n"
            "　　国家自然科学奖获奖成果完成人平均年龄44.6岁。\n"
            "　　■ 特点二：科技创新引领绿色发展\n"
            "　　各行业的获奖成果彰显绿色发展理念，共有46项。\n")
    doc = parse_text(text, "x.txt")
    assert len(doc.articles) == 1
    titles = [s.title for s in doc.articles[0].sections]
    assert any("特点一" in t for t in titles) and any("特点二" in t for t in titles)
    assert "特点" not in (doc.articles[0].byline or "")


def test_a_box_marked_list_item_is_text():
    text = ("防控疫情，从自我保护做起\n\n"
            "　　读者来信建议，信息发布应更加及时，已收到来信300多封。\n"
            "　　\n　　个人预防\n　　◆尽量减少外出活动\n　　◆外出佩戴口罩\n　　◆保持手部卫生\n"
            "　　◆主动做好健康监测，自觉发热时主动测量体温\n")
    doc = parse_text(text, "x.txt")
    assert len(doc.articles) == 1 and doc.articles[0].byline != "尽量减少外出活动"
    assert "尽量减少外出活动" in "\n".join(s.text for s in doc.articles[0].sections)
    # items with a comma inside are items too: a run of them heads no sections, one per item
    text = ("防控疫情，从自我保护做起\n\n"
            "　　读者来信建议，信息发布应更加及时，已收到来信300多封。\n"
            "　　\n　　办公场所\n　　◆工作人员要自行健康监测，不要带病上班\n"
            "　　◆公用物品要定期清洗和消毒，保持环境卫生\n　　◆洗手间要配备洗手液，保证供水正常\n"
            "　　\n　　乘坐交通工具\n　　专家建议，乘车时尽量隔位而坐，车厢每天消毒3次。\n")
    titles = [s.title for s in parse_text(text, "x.txt").articles[0].sections]
    assert not any(t.startswith("◆") for t in titles)
    assert "办公场所" in titles
    # under a title before any text, such lines are its deck and stay headings
    deck = ("正确佩戴口罩 每天开窗通风\n\n　　●气溶胶不是主要传播途径，对流行的影响有限\n"
            "　　●建议每天至少保证有一定的时间开窗通风\n\n　　新冠病毒能通过气溶胶传播吗？专家作了解答。\n")
    heads = [s.title for s in parse_text(deck, "y.txt").articles[0].sections]
    assert any("气溶胶不是主要传播途径" in t for t in heads)


def test_who_laid_out_or_drew_the_page_is_no_ones_byline():
    for credit in ("版式设计：蔡华伟", "本版制图：沈亦伶", "——编  者"):
        text = ("春运首日\n\n　　今年春运共40天，全国旅客发送量预计达30亿人次。\n\n　　" + credit + "\n")
        doc = parse_text(text, "x.txt")
        assert doc.articles[0].byline != credit.strip(), credit
        assert credit in doc.articles[0].sections[-1].original     # kept with the text it closes
    text = "春运首日\n\n　　今年春运共40天，全国旅客发送量预计达30亿人次。\n　　（本报记者 王明）\n"
    assert parse_text(text, "x.txt").articles[0].byline == "本报记者 王明"
    # a photographer's credit keeps its agency's brackets whole
    text = "春运首日\n\n　　今年春运共40天，全国旅客发送量预计达30亿人次。\n\n　　李小云摄（人民视觉）\n"
    assert parse_text(text, "x.txt").articles[0].byline == "李小云摄（人民视觉）"


def test_a_line_of_reported_speech_is_text_not_a_heading():
    text = ("去年利用外资稳中有进\n\n"
            "　　本报北京1月21日电  去年全国实际使用外资9415亿元，增长5.8%。\n"
            "　　商务部外资司司长宗长青说，去年利用外资的表现有五个亮点：\n"
            "　　一是规模创新高，二是结构更优化。\n")
    doc = parse_text(text, "x.txt")
    assert not any("宗长青说" in s.title for s in doc.articles[0].sections)
    assert "宗长青说" in "\n".join(s.text for s in doc.articles[0].sections)


def test_in_a_paragraph_a_line_file_a_heading_is_not_glued_to_a_text_opening_with_a_short_clause():
    # copied from a web page: no indentation, one paragraph a line; the heading holds a comma and the
    # text under it opens "清早，…" (a line broken by layout would close at once: "…骄人\n业绩。")
    body = "这几年村里发展产业，家家户户都有了稳定的收入来源，日子越过越红火，大家干劲十足。"
    text = ("村里的新变化\n"
            f"{body}\n"
            "一户一策，扶起信心\n"
            "清早，村庄尚未醒来，老马已经赶着羊群出门了，他家去年养羊卖羊一共收入了5万多元。\n"
            f"{body}\n"
            "抓住机遇，走稳致富路\n"
            "傍晚，合作社里依旧忙碌，社员们正在分拣当天采摘的新鲜蔬菜，准备连夜装车运往城里的超市。\n")
    doc = parse_text(text, "web.txt")
    titles = [s.title for a in doc.articles for s in a.sections]
    assert "一户一策，扶起信心" in titles
    assert "抓住机遇，走稳致富路" in titles
    assert not any(t.startswith("一户一策，扶起信心清早") for t in titles)


def test_a_title_set_flush_over_one_indented_paragraph_is_not_its_first_words():
    text = "消毒机器人上岗了\n\n　　近日，某市工信局召集辖区企业，研发出可用于消毒的机器人12台，已投入使用。\n"
    doc = parse_text(text, "brief.txt")
    assert doc.articles[0].title == "消毒机器人上岗了"
    assert doc.articles[0].sections[-1].text.startswith("近日，")


def _wrapped_at_22(paragraph: str) -> list[str]:
    """A paragraph as a PDF's text sets it: opening indented, cut every 22 characters."""
    cut = [paragraph[i:i + 22] for i in range(0, len(paragraph), 22)]
    return ["　　" + cut[0], *cut[1:]]


def test_a_hard_wrapped_file_is_read_as_its_paragraphs_and_headings():
    # a PDF's text: paragraphs open indented and run on flush left, cut at 22 characters (once just
    # before a comma); the headings stand on their own lines
    paras = {
        "一企一策，扶起信心": "今年以来，临河区新开工项目32个，完成投资45亿元，同比增长12%，其中工业项目占六成以上，"
                          "带动就业岗位2000余个，为全年发展打下了坚实基础，也让更多群众在家门口就了业。",
        "抓住机遇，走稳发展路": "清早，园区里的生产线已经运转起来，工人们在车间里忙着装配新能源汽车零部件，订单排到了年底，"
                            "企业负责人说今年产值有望突破10亿元，明年还要再上一条新的生产线。",
        "服务到位，企业安心": "区里组建了20个服务专班，一对一帮助企业解决用工、融资和物流难题，累计协调贷款8亿元，"
                          "企业负责人都说，有这样的服务，在这里投资心里踏实。",
    }
    lines = ["项目建设提速", ""]
    for head, body in paras.items():
        lines += ["　　" + head, *_wrapped_at_22(body)]
    assert "，企业负责人说今年产值有望突破10亿元，明年" in lines     # (a cut just before a comma)
    doc = parse_text("\n".join(lines) + "\n", "wrapped.txt")
    sections = doc.articles[0].sections
    titles = [s.title for s in sections]
    assert all(head in titles for head in paras), titles
    assert [s.text for s in sections if s.text] == list(paras.values())
    assert {"45亿元", "10亿元", "8亿元"} <= {f.raw for s in sections for f in s.figures}


def test_a_hard_wrapped_file_with_a_blank_line_between_paragraphs_keeps_its_headings():
    # a fixed-width export: no indents, lines cut at 22 characters, a blank line after each
    # paragraph and heading; a heading with a comma over a paragraph that opens "清早，" stays a heading
    paras = {
        "一企一策，扶起信心": "清早，园区里的生产线已经运转起来，工人们在车间里忙着装配新能源汽车零部件，订单排到了年底，"
                          "企业负责人说今年产值有望突破10亿元。",
        "服务到位，企业安心": "去年，区里组建了20个服务专班，一对一帮助企业解决用工、融资和物流难题，累计协调贷款8亿元，"
                          "企业负责人都说在这里投资心里踏实。",
        "筑巢引凤，人才回流": "今年，园区新建人才公寓500套，吸引外出务工的年轻人回乡就业创业，已有300多人签约入驻，"
                          "他们大多在园区的企业里当上了技术骨干。",
        "抓住机遇，走稳发展路": "近年来，全区坚持项目为王，新开工项目32个，完成投资45亿元，同比增长12%，其中工业项目"
                            "占六成以上，为全年发展打下了坚实基础。",
    }
    lines = ["项目建设提速", "", "本报记者  王五", ""]
    for head, body in paras.items():
        lines += [head, "", *[body[i:i + 22] for i in range(0, len(body), 22)], ""]
    sections = parse_text("\n".join(lines), "wrapped2.txt").articles[0].sections
    titles = [s.title for s in sections]
    assert all(head in titles for head in paras), titles
    assert [s.text for s in sections if s.text] == list(paras.values())


def test_a_page_dump_without_indents_splits_where_two_blank_lines_set_a_story_apart():
    # an e-paper export with its indents stripped: paragraphs one per line, one after the other,
    # each story's title lines over a blank line, two blank lines or more between stories
    page = ("冬运会已完成赛事40项\n\n"
            "本报呼和浩特1月15日电  （记者李四）第十四届全国冬季运动会已完成赛事40项。\n"
            "根据报名情况统计，共有31个代表团参赛，运动员人数超过2000人。\n"
            "截至目前，比赛场馆已全部交付使用。\n\n\n"
            "农行助力农村电商\n探索新型电商金融机制 支持农村产业振兴\n\n"
            "产业兴，农村富。农业银行重庆市分行去年发放农户贷款30亿元。\n"
            "在融资对象上，分行覆盖了1200家合作社。\n")
    doc = parse_text(page, "page.txt")
    assert [a.title for a in doc.articles] == ["冬运会已完成赛事40项", "农行助力农村电商"]
    # where the page sets stories so, one blank line sets apart a title over a blank line too; a
    # sentence of the text between blank lines (a summary running on past a comma) opens nothing
    page += ("\n天文学家新发现6颗系外行星\n\n"
             "英国开放大学日前发布公报说，国际团队发现了6颗系外行星。\n"
             "据介绍，6颗行星的质量都在地球质量的2倍以上。\n\n"
             "这些行星距离地球约300光年，研究团队将继续观测它们的大气成分。\n\n"
             "团队计划明年再观测2次。\n")
    doc = parse_text(page, "page.txt")
    assert [a.title for a in doc.articles] == ["冬运会已完成赛事40项", "农行助力农村电商", "天文学家新发现6颗系外行星"]
    # one story whose headings stand between single blank lines stays one article
    story = ("乡村振兴见闻\n\n本报记者 王五\n村里去年种植果树500亩。\n合作社带动80户增收。\n\n"
             "产业兴旺\n\n果园年产值达到300万元。\n村民人均增收2000元。\n\n"
             "生态宜居\n\n全村新修道路12公里。\n")
    doc = parse_text(story, "story.txt")
    assert len(doc.articles) == 1 and [s.title for s in doc.articles[0].sections][-2:] == ["产业兴旺", "生态宜居"]


def test_a_page_dump_without_indents_splits_where_a_title_runs_into_its_story_or_after_a_sign_off():
    # the same export where a title runs straight into its wire dateline or first paragraph (two
    # blank lines above it), and a column of briefs whose stories each close with a wire credit,
    # one blank line between them
    page = ("冬运会筹备工作就绪\n\n"
            "本报呼和浩特1月15日电  （记者李四）第十四届全国冬季运动会筹备工作已经就绪，比赛场馆全部交付使用。\n"
            "根据报名情况统计，共有31个代表团参赛，运动员人数超过2000人。\n\n\n"
            "春耕物资供应充足\n为农业生产夯实基础\n"
            "本报北京2月17日电 （记者王五）记者从农业农村部获悉，目前全国春耕物资供应总体充足，价格基本稳定。\n"
            "化肥企业开工率达到60%以上，储备化肥800万吨。\n\n\n"
            "天文学家发现6颗系外行星\n"
            "英国开放大学日前发布公报说，国际团队借助新技术发现了6颗系外行星，它们距地球约300光年。\n"
            "（据新华社伦敦电 记者张三）\n\n"
            "新型材料提升电池寿命\n"
            "澳大利亚研究人员日前开发出一种新型电极材料，可使电池寿命延长约30%，并大幅降低成本。\n"
            "（据新华社悉尼电 记者李四）\n\n\n"
            "凝聚奋进的强大力量\n"
            "当前，各地各部门坚持统筹推进，努力把各方面的积极性调动起来，形成推动发展的强大合力。\n"
            "（执笔：王五）\n\n"
            "区域经济研究的新成果\n——《区域经济学》简评\n"
            "张三等编著的《区域经济学》一书系统梳理了区域发展的理论与实践，全书共12章。\n")
    doc = parse_text(page, "page.txt")
    # (a deck under "——" joins its title: "区域经济研究的新成果——《区域经济学》简评")
    assert [a.title.split("——")[0] for a in doc.articles] == [
        "冬运会筹备工作就绪", "春耕物资供应充足", "天文学家发现6颗系外行星", "新型材料提升电池寿命", "凝聚奋进的强大力量",
        "区域经济研究的新成果"]
    # (a box's label over its text stays in its story)
    story = ("乡村振兴见闻\n\n本报记者 王五\n村里去年种植果树500亩，合作社带动80户增收，果园年产值达到300万元。\n\n\n"
             "核心阅读\n果园年产值达到300万元，村民人均增收2000元，全村新修道路12公里。\n")
    assert len(parse_text(story, "story.txt").articles) == 1


def test_a_city_s_section_is_not_won_by_its_province_against_the_city_s_own_places():
    # two figures of the province against one of the city and one of a zone inside it: the city's
    text = ("株洲 雁阵齐飞\n\n　　本报记者 王五\n\n"
            "　　株洲市承接产业转移成效明显。\n"
            "　　新兴产业集群发展\n"
            "　　株洲市今年引进电子企业40家。\n"
            "　　株洲高新区的新工厂员工就有1000多人。\n"
            "　　这个项目是湖南省100个重点产业项目之一，湖南省还安排了专项资金3亿元。\n")
    doc = parse_text(text, "cluster.txt")
    assert [s.region for a in doc.articles for s in a.sections if s.title == "新兴产业集群发展"] == ["株洲市"]


def test_a_hard_wrapped_line_cut_right_after_a_sentence_runs_on_into_the_flush_line_under_it():
    # cut at 22 characters; one cut falls just after a quote's closing mark, and the line under it,
    # set flush, still belongs to that paragraph ("…10亿元。”" / "企业负责人张三说。…")
    paras = [
        "今年以来，临河区新开工项目32个，完成投资45亿元，同比增长12%，其中工业项目占六成以上，"
        "带动就业岗位2000余个，为全年发展打下了坚实基础，也让更多群众在家门口就了业。",
        "“订单都排到了年底，产值有望突破10亿元。”企业负责人张三说。园区里的生产线已经运转起来，"
        "工人们在车间里忙着装配新能源汽车零部件，明年还要再上一条新的生产线。",
        "区里组建了20个服务专班，一对一帮助企业解决用工、融资和物流难题，累计协调贷款8亿元，"
        "企业负责人都说，有这样的服务，在这里投资心里踏实。",
    ]
    lines = ["项目建设提速", ""]
    for body in paras:
        lines += _wrapped_at_22(body)
    assert "　　“订单都排到了年底，产值有望突破10亿元。”" in lines and "企业负责人张三说。园区里的生产线已经运转起来" in lines
    doc = parse_text("\n".join(lines) + "\n", "wrapped.txt")
    assert [s.text for s in doc.articles[0].sections if s.text] == ["\n".join(paras)]
