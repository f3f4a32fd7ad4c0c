"""Claims exported as CSV and Markdown (from a hand-made analysis: no spaCy)."""

from __future__ import annotations

import csv
import io

from ui_helpers import mini_analysis

from tui.export import to_csv, to_markdown


def test_csv_has_one_row_per_claim_with_speaker_kind_cue_and_checkworthiness():
    analysis = mini_analysis()
    rows = list(csv.DictReader(io.StringIO(to_csv(analysis))))
    assert len(rows) == len(analysis.claims)
    troops = next(r for r in rows if "300 soldats" in r["text"])
    assert troops["speaker"] == "Marc Lenoir" and troops["checkworthy"] == "yes" and "number" in troops["reasons"]
    assert troops["kind"] == "indirect" and troops["cue"] and troops["corrected"] == "no"
    assert any(r["speaker"] == "(unattributed)" for r in rows)


def test_markdown_groups_claims_by_speaker_with_title_source_and_unattributed_last():
    text = to_markdown(mini_analysis(), "Sommet de Bruxelles", "mini.txt")
    assert text.startswith("# Sommet de Bruxelles\n") and "Source: mini.txt" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0].startswith("## Anna Berg") and headings[-1] == "## (unattributed)"
    assert "**[check: number, quantity]**" in text or "**[check: number" in text
