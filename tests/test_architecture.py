"""The seams the design depends on: the engine knows nothing of Textual, and the reader never
loads spaCy in its own process (its French tokenizer would freeze the event loop for seconds)."""

from __future__ import annotations

import subprocess
import sys


def imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return set(out.stdout.split())


def test_engine_does_not_import_textual():
    modules = imported_after("import tui.analysis, tui.analysis.engine, tui.analysis.worker, tui.analysis.cache")
    assert "textual" not in modules


def test_reader_does_not_import_spacy():
    modules = imported_after("import tui.app.reader, tui.cli")
    assert "spacy" not in modules and "thinc" not in modules
