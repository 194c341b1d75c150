"""pytest-alembic's built-in migration tests, on SQLite and on PostgreSQL.

The plugin's documented fixtures are overridden here: ``alembic_config`` is dipdb's own Alembic
configuration (the migrations as installed, no ini file, exactly what ``dipdb db`` uses) and
``alembic_engine`` is a throwaway database of each backend, so every built-in test runs once per
backend. ``migrations/env.py`` accepts the engine pytest-alembic hands in.

The built-ins are called from named tests rather than inserted with ``--test-alembic``: inserted
tests bind to ``tests/conftest.py`` and only see fixtures defined there, while these fixtures
belong with the tests that use them; and a plain ``pytest`` runs them without a flag. The plugin
itself must still be installed (it provides ``alembic_runner``); see the pins in pyproject.toml.

Which model/DDL differences are not drift (views, the SQLite FTS5 tables, PostgreSQL's generated
``search_vector`` column and its GIN index) is decided by ``schema_extras.include_object``, which
``env.py`` passes to autogenerate; the model/DDL test below goes through the same ``env.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import alembic.config
import pytest
import sqlalchemy as sa
from pytest_alembic import tests as builtin
from pytest_alembic.runner import MigrationContext
from pytest_alembic.tests import experimental

from dipdb import db, migrate


@pytest.fixture(autouse=True)
def nothing_but_the_given_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """env.py must migrate the database pytest-alembic hands in and never fall back to its
    default URL ($DIPDB_DATABASE_URL, else ./dipdb.sqlite), which from a checkout would be the
    developer's own database: each test runs from an empty folder that must stay empty."""
    monkeypatch.delenv(db.ENV_URL, raising=False)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    yield
    assert sorted(p.name for p in cwd.iterdir()) == []


@pytest.fixture
def alembic_config() -> alembic.config.Config:
    """dipdb's migrations from the installed package, as ``dipdb db`` runs them (a fresh Config
    per test: pytest-alembic writes its own attributes into it)."""
    cfg = alembic.config.Config()
    cfg.set_main_option("script_location", migrate.script_location())
    return cfg


@pytest.fixture
def alembic_engine(engine: sa.Engine) -> sa.Engine:
    """An empty throwaway database, once on SQLite and once on PostgreSQL (conftest's ``engine``
    is parametrized over both backends)."""
    return engine


def test_the_history_has_a_single_head(alembic_runner: MigrationContext) -> None:
    """Two heads mean two branches merged without a merge revision: `dipdb db upgrade` would
    stop with 'multiple heads'. (The history is backend-independent; it runs per backend only
    because the runner needs an engine.)"""
    builtin.test_single_head_revision(alembic_runner)


def test_an_empty_database_upgrades_to_head(alembic_runner: MigrationContext) -> None:
    builtin.test_upgrade(alembic_runner)
    assert alembic_runner.current == migrate.head_revision()


def test_the_models_match_the_schema_the_migrations_build(alembic_runner: MigrationContext) -> None:
    """After upgrading an empty database to head, `alembic revision --autogenerate` finds
    nothing to do: every model change has its migration, and no migration did more than the
    models say (beyond the objects include_object deliberately leaves out)."""
    builtin.test_model_definitions_match_ddl(alembic_runner)


def test_every_revision_upgrades_downgrades_and_upgrades_again_one_at_a_time(
    alembic_runner: MigrationContext,
) -> None:
    """Each revision applies on its own from base to head, each downgrade then runs on its own
    from head to base, and the way up works again after the round trip. (Empty tables: the
    stairway in test_migrations_data.py does this with data.)"""
    builtin.test_up_down_consistency(alembic_runner)
    assert alembic_runner.current == migrate.head_revision()


def test_each_downgrade_undoes_exactly_what_its_upgrade_did(
    alembic_runner: MigrationContext, alembic_engine: sa.Engine
) -> None:
    """pytest-alembic's experimental ``downgrade_leaves_no_trace``: for every revision, the schema
    after upgrade-then-downgrade compares to the models as the schema before the upgrade did,
    so no downgrade forgets an index, constraint or column its upgrade added (which the up/down
    test above misses when a lower revision drops the whole table).

    PostgreSQL only: the test runs each cycle inside a savepoint that it rolls back, and on SQLite
    rolling back a savepoint in which an FTS5 table was created and written to (revision 0005
    creates statement_fts and rebuilds it) leaves the connection unable to open the next
    savepoint ("SQL logic error", SQLite 3.40). On SQLite the stairway in test_migrations_data.py
    steps every revision down and up with data instead.

    (pytest-alembic's other experimental test, ``all_models_register_on_metadata``, does not
    apply: dipdb's models are one module, dipdb.models, which env.py imports whole.)"""
    if alembic_engine.dialect.name == "sqlite":
        pytest.skip("savepoint rollback over FTS5 DDL breaks the next SAVEPOINT on SQLite")
    experimental.test_downgrade_leaves_no_trace(alembic_runner)
