"""What surrounds an article in a file but is not its text: a YAML front matter block, and the
furniture of a saved web page (breadcrumbs, "发布时间：…", share and print links). What they say
that is metadata (a title, a date) is kept; the lines themselves are blanked, so line numbers (and
each section's original text) still point at the file as written."""
from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*---\s*$")
_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})")
# a path of links ("首页 > 新闻中心 > 区县动态", "当前位置：首页 » 要闻")
_BREADCRUMB = re.compile(r"^\s*(?:当前位置\s*[:：]\s*)?(?:首页|主页|网站首页|返回首页)\s*(?:[>＞»/›]|$)")
_PUBLISHED = re.compile(r"^\s*(?:发布时间|发布日期|时间|日期|更新时间)\s*[:：]\s*(?P<when>.+)$")
_FURNITURE = re.compile(
    r"^\s*(?:(?:来源|作者|责任编辑|编辑|责编|浏览次数|阅读次数|点击数|字号|分享到|打印|关闭窗口|【打印】|【关闭】)"
    r"(?:\s*[:：].*)?|(?:【?(?:大|中|小)】?\s*){3}|(?:上一篇|下一篇)\s*[:：].*|扫一扫.*|分享\s*[:：]?.*)\s*$")


def iso_date(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def strip_chrome(lines: list[str], keep=lambda line: False) -> tuple[list[str], dict[str, str]]:
    """The lines with front matter and page furniture blanked, and the metadata they held
    (`title`, `date` as ISO YYYY-MM-DD). keep(line): a line the parser reads itself (a paper line)."""
    out = list(lines)
    meta: dict[str, str] = {}
    first = next((i for i, line in enumerate(out) if line.strip()), None)
    if first is not None and _FENCE.match(out[first]):
        end = next((i for i in range(first + 1, min(len(out), first + 60)) if _FENCE.match(out[i])), None)
        if end is not None:
            for i in range(first, end + 1):
                m = _FIELD.match(out[i])
                if m:
                    key, value = m.group("key").lower(), m.group("value").strip("\"'")
                    if key == "title" and value:
                        meta["title"] = value
                    elif key in ("date", "published", "pubdate") and iso_date(value):
                        meta["date"] = iso_date(value)
                out[i] = ""
    for i, line in enumerate(out):
        if not line.strip() or len(line) > 80 or keep(line):
            continue
        published = _PUBLISHED.match(line)
        if published and iso_date(published.group("when")):
            meta.setdefault("date", iso_date(published.group("when")))
            out[i] = ""
        elif _BREADCRUMB.match(line) or _FURNITURE.match(line):
            out[i] = ""
    return out, meta
