"""Engine factory: the one place that knows how dipdb talks to SQLite and PostgreSQL.

Everything that opens a database (the loader, the CLI, Alembic's ``env.py``, the tests) goes through
:func:`create_engine`, so every connection gets the same guarantees: SQLite with real transactions
(``BEGIN`` emitted by us, so DDL is transactional and a failed migration rolls back whole), foreign
keys enforced, WAL and a busy timeout for concurrent readers; PostgreSQL through psycopg 3.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

ENV_URL = "DIPDB_DATABASE_URL"
DEFAULT_URL = "sqlite:///dipdb.sqlite"
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: libpq startup option of read-only PostgreSQL sessions.
READ_ONLY_OPTION = "-c default_transaction_read_only=on"


class DatabaseURLError(ValueError):
    """A database URL dipdb cannot use; the message is meant for the user (password hidden)."""


#: What replaces a password wherever dipdb shows a URL or a driver's message.
HIDDEN = "***"
# ``scheme://user:PASSWORD@`` anywhere in a text; the password runs to the next ``@``, as in
# SQLAlchemy's own URL pattern (an ``@`` inside a password must be percent-encoded).
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*:)[^@\s]*(?=@)")
# libpq connection strings and URL queries: ``password=...`` (quoted or not).
_DSN_PASSWORD = re.compile(
    r"(?P<head>\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|\"[^\"]*\"|[^\s&'\"]+)", re.IGNORECASE
)
#: Shorter passwords are hidden only where they appear in URL or DSN syntax: replacing every
#: occurrence of "ab" in a message would garble it without protecting anything.
MIN_LITERAL_SECRET = 4


def display_url(url: str | URL | None) -> str:
    """The URL as dipdb shows it: password hidden, in the user-info part and in the query."""
    try:
        parsed = url if isinstance(url, URL) else make_url(resolve_url(url))
    except (ArgumentError, ValueError):
        return redact(resolve_url(url) if not isinstance(url, URL) else str(url))
    return redact(parsed.render_as_string(hide_password=True))  # and ?password=...


def redact(text: str, url: str | URL | None = None) -> str:
    """``text`` with every password hidden, before it is printed or logged.

    Driver messages can echo the connection string (libpq's ``password=...``) and error messages
    of ours quote URLs, so the patterns go first; when the URL in use is known its password is
    also replaced literally, for any other place a driver might repeat it.
    """
    text = _URL_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)
    text = _DSN_PASSWORD.sub(lambda m: m["head"] + HIDDEN, text)
    for secret in _passwords(url):
        if len(secret) >= MIN_LITERAL_SECRET:
            for form in {secret, quote(secret, safe=""), quote_plus(secret, safe="")}:
                text = text.replace(form, HIDDEN)
    return text


def _passwords(url: str | URL | None) -> list[str]:
    if url is None:
        return []
    try:
        parsed = url if isinstance(url, URL) else make_url(resolve_url(url))
    except (ArgumentError, ValueError):
        return []
    found = [parsed.password, parsed.query.get("password")]
    return [str(p) for p in found if p and isinstance(p, str)]


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
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DatabaseURLError(
            f"not a database URL: {redact(raw)!r}: use sqlite:///FILE or postgresql://..."
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseURLError(
            f"unsupported database {backend!r} in {display_url(parsed)!r}: "
            "use sqlite:///FILE or postgresql://..."
        )
    if backend == "sqlite" and (parsed.host or parsed.username or parsed.password):
        # SQLAlchemy's own message for this spans five lines; a SQLite file has no host or user.
        raise DatabaseURLError(
            f"not a SQLite URL: {display_url(parsed)!r} names a user or host; "
            "use sqlite:///relative/path or sqlite:////absolute/path"
        )
    if backend == "postgresql" and parsed.drivername in ("postgresql", "postgres"):
        # psycopg 3 is the supported driver; plain postgresql:// would ask SQLAlchemy for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def error_line(exc: BaseException, url: str | URL | None = None) -> str:
    """One line saying why the database at ``url`` cannot be used, password hidden.

    The driver's first line is kept (libpq adds hints on further lines); for a SQLite file that
    cannot be opened or written, the reason SQLite leaves out (which folder is missing or
    read-only) is added.
    """
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    reason = lines[0].strip() if lines else type(orig).__name__
    where = ""
    if url is not None:
        where = f" {display_url(url)}"
        if _SQLITE_FILE_ERROR.search(reason):
            with contextlib.suppress(DatabaseURLError, ArgumentError, ValueError):
                path = sqlite_path(url if isinstance(url, URL) else parse_url(url))
                why = _sqlite_file_problem(path) if path is not None else None
                if why:
                    reason = f"{reason} ({why})"
    return redact(f"cannot use the database{where}: {reason}", url)


_SQLITE_FILE_ERROR = re.compile(r"unable to open database file|readonly database", re.IGNORECASE)


def _sqlite_file_problem(path: Path) -> str | None:
    """Why SQLite cannot create or write ``path``, in words SQLite's own message lacks."""
    folder = Path(os.path.abspath(path)).parent
    if path.is_dir():
        return f"{path} is a folder"
    if not folder.is_dir():
        for above in [folder, *folder.parents]:
            if above.exists():
                if not above.is_dir():
                    return f"{above} is a file, not a folder"
                break
        return f"folder {folder} does not exist"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"folder {folder} is not writable"
    return None


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def create_engine(
    url: str | URL | None = None, *, read_only: bool = False, **kwargs: Any
) -> Engine:
    """Create an engine with dipdb's connection settings.

    ``read_only`` opens SQLite through a ``mode=ro`` URI (no statement can write the file,
    whatever it says, and no other database can be attached); PostgreSQL sessions start with
    ``default_transaction_read_only`` on, so every transaction is read-only unless a statement
    asks otherwise (:mod:`dipdb.query` closes that door too).
    """
    parsed = url if isinstance(url, URL) else parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, read_only=read_only, **kwargs)
    if read_only:
        given = parsed.query.get("options")
        options = " ".join(
            filter(None, [given if isinstance(given, str) else None, READ_ONLY_OPTION])
        )
        kwargs["connect_args"] = {**kwargs.get("connect_args", {}), "options": options}
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
        if read_only:
            # ATTACH would create or write another file, which mode=ro does not cover.
            dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
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
