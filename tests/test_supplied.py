"""Metadata a scraper supplies (a manifest, a sidecar): read, checked, winning over the
text's, marked as supplied, shown with every answer, and bad rows rejected with a code."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import store
from ingest.supplied import check_fields, read_manifest, read_sidecar
from policydb.api import export, process_path
from policydb.batch import ingest_paths
from policydb.errors import PolicydbError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# A work report's target paragraph as a portal prints it, cut below its title: no year,
# no place. The scraper knows both.
REPORT = "政府工作报告\n今年经济社会发展的主要预期目标是：全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- values -------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ({"year": "2024"}, {"year": 2024}),
    ({"year": 2024, "region": " 九江 "}, {"year": 2024, "region": "九江"}),
    ({"issued": "2024-04-09 15:23"}, {"issued": "2024-04-09"}),  # a crawler's timestamp dates the day
    ({"issued": "2024-04-09T15:23:00+08:00"}, {"issued": "2024-04-09"}),
    ({"url": "", "title": None, "doc_number": "赣府发〔2024〕3号"}, {"doc_number": "赣府发〔2024〕3号"}),
    ({"crawled_at": "2024-05-01", "status": 200}, {}),  # a scraper's own columns are not metadata
])
def test_supplied_fields_are_typed(raw, expected):
    assert check_fields(raw, "row 1") == expected


@pytest.mark.parametrize(("raw", "words"), [
    ({"year": "20x5"}, "year '20x5'"),
    ({"year": 1850}, "year 1850"),
    ({"year": True}, "year True"),
    ({"issued": "2024年4月9日"}, "not an ISO date"),
    ({"issued": "2024-13-01"}, "not an ISO date"),
    ({"region": ["上海"]}, "region must be text"),
])
def test_unreadable_fields_are_coded_errors_naming_the_row(raw, words):
    with pytest.raises(PolicydbError) as error:
        check_fields(raw, "m.csv:3")
    assert error.value.code == "E015" and "m.csv:3" in str(error.value) and words in str(error.value)


# --- manifest and sidecar files -------------------------------------------------------------

def test_manifest_paths_are_relative_to_its_folder(tmp_path):
    manifest = write(tmp_path / "crawl", "m.csv", "path,url,year,fetched\npages/a.txt,http://x.gov.cn/a,2024,t\n")
    read = read_manifest(manifest)
    assert read.entries == {str(tmp_path / "crawl" / "pages" / "a.txt"): {"url": "http://x.gov.cn/a", "year": 2024}}
    assert read.ignored_columns == ["fetched"]


def test_jsonl_manifest_keeps_good_lines_and_reports_bad_ones(tmp_path):
    manifest = write(tmp_path, "m.jsonl", '{"path": "a.txt", "year": 2024}\nnot json\n[1]\n{"path": "b.txt", '
                                          '"year": "x"}\n{"url": "http://no-path"}\n')
    read = read_manifest(manifest)
    assert list(read.entries) == [str(tmp_path / "a.txt")]
    problems = {(Path(p.where).name, p.code) for p in read.problems}
    assert problems == {("m.jsonl:2", "E014"), ("m.jsonl:3", "E014"), ("b.txt", "E015"), ("m.jsonl:5", "E014")}


@pytest.mark.parametrize(("name", "text", "code"), [
    ("m.csv", "file,url\na.txt,http://x\n", "E014"),  # no path column
    ("m.xlsx", "path\n", "E014"),  # not a manifest type
    ("m.csv", None, "E001"),  # missing
])
def test_unusable_manifest_is_refused_whole(tmp_path, name, text, code):
    path = write(tmp_path, name, text) if text is not None else tmp_path / name
    with pytest.raises(PolicydbError) as error:
        read_manifest(path)
    assert error.value.code == code


def test_manifest_in_another_encoding_is_refused_with_a_hint(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes("path,region\na.txt,上海\n".encode("gbk"))
    with pytest.raises(PolicydbError, match="not UTF-8") as error:
        read_manifest(path)
    assert error.value.code == "E014"


def test_sidecar_named_after_the_file_or_its_stem(tmp_path):
    notice = write(tmp_path, "a.html", "<p>x</p>")
    assert read_sidecar(notice) == {}
    write(tmp_path, "a.meta.json", '{"year": 2023}')
    assert read_sidecar(notice) == {"year": 2023}
    write(tmp_path, "a.html.meta.json", '{"year": 2024}')  # the full name wins
    assert read_sidecar(notice) == {"year": 2024}
    write(tmp_path, "a.html.meta.json", "[2024]")
    with pytest.raises(PolicydbError) as error:
        read_sidecar(notice)
    assert error.value.code == "E015"


# --- through the pipeline -----------------------------------------------------------------

def test_supplied_year_and_region_win_and_are_marked(tmp_path):
    notice = write(tmp_path, "a.txt", REPORT)
    found = export(process_path(notice))["meta"]
    assert (found["region"], found["year"], found["supplied"]) == (None, None, [])
    write(tmp_path, "a.meta.json", json.dumps({"year": 2024, "region": "九江", "url": "http://jj.gov.cn/1"}))
    data = export(process_path(notice))
    assert data["meta"]["region"] == "九江市"  # read as a division, with its code
    assert data["meta"]["year"] == 2024 and data["meta"]["url"] == "http://jj.gov.cn/1"
    assert data["meta"]["supplied"] == ["url", "region", "year"]
    # 今年 is the supplied year: the targets are for 2024.
    assert {g["period"] for g in data["goals"]} == {"2024"}


def test_supplied_date_dates_a_notice_with_no_year(tmp_path):
    notice = write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "a.meta.json", '{"issued": "2023-01-12"}')
    meta = export(process_path(notice))["meta"]
    assert (meta["issued"], meta["year"], meta["supplied"]) == ("2023-01-12", 2023, ["issued"])


def test_manifest_supplies_the_year_diff_then_uses(tmp_path):
    write(tmp_path / "crawl", "2023.txt", REPORT.replace("6%左右", "6.5%左右"))
    write(tmp_path / "crawl", "2024.txt", REPORT)
    manifest = write(tmp_path, "manifest.csv", "path,region,year,url\ncrawl/2023.txt,九江市,2023,http://jj/23\n"
                                               "crawl/2024.txt,九江,2024,http://jj/24\n")
    db_path = tmp_path / "s.sqlite"
    summary = ingest_paths([], db_path, manifest=manifest)
    assert summary.counts["ingested"] == 2
    report = store.diff_targets(store.open_db(db_path), "九江", 2023, 2024)
    gdp = next(r for r in report.rows if r.indicator == "地区生产总值增长")
    assert (gdp.status, gdp.before.value, gdp.after.value, gdp.change) == ("changed", 6.5, 6.0, -0.5)
    assert (gdp.before.url, gdp.after.url) == ("http://jj/23", "http://jj/24")  # every answer says where


def test_bad_manifest_rows_are_rejections_and_the_rest_ingest(tmp_path):
    shutil.copy(CORPUS / "000_de8a73357565e53b.txt", tmp_path / "good.txt")
    write(tmp_path, "bad.txt", REPORT)
    manifest = write(tmp_path, "m.csv", "path,year\ngood.txt,2018\nbad.txt,20x8\ngone.txt,2018\n,2018\n")
    db_path = tmp_path / "s.sqlite"
    summary = ingest_paths([], db_path, manifest=manifest)
    outcomes = {Path(f.path).name: (f.outcome, f.code) for f in summary.files}
    assert outcomes == {"good.txt": ("ingested", None), "bad.txt": ("rejected", "E015"),
                        "gone.txt": ("rejected", "E001"), "m.csv:5": ("rejected", "E014")}
    db = store.open_db(db_path)
    assert db.execute("SELECT COUNT(*) FROM notices").fetchone()[0] == 1
    reasons = {Path(r[0]).name: r[1] for r in db.execute("SELECT path, reason FROM rejections")}
    assert "20x8" in reasons["bad.txt"] and "does not exist" in reasons["gone.txt"]


def test_a_changed_manifest_row_reparses_its_notice(tmp_path):
    write(tmp_path, "a.txt", REPORT)
    db_path = tmp_path / "s.sqlite"
    manifest = write(tmp_path, "m.csv", "path,year\na.txt,2023\n")
    assert ingest_paths([], db_path, manifest=manifest).counts["ingested"] == 1
    assert ingest_paths([], db_path, manifest=manifest).counts["unchanged"] == 1
    write(tmp_path, "m.csv", "path,year\na.txt,2024\n")
    assert ingest_paths([], db_path, manifest=manifest).counts["replaced"] == 1
    db = store.open_db(db_path)
    assert db.execute("SELECT year, supplied FROM notices").fetchone() == (2024, '["year"]')


def test_sidecars_are_read_with_their_notice_not_ingested_or_skipped(tmp_path):
    write(tmp_path / "in", "a.txt", REPORT)
    write(tmp_path / "in", "a.meta.json", '{"region": "上海", "year": 2025}')
    summary = ingest_paths([tmp_path / "in"], tmp_path / "s.sqlite")
    assert summary.counts == {"ingested": 1, "unchanged": 0, "replaced": 0, "duplicate": 0, "rejected": 0,
                              "skipped": 0}
    notice = store.list_notices(store.open_db(tmp_path / "s.sqlite"))[0]
    assert (notice.region, notice.region_code, notice.year, notice.flags) == ("上海市", "310000", 2025, [])


def test_notices_flags_what_diff_cannot_use(tmp_path):
    write(tmp_path / "in", "a.txt", REPORT)
    ingest_paths([tmp_path / "in"], tmp_path / "s.sqlite")
    [notice] = store.list_notices(store.open_db(tmp_path / "s.sqlite"), flagged=True)
    assert notice.flags == ["no region", "no year"] and notice.goals == 2
