"""Loading articles: a stream of files in, whole articles out, nothing half-written.

The flow is read bytes -> sha256 -> skip what is already loaded -> decode and parse (pure, no
database; in worker processes with ``--jobs``) -> write (:mod:`dipdb.write`: many articles per
transaction, one bulk statement per table). A file that fails to read, parse or write is reported
with one line and leaves no row behind; the other files still load. Re-loading is idempotent:
unchanged files are recognised by their hash before any parsing.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import multiprocessing
import os
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import migrate, models
from dipdb.article import Article, ParseError, Person
from dipdb.parse import decode, parse_article
from dipdb.people import PeopleFile, builtin_people, family_key
from dipdb.tagging import sync_topics, tag_statements
from dipdb.topics import Taxonomy, load_taxonomy
from dipdb.write import Parsed, Writer, resolve_persons

Status = Literal["loaded", "replaced", "unchanged", "duplicate", "failed"]

ARTICLE_SUFFIX = ".txt"


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input path. ``reason`` is the one-line explanation for failures."""

    path: str
    status: Status
    reason: str | None = None
    document_id: int | None = None
    statements: int = 0


@dataclass(slots=True)
class LoadTimes:
    """Where a load's time went, in seconds. ``parse`` adds up every article's parse time, in
    whichever process it ran, so with ``jobs`` > 1 it can exceed ``total``."""

    read: float = 0.0
    parse: float = 0.0
    write: float = 0.0
    index: float = 0.0
    analyze: float = 0.0
    total: float = 0.0


@dataclass(slots=True)
class LoadReport:
    results: list[FileResult] = field(default_factory=list)
    times: LoadTimes = field(default_factory=LoadTimes)

    @property
    def statements(self) -> int:
        return sum(r.statements for r in self.results)

    def count(self, *statuses: Status) -> int:
        return sum(1 for r in self.results if r.status in statuses)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def display_path(path: Path) -> str:
    """The path as stored and shown: relative to the working directory when inside it, so that a
    database built in a checkout is portable; absolute otherwise, so it stays unambiguous."""
    absolute = os.path.abspath(path)
    if os.sep == "/":
        # The same as pathlib's relative_to below, without parsing two paths per file (a
        # tenth of a second in a re-load of 10,000 unchanged files, which takes one second).
        cwd = os.getcwd()
        if absolute == cwd:
            return "."
        inside = cwd.rstrip("/") + "/"
        return absolute[len(inside) :] if absolute.startswith(inside) else absolute
    try:
        return Path(absolute).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return Path(absolute).as_posix()


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | FileResult]:
    """Expand command-line paths into article files, in a stable order.

    Folders are searched recursively for ``*.txt`` without following symlinked folders (a symlink
    loop cannot hang the load); a missing path or a folder without articles is yielded as a
    failed :class:`FileResult`, so the caller reports it like any other bad input.
    """
    seen: set[str] = set()  # absolute paths
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.lower().endswith(ARTICLE_SUFFIX):
                        found = True
                        candidate = os.path.join(dirpath, name)
                        key = os.path.abspath(candidate)
                        if key not in seen:
                            seen.add(key)
                            yield Path(candidate)
            if not found:
                yield FileResult(display_path(path), "failed", "no *.txt articles in this folder")
        elif path.exists():
            key = os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                yield path
        else:
            yield FileResult(display_path(path), "failed", _missing_reason(path))


def _missing_reason(path: Path) -> str:
    """Why a path that does not exist cannot be read: "no such file" misleads for a symlink."""
    if not path.is_symlink():
        return "no such file or folder"
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
    return f"broken symbolic link: its target {os.readlink(path)} does not exist"


def read_article(data: bytes, taxonomy: Taxonomy | None = None) -> Article:
    """Decode, parse and topic-tag one article. Pure: raises :class:`ParseError` for bad input."""
    article = parse_article(decode(data))
    return tag_topics(article, taxonomy or load_taxonomy())


def tag_topics(article: Article, taxonomy: Taxonomy) -> Article:
    """Attach topics to every statement except boilerplate (captions, credits, bylines); the
    statements are tagged together so that one referring back ("the conflict") can inherit the
    region of an earlier one in its paragraph (:func:`dipdb.tagging.tag_statements`)."""
    return replace(article, statements=tag_statements(article.statements, taxonomy))


#: Largest file read as one article. The longest readouts and transcripts are some hundred KB,
#: and parsing costs seconds per MB, so a bigger file is not one article (a dump, a log, articles
#: pasted together) and would hold the load, and its memory, for minutes.
MAX_FILE_BYTES = 2_000_000


def read_file(path: Path) -> bytes:
    """The bytes of one article file, or a one-line :class:`ParseError` saying why not."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ParseError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # A pipe would block the load, a device never end.
            raise ParseError("not a regular file (a pipe, socket or device)")
        if info.st_size > MAX_FILE_BYTES:
            raise ParseError(_too_big(info.st_size))
        with path.open("rb") as f:
            # The size it has, and a byte more to see whether it grew since: asking for the
            # bound at once would allocate 2 MB per file, which made reading 10,000 unchanged
            # 2 KB files three times slower. What has grown is read on, still bounded.
            data = f.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            raise ParseError(_too_big(len(data)))
        return data
    except IsADirectoryError as exc:
        raise ParseError("is a folder, not a file") from exc
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise ParseError(_missing_reason(path)) from exc
        raise ParseError("file vanished before it could be read") from exc
    except PermissionError as exc:
        raise ParseError("permission denied") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ParseError(_missing_reason(path)) from exc
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from exc


def _too_big(size: int) -> str:
    return (
        f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:g} MB limit for one "
        "article: dipdb expects one readout per file"
    )


#: Articles written per transaction by default: large enough that per-transaction costs (a commit,
#: an fsync on PostgreSQL, swapping the FTS trigger) vanish, small enough to keep memory flat.
DEFAULT_BATCH_ARTICLES = 500
#: A batch is also cut at this many statements, whatever the article count (long transcripts).
BATCH_STATEMENTS = 20_000
#: After a load of this many articles the planner's statistics are refreshed: a database that grew
#: tenfold since they were taken gets plans for the small one (PostgreSQL's autovacuum catches
#: up only later; SQLite never analyses on its own).
ANALYZE_AFTER_ARTICLES = 500
#: Files read and checked against the database per query when looking for unchanged files.
CHECK_CHUNK = 128
#: Articles per task sent to a parsing process (fewer round trips than one per article).
PARSE_TASK_ARTICLES = 16


def load_paths(
    engine: Engine,
    paths: Sequence[str | os.PathLike[str]],
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy | None = None,
    people: PeopleFile | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_ARTICLES,
) -> LoadReport:
    """Load every article under ``paths``; the database is created or upgraded first.

    ``publisher`` overrides what the parser infers (for collections whose text does not say).
    ``on_result`` is called after each file, for progress display. See :func:`load_inputs` for
    ``jobs`` and ``batch_size``.
    """
    return load_inputs(
        engine,
        iter_inputs(paths),
        publisher=publisher,
        taxonomy=taxonomy,
        people=people,
        on_result=on_result,
        jobs=jobs,
        batch_size=batch_size,
    )


def load_inputs(
    engine: Engine,
    inputs: Iterable[Path | FileResult],
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy | None = None,
    people: PeopleFile | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_ARTICLES,
) -> LoadReport:
    """:func:`load_paths` for inputs already expanded by :func:`iter_inputs`.

    The work is a stream: files are read and hashed in chunks (one query finds those already
    loaded), parsed in this process or, with ``jobs`` > 1, in that many worker processes, and
    written by this process ``batch_size`` articles per transaction (see :mod:`dipdb.write`).
    Nothing holds more than a few batches in memory, whatever the number of files. Each article
    is written whole or not at all: when a batch fails, its articles are retried one per
    transaction, so one bad article costs only itself. ``jobs=0`` means one process per CPU.
    """
    migrate.ensure_current(engine)
    taxonomy = taxonomy or load_taxonomy()
    people = people or builtin_people()
    with engine.begin() as conn:
        _serialize_setup(conn)
        topic_ids = sync_topics(conn, taxonomy)
        import_people(conn, people)
    report = LoadReport()
    writer = Writer(topic_ids, people)
    started = time.perf_counter()
    pending: list[Parsed | FileResult] = []
    statements = 0

    def flush() -> None:
        t0 = time.perf_counter()
        written = _write_batch(engine, writer, [p for p in pending if isinstance(p, Parsed)])
        report.times.write += time.perf_counter() - t0
        for entry in pending:
            result = written[entry.path] if isinstance(entry, Parsed) else entry
            report.results.append(result)
            if on_result is not None:
                on_result(result)
        pending.clear()

    checked = _checked(engine, inputs, report.times)
    jobs = jobs or os.cpu_count() or 1
    # Workers keep parsing while a batch is written: room for a batch's worth of articles.
    window = 2 * jobs + batch_size // PARSE_TASK_ARTICLES
    for entry in _parsed(checked, taxonomy, jobs, window, report.times):
        if isinstance(entry, Parsed) and publisher:
            entry = replace(entry, article=replace(entry.article, publisher=publisher))
        pending.append(entry)
        if isinstance(entry, Parsed):
            statements += len(entry.article.statements)
        if len(pending) >= batch_size or statements >= BATCH_STATEMENTS:
            flush()
            statements = 0
    flush()
    # The writer times the full-text part of its transactions; "write" is the rest of them.
    report.times.index = writer.times.index
    report.times.write -= writer.times.index
    if report.count("loaded", "replaced") >= ANALYZE_AFTER_ARTICLES:
        t0 = time.perf_counter()
        refresh_statistics(engine)
        report.times.analyze = time.perf_counter() - t0
    report.times.total = time.perf_counter() - started
    return report


#: Key of the PostgreSQL advisory lock that serialises the set-up of concurrent loaders.
SETUP_LOCK_KEY = 0x6469_7064_6200  # "dipdb"


def _serialize_setup(conn: Connection) -> None:
    """Let one loader at a time store the taxonomy and the people file: two loaders starting
    together would otherwise both insert the same topics and fail on the unique slug. SQLite's
    ``BEGIN IMMEDIATE`` already serialises writers; PostgreSQL needs a lock held to commit."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK_KEY})


def refresh_statistics(engine: Engine) -> None:
    """Update the query planner's table statistics after a large load."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE")
        else:
            # A sampled ANALYZE (SQLite's own recommendation for large databases): fast, and
            # enough for the planner to tell a selective index from an unselective one.
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
            conn.exec_driver_sql("ANALYZE")


def _checked(
    engine: Engine, inputs: Iterable[Path | FileResult], times: LoadTimes
) -> Iterator[tuple[str, bytes, str] | FileResult]:
    """Read and hash the files; pass on (path, bytes, sha256) for those that need parsing and a
    finished :class:`FileResult` for the rest (unreadable, unchanged, duplicate content)."""
    doc = models.SourceDocument.__table__
    seen: dict[str, str] = {}  # sha256 -> path, for files of this run not yet committed
    chunk: list[Path | FileResult] = []

    def check(chunk: list[Path | FileResult]) -> Iterator[tuple[str, bytes, str] | FileResult]:
        t0 = time.perf_counter()
        read: list[tuple[str, bytes, str] | FileResult] = []
        for item in chunk:
            if isinstance(item, FileResult):
                read.append(item)
                continue
            shown = display_path(item)
            try:
                data = read_file(item)
            except ParseError as exc:
                read.append(FileResult(shown, "failed", str(exc)))
                continue
            read.append((shown, data, hashlib.sha256(data).hexdigest()))
        shas = [r[2] for r in read if isinstance(r, tuple)]
        known: dict[str, tuple[int, str]] = {}
        if shas:
            with engine.connect() as conn:
                known = {
                    sha: (doc_id, path)
                    for doc_id, path, sha in conn.execute(
                        sa.select(doc.c.id, doc.c.path, doc.c.sha256).where(doc.c.sha256.in_(shas))
                    )
                }
        times.read += time.perf_counter() - t0
        for r in read:
            if isinstance(r, FileResult):
                yield r
                continue
            shown, data, sha = r
            if sha in known:
                doc_id, path = known[sha]
                if path == shown:
                    yield FileResult(shown, "unchanged", document_id=doc_id)
                else:
                    yield FileResult(shown, "duplicate", f"same content as {path}", doc_id)
            elif sha in seen:
                yield FileResult(shown, "duplicate", f"same content as {seen[sha]}")
            else:
                seen[sha] = shown
                yield r

    for item in inputs:
        chunk.append(item)
        if len(chunk) >= CHECK_CHUNK:
            yield from check(chunk)
            chunk = []
    yield from check(chunk)


def _parse_many(datas: list[bytes], taxonomy: Taxonomy | None = None) -> list[tuple[Any, float]]:
    """Parse several articles (in a worker process or in this one): (article or error, seconds)."""
    taxonomy = taxonomy or _WORKER_TAXONOMY
    out: list[tuple[Any, float]] = []
    for data in datas:
        t0 = time.perf_counter()
        try:
            result: Article | str = read_article(data, taxonomy)
        except ParseError as exc:
            result = str(exc)
        out.append((result, time.perf_counter() - t0))
    return out


_WORKER_TAXONOMY: Taxonomy | None = None


def _worker_context() -> multiprocessing.context.BaseContext:
    """Fork the parsing processes on Linux, spawn them elsewhere.

    A spawned worker is a fresh interpreter: before parsing anything it imports dipdb (a few
    hundred regular expressions to compile) and rebuilds the taxonomy's matcher from its pickle,
    about a second of CPU per worker, taken from parsing on a machine whose cores are all busy.
    A forked worker starts with both in memory. Forking is safe here: the loader runs no thread
    when the pool starts its workers (the pool's own thread starts after them), and workers never
    use the parent's database connections. macOS and Windows spawn, as their system libraries
    are not safe to fork.
    """
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def _init_worker(taxonomy: Taxonomy) -> None:
    global _WORKER_TAXONOMY
    _WORKER_TAXONOMY = taxonomy


def _parsed(
    checked: Iterable[tuple[str, bytes, str] | FileResult],
    taxonomy: Taxonomy,
    jobs: int,
    window: int,
    times: LoadTimes,
) -> Iterator[Parsed | FileResult]:
    """Parse what needs parsing, in input order; with ``jobs`` > 1 in worker processes, keeping
    at most ``window`` tasks in flight so that memory stays flat however many files come."""
    tasks = _tasks(checked)
    if jobs <= 1:
        for group in tasks:
            yield from _finish(
                group, _parse_many([r[1] for r in group if isinstance(r, tuple)], taxonomy), times
            )
        return
    in_flight: deque[tuple[list[tuple[str, bytes, str] | FileResult], Future[list[Any]]]] = deque()
    pool: ProcessPoolExecutor | None = None  # started on the first article to parse
    try:
        for group in tasks:
            datas = [r[1] for r in group if isinstance(r, tuple)]
            if datas:
                if pool is None:
                    taxonomy.prepare()  # (forked workers inherit it)
                    pool = ProcessPoolExecutor(
                        jobs,
                        mp_context=_worker_context(),
                        initializer=_init_worker,
                        initargs=(taxonomy,),
                    )
                future = pool.submit(_parse_many, datas)
            else:
                future = Future()
                future.set_result([])
            in_flight.append((group, future))
            while len(in_flight) > window:
                done, future = in_flight.popleft()
                yield from _finish(done, future.result(), times)
        while in_flight:
            done, future = in_flight.popleft()
            yield from _finish(done, future.result(), times)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _tasks(
    checked: Iterable[tuple[str, bytes, str] | FileResult],
) -> Iterator[list[tuple[str, bytes, str] | FileResult]]:
    """Group the stream into parse tasks of a few articles (finished results ride along, so the
    order of the input is kept)."""
    group: list[tuple[str, bytes, str] | FileResult] = []
    count = 0
    for item in checked:
        group.append(item)
        if isinstance(item, tuple):
            count += 1
            if count >= PARSE_TASK_ARTICLES:
                yield group
                group, count = [], 0
    if group:
        yield group


def _finish(
    group: list[tuple[str, bytes, str] | FileResult],
    parsed: list[tuple[Any, float]],
    times: LoadTimes,
) -> Iterator[Parsed | FileResult]:
    results = iter(parsed)
    for item in group:
        if isinstance(item, FileResult):
            yield item
            continue
        shown, data, sha = item
        article, seconds = next(results)
        times.parse += seconds
        if isinstance(article, str):
            yield FileResult(shown, "failed", article)
        else:
            yield Parsed(shown, sha, len(data), article)


def _write_batch(
    engine: Engine, writer: Writer, items: list[Parsed], *, retry: bool = True
) -> dict[str, FileResult]:
    """Write ``items`` in one transaction. If that fails, one transaction per article, so each
    failure is reported against its own file and the others still land; an article that fails
    alone is tried once more with a fresh view of the persons (a concurrent loader may have
    removed one that this loader remembered)."""
    if not items:
        return {}
    errors = (sa.exc.SQLAlchemyError, engine.dialect.loaded_dbapi.Error)
    try:
        with _no_cyclic_gc(), engine.begin() as conn:
            written = writer.write(conn, items)
    except errors as exc:
        writer.forget()
        if len(items) > 1:
            out: dict[str, FileResult] = {}
            for item in items:
                out.update(_write_batch(engine, writer, [item]))
            return out
        if retry:
            return _write_batch(engine, writer, items, retry=False)
        item = items[0]
        return {item.path: FileResult(item.path, "failed", _db_reason(exc))}
    return {
        it.path: FileResult(
            it.path,
            w.status,  # type: ignore[arg-type]
            f"same content as {w.same_as}" if w.same_as else None,
            w.document_id,
            len(it.article.statements) if w.status in ("loaded", "replaced") else 0,
        )
        for it, w in zip(items, written, strict=True)
    }


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Hold the cycle collector off while a batch is written. The writer allocates a million
    short-lived tuples per 10,000 articles and no reference cycles; without this, full
    collections over everything the parser left in memory cost about a fifth of the write."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _db_reason(exc: BaseException) -> str:
    """One line for a database error, without SQL or parameters (they can be huge)."""
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()
    return "database error: " + (first[0] if first else type(orig).__name__)


def import_people(conn: Connection, people: PeopleFile) -> list[int]:
    """Store a people file's persons (curated: never pruned) with their aliases, matching
    persons already known by the same rules as articles; returns their ids."""
    if not people.persons:
        return []
    entries = [Person(e.name, e.country, e.organization, tuple(e.aliases)) for e in people.persons]
    ids = resolve_persons(conn, entries, people)
    person = models.Person.__table__
    conn.execute(sa.update(person).where(person.c.id.in_(ids.values())).values(curated=True))
    forced = [
        {"pid": ids[e.name], "key": family_key(e.name, family_first=e.family_name_first)}
        for e in people.persons
        if e.family_name_first is not None
    ]
    if forced:
        conn.execute(
            sa.update(person)
            .where(person.c.id == sa.bindparam("pid"))
            .values(family_key=sa.bindparam("key")),
            forced,
        )
    return list(dict.fromkeys(ids.values()))
