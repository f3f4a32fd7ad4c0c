"""The analysis as data: the JSON contract of `quotelens analyze`, as typed objects.

No spaCy and no Textual here: the reader imports this module to read analyses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "quotelens.analysis/1"


@dataclass
class Entity:
    id: str
    text: str
    label: str  # PER, ORG, LOC, MISC
    start: int
    end: int
    speaker: str | None = None


@dataclass
class Speaker:
    id: str
    name: str
    kind: str  # person, organisation, government, group (people speaking together)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    colour: str = ""  # filled from `tui.palette` for the JSON contract; the reader picks its own


@dataclass
class Evidence:
    """A place in the text that led to a quote's speaker: the cue's subject, a pronoun, the name
    it resolved to, the quotation it continues."""

    text: str
    start: int
    end: int
    role: str  # mention, name, quote


@dataclass
class SpeakerRef:
    id: str
    name: str
    via: str  # name, pronoun, description, carry-over, selon, colon, … ; "corrected" by the reader
    evidence: list[Evidence] = field(default_factory=list)  # in reading order of the chain
    engine: dict[str, Any] | None = None  # a corrected quote: the engine's own choice, as it was

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "SpeakerRef":
        raw = dict(raw)
        raw["evidence"] = [Evidence(**e) for e in raw.get("evidence", [])]
        return cls(**raw)


@dataclass
class Cue:
    text: str
    lemma: str
    start: int
    end: int


@dataclass
class Quote:
    id: str
    kind: str  # direct, partial, indirect
    text: str
    start: int
    end: int
    speaker: SpeakerRef | None = None
    cue: Cue | None = None
    unattributed: str | None = None  # no speaker: what was tried and why it did not conclude
    corrected: bool = False  # the reader corrected this quote's speaker


@dataclass
class Claim:
    id: str
    speaker: str | None
    quotes: list[str]
    text: str
    start: int
    end: int
    checkworthy: bool = False
    reasons: list[str] = field(default_factory=list)
    cue: str | None = None


@dataclass
class Mention:
    """A place in the text that refers to a speaker: a name, a pronoun or a description."""

    start: int
    end: int
    speaker: str
    via: str


@dataclass
class Analysis:
    source: dict[str, Any]
    model: str
    entities: list[Entity] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    language: str = "fr"
    engine: str = ""
    complete: bool = True  # False while a streamed analysis is still running

    def to_json(self) -> dict[str, Any]:
        data = {"schema": SCHEMA, **asdict(self)}
        order = ["schema", "source", "language", "model", "engine", "complete", "entities",
                 "speakers", "quotes", "claims", "mentions"]
        return {key: data[key] for key in order}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Analysis":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a quotelens analysis (schema {data.get('schema')!r})")
        quotes = []
        for raw in data.get("quotes", []):
            raw = dict(raw)
            raw["speaker"] = SpeakerRef.from_json(raw["speaker"]) if raw.get("speaker") else None
            raw["cue"] = Cue(**raw["cue"]) if raw.get("cue") else None
            quotes.append(Quote(**raw))
        return cls(
            source=dict(data.get("source", {})),
            model=data.get("model", ""),
            language=data.get("language", "fr"),
            engine=data.get("engine", ""),
            complete=bool(data.get("complete", True)),
            entities=[Entity(**e) for e in data.get("entities", [])],
            speakers=[Speaker(**s) for s in data.get("speakers", [])],
            quotes=quotes,
            claims=[Claim(**c) for c in data.get("claims", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
        )

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None) if speaker_id else None
