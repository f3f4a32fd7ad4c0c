"""The speaker registry, name matching and the vocabulary lookups, without spaCy (fast)."""

from __future__ import annotations

from tui.analysis.speakers import Registry, same_person
from tui.analysis.vocabulary import country_of_place, first_name_gender, fold, nationality


def test_name_forms_of_one_person():
    assert same_person("Sergueï Choïgou", "S. Choïgou")
    assert same_person("Sergueï Choïgou", "Choïgou")
    assert same_person("François Villeroy de Galhau", "M. Villeroy de Galhau")
    assert not same_person("Sergueï Choïgou", "A. Choïgou")
    assert not same_person("Marie Dupont", "Jean Martin")


def test_later_forms_merge_into_the_first_person_and_the_fullest_name_wins():
    registry = Registry()
    short = registry.person("M. Caboclo")
    full = registry.person("Rogério Caboclo")
    assert short is full and full.name == "Rogério Caboclo" and full.gender == "m"


def test_a_pronoun_takes_the_person_in_focus_unless_another_could_be_meant():
    registry = Registry()
    anna = registry.person("Anna Berg")
    registry.mentioned(anna, as_subject=True)
    assert registry.resolve_pronoun("f") is anna
    marie = registry.person("Marie Roux")
    registry.mentioned(marie)  # mentioned after Anna, same gender: « elle » is ambiguous
    assert registry.resolve_pronoun("f") is None


def test_a_pronoun_does_not_reach_back_further_than_the_paragraph_before():
    registry = Registry()
    anna = registry.person("Anna Berg")
    registry.mentioned(anna, as_subject=True)
    registry.unit, registry.position = 3, 2_000  # three paragraphs and 2,000 characters later
    assert registry.resolve_pronoun("f") is None
    registry.position = 300  # three short dialogue lines later: still in reach
    assert registry.resolve_pronoun("f") is anna


def test_descriptions_resolve_by_title_and_nationality():
    registry = Registry()
    minister = registry.person("Dmytro Kouleba")
    minister.add_role("ministre ukrainien des Affaires étrangères")
    registry.mentioned(minister)
    other = registry.person("Annalena Baerbock")
    other.add_role("ministre allemande")
    registry.mentioned(other)
    assert registry.resolve_description(["ministre", "ukrainien"]) is minister


def test_a_rank_nobody_was_given_is_not_whoever_is_in_focus():
    registry = Registry()
    registry.subject_first = True  # a novel
    valet = registry.person("Laurent")
    registry.mentioned(valet, as_subject=True)
    assert registry.resolve_pronoun("m") is valet
    assert registry.resolve_description(["général"], "m") is None  # « lui cria le général »
    assert registry.resolve_description(["comte"], "m") is None


def test_an_organisation_is_found_again_by_its_type_noun():
    registry = Registry()
    ngo = registry.organisation("La Paix maintenant")
    ngo.titles.add("ong")
    assert registry.typed_organisation("ong") is ngo
    assert registry.typed_organisation("syndicat") is None
    assert registry.typed_organisation("organisation", demonstrative=True) is ngo


def test_vocabulary_lookups():
    assert fold("Élysée’s") == "elysee's"
    assert country_of_place("Kiev") == "Ukraine" and nationality("ukrainienne") == "Ukraine"
    assert first_name_gender("Marie") == "f" and first_name_gender("Jean") == "m"


def test_a_capital_speaks_for_its_country_only_under_its_own_name():
    assert country_of_place("La Haye") == "Pays-Bas" and country_of_place("Le Caire") == "Égypte"
    assert country_of_place("la Vienne") is None  # a river, or a character called so
    assert country_of_place("la France") == "France" and country_of_place("les États-Unis") == "États-Unis"


def test_first_name_gender_from_endings_compounds_and_epicene_names():
    assert first_name_gender("Angèle") == "f" and first_name_gender("Denise") == "f"
    assert first_name_gender("Charlotte") == "f" and first_name_gender("Constance") == "f"
    assert first_name_gender("François-Denys-Bartholomée") == "m"  # the first part decides
    assert first_name_gender("Marie-Thérèse") == "f" and first_name_gender("Jean-Christophe") == "m"
    assert first_name_gender("Claude") == "" and first_name_gender("Dominique") == ""  # either


def test_a_first_name_alone_is_the_one_person_it_begins_but_a_civility_form_is_a_surname():
    assert same_person("Jeanne Morel", "Jeanne")
    assert not same_person("Jeanne Morel", "Mme Jeanne")
    registry = Registry()
    jeanne = registry.person("Jeanne Morel")
    assert registry.person("Jeanne") is jeanne
    registry.person("Jean Dupont")
    registry.person("Jean Martin")
    assert registry.person("Jean").names == ["Jean"]  # two Jeans: neither


def test_a_one_word_name_has_a_gender_only_when_it_is_a_known_first_name():
    registry = Registry()
    assert registry.person("Rachel").gender == "f"
    assert registry.person("Jacques").gender == "m"
    assert registry.person("Bouvard").gender == ""  # a surname's ending says nothing
    assert registry.person("Marie-Aimée").gender == "f"  # a compound: its first part's
    assert registry.person("Jean-Baptiste").gender == "m"
    assert registry.person("Dupont-Aignan").gender == ""
    assert registry.person("Wilhem d'Eyrik").gender == "m"


def test_a_novels_civility_first_name_and_surname_is_who_bears_the_first_name():
    registry = Registry()
    registry.subject_first = True  # a novel
    uncle = registry.person("M. Massereau")
    boy = registry.person("Léopold")
    boy.gender = "m"
    # « Monsieur Léopold Massereau » on a label: the boy, not his uncle, whose first name it is not
    assert registry.person("Monsieur Léopold Massereau") is boy
    assert registry.person("M. Massereau") is uncle
    aunt = registry.person("Mme Massereau")
    assert registry.person("Madame Léopold Massereau") is not boy  # a civility of the other gender
    assert aunt is not uncle
