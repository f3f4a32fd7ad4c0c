"""The list of a feed's entries (or of every subscribed feed's): enter opens one in the reader,
escape there comes back here. Read entries are marked; `r` fetches the feeds again.

Fetching feeds and pages is network I/O: it runs in threads, never in the UI's event loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from tui.errors import QuotelensError
from tui.store.feeds import ReadMarks
from tui.store.paths import StorePaths
from tui.web.feeds import Entry, Feed, load_feed, merge

UNREAD_MARK = "●"
SOURCE_WIDTH = 24
DATE_WIDTH = 16


class FeedStatus(Static):
    """One line: how many entries, how many unread, and any feed that could not be fetched."""


class FeedScreen(Screen[None]):
    DEFAULT_CSS = """
    FeedScreen #entries { height: 1fr; overflow-x: hidden; }
    FeedScreen #feed-status { height: 1; padding: 0 1; background: $panel; }
    """
    BINDINGS = [
        Binding("r", "refresh", "Refresh", id="feed.refresh", tooltip="fetch the feeds again"),
        Binding("u", "next_unread", "Next unread", id="feed.next_unread", tooltip="go to the next unread entry"),
    ]

    def __init__(self, sources: Sequence[str], title: str, *, store_paths: StorePaths) -> None:
        super().__init__()
        self.sources = list(sources)
        self.list_title = title
        self.read_marks = ReadMarks(store_paths.read_marks_file)
        self.entries: list[Entry] = []
        self.read: set[str] = set()
        self.problems: list[str] = []
        self.stale: list[str] = []
        self.opening: str | None = None  # the link being fetched, if any
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        yield DataTable(id="entries", cursor_type="row", zebra_stripes=False)
        yield FeedStatus("Fetching the feed…", id="feed-status")
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one("#entries", DataTable)

    def on_mount(self) -> None:
        self.title = self.app.title = self.list_title
        self.sub_title = self.app.sub_title = self._sources_label()
        table = self.table
        table.add_column(" ", key="mark", width=1)
        table.add_column("Title", key="title")
        table.add_column("Date", key="date", width=DATE_WIDTH)
        table.add_column("Source", key="source", width=SOURCE_WIDTH)
        table.focus()
        self.load_feeds()

    def _sources_label(self) -> str:
        if len(self.sources) != 1:
            return f"{len(self.sources)} feeds"
        source = self.sources[0]
        return source if source.startswith(("http://", "https://")) else Path(source).name

    def on_screen_resume(self) -> None:
        # back from the reader: the titles were the article's
        self.title = self.app.title = self.list_title
        self.sub_title = self.app.sub_title = self._sources_label()
        self.table.focus()

    # -- loading -----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="feeds")
    def load_feeds(self) -> None:
        feeds: list[Feed] = []
        problems: list[str] = []
        for source in self.sources:
            try:
                feeds.append(load_feed(source))
            except QuotelensError as exc:
                problems.append(str(exc))
        read = self.read_marks.all()
        self.app.call_from_thread(self._show, merge(feeds), read, problems,
                                  [f"{feed.title}: {feed.stale}" for feed in feeds if feed.stale])

    def _show(self, entries: list[Entry], read: set[str], problems: list[str], stale: list[str]) -> None:
        self.entries, self.read, self.problems, self.stale = entries, read, problems, stale
        self.loaded = True
        table = self.table
        selected = self.entries[table.cursor_row].link if table.row_count and table.cursor_row < len(entries) else None
        table.clear()
        for entry in entries:
            table.add_row(*self._cells(entry), key=entry.link)
        if selected is not None and selected in {e.link for e in entries}:
            table.move_cursor(row=table.get_row_index(selected))
        for problem in problems:
            self.notify(problem, severity="error", timeout=10)
        self.update_status()

    def _cells(self, entry: Entry) -> tuple[Text, Text, Text, Text]:
        unread = entry.link not in self.read
        style = "bold" if unread else "dim"
        # titles are cut to what fits beside the date and source (the table never scrolls sideways)
        title_width = max(20, self.size.width - 1 - DATE_WIDTH - SOURCE_WIDTH - 8)
        return (Text(UNREAD_MARK if unread else " ", style="bold"),
                _fit(entry.title, title_width, style), Text(entry.date, style="dim"),
                _fit(entry.source, SOURCE_WIDTH, "dim"))

    def update_status(self) -> None:
        unread = sum(entry.link not in self.read for entry in self.entries)
        parts = [f"{len(self.entries)} entries · {unread} unread · enter: read · esc in the reader: back"]
        if self.opening:
            parts.append("Opening…")
        if self.problems:
            parts.append(f"[b red]{len(self.problems)} feed(s) failed[/]")
        parts.extend(self.stale)
        if self.loaded and not self.entries and not self.problems:
            parts = ["This feed has no entries"]
        self.query_one(FeedStatus).update("  │  ".join(parts))

    def action_refresh(self) -> None:
        self.query_one(FeedStatus).update("Fetching the feed…")
        self.load_feeds()

    # -- opening -----------------------------------------------------------------------------
    @on(DataTable.RowSelected, "#entries")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        """`enter` (the table's own key) or a click on an entry."""
        self.open_entry()

    def open_entry(self) -> None:
        table = self.table
        if not self.entries or self.opening:
            return
        entry = self.entries[table.cursor_row]
        self.opening = entry.link
        self.update_status()
        self.fetch_entry(entry)

    @work(thread=True, exclusive=True, group="entry")
    def fetch_entry(self, entry: Entry) -> None:
        from tui import article as article_module

        try:
            article = article_module.load(entry.link)
        except QuotelensError as exc:
            self.app.call_from_thread(self._open_failed, str(exc))
            return
        self.read_marks.mark(entry.link)
        self.app.call_from_thread(self._opened, entry, article)

    def _open_failed(self, message: str) -> None:
        self.opening = None
        self.update_status()
        self.notify(message, severity="error", timeout=8)

    def _opened(self, entry: Entry, article) -> None:
        self.opening = None
        self.read.add(entry.link)
        if entry.link in self.table.rows:
            row = self.table.get_row_index(entry.link)
            for column, cell in zip(("mark", "title", "date", "source"), self._cells(entry)):
                self.table.update_cell(entry.link, column, cell)
            self.table.move_cursor(row=row)
        self.update_status()
        if not article.metadata.get("site") and entry.source:
            article.metadata["site"] = entry.source
        self.app.open_article(article)

    def action_next_unread(self) -> None:
        start = self.table.cursor_row
        count = len(self.entries)
        for step in range(1, count + 1):
            index = (start + step) % count
            if self.entries[index].link not in self.read:
                self.table.move_cursor(row=index)
                return
        self.notify("No unread entry", timeout=2)


def _fit(text: str, width: int, style: str) -> Text:
    cell = Text(text, style=style, no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis")
    return cell
