"""Narrative and dialogue mechanisms (issue 11), each on French written for the test: long
quotations over several paragraphs, vocatives, introductions before a paragraph. They run the
real model, loaded once per test run."""

from __future__ import annotations

import pytest

from test_engine_rules import speaker_of

pytestmark = pytest.mark.spacy


def test_a_quotation_reopened_at_each_paragraph_is_one_quotation_of_one_speaker(analyse_text):
    a = analyse_text("Le capitaine Morel regarda la mer. Il dit enfin : « Je vois bien que vous êtes fatigués.\n\n"
                     "« Nous partirons demain à l'aube. Personne ne restera ici.\n\n"
                     "« Voilà tout. »\n\nLes marins se turent.")
    assert len(a.quotes) == 1
    quote = a.quotes[0]
    assert quote.text.startswith("Je vois bien") and quote.text.endswith("Voilà tout")
    assert speaker_of(a, "Je vois bien") == "Morel"


def test_the_incise_of_the_last_paragraph_names_the_speaker_of_the_whole_quotation(analyse_text):
    a = analyse_text("La salle attendait.\n\n« Mes amis, la récolte a été mauvaise.\n\n"
                     "« Il faudra tenir jusqu'au printemps, conclut Jeanne Vidal. »")
    assert len(a.quotes) == 1
    assert speaker_of(a, "Mes amis") == "Jeanne Vidal"


def test_words_inside_a_long_open_quotation_are_no_cue(analyse_text):
    a = analyse_text("Le notaire commença : « Mon client m'a affirmé qu'il ne vendrait jamais. "
                     "Sa sœur a déclaré qu'elle le ferait.\n\n« Voilà où nous en sommes. »")
    assert [q.kind for q in a.quotes] == ["direct"]
    assert a.quotes[0].text.endswith("où nous en sommes")


def test_a_paragraph_ending_with_a_colon_introduces_the_quotation_opening_the_next(analyse_text):
    a = analyse_text("Paul Girard se pencha vers son voisin et reprit à voix basse :\n\n"
                     "« Je ne signerai rien avant lundi. »")
    assert speaker_of(a, "Je ne signerai rien") == "Paul Girard"


def test_a_vocative_calls_someone_and_names_no_speaker(analyse_text):
    a = analyse_text("Paul entra dans la cuisine.\n\n— Ohé, madame Durand ! Vous voilà enfin.\n\nElle ne répondit pas.")
    assert speaker_of(a, "Vous voilà enfin") != "Durand"
    b = analyse_text("Il traversa la place. « Bonjour, monsieur Lenoir ! Quel froid ce matin. »")
    assert speaker_of(b, "Quel froid") != "Lenoir"
    assert "Lenoir" not in [s.name for s in b.speakers]
