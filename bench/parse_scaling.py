"""Does parsing time grow linearly with the size of a paragraph?

Why: the parser is regular expressions and loops over every sentence (``dipdb/parse.py``,
``dipdb/attribution.py``, ``dipdb/topics.py``). One pattern with nested or adjacent unbounded
quantifiers, or one loop that rescans the paragraph for every sentence, turns a single odd input
file (a 1 MB paragraph without a full stop, a page of quotation marks) into a load that never
finishes. Realistic articles never show this, so this script builds paragraphs of 1 KB, 10 KB,
100 KB and 1 MB, realistic and adversarial, parses each as the loader does
(:func:`dipdb.load.read_article`: decode, parse, tag topics) and prints seconds per size and the
ratio per tenfold size. Linear work gives about 10x per 10x; 100x per 10x is quadratic.

Run from a checkout:

    .venv/bin/python bench/parse_scaling.py                      # every case, 1 KB .. 1 MB
    .venv/bin/python bench/parse_scaling.py --max-size 100000 --case no_full_stop

``tests/test_fuzz_parse.py`` parses the 1 MB adversarial paragraphs built here (no timing there:
it only has to finish).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import itertools
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path

from dipdb.article import ParseError
from dipdb.load import read_article
from dipdb.topics import load_taxonomy

HERE = Path(__file__).resolve().parent

SIZES = (1_000, 10_000, 100_000, 1_000_000)
HEADER = " date 2024-03-05 President Holloway Meets with President Voronin\n\n"


@cache
def _sentences() -> tuple[str, ...]:
    """Sentences of realistic readout paragraphs: synthetic articles from ``bench/synth.py``
    (body paragraphs only, so headers and speaker labels are not repeated a thousand times)."""
    name = "dipdb_bench_synth"  # a script, not a package module: loaded by path
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / "synth.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # its dataclasses look the module up while being made
        spec.loader.exec_module(module)
    synth = sys.modules[name]
    world = synth.World(1)
    out: list[str] = []
    for i in range(40):
        text, _, _ = synth.make_article(world, 1, i)
        for para in text.split("\n\n")[1:]:
            para = para.strip()
            if len(para.split()) > 12 and ":" not in para[:40]:
                out.append(para)
    return tuple(out)


def _fill(pieces: Iterator[str], size: int, sep: str = " ") -> str:
    """Join pieces until the text reaches ``size`` characters."""
    parts: list[str] = []
    total = 0
    for piece in pieces:
        parts.append(piece)
        total += len(piece) + len(sep)
        if total >= size:
            break
    return sep.join(parts)[:size].rstrip()


def _cycle(items: Sequence[str]) -> Iterator[str]:
    while True:
        yield from items


def realistic(size: int) -> str:
    """Readout sentences, one paragraph: what the parser is built for."""
    return _fill(_cycle(_sentences()), size)


def no_full_stop(size: int) -> str:
    """The same sentences without ``.``, ``!``, ``?`` or ``…``: one sentence of ``size``
    characters, so every per-sentence scan sees the whole paragraph."""
    text = realistic(size + size // 10)
    return text.translate(str.maketrans("", "", ".!?…"))[:size].rstrip()


def quotes_commas_capitals(size: int) -> str:
    """Quotation marks of every kind, unbalanced, with commas and capitalised words: the
    material of quoted-speech and name patterns, with nothing that closes them properly."""
    rng = random.Random(size)
    tokens = [
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        '"',
        "'",
        "‹",
        "›",
        ",",
        ",",
        ",",
        "President",
        "Minister",
        "Secretary",
        "Foreign",
        "Xi",
        "Biden",
        "Putin",
        "Lavrov",
        "Blinken",
        "The",
        "State",
        "United",
        "Nations",
        "General",
        "Said",
        "Stressed",
    ]
    return _fill((rng.choice(tokens) for _ in itertools.count()), size)


def title_run(size: int) -> str:
    """``President President President ...``: one endless title before a name that never comes."""
    return _fill(_cycle(["President"]), size)


def capitalised_run(size: int) -> str:
    """Capitalised names and titles without a verb or a stop: one endless name candidate."""
    words = "Secretary General Xi Jinping Vladimir Putin Prime Minister Antony Blinken Of The"
    return _fill(_cycle(words.split()), size)


def open_quote(size: int) -> str:
    """A quotation that opens at the start of the paragraph and never closes."""
    return "“" + realistic(size - 1).replace("”", "").replace('"', "")


def abbreviations(size: int) -> str:
    """Abbreviations and initials, each a full stop that must not end a sentence."""
    return _fill(
        _cycle(["Mr.", "Dr.", "U.S.", "J.", "St.", "Gen.", "No.", "D.C.", "e.g.", "Jan.", "R."]),
        size,
    )


def cue_words(size: int) -> str:
    """Reporting verbs and pronouns with no sentence around them."""
    return _fill(
        _cycle(["he", "said,", "she", "stressed", "that", "they", "agreed,", "it", "was", "noted"]),
        size,
    )


def one_token(size: int) -> str:
    """One word of ``size`` characters: no space anywhere."""
    return "Cooperation" * (size // 11) + "x" * (size % 11)


def parentheses(size: int) -> str:
    """Nested and unbalanced brackets, the stuff of stage directions and photo credits."""
    return _fill(_cycle(["(", "(Xinhua/", "Photo", ")", "(", "[", "applause", "]"]), size, "")


def separators(size: int) -> str:
    """Dashes, stars and colons: separator lines, transcript markers and label colons."""
    pieces = ["- * -", "Thank", "***", "—", "PRESIDENT:", "Q:", "<...>", "::", "Remarks"]
    return _fill(_cycle(pieces), size)


def portfolio_titles(size: int) -> str:
    """Portfolio titles, occasions and topic words without a stop: every topic match sits in
    a title or an occasion that vetoes it, thousands of each in one statement."""
    pieces = "Trade Minister of Energy and Trade, on the sidelines of the NATO summit trade, the"
    return _fill(_cycle([*pieces.split(), "defence", "minister", "security"]), size)


CASES: dict[str, Callable[[int], str]] = {
    "realistic": realistic,
    "no_full_stop": no_full_stop,
    "quotes_commas_capitals": quotes_commas_capitals,
    "title_run": title_run,
    "capitalised_run": capitalised_run,
    "open_quote": open_quote,
    "abbreviations": abbreviations,
    "cue_words": cue_words,
    "one_token": one_token,
    "parentheses": parentheses,
    "separators": separators,
    "portfolio_titles": portfolio_titles,
}
#: The adversarial cases (all but the realistic one).
ADVERSARIAL = tuple(name for name in CASES if name != "realistic")


def article(paragraph: str) -> bytes:
    """An article whose body is a short lede, ``paragraph``, and realistic sentences a fifth
    its size: enough ordinary words that the parser takes the file for prose and reaches the
    paragraph, instead of refusing it as a non-article (which would measure nothing)."""
    lede = "President Holloway met with President Voronin of Russia at the White House today."
    companion = realistic(max(1, len(paragraph) // 5))
    return f"{HEADER}{lede}\n\n{paragraph}\n\n{companion}\n".encode()


def time_parse(data: bytes, repeat: int = 3, min_seconds: float = 0.2) -> tuple[float, str | None]:
    """Seconds per parse, and the reason when the parser refused the file. The best of at least
    ``repeat`` runs (and of as many as fit in ``min_seconds``, for small inputs): on a shared
    machine the minimum is the figure that other processes disturb least."""
    taxonomy = load_taxonomy()
    best = float("inf")
    spent = 0.0
    runs = 0
    refused = None
    gc.collect()  # start every measurement with the garbage of the previous one gone
    while runs < repeat or spent < min_seconds:
        t0 = time.perf_counter()
        try:
            read_article(data, taxonomy)
        except ParseError as exc:
            refused = str(exc)  # refusing a file is a result too; its time counts the same
        took = time.perf_counter() - t0
        best = min(best, took)
        spent += took
        runs += 1
    return best, refused


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="(repeatable)")
    ap.add_argument("--max-size", type=int, default=SIZES[-1], help="largest size (1000000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement, best kept (3)")
    ap.add_argument(
        "--no-gc",
        action="store_true",
        help="turn the cycle collector off: what remains is the parser's own work (with it on, "
        "full collections over a megabyte paragraph's objects add up to half again)",
    )
    args = ap.parse_args(argv)
    sizes = [s for s in SIZES if s <= args.max_size]
    if args.no_gc:
        gc.disable()
    names = args.case or list(CASES)
    # Warm up: the taxonomy, the synthetic sentences and the parser's lazily built tables are
    # made on first use, which would otherwise count against the first case's smallest size.
    time_parse(article(realistic(2_000)), repeat=1)
    head = "".join(f"{s // 1000:>8} KB" for s in sizes)
    print(f"{'case':<24}{head}   time ratio per 10x size")
    worst = 0.0
    for name in names:
        runs = [time_parse(article(CASES[name](size)), args.repeat) for size in sizes]
        times = [t for t, _ in runs]
        per = [b / a for a, b in itertools.pairwise(times)]
        worst = max([worst, *per[1:]])  # from 10 KB on: below that, fixed costs dominate
        cells = "".join(f"{t:>10.4f}s" for t in times)
        ratios = " ".join(f"{r:5.1f}" for r in per)
        refused = {reason for _, reason in runs if reason}
        note = f"  (refused: {'; '.join(sorted(refused))})" if refused else ""
        print(f"{name:<24}{cells}   {ratios}{note}", flush=True)
    print(f"largest ratio per 10x from 10 KB on: {worst:.1f} (linear: about 10)")
    print(f"cycle collector {'off' if args.no_gc else 'on'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
