"""The command line: what users type, what they see, and the exit codes they script against."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import ROOT, SEED, count

from dipdb import db
from dipdb.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, env: dict[str, str] | None = None):
    return runner.invoke(main, list(args), env=env, catch_exceptions=False)


def test_load_then_stats(runner: CliRunner, db_url: str) -> None:
    result = invoke(runner, "-d", db_url, "load", str(SEED))
    assert result.exit_code == 0, result.output
    assert "1 loaded" in result.output
    stats = invoke(runner, "stats", "--json", "-d", db_url)
    figures = json.loads(stats.stdout)
    assert figures["documents"] == 1 and figures["meetings"] == 1
    assert figures["statements"] > 30 and 0.8 < figures["share_attributed"] < 1
    assert figures["by_publisher"][0]["publisher"] == "Xinhua"


def test_database_url_comes_from_the_environment(runner: CliRunner, db_url: str) -> None:
    result = invoke(runner, "load", str(SEED), env={db.ENV_URL: db_url})
    assert result.exit_code == 0, result.output
    engine = db.create_engine(db_url)
    assert count(engine, "source_document") == 1
    engine.dispose()


def test_database_option_works_after_the_command_name(runner: CliRunner, db_url: str) -> None:
    assert invoke(runner, "load", str(SEED), "--database", db_url).exit_code == 0
    assert invoke(runner, "db", "current", "-d", db_url).output.strip().endswith("(head)")


def test_load_reports_each_bad_file_on_one_line_and_exits_1(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    result = invoke(runner, "-d", db_url, "load", str(tmp_path))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "empty.txt" in errors[0] and "empty" in errors[0].split(":", 2)[2]
    assert "Traceback" not in result.output
    assert "1 loaded" in result.stdout and "1 failed" in result.stdout


def test_reloading_reports_unchanged(runner: CliRunner, db_url: str) -> None:
    invoke(runner, "-d", db_url, "load", str(SEED))
    again = invoke(runner, "-d", db_url, "load", str(SEED))
    assert again.exit_code == 0 and "0 loaded" in again.stdout and "1 unchanged" in again.stdout


def test_load_json_is_a_summary_for_scripts(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke(runner, "-d", db_url, "load", str(tmp_path), "--json", "--jobs", "2")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["loaded"] == 1 and summary["failed"] == 1 and summary["unchanged"] == 0
    assert summary["statements"] == count(db.create_engine(db_url), "statement")
    assert [Path(f["path"]).name for f in summary["failures"]] == ["empty.txt"]
    assert set(summary["seconds"]) == {"read", "parse", "write", "index", "analyze", "total"}
    assert "password" not in summary["database"] or "***" in summary["database"]


@pytest.mark.parametrize("option", [["--batch-size", "0"], ["--jobs", "-1"]])
def test_load_refuses_impossible_batch_sizes_and_job_counts(
    runner: CliRunner, tmp_path: Path, option: list[str]
) -> None:
    result = runner.invoke(main, ["-d", str(tmp_path / "x.sqlite"), "load", str(SEED), *option])
    assert result.exit_code == 2 and "Invalid value" in result.output


def test_parse_json_is_the_evaluation_contract(runner: CliRunner) -> None:
    result = invoke(runner, "parse", str(SEED), "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) >= {"document", "meeting", "participants", "statements"}
    assert data["meeting"]["date"] == "2022-12-30" and data["meeting"]["format"] == "video"
    with open(SEED, encoding="utf-8-sig", newline="") as f:
        source = f.read()
    for s in data["statements"]:
        assert source[s["start"] : s["end"]] == s["text"]
        assert set(s) >= {"paragraph", "speakers", "cue", "mode", "method", "confidence", "topics"}
        assert all("name" in sp for sp in s["speakers"])


def test_parse_of_several_files_prints_json_lines_with_paths(
    runner: CliRunner, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    result = invoke(runner, "parse", str(SEED), str(other), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2 and all("path" in obj for obj in lines)


def test_parse_without_json_is_readable_and_needs_no_database(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "parse", str(SEED))
    assert result.exit_code == 0
    assert "Xi Jinping" in result.stdout and "video" in result.stdout
    assert not (tmp_path / "dipdb.sqlite").exists()


def test_parse_of_a_bad_file_exits_1_with_one_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = invoke(runner, "parse", str(bad), "--json")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "bad.txt" in result.stderr


def test_query_prints_a_table_json_and_csv(runner: CliRunner, db_url: str) -> None:
    invoke(runner, "-d", db_url, "load", str(SEED))
    sql = "SELECT kind, count(*) AS n FROM statement GROUP BY kind ORDER BY kind"
    table = invoke(runner, "-d", db_url, "query", sql)
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split() == ["kind", "n"]
    as_json = json.loads(invoke(runner, "-d", db_url, "query", sql, "--json").stdout)
    assert {row["kind"] for row in as_json} >= {"speech", "joint", "narrative", "boilerplate"}
    rows = list(csv.reader(io.StringIO(invoke(runner, "-d", db_url, "query", sql, "--csv").stdout)))
    assert rows[0] == ["kind", "n"] and len(rows) == len(as_json) + 1


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM statement",
        "UPDATE person SET name = 'x'",
        "DROP TABLE statement",
        "CREATE TABLE evil (id integer)",
        "INSERT INTO topic (slug, name) VALUES ('x', 'x')",
    ],
)
def test_query_refuses_to_write(runner: CliRunner, db_url: str, sql: str) -> None:
    invoke(runner, "-d", db_url, "load", str(SEED))
    engine = db.create_engine(db_url)
    before = count(engine, "statement"), count(engine, "person"), count(engine, "topic")
    result = invoke(runner, "-d", db_url, "query", sql)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error:") and "Traceback" not in result.output
    after = count(engine, "statement"), count(engine, "person"), count(engine, "topic")
    assert after == before
    assert "evil" not in sa.inspect(engine).get_table_names()
    engine.dispose()


def test_query_on_a_missing_sqlite_file_says_so(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "-d", f"sqlite:///{tmp_path / 'none.sqlite'}", "query", "SELECT 1")
    assert result.exit_code == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_a_bad_sql_statement_is_one_error_line(runner: CliRunner, db_url: str) -> None:
    invoke(runner, "-d", db_url, "load", str(SEED))
    result = invoke(runner, "-d", db_url, "query", "SELECT nope FROM nowhere")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1


def test_db_commands_walk_the_schema_up_and_down(runner: CliRunner, db_url: str) -> None:
    assert invoke(runner, "-d", db_url, "db", "current").stdout.startswith("base")
    assert invoke(runner, "-d", db_url, "db", "upgrade").exit_code == 0
    assert "(head)" in invoke(runner, "-d", db_url, "db", "current").stdout
    history = invoke(runner, "-d", db_url, "db", "history").stdout
    assert history.splitlines()[0].startswith("*h 0001") or "*" in history
    assert invoke(runner, "-d", db_url, "db", "downgrade", "base").exit_code == 0
    assert invoke(runner, "-d", db_url, "db", "current").stdout.startswith("base")


def test_an_unknown_revision_is_a_clean_error(runner: CliRunner, db_url: str) -> None:
    result = invoke(runner, "-d", db_url, "db", "upgrade", "nosuchrev")
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_an_unsupported_url_is_a_clean_error(runner: CliRunner) -> None:
    result = invoke(runner, "-d", "mysql://root@localhost/x", "stats")
    assert result.exit_code == 1 and "unsupported database" in result.stderr


def test_an_unreachable_postgres_is_a_clean_error(runner: CliRunner) -> None:
    result = invoke(runner, "-d", "postgresql://nobody@127.0.0.1:1/nowhere", "db", "current")
    assert result.exit_code == 1
    assert "cannot use the database" in result.stderr and "Traceback" not in result.output


def test_stats_on_an_empty_database_explains_what_to_do(runner: CliRunner, db_url: str) -> None:
    invoke(runner, "-d", db_url, "db", "current")  # connects, so SQLite creates the file
    result = invoke(runner, "-d", db_url, "stats")
    assert result.exit_code == 1
    assert "dipdb load" in result.stderr or "no database" in result.stderr


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert invoke(runner, "load").exit_code == 2
    assert invoke(runner, "no-such-command").exit_code == 2


def test_help_teaches_every_command(runner: CliRunner) -> None:
    top = invoke(runner, "--help").stdout
    commands = ["load", "parse", "db", "stats", "query", "eval", "people", "topics"]
    commands += ["search", "show", "export", "fts", "datasette-metadata"]
    for command in commands:
        assert command in top
        assert invoke(runner, command, "--help").exit_code == 0
    assert "--database" in invoke(runner, "load", "--help").stdout
    for command in (
        ["search"],
        ["show", "meeting"],
        ["show", "person"],
        ["export"],
        ["fts", "check"],
        ["fts", "rebuild"],
        ["datasette-metadata"],
    ):
        assert "--database" in invoke(runner, *command, "--help").stdout, command
    for command in ("search", "show", "export", "datasette-metadata"):
        assert f"dipdb {command}" in invoke(runner, command, "--help").stdout  # examples


def test_python_dash_m_dipdb_runs_the_cli(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "dipdb", "parse", str(SEED), "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["meeting"]["format"] == "video"


def test_eval_scores_the_seed_against_its_gold(runner: CliRunner) -> None:
    gold = [str(ROOT / "tests" / "gold" / n) for n in ("seed.gold.jsonl", "seed.meetings.jsonl")]
    result = invoke(runner, "eval", *gold, "--corpus", str(ROOT), "--json")
    assert result.exit_code == 0, result.output
    total = json.loads(result.stdout)["total"]
    assert total["attributed"]["accuracy"] == 1.0 and total["no_speaker"]["accuracy"] == 1.0
    assert total["meetings"]["date_format_principals_correct"] == total["meetings"]["total"] == 1


def test_eval_prints_figures_by_kind_publisher_and_genre(runner: CliRunner) -> None:
    gold = [str(ROOT / "tests" / "gold" / n) for n in ("seed.gold.jsonl", "seed.meetings.jsonl")]
    out = invoke(runner, "eval", *gold, "--root", str(ROOT), "--errors").stdout
    assert "speech+joint right speakers: 37/37 (100.0%)" in out
    assert "publisher" in out and "genre" in out and "readout" in out


def test_eval_scores_topics_as_the_given_taxonomy_tags_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A taxonomy author tries a change against gold before re-tagging: --taxonomy scores
    topics with that taxonomy, and --errors / --json name each span's missed and extra topics."""
    gold = str(ROOT / "tests" / "gold" / "topics" / "seed.jsonl")
    mine = tmp_path / "mine.toml"
    mine.write_text(
        'version = "trade-only"\n[[topic]]\nslug = "trade"\nname = "Trade"\n'
        'description = "d"\ninclude = ["trade"]\n',
        encoding="utf-8",
    )
    shipped = json.loads(invoke(runner, "eval", gold, "--root", str(ROOT), "--json").stdout)
    result = invoke(runner, "eval", gold, "--root", str(ROOT), "--json", "--taxonomy", str(mine))
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["total"]["topics"]["recall"] < shipped["total"]["topics"]["recall"]
    wrong = {(e["start"], e["end"]): e for e in figures["topic_errors"]}
    assert (789, 869) not in wrong  # "trade": the one topic it has
    assert wrong[(870, 926)]["gold"] == ["investment"] and wrong[(870, 926)]["predicted"] == []
    listed = invoke(runner, "eval", gold, "--root", str(ROOT), "--errors", "--taxonomy", str(mine))
    assert "[870:926] topics: missed ['investment']" in listed.stdout


def test_eval_reports_an_article_it_cannot_find(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        '{"file": "missing.txt", "start": 0, "end": 5, "kind": "speech", '
        '"speakers": ["Xi"], "alt": []}\n'
    )
    result = invoke(runner, "eval", str(gold), "--root", str(tmp_path))
    assert result.exit_code == 1 and "missing.txt" in result.stderr


def test_load_batch_size_default_is_the_librarys() -> None:
    from dipdb import load

    option = next(p for p in main.commands["load"].params if p.name == "batch_size")
    assert option.default == load.DEFAULT_BATCH_ARTICLES


@pytest.mark.parametrize(
    ("given", "files", "used"),
    [(None, 1, 1), (None, 199, 1), (None, 200, 0), (1, 5000, 1), (0, 3, 0), (3, 10, 3)],
)
def test_load_parses_on_every_cpu_by_default_only_for_many_files(
    given: int | None, files: int, used: int
) -> None:
    from dipdb.cli import _jobs_for

    assert _jobs_for(given, files) == used
