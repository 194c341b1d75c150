"""Turn the text of one readout into an :class:`~dipdb.article.Article`.

Everything here is pure and linear: precompiled regexes without nested unbounded quantifiers, one
pass over the text per stage. Offsets are indices into the decoded string, never into a normalised
copy, so ``text[s.start:s.end] == s.text`` for every statement.

Stages: :func:`decode` (bytes -> str, strict), :func:`parse_header`, :func:`split_paragraphs`,
:func:`classify_paragraphs`, :func:`find_dateline`, :func:`split_sentences`, then the attribution
engine (:mod:`dipdb.attribution`) and :func:`meeting_facts`.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import itertools
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import replace

from dipdb.article import Article, Dateline, Header, Meeting, Paragraph, ParseError
from dipdb.names import CAPITALS, COUNTRIES, HONORIFICS, MEETING_FORMS, ROLES, SEATS, SPEECH_FORMS

PARSER_VERSION = "1"

# --------------------------------------------------------------------------------------------
# decoding


#: control characters other than whitespace (``[\x00-\x08\x0e-\x1f]``): many of them mean a
#: binary file. Counted in the file's bytes: in UTF-8 such a byte is always that character.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def decode(data: bytes) -> str:
    """Decode a file's bytes exactly as ``open(path, encoding="utf-8-sig", newline="")`` would.

    Refusing early with a precise one-line reason is kinder than producing mojibake rows: the
    user learns which byte is wrong or that the file is UTF-16 and needs converting.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
        codecs.BOM_UTF32_LE
    ):
        raise ParseError("file is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise ParseError("file is UTF-32 text; convert it to UTF-8")
    if not data.strip():
        raise ParseError("file is empty")
    if b"\x00" in data:
        raise ParseError("binary file, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        # utf-8-sig counts from after the BOM; the user's editor counts from the file's start.
        offset = err.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        line = data.count(b"\n", 0, offset) + 1
        raise ParseError(
            f"not UTF-8 text (invalid byte 0x{data[offset]:02X} at offset {offset}, line {line}); "
            "convert it to UTF-8, e.g. iconv -f LATIN1 -t UTF-8 if it is Latin-1"
        ) from None
    if not text.strip():
        raise ParseError("file is empty")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))  # (in C, not a scan)
    if controls > max(8, len(text) // 20):
        raise ParseError("binary file, not text (mostly control characters)")
    return text


# --------------------------------------------------------------------------------------------
# header

_HEADER = re.compile(r"[ \t]*date[ \t]+(\S+)[ \t]*(.*)")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_header(line: str) -> Header:
    """Parse the first line, `` date YYYY-MM-DD Title``, naming exactly what is wrong if not."""
    line = line.rstrip("\r\n")
    m = _HEADER.fullmatch(line)
    if not m:
        raise ParseError("first line is not a ' date YYYY-MM-DD Title' header")
    iso = _ISO.fullmatch(m.group(1))
    if not iso:
        raise ParseError(
            f"header date {m.group(1)[:40]!r} is not YYYY-MM-DD; "
            "first line must be ' date YYYY-MM-DD Title'"
        )
    try:
        published = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        raise ParseError(f"header date {m.group(1)} is not a real date") from None
    title = m.group(2).strip()
    if not title:
        raise ParseError("header has no title after the date")
    return Header(published=published, title=title)


# --------------------------------------------------------------------------------------------
# paragraphs

_BLANK_SPLIT = re.compile(r"(?:\r\n|\n|\r(?!\n))[ \t\f\v]*(?:\r\n|\n|\r(?!\n))\s*")
#: ``_BLANK_SPLIT`` for text without "\r": the same matches, found by a fast scan for "\n" (a
#: literal first character) instead of testing every character against a set
_BLANK_SPLIT_LF = re.compile(r"\n[ \t\f\v]*\n\s*")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace: spans never begin or end with a space."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # the usual case: already trimmed
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trim_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trim every span and drop the ones that were only whitespace."""
    out = []
    for s, e in spans:
        if s < e and not text[s].isspace() and not text[e - 1].isspace():
            out.append((s, e))  # already trimmed: spare the call
            continue
        s, e = trim(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def split_paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each block between blank lines, trimmed of outer whitespace."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in (_BLANK_SPLIT if "\r" in text else _BLANK_SPLIT_LF).finditer(text, start):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return trim_spans(text, spans)


_SEPARATOR = re.compile(r"[*\s_=~-]{3,}|\*|(?:\.\s?){3,}")
_STAGE = re.compile(r"(?:\([^()\n]{1,80}\)\s*)+")
_CREDIT = re.compile(
    r"\(?(?:Xinhua|Photo|Photos|AP|AFP|Reuters|Sputnik|TASS|RIA)\s*/"
    r"[^()\n]{1,80}\)?|"
    r"(?:Photo|Photos|Photograph|Image|Images|Picture)(?:\s+(?:by|[Cc]redits?)|\s*:)[^\n]{1,80}|"
    # "Representative Image . Image Credit: ANI", "File photo"
    r"(?:Representative|File)\s+(?:[Ii]mage|[Pp]hoto|[Pp]icture)\b[^\n]{0,80}"
)
#: a publisher's copyright line: "© The Daily Planet (www.example.com). All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:©|ⓒ|\([Cc]\)|Copyright\b)[^\n]{0,200}|[^\n]{0,200}\bAll [Rr]ights [Rr]eserved\b[^\n]{0,80}"
)
_COPYRIGHT_HINTS = ("©", "ⓒ", "opyright", "ights reserved", "ights Reserved", "(c)", "(C)")


def _has_any(block: str, hints: tuple[str, ...]) -> bool:
    """Whether ``block`` contains one of ``hints``: a substring test that spares most
    paragraphs a pattern's scan (:data:`_COPYRIGHT`, :data:`_CAPTION_CREDIT`)."""
    return any(h in block for h in hints)


_AGENCY_TAIL = re.compile(
    r"[.!?]\s*\((?:Kyodo|Yonhap|Xinhua|AP|AFP|Reuters|EPA|Getty Images|Anadolu|Bloomberg|ANI|"
    r"TASS|Sputnik|RIA Novosti|Jiji|Bernama|Antara|PTI|UPI)(?:\s*(?:/|Photo)[^()\n]{0,60})?\)$"
)
#: a reporting verb in the past: a paragraph with one reports words, as no caption does
_SIGNED_OFF = re.compile(
    r"\b(?:said|stressed|noted|emphasi[sz]ed|agreed|discussed|expressed|added|underlined|"
    r"underscored|reiterated|affirmed|reaffirmed|urged|highlighted|conveyed|thanked|told)\b"
)
_CREDIT_TAIL = re.compile(r"\((?:Xinhua|Photo|AP|AFP|Reuters)\s*/[^()\n]{1,60}\)\s*$")
#: a caption's own heading: "FILE PHOTO: ...", "Photo caption: ...", "(Photo) ..."
_CAPTION_HEAD = re.compile(
    r"(?:(?:FILE )?PHOTO(?: CAPTION)?|File [Pp]hoto|Photo [Cc]aption|Caption|CAPTION|IMAGE|"
    r"PICTURE)\s*:\s|\((?:Photo|PHOTO|Photos)\)\s"
)
#: a caption's closing credit after its sentence: "... in Dublin.  Picture: Jo Roe / Agency",
#: "... May 31, 2018. REUTERS/Jo Roe/File Photo", "... in Seoul. (PHOTO NOT FOR SALE)"
_CAPTION_CREDIT = re.compile(
    r"[.!?\"”)]\s+(?:(?:Picture|Photo|Photograph|Image|Photo [Cc]redit|Credit)s?\s*:\s*"
    # ("Photo: Gov't of Georgia., 3 Mar 2020 - 13:08, Tbilisi,Georgia": with its time stamp)
    r"[^\n]{1,80}|[A-Z]{2,}(?:/[A-Z][^/\n]{0,40}){1,3}|\(PHOTO NOT FOR SALE\)?)\s*$"
)


_CREDIT_HINTS = ("/", "Pic", "Pho", "Ima", "Credit", "PHOTO")


#: a photo's credit line naming who is pictured: "PM Jo Roe Copyright: GPO"
_COPYRIGHT_CREDIT = re.compile(r"[^\n]{0,60}\bCopyright\s*:\s*[^\n]{1,40}")
#: a news site's writer or agency and time stamp: "Jane Roe Published March 28, 2023 | 01:20
#: PM", "ANI | New Delhi | Updated: 05-01-2022 22:23 IST | Created: ..."
_STAMP = re.compile(
    r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} (?:Published|Updated|Posted)\b:? [^\n]{1,80}|"
    r"[^\n]{0,60}\| (?:Published|Updated|Posted|Created): [^\n]{1,120}"
)
#: a reporter's credit: "By Yoon Sojung", "Written by ...", "Reporter Kim Min-ji",
#: "Jane Roe, Staff Writer"; the writer is no party to the story
_WRITER_BYLINE = re.compile(
    r"(?:(?:Written|Reported|Story|Text) [Bb]y|By) [^\n]{1,80}|"
    r"(?:Staff |Senior |Chief )?(?:Reporter|Correspondent|Staff [Ww]riter) [A-Z][^\n]{1,60}|"
    r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){1,4},? (?:[Ss]taff |[Ss]enior |[Cc]hief )?"
    r"(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent)\b[^\n]{0,40}|" + _STAMP.pattern
)
_BYLINE = re.compile(
    r"(?:Office of the (?:Spokesperson|Press Secretary|Vice President)|"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*){1,4}, (?:[A-Z][\w.]* ){0,3}"
    r"(?:Secretary|Deputy Secretary|Spokesperson|Spokesman|Press Secretary)[^\n]{0,40}|"
    r"(?:Source|Editor|Editing|Author|Writer|Reporter|Photographer)s?\s?: [^\n]{1,80}|"
    + _WRITER_BYLINE.pattern
    + ")"
)
#: a page's date and time stamp, an e-mail address or a field label, alone in a paragraph:
#: "Friday, 29 November 2019 - 13:22", "Fri, 09 Sep, 2022 - 16:35", "23 March 2019",
#: "jane@agency.example (END)", "Author:", "Source :"
_STAMP_LINE = re.compile(
    r"(?:(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}\s+[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}),?\s+\d{4}"
    r"|(?:[A-Z][a-z]{2,8},?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[-–|,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?:\s*\(END\))?"
    r"|(?:Author|Authors|Source|Sources|Writer|Editor|Editing|Reporter|Photographer)\s*:"
    r"|[A-Z]{2,5}"
)
_META = re.compile(
    r"The (?:following|below) (?:is|statement is) attributable to [^\n]{1,120}:|"
    r"(?:The following|Below) is (?:the text of|a readout)[^\n]{1,160}:"
)
_TIME_LINE = re.compile(
    r"(?:END\s*)?\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?|END|"
    r"(?:Via Teleconference|Teleconference|Virtual|Via Video)",
    re.IGNORECASE,
)
_ATTEND = re.compile(
    r"(?:[A-Z][^\n]{0,200}\b(?:were|was) (?:also )?(?:present|in attendance)\b|"
    r"(?:Also )?(?:present|participating|attending|taking part)[^\n]{0,40}\b(?:were|was)\b|"
    r"[A-Z][^\n]{0,200}\b(?:attended|took part in|participated in) the (?:meeting|talks|call))",
    re.IGNORECASE,
)
_CAPS_LABEL = re.compile(
    r"(?:Q|[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,5}"
    # "ANTHONY ALBANESE, PRIME MINISTER:", "EMMANUEL MACRON, PRESIDENT OF FRANCE:"
    r"(?:, [A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,5}(?=:))?)"
    r"(?::|(?=\s))(?:\s*\([A-Za-z .]{2,40}\.?\))?"
)
_LABEL_ONLY = re.compile(r"(?:Q|[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,5}):?")


def is_writer_byline(text: str, start: int, end: int) -> bool:
    """Whether the byline paragraph ``text[start:end]`` credits a reporter, not an official."""
    return _WRITER_BYLINE.fullmatch(text, start, end) is not None


def has_caps_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """Match a transcript speaker label in capitals at ``start`` ("PRESIDENT BIDEN:", "Q ")."""
    m = _CAPS_LABEL.match(text, start, end)
    if not m:
        return None
    head = m.group(0)
    if head.startswith("Q") and (len(head) == 1 or head[1] in " :"):
        return m
    if ":" not in head or len(head.split(":")[0]) < 2:
        return None
    if ", " in head and not any(
        w.rstrip(".") in _LABEL_VOCABULARY for w in head.split(":")[0].split(", ", 1)[1].split()
    ):
        return None  # "WASHINGTON, DC:" is no name and title
    if is_dateline(text, start, head.split(":")[0]):
        return None  # "LAHORE: The Prime Minister ...": a newspaper's dateline, not a speaker
    if NOT_A_SPEAKER.search(head):
        return None  # "FILE PHOTO:", "PHOTO CAPTION:": a caption's heading
    return m


NOT_A_SPEAKER = re.compile(r"\b(?:PHOTO|PICTURE|IMAGE|CAPTION|VIDEO|COPYRIGHT|CREDIT)S?\b")


def is_place_dateline(word: str) -> bool:
    """Whether capitals before a colon name a city or country ("LAHORE", "NEW DELHI"), as
    South Asian and Gulf newspapers open a report, rather than a speaker."""
    name = " ".join(w.capitalize() for w in word.split())
    return name in CAPITALS or name in COUNTRIES


#: words a transcript's speaker label is made of though the article may never use them again
#: ("MODERATOR:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:")
_LABEL_VOCABULARY = frozenset(
    {w.upper().rstrip(".") for phrase in (*ROLES, *HONORIFICS) for w in phrase.split()}
    | {
        "THE", "Q", "QUESTION", "MODERATOR", "PARTICIPANT", "PARTICIPANTS", "AUDIENCE", "MEMBER",
        "REPORTER", "JOURNALIST", "STAFF", "OFFICIAL", "OFFICIALS", "SENIOR", "ADMINISTRATION",
        "ANSWER", "RESPONSE", "REPLY", "REMARK", "INTERPRETER", "TRANSLATOR", "HOST", "ANCHOR",
        "NARRATOR", "SPEAKER", "VOICE", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "PANELIST", "GUEST",
    }
)  # fmt: skip


def is_dateline(text: str, start: int, word: str) -> bool:
    """Whether the capitals before a colon at ``start`` place the report rather than name a
    speaker: a city or country the gazetteer knows, or a label no transcript would carry.

    A place the gazetteer lacks ("PUTRAJAYA: Sultan ... held a meeting ...") is told from a
    speaker by the article itself: it opens one of the first paragraphs, holds no title or
    label word, and the article never uses its words again. A speaker's label names someone
    the title, the text or the other labels mention ("Remarks by Secretary Blinken" ...
    "BLINKEN:"). Only the top of an article is tested, so a page of labels costs nothing.
    """
    if is_place_dateline(word):
        return True
    words = word.split()
    if (
        not 1 <= len(words) <= 3
        or start > 2000
        or text.count("\n\n", 0, start) > 3
        or any(w.rstrip(".") in _LABEL_VOCABULARY or not w.isupper() for w in words)
    ):
        return False
    after = start + len(word)
    for w in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.IGNORECASE):
            if not start <= m.start() < after:
                return False  # the article names it again: a speaker
    # another label in capitals makes it a transcript, whose speakers may be named only there
    return all(m.start() == start for m in _LINE_LABEL.finditer(text))


#: a line opening with capitals and a colon, as a transcript's speaker labels do
_LINE_LABEL = re.compile(r"^[A-Z][A-Z.'’\-]+(?:,? [A-Z][A-Z.'’\-]+)*:", re.MULTILINE)


_ENDS_STOP_COLON = re.compile(r"[.!?:\"”]$")
_ENDS_STOP = re.compile(r"[.!?]$")


def _is_credit(block: str, words: int) -> bool:
    """A photo credit or a copyright line, the whole paragraph."""
    if _CREDIT.fullmatch(block) is not None:
        return True
    return words <= 30 and _has_any(block, _COPYRIGHT_HINTS) and bool(_COPYRIGHT.fullmatch(block))


def classify_paragraphs(
    text: str, spans: Sequence[tuple[int, int]], dateline_para: int | None
) -> list[Paragraph]:
    """Give each paragraph a kind from its shape alone (no attribution needed).

    Kinds drive which paragraphs can carry speakers: only lede, body and attendance paragraphs
    are attributed; the rest become boilerplate statements.
    """
    transcript = any(has_caps_label(text, s, e) for s, e in spans)
    paras: list[Paragraph] = []
    seen_body = False
    for i, (s, e) in enumerate(spans):
        block = text[s:e]
        words = len(block.split())
        kind = "body"
        if _SEPARATOR.fullmatch(block):
            kind = "separator"
        elif _STAGE.fullmatch(block):
            kind = "stage"
        elif _is_credit(block, words):
            kind = "credit"
        elif _META.fullmatch(block):
            kind = "meta"
        elif (
            (words <= 10 and _BYLINE.fullmatch(block))
            or (words <= 24 and "|" in block and _STAMP.fullmatch(block))
            or (words <= 16 and block.startswith("By ") and _WRITER_BYLINE.fullmatch(block))
            or (words <= 8 and _STAMP_LINE.fullmatch(block))
        ):
            kind = "byline"
        elif words <= 6 and _LABEL_ONLY.fullmatch(block) and (block == "Q" or block.endswith(":")):
            kind = "label"
        elif (
            (words <= 8 and _TIME_LINE.fullmatch(block.strip()))
            or (transcript and words <= 8 and not seen_body and not _ENDS_STOP_COLON.search(block))
            or (not seen_body and words <= 8 and _is_venue_line(block))
        ):
            kind = "venue"
        elif (
            (dateline_para is not None and i < dateline_para and _CREDIT_TAIL.search(block))
            or (
                words <= 60
                and block.endswith(")")
                and _AGENCY_TAIL.search(block)
                # "..., Cho and Iwaya stressed the need .... (Yonhap)": the story's last
                # paragraph and the agency signing it off, not a photo's caption
                and not _SIGNED_OFF.search(block)
            )
            or (words <= 80 and _CAPTION_HEAD.match(block))
            or (words <= 80 and _has_any(block, _CREDIT_HINTS) and _CAPTION_CREDIT.search(block))
            or (words <= 10 and "Copyright" in block and _COPYRIGHT_CREDIT.fullmatch(block))
            # a photo's description above its credit line ("Image: X/Pool via REUTERS")
            or (
                not seen_body
                and words <= 60
                and i + 1 < len(spans)
                and _is_credit(nxt := text[spans[i + 1][0] : spans[i + 1][1]], len(nxt.split()))
            )
        ):
            # a photo's caption: before the dateline, or anywhere when it ends by crediting an
            # agency alone ("... speaks to reporters in Tokyo on April 17. (Kyodo)") or a
            # photographer, or opens with its own heading ("FILE PHOTO: ...")
            kind = "caption"
        elif dateline_para is not None and i == dateline_para:
            kind = "lede"
        elif words <= 60 and _is_attendance(block) and not _has_cue_verb(block):
            kind = "attendance"
        elif transcript and words <= 8 and not seen_body and not _ENDS_STOP.search(block):
            kind = "venue"
        elif seen_body and not transcript and 3 <= words <= 14 and _is_subheading(block):
            kind = "heading"
        elif not seen_body and dateline_para is None:
            kind = "lede"
        if kind in ("body", "lede", "attendance"):
            seen_body = True
        paras.append(Paragraph(position=i, kind=kind, start=s, end=e))
    return paras


#: a news site's sub-heading inside the body: "Biden invites Netanyahu to visit Washington"
#: (a headline's present tense, and no full stop)
_HEADLINE_VERBS = (
    frozenset(f for f in SPEECH_FORMS | MEETING_FORMS if f.endswith("s") and not f.endswith("ss"))
    - {"talks", "calls", "remarks", "comments", "thanks", "details", "views", "plans", "values"}
) | {"hold", "meet", "discuss", "agree", "vow", "pledge", "sign", "hail", "urge", "reaffirm"}


def _is_subheading(block: str) -> bool:
    """Whether a short paragraph is a heading the site set between paragraphs: it opens on a
    capital, has no quotation and no closing punctuation, and reads as a headline does, with
    a verb in the present tense ("X invites Y to visit Z", "X, Y hold talks")."""
    block = block.strip()
    if not block[:1].isupper() or block[-1] in ".!?:;,\"”’')]" or any(q in block for q in '"“”'):
        return False
    words = block.split()
    # the verb right after a capitalised subject: "Biden invites ...", "Xi, Putin hold ..."
    return any(w in _HEADLINE_VERBS and words[i][:1].isupper() for i, w in enumerate(words[1:]))


_VENUE_NOUNS = frozenset(
    """
    Room Hall Palace Office Building Center Centre House Residence Kremlin Embassy Ballroom
    Garden Gardens Hotel Pavilion Library Salon Suite
    """.split()  # noqa: SIM905
)
_VENUE_LINE = re.compile(r"[A-Z*][\w.,’'\-* ]*(?<![.!?:])|[A-Z][\w’'\-]*, D\.C\.")


def _is_venue_line(block: str) -> bool:
    """A heading that only says where ("Washington, D.C.", "Thomas Jefferson Room",
    "Malacañang Palace *Manila, Philippines*"): capitalised words naming a place or a room."""
    if "\n" in block or not _VENUE_LINE.fullmatch(block):
        return False
    words = [w.strip("*,") for w in block.split()]
    if any(w[:1].islower() and w not in ("of", "the", "de", "and") for w in words if w):
        return False
    last = words[-1] if words else ""
    return last in _VENUE_NOUNS or _venue_place(block) is not None


def _is_attendance(block: str) -> bool:
    """``_ATTEND.match(block)``, skipping its slow backtracking when the block has none of the
    words it needs: every alternative contains "present", "attend" or "part", in any case.
    ``block.lower()`` finds those unless an "s" is written "ſ", which ``re.IGNORECASE`` also
    matches."""
    if "ſ" not in block:
        low = block.lower()
        if "present" not in low and "attend" not in low and "part" not in low:
            return False
    return _ATTEND.match(block) is not None


_CUE_CHECK = re.compile(r"\b(?:said|stressed|noted|emphasized|agreed|discussed|expressed)\b")


def _has_cue_verb(block: str) -> bool:
    return bool(_CUE_CHECK.search(block))


# --------------------------------------------------------------------------------------------
# dateline

_MONTHS = {
    m: i + 1
    for i, ms in enumerate(
        [
            ("Jan", "January"),
            ("Feb", "February"),
            ("Mar", "March"),
            ("Apr", "April"),
            ("May",),
            ("Jun", "June"),
            ("Jul", "July"),
            ("Aug", "August"),
            ("Sep", "Sept", "September"),
            ("Oct", "October"),
            ("Nov", "November"),
            ("Dec", "December"),
        ]
    )
    for m in ms
}
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"([A-Z][A-Za-z.'’\- ]{1,40}?(?:, [A-Z][A-Za-z.'’\- ]{1,30})?),\s+"
    rf"({_MONTH_WORD}\s+\d{{1,2}}"
    # "CAIRO, 8 November 2021:" (Egyptian and Gulf agencies): the day first, a year, a colon
    rf"|\d{{1,2}}\s+{_MONTH_WORD}(?=,?\s+\d{{4}}\s*:))(?:,?\s+(\d{{4}}))?"
    r"\s*(?:\(([A-Za-z][\w ]{0,20})\))?\s*(?:--|—|–|-|(?<=\d):)\s*"
)


def find_dateline(
    text: str, spans: Sequence[tuple[int, int]], published: dt.date
) -> tuple[int, Dateline] | None:
    """Find an agency dateline ("BEIJING, Dec. 30 (Xinhua) --") at the start of an early paragraph.

    The year comes from the header; a dateline month after the publication month is last year's.
    """
    for i, (s, e) in enumerate(spans[:4]):
        m = _DATELINE.match(text, s, e)
        if not m:
            continue
        place = m.group(1)
        if place.upper() != place and not place.istitle():
            continue
        mon_word, day = m.group(2).replace(".", "").split()
        if mon_word.isdigit():  # "8 November"
            mon_word, day = day, mon_word
        month = _MONTHS.get(mon_word[:3]) if mon_word[:4] != "Sept" else 9
        date = None
        if month:
            year = published.year - (1 if month > published.month else 0)
            if m.group(3):
                year = int(m.group(3))
            try:
                date = dt.date(year, month, int(day))
            except ValueError:
                date = None
        return i, Dateline(
            place=place.title() if place.isupper() else place,
            date=date,
            date_text=m.group(2),
            agency=m.group(4),
            start=m.start(),
            end=m.end(),
        )
    return None


# --------------------------------------------------------------------------------------------
# sentences

_ABBREV = frozenset(
    """
    Mr Mrs Ms Mme Smt Dr St Jr Sr No Nos Gen Lt Col Sen Rep Gov Amb Adm Capt Maj Prof Rev Hon
    vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Fig approx Dept Sgt Cmdr Pres Messrs Mt
    Co Inc Ltd Ft Vol pp cf e.g i.e Sh Md
    """.split()  # noqa: SIM905
)
_SENT_STARTERS = frozenset(
    """
    The He She They It We I In On At This That These Those But And As A An Our His Her Their
    Both During After Before Today Also However Yesterday
    """.split()  # noqa: SIM905
)
_BOUNDARY = re.compile(
    r"(?:[.!?]+|…)[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9*])|(?<=:)(?=\s+[\"“]?[A-Z])|"
    r"(?<=[^\s*])(?=\s*\*\s?\*\s?\*)|(?<=\*\s\*\s\*)(?=\s)|(?<=\*\*\*)(?=\s)|"
    r"(?<=\S)(?=\s*<(?:…|\.\.\.)>)|(?<=<…>)(?=\s)|(?<=<\.\.\.>)(?=\s)"
)
#: ``_BOUNDARY`` for text without "*" or "<", where only its first two alternatives can match,
#: written so that every alternative starts with a literal: ``re`` then skips to the next
#: ".", "!", "?", "…" or ":" instead of trying the pattern at every position. A colon boundary
#: matches the colon here (``_BOUNDARY`` matches the empty string after it).
_CLOSERS = r"[\"”’')\]]*"
_NEXT_STARTS = r"(?=\s+[\"“‘'(\[]?[A-Z0-9*])"
_BOUNDARY_PLAIN = re.compile(
    "|".join(
        [rf"{stop}[.!?]*{_CLOSERS}{_NEXT_STARTS}" for stop in (r"\.", "!", r"\?")]
        + [rf"…{_CLOSERS}{_NEXT_STARTS}", r":(?=\s+[\"“]?[A-Z])"]
    )
)
#: ``_BOUNDARY_PLAIN`` for text without "!", "?", "…" or ":": its full-stop alternative, whose
#: literal first character ``re`` finds with a fast scan instead of testing every character
#: against the set of the alternatives' first characters
_BOUNDARY_DOT = re.compile(rf"\.[.!?]*{_CLOSERS}{_NEXT_STARTS}")
#: a full stop with the space after it lost ("supply chains.They also discussed"): a boundary
#: only before a word that typically opens a sentence, so "St.Petersburg" and "state.gov" stay
_GLUED_NEXT = (
    r"(?=(?:"
    + "|".join(sorted(_SENT_STARTERS - {"A", "I", "As", "An", "At", "In", "It", "On"}))
    # or a title opening the next sentence ("trade.PM Kovac, for her part, said")
    + r"|PM|FM|President|Prime|Minister|Mr|Ms|Mrs|Dr|Foreign|Secretary|Chancellor|Premier"
    + r")\b)"
)
_GLUED = re.compile(r"[.!?]" + _GLUED_NEXT)
#: ``_GLUED`` for text without "!" or "?" (found faster, as ``_BOUNDARY_DOT`` is)
_GLUED_DOT = re.compile(r"\." + _GLUED_NEXT)
_QUOTED_SENTENCE = re.compile(r"[\"“][^\"“”\n]{1,400}?[,.!?][\"”]")


def _quoted_sentence_at(text: str, pos: int, end: int) -> bool:
    """Whether a quotation at ``pos`` holds a sentence (its words end in a stop or comma
    inside the quotes), rather than a quoted name ('the U.S. "Freedom Agenda" in Asia')."""
    return text[pos : pos + 1] in ('"', "“") and _QUOTED_SENTENCE.match(text, pos, end) is not None


_MID_NOTE = re.compile(r"\((?:[Ll]aughs|[Ll]aughter|[Aa]pplause)\.?\)")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into trimmed sentence spans covering all non-space characters.

    A full stop ends a sentence unless it closes a known abbreviation or an initial ("J.",
    "Dec."); multi-dot abbreviations ("U.S.", "D.C.") end one only before a typical sentence
    starter. Colons end a sentence only when a capital follows, which is how both transcript
    labels and "attributable to X:" lines separate from what follows.
    """
    cuts: list[int] = []
    plain = _plain(text, start, end)
    # the quick patterns serve where "." is the only stop (each mark is looked for in the whole
    # text first: most articles have no "?", "!" or "…" at all)
    dots = _lacks(text, "?", start, end) and _lacks(text, "!", start, end)
    if not plain:
        boundary = _BOUNDARY
    elif dots and _lacks(text, ":", start, end) and _lacks(text, "…", start, end):
        boundary = _BOUNDARY_DOT
    else:
        boundary = _BOUNDARY_PLAIN
    for m in boundary.finditer(text, start, end):
        cut = m.end()
        punct = m.group(0)
        if punct.startswith(".") and punct.rstrip("\"”’')]") == ".":
            tok = _token_before(text, max(start, m.start() - 40), m.start())
            tok = tok.lstrip("(\"“‘'")
            if tok in _ABBREV or tok.rstrip(".") in _ABBREV:
                continue
            if len(tok) == 1 and tok.isupper():
                continue  # an initial: "Joseph R. Biden"
            if (
                "." in tok
                and _INITIALS.fullmatch(tok)
                and _next_word(text, cut) not in _SENT_STARTERS
                and tok != "D.C"  # "in Washington, D.C." ends its sentence
                # '... with the U.K. "Estonia aims ...,"': a quoted sentence opening after it
                and not _quoted_sentence_at(text, cut + 1, end)
            ):
                continue  # "U.S", "D.C" mid-sentence
        elif (punct == ":") if plain else (punct == "" and text[m.start() - 1 : m.start()] == ":"):
            # colon boundary: only for labels, i.e. a short capitalised head before it
            seg_start = cuts[-1] if cuts else start
            lo, hi = trim(text, seg_start, cut)
            # _label_like refuses heads over 160 characters: not copying them first keeps a
            # long sentence with many colons linear (it was copied once per colon).
            if hi - lo > 160 or not _label_like(text[lo:hi]):
                continue
        cuts.append(cut)
    extra = _glued_stops(text, start, end, _GLUED_DOT if dots else _GLUED)
    if extra:
        cuts = sorted({*cuts, *extra})
    notes = _note_cuts(text, start, end)
    if notes:
        cuts = _with_note_cuts(text, start, end, cuts, notes)
    bounds = [start, *cuts, end]
    return trim_spans(text, itertools.pairwise(bounds))


def _lacks(text: str, mark: str, start: int, end: int) -> bool:
    """Whether ``mark`` is not in ``text[start:end]``."""
    return mark not in text or text.find(mark, start, end) < 0


def _glued_stops(text: str, start: int, end: int, glued: re.Pattern[str] = _GLUED) -> list[int]:
    """Cuts after full stops that lost their space: after a lowercase word of two letters or
    more ("chains.They"), never after an initial or an abbreviation ("e.g.The", "No.The").
    ``glued`` may be ``_GLUED_DOT`` where the text has no "!" or "?"."""
    return [
        m.end()
        for m in glued.finditer(text, start, end)
        if m.start() - 2 >= start
        and text[m.start() - 2 : m.start()].isalpha()
        and text[m.start() - 2 : m.start()].islower()
    ]


def _note_cuts(text: str, start: int, end: int) -> list[int]:
    """Cuts around a stage note inside a sentence ("we've spent a long time — (laughs) —
    dealing with these"): the note is the transcriber's, the words around it the speaker's."""
    if text.find("(", start, end) < 0:
        return []
    return [cut for m in _MID_NOTE.finditer(text, start, end) for cut in (m.start(), m.end())]


def _with_note_cuts(
    text: str, start: int, end: int, cuts: list[int], notes: list[int]
) -> list[int]:
    """``cuts`` with the cuts around stage notes added, except where a cut would leave nothing
    but punctuation, or a speaker label and punctuation, on its side ("PRIME MINISTER: —
    (laughs) — on that": the label takes the note, the dash no statement of its own)."""
    out = sorted({*cuts, *notes})
    keep = set(cuts)
    bounds = [start, *out, end]
    result = []
    for i, cut in enumerate(out, start=1):
        if cut in keep or (
            _has_word(text, bounds[i - 1], cut)
            and _has_word(text, cut, bounds[i + 1])
            and not text[bounds[i - 1] : cut].rstrip(" —–-").endswith(":")
        ):
            result.append(cut)
        else:
            bounds[i] = bounds[i - 1]  # merged: the next span starts where this one did
    return result


def _has_word(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def _token_before(text: str, start: int, end: int) -> str:
    """``_TOKEN_BEFORE.search(text, start, end)``'s token, or "": the non-space characters
    ending ``text[start:end]``, or ending it but for a final newline (where ``$`` matches too)."""
    window = text[start:end]
    if window.endswith("\n"):
        window = window[:-1]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


def _next_word(text: str, pos: int) -> str:
    """The word after a sentence boundary at ``pos``, without opening quotes or brackets."""
    nxt = text[pos : pos + 30].split()
    return nxt[0].strip("\"“‘'(") if nxt else ""


def _plain(text: str, start: int, end: int) -> bool:
    """Whether only the punctuation and colon alternatives of ``_BOUNDARY`` can match in
    ``text[start:end]``: the others need a "*" or "<" within reach of their lookbehinds (five
    characters), and a colon just before ``start`` would allow an empty match at ``start``."""
    lo = max(0, start - 5)
    return (
        text.find("*", lo, end) < 0
        and text.find("<", lo, end) < 0
        and not (start and text[start - 1] == ":")
    )


_LABEL_HEAD = re.compile(
    r"(?:\*\s?\*\s?\*\s*)?(?:[A-Z][\w'’.\-]*(?:\([a-z]+\))?|of|the|and|for|to)"
    r"(?:\s(?:[A-Z][\w'’.\-]*|of|the|and|for|to))*\s?(?:\((?:retranslated|via interpreter|"
    r"as interpreted|translated)\))?:"
)


def _label_like(head: str) -> bool:
    """True for a speaker label head: 1-16 capitalised words, 'of/the' allowed, ending in ':'."""
    if len(head) > 160 or not head.endswith(":"):
        return False
    if not _LABEL_HEAD.fullmatch(head):
        return False
    words = head[:-1].split()
    return 1 <= len(words) <= 18 and words[-1][:1].isupper() | words[-1].endswith(")")


# --------------------------------------------------------------------------------------------
# meeting facts

_VIDEO = re.compile(
    r"\bvia video|\bvideo ?(?:link|conference|call|conferencing|teleconference)|\bvideoconference|"
    r"\bvirtual(?:ly)?\b|\bby video\b|\bsecure video\b|\bonline\b",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"\btelephonic\b|\bteleconference\b|"
    r"\btelephone\b|\bphone\b|\bspoke (?:today |yesterday |again |earlier today )?(?:with|to)\b|"
    # "called on President X" is a visit in diplomatic English (or an appeal), never a call
    r"\bcall(?:ed)? with\b|\b(?:a|the|their|his|her) call\b|\bcalls? with\b|\bcalled\b(?! on\b)|"
    r"\bspeaks? with\b|\btalked\b|\bintroductory call\b|\bcall\b",
    re.IGNORECASE,
)
#: a verb of talking that says nothing of the medium ("spoke with", "talked")
_WEAK_PHONE = re.compile(
    r"spoke (?:today |yesterday |again |earlier today )?(?:with|to)|speaks? with|talked",
    re.IGNORECASE,
)
_TITLE_MEETING = re.compile(r"\b(?:[Mm]eetings?|[Mm]eets|[Mm]et)\b")
_WRITTEN = re.compile(r"\b(?:message|letter|telegram)s? (?:to|from|of)\b", re.IGNORECASE)
_IN_PERSON = re.compile(
    r"\bmet\b|\bmeets\b|\bmeetings? with\b|\btalks\b|\bvisit\b|\breceived\b|\bhosted\b|"
    r"\bconvened\b|\bcall(?:ed|s)? on (?:the )?(?-i:[A-Z])|"
    # "X held a summit with Y", "held their 12th summit": a virtual one says so (video first)
    r"\b(?:held|holds|hold)\s+(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?summit\b|"
    r"\bpress conference\b|\bjoint press\b|\bbefore (?:their|the) meeting\b|\bremarks\b|"
    r"\bnews conference\b|\bbilateral meeting\b|\bstatements? for the press\b",
    re.IGNORECASE,
)
#: a title that names an in-person event ("... Meeting with ...", "Talks with", "Remarks ...
#: Before Bilateral Meeting", "Press statements following ... talks", "Visit to ...")
_TITLE_IN_PERSON = re.compile(
    r"\b(?:[Mm]eetings?|[Mm]eets|[Mm]et|[Tt]alks|[Vv]isit|[Rr]emarks|[Pp]ress [Aa]vailability|"
    r"[Ss]tatements? (?:for|to) the [Pp]ress|[Pp]ress [Ss]tatements?|[Nn]ews [Cc]onference|"
    r"[Pp]ress [Cc]onference|[Rr]eception|[Dd]inner|[Ll]unch|[Bb]reakfast)\b"
)
_TITLE_PHONE = re.compile(
    r"\b(?:[Cc]alls?|[Tt]elephone|[Pp]hone|[Ss]peaks? [Ww]ith|[Ss]poke [Ww]ith)\b"
)
#: kinds of event, in order of precedence: each with its pattern and a case-sensitive one for
#: the words every match of it contains, lowercased (see :func:`_folded`)
_KIND = (
    (
        "press conference",
        re.compile(
            r"press (?:conference|availability)|news conference|"
            r"statements? (?:for|to) the press",
            re.I,
        ),
        re.compile("press|news conference"),
    ),
    (
        "briefing",
        re.compile(r"\bbriefing\b|background press call", re.I),
        re.compile("briefing|background press call"),
    ),
    ("call", re.compile(r"\bcall\b|telephone|phone", re.I), re.compile("call|phone")),
    ("talks", re.compile(r"\btalks\b", re.I), re.compile("talks")),
    ("visit", re.compile(r"\bvisit\b", re.I), re.compile("visit")),
    ("meeting", re.compile(r"\bmeet|\bmeeting\b|\bremarks\b", re.I), re.compile("meet|remarks")),
)
#: the words every match of :data:`_VIDEO` and :data:`_PHONE` contains, lowercased
_VIDEO_WORDS = re.compile("video|virtual|online")
_PHONE_WORDS = re.compile("phon|teleconference|spoke|speak|call|talked")
#: characters ``re.IGNORECASE`` matches to an ASCII letter though ``str.lower`` does not turn
#: them into it: "İ" and "ı" match "i", "ſ" matches "s"
_ODD_FOLDS = re.compile("[İıſ]")


def _folded(text: str) -> str | None:
    """``text.lower()``, where a case-insensitive pattern of ASCII words can match only if the
    words it needs are found, or None when ``text`` has a character (:data:`_ODD_FOLDS`) such a
    pattern matches without its lowercase being that letter.

    A case-insensitive pattern without a literal first character is tried at every position
    of the text; testing the lowercased text for its words first skips most of those scans."""
    if not text.isascii() and _ODD_FOLDS.search(text):
        return None
    return text.lower()


def _found(rx: re.Pattern[str], words: re.Pattern[str], text: str, low: str | None) -> bool:
    """Whether ``rx`` (case-insensitive) matches in ``text``, not tried when ``low``, the text
    :func:`_folded`, lacks the ``words`` every match contains."""
    return (low is None or words.search(low) is not None) and rx.search(text) is not None


_PLACE_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|D\.C\.|DC)"
#: "Rio de Janeiro", "Dar es Salaam": lower-case particles inside a place name
_PLACE_LINK = r"(?:\s(?:de|da|do|dos|das|del|la|le|el|es|al|sur))?"
_LOCATION = re.compile(
    r"\b(?:in|at|to|outside|near)\s+(?:the\s+)?("
    + _PLACE_WORD
    + r"(?:"
    + _PLACE_LINK
    + r"\s"
    + _PLACE_WORD
    + r"){0,3}(?:,\s+"
    + _PLACE_WORD
    + r"(?:\s"
    + _PLACE_WORD
    + r"){0,2})?)"
)
#: where the clause reporting the meeting gives way to its subject matter: a place named after
#: "to discuss", "about" or "regarding" is a topic ("discussed the situation in Ukraine")
_TOPIC_START = re.compile(
    r"\b(?:to (?:discuss|review|address|consult|coordinate|underscore|reaffirm|express|"
    r"exchange|affirm|highlight|welcome|congratulate|thank|follow|build|advance|strengthen|"
    r"deepen|discuss)|about|regarding|concerning|on the (?:situation|latest|issue|war|crisis|"
    r"developments?)|focused on|including|in advance of|ahead of)\b|,\s+(?:who|which|whose|where)\b"
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b")
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
}
_ON_DATE = re.compile(
    # "on March 10", "On Saturday", and "[on] the evening of August 5"
    r"\b(?:(?:On|on)\s+|(?:(?:[Oo]n|[Ii]n)\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+)"
    r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2})(?:,?\s+(\d{4}))?)\b"
)
#: the date after a weekday: "On Saturday, December 9[, 2023]"
_MONTHDAY_AFTER = re.compile(
    r",?\s+((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2})(?:,?\s+(\d{4}))?\b"
)
#: a date written as an attribute of the meeting noun: "In separate March 4 calls", "their
#: February 26, 2022 meeting"
_DATE_ATTR = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2})(?:,?\s+(\d{4}),?)?\s+(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:calls?|meetings?|conversations?|talks|videoconferences?|video\s+calls?|phone\s+calls?|"
    r"telephone\s+calls?|discussions?|consultations)\b"
)
_MEETING_CUE = re.compile(
    r"\b(?:met|meets|meeting|spoke|speaks|talked|talks|call|called|conversation|hosted|"
    r"received|welcomed|visit(?:ed)?|held|joined|remarks|statements?)\b",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"(?:Following|After|Further to|Building on|Ahead of|Before|In follow-up to|Since)\b"
    r"[^\n]*?,\s+(?=[A-Z])"
)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_TITLE_MEETS = re.compile(r"\b(?:[Mm]eeting|[Mm]eets)\b")
_YESTERDAY = re.compile(r"\byesterday\b|\blast night\b", re.IGNORECASE)
#: a bare weekday in the meeting sentence ("met with Prime Minister Holness Friday in
#: Washington", "spoke Tuesday with"), not a name ("Good Friday Agreement", "Friday's summit")
#: nor an upcoming day ("next Monday")
_BARE_WEEKDAY = re.compile(
    r"(?<!\bGood )(?<!\bBlack )(?<!\bnext )(?<!\bthis )"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?=\s+(?:in|at|with|to|and|by|during|via|for|morning|afternoon|evening|night)\b|\s*[,.;])"
)
_WEEKDAY_NAME = re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
#: where a transcript's host welcomes the guest: "welcome the President of Mongolia to Moscow",
#: "for coming to Moscow today", "here in Sochi"
_WELCOME_PLACE = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)\b[^.;:!?]{0,80}?\bto|(?:coming|come|came)\s+to|here\s+in)\s+(?:the\s+)?"
    r"(" + _PLACE_WORD + r"(?:\s" + _PLACE_WORD + r")?)"
)


def place_country(place: str | None) -> str | None:
    """Country of a place name: a capital or seat ("Beijing", "White House"), or a country."""
    if not place:
        return None
    city = _seat_city(place)
    if city:
        return CAPITALS.get(city)
    for cand in (place, place.split(",")[0].strip(), place.split(",")[-1].strip()):
        if cand in CAPITALS:
            return CAPITALS[cand]
        if cand in COUNTRIES:
            return COUNTRIES[cand]
    return None


def _seat_city(place: str) -> str | None:
    """The city of a seat of government a place names ("White House Situation Room")."""
    for seat, heads, tail, city in _SEAT_FORMS:
        if place == seat or place.startswith(heads) or place.endswith(tail):
            return city
    return None


_SEAT_NAMES = tuple(SEATS)
#: each seat with how a place can start and end on it, built once: (seat, heads, tail, city)
_SEAT_FORMS = [(seat, (seat + ",", seat + " "), " " + seat, city) for seat, city in SEATS.items()]


def place_city(place: str) -> str:
    """The city a place names: a seat stands for its city ("the Kremlin" -> Moscow), and a
    trailing country is dropped ("Manila, Philippines" -> Manila); "Washington, D.C." stays."""
    place = place.strip(" *_,.;:") if not place.endswith("D.C.") else place.strip(" *_,;:")
    city = _seat_city(place)
    if city:
        return city
    head, _, tail = place.partition(",")
    if tail.strip() in COUNTRIES and head.strip() in CAPITALS:
        return head.strip()
    return place


def _meeting_sentence(lede: str) -> tuple[int, int]:
    """The sentence of the lede that reports the meeting: the first with a meeting word."""
    sents = split_sentences(lede, 0, min(len(lede), 2000))  # the first few suffice
    for s, e in sents[:3]:
        if _MEETING_CUE.search(lede, s, e):
            return s, e
    return sents[0] if sents else (0, len(lede))


def _explicit_date(
    weekday: str | None, monthday: str | None, year: str | None, published: dt.date, base: dt.date
) -> tuple[dt.date | None, bool]:
    """The date "on <weekday>" or "<Month> <day>[, <year>]" names, and whether it is one a
    report published on ``published`` can give as its meeting's date."""
    if weekday:
        back = (base.weekday() - _WEEKDAYS[weekday]) % 7
        return base - dt.timedelta(days=back), True
    if not monthday:
        return None, False
    mon, day = monthday.split()
    month = _MONTHS[mon[:3]]
    years = [int(year)] if year else [published.year + 1, published.year]
    years += [] if year else [published.year - 1]
    latest = published + dt.timedelta(days=1)
    date = None
    for y in years:  # the latest such date not after the day after publication
        with contextlib.suppress(ValueError):
            date = dt.date(y, month, int(day))
            if date <= latest:
                break
    if date is None:
        return None, False
    # an explicit date may be a day after the header's (time zones), never later: a later one
    # is an upcoming event the readout mentions ("the State Visit on April 26, 2023")
    return date, date <= latest


def meeting_facts(
    header: Header, dateline: Dateline | None, lede: str, body: str, venues: Sequence[str] = ()
) -> tuple[dt.date | None, str, str, str | None, str | None, str | None]:
    """Date, precision, format, kind, location and host country from the header and lede.

    The lede's meeting sentence (the first that says who met or spoke with whom) states when,
    how and where; the title disambiguates ("Telephone conversation with ...", "Readout of ...
    Call"). Later sentences mention other events ("the upcoming State Visit on April 26",
    "next week's virtual summit") and are not read for the date or the format.
    """
    title = header.title
    ms, me = _meeting_sentence(lede)
    sent = lede[ms:me]
    # date
    date: dt.date | None = header.published
    precision = "unknown"
    base = header.published
    if dateline and dateline.date:
        date, precision = dateline.date, "day"
        base = dateline.date
    found = False
    # "Following talks held in Moscow on February 22, Vladimir Putin ...": a lead-in phrase
    # dates an earlier event, not this one
    lead = _LEAD_IN.match(sent)
    for m in _ON_DATE.finditer(sent, lead.end() if lead else 0):
        if _RELATIVE.search(sent, 0, m.start()):
            break  # "..., who completed her term on December 8": not the meeting's date
        weekday, monthday, year = m.group(1), m.group(2), m.group(3)
        md = _MONTHDAY_AFTER.match(sent, m.end()) if weekday else None
        if md is not None:  # "On Saturday, December 9": the date, not the last such weekday
            weekday, monthday, year = None, md.group(1), md.group(2)
        d, ok = _explicit_date(weekday, monthday, year, header.published, base)
        if ok and d is not None:
            date, precision, found = d, "day", True
            break
    if not found:
        dm = _DATE_ATTR.search(sent, lead.end() if lead else 0)
        if dm is not None and not _RELATIVE.search(sent, 0, dm.start()):
            d, ok = _explicit_date(None, dm.group(1), dm.group(2), header.published, base)
            if ok and d is not None:
                date, precision, found = d, "day", True
    if not found:
        # (from the first weekday's name: the lookbehinds are slow to try at every position)
        wm = _WEEKDAY_NAME.search(sent, lead.end() if lead else 0)
        wm = wm and _BARE_WEEKDAY.search(sent, wm.start())
        if wm is not None and not _RELATIVE.search(sent, 0, wm.start()):
            d, ok = _explicit_date(wm.group(1), None, None, header.published, base)
            if ok and d is not None:
                date, precision, found = d, "day", True
    if not found and _YESTERDAY.search(sent):
        date, precision = base - dt.timedelta(days=1), "day"
    elif not found and _TODAY.search(sent):
        precision = "day"
    # format: video when the title or meeting sentence says so, then what the title names,
    # then the meeting sentence, then anything in the lede and body
    fmt = "unknown"
    # "Following the summit, held via videoconference, X had a telephone conversation with Y":
    # the lead-in's event has a format of its own
    own = sent[lead.end() :] if lead else sent
    low_own = _folded(own)
    pm = _PHONE.search(own) if low_own is None or _PHONE_WORDS.search(low_own) else None
    phone_cue = pm is not None
    person_cue = _IN_PERSON.search(own) is not None
    low_title = _folded(title)
    if _found(_VIDEO, _VIDEO_WORDS, title, low_title) or _found(_VIDEO, _VIDEO_WORDS, own, low_own):
        fmt = "video"
    elif (
        phone_cue
        and not person_cue
        and _WEAK_PHONE.fullmatch(pm.group(0))
        and _PHONE.search(own, pm.end()) is None
        and _TITLE_MEETING.search(title)
        and not _TITLE_PHONE.search(title)
    ):
        # "X spoke with Y at the summit" under a title "X's Meeting with Y": a talk in person
        fmt = "in_person"
    elif phone_cue != person_cue:  # the meeting sentence's own verb: "spoke with", "met"
        fmt = "phone" if phone_cue else "in_person"
    elif _TITLE_PHONE.search(title) and not _TITLE_MEETS.search(title):
        fmt = "phone"
    elif _WRITTEN.search(title):
        fmt = "written"
    elif _TITLE_IN_PERSON.search(title):
        fmt = "in_person"
    elif phone_cue:
        fmt = "phone"
    elif _VIDEO.search(lede):
        fmt = "video"
    elif _PHONE.search(lede):
        fmt = "phone"
    elif _IN_PERSON.search(lede) or _IN_PERSON.search(body[:2000]):
        fmt = "in_person"
    kind = None
    opening = lede[:400]
    low_opening = _folded(opening)
    for name, rx, words in _KIND:
        if _found(rx, words, title, low_title) or _found(rx, words, opening, low_opening):
            kind = name
            break
    if kind is None and fmt == "phone":
        kind = "call"
    # location: a place in the meeting clause (not in its subject matter), a venue line, the
    # title, else the dateline; a call has a place only when a dateline gives one
    location = None
    if fmt != "phone":
        tm = _TOPIC_START.search(sent)
        clause = sent[: tm.start()] if tm else sent
        location = _place_in(clause)
        for block in venues:
            if location is None:
                location = _venue_place(block)
        if location is None:
            tm = _TOPIC_START.search(title)
            location = _place_in(title[: tm.start()] if tm else title)
    if location is None and dateline is not None:
        location = dateline.place
    if location is None and fmt == "in_person":
        location = _welcome_place(body)
    host = place_country(location)
    if location is not None:
        location = place_city(location)
        host = host or place_country(location)
    return date, precision, fmt, kind, location, host


def _welcome_place(text: str) -> str | None:
    """The city a host welcomes the guest to ("welcome you to Moscow"), never a country."""
    for wm in _WELCOME_PLACE.finditer(text):
        cand = wm.group(1)
        if cand in CAPITALS or (_seat_city(cand) is not None):
            return cand
    return None


_TRAILING_LINK = re.compile(r"\s+(?:on|with|and)$")


def _place_in(clause: str) -> str | None:
    """The first known place after "in", "at" or "to" ("in Paris", "to the White House")."""
    for lm in _LOCATION.finditer(clause):
        cand = lm.group(1).strip()
        cand = _TRAILING_LINK.sub("", cand)
        if cand.split()[0] in _MONTHS or cand.split()[0] in _WEEKDAYS:
            continue
        if clause[lm.start() : lm.start() + 2] == "to" and not (
            cand in CAPITALS or cand.startswith(_SEAT_NAMES)
        ):
            continue  # "commitment to Ukraine": only a city or a seat is where one goes
        if place_country(cand) or cand.startswith(_SEAT_NAMES):
            return cand
        # "in Hanoi, Vietnam" where the city is unknown but the country is
        head, _, tail = cand.partition(",")
        if tail and tail.strip() in COUNTRIES:
            return cand
        # "in Tokyo Japan on June 15": the longest known place the words start with
        words = head.split()
        for n in range(len(words) - 1, 0, -1):
            if place_country(" ".join(words[:n])):
                return " ".join(words[:n])
    return None


_VENUE_PLACE = re.compile(
    r"("
    + _PLACE_WORD
    + r"(?:\s"
    + _PLACE_WORD
    + r"){0,3}(?:,\s+"
    + _PLACE_WORD
    + r"(?:\s"
    + _PLACE_WORD
    + r"){0,2})?)"
)


def _venue_place(block: str) -> str | None:
    """A place a venue line names ("Hanoi, Vietnam", "Malacañang Palace *Manila, Philippines*",
    "The White House"), skipping rooms and times."""
    for vm in _VENUE_PLACE.finditer(block.replace("*", " ")):
        cand = vm.group(1)
        if cand.startswith("The "):
            cand = cand[4:]
        if place_country(cand) or cand in SEATS:
            return cand
        head, _, tail = cand.partition(",")
        if tail and tail.strip() in COUNTRIES and head.strip():
            return cand
    return None


# --------------------------------------------------------------------------------------------
# the entry point

#: ``\b[A-Za-z][a-z]{2,}\b``, the leading word boundary written as a lookbehind after the first
#: letter: ``re`` then skips to letters instead of trying the pattern at every position
_WORDY = re.compile(r"[A-Za-z](?<!\w[A-Za-z])[a-z]{2,}\b")
_CODEY = re.compile(
    r"[;{}]\s*$|^\s*[{}]|==|=>|->|\w\(\)|^\s*(?:def|class|import|from|#include|function|var|"
    r"let|const|return|if|for|while)\b.*[(:{=]",
    re.MULTILINE,
)
_CODE_WORDS = (
    "def",
    "class",
    "import",
    "from",
    "#include",
    "function",
    "var",
    "let",
    "const",
    "return",
    "if",
    "for",
    "while",
)
_STOP_SPACE = re.compile(r"[.!?]\s")
_COMMON_WORD = re.compile(r"\b(?:the|a|an|of|and|to|in|is|was|with|on|for|that)\b", re.IGNORECASE)


_ASCII_LETTERS = string.ascii_letters.encode()


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _count_letters(body: str) -> int:
    """How many characters of ``body`` are letters (``str.isalpha``): the ASCII ones counted by
    deleting the letters in C rather than testing each character in Python, then the few
    others (curly quotes, accented letters) one by one."""
    raw = body.encode("ascii", "ignore")
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if len(raw) != len(body):
        letters += sum(map(str.isalpha, _ASCII_RUN.sub("", body)))
    return letters


def _is_code_line(line: str) -> bool:
    """``_CODEY.search(line)``, skipping the slow scan for a line with none of the characters
    or leading keywords that pattern needs (nearly every line of prose)."""
    if not (
        ";" in line
        or "{" in line
        or "}" in line
        or "=" in line
        or "->" in line
        or "()" in line
        or line.lstrip().startswith(_CODE_WORDS)
    ):
        return False
    return _CODEY.search(line) is not None


def _looks_like_prose(body: str) -> str | None:
    """Return a reason when the body is not prose (code, CSV, token soup), else None."""
    if sum(1 for _ in itertools.islice(_WORDY.finditer(body), 3)) < 3:
        return "body has no sentences of words"
    letters = _count_letters(body)
    # (letters making half the body make half of it without spaces: spare the copies)
    if letters < 0.5 * len(body) and letters < 0.5 * len(
        body.replace(" ", "").replace("\n", "").replace("\r", "")
    ):
        return "body is mostly not letters"
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if lines:
        code_lines = sum(1 for ln in lines if _is_code_line(ln))
        if code_lines > 0.3 * len(lines):
            return "body looks like program code"
        commas = sum(
            1
            for ln in lines
            if ln.count(",") >= 3
            and not _STOP_SPACE.search(ln)
            and len(_WORDY.findall(ln)) < 3 * (ln.count(",") + 1)
        )
        if len(lines) >= 3 and commas > 0.6 * len(lines):
            return "body looks like a table (CSV)"
    if not _has_common_words(body):
        return "body has no sentences of ordinary words"
    return None


def _has_common_words(body: str) -> bool:
    """Whether one word in 40 of ``body`` (one at least) is a common one ("the", "of", ...).

    Counting the words (:data:`_WORDY`) is a slow scan of the whole body. Each is three letters
    or more between non-word characters, so there are at most one in four characters: prose has
    that bound's share of common words within its first lines, and only a body short of them
    needs its words counted. Only whether there are enough common words matters: their count
    stops there."""
    bound = max(1, (len(body) + 1) // 4 // 40)
    common = sum(1 for _ in itertools.islice(_COMMON_WORD.finditer(body), bound))
    if common >= bound:
        return True
    return common >= max(1, len(_WORDY.findall(body)) // 40)


def parse_article(text: str) -> Article:
    """Parse one decoded article into paragraphs, statements, persons and meeting facts."""
    from dipdb.attribution import attribute  # local import: attribution imports this module

    nl = text.find("\n")
    first = text if nl < 0 else text[:nl]
    header = parse_header(first)
    body_start = len(text) if nl < 0 else nl + 1
    body = text[body_start:]
    if not body.strip():
        raise ParseError("not an article: header but no body text")
    reason = _looks_like_prose(body)
    if reason:
        raise ParseError(f"not an article: {reason}")
    spans = split_paragraphs(text, body_start)
    dl = find_dateline(text, spans, header.published)
    dateline_para = dl[0] if dl else None
    dateline = dl[1] if dl else None
    paragraphs = classify_paragraphs(text, spans, dateline_para)
    lede_para = next((p for p in paragraphs if p.kind == "lede"), None)
    if lede_para is None:
        lede_para = next((p for p in paragraphs if p.kind == "body"), None)
    lede = text[lede_para.start : lede_para.end] if lede_para else ""
    venues = [text[p.start : p.end] for p in paragraphs if p.kind == "venue"]
    date, precision, fmt, kind, location, host = meeting_facts(header, dateline, lede, body, venues)
    publisher = _publisher(text, paragraphs, dateline)
    # «guillemets» (Russian, French, Central Asian copy) are read as the curly quotation
    # marks they stand for: one character for one, so every offset holds
    marked = "«" in text and "»" in text
    result = attribute(
        text.translate(_GUILLEMETS) if marked else text,
        header,
        paragraphs,
        publisher=publisher,
        lede=lede_para,
    )
    statements = result.statements
    if marked:
        statements = tuple(replace(st, text=text[st.start : st.end]) for st in statements)
    meeting = Meeting(
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        format=fmt,  # type: ignore[arg-type]
        kind=kind,
        location=location,
        host_country=host,
    )
    return Article(
        text=text,
        header=header,
        publisher=publisher,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        meeting=meeting,
        persons=result.persons,
        participants=result.participants,
        statements=statements,
        parser_version=PARSER_VERSION,
        genre=result.genre,
        attributed_to=result.attributed_to,
    )


_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})

_PUBLISHER_MARKERS = (
    (
        re.compile(
            r"^Office of the Spokesperson$|"
            r"attributable to (?:(?:State )?Department )?Spokes(?:person|man)",
            re.M,
        ),
        "U.S. Department of State",
    ),
    (re.compile(r"^Office of the Press Secretary$|^The White House$", re.M), "The White House"),
)


def _publisher(text: str, paragraphs: Sequence[Paragraph], dateline: Dateline | None) -> str | None:
    """The publisher from the dateline agency or an unmistakable marker paragraph, else None."""
    if dateline and dateline.agency:
        return dateline.agency
    for p in paragraphs[:4]:
        if p.kind in ("byline", "meta"):
            block = text[p.start : p.end]
            for rx, name in _PUBLISHER_MARKERS:
                if rx.search(block):
                    return name
    return None
