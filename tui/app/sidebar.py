"""The claims sidebar: every claim in reading order, filterable by speaker."""

from __future__ import annotations

from bisect import bisect_right

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.analysis.model import Analysis, Claim
from tui.app import styles
from tui.app.spans import speaker_indexes
from tui.app.styles import Theme

CHECK_MARK = "⚑"  # a check-worthy claim
UNATTRIBUTED = "?"
BOOKMARK = "▍"
MAX_CLAIM_CHARS = 90


class ClaimsSidebar(OptionList):
    """Claims as options; selecting one (enter or click) jumps to it in the article."""

    DEFAULT_CSS = """
    ClaimsSidebar {
        height: 1fr;
        border: none;
        padding: 0;
        background: $panel;
    }
    ClaimsSidebar > .option-list--option {
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.speaker_filter: str | None = None
        self.visible_claims: list[Claim] = []
        self._starts: list[int] = []
        self._bookmarked: set[str] = set()  # claim ids
        self._keys: list[tuple] = []  # what each shown row displays (see _key)
        self._corrected_of: Analysis | None = None
        self._corrected_ids: set[str] = set()
        self.theme_ = Theme()

    def show(self, analysis: Analysis | None, theme: Theme, bookmarked_claims: set[str] | None = None) -> None:
        self.analysis = analysis
        self.theme_ = theme
        if bookmarked_claims is not None:
            self._bookmarked = bookmarked_claims
        self._rebuild()

    def set_filter(self, speaker_id: str | None) -> None:
        if speaker_id != self.speaker_filter:
            self.speaker_filter = speaker_id
            self._keys = []
        self._rebuild()

    def _rebuild(self) -> None:
        """Show the claims; when the list only grew (a streamed analysis), append the new ones:
        measuring hundreds of wrapped options again would stall the reader."""
        if self.analysis is None:
            self.clear_options()
            self.visible_claims, self._starts, self._keys = [], [], []
            return
        claims = self.analysis.claims
        if self.speaker_filter is not None:
            claims = [c for c in claims if c.speaker == self.speaker_filter]
        index = speaker_indexes(self.analysis)
        keys = [self._key(c) for c in claims]
        highlighted = self.highlighted_claim
        if keys[: len(self._keys)] != self._keys or not self._keys:
            self.clear_options()
            start = 0
        else:
            start = len(self._keys)
        options: list[Option | None] = []
        for claim in claims[start:]:
            options += [Option(self._prompt(claim, index), id=claim.id), None]  # None: a divider
        if options:
            self.add_options(options)
        self.visible_claims, self._keys = claims, keys
        self._starts = [c.start for c in claims]
        if start == 0 and highlighted is not None and highlighted.id in {c.id for c in claims}:
            self.highlight_claim(highlighted.id)

    def _key(self, claim: Claim) -> tuple:
        """Everything a claim's row shows: when it changes, the row must be drawn again."""
        speaker = self.analysis.speaker(claim.speaker) if self.analysis else None
        return (claim.id, claim.text, claim.cue, claim.checkworthy, speaker.name if speaker else None,
                claim.id in self._bookmarked, self.theme_, self._corrected(claim))

    def _corrected(self, claim: Claim) -> bool:
        """The claim's speaker was corrected by the reader (its first quote's)."""
        analysis = self.analysis
        assert analysis is not None
        if self._corrected_of is not analysis:  # once per analysis shown, not once per row
            self._corrected_of = analysis
            self._corrected_ids = {q.id for q in analysis.quotes if q.corrected}
        return bool(claim.quotes) and claim.quotes[0] in self._corrected_ids

    def _prompt(self, claim: Claim, index: dict[str, int]) -> Text:
        assert self.analysis is not None
        speaker = self.analysis.speaker(claim.speaker)
        text = Text(no_wrap=False, overflow="fold")
        if claim.id in self._bookmarked:
            text.append(BOOKMARK, styles.BOOKMARK_GUTTER)
        if speaker is not None:
            text.append(speaker.name, styles.speaker_style(index[speaker.id], self.theme_))
            if self._corrected(claim):
                text.append(f" {styles.CORRECTED_MARK} corrected", styles.CORRECTED_GUTTER)
        else:
            text.append(f"{UNATTRIBUTED} unattributed", "italic")
        if claim.cue:
            text.append(f" · {claim.cue}", "dim")
        if claim.checkworthy:
            text.append(f"  {CHECK_MARK} " + ", ".join(claim.reasons), "bold")
        flat = " ".join(claim.text.split())  # a quotation over several paragraphs reads as one run of text
        body = flat if len(flat) <= MAX_CLAIM_CHARS else flat[: MAX_CLAIM_CHARS - 1].rstrip() + "…"
        text.append("\n" + body)
        return text

    @property
    def highlighted_claim(self) -> Claim | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self.visible_claims):
            return None
        return self.visible_claims[self.highlighted]

    def highlight_claim(self, claim_id: str) -> None:
        for i, claim in enumerate(self.visible_claims):
            if claim.id == claim_id:
                if self.highlighted != i:
                    self.highlighted = i
                return

    def follow(self, offset: int) -> None:
        """Highlight the last claim that starts at or before a text offset (the reading position)."""
        if not self._starts:
            return
        i = max(0, bisect_right(self._starts, offset) - 1)
        if self.highlighted != i:
            self.highlighted = i

    def claim_of_quote(self, quote_id: str) -> Claim | None:
        if self.analysis is None:
            return None
        return next((c for c in self.analysis.claims if quote_id in c.quotes), None)
