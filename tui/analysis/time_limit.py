"""A time limit on one article's analysis.

A text the engine has a bug for (session 13 found one that looped forever) must cost its own
analysis, not a whole batch or a reading session: past its limit the analysis stops with an
`AnalysisTimeout`, the batch writes an error document in its place and goes on, the reader keeps
the text readable. The limit grows with the text: normal speed here is about 0.1 s per KB
(spaCy included), so the default is several times that; the model's load is not counted.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from tui.errors import QuotelensError

BASE_SECONDS = 60.0  # a short article many times over (the model's load is not counted)
SECONDS_PER_KB = 0.5  # about five times this machine's speed


class AnalysisTimeout(QuotelensError):
    """The analysis ran past its time limit and was stopped."""


def default_limit(chars: int) -> float:
    """Seconds allowed for a text of `chars` characters."""
    return BASE_SECONDS + SECONDS_PER_KB * chars / 1000


def can_limit() -> bool:
    """A limit needs SIGALRM and the main thread (a Dask worker's thread runs without one)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None, hint: str = "--time-limit to change it") -> Iterator[None]:
    """Raise `AnalysisTimeout` in the block once `seconds` have passed; None or 0: no limit.
    `hint` ends the message (the command line names its option; the reader has none)."""
    if not seconds or seconds <= 0 or not can_limit():
        yield
        return

    def stop(signum, frame):  # noqa: ARG001 - the signal handler's signature
        reason = f"its time limit; {hint}" if hint else "its time limit"
        raise AnalysisTimeout(f"analysis stopped after {_shown(seconds)} ({reason})")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _shown(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.2g} s"
