"""Runs the analysis in another process and turns its JSON lines into events.

spaCy's French tokenizer compiles large regular expressions for seconds while holding the GIL;
in a thread that would freeze the reader, in a subprocess the reader does not notice.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import dataclass
from typing import AsyncIterator, Sequence

from tui.analysis.model import Analysis

STREAM_LIMIT = 256 * 1024 * 1024  # one JSON line holds a whole analysis


@dataclass
class AnalysisEvent:
    kind: str  # loading, progress, partial, done, error
    analysis: Analysis | None = None
    done: int = 0
    total: int = 0
    message: str = ""
    stats: dict | None = None  # the analysis process's peak memory and time, with "done"


def worker_command(path: str | None, use_cache: bool) -> list[str]:
    command = [sys.executable, "-m", "tui.analysis.worker"]
    if path:
        command += ["--path", path]
    if not use_cache:
        command.append("--no-cache")
    return command


async def run_analysis(command: Sequence[str], text: str) -> AsyncIterator[AnalysisEvent]:
    """Start the analysis process, feed it the text, yield its events until it ends."""
    try:
        process = await asyncio.create_subprocess_exec(
            *command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, limit=STREAM_LIMIT,
        )
    except OSError as exc:
        yield AnalysisEvent("error", message=f"cannot start the analysis ({exc.strerror or exc})")
        return
    assert process.stdin and process.stdout and process.stderr
    try:
        process.stdin.write(text.encode("utf-8", "surrogatepass"))
        await process.stdin.drain()
        process.stdin.close()
        finished = False
        while True:
            line = await process.stdout.readline()
            if not line:
                break
            event = await asyncio.to_thread(_parse, line)
            if event is None:
                continue
            finished = event.kind in ("done", "error")
            yield event
            if finished:
                break
        code = await process.wait()
        if not finished:
            stderr = (await process.stderr.read()).decode("utf-8", "replace").strip().splitlines()
            detail = stderr[-1] if stderr else f"exit code {code}"
            yield AnalysisEvent("error", message=f"the analysis stopped ({detail})")
    finally:
        if process.returncode is None:
            process.kill()
        # close the pipes now: left to the garbage collector, they would outlive the event loop
        transport = getattr(process, "_transport", None)
        if transport is not None:
            transport.close()


def _parse(line: bytes) -> AnalysisEvent | None:
    """A JSON line into an event (run in a thread: a whole analysis can be megabytes)."""
    try:
        data = json.loads(line)
        kind = data["event"]
        if kind in ("partial", "done"):
            return AnalysisEvent(kind, analysis=Analysis.from_json(data["analysis"]), stats=data.get("stats"))
        if kind == "progress":
            return AnalysisEvent(kind, done=int(data["done"]), total=int(data["total"]))
        if kind == "error":
            return AnalysisEvent(kind, message=str(data.get("message", "unknown error")))
        return AnalysisEvent(kind)
    except (ValueError, KeyError, TypeError) as exc:
        return AnalysisEvent("error", message=f"unreadable analysis output ({exc})")
