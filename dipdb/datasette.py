"""Metadata for Datasette, so that ``datasette dipdb.sqlite -m metadata.json`` explains itself.

The metadata is built from the live schema: table and column descriptions come from the models'
comments (the same ones PostgreSQL stores), view descriptions from
:data:`dipdb.schema_extras.VIEWS`, and the full-text configuration from the FTS table that
revision 0005 created. Only what exists in the database is described, so the file never names
a table or column Datasette cannot find (a test holds it to that).

Datasette reads SQLite files; for a PostgreSQL database the metadata still documents the schema
(useful for other tools) but has no full-text configuration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from dipdb import db, migrate, models
from dipdb.schema_extras import EXTRA_PREFIXES, FTS_COLUMN, FTS_TABLE, VIEWS

TITLE = "dipdb: who said what in diplomatic readouts"
DESCRIPTION = (
    "Statements from government and news-agency readouts of meetings, calls and talks, "
    "attributed to their speakers, with the meeting (date, format, place), its participants, "
    "and policy topics. Start with statement_detail (one row per statement, searchable), "
    "person_timeline, meeting_overview or speaker_topic_counts, or a canned query below."
)
SOURCE = "Readouts as published by each document's publisher (see source_document)"
LICENSE = (
    "The texts remain under their publishers' terms; the database structure and attribution "
    "are produced by dipdb (MIT licence)"
)
ABOUT = "dipdb"

#: Columns worth faceting on, per table or view.
FACETS = {
    "statement_detail": ["kind", "mode", "publisher", "meeting_format"],
    "statement": ["kind", "mode"],
    "meeting_overview": ["format", "host_country"],
    "person_timeline": ["person_name", "kind"],
}
#: Which column names a row when another table links to it.
LABEL_COLUMNS = {"person": "name", "topic": "name", "source_document": "title"}

#: Canned queries that work on both backends (Datasette itself reads SQLite only).
QUERIES: dict[str, dict[str, str]] = {
    "what_did_x_say_about_y": {
        "title": "What did a speaker say about a topic, and when?",
        "description": "speaker: part of a name or alias (Xi, Putin); topic: a topic slug "
        "(taiwan, energy, ukraine; sub-topics count too, see the topic table).",
        "sql": """SELECT t.date, t.person_name, t.cue, t.topics, t.text, t.publisher,
       t.meeting_id, t.statement_id
FROM person_timeline t
WHERE t.person_id IN (
    SELECT person_id FROM person_alias
    WHERE lower(alias) LIKE '%' || lower(:speaker) || '%'
)
AND t.statement_id IN (SELECT statement_id FROM statement_topic_rollup WHERE slug = :topic)
ORDER BY t.date, t.document_id, t.position""",
    },
    "topics_of_a_speaker": {
        "title": "Which topics does a speaker raise most?",
        "description": "speaker: part of the canonical name. Sub-topics count under their "
        "parents ('statements'); 'tagged' counts only direct tags.",
        "sql": """SELECT person_name, topic_slug, topic_name, statements, tagged,
       first_date, last_date
FROM speaker_topic_counts
WHERE lower(person_name) LIKE '%' || lower(:speaker) || '%'
ORDER BY statements DESC, topic_slug""",
    },
    "meetings_of_a_person": {
        "title": "Which meetings did a person attend?",
        "description": "person: part of a participant's name.",
        "sql": """SELECT meeting_id, date, format, kind, location, participants, publishers,
       statement_count
FROM meeting_overview
WHERE lower(participants) LIKE '%' || lower(:person) || '%'
ORDER BY date, meeting_id""",
    },
}

#: Canned queries that need the SQLite full-text table.
FTS_QUERIES: dict[str, dict[str, str]] = {
    "statements_with_phrase": {
        "title": "Statements containing a phrase, best match first",
        "description": "phrase: words to find together, matched as written (stemmed: "
        "'cooperate' finds 'cooperation'). For words anywhere in a statement, use the search "
        "box on statement_detail.",
        "sql": f"""SELECT v.date, v.speakers, v.cue,
       snippet({FTS_TABLE}, 0, '**', '**', '…', 24) AS snippet,
       v.topics, v.publisher, v.statement_id
FROM {FTS_TABLE} JOIN statement_detail v ON v.statement_id = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH '"' || replace(:phrase, '"', '""') || '"'
ORDER BY bm25({FTS_TABLE})
LIMIT 100""",
    },
}


def database_name(engine: Engine) -> str:
    """The name Datasette gives the database: the SQLite file's stem (``dipdb.sqlite`` ->
    ``dipdb``), or the PostgreSQL database name."""
    path = db.sqlite_path(engine.url)
    if path is not None:
        return Path(path).stem
    return engine.url.database or "dipdb"


def column_description(column: sa.Column[Any]) -> str:
    """The column's comment; for the keys the models leave uncommented, what they link to."""
    if column.comment:
        return column.comment
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column
        return f"The {target.table.name} row it belongs to ({target.table.name}.{target.name})"
    if column.primary_key:
        return f"Identifier of the {column.table.name} row"
    return ""


def _model_tables() -> dict[str, dict[str, Any]]:
    return {
        table.name: {
            "description": table.comment or "",
            "columns": {c.name: column_description(c) for c in table.columns},
        }
        for table in models.Base.metadata.sorted_tables
    }


def metadata(engine: Engine, name: str | None = None) -> dict[str, Any]:
    """The Datasette metadata for the database behind ``engine`` (at the current schema)."""
    migrate.require_current(engine)
    inspector = sa.inspect(engine)
    present_tables = set(inspector.get_table_names())
    present_views = set(inspector.get_view_names())
    has_fts = FTS_TABLE in present_tables
    tables: dict[str, dict[str, Any]] = {}
    for table, info in _model_tables().items():
        if table in present_tables:
            tables[table] = dict(info)
    if "statement" in tables and FTS_COLUMN in {
        c["name"] for c in inspector.get_columns("statement")
    }:
        tables["statement"]["columns"] = {
            **tables["statement"]["columns"],
            FTS_COLUMN: "PostgreSQL: to_tsvector('english', text), stored and indexed for search",
        }
    for view, doc in VIEWS.items():
        if view in present_views:
            tables[view] = {"description": doc.description, "columns": dict(doc.columns)}
    for table, facets in FACETS.items():
        if table in tables:
            tables[table]["facets"] = facets
    for table, column in LABEL_COLUMNS.items():
        if table in tables:
            tables[table]["label_column"] = column
    if has_fts:
        tables["statement"] |= {"fts_table": FTS_TABLE, "fts_pk": "id"}
        tables["statement_detail"] |= {"fts_table": FTS_TABLE, "fts_pk": "statement_id"}
        for table in sorted(present_tables):
            if table.startswith(EXTRA_PREFIXES):
                tables[table] = {"hidden": True}
    tables["alembic_version"] = {"hidden": True}
    queries = dict(QUERIES) | (dict(FTS_QUERIES) if has_fts else {})
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "source": SOURCE,
        "license": LICENSE,
        "about": ABOUT,
        "databases": {
            name or database_name(engine): {
                "description": DESCRIPTION,
                "tables": tables,
                "queries": queries,
            }
        },
    }
