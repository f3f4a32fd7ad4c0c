"""The reader's keys, defined once: the bindings (with ids), the help screen's rows and the
command palette's hints are read from them, and a user keymap rebinds them by id.

Adding a key is one `Binding(...)` line in `READER_BINDINGS` (or a widget's own BINDINGS): the
help, the palette hints and the keymap follow. A user keymap lives in the config directory:

    # ~/.config/quotelens/keys.toml
    [keys]
    "quote.next" = "n,right"
    "search.open" = "ctrl+f"
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App

KEYMAP_FILE = "keys.toml"

READER_BINDINGS = [
    Binding("n", "next_quote", "Next quote", id="quote.next", tooltip="next quote (follows the speaker filter)"),
    Binding("p", "previous_quote", "Prev quote", id="quote.previous", tooltip="previous quote"),
    Binding("N", "next_same_speaker", "Next, same speaker", show=False, id="quote.next_same",
            tooltip="next quote by the same speaker"),
    Binding("P", "previous_same_speaker", "Prev, same speaker", show=False, id="quote.previous_same",
            tooltip="previous quote by the same speaker"),
    Binding("s", "filter_speaker", "Speaker filter", id="sidebar.filter",
            tooltip="show the claims of one speaker (a click on a coloured name too)"),
    Binding("slash", "search", "Search", id="search.open", tooltip="search the article (accent-insensitive)"),
    Binding("ctrl+n", "search_next", "Next match", show=False, id="search.next", tooltip="next search match"),
    Binding("ctrl+p", "search_previous", "Previous match", show=False, id="search.previous",
            tooltip="previous search match"),
    Binding("l", "legend", "Legend", id="legend", tooltip="legend: speakers, roles, quote counts"),
    Binding("c", "toggle_sidebar", "Claims", id="sidebar.toggle", tooltip="hide / show the claims sidebar"),
    Binding("b", "bookmark", "Bookmark", id="bookmark.add",
            tooltip="bookmark the current quote or paragraph (with a note)"),
    Binding("B", "bookmarks", "Bookmarks", id="bookmark.list", tooltip="all bookmarks"),
    Binding("w", "why", "Why", show=False, id="quote.why",
            tooltip="why this speaker: the cue, the rule and the chain of mentions"),
    Binding("a", "correct", "Correct", show=False, id="quote.correct",
            tooltip="correct the speaker of the current quote (or mark it as not reported speech)"),
    Binding("x", "export", "Export", show=False, id="export",
            tooltip="export the claims as Markdown to a file (asks where)"),
    Binding("question_mark", "help", "Help", id="help", tooltip="this help"),
    Binding("escape", "clear", "Clear", show=False, id="clear", tooltip="close search, clear highlights, back to the feed list"),
]
QUIT_BINDING = Binding("q", "quit", "Quit", id="quit", tooltip="quit")

_KEY_NAMES = {"slash": "/", "question_mark": "?", "space": "space", "escape": "esc", "pagedown": "PgDn",
              "pageup": "PgUp", "down": "↓", "up": "↑", "left": "←", "right": "→", "enter": "enter",
              "tab": "tab", "home": "home", "end": "end"}


def display(keys: str) -> str:
    """« slash,ctrl+f » -> « / · ctrl+f »: keys as the help shows them."""
    return " · ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(",") if k.strip())


def _live_keys(app: "App", binding: Binding) -> str:
    """A binding's keys as bound now: the user's keymap wins over the default."""
    keymap = getattr(app, "_keymap", {}) or {}
    return keymap.get(binding.id, binding.key) if binding.id else binding.key


def key_of(app: "App", binding_id: str) -> str:
    """How to press the action with this id now (for palette hints), or ""."""
    for binding in [*READER_BINDINGS, QUIT_BINDING]:
        if binding.id == binding_id:
            return display(_live_keys(app, binding))
    return ""


def help_rows(app: "App", owners: Iterable[type]) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding of these classes, then the app's own."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for owner in [*owners, type(app)]:
        for binding in getattr(owner, "BINDINGS", []):
            if not isinstance(binding, Binding) or binding.action in seen:
                continue
            seen.add(binding.action)
            rows.append((display(_live_keys(app, binding)), binding.tooltip or binding.description))
    rows.append(("tab", "move between the article and the claims; enter on a claim jumps to it"))
    rows.append((display(getattr(app, "COMMAND_PALETTE_BINDING", "ctrl+k")), "command palette"))
    return rows


_LINE = re.compile(r"""^\s*["']?([\w.\-]+)["']?\s*=\s*["']([^"']+)["']\s*(?:#.*)?$""")


def load_keymap(config_dir: Path) -> tuple[dict[str, str], str]:
    """The user's keymap {binding id: keys} from keys.toml, and a one-line problem ("" if none).

    A missing file is no keymap; a damaged one is reported and ignored (the defaults stay)."""
    path = Path(config_dir) / KEYMAP_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, ""
    except OSError as exc:
        return {}, f"{path}: cannot read the keymap ({exc.strerror or exc}); default keys kept"
    try:
        import tomllib

        data = tomllib.loads(text)
        table = data.get("keys", data)
        keymap = {str(k): str(v) for k, v in table.items() if isinstance(v, str)}
    except ModuleNotFoundError:  # Python 3.10: the simple `id = "keys"` lines only
        keymap = {m.group(1): m.group(2) for line in text.splitlines() if (m := _LINE.match(line))}
    except ValueError as exc:
        return {}, f"{path}: not valid TOML ({exc}); default keys kept"
    known = {b.id for b in [*READER_BINDINGS, QUIT_BINDING] if b.id} | _widget_binding_ids()
    unknown = sorted(set(keymap) - known)
    keymap = {k: v for k, v in keymap.items() if k in known}
    problem = f"{path}: unknown binding ids ignored: {', '.join(unknown)}" if unknown else ""
    return keymap, problem


def _widget_binding_ids() -> set[str]:
    from tui.app.article_view import ArticleView

    return {b.id for b in ArticleView.BINDINGS if isinstance(b, Binding) and b.id}
