"""Specification of scoring, and the seed gold test (every span and meeting fact right)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipdb.evaluate import key_matches, load_gold, score_article, set_matches
from dipdb.parse import decode, parse_article

ROOT = Path(__file__).parents[1]
SEED = ROOT / "seeds" / "000_ed3e051bfad3e112.txt"


@pytest.mark.parametrize(
    ("key", "name", "ok"),
    [
        ("Xi", "Xi Jinping", True),
        ("Wang Yi", "Wang Yi", True),
        ("He Lifeng", "He Lifeng", True),
        ("Putin", "Xi Jinping", False),
        ("Wang Yi", "Wang Hao", False),
        ("Kassym-Jomart", "Kassym-Jomart Tokayev", True),
    ],
)
def test_key_matches_when_all_key_tokens_are_in_the_name(key, name, ok) -> None:
    assert key_matches(key, name) is ok


@pytest.mark.parametrize(
    ("keys", "names", "ok"),
    [
        (["Putin", "Xi"], ["Xi Jinping", "Vladimir Putin"], True),
        (["Xi"], ["Xi Jinping", "Vladimir Putin"], False),
        ([], [], True),
        ([], ["Xi Jinping"], False),
    ],
)
def test_set_matches(keys, names, ok) -> None:
    assert set_matches(keys, names) is ok


def test_overlap_alt_and_skip(tmp_path) -> None:
    text = (
        " date 2022-05-01 Call\n\nPresident Ann Smith spoke with President Li Wen of China."
        " The two sides agreed to talk.\n"
    )
    art = parse_article(text)
    s2 = text.index("The two sides")
    gold = [
        {"start": 18, "end": s2 - 1, "kind": "narrative", "speakers": [], "alt": []},
        {
            "start": s2,
            "end": len(text) - 1,
            "kind": "joint",
            "speakers": ["Nobody"],
            "alt": [["Smith", "Li"]],
        },
        {"start": s2, "end": s2 + 3, "kind": "speech", "speakers": ["X"], "alt": [], "skip": True},
    ]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(__import__("json").dumps(g) for g in gold) + "\n\n")
    sc = score_article(art, load_gold(path))
    assert sc.spans.skipped == 1
    assert str(sc.spans.group(("joint",))) == "1/1"
    assert str(sc.spans.group(("narrative", "boilerplate"))) == "1/1"


def test_seed_gold_is_fully_right() -> None:
    art = parse_article(decode(SEED.read_bytes()))
    gold = load_gold(ROOT / "tests" / "gold" / "seed.gold.jsonl")
    meetings = load_gold(ROOT / "tests" / "gold" / "seed.meetings.jsonl")
    score = score_article(art, gold, meetings)
    assert score.spans.errors == []
    assert score.spans.total.correct == len(gold) == 41
    assert score.meeting is not None and score.meeting.all_ok, score.meeting.details
    assert "speech+joint: 37/37" in score.summary()


def test_seed_facts() -> None:
    art = parse_article(decode(SEED.read_bytes()))
    principals = {(p.name, p.title) for p in art.participants if p.participation == "principal"}
    assert principals == {
        ("Xi Jinping", "Chinese President"),
        ("Vladimir Putin", "Russian President"),
    }
    present = {p.name for p in art.participants if p.participation == "present"}
    assert present == {"Wang Yi", "He Lifeng"}
    m = art.meeting
    assert (str(m.date), m.format, m.location, m.host_country) == (
        "2022-12-30",
        "video",
        "Beijing",
        "China",
    )
    assert art.publisher == "Xinhua"
    xi = next(p for p in art.persons if p.name == "Xi Jinping")
    assert {"Chinese President Xi Jinping", "President Xi", "Xi", "General Secretary Xi"} <= set(
        xi.aliases
    )
    kinds = {s.text[:22]: s.kind for s in art.statements}
    assert kinds["(Xinhua/Yao Dawei)"] == "boilerplate"
    assert kinds["BEIJING, Dec. 30 (Xinh"] == "narrative"


def test_a_gold_file_missing_under_the_corpus_is_read_from_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dipdb eval tests/gold/topics/*.jsonl --corpus ../shared/corpus` scores the seed's
    topic lines too: their `seeds/...` path is the checkout's, not the corpus's."""
    from dipdb.evaluate import evaluate_gold

    repo = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(repo)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    results = evaluate_gold([repo / "tests/gold/seed.gold.jsonl"], corpus)
    assert [r.error for r in results] == [None]
    assert results[0].score is not None
