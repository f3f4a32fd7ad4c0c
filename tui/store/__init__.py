"""The user's own data: bookmarks and reading positions, stored safely as JSON."""
