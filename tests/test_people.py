"""One person is one row across documents: name parts, matching rules, people files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import count

from dipdb import load
from dipdb.cli import main
from dipdb.people import (
    PeopleFileError,
    builtin_people,
    name_parts,
    parse_people,
    read_people,
    same_person,
)

PEOPLE = builtin_people()


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Joseph R. Biden, Jr.", ("joseph", "r"), "biden"),
        ("Joe Biden", ("joe",), "biden"),
        ("Biden", (), "biden"),
        ("Xi Jinping", ("jinping",), "xi"),
        ("Kishida Fumio", ("fumio",), "kishida"),
        ("Fumio Kishida", ("fumio",), "kishida"),
        ("Phạm Minh Chính", ("minh", "chinh"), "pham"),
        ("Martin Luther King III", ("martin", "luther"), "king"),
        ("Antony J. Blinken", ("antony", "j"), "blinken"),
    ],
)
def test_name_parts(name: str, given: tuple[str, ...], family: str) -> None:
    parts = name_parts(name)
    assert (parts.given, parts.family) == (given, family)


@pytest.mark.parametrize(
    ("a", "a_country", "b", "b_country", "same"),
    [
        ("Joseph R. Biden Jr.", None, "Joe Biden", "United States", True),
        ("Joseph R. Biden Jr.", None, "Biden", None, True),
        ("J. Biden", None, "Joseph Biden", None, True),
        ("Jill Biden", None, "Joe Biden", None, False),
        ("Antony Blinken", "United States", "Tony Blinken", "United States", True),
        ("Sergei Lavrov", "Russia", "Sergey Lavrov", None, True),
        ("Dmytro Kuleba", "Ukraine", "Dmitry Kuleba", "Ukraine", True),
        ("Kim Jong Un", "North Korea", "Kim", "South Korea", False),
        ("Emmanuel Macron", "France", "Brigitte Macron", "France", False),
        ("Olaf Scholz", None, "Olaf Schulz", None, False),
    ],
)
def test_same_person(
    a: str, a_country: str | None, b: str, b_country: str | None, same: bool
) -> None:
    assert same_person(a, a_country, b, b_country, PEOPLE) is same
    assert same_person(b, b_country, a, a_country, PEOPLE) is same


def test_the_shipped_people_file_names_no_person() -> None:
    assert PEOPLE.persons == ()
    assert len(PEOPLE.nicknames) > 20


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"surprise": 1}, "unknown keys"),
        ({"nicknames": "Joe"}, "nicknames"),
        ({"nicknames": [["Joe", ""]]}, "non-empty strings"),
        ({"person": [{"country": "France"}]}, "name is required"),
        ({"person": [{"name": "A B", "family_name_first": "yes"}]}, "true or false"),
        ({"person": [{"name": "A B", "age": 3}]}, "unknown keys"),
    ],
)
def test_a_bad_people_file_is_one_clear_error(data: dict, message: str) -> None:
    with pytest.raises(PeopleFileError, match=message):
        parse_people(data, "mine.toml")


def test_a_people_file_that_is_not_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "people.toml"
    bad.write_text("[[person]\nname=")
    with pytest.raises(PeopleFileError, match=r"people\.toml: not valid TOML"):
        read_people(bad)


def article(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


JOSEPH = (
    " date 2023-05-01 Call with Prime Minister Kishida Fumio of Japan\n\n"
    "President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida Fumio of Japan. "
    "President Biden reaffirmed the strength of the alliance. The two leaders discussed trade.\n"
)
JOE = (
    " date 2023-06-01 Meeting with President Emmanuel Macron of France\n\n"
    "President Joe Biden met today with President Emmanuel Macron of France in Paris. "
    "President Biden thanked President Macron for his leadership on climate.\n"
)
JILL = (
    " date 2023-07-01 First Lady meets Brigitte Macron\n\n"
    "First Lady Jill Biden met today with Brigitte Macron in Paris. "
    "Dr. Biden praised the partnership between the two countries on education.\n"
)


def bidens(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(
            conn.execute(sa.text("SELECT name FROM person WHERE family_key = 'biden'")).scalars()
        )


def test_one_person_across_documents_under_different_names(
    engine: sa.Engine, tmp_path: Path
) -> None:
    paths = [article(tmp_path, "a.txt", JOSEPH), article(tmp_path, "b.txt", JOE)]
    assert load.load_paths(engine, paths).ok
    [joe] = bidens(engine)
    assert "Joseph" in joe
    with engine.connect() as conn:
        aliases = set(
            conn.execute(
                sa.text(
                    "SELECT a.alias FROM person_alias a JOIN person p ON p.id = a.person_id "
                    "WHERE p.family_key = 'biden'"
                )
            ).scalars()
        )
        meetings = conn.execute(
            sa.text(
                "SELECT count(DISTINCT pa.meeting_id) FROM participant pa "
                "JOIN person p ON p.id = pa.person_id WHERE p.family_key = 'biden'"
            )
        ).scalar_one()
    assert {"President Biden", "Joe Biden"} <= aliases
    assert meetings == 2


def test_two_people_sharing_a_family_name_stay_apart(engine: sa.Engine, tmp_path: Path) -> None:
    paths = [article(tmp_path, n, t) for n, t in [("a.txt", JOSEPH), ("c.txt", JILL)]]
    assert load.load_paths(engine, paths).ok
    assert len(bidens(engine)) == 2


def test_a_shorter_name_seen_first_grows_into_the_full_name(
    engine: sa.Engine, tmp_path: Path
) -> None:
    short = (
        " date 2023-04-01 Call with Prime Minister Kishida\n\n"
        "President Biden spoke today with Prime Minister Kishida Fumio of Japan. "
        "President Biden reaffirmed the strength of the alliance.\n"
    )
    load.load_paths(engine, [article(tmp_path, "s.txt", short)])
    load.load_paths(engine, [article(tmp_path, "a.txt", JOSEPH)])
    [name] = bidens(engine)
    assert name.startswith("Joseph")


PEOPLE_FILE = """
version = 1
nicknames = [["Fumi", "Fumio"]]

[[person]]
name = "Kishida Fumio"
country = "Japan"
aliases = ["PM Kishida"]
family_name_first = true

[[person]]
name = "Nobody Mentioned"
country = "Nowhere"
"""


def test_people_import_adds_curated_persons_that_survive_pruning(
    db_url: str, tmp_path: Path
) -> None:
    people_file = tmp_path / "people.toml"
    people_file.write_text(PEOPLE_FILE)
    runner = CliRunner()
    result = runner.invoke(main, ["-d", db_url, "people", "import", str(people_file)])
    assert result.exit_code == 0, result.output
    assert "2 persons imported" in result.stdout
    path = article(tmp_path, "a.txt", JOSEPH)
    assert runner.invoke(main, ["-d", db_url, "load", str(path)]).exit_code == 0
    path.write_text(JOSEPH.replace("trade", "energy"), encoding="utf-8")  # replaced: prunes
    assert runner.invoke(main, ["-d", db_url, "load", str(path)]).exit_code == 0
    listed = runner.invoke(main, ["-d", db_url, "people", "list", "--csv"]).stdout
    assert "Nobody Mentioned" in listed
    kishidas = [line for line in listed.splitlines() if "Kishida" in line]
    assert len(kishidas) == 1 and "Japan" in kishidas[0] and kishidas[0].endswith("True")


def test_people_list_filters_by_name_or_alias(seeded: sa.Engine) -> None:
    runner = CliRunner()
    url = seeded.url.render_as_string(hide_password=False)
    out = runner.invoke(main, ["-d", url, "people", "list", "--name", "president xi", "--json"])
    assert out.exit_code == 0, out.output
    assert [row["name"] for row in json.loads(out.stdout)] == ["Xi Jinping"]
    assert count(seeded, "person") == 4


def test_a_bad_people_file_on_load_is_a_clean_error(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "p.toml"
    bad.write_text("version = 1\nperson = 3\n")
    result = CliRunner().invoke(main, ["-d", db_url, "load", "--people", str(bad), str(bad)])
    assert result.exit_code == 1 and "p.toml" in result.stderr and "Traceback" not in result.output
