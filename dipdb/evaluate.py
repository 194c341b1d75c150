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
from dipdb.topics import Taxonomy

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
class PRCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: PRCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class TopicScore:
    """Topic precision and recall per top-level topic, counted per gold span."""

    by_topic: dict[str, PRCounts] = field(default_factory=dict)
    spans: int = 0
    errors: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @property
    def total(self) -> PRCounts:
        out = PRCounts()
        for counts in self.by_topic.values():
            out.add(counts)
        return out


def top_level(slugs: Iterable[str], taxonomy: Taxonomy) -> set[str]:
    """Roll topics up to their top-level ancestors (unknown slugs stay as they are)."""
    out = set()
    for slug in slugs:
        try:
            chain = taxonomy.ancestors(slug)
        except KeyError:
            chain = ()
        out.add(chain[-1] if chain else slug)
    return out


def score_topics(article: Article, gold: Iterable[dict], taxonomy: Taxonomy) -> TopicScore:
    """Compare predicted topics with gold topic lines (``{"file", "start", "end", "topics"}``).

    The prediction for a gold span is the union of the topics of every statement overlapping it;
    both sides are rolled up to top-level topics before counting.
    """
    stmts = sorted(article.statements, key=lambda s: s.start)
    out = TopicScore()
    for row in gold:
        predicted_slugs = {
            t.slug
            for st in stmts
            if st.start < row["end"] and st.end > row["start"]
            for t in st.topics
        }
        want = top_level(row.get("topics") or (), taxonomy)
        got = top_level(predicted_slugs, taxonomy)
        out.spans += 1
        for slug in want | got:
            counts = out.by_topic.setdefault(slug, PRCounts())
            counts.tp += slug in want and slug in got
            counts.fp += slug in got and slug not in want
            counts.fn += slug in want and slug not in got
        if want != got:
            out.errors.append((row["start"], row["end"], tuple(sorted(want)), tuple(sorted(got))))
    return out


@dataclass
class FileEvaluation:
    """The score of one article named by gold lines, or why it could not be scored."""

    file: str
    path: Path | None
    score: ArticleScore | None
    error: str | None = None
    publisher: str = "(unknown)"
    genre: str = "(unknown)"
    text: str = ""
    topics: TopicScore | None = None


MEETING_FACTS = ("date", "format", "principals", "others_present", "location", "host_country")


@dataclass
class Group:
    """Span and meeting figures for a set of articles (all, one publisher, one genre)."""

    articles: int = 0
    spans: SpanScore = field(default_factory=SpanScore)
    meetings: int = 0
    meetings_ok: int = 0
    core_ok: int = 0  # date, format and principals all right
    facts: dict[str, KindScore] = field(default_factory=dict)
    topics: TopicScore = field(default_factory=TopicScore)

    def add_topics(self, score: TopicScore) -> None:
        self.topics.spans += score.spans
        for slug, counts in score.by_topic.items():
            self.topics.by_topic.setdefault(slug, PRCounts()).add(counts)

    def add(self, score: ArticleScore) -> None:
        self.articles += 1
        for kind, ks in score.spans.by_kind.items():
            agg = self.spans.by_kind.setdefault(kind, KindScore())
            agg.correct += ks.correct
            agg.total += ks.total
        if score.meeting is not None:
            self.meetings += 1
            self.meetings_ok += score.meeting.all_ok
            self.core_ok += all(
                getattr(score.meeting, f) is not False for f in ("date", "format", "principals")
            )
            for fact in MEETING_FACTS:
                value = getattr(score.meeting, fact)
                if value is not None:
                    ks = self.facts.setdefault(fact, KindScore())
                    ks.total += 1
                    ks.correct += bool(value)

    @property
    def attributed(self) -> KindScore:
        return self.spans.group(("speech", "joint"))

    @property
    def empty(self) -> KindScore:
        return self.spans.group(EMPTY_KINDS)

    def as_dict(self) -> dict[str, object]:
        def pair(ks: KindScore) -> dict[str, object]:
            return {"correct": ks.correct, "total": ks.total, "accuracy": round(ks.accuracy, 4)}

        return {
            "articles": self.articles,
            "by_kind": {k: pair(v) for k, v in sorted(self.spans.by_kind.items())},
            "attributed": pair(self.attributed),
            "no_speaker": pair(self.empty),
            "meetings": {
                "all_correct": self.meetings_ok,
                "date_format_principals_correct": self.core_ok,
                "total": self.meetings,
            },
            "meeting_facts": {k: pair(v) for k, v in self.facts.items()},
            "topics": {
                "spans": self.topics.spans,
                "precision": round(self.topics.total.precision, 4),
                "recall": round(self.topics.total.recall, 4),
                "by_top_level": {
                    k: {
                        "tp": v.tp,
                        "fp": v.fp,
                        "fn": v.fn,
                        "precision": round(v.precision, 4),
                        "recall": round(v.recall, 4),
                    }
                    for k, v in sorted(self.topics.by_topic.items())
                },
            },
        }


@dataclass
class Summary:
    total: Group = field(default_factory=Group)
    by_publisher: dict[str, Group] = field(default_factory=dict)
    by_genre: dict[str, Group] = field(default_factory=dict)


def summarize(results: Iterable[FileEvaluation]) -> Summary:
    out = Summary()
    for r in results:
        if r.score is None:
            continue
        if r.topics is not None:
            out.total.add_topics(r.topics)
        out.total.add(r.score)
        out.by_publisher.setdefault(r.publisher, Group()).add(r.score)
        out.by_genre.setdefault(r.genre, Group()).add(r.score)
    return out


def evaluate_gold(
    gold_paths: Iterable[str | Path],
    root: str | Path = ".",
    taxonomy: Taxonomy | None = None,
) -> list[FileEvaluation]:
    """Score the parser on every article the gold files name.

    Span lines and meeting lines may come in the same or in separate files; both are grouped by
    their ``file`` field, which is resolved against ``root`` (gold files name articles relative to
    a collection root, such as ``seeds/...`` or ``whitehouse/0001.txt``), or, when ``root`` has
    no such file, against the working directory. Articles are grouped by
    the collection folder they sit in (one folder per publisher), else by the parser's publisher.
    """
    from dipdb.article import ParseError
    from dipdb.load import read_article
    from dipdb.topics import load_taxonomy

    taxonomy = taxonomy or load_taxonomy()
    spans: dict[str, list[dict]] = {}
    meetings: dict[str, list[dict]] = {}
    topics: dict[str, list[dict]] = {}
    for gold_path in gold_paths:
        for row in load_gold(gold_path):
            if "topics" in row and "kind" not in row:
                target = topics
            else:
                target = spans if "start" in row else meetings
            target.setdefault(row["file"], []).append(row)
    out = []
    for file in sorted(set(spans) | set(meetings) | set(topics)):
        path = Path(root) / file
        if not path.exists() and Path(file).is_file():
            # the seed's "seeds/..." next to corpus files in one run: a path the corpus lacks
            # is the checkout's own
            path = Path(file)
        try:
            article = read_article(path.read_bytes(), taxonomy)
        except (OSError, ParseError) as exc:
            out.append(FileEvaluation(file, path, None, str(exc)))
            continue
        parts = Path(file).parts
        folder = parts[0] if len(parts) > 1 else None
        out.append(
            FileEvaluation(
                file,
                path,
                score_article(article, spans.get(file, []), meetings.get(file, [])),
                publisher=folder or article.publisher or "(unknown)",
                genre=article.genre,
                text=article.text,
                topics=score_topics(article, topics[file], taxonomy) if file in topics else None,
            )
        )
    return out
