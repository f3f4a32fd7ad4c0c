"""A place in an article that survives edits: its offsets, and its text to find it again."""

from __future__ import annotations


def locate(text: str, start: int, end: int, snippet: str) -> tuple[int, int] | None:
    """Where `snippet` is in `text` now: at its old offsets if they still hold it, else its
    occurrence nearest to them; None when it is gone."""
    if 0 <= start <= end <= len(text) and text[start:end] == snippet:
        return start, end
    if not snippet:
        return None
    hits = []
    position = text.find(snippet)
    while position != -1 and len(hits) < 50:
        hits.append(position)
        position = text.find(snippet, position + 1)
    if not hits:
        return None
    best = min(hits, key=lambda p: abs(p - start))
    return best, best + len(snippet)
