"""bench/generate.py: the benchmark's synthetic corpus is reproducible, mixed as its
docstring says, and every kind of file it writes goes through the real pipeline."""
from __future__ import annotations

import importlib.util
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

import opencc
import pytest

from policydb.api import process_path

ROOT = Path(__file__).resolve().parent.parent

# bench/ is not a package: load the module from its file, as `python bench/generate.py` runs it.
_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate  # dataclasses look their module up while the class is built
_spec.loader.exec_module(generate)

N = 200
PER_KIND = 4  # files of each kind and form that go through the pipeline
AID = re.compile(r"[\u3400-\u9fff]\([a-zü" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ" + r"]{1,6}\)")
META_CHARSET = re.compile(rb"""<meta[^>]*charset=["']?([\w-]+)""", re.IGNORECASE)


@pytest.fixture(scope="module")
def notices() -> list[tuple[str, bytes]]:
    return list(generate.iter_notices(N, seed=0))


@pytest.fixture(scope="module")
def processed(notices, tmp_path_factory):
    """PER_KIND notices of each kind and form, written out and run through the pipeline."""
    folder = tmp_path_factory.mktemp("generated")
    taken: Counter[str] = Counter()
    out = {}
    for name, data in notices:
        kind = name.split("_", 1)[1]
        if taken[kind] < PER_KIND:
            taken[kind] += 1
            path = folder / name
            path.write_bytes(data)
            out[name] = process_path(path)
    return out


def _kind(name: str) -> str:
    return name.split("_", 1)[1].rsplit(".", 1)[0]


def test_same_seed_same_bytes_and_a_notice_does_not_depend_on_how_many(notices):
    assert list(generate.iter_notices(20, seed=0)) == notices[:20]
    assert [data for _, data in generate.iter_notices(20, seed=1)] != [data for _, data in notices[:20]]


def test_write_corpus_writes_what_iter_notices_yields_and_counts_it(notices, tmp_path):
    stats = generate.write_corpus(N, tmp_path, seed=0)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name for name, _ in notices]
    assert all((tmp_path / name).read_bytes() == data for name, data in notices)
    assert stats.files == N
    assert stats.kinds == dict(Counter(_kind(name) for name, _ in notices))
    assert stats.total_bytes == sum(len(data) for _, data in notices)
    assert stats.median_bytes == statistics.median(len(data) for _, data in notices)


def test_mix_and_sizes_are_as_documented(notices):
    kinds = Counter(_kind(name) for name, _ in notices)
    share = {kind: count / N for kind, count in kinds.items()}
    assert set(kinds) == set(generate.KIND_SHARES)
    traditional = share["t-utf8"] + share["t-big5"] + share["t-pinyin"]
    simplified = share["s-utf8"] + share["s-gbk"] + share["s-spinner"]
    assert 0.12 <= traditional <= 0.30
    assert 0.04 <= share["t-pinyin"] <= 0.17
    assert 0.01 <= share["damaged"] <= 0.11
    assert 0.03 <= share["s-gbk"] / simplified <= 0.18
    assert 0.30 <= sum(name.endswith(".html") for name, _ in notices) / N <= 0.50
    sizes = sorted(len(data) for _, data in notices)
    assert 4000 <= statistics.median(sizes) <= 6500
    assert sizes[0] >= 1400 and sizes[-1] <= 45000
    assert sizes[N // 10] < 3000 and sizes[-N // 10] > 8000  # spread, not all near the median


def test_files_are_encoded_as_named_and_pages_declare_it(notices):
    for name, data in notices:
        kind = _kind(name)
        encoding = generate.ENCODING.get(kind, "utf-8")
        data.decode(encoding)  # strict: every byte is the named encoding's
        if encoding != "utf-8":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        declared = META_CHARSET.search(data)
        if name.endswith(".html"):
            assert declared and declared.group(1).decode().lower() == encoding, name
        else:
            assert declared is None, name


def test_every_kind_goes_through_the_pipeline(processed):
    assert {_kind(name) for name in processed} == set(generate.KIND_SHARES)
    t2s = opencc.OpenCC("t2s").convert
    for name, notice in processed.items():
        text = notice.normalized.text
        assert text.strip(), name
        assert t2s(text) == text, f"{name}: Traditional characters left"
        assert not AID.search(text), f"{name}: pinyin aid left: {AID.search(text).group()}"
        steps = {repair.step for repair in notice.normalized.repairs}
        if _kind(name) == "s-spinner":
            assert "spinner" in steps, name
        if _kind(name) == "damaged":
            assert "mojibake" in steps, name
            assert "?。" not in text, f"{name}: a line decoded one byte late is left as it was"
    assert sum(len(n.extraction.goals) for n in processed.values()) > 100
    assert sum(len(n.extraction.assignments) for n in processed.values()) > 10


