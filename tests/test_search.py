"""Full-text search: what it finds, how it ranks and highlights, the filters, escaping of user
input, the index staying in step with the statements, and the CLI around it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import SEED
from test_migrations import add_statement

from dipdb import search
from dipdb.cli import main
from dipdb.search import EmptyQuery, Filters, SearchError


def ids(hits: list[search.SearchHit]) -> list[int]:
    return [h.statement_id for h in hits]


def texts(hits: list[search.SearchHit]) -> list[str]:
    return [h.text for h in hits]


def test_search_finds_statements_best_match_first(seeded: sa.Engine) -> None:
    hits = search.search(seeded, "energy cooperation")
    assert hits and all(
        "energy" in h.text.lower() and "cooperation" in h.text.lower() for h in hits
    )
    assert "Energy cooperation continues to serve as an anchor." in texts(hits[:3])
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_hits_carry_speakers_topics_meeting_and_a_highlighted_snippet(seeded: sa.Engine) -> None:
    [hit] = search.search(seeded, "Taiwan")
    assert hit.speakers == ["Vladimir Putin"] and hit.topics == ["taiwan"]
    assert hit.date == dt.date(2022, 12, 30) and hit.publisher == "Xinhua"
    assert "[Taiwan]" in hit.snippet and hit.text.startswith("Russia firmly supports")
    [marked] = search.search(seeded, "Taiwan", marks=("<b>", "</b>"))
    assert "<b>Taiwan</b>" in marked.snippet


def test_words_are_stemmed_and_quotes_make_a_phrase(seeded: sa.Engine) -> None:
    assert "Investment cooperation has been improved and integrated." in texts(
        search.search(seeded, "cooperate", limit=50)
    )
    phrase = search.search(seeded, '"two presidents"')
    assert phrase and all("two presidents" in h.text for h in phrase)
    assert {h.kind for h in phrase} == {"joint"}


def test_filters_narrow_the_hits(seeded: sa.Engine) -> None:
    everyone = search.search(seeded, "cooperation", limit=100)
    putin = search.search(seeded, "cooperation", Filters(speaker="Putin"), limit=100)
    assert putin and all(h.speakers == ["Vladimir Putin"] for h in putin)
    assert set(ids(putin)) < set(ids(everyone))
    by_alias = search.search(seeded, "cooperation", Filters(speaker="President Putin"), limit=100)
    assert ids(by_alias) == ids(putin)
    economy = search.search(seeded, "cooperation", Filters(topic="economy"), limit=100)
    assert "Energy cooperation continues to serve as an anchor." in texts(economy)  # via energy
    assert set(ids(economy)) < set(ids(everyone))
    day = dt.date(2022, 12, 30)
    assert ids(search.search(seeded, "cooperation", Filters(since=day, until=day), limit=100)) == (
        ids(everyone)
    )
    assert search.search(seeded, "cooperation", Filters(until=day - dt.timedelta(days=1))) == []
    assert search.search(seeded, "cooperation", Filters(since=day + dt.timedelta(days=1))) == []
    assert len(search.search(seeded, "cooperation", Filters(publisher="xinhua"), limit=100)) == (
        len(everyone)
    )
    assert search.search(seeded, "cooperation", Filters(publisher="White House")) == []


def test_limit_caps_the_hits(seeded: sa.Engine) -> None:
    assert len(search.search(seeded, "cooperation", limit=2)) == 2
    with pytest.raises(SearchError):
        search.search(seeded, "cooperation", limit=0)


@pytest.mark.parametrize(
    "filters, message",
    [
        (Filters(speaker="Nobody Known"), "no person matches"),
        (Filters(topic="no-such-topic"), "no topic"),
    ],
)
def test_unknown_speakers_and_topics_are_errors_not_empty_results(
    seeded: sa.Engine, filters: Filters, message: str
) -> None:
    with pytest.raises(SearchError, match=message):
        search.search(seeded, "cooperation", filters)


TRICKY = {
    "Indo-Pacific": "Both sides support a free and open Indo-Pacific region.",
    "G-7": "The ministers discussed the G-7 summit agenda.",
    "AUKUS:": "AUKUS: the partners reviewed the submarine programme.",
    '"unbalanced': "The minister warned against an unbalanced outcome.",
    "NEAR": "Talks took place near the border crossing.",
    "O'Neill": "Minister O'Neill welcomed the delegation.",
    "energy AND NOT trade": "energy and not trade were discussed together.",
}


@pytest.mark.parametrize("words", list(TRICKY))
def test_user_input_is_text_to_find_never_query_syntax(seeded: sa.Engine, words: str) -> None:
    sid = add_statement(seeded, TRICKY[words])
    assert sid in ids(search.search(seeded, words, limit=100))
    with seeded.connect() as conn:
        assert sid in search.match_ids(conn, words)


@pytest.mark.parametrize("words", ["*", "-", "'", "", "   ", '"', '""', "()", "^"])
def test_input_without_words_is_a_clear_error(seeded: sa.Engine, words: str) -> None:
    with pytest.raises(EmptyQuery, match="nothing to search for"):
        search.search(seeded, words)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("energy cooperation", ["energy", "cooperation"]),
        ('"two presidents" met', ["two presidents", "met"]),
        ('"unbalanced', ["unbalanced"]),
        ("G-7 AUKUS: *", ["G-7", "AUKUS:"]),
        ('a "b""c"', ["a", "b", "c"]),
    ],
)
def test_terms_split_words_and_phrases(text: str, expected: list[str]) -> None:
    assert search.terms(text) == expected


def test_fts5_strings_double_quotes() -> None:
    assert search.fts5_query(['say "hi"', "G-7"]) == '"say ""hi""" "G-7"'


# --- the index follows the statements ------------------------------------------------------------


def test_changed_and_deleted_statements_leave_the_index(seeded: sa.Engine) -> None:
    [hit] = search.search(seeded, "Taiwan")
    with seeded.begin() as conn:
        conn.execute(
            sa.text("UPDATE statement SET text = 'Rewritten: Formosa.' WHERE id = :id"),
            {"id": hit.statement_id},
        )
    assert search.search(seeded, "Taiwan") == []
    assert ids(search.search(seeded, "Formosa")) == [hit.statement_id]
    with seeded.begin() as conn:  # deleting the document cascades to its statements
        conn.execute(sa.text("DELETE FROM source_document"))
    assert search.search(seeded, "Formosa") == []
    with seeded.connect() as conn:
        assert search.check_index(conn).ok


def test_reloading_a_changed_file_replaces_what_search_finds(seeded: sa.Engine, tmp_path) -> None:
    from dipdb.load import load_paths

    copy = tmp_path / "article.txt"
    seed = SEED.read_text(encoding="utf-8")
    copy.write_text(seed.replace("Taiwan question", "Taiwan matter"), encoding="utf-8")
    assert load_paths(seeded, [copy]).results[0].status == "loaded"
    copy.write_text(seed.replace("Taiwan question", "Taiwan issue"), encoding="utf-8")
    assert load_paths(seeded, [copy]).results[0].status == "replaced"
    found = texts(search.search(seeded, "Taiwan"))
    assert len(found) == 2 and not any("Taiwan matter" in t for t in found)
    assert any("Taiwan issue" in t for t in found) and any("Taiwan question" in t for t in found)
    with seeded.connect() as conn:
        assert search.check_index(conn).ok


def test_check_finds_a_broken_index_and_rebuild_repairs_it(seeded: sa.Engine, backend: str) -> None:
    with seeded.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER statement_fts_ai")
        else:
            conn.exec_driver_sql("DROP INDEX ix_statement_search_vector")
    sid = add_statement(seeded, "Written while the index was broken: unindexedword.")
    status = search.check(seeded)
    assert not status.ok and status.problems
    repaired = search.rebuild(seeded)
    assert repaired.ok and repaired.indexed == repaired.statements
    assert ids(search.search(seeded, "unindexedword")) == [sid]
    later = add_statement(seeded, "Written after the repair: repairedword.")
    assert ids(search.search(seeded, "repairedword")) == [later]


def test_rebuild_uses_the_same_triggers_as_the_migration(seeded: sa.Engine, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("PostgreSQL needs no triggers")
    with seeded.connect() as conn:
        created = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
        )

    def norm(sql: str) -> str:
        return " ".join(sql.split())

    assert {k: norm(v) for k, v in created.items()} == {
        k: norm(v) for k, v in search.SQLITE_TRIGGERS.items()
    }


def test_the_sqlite_fts_table_is_what_datasette_detects(seeded: sa.Engine, backend: str) -> None:
    """Datasette looks for a virtual table whose SQL says content="<table>" (double quotes)."""
    if backend != "sqlite":
        pytest.skip("Datasette reads SQLite")
    with seeded.connect() as conn:
        detected = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE rootpage = 0 "
            """AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="statement"%'"""
        ).scalars()
        assert list(detected) == ["statement_fts"]


# --- CLI -----------------------------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_search_prints_ranked_hits_with_snippets(seeded: sa.Engine, db_url: str) -> None:
    result = run("-d", db_url, "search", "energy cooperation", "--limit", "3")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(" 1. 2022-12-30 · Xi Jinping") and len(lines) == 6
    assert "[Energy] [cooperation]" in result.stdout or "[energy]" in result.stdout.lower()
    assert "\x1b[" not in result.stdout
    assert "(3 statements)" in result.stderr


def test_cli_search_json_and_csv(seeded: sa.Engine, db_url: str) -> None:
    as_json = json.loads(
        run("-d", db_url, "search", "taiwan", "--speaker", "Putin", "--json").stdout
    )
    assert [h["speakers"] for h in as_json] == [["Vladimir Putin"]]
    assert as_json[0]["date"] == "2022-12-30" and "[Taiwan]" in as_json[0]["snippet"]
    table = list(
        csv.reader(io.StringIO(run("-d", db_url, "search", "cooperation", "--csv").stdout))
    )
    assert table[0][:3] == ["statement_id", "score", "date"] and len(table) > 2


def test_cli_search_colours_highlights_only_when_asked(seeded: sa.Engine, db_url: str) -> None:
    coloured = run("-d", db_url, "search", "taiwan", "--color").stdout
    assert re.search(r"\x1b\[[0-9;]*mTaiwan", coloured)


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["*"], 2, "nothing to search for"),
        (["cooperation", "--speaker", "Nobody"], 1, "no person matches"),
        (["cooperation", "--topic", "nope"], 1, "no topic"),
        (["cooperation", "--since", "30/12/2022"], 2, "%Y-%m-%d"),
    ],
)
def test_cli_search_errors_are_one_line(
    seeded: sa.Engine, db_url: str, args: list[str], code: int, message: str
) -> None:
    result = run("-d", db_url, "search", *args)
    assert result.exit_code == code and message in result.stderr
    assert "Traceback" not in result.output


def test_cli_search_on_a_missing_file_creates_nothing(tmp_path) -> None:
    missing = tmp_path / "none.sqlite"
    result = run("-d", str(missing), "search", "energy")
    assert result.exit_code == 1 and "no database" in result.stderr and not missing.exists()


def test_cli_fts_check_and_rebuild(seeded: sa.Engine, db_url: str) -> None:
    check = run("-d", db_url, "fts", "check")
    assert check.exit_code == 0 and "index OK" in check.stdout
    with seeded.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("INSERT INTO statement_fts(statement_fts) VALUES ('delete-all')")
        else:
            conn.exec_driver_sql("DROP INDEX ix_statement_search_vector")
    broken = run("-d", db_url, "fts", "check")
    assert broken.exit_code == 1 and "problem:" in broken.stderr
    assert run("-d", db_url, "fts", "rebuild").exit_code == 0
    assert run("-d", db_url, "fts", "check").exit_code == 0


def test_equal_scores_come_earliest_meeting_first_and_the_limit_keeps_them(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """Ranking cuts to the limit before it joins for dates; hits that score the same as the
    last one kept must still be ordered by date, whatever their ids."""
    from dipdb.load import load_paths

    body = "\n\nPresident Xi said the zorblat initiative will continue.\n"
    for name, date in (
        ("late.txt", "2022-05-02"),
        ("early.txt", "2020-01-06"),
        ("mid.txt", "2021-03-01"),
    ):
        (tmp_path / name).write_text(f" date {date} Xi meets Putin{body}", encoding="utf-8")
    assert load_paths(engine, sorted(tmp_path.glob("*.txt"))).ok
    dates = [str(h.date) for h in search.search(engine, "zorblat", limit=2)]
    assert dates == ["2020-01-06", "2021-03-01"]
