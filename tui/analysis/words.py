"""A parsed paragraph's words as plain lists of strings, read from spaCy once.

spaCy builds a new Token and a new string every time a rule asks for `doc[i].lower_`; the rules
that look at every word of a paragraph (names in lists, civilities, subjects, the tense count)
asked that hundreds of thousands of times on a long novel. They read these lists instead, and
build a Token only for the few words that pass their first test.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

WORDS_KEY = "quotelens.words"


class Words:
    """One list per attribute, each built the first time a rule asks for it."""

    def __init__(self, doc: "Doc") -> None:
        self._doc = doc

    @cached_property
    def text(self) -> list[str]:
        return [token.text for token in self._doc]

    @cached_property
    def lower(self) -> list[str]:
        return [token.lower_ for token in self._doc]

    @cached_property
    def lemma(self) -> list[str]:
        return [token.lemma_ for token in self._doc]

    @cached_property
    def pos(self) -> list[str]:
        return [token.pos_ for token in self._doc]

    @cached_property
    def dep(self) -> list[str]:
        return [token.dep_ for token in self._doc]


def words_of(doc: "Doc") -> Words:
    """The word lists of a Doc, made once and kept with it."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None:
        words = doc.user_data[WORDS_KEY] = Words(doc)
    return words
