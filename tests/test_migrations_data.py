"""Migrations under data: every revision steps down and up again on a loaded database, and a
database written by the first release of dipdb upgrades to head with its data intact.

The stairway loads the seed plus a fixed sample of corpus articles (four per publisher, read
from ../shared/corpus at run time; the seed alone where the corpus is absent) into a throwaway
database of each backend.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import CORPUS, ROOT, SEED

from dipdb import db, migrate
from dipdb.cli import main
from dipdb.load import load_paths
from dipdb.schema_extras import FTS_TABLE
from dipdb.search import check_index, match_ids, search

#: Searches whose results must survive every migration: single words, a phrase, a proper name.
QUERIES = ("energy", "cooperation", "two presidents", "Ukraine", "security council")

#: What a downgrade followed by the upgrade again cannot give back, by the revision stepped
#: over: the columns the downgrade drops hold facts the upgrade can only default. (0002: every
#: document comes back as a 'readout' attributed to nobody; 0003: the taxonomy that tagged the
#: statements is forgotten, and one placeholder version owns every tag.) Everything else,
#: every other column of every row, must come back as it was.
LOST_IN_A_ROUND_TRIP: dict[str, dict[str, set[str]]] = {
    "0002": {"source_document": {"genre", "attributed_to_id"}},
    "0003": {
        "taxonomy_version": {"version", "checksum", "source", "recorded_at"},
        "statement_topic": {"taxonomy_version_id"},
    },
}

#: Articles per publisher in the stairway sample.
PER_PUBLISHER = 4


def corpus_sample(corpus: Path, per_publisher: int = PER_PUBLISHER) -> list[Path]:
    """A fixed sample: in each publisher's folder (sorted), ``per_publisher`` files evenly spaced
    from the first to the last, so that early and late articles, readouts and the transcripts
    and briefings filed at the end of some folders are all represented."""
    sample: list[Path] = []
    for publisher in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(publisher.glob("*.txt"))
        step = (len(files) - 1) / (per_publisher - 1)
        sample += sorted({files[round(i * step)] for i in range(per_publisher)})
    return sample


def stairway_inputs() -> list[Path]:
    return [SEED, *(corpus_sample(CORPUS) if CORPUS.is_dir() else [])]


@pytest.mark.corpus
def test_the_stairway_sample_takes_four_articles_of_each_publisher(corpus_dir: Path) -> None:
    sample = corpus_sample(corpus_dir)
    publishers = sorted(p.name for p in corpus_dir.iterdir() if p.is_dir())
    assert len(publishers) == 3
    assert [p.parent.name for p in sample] == [name for name in publishers for _ in range(4)]
    for name in publishers:
        files = sorted((corpus_dir / name).glob("*.txt"))
        chosen = [p for p in sample if p.parent.name == name]
        assert chosen[0] == files[0] and chosen[-1] == files[-1]


# --- the stairway --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a migration must preserve, read in one transaction.

    ``attribution``: per statement, its id, document, position, offsets, kind and speaker set.
    ``topics``: per tag, the statement, topic slug and evidence offsets. ``found``: statement ids
    each of :data:`QUERIES` finds, or None below the revision that creates the full-text index.
    ``counts``: rows in every table and view. ``rows``: every row of every table, by primary key
    (FTS5's own tables are left out: how it lays out its segments depends on how the index was
    filled, not on the data; ``found`` checks what the index finds)."""

    counts: dict[str, int]
    attribution: list[tuple[Any, ...]]
    topics: list[tuple[Any, ...]]
    found: dict[str, list[int]] | None
    rows: dict[str, list[dict[str, Any]]]


def take_snapshot(engine: sa.Engine) -> Snapshot:
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        tables = sorted(
            t
            for t in inspector.get_table_names()
            if t != "alembic_version" and not t.startswith(f"{FTS_TABLE}_")
        )
        relations = tables + sorted(inspector.get_view_names())
        counts = {
            r: conn.exec_driver_sql(f'SELECT count(*) FROM "{r}"').scalar_one() for r in relations
        }
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in tables:
            if table == FTS_TABLE:
                continue
            key = ", ".join(inspector.get_pk_constraint(table)["constrained_columns"])
            result = conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {key}')
            rows[table] = [dict(r) for r in result.mappings()]
        speakers: dict[int, list[tuple[int, str]]] = {}
        for sid, pid, name in conn.execute(
            sa.text(
                "SELECT ss.statement_id, p.id, p.name FROM statement_speaker ss "
                "JOIN person p ON p.id = ss.person_id ORDER BY 1, 2"
            )
        ):
            speakers.setdefault(sid, []).append((pid, name))
        attribution = [
            (*r, tuple(speakers.get(r[0], ())))
            for r in conn.execute(
                sa.text(
                    "SELECT id, document_id, position, char_start, char_end, kind FROM statement "
                    "ORDER BY id"
                )
            )
        ]
        topics = [
            tuple(r)
            for r in conn.execute(
                sa.text(
                    "SELECT st.statement_id, t.slug, st.evidence_start, st.evidence_end "
                    "FROM statement_topic st JOIN topic t ON t.id = st.topic_id ORDER BY 1, 2"
                )
            )
        ]
        status = check_index(conn)
        indexed = not any(p.startswith("no ") for p in status.problems)
        if indexed:
            assert status.ok, status.problems
        found = {q: match_ids(conn, q) for q in QUERIES} if indexed else None
    return Snapshot(counts, attribution, topics, found, rows)


def without(
    rows: dict[str, list[dict[str, Any]]], lost: dict[str, set[str]]
) -> dict[str, list[dict[str, Any]]]:
    """``rows`` without the columns a round trip is known to lose."""
    return {
        table: [{k: v for k, v in row.items() if k not in lost.get(table, set())} for row in rs]
        for table, rs in rows.items()
    }


def ranked(engine: sa.Engine) -> dict[str, list[tuple[int, float]]]:
    """What `dipdb search` answers at head: statement ids in rank order, with their scores."""
    return {
        q: [(hit.statement_id, round(hit.score, 6)) for hit in search(engine, q, limit=50)]
        for q in QUERIES
    }


def test_every_revision_steps_down_and_up_again_keeping_the_data(
    make_db_url: Callable[[], str],
) -> None:
    """The stairway, on a database holding the seed and the corpus sample: from head down to
    the second revision, each revision is downgraded one step, upgraded one step again and
    downgraded once more to go on. The data at each revision comes back exactly after the
    round trip down and up (counts of every table and view, attribution, topic tags, full-text
    results and every column of every row, less the columns that the revision's downgrade
    drops), and exactly, with no exception, after the round trip up and down; statements, their
    speakers and tags read the same at every revision as at head; and at the end, back at head,
    search ranks as it did before."""
    engine = db.create_engine(make_db_url())
    try:
        report = load_paths(engine, stairway_inputs())
        assert report.ok, report.failed
        at_head = take_snapshot(engine)
        # The stairway cannot pass vacuously: there is attribution, tagging and text to find.
        assert at_head.found is not None and all(at_head.found[q] for q in QUERIES[:2])
        assert any(len(speakers) > 1 for *_, speakers in at_head.attribution)
        assert at_head.topics
        head_ranked = ranked(engine)

        revisions = [r.revision for r in migrate.history()]  # newest first
        assert revisions[0] == migrate.head_revision()
        # Down to the second revision: one step below the first is base, where no data is left
        # to compare (test_migrations.py covers the way down to base and up again).
        below: Snapshot | None = None
        for rev in revisions[:-1]:
            before = take_snapshot(engine)
            if below is not None:  # the revision above went up and down again: nothing changed
                assert before == below, rev
            migrate.downgrade(engine, "-1")
            below = take_snapshot(engine)
            for got in (before, below):
                assert got.attribution == at_head.attribution, rev
                assert got.topics == at_head.topics, rev
                assert got.found in (None, at_head.found), rev
            migrate.upgrade(engine, rev)
            assert migrate.current_revision(engine) == rev
            again = take_snapshot(engine)
            assert again.counts == before.counts, rev
            assert again.found == before.found, rev
            lost = LOST_IN_A_ROUND_TRIP.get(rev, {})
            assert without(again.rows, lost) == without(before.rows, lost), rev
            migrate.downgrade(engine, "-1")
        assert migrate.current_revision(engine) == revisions[-1]
        migrate.upgrade(engine, "head")
        final = take_snapshot(engine)
        assert final.attribution == at_head.attribution
        assert final.topics == at_head.topics
        assert final.found == at_head.found
        assert final.counts == at_head.counts
        assert ranked(engine) == head_ranked
    finally:
        engine.dispose()


# --- a database from the first release -----------------------------------------------------------

#: A SQLite file that dipdb's first release (revision 0001 only) wrote with the seed loaded; how
#: it was made is in tests/fixtures/README.md.
FIRST_RELEASE_DB = ROOT / "tests" / "fixtures" / "dipdb-0001.sqlite"
#: The seed as that release loaded it: the path is stored relative to the working directory.
SEED_AS_LOADED = "seeds/000_ed3e051bfad3e112.txt"


def first_release_columns(engine: sa.Engine) -> dict[str, list[str]]:
    """Every table of the database and its columns, as the first release made them."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        return {
            t: [c["name"] for c in inspector.get_columns(t)]
            for t in inspector.get_table_names()
            if t != "alembic_version"
        }


def stored_rows(
    engine: sa.Engine, columns: dict[str, list[str]]
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``columns``' tables, in those columns only: what the first release wrote,
    which no upgrade may change."""
    with engine.connect() as conn:
        return {
            table: [
                tuple(r)
                for r in conn.exec_driver_sql(
                    f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}] "
                    f"ORDER BY {', '.join(str(i + 1) for i in range(len(cols)))}"
                )
            ]
            for table, cols in columns.items()
        }


def tagged_slugs(engine: sa.Engine) -> list[tuple[int, str]]:
    """(statement id, topic slug) of every topic tag."""
    with engine.connect() as conn:
        return [
            (sid, slug)
            for sid, slug in conn.exec_driver_sql(
                "SELECT st.statement_id, t.slug FROM statement_topic st "
                "JOIN topic t ON t.id = st.topic_id ORDER BY 1, 2"
            )
        ]


def test_a_sqlite_database_from_the_first_release_upgrades_to_head_with_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite only, because the fixture is a SQLite file (the first release wrote it; nothing
    like it exists for PostgreSQL). `dipdb db upgrade` takes it from revision 0001 to head; the
    meeting, persons, statements with their offsets, speakers and tags are all still there as
    they were, loading the seed again finds it unchanged, search finds the old statements, and
    SQLite's integrity and foreign-key checks are clean."""
    path = tmp_path / FIRST_RELEASE_DB.name
    shutil.copyfile(FIRST_RELEASE_DB, path)
    engine = db.create_engine(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(engine) == "0001"
        columns = first_release_columns(engine)
        before = stored_rows(engine, columns)
        tagged_before = tagged_slugs(engine)
        assert [len(before[t]) for t in ("source_document", "meeting", "person", "statement")] == [
            1,
            1,
            4,
            41,
        ]

        result = CliRunner().invoke(main, ["-d", str(path), "db", "upgrade"])
        assert result.exit_code == 0, result.output
        assert migrate.current_revision(engine) == migrate.head_revision()
        migrate.require_current(engine)
        assert stored_rows(engine, columns) == before
        with engine.connect() as conn:
            misplaced = conn.exec_driver_sql(
                "SELECT count(*) FROM statement s JOIN source_document d ON d.id = s.document_id "
                "WHERE substr(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.text"
            ).scalar_one()
        assert misplaced == 0

        # Loading the seed again: same bytes at the same path, so 'unchanged', and no row of
        # the first release changes. Every load brings the topic definitions (names,
        # descriptions) up to the shipped taxonomy, so those are compared by what the old tags
        # point at instead.
        monkeypatch.chdir(ROOT)  # the seed's path as stored, relative to the checkout
        report = load_paths(engine, [Path(SEED_AS_LOADED)])
        assert [(r.path, r.status) for r in report.results] == [(SEED_AS_LOADED, "unchanged")]
        after = stored_rows(engine, columns)
        assert {t: rs for t, rs in after.items() if t != "topic"} == {
            t: rs for t, rs in before.items() if t != "topic"
        }
        assert tagged_slugs(engine) == tagged_before

        with engine.connect() as conn:
            assert check_index(conn).ok, check_index(conn).problems
            texts = dict(conn.exec_driver_sql("SELECT id, text FROM statement").all())
            found = match_ids(conn, "energy")
        energy = sorted(i for i, t in texts.items() if re.search(r"\benerg(y|ies)\b", t, re.I))
        assert len(energy) >= 4
        assert found == energy
        assert {hit.statement_id for hit in search(engine, "energy")} == set(energy)

        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()
