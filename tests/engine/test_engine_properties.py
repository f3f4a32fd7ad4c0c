"""The engine never crashes and keeps every span inside the text, whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.spacy

WORDS = ["Le", "ministre", "a", "déclaré", "que", "«", "»", "“", "”", '"', ",", ".", "Jean", "Dupont",
         "a-t-il", "ajouté", "selon", "Kiev", "dit", ":", "\n\n", "elle", "Ж", "漢字", "مرحبا", "—", "d’après",
         "l’OTAN", "R.", "Sikorski", "1.500", "!", "?", "…", "(", ")", "il", "n’a", "pas", "dit"]


def check(analysis, text):
    for item in [*analysis.quotes, *analysis.entities, *analysis.claims, *analysis.mentions]:
        assert 0 <= item.start <= item.end <= len(text)
    for quote in analysis.quotes:
        assert text[quote.start:quote.end] == quote.text
        if quote.cue:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
    for entity in analysis.entities:
        assert text[entity.start:entity.end] == entity.text
    ids = {s.id for s in analysis.speakers}
    assert all(q.speaker is None or q.speaker.id in ids for q in analysis.quotes)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_engine_on_word_salad(analyse_text, words):
    text = " ".join(words) or "x"
    if not text.strip():
        return
    check(analyse_text(text), text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300))
def test_engine_on_arbitrary_unicode(analyse_text, text):
    if not text.strip():
        return
    check(analyse_text(text), text)


def test_engine_on_sample_spans_are_exact(analyse_text):
    from tui.article import load

    text = load().text
    check(analyse_text(text), text)
