"""Run by run.py in a fresh process: the next article opened from a feed list, to highlights.

A local server (tests/web_server.py, 127.0.0.1) serves the feed and its pages. The reader opens
one entry (the analysis process starts and loads the model), goes back to the list and opens
the next: the figure is the time from that `enter` to the highlights, with the analysis process
reused. Prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


async def main() -> None:
    from web_server import WebServer

    from tui.app.reader import ReaderApp
    from tui.app.reader_screen import ReaderScreen
    from tui.store.paths import StorePaths

    async def until(pilot, condition, timeout=120.0):
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            await pilot.pause(0.01)

    with WebServer() as server:
        app = ReaderApp(store_paths=StorePaths.resolve(), feeds=[server.url("/feed.xml")], feeds_title="bench")
        result = {}
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.feed_screen.loaded)
            pressed = time.perf_counter()
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.analysis_state == "done")
            result["first_article_to_highlights"] = app.screen.analysis_shown_at - pressed
            await pilot.press("escape", "down")
            pressed = time.perf_counter()
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.analysis_shown_at)
            result["next_article_to_highlights"] = app.screen.analysis_shown_at - pressed
            result["analysis_processes"] = app.analysis_service.starts
            result["quotes"] = len(app.screen.analysis.quotes)
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main())
