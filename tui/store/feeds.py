"""The user's feed subscriptions (config dir, `feeds.json`) and which entries were read
(state dir, `read.json`), with the guarantees of every store file (`jsonfile`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tui.store.jsonfile import JsonFile, StoreError

SUBSCRIPTIONS_SCHEMA = "quotelens.feeds/1"
READ_SCHEMA = "quotelens.read/1"
MAX_READ_MARKS = 5_000  # the oldest marks go first; a feed keeps its last few dozen entries anyway


@dataclass(frozen=True)
class Subscription:
    url: str
    title: str
    added: str


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


class Subscriptions:
    def __init__(self, path: Path) -> None:
        self.file = JsonFile(path, SUBSCRIPTIONS_SCHEMA, lambda: {"schema": SUBSCRIPTIONS_SCHEMA, "feeds": []})

    @property
    def warnings(self) -> list[str]:
        return self.file.warnings

    def all(self) -> list[Subscription]:
        out = []
        for raw in self.file.read().get("feeds", []):
            try:
                out.append(Subscription(url=str(raw["url"]), title=str(raw.get("title", "")),
                                        added=str(raw.get("added", ""))))
            except (TypeError, KeyError):
                continue
        return out

    def add(self, url: str, title: str) -> bool:
        """Subscribe; False when already subscribed (its title is refreshed)."""
        added = True

        def change(data: dict[str, Any]) -> None:
            nonlocal added
            feeds = data.setdefault("feeds", [])
            for raw in feeds:
                if raw.get("url") == url:
                    raw["title"] = title
                    added = False
                    return
            feeds.append({"url": url, "title": title, "added": _now()})

        self.file.update(change)
        return added

    def remove(self, url: str) -> bool:
        """Unsubscribe; False when it was not subscribed."""
        removed = False

        def change(data: dict[str, Any]) -> None:
            nonlocal removed
            feeds = data.get("feeds", [])
            kept = [raw for raw in feeds if raw.get("url") != url]
            removed = len(kept) != len(feeds)
            data["feeds"] = kept

        self.file.update(change)
        return removed


class ReadMarks:
    """Links of the entries opened, newest last."""

    def __init__(self, path: Path) -> None:
        self.file = JsonFile(path, READ_SCHEMA, lambda: {"schema": READ_SCHEMA, "read": {}})

    def all(self) -> set[str]:
        read = self.file.read().get("read", {})
        return set(read) if isinstance(read, dict) else set()

    def mark(self, key: str) -> None:
        """Remember an entry as read; a store that cannot be written only loses the mark."""
        def change(data: dict[str, Any]) -> None:
            read = data.get("read")
            read = read if isinstance(read, dict) else {}
            read[key] = _now()
            if len(read) > MAX_READ_MARKS:
                read = dict(sorted(read.items(), key=lambda item: item[1])[-MAX_READ_MARKS:])
            data["read"] = read

        try:
            self.file.update(change)
        except StoreError:
            pass
