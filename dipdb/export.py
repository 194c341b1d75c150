"""Serialising what dipdb holds: the ``parse --json`` contract, rows as table, JSON or CSV, and
exports of the database as CSV, JSON Lines and Popolo JSON.

``article_to_dict`` is the evaluation contract of ``dipdb parse --json``: fields may be added,
never renamed or removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

import sqlalchemy as sa
from sqlalchemy import Connection

from dipdb.article import Article
from dipdb.search import Filters, speakers_of, statement_ids, topics_of


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def article_to_dict(article: Article, path: str | None = None) -> dict[str, Any]:
    persons = {p.name: p for p in article.persons}
    d = article.dateline
    out: dict[str, Any] = {}
    if path is not None:
        out["path"] = path
    out |= {
        "parser_version": article.parser_version,
        "document": {
            "title": article.header.title,
            "published": _date(article.header.published),
            "publisher": article.publisher,
            "dateline": None
            if d is None
            else {
                "place": d.place,
                "date": _date(d.date),
                "date_text": d.date_text,
                "agency": d.agency,
                "start": d.start,
                "end": d.end,
            },
        },
        "meeting": {
            "date": _date(article.meeting.date),
            "date_precision": article.meeting.date_precision,
            "format": article.meeting.format,
            "kind": article.meeting.kind,
            "location": article.meeting.location,
            "host_country": article.meeting.host_country,
        },
        "participants": [
            {
                "name": p.name,
                "title": p.title,
                "country": p.country,
                "participation": p.participation,
            }
            for p in article.participants
        ],
        "persons": [
            {
                "name": p.name,
                "country": p.country,
                "organization": p.organization,
                "aliases": list(p.aliases),
            }
            for p in article.persons
        ],
        "paragraphs": [
            {"position": p.position, "kind": p.kind, "start": p.start, "end": p.end}
            for p in article.paragraphs
        ],
        "statements": [
            {
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "kind": s.kind,
                "speakers": [
                    {"name": name, "country": persons[name].country if name in persons else None}
                    for name in s.speakers
                ],
                "cue": s.cue,
                "mode": s.mode,
                "method": s.method,
                "confidence": s.confidence,
                "side": s.side,
                "topics": list(dict.fromkeys(t.slug for t in s.topics)),
                "topic_evidence": [
                    {"slug": t.slug, "start": t.start, "end": t.end} for t in s.topics
                ],
            }
            for s in article.statements
        ],
    }
    return out


def json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, default=json_default, ensure_ascii=False, indent=indent)


def rows_to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    return dumps([dict(zip(columns, row, strict=True)) for row in rows], indent=2)


def rows_to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            ["" if v is None else json_default(v) if isinstance(v, dt.date) else v for v in row]
        )
    return buf.getvalue()


def _cell(value: Any, width: int) -> str:
    if value is None:
        text = "NULL"
    elif isinstance(value, float):
        text = f"{value:.4g}"
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def rows_to_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 60
) -> str:
    """An aligned plain-text table, long cells cut with an ellipsis (use --json for full text)."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [
        bool(rows) and all(isinstance(r[i], int | float) or r[i] is None for r in rows)
        for i in range(len(columns))
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    return "\n".join(out)


# --- exporting the database ----------------------------------------------------------------------
#
# ``dipdb export`` writes statements, meetings or persons as CSV or JSON Lines, or everything as
# one Popolo-style JSON document, for the whole database or the subset that search filters select.
# JSON Lines keep lists as lists; CSV joins them with "; " (names can contain commas).

EXPORT_KINDS = ("statements", "meetings", "persons")
LIST_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class Selection:
    """Which rows an export covers; ``None`` means all of them (no filter was given)."""

    statement_ids: list[int] | None = None
    meeting_ids: list[int] | None = None
    person_ids: list[int] | None = None


def select_rows(conn: Connection, filters: Filters, query: str | None = None) -> Selection:
    """The statements that ``filters`` and ``query`` select, the meetings they were said at,
    and the persons who spoke them or attended those meetings. No filter: everything, including
    meetings without statements and persons who never spoke."""
    if not filters and not (query and query.strip()):
        return Selection()
    ids = statement_ids(conn, filters, query)
    if not ids:
        return Selection([], [], [])
    in_ids = sa.bindparam("ids", expanding=True)
    meetings = list(
        conn.execute(
            sa.text(
                "SELECT DISTINCT meeting_id FROM statement WHERE id IN :ids ORDER BY meeting_id"
            ).bindparams(in_ids),
            {"ids": ids},
        ).scalars()
    )
    persons = list(
        conn.execute(
            sa.text(
                "SELECT person_id FROM statement_speaker WHERE statement_id IN :ids "
                "UNION SELECT person_id FROM participant WHERE meeting_id IN :mids "
                "ORDER BY 1"
            ).bindparams(in_ids, sa.bindparam("mids", expanding=True)),
            {"ids": ids, "mids": meetings},
        ).scalars()
    )
    return Selection(ids, meetings, persons)


def _where_in(column: str, ids: list[int] | None) -> tuple[str, dict[str, Any], list[Any]]:
    if ids is None:
        return "", {}, []
    return (
        f" WHERE {column} IN :ids",
        {"ids": ids or [-1]},
        [sa.bindparam("ids", expanding=True)],
    )


def _iso(value: Any) -> Any:
    """Dates as ISO strings whichever backend returned them (SQLite views give text)."""
    return value.isoformat() if isinstance(value, dt.date) else value


def statement_records(conn: Connection, ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """One record per statement, in date and document order, with speakers and topics as
    lists and the exact offsets into the source document."""
    where, params, binds = _where_in("v.statement_id", ids)
    rows = conn.execute(
        sa.text(
            "SELECT v.statement_id, v.date, v.meeting_id, v.document_id, v.position, "
            "v.meeting_format, v.meeting_location, v.publisher, v.document_title, v.kind, "
            "v.cue, v.mode, s.method, v.confidence, s.side, s.char_start, s.char_end, v.text "
            "FROM statement_detail v JOIN statement s ON s.id = v.statement_id"
            f"{where} ORDER BY v.date, v.document_id, v.position"
        ).bindparams(*binds),
        params,
    ).mappings()
    for chunk in _chunks(rows, 2000):
        chunk_ids = [r["statement_id"] for r in chunk]
        speakers, topics = speakers_of(conn, chunk_ids), topics_of(conn, chunk_ids)
        for r in chunk:
            record = {k: _iso(v) for k, v in r.items()}
            sid = r["statement_id"]
            yield {
                **{k: record[k] for k in list(record)[:10]},
                "speakers": speakers.get(sid, []),
                **{k: record[k] for k in list(record)[10:17]},
                "topics": topics.get(sid, []),
                "text": record["text"],
            }


def meeting_records(conn: Connection, ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """One record per meeting with its documents and participants as nested lists."""
    where, params, binds = _where_in("m.meeting_id", ids)
    meetings = conn.execute(
        sa.text(
            "SELECT m.meeting_id, m.date, m.date_precision, m.format, m.kind, m.location, "
            "m.host_country, m.statement_count FROM meeting_overview m"
            f"{where} ORDER BY m.date, m.meeting_id"
        ).bindparams(*binds),
        params,
    ).mappings()
    for chunk in _chunks(meetings, 2000):
        mids = [m["meeting_id"] for m in chunk]
        in_mids = sa.bindparam("mids", expanding=True)
        documents: dict[int, list[dict[str, Any]]] = {}
        for r in conn.execute(
            sa.text(
                "SELECT md.meeting_id, d.id, d.title, d.publisher, d.published, d.path "
                "FROM meeting_document md JOIN source_document d ON d.id = md.document_id "
                "WHERE md.meeting_id IN :mids ORDER BY d.published, d.id"
            ).bindparams(in_mids),
            {"mids": mids},
        ):
            documents.setdefault(r[0], []).append(
                {
                    "document_id": r[1],
                    "title": r[2],
                    "publisher": r[3],
                    "published": _iso(r[4]),
                    "path": r[5],
                }
            )
        participants: dict[int, list[dict[str, Any]]] = {}
        listed: set[tuple[int, int]] = set()  # a person several documents name is listed once
        for r in conn.execute(
            sa.text(
                "SELECT pa.meeting_id, p.id, p.name, pa.title, pa.country, pa.participation "
                "FROM participant pa JOIN person p ON p.id = pa.person_id "
                "WHERE pa.meeting_id IN :mids "
                "ORDER BY CASE WHEN pa.participation = 'principal' THEN 0 ELSE 1 END, pa.id"
            ).bindparams(in_mids),
            {"mids": mids},
        ):
            if (r[0], r[1]) in listed:
                continue
            listed.add((r[0], r[1]))
            participants.setdefault(r[0], []).append(
                {
                    "person_id": r[1],
                    "name": r[2],
                    "title": r[3],
                    "country": r[4],
                    "participation": r[5],
                }
            )
        for m in chunk:
            record = {k: _iso(v) for k, v in m.items()}
            record["documents"] = documents.get(m["meeting_id"], [])
            record["participants"] = participants.get(m["meeting_id"], [])
            yield record


def person_records(conn: Connection, ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """One record per person with aliases and activity counts."""
    where, params, binds = _where_in("p.id", ids)
    persons = conn.execute(
        sa.text(
            "SELECT p.id AS person_id, p.name, p.country, p.organization, p.curated, "
            "(SELECT count(*) FROM statement_speaker ss WHERE ss.person_id = p.id) AS statements, "
            "(SELECT count(DISTINCT pa.meeting_id) FROM participant pa "
            " WHERE pa.person_id = p.id) AS meetings, "
            "(SELECT min(t.date) FROM person_timeline t WHERE t.person_id = p.id) AS first_date, "
            "(SELECT max(t.date) FROM person_timeline t WHERE t.person_id = p.id) AS last_date "
            f"FROM person p{where} ORDER BY p.name, p.id"
        ).bindparams(*binds),
        params,
    ).mappings()
    for chunk in _chunks(persons, 2000):
        pids = [p["person_id"] for p in chunk]
        aliases: dict[int, list[str]] = {}
        for pid, alias in conn.execute(
            sa.text(
                "SELECT person_id, alias FROM person_alias WHERE person_id IN :pids "
                "ORDER BY person_id, alias"
            ).bindparams(sa.bindparam("pids", expanding=True)),
            {"pids": pids},
        ):
            aliases.setdefault(pid, []).append(alias)
        for p in chunk:
            record = {k: _iso(v) for k, v in p.items()}
            record["curated"] = bool(record["curated"])
            record["aliases"] = [a for a in aliases.get(p["person_id"], []) if a != p["name"]]
            yield record


RECORDS = {
    "statements": statement_records,
    "meetings": meeting_records,
    "persons": person_records,
}


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(dict(row))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def records(conn: Connection, kind: str, selection: Selection) -> Iterator[dict[str, Any]]:
    """The records of one kind (``statements``, ``meetings``, ``persons``) in ``selection``."""
    ids = {
        "statements": selection.statement_ids,
        "meetings": selection.meeting_ids,
        "persons": selection.person_ids,
    }[kind]
    return RECORDS[kind](conn, ids)


def csv_cell(value: Any) -> Any:
    """A record value as one CSV cell: lists of names joined, nested objects by their name."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_csv_item(v) for v in value)
    if isinstance(value, dict):
        return dumps(value)
    return value


def _csv_item(value: Any) -> str:
    if isinstance(value, dict):
        label = value.get("name") or value.get("title") or ""
        detail = value.get("title") if "name" in value else value.get("publisher")
        return f"{label} ({detail})" if detail else str(label)
    return str(value)


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(dumps(row) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer: Any = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        n += 1
    return n


# --- Popolo --------------------------------------------------------------------------------------

#: dipdb statement kinds as Popolo speech types.
POPOLO_SPEECH_TYPES = {
    "speech": "speech",
    "implicit": "speech",
    "joint": "speech",
    "narrative": "narrative",
    "boilerplate": "other",
}


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def popolo(conn: Connection, selection: Selection) -> dict[str, Any]:
    """The selection in the Popolo data specification's shape (https://www.popoloproject.com):
    ``persons``, ``organizations`` (countries and bodies people represent), ``memberships``
    (a person in a country's or body's service, with the titles they held), ``events``
    (meetings) and ``speeches`` (statements; ``creator_id`` is the first speaker).

    Fields Popolo lacks are prefixed ``dipdb_``: all speakers of a joint statement, topics,
    meeting participants, statement kind and offsets.
    """
    persons = list(person_records(conn, selection.person_ids))
    meetings = list(meeting_records(conn, selection.meeting_ids))
    statements = list(statement_records(conn, selection.statement_ids))
    person_ids = {p["person_id"] for p in persons}
    organizations: dict[str, dict[str, Any]] = {}
    memberships: dict[tuple[str, str, str | None], dict[str, Any]] = {}

    def organization(name: str, classification: str) -> str:
        org_id = f"{classification}/{_slug(name)}"
        organizations.setdefault(
            org_id, {"id": org_id, "name": name, "classification": classification}
        )
        return org_id

    def member(pid: int, org_id: str, role: str | None) -> None:
        key = (f"person/{pid}", org_id, role)
        if key not in memberships:
            memberships[key] = {"person_id": key[0], "organization_id": org_id}
            if role:
                memberships[key]["role"] = role

    for p in persons:
        if p["country"]:
            member(p["person_id"], organization(p["country"], "country"), None)
        if p["organization"]:
            member(p["person_id"], organization(p["organization"], "organization"), None)
    events = []
    for m in meetings:
        for pa in m["participants"]:
            if pa["country"] and pa["person_id"] in person_ids:
                member(pa["person_id"], organization(pa["country"], "country"), pa["title"])
        title = m["documents"][0]["title"] if m["documents"] else f"Meeting {m['meeting_id']}"
        event = {
            "id": f"meeting/{m['meeting_id']}",
            "name": title,
            "classification": m["kind"] or "meeting",
            "start_date": m["date"],
            "location": m["location"],
            "dipdb_format": m["format"],
            "dipdb_participants": [
                {
                    "person_id": f"person/{pa['person_id']}",
                    "role": pa["title"],
                    "participation": pa["participation"],
                }
                for pa in m["participants"]
            ],
            "sources": [
                {"note": f"{d['publisher'] or 'unknown publisher'}: {d['title']}", "url": d["path"]}
                for d in m["documents"]
            ],
        }
        events.append({k: v for k, v in event.items() if v is not None})
    # Persons with a role in several memberships keep each; drop the role-less duplicate.
    with_role = {(k[0], k[1]) for k in memberships if k[2]}
    kept = [v for k, v in memberships.items() if k[2] or (k[0], k[1]) not in with_role]
    speeches = []
    for s in statements:
        speech: dict[str, Any] = {
            "id": f"statement/{s['statement_id']}",
            "type": POPOLO_SPEECH_TYPES.get(s["kind"], "other"),
            "event_id": f"meeting/{s['meeting_id']}",
            "date": s["date"],
            "position": s["position"],
            "text": s["text"],
            "title": s["document_title"],
            "dipdb_kind": s["kind"],
            "dipdb_cue": s["cue"],
            "dipdb_mode": s["mode"],
            "dipdb_topics": s["topics"],
            "dipdb_document_id": s["document_id"],
            "dipdb_char_start": s["char_start"],
            "dipdb_char_end": s["char_end"],
        }
        speaker_ids = _speaker_ids(conn, s["statement_id"]) if s["speakers"] else []
        if speaker_ids:
            speech["creator_id"] = f"person/{speaker_ids[0]}"
            speech["dipdb_creator_ids"] = [f"person/{pid}" for pid in speaker_ids]
        elif s["side"]:
            speech["attribution_text"] = f"the {s['side']} side"
        speeches.append(speech)
    return {
        "persons": [
            {
                "id": f"person/{p['person_id']}",
                "name": p["name"],
                **({"national_identity": p["country"]} if p["country"] else {}),
                "other_names": [{"name": a} for a in p["aliases"]],
            }
            for p in persons
        ],
        "organizations": sorted(organizations.values(), key=lambda o: o["id"]),
        "memberships": [{"id": f"membership/{i}", **m} for i, m in enumerate(kept, start=1)],
        "events": events,
        "speeches": speeches,
    }


def _speaker_ids(conn: Connection, statement_id: int) -> list[int]:
    return list(
        conn.execute(
            sa.text(
                "SELECT person_id FROM statement_speaker WHERE statement_id = :id ORDER BY position"
            ),
            {"id": statement_id},
        ).scalars()
    )
