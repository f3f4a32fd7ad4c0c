"""Word-wrapping an article into display lines: ranges of the original text.

Pure Python and fast enough for a 1 MB article (one regex pass per paragraph); the article view
renders only the lines on screen.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from tui.article import Article

# A word with what French typography keeps on its line: « and “ before it, », ”, !, ?, ; and :
# after it (they are set with a space that must not break).
_WORD = re.compile(r"(?:[«“‹][ \u00a0\u202f]+)?\S+(?:[ \u00a0\u202f]+[»”›!?;:%]+[.,…)\]]*(?=\s|$))*\s*|\s+")
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001F300-\U0001FAFF\U00020000-\U0003FFFD]")


@dataclass(slots=True)
class Line:
    """One display line: text[start:end] of the article, or a synthetic line (title, meta)."""

    start: int
    end: int
    kind: str = "text"  # text, heading, title, meta, blank
    paragraph: int = -1
    label: str = ""  # the text of synthetic lines


class Layout:
    """The article wrapped at one width, with a fast offset -> line lookup."""

    def __init__(self, article: Article, width: int) -> None:
        self.article = article
        self.width = max(10, width)
        self.lines: list[Line] = []
        self._build()
        self._starts = [line.start if line.kind in ("text", "heading") else -1 for line in self.lines]
        self._text_index = [i for i, line in enumerate(self.lines) if line.kind in ("text", "heading")]
        self._text_starts = [self.lines[i].start for i in self._text_index]

    def _build(self) -> None:
        article = self.article
        lines = self.lines
        paragraphs = article.paragraphs
        body_start: int | None = None  # where the first paragraph's text goes on after a title line
        if article.title_from_text and paragraphs:
            # the text's own first line is the title: shown as text of the article, so that a
            # headline's quotation and names are highlighted and reached like any other, and once
            first = paragraphs[0]
            newline = article.text.find("\n", first.start, first.end)
            title_end = first.end if newline < 0 else newline
            self._add_wrapped(first.start, title_end, "heading", 0)
            if newline >= 0 and article.text[newline:first.end].strip():
                # « Titre\nLe texte … »: the lines after the title are the body's first
                body_start = newline + 1
        elif article.title:
            for start, end in wrap(article.title, self.width):
                lines.append(Line(-1, -1, "title", label=article.title[start:end].rstrip()))
        meta = article.byline
        if meta:
            lines.append(Line(-1, -1, "meta", label=meta))
        lines.append(Line(-1, -1, "blank"))
        for index, paragraph in enumerate(paragraphs):
            start = paragraph.start
            if index == 0 and article.title_from_text:
                if body_start is None:
                    continue
                start = body_start
            self._add_wrapped(start, paragraph.end, "heading" if paragraph.kind == "heading" else "text", index)
            lines.append(Line(-1, -1, "blank", index))

    def _add_wrapped(self, start: int, end: int, kind: str, paragraph: int) -> None:
        for line_start, line_end in wrap(self.article.text[start:end], self.width):
            self.lines.append(Line(start + line_start, start + line_end, kind, paragraph))

    def __len__(self) -> int:
        return len(self.lines)

    def line_of_offset(self, offset: int) -> int:
        """Index of the display line holding a text offset (the nearest text line before it)."""
        if not self._text_starts:
            return 0
        position = bisect_right(self._text_starts, offset) - 1
        return self._text_index[max(0, position)]

    def offset_of_line(self, index: int) -> int:
        """The text offset at the start of a display line (or of the next text line)."""
        for i in range(max(0, index), len(self.lines)):
            if self.lines[i].kind in ("text", "heading"):
                return self.lines[i].start
        return len(self.article.text)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one paragraph; returns (start, end) ranges, hard line breaks kept."""
    ranges: list[tuple[int, int]] = []
    measure = cell_len if _WIDE.search(text) else len
    position = 0
    for segment in text.split("\n"):
        seg_start = position
        position += len(segment) + 1
        if not segment.strip():
            continue
        line_start = seg_start
        line_width = 0
        for match in _WORD.finditer(segment):
            word = match.group(0)
            word_width = measure(word.rstrip())
            if line_width and line_width + word_width > width:
                ranges.append((line_start, seg_start + match.start()))
                line_start = seg_start + match.start()
                line_width = 0
            while word_width > width:  # a word longer than the line: cut it
                cut = _cut_at_width(word, width, measure)
                ranges.append((line_start, line_start + cut))
                line_start += cut
                word = word[cut:]
                word_width = measure(word.rstrip())
            line_width += measure(word)
        if line_start < seg_start + len(segment):
            ranges.append((line_start, seg_start + len(segment)))
    return ranges


def _cut_at_width(word: str, width: int, measure) -> int:
    cut = min(len(word), width)
    while cut > 1 and measure(word[:cut]) > width:
        cut -= 1
    return max(1, cut)
