"""Read-side library API: read-only SQL and database statistics.

``run_query`` is safe to hand arbitrary user SQL: SQLite is opened through a read-only URI with
``query_only`` set, PostgreSQL runs the statement inside a ``READ ONLY`` transaction that is rolled
back. Either way a write fails in the database engine itself, not in a fragile SQL parser of ours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from dipdb import db, migrate, models


class QueryError(RuntimeError):
    """The SQL failed; the message is the database's own, on one line."""


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
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA query_only = ON")
        else:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        try:
            result = conn.execute(sa.text(sql), params or {})
            if not result.returns_rows:
                return QueryResult([], [])
            return QueryResult(list(result.keys()), [tuple(r) for r in result])
        except sa.exc.DBAPIError as exc:
            message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise QueryError(message) from exc
        finally:
            conn.rollback()


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
