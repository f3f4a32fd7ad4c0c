"""The analysis process: `python -m tui.analysis.worker [--path P] [--no-cache]`.

Reads the article's text (UTF-8) on stdin and writes JSON lines on stdout, so the reader never
loads spaCy in its own process (the French tokenizer holds the GIL for seconds while it compiles):

    {"event": "loading"}                          spaCy and the model are loading
    {"event": "progress", "done": 3, "total": 40} paragraphs analysed so far
    {"event": "partial", "analysis": {…}}         the analysis so far (first screen first)
    {"event": "done", "analysis": {…}, "stats": {…}}  the whole analysis (also written to the cache)
    {"event": "error", "message": "…"}            one line; the exit code is then 1
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

FIRST_SCREEN_CHARS = 4_000  # send a first partial analysis once this much text is done


def emit(event: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.analysis.worker")
    parser.add_argument("--path")
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    try:
        text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
        run(text, args.path, use_cache=not args.no_cache)
    except BrokenPipeError:
        return 1  # the reader has gone away
    except Exception as exc:  # noqa: BLE001 - the one place that turns any failure into a line
        emit({"event": "error", "message": f"{type(exc).__name__}: {exc}".splitlines()[0][:300]})
        return 1
    return 0


def run(text: str, path: str | None, use_cache: bool = True) -> None:
    from tui.analysis import cache
    from tui.analysis.engine import PIPE_BATCH_SIZE, Engine, units_of
    from tui.analysis.nlp import load_pipeline
    from tui.article import parse

    started = time.monotonic()
    article = parse(text, path=Path(path) if path else None)
    emit({"event": "loading"})
    nlp = load_pipeline()
    units = units_of(article)
    emit({"event": "progress", "done": 0, "total": len(units)})
    engine = Engine(article)
    done_chars = 0
    first_sent = False
    next_partial = 0.0
    interval = 2.0
    last_progress = 0.0
    for unit, doc in zip(units, nlp.pipe((u.text for u in units), batch_size=PIPE_BATCH_SIZE)):
        engine.feed(unit, doc)
        done_chars += len(unit.text)
        now = time.monotonic()
        if now - last_progress > 0.1:
            emit({"event": "progress", "done": engine.units_done, "total": len(units)})
            last_progress = now
        if engine.units_done < len(units):
            if (not first_sent and done_chars >= FIRST_SCREEN_CHARS) or (first_sent and now >= next_partial):
                emit({"event": "partial", "analysis": engine.snapshot(complete=False).to_json()})
                first_sent = True
                next_partial = time.monotonic() + interval
                interval *= 2
    analysis = engine.snapshot(complete=True)
    if use_cache:
        cache.store(text, analysis)
    emit({"event": "done", "analysis": analysis.to_json(), "stats": _stats(started)})


def _stats(started: float) -> dict[str, float]:
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
