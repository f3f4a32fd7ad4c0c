"""Styled ranges of the article text, from an Analysis, with fast lookup by line.

Layers, lowest first: names, quotes, speaker mentions, search matches, the current quote.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.style import Style

from tui.analysis.model import Analysis
from tui.app import styles
from tui.app.styles import Theme


@dataclass(frozen=True)
class StyledRange:
    start: int
    end: int
    style: Style
    layer: int


class RangeIndex:
    """Ranges sorted by start, with a running maximum of ends to find overlaps in O(log n + k)."""

    def __init__(self, ranges: list[StyledRange]) -> None:
        self.ranges = sorted(ranges, key=lambda r: (r.start, r.layer))
        self._starts = [r.start for r in self.ranges]
        self._max_end: list[int] = []
        running = -1
        for r in self.ranges:
            running = max(running, r.end)
            self._max_end.append(running)

    def overlapping(self, start: int, end: int) -> list[StyledRange]:
        i = bisect_right(self._starts, end - 1) - 1
        found = []
        while i >= 0 and self._max_end[i] > start:
            r = self.ranges[i]
            if r.end > start and r.start < end:
                found.append(r)
            i -= 1
        found.reverse()
        return found


def speaker_indexes(analysis: Analysis) -> dict[str, int]:
    return {speaker.id: i for i, speaker in enumerate(analysis.speakers)}


def analysis_ranges(analysis: Analysis, theme: Theme) -> list[StyledRange]:
    """Everything the analysis colours, for one theme."""
    index = speaker_indexes(analysis)
    ranges: list[StyledRange] = []
    for entity in analysis.entities:
        if entity.label == "ORG":
            ranges.append(StyledRange(entity.start, entity.end, styles.ORGANISATION, 0))
        elif entity.label in ("LOC", "MISC") or (entity.label == "PER" and not entity.speaker):
            ranges.append(StyledRange(entity.start, entity.end, styles.OTHER_NAME, 0))
    for quote in analysis.quotes:
        speaker = index.get(quote.speaker.id) if quote.speaker else None
        ranges.append(StyledRange(quote.start, quote.end, styles.quote_style(speaker, theme), 1))
    for mention in analysis.mentions:
        if mention.speaker in index:
            ranges.append(StyledRange(mention.start, mention.end, styles.speaker_style(index[mention.speaker], theme), 2))
    return ranges


def style_segments(text: str, start: int, end: int, ranges: list[StyledRange]) -> list[tuple[str, Style]]:
    """Cut text[start:end] into (text, style) pieces, higher layers drawn over lower ones."""
    if not ranges:
        return [(text[start:end], Style())]
    cuts = {start, end}
    for r in ranges:
        cuts.add(min(max(r.start, start), end))
        cuts.add(min(max(r.end, start), end))
    points = sorted(cuts)
    ordered = sorted(ranges, key=lambda r: r.layer)
    pieces: list[tuple[str, Style]] = []
    for a, b in zip(points, points[1:]):
        if a == b:
            continue
        style = Style()
        for r in ordered:
            if r.start <= a and b <= r.end:
                style = style + r.style
        pieces.append((text[a:b], style))
    return pieces
