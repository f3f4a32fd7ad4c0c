"""Regenerate the README's screenshots from the bundled sample article.

    python screenshots/make_screenshots.py

Runs the real analysis (spaCy) once, then drives the reader headless at a fixed size and saves
SVGs here. Bookmarks go to a temporary config dir, never the user's.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SIZE = (120, 34)


async def shoot(name: str, steps, app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        app.animation_level = "none"
        await pilot.pause()
        await steps(pilot)
        await pilot.pause()
        app.save_screenshot(str(HERE / f"{name}.svg"))
    print(f"screenshots/{name}.svg")


async def main() -> None:
    from tui import article
    from tui.analysis.engine import analyse
    from tui.app.reader import ReaderApp
    from tui.store.bookmarks import BookmarkStore, new_bookmark
    from tui.store.paths import StorePaths

    sample = article.load()
    analysis = analyse(sample)
    config = Path(tempfile.mkdtemp(prefix="quotelens-shots-"))
    paths = StorePaths.resolve(config)
    store = BookmarkStore(paths.bookmarks_file)
    for index, note in ((6, "Ukraine in NATO: check the summit text"), (20, "1,500 troops: source?")):
        quote = analysis.quotes[index]
        store.add(new_bookmark(article_sha256=sample.sha256, article_path=str(sample.path),
                               article_title=sample.title, kind="quote", quote_id=quote.id, start=quote.start,
                               end=quote.end, text=quote.text, speaker=quote.speaker.name if quote.speaker else None,
                               note=note))

    def factory():
        return ReaderApp(sample, store_paths=paths, analysis=analysis)

    async def nothing(pilot):
        pass

    async def jump(pilot):
        for _ in range(10):
            await pilot.press("n")

    async def speaker_filter(pilot):
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        await pilot.press("n")

    async def press(*keys):
        async def run(pilot):
            await pilot.press(*keys)
        return run

    await shoot("main", nothing, factory)
    await shoot("jump-to-quote", jump, factory)
    await shoot("speaker-filter", speaker_filter, factory)
    await shoot("filter-dialog", await press("s", "down", "down"), factory)
    await shoot("legend", await press("l"), factory)
    await shoot("help", await press("question_mark"), factory)
    await shoot("bookmarks", await press("B"), factory)
    await shoot("search", await press("slash", *"otan", "enter", "enter"), factory)

    # a dialogue-heavy text (written for this picture): lines opened by a dash, incises, turns
    scene = article.load(Path(__file__).with_name("dialogue.txt"))
    scene_analysis = analyse(scene)

    def scene_factory():
        return ReaderApp(scene, store_paths=paths, analysis=scene_analysis)

    await shoot("dialogue", await press("n", "n"), scene_factory)
    # further down: a story told over three paragraphs, with a shout quoted inside it
    await shoot("dialogue-story", await press(*["n"] * 10), scene_factory)

    # a first-person tale (written for this picture): the narrator speaks, and a line that calls
    # Mathilde by name is answered by her
    tale = article.load(Path(__file__).with_name("narrator.txt"))
    tale_analysis = analyse(tale)

    def tale_factory():
        return ReaderApp(tale, store_paths=paths, analysis=tale_analysis)

    await shoot("narrator", await press("n", "n", "n"), tale_factory)

    # trust: why a speaker (a pronoun chain), and the correction list, on the sample article
    await shoot("why", await press("n", "n", "n", "w"), factory)
    await shoot("correct", await press("n", "n", "n", "a", *"ko"), factory)
    await shoot_feed(paths)


async def shoot_feed(paths) -> None:
    """The feed list and a web article read from it, served by the tests' local server."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    os.environ["no_proxy"] = "127.0.0.1,localhost"
    from web_server import WebServer

    from tui.app.reader import ReaderApp
    from tui.app.reader_screen import ReaderScreen

    async def until(pilot, condition):
        while not condition():
            await pilot.pause(0.05)

    with WebServer() as server:
        app = ReaderApp(store_paths=paths, feeds=[server.url("/feed.xml")], feeds_title="Le Quotidien de l'Ouest")
        async with app.run_test(size=SIZE) as pilot:
            app.animation_level = "none"
            await until(pilot, lambda: app.feed_screen.loaded)
            await pilot.press("down", "enter")
            await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.analysis_state == "done")
            await pilot.press("n", "n")
            await pilot.pause()
            app.save_screenshot(str(HERE / "web-article.svg"))
            print("screenshots/web-article.svg")
            await pilot.press("escape")
            await pilot.pause()
            app.save_screenshot(str(HERE / "feed.svg"))
            print("screenshots/feed.svg")


if __name__ == "__main__":
    os.environ.pop("NO_COLOR", None)
    asyncio.run(main())
