"""The README is executable documentation: its SQL examples run against the seed database on both
backends, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import re
import tomllib

import pytest
import sqlalchemy as sa
from conftest import ROOT

from dipdb.people import parse_people

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
