"""Reported speech in one sentence: quotations and their cues, without naming anyone yet.

Finds what was said and the words that say who said it:
  direct    « … », a-t-il ajouté  /  X a déclaré : « … »  /  X a déclaré « l'Ukraine … »
  partial   X s'est dit « fatigué de … »   (a quoted fragment inside the sentence)
  indirect  X a déclaré que …  /  …, a annoncé X  /  X dit en avoir …  /  X dénonce l'expansion …
            selon X, …  /  …, d'après X
The speaker itself is resolved later (`speakers.Registry`), in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tui.analysis.lang.bodies import NOT_SOURCES, PROVISION_NOUNS, SOCIAL_NETWORKS
from tui.analysis.lang.grammar import (
    ARTICLE_GENDER,
    AVOIR_FORMS,
    CLAUSE_OPENERS,
    CLITICS_BEFORE_VERB,
    CLITIC_SUBJECTS,
    CONJUNCTION_HEADS,
    DEGREE_WORDS,
    DEMONSTRATIVE_PRONOUNS,
    FINITE_ONLY_ENDINGS,
    IMPERSONAL_SUBJECTS,
    INVERTED_SUBJECT_DETERMINERS,
    LATTER_DETERMINERS,
    LATTER_WORDS,
    MANNER_NOUNS,
    NEGATION_WORDS,
    NOT_FIRST_PERSON_SINGULAR_ENDINGS,
    NOT_THIRD_PERSON_ENDINGS,
    OF_WORDS,
    PARENTHESIS_OPENERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITION_WORDS,
    QUANTIFIERS,
    QUE,
    RELATIVE_PRONOUNS,
    SECOND_PERSON_POSSESSIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATING_WORDS,
    TIME_WORDS,
    TOPIC_PREPOSITIONS,
    VERB_GROUP_ADVERBS,
    VERB_GROUP_CLITICS,
    VERB_GROUP_LOCUTIONS,
)
from tui.analysis.lang.people import CIVILITIES, DOTTED_CIVILITIES, OFFICE_RANK_WORDS, PERSON_TITLES, VOICE_NOUNS
from tui.analysis.lang.places import STREET_NOUNS
from tui.analysis.lang.verbs import (AUTHOR_LINKS, TURNING_VERBS, DE_INFINITIVE, DOCUMENT_VERBS, FLOOR_TAKING, IMPERSONAL_VERBS, IRREGULAR_FORMS, JUDGING_VERBS, NOT_SPEECH, SAYING_DETERMINERS, SAYING_NOUNS, SPEECH_NOUNS,
                                     PREPOSITION_SPEECH,
                                     HEARING_VERBS, PERCEPTION_VERBS, SPEECH_VERBS,
                                     THOUGHT_VERBS)
from tui.analysis.vocabulary import first_name_gender, is_person_noun
from tui.analysis.nlp import is_er_verb, is_verb_form, is_verb_like
from tui.analysis.words import words_of
from tui.analysis.quotemarks import (CLOSERS, NAMES_KEY, OPENERS, QUOTE_MARK_CHARS, QUOTES_KEY, TEXT_KEY, QuoteMarks,
                                     pair_marks)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLOSE_MARKS = frozenset(CLOSERS) | {'"', "“"}
OPENERS_AND_STRAIGHT = frozenset(OPENERS) | {'"'}
_TRIM_END = " \t\n.,;:"
_TRIM_START = " \t\n,;:—–-"


@dataclass
class Subject:
    """Who the cue names: a token range, a pronoun, or nobody (carry the last speaker over)."""

    first: int  # token indices in the Doc, [first, last)
    last: int
    pronoun: str = ""  # "il", "elle", … when the subject is a pronoun


@dataclass
class Found:
    kind: str  # direct, partial, indirect
    start: int  # character offsets in the Doc's text
    end: int
    lemma: str | None = None
    cue_start: int = 0
    cue_end: int = 0
    subject: Subject | None = None
    via: str = ""  # "selon", "colon", or "" (decided when the speaker is resolved)
    incise: bool = False
    unclosed: bool = False  # a quotation left open at the paragraph end (it goes on in the next)
    introduced: bool = False  # a clause before a colon introduces it: never carried over
    nested: bool = False  # a quotation inside another (a story a character tells)


# ---------------------------------------------------------------------------------------------
def find_in_sentence(sent: "Span", quotes: list[QuoteMarks], thoughts: bool = False) -> list[Found]:
    """Every reported-speech span of one sentence, in text order. ``thoughts``: a novel's incises
    of thought count like speech (« « Elle est jolie », pensa-t-il »)."""
    if any(q.open < sent.start_char and q.close >= sent.end_char for q in quotes):
        return []  # inside a quotation left open in an earlier sentence: its words are nobody's cue
    quotes = [q for q in quotes if sent.start_char <= q.open < sent.end_char]
    quoted = [(q.open, q.close) for q in quotes]
    found: list[Found] = []
    # scare quotes around a term (un « retenu », la « tech ») are nobody's words: set aside
    claimed: set[QuoteMarks] = _terms(sent, quotes)
    first_close = min((q.close for q in quotes), default=None)
    doc = sent.doc
    cues = [t for t in (doc[i] for i in _maybe_cues(sent, first_close is not None)) if not _in_spans(t.idx, quoted)
            and (_cue_lemma(t) or (first_close is not None and t.idx > first_close and _incise_after_quote(sent, t, thoughts))
                 or _preposition_of_speech(t) is not None)
            and not _negated(t)]
    for verb in cues:
        if any(f.start <= verb.idx < f.end for f in found if f.kind == "indirect"):
            continue  # a verb inside reported content is not a new utterance
        result = _frame(sent, verb, quotes, claimed)
        found.extend(result)
    comme = _comme_cue(sent, quotes) if not found else None
    if comme is not None:
        found.append(comme)
    selon = _selon(sent, quotes, found)
    for item in selon:
        # « A, selon l'Elysée : B, a annoncé X »: X's words start after the « selon » phrase
        for other in found:
            if other.kind == "indirect" and other.start <= item.start < other.end and item.cue_end < other.end:
                other.start = item.cue_end
                _trimmed(other, _text(sent.doc))
    for item in selon:
        claimed.update(q for q in quotes if item.start <= q.open + 1 and q.close - 1 <= item.end + 1)
    found.extend(selon)
    for quote in quotes:
        if quote not in claimed:
            inside = _incise_inside(sent, quote, thoughts)
            if inside:
                claimed.add(quote)
                found.extend(inside)
    # quotations no cue claimed: whole utterances continue the last speaker; fragments are
    # scare quotes or titles unless a speech verb in the sentence claims them
    speech_verbs = [v for v in cues if v.pos_ == "VERB"]
    for quote in quotes:
        if quote in claimed:
            continue
        kind = _quote_kind(sent, quote)
        if kind == "direct":
            named = _name_before_colon(sent, quote)
            item = _quote_found(quote, kind, sent, None, named, "colon" if named else "")
            # a clause introduces it (« Un autre s'approche : « … » »): whoever speaks, it is not
            # simply the previous speaker going on
            item.introduced = named is None and _introduced_by_colon(sent, quote)
            found.append(item)
        elif speech_verbs:
            verb = min(speech_verbs, key=lambda v: (v.idx > quote.open, abs(v.idx - quote.open)))
            found.append(_quote_found(quote, "partial", sent, verb, _subject_of(verb), ""))
    return _resolve_overlaps(found)


# verbs that report after « faire » / « laisser » (« a fait savoir », « a laissé entendre »)
_AFTER_FAIRE = frozenset({"savoir", "valoir"})
_AFTER_LAISSER = frozenset({"entendre", "tomber", "savoir"})
# every lemma `_cue_lemma` and `_preposition_of_speech` can take a word for, besides the guessed
# forms of a speech verb: a rule there that adds a lemma adds it here
_CUE_LEMMAS = frozenset(SPEECH_VERBS) | frozenset(DOCUMENT_VERBS) | frozenset(PREPOSITION_SPEECH) | \
    _AFTER_FAIRE | _AFTER_LAISSER | {"faire", "voir"}


def _maybe_cues(sent: "Span", after_quote: bool) -> list[int]:
    """The words of a sentence that may be a cue, by their lemma, their form, or (after a
    quotation) being a verb, noun or adjective in lower case: the others need no closer look."""
    table = words_of(sent.doc)
    lemmas, lowers, texts, pos = table.lemma, table.lower, table.text, table.pos
    found = []
    for i in range(sent.start, sent.end):
        lemma = lemmas[i].lower()
        if lemma in _CUE_LEMMAS or lemma.replace("’", "'") in _CUE_LEMMAS or \
                _guess_lemma(lowers[i]) in SPEECH_VERBS or \
                after_quote and pos[i] in ("VERB", "NOUN", "ADJ") and texts[i].islower():
            found.append(i)
    return found


# ---------------------------------------------------------------------------------------------
def _text(doc) -> str:
    """The Doc's text, cached: spaCy joins every token again on each `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _in_spans(index: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= index < b for a, b in spans)


def _cue_lemma(token: "Token") -> str | None:
    """The speech verb a token is, by lemma; the tagger's misses are caught by context: a word
    before « -t-il » or after « a » is a verb whatever its tag (« estime-t-il », « a tweeté »)."""
    if not token.is_alpha:
        return None
    lemma = token.lemma_.lower().replace("’", "'")
    if lemma in _AFTER_FAIRE and token.i > 0 and token.doc[token.i - 1].lemma_ == "faire":
        return f"faire {lemma}"  # « a fait savoir que », « fait valoir que »
    if lemma in DOCUMENT_VERBS:
        # « le plan présenté par X prévoit « … » »: a document's provisions are its author's words;
        # « il prévoit de partir » is not speech
        if token.pos_ != "VERB":
            return None
        subject = _subject_of(token)
        head = token.doc[subject.first:subject.last].root if subject is not None and not subject.pronoun else None
        if head is not None and head.lemma_.lower() in PROVISION_NOUNS:
            return lemma
        # the parser lost the subject (« Le projet présenté par X, qui …, prévoit … »): the noun
        # opening the sentence, when the verb has no subject of its own
        opening = next((t for t in token.sent if t.pos_ == "NOUN"), None)
        if not any(c.dep_.startswith("nsubj") for c in token.children) and opening is not None \
                and opening.i - token.sent.start <= 2 and opening.lemma_.lower() in PROVISION_NOUNS:
            return lemma
        return None
    if lemma == "faire" and any(c.lower_ == "part" and c.dep_ == "obj" for c in token.children):
        return "faire part"  # « a fait part de sa décision d'attribuer « … » »
    if lemma in _AFTER_LAISSER and token.i > 0 and token.doc[token.i - 1].lemma_ == "laisser":
        return "laisser entendre"  # « a laissé entendre que », « a laissé tomber que »
    if lemma == "dire" and token.head.lemma_ == "vouloir" and token.head.i < token.i:
        return None  # « ce qui veut dire que »: a meaning, not speech
    if lemma == "voir" and token.pos_ == "VERB" and any(
            c.dep_.startswith("obl") and any(g.lower_ == "dans" and g.dep_ == "case" for g in c.children)
            and _quotation_after_phrase(c) for c in token.children):
        return "voir dans"  # « a vu dans ce résultat « le signe d'une vague de fond » »: a reading of it
    known = lemma in SPEECH_VERBS and bool(SPEECH_VERBS[lemma])
    guess = None if known else _guess_lemma(token.lower_)
    if not known and not (guess in SPEECH_VERBS and SPEECH_VERBS[guess]):
        return None  # most words: no speech verb by lemma or by form, no need to look further
    # a word the tagger could not place (X) in the form of a speech verb is that verb (« — Oui,
    # répondit Mirmont. », « répondit » tagged X beside a name it took for a place)
    verbal = token.pos_ in ("VERB", "AUX") or _verbal_context(token) or token.pos_ == "X" and guess != token.lower_ \
        or _incise_form(token, lemma if known else guess)
    if not verbal and token.pos_ not in ("ADJ", "NOUN"):
        return None
    if _adjectival_participle(token) or lemma in NOT_SPEECH:
        return None  # « la loi dite « sécurité globale » », « la réforme annoncée »
    participle = token.lower_.endswith(("é", "ée", "és", "it", "u"))
    if known:
        return lemma if verbal or participle else None
    if verbal or (token.pos_ == "ADJ" and participle):
        return guess
    return None


def _quotation_after_phrase(noun: "Token") -> bool:
    """Whether a quotation opens right after the noun phrase of ``noun`` (past its article and
    adjectives, and no further): « dans ce résultat « le signe … » », not « dans le film « Les
    Misérables » » where the quotation names the film."""
    doc = noun.doc
    k = noun.i + 1
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    if k >= len(doc) or doc[k].text not in ("«", "“", '"'):
        return False
    word = next((t for t in doc[k + 1:k + 4] if t.pos_ != "DET" and not t.is_punct), None)
    return word is not None and word.is_lower  # « Les Misérables »: a title, no reading


def _incise_form(token: "Token", guess: str | None) -> bool:
    """« — Vous... croyez... balbutia Nossac », « « Eh bien ? s'écria Dick Sand »: a speech verb's
    passé simple the tagger took for an adjective or a noun, right after the punctuation that opens
    an incise (and its reflexive pronoun); or for an adverb (« — Je le sais bien, grommela le
    peintre. »)."""
    if token.pos_ not in ("ADJ", "NOUN", "ADV") or guess is None or guess == token.lower_:
        return False
    if token.lower_.endswith("e") and token.i + 1 < len(token.doc):
        # the present: « « … », plaisante le conseiller », « souffle une proche »: the inverted
        # subject follows, with its determiner or as a name
        following = token.doc[token.i + 1]
        return (following.pos_ == "DET" and following.lower_ in INVERTED_SUBJECT_DETERMINERS or
                following.pos_ == "PROPN" and following.text[:1].isupper()) and token.i > 1 and \
            token.doc[token.i - 1].text == "," and token.doc[token.i - 2].text in _CLOSE_MARKS
    if not token.lower_.endswith(("a", "it", "ut")):
        return False
    before = token.i - 1
    if token.pos_ == "NOUN" and before > 0 and token.doc[before].lower_ in ("s'", "s’"):
        before -= 1  # « s'écria »: a noun never takes « s' »
    elif token.pos_ == "NOUN":
        return False
    return before >= 0 and token.doc[before].text in (",", "!", "?", "…", "...", *_CLOSE_MARKS)


def _verbal_context(token: "Token") -> bool:
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if following in CLITIC_SUBJECTS or following == "-t":
        return True
    if token.pos_ == "NOUN" and token.text[:1].islower() and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
            and not any(c.dep_ in ("det", "cop", "case") for c in token.children):
        return True  # « L'élu demande à l'État de … », « demande » tagged a noun with a subject of its own
    if token.pos_ == "NOUN" and token.text[:1].islower() and following in QUE and doc[token.i + 1].pos_ == "SCONJ" \
            and not any(c.dep_ == "det" for c in token.children) and token.i > 0 and doc[token.i - 1].pos_ != "DET":
        return True  # « Sébastien Barles, juge que le maire … »: a noun with no article before « que » opens a clause
    i = token.i - 1
    while i >= 0 and doc[i].lower_ in VERB_GROUP_ADVERBS:
        i -= 1
    return i >= 0 and doc[i].lower_ in AVOIR_FORMS and token.text[:1].islower()


def _adjectival_participle(token: "Token") -> bool:
    """A past participle with no auxiliary that qualifies a noun says nothing was said now."""
    morph = str(token.morph)
    if "VerbForm=Part" not in morph or "Tense=Pres" in morph or token.i == 0:
        return False
    doc = token.doc
    if doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in QUE:
        return False  # « a de son côté assuré que … »
    # an auxiliary a few words back makes it a verb: « a de son côté assuré »
    return not any(doc[k].pos_ == "AUX" for k in range(max(token.sent.start, token.i - 4), token.i))


def _incise_after_quote(sent: "Span", verb: "Token", thoughts: bool = False) -> bool:
    """« « … », a réagi X »: any verb right after a quotation with an inverted subject is a cue."""
    if verb.pos_ not in ("VERB", "NOUN", "ADJ") or not verb.is_lower:
        return False  # the cheap tests first: this runs for every word after a quotation
    thought = thoughts and thought_lemma(verb) is not None
    if verb.pos_ == "ADJ" and not (verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("s'", "s’", "se")) and not thought:
        return False  # (« s'indigne » tagged as an adjective is still a verb)
    if verb.lemma_.lower() in NOT_SPEECH and not thought:
        return False
    doc = sent.doc
    if not thought and _noun_with_complement(verb):
        return False  # « Marsha « la sainte », modèle d'Andy Warhol »
    i = _group_start(verb) - 1
    while i >= sent.start and doc[i].is_space:
        i -= 1
    if i >= sent.start + 1 and doc[i].text in _CLOSE_MARKS and doc[i - 1].text in ("!", "?", "…", "..."):
        # « « A moi ! » s'écria Delmar. »: after a cry or a question, no comma
        return _incise_subject(sent, verb, _group_start(verb)) is not None
    if i < sent.start + 1 or doc[i].text != ",":
        return False
    j = i - 1
    while j >= sent.start and doc[j].is_space:
        j -= 1
    return j >= sent.start and doc[j].text in _CLOSE_MARKS and _incise_subject(sent, verb, _group_start(verb)) is not None


def _noun_with_complement(token: "Token") -> bool:
    """A word the tagger calls a noun, followed by « de »: a noun and its complement (« modèle
    d'Andy Warhol »), not a verb and an inverted subject, unless it is a form of a speech verb
    (« souffle d'Artagnan »)."""
    doc = token.doc
    return token.pos_ == "NOUN" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in OF_WORDS \
        and _guess_lemma(token.lower_) not in SPEECH_VERBS


def thought_lemma(token: "Token") -> str | None:
    """« pensa », « songea », tagged anything: the verb of thought it is a form of, if any."""
    lemma = token.lemma_.lower()
    if lemma in THOUGHT_VERBS:
        return lemma
    word = token.lower_
    for ending in ("a", "ait", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            stem = stem[:-1] if stem.endswith("ge") else stem  # « songea »
            if stem + "er" in THOUGHT_VERBS:
                return stem + "er"
    return None


def is_speech_verb_form(word: str) -> bool:
    """Whether a lower-cased form is one of a speech verb (« répondit », « murmura », « s'écria »'s
    « écria »), by its spelling alone."""
    return word in ("dit", "fit", "dis", "fis") or _guess_lemma(word) in SPEECH_VERBS


@lru_cache(maxsize=65536)
def _guess_lemma(word: str) -> str:
    """A verb's infinitive from a participle, for the lemmatizer's misses (« plaidé »); cached,
    as it is asked of nearly every word of a text."""
    if word in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[word]
    if word in ("dite", "dits", "dites", "disant"):
        return "dire"
    for ending in ("ées", "és", "ée", "é", "ant", "ent", "e"):
        if word.endswith(ending) and word[: -len(ending)] + "er" in SPEECH_VERBS:
            return word[: -len(ending)] + "er"
    # the passé simple of a novel's incises (« répondit », « demanda », « conclut », « gémit »)
    for ending, infinitives in (("èrent", ("er",)), ("a", ("er",)), ("it", ("re", "ir")), ("ut", ("ure",))):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if ending in ("a", "èrent"):  # « lança », « mangea »: the spelling of the stem
                stem = stem[:-1] + "c" if stem.endswith("ç") else stem[:-1] if stem.endswith("ge") else stem
            lemma = next((stem + i for i in infinitives if stem + i in SPEECH_VERBS), None)
            if lemma is not None:
                return lemma
    return word


def is_speech_verb(token: "Token") -> bool:
    """A speech verb by its lemma or its form (« répondit » left unlemmatised)."""
    return token.lemma_.lower() in SPEECH_VERBS or _guess_lemma(token.lower_) in SPEECH_VERBS


def _negated(verb: "Token") -> bool:
    doc = verb.doc
    start = _group_start(verb)
    for token in doc[max(start - 2, verb.sent.start) : verb.i]:
        if token.lower_ in NEGATION_WORDS:
            return True
    if start > verb.sent.start and doc[start - 1].lower_ == "sans":
        return True
    return any(child.lower_ in NEGATION_WORDS for child in verb.children)


def _group_start(verb: "Token") -> int:
    """First token of the verb group: « a-t-il néanmoins plaidé » starts at « a »."""
    doc = verb.doc
    i = verb.i
    sent_start = verb.sent.start  # spaCy looks for the sentence's bounds each time it is asked
    while i - 1 >= sent_start:
        prev = doc[i - 1]
        low = prev.lower_
        if low == "à" and "VerbForm=Part" not in str(verb.morph):
            break  # « il nous en fallait trois, à cause de Rose »: a preposition, not « a » misspelt
        if prev.pos_ == "AUX" or low in VERB_GROUP_CLITICS or low in CLITIC_SUBJECTS or low in VERB_GROUP_ADVERBS \
                or low in AVOIR_FORMS:  # « a tweeté », with « a » tagged as anything at all
            i -= 1
        elif prev.lemma_ in ("faire", "laisser") and i == verb.i and "VerbForm=Inf" in str(verb.morph):
            i -= 1  # « a fait savoir », « avait laissé entendre »: one verb group
        elif low in ("quant", "à") and i - 2 >= sent_start and doc[i - 1].lower_ == "à":
            i -= 1
        else:
            break
    return i


def _next_index(sent: "Span", i: int, skip: frozenset[str] = VERB_GROUP_ADVERBS) -> int:
    doc = sent.doc
    while i < sent.end and (doc[i].is_space or doc[i].lower_ in skip):
        i += 1
    return i


def _frame(sent: "Span", verb: "Token", quotes: list[QuoteMarks], claimed: set[QuoteMarks]) -> list[Found]:
    """What this speech verb introduces, tried in order: incise, colon/quote, que, inf, obj."""
    doc = sent.doc
    lemma = _cue_lemma(verb) or thought_lemma(verb) or verb.lemma_.lower()
    frames = SPEECH_VERBS.get(lemma) or frozenset({"incise"})
    if lemma in THOUGHT_VERBS:  # reached only as a novel's incise: « « … », pensa-t-il »
        frames = frames | {"incise"}
    group = _group_start(verb)
    cue = (doc[group].idx, verb.idx + len(verb.text))

    # « Elle pleurait, implorant son père. »: a present participle has no inverted subject, only
    # an object
    gerund = verb.lower_.endswith("ant") and "VerbForm=Part" in str(verb.morph)
    # « Jordan Bardella a, lui, réclamé une commission »: a participle whose auxiliary stands before
    # an aside is no incise (« a réclamé X » would be); the object after it is no inverted subject
    bare_participle = "VerbForm=Part" in str(verb.morph) and group == verb.i and group > 0 and \
        doc[group - 1].text == "," and _auxiliary_before_aside(doc, max(sent.start, group - 10), group)
    incise = _incise_subject(sent, verb, group) if "incise" in frames and not gerund and not bare_participle else None
    if incise is not None and not _clause_or_quote_before(sent, group, quotes) and not (
            incise.pronoun and _inverted_clitic_after(verb) and doc[group].idx > sent.start_char
            and _text(doc)[doc[group].idx - 2:doc[group].idx].strip() == ","):
        # « Le ministre, François Braun, a annoncé sa démission »: not an incise; « Ce choix,
        # poursuit-elle, a été « mûrement réfléchi » » is one whatever comes before it
        incise = None
    if incise is not None:
        return _incise(sent, verb, group, incise, quotes, claimed, lemma, cue)

    after = _skip_complements(sent, verb.i + 1)
    subject = _subject_of(verb)
    preposition = _preposition_of_speech(verb)
    if preposition is not None:
        # « parle d'« une décision absurde » », « a mis en garde contre une dérive »
        found = _after_preposition(sent, verb, preposition, quotes, claimed, subject)
        return [found] if found is not None else []
    # « X a déclaré : « … » » / « X a déclaré « … » »
    if "quote" in frames and after < sent.end:
        colon = doc[after].text == ":"
        mark_at = _next_index(sent, after + 1) if colon else after
        quote = _quote_at(quotes, doc[mark_at].idx) if mark_at < sent.end else None
        if quote is not None and quote not in claimed:
            claimed.add(quote)
            kind = "direct" if colon or _is_clause(doc, quote) else "partial"
            last = _coordinated_object_end(sent, verb, quote) if kind == "partial" else None
            if last is not None:
                # « a annoncé « l'élimination d'une cellule » à Bureij et la destruction de sites … »:
                # the quotation opens one of two objects; what is reported is both
                return [_content(sent, mark_at, quotes, claimed, lemma, cue, subject, end_token=last)]
            found = _quote_found(quote, kind, sent, verb, subject, "colon" if colon and subject is None else "")
            found.lemma, found.cue_start, found.cue_end = lemma, *cue
            return [found]
    if after < sent.end and doc[after].lower_ in QUE and "que" in frames:
        main = _main_clause_after_opening(sent, verb, group, after, quotes)
        if main is not None:
            # « Estimant que le scrutin était truqué, elle a annoncé … »: the participle's words end
            # where the main clause starts, whose subject is the participle's
            comma, main_subject = main
            return [_content(sent, doc[after].i + 1, quotes, claimed, lemma, cue, main_subject, end_token=comma)]
        return [_content(sent, doc[after].i + 1, quotes, claimed, lemma, cue, subject)]
    if lemma == "dire" and after < sent.end and doc[group].lower_ in ("se", "s'", "s’") and (
            doc[after].pos_ == "ADJ" or "VerbForm=Part" in str(doc[after].morph)) and doc[after].text[:1].islower():
        # « X se dit favorable à … », « se disent prêts à envoyer … »: what they say they are
        return [_content(sent, after, quotes, claimed, lemma, cue, subject)]
    if "inf" in frames:
        i = after
        if lemma in DE_INFINITIVE and i < sent.end and doc[i].lower_ in ("de", "d'", "d’"):
            i += 1  # « a promis de soutenir la croissance »
            after = i
        if i < sent.end and doc[i].text in OPENERS and _quote_at(quotes, doc[i].idx) is not None:
            i += 1  # « promet de « ne rien lâcher » »: the infinitive's clause quoted
        while i < sent.end and doc[i].lower_ in ("en", "y", "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’", "ne", "n'", "n’"):
            i += 1
        if i < sent.end and doc[i].pos_ in ("VERB", "AUX") and "VerbForm=Inf" in str(doc[i].morph):
            return [_content(sent, after, quotes, claimed, lemma, cue, subject)]
    # « Une position que conteste la gauche »: in a relative clause on « que », the noun after the
    # verb is its subject, the relative pronoun its object: no words of its own reported
    if any(c.lower_ in ("que", "qu'", "qu’") and c.i < verb.i for c in verb.children) and verb.dep_ in (
            "acl", "acl:relcl") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    if "obj" in frames:
        for child in verb.children:
            if child.dep_ == "obj" and child.i > verb.i and child.pos_ in ("NOUN", "PROPN") and not (
                    child.ent_type_ == "PER" or is_person_noun(child.text, listed_only=True)) \
                    and child.lower_ not in TIME_WORDS and not (  # « a condamné mercredi Pierre Lachenal »
                    _points_back(child) and not any(child.left_edge.idx <= q.open < child.right_edge.idx for q in quotes)):
                # « a condamné Pierre Martin à deux ans », « a dénoncé les manifestants »: people
                # are whom the verb is about, not words reported
                first, last = child.left_edge.i, child.right_edge.i + 1
                for i in range(child.i, min(last, sent.end)):
                    if doc[i].text in (",", ";") and not _in_spans(doc[i].idx, [(q.open, q.close) for q in quotes]):
                        last = i
                        break
                last = min(last, sent.end)
                while last - 1 > child.i and (doc[last - 1].lower_ in TIME_WORDS or doc[last - 1].is_punct) and not (
                        doc[last - 1].text in CLOSERS | {'"'} and any(
                            t.text in OPENERS or t.text == '"' for t in doc[first:last - 1])):
                    last -= 1  # « sa démission mardi soir »: the time is the announcement's; « une « trahison » » keeps its mark
                return [_content(sent, first, quotes, claimed, lemma, cue, subject, end_token=last)]
    # a fragment quoted later in the sentence is the verb's (« s'est dit « fatigué … » »)
    out = []
    if "quote" not in frames or (subject is None and "VerbForm=Fin" not in str(verb.morph)):
        return out
    for quote in quotes:
        if quote.open < verb.idx:
            continue
        if quote in claimed and not (_judged(sent, verb, lemma, quote) and _is_term(sent, quote)):
            continue  # taken already, unless a term a judging verb makes the speaker's word
        if any(verb.idx < t.idx < quote.open and _cue_lemma(t) for t in sent):
            break
        claimed.add(quote)
        found = _quote_found(quote, _quote_kind(sent, quote), sent, verb, subject, "")
        found.lemma, found.cue_start, found.cue_end = lemma, *cue
        out.append(found)
    return out


def _main_clause_after_opening(sent: "Span", verb: "Token", group: int, que: int,
                               quotes: list[QuoteMarks]) -> tuple[int, Subject] | None:
    """For a participle opening the sentence (« Estimant que … », « Ayant noté que … »): the comma
    where the main clause starts and that clause's subject, a pronoun or a name before its verb."""
    doc = sent.doc
    start = next((t.i for t in sent if not t.is_space), sent.start)
    opening = group == start and (verb.lower_.endswith("ant") or doc[group].lower_ in ("ayant", "étant")) \
        or group == start + 1 and doc[start].lower_ == "en"
    if not opening:
        return None
    quoted = [(q.open, q.close) for q in quotes]
    for i in range(que + 1, sent.end - 2):
        if doc[i].text != "," or _in_spans(doc[i].idx, quoted):
            continue
        j = i + 1
        if doc[j].lower_ in ("il", "elle", "ils", "elles"):
            return i, Subject(j, j + 1, pronoun=doc[j].lower_)
        if doc[j].ent_type_ == "PER" and doc[j].ent_iob_ == "B":
            end = end_of_name(doc, j)
            if end < sent.end and doc[end].pos_ in ("VERB", "AUX"):
                return i, Subject(j, end)
    return None


_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


def _auxiliary_before_aside(doc: "Doc", floor: int, group: int) -> bool:
    """« a, lui, réclamé », « a ensuite, selon nos informations, réclamé »: an auxiliary before an
    aside that ends at ``group``, read back no further than a quotation mark."""
    for k in range(group - 2, floor - 1, -1):
        if doc[k].text in QUOTE_MARK_CHARS:
            return False
        if (doc[k].pos_ == "AUX" or doc[k].lower_ in AVOIR_FORMS) and any(
                doc[m].text == "," for m in range(k + 1, group - 1)):
            return True
    return False


def _preposition_of_speech(verb: "Token") -> int | None:
    """The preposition after which a verb of `PREPOSITION_SPEECH` gives its words (« parle d' »,
    « s'inquiète de », « a mis en garde contre »), adverbs allowed between; None for anything else."""
    entry = PREPOSITION_SPEECH.get(verb.lemma_.lower())
    if entry is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    particles, prepositions, reflexive, _what = entry
    doc = verb.doc
    if reflexive and not (any(c.lower_ in _REFLEXIVE for c in verb.children) or
                          verb.i > 0 and doc[verb.i - 1].lower_ in _REFLEXIVE):
        return None  # « il défend son projet » reports nothing, « il se défend d'avoir menti » does
    i = verb.i + 1
    for word in particles:
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        if i >= len(doc) or doc[i].lower_ != word:
            return None
        i += 1
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in prepositions:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "d" and doc[i + 1].text in ("'", "’") and "d'" in prepositions:
        return i + 1  # « d'« une … » » is cut « d » « ' » « « »
    return i if i < len(doc) and doc[i].lower_.replace("’", "'") in prepositions else None


def _after_preposition(sent: "Span", verb: "Token", preposition: int, quotes: list[QuoteMarks],
                       claimed: set[QuoteMarks], subject: Subject | None) -> Found | None:
    """What a verb of `PREPOSITION_SPEECH` reports after its preposition: the quotation that opens
    there (after a determiner at most: « parle d'un « scandale » »), the speaker's words even when
    short; for the verbs whose words may go unquoted, the infinitive clause or the noun phrase."""
    doc = sent.doc
    particles, _prepositions, reflexive, what = PREPOSITION_SPEECH[verb.lemma_.lower()]
    # the verb as a reader names it: « s'inquiéter », « se défendre », « mettre en garde »
    lemma = " ".join(((("s'" if verb.lemma_.lower()[:1] in "aeiouéèêh" else "se ") if reflexive else "")
                      + verb.lemma_.lower(),) + particles)
    last = preposition - 2 if doc[preposition].text in ("'", "’") and doc[preposition - 1].lower_ == "d" else preposition - 1
    cue = (doc[_group_start(verb)].idx, doc[last].idx + len(doc[last].text))  # « a mis en garde »
    first = preposition + 1
    if first >= sent.end:
        return None
    at = first + 1 if doc[first].pos_ == "DET" and first + 1 < sent.end else first
    quote = _quote_at(quotes, doc[at].idx)
    if quote is not None and _is_term(sent, quote) and _named_thing(doc, quote):
        return None  # « parla de « la Dame blanche » »: a title, a name, not words said
    if quote is not None and (quote not in claimed or _is_term(sent, quote)):
        head = _head_after(sent, preposition)
        # the quotation is the whole phrase (« d'un « scandale d'État » »), not a word of it (« d'une
        # « crise » profonde »: the writer's distance from a word)
        if head is None or head.is_punct or head.right_edge.idx < quote.close:
            claimed.add(quote)
            found = _quote_found(quote, "direct" if _is_clause(doc, quote) else "partial", sent, verb, subject, "")
            found.lemma, found.cue_start, found.cue_end = lemma, *cue
            return found
    if what == "quote":
        return None
    i = first
    while i < sent.end and doc[i].lower_ in ("en", "y", "le", "la", "les", "l'", "l’", "lui", "leur", "ne", "n'", "n’"):
        i += 1
    if i < sent.end and doc[i].lemma_ in ("avoir", "être") and "VerbForm=Inf" in str(doc[i].morph):
        # « se défend d'avoir menti », « d'être un opportuniste »: what is denied; not « nous nous
        # défendions de le saluer » (we refrained from it), up to a colon that brings words of its own
        end = next((t.i for t in doc[i:sent.end] if t.text == ":" and not _in_spans(t.idx, [(q.open, q.close) for q in quotes])),
                   None)
        return _content(sent, first, quotes, claimed, lemma, cue, subject, end_token=end)
    head = _head_after(sent, preposition)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PER" or \
            is_person_noun(head.text, listed_only=True):
        return None  # « met en garde contre les manifestants »: whom, not what
    last = min(head.right_edge.i + 1, sent.end)
    for i in range(head.i, last):
        if doc[i].text in (",", ";") and not _in_spans(doc[i].idx, [(q.open, q.close) for q in quotes]):
            last = i
            break
    return _content(sent, first, quotes, claimed, lemma, cue, subject, end_token=last)


def _named_thing(doc, quote: QuoteMarks) -> bool:
    """« la Dame blanche », « Les Misérables »: a quotation whose first word after its determiner
    is capitalised names a work or a thing."""
    span = doc.char_span(*quote.inner, alignment_mode="expand")
    word = next((t for t in span or () if t.pos_ != "DET" and t.lower_ not in ("le", "la", "les", "l'", "l’", "un", "une")
                 and t.is_alpha), None)
    return word is not None and word.text[:1].isupper()


def _head_after(sent: "Span", preposition: int) -> "Token | None":
    """The word a preposition introduces, by the parse: the one it is the « case » of."""
    doc = sent.doc
    return next((t for t in doc[preposition + 1:sent.end] if any(c.i == preposition for c in t.children)), None)


def _judged(sent: "Span", verb: "Token", lemma: str, quote: QuoteMarks) -> bool:
    """« a jugé la discussion « constructive » », « a qualifié la réforme de « scélérate » »: a
    qualifier in quotes after the object of a judging verb, in the same clause, is the speaker's
    word. Only a short object between: « a salué une rencontre « très constructive » »."""
    if lemma not in JUDGING_VERBS or any(c.lower_ in ("se", "s'", "s’") for c in verb.children):
        return False
    between = [t for t in sent if verb.i < t.i and t.idx < quote.open and not t.is_space]
    return 0 < len(between) <= 5 and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.lower_ in QUE for t in between)


def _skip_complements(sent: "Span", i: int, before_subject: bool = True) -> int:
    """Skip what may stand between a verb and its complement: adverbs, « à la presse », « lui »;
    ``before_subject``: also a gerund before an inverted subject (« dit en souriant la servante »)."""
    doc = sent.doc
    limit = min(sent.end, i + 8)
    j = i
    while j < limit:
        token = doc[j]
        low = token.lower_
        if token.is_space or low in VERB_GROUP_ADVERBS or low in ("lui", "leur", "alors") or _adverb_or_time(token):
            j += 1
        elif low in ("à", "devant", "aux", "au", "auprès", "lors", "dans", "sur", "pendant", "par", "pour", "avec",
                     "sans", "sous"):  # « sous couvert d'anonymat », « encore sous le choc »
            # one prepositional phrase: « à la presse », « au Monde », « devant les députés de la
            # majorité »; it ends where a new noun phrase starts (« à l'AFP | un responsable »)
            k = _noun_phrase_end(doc, j + 1, limit)
            if low == "sur" and doc[j + 1].lower_ in SOCIAL_NETWORKS:
                k = j + 2  # « a réagi sur X | Fabien Villedieu »: the tagger ran the two together
            while k + 1 < limit and doc[k].lower_ in ("de", "du", "des", "d'", "d’"):
                k = _noun_phrase_end(doc, k + 1, limit)
            if k == j + 1:
                break
            j = k
        elif (locution := next((words for words in VERB_GROUP_LOCUTIONS if j + len(words) <= sent.end and tuple(
                doc[k].lower_ for k in range(j, j + len(words))) == words), None)) is not None:
            j += len(locution)  # « s'écria de nouveau Horace »
        elif before_subject and low in ("de", "d'", "d’") and j + 2 < sent.end and doc[j + 1].pos_ == "DET" and \
                doc[j + 2].lower_ in MANNER_NOUNS:
            # « demanda d'un ton bourru M. Armand »: how it is said, then who says it
            j = _noun_phrase_end(doc, j + 1, sent.end)
            if j < sent.end and doc[j].ent_iob_ != "B" and doc[j].pos_ == "ADJ":
                j += 1
        elif before_subject and low == "en" and (after := _gerund_end(doc, j, sent.end)) is not None:
            # « dit en souriant la servante »; with a second noun phrase after the first, the
            # first is the gerund's object (« dit en regardant sa femme le vieux paysan »)
            k = _noun_phrase_end(doc, after, sent.end)
            j = k if after < k < sent.end and _noun_phrase_end(doc, k, sent.end) > k else after
        elif before_subject and low == "en" and j + 2 < sent.end and doc[j + 1].pos_ == "NOUN" and \
                doc[j + 1].is_lower and doc[j + 2].pos_ in ("DET", "PROPN"):
            j += 2  # « dit en sursaut l'homme pourpre », « répondit en riant Marie »: how, then who
        elif token.text == "," and j + 1 < sent.end and doc[j + 1].lower_ in QUE:
            j += 1
        elif before_subject and token.text == "," and j + 1 < sent.end and doc[j + 1].lower_ in PARENTHESIS_OPENERS \
                and (close := next((k for k in range(j + 2, min(sent.end, j + 9)) if doc[k].text == ","), None)) \
                and not any(doc[k].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[k].morph)
                            for k in range(j + 1, close)):
            # « s'écria, comme malgré elle, une jeune fille »: an aside between commas, no clause
            j = close + 1
            limit = min(sent.end, j + 8)
        elif token.text == "," and j + 1 < sent.end and _participle_opening(doc[j + 1]):
            # « dit, fronçant les sourcils, sa mère »: a participial phrase between commas
            close = next((k for k in range(j + 2, min(sent.end, j + 12)) if doc[k].text == ","), None)
            if close is None:
                break
            j = close + 1
            limit = min(sent.end, j + 8)
        else:
            break
    return j


def _gerund_end(doc, i: int, limit: int) -> int | None:
    """After « en souriant », « en se levant » opening at ``i``; None if no gerund opens there."""
    k = i + 1
    while k < limit and doc[k].lower_ in VERB_GROUP_CLITICS:
        k += 1
    if k < limit and doc[k].lower_.endswith("ant") and ("VerbForm=Part" in str(doc[k].morph) or doc[k].pos_ == "VERB"):
        return k + 1
    return None


def _participle_opening(token: "Token") -> bool:
    """A present participle or a gerund opening a phrase (« fronçant les sourcils », « en souriant »)."""
    if token.lower_ == "en" and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token.lower_.endswith("ant") and ("VerbForm=Part" in str(token.morph) or token.pos_ == "VERB")




def _adverb_or_time(token: "Token") -> bool:
    """« a annoncé jeudi soir », « niant vigoureusement que »: words between a verb and its content."""
    low = token.lower_
    if token.pos_ == "ADV" and token.head.i == token.i + 1 and token.head.lower_.endswith("ment"):
        return True  # « interrompit assez sèchement le Baron »
    return low in TIME_WORDS or (token.pos_ == "ADV" and low.endswith("ment") and low not in QUE)


def _noun_phrase_end(doc, i: int, limit: int) -> int:
    """The end of a simple noun phrase starting at i: determiner, adjectives, nouns, adjectives."""
    if i < limit and (doc[i].pos_ == "DET" or doc[i].lower_ in ("l'", "l’")):
        i += 1
    while i < limit and doc[i].pos_ == "ADJ":
        i += 1
    start = i
    while i < limit and (doc[i].pos_ in ("NOUN", "PROPN", "NUM") or i > start and doc[i].ent_iob_ == "I") \
            and doc[i].lower_ not in QUE:  # (« sur France Inter », « Inter » tagged a verb inside the name)
        if i > start and doc[i].ent_iob_ == "B":
            break  # « pour l'AFP | Adnan Abu Hasna »: a new name starts a new noun phrase
        i += 1
    if i == start:
        return start
    while i < limit and doc[i].pos_ == "ADJ" and doc[i].ent_iob_ != "B" and not is_verb_like(doc[i].text):
        # a name the tagger calls an adjective starts a new phrase (« avec douleur | Marguerite »);
        # a participle is a state of the moment (« s'écria le chasseur | étonné »)
        i += 1
    return i


def _incise_subject(sent: "Span", verb: "Token", group: int) -> Subject | None:
    """The inverted subject of an incise (« , a-t-il ajouté », « , a annoncé R. Sikorski »)."""
    doc = sent.doc
    before = group - 1
    while before >= sent.start and doc[before].is_space:
        before -= 1
    if before < sent.start or doc[before].text == ".":
        # « — Comment ?. s'écria Lorrain »: a scan's stray stop after « ? » or « ! » ends no sentence
        stop = before if before >= sent.start else sent.start - 1
        while stop >= 0 and (doc[stop].text == "." or doc[stop].is_space):
            stop -= 1
        if stop < 0 or doc[stop].text not in ("?", "!") or doc[stop + 1].text != ".":
            return None
        before = stop
    if doc[before].text not in {",", "—", "–", "(", "!", "?", "…", "...", "..", ";", *_CLOSE_MARKS}:
        return None  # (« — Une merveille, mon cher !.. dit Langeron »: an ellipsis of two stops)
    if doc[group].lower_ in ("nous", "vous") and doc[group].dep_.startswith("nsubj") and not (
            verb.i + 1 < sent.end and doc[verb.i + 1].lower_ in CLITIC_SUBJECTS):
        return None  # « … » Nous avons récité notre office »: a subject before the verb, no incise
    for token in doc[group : min(verb.i + 3, sent.end)]:
        if token.lower_ in CLITIC_SUBJECTS and (token.i < verb.i or all(
                doc[k].lower_ in CLITIC_SUBJECTS or doc[k].lower_ == "-t" for k in range(verb.i + 1, token.i + 1))):
            return Subject(token.i, token.i + 1, pronoun=_clitic_pronoun(token.lower_))
    start = _next_index(sent, _skip_complements(sent, verb.i + 1))  # « a déclaré à l'AFP un responsable »
    if start < sent.end and doc[start].lower_ in DEMONSTRATIVE_PRONOUNS:
        return Subject(start, start + 1, pronoun=doc[start].lower_)  # « , répondit celle-ci »
    particle = _next_index(sent, verb.i + 1)
    if particle + 1 < sent.end and doc[particle].lower_ in ("d'", "d’", "de") and doc[particle + 1].ent_type_ == "PER" \
            and doc[particle + 1].text[:1].isupper():
        return Subject(particle, end_of_name(doc, particle + 1))  # « demanda d'Artagnan »: a name with its particle
    # « fit le mauser »: an article the tagger took for an object clitic, which never follows its verb
    # (« me fit le détester un peu plus »: a clitic and its infinitive, followed by the rest of its clause)
    article = start < sent.end and start == _next_index(sent, verb.i + 1) and doc[start].pos_ == "PRON" and \
        doc[start].lower_ in ("le", "la", "l'", "l’") and start + 2 < sent.end and doc[start + 1].is_alpha and \
        (doc[start + 2].is_punct or doc[start + 2].pos_ == "ADP") and (
            _cue_lemma(verb) is not None or verb.lemma_ == "faire") and doc[start + 1].lemma_ not in SPEECH_VERBS
    one_of = start + 1 < sent.end and doc[start].lower_ in ("un", "une", "l'un", "l'une", "l’un", "l’une") and \
        doc[start + 1].lower_ in ("des", "de", "d'", "d’")  # « répondit un des arrivants »: someone unnamed
    if start >= sent.end or doc[start].pos_ not in ("DET", "PROPN", "NOUN") and not doc[start].text[:1].isupper() \
            and not article and not one_of:
        return None
    if doc[start].lower_ in QUE:
        return None
    end = start
    while end < sent.end and end - start < 12:
        token = doc[end]
        if token.text in OPENERS_AND_STRAIGHT and end > start:
            # « un « retenu » »: a scare-quoted word inside the subject noun phrase
            close = next((k for k in range(end + 1, min(end + 5, sent.end)) if doc[k].text in _CLOSE_MARKS), None)
            if close is not None:
                end = close + 1
                continue
        if token.is_punct and token.text not in ("-", "'", "’", "."):
            break
        if token.text == "." and not (end > start and (len(doc[end - 1].text) == 1 or doc[end - 1].text in DOTTED_CIVILITIES)):
            break  # but « J. Weldon », « Mrs. Weldon »
        if (token.pos_ in ("VERB", "AUX", "SCONJ") or token.lower_ in QUE or token.lower_ in ("qui", "et")) and not (
                end == start + 1 and doc[start].pos_ == "DET" and is_person_noun(token.text, listed_only=True)) \
                and not (end == start + 1 and article and token.morph.get("VerbForm") != ["Fin"]):
            break  # but « le laquais » with « laquais » tagged as a verb is a noun phrase (« le mauser » too)
        if end > start and (token.pos_ == "ADV" or token.pos_ == "ADP" and token.lower_ not in OF_WORDS):
            break  # « un retenu | auprès de Julien Bayou », « la directrice | dans un couloir »
        end += 1
    if end == start:
        return None
    if end < sent.end and doc[end].lower_ == "et" and doc[start].ent_type_ == "PER" and \
            verb.lower_.endswith(("rent", "ent")) and _names_joined(doc, start, end):
        return Subject(start, _end_of_joined_names(doc, end))  # « dirent Bouvard et Pécuchet »: the two
    return Subject(start, end)




def _alias(verb: "Token") -> bool:
    """« dit » after a name in the run of a sentence (« le fameux Balsamo, dit Cagliostro ») gives
    the name it goes by; after a name that calls someone (« — Oui, Paul, dit Jacques ») it is an
    incise."""
    doc = verb.doc
    if verb.lower_ in ("dit", "dite") and verb.i + 1 < len(doc) and doc[verb.i + 1].text[:1].isupper() and \
            doc[verb.i - 1].text == ",":
        # « le cercle de l'Épée, dit Fencing-Club, est en faillite »: the clause goes on after the
        # name, its verb still to come: a name given in passing
        after = end_of_name(doc, verb.i + 1)
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("VERB", "AUX") and \
                doc[after + 1].morph.get("Person") == ["3"] and doc[after + 1].text[:1].islower() and \
                not doc[after + 1].lower_.endswith(NOT_THIRD_PERSON_ENDINGS) and after + 2 < len(doc) and \
                doc[after + 2].is_alpha and doc[after + 2].lower_ not in CLITIC_SUBJECTS:
            # (« — Oui, dit Jacques, est-ce vrai ? », « dit Cadenet, continuez. »: an incise, then
            # a question or an order)
            return True
    if verb.lower_ != "dit" or verb.i < 3 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text != "," or \
            doc[verb.i - 2].ent_type_ != "PER" or not doc[verb.i + 1].text[:1].isupper():
        return False
    start = verb.i - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    # « le fameux Balsamo », « le nommé Balsamo »; not « cet Alexandre, dit Claude », « le
    # gouverneur de Némoville, dit Marcelle »
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.pos_ == "ADJ" or before.lower_ in ("le", "la", "l'", "l’", "les"))


def end_of_name(doc, first: int) -> int:
    """The end of the entity that starts at ``first``."""
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _verb_like(token: "Token") -> bool:
    """A verb, or a word the tagger took for a noun that could still be one (« poursuit »); never a
    civility or a word for a person: « Ohé, madame Durand ! » calls someone, it is no incise; never a
    determiner the tagger took for a noun (« je te le retrouve, ton Pierre Leduc »), nor a street
    before its name (« sept heures et demie, 17, rue Fontaine »)."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "NOUN" and token.lower_ not in CIVILITIES and not is_person_noun(token.text) \
        and token.lower_ not in POSSESSIVE_DETERMINERS and token.lower_ not in ARTICLE_GENDER \
        and token.lower_ not in STREET_NOUNS  # « ton Pierre Leduc », « 17, rue Fontaine »


def _incise_inside(sent: "Span", quote: QuoteMarks, thoughts: bool = False) -> list[Found]:
    """« Nous avons besoin de six réacteurs, dit-il. Et il faut aller vite. » and « A, explique la
    commandante. B »: the incise is inside the quotation marks; both halves are the speaker's."""
    doc = sent.doc
    text = _text(doc)
    start, end = quote.inner
    for token in sent:
        if not start < token.idx < end or token.i + 1 >= len(doc) or not token.is_lower:
            continue
        group = _group_start(token)
        before = group - 1
        while before > sent.start and doc[before].is_space:
            before -= 1
        if doc[before].text not in (",", "?", "!", "…") or doc[before].idx <= start:
            continue
        inner = text[start:token.idx]
        if sum(inner.count(mark) for mark in OPENERS) > sum(inner.count(mark) for mark in CLOSERS):
            continue  # « « Voilà les chrétiens ! dit-il » »: the incise of a quotation the quotation quotes
        lemma = _cue_lemma(token)
        if lemma is None and not (thoughts and thought_lemma(token) is not None) and (
                not _verb_like(token) or token.lemma_.lower() in NOT_SPEECH or _noun_with_complement(token)):
            continue
        if doc[before].text != "," and lemma is None:
            continue  # « Vous venez ? demanda-t-il. »: after a question or a cry, a speech verb only
        subject = _incise_subject(sent, token, group)
        if subject is None:
            continue
        subject = _name_before_manner(doc, subject)
        if lemma is None and not subject.pronoun and not _names_someone(doc[subject.first:subject.last]):
            continue  # « …, et, au moins, nous passerons une bonne soirée »: a verb and its object, no incise
        if not subject.pronoun and _alias(token):
            continue  # « le fameux Balsamo, dit Cagliostro »
        after = subject.last if not subject.pronoun else max(subject.last, token.i + 1)
        while after < len(doc) and doc[after].lower_ in CLITIC_SUBJECTS | {"-t", "*"}:
            after += 1  # « Dominique* »: the mark of a first name changed by the paper
        after = _skip_manner(sent, after, end)  # « , témoigne Dominique à voix basse, »
        if after >= len(doc) or doc[after].idx >= end:
            resume = end
        elif doc[after].text in (".", ",", "!", "?", "…", ";"):
            resume = doc[after].idx + len(doc[after].text)
        else:
            continue  # not an incise: « , explique la commandante de police qui … »
        lemma = lemma or token.lemma_.lower()
        cue = (doc[group].idx, token.idx + len(token.text))
        out = []
        first_end = doc[before].idx + (len(doc[before].text) if doc[before].text != "," else 0)
        for part_start, part_end in ((start, first_end), (resume, end)):
            found = _trimmed(Found("direct", part_start, part_end, lemma, *cue, subject=subject, incise=True,
                                   unclosed=not quote.closed and part_end == end), text)
            if found.end - found.start >= 2:
                out.append(found)
        if out and not quote.closed:
            out[-1].unclosed = True  # « « Avez-vous vu le notaire ? demanda-t-elle. ¶ — Ce matin. » »
        return out
    return []


def _name_before_manner(doc, subject: Subject) -> Subject:
    """« disait Wilhelm Storitz d'une voix où grondait la colère »: a name, then how it speaks; the
    parser may hang the manner on the name. The subject is the name."""
    if subject.pronoun or doc[subject.first].pos_ != "PROPN":
        return subject
    end = subject.first + 1
    while end < subject.last and (doc[end].pos_ == "PROPN" or doc[end].dep_ == "flat:name"):
        end += 1
    if end < subject.last and doc[end].pos_ == "ADP" and doc[end].lower_ in ("d'", "d’", "de", "avec"):
        return Subject(subject.first, end)
    return subject


def _skip_manner(sent: "Span", i: int, end: int) -> int:
    """Past how an incise's speaker speaks, up to the punctuation that ends the incise: « à voix
    basse », « en s'enfonçant dans son sofa »; where no punctuation follows, ``i`` itself."""
    doc = sent.doc
    j = _skip_complements(sent, i, before_subject=False)
    if j < sent.end and (_participle_opening(doc[j]) or doc[j].lower_ == "en" and _gerund_end(doc, j, sent.end)
                         or doc[j].lower_ == "sans" and _infinitive_after(doc, j + 1, sent.end)):
        # « en s'enfonçant dans son sofa », « sans lever les yeux »: up to the next punctuation
        j = next((k for k in range(j + 1, min(sent.end, j + 12)) if doc[k].text in (",", ".", ";", "!", "?")), j)
    elif j == i and j + 2 < sent.end and doc[j].lower_ in ("d'", "d’", "de", "avec") and \
            doc[j + 1].pos_ == "DET" and doc[j + 2].lower_ in MANNER_NOUNS:
        # « disait X d'une voix où grondait la colère, tant que … »: the manner, its relative clause
        j = next((k for k in range(j + 3, min(sent.end, j + 14)) if doc[k].text in (",", ".", ";", "!", "?")), j)
    if j > i and j < len(doc) and doc[j].idx < end and doc[j].text in (".", ",", "!", "?", "…", ";"):
        return j
    return i


def _infinitive_after(doc, i: int, limit: int) -> bool:
    """An infinitive at ``i``, past object clitics (« sans lever », « sans se retourner »)."""
    while i < limit and doc[i].lower_ in VERB_GROUP_CLITICS | {"le", "la", "les", "l'", "l’"}:
        i += 1
    return i < limit and "VerbForm=Inf" in str(doc[i].morph)


def _names_someone(span) -> bool:
    """A name, or a noun for a person (« le comte », « la voyageuse »): who an incise with a verb
    that is not a speech verb (« sourit le comte ») may have as its subject."""
    return any(t.ent_type_ == "PER" or t.pos_ == "PROPN" for t in span) or is_person_noun(span.root.text)


def _clitic_pronoun(clitic: str) -> str:
    """« -t-elle », « t-elle », « -il » -> the pronoun."""
    clitic = clitic.lstrip("-")
    return clitic[2:] if clitic.startswith("t-") else clitic


TERM_MAX_WORDS = 3


_LIST_JOINERS = frozenset({"et", "ou", "au", "aux", "à", "de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’"})


def _terms(sent: "Span", quotes: list[QuoteMarks]) -> set[QuoteMarks]:
    """The quotations that are terms, except those listed with words that are not (« jusqu'au
    « retour des otages », au « démantèlement du Hamas » et à « l'élimination des menaces » »:
    one enumeration of someone's words)."""
    text = _text(sent.doc)
    terms = {q for q in quotes if _is_term(sent, q)}
    ordered = sorted(quotes, key=lambda q: q.open)
    changed = True
    while changed:
        changed = False
        for a, b in zip(ordered, ordered[1:]):
            if (a in terms) == (b in terms) or not a.closed:
                continue
            between = text[a.close + 1 : b.open].replace(",", " ").split()
            if len(between) <= 3 and all(w.lower() in _LIST_JOINERS for w in between):
                terms.discard(a)
                terms.discard(b)
                changed = True
    return terms


def _is_term(sent: "Span", quote: QuoteMarks) -> bool:
    """A short quotation with no verb inside a noun phrase (after a determiner or a preposition):
    a term the writer holds at a distance, not someone's words."""
    doc = sent.doc
    text = _text(doc)
    start, end = quote.inner
    if not quote.closed or len(text[start:end].split()) > TERM_MAX_WORDS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in span):
        return False  # a finite verb makes it words said; « un « retenu » » (a participle) is a term
    before = [t for t in doc[sent.start:span.start] if t.idx < quote.open and not t.is_space]
    if not before:
        return False
    previous = before[-1]
    if previous.pos_ == "ADP" and _called_for(span, previous):
        return False
    if previous.pos_ in ("DET", "ADP") or previous.lower_ in ("de", "d'", "d’", "des", "du", "au", "aux", "en"):
        return True
    # « des colons « extrémistes » »: a qualifier in quotes after a noun
    words = [t for t in span if t.is_alpha]
    return previous.pos_ == "NOUN" and len(words) <= 2 and all(t.is_lower for t in words) and not (
        previous.dep_ in ("obj", "obl", "obl:arg") and previous.head.pos_ == "VERB" and previous.head.i < previous.i
        and _cue_lemma(previous.head) is not None)  # « évoquant un penalty « scandaleux » »: the speaker's word


def _called_for(span: "Span", preposition: "Token") -> bool:
    """« a appelé à « la mobilisation générale » », « plaide pour « un sursaut » », « a demandé de
    « prendre ses responsabilités » »: what a speech verb calls for, through its preposition, is the
    speaker's words, not a term."""
    head = span.root
    if preposition.head != head and not (preposition.head.is_punct and preposition.head.i == preposition.i + 1):
        return False  # (« promet de « ne rien lâcher » »: « de » may hang on the quotation mark)
    if head.pos_ == "VERB" and "VerbForm=Inf" in str(head.morph):
        # « a demandé à l'État de « prendre ses responsabilités » »: an infinitive the speech verb
        # asks for, wherever the parse hung it (on the verb, or on its object)
        verb = head.head if head.head.pos_ == "VERB" else head.head.head
    elif head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("obl", "obl:arg", "obl:mod"):
        verb = head.head
    else:
        return False
    # (a speech verb the tagger took for a noun, « L'élu demande à l'État de », is still one)
    return verb.pos_ in ("VERB", "NOUN") and verb.i < preposition.i and _cue_lemma(verb) is not None


def _inverted_clitic_after(token: "Token") -> bool:
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return following in CLITIC_SUBJECTS or following == "-t"


def _clause_or_quote_before(sent: "Span", group: int, quotes: list[QuoteMarks]) -> bool:
    """An incise follows what was said: a quotation, or a clause with a finite verb."""
    doc = sent.doc
    start = doc[group].idx
    if any(q.open < start for q in quotes):
        return True
    first = _next_index(sent, sent.start, frozenset({"—", "–", "-", "«", "\n"}))
    # (not « Interrogée sur France Inter, la ministre …, a défendu la filière : »: a participle
    # opening the sentence sets its subject, no words said)
    return any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) or "VerbForm=Part" in str(t.morph)
               and t.i != first for t in doc[sent.start:group])


def _incise(sent: "Span", verb: "Token", group: int, subject: Subject, quotes: list[QuoteMarks],
            claimed: set[QuoteMarks], lemma: str, cue: tuple[int, int]) -> list[Found]:
    doc = sent.doc
    comma = group - 1
    while comma >= sent.start and doc[comma].is_space:
        comma -= 1
    before_end = doc[comma].idx
    out: list[Found] = []
    # the quotation just before the incise, and the one that resumes right after it
    for quote in quotes:
        if quote in claimed:
            continue
        gap_before = _text(doc)[quote.close : before_end + 1].strip(" ,—–\n")
        resumes_at = doc[subject.last].idx if subject.last < len(doc) else sent.end_char
        if subject.pronoun:
            resumes_at = verb.idx + len(verb.text)
        gap_after = _text(doc)[resumes_at : quote.open].strip(" ,—–\n") if quote.open >= resumes_at else None
        if quote.close <= before_end + 1 and gap_before == "":
            kind = _quote_kind(sent, quote)
            if kind == "partial" and not out and _text(doc)[sent.start_char:quote.open].strip(" \t\n—–-«") \
                    and not _is_clause(doc, quote):
                break  # « La France a « décidé » contre des colons « extrémistes », a dit X »: indirect
        elif gap_after == "" and any(f for f in out):
            kind = "direct"
        else:
            continue
        claimed.add(quote)
        found = _quote_found(quote, kind, sent, verb, subject, "")
        found.lemma, found.cue_start, found.cue_end, found.incise = lemma, *cue, True
        out.append(found)
    if out:
        return out
    # no quotation: the words before the incise are reported speech
    start = sent.start_char
    for quote in quotes:
        # a quotation already taken starts the content after it; a term in scare quotes (« sans
        # précédent ») is inside the content, not before it
        if quote in claimed and quote.close <= before_end and not _is_term(sent, quote):
            start = quote.close
    found = Found("indirect", start, before_end, lemma, *cue, subject=subject, incise=True)
    # the sentence may go on after the incise: « L'Ukraine, a-t-il dit, recevra des armes. »
    tail_start = doc[subject.last].idx if subject.last < sent.end else sent.end_char
    tail_tokens = [t for t in sent if t.idx >= tail_start]
    quoted = [(q.open, q.close) for q in quotes]
    tail_words = [t for t in tail_tokens if not t.is_punct and not t.is_space]
    participle = bool(tail_words) and ("VerbForm=Part" in str(tail_words[0].morph) or tail_words[0].lower_ == "en")
    if (_text(doc)[tail_start:sent.end_char].lstrip().startswith(",") and not participle
            and any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) and not _in_spans(t.idx, quoted)
                    for t in tail_tokens)):
        found.end = sent.end_char  # « …, ajoutant que … » is a new cue, not more of the same
    return [_trimmed(found, _text(doc))]


def _coordinated_object_end(sent: "Span", verb: "Token", quote: QuoteMarks) -> int | None:
    """« a dénoncé « une provocation » et une violation du droit », « a annoncé « l'élimination
    d'une cellule » à Bureij, et la destruction de sites … » : a quotation opening the verb's
    object, and a noun phrase coordinated with it after the closing mark (hung on the verb or on the
    quoted noun), in the same clause; the token ending that phrase (before an apposition), or None."""
    doc = sent.doc
    close = next((t.i for t in sent if t.idx >= quote.close), None)
    if close is None or not quote.closed:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "obj" and quote.open < c.idx < quote.close)]
    conj = next((c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "NOUN" and close < c.i < sent.end
                 and any(k.dep_ == "cc" and k.lower_ in ("et", "ou") for k in c.children)
                 and any(k.dep_ == "det" for k in c.children)
                 and not any(k.dep_.startswith("nsubj") for k in c.children)), None)
    if conj is None or any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in OPENERS or doc[k].text in (";", ":")
                           for k in range(close + 1, conj.i)):
        return None  # another clause or quotation before it: not one object
    last = min([conj.right_edge.i + 1, *(k.left_edge.i for k in conj.children if k.dep_ == "appos" and k.i > conj.i)])
    while last - 1 > conj.i and doc[last - 1].is_punct:
        last -= 1
    return min(last, sent.end)


def _content(sent: "Span", first: int, quotes: list[QuoteMarks], claimed: set[QuoteMarks], lemma: str,
             cue: tuple[int, int], subject: Subject | None, end_token: int | None = None) -> Found:
    """Reported content from token `first` to the sentence end (or an incise, « ; », « selon »)."""
    doc = sent.doc
    end_token = sent.end if end_token is None else end_token
    quoted = [(q.open, q.close) for q in quotes]
    in_relative = _cue_in_relative(doc, cue[0], first)
    for i in range(first, end_token):
        token = doc[i]
        if _in_spans(token.idx, quoted):
            continue
        resumed = _next_index(sent, i + 1, VERB_GROUP_CLITICS | NEGATION_WORDS) if in_relative and token.text == "," \
            else end_token
        clause_head = doc[resumed].head if resumed < end_token and doc[resumed].dep_.startswith(("aux", "cop")) \
            else doc[resumed] if resumed < end_token else None
        if clause_head is not None and doc[resumed].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[resumed].morph) \
                and not any(c.dep_.startswith("nsubj") and first <= c.i < i for c in clause_head.children):
            end_token = i  # « Le conseiller, qui rappelle que A, reste prudent »: the main clause resumes
            break
        if token.text == ";" or (token.text == "," and i + 1 < end_token and doc[i + 1].lower_ in ("selon", "a-t-il", "a-t-elle")
                                 and not _selon_aside(doc, i + 1, end_token)):
            end_token = i
            break
        if token.text == "," and _new_report_after(doc, i + 1, end_token):
            end_token = i  # « que A, avant de préciser que B »: B is a report of its own
            break
    start = doc[first].idx if first < len(doc) else sent.end_char
    end = doc[end_token - 1].idx + len(doc[end_token - 1].text) if end_token > first else start
    found = _trimmed(Found("indirect", start, end, lemma, *cue, subject=subject), _text(doc))
    claimed.update(q for q in quotes if found.start <= q.open and _inner_trimmed(_text(doc), q)[1] <= found.end)
    return _absorb_quotes(sent, found, quotes)


def _selon_aside(doc, selon: int, end: int) -> bool:
    """« que les travaux, selon lui, seraient finis »: a « selon » phrase set off by two commas inside
    the reported clause, which goes on after it."""
    if doc[selon].lower_ != "selon":
        return False
    for k in range(selon + 2, min(end, selon + 12)):
        if doc[k].text == ",":
            # not « selon Ouest-France, qui cite … », « selon X, cité par … »: words on the source
            return k + 1 < end and not doc[k + 1].is_punct and doc[k + 1].lower_ not in RELATIVE_PRONOUNS \
                and doc[k + 1].morph.get("VerbForm") != ["Part"]
        if doc[k].is_punct:
            return False
    return False


def _cue_in_relative(doc, cue_char: int, first: int) -> bool:
    """The cue opens a relative set off by commas (« X, qui rappelle que … »): its content may end
    where the main clause's verb comes back after a comma."""
    verb = next((k for k in range(max(0, first - 6), first) if doc[k].idx == cue_char), None)
    if verb is None:
        return False
    k = verb - 1
    while k > 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in VERB_GROUP_CLITICS or doc[k].lower_ in NEGATION_WORDS):
        k -= 1
    return k > 0 and doc[k].lower_ == "qui" and doc[k - 1].text == ","


def _new_report_after(doc, i: int, end: int) -> bool:
    """« avant de préciser que », « tout en ajoutant que », « soulignant que »: a speech verb in the
    infinitive or the present participle, with « que » after it, opens a second report."""
    k = i
    while k < end and k < i + 3 and doc[k].lower_ in ("avant", "de", "d'", "d’", "après", "avoir", "tout", "en"):
        k += 1
    if k >= end or "VerbForm=Inf" not in str(doc[k].morph) and not doc[k].lower_.endswith("ant"):
        return False
    return bool(_cue_lemma(doc[k]) or _guess_lemma(doc[k].lower_) in SPEECH_VERBS) and k + 1 < end \
        and doc[k + 1].lower_ in QUE


def _absorb_quotes(sent: "Span", found: Found, quotes: list[QuoteMarks]) -> Found:
    """A quotation that is most of the reported content makes it a quote (« ont « convenu … » »);
    a short one (« une nouvelle « mission » ») stays inside the indirect span."""
    for quote in quotes:
        inner = _inner_trimmed(_text(sent.doc), quote)
        if found.start <= quote.open and inner[1] <= found.end:
            if (inner[1] - inner[0]) >= 0.6 * (found.end - found.start):
                found.kind = "direct" if _sentence_initial(sent, quote) or _is_clause(sent.doc, quote) and \
                    _text(sent.doc)[inner[0]:inner[0] + 1].isupper() else "partial"
                found.start, found.end = inner
    return found


def _pour_source(sent: "Span", pour: "Token") -> bool:
    """« Pour <a name or a person's title>, <a clause> »: not « Pour l'instant, », « Pour cela, »,
    « Pour la première fois, » (a rank is no title without its noun)."""
    doc = sent.doc
    k = pour.i + 1
    words = []
    while k < sent.end and doc[k].text != "," and len(words) < 7:
        words.append(doc[k])
        k += 1
    if k >= sent.end or not words:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:sent.end]):
        return False  # « Pour Michel X (et rien d'autre) »: a heading, no view said
    named = any(t.ent_type_ in ("PER", "ORG") or (t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()) for t in words)
    titled = any(t.lower_ in PERSON_TITLES and t.lower_ not in OFFICE_RANK_WORDS for t in words[:3])
    # « Pour elle, « la baisse … » »: a stressed pronoun is a source when a quotation follows the
    # comma (« Pour lui, il a tout quitté » may be for his sake)
    pronoun = len(words) == 1 and words[0].lower_ in ("lui", "elle", "eux", "elles") and k + 1 < sent.end and \
        doc[k + 1].text in ("«", '"', "“")
    return named or titled or pronoun


def _comme_cue(sent: "Span", quotes: list[QuoteMarks]) -> Found | None:
    """« Comme l'a souligné l'Arcep, … », « Comme le révélait Le Devoir, … »: the source is the
    inverted subject of the speech verb; what follows the comma is the content."""
    doc = sent.doc
    first = _next_index(sent, sent.start, frozenset())
    if first >= sent.end or doc[first].lower_ != "comme":
        return None
    comma = next((t.i for t in doc[first:min(first + 16, sent.end)] if t.text == ","), None)
    if comma is None:
        return None
    verb = next((t for t in doc[first + 1:comma] if _cue_lemma(t)), None)
    if verb is None:
        return None
    subject_start = _next_index(sent, _skip_complements(sent, verb.i + 1))
    if subject_start >= comma:
        return None
    # « Comme le révélait la semaine dernière Le Devoir, »: the name, past the time words
    capitalised = next((t.i for t in doc[subject_start:comma] if t.text[:1].isupper()), None)
    subject = Subject(capitalised if capitalised is not None else subject_start, comma)
    cue = (doc[first].idx, verb.idx + len(verb.text))
    content = _trimmed(Found("indirect", doc[comma].idx + 1, sent.end_char, _cue_lemma(verb), *cue, subject=subject),
                       _text(doc))
    return _absorb_quotes(sent, content, quotes) if content.end - content.start > 8 else None


_SELON_WORDS = frozenset({"selon", "d'", "d’", "pour"})


def _selon(sent: "Span", quotes: list[QuoteMarks], found: list[Found]) -> list[Found]:
    """« selon X, … », « …, d'après X », « Pour X, … »."""
    doc = sent.doc
    quoted = [(q.open, q.close) for q in quotes]
    out = []
    lowers = words_of(doc).lower
    for i in range(sent.start, sent.end):
        if lowers[i] not in _SELON_WORDS:
            continue  # every word but the few below
        token = doc[i]
        low = token.lower_.replace("’", "'")
        is_selon = low == "selon" or (low == "d'" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "après")
        # « Pour Marine Le Pen, … », « Pour la CGT, … », « Pour le ministre, … »: a source named
        # before a comma, at the start of the sentence
        if low == "pour" and not _text(doc)[sent.start_char:token.idx].strip(" «—–"):
            is_selon = _pour_source(sent, token)
        if low == "pour" and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "qui" \
                and not _in_spans(token.idx, quoted):
            item = _pour_qui(sent, token, quotes)  # « chez Fabien Roussel, pour qui « … » »
            if item is not None:
                out.append(item)
            continue
        if not is_selon or _in_spans(token.idx, quoted) or any(f.start <= token.idx < f.end and not f.incise
                                                               for f in found):
            continue
        first = token.i + (2 if low == "d'" else 1)
        last = first
        while last < sent.end and (not doc[last].is_punct or _inner_hyphen(doc, last)) and last - first < 10:
            last += 1
        if last == first:
            continue
        if last < sent.end and doc[last].text == "(":
            # « Pour l'Union nationale des propriétaires immobiliers (UNPI), … »: the acronym in
            # brackets belongs to the source
            close = next((k for k in range(last + 1, min(sent.end, last + 6)) if doc[k].text == ")"), None)
            last = close + 1 if close is not None else last
        apposed = _apposed_name(doc, last, sent.end)
        # « selon une étude de l'ONG X »: a document with its author named after « de » speaks for
        # them; « selon un sondage Ifop » or « selon nos informations » is nobody speaking
        named = apposed is not None or any((t.ent_type_ in ("PER", "ORG") or t.lower_ in PERSON_TITLES) and any(
            doc[k].lower_ in OF_WORDS for k in range(first, t.i)) for t in doc[first:last])
        head = next((t for t in doc[first:last] if t.pos_ == "NOUN"), None)
        if not named and any(t.lemma_.lower() in NOT_SOURCES for t in doc[first:last] if t.pos_ == "NOUN") and not (
                head is not None and is_person_noun(head.text, listed_only=True)):
            # « selon un sondage », « selon nos informations »: no one speaking; but « selon une
            # source proche de l'enquête » is someone, whatever the noun after theirs
            continue
        subject = Subject(first, last)
        if apposed is not None and (not any(t.ent_type_ in ("PER", "ORG") for t in doc[first:last]) or (
                doc[apposed.first].ent_type_ == "PER" and not any(t.ent_type_ == "PER" for t in doc[first:last])
                and is_person_noun(doc[first + (doc[first].pos_ == "DET")].text, listed_only=True))):
            # « selon la maison-mère des deux médias, France Médias Monde », « Pour le directeur
            # sportif de la formation Visma, Grischa Niermann, »: the name is the source
            subject = apposed
            last = apposed.last
        leading = _text(doc)[sent.start_char : token.idx].strip(" \t\n,«\"—–")
        # « il s'agit selon elle d'« une élection locale » »: set off by no comma, « selon » sources
        # the clause it sits in, not all that comes before it
        mid_clause = bool(leading) and doc[token.i - 1].text not in (",", "(", "—", "–") and last < sent.end \
            and doc[last].text not in (",", ")", "—", "–", ".", "!", "?", ";", ":", "…")
        if mid_clause and doc[first].lower_ in ("lui", "elle", "eux"):
            last = first + 1
            subject = Subject(first, last)
        if doc[first].lower_ in ("lui", "elle", "eux"):
            subject.pronoun = {"lui": "il", "elle": "elle", "eux": "ils"}[doc[first].lower_]
        cue = (token.idx, doc[last - 1].idx + len(doc[last - 1].text))
        if mid_clause:
            opening = next((q for q in quotes if q.closed and doc[last].idx <= q.open < sent.end_char), None)
            if opening is not None and _quote_kind(sent, opening) == "partial":
                item = _quote_found(opening, "partial", sent, None, subject, "selon")
                item.lemma, item.cue_start, item.cue_end = "selon", *cue
                out.append(item)
                continue
            clause = next((k + 1 for k in range(token.i - 1, sent.start, -1) if doc[k].text in (":", ";")), sent.start)
            content = _trimmed(Found("indirect", doc[clause].idx, sent.end_char, "selon", *cue, subject=subject,
                                     via="selon"), _text(doc))
            if content.end - content.start > 8:
                out.append(_absorb_quotes(sent, content, quotes))
            continue
        relative = token.i - 1
        while relative > sent.start and doc[relative].text == ",":
            relative -= 1
        if leading and doc[relative].lower_ == "qui" and last < sent.end:
            # « le candidat, qui selon elle, a démontré … »: the source speaks of the relative
            # clause, from after the « selon » phrase to its end
            begin = last + 1 if doc[last].text == "," else last
            stop = next((k for k in range(begin + 1, sent.end) if doc[k].text in (",", ";", ".")
                         and not _in_spans(doc[k].idx, quoted)), sent.end)
            start, end = doc[begin].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
            content = _trimmed(Found("indirect", start, end, "selon", *cue, subject=subject, via="selon"), _text(doc))
            if content.end - content.start > 8:
                out.append(_absorb_quotes(sent, content, quotes))
            continue
        if not leading:
            start = doc[last].idx if last < sent.end else sent.end_char
            end = sent.end_char
            # « Pour Mathilde Panot, présidente du groupe LFI, « … » »: the apposition is not said
            after = last + 1 if last < sent.end and doc[last].text == "," else last
            # « Selon Emmanuel Macron, qui s'exprimait jeudi à Bruxelles, … »: a relative clause on the
            # source is not said either
            # nor « Selon Manuel Bompard, cité par l'AFP, … »: how the words came to the paper
            if after < sent.end and (doc[after].lower_ in PERSON_TITLES or doc[after].lower_ == "qui" or after > last
                                     and (doc[after].morph.get("VerbForm") == ["Part"]
                                          and doc[after].morph.get("Tense") == ["Past"]
                                          or after + 1 < sent.end and doc[after + 1].lower_ == "par"
                                          or _bare_apposition(doc, after, sent.end, quoted))):
                k = after
                while k < sent.end and doc[k].text != "," and not _in_spans(doc[k].idx, quoted):
                    k += 1
                if k < sent.end and doc[k].text == ",":
                    start = doc[k].idx
        elif _text(doc)[:token.idx].rstrip().endswith(",") and last < sent.end and doc[last].text == ",":
            # « Des armes sont, selon eux, saisies »: the whole sentence around the parenthesis
            start, end = sent.start_char, sent.end_char
        else:
            start, end = sent.start_char, token.idx
        before_selon = _text(doc)[sent.start_char : token.idx].rstrip(" \t\n,")
        closing = next((q for q in quotes if q.closed and q.close == sent.start_char + len(before_selon) and
                        _text(doc)[q.close:token.idx].strip(" \t\n,") == ""), None) if leading else None
        if closing is not None and _quote_kind(sent, closing) == "partial":
            # « … ont été interrompus, « une décision illégale », selon la maison-mère »: the
            # « selon » sources the quotation right before it
            item = _quote_found(closing, "partial", sent, None, subject, "selon")
            item.lemma, item.cue_start, item.cue_end = "selon", *cue
            out.append(item)
            continue
        content = _trimmed(Found("indirect", start, end, "selon", *cue, subject=subject, via="selon"), _text(doc))
        if content.end - content.start > 8:
            out.append(_absorb_quotes(sent, content, quotes))
    return out


def _bare_apposition(doc, i: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """« Pour Force ouvrière, majoritaire dans l'usine, « … » », « Pour l'association Anticor, partie
    civile, … »: words on the source with no article and no verb, up to a comma — not the start of
    what it says (« Pour la CGT, la réforme, votée hier, … » opens with an article)."""
    word = doc[i]
    if not word.is_lower or not word.text.replace("-", "").isalpha() or word.pos_ not in ("ADJ", "NOUN") \
            or _in_spans(word.idx, quoted):  # (« co-rapporteur du texte, »)
        return False
    for k in range(i + 1, min(end, i + 12)):  # « ancienne présidente de la Société française de pédiatrie, »
        if doc[k].text == ",":
            return k + 1 < end
        if doc[k].is_punct or _in_spans(doc[k].idx, quoted) or doc[k].pos_ in ("VERB", "AUX") and \
                "VerbForm=Fin" in str(doc[k].morph):
            return False
    return False


def _pour_qui(sent: "Span", pour: "Token", quotes: list[QuoteMarks]) -> Found | None:
    """« Même son de cloche chez Fabien Roussel, pour qui « le gouvernement a perdu la main » »: what
    follows « pour qui » is the view of the name just before it."""
    doc = sent.doc
    i = pour.i - 1
    while i > sent.start and doc[i].text == ",":
        i -= 1
    if i <= sent.start:
        return None
    if doc[i].ent_type_ in ("PER", "ORG"):
        first = i
        while first - 1 >= sent.start and doc[first - 1].ent_type_ == doc[i].ent_type_ and doc[first].ent_iob_ == "I":
            first -= 1
    else:
        # « chez le représentant des petits États insulaires, pour qui « … » »: a person's noun
        first = _person_phrase_ending_at(doc, i, sent.start)
        if first is None:
            return None
    begin = pour.i + 2
    if begin >= sent.end:
        return None
    # a view, not a benefit (« Marie, pour qui il a tout quitté »): quoted words, or a judgment
    first_verb = next((t for t in doc[begin:sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if doc[begin].text not in OPENERS_AND_STRAIGHT and (first_verb is None or first_verb.lemma_ not in (
            "être", "falloir", "devoir", "rester", "sembler")):
        return None
    end = doc[sent.end - 1]
    qui = doc[pour.i + 1]
    found = _trimmed(Found("indirect", doc[begin].idx, end.idx + len(end.text), "selon", pour.idx,
                           qui.idx + len(qui.text), subject=Subject(first, i + 1), via="selon"), _text(doc))
    return _absorb_quotes(sent, found, quotes) if found.end - found.start > 8 else None


def author_named_after(sent: "Span") -> int | None:
    """« Le cri d'alarme vient de Julie », « Le constat est signé Laurent Berger », « Ces mots sont
    ceux de X »: a sentence that gives what was said to someone. The index of the word after the
    link, where the author's name begins, or None."""
    doc = sent.doc
    first = sent.start
    if first + 2 >= sent.end or doc[first].lower_ not in SAYING_DETERMINERS or \
            doc[first + 1].lower_ not in SAYING_NOUNS:
        return None
    for k in range(first + 2, min(first + 7, sent.end)):  # past « d'alarme », « en garde », « amer »
        for link in AUTHOR_LINKS:
            if tuple(t.lower_ for t in doc[k:k + len(link)]) == link:
                after = k + len(link) + (k + len(link) < sent.end and doc[k + len(link)].lower_ == "par")
                return after if after < sent.end else None
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
            return None
    return None


_MANNER_BACK = re.compile(r"(?i)^\s*c['’]est\s+(?:ainsi|en\s+ces\s+termes|avec\s+ces\s+mots|par\s+ces\s+mots|"
                          r"en\s+ces\s+mots)\s+qu(?:e\s+|['’])")


def subject_pointing_back(sent: "Span") -> Subject | None:
    """« C'est ainsi que l'eurodéputée Alexandra Geese a résumé le sentiment des élus », « C'est en
    ces termes que X a réagi »: a sentence that gives the quotation before it to the subject of its
    speech verb; that subject, or None."""
    match = _MANNER_BACK.match(sent.text)
    if match is None:
        return None
    verb = next((t for t in sent if t.idx >= sent.start_char + match.end() and t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("aux:tense", "aux:pass", "cop") and is_speech_verb(t)), None)
    if verb is None:
        return None
    # (the parse may hang « C' » on the verb as a subject too)
    head = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.idx >= sent.start_char + match.end()), None)
    if head is None or head.pos_ == "PRON":
        return None
    return _with_name_after(_subject_span(head), verb)


def _points_back(noun: "Token") -> bool:
    """« conteste ce diagnostic », « a démenti ces informations »: an object with a demonstrative
    and nothing after its noun names what was said before, not words reported here."""
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    return determiner is not None and determiner.lower_ in ("ce", "cet", "cette", "ces") and \
        noun.right_edge.i - noun.i <= 1


def _person_phrase_ending_at(doc, i: int, floor: int) -> int | None:
    """Where the noun phrase for a person that ends at ``i`` begins (« le représentant des petits
    États insulaires »), or None when the phrase there is not one."""
    token, top = doc[i], None
    while True:
        if token.pos_ == "NOUN" and is_person_noun(token.text, listed_only=True):
            top = token
        # up through the nouns the phrase hangs on (« États » → « représentant »), never a verb
        if token.head is token or not floor <= token.head.i < token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            break
        token = token.head
    if top is None:
        return None
    first = top.i
    while first - 1 >= floor and doc[first - 1].head.i == top.i and doc[first - 1].pos_ in ("DET", "ADJ"):
        first -= 1
    return first


def _inner_hyphen(doc, i: int) -> bool:
    """A hyphen inside a word the tokenizer split (« maison-mère »), not a dash between words."""
    return doc[i].text in ("-", "‑") and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _apposed_name(doc, comma: int, end: int) -> Subject | None:
    """A person or organisation named right after a comma and up to the next punctuation or the
    end of the sentence: « …, France Médias Monde. »"""
    if comma >= end or doc[comma].text != ",":
        return None
    first = comma + 1
    if first >= end or doc[first].ent_iob_ != "B" or doc[first].ent_type_ not in ("PER", "ORG"):
        return None
    last = first + 1
    while last < end and doc[last].ent_iob_ == "I":
        last += 1
    if last < end and not doc[last].is_punct:
        return None
    return Subject(first, last)


# ---------------------------------------------------------------------------------------------
def _name_before_colon(sent: "Span", quote: QuoteMarks) -> Subject | None:
    """« Christine Lagarde : « … » », « Kylian Mbappé, lui, reste optimiste : « … » »: the name
    just before the colon, or the person who is the subject of the words before it."""
    return _introducer([t for t in sent if t.idx < quote.open and not t.is_space], sent)


def introducer_before_colon(sent: "Span") -> Subject | None:
    """Who a sentence ending with a colon introduces as speaking next (« Bouvard lui dit : »)."""
    return _introducer([t for t in sent if not t.is_space], sent)


def floor_taker(sent: "Span") -> Subject | None:
    """« Enfin Étienne Castel prit la parole. », « Le notaire rompit le silence. »: a sentence that
    ends on someone beginning to speak introduces the next line as a colon would; its subject."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 4 or tokens[-1].text != ".":
        return None
    verb, noun = tokens[-2].head, tokens[-2]
    if verb.i >= noun.i or noun.dep_ != "obj" or (verb.lemma_, noun.lower_) not in FLOOR_TAKING:
        return None
    return _subject_before_colon(sent, tokens)


def turner_to_someone(sent: "Span") -> Subject | None:
    """« Il examina l'enfant, puis il se tourna vers la mère. »: a sentence that ends on someone
    turning to a person (a name, a person's noun, a stressed pronoun) introduces the next line as a
    colon would; its subject. Not turning to a thing (« vers la fenêtre »)."""
    tokens = [t for t in sent if not t.is_space]
    return _subject_before_colon(sent, tokens) if turned_to(sent) is not None else None


def turned_to(sent: "Span") -> "Token | None":
    """The person the sentence ends on someone turning to (see `turner_to_someone`): the word
    for them."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 4 or tokens[-1].text not in (".", "…"):
        return None
    target = tokens[-2]
    while target.dep_ in ("amod", "nmod", "flat:name") and target.head.i < target.i and target.head.i > sent.start:
        target = target.head  # « vers la vieille femme », « vers le docteur Morel »
    case = next((c for c in target.children if c.dep_ == "case"), None)
    verb = target.head
    if case is None or case.lower_ != "vers" or not target.dep_.startswith("obl") or \
            verb.lemma_.lower() not in TURNING_VERBS or not any(c.lower_ in ("se", "s'", "s’") for c in verb.children):
        return None
    person = target.ent_type_ == "PER" or target.pos_ == "PRON" and target.lower_ in ("lui", "elle", "eux", "elles") or \
        target.pos_ == "NOUN" and is_person_noun(target.text, listed_only=True)
    return target if person else None


def _introducer(before: list["Token"], sent: "Span") -> Subject | None:
    doc = sent.doc
    if len(before) < 2 or before[-1].text != ":":
        return None
    agent = _passive_agent(before)
    if agent is not None:
        return agent  # « Douce avait été rassurée par Noël : »: who reassured her speaks
    heard = _heard_speaker(before)
    if heard is not None:
        return heard[0]  # « Paul entendit une voisine demander : »: the one heard, not Paul
    if before[-2].ent_type_ in ("PER", "ORG", "LOC"):
        end = before[-2].i + 1
        first = end - 1
        while first > sent.start and doc[first].ent_iob_ != "B":
            first -= 1
        if not _governed(doc[first:end]) and not _object_by_shape(doc, first):
            return Subject(first, end)
        # « Ayant pris à part M. de Courville : », « Elle … dit à Laurence : »: the one spoken to is
        # not the speaker; the clause's subject may be
    later = _subject_before_colon(sent, before)
    # « Madame d'Arzac … avait un aplomb trop grand ; c'était suspect, et l'enfant trahit ses
    # soupçons en disant : »: a name before a semicolon is not the subject of a clause after it that
    # brings in someone else (but « Mme Forestier la baisa ; puis fit les présentations : » is hers)
    semicolon = max((t.i for t in before[:-1] if t.text == ";"), default=-1)
    if semicolon >= 0 and not any(t.pos_ == "NOUN" and is_person_noun(t.text) and doc[t.i - 1].pos_ == "DET"
                                  and doc[t.i - 2].lower_ in ("et", "mais", ",", ";") for t in before[semicolon + 2:]):
        semicolon = -1
    for token in before:
        if token.i < semicolon:
            continue
        if token.ent_type_ == "PER" and token.ent_iob_ == "B" and token.dep_.startswith("nsubj") or (
                token.ent_iob_ == "B" and token.ent_type_ == "PER" and token.i == sent.start):
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if _governed(doc[token.i:end]):
                continue  # « je lui demandai où demeurait Mme Lacombe : »: not the one who answers
            if _colon_verb_has_other_subject(before, token.i, end):
                continue  # « Marc devint légendaire, et l'on disait de lui : »: not Marc
            if _joined_by_and(token) or _names_joined(doc, token.i, end) and doc[token.i - 1].lower_ in ("et", "ou"):
                return None  # the second of two joined names: the first was not taken as subject
            if any(_joined_by_and(c) for c in token.children) or _names_joined(doc, token.i, end):
                # « Bouvard et Pécuchet reprirent : »: two people, one subject: the engine decides
                # whether they speak as one
                return Subject(token.i, _end_of_joined_names(doc, end))
            if later is not None and later.first >= end and (
                    not later.pronoun or later.pronoun in DEMONSTRATIVE_PRONOUNS or later.pronoun in ("ils", "elles")
                    or later.pronoun in ("il", "elle") and not _may_be_referent(token, later.pronoun)):
                # « Roger voulut protester, mais Paul …, et il lui dit : », « quand Hector apporta
                # cette nouvelle à sa femme, elle se laissa choir … : », « Schulz hocha la tête ; et
                # ils se répétaient : »
                return later
            return Subject(token.i, end)
    return later


def _heard_speaker(before: list["Token"]) -> tuple[Subject | None] | None:
    """« Paul entendit une voisine demander à sa femme : », « Il entendit murmurer derrière lui : »:
    a verb of speech in the infinitive after a verb of hearing or seeing reports the words of the
    one heard, the person named between the two or nobody the clause names (a one-tuple); None
    when the clause at the colon reports no such thing."""
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX")]
    if verbs and verbs[-1].lemma_ in HEARING_VERBS and "VerbForm=Fin" in str(verbs[-1].morph):
        return (None,)  # « M. d'Osna entendait autour de lui : »: words heard, of someone else (not
        # « me penchant de manière à n'être entendu que de lui : »)
    if verbs and verbs[-1].dep_ == "ccomp" and verbs[-1].head.lemma_ in HEARING_VERBS and _cue_lemma(verbs[-1]) \
            and any(c.lower_ in QUE and c.dep_ == "mark" for c in verbs[-1].children):
        # « Hector entendit que l'aubergiste disait : »: the one heard saying it
        said_by = next((c for c in verbs[-1].children if c.dep_.startswith("nsubj")), None)
        return (_subject_span(said_by) if said_by is not None else None,)
    if len(verbs) < 2:
        return None
    spoken, perceiving = verbs[-1], verbs[-2]
    if "VerbForm=Inf" not in str(spoken.morph) or not spoken.lower_.endswith(("er", "ir", "re")) or \
            spoken.dep_ == "conj" or not _cue_lemma(spoken) or perceiving.lemma_ not in PERCEPTION_VERBS:
        return None  # (« Il essayait de voir …, et demanda : », « demanda » read as an infinitive)
    if any(c.dep_ in ("mark", "case") for c in spoken.children):
        return None  # « il vint me voir pour me dire : »: his own words
    heard = spoken.head if spoken.head.pos_ in ("NOUN", "PROPN") else None  # « une étrangère demander »
    if spoken.head != perceiving and (heard is None or heard.head != perceiving):
        return None
    between = [t for t in before if perceiving.i < t.i < spoken.i]
    name = next((t for t in between if t.ent_type_ == "PER" and t.ent_iob_ == "B"), None)
    if name is not None:
        return (Subject(name.i, end_of_name(name.doc, name.i)),)
    person = next((t for t in between if t.pos_ == "NOUN" and is_person_noun(t.text)), None)
    if person is None:
        return (None,)
    first, last = person.i, person.i + 1
    while first - 1 > perceiving.i and person.doc[first - 1].pos_ in ("DET", "ADJ"):
        first -= 1
    while last < spoken.i and person.doc[last].pos_ == "ADJ":
        last += 1
    return (Subject(first, last),)


def _colon_verb_has_other_subject(before: list["Token"], first: int, end: int) -> bool:
    """Whether the verb that ends at the colon has a subject of its own that is not the name at
    [first, end): « on » (« et l'on disait de lui : »), or « qui » after someone else (« Paul
    entendit la vieille qui disait : »)."""
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[-1].i < end:
        return False
    for child in verbs[-1].children:
        if not child.dep_.startswith("nsubj"):
            continue
        if child.lower_ == "on" and _said_by_on(verbs[-1]):
            return True
        if child.lower_ == "qui":
            antecedent = child.i - 2 if child.i >= 2 and child.doc[child.i - 1].text == "," else child.i - 1
            if not first <= antecedent < end:
                return True
    return False


def _said_by_on(verb: "Token") -> bool:
    """Whether « on » is the subject of a main clause's verb (« et l'on disait de lui : »), not of a
    subordinate one (« dit d'une voix si basse qu'on la percevait à peine : »)."""
    doc = verb.doc
    return verb.dep_ not in _SUBORDINATE and verb.dep_ != "advcl" and not any(
        c.dep_ == "mark" for c in verb.children) and any(
        c.dep_.startswith("nsubj") and c.lower_ == "on" and not (
            c.i > 0 and doc[c.i - 1].lower_ in ("qu'", "qu’", "que", "l'", "l’") and (
                doc[c.i - 1].lower_ not in ("l'", "l’") or c.i > 1 and doc[c.i - 2].lower_ in QUE))
        for c in verb.children)


def _passive_agent(before: list["Token"]) -> Subject | None:
    """The agent of a passive verb that ends the clause at the colon (« rassurée par Noël : »)."""
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX")]
    verb = verbs[-1] if verbs else None
    if verb is None or not any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "obl:agent" and c.i > verb.i), None)
    if agent is None or agent.pos_ not in ("PROPN", "NOUN") or agent.pos_ == "NOUN" and not is_person_noun(agent.text):
        return None
    return _subject_span(agent)


def _object_by_shape(doc, first: int) -> bool:
    """« le garçon désigna Douce : », whatever the tags: a name right after a verb whose subject
    comes before it is that verb's object."""
    verb = doc[first - 1] if first > 0 else None
    return verb is not None and verb.pos_ == "VERB" and "VerbForm=Inf" not in str(verb.morph) and any(
        c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)


def _names_joined(doc, first: int, end: int) -> bool:
    """« Julien et Marc », whatever the parse: a name with « et » or « ou » and another name."""
    after = end < len(doc) - 1 and doc[end].lower_ in ("et", "ou") and doc[end + 1].ent_type_ == "PER"
    before = first >= 2 and doc[first - 1].lower_ in ("et", "ou") and doc[first - 2].ent_type_ == "PER"
    return after or before


def _end_of_joined_names(doc, end: int) -> int:
    """The end of « Bouvard et Pécuchet », « Otto, Fritz et le baron Karl »: past each « et » or
    comma followed by a name."""
    while end < len(doc) - 1 and doc[end].lower_ in ("et", "ou", ","):
        after = end + 1
        while after < len(doc) and doc[after].ent_type_ != "PER" and (doc[after].pos_ == "DET" or doc[after].is_title):
            after += 1  # « et le baron Karl », « et M. Paul »
        if after >= len(doc) or doc[after].ent_type_ != "PER" or after - end > 3:
            break
        end = after + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end


def _joined_by_and(token: "Token") -> bool:
    return token.dep_ == "conj" and token.pos_ in ("PROPN", "NOUN") and any(
        c.dep_ == "cc" and c.lower_ in ("et", "ou") for c in token.children)


_SUBORDINATE = frozenset({"ccomp", "acl", "acl:relcl"})  # not advcl: the parser often takes a main clause for one


def _governed(span) -> bool:
    """A name that is a verb's object or complement (« Ayant pris à part M. de Courville : »), or
    the subject of a subordinate clause (« je lui demandai où demeurait Mme Lacombe : »): someone
    the clause speaks of, not the one who speaks next."""
    root = span.root
    for _ in range(3):  # « prendre à part M. X » parsed with « M. X » in apposition to « part »
        if root.dep_ in ("appos", "flat:name", "nmod") and root.head != root and root.head.pos_ == "NOUN":
            root = root.head
    if root.dep_ in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent") and root.head.pos_ in ("VERB", "AUX"):
        return True
    name = span.root.head if span.root.dep_ == "flat:name" else span.root
    if name.dep_ == "nmod" and name.head.pos_ in ("NOUN", "ADJ", "PRON") and name.head.i < name.i and \
            any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in name.children):
        return True  # « le crucifix …, dernier présent de Mme Daltier : »: whose, not who speaks
    if name.dep_ == "nmod" and name.head.pos_ == "NOUN" and name.head.i < name.i and \
            any(c.dep_ == "case" and c.lower_ in TOPIC_PREPOSITIONS for c in name.children):
        return True  # « Grève chez Airbus : « … » »: where a headline's topic happens, not who speaks
    return root.dep_.startswith("nsubj") and root.head.dep_ in _SUBORDINATE


# prepositions before the one spoken to (« dit à Laurence »), not « de » (« C'est le cas de Richard : »)
ADDRESS_PREPOSITIONS = frozenset({"à", "au", "aux", "avec", "vers", "envers"})


def spoken_to(span) -> bool:
    """A name that is an object or follows a preposition (« dit à Laurence », « prit à part M. X »):
    not who speaks. Looser than `_governed`: the parser puts many subjects it lost in « obl:mod »."""
    root = span.root
    if root.dep_ in ("obj", "iobj") or any(c.dep_ == "case" and c.lower_ in ADDRESS_PREPOSITIONS for c in root.children):
        return True
    return root.dep_ in ("appos", "nmod", "flat:name") and root.head.pos_ == "NOUN" and root.head.dep_ in (
        "obl", "obl:mod", "obl:arg", "obj")


def _introduced_by_colon(sent: "Span", quote: QuoteMarks) -> bool:
    """A clause introduces the quotation; not « Avant de poursuivre : » (no subject, a speech verb
    in the infinitive: the previous speaker goes on)."""
    before = _text(sent.doc)[sent.start_char : quote.open].rstrip()
    if not before.endswith(":") or len(before.rstrip(":").split()) < 2:
        return False
    tokens = [t for t in sent if t.idx < quote.open]
    continuing = any("VerbForm=Inf" in str(t.morph) and _cue_lemma(t) for t in tokens) and not any(
        t.dep_.startswith("nsubj") for t in tokens)
    return not continuing




def _consequence_speaker(doc, clause_start: int, verb: "Token | None") -> Subject | None:
    """« Il devint si blême que sa mère lui dit : »: a clause of consequence whose speech verb ends
    at the colon; its own subject, a noun or a name, speaks, not the main clause's."""
    if verb is None or not _cue_lemma(verb):
        return None
    que = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in QUE), None)
    if que is None or not any(t.lower_ in DEGREE_WORDS for t in doc[clause_start:que.i]):
        return None
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN")
                    and c.i > que.i), None)
    return _subject_span(subject) if subject is not None else None


_SHAPE_DETERMINERS = frozenset({"un", "une", "le", "la", "l'", "l’", "ce", "cet", "cette", "mon", "ma", "son", "sa",
                                "notre", "votre", "leur"})


def _subject_by_shape(doc: "Doc", clause_start: int, colon: int) -> Subject | None:
    """« Un peu plus loin, un étudiant hausse les épaules : », « Le maire soupire : »: the parse of a
    short clause before a quotation often loses its verb (« hausse » a noun, « soupire » an
    adjective); a person's noun with its determiner (an adjective or two between), then a word of
    a verb's form, is its subject all the same. Only the clause after its last comma."""
    tokens = [t for t in doc[clause_start:colon] if not t.is_space]
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    tokens = tokens[comma + 1:]
    if len(tokens) < 3 or tokens[0].lower_ not in _SHAPE_DETERMINERS:
        return None
    k = 1
    while k < len(tokens) - 1 and k <= 2 and tokens[k].pos_ == "ADJ" and not is_person_noun(tokens[k].text):
        k += 1
    noun, verb = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    if verb is None or not noun.is_lower or not is_person_noun(noun.text, listed_only=True) or \
            not verb.is_lower or not verb.is_alpha or not _verb_shaped(verb.lower_):
        return None
    return Subject(tokens[0].i, noun.i + 1)


def _verb_shaped(word: str) -> bool:
    """A present or passé simple of the third person singular, by the lexicon or a speech verb's form."""
    return is_speech_verb_form(word) or is_verb_form(word) or word.endswith(("e", "a")) and is_er_verb(word[:-1] + "er")


def _subject_before_colon(sent: "Span", before: list["Token"]) -> Subject | None:
    """« Un autre manifestant s'approche : « … » », « La gérante assure le service : « … » »: the
    subject of the clause that introduces the quotation, whatever its verb; in « C'est le cas de
    Richard : « … » » (no personal subject) the one person the clause names."""
    doc = sent.doc
    colon = before[-1].i
    quoted = [(q.open, q.close) for q in doc.user_data.get(QUOTES_KEY, [])]
    # the clause: from the last sentence-internal stop before the colon
    clause_start = sent.start
    for token in before[:-1]:
        if token.text in (".", ";", "?", "!") or _in_spans(token.idx, quoted):
            clause_start = token.i + 1
    # the subject of a verb, or of the clause's root whatever its tag (« Le comte sourit : », with
    # « sourit » taken for an adjective)
    last_verb = next((t for t in reversed(doc[clause_start:colon]) if t.pos_ in ("VERB", "AUX")), None)
    # (« et il balbutia : » may be parsed with « il » an expletive: still the subject of the verb
    # that ends at the colon, unless a conjunction opens its clause, « Lorsqu'il fut parti, »)
    subjects = [t for t in doc[clause_start:colon] if (t.dep_.startswith("nsubj") or t.dep_ == "expl:subj" and
                t.lower_ in ("il", "elle") and t.head == last_verb and not impersonal_il(t)
                and not (t.i > 0 and doc[t.i - 1].pos_ == "SCONJ")) and t.head.i < colon
                and (t.head.pos_ in ("VERB", "AUX") or t.head.dep_ == "ROOT" and t.head.is_lower)
                and not _in_spans(t.idx, quoted)
                # « je lui demandai où demeurait X : »: not X; but a clause after « ; » the parser
                # hung on the verb before it is a main clause (« …; celle-ci profita … pour murmurer : »)
                and (t.head.dep_ not in _SUBORDINATE or t.head.head.i < clause_start < t.head.i)]
    # « mais Paul détourna la conversation », « Paul » parsed as a conjunct: a name right before
    # its verb (object clitics between) is a subject whatever the parse
    subjects += [t for t in doc[clause_start:colon] if t.ent_iob_ == "B" and t.ent_type_ == "PER"
                 and t not in subjects and _verb_after_name(doc, t, colon) and not _in_spans(t.idx, quoted)
                 and not (t.i >= 2 and doc[t.i - 1].lower_ in ("et", "ou", ",") and doc[t.i - 2].ent_type_ == "PER")
                 and not _in_subordinate_opening(doc, clause_start, t.i)]
    subjects.sort(key=lambda t: t.i)
    if not subjects:
        shaped = _subject_by_shape(doc, clause_start, colon)
        if shaped is not None:
            return shaped
    if last_verb is not None and _said_by_on(last_verb):
        return None  # « et l'on disait de lui : »: words of nobody in particular
    consequence = _consequence_speaker(doc, clause_start, last_verb)
    if consequence is not None:
        return consequence
    # « … et reconnut Pécuchet qui articula plus fort : »: a relative clause with a speech verb
    # that ends at the colon has the one who speaks as its antecedent
    verbs = [t for t in doc[clause_start:colon] if t.pos_ in ("VERB", "AUX")]
    relative = verbs[-1] if verbs else None
    while relative is not None and "VerbForm=Inf" in str(relative.morph) and relative.i > clause_start and \
            any(doc[k].lower_ == "sans" for k in range(max(clause_start, relative.i - 3), relative.i)):
        # « le conducteur, qui lui répondit, sans s'émouvoir : »: the manner is no verb of the clause
        earlier = [t for t in verbs if t.i < relative.i]
        relative = earlier[-1] if earlier else None
    speech = relative is not None and _cue_lemma(relative)
    spoken = relative
    for _ in range(2):
        # « Marie-Louise, qui trouva le moyen de lui glisser : »: the relative clause's verb is the
        # one the infinitive hangs on, through its object
        if not speech or "VerbForm=Inf" not in str(relative.morph) or relative.dep_ not in ("xcomp", "acl", "obj") \
                or any(c.lower_ == "qui" for c in relative.children):
            break
        carrier = relative.head if relative.head.pos_ in ("VERB", "AUX") else relative.head.head
        if carrier.pos_ not in ("VERB", "AUX") or carrier.i < clause_start:
            break
        relative = carrier
    qui = next((c for c in relative.children if c.lower_ == "qui" and c.dep_.startswith("nsubj")), None) \
        if speech else None
    if qui is None and speech and relative.dep_ == "conj" and relative.head.dep_ == "acl:relcl" and \
            not any(c.dep_.startswith("nsubj") for c in relative.children) and \
            relative.morph.get("Tense") == relative.head.morph.get("Tense") != []:
        # « la voix du cabaretier qui se montrait à la porte et disait rudement : »: the relative's
        # second verb, in its tense, whose subject is the first one's « qui » (not « elle appela
        # Pourville qui passait et proposa : », the main clause's passé simple)
        qui = next((c for c in relative.head.children if c.lower_ == "qui" and c.dep_.startswith("nsubj")), None)
    if qui is not None and relative != spoken and doc[qui.i - 1].lower_ in ("et", "mais", "ou"):
        qui, relative = None, spoken  # « …, qui la guettait, et qui finissait par lui demander : »: left to the subjects
    if qui is not None and relative.dep_ == "acl:relcl" and relative.head.ent_type_ == "PER":
        return _subject_span(relative.head)
    if qui is not None and qui.i > clause_start:
        # « L'abbé aperçut le nouveau venu, qui lui dit : », whatever the parse: the antecedent
        # speaks, not the clause's subject; a person's noun phrase, else nobody
        antecedent = qui.i - 1 if doc[qui.i - 1].text != "," else qui.i - 2
        if doc[antecedent].ent_type_ == "PER":
            start = antecedent
            while start > clause_start and doc[start].ent_iob_ == "I":
                start -= 1
            return Subject(start, antecedent + 1)
        if doc[antecedent].pos_ == "NOUN" and is_person_noun(doc[antecedent].text):
            start = antecedent
            while start > clause_start and doc[start - 1].pos_ in ("DET", "ADJ"):
                start -= 1
            return Subject(start, antecedent + 1)
        return None
    # a person among the subjects first: « pour éviter toute contestation, il les aligna … : » is
    # parsed with « contestation » as a second subject
    spoken = next((t for t in subjects if t.lemma_.lower() in SPEECH_NOUNS), None)
    if spoken is not None:
        return _owner_of_words(spoken)
    persons = [t for t in subjects if t.lower_ in ("il", "elle") or t.ent_type_ == "PER" or
               t.pos_ == "NOUN" and is_person_noun(t.text, listed_only=True)]
    # « Et, la voix nette et forte, il commande : »: a voice speaks only for want of anyone else
    persons.sort(key=lambda t: t.lower_ in VOICE_NOUNS)
    persons += [t for t in subjects if t.lower_ in ("ils", "elles")]  # a group after any one person
    governing = _subject_of_last_verb(doc, clause_start, colon, subjects, persons)
    ordered = persons + [t for t in subjects if t not in persons]
    # « Et, comme il refusait, elle le hissa …, criant : »: a subordinate clause's subject last
    ordered.sort(key=lambda t: _in_subordinate_opening(doc, clause_start, t.i))
    if governing is None and verbs:
        # « Frédéric tirait un papier, quand Mlle Cécile, entrant tout à coup, articula : », the
        # verb hung on the name by the parser: the name right before the last verb is its subject
        governing = next((t for t in doc[clause_start:colon] if t.ent_iob_ == "B" and t.ent_type_ == "PER"
                          and not _in_spans(t.idx, quoted)
                          and _finite_verb_after_name(doc, t, colon, aside=True) == verbs[-1]), None)
        if governing is not None and governing not in persons:
            persons.append(governing)
    if governing is not None and governing.lower_ in ("il", "elle"):
        # « Quand Médor a vu …, il s'est dit : », « Roger voulut protester, mais Paul détourna la
        # conversation, et il lui dit : »: the « il » is the nearest person before it who may be
        governing = next((t for t in reversed(persons) if t.i < governing.i and t.lower_ not in ("il", "elle")
                          and t.lower_ not in VOICE_NOUNS and _may_be_referent(t, governing.lower_)), governing)
    if governing is not None:
        # « Ma tante voulut me rassurer, et mon oncle finit par me dire : »: of two coordinated
        # clauses, the one whose verb ends at the colon introduces the quotation
        ordered = [governing] + [t for t in ordered if t != governing]
    third_person = _third_person_form(doc, clause_start, colon)
    for token in ordered:
        if token.lower_ in IMPERSONAL_SUBJECTS:
            continue
        if _in_subordinate_opening(doc, clause_start, token.i) and _no_main_clause(doc, clause_start, colon):
            return None  # « Comme elle demeurait la tête basse, sans ouvrir la bouche : »: she says nothing
        if token.lower_ in DEMONSTRATIVE_PRONOUNS:
            return Subject(token.i, token.i + 1, pronoun=token.lower_)  # « Celui-ci se leva et salua le prêtre : »
        if token.pos_ == "PRON" and token.lower_ not in ("il", "elle", "ils", "elles", "je", "j'", "j’"):
            continue
        if third_person and token.lower_ in ("je", "j'", "j’"):
            # « Je ne pouvais courir et le berger derrière moi me criait : », with « berger » lost
            # by the parser: whoever « criait » it is not « je »
            return _noun_phrase_before_verb(doc, third_person, clause_start)
        if token.ent_iob_ == "B" and token.ent_type_ == "PER" and not token.dep_.startswith("nsubj"):
            return Subject(token.i, end_of_name(doc, token.i))  # a subject by its shape: the name alone
        if verbs and token.head != verbs[-1] and _in_subordinate_opening(doc, clause_start, token.i):
            # « Pendant qu'il tirait sa bourse, une autre voix … murmura derrière lui : »: the
            # subordinate clause's subject is not who speaks; the noun phrase before the verb is
            main = _noun_phrase_before_verb(doc, verbs[-1], clause_start, voices=True)
            if main is not None:
                return main
        span = _subject_span(token)
        named = _name_before_apposition(doc, span, clause_start)
        return named if named is not None else span
    pronoun = next((t for t in doc[clause_start:colon] if t.lower_ in ("il", "elle", "ils", "elles")
                    and t.i + 1 < colon and (doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha
                                             or doc[t.i + 1].lower_ in VERB_GROUP_CLITICS)  # « il s'écria : »
                    and not (t.i > 0 and doc[t.i - 1].pos_ == "SCONJ")  # not « Lorsqu'il fut parti, X dit : »
                    and not impersonal_il(t)  # not « il y avait des philosophes qui se disaient : »
                    and not (t.dep_.startswith("nsubj") and t.head.dep_ in _SUBORDINATE)), None)  # « ce qu'elles venaient de se dire »
    if not subjects and pronoun is not None and pronoun.pos_ == "PRON":
        # « il jura : » with « jura » taken for a place: the subject pronoun opening the clause
        return Subject(pronoun.i, pronoun.i + 1, pronoun=pronoun.lower_)
    first = _next_index(sent, clause_start)
    if not subjects:
        described = _described_subject_before_aside(doc, first, colon)
        comma = next((t.i for t in doc[first:colon] if t.text == ","), None)
        if described is None and comma is not None:
            # « Les saluts accomplis, le vieux personnage, prévenant …, prit la parole : »: an
            # absolute phrase before the subject
            described = _described_subject_before_aside(doc, comma + 1, colon)
        if described is not None:
            return described
    if first < colon and doc[first].pos_ == "DET":
        # « Un autre salarié s'approche : » with « approche » mis-tagged as a noun: the noun phrase
        # that opens the clause (a scare-quoted noun included), when a verb-like word or a
        # reflexive clitic follows it
        end = first + 1
        while end < colon and (doc[end].pos_ in ("ADJ", "NOUN", "PROPN") or doc[end].text in QUOTE_MARK_CHARS
                               or "VerbForm=Part" in str(doc[end].morph) and doc[end - 1].text in QUOTE_MARK_CHARS):
            end += 1
        if first + 1 < end < colon and not subjects and any(is_person_noun(t.text) for t in doc[first + 1:end]) and (
                doc[end].lower_ in ("s'", "s’", "se") or doc[end].pos_ in ("VERB", "AUX") or doc[end].dep_ == "ROOT"):
            return Subject(first, end)
    names = [t for t in doc[clause_start:colon] if t.ent_iob_ == "B" and t.ent_type_ == "PER"]
    if len(names) == 1 and (not subjects or all(t.lower_ in IMPERSONAL_SUBJECTS for t in subjects)):
        end = names[0].i + 1
        while end < colon and doc[end].ent_iob_ == "I":
            end += 1
        if not spoken_to(doc[names[0].i:end]):  # not « Ayant pris à part M. de Courville : »
            return Subject(names[0].i, end)
    return None


def _in_subordinate_opening(doc, clause_start: int, index: int) -> bool:
    """Whether a subordinating conjunction opens the stretch of the clause (from its last comma)
    that holds ``index``: « comme une fois de plus Juliette se plaignait » is not the main clause."""
    start = clause_start
    for i in range(clause_start, index):
        if doc[i].text == ",":
            start = i + 1
    # not « Il fallut que X … »; but « un beau matin que la femme avait de la fièvre, il … », « la
    # lettre qu'elle écrivait »: « que » after a noun opens a clause of that noun
    return any(doc[i].lower_ in SUBORDINATING_WORDS or doc[i].lower_ in QUE and i > start and (
        doc[i - 1].pos_ == "NOUN" or doc[i - 1].lower_ in CONJUNCTION_HEADS) for i in range(start, index))


def _no_main_clause(doc, clause_start: int, colon: int) -> bool:
    """Whether the clause before the colon is a subordinate clause and nothing else: a subordinating
    word opens it and no verb (but an infinitive) nor adjective follows the comma after its own verb
    (« Comme elle demeurait la tête basse, sans ouvrir la bouche : »)."""
    opening = _next_index(doc[clause_start:colon], clause_start)
    while opening < colon and doc[opening].lower_ in CLAUSE_OPENERS:
        opening += 1
    if opening >= colon or doc[opening].lower_ not in SUBORDINATING_WORDS:
        return False
    verb = next((t for t in doc[opening:colon] if t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph)), None)
    if verb is None:
        return False
    comma = next((t.i for t in doc[verb.i:colon] if t.text == ","), None)
    # (« Quand elle eut fini de lire, tremblante : »: a participle or an adjective after the comma
    # is what she is as she speaks)
    return comma is not None and not any(t.pos_ in ("VERB", "AUX", "ADJ") and "VerbForm=Inf" not in str(t.morph)
                                         for t in doc[comma:colon])


def _verb_after_name(doc, token: "Token", limit: int) -> bool:
    """A finite verb right after the name that starts at ``token`` (its clitics between)."""
    return _finite_verb_after_name(doc, token, limit) is not None


def _finite_verb_after_name(doc, token: "Token", limit: int, aside: bool = False) -> "Token | None":
    """The finite verb right after the name that starts at ``token`` (its clitics between; with
    ``aside``, past a participle's aside between commas: « Mlle Cécile, entrant tout à coup,
    articula : »), or None."""
    after = token.i + 1
    while after < limit and doc[after].ent_iob_ == "I":
        after += 1
    if aside:
        after = past_participle_aside(doc, after, limit)
    while after < limit and doc[after].lower_.replace("’", "'") in CLITICS_BEFORE_VERB:
        after += 1
    verb = doc[after] if after < limit else None
    # the tagger takes many a passé simple for a participle (« détourna »): the ending says
    if verb is not None and verb.pos_ in ("VERB", "AUX") and "VerbForm=Inf" not in str(verb.morph) and (
            "VerbForm=Fin" in str(verb.morph) or verb.lower_.endswith(FINITE_ONLY_ENDINGS)):
        return verb
    return None


def past_participle_aside(doc, at: int, limit: int) -> int:
    """Where the sentence goes on after a participle's or gerund's aside opening at the comma
    ``at`` (« , entrant tout à coup, », « , en se retrouvant en famille, »); ``at`` if none."""
    if at >= limit or doc[at].text != ",":
        return at
    close = next((k for k in range(at + 1, min(limit, at + ASIDE_MAX_WORDS + 2)) if doc[k].text == ","), None)
    between = doc[at + 1:close] if close is not None else []
    if not between or any("VerbForm=Fin" in str(t.morph) for t in between):
        return at
    participle = between[0]
    if participle.lower_ == "en":  # a gerund, its clitics between
        participle = next((t for t in between[1:4] if t.lower_.replace("’", "'") not in CLITICS_BEFORE_VERB), participle)
        if not participle.lower_.endswith("ant"):
            return at
    # « il appela Octave, monta dans sa chambre, se jeta … »: a passé simple the tagger took for
    # a participle is the sentence going on, not an aside
    return close + 1 if "VerbForm=Part" in str(participle.morph) and not participle.lower_.endswith(
        FINITE_ONLY_ENDINGS) else at


def _may_be_referent(token: "Token", pronoun: str) -> bool:
    """Whether a subject earlier in the sentence may be what « il » or « elle » stands for: a name,
    or a noun whose determiner does not say the other gender (« Ma mère …, et il » is not)."""
    if token.pos_ == "PRON":
        return token.lower_ == pronoun
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    wanted = {"il": "m", "elle": "f"}[pronoun]
    if token.ent_type_ == "PER":
        # « quand Hector apporta cette nouvelle à sa femme, elle … »: the first name's gender,
        # else the tagger's guess
        gender = first_name_gender(token.text) or {"Masc": "m", "Fem": "f"}.get(
            (token.morph.get("Gender") or [""])[0], "")
        if gender not in ("", wanted):
            return False
    determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
    gender = POSSESSIVE_DETERMINERS.get(determiner) or ARTICLE_GENDER.get(determiner, "")
    return gender in ("", {"il": "m", "elle": "f"}[pronoun])


def _third_person_form(doc, clause_start: int, colon: int) -> "Token | None":
    """The finite verb nearest the colon when its form can only be a third person's (« criait »,
    « répondit »), the auxiliary standing for a compound tense; else None."""
    verbs = [t for t in doc[clause_start:colon] if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    verb = verbs[-1]
    auxiliary = next((c for c in verb.children if c.dep_.startswith("aux")), None)
    form = (auxiliary or verb).lower_
    return verb if form.endswith(NOT_FIRST_PERSON_SINGULAR_ENDINGS) and "VerbForm=Inf" not in str(verb.morph) else None


def _name_before_apposition(doc, span: Subject, clause_start: int) -> Subject | None:
    """« Mathieu, l'homme au loup, ôta son bonnet et dit : »: the name that opens the clause
    before a description set off by commas, which the parser took for the subject."""
    if span.pronoun or span.first < clause_start + 2 or doc[span.first - 1].text != "," or \
            doc[span.first].pos_ != "DET" or span.last >= len(doc) or doc[span.last].text != ",":
        return None
    end = span.first - 1
    first = end - 1
    if doc[first].ent_type_ != "PER":
        return None
    while first > clause_start and doc[first].ent_iob_ == "I":
        first -= 1
    if first != clause_start and not doc[first - 1].is_punct and doc[first - 1].lower_ not in ("et", "mais", "puis"):
        return None
    return Subject(first, end)


def _noun_phrase_before_verb(doc, verb: "Token", clause_start: int, voices: bool = False) -> Subject | None:
    """By the shape alone, a person's noun phrase right before a verb group, after « et », « mais »,
    a comma or the clause's start (« et le berger derrière moi me criait »: determiner, noun, at
    most a short complement, the clitics, the verb); with `voices`, a voice's too (« une autre
    voix caressante et sourde murmura »)."""
    i = verb.i - 1
    while i >= clause_start and doc[i].lower_ in VERB_GROUP_CLITICS | NEGATION_WORDS:
        i -= 1
    for _ in range(3):  # « derrière moi », « près de lui »
        if i >= clause_start and doc[i].pos_ in ("PRON", "ADP"):
            i -= 1
    while i >= clause_start and (doc[i].pos_ == "ADJ" or voices and doc[i].lower_ == "et" and doc[i - 1].pos_ == "ADJ"):
        i -= 1
    noun = i
    i -= 1
    while i >= clause_start and doc[i].pos_ == "ADJ":
        i -= 1
    if noun < clause_start or not (is_person_noun(doc[noun].text) or voices and doc[noun].lower_ in VOICE_NOUNS) \
            or i < clause_start or doc[i].pos_ != "DET":
        return None
    if i > clause_start and doc[i - 1].lower_ not in ("et", "mais", ","):
        return None
    return Subject(i, noun + 1)


def _subject_of_last_verb(doc, clause_start: int, colon: int, subjects: list["Token"],
                          persons: list["Token"]) -> "Token | None":
    """The subject, among ``subjects``, of the verb nearest the colon, climbing from an infinitive
    or a coordinated verb to the verb that has one (« et mon oncle finit par me dire : »: « dire »,
    then « finit »); None when the climb meets no subject of the list."""
    verbs = [t for t in doc[clause_start:colon] if t.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[-1].dep_ in _SUBORDINATE:
        return None  # « une lettre de Marthe qui commençait par ces lignes : »: not the main clause's
    token = verbs[-1]
    for _ in range(4):
        own = [c for c in token.children if c in subjects]
        if own and all(c.lower_ in VOICE_NOUNS for c in own) and token.dep_ == "conj":
            own = []  # « Elle demanda -- et sa voix tremblait un peu : »: the voice's owner speaks
        if own:
            # « et, la voix tremblante, elle lui dit : », « voix » parsed as a second subject
            return next((c for c in reversed(own) if c in persons and c.lower_ not in VOICE_NOUNS), own[-1])
        if token.dep_ not in ("conj", "xcomp", "advcl") or token.head == token:
            return None
        head = token.head
        if token.dep_ == "conj" and head.pos_ == "NOUN" and head.i < token.i and head.dep_ == "conj" and \
                is_person_noun(head.text, listed_only=True) and any(c.lower_ in ("et", "mais") for c in head.children):
            # « L'homme ne répondait pas, et la jeune femme, au bout de cinq minutes, reprenait : »,
            # parsed with the noun as a conjunct and the verb hung on it: the noun is its subject
            return head
        token = head
    return None


# an aside between a subject and its verb is at most this many words (« , la tenant sur ses genoux, »)
ASIDE_MAX_WORDS = 12


def _described_subject_before_aside(doc, first: int, colon: int, group: int | None = None) -> Subject | None:
    """« Mais le lieutenant, la tenant toujours sur ses genoux, répondit : »: the parser, thrown by
    the aside, finds no subject (and often no verb). By the shape alone: a determiner and a noun
    for a person open the clause, an aside with a participle or « qui » follows between commas,
    then the verb group (a clitic or a verb-like word) runs to the colon, or is ``group``."""
    while first < colon and (doc[first].pos_ == "CCONJ" or doc[first].lower_ in CLAUSE_OPENERS):
        first += 1  # « Mais », « Puis », « Alors »
    if first >= colon or doc[first].pos_ != "DET":
        return None
    end = first + 1
    while end < colon and doc[end].pos_ in ("ADJ", "NOUN") and doc[end].is_lower:
        end += 1
    # the tagger may take the noun for an adjective (« La vieille servante »): the list decides
    if end == first + 1 or not is_person_noun(doc[end - 1].text, listed_only=True):
        return None
    noun_end = end
    if doc[end].lower_ in OF_WORDS:  # « La présidente de la métropole, qui …, ironise : »
        end += 1
        while end < min(colon, noun_end + 5) and (doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[end].lower_
                                                  in OF_WORDS) and doc[end].text != ",":
            end += 1
    if doc[end].text != ",":
        return None
    close = next((k for k in range(end + 1, min(colon, end + ASIDE_MAX_WORDS + 2)) if doc[k].text == ","), None)
    if close is None or close + 1 >= colon:
        return None
    aside = doc[end + 1:close]
    if not any("VerbForm=Part" in str(t.morph) for t in aside) and aside[0].lower_ != "qui":
        return None
    verb = doc[close + 1]
    if group is not None:
        return Subject(first, end) if close + 1 == group else None
    verb_like = verb.lower_ in VERB_GROUP_CLITICS or verb.pos_ in ("VERB", "AUX") or (
        verb.is_lower and verb.is_alpha and verb.dep_ == "ROOT") or close + 2 == colon and is_speech_verb(verb)
    return Subject(first, end) if verb_like else None


def _owner_of_words(noun: "Token") -> Subject | None:
    """« Son premier cri avait été : », « Cette exclamation lui échappa : »: the words are the
    person's the possessive or the dative stands for (resolved like a pronoun of unknown gender);
    « Une exclamation retentit : » is nobody's."""
    possessive = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("son", "sa", "ses")), None)
    if possessive is not None:
        return Subject(possessive.i, possessive.i + 1, pronoun="lui")
    dative = next((c for c in noun.head.children if c.lower_ == "lui" and c.dep_ in ("iobj", "obj", "obl:arg")), None)
    if dative is not None:
        return Subject(dative.i, dative.i + 1, pronoun="lui")
    return None


def _subject_of(verb: "Token") -> Subject | None:
    """The grammatical subject of a verb; participles and infinitives take their head's."""
    causee = _causative_speaker(verb)
    if causee is not None:
        return causee
    token = verb
    # a quotation is a barrier, except the one the verb itself is in (a story a character tells)
    quoted = [(q.open, q.close) for q in verb.doc.user_data.get(QUOTES_KEY, []) if not q.open < verb.idx < q.close]
    for _ in range(4):
        if _in_spans(token.idx, quoted) and token != verb:
            break  # a verb inside a quotation is the quoted speaker's, not the cue's
        # « il a fait savoir que », « a laissé entendre »: the parser may hang the subject on the
        # first verb of the pair, itself a child of the speech verb
        pair_verbs = [c for c in token.children if token == verb and c.i < verb.i
                      and (c.lemma_ in ("faire", "laisser") and c.pos_ in ("VERB", "AUX")
                           or c.dep_ == "aux:tense")]  # « L'ONU a, de son côté, réclamé »: on the auxiliary
        for child in [*token.children, *(g for c in pair_verbs for g in c.children)]:
            if ((child.dep_ == "nsubj" or child.dep_ == "expl:subj" and child.lower_ in ("il", "elle")
                 and not impersonal_il(child))
                    and child.i < verb.i + 15 and child.lower_ != "-t"
                    and not _in_spans(child.idx, quoted) and not _sentence_end_between(child, verb)
                    and not _topic_before_colon(child, token, verb)):
                return _with_name_after(_subject_span(child), token)
        if token == verb and "VerbForm=Inf" in str(token.morph) and token.head.pos_ in ("NOUN", "PROPN") \
                and token.dep_ in ("amod", "acl", "xcomp") and not any(c.dep_ in ("mark", "case") for c in token.children):
            # « j'entendis des gens crier : »: who is heard crying out is who speaks
            return _subject_span(token.head)
        gerund = "VerbForm=Part" in str(token.morph) and (any(c.lower_ == "en" for c in token.children) or _gerund(token))
        if token.dep_ in ("advcl", "xcomp", "conj", "acl", "ccomp") and token.head != token and not (
                gerund and token.head.pos_ not in ("VERB", "AUX")) and (
            "VerbForm=Part" in str(token.morph) or "VerbForm=Inf" in str(token.morph) or token.dep_ == "conj"
            or token.dep_ == "advcl" and not any(c.dep_ in ("mark", "nsubj", "expl:subj") for c in token.children)
        ):  # « Il ne parlait que de chasse, …, répétait sans cesse : », « répétait » taken for a subordinate
            token = token.head
        elif gerund:
            # « haussa les épaules en souriant », the gerund parsed under the object: its subject
            # is the subject of the verb whose clause it is in
            head = token.head
            while head.pos_ not in ("VERB", "AUX") and head.head != head and head.i > token.sent.start:
                head = head.head
            if head == token or head.pos_ not in ("VERB", "AUX") or _sentence_end_between(head, token):
                break
            token = head
        else:
            break
    if _passive(verb):
        # « X a été accusé par Y de « trahison » »: who speaks is the agent, never the one spoken
        # of; with no agent (« X a été qualifié de « menteur » »), nobody named here
        return _agent_after(verb)
    auxiliary = _auxiliary_before_locution(verb)
    if auxiliary is not None:
        # « L'OMM a de son côté appelé … »: the parse hung the participle on « côté »; the subject
        # is the auxiliary's
        subject = next((c for c in auxiliary.children if c.dep_.startswith("nsubj")), None)
        if subject is not None:
            return _subject_span(subject)
    return _name_before(verb) or _noun_phrase_opening_clause(verb) or _described_subject_before_aside(
        verb.doc, verb.sent.start, verb.i, _group_start(verb))


def _with_name_after(subject: Subject, verb: "Token") -> Subject:
    """« Le spécialiste en droit public Jean Morin estime »: the parse made the name a second
    subject of the verb, right after the first; the name belongs to the subject's noun phrase."""
    doc = verb.doc
    if subject.pronoun or subject.last >= len(doc) or doc[subject.last].ent_type_ != "PER" or \
            doc[subject.last].dep_ != "nsubj" or doc[subject.last].head != verb:
        return subject
    if not any(doc[k].pos_ == "NOUN" and doc[k].is_lower for k in range(subject.first, subject.last)):
        return subject
    return Subject(subject.first, _subject_span(doc[subject.last]).last)


def _auxiliary_before_locution(verb: "Token") -> "Token | None":
    """The auxiliary before « de son côté », « pour sa part », « quant à lui » … right before a past
    participle (« a de son côté appelé »), or None."""
    if verb.morph.get("VerbForm") != ["Part"]:
        return None
    doc = verb.doc
    for locution in VERB_GROUP_LOCUTIONS:
        start = verb.i - len(locution)
        if start >= 1 and tuple(t.lower_ for t in doc[start:verb.i]) == locution and doc[start - 1].lemma_ in ("avoir", "être") \
                and doc[start - 1].pos_ in ("AUX", "VERB"):
            return doc[start - 1]
    return None


def _described_before(token: "Token", verb: "Token") -> Subject | None:
    """A person's noun with its article (« un haut fonctionnaire européen »), governed by no
    preposition, met walking back from a verb the parse gave no subject: that verb's subject."""
    if token.pos_ != "NOUN" or not is_person_noun(token.text, listed_only=True) or \
            any(c.dep_ == "case" for c in token.children):
        return None
    doc = token.doc
    first = token.i
    while first - 1 >= verb.sent.start and doc[first - 1].pos_ == "ADJ" and doc[first - 1].is_lower:
        first -= 1
    if first - 1 < verb.sent.start or doc[first - 1].pos_ != "DET":
        return None
    if first - 2 >= verb.sent.start and (doc[first - 2].pos_ == "ADP" or doc[first - 2].lower_ in PREPOSITION_WORDS):
        return None
    if first - 3 >= verb.sent.start and doc[first - 2].text == "," and (
            doc[first - 3].ent_type_ == "PER" or doc[first - 3].pos_ == "PROPN"):
        name = doc[first - 3]
        while name.dep_ == "flat:name" and name.head.i < name.i:
            name = name.head
        if not any(c.dep_ == "case" for c in name.children):
            # « Marguerite, la bergère, dit qu'elle … »: the name the description is set beside;
            # not « Interrogé par l'AFP, un haut fonctionnaire … »
            return None
    end = token.i + 1
    while end < verb.i and doc[end].pos_ == "ADJ" and doc[end].is_lower:
        end += 1
    return Subject(first - 1, end)


def _passive(verb: "Token") -> bool:
    """A verb in the passive voice: « a été accusé », « est qualifié »; by its auxiliary « être », as
    the parse may mark an active subject passive, and not reflexive (« s'est dit »)."""
    children = list(verb.children) if verb.pos_ == "VERB" else []
    return any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in children) and not any(
        c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in children)


def _agent_after(verb: "Token") -> Subject | None:
    """The agent of a passive verb, after « par » in its sentence and outside quotations."""
    doc = verb.doc
    quoted = [(q.open, q.close) for q in doc.user_data.get(QUOTES_KEY, [])]
    for token in doc[verb.i + 1:verb.sent.end]:
        if token.text in (".", ";", ":", "?", "!"):
            return None
        if token.lower_ == "par" and not _in_spans(token.idx, quoted) and token.head.i > token.i \
                and token.head.pos_ in ("NOUN", "PROPN"):
            return _subject_span(token.head)
    return None


_SENTENCE_END = re.compile(r"[.!?…]\s+[«\"A-ZÀ-Ý]")


def impersonal_il(pronoun: "Token") -> bool:
    """« il y avait des philosophes qui … se disaient : », « il faut »: an « il » that stands for
    nobody."""
    head = pronoun.head
    return pronoun.lower_ == "il" and (head.lemma_ == "avoir" and any(c.lower_ == "y" for c in head.children)
                                       or head.lemma_ in IMPERSONAL_VERBS or _impersonal_passive(pronoun))


def _impersonal_passive(pronoun: "Token") -> bool:
    """« Il y était dit : », « il est écrit que » : the passive of a verb of saying or writing, whose
    « il » stands for nobody (not « il est parti »)."""
    head = pronoun.head
    return head.lemma_ in SPEECH_VERBS and head.lower_.endswith(("it", "ite", "é", "ée", "u", "ue", "s")) and any(
        c.dep_.startswith("aux") and c.lemma_ == "être" for c in head.children) and head.i > pronoun.i


def _gerund(token: "Token") -> bool:
    """« en lui disant »: « en », then clitics, then the participle, whatever the parse attached them to."""
    i = token.i - 1
    while i >= 0 and token.doc[i].lower_ != "en" and token.doc[i].lower_ in VERB_GROUP_CLITICS | {
            "le", "la", "les", "l'", "l’", "ne", "n'", "n’"}:
        i -= 1
    return i >= 0 and token.doc[i].lower_ == "en"


def _topic_before_colon(child: "Token", token: "Token", verb: "Token") -> bool:
    """« Grève à la SNCF : les syndicats dénoncent « un mépris » »: what stands before a colon is a
    headline's topic, not the subject of the verb after it, when that verb has a subject of its
    own after the colon (the parser may hang both on it)."""
    if child.i > verb.i:
        return False
    doc = verb.doc
    colon = next((k for k in range(child.i + 1, verb.i) if doc[k].text == ":"), None)
    return colon is not None and any(c.dep_ == "nsubj" and colon < c.i < verb.i for c in token.children)


def _sentence_end_between(a: "Token", b: "Token") -> bool:
    """Whether a sentence ends between two tokens: the parser sometimes joins two sentences and
    finds the second verb's subject in the first (« Mlle Fifi … d'art. Il en sortit, en déclarant »)."""
    first, last = (a, b) if a.i < b.i else (b, a)
    text = _text(a.doc)[first.idx + len(first.text) : last.idx]
    quoted = [(q.open, q.close) for q in a.doc.user_data.get(QUOTES_KEY, [])]
    return any(not _in_spans(first.idx + len(first.text) + m.start(), quoted) for m in _SENTENCE_END.finditer(text))


def _causative_speaker(verb: "Token") -> Subject | None:
    """« Ce qui fait dire à Julien Bayou que … », « la crise a fait dire au maire que … »: with
    « faire » before the speech verb, the speaker is who it is made to say it: « à X »."""
    causative = any(c.lemma_ == "faire" and c.i < verb.i for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ == "faire" and verb.head.i < verb.i)
    if not causative:
        return None
    for child in verb.children:
        if child.dep_ in ("obl:arg", "iobj", "obl") and child.i > verb.i and any(
                c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in child.children):
            return _subject_span(child)
    return None


def _noun_phrase_opening_clause(verb: "Token") -> Subject | None:
    """When the parse gives no subject: a noun phrase that opens the sentence and runs right up to
    the verb group (« Certains analystes avaient remarqué que … »)."""
    doc = verb.doc
    end = _group_start(verb)
    start = verb.sent.start
    while start < end and doc[start].is_space:
        start += 1
    end = _before_aside(doc, start, end)
    span = doc[start:end]
    if len(span) < 2 or len(span) > 6:
        return None
    opener = span[0].lower_ in QUANTIFIERS or span[0].pos_ == "DET"
    nouns = [t for t in span[1:] if t.pos_ == "NOUN"]
    if not opener or not nouns or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PRON") for t in span):
        return None
    return Subject(start, end)




def _before_aside(doc: "Doc", start: int, end: int) -> int:
    """« Le collectif, très remonté, dénonce … »: where the words before a verb end, leaving out
    an aside between commas right before it (no verb of its own in it); `end` when there is none."""
    if end - start < 4 or doc[end - 1].text != ",":
        return end
    comma = next((k for k in range(start + 1, end - 1) if doc[k].text == ","), None)
    if comma is None or end - 1 - comma > 6 or any(
            doc[k].morph.get("VerbForm") == ["Fin"] or doc[k].lower_ in ("qui", "que", "qu'", "qu’", "dont")
            or doc[k].is_punct for k in range(comma + 1, end - 1)):
        return end
    return comma


def _name_before(verb: "Token") -> Subject | None:
    """When the parse gives no subject: the nearest name before the verb that no preposition governs."""
    doc = verb.doc
    # the names the engine cleaned (« M. de Coutelier », which the model may miss), else the model's
    name_ends: dict[int, int] = doc.user_data.get(NAMES_KEY, {})
    i = _group_start(verb) - 1
    while i >= verb.sent.start:
        token = doc[i]
        named = _name_before_brackets(doc, i, verb.sent.start, name_ends)
        if named is not None:
            i = named  # « Marine Le Pen (RN) a dénoncé »: the party in brackets belongs to the name
            continue
        start = name_ends.get(i + 1)
        if start is None and token.ent_iob_ in ("B", "I") and token.ent_type_ in ("PER", "ORG", "LOC") and (
                i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"):
            start = i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
        if start is not None and start >= verb.sent.start:
            previous = doc[start - 1] if start > verb.sent.start else None
            if previous is not None and previous.pos_ == "DET" and start - 1 > verb.sent.start and \
                    previous.lower_ in ("l'", "l’", "la", "le", "les") and doc[start - 2].pos_ == "ADP":
                previous = doc[start - 2]  # « Interrogé par l'AFP, »: the article after the preposition
            if previous is not None and (previous.lower_ in PREPOSITION_WORDS or previous.pos_ == "ADP"):
                i = start - 1
                continue
            if previous is not None and previous.text == "(" or "Number=Plur" in str(verb.morph) and not any(
                    t.lower_ == "les" for t in doc[max(verb.sent.start, start - 2):i + 1]):
                # « … (HCERES) annoncée récemment, plus de 2500 chercheurs annoncent »: an acronym in
                # brackets, or one name for a plural verb, is not its subject
                return None
            return Subject(start, i + 1)
        if token.pos_ in ("VERB",) and "VerbForm=Fin" in str(token.morph):
            # « M. de Courville, qui le reconduisait, lui demanda : »: a relative clause set off by
            # commas is passed over to the name it describes
            relative = next((k for k in range(i - 1, verb.sent.start, -1) if doc[k].text == "," or
                             doc[k].lower_ == "qui"), None)
            if relative is not None and doc[relative].lower_ == "qui" and doc[relative - 1].text == ",":
                i = relative - 2
                continue
            return None
        if token.text in (".", "!", "?", ";"):
            return None
        if token.lower_ in LATTER_WORDS and i - 1 >= verb.sent.start and doc[i - 1].lower_ in LATTER_DETERMINERS \
                and i + 1 == _group_start(verb):
            return Subject(i - 1, i + 1)  # « Ce dernier détaille : », its verb parsed as a noun
        described = _described_before(token, verb)
        if described is not None:
            return described  # « un haut fonctionnaire européen, qui a requis l'anonymat, estime »
        if token.lower_ in ("il", "elle", "ils", "elles") and token.pos_ == "PRON" and token.head.pos_ == "VERB" \
                and token.head.lemma_ not in ("falloir", "sembler", "paraître", "agir"):  # not « il est difficile »
            # « Il en sortit le premier, en déclarant : » with « sortit » mis-tagged: the pronoun
            return Subject(i, i + 1, pronoun=token.lower_)
        i -= 1
    return None


def _name_before_brackets(doc: "Doc", close: int, floor: int, name_ends: dict[int, int]) -> int | None:
    """The last token of a name followed by a short bracket (« Marine Le Pen (RN) »), read from the
    bracket's closing mark; None when ``close`` closes no such bracket."""
    if doc[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(floor, close - 8) - 1, -1) if doc[k].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening - 1 < floor:
        return None
    last = doc[opening - 1]
    if (opening in name_ends or last.ent_type_ in ("PER", "ORG") and last.ent_iob_ in ("B", "I")) \
            and last.text[:1].isupper():
        return opening - 1
    return None


def _subject_span(head: "Token") -> Subject:
    doc = head.doc
    low = head.lower_
    if low == "qui" and head.head.dep_ == "acl:relcl" and head.head.head.i < head.i:
        # « les putschistes qui ont promis … »: the relative pronoun stands for its antecedent
        return _subject_span(head.head.head)
    if low == "qui" and head.i > head.sent.start + 1:
        # « glisse un conseiller, qui rappelle que … », the relative parsed as a clause of its own:
        # the noun right before it (and its comma) is still the antecedent
        before = head.i - 2 if doc[head.i - 1].text == "," else head.i - 1
        antecedent = doc[before]
        while antecedent.dep_.startswith("flat") and antecedent.head.i < antecedent.i:
            antecedent = antecedent.head
        if antecedent.pos_ in ("NOUN", "PROPN") and antecedent.i >= head.sent.start:
            return _subject_span(antecedent)
    if head.pos_ == "PRON" and low.lstrip("-") in SUBJECT_PRONOUNS:
        return Subject(head.i, head.i + 1, pronoun=low.lstrip("-"))
    first, last = head.left_edge.i, head.right_edge.i + 1
    # an apposition, a relative or a participle clause is not part of the name: stop at the first
    # comma (« Le frère de Norine repassant dans son idée … , dit : »)
    for i in range(head.i, last):
        if doc[i].text in (",", "(") or doc[i].lower_ in ("qui", "dont") or i > head.i and doc[i].pos_ == "VERB" \
                and doc[i].morph.get("VerbForm") == ["Part"] and doc[i].morph.get("Tense") == ["Pres"]:
            last = i
            break
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text == ",":
            first = i + 1
            break
    if last < len(doc) - 1 and doc[last - 1].text in DOTTED_CIVILITIES and doc[last].text == "." and \
            doc[last + 1].text[:1].isupper():
        last = end_of_name(doc, last + 1)  # « dit Mrs. Weldon », the tokenizer's « Mrs » « . » « Weldon »
    # « Juste après la commandante assure … » parsed with the adverb and the preposition on the
    # subject, « et la jeune femme » with the conjunction: they are not part of who speaks
    while first < head.i and doc[first].head.i == head.i and doc[first].dep_ in ("advmod", "case", "cc") \
            or first < head.i and doc[first].dep_ == "advmod" and doc[first].head.dep_ == "case":
        first += 1
    return Subject(first, max(last, head.i + 1))


def _quote_at(quotes: list[QuoteMarks], index: int) -> QuoteMarks | None:
    return next((q for q in quotes if q.open == index), None)


def _inner_trimmed(text: str, quote: QuoteMarks) -> tuple[int, int]:
    start, end = quote.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n.,;":
        end -= 1
    return start, end


def _sentence_initial(sent: "Span", quote: QuoteMarks) -> bool:
    before = _text(sent.doc)[sent.start_char : quote.open].strip(" \t\n—–-")
    return before == "" or before.endswith(":")


def _is_clause(doc, quote: QuoteMarks) -> bool:
    """A quotation with a finite verb and a subject of its own is a whole utterance."""
    span = doc.char_span(*quote.inner, alignment_mode="expand")
    if span is None:
        return False
    first_word = next((t for t in span if not t.is_punct and not t.is_space), None)
    has_finite = any("VerbForm=Fin" in str(t.morph) for t in span if t.pos_ in ("VERB", "AUX"))
    has_subject = any(t.dep_.startswith("nsubj") for t in span)
    return bool(first_word) and has_finite and has_subject


def _quote_kind(sent: "Span", quote: QuoteMarks) -> str:
    if _sentence_initial(sent, quote):
        return "direct"
    doc = sent.doc
    before = _text(doc)[sent.start_char : quote.open].rstrip()
    if before.endswith((",", "—", "–")) and _is_clause(doc, quote) and _text(doc)[quote.open + 1 : quote.open + 3].strip()[:1].isupper():
        return "direct"
    return "partial"


def nested_quotations(doc, outer: Found) -> list[Found]:
    """« Quand Médor a vu ça, il s'est dit : « Attends, mon gaillard. » … »: inside a quotation (a
    story told by a character), a quotation introduced by a clause and a colon is someone else's
    utterance, of the subject of the clause's last verb."""
    text = _text(doc)
    found = []
    for quote in pair_marks(text, outer.start, outer.end):
        if not quote.closed:
            continue
        before = text[outer.start : quote.open].rstrip()
        if not before.endswith(":"):
            continue
        colon_at = outer.start + len(before) - 1
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None:
            continue
        # the clause before the colon: its last verb, in the same sentence of the story
        verbs = [t for t in doc[max(0, colon.start - 12) : colon.start] if t.pos_ in ("VERB", "AUX")
                 and t.idx > outer.start and not any(ch in text[t.idx : colon_at] for ch in ".!?")]
        verb = verbs[-1] if verbs else None
        subject = _subject_of(verb) if verb is not None else None
        start, end = _inner_trimmed(text, quote)
        item = Found("direct", start, end, subject=subject, via="colon", introduced=subject is None, nested=True)
        if verb is not None:
            item.lemma = _cue_lemma(verb) or verb.lemma_.lower()
            item.cue_start, item.cue_end = doc[_group_start(verb)].idx, verb.idx + len(verb.text)
        found.append(item)
    return found


def _quote_found(quote: QuoteMarks, kind: str, sent: "Span", verb: "Token | None", subject: Subject | None,
                 via: str) -> Found:
    start, end = _inner_trimmed(_text(sent.doc), quote)
    found = Found(kind, start, end, subject=subject, via=via, unclosed=not quote.closed)
    if verb is not None:
        found.lemma = _cue_lemma(verb) or verb.lemma_.lower()
        found.cue_start, found.cue_end = sent.doc[_group_start(verb)].idx, verb.idx + len(verb.text)
    return found


def _trimmed(found: Found, text: str) -> Found:
    start, end = found.start, found.end
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    found.start, found.end = start, end
    return found


def _resolve_overlaps(found: list[Found]) -> list[Found]:
    """Keep the outermost of nested spans; drop empty ones."""
    found = [f for f in found if f.end - f.start >= 2]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for item in found:
        if any(k.start <= item.start and item.end <= k.end for k in kept):
            continue
        kept.append(item)
    return kept




def _takes_a_clause(doc, i: int) -> bool:
    """Whether the verb group ending before token i goes on with its « que » clause (« ai-je dit
    que … »), which an incise never does."""
    while i < len(doc) and doc[i].lower_ in ("-t", "-il", "-elle", "-je", "-on", "il", "elle", "je"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("que", "qu'", "qu’")


def dialogue_incise(doc, start: int, end: int) -> tuple["Token", Subject] | None:
    """The incise of a dialogue line (« — Moi, dit Bouvard, je reste », « — Oui ! s'écria-t-elle »,
    « pensa la voyageuse »): the first verb after a comma or a stop with an inverted subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if not token.is_lower or token.i == span.start:
            continue
        if _group_start(token) <= span.start + 1:
            continue  # « — Me voit-elle ? »: the line's own first words, a question, not an incise
        lemma = token.lemma_.lower()
        if token.lower_.endswith("ant") and token.morph.get("VerbForm") == ["Part"]:
            continue  # « une lettre de votre mari, déclarant Yacoub protégé de France »: a participle, no incise
        if _cue_lemma(token) is None and not (_verb_like(token) and (
                lemma not in NOT_SPEECH or lemma in THOUGHT_VERBS)) and thought_lemma(token) is None:
            continue  # (« pensa-t-il » with « pensa » tagged an adjective is still an incise)
        subject = _incise_subject(token.sent, token, _group_start(token))
        if subject is not None and not subject.pronoun and token.lower_.endswith(NOT_THIRD_PERSON_ENDINGS):
            continue  # « — Tiens, Annette, prends ta fille. »: an imperative and its object
        if subject is not None and subject.pronoun and _takes_a_clause(doc, token.i + 1):
            continue  # « — Eh ! vous, ai-je dit que je croyais à ce conte ? »: a question, no incise
        if subject is not None and subject.pronoun and _cue_lemma(token) is None and thought_lemma(token) is None \
                and subject.last < len(doc) and doc[subject.last].pos_ in ("DET", "NOUN", "PROPN"):
            continue  # « — Honorine ! aurai-je le temps d'arriver ? »: a question's inversion and its object
        if subject is not None and not subject.pronoun and token.pos_ == "VERB" and _cue_lemma(token) is None and \
                thought_lemma(token) is None and any(doc[k].pos_ == "AUX" or doc[k].lower_ in AVOIR_FORMS
                                                     for k in range(_group_start(token), token.i)):
            continue  # « Yoké-Moura, il est vrai, a chassé l'ennemi »: no speech verb, in a compound tense, and its object
        if subject is not None and not subject.pronoun and doc[subject.first].lower_ in SECOND_PERSON_POSSESSIVES:
            continue  # « Choucroute, pendant ce temps, préparera votre déjeuner »: the line's own words
        if subject is not None and not subject.pronoun and _alias(token):
            continue  # « le fameux Balsamo, dit Cagliostro »: another name, no incise
        if subject is not None and (subject.pronoun or subject.last - subject.first <= 8):
            return token, subject
    return None
