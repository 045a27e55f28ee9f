"""Seeded mutations of real notices: what scrapers and file systems do to pages.

    for case in cases(seed=0, count=300): case.name, case.data, case.html

Each case is bytes that `ingest_bytes` → `process_ingested` must turn into an answer or a
coded PolicydbError: never another exception. The mutations are the damage the fuzzer
of issue 13 used — byte flips, truncation, re-encoding, mixed encodings, a declared
charset that lies or names no page encoding, HTML nesting, pathological lines (many
amounts on one line, runs of blank lines, a line with no punctuation) — applied to the
bundled corpus, so a failing case is reproduced by its seed and index alone.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# Codecs a page may be written in or claim, right or wrong.
ENCODINGS = ("utf-8", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "latin-1")
DECLARED = ("gb2312", "utf-8", "big5", "zlib", "idna", "utf-16", "x-user-defined", "rot13", "no-such", "shift_jis")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    html: bool


def _texts() -> list[tuple[str, str, bool]]:
    out = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".html", ".htm"):
            raw = path.read_bytes()
            for encoding in ("utf-8", "gb18030"):
                try:
                    out.append((path.name, raw.decode(encoding), path.suffix != ".txt"))
                    break
                except UnicodeDecodeError:
                    continue
    return out


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def _reencode(rng: random.Random, text: str) -> bytes:
    return text.encode(rng.choice(ENCODINGS), errors="replace")


def _mixed(rng: random.Random, text: str) -> bytes:
    lines = text.splitlines(keepends=True)
    return b"".join(line.encode(rng.choice(("utf-8", "gbk", "big5")), errors="replace") for line in lines)


def _declared(rng: random.Random, text: str) -> bytes:
    page = f'<html><head><meta charset="{rng.choice(DECLARED)}"></head><body><p>{text}</p></body></html>'
    return page.encode(rng.choice(("utf-8", "gbk")), errors="replace")


def _nested(rng: random.Random, text: str) -> bytes:
    depth = rng.randint(50, 1500)
    tag = rng.choice(("div", "span", "table><tr><td", "ul><li"))
    close = "</" + "></".join(reversed(tag.split("><"))) + ">"
    inner = rng.choice(("发布机构:某局 成文日期:2024-01-01 索引号:1", text[:2000]))
    return f"<html><body>{('<' + tag + '>') * depth}{inner}{close * depth}</body></html>".encode()


def _many_amounts(rng: random.Random, text: str) -> bytes:
    count = rng.randint(500, 4000)
    line = rng.choice(("，", " ", "、", "")).join(f"指标{i}增长{i % 97}%" for i in range(count))
    return (text[:500] + "\n" + line + "\n").encode()


def _blank_run(rng: random.Random, text: str) -> bytes:
    cut = rng.randrange(len(text) + 1)
    return (text[:cut] + rng.choice(("\n", "\r\n", " \n", "\u3000\n")) * rng.randint(1000, 30000) + text[cut:]).encode()


def _long_line(rng: random.Random, text: str) -> bytes:
    return ("".join(text.split()) * rng.randint(1, 8)).encode()


BYTE_MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (_flip, _truncate)
TEXT_MUTATIONS: tuple[Callable[[random.Random, str], bytes], ...] = (
    _reencode, _mixed, _declared, _nested, _many_amounts, _blank_run, _long_line)


def cases(seed: int = 0, count: int = 300) -> Iterator[Case]:
    rng = random.Random(seed)
    texts = _texts()
    for index in range(count):
        name, text, html = rng.choice(texts)
        if rng.random() < 0.3:
            mutation = rng.choice(BYTE_MUTATIONS)
            data = mutation(rng, text.encode("utf-8"))
        else:
            mutation = rng.choice(TEXT_MUTATIONS)
            data = mutation(rng, text)
            html = html or mutation in (_declared, _nested)
        yield Case(f"{seed}:{index} {mutation.__name__.lstrip('_')} {name}", data, html)
