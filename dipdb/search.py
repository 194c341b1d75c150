"""Finding statements: full-text search with ranking and snippets, the filters that ``search``,
``show`` and ``export`` share, and repair of the full-text index.

The index is created by migrations: on SQLite the external-content FTS5 table ``statement_fts``
(revision 0005), kept in step with ``statement`` by triggers; on PostgreSQL the generated column
``statement.search_vector`` = ``to_tsvector('english', text)`` with a GIN index (revision 0007),
so searches read stored vectors instead of parsing every candidate's text again.

User input never reaches either engine as query syntax. :func:`terms` splits it into words and
double-quoted phrases; SQLite gets each as a quoted FTS5 string (``"Indo-Pacific"``, with any
``"`` doubled), PostgreSQL as ``phraseto_tsquery`` parameters. Terms are ANDed, so
``G-7``, ``AUKUS:``, ``NEAR``, ``*`` or an unbalanced quote are just text to look for.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import migrate
from dipdb.schema_extras import FTS_COLUMN, FTS_INDEX, FTS_TABLE, FTS_TRIGGERS

#: Highlight marks around matched words in snippets, unless the caller asks for others.
MARKS = ("[", "]")
DEFAULT_LIMIT = 20

#: The current definitions of the SQLite triggers, used by :func:`rebuild` to repair an index
#: whose triggers went missing. Revision 0005 froze the same SQL (a test keeps them equal).
SQLITE_TRIGGERS: dict[str, str] = {
    "statement_fts_ai": """
CREATE TRIGGER statement_fts_ai AFTER INSERT ON statement BEGIN
    INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
END""",
    "statement_fts_ad": """
CREATE TRIGGER statement_fts_ad AFTER DELETE ON statement BEGIN
    INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
END""",
    "statement_fts_au": """
CREATE TRIGGER statement_fts_au AFTER UPDATE ON statement BEGIN
    INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
END""",
}
POSTGRESQL_INDEX = f"CREATE INDEX {FTS_INDEX} ON statement USING gin ({FTS_COLUMN})"
#: The indexed expression, for statement aliased as ``s``.
PG_VECTOR = f"s.{FTS_COLUMN}"


class SearchError(ValueError):
    """A search or filter the database cannot answer as asked; the message is for the user."""


class EmptyQuery(SearchError):
    """The query has no word to look for (only punctuation, or nothing): a usage error."""


# --- query text ----------------------------------------------------------------------------------

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w")


def terms(text: str) -> list[str]:
    """Words and "quoted phrases" of a user's query, without any search syntax.

    A balanced pair of double quotes makes a phrase; a stray quote is dropped. Terms with no
    letter or digit (``*``, ``-``, ``'``) are dropped too, since no index holds them.
    """
    found = []
    for match in _TERM.finditer(text):
        term = match.group(1) if match.group(1) is not None else match.group(2).replace('"', "")
        term = " ".join(term.split())
        if _WORD.search(term):
            found.append(term)
    return found


def fts5_query(words: Sequence[str]) -> str:
    """An FTS5 MATCH expression that looks for every term literally: each is a quoted string
    (``"`` doubled inside), and FTS5 ANDs adjacent strings."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _require_terms(query: str) -> list[str]:
    words = terms(query)
    if not words:
        raise EmptyQuery(f"nothing to search for in {query!r}: give at least one word")
    return words


# --- filters -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    """Which statements to consider; shared by ``search``, ``show person`` and ``export``.

    ``speaker`` matches a person's name or any alias as whole words ("Xi", "Putin",
    "President Biden"); ``topic`` is a slug and includes its sub-topics; ``since`` and
    ``until`` are inclusive and apply to the meeting date (or the publication date when the
    meeting date is unknown); ``publisher`` is a case-insensitive substring.
    """

    speaker: str | None = None
    topic: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    publisher: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f) is not None for f in self.__slots__)


def name_key(name: str) -> str:
    """The normalised form dipdb stores names and aliases under (see :mod:`dipdb.load`)."""
    return " ".join(name.casefold().replace("\u2019", "'").split())


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class PersonMatch:
    id: int
    name: str
    country: str | None


def find_persons(conn: Connection, name: str) -> list[PersonMatch]:
    """Persons a user means by ``name``: an id ("3"), else exact name or alias matches, else
    those whose name or an alias contains it as whole words ("Xi" finds "Xi Jinping")."""
    person = sa.table("person", *map(sa.column, ("id", "name", "name_key", "country")))
    alias = sa.table("person_alias", sa.column("person_id"), sa.column("alias_key"))
    columns = (person.c.id, person.c.name, person.c.country)
    if name.strip().isdigit():
        rows = conn.execute(sa.select(*columns).where(person.c.id == int(name))).all()
        return [PersonMatch(*r) for r in rows]
    key = name_key(name)
    if not key:
        return []
    exact = conn.execute(
        sa.select(*columns)
        .where(
            sa.or_(
                person.c.name_key == key,
                person.c.id.in_(sa.select(alias.c.person_id).where(alias.c.alias_key == key)),
            )
        )
        .order_by(person.c.name)
    ).all()
    if exact:
        return [PersonMatch(*r) for r in exact]
    pattern = f"% {_like_escape(key)} %"

    def words(col: Any) -> Any:
        return (" " + col + " ").like(pattern, escape="\\")

    rows = conn.execute(
        sa.select(*columns)
        .where(
            sa.or_(
                words(person.c.name_key),
                person.c.id.in_(sa.select(alias.c.person_id).where(words(alias.c.alias_key))),
            )
        )
        .order_by(person.c.name)
    ).all()
    return [PersonMatch(*r) for r in rows]


def _topic_and_below(conn: Connection, slug: str) -> list[int]:
    """Ids of the topic ``slug`` and of every topic under it (none for an unknown slug)."""
    return list(
        conn.execute(
            sa.text(
                "SELECT c.descendant_id FROM topic_closure c JOIN topic t ON t.id = c.ancestor_id "
                "WHERE t.slug = :slug ORDER BY c.descendant_id"
            ),
            {"slug": slug},
        ).scalars()
    )


def filter_sql(
    conn: Connection,
    filters: Filters,
    column: str = "v.statement_id",
    *,
    date: str = "v.date",
    publisher: str = "v.publisher",
) -> tuple[list[str], dict[str, Any], list[sa.BindParameter[Any]]]:
    """SQL conditions for ``filters``, their parameters and typed bind declarations. Raises
    :class:`SearchError` for a speaker or topic that the database does not know, so a typo is
    not mistaken for "never said anything".

    The conditions read ``statement_detail`` aliased ``v`` unless ``column`` (the statement id),
    ``date`` (the meeting date, else the publication date) and ``publisher`` name the same
    values elsewhere: a query that has joined statement, meeting and document itself need not
    join the view (on PostgreSQL, a second pass over every statement)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    binds: list[sa.BindParameter[Any]] = []
    if filters.speaker is not None:
        persons = find_persons(conn, filters.speaker)
        if not persons:
            raise SearchError(
                f"no person matches {filters.speaker!r}; 'dipdb people list' shows who is known"
            )
        where.append(
            "EXISTS (SELECT 1 FROM statement_speaker fs "
            f"WHERE fs.statement_id = {column} AND fs.person_id IN :speaker_ids)"
        )
        params["speaker_ids"] = [p.id for p in persons]
        binds.append(sa.bindparam("speaker_ids", expanding=True))
    if filters.topic is not None:
        topic_ids = _topic_and_below(conn, filters.topic)
        if not topic_ids:
            raise SearchError(
                f"no topic {filters.topic!r}; 'dipdb topics list' shows the topic slugs"
            )
        # A statement counts under a topic when it is tagged with it or with one below it. The
        # topic ids go in directly rather than through statement_topic_rollup, whose removal
        # of duplicates a test of existence does not need and which, on PostgreSQL, computes
        # the roll-up of every statement under a broad topic first (0.5 s for "economy" on
        # 10,000 articles).
        where.append(
            "EXISTS (SELECT 1 FROM statement_topic fst "
            f"WHERE fst.statement_id = {column} AND fst.topic_id IN :topic_ids)"
        )
        params["topic_ids"] = topic_ids
        binds.append(sa.bindparam("topic_ids", expanding=True))
    if filters.since is not None:
        where.append(f"{date} >= :since")
        params["since"] = filters.since
        binds.append(sa.bindparam("since", type_=sa.Date))
    if filters.until is not None:
        where.append(f"{date} <= :until")
        params["until"] = filters.until
        binds.append(sa.bindparam("until", type_=sa.Date))
    if filters.publisher is not None:
        where.append(f"lower({publisher}) LIKE :publisher ESCAPE '\\'")
        params["publisher"] = f"%{_like_escape(filters.publisher.casefold())}%"
    return where, params, binds


def statement_ids(conn: Connection, filters: Filters, query: str | None = None) -> list[int]:
    """Ids of the statements that match ``filters`` (and the words of ``query``), in document
    order: what ``export`` writes for a filtered subset."""
    where, params, binds = filter_sql(conn, filters)
    if query is not None and query.strip():
        ids = set(match_ids(conn, query))
        where.append("v.statement_id IN :matched")
        params["matched"] = sorted(ids) or [-1]
        binds.append(sa.bindparam("matched", expanding=True))
    sql = "SELECT v.statement_id FROM statement_detail v"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY v.date, v.document_id, v.position"
    return list(conn.execute(sa.text(sql).bindparams(*binds), params).scalars())


# --- lists per statement -------------------------------------------------------------------------


def _grouped(conn: Connection, sql: str, ids: Iterable[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        stmt = sa.text(sql).bindparams(sa.bindparam("ids", expanding=True))
        for sid, value in conn.execute(stmt, {"ids": chunk}):
            out.setdefault(sid, []).append(value)
    return out


def speakers_of(conn: Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    """Speaker names of each statement, in order (lists, unlike the views' joined text)."""
    return _grouped(
        conn,
        "SELECT ss.statement_id, p.name FROM statement_speaker ss "
        "JOIN person p ON p.id = ss.person_id WHERE ss.statement_id IN :ids "
        "ORDER BY ss.statement_id, ss.position",
        ids,
    )


def topics_of(conn: Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    """Topic slugs each statement was tagged with, alphabetical."""
    return _grouped(
        conn,
        "SELECT st.statement_id, t.slug FROM statement_topic st "
        "JOIN topic t ON t.id = st.topic_id WHERE st.statement_id IN :ids "
        "ORDER BY st.statement_id, t.slug",
        ids,
    )


# --- search --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One statement found, best first. ``score`` is higher for better matches on both
    backends (negated bm25 on SQLite, ts_rank on PostgreSQL), so compare it only within one
    search. ``snippet`` has the matched words between the highlight marks."""

    statement_id: int
    score: float
    date: dt.date | None
    meeting_id: int
    document_id: int
    publisher: str | None
    document_title: str
    kind: str
    cue: str | None
    mode: str
    speakers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    snippet: str = ""
    text: str = ""


_HIT_COLUMNS = (
    "v.statement_id, v.date, v.meeting_id, v.document_id, v.publisher, v.document_title, "
    "v.kind, v.cue, v.mode, v.text"
)


def _headline_options(marks: tuple[str, str]) -> str:
    start, stop = (m.replace('"', "") for m in marks)
    return (
        f'StartSel="{start}", StopSel="{stop}", MaxWords=30, MinWords=12, ShortWord=2, '
        'MaxFragments=2, FragmentDelimiter=" … "'
    )


def search(
    engine: Engine | Connection,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    marks: tuple[str, str] = MARKS,
) -> list[SearchHit]:
    """Statements whose text contains every term of ``query``, best match first.

    Raises :class:`SearchError` when the query has no words or a filter names an unknown
    speaker or topic.
    """
    words = _require_terms(query)
    filters = filters or Filters()
    if limit < 1:
        raise SearchError("--limit must be at least 1")
    if isinstance(engine, Connection):
        return _search(engine, words, filters, limit, marks)
    with engine.connect() as conn:
        return _search(conn, words, filters, limit, marks)


#: ``filter_sql``'s columns where statement ``s``, meeting ``m`` and document ``d`` are joined
_JOINED_COLUMNS = {
    "column": "s.id",
    "date": "coalesce(m.date, d.published)",
    "publisher": "d.publisher",
}


def _search(
    conn: Connection,
    words: list[str],
    filters: Filters,
    limit: int,
    marks: tuple[str, str],
) -> list[SearchHit]:
    sqlite = conn.dialect.name == "sqlite"
    # PostgreSQL filters on the statement, meeting and document the ranking joins anyway.
    columns = {} if sqlite else _JOINED_COLUMNS
    where, params, binds = filter_sql(conn, filters, **columns)
    params |= {"limit": limit, "mark_start": marks[0], "mark_end": marks[1]}
    extra = "".join(f" AND {w}" for w in where)
    if sqlite:
        params["match"] = fts5_query(words)
        # As on PostgreSQL: rank and cut first, then the snippets and the view's columns for
        # the hits shown only (FTS5 answers MATCH with a rowid constraint directly). Without
        # filters, only matches that score at least as well as the limit-th one are joined for
        # their dates (the tie-break), not every match.
        if where:
            ranked = f"""
    SELECT {FTS_TABLE}.rowid AS id, bm25({FTS_TABLE}) AS b
    FROM {FTS_TABLE} JOIN statement_detail v ON v.statement_id = {FTS_TABLE}.rowid
    WHERE {FTS_TABLE} MATCH :match{extra}"""
        else:
            ranked = f"""
    SELECT rowid AS id, bm25({FTS_TABLE}) AS b FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"""
        sql = f"""
WITH ranked AS MATERIALIZED ({ranked}
),
cut AS (SELECT b FROM ranked ORDER BY b LIMIT 1 OFFSET :limit - 1),
hits AS (
    SELECT r.id, -r.b AS score, coalesce(m.date, d.published) AS date
    FROM ranked r
    JOIN statement s ON s.id = r.id
    JOIN meeting m ON m.id = s.meeting_id
    JOIN source_document d ON d.id = s.document_id
    WHERE r.b <= coalesce((SELECT b FROM cut), r.b)
    ORDER BY r.b, date, r.id
    LIMIT :limit
)
SELECT {_HIT_COLUMNS}, h.score,
       snippet({FTS_TABLE}, 0, :mark_start, :mark_end, '…', 24) AS snippet
FROM hits h
JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = h.id AND {FTS_TABLE} MATCH :match
JOIN statement_detail v ON v.statement_id = h.id
ORDER BY h.score DESC, h.date, h.id"""
    else:
        tsquery = " && ".join(f"phraseto_tsquery('english', :term{i})" for i in range(len(words)))
        params |= {f"term{i}": w for i, w in enumerate(words)}
        params["options"] = _headline_options(marks)
        # Rank and cut to the limit first, on the statements alone; headlines and the view's
        # columns then come for the hits shown, not for every match. "NOT MATERIALIZED" lets
        # the planner see the query's words where it estimates the matches (a CTE used twice
        # is otherwise computed apart).
        if filters.topic is not None and filters.speaker is None:
            # A topic passes most matches of a word on that topic: walk the matches best
            # first and stop at the limit-th that passes ("trade" on economy: 24 ms, against
            # 45 ms testing the topic of all 7,000 matches first, on 10,000 articles).
            hits = f"""
hits AS (
    SELECT s.id, ts_rank({PG_VECTOR}, q.query) AS score, coalesce(m.date, d.published) AS date
    FROM statement s CROSS JOIN q
    JOIN meeting m ON m.id = s.meeting_id
    JOIN source_document d ON d.id = s.document_id
    WHERE {PG_VECTOR} @@ q.query{extra}
    ORDER BY score DESC, date, s.id
    LIMIT :limit
)"""
        else:
            # A speaker passes a fraction of a word's matches: test the filters first and rank
            # only what passes ("trade" by a speaker of 20,000 statements: 21 ms, against 37
            # ms walking the matches best first). As on SQLite, only the matches that score at
            # least as well as the limit-th one are joined for their dates (the tie-break),
            # and meeting and document join the ranking only for a date or publisher filter.
            dated = any(f is not None for f in (filters.since, filters.until, filters.publisher))
            joins = (
                "\n    JOIN meeting m ON m.id = s.meeting_id"
                "\n    JOIN source_document d ON d.id = s.document_id"
                if dated
                else ""
            )
            hits = f"""
ranked AS MATERIALIZED (
    SELECT s.id, s.meeting_id, s.document_id, ts_rank({PG_VECTOR}, q.query) AS score
    FROM statement s CROSS JOIN q{joins}
    WHERE {PG_VECTOR} @@ q.query{extra}
),
cut AS (SELECT score FROM ranked ORDER BY score DESC LIMIT 1 OFFSET :limit - 1),
hits AS (
    SELECT r.id, r.score, coalesce(m.date, d.published) AS date
    FROM ranked r
    JOIN meeting m ON m.id = r.meeting_id
    JOIN source_document d ON d.id = r.document_id
    WHERE r.score >= coalesce((SELECT score FROM cut), r.score)
    ORDER BY r.score DESC, date, r.id
    LIMIT :limit
)"""
        sql = f"""
WITH q AS NOT MATERIALIZED (SELECT {tsquery} AS query),{hits}
SELECT {_HIT_COLUMNS}, h.score,
       ts_headline('english', v.text, q.query, :options) AS snippet
FROM hits h CROSS JOIN q JOIN statement_detail v ON v.statement_id = h.id
ORDER BY h.score DESC, h.date, h.id"""
    rows = conn.execute(sa.text(sql).bindparams(*binds), params).mappings().all()
    ids = [r["statement_id"] for r in rows]
    speakers, topics = speakers_of(conn, ids), topics_of(conn, ids)
    return [
        SearchHit(
            statement_id=r["statement_id"],
            score=float(r["score"]),
            date=_as_date(r["date"]),
            meeting_id=r["meeting_id"],
            document_id=r["document_id"],
            publisher=r["publisher"],
            document_title=r["document_title"],
            kind=r["kind"],
            cue=r["cue"],
            mode=r["mode"],
            speakers=speakers.get(r["statement_id"], []),
            topics=topics.get(r["statement_id"], []),
            snippet=" ".join(str(r["snippet"]).split()),
            text=r["text"],
        )
        for r in rows
    ]


def _as_date(value: Any) -> dt.date | None:
    """Dates come back as text from SQLite views (no declared type): make them dates."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def match_ids(conn: Connection, query: str) -> list[int]:
    """Ids of statements containing every term of ``query``, straight from the full-text
    index (no views involved, so it works at every revision that has the index)."""
    words = _require_terms(query)
    if conn.dialect.name == "sqlite":
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match ORDER BY rowid"
        params: dict[str, Any] = {"match": fts5_query(words)}
    else:
        tsquery = " && ".join(f"phraseto_tsquery('english', :term{i})" for i in range(len(words)))
        sql = f"SELECT s.id FROM statement s WHERE {PG_VECTOR} @@ ({tsquery}) ORDER BY s.id"
        params = {f"term{i}": w for i, w in enumerate(words)}
    return list(conn.execute(sa.text(sql), params).scalars())


# --- index health --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """What ``dipdb fts check`` reports: ``ok`` when every statement is indexed as it reads."""

    backend: str
    statements: int
    indexed: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _sqlite_names(conn: Connection, type_: str) -> set[str]:
    return set(
        conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (type_,)).scalars()
    )


def check_index(conn: Connection) -> IndexStatus:
    """Verify the full-text index against ``statement``, changing nothing.

    SQLite: the FTS table and its three triggers exist, every statement id is indexed and no
    other, and FTS5's integrity check (which compares the index with the text) passes.
    PostgreSQL: the GIN index exists and is valid.
    """
    statements = conn.execute(sa.text("SELECT count(*) FROM statement")).scalar_one()
    problems: list[str] = []
    if conn.dialect.name == "sqlite":
        if FTS_TABLE not in _sqlite_names(conn, "table"):
            return IndexStatus("sqlite", statements, 0, [f"no {FTS_TABLE} table"])
        missing = sorted(set(FTS_TRIGGERS) - _sqlite_names(conn, "trigger"))
        if missing:
            problems.append(
                f"triggers missing ({', '.join(missing)}): new statements are not indexed"
            )
        docsize = f"{FTS_TABLE}_docsize"
        indexed = conn.execute(sa.text(f"SELECT count(*) FROM {docsize}")).scalar_one()
        unindexed = conn.execute(
            sa.text(f"SELECT count(*) FROM statement WHERE id NOT IN (SELECT id FROM {docsize})")
        ).scalar_one()
        stale = conn.execute(
            sa.text(f"SELECT count(*) FROM {docsize} WHERE id NOT IN (SELECT id FROM statement)")
        ).scalar_one()
        if unindexed:
            problems.append(f"{unindexed} statements are not in the index")
        if stale:
            problems.append(f"{stale} index entries have no statement")
        if not unindexed and not stale:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(
                        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
                    )
            except sa.exc.DatabaseError:
                problems.append("the index does not match the statement text")
        return IndexStatus("sqlite", statements, indexed, problems)
    generated = conn.execute(
        sa.text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'statement' AND column_name = :c AND is_generated = 'ALWAYS'"
        ),
        {"c": FTS_COLUMN},
    ).first()
    if generated is None:
        return IndexStatus(
            "postgresql", statements, 0, [f"no generated column statement.{FTS_COLUMN}"]
        )
    valid = conn.execute(
        sa.text(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = :name AND n.nspname = current_schema()"
        ),
        {"name": FTS_INDEX},
    ).scalar()
    if valid is None:
        problems.append(f"no index {FTS_INDEX}: searches scan every statement")
    elif not valid:
        problems.append(f"index {FTS_INDEX} is invalid")
    return IndexStatus("postgresql", statements, statements if valid else 0, problems)


def rebuild_index(conn: Connection) -> IndexStatus:
    """Rebuild the full-text index from ``statement`` and restore missing SQLite triggers.

    The repair for whatever :func:`check_index` finds; also the way to fill the index after a
    bulk load that bypassed the triggers.
    """
    if conn.dialect.name == "sqlite":
        if FTS_TABLE not in _sqlite_names(conn, "table"):
            raise SearchError(f"no {FTS_TABLE} table: run 'dipdb db upgrade'")
        present = _sqlite_names(conn, "trigger")
        for name, sql in SQLITE_TRIGGERS.items():
            if name not in present:
                conn.exec_driver_sql(sql)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    else:
        exists = conn.execute(
            sa.text(
                "SELECT 1 FROM pg_indexes WHERE indexname = :n AND schemaname = current_schema()"
            ),
            {"n": FTS_INDEX},
        ).first()
        if exists:
            conn.exec_driver_sql(f"REINDEX INDEX {FTS_INDEX}")
        else:
            conn.exec_driver_sql(POSTGRESQL_INDEX)
    return check_index(conn)


def check(engine: Engine) -> IndexStatus:
    """:func:`check_index` on a database at the current schema, in a transaction rolled back."""
    migrate.require_current(engine)
    with engine.connect() as conn:
        try:
            return check_index(conn)
        finally:
            conn.rollback()


def rebuild(engine: Engine) -> IndexStatus:
    """:func:`rebuild_index` in one transaction."""
    migrate.require_current(engine)
    with engine.begin() as conn:
        return rebuild_index(conn)
