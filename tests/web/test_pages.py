"""Saved web pages: the article's text and metadata come out of the HTML; the rest stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import article as article_module
from tui.cli import main
from tui.errors import QuotelensError
from tui.web.html import extract, looks_like_html

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "web"


def test_the_article_text_is_kept_and_the_page_furniture_dropped():
    page = extract((PAGES / "article.html").read_bytes())
    text = page.text
    assert "Nous avons tenu les délais malgré la pluie" in text
    assert "3 000 familles" in text
    # menus, banner, share buttons, newsletter, related links and comments are not the article
    for furniture in ("cookies", "Partager", "newsletter", "À lire aussi", "On n'avait jamais vu ça",
                      "jeté à la mer", "Bravo aux dockers", "Mentions légales", "Accueil"):
        assert furniture not in text, furniture


def test_metadata_title_author_date_site():
    page = extract((PAGES / "article.html").read_bytes(), url="https://exemple.fr/brest")
    assert page.metadata == {"title": "Le port de Brest se prépare à l'hiver", "author": "Claire Morvan",
                             "date": "2025-11-03", "site": "Le Quotidien de l'Ouest",
                             "url": "https://exemple.fr/brest"}


def test_paragraphs_and_headings_survive_as_the_reader_shows_them():
    article = article_module.load(PAGES / "article.html")
    kinds = [(p.kind, article.paragraph_text(p)[:25]) for p in article.paragraphs]
    assert kinds[0] == ("heading", "Le port de Brest se prépa")
    assert ("heading", "Des inquiétudes demeurent") in kinds
    assert len([k for k, _ in kinds if k == "text"]) == 5
    assert article.title == "Le port de Brest se prépare à l'hiver"
    assert article.byline == "2025-11-03 · Claire Morvan · Le Quotidien de l'Ouest"


def test_a_legacy_encoding_declared_in_the_page_comes_out_right():
    article = article_module.load(PAGES / "second.html")
    assert "Grève à la SNCF" in article.title
    assert "« La direction ne nous a rien proposé de sérieux »" in article.text


def test_html_is_recognised_by_its_content_not_its_name(tmp_path):
    disguised = tmp_path / "page.txt"
    disguised.write_bytes((PAGES / "article.html").read_bytes())
    assert article_module.load(disguised).title == "Le port de Brest se prépare à l'hiver"
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("« Le texte <b> n'est pas du HTML », dit-il.".encode())
    assert not looks_like_html(b"Un article ordinaire.\n\nAvec < et > dedans.")


def test_list_items_do_not_become_dialogue_lines():
    html = ("<html><body><article><h1>Titre</h1><p>" + "Un paragraphe assez long pour compter. " * 6 +
            "</p><ul><li>premier point</li><li>second point</li></ul></article></body></html>")
    page = extract(html)
    assert "• premier point" in page.text and "- premier" not in page.text


def test_a_page_without_an_article_is_one_clear_error():
    with pytest.raises(QuotelensError, match="no article text found"):
        article_module.load(PAGES / "paywall.html")


def test_cli_on_a_paywalled_page_says_so_in_one_line(capsys):
    assert main(["analyze", str(PAGES / "paywall.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "paywall.html: no article text found" in err
