"""Crawl output in: WARC files (written here by warcio, the reference writer) and a
scraper's JSON Lines feed, record by record, with their URLs and fetch times kept; bad
records are rejections with a code and the rest of the file goes on."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import store
from ingest.crawl import read_crawl
from policydb.batch import ingest_paths
from tests.conftest import CORPUS

PAGE = CORPUS / "005_govcn-2019-wufeichengshi.html"
TEXT = CORPUS / "000_de8a73357565e53b.txt"
LIST_PAGE = ("<html><body><ul>" + "".join(f'<li><a href="/n/{i}.html">关于做好第{i}批招商引资项目申报工作的通知</a></li>'
                                          for i in range(40)) + "</ul></body></html>").encode("utf-8")


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], *, gz: bool = True) -> Path:
    """A WARC of response records: (url, HTTP status line, body, content type)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "policydb tests"}))
        for url, status, body, content_type in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    return path


@pytest.fixture
def crawl(tmp_path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz", [
        ("http://www.gov.cn/zhengce/a.html", "200 OK", PAGE.read_bytes(), "text/html; charset=utf-8"),
        ("http://cz.gov.cn/b.txt", "200 OK", TEXT.read_bytes(), "text/plain"),
        ("http://www.gov.cn/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        ("http://www.gov.cn/gone.html", "404 Not Found", "<html>页面不存在</html>".encode(), "text/html"),
        ("http://www.gov.cn/list/index.html", "200 OK", LIST_PAGE, "text/html"),
        ("http://www.example.com/en.html", "200 OK", b"<html><body><p>" + b"English only. " * 40 + b"</p></body></html>",
         "text/html"),
    ])


def test_a_warc_is_ingested_record_by_record_with_urls_and_fetch_times(crawl, tmp_path):
    db_path = str(tmp_path / "store.sqlite")
    summary = ingest_paths([str(crawl)], db_path)
    stored = {f.path: f for f in summary.ingested}
    assert len(stored) == 2 and all(path.startswith(str(crawl) + "#") for path in stored)
    db = store.open_db(db_path, readonly=True)
    sources = {row["url"]: row for row in db.query("SELECT url, fetched_at, path FROM sources")}
    assert set(sources) == {"http://www.gov.cn/zhengce/a.html", "http://cz.gov.cn/b.txt"}
    assert all(row["fetched_at"] for row in sources.values())
    # The URL is shown with every answer.
    assert store.who_leads(db, "制定重点招商企业目录清单")[0].url == "http://cz.gov.cn/b.txt"
    skipped = {f.reason for f in summary.skipped}
    assert {"content type image/png", "HTTP 404 Not Found"} <= skipped or {"content type image/png", "HTTP 404"} <= \
        skipped
    assert any(r.startswith("records that are not pages: 1 warcinfo") for r in skipped)
    not_notices = {f.path.rsplit("#")[0]: f.reason for f in summary.skipped if f.code == "E022"}
    assert len(not_notices) == 1 and len([f for f in summary.skipped if f.code == "E022"]) == 2
    assert not summary.rejected


def test_a_rerun_parses_nothing_again(crawl, tmp_path):
    db_path = str(tmp_path / "store.sqlite")
    ingest_paths([str(crawl)], db_path)
    again = ingest_paths([str(crawl)], db_path)
    assert again.counts["ingested"] == 0 and again.counts["unchanged"] == 2 and not again.rejected
    assert again.counts["skipped"] == 5  # the image, the 404, the list page, the English page, the warcinfo


def test_a_truncated_warc_stores_what_came_before_the_cut(tmp_path):
    whole = write_warc(tmp_path / "whole.warc", [
        (f"http://cz.gov.cn/{i}.txt", "200 OK", TEXT.read_bytes() + f"\n第{i}号".encode(), "text/plain")
        for i in range(3)], gz=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.8)])
    summary = ingest_paths([str(cut)], str(tmp_path / "store.sqlite"))
    assert len(summary.ingested) == 2
    assert [f.code for f in summary.rejected] == ["E021"] and "cut short" in summary.rejected[0].reason


def test_a_gzip_warc_cut_inside_a_member_is_a_rejection_too(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", [
        (f"http://cz.gov.cn/{i}.txt", "200 OK", TEXT.read_bytes() + f"\n第{i}号".encode(), "text/plain")
        for i in range(3)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.8)])
    summary = ingest_paths([str(cut)], str(tmp_path / "store.sqlite"))
    assert summary.ingested and [f.code for f in summary.rejected] == ["E021"]


def test_the_http_header_charset_is_a_hint_for_decode(tmp_path):
    text = TEXT.read_text(encoding="utf-8")
    body = f"<html><body><p>{text}</p></body></html>".encode("gb18030")  # no <meta charset>
    crawl = write_warc(tmp_path / "gbk.warc.gz", [("http://cz.gov.cn/gbk.html", "200 OK", body,
                                                  "text/html; charset=GBK")])
    record = next(read_crawl(str(crawl)))
    assert record.charset == "GBK"
    summary = ingest_paths([str(crawl)], str(tmp_path / "store.sqlite"))
    assert len(summary.ingested) == 1


def feed(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_json_lines_feed_with_manifest_fields(tmp_path):
    path = feed(tmp_path, [
        json.dumps({"url": "http://www.gov.cn/a.html", "html": PAGE.read_text(encoding="utf-8", errors="replace"),
                    "fetched_at": "2024-05-01T08:00:00Z"}, ensure_ascii=False),
        '{"url": "http://x/broken", "html": "<html',
        json.dumps({"url": "http://x/empty"}),
        json.dumps({"url": "http://cz.gov.cn/b", "text": TEXT.read_text(encoding="utf-8"), "region": "沧州",
                    "year": 2018}, ensure_ascii=False),
        json.dumps({"url": "http://cz.gov.cn/c", "text": TEXT.read_text(encoding="utf-8") + "\n附", "year": "明年"},
                   ensure_ascii=False),
        "[1, 2]",
    ])
    db_path = str(tmp_path / "store.sqlite")
    summary = ingest_paths([str(path)], db_path)
    assert [f.path.rsplit("#", 1)[1] for f in summary.ingested] == ["1", "4"]
    assert {f.path.rsplit("#", 1)[1]: f.code for f in summary.rejected} == {"2": "E021", "3": "E021", "5": "E015",
                                                                           "6": "E021"}
    db = store.open_db(db_path, readonly=True)
    notices = {n.url: n for n in store.list_notices(db)}
    assert set(notices) == {"http://www.gov.cn/a.html", "http://cz.gov.cn/b"}
    assert notices["http://cz.gov.cn/b"].region == "沧州市" and {"region", "year", "url"} <= \
        set(notices["http://cz.gov.cn/b"].supplied)
    fetched = db.execute("SELECT fetched_at FROM sources WHERE url = 'http://www.gov.cn/a.html'").fetchone()[0]
    assert fetched == "2024-05-01T08:00:00Z"


def test_warc_files_in_a_folder_are_read_but_a_feed_must_be_named(crawl, tmp_path):
    feed(crawl.parent, [json.dumps({"url": "http://x", "text": TEXT.read_text(encoding="utf-8")},
                                   ensure_ascii=False)])
    summary = ingest_paths([str(crawl.parent)], str(tmp_path / "folder.sqlite"))
    assert len(summary.ingested) == 2
    assert any(f.path.endswith("items.jsonl") and f.outcome == "skipped" for f in summary.files)


def test_extract_refuses_a_crawl_file_with_a_pointer_to_ingest(crawl):
    from policydb.api import process_path
    from policydb.errors import PolicydbError

    with pytest.raises(PolicydbError) as error:
        process_path(crawl)
    assert error.value.code == "E007" and "policydb ingest" in str(error.value)


def test_a_gzip_file_that_is_no_warc_is_a_rejection(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a WARC record\r\n\r\n"))
    summary = ingest_paths([str(bad)], str(tmp_path / "store.sqlite"))
    assert [f.code for f in summary.rejected] == ["E021"]
