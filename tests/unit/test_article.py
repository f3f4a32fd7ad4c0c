"""Loading articles: encodings, metadata, paragraphs, titles, and every kind of bad input."""

from __future__ import annotations

import io

import pytest

from tui import article
from tui.errors import QuotelensError

FRENCH = "L’armée a déclaré que « la situation était très grave » à Kharkiv, été 2024.\n"


def test_sample_is_bundled_and_parsed():
    art = article.load()
    assert art.path is not None and art.path.name == "otan-ukraine-2024-04.txt"
    assert art.metadata == {"date": "2024-04"}
    first = art.paragraphs[0]
    # the metadata prefix is not part of the first paragraph, and offsets point into the text
    assert art.text[first.start:].startswith("Les ministres des Affaires étrangères")
    assert len(art.paragraphs) == 7
    assert art.title.startswith("Les ministres des Affaires étrangères")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_legacy_french_encodings_read_correctly(tmp_path, encoding):
    text = "Le ministre a déclaré : « C'est décidé », à Genève, en été.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    art = article.load(path)
    assert art.text == text
    assert "déclaré" in art.text and "Genève" in art.text


def test_cp1252_specific_characters(tmp_path):
    # ’ and « » and œ exist in cp1252 but not in latin-1: they must come out right
    text = "L’œuvre « célèbre » coûte 5 €.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    assert article.load(path).text == text
    assert article.load(path).encoding == "cp1252"


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    assert article.load(path).text == FRENCH


def test_stdin():
    art = article.load("-", stdin=io.BytesIO(FRENCH.encode("cp1252")))
    assert art.text == FRENCH and art.path is None


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: _write(p / "empty.txt", b""), "empty file"),
        (lambda p: _write(p / "blank.txt", b" \n\n \t\n"), "empty file"),
        (lambda p: _write(p / "bin.dat", bytes(range(256)) * 4), "binary file"),
    ],
)
def test_bad_inputs_raise_one_line_errors(tmp_path, make, message):
    with pytest.raises(QuotelensError) as info:
        article.load(make(tmp_path))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(article, "MAX_BYTES", 1000)
    path = _write(tmp_path / "big.txt", b"mot " * 400)
    with pytest.raises(QuotelensError, match="too large"):
        article.load(path)


def test_paragraphs_split_on_blank_lines_and_keep_offsets():
    text = "Titre court\n\nPremier paragraphe.\nSuite du premier.\n\n  Deuxième paragraphe.  \n"
    art = article.parse(text)
    texts = [art.paragraph_text(p) for p in art.paragraphs]
    assert texts == ["Titre court", "Premier paragraphe.\nSuite du premier.", "Deuxième paragraphe."]
    assert art.title == "Titre court" and art.title_from_text


def test_markdown_heading_and_front_matter():
    text = "---\ntitle: Le sommet\ndate: 2024-05-02\n---\n# Le sommet de l'OTAN\n\nTexte du paragraphe.\n"
    art = article.parse(text)
    assert art.metadata["date"] == "2024-05-02"
    assert art.title == "Le sommet"
    assert art.paragraphs[0].kind == "heading"
    assert art.paragraph_text(art.paragraphs[0]) == "Le sommet de l'OTAN"


def test_every_line_is_a_paragraph_without_blank_lines():
    art = article.parse("Ligne une.\nLigne deux.\nLigne trois.\n")
    assert len(art.paragraphs) == 3


def test_date_prefix_needs_a_date():
    art = article.parse("date limite dépassée, selon le ministre.")
    assert art.metadata == {}
    assert art.paragraph_text(art.paragraphs[0]).startswith("date limite")


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
