"""The article inside an HTML page: its text with paragraphs and headings, and its metadata.

trafilatura does the extraction (main text, title, author, date, site name; menus, banners,
share buttons, related links and comments dropped). Its result is laid out as the plain text
the reader and the engine read, so every offset of the analysis points into that text:

    # Title

    First paragraph.

    ## A heading

    • a list item
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.errors import QuotelensError

_SNIFF = re.compile(rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|article[\s>]|div[\s>]|p[\s>])",
                    re.IGNORECASE)
_SPACES = re.compile(r"\s+")
MIN_ARTICLE_CHARS = 200  # less than this is a paywall teaser, a cookie wall or an empty page


@dataclass
class Page:
    """An article taken out of a page: `text` is what the reader shows and the engine reads."""

    text: str
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, date, site, url


def looks_like_html(data: bytes) -> bool:
    """HTML by content, whatever the file is called: a doctype or an html/head/body tag near the top,
    or several block tags in the first kilobytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] != b"<":
        return False
    if head[:14].lower().startswith((b"<!doctype html", b"<html")):
        return True
    return len(_SNIFF.findall(data[:16384])) >= 3


def extract(html: bytes | str, url: str | None = None) -> Page:
    """The page's article, or a one-line error when it has none worth reading."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, include_images=False, favor_precision=False)
    if document is None or document.body is None:
        raise QuotelensError("no article text found in the page (a paywall, a cookie wall or an empty page?)")
    title = _clean(document.title or "")
    blocks = list(_blocks(document.body))
    if blocks and title and blocks[0].lstrip("# ").casefold() == title.casefold():
        blocks = blocks[1:]  # the page's own <h1>, already the title line
    body = "\n\n".join(blocks)
    if len(body) < MIN_ARTICLE_CHARS:
        raise QuotelensError("no article text found in the page (a paywall, a cookie wall or an empty page?)")
    text = (f"# {title}\n\n" if title else "") + body + "\n"
    metadata = {"title": title, "author": _clean(document.author or ""), "date": document.date or "",
                "site": _clean(document.sitename or ""), "url": url or document.url or ""}
    return Page(text=text, metadata={key: value for key, value in metadata.items() if value})


def _blocks(body) -> "list[str]":
    """One string per paragraph: headings as `## …`, list items as `• …` (a dash would read as a
    dialogue line), quotations and paragraphs as they are."""
    for element in body:
        tag = element.tag
        if tag == "list":
            for item in element.iter("item"):
                text = _clean("".join(item.itertext()))
                if text:
                    yield f"• {text}"
            continue
        text = _clean("".join(element.itertext()))
        if not text:
            continue
        yield f"## {text}" if tag == "head" else text


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
