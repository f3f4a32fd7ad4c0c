"""The reader's corrections laid over the engine's analysis (pure data; no UI, no spaCy).

A corrected quote gets the reader's speaker (one the article already has, or a new one by
name) with `via = "corrected"`, the engine's choice kept beside it; a passage marked as not
reported speech leaves the quotes and its claim. Claims follow their first quote's speaker.
"""

from __future__ import annotations

import copy
from dataclasses import asdict
from typing import TYPE_CHECKING

from tui.analysis.model import Analysis, Quote, Speaker, SpeakerRef
from tui.palette import speaker_colour

if TYPE_CHECKING:
    from tui.store.corrections import Correction

CORRECTED = "corrected"


def apply_corrections(analysis: Analysis, corrections: "list[Correction]", text: str) -> Analysis:
    """A copy of `analysis` with the corrections applied; `analysis` itself is left as it is."""
    if not corrections:
        return analysis
    result = copy.deepcopy(analysis)
    by_place = {(q.start, q.end): q for q in result.quotes}
    removed: set[str] = set()
    for correction in corrections:
        place = correction.locate(text)
        quote = by_place.get(place) if place is not None else None
        if quote is None:
            continue  # the passage is gone from the article, or the engine no longer sees a quote there
        if correction.not_speech:
            removed.add(quote.id)
            continue
        speaker = speaker_named(result, correction.speaker or "")
        _set_speaker(quote, speaker)
    for claim in result.claims:
        claim.quotes = [qid for qid in claim.quotes if qid not in removed]
    result.quotes = [q for q in result.quotes if q.id not in removed]
    result.claims = [c for c in result.claims if c.quotes]
    quotes = {q.id: q for q in result.quotes}
    for claim in result.claims:
        first = quotes.get(claim.quotes[0])
        claim.speaker = first.speaker.id if first is not None and first.speaker else None
    return result


def speaker_named(analysis: Analysis, name: str) -> Speaker:
    """The article's speaker of that name (or alias), or a new person added to the analysis."""
    folded = name.strip().casefold()
    for speaker in analysis.speakers:
        if speaker.name.casefold() == folded or folded in (a.casefold() for a in speaker.aliases):
            return speaker
    number = 1 + sum(1 for s in analysis.speakers if s.id.startswith("u"))
    speaker = Speaker(id=f"u{number}", name=name.strip(), kind="person", colour=speaker_colour(len(analysis.speakers)))
    analysis.speakers.append(speaker)
    return speaker


def _set_speaker(quote: Quote, speaker: Speaker) -> None:
    engine = quote.speaker.engine if quote.speaker and quote.speaker.via == CORRECTED else (
        {k: v for k, v in asdict(quote.speaker).items() if k in ("id", "name", "via")} if quote.speaker else None)
    quote.speaker = SpeakerRef(speaker.id, speaker.name, CORRECTED, evidence=[], engine=engine)
    quote.corrected = True
    quote.unattributed = None
