"""The relational schema, as typed SQLAlchemy declarative models.

The migrations in ``migrations/versions`` are the source of truth for the database; these models
must match them exactly (a test compares the two with Alembic's autogenerate). Column comments are
part of the schema so that SQL clients (psql ``\\d+``, DBeaver, Datasette) show what each column
means.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Deterministic constraint names, so that migrations can drop and alter constraints by name on
#: every backend (SQLite batch mode needs them too).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MEETING_FORMATS = ("in_person", "video", "phone", "written", "unknown")
DATE_PRECISIONS = ("day", "month", "year", "unknown")
STATEMENT_KINDS = ("speech", "joint", "implicit", "narrative", "boilerplate")
MODES = ("direct", "indirect", "mixed")
GENRES = ("readout", "transcript", "briefing", "statement")
#: ``meeting_link_decision.decision``: ``same`` (one meeting) or ``apart`` (never one meeting).
LINK_DECISIONS = ("same", "apart")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class SourceDocument(Base):
    __tablename__ = "source_document"
    __table_args__ = (
        sa.CheckConstraint(_in("genre", GENRES), name="genre"),
        {"comment": "One loaded article file, with its full text and header facts."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(
        sa.Text,
        index=True,
        comment="Path as loaded (relative to the working directory if inside it)",
    )
    sha256: Mapped[str] = mapped_column(
        sa.String(64), unique=True, comment="SHA-256 of the file's bytes: identical files load once"
    )
    size_bytes: Mapped[int] = mapped_column(comment="Size of the file in bytes")
    publisher: Mapped[str | None] = mapped_column(
        sa.Text, index=True, comment="Publisher or agency (Xinhua, The White House, ...)"
    )
    title: Mapped[str] = mapped_column(sa.Text, comment="Title from the header line")
    published: Mapped[dt.date] = mapped_column(
        sa.Date, index=True, comment="Publication date from the header line"
    )
    dateline_place: Mapped[str | None] = mapped_column(
        sa.Text, comment="Place of the dateline (BEIJING in 'BEIJING, Dec. 30 (Xinhua) --')"
    )
    dateline_date: Mapped[dt.date | None] = mapped_column(
        sa.Date, comment="Date of the dateline, with the year taken from the publication date"
    )
    dateline_agency: Mapped[str | None] = mapped_column(sa.Text, comment="Agency in the dateline")
    text: Mapped[str] = mapped_column(
        sa.Text,
        comment="Full text as read (UTF-8, BOM removed, line endings kept): offsets index it",
    )
    parser_version: Mapped[str] = mapped_column(sa.String(32), comment="dipdb parser version used")
    loaded_at: Mapped[dt.datetime] = mapped_column(
        sa.DateTime(timezone=True), comment="When this document was loaded (UTC)"
    )
    genre: Mapped[str] = mapped_column(
        sa.String(16),
        server_default="readout",
        index=True,
        comment="readout, transcript, briefing (with questions) or statement",
    )
    attributed_to_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("person.id", ondelete="SET NULL"),
        index=True,
        comment="Official the text is attributed to ('attributable to Spokesperson X')",
    )

    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Paragraph(Base):
    __tablename__ = "paragraph"
    __table_args__ = (
        sa.UniqueConstraint("document_id", "position"),
        sa.CheckConstraint("char_start <= char_end", name="offsets"),
        {"comment": "A block of a document between blank lines, with its role in the article."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("source_document.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(comment="0-based order within the document")
    kind: Mapped[str] = mapped_column(
        sa.String(32),
        index=True,
        comment="caption, credit, lede, body, attendance, byline, meta, label, separator, ...",
    )
    char_start: Mapped[int] = mapped_column(comment="Offset of the first character in the text")
    char_end: Mapped[int] = mapped_column(comment="Offset just past the last character")

    document: Mapped[SourceDocument] = relationship(back_populates="paragraphs")


meeting_document = sa.Table(
    "meeting_document",
    Base.metadata,
    sa.Column(
        "meeting_id",
        sa.ForeignKey("meeting.id", ondelete="CASCADE"),
        primary_key=True,
        comment="The meeting reported",
    ),
    sa.Column(
        "document_id",
        sa.ForeignKey("source_document.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
        comment="A document reporting it",
    ),
    sa.Column(
        "side",
        sa.Text,
        index=True,
        comment="Whose account this is: the publisher's country, else the country of the "
        "document's first principal (NULL when neither is known)",
    ),
    sa.Column(
        "reported_date",
        sa.Date,
        index=True,
        comment="Meeting date as this document reports it (meeting.date merges all reports)",
    ),
    sa.Column(
        "reported_date_precision",
        sa.String(16),
        server_default="unknown",
        nullable=False,
        comment="How much of reported_date this document gives: day, month, year or unknown",
    ),
    sa.Column(
        "reported_format",
        sa.String(16),
        server_default="unknown",
        nullable=False,
        comment="Format as this document reports it: in_person, video, phone, written, unknown",
    ),
    sa.Column("reported_kind", sa.String(64), comment="Kind as this document reports it"),
    sa.Column("reported_location", sa.Text, comment="Place as this document reports it"),
    sa.Column("reported_host_country", sa.Text, comment="Country of reported_location"),
    sa.Column(
        "link_basis",
        sa.Text,
        server_default="primary",
        nullable=False,
        comment="Why the document is linked to this meeting: primary (the report the meeting's "
        "facts come from first), manual, or the evidence that matched, e.g. "
        "principals+date+format+place",
    ),
    sa.Column(
        "link_confidence",
        sa.Float,
        server_default="1",
        nullable=False,
        comment="Confidence that the document reports this meeting, 0 to 1 (1: primary, manual)",
    ),
    sa.CheckConstraint(_in("reported_format", MEETING_FORMATS), name="reported_format"),
    sa.CheckConstraint(
        _in("reported_date_precision", DATE_PRECISIONS), name="reported_date_precision"
    ),
    sa.CheckConstraint("link_confidence >= 0 AND link_confidence <= 1", name="link_confidence"),
    comment="Which documents report which meeting (two publishers can report one meeting), "
    "with each document's own account of the meeting and why it is linked.",
)


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        sa.CheckConstraint(_in("format", MEETING_FORMATS), name="format"),
        sa.CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision"),
        {"comment": "An event (talks, meeting, call, visit) that one or more documents report."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date | None] = mapped_column(
        sa.Date, index=True, comment="When the meeting took place"
    )
    date_precision: Mapped[str] = mapped_column(
        sa.String(16), comment="How much of date is known: day, month, year or unknown"
    )
    format: Mapped[str] = mapped_column(
        sa.String(16), index=True, comment="in_person, video, phone, written or unknown"
    )
    kind: Mapped[str | None] = mapped_column(
        sa.String(64), comment="talks, meeting, call, visit, press conference, ..."
    )
    location: Mapped[str | None] = mapped_column(sa.Text, comment="Where it took place, as written")
    host_country: Mapped[str | None] = mapped_column(
        sa.Text, index=True, comment="Country of the location"
    )

    documents: Mapped[list[SourceDocument]] = relationship(secondary=meeting_document)
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class Person(Base):
    __tablename__ = "person"
    __table_args__ = {"comment": "A person, one row across all documents that name them."}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.Text, index=True, comment="Canonical full name")
    name_key: Mapped[str] = mapped_column(
        sa.Text, unique=True, comment="Normalised name used to find the same person again"
    )
    country: Mapped[str | None] = mapped_column(sa.Text, index=True, comment="Country they serve")
    organization: Mapped[str | None] = mapped_column(
        sa.Text, comment="Organization they represent, when not a country (NATO, UN, ...)"
    )
    family_key: Mapped[str | None] = mapped_column(
        sa.Text,
        index=True,
        comment="Folded family name: finds the same person under another form of the name",
    )
    curated: Mapped[bool] = mapped_column(
        server_default=sa.false(),
        comment="Imported from a people file: kept even when no document names them",
    )

    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class PersonAlias(Base):
    __tablename__ = "person_alias"
    __table_args__ = (
        sa.UniqueConstraint("person_id", "alias_key"),
        {"comment": "Every form texts use for a person ('President Xi', 'Xi', ...)."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        sa.ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(sa.Text, comment="The form as written")
    alias_key: Mapped[str] = mapped_column(
        sa.Text, index=True, comment="Lower-cased, space-normalised alias for lookups"
    )

    person: Mapped[Person] = relationship(back_populates="aliases")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        sa.UniqueConstraint("document_id", "person_id"),
        {
            "comment": "A person at a meeting as one document names them, with the title held "
            "there and their part in it."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        sa.ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("source_document.id", ondelete="CASCADE"),
        index=True,
        comment="Document that names them: when several report a meeting, each keeps its own",
    )
    person_id: Mapped[int] = mapped_column(
        sa.ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str | None] = mapped_column(sa.Text, comment="Title held at this meeting")
    country: Mapped[str | None] = mapped_column(sa.Text, comment="Side they represented")
    participation: Mapped[str] = mapped_column(
        sa.String(32), index=True, comment="principal, present, moderator, questioner, mentioned"
    )

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class MeetingLinkDecision(Base):
    __tablename__ = "meeting_link_decision"
    __table_args__ = (
        sa.UniqueConstraint("path_a", "path_b"),
        sa.CheckConstraint(_in("decision", LINK_DECISIONS), name="decision"),
        {
            "comment": "A manual decision that two documents report one meeting (same) or never "
            "the same one (apart); every later load obeys it."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    path_a: Mapped[str] = mapped_column(
        sa.Text, comment="One document, by its path as loaded (the path survives a re-load)"
    )
    path_b: Mapped[str] = mapped_column(
        sa.Text, index=True, comment="The other document, by path (sorts after path_a)"
    )
    decision: Mapped[str] = mapped_column(
        sa.String(8), comment="same: they report one meeting; apart: never the same meeting"
    )
    decided_at: Mapped[dt.datetime] = mapped_column(
        sa.DateTime(timezone=True), comment="When the decision was made (UTC)"
    )


class Statement(Base):
    __tablename__ = "statement"
    __table_args__ = (
        sa.UniqueConstraint("document_id", "position"),
        sa.CheckConstraint("char_start < char_end", name="offsets"),
        sa.CheckConstraint(_in("kind", STATEMENT_KINDS), name="kind"),
        sa.CheckConstraint(_in("mode", MODES), name="mode"),
        sa.CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence"),
        {"comment": "A contiguous span of one paragraph attributed to the same speaker(s)."},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        sa.ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("source_document.id", ondelete="CASCADE"), index=True
    )
    paragraph_id: Mapped[int] = mapped_column(
        sa.ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(comment="0-based order within the document")
    char_start: Mapped[int] = mapped_column(comment="Offset into source_document.text")
    char_end: Mapped[int] = mapped_column(
        comment="Offset just past the span: text = text[start:end]"
    )
    text: Mapped[str] = mapped_column(sa.Text, comment="The span itself")
    kind: Mapped[str] = mapped_column(
        sa.String(16), index=True, comment="speech, joint, implicit, narrative or boilerplate"
    )
    cue: Mapped[str | None] = mapped_column(
        sa.Text, comment="Reporting verb or phrase as written ('stressed', 'exchanged views')"
    )
    mode: Mapped[str] = mapped_column(
        sa.String(16), comment="direct (quoted or transcript), indirect (reported) or mixed"
    )
    method: Mapped[str | None] = mapped_column(
        sa.String(32),
        comment="How the speaker was found: explicit_name, title, pronoun, trailing, ...",
    )
    confidence: Mapped[float] = mapped_column(sa.Float, comment="Attribution confidence, 0 to 1")
    side: Mapped[str | None] = mapped_column(
        sa.Text, comment="Country when the text names a delegation ('the Chinese side')"
    )

    speakers: Mapped[list[StatementSpeaker]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StatementSpeaker.position"
    )


class StatementSpeaker(Base):
    __tablename__ = "statement_speaker"
    __table_args__ = {"comment": "Who a statement is attributed to; several rows when joint."}

    statement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("statement.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        sa.ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(comment="Order of the speaker in the statement")

    person: Mapped[Person] = relationship()


class Topic(Base):
    __tablename__ = "topic"
    __table_args__ = {"comment": "A policy topic of the taxonomy; parent_id gives the hierarchy."}

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(64), unique=True, comment="Stable identifier")
    name: Mapped[str] = mapped_column(sa.Text, comment="Human-readable name")
    parent_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("topic.id", ondelete="SET NULL"), index=True, comment="Broader topic"
    )
    description: Mapped[str | None] = mapped_column(sa.Text, comment="What counts as this topic")


class TaxonomyVersion(Base):
    __tablename__ = "taxonomy_version"
    __table_args__ = {"comment": "A taxonomy that tagged statements: which version tagged what."}

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(sa.Text, comment="The taxonomy file's version string")
    checksum: Mapped[str] = mapped_column(
        sa.String(64), unique=True, comment="SHA-256 of the effective taxonomy (topics and phrases)"
    )
    source: Mapped[str] = mapped_column(sa.Text, comment="Where it came from: builtin or a path")
    recorded_at: Mapped[dt.datetime] = mapped_column(
        sa.DateTime(timezone=True), comment="When it first tagged statements here (UTC)"
    )


class StatementTopic(Base):
    __tablename__ = "statement_topic"
    __table_args__ = (
        sa.CheckConstraint("evidence_start < evidence_end", name="evidence"),
        {"comment": "A topic a statement is about, with the matched evidence span."},
    )

    statement_id: Mapped[int] = mapped_column(
        sa.ForeignKey("statement.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        sa.ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    evidence_start: Mapped[int] = mapped_column(comment="Offset of the evidence in the document")
    evidence_end: Mapped[int] = mapped_column(comment="Offset just past the evidence")
    taxonomy_version_id: Mapped[int] = mapped_column(
        sa.ForeignKey("taxonomy_version.id"),
        index=True,
        comment="The taxonomy version that made this tag",
    )
