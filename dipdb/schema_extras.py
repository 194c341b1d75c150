"""Schema objects that the declarative models do not describe, and the guards that keep them alive.

Views, full-text indexes and triggers are created by migrations with raw DDL; autogenerate cannot
see them, so :func:`include_object` tells Alembic's comparison to ignore them rather than report
them as drift (or, worse, generate ``drop_table`` for them).

They also get in the way of later migrations, which is what the guards are for:

* SQLite batch mode rebuilds a table (create a copy, drop the original, rename the copy). The
  rename fails while any view names the dropped table, and dropping the table silently drops
  its triggers (the full-text triggers on ``statement`` among them).
* PostgreSQL refuses to change the type of a column that a view uses.

A revision that alters a table therefore wraps the work in :func:`rebuild_guard`, which drops
every view and restores it afterwards (with its PostgreSQL comments) and recreates the SQLite
triggers of the rebuilt tables. The guards read the definitions from the database itself, so a
revision need not know which views and triggers earlier revisions created. As a last line of
defence, ``migrations/env.py`` calls :func:`assert_fts_triggers` after every migration, so a
revision that loses the triggers fails (and rolls back) instead of leaving a search index that
silently stops seeing new rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

#: Name of the SQLite FTS5 table over ``statement.text`` (Datasette finds ``<table>_fts``).
FTS_TABLE = "statement_fts"
#: The triggers that keep :data:`FTS_TABLE` in step with ``statement`` (SQLite).
FTS_TRIGGERS: tuple[str, ...] = ("statement_fts_ai", "statement_fts_ad", "statement_fts_au")
#: The PostgreSQL GIN index over ``statement.search_vector`` (``to_tsvector('english', text)``).
FTS_INDEX = "ix_statement_search_vector"


@dataclass(frozen=True, slots=True)
class ViewDoc:
    """What a view holds, for README, ``COMMENT ON`` and the Datasette metadata."""

    description: str
    columns: dict[str, str]


#: The views at the head revision, documented column by column. The revisions freeze their own
#: copies of the SQL and comments; tests check that this agrees with the live schema, the
#: PostgreSQL comments and the README.
VIEWS: dict[str, ViewDoc] = {
    "topic_closure": ViewDoc(
        "Every (ancestor, descendant) pair of the topic hierarchy; depth 0 is the topic itself, "
        "1 its parent, and so on.",
        {
            "ancestor_id": "The broader topic (topic.id)",
            "descendant_id": "The topic at or below it (topic.id)",
            "depth": "Levels between them: 0 for the topic itself",
        },
    ),
    "statement_topic_rollup": ViewDoc(
        "Each statement with every topic it counts under: the topics it was tagged with "
        "(depth 0) and all their ancestors (depth = levels up).",
        {
            "statement_id": "The statement (statement.id)",
            "topic_id": "A topic it counts under (topic.id)",
            "slug": "That topic's slug",
            "depth": "0 when tagged with this topic, else how many levels up it is",
        },
    ),
    "statement_detail": ViewDoc(
        "One row per statement with everything needed to read it: speakers, cue, mode, "
        "meeting date, format and place, publisher, document title and topics.",
        {
            "statement_id": "The statement (statement.id)",
            "document_id": "Document it comes from (source_document.id)",
            "meeting_id": "Meeting it was said at (meeting.id)",
            "paragraph_id": "Paragraph that contains it (paragraph.id)",
            "position": "0-based order within the document",
            "date": "Meeting date, or the publication date when the meeting date is unknown",
            "meeting_date": "Meeting date as parsed (NULL when unknown)",
            "meeting_format": "in_person, video, phone, written or unknown",
            "meeting_kind": "talks, meeting, call, visit, press conference, ...",
            "meeting_location": "Where the meeting took place, as written",
            "publisher": "Publisher or agency of the document",
            "document_title": "Title of the document",
            "published": "Publication date of the document",
            "kind": "speech, joint, implicit, narrative or boilerplate",
            "speakers": "Speaker names in order, separated by '; ' (NULL when nobody)",
            "speaker_count": "Number of speakers (0 for narrative and boilerplate)",
            "cue": "Reporting verb or phrase as written ('stressed', 'exchanged views')",
            "mode": "direct (quoted or transcript), indirect (reported) or mixed",
            "topics": "Slugs of the topics it was tagged with, alphabetical, separated by ', '",
            "confidence": "Attribution confidence, 0 to 1",
            "text": "The statement itself",
        },
    ),
    "meeting_overview": ViewDoc(
        "One row per meeting with its documents and participants as readable lists.",
        {
            "meeting_id": "The meeting (meeting.id)",
            "date": "When it took place (NULL when unknown)",
            "date_precision": "How much of date is known: day, month, year or unknown",
            "format": "in_person, video, phone, written or unknown",
            "kind": "talks, meeting, call, visit, press conference, ...",
            "location": "Where it took place, as written",
            "host_country": "Country of the location",
            "publishers": "Publishers that reported it, separated by '; '",
            "document_titles": "Titles of the documents reporting it, separated by '; '",
            "principals": "Names of the principals, separated by '; '",
            "participants": "Every participant once as 'Name (title)', principals first, "
            "separated by '; '",
            "participant_count": "Number of participants (persons, however many documents "
            "name them)",
            "statement_count": "Number of statements from its documents",
        },
    ),
    "meeting_comparison": ViewDoc(
        "How the sides' accounts of a meeting differ: one row per meeting, side and item of "
        "its account (a participant it names, a speaker, a topic, a joint statement), with "
        "how often this side and the other sides report it.",
        {
            "meeting_id": "The meeting (meeting.id)",
            "sides": "Number of sides whose documents report the meeting",
            "side": "The side whose account the row describes (meeting_document.side, "
            "'unknown' when not known)",
            "aspect": "participant, speaker, topic or joint",
            "item_id": "person.id (participant, speaker), topic.id (topic) or statement.id (joint)",
            "item": "The person's name, the topic's slug or the joint statement's text",
            "this_side": "participant: this side's documents naming them; speaker: statements "
            "attributed to them; topic: statements under the topic, sub-topics included; "
            "joint: 1",
            "other_sides": "The same count over the other sides' documents; joint: the other "
            "sides' joint statements sharing a topic with it",
            "only_this_side": "1 when no other side reports the item, else 0",
        },
    ),
    "speaker_topic_counts": ViewDoc(
        "How often each speaker spoke on each topic; a statement tagged with a sub-topic "
        "counts under its ancestors too (statements), or only where tagged (tagged).",
        {
            "person_id": "The speaker (person.id)",
            "person_name": "The speaker's canonical name",
            "topic_id": "The topic (topic.id)",
            "topic_slug": "The topic's slug",
            "topic_name": "The topic's name",
            "statements": "Statements by this speaker counted under the topic, sub-topics included",
            "tagged": "Statements by this speaker tagged with exactly this topic",
            "first_date": "Date of the earliest such statement",
            "last_date": "Date of the latest such statement",
        },
    ),
    "person_timeline": ViewDoc(
        "One row per person and statement they made (a joint statement appears under each "
        "speaker): a person's statements over time; order by date, document_id, position.",
        {
            "person_id": "The speaker (person.id)",
            "person_name": "The speaker's canonical name",
            "date": "Meeting date, or the publication date when the meeting date is unknown",
            "meeting_id": "Meeting it was said at (meeting.id)",
            "meeting_format": "in_person, video, phone, written or unknown",
            "meeting_location": "Where the meeting took place, as written",
            "statement_id": "The statement (statement.id)",
            "document_id": "Document it comes from (source_document.id)",
            "position": "0-based order within the document",
            "publisher": "Publisher or agency of the document",
            "kind": "speech, joint, implicit, narrative or boilerplate",
            "speakers": "All speakers of the statement, separated by '; '",
            "cue": "Reporting verb or phrase as written",
            "mode": "direct, indirect or mixed",
            "topics": "Slugs of the topics it was tagged with, separated by ', '",
            "text": "The statement itself",
        },
    ),
}

#: Names of tables and views created by migrations outside the models (views, FTS tables).
EXTRA_OBJECTS: frozenset[str] = frozenset(VIEWS) | {FTS_TABLE}
#: Prefixes of tables that a backend creates on its own (SQLite FTS5 shadow tables).
EXTRA_PREFIXES: tuple[str, ...] = (FTS_TABLE,)
#: Indexes created by migrations that the models cannot express (expression and GIN indexes).
EXTRA_INDEXES: frozenset[str] = frozenset({FTS_INDEX})
#: Columns created by migrations that the models leave out because only one backend has them
#: (PostgreSQL's generated tsvector; SQLite keeps its full-text index in ``FTS_TABLE``).
FTS_COLUMN = "search_vector"
EXTRA_COLUMNS: frozenset[str] = frozenset({FTS_COLUMN})


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic hook: leave out of autogenerate what migrations create outside the models."""
    if type_ == "table" and reflected and compare_to is None and name is not None:
        return not (name in EXTRA_OBJECTS or name.startswith(EXTRA_PREFIXES))
    if type_ == "column" and reflected and compare_to is None:
        return name not in EXTRA_COLUMNS
    return not (type_ == "index" and name in EXTRA_INDEXES)


# --- guards for migrations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedView:
    """A view as the database holds it, enough to create it again exactly."""

    name: str
    definition: str
    comment: str | None = None
    column_comments: tuple[tuple[str, str], ...] = ()


def saved_views(conn: Connection) -> list[SavedView]:
    """Every view of the current schema, in creation order (so dependencies come first)."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid"
        ).all()
        return [SavedView(name, sql) for name, sql in rows]
    views = conn.exec_driver_sql(
        "SELECT c.oid, c.relname, pg_get_viewdef(c.oid), obj_description(c.oid, 'pg_class') "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'v' AND n.nspname = current_schema() ORDER BY c.oid"
    ).all()
    saved = []
    for oid, name, definition, comment in views:
        columns = conn.exec_driver_sql(
            "SELECT attname, col_description(attrelid, attnum) FROM pg_attribute "
            "WHERE attrelid = %(oid)s AND attnum > 0 AND NOT attisdropped "
            "AND col_description(attrelid, attnum) IS NOT NULL ORDER BY attnum",
            {"oid": oid},
        ).all()
        saved.append(
            SavedView(
                name,
                f'CREATE VIEW "{name}" AS {definition}',
                comment,
                tuple((c, d) for c, d in columns),
            )
        )
    return saved


def sql_literal(text: str) -> str:
    """A string as an SQL literal, for DDL that takes no bound parameters (COMMENT ON)."""
    return "'" + text.replace("'", "''") + "'"


def comment_on_view(conn: Connection, view: str, doc: ViewDoc) -> None:
    """PostgreSQL ``COMMENT ON`` for a view and each of its columns (psql ``\\d+`` shows them)."""
    conn.exec_driver_sql(f'COMMENT ON VIEW "{view}" IS {sql_literal(doc.description)}')
    for column, text in doc.columns.items():
        conn.exec_driver_sql(f'COMMENT ON COLUMN "{view}"."{column}" IS {sql_literal(text)}')


def drop_views(conn: Connection, views: list[SavedView]) -> None:
    for view in reversed(views):
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{view.name}"')


def restore_views(conn: Connection, views: list[SavedView]) -> None:
    for view in views:
        conn.exec_driver_sql(view.definition)
        if conn.dialect.name == "postgresql":
            if view.comment is not None:
                conn.exec_driver_sql(
                    f'COMMENT ON VIEW "{view.name}" IS {sql_literal(view.comment)}'
                )
            for column, text in view.column_comments:
                conn.exec_driver_sql(
                    f'COMMENT ON COLUMN "{view.name}"."{column}" IS {sql_literal(text)}'
                )


def saved_triggers(conn: Connection, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER sql) of the SQLite triggers on ``tables``; none on PostgreSQL,
    whose ALTER TABLE keeps triggers."""
    if conn.dialect.name != "sqlite" or not tables:
        return []
    marks = ", ".join("?" for _ in tables)
    return [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) "
            "ORDER BY rowid",
            tables,
        )
    ]


def restore_triggers(conn: Connection, triggers: list[tuple[str, str]]) -> None:
    """Create again the triggers a table rebuild dropped (and leave alone those that survived)."""
    if not triggers:
        return
    present = set(
        conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
    )
    for name, sql in triggers:
        if name not in present:
            conn.exec_driver_sql(sql)


@contextmanager
def rebuild_guard(conn: Connection, *tables: str) -> Iterator[None]:
    """Wrap schema changes that rebuild ``tables`` (SQLite batch mode) or change column types
    (PostgreSQL): every view is dropped first and restored after, and the SQLite triggers of
    ``tables`` are recreated if the rebuild dropped them. Use it in revisions as::

        with schema_extras.rebuild_guard(op.get_bind(), "statement"):
            with op.batch_alter_table("statement") as batch_op:
                ...
    """
    views = saved_views(conn)
    triggers = saved_triggers(conn, tables)
    drop_views(conn, views)
    yield
    restore_triggers(conn, triggers)
    restore_views(conn, views)


def missing_fts_triggers(conn: Connection) -> list[str]:
    """Names of the full-text triggers that should exist but do not (SQLite; [] otherwise)."""
    if conn.dialect.name != "sqlite":
        return []
    names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    if FTS_TABLE not in names:
        return []
    return [t for t in FTS_TRIGGERS if t not in names]


def assert_fts_triggers(conn: Connection) -> None:
    """Fail a migration that left ``statement_fts`` without its triggers: from then on new
    statements would silently be missing from search. Wrap the revision's batch operations on
    ``statement`` in :func:`rebuild_guard`."""
    missing = missing_fts_triggers(conn)
    if missing:
        raise RuntimeError(
            f"migration dropped the full-text triggers {', '.join(missing)} on statement "
            "(SQLite batch mode rebuilds the table without them): wrap the batch operation in "
            "dipdb.schema_extras.rebuild_guard(op.get_bind(), 'statement')"
        )
