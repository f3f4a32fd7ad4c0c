"""Quote-mark pairing and sentence boundaries, on plain text (no spaCy).

Marks pair by type (« », “ ”, ‹ ›, straight "); a mark opened inside another quotation is a
nested quotation and stays inside the outer one. An odd count never fails: an opening mark left
open runs to the end of its paragraph and is flagged `closed=False`.
"""

from __future__ import annotations
from tui.analysis.lang.grammar import ABBREVIATIONS

import re
from dataclasses import dataclass

# Where the pipeline's sentence component leaves, on each Doc, its quotations and its text (spaCy
# rebuilds `doc.text` on every access), for the rules to read.
QUOTES_KEY = "quotelens_quotes"
TEXT_KEY = "quotelens_text"
NAMES_KEY = "quotelens_names"  # cleaned names of people, bodies, places: {end token: first token, civility included}

OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
QUOTE_MARK_CHARS = frozenset(OPENERS) | CLOSERS | {STRAIGHT}


@dataclass(frozen=True)
class QuoteMarks:
    """One top-level quotation: marks at `open` and `close` (exclusive end of the closing mark)."""

    open: int  # index of the opening mark
    close: int  # index just past the closing mark (or the paragraph end when unclosed)
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close - (1 if self.closed else 0)


def pair_marks(text: str, start: int = 0, end: int | None = None) -> list[QuoteMarks]:
    """Top-level quotations in text[start:end] (one paragraph)."""
    end = len(text) if end is None else end
    stack: list[tuple[str, int]] = []  # (expected closer, position)
    found: list[QuoteMarks] = []
    for index in range(start, end):
        char = text[index]
        if char == "“" and stack and stack[-1][0] == "“":
            _close(stack, index, found)  # “ closes a „ quotation (German style)
        elif char in OPENERS:
            stack.append((OPENERS[char], index))
        elif char == STRAIGHT:
            if stack and stack[-1][0] == STRAIGHT:
                _close(stack, index, found)
            elif _can_open_straight(text, index, end):
                stack.append((STRAIGHT, index))
        elif char in CLOSERS:
            # close the innermost quotation of this type; a stray closer is ignored
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    del stack[depth + 1 :]
                    _close(stack, index, found)
                    break
    if stack:
        # unclosed: the outermost open quotation runs to the paragraph end
        open_at = stack[0][1]
        if not any(q.open < open_at < q.close for q in found):
            found = [q for q in found if q.open < open_at]
            found.append(QuoteMarks(open_at, _trim_end(text, open_at, end), closed=False))
    return found


def _close(stack: list[tuple[str, int]], index: int, found: list[QuoteMarks]) -> None:
    _, open_at = stack.pop()
    if not stack:  # only top-level quotations are kept; nested ones stay inside
        found.append(QuoteMarks(open_at, index + 1))


def _can_open_straight(text: str, index: int, end: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < end else " "
    if before.isdigit():  # 12" (inches)
        return False
    return not after.isspace() or before.isspace() or before in "(:[—–-"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


# ---------------------------------------------------------------------------------------------
# Sentences

_END_PUNCT = re.compile(r"[.!?…]+")


def sentence_starts(text: str, quotes: list[QuoteMarks], start: int = 0, end: int | None = None) -> list[int]:
    """Offsets where sentences begin in text[start:end]; never inside a closed quotation.

    A full stop ends a sentence when the next word starts with a capital, a digit or a quote
    mark, and the word before is not an initial (« R. Sikorski ») or an abbreviation (« M. »).
    """
    end = len(text) if end is None else end
    inside = [(q.open, q.close) for q in quotes if q.closed]
    starts = [start]
    for match in _END_PUNCT.finditer(text, start, end):
        pos = match.end()
        if any(a < match.start() < b - 1 for a, b in inside):
            # inside a quotation: only a full stop just before the closing mark can end
            # the sentence (« … c'est compliqué. » Antony Blinken a déclaré …)
            if not any(text[match.end():b - 1].strip() == "" for a, b in inside if a < match.start() < b):
                continue
            pos = next(b for a, b in inside if a < match.start() < b)
        # a closing quote mark right after the punctuation belongs to this sentence
        while pos < end and text[pos] in "»”›\")":
            pos += 1
        if pos >= end or not text[pos].isspace():
            continue
        nxt = pos
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            continue
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in "«“\"‹—–-([") :
            continue
        if match.group(0) == "." and _is_abbreviation(text, match.start(), start):
            continue
        starts.append(nxt)
    return starts


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    word_start = dot
    while word_start > floor and not text[word_start - 1].isspace() and text[word_start - 1] not in "(«“'’":
        word_start -= 1
    word = text[word_start:dot]
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: « R. Sikorski »
        return True
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):  # « J.-F. » / « U.S. »
        return True
    if re.fullmatch(r"[A-Z]\.-[A-Z]", word):
        return True
    return word.lower() in ABBREVIATIONS
