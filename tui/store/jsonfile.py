"""A versioned JSON file that survives crashes, corruption and two writers.

- Writes are atomic: a temp file in the same directory, fsync, then `os.replace`; a process
  killed mid-write leaves the previous file whole.
- Every change takes an exclusive lock (a `.lock` file beside it), re-reads the file and applies
  the change to what is there now, so two open readers never lose each other's writes.
- A file that is not valid JSON of the right schema is moved aside (kept, never deleted) and
  reported once; the store then starts empty.
- A directory that cannot be written makes the store read-only, with a message, not a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: writes stay atomic, without the lock
    fcntl = None  # type: ignore[assignment]

LOCK_TIMEOUT = 5.0


class StoreError(Exception):
    """The store cannot be written; the message says why, in one line."""


class JsonFile:
    def __init__(self, path: Path, schema: str, empty: Callable[[], dict[str, Any]]) -> None:
        self.path = path
        self.schema = schema
        self._empty = empty
        self.warnings: list[str] = []

    # -- reading -----------------------------------------------------------------------------
    def read(self) -> dict[str, Any]:
        """The file's data; a corrupt file is moved aside and an empty store returned."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self._empty()
        except OSError as exc:
            self.warnings.append(f"cannot read {self.path} ({exc.strerror or exc})")
            return self._empty()
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("schema") != self.schema:
                raise ValueError(f"not a {self.schema} file")
            return data
        except (ValueError, UnicodeDecodeError):
            aside = self._move_aside()
            where = f"; kept as {aside.name}" if aside else ""
            self.warnings.append(f"{self.path.name} was damaged and has been set aside{where}")
            return self._empty()

    def _move_aside(self) -> Path | None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
            return target
        except OSError:
            return None

    # -- writing -----------------------------------------------------------------------------
    def update(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> dict[str, Any]:
        """Lock, re-read, apply `change` (which may edit in place), write atomically."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.path.parent} ({exc.strerror or exc})") from None
        with self._locked():
            data = self.read()
            result = change(data)
            data = data if result is None else result
            data["schema"] = self.schema
            self._write(data)
            return data

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            handle = open(lock_path, "a+")
        except OSError as exc:
            raise StoreError(f"cannot write in {self.path.parent} ({exc.strerror or exc})") from None
        with handle:
            deadline = time.monotonic() + LOCK_TIMEOUT
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreError(f"{self.path.name} is locked by another quotelens") from None
                    time.sleep(0.01)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _write(self, data: dict[str, Any]) -> None:
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        except OSError as exc:
            raise StoreError(f"cannot write in {self.path.parent} ({exc.strerror or exc})") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(f"cannot write {self.path} ({exc.strerror or exc})") from None


class GuardedFile:
    """A store's file that turns read-only, with one reason, at its first failed write: later
    changes fail at once with the same message instead of trying the disk again."""

    def __init__(self, file: JsonFile, what: str) -> None:
        self.file = file
        self.what = what  # « bookmarks », « corrections »: named in the message
        self.read_only_reason: str | None = None

    def change(self, change: Callable[[dict[str, Any]], dict[str, Any] | None]) -> None:
        if self.read_only_reason:
            raise StoreError(self.read_only_reason)
        try:
            self.file.update(change)
        except StoreError as exc:
            self.read_only_reason = f"{self.what} are read-only: {exc}"
            raise StoreError(self.read_only_reason) from None
