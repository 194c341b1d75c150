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


@pytest.mark.parametrize(
    "lede",
    [
        "Adviser Ann Smith spoke with newly appointed Japanese Adviser Bo Chan in a call today.",
        "Adviser Ann Smith spoke with the newly elected Prime Minister Bo Chan of Japan today.",
    ],
)
def test_a_meeting_sentence_may_qualify_the_counterpart(lede: str) -> None:
    art = _article(lede, "Ms. Smith thanked Mr. Chan.")
    assert art.statements[0].kind == "narrative" and art.statements[0].speakers == ()
    assert {p.name for p in art.participants if p.participation == "principal"} == {
        "Ann Smith",
        "Bo Chan",
    }


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


def _run(s: str, common: frozenset[str] = frozenset(), caps: bool = False):
    return parse_run(_words(s), caps_ok=caps, common=common)


@pytest.mark.parametrize(
    ("run", "common", "name", "surface"),
    [
        # a tag glued after the name repeats the family name
        ("Prime Minister of Hungary Ann Orban Orban", (), ("Ann", "Orban"), "Ann Orban"),
        # a portfolio word the article also writes in lower case heads no name
        ("Minister of Healthcare Mikhail Petrov", ("healthcare",), ("Mikhail", "Petrov"), None),
        # title words glued before the name
        ("Minister for Management and Resources Brian Keane", (), ("Brian", "Keane"), None),
        # initials and suffixes stay in the canonical surface form
        ("President Joseph R. Biden, Jr.", (), ("Joseph", "Biden"), "Joseph R. Biden Jr."),
        # family-name-first surnames that are also English words
        ("He Lifeng", ("he",), ("He", "Lifeng"), "He Lifeng"),
        # a compound of countries is no name
        ("Russia-NATO Founding Act Ann Lee", (), ("Ann", "Lee"), "Ann Lee"),
    ],
)
def test_parse_run_finds_the_name_proper(run, common, name, surface) -> None:
    info = _run(run, frozenset(common))
    assert info is not None and info.name_tokens == name
    if surface is not None:
        assert " ".join(info.surface.replace(",", "").split()) == surface


@pytest.mark.parametrize(
    "name",
    [
        "Red Cross",
        "Harvard University",
        "New York",
        "Camp David",
        "St Petersburg",
        "Nord Stream",
        "the North-South Transport Corridor",
    ],
)
def test_organisations_and_places_are_not_persons(name) -> None:
    art = _article(LEDE, f"President Smith stressed that {name} matters to the talks.")
    assert {p.name for p in art.persons} == {"Ann Smith", "Li Wen"}


def test_single_word_after_a_title_complement_is_no_name() -> None:
    info = _run("Special Representative for Korean Peninsula Peace")
    assert info is not None and info.name_tokens == () and info.role == "Special Representative"
    assert _run("Minister Peace", frozenset({"peace"})).name_tokens == ("Peace",)


def test_title_with_to_the_stays_one_run() -> None:
    art = _article(
        "Aide to the President Ann Lee briefed media on the call between President Ann Smith"
        " and Chinese President Li Wen.",
    )
    lee = next(p for p in art.participants if p.name == "Ann Lee")
    assert lee.title == "Aide to the President"


def test_organisation_of_a_title_is_recorded() -> None:
    info = _run("Secretary General Jens Berg of NATO")
    assert (info.name_tokens, info.organization, info.country) == (("Jens", "Berg"), "NATO", None)


def test_canonical_name_is_the_fullest_form() -> None:
    art = _article(
        "President Joseph R. Biden, Jr. spoke today with Chinese President Li Wen.",
        "Joe Biden stressed that trade matters.",
    )
    names = {p.name for p in art.persons}
    assert "Joseph R. Biden Jr." in names
    assert _who(art, "trade matters") == ("Joseph R. Biden Jr.",)


@pytest.mark.parametrize(
    ("paras", "title", "genre"),
    [
        ((LEDE, "President Smith stressed trade."), "Readout of a call", "readout"),
        (
            (
                "Rose Garden",
                "PRESIDENT SMITH: Welcome to the garden, and thank you for the visit.",
                "PRESIDENT LI: Thank you. It is a pleasure to be here with you.",
            ),
            "Remarks by President Ann Smith and President Li Wen",
            "transcript",
        ),
        (
            (
                "MODERATOR: Thanks to all of you for joining the call.",
                "Q Will you meet again in the spring?",
                "Q And then what is the plan for the talks?",
            ),
            "Background Press Call on the talks",
            "briefing",
        ),
        (
            ("The United States welcomes the vote.",),
            "Statement by the Press Secretary",
            "statement",
        ),
    ],
)
def test_genre(paras, title, genre) -> None:
    assert _article(*paras, title=title).genre == genre


def test_attributable_official_is_recorded_not_a_speaker() -> None:
    art = _article(
        "Office of the Spokesperson",
        "The following is attributable to Spokesperson Ned Example:",
        "Secretary Ann Smith met today with Chinese Foreign Minister Li Wen. "
        "Secretary Smith stressed trade.",
    )
    assert art.attributed_to == "Ned Example"
    person = next(p for p in art.persons if p.name == "Ned Example")
    assert person.country == "United States"  # the publisher's side
    assert all("Ned Example" not in s.speakers for s in art.statements)


def test_home_side_from_bilateral_compounds() -> None:
    art = _article(
        "President Ann Smith spoke today with President Li Wen of China.",
        "They discussed Brazil-China trade and the Brazilian-Chinese partnership.",
    )
    smith = next(p for p in art.participants if p.name == "Ann Smith")
    assert smith.country == "Brazil"


def test_heading_before_an_inline_label_is_boilerplate() -> None:
    art = _article(
        "Ann Smith met with President of China Li Wen in Beijing. The talks were long.***"
        " Beginning of the talks President of Brazil Ann Smith: Good afternoon. We met today."
        " President of China Li Wen: Thank you. <…>",
    )
    heading = next(s for s in art.statements if s.text.startswith("Beginning"))
    assert heading.kind == "boilerplate" and heading.text == "Beginning of the talks"
    assert _who(art, "Good afternoon") == ("Ann Smith",)
    assert _who(art, "Thank you") == ("Li Wen",)
    assert _who(art, "<…>") == ()
    assert _who(art, "***") == ()


def test_stage_notes_in_transcripts_are_boilerplate() -> None:
    art = _article(
        "Rose Garden",
        "PRESIDENT SMITH: (As interpreted.) (In progress) and so we begin. It is late. (Laughter.)",
        "PRESIDENT LI: Thank you.",
        title="Remarks by President Ann Smith and President Li Wen",
    )
    for note in ("(In progress)", "(Laughter.)"):
        st = next(s for s in art.statements if s.text == note)
        assert st.kind == "boilerplate" and st.speakers == ()
    assert _who(art, "and so we begin") == ("Ann Smith",)


def test_a_stage_note_inside_a_sentence_is_the_transcribers() -> None:
    art = _article(
        "Rose Garden",
        "PRESIDENT SMITH: We have spent a long time — (laughs) — dealing with trade.",
        "PRESIDENT LI: — (laughter) — on that, I agree.",
        title="Remarks by President Ann Smith and President Li Wen",
    )
    notes = [s for s in art.statements if "(laugh" in s.text]
    assert [s.text for s in notes] == ["(laughs)", "— (laughter)"]
    assert all(s.kind == "boilerplate" and s.speakers == () for s in notes)
    assert _who(art, "a long time —") == ("Ann Smith",)
    assert _who(art, "— dealing with trade.") == ("Ann Smith",)
    assert _who(art, "— on that, I agree.") == ("Li Wen",)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was revealing that President Li gave a critical assessment of the plan.",
        "It is noteworthy that President Li welcomed the plan.",
    ],
)
def test_the_writers_frame_around_a_partys_act_gives_the_party(sentence: str) -> None:
    art = _article(LEDE, "President Smith stressed trade. " + sentence)
    assert _who(art, sentence) == ("Li Wen",)


@pytest.mark.parametrize(
    ("para", "speakers"),
    [
        ("The conversation was held in a warm and friendly atmosphere.", ()),
        ("In addition, a joint statement was adopted.", ()),
        ("The presidents of the two countries made statements for the press.", ()),
        (
            "The presidents had a detailed exchange of views on trade.",
            ("Ann Smith", "Li Wen"),
        ),
        ("The two consulted on regional issues.", ("Ann Smith", "Li Wen")),
        ("The two also reviewed regional issues.", ("Ann Smith", "Li Wen")),
        ("President Li spoke with understanding about the plan.", ("Li Wen",)),
        ("President Li laid out his assessment of the plan.", ("Li Wen",)),
        ("President Smith and President Li also highlighted trade.", ("Ann Smith", "Li Wen")),
    ],
)
def test_meeting_sentences_and_cue_phrases(para, speakers) -> None:
    art = _article(LEDE, "President Smith stressed trade. " + para)
    st = next(s for s in art.statements if s.text == para)
    assert set(st.speakers) == set(speakers)


def test_meeting_clause_then_speech_clause() -> None:
    art = _article(
        "President Ann Smith spoke today with Chinese President Li Wen and reiterated her"
        " support for trade."
    )
    narrative = next(s for s in art.statements if s.text.startswith("President Ann Smith"))
    assert narrative.speakers == () and narrative.text.endswith("Li Wen")
    assert _who(art, "reiterated her support") == ("Ann Smith",)


def test_title_naming_both_parties_gives_the_principals() -> None:
    art = _article(
        "Ann Smith, Secretary of State",
        "Chinese Foreign Minister Li Wen",
        "Paris, France",
        "SECRETARY SMITH: Good morning. President Ray Cole and President Jo Park spoke last week.",
        "FOREIGN MINISTER LI: Thank you.",
        title="Secretary Ann Smith and Chinese Foreign Minister Li Wen Before Their Meeting",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ann Smith", "Li Wen"]
    # the venue line's city is the location ("Paris, France" -> Paris)
    assert (art.meeting.location, art.meeting.host_country) == ("Paris", "France")


@pytest.mark.parametrize(
    "title",
    [
        "Li Wen Holds Talks with Secretary of State Ann Smith",
        "Li Wen Meets Ann Smith",
        "Li Wen Has Phone Call with Ann Smith",
        "Li Wen Speaks with Ann Smith on the Phone",
        "Li Wen Attends Summit and Meets Ann Smith",
        "Li Wen Congratulates Ann Smith on Re-election",
        "Secretary of State of the United States Ann Smith Meets Li Wen",
    ],
)
def test_a_headline_verb_in_the_title_ends_a_name(title: str) -> None:
    """Headlines capitalise their verbs ("Xi Jinping Meets Vladimir Putin"): the verb is not
    part of the name before it, nor of the one after it."""
    art = _article(
        "Foreign Minister Li Wen met with Secretary of State Ann Smith in Beijing. President"
        " Bo Chan was also present.",
        "Li Wen said that relations are stabilizing.",
        title=title,
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Bo Chan", "Li Wen"]
    assert sorted(_principals(art)) == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    ("lede", "own", "other"),
    [
        (
            "The Prime Minister spoke to Prime Minister Li Wen of China this morning.",
            "The Prime Minister thanked Prime Minister Li for his hospitality.",
            "Prime Minister Li set out his priorities for the summit.",
        ),
        (
            "The President spoke today with President Li Wen of China.",
            "The President raised concerns about trade.",
            "President Li stressed the importance of trade.",
        ),
    ],
)
def test_a_party_the_readout_never_names_is_an_unknown_speaker(
    lede: str, own: str, other: str
) -> None:
    """A readout may title its own principal only ("The Prime Minister spoke to Prime Minister
    X"): the bare title then means that unnamed party, never X, so its statements have no
    speaker rather than X's name."""
    art = _article(lede, own, other)
    assert _who(art, own) == ()
    assert _who(art, other) == ("Li Wen",)
    assert _principals(art) == ["Li Wen"]


@pytest.mark.parametrize("honorific", ["Shri", "The Honourable"])
def test_an_honorific_is_not_part_of_the_name(honorific: str) -> None:
    art = _article(
        f"Prime Minister {honorific} Ann Smith held a meeting with President Li Wen of China.",
        "Prime Minister Smith said that the talks were useful.",
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]
    assert _who(art, "talks were useful") == ("Ann Smith",)


def test_a_surname_led_by_particles_after_a_title_is_a_name() -> None:
    """ "President von der Leyen": the particles belong to the surname, which a title may
    write without the given name."""
    art = _article(
        "President Ann Smith met with President von der Leyen in Brussels.",
        "President von der Leyen announced an investment agenda.",
        "Prime Minister Pieter van Dalen joined the meeting. Prime Minister van Dalen said trade"
        " matters.",
    )
    assert _who(art, "investment agenda") == ("von der Leyen",)
    assert _who(art, "said trade matters") == ("Pieter van Dalen",)
    assert "von der Leyen" in _principals(art)


@pytest.mark.parametrize("number", ["1.", "12.", "IV."])
def test_a_paragraph_number_is_boilerplate(number: str) -> None:
    art = _article(LEDE, f"{number} At the outset, President Smith welcomed President Li.")
    numbered = next(s for s in art.statements if s.text == number)
    assert numbered.kind == "boilerplate" and numbered.speakers == ()
    assert _who(art, "At the outset") == ("Ann Smith",)


def test_a_lower_case_title_with_a_nationality_is_that_countrys_holder() -> None:
    """News agencies write "the Chinese foreign minister said", without a name."""
    art = _article(
        "Secretary of State Ann Smith met Chinese Foreign Minister Li Wen on Wednesday.",
        "The Chinese foreign minister said the talks were candid. He added that trade matters.",
    )
    assert _who(art, "talks were candid") == ("Li Wen",)
    assert _who(art, "trade matters") == ("Li Wen",)


def test_a_lower_case_title_no_one_holds_leaves_the_next_pronoun_unknown() -> None:
    """An unresolved "The Qatari prime minister said ..." is spoken by someone, so the "He
    said ..." after it is not the speaker before it."""
    art = _article(
        "Secretary of State Ann Smith met Qatar's prime minister on Wednesday.",
        "“It is time to stop,” Smith told reporters after the meeting with Sheikh Bo Chan.",
        "The Qatari prime minister said mediators were working. He said Qatar remained committed.",
    )
    assert _who(art, "time to stop") == ("Ann Smith",)
    assert _who(art, "mediators were working") == ()
    assert _who(art, "remained committed") == ()


@pytest.mark.parametrize("outlet", ["CCTV", "AFP", "Bloomberg", "China Daily"])
def test_a_news_outlet_label_is_an_unknown_asker(outlet: str) -> None:
    """Press-conference transcripts label a question by the asker's outlet ("AFP:")."""
    art = _article(
        f"{outlet}: What is your response to the new export controls?",
        "Ann Smith: We firmly oppose them.",
        title="Spokesperson Ann Smith's Regular Press Conference",
    )
    assert _who(art, "What is your response") == ()
    assert _who(art, "We firmly oppose them") == ("Ann Smith",)
    assert [p.name for p in art.persons] == ["Ann Smith"]


def test_a_bare_title_whose_holder_is_named_later_means_that_holder() -> None:
    art = _article(
        "The Secretary met with Chinese Foreign Minister Li Wen in Washington.",
        "Secretary Ann Smith emphasized the importance of open channels.",
        "The Secretary also raised trade.",
    )
    assert _who(art, "also raised trade") == ("Ann Smith",)


def test_the_i_of_a_statement_from_someone_is_its_author() -> None:
    art = _article(
        "This morning, I spoke with President Li Wen of China.",
        "I made clear that we stand with our partners.",
        "\u201cI told him we are ready,\u201d said Ann Smith.",
        title="Statement from President Ann Smith on the Call with President Li Wen",
    )
    assert _who(art, "I made clear") == ("Ann Smith",)
    assert art.attributed_to == "Ann Smith"


def test_date_in_a_relative_clause_is_not_the_meeting_date() -> None:
    art = _article(
        "President Ann Smith had a telephone conversation with Li Wen, who left office on"
        " April 20.",
    )
    assert art.meeting.date.isoformat() == "2022-05-01"


def test_bare_title_after_and_joins_the_subject() -> None:
    art = _article(
        "Secretary of State Ann Smith met today with Chinese Foreign Minister Li Wen.",
        "The Secretary and Foreign Minister also highlighted trade.",
    )
    assert set(_who(art, "highlighted trade")) == {"Ann Smith", "Li Wen"}


def _principals(art: Article) -> list[str]:
    return [p.name for p in art.participants if p.participation == "principal"]


def test_a_spokesperson_of_the_meta_line_is_never_a_principal() -> None:
    art = _article(
        "Office of the Spokesperson",
        "The following is attributable to Spokesperson Jane Roe:",
        "Secretary of State Ann Smith hosted a conversation today with visiting ministers."
        " They discussed food security.",
        title="Secretary Smith's Meeting with Visiting Ministers",
    )
    assert _principals(art) == ["Ann Smith"]
    assert _who(art, "food security") == ("Ann Smith",)


def test_a_room_and_an_organisation_are_not_persons() -> None:
    art = _article(
        "Harbor City, Freedonia",
        "Benjamin Franklin Room",
        "SECRETARY SMITH: Welcome, Minister Chan. It is a pleasure to have you here with us.",
        title="Secretary Ann Smith And Foreign Minister Bo Chan Before Their Meeting",
    )
    assert _principals(art) == ["Ann Smith", "Bo Chan"]
    names = {p.name for p in art.persons}
    assert "Benjamin Franklin" not in names
    art = _article(
        "Vice President Ann Smith met with Prime Minister Bo Chan, current chair of the"
        " Caribbean Community. They discussed energy.",
        title="Meeting",
    )
    assert _principals(art) == ["Ann Smith", "Bo Chan"]


def test_father_and_son_sharing_a_family_name_are_two_persons() -> None:
    art = _article(
        "President Ann Smith had a call with Chairman Gurban Toreyev and President-elect"
        " Serdo Toreyev. President Smith congratulated Serdo Toreyev.",
        title="Telephone conversation",
    )
    assert _principals(art) == ["Ann Smith", "Gurban Toreyev", "Serdo Toreyev"]


def test_a_short_given_name_is_the_same_person() -> None:
    art = _article(
        "President Joe Smith spoke with Bo Chan. President Joseph Smith stressed trade.",
    )
    assert sum(p.name.endswith("Smith") for p in art.persons) == 1


def test_everyone_joining_a_multilateral_call_is_a_principal() -> None:
    art = _article(
        "President Ann Smith spoke today with leaders of the northern group.",
        "Joining the call were the following leaders:",
        "Freedonian President Bo Chan",
        "Sylvanian Prime Minister Cy Dorn",
        "Ruritanian President Di Elm",
        "Vulcanian Prime Minister Ed Falk",
        "The leaders discussed security.",
    )
    assert _principals(art) == ["Ann Smith", "Bo Chan", "Cy Dorn", "Di Elm", "Ed Falk"]
    assert len(_who(art, "discussed security")) == 5


def test_a_subject_after_a_long_lead_in_phrase() -> None:
    art = _article(
        "Vice President Ann Smith spoke today with President Bo Chan of Japan.",
        "Building on the investments announced during the Vice President's trip to Ghana,"
        " Kenya, and Zambia earlier this year—including private sector commitments—the Vice"
        " President and President Chan discussed investment.",
    )
    assert _who(art, "discussed investment") == ("Ann Smith", "Bo Chan")


def test_a_title_of_the_writers_government_gives_the_lede_subject_its_country() -> None:
    art = _article(
        "Secretary of State Ann Smith spoke with Foreign Minister Bo Chan of Japan.",
    )
    assert {p.name: p.country for p in art.persons}["Ann Smith"] == "United States"
    art = _article(
        "Aide to the President Ann Smith briefed reporters on the conversation between"
        " President of Russia Ivan Petrov and President of Japan Bo Chan.",
    )
    assert {p.name: p.country for p in art.persons}["Ann Smith"] == "Russia"


def test_a_family_name_that_is_a_word_after_a_title() -> None:
    art = _article("Minister Ann Smith met today with Foreign Minister Park Jin.")
    assert _principals(art) == ["Ann Smith", "Park Jin"]


# --------------------------------------------------------------------------------------------
# constructions of multi-party and bilateral readouts (classes, each with invented sentences)


def test_every_party_of_a_six_person_call_is_a_principal_and_delegations_resolve() -> None:
    art = _article(
        "Today, Adviser Tom Reed, Secretary of State Ann Bell, and General Carl Moss held a "
        "joint call with Ukrainian Foreign Minister Ivan Petrenko, Ukrainian Defense Minister "
        "Oleh Hrytsenko, and Ukrainian General Taras Bondar.",
        "They discussed the harvest. Following an earlier call, the U.S. officials provided their "
        "counterparts with details of a new package. Both sides welcomed the shipments.",
        title="Readout of a call with Ukrainian counterparts",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == [
        "Tom Reed",
        "Ann Bell",
        "Carl Moss",
        "Ivan Petrenko",
        "Oleh Hrytsenko",
        "Taras Bondar",
    ]
    assert _who(art, "They discussed the harvest") == tuple(principals)
    assert _who(art, "the U.S. officials provided") == ("Tom Reed", "Ann Bell", "Carl Moss")
    assert _who(art, "Both sides welcomed") == tuple(principals)


def test_a_trilateral_call_named_in_a_lead_phrase_with_long_titles() -> None:
    art = _article(
        "In a May 7 trilateral call, U.S. Special Envoy for the DPRK Ann Lee, Japanese Ministry "
        "of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Sato Kenji, "
        "and ROK Special Representative for Peninsula Peace and Security Affairs Park Min-ho "
        "discussed the launches.",
        "Special Envoy Lee condemned the launches. The three officials agreed to stay in touch.",
        title="Special Envoy Lee's trilateral call",
    )
    trio = ("Ann Lee", "Sato Kenji", "Park Min-ho")
    assert {p.name for p in art.participants if p.participation == "principal"} == set(trio)
    assert set(_who(art, "trilateral call")) == set(trio)
    assert _who(art, "condemned the launches") == ("Ann Lee",)
    assert set(_who(art, "The three officials agreed")) == set(trio)


def test_discussing_with_someone_makes_both_the_speakers() -> None:
    art = _article(
        "In separate calls, Envoy Ann Lee discussed the launch with Director General Sato Kenji "
        "and Special Representative Park Min-ho.",
        "Envoy Lee condemned the launch.",
        title="Envoy Lee's calls",
    )
    assert set(_who(art, "In separate calls")) == {"Ann Lee", "Sato Kenji", "Park Min-ho"}
    assert _who(art, "condemned the launch") == ("Ann Lee",)


def test_the_presidents_of_two_named_countries_are_a_joint_subject() -> None:
    art = _article(
        "Vladimir Orlov had a telephone conversation with President of France Jean Dupont.",
        "Vladimir Orlov noted the progress made. The presidents of Russia and France noted the "
        "success of the conference.",
        title="Telephone conversation with President of France Jean Dupont",
    )
    assert set(_who(art, "presidents of Russia and France")) == {"Vladimir Orlov", "Jean Dupont"}


def test_a_passive_with_an_agent_is_the_agent_s_and_without_one_is_implicit() -> None:
    art = _article(
        "Vladimir Orlov had a telephone conversation with President of France Jean Dupont.",
        "Vladimir Orlov stressed the risks. The situation in the Sahel was also raised by Jean "
        "Dupont. The status of the talks was reviewed as well.",
        title="Telephone conversation with President of France Jean Dupont",
    )
    assert _who(art, "raised by Jean") == ("Jean Dupont",)
    assert set(_who(art, "was reviewed as well")) == {"Vladimir Orlov", "Jean Dupont"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents continued a detailed exchange of views on the situation in the region.",
        "The leaders continued their discussion of the border situation.",
        "The two sides held candid, substantive, and constructive discussions on trade.",
    ],
)
def test_continuing_or_holding_a_discussion_is_joint(sentence: str) -> None:
    art = _article(
        "Vladimir Orlov had a telephone conversation with President of France Jean Dupont.",
        sentence,
        title="Telephone conversation with President of France Jean Dupont",
    )
    assert set(_who(art, sentence[:30])) == {"Vladimir Orlov", "Jean Dupont"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In this context, Vladimir Orlov drew Jean Dupont's attention to the drills.", "Orlov"),
        ("President Dupont echoed his predecessor in expressing the need for calm.", "Dupont"),
        ("Jean Dupont initiated the discussion of energy cooperation.", "Dupont"),
        ("Vladimir Orlov commented in detail on the address of Jean Dupont.", "Orlov"),
    ],
)
def test_a_named_subject_with_a_communicative_verb_is_not_the_previous_speaker(
    sentence: str, speaker: str
) -> None:
    art = _article(
        "Vladimir Orlov had a telephone conversation with President Jean Dupont.",
        "Jean Dupont praised the talks. It was agreed to meet. " + sentence,
        title="Telephone conversation with President Jean Dupont",
    )
    who = _who(art, sentence[:25])
    assert len(who) == 1 and who[0].endswith(speaker)


def test_speaking_with_the_counterpart_about_something_after_the_lede_is_speech() -> None:
    art = _article(
        "President Ann Smith spoke today with President Bo Chan.",
        "The leaders commended their teams. President Smith also spoke with President Chan about "
        "the attacks on hospitals.",
    )
    assert _who(art, "spoke today with") == ()
    assert _who(art, "also spoke with") == ("Ann Smith",)


def test_calling_someone_in_the_lede_is_the_meeting_not_speech() -> None:
    art = _article(
        "Secretary Ann Smith called Foreign Minister Bo Chan today to discuss the floods.",
        "Secretary Smith offered condolences.",
    )
    assert _who(art, "called Foreign Minister") == ()
    assert _who(art, "offered condolences") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("run", "name", "role", "country"),
    [
        ("President Omar Sheikh Hassan", ("Omar", "Sheikh", "Hassan"), "President", None),
        (
            "Ruritanian President Abdel Karim el-Nour",
            ("Abdel", "Karim", "el-Nour"),
            "President",
            "Ruritania",
        ),
        (
            "UAE President Ahmed bin Salim Al Rashid",
            ("Ahmed", "bin", "Salim", "Al", "Rashid"),
            "President",
            "United Arab Emirates",
        ),
        (
            "President-elect Pak Tae Ho’s U.S.-ROK Team",
            ("Pak", "Tae", "Ho"),
            "President-elect",
            None,
        ),
    ],
)
def test_names_with_inner_titles_particles_and_possessives(run, name, role, country) -> None:
    info = parse_run(_words(run))
    assert info is not None
    assert info.name_tokens == name
    assert info.role == role
    if country != "Ruritania":
        assert info.country == country


@pytest.mark.parametrize(
    ("run", "title", "country"),
    [
        ("President Ruto of Kenya", "President", "Kenya"),
        ("Prime Minister Ardern of New Zealand", "Prime Minister", "New Zealand"),
        ("President William Ruto of Kenya", "President", "Kenya"),
        ("Secretary General of NATO", "Secretary General of NATO", None),
        ("Minister of Foreign Affairs Ann Smith", "Minister of Foreign Affairs", None),
        ("Prime Minister of Japan", "Prime Minister of Japan", "Japan"),
    ],
)
def test_a_country_after_the_name_is_not_part_of_the_title(run, title, country) -> None:
    info = parse_run(_words(run))
    assert info is not None
    assert (info.title, info.country) == (title, country)


def test_a_parenthetical_between_subject_and_verb_keeps_the_subject() -> None:
    art = _article(
        LEDE,
        "President Smith, joined by Deputy Minister Dr. Paul Brown, praised the new port. "
        "Afterwards, the President of China once again, this time in writing, extended an "
        "invitation. President Li, the head of the delegation, said trade would grow.",
    )
    assert _who(art, "praised the new port") == ("Ann Smith",)
    assert _who(art, "extended an invitation") == ("Li Wen",)
    assert _who(art, "trade would grow") == ("Li Wen",)
    present = [p.name for p in art.participants if p.participation == "present"]
    assert "Paul Brown" in present


def test_a_clause_without_comma_changes_speaker_at_and_the_title() -> None:
    art = _article(
        "Secretary Ann Smith met today with Foreign Minister Li Wen of China.",
        "The Secretary and the Foreign Minister discussed trade and the Secretary thanked the "
        "Foreign Minister for his hospitality.",
    )
    assert _who(art, "discussed trade") == ("Ann Smith", "Li Wen")
    assert _who(art, "thanked the") == ("Ann Smith",)


def test_an_unknown_or_other_person_as_subject_does_not_continue_the_speaker() -> None:
    art = _article(
        LEDE,
        "President Smith briefed her guest on the harvest. Dr. Jones, a professor of "
        "agronomy, presented the data on soil. Aid to the region is $40 million this year.",
    )
    assert _who(art, "briefed her guest") == ("Ann Smith",)
    assert _who(art, "presented the data") == ()
    assert _who(art, "$40 million") == ()


def test_making_something_happen_or_a_visit_is_not_speech() -> None:
    art = _article(
        "As was agreed, President Li Wen of China made a short working visit to Freedonia.",
        "President Ann Smith held talks with President Li Wen. President Li made the wish of a "
        "child come true. President Smith made clear that ties matter.",
    )
    assert _who(art, "short working visit") == ()
    assert _who(art, "come true") == ()
    assert _who(art, "made clear") == ("Ann Smith",)


def test_the_possessor_of_a_delegation_is_not_a_party() -> None:
    art = _article(
        "Secretary Ann Smith met today with President-elect Pak Tae Ho’s transition team, led "
        "by Representative Kim Min Su.",
        "The Secretary welcomed the team.",
        title="Secretary Smith’s Meeting with President-elect Pak Tae Ho’s Transition Team",
    )
    principals = {p.name for p in art.participants if p.participation == "principal"}
    assert principals == {"Ann Smith", "Kim Min Su"}


def test_an_untitled_lead_principal_is_the_bare_president_and_of_its_country() -> None:
    art = _article(
        "Ivan Petrov had a telephone conversation with President of Austria Karl Weiss.",
        "The President of Russia informed Karl Weiss about the talks. The President stressed "
        "that the talks must continue. The parties continued discussing energy.",
        title="Telephone conversation with President of Austria Karl Weiss",
    )
    assert _who(art, "informed Karl Weiss") == ("Ivan Petrov",)
    assert _who(art, "talks must continue") == ("Ivan Petrov",)
    assert set(_who(art, "continued discussing")) == {"Ivan Petrov", "Karl Weiss"}


def test_spoke_this_morning_with_is_the_meeting() -> None:
    art = _article("President Ann Smith spoke this morning with Chinese President Li Wen.")
    assert _who(art, "spoke this morning") == ()


def test_an_inline_label_with_a_glued_translation_note_switches_the_speaker() -> None:
    art = _article(
        "President of Chile Ann Smith and Prime Minister of Portugal Karl Brandt met today.",
        "President of Chile Ann Smith: Welcome to our capital. We are glad you came. "
        "Prime Minister of Portugal Karl Brandt(retranslated): Thank you for the warm welcome. "
        "Our talks were useful.",
        title="Meeting with Prime Minister of Portugal Karl Brandt",
    )
    assert _who(art, "We are glad") == ("Ann Smith",)
    label = [s for s in art.statements if s.text.startswith("Prime Minister of Portugal Karl")]
    assert label and label[0].kind == "boilerplate" and label[0].speakers == ()
    assert _who(art, "Thank you for the warm") == ("Karl Brandt",)
    assert _who(art, "Our talks were useful") == ("Karl Brandt",)


def test_accented_capitals_and_two_word_particles_are_parts_of_names() -> None:
    art = _article(
        "President Ann Smith of Chile met with President Émile Durand and Foreign Minister "
        "Ínes van der Berg of Portugal. They discussed trade and energy.",
    )
    names = {p.name for p in art.persons}
    assert "Émile Durand" in names and "Ínes van der Berg" in names
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ann Smith", "Émile Durand", "Ínes van der Berg"]


def test_the_superior_in_an_aides_title_is_mentioned_not_a_party() -> None:
    art = _article(
        "Deputy Secretary of State Ann Smith spoke today with Karl Brandt, Chief of Staff for "
        "Portuguese Prime Minister Otto Lenz. The Deputy Secretary and Chief of Staff reaffirmed "
        "their commitment to close coordination.",
    )
    parts = {p.name: p.participation for p in art.participants}
    assert parts["Otto Lenz"] == "mentioned"
    assert [n for n, kind in parts.items() if kind == "principal"] == ["Ann Smith", "Karl Brandt"]
    assert set(_who(art, "reaffirmed their commitment")) == {"Ann Smith", "Karl Brandt"}


def test_and_they_after_a_single_speaker_clause_is_both_parties() -> None:
    art = _article(
        f"{LEDE} President Smith congratulated President Li on the anniversary and they jointly "
        "noted the progress in bilateral trade.",
    )
    assert _who(art, "President Smith congratulated") == ("Ann Smith",)
    assert set(_who(art, "and they jointly noted")) == {"Ann Smith", "Li Wen"}


def test_focus_placed_on_a_subject_is_implicit_to_both_parties() -> None:
    art = _article(
        "Vladimir Putin had a telephone conversation with President of Chile Ann Smith.",
        "President Smith informed Vladimir Putin about the reform. Special focus during the "
        "conversation was made on humanitarian issues.",
    )
    st = next(s for s in art.statements if "Special focus" in s.text)
    assert st.kind == "implicit"
    assert set(st.speakers) == {"Vladimir Putin", "Ann Smith"}


def test_an_opening_subordinate_clause_does_not_give_the_main_clause_its_speaker() -> None:
    """The opening clause reports Li's concern (a clause of its own); the main clause and what
    continues it are Smith's."""
    art = _article(
        LEDE,
        "After President Li raised concern about the port, President Smith explained the delays "
        "in detail. Inspections continue every day.",
    )
    assert _who(art, "After President Li") == ("Li Wen",)
    assert _who(art, "President Smith explained") == ("Ann Smith",)
    assert _who(art, "Inspections continue") == ("Ann Smith",)


def test_his_counterparts_and_the_group_are_everyone_at_the_meeting() -> None:
    lede = (
        "Envoy Ann Smith held calls with Director General Tom Berg of Norway and "
        "Special Representative Li Wen of China."
    )
    art = _article(
        lede,
        "Envoy Smith stressed unity. Envoy Smith and his counterparts condemned the test. "
        "The group discussed next steps.",
    )
    everyone = {"Ann Smith", "Tom Berg", "Li Wen"}
    assert set(_who(art, "his counterparts condemned")) == everyone
    assert set(_who(art, "The group discussed")) == everyone


def test_what_the_discussion_touched_on_is_implicit_to_both_parties() -> None:
    art = _article(
        LEDE,
        "President Smith stressed that ties matter. The discussion also touched on fisheries.",
    )
    st = next(s for s in art.statements if "touched on" in s.text)
    assert st.kind == "implicit"
    assert set(st.speakers) == {"Ann Smith", "Li Wen"}


def test_a_sentence_naming_the_previous_speaker_is_the_writers() -> None:
    art = _article(
        LEDE,
        "President Smith announced a new grant for schools. This is the third grant approved by "
        "President Smith since she took office.",
    )
    st = next(s for s in art.statements if "third grant" in s.text)
    assert st.kind == "narrative" and st.speakers == ()


def test_and_the_leaders_after_one_speaker_is_a_new_clause() -> None:
    art = _article(
        LEDE,
        "President Smith stressed the value of trade and the leaders reaffirmed their respect "
        "for the treaty.",
    )
    assert _who(art, "President Smith stressed") == ("Ann Smith",)
    assert set(_who(art, "the leaders reaffirmed")) == {"Ann Smith", "Li Wen"}


def test_bare_plural_ministers_after_a_title_are_joint() -> None:
    lede = (
        "Secretary of State Ann Smith met today with Foreign Minister Tom Berg of Norway and "
        "Foreign Minister Li Wen of China."
    )
    art = _article(lede, "The Secretary and Foreign Ministers condemned the launch.")
    assert set(_who(art, "condemned")) == {"Ann Smith", "Tom Berg", "Li Wen"}


def test_the_national_security_advisors_are_joint() -> None:
    lede = (
        "National Security Advisor Ann Smith met today with National Security Advisor "
        "Li Wen of China."
    )
    art = _article(lede, "Ms. Smith stressed unity. The national security advisors discussed ties.")
    assert set(_who(art, "advisors discussed")) == {"Ann Smith", "Li Wen"}


def test_a_country_subject_after_a_joint_sentence_is_that_sides_principal() -> None:
    lede = "Vice President Ann Smith met today with Freedonian President Li Wen."
    art = _article(
        lede,
        "They discussed trade. The United States committed to a trade mission to Freedonia. "
        "The United States’ support is strong.",
    )
    assert _who(art, "committed to a trade mission") == ("Ann Smith",)


def test_a_purpose_infinitive_coordination_is_not_a_new_clause() -> None:
    art = _article(
        "President Ann Smith met today with President Li Wen of China to affirm the "
        "partnership and thank the President for his support.",
    )
    st = next(s for s in art.statements if "affirm the partnership" in s.text)
    assert st.kind == "narrative" and "thank the President" in st.text


def test_beginning_the_conversation_by_wishing_is_speech() -> None:
    art = _article(
        LEDE, "President Smith began the conversation by wishing President Li a happy birthday."
    )
    assert _who(art, "happy birthday") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("title", "lede", "principals"),
    [
        # a country after a city is a place, not a person
        (
            "Readout of a meeting",
            "Minister Ann Smith met with Foreign Minister Li Wen today in San Jose, Costa Rica. "
            "The two ministers discussed trade.",
            {"Ann Smith", "Li Wen"},
        ),
        # a people in the title is not a person
        (
            "Readout of the Meeting with Families of Americans Taken Hostage",
            "President Ann Smith met today with families of Americans taken hostage abroad.",
            {"Ann Smith"},
        ),
    ],
)
def test_places_and_peoples_are_not_principals(title, lede, principals) -> None:
    art = _article(lede, title=title)
    got = {p.name for p in art.participants if p.participation == "principal"}
    assert got == principals


def test_a_councillor_or_directors_title_is_not_part_of_the_name() -> None:
    art = _article(
        "Cabinet Councillor Ann Smith of Freedonia and Senior Directors Li Wen and Bo Chen "
        "convened the inaugural dialogue in Paris."
    )
    names = {p.name for p in art.participants}
    assert "Ann Smith" in names and "Li Wen" in names
    assert not any(n.startswith(("Councillor", "Directors")) for n in names)


def test_a_title_ending_in_to_the_president_does_not_end_the_list_of_parties() -> None:
    art = _article(
        "Advisor Ann Smith met on May 1 with Freedonian Counselor to the President Li Wen, "
        "Minister Bo Chen and Head of Office Tom Reed. They discussed security.",
        title="Readout of a meeting",
    )
    got = {p.name for p in art.participants if p.participation == "principal"}
    assert got == {"Ann Smith", "Li Wen", "Bo Chen", "Tom Reed"}


def _principal_set(art: Article) -> set[str]:
    return {p.name for p in art.participants if p.participation == "principal"}


def _present_set(art: Article) -> set[str]:
    return {p.name for p in art.participants if p.participation == "present"}


@pytest.mark.parametrize(
    ("title", "paras", "principals"),
    [
        # a transcript's titled speakers are its parties, whatever its speech says was hosted
        (
            "News conference following Freedonian-Japanese talks",
            (
                "President of Freedonia Ann Smith: Prime Minister, it is a pleasure to receive "
                "you. Last year Japan hosted the Days of Freedonian Folk Music. Thank you.",
                "Prime Minister of Japan Bo Chan: Thank you. Our talks were useful.",
                "Ann Smith: We agreed to meet again.",
                "Bo Chan: Indeed.",
            ),
            {"Ann Smith", "Bo Chan"},
        ),
        # the same with capitalised labels and an unnamed moderator
        (
            "Remarks by President Smith and Prime Minister Chan Before Their Meeting",
            (
                "PRESIDENT SMITH: Welcome. We met the President of the Regional Market Council "
                "Tom Reed yesterday.",
                "PRIME MINISTER CHAN: Thank you for hosting me.",
                "Q: A question for both.",
                "PRESIDENT SMITH: No comment.",
            ),
            {"Smith", "Chan"},
        ),
    ],
)
def test_a_transcripts_titled_speakers_are_its_principal_set(title, paras, principals) -> None:
    art = _article(*paras, title=title)
    got = _principal_set(art)
    assert {n.split()[-1] for n in got} == {n.split()[-1] for n in principals}


@pytest.mark.parametrize(
    ("title", "lede", "principals"),
    [
        # the one who briefs on a conversation between two leaders is not a party to it
        (
            "Briefing by Aide Ann Smith following a telephone conversation between Li Wen "
            "and Bo Chan",
            "Aide to the President Ann Smith briefed reporters on the telephone conversation "
            "between President of Russia Li Wen and President of Japan Bo Chan.",
            {"Li Wen", "Bo Chan"},
        ),
        (
            "Briefing on the call",
            "Senior official Ann Smith briefed the press on the call between President Li Wen "
            "and Prime Minister Bo Chan of Japan.",
            {"Li Wen", "Bo Chan"},
        ),
    ],
)
def test_a_briefer_is_not_a_principal_of_the_meeting_between_others(
    title, lede, principals
) -> None:
    assert _principal_set(_article(lede, title=title)) == principals


@pytest.mark.parametrize(
    "title",
    [
        "Readout from Spokesperson Ann Smith on Advisor Li Wen’s Meeting with Minister Bo Chan",
        "Statement by Press Secretary Ann Smith on President Li Wen’s Call with Bo Chan",
    ],
)
def test_a_spokesperson_the_title_names_is_not_a_principal(title) -> None:
    art = _article(
        "Advisor Li Wen met today with Foreign Minister Bo Chan of Japan. They discussed trade.",
        title=title,
    )
    assert _principal_set(art) == {"Li Wen", "Bo Chan"}


@pytest.mark.parametrize(
    "lede",
    [
        "President Ann Smith, joined by Vice President Tom Reed, spoke today with President "
        "Bo Chan of Japan to discuss trade.",
        "Secretary Ann Smith, accompanied by Ambassador Tom Reed, met with Foreign Minister "
        "Bo Chan of Japan.",
    ],
)
def test_someone_joining_the_meeting_subject_is_present_not_a_principal(lede) -> None:
    art = _article(lede, title="Readout of a meeting")
    assert _principal_set(art) == {"Ann Smith", "Bo Chan"}
    assert "Tom Reed" in _present_set(art)


@pytest.mark.parametrize(
    ("title", "lede", "principals"),
    [
        # "The President" as the subject is the party the title names
        (
            "Readout of President Smith’s Meeting with Economists",
            "The President and members of his team met today with Dr. Li Wen and Dr. Bo Chan "
            "to discuss growth. Dr. Li briefed the President on investment.",
            {"Smith", "Li Wen", "Bo Chan"},
        ),
        (
            "Readout of Secretary Smith’s Meeting with Scientists",
            "The Secretary met with Dr. Li Wen and Dr. Bo Chan in Paris.",
            {"Smith", "Li Wen", "Bo Chan"},
        ),
    ],
)
def test_a_bare_title_meeting_subject_is_the_principal_the_title_names(
    title, lede, principals
) -> None:
    assert _principal_set(_article(lede, title=title)) == principals


@pytest.mark.parametrize(
    ("paras", "principals"),
    [
        # with no one named as meeting, the heads of the delegations are the parties
        (
            (
                "On May 1, Freedonia and Japan held a senior official meeting in Paris.",
                "The meeting was co-chaired by Senior Director Ann Smith and Senior Director "
                "Tom Reed. The Japanese delegation was led by Director General Bo Chan and "
                "included officials of three ministries. Advisor Li Wen gave remarks.",
            ),
            {"Ann Smith", "Tom Reed", "Bo Chan"},
        ),
        # one side's head alone, and a leader only mentioned as the owner of a decision
        (
            (
                "On May 1, Freedonia and Japan launched their bilateral Working Group, a "
                "result of President Jo Kern’s decision to resume cooperation.",
                "The delegation was led by Deputy Advisor Ann Smith and included "
                "representatives of three ministries.",
            ),
            {"Ann Smith"},
        ),
    ],
)
def test_a_delegation_head_introduced_as_led_by_is_a_principal(paras, principals) -> None:
    art = _article(*paras, title="Readout of the Working Group Meeting")
    assert _principal_set(art) == principals


def test_every_party_the_title_lists_is_a_principal_however_many() -> None:
    art = _article(
        "On May 1, Advisor Ann Smith met virtually with the advisors of France, Germany, "
        "Italy and the United Kingdom. The group discussed trade.",
        title="Readout of Advisor Ann Smith’s Meeting with Advisors: Li Wen of France, "
        "Bo Chen of Germany, Tom Reed of Italy, and Jo Kern and Max Roth of the United Kingdom",
    )
    assert _principal_set(art) == {
        "Ann Smith",
        "Li Wen",
        "Bo Chen",
        "Tom Reed",
        "Jo Kern",
        "Max Roth",
    }


@pytest.mark.parametrize(
    ("title", "lede", "principals"),
    [
        # a compound term in a title-case title is no name
        (
            "Secretary Smith’s Meeting with Non-Nuclear Weapons States",
            "Secretary of State Ann Smith met with a group of states today in New York.",
            {"Ann Smith"},
        ),
        (
            "Secretary Smith’s Meeting with Anti-Corruption Experts",
            "Secretary of State Ann Smith met with experts today in Paris.",
            {"Ann Smith"},
        ),
    ],
)
def test_a_prefixed_compound_term_is_not_a_principal(title, lede, principals) -> None:
    assert _principal_set(_article(lede, title=title)) == principals


def test_a_name_spelt_with_and_without_accents_is_one_person() -> None:
    art = _article(
        "SECRETARY SMITH: Welcome, Foreign Minister Lipavský. We are glad to host you here "
        "and to talk about our partnership and the war.",
        "FOREIGN MINISTER LIPAVSKY: Thank you. It is good to be here and to discuss our "
        "common work for the security of our region.",
        "SECRETARY SMITH: Thank you, and welcome again.",
        title="Secretary Ann Smith and Czech Foreign Minister Jan Lipavský Before Their Meeting",
    )
    assert len(_principal_set(art)) == 2
    assert not any(p.name == "Lipavsky" for p in art.participants)


_SCAN_TEXT = (
    "The Hague and the  United States. The end. the Gambia, The Gambia. Both sides agreed, "
    "and the two leaders discussed it; together, they noted it. He said the U.S.-Japan "
    "alliance holds, and Foreign Ministers met. Russia's delegation, joined by Ann Lee, left. "
    "The Russian side and their counterpart were present; Joining the call were X and Y. "
    "Participants discussed it, and xParticipants agreed."
)


def test_anchored_patterns_find_what_the_patterns_find() -> None:
    import dipdb.attribution as attribution

    anchored = [v for v in vars(attribution).values() if isinstance(v, attribution._Anchored)]
    assert anchored
    for obj in anchored:
        for start in range(0, len(_SCAN_TEXT), 3):
            for end in (len(_SCAN_TEXT), start + 40):
                got = [m.span() for m in obj.finditer(_SCAN_TEXT, start, end)]
                want = [m.span() for m in obj.pattern.finditer(_SCAN_TEXT, start, end)]
                assert got == want, (obj.pattern.pattern[:40], start, end)


def test_country_subjects_are_the_country_subject_matches_at_places() -> None:
    from dipdb.attribution import _COUNTRY_SUBJ, _country_subjects, place_at

    for start in range(len(_SCAN_TEXT)):
        end = len(_SCAN_TEXT)
        want = []
        for m in _COUNTRY_SUBJ.finditer(_SCAN_TEXT, start, end):
            key = place_at(_SCAN_TEXT, m.end(), end)
            if key is not None:
                want.append((m.start(), m.end(), key))
        assert list(_country_subjects(_SCAN_TEXT, start, end)) == want, start


def test_run_words_split_a_run_as_the_token_pattern_does() -> None:
    from dipdb.attribution import _RUN, _TOKEN, _run_words

    text = "Vice President Ann Smith, Jr. met Ursula von der Leyen and al-Sisi of the U.S. today."
    for m in _RUN.finditer(text):
        want = [(t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(text, *m.span())]
        assert _run_words(m.group(), m.start()) == want


def test_parse_run_is_the_same_whatever_the_article_or_offset() -> None:
    """The cached reading depends only on the words and the article's matching common words."""
    from dipdb.attribution import _run_shape

    for run, common in [
        ("Refugees Ann Smith", frozenset({"refugees"})),
        ("Refugees Ann Smith", frozenset({"trade"})),
        ("Peace Envoy Lee", frozenset({"peace", "envoy"})),
    ]:
        cached = parse_run(_words(run), common=common)
        _run_shape.cache_clear()
        assert parse_run(_words(run), common=common) == cached
    shifted = parse_run([(w, s + 10, e + 10) for w, s, e in _words("President Ann Smith")])
    plain = parse_run(_words("President Ann Smith"))
    assert shifted is not None and plain is not None
    assert (shifted.start, shifted.end) == (plain.start + 10, plain.end + 10)


LEDE_FR = "President Ann Smith of France spoke today with Chinese President Li Wen about trade."


@pytest.mark.parametrize(
    ("para", "main", "main_speakers", "rel", "rel_speakers"),
    [
        (
            "President Smith proposed a port forum, which the Chinese side supported.",
            "proposed a port forum",
            {"Ann Smith"},
            "which the Chinese side supported",
            {"Li Wen"},
        ),
        (
            "The two leaders praised the plan, which President Li pledged to fund.",
            "praised the plan",
            {"Ann Smith", "Li Wen"},
            "which President Li pledged to fund",
            {"Li Wen"},
        ),
        (
            "President Li raised the grain deal, which President Smith agreed to review.",
            "raised the grain deal",
            {"Li Wen"},
            "which President Smith agreed",
            {"Ann Smith"},
        ),
    ],
)
def test_relative_clause_with_its_own_subject_is_that_subjects(
    para, main, main_speakers, rel, rel_speakers
) -> None:
    art = _article(LEDE_FR, para)
    assert set(_who(art, main)) == main_speakers
    assert set(_who(art, rel)) == rel_speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint statement and a set of documents were adopted during the visit.",
        "They include a fisheries agreement and a plan of consultations.",
        "In addition, the sides signed a memorandum on fisheries.",
        "The contracts signed concern grain.",
        "Other documents signed include a treaty on ports.",
    ],
)
def test_documents_adopted_or_signed_are_the_writers_narrative(sentence) -> None:
    art = _article(
        LEDE_FR,
        "President Li thanked her for the invitation. A joint statement and a set of documents"
        " were adopted during the visit. They include a fisheries agreement and a plan of"
        " consultations. In addition, the sides signed a memorandum on fisheries. The contracts"
        " signed concern grain. Other documents signed include a treaty on ports.",
    )
    st = next(s for s in art.statements if s.text == sentence)
    assert st.speakers == ()
    assert st.kind == "narrative"


@pytest.mark.parametrize(
    "sentence",
    [
        "The agenda included trade and energy.",
        "Another issue on the agenda concerned fisheries.",
        "One item on the bilateral agenda was related to ports.",
    ],
)
def test_what_the_agenda_covered_is_implicit_to_the_principals(sentence) -> None:
    art = _article(LEDE_FR, f"President Li thanked her for the call. {sentence}")
    st = next(s for s in art.statements if s.text == sentence)
    assert st.kind == "implicit"
    assert set(st.speakers) == {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants discussed energy security.",
        "Participants also reaffirmed their unity.",
        "The participants welcomed the plan.",
        "The partners reaffirmed their commitment to Ukraine.",
    ],
)
def test_participants_of_a_multilateral_meeting_are_all_principals(sentence) -> None:
    art = _article(
        "Secretary Ann Smith spoke today with French Foreign Minister Paul Durand, German Foreign"
        " Minister Karl Weber, and Italian Foreign Minister Marco Rossi.",
        sentence,
    )
    st = next(s for s in art.statements if s.text == sentence)
    assert st.kind == "joint"
    assert set(st.speakers) == {"Ann Smith", "Paul Durand", "Karl Weber", "Marco Rossi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "As major economies, France and China are united in support of open trade.",
        "France and China reaffirmed their support for open trade.",
        "China and France are committed to open trade.",
        "The two leaders remain committed to dialogue.",
    ],
)
def test_the_parties_countries_together_are_both_principals(sentence) -> None:
    art = _article(LEDE_FR, f"President Li welcomed the call. {sentence}")
    st = next(s for s in art.statements if s.text == sentence)
    assert st.kind == "joint"
    assert set(st.speakers) == {"Ann Smith", "Li Wen"}


def test_countries_outside_the_meeting_are_not_the_parties_jointly() -> None:
    art = _article(LEDE_FR, "Brazil and Chile are committed to open trade.")
    assert set(_who(art, "Brazil and Chile")) != {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize(
    ("lede", "sentence", "speakers"),
    [
        (LEDE_FR, "President Smith commemorated the anniversary of relations.", {"Ann Smith"}),
        (
            "National Security Advisor Ann Smith met with Japanese National Security Advisor Ken"
            " Sato and Australian National Security Advisor Tom Reed.",
            "The three NSAs reaffirmed their cooperation.",
            {"Ann Smith", "Ken Sato", "Tom Reed"},
        ),
    ],
)
def test_commemorating_and_abbreviated_joint_titles(lede, sentence, speakers) -> None:
    art = _article(lede, sentence)
    assert set(_who(art, sentence)) == speakers


@pytest.mark.parametrize("note", ["To be continued.", "(End of transcript)"])
def test_editors_closing_note_in_a_transcript_is_boilerplate(note) -> None:
    art = _article(
        "Ann Smith held talks with Li Wen. Ann Smith: Good afternoon. We met today.",
        note,
        title="Talks with Li Wen",
    )
    st = next(s for s in art.statements if s.text == note)
    assert st.kind == "boilerplate"
    assert st.speakers == ()


_SPEED_SENTENCES = [
    "President Ann Smith spoke today with Chinese President Li Wen about trade.",
    "The bespoke plan was called off; the leaders MET and Talked by phone.",
    "Ann Smith ſpoke with Li Wen, and the two sides discussed the Kelvin scale.",
    "They co-chaired the session and the ministers agreed; the sides, which met, paid a visit.",
    "The meeting was held in Paris, and he said the talks ended.",
    "Both leaders welcomed the delegation to the Kremlin.  And  the leaders  agreed.",
    "(Laughter.) … *** To be continued. End of transcript <…>",
    "Their President and our Foreign Minister, his counterparts and the Russian side spoke.",
]


@pytest.mark.parametrize("sentence", _SPEED_SENTENCES)
def test_fast_scans_find_what_the_plain_patterns_find(sentence: str) -> None:
    """The prefiltered scans are exact replacements for the patterns they stand for."""
    import re

    from dipdb import attribution as at
    from dipdb.names import MEETING_PHRASES

    text = " " + sentence + " "
    for s in range(len(text)):
        m, ref = at.meeting_phrase_search(text, s, len(text)), MEETING_PHRASES.search(text, s)
        assert (m and m.span()) == (ref and ref.span())
        if text[s].strip() and at._ABOUT_MEETING.match(text, s, len(text)):
            assert at._may_be_about_meeting(text, s, len(text))
    starts = at._word_starts(text, 0, len(text))
    for pattern, at_ in zip(at._MENTION_PATTERNS, starts, strict=True):
        shared = [m.span() for m in pattern.finditer_at(text, at_, len(text))]
        plain = [m.span() for m in re.finditer(pattern.pattern.pattern, text)]
        assert shared == plain
    loose = re.compile(at._CLAUSE.pattern.replace(r"\s\s*and", r"\s+and"))
    assert [m.span() for m in at._CLAUSE.finditer(text)] == [m.span() for m in loose.finditer(text)]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("This effort, as President Smith made clear, is part of a long plan.", {"Ann Smith"}),
        ("The visit, as President Li noted, will deepen ties.", {"Li Wen"}),
        (
            "President Smith praised the talks. Trade, as she has repeatedly said, is key.",
            {"Ann Smith"},
        ),
        ("Such steps are vital for the region, as President Li stressed.", {"Li Wen"}),
        ("The plan, as the two leaders agreed, will start in May.", {"Ann Smith", "Li Wen"}),
        # not a parenthetical naming a speaker: no reporting verb, a meeting verb, no agent
        ("The plan, as President Li arrived in Paris, was on the table.", set()),
        ("The plan, as President Li met with the staff, was on the table.", set()),
        ("The plan, as agreed, will start in May.", set()),
    ],
)
def test_as_aside_names_the_speaker_of_its_sentence(sentence, speakers) -> None:
    art = _article(LEDE, "Markets are open.", sentence)
    last = sentence.split(". ")[-1]
    assert set(_who(art, last)) == speakers


def test_as_aside_inside_a_quotation_keeps_the_quoted_speaker() -> None:
    art = _article(LEDE, "“Trade, as President Li said, is key,” President Smith said.")
    assert set(_who(art, "as President Li said")) == {"Ann Smith"}


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "The two leaders had a broad, candid discussion in which they covered energy.",
            {"Ann Smith", "Li Wen"},
        ),
        (
            "The leaders held a frank exchange during which they reviewed the trade talks.",
            {"Ann Smith", "Li Wen"},
        ),
        ("The two leaders had a broad, candid discussion.", set()),
    ],
)
def test_a_discussion_whose_relative_clause_gives_its_content_is_joint(sentence, speakers) -> None:
    art = _article(LEDE, "Markets are open.", sentence)
    assert set(_who(art, sentence)) == speakers


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The two leaders affirmed shared values, and the President and President Li agreed "
            "to deepen collaboration on health.",
            ("Ann Smith", "Li Wen"),
            ("Ann Smith", "Li Wen"),
        ),
        (
            "President Smith welcomed the talks, and President Smith and President Li agreed to "
            "meet again.",
            ("Ann Smith",),
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_a_coordinated_subject_after_and_is_read_whole(sentence, first, second) -> None:
    """'..., and the President and President Li agreed': the new clause's subject is both, not
    only the name after the second 'and'."""
    art = _article(LEDE, sentence)
    body = [s for s in art.statements if s.paragraph == 1]
    assert body[0].speakers == first
    assert set(body[-1].speakers) == set(second)
    assert "President Li" not in body[0].text or len(body) == 1


LEDE_THREE = (
    "Deputy Secretary of State Jane Roe met with Freedonian Minister of Unification Lee Min-ho "
    "and Vice Minister of Unification Park Ji-woo."
)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "The Deputy Secretary, Minister, and Vice Minister expressed concern on the outbreak.",
            {"Jane Roe", "Lee Min-ho", "Park Ji-woo"},
        ),
        (
            "The Deputy Secretary and Vice Minister expressed concern about the outbreak.",
            {"Jane Roe", "Park Ji-woo"},
        ),
    ],
)
def test_a_list_of_titles_sharing_one_article_names_each_holder(sentence, speakers) -> None:
    art = _article(LEDE_THREE, sentence)
    assert set(_who(art, "outbreak")) == speakers


@pytest.mark.parametrize("joiner", ["where", "during which"])
def test_what_was_said_where_they_met_is_theirs(joiner) -> None:
    art = _article(
        "President Ann Smith met with President Li Wen of China at the palace today, "
        f"{joiner} they reaffirmed their partnership and discussed trade."
    )
    meeting, said = art.statements[0], art.statements[1]
    assert meeting.kind == "narrative" and meeting.text.endswith("today,")
    assert said.kind == "joint" and set(said.speakers) == {"Ann Smith", "Li Wen"}
    assert said.text.startswith(joiner)


def test_the_atmosphere_of_the_conversation_is_the_writers_narrative() -> None:
    art = _article(
        LEDE,
        "The two leaders discussed trade. Overall, the conversation took place in a frank and "
        "business-like atmosphere.",
    )
    assert _who(art, "atmosphere") == ()


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # the clause's subject is a party: the pronoun is that party
        ("When President Li took the floor, he stressed the need for calm.", ("Li Wen",)),
        # the clause's subject is no party: the writer's account of someone else
        ("When President Mark Doe started the war, he thought it would end in days.", ()),
        # no named subject in the clause: the pronoun looks back to the last speaker
        ("During his talks with President Li, he stressed the need for calm.", ("Ann Smith",)),
    ],
)
def test_a_pronoun_after_an_opening_clause_is_that_clauses_named_subject(
    sentence, speakers
) -> None:
    art = _article(LEDE, "President Smith welcomed the call.", sentence)
    assert _who(art, sentence[-20:]) == speakers


LEDE_VICE = (
    "Deputy Secretary Ann Smith met with Chinese Vice Foreign Minister Li Wen and Japanese Vice "
    "Foreign Minister Sato Ken in Tokyo."
)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # "the two countries": the parties, not "the two" followed by a verb "countries"
        ("The two countries announced a new fund.", {"Ann Smith", "Li Wen"}),
        ("Both countries welcomed the new fund.", {"Ann Smith", "Li Wen"}),
        # welcoming a thing "pursuant to the agreement" is not welcoming a guest to a place
        (
            "They welcomed the identification of new sites pursuant to the agreement.",
            {"Ann Smith", "Li Wen"},
        ),
        ("President Smith was clear that the sanctions will stay.", {"Ann Smith"}),
        ("President Smith welcomed President Li to the palace.", set()),
    ],
)
def test_joint_subjects_and_positions_that_read_as_narrative_before(sentence, speakers) -> None:
    art = _article(LEDE, sentence)
    assert set(_who(art, sentence[:-1])) == speakers


def test_deputies_in_the_plural_are_those_parties() -> None:
    art = _article(LEDE_VICE, "The Deputy Secretary and the two vice foreign ministers agreed.")
    assert set(_who(art, "agreed")) == {"Ann Smith", "Li Wen", "Sato Ken"}


@pytest.mark.parametrize(
    "sentence",
    ["The discussion also emphasized the importance of stability.", "It was agreed to meet again."],
)
def test_what_the_talks_did_is_implicit_to_every_principal(sentence) -> None:
    art = _article(LEDE_VICE, sentence)
    [st] = [s for s in art.statements if s.text == sentence]
    assert st.kind == "implicit"
    assert set(st.speakers) == {"Ann Smith", "Li Wen", "Sato Ken"}


@pytest.mark.parametrize(
    "sentence", ["The three also highlighted trade.", "The three countries welcomed the plan."]
)
def test_the_three_are_the_three_parties(sentence) -> None:
    art = _article(LEDE_VICE, "The Deputy Secretary welcomed the talks.", sentence)
    assert set(_who(art, sentence)) == {"Ann Smith", "Li Wen", "Sato Ken"}


def test_leaders_of_an_earlier_event_in_an_opening_phrase_are_no_parties() -> None:
    art = _article(
        "Following the May 1 Summit led by President Ann Smith of Chile, President Li Wen of "
        "China, and President Sato Ken of Japan, Director Mia Rossi of Chile and Director Omar "
        "Haddad of Japan convened the first meeting of the working group in Lima.",
        "The directors discussed trade.",
    )
    roles = {p.name: p.participation for p in art.participants}
    assert {n for n, r in roles.items() if r == "principal"} == {"Mia Rossi", "Omar Haddad"}
    assert roles["Ann Smith"] == roles["Li Wen"] == "mentioned"


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "After President Li expressed concern about the dam, President Smith explained the "
            "safety measures.",
            ("Li Wen",),
            ("Ann Smith",),
        ),
        (
            "When the President of China mentioned the proposal, President Smith noted it.",
            ("Li Wen",),
            ("Ann Smith",),
        ),
    ],
)
def test_an_opening_clause_reporting_the_other_party_is_theirs(sentence, first, second) -> None:
    art = _article(LEDE, sentence)
    opening, main = (s for s in art.statements if s.paragraph == 1)
    assert opening.speakers == first and opening.text.endswith(",")
    assert main.speakers == second


def test_an_opening_clause_of_the_same_speaker_stays_whole() -> None:
    sentence = "After President Smith arrived, she stressed the need for calm."
    art = _article(LEDE, sentence)
    assert [s.text for s in art.statements if s.paragraph == 1] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Smith and President Li continued their close coordination on the crisis.",
        "The two leaders continued consultations on the crisis.",
    ],
)
def test_talks_that_continued_are_the_parties_joint_statement(sentence) -> None:
    art = _article(LEDE, sentence)
    assert set(_who(art, "crisis")) == {"Ann Smith", "Li Wen"}


def test_a_delegation_that_included_several_is_headed_by_the_first_named() -> None:
    art = _article(
        "Deputy Secretary Ann Smith met today in Lima with a Chilean delegation that included "
        "Foreign Minister Li Wen, Finance Minister Mia Rossi, and Adviser Omar Haddad.",
    )
    roles = {p.name: p.participation for p in art.participants}
    assert roles == {
        "Ann Smith": "principal",
        "Li Wen": "principal",
        "Mia Rossi": "present",
        "Omar Haddad": "present",
    }


def test_the_title_owners_unnamed_party_is_the_holder_the_body_names_most() -> None:
    art = _article(
        "MODERATOR: Thanks. President Jo Park of Peru spoke with him last week.",
        "OFFICIAL: President Smith was clear. President Smith said so. President Smith agreed.",
        title="Background Press Call on the President’s Call with Chinese President Li Wen",
    )
    principals = {p.name for p in art.participants if p.participation == "principal"}
    assert principals == {"Smith", "Li Wen"}


@pytest.mark.parametrize(
    "thing",
    ["the Build Back Better agenda", "Artificial Intelligence", "the Open Skies agreement"],
)
def test_a_capitalised_run_of_ordinary_words_is_no_person(thing) -> None:
    art = _article(LEDE, f"President Smith praised {thing} and thanked Paul Whelan's family.")
    names = {p.name for p in art.persons}
    assert "Paul Whelan" in names
    assert not any(n in thing for n in names)


def test_an_unnamed_moderator_label_is_no_person() -> None:
    art = _article(
        "MODERATOR: Thanks, everyone.",
        "SECRETARY SMITH: Thank you. I met President Li Wen of China today.",
    )
    assert "Moderator" not in {p.name for p in art.persons}


def test_a_colon_inside_a_readout_sentence_is_no_transcript_label() -> None:
    art = _article(
        "Secretary Ann Smith met with Chinese Foreign Minister Li Wen today. They discussed "
        "strengthening all three pillars of the NPT: nonproliferation, disarmament, and energy.",
        "The Secretary underscored the commitment to the treaty.",
    )
    assert {p.name for p in art.persons} == {"Ann Smith", "Li Wen"}
    assert _who(art, "underscored") == ("Ann Smith",)


def test_a_sentence_adverb_is_no_first_name() -> None:
    art = _article(
        LEDE, "Hence Putin’s violence must meet further sanctions, President Smith said."
    )
    assert "Hence Putin" not in {p.name for p in art.persons}


@pytest.mark.parametrize(
    ("lede", "address", "speaker"),
    [
        (
            "His Majesty King Faisal III of Arcadia received a phone call from President Ann"
            " Smith.",
            "His Majesty",
            "Faisal III",
        ),
        (
            "His Royal Highness Prince Khalid bin Nasser bin Omar Al Rashid, Crown Prince and"
            " Prime Minister, received President Ann Smith in Jeddah.",
            "His Royal Highness",
            "Khalid bin Nasser",
        ),
        (
            "His Highness the Amir Sheikh Hamad bin Jassim Al-Nuri received a call from"
            " President Ann Smith.",
            "His Highness the Amir",
            "Hamad bin Jassim Al-Nuri",
        ),
        (
            "His Royal Highness Prince Khalid bin Nasser bin Omar Al Rashid, Crown Prince and"
            " Prime Minister, received President Ann Smith in Jeddah.",
            "His Highness the Crown Prince",
            "Khalid bin Nasser",
        ),
    ],
)
def test_a_form_of_address_is_the_subject_it_addresses(
    lede: str, address: str, speaker: str
) -> None:
    """Gulf, Jordanian and Vatican readouts introduce a ruler once and then write "His Majesty
    stressed ...": the address stands for the one party whose title it fits."""
    art = _article(lede, f"{address} stressed the need for a ceasefire in the region.")
    assert _who(art, "need for a ceasefire") == (speaker,)


def test_a_form_of_address_in_a_joint_subject() -> None:
    art = _article(
        "His Majesty King Faisal III received a phone call from French President Paul Martin.",
        "His Majesty and the French President discussed the latest developments.",
    )
    assert set(_who(art, "latest developments")) == {"Faisal III", "Paul Martin"}


@pytest.mark.parametrize(
    ("lede", "address"),
    [
        # "His Excellency" addresses any minister or head of state
        ("President Ann Smith received Foreign Minister Omar Nasser.", "His Excellency"),
        # no one in the article holds a royal title
        ("President Ann Smith spoke with President Li Wen of China.", "His Majesty"),
        # two people do
        (
            "King Faisal III of Arcadia received King Omar II of Beldavia.",
            "His Majesty",
        ),
    ],
)
def test_a_form_of_address_that_fits_no_one_or_several_names_no_one(
    lede: str, address: str
) -> None:
    art = _article(lede, f"{address} stressed the need for a ceasefire in the region.")
    assert _who(art, "need for a ceasefire") == ()


def test_a_narrower_title_in_apposition_is_the_title_held() -> None:
    art = _article(
        "His Royal Highness Prince Khalid bin Nasser bin Omar Al Rashid, Crown Prince and Prime"
        " Minister, received President Ann Smith in Jeddah.",
    )
    held = {p.name: p.title for p in art.participants}
    assert held["Khalid bin Nasser"] == "Crown Prince"


CALL = "Prime Minister Li Wen spoke to President Ann Smith of Freedonia this morning."


@pytest.mark.parametrize(
    "sentence",
    [
        "The pair agreed to speak again soon.",
        "The two men discussed the situation in the region.",
        "Both also said they would remain in touch about trade.",
        "Both men welcomed the progress on the new agreement.",
        "The leaders concurred on the need to strengthen cooperation.",
        "The Prime Minister and the President undertook to remain in close contact.",
        "President Smith and Prime Minister Li evaluated the progress of the talks.",
        "President Smith agreed with Prime Minister Li to continue close coordination.",
    ],
)
def test_news_copy_joint_subjects_and_verbs(sentence: str) -> None:
    """News agencies and prime ministers' offices write "the pair", "the two men", "Both
    said", and verbs such as "concurred" or "undertook to": both leaders speak."""
    art = _article(CALL, sentence)
    assert set(_who(art, sentence[:30])) == {"Li Wen", "Ann Smith"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prime Minister Li began by reflecting on the long friendship.", "Li Wen"),
        ("Prime Minister Li has congratulated President Smith on her election.", "Li Wen"),
        ("- Prime Minister Li expressed his appreciation for the invitation.", "Li Wen"),
        ("- President Smith stated that she looked forward to visiting.", "Ann Smith"),
        ("• President Smith stated that she looked forward to visiting.", "Ann Smith"),
    ],
)
def test_perfect_tense_opening_gerund_and_bullets(sentence: str, speaker: str) -> None:
    """Japan's foreign ministry sets each point off with a dash; Canada's PMO writes the
    present perfect."""
    art = _article(CALL, sentence)
    assert _who(art, sentence[2:30]) == (speaker,)


def test_a_meeting_had_is_not_a_perfect_tense() -> None:
    art = _article(CALL, "Prime Minister Li had talks with the business delegation.")
    assert _who(art, "business delegation") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the European Council reiterated the Union's support for Ukraine.",
        "The president of the European Council repeated the Union's support for Ukraine.",
        "The European Council president reiterated the Union's support for Ukraine.",
        "During the call, president Michel reiterated the Union's support for Ukraine.",
    ],
)
def test_an_organisations_title_is_its_holder(sentence: str) -> None:
    """The European Council writes "the president of the European Council" and "president
    Michel" in lower case; the title belongs to the party holding it, not to the other
    president."""
    art = _article(
        "On 7 June, President Charles Michel spoke with President Li Wen of China on the phone.",
        sentence,
    )
    assert _who(art, "support for Ukraine") == ("Charles Michel",)


def test_an_office_after_a_styled_name_is_the_office_held() -> None:
    """ "Sheikh X, President of Y": "Sheikh" is a style, the presidency is the office, so "The
    President thanked ..." is his, not a president the readout only mentions."""
    art = _article(
        "This morning the Prime Minister spoke to His Highness Sheikh Khalid bin Nasser Al"
        " Rashid, President of the United Arab Emirates.",
        "The Prime Minister said that President Paul Martin had put forward a workable plan.",
        "The President thanked the Prime Minister for his support.",
    )
    assert _who(art, "thanked the Prime Minister") == ("Khalid bin Nasser Al Rashid",)
    held = {p.name: (p.title, p.participation) for p in art.participants}
    assert held["Khalid bin Nasser Al Rashid"] == (
        "President of the United Arab Emirates",
        "principal",
    )
    assert held["Paul Martin"][1] == "mentioned"


def test_a_title_holder_named_only_in_the_byline_is_a_party() -> None:
    art = _article(
        "Ann Smith, Secretary-General",
        "The Secretary-General met jointly with the President of the Council, Mr. Paul Martin,"
        " and the High Representative, Mr. Li Wen.",
        "They discussed the war and its global impacts.",
    )
    assert set(_who(art, "global impacts")) == {"Ann Smith", "Paul Martin", "Li Wen"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prime Minister said in his conversations that no country would agree.", "Li Wen"),
        ("Ukraine's President thanked her counterpart for the support.", "Ann Smith"),
    ],
)
def test_a_title_without_an_article_as_subject(sentence: str, speaker: str) -> None:
    """India's PIB and Israel's PMO drop the article ("Prime Minister conveyed ..."); news
    copy writes "Ukraine's President thanked ..."."""
    art = _article("Prime Minister Li Wen spoke to President Ann Smith of Ukraine.", sentence)
    assert _who(art, sentence[:25]) == (speaker,)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders' discussion centered on the war in the region.",
        "The discussion centred on the war in the region.",
        "Their discussions focussed on the war in the region.",
        "Their conversations touched on the war in the region.",
    ],
)
def test_what_the_talks_covered_is_said_by_both(sentence: str) -> None:
    art = _article(CALL, sentence)
    hit = next(s for s in art.statements if "war in the region" in s.text)
    assert hit.kind == "implicit" and set(hit.speakers) == {"Li Wen", "Ann Smith"}


def test_a_title_set_off_before_the_name_is_the_title_held() -> None:
    """Downing Street and the UN write "Polish Foreign Minister, Marek Nowak, and ..."."""
    art = _article(
        "Foreign Secretary Ann Smith held a meeting with Polish Foreign Minister, Marek Nowak,"
        " and Ukrainian Foreign Minister Li Wen.",
    )
    held = {p.name: (p.title, p.country) for p in art.participants}
    assert held["Marek Nowak"] == ("Polish Foreign Minister", "Poland")


def test_a_title_before_a_list_of_names_is_no_ones() -> None:
    art = _article(
        "Present were the Prime Minister, Marek Nowak and Li Wen.",
    )
    held = {p.name: p.title for p in art.participants}
    assert held.get("Marek Nowak") is None


def test_a_joint_statements_we_is_its_signatories() -> None:
    art = _article(
        "Prime Minister Ann Smith and Prime Minister Li Wen met in Queenstown on 31 May.",
        "The relationship is unique in its closeness; we are partners and allies.",
        "The Prime Ministers discussed trade.",
        title="Joint statement: Prime Ministers Ann Smith and Li Wen",
    )
    assert set(_who(art, "partners and allies")) == {"Ann Smith", "Li Wen"}


def test_a_readouts_we_stays_the_writers() -> None:
    art = _article(
        "Prime Minister Ann Smith and Prime Minister Li Wen met in Queenstown on 31 May.",
        "The relationship is unique in its closeness; we are partners and allies.",
    )
    assert _who(art, "partners and allies") == ()


@pytest.mark.parametrize("style", ["Rt Hon", "the Hon", "Hon."])
def test_commonwealth_styles_are_not_part_of_the_name(style: str) -> None:
    art = _article(f"Prime Minister {style} Ann Smith met President Li Wen of China.")
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    "dateline",
    [
        "PARIS (Reuters) - ",
        "WASHINGTON (AP) — ",
        "Doha, January 15 (QNA) - ",
        "LIMA, May 2 -- ",
        # capitals with diacritics, as Vietnamese and Latin American agencies write them
        "HÀ NỘI — ",
        "BOGOTÁ: ",
        # a syndicator's tag before the agency's own dateline; IANS's, with no dash
        "(MENAFN- Kuwait News Agency (KUNA)) DOHA, March 1 (KUNA) -- ",
        "Seoul, Jan 5 (IANS) ",
        "Seoul/Washington, (Asian independent) ",
    ],
)
def test_a_wire_dateline_does_not_hide_the_subject(dateline: str) -> None:
    art = _article(
        f"{dateline}President Paul Martin reaffirmed his country's support for Freedonia during a"
        " phone call on Wednesday with President Ann Smith.",
    )
    assert _who(art, "reaffirmed his country") == ("Paul Martin",)


@pytest.mark.parametrize(
    "lede",
    [
        "President Ann Smith spoke on September 1 with Prime Minister Li Wen of Japan.",
        "President Ann Smith spoke on 1 September 2023 with Prime Minister Li Wen of Japan.",
        "Chancellor Ann Smith welcomed Prime Minister Li Wen to Berlin on Tuesday.",
    ],
)
def test_a_dated_call_or_a_welcome_to_a_place_is_the_meeting(lede: str) -> None:
    art = _article(lede, "Prime Minister Li stressed the importance of trade.")
    hit = next(s for s in art.statements if s.start == art.text.index(lede))
    assert hit.kind == "narrative" and hit.speakers == ()


def test_welcoming_a_countrys_accession_is_speech() -> None:
    art = _article(CALL, "President Smith welcomed Finland's accession to NATO.")
    assert _who(art, "accession") == ("Ann Smith",)


NEWS_LEDE = "Prime Minister Li Wen met President Ann Smith of Freedonia in Bali on Tuesday."


@pytest.mark.parametrize(
    ("attributed", "quoted", "fragments"),
    [
        # a quotation paragraph after '"...," X said.'
        (
            "“There is a lot of work ahead,” Li said.",
            ["“We will work together where we can and differ where we must.”"],
            ["work together where we can"],
        ),
        # after a reported "X said ...", a quotation of several sentences
        (
            "Li said it was a pleasure to welcome the President.",
            ['"Our two countries are partners. We had a long lunch today. I thank her."'],
            ["are partners", "long lunch", "I thank her"],
        ),
        # news copy opens each paragraph of a quotation running on and closes only the last
        (
            "“Trade is growing,” Li said.",
            [
                "“We also discussed fisheries and the climate.",
                "“I told the President that we value the partnership.”",
            ],
            ["fisheries", "value the partnership"],
        ),
    ],
)
def test_a_quotation_paragraph_continues_the_speaker_before_it(
    attributed: str, quoted: list[str], fragments: list[str]
) -> None:
    art = _article(NEWS_LEDE, attributed, *quoted, title="Li and Smith meet in Bali")
    for fragment in fragments:
        assert _who(art, fragment) == ("Li Wen",), fragment


@pytest.mark.parametrize(
    "before",
    [
        # two speakers: the quotation could be either's
        "The two leaders agreed to meet again in the spring.",
        "Li said trade was growing. Smith said the climate mattered most.",
        # the paragraph before ends on the writer's own sentence
        "“Trade is growing,” Li said. The talks lasted two hours.",
        # no one speaks in it
        "The talks lasted two hours.",
    ],
)
def test_a_quotation_paragraph_after_no_single_speaker_has_none(before: str) -> None:
    art = _article(
        NEWS_LEDE, before, "“We will work together where we can.”", title="Li and Smith meet"
    )
    assert _who(art, "work together") == ()


@pytest.mark.parametrize(
    "after",
    [
        # a quotation that closes and goes on in the writer's words
        "“We will work together.” The meeting was the first in six years.",
        # a heading quoting a phrase, with no sentence end
        "“Partners in the region”",
    ],
)
def test_a_paragraph_not_wholly_a_quotation_does_not_continue_the_speaker(after: str) -> None:
    art = _article(NEWS_LEDE, "“Trade is growing,” Li said.", after, title="Li and Smith meet")
    assert _who(art, after[1:12]) == ()


def test_a_broadcasters_sound_bite_is_its_speakers_and_the_report_goes_on() -> None:
    art = _article(
        "[Anchor]",
        "President Ann Smith held her first summit with Chinese Premier Li Wen.",
        '[President Ann Smith: "I hope we can work together."]',
        "They also stressed the importance of trade.",
        '[Li Wen/Premier of China: "Cooperation is very important."]',
        "The meeting lasted for 40 minutes.",
        "This is Jo Roe from ABC News in Vientiane.",
    )
    assert _who(art, "work together") == ("Ann Smith",)
    assert _who(art, "importance of trade") == ("Ann Smith", "Li Wen")
    assert _who(art, "Cooperation is very") == ("Li Wen",)
    assert _who(art, "40 minutes") == ()
    assert _who(art, "This is Jo Roe") == ()


def test_a_quotation_paragraph_does_not_continue_across_a_transcript_label() -> None:
    art = _article(
        "PRIME MINISTER LI: Good morning.",
        "“Trade is growing,” Li said.",
        "MODERATOR: Next question.",
        "“We will work together where we can.”",
        title="Remarks by Prime Minister Li Wen",
    )
    assert _who(art, "work together") != ("Li Wen",)


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("“Trade is growing,” said the Prime Minister.", "Trade is growing", ("Li Wen",)),
        (
            "“This is a good day for both countries,” said the President at the press conference.",
            "a good day",
            ("Ann Smith",),
        ),
        ("“Trade is growing,” the Prime Minister said.", "Trade is growing", ("Li Wen",)),
        ("“Trade is growing,” the prime minister said.", "Trade is growing", ("Li Wen",)),
        ("“Trade is growing,” said the president.", "Trade is growing", ("Ann Smith",)),
        ("A lasting peace was key, the Prime Minister added.", "lasting peace", ("Li Wen",)),
        # an office speaks for the person whose office it is
        ("“We will help,” said Smith’s office.", "We will help", ("Ann Smith",)),
        ('"We will help," Smith\'s office said.', "We will help", ("Ann Smith",)),
    ],
)
def test_a_trailing_title_is_the_principal_holding_it(para, fragment, speakers) -> None:
    art = _article(NEWS_LEDE, para, title="Li and Smith meet in Bali")
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    ("para", "speakers"),
    [
        ("“Trade is growing,” said China’s Premier.", ("Li Wen",)),
        ("“Trade is growing,” said Freedonia's President.", ("Ann Smith",)),
        ("“Trade is growing,” Freedonia’s President said.", ("Ann Smith",)),
        ("“Trade is growing,” said ASEAN's Secretary-General.", ("Ong Tai",)),
        ("“Trade is growing,” ASEAN’s Secretary-General said on Monday.", ("Ong Tai",)),
        # a country's title no party holds: someone else spoke
        ("“Trade is growing,” said Japan's Prime Minister.", ()),
    ],
)
def test_a_trailing_title_after_a_possessive_is_the_party_holding_it(para, speakers) -> None:
    art = _article(
        "Freedonian President Ann Smith met Chinese Premier Li Wen and ASEAN Secretary-General"
        " Ong Tai in Jakarta.",
        "Smith stressed trade. " + para,
    )
    assert _who(art, "Trade is growing") == speakers


def test_an_agreement_reached_inside_a_quotation_is_the_quoted_speakers_words() -> None:
    art = _article(
        NEWS_LEDE,
        "“Freedonia is a reliable partner. We will implement the agreements that were reached"
        " earlier. We are working together,” Smith said.",
    )
    hit = next(s for s in art.statements if "agreements that were reached" in s.text)
    assert (hit.speakers, hit.kind, hit.mode) == (("Ann Smith",), "speech", "direct")


@pytest.mark.parametrize(
    ("para", "speakers"),
    [
        # one party's account of what both did
        (
            "China and Freedonia reached an agreement on some outstanding issues, said Prime"
            " Minister Li Wen.",
            ("Li Wen",),
        ),
        ("The two leaders agreed to meet again, Smith said.", ("Ann Smith",)),
        # a spokesperson relays what both did: still both
        (
            "The two leaders agreed to meet again, spokesperson Jo Roe said.",
            ("Li Wen", "Ann Smith"),
        ),
    ],
)
def test_a_joint_act_closed_by_one_partys_attribution_is_that_partys(para, speakers) -> None:
    art = _article(NEWS_LEDE, para)
    assert _who(art, "agree") == speakers


@pytest.mark.parametrize(
    "counterpart",
    [
        "his Republic of Korean counterpart",
        "his Republic of Korea (RoK) counterpart",
        "his U.S. counterpart",
    ],
)
def test_a_counterpart_named_by_the_words_of_a_country_is_a_party(counterpart: str) -> None:
    art = _article(
        f"Foreign Minister Paul Martin and {counterpart} Li Wen held phone talks on Wednesday,"
        " during which they agreed to maintain exchanges.",
    )
    assert _who(art, "they agreed") == ("Paul Martin", "Li Wen")


def test_viet_nam_with_its_diacritics_is_a_country_not_a_person() -> None:
    art = _article(
        "Foreign Minister Paul Martin met his Vietnamese counterpart Li Wen in Hà Nội.",
        "Martin appreciated Việt Nam's efforts.",
    )
    assert sorted(p.name for p in art.persons) == ["Li Wen", "Paul Martin"]


def test_a_dateline_alone_before_a_trailing_attribution_is_no_ones() -> None:
    art = _article(
        "VIENTIANE: China and Freedonia reached an agreement on some issues, said Prime"
        " Minister Li Wen.",
        "Li said he met President Ann Smith of Freedonia.",
    )
    assert _who(art, "VIENTIANE") == ()
    assert _who(art, "reached an agreement") == ("Li Wen",)


def test_a_trailing_title_is_its_holder_not_the_speaker_around_it() -> None:
    art = _article(
        "Chancellor Ann Smith met President Li Wen in Berlin.",
        "“This is a good day,” said the Chancellor. “We agree,” the President said."
        " “It is good,” said Chancellor Smith.",
    )
    assert _who(art, "a good day") == ("Ann Smith",)
    assert _who(art, "We agree") == ("Li Wen",)
    assert _who(art, "It is good") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        # no one holds the title
        ("Chancellor Ann Smith met Foreign Minister Li Wen in Berlin.", "the President"),
        ("Chancellor Ann Smith met Foreign Minister Li Wen in Berlin.", "the president"),
        # both parties hold it, and news copy's lower case is no house style for either
        ("President Ann Smith met President Li Wen in Berlin.", "the president"),
    ],
)
def test_a_trailing_title_no_single_party_holds_is_an_unknown_speaker(
    lede: str, title: str
) -> None:
    """Someone spoke, so neither the speaker before nor the one after is the speaker."""
    art = _article(
        lede,
        f"Smith stressed trade. “We agree,” {title} said. “It is good,” said Smith.",
        f"Smith stressed trade. “We agree on energy,” {title} said. He added that talks"
        " would go on.",
    )
    assert _who(art, "We agree,") == ()
    assert _who(art, "We agree on energy") == ()
    assert _who(art, "talks would go on") == ()


def test_a_quotation_is_the_trailing_speakers_whatever_its_subject() -> None:
    art = _article(
        NEWS_LEDE,
        "President Li thanked President Smith for the visit."
        ' "He assured the President of support," said Smith\'s office.',
    )
    assert _who(art, "He assured") == ("Ann Smith",)


def test_a_quotation_with_its_attribution_does_not_cover_the_sentence_before() -> None:
    art = _article(LEDE, "Markets rose sharply this week. “Trade is growing,” President Li said.")
    assert _who(art, "Markets rose") == ()
    assert _who(art, "Trade is growing") == ("Li Wen",)


def test_an_agreement_in_the_passive_stays_both_parties_before_a_trailing_speaker() -> None:
    art = _article(LEDE, "It was agreed to meet again in May. Trade was key, President Li said.")
    assert set(_who(art, "agreed to meet")) == {"Ann Smith", "Li Wen"}
    assert _who(art, "Trade was key") == ("Li Wen",)


def test_the_meeting_sentence_takes_no_trailing_speaker() -> None:
    art = _article(
        "BEIJING, May 1 -- President Ann Smith of Freedonia met today with Chinese President"
        " Li Wen. Trade was key, President Li said."
    )
    assert _who(art, "met today") == ()
    assert _who(art, "Trade was key") == ("Li Wen",)


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("According to Li, the delegation will visit the port on Friday.", "port", ("Li Wen",)),
        (
            "According to the Prime Minister, talks on fisheries will resume in June.",
            "fisheries",
            ("Li Wen",),
        ),
        (
            "Talks on fisheries will resume in June, according to President Smith.",
            "fisheries",
            ("Ann Smith",),
        ),
        # the source is no person
        ("According to the statement, talks on fisheries will resume in June.", "fisheries", ()),
        ("According to the schedule, talks on fisheries will resume in June.", "fisheries", ()),
        # a reporting subject of its own: what the source relays is the subject's
        ("According to Li, President Smith stressed free trade.", "free trade", ("Ann Smith",)),
    ],
)
def test_according_to_a_person_is_that_persons_statement(para, fragment, speakers) -> None:
    art = _article(NEWS_LEDE, "The talks lasted two hours.", para, title="Li and Smith meet")
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "President Li addressed the summit first.",
        "President Li addressed the opening session of the forum on Tuesday.",
        "President Li addressed the nation from the capital.",
    ],
)
def test_addressing_an_event_is_a_fact_about_it(sentence: str) -> None:
    art = _article(LEDE, f"{sentence} A translation was not immediately available.")
    assert _who(art, "President Li addressed") == ()
    assert _who(art, "A translation") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "President Li addressed the issue of tariffs.",
        "President Li addressed the summit, calling for a ceasefire.",
        "President Li addressed the forum and said that trade must grow.",
    ],
)
def test_addressing_an_issue_or_saying_something_is_speech(sentence: str) -> None:
    art = _article(LEDE, sentence)
    assert _who(art, "President Li addressed") == ("Li Wen",)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Statement on President Ann Smith's phone call with Freedonian President Li Wen:",
        "Statement on the phone call between President Ann Smith and President Li Wen:",
        "Readout of the call with President Li Wen:",
        "Statement by President Ann Smith and President Li Wen:",
        "President Ann Smith told President Li Wen:",
        "President Ann Smith and Freedonian President Li Wen:",
    ],
)
def test_a_lead_in_ending_in_a_name_and_colon_is_no_speaker_label(lead_in: str) -> None:
    """A label is a name or title alone; a sentence that runs up to a name through a
    preposition, a verb or "and" introduces the readout, it does not hand it to that name."""
    art = _article(
        lead_in,
        "President Ann Smith spoke by phone with President Li Wen this evening.",
        "President Smith stressed that Ruritania is ready to help.",
        "The two leaders agreed to ensure coordination.",
        "Respectfully announced to the public.",
    )
    assert art.genre != "transcript"
    assert _who(art, "spoke by phone") == ()
    assert _who(art, "ready to help") == ("Ann Smith",)
    assert set(_who(art, "ensure coordination")) == {"Ann Smith", "Li Wen"}
    assert _who(art, "Respectfully") == ()


def test_a_heading_noun_phrase_still_runs_into_a_label() -> None:
    art = _article(
        "Ann Smith met with President of China Li Wen in Beijing.",
        "Beginning of Brazilian-Chinese talks President of Brazil Ann Smith: Good"
        " afternoon. We met today.",
        "Evening newspaper correspondent Tom Brand: Thank you. My question is on trade.",
    )
    assert _who(art, "Good afternoon") == ("Ann Smith",)
    assert _who(art, "My question") == ("Tom Brand",)


def test_a_question_addressed_to_a_named_person_is_not_theirs() -> None:
    art = _article(
        "SECRETARY SMITH: Good afternoon. I am glad to welcome Foreign Minister Li Wen.",
        "FOREIGN MINISTER LI: Thank you, Ann.",
        "QUESTION: Good afternoon. Is the treaty alive?",
        "And a quick follow-up to Mr. Li: What do you expect from partners?",
        "SECRETARY SMITH: Well, in effect the treaty is alive.",
        title="Remarks with Foreign Minister Li Wen",
    )
    assert "Li Wen" not in _who(art, "What do you expect")
    assert _who(art, "in effect") == _who(art, "glad to welcome") != ()


@pytest.mark.parametrize(
    "byline",
    [
        "By Chae Minji",
        "By Freedonia Journal Chae Minji",
        "By Chae Minji (minji@example.org)",
        "Written by Chae Minji",
        "Reporter Chae Minji",
        "Chae Minji, Staff Writer",
    ],
)
def test_a_byline_names_the_writer_who_is_no_person_of_the_story(byline: str) -> None:
    """A reporter's credit line is boilerplate: the writer is neither a party nor the one a
    title and the same family name refer to ("President Chae" is the president)."""
    art = _article(
        byline,
        "President Chae Jae-ho on Tuesday held a phone call with Prime Minister Li Wen and"
        " agreed to hold a summit.",
        "President Chae stressed that the alliance is strong.",
        "The two leaders agreed to meet soon.",
        title="President Chae, Li agree to hold summit in near future",
    )
    names = {p.name for p in art.persons}
    assert not any("Minji" in n for n in names)
    assert _principals(art) == ["Chae Jae-ho", "Li Wen"]
    assert _who(art, "alliance is strong") == ("Chae Jae-ho",)
    assert set(_who(art, "meet soon")) == {"Chae Jae-ho", "Li Wen"}
    assert _who(art, byline) == ()


@pytest.mark.parametrize(
    ("paragraphs", "thing"),
    [
        # a castle, palace or residence named after a place
        (["President Ann Smith met Prime Minister Li Wen at Schloss Arden today."], "Arden"),
        (["President Ann Smith met Prime Minister Li Wen at the Villa Rosa today."], "Rosa"),
        (["President Ann Smith met Prime Minister Li Wen at Chateau de Mirande."], "Mirande"),
        # a prefecture, county or district
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "Prime Minister Li explained the earthquake off the coast of Kanto Prefecture.",
            ],
            "Kanto",
        ),
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "President Smith offered help to the people of Harlan County.",
            ],
            "Harlan",
        ),
        # "General" before a plural or an ordinary noun is no military rank
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "President Smith congratulated the Prime Minister on the recent General Elections.",
            ],
            "Elections",
        ),
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "They supported workers affected by the closure of General Motors plants.",
            ],
            "Motors",
        ),
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "They looked ahead to the General Debate, where the debate is open.",
            ],
            "Debate",
        ),
        # a convention, a time zone
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "They upheld the Biological Weapons Convention.",
            ],
            "Weapons",
        ),
        (
            [
                "President Ann Smith spoke from 7:59 a.m. (Korean Standard Time) with Prime"
                " Minister Li Wen.",
            ],
            "Standard",
        ),
        # a slogan in quotation marks
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "They will work together to realise a “Free and Open Arctic Frontier.”",
            ],
            "Arctic",
        ),
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                'They promoted a "Mutually Rewarding Partnership Built on Shared Values" for'
                " the region.",
            ],
            "Values",
        ),
        # a copyright line, sub-headlines
        (
            [
                "President Ann Smith spoke with Prime Minister Li Wen today.",
                "© The Freedonia Business Daily (www.example.org). All rights reserved.",
            ],
            "Daily",
        ),
        (
            [
                "Strengthening Confidence Over Five Summits Last Year",
                "Continuing Contacts and Work to Widen Ties",
                "President Ann Smith spoke with Prime Minister Li Wen today about confidence and"
                " contacts last week.",
            ],
            "Summits",
        ),
        (["President Ann Smith met Prime Minister Li Wen at Cheong Wa Dae."], "Cheong"),
        (["President Ann Smith met Prime Minister Li Wen in Harbour City today."], "Harbour"),
    ],
)
def test_a_place_a_firm_or_a_phrase_is_no_person(paragraphs: list[str], thing: str) -> None:
    art = _article(*paragraphs, "The two leaders agreed to meet again.")
    names = [p.name for p in art.persons]
    assert not any(thing in n for n in names), names
    assert _principals(art) == ["Ann Smith", "Li Wen"]
    assert set(_who(art, "meet again")) == {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("They praised General Tom Brand of the army.", "Tom Brand"),
        ("They praised Jane Villanueva for her work.", "Jane Villanueva"),
        ("They quoted “Ann Smith” as the author.", "Ann Smith"),
    ],
)
def test_real_names_near_those_words_stay_persons(sentence: str, name: str) -> None:
    art = _article("President Ann Smith spoke with Prime Minister Li Wen today.", sentence)
    assert name in {p.name for p in art.persons}


@pytest.mark.parametrize(
    "attendance",
    [
        "Also participating in the meeting was MP Tom Brand, who told the President about the"
        " steps the government is taking.",
        "Also participating in the meeting was MP Tom Brand.",
        "Also joining the call were Foreign Minister Tom Brand and Ambassador Jane Roe.",
        "Also taking part in the talks was Foreign Minister Tom Brand.",
        "Also present were MP Tom Brand and Ambassador Jane Roe.",
    ],
)
def test_an_also_attending_official_is_present_and_no_party(attendance: str) -> None:
    """Who "also" took part joins the parties already named: present, not a principal, and
    not one of "the two" or "they"."""
    art = _article(
        "Prime Minister Ann Smith met with Parliament President Li Wen in Paris today.",
        "The two exchanged views on the war. They also emphasized closer cooperation.",
        attendance,
    )
    assert _principals(art) == ["Ann Smith", "Li Wen"]
    assert "Tom Brand" in _present_set(art)
    assert set(_who(art, "exchanged views")) == {"Ann Smith", "Li Wen"}
    assert set(_who(art, "closer cooperation")) == {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize("family", ["May", "March", "August"])
def test_a_month_after_a_title_and_a_given_name_is_the_family_name(family: str) -> None:
    """A family name that is also a month ("Prime Minister Theresa May") stays the family
    name, and the title with it alone later ("Prime Minister May") refers to that person."""
    art = _article(
        f"Prime Minister Ann {family} spoke with President Li Wen today.",
        f"Prime Minister {family} congratulated President Li on his election and they agreed"
        " to meet.",
        "The Prime Minister thanked the President for his support.",
    )
    full = f"Ann {family}"
    assert _principals(art) == [full, "Li Wen"]
    assert "Ann" not in {p.name for p in art.persons}
    assert _who(art, "congratulated") == (full,)
    assert _who(art, "thanked the President") == (full,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary Ann Smith met Foreign Minister Li Wen May 5 in Paris.",
        "Secretary Ann Smith met Foreign Minister Wen May 5 in Paris.",
    ],
)
def test_a_month_beginning_a_date_is_no_family_name(sentence: str) -> None:
    art = _article(sentence, "Foreign Minister Li stressed the value of trade.")
    names = {p.name for p in art.persons}
    assert not any("May" in n for n in names), names


@pytest.mark.parametrize(
    ("para", "speakers"),
    [
        ("The prime minister said the meeting was constructive.", ("Li Wen",)),
        ("The president stressed that the meeting was constructive.", ("Ann Smith",)),
    ],
)
def test_a_lower_case_title_opening_a_sentence_is_read_as_at_its_end(para, speakers) -> None:
    """ "The prime minister said X." and "X, the prime minister said." name the same person."""
    art = _article(NEWS_LEDE, para, title="Li and Smith meet in Bali")
    assert _who(art, "meeting was constructive") == speakers


def test_a_lower_case_title_two_parties_hold_names_no_one() -> None:
    art = _article(
        "President Li Wen met President Ann Smith of Freedonia in Bali.",
        "The president said the meeting was constructive. He said more talks would follow.",
    )
    assert _who(art, "meeting was constructive") == ()
    assert _who(art, "more talks") == ()


def test_a_discussion_after_a_call_with_someone_has_both_ends() -> None:
    art = _article(
        "President Ann Smith held a telephone call with President Li Wen of China and discussed"
        " continuing close ties, an official said."
    )
    assert set(_who(art, "continuing close ties")) == {"Ann Smith", "Li Wen"}


def test_an_unnamed_partys_statement_is_not_the_last_speakers() -> None:
    """Downing Street: "The Prime Minister raised ... He reiterated ..." is the unnamed Prime
    Minister twice, never the President the call was with."""
    art = _article(
        "The Prime Minister spoke to President Ann Smith.",
        "They discussed a range of issues.",
        "The Prime Minister raised the case of a citizen. He reiterated the need for justice.",
    )
    assert _who(art, "reiterated the need") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The call dealt with reviewing the bilateral relations.",
        "The call also touched on the latest developments in the region.",
        "The meeting addressed ways to strengthen cooperation.",
    ],
)
def test_what_the_call_covered_is_said_by_both(sentence: str) -> None:
    art = _article(CALL, sentence)
    hit = next(s for s in art.statements if s.text == sentence)
    assert hit.kind == "implicit" and set(hit.speakers) == {"Li Wen", "Ann Smith"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Bahraini monarch said the talks were useful.", "Hamad bin Isa"),
        ("The Jordanian monarch said the talks were useful.", "Abdullah Nasser"),
        ("HM King Abdullah Nasser stressed that the talks were useful.", "Abdullah Nasser"),
        ("“The talks were useful,” the Bahraini monarch said.", "Hamad bin Isa"),
    ],
)
def test_the_monarch_is_the_king_of_that_country(sentence: str, speaker: str) -> None:
    art = _article(
        "His Majesty King Abdullah Nasser of Jordan received a phone call from Bahraini King"
        " Hamad bin Isa.",
        sentence,
    )
    assert _who(art, "talks were useful") == (speaker,)


def test_hrh_is_his_royal_highness() -> None:
    art = _article(
        "His Royal Highness Prince Khalid bin Nasser, Crown Prince, made a phone call today to"
        " President Li Wen of China.",
        "HRH the Crown Prince expressed his appreciation for the initiative.",
    )
    assert _who(art, "appreciation") == ("Khalid bin Nasser",)
    held = {p.name: p.participation for p in art.participants}
    assert held == {"Khalid bin Nasser": "principal", "Li Wen": "principal"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Summit leaders exchanged views on the situation in the region.",
        "Finally the leaders looked forward to meeting again.",
    ],
)
def test_summit_leaders_and_a_sentence_adverb_without_comma(sentence: str) -> None:
    art = _article(CALL, sentence)
    assert set(_who(art, sentence[-25:])) == {"Li Wen", "Ann Smith"}


def test_a_perfect_tense_with_an_adverb() -> None:
    art = _article(CALL, "President Smith has also called for a conference on peace.")
    assert _who(art, "conference on peace") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        (
            "Prime Minister KISHIDA Fumio of Japan met President Ann Smith in Brussels.",
            "Kishida Fumio",
        ),
        ("Mr. KISHIDA Fumio, Prime Minister of Japan, met President Ann Smith.", "Kishida Fumio"),
        (
            "President Ann Smith met President Kassym-Jomart TOKAYEV in Astana.",
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_a_family_name_in_capitals_after_a_title_is_a_name(lede: str, name: str) -> None:
    art = _article(lede)
    assert name in {p.name for p in art.participants if p.participation == "principal"}


@pytest.mark.parametrize(
    "lede",
    [
        "President Ann Smith met Li Wen, head of PMC Wagner, in Minsk.",
        "President Ann Smith opened the International Industrial Trade Fair INNOPROM.",
        "President Ann Smith welcomed the NASA Sounding Rocket Memorandum.",
    ],
)
def test_an_acronym_beside_a_capitalised_word_is_no_name(lede: str) -> None:
    art = _article(lede)
    assert not any(
        p.name.isascii() and p.name.split()[0] in {"Pmc", "Fair", "Nasa"} for p in art.persons
    )


def test_a_title_set_off_before_the_name_then_a_time_phrase() -> None:
    art = _article(
        "Prime Minister Ann Smith had a telephonic conversation with the Federal Chancellor of"
        " Germany, Paul Martin on Wednesday.",
    )
    held = {p.name: (p.title, p.country) for p in art.participants}
    assert held["Paul Martin"] == ("Federal Chancellor of Germany", "Germany")
    assert held["Ann Smith"][1] != "Germany"


@pytest.mark.parametrize(
    ("lede", "fragment", "speakers"),
    [
        (
            "Premier Li Wen met with Minister Ann Smith of Freedonia on Wednesday, saying the"
            " transition provides opportunities.",
            "saying the transition",
            ("Li Wen",),
        ),
        # an "and <verb>ed" clause comes first and keeps its participle
        (
            "Vice President Ann Smith met with President Li Wen of China and reaffirmed the"
            " strength of the relationship, noting their long history.",
            "reaffirmed the strength",
            ("Ann Smith",),
        ),
    ],
)
def test_a_participle_clause_after_the_meeting_is_the_subjects(lede, fragment, speakers) -> None:
    art = _article(lede)
    assert _who(art, fragment) == speakers
    assert art.statements[0].kind == "narrative"


def test_an_article_less_own_leader_never_named_is_no_one() -> None:
    """India's MEA: "Prime Minister met Prime Minister of Canada X ... Prime Minister
    highlighted ... He conveyed ...": the unnamed Indian Prime Minister, never X."""
    art = _article(
        "Prime Minister met Prime Minister of Canada H.E. Mr. Paul Martin on 10th September.",
        "Prime Minister Martin congratulated Prime Minister on the success of the summit.",
        "Prime Minister highlighted that the relations are anchored in shared values. He conveyed"
        " strong concerns about extremist elements.",
    )
    assert _who(art, "congratulated") == ("Paul Martin",)
    assert _who(art, "anchored in shared values") == ()
    assert _who(art, "strong concerns") == ()


def test_a_title_in_apposition_after_a_name_is_not_the_next_names() -> None:
    art = _article(
        "Mr. Ann Smith, Prime Minister of Japan, Mr. Paul Martin, President of the European"
        " Council, and Mr. Li Wen, President of the European Commission, met in Tokyo.",
    )
    held = {p.name: p.title for p in art.participants}
    assert held["Paul Martin"] == "President of the European Council"
    assert held["Ann Smith"] == "Prime Minister of Japan"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "23rd Summit, Tokyo: Joint Press Statement",
            "Prime Minister Ann Smith and President Li Wen met in Tokyo on 29 May.",
        ),
        (
            "Summit in Tokyo",
            "Prime Minister Ann Smith and President Li Wen met in Tokyo on 29 May and issued the"
            " following joint statement.",
        ),
    ],
)
def test_a_joint_press_statement_or_issued_statement_speaks_as_we(title: str, lede: str) -> None:
    art = _article(lede, "As close partners, we are working together.", title=title)
    assert set(_who(art, "close partners")) == {"Ann Smith", "Li Wen"}


def test_a_lower_case_title_with_a_nationality_after_an_opening_phrase() -> None:
    art = _article(
        "Chinese President Li Wen held phone talks with President Ann Smith of France.",
        "During the conversation, the Chinese president also called on both sides to talk.",
    )
    assert _who(art, "called on both sides") == ("Li Wen",)


def test_a_quotation_closed_before_its_full_stop_continues_the_speaker() -> None:
    """British punctuation closes the quotation before the full stop: '... as well”.'"""
    art = _article(
        "Foreign Secretary Ann Smith met Secretary of State Li Wen in London.",
        "Secretary Li said:",
        "“We treasure this relationship. We need to pay attention to it as well”.",
    )
    assert _who(art, "We treasure") == ("Li Wen",)
    assert _who(art, "pay attention") == ("Li Wen",)


def test_the_counterpart_in_the_title_is_not_the_unnamed_own_leader() -> None:
    """Downing Street: "PM call with Prime Minister X" and "The Prime Minister spoke to Prime
    Minister X ... The Prime Minister told the new leader ...": the never-named Prime
    Minister, not X."""
    art = _article(
        "The Prime Minister spoke to Prime Minister Paul Martin of Australia this morning.",
        "The Prime Minister told the new Australian leader that he wanted to congratulate him.",
        "Prime Minister Martin thanked the Prime Minister.",
        title="PM call with Prime Minister Paul Martin: 23 May 2022",
    )
    assert _who(art, "told the new Australian leader") == ()
    assert _who(art, "Martin thanked") == ("Paul Martin",)


@pytest.mark.parametrize(
    ("lede", "fragment", "speakers"),
    [
        (
            "President Li Wen held talks with Prime Minister Ann Smith during which they discussed"
            " the situation in the region.",
            "they discussed",
            {"Li Wen", "Ann Smith"},
        ),
        (
            "President Li Wen received a phone call from Prime Minister Ann Smith in which they"
            " discussed bilateral relations.",
            "they discussed",
            {"Li Wen", "Ann Smith"},
        ),
        (
            "Today, President Li Wen held a call with King Faisal III of Jordan, in which King"
            " Faisal congratulated President Li on his inauguration.",
            "congratulated",
            {"Faisal III"},
        ),
        (
            "Sheikh Khalid bin Nasser, Crown Prince of Abu Dhabi, today received a phone call from"
            " Chancellor Ann Smith of Germany, stressing the importance of dialogue.",
            "stressing the importance",
            {"Khalid bin Nasser"},
        ),
    ],
)
def test_the_clause_after_the_meeting_has_its_own_speakers(lede, fragment, speakers) -> None:
    art = _article(lede)
    assert set(_who(art, fragment)) == speakers


def test_both_referred_to() -> None:
    art = _article(CALL, "Both referred to the situation in the region.")
    assert set(_who(art, "situation in the region")) == {"Li Wen", "Ann Smith"}


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        (
            "The statement said that President Smith appreciated the efforts.",
            "appreciated",
            "Ann Smith",
        ),
        (
            "The readout also noted that Prime Minister Li thanked his host.",
            "thanked his host",
            "Li Wen",
        ),
        ("“We will work together,” President Smith tweeted.", "work together", "Ann Smith"),
        ("President Smith wrote that the talks had been useful.", "talks had been", "Ann Smith"),
    ],
)
def test_a_document_relaying_words_and_written_words(sentence, fragment, speaker) -> None:
    art = _article(CALL, sentence)
    assert _who(art, fragment) == (speaker,)


def test_what_the_conversation_discussed_is_said_by_both() -> None:
    art = _article(CALL, "The phone conversation also discussed regional issues.")
    hit = next(s for s in art.statements if "regional issues" in s.text)
    assert hit.kind == "implicit" and set(hit.speakers) == {"Li Wen", "Ann Smith"}


@pytest.mark.parametrize(
    ("sentence", "kind", "speakers"),
    [
        # a courtesy call in person (Singapore's and Japan's foreign ministries)
        (
            "Foreign Minister Ann Smith called on Prime Minister Li Wen at the Istana.",
            "narrative",
            (),
        ),
        # an appeal
        (
            "Foreign Minister Ann Smith called on Russia to withdraw its troops.",
            "speech",
            ("Ann Smith",),
        ),
    ],
)
def test_calling_on_someone_is_a_visit_or_an_appeal(sentence, kind, speakers) -> None:
    art = _article(sentence)
    hit = next(s for s in art.statements if s.text == sentence)
    assert (hit.kind, hit.speakers) == (kind, speakers)


def test_a_countrys_lower_case_title_in_the_possessive() -> None:
    art = _article(
        "Iranian Foreign Minister Ali Nasseri held a phone call with Iraqi Foreign Minister Fuad"
        " Karim on Tuesday.",
        "Iran's foreign minister said the talks were useful.",
    )
    assert _who(art, "talks were useful") == ("Ali Nasseri",)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            "The two held a very moving and warm conversation, congratulating each other on the"
            " agreement.",
            "congratulating each other",
        ),
        (
            "The two leaders later held a closed-door meeting where they reaffirmed their"
            " commitment to trade.",
            "reaffirmed their commitment",
        ),
        (
            "The two leaders sincerely and frankly exchanged views on maritime issues.",
            "maritime issues",
        ),
        ("According to a press release, the conversation centred on regional issues.", "regional"),
    ],
)
def test_more_ways_both_leaders_speak(sentence: str, fragment: str) -> None:
    art = _article(CALL, sentence)
    assert set(_who(art, fragment)) == {"Li Wen", "Ann Smith"}


def test_a_trailing_title_covers_the_quotation_it_closes() -> None:
    art = _article(
        NEWS_LEDE,
        "“Thank you so much for coming. We are delighted to host you,” the prime minister said.",
        title="Li and Smith meet in Bali",
    )
    assert _who(art, "Thank you so much") == ("Li Wen",)
    assert _who(art, "delighted to host") == ("Li Wen",)


def test_a_trailing_title_does_not_reach_the_writers_sentence_before_the_quotation() -> None:
    art = _article(
        NEWS_LEDE,
        "The talks lasted an hour. “We are delighted to host you,” the prime minister said.",
        title="Li and Smith meet in Bali",
    )
    assert _who(art, "talks lasted") == ()
    assert _who(art, "delighted to host") == ("Li Wen",)


def test_a_trailing_title_covers_a_quotation_of_three_sentences() -> None:
    art = _article(
        NEWS_LEDE,
        "The talks lasted an hour. “Thank you for coming. Trade is growing. We are delighted,”"
        " the prime minister said.",
        title="Li and Smith meet in Bali",
    )
    assert _who(art, "talks lasted") == ()
    assert _who(art, "Thank you for coming") == ("Li Wen",)
    assert _who(art, "Trade is growing") == ("Li Wen",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Communications Directorate said the talks went well.",
        "He also greeted the people on the occasion of Eidul Fitr.",
        "They discussed the situation in the Golan Heights.",
        "They met at the Post Ministerial Conferences in Jakarta.",
        "The Emiri Diwan announced the call.",
    ],
)
def test_institutions_places_and_feasts_are_no_persons(sentence: str) -> None:
    art = _article("President Ann Smith spoke with Prime Minister Li Wen today.", sentence)
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        # a spokesperson nobody names relays the leaders' words, or a meeting fact
        (
            ("The Spokesman for the Presidency said the two presidents reviewed the talks.",),
            "reviewed the talks",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("A spokesperson also said President Smith and President Li reflected on trade.",),
            "reflected on trade",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("The President's Media Unit stated that the Chinese President hailed the visit.",),
            "hailed the visit",
            ("Li Wen",),
        ),
        (
            ("The Media Division said that President Smith met President Li in Vell.",),
            "met President Li in Vell",
            (),
        ),
        # a named spokesperson relays, after an opening phrase of occasion
        (
            (
                "Spokesperson Tom Reed said the talks were useful.",
                "Reed added that during the phone call, President Li emphasized free trade.",
            ),
            "emphasized free trade",
            ("Li Wen",),
        ),
        # their own words stay theirs
        (
            ("Spokesperson Tom Reed said the talks were useful.",),
            "the talks were useful",
            ("Tom Reed",),
        ),
        # a lower-case title news copy gives a spokesperson, and a relayed quotation
        (
            (
                '"The visit was fruitful," said acting presidency spokesperson Tom Reed.',
                '"The two leaders also noted progress on vaccines," Reed said.',
            ),
            "noted progress on vaccines",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_a_spokesperson_relays_what_the_principals_said(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


def test_a_spokesperson_relaying_the_meeting_is_no_party_to_it() -> None:
    art = _article(
        "Spokesperson Tom Reed stated that on Monday, Foreign Minister Ana Ruiz received a phone "
        "call from Secretary of State Karl Weiss, in which they addressed the situation.",
        "The two parties agreed to stay in touch.",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ana Ruiz", "Karl Weiss"]
    assert _who(art, "agreed to stay in touch") == ("Ana Ruiz", "Karl Weiss")


def test_a_title_after_a_name_in_a_headline_is_the_next_persons() -> None:
    art = _article(
        "National Security Advisor Karl Weiss hosted President Li Wen of China at the White "
        "House today to discuss trade. They agreed to meet again soon.",
        title="Readout by Spokesperson Ann Smith of National Security Advisor Karl Weiss's Meeting",
    )
    weiss = next(p for p in art.participants if p.name == "Karl Weiss")
    assert weiss.title == "National Security Advisor"


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: President Li speaks in Vell, May 2, 2030. NEWSWIRE/Jo Pix/File Photo",
        "President Smith welcomed the president to the capital.  Picture: Tom Reed / Pix Agency",
        "President Li greets President Smith in Vell. NEWSWIRE/Jo Pix",
        "PM Li Copyright: GPO",
        "Photo caption: Lunch hosted by President Smith for President Li.",
    ],
)
def test_photo_captions_and_credits_are_boilerplate_and_name_no_speaker(caption) -> None:
    art = _article(LEDE, caption, "They also discussed trade, the ministry said.")
    assert {s.kind for s in art.statements if s.paragraph == 1} == {"boilerplate"}
    assert _who(art, "also discussed trade") == ("Ann Smith", "Li Wen")
    assert all("Photo" not in p.name and "Copyright" not in p.name for p in art.persons)


def test_news_copy_quotes_a_readout_from_its_verb_on() -> None:
    art = _article(LEDE, 'Smith "reemphasized the commitment to the ceasefire," the office said.')
    assert _who(art, "reemphasized") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        # an inverted cue after a quotation: "...", stated Minister X
        (
            ('"This is an important milestone for the region", stated President Li.',),
            "important milestone",
            ("Li Wen",),
        ),
        (
            ('"The visit was fruitful," said acting presidency spokesperson Tom Reed.',),
            "The visit was fruitful",
            ("Tom Reed",),
        ),
        # a pronoun in the perfect tense
        (
            ("President Li has offered full backing. He has also said that ties will grow.",),
            "ties will grow",
            ("Li Wen",),
        ),
        # "were in agreement" is a position held together
        (
            ("President Smith and President Li were also in agreement on trade.",),
            "in agreement on trade",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_more_ways_news_copy_attributes(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "King Omar received a phone call from President Li Wen, who reaffirmed support for Vell.",
        "King Omar received a call from President Li Wen of the Republic of China who warmly "
        "congratulated the King.",
    ],
)
def test_a_relative_clause_reports_what_the_one_named_before_it_said(sentence) -> None:
    art = _article(sentence)
    first, second = art.statements[:2]
    assert (first.kind, first.speakers) == ("narrative", ())
    assert second.text.startswith("who") and second.speakers == ("Li Wen",)


def test_an_arabic_article_written_either_way_is_one_person() -> None:
    art = _article(
        "President Ann Smith spoke with President Abdel Fattah Al-Sisi of Egypt.",
        "President El-Sisi stressed the need for calm.",
    )
    assert _who(art, "need for calm") == ("Abdel Fattah Al-Sisi",)
    assert [p.name for p in art.persons] == ["Ann Smith", "Abdel Fattah Al-Sisi"]


def test_initials_glued_to_a_name_and_a_rank_before_it_are_read() -> None:
    art = _article(
        "Prime Minister U.Batbold today met with Ambassador Extraordinary and Plenipotentiary "
        "of India, M.P.Singh.",
        "At the meeting, Prime Minister U.Batbold said trade is growing.",
        "Ambassador M.P.Singh thanked him for the reception.",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["U. Batbold", "M. P. Singh"]
    assert _who(art, "trade is growing") == ("U. Batbold",)
    assert _who(art, "thanked him") == ("M. P. Singh",)


def test_a_military_rank_is_no_person_and_both_titles_before_a_name_are_held() -> None:
    art = _article(
        "Prime Minister and Defence Minister Gen. Arun Somchai had a phone conversation with "
        "Prime Minister Lena Kovac of Freedonia.",
        "The Prime Minister congratulated the Freedonian Prime Minister on her election.",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Arun Somchai", "Lena Kovac"]
    assert _who(art, "on her election") == ("Arun Somchai",)


def test_sentences_run_together_and_the_two_pms() -> None:
    art = _article(
        "Prime Minister Tran Minh held a phone call with Prime Minister Lena Kovac of Freedonia.",
        "The two PMs expressed delight at the results.They agreed to meet soon.PM Minh stressed "
        "trade.PM Kovac, for her part, said tourism matters.",
    )
    assert _who(art, "expressed delight") == ("Tran Minh", "Lena Kovac")
    assert _who(art, "stressed trade") == ("Tran Minh",)
    assert _who(art, "tourism matters") == ("Lena Kovac",)


@pytest.mark.parametrize(
    ("lede", "name", "title"),
    [
        (
            "Secretary Ann Smith met with Chairman of the Joint Chiefs of Staff Gen. Tom Reed.",
            "Tom Reed",
            "Chairman of the Joint Chiefs of Staff",
        ),
        (
            "Secretary Ann Smith met with Minister for Foreign Affairs Dr Tom Reed of Vell.",
            "Tom Reed",
            "Minister for Foreign Affairs",
        ),
    ],
)
def test_an_offices_complement_is_part_of_the_title(lede, name, title) -> None:
    art = _article(lede)
    assert next(p.title for p in art.participants if p.name == name) == title


def test_gulf_agency_style_his_excellency_and_a_title_set_off_by_an_acronym() -> None:
    art = _article(
        "HH the Amir Sheikh Omar bin Ali held a telephone conversation on Friday with HE "
        "Secretary-General of the North Atlantic Treaty Organization (NATO) Karl Weiss, during "
        "which they reviewed cooperation.",
        "In this context, HE Secretary-General of NATO expressed his thanks to HH the Amir.",
    )
    first = art.statements[0]
    assert (first.kind, first.speakers) == ("narrative", ())
    assert _who(art, "reviewed cooperation") == ("Omar bin Ali", "Karl Weiss")
    assert _who(art, "expressed his thanks") == ("Karl Weiss",)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            ("China President commended the agreement on the summit.",),
            "commended the agreement",
            ("Li Wen",),
        ),
        (
            ("The Chinese president also hoped that Smith would win, spokesperson Tom Reed said.",),
            "hoped that Smith",
            ("Li Wen",),
        ),
        (
            ("Smith and Li, while reaffirming their ties, have reiterated their resolve.",),
            "reiterated their resolve",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_titles_news_agencies_write_without_a_name(paras, fragment, speakers) -> None:
    art = _article(
        "President Ann Smith of Freedonia spoke today with Chinese President Li Wen about trade, "
        "Smith's spokesperson Tom Reed said.",
        *paras,
    )
    assert _who(art, fragment) == speakers


def test_a_treaty_is_no_person_and_a_given_name_may_be_a_capital() -> None:
    art = _article(
        "Foreign Ministers Ana Ruiz of Uruguay and Santiago Vela of Argentina Friday agreed to "
        "hold a summit.",
        "They met in the framework of the Treaty of the River Plate. They agreed to meet again.",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ana Ruiz", "Santiago Vela"]
    assert _who(art, "agreed to hold a summit") == ("Ana Ruiz", "Santiago Vela")
    assert _who(art, "agreed to meet again") == ("Ana Ruiz", "Santiago Vela")


def test_a_bernama_dateline_a_malaysian_style_and_an_exchange_in_a_participle() -> None:
    art = _article(
        "KUALA LUMPUR (April 25): Prime Minister Datuk Seri Omar Hassan today reiterated the "
        "country's commitment to trade.",
        "Foreign Minister Li Wen held telephone talks with Secretary of State Karl Weiss, "
        "exchanging views on the region.",
    )
    assert _who(art, "reiterated the country") == ("Omar Hassan",)
    assert _who(art, "exchanging views") == ("Li Wen", "Karl Weiss")


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            ("President Smith stressed restraint.", "This was valued by the Chinese president."),
            "This was valued",
            ("Li Wen",),
        ),
        (
            ("Minister Tom Reed called on and was hosted to lunch by President Smith today.",),
            "hosted to lunch",
            (),
        ),
    ],
)
def test_a_passives_agent_and_a_courtesy_call(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


def test_the_never_named_own_leaders_clause_is_no_one_and_not_the_counterparts() -> None:
    art = _article(
        "The Prime Minister spoke to the President of Freedonia, Ann Smith, this evening.",
        "President Smith said that Freedonia remains the closest ally, and the Prime Minister "
        "agreed on the strength of the relationship.",
    )
    assert _who(art, "closest ally") == ("Ann Smith",)
    assert _who(art, "agreed on the strength") == ()


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            ("Congratulating Li on his appointment, Smith said ties were strong.", "Li said so."),
            "Li said so",
            ("Li Wen",),
        ),
        (
            ("Discussions also focused on fisheries.",),
            "focused on fisheries",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("During the telephone talk the sides expressed satisfaction with trade.",),
            "expressed satisfaction",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("The two sides communicated on border issues.",),
            "border issues",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("The email also said the two leaders looked forward to meeting soon.",),
            "looked forward",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_round_six_shapes(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


def test_a_countrys_name_before_a_title_alone() -> None:
    art = _article(
        "Prime Minister Ann Smith of the United Kingdom spoke today with Chinese President Li Wen.",
        "The UK Premier welcomed the agreement.",
    )
    assert _who(art, "welcomed the agreement") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            ("The PMO said in an email that Smith noted the depth of ties.",),
            "depth of",
            ("Ann Smith",),
        ),
        (
            ("The Chinese version of the exchange said the two leaders talked about trade.",),
            "talked about trade",
            ("Ann Smith", "Li Wen"),
        ),
        (
            ("Saturday's email said the two men looked forward to meeting soon.",),
            "looked forward",
            ("Ann Smith", "Li Wen"),
        ),
        (("The two men also spoke in November after the vote.",), "spoke in November", ()),
    ],
)
def test_news_copy_relays_through_offices_and_emails(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


def test_one_office_by_its_several_names() -> None:
    art = _article(
        "Ana Ruiz, the Minister of Foreign Affairs of Spain, held a phone call with Prime Minister "
        "Li Wen of China.",
        "Referring to trade, the Spanish Foreign Minister stressed the need for talks.",
        "Spain's FM also stressed that the visit mattered.",
        "The PM thanked her.",
    )
    assert _who(art, "need for talks") == ("Ana Ruiz",)
    assert _who(art, "visit mattered") == ("Ana Ruiz",)
    assert _who(art, "The PM thanked") == ("Li Wen",)


def test_an_unresolved_title_before_the_other_partys_is_the_first_party() -> None:
    art = _article(
        "Deputy Secretary of State Ann Smith spoke today with Foreign Minister Li Wen of China.",
        "The Secretary and the Foreign Minister agreed to stay in touch.",
    )
    assert _who(art, "stay in touch") == ("Ann Smith", "Li Wen")


def test_a_place_in_capitals_and_a_dash_is_a_dateline() -> None:
    art = _article(
        "OTTAWA – Prime Minister Ann Smith has congratulated President Li Wen on his election.",
        "The two leaders spoke by phone on Saturday and agreed to meet soon.",
    )
    assert _who(art, "congratulated") == ("Ann Smith",)


def test_a_plural_lower_case_title_before_two_names() -> None:
    art = _article(
        "Foreign Minister Ana Ruiz met Foreign Minister Karl Weiss in Tallinn.",
        "At their meeting, ministers Ruiz and Weiss also stressed support for Ukraine.",
        "Rail Baltica is an important link, Ruiz said.",
    )
    assert _who(art, "stressed support") == ("Ana Ruiz", "Karl Weiss")
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Ana Ruiz", "Karl Weiss"]


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            ('"We have lots in common. It was a good day," the statement quoted Li as saying.',),
            "lots in common",
            ("Li Wen",),
        ),
        (
            ("The White House said in a statement that Smith and Li \u201cdiscussed trade.\u201d",),
            "discussed trade",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_a_statement_quoting_a_leader_and_a_seat_relaying(paras, fragment, speakers) -> None:
    art = _article(LEDE, *paras)
    assert _who(art, fragment) == speakers


def test_an_abbreviated_title_coordinated_with_a_name_is_its_own_party() -> None:
    art = _article(
        "External Affairs Minister Tom Reed spoke with Secretary of State Karl Weiss today.",
        "EAM and Secretary Weiss expressed their commitment to the partnership.",
    )
    assert _who(art, "their commitment") == ("Tom Reed", "Karl Weiss")
    reed = next(p for p in art.participants if p.name == "Tom Reed")
    assert reed.title == "External Affairs Minister"


def test_one_name_however_its_apostrophe_and_honorifics_are_written() -> None:
    art = _article(
        "Prime Minister Tom Reed welcomed Prime Minister Fiame Mata\u2019afa of Samoa to Suva.",
        "In response, Prime Minister Mata\u02bbafa thanked him for the welcome.",
        "Samdech Thipadei Hun Manet sent a message.",
    )
    assert _who(art, "thanked him") == ("Fiame Mata\u2019afa",)
    assert "Hun Manet" in [p.name for p in art.persons]


def test_a_title_half_in_lower_case_a_stray_comma_and_a_village() -> None:
    art = _article(
        "Foreign minister Kang Min held talks with Japan's new foreign minister Yoko Sato at "
        "Urugwiro Village on Thursday.",
        "The two sides agreed to meet again.",
        "For his part, Kang, praised the new minister.",
    )
    principals = [p.name for p in art.participants if p.participation == "principal"]
    assert principals == ["Kang Min", "Yoko Sato"]
    assert _who(art, "agreed to meet again") == ("Kang Min", "Yoko Sato")
    assert _who(art, "praised the new minister") == ("Kang Min",)


def test_two_names_set_apart_by_a_comma_alone_are_no_list() -> None:
    art = _article(
        LEDE,
        "As contained in a statement by the Adviser on Media, Tom Reed, President Li "
        "appreciated the visit.",
        "President Smith, President Li and Tom Reed agreed to meet again.",
    )
    assert _who(art, "appreciated the visit") == ("Li Wen",)
    assert _who(art, "agreed to meet again") == ("Ann Smith", "Li Wen", "Tom Reed")


@pytest.mark.parametrize(
    ("para", "tag"),
    [
        ("President Li said trade would grow. (TNA)", "(TNA)"),
        ("President Li said trade would grow. (END)", "(END)"),
        ("(pick up previous)", "(pick up previous)"),
    ],
)
def test_an_agencys_closing_tag_is_boilerplate(para: str, tag: str) -> None:
    art = _article(LEDE, "President Li said trade would grow.", para)
    closing = next(s for s in art.statements if s.text == tag)
    assert (closing.kind, closing.speakers) == ("boilerplate", ())


@pytest.mark.parametrize(
    "title",
    [
        "PM Ruiz Hold Talks with President Weiss",
        "Ruiz, Weiss Agree to Cooperate for Better Ties",
        "Vellish Minister, US Counterpart Eye Closer Ties",
    ],
)
def test_a_headlines_base_form_verb_is_no_part_of_a_name(title: str) -> None:
    art = _article(
        "Prime Minister Ana Ruiz held talks with President Karl Weiss on Monday.",
        "Ruiz said the talks were useful.",
        title=title,
    )
    names = {p.name for p in art.persons}
    assert names <= {"Ana Ruiz", "Karl Weiss"}, names


@pytest.mark.parametrize(
    "sentence",
    [
        "The two diplomats assessed new quotas.",
        "Both the envoys welcomed the ferry link.",
        "The duo agreed on visas.",
    ],
)
def test_news_copys_joint_subjects(sentence: str) -> None:
    art = _article(LEDE, "President Smith said trade grew.", sentence)
    assert _who(art, sentence[:15]) == ("Ann Smith", "Li Wen")


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        (
            "A readout by Smith's bureau said that President Li reiterated his support.",
            "reiterated his support",
            ("Li Wen",),
        ),
        (
            "Spokesperson Tom Reed pointed out that the two presidents discussed trade.",
            "discussed trade",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_a_readout_by_an_office_and_a_spokesperson_pointing_out(sentence, fragment, speakers):
    art = _article(LEDE, sentence)
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        # an aide who is no party relays the principals
        (
            "Jakub Kumoch told reporters that both presidents stressed that trade matters.",
            "both presidents stressed",
            ("Ann Smith", "Li Wen"),
        ),
        (
            "Aide Jakub Kumoch told reporters from the agency (PAP) that “President Li"
            " welcomed the plan.",
            "welcomed the plan",
            ("Li Wen",),
        ),
        # a description set before the name it describes
        (
            "The Head of the President’s Bureau, Jakub Kumoch, told reporters that the two"
            " presidents discussed ways to ease tensions.",
            "discussed ways",
            ("Ann Smith", "Li Wen"),
        ),
        (
            "The head of the bureau, Jakub Kumoch, said trade matters.",
            "trade matters",
            ("Jakub Kumoch",),
        ),
        # the aide's own words, and a principal's account of the other, stay theirs
        ("Jakub Kumoch told reporters that the visit went well.", "went well", ("Jakub Kumoch",)),
        (
            "President Smith told reporters that President Li stressed trade.",
            "stressed trade",
            ("Ann Smith",),
        ),
    ],
)
def test_an_aide_relaying_the_principals_and_a_description_before_a_name(
    sentence, fragment, speakers
) -> None:
    art = _article(LEDE, sentence)
    assert _who(art, fragment) == speakers


def test_a_clause_whose_colon_opens_a_quotation_introduces_the_subjects_words() -> None:
    art = _article(
        LEDE,
        "In a tweet, Smith struck a cordial tone: “I am grateful to President Li … Secretary Bo"
        " Chan and to all of the delegation that visited. A great result!! It was a success.”"
        " President Li arrived late.",
    )
    assert _who(art, "struck a cordial tone") == ("Ann Smith",)
    assert _who(art, "Secretary Bo Chan and to all") == ("Ann Smith",)
    assert _who(art, "A great result") == ("Ann Smith",)
    assert _who(art, "It was a success") == ("Ann Smith",)
    assert _who(art, "arrived late") == ()


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Last week, Park expressed his willingness to cooperate.", ("Park Jin",)),
        ("Trade matters, Park said.", ("Park Jin",)),
        ("Han stressed trade.", ("Han Zheng",)),
        ("The park by the palace was closed for the visit.", ()),
    ],
)
def test_a_family_name_that_is_also_a_common_noun_names_its_person_alone(
    sentence, speakers
) -> None:
    art = _article(
        "Foreign Minister Park Jin held phone talks with Vice Premier Han Zheng on Monday.",
        sentence,
    )
    assert _who(art, sentence[:12]) == speakers


@pytest.mark.parametrize(
    ("title", "principals"),
    [
        # the object of a headline's "Discuss" is a subject of the talks
        (
            "Smith, Li Discuss Trade Cooperation, Weapons Production In Asia",
            ["Ann Smith", "Li Wen"],
        ),
        ("Smith, Li Agree On Grain Exports, Port Access", ["Ann Smith", "Li Wen"]),
        # a "with" after the verb names the other side
        ("Smith Discusses Trade With Li Wen", ["Ann Smith", "Li Wen"]),
        ("Freedonian, Chinese Presidents Held Rare Phone Talks On Ties", ["Ann Smith", "Li Wen"]),
        # an auxiliary ends the name before it
        ("Smith Says Talks with Li Were Very Good", ["Ann Smith", "Li Wen"]),
    ],
)
def test_a_headlines_topic_after_its_verb_is_no_party(title, principals) -> None:
    art = _article(
        "President Ann Smith held a phone call with President Li Wen.",
        "The conversation covered arms production and the grain trade.",
        title=title,
    )
    assert [p.name for p in art.participants if p.participation == "principal"] == principals
    assert {p.name for p in art.persons} == {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        (
            "The two leaders discussed the pandemic, and the president thanked the prime"
            " minister for his action.",
            "and the president thanked",
            ("Ann Smith",),
        ),
        (
            "Smith and Li discussed the pandemic, and the prime minister thanked the president.",
            "and the prime minister thanked",
            ("Li Wen",),
        ),
        # a lower-case title no party holds splits nothing off
        (
            "Smith and Li discussed the pandemic, and the chancellor thanked them.",
            "the chancellor thanked",
            ("Ann Smith", "Li Wen"),
        ),
    ],
)
def test_a_clause_led_by_a_title_in_lower_case_is_its_holders(sentence, fragment, speakers):
    art = _article(
        "President Ann Smith spoke by phone with Prime Minister Li Wen on Monday.", sentence
    )
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("President Li welcomed President Smith in the courtyard of the palace at 1 pm.", ()),
        ("President Li warmly welcomed President Smith at the airport.", ()),
        # a thing welcomed is a position taken
        ("President Li welcomed President Smith's proposal at the summit.", ("Li Wen",)),
        ("President Li welcomed the plan at the start of the talks.", ("Li Wen",)),
    ],
)
def test_welcoming_a_guest_at_a_place_is_the_writers_account(sentence, speakers) -> None:
    art = _article("President Ann Smith met President Li Wen in Paris on Wednesday.", sentence)
    assert _who(art, "welcomed") == speakers


@pytest.mark.parametrize(
    ("lede", "country"),
    [
        ("Foreign Minister Li Wen hosted U.S. Secretary Ann Smith in Beijing.", "United States"),
        ("Foreign Minister Li Wen hosted U.K. Minister Ann Smith in Beijing.", "United Kingdom"),
        ("Foreign Minister Li Wen hosted U.N. Envoy Ann Smith in Beijing.", None),
    ],
)
def test_a_countrys_dotted_initials_before_a_title_give_its_holder_that_country(
    lede, country
) -> None:
    art = _article(lede, "The two sides discussed trade.")
    assert next(p for p in art.participants if p.name == "Ann Smith").country == country


def test_the_delegation_of_a_country_dotted_initials_name_is_its_principal() -> None:
    art = _article(
        "Foreign Minister Li Wen hosted U.S. Secretary Ann Smith in Beijing on Tuesday.",
        "The U.S. delegation expressed its interest in working with China.",
    )
    assert _who(art, "expressed its interest") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("lede", "country"),
    [
        (
            "Prime Minister Ann Smith and her Vietnamese counterpart Li Wen spoke on Friday.",
            "Vietnam",
        ),
        (
            "Prime Minister Ann Smith spoke with his Chinese counterparts, Li Wen and Bo Chan.",
            "China",
        ),
        ("Prime Minister Ann Smith and her counterpart Li Wen spoke on Friday.", None),
    ],
)
def test_a_nationality_before_counterpart_gives_the_named_counterpart_that_country(
    lede, country
) -> None:
    art = _article(lede, "The two sides discussed trade.")
    assert next(p for p in art.participants if p.name == "Li Wen").country == country


def test_two_countries_as_a_subject_are_their_principals_once_the_text_gives_their_countries():
    art = _article(
        "Thailand and Vietnam have reaffirmed their determination to deepen cooperation,"
        " according to spokesman Bo Chan.",
        "He said Prime Minister Ann Smith and his Vietnamese counterpart Li Wen made the"
        " commitment during a telephone conversation on Friday.",
        title="Premiers forge closer ties in a Thailand-Vietnam phone call",
    )
    assert _who(art, "have reaffirmed") == ("Ann Smith", "Li Wen")


@pytest.mark.parametrize(
    "sentence",
    [
        "This was the third meeting between the two foreign ministers in the past few months.",
        "It was their first visit to the region since 2019.",
        "This was their second conversation this year.",
        "Earlier, Foreign Minister Smith had paid an official visit to Iran in April 2021.",
        "Smith had met Li in May.",
    ],
)
def test_a_count_of_meetings_and_an_earlier_visit_are_the_writers_facts(sentence) -> None:
    art = _article(
        "Foreign Minister Ann Smith met Foreign Minister Li Wen in Tehran on Saturday.",
        "He expressed the hope that peace would come. " + sentence,
    )
    assert _who(art, "expressed the hope") == ("Ann Smith",)
    assert _who(art, sentence[:20]) == ()


def test_a_past_perfect_speech_verb_still_reports() -> None:
    art = _article(LEDE, "Earlier, President Smith had stressed the value of trade.")
    assert _who(art, "had stressed") == ("Ann Smith",)


_PM_CALL = "President Ann Smith held a phone call with Prime Minister Li Wen on Monday."


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # "according to X" set inside the sentence, and news copy's lower-case title
        (
            "The results, according to the Head of State, are of paramount importance.",
            ("Ann Smith",),
        ),
        ("President Li, according to Smith, is well aware of the situation.", ("Ann Smith",)),
        ("Peace is near, according to the prime minister.", ("Li Wen",)),
        # news copy quoting from the verb on, after a lower-case title
        ("The president “underlined the importance of trade.”", ("Ann Smith",)),
        # a statement's quotation in the passive
        ('"We agree that the old rules are outdated," Smith was quoted as saying.', ("Ann Smith",)),
        ("Smith was quoted as saying that the rules are outdated.", ("Ann Smith",)),
        # an exchange has both ends
        ("Smith exchanged views with Li on trade.", ("Ann Smith", "Li Wen")),
    ],
)
def test_news_copys_sources_quotations_and_exchanges(sentence, speakers) -> None:
    art = _article(_PM_CALL, sentence)
    assert _who(art, sentence[:25]) == speakers


def test_a_discussion_after_meeting_someone_is_both_parties() -> None:
    art = _article(_PM_CALL, "Smith met Li at the palace and discussed trade.")
    assert _who(art, "met Li") == ()
    assert _who(art, "discussed trade") == ("Ann Smith", "Li Wen")


_CALL = "Russian President Tom Reed held a phone call with Egyptian President Bo Chan."


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a coordinated subject whose second part is introduced as the counterpart
        (
            "President Reed and his Egyptian counterpart Bo Chan discussed Gaza.",
            ("Tom Reed", "Bo Chan"),
        ),
        ("President Reed and his counterpart, Bo Chan, discussed Gaza.", ("Tom Reed", "Bo Chan")),
        # a spokesman's colon opening the principals' words
        (
            "The official spokesman added: “The two presidents agreed to seek a ceasefire.",
            ("Tom Reed", "Bo Chan"),
        ),
        ("Spokesman Jo Roe added: “President Reed stressed peace.”", ("Tom Reed",)),
        # an agency relaying a relay
        (
            "Reuters quoted the Kremlin as saying that Reed thanked Chan for his help.",
            ("Tom Reed",),
        ),
        (
            "The agency quoted an official as saying that the two presidents agreed on aid.",
            ("Tom Reed", "Bo Chan"),
        ),
        # what the spokesman says of his own stays his
        ("Spokesman Jo Roe added: “The visit went well.”", ("Jo Roe",)),
    ],
)
def test_counterparts_and_relays_by_colon_and_by_agency(sentence, speakers) -> None:
    art = _article(_CALL, sentence)
    assert _who(art, sentence[:25]) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Smith offered a press conference with Li after the meeting.", ()),
        ("Smith offered condolences to Li.", ("Ann Smith",)),
    ],
)
def test_offering_a_press_conference_is_an_event(sentence, speakers) -> None:
    art = _article("President Ann Smith met President Li Wen in Paris on Wednesday.", sentence)
    assert _who(art, "offered") == speakers


@pytest.mark.parametrize(
    ("lede", "sentence", "speakers"),
    [
        (
            _RECEIVED := "General Secretary Ann Smith received Foreign Minister Li Wen in Hanoi.",
            "The Russian guest thanked Smith for the reception.",
            ("Li Wen",),
        ),
        (_RECEIVED, "The guest thanked the host.", ("Li Wen",)),
        (_RECEIVED, "The host stressed trade.", ("Ann Smith",)),
        (_RECEIVED, "The visiting minister stressed trade.", ("Li Wen",)),
        (_RECEIVED, "Trade matters, the visiting minister said.", ("Li Wen",)),
        (
            "Foreign Minister Li Wen paid an official visit to Vietnam and met General Secretary"
            " Ann Smith.",
            "The host stressed trade.",
            ("Ann Smith",),
        ),
        # a meeting sentence that does not tell who came leaves the guest unknown
        ("Ann Smith and Li Wen held talks in Hanoi.", "The guest stressed trade.", ()),
    ],
)
def test_the_guest_and_the_host_of_a_visit(lede, sentence, speakers) -> None:
    art = _article(lede, sentence)
    assert _who(art, sentence[:20]) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # His Excellency, dotted, before a name the text has given
        ("H.E. Tom Reed stressed trade.", ("Tom Reed",)),
        ("H. E. Mr. Tom Reed stressed trade.", ("Tom Reed",)),
        ("Besides, President Li and H.E. Tom Reed discussed relations.", ("Li Wen", "Tom Reed")),
        # "denied", "went on to say", and a conjunction before the subject
        ("Reed reportedly denied that he seeks confrontation.", ("Tom Reed",)),
        ("The Chinese president went on to say that ties are good.", ("Li Wen",)),
        ("But he pointed out that issues remain.", ("Li Wen",)),
    ],
)
def test_dotted_excellency_denials_and_opening_conjunctions(sentence, speakers) -> None:
    art = _article(
        "Chinese President Li Wen received H.E. Tom Reed, former Prime Minister of Freedonia.",
        "President Li stressed trade.",
        sentence,
    )
    assert _who(art, sentence[:20]) == speakers


@pytest.mark.parametrize(
    ("lede", "speakers"),
    [
        ("Mexican President Ann Smith spoke with Chinese President Li Wen.", ("Ann Smith",)),
        # the Mexican Foreign Secretary is no one's "Mexican leader"
        ("Mexican Foreign Secretary Tom Reed spoke with Chinese President Li Wen.", ()),
    ],
)
def test_the_countrys_leader_is_a_head_of_state_or_government_not_a_minister(
    lede, speakers
) -> None:
    art = _article(lede, "The Mexican leader stressed trade.")
    assert _who(art, "The Mexican leader") == speakers


_FMS = (
    "Foreign Minister Tom Reed of China and his Australian counterpart Ann Smith held talks in"
    " Beijing on Saturday."
)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        # "his counterpart" says Reed is a "he": "She" after him is the other party
        ((_FMS, "Reed underlined trade.", "She noted progress."), "She noted", ("Ann Smith",)),
        # and once the text has called her "she", "He" after her is him
        (
            (_FMS, "Reed underlined trade.", "She noted progress.", "He stressed peace."),
            "He stressed",
            ("Tom Reed",),
        ),
        # a form of address says so too
        (
            (
                "President Ann Smith met Mr. Tom Reed in Paris.",
                "Reed stressed trade.",
                "She agreed.",
            ),
            "She agreed",
            ("Ann Smith",),
        ),
        # when the text gives no gender, the pronoun is the last speaker's, as before
        (
            (
                "President Ann Smith met President Tom Reed in Paris.",
                "Reed stressed trade.",
                "She agreed.",
            ),
            "She agreed",
            ("Tom Reed",),
        ),
        # "the Australian diplomat" is Australia's party; "the diplomat" refers back
        (
            (
                _FMS,
                "Reed underlined trade.",
                "The Australian diplomat, for her part, described the talks as useful.",
            ),
            "described the talks",
            ("Ann Smith",),
        ),
        (
            (_FMS, "Reed said trade grew.", "The diplomat also expressed concern."),
            "expressed concern",
            ("Tom Reed",),
        ),
    ],
)
def test_pronouns_follow_the_gender_the_text_gives(paras, fragment, speakers) -> None:
    art = _article(*paras)
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a spokesman relaying a lower-case title
        ("Spokesman Jo Roe said the prime minister briefed Smith on the summit.", ("Li Wen",)),
        # "according to the readout" set between a lower-case title and its verb
        ("The prime minister, according to the readout, said aid matters.", ("Li Wen",)),
        # an adverb inside the quotation that opens on the verb
        ("In the call, Li “sharply condemned” the attack.", ("Li Wen",)),
    ],
)
def test_relayed_titles_asides_and_quoted_adverbs(sentence, speakers) -> None:
    art = _article(_PM_CALL, sentence)
    assert _who(art, sentence[:20]) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # reporting verbs news copy uses
        ("The president asserted that the war must end.", ("Li Wen",)),
        ("President Li admitted that talks were hard.", ("Li Wen",)),
        # a titled name after "the", with a form of address inside
        (
            "Conveying his wishes, the President of China Mr. Li Wen expressed his gratitude.",
            ("Li Wen",),
        ),
        ("The Secretary Tom Reed stressed trade.", ("Tom Reed",)),
        # a form of address glued to the name
        ("In response, President Mr.Li Wen expressed his gratitude.", ("Li Wen",)),
    ],
)
def test_more_cues_and_titled_names_after_an_article(sentence, speakers) -> None:
    art = _article(
        "President Li Wen of China held a phone call with Secretary Tom Reed of Freedonia.",
        sentence,
    )
    assert _who(art, sentence[:20]) == speakers


def test_a_month_after_an_addressed_given_name_is_the_family_name() -> None:
    art = _article(
        "Secretary-General Ann Smith met H.E. Ms. Theresa May, Prime Minister of Freedonia.",
        "The Secretary-General and the Prime Minister discussed the peninsula.",
    )
    assert _who(art, "discussed the peninsula") == ("Ann Smith", "Theresa May")


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Chancellor Smith welcomed President Li Wen to exchange views on Europe.", ()),
        ("Chancellor Smith welcomed Li's plan to discuss trade.", ("Ann Smith",)),
    ],
)
def test_welcoming_a_guest_to_talks_is_the_writers_account(sentence, speakers) -> None:
    art = _article("Chancellor Ann Smith met President Li Wen in Berlin on Monday.", sentence)
    assert _who(art, "welcomed") == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "Prime Minister of the country shared the priorities with the US official.",
            ("Ann Smith",),
        ),
        ("The US official gave a positive assessment of the plans.", ("Tom Reed",)),
        # an official of no party's country, or any official, is no one
        ("The Iranian official affirmed support.", ()),
        ("A senior US official said the talks were useful.", ()),
    ],
)
def test_a_countrys_official_and_a_bare_title_of_the_country(sentence, speakers) -> None:
    art = _article(
        "Prime Minister Ann Smith of Georgia met US Under Secretary of Defense Tom Reed.", sentence
    )
    assert _who(art, sentence[:20]) == speakers


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        (
            "The two sides conducted in-depth communications on the consensus.",
            ("Li Wen", "Tom Reed"),
        ),
        ("The two sides had candid and in-depth communication on trade.", ("Li Wen", "Tom Reed")),
        ("Secretary Reed paid a courtesy call to President Li on Saturday.", ()),
    ],
)
def test_communication_between_the_sides_and_a_courtesy_call(sentence, speakers) -> None:
    art = _article("Vice Foreign Minister Li Wen met US Secretary Tom Reed in Beijing.", sentence)
    assert _who(art, sentence[:20]) == speakers


def test_a_trailing_cue_with_a_long_occasion_after_it() -> None:
    art = _article(
        _PM_CALL,
        "“In just over three hours, we managed to cover many issues,” said President Smith"
        " after the discussions at a video meeting arranged for the Freedonian media.",
    )
    assert _who(art, "three hours") == ("Ann Smith",)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # a name led by lower-case particles closes a quotation
        ("“I want to congratulate you,” von der Leyen said.", ("Ursula von der Leyen",)),
        ("Accession is on track, said von der Leyen.", ("Ursula von der Leyen",)),
    ],
)
def test_a_trailing_name_led_by_its_particles(sentence, speakers) -> None:
    art = _article(
        "President of the Commission Ursula von der Leyen met President Tom Reed in Kyiv.",
        sentence,
    )
    assert _who(art, sentence[:12]) == speakers


def test_she_is_the_one_party_the_text_has_called_a_woman() -> None:
    art = _article(
        "Foreign Minister Tom Reed met AU Chairperson Ann Smith in Moscow.",
        "Smith, for her part, marked the union's role.",
        "Reed praised ties.",
        "She also said peace matters.",
    )
    assert _who(art, "She also said") == ("Ann Smith",)
    assert _who(art, "Reed praised") == ("Tom Reed",)


def test_a_bare_lower_case_minister_before_a_name_is_a_title() -> None:
    art = _article(
        "According to the ministry, minister Park Jin met his Japanese counterpart Yoko "
        "Kamikawa on Wednesday.",
        "Park said the talks were useful.",
        "The ministers agreed to meet again.",
        "The deputy minister Kim Hong-kyun also attended.",
    )
    assert _who(art, "Park said") == ("Park Jin",)
    assert set(_who(art, "agreed to meet")) == {"Park Jin", "Yoko Kamikawa"}
    # "deputy minister" is another office, not the minister's
    assert [p.name for p in art.participants if p.participation == "principal"] == [
        "Park Jin",
        "Yoko Kamikawa",
    ]


_TWO_PAIRS = (
    "External Affairs Minister S Jaishankar held talks with his Australian counterpart "
    "Marise Payne.",
    "Payne and Australian Defence Minister Peter Dutton arrived on Friday.",
    "The Indian side will be led by Defence Minister Rajnath Singh.",
)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        # one office in the plural: its holders, when the text names as many as it says
        (
            (*_TWO_PAIRS, "The two defence ministers on Friday discussed terrorism."),
            "discussed terrorism",
            {"Peter Dutton", "Rajnath Singh"},
        ),
        # the parties' own office, or none, is the parties
        (
            (*_TWO_PAIRS, "The two foreign ministers on Friday discussed terrorism."),
            "discussed terrorism",
            {"S Jaishankar", "Marise Payne"},
        ),
        (
            (*_TWO_PAIRS, "The two ministers discussed terrorism."),
            "discussed terrorism",
            {"S Jaishankar", "Marise Payne"},
        ),
        # "the top diplomats of A and B" are the parties
        (
            (
                "The top diplomats of Korea and Japan discussed cooperation in San Francisco.",
                "Foreign Minister Park Jin met Foreign Minister Yoko Kamikawa on Wednesday.",
            ),
            "discussed cooperation",
            {"Park Jin", "Yoko Kamikawa"},
        ),
        # a lede naming no one: the holders of the office with those nationalities
        (
            (
                "The Lithuanian and Polish prime ministers had a telephone conversation on Friday.",
                "Deividas Matulionis, adviser to Lithuanian Prime Minister Saulius "
                "Skvernelis, told BNS the call was warm.",
                "Polish Prime Minister Mateusz Morawiecki said he was pleased.",
                "The two prime ministers agreed to meet in March.",
            ),
            "meet in March",
            {"Saulius Skvernelis", "Mateusz Morawiecki"},
        ),
    ],
)
def test_a_plural_office_means_its_holders(paras, fragment, speakers) -> None:
    assert set(_who(_article(*paras), fragment)) == speakers


def test_a_lede_naming_an_office_in_the_plural_makes_its_holders_the_parties() -> None:
    art = _article(
        "The Lithuanian and Polish prime ministers had a telephone conversation on Friday.",
        "Deividas Matulionis, adviser to Lithuanian Prime Minister Saulius Skvernelis, told "
        "BNS the call was warm.",
        "Polish Prime Minister Mateusz Morawiecki said he was pleased.",
    )
    principals = {p.name for p in art.participants if p.participation == "principal"}
    assert principals == {"Saulius Skvernelis", "Mateusz Morawiecki"}


@pytest.mark.parametrize(
    ("later", "fragment", "speakers"),
    [
        # a later meeting of the article's: "they" and "the two" are its two people
        (
            (
                "Earlier, Reed received a courtesy call from Foreign Minister Bo Chan.",
                "They exchanged views on Gaza.",
            ),
            "exchanged views on Gaza",
            {"Tom Reed", "Bo Chan"},
        ),
        (
            (
                "Later in the day, Reed held talks with Deputy Minister Bo Chan.",
                "The two officials discussed energy.",
            ),
            "discussed energy",
            {"Tom Reed", "Bo Chan"},
        ),
        (
            (
                "Later in the day, Reed held talks with Deputy Minister Bo Chan.",
                "The discussion also focused on energy.",
            ),
            "focused on energy",
            {"Tom Reed", "Bo Chan"},
        ),
        # the parties meeting again are the parties
        (
            ("Later, Reed held talks with Ann Smith again.", "They discussed energy."),
            "discussed energy",
            {"Tom Reed", "Ann Smith"},
        ),
    ],
)
def test_a_later_meeting_in_the_article_is_who_the_two_are(later, fragment, speakers) -> None:
    art = _article(
        "Prime Minister Tom Reed held a meeting with President Ann Smith in Riyadh.",
        "The two leaders welcomed the growth of trade.",
        *later,
    )
    assert set(_who(art, "welcomed the growth")) == {"Tom Reed", "Ann Smith"}
    assert set(_who(art, fragment)) == speakers


def test_a_title_set_off_before_a_name_and_his_excellency() -> None:
    art = _article(
        "The African Union Commission (AUC) Chairperson, Dr. Nkosazana Dlamini Zuma has met "
        "with the Minister of Foreign Affairs of Ethiopia, H.E. Dr. Workneh Gebeyehu.",
        "The Minister said he valued the relationship.",
        "The Chairperson also enquired about the state of emergency.",
    )
    titles = {p.name: p.title for p in art.participants}
    assert titles["Nkosazana Dlamini Zuma"] == "Chairperson"
    assert titles["Workneh Gebeyehu"] == "Minister of Foreign Affairs of Ethiopia"
    assert _who(art, "valued the relationship") == ("Workneh Gebeyehu",)
    assert _who(art, "enquired about") == ("Nkosazana Dlamini Zuma",)


_EMIRATES = (
    "His Highness Sheikh Mohammed bin Zayed Al Nahyan received His Highness Sheikh "
    "Mohammed bin Rashid Al Maktoum in Abu Dhabi."
)


def test_brothers_and_namesakes_of_arabic_names_are_different_people() -> None:
    art = _article(
        _EMIRATES,
        "Sheikh Mohammed bin Rashid said the talks were good.",
        "The meeting was attended by Sheikh Mansour bin Zayed Al Nahyan, Deputy Prime Minister.",
        title="Mohammed bin Rashid and Mohamed bin Zayed meet in Abu Dhabi",
    )
    names = sorted(p.name for p in art.persons)
    assert names == [
        "Mansour bin Zayed Al Nahyan",
        "Mohammed bin Rashid Al Maktoum",
        "Mohammed bin Zayed Al Nahyan",
    ]
    assert _who(art, "talks were good") == ("Mohammed bin Rashid Al Maktoum",)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will grow,” tweeted Sheikh Mohammed bin Rashid.",
        "“We will grow,” tweeted Sheikh Mohammed bin Rashid, adding “The next is better and we "
        "call on all people to be optimistic about the future of a country led by its "
        "leaders,”.",
        "“We will grow,” Sheikh Mohammed bin Rashid said, adding that the next is better.",
    ],
)
def test_an_inverted_cue_before_what_the_speaker_adds(sentence) -> None:
    art = _article(_EMIRATES, sentence)
    assert _who(art, "We will grow") == ("Mohammed bin Rashid Al Maktoum",)


@pytest.mark.parametrize(
    "closing",
    [
        "Foreign Minister Tom Reed wrote this on social media, publishing a photo.",
        "Reed said so after the talks.",
        "This was stated by Foreign Minister Tom Reed.",
    ],
)
def test_a_quotation_the_next_sentence_says_someone_said_is_theirs(closing) -> None:
    art = _article(
        "Foreign Minister Tom Reed met Foreign Minister Ann Smith in Rome.",
        "‘Rome becomes the capital of dialogue. I received the minister and encouraged her. "
        f"Our hope is a solution for the region’. {closing}",
    )
    for fragment in ("Rome becomes", "I received", "Our hope"):
        assert _who(art, fragment) == ("Tom Reed",)


def test_a_quotation_someone_else_closed_is_not_taken_back() -> None:
    art = _article(
        "Foreign Minister Tom Reed met Foreign Minister Ann Smith in Rome.",
        "“Trade is up,” Smith said. The talks were long. Reed said so after the talks.",
    )
    assert _who(art, "Trade is up") == ("Ann Smith",)
    assert _who(art, "talks were long") != ("Tom Reed",)  # not quoted: not his


_MEXICO = "Foreign Minister Juan Ramón de la Fuente and Secretary of State Marco Rubio held a call."


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # an office in capitals before a spokesperson in lower case
        (
            "From Washington, State Department spokesperson Tammy Bruce stated that the call "
            "was useful.",
            ("Tammy Bruce",),
        ),
        # a spokesperson's emphasis on what the parties did is theirs
        (
            "Spokesperson Tammy Bruce also emphasized that the top diplomats of both countries "
            "reiterated their commitment.",
            ("Juan Ramón de la Fuente", "Marco Rubio"),
        ),
        (
            "Spokesperson Tammy Bruce also emphasized that the call was a pillar of stability.",
            ("Tammy Bruce",),
        ),
    ],
)
def test_spokespeople_in_news_copy(sentence, speakers) -> None:
    assert _who(_article(_MEXICO, sentence), sentence[:30]) == speakers


def test_a_party_named_in_a_where_clause_of_what_the_talks_covered() -> None:
    art = _article(
        "President William Ruto held talks with Deputy Secretary Christopher Landau.",
        "The meeting focused heavily on trade.",
        "Discussions also covered security in Somalia, where Landau underscored the need for "
        "stability.",
    )
    assert set(_who(art, "focused heavily")) == {"William Ruto", "Christopher Landau"}
    assert set(_who(art, "Discussions also covered")) == {"William Ruto", "Christopher Landau"}
    assert _who(art, "where Landau") == ("Christopher Landau",)


def test_their_highnesses_are_the_parties() -> None:
    art = _article(_EMIRATES, "During the meeting, Their Highnesses exchanged views on projects.")
    assert set(_who(art, "exchanged views")) == {
        "Mohammed bin Zayed Al Nahyan",
        "Mohammed bin Rashid Al Maktoum",
    }


def test_a_spokesman_reporting_the_meeting_itself_reports_a_fact() -> None:
    art = _article(
        "CAIRO, 8 November 2021: Foreign Minister Sameh Shoukry met with Secretary of State "
        "Antony Blinken to review relations, said Spokesman Ahmed Hafez.",
        "Shoukry highlighted the need to hold elections.",
    )
    assert art.statements[0].kind == "narrative"
    assert art.statements[0].speakers == ()
    assert _who(art, "highlighted") == ("Sameh Shoukry",)


def test_the_last_portfolio_of_a_plural_title_is_no_person() -> None:
    art = _article(
        "The Secretaries of Foreign Affairs and Security and Citizen Protection met with U.S. "
        "Ambassador Christopher Landau.",
        "Secretaries Alfonso Durazo and Marcelo Ebrard explained their plan.",
        "They agreed to cooperate.",
    )
    assert "Citizen Protection" not in {p.name for p in art.persons}
    titles = {p.name: p.title for p in art.participants if p.participation == "principal"}
    assert titles == {
        "Alfonso Durazo": "Secretary",
        "Marcelo Ebrard": "Secretary",
        "Christopher Landau": "Ambassador",
    }
    assert set(_who(art, "agreed to cooperate")) == set(titles)


@pytest.mark.parametrize(
    "lede",
    [
        # a portfolio list before a title and a name, or before a name: the name is a person
        "Ann Smith met with Minister of Foreign Affairs and Trade Tom Reed in Paris.",
        "Ann Smith met with Minister of Foreign Affairs and Expatriates Tom Reed in Paris.",
    ],
)
def test_a_name_after_a_portfolio_list_is_still_a_person(lede) -> None:
    art = _article(lede, "Reed said trade grew.")
    assert _who(art, "trade grew") == ("Tom Reed",)


@pytest.mark.parametrize(
    ("paras", "fragment"),
    [
        # two countries as the subject, when the text gives neither party's country
        (
            (
                "President Abdel Fattah El-Sisi received Sheikh Mohammed bin Zayed Al Nahyan in "
                "Cairo.",
                "The UAE and Egypt on Tuesday stressed the need for calm.",
            ),
            "need for calm",
        ),
        # or gives one of them
        (
            (
                "South Korea and the United States have agreed to bolster cooperation, Seoul's "
                "foreign ministry said.",
                "Foreign Minister Yun Byung-se held talks with U.S. Secretary of State John "
                "Kerry in Seoul.",
            ),
            "bolster cooperation",
        ),
    ],
)
def test_two_countries_are_the_two_parties_whose_countries_are_open(paras, fragment) -> None:
    art = _article(*paras)
    principals = {p.name for p in art.participants if p.participation == "principal"}
    assert len(principals) == 2
    assert set(_who(art, fragment)) == principals


def test_two_countries_are_not_parties_of_other_countries() -> None:
    art = _article(
        "French President Tom Reed received German Chancellor Ann Smith in Paris.",
        "Japan and Korea on Tuesday stressed the need for calm.",
    )
    assert _who(art, "need for calm") == ()


def test_a_place_in_capitals_before_a_dash_is_a_dateline() -> None:
    art = _article(
        "BANDAR SERI BEGAWAN -- Premier Li Keqiang said on Wednesday that China is ready to work "
        "with the United States.",
        "PORT SOMEWHERE -- Li said trade grew.",
    )
    assert _who(art, "China is ready") == ("Li Keqiang",)
    assert _who(art, "trade grew") == ("Li Keqiang",)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("The top Chinese diplomat said ties must improve.", ("Wang Yi",)),
        ("The top U.S. diplomat said ties must improve.", ("Antony Blinken",)),
    ],
)
def test_the_top_diplomat_of_a_country(sentence, speakers) -> None:
    art = _article(
        "Chinese Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken.",
        sentence,
    )
    assert _who(art, "ties must improve") == speakers


def test_an_office_relaying_the_call_and_a_when_clause() -> None:
    art = _article(
        "President Abdel Fattah El-Sisi received a phone call from Iranian President Ebrahim "
        "Raisi yesterday, when they discussed ties between the two countries, said the Egyptian "
        "presidency.",
        '"The phone call also tackled developments in Gaza," said the Egyptian presidency.',
    )
    both = {"Abdel Fattah El-Sisi", "Ebrahim Raisi"}
    assert art.statements[0].speakers == ()  # who called whom: the writer's fact
    assert set(_who(art, "when they discussed")) == both
    assert set(_who(art, "also tackled")) == both


def test_guillemets_are_quotation_marks_and_the_text_keeps_them() -> None:
    art = _article(
        "President Sadyr Japarov held a phone call with Russian President Vladimir Putin.",
        "«We are ready to work together. Our ties are strong,» the Russian leader noted.",
    )
    assert _who(art, "ready to work") == ("Vladimir Putin",)
    assert _who(art, "ties are strong") == ("Vladimir Putin",)
    for st in art.statements:
        assert st.text == art.text[st.start : st.end]
    assert any("«" in st.text for st in art.statements)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Sheikh Mohamed and Biden tackled cooperation in energy.", "both"),
        ("Discussions at the meeting covered trade.", "both"),
        ("The two leaders also signalled the importance of trade.", "both"),
        ("Biden touted the relationship.", ("Joe Biden",)),
    ],
)
def test_more_verbs_of_talks_and_british_spellings(sentence, speakers) -> None:
    art = _article(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan held a phone call with US President "
        "Joe Biden.",
        sentence,
    )
    want = ("Mohamed bin Zayed Al Nahyan", "Joe Biden") if speakers == "both" else speakers
    assert set(_who(art, sentence[:20])) == set(want)


def test_the_amir_is_the_emir() -> None:
    art = _article(
        "The Emir Sheikh Tamim bin Hamad Al Thani received President Xi Jinping.",
        "His Highness the Amir noted the strong ties.",
    )
    assert _who(art, "strong ties") == ("Tamim bin Hamad Al Thani",)


def test_a_trailing_spokesman_of_someone_is_the_spokesman() -> None:
    art = _article(
        "Former President Jacob Zuma met President Cyril Ramaphosa on Monday.",
        '"The meeting was cordial," Zuma\'s spokesman Bongani Ngqulunga said in a statement.',
        '"We will meet again," he said.',
    )
    assert _who(art, "was cordial") == ("Bongani Ngqulunga",)
    assert _who(art, "meet again") == ("Bongani Ngqulunga",)


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        # "he and Y" is the subject of what X reports, not a second clause of Y's
        (
            "Kishida said he and U.S. President Joe Biden confirmed the importance of ties.",
            "confirmed the importance",
            ("Fumio Kishida",),
        ),
        ("Kishida said trade grew and Yoon agreed.", "Yoon agreed", ("Yoon Suk Yeol",)),
    ],
)
def test_a_reported_he_and_someone_stays_the_reporters(sentence, fragment, speakers) -> None:
    art = _article(
        "Prime Minister Fumio Kishida held talks with President Yoon Suk Yeol.", sentence
    )
    assert _who(art, fragment) == speakers


def test_a_headline_in_title_case_does_not_merge_two_people() -> None:
    art = _article(
        "On Tuesday, President William Ruto and his Rwandan counterpart Paul Kagame addressed a "
        "press conference in Kigali.",
        "Ruto thanked Kagame for the water.",
        title="Heartwarming Moment as Paul Kagame Serves William Ruto Water During Press Briefing",
    )
    names = {p.name for p in art.persons}
    assert {"Paul Kagame", "William Ruto"} <= names
    assert not any("Kagame" in n and "Ruto" in n for n in names)
    assert _who(art, "thanked Kagame") == ("William Ruto",)


def test_a_statement_printed_after_its_announcement_is_the_announced_speakers() -> None:
    art = _article(
        "At a joint press conference with US Secretary of State Kerry, Foreign Minister "
        "Frank-Walter Steinmeier issued the following statement in Vienna today (13 July):",
        "John Kerry has just returned from Afghanistan. I am about to travel to Jordan.",
        "We are aware of these concerns and we have talked about them.",
    )
    for fragment in ("Kerry has just returned", "I am about to travel", "We are aware"):
        assert _who(art, fragment) == ("Frank-Walter Steinmeier",)


@pytest.mark.parametrize(
    "subject",
    ["Presidential adviser", "Senior adviser", "Special envoy", "Deputy spokeswoman"],
)
def test_a_lower_case_aides_title_before_a_name_makes_the_name_the_subject(subject) -> None:
    art = _article(
        "Lithuanian President Gitanas Nauseda spoke by phone with Polish Prime Minister Donald "
        "Tusk on Monday.",
        f"{subject} Asta Skaisgiryte said the call was warm.",
    )
    assert _who(art, "call was warm") == ("Asta Skaisgiryte",)


def test_he_added_after_an_aides_relay_is_the_aide() -> None:
    art = _article(
        "Lithuanian President Gitanas Nauseda spoke by phone with Polish Prime Minister Donald "
        "Tusk on Monday.",
        "Presidential adviser Asta Skaisgiryte said Tusk had assured Nauseda of support.",
        '"The call was very warm," she added.',
    )
    assert _who(art, "assured Nauseda") == ("Donald Tusk",)
    assert _who(art, "very warm") == ("Asta Skaisgiryte",)


@pytest.mark.parametrize("name", ["Jan Lipavsky", "Jan Kubis", "Jan Egeland"])
def test_jan_is_a_given_name_not_a_month(name) -> None:
    art = _article(
        f"PRAGUE, Jan 5 -- Foreign Minister {name} met Polish Foreign Minister Radoslaw "
        "Sikorski in Prague on Jan. 4.",
        f"{name.split()[1]} said the two countries would cooperate.",
    )
    assert name in {p.name for p in art.persons}
    assert _who(art, "would cooperate") == (name,)


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ("The two leaders reached consensus on maritime security.", "consensus", "both"),
        ("They have reached an important understanding on trade.", "understanding", "both"),
        ("Both sides reached agreement to expand flights.", "flights", "both"),
        # reaching a place is travel, not an accord
        ("Marcos reached Tokyo on Wednesday.", "reached Tokyo", "none"),
    ],
)
def test_an_accord_reached_is_the_parties(sentence, fragment, speakers) -> None:
    art = _article(
        "Japanese Prime Minister Fumio Kishida held talks with Philippine President Ferdinand "
        "Marcos in Tokyo.",
        sentence,
    )
    expected = {"both": ("Fumio Kishida", "Ferdinand Marcos"), "none": ()}[speakers]
    assert set(_who(art, fragment)) == set(expected)


def test_a_double_hyphen_after_a_wire_dateline_keeps_the_nationality() -> None:
    art = _article(
        "Tokyo, May 4 (Jiji Press)--Japanese Prime Minister Fumio Kishida held talks with "
        "Philippine President Ferdinand Marcos on Thursday.",
        "Kishida said Japan would help the Russia-NATO talks.",
    )
    kishida = next(p for p in art.participants if p.name == "Fumio Kishida")
    assert kishida.country == "Japan"
    assert "NATO" not in {p.name for p in art.persons}


def test_conferred_with_is_the_meeting_and_in_the_presence_of_is_no_party() -> None:
    art = _article(
        "President Abdel Fattah El Sisi conferred on Saturday 2/12/2017 with US Defense "
        "Secretary James Mattis, in the presence of Minister of Defense Sedki Sobhi.",
        "Spokesman for the Presidency Bassam Radi said President Sisi stressed the ties.",
        "Both sides tackled ways of achieving the common interests, Radi said.",
        title="President Sisi meets US Defense Secretary",
    )
    assert _principal_set(art) == {"Abdel Fattah El Sisi", "James Mattis"}
    assert "Sedki Sobhi" in _present_set(art)
    radi = next(p for p in art.participants if p.name == "Bassam Radi")
    assert radi.title == "Spokesman for the Presidency"
    assert set(_who(art, "Both sides")) == {"Abdel Fattah El Sisi", "James Mattis"}


def test_meetings_with_in_a_round_up_lede_and_the_meeting_between_the_next_pair() -> None:
    art = _article(
        "As the General Assembly wrapped up its General Debate today, Secretary-General Ban "
        "Ki-moon discussed a range of issues in meetings with foreign ministers.",
        "In his meeting with Syria’s Minister for Foreign Affairs, Walid Al-Moualem, the "
        "Secretary-General raised the continued killings.",
        "In the meeting between the Secretary-General and Djibouti’s Minister for Foreign "
        "Affairs, Mahamoud Ali Youssouf, the two men discussed the Horn of Africa.",
        title="Secretary-General meets foreign ministers",
    )
    assert "Debate" not in {p.name for p in art.persons}
    assert _who(art, "continued killings") == ("Ban Ki-moon",)
    assert set(_who(art, "Horn of Africa")) == {"Ban Ki-moon", "Mahamoud Ali Youssouf"}


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ('"We hope to have an agreement," Macri said, while giving few details.', "hope", "M"),
        ('"Together," Macri reiterated, hinting at a deal.', "Together", "M"),
        ('"We will work together," reiterated Macri.', "work together", "M"),
        ('"We are, according to plan, moving forward," Macri said.', "moving", "M"),
        ("Macri in a statement on his Facebook page said the talks were good.", "talks", "M"),
        ("Away from the talks, Macri also maintained that trade would grow.", "trade", "M"),
        ("Macri maintained close contact with Bachelet.", "close contact", ""),
        ("Bachelet felicitated Macri on his election.", "felicitated", "B"),
        ("Bachelet and Macri, on Wednesday (May 3), vowed to work for peace.", "vowed", "BM"),
        ("Wednesday's meeting covered energy and trade.", "covered", "BM"),
    ],
)
def test_news_copys_cues(sentence, fragment, speakers) -> None:
    art = _article(
        "Chilean President Michelle Bachelet met her Argentine counterpart Mauricio Macri at "
        "the Palacio de la Moneda in Santiago on Wednesday.",
        sentence,
    )
    names = {"M": "Mauricio Macri", "B": "Michelle Bachelet"}
    assert set(_who(art, fragment)) == {names[c] for c in speakers}
    assert not any("Palacio" in p.name for p in art.persons)


def test_the_visiting_minister_is_the_guest() -> None:
    art = _article(
        "King Abdullah received Egyptian Foreign Minister Sameh Shoukry in Amman on Wednesday.",
        "The King and the visiting minister also discussed the peace process.",
    )
    assert set(_who(art, "peace process")) == {"Abdullah", "Sameh Shoukry"}


def test_a_title_set_off_before_the_name_runs_past_and() -> None:
    art = _article(
        "The AU Commissioner for Peace and Security, Smail Chergui received the UK Secretary "
        "of State for the Foreign and Commonwealth Affairs, the Right Honorable Philip Hammond.",
        "The Commissioner thanked the UK Secretary of State for the visit.",
    )
    assert _who(art, "thanked the UK") == ("Smail Chergui",)


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ("Trudeau and Pena Nieto spoke on Monday.", "spoke on Monday", ""),
        ("Both politicians praised the trade deal.", "praised", "TP"),
        ("The Mexican president equally stipulated that talks continue.", "stipulated", "P"),
        ("Trade and security were today discussed as the officials met.", "today", "TP"),
        ("Pena Nieto presented a bouquet to Trudeau.", "bouquet", ""),
        ("Pena Nieto presented Trudeau with a commemorative medal.", "medal", ""),
        ("Pena Nieto presented his proposals on trade.", "proposals", "P"),
        ("Calling for a roadmap, the president said trade would grow.", "roadmap", "P"),
        ("(MENAFN- UkrinForm) Trudeau and Pena Nieto discussed trade.", "discussed", "TP"),
        ("The two leaders discussed trade, said a government press release.", "trade", "TP"),
        ("The leaders of the two countries agreed to cooperate.", "cooperate", "TP"),
    ],
)
def test_more_shapes_of_news_copy(sentence, fragment, speakers) -> None:
    art = _article(
        "Canadian Prime Minister Justin Trudeau met Mexican President Enrique Pena Nieto in "
        "Ottawa on Monday.",
        sentence,
    )
    names = {"T": "Justin Trudeau", "P": "Enrique Pena Nieto"}
    assert set(_who(art, fragment)) == {names[c] for c in speakers}


def test_two_lower_case_titles_with_an_unnamed_relayer_are_both_parties() -> None:
    art = _article(
        "Prime Minister Sheikh Hasina on Saturday paid a courtesy call on President Mohammed "
        "Shahabuddin at Bangabhaban.",
        "The president and the prime minister inquired about each other's health during the "
        "meet, said the press secretary.",
        "The weather was fine, said the press secretary.",
    )
    assert set(_who(art, "inquired")) == {"Mohammed Shahabuddin", "Hasina"}
    assert _who(art, "weather") == ()


def test_a_clause_during_which_the_two_leaders_discussed_is_theirs() -> None:
    art = _article(
        "Prime Minister Pham Minh Chinh spoke with his Indian counterpart Narendra Modi on "
        "Saturday, during which the two Government leaders discussed their partnership.",
    )
    assert set(_who(art, "discussed their")) == {"Pham Minh Chinh", "Narendra Modi"}


def test_a_meeting_setting_the_tone_is_still_the_writers() -> None:
    art = _article(
        "US Secretary of State Rex Tillerson met Prime Minister Narendra Modi ahead of the "
        "summit, setting the tone for the discussions.",
    )
    assert _who(art, "setting the tone") == ()


@pytest.mark.parametrize(
    ("paras", "fragment", "speaker"),
    [
        # a group's name is no party
        (
            (
                "German Foreign Minister Sigmar Gabriel met Polish Foreign Minister Witold "
                "Waszczykowski in Warsaw.",
                "The ministers agreed to stay in the Weimar Triangle.",
            ),
            "Weimar",
            {"Sigmar Gabriel", "Witold Waszczykowski"},
        ),
        # a list of portfolios between a title and its name
        (
            (
                "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser "
                "Bourita, held talks in Rabat with his counterpart, Suzi Carla Barbosa.",
                '"We discussed many topics," the minister noted.',
            ),
            "many topics",
            {"Nasser Bourita"},
        ),
        # a given name that the article also writes in lower case, right after the title;
        # a family name that is a common word, after "Mr"
        (
            (
                "New Zealand Prime Minister John Key met Fiji Prime Minister Frank Bainimarama "
                "in Suva. © Fiona Goodall/Getty Images",
                "Mr Key said the talks were frank and that the relationship is key.",
            ),
            "talks were frank",
            {"John Key"},
        ),
    ],
)
def test_who_the_parties_are_in_news_copy(paras, fragment, speaker) -> None:
    art = _article(*paras)
    assert set(_who(art, fragment)) == speaker
    assert not {"Weimar Triangle", "Fiona Goodall"} & {p.name for p in art.participants}


def test_a_meeting_agreeing_to_more_is_the_parties_agreement() -> None:
    art = _article(
        "South Korean Prime Minister Han Duck-soo and Japanese Prime Minister Fumio Kishida "
        "met in Tokyo on Wednesday, agreeing to seek further dialogue.",
    )
    assert set(_who(art, "agreeing to seek")) == {"Han Duck-soo", "Fumio Kishida"}
    assert _who(art, "met in Tokyo") == ()


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ("The discussions between the two leaders focused on security.", "security", "AF"),
        ("Faye on his part thanked Akufo-Addo for the welcome.", "thanked", "F"),
        ("Akufo-Addo and Faye spoke on Monday, in what was their first call.", "first call", ""),
        ("His press secretary John Mensah said the talks were warm.", "warm", "M"),
        (
            "President's press secretary John Mensah told reporters that the president thanked "
            "Faye.",
            "thanked",
            "A",
        ),
    ],
)
def test_shapes_of_west_african_copy(sentence, fragment, speakers) -> None:
    art = _article(
        "President Nana Akufo-Addo welcomed Senegalese Prime Minister Ousmane Faye to Ghana "
        "on Monday, marking a milestone.",
        sentence,
    )
    names = {"A": "Nana Akufo-Addo", "F": "Ousmane Faye", "M": "John Mensah"}
    assert set(_who(art, fragment)) == {names[c] for c in speakers}
    assert _who(art, "marking a milestone") == ()


def test_a_venue_named_after_someone_is_no_party() -> None:
    art = _article(
        "Acting President Yemi Osinbajo received President Nana Akufo-Addo at Akinola Aguda "
        "House, his official residence.",
        "Both leaders pledged to intensify cooperation.",
    )
    assert set(_who(art, "pledged")) == {"Yemi Osinbajo", "Nana Akufo-Addo"}


def test_a_title_both_parties_hold_is_the_one_just_spoken_of() -> None:
    art = _article(
        "President of Kazakhstan Kassym-Jomart Tokayev held a meeting with Russian President "
        "Vladimir Putin.",
        "Tokayev thanked Putin for coming to the summit.",
        "“Tomorrow I will report on our work. I would like to thank you,” said the president.",
    )
    assert _who(art, "Tomorrow I will") == ("Kassym-Jomart Tokayev",)
    assert _who(art, "thank you") == ("Kassym-Jomart Tokayev",)


def test_the_organisations_chief_is_its_head() -> None:
    art = _article(
        "NATO Secretary General Mark Rutte met President Volodymyr Zelenskyy in Kyiv.",
        "The NATO chief highlighted the threats.",
        "The chief said so.",
    )
    assert _who(art, "highlighted") == ("Mark Rutte",)
    assert _who(art, "chief said") == ()


def test_the_president_added_is_the_president_speaking() -> None:
    art = _article(
        "President Joko Widodo received President Ann Smith at the Bogor Palace.",
        'Widodo praised the ties. "It is an honor for me," the president added.',
    )
    assert _who(art, "an honor") == ("Joko Widodo",)


def test_a_quotation_over_two_paragraphs_is_attributed_where_it_closes() -> None:
    art = _article(
        "Prime Minister Anwar Ibrahim met Prime Minister Pham Minh Chinh in Vientiane.",
        "The discussion also touched on investment.",
        "“In this summit as well, I had a bilateral meeting with my counterpart from Laos.",
        "“After that, I also met my counterpart from Timor Leste,” he said.",
        "The ministers then left.",
        "“We will meet again.",
        "The talks ended on Friday.",
    )
    assert _who(art, "In this summit") == ("Anwar Ibrahim",)
    assert _who(art, "After that") == ("Anwar Ibrahim",)
    # a quotation left open with no attribution after it stays no one's
    assert _who(art, "meet again") == ()


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        (
            "“Security was part of our discussions,” said Sri Lankan Prime Minister Mahinda "
            "Rajapaksa after meeting Modi in New Delhi, on Saturday, 8 February.",
            "Security",
            ("Mahinda Rajapaksa",),
        ),
        (
            "The issue figured in talks between Modi and his Sri Lankan counterpart, Modi said.",
            "figured",
            ("Narendra Modi",),
        ),
    ],
)
def test_a_demonym_of_two_words(sentence, fragment, speakers) -> None:
    art = _article(
        "Prime Minister Narendra Modi met Sri Lankan Prime Minister Mahinda Rajapaksa in Delhi.",
        sentence,
    )
    assert _who(art, fragment) == speakers
    assert "Sri Lankan" not in {p.name for p in art.persons}
    rajapaksa = next(p for p in art.participants if p.name == "Mahinda Rajapaksa")
    assert rajapaksa.country == "Sri Lanka"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ("Liimets (Center) said the talks were good.", "talks were good", "L"),
        ("The two leaders also exchanged a visa waiver agreement.", "visa waiver", ""),
        ("They exchanged views on trade.", "views on trade", "LR"),
        ("Liimets accented the importance of trade.", "accented", "L"),
        ("Rinkevics characterized the talks as open and frank.", "characterized", "R"),
        ("Liimets has downplayed reports of a rift.", "downplayed", "L"),
    ],
)
def test_baltic_copys_cues(sentence, fragment, speakers) -> None:
    art = _article(
        "Estonian Foreign Minister Eva-Maria Liimets met Latvian Foreign Minister Edgars "
        "Rinkevics in Riga.",
        sentence,
    )
    names = {"L": "Eva-Maria Liimets", "R": "Edgars Rinkevics"}
    assert set(_who(art, fragment)) == {names[c] for c in speakers}


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        (
            "Press secretary Ihsanul Karim quoted the prime minister as saying that the talks "
            "were good.",
            "talks were good",
            "H",
        ),
        ("Ihsanul Karim quoted Jaishankar as saying that India would help.", "India would", "J"),
        ("Ihsanul Karim quoted a proverb in his briefing.", "proverb", ""),
        ("Both the dignitaries expressed satisfaction.", "satisfaction", "HJ"),
    ],
)
def test_quoted_as_saying_is_the_one_quoted(sentence, fragment, speakers) -> None:
    art = _article(
        "Prime Minister Sheikh Hasina met Indian External Affairs Minister Subrahmanyam "
        "Jaishankar in Dhaka.",
        sentence,
    )
    names = {"H": "Hasina", "J": "Subrahmanyam Jaishankar"}
    assert set(_who(art, fragment)) == {names[c] for c in speakers}


@pytest.mark.parametrize(
    "closing",
    ["’, says Prime Minister Sipila.", "’, observes Prime Minister Sipila."],
)
def test_a_press_releases_present_tense_closes_a_quotation(closing) -> None:
    art = _article(
        "Prime Minister Juha Sipila met Swedish Prime Minister Stefan Lofven in Helsinki.",
        f"‘We have common interests. We will cooperate closely{closing}",
    )
    assert _who(art, "common interests") == ("Juha Sipila",)
    assert _who(art, "cooperate closely") == ("Juha Sipila",)


@pytest.mark.parametrize(
    ("paras", "fragment", "speakers"),
    [
        (
            (
                "President Yoweri Museveni met President Paul Kagame in Kampala.",
                "Museveni and his Rwandan Counterpart President Paul Kagame have agreed to "
                "reopen the border.",
            ),
            "reopen",
            {"Yoweri Museveni", "Paul Kagame"},
        ),
        (
            (
                "Taoiseach Micheal Martin met British Prime Minister Rishi Sunak in London.",
                "The Taoiseach and the prime minister reiterated their commitment.",
            ),
            "reiterated",
            {"Micheal Martin", "Rishi Sunak"},
        ),
        (
            (
                "His Majesty King Abdullah and Saudi Crown Prince Mohammed bin Salman held a "
                "meeting at Al Salam Royal Palace in Jeddah.",
                "The two leaders discussed regional developments.",
            ),
            "regional",
            {"Abdullah", "Mohammed bin Salman"},
        ),
        (
            (
                "President Sheikh Mohamed bin Zayed was received by Sheikh Tamim bin Hamad, Emir "
                "of Qatar, in Doha. Mohamed Al Hammadi / Presidential Court",
                "Pakistan and Qatar agreed to deepen ties. (Photo by ARIF ALI/AFP via Getty "
                "Images)",
                "The leaders discussed trade.",
            ),
            "discussed trade",
            {"Mohamed bin Zayed", "Tamim bin Hamad"},
        ),
    ],
)
def test_the_parties_of_gulf_and_african_copy(paras, fragment, speakers) -> None:
    art = _article(*paras)
    assert set(_who(art, fragment)) == speakers
    names = {p.name for p in art.persons}
    assert not {"Getty Images", "Mohamed Al Hammadi", "Al Salam"} & names


def test_georgian_and_baltic_shapes() -> None:
    art = _article(
        "Georgian Prime Minister Giorgi Gakharia has welcomed Armenian Prime Minister Nikol "
        "Pashinyan in Tbilisi. Photo: Gov't of Georgia., 3 Mar 2020 - 13:08, Tbilisi,Georgia",
        "Georgian Prime Minister Giorgi Gakharia has hosted Armenian Prime Minister Nikol "
        "Pashinyan, who is visiting Georgia.",
        "Lithuania foreign minister Gabrielius Landsbergis called the meeting useful.",
    )
    assert art.paragraphs[0].kind == "caption"
    assert all(not s.speakers for s in art.statements if s.paragraph == 0)
    assert _who(art, "called the meeting") == ("Gabrielius Landsbergis",)


def test_welcoming_a_titled_guest_in_a_city_is_the_meeting() -> None:
    art = _article(
        "Georgian Prime Minister Giorgi Gakharia has welcomed Armenian Prime Minister Nikol "
        "Pashinyan in Tbilisi.",
        "Gakharia welcomed Armenian investment in Georgia.",
    )
    assert _who(art, "has welcomed") == ()
    assert _who(art, "investment") == ("Giorgi Gakharia",)


def test_his_recent_meetings_with_others_are_not_the_meeting() -> None:
    art = _article(
        "Fiji’s Prime Minister, Sitiveni Rabuka and his Australian counterpart, Prime Minister "
        "Anthony Albanese, have reaffirmed their commitment to the region.",
        "In their first in-person meeting Wednesday, both leaders reinforced the partnership.",
        "Albanese’s visit follows his recent meetings with United States President Jo Biden "
        "and Prime Minister of India Narendra Modi.",
    )
    assert set(_who(art, "reinforced")) == {"Sitiveni Rabuka", "Anthony Albanese"}


def test_she_named_just_before_in_the_paragraph_is_the_last_speaker() -> None:
    art = _article(
        "German Foreign Minister Annalena Baerbock met French Foreign Minister Catherine "
        "Colonna in Paris.",
        "Colonna said she was pleased.",
        'Baerbock stressed the need for unity. "We stand together," she said.',
    )
    assert _who(art, "stand together") == ("Annalena Baerbock",)


@pytest.mark.parametrize(
    ("sentence", "fragment", "speakers"),
    [
        ("The prime minister reviewed the guard of honour.", "guard", ""),
        ("Baerbock cited the importance of trade.", "cited", "B"),
        ("Baerbock disclosed that talks would resume.", "disclosed", "B"),
        ("Baerbock reviewed the progress of cooperation.", "progress", "B"),
    ],
)
def test_cited_disclosed_and_a_guard_of_honour(sentence, fragment, speakers) -> None:
    art = _article(
        "German Foreign Minister Annalena Baerbock met Prime Minister Mark Rutte in The Hague.",
        sentence,
    )
    assert set(_who(art, fragment)) == ({"Annalena Baerbock"} if speakers else set())


def test_abbreviated_given_names_and_a_calls_length() -> None:
    art = _article(
        "President Hassan Sh. Mohamud met President Uhuru Kenyatta in Nairobi.",
        "President Hassan said the talks were good. Md. Touhid Hossain said so too.",
        "Mohamud and Kenyatta spoke for 25 minutes.",
    )
    assert _who(art, "talks were good") == ("Hassan Sh. Mohamud",)
    assert _who(art, "so too") == ("Md. Touhid Hossain",)
    assert _who(art, "25 minutes") == ()


def test_an_image_credit_is_no_speaker_label() -> None:
    art = _article(
        "External Affairs Minister S Jaishankar met Sri Lankan President Gotabaya Rajapaksa.",
        "Jaishankar met Rajapaksa on Wednesday. (Photo credit: Twitter/Gotabaya Rajapaksa). "
        "Image Credit: ANI",
        "Rajapaksa said the talks were good.",
    )
    assert "Image Credit" not in {p.name for p in art.persons}
    assert _who(art, "talks were good") == ("Gotabaya Rajapaksa",)


def test_a_photographers_name_glued_to_the_end_of_a_caption_is_not_the_partys() -> None:
    art = _article(
        "Freedonian and Ruritanian presidents, Paul Martin and Ann Smith Jo Roe/PAP",
        "Ann Smith, the president of Ruritania, said on Thursday that ties were essential.",
        "Smith also said she would attend the summit.",
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Paul Martin"]
    assert _who(art, "attend the summit") == ("Ann Smith",)


@pytest.mark.parametrize(
    "place", ["the Suwalki Gap", "the Khyber Pass", "the Golan Heights", "the Tibetan Plateau"]
)
def test_a_landform_is_no_person(place: str) -> None:
    art = _article("President Ann Smith met President Li Wen.", f"They discussed {place}.")
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]


def test_a_family_name_alone_as_the_subject_of_a_meeting_is_a_party() -> None:
    """Iranian agencies name their own president by his family name alone."""
    art = _article(
        "According to IRNA, Martin while meeting with Iraqi Prime Minister Li Wen on Tuesday in"
        " Tehran said that the two countries are trusted friends.",
        "Martin also thanked Li for his trip to Tehran.",
        "The Prime Minister of Iraq during the meeting once again congratulated the Iranian"
        " people. He expressed hope that relations would grow.",
    )
    assert "Martin" in {p.name for p in art.participants if p.participation == "principal"}
    assert _who(art, "trusted friends") == ("Martin",)
    assert _who(art, "thanked Li") == ("Martin",)
    assert _who(art, "congratulated the Iranian") == ("Li Wen",)
    assert _who(art, "expressed hope") == ("Li Wen",)


@pytest.mark.parametrize("subject", ["Hamas", "The delegation", "Gazprom"])
def test_a_bare_word_that_meets_someone_without_an_in_meeting_phrase_is_no_person(
    subject: str,
) -> None:
    art = _article(
        "President Ann Smith met Prime Minister Li Wen.",
        f"{subject} met with Egyptian mediators on Tuesday and said talks would go on.",
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("The two authorities reaffirmed their agreements.", "reaffirmed", ("Ann Smith", "Li Wen")),
        ("Both authorities discussed trade.", "discussed", ("Ann Smith", "Li Wen")),
        ("The authorities said the visit went well.", "visit went", ()),
        ("Smith showed interest in the programs.", "showed", ("Ann Smith",)),
        ("Li showed great readiness to help.", "readiness", ("Li Wen",)),
        ("Smith showed Li the new port.", "new port", ()),
        ("Smith called China a recognized leader.", "recognized", ("Ann Smith",)),
        ("Smith called Li on Monday to discuss trade.", "on Monday", ()),
    ],
)
def test_more_ways_to_name_the_parties_and_to_report_words(para, fragment, speakers) -> None:
    art = _article("Foreign Minister Ann Smith met Foreign Minister Li Wen in Lima.", para)
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize("given", ["Mohammed", "Muhammad", "Mohamed"])
def test_an_arabic_given_name_spelt_another_way_is_the_same_person(given: str) -> None:
    art = _article(
        "King Hamad Bin Isa Al Khalifa congratulated Sheikh Mohamed Bin Zayed Al Nahyan, Crown"
        " Prince of Abu Dhabi, on the agreement.",
        f"For his part, Sheikh {given} expressed appreciation for Bahrain's stances.",
    )
    assert _who(art, "expressed appreciation") == ("Mohamed Bin Zayed Al Nahyan",)
    assert len(art.persons) == 2


def test_a_given_name_spelt_another_way_is_not_a_brother_named_in_full() -> None:
    art = _article(
        "Sheikh Mohamed bin Zayed Al Nahyan met Sheikh Mohammed bin Rashid Al Maktoum in Dubai.",
        "Sheikh Mohammed said the talks were good.",
    )
    assert _who(art, "talks were good") == ("Mohammed bin Rashid Al Maktoum",)


@pytest.mark.parametrize("whose", ["Smith's", "The President’s", "Her"])
def test_a_partys_named_spokesperson_is_the_subject_not_the_party(whose: str) -> None:
    art = _article(
        "President Ann Smith spoke with Chinese President Li Wen on Tuesday.",
        f"{whose} spokesperson Jo Roe said the talks were good.",
        f"{whose} spokesperson Jo Roe said Li pledged closer ties.",
    )
    assert _who(art, "talks were good") == ("Jo Roe",)
    assert _who(art, "pledged closer ties") == ("Li Wen",)


def test_a_third_country_in_background_is_no_partys_side() -> None:
    """A news story datelined at home, about a sea named after a third country."""
    art = _article(
        "MANILA, Philippines — President Paul Martin and Indonesian President Li Wen discussed"
        " Wednesday developments in the South China Sea.",
        "Tensions between the Philippines and China have flared up in recent months.",
        "China claims almost the entire South China Sea. It has ignored a tribunal ruling.",
        title="Martin, Li discuss South China Sea amid rising tensions",
    )
    assert _who(art, "discussed") == ("Paul Martin", "Li Wen")
    assert _who(art, "China claims") == ()
    assert _who(art, "ignored a tribunal") == ()
    assert {p.country for p in art.participants if p.name == "Paul Martin"} != {"China"}


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("Smith took the opportunity to thank Li for the visit.", "thank Li", ("Ann Smith",)),
        ("Li also used the occasion to congratulate Smith.", "congratulate", ("Li Wen",)),
        (
            "They used the occasion to invite each other to visit.",
            "invite each other",
            ("Ann Smith", "Li Wen"),
        ),
        ("Smith took the opportunity to visit the port.", "visit the port", ()),
    ],
)
def test_taking_the_opportunity_to_say_something_says_it(para, fragment, speakers) -> None:
    art = _article("President Ann Smith met President Li Wen in Brasilia.", para)
    assert _who(art, fragment) == speakers


@pytest.mark.parametrize("closing", ["he informed", "he went on to say"])
def test_a_quotation_naming_a_leader_is_the_words_of_the_one_closing_it(closing: str) -> None:
    art = _article(
        "Foreign Minister Paul Martin said President Ann Smith met President Li Wen on Sunday.",
        f"“Li reaffirmed his friendship for our country,” {closing}.",
    )
    assert _who(art, "reaffirmed his friendship") == ("Paul Martin",)


def test_a_name_with_a_slip_of_the_shift_key_is_the_same_person() -> None:
    art = _article(
        "Prime Minister Abiy Ahmed met President Ann Smith in Addis Ababa.",
        "Accordingly, the Prime Minister ABiy held talks with Smith on trade.",
        "ABiy stressed the importance of peace.",
    )
    assert sorted(p.name for p in art.persons) == ["Abiy Ahmed", "Ann Smith"]
    assert _who(art, "importance of peace") == ("Abiy Ahmed",)


def test_a_title_set_off_from_its_holders_name_by_a_comma_in_a_coordination() -> None:
    art = _article(
        "Prime Minister Paul Martin met President Ann Smith in Addis Ababa.",
        "Premier Martin and Ruritanian President, Ann Smith have exchanged views on peace.",
    )
    assert _who(art, "exchanged views") == ("Paul Martin", "Ann Smith")


def test_a_title_news_copy_abbreviates_holds_the_title_it_stands_for() -> None:
    art = _article(
        "President Paul Martin receives Chinese FM Li Wen in Astana.",
        "The Head of State highly appraised the relations.",
        "The Chinese Minister thanked the President for the welcome.",
        title="President Paul Martin receives Chinese FM Li Wen",
    )
    assert _who(art, "appraised") == ("Paul Martin",)
    assert _who(art, "thanked the President") == ("Li Wen",)


def test_a_ranked_name_after_its_titles_and_a_comma_holds_the_titles() -> None:
    art = _article(
        "President Paul Martin met today in Baghdad with the Qatari Deputy Prime Minister and"
        " Foreign Minister, Sheikh Ali bin Saad Al Thani.",
        "Together, the President and the Foreign Minister examined the situation.",
        "Qatar's Foreign Minister, in turn, underlined the need for calm.",
        title="President Meets with Qatari Deputy Prime Minister and Foreign Minister",
    )
    sheikh = next(p for p in art.participants if p.name == "Ali bin Saad Al Thani")
    assert (sheikh.title, sheikh.country) == (
        "Qatari Deputy Prime Minister and Foreign Minister",
        "Qatar",
    )
    assert {p.country for p in art.participants if p.name == "Paul Martin"} != {"Qatar"}
    assert _who(art, "examined") == ("Paul Martin", "Ali bin Saad Al Thani")
    assert _who(art, "in turn") == ("Ali bin Saad Al Thani",)


@pytest.mark.parametrize("written", ["Secretary-General", "Secretary General"])
def test_a_title_written_with_or_without_its_hyphen_is_one_office(written: str) -> None:
    other = "Secretary General" if written == "Secretary-General" else "Secretary-General"
    art = _article(
        f"UN {other} Ann Smith discussed the crisis with Prime Minister Li Wen.",
        f"“The {written} expressed the hope that both issues would be resolved soon.",
    )
    assert _who(art, "expressed the hope") == ("Ann Smith",)


@pytest.mark.parametrize(
    "apposition",
    [
        ", Crown Prince of Ruritania,",
        ", Crown Prince of Ruritania and Deputy Supreme Commander of the Armed Forces,",
    ],
)
def test_a_party_after_the_first_partys_title_in_apposition_is_coordinated(apposition) -> None:
    art = _article(
        f"Sheikh Ali bin Saad Al Rashid{apposition} and Chinese President Li Wen discussed"
        " over a phone call the relations between the two countries.",
    )
    assert _who(art, "discussed") == ("Ali bin Saad Al Rashid", "Li Wen")


def test_a_spokesperson_quoting_both_parties_after_an_opening_clause_relays_both() -> None:
    art = _article(
        "Foreign Minister Paul Martin spoke with Secretary of State Ann Smith by phone.",
        "“As the anniversary events conclude, Secretary Smith and Foreign Minister Martin"
        " further reemphasised the importance of the alliance,” Roe said.",
        "Martin thanked Smith and Smith noted the progress.",
        "Spokesperson Jo Roe said the call lasted an hour.",
    )
    hit = [s for s in art.statements if "reemphasised" in s.text]
    assert len(hit) == 1 and hit[0].speakers == ("Ann Smith", "Paul Martin")
    # an object before "and" still ends its clause
    assert _who(art, "Martin thanked") == ("Paul Martin",)
    assert _who(art, "noted the progress") == ("Ann Smith",)


def test_a_ministers_account_of_a_meeting_closed_by_according_to_is_his() -> None:
    art = _article(
        "The meeting between presidents Ann Smith and Li Wen was marked by an excellent"
        " atmosphere, according to the Brazilian Minister of Foreign Relations, Paul Martin.",
        "He also observed that the session at which global matters were discussed was long.",
        "During this session Smith showed the Chinese President a map.",
    )
    assert _who(art, "excellent atmosphere") == ("Paul Martin",)
    assert _who(art, "also observed") == ("Paul Martin",)
    # "the Chinese President" is Li's title: it says nothing of Smith's country
    assert {p.country for p in art.participants if p.name == "Ann Smith"} == {None}


@pytest.mark.parametrize("body", ["the European Political Community", "the East African Community"])
def test_a_community_of_nations_is_no_person(body: str) -> None:
    art = _article(
        "Prime Minister Ann Smith spoke to Prime Minister Li Wen of China.",
        f"Smith acknowledged the meetings of {body}.",
        "The pair agreed to work together.",
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]
    assert _who(art, "The pair agreed") == ("Ann Smith", "Li Wen")


def test_she_after_a_man_spoke_is_the_one_woman_named() -> None:
    art = _article(
        "President Paul Kagame received Ugandan Foreign Minister Sam Kutesa in Kigali.",
        "According to Louise Mushikiwabo, the minister, the talks were good.",
        "“President Kagame stressed that integration must benefit everybody,” Mushikiwabo tweeted.",
        "She added, “Also discussed was the state of bilateral relations.”",
    )
    assert _who(art, "She added") == ("Louise Mushikiwabo",)


def test_she_after_a_man_spoke_is_no_one_when_no_woman_is_named() -> None:
    art = _article(
        "President Paul Kagame received Ugandan Foreign Minister Sam Kutesa in Kigali.",
        "Kagame stressed integration. She also said the ballet was beautiful.",
    )
    assert _who(art, "ballet was beautiful") == ()


def test_a_given_name_does_not_outrank_the_last_speaker_among_women() -> None:
    art = _article(
        "Prime Minister Lorna Kincaid met Prime Minister Ingrid Strandberg in Oslo.",
        "Kincaid stressed the climate. She added that talks would go on.",
    )
    assert _who(art, "She added") == ("Lorna Kincaid",)


def test_a_hyphenated_name_first_written_with_a_stray_space_is_one_person() -> None:
    art = _article(
        "Abuja — The President-elect of Ghana Paul Mensah -Owusu, Tuesday met with"
        " President Ann Smith at the Presidential Villa.",
        "Speaking to correspondents, Mensah-Owusu said himself and Smith were determined to"
        " grow the relationship.",
        "He said they discussed trade.",
        "The Biden-Harris Administration was not mentioned.",
    )
    assert _who(art, "were determined") == ("Paul Mensah",)
    assert _who(art, "discussed trade") == ("Paul Mensah",)


def test_a_counterpart_with_only_a_rank_holds_the_office_of_the_other_party() -> None:
    art = _article(
        "In a telephone conversation, Iranian Foreign Minister Paul Martin and his Qatari"
        " counterpart Sheikh Ali bin Saad Al Thani talked about mutual issues.",
        "Martin stressed the ties.",
        "For his part, the Qatari foreign minister expressed satisfaction.",
        "He praised the joint efforts.",
    )
    assert _who(art, "expressed satisfaction") == ("Ali bin Saad Al Thani",)
    assert _who(art, "praised the joint") == ("Ali bin Saad Al Thani",)


def test_leaders_without_an_article_and_an_agency_quoting_a_title() -> None:
    art = _article(
        "Prime Minister Paul Martin welcomed President Li Wen to Canberra for talks.",
        "Leaders discussed the security agreement.",
        "Trade is a priority, Xinhua news agency quoted the President as saying.",
        "Leaders of the region will meet in May.",
    )
    assert _who(art, "security agreement") == ("Paul Martin", "Li Wen")
    assert _who(art, "Trade is a priority") == ("Li Wen",)
    assert _who(art, "of the region") == ()


def test_welcoming_a_guest_for_a_courtesy_call_is_the_meeting_not_words() -> None:
    art = _article(
        "On Monday, Deputy Secretary-General, Dr. Paul Martin welcomed Ambassador Ann Smith,"
        " Assistant Secretary-General of the OAS, for a courtesy call at the Secretariat.",
        "Martin welcomed the partnership.",
    )
    assert _who(art, "courtesy call") == ()
    assert _who(art, "welcomed the partnership") == ("Paul Martin",)


def test_diplomatic_academies_are_no_person() -> None:
    art = _article(
        "Foreign Minister Ann Smith met Foreign Minister Li Wen in Santiago.",
        "They signed an agreement between their Diplomatic Academies.",
    )
    assert sorted(p.name for p in art.persons) == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    ("para", "fragment", "speakers"),
    [
        ("On his part Paul Martin welcomed the talks.", "welcomed the talks", ("Paul Martin",)),
        ("Li, separately said he held a call with Smith.", "separately", ("Li Wen",)),
    ],
)
def test_a_subject_after_on_his_part_or_before_a_stray_comma(para, fragment, speakers) -> None:
    art = _article(
        "Foreign Minister Ann Smith met Foreign Minister Li Wen and Envoy Paul Martin in Madrid.",
        para,
    )
    assert _who(art, fragment) == speakers


def test_a_crisis_in_quotation_marks_is_no_person() -> None:
    art = _article(
        "The Minister for Foreign Affairs met his German counterpart in Madrid.",
        'They recalled the so-called "Cayucos Crisis" of 2006.',
        "The two ministers agreed to meet again.",
    )
    assert art.persons == ()
    assert _who(art, "agreed to meet") == ()


def test_a_background_sentence_about_a_past_year_does_not_continue_the_speaker() -> None:
    art = _article(
        "Prime Minister Ann Smith met Prime Minister Li Wen in Suva.",
        "For his part, Li said the ties were strong. Fiji and Samoa established diplomatic"
        " ties in 1974.",
        "Li said the talks were good. “We have worked together since 2015,” he added.",
    )
    assert _who(art, "established diplomatic") == ()
    assert _who(art, "since 2015") == ("Li Wen",)


def test_a_nationality_and_title_without_an_article_is_that_party() -> None:
    art = _article(
        "Iranian Foreign Minister Paul Martin spoke with Iraqi Foreign Minister Li Wen by phone.",
        "Iraqi Minister of Foreign Affairs referred to the summit and shared his assessment.",
        "Iranian Foreign Minister stressed the ties.",
    )
    assert _who(art, "referred to the summit") == ("Li Wen",)
    assert _who(art, "stressed the ties") == ("Paul Martin",)


def test_a_relative_clause_after_the_meeting_reports_what_was_said() -> None:
    art = _article(
        "Vice President Ann Smith met President Paul Kagame in Kigali, with whom she discussed"
        " ways to strengthen cooperation.",
        "Smith also met Kagame's ministers, to whom she conveyed the greetings of her government.",
    )
    assert _who(art, "ways to strengthen") == ("Ann Smith", "Paul Kagame")
    assert _who(art, "conveyed the greetings") == ("Ann Smith",)


def test_guests_listed_with_semicolons_to_a_city_are_all_parties() -> None:
    art = _article(
        "On 29 April, the Minister of Foreign Affairs of Latvia, Ann Smith, welcomed the Minister"
        " of Foreign Affairs of Estonia, Li Wen; the Minister of Foreign Affairs of Lithuania,"
        " Paul Martin; and the Minister of Foreign Affairs of Poland, Jo Roe, to Riga.",
        "The Ministers discussed security.",
    )
    by_name = {p.name: p for p in art.participants}
    assert {n for n, p in by_name.items() if p.participation == "principal"} == {
        "Ann Smith",
        "Li Wen",
        "Paul Martin",
        "Jo Roe",
    }
    assert by_name["Li Wen"].country == "Estonia"
    assert set(_who(art, "discussed security")) == {"Ann Smith", "Li Wen", "Paul Martin", "Jo Roe"}


def test_the_ministers_of_foreign_affairs_are_the_parties() -> None:
    art = _article(
        "Foreign Minister Ann Smith met Foreign Minister Li Wen in Riga.",
        "The Ministers of Foreign Affairs exchanged views on security.",
    )
    assert _who(art, "exchanged views") == ("Ann Smith", "Li Wen")


def test_a_family_name_that_is_a_country() -> None:
    art = _article(
        "Spanish Prime Minister Pedro Sanchez met Prime Minister Luis Montenegro in Madrid.",
        "Montenegro said the ties were strong.",
        "Secretary General Delattre France’s plans were discussed.",
    )
    assert "Luis Montenegro" in {p.name for p in art.participants}
    assert _who(art, "ties were strong") == ("Luis Montenegro",)
    assert "Delattre France" not in {p.name for p in art.persons}


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ('"We are partners. We will do more," said Prabowo to Lawrence Wong.', "partners", "P"),
        ('"Welcome," said Wong, who then invited Prabowo to lunch.', "Welcome", "W"),
        ('"We had talks with Lee, who leads the party," Wong said.', "talks with Lee", "W"),
    ],
)
def test_a_closing_cue_with_an_addressee_or_a_relative_clause(sentence, fragment, speaker):
    art = _article(
        "President Prabowo Subianto met Singapore Prime Minister Lawrence Wong in Singapore.",
        sentence,
    )
    names = {"P": "Prabowo Subianto", "W": "Lawrence Wong"}
    assert _who(art, fragment) == (names[speaker],)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister also presented a bouquet to the president.",
        "The prime minister maintained close contact with the president.",
    ],
)
def test_a_lower_case_title_doing_a_deed_says_nothing(sentence) -> None:
    art = _article(
        "Prime Minister Sheikh Hasina paid a courtesy call on President Mohammed Shahabuddin.",
        sentence,
    )
    assert _who(art, "the president") == ()
