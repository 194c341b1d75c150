"""Score a parsed :class:`~dipdb.article.Article` against gold span lines and meeting lines.

The rules are those of ``shared/eval/README.md``: for each gold span the predicted statement that
overlaps it most gives the predicted speakers (none overlapping: no speaker); a predicted name
matches a gold key when all the key's tokens appear in the name ("Xi Jinping" matches "Xi"); a span
is right when the predicted set equals ``speakers`` or one of ``alt``; ``skip: true`` lines are
not scored. Results are plain dataclasses so a CLI can print them and tests can assert on them.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dipdb.article import Article, Statement

SPEAKER_KINDS = ("speech", "joint", "implicit")
EMPTY_KINDS = ("narrative", "boilerplate")


def load_gold(path: str | Path) -> list[dict]:
    """Read a JSON-lines gold file (blank lines ignored)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{n}: not JSON: {err.msg}") from None
    return rows


@dataclass(frozen=True, slots=True)
class SpanResult:
    """One scored gold span."""

    start: int
    end: int
    kind: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    correct: bool


@dataclass
class KindScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.correct}/{self.total}"


@dataclass
class SpanScore:
    """Per-kind counts plus every span, so failures can be listed."""

    by_kind: dict[str, KindScore] = field(default_factory=dict)
    spans: list[SpanResult] = field(default_factory=list)
    skipped: int = 0

    def group(self, kinds: Iterable[str]) -> KindScore:
        out = KindScore()
        for k in kinds:
            ks = self.by_kind.get(k)
            if ks:
                out.correct += ks.correct
                out.total += ks.total
        return out

    @property
    def total(self) -> KindScore:
        return self.group(self.by_kind)

    @property
    def errors(self) -> list[SpanResult]:
        return [s for s in self.spans if not s.correct]

    def summary(self) -> str:
        return (
            f"speech+joint: {self.group(('speech', 'joint'))}, "
            f"implicit: {self.group(('implicit',))}, "
            f"narrative/boilerplate without speaker: {self.group(EMPTY_KINDS)}"
        )


@dataclass
class MeetingScore:
    """Which meeting facts match (None: the gold line does not say)."""

    date: bool | None = None
    format: bool | None = None
    principals: bool | None = None
    others_present: bool | None = None
    location: bool | None = None
    host_country: bool | None = None
    details: dict[str, tuple[object, object]] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for name in ("date", "format", "principals", "others_present", "location", "host_country"):
            v = getattr(self, name)
            if v is not None:
                parts.append(f"{name} {'ok' if v else 'WRONG'}")
        return "meeting: " + ", ".join(parts)

    @property
    def all_ok(self) -> bool:
        return all(
            getattr(self, n) is not False
            for n in ("date", "format", "principals", "others_present", "location", "host_country")
        )


def key_matches(key: str, name: str) -> bool:
    """A gold key matches a predicted name when all its tokens appear in the name."""
    toks = name.replace("-", " ").split()
    low = {t.lower() for t in toks} | {t.lower() for t in name.split()}
    return all(k.lower() in low for k in key.split())


def set_matches(keys: Sequence[str], names: Sequence[str]) -> bool:
    """True when the predicted names and the gold keys pair up one-to-one."""
    if len(keys) != len(names):
        return False
    remaining = list(names)
    for k in sorted(keys, key=lambda k: -len(k.split())):
        hit = next((n for n in remaining if key_matches(k, n)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def best_statement(
    statements: Sequence[Statement], start: int, end: int, starts: Sequence[int] | None = None
) -> Statement | None:
    """The statement that overlaps [start, end) the most (first on ties), or None."""
    if starts is None:
        starts = [s.start for s in statements]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    best, best_ov = None, 0
    while i < len(statements) and statements[i].start < end:
        st = statements[i]
        ov = min(end, st.end) - max(start, st.start)
        if ov > best_ov:
            best, best_ov = st, ov
        i += 1
    # statements are sorted by start; one that starts earlier but spans over is found above
    return best


def score_spans(article: Article, gold: Iterable[dict]) -> SpanScore:
    """Score predicted speakers for every gold span line (meeting lines are ignored)."""
    stmts = sorted(article.statements, key=lambda s: (s.start, s.end))
    starts = [s.start for s in stmts]
    out = SpanScore()
    for row in gold:
        if "start" not in row:
            continue
        if row.get("skip"):
            out.skipped += 1
            continue
        st = best_statement(stmts, row["start"], row["end"], starts)
        pred = tuple(st.speakers) if st else ()
        gold_sp = tuple(row.get("speakers") or ())
        ok = set_matches(gold_sp, pred) or any(
            set_matches(tuple(alt), pred) for alt in row.get("alt") or ()
        )
        ks = out.by_kind.setdefault(row.get("kind", "?"), KindScore())
        ks.total += 1
        ks.correct += ok
        out.spans.append(
            SpanResult(row["start"], row["end"], row.get("kind", "?"), gold_sp, pred, ok)
        )
    return out


def _norm_place(s: str | None) -> str:
    return (s or "").lower().replace(".", "").strip()


def score_meeting(article: Article, line: dict) -> MeetingScore:
    """Compare the article's meeting facts with one gold meetings line."""
    ms = MeetingScore()
    mt = article.meeting
    if "meeting_date" in line:
        pred = mt.date.isoformat() if mt.date else None
        ms.date = pred == line["meeting_date"]
        ms.details["date"] = (pred, line["meeting_date"])
    if "format" in line:
        ms.format = mt.format == line["format"]
        ms.details["format"] = (mt.format, line["format"])
    principals = [p.name for p in article.participants if p.participation == "principal"]
    present = [p.name for p in article.participants if p.participation == "present"]
    if "principals" in line:
        ms.principals = set_matches(line["principals"], principals)
        ms.details["principals"] = (principals, line["principals"])
    if "others_present" in line:
        want = line["others_present"]
        ms.others_present = all(any(key_matches(k, n) for n in present) for k in want)
        ms.details["others_present"] = (present, want)
    if "location" in line:
        want = line["location"]
        ms.location = (
            _norm_place(want) in _norm_place(mt.location)
            if want and mt.location
            else want == mt.location
        )
        ms.details["location"] = (mt.location, want)
    if "host_country" in line:
        ms.host_country = (mt.host_country or None) == (line["host_country"] or None)
        ms.details["host_country"] = (mt.host_country, line["host_country"])
    return ms


@dataclass
class ArticleScore:
    spans: SpanScore
    meeting: MeetingScore | None

    def summary(self) -> str:
        s = self.spans.summary()
        return s + ("; " + self.meeting.summary() if self.meeting else "")


def score_article(
    article: Article, gold: Iterable[dict], meetings: Iterable[dict] = ()
) -> ArticleScore:
    """Score spans and (when a meetings line is given) meeting facts of one article."""
    rows = list(gold)
    mlines = [m for m in meetings if "start" not in m]
    mlines += [m for m in rows if "start" not in m and "meeting_date" in m]
    return ArticleScore(
        score_spans(article, rows), score_meeting(article, mlines[0]) if mlines else None
    )


@dataclass
class FileEvaluation:
    """The score of one article named by gold lines, or why it could not be scored."""

    file: str
    path: Path | None
    score: ArticleScore | None
    error: str | None = None


def evaluate_gold(gold_paths: Iterable[str | Path], root: str | Path = ".") -> list[FileEvaluation]:
    """Score the parser on every article the gold files name.

    Span lines and meeting lines may come in the same or in separate files; both are grouped by
    their ``file`` field, which is resolved against ``root`` (gold files name articles relative to
    a collection root, such as ``seeds/...`` or ``whitehouse/0001.txt``).
    """
    from dipdb.article import ParseError
    from dipdb.parse import decode, parse_article

    spans: dict[str, list[dict]] = {}
    meetings: dict[str, list[dict]] = {}
    for gold_path in gold_paths:
        for row in load_gold(gold_path):
            target = spans if "start" in row else meetings
            target.setdefault(row["file"], []).append(row)
    out = []
    for file in sorted(set(spans) | set(meetings)):
        path = Path(root) / file
        try:
            article = parse_article(decode(path.read_bytes()))
        except (OSError, ParseError) as exc:
            out.append(FileEvaluation(file, path, None, str(exc)))
            continue
        out.append(
            FileEvaluation(
                file, path, score_article(article, spans.get(file, []), meetings.get(file, []))
            )
        )
    return out
