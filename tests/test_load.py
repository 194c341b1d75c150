"""Loading articles: gold attribution of the seed in the database, idempotence, replacement, and
bad input that never leaves anything behind."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import CORPUS, GOLD, SEED, count

from dipdb import db, load, models
from dipdb.evaluate import set_matches

# Every table the seed puts rows into (topic rows come from the taxonomy, not the article).
TABLES_WITH_ROWS = [t for t in models.Base.metadata.tables if t not in ("topic", "statement_topic")]


def all_counts(engine: sa.Engine) -> dict[str, int]:
    return {t: count(engine, t) for t in [*TABLES_WITH_ROWS, "statement_topic", "topic"]}


def gold_spans() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "seed.gold.jsonl").read_text().splitlines()]


def stored_statements(engine: sa.Engine) -> list[tuple[int, int, set[str]]]:
    sql = sa.text(
        "SELECT s.id, s.char_start, s.char_end, p.name FROM statement s "
        "LEFT JOIN statement_speaker ss ON ss.statement_id = s.id "
        "LEFT JOIN person p ON p.id = ss.person_id ORDER BY s.position"
    )
    by_id: dict[int, tuple[int, int, set[str]]] = {}
    with engine.connect() as conn:
        for sid, start, end, name in conn.execute(sql):
            by_id.setdefault(sid, (start, end, set()))[2].update([name] if name else [])
    return list(by_id.values())


def test_the_seed_gets_exactly_the_gold_speakers(seeded: sa.Engine) -> None:
    stored = stored_statements(seeded)
    wrong = []
    for span in gold_spans():
        overlaps = [(min(e, span["end"]) - max(s, span["start"]), names) for s, e, names in stored]
        best = max(overlaps, key=lambda o: o[0])
        names = best[1] if best[0] > 0 else set()
        accepted = [span["speakers"], *span["alt"]]
        if not any(set_matches(keys, sorted(names)) for keys in accepted):
            wrong.append((span["start"], span["text"][:40], span["speakers"], sorted(names)))
    assert wrong == []


def test_stored_offsets_slice_the_stored_text_exactly(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        doc_text = conn.execute(sa.text("SELECT text FROM source_document")).scalar_one()
        rows = conn.execute(sa.text("SELECT char_start, char_end, text FROM statement")).all()
    assert rows
    assert all(doc_text[s:e] == text for s, e, text in rows)
    assert doc_text == SEED.read_text(encoding="utf-8")


def test_the_seed_meeting_is_a_video_call_in_beijing(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        meeting = conn.execute(
            sa.text("SELECT date, format, location, host_country FROM meeting")
        ).one()
        people = conn.execute(
            sa.text(
                "SELECT p.name, pa.participation, pa.title FROM participant pa "
                "JOIN person p ON p.id = pa.person_id ORDER BY p.name"
            )
        ).all()
    assert str(meeting.date) == "2022-12-30"
    assert (meeting.format, meeting.location, meeting.host_country) == ("video", "Beijing", "China")
    roles = {name: (participation, title) for name, participation, title in people}
    assert roles["Xi Jinping"][0] == "principal" and "President" in roles["Xi Jinping"][1]
    assert roles["Vladimir Putin"][0] == "principal" and "President" in roles["Vladimir Putin"][1]
    assert roles["Wang Yi"][0] == "present"
    assert roles["He Lifeng"][0] == "present"


def test_the_seed_document_keeps_its_header_and_dateline(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        doc = conn.execute(
            sa.text(
                "SELECT path, title, published, publisher, dateline_place, dateline_date, "
                "parser_version, length(sha256) AS sha_len FROM source_document"
            )
        ).one()
    assert doc.path.endswith("seeds/000_ed3e051bfad3e112.txt")
    assert doc.title == "Xi meets Putin via video link"
    assert str(doc.published) == "2022-12-31"
    assert doc.publisher == "Xinhua"
    assert doc.dateline_place.upper() == "BEIJING"
    assert str(doc.dateline_date) == "2022-12-30"
    assert doc.parser_version and doc.sha_len == 64


def test_xi_has_one_person_row_with_every_alias_used(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        aliases = set(
            conn.execute(
                sa.text(
                    "SELECT a.alias FROM person_alias a JOIN person p ON p.id = a.person_id "
                    "WHERE p.name = 'Xi Jinping'"
                )
            ).scalars()
        )
        n_xi = conn.execute(
            sa.text("SELECT count(*) FROM person WHERE name LIKE '%Xi%'")
        ).scalar_one()
    assert n_xi == 1
    assert {"Xi Jinping", "President Xi"} <= aliases


def test_statements_carry_topics_with_evidence(seeded: sa.Engine) -> None:
    with seeded.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT t.slug, st.evidence_start, st.evidence_end, d.text FROM statement_topic st "
                "JOIN topic t ON t.id = st.topic_id JOIN statement s ON s.id = st.statement_id "
                "JOIN source_document d ON d.id = s.document_id"
            )
        ).all()
    slugs = {r.slug for r in rows}
    assert {"taiwan", "brics", "trade"} <= slugs
    assert all(r.evidence_start < r.evidence_end <= len(r.text) for r in rows)


def test_loading_the_same_file_again_changes_nothing(seeded: sa.Engine) -> None:
    before = all_counts(seeded)
    report = load.load_paths(seeded, [SEED])
    assert [r.status for r in report.results] == ["unchanged"]
    assert all_counts(seeded) == before


def test_the_same_content_under_another_path_is_a_duplicate(
    seeded: sa.Engine, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    before = all_counts(seeded)
    report = load.load_paths(seeded, [copy])
    assert report.results[0].status == "duplicate"
    assert "same content as" in report.results[0].reason
    assert all_counts(seeded) == before


def test_a_changed_file_replaces_its_earlier_rows(engine: sa.Engine, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    text = SEED.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    load.load_paths(engine, [article])
    first = all_counts(engine)
    # Drop the attendance paragraph: Wang Yi and He Lifeng must disappear with it.
    article.write_text(
        text.replace("Wang Yi and He Lifeng were present at the meeting.\n", ""), encoding="utf-8"
    )
    report = load.load_paths(engine, [article])
    assert [r.status for r in report.results] == ["replaced"]
    after = all_counts(engine)
    assert after["source_document"] == after["meeting"] == 1
    assert after["statement"] == first["statement"] - 1
    assert after["participant"] == first["participant"] - 2
    assert after["person"] == first["person"] - 2
    with engine.connect() as conn:
        names = set(conn.execute(sa.text("SELECT name FROM person")).scalars())
    assert "Wang Yi" not in names and "Xi Jinping" in names


def test_a_person_is_one_row_across_documents(engine: sa.Engine, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "two.txt").write_text(text.replace("Dec. 30", "Dec. 29"), encoding="utf-8")
    report = load.load_paths(engine, [tmp_path])
    assert [r.status for r in report.results] == ["loaded", "loaded"]
    with engine.connect() as conn:
        per_name = conn.execute(
            sa.text("SELECT name, count(*) FROM person GROUP BY name HAVING count(*) > 1")
        ).all()
    assert per_name == []
    assert count(engine, "meeting") == 2 and count(engine, "person") == 4


BAD_INPUTS: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    (
        "latin1.txt",
        " date 2022-12-31 Caf\xe9 talks\n\nThe minister said it.\n".encode("latin-1"),
        "UTF-8",
    ),
    ("utf16.txt", " date 2022-12-31 Talks\n\nThe minister said it.\n".encode("utf-16"), "UTF-16"),
    ("noheader.txt", b"President Xi met President Putin.\n\nThey talked.\n", "header"),
    ("baddate.txt", b" date 2022-02-30 Talks\n\nPresident Xi met President Putin.\n", "date"),
    ("headeronly.txt", b" date 2022-12-31 Talks\n", "article"),
    ("csv.txt", b" date 2022-12-31 Numbers\n\n1,2,3\n4,5,6\n7,8,9\n", "article"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_reported_and_leaves_nothing_behind(
    seeded: sa.Engine, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    before = all_counts(seeded)
    report = load.load_paths(seeded, [bad])
    [result] = report.results
    assert result.status == "failed" and not report.ok
    assert reason.lower() in result.reason.lower()
    assert "\n" not in result.reason
    assert all_counts(seeded) == before


def test_other_files_still_load_next_to_a_bad_one(engine: sa.Engine, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "b_good.txt")
    (tmp_path / "a_empty.txt").write_bytes(b"")
    report = load.load_paths(engine, [tmp_path])
    assert [(Path(r.path).name, r.status) for r in report.results] == [
        ("a_empty.txt", "failed"),
        ("b_good.txt", "loaded"),
    ]
    assert count(engine, "source_document") == 1


def test_a_folder_without_articles_is_an_error(engine: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing here")
    report = load.load_paths(engine, [tmp_path])
    assert [(r.status, r.reason) for r in report.results] == [
        ("failed", "no *.txt articles in this folder")
    ]


def test_a_missing_path_is_an_error(engine: sa.Engine, tmp_path: Path) -> None:
    report = load.load_paths(engine, [tmp_path / "nope.txt"])
    assert report.results[0].status == "failed"
    assert report.results[0].reason == "no such file or folder"


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom+crlf"])
def test_bom_and_crlf_are_accepted_with_exact_offsets(
    engine: sa.Engine, tmp_path: Path, variant: str
) -> None:
    text = SEED.read_text(encoding="utf-8")
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    data = ("\ufeff" if "bom" in variant else "").encode() + text.encode()
    path = tmp_path / "variant.txt"
    path.write_bytes(data)
    report = load.load_paths(engine, [path])
    assert report.ok, report.failed
    with open(path, encoding="utf-8-sig", newline="") as f:
        source = f.read()
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT char_start, char_end, text FROM statement")).all()
        speakers = conn.execute(sa.text("SELECT count(*) FROM statement_speaker")).scalar_one()
    assert all(source[s:e] == t for s, e, t in rows)
    plain = load.read_article(SEED.read_bytes())
    assert len(rows) == len(plain.statements)
    assert speakers == sum(len(set(s.speakers)) for s in plain.statements)


def test_a_symlink_loop_does_not_hang_the_folder_walk(engine: sa.Engine, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    report = load.load_paths(engine, [tmp_path])
    assert [r.status for r in report.results] == ["loaded"]


# --- the bulk path -------------------------------------------------------------------------------

#: Columns that legitimately differ between two loads of the same files: load timestamps, and
#: the surrogate key of aliases (the bulk path writes a batch's new aliases together).
VOLATILE = {"source_document": {"loaded_at"}, "taxonomy_version": {"recorded_at"}}
ORDER_BY = {"person_alias": ("person_id", "alias_key")}


def table_rows(engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every table, ordered, without the load timestamps."""
    out = {}
    with engine.connect() as conn:
        for name, table in models.Base.metadata.tables.items():
            skip = VOLATILE.get(name, set()) | ({"id"} if name in ORDER_BY else set())
            cols = [c for c in table.c if c.name not in skip]
            order = [table.c[c] for c in ORDER_BY.get(name, ())] or list(table.primary_key)
            out[name] = [tuple(r) for r in conn.execute(sa.select(*cols).order_by(*order))]
    return out


def sample_files(tmp_path: Path) -> list[Path]:
    """The seed, a changed copy of it, and (where the corpus is present) 24 corpus articles from
    every publisher; copied so both loads see the same paths."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    changed = SEED.read_text(encoding="utf-8").replace("Beijing", "Beijing City", 1)
    (folder / "seed-variant.txt").write_text(changed, encoding="utf-8")
    if CORPUS.is_dir():
        for publisher in ("whitehouse", "state_dept", "kremlin"):
            for path in sorted((CORPUS / publisher).glob("*.txt"))[::20][:8]:
                shutil.copy(path, folder / f"{publisher}-{path.name}")
    return sorted(folder.iterdir())


def test_the_bulk_path_writes_exactly_the_rows_of_a_file_at_a_time_load(
    make_db_url, tmp_path: Path
) -> None:
    files = sample_files(tmp_path)
    one_by_one = db.create_engine(make_db_url())
    bulk = db.create_engine(make_db_url())
    try:
        for path in files:
            assert load.load_paths(one_by_one, [path]).ok
        report = load.load_paths(bulk, files, batch_size=250, jobs=2)
        assert report.ok and report.count("loaded") == len(files)
        assert table_rows(bulk) == table_rows(one_by_one)
    finally:
        one_by_one.dispose()
        bulk.dispose()


def test_a_parsed_article_reaches_the_writer_unchanged() -> None:
    """Parsing processes send each article to the writer as a pickle: every field of every
    part (statements, their topics, persons, the meeting) must come back equal."""
    article = load.read_article(SEED.read_bytes())
    assert article.statements and any(s.topics for s in article.statements)
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article
    assert back.statements[0].topics == article.statements[0].topics


def test_small_batches_write_the_same_rows_as_one_big_batch(make_db_url, tmp_path: Path) -> None:
    files = sample_files(tmp_path)
    small = db.create_engine(make_db_url())
    big = db.create_engine(make_db_url())
    try:
        assert load.load_paths(small, files, batch_size=3).ok
        assert load.load_paths(big, files, batch_size=1000).ok
        assert table_rows(small) == table_rows(big)
    finally:
        small.dispose()
        big.dispose()


def test_a_batch_that_fails_is_retried_one_article_at_a_time(
    engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [p for p in sample_files(tmp_path) if p.name.startswith("seed")]
    real_write = load.Writer.write

    def write(self, conn, items):
        if any(it.path.endswith("seed-variant.txt") for it in items):
            raise sa.exc.IntegrityError("INSERT ...", {}, Exception("simulated conflict"))
        return real_write(self, conn, items)

    monkeypatch.setattr(load.Writer, "write", write)
    report = load.load_paths(engine, files, batch_size=10)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["seed.txt"].status == "loaded"
    assert by_name["seed-variant.txt"].status == "failed"
    assert by_name["seed-variant.txt"].reason == "database error: simulated conflict"
    assert count(engine, "source_document") == 1


def test_unchanged_files_are_skipped_without_parsing(
    seeded: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(load, "read_article", refuse)
    report = load.load_paths(seeded, [SEED], jobs=1)
    assert [r.status for r in report.results] == ["unchanged"]


def test_the_same_content_twice_in_one_run_is_loaded_once(
    engine: sa.Engine, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, tmp_path / name)
    report = load.load_paths(engine, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [r.status for r in report.results] == ["loaded", "duplicate"]
    assert count(engine, "source_document") == 1


def test_the_report_says_where_the_time_went(engine: sa.Engine) -> None:
    report = load.load_paths(engine, [SEED])
    t = report.times
    assert t.parse > 0 and t.write > 0 and t.total >= t.write
    assert report.statements == count(engine, "statement")


def test_a_bulk_batch_keeps_the_full_text_index_and_its_triggers(
    engine: sa.Engine, backend: str, tmp_path: Path
) -> None:
    from dipdb import search
    from dipdb.write import FTS_BULK_MIN_STATEMENTS

    files = sample_files(tmp_path)
    assert load.load_paths(engine, files, batch_size=1000).ok
    assert count(engine, "statement") >= FTS_BULK_MIN_STATEMENTS
    status = search.check(engine)
    assert status.ok, status
    # A row written later by other means is still indexed: the trigger is back.
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE statement SET text = 'zyxwvut marker' WHERE id = 1"))
    assert [h.statement_id for h in search.search(engine, "zyxwvut")] == [1]


def test_a_large_load_refreshes_the_planners_statistics(
    engine: sa.Engine, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "ANALYZE_AFTER_ARTICLES", 1)
    assert load.load_paths(engine, [SEED]).ok
    with engine.connect() as conn:
        if backend == "sqlite":
            analysed = conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar_one()
        else:
            analysed = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
            ).scalar_one()
    assert analysed > 0


def test_concurrent_loaders_store_every_article_once(
    db_url: str, engine: sa.Engine, backend: str, tmp_path: Path
) -> None:
    """Real processes loading overlapping folders into one database: every article lands once,
    none is reported failed (an article another loader stored first is unchanged/duplicate)."""
    import subprocess
    import sys

    files = sample_files(tmp_path)
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, folder in enumerate(halves):
        folder.mkdir()
        for path in files[i::2] + files[:4]:  # the first four files are in both folders
            shutil.copy(path, folder / path.name)
    from dipdb import migrate

    migrate.upgrade(engine)  # both loaders then start from the same schema
    LOADER = [sys.executable, "-m", "dipdb"]
    loaders = 4 if backend == "postgresql" else 2
    procs = [
        subprocess.Popen(
            [
                *LOADER,
                "-d",
                db_url,
                "load",
                "-q",
                "--json",
                "--batch-size",
                "2",
                str(halves[i % 2]),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(loaders)
    ]
    outcomes = [p.communicate(timeout=300) for p in procs]
    assert all(out.strip() for out, _err in outcomes), [err for _out, err in outcomes]
    summaries = [json.loads(out) for out, _err in outcomes]
    assert [s["failed"] for s in summaries] == [0] * loaders, [e for _o, e in outcomes]
    contents = {path.read_bytes() for path in files}
    assert count(engine, "source_document") == len(contents)
    with engine.connect() as conn:
        duplicated = conn.execute(
            sa.text(
                "SELECT count(*) FROM (SELECT name_key FROM person GROUP BY name_key "
                "HAVING count(*) > 1) d"
            )
        ).scalar_one()
    assert duplicated == 0


class _GrowsWhenStatted(type(Path())):  # type: ignore[misc]
    """A file that another program appends to between the loader's stat and its read."""

    extra = b""

    def stat(self, **kwargs):  # type: ignore[no-untyped-def]
        info = super().stat(**kwargs)
        with open(self, "ab") as f:
            f.write(self.extra)
        return info


def test_a_file_that_grows_while_read_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"first part\n")
    growing = _GrowsWhenStatted(path)
    growing.extra = b"second part\n" * 100
    assert load.read_file(growing) == b"first part\n" + b"second part\n" * 100


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "a.txt"
    path.write_bytes(b"small\n")
    growing = _GrowsWhenStatted(path)
    growing.extra = b"x" * 5000
    with pytest.raises(load.ParseError, match=r"over the 0\.001 MB limit"):
        load.read_file(growing)


def test_a_writer_waits_for_another_storing_the_same_bytes_then_finds_them(
    engine: sa.Engine,
) -> None:
    """Two loaders given the same file: the second waits until the first commits, then finds
    the document stored and reports it a duplicate, instead of failing on the unique checksum
    (PostgreSQL: an advisory lock per checksum; SQLite: one writer at a time)."""
    import hashlib
    import threading
    import time

    from dipdb import migrate
    from dipdb.people import builtin_people
    from dipdb.tagging import sync_topics
    from dipdb.topics import load_taxonomy
    from dipdb.write import Parsed, Writer

    migrate.upgrade(engine)
    data = SEED.read_bytes()
    article = load.read_article(data)
    sha = hashlib.sha256(data).hexdigest()
    with engine.begin() as conn:
        topic_ids = sync_topics(conn, load_taxonomy())
    first, second = Writer(topic_ids, builtin_people()), Writer(topic_ids, builtin_people())
    outcome: list[str] = []

    def late_writer() -> None:
        with engine.begin() as conn:
            written = second.write(conn, [Parsed("b/seed.txt", sha, len(data), article)])
            outcome.append(written[0].status)

    with engine.connect() as conn_a:
        tx = conn_a.begin()
        first.write(conn_a, [Parsed("a/seed.txt", sha, len(data), article)])
        late = threading.Thread(target=late_writer)
        late.start()
        time.sleep(0.5)  # the second writer is now waiting on the first
        assert outcome == []
        tx.commit()
    late.join(timeout=60)
    assert outcome == ["duplicate"]
    assert count(engine, "source_document") == 1
