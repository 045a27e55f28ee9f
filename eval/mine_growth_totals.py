"""Mine store/data/indicator_growth_totals.txt from real answers: the totals whose
figure in % is their growth (地区生产总值 6% = 地区生产总值增长 6%).

    python eval/mine_growth_totals.py eval/validation ../shared/real --below 758 \
        > store/data/indicator_growth_totals.txt

A total is listed when answers on at least two pages name its growth in % (`X增长`).
`--below` keeps pages numbered from it on out of the mining, to measure on them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.canon import canonical_indicator  # noqa: E402

GROWTH = "增长"
MIN_PAGES = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--below", type=int, default=None, help="only pages numbered below this")
    args = parser.parse_args()
    pages: dict[str, set[str]] = defaultdict(set)
    for folder in args.folders:
        for answer in sorted((folder / "gold").glob("*.json")):
            if args.below is not None and answer.stem.isdigit() and int(answer.stem) >= args.below:
                continue
            for goal in json.loads(answer.read_text(encoding="utf-8")).get("goals", []):
                if (goal.get("unit") or "") != "%":
                    continue
                name = canonical_indicator(goal["indicator"])
                if name.endswith(GROWTH) and len(name) > len(GROWTH) + 1:
                    pages[name[:-len(GROWTH)]].add(f"{folder.name}/{answer.stem}")
    print("# Totals whose figure in % is their growth: `地区生产总值 6%` is `地区生产总值增长 6%`.")
    print("# Mined from real answers by eval/mine_growth_totals.py (each named as X增长 in % on")
    print(f"# {MIN_PAGES} pages or more); regenerate it there rather than editing by hand.")
    for name in sorted(n for n, found in pages.items() if len(found) >= MIN_PAGES):
        print(name)


if __name__ == "__main__":
    main()
