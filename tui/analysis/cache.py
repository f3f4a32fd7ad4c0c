"""Content-addressed analysis cache in the user cache dir.

The key is a hash of the text, the model name and version, and the engine version; reading a
cached analysis never imports spaCy.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir

from tui.analysis.model import SCHEMA, Analysis
from tui.analysis.nlp import model_id
from tui.analysis.version import engine_version

ENV_CACHE_DIR = "QUOTELENS_CACHE_DIR"


def cache_dir() -> Path:
    override = os.environ.get(ENV_CACHE_DIR)
    return Path(override) if override else Path(user_cache_dir("quotelens")) / "analyses"


def cache_key(text: str) -> str:
    digest = hashlib.sha256()
    for part in (SCHEMA, engine_version(), model_id(), text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def entry_path(text: str) -> Path:
    """Where the analysis of this text is (or would be) cached."""
    return cache_dir() / f"{cache_key(text)}.json"


def load(text: str, path: str | None = None) -> Analysis | None:
    """The cached analysis of this text, or None (a damaged entry counts as a miss)."""
    file = entry_path(text)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        analysis = Analysis.from_json(data)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not analysis.complete:
        return None
    analysis.source["path"] = path  # the same text may be opened from another place
    return analysis


def store(text: str, analysis: Analysis) -> None:
    """Write atomically; a cache that cannot be written is silently skipped."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(analysis.to_json(), handle, ensure_ascii=False)
        os.replace(tmp, directory / f"{cache_key(text)}.json")
    except OSError:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
