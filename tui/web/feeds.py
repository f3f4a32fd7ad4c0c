"""RSS and Atom feeds (feedparser): a feed's entries, as the list screen shows them.

A feed given by URL is fetched each time it is opened (the newest entries); when the web fails,
the copy kept from the last fetch serves, marked as such. A feed may also be a local file.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from pathlib import Path

from tui.errors import QuotelensError
from tui.web.fetch import FEED_TYPES, PageCache, fetch, is_url


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    source: str  # the feed's title
    published: float | None = None  # seconds since the epoch, UTC; None when the feed gives no date
    author: str = ""
    summary: str = ""

    @property
    def key(self) -> str:
        """What marks an entry as read: its link."""
        return self.link

    @property
    def date(self) -> str:
        """Local date and time, as the list shows it ("2025-11-04 09:30")."""
        if self.published is None:
            return ""
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.published))


@dataclass
class Feed:
    title: str
    location: str  # URL or file
    entries: list[Entry] = field(default_factory=list)
    stale: str = ""  # when the web failed and the kept copy was used: why


def parse_feed(data: bytes, location: str) -> Feed:
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": location} if is_url(location) else None)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("feed")):
        raise QuotelensError(f"{location}: not an RSS or Atom feed")
    title = _text(parsed.feed.get("title")) or location
    entries = []
    for raw in parsed.entries:
        link = raw.get("link") or _first_link(raw)
        if not link:
            continue
        stamp = raw.get("published_parsed") or raw.get("updated_parsed")
        entries.append(Entry(
            title=_text(raw.get("title")) or link, link=link, source=title,
            published=float(calendar.timegm(stamp)) if stamp else None,
            author=_text(raw.get("author")), summary=_text(raw.get("summary"))[:500],
        ))
    return Feed(title=title, location=location, entries=entries)


def _first_link(raw) -> str:
    for link in raw.get("links", []):
        if link.get("href"):
            return link["href"]
    return ""


def _text(value) -> str:
    return " ".join(str(value or "").split())


def load_feed(location: str, *, cache: PageCache | None = None) -> Feed:
    """A feed from its URL (fetched now; the last copy when offline) or from a file."""
    if not is_url(location):
        path = Path(location).expanduser()
        try:
            return parse_feed(path.read_bytes(), str(path))
        except FileNotFoundError:
            raise QuotelensError(f"{location}: no such file") from None
        except IsADirectoryError:
            raise QuotelensError(f"{location}: is a directory, not a feed") from None
        except OSError as exc:
            raise QuotelensError(f"{location}: cannot read ({exc.strerror or exc})") from None
    cache = cache or PageCache()
    try:
        fetched = fetch(location, accept=FEED_TYPES, what="a feed")
    except QuotelensError as exc:
        kept = cache.get(location)
        if kept is None:
            raise
        feed = parse_feed(kept.body, location)
        feed.stale = f"offline copy of {kept.fetched_at[:16].replace('T', ' ')} ({str(exc).split(': ', 1)[-1]})"
        return feed
    feed = parse_feed(fetched.body, location)  # only a real feed is kept
    cache.put(location, fetched)
    return feed


def merge(feeds: list[Feed]) -> list[Entry]:
    """Every entry of several feeds, newest first, each link once (its newest entry; undated last)."""
    everything = sorted((entry for feed in feeds for entry in feed.entries),
                        key=lambda e: (e.published is None, -(e.published or 0)))
    seen: set[str] = set()
    entries = []
    for entry in everything:
        if entry.link not in seen:
            seen.add(entry.link)
            entries.append(entry)
    return entries
