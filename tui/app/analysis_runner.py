"""The analysis process, kept for the whole reading session, and its JSON lines as events.

spaCy's French tokenizer compiles large regular expressions for seconds while holding the GIL;
in a thread that would freeze the reader, in a subprocess the reader does not notice. The
process (`python -m tui.analysis.worker --serve`) loads the model once and analyses every
article the session opens (feed entries, bookmarks), one request at a time.
"""

from __future__ import annotations

import asyncio
import collections
import json
import sys
from typing import AsyncIterator, Sequence

from tui.analysis.events import AnalysisEvent, Done, Failed, parse_line

STREAM_LIMIT = 256 * 1024 * 1024  # one JSON line holds a whole analysis


def worker_command() -> list[str]:
    return [sys.executable, "-m", "tui.analysis.worker", "--serve"]


class AnalysisService:
    """One analysis process for the App; `analyse()` yields one article's events.

    A request given up half-way (the reader opened another article) kills the process, which
    was busy with the old one; the next request starts a new process.
    """

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self.command = list(command) if command else worker_command()
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()
        self._stderr_tail: "collections.deque[str]" = collections.deque(maxlen=20)
        self._stderr_task: asyncio.Task | None = None
        self.starts = 0  # processes started (a benchmark and the tests read it)

    async def _running(self) -> asyncio.subprocess.Process:
        process = self._process
        if process is not None and process.returncode is None:
            return process
        self._process = await asyncio.create_subprocess_exec(
            *self.command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, limit=STREAM_LIMIT,
        )
        self.starts += 1
        # read stderr all along, keeping its last lines: a long session's warnings must not fill
        # the pipe and block the process
        self._stderr_tail = collections.deque(maxlen=20)
        self._stderr_task = asyncio.create_task(self._drain(self._process, self._stderr_tail))
        return self._process

    @staticmethod
    async def _drain(process: asyncio.subprocess.Process, tail: "collections.deque[str]") -> None:
        assert process.stderr
        while True:
            line = await process.stderr.readline()
            if not line:
                return
            text = line.decode("utf-8", "replace").strip()
            if text:
                tail.append(text)

    async def analyse(self, text: str, path: str | None, use_cache: bool) -> AsyncIterator[AnalysisEvent]:
        async with self._lock:
            try:
                process = await self._running()
            except OSError as exc:
                yield Failed(f"cannot start the analysis ({exc.strerror or exc})")
                return
            assert process.stdin and process.stdout and process.stderr
            finished = False
            try:
                request = json.dumps({"text": text, "path": path, "use_cache": use_cache}, ensure_ascii=False)
                process.stdin.write(request.encode("utf-8", "surrogatepass") + b"\n")
                await process.stdin.drain()
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
                        return
                yield Failed(f"the analysis stopped ({await self._last_words(process)})")
                finished = True
            except (BrokenPipeError, ConnectionResetError):
                yield Failed(f"the analysis stopped ({await self._last_words(process)})")
                finished = True
            finally:
                if not finished:  # abandoned mid-article: the process is busy with a stale text
                    self._kill()

    async def _last_words(self, process: asyncio.subprocess.Process) -> str:
        try:
            code = await asyncio.wait_for(process.wait(), 5)
        except asyncio.TimeoutError:
            self._kill()
            return "no answer"
        if self._stderr_task is not None:
            try:
                await asyncio.wait_for(self._stderr_task, 2)
            except asyncio.TimeoutError:
                pass
        self._process = None
        return self._stderr_tail[-1] if self._stderr_tail else f"exit code {code}"

    def _kill(self) -> None:
        if self._stderr_task is not None:
            self._stderr_task.cancel()
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.kill()
        _close_pipes(process)

    async def close(self) -> None:
        """End the process (the reader is closing): stdin closed, then killed if it lingers."""
        if self._stderr_task is not None:
            self._stderr_task.cancel()
        process, self._process = self._process, None
        if process is None:
            return
        if process.returncode is None:
            try:
                assert process.stdin
                process.stdin.close()
                await asyncio.wait_for(process.wait(), 2)
            except (asyncio.TimeoutError, OSError):
                process.kill()
        _close_pipes(process)


def _close_pipes(process: asyncio.subprocess.Process | None) -> None:
    # closed now: left to the garbage collector, they would outlive the event loop
    transport = getattr(process, "_transport", None)
    if transport is not None:
        transport.close()
