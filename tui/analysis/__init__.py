"""The analysis engine: who said what in a French news article.

Pure Python over spaCy; nothing here imports Textual. spaCy is imported only when an analysis
actually runs, so reading a cached analysis stays cheap.

    from tui import article
    from tui.analysis import analyse_article
    result = analyse_article(article.load("texte.txt"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.analysis import cache
from tui.analysis.model import Analysis

if TYPE_CHECKING:
    from tui.article import Article

__all__ = ["Analysis", "analyse_article"]


def analyse_article(article: "Article", use_cache: bool = True) -> Analysis:
    """The analysis of an article, from the cache when it has one."""
    source_path = str(article.path) if article.path else None
    if use_cache:
        cached = cache.load(article.text, source_path)
        if cached is not None:
            return cached
    from tui.analysis.engine import analyse

    result = analyse(article)
    if use_cache:
        cache.store(article.text, result)
    return result
