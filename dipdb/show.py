"""Reading the database like a transcript: one meeting, or one person's statements over time.

The functions here return plain dataclasses (what ``dipdb show --json`` prints) and render them
as text separately, so the same data serves people at a terminal, scripts, and tests. Rendering
colours each speaker consistently when asked to; the CLI asks only when stdout is a terminal.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import click
import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import migrate
from dipdb.search import Filters, filter_sql, find_persons, speakers_of, topics_of

#: Speaker colours, assigned in order of first appearance; narrative stays uncoloured.
PALETTE = ("cyan", "yellow", "green", "magenta", "blue", "red", "bright_cyan", "bright_yellow")
WIDTH = 100


class ShowError(LookupError):
    """Nothing (or more than one thing) matches what the user asked for; message for the user."""


@dataclass(frozen=True, slots=True)
class Participant:
    person_id: int
    name: str
    title: str | None
    country: str | None
    participation: str


@dataclass(frozen=True, slots=True)
class Document:
    document_id: int
    title: str
    publisher: str | None
    published: dt.date
    path: str
    genre: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    paragraph_id: int
    position: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class StatementView:
    statement_id: int
    document_id: int
    position: int
    kind: str
    speakers: list[str]
    speaker_ids: list[int]
    cue: str | None
    mode: str
    topics: list[str]
    text: str
    paragraph: Paragraph


@dataclass(frozen=True, slots=True)
class MeetingView:
    meeting_id: int
    date: dt.date | None
    date_precision: str
    format: str
    kind: str | None
    location: str | None
    host_country: str | None
    documents: list[Document] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    statements: list[StatementView] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Attendance:
    meeting_id: int
    date: dt.date | None
    format: str
    kind: str | None
    location: str | None
    title: str | None
    participation: str | None
    statements: int


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    statement_id: int
    date: dt.date | None
    meeting_id: int
    document_id: int
    publisher: str | None
    kind: str
    speakers: list[str]
    cue: str | None
    mode: str
    topics: list[str]
    text: str


@dataclass(frozen=True, slots=True)
class PersonView:
    person_id: int
    name: str
    country: str | None
    organization: str | None
    aliases: list[str]
    meetings: list[Attendance] = field(default_factory=list)
    statements: list[TimelineEntry] = field(default_factory=list)


def to_dict(view: MeetingView | PersonView) -> dict[str, Any]:
    """The JSON shape of ``dipdb show --json``: the dataclass fields, nested."""
    return asdict(view)


# --- loading -------------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def meeting(engine: Engine, meeting_id: int) -> MeetingView:
    """A meeting with its documents, participants, and every statement in document order,
    each with the paragraph it comes from."""
    migrate.require_current(engine)
    with engine.connect() as conn:
        return _meeting(conn, meeting_id)


def _meeting(conn: Connection, meeting_id: int) -> MeetingView:
    row = conn.execute(
        sa.text(
            "SELECT id, date, date_precision, format, kind, location, host_country "
            "FROM meeting WHERE id = :id"
        ),
        {"id": meeting_id},
    ).first()
    if row is None:
        raise ShowError(
            f"no meeting {meeting_id}; 'dipdb query \"SELECT * FROM meeting_overview\"'"
        )
    documents = [
        Document(
            r.id, r.title, r.publisher, dt.date.fromisoformat(str(r.published)), r.path, r.genre
        )
        for r in conn.execute(
            sa.text(
                "SELECT d.id, d.title, d.publisher, d.published, d.path, d.genre "
                "FROM meeting_document md JOIN source_document d ON d.id = md.document_id "
                "WHERE md.meeting_id = :id ORDER BY d.published, d.id"
            ),
            {"id": meeting_id},
        )
    ]
    # Each document reporting the meeting names its own participants: list each person once,
    # as first named, a principal row before any other.
    participants: list[Participant] = []
    listed: set[int] = set()
    for r in conn.execute(
        sa.text(
            "SELECT p.id, p.name, pa.title, coalesce(pa.country, p.country), pa.participation "
            "FROM participant pa JOIN person p ON p.id = pa.person_id "
            "WHERE pa.meeting_id = :id "
            "ORDER BY CASE WHEN pa.participation = 'principal' THEN 0 ELSE 1 END, pa.id"
        ),
        {"id": meeting_id},
    ):
        if r[0] not in listed:
            listed.add(r[0])
            participants.append(Participant(*r))
    texts = dict(
        conn.execute(
            sa.text(
                "SELECT d.id, d.text FROM meeting_document md "
                "JOIN source_document d ON d.id = md.document_id WHERE md.meeting_id = :id"
            ),
            {"id": meeting_id},
        ).all()
    )
    rows = conn.execute(
        sa.text(
            "SELECT s.id, s.document_id, s.position, s.kind, s.cue, s.mode, s.text, "
            "pg.id AS paragraph_id, pg.position AS paragraph_position, pg.kind AS paragraph_kind, "
            "pg.char_start, pg.char_end "
            "FROM statement s JOIN paragraph pg ON pg.id = s.paragraph_id "
            "JOIN source_document d ON d.id = s.document_id "
            "WHERE s.meeting_id = :id ORDER BY d.published, d.id, s.position"
        ),
        {"id": meeting_id},
    ).all()
    ids = [r.id for r in rows]
    speakers = _speaker_pairs(conn, ids)
    topics = topics_of(conn, ids)
    statements = [
        StatementView(
            statement_id=r.id,
            document_id=r.document_id,
            position=r.position,
            kind=r.kind,
            speakers=[name for _, name in speakers.get(r.id, [])],
            speaker_ids=[pid for pid, _ in speakers.get(r.id, [])],
            cue=r.cue,
            mode=r.mode,
            topics=topics.get(r.id, []),
            text=r.text,
            paragraph=Paragraph(
                r.paragraph_id,
                r.paragraph_position,
                r.paragraph_kind,
                texts[r.document_id][r.char_start : r.char_end],
            ),
        )
        for r in rows
    ]
    return MeetingView(
        meeting_id=row.id,
        date=_date(row.date),
        date_precision=row.date_precision,
        format=row.format,
        kind=row.kind,
        location=row.location,
        host_country=row.host_country,
        documents=documents,
        participants=participants,
        statements=statements,
    )


def _speaker_pairs(conn: Connection, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    if not ids:
        return out
    stmt = sa.text(
        "SELECT ss.statement_id, p.id, p.name FROM statement_speaker ss "
        "JOIN person p ON p.id = ss.person_id WHERE ss.statement_id IN :ids "
        "ORDER BY ss.statement_id, ss.position"
    ).bindparams(sa.bindparam("ids", expanding=True))
    for sid, pid, name in conn.execute(stmt, {"ids": ids}):
        out.setdefault(sid, []).append((pid, name))
    return out


def person(
    engine: Engine, name: str, filters: Filters | None = None, limit: int | None = None
) -> PersonView:
    """One person (by name, alias or id), the meetings they attended and their statements over
    time, optionally narrowed by topic, dates or publisher."""
    migrate.require_current(engine)
    with engine.connect() as conn:
        return _person(conn, name, filters or Filters(), limit)


def resolve_person(conn: Connection, name: str) -> int:
    """The one person ``name`` means, or a :class:`ShowError` that says what to type instead."""
    found = find_persons(conn, name)
    if not found:
        raise ShowError(f"no person matches {name!r}; 'dipdb people list' shows who is known")
    if len(found) > 1:
        options = ", ".join(f"{p.name} (id {p.id})" for p in found[:10])
        raise ShowError(
            f"{len(found)} persons match {name!r}: {options}; give the full name or the id"
        )
    return found[0].id


def _person(conn: Connection, name: str, filters: Filters, limit: int | None) -> PersonView:
    pid = resolve_person(conn, name)
    row = conn.execute(
        sa.text("SELECT id, name, country, organization FROM person WHERE id = :id"), {"id": pid}
    ).one()
    aliases = [
        a
        for a in conn.execute(
            sa.text("SELECT alias FROM person_alias WHERE person_id = :id ORDER BY alias"),
            {"id": pid},
        ).scalars()
        if a != row.name
    ]
    where, params, binds = filter_sql(conn, Filters(**{**asdict(filters), "speaker": None}))
    params["pid"] = pid
    sql = (
        "SELECT v.statement_id, v.date, v.meeting_id, v.document_id, v.publisher, v.kind, "
        "v.cue, v.mode, v.text FROM person_timeline v WHERE v.person_id = :pid"
        + "".join(f" AND {w}" for w in where)
        + " ORDER BY v.date, v.document_id, v.position"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    rows = conn.execute(sa.text(sql).bindparams(*binds), params).all()
    ids = [r.statement_id for r in rows]
    speakers, topics = speakers_of(conn, ids), topics_of(conn, ids)
    statements = [
        TimelineEntry(
            statement_id=r.statement_id,
            date=_date(r.date),
            meeting_id=r.meeting_id,
            document_id=r.document_id,
            publisher=r.publisher,
            kind=r.kind,
            speakers=speakers.get(r.statement_id, []),
            cue=r.cue,
            mode=r.mode,
            topics=topics.get(r.statement_id, []),
            text=r.text,
        )
        for r in rows
    ]
    meetings = [
        Attendance(
            r.id,
            _date(r.date),
            r.format,
            r.kind,
            r.location,
            r.title,
            r.participation,
            r.statements,
        )
        for r in conn.execute(
            sa.text(
                "SELECT m.id, m.date, m.format, m.kind, m.location, pa.title, pa.participation, "
                "(SELECT count(*) FROM statement s JOIN statement_speaker ss "
                " ON ss.statement_id = s.id WHERE s.meeting_id = m.id AND ss.person_id = :pid) "
                "AS statements "
                "FROM meeting m LEFT JOIN participant pa ON pa.meeting_id = m.id "
                "AND pa.person_id = :pid AND pa.id = (SELECT min(b.id) FROM participant b "
                " WHERE b.meeting_id = m.id AND b.person_id = :pid) "
                "WHERE pa.id IS NOT NULL OR EXISTS (SELECT 1 FROM statement s "
                " JOIN statement_speaker ss ON ss.statement_id = s.id "
                " WHERE s.meeting_id = m.id AND ss.person_id = :pid) "
                "ORDER BY m.date, m.id"
            ),
            {"pid": pid},
        )
    ]
    return PersonView(
        person_id=row.id,
        name=row.name,
        country=row.country,
        organization=row.organization,
        aliases=aliases,
        meetings=meetings,
        statements=statements,
    )


# --- rendering -----------------------------------------------------------------------------------


def speaker_colours(ids: Iterable[int]) -> dict[int, str]:
    """A stable colour per person, in order of first appearance."""
    colours: dict[int, str] = {}
    for pid in ids:
        if pid not in colours:
            colours[pid] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def _style(text: str, color: bool, **kwargs: Any) -> str:
    return click.style(text, **kwargs) if color else text


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=WIDTH, initial_indent=indent, subsequent_indent=indent
    )


def _when(date: dt.date | None) -> str:
    return date.isoformat() if date else "date unknown"


def render_meeting(view: MeetingView, *, color: bool = False) -> str:
    """The meeting as a transcript: header, documents, participants, then paragraph by paragraph
    each statement with its speaker(s), cue, topics and text."""
    facts = [_when(view.date), view.format.replace("_", " ")]
    if view.kind:
        facts.append(view.kind)
    if view.location:
        facts.append(view.location + (f" ({view.host_country})" if view.host_country else ""))
    lines = [_style(f"Meeting {view.meeting_id}: " + " · ".join(facts), color, bold=True)]
    for d in view.documents:
        lines.append(
            f"  reported in {d.title!r} ({d.publisher or 'unknown publisher'}, "
            f"{d.published.isoformat()}, {d.genre}), document {d.document_id}"
        )
    colours = speaker_colours(
        [p.person_id for p in view.participants]
        + [pid for s in view.statements for pid in s.speaker_ids]
    )
    if view.participants:
        lines += ["", _style("Participants", color, bold=True)]
        width = max(len(p.name) for p in view.participants)
        for p in view.participants:
            extra = ", ".join(x for x in (p.title, p.country) if x)
            name = _style(p.name.ljust(width), color, fg=colours[p.person_id])
            lines.append(f"  {name}  {p.participation:<10} {extra}".rstrip())
    current: tuple[int, int] | None = None
    group: list[StatementView] = []
    for s in view.statements:
        key = (s.document_id, s.paragraph.paragraph_id)
        if key != current and group:
            lines += _render_paragraph(group, colours, color, len(view.documents) > 1)
            group = []
        current = key
        group.append(s)
    if group:
        lines += _render_paragraph(group, colours, color, len(view.documents) > 1)
    if not view.statements:
        lines += ["", "(no statements)"]
    return "\n".join(lines)


def _render_paragraph(
    group: list[StatementView], colours: dict[int, str], color: bool, show_document: bool
) -> list[str]:
    para = group[0].paragraph
    where = f"document {group[0].document_id}, " if show_document else ""
    lines = [
        "",
        _style(
            f"¶{para.position} {para.kind} ({where}paragraph {para.paragraph_id})", color, dim=True
        ),
    ]
    if len(group) > 1 or " ".join(group[0].text.split()) != " ".join(para.text.split()):
        lines.append(_style(_wrap(para.text, "  │ "), color, dim=True))
    for s in group:
        lines.append("  " + _statement_head(s.speakers, s.speaker_ids, s, colours, color))
        lines.append(_wrap(s.text, "      "))
    return lines


def _statement_head(
    names: list[str],
    ids: list[int],
    s: StatementView,
    colours: dict[int, str],
    color: bool,
) -> str:
    who = (
        " + ".join(
            _style(n, color, fg=colours.get(pid), bold=True)
            for n, pid in zip(names, ids, strict=True)
        )
        if names
        else _style("(no speaker)", color, dim=True)
    )
    parts = [who, s.kind if not s.cue else f"{s.cue} ({s.kind}, {s.mode})"]
    if s.topics:
        parts.append("topics: " + ", ".join(s.topics))
    parts.append(f"#{s.statement_id}")
    return " · ".join(parts)


def render_person(view: PersonView, *, color: bool = False) -> str:
    """A person's record: who they are, the meetings they attended, then their statements in
    date order, grouped by meeting."""
    about = ", ".join(x for x in (view.country, view.organization) if x)
    lines = [
        _style(f"{view.name}" + (f" ({about})" if about else ""), color, bold=True)
        + f" · person {view.person_id}"
    ]
    if view.aliases:
        lines.append("  also written: " + "; ".join(view.aliases))
    lines.append(f"  {len(view.meetings)} meetings, {len(view.statements)} statements shown")
    titles = {m.meeting_id: m for m in view.meetings}
    current = None
    colours = {view.person_id: PALETTE[0]}
    for s in view.statements:
        if s.meeting_id != current:
            current = s.meeting_id
            m = titles.get(s.meeting_id)
            facts = [_when(s.date), f"meeting {s.meeting_id}"]
            if m is not None:
                facts += [x for x in (m.format.replace("_", " "), m.location, m.title) if x]
            if s.publisher:
                facts.append(f"reported by {s.publisher}")
            lines += ["", _style(" · ".join(facts), color, bold=True)]
        others = [n for n in s.speakers if n != view.name]
        head = [s.cue] if s.cue else []
        head.append(f"{s.kind}, {s.mode}")
        if others:
            head.append("with " + ", ".join(others))
        if s.topics:
            head.append("topics: " + ", ".join(s.topics))
        head.append(f"#{s.statement_id}")
        lines.append("  " + _style(" · ".join(head), color, fg=colours[view.person_id]))
        lines.append(_wrap(s.text, "      "))
    if not view.statements:
        lines += ["", "(no statements match)"]
    return "\n".join(lines)
