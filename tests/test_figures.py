"""Labelled passages: every figure the text states, and nothing else.

Each case is a short passage of the genre with the figures a careful reader would copy out:
(raw, value, unit, kind, qual). Cases with an empty list must yield no money, percent, count or
area figure at all.
"""
import pytest

from tui_browse.parser.figures import extract

CASES = [
    # more than so many hours or months, 多 after the measure word
    ("经过4个多小时的检测，结果出来了。", [("4个多小时", 4, "小时", "duration", "多")]),
    ("他已在一线奋战了1个多月。", [("1个多月", 1, "个月", "duration", "多")]),
    ("手术进行了3个半小时。", [("3个半小时", 3.5, "小时", "duration", "")]),
    # money, normalised to 元
    ("在谈项目共25个，总投资约56.7亿元。", [("25个", 25, "个", "count", ""), ("56.7亿元", 5670000000, "元", "money", "约")]),
    ("梳理了750个5000万元以上固投支撑项目。", [("750个", 750, "个", "count", ""), ("5000万元", 50000000, "元", "money", "以上")]),
    ("由世界500强丰益国际投资10亿美元建设。", [("10亿美元", 1000000000, "美元", "money", "")]),
    ("计划投资20亿至30亿元建设产业园。", [("20亿", 2000000000, "元", "money", ""), ("30亿元", 3000000000, "元", "money", "")]),
    ("全年完成投资800亿，同比增长12%。", [("800亿", 80000000000, "元", "money", ""), ("12%", 12, "%", "percent", "")]),
    ("注册资本330.79亿元、增长68.84%。", [("330.79亿元", 33079000000, "元", "money", ""), ("68.84%", 68.84, "%", "percent", "")]),
    ("实现营业收入3000多万元。", [("3000多万元", 30000000, "元", "money", "多")]),
    ("合同金额1,200万元。", [("1,200万元", 12000000, "元", "money", "")]),
    # 万/亿 with no unit before the money or people they count, spoken money
    ("上海一家民宿品牌带着3000万资金来落脚。", [("3000万", 30000000, "元", "money", "")]),
    ("湖区周边人口约200万。", [("200万", 2000000, "人", "count", "约")]),
    # "人口" after the number: people counted, 口 no part of what follows
    ("全国8亿多人口实现脱贫。", [("8亿多人口", 800000000, "人", "count", "多")]),
    # 个人 and 家庭 are what is counted where the cut makes them one word ("8个人工智能模块" is 个)
    ("救援队5个人轮番上阵，近10万家庭断电，精选8个人工智能模块，多了60多个人手。",
     [("5个人", 5, "人", "count", ""), ("10万家庭", 100000, "户", "count", "近"),
      ("8个", 8, "个", "count", ""), ("60多个", 60, "个", "count", "多")]),
    ("近14亿人民团结一心，投资1000万人民币。",
     [("14亿人民", 1400000000, "人", "count", "近"), ("1000万人民币", 10000000, "元", "money", "")]),
    ("全年1109万农村贫困人口脱贫。", [("1109万", 11090000, "人", "count", "")]),
    ("去年吸引了12万市民前来赏花，平台已有3000万用户。",
     [("12万", 120000, "人", "count", ""), ("3000万", 30000000, "人", "count", "")]),
    ("一年能挣4万块钱。", [("4万块钱", 40000, "元", "money", "")]),
    ("全市3万家企业复工。", [("3万家", 30000, "家", "count", "")]),
    # an amount of money quoted alone is still money (a number quoted alone is a code: "“530”工程")
    ("“2.5亿元！”屏幕上弹出了团队的身价。", [("2.5亿元", 250000000, "元", "money", "")]),
    ("“30多元一斤！”摊主笑着说。", [("30多元", 30, "元", "money", "多")]),
    ("每天开行72趟高铁。", [("72趟", 72, "趟", "count", "")]),
    # bodies counted are 部门, 部委; 部 alone counts films and lifts
    ("市场监管总局等6部门联合印发通知，10部委共同部署，小区新装电梯8部。",
     [("6部门", 6, "部门", "count", ""), ("10部委", 10, "部委", "count", ""), ("8部", 8, "部", "count", "")]),
    # tenths of a yuan, spoken: stored in 元
    ("每斤比市场价高出1毛钱，每袋再多2角钱。", [("1毛钱", 0.1, "元", "money", ""), ("2角钱", 0.2, "元", "money", "")]),
    # percent
    ("新注册市场主体207家，同比增长44%。", [("207家", 207, "家", "count", ""), ("44%", 44, "%", "percent", "")]),
    ("开工率分别达到94.6%、93.2%。", [("94.6%", 94.6, "%", "percent", "达到"), ("93.2%", 93.2, "%", "percent", "")]),
    ("占GDP比重提高1个百分点以上。", [("1个百分点", 1, "百分点", "percent", "以上")]),
    ("投资增速超20%。", [("20%", 20, "%", "percent", "超")]),
    # counts with measure words, 余/多 and 万
    ("拜访客商200余人。", [("200余人", 200, "人", "count", "余")]),
    ("累计发放文明倡议书4万余张。", [("4万余张", 40000, "张", "count", "余")]),
    ("精准初筛1.2万家市场主体。", [("1.2万家", 12000, "家", "count", "")]),
    ("累计走访调研60多家区内企业。", [("60多家", 60, "家", "count", "多")]),
    ("预计明年将发射卫星9颗。", [("9颗", 9, "颗", "count", "")]),
    ("新增纳统企业16家，开展联合执法行动3次，拆除板房23间。",
     [("16家", 16, "家", "count", ""), ("3次", 3, "次", "count", ""), ("23间", 23, "间", "count", "")]),
    ("力争全年开工在建项目超过1600个。", [("1600个", 1600, "个", "count", "超过")]),
    ("年内引进5亿元以上项目不少于30个。", [("5亿元", 500000000, "元", "money", "以上"), ("30个", 30, "个", "count", "不少于")]),
    ("引进3、5个项目。", [("3", 3, "个", "count", ""), ("5个", 5, "个", "count", "")]),
    ("工业增加值增长-3.2%，降幅收窄。", [("-3.2%", -3.2, "%", "percent", "")]),
    ("增速30-50%之间。", [("30", 30, "%", "percent", ""), ("50%", 50, "%", "percent", "")]),
    ("接待游客1.5万人次，近300家企业参展，10余项活动。",
     [("1.5万人次", 15000, "人次", "count", ""), ("300家", 300, "家", "count", "近"), ("10余项", 10, "项", "count", "余")]),
    ("实现税收50多万元，引资7000余万元，10多亿元项目落地。",
     [("50多万元", 500000, "元", "money", "多"), ("7000余万元", 70000000, "元", "money", "余"),
      ("10多亿元", 1000000000, "元", "money", "多")]),
    ("新建道路12.8公里，供水2.5亿立方米。", [("12.8公里", 12.8, "公里", "quantity", ""), ("2.5亿立方米", 250000000, "立方米", "quantity", "")]),
    # area
    ("商业楼宇28.3万平方米、商铺2.5万平方米。", [("28.3万平方米", 283000, "平方米", "area", ""), ("2.5万平方米", 25000, "平方米", "area", "")]),
    ("在已出让14宗836.4亩土地基础上。", [("14宗", 14, "宗", "count", ""), ("836.4亩", 836.4, "亩", "area", "")]),
    ("占地30畝", []),  # traditional script is converted before extraction, not here
    # duration, quantity, ratio
    ("选取20家企业利用4年时间进行产值倍增。", [("20家", 20, "家", "count", ""), ("4年", 4, "年", "duration", "")]),
    ("固定资产投资连续17个月保持增长。", [("17个月", 17, "个月", "duration", "")]),
    ("电池产能7GWh。", [("7GWh", 7, "GWh", "quantity", "")]),
    ("容积率2.3。", [("2.3", 2.3, "", "ratio", "")]),
    # things that are not figures
    ("2021年是青岛的“项目落地年”，也是“十四五”的崭新开端。", []),
    ("8月22日，项目顺利开工；1-8月份投资完成率较高；9月份召开观摩会；10月底完工。", []),
    ("位列全市第一，排名第3。", []),
    ("依托5G高新视频实验园和3D打印项目。", []),
    ("深入实施全区重点项目“530”工程，对照“5510”工作体系。", []),
    ("构建“1+6+N”标准框架和“10+1”创新型产业体系。", []),
    ("由世界500强企业投资建设，中国500强企业科集集团。", []),
    ("香港西路52号、潍县路19号里院修缮。", []),
    ("详见青岛日报3版。", []),
    ("提高了群众对110公安工作的认识，扩大了110的社会影响力。", []),
    ("加快培育一批50亿级、百亿级企业。", []),
    ("PM2.5浓度下降，创建5A级景区和4A级景区，双11销售火爆，COVID-19防控。", []),
    ("咨询热线12345，电话0532-88886666，上午8:30开始。", []),
    ("2021-2025年规划，第3届博览会，全市第1。", []),
    ("发布《2021年青岛市集成电路产业园建设运营指南》。", []),
    ("2019年6月，开发区面向全国公开招聘。", []),
    ("1至8月，新区开工在建项目较多。", []),
]

JUDGED = {"money", "percent", "count", "area"}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:14] for c in CASES])
def test_figures_match_the_labelled_passage(text, expected):
    got = [(f.raw, f.value, f.unit, f.kind, f.qual) for f in extract(text)]
    if expected:
        assert got == expected
    else:
        assert [g for g in got if g[3] in JUDGED] == []


@pytest.mark.parametrize("text,_", CASES, ids=[c[0][:14] for c in CASES])
def test_offsets_point_at_the_raw_text(text, _):
    for f in extract(text):
        assert text[f.start:f.end] == f.raw
        assert f.context and f.raw in f.context


@pytest.mark.parametrize("text,raw,label", [
    ("据了解，2021年以来，新注册市场主体207家，同比增长44%。", "207家", "新注册市场主体"),
    # a growth rate keeps the indicator it is a rate of
    ("据了解，2021年以来，新注册市场主体207家，同比增长44%。", "44%", "新注册市场主体同比增长"),
    ("在谈项目共25个，总投资约56.7亿元。", "56.7亿元", "总投资"),
    ("44个省市重点项目，已全部开工。", "44个", "省市重点项目"),
    ("着力推进总投资约91亿元的20个重点在谈项目尽快落地建设。", "91亿元", "总投资"),
    ("确保上半年项目开工率超过80%。", "80%", "项目开工率"),
    ("今年开发区承担的各级重点项目共计42个。", "42个", "各级重点项目"),
    ("开工率分别达到94.6%、93.2%。", "93.2%", "开工率"),
    ("商业楼宇28.3万平方米。", "28.3万平方米", "商业楼宇"),
    # a sum or an area after an action: the thing measured follows it
    ("衡阳市每年设立不低于1亿元的人才发展专项资金。", "1亿元", "人才发展专项资金"),
    ("他悉心打理的600亩水稻距离保护区不远。", "600亩", "水稻"),
    ("企业每个月都需要2000万元的流动资金周转。", "2000万元", "流动资金周转"),
    ("年内引进5亿元以上项目不少于30个。", "5亿元", "项目"),
    # a change from one figure to another: both are the thing that changed
    ("贫困发生率由13.8%下降至0.15%。", "0.15%", "贫困发生率"),
    ("贫困发生率由13.8%下降至0.15%。", "13.8%", "贫困发生率"),
    ("员工从19人减到11人，厂房退租。", "11人", "员工"),
    ("公司的估值由3000万元提高到了6000万元。", "6000万元", "估值"),
    ("合资公司中双方分别占股51%和49%。", "49%", "合资公司中双方占股"),
    ("其总部拥有员工300余人，9条生产线。", "9条", "生产线"),
    ("已有18家规模以上企业落户园区。", "18家", "规模以上企业"),
    # a rate written with its verb alone is the rate of what the clause before counted
    ("全市新认定科技型企业320家，比上年增21.5%。", "21.5%", "新认定科技型企业比上年增长"),
    # the second end of a range shares the first's label
    ("全省城镇调查失业率保持在4.8%—5.1%之间。", "5.1%", "城镇调查失业率"),
    # a count that names nothing: what the counted things did
    ("申报企业60家，其中有45家获得审批。", "45家", "获得审批"),
    ("全区百强企业中87家复工。", "87家", "百强企业"),
    ("民营企业500强中120家已复工。", "120家", "民营企业500强"),
    # a preposition is not a label; the thing measured follows
    ("按照20%的最高上浮幅度发放补偿。", "20%", "最高上浮幅度"),
    # a name holding digits after a letter
    ("工厂每天生产5000个N95口罩。", "5000个", "N95口罩"),
    # a figure restating the one before it, in dollars or as a threshold, measures the same thing
    ("全市地区生产总值5000亿元，按年平均汇率折算达到720亿美元。", "720亿美元", "地区生产总值"),
    ("全区城镇新增就业12.6万人，连续5年保持在10万人以上。", "10万人", "城镇新增就业"),
    ("全县出口总额31亿元，首次突破30亿元大关。", "30亿元", "出口总额"),
    # a long noun phrase ending its clause keeps its head; a size class before the thing is passed over
    ("社区发放2000多份垃圾分类知识宣传手册，覆盖全部小区。", "2000多份", "垃圾分类知识宣传手册"),
    ("全市梳理了320个3000万元以上重点支撑项目。", "320个", "重点支撑项目"),
    # what the counted do, then 的, then the thing
    ("已向36家正在生产的保供企业派驻联络员。", "36家", "保供企业"),
    # a phrase running on into what the counted did keeps its start
    ("全区15名督导员深入企业检查指导复工。", "15名", "督导员深入企业"),
    # a bare verb before a count says less than what follows it
    ("目前已建立6个复工复产服务组分片包干。", "6个", "复工复产服务组"),
    # "及以上" is part of a class's name
    ("全省21个县级及以上城市空气质量优良。", "21个", "县级及以上城市"),
    # a share names its part, and its whole while the label stays short; a change of it keeps its verb
    ("风能、光伏等清洁能源发电量占全社会用电量的18.6%。", "18.6%", "清洁能源发电量占全社会用电量"),
    ("全区高新技术产业产值占规模以上工业总产值比重达到52.3%。", "52.3%", "高新技术产业产值占比"),
    ("全市数字经济核心产业增加值占地区生产总值比重提高2个百分点。", "2个百分点", "数字经济核心产业增加值占比提高"),
    # a size class before the thing is part of its name
    ("今年新落地500万元以上项目74个，其中10亿元以上项目6个。", "74个", "500万元以上项目"),
    ("今年新落地500万元以上项目74个，其中10亿元以上项目6个。", "6个", "10亿元以上项目"),
    # a change or a share written without its indicator is of the figure just before it
    ("全市汽车保有量达320万辆，与上年底相比，增加26万辆。", "26万辆", "汽车保有量增加"),
    ("全市接待游客1200万人次，占全省游客总数的18%。", "18%", "接待游客占全省游客总数"),
    ("交易规模达130亿澳元（约合634.1亿元人民币）。", "634.1亿元", "交易规模"),
    ("累计确诊3715人，当日新增160人，较前日减少9人。", "9人", "当日新增较前日减少"),
    ("重大职务调整7.2万人次，占3.9%。", "3.9%", "重大职务调整占比"),
    # a comparison alone says nothing: what it is compared with follows
    ("全市城镇调查失业率为4.9%，低于5.5%左右的预期目标。", "5.5%", "预期目标"),
    # a batch tells counts of the same thing apart
    ("第一批200家企业已开工；第二批102家企业计划3月初开工。", "102家", "第二批企业"),
    # a threshold passed is not the thing counted
    ("截至年底，带电作业次数突破2000次大关。", "2000次", "带电作业次数"),
    # how much of a plan is done is not a share
    ("完成投资占全年计划的71.4%。", "71.4%", "完成投资占全年计划"),
    # figures listed after 分别 take the things listed before it, one by one; a head the last one
    # ends with is every one's; places listed before 分别 are regions, not labels
    ("全省参加失业保险、工伤保险、生育保险人数分别比上年末增加52万、31万和18万人。", "31万", "工伤保险人数增加"),
    ("全省参加失业保险、工伤保险、生育保险人数分别比上年末增加52万、31万和18万人。", "52万", "参加失业保险人数增加"),
    ("全县粮食产量、农业总产值分别增长2.1%和6.3%。", "6.3%", "农业总产值增长"),
    ("园区企业和孵化器入驻率分别达到88%、76%。", "88%", "园区企业入驻率"),
    # a figure with nothing before it in its clause: what it did, or what the clause before named
    ("经过三个月的准备，2000万元到账，工厂随即开工。", "2000万元", "到账"),
    ("村里可申请低息的产业扶持贷款，最高50万元。", "50万元", "产业扶持贷款"),
    # kinds of the thing listed after a count, joined by 、, are the thing counted
    ("全市已有12家银行、小额贷款机构接入平台。", "12家", "银行、小额贷款机构"),
    ("目前共设立5只种子、天使投资基金支持初创企业。", "5只", "种子、天使投资基金"),
    # but not a list that runs on past its thing
    ("正在建设年产50万辆整车、零部件和电池的基地。", "50万辆", "年产整车"),
    # what the counted did is not what they are
    ("全区申报的专利中有12个填补了行业空白。", "12个", "专利"),
    # an area names the land it measures after the measure word
    ("示范区里12万亩农田实现了智能灌溉。", "12万亩", "农田"),
    ("全县耕地面积80万亩，新建高标准农田6万亩。", "80万亩", "耕地面积"),
    # a share keeps what says which ones it is of
    ("空气质量达标的城市占46.6%，较上年提高。", "46.6%", "空气质量达标的城市占"),
    # "N%的X" after words that name no indicator: a share of X; a price or a fund named after a sum
    ("这款饮料里加入了30%的鲜榨果汁。", "30%", "鲜榨果汁"),
    ("过去每亩草场120元的承包价格，今年已涨到300元。", "120元", "承包价格"),
    ("实现全年增长6%的目标。", "6%", "实现全年增长"),
    ("总投资8000万元的冷库项目已开工。", "8000万元", "总投资"),
    # how long something took is no indicator: no label (and no metric) rather than a preposition
    ("经过5年努力，全镇实现脱贫。", "5年", ""),
    ("全县连续8年保持稳定。", "8年", ""),
    ("全县粮食产量连续8年保持稳定。", "8年", "粮食产量"),
    ("项目建设工期为18个月。", "18个月", "项目建设工期"),
    # a preposition opening the label is not part of the thing; a character left over is no label
    ("与周边城市合作项目增至8项。", "8项", "周边城市合作项目"),
    ("全市用3年时间建成新城。", "3年", ""),
    # a share reached, written before what reached it
    ("全区物流企业克服困难实现了100%复工。", "100%", "复工"),
    ("枣树挂果后会减产15%左右，但品质更好。", "15%", "枣树挂果后会减产"),
    # where a measure was and where it went: both are the measure named before 从/由
    ("全县农村贫困人口从2015年底的3.2万人减少到800人。", "3.2万人", "农村贫困人口"),
    ("全县农村贫困人口从2015年底的3.2万人减少到800人。", "800人", "农村贫困人口"),
    ("污水集中处理率由原来的不足30%提升到现在的85%。", "85%", "污水集中处理率"),
    ("职工医保的住院率从2012年的13.5%快速上升到2018年的18.3%。", "13.5%", "住院率"),
    ("盗窃案件数量逐年下降，从2016年的120起减少到去年的45起。", "45起", "盗窃案件数量逐年下降"),
    # a bracketed aside or a footnote's number between the measure and its figure
    ("全省文化产业总规模（总产出）为2680亿元。", "2680亿元", "文化产业总规模"),
    ("全年社会消费品零售总额［12］4120亿元，比上年增长6.1%。", "4120亿元", "社会消费品零售总额"),
    # (not the thing a count before the bracket named, nor a reporter's credit)
    ("在12个省（区、市）80个县（市、区）开展试点。", "80个", "县（市、区）"),
    ("本报电  （记者王明）20多年来，他一直守护着这片林子。", "20多年", ""),
    # a price per unit is the price of what went before it, not of the next item
    ("萝卜1.2元/斤、白菜1.5元/斤。", "1.2元", "萝卜"),
    # a rate of output: what is made follows the amount, and the rate says it is output
    ("签约一个年产120万件阻燃电缆项目。", "120万件", "年产阻燃电缆项目"),
    ("新建年产30万吨饲料生产线。", "30万吨", "年产饲料生产线"),
    ("这和日产3万件的目标相比，差距太大。", "3万件", "目标相比"),
    # two measures of one thing written back to back, or after a 、, share its label
    ("安置区累计搬迁入住5327户24231人，完成任务的94%。", "24231人", "安置区累计搬迁入住"),
    ("累计运送防控物资343批次、190吨。", "190吨", "运送防控物资"),
    ("覆盖预防保健、健康教育等12类52项公共卫生工作。", "52项", "公共卫生工作"),
    ("已有300余批次、15万余件流失文物回归。", "15万余件", "流失文物回归"),
    # a kind of unit with the units counted as it, in brackets; a measure's alternative in brackets
    ("截至26日，国家卫健委收到30个省（区、市）累计报告确诊病例。", "30个", "省（区、市）"),
    ("接受检阅的共有12000名官兵、600余台（套）装备。", "600余台", "装备"),
    # a label cut to length keeps two single characters jieba does not join ("央|企"), and 估计, 统计
    # keep their 计
    ("央企所属生产型子企业开工率超80%。", "80%", "央企所属生产型子企业开工率"),
    ("全年粮食产量初步统计为105万吨。", "105万吨", "粮食产量初步统计"),
    # a change against the year's start or last year's end is a change of what was counted before it
    ("全国农村贫困人口551万人，比上年末减少1109万人。", "1109万人", "农村贫困人口比上年末减少"),
    ("各项存款余额198.2万亿元，比年初增加15.7万亿元。", "15.7万亿元", "各项存款余额比年初增加"),
    # 分别 after a list that opens with a year: the year is no part of the first thing
    ("2019年装备制造业、高技术制造业增加值增速分别快于规模以上工业1.0和2.6个百分点。", "1.0", "装备制造业增速"),
    # a decade before the figure is a date: its 年代 is no part of the label
    ("上世纪80年代末仅剩40只。", "40只", "仅剩"),
    # an adverb before the figure is no part of what is measured ("就", "曾", "又"), nor is a
    # clause's joining word alone a label
    ("上线不到半年，小程序的访问量就超过了3万人次。", "3万人次", "访问量"),
    ("旺季时景区单日客流量曾突破8万人次。", "8万人次", "旺季时景区单日客流量"),
    # (a duration's: what lasted so long, after its 的, not 虽然经过)
    ("虽然经过近4天的连续抢修，线路仍未完全恢复。", "4天", "连续抢修"),
    ("虽然经过近4天，线路仍未完全恢复。", "4天", ""),
    ("失业保险向企业稳岗返还120亿元。", "120亿元", "失业保险向企业稳岗返还"),
    # a list's separator, a bullet or a bracket left without its partner is no part of the label
    ("各地派出80多支医疗队、超过1万名医务人员。", "80多支", "医疗队"),
    ("●今年新开工重点项目120个。", "120个", "新开工重点项目"),
    ("按《城市供水条例》规定，每月抽检水样不少于30份。", "30份", "每月抽检水样"),
    # a headline's phrases set apart by a space: nothing counted follows the figure
    ("新开工重点项目86个 全力冲刺全年目标", "86个", "新开工重点项目"),
])

def test_labels_name_what_is_measured(text, raw, label):
    figures = {f.raw: f for f in extract(text)}
    assert figures[raw].label == label


def test_a_place_s_suffix_that_starts_the_next_word_stays_with_it():
    # "青岛市场": the place is 青岛, the thing measured its 市场
    (fig,) = extract("每天向青岛市场供应蔬菜约3000吨。", names=("青岛市",))
    assert fig.label.startswith("市场")


def test_places_listed_before_fenbie_are_regions_not_labels():
    figures = extract("城阳区、即墨区分别完成投资120亿元、95亿元。", ("城阳区", "即墨区"))
    assert [f.label for f in figures] == ["完成投资", "完成投资"]
    # a place the document did not name as a region is still a place by its suffix
    figures = extract("城阳区、即墨区分别完成投资120亿元、95亿元。")
    assert all("完成投资" in f.label for f in figures)


def test_region_names_are_kept_out_of_labels():
    text = "今年以来，惜福镇街道新注册市场主体207家。"
    (fig,) = extract(text, names=("惜福镇街道",))
    assert fig.label == "新注册市场主体"


def test_a_train_s_number_is_no_count():
    # "41168次列车" names a train; "开行…200次" counts runs
    assert [f.raw for f in extract("载着30吨物资的51236次列车直达长沙。")] == ["30吨"]
    assert [f.raw for f in extract("全年累计开行中欧班列200次。")] == ["200次"]


def test_full_width_digits_read_like_ascii_ones():
    from tui_browse.parser import parse_text
    doc = parse_text("全年投资１２０亿元，同比增长５．５％，新增企业２０家。\n", "fw.txt")
    figs = [(f.raw, f.value, f.kind) for a in doc.articles for s in a.sections for f in s.figures]
    assert figs == [("120亿元", 12000000000, "money"), ("5.5%", 5.5, "percent"), ("20家", 20, "count")]


def test_values_are_exact_numbers_not_float_noise():
    (fig,) = extract("注册资本330.79亿元。")
    assert fig.value == 33079000000 and isinstance(fig.value, int)


def test_a_date_running_into_a_holiday_is_not_yen():
    found = {f.raw for f in extract("1月1日元旦，全市接待游客12万人次；日本企业投资5亿日元。")}
    assert "1日元" not in found and "5亿日元" in found


def test_figures_printed_in_headings_are_the_section_s_with_offsets_into_its_title():
    from tui_browse.parser import parse_text
    text = ("投资１２０亿开展２０个重点项目\n"
            "近600家新型主体，5万户果农，把每个金柚吃干榨尽\n\n"
            "　　三明市今年新签约项目30个。\n"
            "800亿\n"
            "　　全市数字经济规模突破800亿元，同比增长15%。\n")
    doc = parse_text(text, "headlines.txt")
    found = {f.raw: (f, s) for a in doc.articles for s in a.sections for f in s.figures}
    for raw, value, unit in (("120亿", 12_000_000_000, "元"), ("20个", 20, "个"), ("600家", 600, "家"),
                             ("5万户", 50_000, "户")):
        figure, section = found[raw]
        assert (figure.value, figure.unit, figure.field) == (value, unit, "title"), raw
        assert section.title[figure.start:figure.end] == raw
    # a lone call-out line of a bare amount: in the unit the text under it gives that amount
    figure, section = found["800亿"]
    assert (figure.value, figure.unit, figure.field) == (80_000_000_000, "元", "title")
    assert section.title[figure.start:figure.end] == "800亿"
    # with nothing under it to say what it counts, a bare amount is no figure
    lone = parse_text("三明数字经济\n\n　　三明市今年新签约项目30个。\n800亿\n　　全市数字经济再创新高。\n", "lone.txt")
    assert "800亿" not in {f.raw for a in lone.articles for s in a.sections for f in s.figures}


def test_a_place_s_part_of_a_measure_is_labelled_by_the_measure_not_the_place():
    from tui_browse.parser import parse_text
    text = ("各地报告流感病例\n\n"
            "　　截至3月5日，全国共报告流感病例520例（山西省300例，甘肃省120例，青海省100例）。"
            "陕西新增流感病例86例，其中西安80例。浙江开学率超过95%，江苏、安徽超过80%。"
            "城市群内1.5小时通达，成都、重庆1小时通达。\n")
    doc = parse_text(text, "parts.txt")
    found = {(f.raw, f.region): f.label for a in doc.articles for s in a.sections for f in s.figures}
    # each place's part: where is its region, what it counts is the whole's label
    assert found[("300例", "山西省")] == found[("120例", "甘肃省")] == found[("100例", "青海省")] == "报告流感病例"
    # the whole's own place is not the part's: 西安's 80 are new cases, not 陕西's
    assert found[("80例", "西安市")] == "新增流感病例"
    assert next(label for (raw, _), label in found.items() if raw == "80%") == "开学率"
    # a duration between places is no part of a measure: it keeps what it had
    durations = {raw: label for (raw, _), label in found.items() if raw.endswith("小时")}
    assert durations["1小时"] != durations["1.5小时"]


def test_a_place_label_takes_no_measure_from_another_sentence_or_unit():
    from tui_browse.parser import parse_text
    doc = parse_text("通报\n\n　　全省新建学校40所。河北省12个。\n", "apart.txt")
    labels = {f.raw: f.label for a in doc.articles for s in a.sections for f in s.figures}
    assert labels["12个"] != "新建学校"


def test_changes_after_respectively_are_each_of_the_figure_in_their_place_before():
    labels = {f.raw: f.label for f in extract(
        "全年受理案件210件、办结案件180件、挽回损失56万元，同比分别增长12%、9%、31%。"
        "新开航线6条，运送旅客38万人次，分别比上年增长20%和15%。")}
    assert labels["12%"] == "受理案件同比增长"
    assert labels["9%"] == "办结案件同比增长"
    assert labels["31%"] == "挽回损失同比增长"
    assert labels["20%"] == "新开航线比上年增长"
    assert labels["15%"] == "运送旅客比上年增长"
    against = {f.raw: f.label for f in extract("甲项比率达到40%，乙项比率达到38%，分别比2015年提高4个和3个百分点。")}
    assert against["4个"] == "甲项比率比2015年提高" and against["3个百分点"] == "乙项比率比2015年提高"


def test_changes_after_respectively_of_a_thing_named_after_the_figures_are_that_thing_s():
    # "甲…14亿元，乙…9亿元，丙企业分别下降3%和2%": the changes are 丙企业's, not 甲's and 乙's
    labels = {f.raw: f.label for f in extract("甲企业营收14亿元，乙企业营收9亿元，丙企业分别下降3%和2%。")}
    assert labels["3%"] == labels["2%"] == "丙企业下降"


def test_a_month_after_a_comparison_is_a_date_not_a_ratio():
    found = {f.raw for f in extract("工业增加值同比增长6.2%，增速比10月份加快1.5个百分点；降幅比1—10月份收窄0.8个百分点，"
                                    "复工率比23日提高了3.2个百分点。男女比为1∶1.2。")}
    assert found == {"6.2%", "1.5个百分点", "0.8个百分点", "3.2个百分点", "1"}


def test_points_listed_before_the_last_one_are_points_too():
    found = {f.raw: (f.unit, f.kind) for f in extract("两项利用率分别提高了4个和3.2个百分点；新建学校4所和幼儿园3个。")}
    assert found["4个"] == ("百分点", "percent")
    assert found["3个"] == ("个", "count")


def test_a_length_named_before_its_figure_is_the_label_not_the_place_it_is_of():
    labels = {f.raw: f.label for f in extract(
        "队员们攀登海拔3200米的雪山。大桥全长1800米，主塔高度120米。车队要翻越平均海拔4000米的山口。")}
    assert labels["3200米"] == "海拔"
    assert labels["1800米"] == "大桥全长"
    assert labels["4000米"] == "平均海拔"


def test_an_aside_in_brackets_after_a_dated_indicator_keeps_the_indicator():
    labels = {f.raw: f.label for f in extract("2019年12月份全国制造业采购经理指数（PMI）为50.2%，与上月持平。")}
    assert labels["50.2%"] == "制造业采购经理指数"


def test_a_word_left_before_a_count_gives_way_to_what_the_counted_do():
    labels = {f.raw: f.label for f in extract("已解除医学观察969人，尚有4928人正在接受医学观察。全市16个区有11个区参与。")}
    assert labels["4928人"] == "在接受医学观察"
    assert labels["11个"] == "区"


def test_a_note_converting_an_amount_is_no_amount_of_the_story():
    found = {f.raw for f in extract("总规模约为26万亿日元（1美元约合108日元）。门票1元，合计收入5万元。"
                                    "全年人民币平均汇率为1美元兑6.8985元人民币。")}
    assert "108日元" not in found and "（1美元" not in found
    assert {"26万亿日元", "1元", "5万元", "6.8985元"} <= found    # (a rate the story reports is one)


def test_what_is_still_to_come_is_no_part_of_the_label():
    labels = {f.raw: f.label for f in extract(
        "我国国内生产总值预计将突破100万亿元。产业规模有望达到500亿元。引进高层次人才120名。占地面积才30亩。")}
    assert labels["100万亿元"] == "我国国内生产总值"
    assert labels["500亿元"] == "产业规模"
    assert labels["120名"] == "引进高层次人才"
    assert labels["30亩"] == "占地面积"


def test_what_the_counted_did_with_its_aspect_is_no_part_of_the_thing():
    labels = {f.raw: f.label for f in extract("截至目前，已有26个省份恢复了省际道路客运，18万亩森林牢牢锁住了流沙。")}
    assert labels["26个"] == "省份"
    assert labels["18万亩"] == "森林"


def test_one_character_alone_after_a_count_is_the_thing_counted():
    labels = {f.raw: f.label for f in extract("老张在河滩上种下了300棵树，家里还养了12头牛，全村325户。")}
    assert labels["300棵"] == "树"
    assert labels["12头"] == "牛"


def test_a_quoted_name_after_a_count_is_read_whole():
    # (its first character 超 is also a qualifier's; inside quotes it starts a name)
    labels = {f.raw: f.label for f in extract("箭上的8台“超级飞鹰”发动机同时点火，把卫星送入轨道。")}
    assert labels["8台"] == "“超级飞鹰”发动机"


def test_what_a_duration_lasted_is_named_after_its_de():
    labels = {f.raw: f.label for f in extract(
        "经过5天的海上航行，货轮抵达港口。在3年的时间里，村里修了路。经过20多个小时的飞行后到达昆明，"
        "8分钟的沟通时间得以节省。")}
    assert labels["5天"] == "海上航行"
    assert labels["3年"] == ""           # only time: nothing named
    assert labels["20多个小时"] == "飞行"
    assert labels["8分钟"] == "沟通时间"


def test_where_the_counted_are_is_no_part_of_what_they_are():
    labels = {f.raw: f.label for f in extract(
        "全市6万名医务人员在繁重工作中坚守岗位。3名民警站在门口。目前有320个在建工地，推进20个重点在谈项目。"
        "全县5位奋战在脱贫一线的驻村干部受到表彰。")}
    assert labels["6万名"] == "医务人员"
    assert labels["3名"] == "民警"             # (站, what they do there, goes with 在)
    assert labels["320个"] == "在建工地"        # (opening the thing, 在 is part of it)
    assert labels["20个"] == "重点在谈项目"
    assert labels["5位"] == "驻村干部"          # (who, after what they do where and 的)


def test_a_preposition_or_a_time_word_opening_a_label_is_no_part_of_it():
    labels = {f.raw: f.label for f in extract("十年间，从时速60公里到时速300公里。眼下3000多人在工地施工。"
                                              "通过改革，使企业用电成本降低了12%。")}
    assert labels["60公里"] == "时速"
    assert labels["3000多人"] != "眼下"
    assert labels["12%"].startswith("企业用电成本")


def test_an_adverb_of_how_little_or_how_much_is_no_part_of_the_label():
    labels = {f.raw: f.label for f in extract("全村只有93人。去年的平均关税税率则为6.5%。短短3年时间，工程完工。"
                                              "这个原则有5条。")}
    assert labels["93人"] == "全村"
    assert labels["6.5%"] == "平均关税税率"
    assert labels["3年"] == ""
    assert labels["5条"] == "这个原则"        # (则 ending a word stays)


def test_where_the_counted_go_is_no_part_of_what_they_are():
    labels = {f.raw: f.label for f in extract(
        "省里派出17批医疗队赴湖北。300名医护人员驰援武汉。50吨蔬菜从寿光启运。12名队员立即奔赴一线。"
        "143名军医安全抵达武汉。"
        "学校看望了24名赴武汉医疗队员的子女。")}
    assert labels["17批"] == "医疗队"
    assert labels["300名"] == "医护人员"
    assert labels["50吨"] == "蔬菜"
    assert labels["12名"] == "队员"          # (the adverb before where they go goes too)
    assert labels["143名"] == "军医"          # (and how they got there)
    assert labels["24名"] != "子女"           # (opening the thing, where they went describes them)


def test_one_of_a_count_an_already_and_the_places_listed_before_are_no_part_of_the_label():
    labels = {f.raw: f.label for f in extract(
        "他是最早被感染的14名医护人员之一。全市口罩产量已经达到70万只。"
        "近期上海、湖南等地外资企业复工率超过60%。英国2018年则减少15%。")}
    assert labels["14名"] == "医护人员"
    assert labels["70万只"] == "口罩产量"           # (全市 is the region's to say)
    assert labels["60%"] == "外资企业复工率"
    assert labels["15%"] == "减少"


def test_an_adverb_before_what_the_counted_did_ends_the_thing_counted():
    labels = {f.raw: f.label for f in extract(
        "接到通知后，2000多个小区迅速进入封闭管理状态。厂里的36名技术员主动放弃休假。"
        "我们车间一共18人，都是年轻人。原来的装配组总共有26人。")}
    assert labels["2000多个"] == "小区"
    assert labels["36名"] == "技术员"
    assert labels["18人"] == "我们车间"          # (how many in all is no part of what is counted)
    assert labels["26人"] == "装配组"


def test_what_a_thing_takes_or_has_left_after_only_is_no_part_of_its_label():
    labels = {f.raw: f.label for f in extract(
        "整个办理过程仅需15分钟。到月底，合作社账上只剩3万元。按照每户每年1500元的标准发放补贴。")}
    assert labels["15分钟"] == "整个办理过程"
    assert labels["3万元"] == "合作社账上"
    assert labels["1500元"] == "标准"          # (按照 opens how it is paid, not what)


def test_a_date_s_day_or_month_is_no_part_of_the_label_after_it():
    labels = {f.raw: f.label for f in extract(
        "该国央行3月4日宣布将基准利率从3.5%下调至3.25%。2月8日全县核酸检测2985人。"
        "受益于水库补水，该站2019年12月、2020年1月平均流量分别为6450、7240立方米每秒。")}
    assert labels["3.5%"] == labels["3.25%"] == "宣布将基准利率"
    assert labels["2985人"] == "核酸检测"
    assert labels["6450"] == labels["7240立方米"] == "平均流量"


def test_what_a_thing_must_or_can_take_and_how_likely_are_no_part_of_its_label():
    labels = {f.raw: f.label for f in extract(
        "制作一件瓷器需要近2个月时间。早高峰通勤时间可达90分钟。我们小区登记车辆大概300辆。"
        "整改期限原则上不超过3个月。行政许可事项120项。")}
    assert labels["2个月"] == "制作一件瓷器"
    assert labels["90分钟"] == "早高峰通勤时间"
    assert labels["300辆"] == "我们小区登记车辆"
    assert labels["3个月"] == "整改期限"
    assert labels["120项"] == "行政许可事项"     # (可 ending a word stays)


def test_a_rule_s_article_number_is_no_part_of_a_label():
    labels = {f.raw: f.label for f in extract("第七条  村民委员会一般由3至7人组成。")}
    assert labels["7人"] == "村民委员会"
