"""People across documents: name parts, matching rules, and the user-editable people file.

A readout says "Joseph R. Biden, Jr.", the next "President Biden", a third "Joe Biden"; they are
one person. Within one article the parser groups the forms it sees; across articles the loader
decides with the rules here: the same family name, compatible given names (equal, an initial,
or a known nickname or transliteration variant), and no conflicting countries. The rules are
data-driven and conservative: when two known persons could match, dipdb creates a new row rather
than merge people who may be different.
"""

from __future__ import annotations

import os
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from dipdb.names import FAMILY_FIRST

ENV_PEOPLE = "DIPDB_PEOPLE"
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


class PeopleFileError(ValueError):
    """A people file dipdb cannot use; the message names the file and the problem."""


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name token ("Phạm" -> "pham")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@dataclass(frozen=True, slots=True)
class NameParts:
    given: tuple[str, ...]  # folded given names, initials included ("j" for "J.")
    family: str  # folded family name


def name_parts(name: str, *, family_first: bool | None = None) -> NameParts:
    """Split a personal name into given names and family name.

    Suffixes ("Jr.", "III") are dropped. ``family_first`` forces East Asian order; by default it
    is assumed when the first token is a common East Asian family name and the last is not
    ("Xi Jinping", "Kishida Fumio"), as the parser does.
    """
    raw = [t for t in name.replace(",", " ").split() if fold(t)]
    tokens = [t for t in raw if fold(t) not in SUFFIXES] or raw
    if not tokens:
        return NameParts((), "")
    if family_first is None:
        first_names = _folded_family_first()
        family_first = (
            len(tokens) > 1
            and fold(tokens[0]) in first_names
            and fold(tokens[-1]) not in first_names
        )
    if family_first:
        family, given = tokens[0], tokens[1:]
    else:
        family, given = tokens[-1], tokens[:-1]
    return NameParts(tuple(fold(t) for t in given), fold(family))


@cache
def _folded_family_first() -> frozenset[str]:
    return frozenset(fold(n) for n in FAMILY_FIRST)


def family_key(name: str, *, family_first: bool | None = None) -> str:
    return name_parts(name, family_first=family_first).family


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One person of a people file: the canonical name and what to recognise them by."""

    name: str
    country: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = ()
    family_name_first: bool | None = None


@dataclass(frozen=True, slots=True)
class PeopleFile:
    """Nickname groups ("Joe" = "Joseph") and optional person entries."""

    nicknames: tuple[frozenset[str], ...] = ()
    persons: tuple[PersonEntry, ...] = ()
    source: str = field(default="<people>", compare=False)

    def given_variants(self, given: str) -> frozenset[str]:
        return _variant_index(self.nicknames).get(given, frozenset({given}))

    def given_compatible(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """Whether two lists of folded given names can belong to one person.

        Either side may lack given names ("Biden"); otherwise the first given names must agree:
        equal, one the initial of the other, or variants of one name ("joe"/"joseph",
        "sergei"/"sergey").
        """
        if not a or not b:
            return True
        x, y = a[0], b[0]
        if x == y:
            return True
        if len(x) == 1 or len(y) == 1:
            return x[0] == y[0]
        return y in self.given_variants(x)


@cache
def _variant_index(groups: tuple[frozenset[str], ...]) -> Mapping[str, frozenset[str]]:
    index: dict[str, frozenset[str]] = {}
    for group in groups:
        for name in group:
            index[name] = index.get(name, frozenset()) | group
    return index


def same_person(
    a_name: str,
    a_country: str | None,
    b_name: str,
    b_country: str | None,
    people: PeopleFile,
) -> bool:
    """The cross-document matching rule, as one pure predicate (the loader applies it to the
    candidates that share a family name)."""
    if a_country and b_country and fold(a_country) != fold(b_country):
        return False
    a, b = name_parts(a_name), name_parts(b_name)
    return a.family == b.family and people.given_compatible(a.given, b.given)


def _strings(source: str, where: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PeopleFileError(f"{source}: {where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_people(data: Mapping[str, object], source: str = "<people>") -> PeopleFile:
    """Validate the TOML structure of a people file."""
    unknown = set(data) - {"version", "nicknames", "person"}
    if unknown:
        raise PeopleFileError(f"{source}: unknown keys {sorted(unknown)}")
    nicknames = data.get("nicknames", [])
    if not isinstance(nicknames, list):
        raise PeopleFileError(f"{source}: nicknames must be a list of lists of names")
    groups = tuple(
        frozenset(fold(n) for n in _strings(source, f"nicknames[{i}]", g))
        for i, g in enumerate(nicknames)
    )
    persons = []
    raw_persons = data.get("person", [])
    if not isinstance(raw_persons, list):
        raise PeopleFileError(f"{source}: [[person]] entries expected")
    for i, raw in enumerate(raw_persons):
        where = f"person[{i}]"
        if not isinstance(raw, dict):
            raise PeopleFileError(f"{source}: {where} must be a table")
        extra = set(raw) - {"name", "country", "organization", "aliases", "family_name_first"}
        if extra:
            raise PeopleFileError(f"{source}: {where}: unknown keys {sorted(extra)}")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise PeopleFileError(f"{source}: {where}: name is required")
        for key in ("country", "organization"):
            if key in raw and not isinstance(raw[key], str):
                raise PeopleFileError(f"{source}: {where}: {key} must be a string")
        flag = raw.get("family_name_first")
        if flag is not None and not isinstance(flag, bool):
            raise PeopleFileError(f"{source}: {where}: family_name_first must be true or false")
        persons.append(
            PersonEntry(
                name=" ".join(name.split()),
                country=raw.get("country"),
                organization=raw.get("organization"),
                aliases=_strings(source, f"{where}.aliases", raw.get("aliases", [])),
                family_name_first=flag,
            )
        )
    return PeopleFile(groups, tuple(persons), source)


def read_people(path: str | os.PathLike[str]) -> PeopleFile:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PeopleFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PeopleFileError(f"{path}: not valid TOML: {exc}") from exc
    return parse_people(data, str(path))


@cache
def builtin_people() -> PeopleFile:
    """The shipped file: nickname and transliteration groups only, no persons."""
    text = files("dipdb").joinpath("people.toml").read_text(encoding="utf-8")
    return parse_people(tomllib.loads(text), "dipdb/people.toml")


def merge(base: PeopleFile, extra: Iterable[PeopleFile]) -> PeopleFile:
    out = base
    for more in extra:
        out = PeopleFile(out.nicknames + more.nicknames, out.persons + more.persons, more.source)
    return out
