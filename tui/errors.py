"""Errors the user is shown as one line, never as a traceback."""


class QuotelensError(Exception):
    """A problem with the user's input or environment, explained in one line."""
