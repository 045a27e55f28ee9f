"""Seeded synthetic corpus for the benchmark: notices recombined from the real ones.

    .venv/bin/python bench/generate.py 10000 /tmp/gen10k [--seed 0]

The material is corpus/ as the pipeline itself reads it (ingest + normalize, once per
process), its paragraphs sorted into pools by what they hold: titles, headings, numeric
targets, tasks with responsible units, deadlines, table rows, prose. A synthetic notice
draws a title, a 发文 header and numbered sections from the pools, moves them to another
region and other years and rescales their numbers. It then takes one of the forms real
scrapes come in (`KIND_SHARES`): Simplified or Traditional, pinyin reading aids glued
after characters, GBK one-byte-shift damage, synonym-spinner swaps; a plain-text scrape
or a saved government page; UTF-8, GBK or Big5.

Notice i depends only on (seed, i), so a corpus is reproducible byte for byte and a
larger one starts with the smaller. Notices are built one at a time from pools built
once, so memory stays flat however many are written.
"""
from __future__ import annotations

import argparse
import html
import math
import random
import re
import statistics
import string
import sys
import time
import tomllib
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from normalize.mojibake import gbk_shift_damage  # noqa: E402  (the damage the pipeline repairs)

DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"

# Share of each kind of file. A fifth of the notices are Traditional, half of those with
# pinyin aids. The damaged ones are text scrapes of the one kind of site where the damage
# was seen (corpus/003_*.txt): Traditional with pinyin aids, served as GBK, decoded one
# byte late.
KIND_SHARES = {
    "s-utf8": 0.645,
    "s-gbk": 0.075,      # 10% of the Simplified notices
    "s-spinner": 0.03,
    "t-utf8": 0.07,
    "t-big5": 0.03,      # saved pages only: a plain-text scrape is re-encoded by the scraper
    "t-pinyin": 0.10,
    "damaged": 0.05,     # plain text only: the damage is done by a scraper
}
HTML_SHARE = 0.40
_HTML_ONLY, _TEXT_ONLY = {"t-big5"}, {"damaged"}
# The share of saved pages among the kinds that come in either form, so that all kinds
# together give HTML_SHARE.
_HTML_SHARE_OF_FREE = (HTML_SHARE - sum(KIND_SHARES[k] for k in _HTML_ONLY)) / (
    1 - sum(KIND_SHARES[k] for k in _HTML_ONLY | _TEXT_ONLY)
)
ENCODING = {"s-gbk": "gbk", "t-big5": "big5"}  # every other kind is UTF-8
# A notice the target codec cannot encode is saved as UTF-8 and named for what it is.
FALLBACK_KIND = {"s-gbk": "s-utf8", "t-big5": "t-utf8"}

# Size on disk of a notice's own text: log-normal, within the bounds of a one-paragraph
# notice and a long plan. A saved page adds 4 to 6 KB of furniture, which puts the median
# of all files at about 5 KB and the largest at about 40 KB.
TEXT_MEDIAN_BYTES = 2500
SIZE_SIGMA = 0.8
MIN_BYTES, MAX_TEXT_BYTES = 1500, 34000

# Pinyin aids follow a fixed set of characters on a site, all of them Traditional forms
# (corpus/003_*.txt: every 區, 經, 項, never 資, 縣 or a numeral). A site aids this share
# of the Traditional-only characters, which puts an aid after about 10% of Han characters.
AIDED_TRADITIONAL_SHARE = 0.3
# Lines of a damaged notice that were decoded one byte late besides those that open with
# a full-width bracket, which always were in the real scrape.
DAMAGED_LINE_SHARE = 0.15
HALF_WIDTH_NUMBERING_SHARE = 0.4  # of the （一） lines of a damaged notice: (一), undamaged
NOTE_ADDED_SHARE = 0.2    # bodies without a responsible-unit note that get one
NOTE_OWN_LINE_SHARE = 0.25  # notes printed on a line of their own (责任单位：…)
NUMBER_JITTER = (0.8, 1.25)

# Body paragraphs by what they hold, and how often a notice draws each.
BODY_WEIGHTS = {"target": 3.0, "task": 3.0, "deadline": 2.0, "prose": 2.0, "table": 0.6}
MAX_TABLES = 1
# Section layouts: 一、 with （一） items; 一、 with （一） subheadings and 1. items
# numbered through the notice; 一、 with unnumbered paragraphs (statistical bulletins).
LAYOUT_WEIGHTS = {"inline": 0.45, "nested": 0.3, "flat": 0.25}

_NUMERALS = "一二三四五六七八九十"
_TOP_HEADING = re.compile(rf"^[{_NUMERALS}]{{1,3}}、\s*")
_SUB_HEADING = re.compile(rf"^[（(][{_NUMERALS}]{{1,3}}[）)]\s*")
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.．、](?!\d)\s*")
_TITLE = re.compile(r"^[^，,。；;：:]{8,60}(通知|意见|方案|要点|公报|办法|规划|决定|报告|计划|细则)$")
_SALUTATION = re.compile(r"^各.{2,80}[:：]$")
_DOC_NUMBER = re.compile(r"^\S{1,10}〔\d{4}〕\d+号$")
# A note may name units with brackets of their own: 责任单位：各县(市、区)政府.
_NOTE = re.compile(
    r"[（(]((?:牵头单位|责任单位)[:：](?:[^（）()]|[（(][^（）()]*[）)])+|[^（）()，。]{2,60}负责)[）)]\s*。?$"
)
_DEADLINE = re.compile(
    r"年底前|年末前|月底前|季度末前|\d{4}年(?:\d{1,2}月)?(?:底|末)?前|\d{1,2}月\d{1,2}日(?:前|起)|年内完成|前完成|季度完成"
    r"|到\d{4}年"
)
_FORWARD = re.compile("印发给你们|现予印发|现印发|予以印发")
_TARGET = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|%|％|个|家|项|户|人|元|吨|亩|公里|平方|千瓦|所|座)")
_SENTENCE_END = re.compile("。")
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d\d)年")
_PLAN = re.compile(r"印发(?:《(.+?)》|(.+?))的通知$")
_ISSUER = re.compile(r"^(.{2,30}?)关于")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# A number standing alone: not part of a Latin name (PM2.5, 5G, GB 50180).
_NUMBER = re.compile(r"(?<![A-Za-z.\d])(?<![A-Za-z] )\d+(?:\.\d+)?(?![A-Za-z\d])")
_YEAR_AFTER = set("年〕]-—－~～至")
_YEAR_BEFORE = set("〔[-—－~～至")
# Numbers that name rather than count: dates, document numbers, ordinals, 18+7 slogans.
_KEEP_AFTER = set("月日号时点次期批届轮+")
_KEEP_BEFORE = set("第+")


# ------------------------------------------------------------------ word lists


@lru_cache(maxsize=1)
def words() -> dict:
    return tomllib.loads((DATA / "generate.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def page_templates() -> tuple[string.Template, ...]:
    return tuple(string.Template(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("page_*.html")))


def _bare(name: str) -> str:
    """沧州市 → 沧州: the form a region takes inside other names (沧州开发区)."""
    return name[:-1] if name[-1] in "省市县区" else name


# ------------------------------------------------------------------ material


class Para(NamedTuple):
    text: str
    year: int       # the year of the notice it comes from: its years move with the notice's
    note: str = ""  # a responsible-unit note that ended it, without brackets


Material = dict[str, tuple[Para, ...]]


def _source_year(text: str) -> int:
    years = Counter(_YEAR_IN_TEXT.findall(text))
    return int(years.most_common(1)[0][0]) if years else 2020


def classify(line: str) -> tuple[str, str, str] | None:
    """(pool, text, note) of one clean line, or None for lines no notice is built from
    (signatures, dates, captions, one-word lines)."""
    if " | " in line:
        return "table", line, ""
    if _TITLE.match(line) and not _SUB_HEADING.match(line) and not _TOP_HEADING.match(line):
        return "title", line, ""
    if _SALUTATION.match(line):
        return "salutation", line, ""
    if _DOC_NUMBER.match(line):
        return "doc_number", line, ""
    if top := _TOP_HEADING.match(line):
        rest = line[top.end():]
        if len(rest) <= 20 and "。" not in rest:
            return "heading", rest, ""
    if sub := _SUB_HEADING.match(line):
        rest = line[sub.end():].rstrip("。")
        if len(rest) <= 24 and "。" not in rest:
            return "subheading", rest, ""
    body = line
    for numbering in (_SUB_HEADING, _ITEM_NUMBER):
        body = numbering.sub("", body, count=1)
    if len(body) < 20 or not re.search("[，,。；]", body) or _FORWARD.search(body):
        return None
    if note := _NOTE.search(body):
        return "task", body[: note.start()].rstrip(), note.group(1)
    if _DEADLINE.search(body):
        return "deadline", body, ""
    if _TARGET.search(body):
        return "target", body, ""
    return "prose", body, ""


def build_material(paths: list[Path]) -> Material:
    """The pools, from the files as the pipeline reads them: clean Simplified text."""
    from ingest import ingest_path
    from normalize import normalize_notice

    pools: dict[str, list[Para]] = {}
    for path in paths:
        text = normalize_notice(ingest_path(path)).text
        year = _source_year(text)
        table: list[str] = []
        for raw in text.splitlines() + [""]:
            line = raw.strip(" \t\u3000\u00a0")
            found = classify(line) if line else None
            if found and found[0] == "table":
                table.append(line)
                continue
            if len(table) >= 2:
                pools.setdefault("table", []).append(Para("\n".join(table), year))
            table = []
            if found:
                pool, body, note = found
                pools.setdefault(pool, []).append(Para(body, year, note))
                if note:
                    pools.setdefault("note", []).append(Para(note, year))
                if pool in BODY_WEIGHTS and any(word in body for word, _ in words()["notice"]["spinner"]):
                    pools.setdefault("spinnable", []).append(Para(body, year, note))
    return {pool: tuple(paras) for pool, paras in pools.items()}


@lru_cache(maxsize=1)
def material() -> Material:
    return build_material(sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")))


# ------------------------------------------------------------------ variation


@dataclass(frozen=True)
class Place:
    province: str
    abbr: str
    city: str
    county: str


def _pick_place(rng: random.Random) -> Place:
    region = rng.choice(words()["region"])
    return Place(region["province"], region["abbr"], region["city"], rng.choice(region["counties"]))


@lru_cache(maxsize=1)
def _material_regions() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """A pattern of every region corpus/ names, and each name's level and whether it is
    the bare form."""
    levels: dict[str, tuple[str, bool]] = {}
    for level in ("cities", "counties", "provinces"):
        for name in words()["material"][level]:
            levels[name] = (level, False)
            levels[_bare(name)] = (level, True)
    names = sorted(levels, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))), levels


class Variation:
    """What moves one notice's material: its region, its years, its numbers."""

    def __init__(self, rng: random.Random, place: Place, year: int) -> None:
        self.rng = rng
        self.year = year
        targets = {"cities": place.city, "counties": place.county, "provinces": place.province}
        pattern, levels = _material_regions()
        self._regions = pattern
        self._target = {
            name: _bare(targets[level]) if bare else targets[level] for name, (level, bare) in levels.items()
        }

    def __call__(self, para: Para, text: str | None = None) -> str:
        text = para.text if text is None else text
        text = self._regions.sub(lambda m: self._target[m.group()], text)
        shift = self.year - para.year
        return _NUMBER.sub(lambda m: self._number(m, shift), text)

    def _number(self, match: re.Match[str], shift: int) -> str:
        digits, text = match.group(), match.string
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        is_year = len(digits) == 4 and digits.isdigit() and 1949 <= int(digits) <= 2049
        if is_year and (after in _YEAR_AFTER or before in _YEAR_BEFORE):
            return str(int(digits) + shift)
        if after in _KEEP_AFTER or before in _KEEP_BEFORE:
            return digits
        return _scaled(digits, self.rng.uniform(*NUMBER_JITTER), percent=after in ("%", "％"))


def _scaled(digits: str, factor: float, percent: bool) -> str:
    """The number times factor, written with as many decimals as before."""
    whole, _, decimals = digits.partition(".")
    value = float(digits) * factor
    if percent and float(digits) <= 100:
        value = min(value, 100.0)
    if decimals:
        return f"{value:.{len(decimals)}f}"
    if int(whole) == 0:
        return digits
    return str(max(1, round(value)))


# ------------------------------------------------------------------ composition


class Block(NamedTuple):
    role: str  # title | doc_number | salutation | para | heading | table | sign
    text: str  # a table's rows are '\n'-joined, cells ' | '-joined


def chinese_numeral(n: int) -> str:
    """1..99 as section numbers are written: 一, 十, 十一, 二十三."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else _NUMERALS[tens - 1]) + ("十" if tens else "") + (_NUMERALS[ones - 1] if ones else "")


@dataclass
class Notice:
    """One synthetic notice before it takes a file's form."""

    blocks: list[Block]
    place: Place
    issuer: str
    issued: date
    doc_number: str
    related: list[str]  # titles of other notices of the site


def _cut(text: str, room: int) -> str:
    """The text up to the last sentence end within room characters (at least its first
    sentence): a notice is cut short at a sentence, not in one."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() >= 20]
    fitting = [end for end in ends if end <= room]
    if fitting:
        return text[: fitting[-1]]
    return text[: ends[0]] if ends else text


def _draw(rng: random.Random, pool: tuple[Para, ...], used: set[str]) -> Para:
    """A paragraph of the pool, one the notice has not used yet if a few tries find one."""
    for _ in range(4):
        para = rng.choice(pool)
        if para.text not in used:
            break
    used.add(para.text)
    return para


def compose(rng: random.Random, budget: int, lead_pool: str = "") -> Notice:
    """A notice of about `budget` UTF-8 bytes of text; its first item from `lead_pool`
    when given (a paragraph with words a spinner swaps)."""
    pools = material()
    place = _pick_place(rng)
    title_para = rng.choice(pools["title"])
    vary = Variation(rng, place, title_para.year + rng.randint(1, 3))
    title = vary(title_para)
    fmt = {"city": place.city, "county": place.county}
    issuer_match = _ISSUER.match(title)
    issuer = issuer_match.group(1) if issuer_match else rng.choice(words()["notice"]["issuers"]).format(**fmt)
    issued = date(vary.year, rng.randint(1, 12), rng.randint(1, 28))
    doc_number = vary(rng.choice(pools["doc_number"])) if rng.random() < 0.35 else ""

    blocks = [Block("title", title)]
    if doc_number:
        blocks.append(Block("doc_number", doc_number))
    blocks.append(Block("salutation", vary(rng.choice(pools["salutation"]))))
    signature = [Block("sign", issuer), Block("sign", f"{issued.year}年{issued.month}月{issued.day}日")]
    if rng.random() < 0.5:
        signature.append(Block("para", rng.choice(words()["notice"]["public_marks"])))
    plan = _PLAN.search(title)
    if plan:
        plan_title = plan.group(1) or plan.group(2)
        forward = rng.choice(words()["notice"]["forwards"])
        blocks.append(Block("para", forward.format(plan=plan_title, issuer=issuer)))
        blocks += signature
        blocks.append(Block("title", plan_title))
    used = {title_para.text}
    spent = sum(len(b.text.encode()) for b in blocks)
    blocks.append(Block("para", _cut(vary(_draw(rng, pools["prose"], used)), (budget - spent) // 3)))
    blocks += _sections(rng, vary, budget - spent - len(blocks[-1].text.encode()), used, lead_pool)
    if not plan:
        blocks += signature
    others = [para for para in pools["title"] if para != title_para]
    related = [vary(para) for para in rng.sample(others, rng.randint(5, 8))]
    return Notice(blocks, place, issuer, issued, doc_number, related)


def _sections(rng: random.Random, vary: Variation, budget: int, used: set[str], lead_pool: str) -> list[Block]:
    """Numbered sections of body paragraphs, up to about `budget` UTF-8 bytes."""
    pools = material()
    layout = rng.choices(list(LAYOUT_WEIGHTS), weights=list(LAYOUT_WEIGHTS.values()))[0]
    opening, closing = rng.choices(("（）", "()"), weights=(0.7, 0.3))[0]
    blocks: list[Block] = []
    spent, section, item, tables = 0, 0, 0, 0

    def add(block: Block) -> None:
        nonlocal spent
        blocks.append(block)
        spent += len(block.text.encode())

    while True:  # until the budget is spent, which returns from inside
        section += 1
        add(Block("heading", f"{chinese_numeral(section)}、{_draw(rng, pools['heading'], used).text}"))
        for sub in range(1, (rng.randint(1, 3) if layout == "nested" else 1) + 1):
            if layout == "nested":
                heading = _draw(rng, pools["subheading"], used).text
                add(Block("heading", f"{opening}{chinese_numeral(sub)}{closing}{heading}"))
            if layout == "inline":
                item = 0
            for _ in range(rng.randint(2, 5)):
                room = (budget - spent) // 3  # characters: a Han character is three UTF-8 bytes
                if lead_pool:  # whole, so that what it was drawn for is not cut off
                    kind, lead_pool, room = lead_pool, "", sys.maxsize
                else:
                    kinds = [k for k in BODY_WEIGHTS if k != "table" or tables < MAX_TABLES]
                    kind = rng.choices(kinds, weights=[BODY_WEIGHTS[k] for k in kinds])[0]
                para = _draw(rng, pools[kind], used)
                if kind == "table":
                    tables += 1
                    add(Block("table", vary(para)))
                else:
                    item += 1
                    number = {
                        "inline": f"{opening}{chinese_numeral(item)}{closing}",
                        "nested": f"{item}.",
                        "flat": "",
                    }[layout]
                    for block in _body(rng, vary, para, number, room):
                        add(block)
                if spent >= budget:
                    return blocks


def _body(rng: random.Random, vary: Variation, para: Para, number: str, room: int) -> list[Block]:
    """A numbered body paragraph, cut to room characters, with its responsible-unit note
    (its own, or one of another task) in brackets or on a line of its own."""
    note = para.note
    if not note and rng.random() < NOTE_ADDED_SHARE:
        note = rng.choice(material()["note"]).text
    text = number + _cut(vary(para), room)
    if not note:
        return [Block("para", text)]
    note = vary(para, note)
    if note.startswith(("牵头单位", "责任单位")) and rng.random() < NOTE_OWN_LINE_SHARE:
        return [Block("para", text), Block("para", note)]
    return [Block("para", f"{text}（{note}）")]


# ------------------------------------------------------------------ script and damage


@lru_cache(maxsize=3)
def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


Script = Callable[[str], str]


def _script(kind: str) -> Script:
    """How the kind writes Simplified text: as it is, or OpenCC's standard Traditional,
    except on Big5 pages: Big5 lacks some of its characters (爲, 着, 衆), and the sites
    that still serve Big5 write Taiwan's forms."""
    if kind.startswith("s-"):
        return str
    return _opencc("s2tw" if kind == "t-big5" else "s2t")


@lru_cache(maxsize=8192)
def _reading(char: str) -> str:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.TONE, errors="ignore")
    return found[0][0] if found and found[0][0] != char else ""


@lru_cache(maxsize=8192)
def _is_traditional_form(char: str) -> bool:
    return _opencc("t2s")(char) != char


def add_reading_aids(text: str, site: int) -> str:
    """`區(qū)`: a tone-marked reading in half-width brackets after each character of the
    site's set (`site` picks the set)."""
    out = []
    for char in text:
        out.append(char)
        if (
            _HAN.match(char)
            and _is_traditional_form(char)
            and (zlib.crc32(char.encode()) + site) % 100 < AIDED_TRADITIONAL_SHARE * 100
            and (reading := _reading(char))
        ):
            out.append(f"({reading})")
    return "".join(out)


def _damageable(block: Block) -> bool:
    """A body line the decoder met in step: it opens with a GBK double-byte character."""
    return block.role in ("para", "heading") and not block.text[:1].isascii()


def _damage(blocks: list[Block], rng: random.Random) -> list[Block]:
    """Decode some of the body lines one byte late. The real scrape numbers with （一） and
    (二) in turn, and every line that opens with the full-width bracket is damaged: so
    are most of them here, and the rest are numbered with half-width brackets. A notice
    of this kind has at least one damaged line."""
    out = []
    damaged_any = False
    for block in blocks:
        text = block.text
        numbered = _SUB_HEADING.match(text)
        if not _damageable(block):
            pass
        elif numbered and text.startswith("（") and rng.random() < HALF_WIDTH_NUMBERING_SHARE:
            text = "(" + text[1 : numbered.end()].rstrip().replace("）", ")") + text[numbered.end() :]
        elif text.startswith("（") or rng.random() < DAMAGED_LINE_SHARE:
            damaged = gbk_shift_damage(text)
            damaged_any = damaged_any or damaged is not None
            text = damaged or text
        out.append(block._replace(text=text))
    if not damaged_any:
        for i, block in enumerate(out):
            damaged = gbk_shift_damage(block.text) if _damageable(block) else None
            if damaged:
                out[i] = block._replace(text=damaged)
                break
    return out


def _spin(text: str) -> str:
    for original, swapped in words()["notice"]["spinner"]:
        text = text.replace(original, swapped)
    return text


def _restyle(notice: Notice, kind: str, rng: random.Random) -> None:
    """Put the notice in the script and damage of its kind (blocks only: page furniture
    is converted when the page is rendered)."""
    if kind == "s-spinner":
        notice.blocks = [b._replace(text=_spin(b.text)) for b in notice.blocks]
        return
    if kind.startswith("s-"):
        return
    script = _script(kind)
    notice.blocks = [b._replace(text=script(b.text)) for b in notice.blocks]
    if kind in ("t-pinyin", "damaged"):
        site = rng.randrange(100)
        notice.blocks = [b._replace(text=add_reading_aids(b.text, site)) for b in notice.blocks]
    if kind == "damaged":
        notice.blocks = _damage(notice.blocks, rng)


# ------------------------------------------------------------------ rendering


def render_text(notice: Notice, page: dict[str, str], rng: random.Random, script: Script, damaged: bool) -> str:
    """A plain-text scrape: one paragraph a line, indented or not (never a damaged one,
    whose lines open with the '?' of the damage), sometimes with the page's breadcrumb,
    byline and footer lines kept around it."""
    indent = "" if damaged else rng.choice(["", "", "  ", "\u3000\u3000"])
    cell_separator = rng.choice([" | ", "\t"])
    chrome = words()["page"]
    header = rng.sample(chrome["text_header"], rng.randint(1, 3)) if rng.random() < 0.4 else []
    footer = rng.sample(chrome["text_footer"], rng.randint(1, 2)) if rng.random() < 0.3 else []
    furniture = [script(line.format(**page)) for line in header + footer]
    lines = furniture[: len(header)]
    for block in notice.blocks:
        if block.role == "table":
            lines += [row.replace(" | ", cell_separator) for row in block.text.split("\n")]
        elif block.role in ("title", "sign"):
            lines.append(block.text)
        else:
            lines.append(indent + block.text)
    lines += furniture[len(header):]
    separator = "\n" if damaged else rng.choice(["\n", "\n", "\n\n"])
    return separator.join(lines) + "\n"


_ARTICLE_MARK = "@@ARTICLE@@"
PARAGRAPH_STYLES = ("text-indent: 2em;", "text-indent: 2em; line-height: 2em; font-size: 16px;", "text-align: justify;")


def _article_html(blocks: list[Block], paragraph_style: str) -> str:
    out = []
    for block in blocks:
        text = html.escape(block.text, quote=False)
        if block.role == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell, quote=False)}</td>" for cell in row.split(" | ")) + "</tr>"
                for row in block.text.split("\n")
            )
            out.append(f'<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>{rows}</tbody></table>')
        elif block.role in ("title", "doc_number"):
            out.append(f'<p style="text-align: center;"><strong>{text}</strong></p>')
        elif block.role == "sign":
            out.append(f'<p style="text-align: right;">{text}</p>')
        elif block.role == "heading":
            out.append(f'<p style="{paragraph_style}"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="{paragraph_style}">{text}</p>')
    return "\n".join(out)


@dataclass(frozen=True)
class PageLayout:
    template: string.Template
    paragraph_style: str
    title_in_article: bool  # an editor's copy of the title inside the article, as some sites have


def render_html(notice: Notice, page: dict[str, str], layout: PageLayout, script: Script, charset: str) -> str:
    """A saved government page around the notice; a Traditional page has Traditional
    furniture, but no reading aids in it."""
    text = script(layout.template.substitute(page, charset=charset, article=_ARTICLE_MARK))
    blocks = notice.blocks if layout.title_in_article else notice.blocks[1:]
    return text.replace(_ARTICLE_MARK, _article_html(blocks, layout.paragraph_style))


def page_fields(notice: Notice, rng: random.Random) -> dict[str, str]:
    """Everything the page furniture says: site, breadcrumbs, byline, related articles."""
    chrome = words()["page"]
    place = notice.place
    on_county_site = rng.random() < 0.4
    site_place = place.county if on_county_site else place.city
    site = f"{site_place}人民政府"
    domain = f"www.{_romanized(_bare(site_place))}.gov.cn"
    published = notice.issued + timedelta(days=rng.randint(0, 12))
    stamp = f"{published.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    fmt = {"city": place.city, "county": place.county, "issuer": notice.issuer, "bare": _bare(site_place)}
    trail = rng.choice(chrome["columns"])
    nav = [item.format(**fmt) for item in chrome["nav"]]
    nav = [nav[0]] + rng.sample(nav[1:], rng.randint(5, 8))
    related = []
    for i, title in enumerate(notice.related):
        day = published - timedelta(days=rng.randint(1, 400))
        url = f"/zwgk/tzgg/{day:%Y%m}/t{day:%Y%m%d}_{rng.randint(1000000, 9999999)}.html"
        related.append(
            f'<li class="item{i}"><a href="{url}" target="_blank">'
            f"{html.escape(title, quote=False)}</a><span>{day.isoformat()}</span></li>"
        )
    source = rng.choice(chrome["sources"]).format(**fmt)
    site_code = str(rng.randint(10**9, 10**10 - 1))
    icp = f"{place.abbr}ICP备{rng.randint(10**7, 10**8 - 1)}号" + rng.choice(["", "-1", "-2"])
    views = str(rng.randint(20, 9000))
    return {
        "site": site,
        "domain": domain,
        "site_code": site_code,
        "icp": icp,
        "technical": rng.choice(chrome["technical"]).format(**fmt),
        "nav": "\n".join(f'<li><a href="/col{i}/index.html">{item}</a></li>' for i, item in enumerate(nav)),
        "crumbs": "".join(f' &gt; <a href="/{"/".join(map(str, range(i + 1)))}/">{c}</a>' for i, c in enumerate(trail)),
        "trail": " > ".join(trail),
        "column": trail[-1],
        "title": html.escape(notice.blocks[0].text),
        "published": stamp,
        "source": source,
        "views": views,
        "related_label": rng.choice(chrome["related_labels"]),
        "related": "\n".join(related),
        "index_no": f"{rng.randint(10**8, 10**9 - 1)}/{notice.issued.year}-{rng.randint(1, 99999):05d}",
        "issuer": notice.issuer,
        "issued": f"{notice.issued.year}年{notice.issued.month}月{notice.issued.day}日",
        "issued_iso": notice.issued.isoformat(),
        "doc_number": notice.doc_number,
    }


@lru_cache(maxsize=256)
def _romanized(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name))


# ------------------------------------------------------------------ notices and files


def _kind(rng: random.Random) -> tuple[str, str]:
    kind = rng.choices(list(KIND_SHARES), weights=list(KIND_SHARES.values()))[0]
    if kind in _HTML_ONLY:
        return kind, "html"
    if kind in _TEXT_ONLY:
        return kind, "txt"
    return kind, "html" if rng.random() < _HTML_SHARE_OF_FREE else "txt"


# Bytes on disk per UTF-8 byte of notice text, by what the kind does to it: GBK and Big5
# write a Han character in two bytes instead of three; a reading aid after one character
# in ten adds about six.
_SIZE_FACTOR = {"gbk": 2 / 3, "big5": 2 / 3, "aids": 1.18}


def make_notice(index: int, seed: int = 0) -> tuple[str, bytes]:
    """Notice `index` of the corpus of `seed`: its file name and bytes."""
    rng = random.Random(f"{seed}:{index}")
    kind, form = _kind(rng)
    target = min(MAX_TEXT_BYTES, max(MIN_BYTES, rng.lognormvariate(math.log(TEXT_MEDIAN_BYTES), SIZE_SIGMA)))
    factor = _SIZE_FACTOR.get(ENCODING.get(kind, ""), 1.0)
    if kind in ("t-pinyin", "damaged"):
        factor *= _SIZE_FACTOR["aids"]
    notice = compose(rng, round(target / factor), "spinnable" if kind == "s-spinner" else "")
    page = page_fields(notice, rng)
    layout = PageLayout(rng.choice(page_templates()), rng.choice(PARAGRAPH_STYLES), rng.random() < 0.5)
    _restyle(notice, kind, rng)
    script, encoding = _script(kind), ENCODING.get(kind, "utf-8")
    if form == "txt":
        text = render_text(notice, page, rng, script, damaged=kind == "damaged")
    else:
        text = render_html(notice, page, layout, script, encoding)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # a character the codec lacks (³ in GBK, ～ in Big5)
        kind, encoding = FALLBACK_KIND[kind], "utf-8"
        if form == "html":
            text = render_html(notice, page, layout, script, encoding)
        data = text.encode(encoding)
    return f"{index:06d}_{kind}.{form}", data


def iter_notices(n: int, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of notices 0..n-1; the name says the kind: 000042_t-pinyin.html."""
    for index in range(n):
        yield make_notice(index, seed)


@dataclass
class CorpusStats:
    files: int
    kinds: dict[str, int]
    forms: dict[str, int]
    total_bytes: int
    median_bytes: float

    def __str__(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        forms = ", ".join(f"{k} {n}" for k, n in sorted(self.forms.items()))
        return (
            f"{self.files} notices ({forms}): {kinds}\n"
            f"{self.total_bytes / 2**20:.1f} MB, median {self.median_bytes / 1024:.1f} KB"
        )


def _kind_of(name: str) -> tuple[str, str]:
    stem, form = name.rsplit(".", 1)
    return stem.split("_", 1)[1], form


def write_corpus(n: int, out_dir: Path, seed: int = 0) -> CorpusStats:
    """Write notices 0..n-1 of `seed` into out_dir (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    kinds: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    sizes = []
    for name, data in iter_notices(n, seed):
        (out_dir / name).write_bytes(data)
        kind, form = _kind_of(name)
        kinds[kind] += 1
        forms[form] += 1
        sizes.append(len(data))
    return CorpusStats(n, dict(kinds), dict(forms), sum(sizes), statistics.median(sizes) if sizes else 0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="how many notices")
    parser.add_argument("out_dir", type=Path, help="where to write them (created if missing)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    stats = write_corpus(args.n, args.out_dir, args.seed)
    print(f"{stats}, {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
