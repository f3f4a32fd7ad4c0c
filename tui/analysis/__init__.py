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


def load_model_for(article: "Article", use_cache: bool = True) -> None:
    """Load the model now if analysing this article will need it (French, not in the cache): so
    that a time limit on the analysis bounds the engine's work, not the load, which is no runaway
    and which an interrupted import could leave half done."""
    from tui.analysis.language import guess_language

    if guess_language(article.text) != "fr":
        return
    if use_cache and cache.load(article.text, str(article.path) if article.path else None) is not None:
        return
    from tui.analysis.nlp import load_pipeline

    load_pipeline()


def analyse_within(article: "Article", seconds: float | None, use_cache: bool = True) -> Analysis:
    """`analyse_article` stopped with `AnalysisTimeout` after `seconds` (None or 0: no limit); the
    model is loaded first, outside the clock."""
    from tui.analysis.time_limit import time_limit

    if seconds:
        load_model_for(article, use_cache)
    with time_limit(seconds):
        return analyse_article(article, use_cache=use_cache)
