"""Document genre and attributed official; person family key and curated flag.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 22:08:20.177789

``person.family_key`` lets the loader find the same person under another form of the name
("Joe Biden" / "Joseph R. Biden Jr."); existing rows are backfilled. ``curated`` marks persons
imported from a people file, which are kept when no document names them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dipdb.people import family_key

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "family_key",
                sa.Text(),
                nullable=True,
                comment="Folded family name: finds the same person under another form of the name",
            )
        )
        batch_op.add_column(
            sa.Column(
                "curated",
                sa.Boolean(),
                server_default=sa.false(),
                nullable=False,
                comment="Imported from a people file: kept even when no document names them",
            )
        )
        batch_op.create_index(batch_op.f("ix_person_family_key"), ["family_key"], unique=False)

    with op.batch_alter_table("source_document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "genre",
                sa.String(length=16),
                server_default="readout",
                nullable=False,
                comment="readout, transcript, briefing (with questions) or statement",
            )
        )
        batch_op.add_column(
            sa.Column(
                "attributed_to_id",
                sa.Integer(),
                nullable=True,
                comment="Official the text is attributed to ('attributable to Spokesperson X')",
            )
        )
        batch_op.create_index(
            batch_op.f("ix_source_document_attributed_to_id"), ["attributed_to_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_source_document_genre"), ["genre"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_source_document_attributed_to_id_person"),
            "person",
            ["attributed_to_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_source_document_genre"),
            "genre IN ('readout', 'transcript', 'briefing', 'statement')",
        )

    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("name", sa.Text),
        sa.column("family_key", sa.Text),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(person.c.id, person.c.name)).all()
    if rows:
        conn.execute(
            person.update()
            .where(person.c.id == sa.bindparam("pid"))
            .values(family_key=sa.bindparam("key")),
            [{"pid": pid, "key": family_key(name)} for pid, name in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("source_document", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_source_document_genre"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("fk_source_document_attributed_to_id_person"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_source_document_genre"))
        batch_op.drop_index(batch_op.f("ix_source_document_attributed_to_id"))
        batch_op.drop_column("attributed_to_id")
        batch_op.drop_column("genre")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_family_key"))
        batch_op.drop_column("curated")
        batch_op.drop_column("family_key")
