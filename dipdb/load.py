"""Loading articles: one transaction per article, idempotent, nothing half-written.

The flow for each file is read bytes -> sha256 -> skip if already loaded -> decode and parse (pure,
no database) -> write every row of the article in one transaction with Core bulk inserts. A file
that fails to read or parse is reported with one line and leaves the database as it was; the other
files still load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import migrate, models
from dipdb.article import Article, ParseError
from dipdb.parse import PARSER_VERSION, decode, parse_article
from dipdb.topics import Taxonomy, load_taxonomy

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
class LoadReport:
    results: list[FileResult] = field(default_factory=list)

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
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | FileResult]:
    """Expand command-line paths into article files, in a stable order.

    Folders are searched recursively for ``*.txt`` without following symlinked folders (a symlink
    loop cannot hang the load); a missing path or a folder without articles is yielded as a
    failed :class:`FileResult`, so the caller reports it like any other bad input.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.lower().endswith(ARTICLE_SUFFIX):
                        found = True
                        candidate = Path(dirpath) / name
                        key = Path(os.path.abspath(candidate))
                        if key not in seen:
                            seen.add(key)
                            yield candidate
            if not found:
                yield FileResult(display_path(path), "failed", "no *.txt articles in this folder")
        elif path.exists():
            key = Path(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                yield path
        else:
            yield FileResult(display_path(path), "failed", "no such file or folder")


def read_article(data: bytes, taxonomy: Taxonomy | None = None) -> Article:
    """Decode, parse and topic-tag one article. Pure: raises :class:`ParseError` for bad input."""
    article = parse_article(decode(data))
    return tag_topics(article, taxonomy or load_taxonomy())


def tag_topics(article: Article, taxonomy: Taxonomy) -> Article:
    """Attach topics to every statement except boilerplate (captions, credits, bylines)."""
    statements = tuple(
        s if s.kind == "boilerplate" else replace(s, topics=taxonomy.match(s.text, s.start))
        for s in article.statements
    )
    return replace(article, statements=statements)


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise ParseError("is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ParseError("file vanished before it could be read") from exc
    except PermissionError as exc:
        raise ParseError("permission denied") from exc
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from exc


def load_paths(
    engine: Engine,
    paths: Sequence[str | os.PathLike[str]],
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> LoadReport:
    """Load every article under ``paths``; the database is created or upgraded first.

    ``publisher`` overrides what the parser infers (for collections whose text does not say).
    ``on_result`` is called after each file, for progress display.
    """
    return load_inputs(
        engine, iter_inputs(paths), publisher=publisher, taxonomy=taxonomy, on_result=on_result
    )


def load_inputs(
    engine: Engine,
    inputs: Iterable[Path | FileResult],
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> LoadReport:
    """:func:`load_paths` for inputs already expanded by :func:`iter_inputs` (the CLI counts
    them first for its progress bar)."""
    migrate.ensure_current(engine)
    taxonomy = taxonomy or load_taxonomy()
    with engine.begin() as conn:
        topic_ids = sync_topics(conn, taxonomy)
    report = LoadReport()
    for item in inputs:
        if isinstance(item, FileResult):
            result = item
        else:
            result = load_file(
                engine, item, publisher=publisher, taxonomy=taxonomy, topic_ids=topic_ids
            )
        report.results.append(result)
        if on_result is not None:
            on_result(result)
    return report


def load_file(
    engine: Engine,
    path: Path,
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy,
    topic_ids: dict[str, int],
) -> FileResult:
    shown = display_path(path)
    try:
        data = read_file(path)
    except ParseError as exc:
        return FileResult(shown, "failed", str(exc))
    sha = hashlib.sha256(data).hexdigest()
    with engine.connect() as conn:
        existing = conn.execute(
            sa.select(models.SourceDocument.id, models.SourceDocument.path).where(
                models.SourceDocument.sha256 == sha
            )
        ).first()
    if existing is not None:
        if existing.path == shown:
            return FileResult(shown, "unchanged", document_id=existing.id)
        return FileResult(shown, "duplicate", f"same content as {existing.path}", existing.id)
    try:
        article = read_article(data, taxonomy)
    except ParseError as exc:
        return FileResult(shown, "failed", str(exc))
    if publisher:
        article = replace(article, publisher=publisher)
    with engine.begin() as conn:
        replaced = delete_documents_at(conn, shown)
        doc_id = write_article(
            conn, article, path=shown, sha256=sha, size=len(data), topic_ids=topic_ids
        )
    return FileResult(
        shown,
        "replaced" if replaced else "loaded",
        document_id=doc_id,
        statements=len(article.statements),
    )


# --- writing -------------------------------------------------------------------------------------


def sync_topics(conn: Connection, taxonomy: Taxonomy) -> dict[str, int]:
    """Make the topic table match the taxonomy (insert new slugs, update names, parents and
    descriptions) and return slug -> id. Topics no longer in the taxonomy are kept, since
    statements may still carry them; re-tagging is a separate, explicit operation."""
    t = models.Topic.__table__
    existing = {row.slug: row for row in conn.execute(sa.select(t))}
    new = [
        {"slug": topic.slug, "name": topic.name, "description": topic.description}
        for topic in taxonomy.topics
        if topic.slug not in existing
    ]
    if new:
        conn.execute(sa.insert(t), new)
    ids = {row.slug: row.id for row in conn.execute(sa.select(t.c.slug, t.c.id))}
    for topic in taxonomy.topics:
        parent_id = ids.get(topic.parent) if topic.parent else None
        row = existing.get(topic.slug)
        if row is None or (row.name, row.description, row.parent_id) != (
            topic.name,
            topic.description,
            parent_id,
        ):
            conn.execute(
                sa.update(t)
                .where(t.c.id == ids[topic.slug])
                .values(name=topic.name, description=topic.description, parent_id=parent_id)
            )
    return ids


def delete_documents_at(conn: Connection, path: str) -> bool:
    """Remove what an earlier version of the file at ``path`` wrote, with everything that hangs off
    it (cascades), then meetings and persons nothing refers to any more."""
    doc = models.SourceDocument.__table__
    ids = conn.execute(sa.select(doc.c.id).where(doc.c.path == path)).scalars().all()
    if not ids:
        return False
    conn.execute(sa.delete(doc).where(doc.c.id.in_(ids)))
    prune_orphans(conn)
    return True


def prune_orphans(conn: Connection) -> None:
    meeting, md = models.Meeting.__table__, models.meeting_document
    conn.execute(sa.delete(meeting).where(~sa.exists().where(md.c.meeting_id == meeting.c.id)))
    person = models.Person.__table__
    part, spk = models.Participant.__table__, models.StatementSpeaker.__table__
    conn.execute(
        sa.delete(person).where(
            ~sa.exists().where(part.c.person_id == person.c.id),
            ~sa.exists().where(spk.c.person_id == person.c.id),
        )
    )


def name_key(name: str) -> str:
    """Normalised key for names and aliases: case- and spacing-insensitive."""
    return " ".join(name.casefold().replace("\u2019", "'").split())


def _insert_ignore(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on either backend, so that concurrent loaders racing to
    create the same person or alias both succeed."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


def resolve_persons(conn: Connection, article: Article) -> dict[str, int]:
    """Map each of the article's persons to a person row, creating rows and aliases as needed.

    A person is found again by canonical name, or failing that by an alias that names exactly one
    known person (an article that only says "President Xi" joins "Xi Jinping").
    """
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    keys = {p.name: name_key(p.name) for p in article.persons}
    found = {
        row.name_key: row.id
        for row in conn.execute(
            sa.select(person.c.name_key, person.c.id).where(person.c.name_key.in_(keys.values()))
        )
    }
    missing = [k for k in keys.values() if k not in found]
    if missing:
        by_alias = conn.execute(
            sa.select(alias.c.alias_key, sa.func.min(alias.c.person_id).label("pid"))
            .where(alias.c.alias_key.in_(missing))
            .group_by(alias.c.alias_key)
            .having(sa.func.count(sa.distinct(alias.c.person_id)) == 1)
        )
        found.update({row.alias_key: row.pid for row in by_alias})
    new = [p for p in article.persons if keys[p.name] not in found]
    _insert_ignore(
        conn,
        person,
        [
            {
                "name": p.name,
                "name_key": keys[p.name],
                "country": p.country,
                "organization": p.organization,
            }
            for p in new
        ],
    )
    if new:
        found.update(
            {
                row.name_key: row.id
                for row in conn.execute(
                    sa.select(person.c.name_key, person.c.id).where(
                        person.c.name_key.in_([keys[p.name] for p in new])
                    )
                )
            }
        )
    ids = {p.name: found[keys[p.name]] for p in article.persons}
    for p in article.persons:
        if p.country:
            conn.execute(
                sa.update(person)
                .where(person.c.id == ids[p.name], person.c.country.is_(None))
                .values(country=p.country)
            )
    alias_rows = {
        (ids[p.name], name_key(form)): form
        for p in article.persons
        for form in (p.name, *p.aliases)
    }
    _insert_ignore(
        conn,
        alias,
        [
            {"person_id": pid, "alias_key": key, "alias": form}
            for (pid, key), form in alias_rows.items()
        ],
    )
    return ids


def write_article(
    conn: Connection,
    article: Article,
    *,
    path: str,
    sha256: str,
    size: int,
    topic_ids: dict[str, int],
) -> int:
    """Insert one parsed article and everything it implies; returns the document id.

    Rows go in with one executemany per table; ids of parent rows come back in bulk through
    ``RETURNING`` (ordered as the input), so there is no per-row round trip and no ORM flush.
    """
    doc_t = models.SourceDocument.__table__
    dateline = article.dateline
    doc_id = conn.execute(
        sa.insert(doc_t).returning(doc_t.c.id),
        {
            "path": path,
            "sha256": sha256,
            "size_bytes": size,
            "publisher": article.publisher,
            "title": article.header.title,
            "published": article.header.published,
            "dateline_place": dateline.place if dateline else None,
            "dateline_date": dateline.date if dateline else None,
            "dateline_agency": dateline.agency if dateline else None,
            "text": article.text,
            "parser_version": article.parser_version or PARSER_VERSION,
            "loaded_at": dt.datetime.now(dt.UTC),
        },
    ).scalar_one()

    para_t = models.Paragraph.__table__
    para_ids: dict[int, int] = {}
    if article.paragraphs:
        rows = (
            conn.execute(
                sa.insert(para_t).returning(para_t.c.id, sort_by_parameter_order=True),
                [
                    {
                        "document_id": doc_id,
                        "position": p.position,
                        "kind": p.kind,
                        "char_start": p.start,
                        "char_end": p.end,
                    }
                    for p in article.paragraphs
                ],
            )
            .scalars()
            .all()
        )
        para_ids = {p.position: pid for p, pid in zip(article.paragraphs, rows, strict=True)}

    m = article.meeting
    meeting_t = models.Meeting.__table__
    meeting_id = conn.execute(
        sa.insert(meeting_t).returning(meeting_t.c.id),
        {
            "date": m.date,
            "date_precision": m.date_precision,
            "format": m.format,
            "kind": m.kind,
            "location": m.location,
            "host_country": m.host_country,
        },
    ).scalar_one()
    conn.execute(
        sa.insert(models.meeting_document), {"meeting_id": meeting_id, "document_id": doc_id}
    )

    person_ids = resolve_persons(conn, article)
    participants: dict[int, dict[str, Any]] = {}
    for p in article.participants:
        pid = person_ids[p.name]
        participants.setdefault(
            pid,
            {
                "meeting_id": meeting_id,
                "person_id": pid,
                "title": p.title,
                "country": p.country,
                "participation": p.participation,
            },
        )
    if participants:
        conn.execute(sa.insert(models.Participant.__table__), list(participants.values()))

    statements = article.statements
    if statements:
        st_t = models.Statement.__table__
        st_ids = (
            conn.execute(
                sa.insert(st_t).returning(st_t.c.id, sort_by_parameter_order=True),
                [
                    {
                        "meeting_id": meeting_id,
                        "document_id": doc_id,
                        "paragraph_id": para_ids[s.paragraph],
                        "position": i,
                        "char_start": s.start,
                        "char_end": s.end,
                        "text": s.text,
                        "kind": s.kind,
                        "cue": s.cue,
                        "mode": s.mode,
                        "method": s.method,
                        "confidence": s.confidence,
                        "side": s.side,
                    }
                    for i, s in enumerate(statements)
                ],
            )
            .scalars()
            .all()
        )
        speaker_rows = [
            {"statement_id": sid, "person_id": pid, "position": k}
            for s, sid in zip(statements, st_ids, strict=True)
            # Two names of one article can resolve to one person: link them once.
            for k, pid in enumerate(dict.fromkeys(person_ids[name] for name in s.speakers))
        ]
        if speaker_rows:
            conn.execute(sa.insert(models.StatementSpeaker.__table__), speaker_rows)
        topic_rows = [
            {
                "statement_id": sid,
                "topic_id": topic_ids[t.slug],
                "evidence_start": t.start,
                "evidence_end": t.end,
            }
            for s, sid in zip(statements, st_ids, strict=True)
            for t in {t.slug: t for t in reversed(s.topics)}.values()
            if t.slug in topic_ids
        ]
        if topic_rows:
            conn.execute(sa.insert(models.StatementTopic.__table__), topic_rows)
    return doc_id
