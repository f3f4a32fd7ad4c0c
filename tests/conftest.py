"""Shared fixtures. The spaCy model is loaded once per test run (session fixture), and no test
touches the real user directories: cache and config go to a temporary directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# before anything imports tui: keep the user's real cache and config out of every test
_SANDBOX = Path(tempfile.mkdtemp(prefix="quotelens-tests-"))
os.environ["QUOTELENS_CACHE_DIR"] = str(_SANDBOX / "cache")
os.environ["QUOTELENS_CONFIG_DIR"] = str(_SANDBOX / "config")
os.environ.pop("NO_COLOR", None)


@pytest.fixture(scope="session")
def nlp():
    from tui.analysis.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse a French text with the real model: `analyse_text("…")` -> Analysis."""
    from tui.analysis.engine import analyse
    from tui.article import parse

    def run(text: str):
        return analyse(parse(text), nlp)

    return run


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A private config and cache dir for one test."""
    monkeypatch.setenv("QUOTELENS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("QUOTELENS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
    import subprocess

    return subprocess.run([sys.executable, "-m", "tui", *args], input=stdin, capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture(scope="session")
def web_server():
    """The local web server of `web_server.py` (127.0.0.1 only), for the whole run."""
    from web_server import WebServer

    with WebServer() as server:
        yield server


@pytest.fixture
def offline_web(web_server, sandbox, monkeypatch):
    """The local server, a private page cache, a short timeout, and no proxy for 127.0.0.1."""
    monkeypatch.setenv("QUOTELENS_HTTP_TIMEOUT", "1")
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    return web_server
