"""Fetching a page or a feed over HTTP(S), with one clear line for every way it can fail.

The standard library's urllib does what is needed here: redirects, the environment's proxy
variables (http_proxy, https_proxy, no_proxy), a timeout, TLS with the system's certificates.
Fetched pages are kept in the cache directory (`PageCache`) so that an article opened once opens
again offline and at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import ssl
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tui import __version__
from tui.errors import QuotelensError

TIMEOUT = 15.0  # seconds without an answer before giving up (env QUOTELENS_HTTP_TIMEOUT)
MAX_BYTES = 32 * 1024 * 1024
USER_AGENT = f"Mozilla/5.0 (compatible; quotelens/{__version__}; terminal news reader)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


@dataclass
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str
    fetched_at: str  # ISO date and time, UTC
    from_cache: bool = False


def default_timeout() -> float:
    try:
        return float(os.environ.get("QUOTELENS_HTTP_TIMEOUT", TIMEOUT))
    except ValueError:
        return TIMEOUT


def fetch(url: str, *, timeout: float | None = None, accept: tuple[str, ...] = HTML_TYPES,
          what: str = "an HTML page") -> Fetched:
    """GET the URL; any failure is a QuotelensError whose message says which failure it was."""
    timeout = default_timeout() if timeout is None else timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": ", ".join(accept) + ", */*;q=0.5",
        "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5",
    })
    try:
        # a new opener each time reads the proxy variables as they are now (urlopen's is cached)
        with urllib.request.build_opener().open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if not _accepted(content_type, accept):
                raise QuotelensError(f"{url}: not {what} (the server sent {content_type})")
            body = response.read(MAX_BYTES + 1)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise QuotelensError(f"{url}: HTTP error {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise QuotelensError(f"{url}: no answer after {timeout:g} s (timed out)") from None
        raise QuotelensError(f"{url}: {_reason(exc.reason)}") from None
    except (TimeoutError, socket.timeout):
        raise QuotelensError(f"{url}: no answer after {timeout:g} s (timed out)") from None
    except (ConnectionError, OSError) as exc:  # a reset or a cut while reading the body
        raise QuotelensError(f"{url}: {_reason(exc)}") from None
    except ValueError as exc:  # a malformed URL
        raise QuotelensError(f"{url}: not a valid address ({exc})") from None
    if len(body) > MAX_BYTES:
        raise QuotelensError(f"{url}: page too large (the limit is {MAX_BYTES // 2**20} MiB)")
    return Fetched(url=final_url, body=body, content_type=content_type,
                   fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _accepted(content_type: str, accept: tuple[str, ...]) -> bool:
    # servers often send feeds as text/html or text/plain, and pages as application/octet-stream:
    # only types that are certainly something else are refused
    if content_type in accept:
        return True
    refused = ("image/", "video/", "audio/", "font/", "application/pdf", "application/zip",
               "application/json", "application/javascript", "text/css", "text/csv")
    return not content_type.startswith(refused)


def _reason(reason: object) -> str:
    """The failure in words: DNS, refused, timed out, TLS, or what the system said."""
    if isinstance(reason, socket.gaierror):
        return "host not found (DNS lookup failed)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer (timed out)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(reason, OSError):
        return f"network error ({reason.strerror or reason})"
    return f"network error ({reason})"


class PageCache:
    """Fetched pages, one file per URL (and one beside it for where it came from and when)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_cache_dir()

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.directory / f"{key}.body", self.directory / f"{key}.json"

    def get(self, url: str) -> Fetched | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            return Fetched(url=meta["url"], body=body, content_type=meta["content_type"],
                           fetched_at=meta["fetched_at"], from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, requested: str, fetched: Fetched) -> None:
        """Kept atomically; a cache that cannot be written is skipped (the page was read anyway)."""
        body_path, meta_path = self._paths(requested)
        meta = {"url": fetched.url, "content_type": fetched.content_type, "fetched_at": fetched.fetched_at}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomic(body_path, fetched.body)
            _write_atomic(meta_path, json.dumps(meta).encode("utf-8"))
        except OSError:
            pass


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def default_cache_dir() -> Path:
    override = os.environ.get("QUOTELENS_CACHE_DIR")
    if override:
        return Path(override) / "pages"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quotelens")) / "pages"


def fetch_cached(url: str, *, refresh: bool = False, cache: PageCache | None = None,
                 timeout: float | None = None) -> Fetched:
    """The page from the cache when it was fetched before (offline, instant), else from the web.

    With `refresh`, the web first; when the web fails, the cached copy still serves.
    """
    cache = cache or PageCache()
    cached = cache.get(url)
    if cached is not None and not refresh:
        return cached
    try:
        fetched = fetch(url, timeout=timeout)
    except QuotelensError:
        if cached is not None:
            return cached
        raise
    cache.put(url, fetched)
    return fetched
