"""Trust: `w` shows why a quote's speaker was chosen; `a` corrects it.

The why panel lists the cue, the rule (in plain words) and the chain of mentions that led to
the speaker; each mention is one `enter` away in the text. The correction list is the article's
speakers filtered as you type, plus a new speaker by name, "not reported speech" and "the
engine's choice again".
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.model import Analysis, Quote
from tui.app import styles
from tui.app.screens import MODAL_CSS
from tui.app.styles import Theme

# what each sieve (`via`) means, for a reader who never saw the engine
RULES: dict[str, str] = {
    "name": "the speaker is named at the cue (« … », a déclaré X)",
    "pronoun": "a pronoun at the cue (« a-t-elle ajouté »), standing for the last person of that gender mentioned",
    "description": "a description at the cue (« a dit le ministre »), tied to the person whose role fits, "
                   "or a speaker of its own when the article names nobody for it",
    "selon": "« selon X », « pour X », « d'après X »",
    "colon": "an introduction before a colon (« X a déclaré : »), or narration that ends on someone taking the "
             "floor or turning to someone (« puis il se tourna vers la mère. »)",
    "carry-over": "no cue: the speaker of the quotation just before, with nobody else named in between",
    "beat": "no cue, in a novel: the one person the narration showed acting just before (« La baronne fronça les "
            "sourcils. « Sorti ? » »), or, after a line of one of two people, the other one shown acting",
    "signed": "no cue: the sentence right after the quotation names its author (« … » Le constat est signé X, "
              "« Le cri d'alarme vient de X », « C'est ainsi que X a résumé … »)",
    "chain": "quotations that follow each other, the speaker named on the last one",
    "heading": "a quotation in a heading, repeated by a quotation of the body",
    "interview": "an answer in a question-and-answer interview",
    "document": "a document speaking for its author (« le communiqué du ministère »)",
    "same-source": "« la même source »: the source just quoted",
    "turn": "a dialogue line between two speakers whose turns alternate, the answer to a line that "
            "called its speaker by name, or a line that calls one of the two by name (the other speaks)",
    "together": "a line with no cue in the first person plural (« nous »), right after narration about a group "
                "(« Ils … »): the group speaking together",
    "narrator": "« je » in the narration of a novel (« lui dis-je »): the one who tells the story",
    "corrected": "corrected by you",
}
ROLES = {"mention": "mention", "name": "name", "quote": "the quotation it continues"}


CORRECT = -1  # what the why panel returns when `a` asks to correct the speaker


class WhyScreen(ModalScreen["int | None"]):
    """Why this speaker: returns the offset of the mention chosen with enter, CORRECT, or None."""

    DEFAULT_CSS = MODAL_CSS.format(name="WhyScreen") + """
    WhyScreen #why-facts { height: auto; padding: 0 0 1 0; }
    WhyScreen OptionList { height: auto; max-height: 12; border: none; }
    """
    BINDINGS = [Binding("escape,w,q", "close", "Close"), Binding("a", "correct", "Correct")]

    def __init__(self, quote: Quote, analysis: Analysis, theme: Theme) -> None:
        super().__init__()
        self.quote = quote
        self.analysis = analysis
        self.theme_ = theme

    def action_correct(self) -> None:
        self.dismiss(CORRECT)

    def compose(self) -> ComposeResult:
        quote = self.quote
        facts = Text()
        snippet = " ".join(quote.text.split())
        facts.append(f"« {snippet[:160]}{'…' if len(snippet) > 160 else ''} »\n", "italic")
        speaker = quote.speaker
        if speaker is not None:
            index = next((i for i, s in enumerate(self.analysis.speakers) if s.id == speaker.id), 0)
            facts.append("Speaker  ", "bold")
            facts.append(speaker.name, styles.speaker_style(index, self.theme_))
            facts.append("\nRule     ", "bold")
            facts.append(RULES.get(speaker.via, speaker.via))
            if speaker.via == "corrected":
                engine = speaker.engine
                facts.append("\nEngine   ", "bold")
                facts.append(f"{engine['name']} ({RULES.get(engine['via'], engine['via'])})" if engine
                             else "left it unattributed")
        else:
            facts.append("Speaker  ", "bold")
            facts.append("unattributed", "italic")
            facts.append("\nWhy      ", "bold")
            facts.append(quote.unattributed or "no rule concluded")
        facts.append("\nCue      ", "bold")
        facts.append(f"« {quote.cue.text} »" if quote.cue else "none")
        options = []
        if quote.cue is not None:
            options.append(Option(Text.assemble(("cue  ", "dim"), f"« {quote.cue.text} »"), id=f"at-{quote.cue.start}"))
        for step, evidence in enumerate(speaker.evidence if speaker else []):
            label = Text.assemble(("→ " if step else "   ", "dim"), f"« {evidence.text} »",
                                  (f"  {ROLES.get(evidence.role, evidence.role)}", "dim"))
            options.append(Option(label, id=f"at-{evidence.start}"))
        with Vertical():
            yield Label("Why this speaker", classes="modal-title")
            yield Static(facts, id="why-facts")
            if options:
                yield Label(Text("The chain, from the quote to the speaker (enter: show it in the text)", "dim"))
                yield OptionList(*options, id="why-chain")
            yield Label("enter: go there · a: correct · esc: close", classes="modal-hint")

    def on_mount(self) -> None:
        for chain in self.query("#why-chain"):
            chain.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int((event.option.id or "at-0")[3:]))

    def action_close(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class Choice:
    """What the correction list returns."""

    action: str  # speaker, not_speech, reset
    name: str = ""


NOT_SPEECH = "__not_speech__"
RESET = "__reset__"
NEW = "__new__"


class CorrectionScreen(ModalScreen["Choice | None"]):
    """The article's speakers filtered as you type; enter picks. A name that is none of them
    creates that speaker."""

    DEFAULT_CSS = MODAL_CSS.format(name="CorrectionScreen") + """
    CorrectionScreen OptionList { height: auto; max-height: 16; border: none; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("down", "down", show=False),
                Binding("up", "up", show=False)]

    def __init__(self, quote: Quote, analysis: Analysis, theme: Theme) -> None:
        super().__init__()
        self.quote = quote
        self.analysis = analysis
        self.theme_ = theme

    def compose(self) -> ComposeResult:
        who = self.quote.speaker.name if self.quote.speaker else "unattributed"
        with Vertical():
            yield Label(f"Who said this? (now: {who})", classes="modal-title")
            yield Input(placeholder="Type to filter, or a new name", id="correction-filter")
            yield OptionList(id="correction-options")
            yield Label("enter picks · ↑↓ move · esc cancels", classes="modal-hint")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, typed: str) -> None:
        from tui.app.search import fold_text as fold

        options = self.query_one(OptionList)
        options.clear_options()
        wanted = fold(typed.strip())
        exact = False
        for index, speaker in enumerate(self.analysis.speakers):
            names = [speaker.name, *speaker.aliases]
            if wanted and not any(wanted in fold(n) for n in names):
                continue
            exact = exact or any(fold(n) == wanted for n in names)
            count = sum(1 for q in self.analysis.quotes if q.speaker and q.speaker.id == speaker.id)
            label = Text.assemble((speaker.name, styles.speaker_style(index, self.theme_)),
                                  (f"  {count} quote{'s' if count != 1 else ''}", "dim"))
            options.add_option(Option(label, id=speaker.id))
        if typed.strip() and not exact:
            options.add_option(Option(Text.assemble(("New speaker: ", "dim"), (typed.strip(), "bold")), id=NEW))
        options.add_option(Option(Text("Not reported speech", style="italic"), id=NOT_SPEECH))
        if self.quote.corrected:
            options.add_option(Option(Text("The engine's choice again", style="italic"), id=RESET))
        options.highlighted = 0

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._pick(options.get_option_at_index(options.highlighted).id or "")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option.id or "")

    def _pick(self, option_id: str) -> None:
        if option_id == NOT_SPEECH:
            self.dismiss(Choice("not_speech"))
        elif option_id == RESET:
            self.dismiss(Choice("reset"))
        elif option_id == NEW:
            self.dismiss(Choice("speaker", self.query_one(Input).value.strip()))
        else:
            speaker = self.analysis.speaker(option_id)
            if speaker is not None:
                self.dismiss(Choice("speaker", speaker.name))

    def action_cancel(self) -> None:
        self.dismiss(None)
