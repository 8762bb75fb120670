"""Word lists the parser's rules share, each defined once."""
from __future__ import annotations

# CJK ideographs (extension A, the unified block, compatibility ideographs), for character classes
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# The suffixes of administrative units, longest first (a stem is a name without one of them).
ADMIN_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
                  "地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟")
# Towns and streets, the level below a county.
TOWN_SUFFIXES = ("街道", "镇", "乡")
# National and provincial zones: places of their own, under the city or county they are named after.
ZONE_SUFFIXES = ("经济技术开发区", "高新技术产业开发区", "高新技术产业园区", "经济开发区", "保税港区", "综合保税区",
                 "自贸片区", "合作区", "示范区", "高新区", "经开区", "开发区", "新区", "片区", "工业园区",
                 "产业园区", "园区")
# Verbs that open a phrase before a zone word, never a zone's name: "平度市新建农业园区8个" is 平度's
# newly built parks, "青岛市打造特色园区" what the city does (a place then a zone word is not a name).
ZONE_PHRASE_VERBS = ("新建", "在建", "扩建", "兴建", "筹建", "建设", "建成", "建起", "打造", "创建", "规划", "启动",
                     "引进", "入驻", "落户", "进驻", "推进", "培育", "拥有", "成立", "设立", "获批", "申报", "认定",
                     "升级", "提升", "依托", "发展", "布局", "谋划", "做强", "壮大")
# The state-level new areas (国家级新区) that are no district of their own, under the unit they lie
# in (one spanning cities, under its province): a story names them alone ("雄安新区建设…", "南京市公安局
# 江北新区分局") and the city the story is about, or a district sharing the first characters, is not
# theirs. (浦东新区 and 滨海新区 are districts: the gazetteer has them.)
NEW_AREAS = {"两江新区": "重庆市", "舟山群岛新区": "舟山市", "兰州新区": "兰州市", "南沙新区": "广州市",
             "西咸新区": "陕西省", "贵安新区": "贵州省", "西海岸新区": "青岛市", "金普新区": "大连市",
             "天府新区": "四川省", "湘江新区": "长沙市", "江北新区": "南京市", "福州新区": "福州市",
             "滇中新区": "云南省", "哈尔滨新区": "哈尔滨市", "长春新区": "长春市", "赣江新区": "江西省",
             "雄安新区": "河北省",
             # run by 深圳 on 汕尾's land: the province's, not either city's
             "深汕特别合作区": "广东省", "深汕合作区": "广东省",
             # the state's cooperation zones with Hong Kong and Macao, in the city they lie in
             "前海合作区": "深圳市", "前海深港现代服务业合作区": "深圳市", "横琴粤澳深度合作区": "珠海市"}

# The counties a state-level new area spans, where it spans several: a town written after the area
# ("重庆两江新区人和街道") is the one of these counties, whichever others share its name (云阳县 has a
# 人和街道 too).
NEW_AREA_COUNTIES = {"两江新区": ("江北区", "渝北区", "北碚区"), "兰州新区": ("永登县", "皋兰县"),
                     "贵安新区": ("花溪区", "清镇市", "平坝区", "西秀区"), "金普新区": ("金州区", "普兰店区"),
                     "湘江新区": ("岳麓区", "望城区", "宁乡市"), "江北新区": ("浦口区", "六合区", "栖霞区"),
                     "赣江新区": ("青山湖区", "新建区", "共青城市", "永修县"), "雄安新区": ("雄县", "容城县", "安新县"),
                     "西海岸新区": ("黄岛区",), "南沙新区": ("南沙区",)}

# Qualifiers written before and after a figure ("约5亿元", "200余家", "30%以上").
PRE_QUALIFIERS = ("不少于", "不低于", "不超过", "不足", "不到", "超过", "大约", "将近", "接近", "多达", "高达", "达到",
                  "至少", "最高", "突破", "约", "近", "逾", "达", "超")
RANGE_QUALIFIERS = ("以上", "以下", "左右")
POST_QUALIFIERS = (*RANGE_QUALIFIERS, "上下", "以内", "之多", "余", "多")

# one-character labels that do name what is counted ("39个超过1万人的县"); any other is a word left over
ONE_CHARACTER_THINGS = frozenset("省 市 县 区 镇 乡 村 户 人 家 国 校 厂 店 车 船 树 羊 牛 猪 鸡 鱼 粮 米 茶 菜 药 房 桥 路 井 塘 亩 田".split())

# Verbs of a rate of change ("增长5%", "比上年末增加52万"); a share also grows or shrinks (扩大, 缩小).
CHANGE_VERBS = ("增长", "增加", "提高", "上升", "下降", "减少", "降低", "回落")
SHARE_CHANGE_VERBS = (*CHANGE_VERBS, "扩大", "缩小")

# Words that name the whole country: a figure in such a sentence is national.
# the country, and its central government's purse and organs (中央财政安排252.9亿元 is the nation's)
NATIONAL_WORDS = ("全国", "我国", "全中国", "中华人民共和国", "中央财政", "中央预算内", "中央纪委", "中央和国家机关",
                  "中央国家机关", "中央有关部门", "中央部门", "中央单位",
                  # every province of the mainland, as official statistics name them
                  "31个省区市", "31个省（区、市）", "31个省(区、市)", "31个省份",
                  # every province ("各省区市6182个乡镇…覆盖人口达2亿")
                  "各省区市", "各省（区、市）", "各省(区、市)")
# the country's own bodies: a clause they open speaks of the country ("国家卫健委派出21个督导组",
# "人社部、财政部宣布…不超过20%"), wherever the story is
# the national railway, airlines and companies ("铁路部门…共免费退票3220万张"); in a local story,
# that place's railway ("郑州客运段…铁路部门进一步加强…"): they speak for the country beyond their
# own sentence only where the section is not about a place
# companies that work across the country: heading a clause that names no place, they speak of their
# business nationwide ("腾讯会议日均扩容云主机1.5万台", "京东年货节期间…增长5.6倍"); with a place they
# are its branch ("中国移动湖北公司…", "建设银行在县河镇…"). (Not 阿里, 小米: a prefecture, a grain.)
NATIONAL_COMPANIES = ("腾讯", "阿里巴巴", "华为", "京东", "百度", "美团", "滴滴", "苏宁", "顺丰", "拼多多", "字节跳动",
                      "国家电网", "中国移动", "中国联通", "中国电信", "中国石油", "中国石化", "中石油", "中石化",
                      "工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "国家开发银行", "国开行",
                      "工行", "建行", "农行", "邮储银行", "中国银联", "银联",
                      # (its bureaus are named after their cities: "中国铁路南昌局集团有限公司")
                      "中国铁路",
                      # the central state enterprises (中央企业) by the names the news gives them: a group's
                      # figures are the whole group's ("仅中国兵器工业集团、国机集团…等7家企业…即可每日生产
                      # 酒精1000余吨"), not the place the paragraph before was about
                      "中国兵器工业集团", "兵器工业集团", "中国兵器装备集团", "兵器装备集团", "国机集团",
                      "中国机械工业集团", "新兴际华集团", "中粮集团", "通用技术集团", "中国化工集团", "中国化工",
                      "中国中化", "中化集团", "中国建筑", "中建集团", "中国中铁", "中国铁建", "中国交建",
                      "中国电建", "中国能建", "国家能源集团", "三峡集团", "中国华能", "华能集团", "中国大唐",
                      "大唐集团", "中国华电", "华电集团", "国家电投", "中国海油", "中海油", "中国商飞",
                      "航天科技集团", "航天科工集团", "航空工业集团", "中国航空工业", "中国船舶集团",
                      "中国电科", "中国电子科技集团", "中国宝武", "中国中车", "中国五矿", "中铝集团",
                      "国药集团", "中国医药集团", "中国节能", "中国建材集团", "中国有色集团", "招商局集团",
                      "华润集团", "保利集团", "中广核", "中核集团", "中国核工业集团", "中储粮", "中远海运",
                      "中国邮政", "国家管网集团", "南方电网", "中国航油", "中国航发", "中国安能", "中煤集团",
                      "中国信科", "中国一重", "鞍钢集团", "中国黄金集团", "中国盐业集团", "中国国新",
                      "中国诚通", "中国旅游集团", "华侨城集团", "中国东航", "中国南航", "中国国航")
SECTOR_BODIES = ("铁路部门", "民航部门", "民航系统", *NATIONAL_COMPANIES)
NATIONAL_BODIES = ("国务院", "国新办", "党中央", "中共中央", "中央军委", "中央巡视组", "国家发改委", "国家发展改革委", "国家卫健委", "国家卫生健康委", "国家统计局",
                   "国家医保局", "国家税务总局", "国家市场监管总局", "市场监管总局", "国家外汇管理局", "国家林草局",
                   "人力资源和社会保障部", "人社部", "财政部", "工信部", "工业和信息化部", "商务部", "农业农村部",
                   "交通运输部", "教育部", "科技部", "民政部", "司法部", "公安部", "自然资源部", "生态环境部",
                   "住房城乡建设部", "住建部", "水利部", "文化和旅游部", "文旅部", "应急管理部", "退役军人事务部",
                   "审计署", "国务院国资委", "海关总署", "中国人民银行", "央行", "银保监会", "证监会", "国铁集团",
                   "最高人民法院", "最高法", "最高人民检察院", "最高检",
                   "中宣部", "中央宣传部", "中组部", "中央组织部", "中央文明办", "中央网信办", "国家网信办",
                   "国家民委", "国家体育总局", "国家能源局", "国家邮政局", "国家铁路局", "中国民航局", "民航局",
                   "国家移民管理局", "国家药监局", "国家知识产权局", "国家文物局", "国家中医药管理局",
                   "国家粮食和物资储备局", "国家乡村振兴局", "国务院扶贫办", "全国总工会", "团中央", "全国妇联",
                   "中国国家铁路集团", "全国铁路", "中央企业", "中央政治局", "中央广播电视总台", "央视", "国家组织",
                   # national people's organisations by the short names the news gives them (a "中国…协会"
                   # in full is found by its pattern in places.py)
                   "中消协", "中国消协", "中国科协", "中国文联", "中国作协", "中国侨联", "中国残联", "中国贸促会",
                   # the country's weather services, whose forecasts list parts of many provinces
                   "中央气象台", "中国气象局", "国家气候中心", "国家气象中心",
                   *SECTOR_BODIES)
NATIONAL = "全国"
# areas that span provinces, named as a whole ("长江流域332个自然保护区…全面禁捕", "京津冀地区…"): no
# one province's; the unit that holds them is the country (not 珠三角, within 广东)
# (in a story of one place, they are that place's part of them: "在黄河流域…新建12个省级湿地公园" in a
# story of 河南, "长三角一带的游客" in one of 舟山)
AREAS_ACROSS_PROVINCES = ("长江流域", "长江经济带", "沿江省市", "黄河流域", "淮河流域", "珠江流域",
                          "长三角", "长江三角洲", "京津冀", "粤港澳大湾区", "成渝地区", "成渝双城经济圈", "东北三省",
                          "东北地区", "东部地区", "中部地区", "西部地区", "中西部地区", "西北地区", "西南地区", "汾渭平原")
# other countries by names jionlp's world list (parser/world.py) lacks, and unions of them: a clause
# they head speaks of no place of this app's
FOREIGN_COUNTRIES = ("沙特阿拉伯", "印尼", "欧盟", "欧元区")
# words that hold a place's short form but name no place: things named after someone, found anywhere
# (孙中山's university, hospitals, parks and mausoleum: 中山大学 is in 广州, 中山医院 in 上海; 中山站,
# the Antarctic station), and set phrases of wishes ("人民幸福安康", "国家长治久安"): none is 中山市's,
# 安康市's or 长治市's
NO_PLACE_INSIDE = ("中山大学", "中山医院", "中山公园", "中山陵", "中山纪念堂", "中山装", "中山舰", "中山站",
                   "幸福安康", "长治久安",
                   # (安康 is well-being too: "人民的安康", "百姓安康", "祈安康")
                   "的安康", "人民安康", "百姓安康", "祈安康", "守安康", "享安康", "顺利安康", "吉祥安康", "才能安康")
# provinces by the one character the news writes after 全 for the whole of one ("全疆1.2万个工作队",
# "全川", "全粤"): that province as a whole
PROVINCE_CHARACTERS = {"疆": "新疆维吾尔自治区", "川": "四川省", "蜀": "四川省", "粤": "广东省", "鄂": "湖北省",
                       "豫": "河南省", "晋": "山西省", "闽": "福建省", "赣": "江西省", "湘": "湖南省", "皖": "安徽省",
                       "黔": "贵州省", "滇": "云南省", "藏": "西藏自治区", "陇": "甘肃省", "桂": "广西壮族自治区",
                       "琼": "海南省", "渝": "重庆市", "沪": "上海市", "津": "天津市", "冀": "河北省", "辽": "辽宁省",
                       "浙": "浙江省", "鲁": "山东省", "陕": "陕西省"}
# names of districts that are also common words for any town's parts ("老城区" of 洛阳, and of every
# city): a place only where the text names it where only places are named
GENERIC_AREAS = frozenset({"城区", "老城区", "新城区", "郊区", "矿区", "市区"})


def alternation(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of words, longest first so the longest one matches."""
    import re
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def trie_alternation(words) -> str:
    """The same match as alternation(words), its words merged on their common beginnings
    ("中国(?:移动|联通|…)"): a long list is tried one branch per character, not word by word."""
    import re
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        # (a word ending here is tried after the longer ones through it: the longest one matches)
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return pattern(trie)


# The commonest Chinese surnames (single characters), which start a person's name after a role word
# ("村民付春国", "村医卢学智"): enough to tell a name from the word that follows a place.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
            "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
            "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
            "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
            "邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阎")
# surnames that are as often a conjunction or preposition
SURNAME_WORDS = "和与及于向从为在将把被对以连"
# Words for who a person is, written between a place and the person's name ("好力保村的村民付春国").
PERSON_ROLES = ("村民", "村干部", "干部", "农民", "居民", "村医", "村支书", "支书", "党支部书记", "党委书记", "党委副书记", "书记", "主任",
                "镇长", "乡长", "村长", "县长", "负责人", "经理", "总经理", "董事长", "老板", "贫困户", "养殖户", "种植户",
                "果农", "菜农", "茶农", "农户", "职工", "工人", "员工", "医生", "教师", "老师", "大爷", "大妈", "大姐",
                "大哥", "老人", "青年", "小伙", "姑娘", "创业者", "致富带头人")
