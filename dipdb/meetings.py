"""One meeting, several readouts: which documents report the same meeting, and how their
accounts differ.

The same call or meeting is often reported by both sides (the White House and the Kremlin each
publish a readout of a Biden-Putin call) or twice by one side (a readout of a bilateral meeting
and the transcript of the leaders' remarks before it). Analysts study exactly the differences, so
the loader links such documents to one ``meeting`` row instead of creating one per document, and
:func:`compare` sets the accounts side by side.

**What the linker compares.** Each document's *account* (:class:`Account`): the meeting facts
it reports (kept per document in ``meeting_document.reported_*``, so they survive being merged),
its principals (person ids after alias resolution), its genre and its *side*: whose account it
is, the publisher's country when the publisher is known, else the country of the document's
first principal (readouts name their own leader first: "Vladimir Putin had a telephone
conversation with ...", "President Biden spoke today with ..."). Two accounts report one
meeting (:func:`match`) when all of these hold:

* the same principals, at least two on each side, person for person; a person split in two
  rows by alias resolution ("Putin" and "Vladimir Putin") still counts as one when family name,
  given names and country agree (:func:`dipdb.people.same_person`). A trilateral and a bilateral
  of the same leaders on one day are different meetings, so a subset is not enough;
* dates at most one day apart (time zones: a call in the American evening is the next day in
  Moscow); the publication date stands in for a meeting date not known to the day;
* compatible formats: equal, or one unknown; between two sides also video against phone (one
  side's "video call" is the other's "conversation") and an in-person meeting the document
  gives no place for against a call or video call (the Kremlin titled the December 2021
  video call "Meeting with US President Joseph Biden");
* places that do not contradict each other: no different host countries;
* a press conference only with a press conference: the press statements after talks are an
  event of their own;
* one side's two documents only as a primary account (readout, statement) plus a record of the
  same event (transcript of the remarks, background briefing), with formats that agree: one
  publisher does not write two readouts of one meeting, and two transcripts of one day (the
  remarks before the meeting and the joint press conference) are two events. A document whose
  side is unknown counts as the same side as any other (the cautious reading).

A document joins an existing meeting only when it matches *every* document of that meeting,
and only when exactly one meeting is the best match (a tie is left unlinked: no merging without
evidence). The link records its basis (the evidence that matched, e.g.
``principals+date+format+place``) and a confidence. Because matching is symmetric and the
meeting's facts and the links' bases are recomputed from its documents
(:func:`refresh_meetings`), loading A then B gives the same links as B then A.

**Manual decisions** (``dipdb meetings link/unlink``) are stored in ``meeting_link_decision``,
keyed by the documents' paths: a changed file at the same path replaces its rows on the next
load, and the linker obeys the decision again (``same`` before any automatic match, ``apart``
excludes the meeting).

**Comparing.** Participants stay attributable to the document that names them
(``participant.document_id``), statements already are, so :func:`compare` reads, per side,
the participants each names, statements per speaker, topics one side reports and the other
omits, and joint statements ("the two leaders agreed ...") one side claims alone, from the
``meeting_comparison`` view that SQL users query directly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import models
from dipdb.article import Article
from dipdb.people import PeopleFile, builtin_people, fold, same_person

#: Publishers whose side is known: their government's country.
PUBLISHER_SIDES: dict[str, str] = {
    "The White House": "United States",
    "U.S. Department of State": "United States",
    "Xinhua": "China",
    "President of Russia": "Russia",
    "Kremlin": "Russia",
}
#: A side's own account of a meeting ...
PRIMARY_GENRES = frozenset({"readout", "statement"})
#: ... and records of the same event (the remarks, a briefing on it).
RECORD_GENRES = frozenset({"transcript", "briefing"})
#: Which document of a meeting its facts come from first: readouts, then statements, ...
GENRE_ORDER = {"readout": 0, "statement": 1, "transcript": 2, "briefing": 3}
#: When the accounts disagree on the format, the first of these is the meeting's: a remote
#: format is stated in so many words ("video call", "telephone conversation"), while "meeting"
#: is used for video meetings too.
FORMAT_PREFERENCE = ("video", "phone", "in_person", "written", "unknown")
REMOTE_FORMATS = frozenset({"video", "phone"})
PRESS_CONFERENCE = "press conference"
MIN_PRINCIPALS = 2
MAX_DAYS_APART = 1
#: ``link_basis`` of the document a meeting's facts come from first, and of manual links.
PRIMARY = "primary"
MANUAL = "manual"
UNMATCHED = "unmatched"
#: Side label of a document whose side is unknown (views and comparisons).
UNKNOWN_SIDE = "unknown"
#: Ids per ``IN (...)`` list.
CHUNK = 500


class MeetingError(ValueError):
    """A link, unlink or comparison that cannot be done; the message is meant for the user."""


# --- accounts and matching -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Principal:
    person_id: int
    name: str
    country: str | None
    family_key: str | None


@dataclass(frozen=True, slots=True)
class Account:
    """One document's report of a meeting: what the linker compares."""

    document_id: int
    path: str
    genre: str
    published: dt.date
    side: str | None
    date: dt.date | None
    date_precision: str
    format: str
    kind: str | None
    location: str | None
    host_country: str | None
    principals: tuple[Principal, ...]

    @property
    def day(self) -> dt.date:
        """The meeting day as this document gives it, else its publication date."""
        if self.date is not None and self.date_precision == "day":
            return self.date
        return self.published

    @property
    def order(self) -> tuple[int, dt.date, str, int]:
        """Which document of a meeting comes first (its primary report): readouts before
        statements, transcripts and briefings, then the earliest published, then by path."""
        return (GENRE_ORDER.get(self.genre, 9), self.published, self.path, self.document_id)


@dataclass(frozen=True, slots=True)
class Match:
    """Why two accounts report one meeting, and how sure that is."""

    basis: str
    confidence: float


def side_of(publisher: str | None, first_principal_country: str | None) -> str | None:
    """Whose account a document is: the publisher's country (or the publisher itself when its
    country is not known), else the country of its first principal."""
    if publisher:
        return PUBLISHER_SIDES.get(publisher, publisher)
    return first_principal_country


def _same_person(a: Principal, b: Principal, people: PeopleFile) -> bool:
    if a.person_id == b.person_id:
        return True
    return bool(
        a.family_key
        and a.family_key == b.family_key
        and same_person(a.name, a.country, b.name, b.country, people)
    )


def _covers(xs: Sequence[Principal], ys: Sequence[Principal], people: PeopleFile) -> bool:
    return all(any(_same_person(x, y, people) for y in ys) for x in xs)


def same_principals(a: Account, b: Account, people: PeopleFile) -> bool:
    """At least two principals each, and the same ones person for person."""
    if len(a.principals) < MIN_PRINCIPALS or len(b.principals) < MIN_PRINCIPALS:
        return False
    return _covers(a.principals, b.principals, people) and _covers(
        b.principals, a.principals, people
    )


_PLACE_WORD = re.compile(r"[^\W\d_]{3,}")


def _places(a: Account, b: Account) -> bool | None:
    """True when both name a place and the places share a word ("Bali" and "Mulia Hotel Bali,
    Indonesia"), False when they lie in different countries, None when nothing can be said."""
    if a.host_country and b.host_country and fold(a.host_country) != fold(b.host_country):
        return False
    if a.location and b.location:
        words_a = {fold(w) for w in _PLACE_WORD.findall(a.location)}
        words_b = {fold(w) for w in _PLACE_WORD.findall(b.location)}
        if words_a & words_b:
            return True
    return None


def _formats(a: Account, b: Account, same_side: bool) -> tuple[str | None, float] | None:
    """Evidence and confidence penalty of the two formats, or None when they contradict."""
    fa, fb = a.format, b.format
    if fa == fb and fa != "unknown":
        return "format", 0.0
    if "unknown" in (fa, fb):
        return None, 0.05
    if same_side:
        return None
    if {fa, fb} == REMOTE_FORMATS:
        return "format~", 0.15
    for x, y in ((a, b), (b, a)):
        if x.format == "in_person" and not x.location and y.format in REMOTE_FORMATS:
            return "format~", 0.2
    return None


def match(a: Account, b: Account, people: PeopleFile | None = None) -> Match | None:
    """Whether ``a`` and ``b`` report one meeting (the rules are in the module docstring), with
    the evidence as ``basis`` and a confidence; None when they do not. Symmetric."""
    people = people or builtin_people()
    if a.document_id == b.document_id or not same_principals(a, b, people):
        return None
    days = abs((a.day - b.day).days)
    if days > MAX_DAYS_APART:
        return None
    if (a.kind == PRESS_CONFERENCE) != (b.kind == PRESS_CONFERENCE):
        return None
    place = _places(a, b)
    if place is False:
        return None
    same_side = a.side is None or b.side is None or a.side == b.side
    formats = _formats(a, b, same_side)
    if formats is None:
        return None
    evidence = ["principals", "date" if days == 0 else "date±1"]
    confidence = 0.95 - 0.1 * days - formats[1]
    if formats[0]:
        evidence.append(formats[0])
    if place:
        evidence.append("place")
    if same_side:
        primary = [x for x in (a, b) if x.genre in PRIMARY_GENRES]
        record = [x for x in (a, b) if x.genre in RECORD_GENRES]
        if len(primary) != 1 or len(record) != 1:
            return None
        evidence.append(f"{primary[0].genre}+{record[0].genre}")
        confidence -= 0.05
    return Match("+".join(evidence), round(max(confidence, 0.05), 2))


@dataclass
class Decisions:
    """The manual decisions that concern some documents, by unordered pair of paths."""

    same: set[frozenset[str]] = field(default_factory=set)
    apart: set[frozenset[str]] = field(default_factory=set)

    def is_same(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.same

    def is_apart(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.apart

    @classmethod
    def load(cls, conn: Connection, paths: Iterable[str] | None = None) -> Decisions:
        """The decisions naming any of ``paths`` (all of them when None)."""
        table = models.MeetingLinkDecision.__table__
        if _none(conn, sa.select(table.c.id)):
            # Most databases hold no decision: one probe instead of a query per 500 paths.
            return cls()
        query = sa.select(table.c.path_a, table.c.path_b, table.c.decision)
        rows: list[Any] = []
        if paths is None:
            rows = list(conn.execute(query))
        else:
            for chunk in _chunks(sorted(set(paths))):
                rows += conn.execute(
                    query.where(sa.or_(table.c.path_a.in_(chunk), table.c.path_b.in_(chunk)))
                ).all()
        out = cls()
        for a, b, decision in rows:
            (out.same if decision == "same" else out.apart).add(frozenset((a, b)))
        return out


def choose(
    groups: Sequence[tuple[Any, Sequence[Account]]],
    x: Account,
    decisions: Decisions,
    people: PeopleFile,
) -> tuple[Any, Match] | None:
    """The group (key, documents) that ``x`` joins, or None for a meeting of its own.

    A manual ``same`` decision with a document of a group wins; a group with a document ``x``
    must stay ``apart`` from is never chosen; otherwise ``x`` must match every document of the
    group, and the best group must be better than the next (a tie is no evidence for either).
    """
    for key, members in groups:
        if any(decisions.is_same(x.path, m.path) for m in members):
            return key, Match(MANUAL, 1.0)
    found: list[tuple[float, Any, Match]] = []
    for key, members in groups:
        if not any(abs((m.day - x.day).days) <= MAX_DAYS_APART for m in members):
            continue
        if any(decisions.is_apart(x.path, m.path) for m in members):
            continue
        matches = [match(x, m, people) for m in members]
        if any(m is None for m in matches):
            continue
        best = max((m for m in matches if m is not None), key=lambda m: m.confidence)
        found.append((best.confidence, key, best))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    if len(found) > 1 and found[1][0] == found[0][0]:
        return None
    return found[0][1], found[0][2]


# --- reading accounts ----------------------------------------------------------------------------


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _principals_of(conn: Connection, doc_ids: Sequence[int]) -> dict[int, list[Principal]]:
    """Each document's principals in the order the document names them.

    The participation is checked here, not in SQL: SQLite, without statistics during a first
    load, would look the principals up by participation (every principal of the database)
    instead of by document."""
    pa, person = models.Participant.__table__, models.Person.__table__
    out: dict[int, list[Principal]] = {}
    for chunk in _chunks(sorted(set(doc_ids))):
        rows = conn.execute(
            sa.select(
                pa.c.participation,
                pa.c.document_id,
                person.c.id,
                person.c.name,
                sa.func.coalesce(pa.c.country, person.c.country),
                person.c.family_key,
            )
            .join(person, person.c.id == pa.c.person_id)
            .where(pa.c.document_id.in_(chunk))
            .order_by(pa.c.document_id, pa.c.id)
        )
        for participation, doc_id, pid, name, country, key in rows:
            if participation == "principal":
                out.setdefault(doc_id, []).append(Principal(pid, name, country, key))
    return out


def _read_accounts(conn: Connection, where: Any | None = None) -> list[tuple[int, Account]]:
    """(meeting id, account) of the documents ``where`` selects (all when None)."""
    md, doc = models.meeting_document, models.SourceDocument.__table__
    query = sa.select(
        md.c.meeting_id,
        doc.c.id,
        doc.c.path,
        doc.c.genre,
        doc.c.published,
        doc.c.publisher,
        md.c.reported_date,
        md.c.reported_date_precision,
        md.c.reported_format,
        md.c.reported_kind,
        md.c.reported_location,
        md.c.reported_host_country,
    ).join(doc, doc.c.id == md.c.document_id)
    if where is not None:
        query = query.where(where)
    rows = conn.execute(query.order_by(md.c.meeting_id, doc.c.id)).all()
    principals = _principals_of(conn, [r[1] for r in rows])
    return [
        (
            r[0],
            Account(
                document_id=r[1],
                path=r[2],
                genre=r[3],
                published=_date(r[4]) or dt.date.min,
                # From the persons as they are now: a country learnt from a later document
                # gives an earlier one its side (so that load order does not matter).
                side=side_of(r[5], principals[r[1]][0].country if principals.get(r[1]) else None),
                date=_date(r[6]),
                date_precision=r[7],
                format=r[8],
                kind=r[9],
                location=r[10],
                host_country=r[11],
                principals=tuple(principals.get(r[1], ())),
            ),
        )
        for r in rows
    ]


def _accounts_of_meetings(conn: Connection, meeting_ids: Iterable[int]) -> dict[int, list[Account]]:
    md = models.meeting_document
    out: dict[int, list[Account]] = {}
    for chunk in _chunks(sorted(set(meeting_ids))):
        for mid, account in _read_accounts(conn, md.c.meeting_id.in_(chunk)):
            out.setdefault(mid, []).append(account)
    return out


def meetings_near(conn: Connection, days: Iterable[dt.date]) -> dict[int, list[Account]]:
    """Every meeting that a document dated on one of ``days`` reports, with all its accounts
    (also those dated outside ``days``: a newcomer must match every one of them)."""
    md, doc = models.meeting_document, models.SourceDocument.__table__
    wanted = sorted(set(days))
    ids: set[int] = set()
    for chunk in _chunks(wanted):
        ids.update(
            conn.execute(
                sa.select(md.c.meeting_id)
                .join(doc, doc.c.id == md.c.document_id)
                .where(sa.or_(md.c.reported_date.in_(chunk), doc.c.published.in_(chunk)))
            ).scalars()
        )
    if not ids:
        return {}
    return dict(sorted(_accounts_of_meetings(conn, ids).items()))


class CandidateIndex:
    """Where the loader finds the stored meetings a new document could join: those with a
    document dated within :data:`MAX_DAYS_APART` of it that names the same principals (equal
    :func:`principal_signature`).

    A document joins a meeting only when it matches every document of it, so every document
    of such a meeting has the newcomer's signature and a day near its day. Reading every
    meeting on a batch's days (:func:`meetings_near`) read thousands that no newcomer can
    match, each whole (documents and principals), and a batch of articles from all years
    meets half the database on its days. The index instead keeps each day's documents as
    signature -> document ids, read once per day with one narrow query (day and principals'
    keys), and reads whole only the meetings of the documents that match.

    Within one load run the days read stay valid across batches, and the writer adds the
    documents it writes, as long as no one else wrote: SQLite says so exactly (``PRAGMA
    data_version`` of the connection is unchanged, and ``BEGIN IMMEDIATE`` keeps other writers
    out during a batch). PostgreSQL has no such cheap signal, so there the days are read
    again for every batch (still only narrow rows). :meth:`reset` drops everything (after a
    rollback, or when documents were deleted)."""

    def __init__(self) -> None:
        # day -> principal signature -> ids of the documents of that day with that signature
        self._days: dict[dt.date, dict[frozenset[str], list[int]]] = {}
        self._seen: tuple[Any, Any] | None = None

    def reset(self) -> None:
        self._days.clear()
        self._seen = None

    def meetings(self, conn: Connection, accounts: Sequence[Account]) -> dict[int, list[Account]]:
        """The stored meetings that one of ``accounts`` could join, with all their accounts,
        by meeting id. Accounts with fewer than :data:`MIN_PRINCIPALS` principals match
        nothing, so their days are not searched."""
        self._check(conn)
        wanted: dict[frozenset[str], set[dt.date]] = {}
        for a in accounts:
            if len(a.principals) >= MIN_PRINCIPALS:
                wanted.setdefault(principal_signature(a), set()).update(_near_days(a.day))
        if not wanted:
            return {}
        self._read_days(conn, set().union(*wanted.values()) - self._days.keys())
        doc_ids = {
            doc_id
            for signature, days in wanted.items()
            for day in days
            for doc_id in self._days[day].get(signature, ())
        }
        if not doc_ids:
            return {}
        md = models.meeting_document
        ids: set[int] = set()
        for chunk in _chunks(sorted(doc_ids)):
            ids.update(
                conn.execute(
                    sa.select(md.c.meeting_id).where(md.c.document_id.in_(chunk))
                ).scalars()
            )
        return dict(sorted(_accounts_of_meetings(conn, ids).items()))

    def add(self, document_ids: Sequence[int], accounts: Sequence[Account]) -> None:
        """Documents just written (in the caller's transaction) with their accounts: on days
        already read they must be found like the stored ones."""
        for doc_id, a in zip(document_ids, accounts, strict=True):
            day = self._days.get(a.day)
            if day is not None:
                day.setdefault(principal_signature(a), []).append(doc_id)

    def _check(self, conn: Connection) -> None:
        """Forget the days read unless nothing but this writer changed the database since."""
        seen = None
        if conn.dialect.name == "sqlite":
            version = conn.exec_driver_sql("PRAGMA data_version").scalar()
            seen = (conn.connection.driver_connection, version)
        if seen is None or seen != self._seen:
            self._days.clear()
        self._seen = seen

    def _read_days(self, conn: Connection, days: set[dt.date]) -> None:
        """Read the documents whose :attr:`Account.day` is one of ``days``: that day is their
        meeting date when they give it to the day, else their publication date."""
        md, doc = models.meeting_document, models.SourceDocument.__table__
        pa, person = models.Participant.__table__, models.Person.__table__
        for day in days:
            self._days[day] = {}
        for chunk in _chunks(sorted(days)):
            # Two index lookups (meeting date, publication date) rather than an OR across a
            # join. The participation is checked here, not in SQL: SQLite, without statistics
            # during a first load, would otherwise scan every principal of the database.
            near = sa.union(
                sa.select(md.c.document_id.label("id")).where(md.c.reported_date.in_(chunk)),
                sa.select(doc.c.id).where(doc.c.published.in_(chunk)),
            ).subquery()
            rows = conn.execute(
                sa.select(
                    md.c.document_id,
                    md.c.reported_date,
                    md.c.reported_date_precision,
                    doc.c.published,
                    pa.c.participation,
                    pa.c.person_id,
                    person.c.family_key,
                )
                .select_from(near)
                .join(md, md.c.document_id == near.c.id)
                .join(doc, doc.c.id == md.c.document_id)
                .join(pa, pa.c.document_id == md.c.document_id)
                .join(person, person.c.id == pa.c.person_id)
            )
            found: dict[int, tuple[dt.date, set[str]]] = {}
            for doc_id, date, precision, published, participation, pid, key in rows:
                if participation != "principal":
                    continue
                entry = found.get(doc_id)
                if entry is None:
                    date = _date(date)
                    day = date if date is not None and precision == "day" else _date(published)
                    entry = found[doc_id] = (day or dt.date.min, set())
                entry[1].add(key or f"#{pid}")
            # A document found by its other date belongs to the chunk that holds its day.
            in_chunk = set(chunk)
            for doc_id, (day, keys) in found.items():
                if day in in_chunk:
                    self._days[day].setdefault(frozenset(keys), []).append(doc_id)


def _near_days(day: dt.date) -> list[dt.date]:
    return [day + dt.timedelta(days=k) for k in range(-MAX_DAYS_APART, MAX_DAYS_APART + 1)]


# --- placing new documents (the loader) ----------------------------------------------------------


def person_rows(
    conn: Connection, ids: Iterable[int]
) -> dict[int, tuple[str, str | None, str | None]]:
    """(name, country, family key) of persons, for :func:`article_account`."""
    person = models.Person.__table__
    out: dict[int, tuple[str, str | None, str | None]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for pid, name, country, key in conn.execute(
            sa.select(person.c.id, person.c.name, person.c.country, person.c.family_key).where(
                person.c.id.in_(chunk)
            )
        ):
            out[pid] = (name, country, key)
    return out


def article_account(
    document_id: int,
    path: str,
    article: Article,
    person_ids: Mapping[str, int],
    persons: Mapping[int, tuple[str, str | None, str | None]],
) -> Account:
    """The account of an article about to be written, exactly as :func:`_read_accounts` will
    read it back: participants once per person, the first mention deciding the participation
    (as the writer stores them), principals with the person rows' names."""
    principals: list[Principal] = []
    seen: set[int] = set()
    for part in article.participants:
        pid = person_ids[part.name]
        if pid in seen:
            continue
        seen.add(pid)
        if part.participation == "principal":
            name, country, key = persons[pid]
            principals.append(Principal(pid, name, part.country or country, key))
    m = article.meeting
    return Account(
        document_id=document_id,
        path=path,
        genre=article.genre,
        published=article.header.published,
        side=side_of(article.publisher, principals[0].country if principals else None),
        date=m.date,
        date_precision=m.date_precision,
        format=m.format,
        kind=m.kind,
        location=m.location,
        host_country=m.host_country,
        principals=tuple(principals),
    )


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a new document goes: an existing meeting (``meeting_id``) or the new meeting of
    group ``group`` of its batch (the first document of a group creates it)."""

    meeting_id: int | None
    group: int | None
    basis: str
    confidence: float


def place(
    conn: Connection,
    accounts: Sequence[Account],
    people: PeopleFile | None = None,
    index: CandidateIndex | None = None,
) -> list[Placement]:
    """Decide, in order, where each new document of a batch goes: into a meeting already in the
    database, into a meeting an earlier document of the batch creates, or into a new one.
    Loading the documents one at a time gives the same placements. ``index`` is the load
    run's :class:`CandidateIndex` (a fresh one when None)."""
    if not accounts:
        return []
    people = people or builtin_people()
    existing = (index or CandidateIndex()).meetings(conn, accounts)
    decisions = Decisions.load(conn, [a.path for a in accounts])
    # A manual link holds whatever the dates: the partners' meetings are candidates too.
    partners = {path for pair in decisions.same for path in pair}
    if partners:
        md, doc = models.meeting_document, models.SourceDocument.__table__
        ids: set[int] = set()
        for chunk in _chunks(sorted(partners)):
            ids.update(
                conn.execute(
                    sa.select(md.c.meeting_id)
                    .join(doc, doc.c.id == md.c.document_id)
                    .where(doc.c.path.in_(chunk))
                ).scalars()
            )
        existing = dict(
            sorted((existing | _accounts_of_meetings(conn, ids - set(existing))).items())
        )
    new: list[list[Account]] = []
    out: list[Placement] = []
    # Only a group whose documents name the same principals can take a document (see
    # principal_signature), so groups are found by signature instead of tried one by one: a
    # batch meets thousands of stored meetings on its days, and trying each was quadratic.
    by_signature: dict[frozenset[str], list[tuple[Any, Sequence[Account]]]] = {}
    manual: list[tuple[Any, Sequence[Account]]] = []

    def index(key: Any, members: Sequence[Account]) -> None:
        for sig in {principal_signature(m) for m in members}:
            by_signature.setdefault(sig, []).append((key, members))
        if partners and any(m.path in partners for m in members):
            manual.append((key, members))

    for mid, members in existing.items():
        index(("meeting", mid), members)
    for x in accounts:
        candidates = {key: members for key, members in manual}
        candidates.update(by_signature.get(principal_signature(x), []))
        groups = sorted(candidates.items(), key=_group_order)
        chosen = choose(groups, x, decisions, people)
        if chosen is None:
            new.append([x])
            index(("group", len(new) - 1), new[-1])
            out.append(Placement(None, len(new) - 1, PRIMARY, 1.0))
            continue
        (where, key), found = chosen
        if where == "meeting":
            existing[key].append(x)
            index(("meeting", key), existing[key])
            out.append(Placement(key, None, found.basis, found.confidence))
        else:
            new[key].append(x)
            index(("group", key), new[key])
            out.append(Placement(None, key, found.basis, found.confidence))
    return out


def _group_order(group: tuple[Any, Sequence[Account]]) -> tuple[int, Any]:
    """Stored meetings by id, then the batch's new groups: the order choose() always saw."""
    (where, key), _members = group
    return (0 if where == "meeting" else 1, key)


def principal_signature(a: Account) -> frozenset[str]:
    """What two accounts with the same principals share: each principal's family key, else its
    person id. :func:`same_principals` holds only between accounts with equal signatures (a
    principal matches another with the same person id or family key), so this is a safe key
    for finding candidates."""
    return frozenset(p.family_key or f"#{p.person_id}" for p in a.principals)


# --- keeping meetings consistent with their documents --------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    date: dt.date | None
    date_precision: str
    format: str
    kind: str | None
    location: str | None
    host_country: str | None


def merged_facts(accounts: Sequence[Account]) -> Facts:
    """A meeting's facts from its documents' accounts, primary report first: the first date
    known to the day, the most specific format (:data:`FORMAT_PREFERENCE`), the first kind, and
    the first place with its country."""
    ordered = sorted(accounts, key=lambda a: a.order)
    dated = [a for a in ordered if a.date is not None]
    by_day = [a for a in dated if a.date_precision == "day"]
    first = (by_day or dated or [None])[0]
    fmt = min(
        (a.format for a in ordered),
        key=lambda f: FORMAT_PREFERENCE.index(f) if f in FORMAT_PREFERENCE else 99,
    )
    placed = [a for a in ordered if a.location]
    countries = [a.host_country for a in ordered if a.host_country]
    return Facts(
        date=first.date if first else None,
        date_precision=first.date_precision if first else "unknown",
        format=fmt,
        kind=next((a.kind for a in ordered if a.kind), None),
        location=placed[0].location if placed else None,
        host_country=(placed[0].host_country if placed else None)
        or (countries[0] if countries else None),
    )


def link_bases(
    accounts: Sequence[Account], decisions: Decisions, people: PeopleFile
) -> dict[int, Match]:
    """Each document's link basis within its meeting, from the documents alone (so that it does
    not depend on which was loaded first): ``manual`` when a decision joins it to another,
    ``primary`` for the first in :attr:`Account.order`, else its best match with another."""
    ordered = sorted(accounts, key=lambda a: a.order)
    out: dict[int, Match] = {}
    for i, a in enumerate(ordered):
        others = [b for b in ordered if b is not a]
        if any(decisions.is_same(a.path, b.path) for b in others):
            out[a.document_id] = Match(MANUAL, 1.0)
        elif i == 0:
            out[a.document_id] = Match(PRIMARY, 1.0)
        else:
            found = [m for b in others if (m := match(a, b, people)) is not None]
            out[a.document_id] = (
                max(found, key=lambda m: m.confidence) if found else Match(UNMATCHED, 0.0)
            )
    return out


def refresh_meetings(
    conn: Connection, meeting_ids: Iterable[int], people: PeopleFile | None = None
) -> None:
    """Recompute the facts of ``meeting_ids`` from their documents and each document's link
    basis (after documents joined or left them); meetings no document reports are removed."""
    ids = sorted(set(meeting_ids))
    if not ids:
        return
    people = people or builtin_people()
    meeting, md = models.Meeting.__table__, models.meeting_document
    by_meeting = _accounts_of_meetings(conn, ids)
    empty = [m for m in ids if m not in by_meeting]
    if empty:
        for chunk in _chunks(empty):
            conn.execute(sa.delete(meeting).where(meeting.c.id.in_(chunk)))
    if not by_meeting:
        return
    decisions = Decisions.load(conn, [a.path for accs in by_meeting.values() for a in accs])
    facts, bases = [], []
    for mid, accounts in by_meeting.items():
        f = merged_facts(accounts)
        facts.append(
            {
                "mid": mid,
                "f_date": f.date,
                "f_date_precision": f.date_precision,
                "f_format": f.format,
                "f_kind": f.kind,
                "f_location": f.location,
                "f_host_country": f.host_country,
            }
        )
        sides = {a.document_id: a.side for a in accounts}
        for doc_id, m in link_bases(accounts, decisions, people).items():
            bases.append(
                {
                    "mid": mid,
                    "did": doc_id,
                    "side": sides[doc_id],
                    "basis": m.basis,
                    "confidence": m.confidence,
                }
            )
    conn.execute(
        sa.update(meeting)
        .where(meeting.c.id == sa.bindparam("mid"))
        .values({c[2:]: sa.bindparam(c) for c in facts[0] if c != "mid"}),
        facts,
    )
    conn.execute(
        sa.update(md)
        .where(md.c.meeting_id == sa.bindparam("mid"), md.c.document_id == sa.bindparam("did"))
        .values(
            side=sa.bindparam("side"),
            link_basis=sa.bindparam("basis"),
            link_confidence=sa.bindparam("confidence"),
        ),
        bases,
    )


def fill_missing_sides(conn: Connection, person_ids: Iterable[int] | None = None) -> None:
    """Give documents stored without a side the one their first principal's country now gives
    (a later document may have taught the person's country).

    With ``person_ids`` (the persons a batch wrote), only documents with one of them as a
    principal are read: no other person's country can have changed, and re-reading every
    side-less document of the database after each batch grew with the database. The query
    starts from the side-less documents (an index) and probes each one's principals, rather
    than listing every document the batch's persons are principals of (a head of state is
    one in a fifth of them); a document with no publisher whose first principal has no
    country yet would stay without a side, so it is not read (else it would be read again
    after every batch)."""
    md, doc = models.meeting_document, models.SourceDocument.__table__
    pa, person = models.Participant.__table__, models.Person.__table__
    first_country = (
        sa.select(sa.func.coalesce(pa.c.country, person.c.country))
        .join(person, person.c.id == pa.c.person_id)
        .where(pa.c.document_id == md.c.document_id, pa.c.participation == "principal")
        .order_by(pa.c.id)
        .limit(1)
        .scalar_subquery()
    )
    where = sa.and_(
        md.c.side.is_(None),
        sa.or_(first_country.is_not(None), sa.func.coalesce(doc.c.publisher, "") != ""),
    )
    if person_ids is not None:
        ids = sorted(set(person_ids))
        if not ids or _none(conn, sa.select(md.c.document_id).join(doc).where(where)):
            return  # the usual case: one probe, without the batch's persons
        where = sa.and_(
            where,
            sa.exists().where(
                pa.c.document_id == md.c.document_id,
                pa.c.participation == "principal",
                pa.c.person_id.in_(ids),
            ),
        )
    missing = [(mid, account) for mid, account in _read_accounts(conn, where) if account.side]
    if missing:
        conn.execute(
            sa.update(md)
            .where(md.c.document_id == sa.bindparam("did"))
            .values(side=sa.bindparam("new_side")),
            [{"did": a.document_id, "new_side": a.side} for _, a in missing],
        )


def _none(conn: Connection, query: sa.Select[Any]) -> bool:
    return conn.execute(query.limit(1)).first() is None


def _move(conn: Connection, document_id: int, meeting_id: int) -> None:
    """Put a document, with its participants and statements, into another meeting."""
    for table in (
        models.meeting_document,
        models.Participant.__table__,
        models.Statement.__table__,
    ):
        conn.execute(
            sa.update(table).where(table.c.document_id == document_id).values(meeting_id=meeting_id)
        )


def _new_meeting(conn: Connection, account: Account) -> int:
    """A meeting of its own for a document, from the document's account."""
    meeting = models.Meeting.__table__
    return conn.execute(
        sa.insert(meeting)
        .values(
            date=account.date,
            date_precision=account.date_precision,
            format=account.format,
            kind=account.kind,
            location=account.location,
            host_country=account.host_country,
        )
        .returning(meeting.c.id)
    ).scalar_one()


# --- relinking everything ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RelinkReport:
    documents: int
    meetings_before: int
    meetings_after: int
    moved: int


def relink(conn: Connection, people: PeopleFile | None = None) -> RelinkReport:
    """Decide every link again, from the documents and the manual decisions alone: documents
    are taken by date and path, each joins the group :func:`choose` picks among those formed
    before it; then each group keeps the meeting of its primary document where it can, and
    documents move. Revision 0008 runs this on the documents an older dipdb stored; ``dipdb
    meetings relink`` after changing the rules, or after loaders that ran at the same time
    each created a meeting for two reports of one."""
    people = people or builtin_people()
    current = _read_accounts(conn)
    meeting_of = {a.document_id: mid for mid, a in current}
    before = len(set(meeting_of.values()))
    decisions = Decisions.load(conn)
    groups: list[list[Account]] = []
    by_day: dict[dt.date, list[int]] = {}
    by_path: dict[str, int] = {}
    for x in sorted((a for _, a in current), key=lambda a: (a.day, a.path, a.document_id)):
        near = {g for k in (-1, 0, 1) for g in by_day.get(x.day + dt.timedelta(days=k), [])}
        # A manual link holds whatever the dates.
        near |= {
            by_path[p] for pair in decisions.same if x.path in pair for p in pair if p in by_path
        }
        chosen = choose([(g, groups[g]) for g in sorted(near)], x, decisions, people)
        if chosen is None:
            groups.append([x])
            g = len(groups) - 1
        else:
            g = chosen[0]
            groups[g].append(x)
        by_day.setdefault(x.day, []).append(g)
        by_path[x.path] = g
    taken: set[int] = set()
    moved = 0
    touched: set[int] = set()
    for members in groups:
        ordered = sorted(members, key=lambda a: a.order)
        target = next(
            (meeting_of[a.document_id] for a in ordered if meeting_of[a.document_id] not in taken),
            None,
        )
        if target is None:
            target = _new_meeting(conn, ordered[0])
        taken.add(target)
        touched.add(target)
        for a in ordered:
            if meeting_of[a.document_id] != target:
                touched.add(meeting_of[a.document_id])
                _move(conn, a.document_id, target)
                moved += 1
    refresh_meetings(conn, touched, people)
    return RelinkReport(len(current), before, len(groups), moved)


# --- manual corrections --------------------------------------------------------------------------

_MEETING_REF = re.compile(r"^(?:m|meeting:)(\d+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DocumentRef:
    document_id: int
    path: str
    meeting_id: int


def resolve_document(conn: Connection, ref: str) -> DocumentRef:
    """A document named by its id or its path (as loaded, or a path to the same file)."""
    from dipdb.load import display_path  # load imports the writer, which imports this module

    doc, md = models.SourceDocument.__table__, models.meeting_document
    query = sa.select(doc.c.id, doc.c.path, md.c.meeting_id).join(md, md.c.document_id == doc.c.id)
    row = None
    if ref.strip().isdigit():
        row = conn.execute(query.where(doc.c.id == int(ref))).first()
    if row is None:
        for path in dict.fromkeys((ref, display_path(Path(ref)))):
            row = conn.execute(query.where(doc.c.path == path).order_by(doc.c.id)).first()
            if row is not None:
                break
    if row is None:
        raise MeetingError(
            f"no document {ref!r}: give a document id or the path it was loaded from "
            "('dipdb meetings list' shows both)"
        )
    return DocumentRef(row[0], row[1], row[2])


def _decide(conn: Connection, a: str, b: str, decision: str | None) -> None:
    """Record (or with None, forget) the decision about the pair of paths ``a`` and ``b``."""
    table = models.MeetingLinkDecision.__table__
    first, second = sorted((a, b))
    conn.execute(sa.delete(table).where(table.c.path_a == first, table.c.path_b == second))
    if decision is not None:
        conn.execute(
            sa.insert(table).values(
                path_a=first, path_b=second, decision=decision, decided_at=dt.datetime.now(dt.UTC)
            )
        )


def _account(conn: Connection, document_id: int) -> Account:
    [(_, account)] = _read_accounts(conn, models.meeting_document.c.document_id == document_id)
    return account


def link(engine: Engine, target: str, refs: Sequence[str], people: PeopleFile | None = None) -> int:
    """Put the documents ``refs`` into the meeting of ``target`` (a document, or a meeting
    written ``m12`` / ``meeting:12``) and record that each reports the same meeting as the
    target's primary document, so that every later load keeps them together. Returns the
    meeting's id."""
    people = people or builtin_people()
    with engine.begin() as conn:
        found = _MEETING_REF.match(target.strip())
        if found:
            meeting_id = int(found.group(1))
            members = _accounts_of_meetings(conn, [meeting_id]).get(meeting_id)
            if not members:
                raise MeetingError(f"no meeting {meeting_id}")
            anchor = min(members, key=lambda a: a.order).path
        else:
            ref = resolve_document(conn, target)
            meeting_id, anchor = ref.meeting_id, ref.path
            members = _accounts_of_meetings(conn, [meeting_id])[meeting_id]
        touched = {meeting_id}
        for ref in (resolve_document(conn, r) for r in refs):
            if ref.path == anchor:
                raise MeetingError(f"document {ref.document_id} cannot be linked to itself")
            _decide(conn, ref.path, anchor, "same")
            # An explicit link overrides an earlier "apart" with any document of the meeting.
            decisions = Decisions.load(conn, [ref.path])
            for member in members:
                if decisions.is_apart(ref.path, member.path):
                    _decide(conn, ref.path, member.path, None)
            if ref.meeting_id != meeting_id:
                touched.add(ref.meeting_id)
                _move(conn, ref.document_id, meeting_id)
        refresh_meetings(conn, touched, people)
    return meeting_id


def unlink(engine: Engine, refs: Sequence[str], people: PeopleFile | None = None) -> list[int]:
    """Give each document of ``refs`` a meeting of its own again and record that it reports a
    different meeting than the documents it shared one with. Returns the new meetings' ids."""
    people = people or builtin_people()
    out = []
    with engine.begin() as conn:
        for ref in (resolve_document(conn, r) for r in refs):
            members = _accounts_of_meetings(conn, [ref.meeting_id])[ref.meeting_id]
            others = [m for m in members if m.document_id != ref.document_id]
            if not others:
                raise MeetingError(
                    f"document {ref.document_id} is the only report of meeting "
                    f"{ref.meeting_id}: nothing to unlink"
                )
            new_id = _new_meeting(conn, _account(conn, ref.document_id))
            _move(conn, ref.document_id, new_id)
            for other in others:
                _decide(conn, ref.path, other.path, "apart")
            refresh_meetings(conn, [ref.meeting_id, new_id], people)
            out.append(new_id)
    return out


def forget(engine: Engine, refs: Sequence[str], people: PeopleFile | None = None) -> list[int]:
    """Drop the manual decisions about each document of ``refs`` and let the linker place it
    again, as a load would. Returns the meetings they end up in."""
    people = people or builtin_people()
    table = models.MeetingLinkDecision.__table__
    out = []
    with engine.begin() as conn:
        for ref in (resolve_document(conn, r) for r in refs):
            conn.execute(
                sa.delete(table).where(
                    sa.or_(table.c.path_a == ref.path, table.c.path_b == ref.path)
                )
            )
            account = _account(conn, ref.document_id)
            touched = {ref.meeting_id}
            own = ref.meeting_id
            if len(_accounts_of_meetings(conn, [own])[own]) > 1:
                own = _new_meeting(conn, account)
                _move(conn, ref.document_id, own)
                touched.add(own)
            days = [account.day + dt.timedelta(days=k) for k in (-1, 0, 1)]
            near = [(mid, m) for mid, m in meetings_near(conn, days).items() if mid != own]
            chosen = choose(near, account, Decisions.load(conn, [ref.path]), people)
            if chosen is not None:
                _move(conn, ref.document_id, chosen[0])
                touched.add(chosen[0])
                own = chosen[0]
            refresh_meetings(conn, touched, people)
            out.append(own)
    return out


def relink_all(engine: Engine, people: PeopleFile | None = None) -> RelinkReport:
    """:func:`relink` in one transaction."""
    with engine.begin() as conn:
        return relink(conn, people)


# --- listing -------------------------------------------------------------------------------------

LIST_COLUMNS = [
    "meeting_id",
    "date",
    "format",
    "kind",
    "documents",
    "document_id",
    "side",
    "genre",
    "link_basis",
    "link_confidence",
    "path",
    "title",
]


def list_meetings(
    engine: Engine, *, linked: bool = False, meeting_id: int | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """One row per meeting and document reporting it (:data:`LIST_COLUMNS`), by date; with
    ``linked``, only meetings that several documents report."""
    meeting, md = models.Meeting.__table__, models.meeting_document
    doc = models.SourceDocument.__table__
    counts = (
        sa.select(md.c.meeting_id, sa.func.count().label("n")).group_by(md.c.meeting_id).subquery()
    )
    query = (
        sa.select(
            meeting.c.id,
            meeting.c.date,
            meeting.c.format,
            meeting.c.kind,
            counts.c.n,
            doc.c.id,
            md.c.side,
            doc.c.genre,
            md.c.link_basis,
            md.c.link_confidence,
            doc.c.path,
            doc.c.title,
        )
        .join(md, md.c.meeting_id == meeting.c.id)
        .join(doc, doc.c.id == md.c.document_id)
        .join(counts, counts.c.meeting_id == meeting.c.id)
        .order_by(meeting.c.date, meeting.c.id, md.c.link_basis != PRIMARY, doc.c.path)
    )
    if linked:
        query = query.where(counts.c.n > 1)
    if meeting_id is not None:
        query = query.where(meeting.c.id == meeting_id)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(query)]
    return LIST_COLUMNS, rows


# --- comparing the accounts ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counted:
    """An item of one side's account (a speaker, a topic): how often this side and the others
    report it."""

    item_id: int
    item: str
    this_side: int
    other_sides: int

    @property
    def only_this_side(self) -> bool:
        return self.other_sides == 0


@dataclass(frozen=True, slots=True)
class NamedParticipant:
    person_id: int
    name: str
    title: str | None
    participation: str
    other_sides: int


@dataclass(frozen=True, slots=True)
class JointClaim:
    """A joint statement ("the two leaders agreed ...") and how many joint statements of the
    other sides share a topic with it (0: this side claims it alone)."""

    statement_id: int
    document_id: int
    text: str
    topics: tuple[str, ...]
    other_sides: int


@dataclass(frozen=True, slots=True)
class ReportedDocument:
    document_id: int
    path: str
    title: str
    publisher: str | None
    genre: str
    published: dt.date
    date: dt.date | None
    format: str
    kind: str | None
    location: str | None
    link_basis: str
    link_confidence: float


@dataclass
class SideAccount:
    """Everything one side's documents say about the meeting."""

    side: str
    documents: list[ReportedDocument] = field(default_factory=list)
    participants: list[NamedParticipant] = field(default_factory=list)
    speakers: list[Counted] = field(default_factory=list)
    topics: list[Counted] = field(default_factory=list)
    joint: list[JointClaim] = field(default_factory=list)


@dataclass
class Comparison:
    meeting_id: int
    date: dt.date | None
    format: str
    kind: str | None
    location: str | None
    sides: list[SideAccount]


def compare(engine: Engine, meeting_id: int) -> Comparison:
    """The accounts of one meeting side by side (one :class:`SideAccount` per side, the side of
    the primary report first). Counts come from the ``meeting_comparison`` view, so they are
    what SQL users see there; titles, documents and joint statements' topics are added."""
    meeting, md = models.Meeting.__table__, models.meeting_document
    doc = models.SourceDocument.__table__
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(
                meeting.c.id, meeting.c.date, meeting.c.format, meeting.c.kind, meeting.c.location
            ).where(meeting.c.id == meeting_id)
        ).first()
        if row is None:
            raise MeetingError(f"no meeting {meeting_id}; 'dipdb meetings list' shows them")
        docs = conn.execute(
            sa.select(
                sa.func.coalesce(md.c.side, UNKNOWN_SIDE),
                doc.c.id,
                doc.c.path,
                doc.c.title,
                doc.c.publisher,
                doc.c.genre,
                doc.c.published,
                md.c.reported_date,
                md.c.reported_format,
                md.c.reported_kind,
                md.c.reported_location,
                md.c.link_basis,
                md.c.link_confidence,
            )
            .join(doc, doc.c.id == md.c.document_id)
            .where(md.c.meeting_id == meeting_id)
        ).all()
        sides: dict[str, SideAccount] = {}
        documents = [
            (
                r[0],
                ReportedDocument(
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    _date(r[6]) or dt.date.min,
                    _date(r[7]),
                    r[8],
                    r[9],
                    r[10],
                    r[11],
                    float(r[12]),
                ),
            )
            for r in docs
        ]
        documents.sort(key=lambda d: (GENRE_ORDER.get(d[1].genre, 9), d[1].published, d[1].path))
        for side, d in documents:
            sides.setdefault(side, SideAccount(side)).documents.append(d)
        items = conn.execute(
            sa.text(
                "SELECT side, aspect, item_id, item, this_side, other_sides "
                "FROM meeting_comparison WHERE meeting_id = :id "
                "ORDER BY side, aspect, this_side DESC, item"
            ),
            {"id": meeting_id},
        ).all()
        other_of = {(r[0], r[1], r[2]): int(r[5]) for r in items}
        for side, aspect, item_id, item, this_side, other in items:
            counted = Counted(item_id, item, int(this_side), int(other))
            if aspect == "speaker":
                sides[side].speakers.append(counted)
            elif aspect == "topic":
                sides[side].topics.append(counted)
        participants = conn.execute(
            sa.text(
                "SELECT coalesce(md.side, :unknown), p.id, p.name, pa.title, pa.participation "
                "FROM participant pa JOIN meeting_document md ON md.document_id = pa.document_id "
                "JOIN person p ON p.id = pa.person_id WHERE md.meeting_id = :id "
                "ORDER BY CASE WHEN pa.participation = 'principal' THEN 0 ELSE 1 END, pa.id"
            ),
            {"id": meeting_id, "unknown": UNKNOWN_SIDE},
        ).all()
        seen: set[tuple[str, int]] = set()
        for side, pid, name, title, participation in participants:
            if (side, pid) not in seen:
                seen.add((side, pid))
                sides[side].participants.append(
                    NamedParticipant(
                        pid, name, title, participation, other_of.get((side, "participant", pid), 0)
                    )
                )
        joint = conn.execute(
            sa.text(
                "SELECT coalesce(md.side, :unknown), s.id, s.document_id, s.text, t.slug "
                "FROM statement s JOIN meeting_document md ON md.document_id = s.document_id "
                "LEFT JOIN statement_topic st ON st.statement_id = s.id "
                "LEFT JOIN topic t ON t.id = st.topic_id "
                "WHERE md.meeting_id = :id AND s.kind = 'joint' "
                "ORDER BY s.document_id, s.position, t.slug"
            ),
            {"id": meeting_id, "unknown": UNKNOWN_SIDE},
        ).all()
        claims: dict[int, tuple[str, int, str, list[str]]] = {}
        for side, sid, doc_id, text, slug in joint:
            entry = claims.setdefault(sid, (side, doc_id, text, []))
            if slug:
                entry[3].append(slug)
        for sid, (side, doc_id, text, slugs) in claims.items():
            sides[side].joint.append(
                JointClaim(sid, doc_id, text, tuple(slugs), other_of.get((side, "joint", sid), 0))
            )
    return Comparison(row[0], _date(row[1]), row[2], row[3], row[4], list(sides.values()))


def topic_parents(engine: Engine) -> dict[int, int | None]:
    """Each topic's parent, to fold sub-topics under the broadest topic one side omits."""
    topic = models.Topic.__table__
    with engine.connect() as conn:
        return dict(conn.execute(sa.select(topic.c.id, topic.c.parent_id)).all())


def only_one_side_topics(
    side: SideAccount, parents: dict[int, int | None]
) -> list[tuple[str, list[str]]]:
    """The topics only ``side`` reports, as (broadest such topic, its sub-topics also only
    here): "economy (trade, lng)" rather than four lines for one omission."""
    only = {t.item_id: t for t in side.topics if t.only_this_side}

    def top(tid: int) -> int:
        while (parent := parents.get(tid)) is not None and parent in only:
            tid = parent
        return tid

    grouped: dict[int, list[str]] = {}
    for tid in sorted(only, key=lambda t: only[t].item):
        root = top(tid)
        grouped.setdefault(root, [])
        if root != tid:
            grouped[root].append(only[tid].item)
    return [(only[root].item, subs) for root, subs in grouped.items()]


def _cell(values: Iterable[Any]) -> str:
    shown = list(dict.fromkeys("-" if v is None else str(v) for v in values))
    return " / ".join(shown) if shown else "-"


def render_comparison(c: Comparison, parents: dict[int, int | None] | None = None) -> str:
    """The comparison as text: documents, the facts each side reports, participants each side
    names, statements per speaker, then what only one side reports (topics, joint claims)."""
    from dipdb.export import rows_to_table

    parents = parents or {}
    names = [s.side for s in c.sides]
    docs = sum(len(s.documents) for s in c.sides)
    head = [
        f"Meeting {c.meeting_id}: {c.date or 'date unknown'}, {c.format}"
        + (f" {c.kind}" if c.kind else "")
        + (f", {c.location}" if c.location else ""),
        f"reported by {docs} document{'s' if docs != 1 else ''} from {len(names)} "
        f"side{'s' if len(names) != 1 else ''}: "
        + ", ".join(f"{s.side} ({len(s.documents)})" for s in c.sides),
    ]
    out = ["\n".join(head)]
    out.append(
        "Documents\n"
        + rows_to_table(
            ["side", "id", "genre", "link", "path", "title"],
            [
                (
                    s.side,
                    d.document_id,
                    d.genre,
                    d.link_basis + (f" ({d.link_confidence:.2f})" if d.link_confidence < 1 else ""),
                    d.path,
                    d.title,
                )
                for s in c.sides
                for d in s.documents
            ],
            max_width=60,
        )
    )
    facts = [
        (fact, *(_cell(getattr(d, fact) for d in s.documents) for s in c.sides))
        for fact in ("date", "format", "kind", "location")
    ]
    facts = [(("* " if len(set(row[1:])) > 1 else "  ") + row[0], *row[1:]) for row in facts]
    out.append(
        "As each side reports it (* where they differ)\n" + rows_to_table(["", *names], facts)
    )
    people: dict[int, str] = {}
    for s in c.sides:
        for p in s.participants:
            people.setdefault(p.person_id, p.name)
    named = {
        (s.side, p.person_id): p.participation + (f", {p.title}" if p.title else "")
        for s in c.sides
        for p in s.participants
    }
    if people:
        out.append(
            "Participants each side names\n"
            + rows_to_table(
                ["person", *names],
                [
                    (name, *(named.get((n, pid), "-") for n in names))
                    for pid, name in people.items()
                ],
                max_width=40,
            )
        )
    speakers: dict[int, str] = {}
    counts: dict[tuple[str, int], int] = {}
    for s in c.sides:
        for sp in s.speakers:
            speakers.setdefault(sp.item_id, sp.item)
            counts[(s.side, sp.item_id)] = sp.this_side
    if speakers:
        ranked = sorted(speakers, key=lambda pid: -sum(counts.get((n, pid), 0) for n in names))
        out.append(
            "Statements per speaker\n"
            + rows_to_table(
                ["speaker", *names],
                [(speakers[pid], *(counts.get((n, pid), 0) for n in names)) for pid in ranked],
            )
        )
    if len(c.sides) < 2:
        out.append(
            f"Only one side reports this meeting: nothing to compare between sides "
            f"('dipdb show meeting {c.meeting_id}' reads its documents)."
        )
        return "\n\n".join(out)
    lines = ["Topics only one side reports"]
    for s in c.sides:
        topics = only_one_side_topics(s, parents)
        shown = [t + (f" ({', '.join(subs)})" if subs else "") for t, subs in topics]
        lines.append(f"  {s.side}: {', '.join(shown) if shown else '-'}")
    out.append("\n".join(lines))
    lines = ["Joint statements claimed by one side only"]
    for s in c.sides:
        alone = [j for j in s.joint if j.other_sides == 0]
        lines.append(f"  {s.side}: {len(alone)} of {len(s.joint)} joint statements")
        for j in alone:
            text = " ".join(j.text.split())
            text = text if len(text) <= 160 else text[:159] + "…"
            topics = f" [{', '.join(j.topics)}]" if j.topics else ""
            lines.append(f"    - {text}{topics} (statement {j.statement_id})")
    out.append("\n".join(lines))
    return "\n\n".join(out)


def comparison_to_dict(c: Comparison, parents: dict[int, int | None] | None = None) -> dict:
    """The comparison as plain data for ``--json``; each side also lists the topics only it
    reports, folded as in the text output."""
    from dataclasses import asdict

    data = asdict(c)
    for side, raw in zip(c.sides, data["sides"], strict=True):
        raw["topics_only_this_side"] = [
            {"topic": t, "sub_topics": subs}
            for t, subs in only_one_side_topics(side, parents or {})
        ]
        raw["joint_only_this_side"] = [j.statement_id for j in side.joint if j.other_sides == 0]
    return data
