"""Dialogue written as lines opened by a dash (« — Moi, dit Bouvard, je reste. »), and turn-taking.

Plain text here: where the turns are. The engine resolves each turn's speaker through the same
rules as news (the incise's subject, a colon introduction in the narration before it) and this
module fills the turns left without a cue by alternation, the conversation sieve of Muzny et al.
(2017): in an exchange between two people, a line between two lines of one speaker is the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Generic, TypeVar

# a line opened by one of these is speech (« -- » is the em dash of plain-text editions); a hyphen
# only where dialogue is known to use it (lists use it too)
EM_DASHES = ("—", "–", "--")
HYPHEN = "-"
# a turn opens at a line start, or mid-paragraph right after a sentence end (older editions); a
# hyphen needs a space after it (« -5 % »), the others not (« --Oh ! oui. »); some transcriptions
# double the dash (« –– Mais Mary ? »)
_TURN = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\u00a0))[ \t\u00a0]*(--|[—–]|-(?=[ \t\u00a0]))[—–]?[ \t\u00a0]*"
                   r"(?=[^\s—–-])", re.M)

# a chapter's number between dashes (« – 3 – », « -- II -- »): a heading, nobody's words
_HEADING = re.compile(r"(?i:chapitre\s+)?(?:\d+|[IVXLC]+)\.?")


@dataclass(frozen=True)
class Turn:
    """One dialogue line: [start, end) in the paragraph's text, from the dash on."""

    start: int
    end: int
    dash: str
    paragraph_end: int = -1  # where the line's paragraph ends, when narration follows its words
    # opened mid-paragraph after narration (« Je remerciai avec embarras. – Je regrettais … »):
    # a line only if a cue says whose; the writer's own dash as often
    after_narration: bool = False

    @property
    def needs_cue(self) -> bool:
        return self.dash == HYPHEN

    @property
    def line_end(self) -> int:
        """The end of the line with the narration after its words."""
        return max(self.end, self.paragraph_end)


def turns_in(text: str) -> list[Turn]:
    """The dialogue turns of one paragraph (offsets into `text`)."""
    starts = []
    for match in _TURN.finditer(text):
        dash_at = match.start(1)
        line_start = text.rfind("\n", 0, dash_at) + 1
        at_line_start = not text[line_start:dash_at].strip(" \t\u00a0")
        if match.group(1) in (HYPHEN, "--") and not at_line_start:
            continue  # « 21 heures - 22 heures », « il force. --Brrrou--le râle s'envole »: punctuation
        if not at_line_start and not (text[match.end():match.end() + 1].isupper() or text[match.end()] in "«“"):
            continue  # « – un brassage très large »: a parenthetical dash, not a new speaker
        if not at_line_start and match.group(1) in EM_DASHES and not starts and dash_at > 0:
            # mid-paragraph dash after narration: a new turn only when a sentence ended before it
            if not re.search(r"[.!?…»][ \t\u00a0]*$", text[:dash_at]):
                continue
        starts.append((dash_at, match.group(1), not starts and not at_line_start))
    turns = []
    for index, (start, dash, after_narration) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start > 2 and not _HEADING.fullmatch(text[start:end].strip("—–- \t\u00a0")):
            turns.append(Turn(start, end, dash, after_narration=after_narration))
    return turns


T = TypeVar("T")


@dataclass
class Conversation(Generic[T]):
    """The turns of one exchange, in order, with the speaker each is known to have (or None)."""

    speakers: list[T | None] = field(default_factory=list)
    explicit: list[bool] = field(default_factory=list)
    addressees: list[T | None] = field(default_factory=list)  # who a line calls by name (a vocative)
    pair: tuple[T, T] | None = None  # the two people the narration set the exchange between
    mentions: list[tuple[T, ...]] = field(default_factory=list)  # whom a line speaks of by name
    # an answer to a line a cue named, that called its speaker by name: evidence for the lines after
    # it, not before (« — … demanda le commissaire en s'adressant à Saniel »: a new interlocutor)
    answered: list[bool] = field(default_factory=list)

    def add(self, speaker: T | None, addressee: T | None = None, evidence: bool = True,
            mentions: tuple[T, ...] = ()) -> int:
        """``evidence``: whether the speaker can tell who speaks the lines around (not a crowd's
        « s'écria-t-on », whose many voices break the alternation of two); ``mentions``: the people
        the line names without calling them."""
        self.speakers.append(speaker)
        self.explicit.append(speaker is not None and evidence)
        self.addressees.append(addressee)
        self.mentions.append(mentions)
        self.answered.append(False)
        return len(self.speakers) - 1

    def fill_by_address(self, known: Callable[[T], bool] = lambda speaker: True) -> list[int]:
        """A cue-less line right after a line that calls someone by name (« — Voyons, Marthe ! »)
        is that person's answer, unless they spoke the calling line themselves; return the turns filled.
        An answer to a line whose speaker a cue named, and who is `known` (not someone the cue's
        words did not let the engine tell), is evidence as good as a cue for the turns after it
        (« — Eh bien, madame Bertin, fit-il … ¶ — Mal, docteur. ¶ — Bah ! … »: his again)."""
        filled: list[int] = []
        for k in range(1, len(self.speakers)):
            called = self.addressees[k - 1]
            if self.speakers[k] is None and called is not None and called is not self.speakers[k - 1] \
                    and not any(m is called for m in self.mentions[k]):
                # (« — M. Jacques de Vignes ? ¶ — M. de Vignes est absent. »: no one answers by his own name)
                self.speakers[k] = called
                self.answered[k] = self.explicit[k - 1] and known(self.speakers[k - 1])
                filled.append(k)
        return filled

    def fill_by_call_in_pair(self, present: Callable[[T], bool] = lambda person: True) -> list[int]:
        """In an exchange the narration set between two people, a cue-less line that calls one of
        them by name (« — Je serai là, Mathilde. ») is the other's, if the one called is `present`
        in the scene; return the turns filled."""
        if self.pair is None:
            return []
        a, b = self.pair
        filled: list[int] = []
        for k, speaker in enumerate(self.speakers):
            called = self.addressees[k]
            if speaker is None and called is not None and (called is a or called is b) and present(called):
                self.speakers[k] = b if called is a else a
                filled.append(k)
        return filled

    def fill_by_alternation(self) -> list[int]:
        """Give cue-less turns the speaker two turns away when the two turns next to it on that
        side have two different speakers named by a cue (A B ? -> A, ? A B -> B); return the turns
        filled. Only cue-named turns count as evidence (and, for the turns after it, an answer to a
        cue-named call): a guess never props up another guess."""
        filled: list[int] = []
        speakers, explicit = self.speakers, self.explicit
        known = [e or a for e, a in zip(explicit, self.answered)]  # evidence for the lines after
        for k, speaker in enumerate(speakers):
            if speaker is not None:
                continue
            guess = None
            if k >= 2 and known[k - 1] and known[k - 2] and speakers[k - 1] is not speakers[k - 2]:
                guess = speakers[k - 2]
            elif k + 2 < len(speakers) and explicit[k + 1] and explicit[k + 2] \
                    and speakers[k + 1] is not speakers[k + 2]:
                guess = speakers[k + 2]
            if guess is not None and not self._calls(k, guess):
                speakers[k] = guess
                filled.append(k)
        # A ? ? B between two different named speakers: only strict alternation fits (A B A B)
        named = [k for k, known in enumerate(explicit) if known]
        for i, j in zip(named, named[1:]):
            a, b = speakers[i], speakers[j]
            if j - i > 1 and (j - i) % 2 == 1 and a is not b and all(speakers[k] is None for k in range(i + 1, j)) \
                    and not any(self._calls(k, b if (k - i) % 2 else a) for k in range(i + 1, j)):
                for k in range(i + 1, j):
                    speakers[k] = b if (k - i) % 2 else a
                    filled.append(k)
        return filled

    def _calls(self, k: int, speaker: T | None) -> bool:
        """Whether turn k calls this speaker by name (« — Il est parti, Marthe. » is not Marthe's)."""
        return speaker is not None and self.addressees[k] is speaker

    def fill_by_pair(self, fits: Callable[[int, T, T], bool] = lambda k, speaker, addressee: True) -> list[int]:
        """An exchange the narration set between two people (« Frédéric et Deslauriers se
        promenaient »), every known speaker one of them: the cue-less turns alternate between
        the two, wherever strict alternation fits the turns known on both sides; return the
        turns filled; a run with a line that does not `fits` its guess is left open (see
        `fill_by_chain`). Run once the exchange is over, when all its cues are known."""
        if self.pair is None:
            return []
        a, b = self.pair
        speakers = self.speakers
        known = [k for k, s in enumerate(speakers) if s is not None]
        if not known or any(speakers[k] is not a and speakers[k] is not b for k in known):
            return []

        def other(speaker: T) -> T:
            return b if speaker is a else a

        filled: list[int] = []
        bounds = [-1] + known + [len(speakers)]
        for left, right in zip(bounds, bounds[1:]):
            if right - left <= 1:
                continue
            if left >= 0 and right < len(speakers):
                expected = speakers[left] if (right - left) % 2 == 0 else other(speakers[left])
                if speakers[right] is not expected:
                    continue  # A ? ? A: someone spoke twice, or a third person: not guessed
            guesses = {k: (speakers[left] if (k - left) % 2 == 0 else other(speakers[left])) if left >= 0 else
                       (speakers[right] if (right - k) % 2 == 0 else other(speakers[right])) for k in range(left + 1, right)}
            if any(self._calls(k, guess) or not fits(k, guess, other(guess)) for k, guess in guesses.items()):
                continue  # a line would be given to the one it calls, or to someone its words rule out
            for k, guess in guesses.items():
                speakers[k] = guess
                filled.append(k)
        return filled

    def fill_by_chain(self, reach: int,
                      fits: Callable[[int, T, T], bool] = lambda k, speaker, addressee: True) -> list[int]:
        """Long cue-less runs of an exchange of two: after two cue-named lines of two people (A B),
        the lines alternate (A B A B …) as far as the next cue-named line, which must fall where the
        alternation puts its speaker; past the exchange's last cue (or before its first) at most
        `reach` lines. Every line of a run must fit its guess (no line given to the one it calls, a
        vocative of no third person, `fits(k, speaker, addressee)` for what the engine knows: a
        colon's gender, « j'en suis sûre », « oui, madame »), or the run is left open. Run once the
        exchange is over; return the turns filled."""
        speakers, explicit = self.speakers, self.explicit
        known = [e or a for e, a in zip(explicit, self.answered)]  # an answer counts for the lines after it
        named = [k for k, evidence in enumerate(known) if evidence]
        if len({id(speakers[k]) for k in named}) != 2:
            return []  # a third speaker somewhere in the exchange: alternation of two cannot be trusted
        a, b = speakers[named[0]], next(speakers[k] for k in named if speakers[k] is not speakers[named[0]])

        def other(speaker: T | None) -> T:
            return b if speaker is a else a

        def adjacent_pair(k: int, step: int) -> bool:
            """Turns k and k+step both cue-named (or, for the lines after them, one answering the
            other's call), by the two different people."""
            j = k + step
            evidence = known if step < 0 else explicit
            return 0 <= j < len(speakers) and evidence[k] and evidence[j] and speakers[k] is not speakers[j]

        filled: list[int] = []
        bounds = [-1] + named + [len(speakers)]
        for left, right in zip(bounds, bounds[1:]):
            if right - left <= 1:
                continue
            if left >= 0 and adjacent_pair(left, -1):
                anchor, lines = left, range(left + 1, min(right, left + 1 + reach) if right == len(speakers) else right)
            elif right < len(speakers) and adjacent_pair(right, 1):
                anchor, lines = right, range(max(left + 1, right - reach) if left < 0 else left + 1, right)
            else:
                continue
            guesses = {k: speakers[anchor] if (k - anchor) % 2 == 0 else other(speakers[anchor]) for k in lines}
            if left >= 0 and right < len(speakers):
                expected_right = speakers[left] if (right - left) % 2 == 0 else other(speakers[left])
                expected_left = speakers[anchor] if (left - anchor) % 2 == 0 else other(speakers[anchor])
                if speakers[right] is not expected_right or speakers[left] is not expected_left:
                    continue  # someone spoke twice, or the cues contradict the alternation
            if any(speakers[k] is not None and speakers[k] is not guess for k, guess in guesses.items()):
                continue  # an earlier sieve (a call, a crowd) put someone else in the run
            if any(self.addressees[k] is not None and self.addressees[k] is not other(guess)
                   for k, guess in guesses.items()):
                continue  # a line calls the one it would be given to, or a third person
            if not all(fits(k, guess, other(guess)) for k, guess in guesses.items()):
                continue
            for k, guess in guesses.items():
                if speakers[k] is None:
                    speakers[k] = guess
                    filled.append(k)
        return filled
