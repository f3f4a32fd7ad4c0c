"""The reader's side of bookmarks and reading positions: what `b`, `B` and reopening do."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from tui.app.bookmark_screens import BookmarksScreen, NoteDialog
from tui.store.bookmarks import Bookmark, BookmarkStore, new_bookmark
from tui.store.jsonfile import StoreError
from tui.store.positions import PositionStore

if TYPE_CHECKING:
    from tui.app.reader_screen import ReaderScreen
    from tui.article import Article

POSITION_SAVE_INTERVAL = 1.0  # seconds between reading-position writes while scrolling


class Bookmarking:
    """Bookmarks and the reading position of the article a `ReaderScreen` shows. It reads the
    screen's public state and asks it to move by posting messages the screen handles."""

    class Goto(Message):
        """Show this place of the current article (and select the quote there, if any)."""

        def __init__(self, offset: int) -> None:
            self.offset = offset
            super().__init__()

    class OpenArticle(Message):
        """Open another article (a bookmark elsewhere was chosen), at this place if known."""

        def __init__(self, article: "Article", offset: int | None) -> None:
            self.article = article
            self.offset = offset
            super().__init__()

    def __init__(self, screen: "ReaderScreen") -> None:
        self.screen = screen
        self.store = BookmarkStore(screen.store_paths.bookmarks_file)
        self.positions = PositionStore(screen.store_paths.positions_file)
        self.status_note = ""
        self._pending_position: int | None = None
        self._last_saved = 0.0
        self._restored = False
        self._places: list[tuple[Bookmark, tuple[int, int]]] = []

    # -- this article's bookmarks ------------------------------------------------------------
    def load(self) -> None:
        self.refresh_marks()
        for warning in self.store.warnings + self.positions.file.warnings:
            self.screen.notify(warning, severity="warning", timeout=10)
        self.store.warnings.clear()
        self.positions.file.warnings.clear()

    def here(self) -> list[tuple[Bookmark, tuple[int, int]]]:
        """This article's bookmarks with their place in the current text (as last read)."""
        return self._places

    def reload(self, bookmarks: list[Bookmark] | None = None) -> list[Bookmark]:
        """Read the bookmarks file once (others may have written to it) and find this article's
        places; every other call works from this copy, so the UI loop does not read the disk."""
        bookmarks = self.store.all() if bookmarks is None else bookmarks
        article = self.screen.article
        places = []
        for bookmark in bookmarks:
            same = bookmark.article_sha256 == article.sha256 or (
                article.location is not None and bookmark.article_path == article.location)
            if same:
                place = bookmark.locate(article.text)
                if place is not None:
                    places.append((bookmark, place))
        self._places = sorted(places, key=lambda item: item[1][0])
        return bookmarks

    def refresh_marks(self) -> None:
        self.reload()
        places = self._places
        self.screen.view.set_bookmarks({start for _, (start, _) in places})
        if self.screen.analysis is not None:
            self.screen.sidebar.show(self.screen.analysis, self.screen.theme_style, self.bookmarked_claims())

    def bookmarked_claims(self) -> set[str]:
        analysis = self.screen.analysis
        if analysis is None:
            return set()
        claims = set()
        for _, (start, end) in self._places:
            for claim in analysis.claims:
                if claim.start < max(end, start + 1) and start < claim.end:  # the two ranges overlap
                    claims.add(claim.id)
        return claims

    # -- adding ------------------------------------------------------------------------------
    def add_here(self) -> None:
        if self.store.read_only_reason:
            self.screen.notify(self.store.read_only_reason, severity="error", timeout=6)
            return
        screen = self.screen
        quote = screen.quote_at(screen.current_quote)
        article = screen.article
        if quote is not None:
            fields = dict(kind="quote", quote_id=quote.id, start=quote.start, end=quote.end, text=quote.text,
                          speaker=quote.speaker.name if quote.speaker else None)
            title = f"Bookmark this quote{' by ' + quote.speaker.name if quote.speaker else ''}"
        else:
            top = screen.view.top_offset or 0
            paragraphs = article.paragraphs
            index = next((i for i, p in enumerate(paragraphs) if p.end > top), len(paragraphs) - 1)
            if index == 0 and article.title_from_text and len(paragraphs) > 1 \
                    and "\n" not in article.paragraph_text(paragraphs[0]):
                index = 1  # at the top, the headline is the title shown: the passage is the first paragraph
            paragraph = paragraphs[index]
            fields = dict(kind="paragraph", start=paragraph.start, end=paragraph.end,
                          text=article.text[paragraph.start:paragraph.end])
            title = "Bookmark this paragraph"

        def save(note: str | None) -> None:
            if note is None:
                return
            bookmark = new_bookmark(article_sha256=article.sha256,
                                    article_path=article.location,
                                    article_title=article.title or article.name, note=note, **fields)
            try:
                self.store.add(bookmark)
            except StoreError as exc:
                self._read_only(str(exc))
                return
            self.refresh_marks()
            screen.notify("Bookmarked" + (f": {note}" if note else ""), timeout=3)

        snippet = fields["text"].replace("\n", " ")
        screen.app.push_screen(NoteDialog(title, snippet if len(snippet) < 160 else snippet[:159] + "…"), save)

    def _read_only(self, message: str) -> None:
        self.status_note = "[b]bookmarks read-only[/b]"
        self.screen.notify(message, severity="error", timeout=8)
        self.screen.update_status()

    # -- the list ----------------------------------------------------------------------------
    def open_list(self) -> None:
        self.screen.app.push_screen(BookmarksScreen(self._grouped, self._delete, self._edit, self._available), self._jump)

    def _grouped(self) -> tuple[list[Bookmark], list[Bookmark]]:
        everything = self.reload()  # one read each time the list is drawn
        here = [b for b, _ in self._places]
        ids = {b.id for b in here}
        others = sorted((b for b in everything if b.id not in ids), key=lambda b: b.created, reverse=True)
        return here, others

    def _available(self, bookmark: Bookmark) -> bool:
        if any(b.id == bookmark.id for b, _ in self._places):
            return True
        return _reachable(bookmark.article_path)

    def _delete(self, bookmark: Bookmark) -> bool:
        try:
            self.store.delete(bookmark.id)
        except StoreError as exc:
            self._read_only(str(exc))
            return False
        self.refresh_marks()
        self.screen.notify("Bookmark deleted", timeout=2)
        return True

    def _edit(self, bookmark: Bookmark, note: str) -> bool:
        try:
            self.store.set_note(bookmark.id, note)
        except StoreError as exc:
            self._read_only(str(exc))
            return False
        return True

    def _jump(self, bookmark: Bookmark | None) -> None:
        if bookmark is None:
            return
        screen = self.screen
        place = dict(self.here_by_id()).get(bookmark.id)
        if place is not None:
            self.go_to(place[0])
            return
        if not _reachable(bookmark.article_path):
            screen.notify(f"The article is no longer at {bookmark.article_path or 'its place'}", severity="warning")
            return
        from tui import article as article_module
        from tui.errors import QuotelensError

        try:
            other = article_module.load(bookmark.article_path)
        except QuotelensError as exc:
            screen.notify(str(exc), severity="error")
            return
        place = bookmark.locate(other.text)
        screen.post_message(Bookmarking.OpenArticle(other, place[0] if place else None))
        if place is None:
            screen.notify("The bookmarked passage is no longer in this article", severity="warning")

    def here_by_id(self) -> list[tuple[str, tuple[int, int]]]:
        return [(b.id, place) for b, place in self.here()]

    def go_to(self, offset: int) -> None:
        self.screen.post_message(Bookmarking.Goto(offset))

    # -- reading position --------------------------------------------------------------------
    def restore_position(self, offset: int | None = None) -> None:
        if self._restored:
            return
        self._restored = True
        article = self.screen.article
        if offset is None:
            offset = self.positions.get(article.sha256, article.location)
        first_paragraph = article.paragraphs[0].end if article.paragraphs else 0
        if offset and offset >= first_paragraph:  # still in the first paragraph: show the title too
            self.screen.view.scroll_to_offset(min(offset, len(article.text)), center=False)

    def reset_for_new_article(self) -> None:
        self.flush_position()
        self._restored = False
        self._pending_position = None

    def remember_position(self, offset: int) -> None:
        if not self._restored:
            return
        waiting = self._pending_position is not None
        self._pending_position = offset
        if time.monotonic() - self._last_saved >= POSITION_SAVE_INTERVAL:
            self.flush_position()
        elif not waiting:  # one timer at a time, however fast the reader scrolls
            self.screen.set_timer(POSITION_SAVE_INTERVAL, self.flush_position, name="save-position")

    def flush_position(self) -> None:
        if self._pending_position is None:
            return
        article = self.screen.article
        self.positions.set(article.sha256, article.location, self._pending_position)
        self._pending_position = None
        self._last_saved = time.monotonic()


def _reachable(location: str | None) -> bool:
    """A bookmarked article can be opened again: its file is there, or it is a web page (kept in
    the page cache once read)."""
    if not location:
        return False
    return location.startswith(("http://", "https://")) or Path(location).is_file()
