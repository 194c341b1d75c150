"""`dipdb query` and :func:`dipdb.query.run_query` only read: whatever the SQL says, the
database, the session and the machine are unchanged, and the user gets one line saying why.

Every refusal is checked through the library and the command line against a database holding
the seed, comparing its tables, columns, indexes and row counts before and after. The SQL check
in front of the database is then switched off, to prove the database refuses on its own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import SEED, count

from dipdb import db, query
from dipdb.cli import main
from dipdb.load import load_paths

SQLITE, POSTGRES = "sqlite", "postgresql"
BOTH = (SQLITE, POSTGRES)
#: Sessions on the test's own database only: other tests share the server.
TERMINATE = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
)

#: (name, SQL, backends) of statements that must be refused. ``{file}`` is a path outside the
#: database that nothing may create.
WRITES: list[tuple[str, str, tuple[str, ...]]] = [
    ("insert", "INSERT INTO topic (slug, name) VALUES ('evil', 'Evil')", BOTH),
    ("update", "UPDATE person SET name = 'evil'", BOTH),
    ("delete", "DELETE FROM statement", BOTH),
    ("create-table", "CREATE TABLE evil (id integer)", BOTH),
    ("drop-table", "DROP TABLE statement_topic", BOTH),
    ("alter-table", "ALTER TABLE person ADD COLUMN evil integer", BOTH),
    ("create-index", "CREATE INDEX evil ON person (country)", BOTH),
    ("create-temp-table", "CREATE TEMP TABLE evil (id integer)", BOTH),
    ("two-statements", "SELECT 1; DELETE FROM statement", BOTH),
    ("commit-then-delete", "COMMIT; DELETE FROM statement", BOTH),
    ("begin-then-delete", "BEGIN; DELETE FROM statement", BOTH),
    ("read-write-transaction", "SET TRANSACTION READ WRITE", BOTH),
    ("comment-before-delete", "/* SELECT */ DELETE FROM statement", BOTH),
    ("cte-then-delete", "WITH d AS (SELECT 1) DELETE FROM statement", BOTH),
    ("savepoint", "SAVEPOINT evil", BOTH),
    ("attach", "ATTACH DATABASE '{file}' AS evil", (SQLITE,)),
    ("writable-schema", "PRAGMA writable_schema = ON", (SQLITE,)),
    ("query-only-off", "PRAGMA query_only = OFF", (SQLITE,)),
    ("user-version", "PRAGMA user_version = 7", (SQLITE,)),
    ("journal-mode", "PRAGMA journal_mode = DELETE", (SQLITE,)),
    ("vacuum-into", "VACUUM INTO '{file}'", (SQLITE,)),
    ("load-extension", "SELECT load_extension('{file}')", (SQLITE,)),
    (
        "writable-cte",
        "WITH d AS (DELETE FROM statement RETURNING *) SELECT count(*) FROM d",
        (POSTGRES,),
    ),
    ("select-into", "SELECT 1 AS x INTO evil", (POSTGRES,)),
    ("copy-to-program", "COPY (SELECT 1) TO PROGRAM 'touch {file}'", (POSTGRES,)),
    ("copy-to-file", "COPY (SELECT 1) TO '{file}'", (POSTGRES,)),
    ("do-block", "DO $$BEGIN DELETE FROM statement; END$$", (POSTGRES,)),
    ("terminate-backends", TERMINATE, (POSTGRES,)),
    ("lo-import", "SELECT lo_import('/etc/passwd')", (POSTGRES,)),
    ("pg-read-file", "SELECT pg_read_file('/etc/passwd')", (POSTGRES,)),
    ("quoted-function-name", """SELECT "pg_read_file"('/etc/passwd')""", (POSTGRES,)),
    ("set-config", "SELECT set_config('default_transaction_read_only', 'off', false)", (POSTGRES,)),
    ("advisory-lock", "SELECT pg_advisory_lock(1)", (POSTGRES,)),
    ("listen", "LISTEN evil", (POSTGRES,)),
]

#: What the database itself refuses when dipdb's SQL check is switched off.
DATABASE_REFUSES: list[tuple[str, str, tuple[str, ...]]] = [
    ("insert", "INSERT INTO topic (slug, name) VALUES ('evil', 'Evil')", BOTH),
    ("create-temp-table", "CREATE TEMP TABLE evil (id integer)", BOTH),
    ("two-statements", "SELECT 1; DELETE FROM statement", BOTH),
    ("commit-then-delete", "COMMIT; DELETE FROM statement", BOTH),
    ("drop-table", "DROP TABLE statement_topic", BOTH),
    ("attach", "ATTACH DATABASE '{file}' AS evil", (SQLITE,)),
    ("vacuum-into", "VACUUM INTO '{file}'", (SQLITE,)),
    ("writable-schema", "PRAGMA writable_schema = ON", (SQLITE,)),
    ("query-only-off", "PRAGMA query_only = OFF", (SQLITE,)),
    ("load-extension", "SELECT load_extension('{file}')", (SQLITE,)),
    ("read-write-transaction", "SET TRANSACTION READ WRITE", (POSTGRES,)),
    (
        "read-write-by-function",
        "SELECT set_config('transaction_read_only', 'off', true)",
        (POSTGRES,),
    ),
    ("copy-to-program", "COPY (SELECT 1) TO PROGRAM 'touch {file}'", (POSTGRES,)),
    ("copy-to-file", "COPY (SELECT 1) TO '{file}'", (POSTGRES,)),
    ("terminate-backends", TERMINATE, (POSTGRES,)),
    ("lo-import", "SELECT lo_import('/etc/passwd')", (POSTGRES,)),
    ("lo-export", "SELECT lo_export(lo_from_bytea(0, 'x'), '{file}')", (POSTGRES,)),
    ("pg-read-file", "SELECT pg_read_file('/etc/passwd')", (POSTGRES,)),
    (
        "role-switch-back",
        "SELECT set_config('role', session_user, true), pg_read_file('/etc/passwd')",
        (POSTGRES,),
    ),
]

#: (name, SQL, backends) of reading statements that keep working.
READS: list[tuple[str, str, tuple[str, ...]]] = [
    ("select", "SELECT count(*) AS n FROM statement", BOTH),
    ("with", "WITH s AS (SELECT id FROM statement) SELECT count(*) AS n FROM s", BOTH),
    ("view", "SELECT count(*) AS n FROM statement_detail WHERE speakers LIKE '%Xi%'", BOTH),
    ("values", "VALUES (1, 'a')", BOTH),
    ("explain", "EXPLAIN SELECT * FROM statement", BOTH),
    ("keywords-in-strings", "/* DELETE */ SELECT 'x; DROP TABLE statement' AS s -- COPY", BOTH),
    ("colon-in-string", "SELECT '10:30' AS t, ':name' AS u", BOTH),
    (
        "fts-match",
        "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'energy'",
        (SQLITE,),
    ),
    ("pragma-table-info", "PRAGMA table_info(statement)", (SQLITE,)),
    ("pragma-function", "SELECT name FROM pragma_table_info('statement')", (SQLITE,)),
    (
        "full-text",
        "SELECT count(*) FROM statement "
        "WHERE search_vector @@ websearch_to_tsquery('english', 'energy')",
        (POSTGRES,),
    ),
    ("table", "TABLE topic", (POSTGRES,)),
    ("show", "SHOW server_version", (POSTGRES,)),
    ("dollar-quoted", "SELECT $$a; DELETE FROM statement$$ AS s", (POSTGRES,)),
    ("explain-analyze", "EXPLAIN ANALYZE SELECT count(*) FROM statement", (POSTGRES,)),
    ("array-subscript", "SELECT (ARRAY[1, 2])[1] AS first", (POSTGRES,)),
]


def cases(table: list[tuple[str, str, tuple[str, ...]]]) -> Any:
    """(backend, sql) parameters with readable ids."""
    return [
        pytest.param(backend, sql, id=f"{backend}-{name}")
        for name, sql, backends in table
        for backend in backends
    ]


def snapshot(url: str) -> dict[str, Any]:
    """Everything a write could change: tables, views, columns, indexes and row counts, and on
    PostgreSQL the large objects too."""
    engine = db.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        tables = sorted(inspector.get_table_names())
        state: dict[str, Any] = {
            "views": sorted(inspector.get_view_names()),
            "columns": {t: [c["name"] for c in inspector.get_columns(t)] for t in tables},
            "indexes": {
                t: sorted(str(i["name"]) for i in inspector.get_indexes(t)) for t in tables
            },
            "rows": {t: count(engine, f'"{t}"') for t in tables},
        }
        with engine.connect() as conn:
            if engine.dialect.name == POSTGRES:
                state["large_objects"] = conn.exec_driver_sql(
                    "SELECT count(*) FROM pg_largeobject_metadata"
                ).scalar_one()
            else:
                state["user_version"] = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
        return state
    finally:
        engine.dispose()


@pytest.fixture
def outside_file() -> Iterator[Path]:
    """A path in /tmp that a refused statement must not create (the PostgreSQL server runs as
    another user, who can write /tmp but not pytest's private temporary folders)."""
    path = Path("/tmp") / f"dipdb-query-safety-{uuid.uuid4().hex}"
    yield path
    path.unlink(missing_ok=True)


@pytest.fixture
def url(shared_seeded_url: Callable[[str], str], backend_name: str) -> str:
    """The shared database with the seed on the test's backend."""
    return shared_seeded_url(backend_name)


@pytest.fixture
def bystander(url: str) -> Iterator[sa.Connection]:
    """Another session on the database: a refused statement must leave it alone."""
    engine = db.create_engine(url)
    conn = engine.connect()
    conn.exec_driver_sql("SELECT 1").scalar_one()
    conn.rollback()
    yield conn
    conn.close()
    engine.dispose()


def refuse(url: str, sql: str) -> query.QueryError:
    reader = query.read_only_engine(url)
    try:
        with pytest.raises(query.QueryError) as refused:
            query.run_query(reader, sql)
    finally:
        reader.dispose()
    return refused.value


@pytest.mark.parametrize(("backend_name", "sql"), cases(WRITES))
def test_a_statement_that_would_write_is_refused_in_one_line_and_changes_nothing(
    url: str, sql: str, outside_file: Path, bystander: sa.Connection
) -> None:
    sql = sql.format(file=outside_file)
    before = snapshot(url)

    refused = refuse(url, sql)
    assert isinstance(refused, query.ReadOnlyError), refused
    assert str(refused).startswith("query refused: ") and "\n" not in str(refused)

    result = CliRunner().invoke(main, ["-d", url, "query", sql])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {refused}\n" and result.stdout == ""

    assert snapshot(url) == before
    assert not outside_file.exists()
    assert bystander.exec_driver_sql("SELECT 1").scalar_one() == 1


@pytest.mark.parametrize(("backend_name", "sql"), cases(DATABASE_REFUSES))
def test_the_database_refuses_on_its_own_when_the_sql_check_is_switched_off(
    url: str,
    sql: str,
    outside_file: Path,
    bystander: sa.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(query, "check_read_only", lambda _sql, _dialect: None)
    sql = sql.format(file=outside_file)
    before = snapshot(url)
    refused = refuse(url, sql)
    assert "\n" not in str(refused)
    assert snapshot(url) == before
    assert not outside_file.exists()
    assert bystander.exec_driver_sql("SELECT 1").scalar_one() == 1


@pytest.mark.parametrize("backend_name", [POSTGRES])
def test_a_session_lock_taken_by_a_query_is_gone_when_it_returns(
    url: str, bystander: sa.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session state (locks, settings) would outlive the rolled-back transaction in a pooled
    connection; run_query closes its connection instead. The SQL check is off to get a lock."""
    monkeypatch.setattr(query, "check_read_only", lambda _sql, _dialect: None)
    reader = query.read_only_engine(url)
    try:
        query.run_query(reader, "SELECT pg_advisory_lock(4242)")
        taken = bystander.exec_driver_sql("SELECT pg_try_advisory_lock(4242)").scalar_one()
        bystander.exec_driver_sql("SELECT pg_advisory_unlock(4242)")
    finally:
        reader.dispose()
    assert taken is True


@pytest.mark.parametrize(("backend_name", "sql"), cases(READS))
def test_reading_statements_still_work(url: str, sql: str) -> None:
    before = snapshot(url)
    reader = query.read_only_engine(url)
    try:
        result = query.run_query(reader, sql)
    finally:
        reader.dispose()
    assert result.columns and result.rows
    cli = CliRunner().invoke(main, ["-d", url, "query", sql, "--csv"])
    assert cli.exit_code == 0, cli.output
    assert len(cli.stdout.splitlines()) >= 2  # header and rows
    assert snapshot(url) == before


@pytest.mark.parametrize("backend_name", BOTH)
def test_library_callers_can_pass_parameters(url: str) -> None:
    reader = query.read_only_engine(url)
    try:
        sql = "SELECT count(*) AS n FROM person WHERE name LIKE :pattern"
        result = query.run_query(reader, sql, {"pattern": "%Xi%"})
    finally:
        reader.dispose()
    assert result.columns == ["n"] and result.rows == [(1,)]


def test_a_query_on_a_writable_engine_leaves_it_writable(seeded: sa.Engine, tmp_path: Path) -> None:
    """The read-only switches are per query: the pooled connection goes back as it was."""
    assert query.run_query(seeded, "SELECT count(*) FROM statement").rows[0][0] > 0
    with pytest.raises(query.ReadOnlyError):
        query.run_query(seeded, "DELETE FROM statement")
    changed = tmp_path / "changed.txt"
    changed.write_text(SEED.read_text(encoding="utf-8").replace("Beijing", "Beijing City", 1))
    assert load_paths(seeded, [changed]).ok
    assert count(seeded, "source_document") == 2


@pytest.mark.parametrize(
    ("dialect", "sql", "refused"),
    [
        (SQLITE, "SELECT 1", None),
        (SQLITE, "  -- note\n/* more */ select 1", None),
        (SQLITE, "PRAGMA table_info(statement)", None),
        (SQLITE, "DELETE FROM statement", "DELETE is not a reading statement"),
        (SQLITE, "-- SELECT\nDELETE FROM statement", "DELETE is not a reading statement"),
        (SQLITE, "[select] FROM x", "not a reading statement"),
        (SQLITE, "", "no SQL statement"),
        (SQLITE, "SELECT 'unterminated", "unterminated"),
        (POSTGRES, "SELECT 'pg_read_file(''x'')'", None),
        (POSTGRES, "(SELECT 1) UNION (SELECT 2)", None),
        (POSTGRES, "/* outer /* nested */ COPY */ SELECT 1", None),
        (POSTGRES, "SELECT a$b FROM t", None),
        (POSTGRES, "SELECT pg_catalog.PG_READ_FILE('x')", "pg_read_file() is not allowed"),
        (POSTGRES, "SELECT \"lo_import\"('x')", "lo_import() is not allowed"),
        (POSTGRES, "SELECT E'\\'', lo_import('x') -- '", "lo_import() is not allowed"),
        (POSTGRES, "SELECT $t$ $x$ $t$, lo_export(1, 'f')", "lo_export() is not allowed"),
        (POSTGRES, "SELECT 1 /* unterminated", "unterminated"),
        (POSTGRES, "SELECT $q$ unterminated", "unterminated"),
        (POSTGRES, "SELECT U&\"\\0070g_read_file\"('x')", "U&"),
        (POSTGRES, "COPY statement TO STDOUT", "COPY is not a reading statement"),
        (POSTGRES, "PRAGMA table_info(statement)", "PRAGMA is not a reading statement"),
    ],
)
def test_the_sql_check_reads_past_comments_strings_and_quotes(
    dialect: str, sql: str, refused: str | None
) -> None:
    if refused is None:
        query.check_read_only(sql, dialect)
    else:
        with pytest.raises(query.ReadOnlyError, match=re.escape(refused)):
            query.check_read_only(sql, dialect)
