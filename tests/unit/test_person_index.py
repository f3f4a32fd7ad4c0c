"""The registry's index of persons by the words of their names: a lookup must find every person a
name may refer to (as `same_person` decides), or the speed it buys would cost a wrong merge or a
missed one. Without spaCy (fast)."""

from __future__ import annotations

from tui.analysis.person_index import PersonIndex
from tui.analysis.speakers import Entry, Registry, _is_initial, _name_words, same_person

NAMES = ["Sergueï Choïgou", "S. Choïgou", "Choïgou", "M. Villeroy de Galhau", "François Villeroy de Galhau",
         "Jeanne", "Jeanne Morel", "Mme Morel", "Morel", "J.", "Jacques", "Marie-Aimée", "Aimée", "Marie",
         "le comte de Mirebel", "Mirebel", "Léopold Massereau", "Monsieur Léopold Massereau", "M. Massereau",
         "Paul", "P.", "Pierre Paul", "Jean-Pierre Dubois", "Dubois", "Madame", "madame", "Bouvard"]


def _filed(names: list[str]) -> tuple[PersonIndex, list[Entry]]:
    index = PersonIndex(_name_words, _is_initial)
    persons = [Entry(key=f"person:{n}", kind="person", names=[n]) for n in names]
    for person in persons:
        index.add(person)
    return index, persons


def test_a_lookup_finds_every_person_a_name_may_refer_to():
    index, persons = _filed(NAMES)
    for name in NAMES:
        expected = {id(p) for p in persons if any(same_person(k, name) for k in p.names)}
        found = {id(p) for p in index.candidates(name)}
        assert expected <= found, name
        assert len(found) < len(persons), name  # and not simply everyone


def test_a_name_given_after_filing_is_found():
    index, (jeanne, _other) = _filed(["Mme Morel", "Bouvard"])
    assert jeanne not in index.candidates("Jeanne")
    jeanne.names.append("Jeanne Morel")  # « Jeanne Morel » turns out to be Mme Morel
    assert jeanne in index.candidates("Jeanne")
    jeanne.nicknames.append("la Fouine")
    assert jeanne in index.candidates("Fouine")


def test_lookups_list_the_newest_person_first_and_forget_a_merged_one():
    index, (older, newer, other) = _filed(["Jean Morel", "Paul Morel", "Bouvard"])
    assert index.candidates("Morel") == [newer, older]
    index.discard(newer)
    assert index.candidates("Morel") == [older]
    assert index.everyone() == [other, older]


def test_the_registry_finds_a_person_by_a_name_added_in_a_merge():
    registry = Registry()
    fifi = registry.person("Wilhem d'Eyrik")
    nickname = registry.person("Fifi")
    registry.merge(fifi, nickname, nickname=True)  # « ses camarades l'appelaient Fifi »
    assert registry.person("Fifi") is fifi
    assert registry.called_alone("Fifi") is None  # a nickname is not a name he is called by alone
