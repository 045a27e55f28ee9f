"""Responsibility assignments (GUIDE §5): printed annotations and prose.

Explicit annotations, one Assignment each, covering the text from the start of their
numbered item (or the end of the previous annotation in the same item) up to the
annotation:
  * labelled, in any bracket or none: `（牵头单位：A；责任单位：B、C）`, `〔责任单位：…〕`,
    `牵头单位:A  责任单位:B` on a line of its own;
  * gov.cn verb style: `（X牵头，Y、Z参与）`, `（X、Y负责）`, `（X指导）`;
  * an unlabelled list of unit names standing in the annotation slot after a sentence;
  * table rows whose header has 牵头单位 / 责任单位 columns.
Prose (`由X负责`, `X牵头`, `X统筹…`, `X要落实主体责任`) gives `explicit=False` rows; only
the GUIDE's words count and the subject must be a specific body, since precision matters
more than recall there.

Unit boundaries in prose come from a gazetteer (seed list + every unit printed in an
explicit annotation of the same notice) held in a `hanlp_trie.Trie`, backed by unit-name
endings; see the report for the comparison with jieba.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from hanlp_trie import Trie

from extract.lexicon import (
    CLOSE_BRACKETS,
    HAN_CHAR,
    OPEN_BRACKETS,
    admin_levels,
    alternation,
    data_kinds,
    data_lines,
    data_table,
    data_words,
    longest_first,
)
from extract.model import Assignment, Block
from extract.structure import block_before, looks_like_time, match_marker
from policydb.patterns import first_class

log = logging.getLogger(__name__)

# Angle brackets stand for 〔〕 in unit names as some sites print them (各县〈市、区〉政府,
# 各县<市、区>人民政府).
_OPENS = OPEN_BRACKETS + "〈<"
_CLOSES = CLOSE_BRACKETS + "〉>"

_OPEN_RE = re.compile(f"[{re.escape(_OPENS)}]")
_BRACKET_RE = re.compile(f"[{re.escape(_OPENS + _CLOSES)}]")
# Separators of units inside an annotation (GUIDE §5); never applied inside brackets.
UNIT_SEPS = "、，,；;"
SENTENCE_END = "。；;！？!?\n"
CLAUSE_SEPS = "，,：:" + SENTENCE_END
MAX_UNIT_LEN = 30
MIN_PROSE_UNIT_LEN = 3


# ---- data ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, str], ...]:
    rows = [(label, role) for label, role in data_table("assign_labels.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(label) for label, _ in _labels())
    return re.compile(rf"({alts})\s*[:：]")


@lru_cache(maxsize=1)
def _bare_label_re() -> re.Pattern[str]:
    # A labelled annotation without brackets opens a line or follows a sentence end, a
    # comma (1、农村道路畅通工程,牵头部门:市交通局。) or a space.
    alts = "|".join(re.escape(label) for label, _ in _labels())
    # The labels' first characters looked at first: a position without one is turned
    # down at one test instead of at the two lookbehinds (half the scan).
    return re.compile(rf"(?={first_class(alts)})(?:(?<=^)|(?<=[\n。；;，,\s\u3000]))(?:{alts})\s*[:：]", re.M)


@lru_cache(maxsize=1)
def _other_field_re() -> re.Pattern[str]:
    """A task's other field label with its colon (任务目标:, 完成时限:)."""
    labels = data_lines("assign_field_labels.txt") + data_lines("deadline_time_labels.txt")
    return re.compile(rf"(?:{alternation(labels)})\s*[:：]")


@lru_cache(maxsize=1)
def _verbs() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((v, r) for v, r in data_table("assign_verbs.tsv")), key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _any_verb() -> re.Pattern[str]:
    """Any verb of a unit list (牵头, 负责, 配合): a value without one is read by its label alone."""
    return re.compile(alternation(v for v, _ in _verbs()))


@lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {row[0]: row[1] for row in data_table("assign_triggers.tsv")}
    return re.compile(alternation(rows)), rows


@lru_cache(maxsize=1)
def _lead_triggers() -> str:
    return alternation(w for w, role in _triggers()[1].items() if role == "lead")


@dataclass(frozen=True)
class _Words:
    """The one-column word lists of the unit rules, read once (see each data file)."""

    duty_triggers: tuple[str, ...]  # 落实主体责任: a body's duty, not a task it leads
    blockers: tuple[str, ...]  # words a trigger stands inside as a noun (牵头单位)
    suffixes: tuple[str, ...]  # endings of a unit's name, longest first
    strong_suffixes: tuple[str, ...]  # the endings prose trusts without a known name
    roles: frozenset[str]  # role words that are no unit (牵头单位, 责任单位)
    role_endings: tuple[str, ...]
    generic: frozenset[str]  # subjects that name no body (各地, 有关部门)
    generic_inside: tuple[str, ...]


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(
        duty_triggers=data_words("assign_triggers.tsv", "duty"),
        blockers=data_words("assign_trigger_blockers.txt"),
        suffixes=longest_first(data_words("assign_unit_suffixes.txt")),
        strong_suffixes=longest_first(data_words("assign_unit_suffixes.txt", "strong")),
        roles=frozenset(data_words("assign_roles.txt")),
        role_endings=data_words("assign_roles.txt", "ending"),
        generic=frozenset(data_words("assign_generic_subjects.txt")),
        generic_inside=data_words("assign_generic_subjects.txt", "inside"),
    )


_IN_CLAUSE = "[^，,。；;]"


@lru_cache(maxsize=1)
def _gap_re() -> re.Pattern[str]:
    modal = f"(?:{alternation(data_lines('assign_subject_gap.txt'))})*"
    # Frames that name what the subject answers for: `X对…工作负总责`, `X是…的责任主体`.
    frame = "|".join(f"{re.escape(word)}{_IN_CLAUSE}{{{fewest},{most}}}"
                     for word, fewest, most in data_table("assign_subject_frames.tsv"))
    return re.compile(f"{modal}(?:(?:{frame}){modal})?")


@lru_cache(maxsize=1)
def _duty_gap_re() -> re.Pattern[str]:
    """Before a duty trigger only: the duty's domain may stand between verb and duty
    (`X要落实招商引资主体责任`); elsewhere such a gap would let nouns like 统筹 trigger."""
    verbs = alternation(data_lines("assign_duty_verbs.txt"))
    return re.compile(f"{_gap_re().pattern}(?:{verbs}){_IN_CLAUSE}{{1,12}}")


@lru_cache(maxsize=1)
def _nonunit_starts() -> tuple[str, ...]:
    return tuple(data_lines("assign_nonunit_starts.txt"))


@lru_cache(maxsize=1)
def _predicate_starts() -> tuple[str, ...]:
    return longest_first(data_lines("assign_predicate_starts.txt"))


@lru_cache(maxsize=1)
def _rule_tails() -> tuple[str, ...]:
    return tuple(data_lines("assign_rule_tails.txt"))


def _is_rule(text: str) -> bool:
    """Whether `text` is a document rule riding in an annotation (列第一位者为牵头单位，下同)."""
    return any(r.search(text) for r in _rule_res()) or any(w in text for w in _rule_tails())


_BRACKET_NOTE = re.compile(r"[（(]([^()（）]*)[)）]$")


@lru_cache(maxsize=1)
def _rule_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in data_lines("assign_document_rules.txt"))


@lru_cache(maxsize=1)
def seed_units() -> frozenset[str]:
    names: set[str] = set()
    levels = admin_levels("level")
    for line in data_lines("units_seed.txt"):
        if line.startswith("*"):
            names.update(level + line[1:] for level in levels)
        else:
            names.add(line)
    return frozenset(names)


# ---- units -----------------------------------------------------------------------------
def strip_brackets(s: str) -> str:
    """`各县(市、区)政府` → `各县政府`: bracketed qualifiers do not decide what a name is."""
    if not _BRACKET_RE.search(s):
        return s
    out, depth = [], 0
    for ch in s:
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _not_in_name() -> re.Pattern[str]:
    """Punctuation and words no unit name contains (data/assign_not_in_name.tsv)."""
    words = []
    for row in data_table("assign_not_in_name.tsv"):
        unless = f"(?<![{re.escape(row[1])}])" if row[1:] else ""
        words.append(unless + re.escape(row[0]))
    return re.compile("|".join(["[。，,；;：:]", *words]))


@lru_cache(maxsize=1)
def _collective_prefix() -> re.Pattern[str]:
    return re.compile(f"^(?:{alternation(data_kinds('assign_collective.tsv')['prefix'])})")


@lru_cache(maxsize=1)
def _label_set() -> frozenset[str]:
    return frozenset(label for label, _ in _labels())


@lru_cache(maxsize=1)
def _time_field() -> re.Pattern[str]:
    """A time limit's label and colon (完成时限:, 完成时间：) after the units in one annotation."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{alternation(data_lines('deadline_time_columns.txt'))})\s*[:：]")


def _is_label(name: str) -> bool:
    """`牵头单位`, `各牵头单位`: a label of the annotations, a role, names no body."""
    labels = _label_set()
    return name in labels or _collective_prefix().sub("", name) in labels


def looks_like_unit(name: str, strict: bool = True, prose: bool = False) -> bool:
    """Whether `name` reads as the name of a body (not a role, not prose).

    `prose` asks for a strong ending (局, 委, 中心…): weak ones (区, 会, 行…) end ordinary
    words too, so in running text only the gazetteer vouches for such names.
    """
    core = strip_brackets(name).strip("“”\"' ")
    if not core or len(core) > MAX_UNIT_LEN:
        return False
    # The ending decides most calls (every prefix of a clause is asked about): tested
    # first, as the last test below would.
    if strict and not core.endswith(_words().strong_suffixes if prose else _words().suffixes):
        return False
    bare = _collective_prefix().sub("", core)
    if core in _words().roles or bare in _words().roles or core in _words().generic or _is_label(core):
        return False
    if core.endswith(_words().role_endings) or core.startswith(_nonunit_starts()):
        return False
    if prose and any(word in core for word in _words().generic_inside):
        return False  # `地方各级人民政府`: every level at once, no specific body
    if not strict:
        return True
    if _not_in_name().search(core):
        return False
    return core.endswith(_words().strong_suffixes if prose else _words().suffixes)


@lru_cache(maxsize=1)
def _group_of_bodies() -> re.Pattern[str]:
    """`有关部门和单位`, `相关部门`: the catch-all group an annotation adds after 等."""
    kinds = data_kinds("assign_collective.tsv")
    quantifier, qualifier, body = (alternation(kinds[k]) for k in ("quantifier", "qualifier", "body"))
    return re.compile(f"(?:{quantifier})?(?:{qualifier})(?:{body})(?:[和及与](?:{body}))?")


_UNIT_MARKS = "▲△●○■□◆◇★☆※＊*"
_MASK = re.compile(r"[*＊]{2,}")
# A star before some units of a cell, not all (★区发改委、统计局), marks the lead, as task
# tables print it (★为牵头单位) even where the legend is cut away; other marks name no role.
_LEAD_STARS = "★☆"


def _starred(value: str, names: list[str]) -> set[str]:
    """The units of `value` a lead star stands before, where it does not stand before all."""
    starred = {n for n in names if re.search(f"[{_LEAD_STARS}]\\s*{re.escape(n)}", value)}
    return starred if len(starred) < len(names) else set()


def _cut_bracket(name: str) -> bool:
    """Whether a name opens a bracket it never closes: cut off by the end of a scrape
    (`各镇乡(`), no whole unit."""
    opens = sum(name.count(c) for c in OPEN_BRACKETS)
    return opens > sum(name.count(c) for c in CLOSE_BRACKETS)


def split_units(value: str, spaces: bool = False) -> list[str]:
    """Units of an annotation value, split on 、，,；; outside brackets (GUIDE §5).

    `及` and `和` do not split. With `spaces` (table cells) runs of spaces split too.
    """
    seps = UNIT_SEPS + (" \u3000\t\n" if spaces else "")
    parts = _split_top(value, seps)
    out = []
    for p in parts:
        # A mark printed before a unit that the notice does not define (▲发改局) names no role.
        p = p.strip().strip("。.").strip()
        if not _MASK.match(p):
            p = p.lstrip(_UNIT_MARKS)  # ****分局: a site's mask over a name is part of it
        # 县发改局(首位单位为牵头单位,下同): a document rule in brackets after the first unit.
        if (note := _BRACKET_NOTE.search(p)) and _is_rule(note.group(1)):
            p = p[:note.start()].strip()
        if _time_field().match(p):
            break  # (责任单位:市供电公司、市发展改革委,完成时限:2023年9月): the units end at the time field
        if not HAN_CHAR.search(p) or len(p) < 2 or _cut_bracket(p):
            # a stray number or mark in a unit cell (`经管站` / `2`), or a name cut to one
            # character by the end of a scrape (`责任单位:区`), names nobody
            continue
        if p in _rule_tails() or any(r.search(p) for r in _rule_res()) or _is_label(p):
            # `（责任单位：市商务局，下同）`, `…，列第一位者为牵头单位`: a rule riding in
            # the list; `（责任单位：各牵头单位）`: a role, boilerplate. No unit.
            continue
        # `X等和各有关省级人民政府`: the named ones, then a second group after 等和/等及.
        m = re.fullmatch(r"(.+?)等[和及与](.+)", p)
        if m and looks_like_unit(m.group(1)):
            out += [m.group(1), m.group(2)]
            continue
        # `区财政局等相关区直部门`: the named body heading a group the notice makes
        # responsible is one unit as printed (the answers keep it whole; the store files it
        # under the named body); a bare trailing 等 (`农业农村部等`) and `等部门` add nobody.
        if p.endswith("等") and len(p) > 2 and p.count("等") == 1:
            p = p[:-1]  # 商贸物流园等: the list closes, whatever the last name looks like
        elif "等" in p and not p.startswith("等"):
            head, tail = p.split("等", 1)
            if looks_like_unit(head):
                tail = tail.strip()
                bare_body = tail in data_kinds("assign_collective.tsv")["body"]
                names_a_group = not bare_body and (looks_like_unit(tail) or _group_of_bodies().search(tail))
                p = p if names_a_group else head
        if p:
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _lead_mark_re() -> re.Pattern[str]:
    # Only the round and tortoise-shell brackets: a lead mark is printed in them, and the
    # wider shared set (【】, []) was never asked for here.
    return re.compile(rf"(.+?)\s*[（(〔]\s*(?:{alternation(data_lines('assign_lead_marks.txt'))})\s*[）)〕]")


def _lead_marked(unit: str) -> tuple[str, bool]:
    """`市商务局（牵头）` → (`市商务局`, True): a lead marked inside a unit list."""
    m = _lead_mark_re().fullmatch(unit)
    if m:
        return m.group(1), True
    return unit, False


def _assign_units(units: Iterable[str], role: str, lead: list[str], rest: list[str]) -> None:
    if role == "person":
        return  # 牵头负责领导：… names a person, no unit (GUIDE §5)
    for u in units:
        u, marked = _lead_marked(u)
        (lead if role == "lead" or marked else rest).append(u)


# ---- explicit annotations --------------------------------------------------------------
@dataclass
class _Annotation:
    start: int      # where the annotation stands (bracket or label)
    end: int
    lead: list[str]
    units: list[str]


def _matching_close(text: str, i: int) -> int | None:
    """Index of the bracket closing the one at `i` (any bracket style nests), or None."""
    depth = 0
    for j in range(i, min(len(text), i + 400)):
        ch = text[j]
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth -= 1
            if depth == 0:
                return j
        elif ch == "\n":
            return None
    return None


def _parse_labelled(content: str, spaces: bool = False) -> tuple[list[str], list[str]] | None:
    """Fields of `牵头单位：A；责任单位：B、C` (content must open with a label); with
    `spaces`, spaces separate units too (`牵头单位：A  责任单位：B C`)."""
    matches = list(_label_re().finditer(content))
    if not matches or content[:matches[0].start()].strip(" \u3000"):
        return None
    roles = dict(_labels())
    lead: list[str] = []
    units: list[str] = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(content)
        value = content[m.end():end].strip(" \u3000\t；;，,。")
        # (责任单位:市工信局、园区管委会。以下政策措施均需…落实): a sentence after the list is no unit.
        value = _SENTENCE_AFTER.sub("", value)
        _add_value(value, roles[m.group(1)], lead, units, spaces=spaces)
    return lead, units


_SENTENCE_AFTER = re.compile(r"。[^（）()]*$")


def _add_value(value: str, role: str, lead: list[str], units: list[str], *, spaces: bool = False) -> None:
    """The units a labelled value names, to `lead` or `units` by the label's role; a
    `division` label (部门分工：省发展改革委牵头，各地、各部门配合) gives the roles by its verbs."""
    if role != "division" and _names_its_leads(value):
        role = "division"  # 责任单位:市人力社保局、市农业农村局分别牵头: the verb makes them leads
    if role != "division" and _any_verb().search(value) and (parsed := _parse_verb_style(value, cut=True)) is not None:
        # 县发改局牵头，各有关部门按照职责分工负责: the verbs give the roles where one makes a
        # lead; else the column's label does (县农业农村局按职责分工负责 under 责任单位).
        if parsed[0]:
            lead += [u for u in parsed[0] if u not in lead]
            units += [u for u in parsed[1] if u not in units]
        else:
            _assign_units(parsed[1], role, lead, units)
    elif role != "division":
        names = split_units(value, spaces=spaces)
        starred = _starred(value, names)
        _assign_units([n for n in names if n not in starred], role, lead, units)
        lead += [n for n in names if n in starred]
    elif parsed := _parse_verb_style(value):
        lead += parsed[0]
        units += parsed[1]


@lru_cache(maxsize=1)
def _lead_verb_end() -> re.Pattern[str]:
    gap = alternation(data_lines("assign_subject_gap.txt"))
    return re.compile(rf"{HAN_CHAR.pattern}(?:{gap})*(?:{_lead_triggers()})\s*$")


def _names_its_leads(value: str) -> bool:
    """Whether a labelled list closes on the verb that makes its units leads (…分别牵头)."""
    return bool(_lead_verb_end().search(value))


@lru_cache(maxsize=16)
def _separators(seps: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(seps)}]")


def _split_top(content: str, seps: str) -> list[str]:
    """`content` split at `seps` outside brackets, pieces stripped, empty ones dropped."""
    if not _BRACKET_RE.search(content):
        parts = _separators(seps).split(content)
        return [p.strip() for p in parts if p.strip()]
    parts, buf, depth = [], [], 0
    for ch in content:
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]


def _is_person(name: str) -> bool:
    """A leader named by post (分管副省长, 协管副秘书长), no body."""
    return name.endswith(_words().role_endings) or name in _words().roles


def _parse_verb_style(content: str, *, cut: bool = False) -> tuple[list[str], list[str]] | None:
    """`X牵头，Y、Z参与` / `X、Y负责。列第一位者为牵头单位` → (lead, units), else None. In an
    annotation a cut broke off (`cut`), the names left waiting for their verb are units."""
    lead: list[str] = []
    units: list[str] = []
    found = False
    # `A、B，C按职责分工负责`: a comma can group one list; names without a verb wait for
    # the verb of the next segment.
    pending: list[str] = []
    for seg in _split_top(content, "，,；;。"):
        if _is_rule(seg):
            continue  # a document rule riding in the annotation (find_document_rules)
        for verb, role in _verbs():
            if seg.endswith(verb) and len(seg) > len(verb):
                names = split_units(_without_manner(seg[:-len(verb)]))
                if names and all(_is_person(n) for n in names):
                    found = True  # 分管副省长、协管副秘书长负责: leaders, no body
                    break
                # A printed annotation may charge every locality (各地、各部门配合).
                if names and all(looks_like_unit(n) or n in _words().generic for n in names):
                    _assign_units(pending + names, role, lead, units)
                    pending = []
                    found = True
                    break
        else:
            names = split_units(seg)
            if not names or not all(looks_like_unit(n) for n in names):
                return None  # a segment that is neither units nor `units + verb`: prose
            pending += names
    if found and pending and cut:
        units += [n for n in pending if n not in lead and n not in units]
        pending = []
    return (lead, units) if found and not pending else None


def _without_manner(names: str) -> str:
    """The names before a verb without the manner said after them (…人民政府结合实际)."""
    stripped = True
    while stripped:  # 乡镇人民政府按职责分工分别(负责): one manner word after another
        stripped = False
        for word in _manner_words():
            if names.endswith(word) and len(names) > len(word):
                names, stripped = names[:-len(word)], True
                break
    return names


@lru_cache(maxsize=1)
def _manner_words() -> tuple[str, ...]:
    return longest_first(data_lines("assign_manner_words.txt"))


def _in_slot(text: str, start: int, end: int) -> bool:
    """An annotation slot: after a sentence end or at a line start, or closing the line or
    the sentence (1、地区生产总值增长11%(市发改委,各县市区政府)。)."""
    k = start - 1
    while k >= 0 and text[k] in " \u3000\t":
        k -= 1
    after = text[end + 1:end + 2]
    return (k < 0 or text[k] in SENTENCE_END + _CLOSES) or after in ("", "\n") or after in SENTENCE_END


def _names_a_unit_again(text: str, start: int) -> bool:
    """A bracket right after a unit's name (a table's unit cell: 发改局(服务业发展局); the
    last of a list: 责任单位:…，各县(市、区)政府(管委会)): the body's other name, part of
    the unit, not an annotation."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    name = _LAST_NAME.search(before.rstrip())
    return name is not None and looks_like_unit(name.group(0))


# The words after the last separator of a line: the name a bracket right after them is of.
_LAST_NAME = re.compile(r"[^、，,；;：:。\s]+$")


@lru_cache(maxsize=1)
def _time_tail() -> re.Pattern[str]:
    """A time limit closing an unlabelled annotation: `，3月底前`, `；每季度`, `，长期坚持`."""
    kinds = data_kinds("assign_time_tails.tsv")
    period, cadence, standing = (alternation(kinds[k]) for k in ("period", "cadence", "standing"))
    then = re.escape("".join(dict.fromkeys("".join(kinds["then"]))))
    before = alternation(data_kinds("deadline_modifiers.tsv")["before"])
    month = rf"(?:\d{{4}}年)?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:底|末|\d{{1,2}}日)?(?:{before})?"
    return re.compile(rf"[，,；;]\s*(?:{month}|(?:\d{{4}}年)?(?:{period})(?:前|末)?|每(?:{cadence})"
                      rf"|{standing})(?:[{then}、和及\d月底前年]*)\s*$")


# The start of a name or label a cut broke off after the last 、 or ; of a list (…信息化厅、省;
# …市财政局;责任).
_CUT_NAME = re.compile(r"[、，,；;][^、，,；;]{0,2}$")


def _bracket_annotations(text: str) -> list[_Annotation]:
    found: list[_Annotation] = []
    opening = _OPEN_RE.search(text)
    while opening:
        i = opening.start()
        j = _matching_close(text, i)
        cut = j is None and "\n" not in text[i:].rstrip()
        if cut:
            # A scrape cut inside the notice's last annotation (…省发展改革委牵头,省工业和信息化厅、省):
            # it runs to the end, without the name the cut broke off.
            j = len(text.rstrip()) - 1  # its last character stands where the closing one would
            content = _CUT_NAME.sub("", text[i + 1:j + 1])
        elif j is None:
            opening = _OPEN_RE.search(text, i + 1)
            continue
        else:
            content = text[i + 1:j]
        # (牵头单位:…;责任单位:…,6月底完成): the item's time limit closes the last label's list.
        parsed = _parse_labelled(_time_tail().sub("", content)) or _parse_verb_style(content, cut=cut)
        if parsed is None and _in_slot(text, i, j) and not _names_a_unit_again(text, i):
            # `（县发改局、县统计局，3月底前）`: units and then the item's time limit.
            names = split_units(_time_tail().sub("", content))
            if names and all(looks_like_unit(x) for x in names) \
                    and any(len(strip_brackets(x)) >= 3 for x in names):
                parsed = ([], names)
        if parsed is not None and (parsed[0] or parsed[1]):
            found.append(_Annotation(i, j + 1, parsed[0], parsed[1]))
            opening = _OPEN_RE.search(text, j + 1)
        else:
            opening = _OPEN_RE.search(text, i + 1)
    return found


def _bare_annotations(text: str, taken: list[_Annotation]) -> list[_Annotation]:
    """`牵头单位:A  责任单位:B` without brackets, running to the end of its line or 。."""
    found: list[_Annotation] = []
    for m in _bare_label_re().finditer(text):
        s = m.start()
        if any(a.start <= s < a.end for a in taken + found):
            continue
        line_end = text.find("\n", s)
        line_end = len(text) if line_end < 0 else line_end
        stop = text.find("。", s, line_end)
        end = line_end if stop < 0 else stop + 1
        # `责任单位：市财政局（牵头单位：市商务局）`: a bracketed annotation later on the
        # line is its own; the bare one ends where it begins.
        end = min([end, *(a.start for a in taken if s < a.start < end)])
        if other := _other_field_re().search(text, m.end(), end):
            end = other.start()  # 责任单位:莲塘镇任务目标:…: the next field's label ends the units
        content = text[s:end]
        # Fields and units are separated by spaces in this style.
        parsed = _parse_labelled(content.rstrip("。"), spaces=True)
        if parsed and (parsed[0] or parsed[1]):
            found.append(_Annotation(s, end, parsed[0], parsed[1]))
    return found


def _table_assignments(text: str, blocks: list[Block]) -> list[Assignment]:
    """One assignment per table row with a unit column, covering the row up to its first
    unit cell. A row that starts at its unit cell, under the same serial as the row above,
    is a sub-row sharing that row's task cell (merged cells): its units join that row's."""
    roles = dict(_labels())
    out: list[Assignment] = []
    for b in blocks:
        if not b.cells:
            continue
        lead: list[str] = []
        units: list[str] = []
        first_unit = last_unit = None
        for header, value in b.cells.items():
            role = roles.get(header) or next((r for lab, r in _labels() if lab in header), None)
            if role in (None, "person"):
                continue
            _add_value(value, role, lead, units, spaces=True)
            # A cell of a table flattened one cell per line stands on a later line.
            pos = text.find(value, b.start) if value else -1
            if pos >= 0 and (first_unit is None or pos < first_unit):
                first_unit = pos
            if pos >= 0:
                last_unit = max(last_unit or 0, pos + len(value))
        if not lead and not units:
            continue
        end = first_unit if first_unit is not None else b.end
        a, z = _trim(text, b.start, end)
        while z > a and text[z - 1] in " |\t":
            z -= 1
        # A sub-row printing only its time limit before its unit (2021.8 | 城投集团) shares the
        # row above's task: its units join that row's.
        if (z == a or looks_like_time(text[a:z].strip(" |"))) and out and out[-1].task == b.task:
            out[-1].lead += [u for u in lead if u not in out[-1].lead]
            out[-1].units += [u for u in units if u not in out[-1].units]
            if out[-1].annotation_span and first_unit is not None and last_unit is not None:
                # the sub-row's cells are the row's annotation too: each unit points at its words
                out[-1].annotation_span = (min(out[-1].annotation_span[0], first_unit),
                                           max(out[-1].annotation_span[1], last_unit))
            continue
        cells = (first_unit, last_unit) if first_unit is not None and last_unit is not None else None
        out.append(Assignment(task=b.task, lead=lead, units=units, explicit=True,
                              span=(a, z), annotation_span=cells))
    return out


# ---- blocks helpers --------------------------------------------------------------------
def _item_start(blocks: list[Block], block: Block) -> int:
    """Start of the numbered item `block` belongs to (its heading line), or the line."""
    if not block.path:
        return block.start
    # Blocks are in text order: bisection finds this one (list.index compared blocks field by
    # field from the first, and a notice of 10,000 annotations spent seconds there).
    idx = bisect_right(blocks, block.start, key=lambda b: b.start) - 1
    start = block.start
    for k in range(idx, -1, -1):
        if blocks[k].path != block.path:
            break
        start = blocks[k].start
        if blocks[k].is_heading:
            break
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u3000\t\n\xa0":
        start += 1
    while end > start and text[end - 1] in " \u3000\t\n\xa0":
        end -= 1
    return start, end


# ---- prose -----------------------------------------------------------------------------
def _trie_of(names: Iterable[str]) -> Trie:
    trie = Trie()
    for name in names:
        trie[name] = True
    return trie


@lru_cache(maxsize=1)
def _seed_trie() -> Trie:
    return _trie_of(name for name in seed_units() if name)


def _prefix_lengths(trie: Trie, window: str) -> Iterator[int]:
    """The lengths of the names in `trie` that `window` starts with: what `trie.parse`
    finds at 0, without its walk from every other position of the window."""
    state = trie
    for k, char in enumerate(window):
        state = state.transit(char)
        if state is None:
            return
        if state._value is not None:
            yield k + 1


class _UnitFinder:
    """Unit names at a position: gazetteer entries (Trie) and names ending in a unit suffix."""

    def __init__(self, extra: Iterable[str]):
        # The seed gazetteer is built once per process (building its trie cost 5 ms per
        # notice); the notice's own names, a few dozen, are looked up by their lengths
        # (a trie of them cost more to build than all its lookups).
        self.seed = _seed_trie()
        self.own = {name for name in extra if name} - seed_units()
        self.own_lengths = sorted({len(name) for name in self.own})

    def ends(self, s: str, i: int, limit: int) -> list[tuple[int, bool]]:
        """Candidate ends of a unit name starting at `s[i]`, (end, from gazetteer)."""
        window = s[i:min(limit, i + MAX_UNIT_LEN)]
        cands: dict[int, bool] = {i + n: True for n in _prefix_lengths(self.seed, window)}
        cands.update((i + n, True) for n in self.own_lengths if n <= len(window) and window[:n] in self.own)
        depth = 0
        for k, ch in enumerate(window):
            if ch in _OPENS:
                depth += 1
                continue
            if ch in _CLOSES:
                depth = max(0, depth - 1)
                if depth == 0 and k + 1 >= MIN_PROSE_UNIT_LEN:
                    # `试点地区政府办公厅（室）`: a name may end with its bracketed variant.
                    name = window[:k + 1]
                    if looks_like_unit(name, prose=True):
                        cands.setdefault(i + k + 1, False)
                continue
            if depth == 0 and (ch in CLAUSE_SEPS or ch in "、《》"):
                break
            if depth == 0 and k + 1 >= MIN_PROSE_UNIT_LEN - 1:
                name = window[:k + 1]
                if looks_like_unit(name, prose=True) and len(strip_brackets(name)) >= MIN_PROSE_UNIT_LEN:
                    cands.setdefault(i + k + 1, False)
        return sorted(cands.items(), key=lambda kv: -kv[0])

    @staticmethod
    def _fallback(s: str, cands: list[tuple[int, bool]]) -> int:
        """End of a name followed by an unknown verb (`由市投促中心纳库管理`).

        A gazetteer name wins; else the shortest name that a longer official ending does
        not continue (`…工作委` + `员会`), since a short suffix like 办 also ends verbs
        (`办成`)."""
        known = [end for end, from_gaz in cands if from_gaz]
        if known:
            return max(known)
        ends = sorted(end for end, _ in cands)
        multi = tuple(x for x in _words().suffixes if len(x) > 1)
        for end in ends:
            if not any(s[end - 1:end + k].endswith(multi) for k in (1, 2, 3) if end + k <= len(s)):
                return end
        return ends[-1]

    def unit_list(self, s: str, i: int, limit: int,
                  need_predicate: bool = True) -> tuple[list[str], int] | None:
        """Units `A、B、C` from `i`, ending where a predicate (or `limit`) starts."""
        names: list[str] = []
        pos = i
        while True:
            cands = self.ends(s, pos, limit)
            # A name followed by 、 or a predicate beats one that merely runs to the end of
            # the clause (`由市工信局汇总后报市政府`: 市工信局, not the whole clause).
            # A name holds no duty word (由办公室负责抓好综合督办协调工作: 办公室, not a name
            # running on to the 办 of 督办).
            cands = [(end, gaz) for end, gaz in cands if gaz or not _triggers()[0].search(s, pos + 1, end)]
            chosen = next((end for end, _ in cands
                           if s[end:end + 1] == "、" or s.startswith(_predicate_starts(), end)), None)
            if chosen is None:
                chosen = next((end for end, _ in cands if end >= limit), None)
            if chosen is None and cands and not need_predicate:
                chosen = self._fallback(s, cands)
            if chosen is None:
                return (names, pos - 1) if names and s[pos - 1:pos] != "、" else None
            name = s[pos:chosen]
            if s.startswith(_words().blockers, chosen - 2) or s.startswith(_words().blockers, chosen):
                return None  # `由…部门负责同志组成`: people, not a body's duty
            if not looks_like_unit(name):
                return None
            if "等" in name[1:]:
                head = name.split("等", 1)[0]
                name = head if looks_like_unit(head) else name
            names.append(name)
            # Continue past 、 only if another unit follows; else the list ended before it.
            if s[chosen:chosen + 1] == "、" and chosen + 1 < limit and self.ends(s, chosen + 1, limit):
                pos = chosen + 1
                continue
            return names, chosen


_SENTENCE_END_RE = re.compile("[。；;！？!?\n]")


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _occurrences(text: str, char: str, s: int, e: int) -> Iterable[int]:
    at = text.find(char, s, e)
    while at >= 0:
        yield at
        at = text.find(char, at + 1, e)


_CLAUSE_MARK = re.compile("[，,：:]")


def _clause_bounds(text: str, s: int, e: int) -> list[tuple[int, int]]:
    if not _BRACKET_RE.search(text, s, e):
        out, start = [], s
        for m in _CLAUSE_MARK.finditer(text, s, e):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, e))
        return out
    out, start, depth = [], s, 0
    for k in range(s, e):
        ch = text[k]
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif ch in "，,：:" and depth == 0:
            out.append((start, k))
            start = k + 1
    out.append((start, e))
    return out


def _skip_marker(text: str, s: int, e: int) -> int:
    m = match_marker(text[s:e])
    pos = s + (m[2] if m else 0)
    while pos < e and text[pos] in " \u3000\t\xa0":
        pos += 1
    return pos


# The preposition of `由X负责`: X, not the clause's subject, is responsible.
_BY = "由"
_Row = tuple[int, int, list[str], list[str]]


@dataclass
class _Sentence:
    """One prose sentence and what every rule reading it shares."""
    text: str
    start: int
    end: int
    clauses: list[tuple[int, int]]
    finder: _UnitFinder
    taken: list[tuple[int, int]]  # annotation spans, which are not prose

    def clause_at(self, p: int) -> int:
        return next(k for k, (a, b) in enumerate(self.clauses) if a <= p <= b)

    def in_annotation(self, p: int) -> bool:
        return any(a <= p < b for a, b in self.taken)


@dataclass(frozen=True)
class _ByWords:
    """Predicates after `由X`, compiled from data/assign_by_clause.tsv."""
    lead: re.Pattern[str]     # 牵头, 总牵头: X leads
    partner: re.Pattern[str]  # 会同 Y: Y shares the duty
    helper: re.Pattern[str]   # the next clause's bodies 配合: they assist
    person: re.Pattern[str]   # 主要负责同志: a person of X, not X's duty
    anaphor: re.Pattern[str]  # 这项工作由X负责: the sentence before is the duty


@lru_cache(maxsize=1)
def _by_words() -> _ByWords:
    words = {kind: alternation(w) for kind, w in data_kinds("assign_by_clause.tsv").items()}
    return _ByWords(lead=re.compile(f"(?:{words['lead_adverb']})?(?:{_lead_triggers()})"),
                    partner=re.compile(words["partner"]),
                    helper=re.compile(words["helper"]),
                    person=re.compile(f"(?:{words['person_qualifier']})?(?:{words['person']})"),
                    anaphor=re.compile(rf"\s*(?:{words['anaphor']})"))


class _Containment:
    """Whether [s, e) lies inside one of the spans: the spans sorted by start, with the
    farthest end reached by any span starting at or before each, so one bisection answers
    (a notice of thousands of annotations asked each sentence of each span: quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def __call__(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s) - 1
        return i >= 0 and self.reach[i] >= e


def _prose_assignments(text: str, blocks: list[Block], finder: _UnitFinder,
                       taken: list[tuple[int, int]]) -> list[Assignment]:
    trigger_re = _triggers()[0]
    out: list[Assignment] = []
    before = None  # where the sentence before starts
    inside = _Containment(taken)
    for s, e in _sentences(text):
        previous, before = before, s
        if inside(s, e):
            continue  # a sentence inside an annotation is not prose
        triggers = list(trigger_re.finditer(text, s, e))
        if not triggers and text.find(_BY, s, e) < 0:
            continue  # most sentences assign nothing: skip splitting them into clauses
        sentence = _Sentence(text, s, e, _clause_bounds(text, s, e), finder, taken)
        rows, consumed = _by_rows(sentence)
        for m in triggers:
            row = _trigger_row(sentence, m, consumed)
            if row:
                rows.append(row)
        rows = _merge(rows)
        if previous is not None and _by_words().anaphor.match(text, s):
            rows = [(previous, *row[1:]) for row in rows]  # 这项工作由X负责: the work is the sentence before
        out += [_prose_assignment(text, blocks, row) for row in rows]
    return out


def _prose_assignment(text: str, blocks: list[Block], row: _Row) -> Assignment:
    a, b = _trim(text, row[0], row[1])
    block = block_before(blocks, a)
    return Assignment(task=block.task if block else None, lead=row[2], units=row[3],
                      explicit=False, span=(a, b))


# ---- prose: 由X + predicate ---------------------------------------------------------------
def _by_rows(sentence: _Sentence) -> tuple[list[_Row], list[tuple[int, int]]]:
    """`由X + verb` rows (several groups: 由A、B总牵头、C具体负责), and the spans they use."""
    rows: list[_Row] = []
    consumed: list[tuple[int, int]] = []
    for p in _occurrences(sentence.text, _BY, sentence.start, sentence.end):
        if sentence.in_annotation(p):
            continue
        ci = sentence.clause_at(p)
        lead, units, last = _by_groups(sentence, p + 1, sentence.clauses[ci][1])
        if lead or units:
            consumed.append((p, last))
            row_end = _add_helpers(sentence, ci, lead, units)
            rows.append((sentence.clauses[ci][0], row_end, lead, units))
    return rows, consumed


def _by_groups(sentence: _Sentence, pos: int, c_end: int) -> tuple[list[str], list[str], int]:
    """The unit groups after 由, each with its predicate, up to the clause end `c_end`:
    (lead, units, where the last predicate read ends)."""
    text, finder = sentence.text, sentence.finder
    lead: list[str] = []
    units: list[str] = []
    last = pos
    while pos < c_end:
        parsed = finder.unit_list(text, pos, c_end, need_predicate=False)
        if not parsed:
            break
        names, end = parsed
        comma = text.find("、", end, c_end)
        pred_end = comma if comma >= 0 else max(end, c_end)
        predicate = text[end:pred_end]
        if "的" in predicate[:4]:
            break  # `由X牵头的机制`: describes a mechanism, assigns nothing here
        if _by_words().person.match(predicate):
            break  # `由市政府主要负责同志任组长`: a person of the body, not its duty
        _assign_units(names, "lead" if _by_words().lead.match(predicate) else "units", lead, units)
        # 由市财政局会同市税务局负责: the partner named with 会同/联合 shares the duty.
        partner = _by_words().partner.match(predicate)
        joined = partner and finder.unit_list(text, end + partner.end(), c_end, need_predicate=False)
        if joined:
            _assign_units(joined[0], "units", lead, units)
        last = pred_end
        if comma < 0:
            break
        pos = pred_end + 1
    return lead, units, last


def _add_helpers(sentence: _Sentence, ci: int, lead: list[str], units: list[str]) -> int:
    """由市行政审批局牵头，市司法局、市市场监管局配合: the next clause names the bodies that
    assist, the prose form of a 配合单位 list. Returns where the row ends."""
    if ci + 1 >= len(sentence.clauses):
        return sentence.clauses[ci][1]
    n_start, n_end = sentence.clauses[ci + 1]
    helpers = sentence.finder.unit_list(sentence.text, n_start, n_end)
    if helpers and _by_words().helper.match(sentence.text, helpers[1], n_end):
        _assign_units(helpers[0], "units", lead, units)
        return n_end
    return sentence.clauses[ci][1]


# ---- prose: trigger words ----------------------------------------------------------------
def _trigger_row(sentence: _Sentence, m: re.Match[str], consumed: list[tuple[int, int]]) -> _Row | None:
    """A trigger word (data/assign_triggers.tsv) with its subject, as a row; None if the
    trigger is part of a 由 row, a noun, attributive, or has no specific body as subject."""
    text, p, q = sentence.text, m.start(), m.end()
    if any(a <= p < b for a, b in consumed) or sentence.in_annotation(p):
        return None
    if _blocked(sentence, p, q):
        return None
    if "的" in text[q:min(sentence.end, q + 3)]:
        return None  # attributive (`省商务厅牵头组织的活动`): describes, assigns nothing
    if _narrates(text, p, q, sentence.end):
        return None
    ci = sentence.clause_at(p)
    subject = _subject_for(sentence, ci, p)
    if subject is None:
        return None
    names, subject_clause = subject
    lead: list[str] = []
    units: list[str] = []
    _assign_units(names, _triggers()[1][m.group(0)], lead, units)
    return sentence.clauses[subject_clause][0], sentence.clauses[ci][1], lead, units


PAST_WINDOW = 6


@lru_cache(maxsize=1)
def _past_aspect() -> dict[str, tuple[str, ...]]:
    return data_kinds("assign_past_aspect.tsv")


def _narrates(text: str, p: int, q: int, end: int) -> bool:
    """Whether the trigger at [p, q) narrates a past act (`牵头起草了`, `已牵头`)."""
    words = _past_aspect()
    if text[max(0, p - 2):p].endswith(words["before"]):
        return True
    after = _separators(CLAUSE_SEPS).split(text[q:min(end, q + PAST_WINDOW)], 1)[0]
    for word in words["not"]:
        after = after.replace(word, "")
    return any(word in after for word in words["after"])


def _blocked(sentence: _Sentence, p: int, q: int) -> bool:
    """Whether the trigger at [p, q) is inside a word that makes it a noun or a label."""
    around = sentence.text[max(sentence.start, p - 3):min(sentence.end, q + 3)]
    return any(word in around and _covers(sentence.text, p, q, word) for word in _words().blockers)


def _covers(text: str, p: int, q: int, word: str) -> bool:
    """Whether an occurrence of `word` overlaps the trigger at [p, q)."""
    lo = max(0, p - len(word) + 1)
    k = text.find(word, lo, q + len(word))
    while k >= 0 and k < q:
        if k + len(word) > p:
            return True
        k = text.find(word, k + 1, q + len(word))
    return False


@lru_cache(maxsize=1)
def _name_continues() -> frozenset[str]:
    return frozenset("".join(data_lines("assign_name_continues.txt")))


def _subject_for(sentence: _Sentence, ci: int, p: int) -> tuple[list[str], int] | None:
    """The units the trigger at `p` (in clause `ci`) makes responsible, and the clause
    they stand in: right before the trigger, opening its clause, or opening the sentence."""
    text, clauses = sentence.text, sentence.clauses
    c_start = _skip_marker(text, *clauses[ci]) if ci == 0 else clauses[ci][0]
    names = _subject_after_opener(sentence, c_start, p) or _subject_opening_clause(sentence, c_start, p)
    if names:
        return names, ci
    # The clause opens with the trigger (`…,统筹指导…`): the sentence's subject.
    if ci > 0 and text[c_start:p] in ("", *data_kinds("assign_subject_words.tsv")["lead_in"]):
        return _sentence_subject(sentence)
    return None


def _subject_after_opener(sentence: _Sentence, c_start: int, p: int) -> list[str] | None:
    """A unit list ending right before the trigger, after 在/发挥/由 (`发挥市商务局统筹…`)."""
    for opener in data_kinds("assign_subject_words.tsv")["opener"]:
        k = sentence.text.rfind(opener, c_start, p)
        if k >= 0:
            parsed = sentence.finder.unit_list(sentence.text, k + len(opener), p)
            if parsed and parsed[1] == p:
                return parsed[0]
    return None


def _subject_opening_clause(sentence: _Sentence, c_start: int, p: int) -> list[str] | None:
    """The clause opens with a unit list (`X要落实主体责任`, `X、Y要确定专人负责`) and only
    the subject-gap words (or a frame) stand between it and the trigger."""
    parsed = sentence.finder.unit_list(sentence.text, c_start, p)
    if not parsed or any(n in _words().generic for n in parsed[0]):
        return None
    gap = sentence.text[parsed[1]:p]
    if _gap_re().fullmatch(gap):
        return parsed[0]
    if sentence.text.startswith(_words().duty_triggers, p) and _duty_gap_re().fullmatch(gap):
        return parsed[0]
    return None


def _sentence_subject(sentence: _Sentence) -> tuple[list[str], int] | None:
    """The unit list opening the sentence's first clause, followed by its predicate."""
    text, (c_start, c_end) = sentence.text, sentence.clauses[0]
    first = _skip_marker(text, c_start, c_end)
    parsed = sentence.finder.unit_list(text, first, c_end, need_predicate=True)
    if not parsed or parsed[1] >= c_end:
        parsed = _known_body_opening(sentence, first, c_end) or parsed
    if parsed and parsed[1] < c_end:
        return parsed[0], 0
    return None


def _known_body_opening(sentence: _Sentence, first: int, c_end: int) -> tuple[list[str], int] | None:
    """`生态环境部会同有关部门组建协调小组，…，统筹研究重大问题`: a body the notice names
    elsewhere opens the sentence, followed by a verb the list lacks (the whole clause,
    ending in 小组, is no subject)."""
    text = sentence.text
    known = [end for end, from_gazetteer in sentence.finder.ends(text, first, c_end) if from_gazetteer]
    if not known:
        return None
    end = max(known)
    if text.startswith(_predicate_starts(), end) or text[end:end + 1] not in _name_continues():
        return [text[first:end]], end
    return None


def _merge(results: list[_Row]) -> list[_Row]:
    """One row per covered clause span: triggers sharing a subject clause are one assignment."""
    merged: dict[int, list] = {}
    order: list[int] = []
    for a, b, lead, units in results:
        if a in merged:
            row = merged[a]
            row[1] = max(row[1], b)
            row[2] += [u for u in lead if u not in row[2]]
            row[3] += [u for u in units if u not in row[3] and u not in row[2]]
        else:
            merged[a] = [a, b, list(dict.fromkeys(lead)), list(dict.fromkeys(units))]
            order.append(a)
    # A body that leads is not listed again among the units of the same row.
    rows = (merged[k] for k in order)
    return [(a, b, lead, [u for u in units if u not in lead]) for a, b, lead, units in rows]


def _joined(text: str, annotations: list[_Annotation]) -> list[_Annotation]:
    """An annotation right after another, nothing but spaces or a line break between
    (`牵头单位：A` then `责任单位：B` on the next line), continues it: one annotation."""
    out: list[_Annotation] = []
    for ann in annotations:
        if out and not text[out[-1].end:ann.start].strip():
            prev = out[-1]
            prev.end = ann.end
            prev.lead += [u for u in ann.lead if u not in prev.lead]
            prev.units += [u for u in ann.units if u not in prev.units]
        else:
            out.append(ann)
    return out


# ---- API -------------------------------------------------------------------------------
def find_assignments(text: str, blocks: list[Block]) -> list[Assignment]:
    """Every printed annotation (explicit) and prose assignment (explicit=False) of a notice."""
    annotations = _bracket_annotations(text)
    annotations += _bare_annotations(text, annotations)
    annotations = _joined(text, sorted(annotations, key=lambda a: a.start))

    out: list[Assignment] = []
    last_end: dict[tuple[str, ...], int] = {}
    for ann in annotations:
        block = block_before(blocks, ann.start)
        path: tuple[str, ...] = block.path if block else ()
        start = _item_start(blocks, block) if block else text.rfind("\n", 0, ann.start) + 1
        prev = last_end.get(path)
        if prev is not None and prev > start:
            start = prev  # several annotations in one item: each covers the text since the last
        if not path and prev is None and not text[start:ann.start].strip():
            # An unnumbered annotation on a line of its own annotates the paragraph above (lines
            # of spaces between them are none).
            above = len(text[:start].rstrip())
            start = text.rfind("\n", 0, above) + 1
        a, b = _trim(text, start, ann.start)
        out.append(Assignment(task="/".join(path) if path else None, lead=ann.lead, units=ann.units,
                              explicit=True, span=(a, b), annotation_span=(ann.start, ann.end)))
        last_end[path] = ann.end
    table = _table_assignments(text, blocks)
    out += table

    known = {u for a in out for u in a.lead + a.units}
    finder = _UnitFinder(known)
    # A table's unit cells are its annotations: their verbs (X牵头) are no prose.
    taken = [(a.start, a.end) for a in annotations] + [a.annotation_span for a in table if a.annotation_span]
    out += _prose_assignments(text, blocks, finder, taken)
    out.sort(key=lambda a: a.span[0])
    log.debug("assignments: %d explicit, %d prose", sum(a.explicit for a in out),
              sum(not a.explicit for a in out))
    return out


def find_document_rules(text: str) -> list[str]:
    """Statements such as `列第一位者为牵头单位，下同`, verbatim, in order of appearance."""
    hits: list[tuple[int, str]] = []
    for rule in _rule_res():
        hits += [(m.start(), m.group(0)) for m in rule.finditer(text)]
    seen: set[str] = set()
    out = []
    for _, s in sorted(hits):
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out
