"""The parsed form of one article: what the parser produces and the loader stores.

These are plain frozen dataclasses with no database types in them, so that `dipdb parse --json`,
the loader and the evaluation all read the same structure, and the parser can be tested without
a database. Offsets are Python ``str`` indices into the text as read with
``open(path, encoding="utf-8-sig", newline="")`` so that ``text[start:end]`` is the span itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

MeetingFormat = Literal["in_person", "video", "phone", "written", "unknown"]
DatePrecision = Literal["day", "month", "year", "unknown"]
StatementKind = Literal["speech", "joint", "implicit", "narrative", "boilerplate"]
Mode = Literal["direct", "indirect", "mixed"]

#: Values of ``Participant.participation``: a principal is a party to the talks; ``present`` was in
#: the room (delegation members, "X and Y were present"); ``mentioned`` is named but not present.
PARTICIPATIONS = ("principal", "present", "moderator", "questioner", "mentioned")


class ParseError(ValueError):
    """The input is not an article dipdb can read. ``str(err)`` is one line meant for the user."""


_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen, slotted dataclass as its class and field values, rebuilt with its
    ``__init__``.

    ``dipdb load --jobs N`` sends every parsed article from a parsing process to the writer, and
    the writer is the one process every article waits for. The default pickling of a frozen,
    slotted dataclass sets each field on unpickling with a separate ``object.__setattr__`` call.
    Rebuilding from a tuple of field values unpickles about a third faster, and the pickles come
    out smaller.
    """
    getter = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, getter(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Header:
    """The first line of every article: `` date YYYY-MM-DD Title``."""

    published: dt.date
    title: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Dateline:
    """A news-agency dateline such as ``BEIJING, Dec. 30 (Xinhua) --``."""

    place: str
    date: dt.date | None
    date_text: str | None
    agency: str | None
    start: int
    end: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of text between blank lines. ``kind`` is caption, credit, lede, body, attendance,
    byline, label, separator, meta, or venue."""

    position: int
    kind: str
    start: int
    end: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Person:
    """A person the article names, keyed by canonical full name (``"Xi Jinping"``).

    ``aliases`` holds every surface form the article used for them, so that the database can
    recognise the same person in the next document whichever form that one uses.
    """

    name: str
    country: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Participant:
    name: str  # canonical full name, a key into Article.persons
    title: str | None
    country: str | None
    participation: str  # one of PARTICIPATIONS


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Meeting:
    date: dt.date | None
    date_precision: DatePrecision
    format: MeetingFormat
    kind: str | None  # talks, meeting, call, visit, press conference, ...
    location: str | None
    host_country: str | None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class TopicMatch:
    """A topic tag with the evidence that triggered it (document offsets)."""

    slug: str
    start: int
    end: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Statement:
    """A contiguous span of one paragraph attributed to the same speaker set.

    ``speakers`` are canonical full names (keys into ``Article.persons``); empty for narrative and
    boilerplate, and whenever nobody can be identified: an unknown speaker is no speaker.
    """

    paragraph: int
    start: int
    end: int
    text: str
    kind: StatementKind
    speakers: tuple[str, ...]
    cue: str | None
    mode: Mode
    method: (
        str | None
    )  # explicit_name, title, pronoun, trailing, continuation, joint, implicit, label
    confidence: float
    side: str | None = None  # a delegation's country when the text names a side, not a person
    topics: tuple[TopicMatch, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    text: str
    header: Header
    publisher: str | None
    dateline: Dateline | None
    paragraphs: tuple[Paragraph, ...]
    meeting: Meeting
    persons: tuple[Person, ...]
    participants: tuple[Participant, ...]
    statements: tuple[Statement, ...]
    parser_version: str = field(default="")
    #: readout (third-person account), transcript (speaker-labelled remarks), briefing (press
    #: call or briefing with questions), or statement (a text issued in one voice).
    genre: str = "readout"
    #: The official a meta line attributes the text to ("The following is attributable to
    #: Spokesperson Ned Price:"): recorded on the document, never as a speaker of the body.
    #: A canonical name, also listed in ``persons``.
    attributed_to: str | None = None
