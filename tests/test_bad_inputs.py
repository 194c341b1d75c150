"""What `dipdb` does with bad input, as users see it: the command line's exit code and its one
line naming the file (or database) and the reason, with the database left as it was.

The catalogue runs `dipdb load` on both backends. The parser's and loader's own handling of
these inputs is specified in test_parse.py and test_load.py; here is the contract a script or a
person at a terminal relies on. Database URLs carry the password "s3cret", which must never be
printed, whatever fails.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from conftest import PG_ENV, ROOT, SEED, count

from dipdb import db, load, models
from dipdb.cli import main

SECRET = "s3cret"
SEED_BYTES = SEED.read_bytes()
SEED_TEXT = SEED_BYTES.decode("utf-8")
HEADER, _, BODY = SEED_TEXT.partition("\n")


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


def table_counts(url: str) -> dict[str, int]:
    engine = db.create_engine(url)
    try:
        return {t: count(engine, t) for t in [*models.Base.metadata.tables, "alembic_version"]}
    finally:
        engine.dispose()


def assert_one_error_line(result: Result, *, exit_code: int = 1) -> str:
    """The failure is one line on stderr, no traceback; returns that line."""
    assert result.exit_code == exit_code, result.output
    # In-process, an uncaught exception shows as result.exception, not as a printed traceback.
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# --- files that are refused -------------------------------------------------------------------


def write(name: str, data: bytes) -> Callable[[Path], tuple[Path, str]]:
    def make(folder: Path) -> tuple[Path, str]:
        path = folder / name
        path.write_bytes(data)
        return path, ""

    return make


def symlink(name: str, target: str) -> Callable[[Path], tuple[Path, str]]:
    def make(folder: Path) -> tuple[Path, str]:
        path = folder / name
        path.symlink_to(target)
        return path, target

    return make


def fifo(folder: Path) -> tuple[Path, str]:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path, ""


TOO_BIG_BYTES = 50_000_000


def too_big(folder: Path) -> tuple[Path, str]:
    """A 50 MB article-shaped file (a header, then the seed's paragraphs over and over)."""
    path = folder / "huge.txt"
    chunk = BODY.encode() * 64
    with path.open("wb") as f:
        f.write(HEADER.encode() + b"\n")
        while f.tell() + len(chunk) < TOO_BIG_BYTES:
            f.write(chunk)
        f.write(b"x" * (TOO_BIG_BYTES - f.tell()))
    return path, ""


RANDOM = random.Random(7).randbytes(4096)
LATIN1 = " date 2022-12-31 Caf\xe9 talks\n\nThe minister said it.\n".encode("latin-1")
LATIN1_LINE_3 = codecs.BOM_UTF8 + SEED_BYTES.replace(b"Russian", b"Russ\xe9", 1)
LATIN1_OFFSET = LATIN1_LINE_3.index(b"\xe9")
UTF16 = HEADER + "\n" + BODY

#: (file name, how to make it, the reason printed after "error: PATH: "). ``{target}`` is the
#: symlink's target.
REFUSED: list[tuple[str, Callable[[Path], tuple[Path, str]], str]] = [
    ("empty", write("empty.txt", b""), "file is empty"),
    ("whitespace", write("blank.txt", b" \n\t\r\n  \n"), "file is empty"),
    (
        "nul-bytes",
        write("nul.txt", SEED_BYTES.replace(b"Beijing", b"Bei\x00jing", 1)),
        "binary file, not text (contains NUL bytes)",
    ),
    ("random-bytes", write("random.txt", RANDOM), "binary file, not text (contains NUL bytes)"),
    (
        "random-bytes-without-nul",
        write("random2.txt", RANDOM.replace(b"\x00", b"\x01")),
        "not UTF-8 text (invalid byte 0x{byte:02X} at offset {offset}, line {line}); convert it "
        "to UTF-8, e.g. iconv -f LATIN1 -t UTF-8 if it is Latin-1",
    ),
    (
        "utf16-le",
        write("utf16le.txt", codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le")),
        "file is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
    ),
    (
        "utf16-be",
        write("utf16be.txt", codecs.BOM_UTF16_BE + UTF16.encode("utf-16-be")),
        "file is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
    ),
    (
        "latin1",
        write("latin1.txt", LATIN1),
        "not UTF-8 text (invalid byte 0xE9 at offset 20, line 1); convert it to UTF-8, "
        "e.g. iconv -f LATIN1 -t UTF-8 if it is Latin-1",
    ),
    (
        "latin1-after-a-bom",
        write("latin1-bom.txt", LATIN1_LINE_3),
        f"not UTF-8 text (invalid byte 0xE9 at offset {LATIN1_OFFSET}, line 3); convert it to "
        "UTF-8, e.g. iconv -f LATIN1 -t UTF-8 if it is Latin-1",
    ),
    (
        "impossible-date",
        write("feb30.txt", SEED_BYTES.replace(b"2022-12-31", b"2022-02-30", 1)),
        "header date 2022-02-30 is not a real date",
    ),
    (
        "header-without-date",
        write("nodate.txt", (" date Xi meets Putin via video link\n" + BODY).encode()),
        "header date 'Xi' is not YYYY-MM-DD; first line must be ' date YYYY-MM-DD Title'",
    ),
    (
        "no-header",
        write("noheader.txt", BODY.encode()),
        "first line is not a ' date YYYY-MM-DD Title' header",
    ),
    (
        "too-big",
        too_big,
        "file is 50.0 MB, over the 2 MB limit for one article: dipdb expects one readout per file",
    ),
    (
        "dangling-symlink",
        symlink("dangling.txt", "gone.txt"),
        "broken symbolic link: its target {target} does not exist",
    ),
    (
        "symlink-loop",
        symlink("loop.txt", "loop.txt"),
        "symbolic link loop: the link leads back to itself",
    ),
    ("named-pipe", fifo, "not a regular file (a pipe, socket or device)"),
]


def first_invalid_utf8(data: bytes) -> dict[str, int]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return {
            "byte": data[err.start],
            "offset": err.start,
            "line": data.count(b"\n", 0, err.start) + 1,
        }
    raise AssertionError("the data is valid UTF-8")


@pytest.mark.parametrize("backend_name", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("make", "reason"), [pytest.param(m, r, id=n) for n, m, r in REFUSED])
def test_a_bad_file_is_refused_in_one_line_naming_it_and_the_database_is_unchanged(
    shared_seeded_url: Callable[[str], str],
    backend_name: str,
    tmp_path: Path,
    make: Callable[[Path], tuple[Path, str]],
    reason: str,
) -> None:
    url = shared_seeded_url(backend_name)
    path, target = make(tmp_path)
    if "{byte" in reason:
        reason = reason.format(**first_invalid_utf8(path.read_bytes()))
    before = table_counts(url)
    result = invoke("-d", url, "load", str(path))
    line = assert_one_error_line(result)
    assert line == f"error: {load.display_path(path)}: {reason.format(target=target)}"
    assert "0 loaded" in result.stdout and "1 failed" in result.stdout
    assert table_counts(url) == before


def test_a_missing_path_is_refused_in_one_line(
    shared_seeded_url: Callable[[str], str], tmp_path: Path
) -> None:
    result = invoke("-d", shared_seeded_url("sqlite"), "load", str(tmp_path / "nope.txt"))
    line = assert_one_error_line(result)
    assert line == f"error: {tmp_path / 'nope.txt'}: no such file or folder"


# --- files that are accepted ------------------------------------------------------------------


def bom(folder: Path) -> list[Path]:
    path = folder / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SEED_BYTES)
    return [path]


def crlf(folder: Path) -> list[Path]:
    path = folder / "crlf.txt"
    path.write_bytes(SEED_BYTES.replace(b"\n", b"\r\n"))
    return [path]


def folder_of_symlinks(folder: Path) -> list[Path]:
    """Articles kept elsewhere, linked into the folder that is loaded."""
    (folder / "store").mkdir()
    (folder / "links").mkdir()
    shutil.copy(SEED, folder / "store" / "seed.txt")
    (folder / "store" / "changed.txt").write_text(SEED_TEXT.replace("Beijing", "Beijing City", 1))
    for name in ("seed.txt", "changed.txt"):
        (folder / "links" / name).symlink_to(folder / "store" / name)
    return [folder / "links"]


def folder_with_a_symlink_loop(folder: Path) -> list[Path]:
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "again").symlink_to(folder, target_is_directory=True)
    return [folder]


@pytest.mark.parametrize(
    ("make", "loaded"),
    [
        pytest.param(bom, 1, id="utf8-bom"),
        pytest.param(crlf, 1, id="crlf"),
        pytest.param(folder_of_symlinks, 2, id="folder-of-symlinks"),
        pytest.param(folder_with_a_symlink_loop, 1, id="symlink-loop-in-folder"),
    ],
)
def test_these_inputs_load_with_offsets_into_the_text_as_read(
    db_url: str, tmp_path: Path, make: Callable[[Path], list[Path]], loaded: int
) -> None:
    paths = make(tmp_path)
    result = invoke("-d", db_url, "load", *map(str, paths))
    assert result.exit_code == 0, result.output
    assert f"{loaded} loaded" in result.stdout and result.stderr == ""
    engine = db.create_engine(db_url)
    try:
        with engine.connect() as conn:
            docs = conn.execute(sa.text("SELECT id, path, text FROM source_document")).all()
            spans = conn.execute(
                sa.text("SELECT document_id, char_start, char_end, text FROM statement")
            ).all()
    finally:
        engine.dispose()
    assert len(docs) == loaded and spans
    for doc_id, path, text in docs:
        with open(path, encoding="utf-8-sig", newline="") as f:
            assert text == f.read()
        assert all(text[s:e] == t for d, s, e, t in spans if d == doc_id)


def test_a_file_that_vanishes_mid_load_is_reported_and_the_others_load(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is deleted after the folder is listed and before it is read."""
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(SEED, tmp_path / "b.txt")
    (tmp_path / "b.txt").write_text(SEED_TEXT.replace("Beijing", "Beijing City", 1))
    (tmp_path / "c.txt").write_text(SEED_TEXT.replace("Beijing", "Peking", 1))
    listed = load.iter_inputs

    def list_then_delete(paths: Any) -> Iterator[Any]:
        found = list(listed(paths))
        (tmp_path / "b.txt").unlink()
        return iter(found)

    monkeypatch.setattr(load, "iter_inputs", list_then_delete)
    result = invoke("-d", db_url, "load", str(tmp_path))
    line = assert_one_error_line(result)
    assert line == f"error: {tmp_path / 'b.txt'}: file vanished before it could be read"
    assert "2 loaded" in result.stdout and "1 failed" in result.stdout
    engine = db.create_engine(db_url)
    assert count(engine, "source_document") == 2
    engine.dispose()


# --- databases that cannot be used ------------------------------------------------------------


@pytest.mark.parametrize("command", [["load", str(SEED)], ["db", "upgrade"], ["db", "current"]])
@pytest.mark.parametrize(
    ("where", "why"),
    [
        ("afile/db.sqlite", "{tmp}/afile is a file, not a folder"),
        ("missing/folder/db.sqlite", "folder {tmp}/missing/folder does not exist"),
    ],
    ids=["file-where-a-folder-is-expected", "missing-folder"],
)
def test_a_sqlite_file_that_cannot_be_created_is_one_line_saying_why(
    tmp_path: Path, command: list[str], where: str, why: str
) -> None:
    (tmp_path / "afile").write_text("not a folder")
    path = tmp_path / where
    line = assert_one_error_line(invoke("-d", str(path), *command))
    assert line == (
        f"Error: cannot use the database sqlite:///{path}: unable to open database file "
        f"({why.format(tmp=tmp_path)})"
    )
    assert not path.exists()


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root writes into read-only folders: the case cannot happen"
)
def test_a_sqlite_file_in_a_read_only_folder_is_one_line_saying_why(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        line = assert_one_error_line(invoke("-d", str(folder / "db.sqlite"), "load", str(SEED)))
    finally:
        folder.chmod(0o755)
    assert line.startswith(f"Error: cannot use the database sqlite:///{folder}/db.sqlite: ")
    assert line.endswith(f"(folder {folder} is not writable)")


@pytest.mark.parametrize(
    "command",
    [
        ["load", str(SEED)],
        ["query", "SELECT 1"],
        ["stats"],
        ["db", "upgrade"],
        ["db", "downgrade", "base"],
        ["search", "energy"],
        ["export", "statements"],
    ],
    ids=lambda c: " ".join(c[:2]).replace(str(SEED), "SEED"),
)
def test_a_database_from_a_newer_dipdb_is_refused_and_never_downgraded(
    seeded: sa.Engine, db_url: str, command: list[str]
) -> None:
    with seeded.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffffnewer'"))
    before = table_counts(db_url)
    line = assert_one_error_line(invoke("-d", db_url, *command))
    assert line == (
        "Error: the database is at schema revision ffffnewer, which this dipdb does not know "
        "(it was written by a newer dipdb); upgrade dipdb to use it"
    )
    assert table_counts(db_url) == before
    with seeded.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
            "ffffnewer"
        )


# --- passwords --------------------------------------------------------------------------------

UNREACHABLE = f"postgresql://dipdb:{SECRET}@127.0.0.1:1/nodb"

#: Arguments that make each command that takes --database do its work (on a database with the
#: seed; a few, like linking a document to its own meeting, are refused there, in one line).
COMMAND_ARGS: dict[str, list[str]] = {
    "load": ["load", str(SEED)],
    "load --json": ["load", "--json", "-q", str(SEED)],
    "parse": ["parse", str(SEED)],
    "db upgrade": ["db", "upgrade"],
    "db downgrade": ["db", "downgrade", "base"],
    "db current": ["db", "current"],
    "db history": ["db", "history"],
    "stats": ["stats"],
    "stats --json": ["stats", "--json"],
    "query": ["query", "SELECT 1"],
    "eval": [
        "eval",
        str(ROOT / "tests" / "gold" / "seed.gold.jsonl"),
        "--root",
        str(ROOT),
    ],
    "people import": ["people", "import", str(ROOT / "dipdb" / "people.toml")],
    "people list": ["people", "list"],
    "topics list": ["topics", "list"],
    "topics show": ["topics", "show", "economy"],
    "topics retag": ["topics", "retag"],
    "search": ["search", "energy"],
    "fts check": ["fts", "check"],
    "fts rebuild": ["fts", "rebuild"],
    "show meeting": ["show", "meeting", "1"],
    "show person": ["show", "person", "Xi", "--json"],
    "export": ["export", "statements"],
    "datasette-metadata": ["datasette-metadata", "-o", "-"],
    "compare": ["compare", "1"],
    "meetings list": ["meetings", "list"],
    "meetings link": ["meetings", "link", "1", "1"],
    "meetings unlink": ["meetings", "unlink", "1"],
    "meetings forget": ["meetings", "forget", "1"],
    "meetings relink": ["meetings", "relink"],
}


def commands_with_a_database_option(group: click.Group, prefix: str = "") -> list[str]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += commands_with_a_database_option(command, f"{prefix}{name} ")
        elif any(p.name == "database" for p in command.params):
            found.append(prefix + name)
    return found


def test_every_command_that_takes_a_database_is_in_the_password_checks() -> None:
    covered = {name.removesuffix(" --json") for name in COMMAND_ARGS}
    assert set(commands_with_a_database_option(main)) <= covered


def assert_no_password(result: Result) -> None:
    assert SECRET not in result.output, result.output
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert_one_error_line(result)


@pytest.mark.parametrize("via", ["option", "environment"])
@pytest.mark.parametrize("args", COMMAND_ARGS.values(), ids=COMMAND_ARGS.keys())
def test_no_command_prints_the_password_of_a_database_it_cannot_reach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], via: str
) -> None:
    monkeypatch.chdir(tmp_path)  # "datasette-metadata" and friends write nothing elsewhere
    if via == "option":
        result = invoke("-d", UNREACHABLE, *args)
    else:
        result = invoke(*args, env={db.ENV_URL: UNREACHABLE})
    assert_no_password(result)
    if args[0] not in ("parse", "eval"):  # these two never open the database
        line = assert_one_error_line(result)
        assert line.startswith("Error: cannot use the database postgresql://dipdb:***@127.0.0.1:1")


def server(database: str = "postgres", user: str | None = None, **query: str) -> str:
    """A URL to the test server with the password, and the given database, user and query."""
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL cases skipped")
    url = sa.engine.make_url(admin).set(password=SECRET, database=database, query=query)
    return (url.set(username=user) if user else url).render_as_string(hide_password=False)


BAD_URLS: list[tuple[str, Callable[[], str], str]] = [
    ("refused-port", lambda: UNREACHABLE, "Connection refused"),
    ("unknown-host", lambda: f"postgresql://u:{SECRET}@nohost.invalid/x", "nohost.invalid"),
    ("port-not-a-number", lambda: f"postgresql://u:{SECRET}@host:abc/x", "not a database URL"),
    ("unknown-database", lambda: server("dipdb_no_such_database"), "does not exist"),
    ("unknown-role", lambda: server(user="dipdb_nobody"), "does not exist"),
    ("unknown-option", lambda: server(bogus="1"), 'invalid connection option "bogus"'),
    ("bad-option-value", lambda: server(connect_timeout="soon"), "connect_timeout"),
    (
        "password-in-query",
        lambda: f"postgresql://u@127.0.0.1:1/x?password={SECRET}",
        "Connection refused",
    ),
    ("percent-in-password", lambda: f"postgresql://u:{SECRET}%25x@127.0.0.1:1/x", "refused"),
    ("sqlite-with-password", lambda: f"sqlite://u:{SECRET}@/x.sqlite", "not a SQLite URL"),
    ("other-database", lambda: f"mysql://u:{SECRET}@localhost/x", "unsupported database"),
]


@pytest.mark.parametrize("command", [["stats"], ["db", "upgrade"], ["load", str(SEED)]])
@pytest.mark.parametrize(("make_url", "reason"), [pytest.param(m, r, id=n) for n, m, r in BAD_URLS])
def test_a_database_url_that_fails_is_one_line_without_its_password(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    make_url: Callable[[], str],
    reason: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("-d", make_url(), *command)
    line = assert_one_error_line(result)
    assert SECRET not in result.output and reason in line


@pytest.mark.parametrize("given_in", ["user-info", "query"])
@pytest.mark.parametrize("make_db_url", ["postgresql"], indirect=True)
def test_a_password_is_hidden_in_everything_printed_about_a_working_database(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given_in: str
) -> None:
    """The test server trusts local connections, so a password in the URL is accepted and
    ignored: every command runs for real and prints what it prints about the database."""
    monkeypatch.chdir(tmp_path)
    url = sa.engine.make_url(db_url)
    if given_in == "user-info":
        url = url.set(password=SECRET)
    else:
        url = url.update_query_dict({"password": SECRET})
    url_text = url.render_as_string(hide_password=False)
    for name, args in COMMAND_ARGS.items():
        if args[:2] == ["db", "downgrade"]:
            continue  # would empty the database for the commands after it
        result = invoke("-d", url_text, *args)
        assert_no_password(result)
        assert result.exit_code == 0 or name.startswith("meetings"), (name, result.output)
    summary = invoke("-d", url_text, "load", "--json", "-q", str(SEED))
    assert SECRET not in summary.output and "***" in json.loads(summary.stdout)["database"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"postgresql://u:{SECRET}@h/x", "postgresql://u:***@h/x"),
        (
            f"at 'postgresql+psycopg://u:{SECRET}@h:5/x' now",
            "at 'postgresql+psycopg://u:***@h:5/x' now",
        ),
        (f"host=h password={SECRET} dbname=x", "host=h password=*** dbname=x"),
        (f"host=h password='{SECRET} x' dbname=x", "host=h password=*** dbname=x"),
        (
            f"postgresql://u@h/x?sslmode=off&password={SECRET}",
            "postgresql://u@h/x?sslmode=off&password=***",
        ),
        ("no secrets here: postgresql://u@h/x", "no secrets here: postgresql://u@h/x"),
    ],
)
def test_redact_hides_passwords_in_urls_and_connection_strings(text: str, shown: str) -> None:
    assert db.redact(text) == shown


def test_redact_hides_the_known_password_wherever_a_driver_repeats_it() -> None:
    url = f"postgresql://u:{SECRET}@h/x"
    assert db.redact(f"authentication failed for password {SECRET!r}", url) == (
        "authentication failed for password '***'"
    )
    assert re.fullmatch(r"postgresql://u:\*\*\*@h/x", db.display_url(url))
