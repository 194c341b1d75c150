"""``dipdb datasette-metadata``: a metadata file that names only what the live schema has."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from dipdb import datasette
from dipdb.cli import main
from dipdb.schema_extras import FTS_TABLE, VIEWS


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def columns(inspector: sa.Inspector, table: str) -> set[str]:
    return {c["name"] for c in inspector.get_columns(table)}


def test_every_table_and_column_named_exists(seeded: sa.Engine, backend: str) -> None:
    meta = datasette.metadata(seeded)
    [database] = meta["databases"].values()
    inspector = sa.inspect(seeded)
    present = set(inspector.get_table_names()) | set(inspector.get_view_names())
    for table, info in database["tables"].items():
        assert table in present, table
        named = set(info.get("columns", {})) | set(info.get("facets", []))
        named |= {info[k] for k in ("label_column", "fts_pk") if k in info}
        assert named <= columns(inspector, table), (table, named - columns(inspector, table))
        if "fts_table" in info:
            assert info["fts_table"] in present
    fts = {t for t, info in database["tables"].items() if "fts_table" in info}
    assert fts == ({"statement", "statement_detail"} if backend == "sqlite" else set())


def test_every_table_view_and_column_is_described(seeded: sa.Engine) -> None:
    [database] = datasette.metadata(seeded)["databases"].values()
    inspector = sa.inspect(seeded)
    for table in inspector.get_table_names() + inspector.get_view_names():
        info = database["tables"].get(table)
        assert info is not None, table
        if info.get("hidden"):
            assert table == "alembic_version" or table.startswith(FTS_TABLE)
            continue
        assert info["description"], table
        assert set(info["columns"]) == columns(inspector, table), table
        assert all(info["columns"].values()), table
    for view in VIEWS:
        assert database["tables"][view]["columns"] == VIEWS[view].columns


SAMPLE = {"speaker": "Putin", "topic": "taiwan", "person": "Xi", "phrase": "Taiwan question"}


def test_canned_queries_run_and_answer_their_question(seeded: sa.Engine, backend: str) -> None:
    [database] = datasette.metadata(seeded)["databases"].values()
    queries = database["queries"]
    assert ("statements_with_phrase" in queries) is (backend == "sqlite")
    with seeded.connect() as conn:
        for name, query in queries.items():
            stmt = sa.text(query["sql"])
            params = {k: SAMPLE[k] for k in stmt.compile().params}
            rows = conn.execute(stmt, params).all()
            assert rows, name
        answer = conn.execute(
            sa.text(queries["what_did_x_say_about_y"]["sql"]),
            {"speaker": "Putin", "topic": "taiwan"},
        ).one()
    assert "Taiwan question" in answer.text and str(answer.date) == "2022-12-30"


def test_the_database_is_named_as_datasette_names_it(seeded: sa.Engine, backend: str) -> None:
    [name] = datasette.metadata(seeded)["databases"]
    assert name == ("test" if backend == "sqlite" else seeded.url.database)
    assert list(datasette.metadata(seeded, "readouts")["databases"]) == ["readouts"]


def test_cli_writes_metadata_json_by_default(
    seeded: sa.Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("-d", db_url, "datasette-metadata")
    assert (
        result.exit_code == 0
        and "datasette" in result.stderr
        and "-m metadata.json" in (result.stderr)
    )
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] and meta["license"] and meta["source"]
    printed = json.loads(run("-d", db_url, "datasette-metadata", "-o", "-").stdout)
    assert printed == meta


def test_cli_on_an_empty_database_explains(db_url: str, tmp_path: Path) -> None:
    from dipdb import db

    db.create_engine(db_url).connect().close()  # SQLite creates the file
    result = run("-d", db_url, "datasette-metadata", "-o", str(tmp_path / "m.json"))
    assert result.exit_code == 1 and "dipdb load" in result.stderr
