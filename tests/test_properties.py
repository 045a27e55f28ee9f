"""Property-based tests (hypothesis) over ingest → normalize → extract.

Properties:
  1. nothing raises: `ingest_bytes` on any bytes returns or raises a coded
     `PolicydbError`; normalize and extract on any Unicode text return;
  2. spans hold: every exported span lies inside the clean text and indexes the words
     the export says it covers (goal evidence, deadline text); assignment spans and
     annotation spans lie inside the text and the units they name are printed there;
     the normalize offset map sends every span inside the ingested text;
  3. normalising is idempotent: normalising the clean text again changes nothing.

Documents are spliced from real corpus lines and the tokens of the genres the pipeline
reads (tests/strategies.py). Budget: `HYPOTHESIS_PROFILE=ci` (the default: no shrinking,
about 15–30 s for the file once nothing fails), `dev` (five times the examples, with
shrinking) or `hunt` (as dev, but skipping the known failing @examples so generation runs).

Each `@example` below is a minimal input that broke a property when it was found; they
stay so that the failures reproduce deterministically until the pipeline is fixed.
"""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from extract import run_extraction
from extract.pipeline import ExtractionDoc
from ingest import ingest_bytes
from normalize import normalize_notice
from policydb.api import ProcessedNotice, export
from policydb.errors import PolicydbError
from policydb.records import IngestedNotice, NormalizedNotice
from tests import strategies as S

# ---- settings --------------------------------------------------------------------------
# Failures found while hunting are kept under outputs/ (git-ignored), not in the tree.
_DB = DirectoryBasedExampleDatabase(str(S.ROOT / "outputs" / ".hypothesis"))
_COMMON = dict(deadline=None, database=_DB, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.filter_too_much])
# ci: no shrinking (the minimal inputs are the @examples below), so a failing run stays fast.
settings.register_profile("ci", max_examples=400, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                          **_COMMON)
settings.register_profile("dev", max_examples=2000, **_COMMON)
# Hunting for new bugs: skip the known failing examples and the saved ones.
settings.register_profile("hunt", max_examples=2000, phases=[Phase.generate, Phase.target, Phase.shrink],
                          **_COMMON)
_PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
_SCALE = _PROFILE.max_examples / 200  # budget(n): 2n examples in ci, 10n in dev/hunt


def budget(n: int) -> settings:
    """Settings of the active profile, `n` examples scaled by its size (`n` per 200 max_examples)."""
    return settings(_PROFILE, max_examples=max(1, int(n * _SCALE)))


# ---- helpers ---------------------------------------------------------------------------
def as_ingested(text: str, *, fmt: str = "text", page_meta: dict[str, str] | None = None) -> IngestedNotice:
    return IngestedNotice(source="prop.txt", text=text, raw_text=text, encoding="utf-8", format=fmt,
                          page_meta=dict(page_meta or {}))


def process(ingested: IngestedNotice) -> ProcessedNotice:
    normalized = normalize_notice(ingested)
    extraction = run_extraction(normalized.text, page_meta=ingested.page_meta, script=normalized.script)
    return ProcessedNotice(ingested, normalized, extraction)


def inside(span, length: int) -> bool:
    start, end = span
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= length


def check_offset_map(n: NormalizedNotice) -> None:
    source = n.ingested.text
    assert len(n.origin) == len(n.text) + 1, "origin needs one entry per character plus the end"
    assert n.origin[-1] == len(source), f"origin[-1]={n.origin[-1]} != len(source)={len(source)}"
    assert all(a <= b for a, b in zip(n.origin, n.origin[1:], strict=False)), "origin is not monotonic"
    for i in range(len(n.text) + 1):
        assert inside(n.to_source_span(i, i), len(source)), (i, n.to_source_span(i, i))
    for i in range(len(n.text)):
        s, e = n.to_source_span(i, i + 1)
        assert 0 <= s < e <= len(source), f"text[{i}]={n.text[i]!r} maps to empty or outside span {(s, e)}"
    for repair in n.repairs:
        assert inside(repair.source_span, len(source)), repair
        if repair.step != "t2s":
            assert source[repair.source_span[0]:repair.source_span[1]] == repair.before, repair


def check_spans(notice: ProcessedNotice) -> None:
    data = export(notice)
    text = data["text"]
    assert text == notice.extraction.text
    n = len(text)
    for goal in data["goals"]:
        assert inside(goal["span"], n), f"goal span {goal['span']} outside text of length {n}: {goal}"
        s, e = goal["span"]
        assert text[s:e] == goal["evidence"], f"goal evidence {goal['evidence']!r} != text{goal['span']}={text[s:e]!r}"
        assert inside(notice.normalized.to_source_span(s, e), len(notice.ingested.text))
    for deadline in data["deadlines"]:
        assert inside(deadline["span"], n), f"deadline span {deadline['span']} outside text of length {n}"
        s, e = deadline["span"]
        assert text[s:e] == deadline["text"], f"deadline {deadline['text']!r} != text{deadline['span']}={text[s:e]!r}"
        assert inside(notice.normalized.to_source_span(s, e), len(notice.ingested.text))
    for exported, assignment in zip(data["assignments"], notice.extraction.assignments, strict=True):
        assert inside(exported["span"], n), f"assignment span {exported['span']} outside text of length {n}"
        s, e = exported["span"]
        assert inside(notice.normalized.to_source_span(s, e), len(notice.ingested.text))
        # Units are printed names (store/SCHEMA.md: printed_name "as printed").
        where = text
        if assignment.annotation_span is not None:
            assert inside(assignment.annotation_span, n), f"annotation span {assignment.annotation_span} outside"
            where = text[assignment.annotation_span[0]:assignment.annotation_span[1]]
        for unit in assignment.lead + assignment.units:
            assert unit and unit in where, f"unit {unit!r} is not printed where the assignment says: {assignment}"


# ---- 1. nothing raises -----------------------------------------------------------------
@budget(150)
@given(data=st.one_of(S.notice_bytes(), st.binary(max_size=300)), html=st.sampled_from([None, None, True, False]))
# ingest accepts it; extract/numbers.py _clean then raises OverflowError (see below)
@example(data=b"9" * 309 + b"%", html=None)
def test_ingest_bytes_returns_or_rejects_with_a_code(data: bytes, html: bool | None) -> None:
    try:
        ingested = ingest_bytes(data, source="prop.bin", html=html)
    except PolicydbError as exc:
        assert exc.code.startswith("E")
        return
    assert isinstance(ingested, IngestedNotice) and ingested.text.strip()
    # What ingest accepts, the later stages take without raising.
    process(ingested)


@budget(200)
@given(text=S.documents())
# extract/assignments.py find_assignments: ContractError, assignment span (11, 5) reversed
# (_bare_annotations takes the whole line though a bracket annotation stands inside it)
@example(text="责任单位：（市商务局）")
# normalize/mojibake.py find_gbk_shift_repairs: overlapping edits → ValueError in apply_edits
@example(text="蟹⒏奈?唬┲笇")
# extract/numbers.py _clean: float(int(inf)) → OverflowError for a number past 1.8e308
@example(text="9" * 309 + "%")
def test_normalize_and_extract_never_raise(text: str) -> None:
    process(as_ingested(text))


@budget(100)
@given(text=st.text(max_size=300))
def test_normalize_and_extract_never_raise_on_any_text(text: str) -> None:
    process(as_ingested(text))


@budget(100)
@given(text=S.documents())
@example(text="责任单位：（市商务局）")
@example(text="9" * 309 + "%")
def test_extract_on_raw_text_never_raises(text: str) -> None:
    # Extraction is a public entry point (`run_extraction(text)`) on any text, normalised or not.
    doc = run_extraction(text)
    assert isinstance(doc, ExtractionDoc)


# ---- 2. spans --------------------------------------------------------------------------
@budget(250)
@given(text=S.documents())
@example(text="责任单位：（市商务局）")
# extract/assignments.py _bare_annotations: spaces become '；' inside a bracket, unit '(市商务局；市财政局'
@example(text="责任单位：(市商务局  市财政局")
def test_exported_spans_index_their_words(text: str) -> None:
    check_spans(process(as_ingested(text)))


@budget(100)
@given(text=S.splice(S.synthetic_line()))
@example(text="责任单位：（市商务局）")
def test_exported_spans_index_their_words_in_plan_items(text: str) -> None:
    check_spans(process(as_ingested(text)))


@budget(150)
@given(text=S.documents())
def test_offset_map_stays_inside_the_ingested_text(text: str) -> None:
    check_offset_map(normalize_notice(as_ingested(text)))


@budget(100)
@given(text=S.splice(st.one_of(S.gbk_shifted(), S.traditional_with_aids())))
@example(text="责任单位：（市商务局）")
def test_offset_map_on_damaged_traditional_text(text: str) -> None:
    notice = process(as_ingested(text))
    check_offset_map(notice.normalized)
    check_spans(notice)


@budget(100)
@given(text=S.documents())
@example(text="责任单位：（市商务局）")
@example(text="9" * 309 + "%")
def test_export_is_json(text: str) -> None:
    # EXPORT.md is a JSON format: the export object must serialise without NaN/Infinity.
    json.dumps(export(process(as_ingested(text))), ensure_ascii=False, allow_nan=False)


# ---- 3. idempotence --------------------------------------------------------------------
@budget(200)
@given(text=S.documents())
# normalize/pinyin_aids.py: a second aid is only adjacent to its character after the first goes
@example(text="區(qū)(qū)")
# normalize/script.py t2s_edits: OpenCC t2s is not idempotent here (薴 → 苧 → 苎)
@example(text="薴")
# normalize/pinyin_aids.py: toneless `ji` is no reading of 係 (kept) but is one of 系 (removed next time)
@example(text="係(ji)")
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_notice(as_ingested(text)).text
    twice = normalize_notice(as_ingested(once)).text
    assert twice == once


@budget(100)
@given(text=S.splice(st.one_of(S.gbk_shifted(), S.traditional_with_aids())))
# normalize/mojibake.py: the repair leaves a shifted run ('⑹胁迫') that a second pass repairs
@example(text="ノ唬菏蟹⒏奈、市财")
# normalize/pipeline.py order: removing the aid (sī) exposes a shifted run mojibake ran too early to see
@example(text="。ù思（sī）")
# normalize/pipeline.py order: t2s turns 乾 into 干, and '干┲笇' is a shifted run on the next pass
@example(text="乾┲笇")
def test_normalize_is_idempotent_on_damaged_traditional_text(text: str) -> None:
    once = normalize_notice(as_ingested(text)).text
    twice = normalize_notice(as_ingested(once)).text
    assert twice == once


# Sanity: the corpus itself satisfies every property (cheap, and it guards the strategies'
# own assumptions about what the pipeline returns).
@pytest.mark.parametrize("name", [p.name for p in S.corpus_paths()])
def test_corpus_notices_hold_every_property(name: str) -> None:
    text = (S.CORPUS / name).read_text(encoding="utf-8")
    notice = process(as_ingested(text))
    check_offset_map(notice.normalized)
    check_spans(notice)
    assert normalize_notice(as_ingested(notice.normalized.text)).text == notice.normalized.text
