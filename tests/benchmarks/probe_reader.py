"""Run by run.py in a fresh process: opens the reader headless and reports timings as JSON.

usage: probe_reader.py ARTICLE --launched-at WALLCLOCK [--page] [--until shown|done|text]
The wall clock of the parent's launch is passed in, so interpreter start-up and imports count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("--launched-at", type=float, required=True)
    parser.add_argument("--until", choices=("text", "shown", "done"), default="done")
    parser.add_argument("--page", action="store_true")
    args = parser.parse_args()

    from tui import article
    from tui.app.reader import ReaderApp
    from tui.store.paths import StorePaths

    app = ReaderApp(article.load(args.article), store_paths=StorePaths.resolve())
    result: dict = {}
    max_lag = 0.0

    async def lag_monitor() -> None:
        nonlocal max_lag
        while True:
            start = time.perf_counter()
            await asyncio.sleep(0.01)
            max_lag = max(max_lag, time.perf_counter() - start - 0.01)

    async with app.run_test(size=(120, 40)) as pilot:
        monitor = asyncio.create_task(lag_monitor())
        while app.reader.first_text_frame_at is None:
            await asyncio.sleep(0.002)
        first_text = time.time() - (time.perf_counter() - app.reader.first_text_frame_at)
        result["launch_to_text"] = first_text - args.launched_at
        result["text_on_screen"] = any(app.reader.view.render_line(y).text.strip() for y in range(5))
        if args.page:
            await pilot.pause()
            times = []
            for _ in range(5):
                # from the key's action to the repainted screen (pilot.press adds its own waits)
                start = time.perf_counter()
                app.reader.view.action_page_down()
                await pilot.pause()
                times.append(time.perf_counter() - start)
            result["page_scroll"] = sorted(times)[len(times) // 2]
            result["page_scroll_max"] = max(times)
            await pilot.press("g")
        if args.until != "text":
            while app.reader.analysis_shown_at is None and app.reader.analysis_state != "failed":
                await asyncio.sleep(0.005)
            shown = time.time() - (time.perf_counter() - (app.reader.analysis_shown_at or time.perf_counter()))
            result["launch_to_highlights"] = shown - args.launched_at
            result["spacy_imported"] = "spacy" in sys.modules
            result["claims_shown"] = len(app.reader.sidebar.visible_claims)
            result["first_screen_highlighted"] = any(
                r.start < (app.reader.view.layout_.offset_of_line(40)) for r in app.reader.view._ranges.ranges)
            result["complete_when_shown"] = app.reader.analysis_state == "done"
        if args.until == "done":
            while app.reader.analysis_state not in ("done", "failed"):
                await asyncio.sleep(0.02)
            result["launch_to_complete"] = time.time() - args.launched_at
        result["state"] = app.reader.analysis_state
        result["max_loop_stall"] = max_lag
        monitor.cancel()
    from tui.analysis.worker import peak_rss_mb

    result["reader_rss_mb"] = peak_rss_mb()
    result["analysis_rss_mb"] = app.reader.analysis_stats.get("peak_rss_mb", 0.0)
    print(json.dumps(result))


asyncio.run(main())
