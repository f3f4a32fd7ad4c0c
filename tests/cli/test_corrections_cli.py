"""`quotelens analyze` shows the reader's corrections, as every export does (real model)."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import run_cli
from tui.store.corrections import CorrectionStore
from tui.store.paths import StorePaths
from unit.test_corrections import FIXTURES, correction



@pytest.mark.spacy
def test_analyze_applies_the_readers_corrections_unless_engine_only(tmp_path):
    from tui import article as article_module

    trust = article_module.load(FIXTURES / "trust.txt")
    fix = correction("verrons", "Claire Petit")
    fix.article_sha256 = trust.sha256
    CorrectionStore(StorePaths.resolve(tmp_path).corrections_file).put(fix)
    out = run_cli("analyze", str(FIXTURES / "trust.txt"), "--format", "csv", "--config-dir", str(tmp_path))
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert [(r["speaker"], r["corrected"]) for r in rows if "verrons" in r["text"]] == [("Claire Petit", "yes")]
    engine = run_cli("analyze", str(FIXTURES / "trust.txt"), "--format", "csv", "--engine-only",
                     "--config-dir", str(tmp_path))
    rows = list(csv.DictReader(io.StringIO(engine.stdout.decode())))
    assert [(r["speaker"], r["corrected"]) for r in rows if "verrons" in r["text"]] == [("(unattributed)", "no")]
