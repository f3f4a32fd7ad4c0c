"""The reader App: it pushes the reading screen and holds what belongs to the whole program
(title, command palette, the user's keymap). Reading itself is `ReaderScreen`'s business."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Sequence

from textual.app import App, SystemCommand
from textual.screen import Screen

from tui.analysis.model import Analysis
from tui.app.keys import QUIT_BINDING, load_keymap
from tui.app.reader_screen import ReaderScreen
from tui.article import Article
from tui.store.paths import StorePaths

CSS_PATH = Path(__file__).with_name("reader.tcss")


class ReaderApp(App[None]):
    CSS_PATH = CSS_PATH
    TITLE = "quotelens"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [QUIT_BINDING]
    # ctrl+p is search-previous; the command palette stays on ctrl+k and in the footer
    COMMAND_PALETTE_BINDING = "ctrl+k"

    def __init__(self, article: Article, *, store_paths: StorePaths | None = None, use_cache: bool = True,
                 analysis_command: Sequence[str] | None = None, analysis: Analysis | None = None) -> None:
        super().__init__()
        self.title = article.title or article.name  # the terminal's title from the start
        self.store_paths = store_paths or StorePaths.resolve()
        self.reader = ReaderScreen(article, store_paths=self.store_paths, use_cache=use_cache,
                                   analysis_command=analysis_command, analysis=analysis)
        self.keymap_problem = ""
        keymap, self.keymap_problem = load_keymap(self.store_paths.config_dir)
        if keymap:
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen:
        return self.reader  # the reading screen is the base of the stack; others come on top

    def on_mount(self) -> None:
        if self.keymap_problem:
            self.notify(self.keymap_problem, severity="warning", timeout=8)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            yield from screen.commands()
