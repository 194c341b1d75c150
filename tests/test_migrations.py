"""The schema is managed by Alembic: upgrades, downgrades with data, the URL rules, search.

pytest-alembic's built-in tests (single head, upgrade, models match the DDL, up/down consistency)
are in test_migrations_alembic.py; the stairway with the seed and corpus articles loaded, and the
upgrade of a database written by the first release, are in test_migrations_data.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import ROOT, SEED, count

from dipdb import db, migrate, models
from dipdb.load import load_paths
from dipdb.schema_extras import FTS_TABLE
from dipdb.search import check_index, match_ids

TABLES = set(models.Base.metadata.tables)


def table_names(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_every_revision_has_a_downgrade() -> None:
    for rev in migrate.script_directory().walk_revisions():
        assert callable(getattr(rev.module, "downgrade", None)), rev.revision


def test_upgrade_from_empty_creates_every_table(engine: sa.Engine) -> None:
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert table_names(engine) >= TABLES


def test_downgrade_to_base_with_data_removes_everything(seeded: sa.Engine) -> None:
    assert count(seeded, "statement") > 0
    migrate.downgrade(seeded, "base")
    assert migrate.current_revision(seeded) is None
    assert table_names(seeded) == set()


def test_upgrade_after_downgrade_restores_a_working_schema(seeded: sa.Engine) -> None:
    migrate.downgrade(seeded, "base")
    report = load_paths(seeded, [SEED])
    assert report.ok and report.results[0].status == "loaded"
    assert count(seeded, "statement") > 0


def test_upgrade_twice_is_a_no_op(migrated: sa.Engine) -> None:
    migrate.upgrade(migrated)
    assert migrate.current_revision(migrated) == migrate.head_revision()


def test_a_database_from_a_newer_dipdb_is_refused(migrated: sa.Engine) -> None:
    with migrated.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffffnewer'"))
    with pytest.raises(migrate.SchemaError, match="newer dipdb"):
        migrate.upgrade(migrated)
    with pytest.raises(migrate.SchemaError, match="newer dipdb"):
        migrate.ensure_current(migrated)
    with migrated.connect() as conn:  # untouched, never silently downgraded
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
            "ffffnewer"
        )


def test_a_failed_sqlite_migration_rolls_back_whole(tmp_path: Path) -> None:
    """Transactional DDL on SQLite: a migration that fails half-way leaves no table behind."""
    engine = db.create_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with engine.connect() as conn:
        # The initial revision creates this table last, after ten others.
        conn.exec_driver_sql("CREATE TABLE statement_topic (id INTEGER PRIMARY KEY)")
        conn.commit()
    with pytest.raises(sa.exc.OperationalError):
        migrate.upgrade(engine)
    assert table_names(engine) == {"statement_topic"}
    assert migrate.current_revision(engine) is None


@pytest.mark.parametrize("command", [["upgrade", "head"], ["downgrade", "base"]])
def test_plain_alembic_works_from_the_project_root(db_url: str, command: list[str]) -> None:
    env = {**os.environ, db.ENV_URL: db_url}
    run = subprocess.run(
        [sys.executable, "-m", "alembic", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    engine = db.create_engine(db_url)
    expected = migrate.head_revision() if command[0] == "upgrade" else None
    assert migrate.current_revision(engine) == expected
    engine.dispose()


def test_alembic_takes_the_url_from_x_argument(db_url: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "alembic", "-x", f"url={db_url}", "upgrade", "head"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != db.ENV_URL},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    engine = db.create_engine(db_url)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_migrations_are_found_inside_the_package() -> None:
    import dipdb.migrations

    assert (ROOT / "migrations" / "env.py").samefile(
        os.path.join(os.path.dirname(dipdb.migrations.__file__), "env.py")
    )
    assert migrate.script_location().endswith("migrations")


def test_revision_0002_backfills_family_keys(engine: sa.Engine) -> None:
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO person (name, name_key) VALUES "
                "('Joseph R. Biden, Jr.', 'joseph r. biden, jr.'), ('Xi Jinping', 'xi jinping')"
            )
        )
    migrate.upgrade(engine, "0002")
    with engine.connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT name, family_key FROM person")).all())
        curated = conn.execute(sa.text("SELECT count(*) FROM person WHERE curated")).scalar()
    assert rows == {"Joseph R. Biden, Jr.": "biden", "Xi Jinping": "xi"}
    assert curated == 0
    migrate.downgrade(engine, "0001")
    assert count(engine, "person") == 2


def add_statement(engine: sa.Engine, text: str) -> int:
    """A statement row written with plain SQL (as a user or another tool would), in the seed's
    first paragraph; the columns it uses exist at every revision."""
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO statement (meeting_id, document_id, paragraph_id, position, "
                "char_start, char_end, text, kind, mode, confidence) "
                "SELECT meeting_id, document_id, paragraph_id, "
                "(SELECT max(position) + 1 FROM statement), 0, 1, :text, 'speech', 'indirect', 1 "
                "FROM statement WHERE id = (SELECT min(id) FROM statement)"
            ),
            {"text": text},
        )
        return conn.execute(
            sa.text("SELECT id FROM statement WHERE text = :text"), {"text": text}
        ).scalar_one()


def has_full_text_index(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        problems = check_index(conn).problems
    return not any(p.startswith("no ") for p in problems)


def found(engine: sa.Engine, words: str) -> list[int]:
    with engine.connect() as conn:
        return match_ids(conn, words)


def test_full_text_search_stays_correct_across_every_revision(seeded: sa.Engine) -> None:
    """The stairway again, for search: before each revision is applied a statement is added;
    once the index exists, every statement added before any migration is found, and so are rows
    added, changed and deleted after it (triggers that a table rebuild dropped would miss them)."""
    energy = found(seeded, "energy")
    assert len(energy) >= 4
    added: dict[int, str] = {}
    revisions = [r.revision for r in migrate.history()]  # newest first
    for i, rev in enumerate(revisions[:-1]):
        migrate.downgrade(seeded, "-1")
        word = f"beforemigration{i}x"
        added[add_statement(seeded, f"Added below {rev}: {word}.")] = word
        migrate.upgrade(seeded, rev)
        if has_full_text_index(seeded):
            with seeded.connect() as conn:
                assert check_index(conn).ok, check_index(conn).problems
            assert found(seeded, "energy") == energy
            for sid, word in added.items():
                assert found(seeded, word) == [sid], (rev, word)
            after = add_statement(seeded, f"Added at {rev}: aftermigration{i}x.")
            assert found(seeded, f"aftermigration{i}x") == [after]
            with seeded.begin() as conn:
                conn.execute(
                    sa.text("UPDATE statement SET text = :t WHERE id = :id"),
                    {"t": f"Changed at {rev}: changedtext{i}x.", "id": after},
                )
            assert found(seeded, f"aftermigration{i}x") == []
            assert found(seeded, f"changedtext{i}x") == [after]
            with seeded.begin() as conn:
                conn.execute(sa.text("DELETE FROM statement WHERE id = :id"), {"id": after})
            assert found(seeded, f"changedtext{i}x") == []
        migrate.downgrade(seeded, "-1")
    migrate.upgrade(seeded, "head")
    with seeded.connect() as conn:
        assert check_index(conn).ok
    assert found(seeded, "energy") == energy
    for sid, word in added.items():
        assert found(seeded, word) == [sid]
    late = add_statement(seeded, "Added at head: atheadx.")
    assert found(seeded, "atheadx") == [late]


def test_the_fts_table_and_triggers_are_gone_below_their_revision(engine: sa.Engine) -> None:
    migrate.upgrade(engine, "0004")
    with engine.connect() as conn:
        status = check_index(conn)
    assert status.problems and status.problems[0].startswith("no ")
    names = set(sa.inspect(engine).get_table_names())
    assert not any(n.startswith(FTS_TABLE) for n in names)
