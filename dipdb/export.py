"""Serialising what dipdb holds: the ``parse --json`` contract, and rows as table, JSON or CSV.

``article_to_dict`` is the evaluation contract of ``dipdb parse --json``: fields may be added,
never renamed or removed.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Sequence
from typing import Any

from dipdb.article import Article


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
