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
from dipdb.article import Article, ParseError, Person
from dipdb.parse import PARSER_VERSION, decode, parse_article
from dipdb.people import PeopleFile, builtin_people, family_key, same_person
from dipdb.tagging import TopicIds, sync_topics, tag_statements
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
    """Attach topics to every statement except boilerplate (captions, credits, bylines); the
    statements are tagged together so that one referring back ("the conflict") can inherit the
    region of an earlier one in its paragraph (:func:`dipdb.tagging.tag_statements`)."""
    return replace(article, statements=tag_statements(article.statements, taxonomy))


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
    people: PeopleFile | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> LoadReport:
    """Load every article under ``paths``; the database is created or upgraded first.

    ``publisher`` overrides what the parser infers (for collections whose text does not say).
    ``on_result`` is called after each file, for progress display.
    """
    return load_inputs(
        engine,
        iter_inputs(paths),
        publisher=publisher,
        taxonomy=taxonomy,
        people=people,
        on_result=on_result,
    )


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """What stays the same for every file of one load run."""

    taxonomy: Taxonomy
    topic_ids: TopicIds
    people: PeopleFile
    publisher: str | None = None


def load_inputs(
    engine: Engine,
    inputs: Iterable[Path | FileResult],
    *,
    publisher: str | None = None,
    taxonomy: Taxonomy | None = None,
    people: PeopleFile | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> LoadReport:
    """:func:`load_paths` for inputs already expanded by :func:`iter_inputs` (the CLI counts
    them first for its progress bar)."""
    migrate.ensure_current(engine)
    taxonomy = taxonomy or load_taxonomy()
    people = people or builtin_people()
    with engine.begin() as conn:
        topic_ids = sync_topics(conn, taxonomy)
        import_people(conn, people)
    options = LoadOptions(taxonomy, topic_ids, people, publisher)
    report = LoadReport()
    for item in inputs:
        result = item if isinstance(item, FileResult) else load_file(engine, item, options)
        report.results.append(result)
        if on_result is not None:
            on_result(result)
    return report


def load_file(engine: Engine, path: Path, options: LoadOptions) -> FileResult:
    """Load one file in its own transaction; a failure leaves the database as it was."""
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
        article = read_article(data, options.taxonomy)
    except ParseError as exc:
        return FileResult(shown, "failed", str(exc))
    if options.publisher:
        article = replace(article, publisher=options.publisher)
    with engine.begin() as conn:
        replaced = delete_documents_at(conn, shown)
        doc_id = write_article(
            conn,
            article,
            path=shown,
            sha256=sha,
            size=len(data),
            topic_ids=options.topic_ids,
            people=options.people,
        )
    return FileResult(
        shown,
        "replaced" if replaced else "loaded",
        document_id=doc_id,
        statements=len(article.statements),
    )


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


# --- writing -------------------------------------------------------------------------------------


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
    doc = models.SourceDocument.__table__
    conn.execute(
        sa.delete(person).where(
            person.c.curated.is_(False),
            ~sa.exists().where(part.c.person_id == person.c.id),
            ~sa.exists().where(spk.c.person_id == person.c.id),
            ~sa.exists().where(doc.c.attributed_to_id == person.c.id),
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


def _match_by_family(conn: Connection, wanted: list[Person], people: PeopleFile) -> dict[str, int]:
    """Find persons known under another form of their name ("Joe Biden" for "Joseph R. Biden
    Jr.", "Biden" for either): same family name, compatible given names, no conflicting
    country. Ambiguity is settled by a shared alias, or not at all (a new row is safer than
    merging two people)."""
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    families = {p.name: family_key(p.name) for p in wanted}
    rows = conn.execute(
        sa.select(person.c.id, person.c.name, person.c.country, person.c.family_key).where(
            person.c.family_key.in_(set(families.values()))
        )
    ).all()
    if not rows:
        return {}
    aliases: dict[int, set[str]] = {}
    for pid, key in conn.execute(
        sa.select(alias.c.person_id, alias.c.alias_key).where(
            alias.c.person_id.in_([r.id for r in rows])
        )
    ):
        aliases.setdefault(pid, set()).add(key)
    found = {}
    for p in wanted:
        candidates = [
            r
            for r in rows
            if r.family_key == families[p.name]
            and same_person(p.name, p.country, r.name, r.country, people)
        ]
        if len(candidates) > 1:
            forms = {name_key(form) for form in (p.name, *p.aliases)}
            candidates = [r for r in candidates if forms & aliases.get(r.id, set())]
        if len(candidates) == 1:
            found[p.name] = candidates[0].id
    return found


def resolve_persons(
    conn: Connection, persons: Sequence[Person], people: PeopleFile | None = None
) -> dict[str, int]:
    """Map each of an article's persons to a person row, creating rows and aliases as needed.

    A person is found again, in this order, by canonical name; by an alias that names exactly
    one known person (an article that only says "President Xi" joins "Xi Jinping"); by family
    name with compatible given names (:func:`dipdb.people.same_person`). What is learnt is kept:
    every form the article used becomes an alias, a missing country is filled in, and a fuller
    name replaces a shorter one ("Biden" becomes "Joseph R. Biden Jr.").
    """
    people = people or builtin_people()
    person, alias = models.Person.__table__, models.PersonAlias.__table__
    keys = {p.name: name_key(p.name) for p in persons}
    ids: dict[str, int] = {}
    by_key = dict(
        conn.execute(
            sa.select(person.c.name_key, person.c.id).where(person.c.name_key.in_(keys.values()))
        ).all()
    )
    ids.update({p.name: by_key[keys[p.name]] for p in persons if keys[p.name] in by_key})
    missing = [p for p in persons if p.name not in ids]
    if missing:
        by_alias = dict(
            conn.execute(
                sa.select(alias.c.alias_key, sa.func.min(alias.c.person_id))
                .where(alias.c.alias_key.in_([keys[p.name] for p in missing]))
                .group_by(alias.c.alias_key)
                .having(sa.func.count(sa.distinct(alias.c.person_id)) == 1)
            ).all()
        )
        ids.update({p.name: by_alias[keys[p.name]] for p in missing if keys[p.name] in by_alias})
    missing = [p for p in persons if p.name not in ids]
    if missing:
        by_family = _match_by_family(conn, missing, people)
        ids.update(by_family)
        _upgrade_names(conn, [(ids[p.name], p.name) for p in missing if p.name in by_family])
    new = [p for p in persons if p.name not in ids]
    if new:
        _insert_ignore(
            conn,
            person,
            [
                {
                    "name": p.name,
                    "name_key": keys[p.name],
                    "family_key": family_key(p.name),
                    "country": p.country,
                    "organization": p.organization,
                }
                for p in new
            ],
        )
        created = dict(
            conn.execute(
                sa.select(person.c.name_key, person.c.id).where(
                    person.c.name_key.in_([keys[p.name] for p in new])
                )
            ).all()
        )
        ids.update({p.name: created[keys[p.name]] for p in new})
    countries = [{"pid": ids[p.name], "country": p.country} for p in persons if p.country]
    if countries:
        conn.execute(
            sa.update(person)
            .where(person.c.id == sa.bindparam("pid"), person.c.country.is_(None))
            .values(country=sa.bindparam("country")),
            countries,
        )
    alias_rows = {
        (ids[p.name], name_key(form)): form for p in persons for form in (p.name, *p.aliases)
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


def _upgrade_names(conn: Connection, matches: list[tuple[int, str]]) -> None:
    """Give a person the fuller of two names for them, unless that name belongs to another."""
    person = models.Person.__table__
    for pid, name in matches:
        current = conn.execute(sa.select(person.c.name).where(person.c.id == pid)).scalar_one()
        if len(name.split()) <= len(current.split()):
            continue
        taken = conn.execute(
            sa.select(person.c.id).where(person.c.name_key == name_key(name))
        ).first()
        if taken is None:
            conn.execute(
                sa.update(person)
                .where(person.c.id == pid)
                .values(name=name, name_key=name_key(name))
            )


def write_article(
    conn: Connection,
    article: Article,
    *,
    path: str,
    sha256: str,
    size: int,
    topic_ids: TopicIds,
    people: PeopleFile | None = None,
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
            "genre": article.genre,
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

    person_ids = resolve_persons(conn, article.persons, people)
    if article.attributed_to in person_ids:
        conn.execute(
            sa.update(doc_t)
            .where(doc_t.c.id == doc_id)
            .values(attributed_to_id=person_ids[article.attributed_to])
        )
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
                "topic_id": topic_ids.by_slug[t.slug],
                "evidence_start": t.start,
                "evidence_end": t.end,
                "taxonomy_version_id": topic_ids.version_id,
            }
            for s, sid in zip(statements, st_ids, strict=True)
            for t in {t.slug: t for t in reversed(s.topics)}.values()
            if t.slug in topic_ids.by_slug
        ]
        if topic_rows:
            conn.execute(sa.insert(models.StatementTopic.__table__), topic_rows)
    return doc_id
