"""``dipdb show``: a meeting read as a transcript, a person's statements over time."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import count

from dipdb import show
from dipdb.cli import main
from dipdb.search import Filters


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_meeting_has_participants_then_every_statement_in_order(seeded: sa.Engine) -> None:
    view = show.meeting(seeded, 1)
    assert (str(view.date), view.format, view.location) == ("2022-12-30", "video", "Beijing")
    assert [p.name for p in view.participants][:2] == ["Xi Jinping", "Vladimir Putin"]
    assert view.participants[0].title == "Chinese President"
    assert [d.publisher for d in view.documents] == ["Xinhua"]
    assert len(view.statements) == count(seeded, "statement")
    assert [s.position for s in view.statements] == sorted(s.position for s in view.statements)
    for s in view.statements:
        assert s.text in s.paragraph.text  # the source paragraph holds the statement
    joint = next(s for s in view.statements if s.cue == "exchanged views")
    assert joint.speakers == ["Xi Jinping", "Vladimir Putin"] and joint.topics == ["ukraine"]


def test_a_meeting_renders_as_plain_text_or_with_a_colour_per_speaker(seeded: sa.Engine) -> None:
    view = show.meeting(seeded, 1)
    plain = show.render_meeting(view)
    assert plain.startswith("Meeting 1: 2022-12-30 · video")
    assert "Participants" in plain and "¶" in plain and "exchanged views" in plain
    assert "Xi Jinping + Vladimir Putin" in plain and "\x1b[" not in plain
    coloured = show.render_meeting(view, color=True)
    xi, putin = (f"\x1b[{c}m" for c in ("36", "33"))  # cyan, yellow: first two speakers
    assert xi in coloured and putin in coloured


def test_an_unknown_meeting_is_an_error(seeded: sa.Engine) -> None:
    with pytest.raises(show.ShowError, match="no meeting 999"):
        show.meeting(seeded, 999)


@pytest.mark.parametrize("name", ["Xi", "xi jinping", "President Xi", "1"])
def test_a_person_is_found_by_name_alias_or_id(seeded: sa.Engine, name: str) -> None:
    view = show.person(seeded, name)
    assert view.name == "Xi Jinping" and view.country == "China"
    assert "President Xi" in view.aliases
    assert [m.meeting_id for m in view.meetings] == [1]
    assert view.meetings[0].participation == "principal"
    assert len(view.statements) == view.meetings[0].statements > 20


def test_a_persons_statements_can_be_narrowed(seeded: sa.Engine) -> None:
    taiwan = show.person(seeded, "Putin", Filters(topic="taiwan"))
    assert len(taiwan.statements) == 1 and "Taiwan" in taiwan.statements[0].text
    assert len(show.person(seeded, "Xi", limit=3).statements) == 3
    text = show.render_person(taiwan)
    assert text.startswith("Vladimir Putin (Russia) · person 2") and "topics: taiwan" in text


@pytest.mark.parametrize(
    "name, message", [("Nobody Known", "no person matches"), ("President", "persons match")]
)
def test_unknown_or_ambiguous_persons_are_errors(
    seeded: sa.Engine, name: str, message: str
) -> None:
    with pytest.raises(show.ShowError, match=message):
        show.person(seeded, name)


def test_cli_show_meeting_text_and_json(seeded: sa.Engine, db_url: str) -> None:
    text = run("-d", db_url, "show", "meeting", "1")
    assert text.exit_code == 0 and "Participants" in text.stdout and "\x1b[" not in text.stdout
    data = json.loads(run("-d", db_url, "show", "meeting", "1", "--json").stdout)
    assert data["meeting_id"] == 1 and data["date"] == "2022-12-30"
    assert {"speakers", "cue", "topics", "paragraph"} <= set(data["statements"][0])
    assert "\x1b[" in run("-d", db_url, "show", "meeting", "1", "--color").stdout


def test_cli_show_person_text_and_json(seeded: sa.Engine, db_url: str) -> None:
    text = run("-d", db_url, "show", "person", "Putin", "--topic", "taiwan")
    assert text.exit_code == 0 and "Taiwan question" in text.stdout
    data = json.loads(run("-d", db_url, "show", "person", "Xi", "--json").stdout)
    assert data["name"] == "Xi Jinping" and data["statements"][0]["date"] == "2022-12-30"


@pytest.mark.parametrize(
    "args, code",
    [
        (["meeting", "999"], 1),
        (["meeting", "one"], 2),
        (["person", "Nobody"], 1),
        (["person", "Xi", "--topic", "nope"], 1),
    ],
)
def test_cli_show_errors_are_one_line(
    seeded: sa.Engine, db_url: str, args: list[str], code: int
) -> None:
    result = run("-d", db_url, "show", *args)
    assert result.exit_code == code and "Error" in result.stderr
    assert "Traceback" not in result.output
