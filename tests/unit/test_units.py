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


def _shown(text: str, width: int = 40) -> list[tuple[str, str]]:
    """(kind, words) of every line the reader shows, titles included."""
    from tui.app.layout import Layout

    article = parse(text)
    return [(line.kind, line.label or article.text[line.start:line.end].strip())
            for line in Layout(article, width).lines if line.kind != "blank"]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab .«»:\n")), min_size=1, max_size=300), st.integers(10, 50))
def test_the_reader_shows_every_character_of_the_text_once(text, width):
    from tui.app.layout import Layout

    article = parse(text)
    covered = [i for line in Layout(article, width).lines if line.kind in ("text", "heading")
               for i in range(line.start, line.end) if not article.text[i].isspace()]
    expected = [i for p in article.paragraphs for i in range(p.start, p.end) if not article.text[i].isspace()]
    assert covered == expected


def test_a_title_line_on_top_of_the_first_paragraph_leaves_the_paragraph_shown():
    shown = _shown("Grève à la SNCF\nLe trafic sera perturbé jeudi.\n\nLes syndicats ont appelé à manifester.")
    assert shown[0] == ("heading", "Grève à la SNCF")
    assert ("text", "Le trafic sera perturbé jeudi.") in shown


def test_a_headline_ending_with_a_quotation_is_the_title_and_shown_once():
    text = "La maire dénonce « une décision absurde »\n\nLa maire de Tulle a parlé mardi.\n\nLe conseil votera."
    article = parse(text)
    assert article.title == "La maire dénonce « une décision absurde »" and article.title_from_text
    shown = _shown(text, width=80)
    assert [words for _kind, words in shown].count("La maire dénonce « une décision absurde »") == 1
    # a first line that is itself speech is no title
    assert not parse("« Entrez donc ! »\n\nIl entra.").title_from_text
    assert not parse("— Oui, dit-il, j'irai »\n\nIl partit.").title_from_text
