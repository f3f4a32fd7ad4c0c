"""Who is who: the people, bodies and governments of an article, and how mentions resolve to them.

Full names, initial and surname forms (« S. Choïgou » = « Sergueï Choïgou »), pronouns (to the
last compatible person in focus), descriptions (« le ministre ukrainien » to the person whose role
shares title and nationality), and places or buildings speaking for a government (« Kiev »,
« le Kremlin »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tui.analysis.lang.people import (BROAD_TITLES, CIVILITIES, CIVILITY_MARRIED, PROFESSION_TITLES, FEMININE_TITLES, MASCULINE_OF_TITLE, MASCULINE_ONLY_TITLES,
                                     NATIONAL_OFFICES, OFFICE_RANK_WORDS, PERSON_TITLES, RANK_TITLES, SPOUSE_DESCRIPTIONS, TITLE_SYNONYMS,
                                     VOICE_NOUNS)
from tui.analysis.lang.places import METONYMS
from tui.analysis.lang.bodies import ORG_TYPE_NOUNS
from tui.analysis.person_index import PersonIndex
from tui.analysis.vocabulary import country_of_place, first_name_gender, fold, known_first_name_gender, nationality

# A pronoun refers to a person seen in its own paragraph or the one before, not further back;
# in a novel two paragraphs back (a line of dialogue between: measured on dev/fiction, 3 named
# more wrong people than right ones)
PRONOUN_REACH = 1
NARRATIVE_PRONOUN_REACH = 2
TITLE_CALL_REACH = 10  # paragraphs: a scene, in which « capitaine » still calls its one captain
# … or within this many characters: dialogue lines are short paragraphs
PRONOUN_REACH_CHARS = 400
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?$")


@dataclass(eq=False)  # entries are compared by identity: one object per person (and it is fast)
class Entry:
    """One person, organisation or government, with everything the article says of it."""

    key: str
    kind: str  # person, organisation, government, group
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str = ""  # "m", "f" or "" (unknown)
    countries: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    nicknames: list[str] = field(default_factory=list)  # « Mlle Fifi »: what others call them
    epithets: set[str] = field(default_factory=set)  # « actrice »: what the narration says they are
    country: str = ""  # for governments
    speaker_id: str | None = None  # set once the entry is credited with a quote
    last_seen: int = -1  # the unit (paragraph) where it was last mentioned
    last_seen_at: int = -1  # and where that unit starts in the text
    paired: bool = False  # last mentioned as one of two people joined by « et »
    mentioned_in: int = -1  # the sentence of the last mention
    subject_in: int = -1  # and of the last mention as a subject
    acted_in: int = -1  # the sentence of the last mention outside the words of a dialogue line
    first_acted_in: int = -1  # and of the first
    spoken_of_in: int = -1  # and of the last inside them (see `Registry.mentioned`)
    members: list["Entry"] = field(default_factory=list)  # a group: « Bouvard et Pécuchet »
    family: str = ""  # the family name a first-name-only person bears (« leur fille, Marthe »), folded
    size: int = 0  # a group described by its number (« deux hommes ») before its members are known
    since: int = -1  # the unit where such a group was introduced
    document: bool = False  # a text speaking for itself (« une lettre annonça … »), no one in a story
    first_seen: int = -1  # the unit (paragraph) where the entry was made
    _folded: tuple[int, frozenset[str]] = field(default=(0, frozenset()), repr=False)

    def folded_names(self) -> frozenset[str]:
        """The names folded (« madame » for « Madame »), kept until a name is added: names only
        ever grow, and every lookup of a name in a long novel scans every person."""
        if self._folded[0] != len(self.names):
            self._folded = (len(self.names), frozenset(fold(k) for k in self.names))
        return self._folded[1]

    @property
    def name(self) -> str:
        """The fullest form seen: most words, full first names before initials; a single name with
        its civility (« madame François », not « François »), a fuller one without (« Henri
        Bouvard », not « M. Henri Bouvard »); of equals, the first seen."""
        def rank(name: str) -> tuple[int, int, bool]:
            words = [w for w in name.split() if w.lower() not in CIVILITIES]
            return (sum(1 for w in words if not _INITIAL.match(w)), len(words), _has_civility(name) == (len(words) == 1))

        if self.kind == "government":
            base = max(self.names, key=len) if self.names else self.country
            return base if fold(base) == fold(self.country) else f"{base} ({self.country})"
        if self.kind == "group":
            # « les deux amis (Bouvard et Pécuchet) »: how the text calls them, then who they are
            members = [m.name for m in self.members]
            if not members:
                return self.names[0] if self.names else self.key
            joined = ", ".join(members[:-1]) + " et " + members[-1]
            return f"{self.names[0]} ({joined})" if self.names else joined
        base = max(self.names, key=rank) if self.names else self.key
        # « Wilhem d'Eyrik « Mlle Fifi » »: the name, then what the story calls them
        return f"{base} « {self.nicknames[0]} »" if self.nicknames else base

    @property
    def aliases(self) -> list[str]:
        main = self.name
        return [n for n in dict.fromkeys(self.names + self.nicknames) if n != main]

    def add_role(self, role: str) -> None:
        role = role.strip(" ,")
        if not role or role in self.roles:
            return
        self.roles.append(role)
        for word in role.replace("’", "'").split():
            country = nationality(word.strip(",.")) or country_of_place(word.strip(",."))
            if country:
                self.countries.add(country)
        for word in role.replace("’", "'").replace("d'", "de ").split():
            if word.lower() in METONYMS:
                self.countries.add(METONYMS[word.lower()])
        self.titles.update(_titles_in(role))
        if not self.gender:
            first = role.split()[0].lower() if role.split() else ""
            if first in FEMININE_TITLES or role.lower().startswith(("la ", "l'ancienne", "sa ")):
                self.gender = "f"
            elif first in MASCULINE_ONLY_TITLES:
                self.gender = "m"


def _titles_in(text: str) -> set[str]:
    lowered = text.lower().replace("’", "'")
    titles = {w for w in re.split(r"[\s,]+", lowered) if w in PERSON_TITLES}
    for phrase, meaning in TITLE_SYNONYMS.items():
        if phrase in lowered and re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lowered):
            titles.update(meaning.split()[:1])
    # feminine and masculine forms of a title are one title
    return {MASCULINE_OF_TITLE.get(t, t) for t in titles}




_FOLDED_CIVILITIES = frozenset(fold(c) for c in CIVILITIES)  # « mere » for « mère »


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    words = tuple(fold(name).replace("-", " ").split())
    return words[1:] if len(words) > 1 and words[0] in _FOLDED_CIVILITIES else words


@lru_cache(maxsize=65536)
def same_person(known: str, name: str) -> bool:
    """Whether two forms name one person: equal, one ending the other (« Choïgou »,
    « Villeroy de Galhau »), an initial standing for a first name (« S. Choïgou »), or a first
    name alone (« Jeanne » for « Jeanne Morel »)."""
    a, b = _name_words(known), _name_words(name)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_[-len(short):] == short and not _is_initial(long_[0]):
        return True
    # initials: « s. choigou » ~ « sergueï choigou » (same length, first letters agree)
    if len(a) == len(b) and a[1:] == b[1:] and (_is_initial(a[0]) or _is_initial(b[0])):
        return a[0][0] == b[0][0]
    # « Jeanne » for « Jeanne Morel », but « Mme Morel » or « baron de Kelweingstein » never stand
    # for a first name
    return not _has_civility(known) and not _has_civility(name) and _first_name_of(short, long_)


@lru_cache(maxsize=16384)
def _has_civility(name: str) -> bool:
    return bool(name.split()) and name.split()[0].lower() in CIVILITIES


def _first_name_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """« Jeanne » for « Jeanne Morel »: a first name alone stands for the person it begins."""
    return len(short) == 1 and len(long_) == 2 and long_[0] == short[0] and len(short[0]) > 2 \
        and not _is_initial(short[0])


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or bool(re.fullmatch(r"\w\.(?:\w\.)+", word))


def _a_womans_names(names: list[str], surname: list[str]) -> bool:
    """« Clarisse Manot », « Clarisse », « Mme Manot »: names that all say a woman, one of them with
    this surname after her first name."""
    def womans(name: str) -> bool:
        words = _name_words(name)
        return CIVILITIES.get(name.split()[0].lower()) == "f" or bool(words) and words != surname and \
            not _has_civility(name) and known_first_name_gender(words[0]) == "f"
    return all(womans(k) for k in names) and any(len(_name_words(k)) > 1 and _name_words(k)[-1:] == surname
                                                 for k in names)


def _other_marriage(name: str, entry: Entry) -> bool:
    """Whether the name's civility says a married woman and the entry's an unmarried one, or the
    other way round (and none of its names says the same as the name's)."""
    married = CIVILITY_MARRIED.get(name.split()[0].lower()) if name.split() else None
    if married is None:
        return False
    known = {CIVILITY_MARRIED.get(k.split()[0].lower()) for k in entry.names if k.split()} - {None}
    return bool(known) and married not in known


def _split_name(name: str) -> tuple[str, str]:
    """(first-name part, surname) of a person's name; « M. Brun » has no first name."""
    words = name.replace("’", "'").split()
    if len(words) > 1 and words[0].lower() in CIVILITIES:
        words = words[1:]
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


def _is_voice(entry: Entry) -> bool:
    """« une voix », « la voix de l'Espagnol »: a speaker the text did not say, whom no pronoun stands for."""
    return entry.key.startswith("anonymous:") and bool(entry.names) and \
        any(word in VOICE_NOUNS for word in fold(entry.names[0]).replace("'", " ").split()[:2])


def name_gender_guess(entry: Entry) -> str:
    """The gender a person's first name suggests by its ending (« Angèle », « Firmin »), too weak
    to record but enough to refuse a pronoun of the other gender."""
    words = [w for w in (entry.names[0].split() if entry.names else []) if w.lower() not in CIVILITIES]
    return first_name_gender(words[0]) if words and not entry.key.startswith("anonymous:") else ""


def _titled_surname(name: str) -> bool:
    """« maître Caradec », « le docteur Augagne »: a surname after a title of a profession."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in PROFESSION_TITLES


class Registry:
    """The entries of one article, in order of appearance, and the focus for pronouns."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._persons: list[Entry] = []
        self._index = PersonIndex(_name_words, _is_initial)  # persons by the words of their names
        self._by_key: dict[str, list[Entry]] = {}
        self._bearers: dict[str, list[Entry]] = {}  # epithet -> the persons said to be one
        self._groups: list[Entry] = []  # people who act or speak together
        self._focus: list[Entry] = []  # persons, most recent last: subjects and speakers
        self._mentioned: list[Entry] = []  # persons, most recent last: any mention
        self.unit = 0  # the paragraph being read, for how recent a mention is
        self.position = 0  # where that paragraph starts in the text
        self.sentence = 0  # the sentence being read, counted over the article
        self.subject_first = False  # a novel: the subject of a sentence outweighs its objects for « il »
        self.pronoun_reach = PRONOUN_REACH  # paragraphs; the engine sets the narrative reach in novels

    def new_story(self) -> None:
        """A new story of a collection begins: nobody is in focus any more (the people stay
        known, so a name that comes back is still recognised)."""
        self._focus.clear()
        self._mentioned.clear()

    # -- creating and finding entries ------------------------------------------------------
    def person(self, name: str) -> Entry:
        """The person a name refers to, created on first mention. Later forms merge with it:
        « S. Choïgou » and « Choïgou » with « Sergueï Choïgou », « M. Villeroy de Galhau » with
        « François Villeroy de Galhau »; the most recent match wins."""
        civility_gender = CIVILITIES.get(name.split()[0].lower(), "") if name.split() else ""
        words = _name_words(name)
        ambiguous: set[int] = set()
        if len(words) == 1 and not _has_civility(name):  # « Jean » with Jean Dupont and Jean Martin: neither
            by_first_name = [e for e in self._index.candidates(name) if any(_first_name_of(words, _name_words(k))
                                                             and not _has_civility(k) for k in e.names)]
            ambiguous = {id(e) for e in by_first_name} if len(by_first_name) > 1 else set()
        if self.subject_first and len(words) == 1 and not _has_civility(name):
            bare = self._bare_surname(name)
            if bare is not None:
                return bare
        if self.subject_first:
            # in a novel, the one already called exactly so (« M. Eyssette », the father, after
            # « Daniel Eyssette », his son, came in; « Madame » or « madame »)
            folded = fold(name)
            exact = [e for e in self._index.candidates(name) if folded in e.folded_names()]
            if len(exact) == 1:
                return exact[0]
            by_first_name = self._first_name_alone(name)
            if by_first_name is not None:
                return by_first_name
        for entry in self._index.candidates(name):
            if any(same_person(nickname, name) for nickname in entry.nicknames):
                return entry  # « Mlle Fifi » is the marquis, whatever « Mlle » says of a gender
            if id(entry) in ambiguous and not any(_name_words(k) == words for k in entry.names):
                continue
            if any(same_person(known, name) for known in entry.names):
                if civility_gender and entry.gender and entry.gender != civility_gender:
                    continue  # « Mme de Courville » is not « M. de Courville »
                if civility_gender and any(known_first_name_gender(_split_name(k)[0]) not in ("", civility_gender)
                                           for k in entry.names):
                    continue  # « Mrs. Weldon » is not « James W. Weldon », her husband
                if _other_marriage(name, entry):
                    continue  # « Mme de Malepeire » is not « Mlle de Malepeire », her daughter
                if self.subject_first and len(words) > 1 and not _has_civility(name) and not _is_initial(words[0]) \
                        and all(_has_civility(k) and len(_name_words(k)) == 1 for k in entry.names):
                    continue  # a novel's « Daniel Eyssette », after « M. Eyssette »: maybe his son
                if not civility_gender and entry.gender in ("m", "f") and \
                        known_first_name_gender(_split_name(name)[0]) not in ("", entry.gender):
                    continue  # « Joseph Gamelin » is not « la veuve Gamelin »
                if len(words) == 1 and not _has_civility(name) and entry.names and \
                        (all(CIVILITIES.get(k.split()[0].lower()) == "f" for k in entry.names)
                         or self.subject_first and _a_womans_names(entry.names, words)) and \
                        (self.subject_first or any(name in e.names for e in self._index.candidates(name) if e is not entry)):
                    # a novel's « Barberin » is not « mère Barberin » but her husband, « Manot » not
                    # « Clarisse Manot »; nor, anywhere, when someone else is already called « Barberin »
                    continue
                if self.subject_first and _titled_surname(name) != all(_titled_surname(k) for k in entry.names) and (
                        civility_gender or any(CIVILITIES.get(k.split()[0].lower()) for k in entry.names)):
                    # a novel's « maître Caradec », the notary, and « Mme Caradec », his wife: one
                    # family, two people
                    continue
                if civility_gender == "f" and self.subject_first and not entry.gender and \
                        all(len(_name_words(k)) == 1 and not _has_civility(k) for k in entry.names):
                    # a novel calls a man by his surname alone and his wife or daughter « Mme » or
                    # « Mlle » (« Forestier » … « une amie de Mme Forestier »): two people
                    entry.gender = "m"
                    continue
                if name not in entry.names:
                    entry.names.append(name)
                if civility_gender and not entry.gender:
                    entry.gender = civility_gender
                self._note_gender(entry, _split_name(name)[0])
                return entry
        first, surname = _split_name(name)
        entry = Entry(key="person:" + fold(surname), kind="person", names=[name])
        entry.gender = civility_gender
        self._note_gender(entry, first)
        if not first and not entry.gender and len(name.split()) == 1:
            # « Rachel », « Jacques », « Marie-Aimée » alone
            entry.gender = known_first_name_gender(surname)
        self._add(entry)
        self._persons.append(entry)
        self._index.add(entry)
        return entry

    def called_alone(self, word: str) -> Entry | None:
        """The one person already called by this single word (« Rodolphe »), if exactly one."""
        key = fold(word)
        holders = [e for e in self._index.candidates(word) if key in e.folded_names()]
        return holders[0] if len(holders) == 1 else None

    def called_without_civility(self, word: str) -> Entry | None:
        """The one person already called by this single word, a civility or kin title aside
        (« Ursule » for « la tante Ursule »), if exactly one."""
        key = fold(word)
        holders = [e for e in self._index.candidates(word) if any(_name_words(n) == (key,) for n in e.names)]
        return holders[0] if len(holders) == 1 else None

    def _first_name_alone(self, name: str) -> Entry | None:
        """In a novel, « Paul Mirmont » when « Paul » and « Mirmont » are two people met so far: the
        one called by that first name, as a surname alone is a family's (his brother Jacques is
        « Mirmont »); with a civility of that person's gender too (« Monsieur Léopold Massereau »,
        the boy Léopold, not « M. Massereau », his uncle). None when no one, or more than one, bears
        the first name alone."""
        words = _name_words(name)
        if len(words) < 2 or _is_initial(words[0]):
            return None
        first = words[:1]
        alone = [e for e in self._index.ending_with(words[0]) if any(_name_words(k) == first and not _has_civility(k) for k in e.names)]
        if len(alone) != 1 or any(_name_words(k)[-1:] != words[-1:] and len(_name_words(k)) > 1 for k in alone[0].names):
            return None  # « Paul » known as « Paul Dubois » too: not this Paul
        civility_gender = CIVILITIES.get(name.split()[0].lower(), "") if _has_civility(name) else ""
        if civility_gender and (alone[0].gender or known_first_name_gender(words[0])) not in ("", civility_gender):
            return None
        others = [e for e in self._index.candidates(name) if e is not alone[0] and any(same_person(k, name) for k in e.names)]
        if not others:
            return None  # nobody else it could be: as usual
        entry = alone[0]
        entry.names.append(name)
        return entry

    def _bare_surname(self, name: str) -> Entry | None:
        """In a novel, a surname alone that fits a man and a woman (« Walter » with « M. Walter »
        and « Mme Walter »): the man, as a novel names the woman with her civility; None to go on
        as usual (one candidate, none, or several men)."""
        words = _name_words(name)
        fitting = [e for e in self._index.ending_with(words[0]) if any(_name_words(k)[-1:] == words for k in e.names)
                   and not any(same_person(n, name) for n in e.nicknames)]
        if len(fitting) < 2:
            return None
        men = [e for e in fitting if e.gender != "f"]
        if len(men) != 1:
            return None  # two brothers, or no man: as usual, the most recent
        entry = men[0]
        if name not in entry.names:
            entry.names.append(name)
        return entry

    def is_known_person(self, name: str) -> bool:
        """Whether a form names a person already met (« Pierre » after « Pierre Morel »)."""
        return any(same_person(known, name) for entry in self._index.candidates(name)
                   for known in entry.names + entry.nicknames)

    def government(self, surface: str, country: str) -> Entry:
        key = "government:" + fold(country)
        surface = _strip_article(surface)
        for entry in self._by_key.get(key, []):
            if surface not in entry.names:
                entry.names.append(surface)
            return entry
        entry = Entry(key=key, kind="government", names=[surface], country=country)
        self._add(entry)
        return entry

    def organisation(self, name: str) -> Entry:
        name = _strip_article(name)
        key = "organisation:" + fold(name)
        for entry in self._by_key.get(key, []):
            return entry
        entry = Entry(key=key, kind="organisation", names=[name])
        self._add(entry)
        return entry

    def typed_organisation(self, type_noun: str, demonstrative: bool = False) -> Entry | None:
        """« l'ONG », « cette organisation »: the latest organisation introduced with that noun;
        a demonstrative also takes the latest organisation of any kind."""
        organisations = [e for e in reversed(self.entries) if e.kind == "organisation"]
        typed = next((e for e in organisations if type_noun in e.titles), None)
        if typed is not None:
            return typed
        if demonstrative:
            return organisations[0] if organisations else None
        # « Enedis a prépositionné 3 000 techniciens. « … », reconnaît l'entreprise »: the one
        # organisation seen in this paragraph or the one before, if nothing called it another kind
        recent = [e for e in organisations if self.unit - e.last_seen <= 1 and e.last_seen >= 0]
        if len(recent) == 1 and not recent[0].titles & ORG_TYPE_NOUNS:
            return recent[0]
        return None

    def anonymous(self, description: str, gender: str = "", same_as: str = "", new: bool = False) -> Entry:
        """Someone the article does not name (« une voyageuse », « le maire », « les manifestants »):
        one speaker per wording, so « le maire » twice is one person; `same_as` is a shorter wording
        that counts as the same (« le baron » for « le vieux baron »). ``new``: someone the text
        brings in (« Une vieille femme entra »), whom that wording means from then on."""
        key = "anonymous:" + fold(same_as or description)
        for entry in reversed(self._by_key.get(key, []) if not new else []):
            return entry
        entry = Entry(key=key, kind="person", names=[description], gender=gender, titles=_titles_in(description))
        self._add(entry)
        return entry

    def spouse_described(self, wife: Entry, since: int) -> Entry | None:
        """« Le docteur Lebrun et sa femme dînaient. … madame Lebrun posa sa fourchette »: the wife
        described before she is named (« sa femme », « son épouse », mentioned since unit `since`),
        when a man of her surname was mentioned since then too; None otherwise."""
        surname = self.surname_of(wife)
        if not surname or wife.gender != "f":
            return None
        husbands = [e for e in self.persons_seen_since(since) if e is not wife and e.gender != "f"
                    and any(_name_words(n)[-1:] == (surname,) for n in e.names)]
        spouses = [e for description in SPOUSE_DESCRIPTIONS
                   for e in self._by_key.get("anonymous:" + fold(description), []) if e.last_seen >= since]
        return spouses[-1] if husbands and len(spouses) == 1 else None

    def surname_of(self, entry: Entry) -> str:
        """The family name a person bears: stated (« leur fille, Marthe ») or the last word of a
        name of two words or more (« Mme Grangier »), folded; "" if unknown."""
        if entry.family:
            return entry.family
        for name in entry.names:
            words = _name_words(name)
            if len(words) >= 2 or len(words) == 1 and _has_civility(name):
                return words[-1]
        return ""

    def family_member(self, surname: str, gender: str, not_: Entry | None = None) -> Entry | None:
        """The one person of that family and gender named with a civility (« Mme Grangier »): whom
        « sa mère » stands for when « sa » is a Grangier."""
        found = [e for e in reversed(self._index.ending_with(surname)) if e is not not_ and e.gender == gender and any(
            _has_civility(n) and _name_words(n)[-1:] == (surname,) for n in e.names)]
        return found[0] if len(found) == 1 else None

    def group(self, members: list[Entry]) -> Entry:
        """Two or more people acting or speaking as one (« Bouvard et Pécuchet reprirent
        ensemble »), whom « ils » can then stand for: one entry per set of people."""
        same = self.groups_of(members)
        if same:
            return next((e for e in same if e.names), same[0])  # the one the text described, if any
        entry = Entry(key="group:" + "+".join(m.key for m in members), kind="group", gender="pl",
                      members=list(members))
        self._add(entry)
        self._groups.append(entry)
        return entry

    def groups_of(self, members: list[Entry]) -> list[Entry]:
        """The groups of exactly these people."""
        if not members:
            return []
        return [e for e in self._groups if len(e.members) == len(members) and all(m in e.members for m in members)]

    def described_group(self, description: str, size: int) -> Entry:
        """« Deux hommes parurent »: a group known by its number, whose members the text names later."""
        key = "group:" + fold(description)
        for entry in self._by_key.get(key, []):
            return entry
        entry = Entry(key=key, kind="group", gender="pl", names=[description], size=size, since=self.unit)
        self._add(entry)
        self._groups.append(entry)
        return entry

    def group_in_focus(self, size: int) -> Entry | None:
        """« les deux amis », « tous deux »: the group of that many people « ils » would stand for."""
        entry = self.resolve_pronoun("pl")
        if entry is None or entry.kind != "group":
            return None
        return entry if len(entry.members) == size or not entry.members and entry.size == size else None

    def refresh_groups(self) -> None:
        """A paragraph that mentions every member of a group keeps the group in reach for « ils »
        (« Bouvard lisait ; Pécuchet prenait des notes. ¶ Ils … »)."""
        for entry in self._groups:
            if entry.members and entry.last_seen < self.unit and all(m.last_seen == self.unit for m in entry.members):
                self.mentioned(entry, as_subject=True)

    def group_among(self, present: list[Entry]) -> Entry | None:
        """The one known group all of whose members are among the people present, if only one is."""
        groups = [e for e in self._groups if e.members and all(m in present for m in e.members)]
        return groups[0] if len(groups) == 1 else None

    def complete_group(self, entry: Entry, present: list[Entry]) -> None:
        """« Deux hommes parurent … Bouvard … Pécuchet »: a group known by its number takes as its
        members the persons named since, when they are exactly that many."""
        if entry.kind != "group" or entry.members or not entry.size:
            return
        if len(present) == entry.size and all(p.kind == "person" for p in present):
            entry.members = list(present)

    def merge(self, keep: Entry, gone: Entry, nickname: bool = False) -> None:
        """Two entries turn out to be one person (« ses camarades ne l'appelaient plus que Mlle
        Fifi », « Cet enfant s'appelait Messager »): `gone`'s names, roles and place in focus pass
        to `keep`, and `gone` is forgotten. A nickname keeps `keep`'s gender; a description
        (« la voyageuse ») becomes a role."""
        if keep is gone:
            return
        for name in gone.names:
            if nickname:
                if name not in keep.nicknames:
                    keep.nicknames.append(name)
            elif gone.key.startswith("anonymous:"):
                keep.add_role(name)
            elif name not in keep.names:
                keep.names.append(name)
        if not keep.gender and not nickname:
            keep.gender = gone.gender
        keep.titles |= gone.titles
        for word in gone.epithets:
            self.add_epithet(keep, word)
            self._bearers[word] = [e for e in self._bearers[word] if e is not gone]
        keep.countries |= gone.countries
        if keep.speaker_id is None:
            keep.speaker_id = gone.speaker_id
        if gone.last_seen > keep.last_seen:
            keep.last_seen, keep.last_seen_at = gone.last_seen, gone.last_seen_at
        if gone.first_acted_in >= 0 and (keep.first_acted_in < 0 or gone.first_acted_in < keep.first_acted_in):
            keep.first_acted_in = gone.first_acted_in  # seen acting under either name
        for items in (self._focus, self._mentioned):
            if gone in items:
                at = items.index(gone)
                if keep in items and items.index(keep) > at:
                    items.remove(gone)
                else:
                    items[at] = keep
                    if items.count(keep) > 1:
                        items.remove(keep)  # the earlier place
        for items in (self.entries, self._persons):
            if gone in items:
                items.remove(gone)
        self._index.discard(gone)
        self._by_key[gone.key] = [keep]
        if gone in self._groups:
            self._groups.remove(gone)
        for entry in self._groups:
            entry.members = list(dict.fromkeys(keep if m is gone else m for m in entry.members))

    def last_subject(self, named: bool = False) -> Entry | None:
        """Who came into focus last: the last subject or speaker; with `named`, the last person
        the text names (not « ton père », not a group)."""
        if not named:
            return self._focus[-1] if self._focus else None
        return next((e for e in reversed(self._focus) if e.kind == "person" and not e.key.startswith("anonymous:")), None)

    def persons_seen_since(self, unit: int) -> list[Entry]:
        """The single persons mentioned since a unit (paragraph), in order of last mention."""
        return [e for e in self._mentioned if e.last_seen >= unit and e.gender != "pl"]

    def last_mentioned(self, gender: str = "", not_: tuple[Entry, ...] = ()) -> Entry | None:
        """The person mentioned last, of that gender or of none known, within a pronoun's reach:
        who an object clitic (« on l'appelait … ») most likely stands for."""
        entry = next((e for e in reversed(self._mentioned) if e not in not_ and e.gender != "pl"
                      and (not gender or e.gender in (gender, ""))), None)
        if entry is None or self.unit - entry.last_seen > self.pronoun_reach:
            return None
        return entry

    def kin_titled(self, kin: str) -> Entry | None:
        """The one person the story calls by this kin title before their name (« la mère » for
        « la mère Gaudin », « le père » for « le père Absinthe »), seen in the scene; None when
        nobody is, or more than one."""
        return self._one_in_scene([e for e in self.entries if e.kind == "person" and any(
            fold(n).split()[:1] == [fold(kin)] and len(n.split()) >= 2 for n in e.names)])

    def title_bearer(self, title: str) -> Entry | None:
        """The one person who holds this title, seen in the scene (« — Merci, docteur. » calls the
        doctor of the scene); None when nobody does, or more than one."""
        title = MASCULINE_OF_TITLE.get(title, title)
        return self._one_in_scene([e for e in self.entries if e.kind == "person" and title in e.titles])

    def _one_in_scene(self, bearers: list[Entry]) -> Entry | None:
        """The only one of ``bearers``, if seen within a scene's reach (TITLE_CALL_REACH)."""
        if len(bearers) != 1 or self.unit - bearers[0].last_seen > TITLE_CALL_REACH:
            return None
        return bearers[0]

    def by_epithet(self, word: str) -> Entry | None:
        """« l'actrice » when the narration said of one person, and one only, that she was one."""
        bearers = self._bearers.get(word)
        return bearers[0] if bearers and len(bearers) == 1 else None

    def add_epithet(self, entry: Entry, word: str) -> None:
        if word not in entry.epithets:
            entry.epithets.add(word)
            self._bearers.setdefault(word, []).append(entry)

    def described(self, noun: str) -> Entry | None:
        """The person last mentioned by a description with this noun (« l'enfant », « un enfant »),
        whom « cet enfant » takes up."""
        word = fold(noun)
        return next((e for e in reversed(self._mentioned) if e.key.startswith("anonymous:")
                     and any(fold(n).replace("'", " ").split()[-1:] == [word] for n in e.names)), None)

    def _add(self, entry: Entry) -> None:
        entry.first_seen = self.unit
        self.entries.append(entry)
        self._by_key.setdefault(entry.key, []).append(entry)

    @staticmethod
    def _note_gender(entry: Entry, first: str) -> None:
        if first and not _INITIAL.match(first) and not entry.gender:
            entry.gender = first_name_gender(first)

    # -- salience --------------------------------------------------------------------------
    def mentioned(self, entry: Entry, as_subject: bool = False, paired: bool = False, spoken_of: bool = False,
                  supposed: bool = False) -> None:
        """``spoken_of``: named in the words of a dialogue line, not acting in the story;
        ``supposed``: the subject of what a clause supposes or wants (« il était évident que
        l'agresseur … »), present in the scene but no rival for the next « il »."""
        if supposed:
            # seen in the scene (`persons_seen_since`), neither in focus nor any more recent
            entry.last_seen = self.unit
            entry.last_seen_at = self.position
            if entry.kind in ("person", "group") and entry not in self._mentioned:
                self._mentioned.insert(0, entry)
            return
        if spoken_of:
            entry.spoken_of_in = self.sentence
        else:
            entry.acted_in = self.sentence
            if entry.first_acted_in < 0:
                entry.first_acted_in = self.sentence
        entry.last_seen = self.unit
        entry.last_seen_at = self.position
        entry.paired = paired
        entry.mentioned_in = self.sentence
        if as_subject:
            entry.subject_in = self.sentence
        if entry.kind not in ("person", "group"):
            return
        _move_to_end(self._mentioned, entry)
        if as_subject:
            _move_to_end(self._focus, entry)

    def spoke(self, entry: Entry) -> None:
        self.mentioned(entry, as_subject=True)

    # -- resolution ------------------------------------------------------------------------
    def resolve_pronoun(self, gender: str, not_: tuple[Entry, ...] = (), speaking: bool = False) -> Entry | None:
        """A subject pronoun: the last person in focus (subject or speaker) of that gender, unless
        another person it could as well refer to was mentioned after them: then nobody (a wrong
        name is worse than none). Who the clause speaks to (`not_`: « elle dit à Laurence ») is
        neither. ``speaking``: the pronoun of a dialogue line's incise, which stands for one of
        those who talk, not for someone only spoken of since they last acted."""
        def compatible(entry: Entry) -> bool:
            if entry in not_ or _is_voice(entry):
                return False  # « la voix de l'Espagnol le poursuivait … « … », dit-elle »: not the voice
            if speaking and entry.spoken_of_in > entry.acted_in:
                return False
            if entry.document and self.subject_first:
                return False  # « Une lettre annonça son arrivée. … « … », disait-elle »: a person, in a story
            if not entry.gender and gender in ("m", "f") and entry.kind == "person" and name_gender_guess(entry) \
                    not in ("", gender):
                return False  # « Angèle » is no « il », though nothing said so yet
            if gender == "pl" or entry.gender == "pl":  # « ils » is a group, never one person
                return entry.gender == gender
            return not gender or not entry.gender or entry.gender == gender

        candidate = next((e for e in reversed(self._focus) if compatible(e)), None)
        if candidate is None:
            candidate = next((e for e in reversed(self._mentioned) if compatible(e)), None)
        if candidate is None:
            return None
        if self.unit - candidate.last_seen > self.pronoun_reach and self.position - candidate.last_seen_at > PRONOUN_REACH_CHARS:
            return None  # last seen paragraphs ago: too far for a pronoun to be sure
        if candidate.paired and any(e is not candidate and e.paired and e.last_seen == candidate.last_seen
                                    and compatible(e) for e in self._mentioned):
            return None  # « Otto et Fritz répondirent. Il … »: one of the pair, but which?
        for entry in reversed(self._mentioned):
            if entry is candidate:
                return candidate
            if self.subject_first and entry.mentioned_in == candidate.subject_in and entry.subject_in < entry.mentioned_in:
                continue  # « Il regarda Julien avec humeur. — Allez, dit-il »: the subject, not its object
            # « X a reçu Y. Il a dit … »: X or Y? do not guess. A competitor of unknown gender
            # does not outweigh a candidate whose gender agrees.
            if compatible(entry) and (entry.gender or not candidate.gender or not gender):
                return None
        return candidate

    def resolve_latter(self, gender: str, not_: Entry | None = None) -> Entry | None:
        """« répondit celle-ci »: « the latter », the person mentioned last whose gender does not
        disagree, if seen within a pronoun's reach; never `not_` (who spoke the line being
        answered)."""
        entry = next((e for e in reversed(self._mentioned) if e.gender in (gender, "") and e is not not_), None)
        if entry is None or self.unit - entry.last_seen > self.pronoun_reach:
            return None
        return entry

    def resolve_description(self, words: list[str], gender: str = "", strict: bool = False,
                            not_: tuple[Entry, ...] = (), not_in_focus: tuple[Entry, ...] = ()) -> Entry | None:
        """« le ministre ukrainien », « le chef de la diplomatie polonaise », « le responsable russe ».

        Nationality and gender must agree (« la présidente » is not « le président Macron »); among
        those, a matching title wins; a description that matches no title (« le syndicaliste ») is
        taken as the person in focus, as readers do, but not a rank (« le comte ») nobody was
        given, nor anything when `strict`, nor someone known by another title (« le gouverneur »
        is not the prefect just quoted), nor anyone in `not_` (the people the quotation names), nor,
        as the person in focus, anyone in `not_in_focus` (named beside the description).
        """
        text = " ".join(words)
        countries = {c for w in words if (c := nationality(w) or _metonym_country(w))}
        titles = _titles_in(text)
        if not titles:
            return None

        def agrees(entry: Entry) -> bool:
            return entry not in not_ and not (gender in ("m", "f") and entry.gender and entry.gender != gender)

        offices = office_words(text)
        # a description stands for someone the article names, never for another description, nor
        # for someone holding the title for another office
        persons = [e for e in reversed(self._mentioned) if not e.key.startswith("anonymous:") and e.kind == "person"
                   and agrees(e) and not _holds_other_office(e, offices)]
        if countries:
            of_country = [e for e in persons if e.countries & countries]
            if not of_country:
                return self._varied_name(titles, gender, not_ + not_in_focus) if not strict else None
            persons = of_country
        # « le responsable » in a dispatch is whoever it is about; « le chef » in a novel is a
        # character of its own, not the last name read
        generic = titles <= {"responsable", "dirigeant", "chef", "homologue", "alter"} and not self.subject_first
        ranked = [e for e in persons if generic or (e.titles & titles)]
        if ranked:
            return ranked[0]
        if countries and not strict:
            return persons[0]
        if not gender or strict or titles & RANK_TITLES or self.subject_first:
            # a novel's « le docteur » is a character of its own until the text gives someone the
            # title, not whoever is in focus (« Il fixa sur le docteur des yeux troublés »)
            return None
        entry = self.resolve_pronoun(gender, not_=not_ + not_in_focus)
        if entry is None or entry.key.startswith("anonymous:") or not titles_agree(entry.titles, titles) or \
                _holds_other_office(entry, offices):
            return None
        if self.subject_first and entry.gender != gender:
            return None  # in a novel « l'artiste » is not whoever is in focus, of a gender unknown
        return entry

    def _varied_name(self, titles: set[str], gender: str, not_: tuple[Entry, ...]) -> Entry | None:
        """« Roberto De Zerbi … » then « l'entraîneur italien a salué … »: a title with a nationality
        nobody was given, in news, is another way of naming the one in focus — when nothing known
        of them (a title, a country) says otherwise, and the office is not one the nationality
        makes unique (« le président ukrainien » is someone of their own)."""
        if self.subject_first or not gender or titles & NATIONAL_OFFICES or titles & RANK_TITLES:
            return None
        entry = self.resolve_pronoun(gender, not_=not_)
        if entry is None or entry.key.startswith("anonymous:") or entry.kind != "person" or entry.countries \
                or entry.titles:
            return None
        return entry

    def other_of_gender(self, gender: str, not_: Entry) -> bool:
        """Whether someone else of this gender was seen within a pronoun's reach: whom a pronoun of
        that gender may as well stand for."""
        return any(e is not not_ and e.kind == "person" and e.gender == gender and
                   self.unit - e.last_seen <= self.pronoun_reach for e in (*self._focus, *self._mentioned))

    def one_in_focus(self, gender: str, not_: tuple[Entry, ...] = (), country: str = "") -> Entry | None:
        """In news, « a reconnu le Danois », « soupire la jeune femme »: a nationality, or a phrase
        that says only someone's age and sex, names the person a pronoun of its gender would, if
        nobody of that gender (or of none known) was mentioned since, and nothing known of them says
        another country or gender; not anyone the quotation names (`not_`)."""
        if self.subject_first or gender not in ("m", "f"):
            return None
        entry = self.resolve_pronoun(gender, not_=not_)
        if entry is None or entry.key.startswith("anonymous:") or entry.kind != "person" or \
                country and entry.countries and country not in entry.countries or entry.gender not in ("", gender):
            return None
        since = self._mentioned[self._mentioned.index(entry) + 1:] if entry in self._mentioned else []
        if any(e.kind == "person" and e not in not_ and e.gender in ("", gender) for e in since):
            return None  # « Emmanuel Macron a reçu Olaf Scholz. « … », a déclaré l'Allemand »: which?
        if country:
            entry.countries.add(country)
        entry.gender = gender
        return entry

    def place(self, surface: str) -> Entry | None:
        country = country_of_place(surface)
        return self.government(surface, country) if country else None


_COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "ce", "cet", "cette", "ces", "son", "sa",
                               "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "un", "une"})


@lru_cache(maxsize=4096)
def office_words(text: str) -> dict[str, frozenset[str]]:
    """For each title in ``text``, the words that say which office it is: its rank before it
    (« Premier ministre »: premier) and the first word of its complement (« ministre de la Santé »:
    santé); an empty set when the text says neither (« le ministre »)."""
    words = re.findall(r"[\w-]+", text.lower().replace("’", "'"))
    offices: dict[str, frozenset[str]] = {}
    for k, word in enumerate(words):
        if word not in PERSON_TITLES or word in OFFICE_RANK_WORDS:
            continue
        said = set()
        if k > 0 and words[k - 1] in OFFICE_RANK_WORDS:
            said.add(words[k - 1].replace("première", "premier"))  # one rank, either gender
        if k + 1 < len(words) and words[k + 1] in ("de", "du", "des", "d"):
            j = k + 1
            while j < len(words) and words[j] in _COMPLEMENT_WORDS:
                j += 1
            if j < len(words) and words[j] not in PERSON_TITLES:
                said.add(words[j])
        offices.setdefault(MASCULINE_OF_TITLE.get(word, word), frozenset(said))
    return offices


def _holds_other_office(entry: Entry, offices: dict[str, frozenset[str]]) -> bool:
    """Whether every role of ``entry`` that has a described title says another office (« le
    ministre de la Santé » is not the man introduced as « le Premier ministre »)."""
    for title, said in offices.items():
        if not said:
            continue
        held = [office[title] for role in entry.roles if title in (office := office_words(role))]
        if held and all(h and not h & said for h in held):
            return True
    return False


def titles_agree(known: set[str], said: set[str]) -> bool:
    """Whether someone known by ``known`` titles may be described by ``said`` ones: no title known,
    one shared, or a broad one (« l'élu » for the mayor)."""
    return not known or not said or bool(known & said) or bool((known | said) & BROAD_TITLES)


def _metonym_country(word: str) -> str | None:
    return METONYMS.get(word.lower())


def _strip_article(text: str) -> str:
    text = text.strip()
    # « Le Monde », « La Paix maintenant »: a capitalised article is part of the name
    for article in ("le ", "la ", "les ", "l'", "l’", "L'", "L’"):
        if text.startswith(article):
            return text[len(article):]
    return text


def _move_to_end(items: list[Entry], entry: Entry) -> None:
    if items and items[-1] is entry:
        return
    if entry in items:
        items.remove(entry)
    items.append(entry)
