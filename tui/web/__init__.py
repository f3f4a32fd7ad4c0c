"""News from the web: articles out of HTML pages (trafilatura), pages fetched by URL with an
offline copy, and RSS/Atom feeds (feedparser). Nothing here imports Textual or spaCy."""
