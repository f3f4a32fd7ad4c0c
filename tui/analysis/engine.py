"""The analysis engine: an Article in, an Analysis out, paragraph by paragraph.

Paragraphs go through spaCy with `nlp.pipe` (a 1 MB text as one Doc would need ~10 GB for the
parser); each Doc is read sentence by sentence in order, so pronouns and carried-over quotes
resolve against what came before. `Engine.feed` can be stopped at any paragraph and
`Engine.snapshot()` gives the analysis so far: the reader shows the first screen early.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from tui.analysis.claims import group_claims
from tui.analysis.entities import Name, clean_entities, title_and_de_before
from tui.analysis.agreement import addressee_gender, speaker_gender
from tui.analysis.dialogue import EM_DASHES, Conversation, Turn, turns_in
from tui.analysis.interview import Answer, find_answers
from tui.analysis.language import guess_language
from tui.analysis.lang.bodies import (DOCUMENT_NOUNS, INDUSTRY_NOUNS, INSTITUTION_NOUNS, ORG_TYPE_NOUNS, SAME_SOURCE_WORDS,
                                     WRITTEN_STATEMENT_NOUNS)
from tui.analysis.lang.grammar import (ARTICLE_GENDER, CALL_OPENERS, EMPHATIC_PRONOUNS, GREETINGS, DEGREE_WORDS, PURPOSE_MARKS, QUE, CLITIC_SUBJECTS, CLITICS_BEFORE_VERB, FEMININE_AGREEMENT_ENDINGS, FINITE_ONLY_ENDINGS, INTERJECTIONS, MASCULINE_AGREEMENT_ENDINGS, DEMONSTRATIVE_GENDER, DEMONSTRATIVE_PRONOUNS, LATTER_DETERMINERS, LATTER_WORDS, TIME_WORDS,
                                      FIRST_AND_SECOND_PERSON_WORDS, FIRST_PERSON_PLURAL_WORDS, HEADING_WORDS,
                                      FIRST_PERSON_SINGULAR_WORDS, GROUP_NUMBERS, INCISE_CLITICS, INCISE_FAIRE, MANNER_NOUNS,
                                      NARRATION_OPENERS, OF_WORDS,
                                      POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SECOND_PERSON_WORDS, TIME_NOUNS, UNKNOWN_ONE_OPENERS, UNKNOWN_ONE_SUBJECTS, VERB_GROUP_CLITICS,
                                      VOWEL_INITIALS)
from tui.analysis.lang.places import METONYMS
from tui.analysis.lang.people import (ADDRESS_GENDER, GENERIC_PERSON_NOUNS, ADDRESS_TITLES, NARRATOR_KIN, CHILD_KIN, CIVILITIES, CIVILITY_MARRIED, CIVILITY_TOKENS, EPICENE_FIRST_NAMES, FAMILY_KIN, FEMININE_TITLES, FOCUS_DESCRIPTIONS, KIN_TITLES, SEX_AND_AGE_PHRASES, NOBLE_TITLES, OFFICE_RANK_WORDS, PLURAL_CIVILITIES,
                                     EPICENE_NOUNS, EPICENE_NOUN_ENDINGS, INANIMATE_VOICES, LORDSHIP_TITLES, MILITARY_RANKS, NOT_PERSON_NOUNS, ORDINAL_PRONOUNS, PERSON_TITLES,
                                     FORMS_OF_ADDRESS, SPELLED_CIVILITIES, VOICE_NOUNS)
from tui.analysis.vocabulary import (country_of_place, demonym as is_demonym, first_name_gender, fold, is_person_noun,
                                     known_first_name_gender, nationality, title_phrase)
from tui.analysis.naming import apposed_epithet, epithet_gender, epithets_before, namings_in
from tui.analysis.nlp import is_adjective, is_common_noun, is_participle, is_verb_like, lemmas_of
from tui.analysis.model import Analysis, Cue, Entity, Evidence, Mention, Quote, Speaker, SpeakerRef
from tui.analysis.nlp import model_id
from tui.analysis.quotemarks import (NAMES_KEY, OPENERS, QUOTE_MARK_CHARS, QUOTES_KEY, TEXT_KEY, pair_marks,
                                    sentence_starts)
from tui.analysis.reported import (Found, Subject, author_named_after, subject_pointing_back, dialogue_incise, end_of_name, find_in_sentence, floor_taker, turned_to, turner_to_someone, impersonal_il, is_speech_verb_form,
                                   introducer_before_colon, is_speech_verb, nested_quotations, past_participle_aside,
                                   spoken_to, thought_lemma)
from tui.analysis.lang.verbs import (ADDRESSING_VERBS, ARRIVING_VERBS, PERCEIVING_OR_CAUSING_VERBS, BOOK_HEADINGS, EXPRESSIVE_BEAT, CONTINUATION_VERBS, GOING_ON_INCISE_VERBS, GOING_ON_VERBS, INTERVIEW_MARKERS, NARRATIVE_SIMPLE_PAST_FORMS, SPEECH_VERBS,
                                     REPLY_VERBS, SILENCE_PHRASES, THOUGHT_VERBS)
from tui.analysis.speakers import NARRATIVE_PRONOUN_REACH, PRONOUN_REACH, Entry, Registry, name_gender_guess, titles_agree
from tui.analysis.version import engine_version
from tui.analysis.words import words_of
from tui.palette import speaker_colour

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from tui.article import Article

ENGINE_VERSION = engine_version()
# Longer paragraphs are cut at sentence starts. Short units in small batches keep the parser's
# memory low: on the 1 MB benchmark text, 5,000 chars x 4 peaked at 559 MB against 1,078 MB for
# 20,000 x 16, and ran faster.
MAX_UNIT_CHARS = 5_000
# A cue-less quotation continues the previous speaker only this close to their last quotation.
CARRY_OVER_MAX_GAP = 400
# narration longer than this after a dialogue line's speech, in its paragraph, ends the exchange
NARRATION_AFTER_LINE = 80
# how many cue-less lines turn-taking carries an alternation past the last cue of an exchange (on
# the shelves of novels, runs of 25 lines after a cue were still right; a cap of 6 lost only right names)
CHAIN_REACH = 30
# how far before a dash exchange in news the article may say it interviews someone (characters)
INTERVIEW_LOOKBACK = 600
PIPE_BATCH_SIZE = 4
NARRATOR = "le narrateur"  # who « je » is in the narration of a novel
_NARRATOR_KEY = "anonymous:" + fold(NARRATOR)
FIRST_PERSON = "1"  # the narrator's "gender": no third-person pronoun agrees with it
# a narrative (novel, tale) rather than news: this many passé simple verbs, this share of all
# finite verbs (see Engine.narrative)
NARRATIVE_MIN_SIMPLE_PAST = 8
NARRATIVE_SIMPLE_PAST_SHARE = 0.06
# or dialogue lines whose incise inverts a pronoun (« — …, me dit-il », « répondit-elle »): none in
# the 34 news texts measured, in most novels even when their narration is in the present or the
# passé composé (a memoir's « Quand je me trouvai seule avec Dumont, il me dit que … »)
NARRATIVE_MIN_INVERTED_INCISES = 3
# a verb denied in the narration (« ne bougea pas », « n'osa rien dire »)
_NEGATED = re.compile(r"(?i)\b(?:ne|n['’])\s*\S+(?:\s+\S+)?\s+(?:pas|point|plus|jamais|rien|guère)\b")
_INVERTED_INCISE = re.compile(r"^[ \t\u00a0]*(?:--|[—–])[^\n]*?[,!?…][ \u00a0]+(?:(?:me|lui|leur|nous|vous)[ \u00a0]+|m['’])?"
                              r"(\w+)(?:-t)?-(?:il|elle|je|ils|elles)\b", re.M)
_CHAPTER_WORDS = HEADING_WORDS | {"premier", "première", "fin", "suite"}  # the words of a chapter's heading
_ROMAN = re.compile(r"[IVXLCDM]+")
# a capitalised word after a lower-case word or a comma and a space: capitalised for itself
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Þ][\w-]+")


@dataclass(frozen=True)
class Unit:
    """A piece of the article fed to spaCy as one Doc: its offset and text."""

    index: int
    start: int
    text: str


def units_of(article: "Article") -> list[Unit]:
    units: list[Unit] = []
    for start, end, gaps in _joined_broken_lines(article):
        text = article.text[start:end]
        for gap_start, gap_end in gaps:
            # the blank between the pieces of a broken line read as spaces: offsets stay the article's
            text = text[:gap_start - start] + " " * (gap_end - gap_start) + text[gap_end - start:]
        for offset, chunk in _chunks(text):
            units.append(Unit(len(units), start + offset, chunk))
    return units


def _joined_broken_lines(article: "Article") -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The paragraphs' ranges, a dialogue line broken by a blank line (a page break of the scan:
    « — Le Prophète est-il instruit de cette accusation ? ¶ demanda Aïchah. ») made one again: a
    paragraph opening in lower case with an incise's verb is the rest of the dialogue line before
    it (a word cut at its hyphen, « ajouta-t- ¶ elle », is left cut: spaces for the blank would
    not make it whole); with each range, the blanks inside it."""
    ranges: list[tuple[int, int, list[tuple[int, int]]]] = []
    dialogue = False
    for paragraph in article.paragraphs:
        text = article.paragraph_text(paragraph)
        before = article.text[ranges[-1][0]:ranges[-1][1]].rstrip() if ranges else ""
        if dialogue and paragraph.kind == "text" and text[:1].islower() and not before.endswith("-") and \
                _opens_with_speech_verb(text):
            # (not « — Assez ! ¶ tranchant qui n'admettait pas de réplique. », nor « murmura Mac
            # Allan ¶ presque malgré lui, car … »: narration goes on, which is no one's words)
            start, end, gaps = ranges[-1]
            ranges[-1] = (start, paragraph.end, gaps + [(end, paragraph.start)])
            continue
        ranges.append((paragraph.start, paragraph.end, []))
        dialogue = paragraph.kind == "text" and text.lstrip().startswith(("—", "–", "-"))
    return ranges


def _opens_with_speech_verb(text: str) -> bool:
    """« demanda Aïchah. », « s'écria le prince. »: a paragraph opening with an incise's verb."""
    first = re.match(r"[\w'’-]+", text)
    word = re.sub(r"^[sm]['’]", "", first.group(0).lower()).split("-")[0] if first else ""
    return any(lemma in SPEECH_VERBS or lemma in THOUGHT_VERBS for lemma in lemmas_of(word))


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Cut a long paragraph at sentence starts into pieces of at most MAX_UNIT_CHARS
    (a single longer sentence is cut at a space)."""
    if len(text) <= MAX_UNIT_CHARS:
        yield 0, text
        return
    begin = 0
    cut = 0  # the last sentence start seen after `begin`
    for start in sentence_starts(text, pair_marks(text))[1:] + [len(text)]:
        if start - begin > MAX_UNIT_CHARS and cut > begin:
            yield begin, text[begin:cut]
            begin = cut
        while start - begin > MAX_UNIT_CHARS:
            space = text.rfind(" ", begin + 1, begin + MAX_UNIT_CHARS)
            end = space if space > begin else begin + MAX_UNIT_CHARS
            yield begin, text[begin:end]
            begin = end
        cut = start
    if begin < len(text):
        yield begin, text[begin:]


class _Stranger:
    """Someone an incise names in a dialogue whom the article cannot resolve (one per line)."""


@dataclass
class _QuoteRecord:
    quote: Quote
    entry: Entry | None
    sentence: tuple[int, int]
    heading: bool = False  # a quotation in the title or an intertitle
    mention: tuple[int, int] | None = None  # the characters that named the speaker (article offsets)
    reason: str = ""  # unattributed: why no sieve concluded
    nested: bool = False  # inside another quotation
    gender: str = ""  # « il me demanda : » left unresolved: the speaker is a man all the same
    speaker_gender: str = ""  # what the line's own words say of its speaker (« j'en suis sûre »)
    addressee_gender: str = ""  # and of the one it speaks to (« — Oui, madame. »)


class Engine:
    """Reads an article's Docs in order and keeps who-said-what state between them."""

    def __init__(self, article: "Article") -> None:
        self.article = article
        self.registry = Registry()
        self._names: list[tuple[Name, int, Entry | None]] = []  # name, unit offset, linked entry
        self._unit_starts: dict[int, int] = {}  # paragraph index -> where it starts in the text
        self._quotes: list[_QuoteRecord] = []
        # nouns this text has shown speaking in an incise (« fit le mauser »): people from then on
        self._speaking_nouns: set[str] = set()
        self._mentions: list[tuple[int, int, Entry, str]] = []
        self._open_quote: _QuoteRecord | None = None  # a quotation left open at its paragraph's end
        self._answers = find_answers(article)  # question / answer interviews
        self._plain_interviewee: Entry | None = None  # who answers an interview with no labels
        self._last_addressee: tuple[int, Entry | None] = (-1, None)  # the unit of the last line, whom it called
        self._conversation: Conversation[Entry] = Conversation()  # the dialogue exchange under way
        self._conversation_records: list[_QuoteRecord] = []
        self._interviewee: Entry | None = None  # in news, who a dash exchange's answers may be from
        self._opening_actor: Entry | None = None  # in a novel, who acted last before the exchange began
        self._colon_entry: Entry | None = None  # who « X lui dit : » introduced for the next line
        self._colon_addressee: Entry | None = None  # and whom « … dit à Y : » spoke to
        self._colon_gender = ""  # the gender of a colon's pronoun nobody was found for (« il me demanda : »)
        self._narration_pair: tuple[Entry, Entry] | None = None  # the two people the last narration showed
        self._scene_pair: tuple[Entry, Entry] | None = None  # the two people the last exchange was between
        self._shown_coming: list[Entry] = []  # who the narration showed coming in (« fit entrer le sergent »)
        # who spoke the last exchange's last line, and the paragraph it was in
        self._scene_last: tuple[Entry | None, int] | None = None
        self._scene_one_speaker = False  # and whether every line of it known was theirs
        self._unit_first_sentence = 0  # the registry's count of the unit's first sentence
        self._narration_since_sentence = 0  # and of the narration before the exchange
        self._narration_group: Entry | None = None  # the group the last narration was about (« Ils … »)
        self._narration_after_line = False  # the unit's last dialogue line went on with narration
        self._hyphen_dialogue = False  # a novel whose hyphen lines have been seen to be dialogue
        self._family_named = ""  # the last family named in the plural (« les Grangier »), folded
        self._capitalised: frozenset[str] | None = None  # see _capitalised_inside_sentences
        self._narration_since: int | None = None  # the first paragraph of the narration under way
        self._narrator_in_narration = False  # and whether « je » acts in it
        self._document_owner: Entry | None = None  # who the last « communiqué », « rapport » spoke for
        self.units_done = 0
        self.chars_done = 0  # characters of the article analysed so far (first screen early)
        self.language = guess_language(article.text)  # not "fr": nothing is attributed
        self._narrative_from_start = _opens_like_a_novel(article.text) or _has_inverted_incises(article.text)
        self._speech: list[tuple[int, int]] = []  # the dialogue lines of the unit being read
        # the unit read last, for « ce dernier » at the start of the next one (see `_latter_named`)
        self._previous_reading: tuple[int, "Doc", list[Name], dict[int, Entry], list[tuple[int, int]]] | None = None
        self._subject_mentions: list[tuple[int, Entry]] = []  # described subjects of the sentence being read
        self._acting: list[tuple[int, Entry]] = []  # (offset in the article, entry) of every such subject
        self._named_acting: list[tuple[int, Entry]] = []  # (offset in the article, entry) of named subjects
        self._named_acting_end: dict[int, int] = {}  # where each of those names ends (article offsets)
        self._name_flags: dict[int, tuple[bool, bool]] = {}  # per name token of the unit: subject? paired?
        self._speakers_credited = 0  # for speaker ids: s1, s2 … (merged entries leave gaps)
        self._finite_verbs = 0  # for telling a narrative from news: see `narrative`
        self._simple_past = 0

    # -- feeding -----------------------------------------------------------------------------
    @property
    def narrative(self) -> bool:
        """A novel or a tale, not news: the passé simple (« répondit », « entra ») is the tense of
        written narration and nearly absent from the press (measured: 9–22 % of finite verbs in
        the fiction dev texts, 0–4 % in the news ones)."""
        return self._narrative_from_start or self._simple_past >= NARRATIVE_MIN_SIMPLE_PAST and \
            self._simple_past >= NARRATIVE_SIMPLE_PAST_SHARE * self._finite_verbs

    def _count_tenses(self, doc: "Doc") -> None:
        for i, pos in enumerate(words_of(doc).pos):
            if pos in ("VERB", "AUX"):
                token = doc[i]
                finite, simple_past = _tense_of(token.morph)
                if finite:
                    self._finite_verbs += 1
                    if simple_past or _first_person_simple_past(token):
                        self._simple_past += 1

    def feed(self, unit: Unit, doc: "Doc") -> None:
        self._unit_starts[unit.index] = unit.start
        self._count_tenses(doc)
        quotes = doc.user_data.get(QUOTES_KEY)
        if quotes is None:
            quotes = pair_marks(doc.text)
        names = [n for n in clean_entities(doc) if not self._exclamation_word(doc, n) and not self._rubric_word(doc, n)]
        turns = turns_in(unit.text)
        if self.narrative:
            turns = [_without_narration(doc, turn) for turn in turns]
            # a one-word name a dialogue line or a quotation calls is a person's if it names someone
            # known, a civility aside (« — Laissez-la, Ursule. »), or is a first name (« — Te voilà,
            # Firmin ! »); in the narration, a list is no call
            names = [_person_if_acting(doc, n, self.registry.called_alone(n.text) is not None,
                                       (any(t.start <= n.start < t.end for t in turns)
                                        or any(q.open < n.start < q.close for q in quotes))
                                       and (self.registry.called_without_civility(n.text) is not None
                                            or known_first_name_gender(n.text) and not is_common_noun(n.text)))
                     for n in names]
            names = [part for n in names for part in self._unglued(doc, n)]
        else:
            # « Deuxième de l'étape, Vingegaard ne cachait pas sa déception », the model taking the
            # surname of someone the article named for a place: that person, as a verb's subject
            # (not in a quotation: « Gardanne, a-t-il ajouté, est … » speaks of him)
            names = [_person_if_acting(doc, n, known_person=True) if n.label in ("LOC", "MISC") and
                     self.registry.is_known_person(n.text) and not any(q.open < n.start < q.close for q in quotes)
                     else n for n in names]
        doc.user_data[NAMES_KEY] = {n.last: n.first - len(n.civility.split()) for n in names
                                    if n.label in ("PER", "ORG", "LOC")}
        person_of: dict[int, Entry] = {}
        position = 0
        self.registry.unit = unit.index
        self.registry.position = unit.start
        self.registry.pronoun_reach = NARRATIVE_PRONOUN_REACH if self.narrative else PRONOUN_REACH
        self.registry.subject_first = self.narrative
        self._name_flags = {}
        self._speech = [(t.start, t.end) for t in turns]
        heading = _is_heading(unit.text)
        if heading and _is_story_title(unit.text):
            self._new_story()
        done_turns: set[Turn] = set()
        last_sent = None
        self._unit_first_sentence = self.registry.sentence + 1
        lone_subject: Entry | None = None
        for sent in doc.sents:
            self.registry.sentence += 1
            last_sent = sent
            if lone_subject is not None:
                _gender_by_take_up(sent, *lone_subject, self.registry)
            # names enter the focus in reading order, sentence by sentence, before its quotes
            first = position
            while position < len(names) and names[position].first < sent.end:
                position += 1
            person_of.update(self._register_names(unit, doc, names[first:position]))
            lone_subject = self._lone_subject(doc, sent, names[first:position], person_of)
            self._register_groups(doc, names[first:position], person_of)
            self._register_described_subjects(sent, names, person_of)
            self._keep_reading_order(doc, names[first:position], person_of)
            self._register_namings(sent, names, person_of)
            answer = self._answer_at(unit.start + sent.start_char, unit.start + sent.end_char)
            if answer is not None:
                self._add_answer(unit, sent, answer)
                continue  # an answer is one utterance: the quotations inside it are part of it
            turn = next((t for t in turns if t.start <= sent.start_char < t.end), None)
            if turn is not None and (turn in done_turns or self._add_turn(unit, doc, sent, turn, names, person_of)):
                done_turns.add(turn)
                continue  # a dialogue line is one utterance
            founds = find_in_sentence(sent, quotes, thoughts=self.narrative)
            if self.narrative:
                founds = _incise_halves_joined(founds)
            if self.narrative:
                founds = founds + [n for f in founds if f.kind == "direct" for n in nested_quotations(doc, f)]
            for found in founds:
                record = self._add_quote(unit, doc, sent, found, names, person_of)
                if record is not None and heading and record.quote.kind != "indirect":
                    record.heading = True
            if heading:
                self._add_heading_quotes(unit, doc, sent, quotes, founds, names, person_of)
            if not founds and not self.narrative:
                self._credit_author_after(unit, sent, names, person_of)
        person_of.update(self._register_names(unit, doc, names[position:]))
        if self.narrative:
            self.registry.refresh_groups()
        self._after_unit(unit, doc, bool(done_turns), last_sent, names, person_of)
        self._previous_reading = (unit.index, doc, names, person_of, self._quoted_in(doc, unit.index, unit.start))
        self.units_done += 1
        self.chars_done += len(unit.text)

    def _lone_subject(self, doc: "Doc", sent: "Span", names: list[Name],
                      person_of: dict[int, Entry]) -> tuple[Entry, str] | None:
        """The one person a sentence of narration names, as its subject, with no one else it could
        hand a pronoun to (no other person, no person's noun, no object pronoun, no quotation),
        while nothing says their gender, and the gender the tagger gave the name: « Duroy demeura
        stupéfait. »"""
        people = [n for n in names if n.label == "PER"]
        if len(people) != 1 or not self._name_flags.get(people[0].first, (False,))[0]:
            return None
        entry = person_of.get(people[0].first)
        if entry is None or entry.gender or entry.kind != "person":
            return None
        name = people[0]
        text = doc.user_data.get(TEXT_KEY) or doc.text
        if any(mark in text[sent.start_char:sent.end_char] for mark in ("«", "»", "“", "—", "–")):
            return None
        for token in sent:
            if name.first - len(name.civility.split()) <= token.i < name.last:
                continue
            if token.pos_ == "PRON" and token.lower_ in _OBJECT_PRONOUNS or token.pos_ == "NOUN" and \
                    is_person_noun(token.text, listed_only=True) or token.ent_type_ == "PER":
                return None
        tagged = {_noun_gender(doc[i]) for i in range(name.first, name.last)} - {""}
        return (entry, tagged.pop()) if len(tagged) == 1 else None

    def _unglued(self, doc: "Doc", name: Name) -> list[Name]:
        """« dit à Rodolphe Francesca »: two people the story has each called by one word, which the
        model read as one name; the two names, or the name as it was."""
        if name.label != "PER" or name.civility or name.last - name.first != 2 or \
                not all(doc[i].text[:1].isupper() for i in range(name.first, name.last)):
            return [name]
        holders = [self.registry.called_alone(doc[i].text) for i in range(name.first, name.last)]
        if holders[0] is None or holders[1] is None or holders[0] is holders[1]:
            return [name]
        first, second = doc[name.first], doc[name.first + 1]
        return [replace(name, last=name.first + 1, text=first.text, end=first.idx + len(first.text)),
                replace(name, first=name.first + 1, text=second.text, start=second.idx)]

    def _new_story(self) -> None:
        self.registry.new_story()
        self._close_conversation()
        self._narration_pair = None
        self._scene_pair = None
        self._scene_last = None
        self._shown_coming = []
        self._narration_group = None
        self._family_named = ""
        self._colon_entry = None
        self._open_quote = None

    def _latter(self, demonstrative: str, resumed: bool = False, reading: tuple | None = None) -> Entry | None:
        """In a novel, « répondit celle-ci » is the woman mentioned last (« demanda Laurence à
        Pauline. — …, répondit celle-ci »), not the one answered; but « reprit celui-ci » may be
        the last speaker going on (« … s'écria Castle. ¶ Les Watson regardèrent Castle. ¶ — Eh !
        oui, reprit celui-ci »). News reads it as « ce dernier » (`_latter_named`)."""
        if not self.narrative or demonstrative not in DEMONSTRATIVE_GENDER:
            return None
        gender = DEMONSTRATIVE_GENDER[demonstrative]
        last = self._quotes[-1] if self._quotes else None
        # going on after the narration named them again, not right after their own line (« — Vous
        # vous trompez, dit Clarisse. ¶ — Possible, reprit celui-ci » is François)
        answered = last.entry if last is not None and not (
            resumed and last.entry is not None and last.entry.last_seen_at > last.quote.end) else None
        if reading is not None:
            # the last person the text names or describes before it, things passed over: « je
            # regardais le juge qui l'interrogeait. ¶ « Ainsi, dit celui-ci, … » » is the judge,
            # unnamed, not a man named earlier who is still in mind
            doc, before, names, person_of, spoken = reading
            decided, entry = self._latter_decided(doc, before, gender, names, person_of, spoken, persons_only=True)
            if decided and entry is None:
                return None
            if decided and entry is not answered:
                return entry
        return self.registry.resolve_latter(gender, not_=answered)

    def _demonstrative(self, word: str, doc: "Doc", subject: Subject, found: Found, names: list[Name],
                       person_of: dict[int, Entry]) -> Entry | None:
        """Whom « celui-ci » / « celle-ci » (an incise's subject, « selon celle-ci ») stands for: in
        a novel see `_latter`; in news it reads as « ce dernier » (`_latter_named`)."""
        if word not in DEMONSTRATIVE_GENDER:
            return None  # « ceux-ci »: no one person
        spoken = ((found.start, found.end),)
        if self.narrative:
            return self._latter(word, resumed=found.lemma in CONTINUATION_VERBS,
                                reading=(doc, subject.first, names, person_of, spoken))
        return self._latter_named(doc, subject.first, DEMONSTRATIVE_GENDER[word], names, person_of, spoken=spoken)

    def _latter_named(self, doc: "Doc", before: int, gender: str, names: list[Name],
                      person_of: dict[int, Entry], spoken: tuple[tuple[int, int], ...] = ()) -> Entry | None:
        """« X a reçu Y. « … », a déclaré ce dernier »: the latter is the last noun of its gender
        before it, outside quotations; a person or body only if that noun names one (or is the
        title set beside a name: « Jean Vidal, le directeur »), nobody if it is a thing or someone
        unnamed (« le préfet a saisi le tribunal. Ce dernier … »). Read back into the paragraph
        before when this one has none; in a novel, past that, the last person mentioned."""
        decided, entry = self._latter_decided(doc, before, gender, names, person_of, spoken)
        if not decided and self.narrative:
            entry = self.registry.resolve_latter(gender)
        return entry

    def _latter_decided(self, doc: "Doc", before: int, gender: str, names: list[Name], person_of: dict[int, Entry],
                        spoken: tuple[tuple[int, int], ...] = (), persons_only: bool = False) -> tuple[bool, Entry | None]:
        """`_latter_read` over this paragraph up to `before`, then over the paragraph before."""
        decided, entry = _latter_read(doc, before, gender, names, person_of,
                                      self._quoted_in(doc, self.registry.unit, self.registry.position) + list(spoken),
                                      persons_only=persons_only)
        if not decided and self._previous_reading is not None and self._previous_reading[0] == self.registry.unit - 1:
            _, previous_doc, previous_names, previous_person_of, previous_quoted = self._previous_reading
            decided, entry = _latter_read(previous_doc, len(previous_doc), gender, previous_names,
                                          previous_person_of, previous_quoted, persons_only=persons_only)
        return decided, entry

    def _quoted_in(self, doc: "Doc", unit_index: int, unit_start: int) -> list[tuple[int, int]]:
        """The character spans of a unit's quotation marks and of the words said in it so far
        (a dialogue line's words, not its incise): what is said there is not the narration a
        « ce dernier » refers back into."""
        said = []
        for record in reversed(self._quotes):
            if record.sentence[0] != unit_index:
                break
            said.append((record.quote.start - unit_start, record.quote.end - unit_start))
        return [(q.open, q.close) for q in doc.user_data.get(QUOTES_KEY, [])] + said

    def _resumed_speaker(self, gender: str) -> Entry | None:
        """« il reprit », « elle poursuivit » when « il » has rivals: to resume is to have spoken.
        Of the people of that gender who spoke the last lines within reach, the only one, or of
        two, the one who did not speak the line just before (A speaks, B answers, A resumes)."""
        speakers = self._recent_speakers(gender)
        if len(speakers) == 1:
            return speakers[0]
        last = self._quotes[-1].entry if self._quotes else None
        return speakers[1] if len(speakers) == 2 and last is speakers[0] else None

    def _called_just_before(self, unit: Unit, gender: str) -> Entry | None:
        """Whom the line right before this one (the unit before, in the exchange under way) called
        by name, if that person is of ``gender`` and did not speak that line."""
        conversation = self._conversation
        if gender not in ("m", "f") or not self._quotes or self._quotes[-1].sentence[0] != unit.index - 1:
            return None
        if conversation.speakers:
            called, speaker = conversation.addressees[-1], conversation.speakers[-1]
        elif self._last_addressee[0] == unit.index - 1:
            # an exchange the narration after its line closed (« – J'ai cru comprendre, dit Brunner en
            # s'adressant à la présidente, que mademoiselle était fille unique... »)
            called, speaker = self._last_addressee[1], self._quotes[-1].entry
        else:
            return None
        if not isinstance(called, Entry) or called is speaker or called.kind != "person":
            return None
        return called if (called.gender or name_gender_guess(called)) == gender else None

    def _answered(self, found: Found) -> tuple[Entry, ...]:
        """Who « il répondit » does not stand for: the speaker of the line just before, in this
        paragraph or the one before, whom the answer answers. In a novel's dialogue, nor the
        « il » of « fit-il » or « dit-il » when that speaker's gender is unknown (« — Je le crois,
        dit Gretchen. ¶ — Oh ! fit-il »): a pronoun would otherwise take them for want of a gender."""
        if not self._quotes:
            return ()
        last = self._quotes[-1]
        if last.entry is None or last.nested or self.registry.unit - last.sentence[0] > 1:
            return ()
        if found.lemma in REPLY_VERBS:
            return (last.entry,)
        if self.narrative and found.incise and found.lemma not in GOING_ON_INCISE_VERBS and \
                last.entry.kind == "person" and not last.entry.gender and not name_gender_guess(last.entry):
            return (last.entry,)
        return ()

    def _the_other(self) -> Entry | None:
        """« répondit l'autre »: of the two people who spoke last, within a pronoun's reach, the
        one who did not speak the line before; nobody if a third spoke among the last lines."""
        speakers = self._recent_speakers()
        return speakers[1] if len(speakers) == 2 else None

    def _recent_speakers(self, gender: str | None = None) -> list[Entry]:
        """Who spoke the last four lines within a pronoun's reach, most recent first, each once;
        with `gender`, only people of that gender or of none known."""
        speakers: list[Entry] = []
        for record in reversed(self._quotes[-4:]):
            entry = record.entry
            if entry is None or entry in speakers or self.registry.unit - record.sentence[0] > self.registry.pronoun_reach:
                continue
            if gender is None or entry.gender in (gender, ""):
                speakers.append(entry)
        return speakers

    def _plural_referent(self, pronoun: str) -> Entry | None:
        """« ils », « elles »: the group last in focus; in a novel, failing one, the two people of
        the last paragraphs (« Bouvard … Pécuchet … Ils s'assirent »), if they are two and
        « elles » agrees with both."""
        entry = self.registry.resolve_pronoun("pl")
        if entry is not None and entry.size and not entry.members:
            self.registry.complete_group(entry, [e for e in self.registry.persons_seen_since(entry.since)
                                                 if e.kind == "person" and e.gender != FIRST_PERSON])
            for same in self.registry.groups_of(entry.members):  # named together before: one group
                if same is not entry:
                    self._merge(entry, same, {})
        if entry is not None or not self.narrative:
            return entry
        present = [e for e in self.registry.persons_seen_since(self.registry.unit - 1)
                   if e.kind == "person" and e.gender != FIRST_PERSON]
        known = self.registry.group_among(present)
        if known is not None:
            return known  # « Bouvard … Pécuchet … ils »: the pair already known as a group
        if len(present) != 2 or pronoun == "elles" and any(e.gender != "f" for e in present) or \
                pronoun == "ils" and all(e.gender == "f" for e in present):
            return None
        return self.registry.group(present)

    def _mention_subject(self, entry: Entry, index: int) -> None:
        self.registry.mentioned(entry, as_subject=True)
        self._subject_mentions.append((index, entry))

    def _keep_reading_order(self, doc: "Doc", sent_names: list[Name], person_of: dict[int, Entry]) -> None:
        """Names are registered before the described subjects of their sentence; replay both in
        the order of the text, so that « les deux amies et la mère … Pauline fut surprise … que
        Laurence reportait » leaves Laurence, not « la mère », last in focus."""
        if not self._subject_mentions:
            return
        self._acting.extend((self.registry.position + doc[i].idx, e) for i, e in self._subject_mentions)
        earliest = min(index for index, _ in self._subject_mentions)
        events: list[tuple[int, Entry, bool, bool]] = [(i, e, True, _described_pair(doc[i]))
                                                         for i, e in self._subject_mentions]
        events += [(n.first, person_of[n.first], *self._name_flags[n.first]) for n in sent_names
                   if n.first > earliest and n.first in person_of and n.first in self._name_flags]
        for _, entry, as_subject, paired in sorted(events, key=lambda event: event[0]):
            self.registry.mentioned(entry, as_subject=as_subject, paired=paired)
        self._subject_mentions = []

    def _register_groups(self, doc: "Doc", sent_names: list[Name], person_of: dict[int, Entry]) -> None:
        """« Bouvard et Pécuchet s'assirent », « Le lieutenant Otto et le sous-lieutenant Fritz
        répondirent »: people named together as a subject act as a group, whom « ils » after it
        stands for."""
        run: list[Name] = []
        for name in sent_names:
            if name.label != "PER" or name.first not in person_of:
                continue
            if run and _joined_names(doc, run[-1], name):
                run.append(name)
                continue
            self._group_of(run, person_of)
            run = [name]
        self._group_of(run, person_of)

    def _group_of(self, run: list[Name], person_of: dict[int, Entry]) -> None:
        if len(run) < 2 or not any(self._name_flags.get(n.first, (False, False))[0] for n in run):
            return
        members = list(dict.fromkeys(person_of[n.first] for n in run))
        if len(members) >= 2:
            self._mention_subject(self.registry.group(members), run[-1].last - 1)

    def _register_described_subjects(self, sent: "Span", names: list[Name], person_of: dict[int, Entry]) -> None:
        """« Le baron tremblait. Il balbutiait : … »: a person described, not named, as the subject
        of a clause comes into focus, so that « il » can refer to them rather than to an older name."""
        quoted = [(q.open, q.close) for q in sent.doc.user_data.get(QUOTES_KEY, [])]
        narrative = self.narrative  # fixed for the unit; read once, not per token
        table = words_of(sent.doc)
        deps, parts, lowers, speaking = table.dep, table.pos, table.lower, self._speaking_nouns
        for i in range(sent.start, sent.end):
            if parts[i] not in ("NOUN", "PROPN") and lowers[i] not in KIN_TITLES and lowers[i] not in speaking \
                    and not deps[i].startswith("nsubj"):
                continue  # every rule below wants a subject, a noun or a kin title: most words are none
            token = sent.doc[i]
            if narrative and token.dep_.startswith("nsubj") and any(a <= token.idx < b for a, b in self._speech) \
                    and not _incise_subject_in_line(token):
                # « — Ton père revient », « — Vous n'y songez pas, s'écria-t-elle ; une jeune personne
                # de cette éducation ! »: spoken of in a dialogue line, not acting in the story
                continue
            if narrative and token.lower_ in DEMONSTRATIVE_GENDER and token.dep_.startswith("nsubj") \
                    and not any(a <= token.idx < b for a, b in quoted):
                # « Tandis que la soubrette coiffait Laurence, celle-ci repassait son rôle »: the
                # latter, the last person of that gender named before it in the sentence
                agreeing = (DEMONSTRATIVE_GENDER[token.lower_], "")
                latter = next((person_of[n.first] for n in reversed(names) if sent.start <= n.first < token.i
                               and n.first in person_of and person_of[n.first].gender in agreeing), None)
                if latter is not None:
                    self._mention_subject(latter, token.i)
                continue
            if token.lower_ in LATTER_WORDS and token.dep_.startswith("nsubj") and token.i > 0 and \
                    token.doc[token.i - 1].lower_ in LATTER_DETERMINERS and not any(a <= token.idx < b for a, b in quoted):
                # « Marc a croisé Jean. Ce dernier l'a salué »: the latter acts
                latter = self._latter_named(token.doc, token.i - 1, LATTER_WORDS[token.lower_], names, person_of)
                if latter is not None:
                    self._mention_subject(latter, token.i)
                continue
            if narrative and token.lower_ in ("il", "elle") and token.pos_ == "PRON" and \
                    token.dep_.startswith("nsubj") and not any(a <= token.idx < b for a, b in quoted):
                # « Elle courut ranimer le feu. … elle dit : »: a chain of « elle » in the narration
                # keeps its person in reach, as long as each link is sure; the names after it in its
                # sentence, registered already, are not what it stands for (« Il regarda Julien »)
                later = tuple(person_of[n.first] for n in names if token.i < n.first < sent.end and n.first in person_of)
                gender = "m" if token.lower_ == "il" else "f"
                referent = self.registry.resolve_pronoun(gender, not_=later, speaking=True)
                if referent is not None:
                    if not referent.gender and referent.key.startswith("anonymous:"):
                        referent.gender = gender  # « L'enfant … Il se mit à crier »: a boy
                    self._mention_subject(referent, token.i)
                continue
            if narrative and token.lower_ in ("ils", "elles") and token.pos_ == "PRON" and \
                    token.dep_.startswith("nsubj") and not any(a <= token.idx < b for a, b in quoted):
                # « Bouvard et Pécuchet s'assirent. Ils … Ils … » : the group stays in reach
                referent = self._plural_referent(token.lower_)
                if referent is not None and referent.kind == "group":
                    self._mention_subject(referent, token.i)
                continue
            if narrative and token.lower_ == "deux" and token.dep_.startswith("nsubj") and \
                    not any(a <= token.idx < b for a, b in quoted):
                # « tous les deux ronflaient », « tous deux reprirent » : the pair in focus
                pair = self.registry.group_in_focus(2)
                if pair is not None:
                    self._mention_subject(pair, token.i)
                continue
            bearer = self.registry.by_epithet(token.lower_)
            if bearer is not None and token.dep_.startswith("nsubj") and token.is_lower:
                # « le jeune blondin tira son revolver » (the noun tagged as anything at all): the
                # one person the narration said was one
                determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
                if determiner in ("le", "la", "l'", "l’"):
                    self._mention_subject(bearer, token.i)
                    continue
            size = _group_size(token)
            if narrative and size and token.dep_.startswith("nsubj") and not any(
                    a <= token.idx < b for a, b in quoted):
                # « Deux hommes parurent », « Les deux Parisiens admirèrent »: a group known by its
                # number; the one in focus if it has that many members
                description = token.doc[min([c.i for c in token.children if c.dep_ in ("det", "nummod")] + [token.i]):
                                        token.i + 1].text
                description = description[:1].lower() + description[1:]
                group = self.registry.group_in_focus(size) or self.registry.described_group(description, size)
                if description not in group.names:
                    group.names.append(description)
                self._mention_subject(group, token.i)
                continue
            kin = _kin_title_subject(token) if narrative else None
            if kin is not None:
                # « Oncle meunier les regarda puis il … »: kin as a title, with a trade or a
                # nickname for a name, acts in the story
                self._mention_subject(self.registry.anonymous(kin, CIVILITIES[token.lower_]), token.i)
                continue
            demonym = token.pos_ == "PROPN" and narrative and is_demonym(token.text)
            # « Le mauser se promenait », the tagger lost in a word the text showed speaking
            learned = token.lower_ in self._speaking_nouns and token.i > 0 and token.doc[token.i - 1].lower_ in (
                "le", "la", "l'", "l’")
            # « L'accusée, elle, a pris la parole »: a participle made a noun by its article, that
            # the tagger read as a verb; not in a dialogue line, where the tag is as likely right
            nominal = token.pos_ in ("VERB", "ADJ") and token.dep_.startswith("nsubj") and any(
                c.dep_ == "det" for c in token.children) and is_person_noun(token.text, listed_only=True) and \
                not any(a <= token.idx < b for a, b in self._speech)
            if narrative and token.lower_ in NARRATOR_KIN and token.dep_.startswith(("obj", "iobj", "obl")) and token.i > 0 and \
                    token.doc[token.i - 1].lower_ in ("mon", "ma") and not any(a <= token.idx < b for a, b in quoted) \
                    and not any(a <= token.idx < b for a, b in self._speech):
                # « Je n'avais pas revu mon oncle. Il m'attendait à la gare », « je dis à mon père : »:
                # the narrator's kin, an object of the verb, is in the scene and whom the next « il »
                # may stand for (not « l'enterrement de ma mère »)
                self.registry.mentioned(self.registry.anonymous(f"{token.doc[token.i - 1].lower_} {token.lower_}",
                                                                NARRATOR_KIN[token.lower_]))
                continue
            if narrative and _arriving_object(token) and not any(a <= token.idx < b for a, b in quoted) \
                    and not any(a <= token.idx < b for a, b in self._speech):
                # « Quand elle vit arriver le facteur, elle posa son panier. », « Il fit entrer le
                # sergent »: someone who comes into the scene, one of those its exchange may be
                # between; not in focus (« elle » after it is still her)
                entry = self._described_person(token) if not any(
                    n.first <= token.i < n.last or n.first == token.i + 1 for n in names) else None
                if entry is not None:
                    self.registry.mentioned(entry)
                    self._shown_coming = [e for e in self._shown_coming[-3:] if e is not entry] + [entry]
                continue
            if token.pos_ != "NOUN" and not demonym and not learned and not nominal or not (
                    token.dep_.startswith("nsubj") or _presented(token) or _root_before_lost_verb(token)
                    or _described_pair(token)) or any(a <= token.idx < b for a, b in quoted) or (
                    not token.dep_.startswith("nsubj") and any(a <= token.idx < b for a, b in self._speech)):
                # (what a dialogue line presents, « c'est ma cousine Cécile », is spoken of)
                continue
            determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), "") or (
                token.doc[token.i - 1].lower_ if learned else "")
            # (in news too, for a noun listed for people: « Une autre victime a lu une lettre. « … »,
            # a-t-elle lancé » is not the lawyer named before)
            indefinite = determiner in ("un", "une") and (token.dep_.startswith("nsubj") or narrative and
                                                          _root_before_lost_verb(token)) and (
                narrative or is_person_noun(token.text, listed_only=True) and token.i < token.head.i)
            # « Un pêcheur les salua. Il … »: in a novel someone new comes into focus, known from
            # then on as « le pêcheur »; news keeps the words it wrote (« un autre salarié »)
            renamed = indefinite and narrative
            if indefinite:
                determiner = _definite_article(determiner, token)
            if determiner not in ("le", "la", "l'", "l’", "les", *POSSESSIVE_DETERMINERS) or not (
                    is_person_noun(token.text) or demonym or token.lower_ in self._speaking_nouns) \
                    or token.lower_ in VOICE_NOUNS:
                continue
            if token.lower_.endswith("ant") and not is_person_noun(token.text, listed_only=True) and \
                    is_participle(token.text) and determiner in ("le", "la", "les"):
                continue  # « Son grand-père, la regardant s'asseoir, »: an object pronoun and a participle
            if any((n.first <= token.i < n.last or n.first == token.i + 1) and not (demonym and n.label == "LOC")
                   for n in names):
                continue  # « le président Macron »: the name is registered already (« L'Italienne » names no place)
            apposed = _apposed_name_after(token, names) if token.dep_.startswith("nsubj") and token.pos_ == "NOUN" \
                and is_person_noun(token.text) else None
            if apposed is not None and apposed.first in person_of:
                # « Son oncle, le vieux docteur Morel, taillait ses rosiers », « Le maire de Nantes,
                # Johanna Rolland, s'est rendue sur place »: the one named, who bears the title
                person_of[apposed.first].add_role(token.doc[token.left_edge.i:apposed.first].text.rstrip(" ,"))
                self._mention_subject(person_of[apposed.first], token.i)
                continue
            if token.lower_ in PERSON_TITLES:
                # « Le baron tremblait »: a title stands for the named person who bears it, who
                # comes into focus; in news a title nobody bears is left to the descriptions, in a
                # novel it is a character of its own (« le major »)
                bearer = self.registry.resolve_description([token.lower_], strict=True)
                if bearer is None and not narrative and token.dep_.startswith("nsubj"):
                    # « Ursula von der Leyen … La présidente de la Commission a assuré … »: the
                    # person in focus, as readers take it, who then bears the title; someone known
                    # by another one is not (« le gouverneur » after « le préfet »): a new person
                    article = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
                    gender = {"le": "m", "la": "f"}.get(article) or _noun_gender(token)
                    beside = _named_beside(token.sent, token.i, token.right_edge.i + 1, names, person_of)
                    # with the adjectives that say whose (« le président russe » is not Donald Trump)
                    described = [token.lower_] + [c.lower_ for c in token.children if c.dep_ == "amod"]
                    bearer = self.registry.resolve_description(described, gender, not_in_focus=beside)
                    if bearer is not None:
                        bearer.add_role(token.doc[token.left_edge.i:token.right_edge.i + 1].text)
                if bearer is not None:
                    self._mention_subject(bearer, token.i)
                    continue
                if not narrative and not token.dep_.startswith("nsubj"):
                    continue
            if token.head.dep_ in ("acl:relcl", "acl") and token.i > token.head.head.i:
                # « la vie pénible que l'artiste est forcé de créer »: in a relative clause an
                # unnamed subject is mostly anyone at all, and no one for « elle » to refer to
                continue
            mark = next((c for c in reversed(list(token.head.children)) if c.dep_ == "mark" and c.i < token.i), None)
            supposed = False
            if mark is not None and token.head.dep_ != "ROOT" and (
                    mark.lower_ in QUE and not _of_consequence(mark) or mark.lower_ in PURPOSE_MARKS):
                # « il était évident que l'agresseur serait venu par là », « afin que l'ennemi tombât
                # dans le piège »: whom the clause supposes is in the scene, but not whom the next
                # « il » stands for; « une si affreuse grimace, que l'examinateur secoua la tête »
                # is what he did
                supposed = True
            gender = _possessed_gender(determiner, token) if determiner in POSSESSIVE_DETERMINERS else \
                {"le": "m", "la": "f", "les": "pl"}.get(determiner) or _noun_gender(token) or (
                    _demonym_gender(token.lower_) if demonym else "")
            if determiner in ("l'", "l’") and (not gender or _epicene(token.lower_)):
                # « l'impérieuse enfant baissa les yeux »; « l'artiste » alone is of no gender,
                # whatever the tagger guessed
                gender = _adjectives_gender(token)
            # « le petit homme », not « le homme »: the words from the determiner to the noun
            det = next((c for c in token.children if c.dep_ == "det"), token.doc[token.i - 1])
            words = token.doc[det.i:token.i + 1] if det.i < token.i and token.i - det.i <= 3 and not renamed else None
            spacer = "" if determiner.endswith(("'", "’")) else " "
            description = words.text.replace("' ", "'").replace("’ ", "’") if words is not None else \
                f"{determiner}{spacer}{token.text}"
            if renamed and det.i < token.i - 1 and token.i - det.i <= 3:
                # « Une vieille femme entra »: « la vieille femme » from then on
                words_after = token.doc[det.i + 1:token.i + 1]
                article = _definite_article(det.lower_, words_after[0])
                description = article + ("" if article.endswith(("'", "’")) else " ") + words_after.text
            presented = self.registry.last_subject() if _presented(token) and narrative else None
            if presented is not None and not supposed and presented.key.startswith("anonymous:") and presented.last_seen == \
                    self.registry.unit and presented.gender in (gender, "") and gender != "pl":
                # « Une femme s'avança. C'était l'épouse d'un conseiller »: what the one just come
                # into focus is, not someone else
                presented.add_role(_noun_phrase_of(token))
                self._mention_subject(presented, token.i)
                continue
            entry = (self.registry.by_epithet(token.lower_) if determiner in ("le", "la", "l'", "l’") and not indefinite
                     else None) \
                or self.registry.anonymous(description[:1].lower() + description[1:], gender,
                                           same_as=f"{determiner}{spacer}{token.text}", new=indefinite)
            if supposed:
                self.registry.mentioned(entry, supposed=True)
            else:
                self._mention_subject(entry, token.i)

    def _register_namings(self, sent: "Span", names: list[Name], person_of: dict[int, Entry]) -> None:
        """What the narration says someone is called or is (see `naming`): a nickname joins the
        person it was given to, a name the person described until then, an epithet waits for
        « l'actrice » to stand for its one bearer."""
        doc = sent.doc
        for naming in namings_in(sent, names):
            named = [n for n in names if naming.first <= n.first < naming.last or
                     naming.first <= n.first - len(n.civility.split()) < naming.last]
            named_entry = next((person_of[n.first] for n in named if n.first in person_of), None)
            if naming.kind == "nickname":
                here = tuple(person_of[n.first] for n in names if sent.start <= n.first < sent.end and n.first in person_of)
                gender = {"le": "m", "la": "f"}.get(doc[naming.referent].lower_, "")
                referent = self.registry.last_mentioned(gender, not_=here)
                if referent is None or referent.kind != "person" or _described_newcomer_before(sent, names):
                    continue
                if named_entry is not None:
                    self._merge(referent, named_entry, person_of, nickname=True)
                elif naming.text(doc) not in referent.nicknames:
                    referent.nicknames.append(naming.text(doc))
            elif naming.kind == "name":
                described = self._described_subject(doc, doc[naming.referent])
                if described is None:
                    continue
                keep = named_entry or self.registry.person(naming.text(doc))
                self._merge(keep, described, person_of)
            else:
                subject = doc[naming.referent]
                bearer = person_of.get(subject.i) or next(
                    (person_of[n.first] for n in names if n.first <= subject.i < n.last and n.first in person_of), None)
                if bearer is None and subject.lower_ in ("il", "elle"):
                    bearer = self.registry.resolve_pronoun("m" if subject.lower_ == "il" else "f")
                if bearer is not None and bearer.kind == "person" and not bearer.key.startswith("anonymous:"):
                    self.registry.add_epithet(bearer, naming.epithet)

    def _described_subject(self, doc: "Doc", verb) -> Entry | None:
        """« Cet enfant s'appelait Messager », « La voyageuse se nommait Laurence »: the described
        person (already met as a description) or the pronoun's referent, if not named yet."""
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subject is None:
            return None
        if subject.lower_ in ("il", "elle"):
            entry = self.registry.resolve_pronoun("m" if subject.lower_ == "il" else "f")
        elif subject.pos_ == "NOUN":
            entry = self.registry.described(subject.text)
        else:
            return None
        return entry if entry is not None and entry.key.startswith("anonymous:") else None

    def _merge(self, keep: Entry, gone: Entry, person_of: dict[int, Entry], nickname: bool = False) -> None:
        """One person known under two entries: everything that pointed to `gone` points to `keep`."""
        if keep is gone:
            return
        self.registry.merge(keep, gone, nickname=nickname)
        for record in self._quotes:
            if record.entry is gone:
                self._credit(record, keep, record.quote.speaker.via if record.quote.speaker else "name")
        self._mentions = [(a, b, keep if e is gone else e, via) for a, b, e, via in self._mentions]
        self._names = [(n, offset, keep if e is gone else e) for n, offset, e in self._names]
        self._conversation.speakers = [keep if e is gone else e for e in self._conversation.speakers]
        self._conversation.addressees = [keep if e is gone else e for e in self._conversation.addressees]
        for index, entry in person_of.items():
            if entry is gone:
                person_of[index] = keep
        if self._colon_entry is gone:
            self._colon_entry = keep

        def swapped(pair: tuple[Entry, Entry] | None) -> tuple[Entry, Entry] | None:
            return None if pair is None else (keep if pair[0] is gone else pair[0], keep if pair[1] is gone else pair[1])

        self._conversation.pair = swapped(self._conversation.pair)
        self._narration_pair, self._scene_pair = swapped(self._narration_pair), swapped(self._scene_pair)

    # -- dialogue ----------------------------------------------------------------------------
    def _add_turn(self, unit: Unit, doc: "Doc", sent: "Span", turn: Turn, names: list[Name],
                  person_of: dict[int, Entry]) -> bool:
        """A dialogue line: its incise names the speaker, else the narration's colon before it,
        else turn-taking decides later. A hyphen line with no incise may be a list: taken only
        where hyphens are known to open dialogue (`_hyphen_line_is_speech`)."""
        incise = dialogue_incise(doc, turn.start, turn.end)
        if incise is None and turn.needs_cue and not self._hyphen_line_is_speech():
            return False
        if incise is not None and turn.needs_cue and self.narrative:
            self._hyphen_dialogue = True
        found = Found("direct", turn.start, turn.end, introduced=True)
        resolved: tuple[Entry | None, str, tuple[int, int] | None] = (None, "", None)
        addressee: Entry | None = None
        if incise is not None:
            verb, found.subject = incise
            found.lemma = verb.lemma_.lower()
            found.incise = True
            found.cue_start, found.cue_end = doc[found.subject.first].idx if found.subject.pronoun else verb.idx, \
                verb.idx + len(verb.text)
            found.cue_start = min(found.cue_start, verb.idx)
            resolved = self._resolve(unit, doc, found, names, person_of)
            if resolved[1] == "document":
                # « — …, le soi-disant héritier se désiste, retire sa plainte. »: a line's own words,
                # never an incise, whose speaker is someone, not a document
                incise, resolved = None, (None, "", None)
                found = Found("direct", turn.start, turn.end, introduced=True)
            else:
                found.end = _turn_end(unit.text, doc, turn.end, verb, found.subject)
                addressee = self._incise_addressee(doc, verb, found.subject, names, person_of)
        if incise is None and self._colon_entry is not None:
            resolved = (self._colon_entry, "colon", None)
            addressee = self._colon_addressee
            calling = _vocative(doc, turn.start, turn.end, names, None)
            if calling is not None and person_of.get(calling.first) is self._colon_entry:
                # « il l'écouta, et finit par lui répondre : ¶ — Monsieur Richter, … »: the colon's
                # « il » is not the one the line calls
                resolved = (None, "", None)
        elif incise is None and self._narration_group is not None and not self._conversation.speakers and \
                _speaks_for_several(doc, turn.start, turn.end):
            # « Ils ricanaient malgré eux. ¶ — Ah ! ce serait trop beau ! n'en parlons plus. »
            resolved = (self._narration_group, "together", None)
        if incise is None and resolved[0] is None:
            own = _self_named(doc, turn.start, turn.end, names)
            if own is not None:  # « — Qui est là ? ¶ — C'est moi, Julien Mercier. »
                resolved = (person_of.get(own.first) or self.registry.person(own.person_form), "name",
                            (own.start, own.end))
        if incise is None and resolved[0] is None and self.narrative and not self._conversation.speakers and \
                not turn.after_narration and self._expressive_narration_before(unit) and \
                not _may_name_its_speaker(doc, found):
            # « Mme Fauchery soupira. ¶ — Mon ami, vous n'allez pas recommencer. »: a line after a
            # sentence that shows one person about to speak is theirs
            beat = self._beat_speaker(unit, found)
            if beat is not None:
                resolved = (beat[0], "beat", beat[1])
        if incise is None and resolved[0] is None and self.narrative and not self._conversation.speakers and \
                not turn.after_narration and not _may_name_its_speaker(doc, found):
            # « — Alors passez votre chemin, répondit mon père. ¶ Le marchand fit le tour de la bête.
            # ¶ — Trois cent cinquante. »: one of the two of the exchange before acts, the other
            # spoke last; the act and the turn-taking agree
            beat = self._beat_of_the_other(unit, doc, found, names, person_of)
            if beat is not None:
                resolved = (beat[0], "beat", beat[1])

        colon_gender = self._colon_gender if incise is None and resolved[0] is None else ""
        self._colon_entry = None
        self._colon_addressee = None
        self._colon_gender = ""
        self._narration_group = None
        record = self._add_quote(unit, doc, sent, found, names, person_of, resolved=resolved)
        record.gender = colon_gender
        if record.entry is not None and record.entry.kind == "person" and not record.entry.gender:
            # « — Un an ! répéta Camille. Un an... et tu ne m'en as rien dit ! ajouta-t-elle »: a second
            # incise of the same line says the speaker's gender
            record.entry.gender = _later_incise_gender(doc, turn.start, turn.end)
        line = doc.char_span(turn.start, found.end, alignment_mode="expand")
        if line is not None and self.narrative:
            record.speaker_gender, record.addressee_gender = speaker_gender(line), addressee_gender(line.text)
            before = self._quotes[-2] if len(self._quotes) >= 2 else None
            if record.addressee_gender and before is not None and before.entry is not None and \
                    before.entry.kind == "person" and not before.entry.gender and before.entry is not record.entry \
                    and unit.index - before.sentence[0] == 1:
                # « — Marthe, conduis monsieur …, dit l'aubergiste. ¶ — Oui, mon oncle. »: the answer
                # calls the one who spoke just before, whose gender the noun did not say
                before.entry.gender = record.addressee_gender
        # a line whose incise names someone we cannot resolve has a speaker all the same: a
        # stranger to the exchange, which stops turn-taking from giving it anyone else's name
        called = self._called(doc, turn.start, found.end, names, person_of,
                              found.subject if incise is not None else None) or addressee
        if not self._conversation.speakers:
            self._interviewee = None if self.narrative else self._interviewee_before(unit)
            introduced = self.article.text[max(0, unit.start + turn.start - 200):unit.start + turn.start].rstrip().endswith(":")
            actor = self.registry.last_subject() if self.narrative and resolved[0] is None and not introduced else None
            # someone new: first seen acting in the narration just before the exchange
            self._opening_actor = actor if actor is not None and actor.first_acted_in >= self._narration_since_sentence \
                else None
            # « Charlotte … dit à Pourville : » sets the exchange between the two, whoever else
            # the narration showed
            self._conversation.pair = (resolved[0], addressee) if resolved[0] is not None and addressee is not None \
                and resolved[0] is not addressee else self._narration_pair or self._resumed_pair(unit, resolved[0])
        self._narration_since = None
        if called is not None and self.narrative and len(self._conversation.speakers) <= 1 and \
                _calls_at_an_edge(doc, turn.start, found.end, names, found.subject if incise is not None else None):
            self._name_the_described_one(unit, called, record.entry, person_of)
        crowd = incise is not None and found.subject.pronoun == "on"
        # a dash after narration in the same paragraph with no cue (« Je voudrais t'en donner une
        # idée. – Il m'embarrassa un peu … »): maybe no line at all; turn-taking neither names it
        # nor counts on it
        unsure = turn.after_narration and incise is None and record.entry is None
        mentions = tuple(person_of[n.first] for n in names if n.first in person_of and n.label == "PER"
                         and turn.start <= n.start < found.end and _spoken_of(doc, n, [(turn.start, found.end)]))
        self._conversation.add(record.entry if record.entry is not None or incise is None and not unsure else _Stranger(),
                               addressee=called, evidence=not crowd and not unsure, mentions=mentions)
        self._last_addressee = (unit.index, called)
        self._conversation_records.append(record)
        # who a line calls by name answers it: stronger evidence than the alternation of turns
        for k in self._conversation.fill_by_address(lambda speaker: isinstance(speaker, Entry)) + \
                self._conversation.fill_by_call_in_pair(self._in_the_scene) + \
                self._conversation.fill_by_alternation():
            self._credit_turn(k)
        speaker = self._conversation.speakers[-1]
        if self.narrative and isinstance(speaker, Entry) and called is not None:
            self._name_the_described_caller(speaker, called, person_of)
        narration_after = self.article.text[unit.start + found.end : unit.start + turn.line_end]
        if len(narration_after) > NARRATION_AFTER_LINE and any(mark in narration_after for mark in ".!?"):
            # « — C'est mon parrain, répliqua Bouvard, ajoutant … . Ensuite, ils admirèrent … »:
            # narration that goes on after the line ends the exchange, as a paragraph of it does
            self._close_conversation()
            self._narration_pair = None
            self._narration_after_line = True  # the group it is about is known at the unit's end
        return True

    def _name_the_described_one(self, unit: Unit, called: Entry, speaker: Entry | None,
                                person_of: dict[int, Entry]) -> None:
        """« Le capitaine Morand fit entrer le sergent. ¶ « Asseyez-vous, Lebrun. » »: in an exchange
        the narration set between someone and a person it only described, a line that calls by a
        name never met before this paragraph, not the speaker's, calls the described one: the
        name is theirs. Nothing when both of the two are described (which one?), when the name's
        gender or the speaker rules the described one out, or when the name was met before (then
        it is someone else's)."""
        pair = self._conversation.pair
        if pair is None or called in pair or called.kind != "person" or called.first_seen != unit.index \
                or called.speaker_id is not None:
            return
        if any(e.key == _NARRATOR_KEY for e in pair):
            return  # (« — Pardonnez-moi, monsieur Borel ! »: a narrator's name is first read in a call)
        described = [e for e in pair if e.key.startswith("anonymous:")]
        if len(described) != 1 or speaker is described[0] or described[0].kind != "person":
            return
        other = pair[1] if pair[0] is described[0] else pair[0]
        if speaker is not None and speaker is not other:
            return  # a third speaker: whom they call is not settled by the pair
        if called.gender and described[0].gender and called.gender != described[0].gender:
            return
        self._merge(called, described[0], person_of)

    def _name_the_described_caller(self, speaker: Entry, called: Entry, person_of: dict[int, Entry]) -> None:
        """« Le colonel fit entrer le caporal. ¶ « Approchez, Mercier. … ¶ — Oui, mon colonel. » »: a
        line by someone first named in this exchange, not one of the two the narration set it
        between, that calls one of them, is the other's, if the narration only described them and
        they have not spoken yet: the name is theirs."""
        pair = self._conversation.pair
        if pair is None or speaker in pair or called not in pair or speaker.kind != "person" or \
                not self._conversation_records or speaker.first_seen < self._conversation_records[0].sentence[0]:
            return
        other = pair[1] if pair[0] is called else pair[0]
        if not other.key.startswith("anonymous:") or any(e.key == _NARRATOR_KEY for e in pair) or \
                other in self._conversation.speakers or other.kind != "person" or \
                speaker.gender and other.gender and speaker.gender != other.gender:
            return
        self._merge(speaker, other, person_of)

    def _called(self, doc: "Doc", start: int, end: int, names: list[Name], person_of: dict[int, Entry],
                incise_subject: Subject | None, opening: bool = False) -> Entry | None:
        """Whom the line between doc characters `start` and `end` calls by name, who answers it.
        The `opening` of a quotation whose lines follow inside the same marks calls someone only
        if it speaks to someone, and not in a quotation inside it (« « Tardivel, notaire. » »)."""
        called = _vocative(doc, start, end, names, incise_subject)
        if called is None:
            text = doc.user_data.get(TEXT_KEY) or doc.text
            title = _title_vocative(text, start, end) if self.narrative else ""
            if not title or text[start:end].lstrip(" \t\n\u00a0—–-«\"").lower().startswith(title) and \
                    self._said_just_before(start, title, back=2):
                return None  # (« — Ce petit homme est prince ? ¶ — Prince ! peut-être … »: echoed)
            return self.registry.title_bearer(title)
        if self._echoed(doc, start, called):
            return None
        if opening and (not _speaks_to_someone(doc, start, end) or any(
                mark in (doc.user_data.get(TEXT_KEY) or doc.text)[start + 1:called.start] for mark in OPENERS)):
            return None
        entry = person_of.get(called.first) or self.registry.person(called.person_form)
        text = doc.user_data.get(TEXT_KEY) or doc.text
        if entry.first_acted_in >= self.registry.sentence and text[called.end:end].lstrip(" \u00a0\u202f")[:1] == "?" \
                and not text[start:called.start].strip(" \t\n\u00a0—–-«\"“"):
            # « — Georges ? Il lui a fait quelque chose ? »: a name never met, opening the line as a
            # question, is the one the line asks about, not someone called who answers
            return None
        if entry.first_acted_in >= self.registry.sentence and not _speaks_to_someone(doc, start, end):
            # « — Mathieu Sudre ! s'écria-t-on. », « — Mademoiselle de Blamont, peut-être ! »:
            # a name the story had not shown acting, cried out or guessed, in a line that
            # speaks to no one (« — Eh bien, Fritzel, cela ne te réjouit pas ? » does); in an
            # interview, « — Soulagée, surtout. » is how the interviewee feels, no one called
            return None
        return entry

    def _body_taken_up(self, unit: Unit, found: Found, gender: str) -> Entry | None:
        """« La direction de l'AP-HP assure avoir lancé des recrutements. « … », indique-t-elle »:
        in news, « il » / « elle » right after a report by a body its article gives that gender, in
        the same paragraph with no person named between, is that body (not the nurse quoted before)."""
        previous = self._quotes[-1] if self._quotes else None
        if previous is None or previous.entry is None or previous.entry.kind != "organisation" or \
                previous.mention is None or previous.sentence[0] != unit.index:
            return None
        text = self.article.text
        article = text[previous.mention[0]:previous.mention[1]].split(maxsplit=1)[0].lower() if \
            previous.mention[1] > previous.mention[0] else ""
        if {"le": "m", "la": "f"}.get(article) != gender:
            return None
        gap_start, gap_end = previous.quote.end, unit.start + found.start
        if any(gap_start <= offset + name.start < gap_end and name.label == "PER" for name, offset, _ in self._names[-20:]):
            return None  # someone named since: maybe them
        if len(_SENTENCE_END.findall(text, gap_start, gap_end)) > 1:
            return None  # a sentence between, about someone the model may not have tagged (« Léa, elle, … »)
        return previous.entry

    def _interviewee_before(self, unit: Unit) -> Entry | None:
        """In news, the one person a dash exchange opening here interviews: the article said it
        interviews someone (« s'est confiée à notre journaliste », « propos recueillis ») in the
        paragraphs just before, and the named person last in focus was seen there."""
        before = self.article.text[max(0, unit.start - INTERVIEW_LOOKBACK):unit.start].lower()
        if not any(marker in before for marker in INTERVIEW_MARKERS):
            return None
        entry = self.registry.last_subject(named=True)
        if entry is None or entry.kind != "person" or unit.index - entry.last_seen > 2:
            return None
        return entry

    def _echoed(self, doc: "Doc", start: int, name: Name) -> bool:
        """« — Une nommée Bertrande ?... ¶ — Bertrande ? répéta Mlle de Plesguen »: a name opening a
        line as a question or a cry, which the line just before said, is echoed, not called."""
        text = doc.user_data.get(TEXT_KEY) or doc.text
        first = doc[name.first - len(name.civility.split())].idx if name.civility else name.start
        if text[start:first].strip(" \t\n\u00a0—–-«\"") or not text[name.end:name.end + 3].lstrip()[:1] in ("?", "!", "…", "."):
            return False
        return self._said_just_before(start, name.text)

    def _said_just_before(self, start: int, words: str, back: int = 1) -> bool:
        """Whether one of the `back` quotations before the one at unit character `start`, a few
        paragraphs back at most, says these words."""
        # the line's own quotation, if recorded already: it starts at the line (a dash line) or
        # just after its opening mark (« « Monsieur Dubreuil ! … »)
        line_start = self.registry.position + start
        current = self._quotes[-1] if self._quotes and self._quotes[-1].quote.start <= line_start + 3 else None
        before = [r for r in self._quotes[-2 - back:] if r is not current and not r.nested][-back:]
        return any(self.registry.unit - previous.sentence[0] <= 3 and fold(words) in fold(previous.quote.text)
                   for previous in before)

    def _turn_fits(self, k: int, speaker: "Entry | _Stranger", addressee: "Entry | _Stranger | None" = None) -> bool:
        """Whether the narration and the line's own words allow turn-taking to give the k-th line
        this speaker, speaking to this addressee: « Après un silence, il me demanda : » is a man's
        line, « — J'en suis sûre. » a woman's, « — Oui, madame. » speaks to a woman."""
        record = self._conversation_records[k]
        if k == 0 and self._opening_actor is not None and self._opening_actor is not speaker and \
                self._opening_actor.kind == "person" and self._opening_actor not in self._conversation.speakers:
            # « Mme Boche, la concierge, s'approcha d'elle. ¶ — Faites pas attention, ma petite. »: the
            # first line after someone new to the scene acted may well be theirs, whatever the
            # alternation after
            return False
        return _gender_allows(speaker, record.gender) and _gender_allows(speaker, record.speaker_gender) and \
            _gender_allows(addressee, record.addressee_gender)

    def _credit_turn(self, k: int) -> None:
        """The speaker turn-taking found for the k-th line of the exchange, unless the narration
        said otherwise: « Après un silence, il me demanda : » is a man's line, whoever the
        alternation points to."""
        speaker = self._conversation.speakers[k]
        record = self._conversation_records[k]
        if isinstance(speaker, _Stranger) or not self._turn_fits(k, speaker):
            return
        self._credit(record, speaker, "turn")

    def _hyphen_line_is_speech(self) -> bool:
        """A hyphen line with no incise is speech in an exchange under way (the line before was
        one); in a novel also after a colon naming a speaker (« Il répondit simplement : »), or
        once earlier hyphen lines had incises: the text writes its dialogue with hyphens."""
        return bool(self._conversation.speakers) or self.narrative and (
            self._colon_entry is not None or self._hyphen_dialogue)

    def _group_narrated(self, unit: Unit) -> Entry | None:
        """The group the narration just read was about, if it came into focus last (« Ensuite,
        ils admirèrent la Providence »)."""
        group = self.registry.last_subject()
        if self.narrative and group is not None and group.kind == "group" and group.last_seen == unit.index:
            return group
        return None

    def _in_the_scene(self, entry: "Entry") -> bool:
        """Someone the narration before the exchange showed acting (a subject), or who spoke in the
        exchange before it: not one only spoken of (« Je répondis que c'était pour me parler de
        Mlle Maximilienne »), whom a line may name without calling."""
        return entry.subject_in >= self._narration_since_sentence or entry in (self._scene_pair or ()) or \
            entry in self._shown_coming  # (« Le colonel fit entrer le caporal »)

    @staticmethod
    def _exchange_pair(conversation: Conversation) -> tuple[Entry, Entry] | None:
        """The two people an exchange was between: the narration's pair, or the only two its lines
        gave speakers to."""
        speakers = list(dict.fromkeys(s for s in conversation.speakers if isinstance(s, Entry) and s.kind == "person"))
        if conversation.pair is not None and all(s in conversation.pair for s in speakers):
            return conversation.pair
        return (speakers[0], speakers[1]) if len(speakers) == 2 and not any(
            isinstance(s, _Stranger) for s in conversation.speakers) else None

    def _close_conversation(self) -> None:
        """The exchange is over: turns the narration's pair settles are credited, and a new
        exchange begins."""
        for k in self._conversation.fill_by_pair(self._turn_fits):
            self._credit_turn(k)
        for k in self._conversation.fill_by_chain(CHAIN_REACH, self._turn_fits):
            self._credit_turn(k)
        if self._interviewee is not None:
            for k in _answers_in_interview([r.quote.text for r in self._conversation_records],
                                           self._conversation.speakers):
                if _gender_allows(self._interviewee, self._conversation_records[k].speaker_gender):
                    self._credit(self._conversation_records[k], self._interviewee, "interview")
            self._interviewee = None
        if self._conversation.speakers:
            self._scene_pair = self._exchange_pair(self._conversation)
            last = self._conversation_records[-1]
            self._scene_last = (last.entry, last.sentence[0])
            # (named by a cue that names, not a pronoun the engine resolved: « — On enseigne, disait-il »)
            self._scene_one_speaker = len({id(s) for s in self._conversation.speakers if s is not None}) == 1 and \
                last.quote.speaker is not None and last.quote.speaker.via in ("name", "description")
        self._conversation = Conversation()
        self._conversation_records = []

    def _after_unit(self, unit: Unit, doc: "Doc", had_turns: bool, last_sent: "Span | None", names: list[Name],
                    person_of: dict[int, Entry]) -> None:
        """Narration ends an exchange, unless it introduces the next line (« Bouvard lui dit : »)."""
        if had_turns or last_sent is None:
            if self._narration_after_line:
                self._narration_group = self._group_narrated(unit)
            self._narration_after_line = False
            if had_turns and last_sent is not None and self.narrative and unit.text.rstrip().endswith(":"):
                self._colon_entry = self._narrated_introducer(unit, doc, last_sent, names, person_of)
            return
        introduces = unit.text.rstrip().endswith(":")
        # narration ends the exchange; a colon at its end names who speaks the next line
        self._close_conversation()
        self._colon_entry = None
        self._colon_gender = ""
        # the narration before an exchange may set it between two people
        if self._narration_since is None:
            self._narration_since = unit.index
            self._narration_since_sentence = self._unit_first_sentence
            self._narrator_in_narration = False
        # not someone a line spoke of first and the narration only mentions after (« — Vous devez
        # épouser mademoiselle Morin. ¶ Il connaissait à peine mademoiselle Morin »): not in the scene
        present = [e for e in self.registry.persons_seen_since(self._narration_since) if e.gender != FIRST_PERSON
                   and not (e.subject_in < 0 and 0 <= e.spoken_of_in < e.first_acted_in)]
        opening = self._open_quote
        if self.narrative and opening is not None and opening.sentence[0] == unit.index:
            # « Le capitaine fit entrer le sergent. ¶ « Asseyez-vous, Lebrun. … »: a name first met
            # in the words of the quotation this paragraph leaves open is called or spoken of, not
            # one more person the narration showed
            inside = {id(entry) for name, offset, entry in self._names[-12:]
                      if opening.quote.start <= offset + name.start < opening.quote.end}
            outside = {id(entry) for name, offset, entry in self._names[-12:]
                       if unit.start <= offset + name.start < unit.start + len(unit.text)
                       and not opening.quote.start <= offset + name.start < opening.quote.end}
            present = [e for e in present if not (e.first_seen == unit.index and id(e) in inside - outside)]
        if self.narrative and (self._narrator_in_narration or _first_person_narration(doc)):
            # « Marthe s'était étendue près du feu. Je la regardais »: the narrator is one of the two
            self._narrator_in_narration = True
            present.append(self.registry.anonymous(NARRATOR, gender=FIRST_PERSON))
        self._narration_pair = (present[0], present[1]) if len(present) == 2 and self.narrative else None
        scene = self._scene_pair
        if self._narration_pair is None and scene is not None and self.narrative and len(present) == 1 and \
                present[0] in scene and unit.index - self._narration_since <= 1:
            # « Julien s'arrêta et la prit par les épaules. ¶ — Je serai là, Mathilde. »: a short
            # narration that shows one of the two of the exchange before it, and no one new, goes on
            # with them (not one that shows no one: « Celui des deux étrangers … lui dit »)
            self._narration_pair = scene
        self._narration_group = self._group_narrated(unit)
        self._colon_addressee = None
        if self.narrative and opening is not None and opening.sentence[0] == unit.index:
            # « « Tu as vu ? dit Jacques. … ¶ — Je sais. ¶ — Et alors ? » »: a quotation left open
            # at the paragraph's end, the dialogue lines after it inside the same marks, is the
            # first turn of their exchange
            self._conversation.pair = self._narration_pair
            # « « Binet, lui dit l'officier, c'est vous ? ¶ — Oui, monsieur. »: the one it calls answers
            start = opening.quote.start - unit.start
            while start > 0 and unit.text[start - 1] in "«\u00a0\u202f ":
                start -= 1  # from its opening mark, that sets a vocative off
            called = self._called(doc, start, opening.quote.end - unit.start, names, person_of, None, opening=True)
            if called is not None and _calls_at_an_edge(doc, start, opening.quote.end - unit.start, names, None):
                self._name_the_described_one(unit, called, opening.entry, person_of)
            self._conversation.add(opening.entry, addressee=called)
            self._conversation_records.append(opening)
        # « Enfin Étienne Castel prit la parole. » introduces the next line as a colon would
        subject = introducer_before_colon(last_sent) if introduces else (
            floor_taker(last_sent) or turner_to_someone(last_sent)) if self.narrative else None
        if subject is not None:
            probe = Found("direct", last_sent.end_char, last_sent.end_char, subject=subject,
                          lemma=_verb_lemma_of(doc, subject))
            self._colon_entry = self._resolve(unit, doc, probe, names, person_of)[0]
            if self._colon_entry is None and subject.pronoun in ("il", "elle"):
                self._colon_gender = "m" if subject.pronoun == "il" else "f"
            # « Marie se tourna vers Paul et lui dit : »: the one spoken to answers next
            spoken_to_here = tuple(dict.fromkeys(self._spoken_to(doc, subject, names, person_of)))
            if self._colon_entry is not None and len(spoken_to_here) == 1 and \
                    spoken_to_here[0] is not self._colon_entry:
                self._colon_addressee = spoken_to_here[0]
            elif self._colon_entry is not None and not spoken_to_here and not introduces:
                self._colon_addressee = self._turned_to(last_sent, self._colon_entry)

    def _turned_to(self, sent: "Span", speaker: Entry) -> Entry | None:
        """« puis il se tourna vers la mère. »: the one the next line's speaker turned to, who
        answers it; a person described (as the story calls them from then on) or « elle », « lui »."""
        target = turned_to(sent)
        if target is None or target.ent_type_ == "PER":
            return None  # (a name was read as the one spoken to already)
        if target.pos_ == "PRON":
            gender = {"lui": "m", "elle": "f"}.get(target.lower_, "")
            entry = self.registry.resolve_pronoun(gender, not_=(speaker,)) if gender else None
        else:
            entry = self._described_person(target)
            if entry is not None:
                self.registry.mentioned(entry)
        return entry if entry is not None and entry is not speaker and entry.kind == "person" else None

    def _described_person(self, noun: "Token") -> Entry | None:
        """The person a noun with its definite article stands for, outside the subject (« fit entrer
        le sergent », « se tourna vers la mère »): the one known by that title or epithet, the one
        already described so, or someone new known by these words from then on; None without a
        definite article close before it."""
        article = next((c for c in noun.children if c.dep_ == "det"), None)
        if article is None or article.lower_ not in ("le", "la", "l'", "l’") or noun.i - article.i > 3:
            return None
        gender = {"le": "m", "la": "f"}.get(article.lower_) or (
            _adjectives_gender(noun) if _epicene(noun.lower_) else _noun_gender(noun))  # (« l'aubergiste »)
        description = noun.doc[article.i:noun.i + 1].text.replace("' ", "'").replace("’ ", "’")
        spacer = "" if article.lower_.endswith(("'", "’")) else " "
        bearer = self.registry.resolve_description([noun.lower_], strict=True) \
            if noun.lower_ in PERSON_TITLES else None  # « fit entrer le docteur »: the one known so
        return bearer or self.registry.by_epithet(noun.lower_) or self.registry.described(noun.text) or \
            self.registry.anonymous(description[:1].lower() + description[1:], gender,
                                    same_as=f"{article.lower_}{spacer}{noun.text}")

    def _narrated_introducer(self, unit: Unit, doc: "Doc", sent: "Span", names: list[Name],
                             person_of: dict[int, Entry]) -> Entry | None:
        """« – Il faut la nommer ! Alors Ismaïl laissa tomber ces mots : »: narration run on after a
        dialogue line, naming in the passé simple who speaks the next one; None otherwise (a line
        of speech may end on a colon too: « — Écoutez ce qu'il m'a dit : »)."""
        subject = introducer_before_colon(sent)
        if subject is None or subject.pronoun:
            return None
        verb = doc[subject.first].head
        if verb.morph.get("Tense") != ["Past"] or verb.morph.get("Mood") != ["Ind"]:
            return None
        probe = Found("direct", sent.end_char, sent.end_char, subject=subject, lemma=_verb_lemma_of(doc, subject))
        return self._resolve(unit, doc, probe, names, person_of)[0]

    def _credit(self, record: _QuoteRecord, entry: Entry | None, via: str) -> None:
        if entry is None:
            return
        self._give_speaker_id(entry)
        record.entry = entry
        record.quote.speaker = SpeakerRef(entry.speaker_id, entry.name, via)

    def _give_speaker_id(self, entry: Entry) -> None:
        """s1, s2 … in order of first credit; a counter, as merged entries leave gaps."""
        if entry.speaker_id is None:
            self._speakers_credited += 1
            entry.speaker_id = f"s{self._speakers_credited}"

    def _exclamation_word(self, doc: "Doc", name: Name) -> bool:
        """« — Adorable ! Qui ne serait touché … » (tagged a person): a word alone before « ! » or
        « ? » that the lexicon knows as an adjective is an exclamation, not a name; « Adolescente,
        vous savez … », « Erreur, s'écria le prince » (a person or a thing): an adjective or a noun
        of the lexicon opening a sentence before a comma is no one called; unless it is a known
        first name or the text writes it capitalised inside a sentence too (« Constant »)."""
        if name.label not in ("PER", "MISC") or name.civility or name.last - name.first != 1 or name.last >= len(doc):
            return False
        if name.first > 0 and not doc[name.first - 1].is_punct and not doc[name.first].is_sent_start:
            return False
        word = doc[name.first].text
        if known_first_name_gender(word) or fold(word) in EPICENE_FIRST_NAMES:
            return False
        if doc[name.last].text in ("!", "?", "…", "..."):
            if not is_adjective(word) or name.label != "PER":
                return False
        elif doc[name.last].text != "," or not (is_adjective(word) or is_common_noun(word)) or \
                is_person_noun(word) or word.lower() in ADDRESS_GENDER or word.lower() in FORMS_OF_ADDRESS:
            # « Adolescente, vous savez ce que j'ai souffert »: a word of the lexicon opening a
            # sentence before a comma, no name, unless it names a person (« Maman, viens »)
            return False
        return word not in self._capitalised_inside_sentences()

    def _rubric_word(self, doc: "Doc", name: Name) -> bool:
        """« Budget : le gouvernement cherche … », « Cinéma : « Les Dernières Saisons » … » (tagged a
        person or a body): a common noun alone opening a line before a colon is the rubric of a
        headline, not someone speaking, unless it is a known first name or the text writes it
        capitalised inside a sentence too (« Rousseau », named in full below)."""
        if name.label not in ("PER", "ORG", "MISC") or name.civility or name.last - name.first != 1 \
                or name.last >= len(doc) or doc[name.last].text != ":":
            return False
        if name.first > 0 and "\n" not in doc[name.first - 1].text and not doc[name.first].is_sent_start:
            return False
        word = doc[name.first].text
        if not is_common_noun(word) or known_first_name_gender(word) or fold(word) in EPICENE_FIRST_NAMES:
            return False
        return word not in self._capitalised_inside_sentences()

    def _capitalised_inside_sentences(self) -> frozenset[str]:
        """The capitalised words the text writes after a lower-case word or a comma (so not only
        where a sentence makes them so): names, most of them."""
        if self._capitalised is None:
            self._capitalised = frozenset(_CAPITALISED_INSIDE.findall(self.article.text))
        return self._capitalised

    def _register_names(self, unit: Unit, doc: "Doc", names: list[Name]) -> dict[int, Entry]:
        """Persons on first mention, with roles from appositions: « R. Sikorski, ministre polonais »."""
        person_of: dict[int, Entry] = {}
        for name in names:
            entry = None
            if name.label == "ORG":
                type_noun = _type_noun_before(doc, name)
                if type_noun:
                    self.registry.organisation(name.text).titles.add(type_noun)
                if not self.narrative and _is_subject(doc, name):
                    # « Enedis a prépositionné 3 000 techniciens »: seen acting, what « l'entreprise »
                    # may then stand for (`Registry.typed_organisation`)
                    self.registry.mentioned(self.registry.organisation(name.text))
            if name.label == "PER" and name.person_form.split()[0].lower() in PLURAL_CIVILITIES:
                # « MM. de Lameth n'avaient pas le moindre soupçon »: a family, nobody to speak
                # for; a later « il » is not them, and « M. de Lameth » stays one man
                self._family_named = fold(name.person_form.split(maxsplit=1)[-1])
                self._names.append((name, unit.start, None))
                continue
            if name.label == "PER":
                entry = self.registry.person(name.person_form)
                if not entry.family:  # before it comes into focus itself: « Sa fille Claire entra »
                    entry.family = self._family_by_kin(doc, name, entry)
                if not entry.gender:  # « Marthe était partie »: the participle agrees with its subject
                    entry.gender = _agreement_gender(doc, name) or _fronted_participle_gender(doc, name) or \
                        _apposition_gender(doc, name) or _civility_word_gender(doc, name)
                # in a dialogue line, a name with no sign of being a person's (no gender known) is
                # spoken of, not acting: « — Le malade de la Huchette allait mal » (a farm the
                # model took for a woman) is mentioned, but does not come into focus
                is_subject = _is_subject(doc, name) and (
                    bool(entry.gender) or not any(a <= name.start < b for a, b in self._speech))
                # one of two people joined by « et »: the pair acted, and « il » after it is
                # neither of them for sure
                paired = _in_pair(doc, name)
                # « — Pourquoi madame de Lanty laisse-t-elle errer des revenants ? »: spoken of in
                # a dialogue line, which the next incise's pronoun does not stand for
                spoken_of = self.narrative and _spoken_of(doc, name, self._speech)
                self.registry.mentioned(entry, as_subject=is_subject, paired=paired, spoken_of=spoken_of)
                self._name_flags[name.first] = (is_subject, paired)
                if is_subject and not spoken_of and not any(a <= name.start < b for a, b in self._speech):
                    self._named_acting.append((unit.start + name.start, entry))
                    self._named_acting_end[unit.start + name.start] = unit.start + name.end
                rank = name.civility.split()[0].lower() if name.civility else ""
                title = _preceding_title(doc, name)
                for role in (_apposition(doc, name), title, rank if rank in NOBLE_TITLES else None):
                    if role:
                        entry.add_role(role)
                if title and not entry.gender and name.first - len(title.split()) > 0:
                    # « Le capitaine Fracasse »: the article of the title says a man
                    article = doc[name.first - len(title.split()) - 1].lower_
                    entry.gender = ARTICLE_GENDER.get(article, "")
                    if article in POSSESSIVE_DETERMINERS:  # « sa collaboratrice X », « son adjoint X »
                        entry.gender = _possessed_gender(article, doc[name.first - len(title.split())])
                    if entry.gender == "pl":
                        entry.gender = ""
                opening = _title_opening_before(doc, name)
                if opening is not None:
                    entry.add_role(opening[0])
                    entry.gender = entry.gender or opening[1]
                civility = name.civility.lower()
                if self.narrative and CIVILITY_MARRIED.get(civility) and CIVILITIES.get(civility) == "f":
                    spouse = self.registry.spouse_described(entry, unit.index - 1)
                    if spouse is not None:
                        self._merge(entry, spouse, person_of)  # « sa femme » was madame Lebrun
                epithet = apposed_epithet(doc, name)
                if epithet:
                    self.registry.add_epithet(entry, epithet)  # « le marquis Wilhem d'Eyrik, un tout petit blondin »
                # « le vieux Mathurin » … « fit le vieillard »; not for a surname the entry shares with
                # a first name (« miss Fanny Lovelace … Le vieux Lovelace », her father)
                own_name = all(len(known.split()) == 1 for known in entry.names)
                for word in epithets_before(doc, name) if self.narrative and own_name else ():
                    self.registry.add_epithet(entry, word)
                said = epithet_gender(doc, name) if self.narrative and own_name else ""
                if said and entry.gender != said and not known_first_name_gender(name.text.split()[0]) and \
                        not name.civility:
                    entry.gender = said  # « La vieille Vénus »: not the man her name's ending suggests
                person_of[name.first] = entry
            self._names.append((name, unit.start, entry))
            if name.first > 0 and doc[name.first - 1].lower_ == "les" and name.last - name.first == 1:
                self._family_named = fold(name.text)  # « les Grangier nous attendaient »
        return person_of

    def _family_member(self, kin: str) -> Entry | None:
        """« sa mère », « son père » when whose is the person in focus and their family is known:
        the one person of that family and gender named with a civility."""
        possessor = self.registry.last_subject(named=True)
        if possessor is None:
            return None
        surname = self.registry.surname_of(possessor)
        return self.registry.family_member(surname, FAMILY_KIN[kin], not_=possessor) if surname else None

    def _family_by_kin(self, doc: "Doc", name: Name, entry: Entry) -> str:
        """« le nom de leur fille, Marthe », « Marthe, leur fille »: a first name given as someone's
        child bears their family's name (of « les Grangier » for « leur », of the person in focus
        for « sa » / « son »)."""
        if name.last - name.first != 1 or name.civility:
            return ""
        first = name.first
        before = [t.lower_ for t in doc[max(first - 3, 0):first]]
        after = [t.lower_ for t in doc[name.last:name.last + 3]]
        possessive = ""
        if len(before) == 3 and before[2] == "," and before[1] in CHILD_KIN:
            possessive = before[0]
        elif len(before) >= 2 and before[-1] in CHILD_KIN:
            possessive = before[-2]
        elif len(after) == 3 and after[0] == "," and after[2] in CHILD_KIN:
            possessive = after[1]
        if possessive in ("leur", "leurs"):
            return self._family_named
        if possessive in ("sa", "son"):
            # whose: the subject in focus, or failing one seen in this paragraph (« Mme Verdier et
            # sa fille Lucie », with « Mme Verdier » parsed as no subject) the person named last
            parent = self.registry.last_subject()
            if parent is None or parent is entry or parent.last_seen != self.registry.unit:
                parent = self.registry.last_mentioned(not_=(entry,))
            return self.registry.surname_of(parent) if parent is not None and parent is not entry \
                and parent.kind == "person" else ""
        return ""

    def _add_quote(self, unit: Unit, doc: "Doc", sent: "Span", found: Found, names: list[Name],
                   person_of: dict[int, Entry], resolved: tuple | None = None) -> _QuoteRecord | None:
        entry, via, mention = resolved if resolved is not None else self._resolve(unit, doc, found, names, person_of)
        colon = self._colon_entry
        if colon is not None and found.kind == "direct" and found.start <= 2 and (
                unit.text[:1] in OPENERS or unit.text[:1] == '"') and (
                entry is None or found.incise and found.subject is not None and entry is not colon
                and found.subject.pronoun in _PRONOUN_GENDER and colon.gender in ("", _PRONOUN_GENDER[found.subject.pronoun])):
            # « X reprit à voix basse : » ¶ « … »; and « Le père La Plie, frappant du pied : » ¶
            # « Le maître ! répéta-t-il … » : the pronoun is the one the colon introduced
            entry, via, mention = colon, "colon", None
            self._colon_entry = None
        waiting = self._open_quote
        if waiting is not None and found.kind == "direct" and found.start <= 2 and unit.text[:1] in OPENERS \
                and waiting.sentence[0] == unit.index - 1 and self._last_outer() is waiting:
            return self._extend_open_quote(waiting, unit, sent, found, entry, via, mention)
        if entry is None and found.via == "selon" and not _someone_unresolved(doc, found):
            return None  # « selon nos informations », « selon les chiffres »: no one is speaking
        if entry is None and found.kind == "indirect" and _thing_as_subject(doc, found, names):
            return None  # « des chaises hautes rappellent que … »: things do not speak
        if entry is not None and found.lemma in GOING_ON_VERBS and via == "name" and not self.narrative:
            self._name_the_titled_speaker_before(unit, entry, person_of)
        if entry is not None and not self.narrative and _document_at_cue(sent, found):
            self._document_owner = entry  # « La préfecture a indiqué dans un communiqué que … »
        if entry is not None:
            self.registry.spoke(entry)
            self._give_speaker_id(entry)
            if mention is not None:
                self._mentions.append((unit.start + mention[0], unit.start + mention[1], entry, via))
        offset = unit.start
        cue = None
        if found.lemma:
            cue = Cue(text=self.article.text[offset + found.cue_start : offset + found.cue_end],
                      lemma=found.lemma, start=offset + found.cue_start, end=offset + found.cue_end)
        quote = Quote(
            id=f"q{len(self._quotes) + 1}",
            kind=found.kind,
            text=self.article.text[offset + found.start : offset + found.end],
            start=offset + found.start,
            end=offset + found.end,
            speaker=SpeakerRef(entry.speaker_id, entry.name, via) if entry and entry.speaker_id else None,
            cue=cue,
        )
        record = _QuoteRecord(quote, entry, (unit.index, sent.start_char))
        if mention is not None:
            record.mention = (offset + mention[0], offset + mention[1])
        if entry is None:
            record.reason = _abstention(doc, found)
        record.nested = found.nested
        self._quotes.append(record)
        if not found.nested:
            self._credit_chain(record, via)
            self._credit_open_quote(unit, found, record, via)
        return record

    def _name_the_titled_speaker_before(self, unit: Unit, entry: Entry, person_of: dict[int, Entry]) -> None:
        """« « … », a déclaré le ministre des Affaires étrangères. … « … », a ajouté Laurent
        Fabius »: the one who goes on is the one who spoke just before, known then by a title only.
        Only for the quotation right before, in this paragraph or the one before, of a gender
        that agrees and by someone the article names no other way."""
        previous = self._quotes[-1] if self._quotes else None
        if previous is None or previous.entry is None or previous.sentence[0] < unit.index - 1:
            return
        described = previous.entry
        if described is entry or not described.key.startswith("anonymous:") or described.kind != "person" \
                or not described.titles or entry.kind != "person" or entry.key.startswith("anonymous:"):
            return
        if described.gender and entry.gender and described.gender != entry.gender:
            return
        if not titles_agree(entry.titles, described.titles):
            return  # « le ministre » then « a ajouté le député X »: two titles, two people
        self._merge(entry, described, person_of)

    def _last_outer(self) -> _QuoteRecord | None:
        """The last quotation that is not inside another."""
        return next((r for r in reversed(self._quotes[-20:]) if not r.nested), None)

    def _extend_open_quote(self, waiting: _QuoteRecord, unit: Unit, sent: "Span", found: Found, entry: Entry | None,
                           via: str, mention: tuple[int, int] | None) -> _QuoteRecord:
        """French typography runs one long quotation over several paragraphs: each opens with «
        and only the last one closes. The paragraphs are one quotation, one speaker: the first
        explicit cue among them names it (often an incise in the last part)."""
        quote = waiting.quote
        quote.end = unit.start + found.end
        quote.text = self.article.text[quote.start : quote.end]
        explicit = via not in ("carry-over", "")
        if entry is not None and explicit and (waiting.entry is None or quote.speaker is None
                                               or quote.speaker.via in ("carry-over", "")):
            self.registry.spoke(entry)
            self._credit(waiting, entry, via)
            if mention is not None:
                waiting.mention = (unit.start + mention[0], unit.start + mention[1])
                self._mentions.append((unit.start + mention[0], unit.start + mention[1], entry, via))
            if found.lemma and quote.cue is None:
                quote.cue = Cue(text=self.article.text[unit.start + found.cue_start : unit.start + found.cue_end],
                                lemma=found.lemma, start=unit.start + found.cue_start, end=unit.start + found.cue_end)
            waiting.reason = ""
        waiting.sentence = (unit.index, sent.start_char)
        self._open_quote = waiting if found.unclosed else None
        return waiting

    def _answer_at(self, start: int, end: int) -> Answer | None:
        return next((a for a in self._answers if a.start <= start + 2 and end <= a.end + 2), None)

    def _add_answer(self, unit: Unit, sent: "Span", answer: Answer) -> None:
        """The interviewee's answer, added once (at its first sentence) as one direct quote."""
        if self._quotes and self._quotes[-1].quote.start == answer.start:
            return
        if not answer.speaker:
            self._add_unlabelled_answer(unit, sent, answer)
            return
        words = answer.speaker.split()
        is_person = len(words) >= 2 and all(w[:1].isupper() for w in words)
        entry = self.registry.person(answer.speaker) if is_person else self.registry.organisation(answer.speaker)
        self.registry.spoke(entry)
        self._give_speaker_id(entry)
        quote = Quote(id=f"q{len(self._quotes) + 1}", kind="direct", text=self.article.text[answer.start:answer.end],
                      start=answer.start, end=answer.end, speaker=SpeakerRef(entry.speaker_id, entry.name, "interview"),
                      cue=None)
        self._quotes.append(_QuoteRecord(quote, entry, (unit.index, sent.start_char)))

    def _add_unlabelled_answer(self, unit: Unit, sent: "Span", answer: Answer) -> None:
        """An answer of an interview whose paragraphs carry no label: the interviewee's, the named
        person last in focus when the first answer comes (the one the headline and the lead were
        about), seen in the paragraphs just before it; else the answer stays unattributed."""
        if self._plain_interviewee is None and not any(r.quote.speaker and r.quote.speaker.via == "interview"
                                                         for r in self._quotes[-3:]):
            candidate = self.registry.last_subject(named=True)
            if candidate is not None and candidate.kind == "person" and unit.index - candidate.last_seen <= 3:
                self._plain_interviewee = candidate
        entry = self._plain_interviewee
        text = self.article.text[answer.start:answer.end]
        quote = Quote(id=f"q{len(self._quotes) + 1}", kind="direct", text=text, start=answer.start, end=answer.end)
        if entry is not None:
            self.registry.spoke(entry)
            self._give_speaker_id(entry)
            quote.speaker = SpeakerRef(entry.speaker_id, entry.name, "interview")
        else:
            quote.unattributed = "an interview's answer, and the article names no one it interviews just before"
        self._quotes.append(_QuoteRecord(quote, entry, (unit.index, sent.start_char)))

    def _carry_over_source(self, unit: Unit, found: Found) -> Entry | None:
        """A quotation with no cue continues the previous quotation's speaker only when nothing
        in between could have changed the speaker: no other quotation, no name, not far away."""
        previous = self._last_outer()
        if previous is None or previous.entry is None or unit.index - previous.sentence[0] > 1:
            return None
        text = self.article.text
        if self.narrative and previous.sentence[0] == unit.index - 1 and \
                _closed_line(text, unit.start, unit.start + found.start, unit.start + found.end) and \
                _closed_line(text, self._unit_starts.get(unit.index - 1, -1), previous.quote.start, previous.quote.end,
                             whole=False):
            # a novel's exchange in « »: a closed line filling its paragraph, after a paragraph that
            # opened with a closed line, is the next turn (« « J'ai dit Regimbart » s'écria
            # Frédéric. ¶ « Ah ! mille excuses, vous faites erreur ! » »); a speech running on opens
            # each paragraph with « and closes only at its end
            return None
        gap_start, gap_end = previous.quote.end, unit.start + found.start
        if gap_end - gap_start > CARRY_OVER_MAX_GAP:
            return None
        # the names of the previous quotation's own cue and apposition change nothing (« », tranche
        # Marianne Louis, directrice générale de l'Union sociale pour l'habitat. Avant de nuancer : »)
        cue = previous.quote.cue
        cue_sentence_end = _SENTENCE_END.search(text, cue.end, gap_end) if cue is not None and \
            previous.quote.end <= cue.start < gap_end else None
        names_from = cue_sentence_end.end() if cue_sentence_end is not None else gap_start
        for name, offset, _entry in reversed(self._names):
            if offset + name.start < names_from:
                break
            if offset + name.start < gap_end and name.label in ("PER", "ORG") and _entry is not previous.entry:
                return None  # someone else is named in between
        for offset, entry in reversed(self._acting):
            if offset < gap_start:
                break
            if offset < gap_end and entry is not previous.entry:
                return None  # « Le paysan haussa les épaules. « Oh ! moi … » »: someone else acts in between
        other = _OTHER_GENDER.get(previous.entry.gender)
        # (from the quotation's closing mark: its span may take in the words after it)
        closing = self.article.text.find("»", previous.quote.start, gap_end)
        narration_start = min(gap_start, closing) if closing >= 0 else gap_start
        if other and any(_PRONOUN_GENDER[m.group(1).lower()] in other
                         for m in _SUBJECT_PRONOUN.finditer(self.article.text, narration_start, gap_end)):
            return None  # « Elle pleurait toujours, implorant son fils. « Dis, Poulet, … » »: she acts
        return previous.entry

    def _credit_author_after(self, unit: Unit, sent: "Span", names: list[Name], person_of: dict[int, Entry]) -> None:
        """« « On ne peut plus continuer comme ça. » Le cri d'alarme vient de Julie, infirmière »:
        the sentence right after a quotation no cue gave to anyone names its author."""
        previous = self._quotes[-1] if self._quotes else None
        if previous is not None and self._credit_pointed_back(unit, sent, previous, names, person_of):
            return
        if previous is None or previous.entry is not None or previous.nested or previous.quote.kind != "direct" \
                or previous.sentence[0] != unit.index:
            return
        if self.article.text[previous.quote.end : unit.start + sent.start_char].strip(" \u00a0»\"”.!?…"):
            return  # not the sentence right after the quotation
        author = author_named_after(sent)
        if author is None:
            return
        name = next((n for n in names if n.first - len(n.civility.split()) == author), None)
        if name is not None and name.label != "PER" and known_first_name_gender(name.text.split()[0]):
            entry = self.registry.person(name.text)  # « vient de Julie », the model's miss
        elif name is not None and name.label == "PER" and name.first in person_of:
            entry = person_of[name.first]
        else:
            return
        self._credit(previous, entry, "signed")
        self.registry.spoke(entry)
        previous.mention = (unit.start + name.start, unit.start + name.end)
        self._mentions.append((*previous.mention, entry, "signed"))

    def _credit_pointed_back(self, unit: Unit, sent: "Span", previous: _QuoteRecord, names: list[Name],
                             person_of: dict[int, Entry]) -> bool:
        """« « C'est un compromis. » ¶ C'est ainsi que l'eurodéputée Alexandra Geese a résumé … »:
        the quotation right before (no cue of its own, carried over or unattributed) is the
        subject's. Whether it was credited."""
        if previous.nested or previous.quote.kind == "indirect" or previous.quote.cue is not None and \
                previous.quote.cue.lemma or previous.quote.speaker is not None and \
                previous.quote.speaker.via not in ("carry-over", ""):
            return False
        if unit.index - previous.sentence[0] > 1 or self.article.text[previous.quote.end:unit.start + sent.start_char] \
                .strip(" \t\n\u00a0»\"”.!?…"):
            return False  # not the sentence right after the quotation
        subject = subject_pointing_back(sent)
        if subject is None:
            return False
        doc = sent.doc
        probe = Found("direct", sent.end_char, sent.end_char, subject=subject)
        entry, _, span = self._resolve(unit, doc, probe, names, person_of)
        if entry is None:
            return False
        self._credit(previous, entry, "signed")
        self.registry.spoke(entry)
        if span is not None:
            previous.mention = (unit.start + span[0], unit.start + span[1])
            self._mentions.append((*previous.mention, entry, "signed"))
        return True

    def _beat_speaker(self, unit: Unit, found: Found, news: bool = False) -> tuple[Entry, tuple[int, int]] | None:
        """« La baronne fronça les sourcils. « Sorti ? À cette heure ? » »: in a novel, a quotation
        with no cue right after a sentence of its own paragraph whose subject is a person named or
        described there is that person's, with the characters of the paragraph that show them acting
        (the why panel's evidence). None when the narration showed nobody, a group, two people, or a
        pronoun acting after them (« il » may be someone else). ``news``: an article's portrait
        (« Laure Adler sourit. « Je n'écris pas pour les prix. » »), within one paragraph only."""
        text = self.article.text
        quote_at = unit.start + found.start
        window_start = unit.start
        last = self._last_outer()
        previous_start = self._unit_starts.get(unit.index - 1)
        # a quotation opening its paragraph, after a paragraph of narration only (« Le notaire
        # toussa, ouvrit sa serviette. ¶ « Mauvaises, madame. » »): the last sentence of that one
        across = not unit.text[:found.start].strip(" \t\n«\"“—–-") and previous_start is not None and (
            last is None or last.quote.end <= previous_start)
        if across and news:
            return None
        if across:
            # its last sentence: who acted earlier in the paragraph is no sign (« Le docteur Lebrun
            # et sa femme dînaient seuls. Au dessert, madame Lebrun posa sa fourchette. »)
            narration = text[previous_start:unit.start].rstrip()
            stop = max(narration.rfind(mark, 0, len(narration) - 1) for mark in (". ", "! ", "? ", "… ", "; "))
            window_start = previous_start + (stop + 2 if stop >= 0 else 0)
        if last is not None and last.quote.end > window_start:
            window_start = last.quote.end  # only what was done since the last quotation
        actors = [(offset, entry) for offset, entry in sorted(self._acting[-8:] + self._named_acting[-8:],
                                                               key=lambda a: a[0])
                  if window_start <= offset < quote_at and not _PRONOUN_AT.match(text, offset)]
        if not actors or any(entry is not actors[-1][1] for _, entry in actors):
            return None
        offset, actor = actors[-1]
        if actor.kind != "person" or actor.gender == "pl":
            return None
        if across and (last is not None and actor is last.entry or self._colon_entry is not None):
            # the one who spoke last, then acted: the next line may well be the other's; a colon
            # names who speaks by its own rule
            return None
        after = text[offset:quote_at].rstrip(" \t\n«\"“—–-")
        if any(phrase in after.lower() for phrase in SILENCE_PHRASES):
            return None  # « Le colporteur rougit sans répondre. »: someone else speaks
        paragraph_end = text.find("\n", unit.start + found.end)
        following = text[unit.start + found.end : paragraph_end if paragraph_end >= 0 else len(text)]
        pronoun = _SUBJECT_PRONOUN.search(following[:80])
        if pronoun is not None and _PRONOUN_GENDER[pronoun.group(1).lower()] in _OTHER_GENDER.get(actor.gender, ()):
            # « Arnoux présenta Frédéric. ¶ « Soyez le bienvenu ! » Elle écarta une portière »:
            # the narration that goes on after the line follows someone else
            return None
        if _SUBJECT_PRONOUN.search(text, offset, quote_at) or any(mark in after[:-1] for mark in ".!?;…"):
            return None  # the actor is not the subject of the sentence right before, or « il » acts after
        sentence_start = max(window_start, *(text.rfind(mark, window_start, offset) + 1 for mark in ".!?…;"))
        if _SUBJECT_PRONOUN.search(text, sentence_start, offset):
            # « Elle … ne se leva pas quand Hélène entra. »: a pronoun is the sentence's subject,
            # the name only acts in a clause of it
            return None
        end = self._named_acting_end.get(offset) or offset + len(_WORD.match(text, offset).group(0))
        return actor, (offset - unit.start, end - unit.start)

    def _resumed_pair(self, unit: Unit, speaker: Entry | None) -> tuple[Entry, Entry] | None:
        """« — Où étais-tu ? demanda Marguerite. ¶ Paul posa son chapeau … ¶ — Chez les Desroches,
        dit-il enfin. ¶ — Jusqu'à minuit ? »: an exchange whose first line is someone's answer to the
        one person who spoke the exchange just before, a short narration between that showed no one
        else, is between the two (not after an exchange of several: whom they answer is unsure)."""
        last = self._scene_last
        if speaker is None or last is None or last[0] is None or last[0] is speaker or not self._scene_one_speaker or \
                unit.index - last[1] > 2 or speaker.kind != "person" or last[0].kind != "person" or \
                self._narration_since is None:
            return None
        present = self.registry.persons_seen_since(self._narration_since)
        if any(e is not speaker and e is not last[0] and e.gender != FIRST_PERSON for e in present):
            return None
        return speaker, last[0]

    def _beat_of_the_other(self, unit: Unit, doc: "Doc", found: Found, names: list[Name],
                           person_of: dict[int, Entry]) -> tuple[Entry, tuple[int, int]] | None:
        """The first line after a short narration between two lines of one exchange: theirs, if the
        narration shows one of the two who spoke acting (`_beat_speaker`) and the other spoke the
        last line before it (then alternation says the same), and the line does not call them.
        None when the exchange before was not between two known people, when the narration ran
        over more than one paragraph, or when the one acting spoke last."""
        scene, last = self._scene_pair, self._scene_last
        if scene is None or last is None or last[0] is None or last[0] not in scene or \
                unit.index - last[1] > 2 or self._narration_pair is not scene:
            return None
        beat = self._beat_speaker(unit, found)
        if beat is None or beat[0] is last[0] or beat[0] not in scene:
            return None
        acting = self.article.text[unit.start + beat[1][0]:unit.start + found.start]
        if _NEGATED.search(acting):
            return None  # « Lupin ne bougea pas. »: what one does not do says nothing of who speaks
        if self._called(doc, found.start, found.end, names, person_of, None) is beat[0]:
            return None  # « Lucien s'arrêta. ¶ — Qu'as-tu, Lucien ? »: the other one speaks to him
        return beat

    def _expressive_narration_before(self, unit: Unit) -> bool:
        """The paragraph before this one is one sentence of narration that shows one person named
        smiling, laughing, sighing, crying out or stepping in (« Mme Fauchery soupira. »), with no
        one else (« lui », « vers », another name): what a character does before speaking."""
        previous_start = self._unit_starts.get(unit.index - 1)
        if previous_start is None:
            return False
        narration = self.article.text[previous_start:unit.start].strip()
        if not narration or narration[:1] in "«—–-\"" or narration.endswith(":"):
            return False
        if len(_SENTENCE_END.findall(narration + " ")) != 1 or not EXPRESSIVE_BEAT.search(narration):
            return False
        persons = {id(entry) for name, offset, entry in self._names[-12:] if name.label == "PER"
                   and previous_start <= offset + name.start < unit.start}
        return len(persons) <= 1 and not _OBJECT_PRONOUN.search(narration)

    def _credit_chain(self, record: _QuoteRecord, via: str) -> None:
        """« "A." "B." "C", a-t-elle dit »: quotations that follow each other with nothing but
        spaces between them are one utterance; the speaker named on the last one said them all."""
        if record.entry is None or via in ("carry-over", "") or record.quote.kind == "indirect":
            return
        later = record.quote
        for index in range(len(self._quotes) - 2, -1, -1):  # (no copy of the list: it can be long)
            earlier = self._quotes[index]
            if earlier.sentence[0] != record.sentence[0] or earlier.quote.kind == "indirect":
                break  # quotations of one paragraph: separate paragraphs are separate turns
            if self.article.text.startswith(EM_DASHES, later.start):
                break  # « … trompée. – Il est bien joli, répondit la duchesse »: a dash opens another turn
            gap = self.article.text[earlier.quote.end : later.start]
            if gap.strip(" \t\n\u00a0\u202f«»“”\"'.,;:!?…") or earlier.quote.speaker and earlier.quote.speaker.via not in (
                    "carry-over", "") or earlier.quote.cue is not None and earlier.quote.cue.lemma:
                break  # (« Les syndicats ont dénoncé « une trahison ». « … », rappelle X »: its own cue)
            earlier.entry = record.entry
            earlier.quote.speaker = SpeakerRef(record.entry.speaker_id or "", record.entry.name, "chain")
            later = earlier.quote

    def _credit_open_quote(self, unit: Unit, found: Found, record: _QuoteRecord, via: str) -> None:
        """French style runs a long quotation over paragraphs, each opening with « and only the
        last one closing, and names the speaker at the end: credit the earlier parts to them."""
        waiting = self._open_quote
        if waiting is not None and waiting.sentence[0] == unit.index - 1 and found.start <= 2 and not \
                unit.text.lstrip().startswith(EM_DASHES) and (  # « — » inside « »: a new turn
                waiting.quote.speaker is None or waiting.quote.speaker.via in ("carry-over", "")):
            if record.entry is not None and via not in ("carry-over", ""):
                waiting.entry = record.entry
                waiting.quote.speaker = SpeakerRef(record.entry.speaker_id or "", record.entry.name, "carry-over")
        self._open_quote = record if found.unclosed else None

    def _resolve(self, unit: Unit, doc: "Doc", found: Found, names: list[Name],
                 person_of: dict[int, Entry]) -> tuple[Entry | None, str, tuple[int, int] | None]:
        """The entry a quote's cue names, how (`via`), and the characters that name it."""
        subject = found.subject
        if subject is None:
            if found.introduced:
                return None, "", None
            # an indirect quote with no subject (« il faut dire que … », « pour dire que … ») is
            # the writer's voice or an infinitive: nobody to carry over; but « …, a-t-elle pesté,
            # soutenant que … »: a present participle goes on with the same speaker
            previous = self._carry_over_source(unit, found) if (
                found.kind != "indirect" or _present_participle_at(doc, found.cue_start)) else None
            if previous is not None and (found.incise or not found.lemma) and _person_named_after(doc, found, names):
                return None, "", None  # « … », résume, plus nuancée, Francisca X »: someone else, read or not
            if previous is not None:
                return previous, found.via or "carry-over", None
            beat = self._beat_speaker(unit, found, news=not self.narrative) if found.kind == "direct" and \
                not found.incise and not found.lemma and not _may_name_its_speaker(doc, found) and (
                    self.narrative or _speaks_in_first_person(unit.text[found.start:found.end])) else None
            if beat is not None:
                return beat[0], "beat", beat[1]
            return None, "", None
        span = (doc[subject.first].idx, doc[subject.last - 1].idx + len(doc[subject.last - 1].text))
        if subject.pronoun in DEMONSTRATIVE_GENDER:
            latter = self._demonstrative(subject.pronoun, doc, subject, found, names, person_of)
            return (latter, found.via or "pronoun", span) if latter is not None else (None, "", None)
        if subject.pronoun in ("je", "j'", "j’") and self.narrative:
            at = unit.start + span[0]
            if found.nested:
                # « Je lui dis : « Va-t'en ! » » inside a story a character tells: the teller
                teller = next((r for r in reversed(self._quotes[-20:]) if r.quote.start <= at < r.quote.end), None)
                return (teller.entry, found.via or "pronoun", span) if teller is not None else (None, "", None)
            if found.incise or not any(q.open < span[0] < q.close for q in doc.user_data.get(QUOTES_KEY, [])):
                # « lui dis-je », « Je murmurai : » in the narration of a novel: its narrator, who
                # is never « il » or « elle »
                return self.registry.anonymous(NARRATOR, gender=FIRST_PERSON), found.via or "narrator", span
        if subject.pronoun:
            # « lui »: the possessor or the dative of words said (« Son premier cri avait été : »)
            gender = {"il": "m", "elle": "f", "ils": "pl", "elles": "pl", "lui": ""}.get(subject.pronoun)
            told = self._told_of(unit, found, span, gender, names, person_of) if found.nested and self.narrative else None
            if told is not None:
                return told, found.via or "pronoun", span
            body = self._body_taken_up(unit, found, gender) if not self.narrative and gender in ("m", "f") else None
            if body is not None:
                return body, found.via or "pronoun", span
            if subject.pronoun == "on":
                # « indique-t-on à l'Élysée », « précise-t-on chez Renault », « Chez TotalEnergies, on
                # indique que … »: the body where « on » is
                place = _where_on_speaks(doc, subject) if found.incise else _where_on_speaks_before(doc, subject)
                if place is not None:
                    entry, via, where = self._resolve(unit, doc, replace(found, subject=place), names, person_of)
                    if entry is not None and entry.kind != "person":
                        return entry, via, where
            if gender is None:
                return None, "", None
            if found.via != "selon" and _selon_after(doc, found.end):
                # « ils ont évoqué « … », selon le quotidien X »: a pronoun and another source in
                # one sentence; which one the quote belongs to is a guess
                return None, "", None
            # nobody the quotation itself names (« — Félicité ! appela-t-elle »: the one called)
            in_quote = tuple(person_of[n.first] for n in names if n.label == "PER" and n.first in person_of
                             and found.start <= n.start < found.end and not subject.first <= n.first < subject.last)
            # « Lorsqu'il se trouvait seul avec Douce, il … : »: the sentence's first « il » came
            # before the name, which neither can stand for
            sent = doc[subject.first].sent
            opening = next((t for t in sent if t.lower_ == subject.pronoun and t.pos_ == "PRON"
                            and t.i < subject.first and not impersonal_il(t)), None)
            if opening is not None and not any(t.text in QUOTE_MARK_CHARS for t in doc[opening.i:subject.first]):
                in_quote += tuple(person_of[n.first] for n in names if opening.i < n.first < subject.first
                                  and n.first in person_of)
            in_quote += self._answered(found)
            in_quote += self._acted_upon_before(doc, subject, names, person_of)
            in_quote += self._introduced_after(unit, doc, subject, names, person_of)
            if _after_unknown_one(doc, subject.first):
                return None, "", None  # « Celui des deux étrangers … posa sa main … et il lui dit : »
            called = self._called_just_before(unit, gender) if self.narrative and found.incise and \
                found.kind == "direct" and found.lemma not in CONTINUATION_VERBS else None
            if called is not None and called not in in_quote:
                # « — Quel âge avez-vous, Francesca ? fit Rodolphe. ¶ — Dix-neuf ans, répondit-elle »:
                # the one the line before called by name, of the pronoun's gender, answers
                return called, found.via or "pronoun", span
            if gender == "pl":
                entry = self._plural_referent(subject.pronoun)  # « ils se répétaient : »
            else:
                entry = self.registry.resolve_pronoun(gender, not_=self._spoken_to(doc, subject, names, person_of) + in_quote,
                                                      speaking=self.narrative and found.kind != "indirect")
            if entry is None and self.narrative and found.lemma in CONTINUATION_VERBS and gender in ("m", "f"):
                entry = self._resumed_speaker(gender)  # « Il réfléchit, puis reprit : »
            if entry is not None and not entry.gender and gender in ("m", "f"):
                entry.gender = gender  # « Wilhem d'Eyrik … dit-il »: now known to be a man
            if entry is None and found.incise and found.kind != "indirect":
                # nobody yet: the person named right after (« « … », dit-il. Luc Rémont, le PDG … »)
                # but not one set against the speaker (« Edouard Philippe, lui, laisse planer le doute »)
                entry = next((person_of.get(n.first) or self.registry.person(n.person_form) for n in names
                              if n.label == "PER" and 0 <= n.start - found.end < 150
                              and first_name_gender(n.text.split()[0]) in ("", gender)
                              and not _set_against(doc, n)), None)
            # « Il disait : » about someone last seen paragraphs before: unsure; a novel's narration
            # carries its person over one paragraph (« … il visa. ¶ Puis il s'écria : »)
            reach = 1 if self.narrative else 0
            if found.via == "colon" and entry is not None and entry.last_seen < self.registry.unit - reach:
                return None, "", None
            return entry, found.via or "pronoun", span
        via = found.via or "name"
        tokens = [t for t in doc[subject.first : subject.last] if not t.is_space and t.text not in QUOTE_MARK_CHARS]
        if len(tokens) > 2 and tokens[0].lower_ in ("tous", "toutes") and tokens[1].pos_ == "DET":
            tokens = tokens[1:]  # « tous les officiers » speak as « les officiers »
        words = [t.lower_.replace("’", "'") for t in tokens if t.pos_ != "DET"]
        phrase = title_phrase(words)
        if phrase is not None:
            # « la numéro un de la CFDT », « le milieu de terrain »: the phrase is the title
            words = [phrase[1], *words[phrase[0]:]]
        text = doc[subject.first : subject.last].text
        determiner = tokens[0].lower_ if tokens else ""
        if tokens and tokens[0].pos_ != "DET" and subject.first > 0:
            # « le communiqué du procureur » -> « procureur » with the article « du » carried
            determiner = {"du": "le", "des": "les"}.get(doc[subject.first - 1].lower_, determiner)
        head = words[0] if words else ""
        ranking = next((t for t in tokens if _ranking_word(t)), None)
        if ranking is not None and not self.narrative and determiner in ("le", "la", "l'", "l’"):
            # « écrit l'ancienne numéro 4 mondiale »: a sports ranking names the one person of that
            # gender (or of none known) seen in this paragraph or the one before, or nobody
            gender = {"le": "m", "la": "f"}.get(determiner) or _adjectives_gender(ranking)
            seen = [e for e in self.registry.persons_seen_since(unit.index - 1) if e.kind == "person"
                    and e.gender in (gender, "") and not e.key.startswith("anonymous:")]
            return (seen[0], "description", span) if len(seen) == 1 and gender else (None, "", None)
        narrowed = _without_time_or_manner(doc, subject) if self.narrative and found.incise else None
        if narrowed is not None:
            # « dit un jour la baronne », « dit Belhumeur d'une voix ferme »: the subject is what
            # is left when the day or the manner is taken out
            return self._resolve(unit, doc, replace(found, subject=narrowed), names, person_of)
        owner = _voice_owner(doc, subject) if head in VOICE_NOUNS else None
        if owner is not None:
            # « disait la voix douce et chantante de l'étrangère »: the one whose voice it is
            return self._resolve(unit, doc, replace(found, subject=owner), names, person_of)
        kin = _kin_title_subject(tokens[0]) if tokens and self.narrative else None
        if kin is not None:
            return self.registry.anonymous(kin, CIVILITIES[tokens[0].lower_]), "description", span
        if self.narrative and len(tokens) == 2 and tokens[0].lower_ in ("le", "la") and tokens[1].lower_ in KIN_TITLES:
            # « reprit la mère » after « la mère Gaudin »: the one the story calls so
            bearer = self.registry.kin_titled(tokens[1].lower_)
            if bearer is not None:
                return bearer, "description", span
        if self.narrative and len(tokens) == 2 and tokens[0].lower_ in ("le", "la") and tokens[1].text[:1].isupper():
            # « continua la Déroute »: a nickname with its article, that the text named someone by
            nicknamed = self.registry.called_alone(tokens[1].text)
            if nicknamed is not None and nicknamed.gender == "m" and tokens[0].lower_ == "la" and \
                    not is_common_noun(tokens[1].lower_):
                # « répéta la Guérin »: the wife of « le père Guérin », not him; someone of her own
                return self.registry.anonymous(f"la {tokens[1].text}", "f"), found.via or "name", span
            if nicknamed is not None and nicknamed.kind == "person":
                called = f"{tokens[0].lower_} {tokens[1].text}"
                if called not in nicknamed.names:
                    nicknamed.names.append(called)  # shown as the text calls him
                return nicknamed, found.via or "name", span
        # « le Palestinien », « un Ukrainien »: a nationality noun describes someone, names nobody
        names_inside = [n for n in names if n.first < subject.last and subject.first < n.last
                        and not (n.last - n.first == 1 and n.first > subject.first and is_demonym(n.text))]
        if head and is_person_noun(head, listed_only=True):
            # « selon des témoins interrogés par l'AFP », « a raconté un habitant cité par Le Monde »:
            # who interviewed or quoted the speaker is not the speaker
            names_inside = [n for n in names_inside if not _agent_of_participle(doc, n.first - len(n.civility.split()))]
        if set(words) & SAME_SOURCE_WORDS and ("même" in words or determiner in ("cette", "ces")):
            # « ajoute la même source », « selon cette source »: the source just quoted
            previous = self._quotes[-1].entry if self._quotes else None
            return (previous, "same-source", span) if previous is not None else (None, "", None)
        if head in DEMONSTRATIVE_PRONOUNS:
            latter = self._demonstrative(head, doc, subject, found, names, person_of)
            return (latter, "pronoun", span) if latter is not None else (None, "", None)
        if len(words) == 1 and head in LATTER_WORDS and determiner in LATTER_DETERMINERS:
            # « a précisé ce dernier », « selon cette dernière »: the last one named before it;
            # in a dialogue, never the one whose line this answers
            latter = self._latter_named(doc, subject.first, LATTER_WORDS[head], names, person_of,
                                        spoken=((found.start, found.end),))
            if latter is not None and self.narrative and found.incise and found.lemma not in CONTINUATION_VERBS \
                    and latter in self._answered(found):
                latter = None
            return (latter, "pronoun", span) if latter is not None else (None, "", None)
        if len(words) == 1 and words[0] in ORDINAL_PRONOUNS and determiner in ("le", "la"):
            # « X a reçu Y. « … », a déclaré le premier »: one of the two just named
            pair = self._last_pair(unit)
            one = pair[ORDINAL_PRONOUNS[words[0]]] if pair is not None else None
            agreeing = one is not None and one.gender in ("", {"le": "m", "la": "f"}[determiner])
            return (one, "description", span) if agreeing else (None, "", None)
        if words == ["autre"] and determiner in ("l'", "l’"):
            other = self._the_other() if self.narrative else None
            return (other, "pronoun", span) if other is not None else (None, "", None)
        if head in DOCUMENT_NOUNS and not names_inside or head in DOCUMENT_NOUNS and tokens[0].pos_ == "DET" and \
                any(t.lower_ in OF_WORDS for t in tokens[1:]):
            return self._document_source(unit, doc, found, subject, tokens, names, person_of, span)
        if head in PERSON_TITLES and tokens and tokens[0].pos_ != "DET":
            # « Pouria Amirshahi, député socialiste …, a annoncé »: the parser took the apposition
            # for the subject; the name before it is the speaker
            named = _name_before_apposition(doc, subject.first)
            if named is not None:
                entry = self.registry.person(named.text)
                entry.add_role(_noun_phrase(doc, subject))
                return entry, via, None
        persons_inside = [n for n in names_inside if n.label == "PER"]
        if not self.narrative and any(t.lower_ in ("et", "ou") and 0 < k < len(tokens) - 1 and tokens[k - 1].pos_ == "PROPN"
                                      and tokens[k + 1].pos_ == "PROPN" for k, t in enumerate(tokens)):
            return None, "", None  # « Pierre et Marie annoncent »: two people, one of them a model's miss
        if len(persons_inside) >= 2 and any(t.lower_ in ("et", "ou") for t in tokens):
            # « Bouvard et Pécuchet reprirent ensemble : »: the two speak as one; « X ou Y »: unsure
            members = list(dict.fromkeys(person_of[n.first] for n in persons_inside if n.first in person_of))
            if self.narrative and len(members) >= 2 and not any(t.lower_ == "ou" for t in tokens):
                return self.registry.group(members), via, span
            return None, "", None
        relative = _someone_of(doc, subject, tokens, names)
        if relative is not None:
            # « a déclaré l'avocat de Jean Dupont », « répondit la veuve de Pierre Fortier »: someone
            # known by their tie to the person named, not that person; or the one named right after
            # (« La mère de la victime, Sophie Lenoir, a confié : »)
            apposed = self._apposed_person(doc, subject, names, person_of, (found.start, found.end))
            if apposed is not None:
                apposed.add_role(_noun_phrase(doc, subject))
                return apposed, via, span
            article = tokens[0].lower_ if tokens[0].pos_ == "DET" else ""
            gender = {"le": "m", "la": "f", "un": "m", "une": "f"}.get(article) or _noun_gender(relative)
            description = doc[subject.first:subject.last].text
            return self.registry.anonymous(description[:1].lower() + description[1:], gender), "description", span
        # a person named in the subject, or right after it: « le Premier ministre, Gabriel Attal »
        person = self._person_in(subject.first, subject.last, names, person_of)
        if person is None and words and (words[0] in PERSON_TITLES or is_person_noun(words[0]) or any(
                is_person_noun(w, listed_only=True) for w in words[1:3])  # « une autre victime, Hélène, »
                or determiner in POSSESSIVE_DETERMINERS):  # « Son référent local, Jean-Marc Ferrer, »
            # « La mère de la victime, Sophie Lenoir, a confié : »: the one named right after
            person = self._apposed_person(doc, subject, names, person_of, (found.start, found.end))
            if person is not None:
                person.add_role(_noun_phrase(doc, subject))
                if determiner == "la" and not person.gender:  # « la porte-parole, Maud Bregeon »
                    person.gender = "f"
                return person, via, span
        if person is not None:
            return person, via, None
        gender = {"le": "m", "la": "f", "un": "m", "une": "f", "les": "pl", "des": "pl", "certains": "pl",
                  "certaines": "pl", "plusieurs": "pl", "quelques": "pl"}.get(determiner, "")
        if determiner in POSSESSIVE_DETERMINERS and tokens:
            gender = _possessed_gender(determiner, tokens[_head_noun(tokens) or 0])
        elif determiner in ("l'", "l’") and len(tokens) > 1:
            head_noun = tokens[_head_noun(tokens) or 1]  # « l'élue », « l'avocat »: the noun says
            gender = "f" if head_noun.lower_ in FEMININE_TITLES else "" if _epicene(head_noun.lower_) else \
                _noun_gender(head_noun)
            if head_noun.lower_ in FOCUS_DESCRIPTIONS and head_noun.lower_.endswith(("é", "ée")):
                gender = "f" if head_noun.lower_.endswith("ée") else "m"  # « l'intéressée »: her
            if _epicene(head_noun.lower_) or not gender:
                # « l'ancienne Première ministre »: an epicene noun, its adjectives say
                adjectives = [t for t in tokens[1:] if t.pos_ == "ADJ" or t.lower_ in FEMININE_TITLES]
                gender = next(("f" for t in adjectives if t.lower_ in FEMININE_TITLES or _noun_gender(t) == "f"
                               and t.lower_.endswith("e")), "" if _epicene(head_noun.lower_) else gender) \
                    or _adjectives_gender(head_noun)
        if determiner in ("sa", "son") and words and words[0] in FAMILY_KIN and self.narrative:
            relative = self._family_member(words[0])
            if relative is not None:
                return relative, "description", span  # « lui cria sa mère »: Mme Grangier
        if not self.narrative and " ".join(words) in SEX_AND_AGE_PHRASES and determiner in ("le", "la"):
            # « Camille, 24 ans, cherche un appartement. « … », soupire la jeune femme »
            named_in_quote = _named_in(found, names, person_of)
            one = self.registry.one_in_focus(SEX_AND_AGE_PHRASES[" ".join(words)], not_=named_in_quote)
            if one is not None:
                return one, "description", span
        if self.narrative and len(words) == 1 and determiner in ("le", "la", "l'", "l’") and \
                (bearer := self.registry.by_epithet(words[0])) is not None:
            # « répondit l'actrice » in a novel: the one the narration said was one (« elle devint une
            # belle actrice »), before anyone a title of the same meaning was given in passing
            return bearer, "description", span
        if words and any(w in PERSON_TITLES for w in words[:2]) and determiner in ("le", "la", "l'", "l’"):
            named_in_quote = _named_in(found, names, person_of)
            named_beside = _named_beside(doc[subject.first].sent, subject.first, subject.last, names, person_of,
                                         quoted=(found.start, found.end))
            # a word that stands for a title elsewhere (« le technicien »: the coach) is only
            # someone given that title, not whoever is in focus
            entry = self.registry.resolve_description(words, gender, not_=named_in_quote, not_in_focus=named_beside,
                                                      strict=phrase is not None and phrase[0] == 1)
            if entry is not None:
                return entry, found.via or "description", span
        if (words and (found.via != "selon" or words[0] in PERSON_TITLES  # « selon un diplomate européen »
                       # « selon un cadre du parti », « selon des témoins »: someone unnamed, not a
                       # sondage, nor « d'après son guide » (a book as well as a person)
                       or determiner in ("un", "une", "des", "les", "plusieurs", "certains", "certaines", "quelques")
                       and is_person_noun(words[0], listed_only=True))
                and determiner in ("le", "la", "l'", "l’", "les", "un", "une", "des", "certains", "certaines",
                                   "plusieurs", "quelques", *POSSESSIVE_DETERMINERS,  # « avait dit ma mère »
                                   "ce", "cet", "cette", "ces")  # « cet homme », « cette mère de famille »
                and (head_index := _head_noun(tokens, incise=found.incise and found.introduced)) is not None
                and words[0] not in INSTITUTION_NOUNS
                # « le constructeur », « l'opérateur »: a kind of body, not a person, when not listed as one
                and not ((tokens[head_index].lower_ in ORG_TYPE_NOUNS or
                          not self.narrative and tokens[head_index].lower_ in INDUSTRY_NOUNS)
                         and not is_person_noun(tokens[head_index].lower_, listed_only=True))
                and not [n for n in names_inside if not _place_complement(doc, tokens[head_index], n)]):
            # someone the article does not name: « a répondu le maire », « peste une voyageuse »;
            # not « les roues », « une bonne soirée »: the noun must name a person
            # with no speech verb (« un instant se faisait : « … » »), only a noun listed for people
            head_word = tokens[head_index].text if phrase is None else words[0]
            if not self.narrative and len(words) == 1 and nationality(head_word) and not re.search(
                    rf"\b[Uu]ne?\s+{re.escape(head_word)}\b", self.article.text[:unit.start + found.start]):
                # (not after « Un Palestinien arrive … »: the one the article brought in so, unnamed)
                # « Jonas Vingegaard a limité la casse. « … », a reconnu le Danois »
                named_in_quote = _named_in(found, names, person_of)
                gender = {"le": "m", "la": "f"}.get(determiner) or (
                    _demonym_gender(head_word.lower()) if determiner in ("l'", "l’") else "")
                fellow = self.registry.one_in_focus(gender, not_=named_in_quote, country=nationality(head_word))
                if fellow is not None:
                    return fellow, "description", span
            # the subject of an incise, after its verb (« — Oui, fit le mauser »), not of a colon's clause
            inverted = found.incise and found.introduced and (found.cue_end <= span[0] <= found.cue_end + 4 or
                                                              _manner_between(doc, found.cue_end, subject.first)) and (
                bool(SPEECH_VERBS.get(found.lemma)) or found.lemma == "faire")
            speaking_noun = self.narrative and inverted and determiner in ("le", "la", "l'", "l’") and \
                head_word.isalpha() and head_word.islower() and head_word not in NOT_PERSON_NOUNS and \
                head_word not in DOCUMENT_NOUNS and head_word not in VOICE_NOUNS and \
                head_word not in INANIMATE_VOICES
            if not is_person_noun(head_word, listed_only=not found.lemma) and not (self.narrative and is_demonym(head_word)) \
                    and not speaking_noun and head_word.lower() not in self._speaking_nouns:
                return None, "", None  # « le Piémontais », in a novel, is someone
            if speaking_noun:
                self._speaking_nouns.add(head_word)  # « — Oui, fit le mauser » : « Le mauser se leva »
            bearer = self.registry.by_epithet(tokens[head_index].lower_) if determiner in (
                "le", "la", "l'", "l’") else None
            if bearer is not None:
                return bearer, "description", span  # « répondit l'actrice »: the one she was said to be
            if determiner in ("ce", "cet", "cette") and not self.narrative:
                # « Marie Durand, 45 ans, vit à Lyon. « … », souffle cette mère de trois enfants »: a
                # demonstrative points back to the person just presented, or to nobody sure
                referent = self.registry.resolve_pronoun(gender or ("f" if determiner == "cette" else "m"))
                return (referent, "description", span) if referent is not None and \
                    not referent.key.startswith("anonymous:") else (None, "", None)
            if names_inside and (words[0] in PERSON_TITLES or is_person_noun(words[0], listed_only=True)
                                 and any(n.label == "ORG" for n in names_inside)):
                # « la maire de Paris », « une source du Quai d'Orsay »: known by what it is of (not
                # « une résidente de la rue des Lilas »: where she lives)
                return self.registry.anonymous(_title_description(tokens), gender), "description", span
            if determiner in ("un", "une"):
                # « Un médecin s'approcha : »: the person who came in then, as « le médecin »
                head_at = unit.start + tokens[_head_noun(tokens) or 1].idx
                for offset, acting in reversed(self._acting):
                    if offset < unit.start:
                        break  # only this paragraph's subjects
                    if offset == head_at:
                        return acting, "description", span
            return self.registry.anonymous(_description(tokens), gender), "description", span
        if head in INSTITUTION_NOUNS and names_inside and names_inside[0].first > 0 and \
                (doc[names_inside[0].first - 1].lower_ in OF_WORDS or names_inside[0].first > 1
                 and doc[names_inside[0].first - 1].lower_ in ("la", "l'", "l’")
                 and doc[names_inside[0].first - 2].lower_ in OF_WORDS):
            # « le ministère de la Santé »: the name completes the institution's noun
            return self.registry.organisation(_noun_phrase(doc, subject)), via, span
        if head in PERSON_TITLES and names_inside:
            if determiner in ("le", "la", "l'", "l’", "un", "une") and tokens[0].pos_ == "DET" and not any(
                    n.label == "PER" for n in names_inside):
                # « a déclaré le ministre des Affaires étrangères », « le gouverneur de Labé », « un
                # conseiller de l'Élysée »: someone the article does not name, known by a title and
                # what it is of
                return self.registry.anonymous(_title_description(tokens), gender), "description", span
            return None, "", None  # « la présidente de la Commission »: a person we cannot name here
        if head and is_person_noun(head, listed_only=True) and tokens[0].pos_ == "DET" and names_inside and all(
                n.label != "PER" and _of_complement(doc, n.first) for n in names_inside):
            # « sa collègue de la Justice », « un ami de Renault »: a person known by what they
            # belong to, not that body
            return self.registry.anonymous(_title_description(tokens), gender), "description", span
        for name in names_inside:
            # the article before the name is part of what it names (« la Vienne » is no capital)
            article = doc[name.first - 1].text + " " if name.first > 0 and doc[name.first - 1].lower_ in (
                "le", "la", "les") else ""
            if country_of_place(article + name.text):
                return self.registry.place(article + name.text), via, (name.start, name.end)
            if name.label == "ORG":
                return self.registry.organisation(name.text), via, (name.start, name.end)
        if (head in ORG_TYPE_NOUNS or not self.narrative and head in INDUSTRY_NOUNS) and \
                determiner in ("le", "la", "l'", "l’", "cette", "ce", "cet"):
            # « a souligné l'ONG »: the organisation the article introduced with that noun, or nobody
            organisation = self.registry.typed_organisation(head, demonstrative=determiner in ("cette", "ce", "cet"))
            return (organisation, "description", span) if organisation is not None else (None, "", None)
        if head in ORG_TYPE_NOUNS and determiner in ("un", "une"):
            return None, "", None  # « selon une ONG »: not named (yet)
        if words and words[0] in INSTITUTION_NOUNS:
            return self.registry.organisation(_noun_phrase(doc, subject)), via, span
        if tokens and country_of_place(text):
            return self.registry.place(text), via, span
        called = tokens[1:] if len(tokens) == 2 and (tokens[0].lower_ in ("le", "la") or tokens[0].lower_ in KIN_TITLES
                                                     and self.narrative) else tokens  # « demanda tante Médie »
        if self.narrative and found.incise and len(called) == 1 and called[0].text[:1].isupper() and \
                all(part.isalpha() for part in called[0].text.split("-")) and called[0].i > called[0].sent.start and not country_of_place(text):
            # « — Doucement, reprit Aramis. », « Aramis » tagged as anything at all: in a novel the
            # capitalised word after an incise's verb is a character, « la Vienne » too
            return self.registry.person(text), via, None
        if tokens and all(t.text[:1].isupper() for t in tokens if t.is_alpha) and \
                tokens[-1].pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ"):
            if self.registry.is_known_person(text):
                # « s'enquit Pierre » with « Pierre » tagged as a thing: the Pierre Morel met before
                return self.registry.person(text), via, None
            if tokens[0].pos_ == "PROPN" and len(tokens) >= 2 or known_first_name_gender(tokens[0].text) \
                    and len(tokens) <= 3:
                # « demanda Pierre », « a répondu Sophie Lenoir » the tagger missed: a first name
                # opens a person's name, not a body's
                return self.registry.person(text), via, None
            if tokens[0].i > tokens[0].sent.start and len(tokens) <= 4 and (
                    found.via == "selon" or not any(t.ent_type_ == "LOC" for t in tokens)):
                # a capitalised name mid-sentence the tagger missed (« Selon NetMarketShare »)
                return self.registry.organisation(text), via, span
        return None, "", None

    def _last_pair(self, unit: Unit) -> tuple[Entry, Entry] | None:
        """The two people named last, in the order the text names them, if both were named in this
        paragraph or the one before (« X a reçu Y. « … », a déclaré le premier »)."""
        recent: list[Entry] = []
        for name, offset, entry in reversed(self._names):
            if offset + name.start < self._unit_starts.get(unit.index - 1, unit.start):
                break
            if entry is not None and entry.kind == "person" and name.label == "PER" and entry not in recent:
                recent.insert(0, entry)
            if len(recent) == 3:
                return None  # three people: « le premier » of which two?
        return (recent[0], recent[1]) if len(recent) == 2 else None

    def _incise_addressee(self, doc: "Doc", verb, subject: Subject, names: list[Name],
                          person_of: dict[int, Entry]) -> Entry | None:
        """« — Tu as entendu ? continua Martin en s'adressant à Grégoire. », « dit-elle à Grippard, »:
        the one person the incise speaks to (« à » or « vers » a name), up to its first stop or
        comma, who answers the line as a name called in it would."""
        end = max(verb.i + 1, subject.last)
        while end < len(doc) and doc[end].text not in (",", ".", ";", ":", "!", "?", "…", "—", "–", "«", "»") \
                and "\n" not in doc[end].text:
            end += 1
        found = [n for n in names if verb.i < n.first < end and not subject.first <= n.first < subject.last
                 and n.first > 0 and doc[n.first - 1 - len(n.civility.split())].lower_ in ("à", "au", "vers")]
        entries = {id(e): e for n in found for e in [person_of.get(n.first) or (
            self.registry.called_alone(n.text) if n.label != "PER" else None)] if e is not None and e.kind == "person"}
        if not found and self.narrative:
            described = self._described_addressee(doc, verb.i + 1, end, subject)
            if described is not None:
                return described
            if verb.i > 0 and doc[verb.i - 1].lower_ in ("me", "m'", "m’") and subject.pronoun not in ("je", "j'", "j’"):
                # « — Tu crois qu'il viendra ? me demanda Louise. »: the narrator is spoken to, and answers
                return self.registry.anonymous(NARRATOR, gender=FIRST_PERSON)
        return next(iter(entries.values())) if len(entries) == 1 else None

    def _described_addressee(self, doc: "Doc", start: int, end: int, subject: Subject) -> Entry | None:
        """« dit Brunner en s'adressant à la présidente »: a person spoken to by a title or a noun
        listed for people, with its article; the one who bears that title, or a person of its own
        known by that description, whom « répondit-elle » on the next line then stands for."""
        for k in range(start, end - 2):
            if subject.first <= k < subject.last or doc[k].lower_ not in ("à", "vers") or \
                    doc[k + 1].lower_ not in ("la", "le", "l'", "l’"):
                continue
            noun = doc[k + 2]
            if not noun.is_lower or not (noun.lower_ in PERSON_TITLES or is_person_noun(noun.text, listed_only=True)):
                return None
            head = noun.head
            if not (head.i == subject.last - 1 or is_speech_verb(head) or head.lemma_ in ADDRESSING_VERBS):
                return None  # « en apprenant à la famille … »: not whom the line is said to
            gender = {"la": "f", "le": "m"}.get(doc[k + 1].lower_) or _noun_gender(noun)
            bearer = self.registry.resolve_description([noun.lower_], gender, strict=True)
            article = doc[k + 1].lower_
            description = article + ("" if article in ("l'", "l’") else " ") + noun.text
            return bearer or self.registry.anonymous(description, gender)
        return None

    def _spoken_to(self, doc: "Doc", subject: Subject, names: list[Name], person_of: dict[int, Entry]) -> tuple[Entry, ...]:
        """The people a cue's clause speaks to (« Elle se releva et dit à Laurence : »): never the
        one its pronoun stands for."""
        sent = doc[subject.first].sent
        return tuple(person_of[n.first] for n in names if sent.start <= n.first < sent.end and n.first > subject.first
                     and n.label == "PER" and n.first in person_of and spoken_to(doc[n.first:n.last]))

    def _acted_upon_before(self, doc: "Doc", subject: Subject, names: list[Name],
                           person_of: dict[int, Entry]) -> tuple[Entry, ...]:
        """« En voyant Marie, il dit : », « pour mieux voir Gaston filer en mer, il nous renseigne : »:
        the one a verb of the same sentence acts upon before the pronoun is not who the pronoun is."""
        sent = doc[subject.first].sent
        found: list[Entry] = []
        for token in doc[sent.start:subject.first]:
            if token.dep_ not in ("obj", "iobj") or token.head.pos_ not in ("VERB", "AUX") or token.head.i > token.i \
                    or not token.text[:1].isupper():
                continue
            # the model may not tag the name there (« voir Gaston filer », Gaston a « MISC »)
            entry = person_of.get(token.i) or next((person_of[n.first] for n in names if n.first <= token.i < n.last
                                                    and n.first in person_of), None) \
                or self.registry.called_alone(token.text)
            if entry is not None:
                found.append(entry)
        return tuple(found)

    def _document_source(self, unit: Unit, doc: "Doc", found: Found, subject: Subject, tokens: list,
                         names: list[Name], person_of: dict[int, Entry], span: tuple[int, int]):
        """« selon le communiqué du procureur » speaks for the prosecutor; « poursuit le communiqué »
        for the author of the last document the article attributed."""
        of = next((t.i for t in tokens[1:] if t.lower_ in OF_WORDS), None)
        if of is not None and of + 1 < subject.last:
            owner, _, owner_span = self._resolve(unit, doc, replace(found, subject=Subject(of + 1, subject.last)),
                                                 names, person_of)
            if owner is not None:
                self._document_owner = owner
                return owner, "document", owner_span or span
            return None, "", None
        if self._document_owner is not None:
            return self._document_owner, "document", span
        if tokens[0].pos_ == "DET" and len(tokens) >= 2:
            # « une affichette indique … », « le rapport conclut … » with no author in the article:
            # the document itself is the source, named as the article names it
            document = self.registry.anonymous(_description(tokens))
            document.document = True
            return document, "document", span
        return None, "", None

    def _explain(self, records: list[_QuoteRecord], mentions: list[Mention]) -> None:
        """Each quote's evidence: the mention that named its source (or the quotation it
        continues), what a pronoun resolved through (the last mention of that speaker before it),
        and the name it all comes down to; an unattributed quote gets the reason no sieve concluded."""
        text = self.article.text
        by_speaker: dict[str, list[Mention]] = {}
        for mention in mentions:  # in reading order
            by_speaker.setdefault(mention.speaker, []).append(mention)
        names_of: dict[str, list[Mention]] = {}

        def link(start: int, end: int, role: str) -> Evidence:
            return Evidence(text[start:end], start, end, role)

        for index, record in enumerate(records):
            quote = record.quote
            if quote.speaker is None:
                quote.unattributed = record.reason or "no cue, « selon » or introduction names a source"
                continue
            via = quote.speaker.via
            own = by_speaker.get(quote.speaker.id, [])
            chain: list[Evidence] = []
            if record.mention is not None:
                chain.append(link(*record.mention, "mention"))
            elif via in ("carry-over", "chain", "heading", "same-source", "colon", "document"):
                source = _inherited_from(records, index)
                if source is not None:
                    chain.append(Evidence(_snippet(source.text), source.start, source.end, "quote"))
            if not chain and quote.cue is not None:  # the name at the cue: « a déclaré R. Sikorski »
                window = own[bisect_left(own, quote.cue.end - 200, key=_start_of):
                             bisect_left(own, quote.cue.end + 201, key=_start_of)]
                near = [m for m in window if abs(m.start - quote.cue.end) <= 200]
                if near:
                    best = min(near, key=lambda m: abs(m.start - quote.cue.end))  # type: ignore[union-attr]
                    chain.append(link(best.start, best.end, "name" if best.via == "name" else "mention"))
            if via == "pronoun" and chain and chain[0].role == "mention":
                # salience: a pronoun stands for the last mention of its person before it
                before = _last_before(own, chain[0].start)
                if before is not None:
                    chain.append(link(before.start, before.end, "name" if before.via == "name" else "mention"))
            if not chain or chain[-1].role != "name":
                names = names_of.setdefault(quote.speaker.id, [m for m in own if m.via == "name"])
                name = _last_before(names, chain[-1].start if chain else quote.start) or (names[0] if names else None)
                if name is not None and not any(e.start == name.start for e in chain):
                    chain.append(link(name.start, name.end, "name"))
            quote.speaker.evidence = chain

    def _person_in(self, first: int, last: int, names: list[Name], person_of: dict[int, Entry]) -> Entry | None:
        for name in names:
            if name.label == "PER" and name.first < last and first < name.last:
                return person_of.get(name.first) or self.registry.person(name.person_form)
        return None

    def _told_of(self, unit: Unit, found: Found, span: tuple[int, int], gender: str | None, names: list[Name],
                 person_of: dict[int, Entry]) -> Entry | None:
        """« Quand Médor a vu le râle, il s'est dit : « Attends … » »: in a story a character tells,
        the pronoun introducing words quoted inside it stands for the one person the story named
        before it, if it names only one of that gender."""
        if gender not in ("m", "f"):
            return None
        at = unit.start + span[0]
        teller = next((r for r in reversed(self._quotes[-20:]) if r.quote.start <= at < r.quote.end), None)
        if teller is None:
            return None
        told = {person_of[n.first] for n in names if n.label == "PER" and n.first in person_of
                and teller.quote.start <= unit.start + n.start < at and person_of[n.first].gender in ("", gender)}
        told.discard(teller.entry)
        return told.pop() if len(told) == 1 else None

    def _introduced_after(self, unit: Unit, doc: "Doc", subject: Subject, names: list[Name],
                          person_of: dict[int, Entry]) -> tuple[Entry, ...]:
        """Those who first come into the text after a pronoun, in its own sentence (« Une « ruée »
        écrit-il : c'est un terme choquant et l'éditeur commet une faute »): a pronoun looks back."""
        sent = doc[subject.first].sent
        at = doc[subject.first].idx
        later = [person_of[n.first] for n in names if n.first in person_of and at < n.start < sent.end_char]
        for offset, entry in reversed(self._acting):  # in the order of the text: the latest last
            if offset <= unit.start + at:
                break
            if offset < unit.start + sent.end_char:
                later.append(entry)
        return tuple(e for e in later if e.first_acted_in == self.registry.sentence)

    def _apposed_person(self, doc: "Doc", subject: Subject, names: list[Name],
                        person_of: dict[int, Entry], content: tuple[int, int] = (0, 0)) -> Entry | None:
        """The person named right after the subject, set off by a comma (« Son avocat, Me Paul
        Martin, a indiqué »); not one opening the words reported (``content``: « Pour la
        ministre, Paul Dubois est pris de court »)."""
        i = subject.last
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i < len(doc) and doc[i].text == "(":  # « le président de la CBF (Confédération …), X »
            close = next((k for k in range(i + 1, min(len(doc), i + 12)) if doc[k].text == ")"), None)
            i = close + 1 if close is not None else i
        # the rest of the subject's noun phrase the parse left out (« le coordinateur des Nations
        # | unies en Ukraine |, Matthias Schmale »): a few words with no verb of their own
        tail = i
        while tail < min(len(doc), i + 5) and not doc[tail].is_punct and not (
                doc[tail].pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(doc[tail].morph)) \
                and doc[tail].ent_type_ != "PER" and not content[0] <= doc[tail].idx < content[1]:
            tail += 1
        if tail > i and tail < len(doc) and doc[tail].text == ",":
            i = tail
        if i < len(doc) and doc[i].text == ",":
            # « Son avocat, Me Paul Martin, a indiqué »: a civility may come before the name
            civility = i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in CIVILITIES
            if i + 1 < len(doc) and content[0] <= doc[i + 1].idx < content[1]:
                return None
            # « un porte-parole de l'armée, le lieutenant-colonel Nadav Shoshani », « le négociateur
            # du groupe africain, le Kényan Ali Mohamed »: a rank, a title or a nationality with its
            # article before the name
            j = i + 1
            if j + 1 < len(doc) and doc[j].pos_ == "DET" and (_title_word(doc[j + 1]) or _nationality_noun(doc[j + 1])):
                j += 1
                while j < min(len(doc), i + 6) and (_title_word(doc[j]) or _nationality_noun(doc[j]) or doc[j].text == "-"):
                    j += 1
                if j > i + 2 and not content[0] <= doc[j].idx < content[1]:
                    return self._person_in(j, j + 1, names, person_of)
            return self._person_in(i + 1, i + (3 if civility else 2), names, person_of)
        return None

    # -- results -----------------------------------------------------------------------------
    def _add_heading_quotes(self, unit: Unit, doc: "Doc", sent: "Span", quotes: list, founds: list[Found],
                            names: list[Name], person_of: dict[int, Entry]) -> None:
        """A title or an intertitle quotes someone without a cue (« Au centre de rétention « c'est
        la galère » »): the quotation is speech; its speaker is the one the body gives it."""
        for mark in quotes:
            start, end = mark.inner
            # a quotation found already, whatever space it opens with (« Jeanne Roux : « Le … » »)
            if not sent.start_char <= mark.open < sent.end_char or any(f.start < end and start <= f.end for f in founds):
                continue
            text = unit.text[start:end].strip(" .,;")
            if len(text.split()) < 2:
                continue
            before = unit.text[sent.start_char:mark.open].strip(" \t\n—–-")
            found = Found("direct" if not before or before.endswith(":") else "partial", start, start + len(
                unit.text[start:end].rstrip(" .,;")), introduced=True)
            record = self._add_quote(unit, doc, sent, found, names, person_of, resolved=(None, "", None))
            if record is not None:
                record.heading = True
                record.reason = "a quotation in a heading that no quotation of the body repeats"

    def _credit_headings(self) -> None:
        """A heading's quotation takes the speaker of the body's quotation that repeats it."""
        body = [(_folded(r.quote.text), r) for r in self._quotes if not r.heading and r.entry is not None]
        for record in self._quotes:
            if not record.heading or record.entry is not None:
                continue
            words = _folded(record.quote.text)
            match = next((r for text, r in body if words and words in text), None)
            if match is not None:
                self._credit(record, match.entry, "heading")

    def snapshot(self, complete: bool = True) -> Analysis:
        self._credit_headings()
        if complete:
            self._close_conversation()  # the text ends: so does its last exchange
        entries = [e for e in self.registry.entries if e.speaker_id]
        entries.sort(key=lambda e: int(e.speaker_id[1:]))  # type: ignore[index]
        speakers = [
            Speaker(id=e.speaker_id or "", name=e.name, kind=e.kind, aliases=e.aliases, roles=list(e.roles),
                    colour=speaker_colour(i))
            for i, e in enumerate(entries)
        ]
        records = self._quotes
        if self.narrative:
            # a novel or a tale: its reported speech is the dialogue; « il lui dit qu'il viendrait »
            # is narration there, not a claim
            records = [r for r in records if r.quote.kind == "direct"]
            kept = {r.quote.speaker.id for r in records if r.quote.speaker}
            speakers = [s for s in speakers if s.id in kept]
        quotes = []
        for record in records:
            quote = record.quote
            if record.entry is not None and quote.speaker is not None:
                quote.speaker.name = record.entry.name  # the fullest name known by now
            quotes.append(quote)
        known = {s.id for s in speakers}
        entities = []
        for number, (name, offset, entry) in enumerate(self._names, 1):
            speaker_id = entry.speaker_id if entry is not None and entry.speaker_id in known else None
            entities.append(Entity(id=f"e{number}", text=name.text, label=name.label, start=offset + name.start,
                                   end=offset + name.end, speaker=speaker_id))
        mentions = [Mention(start, end, entry.speaker_id or "", via) for start, end, entry, via in self._mentions
                    if entry.speaker_id in known]
        taken = {(m.start, m.end) for m in mentions}  # (a name the beat rule showed acting is one mention)
        mentions += [Mention(e.start, e.end, e.speaker, "name") for e in entities if e.speaker
                     and (e.start, e.end) not in taken]
        mentions.sort(key=lambda m: m.start)
        self._explain(records, mentions)
        claims = group_claims([(r.quote, r.sentence) for r in records])
        source = {
            "text_kind": "narrative" if self.narrative else "news",
            "path": str(self.article.path) if self.article.path else None,
            "sha256": self.article.sha256,
            "title": self.article.title,
            "date": self.article.metadata.get("date"),
            "encoding": self.article.encoding,
        }
        # a web page: where it came from and what its HTML said of it
        source.update({key: self.article.metadata[key] for key in ("url", "author", "site")
                       if self.article.metadata.get(key)})
        return Analysis(source=source, model=model_id(), engine=ENGINE_VERSION, complete=complete,
                        language=self.language,
                        entities=entities, speakers=speakers, quotes=quotes, claims=claims, mentions=mentions)






def _start_of(mention: Mention) -> int:
    return mention.start


def _last_before(mentions: list[Mention], offset: int) -> Mention | None:
    """The last of these mentions (in reading order) that ends before `offset`."""
    index = bisect_left(mentions, offset, key=_start_of)
    while index > 0:
        index -= 1
        if mentions[index].end <= offset:
            return mentions[index]
    return None


def _inherited_from(records: list[_QuoteRecord], index: int) -> Quote | None:
    """The quotation a quote took its speaker from: the nearest one with the same speaker that
    names it (« chain » looks ahead, the others back)."""
    record = records[index]
    speaker = record.quote.speaker.id if record.quote.speaker else None
    ahead = record.quote.speaker is not None and record.quote.speaker.via == "chain"
    order = range(index + 1, len(records)) if ahead else range(index - 1, -1, -1)
    for other in order:
        quote = records[other].quote
        if quote.speaker is not None and quote.speaker.id == speaker and quote.speaker.via not in (
                "carry-over", "chain", "heading"):
            return quote
    return None


def _snippet(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _abstention(doc: "Doc", found: Found) -> str:
    """Why a quote stays unattributed, in the reader's words."""
    subject = found.subject
    if subject is None:
        if found.introduced:
            return ("nothing names who speaks (no incise, no subject before the colon), and the turns of the "
                    "exchange do not settle it")
        if found.lemma:
            return "the cue has no subject the parser could find"
        return ("no cue, « selon » or introduction names a source, and the quotation before is too far "
                "or someone else is named in between")
    if subject.pronoun:
        if subject.pronoun in ("il", "elle"):
            return (f"« {subject.pronoun} » has no sure antecedent: nobody of that gender yet, or another "
                    "one mentioned since")
        if subject.pronoun in ("ils", "elles"):
            return (f"« {subject.pronoun} » has no sure antecedent: no group of people was the subject "
                    "shortly before")
        return f"« {subject.pronoun} » names nobody in particular"
    words = doc[subject.first : subject.last].text.strip()
    if doc[subject.first].lower_ in DEMONSTRATIVE_PRONOUNS:
        return f"« {words} » may stand for more than one earlier noun: not named on a guess"
    return f"« {words} » is not a person or organisation the article names"


def _definite_article(indefinite: str, next_word) -> str:
    """« un » or « une » made definite before `next_word` (« le pêcheur », « l'inconnu »), with
    the text's own apostrophe."""
    if next_word.lower_[:1] in VOWEL_INITIALS:
        return "l’" if "’" in next_word.doc.text else "l'"
    return "le" if indefinite == "un" else "la"


def _without_narration(doc: "Doc", turn: Turn) -> Turn:
    """« — Je reste, dit Marie, je n'ai pas peur. Elle reprit sa lecture. »: a dialogue line whose
    paragraph goes back to narration ends where it does: at the first sentence after the line's own
    with a passé simple of the third person and no first or second person, order, question or cry,
    unless the speech before it told things in the passé simple itself (a tale, in its own words)."""
    sents = [s for s in doc.sents if turn.start <= s.start_char < turn.end]
    told_in_simple_past = False
    for k, sent in enumerate(sents):
        simple_past = [t for t in sent if _simple_past(t) and not _after_incise_mark(t)]
        incise = any(_after_incise_mark(t) and t.pos_ in ("VERB", "AUX") for t in sent)
        tail = doc[sent.start:sents[-1].end]
        if k > 0 and not told_in_simple_past and not incise and any(t.morph.get("Person") == ["3"] for t in simple_past) \
                and sent[0].text[:1].isupper() and not sent.text.rstrip().endswith(("?", "!")) \
                and not any(t.lower_ in FIRST_AND_SECOND_PERSON_WORDS or "Mood=Imp" in str(t.morph)
                            or t.pos_ in ("VERB", "AUX") and (t.morph.get("Person") in (["1"], ["2"])
                                                              or t.lower_.endswith(("ons", "ez")))  # « Voyons »
                            or t.text in QUOTE_MARK_CHARS or _speech_tense(t) for t in tail):
            # (all the rest reads as narration: « Le frère d'Emilio fut trahi … Il s'est passé son
            # épée au travers du cœur » is still the speaker's)
            end = sent.start_char
            while end > turn.start and doc.text[end - 1].isspace():
                end -= 1
            return replace(turn, end=end, paragraph_end=turn.end)
        told_in_simple_past = told_in_simple_past or bool(simple_past) or any(
            _first_person_simple_past(t) or t.lower_.endswith(_PLURAL_SIMPLE_PAST_ENDINGS) for t in sent)
    return turn


# « nous partîmes », « vous arrivâtes »: endings no other tense has
_PLURAL_SIMPLE_PAST_ENDINGS = ("âmes", "îmes", "ûmes", "âtes", "îtes", "ûtes")


def _simple_past(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.morph.get("VerbForm") == ["Fin"] and (
        token.morph.get("Tense") == ["Past"] and token.morph.get("Mood") == ["Ind"] or _simple_past_in_it(token))


def _simple_past_in_it(token) -> bool:
    """« il ouvrit », « il sortit », tagged presents: a verb in -tir, -rir, -vir … whose present is
    « ouvre », « sort », so that « -it » on its stem is the passé simple (not « finit », « dit »)."""
    lemma = token.lemma_.lower()
    return lemma.endswith(("tir", "rir", "llir", "mir", "vir")) and token.lower_ == lemma[:-2] + "it"


def _after_incise_mark(token) -> bool:
    """« , dit-il », « ! s'écria Marie »: a verb right after the punctuation that opens an incise."""
    i = token.i - 1
    while i >= 0 and token.doc[i].lower_.replace("’", "'") in ("s'", "se", "lui", "leur", "me", "m'"):
        i -= 1
    return i >= 0 and token.doc[i].text in (",", "!", "?", "…", "...", "—", "–", "»", ";")


def _speech_tense(token) -> bool:
    """A finite verb in the present, the future or the conditional: the tenses of speech, where
    narration runs in the passé simple and the imparfait (« , ce n'est pas elle » against
    « , et il sortit »)."""
    if token.pos_ not in ("VERB", "AUX") or token.morph.get("VerbForm") != ["Fin"]:
        return False
    tense, mood = token.morph.get("Tense"), token.morph.get("Mood")
    return mood == ["Cnd"] or tense in (["Pres"], ["Fut"]) and not _simple_past_in_it(token)


# the words of an incise's verb group before the verb (« s'écria », « m'écriai-je », « me dit-il »,
# « a dit »): the object clitics of a verb group, « te » too, not « y », « en » (« en riant »)
_INCISE_CLITICS = (VERB_GROUP_CLITICS - {"y", "en", "-t"}) | {"a", "te", "t'", "t’"}


def _turn_end(text: str, doc: "Doc", end: int, verb, subject: Subject) -> int:
    """Where a dialogue line's speech ends: the whole line when speech resumes after the incise
    (« — Moi, dit Bouvard, je reste », « — Oui, répondit Jeanne, depuis dix ans. »), else before the
    incise (« — Mon oncle ! dit Bouvard. », « — C'est mon parrain, répliqua Bouvard, ajoutant … »)."""
    after_index = max(subject.last, verb.i + 1)
    while after_index < len(doc) and doc[after_index].idx < end and doc[after_index].pos_ == "ADV":
        after_index += 1  # « répliqua Bouvard négligemment, ajoutant … »: the adverb is the incise's
    rest = [t for t in doc[after_index:] if t.idx < end and not t.is_space] if after_index < len(doc) else []
    words = {t.lower_.lstrip("-") for t in rest if t.is_alpha or "'" in t.text or "’" in t.text or t.text.startswith("-")}
    # speech resumes when the rest says so: a first or second person, an imperative, an exclamation
    # or a question at the end (narration after an incise has none of them: « , ajoutant qu'il … »)
    resumes = bool(rest) and (bool(words & FIRST_AND_SECOND_PERSON_WORDS)
                              or any("Mood=Imp" in str(t.morph) for t in rest)
                              or any(t.lower_ in _IMPERATIVE_CLITICS or t.text == "-" and u.lower_ in
                                     _IMPERATIVE_CLITICS_BARE for t, u in zip(rest, rest[1:]))  # « Dites-lui »
                              or any(_speech_tense(t) for t in rest)
                              or text[:end].rstrip().endswith(("!", "?")))
    if len(rest) > 2 and rest[0].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in rest) \
            and rest[1].lower_ not in _MANNER_WORDS:
        resumes = True  # « , depuis dix ans. »: words with no verb that are no manner of speaking
    if len(rest) > 2 and rest[0].text == "," and all(_describes_speaker(t) or t.pos_ in ("CCONJ", "PUNCT") for t in rest[1:]) \
            and _describes_speaker(rest[1]) and not any(t.text[:1] in ("!", "?") for t in rest):
        resumes = False  # « balbutia Nossac, pâle et haletant. »: how the speaker looked
    if len(rest) > 1 and rest[0].text == "," and (
            "VerbForm=Part" in str(rest[1].morph) or rest[1].lower_ in NARRATION_OPENERS):
        resumes = False  # « , ajoutant qu'il … », « , qui redoutait … », « , en riant »: narration
    if resumes:
        return end
    group_start = verb.i
    if group_start > 0 and doc[group_start - 1].lemma_ == "faire" and doc[group_start - 1].is_lower:
        group_start -= 1  # « fit entendre la voix de Régina », « fit observer Bouvard »: the causative too
    while group_start > 0 and doc[group_start - 1].lower_ in _INCISE_CLITICS:
        group_start -= 1
    cut = doc[group_start].idx
    while cut > 0 and text[cut - 1] in " ,\u00a0":
        cut -= 1
    return cut


def _describes_speaker(token) -> bool:
    """An adjective, or a present participle (« haletant », tagged anything), after an incise."""
    return token.pos_ == "ADJ" or token.is_alpha and token.lower_.endswith(("ant", "ante", "ants", "antes"))


_HEADING_MAX_CHARS = 140
_IMPERATIVE_CLITICS = frozenset({"-moi", "-lui", "-nous", "-leur", "-toi", "-le", "-la", "-les"})
_IMPERATIVE_CLITICS_BARE = frozenset(c.lstrip("-") for c in _IMPERATIVE_CLITICS)
# after an incise, words that say how it was said (« , avec calme », « , d'une voix sourde »)
_MANNER_WORDS = frozenset({"avec", "sans", "en", "d'un", "d'une", "d’un", "d’une", "d'", "d’", "de", "à", "au", "dans",
                           "sur", "par", "tout", "très", "plus", "moins", "si", "non", "encore", "alors", "puis"})


def _incise_halves_joined(founds: list[Found]) -> list[Found]:
    """« A, dit-il, B »: in a novel the line is one utterance with its incise, as a dialogue line
    is (« — A, dit-il, B »); news keeps the two halves, the incise out of the quoted words."""
    joined: list[Found] = []
    for found in founds:
        before = joined[-1] if joined else None
        if before is not None and before.incise and found.incise and before.kind == found.kind == "direct" \
                and (before.cue_start, before.cue_end) == (found.cue_start, found.cue_end) \
                and before.end <= found.cue_start and found.start >= found.cue_end:
            joined[-1] = replace(before, end=found.end, unclosed=found.unclosed)
            continue
        joined.append(found)
    return joined


def _is_story_title(paragraph: str) -> bool:
    """« LA ROUILLE »: a title in capitals, not a chapter number (« CHAPITRE II », « IV »), opens
    a new story in a collection of tales: its people are others."""
    words = re.findall(r"[^\W\d_]+", paragraph)
    if not words or not all(w.isupper() for w in words) or sum(len(w) for w in words) < 4:
        return False
    return not all(w.lower() in _CHAPTER_WORDS or _ROMAN.fullmatch(w) for w in words)


def _is_heading(paragraph: str) -> bool:
    """A title or an intertitle: one short line with no sentence-final full stop, nor a colon that
    introduces what follows (« Élodie ajouta : »)."""
    text = paragraph.strip()
    return 0 < len(text) <= _HEADING_MAX_CHARS and "\n" not in text and \
        not text.rstrip("»”\" ").endswith((".", "!", "?", ":"))


def _folded(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: for comparing repeated quotations."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in text).split())


def _name_before_apposition(doc: "Doc", first: int) -> "Span | None":
    """The capitalised words right before « , <title> »: « Pouria Amirshahi, député … »."""
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    end = i
    start = end
    while start - 1 >= 0 and end - start < 4 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    if end - start < 2:
        return None  # one capitalised word may be a sentence start, not a name
    return doc[start:end]


def _type_noun_before(doc: "Doc", name: Name) -> str | None:
    """« l'ONG israélienne La Paix maintenant » -> "ong": the kind of body named."""
    i = name.first - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 0 and doc[i].lower_ in ORG_TYPE_NOUNS:
        return doc[i].lower_
    return None


_NAME_ATTACHMENTS = frozenset({"appos", "flat:name", "flat", "nmod", "amod", "compound", "fixed"})


def _named_beside(sent: "Span", first: int, last: int, names: list[Name], person_of: dict[int, Entry],
                  quoted: tuple[int, int] = (0, 0)) -> tuple[Entry, ...]:
    """The persons named in a description's sentence (tokens ``first``–``last``), not inside the
    words it reports (``quoted``, characters) nor right beside it (« le maire, Éric Piolle »): a
    description in the sentence that names someone else (« X a obtenu un non-lieu, au motif que
    « … », a expliqué le juge ») is another person than the one it names."""
    doc = sent.doc

    def beside(name: Name) -> bool:
        # only punctuation, a civility or an article between: « le maire, Éric Piolle », « Éric
        # Piolle, le maire »; not « Le ministre a reçu Paul Durand », another person
        gap = doc[last:name.first] if name.first >= last else doc[name.last:first]
        return len(gap) <= 3 and all(t.is_punct or t.pos_ == "DET" or t.text in CIVILITY_TOKENS or t.is_space
                                     for t in gap)
    return tuple(person_of[n.first] for n in names if n.first in person_of and n.label == "PER"
                 and sent.start <= n.first < sent.end and not quoted[0] <= n.start < quoted[1]
                 and not (first - 4 < n.first < last + 3 and beside(n)))


def _set_against(doc: "Doc", name: Name) -> bool:
    """« Edouard Philippe, lui, laisse planer le doute »: a stressed pronoun between commas after a
    name sets that person against the one just spoken of."""
    i = name.last
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("lui", "elle", "eux", "elles") \
        and doc[i + 2].text == ","


def _closed_line(text: str, paragraph: int, start: int, end: int, whole: bool = True) -> bool:
    """Whether the words ``start``–``end`` of ``text`` open the paragraph starting at ``paragraph``
    with « and close with » right after them, and, if ``whole``, fill it."""
    if paragraph < 0:
        return False
    opening = text[paragraph:start].strip()
    after = text[end:].lstrip(" .!?…,")
    if opening not in ("«", "“") or not after.startswith(("»", "”")):
        return False
    return not whole or after[1:].split("\n", 1)[0].strip(" .") == ""


def _person_named_after(doc: "Doc", found: Found, names: list[Name]) -> bool:
    """Whether a person is named in the few words after a quotation or its incise's verb, in the
    same sentence and before a quotation opens: the one speaking, though no subject was read."""
    after = found.cue_end if found.lemma else found.end
    if after >= len(doc.text):
        return False
    sentence_end = doc.char_span(after, after + 1, alignment_mode="expand")
    end = min(after + 60, sentence_end.sent.end_char if sentence_end is not None else after + 60)
    for mark in ("«", "“", "\""):
        opening = doc.text.find(mark, after + 1, end)
        end = opening if opening >= 0 else end
    return any(n.label == "PER" and after <= n.start < end for n in names)


def _someone_unresolved(doc: "Doc", found: Found) -> bool:
    """« selon celle-ci », « selon lui », « selon une source policière », « selon des témoins »,
    « selon une ONG »: someone is the source, only not surely who; the quote stays, unattributed."""
    subject = found.subject
    if subject is None:
        return False
    if subject.pronoun or doc[subject.first].lower_ in DEMONSTRATIVE_PRONOUNS:
        return True
    tokens = [t for t in doc[subject.first:subject.last] if t.is_alpha]
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or tokens[0].pos_ != "DET":
        return False
    word = head.lower_
    return is_person_noun(word, listed_only=True) or word in ORG_TYPE_NOUNS or word in INSTITUTION_NOUNS


def _agent_of_participle(doc: "Doc", i: int) -> bool:
    """Whether the name at token i is the agent of a participle (« interrogés par l'AFP », « cité
    par Le Monde »)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("le", "la", "les", "l'", "l’"):
        k -= 1
    return k >= 1 and doc[k].lower_ == "par" and "VerbForm=Part" in str(doc[k - 1].morph)


def _thing_as_subject(doc: "Doc", found: Found, names: list[Name]) -> bool:
    """The cue's subject is a common noun naming no person, body, group or document."""
    subject = found.subject
    if subject is None or subject.pronoun or subject.last <= subject.first:
        return False
    span = doc[subject.first : subject.last]
    if any(n.first < subject.last and subject.first < n.last for n in names):
        return False
    head = next((t for t in span if not subject.first <= t.head.i < subject.last or t.head == t), None)
    if head is None or head.pos_ != "NOUN":
        return False
    word = head.lower_
    known = INSTITUTION_NOUNS | set(ORG_TYPE_NOUNS) | set(DOCUMENT_NOUNS)
    return not is_person_noun(head.text) and word not in known and word.rstrip("sx") not in known


def _selon_after(doc: "Doc", char: int) -> bool:
    """A « selon … » / « d'après … » later in the sentence of the character `char`."""
    token = next((t for t in doc if t.idx >= char), None)
    if token is None:
        return False
    for later in doc[token.i : token.sent.end]:
        if later.lower_ == "selon" or later.lower_ in ("d'après", "d’après"):
            return True
    return False


def _later_incise_gender(doc: "Doc", start: int, end: int) -> str:
    """The gender of the pronoun of an incise (« ajouta-t-elle ») between doc characters `start`
    and `end` of a dialogue line: a speech verb after a stop or a comma, then « -il » or « -elle »;
    "" if none, or if both."""
    span = doc.char_span(start, end, alignment_mode="expand")
    genders = {("f" if token.lower_.endswith("elle") else "m") for token in span or ()
               if token.lower_ in ("-il", "-t-il", "-elle", "-t-elle") and _incise_verb_before(token)}
    return genders.pop() if len(genders) == 1 else ""


def _incise_verb_before(pronoun: "Token") -> bool:
    """Whether « -elle » follows a speech verb that opens an incise (« ! ajouta-t-elle »)."""
    doc, i = pronoun.doc, pronoun.i - 1
    if i >= 0 and doc[i].lower_ == "-t":
        i -= 1
    return i >= 1 and doc[i - 1].is_punct and any(lemma in SPEECH_VERBS for lemma in lemmas_of(doc[i].lower_))


def _latter_read(doc: "Doc", before: int, gender: str, names: list[Name], person_of: dict[int, Entry],
                 quoted: list[tuple[int, int]], persons_only: bool = False) -> tuple[bool, Entry | None]:
    """Reading back from token `before` for what « ce dernier » (`gender` "m") or « cette
    dernière » ("f") stands for: (True, the entry) when the last noun of that gender names a
    person or body, (True, None) when it is anything else, (False, None) when the doc has none.
    A date (« mardi », « le 3 mai »), a place, a noun's complement (« la maire de Lille ») and the
    words of quotations are passed over; with `persons_only` (a novel's « celui-ci »), bodies and
    nouns that name no person too."""
    name_at = {i: n for n in names for i in range(n.first, n.last)}
    last_of_person = {n.last - 1: n for n in names if n.label == "PER"}
    i = before - 1
    while i >= 0:
        token = doc[i]
        if any(a <= token.idx < b for a, b in quoted):
            i -= 1
            continue
        name = name_at.get(i)
        if name is not None:
            i = name.first - len(name.civility.split()) - 1
            entry = person_of.get(name.first)
            if name.label in (("PER",) if persons_only else ("PER", "ORG")) and entry is not None and \
                    _latter_agrees(doc, name, entry, gender):
                return True, entry
            continue
        i -= 1
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in TIME_WORDS or token.head.pos_ == "NUM" or any(
                c.pos_ == "NUM" for c in token.children):
            continue
        if token.dep_ == "nmod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # « le directeur de l'usine »: the director, not the factory
        if _noun_gender(token) != gender or token.morph.get("Number") == ["Plur"] or \
                persons_only and not is_person_noun(token.text):
            continue
        # « Jean Vidal, le directeur »: the title set beside a name is that person
        start = token.i
        while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ", "NUM"):
            start -= 1
        apposed = last_of_person.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
        entry = person_of.get(apposed.first) if apposed is not None else None
        if entry is not None and is_person_noun(token.text) and _latter_agrees(doc, apposed, entry, gender):
            return True, entry
        return True, None
    return False, None


def _latter_agrees(doc: "Doc", name: Name, entry: Entry, gender: str) -> bool:
    """Whether a name can be what « ce dernier » / « cette dernière » refers to: a person of that
    gender or of no known one (whose first name does not say otherwise), a body whose article or
    noun is of that gender."""
    if entry.kind == "person":
        known = entry.gender or first_name_gender(name.text.split()[0])
        return known in (gender, "")
    if entry.kind == "group":
        return False
    article = ARTICLE_GENDER.get(doc[name.first - 1].lower_, "") if name.first > 0 else ""
    return (article or _noun_gender(doc[name.first])) in (gender, "")


def _present_participle_at(doc: "Doc", char: int) -> bool:
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    return token is not None and token.lower_.endswith("ant") and "VerbForm=Part" in str(token.morph) \
        or token is not None and "VerbForm=Ger" in str(token.morph)


def _agreement_gender(doc: "Doc", name: Name) -> str:
    """The gender a name's subject agreement shows: an adjective or a participle after « être »
    (« Marthe était partie », « Claude est arrivée », « Dominique semblait ravie »); with
    « avoir » a participle does not agree with its subject, so it says nothing."""
    root = next((t for t in doc[name.first : name.last] if not name.first <= t.head.i < name.last), None)
    if root is None or not root.dep_.startswith("nsubj"):
        return ""
    head = root.head
    if head.pos_ not in ("ADJ", "VERB", "AUX"):
        return ""
    if head.pos_ == "VERB" and "VerbForm=Part" not in str(head.morph):
        return ""
    helpers = [c for c in head.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if head.pos_ == "VERB" and not any(c.lemma_ == "être" for c in helpers):
        return ""
    if head.pos_ == "ADJ" and not helpers:
        return ""
    # the ending first: the tagger calls « attardé » feminine at times
    word = head.lower_
    if word.endswith(FEMININE_AGREEMENT_ENDINGS):
        return "f"
    if word.endswith(MASCULINE_AGREEMENT_ENDINGS):
        return "m"
    if head.pos_ == "VERB":
        return ""
    gender = head.morph.get("Gender")
    return {"Fem": "f", "Masc": "m"}.get(gender[0], "") if len(gender) == 1 else ""


def _title_description(tokens: list) -> str:
    """« le ministre des Affaires étrangères », « la maire de Paris »: a title with what it is of,
    which tells two title holders apart (`_description` keeps only the noun and its adjectives)."""
    whole = " ".join(t.text for t in tokens[:8]).replace("’ ", "’").replace("' ", "'")
    return whole[:1].lower() + whole[1:]


def _where_on_speaks(doc: "Doc", subject: Subject) -> Subject | None:
    """The noun phrase after « -t-on à / au / chez / dans / auprès de »: where « on » speaks from
    (« peut-on lire dans le communiqué de la préfecture »: past the infinitive)."""
    i = subject.last
    sent_end = doc[subject.first].sent.end
    if i < sent_end and doc[i].morph.get("VerbForm") == ["Inf"]:
        i += 1
    if i < sent_end and doc[i].lower_ in ("à", "au", "aux", "chez", "dans", "auprès"):
        i += 1
        while i < sent_end and doc[i].lower_ in ("de", "du", "des", "d'", "d’"):
            i += 1
        end = i
        while end < sent_end and not doc[end].is_punct and end - i < 8:
            end += 1
        if end > i:
            return Subject(i, end)
    return None


def _where_on_speaks_before(doc: "Doc", subject: Subject) -> Subject | None:
    """« Chez TotalEnergies, on indique que … », « À Matignon, on assure que … »: the place set
    before « on » at the opening of its sentence, up to the comma right before it."""
    sent = doc[subject.first].sent
    comma = subject.first - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    i = sent.start
    if doc[i].lower_ in ("du", "de") and i + 2 < comma and doc[i + 1].lower_ == "côté":
        i += 2  # « Du côté de Renault, on … »
    if doc[i].lower_ not in ("chez", "à", "au", "de", "d'", "d’", "du"):
        return None
    at = doc[i].lower_ in ("à", "au")
    i += 1
    while i < comma and doc[i].lower_ in ("de", "du", "des", "d'", "d’"):
        i += 1
    if not 0 < comma - i <= 6:
        return None
    place = doc[i:comma].text
    if at and country_of_place(place) and not METONYMS.get(place.lower()):
        return None  # « À Paris, on estime … » may be anyone in Paris; « À Matignon » is the government
    return Subject(i, comma)


def _place_complement(doc: "Doc", head, name: Name) -> bool:
    """« une résidente de la rue des Cévennes », « un habitant de Dakar »: a place completing the
    noun of a description says where the person lives, not who speaks (an organisation does:
    « un porte-parole de la CGT »)."""
    if name.first <= head.i or name.label == "PER" or name.label == "ORG" and not country_of_place(name.text) \
            or head.lower_ in VOICE_NOUNS:  # « la voix joyeuse de Noël »: a voice's is its owner's
        return False
    return any(t.lower_ in OF_WORDS for t in doc[head.i + 1:name.first])


def _apposition_gender(doc: "Doc", name: Name) -> str:
    """« Vitagliani, son voisin, », « Rose, la fille du meunier, »: a noun for a person set beside
    the name says its gender (its determiner first, then the noun)."""
    i = name.last
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "DET":
        return ""
    determiner, noun = doc[i + 1].lower_, i + 2
    while noun < len(doc) and doc[noun].pos_ == "ADJ":
        noun += 1
    if noun >= len(doc) or doc[noun].pos_ != "NOUN" or not is_person_noun(doc[noun].text, listed_only=True):
        return ""
    if determiner in POSSESSIVE_DETERMINERS:
        gender = _possessed_gender(determiner, doc[noun])
    else:
        gender = {"le": "m", "un": "m", "la": "f", "une": "f"}.get(determiner) or _noun_gender(doc[noun])
    return gender if gender in ("m", "f") else ""


def _fronted_participle_gender(doc: "Doc", name: Name) -> str:
    """« Contactée par nos soins, Awa Ndiaye a déclaré … », « Joint au téléphone, X a démenti »: a
    participle opening the sentence agrees with the subject that follows its phrase, which is the
    name when the name comes right after the comma and a verb follows it. Read by shape: the
    parser tags such participles as anything at all."""
    sent = doc[name.first].sent
    opening = doc[sent.start]
    comma = name.first - 1
    if comma <= sent.start or doc[comma].text != "," or not opening.is_title or not opening.is_alpha:
        return ""
    if any(t.text in (",", ";", ":") or t.pos_ == "AUX" or "VerbForm=Fin" in str(t.morph)
           for t in doc[sent.start + 1:comma]):
        return ""  # one phrase, no clause of its own, up to the name
    after = name.last
    while after < len(doc) and doc[after].lower_ in ("ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en"):
        after += 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX") or "VerbForm=Inf" in str(doc[after].morph):
        return ""
    word = opening.lower_
    if word.endswith(("ée", "ées", "te", "tes")) and len(word) > 4:
        return "f"
    if word.endswith(("é", "és")) or word in ("joint", "atteint", "contraint", "rejoint"):
        return "m"
    return ""


_BEFORE_VOCATIVE = ("—", "–", ",", "!", "?", "«", ".")
_AFTER_VOCATIVE = (",", "!", "?", ".", "…", ";")


def _incise_subject_in_line(token: "Token") -> bool:
    """Whether a subject inside a dialogue line is its incise's inverted subject (« dit la
    servante »): after its verb, with no end of clause and no clitic subject between."""
    doc = token.doc
    return token.i > token.head.i and not any(
        doc[k].text in (";", ".", "!", "?", ":", "…") or doc[k].lower_ in CLITIC_SUBJECTS
        for k in range(token.head.i + 1, token.i))


def _gender_allows(entry: "Entry | _Stranger | None", gender: str) -> bool:
    """Whether someone may be of this gender (« » allows anyone; a stranger or no one, too)."""
    if not gender or entry is None or isinstance(entry, _Stranger):
        return True
    return (entry.gender or name_gender_guess(entry)) not in _OTHER_GENDER[gender]


def _document_at_cue(sent: "Span", found: Found) -> bool:
    """Whether the words around a cue say the speaker spoke through a document (« a indiqué dans
    un communiqué que », « écrit-il dans une tribune »): « le texte » after it is theirs."""
    if not found.lemma:
        return False
    for token in sent:
        # right after the cue's verb (« a indiqué dans un communiqué »), not anywhere in the
        # sentence (« le principe défini dans la déclaration de Rio »)
        if found.start <= token.idx < found.end or token.lower_ not in WRITTEN_STATEMENT_NOUNS or \
                not found.cue_end <= token.idx <= found.cue_end + 24:
            continue
        before = [t.lower_ for t in sent.doc[max(sent.start, token.i - 3):token.i]]
        if "dans" in before or "via" in before:
            return True
    return False


def _may_name_its_speaker(doc: "Doc", found: Found) -> bool:
    """Whether a quotation may hold an incise the engine did not read (« « Elle est splendide,
    pensait Freneuse … » », « « Ah ! tu pars ? fit Juliette » ») or open on a call (« « Maîtresse,
    laissez-le … » »): then the narration before it is no sure sign of who speaks."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if not t.is_space]
    if len(words) > 1 and words[0].pos_ in ("NOUN", "PROPN") and words[0].text[:1].isupper() and words[1].text == ",":
        return True
    def after_mark(t) -> bool:  # right after the mark, or after the clitics of an incise (« ? lui demanda »)
        k = t.i - 1
        while k > span.start and doc[k].lower_ in INCISE_CLITICS:
            k -= 1
        return k > span.start - 1 and doc[k].text in (",", "!", "?", "…")

    return any(t.i > span.start and t.is_lower and after_mark(t)
               and (is_speech_verb(t) or thought_lemma(t) is not None or t.lower_ in INCISE_FAIRE) for t in words)


def _vocative(doc: "Doc", start: int, end: int, names: list[Name], incise_subject: Subject | None) -> Name | None:
    """The person a dialogue line calls by name, set off by commas or ending a sentence (« — Voyons,
    Marthe ! », « — Bouvard, venez ! », « — Tu ne sais pas, Laurence ? »); not the incise's subject."""
    text = doc.user_data.get(TEXT_KEY) or doc.text
    for name in names:
        if name.label != "PER" or not start <= name.start < end:
            continue
        if incise_subject is not None and incise_subject.first <= name.first < incise_subject.last:
            continue
        first = doc[name.first - len(name.civility.split())].idx if name.civility else name.start
        before = text[start:first].rstrip()
        after = text[name.end:end].lstrip()
        words = before.split()
        if len(words) >= 2 and words[-1].lower() in INTERJECTIONS:
            before = before[: len(before) - len(words[-1])].rstrip()  # « — Voyons Firmin, … »
        elif len(words) >= 2 and words[-1].lower() in ("vous", "toi") and words[-2].endswith(","):
            before = before[: len(before) - len(words[-1])].rstrip()  # « — Seriez-vous contente, vous Edmée ? »
        if _names_self(before, after, name):
            continue  # « — C'est moi, Julien Mercier. »: the speaker's own name
        if before.endswith(_BEFORE_VOCATIVE) and (not after or after.startswith(_AFTER_VOCATIVE)) and \
                not _dislocated(doc, name):
            return name
    return None


_TITLE_CALL = re.compile(r"(?i)^(?:(?:" + "|".join(sorted(map(re.escape, CALL_OPENERS), key=len, reverse=True)) + r")\s+)?"
                         r"(?:(?:monsieur|madame|mademoiselle)\s+(?:le|la|l['’])\s*|mon\s+|ma\s+)?([\w-]+)$")


def _calls_at_an_edge(doc: "Doc", start: int, end: int, names: list[Name], incise_subject: Subject | None) -> bool:
    """Whether a line's call is a name opening it or closing one of its sentences (« — Baptiste,
    … », « …, Lebrun. »): a call for sure, not a name set off in the middle of a sentence (« son
    second fils, François Pinatel, avait épousé … »)."""
    name = _vocative(doc, start, end, names, incise_subject)
    if name is None:
        return False
    text = doc.user_data.get(TEXT_KEY) or doc.text
    first = doc[name.first - len(name.civility.split())].idx if name.civility else name.start
    before = text[start:first].strip(" \t\n\u00a0—–-«\"“")
    after = text[name.end:end].lstrip(" \u00a0\u202f")
    return not before or after[:1] in (".", "!", "?", "…")


def _title_vocative(text: str, start: int, end: int) -> str:
    """The title a dialogue line calls someone by, set off by punctuation (« — Merci, docteur. »,
    « — Oui, monsieur le curé ! », « — Mon capitaine, les voilà. »), or ""."""
    pieces = re.split(r"([,!?.;…«»—–:]+)", text[start:end])
    for k in range(0, len(pieces), 2):
        match = _TITLE_CALL.match(pieces[k].strip())
        closed = k + 1 < len(pieces) and pieces[k + 1].strip()[:1] in _AFTER_VOCATIVE or k + 1 >= len(pieces)
        if match is not None and closed and match.group(1).lower() in ADDRESS_TITLES:
            return match.group(1).lower()
    return ""


# a line naming its own speaker: « c'est moi, X », « moi, X » (before a comma), « je suis X »
_SELF_NAMING = re.compile(r"(?i)(?:\bc['’]est moi|^[—–-]?\s*(?:et\s+)?moi)\s*,$")
_NAMING_SELF = re.compile(r"(?i)\b(?:je suis|je m['’]appelle|je me nomme)$")


def _self_named(doc: "Doc", start: int, end: int, names: list[Name]) -> Name | None:
    """The name a dialogue line gives its own speaker: « — C'est moi, Julien Mercier. », « — Je
    m'appelle Rose. »"""
    text = doc.user_data.get(TEXT_KEY) or doc.text
    for name in names:
        if name.label == "PER" and start <= name.start < end:
            first = doc[name.first - len(name.civility.split())].idx if name.civility else name.start
            if _names_self(text[start:first].rstrip(), text[name.end:end].lstrip(), name):
                return name
    return None


def _names_self(before: str, after: str, name: Name) -> bool:
    """« — Je suis madame de Rosmond », « — C'est moi, Julien Mercier. », « — Moi, Eusèbe Labergère,
    rédacteur au Nouvelliste. »: the speaker's own name. After « c'est moi, » a name with a civility
    (« C'est moi, madame Sainte-Hélène ») or going on with the line calls someone."""
    if _NAMING_SELF.search(before):
        return True
    if not _SELF_NAMING.search(before) or name.civility or name.text.split()[0].lower() in SPELLED_CIVILITIES:
        return False
    if after[:1] in ("", ".", "…"):
        return True
    words = after[1:].split() if after[:1] == "," else []
    return bool(words) and words[0].islower() and (words[0] in PERSON_TITLES or is_person_noun(words[0]))


_IMPERATIVE = re.compile(r"\b\w+-(?:le|la|les|moi|toi|lui|leur|nous|vous|en|y)\b", re.I)


def _speaks_to_someone(doc: "Doc", start: int, end: int) -> bool:
    """Whether a dialogue line says « tu » or « vous », gives an order (« Voyons », « Venez ») or
    asks a question of more than a name (« — Voyons Firmin, et cette fable du laboureur ? », not
    « — M. de Vignes ? »)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.lower_ in SECOND_PERSON_WORDS or t.lower_ in GREETINGS or "Mood=Imp" in str(t.morph)
           or t.pos_ in ("VERB", "AUX") and t.lower_.endswith(("ons", "ez"))
           for t in span) or _IMPERATIVE.search(span.text):
        return True  # (« Laisse-le respirer, Louise »: a verb with its object after a hyphen is an order)
    words = [t for t in span if t.is_alpha and not t.text[:1].isupper()]
    return span.text.rstrip().endswith("?") and len(words) >= 3


def _dislocated(doc: "Doc", name: Name) -> bool:
    """« — Elle est bien jolie, madame Mirmont ! »: the name after the comma is the subject the
    pronoun announced, spoken of, not called; a line that says « tu », « vous » or gives an order
    calls the name (« — Elle viendra, tu verras, Marthe »)."""
    first = name.first - len(name.civility.split())
    if first < 1 or doc[first - 1].text != ",":
        return False
    # the clause: from the last end of sentence before the name (a dialogue line is one sentence
    # to the parser)
    start = doc[first].sent.start
    start = next((t.i + 1 for t in reversed(doc[start:first]) if t.text in (".", "!", "?", "…")), start)
    clause = [t for t in doc[start:first] if not t.is_punct]
    if any(t.lower_ in SECOND_PERSON_WORDS or t.lower_ in GREETINGS or "Mood=Imp" in str(t.morph) for t in clause):
        return False
    gender = CIVILITIES.get(name.civility.split()[0].lower(), "") if name.civility else \
        first_name_gender(name.text.split()[0])
    # « Il est juste, lui, M. Pascal »: a stressed pronoun before the name announces it too
    pronouns = {t.lower_ for t in clause if t.lower_ in ("il", "elle") and t.dep_.startswith("nsubj")}
    if first >= 3 and doc[first - 3].text == "," and doc[first - 2].lower_ in ("lui", "elle"):
        pronouns.add("il" if doc[first - 2].lower_ == "lui" else "elle")
    return "elle" in pronouns and gender != "m" or "il" in pronouns and gender != "f"


_OTHER_GENDER = {"m": ("f",), "f": ("m",)}
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_PRONOUN_GENDER = {"il": "m", "elle": "f"}
# someone else the narration shows: « lui lança », « se tourna vers »
_OBJECT_PRONOUN = re.compile(r"(?i)\b(?:lui|leur)\b|\bvers\b")
# a subject that is a pronoun, at a subject's offset (its referent is a guess)
_PRONOUN_AT = re.compile(r"(?i)(il|elle|ils|elles|celui|celle|ceux|celles|ce|on)\b")
# « il » or « elle » as the subject of a verb in the narration (not « il y a », « il faut »)
_SUBJECT_PRONOUN = re.compile(r"\b(il|elle|Il|Elle)\s+(?!y\b|faut\b|fallait\b|fallut\b|semble\b|semblait\b)"
                              r"(?:ne\s+|n'|se\s+|s'|lui\s+|le\s+|la\s+|l'|les\s+)*[a-zà-ÿ]{2,}")


def _adjectives_gender(noun) -> str:
    """« l'impérieuse enfant », « l'enfant impérieuse »: an adjective of the noun inflected in the
    feminine (its form is not its lemma, so not « jeune » or « aimable ») says a woman."""
    for adjective in noun.children:
        morph = str(adjective.morph)
        if adjective.dep_ == "amod" and adjective.pos_ == "ADJ" and "Gender=Fem" in morph and \
                "Number=Plur" not in morph and adjective.lemma_.lower() != adjective.lower_:
            return "f"
    return ""


def _demonym_gender(word: str) -> str:
    """« italienne », « anglaise », « française » are women, « italien », « anglais » men."""
    return "f" if word.endswith(("enne", "aise", "oise", "ine", "ande", "ane", "que", "ée")) else \
        "m" if word.endswith(("ien", "ais", "ois", "in", "and", "an", "ain")) else ""


def _named_in(found: Found, names: list[Name], person_of: dict[int, Entry]) -> tuple[Entry, ...]:
    """The people a quotation's own words name: never its speaker by a description."""
    return tuple(person_of[n.first] for n in names if n.first in person_of and found.start <= n.start < found.end)


def _epicene(noun: str) -> bool:
    """« l'aubergiste », « l'archiviste », « l'adversaire »: a noun of the same form for a man and a
    woman, whose gender only an article or an adjective says (the tagger guesses one)."""
    return noun in EPICENE_NOUNS or noun.endswith(EPICENE_NOUN_ENDINGS)


def _noun_gender(token) -> str:
    morph = str(token.morph)
    return "f" if "Gender=Fem" in morph else "m" if "Gender=Masc" in morph else ""


def _possessed_gender(determiner: str, noun) -> str:
    """« sa mère », « son amie », « ses parents »: the possessive gives the number, the noun the
    gender (« son amie » is a woman); the determiner's own gender only when the noun has none."""
    if POSSESSIVE_DETERMINERS[determiner] == "pl":
        return "pl"
    if determiner in ("son", "mon", "ton") and noun.lower_[:1] not in VOWEL_INITIALS:
        return "m"  # « son fiancé »: before a consonant « son » is masculine, whatever the tagger says
    return _noun_gender(noun) or POSSESSIVE_DETERMINERS[determiner]


_TENSES: dict[int, tuple[bool, bool]] = {}


def _tense_of(morph) -> tuple[bool, bool]:
    """(finite?, passé simple?) of a verb's morphology, kept by its key: a text has few analyses
    and reading one is slow."""
    known = _TENSES.get(morph.key)
    if known is None:
        known = _TENSES[morph.key] = (morph.get("VerbForm") == ["Fin"],
                                      morph.get("Tense") == ["Past"] and morph.get("Mood") == ["Ind"])
    return known


def _first_person_simple_past(token) -> bool:
    """« j'arrivai », « je frappai »: the model tags these as presents; the form is the verb's stem
    and « ai » (the future « j'arriverai » is not)."""
    form = token.lower_
    if not form.endswith("ai") or len(form) < 4:
        return False
    lemma = token.lemma_.lower()
    return lemma.endswith("er") and form == lemma[:-2] + "ai"


def _presented(token, expletive: bool = True) -> bool:
    """« C'était le baron, changé, vieilli »: what « c'est » presents is the clause's real subject
    (the parse marks « c' » as the subject or, with ``expletive``, as an expletive one)."""
    return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in token.children) and any(
        (c.dep_.startswith("nsubj") or expletive and c.dep_ == "expl:subj") and c.lower_ in ("c'", "c’", "ce")
        for c in token.children)


# a text whose first words hold this many passé simple forms of frequent verbs, at this density, is
# a novel from its first page (the parse-based count needs a few paragraphs to be sure)
NARRATIVE_OPENING_WORDS = 3000
NARRATIVE_OPENING_MIN_FORMS = 5
NARRATIVE_OPENING_PER_THOUSAND = 3.0
_WORD = re.compile(r"\w+")


def _has_inverted_incises(text: str) -> bool:
    """Whether the text's dialogue lines invert a pronoun in their incises (« — …, me dit-il »,
    « répondit-elle », « dis-je ») often enough to be a novel or a tale, whatever its tense."""
    count = 0
    for match in _INVERTED_INCISE.finditer(text):
        if is_speech_verb_form(match.group(1).lower()):
            count += 1
            if count >= NARRATIVE_MIN_INVERTED_INCISES:
                return True
    return False


def _opens_like_a_novel(text: str) -> bool:
    opening = text.lstrip()[:40].lower()
    if any(opening.startswith(heading) for heading in BOOK_HEADINGS):
        return True  # « CHAPITRE PREMIER La vision »: Le Feu is told in the present
    words = _WORD.findall(text[: NARRATIVE_OPENING_WORDS * 8].lower())[:NARRATIVE_OPENING_WORDS]
    forms = sum(1 for word in words if word in NARRATIVE_SIMPLE_PAST_FORMS)
    return forms >= NARRATIVE_OPENING_MIN_FORMS and forms * 1000 >= NARRATIVE_OPENING_PER_THOUSAND * max(len(words), 1)


def _first_person_narration(doc: "Doc") -> bool:
    """Whether « je » is a subject in a paragraph's narration, outside any quotation."""
    quoted = [(q.open, q.close) for q in doc.user_data.get(QUOTES_KEY, [])]
    table = words_of(doc)
    return any(lower in ("je", "j'", "j’") and table.pos[i] == "PRON" and not any(a <= doc[i].idx < b for a, b in quoted)
               for i, lower in enumerate(table.lower))


def _group_size(token) -> int:
    """« deux hommes », « les trois sœurs », « ces deux amis »: how many people a plural person
    noun counts; 0 when it says no number or names no person."""
    if token.pos_ != "NOUN" or not is_person_noun(token.text):
        return 0
    number = next((c.lower_ for c in token.children if c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS), None)
    return GROUP_NUMBERS[number] if number else 0


def _noun_phrase_of(token) -> str:
    """« l'épouse d'un conseiller municipal »: the noun with its determiner and complements, up to
    a comma or a relative clause."""
    words = []
    for t in token.doc[min([c.i for c in token.children if c.dep_ == "det"] + [token.i]):token.sent.end]:
        if t.text in (",", ";", ".", ":", "!", "?") or t.lower_ in ("qui", "que", "qu'", "qu’", "dont", "et") or len(words) >= 8:
            break
        words.append(t.text_with_ws)
    return "".join(words).strip()


def _speaks_in_first_person(text: str) -> bool:
    """Words that say « je » or « nous »: someone's own speech, not a slogan or a title."""
    return any(word in FIRST_AND_SECOND_PERSON_WORDS and word not in SECOND_PERSON_WORDS
               for word in re.findall(r"\w+['’]?", text.lower()))


def _person_if_acting(doc: "Doc", name: Name, known_person: bool = False, called_person: bool = False) -> Name:
    """« Porthos frappa la table », with « Porthos » taken for a place: in a novel, a one-word name
    with no article that is the subject of a verb, or spoken to just before a colon, and no known
    place, is a character. A word the text already named one person by (`known_person`) is one
    as a subject with an article (« la Déroute revint »: a soldier's nickname) and as a subject the
    parse lost behind an aside (« Rassurée enfin, Ida, en se retrouvant en famille, changea »). A
    word of a dialogue line that names one person, a civility aside (`called_person`), or a first
    name, is one when set off as a call (« — Laissez-la tranquille, Ursule. », « — Te voilà enfin,
    Firmin ! »)."""
    token = doc[name.first]
    if name.label not in ("LOC", "MISC") or name.last - name.first != 1 or country_of_place(name.text):
        return name
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ == "à" and name.last < len(doc) and doc[name.last].text == ":" \
            and token.head.pos_ == "VERB" and is_speech_verb(token.head):
        return replace(name, label="PER")  # « Charlotte … dit à Pourville : »: one speaks to a person
    if called_person and before is not None and before.text in (",", "—", "–") and (
            name.last >= len(doc) or doc[name.last].text in (",", "!", "?", ".", "…", ";")):
        return replace(name, label="PER")  # « — Laissez-la tranquille, Ursule. »: a character called
    acting = token.dep_.startswith("nsubj") and token.head.pos_ == "VERB"
    if known_person and not acting and (before is None or before.pos_ not in ("DET", "ADP")):
        after = past_participle_aside(doc, name.last, token.sent.end)
        acting = after > name.last and after < len(doc) and doc[after].pos_ in ("VERB", "AUX") and \
            "VerbForm=Fin" in str(doc[after].morph)
    if not acting or before is not None and before.pos_ in ("DET", "ADP") and not (
            known_person and before.lower_ in ("le", "la")):
        return name
    return replace(name, label="PER")




def _voice_owner(doc: "Doc", subject: Subject) -> Subject | None:
    """« la voix douce et chantante de l'étrangère », « la voix de Pauline »: the person after
    « de » within a few words of the voice, as a subject of its own; None if there is none."""
    for i in range(subject.first + 1, min(subject.last + 6, len(doc) - 1)):
        if doc[i].text in (",", ".", ";", ":", "!", "?", "»", "—"):
            return None
        if doc[i].lower_ not in ("de", "d'", "d’"):
            continue  # (« du vieillard » would need its article back: left as it is)
        start = i + 1
        if doc[start].ent_type_ == "PER" or doc[start].pos_ == "PROPN" and doc[start].is_title and \
                doc[start].i > doc[start].sent.start and not country_of_place(doc[start].text):
            # « demanda la voix de Régina », « Régina » tagged as anything but a person
            return Subject(start, end_of_name(doc, start))
        end = start
        while end < len(doc) and (doc[end].pos_ in ("DET", "ADJ") or doc[end].lower_ in ("l'", "l’")):
            end += 1
        if end < len(doc) and doc[end].pos_ == "NOUN" and is_person_noun(doc[end].text) and doc[end].lower_ not in VOICE_NOUNS:
            return Subject(start, end + 1)
        return None
    return None


def _of_consequence(que) -> bool:
    """Whether a « que » ends a clause of consequence (« une si grande douceur, que le vieillard en
    pleura »): a degree word earlier in the sentence."""
    return any(t.lower_ in DEGREE_WORDS for t in que.doc[que.sent.start:que.i])


def _manner_between(doc: "Doc", cue_end: int, first: int) -> bool:
    """Whether only the manner of speaking stands between an incise's verb and its inverted subject
    (« répondit naïvement le savant », « dit en riant le pirate »): adverbs, a gerund."""
    between = [t for t in doc[max(0, first - 5):first] if t.idx >= cue_end]
    if not between or len(between) > 4 or any(t.text in (",", ";", ":", ".", "!", "?") for t in between):
        return False
    verb = doc[between[0].i - 1]
    if verb.morph.get("Tense") == ["Fut"] or verb.morph.get("Mood") == ["Cnd"]:
        return False  # « ce diable regrettera bien souvent l'ermitage »: no incise says what will be
    gerund = len(between) > 1 and between[0].lower_ == "en" and between[-1].lower_.endswith("ant")
    for k, token in enumerate(between):
        if token.pos_ == "ADV":
            continue
        if gerund and (k in (0, len(between) - 1) or token.lower_.replace("’", "'") in CLITICS_BEFORE_VERB):
            continue  # « en riant », « en se grattant »
        return False
    return True


def _without_time_or_manner(doc: "Doc", subject: Subject) -> Subject | None:
    """An incise's subject without the day it was said on (« un jour la baronne ») or the manner
    (« Belhumeur d'une voix ferme »); None when there is neither."""
    first, last = subject.first, subject.last
    if last - first >= 3 and doc[first].lower_ in ("un", "une", "ce", "cette") and \
            doc[first + 1].lower_ in TIME_NOUNS and doc[first + 2].pos_ == "DET":
        return Subject(first + 2, last)
    for k in range(first + 1, last - 1):
        if doc[k].lower_.replace("’", "'") in ("de", "d'") and doc[k + 1].pos_ == "DET" and any(
                doc[j].lower_ in MANNER_NOUNS for j in range(k + 2, min(last, k + 4))):
            return Subject(first, k)
    return None


def _kin_title_subject(token) -> str | None:
    """« Oncle meunier s'indigna », « tante Rude me demande »: kin used as a title before a
    lower-case word (a trade, a nickname), opening a clause and followed by its verb group:
    the description a person is known by (« oncle meunier »); None for anything else."""
    doc = token.doc
    if token.lower_ not in KIN_TITLES or token.i + 2 >= len(doc):
        return None
    if token.i > token.sent.start and doc[token.i - 1].lower_ not in (",", "et", "mais", "puis", "alors", "—"):
        return None
    word = doc[token.i + 1]
    if not (word.is_lower and word.is_alpha) or word.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") \
            or word.lower_ in CLITICS_BEFORE_VERB:
        return None
    after = token.i + 2
    while after < len(doc) and doc[after].lower_.replace("’", "'") in CLITICS_BEFORE_VERB:
        after += 1
    verb = doc[after] if after < len(doc) else None
    if verb is None or not verb.is_lower or not (verb.pos_ in ("VERB", "AUX") or verb.lower_.endswith(FINITE_ONLY_ENDINGS)):
        return None
    return f"{token.lower_} {word.text}"


def _described_newcomer_before(sent: "Span", names: list[Name]) -> bool:
    """« Lecoq choisit un vieil agent. On l'appelait le père Absinthe. »: a person described after
    the last name of the sentence before, whom the « l' » may as well stand for."""
    doc = sent.doc
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    last_name = max((n.last for n in names if before.start <= n.first < before.end), default=before.start)
    return any(t.pos_ == "NOUN" and t.i >= last_name and is_person_noun(t.text) and t.lower_ not in KIN_TITLES
               for t in before)


def _verb_lemma_of(doc: "Doc", subject: Subject) -> str | None:
    """The lemma of the verb a subject is the subject of (« Il répondit : » → « répondre »)."""
    head = doc[subject.first].head
    return head.lemma_.lower() if head.pos_ in ("VERB", "AUX") and head.i != subject.first else None


def _title_word(token: "Token") -> bool:
    """A lower-case title or rank, whole or in parts (« lieutenant-colonel », « porte-parole »)."""
    low = token.lower_
    return token.is_lower and (low in PERSON_TITLES or low in MILITARY_RANKS or "-" in low and all(
        part in PERSON_TITLES or part in MILITARY_RANKS for part in low.split("-")))


def _answers_in_interview(lines: list[str], speakers: list) -> list[int]:
    """The answers of a news interview written in dashes (« — Comment vous sentez-vous ? ¶ —
    Soulagée, surtout. »): no line has a speaker of its own, the first is a question, every line
    in an answer's place (odd) is no question, and most lines in a question's place end with
    « ? »; the odd lines, or [] when the exchange is not of that shape."""
    if len(lines) < 2 or any(s is not None for s in speakers):
        return []
    asks = [line.rstrip(" »”\"").endswith("?") for line in lines]
    questions = asks[0::2]
    if not asks[0] or any(asks[1::2]) or sum(questions) * 3 < len(questions) * 2:
        return []
    return list(range(1, len(lines), 2))


_OBJECT_PRONOUNS = frozenset({"le", "la", "l'", "l’", "lui", "les", "leur", "elle", "il", "eux", "elles", "ils"})


def _gender_by_take_up(sent: "Span", entry: Entry, tagged: str, registry: Registry) -> None:
    """« Duroy demeura stupéfait. Il ne songeait plus … »: a sentence that opens on « il » or « elle »
    right after a sentence whose one person was its subject takes that person up, and says their
    gender, if the tagger gave the name the same (`tagged`) and nobody else of that gender is in
    play (« Mâtho poussa un cri. Elle répéta … »: Salammbô, whom the scene is about)."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ not in ("il", "elle") or entry.gender or impersonal_il(first) or not (
            first.dep_.startswith("nsubj") or first.dep_ == "expl:subj" and first.head.lemma_ not in ("être", "sembler")):
        return  # (« Il ne songeait plus … » may be parsed as an expletive; « il est vrai que » is one)
    gender = "m" if first.lower_ == "il" else "f"
    if gender == tagged and not registry.other_of_gender(gender, entry):
        entry.gender = gender


def _nationality_noun(token: "Token") -> bool:
    """« le Kényan », « la Française »: a capitalised nationality, a noun for someone of that country."""
    return token.text[:1].isupper() and nationality(token.text) is not None


def _after_unknown_one(doc: "Doc", pronoun: int) -> bool:
    """« Celui des deux étrangers qui s'était tu posa sa main … et il lui dit : »: a pronoun in a
    clause joined by « et » to one whose subject is someone the text does not say who."""
    token = doc[pronoun]
    if token.head.dep_ == "conj" and any(c.dep_.startswith("nsubj") and c.lower_ in UNKNOWN_ONE_SUBJECTS
                                         and c.i < token.i for c in token.head.head.children):
        return True
    # the parse may not join the clauses: the sentence opens with that subject, « et » before the pronoun
    opening = next((t for t in token.sent if not t.is_space and not t.is_punct), token)
    return opening.lower_ in UNKNOWN_ONE_OPENERS and any(
        t.lower_ == "et" for t in doc[opening.i:pronoun]) and not any(t.ent_type_ == "PER" for t in doc[opening.i:pronoun])


def _incise_position(doc: "Doc", verb: int) -> bool:
    """Whether the verb at ``verb`` opens an incise: right after the words' punctuation (« , dit »,
    « ! s'écria », « ? demanda-t-il »), past its clitics and auxiliary."""
    k = verb - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in VERB_GROUP_CLITICS or doc[k].is_space):
        k -= 1
    return k < 0 or doc[k].is_punct


def _spoken_of(doc: "Doc", name: Name, speech: list[tuple[int, int]]) -> bool:
    """A name in the words of a dialogue line, not its incise's subject (« dit Bouvard »,
    « demanda M. Moreau »: a verb, then the name) nor a person the line calls (« — Bouvard,
    venez ! »: the one called is one of the two who talk)."""
    if not any(a <= name.start < b for a, b in speech):
        return False
    first = name.first - len(name.civility.split())
    while first > 0 and (doc[first - 1].lower_ in CIVILITIES or doc[first - 1].lower_ in PERSON_TITLES or (
            first > 1 and doc[first - 1].lower_ in ("de", "d'", "d’") and (
                doc[first - 2].lower_ in CIVILITIES or doc[first - 2].lower_ in PERSON_TITLES))):
        first -= 1  # « — Bonjour, monsieur Moreau, dit-elle », « madame de Lanty »
    before = first - 1
    if before >= 1 and doc[before].lower_ in ("d'", "d’", "de") and doc[before - 1].pos_ in ("VERB", "AUX"):
        before -= 1  # « demanda d'Artagnan »
    while before >= 0 and doc[before].pos_ == "DET":
        before -= 1
    if before >= 0 and doc[before].pos_ in ("VERB", "AUX") and _incise_position(doc, before):
        return False  # the incise's inverted subject (not « — Vous devez épouser mademoiselle Morin »)
    if first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ in ("NOUN", "PROPN") and \
            name.last + 1 < len(doc) and doc[name.last].text == "," and doc[name.last + 1].lower_ in RELATIVE_PRONOUNS:
        return True  # « le frère de Mme Lafon, Mettereau, dont il était l'intendant »: an apposition
    text = doc.user_data.get(TEXT_KEY) or doc.text
    line_start = max(a for a, b in speech if a <= name.start < b)
    before_text = text[line_start:doc[first].idx].rstrip()
    after_text = text[name.end:name.end + 2].lstrip()
    # called, as `_vocative` reads it: set off by the marks that set off a vocative
    return not (before_text.endswith(_BEFORE_VOCATIVE) and (not after_text or after_text.startswith(_AFTER_VOCATIVE)))


def _speaks_for_several(doc: "Doc", start: int, end: int) -> bool:
    """A line in the first person plural and never the singular (« Nous y voilà ! », « n'en
    parlons plus »): words a group says together."""
    tokens = [t for t in doc if start <= t.idx < end]
    words = {t.lower_.lstrip("-") for t in tokens}
    if words & FIRST_PERSON_SINGULAR_WORDS or any("Person=1" in str(t.morph) and "Number=Sing" in str(t.morph)
                                              and t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    # the model often tags « parlons » as a third person: the ending says it
    return bool(words & FIRST_PERSON_PLURAL_WORDS) or any(
        t.pos_ in ("VERB", "AUX") and (t.lower_.endswith("ons") or "Person=1" in str(t.morph)
                                       and "Number=Plur" in str(t.morph)) for t in tokens)


def _joined_names(doc: "Doc", before: Name, after: Name) -> bool:
    """« Bouvard et Pécuchet », « Otto et le sous-lieutenant Fritz », « Paul, Jean et Luc »:
    between two names only « et » or a comma, an article and person nouns."""
    between = doc[before.last:after.first - len(after.civility.split())]
    words = [t.lower_ for t in between]
    if not words or words[0] not in ("et", ","):
        return False
    return all(t.pos_ == "DET" or t.lower_ in ("et", ",") or t.pos_ == "NOUN" and is_person_noun(t.text, listed_only=True)
               for t in between) and words.count("et") <= 1


def _in_pair(doc: "Doc", name: Name) -> bool:
    """« Le lieutenant Otto et le sous-lieutenant Fritz répondirent », whatever the parse: the
    name is joined by « et » to a person's name or noun within a few words."""
    after = doc[name.last:min(name.last + 5, len(doc))]
    before = doc[max(name.first - 5, 0):name.first]
    def person_near(span) -> bool:
        return any(t.ent_type_ == "PER" or t.pos_ == "NOUN" and is_person_noun(t.text, listed_only=True) for t in span)
    joined_after = len(after) > 1 and after[0].lower_ == "et" and person_near(after[1:])
    joined_before = len(before) > 1 and any(t.lower_ == "et" for t in before) and person_near(
        before[:[t.lower_ for t in before].index("et")]) and not any(t.text in ".;:!?" for t in before)
    return joined_after or joined_before


def _root_before_lost_verb(token) -> bool:
    """« Le baron pâlit. »: the parser, finding no verb (« pâlit » taken for an adverb), made the
    noun the sentence's root; the lower-case word after it is the verb."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.dep_ == "ROOT" and following is not None and following.is_lower and following.is_alpha \
        and following.pos_ not in ("DET", "ADP", "NOUN", "PROPN", "CCONJ", "SCONJ", "PRON")


def _of_complement(doc: "Doc", first: int) -> bool:
    """Whether the name at ``first`` is a complement: « de la Justice », « du Medef », « d'EDF »."""
    k = first - 1
    if k >= 0 and doc[k].lower_ in ("la", "l'", "l’", "le", "les"):
        k -= 1
    return k >= 0 and doc[k].lower_ in OF_WORDS


def _someone_of(doc: "Doc", subject: Subject, tokens: list, names: list[Name]):
    """The head noun of « l'avocat de Jean Dupont », « la veuve de Pierre Fortier », « l'un des
    avocats de Nicolas Sarkozy », « le directeur de cabinet de Gérald Darmanin »: a person noun
    whose complement names someone else; None when the name is the subject itself (« le baron de
    Kelweingstein », « ce bon enfant de Jacques », « le président Macron ») or none follows."""
    if not tokens or tokens[0].lower_ in ("ce", "cet", "cette"):
        return None  # « ce bon enfant de Jacques », « cet imbécile de Paul »: Jacques, Paul themselves
    if len(tokens) > 3 and tokens[0].lower_ in ("l'", "l’", "un", "une") and tokens[1].lower_ in ("un", "une", "des", "d'", "d’"):
        rest = tokens[2:] if tokens[1].lower_ in ("des", "d'", "d’") else tokens[3:] if tokens[2].lower_ == "des" else []
        head = next((t for t in rest[:3] if t.pos_ == "NOUN"), None)  # « l'un des avocats »
    else:
        index = _head_noun(tokens) if tokens[0].pos_ == "DET" else None
        head = tokens[index] if index is not None else None
    if head is None or not is_person_noun(head.text) or head.lower_ in NOBLE_TITLES or head.lower_ in LORDSHIP_TITLES:
        return None  # « le baron de Kelweingstein », « la dame de Monsoreau »: the name is theirs
    for name in names:
        first = name.first - len(name.civility.split())
        if name.label == "PER" and head.i < first and name.last <= subject.last and \
                doc[first - 1].lower_ in ("de", "d'", "d’", "du") and \
                not any(doc[k].text in (",", "(", ";") for k in range(head.i, first)):
            return head
    # « l'avocat du ministre », « la femme du président »: a person known by their tie to someone
    # described, neither of them the person a title would point to
    k = head.i + 1
    if k < subject.last and doc[k].lower_ in ("du", "des", "de", "d'", "d’"):
        k += 1
        while k < subject.last and (doc[k].pos_ == "DET" or doc[k].lower_ in ("l'", "l’")):
            k += 1
        if k < subject.last and doc[k].pos_ == "NOUN" and is_person_noun(doc[k].text, listed_only=True):
            return head
    return None


def _in_line(token) -> bool:
    """Whether a token's sentence is a dialogue line or inside quotation marks."""
    opening = token.sent.text.lstrip()[:1]
    return opening in "—–-" or any(q.open < token.idx < q.close for q in token.doc.user_data.get(QUOTES_KEY, []))


def _ranking_word(token: "Token") -> bool:
    """« numéro 4 mondiale », « ex-numéro un »: a player's place in a ranking."""
    doc = token.doc
    if token.lower_ not in ("numéro", "ex-numéro") or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
    # (« la numéro un de la CFDT » is the union's leader: a title, see TITLE_SYNONYMS)
    return (following.text.isdigit() or following.lower_ in ("un", "deux", "trois")) and after.startswith("mondia")


def _arriving_object(token: "Token") -> bool:
    """« vit arriver le facteur », « fit entrer le sergent », « fit asseoir l'accusé », « appela
    l'aubergiste, qui parut »: a person's noun as the object of someone's coming seen, caused or
    told, or of anything someone makes them do (a noun with an agent's ending will do: the verbs say
    it is someone); not a noun for anyone (« vit venir la jeune femme »: anyone already there)."""
    if token.dep_ != "obj" or token.pos_ != "NOUN" or not is_person_noun(token.text) or \
            token.lower_ in GENERIC_PERSON_NOUNS:
        return False
    doc = token.doc
    if token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "qui" and \
            doc[token.i + 3].lemma_.lower() in ARRIVING_VERBS:
        return True  # « appela l'aubergiste, qui parut aussitôt »: someone called who comes
    verb = token.head
    if verb.dep_ != "xcomp" or "VerbForm=Inf" not in str(verb.morph):
        return False
    causing = verb.head.lemma_.lower()
    # « fit asseoir l'accusé », « fit monter le notaire »: whom someone makes do something is there
    return causing == "faire" or verb.lemma_.lower() in ARRIVING_VERBS and causing in PERCEIVING_OR_CAUSING_VERBS


def _is_subject(doc: "Doc", name: Name) -> bool:
    """Whether a name is (or stands in apposition to) its clause's subject: « Le président
    renversé Mohamed Bazoum s'est exprimé » makes Bazoum the one « il » then refers to."""
    for i in range(name.first, name.last):
        token = doc[i]
        for _ in range(3):
            # (« — Mais mon héritier, c'est ma cousine Cécile » in a line presents no one acting)
            if token.dep_.startswith("nsubj") or _presented(token, expletive=not _in_line(token)):
                return True
            if token.dep_ not in _NAME_ATTACHMENTS or token.head == token or token.dep_ == "nmod" and any(
                    c.dep_ == "case" for c in token.children):
                break  # « Les dames de Courville venaient »: the ladies are the subject, not Courville
            token = token.head
    first = name.first - len(name.civility.split())
    if first >= 2 and doc[first - 1].lower_.replace("’", "'") in ("de", "d'", "du") and doc[first - 2].pos_ == "NOUN" \
            and not title_and_de_before(doc, first):  # but « M. de Coutelier », « le baron de Kelweingstein »
        return False  # « Les dames de Courville venaient »: the name completes the subject noun
    following = doc[name.last] if name.last < len(doc) else None
    if following is not None and following.is_lower and following.is_alpha and following.pos_ not in ("DET", "ADP") \
            and doc[name.first].sent.root.i in range(first, name.last):
        return True  # « Frédéric pâlit. », « M. Tissot toussa. »: the parser, finding no verb, made the name the root
    # « Pauline l'embrassa », with « Pauline » parsed as an object: a name, clitics, then a verb;
    # « Ida, en se retrouvant en famille, changea de ton »: past a participle's aside
    after = past_participle_aside(doc, name.last, doc[name.first].sent.end)
    if after == name.last and after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("dont", "qui") \
            and not (first > 0 and doc[first - 1].lower_ in OF_WORDS):  # (« l'Aricie de Racine, qui aimait … »)
        # « Preston, dont la qualité dominante ne semblait point être le courage, parut respirer »:
        # past a relative clause between commas
        close = next((k for k in range(after + 2, min(doc[name.first].sent.end, after + 30)) if doc[k].text == ","), None)
        after = close + 1 if close is not None else after
    elif after == name.last and after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "DET" \
            and first == doc[name.first].sent.start:
        # « Mme Boche, la concierge, s'approcha d'elle »: past an apposition opening the sentence
        # with its subject (the parse took « Mme » for a vocative)
        close = next((k for k in range(after + 2, min(doc[name.first].sent.end, after + 8)) if doc[k].text == ","), None)
        if close is not None and all(doc[k].pos_ in ("DET", "NOUN", "ADJ", "ADP", "PROPN") for k in range(after + 1, close)):
            after = close + 1
    if after < len(doc) and doc[after].lower_ in EMPHATIC_PRONOUNS:
        after += 1  # « Dupont lui-même s'est exprimé », the parse making the pronoun the subject
    while after < len(doc) and doc[after].lower_.replace("’", "'") in CLITICS_BEFORE_VERB:
        after += 1
    following = doc[after] if after < len(doc) else None
    return following is not None and following.pos_ in ("AUX", "VERB") and following.i > following.sent.start \
        or _set_off_after_opening(doc, name)


def _set_off_after_opening(doc: "Doc", name: Name) -> bool:
    """« Une voisine, Josiane, 71 ans, est venue … »: a name set off by commas right after the
    noun phrase opening its sentence (a person's noun with its article), then asides between commas,
    then a finite verb: the subject, however the parse hung the noun (here, as a complement)."""
    sent = doc[name.first].sent
    comma = name.first - len(name.civility.split()) - 1
    if comma - 2 < sent.start or doc[comma].text != "," or comma - sent.start > 5:
        return False
    opening = doc[sent.start:comma]
    if opening[0].pos_ != "DET" or any(t.pos_ not in ("DET", "ADJ", "NOUN") for t in opening) or not any(
            t.pos_ == "NOUN" and t.is_lower and is_person_noun(t.text, listed_only=True) for t in opening[1:]):
        return False
    i = name.last
    for _ in range(3):  # past « 71 ans, », « mère de trois enfants, »
        if i + 1 >= sent.end or doc[i].text != ",":
            return False
        if doc[i + 1].pos_ in ("AUX", "VERB") and doc[i + 1].morph.get("VerbForm") == ["Fin"]:
            return True
        close = next((k for k in range(i + 1, min(sent.end, i + 9)) if doc[k].text in (",", ";", ":", ".")), None)
        if close is None or doc[close].text != "," or any(
                doc[k].morph.get("VerbForm") == ["Fin"] or doc[k].lower_ in ("qui", "que", "dont") for k in range(i + 1, close)):
            return False
        i = close
    return False



def _apposition(doc: "Doc", name: Name) -> str | None:
    """« X, ministre polonais, » -> "ministre polonais" (an NP right after a comma)."""
    i = name.last
    if i >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1
    end = start
    while end < len(doc) and end - start < 10:
        token = doc[end]
        if token.text in (",", ".", ";", ":", "»", "«", "(", ")") or "\n" in token.text:
            break
        if token.lower_ in ("qui", "que", "qu'", "qu’", "dont"):
            return None
        if token.pos_ in ("VERB", "AUX"):
            break
        end += 1
    if end == start:
        return None
    words = [t.lower_ for t in doc[start:end]]
    if not any(w in PERSON_TITLES for w in words[:3]):
        return None
    return doc[start:end].text


def _title_opening_before(doc: "Doc", name: Name) -> tuple[str, str] | None:
    """« La présidente de la République, Ameenah Gurib-Fakim, a … », « Le préfet du Littoral, Alain
    Orounla, s'est exprimé »: the noun phrase opening the sentence, a title with its complement,
    set off before the name; its role and the gender its article or form says."""
    comma = name.first - 1
    sent_start = doc[name.first].sent.start
    if comma - 2 < sent_start or doc[comma].text != "," or comma - sent_start > 9:
        return None
    words = doc[sent_start:comma]
    if words[0].lower_ not in ("le", "la", "l'", "l’") or words[1].lower_ not in PERSON_TITLES:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "«", "»") or t.ent_type_ == "PER" for t in words):
        return None
    title = words[1].lower_
    gender = "f" if title in FEMININE_TITLES else ARTICLE_GENDER.get(words[0].lower_, "")
    return words[1:].text, gender


def _civility_word_gender(doc: "Doc", name: Name) -> str:
    """« la citoyenne Rochemaure », « le baron Templier »: the gender of a civility in lower case
    right before a name the model's entity left it out of ('' when there is none)."""
    if name.civility or name.first == 0:
        return ""
    word = doc[name.first - 1]
    return CIVILITIES.get(word.lower_, "") if word.is_lower else ""


def _apposed_name_after(token: "Token", names: list[Name]) -> Name | None:
    """The person's name set off by commas right after the noun ``token`` (« Son oncle, le vieux
    docteur Morel, … »), past an article, adjectives and titles; None otherwise."""
    doc = token.doc
    k = token.i + 1
    subtree = {t.i for t in token.subtree}
    while k < len(doc) and k - token.i <= 6 and doc[k].text != "," and k in subtree and \
            doc[k].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
        k += 1  # « Le maire de Nantes, Johanna Rolland, »: past the title's complement
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    start = k
    while k < len(doc) and k - start < 4 and doc[k].is_lower and (
            doc[k].pos_ in ("DET", "ADJ") or doc[k].lower_ in PERSON_TITLES):
        k += 1
    name = next((n for n in names if n.first - len(n.civility.split()) == k and n.label == "PER"), None)
    if name is None or name.last >= len(doc) or doc[name.last].text not in (",", ")"):
        return None
    return name


def _preceding_title(doc: "Doc", name: Name) -> str | None:
    """« le président français Emmanuel Macron » -> "président français", « le ministre de la
    Santé Roman Prymula » -> "ministre de la Santé"."""
    i = name.first - 1
    portfolio = _portfolio_before(doc, name.first)
    if portfolio is not None:
        return doc[portfolio:name.first].text
    words = []
    while i >= 0 and len(words) < 4 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].text[:1].islower():
        words.insert(0, doc[i])
        i -= 1
    while len(words) > 1 and words[0].pos_ == "ADJ" and words[0].lower_ not in PERSON_TITLES:
        words.pop(0)  # « le vieux docteur Morel »: the title is « docteur »
    if words and words[0].lower_ in PERSON_TITLES and all(
            t.pos_ != "NOUN" or is_person_noun(t.text) for t in words[1:]):  # not « sa première visite Firmin »
        if i >= 0 and doc[i].lower_ in OFFICE_RANK_WORDS:
            words.insert(0, doc[i])  # « le Premier ministre Andrej Babiš »: the rank says the office
        return " ".join(t.text for t in words)
    return None


def _portfolio_before(doc: "Doc", i: int) -> int | None:
    """Where « ministre de la Santé », « Premier ministre de l'Intérieur » starts, when it ends right
    before token i: a title, « de » and an article, a capitalised word and its adjectives."""
    k = i - 1
    while k >= 0 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ == "ADJ":
        k -= 1  # « Affaires étrangères », « Éducation nationale »
    if k < 2 or not doc[k].text[:1].isupper() or doc[k].pos_ != "NOUN":
        return None  # a common noun, capitalised: not « le marquis de La Seiglière »
    k -= 1
    if doc[k].lower_ in ("la", "l'", "l’"):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("de", "d'", "d’", "du", "des") or doc[k - 1].lower_ not in PERSON_TITLES \
            or doc[k - 1].lower_ in NOBLE_TITLES:
        return None
    k -= 1
    if k > 0 and doc[k - 1].lower_ in OFFICE_RANK_WORDS:
        k -= 1
    return k


def _described_pair(token: "Token") -> bool:
    """One of two people described and joined by « et » as a subject (« Le comte et la comtesse
    se promenaient »): both act, and a pronoun after them that fits both is neither for sure."""
    if token.dep_ == "conj" and token.head.dep_.startswith("nsubj") and token.head.pos_ == "NOUN":
        token = token.head
    return token.dep_.startswith("nsubj") and token.pos_ == "NOUN" and is_person_noun(token.text, listed_only=True) \
        and any(c.dep_ == "conj" and c.pos_ == "NOUN" and is_person_noun(c.text, listed_only=True)
                and any(g.lower_ == "et" for g in c.children) for c in token.children)


def _head_noun(tokens: list, incise: bool = False) -> int | None:
    """Index of the noun after the determiner, past up to two adjectives (« un autre salarié »);
    ``incise``: the inverted subject of a dialogue incise, where a word the tagger took for an
    infinitive after an article is a noun (« — Oui, fit le mauser »)."""
    if incise and len(tokens) > 1 and tokens[0].lower_ in ("le", "la", "l'", "l’") and tokens[1].pos_ == "VERB" \
            and tokens[1].morph.get("VerbForm") == ["Inf"]:
        return 1
    for index in range(1, min(4, len(tokens))):
        last = index == len(tokens) - 1 or tokens[index + 1].pos_ not in ("NOUN", "PROPN")
        # « le laquais » tagged a verb, « la vieille servante » an adjective: a listed person noun
        mistagged_person = (tokens[index].pos_ == "VERB" or tokens[index].pos_ == "ADJ" and last) and \
            is_person_noun(tokens[index].text, listed_only=True)
        if index > 1 and tokens[index].lower_.endswith("ant") and is_participle(tokens[index].text) and \
                is_person_noun(tokens[index - 1].text, listed_only=True):
            return index - 1  # « la vieille claquant des dents »: the participle is what she does
        if tokens[index].pos_ == "NOUN" or "VerbForm=Part" in str(tokens[index].morph) or mistagged_person or (
                tokens[index].pos_ in ("PROPN", "ADJ") and last and is_demonym(tokens[index].text)):
            return index  # a participle after a determiner is a noun: « un retenu », « les blessés »
        if incise and last and tokens[index].pos_ == "ADJ" and tokens[index].is_lower and tokens[index].is_alpha \
                and tokens[0].lower_ in ("le", "la", "l'", "l’"):
            return index  # « répondit le savant », « demanda le grand industriel »: the subject's noun
        if last and tokens[index].pos_ == "ADJ" and tokens[0].lower_ in ("ce", "cet", "cette") and \
                is_person_noun(tokens[index].text):
            return index  # « raconte cette généraliste »: a demonstrative makes the word a noun
        if tokens[index].pos_ != "ADJ" and not (tokens[index].pos_ == "NUM" and tokens[index].is_alpha
                                                and tokens[index].is_lower and not tokens[index].like_num):
            return None  # (« le pauvre baron » with « pauvre » tagged a numeral is an adjective)
    return None


def _description(tokens: list) -> str:
    """« une voyageuse rencontrée gare de Lyon » -> "une voyageuse": determiner, noun, adjectives."""
    head = _head_noun(tokens) or 1
    # « un marin-pêcheur »: a hyphenated noun the tokenizer split is one word
    while head + 1 < len(tokens) and not tokens[head].whitespace_ and (
            tokens[head + 1].text in ("-", "‑") or tokens[head].text in ("-", "‑")):
        head += 1
    if head + 2 < len(tokens) and tokens[head + 1].lower_ in ("de", "d'", "d’") and tokens[head + 2].pos_ == "NOUN" \
            and tokens[head + 2].is_lower:
        head += 2  # « la femme de chambre », « l'homme d'affaires »: a noun with its bare complement is one
    words = [t.text.lower() if t.pos_ == "DET" or i == 0 else t.text for i, t in enumerate(tokens[: head + 1])]
    for token in tokens[head + 1 : head + 4]:
        if token.pos_ != "ADJ" or is_verb_like(token.text):
            break  # « s'écria le chasseur étonné », « la vieille claquant des dents »: a state of the
            # moment; « Le père sourit »: a verb the tagger took for an adjective
        words.append(token.text)
    # « l'aveugle », « d'autres »: no space after an elided word, none around a hyphen
    return " ".join(words).replace("' ", "'").replace("’ ", "’").replace(" - ", "-").replace(" ‑ ", "‑")


def _noun_phrase(doc: "Doc", subject: Subject) -> str:
    tokens = [t for t in doc[subject.first : subject.last] if not t.is_space]
    while tokens and tokens[0].pos_ == "DET":
        tokens.pop(0)
    return " ".join(t.text for t in tokens[:8]).replace("’ ", "’").replace("' ", "'")


# ---------------------------------------------------------------------------------------------
ProgressCallback = Callable[[Engine, int, int], None]


def analyse(article: "Article", nlp: "Language | None" = None, progress: ProgressCallback | None = None,
            batch_size: int = PIPE_BATCH_SIZE) -> Analysis:
    """Analyse a whole article. `progress(engine, done, total)` is called after every Doc."""
    engine = Engine(article)
    if engine.language != "fr":
        return engine.snapshot(complete=True)  # French rules on another language attribute nonsense
    if nlp is None:
        from tui.analysis.nlp import load_pipeline

        nlp = load_pipeline()
    units = units_of(article)
    for unit, doc in zip(units, _pipe(nlp, units, batch_size)):
        engine.feed(unit, doc)
        if progress is not None:
            progress(engine, engine.units_done, len(units))
    return engine.snapshot(complete=True)


def _pipe(nlp: "Language", units: list[Unit], batch_size: int) -> Iterable["Doc"]:
    return nlp.pipe((u.text for u in units), batch_size=batch_size)
