"""``dipdb export``: CSV, JSON Lines and Popolo JSON, whole or filtered like search."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import SEED, count

from dipdb import export
from dipdb.cli import main
from dipdb.search import Filters


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_statements_as_json_lines_keep_offsets_speakers_and_topics(
    seeded: sa.Engine, db_url: str
) -> None:
    result = run("-d", db_url, "export", "statements")
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert len(records) == count(seeded, "statement")
    source = SEED.read_text(encoding="utf-8-sig")
    for r in records:
        assert source[r["char_start"] : r["char_end"]] == r["text"]
        assert isinstance(r["speakers"], list) and isinstance(r["topics"], list)
    joint = next(r for r in records if r["cue"] == "exchanged views")
    assert joint["speakers"] == ["Xi Jinping", "Vladimir Putin"] and joint["date"] == "2022-12-30"


def test_statements_as_csv_join_lists(seeded: sa.Engine, db_url: str) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run("-d", db_url, "export", "statements", "--csv").stdout))
    )
    assert len(rows) == count(seeded, "statement")
    joint = next(r for r in rows if r["cue"] == "exchanged views")
    assert joint["speakers"] == "Xi Jinping; Vladimir Putin"


@pytest.mark.parametrize("kind", ["meetings", "persons"])
def test_meetings_and_persons_in_both_formats(seeded: sa.Engine, db_url: str, kind: str) -> None:
    records = jsonl(run("-d", db_url, "export", kind).stdout)
    rows = list(csv.DictReader(io.StringIO(run("-d", db_url, "export", kind, "--csv").stdout)))
    table = {"meetings": "meeting", "persons": "person"}[kind]
    assert len(records) == len(rows) == count(seeded, table)
    if kind == "meetings":
        assert [p["name"] for p in records[0]["participants"]][:2] == [
            "Xi Jinping",
            "Vladimir Putin",
        ]
        assert rows[0]["participants"].startswith("Xi Jinping (Chinese President); ")
    else:
        xi = next(r for r in records if r["name"] == "Xi Jinping")
        assert "President Xi" in xi["aliases"] and xi["statements"] > 20


def test_filters_select_statements_their_meetings_and_people(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        selection = export.select_rows(conn, Filters(speaker="Putin", topic="taiwan"))
        assert len(selection.statement_ids or []) == 1
        assert selection.meeting_ids == [1]
        names = {p["name"] for p in export.person_records(conn, selection.person_ids)}
        assert {"Vladimir Putin", "Xi Jinping"} <= names  # speaker, and who attended
        assert export.select_rows(conn, Filters(), "taiwan").statement_ids == (
            selection.statement_ids
        )
        empty = export.select_rows(conn, Filters(publisher="White House"))
        assert empty.statement_ids == empty.meeting_ids == empty.person_ids == []
        assert list(export.records(conn, "statements", empty)) == []


def test_popolo_document_is_internally_consistent(seeded: sa.Engine, db_url: str) -> None:
    data = json.loads(run("-d", db_url, "export", "popolo").stdout)
    assert set(data) == {"persons", "organizations", "memberships", "events", "speeches"}
    persons = {p["id"] for p in data["persons"]}
    organizations = {o["id"] for o in data["organizations"]}
    events = {e["id"] for e in data["events"]}
    assert {"country/china", "country/russia"} <= organizations
    for m in data["memberships"]:
        assert m["person_id"] in persons and m["organization_id"] in organizations
    assert len(data["speeches"]) == count(seeded, "statement")
    for s in data["speeches"]:
        assert s["event_id"] in events
        assert s.get("creator_id") is None or s["creator_id"] in persons
        assert s["type"] in {"speech", "narrative", "other"}
    joint = next(s for s in data["speeches"] if s["dipdb_kind"] == "joint")
    assert (
        joint["creator_id"] in joint["dipdb_creator_ids"] and len(joint["dipdb_creator_ids"]) == 2
    )
    roles = {(m["person_id"], m.get("role")) for m in data["memberships"]}
    xi = next(p["id"] for p in data["persons"] if p["name"] == "Xi Jinping")
    assert (xi, "Chinese President") in roles


def test_a_filtered_popolo_file(seeded: sa.Engine, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "putin.json"
    result = run(
        "-d", db_url, "export", "popolo", "--speaker", "Putin", "--topic", "taiwan", "-o", str(out)
    )
    assert result.exit_code == 0 and "wrote popolo document" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    [speech] = data["speeches"]
    assert speech["text"].startswith("Russia firmly supports China's position on the Taiwan")


def test_export_writes_files_and_reports_counts(seeded: sa.Engine, db_url: str, tmp_path) -> None:
    out = tmp_path / "statements.csv"
    result = run("-d", db_url, "export", "statements", "--csv", "-o", str(out), "--query", "energy")
    assert result.exit_code == 0
    n = len(list(csv.DictReader(out.open(encoding="utf-8"))))
    assert n > 0 and f"wrote {n} statements" in result.stderr


@pytest.mark.parametrize(
    "args, code",
    [
        (["popolo", "--csv"], 2),
        (["tables"], 2),
        (["statements", "--speaker", "Nobody"], 1),
        (["statements", "--query", "*"], 2),
    ],
)
def test_export_errors(seeded: sa.Engine, db_url: str, args: list[str], code: int) -> None:
    result = run("-d", db_url, "export", *args)
    assert result.exit_code == code and "Traceback" not in result.output
