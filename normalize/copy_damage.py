"""Undo what a copying site does to a notice's text besides its characters.

Three kinds, each a rule of data/copy_damage.toml: an anti-copy jammer run before a
line's text (`- a# q/ r; Y9 ~2 }; F2 ^2009年…`) or a token glued to the end of many
paragraphs (`…任务。vfO`) goes; curly quotes turned into `;;` come back in pairs; the
fixed-width line breaks a PDF or document-site copy keeps inside its sentences
(`规范政\\n府举债行为`) are joined. Each is an `Edit`, so the repair is on record and every
figure still points at the words scraped.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from normalize.edits import Edit

DATA = Path(__file__).parent / "data" / "copy_damage.toml"
# Cheap tests that spare most pages the rules' searches: three short ASCII tokens in a
# row, a Latin letter ending a line or a gap of spaces.
_TOKEN_RUN = re.compile(r"[!-~]{1,2} [!-~]{1,2} [!-~]{1,2} ")
_LETTER_AT_END = re.compile(r"[A-Za-z](?:$|[ \t\u3000]{2})", re.M)


@dataclass(frozen=True)
class _Rules:
    jammer: re.Pattern[str]
    jammer_odd: re.Pattern[str]
    jammer_min_odd: int
    tail_token: re.Pattern[str]
    tail_min_lines: int
    jump_mark: re.Pattern[str]
    page_mark: re.Pattern[str]
    injected_spam: re.Pattern[str]
    script_note: re.Pattern[str]
    quotes: re.Pattern[str]
    opening: str
    closing: str
    wrap_min_width: int
    wrap_min_lines: int
    wrap_min_share: float
    wrap_band: int
    sentence_end: frozenset[str]
    item_start: re.Pattern[str]
    split_year: re.Pattern[str]
    min_split_years: int
    stray_space: re.Pattern[str]
    spaced_decimal: re.Pattern[str]
    ideographic_point: re.Pattern[str]
    min_ideographic_points: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    jammer, tail, quotes, wrap = data["jammer"], data["tail_token"], data["quotes"], data["wrap"]
    jump_marks = data["jump_marks"]
    spaces = data["stray_spaces"]
    token, n = jammer["token"], int(jammer["min_tokens"])
    return _Rules(
        # n-1 tokens each followed by a space, then a last one glued to the text (a
        # number of it too: ^2009年) or ending the line; at a line's start or after its text.
        # (A space may stand between the text and the run: …多个领域。 " w" \0 }( B6 T% K; i.)
        jammer=re.compile(rf"(?:^|(?<=[^!-~ \t])[ \t]?)(?:(?:{token})[ \t]){{{n - 1},}}(?:{token})??"
                          r"(?=[^!-~ \t]|(?<![0-9])[0-9]+[^!-~ \t]|$)", re.M),
        jammer_odd=re.compile(jammer["odd"]),
        jammer_min_odd=int(jammer["min_odd"]),
        tail_token=re.compile(tail["pattern"], re.M),
        tail_min_lines=int(tail["min_lines"]),
        jump_mark=re.compile(jump_marks["pattern"]),
        page_mark=re.compile(data["page_marks"]["pattern"]),
        injected_spam=_spam_run(data["injected_spam"]),
        script_note=re.compile(data["script_notes"]["pattern"]),
        quotes=re.compile(quotes["pattern"]),
        opening=quotes["opening"],
        closing=quotes["closing"],
        wrap_min_width=int(wrap["min_width"]),
        wrap_min_lines=int(wrap["min_lines"]),
        wrap_min_share=float(wrap["min_share"]),
        wrap_band=int(wrap["band"]),
        sentence_end=frozenset(wrap["sentence_end"]),
        item_start=re.compile(wrap["item_start"]),
        split_year=re.compile(spaces["split_year"]),
        min_split_years=int(spaces["min_split_years"]),
        stray_space=re.compile(spaces["space"]),
        spaced_decimal=re.compile(data["spaced_decimals"]["pattern"]),
        ideographic_point=re.compile(data["ideographic_points"]["pattern"]),
        min_ideographic_points=int(data["ideographic_points"]["min_per_page"]),
    )


def _spam_run(spam: dict) -> re.Pattern[str]:
    starts, ends = "|".join(map(re.escape, spam["starts"])), "|".join(map(re.escape, spam["ends"]))
    name = r"[\u4e00-\u9fffA-Za-z0-9]{0,10}?"
    return re.compile(rf"(?:{starts}){name}(?:{ends})?(?:{spam['join']}(?:【[^】\n]{{2,14}}】|{name}(?:{ends})))+")


def anti_copy_edits(text: str) -> list[Edit]:
    """Remove jammer runs and the token a site glues to the end of many paragraphs."""
    rules = _rules()
    edits = []
    # Most pages hold no run of short ASCII tokens and no Latin letter at a line's end.
    jammers = rules.jammer.finditer(text) if _TOKEN_RUN.search(text) else ()
    for m in jammers:
        tokens = m.group().split()
        if sum(1 for t in tokens if rules.jammer_odd.search(t)) >= rules.jammer_min_odd:
            edits.append(Edit(m.start(), m.end(), "", note="anti-copy jammer"))
    taken = {e.start for e in edits}
    tails = list(rules.tail_token.finditer(text)) if _LETTER_AT_END.search(text) else []
    counts = Counter(m.group("token") for m in tails)
    for m in tails:
        token = m.group("token")
        if counts[token] >= rules.tail_min_lines and not token.isupper() and m.start() not in taken:
            edits.append(Edit(m.start(), m.end(), "\n" if m.group("gap") else "", note=f"anti-copy token {token}"))
    return _without_overlaps(edits)


def jump_mark_edits(text: str) -> list[Edit]:
    """`…行动指南。（下转第四版）（紧接第一版） 我们坚持…` → `…行动指南。我们坚持…`."""
    if "版" not in text:
        return []
    return [Edit(m.start(), m.end(), "", note="newspaper jump mark") for m in _rules().jump_mark.finditer(text)]


def page_mark_edits(text: str) -> list[Edit]:
    """`…负责全县第1页共18页秸秆禁烧…` → `…负责全县秸秆禁烧…`."""
    if "页" not in text:
        return []
    return [Edit(m.start(), m.end(), "", note="page counter") for m in _rules().page_mark.finditer(text)]


def injected_spam_edits(text: str) -> list[Edit]:
    """`…之前将澳门金沙城中心_欧洲杯足球网-【投注官网平台】2017年…` → `…之前将2017年…`."""
    if "_" not in text and "-" not in text and "|" not in text and "｜" not in text:
        return []
    return [Edit(m.start(), m.end(), "", note="injected spam") for m in _rules().injected_spam.finditer(text)]


# What every note holds: the word naming it.
_NOTE_HINT = re.compile("[繁读拼注简]")


def script_note_edits(text: str) -> list[Edit]:
    """`入园[繁体:園]难`, `二(读:èr)、` → `入园难`, `二、`: a content farm's notes on characters."""
    if not _NOTE_HINT.search(text):
        return []
    return [Edit(m.start(), m.end(), "", note="content farm's note on a character")
            for m in _rules().script_note.finditer(text)]


def quote_edits(text: str) -> list[Edit]:
    """`;;三大攻坚战;;` → `“三大攻坚战”`."""
    rules = _rules()
    return [Edit(m.start(), m.end(), f"{rules.opening}{m.group(1)}{rules.closing}", note="quotes lost to ;;")
            for m in rules.quotes.finditer(text)]


def stray_space_edits(text: str) -> list[Edit]:
    """`20 21 年省 政府工作报告`, `市 财政局` → `2021年省政府工作报告`, `市财政局`, on a page whose
    copy split its years."""
    rules = _rules()
    splits = islice(rules.split_year.finditer(text), rules.min_split_years)
    if len(list(splits)) < rules.min_split_years:
        return []
    return [Edit(m.start(), m.end(), "", note="stray space") for m in rules.stray_space.finditer(text)]


def spaced_decimal_edits(text: str) -> list[Edit]:
    """`生产总值6835. 27亿元` → `生产总值6835.27亿元`: a decimal broken after its point."""
    if ". " not in text and ".\u3000" not in text:
        return []
    return [Edit(m.end("whole") + 1, m.start("fraction"), "", note="space inside a decimal")
            for m in _rules().spaced_decimal.finditer(text)]


_POINT_BEFORE_DIGIT = re.compile(r"。(?=\d)")


def ideographic_point_edits(text: str) -> list[Edit]:
    """`同比增长9。5%` → `同比增长9.5%`, on a page whose copy turned its decimal points into 。."""
    rules = _rules()
    # Most pages hold no 。 between two digits: a search for the literal 。 before a digit
    # (a tenth of the full rule's time) spares them the rule.
    between_digits = (m for m in _POINT_BEFORE_DIGIT.finditer(text) if text[m.start() - 1:m.start()].isdigit())
    if len(list(islice(between_digits, rules.min_ideographic_points))) < rules.min_ideographic_points:
        return []
    found = list(rules.ideographic_point.finditer(text))
    if len(found) < rules.min_ideographic_points:
        return []
    return [Edit(m.end("whole"), m.start("fraction"), ".", note="decimal point turned into 。") for m in found]


def _width(line: str) -> int:
    """Columns the line takes: two for a character outside ASCII (Han, full-width marks)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def hard_wrap_edits(text: str) -> list[Edit]:
    """Join the lines a fixed-width copy broke inside its sentences, without the spaces it
    justified them with; none on a page whose line lengths vary as paragraphs do."""
    rules = _rules()
    lines = text.split("\n")
    widths = [_width(line.rstrip()) for line in lines]
    wide = sorted(w for w in widths if w >= rules.wrap_min_width)
    if len(wide) < rules.wrap_min_lines:
        return []
    common = wide[int(0.8 * (len(wide) - 1))]  # the widest width most wrapped lines reach
    in_band = [rules.wrap_min_width <= w and common - rules.wrap_band <= w <= common + 2 for w in widths]
    if sum(in_band) < max(rules.wrap_min_lines, rules.wrap_min_share * len(wide)):
        return []
    edits, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        body = line.rstrip()
        nxt = lines[i + 1]
        if in_band[i] and body and body[-1] not in rules.sentence_end and nxt.strip() \
                and not rules.item_start.match(nxt):
            # A justified line of the copy spaced its words out to the width (农村居民 人 均可 支 配
            # 收入,预 计 分别 增 长): those spaces go with the break.
            edits.extend(Edit(pos + m.start(), pos + m.end(), "", note="justified space")
                         for m in rules.stray_space.finditer(body))
            edits.append(Edit(pos + len(body), end + 1, "", note="fixed-width line break"))
        pos = end + 1
    return edits


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not out or edit.start >= out[-1].end:
            out.append(edit)
    return out
