"""Attribution accuracy against gold annotations, as a regression floor.

The seed must stay perfect. The development set (tests/gold/dev: corpus articles annotated by
offsets, read from ../shared/corpus at run time) must not fall below the figures measured when
it was last improved; raise the floors when accuracy improves. The held-aside set
(tests/gold/holdout) is deliberately not a test: it measures generalisation, and tuning against
it would spoil that (run `dipdb eval tests/gold/holdout/*.jsonl --corpus ../shared/corpus`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD, ROOT

from dipdb.evaluate import evaluate_gold, summarize

#: Measured floors on the development set: (speech+joint accuracy, no-speaker accuracy,
#: share of meetings with date, format and principals right).
DEV_FLOORS = {"total": (0.99, 0.98, 0.97)}


def test_the_seed_is_attributed_exactly_as_the_gold_says() -> None:
    results = evaluate_gold(sorted(GOLD.glob("seed.*.jsonl")), ROOT)
    [seed] = results
    assert seed.score is not None
    assert seed.score.spans.errors == []
    assert seed.score.meeting is not None and seed.score.meeting.all_ok, seed.score.meeting


@pytest.mark.corpus
def test_the_development_set_stays_above_its_floor(corpus_dir: Path) -> None:
    results = evaluate_gold(sorted((GOLD / "dev").glob("*.jsonl")), corpus_dir)
    assert all(r.score is not None for r in results), [r.error for r in results]
    total = summarize(results).total
    attributed, empty, core = DEV_FLOORS["total"]
    assert total.articles >= 20
    assert total.attributed.accuracy >= attributed
    assert total.empty.accuracy >= empty
    assert total.core_ok / total.meetings >= core


def test_gold_files_carry_no_corpus_text() -> None:
    """Corpus text must not be copied into the repository: gold lines are offsets and labels."""
    for path in (GOLD / "dev").glob("*.jsonl"):
        assert '"text"' not in path.read_text(encoding="utf-8"), path
    for path in (GOLD / "holdout").glob("*.jsonl"):
        assert '"text"' not in path.read_text(encoding="utf-8"), path


#: Measured topic floors (precision, recall by top-level topic) on the development set.
TOPIC_DEV_FLOORS = (0.94, 0.82)


def test_topic_gold_labels_every_non_boilerplate_span_of_the_attribution_gold() -> None:
    spans = {
        (row["file"], row["start"], row["end"])
        for path in [GOLD / "seed.gold.jsonl", *sorted((GOLD / "dev").glob("*.jsonl"))]
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if "start" in row and row["kind"] != "boilerplate"
    }
    labelled = {
        (row["file"], row["start"], row["end"])
        for path in sorted((GOLD / "topics").glob("*.jsonl"))
        for row in map(json.loads, path.read_text().splitlines())
    }
    assert spans <= labelled, sorted(spans - labelled)[:5]


def test_the_seed_topics_are_precise() -> None:
    results = evaluate_gold([GOLD / "topics" / "seed.jsonl"], ROOT)
    total = summarize(results).total.topics.total
    assert total.precision >= 0.9 and total.recall >= 0.8


@pytest.mark.corpus
def test_topics_on_the_development_set_stay_above_their_floor(corpus_dir: Path) -> None:
    results = evaluate_gold([GOLD / "topics" / "dev.jsonl"], corpus_dir)
    topics = summarize(results).total.topics
    assert topics.spans >= 200
    precision, recall = TOPIC_DEV_FLOORS
    assert topics.total.precision >= precision and topics.total.recall >= recall
