"""One meeting, several documents: per-document accounts, participants and manual decisions

Revision ID: 0008
Revises: 0007

The loader now links the documents that report the same meeting (the White House's and the
Kremlin's readouts of one call, a readout and the transcript of the remarks before it) to one
``meeting`` row; :mod:`dipdb.meetings` explains the rules. So that the accounts can be compared
and a link undone:

* ``meeting_document`` keeps each document's own account of the meeting (``reported_date``,
  ``reported_format``, ... as the document gives them; ``meeting`` holds the merged facts), the
  document's ``side`` (whose account it is), and why it is linked (``link_basis``,
  ``link_confidence``);
* ``participant.document_id``: each document's participants stay its own (unique per document
  and person instead of per meeting and person), so "who does each side name" has an answer;
* ``meeting_link_decision`` stores ``dipdb meetings link/unlink`` decisions by document path,
  so that a re-loaded file is linked as decided again;
* ``meeting_overview`` lists each participant once however many documents name them, and the
  new view ``meeting_comparison`` compares the sides' accounts.

The upgrade fills the new columns from the one meeting each document had, then links the
documents already stored with the linker of the installed dipdb (the same as ``dipdb meetings
relink``). The downgrade splits every meeting back into one per document: the primary report
keeps the meeting, every other document gets a meeting of its own with the facts it reported;
manual decisions are lost (upgrading again links the documents again automatically).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dipdb.schema_extras import ViewDoc, comment_on_view, rebuild_guard

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMATS = "'in_person', 'video', 'phone', 'written', 'unknown'"
PRECISIONS = "'day', 'month', 'year', 'unknown'"
#: Table comments: (table, at this revision, before it).
TABLE_COMMENTS = (
    (
        "meeting_document",
        "Which documents report which meeting (two publishers can report one meeting), with "
        "each document's own account of the meeting and why it is linked.",
        "Which documents report which meeting (two publishers can report one meeting).",
    ),
    (
        "participant",
        "A person at a meeting as one document names them, with the title held there and their "
        "part in it.",
        "A person at a meeting, with the title held there and their part in it.",
    ),
)
#: Which document of a meeting keeps it on the way down (as dipdb.meetings orders them).
GENRE_ORDER = {"readout": 0, "statement": 1, "transcript": 2, "briefing": 3}


def _list(dialect: str, expr: str, sep: str, body: str, order: str, distinct: bool = False) -> str:
    """Revision 0004's list builder: ``group_concat`` over an ordered subquery on SQLite,
    ``string_agg`` with ORDER BY on PostgreSQL."""
    dist = "DISTINCT " if distinct else ""
    if dialect == "postgresql":
        return f"(SELECT string_agg({dist}{expr}, '{sep}' ORDER BY {order}) {body})"
    return (
        f"(SELECT group_concat(v, '{sep}') FROM (SELECT {dist}{expr} AS v {body} ORDER BY {order}))"
    )


def meeting_overview(dialect: str, *, once_per_person: bool) -> str:
    """The view, listing each participant once (this revision) or every participant row (0004's
    definition, restored by the downgrade)."""
    documents = "FROM meeting_document md JOIN source_document d ON d.id = md.document_id "
    documents += "WHERE md.meeting_id = m.id"
    people = "FROM participant pa JOIN person p ON p.id = pa.person_id WHERE pa.meeting_id = m.id"
    count = "count(*)"
    if once_per_person:
        # The row naming the person first, principal rows before any other.
        rank = "CASE WHEN {t}.participation = 'principal' THEN 0 ELSE 1 END"
        people += (
            " AND NOT EXISTS (SELECT 1 FROM participant b WHERE b.meeting_id = pa.meeting_id"
            f" AND b.person_id = pa.person_id AND ({rank.format(t='b')} < {rank.format(t='pa')}"
            f" OR ({rank.format(t='b')} = {rank.format(t='pa')} AND b.id < pa.id)))"
        )
        count = "count(DISTINCT pa.person_id)"
    publishers = _list(dialect, "d.publisher", "; ", documents, "d.publisher", distinct=True)
    titles = _list(dialect, "d.title", "; ", documents, "d.published, d.id")
    principals = _list(
        dialect, "p.name", "; ", people + " AND pa.participation = 'principal'", "pa.id"
    )
    participants = _list(
        dialect,
        "p.name || coalesce(' (' || pa.title || ')', '')",
        "; ",
        people,
        "CASE WHEN pa.participation = 'principal' THEN 0 ELSE 1 END, pa.id",
    )
    return f"""
CREATE VIEW meeting_overview AS
SELECT
    m.id AS meeting_id,
    m.date,
    m.date_precision,
    m.format,
    m.kind,
    m.location,
    m.host_country,
    {publishers} AS publishers,
    {titles} AS document_titles,
    {principals} AS principals,
    {participants} AS participants,
    (SELECT {count} FROM participant pa WHERE pa.meeting_id = m.id) AS participant_count,
    (SELECT count(*) FROM statement s WHERE s.meeting_id = m.id) AS statement_count
FROM meeting m
"""


SIDE = "coalesce(md.side, 'unknown')"

#: The topic counts join the closure directly (not statement_topic_rollup, whose anti-join
#: PostgreSQL computes over every statement), so that a filter on meeting_id reaches the indexes.
MEETING_COMPARISON = f"""
CREATE VIEW meeting_comparison AS
SELECT
    c.meeting_id,
    (SELECT count(DISTINCT coalesce(x.side, 'unknown')) FROM meeting_document x
     WHERE x.meeting_id = c.meeting_id) AS sides,
    c.side,
    c.aspect,
    c.item_id,
    c.item,
    c.this_side,
    CAST(c.total - c.this_side AS INTEGER) AS other_sides,
    CASE WHEN c.total = c.this_side THEN 1 ELSE 0 END AS only_this_side
FROM (
    SELECT g.*, sum(g.this_side) OVER (PARTITION BY g.meeting_id, g.aspect, g.item_id) AS total
    FROM (
        SELECT md.meeting_id, {SIDE} AS side, 'participant' AS aspect, pa.person_id AS item_id,
               p.name AS item, count(*) AS this_side
        FROM meeting_document md
        JOIN participant pa ON pa.document_id = md.document_id
        JOIN person p ON p.id = pa.person_id
        GROUP BY md.meeting_id, {SIDE}, pa.person_id, p.name
        UNION ALL
        SELECT md.meeting_id, {SIDE}, 'speaker', ss.person_id, p.name, count(*)
        FROM meeting_document md
        JOIN statement s ON s.document_id = md.document_id
        JOIN statement_speaker ss ON ss.statement_id = s.id
        JOIN person p ON p.id = ss.person_id
        GROUP BY md.meeting_id, {SIDE}, ss.person_id, p.name
        UNION ALL
        SELECT md.meeting_id, {SIDE}, 'topic', tc.ancestor_id, t.slug, count(DISTINCT s.id)
        FROM meeting_document md
        JOIN statement s ON s.document_id = md.document_id
        JOIN statement_topic st ON st.statement_id = s.id
        JOIN topic_closure tc ON tc.descendant_id = st.topic_id
        JOIN topic t ON t.id = tc.ancestor_id
        GROUP BY md.meeting_id, {SIDE}, tc.ancestor_id, t.slug
    ) g
) c
UNION ALL
SELECT
    md.meeting_id,
    (SELECT count(DISTINCT coalesce(x.side, 'unknown')) FROM meeting_document x
     WHERE x.meeting_id = md.meeting_id),
    {SIDE},
    'joint',
    s.id,
    s.text,
    1,
    (SELECT count(DISTINCT s2.id)
     FROM statement s2
     JOIN meeting_document m2 ON m2.document_id = s2.document_id
     JOIN statement_topic t2 ON t2.statement_id = s2.id
     JOIN statement_topic t1 ON t1.topic_id = t2.topic_id AND t1.statement_id = s.id
     WHERE m2.meeting_id = md.meeting_id AND s2.kind = 'joint'
       AND coalesce(m2.side, 'unknown') <> {SIDE}),
    CASE WHEN EXISTS (
        SELECT 1
        FROM statement s2
        JOIN meeting_document m2 ON m2.document_id = s2.document_id
        JOIN statement_topic t2 ON t2.statement_id = s2.id
        JOIN statement_topic t1 ON t1.topic_id = t2.topic_id AND t1.statement_id = s.id
        WHERE m2.meeting_id = md.meeting_id AND s2.kind = 'joint'
          AND coalesce(m2.side, 'unknown') <> {SIDE}
    ) THEN 0 ELSE 1 END
FROM meeting_document md
JOIN statement s ON s.document_id = md.document_id
WHERE s.kind = 'joint'
"""

DOCS = {
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
}

#: Revision 0004's comments on meeting_overview, restored by the downgrade.
OVERVIEW_0004 = ViewDoc(
    DOCS["meeting_overview"].description,
    DOCS["meeting_overview"].columns
    | {
        "participants": "Every participant as 'Name (title)', principals first, separated by '; '",
        "participant_count": "Number of participants",
    },
)


def _comment(view: str) -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        comment_on_view(conn, view, DOCS[view])


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    op.create_table(
        "meeting_link_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "path_a",
            sa.Text(),
            nullable=False,
            comment="One document, by its path as loaded (the path survives a re-load)",
        ),
        sa.Column(
            "path_b",
            sa.Text(),
            nullable=False,
            comment="The other document, by path (sorts after path_a)",
        ),
        sa.Column(
            "decision",
            sa.String(length=8),
            nullable=False,
            comment="same: they report one meeting; apart: never the same meeting",
        ),
        sa.Column(
            "decided_at",
            sa.DateTime(timezone=True),
            nullable=False,
            comment="When the decision was made (UTC)",
        ),
        sa.CheckConstraint(
            "decision IN ('same', 'apart')", name=op.f("ck_meeting_link_decision_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_link_decision")),
        sa.UniqueConstraint(
            "path_a", "path_b", name=op.f("uq_meeting_link_decision_path_a_path_b")
        ),
        comment="A manual decision that two documents report one meeting (same) or never the "
        "same one (apart); every later load obeys it.",
    )
    with op.batch_alter_table("meeting_link_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_link_decision_path_b"), ["path_b"])

    with rebuild_guard(conn, "participant", "meeting_document"):
        with op.batch_alter_table("participant", schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "document_id",
                    sa.Integer(),
                    nullable=True,
                    comment="Document that names them: when several report a meeting, each "
                    "keeps its own",
                )
            )
        with op.batch_alter_table("meeting_document", schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "side",
                    sa.Text(),
                    nullable=True,
                    comment="Whose account this is: the publisher's country, else the country "
                    "of the document's first principal (NULL when neither is known)",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_date",
                    sa.Date(),
                    nullable=True,
                    comment="Meeting date as this document reports it (meeting.date merges all "
                    "reports)",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_date_precision",
                    sa.String(length=16),
                    server_default="unknown",
                    nullable=False,
                    comment="How much of reported_date this document gives: day, month, year "
                    "or unknown",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_format",
                    sa.String(length=16),
                    server_default="unknown",
                    nullable=False,
                    comment="Format as this document reports it: in_person, video, phone, "
                    "written, unknown",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_kind",
                    sa.String(length=64),
                    nullable=True,
                    comment="Kind as this document reports it",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_location",
                    sa.Text(),
                    nullable=True,
                    comment="Place as this document reports it",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "reported_host_country",
                    sa.Text(),
                    nullable=True,
                    comment="Country of reported_location",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "link_basis",
                    sa.Text(),
                    server_default="primary",
                    nullable=False,
                    comment="Why the document is linked to this meeting: primary (the report "
                    "the meeting's facts come from first), manual, or the evidence that "
                    "matched, e.g. principals+date+format+place",
                )
            )
            batch_op.add_column(
                sa.Column(
                    "link_confidence",
                    sa.Float(),
                    server_default="1",
                    nullable=False,
                    comment="Confidence that the document reports this meeting, 0 to 1 (1: "
                    "primary, manual)",
                )
            )
            batch_op.create_index(batch_op.f("ix_meeting_document_side"), ["side"])
            batch_op.create_index(
                batch_op.f("ix_meeting_document_reported_date"), ["reported_date"]
            )
            batch_op.create_check_constraint(
                batch_op.f("ck_meeting_document_reported_format"),
                f"reported_format IN ({FORMATS})",
            )
            batch_op.create_check_constraint(
                batch_op.f("ck_meeting_document_reported_date_precision"),
                f"reported_date_precision IN ({PRECISIONS})",
            )
            batch_op.create_check_constraint(
                batch_op.f("ck_meeting_document_link_confidence"),
                "link_confidence >= 0 AND link_confidence <= 1",
            )

    # Until now a meeting had the one document that created it: its participants and facts are
    # that document's.
    op.execute(
        "UPDATE participant SET document_id = (SELECT min(md.document_id) FROM meeting_document md "
        "WHERE md.meeting_id = participant.meeting_id)"
    )
    op.execute("DELETE FROM participant WHERE document_id IS NULL")
    for column in ("date", "date_precision", "format", "kind", "location", "host_country"):
        op.execute(
            f"UPDATE meeting_document SET reported_{column} = "
            f"(SELECT m.{column} FROM meeting m WHERE m.id = meeting_document.meeting_id)"
        )

    with (
        rebuild_guard(conn, "participant"),
        op.batch_alter_table("participant", schema=None) as batch_op,
    ):
        batch_op.alter_column("document_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint("uq_participant_meeting_id_person_id", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_participant_document_id_person_id"), ["document_id", "person_id"]
        )
        batch_op.create_index(batch_op.f("ix_participant_document_id"), ["document_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_participant_document_id_source_document"),
            "source_document",
            ["document_id"],
            ["id"],
            ondelete="CASCADE",
        )

    if dialect == "postgresql":  # SQLite keeps no table comments
        for table, comment, before in TABLE_COMMENTS:
            op.create_table_comment(table, comment, existing_comment=before)
    op.execute("DROP VIEW IF EXISTS meeting_overview")
    op.execute(meeting_overview(dialect, once_per_person=True))
    op.execute(MEETING_COMPARISON)
    for view in DOCS:
        _comment(view)

    if not op.get_context().as_sql:
        from dipdb import meetings

        meetings.relink(conn)


def _split(conn: sa.Connection) -> None:
    """One meeting per document again: the first document by genre, publication date and path
    keeps the meeting; each other one moves, with its participants and statements, to a new
    meeting. Then every meeting's facts are its one document's."""
    rows = conn.execute(
        sa.text(
            "SELECT md.meeting_id, d.id, d.genre, d.published, d.path FROM meeting_document md "
            "JOIN source_document d ON d.id = md.document_id ORDER BY md.meeting_id"
        )
    ).all()
    by_meeting: dict[int, list[tuple[int, str, str, str]]] = {}
    for mid, did, genre, published, path in rows:
        by_meeting.setdefault(mid, []).append((did, genre, str(published), path))
    # New ids continue after the largest (not from PostgreSQL's sequence), so that a downgrade
    # after an upgrade after a downgrade gives the same rows again.
    next_id = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM meeting")).scalar_one() + 1
    for docs in by_meeting.values():
        if len(docs) < 2:
            continue
        docs.sort(key=lambda d: (GENRE_ORDER.get(d[1], 9), d[2], d[3], d[0]))
        for did, *_ in docs[1:]:
            conn.execute(
                sa.text(
                    "INSERT INTO meeting (id, date, date_precision, format, kind, location, "
                    "host_country) SELECT :mid, reported_date, reported_date_precision, "
                    "reported_format, reported_kind, reported_location, reported_host_country "
                    "FROM meeting_document WHERE document_id = :did"
                ),
                {"mid": next_id, "did": did},
            )
            for table in ("meeting_document", "participant", "statement"):
                conn.execute(
                    sa.text(f"UPDATE {table} SET meeting_id = :mid WHERE document_id = :did"),
                    {"mid": next_id, "did": did},
                )
            next_id += 1
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('meeting', 'id'), "
                "(SELECT coalesce(max(id), 0) + 1 FROM meeting), false)"
            )
        )
    for column in ("date", "date_precision", "format", "kind", "location", "host_country"):
        conn.execute(
            sa.text(
                f"UPDATE meeting SET {column} = (SELECT md.reported_{column} "
                "FROM meeting_document md WHERE md.meeting_id = meeting.id) "
                "WHERE EXISTS (SELECT 1 FROM meeting_document md WHERE md.meeting_id = meeting.id)"
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    op.execute("DROP VIEW IF EXISTS meeting_comparison")
    op.execute("DROP VIEW IF EXISTS meeting_overview")
    op.execute(meeting_overview(dialect, once_per_person=False))
    if dialect == "postgresql":
        comment_on_view(conn, "meeting_overview", OVERVIEW_0004)
    if not op.get_context().as_sql:
        _split(conn)
    if dialect == "postgresql":
        for table, comment, before in TABLE_COMMENTS:
            op.create_table_comment(table, before, existing_comment=comment)

    with rebuild_guard(conn, "participant", "meeting_document"):
        with op.batch_alter_table("participant", schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f("fk_participant_document_id_source_document"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f("ix_participant_document_id"))
            batch_op.drop_constraint(
                batch_op.f("uq_participant_document_id_person_id"), type_="unique"
            )
            batch_op.create_unique_constraint(
                batch_op.f("uq_participant_meeting_id_person_id"), ["meeting_id", "person_id"]
            )
            batch_op.drop_column("document_id")
        with op.batch_alter_table("meeting_document", schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f("ck_meeting_document_link_confidence"), type_="check"
            )
            batch_op.drop_constraint(
                batch_op.f("ck_meeting_document_reported_date_precision"), type_="check"
            )
            batch_op.drop_constraint(
                batch_op.f("ck_meeting_document_reported_format"), type_="check"
            )
            batch_op.drop_index(batch_op.f("ix_meeting_document_reported_date"))
            batch_op.drop_index(batch_op.f("ix_meeting_document_side"))
            for column in (
                "link_confidence",
                "link_basis",
                "reported_host_country",
                "reported_location",
                "reported_kind",
                "reported_format",
                "reported_date_precision",
                "reported_date",
                "side",
            ):
                batch_op.drop_column(column)

    with op.batch_alter_table("meeting_link_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_link_decision_path_b"))
    op.drop_table("meeting_link_decision")
