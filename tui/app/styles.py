"""How things look in the article: one style per speaker, organisations, places, highlights.

Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies), with a
darker variant for light themes. Past the palette's size, and when colour is off (NO_COLOR),
speakers still differ by text style.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rich.style import Style

from tui.palette import OKABE_ITO

DARK_PALETTE = OKABE_ITO
# the same hues, darkened to read on a light background
LIGHT_PALETTE = ("#A66F00", "#1F6F9F", "#00704F", "#B34700", "#A0457F", "#004F80", "#7A7000", "#5E5E5E")
# underline is the organisations' style, so speakers past the palette use other emphases
_EMPHASES = (Style(), Style(italic=True), Style(overline=True), Style(italic=True, overline=True))


@dataclass(frozen=True)
class Theme:
    dark: bool = True
    colour: bool = True

    def palette(self) -> tuple[str, ...]:
        return DARK_PALETTE if self.dark else LIGHT_PALETTE


@lru_cache(maxsize=256)
def speaker_colour(index: int, theme: Theme) -> str:
    palette = theme.palette()
    return palette[index % len(palette)]


@lru_cache(maxsize=256)
def speaker_style(index: int, theme: Theme) -> Style:
    """A speaker's name (and pronouns and descriptions resolved to them)."""
    emphasis = _EMPHASES[(index // len(theme.palette())) % len(_EMPHASES)]
    if not theme.colour:
        emphasis = _EMPHASES[index % len(_EMPHASES)]
        return Style(bold=True) + emphasis
    return Style(color=speaker_colour(index, theme), bold=True) + emphasis


@lru_cache(maxsize=256)
def quote_style(index: int | None, theme: Theme) -> Style:
    """The words of a quote credited to a speaker (None: unattributed)."""
    if index is None:
        return Style(italic=True, dim=True)
    if not theme.colour:
        return Style(italic=True)
    return Style(color=speaker_colour(index, theme))


@lru_cache(maxsize=256)
def current_quote_style(index: int | None, theme: Theme) -> Style:
    if index is None or not theme.colour:
        return Style(reverse=True)
    return Style(bgcolor=speaker_colour(index, theme), color="#000000" if theme.dark else "#FFFFFF")


ORGANISATION = Style(bold=True, underline=True)
OTHER_NAME = Style(italic=True)
SEARCH_MATCH = Style(bgcolor="#F0E442", color="#000000")
BOOKMARK_GUTTER = Style(color="#E69F00", bold=True)
TITLE = Style(bold=True)
META = Style(dim=True)

CORRECTED_MARK = "✎"  # a quote whose speaker the reader corrected (gutter, sidebar)
CORRECTED_GUTTER = Style(color="#d7875f", bold=True)
