"""Initial schema: documents, paragraphs, meetings, persons, participants, statements, topics.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 21:47:43.478775

Tables are created parents first and dropped children first, so that both directions work with
foreign keys enforced on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True, comment="When the meeting took place"),
        sa.Column(
            "date_precision",
            sa.String(length=16),
            nullable=False,
            comment="How much of date is known: day, month, year or unknown",
        ),
        sa.Column(
            "format",
            sa.String(length=16),
            nullable=False,
            comment="in_person, video, phone, written or unknown",
        ),
        sa.Column(
            "kind",
            sa.String(length=64),
            nullable=True,
            comment="talks, meeting, call, visit, press conference, ...",
        ),
        sa.Column("location", sa.Text(), nullable=True, comment="Where it took place, as written"),
        sa.Column("host_country", sa.Text(), nullable=True, comment="Country of the location"),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'year', 'unknown')",
            name=op.f("ck_meeting_date_precision"),
        ),
        sa.CheckConstraint(
            "format IN ('in_person', 'video', 'phone', 'written', 'unknown')",
            name=op.f("ck_meeting_format"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        comment="An event (talks, meeting, call, visit) that one or more documents report.",
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_format"), ["format"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_host_country"), ["host_country"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False, comment="Canonical full name"),
        sa.Column(
            "name_key",
            sa.Text(),
            nullable=False,
            comment="Normalised name used to find the same person again",
        ),
        sa.Column("country", sa.Text(), nullable=True, comment="Country they serve"),
        sa.Column(
            "organization",
            sa.Text(),
            nullable=True,
            comment="Organization they represent, when not a country (NATO, UN, ...)",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name_key", name=op.f("uq_person_name_key")),
        comment="A person, one row across all documents that name them.",
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)

    op.create_table(
        "source_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "path",
            sa.Text(),
            nullable=False,
            comment="Path as loaded (relative to the working directory if inside it)",
        ),
        sa.Column(
            "sha256",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the file's bytes: identical files load once",
        ),
        sa.Column("size_bytes", sa.Integer(), nullable=False, comment="Size of the file in bytes"),
        sa.Column(
            "publisher",
            sa.Text(),
            nullable=True,
            comment="Publisher or agency (Xinhua, The White House, ...)",
        ),
        sa.Column("title", sa.Text(), nullable=False, comment="Title from the header line"),
        sa.Column(
            "published", sa.Date(), nullable=False, comment="Publication date from the header line"
        ),
        sa.Column(
            "dateline_place",
            sa.Text(),
            nullable=True,
            comment="Place of the dateline (BEIJING in 'BEIJING, Dec. 30 (Xinhua) --')",
        ),
        sa.Column(
            "dateline_date",
            sa.Date(),
            nullable=True,
            comment="Date of the dateline, with the year taken from the publication date",
        ),
        sa.Column("dateline_agency", sa.Text(), nullable=True, comment="Agency in the dateline"),
        sa.Column(
            "text",
            sa.Text(),
            nullable=False,
            comment="Full text as read (UTF-8, BOM removed, line endings kept): offsets index it",
        ),
        sa.Column(
            "parser_version",
            sa.String(length=32),
            nullable=False,
            comment="dipdb parser version used",
        ),
        sa.Column(
            "loaded_at",
            sa.DateTime(timezone=True),
            nullable=False,
            comment="When this document was loaded (UTC)",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_document")),
        sa.UniqueConstraint("sha256", name=op.f("uq_source_document_sha256")),
        comment="One loaded article file, with its full text and header facts.",
    )
    with op.batch_alter_table("source_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_document_path"), ["path"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_source_document_published"), ["published"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_source_document_publisher"), ["publisher"], unique=False
        )

    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False, comment="Stable identifier"),
        sa.Column("name", sa.Text(), nullable=False, comment="Human-readable name"),
        sa.Column("parent_id", sa.Integer(), nullable=True, comment="Broader topic"),
        sa.Column("description", sa.Text(), nullable=True, comment="What counts as this topic"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["topic.id"], name=op.f("fk_topic_parent_id_topic"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("slug", name=op.f("uq_topic_slug")),
        comment="A policy topic of the taxonomy; parent_id gives the hierarchy.",
    )
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "meeting_document",
        sa.Column("meeting_id", sa.Integer(), nullable=False, comment="The meeting reported"),
        sa.Column("document_id", sa.Integer(), nullable=False, comment="A document reporting it"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["source_document.id"],
            name=op.f("fk_meeting_document_document_id_source_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_document_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "document_id", name=op.f("pk_meeting_document")),
        comment="Which documents report which meeting (two publishers can report one meeting).",
    )
    with op.batch_alter_table("meeting_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_document_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "paragraph",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column(
            "position", sa.Integer(), nullable=False, comment="0-based order within the document"
        ),
        sa.Column(
            "kind",
            sa.String(length=32),
            nullable=False,
            comment="caption, credit, lede, body, attendance, byline, meta, label, separator, ...",
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the first character in the text",
        ),
        sa.Column(
            "char_end", sa.Integer(), nullable=False, comment="Offset just past the last character"
        ),
        sa.CheckConstraint("char_start <= char_end", name=op.f("ck_paragraph_offsets")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["source_document.id"],
            name=op.f("fk_paragraph_document_id_source_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paragraph")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_paragraph_document_id_position")
        ),
        comment="A block of a document between blank lines, with its role in the article.",
    )
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paragraph_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_paragraph_kind"), ["kind"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True, comment="Title held at this meeting"),
        sa.Column("country", sa.Text(), nullable=True, comment="Side they represented"),
        sa.Column(
            "participation",
            sa.String(length=32),
            nullable=False,
            comment="principal, present, moderator, questioner, mentioned",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_participant_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participant_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_participant_meeting_id_person_id")
        ),
        comment="A person at a meeting, with the title held there and their part in it.",
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participant_participation"), ["participation"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participant_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False, comment="The form as written"),
        sa.Column(
            "alias_key",
            sa.Text(),
            nullable=False,
            comment="Lower-cased, space-normalised alias for lookups",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_alias_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_alias")),
        sa.UniqueConstraint(
            "person_id", "alias_key", name=op.f("uq_person_alias_person_id_alias_key")
        ),
        comment="Every form texts use for a person ('President Xi', 'Xi', ...).",
    )
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_alias_alias_key"), ["alias_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_alias_person_id"), ["person_id"], unique=False)

    op.create_table(
        "statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column(
            "position", sa.Integer(), nullable=False, comment="0-based order within the document"
        ),
        sa.Column(
            "char_start", sa.Integer(), nullable=False, comment="Offset into source_document.text"
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the span: text = text[start:end]",
        ),
        sa.Column("text", sa.Text(), nullable=False, comment="The span itself"),
        sa.Column(
            "kind",
            sa.String(length=16),
            nullable=False,
            comment="speech, joint, implicit, narrative or boilerplate",
        ),
        sa.Column(
            "cue",
            sa.Text(),
            nullable=True,
            comment="Reporting verb or phrase as written ('stressed', 'exchanged views')",
        ),
        sa.Column(
            "mode",
            sa.String(length=16),
            nullable=False,
            comment="direct (quoted or transcript), indirect (reported) or mixed",
        ),
        sa.Column(
            "method",
            sa.String(length=32),
            nullable=True,
            comment="How the speaker was found: explicit_name, title, pronoun, trailing, ...",
        ),
        sa.Column(
            "confidence", sa.Float(), nullable=False, comment="Attribution confidence, 0 to 1"
        ),
        sa.Column(
            "side",
            sa.Text(),
            nullable=True,
            comment="Country when the text names a delegation ('the Chinese side')",
        ),
        sa.CheckConstraint(
            "kind IN ('speech', 'joint', 'implicit', 'narrative', 'boilerplate')",
            name=op.f("ck_statement_kind"),
        ),
        sa.CheckConstraint(
            "mode IN ('direct', 'indirect', 'mixed')", name=op.f("ck_statement_mode")
        ),
        sa.CheckConstraint("char_start < char_end", name=op.f("ck_statement_offsets")),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_statement_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["source_document.id"],
            name=op.f("fk_statement_document_id_source_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_statement_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"],
            ["paragraph.id"],
            name=op.f("fk_statement_paragraph_id_paragraph"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_statement_document_id_position")
        ),
        comment="A contiguous span of one paragraph attributed to the same speaker(s).",
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_statement_paragraph_id"), ["paragraph_id"], unique=False
        )

    op.create_table(
        "statement_speaker",
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "position",
            sa.Integer(),
            nullable=False,
            comment="Order of the speaker in the statement",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_statement_speaker_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statement.id"],
            name=op.f("fk_statement_speaker_statement_id_statement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("statement_id", "person_id", name=op.f("pk_statement_speaker")),
        comment="Who a statement is attributed to; several rows when joint.",
    )
    with op.batch_alter_table("statement_speaker", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_statement_speaker_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "statement_topic",
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column(
            "evidence_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the evidence in the document",
        ),
        sa.Column(
            "evidence_end", sa.Integer(), nullable=False, comment="Offset just past the evidence"
        ),
        sa.CheckConstraint(
            "evidence_start < evidence_end", name=op.f("ck_statement_topic_evidence")
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statement.id"],
            name=op.f("fk_statement_topic_statement_id_statement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_statement_topic_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("statement_id", "topic_id", name=op.f("pk_statement_topic")),
        comment="A topic a statement is about, with the matched evidence span.",
    )
    with op.batch_alter_table("statement_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_topic_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("statement_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_topic_topic_id"))

    op.drop_table("statement_topic")
    with op.batch_alter_table("statement_speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_speaker_person_id"))

    op.drop_table("statement_speaker")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_statement_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_statement_kind"))
        batch_op.drop_index(batch_op.f("ix_statement_document_id"))

    op.drop_table("statement")
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_alias_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_alias_alias_key"))

    op.drop_table("person_alias")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_participant_participation"))
        batch_op.drop_index(batch_op.f("ix_participant_meeting_id"))

    op.drop_table("participant")
    with op.batch_alter_table("paragraph", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paragraph_kind"))
        batch_op.drop_index(batch_op.f("ix_paragraph_document_id"))

    op.drop_table("paragraph")
    with op.batch_alter_table("meeting_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_document_document_id"))

    op.drop_table("meeting_document")
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_parent_id"))

    op.drop_table("topic")
    with op.batch_alter_table("source_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_document_publisher"))
        batch_op.drop_index(batch_op.f("ix_source_document_published"))
        batch_op.drop_index(batch_op.f("ix_source_document_path"))

    op.drop_table("source_document")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name"))
        batch_op.drop_index(batch_op.f("ix_person_country"))

    op.drop_table("person")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_host_country"))
        batch_op.drop_index(batch_op.f("ix_meeting_format"))
        batch_op.drop_index(batch_op.f("ix_meeting_date"))

    op.drop_table("meeting")
