"""Shared fixtures: every database test runs once on SQLite and once on PostgreSQL.

PostgreSQL is reached through ``DIPDB_TEST_POSTGRES_URL`` (a server URL whose user may create
databases); each test gets a throwaway database that is dropped afterwards. Without that variable
the PostgreSQL cases skip, except under ``CI=true`` where a missing server is a failure: CI must
prove both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from dipdb import db

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_ed3e051bfad3e112.txt"
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"

PG_ENV = "DIPDB_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def _postgres_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {PG_ENV} is not set: the PostgreSQL cases must run in CI")
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL cases skipped")
    return url


class _PostgresDatabases:
    """Throwaway PostgreSQL databases, created through one admin connection and all dropped by
    :meth:`drop_all` (a test is skipped when the server is not reachable, outside CI)."""

    def __init__(self) -> None:
        self.admin: sa.Engine | None = None
        self.created: list[str] = []

    def create(self) -> str:
        admin_url = db.parse_url(_postgres_admin_url())
        if self.admin is None:
            self.admin = db.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        name = f"dipdb_test_{uuid.uuid4().hex[:12]}"
        try:
            with self.admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        except sa.exc.OperationalError as exc:
            if os.environ.get("CI") == "true":
                raise
            pytest.skip(f"PostgreSQL at {admin_url} is not reachable: {exc.orig}")
        self.created.append(name)
        return admin_url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if self.admin is None:
            return
        with self.admin.connect() as conn:
            for name in self.created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(params=BACKENDS)
def make_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A factory of URLs to new, empty databases of the test's backend (all dropped afterwards),
    for tests that compare two databases."""
    postgres = _PostgresDatabases()
    files: list[Path] = []

    def make() -> str:
        if request.param == "sqlite":
            files.append(tmp_path / f"test{len(files) or ''}.sqlite")
            return f"sqlite:///{files[-1]}"
        return postgres.create()

    yield make
    postgres.drop_all()


@pytest.fixture
def db_url(make_db_url: Callable[[], str]) -> str:
    """A URL to a new, empty database on each backend."""
    return make_db_url()


@pytest.fixture
def backend(db_url: str) -> str:
    return db.parse_url(db_url).get_backend_name()


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    eng = db.create_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def migrated(engine: sa.Engine) -> sa.Engine:
    from dipdb import migrate

    migrate.upgrade(engine)
    return engine


@pytest.fixture
def seeded(engine: sa.Engine) -> sa.Engine:
    """A database with the seed article loaded."""
    from dipdb.load import load_paths

    report = load_paths(engine, [SEED])
    assert report.ok, report.failed
    return engine


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


def count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture(scope="module")
def shared_seeded_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], str]]:
    """``shared_seeded_url(backend)``: a URL to a database holding the seed, created on first
    use and shared by a whole test module; dropped at its end.

    Only for tests that must leave the database exactly as they found it (refused queries, bad
    input files) and check that themselves: they share one database per backend instead of
    seeding their own, which costs seconds each.
    """
    from dipdb.load import load_paths

    urls: dict[str, str] = {}
    postgres = _PostgresDatabases()

    def get(backend: str) -> str:
        if backend in urls:
            return urls[backend]
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('shared') / 'seeded.sqlite'}"
        else:
            url = postgres.create()
        engine = db.create_engine(url)
        try:
            assert load_paths(engine, [SEED]).ok
        finally:
            engine.dispose()
        urls[backend] = url
        return url

    yield get
    postgres.drop_all()
