"""The ``dipdb`` command line: a thin Click layer over the library modules.

Each command parses options, calls one library function (:mod:`dipdb.load`, :mod:`dipdb.migrate`,
:mod:`dipdb.query`, ...) and formats its result. Exit codes: 0 success, 1 a failure in the data or
the database (a file that would not load, a bad query), 2 a usage error.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import sqlalchemy as sa

from dipdb import __version__, db, export, migrate
from dipdb.article import ParseError
from dipdb.people import PeopleFile, PeopleFileError, builtin_people, merge, read_people
from dipdb.topics import TaxonomyError

F = TypeVar("F", bound=Callable[..., Any])

DATABASE_HELP = (
    "Database URL (sqlite:///FILE, postgresql://USER@HOST/DB) or a SQLite file path. "
    f"Default: ${db.ENV_URL}, else sqlite:///dipdb.sqlite in the working directory."
)


def _database_option(f: F) -> F:
    """``--database/-d`` on every command, so it can go before or after the command name."""
    return click.option(
        "--database",
        "-d",
        "database",
        envvar=db.ENV_URL,
        show_envvar=True,
        metavar="URL",
        help=DATABASE_HELP,
        default=None,
    )(f)


def _taxonomy_option(
    help: str = "Taxonomy TOML file to use instead of the shipped one.",
) -> Callable[[F], F]:
    """``--taxonomy`` / ``$DIPDB_TAXONOMY`` on every command that tags or scores topics."""
    return click.option(
        "--taxonomy",
        "taxonomy_file",
        type=click.Path(exists=True, dir_okay=False),
        envvar="DIPDB_TAXONOMY",
        show_envvar=True,
        help=help,
    )


def _url(ctx: click.Context, database: str | None) -> str:
    return database or (ctx.obj or {}).get("database") or db.resolve_url(None)


def _user_errors(f: F) -> F:
    """Turn the errors a user can cause into one-line Click errors (exit 1), never tracebacks.

    Every message has the database password hidden: drivers can echo the connection string, and
    error output ends up in logs and bug reports.
    """

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        url = _url(click.get_current_context(), kwargs.get("database"))
        try:
            return f(*args, **kwargs)
        except (db.DatabaseURLError, migrate.SchemaError, TaxonomyError, PeopleFileError) as exc:
            raise click.ClickException(db.redact(str(exc), url)) from exc
        except sa.exc.DBAPIError as exc:  # connection refused, bad option, unwritable file...
            raise click.ClickException(db.error_line(exc, url)) from exc
        except sa.exc.ArgumentError as exc:
            raise click.ClickException(db.redact(str(exc).splitlines()[0], url)) from exc
        except click.ClickException as exc:
            exc.message = db.redact(exc.message, url)
            raise

    return wrapper  # type: ignore[return-value]


def _people(path: str | None) -> PeopleFile:
    """The shipped people file, extended by the user's when one is given."""
    people = builtin_people()
    return merge(people, [read_people(path)]) if path else people


def _engine(ctx: click.Context, database: str | None) -> sa.Engine:
    return db.create_engine(_url(ctx, database))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@_database_option
@click.version_option(__version__, prog_name="dipdb")
@click.pass_context
def main(ctx: click.Context, database: str | None) -> None:
    """dipdb turns diplomatic readouts into a database of who said what, to whom, when, and on
    which policy topics.

    \b
    Typical use:
      dipdb load seeds/                   parse every *.txt under seeds/ into ./dipdb.sqlite
      dipdb stats                         what is in the database
      dipdb query "SELECT * FROM statement LIMIT 5"
      dipdb -d postgresql://postgres@127.0.0.1/dipdb load corpus/

    Articles are UTF-8 text files whose first line is ' date YYYY-MM-DD Title', followed by
    paragraphs separated by blank lines.
    """
    ctx.ensure_object(dict)
    ctx.obj["database"] = database


# --- load ----------------------------------------------------------------------------------------

#: From this many input files on, ``dipdb load`` parses in one process per CPU unless told.
AUTO_JOBS_FILES = 200


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--publisher",
    help="Publisher to record for these files, overriding what the "
    "parser infers from the text (e.g. 'The White House').",
)
@_taxonomy_option(help="Topic taxonomy TOML file to tag with instead of the shipped one.")
@click.option(
    "--people",
    "people_file",
    type=click.Path(exists=True, dir_okay=False),
    envvar="DIPDB_PEOPLE",
    show_envvar=True,
    help="People file (TOML) with nicknames and persons to recognise; its persons are "
    "imported first, as with 'dipdb people import'.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Parse in this many worker processes while this one writes; 0 = one per CPU. "
    f"Default: one per CPU from {AUTO_JOBS_FILES} files on (starting workers costs more than "
    "it saves on fewer), else parse here.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Articles written per transaction. Each article still lands whole or not at all: "
    "a failing batch is retried one article at a time.",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print only errors (no progress bar, no summary)."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the summary as one JSON object on stdout (counts, failures, timings).",
)
@_database_option
@click.pass_context
@_user_errors
def load(
    ctx: click.Context,
    paths: tuple[Path, ...],
    publisher: str | None,
    taxonomy_file: str | None,
    people_file: str | None,
    jobs: int | None,
    batch_size: int,
    quiet: bool,
    as_json: bool,
    database: str | None,
) -> None:
    """Parse articles and store them; each article lands whole or not at all.

    PATHS are article files or folders (searched recursively for *.txt). The database is created
    or upgraded to the current schema first. A file already loaded with the same content is
    skipped before parsing, so re-running a daily load costs little; a changed file at the same
    path replaces its earlier rows. A file that cannot be loaded gets one line on stderr saying
    why and leaves no rows behind; the others still load, and the exit status is 1.

    \b
    Examples:
      dipdb load seeds/
      dipdb load ~/readouts/                     # 200+ files: parses on every CPU
      dipdb load --jobs 1 ~/readouts/            # ... or in this process only
      dipdb load -q --json new/ > summary.json   # for cron jobs and scripts

    A progress bar (files, statements, rate, time left) goes to stderr when it is a terminal.
    """
    from dipdb import load as load_mod
    from dipdb.topics import load_taxonomy

    engine = _engine(ctx, database)
    taxonomy = load_taxonomy(taxonomy_file)
    people = _people(people_file)
    items = list(load_mod.iter_inputs(paths))
    progress = _LoadProgress(len(items)) if sys.stderr.isatty() and not quiet else None

    def on_result(result: load_mod.FileResult) -> None:
        if progress is not None:
            progress.advance(result)
        if result.status == "failed":
            if progress is not None:
                progress.clear_line()
            click.secho(f"error: {result.path}: {result.reason}", fg="red", err=True)

    try:
        report = load_mod.load_inputs(
            engine,
            items,
            publisher=publisher,
            taxonomy=taxonomy,
            people=people,
            on_result=on_result,
            jobs=_jobs_for(jobs, len(items)),
            batch_size=batch_size,
        )
    finally:
        if progress is not None:
            progress.close()
        engine.dispose()
    where = db.display_url(engine.url)
    if as_json:
        click.echo(json.dumps(_load_summary(report, where)))
    elif not quiet:
        parts = [
            f"{report.count('loaded')} loaded",
            f"{report.count('replaced')} replaced",
            f"{report.count('unchanged', 'duplicate')} unchanged",
            f"{report.count('failed')} failed",
        ]
        click.echo(
            f"{', '.join(parts)}; {report.statements} statements written to {where} "
            f"in {report.times.total:.1f} s"
        )
    if not report.ok:
        ctx.exit(1)


def _jobs_for(jobs: int | None, files: int) -> int:
    if jobs is not None:
        return jobs
    return 0 if files >= AUTO_JOBS_FILES else 1


def _load_summary(report: Any, where: str) -> dict[str, Any]:
    t = report.times
    written = report.count("loaded", "replaced")
    return {
        "database": where,
        **{s: report.count(s) for s in ("loaded", "replaced", "unchanged", "duplicate", "failed")},
        "statements": report.statements,
        "failures": [{"path": r.path, "reason": r.reason} for r in report.failed],
        "seconds": {
            k: round(getattr(t, k), 3)
            for k in ("read", "parse", "write", "index", "analyze", "total")
        },
        "articles_per_second": round(written / t.total, 1) if t.total else None,
    }


class _LoadProgress:
    """Files done of all, statements written, rate and time left, redrawn on one stderr line."""

    def __init__(self, total: int) -> None:
        self.statements = 0
        self.started = time.monotonic()
        self.bar = click.progressbar(
            length=total,
            label="loading",
            file=sys.stderr,
            show_pos=True,
            show_eta=True,
            item_show_func=self._describe,
        )
        self.bar.__enter__()

    def _describe(self, _item: object) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return f"{self.statements} statements, {self.bar.pos / elapsed:.0f} files/s"

    def advance(self, result: Any) -> None:
        self.statements += result.statements
        self.bar.update(1, current_item=result)

    def clear_line(self) -> None:
        sys.stderr.write("\r\033[K")

    def close(self) -> None:
        self.bar.__exit__(None, None, None)


# --- parse ---------------------------------------------------------------------------------------


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON: one object for one file, "
    'JSON Lines (one object per file, with "path") for several.',
)
@_taxonomy_option(help="Topic taxonomy TOML file.")
@_database_option
@click.pass_context
@_user_errors
def parse(
    ctx: click.Context,
    files: tuple[Path, ...],
    as_json: bool,
    taxonomy_file: str | None,
    database: str | None,
) -> None:
    """Show what the loader would store for FILES, without touching any database.

    Without --json, prints the meeting and one line per statement (speakers, kind, cue and
    text). With --json, the full structure: document, meeting, participants, persons, paragraphs
    and statements with exact character offsets (text == source[start:end], source read as
    UTF-8 with the BOM removed and line endings kept).
    """
    from dipdb import load as load_mod
    from dipdb.topics import load_taxonomy

    taxonomy = load_taxonomy(taxonomy_file)
    inputs = list(load_mod.iter_inputs(files))
    failed = False
    for item in inputs:
        if isinstance(item, load_mod.FileResult):
            click.secho(f"error: {item.path}: {item.reason}", fg="red", err=True)
            failed = True
            continue
        shown = load_mod.display_path(item)
        try:
            article = load_mod.read_article(load_mod.read_file(item), taxonomy)
        except ParseError as exc:
            click.secho(f"error: {shown}: {exc}", fg="red", err=True)
            failed = True
            continue
        if as_json:
            single = len(inputs) == 1
            data = export.article_to_dict(article, None if single else shown)
            click.echo(export.dumps(data, indent=2 if single else None))
        else:
            click.echo(_describe_article(shown, article))
    if failed:
        ctx.exit(1)


def _describe_article(path: str, article: Any) -> str:
    m = article.meeting
    lines = [
        f"{path}: {article.header.title}",
        f"  published {article.header.published} by {article.publisher or 'unknown publisher'}",
        f"  meeting: {m.date or 'date unknown'} ({m.date_precision}), {m.format}, "
        f"{m.kind or 'kind unknown'}, {m.location or 'place unknown'}"
        f"{f' ({m.host_country})' if m.host_country else ''}",
    ]
    for p in article.participants:
        lines.append(f"  {p.participation}: {p.name}" + (f", {p.title}" if p.title else ""))
    for s in article.statements:
        who = " + ".join(s.speakers) or "-"
        snippet = " ".join(s.text.split())
        snippet = snippet if len(snippet) <= 70 else snippet[:69] + "…"
        lines.append(f"  [{s.start}:{s.end}] {s.kind:<11} {who:<28} {s.cue or '':<14} {snippet}")
    return "\n".join(lines)


# --- db ------------------------------------------------------------------------------------------


@main.group("db")
def db_group() -> None:
    """Create, upgrade and inspect the database schema (Alembic migrations).

    The migrations ship inside the installed package: no alembic.ini or checkout is needed.
    From a checkout, plain 'alembic upgrade head' works too (same URL rules).
    """


@db_group.command("upgrade")
@click.argument("revision", default="head")
@_database_option
@click.pass_context
@_user_errors
def db_upgrade(ctx: click.Context, revision: str, database: str | None) -> None:
    """Upgrade the schema to REVISION (default: head), creating the database if needed."""
    engine = _engine(ctx, database)
    migrate.upgrade(engine, revision)
    click.echo(f"database at revision {migrate.current_revision(engine)}")


@db_group.command("downgrade")
@click.argument("revision")
@_database_option
@click.pass_context
@_user_errors
def db_downgrade(ctx: click.Context, revision: str, database: str | None) -> None:
    """Downgrade the schema to REVISION ('base' removes every dipdb table, and its data)."""
    engine = _engine(ctx, database)
    migrate.downgrade(engine, revision)
    click.echo(f"database at revision {migrate.current_revision(engine) or 'base'}")


@db_group.command("current")
@_database_option
@click.pass_context
@_user_errors
def db_current(ctx: click.Context, database: str | None) -> None:
    """Print the database's schema revision and whether it is the newest."""
    engine = _engine(ctx, database)
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current is None:
        click.echo(f"base (empty database; head is {head})")
    else:
        click.echo(f"{current}{' (head)' if current == head else f' (head is {head})'}")


@db_group.command("history")
@_database_option
@click.pass_context
@_user_errors
def db_history(ctx: click.Context, database: str | None) -> None:
    """List schema revisions, newest first; the database's current one is marked with *."""
    engine = _engine(ctx, database)
    path = db.sqlite_path(engine.url)
    known = path is None or path.exists()
    for rev in migrate.history(engine if known else None):
        marks = ("*" if rev.is_current else " ") + ("h" if rev.is_head else " ")
        click.echo(f"{marks} {rev.revision}  {rev.message.splitlines()[0] if rev.message else ''}")


# --- stats and query -----------------------------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_database_option
@click.pass_context
@_user_errors
def stats(ctx: click.Context, as_json: bool, database: str | None) -> None:
    """Counts of documents, meetings, persons and statements, and the share with a speaker."""
    from dipdb import query

    try:
        engine = query.read_only_engine(_url(ctx, database))
    except query.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    s = query.stats(engine)
    if as_json:
        click.echo(
            export.dumps(
                {
                    "documents": s.documents,
                    "meetings": s.meetings,
                    "persons": s.persons,
                    "statements": s.statements,
                    "attributed": s.attributed,
                    "share_attributed": round(s.share_attributed, 4),
                    "by_kind": s.by_kind,
                    "by_publisher": s.by_publisher,
                },
                indent=2,
            )
        )
        return
    click.echo(
        f"documents   {s.documents}\nmeetings    {s.meetings}\npersons     {s.persons}\n"
        f"statements  {s.statements} ({s.attributed} with a speaker, "
        f"{s.share_attributed:.1%})"
    )
    if s.by_kind:
        click.echo("by kind     " + ", ".join(f"{k} {n}" for k, n in sorted(s.by_kind.items())))
    if s.by_publisher:
        click.echo()
        click.echo(
            export.rows_to_table(
                ["publisher", "documents", "statements", "attributed"],
                [tuple(r.values()) for r in s.by_publisher],
            )
        )


@main.command()
@click.argument("sql")
@click.option("--json", "fmt", flag_value="json", help="Print rows as a JSON array of objects.")
@click.option("--csv", "fmt", flag_value="csv", help="Print rows as CSV with a header line.")
@click.option("--width", default=60, show_default=True, help="Cut table cells to this width.")
@_database_option
@click.pass_context
@_user_errors
def query(ctx: click.Context, sql: str, fmt: str | None, width: int, database: str | None) -> None:
    """Run one read-only SQL statement and print the rows.

    SQL is one SELECT, WITH, VALUES or EXPLAIN statement (also PRAGMA on SQLite, TABLE and SHOW
    on PostgreSQL). The database is opened read-only (SQLite) or in a READ ONLY session with
    reduced privileges (PostgreSQL), so anything that would write, or reach outside the database,
    is refused. Example:

    \b
      dipdb query "SELECT kind, count(*) AS n FROM statement GROUP BY kind" --csv
    """
    from dipdb import query as query_mod

    try:
        engine = query_mod.read_only_engine(_url(ctx, database))
        migrate.check_known(engine)  # a newer dipdb's schema may not mean what the SQL expects
        result = query_mod.run_query(engine, sql)
    except query_mod.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    _print_rows(result, fmt, width)


def _print_rows(result: Any, fmt: str | None, width: int = 60) -> None:
    """Rows as JSON, CSV, or an aligned table with the row count on stderr."""
    if fmt == "json":
        click.echo(export.rows_to_json(result.columns, result.rows))
    elif fmt == "csv":
        click.echo(export.rows_to_csv(result.columns, result.rows), nl=False)
    elif result.columns:
        click.echo(export.rows_to_table(result.columns, result.rows, max_width=width))
        click.echo(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})", err=True)


# --- eval ----------------------------------------------------------------------------------------


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--corpus",
    "--root",
    "root",
    type=click.Path(exists=True, file_okay=False),
    default=".",
    show_default=True,
    help='Folder that the gold lines\' "file" paths are relative to (a path it lacks is read '
    "from the current directory, as the seed's seeds/... is).",
)
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="List every wrong span with its text: speakers, meeting facts, topics.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@_taxonomy_option()
@_database_option
@click.pass_context
@_user_errors
def evaluate(
    ctx: click.Context,
    gold: tuple[str, ...],
    root: str,
    show_errors: bool,
    as_json: bool,
    taxonomy_file: str | None,
    database: str | None,
) -> None:
    """Score the parser against gold annotations (no database involved).

    GOLD files are JSON Lines in the format of tests/gold/README.md: span lines (file, start,
    end, kind, speakers, alt), meeting lines (file, meeting_date, format, principals, ...) and
    topic lines (file, start, end, topics). Prints speaker accuracy by kind, by publisher and by
    genre, meeting accuracy, and topic precision and recall per top-level topic. From a
    checkout:

    \b
      dipdb eval tests/gold/seed.gold.jsonl tests/gold/seed.meetings.jsonl
      dipdb eval tests/gold/dev/*.jsonl --corpus ../shared/corpus --errors
      dipdb eval tests/gold/topics/*.jsonl --corpus ../shared/corpus --taxonomy mine.toml

    With --taxonomy, topics are scored as that taxonomy tags them: try a change to a taxonomy
    against gold before re-tagging a database with it.
    """
    from dipdb import evaluate as ev
    from dipdb.topics import load_taxonomy

    try:
        results = ev.evaluate_gold(gold, root, load_taxonomy(taxonomy_file))
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"bad gold file: {exc}") from exc
    for r in results:
        if r.score is None:
            click.secho(f"error: {r.file}: {r.error}", fg="red", err=True)
    summary = ev.summarize(results)
    if as_json:
        click.echo(
            export.dumps(
                {
                    "total": summary.total.as_dict(),
                    "by_publisher": {k: g.as_dict() for k, g in summary.by_publisher.items()},
                    "by_genre": {k: g.as_dict() for k, g in summary.by_genre.items()},
                    "errors": [
                        {
                            "file": r.file,
                            "start": e.start,
                            "end": e.end,
                            "kind": e.kind,
                            "gold": list(e.gold),
                            "predicted": list(e.predicted),
                        }
                        for r in results
                        if r.score is not None
                        for e in r.score.spans.errors
                    ],
                    "topic_errors": [
                        {
                            "file": r.file,
                            "start": start,
                            "end": end,
                            "gold": list(want),
                            "predicted": list(got),
                        }
                        for r in results
                        if r.topics is not None
                        for start, end, want, got in r.topics.errors
                    ],
                },
                indent=2,
            )
        )
    else:
        click.echo(_eval_report(summary))
        if show_errors:
            _print_eval_errors(results)
    if any(r.score is None for r in results):
        ctx.exit(1)


def _pct(ks: Any) -> str:
    return f"{ks.correct}/{ks.total} ({ks.accuracy:.1%})" if ks.total else "-"


def _eval_report(summary: Any) -> str:
    t = summary.total
    lines = [f"{t.articles} articles"]
    if t.spans.by_kind:
        lines.append(
            "by kind:   " + ", ".join(f"{k} {_pct(v)}" for k, v in sorted(t.spans.by_kind.items()))
        )
        lines.append(
            f"speech+joint right speakers: {_pct(t.attributed)}; "
            f"narrative/boilerplate without speaker: {_pct(t.empty)}"
        )
    if t.meetings:
        # Meeting lines are scored on their own too (a gold file may hold only meeting lines).
        lines.append(
            f"meetings: date+format+principals right {t.core_ok}/{t.meetings}, "
            f"all facts right {t.meetings_ok}/{t.meetings}; "
            + ", ".join(f"{k} {_pct(v)}" for k, v in t.facts.items())
        )
    lines += _topic_lines(t)
    if not t.spans.by_kind and not t.meetings:
        return "\n".join(lines)
    for title, groups in (("publisher", summary.by_publisher), ("genre", summary.by_genre)):
        rows = [
            (
                name,
                g.articles,
                _pct(g.attributed),
                _pct(g.spans.group(("implicit",))),
                _pct(g.empty),
                f"{g.core_ok}/{g.meetings}",
            )
            for name, g in sorted(groups.items())
        ]
        lines.append("")
        lines.append(
            export.rows_to_table(
                [title, "articles", "speech+joint", "implicit", "no speaker", "meeting core"],
                rows,
            )
        )
    return "\n".join(lines)


def _topic_lines(t: Any) -> list[str]:
    lines: list[str] = []
    if t.topics.spans:
        total = t.topics.total
        lines.append("")
        lines.append(
            f"topics on {t.topics.spans} spans, by top-level topic: precision "
            f"{total.precision:.1%}, recall {total.recall:.1%} (tp {total.tp}, fp {total.fp}, "
            f"fn {total.fn})"
        )
        lines.append(
            export.rows_to_table(
                ["top-level topic", "tp", "fp", "fn", "precision", "recall"],
                [
                    (slug, c.tp, c.fp, c.fn, f"{c.precision:.1%}", f"{c.recall:.1%}")
                    for slug, c in sorted(t.topics.by_topic.items())
                ],
            )
        )
    return lines


def _print_eval_errors(results: Any) -> None:
    for r in results:
        if r.score is None:
            continue
        errors = r.score.spans.errors
        meeting_wrong = r.score.meeting is not None and not r.score.meeting.all_ok
        topic_errors = r.topics.errors if r.topics is not None else []
        if not errors and not meeting_wrong and not topic_errors:
            continue
        click.echo(f"\n{r.file} ({r.publisher}, {r.genre})")
        for e in errors:
            click.echo(
                f"  [{e.start}:{e.end}] {e.kind}: gold {list(e.gold)} "
                f"got {list(e.predicted)}: {_snippet(r.text, e.start, e.end)}"
            )
        if meeting_wrong:
            for fact, (got, want) in r.score.meeting.details.items():
                if getattr(r.score.meeting, fact) is False:
                    click.echo(f"  meeting {fact}: gold {want!r} got {got!r}")
        for start, end, want, got in topic_errors:
            # What a taxonomy author acts on: topics to add phrases for, and topics whose
            # phrases fire where they should not (top-level topics, as they are scored).
            missed, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
            parts = [f"missed {missed}"] * bool(missed) + [f"extra {extra}"] * bool(extra)
            click.echo(
                f"  [{start}:{end}] topics: {', '.join(parts)}: {_snippet(r.text, start, end)}"
            )


def _snippet(text: str, start: int, end: int, width: int = 100) -> str:
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"


# --- people --------------------------------------------------------------------------------------


@main.group("people")
def people_group() -> None:
    """Curate persons: import a people file, list who is in the database.

    dipdb learns people from the texts; a people file (TOML, see dipdb/people.toml in the
    package for the format) adds what texts leave implicit: nicknames and transliterations
    ("Joe" = "Joseph"), countries, aliases, and names written family name first.
    """


@people_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_database_option
@click.pass_context
@_user_errors
def people_import(ctx: click.Context, file: str, database: str | None) -> None:
    """Add or update the persons of FILE (kept even when no document names them)."""
    from dipdb import load as load_mod

    engine = _engine(ctx, database)
    migrate.ensure_current(engine)
    people = _people(file)
    with engine.begin() as conn:
        ids = load_mod.import_people(conn, people)
    click.echo(f"{len(ids)} persons imported from {file}")


@people_group.command("list")
@click.option("--json", "fmt", flag_value="json", help="Print rows as JSON.")
@click.option("--csv", "fmt", flag_value="csv", help="Print rows as CSV.")
@click.option("--name", help="Only persons whose name or an alias contains this text.")
@_database_option
@click.pass_context
@_user_errors
def people_list(
    ctx: click.Context, fmt: str | None, name: str | None, database: str | None
) -> None:
    """Persons with their country, aliases, and how many statements and meetings they have."""
    from dipdb import query as query_mod

    try:
        engine = query_mod.read_only_engine(_url(ctx, database))
        migrate.require_current(engine)
        result = query_mod.people(engine, name)
    except query_mod.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    _print_rows(result, fmt)


# --- topics --------------------------------------------------------------------------------------


@main.group("topics")
def topics_group() -> None:
    """The policy-topic taxonomy and how it tags statements.

    Statements are tagged when loaded, with the shipped taxonomy or the one given by --taxonomy
    / $DIPDB_TAXONOMY (a TOML file that can extend or replace the shipped one). After changing
    the taxonomy, 'dipdb topics retag' re-applies it to every statement already stored.
    """


@topics_group.command("list")
@click.option("--json", "fmt", flag_value="json", help="Print rows as JSON.")
@click.option("--csv", "fmt", flag_value="csv", help="Print rows as CSV.")
@_database_option
@click.pass_context
@_user_errors
def topics_list(ctx: click.Context, fmt: str | None, database: str | None) -> None:
    """Every topic, indented under its parent, with statement counts.

    'tagged' counts statements tagged with the topic itself; 'statements' also counts those
    tagged with any topic below it (a statement about LNG counts under energy and economy).
    """
    from dipdb import query as query_mod
    from dipdb import tagging

    try:
        engine = query_mod.read_only_engine(_url(ctx, database))
    except query_mod.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    migrate.require_current(engine)
    rows = tagging.topic_counts(engine)
    columns = ["slug", "name", "parent", "tagged", "statements"]
    if fmt is None:
        table = [
            ("· " * int(r["depth"] or 0) + str(r["slug"]), r["name"], r["tagged"], r["statements"])
            for r in rows
        ]
        click.echo(export.rows_to_table(["topic", "name", "tagged", "statements"], table))
    else:
        _print_rows(
            query_mod.QueryResult(columns, [tuple(r[c] for c in columns) for r in rows]), fmt
        )


@topics_group.command("show")
@click.argument("slug")
@click.option("--examples", default=5, show_default=True, help="How many example statements.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@_taxonomy_option()
@_database_option
@click.pass_context
@_user_errors
def topics_show(
    ctx: click.Context,
    slug: str,
    examples: int,
    as_json: bool,
    taxonomy_file: str | None,
    database: str | None,
) -> None:
    """A topic's definition (description, phrases, parent and children), its counts, and a few
    statements counted under it."""
    from dipdb import query as query_mod
    from dipdb import tagging
    from dipdb.topics import load_taxonomy

    taxonomy = load_taxonomy(taxonomy_file)
    try:
        topic = taxonomy.get(slug)
    except KeyError as exc:
        raise click.ClickException(
            f"no topic {slug!r} in taxonomy {taxonomy.version}; 'dipdb topics list' shows them"
        ) from exc
    try:
        engine = query_mod.read_only_engine(_url(ctx, database))
    except query_mod.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    migrate.require_current(engine)
    counts = {r["slug"]: r for r in tagging.topic_counts(engine)}.get(topic.slug, {})
    rows = tagging.topic_examples(engine, topic.slug, examples)
    info = {
        "slug": topic.slug,
        "name": topic.name,
        "parent": topic.parent,
        "ancestors": list(taxonomy.ancestors(topic.slug)),
        "children": list(taxonomy.children(topic.slug)),
        "description": topic.description,
        "include": list(topic.include),
        "exclude": list(topic.exclude),
        "aliases": list(topic.aliases),
        "taxonomy_version": taxonomy.version,
        "tagged": counts.get("tagged", 0),
        "statements": counts.get("statements", 0),
        "examples": rows,
    }
    if as_json:
        click.echo(export.dumps(info, indent=2))
        return
    path = " > ".join([*reversed(info["ancestors"]), topic.slug])
    click.echo(f"{topic.name} ({path})\n  {topic.description}")
    if info["children"]:
        click.echo(f"  children: {', '.join(info['children'])}")
    click.echo(f"  include: {', '.join(topic.include)}")
    if topic.exclude:
        click.echo(f"  exclude: {', '.join(topic.exclude)}")
    click.echo(
        f"  {info['tagged']} statements tagged, {info['statements']} counted with "
        f"sub-topics (taxonomy {taxonomy.version})"
    )
    for row in rows:
        who = " + ".join(row["speakers"]) or "-"
        text = " ".join(str(row["text"]).split())
        click.echo(
            f"\n  [{row['date'] or '?'}] {who} ({row['kind']}, statement {row['id']})\n"
            f"    {text if len(text) <= 200 else text[:199] + '…'}"
        )


@topics_group.command("retag")
@_taxonomy_option()
@_database_option
@click.pass_context
@_user_errors
def topics_retag(ctx: click.Context, taxonomy_file: str | None, database: str | None) -> None:
    """Re-apply the taxonomy to every statement in the database, in place.

    Only differences are written, in one transaction; running it twice changes nothing the
    second time. Each tag records the taxonomy version that made it.
    """
    from dipdb import tagging
    from dipdb.topics import load_taxonomy

    taxonomy = load_taxonomy(taxonomy_file)
    engine = _engine(ctx, database)
    migrate.require_current(engine)
    report = tagging.retag(engine, taxonomy)
    click.echo(
        f"{report.statements} statements re-tagged with taxonomy {report.version}: "
        f"{report.added} tags added, {report.removed} removed, {report.kept} kept"
    )


# --- shared by search, show and export -----------------------------------------------------------


def _filter_options(f: F) -> F:
    """The statement filters that search, show person and export share."""
    options = [
        click.option(
            "--speaker",
            metavar="NAME",
            help="Only statements by this person: a name, alias or part of one as whole "
            "words ('Xi', 'Putin', 'President Biden').",
        ),
        click.option(
            "--topic",
            metavar="SLUG",
            help="Only statements on this topic or a sub-topic of it ('dipdb topics list').",
        ),
        click.option(
            "--since",
            type=click.DateTime(["%Y-%m-%d"]),
            metavar="YYYY-MM-DD",
            help="Only statements from meetings on or after this date.",
        ),
        click.option(
            "--until",
            type=click.DateTime(["%Y-%m-%d"]),
            metavar="YYYY-MM-DD",
            help="Only statements from meetings on or before this date.",
        ),
        click.option(
            "--publisher",
            metavar="TEXT",
            help="Only documents whose publisher contains this text (case-insensitive).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(**kwargs: Any) -> Any:
    from dipdb.search import Filters

    since, until = kwargs.get("since"), kwargs.get("until")
    return Filters(
        speaker=kwargs.get("speaker"),
        topic=kwargs.get("topic"),
        since=since.date() if since else None,
        until=until.date() if until else None,
        publisher=kwargs.get("publisher"),
    )


def _reader(ctx: click.Context, database: str | None) -> sa.Engine:
    """A read-only engine on a database at the current schema, or a one-line error."""
    from dipdb import query as query_mod

    try:
        engine = query_mod.read_only_engine(_url(ctx, database))
    except query_mod.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    migrate.require_current(engine)
    return engine


def _color_option(f: F) -> F:
    return click.option(
        "--color/--no-color",
        default=None,
        help="Colour speakers and highlights (default: only when writing to a terminal).",
    )(f)


def _use_color(color: bool | None) -> bool:
    return sys.stdout.isatty() if color is None else color


def _domain_errors(f: F) -> F:
    """Search and show errors (unknown speaker, topic, meeting) as one-line errors, exit 1;
    a query with no words is a usage error, exit 2."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from dipdb.search import EmptyQuery, SearchError
        from dipdb.show import ShowError

        try:
            return f(*args, **kwargs)
        except EmptyQuery as exc:
            raise click.UsageError(str(exc)) from exc
        except (SearchError, ShowError) as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


# --- search and the full-text index --------------------------------------------------------------


@main.command()
@click.argument("words")
@_filter_options
@click.option("--limit", "-n", default=20, show_default=True, help="How many statements.")
@click.option("--json", "fmt", flag_value="json", help="Print hits as a JSON array.")
@click.option("--csv", "fmt", flag_value="csv", help="Print hits as CSV with a header line.")
@_color_option
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def search(
    ctx: click.Context,
    words: str,
    limit: int,
    fmt: str | None,
    color: bool | None,
    database: str | None,
    **filters: Any,
) -> None:
    """Find statements containing every one of WORDS, best match first, with a snippet.

    Words are matched stemmed ('cooperate' finds 'cooperation'); "double quotes" inside
    WORDS make a phrase. Nothing is search syntax: 'Indo-Pacific', 'G-7', 'AUKUS:' or a stray
    quote are just text to find. Matched words are shown in [brackets] (bold on a terminal).

    \b
      dipdb search "energy cooperation"
      dipdb search taiwan --speaker Putin
      dipdb search cooperation --topic economy --since 2022-01-01 --json
      dipdb search '"two presidents"' --publisher xinhua --limit 5
    """
    from dataclasses import asdict

    from dipdb import search as search_mod

    engine = _reader(ctx, database)
    use_color = _use_color(color) and fmt is None
    marks = ("\x1b[1;4m", "\x1b[22;24m") if use_color else search_mod.MARKS
    hits = search_mod.search(engine, words, _filters(**filters), limit=limit, marks=marks)
    if fmt == "json":
        click.echo(export.dumps([asdict(h) for h in hits], indent=2))
        return
    if fmt == "csv":
        columns = [
            "statement_id",
            "score",
            "date",
            "speakers",
            "kind",
            "cue",
            "topics",
            "publisher",
            "meeting_id",
            "snippet",
            "text",
        ]
        rows = [tuple(export.csv_cell(getattr(h, c)) for c in columns) for h in hits]
        click.echo(export.rows_to_csv(columns, rows), nl=False)
        return
    for i, h in enumerate(hits, start=1):
        who = " + ".join(h.speakers) or "(no speaker)"
        facts = [h.date.isoformat() if h.date else "date unknown", who]
        if h.cue:
            facts.append(h.cue)
        facts.append(h.publisher or "unknown publisher")
        facts.append(f"statement {h.statement_id}, meeting {h.meeting_id}")
        if h.topics:
            facts.append("topics: " + ", ".join(h.topics))
        head = f"{i:>2}. " + " · ".join(facts)
        click.echo(click.style(head, bold=True) if use_color else head, color=use_color)
        click.echo(f"    {h.snippet}", color=use_color)
    click.echo(f"({len(hits)} statement{'s' if len(hits) != 1 else ''})", err=True)


@main.group("fts")
def fts_group() -> None:
    """Check and repair the full-text index that 'dipdb search' uses.

    SQLite keeps the index in the FTS5 table statement_fts, updated by triggers on statement;
    PostgreSQL a GIN index on the generated column statement.search_vector. 'check' verifies it
    against the statements (exit 1 when something is wrong); 'rebuild' repairs whatever check
    finds.

    \b
      dipdb fts check
      dipdb fts rebuild
    """


def _print_index_status(status: Any) -> None:
    click.echo(
        f"{status.backend}: {status.statements} statements, {status.indexed} indexed"
        + ("; index OK" if status.ok else "")
    )
    for problem in status.problems:
        click.secho(f"problem: {problem}", fg="red", err=True)


@fts_group.command("check")
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def fts_check(ctx: click.Context, database: str | None) -> None:
    """Verify the index covers every statement as it reads now (changes nothing)."""
    from dipdb import search as search_mod

    # SQLite runs FTS5's integrity check as an INSERT command, which a read-only connection
    # refuses; the transaction is rolled back.
    status = search_mod.check(_engine(ctx, database))
    _print_index_status(status)
    if not status.ok:
        ctx.exit(1)


@fts_group.command("rebuild")
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def fts_rebuild(ctx: click.Context, database: str | None) -> None:
    """Rebuild the index from the statements, restoring missing triggers (SQLite)."""
    from dipdb import search as search_mod

    status = search_mod.rebuild(_engine(ctx, database))
    _print_index_status(status)
    if not status.ok:
        ctx.exit(1)


# --- show ----------------------------------------------------------------------------------------


@main.group("show")
def show_group() -> None:
    """Read a meeting as a transcript, or a person's statements over time.

    \b
      dipdb show meeting 1
      dipdb show person Xi
      dipdb show person "Vladimir Putin" --topic taiwan
      dipdb show meeting 1 --json
    """


@show_group.command("meeting")
@click.argument("meeting_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the meeting as JSON.")
@_color_option
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def show_meeting(
    ctx: click.Context,
    meeting_id: int,
    as_json: bool,
    color: bool | None,
    database: str | None,
) -> None:
    """A meeting: date, format, place, the documents reporting it and its participants, then
    paragraph by paragraph each statement with its speaker(s), cue and topics.

    Meeting ids are in the meeting and meeting_overview tables, and in search results.
    """
    from dipdb import show

    view = show.meeting(_reader(ctx, database), meeting_id)
    if as_json:
        click.echo(export.dumps(show.to_dict(view), indent=2))
        return
    use_color = _use_color(color)
    click.echo(show.render_meeting(view, color=use_color), color=use_color)


@show_group.command("person")
@click.argument("name")
@_filter_options
@click.option("--limit", "-n", type=int, default=None, help="At most this many statements.")
@click.option("--json", "as_json", is_flag=True, help="Print the person as JSON.")
@_color_option
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def show_person(
    ctx: click.Context,
    name: str,
    limit: int | None,
    as_json: bool,
    color: bool | None,
    database: str | None,
    **filters: Any,
) -> None:
    """A person (NAME: a name, alias, part of one, or an id), the meetings they attended, and
    their statements in date order. --topic, --since, --until and --publisher narrow the
    statements; --speaker is ignored here.
    """
    from dipdb import show

    view = show.person(_reader(ctx, database), name, _filters(**filters), limit)
    if as_json:
        click.echo(export.dumps(show.to_dict(view), indent=2))
        return
    use_color = _use_color(color)
    click.echo(show.render_person(view, color=use_color), color=use_color)


# --- meetings and compare ------------------------------------------------------------------------


def _meeting_errors(f: F) -> F:
    """Link, unlink and compare errors (unknown document or meeting) as one-line errors, exit 1."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from dipdb.meetings import MeetingError

        try:
            return f(*args, **kwargs)
        except MeetingError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _writer(ctx: click.Context, database: str | None) -> sa.Engine:
    engine = _engine(ctx, database)
    migrate.require_current(engine)
    return engine


@main.group("meetings")
def meetings_group() -> None:
    """Which documents report the same meeting, and manual corrections to that.

    The loader links a document to a meeting already stored when another document reports it:
    the same principals, dates at most a day apart, compatible format and place (the White
    House's and the Kremlin's readouts of one call, a readout and the transcript of the
    remarks at the meeting). 'link' and 'unlink' correct it; the decision is stored by path
    and every later load obeys it. DOC is a document id or the path it was loaded from.

    \b
      dipdb meetings list --linked
      dipdb meetings link whitehouse/0179.txt kremlin/0136.txt
      dipdb meetings link m12 kremlin/0136.txt     # into meeting 12
      dipdb meetings unlink kremlin/0136.txt
      dipdb compare 12
    """


@meetings_group.command("list")
@click.option("--linked", is_flag=True, help="Only meetings that several documents report.")
@click.option("--meeting", "meeting_id", type=int, help="Only this meeting.")
@click.option("--json", "fmt", flag_value="json", help="Print rows as JSON.")
@click.option("--csv", "fmt", flag_value="csv", help="Print rows as CSV.")
@click.option("--width", default=60, show_default=True, help="Cut table cells to this width.")
@_database_option
@click.pass_context
@_user_errors
def meetings_list(
    ctx: click.Context,
    linked: bool,
    meeting_id: int | None,
    fmt: str | None,
    width: int,
    database: str | None,
) -> None:
    """Meetings with the documents reporting each: one row per meeting and document, with the
    document's side (whose account it is) and why it is linked (link basis, confidence)."""
    from dipdb import meetings
    from dipdb.query import QueryResult

    columns, rows = meetings.list_meetings(
        _reader(ctx, database), linked=linked, meeting_id=meeting_id
    )
    _print_rows(QueryResult(columns, rows), fmt, width)


@meetings_group.command("link")
@click.argument("target")
@click.argument("docs", nargs=-1, required=True)
@_database_option
@click.pass_context
@_user_errors
@_meeting_errors
def meetings_link(
    ctx: click.Context, target: str, docs: tuple[str, ...], database: str | None
) -> None:
    """Put DOCS into the meeting of TARGET (a document, or a meeting written m12) and remember
    that they report the same meeting, whatever the loader would decide."""
    from dipdb import meetings

    meeting_id = meetings.link(_writer(ctx, database), target, docs)
    click.echo(f"meeting {meeting_id}: {len(docs)} document{'s' if len(docs) != 1 else ''} linked")


@meetings_group.command("unlink")
@click.argument("docs", nargs=-1, required=True)
@_database_option
@click.pass_context
@_user_errors
@_meeting_errors
def meetings_unlink(ctx: click.Context, docs: tuple[str, ...], database: str | None) -> None:
    """Give each of DOCS a meeting of its own and remember that it reports a different meeting
    than the documents it shared one with."""
    from dipdb import meetings

    for doc, new_id in zip(docs, meetings.unlink(_writer(ctx, database), docs), strict=True):
        click.echo(f"{doc}: now meeting {new_id}")


@meetings_group.command("forget")
@click.argument("docs", nargs=-1, required=True)
@_database_option
@click.pass_context
@_user_errors
@_meeting_errors
def meetings_forget(ctx: click.Context, docs: tuple[str, ...], database: str | None) -> None:
    """Drop the link and unlink decisions about DOCS and let the loader's rules place them."""
    from dipdb import meetings

    for doc, meeting_id in zip(docs, meetings.forget(_writer(ctx, database), docs), strict=True):
        click.echo(f"{doc}: meeting {meeting_id}")


@meetings_group.command("relink")
@_database_option
@click.pass_context
@_user_errors
def meetings_relink(ctx: click.Context, database: str | None) -> None:
    """Decide every link again from the documents and the stored decisions (after loaders ran
    at the same time, or a newer dipdb changed the rules)."""
    from dipdb import meetings

    r = meetings.relink_all(_writer(ctx, database))
    click.echo(
        f"{r.documents} documents: {r.meetings_before} meetings before, {r.meetings_after} "
        f"after; {r.moved} documents moved"
    )


@main.command("compare")
@click.argument("meeting")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@_database_option
@click.pass_context
@_user_errors
@_meeting_errors
def compare_command(ctx: click.Context, meeting: str, as_json: bool, database: str | None) -> None:
    """The accounts of MEETING side by side, one column per side (whose account it is: the
    publisher's country, else its first principal's): the facts each reports, the participants
    each names, statements per speaker, topics only one side reports and joint statements
    ("the two leaders agreed ...") one side claims alone.

    MEETING is a meeting id (12 or m12), or the path a document was loaded from, to compare
    the meeting it reports. The same comparison is in the meeting_comparison view.

    \b
      dipdb meetings list --linked
      dipdb compare 12
      dipdb compare whitehouse/0179.txt --json
    """
    from dipdb import meetings

    engine = _reader(ctx, database)
    found = re.fullmatch(r"\s*(?:m|meeting:)?(\d+)\s*", meeting, re.IGNORECASE)
    if found:
        meeting_id = int(found.group(1))
    else:
        with engine.connect() as conn:
            meeting_id = meetings.resolve_document(conn, meeting).meeting_id
    view = meetings.compare(engine, meeting_id)
    parents = meetings.topic_parents(engine)
    if as_json:
        click.echo(export.dumps(meetings.comparison_to_dict(view, parents), indent=2))
    else:
        click.echo(meetings.render_comparison(view, parents))


# --- export --------------------------------------------------------------------------------------


@main.command("export")
@click.argument("kind", type=click.Choice([*export.EXPORT_KINDS, "popolo"]))
@click.option("--jsonl", "fmt", flag_value="jsonl", default=True, help="JSON Lines (default).")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header line.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="-",
    help="File to write (default: standard output).",
)
@click.option("--query", "-q", "words", help="Only statements containing these words.")
@_filter_options
@_database_option
@click.pass_context
@_user_errors
@_domain_errors
def export_command(
    ctx: click.Context,
    kind: str,
    fmt: str,
    output: str,
    words: str | None,
    database: str | None,
    **filters: Any,
) -> None:
    """Write statements, meetings or persons as JSON Lines or CSV, or everything as one
    Popolo-style JSON document (persons, organizations, memberships, events, speeches).

    Without filters the whole database is exported. With filters (the same as 'dipdb search',
    plus --query for words) the export holds the matching statements, the meetings they were
    said at, and the persons who spoke them or attended those meetings. JSON Lines keep lists
    as lists; CSV joins them with '; '.

    \b
      dipdb export statements --csv -o statements.csv
      dipdb export meetings > meetings.jsonl
      dipdb export persons --csv
      dipdb export popolo --speaker Xi --since 2022-01-01 -o xi.json
      dipdb export statements --query taiwan --topic taiwan
    """
    if kind == "popolo" and fmt == "csv":
        raise click.UsageError("popolo is one JSON document: drop --csv")
    engine = _reader(ctx, database)
    with engine.connect() as conn, click.open_file(output, "w", encoding="utf-8") as out:
        selection = export.select_rows(conn, _filters(**filters), words)
        if kind == "popolo":
            out.write(export.dumps(export.popolo(conn, selection), indent=2) + "\n")
            n = None
        else:
            rows = export.records(conn, kind, selection)
            n = export.write_csv(rows, out) if fmt == "csv" else export.write_jsonl(rows, out)
    if output != "-":
        what = "popolo document" if n is None else f"{n} {kind}"
        click.echo(f"wrote {what} to {output}", err=True)


# --- datasette -----------------------------------------------------------------------------------


@main.command("datasette-metadata")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    default="metadata.json",
    show_default=True,
    help="File to write ('-' for standard output).",
)
@click.option(
    "--name",
    help="Database name as Datasette shows it (default: the SQLite file name without "
    "its extension).",
)
@_database_option
@click.pass_context
@_user_errors
def datasette_metadata(
    ctx: click.Context, output: str, name: str | None, database: str | None
) -> None:
    """Write a Datasette metadata file: title, source and licence notes, a description of
    every table, view and column, full-text search on statement and statement_detail, and
    canned queries ("what did a speaker say about a topic, and when?").

    \b
      dipdb datasette-metadata
      datasette dipdb.sqlite -m metadata.json

    Datasette is not a dipdb dependency: pip install datasette (or use pipx / uvx).
    """
    from dipdb import datasette

    engine = _reader(ctx, database)
    data = datasette.metadata(engine, name)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(export.dumps(data, indent=2) + "\n")
    if output != "-":
        path = db.sqlite_path(db.parse_url(_url(ctx, database)))
        target = path if path is not None else "DATABASE.sqlite"
        click.echo(f"wrote {output}; now: datasette {target} -m {output}", err=True)
