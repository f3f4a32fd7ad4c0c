"""Speaker colours, shared by every output: the reader (`tui.app.styles`, with a darker variant
for light themes), the text report, and the `colour` field of the JSON contract, which other
tools read. Colour is presentation: the engine only numbers its speakers, and this module
turns a speaker's number into a colour."""

from __future__ import annotations

# Okabe–Ito: told apart under the common colour-vision deficiencies
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442", "#999999")


def speaker_colour(index: int) -> str:
    """The colour of the index-th speaker (0-based), cycling past the palette's end."""
    return OKABE_ITO[index % len(OKABE_ITO)]
