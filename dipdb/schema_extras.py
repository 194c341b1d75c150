"""Schema objects that the declarative models do not describe.

Views, full-text indexes and triggers are created by migrations with raw DDL; autogenerate cannot
see them, so :func:`include_object` tells Alembic's comparison to ignore them rather than report
them as drift (or, worse, generate ``drop_table`` for them).
"""

from __future__ import annotations

from typing import Any

#: Names of tables and views created by migrations outside the models (views, FTS tables).
EXTRA_OBJECTS: frozenset[str] = frozenset({"topic_closure", "statement_topic_rollup"})
#: Prefixes of tables that a backend creates on its own (SQLite FTS5 shadow tables).
EXTRA_PREFIXES: tuple[str, ...] = ("statement_fts",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    if type_ == "table" and reflected and compare_to is None and name is not None:
        return not (name in EXTRA_OBJECTS or name.startswith(EXTRA_PREFIXES))
    return True
