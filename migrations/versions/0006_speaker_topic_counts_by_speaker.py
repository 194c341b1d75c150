"""speaker_topic_counts answers for one speaker from that speaker's rows

Revision 0004 built ``speaker_topic_counts`` on ``statement_topic_rollup``, which groups every
(statement, topic) pair of the database before anything else happens: a question about one
speaker (``WHERE person_id = ?``) paid for all of them, 60 ms on 1,000 articles in SQLite and half
a second in PostgreSQL, growing with the database. The same counts come from joining the
speaker's statements to their tags and the topic closure directly and grouping once; both
backends then push the speaker filter down to the ``statement_speaker`` index. Same columns, same
rows; ``tagged`` counts the statements whose tag is the topic itself (closure depth 0), as the
rollup's ``min(depth) = 0`` did.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from dipdb.schema_extras import VIEWS, comment_on_view

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BY_SPEAKER = """
CREATE VIEW speaker_topic_counts AS
SELECT
    p.id AS person_id,
    p.name AS person_name,
    t.id AS topic_id,
    t.slug AS topic_slug,
    t.name AS topic_name,
    count(DISTINCT ss.statement_id) AS statements,
    count(DISTINCT CASE WHEN tc.depth = 0 THEN ss.statement_id END) AS tagged,
    min(coalesce(m.date, d.published)) AS first_date,
    max(coalesce(m.date, d.published)) AS last_date
FROM statement_speaker ss
JOIN person p ON p.id = ss.person_id
JOIN statement_topic st ON st.statement_id = ss.statement_id
JOIN topic_closure tc ON tc.descendant_id = st.topic_id
JOIN topic t ON t.id = tc.ancestor_id
JOIN statement s ON s.id = ss.statement_id
JOIN meeting m ON m.id = s.meeting_id
JOIN source_document d ON d.id = s.document_id
GROUP BY p.id, p.name, t.id, t.slug, t.name
"""

#: Revision 0004's definition, restored by the downgrade.
OVER_ROLLUP = """
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


def _replace(definition: str) -> None:
    op.execute("DROP VIEW IF EXISTS speaker_topic_counts")
    op.execute(definition)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        comment_on_view(conn, "speaker_topic_counts", VIEWS["speaker_topic_counts"])


def upgrade() -> None:
    _replace(BY_SPEAKER)


def downgrade() -> None:
    _replace(OVER_ROLLUP)
