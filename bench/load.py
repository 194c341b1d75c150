"""Load benchmark: dipdb's loader against the raw ceiling of each backend, measured in one run.

Why: a careless loader is 30-70 times slower than a careful one, and "fast" means nothing without
a reference. This script generates synthetic readouts (``bench/synth.py``), loads them with
``dipdb load`` exactly as a user would (a subprocess, so peak memory is the loader's own), and then
writes *the very same rows* into a fresh database of the same schema (same indexes, same
full-text index) the fastest way the backend offers: raw ``sqlite3`` ``executemany`` in one
transaction for SQLite, psycopg ``COPY`` for PostgreSQL. The ratio of the two write phases is the
figure that matters; absolute numbers depend on the machine.

Run from a checkout (PostgreSQL is optional; the server must let the user create databases):

    .venv/bin/python bench/load.py --count 10000 --jobs 2
    .venv/bin/python bench/load.py --count 10000 --jobs 2 \\
        --postgres postgresql://postgres@127.0.0.1:5432/postgres

It prints, per backend: end-to-end articles/s and statements/s, the split of the load into
read, parse (summed over processes), write and index, the write phase against the ceiling, peak
memory for 1/10 of the articles and for all of them, the time to re-load everything unchanged,
and the median time of three queries on the loaded database (full-text search, one speaker's
statements on one topic by date, the speaker x topic view for one speaker). It also measures
parsing alone on one core (paragraphs/s). ``--json FILE`` keeps the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dipdb import db, migrate  # noqa: E402
from dipdb.load import read_article  # noqa: E402
from dipdb.parse import decode  # noqa: E402
from dipdb.schema_extras import FTS_TABLE, FTS_TRIGGERS  # noqa: E402
from dipdb.topics import load_taxonomy  # noqa: E402

#: Tables the load's write phase fills, parents first; the ceiling writes the same ones.
WRITTEN_TABLES = (
    "person",
    "person_alias",
    "source_document",
    "paragraph",
    "meeting",
    "meeting_document",
    "participant",
    "statement",
    "statement_speaker",
    "statement_topic",
)
#: Set up before any article (topics of the taxonomy): copied untimed into the ceiling database.
SETUP_TABLES = ("taxonomy_version", "topic")


# --- articles ------------------------------------------------------------------------------------


def ensure_articles(workdir: Path, count: int, seed: int) -> Path:
    """Generate the synthetic articles once per (count, seed) and reuse them afterwards."""
    out = workdir / f"synth-{count}-{seed}"
    done = out / ".complete"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        cmd = [sys.executable, str(HERE / "synth.py"), str(out)]
        subprocess.run([*cmd, "--count", str(count), "--seed", str(seed)], check=True)
        done.touch()
    return out


def subset(articles: Path, count: int) -> Path:
    """The first ``count`` articles, as a folder of symlinks (for the memory comparison)."""
    out = articles.parent / f"{articles.name}-first{count}"
    if not (out / ".complete").exists():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        for path in sorted(articles.glob("*.txt"))[:count]:
            (out / path.name).symlink_to(path)
        (out / ".complete").touch()
    return out


def parse_rate(articles: Path, sample: int) -> dict[str, float]:
    """Parsing and topic tagging alone, in this process (one core)."""
    taxonomy = load_taxonomy()
    datas = [p.read_bytes() for p in sorted(articles.glob("*.txt"))[:sample]]
    for data in datas[:20]:  # warm-up: regex caches, imports
        read_article(data, taxonomy)
    paragraphs = statements = 0
    started = time.perf_counter()
    for data in datas:
        article = read_article(data, taxonomy)
        paragraphs += len(article.paragraphs)
        statements += len(article.statements)
    seconds = time.perf_counter() - started
    decode_started = time.perf_counter()
    for data in datas:
        decode(data)
    return {
        "articles": len(datas),
        "seconds": seconds,
        "paragraphs_per_s": paragraphs / seconds,
        "statements_per_s": statements / seconds,
        "articles_per_s": len(datas) / seconds,
        "decode_share": (time.perf_counter() - decode_started) / seconds,
    }


# --- databases -----------------------------------------------------------------------------------


class Backend:
    """Creates throwaway databases of one backend and writes the ceiling into one."""

    name: str

    @contextmanager
    def database(self, label: str) -> Iterator[str]:
        raise NotImplementedError

    def ceiling(self, loaded_url: str, empty_url: str) -> float:
        raise NotImplementedError


class SQLite(Backend):
    name = "sqlite"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    @contextmanager
    def database(self, label: str) -> Iterator[str]:
        path = self.workdir / f"{label}-{uuid.uuid4().hex[:8]}.sqlite"
        try:
            yield f"sqlite:///{path}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

    def ceiling(self, loaded_url: str, empty_url: str) -> float:
        src = sqlite3.connect(loaded_url.removeprefix("sqlite:///"))
        dst = sqlite3.connect(empty_url.removeprefix("sqlite:///"), isolation_level=None)
        dst.execute("PRAGMA journal_mode = WAL")
        dst.execute("PRAGMA synchronous = NORMAL")
        dst.execute("PRAGMA foreign_keys = ON")
        tables = {t: _rows_sqlite(src, t) for t in (*SETUP_TABLES, *WRITTEN_TABLES)}
        dst.execute("BEGIN")
        for table in SETUP_TABLES:
            _executemany(dst, table, *tables[table])
        dst.execute("COMMIT")
        trigger = FTS_TRIGGERS[0]
        (trigger_sql,) = dst.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
        ).fetchone()
        started = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        dst.execute(f"DROP TRIGGER {trigger}")
        for table in WRITTEN_TABLES:
            _executemany(dst, table, *tables[table])
        dst.execute(f"INSERT INTO {FTS_TABLE}(rowid, text) SELECT id, text FROM statement")
        dst.execute(trigger_sql)
        dst.execute("COMMIT")
        seconds = time.perf_counter() - started
        check = dst.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
        check.close()
        src.close()
        dst.close()
        return seconds


def _rows_sqlite(conn: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    return [d[0] for d in cur.description], cur.fetchall()


def _executemany(
    conn: sqlite3.Connection, table: str, cols: list[str], rows: list[tuple[Any, ...]]
) -> None:
    marks = ", ".join("?" * len(cols))
    conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)


class Postgres(Backend):
    name = "postgresql"

    def __init__(self, server_url: str) -> None:
        import psycopg

        self.psycopg = psycopg
        self.server = server_url

    def _conninfo(self, url: str) -> str:
        return url.replace("postgresql+psycopg://", "postgresql://")

    @contextmanager
    def database(self, label: str) -> Iterator[str]:
        name = f"dipdb_bench_{label}_{uuid.uuid4().hex[:8]}"
        with self.psycopg.connect(self._conninfo(self.server), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        base = self._conninfo(self.server).rsplit("/", 1)[0]
        try:
            yield f"{base}/{name}"
        finally:
            with self.psycopg.connect(self._conninfo(self.server), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def ceiling(self, loaded_url: str, empty_url: str) -> float:
        psycopg = self.psycopg
        with psycopg.connect(self._conninfo(loaded_url)) as src:
            tables = {}
            for table in (*SETUP_TABLES, *WRITTEN_TABLES):
                # Generated columns (statement.search_vector) are computed, not copied.
                cols = [
                    r[0]
                    for r in src.execute(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_name = %s AND table_schema = current_schema() "
                        "AND is_generated = 'NEVER' ORDER BY ordinal_position",
                        (table,),
                    )
                ]
                cur = src.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1")
                tables[table] = ([d.name for d in cur.description], cur.fetchall())
        with psycopg.connect(self._conninfo(empty_url)) as dst:
            for table in SETUP_TABLES:
                _copy(dst, table, *tables[table])
            dst.commit()
            started = time.perf_counter()
            for table in WRITTEN_TABLES:
                _copy(dst, table, *tables[table])
            dst.commit()
            return time.perf_counter() - started


def _copy(conn: Any, table: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
    with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


# --- the loader ----------------------------------------------------------------------------------


def run_load(url: str, articles: Path, jobs: int) -> dict[str, Any]:
    """``dipdb load`` as a user runs it; returns its JSON summary plus wall time and peak RSS."""
    cmd = [sys.executable, "-m", "dipdb", "-d", url, "load", str(articles), "-q", "--json"]
    cmd += ["--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"dipdb load failed ({proc.returncode}): {err.decode()[-2000:]}")
    summary = json.loads(out)
    summary["wall"] = wall
    return summary


def peak_rss_mb(url: str, articles: Path, jobs: int) -> float:
    """Peak RSS of one ``dipdb load`` process tree, measured in a fresh interpreter so that
    earlier children do not mask it (RUSAGE_CHILDREN keeps the largest child ever seen)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    cmd = [sys.executable, "-c", code, sys.executable, "-m", "dipdb", "-d", url, "load"]
    cmd += [str(articles), "-q", "--jobs", str(jobs)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


# --- queries -------------------------------------------------------------------------------------


def median_ms(fn: Callable[[], Any], runs: int = 21) -> float:
    fn()  # warm the cache: the figure is for a database in use, not a cold start
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_times(url: str) -> dict[str, float]:
    import sqlalchemy as sa

    from dipdb import search

    engine = db.create_engine(url)
    with engine.connect() as conn:
        # Speakers ranked by statements, each with their most frequent topic: the busiest one
        # (the publisher's own head of state, in a fifth of all statements) and a typical one
        # (the median of those with at least ten statements).
        ranked = conn.execute(
            sa.text(
                "SELECT ss.person_id, t.slug, count(*) AS n FROM statement_speaker ss "
                "JOIN statement_topic st ON st.statement_id = ss.statement_id "
                "JOIN topic t ON t.id = st.topic_id GROUP BY ss.person_id, t.slug"
            )
        ).all()
        best: dict[int, tuple[int, str]] = {}
        for pid, slug, n in ranked:
            if n > best.get(pid, (0, ""))[0]:
                best[pid] = (n, slug)
        sizes = dict(
            conn.execute(
                sa.text("SELECT person_id, count(*) FROM statement_speaker GROUP BY person_id")
            ).all()
        )
        order = sorted((p for p in best if sizes[p] >= 10), key=lambda p: sizes[p])
        busiest, typical = order[-1], order[len(order) // 2]
        by_speaker_topic = sa.text(
            "SELECT s.id, coalesce(m.date, d.published) AS date, s.text FROM statement s "
            "JOIN statement_speaker ss ON ss.statement_id = s.id "
            "JOIN statement_topic_rollup r ON r.statement_id = s.id "
            "JOIN meeting m ON m.id = s.meeting_id "
            "JOIN source_document d ON d.id = s.document_id "
            "WHERE ss.person_id = :pid AND r.slug = :slug ORDER BY date"
        )
        view = sa.text("SELECT * FROM speaker_topic_counts WHERE person_id = :pid")
        out: dict[str, float] = {
            "fts_search": median_ms(lambda: search.search(conn, "nuclear energy", limit=20)),
        }
        for label, pid in (("typical", typical), ("busiest", busiest)):
            params = {"pid": pid, "slug": best[pid][1]}
            out[f"speaker_topic_by_date_{label}"] = median_ms(
                lambda p=params: conn.execute(by_speaker_topic, p).all()
            )
            out[f"speaker_topic_view_{label}"] = median_ms(
                lambda p=params: conn.execute(view, {"pid": p["pid"]}).all()
            )
            out[f"{label}_speaker_statements"] = sizes[pid]
    engine.dispose()
    return out


# --- the run -------------------------------------------------------------------------------------


def bench_backend(backend: Backend, articles: Path, small: Path, jobs: int) -> dict[str, Any]:
    out: dict[str, Any] = {"backend": backend.name}
    with backend.database("load") as url:
        load = run_load(url, articles, jobs)
        out["load"] = load
        started = time.perf_counter()
        again = run_load(url, articles, jobs)
        out["reload_seconds"] = time.perf_counter() - started
        assert again["loaded"] == 0 and again["unchanged"] == load["loaded"], again
        out["queries_ms"] = query_times(url)
        with backend.database("ceiling") as empty:
            engine = db.create_engine(empty)
            migrate.upgrade(engine)
            engine.dispose()
            out["ceiling_seconds"] = backend.ceiling(db.resolve_url(url), empty)
    # The write phase again without parsing processes competing for the cores: with --jobs N
    # on an N-core machine the writer shares its core, and its wall time says more about the
    # scheduler than about the writing.
    with backend.database("write") as url:
        out["load_jobs1"] = run_load(url, articles, 1)
    with backend.database("mem-small") as url:
        out["peak_rss_mb_small"] = peak_rss_mb(url, small, jobs)
    with backend.database("mem-all") as url:
        out["peak_rss_mb_all"] = peak_rss_mb(url, articles, jobs)
    return out


def report(parse: dict[str, float], results: list[dict[str, Any]], count: int, small: int) -> str:
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
        f", SQLite {sqlite3.sqlite_version}",
        f"parse + topic tagging alone, one core, {parse['articles']:.0f} articles: "
        f"{parse['paragraphs_per_s']:,.0f} paragraphs/s, {parse['statements_per_s']:,.0f} "
        f"statements/s, {parse['articles_per_s']:,.0f} articles/s",
        "",
    ]
    for r in results:
        load = r["load"]
        s = load["seconds"]
        alone = r["load_jobs1"]["seconds"]
        write = alone["write"] + alone["index"]
        shared = s["write"] + s["index"]
        lines += [
            f"[{r['backend']}] {count} articles, {load['statements']:,} statements",
            f"  end to end: {load['wall']:.1f} s = {load['loaded'] / load['wall']:,.0f} "
            f"articles/s, {load['statements'] / load['wall']:,.0f} statements/s "
            f"(the loader's own total {s['total']:.1f} s)",
            f"  split: read {s['read']:.2f} s, parse {s['parse']:.2f} s (summed over processes), "
            f"write {s['write']:.2f} s, index {s['index']:.2f} s, planner statistics "
            f"{s['analyze']:.2f} s",
            f"  write phase (load --jobs 1, write + index) {write:.2f} s vs ceiling "
            f"{r['ceiling_seconds']:.2f} s: ratio {write / r['ceiling_seconds']:.2f} "
            f"(with --jobs sharing the cores: {shared:.2f} s, "
            f"ratio {shared / r['ceiling_seconds']:.2f})",
            f"  re-load unchanged: {r['reload_seconds']:.2f} s "
            f"({r['reload_seconds'] / load['wall']:.1%} of the first load)",
            f"  peak RSS: {r['peak_rss_mb_small']:.0f} MB for {small} articles, "
            f"{r['peak_rss_mb_all']:.0f} MB for {count} "
            f"(ratio {r['peak_rss_mb_all'] / r['peak_rss_mb_small']:.2f})",
            "  queries (median ms): "
            + ", ".join(
                f"{k} {v:.2f}" for k, v in r["queries_ms"].items() if not k.endswith("statements")
            ),
            "  (typical speaker: {typical_speaker_statements} statements; busiest: "
            "{busiest_speaker_statements})".format(**r["queries_ms"]),
            "",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000, help="synthetic articles (10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="dipdb load --jobs")
    ap.add_argument("--postgres", metavar="URL", help="PostgreSQL server URL (optional)")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--workdir", type=Path, help="keep generated articles here (default: temp)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    args = ap.parse_args(argv)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="dipdb-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    articles = ensure_articles(workdir, args.count, args.seed)
    small_count = max(args.count // 10, 1)
    small = subset(articles, small_count)
    parse = parse_rate(articles, min(args.count, 1000))
    backends: list[Backend] = []
    if not args.skip_sqlite:
        backends.append(SQLite(workdir))
    if args.postgres:
        backends.append(Postgres(args.postgres))
    results = [bench_backend(b, articles, small, args.jobs) for b in backends]
    print(report(parse, results, args.count, small_count))
    if args.json:
        args.json.write_text(json.dumps({"parse": parse, "results": results}, indent=2))
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
