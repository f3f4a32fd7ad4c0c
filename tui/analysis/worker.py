"""The analysis process: `python -m tui.analysis.worker [--path P] [--no-cache]` or `--serve`.

Reads the article's text (UTF-8) on stdin and writes the events of `tui.analysis.events` as
JSON lines on stdout, so the reader never loads spaCy in its own process (the French tokenizer
holds the GIL for seconds while it compiles).

`--serve` keeps the process, and the model, for a whole reading session: each line on stdin is
a request `{"text": …, "path": …, "use_cache": true}`, answered by its events, the last one
`done` or `error`; the next article then costs its analysis only, not another model load.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tui.analysis.events import AnalysisEvent, Done, Failed, Loading, Partial, Progress, to_line

FIRST_SCREEN_CHARS = 4_000  # send a first partial analysis once this much text is done
PROGRESS_EVERY = 0.1  # seconds between progress events


def emit(event: AnalysisEvent) -> None:
    sys.stdout.write(to_line(event))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.analysis.worker")
    parser.add_argument("--path")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--serve", action="store_true", help="answer one request per stdin line until EOF")
    args = parser.parse_args(argv)
    if args.serve:
        return serve(sys.stdin.buffer)
    try:
        text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
        run(text, args.path, use_cache=not args.no_cache)
    except BrokenPipeError:
        return 1  # the reader has gone away
    except Exception as exc:  # noqa: BLE001 - the one place that turns any failure into a line
        emit(Failed(_failure(exc)))
        return 1
    return 0


def serve(requests) -> int:
    """Answer requests until stdin closes; one article's failure is its `error` event, not the end."""
    import json

    for line in requests:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            run(str(request["text"]), request.get("path"), use_cache=bool(request.get("use_cache", True)))
        except BrokenPipeError:
            return 1
        except Exception as exc:  # noqa: BLE001 - the next request is still served
            emit(Failed(_failure(exc)))
    return 0


def _failure(exc: Exception) -> str:
    """One line for the reader: our own errors as they are, others with their type."""
    from tui.errors import QuotelensError

    message = str(exc) if isinstance(exc, QuotelensError) else f"{type(exc).__name__}: {exc}"
    return message.splitlines()[0][:300] if message else type(exc).__name__


class _Reporter:
    """The `progress` callback of `engine.analyse`: progress now and then, partial analyses
    early (the first screen) and then at doubling intervals."""

    def __init__(self) -> None:
        self.first_sent = False
        self.next_partial = 0.0
        self.interval = 2.0
        self.last_progress = 0.0

    def __call__(self, engine, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last_progress > PROGRESS_EVERY:
            emit(Progress(done, total))
            self.last_progress = now
        if done >= total:
            return
        if (not self.first_sent and engine.chars_done >= FIRST_SCREEN_CHARS) or (
                self.first_sent and now >= self.next_partial):
            emit(Partial(engine.snapshot(complete=False)))
            self.first_sent = True
            self.next_partial = time.monotonic() + self.interval
            self.interval *= 2


def run(text: str, path: str | None, use_cache: bool = True) -> None:
    from tui.analysis import cache
    from tui.analysis.engine import analyse, units_of
    from tui.analysis.language import guess_language
    from tui.analysis.nlp import load_pipeline
    from tui.analysis.time_limit import default_limit, time_limit
    from tui.article import parse

    started = time.monotonic()
    article = parse(text, path=Path(path) if path else None)
    if guess_language(text) != "fr":  # nothing to attribute: no model to load
        emit(Done(analyse(article), _stats(started)))
        return
    emit(Loading())
    nlp = load_pipeline()
    emit(Progress(0, len(units_of(article))))
    with time_limit(default_limit(len(text)), hint=""):
        analysis = analyse(article, nlp, progress=_Reporter())
    if use_cache:
        cache.store(text, analysis)
    emit(Done(analysis, _stats(started)))


def _stats(started: float) -> dict:
    """Figures for benchmarks: this process's peak memory and time."""
    return {"peak_rss_mb": round(peak_rss_mb(), 1), "seconds": round(time.monotonic() - started, 2)}


def peak_rss_mb() -> float:
    """Peak resident memory of this process since exec (VmHWM; ru_maxrss would include the memory
    of the parent it was forked from)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # pragma: no cover - not on POSIX
        return 0.0


if __name__ == "__main__":
    raise SystemExit(main())
