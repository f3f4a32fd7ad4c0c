"""`quotelens analyze --format text`: speakers with their quotes, printed with rich."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from tui.analysis.model import Analysis
from tui.article import Article

_KIND_MARK = {"direct": "«»", "partial": "«…»", "indirect": "→"}


def print_report(article: Article | None, analysis: Analysis, console: Console | None = None) -> None:
    """Print the report; without the Article, its title and name come from the analysis' source."""
    console = console or Console(highlight=False)
    source = analysis.source
    path = source.get("url") or source.get("path")
    name = article.name if article else (Path(path).name if path and not source.get("url") else path or "<stdin>")
    title = (article.title if article else source.get("title")) or name
    parts = [name, source.get("date"), source.get("author"), source.get("site")]
    console.print(Text(title, style="bold"))
    console.print(Text(" · ".join(part for part in parts if part), style="dim"))
    if analysis.language != "fr":
        from tui.analysis.language import language_name

        console.print(f"Not French ({language_name(analysis.language)}): quotelens attributes French articles only.")
        return
    console.print(f"{len(analysis.quotes)} quotes · {len(analysis.speakers)} speakers · "
                  f"{len(analysis.claims)} claims ({sum(c.checkworthy for c in analysis.claims)} check-worthy)\n")
    for speaker in analysis.speakers:
        quotes = [q for q in analysis.quotes if q.speaker and q.speaker.id == speaker.id]
        header = Text(speaker.name, style=f"bold {speaker.colour}")
        details = ", ".join(speaker.roles)
        if details:
            header.append(f" — {details}", style="dim")
        header.append(f"  ({len(quotes)})", style="dim")
        console.print(header)
        for quote in quotes:
            _print_quote(console, quote)
        console.print()
    orphans = [q for q in analysis.quotes if not q.speaker]
    if orphans:
        console.print(Text("Unattributed", style="bold"))
        for quote in orphans:
            _print_quote(console, quote)


def _print_quote(console: Console, quote) -> None:
    cue = f" [dim]({escape(quote.cue.text)})[/dim]" if quote.cue else ""
    console.print(f"  {_KIND_MARK.get(quote.kind, '')} {escape(quote.text)}{cue}")
