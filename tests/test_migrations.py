"""The schema is managed by Alembic: upgrades, downgrades with data, no drift from the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from conftest import ROOT, SEED, count

from dipdb import db, migrate, models
from dipdb.load import load_paths
from dipdb.schema_extras import include_object

TABLES = set(models.Base.metadata.tables)


def table_names(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def test_there_is_a_single_head() -> None:
    assert len(migrate.script_directory().get_heads()) == 1


def test_every_revision_has_a_downgrade() -> None:
    for rev in migrate.script_directory().walk_revisions():
        assert callable(getattr(rev.module, "downgrade", None)), rev.revision


def test_upgrade_from_empty_creates_every_table(engine: sa.Engine) -> None:
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert table_names(engine) >= TABLES


def test_models_match_the_migrated_schema(migrated: sa.Engine) -> None:
    with migrated.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": include_object},
        )
        diff = compare_metadata(ctx, models.Base.metadata)
    assert diff == []


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


def snapshot(engine: sa.Engine) -> dict[str, object]:
    """Row counts of every table present, and who said what: what a migration must preserve."""
    tables = sorted(table_names(engine))
    with engine.connect() as conn:
        counts = {
            t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables
        }
        said = conn.execute(
            sa.text(
                "SELECT s.char_start, s.char_end, s.kind, p.name FROM statement s "
                "LEFT JOIN statement_speaker ss ON ss.statement_id = s.id "
                "LEFT JOIN person p ON p.id = ss.person_id ORDER BY 1, 4"
            )
        ).all()
    return {"counts": counts, "said": [tuple(r) for r in said]}


def test_every_revision_steps_down_and_up_again_keeping_the_data(seeded: sa.Engine) -> None:
    """The stairway: from head, each revision is downgraded and upgraded again with the seed
    loaded; rows and attribution survive every step."""
    at_head = snapshot(seeded)
    revisions = [r.revision for r in migrate.history()]  # newest first
    for rev in revisions[:-1]:
        migrate.downgrade(seeded, "-1")
        below = snapshot(seeded)
        assert below["said"] == at_head["said"]
        migrate.upgrade(seeded, rev)
        migrate.downgrade(seeded, "-1")
        assert snapshot(seeded) == below
    migrate.upgrade(seeded, "head")
    assert snapshot(seeded) == at_head


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
