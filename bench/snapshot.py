"""Same output before and after a speed change: snapshot what the pipeline makes of many
notices, then compare a later run with it.

    .venv/bin/python bench/snapshot.py save outputs/bench/snapshot-before
    ... change the code ...
    .venv/bin/python bench/snapshot.py compare outputs/bench/snapshot-before

The inputs are the benchmark corpus (2,000 seeded notices), the bundled corpus, the
validation and synthetic notices, and `../shared/corpus-extra` when it is there. For
each notice the snapshot keeps everything a later stage or a user sees: the ingested
text, page fields and dropped lines, the normalised text with its repairs and offset
map, the export (meta and every fact with its span) and the store rows. A rejection is
kept as its code. `compare` prints the first difference of each notice that changed
and exits 1 if any did.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench  # noqa: E402
from policydb.api import ProcessedNotice, export, process_path, to_record  # noqa: E402
from policydb.errors import PolicydbError  # noqa: E402
from store.rows import notice_rows  # noqa: E402


def inputs(notices: int, seed: int) -> list[Path]:
    paths = bench.notice_files(bench.corpus(notices, seed))
    for folder in (ROOT / "corpus", ROOT / "eval" / "validation" / "corpus", ROOT / "eval" / "synthetic" / "corpus",
                   ROOT.parent / "shared" / "corpus-extra"):
        if folder.is_dir():
            paths += sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm"))
    return paths


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_VERSIONED = frozenset({"pipeline_version", "record_hash"})


def _without_version(rows: object) -> object:
    """The rows without `pipeline_version` and the record hash that covers it: a version
    bump is no output change."""
    if isinstance(rows, dict):
        return {k: _without_version(v) for k, v in rows.items() if k not in _VERSIONED}
    if isinstance(rows, list):
        return [_without_version(v) for v in rows]
    return rows


def snapshot(notice: ProcessedNotice) -> dict:
    ingested, normalized = notice.ingested, notice.normalized
    rows = notice_rows(to_record(notice))
    return {
        "ingested": {"text": ingested.text, "encoding": ingested.encoding, "format": ingested.format,
                     "replaced_bytes": ingested.replaced_bytes, "page_meta": ingested.page_meta,
                     "dropped": _plain(ingested.dropped)},
        "normalized": {"script": normalized.script, "repairs": _plain(normalized.repairs),
                       "origin": hashlib.sha256(json.dumps(normalized.origin).encode()).hexdigest()},
        "export": export(notice),
        "rows": _without_version(_plain(dataclasses.asdict(rows))),
    }


def run(paths: list[Path]) -> dict[str, object]:
    # Paths relative to the checkout (sources are stored as given), so a snapshot saved in
    # one checkout compares with a run in another, a worktree say.
    os.chdir(ROOT)
    out: dict[str, object] = {}
    for path in paths:
        key = os.path.relpath(path, ROOT)
        try:
            out[key] = snapshot(process_path(key))
        except PolicydbError as err:
            out[key] = {"rejected": err.code}
    return out


def first_difference(before: object, after: object, where: str = "") -> str | None:
    if type(before) is not type(after):
        return f"{where}: {before!r:.200} -> {after!r:.200}"
    if isinstance(before, dict):
        for key in sorted(set(before) | set(after)):
            if key not in before or key not in after:
                return f"{where}.{key}: only {'after' if key not in before else 'before'}"
            found = first_difference(before[key], after[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(before, list):
        for i, (b, a) in enumerate(zip(before, after, strict=False)):
            found = first_difference(b, a, f"{where}[{i}]")
            if found:
                return found
        if len(before) != len(after):
            return f"{where}: {len(before)} items -> {len(after)}"
        return None
    return None if before == after else f"{where}: {before!r:.200} -> {after!r:.200}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    result = run(inputs(args.notices, args.seed))
    if args.action == "save":
        args.folder.mkdir(parents=True, exist_ok=True)
        (args.folder / "snapshot.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(result)} notices to {args.folder / 'snapshot.json'}")
        return
    # A snapshot saved by an older version may still hold the version in its rows.
    before = _without_version(json.loads((args.folder / "snapshot.json").read_text(encoding="utf-8")))
    after = json.loads(json.dumps(result, ensure_ascii=False))  # tuples as lists, as saved
    changed = 0
    for key in sorted(set(before) | set(after)):
        found = first_difference(before.get(key), after.get(key))
        if found:
            changed += 1
            print(f"{key}\n    {found}")
    print(f"{changed} of {len(after)} notices differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
