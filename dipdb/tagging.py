"""Topics in the database: keeping the topic table in step with a taxonomy, recording which
taxonomy version tagged what, re-tagging in place, and topic counts.

The taxonomy itself (a TOML file, matching rules) lives in :mod:`dipdb.topics`; this module is
the database side, shared by the loader (tags new statements) and ``dipdb topics`` (re-tags old
ones when the taxonomy changes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, fields, replace
from itertools import repeat
from operator import attrgetter

import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from dipdb import models
from dipdb.article import Statement, TopicMatch
from dipdb.topics import Taxonomy

#: Statements of these kinds carry no topics: a caption or byline is not a position.
UNTAGGED_KINDS = ("boilerplate",)
BATCH = 5_000


def tag_statements(statements: Sequence[Statement], taxonomy: Taxonomy) -> tuple[Statement, ...]:
    """The statements of one article (document order) with their topics set.

    Boilerplate gets none; the others are matched together with ``Taxonomy.match_statements``,
    so a statement that refers back ("the conflict") can inherit the region or conflict of an
    earlier statement of its paragraph. Loading and ``retag`` both go through here, so a retag
    with the same taxonomy changes nothing.
    """
    out = list(statements)
    tagged = [i for i, s in enumerate(out) if s.kind not in UNTAGGED_KINDS]
    matches = taxonomy.match_statements(
        [(out[i].text, out[i].start, out[i].paragraph) for i in tagged]
    )
    for i, topics in zip(tagged, matches, strict=True):
        if out[i].topics != topics:
            out[i] = _with_topics(out[i], topics)
    return tuple(out)


_FIELDS = tuple(f.name for f in fields(Statement))
_OTHER_FIELDS = tuple(name for name in _FIELDS if name != "topics")
_get_others = attrgetter(*_OTHER_FIELDS)
_set = object.__setattr__  # (Statement is frozen)


def _with_topics(s: Statement, topics: tuple[TopicMatch, ...]) -> Statement:
    """``replace(s, topics=topics)``, faster: it runs for most statements, and ``replace`` (or
    the generated ``__init__``, which sets the frozen fields one call at a time) costs more
    than the rest of tagging a statement. A plain copy of the fields is the same as ``__init__``
    as long as Statement has no ``__post_init__`` (checked below, else ``replace`` is used)."""
    if _SLOW_COPY:
        return replace(s, topics=topics)
    new = object.__new__(Statement)
    any(map(_set, repeat(new), _OTHER_FIELDS, _get_others(s)))  # (each call returns None)
    _set(new, "topics", topics)
    return new


_SLOW_COPY = hasattr(Statement, "__post_init__") or "topics" not in _FIELDS


def checksum(taxonomy: Taxonomy) -> str:
    """A fingerprint of what the taxonomy tags with: two files that match alike share it."""
    payload = json.dumps(
        {"version": taxonomy.version, "topics": [asdict(t) for t in taxonomy.topics]},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class TopicIds:
    """What the loader needs to write tags: slug -> topic id, and the taxonomy version row."""

    by_slug: dict[str, int]
    version_id: int


def sync_topics(conn: Connection, taxonomy: Taxonomy) -> TopicIds:
    """Make the topic table match the taxonomy and record the taxonomy version.

    New slugs are inserted, names, parents and descriptions updated. Topics no longer in the
    taxonomy are kept, since statements may still carry them; ``dipdb topics retag`` is the
    explicit way to re-apply a changed taxonomy.
    """
    t = models.Topic.__table__
    existing = {row.slug: row for row in conn.execute(sa.select(t))}
    new = [
        {"slug": topic.slug, "name": topic.name, "description": topic.description}
        for topic in taxonomy.topics
        if topic.slug not in existing
    ]
    if new:
        conn.execute(sa.insert(t), new)
    ids = dict(conn.execute(sa.select(t.c.slug, t.c.id)).all())
    changed = []
    for topic in taxonomy.topics:
        parent_id = ids.get(topic.parent) if topic.parent else None
        row = existing.get(topic.slug)
        if row is None or (row.name, row.description, row.parent_id) != (
            topic.name,
            topic.description,
            parent_id,
        ):
            changed.append(
                {
                    "tid": ids[topic.slug],
                    "name": topic.name,
                    "description": topic.description,
                    "parent_id": parent_id,
                }
            )
    if changed:
        conn.execute(
            sa.update(t)
            .where(t.c.id == sa.bindparam("tid"))
            .values(
                name=sa.bindparam("name"),
                description=sa.bindparam("description"),
                parent_id=sa.bindparam("parent_id"),
            ),
            changed,
        )
    return TopicIds(ids, record_version(conn, taxonomy))


def record_version(conn: Connection, taxonomy: Taxonomy) -> int:
    v = models.TaxonomyVersion.__table__
    digest = checksum(taxonomy)
    found = conn.execute(sa.select(v.c.id).where(v.c.checksum == digest)).scalar()
    if found is not None:
        return int(found)
    return int(
        conn.execute(
            sa.insert(v).returning(v.c.id),
            {
                "version": taxonomy.version,
                "checksum": digest,
                "source": taxonomy.source,
                "recorded_at": dt.datetime.now(dt.UTC),
            },
        ).scalar_one()
    )


@dataclass(frozen=True, slots=True)
class RetagReport:
    statements: int
    added: int
    removed: int
    kept: int
    version: str


def _statements(conn: Connection) -> Iterator[list[sa.Row]]:
    st = models.Statement.__table__
    last = 0
    while True:
        rows = conn.execute(
            sa.select(st.c.id, st.c.char_start, st.c.text, st.c.document_id, st.c.paragraph_id)
            .where(st.c.id > last, st.c.kind.not_in(UNTAGGED_KINDS))
            .order_by(st.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def retag(engine: Engine, taxonomy: Taxonomy) -> RetagReport:
    """Re-apply ``taxonomy`` to every statement, in place and in one transaction.

    Statements are tagged paragraph by paragraph with ``Taxonomy.match_statements`` (as
    :func:`tag_statements` does for a parsed article), so anaphoric carry-over applies.

    Only differences are written: tags the taxonomy no longer gives are deleted, new ones
    inserted, and kept ones re-stamped with the new version and evidence; running it twice
    changes nothing the second time. Statements are read in id-ordered batches, so memory stays
    bounded by the batch and the tag set.
    """
    stt = models.StatementTopic.__table__
    with engine.begin() as conn:
        ids = sync_topics(conn, taxonomy)
        old = {
            (r.statement_id, r.topic_id): (r.evidence_start, r.evidence_end, r.taxonomy_version_id)
            for r in conn.execute(sa.select(stt))
        }
        new: dict[tuple[int, int], tuple[int, int]] = {}
        n = 0
        paragraph: list[sa.Row] = []  # consecutive statements of one paragraph (carry-over)

        def flush() -> None:
            tagged = taxonomy.match_statements((r.text, r.char_start, 0) for r in paragraph)
            for row, matches in zip(paragraph, tagged, strict=True):
                for m in matches:
                    if m.slug in ids.by_slug:
                        new.setdefault((row.id, ids.by_slug[m.slug]), (m.start, m.end))
            paragraph.clear()

        for rows in _statements(conn):
            for row in rows:
                n += 1
                if paragraph and (row.document_id, row.paragraph_id) != (
                    paragraph[-1].document_id,
                    paragraph[-1].paragraph_id,
                ):
                    flush()
                paragraph.append(row)
        flush()
        removed = [k for k in old if k not in new]
        added = [k for k in new if k not in old]
        restamp = [k for k in new if k in old and old[k] != (*new[k], ids.version_id)]
        for i in range(0, len(removed), BATCH):
            conn.execute(
                sa.delete(stt).where(
                    stt.c.statement_id == sa.bindparam("sid"),
                    stt.c.topic_id == sa.bindparam("tid"),
                ),
                [{"sid": s, "tid": t} for s, t in removed[i : i + BATCH]],
            )
        for i in range(0, len(added), BATCH):
            conn.execute(
                sa.insert(stt),
                [
                    {
                        "statement_id": s,
                        "topic_id": t,
                        "evidence_start": new[s, t][0],
                        "evidence_end": new[s, t][1],
                        "taxonomy_version_id": ids.version_id,
                    }
                    for s, t in added[i : i + BATCH]
                ],
            )
        for i in range(0, len(restamp), BATCH):
            conn.execute(
                sa.update(stt)
                .where(
                    stt.c.statement_id == sa.bindparam("sid"),
                    stt.c.topic_id == sa.bindparam("tid"),
                )
                .values(
                    evidence_start=sa.bindparam("es"),
                    evidence_end=sa.bindparam("ee"),
                    taxonomy_version_id=ids.version_id,
                ),
                [
                    {"sid": s, "tid": t, "es": new[s, t][0], "ee": new[s, t][1]}
                    for s, t in restamp[i : i + BATCH]
                ],
            )
    return RetagReport(n, len(added), len(removed), len(new) - len(added), taxonomy.version)


def topic_counts(engine: Engine) -> list[dict[str, object]]:
    """Every topic with its depth, direct tags, and statements counted under it (rolled up)."""
    sql = sa.text(
        """
        SELECT t.slug, t.name, p.slug AS parent,
               (SELECT max(depth) FROM topic_closure c WHERE c.descendant_id = t.id) AS depth,
               (SELECT count(*) FROM statement_topic st WHERE st.topic_id = t.id) AS tagged,
               (SELECT count(*) FROM statement_topic_rollup r WHERE r.topic_id = t.id)
                   AS statements
        FROM topic t LEFT JOIN topic p ON p.id = t.parent_id
        ORDER BY t.id
        """
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(sql)]
    by_parent: dict[str | None, list[dict[str, object]]] = {}
    for row in rows:
        by_parent.setdefault(row["parent"], []).append(row)  # type: ignore[arg-type]
    ordered: list[dict[str, object]] = []

    def walk(parent: str | None) -> None:
        for row in by_parent.get(parent, []):
            ordered.append(row)
            walk(row["slug"])  # type: ignore[arg-type]

    walk(None)
    return ordered


def topic_examples(engine: Engine, slug: str, limit: int = 5) -> list[dict[str, object]]:
    """A few statements counted under a topic, newest meetings first, with speakers."""
    st, r = (
        models.Statement.__table__,
        sa.table("statement_topic_rollup", sa.column("statement_id"), sa.column("slug")),
    )
    m, d = models.Meeting.__table__, models.SourceDocument.__table__
    query = (
        sa.select(st.c.id, m.c.date, d.c.publisher, st.c.kind, st.c.text)
        .select_from(
            r.join(st, st.c.id == r.c.statement_id)
            .join(m, m.c.id == st.c.meeting_id)
            .join(d, d.c.id == st.c.document_id)
        )
        .where(r.c.slug == slug)
        .order_by(m.c.date.desc().nulls_last(), st.c.id)
        .limit(limit)
    )
    spk, person = models.StatementSpeaker.__table__, models.Person.__table__
    with engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
        names: dict[int, list[str]] = {}
        if rows:
            for sid, name in conn.execute(
                sa.select(spk.c.statement_id, person.c.name)
                .join(person, person.c.id == spk.c.person_id)
                .where(spk.c.statement_id.in_([row["id"] for row in rows]))
                .order_by(spk.c.statement_id, spk.c.position)
            ):
                names.setdefault(sid, []).append(name)
    for row in rows:
        row["speakers"] = names.get(row["id"], [])  # type: ignore[index]
    return rows
