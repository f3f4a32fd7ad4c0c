"""Interviews in question / answer form: the interviewee speaks the answers.

    RFI : Pouvez-vous confirmer … ?            <- a labelled question (the outlet asks)
    Michel Kafando : Le général a été …        <- a labelled answer: the interviewee
    Et les élections ?                         <- unlabelled paragraphs ending with « ? »: questions
    Nous allons …                              <- the paragraphs after a question: answers

Plain text over the article's paragraphs, no spaCy. The pattern must be established by a
labelled question followed by an answer with another label before any unlabelled paragraph is
taken as an answer, so an ordinary article with a « Name : » line is never read as an interview.

An interview with no labels at all (questions in bold, lost in plain text) is one only when the
article says so in so many words (« Il répond à nos questions », « Propos recueillis par »), asks
at least two short questions each followed by an answer, and most answers speak in the first
person; an explainer (« Que contient le texte ? ¶ Le projet prévoit … ») does not. Its answers
have no speaker named here: the engine gives them to the person the article is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.analysis.lang.verbs import PLAIN_INTERVIEW_MARKERS

if TYPE_CHECKING:
    from tui.article import Article

# « Michel Kafando : », « RFI : », « Q : », « Le Monde : » — capitalised words before a colon
_LABEL = re.compile(r"[ \t]*((?:[A-ZÀ-Ý][\w.'’-]*|de|du|des|la|le|d'|d’)(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|de|du|des|la|le)){0,4})"
                    r"[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")
_QUESTION_END = re.compile(r"\?[ \t\u00a0»”\"]*$")
_MAX_LABEL_CHARS = 40
# an unlabelled interview's question: short, and ends with « ? » or trails off (« Les écologistes
# jugent votre plan insuffisant… »)
_TRAILING_QUESTION = re.compile(r"(?:…|\.\.\.)[ \t\u00a0]*$")
_MAX_QUESTION_WORDS = 45
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos)\b")
_QUOTE_MARKS = ("«", "»", "“", "”")


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
        return _unlabelled_answers(article.text, paragraphs)
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


def _unlabelled_answers(text: str, paragraphs: list[tuple[int, int]]) -> list[Answer]:
    """The answers of an interview with no labels (see the module's docstring), speaker ""."""
    if not any(marker in text.lower() for marker in PLAIN_INTERVIEW_MARKERS):
        return []
    asked = [_short_question(text, start, end, trailing=False) for start, end in paragraphs]
    if not any(asked):
        return []
    asked = [a or _short_question(text, start, end, trailing=True) for a, (start, end) in zip(asked, paragraphs)]
    answers: list[Answer] = []
    after_question = False
    for index, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end].lower()
        if asked[index]:
            after_question = True
        elif any(marker in paragraph for marker in PLAIN_INTERVIEW_MARKERS) and len(paragraph.split()) <= 12:
            after_question = False  # « Propos recueillis par Claire Martin »
        elif after_question or answers and answers[-1].end == _previous_end(paragraphs, index):
            answers.append(Answer(start, end, ""))
            after_question = False
    pairs = sum(1 for index in range(len(paragraphs) - 1) if asked[index] and not asked[index + 1])
    spoken = sum(1 for a in answers if _FIRST_PERSON.search(text[a.start:a.end]))
    if pairs < 2 or spoken * 2 < len(answers):
        return []
    return answers


def _short_question(text: str, start: int, end: int, trailing: bool) -> bool:
    paragraph = text[start:end].rstrip()
    if len(paragraph.split()) > _MAX_QUESTION_WORDS or any(mark in paragraph for mark in _QUOTE_MARKS):
        return False
    return bool(_QUESTION_END.search(paragraph) or trailing and _TRAILING_QUESTION.search(paragraph))
