"""Topics in the database: hierarchy views, versions, re-tagging, and the topics commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import SEED, count

from dipdb import migrate, tagging
from dipdb.article import Statement
from dipdb.cli import main
from dipdb.load import load_paths
from dipdb.topics import load_taxonomy


def url_of(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_a_tag_counts_under_every_ancestor_in_plain_sql(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT r.slug, r.depth FROM statement_topic_rollup r "
                "JOIN statement_topic st ON st.statement_id = r.statement_id "
                "JOIN topic t ON t.id = st.topic_id WHERE t.slug = 'trade'"
            )
        ).all()
    assert ("trade", 0) in rows and ("economy", 1) in rows


def test_topic_closure_links_every_topic_to_itself_and_its_ancestors(seeded: sa.Engine) -> None:
    taxonomy = load_taxonomy()
    with seeded.connect() as conn:
        pairs = set(
            conn.execute(
                sa.text(
                    "SELECT a.slug, d.slug FROM topic_closure c "
                    "JOIN topic a ON a.id = c.ancestor_id JOIN topic d ON d.id = c.descendant_id"
                )
            ).all()
        )
    expected = {(t.slug, t.slug) for t in taxonomy.topics} | {
        (a, t.slug) for t in taxonomy.topics for a in taxonomy.ancestors(t.slug)
    }
    assert pairs == expected


def test_every_tag_records_the_taxonomy_version_that_made_it(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        versions = conn.execute(
            sa.text(
                "SELECT DISTINCT v.version, v.checksum FROM statement_topic st "
                "JOIN taxonomy_version v ON v.id = st.taxonomy_version_id"
            )
        ).all()
    taxonomy = load_taxonomy()
    assert versions == [(taxonomy.version, tagging.checksum(taxonomy))]


def test_retag_with_the_same_taxonomy_changes_nothing(seeded: sa.Engine) -> None:
    before = count(seeded, "statement_topic")
    report = tagging.retag(seeded, load_taxonomy())
    assert (report.added, report.removed, report.kept) == (0, 0, before)
    assert count(seeded, "statement_topic") == before


USER_TAXONOMY = """
version = "mine.1"
extends = "builtin"

[[topic]]
slug = "season-greetings"
name = "Season's greetings"
parent = "diplomacy"
description = "New year and holiday greetings."
include = ["new year greetings", "happy new year"]
"""


def test_retag_applies_a_changed_taxonomy_in_place(seeded: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(USER_TAXONOMY)
    taxonomy = load_taxonomy(path)
    first = tagging.retag(seeded, taxonomy)
    assert first.added >= 1 and first.removed == 0
    again = tagging.retag(seeded, taxonomy)
    assert (again.added, again.removed) == (0, 0)
    with seeded.connect() as conn:
        tagged = conn.execute(
            sa.text(
                "SELECT s.text, v.version FROM statement_topic st "
                "JOIN topic t ON t.id = st.topic_id JOIN statement s ON s.id = st.statement_id "
                "JOIN taxonomy_version v ON v.id = st.taxonomy_version_id "
                "WHERE t.slug = 'season-greetings'"
            )
        ).all()
        versions = set(
            conn.execute(
                sa.text(
                    "SELECT DISTINCT v.version FROM statement_topic st "
                    "JOIN taxonomy_version v ON v.id = st.taxonomy_version_id"
                )
            ).scalars()
        )
    assert tagged and all("new year greetings" in text for text, _ in tagged)
    assert versions == {taxonomy.version}
    back = tagging.retag(seeded, load_taxonomy())
    assert back.removed == first.added


def test_tags_made_before_revision_0003_are_marked_unrecorded(engine: sa.Engine) -> None:
    load_paths(engine, [SEED])
    tags = count(engine, "statement_topic")
    migrate.downgrade(engine, "0002")
    migrate.upgrade(engine, "0003")
    with engine.connect() as conn:
        versions = conn.execute(
            sa.text(
                "SELECT v.version, count(*) FROM statement_topic st "
                "JOIN taxonomy_version v ON v.id = st.taxonomy_version_id GROUP BY v.version"
            )
        ).all()
    assert versions == [("unrecorded", tags)]


def test_topics_list_shows_the_hierarchy_with_counts(seeded: sa.Engine) -> None:
    out = CliRunner().invoke(main, ["-d", url_of(seeded), "topics", "list", "--json"])
    assert out.exit_code == 0, out.output
    rows = {r["slug"]: r for r in json.loads(out.stdout)}
    assert rows["trade"]["parent"] == "economy"
    assert rows["economy"]["statements"] >= rows["trade"]["statements"] >= 1
    table = CliRunner().invoke(main, ["-d", url_of(seeded), "topics", "list"]).stdout
    assert "· trade" in table


def test_topics_show_gives_definition_counts_and_examples(seeded: sa.Engine) -> None:
    out = CliRunner().invoke(main, ["-d", url_of(seeded), "topics", "show", "taiwan", "--json"])
    assert out.exit_code == 0, out.output
    info = json.loads(out.stdout)
    assert info["description"] and info["include"] and info["statements"] >= 1
    assert info["examples"] and info["examples"][0]["speakers"] == ["Vladimir Putin"]
    text = CliRunner().invoke(main, ["-d", url_of(seeded), "topics", "show", "taiwan"]).stdout
    assert "Vladimir Putin" in text and "Taiwan" in text


@pytest.mark.parametrize("slug", ["no-such-topic", "Energy"])
def test_topics_show_of_an_unknown_slug_is_a_clean_error(seeded: sa.Engine, slug: str) -> None:
    out = CliRunner().invoke(main, ["-d", url_of(seeded), "topics", "show", slug])
    assert out.exit_code == 1 and "no topic" in out.stderr


def test_topics_retag_command_reports_what_changed(seeded: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(USER_TAXONOMY)
    runner = CliRunner()
    out = runner.invoke(main, ["-d", url_of(seeded), "topics", "retag", "--taxonomy", str(path)])
    assert out.exit_code == 0, out.output
    assert "mine.1" in out.stdout and "0 removed" in out.stdout


def _statement(text: str, start: int, paragraph: int, kind: str = "narrative") -> Statement:
    return Statement(
        paragraph, start, start + len(text), text, kind, (), None, "indirect", None, 1.0
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("second_paragraph", "second_kind", "carried"),
    [(0, "narrative", True), (1, "narrative", False), (0, "boilerplate", False)],
)
def test_tag_statements_carries_a_region_within_a_paragraph_only(
    second_paragraph: int, second_kind: str, carried: bool
) -> None:
    first = _statement("They discussed Ukraine.", 0, 0)
    second = _statement("Both hoped the conflict would end.", 24, second_paragraph, second_kind)
    out = tagging.tag_statements([first, second], load_taxonomy())
    assert [t.slug for t in out[0].topics] == ["ukraine"]
    got = [(t.slug, t.start, t.end) for t in out[1].topics]
    assert got == ([("ukraine", 35, 47)] if carried else [])
