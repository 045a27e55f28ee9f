"""The normalisation steps in order, each proposing edits that `TrackedText` applies.

Order matters: what a copying site injected (anti-copy strings, mangled quotes) goes
first, so no other step reads it; lines are joined last, once every line is whole. The
mojibake repair reads the bytes of the damaged Traditional text
with its pinyin aids still in place (an aid's '(' can be part of a damaged pair), so it
runs first; aids go before t2s so that their removal is judged against the character
as scraped; Taiwan terms and spinner words are matched in Simplified text.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from normalize.copy_damage import (
    anti_copy_edits,
    hard_wrap_edits,
    ideographic_point_edits,
    injected_spam_edits,
    jump_mark_edits,
    page_mark_edits,
    quote_edits,
    script_note_edits,
    spaced_decimal_edits,
    stray_space_edits,
)
from normalize.edits import Edit, TrackedText
from normalize.latin1_gbk import latin1_gbk_edits
from normalize.mojibake import damaged_indent_edits, find_gbk_shift_repairs
from normalize.page_meta import normalize_page_meta
from normalize.pinyin_aids import pinyin_aid_edits
from normalize.script import outside_simplified_set, script_of, t2s_edits, tw_term_edits
from normalize.spinner import spinner_edits
from policydb.han import han_count
from policydb.records import IngestedNotice, NormalizedNotice, Repair

log = logging.getLogger(__name__)

Step = Callable[[str], list[Edit]]


# A step can expose work for an earlier one (removing an aid leaves a damaged run whole;
# OpenCC maps 薴 → 苧 → 苎 one link per pass). The steps repeat until a round changes
# nothing, so normalising clean text changes nothing: normalize is idempotent.
MAX_ROUNDS = 3


def normalize_notice(ingested: IngestedNotice) -> NormalizedNotice:
    """Clean Simplified text of an ingested notice, with every change reported."""
    tracked = TrackedText(ingested.text)
    repairs: list[Repair] = []

    def run(name: str, step: Step) -> int:
        located = tracked.apply(step(tracked.text))
        for edit, source_span in located:
            before = tracked.source[source_span[0]:source_span[1]]
            repairs.append(Repair(name, source_span, before, edit.new, edit.note))
        return len(located)

    script = None
    # What a copying site injected goes once, before any step reads the text.
    run("anti_copy", anti_copy_edits)
    run("jump_mark", jump_mark_edits)
    run("page_mark", page_mark_edits)
    run("injected_spam", injected_spam_edits)
    run("script_notes", script_note_edits)
    run("quotes", quote_edits)
    run("stray_spaces", stray_space_edits)
    run("spaced_decimals", spaced_decimal_edits)
    run("ideographic_points", ideographic_point_edits)
    run("mojibake", latin1_gbk_edits)
    for _ in range(MAX_ROUNDS):
        changed = run("mojibake", damaged_indent_edits)
        changed += run("mojibake", find_gbk_shift_repairs)
        changed += run("pinyin_aid", pinyin_aid_edits)
        t2s = t2s_edits(tracked.text)
        # The script is the scrape's: judged on the first round, before any conversion.
        script = script or script_of(tracked.text, t2s)
        if script == "hans":
            t2s = outside_simplified_set(tracked.text, t2s)
        changed += _apply_t2s(tracked, t2s, repairs)
        if script == "hant":
            changed += run("tw_term", tw_term_edits)
        changed += run("spinner", spinner_edits)
        if not changed:
            break
    run("hard_wrap", hard_wrap_edits)  # once every line is whole
    log.debug("%s: script %s, %d repairs", ingested.source, script, len(repairs))
    return NormalizedNotice(ingested=ingested, text=tracked.text, origin=tracked.origin,
                            script=script, repairs=repairs,
                            page_meta=normalize_page_meta(ingested.page_meta, script))


def _apply_t2s(tracked: TrackedText, edits: list[Edit], repairs: list[Repair]) -> int:
    """Convert to Simplified; one summary repair rather than one per character."""
    if not edits:
        return 0
    changed = sum(e.end - e.start for e in edits)
    han = han_count(tracked.text)
    tracked.apply(edits, report=False)
    repairs.append(Repair("t2s", (0, len(tracked.source)), "", "",
                          f"OpenCC t2s changed {changed} of {han} Han characters"))
    return changed
