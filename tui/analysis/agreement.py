"""What a dialogue line's own words say of its speaker's and its addressee's gender.

« — J'en suis sûre. » is a woman's line, « — Oui, madame. » speaks to a woman: weak signals that
turn-taking checks its guesses against (a guess they contradict is dropped, never made).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.analysis.lang.grammar import FEMININE_AGREEMENT_ENDINGS, LINKING_VERBS, MASCULINE_AGREEMENT_ENDINGS
from tui.analysis.lang.people import ADDRESS_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FIRST_PERSON = ("je", "j'", "j’")
_BETWEEN_SUBJECT_AND_VERB = frozenset({"ne", "n'", "n’", "me", "m'", "m’", "en", "y"})
_ADDRESS = re.compile(r"(?:^|[,!?—–-])\s*(" + "|".join(sorted(map(re.escape, ADDRESS_GENDER), key=len, reverse=True))
                      + r")\s*(?=$|[,.!?…;:»])", re.I)


def speaker_gender(span: "Span") -> str:
    """« f » or « m » when « je » takes an adjective or participle that shows a gender (« je suis
    sûre », « je ne suis pas venu », « je me sens lasse »); « » when nothing does, or both do."""
    genders = {gender for token in span if token.lower_ in _FIRST_PERSON and (gender := _predicate_gender(token))}
    return genders.pop() if len(genders) == 1 else ""


def addressee_gender(text: str) -> str:
    """« f » or « m » when the line calls its addressee by a word that shows a gender (« — Oui,
    madame. », « — Viens, mon fils ! »); « » otherwise."""
    genders = {ADDRESS_GENDER[match.group(1).lower()] for match in _ADDRESS.finditer(text)}
    return genders.pop() if len(genders) == 1 else ""


def _predicate_gender(subject: "Token") -> str:
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and doc[i].lower_ in _BETWEEN_SUBJECT_AND_VERB:
        i += 1
    if i + 1 < len(doc) and doc[i].lemma_.lower() == "avoir" and doc[i + 1].lower_ == "été":
        i += 1  # « j'ai été contente »
    elif i >= len(doc) or doc[i].lemma_.lower() not in LINKING_VERBS:
        return ""
    i += 1
    while i < len(doc) and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("pas", "plus", "point", "bien", "si", "très")):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("ADJ", "VERB") or doc[i].text[:1].isupper():
        return ""
    return _form_gender(doc[i])


def _form_gender(word: "Token") -> str:
    """The gender an adjective's or a participle's form shows, by its ending first, as for a
    name's predicate (« venue », « heureuse »; « venu », « heureux »), else against its lemma
    (« sûre » for « sûr »); « triste », the same for both, shows none; a plural is nobody's « je »."""
    form, lemma = word.lower_, word.lemma_.lower()
    if form.endswith(("s", "x")) and form != lemma and not form.endswith("eux"):
        return ""
    if form.endswith(FEMININE_AGREEMENT_ENDINGS):
        return "f"
    if form.endswith(MASCULINE_AGREEMENT_ENDINGS):
        return "m"
    morph = str(word.morph)
    if "VerbForm=Part" in morph:  # « morte », « assise »: the lemma is the verb's
        return "f" if form.endswith("e") and "Gender=Fem" in morph else \
            "m" if form.endswith("t") and "Gender=Masc" in morph else ""
    if form == lemma:
        return "" if form.endswith("e") else "m"
    return "f" if form == lemma + "e" else ""
