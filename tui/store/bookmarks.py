"""Bookmarks: places in articles, with a note, anchored to survive edits and new analyses.

A bookmark keeps the article's identity (content hash and path) and its place: the quote id,
the quoted text and its offsets. When the offsets no longer hold that text (the article was
edited, the engine changed), the place is found again by its text.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tui.store.anchor import locate
from tui.store.jsonfile import GuardedFile, JsonFile

SCHEMA = "quotelens.bookmarks/1"
SNIPPET_CHARS = 240


@dataclass
class Bookmark:
    id: str
    article_sha256: str
    article_path: str | None
    article_title: str
    start: int
    end: int
    text: str  # the anchored text (a quote, or the start of a paragraph)
    kind: str = "paragraph"  # quote or paragraph
    quote_id: str | None = None
    speaker: str | None = None
    note: str = ""
    created: str = ""
    updated: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Bookmark":
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def locate(self, text: str) -> tuple[int, int] | None:
        """Where the bookmarked place is in this text now, or None when it is gone."""
        return locate(text, self.start, self.end, self.text)


def now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def new_bookmark(**fields: Any) -> Bookmark:
    stamp = now()
    text = fields.pop("text")
    end = fields.pop("end")
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS]
        end = fields["start"] + SNIPPET_CHARS
    return Bookmark(id=uuid.uuid4().hex[:12], text=text, end=end, created=stamp, updated=stamp, **fields)


class BookmarkStore:
    """All bookmarks of all articles, in one human-readable JSON file."""

    def __init__(self, path: Path) -> None:
        self.file = JsonFile(path, SCHEMA, lambda: {"schema": SCHEMA, "bookmarks": []})
        self._guard = GuardedFile(self.file, "bookmarks")

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def warnings(self) -> list[str]:
        return self.file.warnings

    def all(self) -> list[Bookmark]:
        data = self.file.read()
        out = []
        for raw in data.get("bookmarks", []):
            try:
                out.append(Bookmark.from_json(raw))
            except (TypeError, KeyError):
                continue  # one bad entry does not hide the others
        return out

    def add(self, bookmark: Bookmark) -> None:
        self._change(lambda data: data.setdefault("bookmarks", []).append(asdict(bookmark)))

    def delete(self, bookmark_id: str) -> None:
        def change(data: dict[str, Any]) -> None:
            data["bookmarks"] = [b for b in data.get("bookmarks", []) if b.get("id") != bookmark_id]

        self._change(change)

    def set_note(self, bookmark_id: str, note: str) -> None:
        def change(data: dict[str, Any]) -> None:
            for raw in data.get("bookmarks", []):
                if raw.get("id") == bookmark_id:
                    raw["note"] = note
                    raw["updated"] = now()

        self._change(change)

    @property
    def read_only_reason(self) -> str | None:
        return self._guard.read_only_reason

    def _change(self, change) -> None:
        self._guard.change(change)
