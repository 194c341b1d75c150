"""topic views that answer for one speaker or one statement from its own rows

Revision 0003 defined ``statement_topic_rollup`` with a GROUP BY over every (statement, topic)
pair, and 0004 built ``speaker_topic_counts`` on it. An aggregate view is computed whole before
a join or a filter can reach it: "statements by speaker X on topic Y" cost 56 ms on 10,000
synthetic articles in SQLite for a speaker with 230 statements, and ``speaker_topic_counts
WHERE person_id = ?`` 60 ms already on 1,000. Both views keep their columns and rows:

* ``statement_topic_rollup`` keeps, for each statement and ancestor topic, the tag that reaches
  the ancestor in the fewest levels (ties: the smaller topic id) with ``NOT EXISTS`` instead of
  ``GROUP BY ... min(depth)``. Without an aggregate, SQLite flattens the view into the query and
  starts from the statements the rest of the query selects (0.5 ms for the query above).
* ``speaker_topic_counts`` joins the speaker's tags to the closure directly and groups once, so
  the ``person_id`` filter reaches the ``statement_speaker`` index on both backends.

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

ROLLUP_PER_STATEMENT = """
CREATE VIEW statement_topic_rollup AS
SELECT st.statement_id, tc.ancestor_id AS topic_id, t.slug, tc.depth
FROM statement_topic st
JOIN topic_closure tc ON tc.descendant_id = st.topic_id
JOIN topic t ON t.id = tc.ancestor_id
WHERE NOT EXISTS (
    SELECT 1
    FROM statement_topic st2
    JOIN topic_closure tc2 ON tc2.descendant_id = st2.topic_id
    WHERE st2.statement_id = st.statement_id
      AND tc2.ancestor_id = tc.ancestor_id
      AND (tc2.depth < tc.depth OR (tc2.depth = tc.depth AND st2.topic_id < st.topic_id))
)
"""

#: Revision 0003's definition, restored by the downgrade.
ROLLUP_GROUPED = """
CREATE VIEW statement_topic_rollup AS
SELECT st.statement_id, tc.ancestor_id AS topic_id, t.slug, min(tc.depth) AS depth
FROM statement_topic st
JOIN topic_closure tc ON tc.descendant_id = st.topic_id
JOIN topic t ON t.id = tc.ancestor_id
GROUP BY st.statement_id, tc.ancestor_id, t.slug
"""

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


def _replace(rollup: str, counts: str) -> None:
    # speaker_topic_counts may depend on the rollup (0004's does): drop it first.
    op.execute("DROP VIEW IF EXISTS speaker_topic_counts")
    op.execute("DROP VIEW IF EXISTS statement_topic_rollup")
    op.execute(rollup)
    op.execute(counts)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for view in ("statement_topic_rollup", "speaker_topic_counts"):
            comment_on_view(conn, view, VIEWS[view])


def upgrade() -> None:
    _replace(ROLLUP_PER_STATEMENT, BY_SPEAKER)


def downgrade() -> None:
    _replace(ROLLUP_GROUPED, OVER_ROLLUP)
