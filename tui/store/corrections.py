"""The reader's corrections of attributions, kept per article in `corrections.json` (config dir)
with the guarantees of every store file (`jsonfile`): atomic writes, two readers merge, a
damaged file set aside, read-only with a message when the directory cannot be written.

A correction is anchored like a bookmark: the article's content hash (or its path or URL) and
the quote's text and offsets, so that it is found again after a small edit of the article.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tui.store.anchor import locate
from tui.store.jsonfile import GuardedFile, JsonFile

SCHEMA = "quotelens.corrections/1"


@dataclass
class Correction:
    id: str
    article_sha256: str
    article_path: str | None
    article_title: str
    start: int
    end: int
    text: str  # the quote's text, to find it again
    engine_speaker: str | None  # the engine's choice when the correction was made
    speaker: str | None  # the corrected speaker's name; None when the passage is not reported speech
    not_speech: bool = False
    created: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Correction":
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def locate(self, text: str) -> tuple[int, int] | None:
        return locate(text, self.start, self.end, self.text)

    def as_row(self) -> dict[str, Any]:
        """What `quotelens corrections` lists, one key per column of `ROW_COLUMNS`."""
        return {"article": self.article_title, "article_path": self.article_path or "",
                "article_sha256": self.article_sha256, "quote": self.text, "start": self.start, "end": self.end,
                "engine_speaker": self.engine_speaker or "",
                "corrected_speaker": "" if self.not_speech else (self.speaker or ""),
                "not_reported_speech": self.not_speech, "date": self.created}


ROW_COLUMNS = ("article", "article_path", "article_sha256", "quote", "start", "end", "engine_speaker",
               "corrected_speaker", "not_reported_speech", "date")


def new_correction(**fields: Any) -> Correction:
    stamp = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    return Correction(id=uuid.uuid4().hex[:12], created=stamp, **fields)


class CorrectionStore:
    def __init__(self, path: Path) -> None:
        self.file = JsonFile(path, SCHEMA, lambda: {"schema": SCHEMA, "corrections": []})
        self._guard = GuardedFile(self.file, "corrections")

    @property
    def warnings(self) -> list[str]:
        return self.file.warnings

    def all(self) -> list[Correction]:
        out = []
        for raw in self.file.read().get("corrections", []):
            try:
                out.append(Correction.from_json(raw))
            except (TypeError, KeyError):
                continue
        return out

    def for_article(self, sha256: str, location: str | None) -> list[Correction]:
        return [c for c in self.all() if c.article_sha256 == sha256 or (location and c.article_path == location)]

    def put(self, correction: Correction) -> None:
        """Add, replacing an earlier correction of the same quote."""
        def change(data: dict[str, Any]) -> None:
            kept = [raw for raw in data.get("corrections", [])
                    if not _same(raw, correction)]
            kept.append(asdict(correction))
            data["corrections"] = kept

        self._change(change)

    def reset(self, correction: Correction) -> None:
        """Forget the corrections of this quote: the engine's choice again."""
        def change(data: dict[str, Any]) -> None:
            data["corrections"] = [raw for raw in data.get("corrections", []) if not _same(raw, correction)]

        self._change(change)

    @property
    def read_only_reason(self) -> str | None:
        return self._guard.read_only_reason

    def _change(self, change) -> None:
        self._guard.change(change)


def _same(raw: dict[str, Any], correction: Correction) -> bool:
    return (raw.get("article_sha256") == correction.article_sha256 and raw.get("start") == correction.start
            and raw.get("text") == correction.text)
