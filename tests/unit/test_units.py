"""Long paragraphs are cut into units for spaCy without losing or moving a character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import engine
from tui.article import parse


def test_long_paragraph_is_cut_at_sentence_starts(monkeypatch):
    monkeypatch.setattr(engine, "MAX_UNIT_CHARS", 100)
    sentence = "Le ministre a parlé longuement de la réforme des retraites. "
    text = sentence * 10 + "x" * 250 + " fin."
    units = engine.units_of(parse(text))
    assert "".join(u.text for u in units) == text.rstrip()
    assert all(len(u.text) <= 100 for u in units)
    assert all(parse(text).text[u.start:u.start + len(u.text)] == u.text for u in units)
    assert units[1].text.startswith("Le ministre")  # cut between sentences


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab .«»\n")), min_size=1, max_size=400), st.integers(5, 60))
def test_units_cover_each_paragraph_exactly(text, limit):
    original = engine.MAX_UNIT_CHARS
    engine.MAX_UNIT_CHARS = limit
    try:
        article = parse(text)
        units = engine.units_of(article)
        for unit in units:
            assert len(unit.text) <= limit
            assert article.text[unit.start:unit.start + len(unit.text)] == unit.text
        joined = "".join(u.text for u in units)
        assert joined == "".join(article.paragraph_text(p) for p in article.paragraphs)
    finally:
        engine.MAX_UNIT_CHARS = original


def test_wrap_keeps_french_quote_marks_and_punctuation_with_their_words():
    from tui.app.layout import wrap

    text = "Le bloc a décidé de créer une nouvelle « mission ». Les modalités restent floues ! Vraiment ?"
    for width in range(12, 60):
        lines = [text[a:b].strip() for a, b in wrap(text, width)]
        assert "".join(text[a:b] for a, b in wrap(text, width)) == text
        for line in lines:
            assert not line.startswith(("»", "!", "?")) and not line.endswith("«")
