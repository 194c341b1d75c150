"""The write path's shortcuts change nothing that a load writes.

Within one load run the writer remembers, per day, which stored documents name which principals
(:class:`dipdb.meetings.CandidateIndex`), so that finding the meetings a new document could join
reads a few rows instead of every meeting on the batch's days; and it looks for documents that a
batch can give a side only among those whose first principal has a country. These tests pin down
that the rows are those of loads that remember nothing between files, including when another
loader writes between two batches of a run.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from conftest import CORPUS, SEED
from test_load import table_rows
from test_meetings import COUNTERPART, DIFFERENT_MEETINGS, SAME_MEETING, links, rows

from dipdb import db, load, meetings

#: A Kremlin readout of another video meeting on the seed's day, with two principals: a batch
#: holding it reads that day's documents into the run's index.
OTHER_MEETING = (
    COUNTERPART.replace(
        "President of China Xi Jinping", "President of Belarus Alexander Lukashenko"
    )
    .replace(
        "President of the People's Republic of China Xi Jinping",
        "President of Belarus Alexander Lukashenko",
    )
    .replace("Xi Jinping said that China", "Alexander Lukashenko said that Belarus")
)


def linked_corpus_files(tmp_path: Path) -> list[Path]:
    """The seed, its counterpart, and (where the corpus is present) every corpus file that reports
    a meeting with another or is a hard negative, copied so that every load sees the same paths.
    By name, most reports of one meeting (another publisher's, the transcript of the remarks)
    are far apart: in batches of three they land in different batches."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "seed-counterpart.txt").write_text(COUNTERPART, encoding="utf-8")
    names = sorted(
        {f for _, group in SAME_MEETING for f in group}
        | {f for _, group in DIFFERENT_MEETINGS for f in group}
    )
    if CORPUS.is_dir():
        for name in names:
            shutil.copy(CORPUS / name, folder / name.replace("/", "-"))
    return sorted(folder.iterdir())


def test_a_run_of_many_batches_links_as_loads_of_one_file_each(
    make_db_url: Callable[[], str], tmp_path: Path
) -> None:
    files = linked_corpus_files(tmp_path)
    one_by_one = db.create_engine(make_db_url())
    batched = db.create_engine(make_db_url())
    try:
        for path in files:
            assert load.load_paths(one_by_one, [path]).ok
        assert load.load_paths(batched, files, batch_size=3).ok
        assert table_rows(batched) == table_rows(one_by_one)  # ids, links and bases included
        assert ("seed-counterpart.txt", "seed.txt") in links(batched)
    finally:
        one_by_one.dispose()
        batched.dispose()


def test_a_meeting_another_loader_stores_between_two_batches_is_found(
    make_db_url: Callable[[], str], tmp_path: Path
) -> None:
    """The first batch reads the seed's day (empty then); another loader then stores the seed;
    the second batch's counterpart must still join the seed's meeting."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_other.txt").write_text(OTHER_MEETING, encoding="utf-8")
    (folder / "b_kremlin.txt").write_text(COUNTERPART, encoding="utf-8")
    shutil.copy(SEED, folder / "c_xinhua.txt")
    url = make_db_url()
    mine, other = db.create_engine(url), db.create_engine(url)

    def meanwhile(result: load.FileResult) -> None:
        if result.path.endswith("a_other.txt"):
            assert load.load_paths(other, [folder / "c_xinhua.txt"]).ok

    try:
        paths = [folder / "a_other.txt", folder / "b_kremlin.txt"]
        assert load.load_paths(mine, paths, batch_size=1, on_result=meanwhile).ok
        assert links(mine) == [("a_other.txt",), ("b_kremlin.txt", "c_xinhua.txt")]
    finally:
        mine.dispose()
        other.dispose()


def test_a_document_without_a_side_takes_its_first_principals_country_once_known(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """Only the first principal's country gives a side, and only documents naming one of the
    persons a batch wrote are looked at."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_other.txt").write_text(OTHER_MEETING, encoding="utf-8")
    (folder / "b_kremlin.txt").write_text(COUNTERPART, encoding="utf-8")
    assert load.load_paths(engine, sorted(folder.iterdir())).ok
    sides = "SELECT d.path, md.side FROM meeting_document md "
    sides += "JOIN source_document d ON d.id = md.document_id ORDER BY d.path"
    with engine.begin() as conn:
        ids = dict(conn.execute(sa.text("SELECT name, id FROM person")).all())
        putin, xi = ids["Vladimir Putin"], ids["Xi Jinping"]
        conn.execute(sa.text("UPDATE source_document SET publisher = NULL"))
        conn.execute(sa.text("UPDATE meeting_document SET side = NULL"))
        conn.execute(sa.text("UPDATE participant SET country = NULL"))
        conn.execute(sa.text("UPDATE person SET country = NULL"))
        conn.execute(sa.text("UPDATE person SET country = 'China' WHERE id = :id"), {"id": xi})
        # Xi has a country, but Putin is named first: no side yet.
        meetings.fill_missing_sides(conn, [putin, xi])
        assert [r.side for r in conn.execute(sa.text(sides))] == [None, None]
        conn.execute(sa.text("UPDATE person SET country = 'Russia' WHERE id = :id"), {"id": putin})
        # Only the documents that name one of the given persons as a principal are looked at.
        meetings.fill_missing_sides(conn, [ids["Alexander Lukashenko"]])
        assert [r.side for r in conn.execute(sa.text(sides))] == ["Russia", None]
        meetings.fill_missing_sides(conn, [xi])
        assert [r.side for r in conn.execute(sa.text(sides))] == ["Russia", "Russia"]
    assert rows(engine, "SELECT count(*) FROM meeting_document WHERE side IS NULL") == [(0,)]
