"""The reading screen: the article, its speakers in colour, the claims sidebar, quote-to-quote keys.

The text is on screen at once; the analysis comes from the cache or from another process
(`analysis_runner`) and colours the text when it arrives. Bookmarks and the reading position are
kept by `tui.store` through `Bookmarking`. The App (`tui.app.reader`) only pushes this screen;
other screens (help, legend, bookmarks) come and go on top of it.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterable

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, OptionList, Static

from tui.analysis import cache
from tui.analysis.model import Analysis, Quote
from tui.analysis.events import AnalysisEvent, Done, Failed, Loading, Partial, Progress
from tui.app.article_view import ArticleView
from tui.app.screens import ALL_SPEAKERS, HelpScreen, LegendScreen, SpeakerFilterScreen
from tui.app.search import Searcher, next_match
from tui.app.sidebar import ClaimsSidebar
from tui.app.styles import Theme
from tui.article import Article
from tui.app.bookmarking import Bookmarking
from tui.app.keys import READER_BINDINGS, key_of
from tui.store.corrections import Correction, CorrectionStore
from tui.store.paths import StorePaths


class StatusBar(Static):
    """One line: which quote of how many and who; the analysis state; search results."""


def default_export_path(article: Article) -> Path:
    """~/Documents/quotelens-<article name>.md (the user's documents directory)."""
    from platformdirs import user_documents_dir

    stem = re.sub(r"[^\w-]+", "-", (article.path.stem if article.path else article.title or "article")).strip("-")
    return Path(user_documents_dir()) / f"quotelens-{stem[:60] or 'article'}.md"


class ReaderScreen(Screen[None]):
    """The article being read, with its analysis, quote stepping, search and status line."""

    BINDINGS = READER_BINDINGS

    current_quote: reactive[int | None] = reactive(None, init=False)

    def __init__(self, article: Article, *, store_paths: StorePaths, use_cache: bool = True,
                 analysis: Analysis | None = None) -> None:
        super().__init__()
        self.article = article
        self.store_paths = store_paths
        self.use_cache = use_cache
        self.analysis: Analysis | None = analysis  # what is shown: the engine's, with the reader's corrections
        self.engine_analysis: Analysis | None = analysis  # the engine's own
        self.corrections = CorrectionStore(store_paths.corrections_file)
        self._corrections_here: list[Correction] = []
        self.analysis_state = "waiting"  # waiting, loading, running, partial, done, failed
        self.analysis_detail = ""
        self.searcher = Searcher(article.text)
        self.search_matches: list[tuple[int, int]] = []
        self.search_index: int | None = None
        self.search_query = ""
        self.analysis_stats: dict = {}  # from the analysis process: peak_rss_mb, seconds
        self.first_text_frame_at: float | None = None
        self.analysis_shown_at: float | None = None
        self.started_at = time.perf_counter()
        self.bookmarking = Bookmarking(self)

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="main"):
            yield ArticleView(self.article, id="article")
            with Vertical(id="sidebar"):
                yield Label("Claims", id="sidebar-title")
                yield ClaimsSidebar(id="claims")
        yield StatusBar(id="status")
        yield Input(placeholder="Search the article (enter: next match · esc: close)", id="search")
        yield Footer()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> ClaimsSidebar:
        return self.query_one(ClaimsSidebar)

    def _show_titles(self) -> None:
        self.title = self.app.title = self.article.title or self.article.name
        self.sub_title = self.app.sub_title = self.article.byline

    def on_mount(self) -> None:
        self._show_titles()
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self.view.focus()
        self.query_one("#search", Input).display = False
        self.bookmarking.load()
        self._load_corrections()
        self.call_after_refresh(self._first_frame)
        if self.analysis is not None:
            self._show_analysis(self.analysis, final=True)
        else:
            self.load_analysis()
        self.update_status()

    def on_unmount(self) -> None:
        self.bookmarking.flush_position()

    def open_article(self, article: Article, offset: int | None = None) -> None:
        """Show another article in this reader (a bookmark elsewhere was chosen)."""
        self.bookmarking.reset_for_new_article()
        self.article = article
        self.analysis = self.engine_analysis = None
        self._load_corrections()
        self.set_reactive(ReaderScreen.current_quote, None)
        self.searcher = Searcher(article.text)
        self.search_matches, self.search_index, self.search_query = [], None, ""
        self._show_titles()
        self.view.set_article(article)
        self.sidebar.show(None, self.theme_style, set())
        self.sidebar.set_filter(None)
        self.bookmarking.refresh_marks()
        self.call_after_refresh(self.bookmarking.restore_position, offset)
        self.load_analysis()
        self.update_status()

    def on_bookmarking_goto(self, message: Bookmarking.Goto) -> None:
        self.go_to_offset(message.offset)

    def on_bookmarking_open_article(self, message: Bookmarking.OpenArticle) -> None:
        self.open_article(message.article, offset=message.offset)

    def go_to_offset(self, offset: int) -> None:
        """Show a place of the article, selecting the quote there if there is one."""
        if self.analysis is not None:
            index = next((i for i, q in enumerate(self.analysis.quotes) if q.start <= offset < q.end), None)
            if index is not None:
                self.current_quote = index
        self.view.scroll_to_offset(offset)

    def _first_frame(self) -> None:
        if self.first_text_frame_at is None:
            self.first_text_frame_at = time.perf_counter()
        self.bookmarking.restore_position()

    @property
    def theme_style(self) -> Theme:
        return Theme(dark=self.app.current_theme.dark, colour=not self.app.no_color)

    def _theme_changed(self) -> None:
        self.view.notify_style_update()
        self.sidebar.show(self.analysis, self.theme_style, self.bookmarking.bookmarked_claims())

    # -- analysis ----------------------------------------------------------------------------
    @work(exclusive=True, group="analysis")
    async def load_analysis(self) -> None:
        import asyncio

        path = str(self.article.path) if self.article.path else None
        if self.use_cache:
            cached = await asyncio.to_thread(cache.load, self.article.text, path)
            if cached is not None:
                self._show_analysis(cached, final=True)
                return
        self._set_state("loading", "starting")
        async for event in self.app.analysis_service.analyse(self.article.text, path, self.use_cache):
            self._on_analysis_event(event)

    def _on_analysis_event(self, event: AnalysisEvent) -> None:
        if isinstance(event, Loading):
            self._set_state("loading", "loading the French model")
        elif isinstance(event, Progress):
            self._set_state(self.analysis_state if self.analysis_state == "partial" else "running",
                            f"{event.done}/{event.total} paragraphs")
        elif isinstance(event, Partial):
            self._show_analysis(event.analysis, final=False)
        elif isinstance(event, Done):
            self.analysis_stats = event.stats
            self._show_analysis(event.analysis, final=True)
        elif isinstance(event, Failed):
            self._set_state("failed", event.message)
            self.notify(f"Analysis failed: {event.message}. The text stays readable.", severity="error", timeout=8)

    def _set_state(self, state: str, detail: str = "") -> None:
        self.analysis_state, self.analysis_detail = state, detail
        self.update_status()

    def _show_analysis(self, analysis: Analysis, final: bool) -> None:
        from tui.corrections import apply_corrections

        current_id = self.quote_at(self.current_quote).id if self.quote_at(self.current_quote) else None
        self.engine_analysis = analysis
        analysis = apply_corrections(analysis, self._corrections_here, self.article.text)
        self.analysis = analysis
        self.view.set_analysis(analysis)
        self.sidebar.show(analysis, self.theme_style, self.bookmarking.bookmarked_claims())
        self._update_sidebar_title()
        if current_id is not None:
            self.current_quote = next((i for i, q in enumerate(analysis.quotes) if q.id == current_id), None)
        if self.analysis_shown_at is None:
            self.analysis_shown_at = time.perf_counter()
        self.analysis_state = "done" if final else "partial"
        self.analysis_detail = ""
        self.sidebar.follow(self.view.top_offset or 0)
        self.update_status()

    # -- trust: why, corrections -------------------------------------------------------------
    def _load_corrections(self) -> None:
        self._corrections_here = self.corrections.for_article(self.article.sha256, self.article.location)
        for warning in self.corrections.warnings:
            self.notify(warning, severity="warning", timeout=8)
        self.corrections.warnings.clear()

    def _selected_quote(self) -> Quote | None:
        quote = self.quote_at(self.current_quote)
        if quote is None:
            self.notify("Select a quote first (n, p or a click)", timeout=2)
        return quote

    def action_why(self) -> None:
        quote = self._selected_quote()
        if quote is None or self.analysis is None:
            return
        from tui.app.trust_screens import CORRECT, WhyScreen

        chain = ([(quote.cue.start, quote.cue.end)] if quote.cue else []) + [
            (e.start, e.end) for e in (quote.speaker.evidence if quote.speaker else [])]

        def chosen(offset: int | None) -> None:
            if offset is None:
                return
            if offset == CORRECT:
                self.action_correct()
                return
            spans = sorted(set(chain))
            index = next((i for i, (start, _) in enumerate(spans) if start == offset), None)
            self.search_matches, self.search_index = spans, index
            self.view.set_search(spans, index)  # esc clears them, as it clears search matches
            self.view.scroll_to_offset(offset)

        self.app.push_screen(WhyScreen(quote, self.analysis, self.theme_style), chosen)

    def action_correct(self) -> None:
        quote = self._selected_quote()
        if quote is None or self.analysis is None:
            return
        from tui.app.trust_screens import CorrectionScreen

        self.app.push_screen(CorrectionScreen(quote, self.analysis, self.theme_style),
                             lambda choice: self._correct(quote, choice))

    def _correct(self, quote: Quote, choice) -> None:
        from tui.store.corrections import new_correction
        from tui.store.jsonfile import StoreError

        if choice is None or self.engine_analysis is None:
            return
        engine_quote = next((q for q in self.engine_analysis.quotes if (q.start, q.end) == (quote.start, quote.end)), None)
        correction = new_correction(
            article_sha256=self.article.sha256, article_path=self.article.location,
            article_title=self.article.title or self.article.name, start=quote.start, end=quote.end, text=quote.text,
            engine_speaker=engine_quote.speaker.name if engine_quote and engine_quote.speaker else None,
            speaker=choice.name or None, not_speech=choice.action == "not_speech")
        try:
            if choice.action == "reset":
                self.corrections.reset(correction)
            else:
                self.corrections.put(correction)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=8)
            return
        self._load_corrections()
        self._show_analysis(self.engine_analysis, final=self.analysis_state == "done")
        message = {"reset": "The engine's choice again", "not_speech": "Marked as not reported speech"}.get(
            choice.action, f"Speaker corrected: {choice.name}")
        self.notify(message, timeout=3)

    # -- quotes ------------------------------------------------------------------------------
    def quote_at(self, index: int | None) -> Quote | None:
        if index is None or self.analysis is None or not 0 <= index < len(self.analysis.quotes):
            return None
        return self.analysis.quotes[index]

    def watch_current_quote(self, index: int | None) -> None:
        self.view.current_quote = index
        quote = self.quote_at(index)
        if quote is not None:
            claim = self.sidebar.claim_of_quote(quote.id)
            if claim is not None:
                self.sidebar.highlight_claim(claim.id)
        self.update_status()

    def _step(self, forward: bool, same_speaker: bool = False) -> None:
        if self.analysis is None or not self.analysis.quotes:
            self.notify("No quotes yet" + (" (the analysis is running)" if self.analysis_state != "done" else ""),
                        timeout=2)
            return
        quotes = self.analysis.quotes
        current = self.quote_at(self.current_quote)
        speaker = current.speaker.id if current and current.speaker else None
        if same_speaker and current is None:
            self.notify("Select a quote first (n)", timeout=2)
            return
        if current is None:
            # start from the reading position
            top = self.view.top_offset or 0
            order = [i for i, q in enumerate(quotes) if (q.start >= top) == forward] or list(range(len(quotes)))
            candidates = order if forward else list(reversed(order))
        else:
            n = len(quotes)
            candidates = [(self.current_quote + k * (1 if forward else -1)) % n for k in range(1, n + 1)]  # type: ignore[operator]
        for i in candidates:
            quote = quotes[i]
            if same_speaker and (quote.speaker.id if quote.speaker else None) != speaker:
                continue
            if not same_speaker and self.sidebar.speaker_filter and (
                    not quote.speaker or quote.speaker.id != self.sidebar.speaker_filter):
                continue
            self.current_quote = i
            return
        self.notify("No other quote" + (" by this speaker" if same_speaker else ""), timeout=2)

    def action_next_quote(self) -> None:
        self._step(True)

    def action_previous_quote(self) -> None:
        self._step(False)

    def action_next_same_speaker(self) -> None:
        self._step(True, same_speaker=True)

    def action_previous_same_speaker(self) -> None:
        self._step(False, same_speaker=True)

    # -- sidebar -----------------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#claims")
    def claim_selected(self, event: OptionList.OptionSelected) -> None:
        if self.analysis is None:
            return
        claim = next((c for c in self.analysis.claims if c.id == event.option.id), None)
        if claim is None:
            return
        first = claim.quotes[0]
        self.current_quote = next(i for i, q in enumerate(self.analysis.quotes) if q.id == first)
        self.view.scroll_to_offset(claim.start)

    @on(ArticleView.QuoteClicked)
    def quote_clicked(self, event: ArticleView.QuoteClicked) -> None:
        self.current_quote = event.index

    @on(ArticleView.SpeakerClicked)
    def speaker_clicked(self, event: ArticleView.SpeakerClicked) -> None:
        same = self.sidebar.speaker_filter == event.speaker_id
        self._apply_filter(None if same else event.speaker_id)

    @on(ArticleView.Scrolled)
    def article_scrolled(self, event: ArticleView.Scrolled) -> None:
        if self.focused is not self.sidebar:
            current = self.quote_at(self.current_quote)
            if current is None or not self._on_screen(current):
                self.sidebar.follow(event.offset)
        self.bookmarking.remember_position(event.offset)

    def _on_screen(self, quote: Quote) -> bool:
        layout = self.view.layout_
        if layout is None:
            return False
        line = layout.line_of_offset(quote.start)
        top = int(self.view.scroll_y)
        return top <= line < top + self.view.scrollable_content_region.height

    def action_filter_speaker(self) -> None:
        if self.analysis is None or not self.analysis.speakers:
            self.notify("No speakers yet", timeout=2)
            return

        def picked(result: str | None) -> None:
            if result is not None:
                self._apply_filter(None if result == ALL_SPEAKERS else result)

        self.app.push_screen(SpeakerFilterScreen(self.analysis, self.theme_style, self.sidebar.speaker_filter), picked)

    def _apply_filter(self, speaker_id: str | None) -> None:
        self.sidebar.set_filter(speaker_id)
        self.query_one("#sidebar").display = True
        self._update_sidebar_title()
        self.sidebar.follow(self.view.top_offset or 0)
        self.update_status()

    def _update_sidebar_title(self) -> None:
        if self.analysis is None:
            return
        title = f"Claims ({len(self.sidebar.visible_claims)})"
        speaker = self.analysis.speaker(self.sidebar.speaker_filter)
        if speaker is not None:
            title += f" · {speaker.name} (s: change)"
        self.query_one("#sidebar-title", Label).update(title)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is self.sidebar:
            self.view.focus()

    # -- search ------------------------------------------------------------------------------
    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()
        search.select_all()  # typing replaces the last search; enter repeats it

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.search_query = event.value
        self.search_matches = self.searcher.find_all(event.value) if len(event.value.strip()) >= 2 else []
        self.search_index = None
        self.view.set_search(self.search_matches, None)
        self.update_status()

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        self.action_search_next()

    def action_search_next(self) -> None:
        self._search_step(True)

    def action_search_previous(self) -> None:
        self._search_step(False)

    def _search_step(self, forward: bool) -> None:
        if not self.search_matches:
            if self.search_query:
                self.notify(f"“{self.search_query}” is not in the article", timeout=2)
            return
        if self.search_index is None:
            self.search_index = next_match(self.search_matches, self.view.top_offset or 0, forward)
        else:
            step = 1 if forward else -1
            self.search_index = (self.search_index + step) % len(self.search_matches)
        start, _ = self.search_matches[self.search_index]  # type: ignore[index]
        self.view.set_search(self.search_matches, self.search_index)
        self.view.scroll_to_offset(start)
        self.update_status()

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        if search.display:
            search.display = False
            self.view.focus()
            return
        if self.search_matches:
            self.search_matches, self.search_index, self.search_query = [], None, ""
            search.value = ""
            self.view.set_search([], None)
        elif self.app.screen_stack[0] is not self:  # opened from a list (feed entries): back to it
            self.dismiss()
            return
        elif self.current_quote is not None:
            self.current_quote = None
        self.update_status()

    # -- screens -----------------------------------------------------------------------------
    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.key_rows()))

    def key_rows(self) -> list[tuple[str, str]]:
        """The help's rows, from the live bindings (a user keymap included)."""
        from tui.app.keys import help_rows

        return help_rows(self.app, [ReaderScreen, ArticleView])

    def action_legend(self) -> None:
        self.app.push_screen(LegendScreen(self.analysis, self.theme_style))

    def action_export(self) -> None:
        """Write the claims as Markdown (the same as `quotelens analyze --format markdown`)."""
        if self.analysis is None:
            self.notify("Nothing to export yet (the analysis is running)", timeout=3)
            return
        from tui.app.screens import ExportDialog

        self.app.push_screen(ExportDialog(str(default_export_path(self.article))), self._export_to)

    def _export_to(self, path: str | None) -> None:
        if not path or self.analysis is None:
            return
        from tui import export

        target = Path(path).expanduser()
        source = self.article.location or "<stdin>"
        text = export.to_markdown(self.analysis, self.article.title or self.article.name, source)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.notify(f"Cannot write {target}: {exc.strerror or exc}", severity="error", timeout=8)
            return
        self.notify(f"Claims written to {target}", timeout=6)

    def action_bookmark(self) -> None:
        self.bookmarking.add_here()

    def action_bookmarks(self) -> None:
        self.bookmarking.open_list()

    def commands(self) -> Iterable[SystemCommand]:
        """The command palette's entries for reading; each says its key as bound now."""
        def hint(text: str, binding_id: str) -> str:
            key = key_of(self.app, binding_id)
            return f"{text} ({key})" if key else text

        yield SystemCommand("Next quote", hint("Jump to the next quote", "quote.next"), self.action_next_quote)
        yield SystemCommand("Previous quote", hint("Jump to the previous quote", "quote.previous"),
                            self.action_previous_quote)
        yield SystemCommand("Filter claims by speaker", hint("Show one speaker's claims", "sidebar.filter"),
                            self.action_filter_speaker)
        yield SystemCommand("Show all speakers", "Remove the speaker filter", lambda: self._apply_filter(None))
        yield SystemCommand("Search", hint("Find text in the article", "search.open"), self.action_search)
        yield SystemCommand("Speakers legend", hint("Who speaks, in which colour", "legend"), self.action_legend)
        yield SystemCommand("Toggle claims sidebar", hint("Hide or show the claims", "sidebar.toggle"),
                            self.action_toggle_sidebar)
        yield SystemCommand("Bookmark here", hint("Bookmark the current quote or paragraph", "bookmark.add"),
                            self.action_bookmark)
        yield SystemCommand("Bookmarks", hint("All your bookmarks", "bookmark.list"), self.action_bookmarks)
        if self.analysis is not None:
            for speaker in self.analysis.speakers:
                yield SystemCommand(f"Claims of {speaker.name}", "Filter the sidebar to this speaker",
                                    lambda sid=speaker.id: self._apply_filter(sid))

    # -- status ------------------------------------------------------------------------------
    def update_status(self) -> None:
        """Rewrite the status line (a screen is not yet `is_mounted` in its own on_mount)."""
        try:
            status = self.query_one(StatusBar)
        except NoMatches:
            return
        parts: list[str] = []
        quote = self.quote_at(self.current_quote)
        total = len(self.analysis.quotes) if self.analysis else 0
        if quote is not None:
            who = f"[b]{_escape(quote.speaker.name)}[/b] ({quote.speaker.via})" if quote.speaker else "[i]unattributed[/i]"
            parts.append(f"Quote {self.current_quote + 1}/{total} · {who} · {quote.kind} · w: why · a: correct")  # type: ignore[operator]
        elif self.analysis is not None and self.analysis.language != "fr":
            from tui.analysis.language import language_name

            parts.append(f"[b]Not French[/b] ({language_name(self.analysis.language)}): "
                         "quotelens attributes French articles only, the text is shown as it is")
        elif self.analysis is not None:
            parts.append(f"{total} quotes · {len(self.analysis.speakers)} speakers · n: first quote")
        state = {
            "waiting": "",
            "loading": f"Analysing… {self.analysis_detail}",
            "running": f"Analysing… {self.analysis_detail}",
            "partial": "Analysing… (first part shown)",
            "done": "",
            "failed": f"[b red]Analysis failed[/]: {_escape(self.analysis_detail)}",
        }[self.analysis_state]
        if state:
            parts.append(state)
        if self.search_query:
            if self.search_matches:
                position = f"{self.search_index + 1}/" if self.search_index is not None else ""
                parts.append(f"“{_escape(self.search_query)}”: match {position}{len(self.search_matches)}")
            elif len(self.search_query.strip()) >= 2:
                parts.append(f"“{_escape(self.search_query)}”: no match")
        note = self.bookmarking.status_note
        if note:
            parts.append(note)
        status.update("  │  ".join(parts))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
