"""Claims: one statement by one source, and whether it carries a checkable fact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.lang.facts import COMPARATIVES, COMPARISON_WORDS, MONTHS, NUMBER_WORDS, QUANTITY_UNITS
from tui.analysis.model import Claim, Quote

_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
_DATE = re.compile(r"\b(?:" + "|".join(MONTHS) + r"|(?:19|20)\d\d)\b", re.I)
_COMPARISON = re.compile(
    r"\b(?:" + "|".join(COMPARATIVES) + r")\b[^.;]{0,60}\bque\b|\b(?:le|la|les) (?:plus|moins)\b|"
    r"\b(?:" + "|".join(COMPARISON_WORDS) + r")\b",
    re.I,
)
_QUANTITY = re.compile(r"%|\bpour ?cent\b|\b(?:" + "|".join(QUANTITY_UNITS) + r")\b", re.I)


def checkworthy_reasons(text: str) -> list[str]:
    """Why a statement can be checked: a number, a quantity, a date, a comparison."""
    reasons = []
    if _NUMBER.search(text):
        reasons.append("number")
    if _QUANTITY.search(text):
        reasons.append("quantity")
    if _DATE.search(text):
        reasons.append("date")
    if _COMPARISON.search(text):
        reasons.append("comparison")
    return reasons


@dataclass
class ClaimGroup:
    """Quotes of one utterance: same sentence, same source (an incise does not split it)."""

    sentence: tuple[int, int]
    speaker: str | None
    quotes: list[Quote]


def group_claims(quotes_with_sentence: list[tuple[Quote, tuple[int, int]]]) -> list[Claim]:
    groups: list[ClaimGroup] = []
    for quote, sentence in quotes_with_sentence:
        speaker = quote.speaker.id if quote.speaker else None
        last = groups[-1] if groups else None
        if last and last.sentence == sentence and last.speaker == speaker:
            last.quotes.append(quote)
        else:
            groups.append(ClaimGroup(sentence, speaker, [quote]))
    claims = []
    for number, group in enumerate(groups, 1):
        text = " … ".join(q.text for q in group.quotes)
        reasons = checkworthy_reasons(text)
        first_cue = next((q.cue for q in group.quotes if q.cue), None)
        claims.append(Claim(
            id=f"c{number}",
            speaker=group.speaker,
            quotes=[q.id for q in group.quotes],
            text=text,
            start=group.quotes[0].start,
            end=group.quotes[-1].end,
            checkworthy=bool(reasons),
            reasons=reasons,
            cue=first_cue.lemma if first_cue else None,
        ))
    return claims
