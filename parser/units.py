"""The units a figure can carry, what kind of figure each makes, and the multipliers before them."""
from __future__ import annotations

from decimal import Decimal

MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}

# unit as written -> (kind, unit stored). Longest forms are tried first.
UNITS: dict[str, tuple[str, str]] = {}


def _add(kind: str, *names: str, stored: str | None = None) -> None:
    for n in names:
        UNITS[n] = (kind, stored or n)


_add("money", "元", "美元", "欧元", "港元", "港币", "日元", "英镑", "澳元", "卢布")
_add("money", "人民币", "块钱", stored="元")   # "4万块钱": spoken money
_add("money", "毛钱", "角钱", stored="元")       # "每斤高出1毛钱": tenths of a yuan
# units that are a fraction of the unit stored: the value is scaled to it ("1毛钱" is 0.1 元)
UNIT_SCALE = {"毛钱": Decimal("0.1"), "角钱": Decimal("0.1")}
_add("percent", "%", "‰")
_add("percent", "个百分点", "百分点", stored="百分点")
_add("area", "平方米", "平方公里", "平方千米", "公顷", "亩", "平米")
_add("area", "㎡", "平方", stored="平方米")
_add("duration", "个月", "个小时", "小时", "分钟", "个工作日", "工作日", "天", "年")
_add("ratio", "倍")
_add("quantity", "千瓦时", "万千瓦", "千瓦", "兆瓦", "立方米", "公里", "千米", "米", "吨", "公斤", "千克",
     "标箱", "GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU", "km", "Mbps", "Gbps")
_add("count",
     "人次", "批次", "架次", "车次", "班次", "家", "个", "人", "名", "项", "条", "次", "处", "张", "宗", "座", "所", "间", "户", "台", "套",
     "辆", "栋", "幢", "批", "颗", "场", "片", "类", "位", "件", "种", "只", "头", "株", "棵", "篇", "部",
     "本", "份", "架", "艘", "列", "根", "块", "支", "例", "起", "组", "轮", "届", "盏", "床", "笔", "门",
     "首", "款", "村", "对", "所", "趟", "余家",
     # bodies counted ("13部门联合印发", "10部委"): not 部, the measure of films and lifts
     "部门", "部委")
_add("count", "人口", "人民", stored="人")     # "8亿多人口实现脱贫", "14亿人民": people

# a measure word that with the character after it is a word of its own, what is then counted:
# "5个人轮番上阵" (个人: people), "近10万家庭断电" (家庭: households); only where the cut makes them
# one word ("8个人工智能模块" is 个 and 人工智能)
_WORD_UNITS_STORED = {"个人": "人", "家庭": "户"}
for _word, _stored in _WORD_UNITS_STORED.items():
    _add("count", _word, stored=_stored)
WORD_UNITS = {word[0]: word for word in _WORD_UNITS_STORED}     # the measure word -> the word it may open

UNIT_PATTERN = "|".join(sorted((u for u in UNITS if u != "余家" and u not in _WORD_UNITS_STORED),
                               key=len, reverse=True))
LATIN_UNITS = {u for u in UNITS if u.isascii() and u.isalpha()}
