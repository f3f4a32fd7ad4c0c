"""Helpers for pilot tests: a reader on a small article with a hand-made analysis (no spaCy)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tui import article as article_module
from tui.analysis.model import Analysis
from tui.app.reader import ReaderApp
from tui.store.paths import StorePaths

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.txt"
MINI_ANALYSIS = FIXTURES / "mini_analysis.json"


def fake_worker(*extra: str) -> list[str]:
    return [sys.executable, str(FIXTURES / "fake_worker.py"), str(MINI_ANALYSIS), *extra]


def mini_analysis() -> Analysis:
    return Analysis.from_json(json.loads(MINI_ANALYSIS.read_text(encoding="utf-8")))


def make_app(config_dir: Path, *extra: str, path: Path = MINI, analysis: Analysis | None = None) -> ReaderApp:
    app = ReaderApp(article_module.load(path), store_paths=StorePaths.resolve(config_dir), use_cache=False,
                    analysis_command=None if analysis else fake_worker(*extra), analysis=analysis)
    app.animation_level = "none"
    return app


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


def screen_text(app: ReaderApp) -> list[str]:
    """The article lines as they are on screen now, without the 2-column gutter (marks)."""
    from tui.app.article_view import GUTTER

    view = app.reader.view
    return [view.render_line(y).text[GUTTER:].rstrip() for y in range(view.scrollable_content_region.height)]


def current_quote_text(app: ReaderApp) -> str | None:
    quote = app.reader.quote_at(app.reader.current_quote)
    return quote.text if quote else None


def whole_screen_text(app) -> str:
    """Every character on screen now (from Textual's own screenshot), as plain text."""
    import html
    import re

    svg = app.export_screenshot()
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape(" ".join(texts)).replace("\xa0", " ")
