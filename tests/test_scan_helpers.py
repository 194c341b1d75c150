"""The shortcuts that spare the parser a regex scan find exactly what the scan finds."""

from __future__ import annotations

import itertools
import re

import pytest

from dipdb import attribution as at
from dipdb import parse as ps


@pytest.mark.parametrize(
    "text",
    [
        "He was joined by the Minister, accompanied by aides and flanked by guards.",
        "rejoined joined_ xjoined joined-up joined",
        "joinedjoined joined2 (joined) “accompanied” flanked.",
        "nothing to see here",
        "",
    ],
)
@pytest.mark.parametrize("bounds", [(0, None), (3, None), (0, 20), (10, 40)])
def test_whole_words_are_where_the_word_anchor_matches(
    text: str, bounds: tuple[int, int | None]
) -> None:
    words = ("accompanied", "flanked", "joined")
    anchor = re.compile("|".join(rf"{w}\b(?<!\w{w})" for w in words))
    start, end = bounds[0], len(text) if bounds[1] is None else min(bounds[1], len(text))
    want = [m.start() for m in anchor.finditer(text, start, end)]
    assert at._whole_words(text, words, start, end) == want


@pytest.mark.parametrize("c", [*"aZ9_-’'.é²٣ ,;:(\n\t", "\u00a0", "\u2014"])
def test_character_tests_match_their_classes(c: str) -> None:
    assert at._is_word_char(c) == bool(re.fullmatch(r"\w", c))
    assert at._is_name_char(c) == bool(re.fullmatch(r"[\w\-’']", c))
    assert at._is_subject_char(c) == bool(re.fullmatch(r"[\w\-’'.]", c))


@pytest.mark.parametrize(
    "text",
    [
        "The leaders met, and the Secretary said so; he agreed.",
        "X spoke with Y and reiterated support",
        "They discussed Rwanda  and\nthe Prime Minister agreed",
        "No clause here at all",
        "Brandy , which the other side supported",
        "and",
        "a;b",
    ],
)
def test_clause_scan_starts_before_every_clause(text: str) -> None:
    for s, e in itertools.combinations(range(len(text) + 1), 2):
        want = [m.span() for m in at._CLAUSE.finditer(text, s, e)]
        scan = at._clause_scan_start(text, s, e)
        got = [] if scan < 0 else [m.span() for m in at._CLAUSE.finditer(text, scan, e)]
        assert got == want, (s, e)


@pytest.mark.parametrize(
    "body",
    [
        "The leaders met in Paris and discussed the war. " * 20,
        "Lorem ipsum dolor sit amet consectetur adipiscing elit " * 30,
        "x, y, z, w\n1, 2, 3, 4\n" * 10,
        "alpha beta gamma the",
        "a b c",
        "",
    ],
)
def test_common_words_check_counts_as_the_full_count_does(body: str) -> None:
    need = max(1, len(ps._WORDY.findall(body)) // 40)
    common = sum(1 for _ in itertools.islice(ps._COMMON_WORD.finditer(body), need))
    assert ps._has_common_words(body) == (common >= need)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders agreed. The Russian President and the  Foreign Ministers met; "
        "the head of state, the group discussed it and their counterpart noted it.",
        "the national security advisers, the three countries, The two discussed, the "
        "interlocutors and the\nleaders. The Chinese and Russian leaders. the situation, "
        "the importance of the talks, the Vice President, the deputy ministers, the Kings",
        "They said he and she were with our Prime Minister; both sides and all parties, "
        "his counterparts and Defence Ministers. Together, they noted the side's view.",
    ],
)
def test_mention_word_starts_find_what_the_patterns_find(text: str) -> None:
    for start, end in ((0, len(text)), (4, len(text)), (0, 60)):
        starts = at._word_starts(text, start, end)
        for pattern, at_starts in zip(at._MENTION_PATTERNS, starts, strict=True):
            got = [m.span() for m in pattern.finditer_at(text, at_starts, end)]
            want = [m.span() for m in pattern.pattern.finditer(text, start, end)]
            assert got == want, (pattern.pattern.pattern[:30], start, end)
