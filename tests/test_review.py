"""The review page: every fact highlighted with its own text, text escaped, the CLI, and a real browser.

The fixture is a few lines of the 沧州 2018 招商 notice (corpus/000) with facts whose spans
are found in the text here, so the tests do not depend on extraction quality.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import store
from policydb.cli import PolicydbGroup
from policydb.commands_review import register
from store.review import GROUPS, _Mark, build_doc, fact_id, marked_text, render_review, review_from_db
from tests.conftest import CORPUS

TEXT = """沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知

二、主要目标

全年全市实际利用外资完成6.6亿美元,同比增长5%。力争实际利用外资超过6.8亿美元,同比增长10%。

全年服务业利用外资和高新技术产业利用外资占全市比重分别达到15%以上。

三、主要举措

(二)制定重点招商企业目录清单。瞄准境外世界500强和跨国公司、研发机构,选择合作目标企业,制定重点招商企业目录清单,一季度完成并开始组织对接。(牵头单位:市商务局;责任单位:市工业和信息化局、市发展改革委、市科技局、各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)

(二)建立项目调度督导台账。完善市级重大招商项目协调推动机制,每季度召开重大招商项目协调调度会或现场办公会。(牵头单位:市发展改革委;责任单位:市商务局,各县(市、区)政府、渤海新区、沧州开发区、沧州高新区管委会)
"""

UNITS = ["各县(市、区)政府", "渤海新区", "沧州开发区", "沧州高新区管委会"]


def span_of(text: str, needle: str, after: str = "") -> list[int]:
    start = text.index(needle, text.index(after) if after else 0)
    return [start, start + len(needle)]


def covered(text: str, opening: str) -> list[int]:
    """From the start of the task's line to its annotation, as GUIDE §5 says."""
    start = text.index(opening)
    return [start, text.index("(牵头单位", start)]


def goal(indicator, value, unit, comparator, kind, evidence, after=""):
    return {"indicator": indicator, "value": value, "unit": unit, "comparator": comparator, "scope": "全市",
            "period": "2018", "kind": kind, "evidence": evidence, "span": span_of(TEXT, evidence, after)}


def sample_export() -> dict:
    share = "全年服务业利用外资和高新技术产业利用外资占全市比重分别达到15%以上"
    return {
        "source": "corpus/000_de8a73357565e53b.txt",
        "meta": {"title": "沧州市人民政府办公室关于印发2018年沧州市强化精准招商工作实施方案的通知",
                 "issuer": "沧州市人民政府办公室", "issued": "2018-05-14", "region": "沧州市", "year": 2018,
                 "doc_number": None, "script": "hans"},
        "text": TEXT,
        "goals": [
            goal("实际利用外资", 6.6, "亿美元", "=", "target", "全年全市实际利用外资完成6.6亿美元"),
            goal("实际利用外资同比增长", 5.0, "%", "=", "target", "同比增长5%"),
            goal("实际利用外资", 6.8, "亿美元", ">", "stretch", "力争实际利用外资超过6.8亿美元"),
            goal("实际利用外资同比增长", 10.0, "%", "=", "stretch", "同比增长10%"),
            # Two goals from one sentence share one evidence span.
            goal("服务业利用外资占全市比重", 15.0, "%", ">=", "target", share),
            goal("高新技术产业利用外资占全市比重", 15.0, "%", ">=", "target", share),
        ],
        "assignments": [
            {"task": "三/二", "lead": ["市商务局"], "explicit": True,
             "units": ["市工业和信息化局", "市发展改革委", "市科技局", *UNITS],
             "span": covered(TEXT, "(二)制定重点招商企业目录清单")},
            {"task": "三/二", "lead": ["市发展改革委"], "units": ["市商务局", *UNITS], "explicit": True,
             "span": covered(TEXT, "(二)建立项目调度督导台账")},
        ],
        "deadlines": [
            # Starts where a goal starts: nests inside it.
            {"text": "全年", "start": "2018-01-01", "end": "2018-12-31", "recurrence": None, "day": None,
             "task": None, "span": span_of(TEXT, "全年")},
            # Inside an assignment.
            {"text": "一季度", "start": "2018-01-01", "end": "2018-03-31", "recurrence": None, "day": None,
             "task": "三/二", "span": span_of(TEXT, "一季度")},
            {"text": "每季度", "start": None, "end": None, "recurrence": "quarterly", "day": None,
             "task": "三/二", "span": span_of(TEXT, "每季度")},
        ],
    }


def expected_texts(export: dict) -> dict[str, str]:
    """Each fact's id → the text its highlight must show (for assignments, the covered text)."""
    texts = {}
    for group in GROUPS:
        for index, fact in enumerate(export[group]):
            start, end = fact["span"]
            texts[fact_id(group, index)] = export["text"][start:end]
            if group == "goals":
                assert texts[fact_id(group, index)] == fact["evidence"]
            if group == "deadlines":
                assert texts[fact_id(group, index)] == fact["text"]
    return texts


class Marks(HTMLParser):
    """Collects, per `data-fact`, the text of its marks (fragments joined), their classes and titles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.text: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self.classes: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.links: list[str] = []
        self.scripts = 0
        self.main_text: list[str] = []
        self._in_text = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])
        if tag == "div" and attrs.get("id") == "text":
            self._in_text = 1
        elif tag == "div" and self._in_text:
            self._in_text += 1
        if tag == "mark":
            fact = attrs.get("data-fact")
            self.stack.append(fact)
            if fact:
                self.text.setdefault(fact, "")
                self.classes.setdefault(fact, attrs.get("class", ""))
                self.titles.setdefault(fact, attrs.get("title", ""))
                if attrs.get("id"):
                    self.ids[attrs["id"]] = fact

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        if self._in_text:
            self.main_text.append(data)
        for fact in self.stack:
            if fact:
                self.text[fact] += data


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    parser.close()
    return parser


def assert_all_highlighted(page: str, export: dict) -> Marks:
    marks = parse(page)
    expected = expected_texts(export)
    assert set(marks.text) == set(expected)
    for ident, text in expected.items():
        assert marks.ids.get(ident) == ident, f"no element with id {ident}"
        assert marks.text[ident] == text, f"{ident}: highlighted {marks.text[ident]!r}, expected {text!r}"
        assert ident in marks.links, f"the side list does not link to {ident}"
    assert "".join(marks.main_text) == export["text"]
    return marks


# --- the page ---------------------------------------------------------------------------

def test_every_fact_has_a_highlight_with_its_text():
    export = sample_export()
    page = render_review(export)
    marks = assert_all_highlighted(page, export)
    assert "goals" in marks.classes["goal-0"] and "assignments" in marks.classes["asg-0"]
    assert "deadlines" in marks.classes["dl-1"]
    # Tooltips summarise the fact.
    assert "实际利用外资" in marks.titles["goal-0"] and "6.6" in marks.titles["goal-0"]
    assert "市商务局" in marks.titles["asg-0"] and "explicit" in marks.titles["asg-0"]
    assert "2018-03-31" in marks.titles["dl-1"]


def test_page_is_self_contained_utf8():
    page = render_review(sample_export())
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<style>" in page and "Noto Sans CJK SC" in page
    for external in ("http://", "https://", "<link", "<script", "@import", "url("):
        assert external not in page


def test_nesting_deadline_in_goal_and_in_assignment():
    page = render_review(sample_export())
    # The deadline opens inside the goal that starts at the same place (outer = longer).
    assert ('<mark id="goal-0" class="hl goals"' in page
            and page.index('id="goal-0"') < page.index('id="dl-0"') < page.index('id="goal-1"'))
    assert page.index('id="asg-0"') < page.index('id="dl-1"') < page.index('id="asg-1"')


def test_crossing_spans_split_into_fragments():
    text = "一二三四五六七八"
    marks = [_Mark(0, 5, "goals", "goal-0", "a"), _Mark(3, 7, "deadlines", "dl-0", "b")]
    html = marked_text(text, marks)
    parsed = parse(f'<div id="text">{html}</div>')
    assert parsed.text == {"goal-0": "一二三四五", "dl-0": "四五六七"}
    assert html.count('id="dl-0"') == 1 and 'class="hl deadlines cont"' in html
    assert "".join(parsed.main_text) == text


def test_notice_text_is_escaped():
    export = sample_export()
    hostile = '<script>alert("x")</script> & <b>粗</b> \'引号\'\n'
    export["text"] = hostile + export["text"]
    for group in GROUPS:
        for fact in export[group]:
            fact["span"] = [fact["span"][0] + len(hostile), fact["span"][1] + len(hostile)]
    export["goals"][0]["scope"] = '"全市"><script>x</script>'
    export["meta"]["title"] = "<script>标题</script>"
    page = render_review(export)
    assert "<script" not in page
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;' in page
    marks = assert_all_highlighted(page, export)
    assert marks.scripts == 0
    assert '"全市"><script>x</script>' in marks.titles["goal-0"]


def test_facts_without_usable_spans_are_listed_not_marked():
    export = sample_export()
    export["goals"][1]["span"] = None
    export["deadlines"][0]["span"] = [0, len(TEXT) + 5]
    export["goals"][2]["evidence"] = "not what the span covers"
    page = render_review(export)
    marks = parse(page)
    assert "goal-1" not in marks.text and "dl-0" not in marks.text
    assert 'id="item-goal-1"' in page and "no span in the text" in page
    assert "⚠ span" in page


def test_doc_holds_span_groups():
    export = sample_export()
    doc = build_doc(export)
    assert doc.text == TEXT
    for group in GROUPS:
        spans = doc.spans[group]
        assert len(spans) == len(export[group])
        for index, span in enumerate(spans):
            assert span.id_ == fact_id(group, index)
            assert [span.start_char, span.end_char] == export[group][index]["span"]
    assert {s.label_ for s in doc.spans["goals"]} == {"GOAL"}


def test_blank_zh_needs_no_segmenter_model():
    from store.review import _nlp

    assert _nlp().tokenizer.segmenter == "char"


# --- the store ---------------------------------------------------------------------------

@pytest.fixture
def stored(tmp_path) -> tuple[Path, str, dict]:
    export = sample_export()
    db_path = tmp_path / "store.sqlite"
    db = store.open_db(db_path)
    result = store.write_notice(db, export)
    db.conn.close()
    return db_path, result.notice_id, export


def test_review_from_db_rebuilds_the_export(stored):
    db_path, notice_id, export = stored
    data = review_from_db(db_path, notice_id[:6])
    assert data["notice_id"] == notice_id
    assert data["text"] == export["text"] and data["meta"] == export["meta"]
    for group in GROUPS:
        got = [{k: v for k, v in fact.items() if k != "inferred_lead"} for fact in data[group]]
        assert got == export[group]
    assert_all_highlighted(render_review(data), export)


def test_review_from_db_unknown_and_bad_ids(stored):
    from policydb.errors import PolicydbError

    db_path, _, _ = stored
    with pytest.raises(PolicydbError, match="E010.*no notice with id"):
        review_from_db(db_path, "ffffff0000")
    with pytest.raises(PolicydbError, match="E001.*not a notice id"):
        review_from_db(db_path, "abc")
    with pytest.raises(PolicydbError, match="E001.*no store"):
        review_from_db(db_path.with_name("missing.sqlite"), "abcdef")


# --- the command ---------------------------------------------------------------------------

def cli() -> click.Group:
    """The real `policydb` group once the review command is registered there; a copy till then."""
    from policydb.cli import main

    if "review" in main.commands:
        return main
    group = PolicydbGroup(name="policydb")
    register(group)
    return group


def test_cli_review_of_a_corpus_file(tmp_path):
    out = tmp_path / "out" / "review.html"
    result = CliRunner().invoke(cli(), ["review", str(CORPUS / "000_de8a73357565e53b.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    marks = parse(page)
    assert any(fact.startswith("goal-") for fact in marks.text)
    assert any(fact.startswith("asg-") for fact in marks.text)
    assert marks.text.get("goal-0") == "全年全市实际利用外资完成6.6亿美元"


def test_cli_review_of_a_stored_notice(stored, tmp_path):
    db_path, notice_id, export = stored
    out = tmp_path / "stored.html"
    result = CliRunner().invoke(cli(), ["review", notice_id[:8], "--db", str(db_path), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert_all_highlighted(out.read_text(encoding="utf-8"), export)


@pytest.mark.parametrize(("target", "code"), [("ffffff0000", "E010"), ("no-such-file.txt", "E001")])
def test_cli_unknown_target_is_one_coded_line(stored, tmp_path, target, code):
    db_path, _, _ = stored
    result = CliRunner().invoke(cli(), ["review", target, "--db", str(db_path), "--html", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert f"Error {code}" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


# --- a real browser ------------------------------------------------------------------------

CHROMIUM_TIMEOUT = 90  # seconds; a cold start on a slow CI runner takes a few


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("chromium is not installed (Debian: apt-get install chromium); the review page "
                    "must be checked in a real browser, so this test fails rather than skips")
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", *args]
    # A private HOME keeps chromium's crash reports and caches out of the user's.
    env = {**os.environ, "HOME": str(profile)}
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish within {CHROMIUM_TIMEOUT}s: {' '.join(command)}")


def test_chromium_renders_the_highlights(tmp_path):
    export = sample_export()
    export["text"] = '<script>document.title="pwned"</script>\n' + export["text"]
    shift = len('<script>document.title="pwned"</script>\n')
    for group in GROUPS:
        for fact in export[group]:
            fact["span"] = [fact["span"][0] + shift, fact["span"][1] + shift]
    page = tmp_path / "review.html"
    page.write_text(render_review(export), encoding="utf-8")

    result = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<mark" in dom, f"no highlights in chromium's DOM: {dom[:500]!r}"
    marks = assert_all_highlighted(dom, export)
    assert marks.scripts == 0  # the notice's <script> stayed text
    assert "pwned" not in dom.split("</title>")[0]

    shot = tmp_path / "review.png"
    result = chromium("--window-size=1200,900", f"--screenshot={shot}", page.as_uri(), profile=tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.stat().st_size > 10_000  # a real page, not a blank one


def test_a_processed_notice_shows_why_each_number_was_taken_or_left(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("某某市2021年招商引资工作要点\n二、主要目标\n全年引进3000万美元以上项目达到5个。每月通报一次。\n",
                      encoding="utf-8")
    out = tmp_path / "review.html"
    result = CliRunner().invoke(cli(), ["review", str(notice), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<dt>why</dt><dd>kind:" in page  # the goal 5个 with its rule
    assert "Left out (" in page
    assert "「3000万美元」 <span class=\"muted\">goal:qualifier</span>" in page  # a size of the projects counted
