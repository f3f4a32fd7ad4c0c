"""Is this article French? A cheap check (function-word counts over the first words), so that
an English or German page says so instead of getting nonsense attributions."""

from __future__ import annotations

import re

from tui.analysis.lang.languages import FUNCTION_WORDS, LANGUAGE_NAMES

SAMPLE_CHARS = 20_000
MIN_WORDS = 20  # fewer words than this: too little to tell, taken as French
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ELISION = re.compile(r"\b(?:[ldjnsc]|qu)['’](?=\w)", re.IGNORECASE)
_FRENCH_LETTERS = re.compile(r"[éèêàçùœ]")


def guess_language(text: str) -> str:
    """An ISO 639-1 code ("fr", "en", …), "fr" when the text is too short to tell, "und" when
    no listed language's function words stand out."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if len(words) < MIN_WORDS:
        return "fr"
    scores = {code: sum(word in vocabulary for word in words) / len(words)
              for code, vocabulary in FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    sample = text[:SAMPLE_CHARS]
    french_marks = (len(_ELISION.findall(sample)) + sum(1 for w in words if _FRENCH_LETTERS.search(w))) / len(words)
    if scores[best] < 0.08:
        # a short news item may hold few function words (« « … », a regretté l'attaquant, avant
        # d'ajouter : « … » »); French elisions and accents still say French
        return "fr" if french_marks >= 0.1 else "und"
    if best != "fr" and scores[best] < 0.15 and french_marks >= 0.1:
        # « Kristina Mladenovic a annoncé … la fin de sa carrière », two « de » counted as Dutch:
        # a weak lead of another language against French accents and elisions is no lead
        return "fr"
    # French keeps the benefit of the doubt: only a clear lead of another language counts
    if best != "fr" and scores[best] < scores["fr"] * 1.3:
        return "fr"
    return best


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
