"""Finding text in the article: case- and accent-insensitive, offsets into the original text."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1] or char
    lowered = base.lower()
    folded = lowered if len(lowered) == 1 else base
    return {"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"'}.get(folded, folded)


def fold_text(text: str) -> str:
    """A same-length copy of the text for matching: « Élysée » and « elysee » fold alike."""
    table = {ord(c): _fold_char(c) for c in set(text)}
    return text.translate(table)


class Searcher:
    def __init__(self, text: str) -> None:
        self._folded: str | None = None
        self.text = text

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_text(self.text)
        return self._folded

    def find_all(self, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
        needle = fold_text(query.strip())
        if not needle:
            return []
        found = []
        position = self.folded.find(needle)
        while position != -1 and len(found) < limit:
            found.append((position, position + len(needle)))
            position = self.folded.find(needle, position + 1)
        return found


def next_match(matches: list[tuple[int, int]], offset: int, forward: bool = True) -> int | None:
    """The index of the first match after (or last before) a text offset, wrapping around."""
    if not matches:
        return None
    starts = [m[0] for m in matches]
    if forward:
        i = bisect_right(starts, offset)
        return i % len(matches)
    i = bisect_right(starts, offset - 1) - 1
    return i % len(matches)
