"""Schema migrations as a library: thin wrappers over ``alembic.command``.

The migration scripts are installed as the ``dipdb.migrations`` package, so an installed wheel can
create and upgrade a database without the source tree or an ``alembic.ini``. The CLI's ``dipdb db``
group mirrors these functions one to one, the way Alembic's own CLI mirrors ``alembic.command``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine


class SchemaError(RuntimeError):
    """The database's schema cannot be used by this dipdb; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Revision:
    revision: str
    down_revision: str | None
    message: str
    is_head: bool
    is_current: bool = False


def script_location() -> str:
    return str(files("dipdb.migrations"))


def _config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", script_location())
    if engine is not None:
        # ConfigParser interpolates '%': a percent-encoded password would fail (and be printed).
        url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "dipdb ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty (or non-dipdb) database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _run(engine: Engine, fn: object, *args: object) -> None:
    cfg = _config(engine)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        try:
            fn(cfg, *args)  # type: ignore[operator]
        except CommandError as exc:
            raise SchemaError(str(exc)) from exc
        conn.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision``; refuses a database stamped with a revision this dipdb lacks."""
    check_known(engine)
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    check_known(engine)
    _run(engine, command.downgrade, revision)


def check_known(engine: Engine) -> None:
    """Refuse to touch a database migrated by a newer dipdb: never downgrade it silently."""
    current = current_revision(engine)
    if current is None:
        return
    try:
        script_directory().get_revision(current)
    except CommandError as exc:
        raise SchemaError(
            f"the database is at schema revision {current}, which this dipdb "
            f"does not know (it was written by a newer dipdb); upgrade dipdb to use it"
        ) from exc


def ensure_current(engine: Engine) -> None:
    """Create the database or bring it to head; what ``dipdb load`` does before writing."""
    if current_revision(engine) != head_revision():
        upgrade(engine, "head")


def require_current(engine: Engine) -> None:
    """For readers: fail with a clear message instead of an SQL error on an old or empty DB."""
    current = current_revision(engine)
    if current is None:
        raise SchemaError(
            "the database has no dipdb schema yet: run 'dipdb load' or 'dipdb db upgrade'"
        )
    check_known(engine)
    if current != head_revision():
        raise SchemaError(
            f"the database is at schema revision {current}, not {head_revision()}: "
            "run 'dipdb db upgrade'"
        )


def history(engine: Engine | None = None) -> list[Revision]:
    """All revisions, newest first, marking the database's current one when an engine is given."""
    current = current_revision(engine) if engine is not None else None
    script = script_directory()
    heads = set(script.get_heads())
    return [
        Revision(
            revision=rev.revision,
            down_revision=rev.down_revision if isinstance(rev.down_revision, str) else None,
            message=rev.doc or "",
            is_head=rev.revision in heads,
            is_current=rev.revision == current,
        )
        for rev in script.walk_revisions()
    ]


__all__ = [
    "Revision",
    "SchemaError",
    "check_known",
    "current_revision",
    "downgrade",
    "ensure_current",
    "head_revision",
    "history",
    "require_current",
    "upgrade",
]
