"""Modal screens: help, speaker legend, speaker filter. Each returns its result by dismiss()."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.model import Analysis
from tui.app import styles
from tui.app.styles import Theme

ALL_SPEAKERS = "__all__"

MODAL_CSS = """
{name} {{
    align: center middle;
    background: $background 60%;
}}
{name} > Vertical {{
    width: 80%;
    max-width: 100;
    height: auto;
    max-height: 90%;
    border: round $accent;
    background: $panel;
    padding: 0 1;
}}
{name} .modal-title {{
    text-style: bold;
    width: 100%;
    content-align: center middle;
    padding: 0 0 1 0;
}}
{name} .modal-hint {{
    color: $text-muted;
    width: 100%;
    content-align: center middle;
}}
"""


class HelpScreen(ModalScreen[None]):
    """Every key of the reader, grouped, from the app's own bindings."""

    DEFAULT_CSS = MODAL_CSS.format(name="HelpScreen") + """
    HelpScreen VerticalScroll { height: auto; max-height: 30; }
    """
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, description in self.rows:
            table.add_row(keys, description)
        with Vertical():
            yield Label("quotelens — keys", classes="modal-title")
            with VerticalScroll():
                yield Static(table)
            yield Label("Mouse: click a claim to jump to it, a coloured name to filter by that speaker. "
                        "ctrl+k: command palette.  esc closes", classes="modal-hint")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)


class LegendScreen(ModalScreen[None]):
    """Who speaks in this article: colour, roles and number of quotes."""

    DEFAULT_CSS = MODAL_CSS.format(name="LegendScreen")
    BINDINGS = [Binding("escape,q,l", "dismiss", "Close")]

    def __init__(self, analysis: Analysis | None, theme: Theme) -> None:
        super().__init__()
        self.analysis = analysis
        self.theme_ = theme

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Speakers", classes="modal-title")
            yield Static(self._table(), id="legend-table")
            yield Label("Organisations are underlined in bold; places and other names in italics. esc closes",
                        classes="modal-hint")

    def _table(self) -> Table | Text:
        if self.analysis is None or not self.analysis.speakers:
            return Text("No speakers yet: the analysis has not found any.", style="italic")
        table = Table.grid(padding=(0, 2))
        table.add_column(max_width=40)  # a long name (a group with its members) wraps; the counts stay
        table.add_column(justify="right", no_wrap=True)
        table.add_column()
        for i, speaker in enumerate(self.analysis.speakers):
            count = sum(1 for q in self.analysis.quotes if q.speaker and q.speaker.id == speaker.id)
            name = Text(speaker.name, styles.speaker_style(i, self.theme_))
            details = ", ".join(speaker.roles) or {"government": "government", "organisation": "organisation",
                                                   "group": "speaking together"}.get(
                speaker.kind, "")
            table.add_row(name, f"{count} quote{'s' if count != 1 else ''}", Text(details, style="dim"))
        orphans = sum(1 for q in self.analysis.quotes if not q.speaker)
        if orphans:
            table.add_row(Text("? unattributed", style="italic"), str(orphans), "")
        return table

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)


class SpeakerFilterScreen(ModalScreen[str | None]):
    """Pick one speaker to filter the claims by (or all of them). Dismisses with the id,
    ALL_SPEAKERS, or None when cancelled."""

    DEFAULT_CSS = MODAL_CSS.format(name="SpeakerFilterScreen") + """
    SpeakerFilterScreen OptionList { height: auto; max-height: 20; border: none; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, analysis: Analysis, theme: Theme, current: str | None) -> None:
        super().__init__()
        self.analysis = analysis
        self.theme_ = theme
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text("All speakers", style="bold"), id=ALL_SPEAKERS)]
        for i, speaker in enumerate(self.analysis.speakers):
            count = sum(1 for c in self.analysis.claims if c.speaker == speaker.id)
            # assembled, not Text(name, style): a Text's own style would colour the count too
            label = Text.assemble((speaker.name, styles.speaker_style(i, self.theme_)),
                                  (f"  {count} claim{'s' if count != 1 else ''}", "dim"))
            options.append(Option(label, id=speaker.id))
        with Vertical():
            yield Label("Show the claims of…", classes="modal-title")
            yield OptionList(*options, id="speaker-options")
            yield Label("enter picks · esc cancels", classes="modal-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if self.current:
            try:
                options.highlighted = options.get_option_index(self.current)
            except Exception:  # noqa: BLE001 - the speaker is gone from a newer analysis
                options.highlighted = 0
        else:
            options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportDialog(ModalScreen["str | None"]):
    """Where to write the claims as Markdown: a path, with a sensible default; enter writes."""

    DEFAULT_CSS = MODAL_CSS.format(name="ExportDialog")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: str) -> None:
        super().__init__()
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        from textual.widgets import Input

        with Vertical():
            yield Label("Export the claims as Markdown", classes="modal-title")
            yield Input(value=self.default_path, id="export-path")
            yield Label("enter writes · esc cancels", classes="modal-hint")

    def on_mount(self) -> None:
        from textual.widgets import Input

        self.query_one(Input).focus()

    def on_input_submitted(self, event) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
