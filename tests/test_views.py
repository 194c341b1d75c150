"""The views SQL users query directly: what each holds, that they are documented, and that
migrations which rebuild or retype their tables keep them (and the search triggers) alive."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from conftest import count

from dipdb import schema_extras
from dipdb.schema_extras import VIEWS, rebuild_guard
from dipdb.search import check_index, match_ids


def rows(engine: sa.Engine, sql: str, **params: object) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).all()


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_view_has_exactly_its_documented_columns(migrated: sa.Engine, view: str) -> None:
    inspector = sa.inspect(migrated)
    assert view in inspector.get_view_names()
    assert [c["name"] for c in inspector.get_columns(view)] == list(VIEWS[view].columns)


def test_postgresql_comments_document_every_view_and_column(
    migrated: sa.Engine, backend: str
) -> None:
    if backend != "postgresql":
        pytest.skip("COMMENT ON is PostgreSQL's")
    inspector = sa.inspect(migrated)
    for view, doc in VIEWS.items():
        assert inspector.get_table_comment(view)["text"] == doc.description
        comments = {c["name"]: c.get("comment") for c in inspector.get_columns(view)}
        assert comments == doc.columns


def test_statement_detail_has_one_readable_row_per_statement(seeded: sa.Engine) -> None:
    assert count(seeded, "statement_detail") == count(seeded, "statement")
    [joint] = rows(
        seeded,
        "SELECT speakers, speaker_count, cue, mode, topics, meeting_format, meeting_location, "
        "publisher, document_title, date FROM statement_detail "
        "WHERE text LIKE 'The two presidents exchanged views%'",
    )
    assert joint.speakers == "Xi Jinping; Vladimir Putin" and joint.speaker_count == 2
    assert joint.cue == "exchanged views" and joint.topics == "ukraine"
    assert (joint.meeting_format, joint.meeting_location, joint.publisher) == (
        "video",
        "Beijing",
        "Xinhua",
    )
    assert joint.document_title == "Xi meets Putin via video link"
    assert str(joint.date) == "2022-12-30"
    [many] = rows(
        seeded,
        "SELECT topics FROM statement_detail WHERE statement_id = ("
        "SELECT statement_id FROM statement_topic GROUP BY statement_id "
        "ORDER BY count(*) DESC, statement_id LIMIT 1)",
    )
    listed = many.topics.split(", ")
    assert len(listed) > 2 and listed == sorted(listed)
    narrative = rows(seeded, "SELECT speakers FROM statement_detail WHERE kind = 'narrative'")
    assert narrative and all(r.speakers is None for r in narrative)


def test_meeting_overview_lists_documents_and_participants(seeded: sa.Engine) -> None:
    [m] = rows(seeded, "SELECT * FROM meeting_overview")
    assert m.principals == "Xi Jinping; Vladimir Putin"
    assert m.participants.startswith("Xi Jinping (Chinese President); Vladimir Putin")
    assert m.participant_count == 4 and m.statement_count == count(seeded, "statement")
    assert m.publishers == "Xinhua" and str(m.date) == "2022-12-30"


def test_speaker_topic_counts_roll_sub_topics_up(seeded: sa.Engine) -> None:
    counts = {
        (r.person_name, r.topic_slug): (r.statements, r.tagged)
        for r in rows(seeded, "SELECT * FROM speaker_topic_counts")
    }
    assert counts[("Vladimir Putin", "taiwan")] == (1, 1)
    direct = rows(
        seeded,
        "SELECT count(DISTINCT st.statement_id) FROM statement_topic st "
        "JOIN topic t ON t.id = st.topic_id JOIN statement_speaker ss "
        "ON ss.statement_id = st.statement_id JOIN person p ON p.id = ss.person_id "
        "WHERE p.name = 'Xi Jinping' AND t.slug = 'energy'",
    )[0][0]
    statements, tagged = counts[("Xi Jinping", "energy")]
    assert tagged == direct and statements >= tagged
    economy, _ = counts[("Xi Jinping", "economy")]
    assert economy >= statements  # energy is under economy


def test_the_rollup_keeps_each_ancestor_once_at_its_nearest_depth(seeded: sa.Engine) -> None:
    """``statement_topic_rollup`` is written without an aggregate (so queries reach it per
    statement); its rows are exactly grouping every tag's ancestors by statement."""
    grouped = rows(
        seeded,
        "SELECT st.statement_id, tc.ancestor_id, t.slug, min(tc.depth) FROM statement_topic st "
        "JOIN topic_closure tc ON tc.descendant_id = st.topic_id "
        "JOIN topic t ON t.id = tc.ancestor_id GROUP BY st.statement_id, tc.ancestor_id, t.slug",
    )
    view = rows(seeded, "SELECT statement_id, topic_id, slug, depth FROM statement_topic_rollup")
    assert sorted(map(tuple, view)) == sorted(map(tuple, grouped))
    assert any(r[3] > 0 for r in view)  # ancestors are there, not only the tags themselves


def test_speaker_topic_counts_agree_with_counting_the_rollup(seeded: sa.Engine) -> None:
    """The view joins the topic closure directly (so a filter on one speaker is fast); its
    figures are exactly those of counting ``statement_topic_rollup``."""
    by_rollup = rows(
        seeded,
        "SELECT ss.person_id, r.topic_id, count(DISTINCT r.statement_id), "
        "count(DISTINCT CASE WHEN r.depth = 0 THEN r.statement_id END) "
        "FROM statement_topic_rollup r JOIN statement_speaker ss "
        "ON ss.statement_id = r.statement_id GROUP BY ss.person_id, r.topic_id",
    )
    view = rows(seeded, "SELECT person_id, topic_id, statements, tagged FROM speaker_topic_counts")
    assert sorted(map(tuple, view)) == sorted(map(tuple, by_rollup))
    assert by_rollup


def test_one_speakers_topic_counts_use_the_speaker_index(seeded: sa.Engine, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the plan is checked on SQLite; PostgreSQL's depends on table statistics")
    plan = " ".join(
        r[-1]
        for r in rows(
            seeded, "EXPLAIN QUERY PLAN SELECT * FROM speaker_topic_counts WHERE person_id = 1"
        )
    )
    assert "ix_statement_speaker_person_id" in plan


def test_person_timeline_has_a_row_per_statement_spoken(seeded: sa.Engine) -> None:
    assert count(seeded, "person_timeline") == count(seeded, "statement_speaker")
    xi = rows(
        seeded,
        "SELECT date, statement_id FROM person_timeline WHERE person_name = 'Xi Jinping' "
        "ORDER BY date, document_id, position",
    )
    assert len(xi) > 20


def test_what_did_putin_say_about_taiwan_and_when(seeded: sa.Engine) -> None:
    """The question the views exist for, answered in plain SQL on both backends."""
    found = rows(
        seeded,
        "SELECT t.date, t.text FROM person_timeline t "
        "JOIN statement_topic_rollup r ON r.statement_id = t.statement_id "
        "WHERE t.person_name = :name AND r.slug = :topic ORDER BY t.date",
        name="Vladimir Putin",
        topic="taiwan",
    )
    assert len(found) == 1 and "Taiwan question" in found[0].text
    assert str(found[0].date) == "2022-12-30"


# --- guards --------------------------------------------------------------------------------------


@contextmanager
def migration(engine: sa.Engine) -> Iterator[tuple[Operations, sa.Connection]]:
    """Alembic operations on one transaction, set up as migrations/env.py sets them up."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                ctx = MigrationContext.configure(conn, opts={"render_as_batch": sqlite})
                yield Operations(ctx), conn
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def retype_cue(op: Operations, conn: sa.Connection) -> None:
    """A schema change of the kind views obstruct: a new type for a column a view uses. SQLite
    does it by rebuilding the whole table (batch mode)."""
    if conn.dialect.name == "sqlite":
        with op.batch_alter_table("statement", recreate="always") as batch_op:
            batch_op.alter_column("cue", existing_type=sa.Text(), type_=sa.String(400))
    else:
        op.alter_column("statement", "cue", existing_type=sa.Text(), type_=sa.String(400))


def view_state(engine: sa.Engine) -> dict[str, object]:
    with engine.connect() as conn:
        state: dict[str, object] = {
            view: conn.execute(sa.text(f"SELECT count(*) FROM {view}")).scalar_one()
            for view in VIEWS
        }
        if conn.dialect.name == "postgresql":
            inspector = sa.inspect(conn)
            state["comments"] = {
                view: [c.get("comment") for c in inspector.get_columns(view)] for view in VIEWS
            }
    return state


def test_views_block_rebuilds_and_the_guard_drops_and_restores_them(seeded: sa.Engine) -> None:
    before = view_state(seeded)
    with pytest.raises(sa.exc.DBAPIError), migration(seeded) as (op, conn):
        retype_cue(op, conn)  # SQLite: "error in view ..."; PostgreSQL: "used by a view"
    assert view_state(seeded) == before  # the failed migration rolled back whole

    with migration(seeded) as (op, conn), rebuild_guard(conn, "statement"):
        retype_cue(op, conn)
    assert view_state(seeded) == before
    with seeded.connect() as conn:
        assert check_index(conn).ok
        cue = next(c for c in sa.inspect(conn).get_columns("statement") if c["name"] == "cue")
    assert isinstance(cue["type"], sa.String) and cue["type"].length == 400

    from test_migrations import add_statement

    sid = add_statement(seeded, "Added after a rebuild of statement: afterrebuild.")
    with seeded.connect() as conn:
        assert match_ids(conn, "afterrebuild") == [sid]


def test_a_rebuild_without_the_guard_loses_the_fts_triggers_and_is_refused(
    seeded: sa.Engine, backend: str
) -> None:
    """Why migrations/env.py checks the triggers: batch mode drops them without a word."""
    if backend != "sqlite":
        pytest.skip("PostgreSQL keeps triggers through ALTER TABLE (and needs none for search)")
    with migration(seeded) as (op, conn):
        views = schema_extras.saved_views(conn)
        schema_extras.drop_views(conn, views)
        retype_cue(op, conn)
        schema_extras.restore_views(conn, views)
        assert schema_extras.missing_fts_triggers(conn) == list(schema_extras.FTS_TRIGGERS)
        with pytest.raises(RuntimeError, match="rebuild_guard"):
            schema_extras.assert_fts_triggers(conn)
        conn.rollback()


def test_the_guard_leaves_no_view_behind_when_the_work_fails(seeded: sa.Engine) -> None:
    with pytest.raises(ValueError), migration(seeded) as (_op, conn), rebuild_guard(conn):
        raise ValueError("the schema change failed")
    assert set(VIEWS) <= set(sa.inspect(seeded).get_view_names())
