"""Alembic environment for dipdb.

Connections come from dipdb's own engine factory (:func:`dipdb.db.create_engine`), so migrations
run with the same SQLite settings as the loader: transactional DDL (a failed migration rolls back
whole instead of leaving a half-migrated file), and batch mode for SQLite's limited ALTER TABLE.
``dipdb db ...`` hands in an open connection through ``config.attributes["connection"]``, and
pytest-alembic an engine (or a stand-in for one) there, its documented contract with ``env.py``;
plain ``alembic`` takes the URL from ``-x url=...``, then ``$DIPDB_DATABASE_URL``, then
./dipdb.sqlite.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.pool import NullPool

from dipdb import db, models, schema_extras

config = context.config
target_metadata = models.Base.metadata


def _url() -> str:
    return db.resolve_url(
        context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
    )


def run_migrations_offline() -> None:
    context.configure(
        url=str(db.parse_url(_url())),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=_url().startswith("sqlite"),
        include_object=schema_extras.include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds tables (create new, copy, drop old, rename); with foreign keys on,
        # dropping a referenced table would cascade-delete rows. The pragma only takes effect
        # outside a transaction, so it goes to the DBAPI connection before Alembic's BEGIN.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            transactional_ddl=True,
            compare_type=True,
            include_object=schema_extras.include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                # A batch rebuild of statement drops its full-text triggers without a word.
                schema_extras.assert_fts_triggers(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        f"migration left rows with dangling foreign keys: {broken[:5]}"
                    )
    finally:
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)  # the caller's connection: the caller commits
        return
    if given is not None:
        # Something to connect through: an engine (pytest-alembic's alembic_engine) or a stand-in
        # that hands out a connection already inside the caller's transaction (pytest-alembic's
        # downgrade_leaves_no_trace rolls its savepoints back). It belongs to the caller: commit
        # only a transaction begun here, dispose of nothing, and never fall back to the URL,
        # which would migrate ./dipdb.sqlite instead of the database the caller meant.
        with given.connect() as conn:
            external = conn.in_transaction()
            _run(conn)
            if not external:
                conn.commit()
        return
    engine = db.create_engine(_url(), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
