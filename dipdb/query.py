"""Read-side library API: read-only SQL and database statistics.

``run_query`` is meant to be handed arbitrary SQL by a user, so it does not trust a parser of
ours to spot writes. Each layer below stops writes on its own; the SQL check in front only
makes the refusal early and its message clear:

1. **One statement.** The drivers refuse more than one before anything runs: Python's sqlite3
   prepares a single statement, and on PostgreSQL the statement is prepared (extended query
   protocol), which the server refuses for ``SELECT 1; DELETE ...``.
2. **A reading statement.** Its first keyword must be SELECT, WITH, VALUES, EXPLAIN, or PRAGMA
   (SQLite) / TABLE, SHOW (PostgreSQL); functions that act outside the database (files, other
   sessions, large objects, dynamic SQL, session settings) are refused by name on PostgreSQL.
3. **A database that cannot be written.** SQLite: a ``mode=ro`` connection that cannot attach
   other files, ``query_only`` on, and an authorizer that lets the statement read tables, call
   functions other than ``load_extension`` and run read-only PRAGMAs, nothing else (no temporary
   tables, no ATTACH, no transaction control). PostgreSQL: a session with
   ``default_transaction_read_only``, a READ ONLY transaction whose mode a query can no longer
   change (a snapshot is taken first), and, when connected as a superuser, the privileges of the
   predefined ``pg_read_all_data`` role (PostgreSQL 14 and later), under which the server
   refuses COPY TO a file or program, server file reads and signals to other sessions. The
   transaction is rolled back and the connection closed afterwards, so nothing the statement
   did to the session survives.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import db, migrate, models


class QueryError(RuntimeError):
    """The SQL failed; the message is the database's own, on one line."""


class ReadOnlyError(QueryError):
    """The SQL was refused because it would write, or act outside the database."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def read_only_engine(url: str | None) -> Engine:
    parsed = db.parse_url(url)
    path = db.sqlite_path(parsed)
    if path is not None and not path.exists():
        raise QueryError(f"no database at {path}: load some articles first ('dipdb load PATH')")
    return db.create_engine(parsed, read_only=True)


def run_query(engine: Engine, sql: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run one reading statement and return its rows; refuse anything else.

    ``sql`` goes to the database as written (``%`` and ``:`` mean what they mean in sqlite3 and
    psql). With ``params`` it is a SQLAlchemy :func:`~sqlalchemy.text` with ``:name`` parameters.
    Raises :class:`ReadOnlyError` for a statement that would write and :class:`QueryError` for
    any other failure; works on engines from :func:`read_only_engine` and on writable ones.
    """
    check_read_only(sql, engine.dialect.name)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            return _run_sqlite(conn, sql, params)
        return _run_postgresql(conn, sql, params)


# --- the SQL check ---------------------------------------------------------------------------

READING_KEYWORDS = {
    "sqlite": ("select", "with", "values", "explain", "pragma"),
    "postgresql": ("select", "with", "values", "table", "explain", "show"),
}

#: PostgreSQL functions a read-only transaction does not stop: they read or write server files,
#: signal or lock across sessions, change settings (``set_config`` can switch the role back), run
#: SQL given as text, or handle large objects. Prefixes end with ``_``.
PG_REFUSED_FUNCTIONS = frozenset(
    {
        "set_config",
        "pg_read_file",
        "pg_read_binary_file",
        "pg_stat_file",
        "pg_ls_dir",
        "pg_terminate_backend",
        "pg_cancel_backend",
        "pg_reload_conf",
        "pg_rotate_logfile",
        "pg_switch_wal",
        "pg_promote",
        "pg_notify",
        "pg_export_snapshot",
        "pg_import_system_collations",
        "pg_log_backend_memory_contexts",
        "query_to_xml",
        "query_to_xmlschema",
        "query_to_xml_and_xmlschema",
        "cursor_to_xml",
        "cursor_to_xmlschema",
        "ts_stat",
        "loread",
        "lowrite",
        "dblink",
    }
)
PG_REFUSED_PREFIXES = (
    "lo_",
    "dblink_",
    "pg_advisory_",
    "pg_try_advisory_",
    "pg_ls_",
    "pg_file_",
    "pg_stat_reset",
    "pg_create_",
    "pg_drop_replication_",
    "pg_replication_",
    "pg_logical_",
    "pg_copy_",
    "pg_wal_replay_",
    "pg_backup_",
    "pg_start_backup",
    "pg_stop_backup",
)
#: SQLite functions the authorizer refuses (extensions, and the shell's file functions).
SQLITE_REFUSED_FUNCTIONS = frozenset(
    {"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"}
)


def check_read_only(sql: str, dialect: str) -> None:
    """Refuse, before it reaches the database, SQL that is not one reading statement.

    Only the first keyword and, on PostgreSQL, the names used are looked at; the database still
    enforces read-only on its own (see the module docstring), so a statement this check lets
    through cannot write either.
    """
    names = [(kind, text) for kind, text in _tokens(sql, dialect) if kind in ("word", "quoted")]
    if not names:
        raise ReadOnlyError("query refused: no SQL statement given")
    kind, first = names[0]
    allowed = READING_KEYWORDS[dialect]
    if kind != "word" or first.casefold() not in allowed:
        shown = first.upper() if kind == "word" else f'"{first}"'
        raise ReadOnlyError(
            f"query refused: dipdb query only reads, and {shown} is not a reading "
            f"statement (allowed: {', '.join(k.upper() for k in allowed)})"
        )
    if dialect == "postgresql":
        for _kind, word in names:
            name = word.casefold()
            if name in PG_REFUSED_FUNCTIONS or name.startswith(PG_REFUSED_PREFIXES):
                raise ReadOnlyError(
                    f"query refused: {name}() is not allowed in dipdb query: it acts outside "
                    "the database or on other sessions"
                )


_PG_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>--[^\n]*)
    | (?P<block>/\*)
    | (?P<estring>[Ee]'(?:[^'\\]|\\.|'')*')
    | (?P<uescape>[Uu]&["'])
    | (?P<string>[BbXxNn]?'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*")
    | (?P<param>\$\d+)
    | (?P<dollar>\$(?:[^\W\d]\w*)?\$)
    | (?P<word>[^\W\d][\w$]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_SQLITE_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>--[^\n]*)
    | (?P<block>/\*)
    | (?P<string>[Xx]?'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(sql: str, dialect: str) -> Iterator[tuple[str, str]]:
    """(kind, text) of the SQL's tokens, comments and strings skipped; quoted identifiers come
    out without their quotes, so that ``"set_config"(...)`` is seen too.

    PostgreSQL nests block comments and has E'...' and dollar-quoted strings; what cannot be
    read safely (an unterminated string or comment, Unicode-escaped names) is refused.
    """
    pg = dialect == "postgresql"
    pattern = _PG_TOKEN if pg else _SQLITE_TOKEN
    openers = "'\"" if pg else "'\"`["  # a quote left over by the patterns is never closed
    pos = 0
    while pos < len(sql):
        m = pattern.match(sql, pos)
        assert m is not None  # "other" matches any character
        kind, pos = m.lastgroup or "other", m.end()
        if kind == "block":
            pos = _skip_block_comment(sql, pos, nested=pg)
        elif kind == "dollar":
            close = sql.find(m.group(), pos)
            if close < 0:
                raise ReadOnlyError("query refused: unterminated dollar-quoted string")
            pos = close + len(m.group())
        elif kind == "uescape":
            raise ReadOnlyError("query refused: U&'...' escapes are not supported by dipdb query")
        elif kind == "quoted":
            yield kind, m.group()[1:-1]
        elif kind in ("word", "other"):
            if m.group() in openers:
                raise ReadOnlyError("query refused: unterminated quoted string or name")
            yield kind, m.group()


def _skip_block_comment(sql: str, pos: int, *, nested: bool) -> int:
    depth = 1
    while depth:
        close = sql.find("*/", pos)
        if close < 0:
            if nested:
                raise ReadOnlyError("query refused: unterminated /* comment")
            return len(sql)  # SQLite: a comment runs to the end
        opened = sql.find("/*", pos, close) if nested else -1
        if opened >= 0:
            depth, pos = depth + 1, opened + 2
        else:
            depth, pos = depth - 1, close + 2
    return pos


# --- SQLite ----------------------------------------------------------------------------------

#: PRAGMAs that only read, with an argument (a table or index name, a row limit) or without one;
#: ``PRAGMA x = value`` is never allowed.
SQLITE_PRAGMAS_WITH_ARGUMENT = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_info",
        "index_xinfo",
        "index_list",
        "foreign_key_list",
        "foreign_key_check",
        "integrity_check",
        "quick_check",
    }
)
SQLITE_PRAGMAS = SQLITE_PRAGMAS_WITH_ARGUMENT | {
    "application_id",
    "collation_list",
    "compile_options",
    "data_version",
    "database_list",
    "encoding",
    "foreign_keys",
    "freelist_count",
    "function_list",
    "journal_mode",
    "module_list",
    "page_count",
    "page_size",
    "pragma_list",
    "query_only",
    "schema_version",
    "user_version",
}
#: The schema tables SQLite itself reports as "updated" while it connects a virtual table (the
#: full-text index, table-valued PRAGMAs); writing them is impossible on a read-only connection.
_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_schema", "sqlite_temp_master"})
#: What a refused authorizer action would have done, for the message ({0}, {1}: its arguments).
_SQLITE_REFUSALS = {
    **{
        getattr(sqlite3, name): name.removeprefix("SQLITE_").replace("_", " ").lower() + " {0}"
        for name in dir(sqlite3)
        if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    },
    sqlite3.SQLITE_INSERT: "insert rows into {0}",
    sqlite3.SQLITE_UPDATE: "update {0}",
    sqlite3.SQLITE_DELETE: "delete rows from {0}",
    sqlite3.SQLITE_ALTER_TABLE: "alter table {1}",
    sqlite3.SQLITE_ATTACH: "attach the database file {0}",
    sqlite3.SQLITE_DETACH: "detach {0}",
    sqlite3.SQLITE_TRANSACTION: "control the transaction ({0})",
    sqlite3.SQLITE_SAVEPOINT: "set a savepoint",
    sqlite3.SQLITE_ANALYZE: "analyze {0}",
    sqlite3.SQLITE_REINDEX: "reindex {0}",
}


class _SQLiteReadGuard:
    """SQLite authorizer: allow reading, refuse everything else, remember why."""

    def __init__(self) -> None:
        self.refused: str | None = None

    def __call__(
        self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _via: str | None
    ) -> int:
        if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            if (arg2 or "").casefold() not in SQLITE_REFUSED_FUNCTIONS:
                return sqlite3.SQLITE_OK
            why = f"call {arg2}()"
        elif action == sqlite3.SQLITE_PRAGMA:
            name = (arg1 or "").casefold()
            if name in SQLITE_PRAGMAS and (arg2 is None or name in SQLITE_PRAGMAS_WITH_ARGUMENT):
                return sqlite3.SQLITE_OK
            why = f"set PRAGMA {name}" if arg2 is not None else f"run PRAGMA {name}"
        elif action == sqlite3.SQLITE_UPDATE and (arg1 or "").casefold() in _SCHEMA_TABLES:
            return sqlite3.SQLITE_OK
        else:
            phrase = _SQLITE_REFUSALS.get(action, f"perform authorizer action {action}")
            why = phrase.format(arg1 or "", arg2 or "").strip()
        self.refused = self.refused or why
        return sqlite3.SQLITE_DENY


def _run_sqlite(conn: Connection, sql: str, params: dict[str, Any] | None) -> QueryResult:
    statement, values = _driver_statement(conn, sql, params)
    raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    # The engine may be a writable one whose connection goes back to the pool: restore the flag.
    query_only = raw.execute("PRAGMA query_only").fetchone()[0]
    conn.exec_driver_sql("PRAGMA query_only = ON")  # also opens the (read) transaction
    guard = _SQLiteReadGuard()
    raw.set_authorizer(guard)  # SQLite re-prepares cached statements when this changes
    cursor = raw.cursor()
    try:
        cursor.execute(statement, values or ())
        columns = [d[0] for d in cursor.description or ()]
        rows = [tuple(r) for r in cursor.fetchall()] if cursor.description else []
        return QueryResult(columns, rows)
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, guard) from exc
    finally:
        raw.set_authorizer(None)  # before ROLLBACK, which the guard would refuse
        cursor.close()
        conn.rollback()
        raw.execute(f"PRAGMA query_only = {int(query_only)}")


def _sqlite_error(exc: sqlite3.Error, guard: _SQLiteReadGuard) -> QueryError:
    message = _first_line(exc)
    if guard.refused:
        return ReadOnlyError(f"query refused: dipdb query only reads; this would {guard.refused}")
    if "one statement at a time" in message:
        return ReadOnlyError("query refused: dipdb query runs one statement at a time")
    if "readonly database" in message:
        return ReadOnlyError(f"query refused: dipdb query only reads ({message})")
    return QueryError(message)


# --- PostgreSQL ------------------------------------------------------------------------------

#: Predefined roles whose members can reach outside the database from SQL.
_PG_POWER_ROLES = (
    "pg_execute_server_program",
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_signal_backend",
)
_PG_ROLE_CHECK = (
    "SELECT r.rolsuper OR "
    + " OR ".join(
        f"coalesce(pg_has_role(current_user, to_regrole('{role}')::oid, 'USAGE'), false)"
        for role in _PG_POWER_ROLES
    )
    + ", coalesce(pg_has_role(current_user, to_regrole('pg_read_all_data')::oid, 'MEMBER'), false)"
    " FROM pg_roles r WHERE r.rolname = current_user"
)


def _run_postgresql(conn: Connection, sql: str, params: dict[str, Any] | None) -> QueryResult:
    import psycopg

    statement, values = _driver_statement(conn, sql, params)
    raw: psycopg.Connection[Any] = conn.connection.driver_connection  # type: ignore[assignment]
    try:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        # The server must split strings where check_read_only did: backslashes are plain.
        conn.exec_driver_sql("SET LOCAL standard_conforming_strings = on")
        # This first query takes the transaction's snapshot: from now on no statement can make
        # it READ WRITE ("must be set before any query").
        powerful, can_drop = conn.exec_driver_sql(_PG_ROLE_CHECK).one()
        if powerful and can_drop:
            conn.exec_driver_sql("SET LOCAL ROLE pg_read_all_data")
        with raw.cursor() as cursor:
            # prepare=True: the extended protocol, one statement only.
            cursor.execute(statement, values, prepare=True)
            columns = [d.name for d in cursor.description or ()]
            rows = [tuple(r) for r in cursor.fetchall()] if cursor.description else []
        return QueryResult(columns, rows)
    except psycopg.Error as exc:
        raise _postgresql_error(exc) from exc
    except sa.exc.DBAPIError as exc:
        raise QueryError(_first_line(exc.orig or exc)) from exc
    finally:
        # Nothing the statement did to the session (settings, locks, prepared statements)
        # may outlive it in the pool.
        conn.invalidate()


def _postgresql_error(exc: Exception) -> QueryError:
    message = _first_line(exc)
    state = getattr(exc, "sqlstate", None)
    if "multiple commands" in message:
        return ReadOnlyError("query refused: dipdb query runs one statement at a time")
    if state == "25006":  # read_only_sql_transaction
        return ReadOnlyError(f"query refused: dipdb query only reads ({message})")
    if state == "42501":  # insufficient_privilege, under pg_read_all_data
        return ReadOnlyError(f"query refused: {message}")
    return QueryError(message)


# --- shared ----------------------------------------------------------------------------------


def _driver_statement(conn: Connection, sql: str, params: dict[str, Any] | None) -> tuple[str, Any]:
    """The SQL and parameters in the driver's own style: as written without ``params``; with
    them, compiled from SQLAlchemy's ``:name`` style."""
    if not params:
        return sql, None
    compiled = sa.text(sql).compile(dialect=conn.dialect)
    values = compiled.construct_params(params)
    if conn.dialect.positional:
        return compiled.string, [values[name] for name in compiled.positiontup or ()]
    return compiled.string, values


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    meetings: int
    persons: int
    statements: int
    attributed: int
    by_publisher: list[dict[str, Any]] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def share_attributed(self) -> float:
        return self.attributed / self.statements if self.statements else 0.0


def stats(engine: Engine) -> Stats:
    """Counts that tell at a glance what is in the database and how much of it has a speaker."""
    migrate.require_current(engine)
    doc, st = models.SourceDocument.__table__, models.Statement.__table__
    spk = models.StatementSpeaker.__table__
    attributed = sa.exists().where(spk.c.statement_id == st.c.id)
    count = sa.func.count
    with engine.connect() as conn:
        scalar = conn.execute
        documents = scalar(sa.select(count()).select_from(doc)).scalar_one()
        meetings = scalar(sa.select(count()).select_from(models.Meeting.__table__)).scalar_one()
        persons = scalar(sa.select(count()).select_from(models.Person.__table__)).scalar_one()
        statements = scalar(sa.select(count()).select_from(st)).scalar_one()
        n_attr = scalar(sa.select(count()).select_from(st).where(attributed)).scalar_one()
        pub = sa.func.coalesce(doc.c.publisher, "(unknown)")
        by_publisher = [
            {
                "publisher": r.publisher,
                "documents": r.documents,
                "statements": r.statements,
                "attributed": r.attributed,
            }
            for r in conn.execute(
                sa.select(
                    pub.label("publisher"),
                    count(sa.distinct(doc.c.id)).label("documents"),
                    count(st.c.id).label("statements"),
                    sa.func.sum(sa.case((attributed, 1), else_=0)).label("attributed"),
                )
                .select_from(doc.outerjoin(st, st.c.document_id == doc.c.id))
                .group_by(pub)
                .order_by(pub)
            )
        ]
        by_kind = dict(conn.execute(sa.select(st.c.kind, count()).group_by(st.c.kind)).all())
    for row in by_publisher:
        row["attributed"] = int(row["attributed"] or 0)
    return Stats(documents, meetings, persons, statements, n_attr, by_publisher, by_kind)


def people(engine: Engine, name: str | None = None) -> QueryResult:
    """Persons with their aliases and activity, most statements first."""
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    spk, part = models.StatementSpeaker.__table__, models.Participant.__table__
    aliases = (
        sa.select(sa.func.count(alias.c.id))
        .where(alias.c.person_id == person.c.id)
        .scalar_subquery()
    )
    statements = sa.select(sa.func.count()).where(spk.c.person_id == person.c.id).scalar_subquery()
    meetings = (
        sa.select(sa.func.count(sa.distinct(part.c.meeting_id)))
        .where(part.c.person_id == person.c.id)
        .scalar_subquery()
    )
    query = sa.select(
        person.c.id,
        person.c.name,
        person.c.country,
        person.c.organization,
        aliases.label("aliases"),
        statements.label("statements"),
        meetings.label("meetings"),
        person.c.curated,
    ).order_by(statements.desc(), person.c.name)
    if name:
        needle = " ".join(name.casefold().split())
        query = query.where(
            sa.or_(
                person.c.name_key.contains(needle, autoescape=True),
                sa.exists().where(
                    alias.c.person_id == person.c.id,
                    alias.c.alias_key.contains(needle, autoescape=True),
                ),
            )
        )
    with engine.connect() as conn:
        result = conn.execute(query)
        return QueryResult(list(result.keys()), [tuple(r) for r in result])
