"""Every real readout in ../shared/corpus parses, covers its text and slices exactly.

The corpus is read at run time and never copied into the repository; where it is absent (a
checkout on its own) these tests skip.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dipdb.parse import decode, parse_article

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
FILES = sorted(CORPUS.glob("*/*.txt")) if CORPUS.is_dir() else []

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS}"),
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_file_parses_and_offsets_slice_exactly(path: Path) -> None:
    text = decode(path.read_bytes())
    art = parse_article(text)
    covered = bytearray(len(text))
    names = {p.name for p in art.persons}
    last_end = -1
    for st in art.statements:
        assert text[st.start : st.end] == st.text
        assert st.start >= last_end, "statements overlap"
        last_end = st.end
        covered[st.start : st.end] = b"\x01" * (st.end - st.start)
        assert set(st.speakers) <= names
        assert 0.0 <= st.confidence <= 1.0
        if st.kind in ("narrative", "boilerplate"):
            assert st.speakers == ()
    for para in art.paragraphs:
        missing = [
            i for i in range(para.start, para.end) if not covered[i] and not text[i].isspace()
        ]
        assert not missing, f"paragraph {para.position} not covered at {missing[:3]}"


def test_corpus_has_principals_and_speakers_mostly() -> None:
    """A coarse health check: almost every readout yields two principals and some speaker."""
    two, spoken = 0, 0
    start = time.perf_counter()
    for path in FILES:
        art = parse_article(decode(path.read_bytes()))
        two += sum(p.participation == "principal" for p in art.participants) >= 2
        spoken += any(s.speakers for s in art.statements)
    elapsed = time.perf_counter() - start
    assert two >= 0.9 * len(FILES)
    assert spoken >= 0.95 * len(FILES)
    assert elapsed < 60
