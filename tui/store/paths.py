"""Where quotelens keeps the user's files (config dir, state dir), and how to move them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir, user_state_dir

ENV_CONFIG_DIR = "QUOTELENS_CONFIG_DIR"


@dataclass(frozen=True)
class StorePaths:
    config_dir: Path
    state_dir: Path

    @property
    def bookmarks_file(self) -> Path:
        return self.config_dir / "bookmarks.json"

    @property
    def corrections_file(self) -> Path:
        return self.config_dir / "corrections.json"

    @property
    def feeds_file(self) -> Path:
        return self.config_dir / "feeds.json"

    @property
    def read_marks_file(self) -> Path:
        return self.state_dir / "read.json"

    @property
    def positions_file(self) -> Path:
        return self.state_dir / "positions.json"

    @classmethod
    def resolve(cls, config_dir: str | os.PathLike[str] | None = None) -> "StorePaths":
        """--config-dir, else $QUOTELENS_CONFIG_DIR, else the platform's user dirs.

        A moved config dir holds the reading positions too, so tests and portable setups touch
        nothing else.
        """
        chosen = config_dir or os.environ.get(ENV_CONFIG_DIR)
        if chosen:
            base = Path(chosen).expanduser()
            return cls(config_dir=base, state_dir=base / "state")
        return cls(config_dir=Path(user_config_dir("quotelens")), state_dir=Path(user_state_dir("quotelens")))
