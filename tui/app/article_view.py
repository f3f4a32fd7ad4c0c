"""The article, rendered line by line: only what is on screen is drawn (Textual's Line API).

Lines are ranges of the original text (see `layout.py`), styled by ranges from the analysis
(see `spans.py`). Rendered strips are cached per line and dropped when styles change.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.analysis.model import Analysis, Quote
from tui.app import styles
from tui.app.layout import Layout
from tui.app.spans import RangeIndex, StyledRange, analysis_ranges, speaker_indexes, style_segments
from tui.app.styles import Theme
from tui.article import Article

GUTTER = 2
_CACHE_LINES = 2_000


@dataclass
class _Highlights:
    search: list[tuple[int, int]]
    search_current: int | None


class ArticleView(ScrollView, can_focus=True):
    """A scrollable, wrapped, colour-coded article with a current quote."""

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 1 0 0;
        scrollbar-gutter: stable;  /* the text width must not change when the scrollbar appears */
    }
    ArticleView:focus {
        background-tint: $foreground 3%;
    }
    """

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down", tooltip="scroll a line down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up", tooltip="scroll a line up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="article.page_down",
                tooltip="scroll a page down"),
        Binding("pageup", "page_up", "Page up", show=False, id="article.page_up", tooltip="scroll a page up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top", tooltip="top of the article"),
        Binding("G,end", "scroll_end", "End", show=False, id="article.end", tooltip="end of the article"),
    ]

    current_quote: reactive[int | None] = reactive(None, repaint=False, init=False)

    class QuoteClicked(Message):
        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class SpeakerClicked(Message):
        def __init__(self, speaker_id: str) -> None:
            self.speaker_id = speaker_id
            super().__init__()

    class Scrolled(Message):
        """The reading position changed: `offset` is the text offset at the top of the view."""

        def __init__(self, offset: int) -> None:
            self.offset = offset
            super().__init__()

    def __init__(self, article: Article, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self.analysis: Analysis | None = None
        self.layout_: Layout | None = None
        self._ranges = RangeIndex([])
        self._marks = RangeIndex([])  # search matches and the current quote
        self._strips: OrderedDict[int, Strip] = OrderedDict()
        self._highlights = _Highlights([], None)
        self._bookmarks: set[int] = set()  # text offsets of bookmarked places
        self._bookmark_lines: set[int] = set()
        self._corrected_lines: set[int] = set()  # lines of quotes whose speaker the reader corrected
        self._theme = Theme()
        self._last_top = -1
        self._base: Style | None = None

    # -- moving ------------------------------------------------------------------------------
    # Pages jump without animation: an animated page repaints every line many times over.
    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self.scrollable_content_region.height - 1, animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self.scrollable_content_region.height + 1, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    # -- layout ------------------------------------------------------------------------------
    @property
    def text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER)

    def on_mount(self) -> None:
        self._theme = self._current_theme()
        if self.scrollable_content_region.width > GUTTER:  # else wait for the first resize
            self._relayout()

    def on_resize(self, event: events.Resize) -> None:
        if self.layout_ is None or self.layout_.width != self.text_width:
            top = self.top_offset if self.scroll_y > 0 else None
            self._relayout()
            if top is not None:
                self.scroll_to(y=self.layout_.line_of_offset(top), animate=False, immediate=True)  # type: ignore[union-attr]

    def _relayout(self) -> None:
        self.layout_ = Layout(self.article, self.text_width)
        self.virtual_size = Size(self.text_width + GUTTER, len(self.layout_))
        self._bookmark_lines = {self.layout_.line_of_offset(o) for o in self._bookmarks}
        self._corrected_lines = self._lines_of_corrected()
        self._clear_cache()

    def _lines_of_corrected(self) -> set[int]:
        if self.layout_ is None or self.analysis is None:
            return set()
        lines: set[int] = set()
        for quote in self.analysis.quotes:
            if quote.corrected:
                first = self.layout_.line_of_offset(quote.start)
                lines.update(range(first, self.layout_.line_of_offset(max(quote.start, quote.end - 1)) + 1))
        return lines

    @property
    def top_offset(self) -> int | None:
        """The text offset of the first line on screen (the reading position)."""
        if self.layout_ is None:
            return None
        return self.layout_.offset_of_line(int(self.scroll_y))

    def scroll_to_offset(self, offset: int, *, center: bool = True, animate: bool = False) -> None:
        if self.layout_ is None:
            return
        line = self.layout_.line_of_offset(offset)
        y = line - (self.scrollable_content_region.height // 3 if center else 0)
        self.scroll_to(y=max(0, y), animate=animate, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        top = self.top_offset
        if top is not None and top != self._last_top:
            self._last_top = top
            self.post_message(self.Scrolled(top))

    # -- content -----------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        self.article = article
        self.analysis = None
        self._ranges = RangeIndex([])
        self._highlights = _Highlights([], None)
        self._bookmarks = set()
        self.set_reactive(ArticleView.current_quote, None)
        self._rebuild_marks()
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._ranges = RangeIndex(analysis_ranges(analysis, self._theme) if analysis else [])
        self._corrected_lines = self._lines_of_corrected()
        self._rebuild_marks()

    def set_search(self, matches: list[tuple[int, int]], current: int | None) -> None:
        self._highlights = _Highlights(matches, current)
        self._rebuild_marks()

    def set_bookmarks(self, offsets: set[int]) -> None:
        self._bookmarks = set(offsets)
        if self.layout_ is not None:
            self._bookmark_lines = {self.layout_.line_of_offset(o) for o in self._bookmarks}
        self._clear_cache()

    def watch_current_quote(self, old: int | None, new: int | None) -> None:
        self._rebuild_marks()
        quote = self.quote(new)
        if quote is not None and self.layout_ is not None:
            first = self.layout_.line_of_offset(quote.start)
            last = self.layout_.line_of_offset(max(quote.start, quote.end - 1))
            top, height = int(self.scroll_y), self.scrollable_content_region.height
            if first < top or last >= top + height:
                self.scroll_to_offset(quote.start)

    def quote(self, index: int | None) -> Quote | None:
        if index is None or self.analysis is None or not 0 <= index < len(self.analysis.quotes):
            return None
        return self.analysis.quotes[index]

    def _rebuild_marks(self) -> None:
        marks: list[StyledRange] = []
        for i, (start, end) in enumerate(self._highlights.search):
            style = styles.SEARCH_MATCH + (Style(bold=True, underline=True) if i == self._highlights.search_current else Style())
            marks.append(StyledRange(start, end, style, 3))
        quote = self.quote(self.current_quote)
        if quote is not None and self.analysis is not None:
            index = speaker_indexes(self.analysis).get(quote.speaker.id) if quote.speaker else None
            marks.append(StyledRange(quote.start, quote.end, styles.current_quote_style(index, self._theme), 4))
        self._marks = RangeIndex(marks)
        self._clear_cache()

    def _clear_cache(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """The theme changed: colours for light and dark themes differ."""
        super().notify_style_update()
        self._base = None
        theme = self._current_theme()
        if theme != self._theme:
            self._theme = theme
            self.set_analysis(self.analysis)
        self._clear_cache()

    def _current_theme(self) -> Theme:
        try:
            dark = self.app.current_theme.dark
        except Exception:  # noqa: BLE001 - before the app is running
            dark = True
        return Theme(dark=dark, colour=not getattr(self.app, "no_color", False))

    # -- rendering ---------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._base_style()
        if self.layout_ is None or index >= len(self.layout_):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_text_line(index, base)
            self._strips[index] = strip
            if len(self._strips) > _CACHE_LINES:
                self._strips.popitem(last=False)
        return strip.crop_extend(scroll_x, scroll_x + width, base)

    def _render_text_line(self, index: int, base: Style) -> Strip:
        assert self.layout_ is not None
        line = self.layout_.lines[index]
        gutter = self._gutter(index, line.start, line.end)
        if line.kind == "title":
            return Strip([gutter, Segment(line.label, base + styles.TITLE)])
        if line.kind == "meta":
            return Strip([gutter, Segment(line.label, base + styles.META)])
        if line.kind == "blank":
            return Strip([gutter])
        end = line.end
        text = self.article.text
        while end > line.start and text[end - 1] in " \t\r\n":
            end -= 1
        ranges = self._ranges.overlapping(line.start, end) + self._marks.overlapping(line.start, end)
        extra = styles.TITLE if line.kind == "heading" else Style()
        segments = [gutter]
        for piece, style in style_segments(text, line.start, end, ranges):
            segments.append(Segment(piece.replace("\t", " ").replace("\r", ""), base + extra + style))
        return Strip(segments)

    def _base_style(self) -> Style:
        """The widget's own style, cached: computing `rich_style` for every line is costly."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def _gutter(self, index: int, start: int, end: int) -> Segment:
        base = self._base_style()
        if index in self._bookmark_lines:
            return Segment("▍ ", base + styles.BOOKMARK_GUTTER)
        if index in self._corrected_lines:
            return Segment(f"{styles.CORRECTED_MARK} ", base + styles.CORRECTED_GUTTER)
        quote = self.quote(self.current_quote)
        if quote is not None and start >= 0 and start < quote.end and end > quote.start:
            return Segment("┃ ", base + Style(bold=True))
        return Segment(" " * GUTTER, base)

    # -- mouse -------------------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is None or self.analysis is None:
            return
        for mention in self.analysis.mentions:
            if mention.start <= offset < mention.end:
                self.post_message(self.SpeakerClicked(mention.speaker))
                return
        for i, quote in enumerate(self.analysis.quotes):
            if quote.start <= offset < quote.end:
                self.post_message(self.QuoteClicked(i))
                return

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a point of the widget, if it is on text."""
        if self.layout_ is None:
            return None
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self.layout_):
            return None
        line = self.layout_.lines[index]
        if line.kind not in ("text", "heading"):
            return None
        column = x + int(self.scroll_x) - GUTTER
        if column < 0:
            return None
        cells = 0
        for i in range(line.start, line.end):
            cells += cell_len(self.article.text[i])
            if cells > column:
                return i
        return None
