"""Full-text search over statement text: SQLite FTS5, PostgreSQL tsvector + GIN.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 23:10:00

SQLite: ``statement_fts`` is an external-content FTS5 table over ``statement(text)`` (the index
only; the text stays in ``statement``), kept in step by insert, delete and update triggers, the
pattern of the SQLite FTS5 documentation. ``content="statement"`` is written with double quotes
because that is what Datasette looks for to offer a search box on ``statement``. The porter
stemmer makes "cooperate" find "cooperation", as PostgreSQL's English configuration does.

PostgreSQL: a GIN expression index on ``to_tsvector('english', text)``; queries use the same
expression, so the index is always in step with the table and needs no triggers.

Rows already in ``statement`` are indexed here. The SQL is frozen: a later revision that changes
the index or triggers drops and recreates them (and one that rebuilds ``statement`` in SQLite
batch mode wraps it in ``dipdb.schema_extras.rebuild_guard``, which restores the triggers).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UPGRADE = (
    """
CREATE VIRTUAL TABLE statement_fts USING fts5(
    text,
    content="statement",
    content_rowid="id",
    tokenize='porter unicode61 remove_diacritics 2'
)
""",
    """
CREATE TRIGGER statement_fts_ai AFTER INSERT ON statement BEGIN
    INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
END
""",
    """
CREATE TRIGGER statement_fts_ad AFTER DELETE ON statement BEGIN
    INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
END
""",
    """
CREATE TRIGGER statement_fts_au AFTER UPDATE ON statement BEGIN
    INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
END
""",
    "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')",
)

SQLITE_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS statement_fts_au",
    "DROP TRIGGER IF EXISTS statement_fts_ad",
    "DROP TRIGGER IF EXISTS statement_fts_ai",
    "DROP TABLE IF EXISTS statement_fts",
)

POSTGRESQL_UPGRADE = (
    "CREATE INDEX ix_statement_text_fts ON statement USING gin (to_tsvector('english', text))",
    "COMMENT ON INDEX ix_statement_text_fts IS 'Full-text search over statement text: "
    "query with to_tsvector(''english'', text) @@ websearch_to_tsquery(''english'', ...)'",
)

POSTGRESQL_DOWNGRADE = ("DROP INDEX IF EXISTS ix_statement_text_fts",)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for sql in SQLITE_UPGRADE if sqlite else POSTGRESQL_UPGRADE:
        op.execute(sql)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for sql in SQLITE_DOWNGRADE if sqlite else POSTGRESQL_DOWNGRADE:
        op.execute(sql)
