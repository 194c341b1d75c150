"""Taxonomy versions on topic tags; topic hierarchy views for plain SQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:00:00

``statement_topic.taxonomy_version_id`` records which taxonomy made each tag (rows from before
this revision point at an ``unrecorded`` version). Two views make the hierarchy queryable
without recursion in user queries: ``topic_closure`` (every ancestor/descendant pair, depth 0 for
a topic itself) and ``statement_topic_rollup`` (a statement tagged ``lng`` also counts under
``energy`` and ``economy``). The view SQL is frozen here: a later revision that changes a view
drops and recreates it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOPIC_CLOSURE = """
CREATE VIEW topic_closure AS
WITH RECURSIVE closure(ancestor_id, descendant_id, depth) AS (
    SELECT id, id, 0 FROM topic
    UNION ALL
    SELECT t.parent_id, c.descendant_id, c.depth + 1
    FROM closure c JOIN topic t ON t.id = c.ancestor_id
    WHERE t.parent_id IS NOT NULL AND c.depth < 32
)
SELECT ancestor_id, descendant_id, depth FROM closure
"""

STATEMENT_TOPIC_ROLLUP = """
CREATE VIEW statement_topic_rollup AS
SELECT st.statement_id, tc.ancestor_id AS topic_id, t.slug, min(tc.depth) AS depth
FROM statement_topic st
JOIN topic_closure tc ON tc.descendant_id = st.topic_id
JOIN topic t ON t.id = tc.ancestor_id
GROUP BY st.statement_id, tc.ancestor_id, t.slug
"""

COMMENTS = {
    "topic_closure": "Every (ancestor, descendant) pair of the topic hierarchy; depth 0 is the "
    "topic itself, 1 its parent, and so on.",
    "statement_topic_rollup": "Each statement with every topic it counts under: the topics it "
    "was tagged with (depth 0) and all their ancestors (depth = levels up).",
}


def create_views() -> None:
    op.execute(TOPIC_CLOSURE)
    op.execute(STATEMENT_TOPIC_ROLLUP)
    if op.get_bind().dialect.name == "postgresql":
        for view, comment in COMMENTS.items():
            op.execute(f"COMMENT ON VIEW {view} IS '{comment}'")


def drop_views() -> None:
    op.execute("DROP VIEW IF EXISTS statement_topic_rollup")
    op.execute("DROP VIEW IF EXISTS topic_closure")


def upgrade() -> None:
    version = op.create_table(
        "taxonomy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "version", sa.Text(), nullable=False, comment="The taxonomy file's version string"
        ),
        sa.Column(
            "checksum",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the effective taxonomy (topics and phrases)",
        ),
        sa.Column(
            "source", sa.Text(), nullable=False, comment="Where it came from: builtin or a path"
        ),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            nullable=False,
            comment="When it first tagged statements here (UTC)",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taxonomy_version")),
        sa.UniqueConstraint("checksum", name=op.f("uq_taxonomy_version_checksum")),
        comment="A taxonomy that tagged statements: which version tagged what.",
    )
    conn = op.get_bind()
    unrecorded = None
    if conn.execute(sa.text("SELECT count(*) FROM statement_topic")).scalar():
        unrecorded = conn.execute(
            sa.insert(version).returning(version.c.id),
            {
                "version": "unrecorded",
                "checksum": "unrecorded",
                "source": "tags made before schema revision 0003",
                "recorded_at": dt.datetime.now(dt.UTC),
            },
        ).scalar_one()
    with op.batch_alter_table("statement_topic") as batch_op:
        batch_op.add_column(
            sa.Column(
                "taxonomy_version_id",
                sa.Integer(),
                nullable=True,
                comment="The taxonomy version that made this tag",
            )
        )
    if unrecorded is not None:
        op.execute(sa.text(f"UPDATE statement_topic SET taxonomy_version_id = {int(unrecorded)}"))
    with op.batch_alter_table("statement_topic") as batch_op:
        batch_op.alter_column("taxonomy_version_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(
            batch_op.f("ix_statement_topic_taxonomy_version_id"), ["taxonomy_version_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_statement_topic_taxonomy_version_id_taxonomy_version"),
            "taxonomy_version",
            ["taxonomy_version_id"],
            ["id"],
        )
    create_views()


def downgrade() -> None:
    drop_views()
    with op.batch_alter_table("statement_topic") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_statement_topic_taxonomy_version_id_taxonomy_version"),
            type_="foreignkey",
        )
        batch_op.drop_index(batch_op.f("ix_statement_topic_taxonomy_version_id"))
        batch_op.drop_column("taxonomy_version_id")
    op.drop_table("taxonomy_version")
