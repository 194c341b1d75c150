"""A `dipdb load` killed at any moment leaves a consistent database, and the same load run again
finishes it with exactly the rows of a clean load.

Why: the README promises that each article lands whole or not at all and that loading is safe to
repeat. A power cut, the OOM killer or `kill -9` gives the loader no chance to clean up, so the
promise rests on transactions alone: the migration's, the set-up's, and each batch's, inside
which SQLite's full-text insert trigger is dropped and created again (a kill between the two must
not leave the trigger missing, or every later statement would silently be unsearchable).

Each trial runs the command line's ``load`` in a process of its own, with one or two parsing
processes and batches of 2 to 500 articles, and kills its process group (the loader and its
parsing processes) with SIGKILL at a moment drawn with a seeded RNG. Half the kills come after a
delay drawn over the run's whole expected duration, measured by a clean load up front: start-up,
migration, set-up, parsing, batches. Writing takes a small share of a run, though, so the other
half are aimed at transactions: a few random milliseconds after the run begins its k-th
transaction (k drawn over those it will begin, mostly over its batches), within the time the
clean load took to write as many articles as a batch holds.

A few runs are ``python -m dipdb -d URL load DIR`` itself. The others are forked from a process
that has already imported ``dipdb.cli`` and parsed an article, and then call its ``main`` with
the same arguments: that spares each trial the seconds of start-up (imports, compiling the
parser's patterns) in which nothing touches the database, so that 20 kills per backend fit in
the test's time budget; and a SQLAlchemy event listener installed there reports each
transaction begun, for the aimed kills. Whether a write transaction was open at the kill is
seen from outside (SQLite's write lock in /proc/locks, a PostgreSQL session with a transaction
id), for the summary. Trials come in chains on one database (each resumes what the killed one
left); each chain ends with the same load run to completion and compared, row for row, with the
clean load. ``pytest -s`` prints where the kills landed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from conftest import ROOT, SEED
from test_load import VOLATILE, table_rows

from dipdb import db, migrate, models, schema_extras

#: Synthetic articles per load (the seed article comes on top): enough for 8 batches of the
#: smallest size, few enough that a forked run takes half a second.
ARTICLES = 15
#: Kills per backend.
KILLS = 20
#: Runs allowed per backend: a run can finish before its kill lands; those count, but not as kills.
MAX_RUNS = 40
#: Trials per database before the load is finished and compared with the clean one.
CHAIN = (2, 5)
#: Articles per transaction: 2 (about 40 statements: the per-row FTS trigger), 4 and 7 (the
#: bulk path, which swaps the trigger out), 500 (the default: the whole load in one batch).
BATCH_SIZES = (2, 4, 7, 500)
#: Share of the aimed kills aimed at a batch's transaction (the others: at any transaction).
AT_BATCH = 0.8
#: Parsing processes: two in one run out of six (each parsing process costs a Python start-up).
JOBS = (1, 1, 1, 1, 1, 2)
#: Every so many runs is the whole ``python -m dipdb`` command rather than a forked one.
COMMAND_EVERY = 12
RNG_SEED = 7_2024
#: A word many synthetic statements contain: search must find it in every loaded document.
SEARCH_WORD = "cooperation"


def _synth() -> ModuleType:
    """bench/synth.py, which is a script rather than a package module."""
    name = "dipdb_bench_synth"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "synth.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look the module up while being made
        spec.loader.exec_module(module)
    return sys.modules[name]


def _arguments(url: str, folder: Path, jobs: int, batch_size: int) -> list[str]:
    """``dipdb`` arguments of a trial's load (quiet: errors only)."""
    return [
        "-d",
        url,
        "load",
        "-q",
        str(folder),
        "--jobs",
        str(jobs),
        "--batch-size",
        str(batch_size),
    ]


def _child_env() -> dict[str, str]:
    """The environment without dipdb's own settings: every run, the clean one included, loads
    with the shipped taxonomy and people file into the database its arguments name."""
    drop = {db.ENV_URL, "DIPDB_TAXONOMY", "DIPDB_PEOPLE"}
    return {k: v for k, v in os.environ.items() if k not in drop}


@contextmanager
def _connect(url: str) -> Iterator[sa.Connection]:
    """A connection on a throwaway engine: nothing stays open on the database between trials,
    and whatever the block did (FTS5's integrity check is an INSERT) is rolled back."""
    engine = db.create_engine(url)
    try:
        with engine.connect() as conn:
            try:
                yield conn
            finally:
                conn.rollback()
    finally:
        engine.dispose()


# --- what a database holds -------------------------------------------------------------------


def _count(conn: sa.Connection, sql: str, **params: Any) -> int:
    return conn.execute(sa.text(sql), params).scalar_one()


def per_document(conn: sa.Connection) -> dict[str, tuple[int, ...]]:
    """For each document (by path): its paragraphs, statements, speakers, topic tags, meetings,
    participants, and the statements that full-text search finds for :data:`SEARCH_WORD`.
    A half-written article differs from the clean load in at least one of these."""
    rows = conn.execute(
        sa.text(
            "SELECT d.path, "
            "(SELECT count(*) FROM paragraph p WHERE p.document_id = d.id), "
            "(SELECT count(*) FROM statement s WHERE s.document_id = d.id), "
            "(SELECT count(*) FROM statement_speaker ss JOIN statement s "
            " ON s.id = ss.statement_id WHERE s.document_id = d.id), "
            "(SELECT count(*) FROM statement_topic st JOIN statement s "
            " ON s.id = st.statement_id WHERE s.document_id = d.id), "
            "(SELECT count(*) FROM meeting_document md WHERE md.document_id = d.id), "
            "(SELECT count(*) FROM participant pa JOIN meeting_document md "
            " ON md.meeting_id = pa.meeting_id WHERE md.document_id = d.id) "
            "FROM source_document d"
        )
    ).all()
    if conn.dialect.name == "sqlite":
        fts = schema_extras.FTS_TABLE
        search = (
            f"SELECT d.path, count(*) FROM {fts} f JOIN statement s ON s.id = f.rowid "
            f"JOIN source_document d ON d.id = s.document_id WHERE {fts} MATCH :q GROUP BY d.path"
        )
    else:
        search = (
            "SELECT d.path, count(*) FROM statement s JOIN source_document d "
            f"ON d.id = s.document_id WHERE s.{schema_extras.FTS_COLUMN} "
            "@@ plainto_tsquery('english', :q) GROUP BY d.path"
        )
    hits = dict(conn.execute(sa.text(search), {"q": SEARCH_WORD}).all())
    return {path: (*counts, hits.get(path, 0)) for path, *counts in rows}


def orphan_persons(conn: sa.Connection) -> int:
    """Persons that nothing refers to (no meeting, statement or document) and nobody curated:
    the rows :func:`dipdb.write.prune_orphans` exists to remove."""
    return _count(
        conn,
        "SELECT count(*) FROM person p WHERE NOT p.curated "
        "AND NOT EXISTS (SELECT 1 FROM participant x WHERE x.person_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM statement_speaker x WHERE x.person_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM source_document x WHERE x.attributed_to_id = p.id)",
    )


def canonical_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, with surrogate ids replaced by natural keys (a document by its
    path, a statement by its document and position, a person by name, ...) and load timestamps
    left out. Two loads of the same files compare equal however their ids were handed out:
    PostgreSQL sequences move on in a transaction that a kill rolls back."""
    with _connect(url) as conn:

        def pairs(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in conn.execute(sa.text(sql))]

        keys: dict[str, dict[int, Any]] = {
            "source_document": dict(pairs("SELECT id, path FROM source_document")),
            "person": dict(pairs("SELECT id, name_key FROM person")),
            "topic": dict(pairs("SELECT id, slug FROM topic")),
            "taxonomy_version": dict(pairs("SELECT id, checksum FROM taxonomy_version")),
        }
        doc = keys["source_document"]
        for table in ("paragraph", "statement"):
            keys[table] = {
                i: (doc[d], pos)
                for i, d, pos in pairs(f"SELECT id, document_id, position FROM {table}")
            }
        reported: dict[int, list[str]] = {}
        for meeting_id, doc_id in pairs("SELECT meeting_id, document_id FROM meeting_document"):
            reported.setdefault(meeting_id, []).append(doc[doc_id])
        keys["meeting"] = {
            i: tuple(sorted(reported.get(i, []))) for (i,) in pairs("SELECT id FROM meeting")
        }
        keys["person_alias"] = {
            i: (keys["person"][p], a)
            for i, p, a in pairs("SELECT id, person_id, alias_key FROM person_alias")
        }
        keys["participant"] = {
            i: (keys["meeting"][m], keys["person"][p])
            for i, m, p in pairs("SELECT id, meeting_id, person_id FROM participant")
        }
        out: dict[str, list[tuple[Any, ...]]] = {}
        for name, table in models.Base.metadata.tables.items():
            cols = [c for c in table.c if c.name not in VOLATILE.get(name, set())]
            rows = []
            for raw in conn.execute(sa.select(*cols)):
                row = []
                for col, value in zip(cols, raw, strict=True):
                    if col.name == "id" and col.primary_key:
                        value = keys[name][value]
                    elif col.foreign_keys and value is not None:
                        target = next(iter(col.foreign_keys)).column.table.name
                        value = keys[target][value]
                    row.append(value)
                rows.append(tuple(row))
            out[name] = sorted(rows, key=repr)
        return out


@dataclass(frozen=True)
class Reference:
    """The clean load every killed one is held against."""

    documents: dict[str, tuple[int, ...]]
    #: Documents whose meeting other documents report too.
    shared_meetings: frozenset[str]
    topics: int
    orphans: int
    rows: dict[str, list[tuple[Any, ...]]]
    #: SQLite: every row as tests/test_load.py compares them, ids included.
    exact_rows: dict[str, list[tuple[Any, ...]]] | None
    seconds: float  # wall time of a forked run
    load_seconds: float  # of which parsing and writing the articles (the loader's own figure)
    write_seconds: float  # of which writing them (one batch)
    #: Transactions a run on a new database begins before its first batch: reads, migration,
    #: set-up.
    other_transactions: int


@dataclass(frozen=True)
class State:
    """What a killed load left: schema revision and committed documents."""

    revision: str | None
    documents: int
    topics: int


def consistency_problems(url: str, ref: Reference) -> tuple[State, list[str]]:
    """Everything wrong with the database at ``url`` compared with a clean load, as a list of
    problems (empty when consistent), with the state found."""
    problems: list[str] = []
    with _connect(url) as conn:
        sqlite = conn.dialect.name == "sqlite"
        revision = MigrationContext.configure(conn).get_current_revision()
        tables = set(sa.inspect(conn).get_table_names())
        ours = set(models.Base.metadata.tables)
        if revision is None:
            # The migration is one transaction: no revision means no schema at all.
            if tables & (ours | {schema_extras.FTS_TABLE}):
                problems.append(f"half-migrated: tables {sorted(tables & ours)} but no revision")
            return State(None, 0, 0), problems
        if revision != migrate.head_revision():
            problems.append(f"schema at revision {revision}, not head")
        if ours - tables:
            problems.append(f"tables missing at head: {sorted(ours - tables)}")
            return State(revision, 0, 0), problems
        if sqlite:
            check = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            if check != ["ok"]:
                problems.append(f"PRAGMA integrity_check: {check[:5]}")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                problems.append(f"PRAGMA foreign_key_check: {broken[:5]}")
            missing = schema_extras.missing_fts_triggers(conn)
            if missing:
                problems.append(f"full-text triggers missing: {missing}")
            fts = schema_extras.FTS_TABLE
            indexed = set(conn.exec_driver_sql(f"SELECT id FROM {fts}_docsize").scalars())
            stored = set(conn.exec_driver_sql("SELECT id FROM statement").scalars())
            if indexed != stored:
                problems.append(
                    f"full-text index: {len(stored - indexed)} statements unindexed, "
                    f"{len(indexed - stored)} entries without a statement"
                )
            try:
                with conn.begin_nested():
                    # rank 1: also compare the index with the text of the content table
                    conn.exec_driver_sql(
                        f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
                    )
            except sa.exc.DatabaseError as exc:
                problems.append(f"FTS5 integrity-check failed: {exc.orig}")
        # Foreign keys, table by table (PostgreSQL enforces them; this counts anyway).
        for table in models.Base.metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                (col,) = fk.columns
                (el,) = fk.elements
                parent = el.column.table.name
                dangling = _count(
                    conn,
                    f"SELECT count(*) FROM {table.name} c WHERE c.{col.name} IS NOT NULL AND NOT "
                    f"EXISTS (SELECT 1 FROM {parent} p WHERE p.{el.column.name} = c.{col.name})",
                )
                if dangling:
                    problems.append(f"{dangling} {table.name}.{col.name} without their {parent}")
        topics = _count(conn, "SELECT count(*) FROM topic")
        if topics not in (0, ref.topics):
            problems.append(f"{topics} topics, clean load has {ref.topics}: set-up half done")
        documents = per_document(conn)
        if documents and not topics:
            problems.append("documents without the taxonomy's topics")
        for path, counts in sorted(documents.items()):
            if path not in ref.documents:
                problems.append(f"{path}: not in the clean load")
                continue
            clean = ref.documents[path]
            if path in ref.shared_meetings:
                # Its meeting's participants come from every document reporting it, not all
                # of them loaded yet: the final comparison covers those.
                counts, clean = counts[:-2] + counts[-1:], clean[:-2] + clean[-1:]
            if counts != clean:
                problems.append(
                    f"{path}: half-loaded: (paragraphs, statements, speakers, topic tags, "
                    f"meetings, [participants,] search hits) = {counts}, clean load {clean}"
                )
        lonely = _count(
            conn,
            "SELECT count(*) FROM meeting m WHERE NOT EXISTS "
            "(SELECT 1 FROM meeting_document md WHERE md.meeting_id = m.id)",
        )
        if lonely:
            problems.append(f"{lonely} meetings without a document")
        orphans = orphan_persons(conn)
        if orphans > ref.orphans:
            problems.append(f"{orphans} persons nothing refers to (clean load: {ref.orphans})")
    return State(revision, len(documents), topics), problems


# --- killing ---------------------------------------------------------------------------------


class WriteProbe:
    """Whether some process is inside a write transaction on the database, seen from outside.

    SQLite: ``BEGIN IMMEDIATE`` takes the WAL write lock, an exclusive POSIX lock on byte 120 of
    the ``-shm`` file, until the commit; /proc/locks lists it (the database is not touched).
    PostgreSQL: a session of the database has a transaction id once its transaction writes.
    """

    def __init__(self, url: str) -> None:
        self.path = db.sqlite_path(db.parse_url(url))
        self.url = url

    def __call__(self) -> bool:
        if self.path is None:
            with _connect(self.url) as conn:
                return bool(
                    _count(
                        conn,
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
                    )
                )
        try:
            inode = os.stat(f"{self.path}-shm").st_ino
            lines = Path("/proc/locks").read_text().splitlines()
        except OSError:
            return False
        for line in lines:
            fields = line.split()
            if "->" in fields or len(fields) < 8:
                continue  # a lock still waiting
            if fields[3] == "WRITE" and fields[5].endswith(f":{inode}") and fields[6] == "120":
                return True
        return False


#: The forking launcher. It imports the command line and parses the article named by its
#: argument once (the parser imports modules and compiles patterns on first use), then for each
#: line of JSON on stdin (arguments, log file) forks a child in a process group of its own that
#: runs ``main`` as ``python -m dipdb`` does. Output, one line each: ``pid N`` for a child
#: started, ``exit N`` when it is gone, and from the child itself ``begin`` whenever one of its
#: connections begins a transaction (a SQLAlchemy event: nothing in dipdb changes).
_LAUNCHER = """
import json, os, pathlib, sys, traceback
import sqlalchemy as sa
from dipdb.cli import main
from dipdb.load import read_article
read_article(pathlib.Path(sys.argv[1]).read_bytes())
print("ready", flush=True)
for line in sys.stdin:
    args, log = json.loads(line)
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        events = os.dup(1)
        sa.event.listen(sa.engine.Engine, "begin", lambda conn: os.write(events, b"begin\\n"))
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        code = 1
        try:
            main(args, prog_name="dipdb")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        except BaseException:
            traceback.print_exc()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    try:
        os.setpgid(pid, pid)  # also here, so that the group exists when the pid is printed
    except OSError:
        pass
    print("pid", pid, flush=True)
    print("exit", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
"""


class Child:
    """A running ``dipdb`` process, leader of its process group."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        #: Transactions it has begun, where that can be seen (forked runs).
        self.begins = 0

    def status(self, timeout: float) -> int | None:
        """Its exit status once it has ended, waiting at most ``timeout`` seconds for that;
        None while it runs."""
        if self.returncode is None:
            self.returncode = self._wait(timeout)
        return self.returncode

    def _wait(self, timeout: float) -> int | None:
        raise NotImplementedError

    def kill(self) -> None:
        """SIGKILL the group, unless the process has just ended by itself (its status says)."""
        with contextlib.suppress(ProcessLookupError):  # the launcher reaped it already
            os.killpg(self.pid, signal.SIGKILL)
        assert self.status(60.0) is not None


class Command(Child):
    """``python -m dipdb ARGS``, in a session of its own."""

    def __init__(self, args: list[str], log: Path) -> None:
        with log.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "dipdb", *args],
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=_child_env(),
                start_new_session=True,
            )
        super().__init__(self.proc.pid)

    def _wait(self, timeout: float) -> int | None:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None


class Launcher:
    """Runs ``dipdb`` command lines in processes forked from one that has imported it already."""

    def __init__(self) -> None:
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(SEED)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_child_env(),
        )
        self.buffer = b""
        assert self.line(120.0) == "ready"
        #: Seconds Python takes to start, import dipdb's command line and get its parser going.
        self.startup_seconds = time.perf_counter() - started
        self.child: Forked | None = None

    def line(self, timeout: float) -> str | None:
        """The launcher's next line of output, or None if none comes within ``timeout``."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 4096)
            assert chunk, "the launcher died"
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def start(self, args: list[str], log: Path) -> Forked:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([args, str(log)]).encode() + b"\n")
        self.proc.stdin.flush()
        begins = 0  # the child can begin before the launcher prints its pid
        while (line := self.line(60.0)) == "begin":
            begins += 1
        assert line is not None and line.startswith("pid "), line
        child = Forked(self, int(line.split()[1]))
        child.begins = begins
        return child

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class Forked(Child):
    """A run forked by the :class:`Launcher`, which reports its transactions."""

    def __init__(self, launcher: Launcher, pid: int) -> None:
        super().__init__(pid)
        self.launcher = launcher

    def _wait(self, timeout: float) -> int | None:
        return self._events(timeout, None)

    def wait_for_begin(self, n: int) -> bool:
        """Wait until the run has begun ``n`` transactions (True) or ended (False)."""
        return self.status(0.0) is None and self._events(600.0, n) is None

    def _events(self, timeout: float, begins: int | None) -> int | None:
        deadline = time.monotonic() + timeout
        while begins is None or self.begins < begins:
            line = self.launcher.line(max(0.0, deadline - time.monotonic()))
            if line is None:
                return None
            if line == "begin":
                self.begins += 1
            else:
                assert line.startswith("exit "), line
                self.returncode = int(line.split()[1])
                return self.returncode
        return None


def run_and_kill(child: Child, delay: float, nth_begin: int | None, probe: WriteProbe) -> bool:
    """SIGKILL ``child`` after ``delay`` seconds or, given ``nth_begin``, ``delay`` seconds
    after it begins its ``nth_begin``-th transaction. Returns whether a write transaction was
    open just before the kill; False without a kill when the run ended first (the caller checks
    that it succeeded through ``child.status``)."""
    try:
        if nth_begin is not None:
            assert isinstance(child, Forked)
            if not child.wait_for_begin(nth_begin):
                return False
        if child.status(delay) is not None:
            return False
        writing = probe()
        child.kill()
        return writing
    except BaseException:
        if child.status(0.0) is None:  # the test itself failed: leave nothing running
            child.kill()
        raise


def phase_of(state: State, writing: bool, before: int, total: int) -> str:
    """Where in the load a kill landed, from the transaction open at the kill and what was
    committed: ``before`` documents were there when the run started."""
    if state.revision is None:
        return "migration transaction" if writing else "start-up, before migrating"
    if not state.topics:
        return "set-up transaction (taxonomy)" if writing else "between migration and set-up"
    if state.documents == total:
        return "after the last batch"
    if writing:
        if state.documents == before:
            return "inside the run's first batch (or its set-up)"
        return "inside a later batch"
    if state.documents == before:
        return "start-up or parsing, before the run's first batch"
    return "between batches"


# --- the test --------------------------------------------------------------------------------


def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    _synth().generate(folder, ARTICLES, 11)
    shutil.copy(SEED, folder / "seed.txt")
    return folder


def clean_load(url: str, folder: Path, launcher: Launcher, log: Path) -> Reference:
    """Load ``folder`` once, uninterrupted; keep what it wrote and how long it took (the trials'
    delays are drawn over that)."""
    started = time.perf_counter()
    child = launcher.start([*_arguments(url, folder, 1, 500), "--json"], log)
    assert child.status(300.0) == 0, log.read_text(errors="replace")
    seconds = time.perf_counter() - started
    assert child.begins > 2, "the launcher does not see transactions begin"
    summary = json.loads(log.read_text())
    assert summary["loaded"] == ARTICLES + 1 and not summary["failures"]
    with _connect(url) as conn:
        documents = per_document(conn)
        shared = conn.execute(
            sa.text(
                "SELECT d.path FROM source_document d "
                "JOIN meeting_document md ON md.document_id = d.id "
                "WHERE (SELECT count(*) FROM meeting_document o "
                "       WHERE o.meeting_id = md.meeting_id) > 1"
            )
        ).scalars()
        shared_meetings = frozenset(shared)
        topics = _count(conn, "SELECT count(*) FROM topic")
        orphans = orphan_persons(conn)
    assert sum(hits for *_, hits in documents.values()) > 0, "search finds nothing in clean load"
    return Reference(
        documents,
        shared_meetings,
        topics,
        orphans,
        canonical_rows(url),
        _exact_rows(url),
        seconds,
        summary["seconds"]["total"],
        summary["seconds"]["write"] + summary["seconds"]["index"],
        child.begins - 1,  # one batch
    )


def _exact_rows(url: str) -> dict[str, list[tuple[Any, ...]]] | None:
    """SQLite hands out ids as max(id) + 1 under its write lock, so a load resumed after kills
    gives the very same ids too: there, the rows compare exactly, ids included."""
    if db.parse_url(url).get_backend_name() != "sqlite":
        return None
    engine = db.create_engine(url)
    try:
        return table_rows(engine)
    finally:
        engine.dispose()


def test_a_load_killed_at_any_moment_leaves_a_consistent_database_that_a_rerun_completes(
    make_db_url: Callable[[], str], tmp_path: Path
) -> None:
    folder = articles(tmp_path)
    log = tmp_path / "output.txt"
    launcher = Launcher()
    try:
        clean_url = make_db_url()
        ref = clean_load(clean_url, folder, launcher, log)
        kill_at_random(make_db_url, folder, ref, clean_url, launcher, log)
    finally:
        launcher.close()


def kill_at_random(
    make_db_url: Callable[[], str],
    folder: Path,
    ref: Reference,
    clean_url: str,
    launcher: Launcher,
    log: Path,
) -> None:
    """Kill :data:`KILLS` runs (in chains on fresh databases), checking the database after each
    and after finishing each chain's load; print where the kills landed."""
    total = ARTICLES + 1
    backend = db.parse_url(clean_url).get_backend_name()
    rng = random.Random(f"{RNG_SEED}:{backend}")
    phases: Counter[str] = Counter()
    spent: Counter[str] = Counter()  # seconds, for the summary
    finished_first = runs = chains = 0
    url: str | None = None
    chain_left = 0
    while sum(phases.values()) < KILLS:
        runs += 1
        assert runs <= MAX_RUNS, f"only {sum(phases.values())} kills in {MAX_RUNS} runs"
        if url is None:
            url, chain_left, chains = make_db_url(), rng.randint(*CHAIN), chains + 1
        jobs, batch_size = rng.choice(JOBS), rng.choice(BATCH_SIZES)
        whole = runs % COMMAND_EVERY == 1  # now and then the whole `python -m dipdb`
        with _connect(url) as conn:
            migrated = sa.inspect(conn).has_table("statement")
            before = len(per_document(conn)) if migrated else 0
        left = total - before
        nth_begin: int | None = None
        if whole or runs % 2:  # every other run: anywhere in time; the others aimed
            # Anywhere in the run's time: Python start-up and imports first for the whole
            # command (and before the first parse with parsing processes), then the migration
            # and set-up, then parsing and writing, a share per article.
            startup = launcher.startup_seconds
            expected = (
                (startup if whole else 0.0)
                + (startup if jobs > 1 else 0.0)
                + ref.seconds
                - ref.load_seconds * before / total
            )
            # (a run on a database already migrated takes less than the clean load did, and
            # kills meant for its last moments would mostly come after it ended)
            delay = rng.uniform(0.0, 0.8 * expected)
            when = f"after {delay:.3f} s (of about {expected:.2f})"
        else:
            # Aimed at a transaction, mostly a batch's (the others, begun before the first
            # batch, are reads, the migration and the set-up), up to a batch's writing time
            # after it begins.
            # A database at the current schema spares the migration's transaction and a second
            # look at the revision. Input files go to batches in order, already loaded ones
            # too (those are skipped, and a batch of nothing but them begins no transaction).
            others = ref.other_transactions - (2 if migrated else 0)
            batches = -(-total // batch_size) - before // batch_size
            if rng.random() < AT_BATCH:
                nth_begin = others + rng.randint(1, batches)
            else:
                nth_begin = rng.randint(1, others + batches)
            # (the clean load, on a cold database, wrote more slowly than most runs do)
            writing_time = 0.6 * ref.write_seconds * min(batch_size, left) / total
            delay = rng.uniform(0.0, writing_time + 0.002)
            when = (
                f"{delay * 1000:.1f} ms into transaction {nth_begin} "
                f"({others} before the first of {batches} batches)"
            )
        args = _arguments(url, folder, jobs, batch_size)
        t0 = time.perf_counter()
        child = Command(args, log) if whole else launcher.start(args, log)
        writing = run_and_kill(child, delay, nth_begin, WriteProbe(url))
        t1 = time.perf_counter()
        state, problems = consistency_problems(url, ref)
        spent["runs"] += t1 - t0
        spent["checks"] += time.perf_counter() - t1
        trial = (
            f"run {runs} (chain {chains}{', python -m dipdb' if whole else ''}): --jobs {jobs} "
            f"--batch-size {batch_size}, killed {when}"
        )
        assert problems == [], trial
        ended = child.status(0.0)
        if ended != -signal.SIGKILL:
            assert ended == 0, (trial, log.read_text(errors="replace"))
            assert state.documents == total, trial
            finished_first += 1
            print(f"{backend} {trial}: finished first")
        else:
            phase = phase_of(state, writing, before, total)
            phases[phase] += 1
            print(f"{backend} {trial}: {phase}, {state.documents}/{total} documents")
        chain_left -= 1
        if state.documents == total or chain_left == 0:
            t0 = time.perf_counter()
            finish_and_compare(url, folder, batch_size, ref, launcher, log, trial)
            spent["finishing and comparing"] += time.perf_counter() - t0
            url = None
    print(
        f"{backend}: {sum(phases.values())} kills in {runs} runs on {chains} databases "
        f"({finished_first} runs finished before their kill); seconds spent: "
        + ", ".join(f"{k} {v:.1f}" for k, v in spent.items())
    )
    for phase, n in phases.most_common():
        print(f"  {n:3d}  {phase}")


def finish_and_compare(
    url: str,
    folder: Path,
    batch_size: int,
    ref: Reference,
    launcher: Launcher,
    log: Path,
    trial: str,
) -> None:
    """Run the same load to completion and require exactly the clean load's rows."""
    child = launcher.start(_arguments(url, folder, 1, batch_size), log)
    status = child.status(300.0)
    if status is None:
        child.kill()
    assert status == 0, (trial, log.read_text(errors="replace"))
    state, problems = consistency_problems(url, ref)
    assert problems == [] and state.documents == ARTICLES + 1, (trial, problems)
    assert canonical_rows(url) == ref.rows, trial
    assert _exact_rows(url) == ref.exact_rows, trial
