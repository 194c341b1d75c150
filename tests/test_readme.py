"""The README is executable documentation: its SQL and CLI examples run against the seed database
on both backends, its set-up commands are the ones CI runs, and it documents every view column."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import ROOT

from dipdb.cli import main
from dipdb.people import parse_people
from dipdb.schema_extras import VIEWS

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCED = r"<!-- {marker} -->\n```\w*\n(.*?)```"


def blocks(marker: str) -> list[str]:
    return re.findall(FENCED.format(marker=marker), README, flags=re.S)


EXAMPLES = blocks("example-sql")


def test_the_readme_has_exactly_two_setup_commands() -> None:
    install, test = blocks("install-command"), blocks("test-command")
    assert len(install) == len(test) == 1
    assert install[0].strip().count("\n") == test[0].strip().count("\n") == 0
    assert "dipdb load seeds/" in install[0] and "pytest" in test[0]


def test_the_readme_has_example_queries() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("sql", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_readme_example_sql_runs_and_returns_rows(seeded: sa.Engine, sql: str) -> None:
    with seeded.connect() as conn:
        rows = conn.execute(sa.text(sql)).all()
    assert rows


def test_the_readme_people_file_example_is_valid() -> None:
    [example] = blocks("example-people")
    people = parse_people(tomllib.loads(example), "README")
    assert people.persons and people.persons[0].family_name_first is True


def backend_examples(backend: str) -> list[str]:
    return blocks(f"example-sql-{backend}")


def test_the_readme_shows_backend_specific_search_sql() -> None:
    assert backend_examples("sqlite") and backend_examples("postgresql")


def test_readme_search_sql_runs_on_its_backend(seeded: sa.Engine, backend: str) -> None:
    with seeded.connect() as conn:
        for sql in backend_examples(backend):
            assert conn.execute(sa.text(sql)).all()


def views_section() -> str:
    start = README.index("## Views for SQL clients")
    return README[start : README.index("\n## ", start + 1)]


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_the_readme_documents_every_view_and_column(view: str) -> None:
    section = views_section() if view in NEW_VIEWS else README
    assert f"`{view}`" in section
    if view in NEW_VIEWS:
        for column in VIEWS[view].columns:
            assert f"`{column}`" in section, (view, column)


#: Views documented column by column in "Views for SQL clients" (the two topic views are
#: documented in the schema section).
NEW_VIEWS = {"statement_detail", "meeting_overview", "speaker_topic_counts", "person_timeline"}

CLI_EXAMPLES = [
    shlex.split(line, comments=True)
    for block in blocks("example-cli")
    for line in block.splitlines()
    if line.strip() and not line.lstrip().startswith("#")
]


def test_the_readme_has_cli_examples() -> None:
    assert len(CLI_EXAMPLES) >= 8
    assert all(args[0] == "dipdb" for args in CLI_EXAMPLES)
    commands = {args[1] for args in CLI_EXAMPLES}
    assert {"search", "show", "export", "datasette-metadata", "fts"} <= commands


@pytest.mark.parametrize("args", CLI_EXAMPLES, ids=[" ".join(a[1:3]) for a in CLI_EXAMPLES])
def test_readme_cli_example_runs(
    seeded: sa.Engine,
    db_url: str,
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # examples that write files write them here
    result = CliRunner().invoke(main, ["-d", db_url, *args[1:]], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() or list(cwd.iterdir())
    assert "(0 statements)" not in result.stderr
