"""Lookups over the French language data (`tui.analysis.lang`): accent folding, the country of a
place or a nationality, the gender of a first name, whether a noun names a person."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tui.analysis.lang.people import (EPICENE_FIRST_NAMES, FEMININE_FIRST_NAMES, FEMININE_NAME_ENDINGS, MASCULINE_NAME_ENDINGS, MASCULINE_FIRST_NAMES, MASCULINE_FIRST_NAMES_IN_A_OR_E,
                                     NOT_PERSON_NOUNS,
                                     PERSON_NOUN_SUFFIXES, PERSON_NOUNS, PERSON_TITLES, TITLE_SYNONYMS)
from tui.analysis.lang.places import NATIONALITIES, CAPITALS, COUNTRIES, METONYMS, REGIONAL_DEMONYMS


def _inflections(adjective: str) -> list[str]:
    if adjective.endswith("ien"):
        stem = adjective + "n"
        return [adjective, adjective + "s", stem + "e", stem + "es"]
    if adjective.endswith(("ais", "ois")):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith("e"):
        return [adjective, adjective + "s"]
    if adjective.endswith("c"):  # turc -> turque, grec -> grecque
        return [adjective, adjective + "s", adjective + "que", adjective + "ques", adjective[:-1] + "que"]
    return [adjective, adjective + "s", adjective + "e", adjective + "es"]


NATIONALITY_FORMS: dict[str, str] = {
    form: country for adjective, country in NATIONALITIES.items() for form in _inflections(adjective)
}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, no accents, straight apostrophes: for comparing names."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def country_of_place(name: str) -> str | None:
    """The country a capital, country name or institution speaks for, if any."""
    key = name.lower().replace("’", "'").strip()
    if key in CAPITALS:  # « Moscou », « Le Caire », « La Haye »
        return CAPITALS[key]
    article = next((a for a in ("le ", "la ", "l'", "les ") if key.startswith(a)), "")
    key = key[len(article):]
    if key in CAPITALS and not article:
        return CAPITALS[key]  # (« la Vienne » is a river, or a character, not Austria)
    if key in METONYMS:
        return METONYMS[key]
    if key in COUNTRIES:
        surface = name.strip()[len(article):]
        return surface[:1].upper() + surface[1:] if surface else None
    return None


def nationality(word: str) -> str | None:
    return NATIONALITY_FORMS.get(word.lower())


REGIONAL_DEMONYM_FORMS = frozenset(form for adjective in REGIONAL_DEMONYMS for form in _inflections(adjective))


def demonym(word: str) -> bool:
    """A word for someone from a country, a region or a city (« Italienne », « Piémontais »)."""
    word = word.lower()
    return word in NATIONALITY_FORMS or word in REGIONAL_DEMONYM_FORMS


def known_first_name_gender(word: str) -> str:
    """'f' or 'm' for a well-known first name (« Rachel », « Jacques »), else '': no guess from
    the ending, so that a one-word surname (« Bouvard ») keeps no gender."""
    key = word.lower().strip(".")
    if key in EPICENE_FIRST_NAMES:
        return ""
    if key in FEMININE_FIRST_NAMES:
        return "f"
    if key in MASCULINE_FIRST_NAMES or key in MASCULINE_FIRST_NAMES_IN_A_OR_E:
        return "m"
    head = key.split("-")[0]
    if head != key and head:  # « Marie-Aimée », « Jean-Baptiste »: the first part's
        return known_first_name_gender(head)
    return ""


def first_name_gender(first_name: str) -> str:
    """'f', 'm' or '' (unknown) from a first name: well-known names, then feminine endings.

    Unknown stays unknown: a pronoun then accepts the person, which is better than excluding
    « Maud » from « elle » on a guess.
    """
    key = first_name.lower().strip(".")
    if len(key) <= 2:
        return ""
    if "-" in key.strip("-") and key not in FEMININE_FIRST_NAMES and key not in MASCULINE_FIRST_NAMES:
        return first_name_gender(key.split("-")[0])  # « Jean-Marie », « François-Denys-Bartholomée »
    if key in EPICENE_FIRST_NAMES:
        return ""
    if key in FEMININE_FIRST_NAMES:
        return "f"
    if key in MASCULINE_FIRST_NAMES_IN_A_OR_E or key in MASCULINE_FIRST_NAMES:
        return "m"
    if key.endswith(FEMININE_NAME_ENDINGS):
        return "f"
    if key.endswith(MASCULINE_NAME_ENDINGS):
        return "m"
    return ""


def title_phrase(words: list[str]) -> tuple[int, str] | None:
    """(length, title) of a phrase for a title that ``words`` open with (« numéro deux »,
    « milieu de terrain »: a person only as a whole; « technicien », a coach only on sports
    pages), or None."""
    for phrase, meaning in TITLE_SYNONYMS.items():
        length = phrase.count(" ") + 1
        if (length > 1 or phrase not in PERSON_TITLES) and " ".join(words[:length]) == phrase:
            return length, meaning.split()[0]
    return None


def is_person_noun(noun: str, listed_only: bool = False) -> bool:
    """A noun for a person: listed, or (unless `listed_only`) with an agent suffix (« manifestant »,
    « chercheuse »), which also takes in things (« un instant », « le papier »)."""
    noun = noun.lower()
    if noun in PERSON_NOUNS or noun.rstrip("s") in PERSON_NOUNS or noun in PERSON_TITLES or (
            noun.endswith("s") and noun[:-1] in PERSON_TITLES):  # « les enquêteurs »
        return True
    if noun in NOT_PERSON_NOUNS or noun.rstrip("sx") in NOT_PERSON_NOUNS:
        return False  # « le bonheur », « la lumière »: an agent's ending on a thing
    return not listed_only and noun.rstrip("s").endswith(PERSON_NOUN_SUFFIXES)
