"""Ingest: a file (text or saved HTML page, any supported encoding) → the notice's own text.

`ingest_path(path)` is the stage's entry point; `ingest_bytes` does the same for bytes
already in memory. Bytes are decoded once here (decode.py); HTML is reduced to the
article's lines (html.py); plain-text scrapes lose the furniture sites add (chrome.py).
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from ingest.chrome import page_fields, strip_chrome
from ingest.crawl import is_crawl_file
from ingest.decode import declared_charset, decode_bytes, sniff_binary
from policydb.errors import PolicydbError
from policydb.records import IngestedNotice

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
# Real notices are well under 1 MB, saved pages with their markup a few MB. A bigger file
# is a mistake (a dump, a log, a concatenation) and costs memory in proportion: a page of
# 10 MB of short paragraphs peaks at ~250 MB in ingest (its parse tree), a text of 20 MB
# at ~650 MB through the whole pipeline. So it is refused unless the caller raises the limit.
MAX_BYTES = 10 * 1024 * 1024

__all__ = ["ingest_path", "ingest_bytes", "MAX_BYTES", "SUPPORTED_SUFFIXES"]
SUPPORTED_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


def ingest_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> IngestedNotice:
    """Read and ingest one notice file; raise PolicydbError (E001–E011) when it is not one.

    A file over `max_bytes` is refused with E011 before it is read.
    """
    p = Path(path)
    shown = _shown(p)
    info = _stat(p, shown)
    if is_crawl_file(p.name) and stat.S_ISREG(info.st_mode):
        raise PolicydbError("E007", f"{shown} is crawl output holding many pages: `policydb ingest {shown}` reads "
                                    "it record by record")
    if stat.S_ISDIR(info.st_mode):
        raise PolicydbError("E002", f"{shown} is a directory")
    if not stat.S_ISREG(info.st_mode):
        # Reading a FIFO or a device would block or never end.
        raise PolicydbError("E007", f"{shown} is not a regular file (a pipe, socket or device)")
    if info.st_size > max_bytes:
        raise _too_big(shown, info.st_size, max_bytes)
    try:
        with p.open("rb") as fh:
            # One byte more than allowed tells a file that grew since stat from one that fits.
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise PolicydbError("E009", f"{shown}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise _too_big(shown, None, max_bytes)
    # Content before name: a PDF saved as .txt is still a PDF, and says so (E004).
    if kind := sniff_binary(data):
        raise PolicydbError("E004", f"{shown} is {kind}")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not _looks_like_extensionless_text(p):
        raise PolicydbError("E007", f"{shown}: '{suffix}' files are not supported (use .txt or .html)")
    return ingest_bytes(data, source=shown, html=suffix in HTML_SUFFIXES or None)


def _shown(path: str | os.PathLike[str]) -> str:
    """The path as it can be printed and stored. A name saved in another encoding (GBK
    names unpacked from a zip made on Windows) is not valid UTF-8; its bytes are
    shown as \\xNN rather than breaking every print and database write later."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def _stat(p: Path, shown: str) -> os.stat_result:
    """The file's status, following links; E001 for a path that leads nowhere."""
    try:
        return p.stat()
    except (FileNotFoundError, NotADirectoryError, ValueError) as exc:
        if p.is_symlink():
            raise PolicydbError("E001", f"{shown} is a broken symbolic link (to {_shown(os.readlink(p))})") from exc
        raise PolicydbError("E001", f"{shown} does not exist") from exc
    except OSError as exc:  # a link loop, a folder we may not enter
        raise PolicydbError("E009", f"{shown}: {exc.strerror or exc}") from exc


def _too_big(shown: str, size: int | None, limit: int) -> PolicydbError:
    stated = f"{size:,} bytes" if size is not None else "larger than that"
    return PolicydbError("E011", f"{shown} is {stated}, over the {_megabytes(limit)} limit for one notice; "
                                 "to ingest it anyway raise the limit (--max-size, or max_bytes= in Python)")


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _looks_like_extensionless_text(p: Path) -> bool:
    # Scrapes are often saved under their URL's last segment (`content_5359620`,
    # `index.shtml?id=3`): a suffix that is not a known type but has no letters-only
    # extension shape is treated as having none.
    return not p.suffix[1:].isalpha()


def ingest_bytes(data: bytes, *, source: str = "<bytes>", html: bool | None = None,
                 charset: str | None = None) -> IngestedNotice:
    """Ingest one notice's bytes. `html=None` decides from the content. `charset` is what
    the bytes' carrier declared (an HTTP header): a hint, after the page's own declaration,
    and verified like it."""
    declared = declared_charset(data) or charset
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
    # The fields of dropped bylines and info tables are chrome for the text but evidence
    # for the metadata (a table's 标题 and 发文字号, a byline's date for a report's 今年).
    for label, value in page_fields(dropped).items():
        page_meta.setdefault(label, value)
    if not text.strip():
        found = "the page has no article text" if is_html else "nothing but page furniture was found"
        raise PolicydbError("E006", f"{source}: {found}")
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


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head
