"""Crawl output as notices: WARC files and a scraper's JSON Lines feed, record by record.

    for record in read_crawl("crawl/2024.warc.gz"):     # or a Scrapy feed: items.jsonl
        record.name, record.url, record.fetched         # crawl/2024.warc.gz#8812, http://…, 2024-05-01T…
        record.data                                     # the page's bytes; None when skipped or broken
        record.skip or record.error                     # why it is not a page / cannot be read

WARC (`.warc`, `.warc.gz`: Common Crawl, Heritrix, `wget --warc-file`, Browsertrix) is
read with warcio, the reference reader: reading is 0.06 ms a record where FastWARC takes
0.03 (2,000 pages, gzipped), against about 10 ms to parse a notice, so the difference is
lost in the pipeline and warcio's pure-Python install wins. Each `response` (or
`resource`) record with a 2xx status and an HTML or text body is a page, named
`FILE#OFFSET` (its byte offset, stable across re-runs) and carrying its target URI, its
WARC-Date and the charset its HTTP header declares (one more hint for decode). Other
responses are skipped with the reason (`content type image/png`, `HTTP 404`); records
that are not responses (warcinfo, request, metadata) are counted by type. A record cut
short (a truncated file) or failing its digest is an error (E021), and reading stops
there: nothing after a cut can be trusted to start a record.

A JSON Lines feed holds one object per line: `url`, the page as `html` or `text`, and
optionally a fetch time (`fetched_at`, `fetch_time`, `crawled_at` or `timestamp`) and
the manifest fields (`title`, `issuer`, `issued`, `region`, `year`, `doc_number`), which
win over what the text says as a manifest's do. A line that is not a JSON object, or has
no body, is an error (E021) naming its line; the lines after it go on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from policydb.errors import PolicydbError

WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".jsonl", ".jl", ".ndjson")
CRAWL_SUFFIXES = WARC_SUFFIXES + FEED_SUFFIXES
# A feed line's fetch time, by the names scrapers give it.
_FETCH_KEYS = ("fetched_at", "fetch_time", "fetched", "crawled_at", "timestamp")
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_PAGE_RECORDS = ("response", "resource")


@dataclass
class CrawlRecord:
    name: str  # how the record is stored and shown: FILE#OFFSET, FILE#LINE
    url: str | None = None
    fetched: str | None = None  # when the crawler fetched it (ISO 8601, as the crawl wrote it)
    data: bytes | None = None  # the page; None when skipped or broken
    html: bool | None = None  # None: decide from the content
    charset: str | None = None  # the HTTP header's
    supplied: dict[str, Any] = field(default_factory=dict)  # the manifest fields a feed line gives
    skip: str | None = None  # why it is no page (a content type, an HTTP status)
    error: str | None = None  # why it cannot be read
    error_code: str = "E021"  # E021; E015 for a feed line's field that cannot be read


def is_crawl_file(path: str) -> bool:
    return path.lower().endswith(CRAWL_SUFFIXES)


def read_crawl(path: str) -> Iterator[CrawlRecord]:
    """The records of a WARC file or a JSON Lines feed, in file order."""
    if path.lower().endswith(WARC_SUFFIXES):
        yield from _warc_records(path)
    else:
        yield from _feed_records(path)


# --- WARC -------------------------------------------------------------------------------

def _warcio():
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise PolicydbError("E008", "reading WARC files needs warcio: pip install warcio") from None
    return ArchiveIterator, ArchiveLoadFailed


def _warc_records(path: str) -> Iterator[CrawlRecord]:
    archive_iterator, load_failed = _warcio()
    others: dict[str, int] = {}
    with open(path, "rb") as handle:
        records = archive_iterator(handle, check_digests=True)
        try:
            for record in records:
                if record.format != "warc":  # warcio reads what is no WARC record as an old ARC one
                    yield CrawlRecord(name=f"{path}#{records.offset}", error="not a WARC record (no WARC/1.x header)")
                    return
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                # A crawler's own files (wget's log and arguments as metadata:// resources)
                # are not pages of the web.
                if record.rec_type not in _PAGE_RECORDS or not uri.lower().startswith(("http://", "https://")):
                    others[record.rec_type] = others.get(record.rec_type, 0) + 1
                    continue
                page = _warc_page(record)
                # Asked after the body is read: warcio finds a record's offset by reading to its end.
                page.name = f"{path}#{records.get_record_offset()}"
                yield page
        except (load_failed, OSError, EOFError, ValueError) as exc:  # a gzip member or header cut short
            yield CrawlRecord(name=f"{path}#{records.offset}", error=f"the WARC file breaks off here ({exc})")
    if others:
        yield CrawlRecord(name=path, skip="records that are not pages: " + ", ".join(
            f"{count} {kind}" for kind, count in sorted(others.items())))


def _warc_page(record: Any) -> CrawlRecord:
    headers = record.rec_headers
    page = CrawlRecord(name="", url=headers.get_header("WARC-Target-URI"), fetched=headers.get_header("WARC-Date"))
    http = record.http_headers
    content_type = (http.get_header("Content-Type") if http else None) or \
        headers.get_header("Content-Type") or ""
    # The standard library's MIME header parser: the media type, and the charset parameter
    # however it is quoted or spaced.
    header = Message()
    header["Content-Type"] = content_type
    # No type at all, or a malformed one: the body decides (html=None), as browsers sniff.
    media_type = header.get_content_type() if "/" in content_type else ""
    if http is not None and record.rec_type == "response":
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            page.skip = f"HTTP {status or 'status missing'}"
            return page
    if media_type and media_type not in _PAGE_TYPES:
        page.skip = f"content type {media_type}"
        return page
    data = record.content_stream().read()
    # Bytes the record's length promised that the file does not hold: it was cut short.
    missing = getattr(record.raw_stream, "limit", 0)
    if missing or record.digest_checker.passed is False:
        page.error = f"the record is cut short ({missing} bytes missing)" if missing else \
            f"the record fails its digest ({'; '.join(map(str, record.digest_checker.problems))})"
        return page
    if not data.strip():
        page.error = "the record has no body"
        return page
    page.data = data
    if page.url:
        page.supplied = {"url": page.url}
    page.html = None if not media_type else media_type != "text/plain"
    charset = header.get_param("charset")
    page.charset = charset if isinstance(charset, str) and charset.strip() else None
    return page


# --- JSON Lines -------------------------------------------------------------------------

def _feed_records(path: str) -> Iterator[CrawlRecord]:
    from ingest.supplied import FIELDS, check_fields

    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            name = f"{path}#{number}"
            try:
                item = json.loads(raw)
            except ValueError as exc:  # not JSON, or not UTF-8
                yield CrawlRecord(name=name, error=f"line {number} is not JSON ({exc})")
                continue
            if not isinstance(item, dict):
                yield CrawlRecord(name=name, error=f"line {number} is JSON but not an object")
                continue
            body = item.get("html") if isinstance(item.get("html"), str) and item["html"].strip() else None
            text = item.get("text") if isinstance(item.get("text"), str) and item["text"].strip() else None
            url = item.get("url") if isinstance(item.get("url"), str) else None
            fetched = next((str(item[k]) for k in _FETCH_KEYS if item.get(k) not in (None, "")), None)
            record = CrawlRecord(name=name, url=url, fetched=fetched)
            if body is None and text is None:
                record.error = f"line {number} has no `html` or `text` to read"
                yield record
                continue
            try:
                record.supplied = check_fields({k: item[k] for k in FIELDS if k in item}, name)
            except PolicydbError as exc:
                record.error, record.error_code = exc.detail, exc.code
                yield record
                continue
            if url:
                record.supplied.setdefault("url", url)
            record.data = (body if body is not None else text).encode("utf-8")
            record.html = body is not None
            record.charset = "utf-8"
            yield record
