"""What the analysis process tells the reader, one JSON line per event, typed once here.

The worker (`tui.analysis.worker`) writes them, the reader's runner (`tui.app.analysis_runner`)
reads them, and the UI tests' fake worker writes the same lines through `to_line`.

    {"event": "loading"}                              spaCy and the model are loading
    {"event": "progress", "done": 3, "total": 40}     paragraphs analysed so far
    {"event": "partial", "analysis": {…}}             the analysis so far (first screen first)
    {"event": "done", "analysis": {…}, "stats": {…}}  the whole analysis (also in the cache)
    {"event": "error", "message": "…"}                one line; the process then exits 1
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Union

from tui.analysis.model import Analysis


@dataclass(frozen=True)
class Loading:
    pass


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True)
class Partial:
    analysis: Analysis


@dataclass(frozen=True)
class Done:
    analysis: Analysis
    stats: dict = field(default_factory=dict)  # the process's peak memory (MB) and seconds


@dataclass(frozen=True)
class Failed:
    message: str


AnalysisEvent = Union[Loading, Progress, Partial, Done, Failed]
_NAMES = {Loading: "loading", Progress: "progress", Partial: "partial", Done: "done", Failed: "error"}


def to_line(event: AnalysisEvent) -> str:
    """The event as one JSON line (with its newline)."""
    data: dict = {"event": _NAMES[type(event)]}
    if isinstance(event, Progress):
        data.update(done=event.done, total=event.total)
    elif isinstance(event, (Partial, Done)):
        data["analysis"] = event.analysis.to_json()
        if isinstance(event, Done):
            data["stats"] = event.stats
    elif isinstance(event, Failed):
        data["message"] = event.message
    return json.dumps(data, ensure_ascii=False) + "\n"


def parse_line(line: bytes | str) -> AnalysisEvent | None:
    """The event a line carries; an unreadable line is a failure (a cut or garbled analysis)."""
    if not line.strip():
        return None
    try:
        data = json.loads(line)
        kind = data["event"]
        if kind == "loading":
            return Loading()
        if kind == "progress":
            return Progress(int(data.get("done", 0)), int(data.get("total", 0)))
        if kind == "partial":
            return Partial(Analysis.from_json(data["analysis"]))
        if kind == "done":
            return Done(Analysis.from_json(data["analysis"]), dict(data.get("stats") or {}))
        if kind == "error":
            return Failed(str(data.get("message", "unknown error")))
    except (ValueError, KeyError, TypeError) as exc:
        return Failed(f"unreadable analysis output ({exc})")
    return None  # an event of a newer version: ignored
