"""Interviews in question / answer form: the interviewee speaks the answers.

    RFI : Pouvez-vous confirmer … ?            <- a labelled question (the outlet asks)
    Michel Kafando : Le général a été …        <- a labelled answer: the interviewee
    Et les élections ?                         <- unlabelled paragraphs ending with « ? »: questions
    Nous allons …                              <- the paragraphs after a question: answers

Plain text over the article's paragraphs, no spaCy. The pattern must be established by a
labelled question followed by an answer with another label before any unlabelled paragraph is
taken as an answer, so an ordinary article with a « Name : » line is never read as an interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.article import Article

# « Michel Kafando : », « RFI : », « Q : », « Le Monde : » — capitalised words before a colon
_LABEL = re.compile(r"[ \t]*((?:[A-ZÀ-Ý][\w.'’-]*|de|du|des|la|le|d'|d’)(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|de|du|des|la|le)){0,4})"
                    r"[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")
_QUESTION_END = re.compile(r"\?[ \t\u00a0»”\"]*$")
_MAX_LABEL_CHARS = 40


@dataclass(frozen=True)
class Answer:
    """One answer paragraph: its text range (after any label) and who speaks it."""

    start: int
    end: int
    speaker: str


def find_answers(article: "Article") -> list[Answer]:
    """The answers of a question / answer interview, or [] when the article is not one."""
    paragraphs = [(p.start, p.end) for p in article.paragraphs if p.kind == "text"]
    labelled = [_label(article.text, start, end) for start, end in paragraphs]
    interviewer = interviewee = None
    first = None
    for index in range(len(paragraphs) - 1):
        asked, answered = labelled[index], labelled[index + 1]
        if (asked and answered and asked[0] != answered[0] and _is_question(article.text, *paragraphs[index])
                and not _is_question(article.text, *paragraphs[index + 1])):
            interviewer, interviewee, first = asked[0], answered[0], index
            break
    if interviewee is None or first is None:
        return []
    answers: list[Answer] = []
    after_question = False
    for index in range(first, len(paragraphs)):
        start, end = paragraphs[index]
        label = labelled[index]
        if label and label[0] == interviewer or (not label and _is_question(article.text, start, end)):
            after_question = True
            continue
        if label and label[0] == interviewee:
            answers.append(Answer(label[1], end, interviewee))
            after_question = False
        elif not label and (after_question or answers and answers[-1].end == _previous_end(paragraphs, index)):
            answers.append(Answer(start, end, interviewee))
            after_question = False
        else:
            after_question = False
    return answers


def _previous_end(paragraphs: list[tuple[int, int]], index: int) -> int:
    return paragraphs[index - 1][1] if index else -1


def _label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(label, start of what follows it) for « Label : … », else None."""
    match = _LABEL.match(text, start, end)
    if not match or len(match.group(1)) > _MAX_LABEL_CHARS:
        return None
    return match.group(1).strip(), match.end()


def _is_question(text: str, start: int, end: int) -> bool:
    return bool(_QUESTION_END.search(text[start:end].rstrip()))
