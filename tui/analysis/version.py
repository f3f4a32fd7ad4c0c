"""The engine's fingerprint, read from its source files without importing them, so that a cache
lookup (reopening an article) costs a few file reads and no engine import."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def engine_version() -> str:
    """A hash of the engine's code and language data: any change to them invalidates cached
    analyses, so a stale analysis is never shown after an upgrade (or an edit)."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):  # the language data in lang/ included
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return f"quotelens-engine-{digest.hexdigest()[:12]}"
