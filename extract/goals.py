"""Numeric goals (GUIDE §4): every number a notice commits someone to, or reports as achieved.

`find_goals(doc)` walks the notice line by line, sentence by sentence (。), chain
by chain (；) and clause by clause (，), brackets and quotes kept whole. Each number
with a unit (numbers.py) is a candidate; it becomes a goal unless its context says it
is a name, an ordinal, a rank, a date-like count, a qualifier of the counted noun
(`3000万美元以上项目达到5个`), a threshold that only triggers a reward or penalty
(`完成率低于70%的,…不得`) or a plain cadence (`每月通报一次`).

Each goal keeps in `reason` why it has its kind and period; each number left goes to
`doc.decisions` with why (`goal:qualifier`). The codes are listed, with their meaning,
in extract/data/goal_reasons.tsv.

Word lists (comparators, kind cues, period words, non-goal contexts, subject words)
are data files in extract/data/goal_*, compiled once in `_Tables`.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from extract import gazetteer
from extract.lexicon import (
    CLOSE_BRACKETS,
    HAN_CHAR,
    HAN_RUN,
    OPEN_BRACKETS,
    alternation,
    data_kinds,
    data_lines,
    data_table,
    longest_first,
    read_int,
)
from extract.meta import announces_a_document, is_place
from extract.model import Clause, Decision, Goal, Meta, Section
from extract.numbers import Quantity, parse_number, unit_table
from extract.structure import (
    FIVE_YEAR_PLAN,
    FIVE_YEAR_PLAN_WORD,
    five_year_span,
    match_marker,
    plan_span,
    years_back,
)
from extract.tables import measure_table_goals
from policydb.han import HAN
from policydb.patterns import HEADING_NUMBER, any_of

if TYPE_CHECKING:
    from extract.pipeline import ExtractionDoc

log = logging.getLogger(__name__)

# How far `_named_prefix` reads: 24 characters of name, and what may follow the last one.
_PREFIX_LOOKAHEAD = 32
_LIST_SEP = "、"
# A newspaper's mark of a head line's place, in brackets at its end ((主题), (副题)); a title
# may keep a note so printed ((试行)), so a line is read with its mark and without.
_HEAD_MARK = re.compile(r"[（(][\u4e00-\u9fff]{2}[)）]$")


def _head_forms(line: str) -> tuple[str, str]:
    return line, _HEAD_MARK.sub("", line)
# A headline's subtitle line is short (今年地区生产总值增长5.5%左右).
MAX_SUBTITLE = 40
# A subject candidate holding a number or a head count (3名) is no name.
_COUNTED = re.compile(r"\d|[一二三四五六七八九十两]名")
# A clause's leading enumerator: 1. / （一） / 一、 / 一是; not the first of a list of
# ordinals (一、二、三产业增加值)
_ENUM = re.compile(r"(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                   r"|[一二三四五六七八九十]{1,3}[、.．](?![一二三四五六七八九十]{1,2}[、和])"
                   r"|[一二三四五六七八九十]是)")
# 2021—2025年, and a run of months across years (2018年1月至2019年9月): the years it spans.
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月份?)?\s*[-－—–~～至到]\s*((?:19|20)\d{2})年")
# (?=[12]) changes no match: it rejects most positions before the lookbehind is tried.
_YEAR_CUE = re.compile(r"(?=[12])(?<![\d.])((?:19|20)\d{2})年(?![\d一二三四五六七八九十]+月|\d)")
_YEAR_IN = re.compile(r"(?:19|20)\d{2}年")
# A change from a year's level to a later year's (从2011年的1520亿元增加到2016年的…).
_CHANGE_YEARS = re.compile(r"[从由]((?:19|20)\d{2})年[^。；;]*?[到至]((?:19|20)\d{2})年")
_CHANGE_REACH = 80
_MIN_SUBJECT = 2  # the words of an item's subject: two characters at least (续建项目)
# A label's bracketed notes ((第1项)).
_ITEM_NOTE = re.compile(r"[（(][^（()）]{0,12}[)）]")
_MAX_LABEL = 20
# A short bracket right after an amount and its bound, or the close of the bracket the
# amount stands in: an aside the qualifier test steps over (6亩以下(不含6亩)的土地).
_ASIDE = re.compile(r"^(?P<keep>[^（()）]{0,3})[（(][^（()）]{0,12}[)）]|^\s?[)）]")
_GOAL_CATEGORIES = {"money", "ratio", "count", "measure", "duration", "magnitude"}

# Patterns the filters and the builder apply to each amount, compiled once.
_SPEECH_PUNCT = re.compile(r"[，,。；;]")  # quoted speech, not a quoted name
_FEW = 10  # a Chinese numeral below it counts occasions or articles (一次, 两批), not things
_SLOGAN_MAX = 30  # the longest slogan of listed counts (“一个翻番、两个突破、三个建成”)
_RANK_BEFORE = re.compile(r"(?:前|后|第|倒数)$")
_AMOUNT_JOINERS = ("、", "和", "及", "与")  # between two amounts of one list
_MASKED_AMOUNTS = re.compile(r"#+[和、及与]?")
_NUMERAL = re.compile(r"[\d一二三四五六七八九十]")
# A year said to be something (2021年是…, 今年是…): what follows describes the year.
_SAID_OF_A_YEAR = "年是"
_ENUMERATION = re.compile(r"^[^，,；;]*、[^，,；;]*等")
_OPEN_ROUND = re.compile(r"[（(]")
# A data box's lines end no sentence and hold no clause break.
_BOX_BREAK = re.compile(r"[。，,；;：:！？!?|]")
_BOX_MIN_LINES = 4
# What follows the year a multiple is of: 的 and the multiple, or the line's end before it.
_MULTIPLE_AFTER = re.compile(r"的(?:$|[\d.]+倍|[\d.]+倍[和、及][\d.]+倍)")
# What stands beside an amount that bounds a tier: its note (含1000万元), the range's dash, the note's end.
_TIER_MARKS = "（()）—-－~～至到"
# Adverbs between a list and its 分别 (比重将分别达到, 均分别): no part of the last item.
_MODAL_END = re.compile(r"[将要也都还已]+$")
_JOINED = re.compile(r"[和及、]")
# A work report is heard by its congress in the first months of the year it plans: what its
# news says is 预计 then is last year's preliminary result.
_PRELIMINARY_MONTHS = 3
# A label before a colon opening a clause (二等奖:).
_LABEL_BEFORE = re.compile(r"^[^，,。；;：:]{1,12}[：:]\s*")
# 各 meaning "each" before its verb and amount (各奖励80万元), not 各类/各项/各地 (every kind of).
_EACH = re.compile(r"^各(?![类种项级地部界方个族有])")
# What no listed name holds: a trailing 等 (…金融资本等投资), quotes, a clause mark.
_NOT_A_NAME = re.compile(r"[等“”\"《》]")
# The longest name a list before 各 may hold (甘肃烟草工业有限公司).
_MAX_LISTED_NAME = 20
# A noun phrase and nothing else (重点项目, 涉市重点项目); one with 的 holds a verb's clause
# (集中开工的重点项目: the count of what was started).
_NOUN_ONLY = re.compile(r"[^的\W\d]{1,10}")
_FOUR_DIGITS = re.compile(r"\d{4}")
# A run of months (2022年1—3月, 1至8月份); a single month (3月) is a date's, not a period.
_MONTH_RUN = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年)?(?<![\d一二三四五六七八九十])"
                        r"(?P<first>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*[-－—–~～至到]\s*"
                        r"(?P<last>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月")
# A total to reach by a year (到2029年, 至2025年底): the frame of a plan's target.
_BY_YEAR = re.compile(r"(?:到|至)(?:19|20)\d{2}年")
_N_INDICATORS = re.compile(r"(\d+|[一二三四五六七八九十]+)项指标")


def _words(name: str) -> str:
    """The words of a one-column data file as a regex alternative, longest first."""
    return alternation(data_lines(name))


def _rows(name: str, column: int, value: str) -> list[str]:
    """First cells of the rows of a data table whose `column` holds `value`."""
    return [row[0] for row in data_table(name) if len(row) > column and row[column] == value]


class _Tables:
    """The goal word lists of extract/data/, and the patterns built from them, compiled once."""

    def __init__(self) -> None:
        self._comparators()
        self._cues()
        self._scopes()
        self._changes()
        self._phrases()

    def _comparators(self) -> None:
        comps = data_table("goal_comparators.txt")
        self.pre = sorted([(r[0], r[1], r[3] if len(r) > 3 else "") for r in comps if r[2] == "pre"],
                          key=lambda x: -len(x[0]))
        self.post = sorted([(r[0], r[1]) for r in comps if r[2] == "post"], key=lambda x: -len(x[0]))
        self.pre_any = any_of(re.escape(w) for w, _, _ in self.pre)
        self.long_pre_words = tuple(w for w, _, _ in self.pre if len(w) > 1)
        self.long_pre_any = any_of(map(re.escape, self.long_pre_words))
        self.post_words = tuple(w for w, _ in self.post)
        self.post_any = re.compile(alternation(self.post_words))
        # A metrics table's figure: a bare number, with a comparator word after it.
        self.post_comparators = dict(self.post)
        self.bare_figure = re.compile(r"^(?P<value>-?\d+(?:\.\d+)?)\s*"
                                      f"(?P<cmp>{alternation(self.post_words)})?$")
        self.table_plan_header = re.compile(_words("goal_table_plan_headers.txt"))
        self.margin_units = frozenset(data_lines("goal_margin_units.txt"))
        margin_words = data_kinds("goal_margin_words.tsv")
        self.margin_only = re.compile(f"(?:{alternation(margin_words['compare'] + margin_words['against'])})+")
        self.margin_against = re.compile(f"(?:{alternation(margin_words['compare'])})"
                                         f"(?:{alternation(margin_words['against'])})\\s*$")
        self.occasion_units = frozenset(data_lines("goal_occasion_units.txt"))
        self.completion_rate = data_lines("goal_completion_rate.txt")[0]
        self.preliminary = {kind: re.compile("|".join(f"(?:{p})" for p in data_kinds("goal_preliminary.tsv")[kind]))
                            for kind in ("whole", "part", "ahead")}
        # A service time (环评报告书14个工作日内完成审批): 内 after its duration bounds it.
        self.service_re = re.compile(alternation(w for kind, w in data_table("deadline_durations.tsv")
                                                 if kind == "service"))
        self.within = next(r[0] for r in data_table("goal_comparators.txt") if r[2] == "service")

    def _cues(self) -> None:
        rows = data_table("goal_kind_cues.txt")
        self.kinds = {r[0]: r[1] for r in rows}
        # A fourth column: characters that, just before the word, make it part of another
        # (项目前期 holds no 目前). The lookbehind comes after the word it guards (目前 not
        # after 项目前…): with every alternative opening on its word, re looks only at the
        # positions holding a first character; one opening on a lookbehind made it try
        # every alternative at every position (8 times slower).
        not_after = {r[0]: r[3] for r in rows if len(r) > 3 and r[3]}
        self.kind_re = re.compile("|".join(
            re.escape(w) + (f"(?<![{re.escape(not_after[w])}]{re.escape(w)})" if w in not_after else "")
            for w in longest_first(w for w, k in self.kinds.items() if k != "reward")))
        self.reward_words = [w for w, k in self.kinds.items() if k == "reward"]
        self.reward_any = re.compile(alternation(self.reward_words))
        self.not_in_report = frozenset(_rows("goal_kind_cues.txt", 2, "not-in-report"))
        self.cumulative = frozenset(_rows("goal_kind_cues.txt", 2, "cumulative"))
        self.list_introducer = re.compile(alternation(_rows("goal_kind_cues.txt", 2, "list")))
        self.plan_voice = re.compile("|".join(data_lines("goal_plan_voice.txt")))
        self.breakdown_openers = tuple(data_lines("goal_breakdown_openers.txt"))
        rosters = data_kinds("goal_rosters.tsv")
        self.roster_scopes = frozenset(rosters["scope"])
        self.roster_nouns = rosters["noun"]
        self.plan_document = re.compile("|".join(data_lines("goal_plan_documents.txt")))
        # A document's name closing right before a bracket (…总体规划(2021—2035年)).
        self.document_named = re.compile(f"(?:{alternation(data_lines('meta_doc_types.txt'))})》?$")
        self.periods = {r[0]: r[1] for r in data_table("goal_periods.txt")}
        self.previous_year_words = tuple(w for w, p in self.periods.items() if p == "previous-year")
        period_alternatives = alternation(self.periods)
        self.period_re = re.compile(period_alternatives)
        # Within a number of years from the notice's (三年内需新增完成229个): the years that
        # span; the period word for one year (年内) after a count of years is no such word.
        within = alternation([w for w, p in self.periods.items() if p == "year" and w.startswith("年")])
        self.years_within = re.compile(
            rf"(?<![\d一二三四五六七八九十两])([一二两三四五六七八九十]|\d{{1,2}})(?:{within})")
        # ... but not where it names a target (完成市上全年任务: the noun 全年任务 stays).
        self.period_anywhere = re.compile(f"(?:{alternation(_rows('goal_periods.txt', 2, 'anywhere'))})"
                                          f"(?!{_words('goal_target_heads.txt')})")
        self.year_average = tuple(w for w, p in self.periods.items() if p == "year-average")
        # A recurrence word (每月…) needs one of its first characters in the clause.
        self.recurrence_start_re = any_of(sorted({re.escape(w[0]) for w, p in self.periods.items()
                                                  if p.startswith("per-")}))
        calendar = {meaning: word for word, meaning in data_table("goal_calendar_words.tsv")}
        self.quarter_word = calendar["quarter"]
        plan_span = alternation(_rows("goal_calendar_words.tsv", 1, "plan-span"))
        self.milestone_nouns = frozenset(data_lines("goal_milestone_nouns.txt"))
        self.inline_note = re.compile(f"[（(](?:{_words('goal_inline_notes.txt')})[)）]")
        self.plan_span_after = re.compile(f"[”\"]?(?:{plan_span}|末)")
        self.plan_end_word = "末"
        self.plan_end_of = re.compile(f"[”\"]?{self.plan_end_word}的")  # “十一五”末的1.6倍: the plan's last year
        # 第四季度 → Q4; 前三季度 (the first three, cumulative) is no single quarter.
        self.quarter_award = re.compile(f"[^，,。；;]{{0,14}}?(?:{_words('goal_award_nouns.txt')})")
        self.quarter_re = re.compile(rf"(?<![前后头])(?:第)?([一二三四1-4]){self.quarter_word}")
        # A time in front of a clause: “十四五”期间, 到2025年底, 第三季度.
        # A month's limit too (5月底前开工…): the deadline's words, not the indicator's.
        lead_time = (rf"(?:{FIVE_YEAR_PLAN_WORD}(?:{plan_span}|末)?"
                     rf"|(?:到|至)?(?:19|20)\d{{2}} ?年(?:底|末)?|第?[一二三四]{self.quarter_word}"
                     rf"|(?:\d{{1,2}} ?|十[一二]|[一二三四五六七八九十])月"
                     rf"(?:底|末|[上中下]旬|\d{{1,2}}日)?(?:{alternation(data_kinds('deadline_modifiers.tsv')['before'])}))")
        # What _strip_lead takes off the front: a lead word, else a period word, else a time.
        self.lead_re = re.compile(f"(?P<word>{_words('goal_clause_lead.txt')})"
                                  f"|(?P<time>{period_alternatives}|{lead_time})")
        bad = data_table("goal_not_goals.txt")
        # Each where's patterns as one: whether any matches is all a filter asks.
        self.before_bad_any = any_of(p for where, p in bad if where == "before")
        self.after_bad_any = any_of(p for where, p in bad if where == "after")
        self.ranked_after = any_of(p for where, p in bad if where == "ranked")
        counted = data_kinds("goal_counted_items.tsv")
        # A count closing a list of items (…三个行业): the number of names before it.
        self.count_of_items = re.compile(rf"(?P<n>[二两三四五六七八九十\d]{{1,2}})(?:{alternation(counted['counter'])})"
                                         rf"(?:{alternation(counted['noun'])})")
        self.described = re.compile(alternation(counted["described"]))
        self.sentence_bad_any = any_of(p for where, p in bad if where == "sentence")
        self.estimate_any = any_of(p for where, p in bad if where == "estimate")
        self.recent_span = re.compile(f"(?:{alternation(_rows('goal_comparators.txt', 4, 'recent'))})$")

    def _scopes(self) -> None:
        scopes = data_table("goal_scope_words.txt")
        suffixes = [r[0] for r in scopes if r[1] == "suffix"]
        self.whole_scopes = tuple(r[0] for r in scopes if r[1] == "whole")
        self.own_level = {r[0]: r[2] for r in scopes if r[1] == "whole" and len(r) > 2}
        self.group_prefixes = tuple(r[0] for r in scopes if r[1] == "group")
        self.unnamed_suffixes = frozenset(r[0] for r in scopes if r[1] == "suffix" and r[2:] == ["named"])
        self.suffix_re = re.compile(f"(?:{alternation(suffixes)})$")
        self.suffix_last = frozenset(w[-1] for w in suffixes)
        self.suffix_last_re = re.compile("[" + re.escape("".join(sorted(self.suffix_last))) + "]")
        self.scope_stop_re = re.compile("|".join(re.escape(r[0]) for r in scopes if r[1] == "stop"))
        self.not_in_core = re.compile(_words("goal_subject_fillers.txt"))
        self.organ_re = re.compile(_words("goal_organs.txt"))
        self.joint_re = re.compile(f"^(?:{_words('goal_joint_words.txt')})")

    def _changes(self) -> None:
        rows = data_table("goal_change_words.tsv")
        reaches = ("core", "near", "wide")

        def words(part: str, reach: str) -> str:
            allowed = reaches[: reaches.index(reach) + 1]
            return alternation(w for w, p, r in rows if p == part and r in allowed)

        # (同口径年均增长10%: two baseline words before the verb)
        self.growth_re = re.compile(f"^(?:{words('baseline', 'wide')}){{0,2}}(?:{words('verb', 'wide')})")
        self.change_re = re.compile(words("verb", "near"))
        self.trailing_growth_re = re.compile(f"(?:{words('baseline', 'core')})?(?:{words('verb', 'core')})$")
        self.trailing_change_re = re.compile(f"(?:{words('baseline', 'near')})?(?:{words('verb', 'near')})[^、]*$")
        self.up_to_comparison_re = re.compile(f"^.*?({words('baseline', 'core')})")
        self.baseline_only = re.compile(f"(?:{words('baseline', 'wide')})")
        self.describing_units = frozenset(data_lines("goal_describing_units.txt"))
        self.work_report = data_kinds("meta_work_report.tsv")["title"][0]
        self.paired_words = [tuple(row) for row in data_table("goal_paired_words.tsv")]
        self.completing = re.compile(_words("goal_completion_verbs.txt"))
        # 以20个签约项目实现合同额13.76亿元: a verb and a noun of its own before the next amount.
        self.means_verb = re.compile(f"(?:{_words('goal_means_verbs.txt')})[{HAN}]{{2,}}$")
        self.share_words = frozenset(data_lines("goal_share_words.txt"))
        self.continuing = re.compile(f"\\s*(?:{_words('goal_continuing_words.txt')})")
        # An amount right after a noun naming a target is that target (完成年度目标任务589亿元的37%).
        # A target restated in brackets after the noun (完成市上全年任务(42.5亿元)的59.94%,
        # 占计划目标到位资金(11.45亿元)的80.17%) is that target too.
        # (目标控制在3.5%以内: a verb may stand between the noun and its amount)
        self.after_target_noun = re.compile(f"(?:{_words('goal_target_nouns.txt')})"
                                            f"(?:{_words('goal_copulas.txt')})?\\s*$"
                                            f"|(?:{_words('goal_target_heads.txt')})"
                                            f"[^，,。；;（(]{{0,6}}[（(][^，,。；;（()）]{{0,4}}$")
        self.bare_target_nouns = frozenset(w for w in data_lines("goal_target_nouns.txt"))
        self.target_noun_at = re.compile(_words("goal_target_nouns.txt"))
        self.aims_closer_at = re.compile("|".join([_words("goal_target_nouns.txt"),
                                                   *data_lines("goal_aims_closers.txt")]))
        self.programme_at = re.compile(_words("goal_programme_nouns.txt"))
        self.ends_on_target_noun = re.compile(f"(?:{_words('goal_target_nouns.txt')})$")
        self.sized_project = re.compile(f"[{HAN}]{{0,12}}?(?:{_words('goal_project_nouns.txt')})")
        self.project_end = re.compile(f"(?:{_words('goal_project_nouns.txt')})$")
        self.leading_verb = re.compile(f"^(?:{_words('goal_bare_verbs.txt')})")
        self.not_noun_start = re.compile(f"^(?:{_words('goal_not_noun_starts.txt')}|[、（(，,。；;：:])")
        self.shortened_re = re.compile(f"(?:{_words('goal_shortening_verbs.txt')})$")
        baselines = data_table("goal_baseline_words.tsv")

        def baseline(where: str) -> str:
            return alternation(w for w, at in baselines if at == where)

        self.baseline_before = re.compile(f"(?:{baseline('before-year')})$")
        self.baseline_after = re.compile(baseline("after-year"))
        self.on_the_basis = re.compile(f"[^，,。；;]{{0,30}}(?:{baseline('on-basis')})")
        self.compared_with = re.compile(f"(?:{baseline('before-last-year')})$")
        self.multiple_of = re.compile(f"(?:{baseline('before-multiple')})$")
        # 是2015年的1.5倍: the year a multiple is of, said before it (and alone as an indicator)
        self.multiple_of_year = re.compile(f"(?:{baseline('before-multiple')})((?:19|20)\\d{{2}})年的?")
        self.same_period = tuple(w for w, at in baselines if at == "after-last-year")
        from_to = data_table("goal_from_to.tsv")
        of_year = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
        # 由企业及职工缴纳失业保险费的50%提高到100%: the base may be a share of something named.
        self.changed_from = re.compile(f"(?:{alternation(w for w, r in from_to if r == 'from')})"
                                       f"(?:{of_year}|[^，,。；;：:\\d]{{1,16}}的)$")
        self.changed_to = re.compile(f"[，,]?\\s*(?:{alternation(w for w, r in from_to if r == 'to')})?[到至]{of_year}")

    def _phrases(self) -> None:
        self.lead_words = data_lines("goal_indicator_lead.txt")
        self.trail_words = data_lines("goal_indicator_trail.txt")
        # A distributive word that the character before it makes part of another word (人均).
        self.word_before = {row[0]: row[2] for row in data_table("goal_distributive.tsv") if len(row) > 2}
        self.averages = frozenset(c + w for w, before in self.word_before.items() for c in before)  # 人均, 年均
        self.lead_first_chars = frozenset(w[0] for w in self.lead_words)
        self.trail_last_chars = frozenset(w[-1] for w in self.trail_words)
        self.bare_verbs = frozenset(data_lines("goal_bare_verbs.txt"))
        set_measures = data_kinds("goal_set_measures.tsv")
        self.set_measures = frozenset(set_measures["measure"])
        self.counted_set = re.compile(f"(?:{alternation(set_measures['set'])})$")
        self.set_share = tuple(set_measures["share"])
        # The verb that opens an enumeration (成功签约A、B等项目110多个) stays in the indicator.
        self.lead_verb = re.compile(f"^(?:{_words('goal_enumeration_verbs.txt')})")
        self.list_closer = re.compile(f"^(?:{_words('goal_list_closers.txt')})(?={HAN_CHAR.pattern}{{2}})")
        self.leading_copula = re.compile(f"^(?:{_words('goal_copulas.txt')})")
        self.trailing_copula = re.compile(f"(?:{_words('goal_copulas.txt')})$")
        self.reach_verb = re.compile(_words("goal_reach_verbs.txt"))
        self.leading_floor = re.compile(f"^(?:{_words('goal_floor_words.txt')})")
        bound = _words("goal_bounds.txt")
        self.after_amount = re.compile(rf"\s?(?:及?(?:{bound}))?(的)?")
        # A content farm doubles the marks between list items (7%,、8%): a comma before 、
        # is stepped over.
        # Each amount of a list may close on its own bound, 左右 too (分别增长7%左右和8%以上).
        listed_bound = f"{bound}|{_words('goal_listed_bounds.txt')}"
        money = alternation(u for u, category in unit_table().items() if category == "money")
        big = alternation(u for u, category in unit_table().items() if category == "magnitude")
        size = rf"(?:{_words('goal_size_prefixes.txt')})[\d.]*(?:{big})?(?:{money})(?:{bound})?"
        self.size_class = re.compile(size)
        self.listed_before = re.compile(rf"(?:{listed_bound})?[\s、和及与或]*")
        self.bound_after = re.compile(rf"\s?(?:{listed_bound})?")
        self.listed_after = re.compile(f"(?:{listed_bound})?[,，]?[、和及或]")
        # The item before ends at its 、, or at a conjunction after its noun (173名个人和6个…).
        self.noun_and = re.compile(f"[{HAN}]{{1,8}}?(?:{_words('goal_list_conjunctions.txt')})")
        self.item_end = re.compile(f"(?:{bound}|{self.within})?[)）]?[,，]?、|{self.noun_and.pattern}(?=\\d)")
        distributive = data_table("goal_distributive.tsv")
        self.respectively = next(row[0] for row in distributive if row[1] == "respectively")
        openers = data_table("goal_list_openers.tsv")
        self.list_opener = re.compile("|".join(re.escape(w) for w, role in openers if role == "opener"))
        self.list_order = re.compile("|".join(re.escape(w) for w, role in openers if role == "order"))
        self.places_after = re.compile(f"(?:{alternation(w for w, role in openers if role == 'after')})"
                                       f"(?P<places>[{HAN}]+(?:、[{HAN}]+)+)[。，,；;]?$")
        ranked = alternation(w for w, role in openers if role == "ranked")
        self.list_ranked = re.compile(f"(?:{ranked})的[{HAN}]{{1,6}}$")
        # After 等 the word qualifies the noun closing the list (产业、科技、教育等各类扶贫项目257个).
        def word(row: list[str]) -> str:
            return f"(?<![{row[2]}]){re.escape(row[0])}" if len(row) > 2 else re.escape(row[0])

        ordered = sorted(distributive, key=lambda r: -len(r[0]))
        self.distributive = re.compile(f"(?<!等)(?:{'|'.join(map(word, ordered))})(?=[^、，,]{{0,8}}$)")
        # 均 closing the words before 分别 (A、B均分别…), not the 均 of 人均 or 年均
        self.each_end = re.compile(f"(?:{'|'.join(word(row) for row in ordered if row[1] == 'each')})$")
        reward = data_table("goal_reward_nouns.tsv")
        self.reward_noun = re.compile(f"(?:{alternation(w for w, p in reward if p == 'modifier')})?"
                                      f"(?:{alternation(w for w, p in reward if p == 'noun')})")
        self.shortfall = re.compile(f"(?:{_words('goal_shortfall_words.txt')})[^，,；;。]{{0,20}}的")
        self.sanction = re.compile(_words("goal_sanctions.txt"))
        recipient = data_table("goal_recipient_words.tsv")

        def role(name: str) -> str:
            return alternation(w for w, r in recipient if r == name)

        self.recipients = re.compile(f"对([^，,。；;]{{2,40}}?)(?:{role('end')}|[，,])")
        # 按照投资额的10%,给予…: the base a grant is reckoned from.
        self.reckoned_by = re.compile(role("base"))
        self.ranking = re.compile(f"(?:{role('ranked-by')})?(?:{role('ranking')})(?:前|后|倒数)?[^的]*的$")


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


# ---- small helpers -----------------------------------------------------------------
def _quarter_of_months(first: int | None, last: int | None) -> int | None:
    """The quarter a run of months is (1—3月 → 1), or None (1—5月)."""
    if first and last and first % 3 == 1 and last == first + 2:
        return (first - 1) // 3 + 1
    return None


def _strip_clause(text: str, a: int, b: int) -> tuple[int, int]:
    """Clause content without surrounding blanks and its leading enumerator."""
    while a < b and text[a] in " \u3000\u00a0\t":
        a += 1
    while b > a and text[b - 1] in " \u3000\u00a0\t":
        b -= 1
    m = _ENUM.match(text, a, b)
    if m:
        a = m.end()
    return a, b


# How long the words inside a bracket before its amount must be to name a goal of their
# own (亿元以上工业项目11个以上), not restate the bound of the amount before it (不少于2天).
_OWN_NOUN_IN_BRACKET = 4


# The noun of an amount a clause ends on as the whole the next clause counts a part of (…的143个项目中，).
_AMONG = re.compile(f"[{HAN}]{{1,8}}中")
_NUMBER_AT = re.compile(r"\d+(?:\.\d+)?")
_BY_MEANS = "以"


# A bracket still open after a quoted label and the noun it names (“353”产业体系(钢铁…3个千亿级):
# what it holds spells the label out; its numbers are the label's, not goals (GUIDE §4).
_EXPLAINED_LABEL = re.compile(r"“[^”]{1,10}”[^“”，,。；;（）()]{0,8}[（(][^（）()]*$")


# A year that dates the amount right after it (由2016年的9.6亿元增加至2021年的20.7亿元).
_YEAR_OF_AMOUNT = re.compile(r"的\d")
_CHAIN_OR_CLAUSE = re.compile(r"[，,；;]")


def _in_closed_bracket(seg: str, pos: int) -> bool:
    """Whether `pos` stands in a round bracket that closes before `seg` ends: a note on the
    words before it, whose time is not the figures' after it."""
    opened = max(seg.rfind("(", 0, pos), seg.rfind("（", 0, pos))
    if opened < 0 or max(seg.rfind(")", opened, pos), seg.rfind("）", opened, pos)) >= 0:
        return False
    return max(seg.find(")", pos), seg.find("）", pos)) >= 0


# A clause holding more amounts than this (thousands joined by 、 on one line, no comma
# between) is read in parts of this many: each amount is weighed against the others of its
# clause, and a clause of n amounts would cost n² (4,000 took 48 s). No real clause nears it.
_MAX_CLAUSE_AMOUNTS = 100


def _clause_parts(cl: Clause, qs: list[Quantity]) -> list[tuple[Clause, list[Quantity]]]:
    """The clause with its amounts, or, past _MAX_CLAUSE_AMOUNTS, its parts: each runs from
    the end of the amount before its first to the end of its last (the clause's ends at
    the clause's ends)."""
    if len(qs) <= _MAX_CLAUSE_AMOUNTS:
        return [(cl, qs)]
    parts = []
    for i in range(0, len(qs), _MAX_CLAUSE_AMOUNTS):
        chunk = qs[i:i + _MAX_CLAUSE_AMOUNTS]
        start = qs[i - 1].end if i else cl.start
        end = chunk[-1].end if i + _MAX_CLAUSE_AMOUNTS < len(qs) else cl.end
        parts.append((replace(cl, start=start, end=end), chunk))
    return parts


def _inside_quotes(text: str, line_start: int, pos: int) -> bool:
    """Inside a quoted name (“18+7”, 《…》) — not inside quoted speech, whose figures count
    (局长说，“…力争全年新签约亿元以上项目240个以上…”)."""
    seg = text[line_start:pos]
    for opening, closing in (("“", "”"), ("《", "》"), ("「", "」")):
        if seg.count(opening) > seg.count(closing):
            start = line_start + seg.rfind(opening) + 1
            line_end = text.find("\n", pos)
            end = text.find(closing, pos, line_end if line_end >= 0 else len(text))
            # The whole quote is judged, not what precedes the number: a name is short
            # and unpunctuated; speech runs on (“今年全县力争全年新签约…), and so does a
            # quoted plan of several targets (“20个项目推出去、10个项目引进来、2家企业入园区”).
            quoted = text[start:end if end >= 0 else pos]
            if opening == "《" and end < 0:
                continue  # 根据《…的通知(粤发改重点〔2023〕72号),2023年共安排…62个: its 》 lost
            if opening != "“" or (len(quoted) <= 12 and not _SPEECH_PUNCT.search(quoted)):
                return True
            # “一个翻番、两个突破、三个建成”: a slogan counts in words, a quoted plan in digits.
            if end >= 0 and not _SPEECH_PUNCT.search(quoted) and not re.search(r"\d", quoted) \
                    and len(quoted) <= _SLOGAN_MAX:
                return True
    return False


_OPENING_BRACKET = re.compile(f"[{re.escape(OPEN_BRACKETS)}]")


def _depth_opened(seg: str) -> int:
    """Index in `seg` of the bracket still open at its end, or -1."""
    if not _OPENING_BRACKET.search(seg):
        return -1  # most indicators have no bracket: no need to walk them
    stack = []
    for i, ch in enumerate(seg):
        if ch in OPEN_BRACKETS:
            stack.append(i)
        elif ch in CLOSE_BRACKETS and stack:
            stack.pop()
    return stack[-1] if stack else -1


def _place_suffix(text: str) -> int | None:
    """Where the division name that ends `text` starts (0: `text` is one), or None. A
    county's two-character name is a word as often as a place and does not count."""
    return next((start for start in range(max(0, len(text) - _MAX_PLACE), len(text) - 1)
                 if _place_to_end(text, start)), None)


def _is_place_name(text: str) -> bool:
    """Whether `text` is one division name, or a chain of them (see `_place_suffix`)."""
    return 0 < len(text) <= _MAX_PLACE and _place_to_end(text, 0)


def _place_to_end(text: str, start: int) -> bool:
    """Whether division names run from `start` to the end of `text` (a two-character
    county alone does not count)."""
    end, division = gazetteer.chain_at(text, start)
    return division is not None and end == len(text) and (end - start >= 3 or division.level != gazetteer.COUNTY)


def _leading_place(text: str) -> str:
    """The division name `text` opens with, where a figure follows it (聊城3个), else ''."""
    end, division = gazetteer.chain_at(text)
    return text[:end] if division and text[end:end + 1].isdigit() else ""


_MAX_PLACE = 12
_INTRODUCER = "——"
_QUARTER_PERIOD = re.compile(r"\d{4}Q[1-4]")
# The kinds a figure takes for want of a cue that make it a target, and the periods that name
# years: a figure of such a period gone before the notice's year was reached, not set.
_DEFAULT_TARGET = frozenset({"kind:plan-default", "kind:announced-plan"})
_NAMED_PERIOD = frozenset({"period:named-year", "period:year-range"})
# How far back from an amount its line's and sentence's words are read, at most: a real
# sentence is far shorter, and a page of thousands of amounts in one unbroken sentence
# must not be rescanned per amount (quadratic: 10,000 amounts on a line took 22 s).
_SENTENCE_REACH = 2000
# Periods that date a figure to a year gone when they name one before the plan's: a year
# printed, or 全年 of a year the sentence named (2024年,我省…全年地区生产总值增长4.8% in a 2025 plan).
_PAST_PERIOD = _NAMED_PERIOD | {"period:year-word"}
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# A noun phrase of place (在5.4万平方米的展区内): where something happens, not what was built.
_PLACE_PHRASE = re.compile(f"[{HAN}]{{1,12}}?[内中里上外](?![{HAN}])")
# An item of a list that ends on its amount (宜都13个), and a class of places (第一类县(市、区)).
_ENDS_ON_AMOUNT = re.compile(r"\d(?:\.\d+)?\D{0,3}$")
_PLACE_CLASS = re.compile(r"[县区市镇乡][(（][^)）]*[)）]$|^第[一二三四五六七八九十]类")
# What stands between a list's opener and its first amount: 为 or a colon, then the item's name.
_OPENED_ITEM = re.compile(f"(?:[为是][:：]?|[:：])[{HAN}、]{{1,12}}")
# A short name of a list's item: a county's two characters, a zone's three or four.
_SHORT_NAME = re.compile(f"[{HAN}]{{2,4}}")
_DIGIT = re.compile(r"\d")


# A target's name is a noun phrase (签约目标, 年度目标任务), not a clause; its completion
# rate is named so (签约目标完成率, data/goal_completion_rate.txt).
_MAX_TARGET_NAME = 16
_RANKED_REACH = 24  # how far after a count of occasions its ranking may be told (…考评中均名列榜首)
_OPENS, _CLOSES = ("(", "（"), (")", "）")  # one bracket each: an empty slice is no bracket


def _clean_indicator(s: str) -> str:
    s = s.strip(" \u3000\u00a0,，、;；:：")
    t = _tables()
    changed = True
    while changed and s:
        changed = False
        # Most indicators neither begin nor end with such a word: a look at the first
        # and last character spares the loops.
        for w in t.lead_words if s[0] in t.lead_first_chars else ():
            if s.startswith(w) and len(s) > len(w):
                s = s[len(w):].lstrip(" ,，、")
                changed = True
        for w in t.trail_words if s and s[-1] in t.trail_last_chars else ():
            # 人均 and 年均 are words of their own (人均超过1万美元), not …均 (each).
            if s.endswith(w) and len(s) > len(w) and s[-len(w) - 1] not in t.word_before.get(w, ""):
                s = s[: -len(w)].rstrip(" ,，、")
                changed = True
    return s.strip(" \u3000\u00a0")


@lru_cache(maxsize=1)
def _coordinated_verbs() -> tuple[str, ...]:
    return tuple(sorted((r[0] for r in data_table("goal_coordinated_verbs.txt")), key=len, reverse=True))


def _share_ends(items: list[str]) -> list[str]:
    """马铃薯种植、收获机械化率 → 马铃薯种植机械化率, 马铃薯收获机械化率 (see the data file)."""
    if len(items) < 2:
        return items
    ordinals = _share_ordinals(items)
    if ordinals != items:
        return ordinals
    shared = _share_tail(items)
    if shared != items:
        return shared
    verbs = _coordinated_verbs()
    first, last, middle = items[0], items[-1], items[1:-1]
    tail_verb = next((v for v in verbs if first.endswith(v) and len(first) > len(v)), None)
    head_verb = next((v for v in verbs if last.startswith(v) and len(last) > len(v)), None)
    if not tail_verb or not head_verb or any(m not in verbs for m in middle):
        return items
    front, end = first[: -len(tail_verb)], last[len(head_verb):]
    return [front + verb + end for verb in (tail_verb, *middle, head_verb)]


def _sections(sections: dict[int, Section], year: int | None, report: bool
              ) -> dict[int, tuple[str, str | None, str]]:
    """For each line under a heading that reviews, reports progress or plans: (kind, period).

    A review section's figures are results (`actual`) of the year or span it names (the
    N years before the notice's for 过去N年), else of the year before the notice's; a
    progress section's are results of the year it names, else of the notice's; a plan
    section's are `target`s of the year it names, else (in a report, whose year is the one
    it plans) of the notice's year. A plan's own sections name no period: a multi-year
    plan's goals may have none.
    """
    out: dict[int, tuple[str, str | None, str]] = {}
    for number, sec in sections.items():
        named = sec.span or (str(sec.year) if sec.year else None)
        if sec.back and year:
            named = f"{year - sec.back}-{year - 1}"
        elif sec.ahead and year:
            named = f"{year}-{year + sec.ahead - 1}"
        elif sec.quarter and (sec.year or year):
            named = f"{sec.year or year}Q{sec.quarter}"  # 一、1-3月份主要经济指标完成情况
        if sec.role == "review":
            out[number] = ("actual", named or (str(year - 1) if year else None), "kind:section-review")
        elif sec.role == "progress":
            out[number] = ("actual", named or (str(year) if year else None), "kind:section-progress")
        else:
            out[number] = ("target", named or (str(year) if year and report else None), "kind:section-plan")
    return out


def _listed_places(s: str) -> list[str]:
    """The places a clause opens on by their names alone, two at least, set apart by 、
    (濮阳、漯河、三门峡、信阳则是7%以上), or []."""
    if "、" not in s[:_FIRST_NAME_REACH]:
        return []  # most clauses open on no list at all
    names: list[str] = []
    pos = 0
    while (found := gazetteer.name_at(s, pos)) is not None and found[1][0].level < gazetteer.COUNTY:
        names.append(found[0])
        pos += len(found[0])
        if s[pos:pos + 1] != "、":
            break
        pos += 1
    # The list ends on a name, not inside one (伊犁州: the short name 伊犁 before its level).
    if len(names) < 2 or s[pos - 1:pos] == "、" or s[pos:pos + 1] in _LEVEL_CHARS \
            or gazetteer.name_at(s, pos) is not None:
        return []
    return names


_LEVEL_CHARS = tuple("省市县区州盟旗地")
_FIRST_NAME_REACH = 16  # a list's first 、 stands within a place name's length of its start


def _share_ordinals(items: list[str]) -> list[str]:
    """第一、二、三产业增加值 (or 一、二、三产业增加值) → 第一产业增加值, 第二产业增加值,
    第三产业增加值."""
    numerals = "一二三四五六七八九十"
    first, last = items[0].removeprefix("第"), items[-1]
    if not (len(first) == 1 and first in numerals and len(last) > 1
            and last[0] in numerals and all(len(x) == 1 and x in numerals for x in items[1:-1])):
        return items
    tail = last[1:]
    return [f"第{x[-1] if x is items[0] else x[0]}{tail}" for x in items]


def _split_last_conjunction(items: list[str]) -> list[str]:
    """A list whose last two items a conjunction joins (城镇和农村…收入): every item apart."""
    if not items:
        return items
    parts = _list_conjunction().split(items[-1], maxsplit=1)
    return [*items[:-1], *parts] if len(parts) == 2 and all(parts) else items


@lru_cache(maxsize=1)
def _list_conjunction() -> re.Pattern[str]:
    return re.compile(_words("goal_list_conjunctions.txt"))


def _share_tail(items: list[str]) -> list[str]:
    """城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入.

    The last item is a parallel word plus a tail the earlier ones share: parallel when
    the first item is a two-character word, or when the last item's head ends like it
    (一般登记、抵押登记办理时间; of three characters, in its last: 制造业、服务业引资额比重).
    The tail must be a word of its own (two characters or more), so 市委、市政府 stays as
    it is.
    """
    first, last = items[0], items[-1]
    k = len(first)
    if len(last) < k + 2 or not all(len(x) == k for x in items[:-1]):
        return items
    head, tail = last[:k], last[k:]
    if k == 2 or head[-2:] == first[-2:] or (k == 3 and head[-1] == first[-1]):
        return [x + tail for x in items[:-1]] + [last]
    return items


def _drop_outside_quotes(s: str, word: str) -> str:
    """Remove a comparator word, but not from a quoted name (“最多跑一次”事项占比)."""
    parts = re.split(r"(“[^”]*”)", s)
    return "".join(p if p.startswith("“") else p.replace(word, "") for p in parts)




_LIST_OPENING = re.compile(r"[(（〔[［【“]")


def _split_list(s: str) -> list[str]:
    """Split a 、-list, never inside brackets: 各县(市、区)、开发区 → two items."""
    if not _LIST_OPENING.search(s):
        return [x for x in s.split(_LIST_SEP) if x]  # no bracket opens: every 、 splits
    items, depth, last = [], 0, 0
    for i, ch in enumerate(s):
        if ch in "(（〔[［【“":
            depth += 1
        elif ch in ")）〕]］】”":
            depth = max(0, depth - 1)
        elif ch in _LIST_SEP and depth == 0:
            items.append(s[last:i])
            last = i + 1
    items.append(s[last:])
    return [x for x in items if x]


_PREFIX_SPAN = 24  # how many characters a subject's name may take
_PREFIX_BRACKETS = re.compile(r"[(（〔)）〕]")
_BRACKETED = re.compile(r"[(（〔][^)）〕]*[)）〕]")


def _prefix_candidates(s: str, suffix_last_re: re.Pattern[str]) -> Iterator[tuple[int, str, str]]:
    """Where a subject's name in front of `s` may end: (index of its last character, the
    prefix, the prefix without bracketed parts). A name runs over Chinese characters
    and whole brackets, and must end in the last character of a subject suffix."""
    if not _PREFIX_BRACKETS.search(s, 0, _PREFIX_SPAN):
        # No bracket (most clauses): the name is within the leading run of Chinese
        # characters, and only the places of suffix characters need a look.
        run_end = HAN_RUN.match(s, 0, _PREFIX_SPAN).end()
        for m in suffix_last_re.finditer(s, 1, run_end):
            cand = s[: m.start() + 1]
            yield m.start(), cand, cand
        return
    depth = 0
    for i, ch in enumerate(s[:_PREFIX_SPAN]):
        if ch in "(（〔":
            depth += 1
            continue
        if ch in ")）〕":
            depth = max(0, depth - 1)
            cand = s[: i + 1]
            bare = _BRACKETED.sub("", cand)
        elif depth or ch in "、，,。；;：:" or not HAN_CHAR.match(ch):
            if depth:
                continue
            break
        else:
            cand = s[: i + 1]
            bare = cand
        yield i, cand, bare


# ---- the extractor -------------------------------------------------------------------
@lru_cache(maxsize=1)
def reason_codes() -> dict[str, str]:
    """Why a number became a goal of its kind and period, or was left: code → meaning
    (extract/data/goal_reasons.tsv)."""
    return dict(data_table("goal_reasons.tsv"))


@dataclass(slots=True)
class _ClauseContext:
    """What a clause says around its amounts: where its content stands, its subjects,
    and the subjects carried from the paragraph and the ；-chain."""

    clause: Clause
    start: int  # content, without blanks and a leading enumerator
    end: int
    subjects: list[str]
    joint: bool  # A和B共…: a joint total, no single subject's
    whole: str | None
    chain_subject: str | None
    amounts: list[Quantity] = field(default_factory=list)  # the clause's amounts that are goals


@dataclass(slots=True)
class _Candidate:
    """An amount taken as a goal, with what was decided about it before its indicator,
    scopes and distribution are read."""

    q: Quantity
    context: _ClauseContext
    comparator: str
    comparator_end: int  # where the comparator word after the amount ends
    period: str | None
    kind: str
    reason: str  # a kind code and a period code of REASONS


@dataclass
class _SentenceMemory:
    """Indicators earlier clauses of a sentence named with a noun of their own, for the
    changes after them (地区生产总值…，同比增长5%): sentence → the last, and all in order."""

    last: dict[int, str] = field(default_factory=dict)
    named: dict[int, list[str]] = field(default_factory=dict)
    # sentence → the indicator a list of places and their amounts shares (新签约项目潍坊5个、
    # 聊城3个: 新签约项目)
    place_list: dict[int, str] = field(default_factory=dict)
    # the start of a pair's second amount → the indicator the first named (由18%降至14.4%,
    # 增长12.6%达92.9亿元)
    paired: dict[int, str] = field(default_factory=dict)
    # sentence → the set of projects or firms its last count named (自治区重大项目11项)
    counted: dict[int, str] = field(default_factory=dict)

    def remember(self, sentence: int, indicator: str) -> None:
        self.last[sentence] = indicator
        self.named.setdefault(sentence, []).append(indicator)


class _Extractor:
    def __init__(self, doc: ExtractionDoc, decisions: list[Decision]):
        text, meta = doc.text, doc.meta
        self.text = text
        self.meta = meta
        self.t = _tables()
        self.decisions = decisions  # the numbers weighed and left, with the reason
        self.memory = _SentenceMemory()
        self.whole_of_line: dict[int, str] = {}  # line → 全市 / region carried through the paragraph
        self.subject_of_chain: dict[int, str] = {}  # chain → a single named subject
        self._prefix_memo: dict[str, tuple[str | None, bool]] = {}
        self._threshold_ends: dict[int, int] = {}  # chain → threshold_end of its clauses
        self._introducers: dict[int, list[re.Match[str]]] = {}  # line → its list introducers
        self._programmes: dict[int, bool] = {}  # sentence → whether it lists a year's programme
        self.opened_lists: set[int] = set()  # sentences whose list of places an opener (依次为:) opened
        self.report = doc.meta.report
        # News whose headline tells that a body issued a document (呼和浩特政府公布今年重点任务
        # 分工及时限) restates that document: its figures with no cue are the plan's.
        self.announced = self.report and bool(meta.title) and announces_a_document(meta.title)
        # line → (kind, period) its top-level section sets: a work report reviews last
        # year (一、2020年工作回顾) and then sets this year's targets (二、2021年主要目标).
        self.section_of_line = _sections(doc.sections, meta.year, self.report)
        # A task table's cells: (start, end, (kind, period, reason)) in text order.
        cells = _sections({start: sec for start, (_, sec) in doc.cell_sections.items()}, meta.year, self.report)
        self.table_cells = sorted((start, doc.cell_sections[start][0], how) for start, how in cells.items())
        self.table_cell_starts = [c[0] for c in self.table_cells]
        years = meta.plan_years or ([meta.year] if meta.year else [])
        self.default_period = str(years[0]) if len(years) == 1 else None
        self.year = meta.year
        # A page dated the year before the one it plans (news in December of next year's
        # targets): its 今年 and 去年 count from the year it was written. A later date (a
        # repost's) changes nothing.
        written = int(meta.issued[:4]) if meta.issued else None
        self.issued_year = written
        self.year_written = written if self.year and written == self.year - 1 else self.year
        self.line_starts = doc.line_starts
        self.row_names = doc.row_names
        self.row_scopes = doc.row_scopes
        self.quantities = doc.quantities
        self.clauses = doc.clauses
        self.starts = [c.start for c in self.clauses]
        self.q_starts = [q.start for q in self.quantities]
        self.groups: dict[str, dict[int, list[Clause]]] = {"chain": {}, "sentence": {}}
        for c in self.clauses:
            self.groups["chain"].setdefault(c.chain, []).append(c)
            self.groups["sentence"].setdefault(c.sentence, []).append(c)
        self.headline_lines = self._headline_lines()
        self.box_lines = self._restating_box_lines()
        self.report_quarter = self._quarter_of_headline() if self.report else None
        self._part_of_year_named = bool(self.report and self.t.preliminary["part"].search(text))
        # News of a work report plans its year and reviews the one before: a result it
        # names no period for is of that year.
        # (the title may name the report where the text spells it out spaced: 政 府 工 作 报 告)
        reviews = self.report and self.year and self.t.work_report in f"{meta.title or ''}{text}" \
            and not self.report_quarter
        self.reviewed_year = str(self.year - 1) if reviews else None

    def _quarter_of_headline(self) -> str | None:
        """The one quarter a report's headline says it covers (蒙城一季度招商引资工作开门红,
        1—3月…, “开门红”), as a period: its figures that name no period of their own, or
        only the year so far (今年以来), are that quarter's."""
        title, t = self.meta.title or "", self.t
        if not self.year:
            return None
        quarters = {read_int(m.group(1)) for m in t.quarter_re.finditer(title)
                    if not t.quarter_award.match(title, m.end())}
        quarters |= {1 for m in t.period_re.finditer(title) if t.periods[m.group(0)] == "first-quarter"}
        for m in _MONTH_RUN.finditer(title):
            if quarter := _quarter_of_months(read_int(m.group("first")), read_int(m.group("last"))):
                quarters.add(quarter)
        return f"{self.year}Q{quarters.pop()}" if len(quarters) == 1 else None

    def _line(self, i: int) -> str:
        ls = self.line_starts[i]
        le = self.text.find("\n", ls)
        return self.text[ls: le if le >= 0 else len(self.text)].strip()

    def _headline_lines(self) -> set[int]:
        """Lines of a headline that repeats figures of the body (news), skipped: the title
        line, and the subtitle lines right under it (今年地区生产总值增长5.5%左右) that end
        no sentence and whose every amount the text states again below."""
        # The headline may print spaces the title was read without.
        title = re.sub(r"\s+", "", self.meta.title or "")
        # It may close on a layout mark the title leaves out (…3989个(主题)).
        first = next((i for i in range(min(5, len(self.line_starts)))
                      if title and title in _head_forms(re.sub(r"\s+", "", self._line(i)))), None)
        if first is None:
            return set()
        lines = {first}
        following = [i for i in range(first + 1, min(first + 6, len(self.line_starts))) if self._line(i)]
        for i in following[:2]:
            line = self._line(i)
            below = self.text[self.line_starts[i + 1]:] if i + 1 < len(self.line_starts) else ""
            amounts = [self.text[q.start:q.end] for q in self.quantities
                       if self.line_starts[i] <= q.start < self.line_starts[i] + len(line) + 1]
            if "。" in line or len(line) > MAX_SUBTITLE or not amounts or not all(a in below for a in amounts):
                break
            lines.add(i)
        return lines

    def _restating_box_lines(self) -> set[int]:
        """Lines of a data box that restates the body's figures (1至9月 / 三水区引入项目82个 /
        协议出资额229.66亿元 …): a run of `_BOX_MIN_LINES` short lines or more that end no
        sentence, every amount of which the text stated above the run."""
        out: set[int] = set()
        run: list[int] = []
        for i in range(len(self.line_starts) + 1):
            line = self._line(i) if i < len(self.line_starts) else None
            # A table's cell a line (95% under 当前进度) is no box, however short.
            if line and len(line) <= MAX_SUBTITLE and not _BOX_BREAK.search(line) \
                    and self.line_starts[i] not in self.row_names:
                run.append(i)
                continue
            if len(run) >= _BOX_MIN_LINES and self._restated(run):
                out.update(run)
            run = []
        return out

    def _restated(self, run: list[int]) -> bool:
        start = self.line_starts[run[0]]
        end = self.line_starts[run[-1]] + len(self._line(run[-1]))
        amounts = [self.text[q.start:q.end] for q in self.quantities if start <= q.start < end]
        above = self.text[:start]
        return bool(amounts) and all(a in above for a in amounts)

    # -- lookups --
    def clauses_where(self, attr: str, value: int) -> list[Clause]:
        return self.groups[attr].get(value, [])

    # -- filters --
    def not_goal(self, q: Quantity, cl: Clause) -> str | None:
        """Why the amount is no goal whatever its clause says (a REASONS code), or None."""
        text = self.text
        before = text[max(0, q.start - 6):q.start]
        after = text[q.end:q.end + 6]
        if q.category not in _GOAL_CATEGORIES:
            return "unit"
        line_start = self._reach(self.line_starts[cl.line], q)
        if _inside_quotes(text, line_start, q.start):
            return "quoted-name"
        if _EXPLAINED_LABEL.search(text, line_start, q.start):
            return "label-explained"  # “353”产业体系(…3个千亿级…): the breakdown of a quoted label
        if self.t.before_bad_any.search(before):
            return "context-before"
        if self.t.after_bad_any.search(after):
            return "context-after"
        if q.unit in self.t.occasion_units and self.t.ranked_after.search(text[q.end:q.end + _RANKED_REACH]):
            return "context-after"
        if q.unit in ("名", "位") and _RANK_BEFORE.search(before):
            return "rank"
        if q.category == "duration" and after.startswith("的"):
            return "duration-of-noun"  # 参加3—12个月的就业见习
        if q.category == "duration" and self.t.recent_span.search(before):
            return "recent-span"  # 近三年合同外资到资比例: the years a figure covers
        # 北京、吉林…贵州10个省: the number counts the names just listed, it sets nothing.
        if q.unit.endswith(("个", "家", "省", "市")):
            # Names, not items carrying figures of their own (青岛4个、烟台4个、济南3个).
            names = HEADING_NUMBER.sub("", text[cl.start:q.start].rsplit("，", 1)[-1])
            listed = [] if _DIGIT.search(names) else _split_list(names)
            # The objects of a verb opening the list are counted as what it makes (建成投用沿浦、
            # 宜山…等8家卫生院): a goal.
            if len(listed) >= 3 and q.value in (len(listed), len(listed) + 1) \
                    and not self.t.lead_verb.match(names.lstrip()):
                return "count-of-list"
        if self._counts_subjects_of_respectively(q, cl) or self._roster_of_next_clause(q, cl):
            return "counted-subjects"
        if self._heading_count(q, cl):
            return "count-of-list"  # 一、先进市州(6个): the heading counts the names listed under it
        # 1-9月签约的143个项目中，134个处于正常推进状态: the whole a share is counted among.
        if _AMONG.fullmatch(text, q.end, cl.end) and (part := _NUMBER_AT.match(text, cl.end + 1)) \
                and text.startswith(q.unit, part.end()):
            return "among"
        sentence_start = self._reach(self.clauses_where("sentence", cl.sentence)[0].start, q)
        sentence = text[sentence_start:q.start]
        if self.t.sentence_bad_any.search(sentence):
            return "context-sentence"
        # 这5项预计10月底前全部完成;1170件…已完成948件: a forecast reaches to its chain's end (；).
        estimate = self.t.estimate_any.search(text, self._reach(self._chain_start(cl), q), q.start)
        if estimate and self.t.continuing.match(sentence) and cl.sentence - 1 in self.groups["sentence"]:
            # 其中,南京预计实现…: the sentence before names the year it goes on about.
            sentence = text[self.clauses_where("sentence", cl.sentence - 1)[0].start:q.start]
        if estimate and not self._past_year_named(sentence) and not self._reviewed(cl.line) \
                and not self._preliminary(sentence) and not self._estimates_the_year_before(cl, sentence):
            return "context-sentence"
        return None

    def _estimates_the_year_before(self, cl: Clause, sentence: str) -> bool:
        """Whether a 预计 sentence that names no year of its own follows, on its line, a
        sentence reviewing a past year (胡衡华说,2014年,…持续健康发展。预计完成地区生产总值
        7810亿元): the estimate is of that year's result."""
        if not self.report or _YEAR_CUE.search(sentence) or cl.sentence - 1 not in self.groups["sentence"]:
            return False
        before = self.clauses_where("sentence", cl.sentence - 1)
        if before[0].line != cl.line:
            return False
        return self._past_year_named(self.text[before[0].start:before[-1].end])

    @staticmethod
    def _reach(start: int, q: Quantity) -> int:
        """`start`, or as far back from the amount as its words are read (_SENTENCE_REACH)."""
        return max(start, q.start - _SENTENCE_REACH)

    def _chain_start(self, cl: Clause) -> int:
        """Where the clause's ；-chain starts, within its sentence: how far back a forecast
        or a plan's voice reaches."""
        return max(self.clauses_where("sentence", cl.sentence)[0].start, self.clauses_where("chain", cl.chain)[0].start)

    def _quantities_between(self, start: int, end: int) -> list[Quantity]:
        """The amounts that start in [start, end), found by bisection (not_goal asks per amount)."""
        return self.quantities[bisect_left(self.q_starts, start):bisect_left(self.q_starts, end)]

    def _counts_subjects_of_respectively(self, q: Quantity, cl: Clause) -> bool:
        """Whether the amount counts one of the subjects a 分别 list pairs its amounts with
        (4个省重点项目、8个市重点项目和12个集中开工项目，当年投资完成率分别达到100%、204%和98%):
        the counts say what the subjects are; the amounts after 分别 are the figures."""
        counts = self._quantities_between(cl.start, cl.end)
        if len(counts) < 2 or self.t.respectively in self.text[cl.start:cl.end] \
                or any(o.category != "count" or o.unit != q.unit for o in counts) \
                or not all(_JOINED.search(self.text, a.end, b.start) for a, b in pairwise(counts)):
            return False
        nxt = bisect_left(self.starts, cl.start) + 1
        if nxt >= len(self.clauses) or self.clauses[nxt].sentence != cl.sentence:
            return False
        paired = self.clauses[nxt]
        at = self.text.find(self.t.respectively, paired.start, paired.end)
        listed = self._quantities_between(at + 1, paired.end) if at >= 0 else []
        return len(listed) == len(counts) and all(o.unit != q.unit for o in listed)

    def _preliminary(self, sentence: str) -> bool:
        """Whether 预计 in the sentence gives last year's preliminary result: news of a work
        report dated in the first months of the year it plans (预计地区生产总值超过2100亿元, on
        24 January), where the sentence names no period of its own (预计今年… is a forecast)."""
        if self._year_end_estimate(sentence):
            return True
        issued = self.meta.issued
        if not (self.reviewed_year and issued and self.year and issued[:4] == str(self.year)):
            return False
        if int(issued[5:7]) > _PRELIMINARY_MONTHS:
            return False
        return not _YEAR_CUE.search(sentence) and not self.t.period_re.search(sentence)

    def _year_end_estimate(self, sentence: str) -> bool:
        """Whether 预计 in a report gives its whole year's result (全年完成7个项目签约入园,
        预计引进到位市外资金6.6亿元): a year the text does not say is still going on (1至11月份),
        with nothing still to come after the word (预计全年将完成 forecasts)."""
        t = self.t
        if not self.report or not t.preliminary["whole"].search(sentence) or self._part_of_year_named:
            return False
        estimate = t.estimate_any.search(sentence)
        return bool(estimate) and not t.preliminary["ahead"].search(sentence, estimate.end())

    def _heading_count(self, q: Quantity, cl: Clause) -> bool:
        """Whether the amount is a count in brackets closing a numbered heading (二、先进企业(9户))."""
        text, start = self.text, self.line_starts[cl.line]
        end = text.find("\n", q.end)
        return (q.category == "count" and text[q.start - 1:q.start] in ("(", "（")
                and text[q.end:end if end >= 0 else len(text)].strip() in (")", "）")
                and HEADING_NUMBER.match(text[start:q.start]) is not None)

    def _roster_of_next_clause(self, q: Quantity, cl: Clause) -> bool:
        """Whether the amount only counts the set the next clause gives figures of (全县133个重点
        项目，累计完成投资167.1亿元; 其中，42个涉市重点项目，…): a clause of a scope, a count and
        its noun, with no verb, before a clause with an amount."""
        if q.category != "count":
            return False
        before = _strip_clause(self.text, cl.start, q.start)
        lead = self.text[before[0]:before[1]].strip()
        after = self.text[q.end:cl.end].strip("，,、 ")
        if not (lead == "" or lead in self.t.roster_scopes or _is_place_name(lead)) \
                or not _NOUN_ONLY.fullmatch(after) or not after.endswith(self.t.roster_nouns):
            return False
        i = bisect_left(self.starts, cl.start) + 1
        nxt = self.clauses[i] if i < len(self.clauses) else None
        # Its figures are money, shares or measures: counts there are the next items of a list
        # (包括4个生物医药类项目,2个新能源类项目,…).
        return bool(nxt and nxt.sentence == cl.sentence
                    and any(o.category != "count" for o in self._quantities_between(nxt.start, nxt.end)))

    def _reviewed(self, line: int) -> bool:
        """Whether the line stands in a section reviewing the past (2022年工作回顾): what is
        预计 there is the reviewed year's preliminary result, not a forecast."""
        return self.section_of_line.get(line, ("", None, ""))[2] == "kind:section-review"

    def _past_year_named(self, seg: str) -> bool:
        """Whether `seg` names a year before the notice's (2024年… in a 2025 report, 去年):
        what is 预计 of it is a preliminary result, not a forecast."""
        if self.year is None:
            return False
        years = [int(m.group(1)) for m in _YEAR_CUE.finditer(seg)]
        previous = any(self.t.periods.get(m.group(0)) == "previous-year" for m in self.t.period_re.finditer(seg))
        return previous or any(y < self.year for y in years)

    def comparator(self, q: Quantity, cl: Clause, qs: list[Quantity]) -> tuple[str, int]:
        """Comparator from the words after, else before, the number; and where it ends."""
        text = self.text
        if q.upper is not None:
            return ">=", q.end
        rest = text[q.end:cl.end].lstrip(" \u00a0")
        skipped = len(text[q.end:cl.end]) - len(rest)
        if rest.startswith(self.t.post_words):
            for word, comp in self.t.post:
                if rest.startswith(word):
                    return comp, q.end + skipped + len(word)
        if q.approx_more:
            return ">", q.end
        if q.category == "duration" and rest.startswith(self.t.within) \
                and self.t.service_re.search(text, cl.start, cl.end):
            return "<=", q.end + skipped + len(self.t.within)  # 环评报告书14个工作日内…完成审批: a service time
        # 压缩至3个工作日、1个工作日以内: the word after the last of a 、-list of amounts
        # binds every amount in it.
        # Each joiner is one character: none right after the amount, no list.
        following = [o for o in qs if o.start >= q.end and o.unit == q.unit] \
            if text[q.end:q.end + 1] in _AMOUNT_JOINERS else []
        if following and text[q.end:following[0].start] in _AMOUNT_JOINERS:
            last = following[0]
            for nxt in following[1:]:
                if text[last.end:nxt.start] not in _AMOUNT_JOINERS:
                    break
                last = nxt
            if last.value == q.value:
                # 分别增长8%和8%以上: the same figure twice differs only by the word after the last.
                following = []
            tail = text[last.end:cl.end].lstrip(" \u00a0") if following else ""
            gap = len(text[last.end:cl.end]) - len(tail)
            for word, comp in self.t.post if tail.startswith(self.t.post_words) else ():
                if tail.startswith(word):
                    return comp, last.end + gap + len(word)
        # Before: the nearest comparator word; other amounts listed before this one
        # (不低于15%和10%) are stepped over.
        seg = text[cl.start:q.start]
        for other in reversed(qs):
            if other.end <= q.start and other.start >= cl.start:
                rel = other.start - cl.start
                seg = seg[:rel] + "#" * (other.end - other.start) + seg[other.end - cl.start:]
        best: tuple[int, str] | None = None
        for word, comp, not_after in self.t.pre if self.t.pre_any.search(seg) else ():
            idx = seg.rfind(word)
            if idx < 0:
                continue
            gap = seg[idx + len(word):]
            if len(word) == 1:
                # 约 605 万平方米: a PDF copy may set the amount apart with a space.
                if gap.strip(" ") or (idx > 0 and seg[idx - 1] in not_after):
                    continue
            else:
                gap_core = _MASKED_AMOUNTS.sub("", gap)
                if len(gap_core) > 8 or "#" in gap_core or ("（" in gap_core or "(" in gap_core):
                    continue
            if best is None or idx + len(word) > best[0]:
                best = (idx + len(word), comp)
        if best and q.unit not in self.t.margin_units:
            return best[1], q.end
        return "=", q.end

    def is_qualifier(self, q: Quantity, cl: Clause, qs: list[Quantity], reward: bool) -> bool:
        text = self.text
        later = [o for o in qs if o.start >= q.end]
        prev = [o for o in qs if o.end <= q.start]
        # 一个50亿元的项目: an amount right after a count describes the counted thing.
        if prev and prev[-1].end == q.start and prev[-1].category == "count" and q.category != "count":
            return True
        # 龙华大道DN500管道改造工程(1698米): a length or an area in brackets after a project names its size.
        if q.category == "measure" and text[q.start - 1:q.start] in _OPENS and text[q.end:q.end + 1] in _CLOSES \
                and self.t.project_end.search(text, cl.start, q.start - 1):
            return True
        # 1.5亿元2.5亿元: a range whose dash the scrape lost; neither end is a goal.
        if later and later[0].start == q.end and later[0].category == q.category and later[0].unit == q.unit:
            return True  # (40余次400余人 are two counts of two things)
        # 6亩以下(不含6亩)的土地: a bracket that restates the bound is stepped over; inside
        # it, the amount reads on past its close.
        # (Matched and spliced, as `_ASIDE.sub(r"\g<keep>", rest, count=1)` would: a sub with a
        # group in its template calls back into Python's re module even where nothing matches.)
        rest = text[q.end:cl.end]
        if aside := _ASIDE.match(rest):
            rest = (aside.group("keep") or "") + rest[aside.end():]
        m = self.t.after_amount.match(rest)
        tail = rest[m.end():] if m else rest
        has_de = bool(m and m.group(1))
        has_cmp = bool(m and m.group(0).strip(" 的"))
        if reward or self.t.after_target_noun.search(text, cl.start, q.start):
            return False
        if later and m and later[0].start == q.end + m.end() and later[0].category == "count" \
                and q.category in ("money", "magnitude") and not has_de:
            return True  # 新签约过亿元项目57个,过10亿元7个: the size class of the things counted
        starts_noun = bool(tail) and bool(HAN_CHAR.match(tail)) and not self.t.not_noun_start.match(tail)
        if starts_noun and q.unit in self.t.describing_units:
            return True  # 16—24岁失业青年: an age describes the people after it
        # X以上项目达到5个 / 12个方面69条: an amount before the noun another number counts.
        if later and starts_noun:
            between = text[q.end:later[0].start]
            growth = self.t.growth_re.search(self.t.up_to_comparison_re.sub(r"\1", between))
            # A 、 between ends the item: the next number belongs to the next item of a list
            # (“20个项目推出去、10个项目引进来”), not to this one's noun. A bare verb between
            # gives the level after the growth (增长12.6%达92.9亿元): two figures of one indicator.
            # A count given as the means (以) to another indicator a verb reaches
            # (以20个签约项目实现合同额13.76亿元) is a figure of its own; without 以 the
            # count names whose figure it is (推动31个重点项目实现年度投资58亿元).
            reported = q.category == "count" and not has_cmp and text.endswith(_BY_MEANS, 0, q.start) \
                and self.t.means_verb.search(between)
            # So does a conjunction before the next amount (173名个人和6个科技创新团队入选…).
            listed = "、" in between or _list_conjunction().search(between[-2:]) is not None
            if not ("（" in between or "(" in between or listed) and not growth \
                    and between.strip() not in self.t.bare_verbs and not reported:
                return True
        if later and has_de and later[0].start == q.end + m.end():
            return True
        if starts_noun and not has_de and q.category == "measure" and self.t.sized_project.match(tail):
            return True  # 100兆瓦分散式风力发电项目: the size of the project named after it
        # 100亩以上可供土地, 5亿元的工业项目: a size of the thing, not a count of it. A length
        # or an area with 的 and no bound is how much of the thing there is (建成200公里的农村通畅公路).
        if q.category == "measure" and has_de and not has_cmp and _depth_opened(text[cl.start:q.start]) < 0 \
                and not _PLACE_PHRASE.match(tail):
            return False
        # 50平方公里以上建设用地面积达到海绵城市建设目标要求: the bounded amount of what reaches a
        # standard, no amount of its own after it, is the goal.
        if has_cmp and not has_de and not later and self.t.reach_verb.search(tail):
            return False
        return bool(q.category in ("money", "measure", "magnitude") and (has_de or has_cmp) and starts_noun)

    def threshold_end(self, cl: Clause) -> int:
        """End of the last condition clause (…的,) in the chain; numbers before it are thresholds."""
        if cl.chain not in self._threshold_ends:
            self._threshold_ends[cl.chain] = self._find_threshold_end(cl.chain)
        return self._threshold_ends[cl.chain]

    def _find_threshold_end(self, chain_no: int) -> int:
        chain = self.clauses_where("chain", chain_no)
        end = -1
        # 对总投资5000万元以上…的项目,…按照投资额的10%,给予最高5000万元支持: what selects
        # the recipients of money granted after it, and the base it is reckoned from, are
        # conditions of the grant.
        granting = self.t.reward_any.search(self.text, chain[0].start, chain[-1].end) if chain else None
        grant = next((k for k, c in enumerate(chain) if self._grants_money(c)), None) if granting else None
        if grant:
            opening = self.text[chain[0].start:chain[grant].start]
            # (in rules, a tier of amounts before the grant is its condition: 投资总额300万元—1000万元
            # (含1000万元),一次性奖励2万元; 1000万元(不含1000万元)以上,一次性奖励3万元; not 实施…
            # 重点项目75个,市财政安排200万元…进行奖补, a count of work done)
            if self.t.recipients.search(opening) or self.t.reckoned_by.search(opening) \
                    or (not self.report and self._tiers(chain[0].start, chain[grant].start)):
                end = chain[grant - 1].end
        for i, c in enumerate(chain[:-1]):
            body = self.text[c.start:c.end].rstrip()
            condition = body.endswith("的") and _NUMERAL.search(body)
            # 对全年完成目标任务不足百分之六十的单位，取消…资格: a shortfall that selects whom
            # a sanction hits is a threshold, not a goal.
            rest = self.text[chain[i + 1].start:chain[-1].end]
            shortfall = self.t.shortfall.search(body) and self.t.sanction.search(rest)
            if condition or shortfall:
                end = c.end
        return end

    def _tiers(self, start: int, end: int) -> bool:
        """Whether every amount in [start, end) is a range or a bound (300万元—1000万元,
        1亿元以上, 1000万元(不含1000万元)): a tier of a scale, not a figure of work."""
        amounts = self._quantities_between(start, end)
        text = self.text
        return bool(amounts) and all(
            q.upper is not None or self.t.post_any.match(text, q.end)
            or (q.end < len(text) and text[q.end] in _TIER_MARKS) or (q.start > 0 and text[q.start - 1] in _TIER_MARKS)
            for q in amounts)

    def _grants_money(self, c: Clause) -> bool:
        """A clause that grants or fines an amount of money (给予最高5000万元支持)."""
        if not self.t.reward_any.search(self.text, c.start, c.end):
            return False
        inside = self.quantities[bisect_right(self.q_starts, c.start - 1):bisect_right(self.q_starts, c.end - 1)]
        return any(q.category in ("money", "magnitude") for q in inside)

    # -- context --
    def kind_of(self, q: Quantity, cl: Clause, reward: bool) -> tuple[str, str]:
        """Target, stretch, actual or reward, and the REASONS code for it: a reward word in
        the clause, else the last kind word before the number in its sentence, else the
        role of its section, else the notice's (a report's figures are achieved ones)."""
        if reward:
            return "reward", "kind:reward"
        # (高于目标2.1个百分点 is the margin a result beat its target by, no target)
        if self.t.after_target_noun.search(self.text, cl.start, q.start) and not (
                self.report and q.unit == "%" and self.t.completing.search(self.text, cl.start, q.start)) \
                and not (q.unit in self.t.margin_units and self.t.margin_against.search(self.text, cl.start, q.start)):
            return "target", "kind:target-noun"
        if self._in_quoted_aims(q, cl):
            return "target", "kind:quoted-aims"
        s0 = self._reach(self.clauses_where("sentence", cl.sentence)[0].start, q)
        seg = self.text[s0:q.start]
        kind = None
        by_year = None
        for m in self.t.kind_re.finditer(seg):
            word = m.group(0)
            # In a report 争取 reads "secured" (累计争取科技经费750万元), not "strive for".
            # 争取30家央企子公司落户 still strives for a count to come, and so does money it
            # strives to reach (争取…营业收入突破3000亿元).
            if self.report and word in self.t.not_in_report and q.category in ("money", "magnitude") \
                    and not self.t.reach_verb.search(seg, m.end()):
                continue
            if word in self.t.not_in_report and self._reviewed(cl.line):
                continue  # 五年来…争取上级转移支付资金140亿元: a review secured it
            if word in self.t.cumulative:
                # 到2029年…累计新增2万户: a total to reach by a year ahead, not one reached.
                by_year = _BY_YEAR.search(seg) if by_year is None else by_year
                if by_year and by_year.start() < m.start():
                    continue
            if self._trailing_remark(s0 + m.start(), s0):
                continue
            if self._count_ends_at(s0 + m.start()):
                continue  # 35个争取开工项目中…已开工建设15个: the word names a class of items counted
            if self.t.kinds[word] == "stretch" and (self._raised_alternative(s0 + m.start(), s0, q)
                                                      or self._raises_an_earlier_item(s0, s0 + m.start(), cl)):
                continue
            kind = self.t.kinds[word]
        if kind is not None:
            return kind, "kind:cue"
        # 主要预期目标是:…。一般公共预算总收入增长5%: the list goes on past the sentence.
        introducer = self._introducer_before(cl.line, s0)
        if introducer and not any(not self._trailing_remark(m.start(), introducer.start())
                                  for m in self.t.kind_re.finditer(self.text, introducer.end(), s0)):
            return self.t.kinds[introducer.group(0)], "kind:list-introducer"
        section = self._cell_section(q.start) or self.section_of_line.get(cl.line)
        if section:
            return section[0], section[2]
        # A plan's voice reaches to the end of its ；-chain, like a forecast.
        if self.report and (self.t.plan_voice.search(self.text, max(self._chain_start(cl), s0), q.start)
                            or self._breaks_down_a_plan(cl, s0)):
            return "target", "kind:plan-voice"
        if self.report and self._lists_a_programme(cl):
            return "target", "kind:programme"
        if self.announced:
            return "target", "kind:announced-plan"
        return ("actual", "kind:report-default") if self.report else ("target", "kind:plan-default")

    def _count_ends_at(self, pos: int) -> bool:
        """Whether a count of items ends right at `pos` (35个|争取开工项目)."""
        i = bisect_left(self.q_starts, pos) - 1
        return i >= 0 and self.quantities[i].end == pos and self.quantities[i].category == "count"

    def _raises_an_earlier_item(self, s0: int, pos: int, cl: Clause) -> bool:
        """Whether the stretch word at `pos`, in a ；-item before this clause's, follows a figure
        of its own clause: it raises that item's figure (超330亿元、力争达350亿元；固定资产投资年均
        增长7%), not the items after it. One that opens the sentence (力争…增长8%以上…；…增长8%)
        strives for them all."""
        if pos >= self._chain_start(cl):
            return False
        own = self.clauses[bisect_right(self.starts, pos) - 1]
        return bool(self._quantities_between(max(s0, own.start), pos))

    def _lists_a_programme(self, cl: Clause) -> bool:
        """Whether the clause's sentence lists a year's programme of projects: it gives the
        year's planned investment (年度投资140.3亿元) and reports no work done (完成)."""
        if cl.sentence not in self._programmes:
            clauses = self.clauses_where("sentence", cl.sentence)
            start, end = clauses[0].start, clauses[-1].end
            # (2021年,全县实施项目117个,…年度投资84.6亿元, in a report of 2022: a past year's, done)
            past = self.year is not None and any(
                int(m.group(1)) < self.year for m in _YEAR_CUE.finditer(self.text, start, end))
            # The noun's amount follows it at once (年度投资140.3亿元).
            self._programmes[cl.sentence] = not past and any(
                self.text[m.end():m.end() + 1].isdigit() for m in self.t.programme_at.finditer(self.text, start, end)
            ) and not self.t.completing.search(self.text, start, end)
        return self._programmes[cl.sentence]

    def _breaks_down_a_plan(self, cl: Clause, s0: int) -> bool:
        """Whether the sentence opens with 其中 or 涉及 and breaks down the plan the sentence
        before it on its line opens with (海原县计划实施项目126个。其中，续建项目33个): the plan's
        voice stands before that sentence's first amount (46个重点项目，…年内计划完成投资107亿元。
        其中… breaks down the projects, not the plan)."""
        sentence = cl.sentence
        while self.text.startswith(self.t.breakdown_openers, s0) and (
                before := self.clauses_where("sentence", sentence - 1)) and before[0].line == cl.line:
            if self.t.ends_on_target_noun.search(self.text[before[0].start:s0].rstrip("。. ")):
                return True  # 阐述了2019年…的预期目标建议。其中地区生产总值增长6.5%左右: the targets it names
            sentence, s0 = sentence - 1, before[0].start
            i = bisect_left(self.q_starts, s0)
            first = self.quantities[i].start if i < len(self.quantities) else len(self.text)
            if self.t.plan_voice.search(self.text, s0, first):
                return True
        return False

    def _in_quoted_aims(self, q: Quantity, cl: Clause) -> bool:
        """Whether the amount stands in a quoted list of aims that a target noun closes
        (围绕“…、工业销售收入突破1200亿元”目标)."""
        opened = self.text.rfind("“", self.line_starts[cl.line], q.start)
        if opened < 0 or self.text.rfind("”", opened, q.start) >= 0:
            return False
        closed = self.text.find("”", q.end)
        return closed >= 0 and self.t.aims_closer_at.match(self.text, closed + 1) is not None

    def _introducer_before(self, line: int, pos: int) -> re.Match[str] | None:
        """The last list introducer (目标是:) on the line before `pos`; each line is
        searched once."""
        if line not in self._introducers:
            start = self.line_starts[line]
            end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
            self._introducers[line] = list(self.t.list_introducer.finditer(self.text, start, end))
        return next((m for m in reversed(self._introducers[line]) if m.end() <= pos), None)

    def _cell_section(self, pos: int) -> tuple[str, str | None, str] | None:
        """(kind, period, reason) of the task-table column the position is in, if any."""
        i = bisect_right(self.table_cell_starts, pos) - 1
        if i >= 0 and pos < self.table_cells[i][1]:
            return self.table_cells[i][2]
        return None

    def _trailing_remark(self, pos: int, s0: int) -> bool:
        """Whether the clause at `pos` holds no amount and follows one of its sentence: a
        remark on the figure before it (增长5.5%左右，在实际工作中努力争取更好结果), whose
        cue word reaches no figure after it."""
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return False
        c = self.clauses[i]
        first = bisect_right(self.q_starts, s0 - 1)
        before = [q for q in self.quantities[first:bisect_right(self.q_starts, c.end)] if q.start < c.end]
        return bool(before) and all(q.start < c.start for q in before)

    def _raised_alternative(self, pos: int, s0: int, q: Quantity) -> bool:
        """Whether the stretch word at `pos` opens a clause raising the figure of the clause
        before it (保持在30微克/立方米以下，力争保持在25微克/立方米以下), so reaches no figure of
        a later clause (，空气质量优良天数比率保持在95%以上)."""
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return False
        c = self.clauses[i]
        if i == 0 or q.start < c.end or self.text[c.start:pos].strip() or self.clauses[i - 1].start < s0:
            return False
        before = self.clauses[i - 1]
        amounts = [x.start for x in self.quantities[bisect_right(self.q_starts, before.start - 1):
                                                    bisect_right(self.q_starts, c.end - 1)]]
        return any(a < before.end for a in amounts) and any(c.start <= a < c.end for a in amounts)

    def is_reward(self, q: Quantity, cl: Clause) -> bool:
        body = self.text[cl.start:cl.end]
        if q.category == "ratio":
            # 按实际固定资产投资额的0.5%奖励: a rate of a base the reward is reckoned by, the
            # reward word closing the clause after it (not 完成率达到80%奖励资金翻倍)
            word = self.t.reward_any.match(self.text, q.end)
            return word is not None and word.end() >= cl.end - 1 \
                and self.t.reckoned_by.search(self.text, cl.start, q.start) is not None
        return q.category in ("money", "magnitude") and any(w in body for w in self.t.reward_words)

    def period_of(self, q: Quantity, cl: Clause) -> tuple[str | None, bool, str]:
        """(period, is_recurrence, REASONS code). Recurrence words count only in the
        number's own clause; else the period named last before the number on its line,
        else its section's year, else the plan's one year."""
        own = self.text[cl.start:q.start]
        rec = None
        # A recurrence word (每月…) needs one of its first characters in the clause.
        for m in self.t.period_re.finditer(own) if self.t.recurrence_start_re.search(own) else ():
            p = self.t.periods[m.group(0)]
            if p.startswith("per-"):
                rec = p
        if rec:
            return rec, True, "period:recurrence"
        line_start = self._reach(self.line_starts[cl.line], q)
        candidates = self._named_periods(self.text[line_start:q.start])
        # The last named wins; of two named at one place, the one found later.
        best = max(reversed(candidates), key=lambda c: c[0], default=(-1, None, ""))
        # In a quarter's report 全年 is the quarter's, but not before a target of the year
        # (增速高于全年预定目标(增长10%)).
        if self.report_quarter and self.year and best[2] == "period:year-word" \
                and self.t.after_target_noun.search(self.text, cl.start, q.start):
            return str(self.year), False, "period:year-word"
        section = self._cell_section(q.start) or self.section_of_line.get(cl.line)
        # 全年完成地区生产总值181.8亿元 under 2025年工作回顾: the year the section reviews.
        if best[2] == "period:year-word" and section and section[1] and not any(
                code == "period:named-year" and at < best[0] for at, _, code in candidates) \
                and self.t.periods.get(self.t.period_re.match(self.text, line_start + best[0]).group(0)) == "year":
            return section[1], False, "period:section"
        if best[1] and not (self.report_quarter and best[2] == "period:year-word"):
            return best[1], False, best[2]
        if section and section[1]:
            return section[1], False, "period:section"
        if self.report_quarter:
            # The year word stays in the code: a target of 全年 in the report is the year's (_settle).
            return self.report_quarter, False, "period:report-quarter" + ("-year-word" if best[1] else "")
        return self.default_period, False, "period:plan-year" if self.default_period else "period:none"

    def _named_periods(self, seg: str) -> list[tuple[int, str, str]]:
        """Periods named in `seg`: (where, period, REASONS code), in the order of the rules."""
        t = self.t
        candidates: list[tuple[int, str, str]] = []
        # Each pattern needs a character the line often lacks: 十 (十四五), 年, 季度.
        if "十" in seg:
            for m in FIVE_YEAR_PLAN.finditer(seg):
                if self._plan_end_base(seg, m):
                    continue  # 是“十一五”末的1.6倍: the plan's end a multiple is of, no period
                if seg.endswith(_SAID_OF_A_YEAR, 0, m.start()) or t.plan_document.match(seg, m.end()):
                    # 2021年是“十四五”开局之年: a plan said of a year places the year in
                    # it; the year, named before, is the period. 完善“十三五”规划项目库
                    # names the plan's project list, no period.
                    continue
                if "。" in seg[m.end():] and not t.plan_span_after.match(seg, m.end()):
                    # 2010年,是实施“十一五”规划的最后一年…。初步核算,全县生产总值…: a plan a
                    # sentence before names no span for this one, unless as a time (“十一五”期间).
                    continue
                candidates.append((m.start(), five_year_span(m.group(1)), "period:five-year-plan"))
        if "年" in seg:
            for m in _YEAR_RANGE.finditer(seg):
                if _in_closed_bracket(seg, m.start()) and t.document_named.search(seg, 0, m.start() - 1):
                    continue  # 国土空间总体规划(2021—2035年)获批实施,…增长5.7%: the document's years
                span = m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)}-{m.group(2)}"
                candidates.append((m.start(), span, "period:year-range"))
            for m in _YEAR_CUE.finditer(seg):
                # A baseline year (在2021年…的基础上, 比2020年) is not the goal's period.
                around = seg[max(0, m.start() - 2):m.start()]
                after = seg[m.end():m.end() + 30]
                if t.baseline_before.search(around) and (around[-1] != "在" or t.baseline_after.search(after)):
                    continue
                if t.on_the_basis.match(after):
                    continue
                if t.multiple_of.search(around) and _MULTIPLE_AFTER.match(after):
                    continue  # 是2015年的1.5倍: the year a multiple is of
                if _YEAR_RANGE.search(seg[max(0, m.start() - 12):m.end()]):
                    continue
                if _in_closed_bracket(seg, m.start()):
                    continue  # 今年新开工项目26个(含2011年签约项目),开工率…: a note's year
                if _YEAR_OF_AMOUNT.match(seg, m.end()) and _CHAIN_OR_CLAUSE.search(seg, m.end()):
                    continue  # 增加至2021年的20.7亿元,…；累计完成投资601亿元: that amount's year only
                candidates.append((m.start(), m.group(1), "period:named-year"))
        # A quarter or a run of months is of the year named before it on the line (2022年1—3月),
        # else of the notice's.
        named = [(at, int(p)) for at, p, code in candidates if code == "period:named-year"]

        def year_at(at: int) -> int | None:
            return max((c for c in named if c[0] < at), default=(None, self.year_written))[1]

        if t.quarter_word in seg:
            for m in t.quarter_re.finditer(seg):
                if t.quarter_award.match(seg, m.end()):
                    continue  # 获得二季度全省投资“赛马”激励: the quarter names an award
                if t.compared_with.search(seg, max(0, m.start() - 1), m.start()):
                    continue  # 增速较1季度提高0.5个百分点: the quarter compared with, not the period
                if (year := year_at(m.start())) is not None:
                    candidates.append((m.start(), f"{year}Q{read_int(m.group(1))}", "period:quarter"))
        if "月" in seg:
            candidates.extend(self._month_runs(seg, year_at, named))
        within = set()
        for m in t.years_within.finditer(seg) if "年" in seg else ():
            within.add(m.start(1) + len(m.group(1)))  # its 年内 is no word for one year
            count, first = read_int(m.group(1)), year_at(m.start())
            if count and first is not None and 1 < count <= 10:
                candidates.append((m.start(), f"{first}-{first + count - 1}", "period:years-within"))
        year = self.year_written
        for m in t.period_re.finditer(seg) if year or named else ():
            if m.start() in within:
                continue
            if t.periods[m.group(0)] == "year":
                if year is not None and seg.endswith(t.previous_year_words, 0, m.start()):
                    continue  # 去年全年实现…: the whole of last year, which 去年 names
                # 2024年…预计可实现全年预期目标: 全年 is the year the line named before it.
                candidates.append((m.start(), str(year_at(m.start())), "period:year-word"))
            elif t.periods[m.group(0)] == "this-year":
                candidates.append((m.start(), str(year if year is not None else year_at(m.start())),
                                   "period:year-word"))
            elif t.periods[m.group(0)] == "first-quarter":
                if (in_year := year_at(m.start())) is not None:
                    candidates.append((m.start(), f"{in_year}Q1", "period:first-quarter"))
            elif year is None:
                continue
            elif t.periods[m.group(0)] == "previous-year":
                # 较去年同期提高6.3个百分点: last year as a baseline, not the period.
                baseline = t.compared_with.search(seg, 0, m.start()) or seg.startswith(t.same_period, m.end())
                if not baseline:
                    candidates.append((m.start(), str(year - 1), "period:last-year-word"))
        return candidates

    def _month_runs(self, seg: str, year_at: Callable[[int], int | None], named: list[tuple[int, int]]
                    ) -> list[tuple[int, str, str]]:
        """1—3月 (the first quarter's months) → 2022Q1; any other run of months (1—5月,
        1至8月份) → its year: the one printed with it (added to `named` for the runs after
        it), else `year_at` its place."""
        runs = []
        for m in _MONTH_RUN.finditer(seg):
            first, last = read_int(m.group("first")), read_int(m.group("last"))
            if first is None or last is None or not 1 <= first < last <= 12:
                continue
            if m.group("year"):
                named.append((m.start(), int(m.group("year"))))
            year = year_at(m.start() + 1)
            if year is None:
                continue
            quarter = _quarter_of_months(first, last)
            runs.append((m.start(), f"{year}Q{quarter}" if quarter else str(year),
                         "period:quarter-months" if quarter else "period:months"))
        return runs

    def subject_at(self, s: str) -> list[str]:
        """Subjects a clause starts with (沧州高新区、黄骅开发区、东光开发区…), or []."""
        t = self.t
        s = s.lstrip()
        for w in t.whole_scopes if s.startswith(t.whole_scopes) else ():
            if s.startswith(w):
                # 各地党政主要负责人: a longer named subject beginning with 各地 wins.
                longer, known = self._named_prefix(s)
                # 全市单位 is 全市 followed by a noun; 各地党政主要负责人 names a subject.
                extra = (longer or "")[len(w):]
                if longer and known and not self.t.suffix_re.fullmatch(extra):
                    return [longer]
                return [w]
        if places := _listed_places(s):
            return places
        items: list[str] = []
        known_any = False
        rest = s
        while True:
            name, known = self._named_prefix(rest)
            if not name:
                break
            items.append(name)
            known_any = known_any or known
            rest = rest[len(name):]
            if rest[:1] == "、" or (rest[:1] in ("和", "及") and self._named_prefix(rest[1:])[0]):
                rest = rest[1:]
                continue
            break
        if not items or not known_any or (rest and rest[0] == "、"):
            return []
        # 开发区特种车辆改装基地、…等14个项目: members of an enumeration, not subjects.
        if len(items) == 1 and _ENUMERATION.match(rest):
            return []
        return items

    def _own_level(self, name: str) -> bool:
        """全市 in a city's notice (全区 in a district's…), or 各地: the whole jurisdiction."""
        level = self.t.own_level.get(name)
        if level == "everywhere":
            return True
        region = self.meta.region or ""
        if level == "national":
            return region == name
        return name in self.t.whole_scopes and bool(region) and region.endswith(name[-1])

    def _named_prefix(self, s: str) -> tuple[str | None, bool]:
        # A name of two characters or more ends in a suffix's last character after the
        # first (brackets dropped, it still is one of s[1:_PREFIX_SPAN]): most clauses
        # have none there, and need neither the memo nor the search.
        if not self.t.suffix_last_re.search(s, 1, _PREFIX_SPAN):
            return None, False
        key = s[:_PREFIX_LOOKAHEAD]
        if key not in self._prefix_memo:
            self._prefix_memo[key] = self._find_named_prefix(key)
        return self._prefix_memo[key]

    def _find_named_prefix(self, s: str) -> tuple[str | None, bool]:
        """The longest prefix that names a subject, and whether it is a known kind of one:
        a place (gazetteer, the notice's region, 各县/其他县) or a body (…开发区, …负责人)."""
        t = self.t
        best: tuple[str | None, bool] = (None, False)
        for i, cand, bare in _prefix_candidates(s, t.suffix_last_re):
            if i + 1 < len(s) and s[i + 1] in "(（〔":
                continue
            if len(bare) < 2 or bare[-1] not in t.suffix_last:
                continue
            if _COUNTED.search(bare):
                continue
            found = t.suffix_re.search(bare)
            if found is None:
                continue
            suffix = found.group(0)
            if bare in t.unnamed_suffixes:
                continue  # 单位GDP能耗: 单位 alone names no one (per unit of GDP)
            core = t.not_in_core.sub("", bare)
            if t.scope_stop_re.search(core):
                break
            # 秦皇岛市委 / 市政府: an organ of the place speaks, the place is no goal's subject.
            if len(suffix) == 1 and t.organ_re.match(s, i + 1):
                continue
            if len(suffix) > 1 or is_place(bare) or bare == self.meta.region or bare.startswith(t.group_prefixes):
                best = (cand, True)
            elif len(bare) >= 3 and not best[1]:
                best = (cand, False)
        return best

    # -- main --
    def run(self) -> list[Goal]:
        by_clause: dict[int, list[Quantity]] = {}
        for q in self.quantities:
            i = bisect_right(self.starts, q.start) - 1
            if i >= 0 and self.clauses[i].start <= q.start < self.clauses[i].end:
                by_clause.setdefault(i, []).append(q)
        # A clause's subject is carried at most to the end of its line: clauses after the
        # last amount of their line need no subject.
        last_amount_clause = {self.clauses[i].line: i for i in by_clause}  # line → its last clause with an amount
        goals: list[Goal] = []
        for ci, whole in enumerate(self.clauses):
            if ci > last_amount_clause.get(whole.line, -1):
                continue
            for cl, qs in _clause_parts(whole, by_clause.get(ci, [])):
                context = self._clause_context(cl)
                if not qs:
                    continue
                if cl.line in self.headline_lines or cl.line in self.box_lines:
                    for q in qs:
                        self._leave(q, "headline" if cl.line in self.headline_lines else "restating-box")
                    continue
                for candidate in self._candidates(context, qs):
                    goals.extend(self._build(candidate))
        return _dedupe(goals)

    def _leave(self, q: Quantity, code: str) -> None:
        """Record that the amount `q` was weighed and left, and why (a REASONS code)."""
        self.decisions.append(Decision(span=(q.start, q.end), reason=f"goal:{code}"))
        log.debug("not a goal %s: %s", self.text[q.start:q.end], code)

    def _clause_context(self, cl: Clause) -> _ClauseContext:
        """The clause's content and its subjects; a single subject is remembered for the
        clauses after it (the notice's own level to the end of the line, another to the
        end of the ；-chain)."""
        a, b = _strip_clause(self.text, cl.start, cl.end)
        lead = self._strip_lead(self.text[a:b])
        subjects = self.subject_at(lead) or self._listed_before_each(cl, lead)
        joint = False
        if subjects:
            after_subj = lead[sum(len(x) for x in subjects) + len(subjects) - 1:]
            joint = bool(self.t.joint_re.match(after_subj))
            if len(subjects) == 1:
                name = subjects[0]
                if name == self.meta.region or self._own_level(name):
                    self.whole_of_line[cl.line] = name
                else:
                    # 全省 in a city's notice, or a named body: to the end of the ；-chain.
                    self.subject_of_chain[cl.chain] = name
        return _ClauseContext(cl, a, b, subjects, joint, self.whole_of_line.get(cl.line),
                              self.subject_of_chain.get(cl.chain))

    def _listed_before_each(self, cl: Clause, lead: str) -> list[str]:
        """The names the clause before lists, where this one opens on 各 (二等奖:武威市、庆阳市,
        各奖励80万元): each of them is a subject of the clause. [] otherwise."""
        if not _EACH.match(lead):
            return []
        i = bisect_left(self.starts, cl.start)
        if i == 0 or self.clauses[i - 1].sentence != cl.sentence:
            return []
        before = self.text[self.clauses[i - 1].start:self.clauses[i - 1].end].strip("，,。；; ")
        names = _split_list(_LABEL_BEFORE.sub("", before))
        if len(names) < 2 or any(_DIGIT.search(x) or _NOT_A_NAME.search(x) or not x or len(x) > _MAX_LISTED_NAME
                                 for x in names):
            return []
        return names

    def _candidates(self, context: _ClauseContext, qs: list[Quantity]) -> list[_Candidate]:
        """The clause's amounts that are goals, each with its comparator, period and kind;
        every other amount is left with its reason."""
        cl = context.clause
        thr_end = self.threshold_end(cl)
        cands = []
        for q in qs:
            reason = self.not_goal(q, cl) or ("threshold" if q.end <= thr_end else None)
            if reason:
                self._leave(q, reason)
            else:
                cands.append(q)
        chosen = []
        for q in cands:
            reward = self.is_reward(q, cl)
            if self.is_qualifier(q, cl, cands, reward):
                self._leave(q, "qualifier")
                continue
            comp, comp_end = self.comparator(q, cl, cands)
            period, recurrent, period_reason = self.period_of(q, cl)
            reason = self.deadline_or_article(q, comp, recurrent)
            if reason:
                self._leave(q, reason)
                continue
            kind, kind_reason = self.kind_of(q, cl, reward)
            kind, kind_reason, period, period_reason = self._settle(kind, kind_reason, period, period_reason)
            chosen.append(_Candidate(q, context, comp, comp_end, period, kind, f"{kind_reason} {period_reason}"))
        # What each goal's builder steps over: the clause's other amounts that are goals.
        context.amounts = [c.q for c in chosen]
        return chosen

    def _settle(self, kind: str, kind_reason: str, period: str | None, period_reason: str
                ) -> tuple[str, str, str | None, str]:
        """A goal's kind and period where each says something of the other (REASONS codes)."""
        if kind_reason == "kind:target-noun" and period and _QUARTER_PERIOD.fullmatch(period):
            # 一季度…增长58.3%(目标10.5%): the target a quarter's report compares with is the year's.
            return kind, kind_reason, period[:4], "period:year-target"
        if period_reason == "period:report-quarter-year-word" and kind in ("target", "stretch") and period:
            # 一季度…签约仪式 news quoting 力争全年新签约项目60个: the quarter's report, the year's aim.
            return kind, kind_reason, period[:4], "period:year-target"
        if self.reviewed_year and period_reason == "period:plan-year" and kind_reason == "kind:report-default":
            return kind, kind_reason, self.reviewed_year, "period:reviewed-year"
        if kind_reason == "kind:report-default" and period and period[:4].isdigit() and self.issued_year \
                and int(period[:4]) > self.issued_year:
            # News of a plan (2020-09-16: 到2025年全省森林覆盖率达到26%以上): a figure of a
            # year still to come when the page was written is no result.
            return "target", "kind:future-period", period, period_reason
        if kind_reason in _DEFAULT_TARGET and period_reason in _PAST_PERIOD and self.year \
                and period is not None and int(period[-4:]) < self.year:
            # 2015年,全区生产总值达到1026.39亿元 in a 2016 notice: a figure of a year gone.
            return "actual", "kind:past-year", period, period_reason
        return kind, kind_reason, period, period_reason

    def deadline_or_article(self, q: Quantity, comp: str, recurrent: bool) -> str | None:
        """Why an amount with no comparator is a deadline's or an article's (a REASONS
        code), or None: a cadence (每月通报一次) and a time limit (1个月的首谈资格) are
        deadlines, a cut in time (缩短9个工作日) is a goal; 一个/三对/两个层面 is an article
        or a descriptive count."""
        if comp != "=":
            return None
        # 每月通报一次 is a cadence; 每年招引亿元以上制造业项目100个 a yearly quantity of things.
        if recurrent and not (q.category == "count" and q.unit not in self.t.occasion_units
                              and not (q.chinese and q.value < _FEW)):
            return "cadence"
        if q.category == "duration" and not self.t.shortened_re.search(self.text[max(0, q.start - 3):q.start]):
            return "time-limit"
        if q.chinese and q.value < 10 and q.unit != "%":
            return "article"
        return None

    def _strip_lead(self, body: str) -> str:
        """`body` without the words in front that set kind or period (力争, 2025年, 全年).

        A lead word goes even when nothing follows it, a period or time only when
        something does. No period word or time begins like a lead word, so at most one
        of them applies at any point and the order of stripping does not matter."""
        s = body
        while m := self.t.lead_re.match(s):
            if m.lastgroup != "word" and m.end() == len(s):
                break
            s = s[m.end():]
        return s

    # -- building a goal: indicator, scopes, distribution --
    def _build(self, c: _Candidate) -> list[Goal]:
        if self._change_base(c):
            self._paired_amount(c)  # it still names the amount it is raised to
            self._leave(c.q, "change-base")
            return []
        if (subject := self._paired_amount(c)) is not None:
            if subject and not self.t.growth_re.match(subject):
                # 从1520亿元增加到2243.1亿元,年均增长8.6%: the growth after is of this indicator.
                self.memory.remember(c.context.clause.sentence, subject)
            return self._distribute(c, subject, self._scopes(c), max(c.q.end, c.comparator_end))
        indicator, opened = self._indicator_before(c)
        if placed := self._place_item(c, indicator):
            return self._distribute(c, placed[0], placed[1], max(c.q.end, c.comparator_end))
        if places := self._places_after(c):
            return self._distribute(c, indicator, places, c.context.end)
        indicator, ev_end = self._with_noun_after(c, indicator, opened)
        # A cell that names its own indicator (提标改造70个老旧小区 under 主要内容) keeps it.
        bare = not indicator or self.t.growth_re.match(indicator) or indicator in self.t.bare_verbs \
            or indicator in self.t.trail_words  # 控制在555万人以内: a verb only
        indicator = self._against_target(c) or self._borrow_indicator(c, indicator, ev_end)
        row_name = self.row_names.get(self.line_starts[c.context.clause.line])
        if row_name and row_name not in indicator and bare:
            # 增长8.5%左右 under 2016年预期目标, in the row of 地区生产总值: that indicator's.
            indicator = row_name + (indicator if self.t.growth_re.match(indicator) else "")
        return self._distribute(c, self._split_pair(c, indicator), self._scopes(c), ev_end)

    def _places_after(self, c: _Candidate) -> list[str]:
        """The places a list after the amount says it holds for (…超过50%的有A、B、C), or []."""
        m = self.t.places_after.match(self.text[c.comparator_end:c.context.end])
        places = m.group("places").split("、") if m else []
        return places if all(_is_place_name(p) for p in places) else []

    def _split_pair(self, c: _Candidate, indicator: str) -> str:
        """城乡居民收入分别增长12%和13%: a word naming two things (城乡) before 分别 and two
        amounts names two indicators, one an amount."""
        pre = self.text[c.context.clause.start:c.q.start]
        cut = pre.find(self.t.respectively)
        listed = [o for o in c.context.amounts if o.unit == c.q.unit]
        if cut < 0 or len(listed) != 2 or c.q not in listed or _JOINED.search(pre[:cut]):
            return indicator
        return self._pair_part(indicator, listed, c.q)

    def _pair_part(self, indicator: str, listed: list[Quantity], q: Quantity) -> str:
        """The part of a two-part indicator (城乡居民收入) the amount `q` of two `listed` is of:
        the first amount the first part's (城镇), the second the second's (农村)."""
        if len(listed) != 2 or q not in listed:
            return indicator
        for word, first, second in self.t.paired_words:
            if word in indicator:
                return indicator.replace(word, (first, second)[listed.index(q)], 1)
        return indicator

    def _indicator_before(self, c: _Candidate) -> tuple[str, int]:
        """The indicator the words before the amount name, and where in them a bracket
        still open at the amount opened (-1 for none)."""
        text, q, start = self.text, c.q, c.context.start
        pre = text[start:q.start]
        opened = _depth_opened(pre)
        if opened >= 0:
            # 1次(不少于2天): the indicator is the one before the bracket; a noun inside it
            # before the amount names a share of it (总投资3824亿元(占比56%)).
            # (目标控制在3.5%以内: the verb after the noun names nothing)
            # (棣花镇(…累计到位资金9050万元,占年度目标任务的36.2%: a later clause of the bracket
            # names this amount's noun)
            cut = max(pre.rfind("，", opened), pre.rfind(",", opened))
            inside_at = cut if cut > opened else opened
            inside = self.t.trailing_copula.sub("", self.t.pre_any.sub("", pre[inside_at + 1:]).strip())
            share = inside if inside in self.t.share_words else ""
            # 其中亿元以上项目达15个以上(亿元以上工业项目11个以上): a bracket that names a
            # noun of its own before the amount holds a goal of its own, under that noun.
            # 棣花镇(1-6月份累计到位资金9050万元: the months the bracket opens on name no noun.
            named = self.t.period_anywhere.sub("", _MONTH_RUN.sub("", inside))
            own = not share and len(named) >= _OWN_NOUN_IN_BRACKET and HAN_RUN.fullmatch(named)
            pre = pre[inside_at + 1:] if own else pre[:opened]
        else:
            share = ""
        # Drop other amounts and comparator words left in front of this one.
        # 分别为6.9%、49.9%和43.2%: amounts listed just before this one are cut off.
        cur = start + len(pre)
        # The amounts are in text order and do not overlap: reversed, nearest first.
        for other in reversed([o for o in c.context.amounts if o.end <= cur and o.start >= start]):
            if self.t.listed_before.fullmatch(text, other.end, cur):
                cur = other.start
            else:
                break
        # 环评报告书14个工作日内、环评报告表7个工作日内: the item before ends at its 、 (a
        # 分别 list pairs its names with its amounts instead).
        item_start = start
        for other in reversed([o for o in c.context.amounts if o.end <= cur and o.start >= start]):
            if self.t.respectively not in pre and (m := self.t.item_end.match(text, other.end)) and m.end() <= cur:
                item_start = m.end()
            break
        pre_clean = self.t.inline_note.sub("", pre[item_start - start: cur - start])
        # 我省去年多个指标迈进重要大关——城镇居民可支配收入30816元: a dash ends what
        # introduces the figures; the indicator is named after it.
        pre_clean = pre_clean.rsplit(_INTRODUCER, 1)[-1]
        if self.t.respectively in pre_clean:
            pre_clean = self._respectively(c, pre_clean)
        # A、B等14个项目: the members listed before 等 are not the indicator.
        if "等" in pre_clean and "、" in pre_clean[: pre_clean.rfind("等")]:
            verb = self.t.lead_verb.match(self._strip_lead(pre_clean))
            # 赴长三角、珠三角等地开展招商活动: 等地/等方面 close the list too.
            after_list = pre_clean[pre_clean.rfind("等") + 1:]
            rest = self.t.list_closer.sub("", after_list)
            pre_clean = (verb.group(0) if verb else "") + rest
        pre_clean = self._strip_lead(pre_clean)
        for word in self.t.long_pre_words if self.t.long_pre_any.search(pre_clean) else ():
            if word in pre_clean:
                pre_clean = _drop_outside_quotes(pre_clean, word)
        pre_clean = self.t.period_anywhere.sub("", pre_clean)
        subjects = "、".join(c.context.subjects)
        if subjects and pre_clean.startswith(subjects):
            pre_clean = pre_clean[len(subjects):]
        return _clean_indicator(pre_clean) + share, opened

    def _average_period(self, c: _Candidate, period: str | None, reason: str) -> tuple[str | None, str]:
        """(period, REASONS code) of an average (年均) over years, not one year (nor no period
        at all): the years of a change its sentence names (从2011年的1520亿元增加到2016年的…，年均
        增长8.6%), of its section (过去五年; 2021年生产总值288.7亿元，年均增长5.1%: the level is
        2021's, the average the five years'), reviewed on its line (五年来), of a five-year plan
        its line names (“十二五”时期), of the years ahead its line names (今后五年), or of the plan."""
        q, how = c.q, reason.split()[0]
        line_said = self.text[self._line_start(q.start):q.start]
        section = self.section_of_line.get(c.context.clause.line, ("", None, ""))[1]
        if change := self._change_years(q.start):
            return change, f"{how} period:change-average"
        if section and "-" in section:
            return section, f"{how} period:section-average"
        if self.year and (back := years_back(line_said)):
            return f"{self.year - back}-{self.year - 1}", f"{how} period:section-average"
        if plan := self._plan_of_year(q.start, period):
            return plan, f"{how} period:section-average"
        if period and (ahead := plan_span(line_said)):
            # 今后五年…：到2026年，…年均增长7%: the five years to the one named, or from the plan's year on.
            first = int(period) - ahead + 1 if "named-year" in reason else int(period)
            return f"{first}-{first + ahead - 1}", f"{how} period:section-average"
        if len(self.meta.plan_years) > 1:
            return f"{min(self.meta.plan_years)}-{max(self.meta.plan_years)}", f"{how} period:plan-average"
        return period, reason

    def _plan_of_year(self, pos: int, period: str | None) -> str | None:
        """The span of the five-year plan the line names before `pos` (“十二五”时期) that holds
        the year `period` (or any, where the figure has none), else None."""
        spans = [five_year_span(m.group(1)) for m in FIVE_YEAR_PLAN.finditer(self.text, self._line_start(pos), pos)]
        if not spans:
            return None
        first, last = (int(y) for y in spans[-1].split("-"))
        holds = period is None or (_FOUR_DIGITS.fullmatch(period) is not None and first <= int(period) <= last)
        return spans[-1] if holds else None

    def _plan_end_base(self, seg: str, m: re.Match[str]) -> bool:
        """Whether the five-year plan `m` in `seg` is named by its end as the base of a
        multiple (是“十一五”末的1.6倍)."""
        return self.t.multiple_of.search(seg[:m.start()].rstrip("“\"")) is not None \
            and self.t.plan_end_of.match(seg, m.end()) is not None

    def _line_start(self, pos: int) -> int:
        return self.line_starts[bisect_right(self.line_starts, pos) - 1]

    def _change_years(self, pos: int) -> str | None:
        """The years after the first of a change its sentence names before `pos`, to the last
        (从2011年的1520亿元增加到2016年的2243.1亿元 → 2012-2016), or None."""
        said = self.text[max(self._line_start(pos), pos - _CHANGE_REACH):pos]
        said = said[said.rfind("。") + 1:]
        changes = list(_CHANGE_YEARS.finditer(said))
        if not changes or int(changes[-1].group(2)) <= int(changes[-1].group(1)):
            return None
        return f"{int(changes[-1].group(1)) + 1}-{changes[-1].group(2)}"

    def _change_base(self, c: _Candidate) -> bool:
        """Whether the amount is the level a change starts from, with no year of its own
        (城市化率从59.5%提高到62.9%; 返还标准由…失业保险费的50%提高到100%): a baseline the
        sentence moves away from, neither reached nor to reach. A start with its own year
        (由2012年的18%，降至2023年的14.4%) is that year's figure, and a goal."""
        text, q = self.text, c.q
        i = bisect_left(self.q_starts, q.start)
        m = self.t.changed_from.search(text, c.context.start, q.start)
        return bool(m and not _YEAR_IN.search(m.group(0)) and i + 1 < len(self.quantities)
                    and self.t.changed_to.fullmatch(text, q.end, self.quantities[i + 1].start))

    def _paired_amount(self, c: _Candidate) -> str | None:
        """The indicator of either amount of a pair that names it once: a change from one
        amount to another (…比率由2012年的18%，降至2023年的14.4%; 城镇化率由58%提高到62%),
        both of the subject named before 由/从; a growth and the level it reached (地区生产总值
        增长12.6%达92.9亿元), the level of the indicator that grew. None for any other amount."""
        text, q, qs = self.text, c.q, self.quantities
        i = bisect_left(self.q_starts, q.start)
        if q.start in self.memory.paired:
            return self.memory.paired[q.start]
        if i + 1 >= len(qs):
            return None
        nxt = qs[i + 1]
        if (m := self.t.changed_from.search(text, c.context.start, q.start)) \
                and self.t.changed_to.fullmatch(text, q.end, nxt.start):
            subject = self._indicator_before(replace(c, q=replace(q, start=m.start())))[0] \
                or self._clause_before(c.context.clause)
            if subject:
                self.memory.paired[nxt.start] = subject
                return subject
        elif q.unit == "%" and nxt.start < c.context.end \
                and text[max(q.end, c.comparator_end):nxt.start].strip() in self.t.bare_verbs:
            growth = self._indicator_before(c)[0]
            if self.t.trailing_growth_re.search(growth):
                self.memory.paired[nxt.start] = self.t.trailing_growth_re.sub("", growth)
                return growth
        return None

    def _label_before(self, cl: Clause) -> str:
        """The indicator a label names just before the clause, closed by a colon in its
        sentence (1.地区生产总值(第1项):增长6.1%), without its item number and bracketed
        notes; '' where there is none."""
        i = bisect_left(self.starts, cl.start)
        if i == 0:
            return ""
        between = self.text[self.clauses[i - 1].end:cl.start].strip()
        # 地区生产总值 | 增长5.5%: a table row's cell before names what the next one measures.
        if not (self.clauses[i - 1].sentence == cl.sentence and between in (":", "：")
                or between == "|" and "\n" not in self.text[self.clauses[i - 1].start:cl.start]):
            return ""
        a, b = _strip_clause(self.text, self.clauses[i - 1].start, self.clauses[i - 1].end)
        label = _ITEM_NOTE.sub("", self.text[a:b].rstrip(":：")).strip()
        if marker := match_marker(label):
            label = label[marker[2]:]
        label = _clean_indicator(self._strip_lead(label))
        return label if 2 <= len(label) <= _MAX_LABEL and not label.isdigit() \
            and not self.t.period_re.search(label) else ""

    def _clause_before(self, cl: Clause) -> str:
        """The words of the clause before `cl` in its sentence (每创造100元GDP所支出的物流费用，
        从18元下降到14.4元: the subject stands there), or ''."""
        i = bisect_left(self.starts, cl.start)
        if i == 0 or self.clauses[i - 1].sentence != cl.sentence:
            return ""
        a, b = _strip_clause(self.text, self.clauses[i - 1].start, self.clauses[i - 1].end)
        return _clean_indicator(self._strip_lead(self.text[a:b]))

    def _respectively(self, c: _Candidate, pre_clean: str) -> str:
        """对…分别给予500万、300万元: what follows 分别 is the indicator, what precedes names
        the subjects or items it distributes over."""
        q, start, subjects = c.q, c.context.start, c.context.subjects
        cut = pre_clean.rfind(self.t.respectively)
        after = pre_clean[cut + len(self.t.respectively):]
        for word, _, _ in self.t.pre:
            after = _drop_outside_quotes(after, word) if len(word) > 1 else after
        if self.t.baseline_only.fullmatch(pre_clean[:cut].strip()):
            # 年均分别增长13%和15.6%: a baseline before 分别 names no items; the growth borrows them.
            return pre_clean[:cut].strip() + after.strip()
        named = _split_list(self.t.each_end.sub("", _MODAL_END.sub("", self._strip_lead(pre_clean[:cut]))))
        listed = [o for o in c.context.amounts if o.start >= start + cut]
        if not any(named) and len(listed) > 1 and q in listed \
                and (counted := self._counted_before(c.context.clause, len(listed))):
            # 汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、…: the
            # clause before counts the items; each amount is its item's measure.
            items, measure = counted
            return items[listed.index(q)] + measure + after
        if len(named) < len(listed) and len(joined := _split_last_conjunction(named)) == len(listed):
            named = joined  # 城镇和农村常住居民人均可支配收入分别达36739元和12555元
        elif len(listed) > 1 and q in listed and all(not x or self.t.estimate_any.fullmatch(x) for x in named) \
                and self.t.growth_re.match(after.strip()) \
                and len(before := self._list_before(c.context.clause, len(listed))) == len(listed):
            # 地区生产总值、规模工业增加值…,预计分别增长5.8%、5%…: the clause before lists the items
            # whose changes these are (not 对…企业,分别给予奖励50万元、20万元: a reward names itself).
            return before[listed.index(q)] + after.strip()
        items = named if named == subjects[:len(named)] else _share_ends(named)
        if len(items) == len(listed) > 1 and q in listed and items == subjects[:len(items)]:
            # 高新区、临港经济开发区分别签约项目52个、41个: the items are the subjects
            # (scopes, paired below); what follows 分别 is the indicator.
            return after
        if len(items) == len(listed) > 1 and q in listed:
            # 花生种植、收获机械化率分别达到65%和55%: the i-th item takes the i-th amount, and
            # the growth said after 分别 (城镇居民和农村居民人均可支配收入分别增长7%和8%).
            growth = after.strip() if self.t.growth_re.match(after.strip()) else ""
            return items[listed.index(q)] + growth
        if len(items) == 1 and items[0] and self.t.growth_re.match(after.strip()):
            # 城乡居民人均可支配收入分别增长8%和9%: one named indicator, several rates.
            return items[0] + after.strip()
        # 收入分别完成38305元和15716元: a verb alone after 分别 names nothing; the words before
        # do, where there are any (…增长12%和13%,分别达43366元: the verb borrows).
        if (named_after := _clean_indicator(self.t.leading_copula.sub("", after.strip()))) \
                and not (named_after in self.t.bare_verbs and pre_clean[:cut].strip()):
            return after
        return pre_clean[:cut]

    def _list_before(self, cl: Clause, n: int) -> list[str]:
        """The items the clause before `cl` in its sentence lists, where it lists `n` (its last
        two may be joined by 和), else []."""
        i = bisect_left(self.starts, cl.start)
        if i == 0 or self._quantities_between(self.clauses[i - 1].start, self.clauses[i - 1].end):
            return []  # a clause of amounts (…增长12%和13%,分别达…) lists no names
        items = [x for x in _split_list(self._clause_before(cl)) if x]
        if len(items) == n - 1:
            items = _split_last_conjunction(items)
        return items if len(items) == n else []

    def _counted_before(self, cl: Clause, n: int) -> tuple[list[str], str] | None:
        """(items, measure) of the clause before `cl` in its sentence where it lists `n` items
        and counts them (A、B、C三个行业增加值…): the measure is the noun after the count, up to
        the words describing it. None otherwise."""
        i = bisect_left(self.starts, cl.start)
        if i == 0 or self.clauses[i - 1].sentence != cl.sentence:
            return None
        before = self._strip_lead(self.text[self.clauses[i - 1].start:self.clauses[i - 1].end].strip("，,。；; "))
        m = self.t.count_of_items.search(before)
        if not m or read_int(m.group("n")) != n:
            return None
        items = before[:m.start()].split("、")  # (酒饮料和精制茶制造业 is one item: 和 does not split)
        if len(items) != n or not all(items):
            return None
        measure = self.t.described.split(before[m.end():], maxsplit=1)[0]
        return items, _clean_indicator(measure)

    def _with_noun_after(self, c: _Candidate, indicator: str, opened: int) -> tuple[str, int]:
        """The indicator with the noun that follows the amount (每年至少召开2次以上重点外资
        企业座谈会), and where the goal's evidence ends."""
        text, q, comp_end, b = self.text, c.q, c.comparator_end, c.context.end
        post_end = comp_end
        rest = text[comp_end:b]
        # 分别给予500万、300万元资金奖励: step over the amounts listed after this one.
        comp_end_for_post = comp_end
        for other in c.context.amounts:
            if other.start < comp_end_for_post:
                continue
            if self.t.listed_after.fullmatch(text, comp_end_for_post, other.start):
                comp_end_for_post = other.end
            else:
                break
        if comp_end_for_post != comp_end:
            # 分别增长8%左右和9%以上: the last amount's bound is its own, no noun of this one.
            comp_end_for_post = self.t.bound_after.match(text, comp_end_for_post).end()
            rest = text[comp_end_for_post:b]
        if rest[:1] == " " and HAN_CHAR.match(rest, 1):
            # 新增 7069张 公办养老床位: a post sets its figures apart with spaces.
            rest, comp_end_for_post = rest[1:], comp_end_for_post + 1
        post = ""
        if rest[:1] == "“" and HAN_CHAR.match(rest, 1):
            rest = rest[:rest.find("”") + 1] or rest  # 新增16个“文化驿站”: a noun in quotation marks
        if rest and (HAN_CHAR.match(rest[0]) or rest[0].isdigit() or rest[0] == "“") and not opened >= 0:
            cut = _OPEN_ROUND.search(rest)
            post = rest[: cut.start()] if cut and cut.start() > 0 else rest
            if rest.startswith(("(", "（")):
                post = ""
            post = post.lstrip("的")
            if post:
                post_start = comp_end_for_post + rest.find(post)
                # 以20个签约项目实现合同额13.76亿元: the noun ends where a verb reaches the next amount's.
                later = next((o for o in c.context.amounts if o.start >= post_start), None)
                means = self.t.means_verb.search(text, post_start, later.start) if later else None
                if means and means.start() > post_start:
                    post = text[post_start:means.start()]
                elif later and self.t.noun_and.fullmatch(text, post_start, later.start):
                    post = text[post_start:later.start - 1]  # 173名个人和6个…: the noun up to the 和
                post_end = post_start + len(post)
        if post and post not in self.t.milestone_nouns:
            indicator = _clean_indicator(indicator + post) if indicator else _clean_indicator(post)
        return indicator, max(q.end, comp_end, post_end if post else 0)

    def _place_item(self, c: _Candidate, indicator: str) -> tuple[str, list[str]] | None:
        """(indicator, places) of an item of a list of places and their amounts: 新签约项目潍坊5个、
        聊城3个、济南2个 — the measure named before the first place is every item's, the
        place its scope. The first item ends with a place, the others are one."""
        sentence = self.memory.place_list
        key = c.context.clause.sentence
        if not indicator and len(c.context.subjects) == 1 and self._only_subjects(c):
            indicator = c.context.subjects[0]  # 金安区93.5%: the place was read as the clause's subject
        if not indicator:
            return None
        named = self._named_before_list(c)
        # After an opener (依次为:宜都13个,夷陵5个,枝江、当阳0个) a short name is an item's, even
        # a county's two characters, which elsewhere are a word as often as a place.
        names = _split_list(indicator)
        opened = (named or key in self.opened_lists) and all(_SHORT_NAME.fullmatch(x) for x in names)
        if len(indicator) <= _MAX_PLACE and (_is_place_name(indicator) or opened
                                             or self._named_prefix(indicator) == (indicator, True)):
            # 开工率分别为:金安区93.5%、…: the measure named before 分别 opens a list.
            if named:
                sentence[key] = self._strip_lead(named)
                self.opened_lists.add(key)
            if base := sentence.get(key) or self.memory.last.get(key):
                sentence[key] = base  # 市开发区39个 in a list of counties: a place too, no measure
                return base, names if opened else [indicator]
            return None
        rest = self.text[c.comparator_end:c.context.end]
        if rest.startswith("、") and _is_place_name(_leading_place(rest[1:])) \
                and (place_at := _place_suffix(indicator)):
            base = _clean_indicator(indicator[:place_at])
            if base:
                sentence[key] = base
                return base, [indicator[place_at:]]
        return None

    def _named_before_list(self, c: _Candidate) -> str:
        """The measure a list names before its opener (分别为:, 依次为:) in the amount's
        sentence, if the list starts at this amount: the last clause before the opener that
        is neither an item with its amount nor a class of places (第一类县(市、区) says whose
        figures follow; the measure was named before it)."""
        sentence_start = self._reach(self.clauses_where("sentence", c.context.clause.sentence)[0].start, c.q)
        said = self.text[sentence_start:c.q.start]
        openers = list(self.t.list_opener.finditer(said))
        if not openers or not _OPENED_ITEM.fullmatch(said, openers[-1].end()):
            return ""
        for part in reversed(_CLAUSE_BREAK.split(said[:openers[-1].start()])):
            part = self.t.list_ranked.sub("", self.t.list_order.sub("", part)).strip()
            if part and not _ENDS_ON_AMOUNT.search(part) and not _PLACE_CLASS.search(part):
                return _clean_indicator(part)
        return ""

    def _against_target(self, c: _Candidate) -> str | None:
        """完成目标任务20亿元的56.3%: an amount after a noun naming a target is that target,
        named by the noun; the rate after it (or after the noun alone) is the target's 完成率.
        A bare noun (目标任务) is the target of the indicator just named in the sentence."""
        text, q, start = self.text, c.q, c.context.start
        noun_end = q.start
        if q.unit == "%":
            # The rate after 的: of the target amount before it, or of the noun alone.
            de = q.start
            while de > start and text[de - 1].isspace():
                de -= 1
            if de == start or text[de - 1] != "的":
                return None
            noun_end = de - 1
            while noun_end > start and text[noun_end - 1].isspace():
                noun_end -= 1
            before = [o for o in c.context.amounts if o.start >= start and o.end == noun_end]
            noun_end = before[-1].start if before else noun_end
        elif not c.reason.startswith("kind:target-noun"):
            return None
        if not self.t.after_target_noun.search(text, start, noun_end):
            return None
        noun = self.t.leading_verb.sub("", _clean_indicator(self._strip_lead(text[start:noun_end])))
        noun = self.t.trailing_copula.sub("", noun)
        if not noun or len(noun) > _MAX_TARGET_NAME:
            return None
        last = self.memory.last.get(c.context.clause.sentence)
        name = last + noun if noun in self.t.bare_target_nouns and last else noun
        name = self._of_counted_set(c.context.clause.sentence, name) or name
        return name + self.t.completion_rate if noun_end != q.start else name

    def _of_counted_set(self, sentence: int, indicator: str) -> str | None:
        """自治区重大项目11项,年度计划投资33亿元: a measure alone is of the projects just counted."""
        counted = self.memory.counted.get(sentence)
        of_set = indicator in self.t.set_measures or indicator.startswith(self.t.set_share)
        return counted + indicator if counted and of_set else None

    def _borrow_indicator(self, c: _Candidate, indicator: str, ev_end: int) -> str:
        """An indicator that is only a change or a verb borrows the one named before it in
        the sentence; one with its own noun is remembered for those after it."""
        text, q, cl, memory = self.text, c.q, c.context.clause, self.memory
        last = memory.last.get(cl.sentence)
        each = self.t.distributive.match(indicator)  # 均增长8.5%: a change of each item listed before
        each = each if each and each.group(0) != self.t.respectively else None
        own_noun = not self.t.growth_re.match(indicator[each.end():] if each else indicator)
        if not own_noun:
            # 同比增长5%: the growth of the indicator just before it in the sentence.
            # A、B、C…，分别比上年增长4.0%、9.2%、12.3%: the i-th amount is the growth of the
            # i-th of the last indicators named in the sentence.
            history = memory.named.get(cl.sentence, [])
            clause_pre = text[cl.start:q.start]
            listed = [o for o in c.context.amounts if o.start >= cl.start and o.unit == q.unit]
            respectively = self.t.respectively
            before = clause_pre.split(respectively)[0].strip()
            sentence_start = self.clauses_where("sentence", cl.sentence)[0].start
            # 同比分别增长43.6%和32.4%: a baseline before 分别 names no item of its own. A
            # list of changes after a list 分别 distributed (城镇、农村居民人均可支配收入分别
            # 达到39098元、16340元,增长4.7%、5.1%) follows its order too.
            paired = (not before or self.t.baseline_only.fullmatch(before)) if respectively in clause_pre \
                else respectively in text[sentence_start:cl.start]
            if paired and 1 < len(listed) <= len(history):
                # The items may be one two-part name remembered twice (城乡…分别完成…和…).
                item = history[-len(listed):][listed.index(q)]
                indicator = self._pair_part(item, listed, q) + indicator
            elif last is not None and len(indicator) <= 8:
                indicator = self._pair_part(last, listed, q) + indicator
            elif label := self._label_before(cl):
                indicator = label + indicator  # 1.地区生产总值(第1项):增长6.1%: the growth of the label
        done = self.t.completing.match(indicator)
        if last is not None and done and (at := last.find(done.group(0))) >= _MIN_SUBJECT \
                and not _NUMERAL.search(last[:at]):
            # 续建项目完成投资191.1亿元,完成年度计划的81.75%: the completion of the item named before.
            return last[:at] + indicator
        if done and (counted := memory.counted.get(cl.sentence)) \
                and (not indicator[done.end():] or indicator[done.end():] in self.t.set_measures):
            # 续建项目35宗,完成投资47.7亿元; 190个园林绿化项目,…年内完成153个: what the projects
            # just counted completed (not 累计完成地方固定资产投资, a measure of its own).
            memory.remember(cl.sentence, counted + indicator)
            return counted + indicator
        if last is not None and self.t.size_class.fullmatch(indicator) \
                and (named := self.t.size_class.search(last)):
            # 新签约过亿元项目57个,过10亿元7个: the things named before, of this size.
            return last[:named.start()] + indicator + last[named.end():]
        if last is not None and (plan := FIVE_YEAR_PLAN.search(indicator)) \
                and self.t.multiple_of.search(indicator[:plan.start()]) and indicator.endswith(self.t.plan_end_word):
            # 生产总值…,是“十一五”末的1.6倍: a multiple of the indicator just named, since the plan's end.
            return f"{last}为{indicator[plan.start():]}的倍数"
        if (multiple := self.t.multiple_of_year.fullmatch(indicator)) and last is not None:
            # 完成地区生产总值963.6亿元,是2015年的1.5倍: a multiple of the indicator just named.
            return f"{last}为{multiple.group(1)}年的倍数"
        if indicator in self.t.averages and last is not None:
            # 地区生产总值迈上4万亿元大台阶,人均超过1万美元: the average of the indicator just named.
            return indicator + last
        margin = q.unit in self.t.margin_units
        said = _clean_indicator(self._strip_lead(text[c.context.start:q.start])) if margin else ""
        if said and self.t.margin_only.fullmatch(said):
            # 同比增长10.1%,高于目标2.1个百分点: the margin of the figure just named, in its words.
            return (last or "") + said
        if indicator in self.t.bare_verbs and last is not None:
            # 地区生产总值增长7.2%，达到235亿元: the amount of the indicator just named; after a
            # list 分别 distributed (A、B分别增长14.1%和26.8%,达4270亿元和1573亿元), the i-th item's.
            indicator = self._item_of_list_before(c) or last
            own_noun = False
        if not indicator and last is not None and self._only_subjects(c):
            # 排在前三位的是岑溪市82.0亿元，万秀区80.0亿元: a place and its amount, of the
            # indicator just named.
            indicator, own_noun = last, False
        if of_set := self._of_counted_set(cl.sentence, indicator):
            return of_set
        if not indicator:
            indicator = text[c.context.start:ev_end]
        if own_noun:
            memory.remember(cl.sentence, self.t.trailing_growth_re.sub("", indicator))
            if q.category == "count" and self.t.counted_set.search(indicator):
                memory.counted[cl.sentence] = indicator
        return indicator

    def _item_of_list_before(self, c: _Candidate) -> str | None:
        """The item a clause's amount pairs with, where a list before it in the sentence was
        distributed with 分别 and the clause lists as many amounts: by their order."""
        q, cl = c.q, c.context.clause
        sentence_start = self.clauses_where("sentence", cl.sentence)[0].start
        if self.t.respectively not in self.text[sentence_start:cl.start]:
            return None
        listed = [o for o in c.context.amounts if o.start >= cl.start and o.unit == q.unit]
        items = self._named_for(cl.sentence, listed) if q in listed else []
        if not items:
            return None
        item = items[listed.index(q)]
        # (…投资年均分别增长: the average is the growth's, not the level's)
        return next((item[:-len(w)] for w in self.t.year_average if item.endswith(w)), item)

    def _only_subjects(self, c: _Candidate) -> bool:
        """Whether the words before the amount in its clause are its subjects alone."""
        pre = self.text[c.context.start:c.q.start]
        for subject in c.context.subjects:
            pre = pre.replace(subject, "", 1)
        return not HAN_CHAR.search(pre)

    def _scopes(self, c: _Candidate) -> list[str | None]:
        """Whom the goal applies to: each listed subject, a joint total's none, else the
        subject carried from the chain or the paragraph; a reward's recipients."""
        ctx = c.context
        subjects, joint = ctx.subjects, ctx.joint
        scopes: list[str | None]
        if subjects and not joint:
            scopes = list(subjects)
        elif subjects:
            # A joint total (A和B共开展640余次) belongs to no single subject.
            one = subjects[0] if len(subjects) == 1 and not _JOINED.search(subjects[0]) else None
            scopes = [one]
        else:
            # 2180 in the row of 长沙县, in a table of targets by unit: that unit's.
            scopes = [ctx.chain_subject or ctx.whole or self.row_scopes.get(self.line_starts[ctx.clause.line])]
        if c.kind == "reward" and scopes == [None] and len(ctx.amounts) == 1:
            scopes = self._recipients(ctx.clause) or scopes
        # A、B分别…52个、41个: one amount per subject, in order, not every pairing.
        if len(scopes) > 1 and self.t.respectively in self.text[ctx.start:c.q.start]:
            same_unit = [o for o in ctx.amounts if o.unit == c.q.unit and o.start >= ctx.start]
            if len(scopes) == len(same_unit):
                scopes = [scopes[same_unit.index(c.q)]]
            elif len(same_unit) > len(scopes):
                # 产业园区、旅游景区、城市综合体完成投资分别占…74.3%、97%、81.9%: the list holds
                # items no subject names; the amounts pair with its items, not with each subject.
                scopes = [None]
        return scopes

    def _distribute(self, c: _Candidate, indicator: str, scopes: list[str | None], ev_end: int) -> list[Goal]:
        """One goal per indicator the amount is distributed over and per scope."""
        q, ev_start = c.q, c.context.start
        indicators = self._distribute_indicators(q, c.context.clause, ev_start, indicator, c.context.amounts)
        if not any(ch.isalpha() for ind in indicators for ch in ind):
            # 顶一下 (0) 0%: a figure that names nothing it measures commits no one to anything.
            self._leave(q, "no-indicator")
            return []
        period, reason = c.period, c.reason
        said = self.text[ev_start:q.start]  # 年均 leaves the indicator: it is a period word
        averaged = any(w in said for w in self.t.year_average)
        if averaged and (period is None or _FOUR_DIGITS.fullmatch(period)):
            period, reason = self._average_period(c, period, reason)
        span = plan_span(said) if period and _FOUR_DIGITS.fullmatch(period) else None
        if span:
            # 带动未来五年制造业投资1000亿元以上: the years from the plan's on.
            period = f"{period}-{int(period) + span - 1}"
            reason = f"{reason.split()[0]} period:years-ahead"
        if period and _FOUR_DIGITS.fullmatch(period) and (q.unit == "倍" or averaged):
            sentence = self.text[self.clauses_where("sentence", c.context.clause.sentence)[0].start:q.start]
            ends = [int(five_year_span(m.group(1))[-4:]) for m in FIVE_YEAR_PLAN.finditer(sentence)
                    if self._plan_end_base(sentence, m)]
            if ends and int(period) > ends[-1]:
                # 2015年,…是“十一五”末的1.6倍,年均增长10%: the years since the plan's end.
                period = f"{ends[-1] + 1}-{period}"
                reason = f"{reason.split()[0]} period:since-base-year"
        base = self.t.multiple_of_year.search(said) if q.unit == "倍" else None
        if base and period and _FOUR_DIGITS.fullmatch(period) and int(period) > int(base.group(1)):
            # 2020年…是2015年的1.5倍: the growth of the years since the base year.
            period = f"{int(base.group(1)) + 1}-{period}"
            reason = f"{reason.split()[0]} period:since-base-year"
        indicators = self._measure_of_listed_subjects(indicators, scopes)
        evidence = self.text[ev_start:ev_end]
        goals = []
        for ind in indicators:
            for sc in scopes:
                # 对新认定的“小巨人”企业一次性给予奖励50万元: the reward is named by whom it goes to.
                noun = self.t.reward_noun.search(ind) if c.kind == "reward" and sc else None
                named = f"{sc}{noun.group(0)}" if noun and sc not in ind else ind
                goals.append(Goal(indicator=named, value=q.value, unit=q.unit, comparator=c.comparator, scope=sc,
                                  period=period, kind=c.kind, evidence=evidence, span=(ev_start, ev_end),
                                  reason=reason, upper=q.upper if c.comparator == ">=" else None))
        return goals

    @staticmethod
    def _measure_of_listed_subjects(indicators: list[str], scopes: list[str | None]) -> list[str]:
        """昭通、保山…和楚雄六州市的项目落地率均达到30%: a list of subjects read both as the
        goal's scopes and as items of its indicator names one measure for each subject, not
        one per subject and item. The measure is what follows the list (after its last 的)."""
        named = [sc for sc in scopes if sc]
        if len(indicators) < 2 or len(named) < 2 \
                or not all(any(ind.startswith(sc) for sc in named) for ind in indicators):
            return indicators
        first = indicators[0]
        rest = first[len(next(sc for sc in named if first.startswith(sc))):]
        measure = rest[rest.rfind("的") + 1:]  # (all of it where there is no 的)
        return [measure] if measure else indicators[:1]

    def _recipients(self, cl: Clause) -> list[str | None]:
        """对新引进的总部企业和功能性机构…给予奖励: one reward per recipient named after 对."""
        chain = self.clauses_where("chain", cl.chain)
        head = self.text[chain[0].start:cl.end]
        head = re.sub(r"^[（(][^)）]*[)）]", "", head.strip())
        # The last 对 before the amount names its recipients (对A给予…，对B处以…).
        found = list(self.t.recipients.finditer(head))
        m = found[-1] if found else None
        if not m:
            return []
        phrase = self.t.ranking.sub("", m.group(1))
        # 新引进的总部企业和功能性机构: the words up to the last 的 qualify every recipient
        # (总投资5000万元以上、补足…短板的重大工业项目 is one); the nouns after it are listed.
        cut = phrase.rfind("的") + 1
        items = [x for x in re.split(r"、|和|及", phrase[cut:]) if x]
        if len(items) < 2:
            return [phrase] if phrase else []
        return [phrase[:cut] + x for x in items]

    def _drop_subject(self, items: list[str]) -> list[str]:
        """Items of an indicator list, or [] when the list is one of subjects (scopes
        distribute those); a subject in front of the first item is cut off."""
        if not items:
            return items
        subj = self.subject_at(items[0])
        if subj and len(subj) == 1 and items[0].startswith(subj[0]):
            rest = items[0][len(subj[0]):]
            if not rest or all(self.subject_at(x) for x in items[1:]):
                return []
            items = [_clean_indicator(self._strip_lead(rest))] + items[1:]
        return [x for x in items if x]

    def _listed_just_before(self, cl: Clause) -> list[str]:
        """The indicators of the clause before `cl` in its sentence where it lists two or
        more amounts (城乡居民收入分别达到33550元、15200元), else []."""
        i = bisect_left(self.starts, cl.start)
        if i == 0 or self.clauses[i - 1].sentence != cl.sentence:
            return []
        before = self.clauses[i - 1]
        return self._named_for(cl.sentence, self._quantities_between(before.start, before.end))

    def _named_for(self, sentence: int, listed: list[Quantity]) -> list[str]:
        """The indicators the sentence named last, one for each of the `listed` amounts in
        order (two or more), else []."""
        history = self.memory.named.get(sentence, [])
        if not 2 <= len(listed) <= len(history):
            return []
        items = history[-len(listed):]
        if len(set(items)) > 1:
            return items
        # One two-part name (城乡居民收入) is remembered once for each of its amounts.
        return [self._pair_part(item, listed, q) for item, q in zip(items, listed, strict=True)]

    def _distribute_indicators(self, q: Quantity, cl: Clause, start: int, indicator: str,
                               qs: list[Quantity]) -> list[str]:
        """X和Y分别达到15%, A、B各2个, 5项指标同比增长8%, A、B同比增长8%: one goal per item."""
        text = self.text
        pre = text[start:q.start]
        m = _N_INDICATORS.search(pre)
        if m:
            head = pre[: m.start()]
            verb = pre[m.end():]
            n_items = int(parse_number(m.group(1)) or 0)
            items = [_clean_indicator(self._strip_lead(x)) for x in _split_list(head)]
            items = _expand_to(items, n_items)
            return [x + _clean_indicator(verb) for x in items if x]
        dist = self.t.distributive.search(pre)
        if dist and dist.group(0) != self.t.respectively and not pre[:dist.start()].strip() \
                and (listed := self._listed_just_before(cl)):
            # 城乡居民收入分别达到33550元、15200元,均增长8.5%: each of the items just listed.
            return [x + _clean_indicator(pre[dist.end():]) for x in listed]
        growth = self.t.change_re.search(pre) if q.category == "ratio" else None
        # The other amounts of the clause are looked at only where a rule reads them.
        if dist and not any(o.start > q.start or o.end <= q.start for o in qs):  # no other amount
            head = pre[: dist.start()]
            tail = pre[dist.end():]
            items = _split_list(head)
            if len(items) < 2:
                items = re.split(r"和|及", head) if head.count("和") + head.count("及") == 1 else items
            items = [_clean_indicator(self._strip_lead(x)) for x in items]
            items = _share_ends([x for x in items if x])
            items = self._drop_subject(items)
            if len(items) >= 2:
                rest_tail = _clean_indicator(self.t.leading_floor.sub("", tail))
                return [x + ("" if self.t.growth_re.match(rest_tail) is None else rest_tail) for x in items]
        # A、B同比增长8% gives each item its growth; a bulletin writes 分别 when it means
        # that, and its lists are mostly one compound name (电力、热力…供应业).
        # With 分别 (A、B分别增长10.7%和9.5%) the amounts pair with the items instead.
        if growth and not self.report and self.t.respectively not in pre \
                and not any(o.end <= q.start for o in qs):  # no amount before
            g = self.t.trailing_change_re.search(pre)
            # 工业、建筑、…医疗等重点领域设备投资增长9%: an enumeration closed by 等 names one
            # measure's scope, not several measures.
            if g and not _ENUMERATION.match(pre[: g.start()]):
                head = pre[: g.start()]
                items = [_clean_indicator(self._strip_lead(x)) for x in _split_list(head)]
                items = self._drop_subject([x for x in items if x])
                if len(items) >= 2:
                    verb = _clean_indicator(g.group(0))
                    return [x + verb for x in items]
        return [indicator]


def _expand_to(items: list[str], n: int) -> list[str]:
    """项目开工及投产入库数 counts as two of the 5项指标: split on 及/和 until n items."""
    items = list(items)
    while 0 < len(items) < n:
        for i, it in enumerate(items):
            parts = re.split(r"及|和|与", it, maxsplit=1)
            if len(parts) == 2 and all(parts):
                items[i:i + 1] = parts
                break
        else:
            break
    return items


def _dedupe(goals: list[Goal]) -> list[Goal]:
    """Each goal once: read twice at one place, or stated again in the same words (a
    site's summary repeating the article's paragraph) with the same figure and period. A
    figure alone in a table's cell (95% under 当前进度) is no statement: rows repeat it."""
    seen: set[tuple] = set()
    stated_at: dict[tuple, tuple[int, int]] = {}
    out = []
    for g in goals:
        at_place = (g.span, g.value, g.unit, g.scope, g.indicator)
        in_words = (g.evidence, g.value, g.unit, g.indicator, g.period, g.kind)
        restated = HAN_CHAR.search(g.evidence) and stated_at.setdefault(in_words, g.span) != g.span
        if at_place in seen or restated:
            continue
        seen.add(at_place)
        out.append(g)
    return out


def find_goals(doc: ExtractionDoc) -> list[Goal]:
    """Every numeric goal of one annotated notice, in text order."""
    goals = _Extractor(doc, doc.decisions).run() + _metric_table_goals(doc.text, doc.meta) \
        + measure_table_goals(doc.text, doc.meta, doc.meta.report)
    goals.sort(key=lambda g: g.span)
    log.debug("%d goals", len(goals))
    return goals


# A metrics table: `指标 | 2021年 | 2022年目标 | 责任单位`, each row an indicator with its unit
# in brackets (`固定资产投资增长（%）`) and bare figures under the year columns.
_YEAR_HEADER = re.compile(r"^((?:19|20)\d{2})年(?:度)?(.*)$")
_UNIT_IN_NAME = re.compile(r"^(?P<name>.+?)\s*[（(](?P<unit>[^（）()]{1,8})[)）]\s*$")


def _table_column_kind(year: int, header_rest: str, meta: Meta) -> tuple[str, str]:
    """A year column is a target when its header says so (目标, 预期, 计划) or it is the
    plan's own year or later; an earlier year reports results."""
    if _tables().table_plan_header.search(header_rest) or (meta.year and year >= meta.year):
        return "target", "kind:table-plan"
    return "actual", "kind:table-past"


def _metric_table_goals(text: str, meta: Meta) -> list[Goal]:
    t = _tables()
    goals: list[Goal] = []
    columns: dict[int, tuple[int, str, str]] | None = None  # column → (year, kind, its reason)
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        separator = " | " if " | " in line else "\t" if "\t" in line.strip() else None
        if separator is None:
            columns = None
            continue
        cells = line.split(separator)
        years = {i: _YEAR_HEADER.match(c.strip()) for i, c in enumerate(cells)}
        if sum(1 for m in years.values() if m) >= 1 and not any(t.bare_figure.match(c.strip()) for c in cells):
            # A header row: each year column's year and kind.
            columns = {}
            for i, m in years.items():
                if m:
                    year = int(m.group(1))
                    columns[i] = (year, *_table_column_kind(year, m.group(2), meta))
            continue
        if not columns:
            continue
        named = _UNIT_IN_NAME.match(cells[0].strip())
        if not named:
            continue
        offset = start
        for i, cell in enumerate(cells):
            cell_start = text.find(cell, offset, pos)
            offset = cell_start + len(cell)
            figure = t.bare_figure.match(cell.strip())
            if i not in columns or not figure:
                continue
            year, kind, reason = columns[i]
            evidence = cell.strip()
            at = text.find(evidence, cell_start, cell_start + len(cell))
            goals.append(Goal(
                indicator=named.group("name"), value=float(figure.group("value")), unit=named.group("unit"),
                comparator=t.post_comparators.get(figure.group("cmp") or "", "="), scope=None,
                period=str(year), kind=kind, evidence=evidence, span=(at, at + len(evidence)),
                reason=f"{reason} period:table-column"))
    return goals
