"""Specification of speaker attribution on synthetic readouts (no corpus text is copied here)."""

from __future__ import annotations

import pytest

from dipdb.article import Article
from dipdb.attribution import parse_run
from dipdb.parse import parse_article

LEDE = "President Ann Smith of Freedonia spoke today with Chinese President Li Wen about trade."


def _article(*paras: str, title: str = "Readout of a call") -> Article:
    return parse_article(f" date 2022-05-01 {title}\n\n" + "\n\n".join(paras) + "\n")


def _who(art: Article, fragment: str) -> tuple[str, ...]:
    """Speakers of the statement containing ``fragment``."""
    hits = [s for s in art.statements if fragment in s.text]
    assert hits, f"no statement contains {fragment!r}"
    return hits[0].speakers


def _words(s: str) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    for w in s.split(" "):
        out.append((w, pos, pos + len(w)))
        pos += len(w) + 1
    return out


@pytest.mark.parametrize(
    ("run", "name", "role", "country"),
    [
        ("Chinese President Xi Jinping", ("Xi", "Jinping"), "President", "China"),
        ("President Vladimir Putin of Russia", ("Vladimir", "Putin"), "President", "Russia"),
        (
            "Prime Minister of the United Kingdom Boris Johnson",
            ("Boris", "Johnson"),
            "Prime Minister",
            "United Kingdom",
        ),
        ("Secretary of State Antony J. Blinken", ("Antony", "Blinken"), "Secretary of State", None),
        ("President Joseph R. Biden, Jr.", ("Joseph", "Biden"), "President", None),
        ("His Majesty King Abdullah II of Jordan", ("Abdullah",), "King", "Jordan"),
        ("PRESIDENT BIDEN:", ("Biden",), "President", None),
    ],
)
def test_parse_run_splits_title_country_and_name(run, name, role, country) -> None:
    info = parse_run(_words(run), caps_ok=run.isupper())
    assert info is not None
    assert (info.name_tokens, info.role, info.country) == (name, role, country)


def test_explicit_names_pronouns_and_aliases() -> None:
    art = _article(
        LEDE,
        "President Smith stressed that ties matter. She also thanked the people. Markets are open.",
    )
    assert _who(art, "ties matter") == ("Ann Smith",)
    assert _who(art, "She also thanked") == ("Ann Smith",)
    assert _who(art, "Markets are open") == ("Ann Smith",)  # continuation in the paragraph
    smith = next(p for p in art.persons if p.name == "Ann Smith")
    assert {"President Smith", "Ann Smith"} <= set(smith.aliases)
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("Trade is growing fast. Prices fell, President Li said.", "Trade is growing", ("Li Wen",)),
        ('"We are ready," President Li said.', "We are ready", ("Li Wen",)),
        (
            "President Li noted progress. Freedonia is welcome, he added.",
            "Freedonia is welcome",
            ("Li Wen",),
        ),
        ("Growth matters, said President Smith.", "Growth matters", ("Ann Smith",)),
    ],
)
def test_trailing_attribution_covers_its_paragraph(para, fragment, speakers) -> None:
    assert _who(_article(LEDE, para), fragment) == speakers


@pytest.mark.parametrize(
    "para",
    [
        "The two leaders welcomed progress.",
        "Both sides agreed to meet again.",
        "They discussed the climate.",
        "The leaders reviewed regional issues.",
        "President Smith and President Li discussed energy.",
        "The two presidents exchanged views on energy.",
    ],
)
def test_joint_subjects_are_both_principals(para) -> None:
    art = _article(LEDE, para)
    st = next(s for s in art.statements if s.text == para)
    assert st.kind == "joint"
    assert set(st.speakers) == {"Ann Smith", "Li Wen"}


def test_joint_then_single_speaker_in_one_paragraph() -> None:
    art = _article(
        LEDE,
        "The two presidents exchanged views on energy. President Li stressed"
        " that supply matters. Prices will fall.",
    )
    assert set(_who(art, "exchanged views")) == {"Ann Smith", "Li Wen"}
    assert _who(art, "supply matters") == ("Li Wen",)
    assert _who(art, "Prices will fall") == ("Li Wen",)


def test_clause_with_new_speaker_is_split() -> None:
    art = _article(
        LEDE, "They agreed to stay in touch, and President Smith thanked China for its help."
    )
    assert set(_who(art, "stay in touch")) == {"Ann Smith", "Li Wen"}
    assert _who(art, "thanked China") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("para", "speakers", "side"),
    [
        ("The Chinese side noted its position.", ("Li Wen",), "China"),
        ("The Chinese President welcomed the visit.", ("Li Wen",), None),
        ("China believes that talks are useful.", ("Li Wen",), "China"),
    ],
)
def test_titles_and_sides_resolve_to_principals(para, speakers, side) -> None:
    art = _article(LEDE, para)
    st = next(s for s in art.statements if s.text == para)
    assert st.speakers == speakers
    assert st.side == side


def test_agentless_passive_is_implicit_to_principals() -> None:
    art = _article(LEDE, "It was agreed to continue contacts.")
    st = next(s for s in art.statements if s.text.startswith("It was agreed"))
    assert st.kind == "implicit"
    assert set(st.speakers) == {"Ann Smith", "Li Wen"}
    assert st.confidence < 0.8


def test_meeting_sentence_and_attendance_are_narrative() -> None:
    art = _article(LEDE, "Wang Hao and He Ming were present at the meeting.")
    assert all(not s.speakers for s in art.statements if s.paragraph in (0, 1))
    present = {p.name for p in art.participants if p.participation == "present"}
    assert present == {"Wang Hao", "He Ming"}  # "He" here is a family name, not a pronoun


def test_transcript_labels_set_the_speaker_until_the_next_label() -> None:
    art = _article(
        "Rose Garden",
        "PRESIDENT SMITH: Welcome, Mr. President. It is good to see you.",
        "We have much to do.",
        "PRESIDENT LI: (As interpreted.) Thank you.",
        "Q Will you meet again?",
        title="Remarks by President Ann Smith and President Li Wen",
    )
    assert _who(art, "It is good to see you") == ("Ann Smith",)
    assert _who(art, "We have much to do") == ("Ann Smith",)
    assert _who(art, "Thank you") == ("Li Wen",)
    assert _who(art, "Will you meet again") == ()
    labels = [s for s in art.statements if s.text in ("PRESIDENT SMITH:", "Q")]
    assert labels and all(s.kind == "boilerplate" for s in labels)
    assert art.paragraphs[0].kind == "venue"


def test_inline_labels_in_one_long_paragraph() -> None:
    art = _article(
        "Ann Smith held talks with Li Wen. Ann Smith: Good afternoon. We met today. Li Wen:"
        " Thank you. Question: What next? Ann Smith: We will see.",
    )
    assert _who(art, "We met today") == ("Ann Smith",)
    assert _who(art, "Thank you") == ("Li Wen",)
    assert _who(art, "What next") == ()
    assert _who(art, "We will see") == ("Ann Smith",)


def test_unknown_speaker_is_empty_not_invented() -> None:
    art = _article("Officials met in Geneva. Someone stressed caution.")
    assert all(s.speakers == () for s in art.statements)
