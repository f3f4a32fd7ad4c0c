"""The reader App: it pushes the reading screen and holds what belongs to the whole program
(title, command palette, the user's keymap). Reading itself is `ReaderScreen`'s business."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from textual.app import App, SystemCommand
from textual.screen import Screen

from tui.analysis.model import Analysis
from tui.app.analysis_runner import AnalysisService
from tui.app.keys import QUIT_BINDING, load_keymap
from tui.app.reader_screen import ReaderScreen
from tui.article import Article
from tui.store.paths import StorePaths

if TYPE_CHECKING:
    from tui.app.feed_screen import FeedScreen

CSS_PATH = Path(__file__).with_name("reader.tcss")


class ReaderApp(App[None]):
    CSS_PATH = CSS_PATH
    TITLE = "quotelens"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [QUIT_BINDING]
    # ctrl+p is search-previous; the command palette stays on ctrl+k and in the footer
    COMMAND_PALETTE_BINDING = "ctrl+k"

    def __init__(self, article: Article | None = None, *, store_paths: StorePaths | None = None,
                 use_cache: bool = True, analysis_command: Sequence[str] | None = None,
                 analysis: Analysis | None = None, feeds: Sequence[str] = (), feeds_title: str = "") -> None:
        """Open `article` in the reader, or (with `feeds`) the list of those feeds' entries."""
        super().__init__()
        self.store_paths = store_paths or StorePaths.resolve()
        self.use_cache = use_cache
        # one analysis process for the whole session: the next article skips the model load
        self.analysis_service = AnalysisService(analysis_command)
        self.feed_screen: "FeedScreen | None" = None
        self.reader: ReaderScreen | None = None  # the reading screen shown last
        if feeds:
            from tui.app.feed_screen import FeedScreen  # only for feeds: the reader starts without it

            self.feed_screen = FeedScreen(feeds, feeds_title or "Feeds", store_paths=self.store_paths)
            self.title = feeds_title or "Feeds"
        else:
            assert article is not None, "an article or feeds to list"
            self.title = article.title or article.name  # the terminal's title from the start
            self.reader = ReaderScreen(article, store_paths=self.store_paths, use_cache=use_cache,
                                       analysis=analysis)
        self.keymap_problem = ""
        keymap, self.keymap_problem = load_keymap(self.store_paths.config_dir)
        if keymap:
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen:
        # the feed list or the reading screen is the base of the stack; others come on top
        base = self.feed_screen or self.reader
        assert base is not None
        return base

    def open_article(self, article: Article) -> None:
        """Read another article on top of the list (escape comes back); same analysis process."""
        self.reader = ReaderScreen(article, store_paths=self.store_paths, use_cache=self.use_cache)
        self.push_screen(self.reader)

    def on_mount(self) -> None:
        if self.keymap_problem:
            self.notify(self.keymap_problem, severity="warning", timeout=8)

    async def on_unmount(self) -> None:
        await self.analysis_service.close()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            yield from screen.commands()
