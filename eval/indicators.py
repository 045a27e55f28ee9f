"""Do the store's canonical indicators meet across wording? Measured on real answers.

    python eval/indicators.py eval/validation [../shared/real] [-v]

For every goal of the answer key (gold/NNN.json) that the pipeline also found — the
same value and unit, one evidence holding the other or most of it — the answer key's
indicator (named as GUIDE.md says: 地区生产总值增长) and the pipeline's (the words as
printed: 2023年广东地区生产总值增长, 设定GDP增长预期目标) are both put through
`store.canon.canonical_indicator`. A `diff` or `series` pairs two goals only when their
canonical names are equal, so the share of pairs that agree is how often a year's
figure would meet another year's. Reported overall and for GDP growth alone.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policydb.api import export, process_path  # noqa: E402
from policydb.errors import PolicydbError  # noqa: E402
from store.canon import canonical_indicator  # noqa: E402

GDP_GROWTH = "地区生产总值增长"


def _same_goal(gold: dict, found: dict) -> bool:
    if found.get("value") is None or abs(float(gold["value"]) - float(found["value"])) > 1e-9:
        return False
    if (gold.get("unit") or "") != (found.get("unit") or ""):
        return False
    a, b = gold.get("evidence") or "", found.get("evidence") or ""
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.6


def pairs(folder: Path) -> list[tuple[str, str, str]]:
    """(page, answer key's indicator, pipeline's indicator) for every goal both found."""
    out = []
    for page in sorted((folder / "corpus").iterdir()):
        number = page.name.split("_")[0]
        answer_path = folder / "gold" / f"{number}.json"
        if not answer_path.exists():
            continue
        answer = json.loads(answer_path.read_text(encoding="utf-8"))
        try:
            found = export(process_path(page))["goals"]
        except PolicydbError:
            continue
        used: set[int] = set()
        for gold in answer.get("goals", []):
            match = next((i for i, g in enumerate(found) if i not in used and _same_goal(gold, g)), None)
            if match is not None:
                used.add(match)
                out.append((number, gold["indicator"], found[match]["indicator"], gold.get("unit") or ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    found = [p for folder in args.folders for p in pairs(folder)]
    agree = [canonical_indicator(g, u) == canonical_indicator(f, u) for _, g, f, u in found]
    # GDP growth as the answer key names it (地区生产总值增长, GDP增长, 国内生产总值增长 …).
    gdp = [(a, p) for a, p in zip(agree, found, strict=True) if canonical_indicator(p[1], p[3]) == GDP_GROWTH]
    if args.verbose:
        misses = Counter(f"{canonical_indicator(g, u)}  ≠  {canonical_indicator(f, u)}   ({f})"
                         for ok, (_, g, f, u) in zip(agree, found, strict=True) if not ok)
        for line, count in misses.most_common(60):
            print(f"{count:3d}  {line}")
    print(json.dumps({"pairs": len(found), "agree": round(sum(agree) / len(found), 4) if found else None,
                      "gdp_growth_pairs": len(gdp),
                      "gdp_growth_agree": round(sum(a for a, _ in gdp) / len(gdp), 4) if gdp else None},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
