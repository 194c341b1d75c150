"""Specification of the parser's small functions: decoding, header, paragraphs, sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from dipdb.article import ParseError
from dipdb.names import inflections
from dipdb.parse import (
    PARSER_VERSION,
    classify_paragraphs,
    decode,
    find_dateline,
    has_caps_label,
    is_dateline,
    parse_article,
    parse_header,
    split_paragraphs,
    split_sentences,
)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\t\r\n", "file is empty"),
        (b"\x00\x01\x02binary", "binary file, not text"),
        (b" date 2022-01-01 Caf\xe9 talks\n", "invalid byte 0xE9 at offset 20"),
        (b"\xff\xfe d\x00a\x00", "UTF-16"),
        (b"\xfe\xff\x00 \x00d", "UTF-16"),
    ],
)
def test_decode_refuses_with_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        decode(data)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "data",
    [
        b" date 2022-01-01 T\r\n\r\nBody text here.\r\n",
        "\ufeff date 2022-01-01 T\n\nCaf\u00e9 talks were held.\n".encode(),
        b" date 2022-01-01 T\rold mac line\r",
    ],
)
def test_decode_matches_utf8_sig_read_without_newline_translation(data: bytes, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        assert decode(data) == fh.read()


@pytest.mark.parametrize(
    ("line", "published", "title"),
    [
        (
            " date 2022-12-31 Xi meets Putin via video link",
            dt.date(2022, 12, 31),
            "Xi meets Putin via video link",
        ),
        ("date 2021-01-02 Readout\r\n", dt.date(2021, 1, 2), "Readout"),
        ("\t date 2020-02-29   Leap day talks  ", dt.date(2020, 2, 29), "Leap day talks"),
    ],
)
def test_header_parses(line: str, published: dt.date, title: str) -> None:
    h = parse_header(line)
    assert (h.published, h.title) == (published, title)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Readout of a call", "first line is not a ' date YYYY-MM-DD Title' header"),
        (" 2022-01-01 Title", "first line is not a ' date YYYY-MM-DD Title' header"),
        (" date 2022-02-30 Title", "header date 2022-02-30 is not a real date"),
        (" date 22-1-1 Title", "is not YYYY-MM-DD"),
        (" date 2022-01-01", "no title"),
        (" date 2022-01-01   ", "no title"),
    ],
)
def test_header_errors_name_the_problem(line: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_header(line)


def test_paragraphs_split_on_blank_lines_lf_and_crlf() -> None:
    text = "h\r\n\r\nOne line.\r\nstill one.\r\n  \r\nTwo.\n\n\nThree."
    spans = split_paragraphs(text, 3)
    assert [text[s:e] for s, e in spans] == ["One line.\r\nstill one.", "Two.", "Three."]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("* * *", "separator"),
        ("(Laughter.)", "stage"),
        ("Office of the Spokesperson", "byline"),
        ("The following is attributable to Spokesperson Jane Doe:", "meta"),
        ("The below is attributable to Spokesperson Jane Doe:", "meta"),
        ("10:15 A.M. EST", "venue"),
        ("Q", "label"),
        ("PRESIDENT SMITH:", "label"),
        ("Ann Lee and Bo Chan were present at the meeting.", "attendance"),
        ("The two ministers discussed trade.", "lede"),
    ],
)
def test_paragraph_kinds(block: str, kind: str) -> None:
    text = "h\n\n" + block
    spans = split_paragraphs(text, 2)
    assert classify_paragraphs(text, spans, None)[0].kind == kind


def test_caption_credit_and_dateline_lede() -> None:
    text = (
        "h\n\nA meets B in Paris. (Xinhua/Some Body)\n\n"
        "PARIS, March 3 (Xinhua) -- A met B.\n\nBody."
    )
    spans = split_paragraphs(text, 2)
    found = find_dateline(text, spans, dt.date(2022, 3, 4))
    assert found is not None
    idx, dl = found
    assert (idx, dl.place, dl.date, dl.agency) == (1, "Paris", dt.date(2022, 3, 3), "Xinhua")
    kinds = [p.kind for p in classify_paragraphs(text, spans, idx)]
    assert kinds == ["caption", "lede", "body"]


def test_dateline_in_december_read_in_january_is_last_year() -> None:
    text = "h\n\nBEIJING, Dec. 31 (Xinhua) -- A met B."
    spans = split_paragraphs(text, 2)
    _, dl = find_dateline(text, spans, dt.date(2023, 1, 1))  # type: ignore[misc]
    assert dl.date == dt.date(2022, 12, 31)


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        # Egyptian and Gulf agencies: the day first, the year, a colon
        ("CAIRO, 8 November 2021: A met B.", "Cairo", dt.date(2021, 11, 8)),
        ("Abu Dhabi, 3 Jan 2020: A met B.", "Abu Dhabi", dt.date(2020, 1, 3)),
        ("PARIS, March 3, 2021 -- A met B.", "Paris", dt.date(2021, 3, 3)),
    ],
)
def test_datelines_with_the_day_first_or_a_year(line, place, date) -> None:
    text = f"h\n\n{line}"
    found = find_dateline(text, split_paragraphs(text, 2), dt.date(2022, 3, 4))
    assert found is not None
    assert (found[1].place, found[1].date) == (place, date)


@pytest.mark.parametrize(
    "line",
    ["Tuesday, 8 November: talks began.", "CAIRO, 8 November 2021 was a warm day in Egypt."],
)
def test_a_day_and_month_without_the_datelines_colon_is_no_dateline(line) -> None:
    text = f"h\n\n{line}"
    assert find_dateline(text, split_paragraphs(text, 2), dt.date(2022, 3, 4)) is None


@pytest.mark.parametrize(
    ("para", "sentences"),
    [
        ("One here. Two there.", ["One here.", "Two there."]),
        (
            "President Joseph R. Biden, Jr. spoke. He left.",
            ["President Joseph R. Biden, Jr. spoke.", "He left."],
        ),
        (
            "They met on Dec. 30 in Washington, D.C. today. Good.",
            ["They met on Dec. 30 in Washington, D.C. today.", "Good."],
        ),
        (
            "The U.S. President spoke. The U.S. The end.",
            ["The U.S. President spoke.", "The U.S.", "The end."],
        ),
        (
            '"We agree," he said. "Fine!" She left?  Yes.',
            ['"We agree," he said.', '"Fine!"', "She left?", "Yes."],
        ),
        (
            "Thanks. Jane Roe: Good evening. All well.",
            ["Thanks.", "Jane Roe:", "Good evening.", "All well."],
        ),
        ("He asked one thing: Is it over?", ["He asked one thing: Is it over?"]),
        ("No terminal punctuation", ["No terminal punctuation"]),
        (
            "They met in Washington, D.C. Minister Roe spoke.",
            ["They met in Washington, D.C.", "Minister Roe spoke."],
        ),
        (
            "A statement was adopted.*** Next part.",
            ["A statement was adopted.", "***", "Next part."],
        ),
        ("We will see. <…>", ["We will see.", "<…>"]),
        ("It is late. (Laughter.) Thank you.", ["It is late.", "(Laughter.)", "Thank you."]),
        # a full stop whose space was lost still ends a sentence before a sentence opener ...
        (
            "They agreed on supply chains.They also discussed debt.",
            ["They agreed on supply chains.", "They also discussed debt."],
        ),
        # ... but not inside an abbreviation, a name or an address
        ("He flew to St.Petersburg today.", ["He flew to St.Petersburg today."]),
        # honorifics of other languages are abbreviations too
        ("Smt. Roe received Mme. Doe. They spoke.", ["Smt. Roe received Mme. Doe.", "They spoke."]),
        ("See e.g.The report.", ["See e.g.The report."]),
        ("Visit state.gov now.", ["Visit state.gov now."]),
        # a stage note inside a sentence stands apart from the words around it
        (
            "We spent a long time — (laughs) — on this.",
            ["We spent a long time —", "(laughs)", "— on this."],
        ),
    ],
)
def test_sentence_splitting(para: str, sentences: list[str]) -> None:
    spans = split_sentences(para, 0, len(para))
    assert [para[s:e] for s, e in spans] == sentences


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (" date 2022-01-01 T\n", "not an article"),
        (" date 2022-01-01 T\n\n   \n", "not an article"),
        (
            " date 2022-01-01 T\n\ndef f(x):\n    return x == 1;\nclass A { }\nvar y = f();\n",
            "not an article",
        ),
        (" date 2022-01-01 T\n\na,b,c,d\n1,2,3,4\n5,6,7,8\n9,10,11,12\n", "not an article"),
        (" date 2022-01-01 T\n\nqx zv 9k3 p0 77 zzq %% ## qq\n", "not an article"),
    ],
)
def test_non_articles_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_article(text)


def test_short_real_readout_is_accepted() -> None:
    art = parse_article(
        " date 2022-05-01 Call\n\nPresident Ann Smith spoke with Prime Minister"
        " Bo Chan of Japan today. They discussed trade.\n"
    )
    assert art.parser_version == PARSER_VERSION
    assert art.statements[-1].speakers == ("Ann Smith", "Bo Chan")
    assert art.meeting.format == "phone"


def test_offsets_slice_exactly_with_crlf_and_bom() -> None:
    raw = (
        "\ufeff date 2022-05-01 Talks\r\n\r\nPresident Ann Smith met Prime Minister Bo Chan"
        " of Japan in Tokyo.\r\nShe stressed unity.\r\n\r\n(Laughter.)\r\n"
    ).encode()
    text = decode(raw)
    art = parse_article(text)
    for s in art.statements:
        assert text[s.start : s.end] == s.text
    assert art.meeting.location == "Tokyo" and art.meeting.host_country == "Japan"


def _meeting(title: str, *paras: str, published: str = "2022-05-10"):
    return parse_article(f" date {published} {title}\n\n" + "\n\n".join(paras) + "\n").meeting


@pytest.mark.parametrize(
    ("title", "lede", "date"),
    [
        # "yesterday" is the day before publication
        ("Call with Minister Bo Chan", "Minister Ann Smith spoke yesterday with Bo Chan.", "05-09"),
        # an explicit date may be a day after the header (time zones)
        ("Meeting with Bo Chan", "Minister Ann Smith met on May 11 with Bo Chan.", "05-11"),
        # an upcoming event in a later sentence is not the meeting's date
        (
            "Meeting with Bo Chan",
            "Minister Ann Smith met today with Bo Chan. They prepared the visit on June 20.",
            "05-10",
        ),
        # a lead-in phrase dates an earlier event
        (
            "Call with Bo Chan",
            "Following talks held in Paris on May 2, Ann Smith and Bo Chan spoke by phone.",
            "05-10",
        ),
        # a date written as an attribute of the meeting noun
        (
            "Calls with Bo Chan",
            "In separate May 6 calls, Envoy Ann Smith discussed the May 5 launch with Bo Chan.",
            "05-06",
        ),
        ("Call with Bo Chan", "In a May 7 trilateral call, Ann Smith and Bo Chan met.", "05-07"),
        # a part of the day before the date, with or without "on"
        ("Call with Bo Chan", "Ann Smith spoke with Bo Chan the evening of May 9.", "05-09"),
        ("Call with Bo Chan", "On the morning of May 8, Ann Smith called Bo Chan.", "05-08"),
        # a bare weekday in the meeting sentence is the last such day
        ("Meeting with Bo Chan", "Minister Ann Smith met with Bo Chan Friday in Paris.", "05-06"),
        ("Call with Bo Chan", "Ann Smith spoke Monday with Minister Bo Chan.", "05-09"),
        # a weekday inside a name or an upcoming day is not the meeting's date
        (
            "Meeting with Bo Chan",
            "Ann Smith met Bo Chan to discuss the Good Friday Agreement.",
            "05-10",
        ),
        (
            "Meeting with Bo Chan",
            "Ann Smith met Bo Chan today ahead of next Friday's vote.",
            "05-10",
        ),
    ],
)
def test_meeting_date(title: str, lede: str, date: str) -> None:
    assert _meeting(title, lede).date == dt.date.fromisoformat(f"2022-{date}")


def test_a_date_in_december_read_in_january_is_last_year() -> None:
    m = _meeting("Meeting", "Ann Smith met Bo Chan on December 30.", published="2023-01-02")
    assert m.date == dt.date(2022, 12, 30)


@pytest.mark.parametrize(
    ("lede", "published", "date"),
    [
        # a weekday followed by its date: the date, even the day after publication
        ("On Saturday, May 11, Ann Smith met Bo Chan.", "2022-05-10", dt.date(2022, 5, 11)),
        ("On Friday, May 6, 2022, Ann Smith met Bo Chan.", "2022-05-10", dt.date(2022, 5, 6)),
        # a weekday alone is the last such day
        ("On Friday Ann Smith met Bo Chan.", "2022-05-10", dt.date(2022, 5, 6)),
    ],
)
def test_a_weekday_with_its_date_gives_that_date(lede, published, date) -> None:
    assert _meeting("Meeting with Bo Chan", lede, published=published).date == date


@pytest.mark.parametrize(
    ("title", "lede", "fmt"),
    [
        # a virtual event mentioned later does not make a call a video call
        (
            "Readout of a Call with Bo Chan",
            "Ann Smith and Bo Chan talked today. They welcomed next week's virtual summit.",
            "phone",
        ),
        # a call planned for later does not make a meeting a call
        (
            "Readout of a Meeting with Bo Chan",
            "Ann Smith met Bo Chan in Paris. They planned a telephone call next month.",
            "in_person",
        ),
        ("Readout of a Meeting with Bo Chan", "Ann Smith met virtually with Bo Chan.", "video"),
        # several meetings on one visit are in person too, in the title or the lede
        (
            "Ann Smith's Meetings with Bo Chan and Li Wen",
            "Ann Smith had warm and productive meetings with Bo Chan and Li Wen today in Oslo.",
            "in_person",
        ),
        (
            "Readout of Ann Smith's Visit",
            "Ann Smith held separate meetings with Bo Chan and Li Wen.",
            "in_person",
        ),
        # a summit is held in person unless it says otherwise
        (
            "Ann Smith holds 12th summit with Bo Chan",
            "Ann Smith held a summit with Bo Chan for about 100 minutes.",
            "in_person",
        ),
        (
            "Ann Smith holds summit with Bo Chan",
            "Ann Smith held a virtual summit with Bo Chan.",
            "video",
        ),
    ],
)
def test_meeting_format(title: str, lede: str, fmt: str) -> None:
    assert _meeting(title, lede).format == fmt


@pytest.mark.parametrize(
    ("title", "lede", "fmt"),
    [
        # the event a lead-in phrase names has a format of its own
        (
            "Telephone conversation with Bo Chan",
            "Following the council meeting, held via videoconference, Ann Smith had a "
            "telephone conversation with President Bo Chan.",
            "phone",
        ),
        (
            "Telephone conversation with Bo Chan",
            "After the summit, held online, Ann Smith had a telephone conversation with Bo Chan.",
            "phone",
        ),
        # "spoke with" says nothing of the medium: a title naming a meeting decides
        (
            "Readout of President Smith’s Meeting with Prime Minister Bo Chan",
            "President Ann Smith spoke today with Prime Minister Bo Chan at the summit.",
            "in_person",
        ),
        # but a call the sentence names is a call
        (
            "Readout of President Smith’s Meeting with Prime Minister Bo Chan",
            "President Ann Smith spoke today with Prime Minister Bo Chan by phone.",
            "phone",
        ),
        # officials who convened a meeting met in person unless the text says otherwise
        (
            "Readout of the Inaugural Dialogue",
            "Director Ann Smith and Director Bo Chan convened the inaugural dialogue in Paris.",
            "in_person",
        ),
        # and without a meeting title "spoke with" stays a call
        (
            "Readout of President Smith’s Conversation with Bo Chan",
            "President Ann Smith spoke today with Prime Minister Bo Chan.",
            "phone",
        ),
    ],
)
def test_meeting_format_reads_the_meeting_sentences_own_clause(
    title: str, lede: str, fmt: str
) -> None:
    assert _meeting(title, lede).format == fmt


@pytest.mark.parametrize(
    ("title", "paras", "location", "host"),
    [
        (
            "Meeting",
            ["President Ann Smith welcomed Bo Chan to the White House."],
            "Washington",
            "United States",
        ),
        ("Talks", ["Ann Smith held talks with Bo Chan in the Kremlin."], "Moscow", "Russia"),
        # a country discussed is not where a call took place
        ("Call", ["Ann Smith spoke with Bo Chan about the situation in Ukraine."], None, None),
        ("Meeting", ["Ann Smith met Bo Chan to discuss the war in Ukraine."], None, None),
        # a venue line before the remarks
        (
            "Remarks by Ann Smith and Bo Chan Before Their Meeting",
            [
                "Hanoi, Vietnam",
                "MS. SMITH: Thank you all for coming to the talks with the minister.",
            ],
            "Hanoi",
            "Vietnam",
        ),
        (
            "Meeting",
            ["Ann Smith met Bo Chan on the sidelines of a summit in Melbourne."],
            "Melbourne",
            "Australia",
        ),
        # particles inside a place name, a place without its comma, "outside" a city
        (
            "Meeting",
            ["Ann Smith met Bo Chan today in Rio de Janeiro, Brazil."],
            "Rio de Janeiro",
            "Brazil",
        ),
        ("Meeting", ["On May 5 in Tokyo Japan, Ann Smith met with Bo Chan."], "Tokyo", "Japan"),
        ("Meeting", ["Ann Smith met with Bo Chan outside Beijing."], "Beijing", "China"),
        # a transcript where the host welcomes the guest to a city
        (
            "Press Statements Following Talks",
            [
                "Ann Smith and President Bo Chan held talks.",
                "ANN SMITH: Mr President, thank you for coming to Sochi today.",
            ],
            "Sochi",
            "Russia",
        ),
        # a country one is welcomed to is not a city
        (
            "Press Statements Following Talks",
            ["Ann Smith and Bo Chan held talks.", "ANN SMITH: We welcome you to Peru today."],
            None,
            None,
        ),
    ],
)
def test_meeting_location(title: str, paras: list[str], location: str | None, host: str | None):
    m = _meeting(title, *paras)
    assert (m.location, m.host_country) == (location, host)


def test_a_place_line_is_a_venue_and_a_spokesperson_byline_is_a_byline() -> None:
    art = parse_article(
        " date 2022-05-10 Call\n\nJane Roe, Department Spokesperson\n\n"
        "Washington, D.C.\n\nThomas Jefferson Room\n\nAnn Smith spoke with Bo Chan.\n"
    )
    assert [p.kind for p in art.paragraphs] == ["byline", "venue", "venue", "lede"]


_SENTENCE_TEXTS = [
    "Mr. Smith met Dr. Jones in Washington, D.C. They agreed. The U.S. side said: Yes!",
    "PRESIDENT SMITH: Thank you. Q: Next?  Answer: none.\nThe talks (in progress) ended…  Then",
    "He said so. * * * She replied. <...> Later, J. R. Doe spoke.*** End.",
    'Note: "Quoted." (Laughter.) The end.\n',
]


@pytest.mark.parametrize("text", _SENTENCE_TEXTS)
def test_the_plain_sentence_boundaries_are_those_of_the_full_pattern(text: str) -> None:
    """Where ``_plain`` holds, the quick ``_BOUNDARY_PLAIN`` cuts where ``_BOUNDARY`` does."""
    from dipdb.parse import _BOUNDARY, _BOUNDARY_PLAIN, _plain

    for start in range(len(text)):
        for end in range(start, len(text) + 1, 7):
            if not _plain(text, start, end):
                continue
            full = [m.end() for m in _BOUNDARY.finditer(text, start, end)]
            quick = [m.end() for m in _BOUNDARY_PLAIN.finditer(text, start, end)]
            assert quick == full, (start, end)


@pytest.mark.parametrize(
    "window", ["", "a", "ab cd", "ab cd ", "ab\n", "ab \n", "ab\n\n", "(U.S", " x.y\n", "\u2028a"]
)
def test_token_before_is_the_token_the_pattern_finds(window: str) -> None:
    from dipdb.parse import _TOKEN_BEFORE, _token_before

    m = _TOKEN_BEFORE.search(window)
    assert _token_before(window, 0, len(window)) == (m.group(1) if m else "")


@pytest.mark.parametrize(
    "body",
    [
        "The talks went well and the ministers agreed on a plan for the region.",
        "def f(x):\n    return x\n\nclass A:\n    pass\n",
        "a,b,c,d\n1,2,3,4\n5,6,7,8\n",
        "Привет мир, это текст. The talks were held in Moscow with the minister.",
        "“Macron’s visit to Hà Nội” – ² ½ ſ, 五, _ and ǅ.",
    ],
)
def test_letter_count_and_code_lines_agree_with_the_plain_definitions(body: str) -> None:
    from dipdb.parse import _CODEY, _count_letters, _is_code_line

    assert _count_letters(body) == sum(map(str.isalpha, body))
    for line in body.splitlines():
        assert _is_code_line(line) == (_CODEY.search(line) is not None)


@pytest.mark.parametrize(
    "block",
    [
        "Also present were the ministers.",
        "Ministers were preſent at the talks.",
        "X attended the meeting.",
        "Taking part were Y and Z.",
        "The ministers discussed trade.",
    ],
)
def test_attendance_check_agrees_with_the_pattern(block: str) -> None:
    from dipdb.parse import _ATTEND, _is_attendance

    assert _is_attendance(block) == (_ATTEND.match(block) is not None)


@pytest.mark.parametrize(
    ("block", "writer"),
    [
        ("By Chae Minji", True),
        ("Written by Chae Minji", True),
        ("Reporter Chae Minji", True),
        ("Chae Minji, Staff Writer", True),
        ("Office of the Spokesperson", False),
        ("Jane Roe, Department Spokesperson", False),
    ],
)
def test_a_credit_line_is_a_byline_and_a_writer_credit_is_told_apart(
    block: str, writer: bool
) -> None:
    from dipdb.parse import is_writer_byline

    art = parse_article(
        f" date 2022-05-01 Readout\n\n{block}\n\n"
        "President Ann Smith met Prime Minister Li Wen and they discussed trade.\n"
    )
    assert art.paragraphs[0].kind == "byline"
    assert is_writer_byline(art.text, art.paragraphs[0].start, art.paragraphs[0].end) is writer


@pytest.mark.parametrize(
    "line",
    [
        "© The Freedonia Business Daily (www.example.org). All rights reserved.",
        "Copyright 2024 Freedonia Herald. All rights reserved.",
        "Freedonia Times. All Rights Reserved.",
    ],
)
def test_a_copyright_line_is_a_credit(line: str) -> None:
    art = parse_article(
        " date 2022-05-01 Readout\n\nPresident Ann Smith met Prime Minister Li Wen and they"
        f" discussed trade.\n\n{line}\n"
    )
    assert art.paragraphs[-1].kind == "credit"
    assert all(
        s.kind == "boilerplate" for s in art.statements if s.start >= art.paragraphs[-1].start
    )


@pytest.mark.parametrize(
    ("lede", "fmt"),
    [
        ("Ann Smith had a telephonic conversation with Bo Chan on Wednesday.", "phone"),
        ("Ann Smith held a teleconference with Bo Chan.", "phone"),
        ("Ann Smith held a video teleconference with Bo Chan.", "video"),
        # "called on" a leader is a courtesy visit, never a telephone call
        ("Ann Smith called on President Bo Chan at the palace.", "in_person"),
    ],
)
def test_indian_and_agency_words_for_the_medium(lede: str, fmt: str) -> None:
    assert _meeting("Readout", lede).format == fmt


@pytest.mark.parametrize(
    "block",
    [
        "Jane Roe Published March 28, 2023 | 01:20 PM",
        "ANI | New Delhi | Updated: 05-01-2022 22:23 IST | Created: 05-01-2022 22:23 IST",
    ],
)
def test_a_news_sites_writer_and_time_stamp_is_a_byline(block: str) -> None:
    from dipdb.parse import is_writer_byline

    art = parse_article(
        f" date 2022-05-01 Readout\n\n{block}\n\n"
        "President Ann Smith met Prime Minister Li Wen and they discussed trade.\n"
    )
    assert art.paragraphs[0].kind == "byline"
    assert is_writer_byline(art.text, art.paragraphs[0].start, art.paragraphs[0].end)
    assert [p.name for p in art.persons] == ["Ann Smith", "Li Wen"]


@pytest.mark.parametrize(
    "block",
    [
        "Representative Image . Image Credit: ANI",
        "File photo",
        "Image credit: Reuters",
        "Image: Jo Roe/Pool via REUTERS/ File photo",
        "Photo: Xinhua",
    ],
)
def test_an_image_credit_is_a_credit_not_a_speaker_label(block: str) -> None:
    art = parse_article(
        f" date 2022-05-01 Readout\n\n{block}\n\n"
        "President Ann Smith met Prime Minister Li Wen and they discussed trade. President Smith"
        " stressed that the two countries would keep working together on trade.\n"
    )
    assert art.paragraphs[0].kind == "credit"
    assert art.genre == "readout"
    assert next(s for s in art.statements if "stressed" in s.text).speakers == ("Ann Smith",)


def test_a_caption_crediting_an_agency_is_boilerplate_wherever_it_stands() -> None:
    art = parse_article(
        " date 2024-04-17 Li and Smith talk\n\n"
        "Prime Minister Li Wen said he held telephone talks with President Ann Smith on"
        " Wednesday and that they agreed to deepen ties.\n\n"
        "Prime Minister Li Wen speaks to reporters at his office on April 17, 2024. (Kyodo)\n\n"
        "According to the presidential office, the two leaders agreed to meet soon.\n"
    )
    assert [p.kind for p in art.paragraphs] == ["lede", "caption", "body"]
    assert all(s.speakers == () for s in art.statements if "speaks to reporters" in s.text)


@pytest.mark.parametrize(
    "last",
    [
        "Smith and Li stressed the need to cooperate closely. (Yonhap)",
        '"All three need to come together," he added. (ANI)',
    ],
)
def test_a_storys_last_paragraph_signed_off_by_its_agency_is_no_caption(last: str) -> None:
    art = parse_article(
        " date 2024-11-15 Smith and Li meet\n\n"
        "Foreign Minister Ann Smith met Foreign Minister Li Wen in Lima on Friday.\n\n"
        f"{last}\n"
    )
    assert art.paragraphs[-1].kind == "body"
    assert art.statements[-2].speakers != ()
    assert art.statements[-1].text.startswith("(")


def test_a_photo_description_above_its_credit_line_is_a_caption_not_the_lede() -> None:
    art = parse_article(
        " date 2024-07-03 Visit mooted during call\n\n"
        "President Ann Smith shakes hands with Prime Minister Li Wen during the summit in New"
        " Delhi, India, September 9, 2023.\n\n"
        "Image: Jo Roe/Pool via REUTERS/ File photo\n\n"
        "During a phone call on Tuesday, President Smith congratulated Prime Minister Li.\n"
    )
    assert [p.kind for p in art.paragraphs] == ["caption", "credit", "lede"]
    assert art.meeting.date != dt.date(2023, 9, 9)
    assert {p.name for p in art.persons} == {"Ann Smith", "Li Wen"}


@pytest.mark.parametrize("dateline", ["LAHORE:", "NEW DELHI:", "ISLAMABAD:"])
def test_a_place_in_capitals_with_a_colon_is_a_dateline_not_a_speaker_label(dateline) -> None:
    art = parse_article(
        f" date 2025-03-31 PM greets leaders\n\n{dateline} Prime Minister Li Wen on Sunday held a"
        " telephone conversation with President Ann Smith of Turkey.\n\n"
        "Prime Minister Li Wen expressed satisfaction at the momentum in bilateral relations.\n"
    )
    assert art.genre == "readout"
    assert next(s for s in art.statements if "satisfaction" in s.text).speakers == ("Li Wen",)


@pytest.mark.parametrize("dateline", ["KOTA BESAR:", "PORT ZEMBLA:", "ZEMBLAGRAD:"])
def test_a_place_the_gazetteer_lacks_is_a_dateline_when_the_article_never_names_it_again(
    dateline,
) -> None:
    art = parse_article(
        f" date 2025-03-31 Leaders meet\n\n{dateline} President Ann Smith held a meeting with"
        " Prime Minister Li Wen today to strengthen bilateral ties.\n\n"
        "The meeting reviewed cooperation in trade and energy.\n\n"
        "The two leaders welcomed the progress in the talks.\n"
    )
    assert art.genre == "readout"
    assert {p.name for p in art.persons} == {"Ann Smith", "Li Wen"}
    assert next(s for s in art.statements if "welcomed the progress" in s.text).speakers == (
        "Ann Smith",
        "Li Wen",
    )
    assert all(not s.speakers for s in art.statements if s.kind == "narrative")


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Remarks by Ann Smith", "SMITH:"),  # the title names the speaker
        ("Remarks to the press", "THE PRESIDENT:"),  # label words
    ],
)
def test_a_lone_label_at_the_top_stays_a_label_when_it_names_a_speaker(title, label) -> None:
    text = (
        f" date 2022-05-01 {title}\n\n{label} Thank you all for coming today to talk about"
        " trade and jobs.\n\nWe have made real progress on trade with our partners this year.\n"
    )
    assert not is_dateline(text, text.index(label), label.rstrip(":"))
    assert parse_article(text).genre == "transcript"


def test_capitals_further_down_an_article_are_never_taken_for_an_unknown_place() -> None:
    text = " date 2022-05-01 Talks\n\n" + "One paragraph.\n\n" * 5 + "ZEMBLAGRAD: Hello."
    assert not is_dateline(text, text.index("ZEMBLAGRAD"), "ZEMBLAGRAD")


def test_a_speaker_label_in_capitals_is_still_a_label() -> None:
    art = parse_article(
        " date 2022-05-01 Remarks by President Ann Smith\n\n"
        "PRESIDENT SMITH: Thank you all for coming today to talk about trade and jobs.\n\n"
        "We have made real progress on trade with our partners this year.\n"
    )
    assert art.genre == "transcript"


@pytest.mark.parametrize(
    "block",
    [
        "Friday, 29 November 2030 - 13:22",
        "Fri, 09 Sep, 2030 - 16:35",
        "23 MARCH 2030",
        "jane@agency.example (END)",
        "Author:",
        "Source : Press Service of Vell",
        "By JR - Apr 08,2030 - Last updated at Apr 08,2030",
        "QNA",
        "2030-02-04 11:14",
        "Editor: Jo Roe",
    ],
)
def test_a_pages_stamps_addresses_and_field_labels_are_bylines(block: str) -> None:
    art = parse_article(
        f" date 2030-05-01 Readout\n\n{block}\n\n"
        "President Ann Smith met Prime Minister Li Wen and they discussed trade.\n"
    )
    assert art.paragraphs[0].kind == "byline"
    assert all(s.kind == "boilerplate" for s in art.statements if s.paragraph == 0)


def test_a_row_of_dots_is_a_separator() -> None:
    art = parse_article(
        " date 2030-05-01 Readout\n\nPresident Ann Smith met Prime Minister Li Wen and they "
        "discussed trade.\n\n. . . . .\n\nThey agreed to meet again.\n"
    )
    assert [p.kind for p in art.paragraphs] == ["lede", "separator", "body"]


def test_a_label_in_capitals_can_give_the_speakers_title_after_a_comma() -> None:
    art = parse_article(
        " date 2022-11-16 Opening remarks, bilateral meeting with the President of Freedonia\n\n"
        "Prime Minister Ann Smith\n\n"
        "ANN SMITH, PRIME MINISTER: Well, Mr President, it is great to see you.\n\n"
        "TOM REED, PRESIDENT OF FREEDONIA: Thank you, Mr Prime Minister. I agree with you.\n"
    )
    assert art.genre == "transcript"
    said = {s.text: s.speakers for s in art.statements if s.kind == "speech"}
    assert said["Well, Mr President, it is great to see you."] == ("Ann Smith",)
    assert said["I agree with you."] == ("Tom Reed",)


@pytest.mark.parametrize("first", ["TOM REED", "ANN SMITH"])
def test_speakers_named_only_in_their_labels_are_labels_not_datelines(first) -> None:
    second = "ANN SMITH" if first == "TOM REED" else "TOM REED"
    art = parse_article(
        f" date 2022-11-16 Opening remarks\n\n{first}: Thank you all for coming today.\n\n"
        f"{second}: Thank you, I agree with you.\n"
    )
    said = {s.text: s.speakers for s in art.statements if s.kind == "speech"}
    assert said["Thank you all for coming today."] == (first.title(),)
    assert said["Thank you, I agree with you."] == (second.title(),)


@pytest.mark.parametrize("opening", ["WASHINGTON, DC:", "KUALA LUMPUR, MALAYSIA:"])
def test_a_place_and_its_country_in_capitals_is_no_name_and_title(opening) -> None:
    assert has_caps_label(f"{opening} The talks began.", 0, 40) is None


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            'They discussed ties with the U.K. "Estonia aims to keep unity," Mikser noted.',
            ["They discussed ties with the U.K.", '"Estonia aims to keep unity," Mikser noted.'],
        ),
        # a quoted name after the abbreviation goes on with its sentence
        (
            'He praised the U.S. "Freedom Agenda" in Asia.',
            ['He praised the U.S. "Freedom Agenda" in Asia.'],
        ),
        ("He met U.S. President Biden.", ["He met U.S. President Biden."]),
    ],
)
def test_a_quoted_sentence_after_a_dotted_abbreviation_starts_a_new_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == sentences


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Biden invites Netanyahu to visit Washington", "heading"),
        ("Xi, Putin hold talks on energy", "heading"),
        # a list item, a full sentence, a quotation: the body's
        ("Support for reconstruction and pledges of assistance", "body"),
        ("Biden invites Netanyahu to visit Washington.", "body"),
        ('"Biden invites Netanyahu to visit," he said', "body"),
    ],
)
def test_a_sub_heading_between_paragraphs_is_no_statement(line, kind) -> None:
    art = parse_article(
        " date 2023-09-20 Biden and Netanyahu hold talks\n\n"
        "President Joe Biden met Prime Minister Benjamin Netanyahu in New York.\n\n"
        f"{line}\n\n"
        "Biden also invited Netanyahu to visit Washington, the White House said.\n"
    )
    assert art.paragraphs[1].kind == kind
    if kind == "heading":
        assert all(s.kind == "boilerplate" for s in art.statements if s.paragraph == 1)


@pytest.mark.parametrize(
    ("verb", "forms", "not_forms"),
    [
        ("agree", {"agreed", "agrees", "agreeing"}, {"agreing"}),
        ("see", {"saw", "seen", "sees", "seeing"}, {"seed", "seing"}),
        ("note", {"noted", "notes", "noting"}, set()),
    ],
)
def test_a_verbs_inflections(verb, forms, not_forms) -> None:
    got = inflections(verb)
    assert forms <= got
    assert not (not_forms & got)
