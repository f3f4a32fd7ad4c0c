"""Per-sieve table: for a gold set, how many quotes each sieve (`speaker.via`) attributed and how
many of those name the right speaker, so a weak sieve shows itself.

    python tests/benchmarks/sieves.py ../shared/dev/news/gold ../shared/dev/news/articles [--wrong]

--wrong also prints every wrong attribution: the sieve, the name given, the gold speaker, the
quote's start and the evidence chain, to group the errors into causes.

Uses the shared scorer's own matching rules (imported from ../shared/eval/score.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("article_dir", type=Path)
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--wrong", action="store_true", help="print every wrong attribution")
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    from tui.batch import analyse_path

    attributed: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for gold_file in sorted(args.gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        prediction = analyse_path(str(args.article_dir / gold["article"]))
        for predicted in prediction.get("quotes", []):
            if not predicted.get("speaker"):
                continue
            via = predicted["speaker"]["via"]
            attributed[via] += 1
            matches = [g for g in gold["quotes"] if scorer.matches(g, predicted)]
            if any(scorer.speaker_ok(gold, g, predicted) for g in matches):
                right[via] += 1
            elif matches and args.wrong:
                chain = " <- ".join(e["text"] for e in predicted["speaker"].get("evidence", []))
                wanted = gold["speakers"][matches[0]["speaker"]]["match"]
                print(f"{gold_file.stem[:18]} @{predicted['start']} {via}: {predicted['speaker']['name']!r} "
                      f"(want {wanted[:3]}) [{chain}] {predicted['text'][:60]!r}")
            elif not matches:
                attributed[via] -= 1  # not a gold quote: says nothing of the sieve's speakers
                attributed[f"{via} (quote not in gold)"] += 1
    print(f"{'sieve (via)':<34} {'attributed':>10} {'right':>6} {'precision':>9}")
    for via, count in sorted(attributed.items(), key=lambda item: -item[1]):
        if "not in gold" in via:
            print(f"{via:<34} {count:>10}")
            continue
        precision = right[via] / count if count else 0.0
        print(f"{via:<34} {count:>10} {right[via]:>6} {precision:>9.2f}")


if __name__ == "__main__":
    main()
