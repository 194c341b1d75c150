"""The parser takes any bytes: it returns a well-formed article or raises ParseError, nothing else.

Why: the loader catches :class:`dipdb.article.ParseError` around each file and reports it as one
line; any other exception (an IndexError deep in attribution, a regex that never returns) stops
the whole load over one odd file. Offsets matter as much: every statement is stored with
``(char_start, char_end)`` into the stored text, and the README promises that
``substr(text, char_start + 1, char_end - char_start)`` is the statement.

Hypothesis builds articles from realistic readout fragments (titles and names, reporting verbs,
datelines, transcript labels, photo credits, abbreviations) mixed with quotation marks of every
kind (unbalanced), right-to-left text, combining marks, emoji and joiners, control and separator
characters, arbitrary text, empty and huge paragraphs, thousands of paragraphs, garbled headers
and every line ending, and feeds their bytes to :func:`dipdb.load.read_article`, the function the
loader runs on each file (decode, parse, tag topics). Runs are derandomized, so CI is
deterministic; ``--hypothesis-show-statistics`` prints how many examples each property tried.
Finally, 1 MB adversarial paragraphs from ``bench/parse_scaling.py`` must parse at all (under an
alarm, so that a regex gone quadratic fails the test instead of hanging CI).
"""

from __future__ import annotations

import importlib.util
import io
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, ModuleType

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from dipdb.article import PARTICIPATIONS, Article, ParseError
from dipdb.load import read_article
from dipdb.parse import decode
from dipdb.topics import load_taxonomy

TAXONOMY = load_taxonomy()
SLUGS = frozenset(t.slug for t in TAXONOMY.topics)

KINDS = {"speech", "joint", "implicit", "narrative", "boilerplate"}
MODES = {"direct", "indirect", "mixed"}
FORMATS = {"in_person", "video", "phone", "written", "unknown"}
PRECISIONS = {"day", "month", "year", "unknown"}
GENRES = {"readout", "transcript", "briefing", "statement"}


def check_article(data: bytes) -> Article | None:
    """The property: ``read_article(data)`` is a well-formed article or raises ParseError
    (None then). Anything else, or a malformed article, fails the test."""
    try:
        article = read_article(data, TAXONOMY)
    except ParseError as exc:
        reason = str(exc)
        assert reason and "\n" not in reason, f"not a one-line reason: {reason!r}"
        if currently_in_test_context():
            event(f"ParseError: {reason.split(':')[0].split('(')[0]}")
        return None
    text = decode(data)
    # the README's promise: offsets index the text as open(...) reads it
    read = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="").read()
    assert article.text == text == read
    n = len(text)
    assert article.header.title and article.header.title == article.header.title.strip()

    body = text.find("\n") + 1 if "\n" in text else n
    last = body
    for i, p in enumerate(article.paragraphs):
        assert p.position == i
        assert last <= p.start < p.end <= n, (p, last)
        assert not text[p.start].isspace() and not text[p.end - 1].isspace(), p
        last = p.end
    paragraphs = {p.position: p for p in article.paragraphs}
    if article.dateline is not None:
        assert body <= article.dateline.start < article.dateline.end <= n, article.dateline

    names = [p.name for p in article.persons]
    assert len(set(names)) == len(names), names
    for person in article.persons:
        assert person.name and person.name == person.name.strip(), person
        assert all(alias and alias == alias.strip() for alias in person.aliases), person
    known = set(names)
    for part in article.participants:
        assert part.name in known and part.participation in PARTICIPATIONS, part
    assert article.attributed_to is None or article.attributed_to in known

    last = 0
    for s in article.statements:
        # offsets slice the decoded source exactly; spans sorted and disjoint
        assert 0 <= last <= s.start < s.end <= n, (s, last)
        assert text[s.start : s.end] == s.text, s
        last = s.end
        para = paragraphs[s.paragraph]
        assert para.start <= s.start and s.end <= para.end, (s, para)
        assert s.kind in KINDS and s.mode in MODES, s
        assert 0.0 <= s.confidence <= 1.0, s
        # speakers: known persons, named once; none for narrative and boilerplate
        assert all(name in known for name in s.speakers), (s.speakers, names)
        assert len(set(s.speakers)) == len(s.speakers), s.speakers
        if s.kind in ("narrative", "boilerplate"):
            assert s.speakers == (), s
        # topics: taxonomy slugs, once each, with evidence inside the statement
        slugs = [t.slug for t in s.topics]
        assert len(set(slugs)) == len(slugs) and set(slugs) <= SLUGS, slugs
        for t in s.topics:
            assert s.start <= t.start < t.end <= s.end, (t, s)
    m = article.meeting
    assert m.format in FORMATS and m.date_precision in PRECISIONS, m
    assert article.genre in GENRES
    if currently_in_test_context():
        event("parsed, with statements" if article.statements else "parsed, no statements")
    return article


# --- building articles -------------------------------------------------------------------------

FRAGMENTS = [
    "President Xi Jinping",
    "Xi",
    "Secretary of State Antony J. Blinken",
    "Secretary Blinken",
    "the Secretary",
    "Prime Minister Kishida Fumio",
    "Russian President Vladimir Putin",
    "Joseph R. Biden, Jr.",
    "Mr. Lavrov",
    "Dr. Tedros",
    "Ursula von der Leyen",
    "Mohammed bin Salman",
    "the two leaders",
    "Both sides",
    "The two presidents exchanged views on",
    "He",
    "She",
    "They",
    "said",
    "stressed that",
    "noted",
    "emphasized",
    "agreed to",
    "reaffirmed",
    "expressed concern about",
    "It was agreed",
    "held talks with",
    "spoke by phone with",
    "met with",
    "in Beijing",
    "at the White House",
    "Washington, D.C.",
    "the U.S.-China relationship",
    "U.S.-ROK-Japan",
    "energy cooperation",
    "trade and investment",
    "Taiwan",
    "the conflict in Ukraine",
    "the region",
    "BRICS",
    "the SCO",
    "BEIJING, Dec. 30 (Xinhua) --",
    "MOSCOW, Jan. 5 --",
    "PRESIDENT BIDEN:",
    "SECRETARY BLINKEN:",
    "Q:",
    "Q",
    "(Applause.)",
    "(Xinhua/Li Xueren)",
    "Photo by Jane Doe",
    "END 3:45 P.M. EST",
    "The following is attributable to Spokesperson Ned Price:",
    "Office of the Spokesperson",
    "were also present",
    "attended the meeting",
    "Joining the call were",
    "***",
    "<...>",
    "<…>",
    "…",
    "...",
    "e.g.",
    "No. 5",
    "Jan.",
    "Sept.",
    "St.",
    "J.",
    "the",
    "of",
    "and",
    ".",
    ",",
    ":",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    "!",
    "?",
    "'s",
    "’s",
]
QUOTES = ["“", "”", "‘", "’", "«", "»", "„", '"', "'", "‹", "›", "‚", "「", "」"]
ODD_TEXT = [
    "مرحبا بالعالم",  # Arabic, right to left
    "قال الرئيس",
    "שלום עולם",  # Hebrew
    "\u202eright-to-left override\u202c",
    "\u200f",
    "\u200e",
    "e\u0301",  # combining acute accent
    "\u0301",  # a lone combining mark
    "Z\u0351\u0352\u0353\u0354",
    "👍🏽",
    "👨\u200d👩\u200d👧",  # zero-width joiners
    "\u200d",
    "\u200b",
    "\u2060",
    "\ufeff",
    "İstanbul",
    "ß",
    "ǅ",
    "ﬁ",
    "Ⅻ",
    "١٢٣",
    "ſ",
    "Ωmega",
    "中国",
    "習近平",
    "\ufffd",
    "\U0010ffff",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x01",
    "\t",
]
#: Every C0 control but NUL (a NUL byte makes a file binary: its own ParseError).
CONTROLS = [chr(c) for c in range(1, 0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]

fragment = st.sampled_from(FRAGMENTS)
token = st.one_of(
    fragment,
    fragment,
    fragment,
    st.sampled_from(QUOTES),
    st.sampled_from(ODD_TEXT),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12),
)
joiner = st.sampled_from([" ", " ", " ", "", ", ", ". ", "\n", "  ", "\t", " “", "” ", "\u00a0"])


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A paragraph: tokens joined by spaces, punctuation, line breaks, or nothing."""
    parts = draw(st.lists(st.tuples(token, joiner), max_size=40))
    return "".join(t + j for t, j in parts)


VALID_HEADER = st.builds(
    lambda d, title: f" date {d.isoformat()} {title}",
    st.dates(),
    st.one_of(fragment, paragraphs()),
)
BAD_HEADER = st.one_of(
    st.sampled_from(
        [
            "",
            " date",
            " date 2024-02-30 Not a day",
            " date 2024-13-01 Not a month",
            " date 24-1-1 Short",
            " date 2024-01-01",
            " date 2024-01-01    ",
            "date 2024-01-01 No leading space",
            " DATE 2024-01-01 Upper case",
            "\t date\t2024-01-01\tTabs",
            " date ２０２４-０１-０１ Wide digits",
            "President Biden met with President Xi",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_characters="\x00\n"), max_size=40),
)

PROSE = (
    "The President met with the Prime Minister in the capital on Monday, and the two leaders "
    "discussed trade, energy and security with their delegations for an hour."
)
BREAKS = st.sampled_from(["\n\n", "\n\n", "\n \n", "\n\n\n", "\n\t\n", "\n", "\n\u2028\n"])


@st.composite
def articles(draw: st.DrawFn) -> bytes:
    """An article's bytes: a header (mostly valid), paragraphs separated by blank lines (or
    not), LF, CRLF or lone CR line endings, sometimes a byte-order mark or a bad byte."""
    # Hypothesis draws the first choice of a list most often: the common case goes first.
    header = draw(VALID_HEADER if draw(st.sampled_from(range(4))) < 3 else BAD_HEADER)
    paras = draw(st.lists(paragraphs(), max_size=12))
    if draw(st.sampled_from(range(3))) < 2:  # ordinary words: the file passes for prose more
        paras.insert(draw(st.integers(0, len(paras))), PROSE)
    body = draw(BREAKS).join(paras)
    text = header + draw(st.sampled_from(["\n", "\n\n", "\n \n"])) + body
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r", "\n"])))
    data = text.encode("utf-8")
    prefix = draw(st.sampled_from([b"", b"", b"", b"\xef\xbb\xbf"]))
    if draw(st.sampled_from(range(20))) == 19:  # now and then a byte that is not UTF-8
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
    return prefix + data


READOUT = (
    " date 2023-11-15 Readout of President Biden's Meeting with President Xi Jinping\n\n"
    "President Joseph R. Biden, Jr. met with President Xi Jinping of the People's Republic of "
    "China in Woodside, California. The two leaders held a candid and constructive discussion "
    "on a range of bilateral and global issues.\n\n"
    "President Biden emphasized that the United States and China are in competition. "
    "“We must ensure that competition does not veer into conflict,” he said.\n\n"
    "President Xi stressed that Taiwan is the most important issue in China-U.S. relations.\n"
).encode()


@st.composite
def edited_readouts(draw: st.DrawFn) -> bytes:
    """A real-looking readout with a few fuzzed pieces spliced in at random places: the parser
    gets deep (names, cues, quotes) before it meets the odd text."""
    text = READOUT.decode()
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(text.find("\n") + 1, len(text)))
        text = text[:at] + draw(st.one_of(token, st.sampled_from(CONTROLS))) + text[at:]
    return text.encode()


FUZZ = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(articles())
# a title of only a zero-width joiner, and a body whose paragraphs are only separators
@example(b" date 2024-01-01 \xe2\x80\x8d\n\nPresident Xi said. \xe2\x80\xa8\xe2\x80\xa8 He noted.")
@example(b" date 2024-01-01 T\r\rPresident Xi said, \xe2\x80\x9cWe agree.\r\rHe noted\xc2\x85it.\r")
def test_fuzzed_articles_parse_to_exact_offsets_or_raise_parse_error(data: bytes) -> None:
    check_article(data)


@FUZZ
@given(edited_readouts())
def test_a_readout_with_odd_text_spliced_in_parses_to_exact_offsets_or_raises_parse_error(
    data: bytes,
) -> None:
    check_article(data)


@settings(FUZZ, max_examples=200)
@given(st.binary(max_size=3000), st.sampled_from([b"", b" date 2024-05-06 Title\n\n"]))
def test_arbitrary_bytes_parse_or_raise_parse_error(data: bytes, header: bytes) -> None:
    check_article(header + data)


@settings(FUZZ, max_examples=8)
@given(
    st.lists(paragraphs(), min_size=1, max_size=3),
    st.integers(1_000, 3_000),
    st.integers(200, 2_000),
    st.sampled_from(["\n\n", "\r\n\r\n", "\r\r"]),
)
def test_thousands_of_paragraphs_and_huge_ones_parse_or_raise_parse_error(
    paras: list[str], copies: int, repeat: int, blank: str
) -> None:
    lede = "President Biden met with President Xi Jinping in Beijing, and the two said so."
    short = [p[:80] for p in paras]
    many = blank.join([lede] + [short[i % len(short)] for i in range(copies)])
    huge = (paras[0][:200] + " ") * repeat  # one paragraph of up to 400 KB
    text = f" date 2024-01-01 Many{blank}{many}{blank}{huge}{blank}{lede}"
    check_article(text.encode())


def test_the_seed_passes_the_property_check() -> None:
    """The check itself accepts a real article (else the properties would prove nothing)."""
    seed = (ROOT / "seeds" / "000_ed3e051bfad3e112.txt").read_bytes()
    article = check_article(seed)
    assert article is not None and len(article.statements) > 10
    assert any(s.speakers for s in article.statements)
    assert any(s.topics for s in article.statements)


# --- no catastrophic backtracking ---------------------------------------------------------------


def _scaling() -> ModuleType:
    """bench/parse_scaling.py, a script rather than a package module."""
    name = "dipdb_bench_parse_scaling"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "parse_scaling.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail with TimeoutError after ``seconds`` instead of hanging (``re`` checks for signals
    while it matches, so even a pattern stuck backtracking is interrupted)."""

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"still parsing after {seconds} s: superlinear somewhere")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


#: The adversarial paragraphs that were quadratic before (one long word: the compound-name
#: anchor rescanned it from every capital; one sentence with colons and topic phrases: copied per
#: colon, excludes checked against every include; titles and occasions: each checked against
#: every topic match) and two that stress names and quotes.
MEGABYTE_CASES = [
    "one_token",
    "no_full_stop",
    "quotes_commas_capitals",
    "title_run",
    "portfolio_titles",
]


@pytest.mark.parametrize("case", MEGABYTE_CASES)
def test_a_one_megabyte_adversarial_paragraph_parses(case: str) -> None:
    scaling = _scaling()
    data = scaling.article(scaling.CASES[case](1_000_000))
    with time_limit(60):
        article = check_article(data)
    assert article is not None, "the file should be prose, so the parser reaches the paragraph"
