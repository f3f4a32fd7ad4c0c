"""Corrections over an analysis (pure data), in exports, and listed by `quotelens corrections`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import run_cli
from tui import export
from tui.analysis.model import Analysis
from tui.corrections import apply_corrections
from tui.store.corrections import CorrectionStore, new_correction
from tui.store.paths import StorePaths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT = (FIXTURES / "trust.txt").read_text(encoding="utf-8")


def analysis() -> Analysis:
    return Analysis.from_json(json.loads((FIXTURES / "trust_analysis.json").read_text(encoding="utf-8")))


def correction(fragment: str, speaker: str | None, not_speech: bool = False, shift: int = 0):
    quote = next(q for q in analysis().quotes if fragment in q.text)
    return new_correction(article_sha256="x", article_path=None, article_title="Usine de Roubaix",
                          start=quote.start + shift, end=quote.end + shift, text=quote.text,
                          engine_speaker=quote.speaker.name if quote.speaker else None, speaker=speaker,
                          not_speech=not_speech)


def test_a_correction_gives_the_quote_and_its_claim_the_readers_speaker():
    engine = analysis()
    result = apply_corrections(engine, [correction("tiendrons", "Hélène Marchal")], TEXT)
    quote = next(q for q in result.quotes if "tiendrons" in q.text)
    assert (quote.speaker.name, quote.speaker.via, quote.corrected) == ("Hélène Marchal", "corrected", True)
    assert quote.speaker.engine == {"id": "s2", "name": "Paul Deschamps", "via": "description"}
    assert next(c for c in result.claims if quote.id in c.quotes).speaker == quote.speaker.id
    # the engine's analysis is left as it was
    assert next(q for q in engine.quotes if "tiendrons" in q.text).speaker.name == "Paul Deschamps"


def test_a_new_name_becomes_a_speaker_and_not_speech_leaves_quotes_and_claims():
    result = apply_corrections(analysis(), [correction("verrons", "Claire Petit"),
                                            correction("restera", None, not_speech=True)], TEXT)
    assert result.speakers[-1].name == "Claire Petit" and result.speakers[-1].id == "u1"
    assert all("restera" not in q.text for q in result.quotes)
    assert all("restera" not in c.text for c in result.claims)


def test_a_correction_is_found_again_after_a_small_edit():
    edited = "Note de la rédaction.\n\n" + TEXT
    moved = analysis()
    shift = len("Note de la rédaction.\n\n")
    for quote in moved.quotes:
        quote.start += shift
        quote.end += shift
    result = apply_corrections(moved, [correction("verrons", "Claire Petit")], edited)
    assert next(q for q in result.quotes if "verrons" in q.text).speaker.name == "Claire Petit"


def test_exports_mark_corrected_claims():
    result = apply_corrections(analysis(), [correction("verrons", "Claire Petit")], TEXT)
    rows = list(csv.DictReader(io.StringIO(export.to_csv(result))))
    assert [(r["speaker"], r["corrected"]) for r in rows if "verrons" in r["text"]] == [("Claire Petit", "yes")]
    assert {r["corrected"] for r in rows if "verrons" not in r["text"]} == {"no"}
    assert "Nous verrons bien (direct, « a-t-elle lâché ») *(speaker corrected by the reader)*" in \
        export.to_markdown(result, "Usine de Roubaix", "trust.txt")


def test_the_corrections_command_lists_them_as_json_and_csv(tmp_path):
    store = CorrectionStore(StorePaths.resolve(tmp_path).corrections_file)
    store.put(correction("verrons", "Claire Petit"))
    store.put(correction("restera", None, not_speech=True))
    listed = json.loads(run_cli("corrections", "--format", "json", "--config-dir", str(tmp_path)).stdout)
    assert [(r["quote"], r["engine_speaker"], r["corrected_speaker"], r["not_reported_speech"]) for r in listed] == [
        ("Nous verrons bien", "", "Claire Petit", False), ("Le site restera ouvert", "Hélène Marchal", "", True)]
    rows = list(csv.DictReader(io.StringIO(run_cli("corrections", "--format", "csv", "--config-dir",
                                                   str(tmp_path)).stdout.decode())))
    assert [r["not_reported_speech"] for r in rows] == ["no", "yes"] and rows[0]["article"] == "Usine de Roubaix"


def test_a_damaged_corrections_file_is_kept_aside(tmp_path):
    (tmp_path / "corrections.json").write_text("[broken")
    out = run_cli("corrections", "--config-dir", str(tmp_path))
    assert out.returncode == 0 and b"set aside" in out.stderr
    assert next(tmp_path.glob("corrections.json.corrupt-*")).read_text() == "[broken"

