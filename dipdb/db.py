"""Engine factory: the one place that knows how dipdb talks to SQLite and PostgreSQL.

Everything that opens a database (the loader, the CLI, Alembic's ``env.py``, the tests) goes through
:func:`create_engine`, so every connection gets the same guarantees: SQLite with real transactions
(``BEGIN`` emitted by us, so DDL is transactional and a failed migration rolls back whole), foreign
keys enforced, WAL and a busy timeout for concurrent readers; PostgreSQL through psycopg 3.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

ENV_URL = "DIPDB_DATABASE_URL"
DEFAULT_URL = "sqlite:///dipdb.sqlite"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseURLError(ValueError):
    """A database URL dipdb cannot use; the message is meant for the user."""


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the argument, else ``$DIPDB_DATABASE_URL``, else ``./dipdb.sqlite``.

    A bare file path (``data/x.sqlite``) is accepted as a SQLite database, because that is what
    people type.
    """
    raw = url or os.environ.get(ENV_URL) or DEFAULT_URL
    if "://" not in raw:
        raw = f"sqlite:///{raw}"
    return raw


def parse_url(url: str | None = None) -> URL:
    raw = resolve_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseURLError(f"not a database URL: {raw!r}") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseURLError(
            f"unsupported database {backend!r} in {raw!r}: use sqlite:///FILE or postgresql://..."
        )
    if backend == "postgresql" and parsed.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the supported driver; plain postgresql:// would ask SQLAlchemy for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def create_engine(
    url: str | URL | None = None, *, read_only: bool = False, **kwargs: Any
) -> Engine:
    """Create an engine with dipdb's connection settings.

    ``read_only`` opens SQLite through a ``mode=ro`` URI, so no statement can write, whatever it
    says; PostgreSQL is made read-only per transaction by the caller (see :mod:`dipdb.query`).
    """
    parsed = url if isinstance(url, URL) else parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, read_only=read_only, **kwargs)
    try:
        return sa.create_engine(parsed, **kwargs)
    except ModuleNotFoundError as exc:
        raise DatabaseURLError(
            "PostgreSQL support needs psycopg 3: pip install 'dipdb[postgres]'"
        ) from exc


def _sqlite_engine(url: URL, *, read_only: bool, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    if read_only and path is not None:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        engine = sa.create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            **kwargs,
        )
    else:
        engine = sa.create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transaction control away from pysqlite, whose implicit BEGIN skips DDL; we emit
        # BEGIN ourselves below (SQLAlchemy's documented recipe for serializable SQLite).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if path is not None and not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def backend_name(engine: Engine | sa.Connection) -> str:
    return engine.dialect.name
