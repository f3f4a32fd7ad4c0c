"""Loading an article: bytes to text, metadata, paragraphs and a title.

The text is kept exactly as decoded so that every offset (ours, the engine's, the gold's)
points into it. Paragraphs and metadata are (start, end) ranges over that text.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from tui.errors import QuotelensError

MAX_BYTES = 32 * 1024 * 1024
SAMPLE_NAME = "otan-ukraine-2024-04.txt"

# A leading metadata prefix such as " date 2024-04 " (on the first line, before the text).
_META_PREFIX = re.compile(
    r"\A[ \t\ufeff]*(?:(date|lang|langue|source)[ \t]+(\S+)[ \t]*(?:\n|[ \t]))+"
)
_META_PAIR = re.compile(r"(date|lang|langue|source)[ \t]+(\S+)")
_DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# "Date: 2024-04-05" lines and YAML front matter at the top of Markdown files.
_META_LINE = re.compile(r"[ \t]*(date|titre|title|auteur|author|source)[ \t]*:[ \t]*(.+?)[ \t]*$", re.I)
_PARA_SPLIT = re.compile(r"\n[ \t\ufeff]*\n")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's visible text as a range of the article's text."""

    start: int
    end: int
    kind: str = "text"  # "text" or "heading"


@dataclass
class Article:
    text: str
    path: Path | None
    encoding: str
    metadata: dict[str, str] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str = ""
    title_from_text: bool = False  # True when the first paragraph is the title line itself
    url: str | None = None  # where a web page came from (its text was extracted from the HTML)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def name(self) -> str:
        if self.url:
            return self.url
        return self.path.name if self.path else "<stdin>"

    @property
    def location(self) -> str | None:
        """Where to open it again: its file or its URL (None for stdin)."""
        return str(self.path) if self.path else self.url

    @property
    def byline(self) -> str:
        """Date, author and site (or the file name) for the header, as far as they are known."""
        meta = self.metadata
        parts = [meta.get("date"), meta.get("author"), meta.get("site") or (None if self.url else self.name)]
        return " · ".join(part for part in parts if part)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


def sample_path() -> Path:
    """The bundled sample article (the default when no file is given)."""
    return Path(str(resources.files("tui") / "data" / SAMPLE_NAME))


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name).

    UTF-8 first (with or without BOM, kept so offsets match a plain UTF-8 read), UTF-16 when it
    has a BOM, then cp1252 (Windows French), then latin-1, which decodes anything.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise QuotelensError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def read_bytes(source: str | Path, stdin: BinaryIO | None = None) -> tuple[bytes, Path | None]:
    """Read a path (or "-" for standard input), with one-line errors for every bad case."""
    if str(source) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        path = None
    else:
        path = Path(source).expanduser()
        if not path.exists():
            raise QuotelensError(f"{source}: no such file")
        if path.is_dir():
            raise QuotelensError(f"{source}: is a directory, not an article file")
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise QuotelensError(
                    f"{source}: file too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)"
                )
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except PermissionError:
            raise QuotelensError(f"{source}: permission denied") from None
        except OSError as exc:
            raise QuotelensError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise QuotelensError(f"{source}: input too large (the limit is {MAX_BYTES // 2**20} MiB)")
    return data, path


def load(source: str | Path | None = None, stdin: BinaryIO | None = None, *, refresh: bool = False) -> Article:
    """Load an article from a path, a URL, "-" (stdin) or, with no source, the bundled sample.

    A web page (saved or fetched) gives the article inside it; a URL fetched before opens from
    the cache unless `refresh`.
    """
    source = sample_path() if source is None else source
    if isinstance(source, str) and source.lower().startswith(("http://", "https://")):
        return load_url(source, refresh=refresh)
    data, path = read_bytes(source, stdin)
    name = str(source)
    from tui.web.html import looks_like_html

    if looks_like_html(data):
        return from_html(data, path=path, name=name)
    try:
        text, encoding = decode(data)
    except QuotelensError as exc:
        raise QuotelensError(f"{name}: {exc}") from None
    if not text.strip(" \t\r\n\ufeff\x0b\x0c"):
        raise QuotelensError(f"{name}: empty file, nothing to read")
    return parse(text, path=path, encoding=encoding)


def load_url(url: str, *, refresh: bool = False) -> Article:
    """The article at a URL (fetched once, then read from the page cache)."""
    from tui.web.fetch import fetch_cached
    from tui.web.html import looks_like_html

    fetched = fetch_cached(url, refresh=refresh)
    if looks_like_html(fetched.body) or fetched.content_type in ("text/html", "application/xhtml+xml"):
        article = from_html(fetched.body, url=url, name=url)
    elif fetched.content_type.startswith("text/"):
        text, encoding = decode(fetched.body)
        if not text.strip():
            raise QuotelensError(f"{url}: empty page, nothing to read")
        article = parse(text, encoding=encoding)
        article.url = url
    else:
        raise QuotelensError(f"{url}: not an HTML page (the server sent {fetched.content_type})")
    article.metadata.setdefault("url", url)
    article.metadata["fetched"] = fetched.fetched_at
    return article


def from_html(data: bytes, *, path: Path | None = None, url: str | None = None, name: str = "") -> Article:
    """The article inside a web page (saved or fetched): its text and metadata, by trafilatura."""
    from tui.web.html import extract

    try:
        page = extract(data, url=url)
    except QuotelensError as exc:
        raise QuotelensError(f"{name or url or path}: {exc}") from None
    article = parse(page.text, path=path, encoding="html")
    article.metadata.update(page.metadata)
    article.url = url
    if page.metadata.get("title"):
        article.title = page.metadata["title"]
    return article


def parse(text: str, path: Path | None = None, encoding: str = "utf-8") -> Article:
    """Build an Article from decoded text: metadata, paragraphs, title."""
    metadata, body_start = _parse_metadata(text)
    paragraphs = _split_paragraphs(text, body_start)
    article = Article(text=text, path=path, encoding=encoding, metadata=metadata, paragraphs=paragraphs)
    article.title, article.title_from_text = _find_title(article)
    if "title" in metadata:
        article.title, article.title_from_text = metadata["title"], False
    return article


def _parse_metadata(text: str) -> tuple[dict[str, str], int]:
    """Metadata at the top: a " date 2024-04 " prefix, "Date: …" lines or YAML front matter."""
    metadata: dict[str, str] = {}
    pos = 0
    if text.lstrip("\ufeff").startswith("---\n"):
        offset = text.index("---\n") + 4
        end = text.find("\n---", offset)
        if end != -1:
            for line in text[offset:end].splitlines():
                key, _, value = line.partition(":")
                if key.strip() and value.strip():
                    metadata[_meta_key(key)] = value.strip().strip("\"'")
            pos = end + 4
            return metadata, pos
    match = _META_PREFIX.match(text)
    if match:
        pairs = _META_PAIR.findall(match.group(0))
        if all(key != "date" or _DATE_VALUE.match(value) for key, value in pairs):
            for key, value in pairs:
                metadata[_meta_key(key)] = value
            return metadata, match.end()
    while True:
        line_end = text.find("\n", pos)
        line = text[pos : line_end if line_end != -1 else len(text)]
        line_match = _META_LINE.match(line)
        if not line_match or line_end == -1:
            break
        metadata[_meta_key(line_match.group(1))] = line_match.group(2)
        pos = line_end + 1
    return metadata, pos


def _meta_key(key: str) -> str:
    key = key.strip().lower()
    return {"langue": "lang", "titre": "title", "auteur": "author"}.get(key, key)


def _split_paragraphs(text: str, start: int) -> list[Paragraph]:
    """Blank lines separate paragraphs; with no blank line at all, every line is one."""
    body = text[start:]
    if _PARA_SPLIT.search(body) or "\n" not in body.strip():
        chunks = _ranges(text, start, _PARA_SPLIT)
    else:
        chunks = _ranges(text, start, re.compile(r"\n"))
    paragraphs: list[Paragraph] = []
    for chunk_start, chunk_end in (piece for chunk in chunks for piece in _lines_if_unwrapped(text, *chunk)):
        # a Markdown heading line inside a chunk becomes its own paragraph
        for p_start, p_end in _split_headings(text, chunk_start, chunk_end):
            para = _trimmed(text, p_start, p_end)
            if para is not None:
                paragraphs.append(para)
    return paragraphs


# a line longer than this was not wrapped by hand: its text breaks lines only between paragraphs
UNWRAPPED_LINE_CHARS = 120


def _lines_if_unwrapped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A chunk between blank lines whose lines are not hard-wrapped (one runs past
    UNWRAPPED_LINE_CHARS) holds one paragraph per line: a novel laid out with a single line break
    between paragraphs and a blank line only between chapters (« — Oui. ¶ Elle s'enhardit … »)."""
    chunk = text[start:end]
    if "\n" not in chunk.strip() or max(len(line) for line in chunk.split("\n")) <= UNWRAPPED_LINE_CHARS:
        return [(start, end)]
    return _ranges(text[:end], start, re.compile(r"\n"))


def _ranges(text: str, start: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    ranges = []
    pos = start
    for match in separator.finditer(text, start):
        ranges.append((pos, match.start()))
        pos = match.end()
    ranges.append((pos, len(text)))
    return ranges


def _split_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end == -1 else line_end
        if _MD_HEADING.match(text, line_start) and line_start < line_end:
            if line_start > pos:
                out.append((pos, line_start))
            out.append((line_start, line_end))
            pos = line_end
        line_start = line_end + 1
    if pos < end:
        out.append((pos, end))
    return out


def _trimmed(text: str, start: int, end: int) -> Paragraph | None:
    while start < end and text[start] in " \t\r\n\ufeff":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    if start >= end:
        return None
    heading = _MD_HEADING.match(text, start, end)
    if heading:
        return Paragraph(heading.end(), end, "heading") if heading.end() < end else None
    return Paragraph(start, end)


_CLOSING_QUOTES = ("»", "\"", "”")


def _headline_quotation(line: str) -> bool:
    """« La maire dénonce « une décision absurde » »: a headline ending with the words it quotes,
    which end without a full stop, unlike a first line that is itself speech (« « Entrez ! » »,
    « — Oui, dit-il. »)."""
    if line.startswith(("«", "\"", "“", "—", "–", "-")):
        return False
    return line[:-1].rstrip()[-1:].isalnum()


def _find_title(article: Article) -> tuple[str, bool]:
    """First line when it looks like a title (short, no final full stop), else the first words."""
    if not article.paragraphs:
        return "", False
    first = article.paragraphs[0]
    text = article.paragraph_text(first)
    line = text.split("\n", 1)[0].strip()
    looks_like_title = (
        first.kind == "heading"
        or (len(line) <= 120 and not line.endswith((".", ",", ";", ":")) and len(article.paragraphs) > 1
            and (not line.endswith(_CLOSING_QUOTES) or _headline_quotation(line))
            and len(line.split()) <= 16 and ("\n" in text or len(text) == len(line)))
    )
    if looks_like_title:
        return line, True
    words = line.split()
    short = " ".join(words[:10])
    return (short + " …" if len(words) > 10 else short).rstrip(" ,;:"), False
