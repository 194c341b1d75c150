"""The faster forms of the attribution engine's patterns and scans find exactly what the
forms they replace find."""

from __future__ import annotations

import re
from dataclasses import MISSING

import pytest

from dipdb import attribution as at

_SAMPLES = [
    "Chinese President Xi Jinping met President Vladimir Putin of Russia in Moscow.",
    "PRESIDENT BIDEN: Thank you. Q: And Mr. Smith, Jr. said so; Mrs. Jones and Ms. Lee agreed.",
    "Dr. A. B. Carter, St. Louis, J. K. Rowling, Mrsx Mr.X Jr Sr, Jr. Sr. Jrx Dr",
    "al-Assad met el-Sisi; xal-Foo ael-Bar al-x el- Al-Jazeera bin Salman ibn Saud",
    "Ursula von der Leyen and Joost van den Berg, Minister of the Interior to the President.",
    ".Ab 'Cd ’Ef -Gh _Ij 9Kl aMn é Élan Łukasz Özdemir Álvaro Émile",
    "U.S.-Japan talks, the U.S. Secretary of State\tAntony Blinken,\nRussia-NATO",
    "",
    "a",
    "A",
    "A.",
    "e",
]

#: ``_RUN`` as it was written before its first character class led it
_OLD_RUN = re.compile(
    rf"(?=[{at._UC}ae])(?<![\w'’.\-]){at._CAPTOK}"
    rf"(?:(?:,\s(?=(?:Jr|Sr)\b)|[ \t]){at._CAPTOK}|[ \t]{at._CONNECT}(?=[ \t][{at._UC}])"
    rf"|[ \t](?:to|of)[ \t]the(?=[ \t][A-Z])"
    rf"|[ \t](?:von|van|de)[ \t](?:der|den|la|le|los|las)(?=[ \t][{at._UC}]))*"
)


@pytest.mark.parametrize("text", _SAMPLES)
def test_run_pattern_matches_as_the_lookahead_form(text: str) -> None:
    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1, max(1, n // 7)):
            old = [m.span() for m in _OLD_RUN.finditer(text, start, end)]
            new = [m.span() for m in at._RUN.finditer(text, start, end)]
            assert new == old, (start, end)
            om, nm = _OLD_RUN.match(text, start, end), at._RUN.match(text, start, end)
            assert (nm and nm.span()) == (om and om.span()), (start, end)


def test_statement_arguments_are_in_the_fields_order() -> None:
    from dataclasses import fields

    from dipdb.article import Statement

    names = [f.name for f in fields(Statement)]
    assert tuple(names[: len(at._STATEMENT_ARGS)]) == at._STATEMENT_ARGS
    # the fields after them keep their defaults
    assert all(
        f.default is not MISSING or f.default_factory is not MISSING
        for f in fields(Statement)[len(at._STATEMENT_ARGS) :]
    )


_MEETING_SAMPLES = [
    "President X spoke with Y. They talked by phone today, and he speaks to the Minister.",
    "She met Y; they meets; the meeting was held. He called President Z and had a call.",
    "They held talks, has a discussion, have two rounds of consultations; holds a summit.",
    "He received, hosted, visited, joined, attended, participated, travelled, arrived.",
    "He welcomed President X to the White House; welcomed the delegation to the city.",
    "She briefed the press; chaired, co-chaired, toured, laid a wreath, led the talks.",
    "He made a visit, paid an official visit, gave remarks to the press, delivered statements "
    "to the media, held a joint press conference; gives a news conference.",
    "SPOKE WITH Him, Talked To Her, MET, Meets, said, stressed, discussed, reaffirmed.",
    "He spoke yesterday by telephone with the Prime Minister, and talks on the phone to leaders.",
]


@pytest.mark.parametrize("text", _MEETING_SAMPLES)
def test_meeting_phrase_at_matches_as_the_pattern(text: str) -> None:
    from dipdb.names import MEETING_PHRASES

    for pos in range(len(text) + 1):
        ref = MEETING_PHRASES.match(text, pos)
        got = at.meeting_phrase_at(text, pos)
        assert (got and got.span()) == (ref and ref.span()), pos


#: ``_ABOUT_MEETING`` as it was written before its alternatives shared their opening phrase
_OLD_ABOUT_MEETING = re.compile(
    r"(?:[A-Z][\w ,’']{0,30},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|Today[’']s|[Aa]n?)\s+"
    r"(?:[\w\-]+\s+){0,2}"
    r"(?:conversation|meeting|talks|call|visit|negotiations|consultations|session|summit|"
    r"[Ss]tatement|[Dd]eclaration|[Mm]emorandum|[Aa]greement|[Cc]ommuniqu[eé]|documents?)\s+"
    # "A joint statement and a package of documents have been adopted"
    r"(?:and\s+(?:(?:a|an|the|other|several)\s+)?(?:[\w\-]+\s+){0,3}?" + at._DOCUMENT + r"\s+)?"
    r"(?:was|were|will be|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:held|adopted|signed|"
    r"conducted|organi[sz]ed|published|issued|released|initialled|exchanged|attended|"
    r"approved|concluded|scheduled|planned|to be held)\b|"
    # "The contracts signed are ...", "Other documents signed include ...": the signing's outcome
    r"(?:[A-Z][\w ,’']{0,30},\s+)?(?:The|Other|All|These|Those|Among the)\s+(?:[\w\-]+\s+){0,2}?"
    + at._DOCUMENT
    + r"\s+(?:signed|adopted|approved|concluded)\b|"
    # "Overall, the conversation took place in a frank and business-like atmosphere"
    r"(?:[A-Z][\w ,’']{0,30},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|Today[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:conversation|meeting|talks|call|visit|negotiations|consultations|session)\s+"
    r"(?:took place|lasted|ended|began|continued)\b"
)


_ABOUT_SAMPLES = [
    "The conversation was held in a warm atmosphere.",
    "Overall, the conversation took place in a frank and business-like atmosphere.",
    "In Moscow, the talks were held behind closed doors.",
    "A joint statement and a package of documents have been adopted.",
    "The contracts signed are worth billions.",
    "Other documents signed include a memorandum.",
    "Among the agreements signed was a treaty.",
    "Today’s meeting was attended by ministers.",
    "The President said the meeting was productive.",
    "This call lasted an hour, the officials said.",
    "After the talks, Their consultations were concluded quickly.",
    "An, agreement was signed. The, The meeting, was held.",
    "Thus far, no statement was issued; A Long Opening Phrase Of Many Words, the visit began.",
]


@pytest.mark.parametrize("text", _ABOUT_SAMPLES)
def test_about_meeting_matches_where_the_pattern_with_three_openings_did(text: str) -> None:
    for s in range(len(text)):
        for e in (len(text), min(len(text), s + 40)):
            old = _OLD_ABOUT_MEETING.match(text, s, e) is not None
            assert (at._ABOUT_MEETING.match(text, s, e) is not None) == old, (s, e)


def _expected_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs :func:`at.iter_runs` should find: the old pattern's, except in a text with a
    stop or initials glued to a capital ("trade.PM Kovac", "U.Khurelsukh"), where the glued
    pattern's (tested against examples in test_attribution.py)."""
    glued = at._GLUED_STOP.search(text, start, end) is not None
    return [m.span() for m in (at._RUN_GLUED if glued else _OLD_RUN).finditer(text, start, end)]


@pytest.mark.parametrize("text", [t for t in _SAMPLES if "al-" not in t and "el-" not in t])
def test_capital_led_run_pattern_matches_as_the_run_pattern(text: str) -> None:
    n = len(text)
    for start in range(n + 1):
        for end in range(start, n + 1, max(1, n // 7)):
            old = [m.span() for m in _OLD_RUN.finditer(text, start, end)]
            assert [m.span() for m in at._RUN_CAPITAL_LED.finditer(text, start, end)] == old
            glued = [m.span() for m in at._RUN_GLUED.finditer(text, start, end)]
            assert [m.span() for m in at._RUN_CAPITAL_LED_GLUED.finditer(text, start, end)] == glued
            assert [(s, e) for s, e, _w in at.iter_runs(text, start, end)] == _expected_runs(
                text, start, end
            )


@pytest.mark.parametrize("text", _SAMPLES)
def test_iter_runs_finds_the_runs_of_the_run_pattern(text: str) -> None:
    n = len(text)
    for start in range(n + 1):
        expected = _expected_runs(text, start, n)
        assert [(s, e) for s, e, _w in at.iter_runs(text, start, n)] == expected
