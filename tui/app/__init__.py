"""The Textual reader. Nothing here runs spaCy: analyses come from the cache or another process."""
