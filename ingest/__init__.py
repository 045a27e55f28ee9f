"""Ingest: a file (text or saved HTML page, any supported encoding) → the notice's own text.

`ingest_path(path)` is the stage's entry point; `ingest_bytes` does the same for bytes
already in memory. Bytes are decoded once here (decode.py); HTML is reduced to the
article's lines (html.py); plain-text scrapes lose the furniture sites add (chrome.py).
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from ingest.chrome import strip_chrome
from ingest.decode import declared_charset, decode_bytes, sniff_binary
from policydb.errors import PolicydbError
from policydb.records import DroppedLine, IngestedNotice

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
# Larger than any real notice; a bigger file is a mistake (a dump, a log), not one notice.
MAX_BYTES = 50 * 1024 * 1024

__all__ = ["ingest_path", "ingest_bytes", "SUPPORTED_SUFFIXES"]
SUPPORTED_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


def ingest_path(path: str | os.PathLike[str]) -> IngestedNotice:
    """Read and ingest one notice file; raise PolicydbError (E001–E009) when it is not one."""
    p = Path(path)
    if not p.exists():
        raise PolicydbError("E001", f"{p} does not exist")
    if p.is_dir():
        raise PolicydbError("E002", f"{p} is a directory")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise PolicydbError("E009", f"{p} is {size} bytes, more than the {MAX_BYTES} a notice can be")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise PolicydbError("E009", f"{p}: {exc.strerror or exc}") from exc
    # Content before name: a PDF saved as .txt is still a PDF, and says so (E004).
    if kind := sniff_binary(data):
        raise PolicydbError("E004", f"{p} is {kind}")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not _looks_like_extensionless_text(p):
        raise PolicydbError("E007", f"{p}: '{suffix}' files are not supported (use .txt or .html)")
    return ingest_bytes(data, source=str(p), html=suffix in HTML_SUFFIXES or None)


def _looks_like_extensionless_text(p: Path) -> bool:
    # Scrapes are often saved under their URL's last segment (`content_5359620`,
    # `index.shtml?id=3`): a suffix that is not a known type but has no letters-only
    # extension shape is treated as having none.
    return not p.suffix[1:].isalpha()


def ingest_bytes(data: bytes, *, source: str = "<bytes>", html: bool | None = None) -> IngestedNotice:
    """Ingest one notice's bytes. `html=None` decides from the content."""
    declared = declared_charset(data)
    decoded = decode_bytes(data, declared=declared, name=source)
    is_html = html if html is not None else _looks_like_html(decoded.text)
    page_meta: dict[str, str] = {}
    if is_html:
        from ingest.html import html_to_article

        article = html_to_article(decoded.text)
        body = article.text
        page_meta = dict(article.page_meta)
        if article.title:
            page_meta.setdefault("页面标题", article.title)
    else:
        body = decoded.text
    text, dropped = strip_chrome(body)
    if published := _publication_date(dropped):
        # The page's date banner or byline is chrome, but it dates a news report (今年).
        page_meta.setdefault("发布日期", published)
    if not text.strip():
        raise PolicydbError("E006", f"{source}: nothing but page furniture was found")
    return IngestedNotice(
        source=source,
        text=text,
        raw_text=decoded.text,
        encoding=decoded.encoding,
        format="html" if is_html else "text",
        replaced_bytes=decoded.replaced,
        dropped=dropped,
        page_meta=page_meta,
    )


_DATE = re.compile(r"((?:19|20)\d{2})[年\-/.](\d{1,2})[月\-/.](\d{1,2})")


def _publication_date(dropped: list[DroppedLine]) -> str | None:
    for line in dropped:
        if line.rule in ("date_banner", "byline_fields") and (m := _DATE.search(line.text)):
            return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日"
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head
