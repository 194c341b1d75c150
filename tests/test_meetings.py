"""One meeting, several readouts: the linker, manual corrections, the comparison of accounts,
revision 0008, and the corpus's documents that report the same meeting.

Without the corpus, a synthetic counterpart of the seed (the Russian side's account of the
Xi-Putin video meeting, written here) is linked to the seed's Xinhua report. With the corpus
(``../shared/corpus``, read at run time), the same-meeting pairs found by reading the files are
the ground truth: all of them must be linked, and nothing else among the 482 files.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from conftest import CORPUS, SEED, count

from dipdb import db, load, meetings, migrate
from dipdb.cli import main
from dipdb.meetings import Account, Decisions, Principal, choose, match
from dipdb.people import builtin_people

# --- ground truth: the corpus's documents that report one meeting --------------------------------

#: Groups of corpus files that report the same meeting, found by reading MANIFEST.tsv and the
#: texts. Per file, the offsets of the sentence (or title line) that names the meeting and its
#: principals, so that the annotation can be checked against the text.
SAME_MEETING: list[tuple[str, dict[str, tuple[int, int]]]] = [
    (
        # The Biden-Putin video call of 7 December 2021. The Kremlin's title calls it a meeting
        # and its text never says video: the parser reads an in-person meeting without a place.
        "Biden-Putin video call, 2021-12-07",
        {"whitehouse/0179.txt": (98, 255), "kremlin/0136.txt": (57, 159)},
    ),
    (
        # The call of 30 December 2021: the Press Secretary's statement and the background press
        # call the same evening; the Kremlin's readout is dated the 31st and says "On December
        # 30". The briefing names the Russian president by family name only.
        "Biden-Putin call, 2021-12-30",
        {
            "whitehouse/0180.txt": (129, 212),
            "whitehouse/0181.txt": (2349, 2683),
            "kremlin/0137.txt": (73, 193),
        },
    ),
    (
        # The call of 12 February 2022: readout and background press call; on the Russian side
        # the aide's briefing on the call (no Kremlin readout).
        "Biden-Putin call, 2022-02-12",
        {
            "whitehouse/0027.txt": (92, 244),
            "whitehouse/0182.txt": (4935, 5020),
            "kremlin/0138.txt": (140, 304),
        },
    ),
    (
        # Readout of the Bali bilateral and the transcript of the remarks before it.
        "Biden-Xi meeting, Bali, 2022-11-14",
        {"whitehouse/0055.txt": (119, 255), "whitehouse/0170.txt": (1, 142)},
    ),
    (
        "Harris-Marcos meeting, Manila, 2022-11-21",
        {"whitehouse/0058.txt": (102, 323), "whitehouse/0171.txt": (1, 130)},
    ),
    (
        "Biden-Xi summit, Woodside, 2023-11-15",
        {"whitehouse/0104.txt": (119, 261), "whitehouse/0177.txt": (1, 142)},
    ),
    (
        "Biden-Xi meeting, Lima, 2024-11-16",
        {"whitehouse/0157.txt": (119, 239), "whitehouse/0178.txt": (1, 140)},
    ),
    (
        # The Secretary's readout and the transcript of the remarks before the meeting.
        "Blinken-Payne meeting, Melbourne, 2022-02-11",
        {"state_dept/0035.txt": (171, 341), "state_dept/0034.txt": (1, 110)},
    ),
    (
        "Blinken-Ebrard meeting, Washington, 2022-05-03",
        {"state_dept/0103.txt": (166, 537), "state_dept/0100.txt": (1, 110)},
    ),
]

#: Principals' family names of each group, to check the offsets above.
PRINCIPALS = {
    "Biden-Putin": ("Biden", "Putin"),
    "Biden-Xi": ("Biden", "Xi"),
    "Harris-Marcos": ("Harris", "Marcos"),
    "Blinken-Payne": ("Blinken", "Payne"),
    "Blinken-Ebrard": ("Blinken", "Ebrard"),
}

#: Hard negatives: the same leaders, different events within days (all in the 482 files).
DIFFERENT_MEETINGS: list[tuple[str, tuple[str, ...]]] = [
    ("Biden-Putin: the video call and the two calls", ("kremlin/0136.txt", "kremlin/0137.txt")),
    ("Putin-Fernandez: talks, then press statements", ("kremlin/0051.txt", "kremlin/0052.txt")),
    ("Putin-Tokayev: talks, then press statements", ("kremlin/0057.txt", "kremlin/0058.txt")),
    ("Putin-Bolsonaro: talks, then press statements", ("kremlin/0063.txt", "kremlin/0064.txt")),
    ("Putin-Lukashenko: talks, then news conference", ("kremlin/0066.txt", "kremlin/0067.txt")),
    ("Putin-Aliyev: talks, then press statements", ("kremlin/0069.txt", "kremlin/0070.txt")),
    (
        "Putin-Orban: news conference, then a brief meeting",
        ("kremlin/0049.txt", "kremlin/0050.txt"),
    ),
    ("Putin-Bennett: calls and a meeting within a week", ("kremlin/0078.txt", "kremlin/0082.txt")),
    ("Putin-Bennett: a call and the Moscow meeting", ("kremlin/0082.txt", "kremlin/0086.txt")),
    ("Putin-Macron: calls days apart", ("kremlin/0079.txt", "kremlin/0083.txt")),
    ("Putin-Macron: calls days apart", ("kremlin/0083.txt", "kremlin/0088.txt")),
    ("Putin-Lukashenko: a call, then a visit", ("kremlin/0060.txt", "kremlin/0066.txt")),
    ("Sochi: Putin with Aliyev, then with Pashinyan", ("kremlin/0013.txt", "kremlin/0014.txt")),
    (
        "Biden-Lee: remarks before the meeting, joint press conference",
        ("whitehouse/0167.txt", "whitehouse/0168.txt"),
    ),
    (
        "Biden-Trudeau: remarks before the meeting, joint press conference",
        ("whitehouse/0173.txt", "whitehouse/0174.txt"),
    ),
    (
        "Sullivan: trilateral and bilaterals with Korea and Japan",
        ("whitehouse/0152.txt", "whitehouse/0153.txt", "whitehouse/0154.txt"),
    ),
    ("Sullivan-Kim: calls twelve days apart", ("whitehouse/0036.txt", "whitehouse/0038.txt")),
]


def _pairs(groups: list[tuple[str, ...]] | list[frozenset[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


TRUE_PAIRS = _pairs([tuple(files) for _, files in SAME_MEETING])


def _folder(path: str) -> str:
    return path.split("/")[0]


CROSS_PUBLISHER = {p for p in TRUE_PAIRS if len({_folder(f) for f in p}) == 2}


def test_the_ground_truth_has_five_cross_publisher_and_eight_same_publisher_pairs() -> None:
    assert len(CROSS_PUBLISHER) == 5
    assert len(TRUE_PAIRS - CROSS_PUBLISHER) == 8
    assert not _pairs([files for _, files in DIFFERENT_MEETINGS]) & TRUE_PAIRS


@pytest.mark.corpus
def test_the_ground_truth_offsets_name_both_principals(corpus_dir: Path) -> None:
    for label, files in SAME_MEETING:
        names = PRINCIPALS[label.split(" ")[0]]
        for path, (start, end) in files.items():
            with open(corpus_dir / path, encoding="utf-8-sig", newline="") as f:
                span = f.read()[start:end]
            for name in names:
                assert re.search(rf"\b{name}\b", span, re.IGNORECASE), (path, name)


# --- the rules, without a database ---------------------------------------------------------------

PEOPLE = builtin_people()
BIDEN = Principal(1, "Joseph R. Biden Jr.", "United States", "biden")
PUTIN = Principal(2, "Vladimir Putin", "Russia", "putin")
XI = Principal(3, "Xi Jinping", "China", "xi")
DAY = dt.date(2021, 12, 30)


def account(doc: int, **kw: object) -> Account:
    values: dict[str, object] = {
        "document_id": doc,
        "path": f"doc{doc}.txt",
        "genre": "readout",
        "published": DAY,
        "side": "United States",
        "date": DAY,
        "date_precision": "day",
        "format": "phone",
        "kind": "call",
        "location": None,
        "host_country": None,
        "principals": (BIDEN, PUTIN),
    }
    values.update(kw)
    return Account(**values)  # type: ignore[arg-type]


WH = account(1)
PRESS = meetings.PRESS_CONFERENCE
KREMLIN = account(2, side="Russia", principals=(PUTIN, BIDEN))


def test_two_sides_accounts_of_one_call_match() -> None:
    found = match(WH, KREMLIN, PEOPLE)
    assert found is not None
    assert found.basis == "principals+date+format" and found.confidence == 0.95


def test_matching_is_symmetric() -> None:
    accounts = [
        WH,
        KREMLIN,
        account(3, genre="briefing"),
        account(4, side="Russia", format="video", date=DAY + dt.timedelta(days=1)),
        account(5, side="Russia", format="in_person", principals=(PUTIN, BIDEN)),
        account(6, genre="transcript", format="in_person", location="Bali"),
    ]
    for a, b in itertools.permutations(accounts, 2):
        assert match(a, b, PEOPLE) == match(b, a, PEOPLE), (a.document_id, b.document_id)


def test_dates_a_day_apart_match_with_less_confidence_and_two_days_never() -> None:
    next_day = match(WH, account(2, side="Russia", date=DAY + dt.timedelta(days=1)), PEOPLE)
    assert next_day is not None and "date±1" in next_day.basis and next_day.confidence < 0.95
    assert match(WH, account(2, side="Russia", date=DAY + dt.timedelta(days=2)), PEOPLE) is None


def test_the_publication_date_stands_in_for_a_meeting_date_not_known_to_the_day() -> None:
    undated = account(2, side="Russia", date=None, date_precision="unknown")
    assert match(WH, undated, PEOPLE) is not None
    late = account(2, side="Russia", date=None, published=DAY + dt.timedelta(days=3))
    assert match(WH, late, PEOPLE) is None


def test_a_trilateral_and_a_bilateral_of_the_same_leaders_are_different_meetings() -> None:
    trilateral = account(2, side="Russia", principals=(PUTIN, BIDEN, XI))
    assert match(WH, trilateral, PEOPLE) is None
    assert match(WH, account(2, side="Russia", principals=(PUTIN, XI)), PEOPLE) is None


def test_one_principal_is_too_little_to_link() -> None:
    assert match(account(1, principals=(BIDEN,)), account(2, principals=(BIDEN,)), PEOPLE) is None


def test_a_person_split_in_two_rows_by_alias_resolution_is_still_one_principal() -> None:
    bare = Principal(99, "Putin", "Russia", "putin")
    assert match(account(3, genre="briefing", principals=(BIDEN, bare)), WH, PEOPLE)
    other = Principal(98, "Hence Putin", None, "putin")
    assert match(account(3, genre="briefing", principals=(BIDEN, other)), WH, PEOPLE) is None


def test_one_side_links_a_readout_only_with_a_transcript_or_briefing_of_it() -> None:
    assert match(WH, account(2), PEOPLE) is None  # two readouts: two meetings
    both_transcripts = (account(1, genre="transcript"), account(2, genre="transcript"))
    assert match(*both_transcripts, PEOPLE) is None
    found = match(WH, account(2, genre="briefing"), PEOPLE)
    assert found is not None and found.basis.endswith("+readout+briefing")
    assert match(WH, account(2, genre="briefing", format="video"), PEOPLE) is None


def test_a_press_conference_is_not_the_talks_it_follows() -> None:
    talks = account(1, genre="transcript", format="in_person", kind="talks", location="Moscow")
    press = account(2, genre="readout", format="in_person", kind=PRESS, location="Moscow")
    assert match(talks, press, PEOPLE) is None
    assert match(press, account(3, side="Russia", format="in_person", kind=PRESS), PEOPLE)


def test_formats_disagree_only_in_ways_two_sides_do() -> None:
    video = account(2, side="Russia", format="video")
    assert match(WH, video, PEOPLE).basis.endswith("format~")  # type: ignore[union-attr]
    assert match(WH, account(2, format="video", genre="briefing"), PEOPLE) is None  # one side
    unplaced = account(2, side="Russia", format="in_person")
    assert match(account(1, format="video"), unplaced, PEOPLE) is not None
    placed = account(2, side="Russia", format="in_person", location="Moscow")
    assert match(account(1, format="video"), placed, PEOPLE) is None
    assert match(WH, account(2, side="Russia", format="unknown"), PEOPLE) is not None
    assert match(WH, account(2, side="Russia", format="written"), PEOPLE) is None


def test_places_in_different_countries_contradict_and_shared_words_are_evidence() -> None:
    here = dict(format="in_person", side="Russia")
    bali = account(1, format="in_person", location="Bali", host_country="Indonesia")
    hotel = account(2, location="Mulia Hotel Bali, Indonesia", host_country="Indonesia", **here)
    assert match(bali, hotel, PEOPLE).basis.endswith("+place")  # type: ignore[union-attr]
    moscow = account(2, location="Moscow", host_country="Russia", **here)
    assert match(bali, moscow, PEOPLE) is None


def test_a_tie_between_two_meetings_links_to_neither() -> None:
    two = [("a", [account(10, side="Russia")]), ("b", [account(11, side="Russia")])]
    assert choose(two, WH, Decisions(), PEOPLE) is None
    assert choose(two[:1], WH, Decisions(), PEOPLE) is not None


def test_a_newcomer_must_match_every_report_of_the_meeting() -> None:
    group = [("m", [KREMLIN, account(3, side="Russia", genre="briefing")])]
    assert choose(group, WH, Decisions(), PEOPLE) is not None
    group = [("m", [KREMLIN, account(3)])]  # the same side's readout of it is already there
    assert choose(group, WH, Decisions(), PEOPLE) is None


def test_manual_decisions_beat_the_rules() -> None:
    far = account(9, side="Russia", date=DAY + dt.timedelta(days=9))
    same = Decisions(same={frozenset((WH.path, far.path))})
    assert choose([("m", [far])], WH, same, PEOPLE) == ("m", meetings.Match("manual", 1.0))
    apart = Decisions(apart={frozenset((WH.path, KREMLIN.path))})
    assert choose([("m", [KREMLIN])], WH, apart, PEOPLE) is None


# --- in the database: the seed and its synthetic counterpart -------------------------------------

#: The Russian side's account of the seed's meeting, written for these tests.
COUNTERPART = """\
 date 2022-12-30 Meeting with President of China Xi Jinping

Vladimir Putin had a meeting with President of the People's Republic of China Xi Jinping via \
videoconference.

Vladimir Putin noted that trade between the two countries reached a record this year and that \
energy supplies continue to grow.

Xi Jinping said that China is ready to deepen strategic coordination with Russia.

The two leaders agreed to hold talks in Moscow in the spring.

The presidents exchanged New Year greetings.
"""


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """The seed (Xinhua) and the counterpart, as files in one folder."""
    folder = tmp_path / "pair"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_xinhua.txt")
    (folder / "b_kremlin.txt").write_text(COUNTERPART, encoding="utf-8")
    return folder / "a_xinhua.txt", folder / "b_kremlin.txt"


def rows(engine: sa.Engine, sql: str, **params: object) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(sa.text(sql), params).all()


def links(engine: sa.Engine) -> list[tuple[str, ...]]:
    """The meetings as groups of document file names (ids depend on load order; these don't)."""
    groups: dict[int, list[str]] = {}
    for mid, path in rows(
        engine,
        "SELECT md.meeting_id, d.path FROM meeting_document md "
        "JOIN source_document d ON d.id = md.document_id",
    ):
        groups.setdefault(mid, []).append(Path(path).name)
    return sorted(tuple(sorted(g)) for g in groups.values())


def test_the_other_sides_report_joins_the_seed_meeting(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, list(pair)).ok
    assert count(engine, "meeting") == 1
    docs = rows(
        engine,
        "SELECT d.path, md.side, md.link_basis, md.link_confidence, md.reported_location "
        "FROM meeting_document md JOIN source_document d ON d.id = md.document_id "
        "ORDER BY d.path",
    )
    # The Russian account was published first: the meeting's primary report.
    assert [(Path(r.path).name, r.side, r.link_basis) for r in docs] == [
        ("a_xinhua.txt", "China", "principals+date+format"),
        ("b_kremlin.txt", "Russia", "primary"),
    ]
    assert 0 < docs[0].link_confidence < 1
    # Each document keeps the facts it reported; the meeting has the merged ones.
    assert [r.reported_location for r in docs] == ["Beijing", None]
    # It gives no date to the day and no place: those come from Xinhua's.
    [m] = rows(engine, "SELECT date, date_precision, format, location FROM meeting")
    assert (str(m.date), m.date_precision, m.format, m.location) == (
        "2022-12-30",
        "day",
        "video",
        "Beijing",
    )
    # Participants stay with the document that names them: Wang Yi only in Xinhua's.
    named = rows(
        engine,
        "SELECT d.path, p.name FROM participant pa JOIN person p ON p.id = pa.person_id "
        "JOIN source_document d ON d.id = pa.document_id ORDER BY d.path, pa.id",
    )
    by_doc: dict[str, set[str]] = {}
    for path, name in named:
        by_doc.setdefault(Path(path).name, set()).add(name)
    assert "Wang Yi" in by_doc["a_xinhua.txt"] and "Wang Yi" not in by_doc["b_kremlin.txt"]
    assert {"Xi Jinping", "Vladimir Putin"} <= by_doc["b_kremlin.txt"]


def test_load_order_and_batching_do_not_change_the_links(
    make_db_url: Callable[[], str], pair: tuple[Path, Path]
) -> None:
    from test_load import table_rows

    forward, backward, batch = (db.create_engine(make_db_url()) for _ in range(3))
    try:
        for path in pair:
            assert load.load_paths(forward, [path]).ok
        for path in reversed(pair):
            assert load.load_paths(backward, [path]).ok
        assert load.load_paths(batch, list(pair)).ok
        assert links(forward) == links(backward) == [("a_xinhua.txt", "b_kremlin.txt")]
        assert table_rows(batch) == table_rows(forward)  # ids included
        basis = "SELECT d.path, md.link_basis, md.link_confidence FROM meeting_document md "
        basis += "JOIN source_document d ON d.id = md.document_id ORDER BY d.path"
        assert rows(forward, basis) == rows(backward, basis)
        facts = "SELECT date, date_precision, format, kind, location, host_country FROM meeting"
        assert rows(forward, facts) == rows(backward, facts)
    finally:
        for engine in (forward, backward, batch):
            engine.dispose()


def test_a_changed_report_is_linked_again_by_its_new_content(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    _, kremlin = pair
    assert load.load_paths(engine, list(pair)).ok
    kremlin.write_text(COUNTERPART.replace("2022-12-30", "2023-01-05"), encoding="utf-8")
    report = load.load_paths(engine, [kremlin])
    assert [r.status for r in report.results] == ["replaced"]
    assert links(engine) == [("a_xinhua.txt",), ("b_kremlin.txt",)]
    kremlin.write_text(COUNTERPART, encoding="utf-8")
    assert load.load_paths(engine, [kremlin]).ok
    assert links(engine) == [("a_xinhua.txt", "b_kremlin.txt")]


def test_when_the_primary_report_is_replaced_the_other_keeps_the_meeting(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    xinhua, _ = pair
    assert load.load_paths(engine, list(pair)).ok
    xinhua.write_text(SEED.read_text(encoding="utf-8").replace("Dec. 30", "Dec. 20"), "utf-8")
    assert load.load_paths(engine, [xinhua]).ok
    assert links(engine) == [("a_xinhua.txt",), ("b_kremlin.txt",)]
    # The Russian account's own facts, no longer Xinhua's place.
    [(location, basis)] = rows(
        engine,
        "SELECT m.location, md.link_basis FROM meeting m JOIN meeting_document md "
        "ON md.meeting_id = m.id JOIN source_document d ON d.id = md.document_id "
        "WHERE d.path LIKE '%b_kremlin.txt'",
    )
    assert (location, basis) == (None, "primary")
    assert count(engine, "participant") == len(
        rows(engine, "SELECT DISTINCT document_id, person_id FROM participant")
    )


def test_unlink_is_remembered_when_the_file_is_loaded_again(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    _, kremlin = pair
    assert load.load_paths(engine, list(pair)).ok
    [new_id] = meetings.unlink(engine, [str(kremlin)])
    assert links(engine) == [("a_xinhua.txt",), ("b_kremlin.txt",)]
    assert rows(engine, "SELECT DISTINCT meeting_id FROM statement WHERE document_id = 2") == [
        (new_id,)
    ]
    kremlin.write_text(COUNTERPART + "\nThe talks were warm.\n", encoding="utf-8")
    assert [r.status for r in load.load_paths(engine, [kremlin]).results] == ["replaced"]
    assert links(engine) == [("a_xinhua.txt",), ("b_kremlin.txt",)]
    # Forgetting the decision lets the rules link them again.
    meetings.forget(engine, [str(kremlin)])
    assert links(engine) == [("a_xinhua.txt", "b_kremlin.txt")]


def test_link_is_remembered_when_the_file_is_loaded_again(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    xinhua, kremlin = pair
    kremlin.write_text(COUNTERPART.replace("2022-12-30", "2023-01-09"), encoding="utf-8")
    assert load.load_paths(engine, list(pair)).ok
    assert len(links(engine)) == 2  # nine days apart: the rules keep them apart
    meeting_id = meetings.link(engine, str(xinhua), [str(kremlin)])
    assert links(engine) == [("a_xinhua.txt", "b_kremlin.txt")]
    kremlin.write_text(COUNTERPART.replace("2022-12-30", "2023-01-10"), encoding="utf-8")
    assert load.load_paths(engine, [kremlin]).ok
    assert links(engine) == [("a_xinhua.txt", "b_kremlin.txt")]
    [basis] = rows(
        engine,
        "SELECT md.link_basis FROM meeting_document md JOIN source_document d "
        "ON d.id = md.document_id WHERE d.path LIKE '%b_kremlin.txt'",
    )
    assert basis == ("manual",)
    assert meetings.relink_all(engine).moved == 0  # relinking everything obeys it too
    assert len(links(engine)) == 1
    # Linking into a meeting by its id works too.
    meetings.unlink(engine, [str(kremlin)])
    assert meetings.link(engine, f"m{meeting_id}", [str(kremlin)]) == meeting_id
    assert len(links(engine)) == 1


def test_a_document_or_meeting_that_does_not_exist_is_a_clear_error(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, [pair[0]]).ok
    with pytest.raises(meetings.MeetingError, match=r"no document 'nope\.txt'"):
        meetings.unlink(engine, ["nope.txt"])
    with pytest.raises(meetings.MeetingError, match="only report"):
        meetings.unlink(engine, [str(pair[0])])
    with pytest.raises(meetings.MeetingError, match="no meeting 99"):
        meetings.link(engine, "m99", [str(pair[0])])
    with pytest.raises(meetings.MeetingError, match="no meeting 99"):
        meetings.compare(engine, 99)


def test_relink_changes_nothing_that_the_loader_decided(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, list(pair)).ok
    table = "SELECT * FROM meeting_document ORDER BY document_id"
    before = (rows(engine, table), rows(engine, "SELECT * FROM meeting ORDER BY id"))
    report = meetings.relink_all(engine)
    assert (report.documents, report.meetings_after, report.moved) == (2, 1, 0)
    assert (rows(engine, table), rows(engine, "SELECT * FROM meeting ORDER BY id")) == before


def test_compare_sets_the_two_accounts_side_by_side(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, list(pair)).ok
    c = meetings.compare(engine, 1)
    assert [s.side for s in c.sides] == ["Russia", "China"]
    russia, china = c.sides
    assert [d.path.endswith("a_xinhua.txt") for d in china.documents] == [True]
    names = {p.name: p for p in china.participants}
    assert names["Wang Yi"].other_sides == 0  # named by Xinhua only
    assert names["Vladimir Putin"].other_sides == 1
    speakers = {s.item: s for s in china.speakers}
    assert speakers["Xi Jinping"].this_side > speakers["Xi Jinping"].other_sides > 0
    # The Russian account alone says the leaders agreed on talks in Moscow.
    alone = [j.text for j in russia.joint if j.other_sides == 0]
    assert any("talks in Moscow" in text for text in alone)
    assert {t.item for t in china.topics if t.only_this_side} >= {"taiwan"}


def test_the_comparison_view_holds_what_compare_shows(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, list(pair)).ok
    c = meetings.compare(engine, 1)
    from_api = {
        (s.side, aspect, item.item_id, item.this_side, item.other_sides)
        for s in c.sides
        for aspect, items in (("speaker", s.speakers), ("topic", s.topics))
        for item in items
    }
    from_api |= {
        (s.side, "participant", p.person_id, 1, p.other_sides)
        for s in c.sides
        for p in s.participants
    }
    from_api |= {
        (s.side, "joint", j.statement_id, 1, j.other_sides) for s in c.sides for j in s.joint
    }
    view = rows(
        engine,
        "SELECT side, aspect, item_id, this_side, other_sides, only_this_side, sides "
        "FROM meeting_comparison WHERE meeting_id = 1",
    )
    assert {tuple(r[:5]) for r in view} == from_api
    assert all(r.only_this_side == (r.other_sides == 0) and r.sides == 2 for r in view)


def test_meeting_overview_and_show_list_a_person_both_documents_name_once(
    engine: sa.Engine, pair: tuple[Path, Path]
) -> None:
    from dipdb import show

    assert load.load_paths(engine, list(pair)).ok
    [m] = rows(engine, "SELECT principals, participants, participant_count FROM meeting_overview")
    assert m.principals == "Xi Jinping; Vladimir Putin" and m.participant_count == 4
    assert m.participants.count("Xi Jinping") == 1
    view = show.meeting(engine, 1)
    assert sorted(p.name for p in view.participants) == sorted(
        set(p.name for p in view.participants)
    )
    assert len(view.documents) == 2


# --- the command line ----------------------------------------------------------------------------


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_lists_links_and_compares(db_url: str, pair: tuple[Path, Path]) -> None:
    engine = db.create_engine(db_url)
    try:
        assert load.load_paths(engine, list(pair)).ok
    finally:
        engine.dispose()
    listed = run("-d", db_url, "meetings", "list", "--linked", "--json")
    assert listed.exit_code == 0, listed.output
    data = json.loads(listed.stdout)
    assert [(r["meeting_id"], r["side"], r["link_basis"]) for r in data] == [
        (1, "Russia", "primary"),
        (1, "China", "principals+date+format"),
    ]
    csv_out = run("-d", db_url, "meetings", "list", "--csv", "--meeting", "1")
    assert csv_out.stdout.splitlines()[0] == ",".join(meetings.LIST_COLUMNS)
    assert len(csv_out.stdout.splitlines()) == 3
    assert run("-d", db_url, "compare", "m1").stdout == run("-d", db_url, "compare", "1").stdout
    text = run("-d", db_url, "compare", "1")
    assert text.exit_code == 0, text.output
    for heading in (
        "Participants each side names",
        "Statements per speaker",
        "Topics only one side reports",
        "Joint statements claimed by one side only",
    ):
        assert heading in text.stdout
    assert "China" in text.stdout and "Russia" in text.stdout
    as_json = json.loads(run("-d", db_url, "compare", str(pair[1]), "--json").stdout)
    assert [s["side"] for s in as_json["sides"]] == ["Russia", "China"]
    assert as_json["sides"][0]["joint_only_this_side"]
    unlinked = run("-d", db_url, "meetings", "unlink", str(pair[1]))
    assert unlinked.exit_code == 0 and "now meeting" in unlinked.stdout
    assert "nothing to compare" in run("-d", db_url, "compare", "1").stdout
    relinked = run("-d", db_url, "meetings", "link", str(pair[0]), str(pair[1]))
    assert relinked.exit_code == 0 and relinked.stdout.startswith("meeting 1:")
    missing = run("-d", db_url, "meetings", "unlink", "nope.txt")
    assert missing.exit_code == 1 and "no document 'nope.txt'" in missing.output
    assert run("-d", db_url, "compare", "42").exit_code == 1


# --- revision 0008 with data in place ------------------------------------------------------------


def test_revision_0008_splits_on_the_way_down_and_links_again_on_the_way_up(
    engine: sa.Engine, backend: str, pair: tuple[Path, Path]
) -> None:
    assert load.load_paths(engine, list(pair)).ok
    meetings.unlink(engine, [str(pair[1])])
    meetings.link(engine, str(pair[0]), [str(pair[1])])  # a decision to lose on the way down
    participants = rows(engine, "SELECT id, document_id, person_id FROM participant ORDER BY id")
    at_head = rows(engine, "SELECT * FROM meeting ORDER BY id")

    migrate.downgrade(engine, "0007")
    # One meeting per document, each with the facts its document reported.
    split = rows(
        engine,
        "SELECT md.document_id, m.id, m.location, m.format FROM meeting_document md "
        "JOIN meeting m ON m.id = md.meeting_id ORDER BY md.document_id",
    )
    assert [(r.document_id, r.location) for r in split] == [(1, "Beijing"), (2, None)]
    assert len({r.id for r in split}) == 2
    moved = rows(engine, "SELECT DISTINCT document_id, meeting_id FROM statement ORDER BY 1")
    assert moved == [(r.document_id, r.id) for r in split]
    by_meeting = rows(
        engine,
        "SELECT pa.id, pa.meeting_id FROM participant pa ORDER BY pa.id",
    )
    owner = {r.id: r.document_id for r in participants}
    doc_meeting = {r.document_id: r.id for r in split}
    assert [(r.id, r.meeting_id) for r in by_meeting] == [
        (pid, doc_meeting[owner[pid]]) for pid, _ in by_meeting
    ]
    assert "meeting_link_decision" not in sa.inspect(engine).get_table_names()

    migrate.upgrade(engine)
    assert links(engine) == [("a_xinhua.txt", "b_kremlin.txt")]
    assert rows(engine, "SELECT id, document_id, person_id FROM participant ORDER BY id") == (
        participants
    )
    assert rows(engine, "SELECT * FROM meeting ORDER BY id") == at_head
    assert rows(engine, "SELECT link_basis FROM meeting_document ORDER BY document_id") == [
        ("principals+date+format",),
        ("primary",),
    ]
    assert count(engine, "meeting_link_decision") == 0


# --- the corpus ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    """All 482 corpus files loaded into one SQLite database, once for the module."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    engine = db.create_engine(f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'corpus.sqlite'}")
    report = load.load_paths(engine, [CORPUS], jobs=2)
    assert report.ok, report.failed[:3]
    assert report.count("loaded") == 482
    yield engine
    engine.dispose()


def linked_pairs(engine: sa.Engine) -> set[frozenset[str]]:
    groups: dict[int, list[str]] = {}
    for mid, path in rows(
        engine,
        "SELECT md.meeting_id, d.path FROM meeting_document md "
        "JOIN source_document d ON d.id = md.document_id",
    ):
        groups.setdefault(mid, []).append("/".join(Path(path).parts[-2:]))
    return _pairs([tuple(g) for g in groups.values() if len(g) > 1])


@pytest.mark.corpus
def test_the_linker_finds_every_true_pair_and_no_false_one(corpus_db: sa.Engine) -> None:
    found = linked_pairs(corpus_db)
    missed = TRUE_PAIRS - found
    false = found - TRUE_PAIRS
    assert (sorted(map(sorted, missed)), sorted(map(sorted, false))) == ([], [])
    assert len(found & CROSS_PUBLISHER) == 5
    assert count(corpus_db, "meeting") == 482 - len(
        {f for _, files in SAME_MEETING for f in files}
    ) + len(SAME_MEETING)


@pytest.mark.corpus
def test_no_hard_negative_is_linked(corpus_db: sa.Engine) -> None:
    found = linked_pairs(corpus_db)
    for label, files in DIFFERENT_MEETINGS:
        assert not _pairs([files]) & found, label


@pytest.mark.corpus
def test_relinking_the_corpus_in_date_order_changes_nothing(corpus_db: sa.Engine) -> None:
    with corpus_db.connect() as conn:
        before = conn.execute(sa.text("SELECT * FROM meeting_document ORDER BY 2")).all()
        report = meetings.relink(conn)
        after = conn.execute(sa.text("SELECT * FROM meeting_document ORDER BY 2")).all()
        conn.rollback()
    assert report.moved == 0 and after == before


@pytest.mark.corpus
def test_the_december_call_compares_what_each_side_chose_to_report(corpus_db: sa.Engine) -> None:
    [(meeting_id,)] = rows(
        corpus_db,
        "SELECT md.meeting_id FROM meeting_document md JOIN source_document d "
        "ON d.id = md.document_id WHERE d.path LIKE '%kremlin/0137.txt'",
    )
    c = meetings.compare(corpus_db, meeting_id)
    sides = {s.side: s for s in c.sides}
    assert set(sides) == {"Russia", "United States"}
    assert len(sides["United States"].documents) == 2
    # The Kremlin's account has the two leaders agreeing to supervise the negotiating tracks
    # (offsets 1433-1568 of kremlin/0137.txt); the White House claims no joint statement.
    [claim] = [
        j
        for j in sides["Russia"].joint
        if rows(
            corpus_db,
            "SELECT char_start, char_end FROM statement WHERE id = :id",
            id=j.statement_id,
        )
        == [(1433, 1568)]
    ]
    assert claim.other_sides == 0
    assert sides["United States"].joint == []
    # The White House reports Putin saying nothing; the Kremlin reports him at length.
    putin = {s.item: s for s in sides["Russia"].speakers}["Vladimir Putin"]
    assert putin.this_side > 0 and putin.other_sides == 0


@pytest.mark.corpus
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_corpus_pairs_link_the_same_whatever_the_load_order(
    db_url: str, corpus_dir: Path, order: str
) -> None:
    files = [corpus_dir / f for _, group in SAME_MEETING[:4] for f in group]
    files += [corpus_dir / f for f in ("kremlin/0057.txt", "kremlin/0058.txt")]
    files += [corpus_dir / f for f in ("whitehouse/0167.txt", "whitehouse/0168.txt")]
    files.sort(reverse=order == "backward")
    engine = db.create_engine(db_url)
    try:
        for path in files:
            assert load.load_paths(engine, [path]).ok
        found = linked_pairs(engine)
    finally:
        engine.dispose()
    expected = _pairs([tuple(group) for _, group in SAME_MEETING[:4]])
    assert found == expected
