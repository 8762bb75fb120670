"""Each figure under the place it is about: labelled passages of our own, one per rule, with what
must not happen beside what must."""
from tui_browse.parser import parse_text


def figures_by_raw(doc) -> dict[str, str]:
    return {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}


def parents(doc) -> dict[str, str | None]:
    return {r.name: r.parent for r in doc.regions}


ROUNDUP = """各地多措并举支持企业复工复产

　　江苏　多措并举支持企业
　　江苏省出台支持中小企业的十条措施，已为企业减免房租3.2亿元。
　　全省新增贷款额度超过500亿元。
　　宁夏　支持中小微企业发展
　　宁夏回族自治区设立专项资金2亿元，帮助企业渡过难关。
　　已有1200家企业复工。
　　江西　助力企业复工复产
　　江西省为企业协调防疫物资，累计发放口罩80万只。
"""


def test_a_roundup_files_each_paragraph_under_the_place_that_leads_it():
    doc = parse_text(ROUNDUP, "roundup.txt")
    placed = figures_by_raw(doc)
    assert placed["3.2亿元"] == placed["500亿元"] == "江苏省"
    assert placed["2亿元"] == placed["1200家"] == "宁夏回族自治区", "宁夏 resolves to its full name"
    assert placed["80万只"] == "江西省"
    assert {r.name for r in doc.regions} >= {"江苏省", "宁夏回族自治区", "江西省"}


def test_a_figure_in_a_sentence_naming_a_town_belongs_to_the_town():
    text = ("内蒙古扎赉特旗推进稻田养殖\n\n"
            "　　扎赉特旗今年种植水稻80万亩。好力保镇新建稻田养蟹基地3000亩，带动农户120户。\n")
    doc = parse_text(text, "town.txt")
    placed = figures_by_raw(doc)
    assert placed["80万亩"] == "扎赉特旗"
    assert placed["3000亩"] == "好力保镇" and placed["120户"] == "好力保镇"
    assert parents(doc)["好力保镇"] == "扎赉特旗" and parents(doc)["扎赉特旗"] == "兴安盟"


def test_a_town_found_in_many_counties_is_settled_by_the_places_around_it():
    # 新桥镇 is the name of towns in many counties; the county named before it settles which
    text = "松江区新桥镇加快项目建设\n\n　　上海市松江区新桥镇今年新引进企业45家，完成投资12亿元。\n"
    doc = parse_text(text, "xinqiao.txt")
    assert parents(doc)["新桥镇"] == "松江区"
    assert figures_by_raw(doc)["45家"] == "新桥镇"


def test_a_town_of_many_counties_that_nothing_settles_gets_no_guessed_parent():
    text = "新桥镇项目建设提速\n\n　　今年以来，新桥镇新签约项目8个，计划总投资5亿元。\n"
    doc = parse_text(text, "alone.txt")
    assert "新桥镇" in parents(doc)
    assert parents(doc)["新桥镇"] is None


def test_zones_sit_under_the_place_they_are_named_after():
    text = ("四川成都高新区和江苏苏州高新区加快发展\n\n"
            "　　四川成都高新区去年实现营业收入2800亿元。\n"
            "　　苏州高新区新增高新技术企业150家。\n")
    doc = parse_text(text, "zones.txt")
    p = parents(doc)
    assert p["成都高新区"] == "成都市" and p["成都市"] == "四川省"
    assert "四川成都高新区" not in p, "one region for the zone, not two"
    assert p["苏州高新区"] == "苏州市"
    placed = figures_by_raw(doc)
    assert placed["2800亿元"] == "成都高新区" and placed["150家"] == "苏州高新区"


def test_a_name_with_a_place_prefix_is_split_into_its_chain():
    text = "天津西青区王稳庄镇建设现代农业\n\n　　天津西青区王稳庄镇今年新建温室大棚60座。\n"
    doc = parse_text(text, "path.txt")
    p = parents(doc)
    assert "天津西青区王稳庄镇" not in p
    assert p["王稳庄镇"] == "西青区" and p["西青区"] == "天津市"
    assert figures_by_raw(doc)["60座"] == "王稳庄镇"


def test_national_figures_are_national_and_a_national_phrase_is_not():
    text = ("青岛市推进数字经济发展\n\n"
            "　　全国规模以上工业增加值增长5.7%。\n"
            "　　青岛市引进打造我国首个卫星互联网项目，总投资41亿元。\n")
    doc = parse_text(text, "nation.txt")
    placed = figures_by_raw(doc)
    assert placed["5.7%"] == "全国"
    assert placed["41亿元"] == "青岛市"
    assert parents(doc)["全国"] is None


def test_phrases_never_become_regions():
    text = ("乡村振兴见成效\n\n"
            "　　我们不断提高乡村治理水平，返乡创业人员达到300人。高铁站修到了镇上，发展乡村旅游，"
            "打造全国样板园区，接待游客12万人次。\n")
    doc = parse_text(text, "phrases.txt")
    names = {r.name for r in doc.regions}
    for phrase in ("不断提高乡", "返乡", "高铁站修到了镇", "打造全国样板园区", "发展乡"):
        assert not any(phrase in n for n in names), phrase


def test_a_town_whose_name_is_a_word_is_the_word_where_no_province_is_named():
    text = ("便利店模式面临拐点\n\n"
            "　　日本便利店行业竞争激烈。在乡村或者小城镇，便利店就是当地的购物中心，一个路口就有4家便利店。\n"
            "　　去年底，公司被曝拖欠加班费，涉及约3万名员工。\n")
    doc = parse_text(text, "shops.txt")
    assert "小城镇" not in {r.name for r in doc.regions}
    assert "小城镇" not in figures_by_raw(doc).values()
    # a preposition before a word is no town ("快于城镇": 海盐县 has a 于城镇), after its county it is
    compared = parse_text("消费释放\n\n　　浙江省网上零售额增长12%。乡村消费品零售总额增长9%，增速快于城镇1.1个百分点。\n", "yu.txt")
    assert "于城镇" not in {r.name for r in compared.regions}
    named = parse_text("海盐县发展\n\n　　浙江海盐县于城镇今年新建厂房3万平方米。\n", "haiyan.txt")
    assert figures_by_raw(named)["3万平方米"] == "于城镇"
    # a county inside a word running across its start ("红海城市": 辽宁's 海城市), unless after its province
    foreign = parse_text("也门局势\n\n　　军队将被派往西部红海城市荷台达等地作战，涉及20名人员。\n", "yemen.txt")
    assert "海城市" not in {r.name for r in foreign.regions}
    haicheng = parse_text("海城发展\n\n　　辽宁海城市今年新建项目20个。\n", "haicheng.txt")
    assert figures_by_raw(haicheng)["20个"] == "海城市"


def test_a_place_one_travels_to_or_learns_from_is_not_what_the_sentence_is_about():
    text = ("莱山区招商引资\n\n"
            "　　莱山区今年赴济南等地开展招商，签约项目12个。借鉴苏州工业园区经验，建成载体30万平方米。"
            "莱山区向城阳区支付协作资金500万元。\n")
    placed = figures_by_raw(parse_text(text, "trip.txt"))
    assert placed["12个"] == "莱山区" and placed["30万平方米"] == "莱山区"
    assert placed["500万元"] == "莱山区", "the one paid (向城阳区) is not who pays"


def test_a_town_right_after_a_zone_lies_in_the_unit_the_zone_belongs_to():
    # 龙山镇 is a town of 慈溪 and of 永康, both in 浙江: the zone named before it is 慈溪's; and
    # 琅琊镇 (three counties) after 青岛's new area is 青岛's, whatever else a roundup names
    text = ("各地企业加快复工\n\n"
            "　　在浙江慈溪滨海开发区，龙山镇帮助企业招工300人。\n"
            "　　四川渠县新开工项目15个。\n"
            "　　在青岛西海岸新区琅琊镇，党员设立卡点12个。\n")
    doc = parse_text(text, "zone_town.txt")
    assert parents(doc)["龙山镇"] == "慈溪市"
    assert parents(doc)["琅琊镇"] == "黄岛区", "not 渠县's 琅琊镇, though the story names 渠县"
    placed = figures_by_raw(doc)
    assert placed["300人"] == "龙山镇" and placed["12个"] == "琅琊镇" and placed["15个"] == "渠县"


def test_a_town_of_several_provinces_is_the_one_of_the_only_province_the_story_names():
    # 玉麦乡 is in Tibet and in Xinjiang; the story names Tibet by its short form only
    text = "边疆记者的故事\n\n　　西藏的记者走进玉麦乡，一年采写稿件300多篇。\n"
    doc = parse_text(text, "yumai.txt")
    assert parents(doc)["玉麦乡"] == "隆子县"
    # where the story names two provinces, neither settles a town of both
    two = parse_text("边疆记者的故事\n\n　　西藏和新疆的记者走进玉麦乡，采写稿件300多篇。\n", "yumai2.txt")
    assert parents(two)["玉麦乡"] is None


def test_a_verb_between_a_place_and_a_hospital_makes_no_organisation():
    # "宁波建成方舱医院" is what 宁波 built, not a hospital called 宁波…医院 (which would leave the
    # province the sentence's only subject)
    text = "各地抗疫动态\n\n　　本报记者 张三\n\n　　目前，浙江宁波建成方舱医院3座。\n"
    placed = figures_by_raw(parse_text(text, "ward.txt"))
    assert placed["3座"] == "宁波市"


def test_an_organisation_heading_its_clause_is_in_the_place_it_is_named_after():
    # the hospital's own staff are its city's, not the province the path starts with; a list of
    # cities whose hospitals a province draws on stays the province's; a sentence later is not theirs
    text = ("各地医务人员请战\n\n　　本报记者 张三\n\n"
            "　　浙江嘉兴市第二医院党委发出倡议，全院300余名医务工作者纷纷请战。\n"
            "　　浙江省从宁波、温州两地医院抽调80名护士驰援湖北。全省已派出医疗队员500名。\n")
    placed = figures_by_raw(parse_text(text, "hospital.txt"))
    assert placed["300余名"] == "嘉兴市"
    assert placed["80名"] == placed["500名"] == "浙江省"


def test_an_organisation_after_an_ellipsis_heads_its_clause():
    # a run of quotes closed by "……" ends a clause: the hospital after it is the subject, not the
    # city an earlier anecdote named in passing
    text = ("请战书\n\n　　本报记者 张三\n\n　　老李和老伴都在合肥市公交公司工作，经常加班。\n"
            "　　“我报名”“我也报名”……苏州市第一医院组建医疗队的微信群里，1个小时，"
            "2名领队、40名护士名单很快确定下来。\n")
    placed = figures_by_raw(parse_text(text, "quotes.txt"))
    assert placed["2名"] == placed["40名"] == "苏州市"


def test_a_company_named_with_a_city_s_short_form_is_in_that_city():
    # "青岛海诺…有限公司" is a firm of 青岛: its own clause's figures are 青岛's, not the paragraph's
    # zone's; one university of a list that a figure counts ("…等36所高校") places nothing
    text = ("企业接力保供应\n\n　　本报记者 张三\n\n　　北京经济技术开发区的企业加紧复工，已有120家复产。"
            "2月3日，由青岛海诺医疗科技有限公司生产的首批4000个口罩出厂，运往武汉。\n"
            "　　教育部近日发文，在北京大学、中国人民大学、清华大学等36所高校开展招生改革试点。\n")
    placed = figures_by_raw(parse_text(text, "firms.txt"))
    assert placed["4000个"] == "青岛市"
    assert placed["120家"] == "北京经开区"       # (its one spelling)
    assert placed["36所"] == "全国"


def test_an_organisation_after_you_organising_is_its_clause_s_agent():
    # "由X协会主办的展览…收到投稿N件": the association's province, not the roundup's last one
    text = ("各地文艺战疫\n\n　　本报记者 张三\n\n　　辽宁省文联发起线上创作活动。\n"
            "　　近日，由山西省书法家协会主办的网络书法展开展，截至5日，已收到各地投稿1800多件。\n")
    assert figures_by_raw(parse_text(text, "agent.txt"))["1800多件"] == "山西省"


def test_every_province_together_is_the_country():
    # "各省区市…" counts over all the provinces: the country's, not the county the section is about
    text = ("农村广播助力防疫\n\n　　本报记者 张三\n\n　　安徽利辛县用大喇叭宣传防疫知识。\n"
            "　　据统计，各省区市5000个乡镇共使用应急广播设备100万只，覆盖人口达1亿。\n")
    placed = figures_by_raw(parse_text(text, "radio.txt"))
    assert placed["5000个"] == placed["100万只"] == placed["1亿"] == "全国"


def test_a_city_whose_short_form_is_a_word_is_the_city_alone_after_zai():
    # 开封 is also "to unseal": alone after 在 and before a comma it is the city
    text = "黄河沿线见闻\n\n　　本报记者 张三\n\n　　在开封，今年新建停车场12个。\n"
    assert figures_by_raw(parse_text(text, "kaifeng.txt"))["12个"] == "开封市"
    seal = parse_text("档案整理\n\n　　本报记者 张三\n\n　　工作人员打开封条，取出文件3份。\n", "seal.txt")
    assert "开封市" not in {r.name for r in seal.regions}


def test_the_country_opening_a_quotation_is_its_subject():
    # a quoted report opening with 全国 speaks of the country
    text = ("整治利用特殊资源谋私\n\n　　本报记者 张三\n\n　　湖南省纪委开展专项整治。\n"
            "　　“全国共查处此类问题2800个，处理4200人。”有关负责人介绍。\n")
    placed = figures_by_raw(parse_text(text, "quote.txt"))
    assert placed["2800个"] == placed["4200人"] == "全国"
    # a headline quoting someone on the country, then naming whom it visits there, is that place's
    visit = parse_text("“中国将取得更多创新成果”\n——访厦门大学化学学院院长\n\n"
                       "　　学院今年引进外籍教授20名，在5个方面开展改革。\n", "visit.txt")
    assert visit.articles[0].region != "全国"
    assert figures_by_raw(visit)["20名"] == "厦门市"


def test_a_county_named_in_full_is_the_subject_by_its_short_form_before_a_verb():
    # the story names 泗洪县 in full; "这些年，泗洪设立了…" is the county acting
    text = ("变化看老乡\n\n　　本报记者 张三\n\n　　江苏省泗洪县上塘镇村民种稻500亩。\n"
            "　　说起新变化，县农业农村局局长很高兴。\n　　这些年，泗洪设立了1000万元创业贷款基金。\n")
    assert figures_by_raw(parse_text(text, "sihong.txt"))["1000万元"] == "泗洪县"


def test_a_dateline_city_is_not_the_subject_where_the_title_names_the_province():
    # a provincial story filed from the capital: its later paragraphs are the province's
    text = ("福建出台20条措施支持民营企业\n\n　　本报福州1月13日电  （记者李四）近日，福建省政府发布措施共20条。\n"
            "　　据了解，符合条件的企业可获得补贴300万元，还可获得贡献70%的奖励。\n")
    placed = figures_by_raw(parse_text(text, "dateline.txt"))
    assert placed["300万元"] == placed["70%"] == "福建省"


def test_where_a_meeting_is_held_is_not_what_the_story_is_about():
    # a national official's figures at a forum held in a provincial capital are the country's
    text = ("医疗服务论坛举行\n\n　　本报电  2019医疗服务论坛日前在湖南省长沙市举行。国家卫健委负责人在论坛上"
            "介绍，近年来我国持续改善医疗服务。\n　　一年来，开展预约诊疗的医院达到3300余家。\n")
    doc = parse_text(text, "forum.txt")
    assert doc.articles[0].region == "全国"
    assert figures_by_raw(doc)["3300余家"] == "全国"
    # the place that hosts an event it runs is still its subject
    local = parse_text("长沙举办招商活动\n\n　　长沙市日前举办招商推介活动，签约项目35个。\n", "fair.txt")
    assert figures_by_raw(local)["35个"] == "长沙市"


def test_an_organisation_right_before_a_figure_of_its_own_clause_places_it():
    # the pay of a job at a firm of 浙江 is 浙江's (辞去 is to quit, not to go); a list of hospitals
    # ending in 等 is not one organisation's
    text = ("佳木斯农机创业\n\n　　本报记者 张三\n\n　　佳木斯市今年新增企业30家。2015年，王慧辞去浙江一家公司"
            "50万元年薪的职位，回到家乡创业。\n　　来自长沙市第一医院、常德市第一人民医院等7家医院的27名护士出发。\n")
    placed = figures_by_raw(parse_text(text, "pay.txt"))
    assert placed["50万元"] == "浙江省"
    assert placed["30家"] == "佳木斯市"
    assert placed["27名"] != "常德市"


def test_a_number_right_before_sheng_shi_counts_provinces_whatever_follows():
    # "11省市检察机关" are eleven provinces' procuratorates (the country's, being ten or more); "44个
    # 省市重点项目" are projects of two levels, and "两省市" are two neighbours, not the country
    text = ("法治年报\n\n　　本报记者 张三\n\n　　哈尔滨市呼兰区破获案件5起。2019年，沿江11省市检察机关共立案"
            "公益诉讼案件30212件。\n　　黑龙江省今年安排44个省市重点项目，总投资300亿元。\n")
    placed = figures_by_raw(parse_text(text, "count.txt"))
    assert placed["30212件"] == "全国"
    assert placed["300亿元"] == "黑龙江省"
    two = parse_text("川渝合作\n\n　　重庆市荣昌区与四川内江合作。两省市签署专项合作协议16个。\n", "two.txt")
    assert figures_by_raw(two)["16个"] != "全国"


def test_where_a_unit_lies_is_its_setting_not_the_subject():
    # "固原市地处宁夏南部": the city is the subject; "…试点区位于青海省" (no unit before 位于) is the province's
    text = ("宁夏政协调研\n\n　　本报记者 张三\n\n　　宁夏回族自治区政协组织委员调研。固原市地处宁夏南部山区，"
            "所辖的5个县区为国家级贫困县。\n　　三江源试点区位于青海省，总面积12.31万平方公里。\n")
    placed = figures_by_raw(parse_text(text, "lies.txt"))
    assert placed["5个"] == "固原市"
    assert placed["12.31万平方公里"] == "青海省"


def test_an_organisation_named_after_a_province_is_not_the_province():
    text = "市北区发展新航运\n\n　　市北区集聚了山东省港口集团总部等企业，新增航运企业70余家。\n"
    placed = figures_by_raw(parse_text(text, "org.txt"))
    assert placed["70余家"] == "市北区"


def test_a_unit_named_by_its_kind_alone_is_the_unit_of_that_kind_the_text_is_in():
    text = ("莱西市店埠镇发展特色农业\n\n"
            "　　店埠镇今年新建蔬菜大棚300个。\n"
            "　　如今全市龙头企业达到85家，该市新增农民合作社40个。\n"
            "　　店埠镇新增家庭农场12个，人均收入高于全市平均水平8%。\n")
    placed = figures_by_raw(parse_text(text, "collective.txt"))
    assert placed["300个"] == "店埠镇"
    assert placed["85家"] == placed["40个"] == "莱西市", "全市 and 该市 are the city the town lies in"
    assert placed["12个"] == "店埠镇"
    assert placed["8%"] == "店埠镇", "the base of a comparison (高于全市) is not what the figure is about"


def test_a_zone_named_by_its_kind_alone_is_the_zone_the_story_named():
    text = ("济南高新区培育新产业\n\n"
            "　　济南高新区今年引进项目40个。\n"
            "　　济南市每年投入专项资金1000万元，高新区每年配套1500万元。\n")
    placed = figures_by_raw(parse_text(text, "bare_zone.txt"))
    assert placed["1500万元"] == "济南高新区"
    assert placed["1000万元"] == "济南市"


def test_figures_in_a_quote_belong_to_the_place_of_the_speaker_named_after_it():
    text = ("盐池县改善村卫生室条件\n\n"
            "　　“我们已发放宣传手册3000多份，上门服务30多次。”宁夏盐池县花马池镇沟沿村村医王明说，"
            "盐池县共有村卫生室102所。\n")
    placed = figures_by_raw(parse_text(text, "quote.txt"))
    assert placed["3000多份"] == placed["30多次"] == "花马池镇"
    assert placed["102所"] == "盐池县", "the place written nearest before a figure is its place"


def test_the_village_that_shares_its_towns_name_is_the_town():
    text = ("扎赉特旗发展稻田养殖\n\n"
            "　　扎赉特旗今年种植水稻80万亩，好力保镇建成稻田养蟹基地。\n"
            "　　扎赉特旗还新建农机合作社20个。\n"
            "　　村民老付所在的好力保村有耕地9041亩。\n")
    placed = figures_by_raw(parse_text(text, "village.txt"))
    assert placed["80万亩"] == placed["20个"] == "扎赉特旗"
    assert placed["9041亩"] == "好力保镇"


def test_the_field_a_thing_is_ranked_in_is_not_its_place():
    text = ("东丽区培育孵化器\n\n"
            "　　东丽区今年新增孵化器3家。\n"
            "　　执信孵化器落户东丽华明高新区，建成天津市首家医疗冷链平台，服务企业80家。\n")
    placed = figures_by_raw(parse_text(text, "ranked.txt"))
    assert placed["80家"] == "东丽华明高新区"


def test_a_person_introduced_with_a_place_carries_it_into_the_paragraphs_about_them():
    text = ("城口县发展生态护林\n\n"
            "　　城口县今年聘用护林员200多名。家住北屏乡北屏村的郑秀兰也成了护林员。\n"
            "　　城口县还新增造林面积3万亩。\n"
            "　　郑秀兰家年收入6万多元，护林收入5000元。\n"
            "　　张浦镇的金华村，建成村民广场2个。\n")
    doc = parse_text(text, "person.txt")
    placed = figures_by_raw(doc)
    assert placed["200多名"] == placed["3万亩"] == "城口县"
    assert placed["6万多元"] == placed["5000元"] == "北屏乡"
    assert "金华" not in {r.name for r in doc.regions}


def test_a_figure_right_after_the_whole_country_is_national_but_a_share_of_it_is_not():
    text = ("衡阳承接产业转移\n\n"
            "　　作为全国26个老工业基地城市之一，衡阳市今年引进项目40个。\n"
            "　　衡阳市冻品进口约占全国30%。\n")
    placed = figures_by_raw(parse_text(text, "national.txt"))
    assert placed["26个"] == "全国"
    assert placed["40个"] == placed["30%"] == "衡阳市"


def test_a_company_with_a_long_name_after_a_province_is_not_the_province():
    text = ("济南高新区发展人力资本产业\n\n"
            "　　济南高新区今年引进企业30家。\n"
            "　　山东省人力资本产业创业投资有限公司领投1000万元。\n")
    placed = figures_by_raw(parse_text(text, "company.txt"))
    assert placed["1000万元"] == "济南高新区"


def test_a_village_of_a_town_the_story_names_is_filed_under_that_town():
    # 丁山村 is a village of 永修县's 吴城镇 in the gazetteer; the story never says so
    text = ("永修县保护候鸟湿地\n\n"
            "　　永修县今年发放生态补偿款500万元。吴城镇建成观鸟平台3座。\n"
            "　　永修县还新建候鸟保护站2个。\n"
            "　　丁山村村民老李说，村里用补偿款修路1.5公里。\n")
    placed = figures_by_raw(parse_text(text, "village_of_town.txt"))
    assert placed["500万元"] == placed["2个"] == "永修县"
    assert placed["1.5公里"] == "吴城镇"


def test_all_the_district_leads_its_own_paragraph_not_the_rest_of_the_street_s_section():
    text = ("解甲庄街道抓项目促发展\n\n"
            "　　全区项目建设动员大会召开，全区签约项目120个。\n"
            "　　推动在谈项目快签约，保障重点项目3个加快建设。\n")
    placed = figures_by_raw(parse_text(text, "collective_lead.txt"))
    assert placed["120个"] == "莱山区", "全区 in a street's story is the district the street lies in"
    assert placed["3个"] == "解甲庄街道"


PAGE = ("城阳区加快重点项目建设\n\n"
        "　　本报记者　王明\n"
        "　　今年以来，城阳区新开工重点项目35个，完成投资120亿元，同比增长12.5%。\n"
        "　　抓项目　促发展\n"
        "　　城阳区将继续优化营商环境，新增市场主体8000户。\n\n\n"
        "胶州市冬季招商签约活动举行\n"
        "——现场签约项目18个\n\n"
        "　　本报讯　胶州市日前举行冬季招商签约活动，签约项目18个，总投资260亿元。\n\n\n"
        "莱西市农业产业化迈出新步伐\n\n"
        "　　莱西市今年新增农业龙头企业12家，带动农户3万户。\n")


def test_a_page_of_three_stories_yields_three_articles_and_section_headings_do_not_split():
    doc = parse_text(PAGE, "page.txt")
    titles = [a.title for a in doc.articles]
    assert len(titles) == 3, titles
    assert titles[0] == "城阳区加快重点项目建设"
    assert titles[1].startswith("胶州市冬季招商签约活动举行")
    assert titles[2] == "莱西市农业产业化迈出新步伐"
    first = doc.articles[0]
    assert [s.title for s in first.sections][-1] == "抓项目 促发展", "an indented heading is a section"
    assert [a.region for a in doc.articles] == ["城阳区", "胶州市", "莱西市"]
    assert figures_by_raw(doc)["260亿元"] == "胶州市"


def test_front_matter_and_web_page_chrome_are_not_text_but_their_metadata_is_kept():
    text = ("---\ntitle: 胶州市重点项目建设提速\ndate: 2024-03-05\nauthor: 某某\n---\n\n"
            "首页 > 新闻中心 > 区市动态\n发布时间：2024-03-06 09:30\n分享到：\n\n"
            "胶州市重点项目建设提速\n\n　　今年以来，胶州市新开工项目45个，总投资320亿元。\n")
    doc = parse_text(text, "page.md")
    (art,) = doc.articles
    assert art.title == "胶州市重点项目建设提速" and art.date == "2024-03-05"
    texts = " ".join(s.title + s.text for s in art.sections)
    for chrome in ("首页", "发布时间", "分享到", "title:", "author"):
        assert chrome not in texts, chrome
    assert [f.raw for s in art.sections for f in s.figures] == ["45个", "320亿元"]


def test_a_web_page_date_line_dates_the_article():
    doc = parse_text("当前位置：首页 » 要闻\n发布日期：2023年11月2日\n\n城阳区新增企业20家\n\n"
                     "　　城阳区今年新增企业20家。\n", "web.txt")
    assert doc.articles[0].date == "2023-11-02"


def test_a_name_two_provinces_share_is_the_one_of_the_province_the_story_is_about():
    text = ("重庆探索生态补偿\n\n　　重庆市江北区与酉阳县签订协议，江北区向酉阳县支付1.875亿元。"
            "重庆市今年还将推广这一做法。浙江也有类似探索。\n")
    doc = parse_text(text, "jiangbei.txt")
    assert {r.name: r.parent for r in doc.regions}["江北区"] == "重庆市"


def test_bylines_sign_offs_and_photo_credits_are_never_headings():
    text = ("用好财政资金\n\n　　各地加大投入。\n　　——编\u00a0者\n\n"
            "　　江西南昌：加大资金投入\n　　本报记者\u00a0朱\u00a0磊\n　　南昌市今年投入资金4亿元。\n"
            "　　图片说明：\n　　杨 华摄（人民视觉）\n")
    titles = [s.title for a in parse_text(text, "credits.txt").articles for s in a.sections]
    for furniture in ("——编 者", "本报记者 朱 磊", "图片说明：", "杨 华摄（人民视觉）"):
        assert furniture not in titles, furniture


def test_a_county_short_form_before_de_is_a_word():
    text = "盐池县建设村卫生室\n\n　　宁夏盐池县两年前新建的沟沿村卫生室，覆盖了周边6个村。\n"
    assert figures_by_raw(parse_text(text, "xinjian.txt"))["6个"] == "盐池县"


def test_a_story_of_a_page_never_takes_the_county_another_story_is_about():
    text = ("有序做好企业复工复产工作\n\n"
            "　　各地统筹抓好疫情防控和经济社会发展，企业复工复产有序推进。\n"
            "\n"
            "成都市青羊区——\n"
            "助力开工\n"
            "本报记者 王明峰\n"
            "　　成都市青羊区为企业协调口罩2.4万件，青羊区已有27家企业复工。\n"
            "\n"
            "有米科技——\n"
            "线上调研\n"
            "本报记者 李 刚\n"
            "　　位于广州市番禺区的有米科技，员工在家办公，本周完成线上调研30场。\n")
    doc = parse_text(text, "page.txt")
    regions = {a.title: a.region for a in doc.articles}
    assert regions.get("有序做好企业复工复产工作") != "青羊区"
    online = next(a for a in doc.articles if "线上调研" in a.title)
    assert online.region in ("广州市", "番禺区")
    placed = {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}
    assert placed["30场"] == "番禺区" and placed["27家"] == "青羊区"


def test_a_county_short_form_right_after_its_city_is_the_county():
    # the document names 北京 only by its short form; "北京密云" is still a path
    text = "冬奥场馆加紧建设\n\n　　在北京密云水库旁，400名工人已经返岗。河北张家口崇礼的场馆完成投资30亿元。\n"
    placed = figures_by_raw(parse_text(text, "path.txt"))
    assert placed["400名"] == "密云区"
    assert placed["30亿元"] == "崇礼区"


def test_a_place_after_home_words_is_a_place_whatever_follows_it():
    text = ("返乡创业\n\n　　2016年，他回到家乡绥化创办了一家农机公司。\n"
            "　　公司的研发项目中有5个获得了专利。\n")
    assert figures_by_raw(parse_text(text, "home.txt"))["5个"] == "绥化市"


def test_a_short_form_that_is_a_word_is_not_a_county_after_a_city():
    # "北京东城" names a district, but "北京大学" is no place: 大学 is not a county's short form
    text = "高校科研\n\n　　北京大学今年获得科研经费30亿元。\n"
    assert figures_by_raw(parse_text(text, "word.txt"))["30亿元"] in ("北京市", "未标明地区", None, "")


def test_a_broader_place_named_after_the_one_leading_a_paragraph_is_its_setting_not_its_subject():
    text = ("城阳区重点项目加快建设\n\n"
            "　　城阳区今年开工项目120个。\n"
            "　　惜福镇街道，是城阳区产业发展的主阵地，规划建设智能制造园。目前已落户企业36家。\n"
            "　　城阳区新开工项目中，有18个在流亭街道。\n")
    placed = figures_by_raw(parse_text(text, "setting.txt"))
    assert placed["36家"] == "惜福镇街道", "the paragraph is about the street that leads it"
    assert placed["120个"] == "城阳区"


def test_a_town_name_inside_a_word_is_not_the_town():
    # 中城镇 is a town in Yunnan; "其中城镇居民" is "among them, urban residents"
    text = ("全国居民收入稳步增长\n\n"
            "　　全国居民人均可支配收入30733元。其中城镇居民人均可支配收入42359元，增长5.0%。\n")
    doc = parse_text(text, "national.txt")
    assert "中城镇" not in {r.name for r in doc.regions}
    assert figures_by_raw(doc)["42359元"] != "中城镇"


def test_the_central_purse_is_national_even_after_qizhong():
    text = ("北京市加大疫情防控投入\n\n"
            "　　各级财政已安排疫情防控补助资金901.5亿元，其中中央财政安排252.9亿元。北京市安排资金12亿元。\n")
    placed = figures_by_raw(parse_text(text, "purse.txt"))
    assert placed["252.9亿元"] == "全国"
    assert placed["12亿元"] == "北京市"


def test_a_figure_counting_over_a_list_of_places_is_of_the_unit_that_holds_them():
    text = ("山东沿海城市港口建设提速\n\n"
            "　　山东省加快港口建设。青岛、烟台和威海等3市共有120个项目开工。\n"
            "　　北京、上海、广东等11个省市的企业前来洽谈。\n")
    placed = figures_by_raw(parse_text(text, "list.txt"))
    assert placed["120个"] == "山东省", "three cities of one province: the province"
    assert placed["11个"] == "全国", "provinces of several: the country, not the last one named"


def test_figures_after_fen_bie_take_the_listed_places_in_turn():
    text = ("山东沿海城市港口建设提速\n\n"
            "　　山东省加快港口建设。青岛市、烟台市分别投资5亿元、3亿元建设码头。\n")
    placed = figures_by_raw(parse_text(text, "respectively.txt"))
    assert placed["5亿元"] == "青岛市"
    assert placed["3亿元"] == "烟台市"


def test_partner_places_listed_outside_the_story_s_province_do_not_take_its_figures():
    text = ("四川深化扶贫协作\n\n"
            "　　四川省持续推进脱贫攻坚。全省衔接广东、浙江两省扶贫协作，对口支援藏区32个贫困县，"
            "累计投入资金107亿元。\n")
    placed = figures_by_raw(parse_text(text, "partners.txt"))
    assert placed["32个"] == "四川省"
    assert placed["107亿元"] == "四川省"


def test_a_place_inside_a_word_or_a_capital_dateline_is_not_the_story_s_place():
    text = ("中央一号文件解读\n\n"
            "　　本报北京2月5日电　农业农村部负责人介绍，补上短板离不开真金白银的政策支持。"
            "今年中央财政安排资金1200亿元，农村贫困人口减少1100万人。\n")
    doc = parse_text(text, "national.txt")
    names = {r.name for r in doc.regions}
    assert not names & {"白银市", "白银区", "北京市"}, names
    assert doc.articles[0].region not in ("北京市", "白银区")
    # a Beijing story keeps its city: the dateline is not needed for it
    local = parse_text("北京公园推出文创产品\n\n　　本报北京1月9日电　北京市属公园推出文创产品300余种。"
                       "北京市公园管理中心介绍，销售额增长20%。\n", "beijing.txt")
    assert figures_by_raw(local)["300余种"] == "北京市"


def test_a_city_named_once_among_others_as_often_is_not_the_story_s_city():
    text = ("28个铁路项目复工\n\n"
            "　　记者从国家铁路集团获悉，常德至益阳至长沙铁路、拉萨至林芝铁路等17个项目已复工，"
            "在场人员超过7万人。\n")
    doc = parse_text(text, "railways.txt")
    assert doc.articles[0].region == "未标明地区"
    # a city named once, and no other, is the story's
    one = parse_text("常德推进项目建设\n\n　　今年常德安排重点项目200个，总投资500亿元。\n", "changde.txt")
    assert one.articles[0].region == "常德市"


def test_a_county_sharing_its_city_s_short_form_does_not_take_the_city_s_mentions():
    text = ("科技看点多\n\n"
            "　　我国新一代科研设施陆续建成。百度自动驾驶出租车在长沙开启试运营，"
            "长沙已开放测试道路100公里。\n")
    doc = parse_text(text, "changsha.txt")
    assert "长沙县" not in {r.name for r in doc.regions}


def test_the_country_after_the_year_it_speaks_of_is_national():
    text = ("废旧家电回收\n\n"
            "　　北京市朝阳区居民刘晓峰喜迁新居。\n"
            "　　2018年我国电视机、冰箱理论报废量约为1.5亿台。\n")
    placed = figures_by_raw(parse_text(text, "year.txt"))
    assert placed["1.5亿台"] == "全国"


def test_an_autonomous_prefecture_named_with_zhou_is_the_prefecture():
    text = ("四川藏区全部脱贫\n\n"
            "　　四川藏区包含甘孜州、阿坝州和凉山州木里县32个贫困县。\n")
    doc = parse_text(text, "zhou.txt")
    assert figures_by_raw(doc)["32个"] == "四川省", "甘孜州, 阿坝州 and 木里县 lie in 四川省"
    short = parse_text("木里县推进脱贫\n\n　　四川凉山州木里县今年新修公路120公里。\n", "muli.txt")
    assert figures_by_raw(short)["120公里"] == "木里藏族自治县"
    # the plain-suffix name is the county even where the segmenter reads it as one word
    town = parse_text("河北省青龙县推进搬迁\n\n"
                      "　　对于河北省青龙满族自治县青龙镇的村民来说，日子好了。\n"
                      "　　近年来，青龙县推进易地搬迁扶贫工程，搬迁人口1663户。\n", "qinglong.txt")
    assert figures_by_raw(town)["1663户"] == "青龙满族自治县"
    # a county since made a city, by its old name
    renamed = parse_text("野生动物保护\n\n　　比如，湖南省祁阳县张某非法经营野生动物，被查获河麂冻体10只。\n", "qiyang.txt")
    assert figures_by_raw(renamed)["10只"] == "祁阳市"
    # or a district
    renamed = parse_text("蔬菜保供\n\n　　在四川省成都市新津县的蔬菜基地，每天有10余吨蔬菜运出。\n", "xinjin.txt")
    assert figures_by_raw(renamed)["10余吨"] == "新津区"


def test_units_with_names_longer_than_seven_characters_are_found_by_their_full_name():
    text = ("开发区改革\n\n"
            "　　本报呼和浩特1月19日电　日前，来通辽经济技术开发区政务服务中心办事的企业越来越多。\n"
            "　　去年以来，该开发区为90多个重点项目提供了代办服务。\n"
            "　　云南孟连傣族拉祜族佤族自治县今年种植咖啡3万亩。\n")
    doc = parse_text(text, "long.txt")
    placed = figures_by_raw(doc)
    assert placed["90多个"] == "通辽经济技术开发区"
    assert placed["3万亩"] == "孟连傣族拉祜族佤族自治县"
    assert parents(doc)["通辽经济技术开发区"] == "通辽市"


def test_a_zone_written_after_its_province_is_one_region_under_the_province():
    text = ("雄安建设提速\n\n"
            "　　河北雄安新区完成专项规划26个。雄安新区今年开工项目100个。\n")
    doc = parse_text(text, "xiongan.txt")
    assert parents(doc)["雄安新区"] == "河北省"
    assert "河北雄安新区" not in parents(doc)
    assert set(figures_by_raw(doc).values()) == {"雄安新区"}
    # a zone whose own name is a common word keeps its province in its name
    finance = parse_text("广东金融高新区\n\n　　广东金融高新区引进40多个团队。\n", "finance.txt")
    assert "金融高新区" not in parents(finance)


def test_the_thirty_one_provinces_of_official_statistics_are_national():
    text = ("疫情通报\n\n"
            "　　湖北省新增确诊病例1000例。\n"
            "　　截至19日24时，31个省区市累计报告确诊病例74576例。\n")
    placed = figures_by_raw(parse_text(text, "provinces.txt"))
    assert placed["1000例"] == "湖北省"
    assert placed["74576例"] == "全国"


def test_a_given_name_after_a_role_and_a_surname_is_a_person_not_a_city():
    text = ("追授英模称号\n\n"
            "　　公安部追授5名民警英模称号，其中有铁路派出所三级警长刘大庆。这5名同志是杰出代表。\n")
    doc = parse_text(text, "person.txt")
    assert "大庆市" not in {r.name for r in doc.regions}
    kept = parse_text("大庆油田增产\n\n　　黑龙江大庆市今年原油产量3000万吨。\n", "daqing.txt")
    assert figures_by_raw(kept)["3000万吨"] == "大庆市"


def test_an_old_town_of_any_city_is_not_the_district_named_old_town():
    text = ("引进中国电车\n\n"
            "　　墨西哥城历史老城区中心的交通主干道多了63辆无轨电车。\n")
    doc = parse_text(text, "oldtown.txt")
    assert "老城区" not in {r.name for r in doc.regions}
    assert doc.articles[0].region == "未标明地区"


def test_a_dateline_city_does_not_take_the_figures_of_the_zone_the_story_is_about():
    text = ("天津高新区\n真招实招防疫\n\n"
            "　　本报天津2月22日电　企业在快捷酒店包下了71个房间，安排返岗员工住宿。\n"
            "　　天津高新区管委会为企业解决了住宿难题，已有214名员工返岗。\n")
    placed = figures_by_raw(parse_text(text, "dateline.txt"))
    assert placed["71个"] == placed["214名"] == "天津高新区"


def test_a_clause_a_national_body_opens_is_national_inside_a_local_story():
    text = ("武汉抗疫\n\n"
            "　　武汉市新增床位1000张。\n"
            "　　国家卫健委派出21个督导组，深入各地医院检查。日前，人社部、财政部宣布，企业裁员率不超过20%的可申领返还。\n"
            "　　近年来，中宣部、中央文明办先后出资3400多万元，国家文物局评出一级博物馆130家，民航局运送旅客199名。\n"
            "　　来自水利部的数据显示，2019年农村饮水安全保障惠及5480万人。\n")
    placed = figures_by_raw(parse_text(text, "bodies.txt"))
    assert placed["1000张"] == "武汉市"
    assert placed["21个"] == placed["20%"] == "全国"
    assert placed["3400多万元"] == placed["130家"] == placed["199名"] == "全国"
    assert placed["5480万人"] == "全国", "the source of the data, not a destination"


def test_a_place_one_anecdote_of_a_national_story_visits_is_not_the_story_s_place():
    body = "".join(f"　　冷链物流行业第{n}方面的情况说明，市场需求持续增长，企业加快布局。\n" for n in range(1, 8))
    text = ("冷链物流迎来机遇\n\n" + body +
            "　　在雅江县八角楼乡，松茸季开启，村民收入增加3000元。八角楼乡党委书记介绍了情况。\n" + body)
    doc = parse_text(text, "anecdote.txt")
    assert doc.articles[0].region == "未标明地区"
    assert figures_by_raw(doc)["3000元"] == "八角楼乡", "the anecdote's own figure keeps its place"
    # a story whose opening names its place is that place's
    local = parse_text("八角楼乡松茸丰收\n\n　　八角楼乡松茸季开启，村民收入增加3000元。\n" + body, "local.txt")
    assert local.articles[0].region == "八角楼乡"


def test_a_list_of_places_people_came_from_is_aside_as_a_whole():
    text = ("仙桃企业复工\n\n"
            "　　仙桃市彭场镇是无纺布产业重镇。企业派出专车去外省接工人，"
            "最终从湖南、江西、河南等地陆续接来150多人。\n")
    placed = figures_by_raw(parse_text(text, "came-from.txt"))
    # (the town right after its county-level city: 彭场镇 of 仙桃市, not the last province listed)
    assert placed["150多人"] == "彭场镇", "the story's own town, though the other places are provinces"
    # a zone signing with a partner ("与") stays the subject
    signed = parse_text("江西招商\n\n　　江西鹰潭高新区与东莞市一家企业签约，项目投资20亿元。\n", "signed.txt")
    assert figures_by_raw(signed)["20亿元"] != "东莞市"


def test_a_province_s_short_form_opening_a_clause_is_its_subject():
    text = ("河南复工复产\n\n"
            "　　在洛阳，中信重工复工复产。为给企业补充资金，河南统筹金融资源，发放近50亿元专项再贷款。\n")
    placed = figures_by_raw(parse_text(text, "henan.txt"))
    assert placed["50亿元"] == "河南省"
    # a municipality's short form opens names as often: "北京冬奥会" is no place of the sentence
    games = parse_text("青岛冰雪活动\n\n　　青岛开展冰雪活动。展览介绍了北京冬奥会的情况，将历时50天。\n", "games.txt")
    assert figures_by_raw(games)["50天"] == "青岛市"


def test_later_figures_of_a_sentence_about_a_list_of_places_are_of_them_all():
    text = ("四川藏区全部脱贫\n\n"
            "　　四川藏区包含甘孜州、阿坝州和凉山州木里县32个贫困县，2013年底有2063个贫困村。\n")
    placed = figures_by_raw(parse_text(text, "list-later.txt"))
    assert placed["2063个"] == "四川省"


def test_a_two_character_county_is_found_right_after_its_city_or_province_only():
    text = ("铁路帮扶\n\n"
            "　　铁路部门定点帮扶陕西汉中市勉县4个村。另外，更新县城道路10公里。\n")
    doc = parse_text(text, "mianxian.txt")
    assert figures_by_raw(doc)["4个"] == "勉县"
    assert parents(doc)["勉县"] == "汉中市"
    assert "新县" not in parents(doc), "更新县城 holds no 新县"


def test_ten_provinces_or_more_are_the_country():
    text = ("驰援湖北\n\n"
            "　　湖北省新增床位1000张。\n"
            "　　目前共有28个省份的630多家中医医院支援湖北。粤湘鄂3省投入资金20亿元。\n")
    placed = figures_by_raw(parse_text(text, "provinces28.txt"))
    assert placed["630多家"] == "全国"
    assert placed["20亿元"] != "全国"


def test_a_short_form_a_province_and_its_city_share_names_the_province():
    text = ("吉林绿色惠民能力增强\n\n"
            "　　吉林省深入实施特色产业提升工程，全省林草行业总产值预计达到1110亿元。\n")
    doc = parse_text(text, "jilin.txt")
    assert doc.articles[0].region == "吉林省"
    assert "吉林市" not in parents(doc)
    city = parse_text("吉林市推进项目建设\n\n　　吉林市今年安排重点项目200个。\n", "jilin-city.txt")
    assert figures_by_raw(city)["200个"] == "吉林市"


def test_a_list_spanning_provinces_is_not_what_the_figures_after_it_are_about():
    text = ("统计公报\n\n"
            "　　入境游客14531万人次。其中，外国人3188万人次；香港、澳门和台湾同胞11342万人次，增长2.5%。"
            "国际旅游收入1313亿美元。\n")
    placed = figures_by_raw(parse_text(text, "hkmo.txt"))
    assert placed["11342万人次"] not in ("澳门特别行政区", "香港特别行政区")
    assert placed["1313亿美元"] not in ("澳门特别行政区", "香港特别行政区")


def test_a_path_with_a_county_s_short_form_and_plain_suffix_is_split_into_its_chain():
    text = ("湖南通道县独坡镇虾团村选准产业助脱贫\n\n"
            "　　记者来到湖南通道侗族自治县独坡镇，全镇种植油茶3000亩。\n")
    doc = parse_text(text, "tongdao.txt")
    assert doc.articles[0].region == "独坡镇"
    assert parents(doc)["独坡镇"] == "通道侗族自治县"
    assert "湖南通道县独坡镇" not in parents(doc)


def test_a_city_s_short_form_the_dictionary_takes_for_a_noun_is_the_city():
    text = ("湖北抗疫\n\n"
            "　　湖北省新增床位1000张。\n"
            "　　在孝感，4批重庆医疗队员支援当地医院。黄石已新增隔离床位500张。\n")
    placed = figures_by_raw(parse_text(text, "xiaogan.txt"))
    assert placed["4批"] == "孝感市"
    assert placed["500张"] == "黄石市"


def test_the_place_a_team_or_aid_goes_to_support_is_not_where_it_is_from():
    text = ("辽宁新闻\n\n"
            "　　辽宁省新增病床200张。\n"
            "　　2月8日，大连市第三批支援湖北511人医疗队仅用4个多小时集结完毕。\n"
            "　　西安市驰援武汉的物资约213吨。\n")
    placed = figures_by_raw(parse_text(text, "aid.txt"))
    assert placed["511人"] == "大连市"
    assert placed["213吨"] == "西安市"
    assert placed["200张"] == "辽宁省"


def test_a_count_of_provinces_is_the_country_s_but_not_the_partners_a_province_counts():
    text = ("湖北保供\n\n"
            "　　湖北省新增病床500张。国家组织19个省份对口支援湖北各地市。\n"
            "　　湖北省与8个省市建立联保联供机制，全省3个省级园区已复工。\n"
            "　　湖北省推动12个省市重点项目开工。禁捕涉及沿江10个省市。\n"
            "　　湖北省新增床位300张。截至2月24日， 29个省（市、区）派出医疗队员4900余名。\n")
    placed = figures_by_raw(parse_text(text, "provinces.txt"))
    assert placed["19个"] == "全国"
    assert placed["8个"] == "湖北省"
    assert placed["3个"] == "湖北省"
    assert placed["500张"] == "湖北省"
    assert placed["12个"] == "湖北省"      # provincial and city key projects, not provinces
    assert placed["10个"] == "全国"
    assert placed["29个"] == "全国"   # the parenthesis in either order


def test_the_country_heading_a_clause_stays_the_subject_of_its_paragraph_until_a_place_is_named():
    text = ("疫情通报\n\n"
            "　　湖北省新增确诊病例400例。截至3日24时，31个省区市现有确诊病例5000例；"
            "累计治愈出院病例800例，累计死亡病例90例。恢复期血浆用于治疗已有57例。\n"
            "　　湖北省新增出院病例70例；累计出院病例600例。\n")
    placed = figures_by_raw(parse_text(text, "bulletin.txt"))
    assert placed["5000例"] == "全国"
    assert placed["800例"] == "全国"
    assert placed["90例"] == "全国"
    assert placed["57例"] == "全国"
    assert placed["400例"] == "湖北省"
    assert placed["600例"] == "湖北省"


def test_a_list_of_paths_spanning_provinces_is_named_beside_the_subject_not_its_subject():
    text = ("集训安排\n\n"
            "　　部分队员随外教在国外训练，其余队员则在江苏南京、云南丽江等地训练。“目前每支队伍每周训练6天。”\n"
            "　　集团纪委与总部所在地以及企业集中的浙江杭州、广东深圳纪委建立协作机制，立案128件。\n")
    placed = figures_by_raw(parse_text(text, "training.txt"))
    assert placed["6天"] not in ("江苏省", "南京市", "云南省", "丽江市")
    assert placed["128件"] not in ("浙江省", "杭州市", "广东省", "深圳市")


def test_a_county_s_short_form_before_a_place_outside_it_is_a_word_not_the_county():
    # 会同 is 会同县 in 湖南, and the verb "jointly with" before another province's city
    text = ("公安新闻\n\n"
            "　　湖南会同县破获案件3起。\n"
            "　　公安部统一指挥福建省公安厅会同厦门市公安局开展收网行动，抓获嫌疑人144名。\n")
    doc = parse_text(text, "police.txt")
    placed = figures_by_raw(doc)
    assert placed["3起"] == "会同县"
    assert placed["144名"] in ("福建省", "厦门市")


def test_a_dateline_city_does_not_lead_a_paragraph_that_then_names_its_province():
    text = ("江西 中西医结合应对疫情\n\n"
            "　　本报南昌2月16日电（记者 张三）截至2月15日24时，江西累计报告确诊病例925例，治愈239例。"
            "其中878例使用中药；719例病情好转。\n"
            "　　南昌市新增床位300张。\n")
    placed = figures_by_raw(parse_text(text, "jiangxi.txt"))
    assert placed["925例"] == "江西省"
    assert placed["719例"] == "江西省"
    assert placed["300张"] == "南昌市"


def test_a_story_whose_title_opens_with_the_country_is_national():
    text = ("我国新建湿地保护区12处\n\n"
            "　　本报北京2月2日电　记者从国家林草局获悉：湿地保护区面积达662.5万公顷，其中内蒙古鄂尔多斯1处。\n"
            "　　湿地植物2139种，湿地鸟类244种。\n")
    doc = parse_text(text, "wetlands.txt")
    assert doc.articles[0].region == "全国"
    placed = figures_by_raw(doc)
    assert placed["662.5万公顷"] == "全国"
    assert placed["2139种"] == "全国"
    assert placed["1处"] == "鄂尔多斯市"


def test_a_story_titled_by_the_republic_s_full_name_is_national():
    text = ("中华人民共和国2030年统计公报\n\n"
            "　　全年粮食产量7亿吨。年末大陆总人口14亿人。\n"
            "　　浙江省舟山港货物吞吐量12亿吨。\n")
    doc = parse_text(text, "bulletin.txt")
    assert doc.articles[0].region == "全国"
    placed = figures_by_raw(doc)
    assert placed["7亿吨"] == placed["14亿人"] == "全国"
    assert placed["12亿吨"] == "舟山市"


def test_china_as_the_subject_of_a_clause_is_the_country_but_not_in_a_firm_s_name():
    text = ("通信发展\n\n"
            "　　北京市今年建成基站1万个。据估计，到2035年中国将拥有5.3亿个连接。\n"
            "　　目前，中国已是全球第二大经济体。中国移动北京公司投资20亿元。\n")
    placed = figures_by_raw(parse_text(text, "china.txt"))
    assert placed["5.3亿个"] == "全国"
    assert placed["1万个"] == placed["20亿元"] == "北京市"


def test_china_heading_a_clause_with_in_achieved_or_always_is_the_country():
    # a visitor's anecdote of a city does not make the country's record that city's
    text = ("友人访谈\n\n"
            "　　我曾多次来华，在上海与企业家座谈，参观了3家工厂。\n"
            "　　中国在过去40多年里取得的成就世所罕见。中国始终把吃饭问题放在首位，粮食产量连续6年稳定。\n")
    placed = figures_by_raw(parse_text(text, "visitor.txt"))
    assert placed["3家"] == "上海市"
    assert placed["40多年"] == placed["6年"] == "全国"


def test_people_counted_right_by_where_they_come_from_are_that_place_s():
    text = ("讲解员风采\n\n"
            "　　在上海举行的交流活动中，来自黔南的12名讲解员获得表彰。\n"
            "　　随后，8名来自云南玉溪的讲解员参加了展演，来自广州大学的30名学生观看。\n")
    placed = figures_by_raw(parse_text(text, "guides.txt"))
    assert placed["12名"] == "黔南布依族苗族自治州"
    assert placed["8名"] == "玉溪市"
    assert placed["30名"] != "广州市"    # a university's students, not the city's people


def test_a_title_naming_the_country_after_a_time_and_a_dash_is_national():
    text = ("今年1月份——全国查处形式主义问题8228起\n\n"
            "　　中央纪委国家监委网站公布的数据显示，有关问题涉及湖北省等地。\n"
            "　　其中，违规收送礼金和其他礼品1191起。\n")
    doc = parse_text(text, "monthly.txt")
    assert doc.articles[0].region == "全国"
    assert figures_by_raw(doc)["1191起"] == "全国"


def test_figures_quoted_from_a_national_body_are_national():
    text = ("传统文化进校园\n\n"
            "　　贵州省今年开展活动300场。\n"
            "　　“共组织艺术院团到高校演出近3800场，传统剧目占80%以上。”教育部体卫艺司副司长王登峰说。\n")
    placed = figures_by_raw(parse_text(text, "quote.txt"))
    assert placed["300场"] == "贵州省"
    assert placed["3800场"] == placed["80%"] == "全国"


def test_a_province_naming_the_level_of_a_designation_is_not_the_subject():
    text = ("古城风貌\n\n"
            "　　正定县有1600多年建城史。全县有全国重点文物保护单位9处、河北省文物保护单位6处，各类馆藏文物7672件。\n"
            "　　目前，全国重点文物保护单位已达5058处。\n")
    placed = figures_by_raw(parse_text(text, "levels.txt"))
    assert placed["6处"] == placed["7672件"] == "正定县"
    assert placed["5058处"] == "全国"


def test_a_column_tag_in_brackets_does_not_name_the_story_s_place():
    text = ("澳门大学:\n新校区 新发展（濠江在线）\n\n"
            "　　核心阅读\n"
            "　　10多年来，背倚横琴山，澳门大学新校区弥补了澳门大学原本地域狭小的不足。\n"
            "　　作为澳门与横琴新区合作的第一个项目，落地在珠海横琴的新校区建成后交给澳门管辖。\n"
            "　　迈入新的发展阶段\n"
            "　　澳门大学并不在澳门，而是在珠海市横琴新区一个1.09平方公里的区域上，建有书院10所。\n")
    doc = parse_text(text, "column.txt")
    assert doc.articles[0].region != "濠江区", "濠江 names the column (Macao), not 汕头's district"
    assert "濠江区" not in figures_by_raw(doc).values()


def test_a_place_written_after_a_figure_gives_it_its_place_only_in_the_figure_s_own_item():
    text = ("青岛项目\n\n"
            "　　青岛市胶州市新开工项目12个。\n"
            "　　湿地共57处，其中内地56处、香港1处。\n"
            "　　抓好总投资100亿元的交易中心项目、总投资50亿元的青岛应急中心项目。\n"
            "　　把21人分别安排在郑集乡、城郊乡、李老家乡隔离。\n")
    placed = figures_by_raw(parse_text(text, "after.txt"))
    assert placed["1处"] == "香港特别行政区"
    assert placed["57处"] != "香港特别行政区" and placed["56处"] != "香港特别行政区"
    assert placed["100亿元"] == "胶州市"
    assert placed["21人"] != "郑集乡"


def test_every_place_but_one_is_not_that_place():
    text = ("各级财政支出805亿元应对疫情\n湖北以外省份日新增病例十连降\n\n"
            "　　本报北京2月14日电　截至2月13日，各级财政共安排疫情防控资金805.5亿元。\n"
            "　　除湖北外，全国新增病例100例。湖北省新增病例2000例。\n")
    doc = parse_text(text, "except.txt")
    placed = figures_by_raw(doc)
    assert placed["805亿元"] != "湖北省"
    assert placed["805.5亿元"] != "湖北省"
    assert placed["100例"] == "全国"
    assert placed["2000例"] == "湖北省"


def test_a_county_s_short_form_needs_its_city_named_not_only_its_province():
    # 复兴 is 邯郸's 复兴区 and a word; a story naming 河北 elsewhere is not about 复兴区
    text = ("李学刚：京门神探\n勇斗歹徒（为了民族复兴·英雄烈士谱）\n\n"
            "　　李学刚，河北省徐水县人，先后擒获犯罪分子1500多名。\n"
            "　　北京站是一个人员杂的公共场所。他先后4次受嘉奖。\n")
    placed = figures_by_raw(parse_text(text, "hero.txt"))
    assert "复兴区" not in placed.values()


def test_a_district_name_running_on_into_a_word_is_the_word():
    # "古城区域" is an old town's area, not 丽江's 古城区
    text = ("泰国修复素可泰古城\n\n"
            "　　70多平方公里的素可泰古城区域包含了城墙和寺庙，去年吸引游客105万人次。\n")
    doc = parse_text(text, "old-town.txt")
    assert "古城区" not in figures_by_raw(doc).values()
    assert doc.articles[0].region != "古城区"
    lijiang = parse_text("丽江新闻\n\n　　云南省丽江市古城区新增游客100万人次。\n", "lijiang.txt")
    assert figures_by_raw(lijiang)["100万人次"] == "古城区"


def test_a_title_naming_a_province_by_its_short_form_is_the_province_s_story():
    text = ("广东上线医保电子凭证\n\n"
            "　　本报广州1月5日电　广东省医保局介绍，广州、深圳等21个地市已上线医保电子凭证。\n"
            "　　广州市民已激活120万张。\n")
    doc = parse_text(text, "guangdong.txt")
    assert doc.articles[0].region == "广东省"
    assert figures_by_raw(doc)["120万张"] == "广州市"


def test_a_city_s_port_is_the_city():
    text = ("天津港实现“秒通关”\n\n"
            "　　天津港全年完成集装箱吞吐量1730万标箱，同比增长8.1%。\n"
            "　　香港新增航线3条。\n")
    placed = figures_by_raw(parse_text(text, "port.txt"))
    assert placed["1730万标箱"] == "天津市"
    assert placed["3条"] == "香港特别行政区"


def test_a_town_suffix_that_starts_a_place_s_name_makes_no_town():
    text = ("宁波新闻\n\n"
            "　　原来，工商银行宁波镇海支行因合同纠纷起诉，建设公司支付800万元。\n"
            "　　近日，工商银行宁波镇海支行的诉讼代理人表示，已收回贷款300万元。\n")
    doc = parse_text(text, "bank.txt")
    assert not any(name.endswith("宁波镇") for name in parents(doc))
    assert "镇海区" in parents(doc)


def test_where_someone_comes_from_or_a_supply_goes_to_is_not_the_place_along_its_path():
    text = ("上海青浦新闻\n\n"
            "　　青浦区香花桥幼儿园有学生300名。来自江苏宿迁的吴亚说，每月缴费400多元。\n"
            "　　东升农场担负起日供武汉新鲜蔬菜20吨的重任。\n")
    placed = figures_by_raw(parse_text(text, "origin.txt"))
    assert placed["400多元"] == "青浦区"
    assert placed["20吨"] == "青浦区"
    assert placed["300名"] == "青浦区"


def test_the_city_or_county_named_by_its_level_at_the_head_of_a_clause_is_the_one_the_text_is_in():
    text = ("仙桃新闻\n\n"
            "　　仙桃市彭场镇有无纺布企业100家。副市长颜志超告诉记者，市里目前已组织10家企业。\n"
            "　　报告显示，估计我国每年发生心脏性猝死54.4万例；预计全国冬春蔬菜产量1.7亿吨。\n")
    placed = figures_by_raw(parse_text(text, "level.txt"))
    assert placed["100家"] == "彭场镇"
    assert placed["10家"] == "仙桃市"
    assert placed["54.4万例"] == "全国"
    assert placed["1.7亿吨"] == "全国"


def test_everyday_words_or_an_office_before_a_zone_word_make_no_zone():
    text = ("福建分类防控\n\n"
            "　　福建将全省88个县、市、区（含经济开发区）划分为四类，无疫情区27个。\n"
            "　　广西提出突出支持产业发展、突出增强片区自主发展能力，奖励30条。\n"
            "　　他生前系河北省秦皇岛市公安局经济技术开发区分局技术员，破案12起。\n"
            "　　青浦工业园区新增企业15家。\n")
    doc = parse_text(text, "zones.txt")
    names = set(parents(doc))
    assert not {"含经济开发区", "突出增强片区", "秦皇岛公安局经济技术开发区"} & names
    assert "青浦工业园区" in names


def test_a_title_ending_in_zhang_does_not_lend_its_character_to_a_place():
    text = ("澜湄合作外长会举行\n\n"
            "　　王毅和老挝外长沙伦赛共同主持会议，澜湄合作已实施项目400多个。\n"
            "　　吉林长春新增项目5个。\n")
    doc = parse_text(text, "ministers.txt")
    placed = figures_by_raw(doc)
    assert placed["400多个"] != "长沙市" and doc.articles[0].region != "长沙市"
    assert placed["5个"] == "长春市"


def test_a_name_the_division_list_gives_beside_a_unit_is_its_short_form_only_if_it_abbreviates_it():
    # the list calls 平顶山's 城乡一体化示范区 "新城区" and 德州's 运河经济开发区 "运河区" (沧州's district)
    text = ("遂宁推进基层治理改革\n\n"
            "　　四川省遂宁市坚持新城区建设与老城区改造并重，今年改造老旧小区120个。\n"
            "　　长春汽开区新签约项目15个。\n")
    doc = parse_text(text, "aliases.txt")
    placed = figures_by_raw(doc)
    assert placed["120个"] == "遂宁市"
    assert placed["15个"] == "长春汽车经济技术开发区", "an abbreviation the list gives still finds its zone"
    assert not any("示范区" in r.name for r in doc.regions)
    from tui_browse.parser.gazetteer import gazetteer
    assert [d.parent for d in gazetteer().by_stem.get("运河区", [])] in ([], ["沧州市"])


def test_the_places_of_a_bracketed_breakdown_are_not_the_subject_of_what_follows_it():
    text = ("疫情通报\n\n"
            "　　截至2月1日24时，境内累计报告确诊病例320例，其中重症病例45例，"
            "新增确诊病例88例（河北省3例、广东省12例、贵州省1例），新增死亡2例；"
            "疑似病例60例（山西省4例、海南省1例）。\n")
    placed = figures_by_raw(parse_text(text, "bulletin.txt"))
    assert placed["12例"] == "广东省" and placed["3例"] == "河北省", "the parts keep their places"
    assert placed["320例"] == placed["45例"] == "全国", "境内 heading a count is the country"
    assert placed["2例"] == "全国", "not the last province of the breakdown before it"
    assert placed["60例"] == "全国"


def test_the_national_railway_and_airlines_speak_for_the_country_unless_the_story_is_a_local_one():
    national = ("春运物资运输有序\n\n"
                "　　截至2月5日，民航系统共保障3120个航班运送防疫物资。累计运输医护人员8600人次。\n")
    placed = figures_by_raw(parse_text(national, "airlines.txt"))
    assert placed["3120个"] == placed["8600人次"] == "全国"
    local = ("洛阳客运段的春运\n\n"
             "　　河南省洛阳市的列车员们坚守岗位。铁路部门进一步加强了防控工作。春运以来，列车员帮助旅客230人。\n")
    placed = figures_by_raw(parse_text(local, "crew.txt"))
    assert placed["230人"] == "洛阳市", "in a local story the railway's later sentences stay the story's"


def test_a_surname_and_a_city_in_a_list_of_people_is_a_person():
    text = ("武汉汉口的外卖骑手\n\n"
            "　　武汉市江汉区的外卖站点组织骑手送餐。最终，刘随州、胡伟等7人报了名。\n")
    doc = parse_text(text, "riders.txt")
    assert figures_by_raw(doc)["7人"] == "江汉区"
    assert "随州市" not in {r.name for r in doc.regions}


def test_a_city_s_short_form_the_story_writes_only_after_one_surname_is_a_person():
    text = ("小村里的农家乐\n\n"
            "　　安徽省凤阳县小溪河镇的农家乐越办越红火。严金昌一家老少都在店里帮忙。\n"
            "　　“金昌，再添两桌！”老伴喊道。严金昌又雇了两个人，一年工资10万元。\n")
    doc = parse_text(text, "name.txt")
    assert figures_by_raw(doc)["10万元"] == "小溪河镇"
    assert "金昌市" not in {r.name for r in doc.regions}
    city = ("金昌的镍都\n\n"
            "　　甘肃金昌是镍都。金昌今年新增企业30家。\n")
    assert figures_by_raw(parse_text(city, "city.txt"))["30家"] == "金昌市", "the city itself is still the city"


def test_a_figure_of_provinces_counted_earlier_in_its_clause_is_the_country_s():
    text = ("长江禁捕全面启动\n\n"
            "　　安徽省巢湖市渔民上岸转产。据测算，长江禁捕共涉及沿江10个省市的渔船11.3万艘、渔民近28万人。\n"
            "　　北京市对新疆、西藏、青海5个省区开展帮扶，投入资金12亿元。\n"
            "　　花灯节在巢湖开幕，吸引了来自全国13个省份的游客8万人次。\n")
    placed = figures_by_raw(parse_text(text, "counted.txt"))
    assert placed["11.3万艘"] == placed["28万人"] == "全国"
    assert placed["12亿元"] == "北京市", "a place of its own heading the clause stays its subject"
    assert placed["8万人次"] != "全国", "where visitors come from is not what is counted"


def test_figures_given_according_to_a_national_body_s_data_are_the_country_s():
    text = ("废旧家电回收\n\n"
            "　　北京市朝阳区一家回收企业说，回收量逐年增长。根据财政部公布的数据，截至2018年底，基金征收167亿元。\n"
            "　　长沙市积极行动。根据党中央的决策部署，湘雅二院派遣5名护士。\n")
    placed = figures_by_raw(parse_text(text, "data.txt"))
    assert placed["167亿元"] == "全国"
    assert placed["5名"] == "长沙市", "a decision followed is not data given"


def test_a_two_character_county_a_heading_names_before_a_colon_is_the_county_in_its_text():
    text = ("当年靠土豆过日子，如今让它成为脱贫担当\n"
            "岚县：土豆变成金豆豆\n\n"
            "　　山西吕梁人对土豆情有独钟。岚县54万亩耕地里，土豆种植面积达30万亩。\n")
    doc = parse_text(text, "county.txt")
    placed = figures_by_raw(doc)
    assert placed["54万亩"] == placed["30万亩"] == "岚县"
    plain = "吕梁的土豆\n\n　　山西吕梁人对土豆情有独钟。岚县54万亩耕地里种土豆。\n"
    assert figures_by_raw(parse_text(plain, "plain.txt"))["54万亩"] != "岚县", \
        "without the heading a two-character county still needs its parent"


def test_a_story_the_party_centre_heads_is_national_not_the_region_its_greetings_name():
    text = ("中共中央国务院举行新春团拜会\n"
            "习近平发表讲话代表党中央、国务院，向香港特别行政区同胞、澳门特别行政区同胞拜年\n\n"
            "　　回顾历史，中华民族用110年的时间实现了民族独立和人民解放。\n")
    doc = parse_text(text, "greetings.txt")
    assert doc.articles[0].region == "全国"
    assert figures_by_raw(doc)["110年"] == "全国"


def test_a_national_company_heading_a_clause_speaks_of_the_country_unless_a_branch_or_a_place_s_story():
    text = ("远程办公成新选择\n\n"
            "　　四川泸县的车企开始线上卖车。从1月29日起，腾讯会议日均扩容云主机接近1.5万台。\n"
            "　　邮储银行北京分行的40名党员主动请战。\n"
            "　　江西鹰潭的地下有数字管网，华为布局110万个传感器。\n")
    placed = figures_by_raw(parse_text(text, "companies.txt"))
    assert placed["1.5万台"] == "全国"
    assert placed["40名"] != "全国", "a company's branch is the branch's place"
    assert placed["110万个"] == "鹰潭市", "a company at work in the place its sentence is about"


def test_another_country_heading_a_clause_is_no_place_of_ours():
    text = ("国家统计局发布2019年经济数据\n\n"
            "　　去年我国经济增长6.1%。宁吉喆介绍，2019年美国经济增速约为2.3%，日本和欧元区的增速略高于1%。\n"
            "　　武汉市确诊病例新增15例。泰国公共卫生部26日说，泰国已确诊8例。\n")
    placed = figures_by_raw(parse_text(text, "abroad.txt"))
    assert placed["6.1%"] == "全国"
    assert placed["2.3%"] == placed["1%"] == "未标明地区", "the United States' growth is not the country's"
    assert placed["15例"] == "武汉市" and placed["8例"] == "未标明地区", "nor Thailand's cases Wuhan's"


def test_a_short_form_listed_among_things_that_are_no_places_is_a_word():
    text = ("国家中小学网络云平台运行\n\n"
            "　　为保证平台稳定运行，工信部部署百度、阿里、中国电信等企业提供技术保障。平台首日点击量达800多万人次。\n")
    doc = parse_text(text, "platform.txt")
    assert "阿里地区" not in {r.name for r in doc.regions}
    parks = ("北京市属公园取消活动\n\n"
             "　　北京市东城区倡导错峰游园，颐和园、天坛、北海等10家公园关闭了室内场馆。\n")
    assert figures_by_raw(parse_text(parks, "parks.txt"))["10家"] != "北海市"
    cities = "春运余票充足\n\n　　广东省的旅客出行有序，北京、上海、北海等8个城市方向都有余票。\n"
    assert "北海市" in {r.name for r in parse_text(cities, "cities.txt").regions}, "among places it is the place"


def test_where_a_briefing_was_held_is_not_what_it_announces():
    text = ("论坛年会将于3月举行\n\n"
            "　　年会将在海南琼海举行。秘书长当日在北京举行的新闻发布会上表示，本届年会计划设置50余场活动。\n")
    assert figures_by_raw(parse_text(text, "briefing.txt"))["50余场"] != "北京市"


def test_a_province_s_short_form_before_its_population_or_traffic_is_the_province():
    text = ("广州市的出院患者\n\n"
            "　　广州市的患者陆续出院。作为常住人口超过1.1亿的经济大省，广东人流、车流密集。湖南人在广州务工。\n")
    assert figures_by_raw(parse_text(text, "people.txt"))["1.1亿"] == "广东省"


def test_a_section_whose_first_sentence_locates_its_subject_is_about_that_place():
    text = ("有序做好企业复工复产工作\n\n"
            "连云港斯尔邦石化——\n"
            "开足马力\n"
            "　　江苏省连云港市的斯尔邦石化1500余名员工坚守岗位。连云港市全力保障企业用工。\n"
            "天津滨海新区——\n"
            "网上审批\n"
            "　　天津滨海新区推行网上审批，已办结2736件。滨海新区全力服务企业。\n"
            "有米科技——\n"
            "在家办公\n"
            "　　2月7日，位于广州市番禺区的大学城行人稀少，有米科技大厦只有几名保安值守。\n"
            "　　公司员工在家办公，会议照常进行。\n")
    doc = parse_text(text, "located.txt")
    placed = {s.title: s.region for a in doc.articles for s in a.sections}
    assert placed["在家办公"] == "番禺区"
    visited = ("美中友协的老朋友\n\n"
               "　　芭芭拉积极推广中国文化。在参观了位于北京的宋庆龄故居后，她决定邀请故居赴美办展。\n")
    assert "北京市" not in {s.region for a in parse_text(visited, "visited.txt").articles for s in a.sections}, \
        "a place something visited is in, later in the text, does not locate the section"


def test_the_country_measured_over_a_period_or_across_its_range_is_national():
    doc = parse_text("就业形势\n\n　　浙江省去年新增就业120万人。\n"
                     "　　另据介绍，月度全国城镇调查失业率保持在5.2%左右。\n"
                     "　　名单中包括全国范围内的45家企业。\n"
                     "　　该市高技术产业增长速度是全国的2倍。\n", "x.txt")
    placed = figures_by_raw(doc)
    assert placed["120万人"] == "浙江省"
    assert placed["5.2%"] == placed["45家"] == "全国"
    # (measured against the country, a figure stays the place's)
    assert placed["2倍"] != "全国"


def test_a_speaker_s_post_in_a_town_speaks_for_its_own_paragraph_only():
    text = ("青川县发展茶叶产业\n\n"
            "　　在四川省广元市青川县，茶园面积已达到30万亩。\n"
            "　　“茶叶卖出了好价钱，茶农收入翻了一番。”乔庄镇党委副书记李明华说。\n"
            "　　春茶上市，茶叶加工厂迎来最忙的时候。公司今年已收购鲜叶200吨。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["30万亩"] == "青川县"
    # the factory of the next paragraph is the county's, not the town the speaker works for
    assert placed["200吨"] == "青川县"


def test_a_speaker_stationed_in_a_village_places_the_next_paragraph_there():
    text = ("青川县发展茶叶产业\n\n"
            "　　在四川省广元市青川县，茶园面积已达到30万亩。\n"
            "　　“大伙种好茶，就能脱贫。”驻乔庄镇工作队队员李明华说。\n"
            "　　村里今年新开茶园200亩。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["200亩"] == "乔庄镇"


def test_the_country_s_output_is_national_and_another_country_s_is_not():
    text = ("经济运行稳中有进\n\n"
            "　　北京市去年新增市场主体20万户。\n"
            "　　前三季度，国内生产总值同比增长6.2%，保持在合理区间。\n"
            "　　德国政府财政收入连续6年保持盈余。去年的盈余约为国内生产总值的1.5%。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["20万户"] == "北京市"
    assert placed["6.2%"] == "全国"
    assert placed["1.5%"] != "全国"


def test_china_heading_its_economy_or_railways_is_the_country():
    text = ("高铁建设成果丰硕\n\n"
            "　　赣州市兴国县去年新建公路120公里。\n"
            "　　这一年，中国新增高铁运营里程约5000公里。中国经济总量接近100万亿元。\n"
            "　　中国银行兴国支行发放贷款3亿元。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["120公里"] == "兴国县"
    assert placed["5000公里"] == placed["100万亿元"] == "全国"
    # (a bank named 中国… is no subject of that kind)
    assert placed["3亿元"] != "全国"


def test_a_zone_is_not_filed_under_a_far_county_that_shares_its_short_name():
    # 东湖 is also 南昌's 东湖区; a Wuhan story's zone is no zone of Jiangxi
    doc = parse_text("武汉抓紧建设检测实验室\n\n　　在武汉，武汉市政府、东湖高新区共建实验室，总投资5亿元。\n", "x.txt")
    assert "东湖区" not in parents(doc) and "南昌市" not in parents(doc)
    assert figures_by_raw(doc)["5亿元"] in ("武汉市", "东湖高新区")
    # a zone written after its city is that city's, whatever else shares a short form with its name
    doc = parse_text("菜农捐赠蔬菜\n\n　　毕节市金海湖新区的菜农们捐赠了40吨新鲜蔬菜。\n", "x.txt")
    zone = next(r for r in doc.regions if r.level == "zone")
    assert zone.parent == "毕节市"


def test_a_title_opening_with_words_that_end_in_a_unit_suffix_names_no_region():
    for title in ("支持国家级新区深化改革创新", "一带一路产业园区联盟成立"):
        doc = parse_text(f"{title}\n\n　　有关方面近日印发意见，安排资金5亿元。\n", "x.txt")
        names = {r.name for r in doc.regions}
        assert not names & {"支持国家级新区", "一带一路产业园区", "产业园区"}, names


def test_a_zone_named_with_its_city_once_is_the_same_zone_when_named_alone():
    text = ("衡阳承接产业转移\n\n"
            "　　富士康与衡阳白沙洲工业园区签署协议，共同建设智造项目。\n"
            "　　在白沙洲工业园区，聚集着富士康两家下属企业，去年实现产值80亿元。\n"
            "　　不少员工随企业从深圳来到这里。\n")
    doc = parse_text(text, "x.txt")
    p = parents(doc)
    # 白沙 is also a county of 海南: a story of 湖南 that names 深圳 is no roundup reaching 海南
    assert p.get("白沙洲工业园区") == "衡阳市", p
    assert "白沙黎族自治县" not in p and "海南省" not in p and "衡阳白沙洲工业园区" not in p
    assert figures_by_raw(doc)["80亿元"] == "白沙洲工业园区"
    # the same zone named alone before its city is named with it
    doc = parse_text("园区新气象\n\n　　白沙洲工业园区去年实现产值80亿元。\n　　衡阳白沙洲工业园区还建了学校。\n", "x.txt")
    assert parents(doc).get("白沙洲工业园区") == "衡阳市"
    # a plain word between the city and the zone word keeps the city in the zone's name
    doc = parse_text("宁波石化开发区引进项目\n\n　　宁波石化开发区引进项目12个。\n", "x.txt")
    assert "石化开发区" not in parents(doc)


def test_a_state_level_new_area_named_alone_is_under_the_place_it_lies_in():
    # an essay of 苏州 that names 雄安新区: not 苏州's; a 南京 office of 江北新区: not a 江北区's
    doc = parse_text("城市规划的空间基因\n\n　　苏州博物馆让古城显现活力。雄安新区今年开工项目100个，雄安新区的规划体现传承。\n", "x.txt")
    assert parents(doc)["雄安新区"] == "河北省"
    doc = parse_text("十大案件\n\n　　南京市公安局江北新区分局破获此案，抓获8人。\n", "x.txt")
    assert parents(doc).get("江北新区") in (None, "南京市")
    assert "江北区" not in parents(doc)
    # 深汕特别合作区 is run by 深圳 on 汕尾's land: the province's, whoever is written before it
    doc = parse_text("合作区建设提速\n\n　　深圳深汕特别合作区新签约项目11个。\n", "x.txt")
    assert parents(doc)["深汕合作区"] == "广东省"       # (its one spelling)


def test_a_list_or_title_a_place_enters_is_not_the_place_it_names():
    text = ("封丘县搬迁\n\n"
            "　　封丘县李庄镇有滩区村18个，其中10个村被列入河南省迁建首批试点，涉及5973户。\n"
            "　　机器人小镇跻身深圳市人工智能产业示范区之列。目前，小镇已引进机器人项目11个。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["5973户"] == "李庄镇"
    assert placed["11个"] != "深圳市"


def test_a_paragraph_led_by_a_list_of_many_provinces_is_the_countrys():
    text = ("药价降了\n\n"
            "　　近一个月来，山东、山西、陕西、湖北等省区开始执行集中采购结果，25种药品价格平均降幅达到59%。\n"
            "　　一名患者算了一笔账，药品费用从每月300多元降至100多元。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert {placed[r] for r in ("25种", "59%", "300多元", "100多元")} == {"全国"}, placed
    # two neighbours are no roundup: the first place still leads
    text = ("检查站\n\n　　这里是张家口市和内蒙古锡林郭勒盟的交界处，每天通行车辆500多台。\n")
    assert figures_by_raw(parse_text(text, "x.txt"))["500多台"] != "全国"


def test_a_citys_government_body_after_its_short_name_acts_for_the_city():
    text = ("重庆努力把疫情影响降到最低\n\n"
            "　　重庆两江新区建立了企业服务员队伍，服务企业200多家。\n"
            "　　目前，重庆交通部门开设绿色通道，协调运输物资2800余吨。\n"
            "　　面对疫情，重庆海关出台了促进外贸稳增长11条措施。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["200多家"] == "两江新区"
    assert placed["2800余吨"] == "重庆市" and placed["11条"] == "重庆市"


def test_a_national_body_right_after_a_wire_dateline_opens_its_clause():
    for text in ("财经短波\n\n　　本报电  国家开发银行加大支持力度，该行发放贷款超过1000亿元。\n",
                 "债券\n\n　　本报北京1月19日电  （记者王观）中国人民银行发布数据，全年共发行债券45.3万亿元。\n"):
        assert set(figures_by_raw(parse_text(text, "x.txt")).values()) == {"全国"}


def test_the_body_a_reporter_learnt_figures_from_is_what_they_are_of():
    # a national ministry as the source: the country's, not the place of the story beside it
    text = ("治理湿地\n\n"
            "　　本报北京3月2日电  （记者林木）记者从生态环境部获悉：今年将修复湿地120处。\n"
            "　　本报南昌3月2日电  记者从鄱阳县获悉：鄱阳县将新建湿地公园3个。鄱阳县湿地面积大。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["120处"] == "全国" and placed["3个"] == "鄱阳县"
    # (with when they learnt it between: "记者近日从…获悉")
    placed = figures_by_raw(parse_text(text.replace("记者从生态环境部", "记者近日从生态环境部"), "x.txt"))
    assert placed["120处"] == "全国" and placed["3个"] == "鄱阳县"
    # a province's office, under its capital's dateline: the province's figures
    text = ("青海草场改良见效\n\n　　本报西宁3月2日电  记者从青海省农业农村厅了解到：今年改良草场80万亩。\n")
    assert figures_by_raw(parse_text(text, "x.txt"))["80万亩"] == "青海省"
    # a body of the city above the county the story is about speaks of that county
    text = ("湖北郧西县\n\n　　郧西县坚持移民脱贫。记者从十堰市扶贫办得知，当地1.8万贫困人口已经脱贫。\n")
    assert figures_by_raw(parse_text(text, "x.txt"))["1.8万"] == "郧西县"


def test_an_airport_named_after_a_place_is_not_the_place():
    text = ("不断培厚创新的沃土\n\n"
            "　　这一年，嫦娥四号实现月背软着陆，北京大兴国际机场正式投运。科技进步贡献率超过59%。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["59%"] != "大兴区"


def test_a_persons_name_that_starts_with_a_places_short_form_is_no_place():
    text = ("神秘古城\n\n　　这座古城是《阿里巴巴与四十大盗》故事中宝藏的所在地，每年接待游客3万人。\n")
    doc = parse_text(text, "x.txt")
    assert "阿里地区" not in parents(doc)
    # another country heading a clause gives its figures no place of ours
    text = ("中国与文莱将启动旅游年\n\n　　据统计，2019年1至7月，文莱接待中国游客4.3万人次。\n")
    assert figures_by_raw(parse_text(text, "x.txt"))["4.3万人次"] == "未标明地区"


def test_a_verb_before_the_word_for_towns_is_no_town():
    for title in ("中央要求加强城市更新，做好城镇老旧小区改造", "全面推开改革试点 促进乡风文明"):
        doc = parse_text(f"{title}\n\n　　宁波市白鹤街道改造老旧小区3个，惠及800户居民。\n", "x.txt")
        names = {r.name for r in doc.regions}
        assert not names & {"做好城镇", "促进乡"}, names


def test_a_sentence_naming_no_place_in_a_section_about_the_country_is_the_country_s():
    # the section's title names no place: its figures say whose they are, and the one that names
    # none is of the place the section turns out to be about
    text = ("节能降耗取得新进展\n\n"
            "　　2019年全国万元国内生产总值能耗比上年下降2.6%。全国煤炭消费量占能源消费总量的57.7%。"
            "全国清洁能源消费量占23.4%。\n"
            "　　2019年，完成造林面积707万公顷，新增水土流失治理面积5.4万平方公里。\n")
    placed = figures_by_raw(parse_text(text, "national-review.txt"))
    assert placed["2.6%"] == placed["57.7%"] == placed["23.4%"] == "全国"
    assert placed["707万公顷"] == placed["5.4万平方公里"] == "全国"


def test_headline_figures_naming_no_place_over_a_story_of_the_country_are_the_country_s():
    text = ("去年新开通地铁线路12条\n"
            "运营里程增长15%\n\n"
            "　　全国城市轨道交通运营里程达到6700公里，全国新增运营线路26条。全国日均客运量增长8%。\n")
    doc = parse_text(text, "national-headline.txt")
    titled = {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures if f.field == "title"}
    assert titled == {"12条": "全国", "15%": "全国"}
    # a headline naming its place keeps it
    text = ("杭州新开通地铁线路3条\n\n　　全国城市轨道交通运营里程达到6700公里，全国新增运营线路26条。\n")
    doc = parse_text(text, "x.txt")
    assert {f.region for a in doc.articles for s in a.sections for f in s.figures if f.field == "title"} == {"杭州市"}


def test_an_anecdote_s_place_does_not_carry_past_the_country_the_text_turns_to():
    # a resident of a district opens a national story; once the text speaks of the country, the
    # district no longer stands for the sentences that name no place
    text = ("健身消费走俏\n\n"
            "　　健身正成为越来越多人的生活方式。\n"
            "　　“小区新开了健身房，走路5分钟就到。”家住杭州西湖区的居民老王说。\n"
            "　　2019年，我国健身房总数增长12%。\n"
            "　　健身人群日益年轻化。\n"
            "　　一位研究者认为，健身行业发展经历了3个阶段。\n")
    placed = figures_by_raw(parse_text(text, "x.txt"))
    assert placed["5分钟"] == "西湖区"
    assert placed["12%"] == "全国"
    assert placed["3个"] != "西湖区"


def test_a_unit_no_text_places_is_not_put_under_another_province_s_city_on_a_page_of_several():
    # a page of two provinces' stories: the city most named is the other story's, so a street the
    # gazetteer does not list stays without a parent rather than go under it
    text = ("武汉全力救治患者\n\n"
            "　　武汉市新增床位1000张。武汉市各医院加强救治，武汉市确诊患者治愈出院200人。\n"
            "　　武汉市社区加强排查，武汉市已排查居民5万户。\n\n"
            "湾区服务站运转有序\n\n"
            "　　广东深圳，鹏湾街道临时党支部组织党员30人，鹏湾街道已复工企业120家。\n")
    assert parents(parse_text(text, "page.txt"))["鹏湾街道"] is None
    # a page of one city's stories puts it under that city
    local = text.replace("广东深圳，", "").replace("湾区服务站运转有序", "社区服务站运转有序")
    assert parents(parse_text(local, "page.txt"))["鹏湾街道"] == "武汉市"


def test_a_commentary_on_a_page_is_not_the_county_it_passes_through():
    # a story of a page of several is about a place as a single story is: named in its opening
    # paragraph or across its paragraphs, not once in passing; nor is it the page's city when the
    # page names places of another province
    text = ("胶州新建产业园区\n\n"
            "　　胶州市新建产业园区3个。胶州市今年引进项目20个。\n\n"
            "让奋斗成为新时代的底色（人民时评）\n\n"
            "　　奋斗是新时代最鲜明的底色。各行各业的建设者坚守岗位。\n"
            "　　在脱贫攻坚一线，干部群众拧成一股绳。\n"
            "　　去年在石柱土家族自治县考察时，总书记走进农户家中，了解收入情况。\n"
            "　　一年来，全国减少贫困人口1000多万。\n"
            "　　幸福都是奋斗出来的。\n"
            "　　新的一年，让我们继续奋斗。\n")
    doc = parse_text(text, "page.txt")
    assert [a.region for a in doc.articles] == ["胶州市", "未标明地区"]


def test_a_wire_story_led_by_state_bodies_is_the_country_s():
    # a state body listed after another at the head of the lead ("A、国家统计局…发布") speaks for the
    # country, and a story whose lead has the country as its first subject and no place of its own
    # is the country's: its later paragraphs naming no place are national too
    text = ("制造业景气回升\n\n"
            "　　本报北京3月1日电  （记者王明）中国物流与采购联合会、国家统计局服务业调查中心发布，"
            "2月份采购经理指数为50.5%。\n"
            "　　新订单指数为51.2%，较上月上升0.3个百分点。\n")
    doc = parse_text(text, "x.txt")
    placed = figures_by_raw(doc)
    assert placed["50.5%"] == placed["51.2%"] == "全国"
    assert doc.articles[0].region == "全国"
    # "中国制造业" is the country's industry
    placed = figures_by_raw(parse_text("指数回升\n\n　　去年中国制造业增加值增长5.7%。\n", "x.txt"))
    assert placed["5.7%"] == "全国"
    placed = figures_by_raw(parse_text("中芬经贸\n\n　　中国连续8年成为芬兰在亚洲的重要伙伴。\n", "x.txt"))
    assert placed["8年"] == "全国"
    placed = figures_by_raw(parse_text("支付\n\n　　中国银联发布，去年受理商户增长12%。\n", "x.txt"))
    assert placed["12%"] == "全国"
    # a story led by another country stays unplaced
    text = ("就业数据\n\n　　美国劳工部发布，美国失业率为3.5%。\n　　当月新增就业岗位22.5万个。\n")
    assert set(figures_by_raw(parse_text(text, "x.txt")).values()) == {"未标明地区"}
    # nor a story whose lead has another country as a subject beside ours
    text = ("友谊之桥\n\n　　当前，中国正在推进改革开放，埃塞俄比亚也在加快工业化进程。\n"
            "　　大桥全长1200米，当地有3000人参与建设。\n")
    assert set(figures_by_raw(parse_text(text, "x.txt")).values()) == {"未标明地区"}


def test_an_anecdote_naming_no_place_is_not_given_the_place_most_figures_name():
    # a province's team abroad: the place that wins the section's vote is where the team comes from,
    # not where the doctor it met works, so the sentence naming no place stays unplaced
    text = ("海岛上的眼科医生\n\n"
            "　　她是岛上唯一的眼科医生，一年做了1000多台手术。\n"
            "　　每到周末，她都去各个村子义诊。\n"
            "　　村民们都认识这位医生。\n"
            "　　这家眼科中心设备齐全。\n"
            "　　江苏省派出的医疗队有18名队员，今年捐赠药品300万元，培训医生40名。\n")
    placed = figures_by_raw(parse_text(text, "anecdote.txt"))
    assert placed["18名"] == placed["300万元"] == placed["40名"] == "江苏省"
    assert placed["1000多台"] == "未标明地区"


def test_a_short_form_in_a_story_of_the_city_s_namesake_county_is_the_county():
    # the city written only as the county's parent: "吉安" alone is the county the story is about
    text = ("江西吉安县推进易地扶贫搬迁\n\n"
            "　　在江西省吉安市吉安县，搬迁户住进了新房。\n"
            "　　这几年，吉安累计投入资金3.5亿元，搬迁1200户。\n")
    placed = figures_by_raw(parse_text(text, "namesake.txt"))
    assert placed["3.5亿元"] == placed["1200户"] == "吉安县"
    # where the story names the city on its own, the short form stays the city
    text = ("吉安市和吉安县共建园区\n\n"
            "　　吉安市今年新建标准厂房20万平方米。吉安县新增企业30家。\n"
            "　　这几年，吉安累计投入资金3.5亿元。\n")
    placed = figures_by_raw(parse_text(text, "city-and-county.txt"))
    assert placed["3.5亿元"] == "吉安市"


def test_a_story_that_opens_on_another_country_is_not_about_the_place_it_compares_it_with():
    text = ("沙漠里的古城\n\n"
            "　　约旦南部沙漠中的古城佩特拉，曾与我国嘉峪关长城缔结为姊妹遗产地。\n"
            "　　古城的剧场可容纳6000人，殿堂高约40米。\n"
            "　　这里每年吸引游客上百万人次。\n")
    doc = parse_text(text, "abroad.txt")
    assert doc.articles[0].region == "未标明地区"
    assert figures_by_raw(doc)["6000人"] == "未标明地区"
    # a story that opens on the place itself is that place's
    text = ("长城脚下的新变化\n\n"
            "　　嘉峪关市今年接待游客300万人次，与约旦佩特拉古城的交流不断加深。\n"
            "　　关城景区新建停车位800个。\n")
    assert parse_text(text, "home.txt").articles[0].region == "嘉峪关市"


def test_where_a_family_member_works_away_from_home_is_not_what_the_story_is_about():
    text = ("山寨里的新日子\n\n"
            "　　新年前夕，山寨里格外热闹。\n"
            "　　勐董镇的李大哥家今年盖了新房。\n"
            "　　“我在家养猪，妻子这几年在广东东莞电子厂打工。”李大哥说。\n"
            "　　这两年，父母看病花了1.5万多元，医保报销了大部分。\n"
            "　　村里的小学新修了操场。\n")
    doc = parse_text(text, "away.txt")
    assert figures_by_raw(doc)["1.5万多元"] != "东莞市"
    assert all(s.region != "东莞市" for s in doc.articles[0].sections)
    # a body of the place whose name holds 务工 is the place's ("义务工作者联合会", "医务工作者")
    text = ("志愿者在行动\n\n"
            "　　荆门市义务工作者联合会争取到6万个口罩，连夜送往福利院。\n")
    assert figures_by_raw(parse_text(text, "volunteers.txt"))["6万个"] == "荆门市"


def test_one_province_s_places_listed_after_a_figure_are_what_it_is_spread_over():
    text = ("医疗队抵达\n\n"
            "　　武汉市今天迎来了多支医疗队。\n"
            "　　另外，有1535名医疗队员安排在黄冈、鄂州、孝感、咸宁和荆门等5个市。\n")
    assert figures_by_raw(parse_text(text, "spread.txt"))["1535名"] == "湖北省"
    # places of several provinces after it are still partners, not its place
    text = ("蔬菜外销\n\n"
            "　　寿光市今天举办蔬菜博览会。\n"
            "　　全年外销蔬菜5万吨，销往北京、上海、广州等城市。\n")
    assert figures_by_raw(parse_text(text, "sold.txt"))["5万吨"] == "寿光市"


def test_a_county_whose_short_form_is_a_word_is_the_county_after_its_province_where_the_story_names_it():
    text = ("五种模式覆盖9236名特困老人——\n河南太康，养老也能下“菜单”\n\n"
            "　　现在他住在河南太康县老冢镇的联养点，联养点供养22人。\n")
    doc = parse_text(text, "county-word.txt")
    assert doc.articles[0].region == "太康县"
    assert figures_by_raw(doc)["9236名"] == "太康县"


def test_a_city_whose_short_form_is_a_verb_is_the_city_listed_beside_places():
    text = ("心理援助热线开通\n\n"
            "　　疫情发生以来，郑州、开封等14地市开通心理咨询热线，已服务497例。\n"
            "　　热线开封后的药品要妥善保存。\n")
    doc = parse_text(text, "listed.txt")
    assert figures_by_raw(doc)["497例"] == "河南省"


def test_a_title_naming_a_province_by_its_short_form_anywhere_makes_the_story_that_province_s():
    text = ("记者深入西藏羌塘无人区腹地\n探访普若岗日冰川\n\n"
            "　　科考队员说，该冰原的冰舌近20年来后退了50米。\n")
    doc = parse_text(text, "title-province.txt")
    assert doc.articles[0].region == "西藏自治区"
    assert figures_by_raw(doc)["50米"] == "西藏自治区"
    # not people from it, nor a body named after it; every province but it is the country
    for title, region in (("东航包机接回131位湖北籍旅客", "未标明地区"), ("上海合作组织秘书长发表谈话", "未标明地区"),
                          ("除湖北外其他省份确诊病例下降", "全国")):
        doc = parse_text(title + "\n\n　　当天共有131人乘机，其中儿童12人。\n", "not-province.txt")
        assert doc.articles[0].region == region, title
    doc = parse_text("稳住江苏外贸基本盘\n\n　　全年进出口总额4.3万亿元，增长5.2%。\n", "trade.txt")
    assert doc.articles[0].region == "江苏省"


def test_a_city_heading_a_clause_before_a_verb_is_its_subject():
    """"近年来，宜宾清理…" is 宜宾's doing, in a story about the river's cities; "武汉返乡人员" are
    people back from 武汉, where the story is not."""
    doc = parse_text("长江沿线城市护水记\n\n　　本报重庆1月6日电　重庆沿江建起生态廊道120公里。\n"
                     "　　近年来，宜宾清理非法养殖、迁移沿江企业，为长江系上了192公里的“绿色腰带”。\n", "x.txt")
    placed = figures_by_raw(doc)
    assert placed["120公里"] == "重庆市" and placed["192公里"] == "宜宾市"
    doc = parse_text("社区防控有力\n\n　　河南省信阳市平桥区五里墩街道天宝社区严防死守。在天宝社区，"
                     "武汉返乡人员共有54户，社区逐户登记。\n", "x.txt")
    assert figures_by_raw(doc)["54户"] != "武汉市"


def test_a_briefing_of_the_state_is_national_unless_its_title_says_where_it_is_held():
    doc = parse_text("去年商务运行稳中有进\n\n　　21日，国新办举行新闻发布会，去年全年商务运行总体平稳。\n"
                     "　　全年货物进出口31.5万亿元，增长3.4%。\n", "x.txt")
    assert figures_by_raw(doc)["31.5万亿元"] == "全国"
    doc = parse_text("国新办在武汉举行记者见面会，一线工作者——\n讲述抗疫故事 传递战疫力量\n\n"
                     "　　23日下午，国务院新闻办在湖北武汉举行新闻发布活动，几位一线工作者讲述了他们的故事。\n"
                     "　　作为武汉市一家医院的病区主任，王明和同事已在一线奋战了40多天，“病区收治患者近200人。”\n"
                     "　　一位外卖骑手说，这些天他每天要跑100多公里。\n", "x.txt")
    assert figures_by_raw(doc)["200人"] == figures_by_raw(doc)["100多公里"] == "武汉市"


def test_a_first_person_part_is_of_the_speaker_who_signs_it_below_not_of_the_next_one():
    # the common layout of "they tell it" pages: each part ends with its speaker and who wrote it down
    text = ("乡亲们说小康\n\n"
            "　　编者按：几位乡亲讲讲自己的日子。\n"
            "　　养蜂酿出甜日子\n"
            "　　去年我家养了40头牛，卖牛挣了3万元。\n"
            "　　四川蒲江县甘溪镇明月村村民李文讲述\n"
            "　　本报记者 王明整理\n"
            "　　种茶走上致富路\n"
            "　　今年我承包了20亩茶园，收入翻了一番。\n"
            "　　福建省厦门市思明区驻安溪县感德镇工作队队员、槐植村第一书记陈华讲述\n"
            "　　张丽  赵强整理\n")
    doc = parse_text(text, "voices.txt")
    placed = figures_by_raw(doc)
    assert placed["40头"] == placed["3万元"] == "甘溪镇"
    assert placed["20亩"] == "感德镇"      # where the speaker serves, not the district that sent them
    titles = [s.title for s in doc.articles[0].sections]
    assert not any(t.endswith(("讲述", "整理")) for t in titles), titles
    assert len(doc.articles) == 1


def test_central_state_firms_and_the_politburo_speak_for_the_country():
    text = ("复工进展\n\n"
            "　　记者从发布会获悉，目前中央企业所属1万余户子企业开工率已超70%。\n"
            "　　一年来，中央政治局会议有9次议题涉及作风建设。\n"
            "　　春节期间，中央广播电视总台推出60小时直播。国家组织药品集中采购再增加20个品种。\n")
    placed = figures_by_raw(parse_text(text, "soe.txt"))
    assert placed["1万余户"] == placed["70%"] == placed["9次"] == "全国"
    assert placed["60小时"] == placed["20个"] == "全国"


def test_the_country_after_now_or_currently_heads_its_clause():
    text = ("脱贫攻坚\n\n"
            "　　今年贵州省减贫30万人。\n"
            "　　现在全国还有200万农村贫困人口、30多个贫困县尚未摘帽。当前我国家政从业人员80%来自农村。\n")
    placed = figures_by_raw(parse_text(text, "now.txt"))
    assert placed["30万人"] == "贵州省"
    assert placed["200万"] == placed["30多个"] == placed["80%"] == "全国"


def test_a_section_whose_heading_names_its_place_stays_there_when_its_figures_fall_elsewhere():
    text = ("典型案件\n\n"
            "　　公安部今年公布了一批典型案件。\n"
            "　　1.浙江省温州市公安局侦办的“815”网络赌博案\n"
            "　　公安部统一指挥浙江省公安厅会同温州市公安局，在我国云南省实施收网，抓获嫌疑人35名，冻结资金2亿元。\n")
    doc = parse_text(text, "cases.txt")
    (section,) = [s for s in doc.articles[0].sections if s.title.startswith("1.")]
    assert section.region == "温州市"


def test_a_heading_naming_an_organisation_of_a_place_is_about_that_place_but_not_a_university():
    text = ("年度案件\n\n"
            "　　公安部公布了一批案件。\n"
            "　　四川省公安厅侦办的“730”赌博案\n"
            "　　公安部统一指挥专案组开展收网行动，抓获嫌疑人20名。\n"
            "　　安徽农业大学教授扎根农村\n"
            "　　在江苏省盱眙县，他指导农户养羊3000只。\n")
    doc = parse_text(text, "orgs.txt")
    regions = {s.title: s.region for s in doc.articles[0].sections}
    assert regions["四川省公安厅侦办的“730”赌博案"] == "四川省"
    assert figures_by_raw(doc)["3000只"] == "盱眙县"


def test_a_source_note_closes_its_part_and_heads_nothing():
    text = ("企业在行动\n\n"
            "　　甲公司\n"
            "　　科技服务农业\n"
            "　　甲公司今年向农户供应化肥3万吨。\n"
            "　　数据来源：甲公司\n"
            "　　乙集团\n"
            "　　爱心助农\n"
            "　　乙集团今年捐赠种子200吨。\n"
            "　　资料来源：乙集团、农业农村部\n")
    doc = parse_text(text, "sponsors.txt")
    titles = [s.title for a in doc.articles for s in a.sections]
    assert not any("来源" in t for t in titles), titles
    assert "乙集团" in titles


def test_where_a_person_is_from_does_not_lead_the_paragraph_or_the_story():
    text = ("英雄谱\n\n"
            "　　在浙江温州市瓯海区，人们记得牺牲的民警王明。\n"
            "　　王明，1970年生，江西萍乡人，汉族。他先后破获案件300余起，荣立三等功2次。\n"
            "　　重庆两江新区人和街道的居民也记得他，当年接待群众1000余人次。\n")
    placed = figures_by_raw(parse_text(text, "hero.txt"))
    assert placed["300余起"] == placed["2次"] == "瓯海区"
    assert placed["1000余人次"] == "人和街道"      # a street whose name begins with 人 is no one's origin


def test_the_country_s_population_is_national_the_world_s_is_not():
    text = ("武汉加油\n\n"
            "　　武汉市今年新建医院2所。14亿人民心手相连，一定能战胜疫情。\n"
            "　　全球13.6亿贫困人口期待减贫经验。\n")
    placed = figures_by_raw(parse_text(text, "people.txt"))
    assert placed["2所"] == "武汉市"
    assert placed["14亿人民"] == "全国"
    assert placed["13.6亿"] != "全国"


def test_a_city_s_bureau_named_by_its_short_form_acts_for_the_city():
    text = ("四川交通\n\n"
            "　　四川省今年新建农村公路1万公里。\n"
            "　　面对疫情，绵阳交通运输局500余名党员迅速归队，德阳商务局投放储备蔬菜800吨。\n")
    placed = figures_by_raw(parse_text(text, "bureaus.txt"))
    assert placed["1万公里"] == "四川省"
    assert placed["500余名"] == "绵阳市"
    assert placed["800吨"] == "德阳市"


def test_a_county_named_in_full_is_found_by_its_short_form_as_a_word_of_its_own():
    # the story names 精河县 in full, then a neighbour; "没有精河气象站" is 精河's again, not the neighbour's
    text = ("天山北麓的气象观测\n\n　　本报记者 王五\n\n"
            "　　精河县地处天山北麓。东边的乌苏市去年新建了气象站。没有精河气象站，两地之间有200多公里空白。\n")
    placed = figures_by_raw(parse_text(text, "jinghe.txt"))
    assert placed["200多公里"] == "精河县"


def test_a_national_firm_s_branch_heading_its_clause_is_in_the_branch_s_city():
    # a railway bureau named after its city acts there, not where the paragraph before was
    text = ("返程客流保障\n\n　　本报记者 王五\n\n　　江苏省各地开行返岗专列30趟。\n"
            "　　中国铁路成都局集团有限公司挑选了15名司机，值乘8对成都东至重庆北的动车组。\n")
    assert figures_by_raw(parse_text(text, "rail.txt"))["8对"] == "成都市"


def test_a_total_s_note_of_what_it_leaves_out_is_not_its_place():
    text = ("纪律检查通报\n\n　　本报北京2月1日电  网站日前发布消息，2020年1月全国（不含山东省）查处问题2315起，"
            "受处分干部中，县处级210人。\n")
    placed = figures_by_raw(parse_text(text, "total.txt"))
    assert placed["2315起"] == placed["210人"] == "全国"


def test_a_quote_s_figures_are_the_place_of_the_speaker_the_next_words_introduce_by_post():
    # a national roundup: the quote opens the paragraph, the speaker's county comes right after it
    text = ("各地抓春耕\n\n　　本报记者 王五\n\n　　黑龙江省各地春耕备耕有序推进。\n"
            "　　“连续6天直播，累计有3200多人参加。”黑龙江嫩江县农业技术推广中心站长赵敏没想到自己成了主播。\n")
    assert figures_by_raw(parse_text(text, "quote.txt"))["3200多人"] == "嫩江市"


def test_a_district_named_new_area_written_with_its_city_is_that_district_not_a_zone():
    text = ("复工复产\n\n　　本报记者 王五\n\n"
            "　　“我们签订了投资约5亿元的项目。”辽宁沈阳沈北新区区委书记张三说。\n")
    doc = parse_text(text, "shenbei.txt")
    assert figures_by_raw(doc)["5亿元"] == "沈北新区"
    assert parents(doc)["沈北新区"] == "沈阳市"
    assert not any(r.level == "zone" for r in doc.regions)


def test_a_firm_s_provincial_rank_is_not_where_its_figures_are():
    # "广东省农业龙头企业" ranks the farm; the farm lies in the town its paragraph opened with
    text = ("保障蔬菜供应\n\n　　本报记者 王五\n\n"
            "　　东升农场位于广州市南沙区大岗镇，放眼望去，一片翠绿。作为广东省农业龙头企业，"
            "东升农场建有14个大型生产基地，年产值达2.3亿元。\n")
    placed = figures_by_raw(parse_text(text, "farm.txt"))
    assert placed["14个"] == placed["2.3亿元"] == "大岗镇"


def test_a_county_s_full_name_that_is_a_common_phrase_lends_its_short_form_nothing():
    # "老城区" is any city's old town; 洛阳's district of that name is not in a Qingdao story
    text = ("市北区抓项目\n\n　　本报记者 王五\n\n"
            "　　青岛市市北区把发展新经济作为老城转型的关键，全区投资增长20.1%。\n"
            "　　下一步，市北区要蹚出老城区高质量发展新路子。\n")
    doc = parse_text(text, "shibei.txt")
    assert figures_by_raw(doc)["20.1%"] == "市北区"
    assert not any(r.name in ("老城区", "河南省") for r in doc.regions)


def test_a_story_of_many_parts_is_not_about_the_place_only_its_first_part_names():
    text = ("共和国岁月\n\n"
            "　　回归祖国\n　　香港自古以来就是中国领土。1990年，全国人大通过了香港特别行政区基本法，历时4年8个月。\n"
            "　　1997年7月1日，香港特别行政区成立，香港各界举行了30多场庆祝活动。\n"
            "　　国企改革\n　　到2000年底，亏损的6599户国有大中型企业已减少70%以上。\n"
            "　　大坝建成\n　　2006年，全线浇筑达到185米高度的大坝建成。\n"
            "　　科教兴国\n　　1995年，科技大会召开，提出了10项任务。\n")
    doc = parse_text(text, "history.txt")
    placed = figures_by_raw(doc)
    assert placed["30多场"] == "香港特别行政区"
    assert "香港特别行政区" not in (placed["6599户"], placed["185米"], placed["10项"])


def test_a_county_s_short_form_naming_counted_things_is_a_word_not_the_county():
    # 惠民县 is named in full, yet "274家惠民供销网点" are outlets "for the people" of 慈利县
    text = ("各地抓春耕\n\n　　本报记者 王五\n\n　　山东省惠民县姜楼镇的合作社忙着育苗。\n"
            "　　湖南省慈利县的农资供应充足。目前慈利县274家惠民供销网点累计供应肥料1500多吨。\n")
    assert figures_by_raw(parse_text(text, "huimin.txt"))["1500多吨"] == "慈利县"


def test_a_unit_above_the_story_s_place_leading_a_paragraph_does_not_take_the_next_ones():
    # "湖南省委明确要求…" sets the scene of a 长沙县 story; the company's figures after it stay 长沙县's
    text = ("长沙县驻企联络员\n\n　　本报记者 王五\n\n"
            "　　长沙县的博能科技有限公司今年复工。\n"
            "　　2月11日，湖南省委明确要求各地向复工企业派驻联络员。\n"
            "　　今年3月到5月，博能公司有22个项目要交货。\n")
    assert figures_by_raw(parse_text(text, "liaison.txt"))["22个"] == "长沙县"


def test_a_zone_is_found_by_its_own_name_without_the_zone_word():
    # the text names 洋浦经济开发区 with its province once; "洋浦" alone is that zone, in the headline too
    text = ("海南洋浦试水30条措施\n\n　　本报海口1月16日电  （记者李四）海南洋浦经济开发区近日发布措施。\n"
            "　　洋浦压缩企业开办时间至2个工作日。\n")
    doc = parse_text(text, "yangpu.txt")
    placed = figures_by_raw(doc)
    assert placed["30条"] == placed["2个工作日"] == "洋浦经济开发区"
    assert parents(doc)["洋浦经济开发区"] == "海南省"
    # a term the text quotes is no zone's name: "“飞地园区”" leaves "飞地经济" a phrase
    text = ("飞地经济\n\n　　本报记者 王五\n\n　　辽宁有了自己的“飞地园区”。\n"
            "　　辽宁省发展改革委介绍，全省已落户飞地经济项目1000多个。\n")
    assert figures_by_raw(parse_text(text, "enclave.txt"))["1000多个"] == "辽宁省"


def test_the_country_but_one_province_is_the_country():
    text = ("除湖北外其他省份新增病例5天来降42.8%\n\n　　本报北京2月9日电  （记者李四）湖北省武汉市仍是重点。\n"
            "　　发布会上介绍，除湖北外其他省份每日新增确诊病例数下降，已连续6天减少。\n")
    placed = figures_by_raw(parse_text(text, "but_one.txt"))
    assert placed["42.8%"] == placed["6天"] == "全国"


def test_where_people_or_firms_moved_to_is_not_what_their_figures_are_of():
    # "迁至月牙湖乡": the old village's hamlets are counted, not the new township's; "搬迁至银川的员工":
    # the staff of the factory the paragraph is about
    text = ("移民新村\n\n　　本报记者 王五\n\n　　月牙湖乡是移民乡。\n"
            "　　2015年，马家从甘肃省定西市安定区李家村迁至月牙湖乡。老村山大沟深，12个自然村迁下来6个。\n"
            "　　企业的工厂在月牙湖乡。2013年随着企业从深圳搬迁至银川的员工就有300多人。\n")
    placed = figures_by_raw(parse_text(text, "moved.txt"))
    assert placed["12个"] == "安定区"
    assert placed["300多人"] == "月牙湖乡"


def test_a_quote_s_figures_are_its_speaker_s_place_when_the_words_after_it_recall_or_stress():
    # the story is the city's; the section before the quote names the city only, the speaker the district
    text = ("通道被堵\n\n　　本报记者 王五\n\n　　1月1日，浙江省杭州市余杭区一小区发生火灾，消防车被堵。\n　　现状\n"
            "　　小区通道频频被堵\n　　1月3日上午，记者来到杭州金色家园小区时，东门入口处的隔离桩正被拆除。\n"
            "　　“消防车没法通行，路上停着20余辆私家车。”杭州余杭消防救援站驾驶员李四回忆。\n"
            "　　难点\n　　停车难、管理难\n　　以杭州西湖区一小区为例，有3400余户住户，仅有335个车位。\n"
            "　　1月1日当天，杭州市消防救援支队接到举报28起，2日增至92起。\n")
    assert figures_by_raw(parse_text(text, "lane.txt"))["20余辆"] == "余杭区"


def test_a_story_opening_on_scenes_from_three_provinces_is_none_of_theirs():
    # three villagers' words open a commentary; "……" ends the run; what follows sums them up
    text = ("春耕不误农时（话说新农村）\n\n"
            "　　“合作社帮我们联系了买家。”在江西省赣州市石城村，张三等8名农户签下了订单。\n"
            "　　“今年的种子早就备好了。”四川省马边县种粮户李四说。\n"
            "　　“大伙一起干，日子有奔头。”湖北长阳县农户王五在地里忙着。\n"
            "　　……\n"
            "　　春耕时节，各地农技人员深入田间地头。1.2万名农技专家组成服务队，送技术上门。\n")
    doc = parse_text(text, "scenes.txt")
    placed = figures_by_raw(doc)
    assert placed["8名"] == "赣州市"
    assert placed["1.2万名"] not in ("长阳土家族自治县", "湖北省", "赣州市", "江西省")
    assert all(s.region not in ("赣州市", "江西省") for s in doc.articles[0].sections)


def test_a_national_story_s_section_is_not_the_venue_it_names_once():
    text = ("全国医院信息化论坛举行\n基层医院远程诊疗覆盖面扩大（医学资讯）\n\n"
            "　　本报电  2019全国医院信息化论坛日前在江西省南昌市举行。国家卫健委负责人在论坛上说，近年来我国医疗服务持续改善。\n"
            "　　优化服务流程。二级以上医院中，4200余家开展了远程会诊，1.1万家提供了移动支付。\n"
            "　　推广新型服务模式。开展日间手术的医院超过了1500家。\n"
            "　　提升连续性服务。2700多个医联体建立了远程医疗中心。\n"
            "　　本届论坛由国家卫健委和江西省卫生健康委联合主办。\n")
    doc = parse_text(text, "forum.txt")
    placed = figures_by_raw(doc)
    assert placed["4200余家"] == placed["1.1万家"] == "全国"
    assert {s.region for s in doc.articles[0].sections} == {"全国"}


def test_a_list_of_one_province_s_places_stands_for_them_all_in_the_next_sentence():
    text = ("山区县全部摘帽\n\n　　本报记者 王五\n\n"
            "　　四川省政府日前宣布脱贫成果。乌蒙山区包括宜宾市、泸州市和乐山市马边彝族自治县等10个贫困县。"
            "到2019年底，10个贫困县全部摘帽，1200个贫困村退出。\n")
    placed = figures_by_raw(parse_text(text, "list.txt"))
    assert placed["1200个"] == "四川省"


def test_a_park_listed_beside_a_street_does_not_widen_what_follows_to_the_city():
    text = ("停车场整治\n\n　　本报记者 王五\n\n　　山东省聊城市东昌府区近日开展停车场整治。\n"
            "　　执法人员联合聊城经济技术开发区、古楼街道，对北环路两侧停车场逐一排查。经过排查，共有16家停车场，南侧9家。\n")
    placed = figures_by_raw(parse_text(text, "park.txt"))
    assert placed["16家"] != "聊城市"


def test_a_quote_signed_by_the_section_s_own_place_brings_the_story_back_to_it():
    # a farmer's county leads, then the province's official speaks: the scheme's totals are the province's
    text = ("湖南洞庭湖探索湿地生态补偿\n湿地补偿惠农家\n\n　　湖南省推进洞庭湖湿地生态补偿。\n"
            "　　鸟吃了粮食，补偿款打进一卡通\n"
            "　　李四是湖南省沅江市的种粮大户，他种的500亩水稻离保护区只有两公里。去年候鸟吃掉了120亩。\n"
            "　　李四急得整宿睡不着觉。县乡两级为他争取了补偿资金4万元。\n"
            "　　“谁保护，谁受益；谁受损，补偿谁。”湖南省林业局湿地处处长赵六介绍，湖南省的沅江市、汉寿县及"
            "岳阳市君山区被列为首批试点县。2019年，湖南省林业局出台补偿办法，试点扩大到15个县市区。\n"
            "　　据了解，补偿标准为每亩70元。截至去年，试点县累计补偿耕地面积32.5万亩。\n")
    placed = figures_by_raw(parse_text(text, "wetland.txt"))
    assert placed["120亩"] == placed["4万元"] == "沅江市"
    assert placed["32.5万亩"] == "湖南省"


def test_a_list_in_the_paragraph_before_stands_for_all_its_places():
    text = ("春耕备耕\n\n　　本报记者 王五\n\n　　湖南省各地抓好春耕备耕。\n"
            "　　当前，长沙市、株洲市和湘潭市率先启动了春耕生产，农资供应充足。\n"
            "　　目前已完成翻耕面积120万亩。\n")
    assert figures_by_raw(parse_text(text, "spring.txt"))["120万亩"] == "湖南省"


def test_a_city_s_short_form_before_what_happens_there_is_the_city():
    # "郑州每天…" after a province's roundup: the city's own figure
    text = ("疫情防控取得积极成效\n\n　　本报记者 王五\n\n"
            "　　张三说：“河南和郑州疫情出现了积极变化，防控取得阶段性成效。”郑州每天新增病例从月初的300多人下降到现在的50人。\n")
    assert figures_by_raw(parse_text(text, "daily.txt"))["300多人"] == "郑州市"


def test_a_city_s_short_form_is_the_district_of_that_name_the_story_names_in_full():
    # a Beijing story: "朝阳群众" are its 朝阳区's people, not 辽宁's 朝阳市, where 辽宁 is never named;
    # "全市" after them is still Beijing
    text = ("首都社区防控\n\n　　本报记者 王五\n\n　　春雪覆盖的北京，宁静有序。\n"
            "　　作为朝阳区安贞社区党委书记，张三从春节开始就没歇过一天。\n"
            "　　在党员带动下，“朝阳群众”“西城大妈”等志愿者纷纷走上社区街面。\n"
            "　　全市总动员，拧成一股劲。截至目前，共服务返京人员11万余人。\n")
    doc = parse_text(text, "chaoyang.txt")
    assert "朝阳市" not in {r.name for r in doc.regions}
    assert figures_by_raw(doc)["11万余人"] == "北京市"


def test_china_s_territory_heading_a_clause_is_the_country():
    text = ("超算榜单发布\n\n　　本报记者 王五\n\n　　无锡的超算中心去年再获殊荣。\n"
            "　　在全球超算500强榜单上，中国境内有219台超算上榜。\n")
    assert figures_by_raw(parse_text(text, "hpc.txt"))["219台"] == "全国"


def test_a_national_roundup_s_section_is_not_the_place_of_its_first_example():
    text = ("各地出台措施稳就业\n\n　　本报北京2月16日电  （记者王五）国务院扶贫办日前印发通知，部署促进贫困人口就业。\n"
            "　　助力贫困户返岗\n"
            "　　疫情发生以来，贵州正安县对县外务工的38.2万人监测分析，发布了4万个就业岗位，达成就业意向1800人。\n"
            "　　吉林省扶贫办负责人介绍，吉林安排公益特岗4000个，期限6个月。\n"
            "　　海南开发防疫公益岗位，贫困劳动力用工比例不低于50%。\n"
            "　　河南兰考县委负责人介绍，全县已有120家扶贫企业恢复生产，带动1300户贫困户就业。\n")
    doc = parse_text(text, "roundup.txt")
    section = next(s for s in doc.articles[0].sections if "38.2万人" in s.text)
    assert figures_by_raw(doc)["38.2万人"] == "正安县"
    assert section.region == "全国"


def test_a_heading_counting_all_but_one_province_is_the_country_s():
    text = ("治愈出院患者超万人\n除湖北外新增确诊病例连续10天下降\n\n　　本报北京2月17日电  武汉市目前累计治愈出院患者5000余人。\n")
    doc = parse_text(text, "but_one.txt")
    heading = [f for a in doc.articles for s in a.sections for f in s.figures if f.field == "title" and f.raw == "10天"]
    assert heading and heading[0].region == "全国"


def test_a_place_a_distance_is_measured_from_is_not_what_the_distance_is_of():
    text = ("山区小镇的新路\n\n　　本报记者 王五\n\n　　汝城县位于湖南省东南部，距长沙350公里。"
            "2019年，汝城县新修公路120公里。\n")
    doc = parse_text(text, "far.txt")
    assert figures_by_raw(doc)["350公里"] == "汝城县"
    # (a kind of town, "山区小镇", is no town)
    assert "山区小镇" not in {r.name for r in doc.regions}


def test_a_kicker_naming_an_old_town_is_no_region_the_text_says_where_it_lies():
    text = ("江苏锦溪古镇\n水乡古韵 代代相传（寻找最美乡村）\n\n"
            "　　锦溪古镇位于江苏省苏州市昆山市西南部，镇上保存着古桥36座。\n"
            "　　如今，古镇每年接待游客超过200万人次。\n")
    doc = parse_text(text, "oldtown.txt")
    assert doc.articles[0].title.startswith("水乡古韵")
    assert not any(r.name.endswith("古镇") for r in doc.regions)
    assert figures_by_raw(doc)["36座"] == "昆山市"


def test_a_leader_convening_a_central_body_is_the_country_s_story():
    text = ("张三主持召开国务院常务会议\n\n　　本报北京2月25日电  会议听取了湖北省复工复产情况汇报。\n"
            "　　会议指出，支持吸纳1亿多人就业的6000多万个体工商户纾困。\n")
    doc = parse_text(text, "council.txt")
    assert doc.articles[0].region == "全国"
    assert figures_by_raw(doc)["6000多万个"] == "全国"


def test_a_place_s_human_resources_bureau_is_that_place_not_its_people():
    # "人社" (human resources and social security) after a province's short form is its bureau
    text = ("复工用工有保障\n\n　　本报记者 王五\n\n　　云南加快重点项目建设。昆明滇池度假区等项目陆续复工。\n"
            "　　针对项目用工缺口，云南人社部门及时发布了52个重点项目用工信息。\n")
    assert figures_by_raw(parse_text(text, "hr.txt"))["52个"] == "云南省"


def test_a_paragraph_opening_on_a_firm_of_another_place_is_that_place_s():
    # a donors' roundup: a county's farm, then a firm named after its province; the firm's later
    # purchase ("公司…采购") is the firm's province, not the county the paragraph before was about
    text = ("八方支援战疫情\n\n　　本报记者 王五\n\n　　全国各地企业纷纷伸出援手。\n"
            "　　在江西永修县，一家合作社连夜采摘蔬菜30吨，支援武汉。\n"
            "　　2月8日，河南红旗机械有限公司向红十字会捐赠一批医用物资。近日，公司再次紧急动员，采购医用口罩6000只支援一线。\n")
    placed = figures_by_raw(parse_text(text, "donors.txt"))
    assert placed["30吨"] == "永修县"
    assert placed["6000只"] == "河南省"


def test_a_firm_named_after_the_city_holding_the_scene_does_not_take_the_scene_s_figures():
    # a county's scene, then a firm of the county's city at work there: the county's figures still
    text = ("蔬菜产业助农增收\n\n　　本报记者 王五\n\n　　江西永修县大力发展蔬菜产业。\n"
            "　　今年以来，九江九丰农业发展有限公司带动合作社签约收购农户蔬菜。目前已收购1200吨。\n")
    assert figures_by_raw(parse_text(text, "veg.txt"))["1200吨"] == "永修县"


def test_a_firm_of_the_city_holding_the_story_s_county_ends_a_town_s_scene():
    # a county's story, a paragraph on one of its towns, then one opening on a firm named after the
    # county's city (described first, "为…的"): its figures are the county's, not the town's
    text = ("柑橘产业链越拉越长\n\n　　本报记者 王五\n\n　　江西永修县柑橘种植面积逐年扩大。\n"
            "　　在虬津镇，果农李四去年种了30亩柑橘。\n"
            "　　为果农提供技术服务的九江农技通公司有技术员40多名，服务果园超过2万亩。\n")
    placed = figures_by_raw(parse_text(text, "citrus.txt"))
    assert placed["30亩"] == "虬津镇"
    assert placed["40多名"] == placed["2万亩"] == "永修县"


def test_a_firm_a_description_opens_the_paragraph_on_leads_it():
    # (the firm's name beyond the words that lead a paragraph by themselves)
    text = ("八方支援战疫情\n\n　　本报记者 王五\n\n　　全国各地企业纷纷伸出援手。\n"
            "　　在江西永修县，一家合作社连夜采摘蔬菜30吨，支援武汉。\n"
            "　　春节期间一直没有停工的河南红旗机械有限公司接到了新订单。目前，公司日产防护服5000套。\n")
    placed = figures_by_raw(parse_text(text, "donors2.txt"))
    assert placed["30吨"] == "永修县"
    assert placed["5000套"] == "河南省"


def test_a_place_given_as_one_example_of_many_counted_is_not_the_subject():
    # "上海等20个省份" counts provinces: what follows is the country's, not 上海's; a list's last item
    # before the count is no example on its own ("南京、苏州等8个城市": the list is counted)
    text = ("远程医疗覆盖更广\n\n　　本报北京1月5日电  （记者王五）全国远程医疗工作会议日前召开。\n"
            "　　目前，上海等20个省份建成了区域平台，8000多家医院开展了远程医疗服务。\n"
            "　　江苏省卫健委介绍，南京、苏州等8个城市已实现检查结果互认，累计服务群众120万人次。\n")
    placed = figures_by_raw(parse_text(text, "telemed.txt"))
    assert placed["8000多家"] == "全国"
    assert placed["120万人次"] == "江苏省"


def test_an_area_across_provinces_speaks_for_the_country_in_a_story_of_the_country():
    # a national essay: a county's scene, then the river basin as a whole (the country's figures)
    text = ("大河奔流气象新\n\n　　本报记者 王五\n\n　　全国各地加强生态保护。\n"
            "　　在湖南沅江市，渔民张三上岸转产，去年收入8万元。\n"
            "　　长江流域280个保护区全面禁捕，沿线各地将进入为期10年的禁捕期。\n"
            "　　在江西都昌县，“长江流域禁捕宣传周”活动吸引了3000名群众。\n")
    placed = figures_by_raw(parse_text(text, "basin.txt"))
    assert placed["8万元"] == "沅江市"
    assert placed["3000名"] == "都昌县", "a name in quotes is no subject"
    assert placed["280个"] == placed["10年"] == "全国"


def test_an_area_across_provinces_in_a_story_of_one_place_is_that_place_s_part():
    # a province's plan names the basin for its own stretch; a plan's name in 《》 is no subject
    text = ("河南今年新增湿地公园\n\n　　本报郑州1月5日电  （记者王五）河南省林业局日前印发工作要点。\n"
            "　　今年，黄河流域将新建10个省级湿地公园。\n"
            "　　《黄河流域生态保护规划》提出，全省造林200万亩。\n")
    placed = figures_by_raw(parse_text(text, "henan.txt"))
    assert placed["10个"] == placed["200万亩"] == "河南省"


def test_a_national_trade_association_speaks_for_its_trade_nationwide():
    # a forum held in a city: the national association's figures are the country's, not the venue's
    text = ("家电行业共谋转型\n\n　　本报记者 王五\n\n　　第五届家电产业论坛日前在广东佛山举行。\n"
            "　　佛山市顺德区家电企业去年产值增长8%。\n"
            "　　中国家用电器协会副理事长李四介绍，去年全行业规模以上企业3000多家，主营业务收入1.5万亿元。\n")
    placed = figures_by_raw(parse_text(text, "appliance.txt"))
    assert placed["8%"] == "顺德区"
    assert placed["3000多家"] == placed["1.5万亿元"] == "全国"


def test_a_city_s_railway_department_speaks_for_the_city():
    text = ("春运新气象\n\n　　本报记者 王五\n\n　　在贵州遵义，首趟返乡专列运送旅客1200人。\n"
            "　　在西北，兰州铁路部门推出“高铁+滑雪”套餐，已开行包车80列。\n")
    placed = figures_by_raw(parse_text(text, "rail.txt"))
    assert placed["1200人"] == "遵义市"
    assert placed["80列"] == "兰州市"


def test_the_body_under_whose_lead_something_is_done_is_not_its_subject():
    # "在国家文物局的支持下": a circumstance; the dig in a city's site is the city's, not the country's
    text = ("万年村落重见天日\n\n　　本报记者 王五\n\n　　通化市的一处遗址日前公布了发掘成果。\n"
            "　　为弄清这一文化的年代，在国家文物局的支持下，2016年至2019年，吉林省文物考古研究所曾对遗址进行了3次发掘。\n")
    placed = figures_by_raw(parse_text(text, "dig.txt"))
    assert placed["3次"] == "通化市"


def test_someone_s_home_town_is_not_what_the_story_is_about():
    # "回到湖南邵阳老家": where a builder comes from; his drive and the site are 武汉's story
    text = ("争分夺秒建医院\n\n　　本报武汉2月4日电  （记者王五）武汉雷神山医院建设进入冲刺。\n"
            "　　工人张三春节前已回到湖南邵阳老家，得知消息后驱车12个小时赶回工地。\n"
            "　　在这里，他又连续工作了3天。\n")
    placed = figures_by_raw(parse_text(text, "home.txt"))
    assert placed["12个小时"] == placed["3天"] == "武汉市"


def test_units_counted_over_a_list_after_a_count_of_their_parents_are_the_list_s():
    # "X、Y和Z的8个市30个县": both counts are over the provinces listed, the country's
    text = ("黄河行\n\n　　本报记者 王五\n\n　　在青海玛多县，牧民们守护着黄河源头。\n"
            "　　这次历时20天、行程3000公里的采访覆盖青海、甘肃和宁夏的8个市30个县。\n")
    placed = figures_by_raw(parse_text(text, "river.txt"))
    assert placed["8个"] == placed["30个"] == "全国"


def test_a_site_named_after_a_city_opening_a_clause_is_the_city_s():
    # "兰州火车站…", and after a quoted sentence ("…？”西宁机场…"); a square named after a city in a
    # story of one of its districts stays the district's
    text = ("春运一线\n\n　　本报记者 王五\n\n　　春运期间，各地车站机场客流平稳。\n"
            "　　“大家辛苦了！”西宁机场今天共保障航班120架次。\n"
            "　　兰州火车站预计发送旅客8.5万人次。\n")
    placed = figures_by_raw(parse_text(text, "stations.txt"))
    assert placed["120架次"] == "西宁市"
    assert placed["8.5万人次"] == "兰州市"
    district = ("市北区项目建设提速\n\n　　本报记者 王五\n\n　　青岛市市北区重点项目加快推进。\n"
                "　　青岛湾广场年底完成投资20亿元。\n")
    assert figures_by_raw(parse_text(district, "square.txt"))["20亿元"] == "市北区"


def test_a_roundup_of_parts_about_three_provinces_is_the_country_s_story():
    # the title names no place; each part is headed by its place (one of them a street, which names
    # its part as a region line does): the story is no one part's place, and each part keeps its own
    text = ("社区防疫在行动\n\n　　本报记者 王五\n\n"
            "　　南宁青秀：网格员守好小区门\n"
            "　　南宁市青秀区各社区设立检查点120个，网格员轮班值守。\n"
            "　　贵阳南明：党员带头下沉\n"
            "　　贵阳市南明区组织200名党员下沉社区。\n"
            "　　长沙梅溪湖街道：线上服务不打烊\n"
            "　　梅溪湖街道开通线上服务平台，已办理事项800件。\n")
    doc = parse_text(text, "communities.txt")
    assert doc.articles[0].region == "全国"
    placed = figures_by_raw(doc)
    assert (placed["120个"], placed["200名"], placed["800件"]) == ("青秀区", "南明区", "梅溪湖街道")


def test_a_central_state_enterprise_heading_its_clause_is_the_country_s():
    # after a paragraph of 武汉, a central enterprise's group-wide figures are no place's of the story
    text = ("央企全力保供\n\n　　本报记者 王五\n\n　　在武汉，两座应急医院加紧建设，现场工人超过7000人。\n"
            "　　截至目前，中国中铁累计向各地供应钢材1.2万吨。\n"
            "　　目前，仅中粮集团、国药集团等3家企业即可每日生产酒精800余吨。\n")
    placed = figures_by_raw(parse_text(text, "soe.txt"))
    assert placed["7000人"] == "武汉市"
    assert placed["1.2万吨"] == placed["800余吨"] == "全国"


def test_a_refinery_named_after_its_city_is_in_that_city():
    text = ("石化企业加紧生产\n\n　　本报记者 王五\n\n　　各地石化企业加紧生产医用原料。\n"
            "　　在上海，一家企业日产口罩10万只。中国石化九江石化预计向市场投放医用聚丙烯2500吨。\n")
    placed = figures_by_raw(parse_text(text, "refinery.txt"))
    assert placed["10万只"] == "上海市"
    assert placed["2500吨"] == "九江市", "a national firm's refinery, named after its city"


def test_a_place_named_only_as_what_a_measure_leaves_out_is_not_the_story_s_place():
    text = ("分级防控有序推进\n\n"
            "　　本报北京2月25日电  （记者王五）国务院联防联控机制25日召开新闻发布会。\n"
            "　　分区分级，就是对湖北省、天津市以外的地方按县划分风险等级。\n"
            "　　低风险地区要全面恢复生产生活秩序，中风险地区要尽快有序恢复。\n"
            "　　目前，天津市以外的地区已有1200个县为低风险地区。\n")
    doc = parse_text(text, "leftout.txt")
    assert doc.articles[0].region != "天津市"
    assert figures_by_raw(doc)["1200个"] != "天津市"


def test_a_story_opening_on_the_country_is_not_the_place_one_later_paragraph_names():
    # a briefing datelined in the capital: the capital's dateline is no naming of 北京, nor is what a
    # measure leaves out, and one paragraph naming it as a target does not make the briefing 北京's
    text = ("医疗物资保障有力\n\n"
            "　　本报北京2月25日电  （记者王五）国务院联防联控机制25日召开新闻发布会，介绍医疗物资保障情况。\n"
            "　　分区分级，就是对湖北省、北京市以外的地方按县划分风险等级。\n"
            "　　下一步将对北京市等重点区域，根据物资紧缺程度分类调配。\n"
            "　　截至2月24日，各地累计运送医用防护服2.5万件。\n")
    doc = parse_text(text, "briefing.txt")
    assert doc.articles[0].region == "全国"
    assert figures_by_raw(doc)["2.5万件"] == "全国"


def test_a_township_before_its_villagers_is_the_township():
    # "竹核乡村民": the township 竹核乡 and its villagers, not the word 乡村
    text = ("马铃薯喜获丰收\n\n　　本报记者 王五\n\n　　四川昭觉县发展马铃薯产业。\n"
            "　　昭觉县城里热热闹闹。竹核乡村民阿木今年种植马铃薯20亩，收入比去年翻了一番。\n")
    assert figures_by_raw(parse_text(text, "township.txt"))["20亩"] == "竹核乡"


def test_the_ends_of_a_route_are_not_what_its_sentence_is_about():
    text = ("青海民航旅客吞吐量创新高\n\n　　本报记者 王五\n\n　　随着一架执飞上海—西宁航班的客机平稳落地，"
            "全年旅客吞吐量突破800万人次，同比增长9.5%。\n"
            "　　长江航道部门加快实施重庆至宜昌段航道整治工程，航道水深提升至4.5米。\n")
    placed = figures_by_raw(parse_text(text, "route.txt"))
    assert placed["800万人次"] == placed["9.5%"] == "青海省"
    assert placed["4.5米"] not in ("重庆市", "宜昌市")


def test_a_place_s_stretch_of_a_road_or_a_project_is_that_place_s():
    text = ("高速公路建成通车\n\n　　本报记者 王五\n\n"
            "　　京雄高速公路主线全长97公里，其中北京境内27公里，河北境内70公里。\n"
            "　　南水北调中线工程（河南段）沿线参建人员已有1800余人返岗。\n")
    placed = figures_by_raw(parse_text(text, "stretch.txt"))
    assert placed["27公里"] == "北京市"
    assert placed["70公里"] == "河北省"
    assert placed["1800余人"] == "河南省"


def test_where_someone_got_a_job_or_a_place_at_school_is_not_what_follows_is_about():
    text = ("小院里的新生活\n\n　　本报记者 王五\n\n　　江苏句容市茅山镇丁庄村，家家户户贴上了春联。\n"
            "　　老两口的孙女去年研究生毕业，被杭州一家大企业录用。张三是镇农技站退休职工，退休金每月3200元。\n")
    assert figures_by_raw(parse_text(text, "hired.txt"))["3200元"] == "茅山镇"


def test_a_province_helping_another_is_a_partner_not_the_subject():
    text = ("扶贫干部的山乡岁月\n\n　　本报记者 王五\n\n　　贵州省铜仁市碧江区瓦窑村的村民种起了猕猴桃。\n"
            "　　张三没有气馁。他记得浙江省对口帮扶铜仁市工作队领队告诉他，扶贫项目必须兼顾生态。\n"
            "　　大棚建起来以后，猕猴桃产量达200余万斤、销售额260万元。\n")
    placed = figures_by_raw(parse_text(text, "partner.txt"))
    assert placed["260万元"] == "碧江区"


def test_a_path_to_a_place_passed_through_is_aside_as_a_whole():
    text = ("一起隐瞒行程案\n\n　　本报记者 王五\n\n　　云南省巧家县公安局依法对一名患者立案侦查。\n"
            "　　1月18日，李某驾车搭载妻子等人从浙江温州出发，途经湖北襄阳等地返乡。返乡后，李某走亲访友，造成60余名人员被集中留观。\n")
    assert figures_by_raw(parse_text(text, "path.txt"))["60余名"] == "巧家县"


def test_the_merged_alternation_of_word_lists_matches_as_the_plain_one_does():
    # the national bodies and firms are matched through their common beginnings (speed): the same
    # spans, longest word first, as the plain alternation, on strings made of the words' own pieces
    import random
    import re
    from tui_browse.parser.words import NATIONAL_BODIES, NATIONAL_WORDS, alternation, trie_alternation
    words = sorted({*NATIONAL_WORDS, *NATIONAL_BODIES})
    plain, merged = re.compile(alternation(tuple(words))), re.compile(trie_alternation(words))
    pieces = [w[:k] for w in words for k in range(1, len(w) + 1)] + ["，", "的", "省"]
    rng = random.Random(5)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(6))
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in merged.finditer(text)] == spans, text
        matched += len(spans)
    assert matched > 3000, "the strings must hold words for the comparison to mean anything"


def test_where_someone_s_home_is_is_not_what_follows_is_about():
    text = ("一网通办更便捷\n\n　　本报记者 王五\n\n　　上海市闵行区推进政务服务改革。\n"
            "　　家住莘庄的李女士老家在江苏南通，以往补办证件要专程跑一趟，而现在，在跨省通办专窗只需要15分钟。\n")
    assert figures_by_raw(parse_text(text, "home.txt"))["15分钟"] == "闵行区"


def test_a_satellite_named_after_a_place_is_no_naming_of_it():
    text = ("卫星发射计划\n\n　　本报记者 王五\n\n　　今年还将发射吉林一号、齐鲁二号、宁夏1号等卫星。\n"
            "　　去年全球实施90次发射任务，发射航天器共计400个。\n")
    placed = figures_by_raw(parse_text(text, "satellite.txt"))
    assert placed["90次"] not in ("吉林省", "山东省", "宁夏回族自治区")
    # a line or a house of the place is the place's
    line = parse_text("地铁\n\n　　本报记者 王五\n\n　　上海1号线日均客运量达到120万人次。\n", "line.txt")
    assert figures_by_raw(line)["120万人次"] == "上海市"


def test_a_central_state_group_by_its_full_name_speaks_for_the_country():
    text = ("火箭运抵发射场\n\n　　本报记者 王五\n\n　　火箭日前运抵海南文昌航天发射场。\n"
            "　　中国航天科技集团宇航发射今年有望突破40次。\n")
    assert figures_by_raw(parse_text(text, "group.txt"))["40次"] == "全国"


def test_a_place_written_after_the_figure_counts_by_the_whole_of_its_path():
    text = ("电梯更新\n\n　　本报记者 王五\n\n"
            "　　随着最后6部新电梯通电运行，山东省潍坊市奎文区两个社区的老旧电梯全部完成更新。\n")
    assert figures_by_raw(parse_text(text, "after.txt"))["6部"] == "奎文区"


def test_a_firm_of_a_province_in_a_roundup_of_the_country_is_the_province_s_not_the_last_scene_s():
    text = ("各地驰援抗疫\n\n　　本报记者 王五\n\n"
            "　　全国各地纷纷伸出援手。\n"
            "　　在广东湛江市遂溪县，原计划月底采收的蔬菜提前抢收，首批采收8吨。\n"
            "　　广东禾丰电器集团有限公司日前宣布捐赠6万台家电，支援疫情防控工作。\n")
    placed = figures_by_raw(parse_text(text, "donors.txt"))
    assert placed["8吨"] == "遂溪县"
    assert placed["6万台"] == "广东省"


def test_the_venue_of_a_meeting_dated_after_a_comma_is_where_it_met_not_its_subject():
    text = ("理事会全体会议公报\n\n"
            "　　中国农业学会第八届理事会第三次全体会议，于2020年3月2日至4日在北京举行。出席这次全会的有理事120人，列席45人。\n")
    placed = figures_by_raw(parse_text(text, "plenary.txt"))
    assert placed["120人"] == placed["45人"] == "全国"


def test_a_national_group_s_firm_of_a_place_is_that_place_s():
    text = ("医用物资保障行业在行动\n\n　　本报记者 王五\n\n　　全国医用物资生产企业加紧复工，产能持续提升。\n"
            "　　在沈阳，中国化工旗下沈阳化工430余名干部职工坚守岗位。该产品日产量由不足120吨增至240吨。\n")
    assert figures_by_raw(parse_text(text, "subsidiary.txt"))["240吨"] == "沈阳市"


def test_the_country_after_a_five_year_plan_s_period_heads_its_clause():
    text = ("搬迁安置\n\n　　本报记者 王五\n\n　　贵州省大方县的易地扶贫搬迁安置点建成，安置群众3200人。\n"
            "　　根据规划，“十三五”时期全国将对约1000万建档立卡贫困人口实施易地扶贫搬迁。\n")
    placed = figures_by_raw(parse_text(text, "plan.txt"))
    assert placed["3200人"] == "大方县" and placed["1000万"] == "全国"


def test_the_country_doing_something_to_others_is_the_subject():
    text = ("中哈合作\n\n　　本报记者 王五\n\n　　上海浦东新区的企业积极开拓中亚市场。\n"
            "　　中国对哈各类投资累计293亿美元。\n")
    assert figures_by_raw(parse_text(text, "abroad.txt"))["293亿美元"] == "全国"


def test_any_country_of_the_world_heading_a_clause_is_no_place_of_ours():
    text = ("援外农业专家\n\n　　本报记者 王五\n\n　　湖南省农科院派出专家赴非洲开展合作，培训学员300人次。\n"
            "　　在中国专家帮助下，纳米比亚稻米产量提高了10%以上。\n")
    placed = figures_by_raw(parse_text(text, "abroad.txt"))
    assert placed["300人次"] == "湖南省"
    assert placed["10%"] == "未标明地区"


def test_a_foreign_person_s_name_opening_on_a_country_s_name_is_no_country():
    text = ("外企看中国\n\n　　本报记者 王五\n\n　　浙江省宁波市的外资企业陆续复工。\n"
            "　　马里奥·罗西在宁波工作生活了近20年。\n")
    assert figures_by_raw(parse_text(text, "person.txt"))["20年"] != "未标明地区"


def test_a_person_introduced_as_someone_of_a_place_carries_it_to_their_later_paragraphs():
    text = ("湿地生态补偿\n\n　　本报记者 王五\n\n　　江西省探索完善湿地生态补偿制度。\n"
            "　　刘长河是江西省都昌县的种粮大户，种了500亩水稻。\n"
            "　　“保护候鸟，人人有责。”江西省林业局有关负责人介绍，全省已发放补偿资金3000万元。\n"
            "　　去年，刘长河早早购买了农业保险，预计还可获得补偿2万余元。\n")
    placed = figures_by_raw(parse_text(text, "person.txt"))
    assert placed["500亩"] == "都昌县"
    assert placed["2万余元"] == "都昌县"


def test_a_national_designation_a_place_holds_is_the_place_s():
    text = ("文化资源\n\n　　本报记者 王五\n\n　　湖南醴陵市文化资源丰富。\n"
            "　　目前，醴陵拥有全国重点文物保护单位5家，全国爱国主义教育基地3处，馆藏文物多达8000余件。\n")
    placed = figures_by_raw(parse_text(text, "designation.txt"))
    assert placed["3处"] == placed["8000余件"] == "醴陵市"


def test_a_label_opening_on_the_figure_s_own_province_leaves_it_to_the_region():
    text = ("各地疫情通报\n\n　　本报记者 王五\n\n"
            "　　全国各地加强疫情防控。湖北新增确诊病例318例。广东新增确诊病例40例。"
            "湖北籍旅客达123名。成都银行制定支持措施12条。\n")
    doc = parse_text(text, "labels.txt")
    found = {f.raw: f for a in doc.articles for s in a.sections for f in s.figures}
    assert (found["318例"].region, found["318例"].label) == ("湖北省", "新增确诊病例")
    assert found["318例"].metric == found["40例"].metric and found["40例"].region == "广东省"
    # (not where the place belongs to the words: a province's people, a city's bank)
    assert found["123名"].label.startswith("湖北籍")
    assert found["12条"].label.startswith("成都银行")


def test_a_unit_we_do_not_list_in_a_story_of_another_country_is_no_region_of_ours():
    text = ("土耳其伊兹密尔花展闭幕两年\n\n"
            "　　本报安卡拉电  土耳其伊兹密尔花展闭幕两年，园区仍然热闹。\n"
            "　　去年5月，伊兹密尔花展园区举办了为期5天的音乐节，吸引约7万名观众。伊兹密尔花展园区还举办了"
            "12场音乐会。\n")
    doc = parse_text(text, "abroad.txt")
    assert "伊兹密尔花展园区" not in {r.name for r in doc.regions}
    assert set(figures_by_raw(doc).values()) == {"未标明地区"}
    # (a story of ours naming the same kind of unit keeps it, with its place)
    doc = parse_text(text.replace("土耳其", "福建").replace("伊兹密尔", "福州海峡").replace("安卡拉", "福州"), "home.txt")
    assert parents(doc).get("海峡花展园区") == "福州市"


def test_a_name_after_someone_is_not_the_place_it_shares_a_short_form_with():
    text = ("医疗队驰援武汉\n\n"
            "　　2月1日，中山大学附属医院组建医疗队驰援武汉，由25名医护人员组成。"
            "复旦大学附属中山医院派出42名队员。\n")
    doc = parse_text(text, "team.txt")
    assert "中山市" not in {r.name for r in doc.regions}
    assert set(figures_by_raw(doc).values()) == {"武汉市"}
    # (the city by its own name stays itself)
    doc = parse_text("中山市推进制造业升级\n\n　　中山市今年新开工项目120个。\n", "city.txt")
    assert figures_by_raw(doc)["120个"] == "中山市"


def test_a_section_whose_figures_no_one_place_holds_half_of_is_the_unit_holding_them():
    text = ("多措并举稳定蔬菜供应\n\n"
            "　　在洛阳栾川县庙子镇，合作社一上午对接4家超市，售出蔬菜800公斤。庙子镇还组织了12辆货车。\n"
            "　　洛阳市是农业大市，全市蔬菜大棚8万亩，当前可供应蔬菜1.2万亩，产量2.1万吨。\n"
            "　　洛阳嵩县建立了种植户与超市的微信群，把150多户种植户与40多家超市连起来，3天成交36笔，销售蔬菜30吨。\n")
    doc = parse_text(text, "city.txt")
    section = doc.articles[0].sections[-1]
    assert section.region == "洛阳市"     # (not 嵩县, which holds the most but not half)
    placed = figures_by_raw(doc)
    assert placed["800公斤"] == "庙子镇" and placed["8万亩"] == "洛阳市" and placed["30吨"] == "嵩县"
    # (a place holding half with the places inside it stays the section's: 嵩县 and one of its towns)
    doc = parse_text(text.replace("栾川县庙子镇", "嵩县大章镇").replace("庙子镇还", "大章镇还"), "county.txt")
    assert doc.articles[0].sections[-1].region == "嵩县"


def test_a_set_phrase_of_wishes_holds_no_city():
    text = ("新春寄语\n\n　　祝愿全国人民幸福安康，今年要办好3件大事。"
            "国家长治久安，离不开基层社会治理，全年完成5项改革任务。\n")
    doc = parse_text(text, "wishes.txt")
    assert not {"安康市", "长治市"} & {r.name for r in doc.regions}
    assert not {"安康市", "长治市"} & set(figures_by_raw(doc).values())
    # (安康 is well-being after 的 too)
    doc = parse_text("物业守护社区\n\n　　他大年初一返回岗位，守护小区1200户、4000人的安康。\n", "wellbeing.txt")
    assert "安康市" not in {r.name for r in doc.regions}
    # (the city by its name stays itself)
    doc = parse_text("陕西安康发展富硒茶\n\n　　安康市今年新建茶园3万亩。\n", "city.txt")
    assert figures_by_raw(doc)["3万亩"] == "安康市"


def test_a_city_whose_short_form_is_also_a_word_is_meant_where_the_story_names_it_in_full():
    text = ("建立对接机制，开封——\n让蔬菜进得了城\n\n"
            "　　在祥符区，合作社的2000多公斤蔬菜被超市拉走。\n　　开封市全市有蔬菜大棚10万亩。\n")
    doc = parse_text(text, "kaifeng.txt")
    assert doc.articles[0].region == "开封市"       # (the kicker's 开封, not the first district)
    assert figures_by_raw(doc)["2000多公斤"] == "祥符区"
    # (nowhere named in full, 开封 is the verb it also is: "开封后尽快食用")
    doc = parse_text("食品保存有讲究\n\n　　罐头开封后尽快食用，已检查食品120批次。\n", "verb.txt")
    assert "开封市" not in {r.name for r in doc.regions}


def test_a_national_people_s_organisation_by_its_short_name_speaks_for_the_country():
    text = ("健身行业服务待提升\n\n　　深圳市消协去年收到健身投诉3038宗。\n"
            "　　中消协调查发现，尽管90%的健身商家签订了合同，但内容不规范。中国科协发布报告，涉及120个学会。\n")
    placed = figures_by_raw(parse_text(text, "consumers.txt"))
    assert placed["3038宗"] == "深圳市"
    assert placed["90%"] == placed["120个"] == "全国"


def test_the_central_government_s_departments_are_the_country():
    text = ("长江生态修复提速\n\n　　重庆市今年修复岸线120公里。\n"
            "　　截至去年11月，中央有关部门累计安排800亿元支持沿江生态修复。中央单位派出干部300名。\n")
    placed = figures_by_raw(parse_text(text, "centre.txt"))
    assert placed["120公里"] == "重庆市"
    assert placed["800亿元"] == placed["300名"] == "全国"


def test_a_host_city_before_the_year_of_its_games_names_the_games():
    text = ("青岛举办冬奥公益展览\n\n　　青岛市今年举办冰雪活动12场。\n"
            "　　本次活动将持续至2月。公益展览介绍了北京2022年冬奥会相关情况，将历时50天。\n")
    placed = figures_by_raw(parse_text(text, "games.txt"))
    assert placed["50天"] == "青岛市"       # (not 北京市: the games' name)


def test_a_zone_written_in_full_and_short_is_one_region_under_its_short_name():
    text = ("北京经开区加快复工\n\n　　北京经济技术开发区今年引进项目120个。\n　　北京经开区新增企业300家。\n")
    doc = parse_text(text, "zone.txt")
    zones = [r for r in doc.regions if r.level == "zone"]
    assert [(r.name, r.parent) for r in zones] == [("北京经开区", "北京市")]
    assert set(figures_by_raw(doc).values()) == {"北京经开区"}
    # (a zone the gazetteer lists keeps its own name)
    doc = parse_text("通辽经济技术开发区优化服务\n\n　　通辽经济技术开发区为90多个项目代办手续。\n", "listed.txt")
    assert figures_by_raw(doc)["90多个"] == "通辽经济技术开发区"


def test_a_city_by_its_short_form_opening_a_sentence_of_what_it_is_is_its_subject():
    text = ("春耕备耕有序推进\n\n　　北京市民返京人数增加。\n"
            "　　南阳是河南的农业大市，小麦播种面积达1020万亩。\n")
    assert figures_by_raw(parse_text(text, "copula.txt"))["1020万亩"] == "南阳市"


def test_a_paragraph_led_by_a_unit_above_the_place_the_story_follows_sets_the_scene_only():
    # a section of a feature in three provinces: a village of a town leads, its city is then
    # described, the section goes on in the village
    text = ("一步一个脚印\n\n种桃种来甜日子\n　　安徽马鞍山市当涂县的桃园里，今年种桃200亩。\n"
            "养鱼养出好光景\n　　浙江湖州市吴兴区的鱼塘边，今年养鱼300亩。\n"
            "护林造林脱了贫\n　　小石村是河北承德市隆化县步古沟镇的一个贫困村，海拔高，村民增收乏力。\n"
            "　　承德是京津上游重要的水源涵养地。\n"
            "　　两年来，村里先后实施造林项目3个。\n　　600亩老化的杨树重现生机。\n")
    placed = figures_by_raw(parse_text(text, "scene.txt"))
    assert placed["200亩"] == "当涂县"
    assert placed["3个"] == placed["600亩"] == "步古沟镇"


def test_what_is_spread_over_a_list_of_a_province_s_places_is_the_province_s():
    text = ("爱心食堂温暖老人\n\n　　王强是保定市的一名志愿者，他创办的爱心食堂每天接待老人30位。\n"
            "　　从2016年至今，爱心食堂已由最初的1家，增长到分布于河北保定、邢台、衡水等地的12家。\n"
            "　　志愿者赴湖北、江西等地送去物资200吨。\n")
    placed = figures_by_raw(parse_text(text, "spread.txt"))
    assert placed["1家"] == placed["30位"] == "保定市"
    assert placed["12家"] == "河北省"
    assert placed["200吨"] == "保定市"     # (where the goods went is no place of theirs)


def test_a_weather_report_over_parts_of_many_provinces_is_the_country_s():
    text = ("寒潮带来大范围雨雪\n\n　　本报北京1月8日电  中央气象台预计，8日夜间至9日上午，河北东南部、山东中西部、"
            "河南北部和东部、安徽北部等地的部分地区有大雾，局地能见度不足200米。\n"
            "　　8日以来，湖北西部、湖南北部、贵州东部等地出现冻雨，共有12个县（市）日降水量突破历史极值。\n")
    doc = parse_text(text, "weather.txt")
    placed = figures_by_raw(doc)
    assert placed["200米"] == placed["12个"] == "全国"
    assert doc.articles[0].region == "全国"


def test_a_list_of_many_provinces_heading_the_figure_s_clause_is_the_country():
    text = ("武汉战疫一线火线入党\n\n　　武汉市各级党组织今年发展党员500名。"
            "其中，河南、浙江、湖南、江西、山东的党组织共在抗疫一线发展党员3060名。\n")
    placed = figures_by_raw(parse_text(text, "party.txt"))
    assert placed["500名"] == "武汉市"
    assert placed["3060名"] == "全国"


def test_an_organisation_after_a_description_opening_its_clause_is_its_place_s():
    text = ("办税更便利\n\n　　在浙江嘉兴，税务专员为企业解难，每年节约成本300万元。\n　　——审批大简化。\n"
            "　　近日，新成立的上海某物流有限公司需办理开办手续，完成全部流程仅用时15分钟。\n")
    placed = figures_by_raw(parse_text(text, "tax.txt"))
    assert placed["300万元"] == "嘉兴市"
    assert placed["15分钟"] == "上海市"


def test_provinces_counted_after_another_count_are_counted_not_partners():
    # (和 after a count joins two counted things: "湖北省与8个省市…" still pairs a partner)
    text = ("技能人才评价\n\n　　江苏省今年新增技能人才12万人。\n"
            "　　目前，18家中央企业和30个省（自治区、直辖市）的900多家企业进行了试点。\n")
    placed = figures_by_raw(parse_text(text, "counted.txt"))
    assert placed["12万人"] == "江苏省"
    assert placed["30个"] == placed["900多家"] == "全国"


def test_a_province_as_a_whole_by_its_one_character_is_that_province():
    text = ("驻村过年\n\n　　今年春节，阿克苏地区乌什县奥特贝希乡库木布隆村的工作队12名队员全部留守。\n"
            "　　这个春节，不止库木布隆村，全疆1.2万个工作队坚守岗位。全川已有3万名干部下沉。\n")
    placed = figures_by_raw(parse_text(text, "whole.txt"))
    assert placed["12名"] == "奥特贝希乡"
    assert placed["1.2万个"] == "新疆维吾尔自治区"     # (not the village's town named before it)
    assert placed["3万名"] == "四川省"


def test_a_thing_with_where_in_it_after_a_place_is_no_person():
    # 麦 is a surname: "麦田里" after a street is the field, not someone of that street
    text = ("春耕正忙\n\n　　图①：在江苏省徐州市铜山区沿湖街道的麦田里，3台喷雾机正在喷药。\n"
            "　　图②：在山东省聊城市茌平区振兴街道的麦田里，村民们正在施肥，农机5台。\n")
    placed = figures_by_raw(parse_text(text, "fields.txt"))
    assert placed["3台"] == "沿湖街道"
    assert placed["5台"] == "振兴街道"


def test_a_person_introduced_by_where_they_are_from_does_not_bring_that_place():
    text = ("驻村第三年\n\n　　在贵州省毕节市大方县的山村里，驻村工作队忙着走访。\n"
            "　　河南小伙李强研究生毕业后被派来驻村，“最让我开心的是，今年村里45户贫困户脱了贫。”\n")
    placed = figures_by_raw(parse_text(text, "native.txt"))
    assert placed["45户"] == "大方县"


def test_a_county_s_short_form_listed_among_parts_of_regions_by_direction_is_the_region_s_name():
    # 江汉 (the plain) beside 黄淮南部 and 江淮 is no 江汉区, though 武汉 is named; 南部 ends 黄淮南部 as
    # a direction, not as 南部县
    text = ("中东部将有雨雪\n\n　　武汉今年气温偏高。\n"
            "　　预计24日至27日，黄淮南部、江汉、江淮、江南北部等地将先后有小到中雨，雨量10至25毫米。\n")
    doc = parse_text(text, "weather2.txt")
    assert "江汉区" not in {r.name for r in doc.regions}
