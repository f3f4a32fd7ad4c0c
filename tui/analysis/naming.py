"""What the narration says a person is called or is: naming statements.

« ses camarades ne l'appelaient plus que Mlle Fifi » (a nickname for the person just mentioned),
« Cet enfant s'appelait Messager » (the name of someone described until then), « elle devint une
belle actrice » (an epithet: « l'actrice » will stand for her). The engine links the mentions; this
module only reads the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.analysis.entities import Name
from tui.analysis.lang.people import EPITHET_GENDER, EPITHET_NOUNS, KIN_NOUNS, NICKNAME_LEAD_WORDS
from tui.analysis.lang.verbs import COPULA_VERBS, NAMING_VERBS
from tui.analysis.vocabulary import is_person_noun
from tui.analysis.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the name follows the naming verb within this many words (« ne l'appelaient plus que Mlle Fifi »)
NAME_AFTER_VERB = 4


@dataclass(frozen=True)
class Naming:
    """One statement: the word standing for the person (`referent`: a clitic, a subject) and what
    the person is called (`name`, tokens [first, last)) or is (`epithet`, a noun)."""

    kind: str  # "nickname", "name" or "epithet"
    referent: int  # token index
    first: int = 0
    last: int = 0
    epithet: str = ""

    def text(self, doc) -> str:
        return doc[self.first:self.last].text


def namings_in(sent: "Span", names: list[Name]) -> list[Naming]:
    found: list[Naming] = []
    table = words_of(sent.doc)
    for i in range(sent.start, sent.end):
        pos = table.pos[i]
        if pos not in ("NOUN", "VERB", "ADJ"):
            continue  # neither a naming verb nor an epithet: most words
        if pos != "VERB" and (table.lower[i] in KIN_NOUNS or not is_person_noun(table.text[i])):
            continue  # no epithet (`_epithet`'s first test)
        token = sent.doc[i]
        if token.pos_ == "VERB" and token.lemma_.lower() in NAMING_VERBS:
            naming = _called(sent, token, names)
            if naming is not None:
                found.append(naming)
        elif token.pos_ in ("NOUN", "VERB", "ADJ") and token.is_lower:
            naming = _epithet(token)
            if naming is not None:
                found.append(naming)
    return found


def _called(sent: "Span", verb: "Token", names: list[Name]) -> Naming | None:
    """« on l'appelait Germaine » (nickname) or « Cet enfant s'appelait Messager » (own name)."""
    doc = sent.doc
    before = doc[verb.i - 1] if verb.i > sent.start else None
    if before is None:
        return None
    reflexive = before.lower_ in ("s'", "s’", "se")
    clitic = before.lower_ in ("l'", "l’", "le", "la")
    if not (reflexive or clitic):
        return None
    i = verb.i + 1
    while i < sent.end and i - verb.i <= NAME_AFTER_VERB and doc[i].lower_ in NICKNAME_LEAD_WORDS:
        i += 1
    start = i
    while i < sent.end and doc[i].is_lower and doc[i].pos_ in ("DET", "NOUN", "ADJ") and i - start < 2:
        i += 1  # « le père Maréchaud »
    name = next((n for n in names if n.label == "PER" and n.first - len(n.civility.split()) <= i <= n.first
                 and n.first - start <= 3), None)
    if name is not None:
        return Naming("name" if reflexive else "nickname", before.i if clitic else verb.i, start, name.last)
    if reflexive and start < sent.end and doc[start].text[:1].isupper() and doc[start].is_alpha:
        last = start + 1  # a name the model tagged as something else (« s'appelait Messager »)
        while last < sent.end and doc[last].text[:1].isupper() and doc[last].is_alpha:
            last += 1
        return Naming("name", verb.i, start, last)
    return None


def _epithet(noun: "Token") -> Naming | None:
    """« Laurence était actrice », « elle devint une belle et intelligente actrice »: a noun for a
    person said of a subject with « être » or « devenir ». Kin (« la mère de … ») relates two
    people rather than describing one: not an epithet."""
    word = noun.lower_
    if word in KIN_NOUNS or not is_person_noun(noun.text):
        return None  # the cheap test first: this runs for every word
    subject_holder = None
    if noun.dep_ in ("xcomp", "obj") and noun.head.lemma_.lower() in COPULA_VERBS:
        subject_holder = noun.head
    elif any(c.dep_ == "cop" and c.lemma_.lower() in COPULA_VERBS for c in noun.children):
        subject_holder = noun
    if subject_holder is None:
        return None
    if any(c.dep_ in ("nmod", "case") for c in noun.children):
        return None  # « la femme du notaire », « actrice de talent » told apart: keep to the bare noun
    subject = next((c for c in subject_holder.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ in ("on", "ce", "c'", "c’", "qui", "cela", "ça"):
        return None
    return Naming("epithet", subject.i, epithet=word)


def epithets_before(doc: "Doc", name: Name) -> tuple[str, ...]:
    """« le vieux Mathurin »: what the adjective between the article and the name will call him
    alone (« le vieillard », « le vieux »)."""
    i = name.first - len(name.civility.split())
    if i < 2 or doc[i - 2].lower_ not in ("le", "la"):
        return ()
    return EPITHET_NOUNS.get(doc[i - 1].lower_, ())


def epithet_gender(doc: "Doc", name: Name) -> str:
    """« La vieille Vénus »: the article before the epithet says the gender a name's ending would
    guess wrong."""
    if not epithets_before(doc, name):
        return ""
    at = name.first - len(name.civility.split())
    article = {"le": "m", "la": "f"}[doc[at - 2].lower_]
    adjective = EPITHET_GENDER.get(doc[at - 1].lower_, article)
    return article if adjective == article else ""  # « Le petite Folla »: a misprint says nothing


def apposed_epithet(doc: "Doc", name: Name) -> str | None:
    """« Wilhem d'Eyrik, un tout petit blondin fier et brutal »: the noun of an indefinite noun
    phrase set after a person's name, which « le blondin » will later stand for; kin relates two
    people and is no epithet."""
    i = name.last
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("un", "une"):
        return None
    for token in doc[i + 2 : min(i + 7, len(doc))]:
        if token.pos_ == "NOUN" and token.is_lower:
            return None if token.lower_ in KIN_NOUNS else token.lower_
        if token.pos_ not in ("ADJ", "ADV"):
            return None
    return None
