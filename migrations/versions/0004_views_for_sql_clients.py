"""Views for SQL clients: statement details, meeting overview, speaker x topic counts, timelines.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 23:05:00

Most users open the database in sqlite3, psql, DBeaver or Datasette rather than reading Python;
these views spare them the joins:

* ``statement_detail``: one row per statement with speakers, cue, mode, meeting date, format and
  place, publisher, document title and topics (lists as readable text);
* ``meeting_overview``: one row per meeting with its documents and participants;
* ``speaker_topic_counts``: how often each speaker spoke on each topic (sub-topics roll up);
* ``person_timeline``: each person's statements, to be ordered by date.

Lists are built with ``group_concat`` on SQLite and ``string_agg`` on PostgreSQL. PostgreSQL
gets ``COMMENT ON`` for every view and column, including the two views of revision 0003. The SQL
and the comments are frozen here: a later revision that changes a view drops and recreates it.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dipdb.schema_extras import ViewDoc, comment_on_view

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _list(dialect: str, expr: str, sep: str, body: str, order: str, distinct: bool = False) -> str:
    """A correlated subquery that joins ``expr`` over ``body`` (FROM ... WHERE ...) in ``order``.

    SQLite before 3.44 has no ORDER BY inside aggregates; ``group_concat`` over an ordered
    subquery keeps the subquery's order.
    """
    dist = "DISTINCT " if distinct else ""
    if dialect == "postgresql":
        return f"(SELECT string_agg({dist}{expr}, '{sep}' ORDER BY {order}) {body})"
    return (
        f"(SELECT group_concat(v, '{sep}') FROM (SELECT {dist}{expr} AS v {body} ORDER BY {order}))"
    )


def statement_detail(dialect: str) -> str:
    speakers = _list(
        dialect,
        "p.name",
        "; ",
        "FROM statement_speaker ss JOIN person p ON p.id = ss.person_id "
        "WHERE ss.statement_id = s.id",
        "ss.position",
    )
    topics = _list(
        dialect,
        "t.slug",
        ", ",
        "FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id",
        "t.slug",
    )
    return f"""
CREATE VIEW statement_detail AS
SELECT
    s.id AS statement_id,
    s.document_id,
    s.meeting_id,
    s.paragraph_id,
    s.position,
    coalesce(m.date, d.published) AS date,
    m.date AS meeting_date,
    m.format AS meeting_format,
    m.kind AS meeting_kind,
    m.location AS meeting_location,
    d.publisher,
    d.title AS document_title,
    d.published,
    s.kind,
    {speakers} AS speakers,
    (SELECT count(*) FROM statement_speaker ss WHERE ss.statement_id = s.id) AS speaker_count,
    s.cue,
    s.mode,
    {topics} AS topics,
    s.confidence,
    s.text
FROM statement s
JOIN meeting m ON m.id = s.meeting_id
JOIN source_document d ON d.id = s.document_id
"""


def meeting_overview(dialect: str) -> str:
    documents = "FROM meeting_document md JOIN source_document d ON d.id = md.document_id "
    documents += "WHERE md.meeting_id = m.id"
    people = "FROM participant pa JOIN person p ON p.id = pa.person_id WHERE pa.meeting_id = m.id"
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
    (SELECT count(*) FROM participant pa WHERE pa.meeting_id = m.id) AS participant_count,
    (SELECT count(*) FROM statement s WHERE s.meeting_id = m.id) AS statement_count
FROM meeting m
"""


SPEAKER_TOPIC_COUNTS = """
CREATE VIEW speaker_topic_counts AS
SELECT
    p.id AS person_id,
    p.name AS person_name,
    t.id AS topic_id,
    t.slug AS topic_slug,
    t.name AS topic_name,
    count(DISTINCT r.statement_id) AS statements,
    count(DISTINCT CASE WHEN r.depth = 0 THEN r.statement_id END) AS tagged,
    min(coalesce(m.date, d.published)) AS first_date,
    max(coalesce(m.date, d.published)) AS last_date
FROM statement_topic_rollup r
JOIN statement_speaker ss ON ss.statement_id = r.statement_id
JOIN person p ON p.id = ss.person_id
JOIN topic t ON t.id = r.topic_id
JOIN statement s ON s.id = r.statement_id
JOIN meeting m ON m.id = s.meeting_id
JOIN source_document d ON d.id = s.document_id
GROUP BY p.id, p.name, t.id, t.slug, t.name
"""

PERSON_TIMELINE = """
CREATE VIEW person_timeline AS
SELECT
    p.id AS person_id,
    p.name AS person_name,
    v.date,
    v.meeting_id,
    v.meeting_format,
    v.meeting_location,
    v.statement_id,
    v.document_id,
    v.position,
    v.publisher,
    v.kind,
    v.speakers,
    v.cue,
    v.mode,
    v.topics,
    v.text
FROM statement_speaker ss
JOIN person p ON p.id = ss.person_id
JOIN statement_detail v ON v.statement_id = ss.statement_id
"""

#: Creation order: person_timeline reads statement_detail.
VIEWS = ("statement_detail", "meeting_overview", "speaker_topic_counts", "person_timeline")

DOCS = {
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
            "participants": "Every participant as 'Name (title)', principals first, "
            "separated by '; '",
            "participant_count": "Number of participants",
            "statement_count": "Number of statements from its documents",
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


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    op.execute(statement_detail(dialect))
    op.execute(meeting_overview(dialect))
    op.execute(SPEAKER_TOPIC_COUNTS)
    op.execute(PERSON_TIMELINE)
    if dialect == "postgresql":
        for view, doc in DOCS.items():
            comment_on_view(conn, view, doc)


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    if op.get_bind().dialect.name == "postgresql":
        # Revision 0003 commented its views but not their columns.
        for view in ("topic_closure", "statement_topic_rollup"):
            for column in DOCS[view].columns:
                op.execute(f'COMMENT ON COLUMN "{view}"."{column}" IS NULL')
