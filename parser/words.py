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

# Qualifiers written before and after a figure ("约5亿元", "200余家", "30%以上").
PRE_QUALIFIERS = ("不少于", "不低于", "不超过", "不足", "超过", "大约", "将近", "接近", "多达", "高达", "达到",
                  "至少", "最高", "突破", "约", "近", "逾", "达", "超")
RANGE_QUALIFIERS = ("以上", "以下", "左右")
POST_QUALIFIERS = (*RANGE_QUALIFIERS, "上下", "以内", "之多", "余", "多")

# Words that name the whole country: a figure in such a sentence is national.
NATIONAL_WORDS = ("全国", "我国", "全中国")
NATIONAL = "全国"


def alternation(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of words, longest first so the longest one matches."""
    import re
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
