"""Why a speaker was chosen: each quote's evidence chain, and the reason when there is none."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def chain(analysis, text_fragment: str) -> list[tuple[str, str]]:
    quote = next(q for q in analysis.quotes if text_fragment in q.text)
    assert quote.speaker is not None, quote.unattributed
    return [(e.text, e.role) for e in quote.speaker.evidence]


def test_a_name_at_the_cue_is_its_own_evidence(analyse_text):
    analysis = analyse_text("« Nous ne céderons pas », a déclaré Hélène Marchal, maire de Roubaix.")
    assert chain(analysis, "céderons") == [("Hélène Marchal", "name")]


def test_a_pronoun_goes_back_through_its_antecedent_to_the_name(analyse_text):
    analysis = analyse_text(
        "Hélène Marchal, maire de Roubaix, a visité l'usine lundi. La maire de Roubaix a salué les "
        "salariés. « Le site restera ouvert », a-t-elle promis.")
    steps = chain(analysis, "restera ouvert")
    assert steps[0] == ("-elle", "mention")
    assert steps[-1] == ("Hélène Marchal", "name")
    # each step goes further back in the article
    quote = next(q for q in analysis.quotes if "restera" in q.text)
    starts = [e.start for e in quote.speaker.evidence]
    assert starts == sorted(starts, reverse=True)


def test_a_description_leads_to_the_name_it_was_resolved_to(analyse_text):
    analysis = analyse_text(
        "Le ministre de l'Agriculture, Paul Deschamps, est arrivé à Rennes. « Les aides seront versées "
        "en mars », a assuré le ministre.")
    assert chain(analysis, "aides seront") == [("le ministre", "mention"), ("Paul Deschamps", "name")]


def test_an_unattributed_quote_says_what_was_missing(analyse_text):
    analysis = analyse_text(
        "Martine Roux et Claire Petit se sont rencontrées mardi. « Nous verrons bien », a-t-elle lâché.")
    quote = next(q for q in analysis.quotes if "verrons" in q.text)
    assert quote.speaker is None
    assert "« elle » has no sure antecedent" in quote.unattributed


def test_evidence_is_in_the_json(analyse_text):
    from tui.analysis.model import Analysis

    analysis = analyse_text("« Nous ne céderons pas », a déclaré Hélène Marchal.")
    again = Analysis.from_json(analysis.to_json())
    assert again.quotes[0].speaker.evidence == analysis.quotes[0].speaker.evidence
    evidence = analysis.to_json()["quotes"][0]["speaker"]["evidence"][0]
    assert evidence["text"] == "Hélène Marchal" and evidence["end"] - evidence["start"] == len("Hélène Marchal")
