"""Runs the analysis in another process and turns its JSON lines into events.

spaCy's French tokenizer compiles large regular expressions for seconds while holding the GIL;
in a thread that would freeze the reader, in a subprocess the reader does not notice.
"""

from __future__ import annotations

import asyncio
import sys
from typing import AsyncIterator, Sequence

from tui.analysis.events import AnalysisEvent, Done, Failed, parse_line

STREAM_LIMIT = 256 * 1024 * 1024  # one JSON line holds a whole analysis


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
        yield Failed(f"cannot start the analysis ({exc.strerror or exc})")
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
            # a whole analysis can be megabytes of JSON: parsed off the event loop
            event = await asyncio.to_thread(parse_line, line)
            if event is None:
                continue
            finished = isinstance(event, (Done, Failed))
            yield event
            if finished:
                break
        code = await process.wait()
        if not finished:
            stderr = (await process.stderr.read()).decode("utf-8", "replace").strip().splitlines()
            detail = stderr[-1] if stderr else f"exit code {code}"
            yield Failed(f"the analysis stopped ({detail})")
    finally:
        if process.returncode is None:
            process.kill()
        # close the pipes now: left to the garbage collector, they would outlive the event loop
        transport = getattr(process, "_transport", None)
        if transport is not None:
            transport.close()
