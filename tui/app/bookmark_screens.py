"""Bookmark dialogs: the note prompt and the list of all bookmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.app.screens import MODAL_CSS

if TYPE_CHECKING:
    from tui.store.bookmarks import Bookmark


class NoteDialog(ModalScreen[str | None]):
    """A one-line note for a bookmark: enter saves (an empty note is fine), esc cancels."""

    DEFAULT_CSS = MODAL_CSS.format(name="NoteDialog")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, snippet: str, note: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.snippet = snippet
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, classes="modal-title")
            yield Label(Text(self.snippet, style="italic"), id="note-snippet")
            yield Input(value=self.note, placeholder="A short note (optional)", id="note-input", max_length=280)
            yield Label("enter saves · esc cancels", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class BookmarksScreen(ModalScreen["Bookmark | None"]):
    """This article's bookmarks first, then the others; enter jumps, d deletes, e edits the note."""

    DEFAULT_CSS = MODAL_CSS.format(name="BookmarksScreen") + """
    BookmarksScreen OptionList { height: auto; max-height: 24; border: none; }
    BookmarksScreen .section { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("d,delete", "delete", "Delete"),
        Binding("e", "edit", "Edit note"),
    ]

    def __init__(self, list_bookmarks: Callable[[], tuple[list["Bookmark"], list["Bookmark"]]],
                 delete: Callable[["Bookmark"], bool], edit: Callable[["Bookmark", str], bool],
                 available: Callable[["Bookmark"], bool]) -> None:
        super().__init__()
        self._list = list_bookmarks
        self._delete = delete
        self._edit = edit
        self._available = available
        self.rows: list[Bookmark] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Bookmarks", classes="modal-title")
            yield OptionList(id="bookmark-options")
            yield Label("enter: go there · e: edit note · d: delete · esc: close", classes="modal-hint")

    def on_mount(self) -> None:
        self.refresh_rows()
        self.query_one(OptionList).focus()

    def refresh_rows(self, keep: int | None = None) -> None:
        here, elsewhere = self._list()
        options = self.query_one(OptionList)
        options.clear_options()
        self.rows = []
        if not here and not elsewhere:
            options.add_option(Option(Text("No bookmarks yet: press b in the article to add one.", style="italic"),
                                      disabled=True))
            return
        for title, group, other in (("This article", here, False), ("Other articles", elsewhere, True)):
            if not group:
                continue
            options.add_option(Option(Text(title, style="bold underline"), disabled=True))
            for bookmark in group:
                self.rows.append(bookmark)
                options.add_option(Option(self._prompt(bookmark, other), id=bookmark.id))
        if self.rows:
            target = self.rows[min(keep or 0, len(self.rows) - 1)]
            options.highlighted = options.get_option_index(target.id)

    def _prompt(self, bookmark: "Bookmark", other_article: bool) -> Text:
        text = Text()
        text.append(bookmark.note or "(no note)", "bold" if bookmark.note else "dim italic")
        if bookmark.speaker:
            text.append(f" · {bookmark.speaker}", "italic")
        text.append(f" · {bookmark.created[:16].replace('T', ' ')}", "dim")
        if not self._available(bookmark):
            text.append("  (article not found)", "red")
        snippet = bookmark.text.replace("\n", " ")
        snippet = snippet if len(snippet) <= 100 else snippet[:99] + "…"
        where = f"{bookmark.article_title[:50]} — " if other_article else ""
        text.append(f"\n  {where}“{snippet}”", "dim")
        return text

    def _selected(self) -> "Bookmark | None":
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return next((b for b in self.rows if b.id == option.id), None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        bookmark = next((b for b in self.rows if b.id == event.option.id), None)
        if bookmark is not None:
            self.dismiss(bookmark)

    def action_delete(self) -> None:
        bookmark = self._selected()
        if bookmark is not None and self._delete(bookmark):
            self.refresh_rows(keep=self.rows.index(bookmark))

    def action_edit(self) -> None:
        bookmark = self._selected()
        if bookmark is None:
            return

        def saved(note: str | None) -> None:
            if note is not None and self._edit(bookmark, note):
                self.refresh_rows(keep=self.rows.index(bookmark))

        self.app.push_screen(NoteDialog("Edit the note", bookmark.text[:120], bookmark.note), saved)

    def action_close(self) -> None:
        self.dismiss(None)
