"""A deterministic corpus of N articles made from the seeds' real paragraphs, recombined.

Each article takes paragraphs and headings from the five seed articles, renames the regions to
units drawn from the gazetteer (a city, a county, a made-up street or town), varies every number,
and is written in the same mix of inputs as the seeds: mostly simplified text, some traditional
script, some with inline pinyin, and some page dumps holding several stories. The same N always
gives the same files, byte for byte.

    python -m bench.generate 1000 bench/corpus/1000
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TARGET_CHARS = 6000          # about 55 million characters at N = 10,000
_SEED_UNITS = re.compile(r"惜福镇街道|解甲庄街道|初家街道|灵山卫街道|东城街道|莱山经济开发区|西海岸新区|"
                         r"胶州市|市南区|市北区|李沧区|崂山区|城阳区|即墨区|平度市|莱西市|莱山区|开发区|青岛市|烟台市|青岛|烟台")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_STREET_HEADS = "东西南北中新城港河山湖龙凤金银兴安和平永福华阳明光"


class Material:
    """Paragraphs and headings of the seeds, read once through the parser."""

    def __init__(self) -> None:
        from tui_browse.parser import parse_bytes
        self.paragraphs: list[str] = []
        self.headings: list[str] = []
        for f in sorted(SEEDS.glob("*.txt")):
            doc = parse_bytes(f.read_bytes(), f.name)
            for art in doc.articles:
                self.headings.append(art.title)
                for sec in art.sections:
                    self.headings.append(sec.title)
                    self.paragraphs += [p for p in sec.text.split("\n") if len(p) >= 40]
        self.headings = sorted({h for h in self.headings if 4 <= len(h) <= 40})
        from tui_browse.parser.gazetteer import gazetteer
        g = gazetteer()
        self.counties = sorted((d.name, d.parent) for divs in g.by_name.values() for d in divs
                               if d.level == "county" and d.parent and d.parent.endswith("市"))


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s.startswith(("19", "20")):
            return s                                  # keep years as years
        whole, _, frac = s.partition(".")
        new = str(rng.randint(10 ** (len(whole) - 1) if len(whole) > 1 else 1, 10 ** len(whole) - 1))
        if frac:
            new += "." + "".join(str(rng.randint(0, 9)) for _ in frac)
        return new
    return _NUMBER.sub(repl, text)


def _story(m: Material, rng: random.Random, chars: int) -> tuple[str, str, list[str]]:
    county, city = rng.choice(m.counties)
    street = "".join(rng.choice(_STREET_HEADS) for _ in range(2)) + rng.choice(["街道", "镇", "街道"])
    names = [street, county, city, city[:-1]]

    def rename(text: str) -> str:
        return _SEED_UNITS.sub(lambda _m: rng.choice(names), text)
    title = rename(rng.choice(m.headings))
    parts: list[str] = []
    size = 0
    while size < chars:
        if parts and rng.random() < 0.2:
            parts.append(rename(rng.choice(m.headings)))
        para = _vary_numbers(rename(rng.choice(m.paragraphs)), rng)
        parts.append(para)
        size += len(para)
    return title, f"{city} › {county} › {street}", parts


def _pinyin_inline(text: str, rng: random.Random) -> str:
    from pypinyin import Style, pinyin
    out = []
    for ch in text[:1500]:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.3:
            out.append(f"({pinyin(ch, style=Style.TONE)[0][0]})")
    return "".join(out) + text[1500:]


def article_text(m: Material, n: int) -> list[str]:
    """The stories of file n (a page dump holds several)."""
    rng = random.Random(n)
    kind = rng.random()
    if kind < 0.1:        # page dump: 2-4 shorter stories with boxed bylines
        stories = []
        count = rng.randint(2, 4)
        for _ in range(count):
            title, _, parts = _story(m, rng, TARGET_CHARS // count)
            stories.append(f"{title}\n\n□本报记者 {rng.choice('王李张刘陈杨')}{rng.choice('明华伟芳军')}\n\n" + "\n\n".join(parts))
        return stories
    title, _, parts = _story(m, rng, TARGET_CHARS)
    body = f"## {title}\n\n" + "\n\n".join(parts) if rng.random() < 0.3 else title + "\n\n" + "\n\n".join(parts)
    return [body]


def generate(n: int, out: Path) -> dict:
    """Write the corpus of n articles under out; return its counts."""
    import opencc
    out.mkdir(parents=True, exist_ok=True)
    m = Material()
    s2t = opencc.OpenCC("s2t")
    articles = files = chars = 0
    i = 0
    while articles < n:
        stories = article_text(m, i)
        stories = stories[: n - articles]
        text = "\n\n\n".join(stories) + "\n"
        style = random.Random(10_000_000 + i).random()
        if style < 0.1:
            text = s2t.convert(text)                  # traditional script
        elif style < 0.2:
            text = _pinyin_inline(text, random.Random(i))
        encoding = "gb18030" if style > 0.97 else "utf-8"
        (out / f"a{i:06d}.txt").write_bytes(text.encode(encoding))
        articles += len(stories)
        files += 1
        chars += len(text)
        i += 1
    return {"articles": articles, "files": files, "chars": chars}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("out", type=Path)
    args = p.parse_args()
    print(generate(args.n, args.out))


if __name__ == "__main__":
    main()
