"""Reading positions: where the reader was in each article, to return there on reopening."""

from __future__ import annotations

from pathlib import Path

from tui.store.bookmarks import now
from tui.store.jsonfile import JsonFile, StoreError

SCHEMA = "quotelens.positions/1"
MAX_ARTICLES = 500  # the oldest positions are forgotten past this


class PositionStore:
    def __init__(self, path: Path) -> None:
        self.file = JsonFile(path, SCHEMA, lambda: {"schema": SCHEMA, "positions": {}})

    def get(self, sha256: str, path: str | None) -> int | None:
        """The saved offset for this text, else for this path (the file was edited since)."""
        positions = self.file.read().get("positions", {})
        entry = positions.get(sha256)
        if entry is None and path:
            entry = next((e for e in positions.values() if e.get("path") == path), None)
        try:
            return int(entry["offset"]) if entry else None
        except (KeyError, TypeError, ValueError):
            return None

    def set(self, sha256: str, path: str | None, offset: int) -> bool:
        """Save a position; False (not an exception) when the state dir cannot be written."""
        def change(data):
            positions = data.setdefault("positions", {})
            positions[sha256] = {"offset": offset, "path": path, "updated": now()}
            if len(positions) > MAX_ARTICLES:
                for key in sorted(positions, key=lambda k: positions[k].get("updated", ""))[: len(positions) - MAX_ARTICLES]:
                    del positions[key]

        try:
            self.file.update(change)
            return True
        except StoreError:
            return False
