"""The feed list: entries newest first, enter reads one, escape comes back, read entries marked,
and every article of the session analysed by the same analysis process."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from ui_helpers import fake_worker, wait_for
from tui.app.feed_screen import UNREAD_MARK, FeedScreen
from tui.app.reader import ReaderApp
from tui.app.reader_screen import ReaderScreen
from tui.store.paths import StorePaths


def feed_app(config_dir: Path, *sources: str) -> ReaderApp:
    app = ReaderApp(store_paths=StorePaths.resolve(config_dir), use_cache=False, analysis_command=fake_worker(),
                    feeds=list(sources), feeds_title="Test feeds")
    app.animation_level = "none"
    return app


def marks(screen: FeedScreen) -> list[str]:
    return [str(screen.table.get_cell_at((row, 0))).strip() for row in range(screen.table.row_count)]


def titles(screen: FeedScreen) -> list[str]:
    return [str(screen.table.get_cell_at((row, 1))) for row in range(screen.table.row_count)]


async def test_list_open_back_and_read_marks(offline_web, tmp_path):
    app = feed_app(tmp_path, offline_web.url("/feed.xml"))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.feed_screen
        await wait_for(pilot, lambda: screen.loaded)
        assert titles(screen) == ["Grève à la SNCF : les syndicats durcissent le ton",
                                  "Le port de Brest se prépare à l'hiver", "Un article retiré"]
        assert marks(screen) == [UNREAD_MARK] * 3
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.analysis_state == "done")
        reader = app.screen
        assert reader.article.title == "Le port de Brest se prépare à l'hiver"
        assert reader.article.byline == "2025-11-03 · Claire Morvan · Le Quotidien de l'Ouest"
        first_process = reader.analysis_stats["pid"]
        await pilot.press("escape")
        assert app.screen is screen and screen.table.cursor_row == 1
        assert marks(screen) == [UNREAD_MARK, "", UNREAD_MARK]
        await pilot.press("up", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen is not reader
                       and app.screen.analysis_state == "done")
        # the second article was analysed by the process that analysed the first: no new model load
        assert app.screen.analysis_stats == {"pid": first_process, "requests": 2}
        assert app.analysis_service.starts == 1
        await pilot.press("escape")
        assert marks(screen) == ["", "", UNREAD_MARK]

    # a new session sees the same entries read
    again = feed_app(tmp_path, offline_web.url("/feed.xml"))
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: again.feed_screen.loaded)
        assert marks(again.feed_screen) == ["", "", UNREAD_MARK]
        await pilot.press("u")
        assert again.feed_screen.table.cursor_row == 2


async def test_an_entry_that_cannot_be_fetched_stays_on_the_list_with_a_message(offline_web, tmp_path):
    app = feed_app(tmp_path, offline_web.url("/feed.xml"))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.feed_screen
        await wait_for(pilot, lambda: screen.loaded)
        await pilot.press("down", "down", "enter")
        await wait_for(pilot, lambda: screen.opening is None and app._notifications)
        assert app.screen is screen
        assert any("HTTP error 404" in n.message for n in app._notifications)
        assert marks(screen)[2] == UNREAD_MARK


async def test_several_feeds_merge_newest_first_and_a_failing_feed_is_reported(offline_web, tmp_path):
    app = feed_app(tmp_path, offline_web.url("/feed.xml"), offline_web.url("/atom.xml"),
                   offline_web.url("/missing"))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.feed_screen
        await wait_for(pilot, lambda: screen.loaded)
        # the Atom entry is newest; the article both feeds list appears once, as its newest entry
        assert titles(screen)[0] == "La grève vue de Londres (en anglais)"
        assert len(titles(screen)) == 4
        assert [e.source for e in screen.entries][:2] == ["Le Journal du Rail", "Le Quotidien de l'Ouest — À la une"]
        assert len(screen.problems) == 1 and "404" in screen.problems[0]


def test_subscriptions_add_list_remove(offline_web, tmp_path):
    config = ["--config-dir", str(tmp_path)]
    feed = offline_web.url("/feed.xml")
    added = run_cli("feeds", "add", feed, *config)
    assert added.returncode == 0 and b"Subscribed to Le Quotidien de l'Ouest" in added.stdout
    assert b"Already subscribed" in run_cli("feeds", "add", feed, *config).stdout
    listed = run_cli("feeds", "list", *config).stdout.decode()
    assert listed.splitlines() == [f"Le Quotidien de l'Ouest — À la une\t{feed}"]
    not_a_feed = run_cli("feeds", "add", offline_web.url("/article.html"), *config)
    assert not_a_feed.returncode == 1
    assert not_a_feed.stderr.decode().strip().endswith("article.html: not an RSS or Atom feed")
    assert run_cli("feeds", "remove", feed, *config).returncode == 0
    gone = run_cli("feeds", "remove", feed, *config)
    assert gone.returncode == 1 and b"not subscribed" in gone.stderr
    assert run_cli("feeds", "list", *config).stdout == b""


def test_a_damaged_subscriptions_file_is_kept_aside(offline_web, tmp_path):
    (tmp_path / "feeds.json").write_text("{ not json")
    out = run_cli("feeds", "add", offline_web.url("/feed.xml"), "--config-dir", str(tmp_path))
    assert out.returncode == 0
    assert [p.name for p in tmp_path.glob("feeds.json.corrupt-*")]
    assert "{ not json" == next(tmp_path.glob("feeds.json.corrupt-*")).read_text()


def test_feeds_without_subscriptions_and_a_bad_feed_are_one_line(offline_web, tmp_path):
    empty = run_cli("feeds", "--config-dir", str(tmp_path))
    assert empty.returncode == 1 and b"no subscriptions yet" in empty.stderr
    broken = run_cli("feed", offline_web.url("/broken"), "--config-dir", str(tmp_path))
    assert broken.returncode == 1 and broken.stderr.count(b"\n") == 1 and b"HTTP error 500" in broken.stderr
