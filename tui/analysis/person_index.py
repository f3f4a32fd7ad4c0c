"""Which persons met so far a name could refer to, without comparing it with every one of them.

A long novel meets hundreds of people and names one every other line, and the registry's rules
compared each name with every person's every name. Two forms can name one person
(`speakers.same_person`) only if they share a word in a known place: the last word (« Choïgou »,
« S. Choïgou »), a first name (« Jeanne » and « Jeanne Morel »), or the first letter of a
single initial (« S. » and « Sergueï »). The index keeps persons under those words, and a lookup
returns the persons filed under the name's words: every person the name may be, and a few it is
not, which the rules then check as before. A person's names only ever grow, so the index hears of
each name added (`_Names.append`) and never has to forget one; a person merged into another
leaves the index (`discard`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from .speakers import Entry

Words = Callable[[str], tuple[str, ...]]
Initial = Callable[[str], bool]


class _Names(list):
    """A person's names (or nicknames) that tell the index of each one added."""

    def __init__(self, names: Iterable[str], on_add: Callable[[str], None]) -> None:
        super().__init__(names)
        self._on_add = on_add

    def append(self, name: str) -> None:
        super().append(name)
        self._on_add(name)

    def extend(self, names: Iterable[str]) -> None:
        for name in names:
            self.append(name)

    def insert(self, at: int, name: str) -> None:  # type: ignore[override]
        super().insert(at, name)
        self._on_add(name)

    def __iadd__(self, names: Iterable[str]) -> "_Names":  # type: ignore[override]
        self.extend(names)
        return self

    def __setitem__(self, at, value) -> None:  # type: ignore[no-untyped-def]
        super().__setitem__(at, value)
        for name in value if isinstance(at, slice) else [value]:
            self._on_add(name)


class PersonIndex:
    """The persons of a registry filed under the words of their names and nicknames."""

    def __init__(self, words: Words, is_initial: Initial) -> None:
        self._words = words  # a name's words, folded, without its civility
        self._is_initial = is_initial
        self._filed: dict[tuple[str, str], dict[int, Entry]] = {}
        self._order: dict[int, int] = {}  # id(person) -> when it was added, for newest first
        self._live: dict[int, Entry] = {}
        self._added = 0

    def add(self, person: Entry) -> None:
        """File a new person and follow the names it will be given."""
        self._added += 1
        self._order[id(person)] = self._added
        self._live[id(person)] = person
        person.names = _Names(person.names, lambda name: self._file(person, name))
        person.nicknames = _Names(person.nicknames, lambda name: self._file(person, name))
        for name in [*person.names, *person.nicknames]:
            self._file(person, name)

    def discard(self, person: Entry) -> None:
        self._live.pop(id(person), None)

    def _file(self, person: Entry, name: str) -> None:
        for key in self._keys_of_known(name):
            self._filed.setdefault(key, {})[id(person)] = person

    def _keys_of_known(self, name: str) -> list[tuple[str, str]]:
        words = self._words(name)
        if not words:
            return []
        keys = [("last", words[-1])]
        if len(words) == 2:
            keys.append(("first", words[0]))  # « Jeanne Morel » is found by « Jeanne »
        if len(words) == 1:
            keys.append(("one", words[0][0]))  # found by an initial alone
            if self._is_initial(words[0]):
                keys.append(("initial", words[0][0]))  # « S. » is found by « Sergueï »
        return keys

    def candidates(self, name: str) -> list[Entry]:
        """The persons this name may refer to (and some it does not), newest first: everyone when
        the name has no word to look up or is a lone initial."""
        words = self._words(name)
        if not words:
            return self.everyone()
        keys = [("last", words[-1])]
        if len(words) == 1:
            keys += [("first", words[0]), ("initial", words[0][0])]
            if self._is_initial(words[0]):
                keys.append(("one", words[0][0]))
        elif len(words) == 2:
            keys.append(("last", words[0]))  # « Jeanne » known alone, found by « Jeanne Morel »
        return self._newest_first(keys)

    def ending_with(self, word: str) -> list[Entry]:
        """The persons one of whose names ends with this folded word (a surname), newest first."""
        return self._newest_first([("last", word)])

    def everyone(self) -> list[Entry]:
        return sorted(self._live.values(), key=lambda person: -self._order[id(person)])

    def _newest_first(self, keys: list[tuple[str, str]]) -> list[Entry]:
        found: dict[int, Entry] = {}
        for key in keys:
            for at, person in self._filed.get(key, {}).items():
                if at in self._live:
                    found[at] = person
        return sorted(found.values(), key=lambda person: -self._order[id(person)])
