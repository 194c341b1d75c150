"""Writing parsed articles: the rows of many articles in one pass per table.

The careless way to store an article (an ORM object per row, one flush per row) is 30-70 times
slower than the database's own bulk path. This module writes a *batch* of parsed articles with one
bulk statement per table: ids are allocated on the client before the insert (SQLite: ``max(id)``
under the write lock that ``BEGIN IMMEDIATE`` already holds; PostgreSQL: ``nextval`` of the table's
sequence, reserved in one query), so no row has to come back before its children can be written.
SQLite rows go through the driver's ``executemany``; PostgreSQL rows through ``COPY``. The SQLite
full-text index is filled in one pass per batch instead of by the per-row trigger.

Every article of a batch is written or none is: the caller runs :meth:`Writer.write` in one
transaction and, if it fails, retries the articles one by one to isolate the bad one. Writing one
article is the same code with a batch of one, so the bulk path produces exactly the rows of a
file-at-a-time load (a test compares them).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from dipdb import meetings, models, schema_extras
from dipdb.article import Article, Person
from dipdb.parse import PARSER_VERSION
from dipdb.people import PeopleFile, builtin_people, family_key, same_person
from dipdb.tagging import TopicIds


@dataclass(frozen=True, slots=True)
class Parsed:
    """An article ready to be written, with what identifies its file."""

    path: str
    sha256: str
    size: int
    article: Article


@dataclass(frozen=True, slots=True)
class Written:
    """What :meth:`Writer.write` did with one article: ``loaded``, ``replaced`` (an earlier
    version at the same path was removed), ``unchanged`` or ``duplicate`` (``same_as`` names
    the path stored first)."""

    document_id: int
    status: str
    same_as: str | None = None


@dataclass(slots=True)
class WriteTimes:
    """Seconds spent filling the full-text index in bulk, for the load report."""

    index: float = 0.0


# Column order of each bulk insert; the row builders below follow it.
DOCUMENT_COLS = (
    "id",
    "path",
    "sha256",
    "size_bytes",
    "publisher",
    "title",
    "published",
    "dateline_place",
    "dateline_date",
    "dateline_agency",
    "text",
    "parser_version",
    "loaded_at",
    "genre",
    "attributed_to_id",
)
PARAGRAPH_COLS = ("id", "document_id", "position", "kind", "char_start", "char_end")
MEETING_COLS = ("id", "date", "date_precision", "format", "kind", "location", "host_country")
MEETING_DOCUMENT_COLS = (
    "meeting_id",
    "document_id",
    "side",
    "reported_date",
    "reported_date_precision",
    "reported_format",
    "reported_kind",
    "reported_location",
    "reported_host_country",
    "link_basis",
    "link_confidence",
)
PARTICIPANT_COLS = ("meeting_id", "document_id", "person_id", "title", "country", "participation")
STATEMENT_COLS = (
    "id",
    "meeting_id",
    "document_id",
    "paragraph_id",
    "position",
    "char_start",
    "char_end",
    "text",
    "kind",
    "cue",
    "mode",
    "method",
    "confidence",
    "side",
)
SPEAKER_COLS = ("statement_id", "person_id", "position")
TOPIC_COLS = ("statement_id", "topic_id", "evidence_start", "evidence_end", "taxonomy_version_id")

#: Below this many statements a batch keeps the per-row FTS trigger: swapping the trigger out
#: costs two DDL statements, which only pays off for larger batches.
FTS_BULK_MIN_STATEMENTS = 64


@dataclass
class Writer:
    """Writes batches of parsed articles for one load run.

    It remembers which person row each name resolved to during the run: readouts name the same
    few hundred officials again and again, and a person already resolved under the same name,
    country and organisation needs no query, only the aliases not seen before (written in bulk
    before anything else could look them up). It also keeps the run's index of stored documents
    by day and principals (:class:`dipdb.meetings.CandidateIndex`), which finds the meetings a
    new document could join without reading every meeting on the batch's days. The memory is
    dropped when rows are deleted (a replaced file may prune persons) or a batch fails.
    """

    topic_ids: TopicIds
    people: PeopleFile = field(default_factory=builtin_people)
    times: WriteTimes = field(default_factory=WriteTimes)
    _persons: dict[tuple[str, str | None, str | None], int] = field(default_factory=dict)
    _aliases: set[tuple[int, str]] = field(default_factory=set)
    _forms: set[tuple[int, str]] = field(default_factory=set)
    _new_aliases: dict[tuple[int, str], str] = field(default_factory=dict)
    _candidates: meetings.CandidateIndex = field(default_factory=meetings.CandidateIndex)

    def forget(self) -> None:
        """Drop remembered person ids and documents (after a rollback they may name rows that
        do not exist)."""
        self._persons.clear()
        self._aliases.clear()
        self._forms.clear()
        self._new_aliases.clear()
        self._candidates.reset()

    def write(self, conn: Connection, items: Sequence[Parsed]) -> list[Written]:
        """Write ``items`` in the caller's transaction; returns what happened to each.

        Each article reports a meeting already stored when :func:`dipdb.meetings.place` finds
        one (another side's readout of the same call, ...); it then joins that meeting instead
        of creating one, and the meeting's facts are recomputed from all its documents.

        A file whose path is already in the database with other bytes replaces the earlier rows
        (its document, everything hanging off it, and meetings and persons nothing else refers
        to). Bytes already stored (by a concurrent loader since the caller checked) are not
        written again: they come back ``unchanged`` or ``duplicate``.
        """
        if not items:
            return []
        paths = [it.path for it in items]
        doc = models.SourceDocument.__table__
        if conn.dialect.name == "postgresql":
            _lock_contents(conn, [it.sha256 for it in items])
        stored = conn.execute(
            sa.select(doc.c.id, doc.c.path, doc.c.sha256).where(
                doc.c.sha256.in_([it.sha256 for it in items])
            )
        ).all()
        known = {r.sha256: r for r in stored}
        outcome: dict[str, Written] = {}
        for it in items:
            if it.sha256 in known:
                first = known[it.sha256]
                same = first.path == it.path
                outcome[it.path] = Written(
                    first.id, "unchanged" if same else "duplicate", None if same else first.path
                )
        items = [it for it in items if it.path not in outcome]
        replaced = delete_documents_at(conn, [it.path for it in items], self.people)
        if replaced:
            self.forget()
        person_ids = [self._resolve(conn, it.article.persons) for it in items]
        self._flush_aliases(conn)
        # Which meeting each article reports: one already stored, or a new one (dipdb.meetings).
        principal_rows = meetings.person_rows(
            conn,
            {
                ids[p.name]
                for it, ids in zip(items, person_ids, strict=True)
                for p in it.article.participants
                if p.participation == "principal"
            },
        )
        accounts = [
            meetings.article_account(-1 - i, it.path, it.article, ids, principal_rows)
            for i, (it, ids) in enumerate(zip(items, person_ids, strict=True))
        ]
        placements = meetings.place(conn, accounts, self.people, self._candidates)
        rows = _Rows.build(conn, items, person_ids, self.topic_ids, accounts, placements)
        self._candidates.add(rows.doc_ids, accounts)
        backend = conn.dialect.name
        insert = _copy if backend == "postgresql" else _executemany
        insert(conn, models.SourceDocument.__table__, DOCUMENT_COLS, rows.documents)
        insert(conn, models.Paragraph.__table__, PARAGRAPH_COLS, rows.paragraphs)
        insert(conn, models.Meeting.__table__, MEETING_COLS, rows.meetings)
        insert(conn, models.meeting_document, MEETING_DOCUMENT_COLS, rows.meeting_documents)
        insert(conn, models.Participant.__table__, PARTICIPANT_COLS, rows.participants)
        if backend == "sqlite" and len(rows.statements) >= FTS_BULK_MIN_STATEMENTS:
            with _fts_trigger_off(conn) as fill:
                insert(conn, models.Statement.__table__, STATEMENT_COLS, rows.statements)
                started = time.perf_counter()
                fill([(r[0], r[7]) for r in rows.statements])
                self.times.index += time.perf_counter() - started
        else:
            insert(conn, models.Statement.__table__, STATEMENT_COLS, rows.statements)
        insert(conn, models.StatementSpeaker.__table__, SPEAKER_COLS, rows.speakers)
        insert(conn, models.StatementTopic.__table__, TOPIC_COLS, rows.topics)
        # A meeting several documents report takes its facts and link bases from all of them.
        meetings.refresh_meetings(conn, rows.shared_meetings, self.people)
        meetings.fill_missing_sides(conn, {pid for ids in person_ids for pid in ids.values()})
        for doc_id, it in zip(rows.doc_ids, items, strict=True):
            outcome[it.path] = Written(doc_id, "replaced" if it.path in replaced else "loaded")
        return [outcome[p] for p in paths]

    def _resolve(self, conn: Connection, persons: Sequence[Person]) -> dict[str, int]:
        missing = [p for p in persons if (p.name, p.country, p.organization) not in self._persons]
        if missing:
            # Aliases learnt so far must be visible to the lookup by alias.
            self._flush_aliases(conn)
            found = resolve_persons(conn, missing, self.people)
            for p in missing:
                pid = found[p.name]
                self._persons[(p.name, p.country, p.organization)] = pid
                self._aliases.update((pid, name_key(form)) for form in (p.name, *p.aliases))
        ids = {}
        for p in persons:
            pid = ids[p.name] = self._persons[(p.name, p.country, p.organization)]
            for form in (p.name, *p.aliases):
                # The same few forms come back in article after article: each is normalised
                # once per person, not once per mention.
                if (pid, form) in self._forms:
                    continue
                self._forms.add((pid, form))
                key = (pid, name_key(form))
                if key not in self._aliases:
                    self._aliases.add(key)
                    self._new_aliases[key] = form
        return ids

    def _flush_aliases(self, conn: Connection) -> None:
        if self._new_aliases:
            _insert_ignore(
                conn,
                models.PersonAlias.__table__,
                [
                    {"person_id": pid, "alias_key": key, "alias": form}
                    for (pid, key), form in self._new_aliases.items()
                ],
            )
            self._new_aliases.clear()


# --- ids and rows --------------------------------------------------------------------------------


def allocate_ids(conn: Connection, table: sa.Table, count: int) -> list[int]:
    """Reserve ``count`` primary keys of ``table`` for rows the caller is about to insert.

    PostgreSQL hands them out from the table's sequence (safe against concurrent writers);
    SQLite continues after the largest id, which is safe because ``BEGIN IMMEDIATE`` holds the
    database's single write lock for the whole transaction.
    """
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        # The sequence is looked up once: inside the generate_series query PostgreSQL would
        # evaluate pg_get_serial_sequence for every row (three quarters of the time).
        sequence = conn.execute(
            sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar_one()
        return list(
            conn.execute(
                sa.text("SELECT nextval(CAST(:s AS regclass)) FROM generate_series(1, :n)"),
                {"s": sequence, "n": count},
            ).scalars()
        )
    top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))).scalar_one()
    return list(range(top + 1, top + 1 + count))


@dataclass
class _Rows:
    doc_ids: list[int]
    documents: list[tuple[Any, ...]]
    paragraphs: list[tuple[Any, ...]]
    meetings: list[tuple[Any, ...]]
    meeting_documents: list[tuple[Any, ...]]
    participants: list[tuple[Any, ...]]
    statements: list[tuple[Any, ...]]
    speakers: list[tuple[Any, ...]]
    topics: list[tuple[Any, ...]]
    #: Meetings that more than one document reports after this batch.
    shared_meetings: set[int] = field(default_factory=set)

    @classmethod
    def build(
        cls,
        conn: Connection,
        items: Sequence[Parsed],
        person_ids: Sequence[dict[str, int]],
        topic_ids: TopicIds,
        accounts: Sequence[meetings.Account],
        placements: Sequence[meetings.Placement],
    ) -> _Rows:
        """Every row of the batch, as tuples in the column orders above, with their keys.
        Meeting rows (and ids) only for the articles that :func:`dipdb.meetings.place` gave a
        new meeting; the others join the meeting it chose."""
        doc_ids = allocate_ids(conn, models.SourceDocument.__table__, len(items))
        groups = max((p.group for p in placements if p.group is not None), default=-1) + 1
        group_ids = allocate_ids(conn, models.Meeting.__table__, groups)
        meeting_ids = [
            p.meeting_id if p.meeting_id is not None else group_ids[p.group]  # type: ignore[index]
            for p in placements
        ]
        para_ids = iter(
            allocate_ids(
                conn, models.Paragraph.__table__, sum(len(it.article.paragraphs) for it in items)
            )
        )
        st_ids = iter(
            allocate_ids(
                conn, models.Statement.__table__, sum(len(it.article.statements) for it in items)
            )
        )
        now = dt.datetime.now(dt.UTC)
        out = cls(doc_ids, [], [], [], [], [], [], [], [])
        created: set[int] = set()
        for it, doc_id, meeting_id, persons, account, placed in zip(
            items, doc_ids, meeting_ids, person_ids, accounts, placements, strict=True
        ):
            a = it.article
            dl = a.dateline
            out.documents.append(
                (
                    doc_id,
                    it.path,
                    it.sha256,
                    it.size,
                    a.publisher,
                    a.header.title,
                    a.header.published,
                    dl.place if dl else None,
                    dl.date if dl else None,
                    dl.agency if dl else None,
                    a.text,
                    a.parser_version or PARSER_VERSION,
                    now,
                    a.genre,
                    persons.get(a.attributed_to) if a.attributed_to else None,
                )
            )
            paragraph_of: dict[int, int] = {}
            for p in a.paragraphs:
                pid = next(para_ids)
                paragraph_of[p.position] = pid
                out.paragraphs.append((pid, doc_id, p.position, p.kind, p.start, p.end))
            m = a.meeting
            if placed.meeting_id is None and meeting_id not in created:
                created.add(meeting_id)
                out.meetings.append(
                    (
                        meeting_id,
                        m.date,
                        m.date_precision,
                        m.format,
                        m.kind,
                        m.location,
                        m.host_country,
                    )
                )
            else:
                out.shared_meetings.add(meeting_id)
            out.meeting_documents.append(
                (
                    meeting_id,
                    doc_id,
                    account.side,
                    m.date,
                    m.date_precision,
                    m.format,
                    m.kind,
                    m.location,
                    m.host_country,
                    placed.basis,
                    placed.confidence,
                )
            )
            seen: set[int] = set()
            for part in a.participants:
                pid = persons[part.name]
                if pid not in seen:
                    seen.add(pid)
                    out.participants.append(
                        (meeting_id, doc_id, pid, part.title, part.country, part.participation)
                    )
            out._statement_rows(a, st_ids, meeting_id, doc_id, paragraph_of, persons, topic_ids)
        return out

    def _statement_rows(
        self,
        a: Article,
        st_ids: Iterator[int],
        meeting_id: int,
        doc_id: int,
        paragraph_of: dict[int, int],
        persons: dict[str, int],
        topic_ids: TopicIds,
    ) -> None:
        """The rows of an article's statements, their speakers and topics, with ids taken from
        ``st_ids``. The innermost loop of a load (20 statements an article, a million rows per
        10,000 articles), so its lookups are bound to locals."""
        statements, speakers, topics = self.statements, self.speakers, self.topics
        by_slug, version_id = topic_ids.by_slug, topic_ids.version_id
        for i, s in enumerate(a.statements):
            sid = next(st_ids)
            statements.append(
                (
                    sid,
                    meeting_id,
                    doc_id,
                    paragraph_of[s.paragraph],
                    i,
                    s.start,
                    s.end,
                    s.text,
                    s.kind,
                    s.cue,
                    s.mode,
                    s.method,
                    s.confidence,
                    s.side,
                )
            )
            # Two names of one article can resolve to one person: link them once.
            names = s.speakers
            if len(names) == 1:
                speakers.append((sid, persons[names[0]], 0))
            elif names:
                for k, pid in enumerate(dict.fromkeys(persons[n] for n in names)):
                    speakers.append((sid, pid, k))
            # A topic matched twice keeps its first evidence (one row per statement and topic).
            matches = s.topics
            if len(matches) > 1:
                matches = tuple({t.slug: t for t in reversed(matches)}.values())
            for t in matches:
                topic_id = by_slug.get(t.slug)
                if topic_id is not None:
                    topics.append((sid, topic_id, t.start, t.end, version_id))


# --- the two bulk paths --------------------------------------------------------------------------


def _executemany(
    conn: Connection, table: sa.Table, cols: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """SQLite: the driver's own ``executemany``. Dates and times are converted as SQLAlchemy
    stores them (ISO text without a zone), so rows read back the same either way; every other
    value the driver stores as SQLAlchemy would."""
    if not rows:
        return
    dialect = conn.dialect
    convert = [
        (i, f)
        for i, c in enumerate(cols)
        if isinstance(table.c[c].type, sa.Date | sa.DateTime)
        and (f := table.c[c].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    if convert:
        rows = [_converted(r, convert) for r in rows]
    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.connection.driver_connection.executemany(sql, rows)  # type: ignore[union-attr]


def _converted(row: tuple[Any, ...], convert: list[tuple[int, Callable[[Any], Any]]]) -> tuple:
    out = list(row)
    for i, f in convert:
        if out[i] is not None:
            out[i] = f(out[i])
    return tuple(out)


def _copy(
    conn: Connection, table: sa.Table, cols: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """PostgreSQL: ``COPY ... FROM STDIN`` through psycopg 3, on the
    connection (and so in the transaction) SQLAlchemy is using."""
    if not rows:
        return
    dbapi = conn.connection.driver_connection
    sql = f"COPY {table.name} ({', '.join(cols)}) FROM STDIN"
    with dbapi.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row(row)


class _fts_trigger_off:
    """Within the current transaction, stop the per-row FTS insert trigger and hand back a
    function that fills the index for the new rows in one statement; the trigger is restored
    before the transaction commits (DDL is transactional in SQLite, so no other connection ever
    sees the table without it, and a rollback restores it too)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sql: str | None = None

    def __enter__(self) -> Callable[[list[tuple[int, str]]], None]:
        trigger = schema_extras.FTS_TRIGGERS[0]
        self.sql = self.conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
        ).scalar()
        if self.sql is not None:
            self.conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        return self._fill

    def _fill(self, rows: list[tuple[int, str]]) -> None:
        if self.sql is None:  # no FTS table (or no trigger): nothing to keep in step
            return
        self.conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
            f"INSERT INTO {schema_extras.FTS_TABLE}(rowid, text) VALUES (?, ?)", rows
        )

    def __exit__(self, *exc: object) -> None:
        if self.sql is not None and exc[0] is None:
            self.conn.exec_driver_sql(self.sql)


# --- replacing and pruning -----------------------------------------------------------------------


def delete_documents_at(
    conn: Connection, paths: Sequence[str], people: PeopleFile | None = None
) -> set[str]:
    """Remove what earlier versions of the files at ``paths`` wrote, with everything that hangs
    off them (cascades), then meetings and persons nothing refers to any more; a meeting another
    document still reports takes its facts from that one again. Returns the paths that had
    rows."""
    doc, md = models.SourceDocument.__table__, models.meeting_document
    found = conn.execute(sa.select(doc.c.id, doc.c.path).where(doc.c.path.in_(paths))).all()
    if not found:
        return set()
    ids = [r.id for r in found]
    reported = set(
        conn.execute(sa.select(md.c.meeting_id).where(md.c.document_id.in_(ids))).scalars()
    )
    conn.execute(sa.delete(doc).where(doc.c.id.in_(ids)))
    prune_orphans(conn)
    meetings.refresh_meetings(conn, reported, people)
    return {r.path for r in found}


def prune_orphans(conn: Connection) -> None:
    meeting, md = models.Meeting.__table__, models.meeting_document
    conn.execute(sa.delete(meeting).where(~sa.exists().where(md.c.meeting_id == meeting.c.id)))
    person = models.Person.__table__
    part, spk = models.Participant.__table__, models.StatementSpeaker.__table__
    doc = models.SourceDocument.__table__
    conn.execute(
        sa.delete(person).where(
            person.c.curated.is_(False),
            ~sa.exists().where(part.c.person_id == person.c.id),
            ~sa.exists().where(spk.c.person_id == person.c.id),
            ~sa.exists().where(doc.c.attributed_to_id == person.c.id),
        )
    )


# --- persons -------------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """Normalised key for names and aliases: case- and spacing-insensitive."""
    return " ".join(name.casefold().replace("\u2019", "'").split())


#: the first key of the advisory locks :func:`_lock_contents` takes ("dd": dipdb documents);
#: two-key advisory locks are a key space of their own, apart from the loader's setup lock
CONTENT_LOCK_CLASS = 0x6464


def _lock_contents(conn: Connection, sha256s: Sequence[str]) -> None:
    """Hold, until the transaction ends, a PostgreSQL advisory lock on each file's contents.

    Two loaders given the same file both find it missing and both insert it, and the second
    then fails on the unique checksum once the first commits. Taking the locks before looking
    makes the second wait for the first's commit, and then find the document stored
    (``duplicate``/``unchanged``), as SQLite's one writer at a time does. The locks are taken
    in one order, so that loaders sharing several files cannot deadlock."""
    keys = sorted({int(h[:8], 16) - (1 << 31) for h in sha256s})
    conn.execute(
        sa.text(
            "SELECT count(pg_advisory_xact_lock(:cls, k)) "
            "FROM unnest(CAST(:keys AS integer[])) AS k"
        ),
        {"cls": CONTENT_LOCK_CLASS, "keys": keys},
    )


def _insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on either backend, so that concurrent loaders racing to
    create the same person or alias both succeed."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


def _match_by_family(conn: Connection, wanted: list[Person], people: PeopleFile) -> dict[str, int]:
    """Find persons known under another form of their name ("Joe Biden" for "Joseph R. Biden
    Jr.", "Biden" for either): same family name, compatible given names, no conflicting
    country. Ambiguity is settled by a shared alias, or not at all (a new row is safer than
    merging two people)."""
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    families = {p.name: family_key(p.name) for p in wanted}
    rows = conn.execute(
        sa.select(person.c.id, person.c.name, person.c.country, person.c.family_key).where(
            person.c.family_key.in_(set(families.values()))
        )
    ).all()
    if not rows:
        return {}
    aliases: dict[int, set[str]] = {}
    for pid, key in conn.execute(
        sa.select(alias.c.person_id, alias.c.alias_key).where(
            alias.c.person_id.in_([r.id for r in rows])
        )
    ):
        aliases.setdefault(pid, set()).add(key)
    found = {}
    for p in wanted:
        candidates = [
            r
            for r in rows
            if r.family_key == families[p.name]
            and same_person(p.name, p.country, r.name, r.country, people)
        ]
        if len(candidates) > 1:
            forms = {name_key(form) for form in (p.name, *p.aliases)}
            candidates = [r for r in candidates if forms & aliases.get(r.id, set())]
        if len(candidates) == 1:
            found[p.name] = candidates[0].id
    return found


def resolve_persons(
    conn: Connection, persons: Sequence[Person], people: PeopleFile | None = None
) -> dict[str, int]:
    """Map each of an article's persons to a person row, creating rows and aliases as needed.

    A person is found again, in this order, by canonical name; by an alias that names exactly
    one known person (an article that only says "President Xi" joins "Xi Jinping"); by family
    name with compatible given names (:func:`dipdb.people.same_person`). What is learnt is kept:
    every form the article used becomes an alias, a missing country is filled in, and a fuller
    name replaces a shorter one ("Biden" becomes "Joseph R. Biden Jr.").
    """
    people = people or builtin_people()
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    keys = {p.name: name_key(p.name) for p in persons}
    ids: dict[str, int] = {}
    by_key = dict(
        conn.execute(
            sa.select(person.c.name_key, person.c.id).where(person.c.name_key.in_(keys.values()))
        ).all()
    )
    ids.update({p.name: by_key[keys[p.name]] for p in persons if keys[p.name] in by_key})
    missing = [p for p in persons if p.name not in ids]
    if missing:
        by_alias = dict(
            conn.execute(
                sa.select(alias.c.alias_key, sa.func.min(alias.c.person_id))
                .where(alias.c.alias_key.in_([keys[p.name] for p in missing]))
                .group_by(alias.c.alias_key)
                .having(sa.func.count(sa.distinct(alias.c.person_id)) == 1)
            ).all()
        )
        ids.update({p.name: by_alias[keys[p.name]] for p in missing if keys[p.name] in by_alias})
    missing = [p for p in persons if p.name not in ids]
    if missing:
        by_family = _match_by_family(conn, missing, people)
        ids.update(by_family)
        _upgrade_names(conn, [(ids[p.name], p.name) for p in missing if p.name in by_family])
    new = [p for p in persons if p.name not in ids]
    if new:
        _insert_ignore(
            conn,
            person,
            [
                {
                    "name": p.name,
                    "name_key": keys[p.name],
                    "family_key": family_key(p.name),
                    "country": p.country,
                    "organization": p.organization,
                }
                for p in new
            ],
        )
        created = dict(
            conn.execute(
                sa.select(person.c.name_key, person.c.id).where(
                    person.c.name_key.in_([keys[p.name] for p in new])
                )
            ).all()
        )
        ids.update({p.name: created[keys[p.name]] for p in new})
    countries = [{"pid": ids[p.name], "country": p.country} for p in persons if p.country]
    if countries:
        conn.execute(
            sa.update(person)
            .where(person.c.id == sa.bindparam("pid"), person.c.country.is_(None))
            .values(country=sa.bindparam("country")),
            countries,
        )
    alias_rows = {
        (ids[p.name], name_key(form)): form for p in persons for form in (p.name, *p.aliases)
    }
    _insert_ignore(
        conn,
        alias,
        [
            {"person_id": pid, "alias_key": key, "alias": form}
            for (pid, key), form in alias_rows.items()
        ],
    )
    return ids


def _upgrade_names(conn: Connection, matches: list[tuple[int, str]]) -> None:
    """Give a person the fuller of two names for them, unless that name belongs to another."""
    person = models.Person.__table__
    for pid, name in matches:
        current = conn.execute(sa.select(person.c.name).where(person.c.id == pid)).scalar_one()
        if len(name.split()) <= len(current.split()):
            continue
        taken = conn.execute(
            sa.select(person.c.id).where(person.c.name_key == name_key(name))
        ).first()
        if taken is None:
            conn.execute(
                sa.update(person)
                .where(person.c.id == pid)
                .values(name=name, name_key=name_key(name))
            )
