"""`quotelens bookmarks`: the bookmarks on the command line, as text, JSON or Markdown."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TextIO

from tui.store.bookmarks import Bookmark, BookmarkStore
from tui.store.paths import StorePaths


def print_bookmarks(paths: StorePaths, fmt: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    store = BookmarkStore(paths.bookmarks_file)
    bookmarks = sorted(store.all(), key=lambda b: (b.article_title, b.start))
    for warning in store.warnings:
        print(f"quotelens: {warning}", file=sys.stderr)
    if fmt == "json":
        json.dump({"schema": "quotelens.bookmarks/1", "file": str(paths.bookmarks_file),
                   "bookmarks": [asdict(b) for b in bookmarks]}, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "markdown":
        out.write(to_markdown(bookmarks))
    else:
        if not bookmarks:
            out.write(f"No bookmarks yet ({paths.bookmarks_file}).\n")
        for b in bookmarks:
            who = f" — {b.speaker}" if b.speaker else ""
            note = f" [{b.note}]" if b.note else ""
            out.write(f"{b.article_title}{who}{note}: “{_short(b.text)}” ({b.created[:10]})\n")


def to_markdown(bookmarks: list[Bookmark]) -> str:
    lines = ["# quotelens bookmarks", ""]
    current = None
    for b in bookmarks:
        if b.article_title != current:
            current = b.article_title
            lines += [f"## {current}", ""]
            if b.article_path:
                lines += [f"`{b.article_path}`", ""]
        who = f"**{b.speaker}**: " if b.speaker else ""
        lines.append(f"- {who}“{_short(b.text, 300)}”" + (f" — _{b.note}_" if b.note else "") + f" ({b.created[:10]})")
    if not bookmarks:
        lines.append("_No bookmarks yet._")
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
