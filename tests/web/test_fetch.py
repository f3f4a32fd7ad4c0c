"""Articles by URL, against a server on 127.0.0.1: redirects, the offline copy, and one clear
line for every failure (DNS, refused, timeout, HTTP errors, not HTML, no article)."""

from __future__ import annotations

import json
import socket

import pytest

from conftest import run_cli
from tui import article as article_module
from tui.cli import main
from tui.errors import QuotelensError
from web_server import closed_port_url


def test_a_url_opens_as_its_article(offline_web):
    article = article_module.load(offline_web.url("/article.html"))
    assert article.title == "Le port de Brest se prépare à l'hiver"
    assert article.url == offline_web.url("/article.html")
    assert article.metadata["site"] == "Le Quotidien de l'Ouest"
    assert "Nous avons tenu les délais" in article.text and "Bravo aux dockers" not in article.text
    assert "quotelens" in offline_web.headers[-1]["User-Agent"]


def test_redirects_are_followed(offline_web):
    article = article_module.load(offline_web.url("/redirect"))
    assert "Yannick Le Gall" in article.text


def test_a_page_read_once_opens_again_offline(offline_web):
    url = offline_web.url("/second.html")
    first = article_module.load(url)
    asked = len(offline_web.requests)
    again = article_module.load(url)  # from the page cache: the server is not asked
    assert again.text == first.text and len(offline_web.requests) == asked
    offline_web.routes["/second.html"] = offline_web.routes["/broken"]
    try:
        refreshed = article_module.load(url, refresh=True)  # the web fails: the kept copy serves
    finally:
        del offline_web.routes["/second.html"]
    assert refreshed.text == first.text and len(offline_web.requests) == asked + 1


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP error 404 Not Found"),
    ("/broken", "HTTP error 500 Internal Server Error"),
    ("/slow", "no answer after 1 s (timed out)"),
    ("/image.png", "not an HTML page (the server sent image/png)"),
    ("/paywall.html", "no article text found"),
])
def test_each_failure_is_one_line_and_a_non_zero_exit(offline_web, capsys, path, message):
    url = offline_web.url(path)
    assert main(["analyze", url]) == 1
    err = capsys.readouterr().err
    assert err == f"quotelens: {url}: " + err.split(": ", 2)[2] and err.count("\n") == 1
    assert message in err


def test_a_refused_connection(offline_web, capsys):
    url = closed_port_url()
    assert main(["analyze", url]) == 1
    assert capsys.readouterr().err.strip() == f"quotelens: {url}: connection refused"


def test_an_unknown_host(offline_web, monkeypatch, capsys):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert main(["analyze", "https://journal.invalid/article"]) == 1
    assert capsys.readouterr().err.strip() == \
        "quotelens: https://journal.invalid/article: host not found (DNS lookup failed)"


def test_the_environment_proxy_is_used(offline_web, monkeypatch):
    monkeypatch.setenv("http_proxy", offline_web.base)
    monkeypatch.delenv("no_proxy")
    monkeypatch.delenv("NO_PROXY")
    with pytest.raises(QuotelensError, match="HTTP error 404"):
        article_module.load("http://journal.invalid/missing")
    article = article_module.load("http://journal.invalid/article.html")
    assert article.metadata["site"] == "Le Quotidien de l'Ouest"
    assert offline_web.proxied[-1] == "http://journal.invalid/article.html"


def test_a_foreign_page_is_reported_not_attributed(offline_web):
    out = run_cli("analyze", offline_web.url("/english.html"), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "en" and data["quotes"] == [] and data["speakers"] == []
    text = run_cli("analyze", offline_web.url("/english.html"))
    assert "Not French (English)" in text.stdout.decode()


@pytest.mark.spacy
def test_analyze_a_url_end_to_end(offline_web):
    out = run_cli("analyze", offline_web.url("/article.html"), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["source"]["url"] == offline_web.url("/article.html")
    assert data["source"]["site"] == "Le Quotidien de l'Ouest" and data["source"]["author"] == "Claire Morvan"
    text = article_module.load(offline_web.url("/article.html")).text
    by_text = {text[q["start"]:q["end"]]: (q["speaker"] or {}).get("name") for q in data["quotes"]}
    assert by_text["Nous avons tenu les délais malgré la pluie"] == "Yannick Le Gall"
    assert by_text["C'est une bonne nouvelle pour l'emploi local"] == "Sophie Kerléo"
