"""Is this article French? A cheap check (function-word counts over the first words), so that
an English or German page says so instead of getting nonsense attributions."""

from __future__ import annotations

import re

from tui.analysis.lang.languages import FUNCTION_WORDS, LANGUAGE_NAMES

SAMPLE_CHARS = 20_000
MIN_WORDS = 20  # fewer words than this: too little to tell, taken as French
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    """An ISO 639-1 code ("fr", "en", …), "fr" when the text is too short to tell, "und" when
    no listed language's function words stand out."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if len(words) < MIN_WORDS:
        return "fr"
    scores = {code: sum(word in vocabulary for word in words) / len(words)
              for code, vocabulary in FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 0.08:
        return "und"
    # French keeps the benefit of the doubt: only a clear lead of another language counts
    if best != "fr" and scores[best] < scores["fr"] * 1.3:
        return "fr"
    return best


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
