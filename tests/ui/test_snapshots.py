"""SVG snapshots of the main screens (pytest-textual-snapshot). Update with --snapshot-update
after checking the new pictures; Textual is pinned so that upgrades do not change them."""

from __future__ import annotations

from ui_helpers import make_app, mini_analysis


def reader(tmp_path):
    app = make_app(tmp_path / "config", analysis=mini_analysis())
    return app


async def settle(pilot):
    pilot.app.animation_level = "none"
    for widget in pilot.app.query("Input"):
        widget.cursor_blink = False
    await pilot.pause()


def test_main_screen(snap_compare, tmp_path):
    assert snap_compare(reader(tmp_path), terminal_size=(100, 30), run_before=settle)


def test_jump_to_quote(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "n", "n")
        await pilot.pause()

    assert snap_compare(reader(tmp_path), terminal_size=(100, 30), run_before=run_before)


def test_speaker_filter(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "down")

    assert snap_compare(reader(tmp_path), terminal_size=(100, 30), run_before=run_before)


def test_help_screen(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(reader(tmp_path), terminal_size=(100, 30), run_before=run_before)


def test_narrow_terminal(snap_compare, tmp_path):
    assert snap_compare(reader(tmp_path), terminal_size=(60, 20), run_before=settle)


def test_feed_list(snap_compare, tmp_path, monkeypatch):
    """A feed file's entries, newest first, one of them read (dates shown in UTC here)."""
    import time
    from pathlib import Path

    from tui.app.reader import ReaderApp
    from tui.store.feeds import ReadMarks
    from tui.store.paths import StorePaths

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    feed = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "feed.xml"
    paths = StorePaths.resolve(tmp_path / "config")
    ReadMarks(paths.read_marks_file).mark("BASE/article.html")
    app = ReaderApp(store_paths=paths, use_cache=False, feeds=[str(feed)], feeds_title="Le Quotidien de l'Ouest")

    async def run_before(pilot):
        await settle(pilot)
        from ui_helpers import wait_for

        await wait_for(pilot, lambda: app.feed_screen.loaded)
        await pilot.press("down")

    try:
        assert snap_compare(app, terminal_size=(100, 20), run_before=run_before)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def trust_reader(tmp_path):
    import json

    from tui.analysis.model import Analysis
    from ui_helpers import FIXTURES

    analysis = Analysis.from_json(json.loads((FIXTURES / "trust_analysis.json").read_text(encoding="utf-8")))
    return make_app(tmp_path / "config", path=FIXTURES / "trust.txt", analysis=analysis)


def test_why_panel(snap_compare, tmp_path):
    """The why panel on a pronoun: the rule in plain words and the chain « -elle » → the name."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "w")
        await pilot.pause()

    assert snap_compare(trust_reader(tmp_path), terminal_size=(100, 30), run_before=run_before)


def test_correction_list(snap_compare, tmp_path):
    """The correction list filtered by what was typed, with a new speaker offered."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("n", "n", "n", "n", "a")
        await pilot.pause()
        await pilot.press(*"cl")
        await pilot.pause()
        for widget in pilot.app.screen.query("Input"):
            widget.cursor_blink = False

    assert snap_compare(trust_reader(tmp_path), terminal_size=(100, 30), run_before=run_before)
