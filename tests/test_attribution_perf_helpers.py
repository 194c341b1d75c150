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
