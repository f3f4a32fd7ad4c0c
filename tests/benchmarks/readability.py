"""Main-text extraction measured on mozilla/readability's test pages (a local copy of its public
repository; the pages are not part of this project).

    python tests/benchmarks/readability.py PATH/TO/readability [--pages lemonde-1 liberation-1]

For every `test/test-pages/*/` with `source.html`, `expected.html` and `expected-metadata.json`:
extract the page as quotelens does (`tui.web.html.extract`), then report the token F1 of the
body text against `expected.html`, and whether the title and the byline agree with the
metadata. French pages (metadata `lang` or the page's own `<html lang>` starting with "fr")
are reported apart: the goal is a median F1 of at least 0.95 on them.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(t.casefold() for t in _TOKEN.findall(unicodedata.normalize("NFC", text)))


def f1(predicted: Counter, expected: Counter) -> float:
    common = sum((predicted & expected).values())
    if not common:
        return 0.0
    precision = common / sum(predicted.values())
    recall = common / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def html_text(html: str) -> str:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return root.text_content()


def _norm(text: str | None) -> str:
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFC", (text or "")).casefold()))


def agrees(ours: str | None, theirs: str | None) -> bool | None:
    """None when the metadata has no value to compare with."""
    if not theirs:
        return None
    a, b = _norm(ours), _norm(theirs)
    return bool(a) and (a == b or a in b or b in a)


def is_french(page: Path, metadata: dict) -> bool:
    if metadata.get("lang"):
        return str(metadata["lang"]).lower().startswith("fr")
    head = (page / "source.html").read_bytes()[:4000].decode("utf-8", "replace")
    match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z-]+)", head)
    return bool(match and match.group(1).lower().startswith("fr"))


def measure(page: Path) -> dict:
    from tui.errors import QuotelensError
    from tui.web.html import extract

    metadata = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    expected = tokens(html_text((page / "expected.html").read_text(encoding="utf-8")))
    started = time.perf_counter()
    try:
        extracted = extract((page / "source.html").read_bytes())
        body = extracted.text.split("\n\n", 1)[1] if extracted.text.startswith("# ") else extracted.text
        title, author = extracted.metadata.get("title"), extracted.metadata.get("author")
    except QuotelensError:
        body, title, author = "", None, None
    seconds = time.perf_counter() - started
    return {"page": page.name, "f1": f1(tokens(body), expected), "title": agrees(title, metadata.get("title")),
            "byline": agrees(author, metadata.get("byline")), "french": is_french(page, metadata),
            "seconds": seconds}


def summary(label: str, rows: list[dict]) -> str:
    if not rows:
        return f"{label}: no pages"
    scores = [r["f1"] for r in rows]
    titles = [r["title"] for r in rows if r["title"] is not None]
    bylines = [r["byline"] for r in rows if r["byline"] is not None]
    return (f"{label}: pages={len(rows)} median_f1={statistics.median(scores):.3f} mean_f1={statistics.mean(scores):.3f} "
            f"f1>=0.95: {sum(s >= 0.95 for s in scores)}/{len(scores)} "
            f"title_match={sum(titles)}/{len(titles)} byline_match={sum(bylines)}/{len(bylines)} "
            f"median_ms={1000 * statistics.median(r['seconds'] for r in rows):.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("readability", type=Path, help="a local copy of mozilla/readability")
    parser.add_argument("--pages", nargs="*", help="only these page folders")
    parser.add_argument("--each", action="store_true", help="print every page's figures")
    args = parser.parse_args()
    root = args.readability / "test" / "test-pages"
    if not root.is_dir():
        print(f"{root}: not found (give the path of a copy of mozilla/readability)", file=sys.stderr)
        return 1
    pages = sorted(p for p in root.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file()
                   and (p / "expected-metadata.json").is_file() and (not args.pages or p.name in args.pages))
    rows = [measure(page) for page in pages]
    if args.each:
        for row in rows:
            print(f"{row['page']:40} f1={row['f1']:.3f} title={row['title']} byline={row['byline']}"
                  f"{' fr' if row['french'] else ''}")
    print(summary("French pages (" + ", ".join(r["page"] for r in rows if r["french"]) + ")",
                  [r for r in rows if r["french"]]))
    print(summary("all pages", rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
