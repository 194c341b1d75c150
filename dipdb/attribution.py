"""Recognise people and attribute every sentence (or clause) of an article to its speakers.

The engine works in four passes, each linear in the text:

1. **Registry** – every capitalised run ("Chinese President Xi Jinping",
   "President Vladimir Putin of Russia", "PRESIDENT BIDEN:") is parsed into title, country and
   name; runs with the same family name merge into one person whose aliases are every surface
   form seen.
2. **Principals** – the parties to the meeting, from the first sentence that reports the meeting
   ("X met/spoke/had a call with Y") and the header; joint subjects and passives resolve to them.
3. **Attribution** – per paragraph, each sentence first gets its *own* attribution (transcript
   label, explicit subject + reporting verb, trailing "..., he said.", side, agentless passive);
   sentences without one then inherit from a later trailing attribution or continue the
   previous speaker of the same paragraph, else are narrative.
4. **Clauses** – a sentence that changes speaker after ", and"/";" is split there.

Nothing here knows about particular files or people: only the tables in :mod:`dipdb.names`.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, NamedTuple

from dipdb.article import Header, Paragraph, Participant, Person, Statement
from dipdb.names import (
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    FAMILY_FIRST,
    FEMALE_GIVEN_NAMES,
    HONORIFICS,
    INSTITUTION_WORDS,
    LIGHT_VERBS,
    MALE_GIVEN_NAMES,
    MEETING_FORMS,
    MEETING_PHRASES,
    MEETING_VERBS,
    NEWS_OUTLETS,
    NON_NAME_WORDS,
    ORGANIZATIONS,
    ROLE_MODIFIERS,
    ROLES,
    SPEECH_FORMS,
    SPEECH_VERBS,
    SUFFIXES,
    TITLE_COUNTRY,
)
from dipdb.parse import (
    _WEEKDAYS,
    NOT_A_SPEAKER,
    _label_like,
    has_caps_label,
    is_dateline,
    is_writer_byline,
    split_sentences,
    trim,
)

# --------------------------------------------------------------------------------------------
# persons


# A parenthesised photo credit: "(Xinhua/Yao Dawei)", "(Photo/Jane Doe)".
@functools.cache
def _common_words() -> frozenset[str]:
    """The shipped list of ordinary words (``common_words.txt``), read once."""
    data = resources.files("dipdb").joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(
        w for line in data.splitlines() if not line.startswith("#") for w in line.split()
    )


_NAME_PART = re.compile(r"[^\W\d_]+")


def _no_person(p: _Person, common: AbstractSet[str]) -> bool:
    """A capitalised run that only ever names a thing: no title, and every word of it an ordinary
    word ("Artificial Intelligence", "Open Skies", a "MODERATOR:" label). Kept out of the
    persons, so the database never holds a person no text names as one."""
    if p.roles or p.title:
        return False
    words = _NAME_PART.findall(p.name)
    ordinary = _common_words()
    return bool(words) and all(w.lower() in ordinary or w.lower() in common for w in words)


_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.&-]*\s?){1,3}/[^()/\n]{1,60}\)"
    # a wire's credit: "REUTERS/Jo Roe/File Photo", "AFP/Jo Roe"
    r"|\b[A-Z]{2,}(?:/[A-Z][^/\s]*(?: [A-Z][^/\s]*){0,3}){1,3}"
    # "© Fiona Goodall/Getty Images": a copyright line names the photographer
    r"|©\s*[A-Z][^/\n]{1,40}/\s*[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,2}"
    # "(Photo by ARIF ALI/AFP via Getty Images)"
    r"|\(Photos? by [^()\n]{1,80}\)"
    # "... in Doha. Mohamed Al Hammadi / Presidential Court": a caption's closing credit
    r"|(?<=[.!?] )[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3} ?/ ?[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}"
    r"(?=\s*$)"
    # "Gitanas Nauseda and Andrzej Duda Darek Delmanowicz/PAP": a photographer's name glued to
    # the end of the caption, before an agency in capitals
    r"|(?<= )[A-Z][\w’'\-]+ [A-Z][\w’'\-]+/[A-Z]{2,6}(?=\s*$)"
)


@dataclass(eq=False)
class _Person:
    """Mutable builder for :class:`Person` while the article is read."""

    name: str
    tokens: tuple[str, ...]
    first: int
    # An insertion-ordered set: a list's membership test made adding aliases quadratic in
    # their number (thousands in a page of capitalised words).
    aliases: dict[str, None] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organization: str | None = None

    def add_alias(self, alias: str) -> None:
        alias = alias.strip(" ,:")
        if alias:
            self.aliases.setdefault(alias)

    @property
    def family(self) -> str:
        """The family name: the first token for family-name-first names, else the last.
        Where both could be family names ("Park Jin", "Han Zheng"), such names are written
        family name first."""
        if len(self.tokens) > 1 and self.tokens[0] in FAMILY_FIRST:
            return self.tokens[0]
        return self.tokens[-1]


# Capital letters of names, accents included: "Álvaro", "Émile", "Łukasz", "Özdemir".
_UC = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CONNECT = r"(?:of|the|for|de|da|dos|du|van|von|der|den|bin|ibn|al|la|le|del|y)"
_CAPTOK = (
    r"(?:[A-Z]\.(?=[\s,A-Z])|(?:Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Brig|Prof|Sh|Md)\.|"
    rf"[{_UC}][\w'’\-]*(?![\w'’\-])"
    r"|al-[A-Z][\w'’\-]*|el-[A-Z][\w'’\-]*)"
)
#: ``_CAPTOK`` led by a class of the characters it can start with, so that ``re`` skips
#: straight to them (a pattern led by a lookbehind or lookahead is tried at every position):
#: the lookbehind ``(?<![\w'’.\-])`` moves after that first character (``.`` there is the
#: character just read, never a newline), and each alternative checks with a lookbehind that
#: the character read is one it can start with, in ``_CAPTOK``'s order.
_CAPTOK_LEAD_REST = (
    r"(?:(?<=[A-Z])\.(?=[\s,A-Z])"
    r"|(?:(?<=J)r|(?<=S)r|(?<=S)t|(?<=M)r|(?<=M)rs|(?<=M)s|(?<=D)r|(?<=G)en|(?<=L)t|(?<=C)ol"
    r"|(?<=M)aj|(?<=C)apt|(?<=A)dm|(?<=B)rig|(?<=P)rof"
    # "Hassan Sh. Mohamud" (Sheikh), "Md. Touhid Hossain" (Mohammad), as South Asian and
    # Somali copy abbreviates them
    r"|(?<=S)h|(?<=M)d)\."
)
#: (a double hyphen is a dash: "(Jiji Press)--Japanese Prime Minister" opens a run)
_NOT_AFTER = r"(?<![\w'’.].)(?<![^-]-.)"
#: in a text with glued stops or initials, a full stop before a run is allowed after a
#: lower-case letter ("trade.PM Kovac" lost its space; "U.S" did not)
_NOT_AFTER_GLUED = r"(?<![\w'’].)(?<![^-]-.)(?<![^a-z]\..)"
_RUN_REST = (
    rf"(?:(?:,\s(?=(?:Jr|Sr)\b)|[ \t]){_CAPTOK}|[ \t]{_CONNECT}(?=[ \t][{_UC}])"
    rf"|[ \t](?:to|of)[ \t]the(?=[ \t][A-Z])"
    # "Spokesman for the Presidency Bassam Radi": a spokesperson's office
    rf"|(?:(?<=man)|(?<=person)|(?<=woman))[ \t]for[ \t]the(?=[ \t][A-Z])"
    # "Ursula von der Leyen", "Joost van den Berg": a two-word particle inside a name
    rf"|[ \t](?:von|van|de)[ \t](?:der|den|la|le|los|las)(?=[ \t][{_UC}])"
)
#: "U.Khurelsukh", "M.P.Singh": initials glued to the name (see :func:`_unglue_initials`)
_GLUED_NAME = r"|(?<=[A-Z]\.)(?:[A-Z]\.)*[A-Z][a-z][\w'’\-]*(?![\w'’\-])"


def _run_pattern(capital_led: bool, glued: bool) -> re.Pattern[str]:
    """A capitalised run's pattern: led by the capitals alone when the text has no "al-" or
    "el-" (where no run can start with a lower-case "a" or "e", ``re`` stops at a fifth as
    many letters), and taking glued stops and initials only in a text that has them."""
    lead = rf"[{_UC}]" if capital_led else rf"[{_UC}ae]"
    word = (
        r"|[\w'’\-]*(?![\w'’\-]))"
        if capital_led
        else rf"|(?<=[{_UC}])[\w'’\-]*(?![\w'’\-])|(?<=a)l-[A-Z][\w'’\-]*|(?<=e)l-[A-Z][\w'’\-]*)"
    )
    return re.compile(
        lead
        + (_NOT_AFTER_GLUED if glued else _NOT_AFTER)
        + _CAPTOK_LEAD_REST
        + word
        + _RUN_REST
        + (_GLUED_NAME if glued else "")
        + ")*"
    )


_RUN = _run_pattern(capital_led=False, glued=False)
_RUN_CAPITAL_LED = _run_pattern(capital_led=True, glued=False)
_RUN_GLUED = _run_pattern(capital_led=False, glued=True)
_RUN_CAPITAL_LED_GLUED = _run_pattern(capital_led=True, glued=True)
#: a stop that lost its space before a capital, or an initial glued to a name
#: (led by the full stop, which ``re`` skips to, rather than by a class it tries everywhere)
_GLUED_STOP = re.compile(r"\.(?:(?<=[a-z]\.)(?=[A-Z])|(?<=[A-Z]\.)(?=[A-Z][a-z]))")
_TOKEN = re.compile(r"\S+")
_GLUED = re.compile(r"[a-z][A-Z]")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ROLE_SET = frozenset(ROLES)
_ROLE_FIRST = frozenset(r.split()[0] for r in ROLES)
_MAX_ROLE_WORDS = max(len(r.split()) for r in ROLES)
_COUNTRY_KEYS = sorted(COUNTRIES, key=lambda k: -len(k.split()))
_MAX_COUNTRY_WORDS = max(len(k.split()) for k in COUNTRIES)
#: the words a country's name starts with (a phrase of tokens that starts with no such word
#: is no country: the tokens of a run hold no space)
_COUNTRY_FIRST = frozenset(k.split(" ")[0] for k in COUNTRIES)
_MAX_PLACE_WORDS = max(len(k.split()) for k in (*COUNTRIES, *ORGANIZATIONS))
_ORG_FIRST = frozenset(k.split()[0] for k in ORGANIZATIONS)


class RunInfo(NamedTuple):
    """What a capitalised run says: a name (tokens), a role, a country, and where the name is.

    A named tuple rather than a frozen dataclass: one is made for every run of every article,
    and a tuple is built several times faster than a frozen dataclass sets its fields.
    """

    name_tokens: tuple[str, ...]
    surface: str  # the name as written, initials and suffixes included
    role: str | None
    title: str | None  # title as written ("Chinese President")
    country: str | None
    start: int
    end: int
    organization: str | None = None
    roles: tuple[str, ...] = ()  # every role of the title ("Foreign Minister", "Prince")
    #: the name is the superior an aide's title names ("Chief of Staff for European Commission
    #: President X"): X is mentioned, the aide is someone else
    superior: bool = False


@functools.lru_cache(maxsize=1 << 16)
def _clean(tok: str) -> str:
    """A token without trailing punctuation and possessive (cached: names recur)."""
    return _POSSESSIVE.sub("", tok.rstrip(",:;"))


#: prefixes of compound words, never of a name
_WORD_PREFIXES = (
    "Non-",
    "Anti-",
    "Counter-",
    "Pro-",
    "Post-",
    "Pre-",
    "Multi-",
    "Inter-",
    "Cross-",
    "Self-",
    "Semi-",
    "Sub-",
    "Trans-",
)


@functools.lru_cache(maxsize=1 << 16)
def _is_name_token(tok: str, caps_ok: bool = False) -> bool:
    """A token that can be part of a person's name (not a title, country, month or acronym).

    Cached: a dozen tests a name's token, and the same names recur within and across
    articles."""
    if not tok or _GLUED.search(tok.replace("Mc", "").replace("Mac", "")):
        return False
    if tok in NON_NAME_WORDS or tok in COUNTRIES or tok in DEMONYMS:
        return False
    if tok in CAPITALS and tok not in _GIVEN_NAME_CAPITALS:
        return False
    if tok.endswith("s") and tok[:-1] in DEMONYMS:
        return False  # "Families of Americans Taken Hostage": a people, not a name
    if "-" in tok and any(
        part in COUNTRIES or part in DEMONYMS or part in ORGANIZATIONS for part in tok.split("-")
    ):
        return False  # "Russia-NATO", "U.S.-Japan": a compound, not a name
    if tok.startswith(_WORD_PREFIXES):
        return False  # "Non-Nuclear", "Anti-Corruption", "Counter-Terrorism": a term
    if tok.endswith("ing") and tok.lower() in _VERB_FORMS:
        return False  # "Congratulating Son on ..., X said": a participle opening the sentence
    if tok.isupper() and len(tok.replace("-", "")) > 1 and not caps_ok:
        return False
    if tok.startswith(("al-", "el-")):
        return tok[3:4].isupper()  # "el-Sisi", "al-Assad"
    return tok[0].isupper() and any(c.isalpha() for c in tok)


#: capitals that are also common given names ("Santiago Cafiero", "Sofia Zakharova")
_GIVEN_NAME_CAPITALS = frozenset({"Santiago", "Victoria", "Sofia"})


_VERB_FORMS = SPEECH_FORMS | MEETING_FORMS


def _is_initial(tok: str) -> bool:
    return len(tok) == 2 and tok[0].isupper() and tok[1] == "."


_CONNECTORS = frozenset(
    {"al", "bin", "ibn", "de", "van", "von", "der", "da", "del", "y", "dos", "du", "la", "le"}
)


def parse_run(
    words: Sequence[tuple[str, int, int]],
    caps_ok: bool = False,
    common: AbstractSet[str] = frozenset(),
) -> RunInfo | None:
    """Split a run of capitalised words into title, country and name.

    ``words`` are (token, start, end). Reads left to right: demonyms and "of <country>" give the
    country, the longest role phrase gives the role, and the stretches of name-like tokens
    (initials and Jr./II suffixes included) are name candidates: the one right after the title,
    else the last full (two-token) one. ``common`` holds the lowercase words of the article: a
    capitalised word the article also writes in lower case ("Healthcare", "Peace") is a word,
    not a name, at the head of a name. Returns None when the run has neither name nor title.

    The reading depends only on the tokens' strings and on which of their lowercase forms
    ``common`` holds, never on where the run is: :func:`_run_shape` does it once per distinct
    run (the same names recur within and across articles) and this places the result.
    """
    strs = tuple([w[0] for w in words])
    if not caps_ok:
        strs = _capitalised_surnames(strs)
    return _place_run(_shape_of(strs, caps_ok, common), words)


_ROMAN = re.compile(r"[IVXLC]+")
#: the words a title before a name ends in ("Prime Minister", "President", "Secretary-General")
_TITLE_ENDS = frozenset(
    r.split()[-1] for r in ROLES if " of " not in r and " for " not in r and " to " not in r
)


@functools.lru_cache(maxsize=1 << 14)
def _capitalised_surnames(strs: tuple[str, ...]) -> tuple[str, ...]:
    """ "Prime Minister KISHIDA Fumio", "President Kassym-Jomart TOKAYEV": Japan's foreign
    ministry and many Asian and European texts write the family name in capitals. Such a word
    next to a given name is read as the name it is ("Kishida"); an acronym ("NATO", "ASEAN
    Secretary-General") has no given name beside it."""
    if not any(len(t) >= 3 and t.isupper() for t in strs) or not any(
        t in _ROLE_WORDS or t in HONORIFICS for t in strs
    ):
        return strs  # only after a title or an honorific: "PMC Wagner", "OPEC Plus" are no names
    out = list(strs)
    for i, t in enumerate(strs):
        core = t.rstrip(",;:")
        if (
            len(core) < 3
            or not core.isupper()
            or not core.replace("-", "").isalpha()
            or _ROMAN.fullmatch(core)
            or core in COUNTRIES
            or core in ORGANIZATIONS
            or core in NON_NAME_WORDS
        ):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(strs):
                n = strs[j].rstrip(",;:")
                if (
                    len(n) >= 2
                    and n[0].isupper()
                    and n[1].islower()
                    and not n.endswith(".")
                    and n not in _ROLE_WORDS
                    and n not in NON_NAME_WORDS
                    and n not in COUNTRIES
                    and n not in DEMONYMS
                    and min(i, j) > 0
                    and (strs[min(i, j) - 1] in _TITLE_ENDS or strs[min(i, j) - 1] in HONORIFICS)
                ):
                    # right after the title or honorific: "Minister KISHIDA Fumio"
                    out[i] = core.title() + t[len(core) :]
                    break
    return tuple(out)


def _shape_of(strs: tuple[str, ...], caps_ok: bool, common: AbstractSet[str]) -> _RunShape | None:
    return _run_shape(strs, caps_ok, _common_hits(strs, caps_ok, common) if common else _NO_HITS)


def _place_run(shape: _RunShape | None, words: Sequence[tuple[str, int, int]]) -> RunInfo | None:
    """The :class:`RunInfo` of a run's shape, at the run's offsets."""
    if shape is None:
        return None
    core, surface, role, title, country, organization, roles, superior, first, last, trim_ = shape
    start, end = words[first][1], words[last][2] - trim_
    # ``tuple.__new__`` builds the named tuple without the call through its ``__new__``
    return _new_tuple(
        RunInfo, (core, surface, role, title, country, start, end, organization, roles, superior)
    )


_new_tuple = tuple.__new__


_NO_HITS: frozenset[str] = frozenset()


def _common_hits(strs: tuple[str, ...], caps_ok: bool, common: AbstractSet[str]) -> frozenset[str]:
    """The lowercase forms of a run's tokens that ``common`` holds: all :func:`_run_shape`
    asks of ``common``, so that its result can be cached whatever the article."""
    if isinstance(common, (set, frozenset)):
        return _run_lower_forms(strs, caps_ok) & common  # the intersection, in C
    return frozenset(low for s in strs for low in _lower_forms(s, caps_ok) if low in common)


@functools.lru_cache(maxsize=1 << 16)
def _run_lower_forms(strs: tuple[str, ...], caps_ok: bool) -> frozenset[str]:
    """Every lowercase form :func:`_run_shape` may look up in ``common`` for a run's tokens."""
    return frozenset(low for s in strs for low in _lower_forms(s, caps_ok))


@functools.lru_cache(maxsize=1 << 16)
def _lower_forms(s: str, caps_ok: bool) -> tuple[str, ...]:
    """The lowercase forms :func:`_run_shape` may look up in ``common`` for one token."""
    tok = _clean(s)
    return (tok.lower(), tok.title().lower()) if caps_ok else (tok.lower(),)


_RunShape = tuple[
    tuple[str, ...],  # name tokens
    str,  # surface
    str | None,  # role
    str | None,  # title
    str | None,  # country
    str | None,  # organization
    tuple[str, ...],  # roles
    bool,  # superior
    int,  # index of the word the span starts at
    int,  # index of the word the span ends at
    int,  # characters to cut off the end of that word ("’s", ",")
]


def _extends_title(title_end: int, of: int, is_name: list[bool]) -> bool:
    """Whether "of ..." at token ``of`` completes the title ending at ``title_end``: right after
    it, or after one more word of the title, but not after the name: in "President Ruto of
    Kenya" the country is his, not part of what he is called."""
    return title_end == of or (title_end == of - 1 and not is_name[of - 1])


@functools.lru_cache(maxsize=1 << 16)
def _run_shape(strs: tuple[str, ...], caps_ok: bool, common: frozenset[str]) -> _RunShape | None:
    """:func:`parse_run` on the tokens' strings alone, with the span as word indices.

    ``common`` need only hold the run's own lowercase tokens the article writes
    (:func:`_common_hits`).
    """
    n = len(strs)
    toks = [_clean(s) for s in strs]
    if n > 2 and toks[1] in ("of", "for") and toks[0] in INSTITUTION_WORDS:
        return None  # "Treaty of the River Plate", "Bank of England": an institution's name
    role: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    country: str | None = None
    organization: str | None = None
    role_end = -1
    all_roles: list[str] = []
    aide_for = -1
    superior = False
    is_name = [False] * n
    i = 0
    while i < n:
        tok = toks[i]
        if tok in _NAME_PART_TITLES and i > 0 and is_name[i - 1]:
            # "President Hassan Sheikh Mohamud": a title word inside a name is part of it
            is_name[i] = True
            i += 1
            continue
        if title_start is None and country is None and i + 1 < n and tok in _COUNTRY_FIRST:
            # "UAE President X", "Russia Foreign Minister Y": a country before a title
            for k in range(min(_MAX_COUNTRY_WORDS, n - i - 1), 0, -1):
                phrase = " ".join(toks[i : i + k])
                if phrase in COUNTRIES and toks[i + k] in _ROLE_FIRST:
                    country = COUNTRIES[phrase]
                    title_start, title_end = i, i + k
                    i += k
                    break
            if title_start is not None:
                continue
        # role phrase, longest first (only from a word a role can start with, as the tokens
        # of a run hold no space: most words start none, and are spared joining each phrase
        # they could start)
        matched = False
        for k in (
            range(min(_MAX_ROLE_WORDS, n - i), 0, -1)
            if tok in _ROLE_FIRST or (caps_ok and tok.title() in _ROLE_FIRST)
            else ()
        ):
            phrase = " ".join(toks[i : i + k])
            if phrase in _ROLE_SET or (caps_ok and phrase.title() in _ROLE_SET):
                if aide_for >= 0 and title_end == i and i > aide_for + 1:
                    # "Chief of Staff for European Commission President X": X holds only the
                    # second title; the first is an aide's, who is named elsewhere
                    role, all_roles, superior = None, [], True
                    title_start = aide_for + 1
                    aide_for = -1
                if (
                    role is not None
                    and title_end is not None
                    and title_end < i
                    and any(is_name[title_end:i])
                    and toks[i - 1].islower()
                ):
                    # "Spokesperson A of National Security Advisor B": a name closes the title
                    # before it, and the title after is the next person's
                    role, all_roles, title_start = None, [], i
                if role is None or title_end == i or title_end == i - 1:
                    role = phrase if phrase in _ROLE_SET else phrase.title()
                    all_roles.append(role)
                if title_start is None:
                    title_start = i
                title_end = role_end = i + k
                i += k
                matched = True
                break
        if matched:
            continue
        if tok in ("of", "for") and i + 1 < n:
            if tok == "for" and role is not None and title_end == i:
                aide_for = i
            j = i + 1
            if toks[j] == "the":
                j += 1
            for k in range(min(_MAX_PLACE_WORDS, n - j), 0, -1):
                phrase = " ".join(toks[j : j + k])
                if phrase in COUNTRIES or phrase in ORGANIZATIONS:
                    if tok == "of" and phrase in COUNTRIES and country is None:
                        country = COUNTRIES[phrase]
                    elif phrase in ORGANIZATIONS and organization is None:
                        organization = ORGANIZATIONS[phrase]
                    if title_end is not None and _extends_title(title_end, i, is_name):
                        title_end = j + k
                    i = j + k
                    matched = True
                    break
            if matched:
                continue
            # "Minister of Foreign Affairs": a title's complement runs to the next name
            if title_end is not None and _extends_title(title_end, i, is_name):
                title_end = i + 1
            i += 1
            continue
        # a demonym, of one word or of two ("Sri Lankan Prime Minister X", "his Sri Lankan
        # counterpart")
        dem = (
            pair
            if i + 1 < n and (pair := f"{tok} {toks[i + 1]}") in DEMONYMS
            else tok
            if tok in DEMONYMS
            else None
        )
        if dem is not None and (title_start is None or title_end == i):
            if country is None:
                country = DEMONYMS[dem]
            if title_start is None:
                title_start = i
            title_end = i = i + 1 + dem.count(" ")
            continue
        if title_start is None and tok in _ORG_FIRST:
            org_len = 0
            for k in range(min(_MAX_PLACE_WORDS, n - i), 0, -1):
                if " ".join(toks[i : i + k]) in ORGANIZATIONS:
                    org_len = k
                    break
            if org_len:  # "Caribbean Community", "NATO": an organisation, never a name
                organization = organization or ORGANIZATIONS[" ".join(toks[i : i + org_len])]
                i += org_len
                continue
        if (
            (
                _is_name_token(tok, caps_ok)
                or _is_initial(tok)
                or (tok in SUFFIXES and i > 0 and is_name[i - 1])
                or (tok in _CONNECTORS and i > 0 and is_name[i - 1] and i + 1 < n)
                # "President von der Leyen": a surname led by its particles, after a title
                or (tok in _CONNECTORS and title_end == i and _particles_lead(toks, i))
                or (tok == "He" and i + 1 < n and _is_name_token(toks[i + 1]))
                # "Foreign Minister Park Jin": a family name that is a common word, after a title
                or (tok in FAMILY_FIRST and title_end == i and tok not in _ROLE_WORDS)
                # "Prime Minister Theresa May", "Prime Minister May": a month ending the run
                # after a title, or after a title and a given name, is the family name (a
                # date's month is no part of a run: see :func:`iter_runs`)
                or (
                    tok in _SURNAME_MONTHS
                    and i == n - 1
                    and (
                        title_end == i
                        or (title_end == i - 1 and is_name[i - 1] and not _is_initial(toks[i - 1]))
                        # "Ms. Theresa May": a form of address before the given name
                        or (
                            i >= 2
                            and toks[i - 2] in HONORIFICS
                            and is_name[i - 1]
                            and not _is_initial(toks[i - 1])
                        )
                    )
                )
                # "Prime Minister Luis Montenegro": a country ending the run after a title and
                # a given name is the family name
                or (
                    tok in COUNTRIES
                    and i == n - 1
                    and i >= 2
                    and not _POSSESSIVE.search(strs[i])  # ("Delattre France's plans")
                    and is_name[i - 1]
                    and title_end == i - 1
                    and not _is_initial(toks[i - 1])
                )
                # "Park Min-ho": a family name before a hyphenated given name
                or (
                    tok in FAMILY_FIRST
                    and i + 1 < n
                    and "-" in toks[i + 1]
                    and _is_name_token(toks[i + 1])
                )
            )
            and tok not in HONORIFICS
            and not (
                # "the Vice President’s Residence": a place noun after a possessive is no name
                tok in _PLACE_NOUNS and i > 0 and _POSSESSIVE.search(strs[i - 1])
            )
        ):
            is_name[i] = True
        elif title_end is not None and title_end == i and tok in INSTITUTION_WORDS:
            title_end = i + 1  # "Minister for Civil Defence ..."
        i += 1
    # stretches of name tokens
    stretches: list[list[int]] = []
    for j in range(n):
        if is_name[j]:
            # a possessive ends a name: "Yoon Suk Yeol’s U.S.-ROK Delegation", "Macron's Address"
            if stretches and stretches[-1][-1] == j - 1 and not _POSSESSIVE.search(strs[j - 1]):
                stretches[-1].append(j)
            else:
                stretches.append([j])
    cleaned: list[list[int]] = []
    for st in stretches:
        st = _trim_stretch(st, toks, common, role_end)
        if st:
            cleaned.append(st)
    name: list[int] = []
    if cleaned:
        if title_end is not None:
            after = [st for st in cleaned if st[0] >= title_end]
            right = [st for st in after if st[0] == title_end]
            if right:
                name = right[0]
            elif after:
                full = [st for st in after if _core_len(st, toks) >= 2]
                name = (full or after)[-1]
            else:
                name = cleaned[0]
        else:
            full = [st for st in cleaned if _core_len(st, toks) >= 2]
            name = (full or cleaned)[-1] if len(cleaned) > 1 else cleaned[0]
    core = tuple(
        toks[j].title() if caps_ok and toks[j].isupper() else toks[j]
        for j in name
        if not _is_initial(toks[j]) and toks[j] not in SUFFIXES
    )
    # a bare single word is a name only right after a role word ("Secretary Blinken"), not
    # after a title's complement ("Envoy for Peninsula Peace") nor on its own
    if (
        core
        and len(core) == 1
        and name[0] != role_end
        # ("Mr Key said" where the article also says "is key": a form of address names)
        and not (name[0] > 0 and toks[name[0] - 1].rstrip(".") in _FORMS_OF_ADDRESS)
        and not caps_ok
        and (title_end is not None or core[0].lower() in common or core[0] in INSTITUTION_WORDS)
    ):
        core, name = (), []
    if (
        role == "General"
        and len(core) == 1
        and (core[0].lower() in common or core[0].lower() in _common_words())
    ):
        # "the General Debate", "General Staff": "General" before a word the article writes in
        # lower case is an adjective, not a rank ("General Milley" keeps it)
        core, name = (), []
    if core and (" ".join(core) in CAPITALS or " ".join(core) in COUNTRIES):
        core, name = (), []  # "San Jose, Costa Rica": a place, not a person
    if (
        core
        and role is None
        and name[-1] + 1 < n
        and (
            toks[name[-1] + 1] in INSTITUTION_WORDS
            or toks[name[-1] + 1] in _PLACE_NOUNS
            # "Al Salam Royal Palace"
            or (name[-1] + 2 < n and toks[name[-1] + 2] in _PLACE_NOUNS)
        )
    ):
        core, name = (), []  # "Thomas Jefferson Room", "Kennedy Center": a place, not a person
    if not core and role is None:
        return None
    if name:
        first, last = name[0], name[-1]
        trim_ = 0
        if strs[last].endswith((",", ":", ";", "’s", "'s")):
            trim_ = len(strs[last]) - len(toks[last])
    elif title_start is not None and title_end is not None:
        first, last, trim_ = title_start, min(title_end, n) - 1, 0
    else:
        return None
    title = None
    if title_start is not None and title_end is not None and role:
        stop = title_end
        if name and name[0] > title_end and toks[title_end - 1] in ("of", "for", "the"):
            # "Chairman of the Joint Chiefs of Staff Gen. X", "Minister for Foreign Affairs
            # Dr X": the complement runs to the name, short of a rank or a form of address
            stop = name[0]
            while stop > title_end and (
                toks[stop - 1] in HONORIFICS or toks[stop - 1] in _RANKS_ABBR
            ):
                stop -= 1
            if not all(t[:1].isupper() or t in _TITLE_LINKS for t in toks[title_end:stop]):
                stop = title_end
        elif (
            not name
            and title_end < n
            and toks[title_end - 1] in ("of", "for", "the")
            and all(t[:1].isupper() or t in _TITLE_LINKS for t in toks[title_end:])
        ):
            stop = n  # "High Commissioner for Refugees", its holder named after it
        title = " ".join(strs[title_start:stop]).rstrip(",")
        if caps_ok and title.isupper():
            title = title.title()
    surface = " ".join(
        toks[j].title() if caps_ok and toks[j].isupper() and len(toks[j]) > 2 else toks[j]
        for j in name
    )
    return (
        core,
        surface,
        role,
        title,
        country,
        organization,
        tuple(all_roles),
        superior,
        first,
        last,
        trim_,
    )


#: forms of address that make the one word after them a family name
_FORMS_OF_ADDRESS = frozenset({"Mr", "Mrs", "Ms", "Mme", "Madame", "Monsieur", "Dr"})
#: military and academic ranks written before a name ("Gen. Mark Milley")
_RANKS_ABBR = frozenset({"Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Brig.", "Prof."})
#: the small words inside an office's name ("Minister of the Interior and Kingdom Relations")
_TITLE_LINKS = frozenset({"of", "for", "the", "and"})

#: months that are also family names ("Theresa May", "Tom March")
_SURNAME_MONTHS = frozenset({"March", "April", "May", "June", "August"})

#: title words that are also parts of names, after a given name ("Hassan Sheikh Mohamud")
_NAME_PART_TITLES = frozenset({"Sheikh", "Sheik", "Shaikh"})

#: nouns that, right after a name, make the run a building or room named after someone
_PLACE_NOUNS = frozenset(
    """
    Room Hall Building Library Airport Prize Award Street Avenue Boulevard Center Centre
    Auditorium Ballroom Hotel Residence Estate Stadium Arena House Palace Mansion Lodge Castle
    Square
    """.split()  # noqa: SIM905
)


def _last_before(text: str, start: int, end: int) -> str:
    """``text[start:end].rstrip()[-1:]``: the last non-space character there, or ""."""
    lo, hi = trim(text, start, end)
    return text[hi - 1] if hi > lo else ""


#: Verbs in the third person as headlines capitalise them: "Xi Jinping Meets Vladimir Putin",
#: "Wang Yi Holds Talks with ...", "Li Qiang Attends Summit and Meets ...". Base forms are left
#: out ("Hold", "Call" and "Visit" head noun phrases: "Phone Call with ..."), and so are words
#: of the names of countries, places and organisations ("States" of "United States").
_HEADLINE_VERBS = (
    frozenset(
        form.capitalize()
        for form in MEETING_FORMS | SPEECH_FORMS
        if form.endswith("s") and " " not in form and form not in {*MEETING_VERBS, *SPEECH_VERBS}
    )
    - {
        word
        for names in (COUNTRIES, ORGANIZATIONS, CAPITALS, DEMONYMS)
        for name in names
        for word in name.replace("-", " ").split()
    }
    - INSTITUTION_WORDS
)


def _named_in_body(
    text: str, body: int, words: list[tuple[str, int, int]]
) -> list[list[tuple[str, int, int]]]:
    """A long title-case run of a headline ("Paul Kagame Serves William Ruto Water"), split
    into the longest stretches the body writes as they are ("Paul Kagame", "William Ruto"):
    a headline's verbs and objects are capitalised like names, and one run would make the two
    presidents one person. A run the body does not write in parts stays as it is."""
    if (
        len(words) < 4
        or any(w[0] in ROLES or not w[0][:1].isupper() for w in words)  # a title
        or text.find(text[words[0][1] : words[-1][2]], body) >= 0
    ):
        return [words]
    out = []
    i = 0
    while i < len(words):
        j = next(
            (
                j
                for j in range(len(words), i + 1, -1)
                if _whole_word_at(text, text[words[i][1] : words[j - 1][2]], body)
            ),
            None,
        )
        if j is None:
            i += 1
        else:
            out.append(words[i:j])
            i = j
    return out if len(out) >= 2 else [words]


def _whole_word_at(text: str, phrase: str, start: int) -> bool:
    """Whether ``phrase`` stands in ``text[start:]`` as whole words."""
    at = text.find(phrase, start)
    while at >= 0:
        after = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (
            after >= len(text) or not text[after].isalnum()
        ):
            return True
        at = text.find(phrase, at + 1)
    return False


def _title_parts(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Split a title-case run of a title at a capitalised "And", which joins two parties, and
    at a headline's verb, which ends one party's name: neither is part of a name."""
    parts: list[list[tuple[str, int, int]]] = [[]]
    for w in words:
        if (
            w[0] == "And"
            or w[0] in _HEADLINE_VERBS
            or w[0] in _HEADLINE_AUXILIARIES
            or (w[0] in _HEADLINE_PLURAL_VERBS and parts[-1])
        ):
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


#: the offices "the leader" and "the head of state" can mean
_LEADER_ROLES = (
    "President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Amir", "Sultan",
    "Crown Prince", "General Secretary", "Premier", "Supreme Leader", "Chairman",
)  # fmt: skip
#: a headline's auxiliary ends the name before it: "... Talks with Trump Were 'Very Good'"
_HEADLINE_AUXILIARIES = frozenset(
    {"Is", "Are", "Was", "Were", "Will", "Would", "Has", "Have", "Had", "Can", "Could"}
)
#: a headline's verb after two parties, in the base form ("PM Abiy Hold Talks with ...",
#: "Kishida, Yoon Agree to ...", "X, US Counterpart Eye Closer Ties"): after a name, never
#: part of it
_HEADLINE_PLURAL_VERBS = frozenset(
    """
    Hold Agree Discuss Meet Vow Pledge Sign Hail Eye Mull Review Reaffirm Stress Talk Seek
    Exchange Explore Agreed
    """.split()  # noqa: SIM905
)


#: a country's dotted initials right before a title: "U.S. Secretary X", "U.K. Minister Y"
_DOTTED_COUNTRY = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}) $")


def _country_before(text: str, rs: int, titled: bool) -> str | None:
    """The country the words just before a run starting at ``rs`` give its person, which the
    run itself leaves out: "U.S. Secretary Ann Smith" (the dotted initials are a run of their
    own), "his Vietnamese counterpart Nguyen Xuan Phuc" (a lower-case word between)."""
    if rs < 2 or text[rs - 1] != " ":
        return None
    if titled and text[rs - 2] == ".":
        dm = _DOTTED_COUNTRY.search(text, max(0, rs - 8), rs)
        return COUNTRIES.get(dm.group(1)) if dm is not None else None  # (not "U.N.")
    if text.find("counterpart", max(0, rs - 15), rs) >= 0:
        cm = _COUNTERPART_BEFORE.search(text, max(0, rs - 60), rs)
        return DEMONYMS.get(cm.group("dem")) if cm is not None else None
    return None


#: a headline's verb whose object is a subject of the talks, never a party: "Zelensky,
#: Macron Discuss Defense Cooperation, Weapons Production In Ukraine"
_HEADLINE_TOPIC_VERB = re.compile(
    r"\s(?:Discuss(?:es)?|Agrees?|Agreed|Vows?|Pledges?|Signs?|Eyes?|Mulls?|Reviews?|Holds?|Held|"
    r"Reaffirms?|Stress(?:es)?|Seeks?|Explores?)\s"
)


def _title_topic_start(text: str, end: int) -> int:
    """Where the title's words stop naming parties: at a verb whose object is a topic,
    unless a "with" later names the other side ("... Agree on Trade With X")."""
    vm = _HEADLINE_TOPIC_VERB.search(text, 0, end)
    if vm is None or _TITLE_WITH.search(text, vm.end(), end) is not None:
        return end
    return vm.start() + 1  # (the verb is no name either)


def _core_len(st: Sequence[int], toks: Sequence[str]) -> int:
    return sum(1 for j in st if not _is_initial(toks[j]) and toks[j] not in SUFFIXES)


def _trim_stretch(
    st: list[int], toks: Sequence[str], common: AbstractSet[str], role_end: int = -1
) -> list[int]:
    """Cut a stretch of name-like tokens to the name proper.

    Leading words the article also writes in lower case are portfolio or organisation words
    ("Healthcare Mikhail Murashko"); an organisation noun ends the name ("Steinmeier Formula",
    "Red Cross"); a repeated token ends it too (a tag glued after the name: "Viktor Orban
    Orban"); connectors and suffixes cannot start it.
    """
    for k, j in enumerate(st):
        if k and (toks[j] in INSTITUTION_WORDS or toks[j] in st_tokens(st[:k], toks)):
            st = st[:k]
            break
    while (
        st
        and (
            (
                (
                    (
                        toks[st[0]].lower() in common
                        and toks[st[0]] not in FAMILY_FIRST
                        # "Prime Minister Frank Bainimarama" in an article that calls talks
                        # frank: a given name right after the role word
                        and not (st[0] == role_end and len(st) == 2)
                    )
                    or toks[st[0]] in _CONNECTORS
                )
                and not _particle_surname(st, toks)
            )
            or toks[st[0]] in SUFFIXES
            or toks[st[0]] in INSTITUTION_WORDS
        )
        and len(st) > 1
    ):
        st = st[1:]
    while st and toks[st[-1]] in _CONNECTORS:
        st = st[:-1]
    if st and (
        (toks[st[0]] in _CONNECTORS and not _particle_surname(st, toks))
        or toks[st[0]] in SUFFIXES
        or all(toks[j] in INSTITUTION_WORDS for j in st)
    ):
        return []
    return st


def _particles_lead(toks: Sequence[str], i: int) -> bool:
    """Whether lower-case name particles from ``toks[i]`` on lead to a name token."""
    while i < len(toks) and toks[i] in _CONNECTORS and toks[i].islower():
        i += 1
    return i < len(toks) and _is_name_token(toks[i])


def _particle_surname(st: Sequence[int], toks: Sequence[str]) -> bool:
    """Whether the stretch is a surname led by its particles, as a title writes it without the
    given name ("President von der Leyen"): lower-case particles, then capitalised words."""
    k = 0
    while k < len(st) and toks[st[k]] in _CONNECTORS and toks[st[k]].islower():
        k += 1
    return 0 < k < len(st) and all(toks[j][:1].isupper() for j in st[k:])


def st_tokens(st: Sequence[int], toks: Sequence[str]) -> set[str]:
    return {toks[j] for j in st}


def iter_runs(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
    """Capitalised runs in ``text[start:end]`` as (start, end, words)."""
    out = []
    particle = text.find("al-", start, end) >= 0 or text.find("el-", start, end) >= 0
    if _GLUED_STOP.search(text, start, end) is None:
        pattern = _RUN if particle else _RUN_CAPITAL_LED
    else:
        pattern = _RUN_GLUED if particle else _RUN_CAPITAL_LED_GLUED
    for m in pattern.finditer(text, start, end):
        run = m.group()
        rs = m.start()
        re_ = rs + len(run)
        # most runs are one word (no space, tab or ", " of "Smith, Jr."): spare them the call
        if " " in run or "\t" in run or "," in run:
            words = _run_words(run, rs)
            if (
                words[-1][0] in _SURNAME_MONTHS
                and text[re_ : re_ + 1] in (" ", "\t")
                and text[re_ + 1 : re_ + 2].isdigit()
            ):
                # "met Secretary Smith May 5": the month begins a date, it ends no name
                words.pop()
                re_ = words[-1][2]
            out.append((rs, re_, _unglue_initials(words) if "." in run else words))
        elif "." in run and _GLUED_INITIALS.match(run):
            out.append((rs, re_, _unglue_initials([(run, rs, re_)])))
        else:
            out.append((rs, re_, [(run, rs, re_)]))
    return out


#: initials glued to the name they abbreviate, as Mongolian and Indian copy writes them
#: ("U.Khurelsukh", "M.P.Singh")
_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.)+(?=[A-Z][a-z])")


def _unglue_initials(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``words`` with each glued initial a word of its own: "U.Khurelsukh" is "U." and
    "Khurelsukh"."""
    out = []
    for w, ws, we in words:
        m = _GLUED_INITIALS.match(w)
        if m is None:
            out.append((w, ws, we))
            continue
        for k in range(0, m.end(), 2):
            out.append((w[k : k + 2], ws + k, ws + k + 2))
        out.append((w[m.end() :], ws + m.end(), we))
    return out


def _run_words(run: str, rs: int) -> list[tuple[str, int, int]]:
    """The words of a run found at ``rs``: as ``_TOKEN`` would find them, but by splitting,
    since :data:`_RUN` joins its words with exactly one whitespace character."""
    parts = run.split()
    if len(parts) == 1:
        return [(run, rs, rs + len(run))]
    words = []
    pos = rs
    for part in parts:
        end = pos + len(part)
        words.append((part, pos, end))
        pos = end + 1
    return words


def _fold(token: str) -> str:
    """A name token without its accents: a text may spell one person "Lipavský" and
    "Lipavsky"."""
    if token.isascii():
        return token
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", token) if not unicodedata.combining(c)
    )
    # "Mataʻafa" and "Mata’afa" for "Mata'afa": the glottal stop and apostrophes as one mark
    return folded.translate(_APOSTROPHES) if not folded.isascii() else folded


_APOSTROPHES = str.maketrans({"ʻ": "'", "’": "'", "ʼ": "'", "‘": "'", "`": "'"})


#: what :meth:`Registry.named` reads from its memo for tokens not asked about yet
_NOT_ASKED: Any = object()


_ARABIC_ARTICLES = frozenset({"al-", "el-"})
#: words that join a name's parts and say nothing of whose it is: "Mohammed bin Zayed Al
#: Nahyan" and "Mohammed bin Rashid Al Maktoum" share "bin" and "Al", and one given name
#: lower-case particles a European name can open with ("von der Leyen", "de Mistura")
_EUROPEAN_PARTICLES = ("von", "van", "de", "der", "den", "del", "da", "di", "du", "la", "le")
_ARABIC_PARTICLES = ("bin", "bint", "ibn", "Bin", "Ibn", "Al", "al", "El", "el", "Abu", "abu")
_NAME_PARTICLES = frozenset((*_EUROPEAN_PARTICLES, "Le", "La", *_ARABIC_PARTICLES))


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def _patronymic(tokens: Sequence[str]) -> bool:
    """An Arabic name of the form "<given> bin <father> ...": its given name tells brothers
    apart, and is transliterated several ways."""
    return len(tokens) >= 3 and tokens[1].lower() in ("bin", "bint", "ibn")


def _skeleton(token: str) -> str:
    """A name's consonants, doubled ones once: "Mohammed", "Mohamed" and "Muhammad" agree."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", token.lower()))


def _skeletons(tokens: Sequence[str]) -> set[str]:
    return {_skeleton(t) for t in tokens if t not in _NAME_PARTICLES}


class Registry:
    """The people of one article, looked up by any token of their name."""

    def __init__(self, common: AbstractSet[str] = frozenset()) -> None:
        self.persons: list[_Person] = []
        self._by_token: dict[str, list[_Person]] = {}
        self.common = common  # the article's lowercase words: "Refugees" is no given name
        #: :meth:`named`'s answers since the index last changed: once the registry is built,
        #: the mentions, principals and labels ask again for every run naming someone
        self._named: dict[tuple[str, ...], _Person | None] = {}
        #: "Akufo-Addo": "Akufo", where the text also writes "Akufo -Addo" (set by the engine)
        self.split_hyphens: dict[str, str] = {}
        #: given names of "<given> bin <father> ..." by :func:`_skeleton`: "Sheikh Mohammed"
        #: is "Mohamed Bin Zayed" spelt another way
        self._given: dict[str, _Person] = {}

    def _distinct(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """Two full names sharing a family name but with different given names are two people
        (a father and son, "Gurbanguly Berdimuhamedov" and "Serdar Berdimuhamedov"); a short
        form ("Joe" for "Joseph", "López Obrador") or a word glued on is not."""
        if len(a) < 2 or len(b) < 2 or set(a) <= set(b) or set(b) <= set(a):
            return False
        fa, fb = a[0], b[0]
        if _patronymic(a) and _patronymic(b):
            # brothers: "Mansour bin Zayed Al Nahyan", "Mohammed bin Zayed Al Nahyan"; one
            # given name spelt two ways ("Mohamed", "Mohammed") is one
            return _skeleton(fa) != _skeleton(fb)
        return (
            fa[:1] != fb[:1]
            and fa not in b
            and fb not in a
            and fa.lower() not in self.common
            and fb.lower() not in self.common
            and fa.removesuffix("s") not in _ROLE_WORDS  # "Advisors Sullivan"
            and fb.removesuffix("s") not in _ROLE_WORDS
        )

    def _index(self, p: _Person) -> None:
        self._named.clear()  # a person added or renamed may change any answer
        for t in p.tokens:
            # "Mr Sisi" for "el-Sisi"; "El-Sisi" for "Al-Sisi" (the article transliterated
            # either way)
            keys = (t, t[3:]) if t[:3].lower() in _ARABIC_ARTICLES else (t,)
            folded = _fold(t)
            if folded != t:  # "Lipavsky" for "Lipavský"
                keys = (*keys, folded)
            for key in keys:
                lst = self._by_token.setdefault(key, [])
                if p not in lst:
                    lst.append(p)
        if _patronymic(p.tokens):
            self._given.setdefault(_skeleton(p.tokens[0]), p)

    def find_full(self, tokens: tuple[str, ...]) -> _Person | None:
        """An existing person this full name refers to (same family name or token subset)."""
        by = self._by_token
        last = tokens[-1]
        cands = (
            by.get(last)
            or by.get(_fold(last))
            or (by.get(last[3:], []) if last[:3].lower() in _ARABIC_ARTICLES else [])
        ) + (by.get(tokens[0]) or by.get(_fold(tokens[0]), []))
        if _patronymic(tokens):  # (the given name may be spelt another way)
            cands = cands + by.get(tokens[2], [])
        tset = set(tokens)
        for p in cands:
            if self._distinct(tokens, p.tokens):
                continue
            pset = set(p.tokens)
            if tset <= pset or pset <= tset or len(tset & pset - _NAME_PARTICLES) >= 2:
                return p
            if _patronymic(tokens) and _patronymic(p.tokens):
                # "Mohamed bin Zayed" for "Mohammed bin Zayed Al Nahyan"
                ts, ps = _skeletons(tokens), _skeletons(p.tokens)
                if ts <= ps or ps <= ts:
                    return p
            if p.tokens[-1] == tokens[-1] and len(p.tokens) > 1:
                return p
        return None

    def named(self, tokens: tuple[str, ...]) -> _Person | None:
        """The person a run's name tokens denote: :meth:`lookup` of a single token, else
        :meth:`find_full`. Memoised until the index changes (both read only the index and the
        persons' tokens, which change only with it)."""
        p = self._named.get(tokens, _NOT_ASKED)
        if p is _NOT_ASKED:
            p = self._named[tokens] = (
                self.lookup(tokens[0]) if len(tokens) == 1 else self.find_full(tokens)
            )
        return p

    def lookup(self, token: str) -> _Person | None:
        """The person a single name token denotes; prefer one whose family name it is."""
        cands = self._by_token.get(token) or self._by_token.get(_fold(token))
        if not cands and not token.isupper() and not token[1:].islower():
            cands = self._by_token.get(token.title())  # "ABiy" for "Abiy": a slip of the key
        if not cands and token in self.split_hyphens:
            # "Akufo-Addo" for "Nana Akufo -Addo": the article's first mention lost its hyphen
            # to a space, and the person's name stops at the first half
            head = self.split_hyphens[token]
            cands = [p for p in self._by_token.get(head, ()) if p.tokens[-1] == head]
        if not cands and token[:3].lower() in _ARABIC_ARTICLES:
            cands = self._by_token.get(token[3:])
        if not cands and self._given and len(token) > 3:
            p = self._given.get(_skeleton(token))
            return p if p is not None and p.tokens[0] != token else None
        if not cands:
            return None
        for p in cands:
            if p.family == token:
                return p
        return cands[0]

    def add(self, info: RunInfo, alias: str, allow_single: bool) -> _Person | None:
        """Record a mention; create the person if it is a full name (or titled single name)."""
        toks = info.name_tokens
        if not toks:
            return None
        p: _Person | None
        full = _full_name(info)
        if len(toks) >= 2:
            p = self.find_full(toks)
            if p is None:
                p = _Person(name=full, tokens=toks, first=info.start)
                self.persons.append(p)
                self._index(p)
            elif _fullness(full, toks) > _fullness(p.name, p.tokens):
                # the fullest form the text gives is the canonical name ("Joseph R. Biden Jr.")
                p.name, p.tokens = full, toks
                self._index(p)  # (a person already found is indexed under its tokens)
        else:
            p = self.lookup(toks[0])
            if p is None:
                if not allow_single:
                    return None
                p = _Person(name=full, tokens=toks, first=info.start)
                self.persons.append(p)
                self._index(p)
        for role in (*info.roles, info.role):
            if role and role not in p.roles:
                p.roles.append(role)
        if info.title and p.title is None:
            p.title = info.title
        if info.country and p.country is None:
            p.country = info.country
        if info.organization and info.role and p.organization is None and p.country is None:
            p.organization = info.organization  # "President of the European Council"
        p.add_alias(alias)
        if info.surface and info.surface != alias:
            p.add_alias(info.surface)
        return p


_COMMA_SPACES = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")


def _full_name(info: RunInfo) -> str:
    """The name as written with initials and suffixes, minus commas: "Joseph R. Biden Jr."."""
    surface = info.surface
    full = (_COMMA_SPACES.sub(" ", surface) if "," in surface else surface).strip()
    return full or " ".join(info.name_tokens)


def _fullness(name: str, tokens: Sequence[str]) -> tuple[int, int]:
    return (len(tokens), len(name.split()))


# --------------------------------------------------------------------------------------------
# mentions


@dataclass(slots=True)
class Mention:
    """Something that can be the subject of a reporting verb, found at a fixed offset."""

    start: int
    end: int
    kind: str  # name | title | pronoun | joint | side | country | label
    persons: tuple[_Person, ...] = ()
    word: str = ""  # pronoun word, role, or country
    country: str | None = None
    superior: bool = False  # named as the superior in an aide's title, not as a party
    organization: str | None = None  # a title's organisation: "the President of the EU Council"


class _Anchored:
    """A pattern that can only match starting with one of a few whole ``words`` (or where the
    ``anchor`` pattern given instead matches).

    ``re`` tries a pattern led by ``\b`` or a lookbehind at every position of the text, but
    finds one that starts with a literal or a character class by skipping straight to the
    characters it can start with. :meth:`finditer` looks for the anchor that way (each word,
    then its word boundaries) and tries the pattern only where it is, yielding exactly what
    ``pattern.finditer`` would (the pattern never matches the empty string).
    """

    def __init__(self, pattern: str, words: Sequence[str] = (), anchor: str = "") -> None:
        self.pattern = re.compile(pattern)
        self.words = frozenset(words)
        words_anchor = "|".join(rf"{w}\b(?<!\w{w})" for w in map(re.escape, words))
        self.anchor = re.compile(anchor or words_anchor)
        #: the words, when they are the anchor: ``str.find`` finds them (:func:`_whole_words`)
        self._word_anchor = () if anchor else tuple(sorted(self.words))

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if self._word_anchor:
            starts = _whole_words(text, self._word_anchor, start, end)
            yield from self.finditer_at(text, starts, end)
            return
        search, match = self.anchor.search, self.pattern.match
        pos = start
        while (a := search(text, pos, end)) is not None:
            m = match(text, a.start(), end)
            if m is None:
                pos = a.start() + 1
            else:
                yield m
                pos = m.end()

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``: the first match."""
        return next(self.finditer(text, start, end), None)

    def finditer_at(self, text: str, starts: Sequence[int], end: int) -> Iterable[re.Match[str]]:
        """:meth:`finditer` over ``text[:end]`` from the first of ``starts``, given where every
        whole word of the text there that is one of :attr:`words` starts, in order
        (:func:`_word_starts`): several patterns then share one scan for their words.

        Most paragraphs lack most patterns' words: for them, no generator is made."""
        if not starts:
            return ()
        return self._matches_at(text, starts, end)

    def _matches_at(self, text: str, starts: Sequence[int], end: int) -> Iterator[re.Match[str]]:
        match = self.pattern.match
        pos = 0
        for at in starts:
            if at < pos:
                continue
            m = match(text, at, end)
            if m is not None:
                yield m
                pos = m.end()


def _is_word_char(c: str) -> bool:
    """Whether ``c`` is a word character (``\\w``)."""
    return c.isalnum() or c == "_"


def _whole_words(text: str, words: Iterable[str], start: int, end: int) -> list[int]:
    """Where each of ``words`` is written as a whole word in ``text[start:end]``, in order.

    What the anchor ``w\\b(?<!\\ww)`` of each word finds, as ``re`` reads it (the end of the
    range is the end of the text; the character before ``start`` counts), but by ``str.find``:
    for a few words most texts lack, many times faster than ``re`` tries a pattern at each
    letter they can start with."""
    out = []
    for w in words:
        n = len(w)
        i = text.find(w, start, end)
        while i >= 0:
            if not (
                (i > 0 and _is_word_char(text[i - 1]))
                or (i + n < end and _is_word_char(text[i + n]))
            ):
                out.append(i)
            i = text.find(w, i + 1, end)
    out.sort()
    return out


def _writes_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` writes any of ``words`` anywhere (whole words or not): where it does
    not, an :class:`_Anchored` pattern on them matches in no part of it."""
    return any(w in text for w in words)


def _anchor_words(*patterns: _Anchored) -> re.Pattern[str]:
    """One pattern for the anchor words of several :class:`_Anchored` patterns: finds each
    whole word that is one of them (no two can start at the same place), grouped by first
    letter so that ``re`` tries only the words that can match at a position."""
    return re.compile(
        "|".join(
            "(?:" + "|".join(rf"{re.escape(w)}\b(?<!\w{re.escape(w)})" for w in ws) + ")"
            for ws in _anchor_word_groups(*patterns)
        )
    )


def _anchor_word_groups(*patterns: _Anchored) -> list[list[str]]:
    """The anchor words of several :class:`_Anchored` patterns, grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for p in patterns:
        for w in sorted(p.words):
            if w not in groups.setdefault(w[0], []):
                groups[w[0]].append(w)
    return list(groups.values())


def _either_case(*words: str) -> tuple[str, ...]:
    """Words written in lower case or capitalised."""
    return tuple(v for w in words for v in (w, w[0].upper() + w[1:]))


def _alternation(words: Sequence[str]) -> str:
    """``"|".join(map(re.escape, words))`` grouped by first character, in the same order: it
    matches the same, but ``re`` tries the one group that can match at a position rather than
    every word in turn."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=lambda w: len(re.escape(w)), reverse=True)


#: Every word :data:`~dipdb.names.MEETING_PHRASES` can start with, cut to a prefix that all its
#: forms share ("talk" for "talked" and "talks"). Keep in step with that pattern: a match
#: starting with a word missing here would go unnoticed.
_MEETING_STARTS = """
    spoke speak talk met meet called had has have held hold receiv host visit join attend
    particip travel arriv welcomed briefed chaired co-chaired toured laid led made make paid pays
    gave give delivered offer
    """.split()  # noqa: SIM905
_MEETING_ANCHOR = re.compile(_alternation(_MEETING_STARTS), re.IGNORECASE)


def meeting_phrase_search(text: str, start: int, end: int) -> re.Match[str] | None:
    """``MEETING_PHRASES.search(text, start, end)``, several times faster.

    ``re`` tries that case-insensitive pattern, with no literal to skip to, at every position;
    this finds the places where one of its first words is written (with the same
    ``re.IGNORECASE`` folding) and tries the pattern only there, in order.
    """
    match = MEETING_PHRASES.match
    pos = start
    while (a := _MEETING_ANCHOR.search(text, pos, end)) is not None:
        m = match(text, a.start(), end)
        if m is not None:
            return m
        pos = a.start() + 1
    return None


def meeting_phrase_at(text: str, pos: int) -> re.Match[str] | None:
    """``MEETING_PHRASES.match(text, pos)``: asked of every reporting verb, which is seldom a
    meeting's. That large case-insensitive pattern takes a microsecond to fail; the
    anchor of its first words (:data:`_MEETING_STARTS`) fails in a third of it."""
    if _MEETING_ANCHOR.match(text, pos) is None:
        return None
    return MEETING_PHRASES.match(text, pos)


_DEMONYM_ALT = _alternation(_longest_first(DEMONYMS))
#: a form of address that gives its holder's gender, right before the name it addresses
_GENDERED_ADDRESS = re.compile(
    r"(?<![\w.])(?:(?P<m>Mr\.?|Sir|His\s+(?:Majesty|Highness|Excellency))"
    r"|(?P<f>Mrs\.?|Ms\.?|Madam|Madame|Mme\.?|Dame|Lady|Queen|Princess|Sheikha"
    r"|Her\s+(?:Majesty|Highness|Excellency)))\s+(?=[A-Z])"
)
#: a pronoun right after a name that can only be its own: "X and his counterpart", "X, for
#: her part,", "X said she"
_GENDERED_AFTER = re.compile(
    r"(?:,?\s+and\s+(?P<pos>his|her)\s+(?:[\w\-]+\s+)?counterpart"
    # "X, for her part, ..."
    r"|,\s+(?:for|on)\s+(?P<part>his|her)\s+part\b"
    r"|\s+(?:also\s+)?said\s+(?:that\s+)?(?P<subj>he|she)\b)"
)
#: a title and a form of address glued to the name after it: "President Mr.Ukhnaagiin"
_GLUED_ADDRESS = re.compile(r"(?:[A-Z][\w\-]*\s+){1,4}?(?:Mr|Mrs|Ms|Dr)\.(?=[A-Z][a-z])")
#: "H.E. " / "H. E. ": His (or Her) Excellency before a name
_HE_DOTTED = re.compile(r"H\.\s?E\.\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
#: what tells a visit's guest from its host in the meeting sentence
_VISIT_VERB = re.compile(
    r"\b(?:(?P<host>received|receives|hosted|hosts|welcomed|welcomes)|(?P<visiting>visiting)"
    r"|visited|visits|paid\s+(?:an?\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}visit|called\s+on)\b"
)
#: "his (Egyptian) counterpart(,) " before the name it introduces, in a coordinated subject;
#: whatever names the country: "his Republic of Korea (RoK) counterpart", "his U.S. counterpart"
_COUNTERPART_LEAD = re.compile(
    rf"(?:his|her|their)\s+(?:(?:{_DEMONYM_ALT})\s+|(?:(?:[A-Z][\w\-’'.]*|of|\([A-Za-z]+\))\s+){{1,4}})?"
    r"[Cc]ounterparts?,?\s+(?=[A-Z])"
)
#: a nationality and "counterpart" right before a name: "his Vietnamese counterpart X"
_COUNTERPART_BEFORE = re.compile(rf"\b(?P<dem>{_DEMONYM_ALT})\s+counterparts?,?\s$")
_ROLE_ALT = _alternation(_longest_first(ROLES))
_COUNTRY_ALT = _alternation(_COUNTRY_KEYS)

#: an international organisation a title can belong to ("the President of the European
#: Council", "the European Council president")
_ORG_ALT = _alternation(_longest_first(ORGANIZATIONS))
_TITLE_ALONE = _Anchored(
    # "HE Secretary-General of NATO expressed ...": His Excellency, as Gulf agencies write it
    rf"\b(?:[Tt]he|[Oo]ur|[Tt]heir|HE)\s+(?:visiting\s+|[Vv]isiting\s+(?=[A-Z]))?"
    # (a country's short name as an adjective: "The UK Premier"; the full alternation of
    # countries here would be tried at every "the")
    rf"(?:(?P<dem>{_DEMONYM_ALT})\s+|(?P<opre>{_ORG_ALT})\s+|(?P<ctyp>UK|US|U\.S\.|UAE)\s+)?"
    rf"(?P<role>{_ROLE_ALT}|leader|Leader|counterpart|interlocutor|head of state|guest|host)"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<cty>{_COUNTRY_ALT})|(?P<org>{_ORG_ALT})))?"
    r"(?![\w\-])(?!\s+[A-Z][a-z])",
    (*_either_case("the", "our", "their"), "HE"),
)
#: " of the Arab Republic of Egypt" after a name
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,4}")
#: ", who (also) reaffirmed ...": a relative clause reporting what the one named before said
_WHO_SPEECH = re.compile(
    r",?\s+who (?:(?:also|then|later|in turn|warmly|strongly|once again)\s+)?(?P<verb>[a-z]+)\b"
)
_WHERE_SUBJECT = re.compile(
    # ("X was received by Y, with whom he discussed ...", "..., to whom he conveyed ...")
    r",?\s+(?:where|when|during which|at which|in which|(?P<whom>with|to) whom)\s+"
)
#: each role as news agencies write it in lower case, without a name after it ("the Qatari
#: prime minister said"), and the role as dipdb knows it
_ROLE_BY_LOWER = {r.lower(): r for r in reversed(ROLES) if not r.isupper()}
#: "the Bahraini monarch said": whoever "His Majesty" would address
_ROLE_BY_LOWER["monarch"] = "Majesty"
#: "the Australian diplomat", "the US top diplomat", "the Iranian official": that country's
#: party, whatever its office (a role no one holds, read by :meth:`Engine._news_title`)
_ANY_OFFICE = "(any office)"
_ROLE_BY_LOWER.update(dict.fromkeys(("diplomat", "top diplomat", "official"), _ANY_OFFICE))
#: "the NATO chief", "the IAEA chief": the head of the organisation the text names
_ORG_HEAD = "(head of the organisation)"
_ROLE_BY_LOWER["chief"] = _ORG_HEAD
_LOWER_ROLE_ALT = _alternation(_longest_first(_ROLE_BY_LOWER))
#: a sentence opening on a lower-case title and a verb: "The Qatari prime minister said ..."
_LOWER_TITLE_SUBJECT = re.compile(
    rf"[Tt]he\s+(?P<visiting>visiting\s+)?(?:top\s+)?"  # ("the top Vietnamese leader")
    rf"(?:(?P<dem>{_DEMONYM_ALT})\s+|(?P<opre>{_ORG_ALT})\s+)?"
    rf"(?P<role>{_LOWER_ROLE_ALT})"
    rf"(?:\s+of\s+(?:the\s+)?(?P<org>{_ORG_ALT}))?"
    # "The president and the prime minister inquired ...": two titles, two parties
    rf"(?:\s+and\s+the\s+(?P<role2>{_LOWER_ROLE_ALT}))?"
    # "the visiting Australian diplomat, for her part, described ...", "The prime minister,
    # according to the readout, said ..."
    r"(?:,\s+(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|according\s+to\s+[^,;]{1,40}?),)?"
    # ('The president “underlined the importance ...”': news copy quotes from the verb on)
    r"\s+[“\"]?(?:(?:also|further|then|later|\w+ly)\s+)?(?P<verb>[a-z]+)\b"
)
#: "the Chinese president", "Iran's foreign minister": a lower-case title and its country
_LOWER_TITLE_AT = re.compile(
    rf"(?:the\s+(?:top\s+)?(?P<dem>{_DEMONYM_ALT})|(?P<cty>{_COUNTRY_ALT})(?:'s|’s))\s+"
    rf"(?P<role>{_LOWER_ROLE_ALT})(?![\w\-])(?!\s+[A-Z][a-z])"
)
_VISITING_ROLE = re.compile(rf"(?:{_LOWER_ROLE_ALT}|guest|official)(?![\w\-])")
_BARE_TITLE_SUBJECT = re.compile(
    # "Ukraine's President thanked ...", "Kazakhstan President commended ..."
    # (and "EAM and Secretary X expressed ...", a bare title coordinated with a name)
    # ("Iraqi Minister of Foreign Affairs referred to ...": a nationality, no article)
    rf"(?:(?P<cty>{_COUNTRY_ALT})(?:'s|’s)?\s+|(?P<dem>{_DEMONYM_ALT})\s+)?"
    rf"(?P<role>{_ROLE_ALT})(?![\w\-’'])"
    # "Prime Minister of the country shared ...": the publisher's own, as a bare title is
    r"(?:\s+of\s+the\s+(?:country|nation))?"
    # ("Qatar's Foreign Minister, in turn, underlined ...": an aside before the verb)
    r"(?=\s+(?:[a-z]|and\s+[A-Z])|,\s+(?:in\s+turn|for\s+(?:his|her)\s+part|on\s+(?:his|her)"
    r"\s+part|meanwhile|also|too|however|then),\s+[a-z])"
)
#: '..., said Ukraine's President.', '..., NATO's Secretary General said.': whose title, as a
#: whole trailing subject
_POSS_TITLE_TRAIL = re.compile(
    rf"(?:(?P<cty>{_COUNTRY_ALT})|(?P<org>{_ORG_ALT}))(?:'s|’s)\s+(?P<role>{_ROLE_ALT})"
)
#: (plural too: "ministers Tsahkna and Karins also stressed", the coordination reads the rest)
_LOWER_ROLE_BEFORE_NAME = re.compile(
    rf"(?:(?:{_LOWER_ROLE_ALT})|(?:foreign\s+|prime\s+)?ministers|presidents)\s+(?=[{_UC}])"
)
_BARE_ROLE = re.compile(rf"(?P<role>{_ROLE_ALT})(?![\w\-])(?!\s+[A-Z][a-z])")
_JOINT = _Anchored(
    rf"\b(?:(?:[Tt]he|[Bb]oth(?:\s+the)?|[Aa]ll)\s+(?:two\s+|three\s+|four\s+)?(?:top\s+)?"
    rf"(?:(?:{_DEMONYM_ALT})\s+(?:and\s+"
    rf"(?:{_DEMONYM_ALT})\s+)?)?"
    # ("the two Government leaders")
    r"(?:(?:[Vv]ice|[Dd]eputy|[Ff]irst [Vv]ice|[Gg]overnment|[Ss]tate)\s+)?"
    # "the two defence ministers": ministers of one portfolio, who need not be the parties
    r"(?:(?:[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ee]conomy|[Ee]nergy|[Ii]nterior|[Hh]ealth)\s+"
    r"[Mm]inisters|"
    # ("The Ministers of Foreign Affairs exchanged views", before "Ministers" alone)
    r"[Mm]inisters of [Ff]oreign [Aa]ffairs(?! of)|"
    r"leaders|[Pp]residents|sides|[Pp]arties|[Mm]inisters|"
    r"[Hh]eads of [Ss]tate|counterparts|officials|[Ss]ecretaries|[Ff]oreign [Mm]inisters|"
    r"[Pp]rime [Mm]inisters|delegations|[Ss]pecial [Rr]epresentatives|interlocutors|"
    r"[Cc]hancellors|[Kk]ings|negotiators|[Pp]articipants|[Ll]eaders|[Ss]ides|envoys|[Pp]artners|"
    # news copy: "The pair agreed ...", "the two men discussed ..."
    r"pair|men|women|"
    r"(?:[Nn]ational [Ss]ecurity )?[Aa]dvis[eo]rs|NSAs|PMs|FMs|[Pp]remiers|diplomats|"
    r"officeholders|statesmen|duo|politicians|dignitaries|[Hh]eads of [Gg]overnment)\b"
    r"|\b(?:[Bb]oth|[Tt]he\s+(?:two|three))\s+(?:countries|nations|governments)\b"
    # "The two authorities reaffirmed ..." (Andina): "the authorities" alone are a government's
    r"|\b(?:[Bb]oth|[Tt]he\s+two)\s+authorities\b"
    r"|\b[Tt]he (?:two|three|four)\b"
    r"(?=\s+(?:(?:\w+ly|also|further|then|again)\s+)?(?:[a-z]+(?:ed|s)|held|met|spoke|had)\b)"
    r"|\b[Bb]oth\b(?=\s+(?:(?:\w+ly|also|further|then|again)\s+)?(?:[a-z]+ed|said|spoke)\b)"
    r"|\b[Tt]ogether,?\s+they\b"
    # "Summit leaders exchanged views" (EU and Japanese summit readouts)
    r"|\bSummit\s+leaders\b"
    # "Participants discussed ...": everyone taking part in the meeting; "Leaders discussed
    # ..." (Australian and Pacific readouts, without an article)
    r"|(?<![\w\-’'])(?:Participants|Leaders)\b"
    r"(?=\s+(?:(?:\w+ly|also|further|then|again)\s+)?[a-z]+ed\b)"
    r"|\b(?:[Hh]is|[Hh]er)\s+counterparts\b"
    r"|(?<=and )(?:[Ff]oreign|[Pp]rime|[Dd]efen[cs]e)\s+[Mm]inisters\b"
    r"|\b[Tt]he\s+group\b(?=\s+(?:(?:\w+ly|also|further|then|again)\s+)?[a-z]+ed\b)"
    # the Gulf agencies' "Their Highnesses exchanged ..."
    r"|\b[Tt]heir\s+(?:Royal\s+)?(?:Highnesses|Majesties|Excellencies)\b"
    r")",
    (
        *_either_case(
            "the", "both", "all", "together", "his", "her", "foreign", "prime", "defence", "defense"
        ),
        *_either_case(  # (the whole phrase: "their" alone is too common an anchor)
            "their Highnesses", "their Majesties", "their Excellencies", "their Royal"
        ),
        "Participants",
        "Leaders",
        "Summit",
    ),
)
_SIDE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:(?P<dem>{_DEMONYM_ALT})|(?P<cty>{_COUNTRY_ALT})(?:'s|’s))\s+"
    r"(?:side|delegation|party|leadership)\b"
)
_AND_TITLE = _Anchored(rf"\band\s+(?=[{_UC}])", ["and"])
_NAME_NEXT = re.compile(rf"[\w\-’']|\s+(?:[{_UC}]|of\b|for\b)")
_ROLES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _r in sorted(ROLES, key=len, reverse=True):
    _ROLES_BY_FIRST[_r.split()[0]] = (*_ROLES_BY_FIRST.get(_r.split()[0], ()), _r)
_SIDE_WORD = _Anchored(
    r"\b(?:side|delegation|party|leadership)\b", ["side", "delegation", "party", "leadership"]
)
_COUNTRY_SUBJ = re.compile(r"(?<![\w\-’'.])(?:[Tt]he\s+)?(?=[A-Z])")


_PHRASE_WORD = re.compile(r"[\w.’'\-]+")


@functools.lru_cache(maxsize=1 << 12)
def _demonyms_in(phrase: str) -> tuple[str, ...]:
    """Demonyms in a phrase, in order ("the Chinese and Russian leaders": Chinese, Russian).

    Cached: the same few subject phrases ("the two leaders") recur in every article."""
    words = _PHRASE_WORD.findall(phrase)
    out: list[str] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if i + 1 < len(words) and two in DEMONYMS:
            out.append(two)
            i += 2
            continue
        if words[i] in DEMONYMS:
            out.append(words[i])
        i += 1
    return tuple(out)


def _is_name_char(c: str) -> bool:
    """Whether ``c`` can go on a word ``[\\w\\-’']``: a place is a whole word."""
    return c.isalnum() or c in "_-’'"


def _by_first_word(keys: Sequence[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for k in keys:
        out.setdefault(k.split()[0].split("-")[0], []).append(k)
    return {w: tuple(sorted(ks, key=len, reverse=True)) for w, ks in out.items()}


_PLACE_KEYS = _by_first_word([*COUNTRIES, *CAPITALS])
_FIRST_WORD = re.compile(r"[A-Z][\w.]*")
#: "U.S.-Japan", "Russian-French", "U.S.-ROK-Japan": a bilateral compound names both sides
_COMPOUND = _Anchored(
    r"(?<![\w.\-])(?:[A-Z][\w.]*[-–]){1,3}[A-Z][\w.]*(?<!\.)(?![\w\-])",
    # The anchor carries the pattern's lookbehind: without it, every capital inside a long word
    # restarted the scan to the word's end (quadratic: a 100 KB word took 11 s). It follows the
    # first capital, so that ``re`` skips to capitals rather than trying every position.
    anchor=r"[A-Z](?<![\w.\-][A-Z])[\w.]*[-–][A-Z]",
)
#: what every match of ``_COMPOUND`` holds
_DASH_CAPITAL = re.compile(r"[-–][A-Z]")
_DEMONYM_AT = re.compile(
    "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True)) + r"(?![\w’'])"
)


def place_at(text: str, pos: int, end: int) -> str | None:
    """The country or capital written at ``pos`` ("United States", "Moscow"), whole words only."""
    fm = _FIRST_WORD.match(text, pos, end)
    if not fm:
        return None
    word = fm.group(0)
    cands = _PLACE_KEYS.get(word) or _PLACE_KEYS.get(word.rstrip("."))
    if not cands:
        return None
    for k in cands:
        ke = pos + len(k)
        if ke <= end and text.startswith(k, pos) and not (ke < end and _is_name_char(text[ke])):
            return k
        if k.endswith(".") and text.startswith(k, pos) and ke <= end:
            return k  # "U.S." before a hyphen or a word
    return None


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_LIST_SEP = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?")


def _countries_after_of(text: str, pos: int, end: int) -> tuple[list[str], int]:
    """The countries of " of Russia and France" / " of the United States, Japan and the ROK"
    at ``pos``, and where the list ends."""
    om = _OF.match(text, pos, end)
    if om is None:
        return [], pos
    out: list[str] = []
    cur = om.end()
    while True:
        key = place_at(text, cur, end)
        cty = COUNTRIES.get(key) if key else None
        if cty is None:
            break
        out.append(cty)
        cur += len(key)  # type: ignore[arg-type]
        sm = _LIST_SEP.match(text, cur, end)
        if sm is None or place_at(text, sm.end(), end) is None:
            break
        cur = sm.end()
    return out, cur


_PRONOUN = _Anchored(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b(?!\s+[A-Z][a-z])",
    (*_either_case("he", "she", "they", "we"), "I"),
)
#: Forms of address that Gulf, Jordanian, Moroccan and Vatican readouts use as a subject once
#: the person is introduced ("His Majesty stressed ...", "His Royal Highness affirmed ..."),
#: and the roles whose holder each one addresses. "His Excellency" addresses any minister or
#: head of state, so it names no one.
HONORIFIC_ROLES: dict[str, tuple[str, ...]] = {
    "Majesty": ("King", "Queen", "Sultan", "Emperor"),
    "Royal Highness": ("Crown Prince", "Crown Princess", "Prince", "Princess", "Grand Duke"),
    "Highness": ("Emir", "Amir", "Crown Prince", "Crown Princess", "Prince", "Princess", "Sheikh"),
    "Holiness": ("Pope", "Patriarch"),
}
#: "His Majesty", "Her Royal Highness", "His Highness the Amir": the address alone, or with the
#: title it stands for; one followed by a name ("His Majesty King Abdullah II") is a name's run
_HONORIFIC_SUBJECT = _Anchored(
    r"\b(?:(?:His|Her)\s+(?P<hon>Majesty|Royal\s+Highness|Highness|Holiness)|(?P<abbr>HRH|HM|HH))"
    rf"(?:\s+the\s+(?P<role>{_ROLE_ALT}))?(?![\w\-])(?!\s+[A-Z][a-z])",
    ("His", "Her", "HRH", "HM", "HH"),
)
#: the abbreviated forms: "HRH the Crown Prince expressed ..."
_HONORIFIC_ABBR = {"HRH": "Royal Highness", "HM": "Majesty", "HH": "Highness"}


#: the patterns :func:`build_mentions` looks for, whose anchor words it finds in one scan
_MENTION_PATTERNS = (_JOINT, _SIDE_WORD, _TITLE_ALONE, _AND_TITLE, _PRONOUN, _HONORIFIC_SUBJECT)
_MENTION_WORDS = _anchor_words(*_MENTION_PATTERNS)
#: for each anchor word, the indices in ``_MENTION_PATTERNS`` of the patterns it anchors
_MENTION_WORD_USERS = {
    w: tuple(i for i, p in enumerate(_MENTION_PATTERNS) if w in p.words)
    for p in _MENTION_PATTERNS
    for w in p.words
}


#: :data:`_MENTION_WORDS` led by the character before the word: ``re`` then tries the words
#: only after a character that is no ASCII word character (a space, mostly), rather than at
#: each of the many letters inside words that an anchor word can start with. A non-ASCII
#: character there may be a word character ("é"): :func:`_word_starts` checks that one.
_MENTION_WORDS_AFTER = re.compile(
    r"[^0-9A-Za-z_]("
    + "|".join(
        "(?:" + "|".join(rf"{re.escape(w)}\b" for w in ws) + ")"
        for ws in _anchor_word_groups(*_MENTION_PATTERNS)
    )
    + ")"
)


def _word_starts(text: str, start: int, end: int) -> list[list[int]]:
    """For each of ``_MENTION_PATTERNS``, where its anchor words start in ``text[start:end]``:
    where ``_MENTION_WORDS.finditer(text, start, end)`` finds them."""
    out: list[list[int]] = [[] for _ in _MENTION_PATTERNS]
    users = _MENTION_WORD_USERS
    if start > 0:
        pos = start - 1  # (the character before ``start`` may come before a word at ``start``)
    else:  # nothing comes before a word at the text's start: the plain pattern there
        m = _MENTION_WORDS.match(text, 0, end)
        pos = 0 if m is None else m.end()
        for i in users[m.group()] if m is not None else ():
            out[i].append(0)
    search = _MENTION_WORDS_AFTER.search
    while (m := search(text, pos, end)) is not None:
        before = m.start()
        if text[before] > "\x7f" and _is_word_char(text[before]):
            pos = before + 1  # ("éthe": no word of its own)
            continue
        for i in users[m.group(1)]:
            out[i].append(before + 1)
        pos = m.end()
    return out


#: what :func:`build_mentions` reads from its run cache for a run not parsed yet
_UNPARSED: Any = object()


def build_mentions(
    text: str,
    start: int,
    end: int,
    reg: Registry,
    common: AbstractSet[str] = frozenset(),
    cache: dict[tuple[int, int], RunInfo | None] | None = None,
    runs: list[tuple[int, int, list[tuple[str, int, int]]]] | None = None,
) -> dict[int, Mention]:
    """Index every subject-capable phrase of ``text[start:end]`` by its start offset.

    ``runs`` is ``iter_runs(text, start, end)`` when the caller has it already."""
    found: dict[int, Mention] = {}
    cached = ({} if cache is None else cache).get
    joint_at, side_at, title_at, and_at, pronoun_at, honorific_at = _word_starts(text, start, end)
    for m in _JOINT.finditer_at(text, joint_at, end):
        found[m.start()] = Mention(m.start(), m.end(), "joint", word=m.group(0))
    for hm in _SIDE_WORD.finditer_at(text, side_at, end):
        for m in _SIDE.finditer(text, max(start, hm.start() - 60), hm.end()):
            if m.end() != hm.end():
                continue
            cty = DEMONYMS.get(m.group("dem") or "") or COUNTRIES.get(m.group("cty") or "")
            found.setdefault(m.start(), Mention(m.start(), m.end(), "side", country=cty))
            break
    for m in _TITLE_ALONE.finditer_at(text, title_at, end):
        cty = (
            DEMONYMS.get(m.group("dem") or "")
            or COUNTRIES.get(m.group("cty") or "")
            or COUNTRIES.get(m.group("ctyp") or "")  # "The UK Premier welcomed ..."
        )
        org = ORGANIZATIONS.get(m.group("org") or m.group("opre") or "")
        found.setdefault(
            m.start(),
            Mention(
                m.start(), m.end(), "title", word=m.group("role"), country=cty, organization=org
            ),
        )
    for m in _AND_TITLE.finditer_at(text, and_at, end):
        # "The Secretary and Foreign Minister discussed": a bare title after "and"
        pos = m.end()
        for role in _ROLES_BY_FIRST.get(text[pos : text.find(" ", pos, end)], ()):
            re_ = pos + len(role)
            if text.startswith(role, pos) and not _NAME_NEXT.match(text, re_, end):
                found.setdefault(pos, Mention(pos, re_, "title", word=role))
                break
    for m in _PRONOUN.finditer_at(text, pronoun_at, end):
        found.setdefault(m.start(), Mention(m.start(), m.end(), "pronoun", word=m.group(0).lower()))
    for m in _HONORIFIC_SUBJECT.finditer_at(text, honorific_at, end):
        # a title mention: "the Amir" when the address names it, else the address itself,
        # which Registry.resolve_title reads as the roles it addresses
        role = (
            m.group("role")
            or _HONORIFIC_ABBR.get(m.group("abbr") or "")
            or " ".join(m.group("hon").split())
        )
        found.setdefault(m.start(), Mention(m.start(), m.end(), "title", word=role))
    for rs, _re, words in iter_runs(text, start, end) if runs is None else runs:
        info = cached((rs, _re), _UNPARSED)  # one lookup: most runs were parsed already
        if info is _UNPARSED:
            info = parse_run(words, common=common)
        if info is not None and not info.name_tokens and info.role and len(words) > 1:
            # "Secretary of Foreign Affairs Bárcena": a known family name closing a long title
            last = _clean(words[-1][0])
            known = reg.lookup(last) if _is_name_token(last) and last not in _ROLE_WORDS else None
            if known is not None and last in known.tokens:
                found.setdefault(
                    rs, Mention(rs, words[-1][1] + len(last), "name", persons=(known,))
                )
            continue
        if info is None and len(words) == 1 and words[0][0] in FAMILY_FIRST:
            # "Park said": a family name that is also a common noun, alone, names the person
            # the article calls by it ("Foreign Minister Park Jin")
            known = reg.lookup(words[0][0])
            if known is not None and known.family == words[0][0]:
                found.setdefault(rs, Mention(rs, words[0][2], "name", persons=(known,)))
            continue
        if info is None or not info.name_tokens:
            continue
        p = reg.named(info.name_tokens)
        if p is None:
            continue
        # the mention starts where the run starts (title included), so "President Xi" is found
        # at the "P"; a leading "The"/"In" is not part of it.
        ms = rs
        for w, ws, _we in words:
            if (
                _clean(w) in NON_NAME_WORDS
                and w not in _ROLE_WORDS
                and w not in DEMONYMS
                and (w not in ROLE_MODIFIERS)
            ):
                continue
            ms = ws
            break
        me = info.end
        if me < _re:  # (most names end their run: no room for an " of <country>" after them)
            ctys, after = _countries_after_of(text, me, _re)
            if len(ctys) == 1 and after == _re:
                me = _re  # "President Li Wen of China made": the country belongs to the subject
        sup = info.superior
        found[ms] = Mention(ms, me, "name", persons=(p,), superior=sup)
        if ms != rs:
            found.setdefault(rs, Mention(rs, me, "name", persons=(p,), superior=sup))
        if info.start not in found:
            found[info.start] = Mention(info.start, me, "name", persons=(p,), superior=sup)
    for ms, at, key in _country_subjects(text, start, end):
        cty = COUNTRIES.get(key) or CAPITALS.get(key)
        found.setdefault(ms, Mention(ms, at + len(key), "country", country=cty))
    return found


#: where :func:`place_at` can find a place: a key of ``_PLACE_KEYS`` that is the whole word
#: ``_FIRST_WORD`` reads there, give or take trailing full stops
_PLACE_START = re.compile(rf"(?:{_alternation(_longest_first(_PLACE_KEYS))})\.*(?![\w.])")
_THE_CAPITAL = re.compile(r"[Tt]he\s+(?=[A-Z])")


def _country_subjects(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """``(m.start(), m.end(), key)`` for each match ``m`` of ``_COUNTRY_SUBJ`` in
    ``text[start:end]`` where ``key = place_at(text, m.end(), end)`` is a place, in order.

    ``_COUNTRY_SUBJ`` matches at every capital; this visits only where a place's first word is
    written. A match ending at such a place ``q`` is "The " + spaces before it, or the empty
    string at ``q`` unless "The <Capital>" starts there (the pattern prefers to take that).
    """
    pos = start
    while (pm := _PLACE_START.search(text, pos, end)) is not None:
        q = pm.start()
        pos = q + 1
        key = place_at(text, q, end)
        if key is None:
            continue
        j = q
        while j > start and text[j - 1].isspace():
            j -= 1
        the = j - 3  # "The" + spaces before the place
        if (
            j < q
            and the >= start
            and text[the:j] in ("The", "the")
            and _subject_may_start(text, the)
        ):
            yield the, q, key
        if _subject_may_start(text, q) and not (
            text.startswith(("The", "the"), q) and _THE_CAPITAL.match(text, q, end)
        ):
            yield q, q, key


def _subject_may_start(text: str, pos: int) -> bool:
    """Whether a subject may start at ``pos``: the lookbehind ``(?<![\\w\\-’'.])`` of
    ``_COUNTRY_SUBJ``, read without a regex call."""
    return pos == 0 or not _is_subject_char(text[pos - 1])


def _is_subject_char(c: str) -> bool:
    """Whether ``c`` is one of ``[\\w\\-’'.]``: a subject cannot start after it."""
    return c.isalnum() or c in "_-’'."


_ROLE_WORDS = frozenset(w for r in ROLES for w in r.split())
#: ``(?<![\w'’.\-])[a-z][a-z]+(?![\w'’\-])``, the lookbehind moved after the first letter:
#: a pattern led by a lookbehind is tried at every position, one led by a character class only
#: where that class matches
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’.\-][a-z])[a-z]+(?![\w'’\-])")


#: how many times :class:`_LowerWords` searches a text before it finds all its lower-case words
#: at once (an article's parse asks some 30 words, most found at their first occurrence)
_FINDS_PER_TEXT = 128


class _LowerWords(AbstractSet[str]):
    r"""The words a text writes in lower case: ``frozenset(_LOWER_WORD.findall(text))``, but
    asked one word at a time.

    An article's parse asks whether it writes a few dozen words ("refugees" for a run
    "Refugees"), while the set holds hundreds, each found by trying the pattern at every
    lower-case letter of the text. A word is in the set when the text writes it as a whole
    run of ``[a-z]`` letters, with none of ``[\w'’.\-]`` before it and none of ``[\w'’\-]``
    after it: each answer is found by :meth:`str.find` and remembered. Past
    :data:`_FINDS_PER_TEXT` calls of it (a long text, asked many words: each call may read the
    whole text), the whole set is built once and answers the rest, keeping the cost linear in
    the text. Iterating builds the whole set too.
    """

    __slots__ = ("_all", "_finds", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[object, bool] = {}
        self._all: frozenset[str] | None = None
        self._finds = _FINDS_PER_TEXT

    def __contains__(self, word: object) -> bool:
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._writes(word)
        return found

    def _writes(self, word: object) -> bool:
        if (
            not isinstance(word, str)
            or len(word) < 2
            or not (word.isascii() and word.isalpha() and word.islower())
        ):
            return False  # (the pattern finds only runs of two or more of a-z)
        text = self._text
        n = len(word)
        i = -1
        while True:
            self._finds -= 1
            if self._finds < 0:
                return word in self._every()
            i = text.find(word, i + 1)
            if i < 0:
                return False
            j = i + n
            # (``_LOWER_WORD``'s lookbehind is ``[\w'’.\-]``, the characters a subject cannot
            # start after; its lookahead ``[\w'’\-]``, those a place name can go on with)
            if (i == 0 or not _is_subject_char(text[i - 1])) and (
                j == len(text) or not _is_name_char(text[j])
            ):
                return True

    def hits(self, words: Iterable[str]) -> frozenset[str]:
        """The ``words`` the text writes in lower case (``frozenset(words) & self``)."""
        return frozenset([w for w in words if w in self])

    def _every(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(_LOWER_WORD.findall(self._text))
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())

    def __bool__(self) -> bool:
        return _LOWER_WORD.search(self._text) is not None  # (the first word will do)

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> frozenset[str]:
        return frozenset(it)  # (what the set operators build: a plain set)


# --------------------------------------------------------------------------------------------
# verbs

_ADVERBS = frozenset(
    """
    also further again once then both all each jointly separately strongly firmly warmly briefly
    repeatedly specifically particularly especially fully highly deeply sincerely explicitly
    clearly likewise subsequently later earlier today yesterday personally themselves himself
    herself too in turn in particular
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _word_prefixes(words: str) -> frozenset[str]:
    """Every prefix of each of ``words``: the verb read where a pattern opening on one of those
    words can match is one of them (or, cut short by the end of the text read, a prefix)."""
    return frozenset(w[:i] for w in words.split() for i in range(1, len(w) + 1))


_READY = re.compile(
    r"(?:is|was|are|were|remain|remains|remained)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:ready|prepared|willing|confident|in\s+(?:full\s+|complete\s+)?agreement|"
    r"convinced|committed|concerned|pleased|grateful|interested|determined|open|keen|eager|"
    r"satisfied|happy|glad|sure|certain|supportive|unanimous|united|against|in favour|in favor|"
    r"appreciative|thankful|hopeful|optimistic|mindful|adamant|"
    r"of the view|of the opinion|clear\s+(?:that|about|on)|firm\s+(?:that|about|on|in))\b"
)
#: what a match of :data:`_READY` can open on
_READY_START = _word_prefixes("is was are were remain remains remained")
_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:also\s+|further\s+|particularly\s+|"
    r"today\s+|yesterday\s+|"
    r"especially\s+|specifically\s+|once again\s+|again\s+|thoroughly\s+|briefly\s+|"
    r"extensively\s+|in detail\s+)?(?:discussed|agreed|noted|stressed|emphasi[sz]ed|underscored|"
    r"underlined|highlighted|reaffirmed|expressed|reviewed|exchanged|confirmed|raised|"
    r"addressed|touched upon|touched on|considered|mentioned|outlined|voiced|conveyed|"
    r"focused|devoted|pointed out|reached|expressed|given|paid|examined|analysed|analyzed|"
    r"covered|welcomed|decided|reiterated|shared|stated|praised|"
    r"valued|appreciated|commended|lauded|hailed|"
    # "Special focus during the conversation was made on ...": emphasis laid by the parties
    r"(?:made|placed|put|laid)(?=\s+on\b))\b"
)
#: passive verbs of what the parties did together ("It was agreed to ...", "Views were
#: exchanged"): a trailing attribution of the next sentence does not make them one speaker's
_MUTUAL = ("agreed", "decided", "exchanged", "reached", "discussed")
#: an accord the subject reached, which reports what the parties agreed ("reached broad
#: consensus on", "have reached an understanding"); reaching a city does not
_REACHED = re.compile(
    r"(?:(?:have|has|had)\s+(?:also\s+|now\s+)?)?reach(?:ed|es)?\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:consensus|agreements?|understandings?|accord|compromise|"
    r"common\s+ground|deal)\b"
)
_EXCHANGE = re.compile(
    r"^(?:[A-Z][\w ]{0,40},\s+)?(?:There (?:was|were)\s+(?:also\s+)?(?:a|an)\s+(?:\w+\s+){0,3}"
    r"(?:exchange|discussion|agreement|consensus)|(?:An?\s+)?(?:\w+\s+){0,2}"
    r"(?:exchange of views|agreement was|consensus was))"
)

#: "The discussion also touched on ...", "The agenda included ...", "Another issue on the
#: agenda concerned ...": what the talks covered, said by both parties
_TALKS_COVERED = re.compile(
    # ("Wednesday's meeting covered ...": a day's possessive for the article)
    r"^(?:[A-Z][\w ]{0,40},\s+)?(?:(?:[Tt]he|[Tt]heir|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|"
    r"To|Yester)day[’'']s)\s+(?:[\w’'\-]+\s+){0,3}?(?:discussions?|"
    r"conversations?|talks?|exchanges?|dialogue|agenda|call|meeting)"
    # "The discussions between the two leaders focused on ..."
    r"(?:\s+between\s+the\s+(?:two\s+)?(?:leaders|sides|ministers|presidents|parties))?"
    # "Discussions also focused on ...", "Talks covered ...": without an article
    r"|(?:Discussions|Talks|Conversations|Consultations)"
    r"(?:\s+(?:at|during|in)\s+the\s+(?:meeting|talks|call|session))?"
    r"|(?:Another|One|Other|The|A)\s+(?:other\s+|further\s+|key\s+|"
    r"main\s+)?(?:issues?|topics?|items?|subjects?|matters?|questions?)\s+on\s+(?:the|their)\s+"
    r"(?:\w+\s+)?agenda(?:\s+(?:was|were))?)\s+(?:(?:also|further|then|again|\w+ly)\s+)?"
    r"(?:touched\s+(?:up)?on|focused\s+on|focussed\s+on|cent(?:ere|re)d\s+on|covered|"
    r"dealt\s+with|concerned|included|involved|related\s+to|tackled|"
    # "The discussion also emphasized the importance of ...": the talks' voice is both parties'
    r"emphasi[sz]ed|underscored|highlighted|stressed|addressed|explored|discussed|reviewed)\b"
    # "The meeting focused heavily on trade"
    r"|^(?:[Tt]he|[Tt]heir)\s+(?:talks|meeting|discussions?)\s+focus(?:s|ed)\s+\w+ly\s+on\b"
)


def verb_after(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    """The first verb-like word after ``pos``, skipping up to four adverbs ("also", "warmly")
    and one parenthetical set off by commas ("X, joined by Y, praised", "X, the Z of Y, said",
    "once again, this time in person, extended")."""
    p = pos
    skipped = False
    for _ in range(6):
        while p < end and text[p] in " \t\r\n,":
            if text[p] == ",":
                short = next((a for a in _SHORT_ASIDES if text.startswith(a, p)), None)
                if short is not None:
                    p += len(short)
                    continue
                am = None if skipped else _ASIDE.match(text, p, end)
                if am is None:
                    return None
                skipped = True
                p = am.end()
                continue
            p += 1
        if p + 1 < end and text[p] in '“"' and text[p + 1].islower():
            # 'Pompeo “noted that it was critical ...,” it said': news copy quotes a readout
            # from its verb on
            qm = _WORD.match(text, p + 1, end)
            if qm is not None and qm.group(0).endswith("ly") and qm.group(0) not in SPEECH_FORMS:
                qm = _WORD.match(text, qm.end() + 1, end)  # 'X “sharply condemned ...”'
            if qm is not None and qm.group(0) in SPEECH_FORMS:
                return qm.group(0), qm.start(), qm.end()
            return None
        if text.startswith("(", p) and not skipped:
            # "Liimets (Center) said ...": a party or an abbreviation in brackets
            close = text.find(")", p, min(end, p + 40))
            if close > p:
                skipped = True
                p = close + 1
                continue
        m = _WORD.match(text, p, end)
        if not m:
            return None
        w = m.group(0)
        if w == "in" and (im := _IN_STATEMENT.match(text, m.start(), end)) is not None:
            # "Anwar in a statement on his Facebook page said ...": where the words appeared
            for nm in _WORD.finditer(text, im.end(), min(end, im.end() + 60)):
                if nm.group(0) in SPEECH_FORMS:
                    return nm.group(0), nm.start(), nm.end()
        if w in _OPPORTUNITY_FIRST and (om := _OPPORTUNITY.match(text, p, end)) is not None:
            p = om.end()  # "X took the opportunity to thank Y": the verb after it
            continue
        if w in _MEETING_ADVERBIAL_FIRST and (dm := _MEETING_ADVERBIAL.match(text, p, end)):
            if dm.group("with") is None:
                p = dm.end()  # "The Prime Minister of Iraq during the meeting congratulated"
                continue
            # "Pezeshkian while meeting with Iraqi Prime Minister X on Tuesday in Tehran said"
            for nm in _WORD.finditer(text, dm.end(), min(end, dm.end() + 160)):
                if nm.group(0) in SPEECH_FORMS:
                    return nm.group(0), nm.start(), nm.end()
            return None
        if w in _ADVERBS or (w.endswith("ly") and w.islower() and len(w) > 4):
            p = m.end()
            am = _AND_ADVERB.match(text, p, end)
            if am is not None:  # "sincerely and frankly exchanged views"
                p = am.end()
            continue
        if (
            w == "on"
            and (dm := _WORD.match(text, m.end() + 1, end)) is not None
            and dm.group(0) in _WEEKDAYS
        ):
            p = dm.end()  # "The two ministers on Friday discussed ..."
            continue
        if w in ("on", "for") and (pm := _ON_HIS_PART.match(text, m.end(), end)) is not None:
            p = pm.end()  # "Faye on his part thanked ...", without the commas
            continue
        if w == "went" and text.startswith(" on to ", m.end()):
            # "The Chinese president went on to say that ...": the verb it went on to
            nm = _WORD.match(text, m.end() + 7, end)
            if nm is not None and nm.group(0) in SPEECH_FORMS:
                return nm.group(0), nm.start(), nm.end()
        if w in ("was", "were") and text.startswith(" quoted as saying", m.end()):
            # "X was quoted as saying that ...": news copy's passive of a statement's quote
            vs = m.end() + 11
            return "saying", vs, vs + 6
        if w in _PERFECT_AUX or w == "had":
            # "X has (also) congratulated Y", "X had stressed": the participle reports; "X had
            # paid an official visit to Iran in April" is an earlier meeting ("had talks" is a
            # meeting as it stands)
            pm = _WORD.match(text, m.end() + 1, end)
            if pm is not None and pm.group(0) in _ADVERBS:
                pm = _WORD.match(text, pm.end() + 1, end)
            if pm is not None and (
                (
                    (pm.group(0).endswith("ed") or pm.group(0) in ("said", "told"))
                    and pm.group(0) in SPEECH_FORMS
                )
                or (w == "had" and pm.group(0) in _PAST_MEETING_PARTICIPLES)
            ):
                return pm.group(0), pm.start(), pm.end()
        return w, m.start(), m.end()
    return None


_IN_STATEMENT = re.compile(
    r"in\s+(?:a|an|his|her|their|the|its)\s+(?:[\w\-]+\s+){0,2}?(?:statement|post|tweet|"
    r"message|interview|speech|letter|address|video|communiqu[eé])\b"
)
_ON_HIS_PART = re.compile(r"\s+(?:his|her|their|its)\s+part\b")
_PART_LEAD = re.compile(r"(?:On|For)\s+(?:his|her|their|its)\s+part\s+(?=[A-Z])")
_AND_ADVERB = re.compile(r"\s+and\s+(?=[a-z]+ly\b)")
#: a comma between a subject and its past-tense verb, as translated copy writes one
_STRAY_COMMA_VERB = re.compile(
    # ("Trump, separately said he held a call ...": an adverb after the comma)
    r",\s+(?:[a-z]+ly\s+)?([a-z]+ed|said|told)\b(?!\s+(?:by|with|to)\b)"
)
#: participles after "had" that report an earlier meeting
_PAST_MEETING_PARTICIPLES = frozenset(
    {"paid", "made", "met", "visited", "hosted", "received", "spoken", "talked", "held"}
)
#: the auxiliaries of a present perfect, which news copy and prime ministers' offices use
#: ("Trudeau has congratulated ...")
_PERFECT_AUX = frozenset({"has", "have"})
#: commas right after a subject around a short adverbial ("X, in turn, said")
_BEGAN_BY = re.compile(
    r"(?:began|begun|opened|ended|concluded|started|closed)\s+(?:(?:the|their|his|her)\s+"
    r"(?:conversation|talks|meeting|call|remarks)\s+)?by\s+([a-z]+ing)\b"
)
_BEGAN_BY_START = _word_prefixes("began begun opened ended concluded started closed")
_CONTINUE_FORMS = frozenset({"continued", "continue", "continues", "continuing"})
_CONTINUE_NEXT = re.compile(r"\s+(?:to\s+)?([a-z]+)\b")
_CONTINUED_TALKS = re.compile(
    r"\s+(?:their\s+|our\s+|the\s+)?(?:[\w.\-]+\s+){0,2}?(?:coordination|consultations|"
    r"dialogue|discussions?|exchanges?|conversation)\b"
)
#: "quoted Y as saying": the words are Y's
_AS_SAYING = re.compile(r"\s+as\s+saying\b")
#: "the prime minister", a lower-case title after "quoted" or "and"
_QUOTED_LOWER_TITLE = re.compile(rf"the\s+(?P<role>{_LOWER_ROLE_ALT})(?![\w\-])")
#: "reviewed the guard of honour": a ceremony, though "reviewed" reports words elsewhere
_GUARD_OF_HONOUR = re.compile(r"\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?guard\s+of\s+hono(?:u)?r")
#: "presented a bouquet to X", "presented X with a medal": a gift, not a proposal
_PRESENT_FORMS = frozenset({"presented", "present", "presents", "presenting"})
_PRESENTED_THING = re.compile(
    r"\s+(?:(?:him|her|them|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+with\s+)?"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:bouquets?|gifts?|flowers|"
    r"wreaths?|medals?|awards?|souvenirs?|portraits?|paintings?|mementos?|credentials|"
    r"letters?\s+of\s+credence|keys?\s+to|orders?\s+of|decorations?)\b"
)
#: "maintained that ..." reports words; "maintained close contact" does not
_MAINTAIN_FORMS = frozenset({"maintained", "maintain", "maintains", "maintaining"})
_MAKE_FORMS = frozenset({"made", "make", "makes", "making"})
#: "showed interest in ..." reports a stance; "showed him the port" does not
_SHOW_FORMS = frozenset({"showed", "show", "shows", "showing", "shown"})
_SHOWN_STANCE = re.compile(
    r"\s+(?:(?:great|keen|strong|deep|particular|special|much|his|her|their|its|full)\s+){0,2}"
    r"(?:interest|willingness|readiness|support|understanding|solidarity|appreciation|openness|"
    r"flexibility|commitment)\b"
)
#: what "make" must be followed by to report words: "made clear", "made a proposal",
#: "made press statements", "made the point", "made progress"
_MADE_SPEECH = re.compile(
    r"\s+(?:it\s+)?(?:clear|plain|known|progress|(?:[\w\-’']+\s+){0,3}(?:statements?|remarks?|"
    r"proposals?|points?|case|appeals?|suggestions?|comments?|assessments?|offers?|pledges?|"
    r"commitments?|announcements?|observations?|requests?|calls?|reference|mention|address|"
    r"speech|speeches|demarches?|representations|recommendations?|arguments?|gestures?)\b)"
)


def _is_deed(verb: str, text: str, ve: int, end: int) -> bool:
    """Whether a reporting verb reports a deed here, by what follows it: "made Mark's wish come
    true", "maintained close contact", "presented a bouquet to X", "reviewed the guard of
    honour" say nothing, though "made clear", "maintained that" and "reviewed ties" do."""
    if verb in _MAKE_FORMS:
        return _MADE_SPEECH.match(text, ve, end) is None
    if verb in _MAINTAIN_FORMS:
        return not text.startswith(" that ", ve)
    if verb in _PRESENT_FORMS:
        return _PRESENTED_THING.match(text, ve, end) is not None
    if verb in ("reviewed", "inspected"):
        return _GUARD_OF_HONOUR.match(text, ve, end) is not None
    if verb in _SHOW_FORMS:
        return _SHOWN_STANCE.match(text, ve, end) is None
    return False


#: an amount ("$706 million", "3.5 million vaccine doses", "40 percent"): in a readout, a
#: sentence stating one without a speaker of its own is the writer's background, not speech
_FIGURE = re.compile(
    r"[$€£]\s?\d|\bUS\$|\b\d[\d,.]*\s*(?:million|billion|trillion|percent|per cent)\b|\d\s?%"
    # a year past ("established diplomatic ties in 1974"): the writer's background too
    r"|\b(?:in|since|from|until)\s+(?:19|20)\d\d\b"
)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has been|have been|had been)\s+(?:(?:\w+ly|also|again|once again)\s+)*"
    r"(?:[a-z]+ed|given|told|shown|taken|sent|made)\b"
)
_PERSON_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Madam", "Sir", "Lord", "Dame"})
#: an opening prepositional phrase before the subject ("In the months ahead, ...")
_INTRO_PP = re.compile(r"(?:In|On|At|Later|Earlier|Today|Separately|Also|Meanwhile)\b")
#: what follows a person subject: a verb ("will", "briefed") or an apposition
_ACTOR_NEXT = re.compile(r"(?:’s|'s)?,\s|\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_SHORT_ASIDES = (
    ", in turn,",
    ", however,",
    ", for his part,",
    ", for her part,",
    ", for their part,",
    ", in particular,",
    ", too,",
)
#: a parenthetical between a subject and its verb: an apposition, a participle phrase or a
#: relative clause ("X, the Foreign Minister of Y, said", "X, joined by Y, praised"); never a
#: coordinated list item ("X, Y and Z")
_ASIDE = re.compile(
    # ("while" only before a participle: "X and Y, while reaffirming ..., have reiterated")
    r",\s+(?!(?:and|or|but|whereas|as well as|respectively)\b)(?!while\s(?![a-z]+ing\b))"
    # lower case, or a title: "X, Crown Prince of Abu Dhabi, today received ..."
    rf"(?=[a-z]|the\b|The\b|(?:{_ROLE_ALT})\b)"
    # ("X and Y, on Wednesday (September 20), vowed ...": a parenthesis inside)
    r"(?:[^,;:.!?\"“”()\n]|\([^(),;\n]{1,40}\)|(?<=[A-Z])\.|(?<=Dr|Mr|Ms|Jr|Sr|St)\.){2,150}?,\s+"
)


_CUE_EXT = re.compile(
    r"\s+(?:(?:his|her|their|its|the|a|an|warm|deep|sincere|strong|full|firm|appreciation|"
    r"views|opinions|greetings|congratulations|condolences|gratitude|pleasure|hope|concern|"
    r"support|clear|out|forward|ready|highly|new|year|on|of|to|about|that|it)\b[\w-]*){1,4}"
)
_CUE_STOP = frozenset({"on", "of", "to", "about", "that", "it", "the", "a", "an", "for"})


def cue_phrase(text: str, vs: int, ve: int, end: int) -> str:
    """The reporting verb as written, plus the object of a light verb ("expressed his pleasure")."""
    verb = text[vs:ve]
    if verb not in LIGHT_VERBS:
        return verb
    words = []
    for m in _WORD.finditer(text, ve, min(end, ve + 60)):
        w = m.group(0)
        if w in _CUE_STOP and words:
            break
        if w in ("that", "to", "on", "about", "with", "for", "in", "at", "the", "a", "an"):
            break
        words.append(w)
        if len(words) >= 3 or (w.endswith(("s",)) and len(words) >= 2):
            break
        if w not in (
            "his",
            "her",
            "their",
            "its",
            "warm",
            "deep",
            "sincere",
            "new",
            "strong",
            "full",
            "firm",
            "best",
            "once",
            "again",
            "year",
            "high",
        ):
            break
    if verb in ("pointed", "points", "looked", "looks") and words:
        return f"{verb} {words[0]}" if words[0] in ("out", "forward") else verb
    return (verb + " " + " ".join(words)).strip() if words else verb


# --------------------------------------------------------------------------------------------
# attribution


@dataclass(slots=True)
class _Attr:
    """One sentence or clause's attribution before it becomes a Statement."""

    start: int
    end: int
    kind: str = "narrative"
    speakers: tuple[_Person, ...] = ()
    method: str | None = None
    cue: str | None = None
    confidence: float = 0.7
    side: str | None = None
    own: bool = False  # attributed by its own words (not inherited)
    #: "passive", "mutual" (a passive of a joint act) or "country": candidates resolved in
    #: the second pass
    pending: str | None = None
    mode: str = "indirect"
    trailing: bool = False
    verb_end: int = 0
    subject: tuple[_Person, ...] = ()  # who a narrative (meeting) sentence is about
    #: the people an unattributed sentence is about when it opens on a person ("Dr. Currie,
    #: the ..., briefed", "The President will travel"): () when nobody known; None when it
    #: opens on no person. Such a sentence continues only a speaker it names.
    actor: tuple[_Person, ...] | None = None
    #: who relayed the words when they are someone else's ("Adviser X said the president
    #: assured ..."): the "he" of a following '"...," he added' is the relayer
    relayer: _Person | None = None


@dataclass(frozen=True, slots=True)
class Result:
    persons: tuple[Person, ...]
    participants: tuple[Participant, ...]
    statements: tuple[Statement, ...]
    attributed_to: str | None = None
    genre: str = "readout"


_ATTRIBUTED_KINDS = frozenset({"body", "lede", "attendance"})
#: "... in a statement", "... after the meeting with X": where or when it was said
_TRAIL_WHEN = (
    # (and to whom: '"...," said Prabowo to Lawrence Wong.')
    r"(?:\s+(?:in|at|on|during|after|before|following|to)\s+[^,.]{1,90}?"
    # "... after meeting X in New Delhi, on Saturday, 8 February."
    r"(?:,\s+(?:in|at|on)\s+[^,.]{1,40}?){0,2}(?:,\s+\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)?)?"
)
#: '"...," tweeted X, adding "...".': the cue ends before what the speaker adds
#: ('"...," Macri said, while giving few details.': so does a clause of what the speaker did)
_ADDING = re.compile(
    r",\s+(?:adding|noting|stressing|saying|(?:while|before|after|when)\s+[a-z]+ing)\b"
)
#: who speaks last in a sentence: a name, a pronoun, or a title after "the" ("the Prime
#: Minister", "the prime minister", "the Chinese president"), which news copy writes in
#: lower case
_PARTICLES = tuple(p + " " for p in _EUROPEAN_PARTICLES)
_TRAIL_SUBJ = (
    r"(?P<subj>[A-Z][^,;\"”]{0,70}?|the\s+[A-Za-z][^,;\"”]{0,60}?|he|she|they|it"
    # "..., von der Leyen said": a name led by its lower-case particles
    rf"|(?:(?:{'|'.join(_EUROPEAN_PARTICLES)})\s+){{1,3}}[A-Z][^,;\"”]{{0,40}}?)"
)
_OF_THE_COUNTRIES = re.compile(
    r"\s+of\s+(?:the\s+|both\s+)?(?:two\s+|three\s+|neighbou?ring\s+|friendly\s+|brotherly\s+)*"
    r"(?:countries|nations|states|sides|governments)\b"
)
_UNNAMED_RELAYER = re.compile(
    r",\s+(?:said|says|added|noted|stated)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:press\s+"
    r"secretary|spokes(?:man|woman|person)|press\s+release|statement|readout|communiqu[eé])"
    r"[^,;]{0,40}$"
)
#: a participle clause after the cue that closes a quotation
_GERUND_AFTER = re.compile(r",\s+(?:[a-z]{2,}ing|who)\b")  # ('"Welcome," said Wong, who ...')
#: more verbs news copy closes a quotation with ('"Together," Biden reiterated.')
_TRAIL_MORE = (
    r"reiterated|affirmed|reaffirmed|asserted|declared|assured|warned|argued|acknowledged|"
    r"announced|replied|responded|answered|commented|cautioned|conceded|admitted|confirmed|"
    r"highlighted|maintained|quipped|joked|predicted|suggested|urged|vowed|pledged|"
    # the present of a government's press release: "..., says Prime Minister X."
    r"says|adds|notes|observes|observed|stresses|emphasi[sz]es|underlines|states|explains|"
    r"continues|concludes|remarks|points out"
)
_TRAIL = re.compile(
    rf"(?:,|[\"”’])\s*[\"”’]?\s*{_TRAIL_SUBJ}\s+"
    r"(?:also\s+|further\s+|then\s+|later\s+)?(?P<verb>said|says|added|adds|noted|notes|stressed|"
    r"emphasi[sz]ed|explained|continued|concluded|stated|underlined|underscored|remarked|"
    r"observed|insisted|pointed out|recalled|tweeted|wrote|posted|told [^,.]{1,40}?|informed|"
    r"went\s+on\s+to\s+(?:say|add|stress|note)|"
    rf"{_TRAIL_MORE}"
    r"|(?:was|were|is)\s+quoted\s+as\s+saying)"
    rf"{_TRAIL_WHEN}[.!?]?[\"”’)]*$"
)
_TRAIL_INV = re.compile(
    r"(?:,|[\"”’],?)\s*[\"”’]?\s*"
    r"(?P<verb>said|added|noted|stressed|emphasi[sz]ed|explained|stated|underlined|remarked|"
    rf"underscored|insisted|recalled|tweeted|wrote|posted|{_TRAIL_MORE})\s+"
    # "..., said acting presidency spokesperson Jo Roe": lower-case words before the name
    rf"(?:(?:(?!the\b)[a-z]+\s+){{1,3}}(?=[A-Z]))?{_TRAIL_SUBJ}{_TRAIL_WHEN}[.!?]?[\"”’)]*$"
)
#: '..., the statement quoted X as saying.': X's words
_TRAIL_QUOTED = re.compile(
    # ("..., Xinhua news agency quoted the President as saying.")
    r"(?:,|[\"”’],?)\s*[\"”’]?\s*(?:[Tt]he\s+[\w\-]+|it|he|she|they|[A-Z][\w\-]*"
    r"(?:\s+news\s+agency)?)\s+quoted\s+"
    rf"{_TRAIL_SUBJ}\s+as\s+(?P<verb>saying){_TRAIL_WHEN}[.!?]?[\"”’)]*$"
)
#: "the prime minister", "the Chinese president": a title written in lower case, as a whole
#: trailing subject
_LOWER_TITLE_TRAIL = re.compile(
    rf"the\s+(?P<visiting>visiting\s+)?(?:(?P<dem>{_DEMONYM_ALT})\s+)?"
    rf"(?P<role>{_LOWER_ROLE_ALT})"
)
#: after the source of "According to X, ...": its comma, or an apposition's
_COMMA_AFTER = re.compile(r"\s*,")
#: after the source of "..., according to X.": the sentence's end
_SENTENCE_TAIL = re.compile(r"[.!?]?[\"”’)]*\s*")
#: "Smith's office", "the President's office": an office speaks for its holder
_OFFICE = re.compile(r"(?:'s|’s)\s+(?:press\s+)?office")
#: ``\s\s*`` rather than ``\s+``: a pattern whose every alternative opens on a character class
#: lets ``re`` skip to the commas, semicolons and spaces instead of trying every position
_CLAUSE = re.compile(
    r",\s+(?:and|while|but|whereas)\s+|;\s+(?:and\s+)?"
    # ("X said he and Y agreed ...": a subject "he and Y" is no second clause)
    # (the lookbehinds after the first space: before it, they would run at every position)
    r"|\s(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\bI\s)(?<!\bhimself\s)(?<!\bherself\s)\s*and\s+"
    r"(?=[A-Z]|the\s+[A-Z]|(?:he|she|they)\s)"
    r"|\s\s*and\s+(?=(?:the|both)\s+(?:two\s+|three\s+)?(?:leaders|sides|parties|presidents|"
    r"ministers|officials|delegations|counterparts)\s)"
    # "..., which the other side supported": a relative clause with a subject of its own
    r"|,\s+which\s+(?=[A-Z]|the\s|both\s)"
    # "X spoke with Y on Saturday, during which the two leaders discussed ..."
    r"|,\s+(?:during|in)\s+which\s+(?=the\s|both\s|they\s)"
)


def _clause_scan_start(text: str, s: int, e: int) -> int:
    """Where :data:`_CLAUSE` can first match in ``text[s:e]``, or -1 when it cannot.

    Its every alternative needs a comma, a semicolon or an "and", and starts on that comma or
    semicolon or on the spaces before the "and"; ``re`` would try it at every space before the
    first of them (most sentences have none)."""
    first = e
    for sub in (",", ";", "and"):
        i = text.find(sub, s, first)
        if i >= 0:
            first = i
    if first == e:
        return -1
    while first > s and text[first - 1].isspace():
        first -= 1
    return first


_LABEL_WORDS = {
    "Q",
    "Question",
    "QUESTION",
    "Remark",
    "Reply",
    "Moderator",
    "MODERATOR",
    "Response",
    "Answer",
    "Participant",
}
_HAD_TALK = re.compile(
    r"(?:had|has|have|held|holds|hold|continued|continues|continue|resumed|conducted|"
    r"engaged\s+in|engage\s+in|engages\s+in)\s+(?:(?:a|an|their|the)\s+)?"
    r"(?:[\w\-]+,?\s+){0,4}"
    # ("conducted in-depth communication(s) on ...", as China's foreign ministry writes it)
    r"(?:exchanges?|discussions?|conversation|dialogue|communications?)\s+"
    r"(?:of\s+(?:views|opinions)\s+)?"
    # "had a broad discussion in which they discussed ...": a relative clause gives its content
    r"(?:on(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|[A-Z][a-z]{2,8}\.?\s+\d|"
    r"the\s+(?:phone|telephone|sidelines|margins?)\b))"
    r"|about|regarding|concerning|over|of|(?:in|during)\s+which|where)\b"
)
_HAD_TALK_START = _word_prefixes(
    "had has have held holds hold continued continues continue resumed conducted engaged engage"
    " engages"
)
#: a parenthetical naming the sentence's speaker: "This discussion, as President X made clear,
#: was part of ...", "..., as the Secretary noted." (after the subject: auxiliaries, adverbs;
#: after the verb: a few words, then the aside's closing comma or the sentence's end)
_AS_ASIDE_VERB = re.compile(
    r"(?:\s+(?:has|have|had|also|again|already|just|\w+ly))*\s+(?P<verb>[a-z]+)"
    r"(?:\s+[\w’'\-]+){0,4}?\s*(?:,|[.!?][\"”’)]*\s*$)"
)
#: a sentence about the meeting itself, in the writer's voice ("The conversation was held in a
#: warm atmosphere.", "A joint statement was adopted.")
_DOCUMENT = (
    r"(?:[Ss]tatements?|[Dd]eclarations?|[Mm]emorand(?:um|a)|[Aa]greements?|[Cc]ommuniqu[eé]s?|"
    r"documents|[Cc]ontracts|[Tt]reat(?:y|ies)|[Pp]rotocols?|[Rr]oadmaps?)"
)


def _may_be_about_meeting(text: str, s: int, e: int) -> bool:
    """Whether ``_ABOUT_MEETING`` can match at ``s``: the sentence opens on one of its
    determiners ("The", "This", "A", "Other", "All", "Among", "It"), else on a capital with a comma
    close enough to end its opening phrase. Most sentences fail this cheaper test."""
    c = text[s]
    return c in "TtAaOI" or ("A" <= c <= "Z" and text.find(",", s + 1, min(e, s + 32)) >= 0)


#: Only whether it matches is ever asked, never where the match ends: so the opening phrase its
#: three alternatives share ("Overall, ") is read once before them rather than by each in turn.
_ABOUT_MEETING = re.compile(
    r"(?:[A-Z][\w ,’']{0,30},\s+)?(?:"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|Today[’']s|[Aa]n?)\s+"
    r"(?:[\w\-]+\s+){0,2}"
    r"(?:conversation|meeting|talks|call|visit|negotiations|consultations|session|summit|"
    r"[Ss]tatement|[Dd]eclaration|[Mm]emorandum|[Aa]greement|[Cc]ommuniqu[eé]|documents?)\s+"
    # "A joint statement and a package of documents have been adopted"
    r"(?:and\s+(?:(?:a|an|the|other|several)\s+)?(?:[\w\-]+\s+){0,3}?" + _DOCUMENT + r"\s+)?"
    r"(?:was|were|will be|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:held|adopted|signed|"
    r"conducted|organi[sz]ed|published|issued|released|initialled|exchanged|attended|"
    r"approved|concluded|scheduled|planned|to be held)\b|"
    # "The contracts signed are ...", "Other documents signed include ...": the signing's outcome
    r"(?:The|Other|All|These|Those|Among the)\s+(?:[\w\-]+\s+){0,2}?"
    + _DOCUMENT
    + r"\s+(?:signed|adopted|approved|concluded)\b|"
    # "Overall, the conversation took place in a frank and business-like atmosphere"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|Today[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:conversation|meeting|talks|call|visit|negotiations|consultations|session)\s+"
    r"(?:took place|lasted|ended|began|continued)\b|"
    # "This was the third meeting between the two ministers in the past few months"
    r"(?:This|It|That)\s+(?:was|is|marks|marked|will\s+be)\s+(?:also\s+)?(?:the|their)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest|last|only)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|call|conversation|visit|talks|contact|encounter|engagement|summit)s?\b)"
)
#: where the parties of a meeting sentence end: its purpose, topic, occasion or a relative clause
#: "Counselor to the President Emmanuel Bonne": a title's "to", not a purpose clause
_TITLE_TO = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "Counselor",
        "Counsellor",
        "Advisor",
        "Adviser",
        "Secretary",
        "Assistant",
        "Aide",
        "Envoy",
        "Ambassador",
        "Representative",
        "Delegate",
    )
)
_PRINCIPAL_STOP = re.compile(
    r"\b(?:to discuss|"
    + _TITLE_TO
    + r"to|about|regarding|concerning|during|following|via|on behalf|"
    r"at the invitation|in order|in advance of|ahead of|on the sidelines)\b|"
    r",\s+(?:who|which|whose)\b"
)
#: a sentence that opens on the meeting it reports ("In a March 14 trilateral call, A, B and C
#: discussed ...", "During their meeting, ...")
_MEETING_LEAD = re.compile(
    r"(?:In|During|At)\s+(?:a|an|the|their|his|her|separate|two)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:calls?|meetings?|conversations?|videoconferences?|video\s+calls?|talks|consultations)"
    r"(?=[\s,])"
)
_WITH = re.compile(r"\bwith\b")
#: "conferred on Saturday 2/12/2017 with": a meeting, in the first sentence reporting one
_CONFERRED_WITH = re.compile(
    r"\bconfer(?:red|s)\s+(?:(?:today|yesterday|on\s+[A-Z][a-z]+(?:\s+[\d/.,]+)?)\s+)?with\b"
)
_TITLE_WITH = re.compile(r"\b[Ww]ith\b")
#: "(have) signed a memorandum ...": the parties signing documents is an act the writer reports
_SIGNED = re.compile(
    # ("The two leaders exchanged a visa waiver agreement": handed over, as signed)
    r"(?:(?:have|has|had|also)\s+)*(?:signed|exchanged)\s+(?:(?:a|an|the|two|three|several|"
    r"a number of|a package of|a series of|\d+)\s+)?(?:[\w\-]+\s+){0,3}?" + _DOCUMENT + r"\b"
)
_SIGNED_START = _word_prefixes("have has had also signed exchanged")
#: "addressed the meeting first", "addressed the opening session of the forum": speaking to an
#: event is a fact about it, when nothing said is reported with it (no "that" clause, no
#: ", calling for ..."); "addressed the issue of tariffs" reports what was said
_ADDRESSED_EVENT = re.compile(
    r"\s+(?:the|a|an|this|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|summit|"
    r"conference|session|forum|gathering|assembly|plenary|ceremony|audience|crowd|rally|"
    r"parliament|congress|nation|participants|attendees|delegates|event|dinner|luncheon|"
    r"banquet|opening)s?(?![\w’'\-])(?:(?!\bthat\b)[^,;:])*$",
    re.IGNORECASE,
)
_ADDRESS_FORMS = frozenset({"addressed", "addresses", "address"})
#: who heads a side or chairs the meeting ("The delegation was led by", "which was co-chaired
#: by", "a delegation headed by")
_LED_BY = re.compile(
    r"\b(?:[Dd]elegations?|[Mm]eeting|[Tt]alks|[Dd]ialogue|[Ss]ession|[Cc]onsultations|"
    r"[Ww]orking [Gg]roup)\b[^.;:]{0,40}?\b(?:co-)?(?:led|headed|chaired)\s+by\s+(?=[A-Z])"
)
_LEAD_END = re.compile(r"[.;:]\s|,?\s+and\s+(?:included|comprised|consisted)\b|,\s+(?:which|who)\b")
#: the parties of a meeting the sentence reports on ("briefed reporters on the conversation
#: between A and B")
#: a sentence opening on the meeting it reports: "In the meeting between A and B, ..."
_BETWEEN_LEAD_WORDS = ("In ", "During ", "At ")
_BETWEEN_LEAD = re.compile(
    r"(?:In|During|At)\s+(?:the|a|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|talks|call|conversation|discussions?)\s+between\s+"
)
#: where the subject of such a sentence begins: "..., the two men discussed"
_THE_TWO_AFTER = re.compile(r",\s+(?:the\s+two\b|they\b|both\b)")
_BETWEEN = re.compile(
    r"\b(?:conversations?|calls?|meetings?|talks|videoconference|summit|negotiations)\s+"
    r"between\s+"
)
#: the part of a ``_LED_BY`` match that ``re`` can look for quickly (it starts with a literal)
_LED_BY_VERB = re.compile(r"(?:led|headed|chaired)\s+by\s+[A-Z]")
#: "Following the Phnom Penh Summit led by A, B, and C, X and Y convened ...": an opening
#: phrase about an earlier event, whose leaders are no parties of this one
_EARLIER_LED = re.compile(
    r"(?:Following|After|Building on|Further to|In follow-up to)\b[^.;:]{0,200}?\b"
    r"(?:led|hosted|chaired|convened)\s+by\s+(?=[A-Z])"
)
_TITLE_OWNER = re.compile(
    r"\b[Tt]he\s+(President|Vice President|Secretary|Prime Minister|Chancellor)(?:’s|'s)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:[Cc]all|[Mm]eeting|[Cc]onversation|[Tt]alks|[Vv]isit)\s+with\b"
)
_DELEGATION_LIST = re.compile(
    r"\bdelegation,?\s+(?:(?:that|which)\s+(?:included|includes|comprised)|including|"
    r"comprising|consisting\s+of|composed\s+of|made\s+up\s+of)\s+"
)
_LIST_LAST = re.compile(r",?\s+and\s+")


def _earlier_event_end(text: str, s: int, lim: int) -> int | None:
    """Where an opening phrase naming the leaders of an earlier event ends: the comma after the
    last item of its "A, B, and C" list; None when the sentence has no such phrase."""
    m = _EARLIER_LED.match(text, s, lim)
    if m is None:
        return None
    am = _LIST_LAST.search(text, m.end(), lim)
    if am is None:
        return None
    c = text.find(",", am.end(), lim)
    return c if c >= 0 else None


#: ("..., in the presence of Minister of Defense Y": Y was there too)
_JOINED_BY = _Anchored(
    r"\b(?:(?:joined|accompanied|flanked)\s+by|presence\s+of)\s+(?=[A-Z])",
    ["joined", "accompanied", "flanked", "presence"],
)
_ASIDE_END = re.compile(
    r"[;:]|,\s+(?!(?:and\s+)?[A-Z])|(?<![A-Z])(?<!Dr|Mr|Ms|St|Jr|Sr)\.(?=\s+[A-Z][a-z]|\s*$)"
)
#: a possessive ("X’s"), and one before the meeting it reports ("X’s call with Y")
_POSS_AT = re.compile(r"’s|'s|’(?!\w)|'(?!\w)")
_POSS_MEETING = re.compile(
    r"(?:’s|'s|’|')\s+(?:[\w.\-]+\s+){0,2}?(?:[Mm]eeting|[Cc]all|[Vv]isit|[Tt]alks|"
    r"[Cc]onversation|[Tt]rip|[Pp]hone|[Tt]elephone|[Vv]ideo|[Bb]ilateral|[Dd]iscussion|"
    r"[Cc]onsultations)\b"
)
_COORD = re.compile(r",?\s+and\s+|,\s+")
_WITH_VERBS = frozenset(
    {"discussed", "discuss", "discusses", "reviewed", "conferred", "consulted"}
    | {"exchanged", "exchange", "exchanges"}  # "X exchanged views with Y"
)
_AGREE_FORMS = frozenset({"agreed", "agree", "agrees"})
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|while|but|which|who)\b")
#: a word of a long title before a name: capitalised, or a connector inside the title
_TITLE_TOKEN = re.compile(
    r"\s*([A-Z][\w.’'\-]*|(?:of|for|the|on|and|de|minister|spokes(?:person|man|woman)"
    r"|advis[eo]r|aide|envoy|ambassador|press\s+secretary|secretary"
    # "Lithuania foreign minister Gabrielius Landsbergis called ..."
    r"|(?:foreign|prime|defen[cs]e|finance|trade|interior|economy)\s+minister)"
    r"(?=\s+(?:the\s+)?[A-Z]))"
)
#: "Foreign minister Park Jin", Yonhap's: a title with its second word in lower case
_MIXED_CASE_TITLE = re.compile(
    r"(?:\b(Foreign|Prime|Defen[cs]e|Finance|Trade|Interior|Economy|Unification) "
    # "..., minister Park Jin had a meeting": news copy's bare title in lower case, after a
    # word that cannot be part of a longer title ("deputy minister" is another office)
    r"|(?:^|[,;(]|\b(?:the|and|with|by|that|when|as))\s)(minister) $"
)
_SPOKE_ABOUT = re.compile(
    r"(?:spoke|spoken|talked)\s+(?:again\s+)?(?:with|to)\s+[^.;:]{1,80}?\s+"
    r"(?:about|regarding|concerning)\b"
)
_SPOKE_ABOUT_START = _word_prefixes("spoke spoken talked")
_BY_AGENT = re.compile(r"(?:\s+(?:also|further|again|as well|\w+ly))*\s+by\s+")
_AND_AGENT = re.compile(r",?\s+and\s+")
_JOINING = _Anchored(
    r"\b(?:Joining|Also joining|Participating in|Taking part in|Also participating in|"
    r"Also taking part in)\s+"
    r"(?:the|this)\s+(?:call|meeting|conversation|videoconference|video call)\s+(?:were|was)\b",
    ["Joining", "Also", "Participating", "Taking"],
)
_LEAD_PHRASE = re.compile(
    r"[\"“]?(?:[A-Z][a-z]+ing|In (?:light|view|response|addition|the context) of|"
    r"As (?:part|a result) of|Ahead of|Following|After|During|Given|Prior to|Since|"
    r"In advance of|On the (?:margins|sidelines) of|Further to)\b"
)
_BREAK = re.compile(r"[,—–]")
#: a wire's or syndicator's tag opening a paragraph: "(Reuters) ", "(MENAFN- UkrinForm) "
_SOURCE_TAG = re.compile(
    # ("(MENAFN- Kuwait News Agency (KUNA)) ": the agency's abbreviation inside)
    r"\((?:[A-Z][\w.&]*(?:-\s*|\s+|(?=[)(]))){1,5}(?:\([A-Z]{2,8}\))?\)\s*[-–—]*\s*(?=[A-Z])"
)
#: a sentence opening on a subordinate clause: its first subject is not the sentence's speaker
#: ("After X expressed concern about Y, Z explained ...")
_SUBORDINATE = re.compile(
    r"[\"“]?(?:After|When|While|Once|Before|Although|Though|Whereas|Because|If|As soon as)\s"
)
#: the writer's comment framing what a party did ("It was revealing that X gave a critical
#: assessment of ..."): the sentence is X's; a bare "It is important that ..." is a position
_WRITERS_FRAME = re.compile(
    r"It\s+(?:is|was)\s+(?:(?:particularly|especially|also|very)\s+)?(?:revealing|notable|"
    r"noteworthy|significant|telling|remarkable|symbolic|characteristic|indicative|"
    r"worth noting|of note)\s+that\s+"
)
_SPOKES_ROLES = frozenset({"Spokesperson", "Spokesman", "Press Secretary"})
#: the lower-case titles of news copy that a long title ends on before a name
_LOWER_AIDE_AFTER = re.compile(
    r"\s+(?:chief\s+|senior\s+|deputy\s+)?(?:spokes(?:person|man|woman)|press\s+secretary|"
    r"advis[eo]r|aide)\s+[A-Z]"
)
_LOWER_AIDES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "envoy"}
    | {"ambassador", "press secretary", "secretary"}
)
#: the verbs by which a spokesperson relays what others said or did
_RELAY_FORMS = frozenset(
    {"said", "says", "stated", "states", "added", "adds", "noted", "notes", "explained"}
    | {"pointed", "indicated", "clarified", "mentioned", "reported", "told", "tells"}
    # "Spokesperson X also emphasized that the top diplomats reiterated ..."
    | {"emphasized", "emphasised", "stressed", "underlined", "underscored", "highlighted"}
    | {"confirmed", "revealed", "disclosed"}
)
#: what stands between a spokesperson's "said" and the subject of the clause it relays:
#: "that", and an opening phrase of time or occasion ("during the phone call, "); after
#: "told", the press it was told to ("told reporters from the agency that")
_RELAYED_CLAUSE = re.compile(
    r":?\s+(?:out\s+)?"
    r"(?:(?:reporters|journalists|newsmen|the\s+(?:press|media)|media|[A-Z][\w.]*)"
    r"(?:\s+[^,;.“”\"]{1,60}?)??\s+(?=that\b))?"
    r"(?:that\s+)?[“\"]?(?:(?:[Dd]uring|[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Tt]hroughout)\s[^,;.]{1,80},\s+)?"
)


#: a clause of a few words whose colon opens a quotation: "struck a cordial tone: “"
_COLON_QUOTE = re.compile(r"\s+(?:\w+ly\s+)?([a-z]+)\b[^.;:“”\"]{0,60}:\s*[“\"]")
#: a description opening a sentence, up to the comma before the name it describes
_DESCRIBED_NAME = re.compile(r"(?:The|An?)\s[^,;:.“”\"]{2,90}?,\s+(?=[A-Z])")
_LOWER_SPOKES = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary)\s+(?=[A-Z])")


_SPOKES_WORDS = frozenset({"Spokesperson", "Spokesman", "Spokeswoman"})


def _is_spokes(p: _Person) -> bool:
    """Whether ``p`` speaks for someone else: a spokesperson or press secretary, however the
    title runs on ("Spokesperson Counselor", "Deputy Spokesperson")."""
    return any(r in _SPOKES_ROLES or any(w in _SPOKES_WORDS for w in r.split()) for r in p.roles)


def _all_spokes(people: Sequence[_Person]) -> bool:
    """Whether every one of ``people`` speaks for someone else (a spokesperson)."""
    return bool(people) and all(_is_spokes(p) for p in people)


#: finite past forms not ending in -ed: a clause of its own ("... and told him"), unlike a
#: verb coordinated inside a purpose or list ("to affirm X and thank Y", "and coordinating")
_IRREGULAR_PAST = frozenset({"said", "told", "spoke", "made", "gave", "took", "held", "sent"})
#: participles of reporting verbs that, after a meeting clause, report a deed: "..., setting
#: the tone for the summit", "..., marking the anniversary"
_DEED_GERUNDS = frozenset({"setting", "marking", "laying", "providing"})
#: ", saying ...", ", stressing ...": a participle clause after a meeting clause
_GERUND_CLAUSE = re.compile(r",\s+(?P<verb>[a-z]+ing)\s+(?:that\b|the\b|[a-z]+)")
_AND_VERB = re.compile(r"\s(?:,\s*)?and\s+(?:(?:\w+ly|also|then)\s+)?(?P<verb>[a-z]+)\b")
_BRIEFING_TITLE = re.compile(r"\b(?:[Bb]riefing|[Bb]ackground [Pp]ress [Cc]all|[Pp]ress [Cc]all)\b")
#: a news agency's dateline: "PARIS (Reuters) - ", "WASHINGTON (AP) — ", "Doha, January 15
#: (QNA) - ", "BEIJING, Dec. 30 (Xinhua) -- " (a date or an agency, then a dash)
_WIRE_DATELINE = re.compile(
    # ("Seoul/Washington, (Asian independent) ": two places)
    r"[A-Z][A-Za-z.'’\- ]{1,40}?(?:/[A-Z][A-Za-z.'’\- ]{1,30}?)?(?:,\s+[A-Z][A-Za-z.'’\- ]{1,30}?)?"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)"
    # ("KUALA LUMPUR (April 25): ", Bernama's: a colon after the bracket; "CAIRO, 8 November
    # 2021: ", after a year)
    r"(?:\s*\([A-Za-z][\w ]{0,20}\))?|,?\s*\([A-Za-z][\w ]{0,20}\))\s*"
    # (IANS: "Seoul, Jan 5 (IANS) Park said ...", nothing after the agency's bracket)
    r"(?:(?:--|—|–|-|(?<=\)):|(?<=\d\d\d\d):)\s+|(?<=\))\s*(?=[A-Z]))"
)
#: :data:`_WIRE_DATELINE` led by a cheap test of what any match of it starts with: a capital,
#: then letters, stops, apostrophes, hyphens, slashes and spaces (at most 72, then only
#: whitespace) up to the comma or bracket that any match has after its place or places. Most
#: paragraphs fail that test (a quote, digit or other mark, or 73 characters, come before any
#: comma), sparing the pattern's backtracking over each length its places could have.
_WIRE_DATELINE_AT = re.compile(
    r"(?=[A-Z][A-Za-z.'’\- /\s]{0,72}+\s*+[,(])(?:" + _WIRE_DATELINE.pattern + ")"
)
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
#: "The statement (also) said that ...", "The readout noted that ...": the publisher's document
#: relays what the subject of the clause after it said
_DOCUMENT_SAID = re.compile(
    r"(?:The|Its|A|An)\s+(?:[\w\-]+\s+){0,4}?(?:statement|readout|release|communiqu[eé]|"
    r"e-?mail|letter|message)\s+"
    # "A readout by al-Sudani's bureau said that Biden ..."
    r"(?:(?:by|from|of)\s+[^,.;:\"“]{1,60}?\s+)?"
    r"(?:also\s+|further\s+)?(?:said|says|noted|notes|added|adds|stated|states|read|reads)"
    r"\s+(?:that\s+)?(?=[A-Z]|the\b|both\b|they\b)"
)
#: "Reuters quoted the Kremlin as saying that ...": an agency relaying a relay; the clause
#: after it has the speaker
_QUOTED_AS_SAYING = re.compile(
    r"(?:The\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+quoted\s+"
    r"(?:the\s+|an?\s+)?[^,.;:“”\"]{1,60}?\s+as\s+saying\s+(?:that\s+)?(?=[A-Z]|the\b|both\b)"
)
#: the verbs :data:`_RELAYER_SAID` reads, and :data:`_RELAY_VERB_NEAR` looks for first
_RELAYER_VERBS = r"(?:said|says|stated|states|added|adds|noted|notes)"
#: a spokesperson or press office nobody names, relaying: "The Spokesman for the Presidency
#: said (that) ...", "A spokesperson also said ...", "The President's Media Unit stated that"
_RELAYER_SAID = re.compile(
    r"(?:It|(?:(?:The|A|An|Its|Their|[A-Z][\w’']*(?:’s|'s))\s+)?(?:[\w’'\-]+\s+){0,4}?"
    r"(?:[Ss]pokes(?:person|man|woman)|[Mm]edia\s+(?:[Uu]nit|[Dd]ivision|[Oo]ffice|[Cc]ent(?:er|re)|"
    r"[Ww]ing)|[Pp]ress\s+(?:[Ss]ervice|[Oo]ffice)|PMO|[Oo]ffice|[Mm]inistry|[Pp]residency|"
    # "The Argentine version of the exchange said ...", "Saturday's email said ..."
    r"[Vv]ersion|[Ee]-?mail|[Ss]ources?|[Aa]ccount"
    # the seat of an office, for the office: "The White House said in a statement that ..."
    r"|White\s+House|Kremlin|Downing\s+Street|Blue\s+House|Élysée|Elysee)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3})?"
    r"(?:\s+of\s+the\s+(?:exchange|call|conversation|meeting|talks))?)"
    r"\s+(?:also\s+|further\s+)?"
    + _RELAYER_VERBS
    + r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+)?(?:statement|e-?mail|readout|release|"
    r"post|tweet))?"
    # ('The official spokesman added: “The two presidents agreed ...')
    r":?\s+(?:that\s+)?[“\"]?(?:(?:[Dd]uring|[Ii]n|[Oo]n|[Aa]t|[Aa]fter)\s[^,;.]{1,80},\s+)?"
)
#: what :data:`_RELAYER_SAID` needs near a sentence's start: most sentences have none of
#: these, and the scan for them is far cheaper than the relayer's pattern
_RELAY_VERB_NEAR = re.compile(" " + _RELAYER_VERBS + r"\b")
#: a sentence adverb the writer sets before the subject without a comma
_OPENING_ADVERB = re.compile(
    r"(?:Finally|Lastly|Additionally|Furthermore|Moreover|Separately|Meanwhile|Subsequently"
    # "But he pointed out ...": a conjunction opening the sentence
    r"|But|And|Yet"
    # "During the telephone talk the sides expressed ...": an occasion set before the subject
    # without a comma
    r"|(?:During|In|At|Over)\s+(?:the|their|a)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:talks?|call|conversation|meeting|discussions?|negotiations|consultations))"
    r"\s+(?=[A-Z]|the\b|they\b|both\b|he\b|she\b)"
)
#: a title that makes the text the leaders' own joint voice, and the words of that voice
#: "LAHORE: ", "NEW DELHI: " (a place in capitals, then a colon)
#: (capitals of any alphabet, "HÀ NỘI — ": ``[^\W\d_a-z]`` is any letter but a-z, and the
#: caller checks that the words are upper case)
_CAPS_DATELINE = re.compile(r"([^\W\d_a-z](?:[^\W\d_a-z]|[.'’\- ]){2,30}):\s+")
#: "OTTAWA – ", "AMMAN — ": a place in capitals, then a dash
_CAPS_DASH_DATELINE = re.compile(
    # ("MANILA, Philippines — ": the country after the city)
    r"([^\W\d_a-z](?:[^\W\d_a-z]|[.'’ ]){2,30}?)(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"\s*(?:--|—|–|-)\s+"
)
_JOINT_VOICE_TITLE = re.compile(
    r"\bJoint (?:Leaders[’']? |Press )?(?:Statement|Declaration|Communiqu[eé])\b", re.IGNORECASE
)
#: a lede introducing the leaders' own text: "... met in Tokyo and issued the following joint
#: statement"
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|adopted|released) the following (?:joint )?(?:statement|declaration)\b"
)
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urselves)\b")
#: a statement in one person's name: "Statement from President Joe Biden on ..."
_STATEMENT_BY = re.compile(r"(?<!Joint )\bStatement (?:from|by)\s+")
_STATEMENT_TITLE = re.compile(r"(?:Joint )?Statement (?:by|from|of|on)\b|Joint Statement\b")
_OF_BOTH = re.compile(r"\s+of\s+(?:the\s+|both\s+)?(?:two\s+)?(?:countries|states|nations|sides)\b")
_STAGE_NOTE = re.compile(
    r"(?:[—–]\s*)?\((?:[A-Z][a-z\-]+(?:\s[a-z\-]+){0,4}|laughs|laughter|applause)[.!]?\)(?=\s|$)"
)
#: what a stage note can start with: its bracket, or a dash setting it off ("— (laughs)")
_NOTE_OPENERS = frozenset("(—–")
_OMISSION = re.compile(r"<(?:…|\.\.\.)>|…|\.\.\.")
#: an editor's note closing a transcript ("To be continued.", "(End of transcript)")
_EDITORS_NOTE = re.compile(
    r"\(?(?:To be continued|End of (?:the )?(?:transcript|remarks|briefing))[.…]*\)?\.?"
    # an agency's closing tag: "(TNA)", "(END)", "(pick up previous)"
    r"|\((?:[A-Z]{2,6}|[Ee]nd|pick up previous|[Mm]ore)\)\.?"
)
_HEADING_CUT = re.compile(r"[a-z\d)]\s+(?=[A-Z])")
#: the last word of a sentence running up to a name, which makes it a lead-in and not a
#: heading before a label: a heading is a noun phrase ("Beginning of the talks"), while
#: "Statement on the call with | President X:" or "X told | President Y:" introduces the text
#: under it, and that text is not Y's
_LEAD_IN_TAIL = frozenset(
    """
    with between and or by to from of for on at in about among via into than the a an his her
    their its our your my whose who which that
    """.split()  # noqa: SIM905
)
#: how long a heading running into a label can be ("Beginning of the talks Vladimir Putin:")
_MAX_HEADING = 80
#: between a subject and its verb: "during the meeting", or a meeting with someone ("while
#: meeting with Iraqi Prime Minister X on Tuesday in Tehran"), whose name the verb follows
_MEETING_ADVERBIAL = re.compile(
    r"(?:(?:during|at|in|throughout)\s+(?:the|this|their|today's|today’s)\s+(?:\w+\s+)?"
    r"(?:meeting|talks|call|conversation|session|discussions?)(?![\w\-])"
    r"|(?P<with>(?:while|when)\s+(?:meeting|talking)\s+with\s+))"
)
#: "South Sudanese President, " before the name of the one who holds it
_TITLE_COMMA_NAME = re.compile(rf"(?:[A-Z][\w.’'\-]*\s+){{0,3}}(?:{_ROLE_ALT}),\s+(?=[A-Z])")
#: the rest of a title in apposition, to the comma before ", and <the next party>"
_APPOSITION_TAIL = re.compile(r"(?:\s+(?:and|of|the|for|[A-Z][\w’'.\-]*)){0,12},(?=\s+and\s)")
#: "Akufo -Addo": a hyphenated name with a space before its hyphen
_SPLIT_HYPHEN = re.compile(r"\b([A-Z][\w’']+) -([A-Z][\w’']+)")
#: "counterpart(,) " right before a name
_COUNTERPART_NAME = re.compile(r"\bcounterpart,?\s+(?=[A-Z])")
#: "took the opportunity to", "used the occasion to": what the subject said comes next
_OPPORTUNITY = re.compile(
    r"(?:t[oa]ok|takes?|taking|used?|uses|using|seized?|availed\s+(?:himself|herself|themselves)"
    r"\s+of)\s+(?:the|this|that|every)\s+(?:opportunity|occasion|chance)\s+to\s+"
)
_OPPORTUNITY_FIRST = frozenset(
    ("took", "take", "takes", "taking", "used", "use", "uses", "using", "seized", "seize")
) | {"availed"}
_MEETING_ADVERBIAL_FIRST = frozenset(("during", "at", "in", "throughout", "while", "when"))
#: "X while meeting with", "X, in a phone call with": a bare name as the subject of a meeting
_IN_MEETING_WITH = re.compile(
    r",?\s+(?:while|when|during|in)\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:meeting|talks|"
    r"(?:tele)?phone\s+(?:call|conversation|talks)|conversation)\s+(?:on\s+\w+\s+)?with\s+"
    r"(?=[A-Z]|the\s+[A-Z]|visiting\s|his\s|her\s)"
)
#: what a sound bite's label has that a transcript's has not: its opening bracket, and a slash
#: before the title ('[Shigeru Ishiba/Prime Minister of Japan: "..."]')
_SOUND_BITE_HEAD = re.compile(r"^\[|/(?=[A-Z])")
#: what may stand before a label that does not open its paragraph
_LABEL_BEFORE = frozenset(".!?:;)]\"”’'*")
#: roles that are ranks or styles rather than offices: an office in apposition after a name
#: so styled is what the person holds ("Sheikh Mohamed bin Zayed, President of the UAE")
_RANKS = frozenset({"Sheikh", "Prince", "Princess"})
#: titles written in the plural before the names of those who hold them
_PLURAL_TITLE_WORDS = {
    "Secretaries": "Secretary",
    "Ministers": "Minister",
    "Presidents": "President",
    "Ambassadors": "Ambassador",
    "Senators": "Senator",
    "Governors": "Governor",
    "Commissioners": "Commissioner",
}
_LIST_GAPS = frozenset({" and ", ", ", ", and "})
#: a paragraph announcing a statement printed after it: "X issued the following statement
#: in Vienna today (13 July):"
_FOLLOWING_STATEMENT = re.compile(
    r"\b(?:issued|made|delivered|gave|released|said|stated)\s+the\s+following"
    r"(?:\s+(?:statement|remarks|comments?|words))?\b[^.:]{0,80}:\s*$"
)
#: a portfolio closing a title's complement, and the "and" after it
_PORTFOLIO_AND = re.compile(
    r"\b(?:Affairs|Security|Defen[cs]e|Finance|Trade|Economy|Interior|Justice|Health|Education|"
    r"Environment|Energy|Agriculture|Labou?r|Development|Commerce|Industry|Transport|Culture|"
    r"Tourism|Planning)\s+and\s+$"
)
#: between a title and the name it is set off from: a comma, or the organisation's acronym
#: ("Secretary-General of the North Atlantic Treaty Organization (NATO) Jens Stoltenberg")
_TITLE_NAME_GAP = re.compile(
    # the rest of a title the run stopped short of ("Commissioner for Peace and Security, X";
    # "Secretary of State for the Foreign and Commonwealth Affairs, the Right Honorable X")
    r"(?:\s+(?:and|of|for|on)(?:\s+the)?\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}){0,4}"
    r"(?:,\s*(?:the\s+(?=Right|Rt|Honou?rable))?(?:H\.\s?E\.\s+)?|\s+\([A-Z]{2,8}\)\s+)"
)
#: what may follow "Title, First Last" for the title to be that person's: a comma, a full
#: stop or a phrase of time or place ("the Federal Chancellor of Germany, Olaf Scholz on
#: Wednesday"); "the Prime Minister, A and B" lists people
_TITLE_NAME_END = re.compile(
    # (";": "the Minister of Foreign Affairs of Estonia, Eva-Maria Liimets; the Minister ...")
    r"[,.;]|\s+(?:on|in|at|to|for|during|today|yesterday|this|last|earlier|via|by)\b"
    # or the person's verb: "The AUC Chairperson, Dr. Nkosazana Dlamini Zuma has met ..."
    r"|\s+(?:has|had|have|was|is|met|held|hosted|received|said|spoke|welcomed)\b"
)
#: the rest of a list of portfolios between a title and its name ("Minister of Foreign
#: Affairs, African Cooperation and Moroccans Abroad, X")
_PORTFOLIO_GAP = re.compile(
    r"(?:,\s+[A-Z][\w’'\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'\-]*){0,4}){1,3},\s*(?:H\.\s?E\.\s+)?"
)
_APPOSITION_GAP = re.compile(r",\s*(?:the\s+)?")
_DASH = re.compile(r"[-–]")
_STARS = re.compile(r"\*\s?\*\s?\*")
#: a number opening a paragraph ("1. At the outset, ...", "IV. The two leaders ..."), as
#: Japan's and other foreign ministries number the points of a readout
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\.")
_INTERPRETED = re.compile(r"\s*\((?:retranslated|via interpreter|as interpreted)\.?\)")
_LABEL_NOTE = re.compile(r"\s*\([A-Za-z .]{2,40}\)\s*$")
_UNKNOWN_LABEL = re.compile(
    r"(?:Q|QUESTION|MODERATOR|SENIOR ADMINISTRATION OFFICIALS?|PARTICIPANT|AUDIENCE MEMBER|"
    r"STAFF|REPORTER|Question|Remark|Reply|Moderator|Response|Answer|Participant)\b",
)


#: a quoted phrase in title case with a small word in it: a slogan or a policy's name ("Free
#: and Open Indo-Pacific", "Mutually Beneficial Relationship Based on Common Interests"), as
#: a quoted name has no "and" or "on"
_SLOGAN_WORD = r"(?:[A-Z][\w’'\-]*|and|or|of|on|for|the|in|to|with|a|an|at|by)"
_QUOTED_SLOGAN = re.compile(
    rf"[“\"](?=[A-Z])(?=(?:[^”\"\n]{{0,120}}?\s(?:and|or|of|on|for|the|in|to|with|a|an|at|by)\s))"
    rf"{_SLOGAN_WORD}(?:\s{_SLOGAN_WORD}){{1,13}}[.,]?[”\"]"
)
#: how many words a sub-headline has at most
_MAX_HEADING_WORDS = 12
_HEADING_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _is_heading_line(text: str, start: int, end: int, common: AbstractSet[str]) -> bool:
    """Whether ``text[start:end]`` is a sub-headline: a short line with no closing punctuation
    nor comma whose every word of four letters or more is capitalised, and some word of which
    is an ordinary one, lowercase ("and", "to") or written so elsewhere in the article
    ("Continuing Communication and Efforts to Develop Relations"). A line of a name alone or
    of a name and title ("Ban Ki-moon, Former Secretary-General") is none."""
    if (
        end - start > 120
        or text[end - 1] in '.!?:;"”)…'
        or not text[start].isupper()
        or text.find(",", start, end) >= 0
    ):
        return False
    words = _HEADING_WORD.findall(text, start, end)
    return (
        3 <= len(words) <= _MAX_HEADING_WORDS
        and all(w[0].isupper() for w in words if len(w) >= 4)
        and any((w.islower() and w not in _CONNECTORS) or w.lower() in common for w in words[1:])
    )


#: how sure an own attribution by one subject is, by how the subject was resolved (else 0.8)
_METHOD_CONFIDENCE = {"explicit_name": 0.95, "title": 0.9, "pronoun": 0.85, "side": 0.75}


class Engine:
    """Attribution state for one article (registry, principals, discourse memory)."""

    def __init__(
        self,
        text: str,
        header: Header,
        paragraphs: Sequence[Paragraph],
        publisher: str | None,
        lede: Paragraph | None,
    ) -> None:
        self.text = text
        self.header = header
        self.paragraphs = paragraphs
        self.publisher = publisher
        self.lede = lede
        #: every word the article writes in lower case: a capitalised form of one is not a name
        self.common = _LowerWords(text)
        self.reg = Registry(self.common)
        if " -" in text:
            self.reg.split_hyphens = {
                f"{m.group(1)}-{m.group(2)}": m.group(1) for m in _SPLIT_HYPHEN.finditer(text)
            }
        self.principals: list[_Person] = []
        #: the meeting sentence's two delegations, when it names several people on a side
        self.groups: tuple[list[_Person], list[_Person]] | None = None
        self.meeting_sentence: tuple[int, int] | None = None
        self.present: list[_Person] = []
        self.last_single: _Person | None = None
        #: where the last single speaker was last named as the subject of a sentence
        self._named_at = -1
        self.last_joint: tuple[_Person, ...] = ()
        #: the two people of a later meeting the article goes on to report ("Earlier, X
        #: received a courtesy call from Y."), whom "they" and "the two" mean from there on
        self.scene: tuple[_Person, ...] = ()
        self.turn: tuple[_Person, ...] | None = None  # transcript speaker, () if unknown
        self.home_country = {
            "U.S. Department of State": "United States",
            "The White House": "United States",
            "Xinhua": "China",
        }.get(publisher or "")
        self.sentences: dict[int, list[tuple[int, int]]] = {}
        self.mentions: dict[int, Mention] = {}
        self.attributed_to: _Person | None = None
        #: who a "Statement from X on ..." title names: the "I" of its text
        self.author: _Person | None = None
        #: a joint statement or declaration: its "we" is the signatories' (the principals')
        self.joint_voice = _JOINT_VOICE_TITLE.search(
            text, 0, max(text.find("\n"), 0)
        ) is not None or any(
            # (the literal the pattern holds, found far faster than the pattern, which ``re``
            # tries at every position)
            text.find(" the following ", para.start, para.end) >= 0
            and _ISSUED_STATEMENT.search(text, para.start, para.end)
            for para in paragraphs[:2]
        )
        #: where a wire dateline opening a paragraph ("PARIS (Reuters) - ") ends: the subject
        #: of the paragraph's first sentence comes after it
        self.after_dateline = {
            para.start: dm.end()
            for para in paragraphs
            if (dm := _WIRE_DATELINE_AT.match(text, para.start, para.end)) is not None
            # (a paragraph's second letter in lower case, as in most, "The ...", starts neither
            # dateline in capitals: it is spared both calls)
            or (
                text[para.start + 1 : para.start + 2] not in _ASCII_LOWER
                and (
                    (
                        (dm := _CAPS_DATELINE.match(text, para.start, para.end)) is not None
                        and dm.group(1).isupper()
                        and is_dateline(text, para.start, dm.group(1))
                    )
                    # capitals and a dash: a place, known or not ("BANDAR SERI BEGAWAN -- "), as
                    # no speaker's label ends with a dash
                    or (
                        (dm := _CAPS_DASH_DATELINE.match(text, para.start, para.end)) is not None
                        and dm.group(1).isupper()
                        and len(dm.group(1).split()) <= 4
                    )
                )
            )
        }
        #: titles whose holder is a party the article never names (:meth:`find_principals`)
        self.unnamed_roles: set[str] = set()
        #: the pronoun the text gives each person (:meth:`_gender_of`), read when first asked
        self._genders: dict[_Person, str | None] | None = None
        #: the visiting party (:meth:`_visit_party`), False when the text does not tell
        self._guest: _Person | Literal[False] | None = None
        self._relay_verbs: list[int] | None = None  # see _relay_verb_near
        self._run_cache: dict[tuple[int, int], RunInfo | None] = {}
        #: :meth:`parse_run`'s memo, one per ``caps_ok``: keyed by a one-word run's word (most
        #: runs: "The", "He", "Minister") or by the tuple of a longer run's words
        self._shapes: tuple[dict[object, _RunShape | None], ...] = ({}, {})
        self._runs: dict[tuple[int, int], list[tuple[int, int, list[tuple[str, int, int]]]]] = {}
        self._labels: dict[tuple[int, int, bool], tuple[int, int, tuple[_Person, ...]] | None] = {}
        #: :func:`_holds_role` of a person's roles, memoised for :meth:`resolve_title`
        self._role_ok: dict[tuple[str, _Person, int], bool] = {}
        self.labels = 0  # transcript labels naming someone
        self.question_labels = 0  # "Q", "QUESTION:", "MODERATOR:", unnamed officials

    def runs(self, start: int, end: int) -> list[tuple[int, int, list[tuple[str, int, int]]]]:
        """:func:`iter_runs` over the article, memoised: the registry, the mentions and the
        principals all read the same paragraphs."""
        key = (start, end)
        found = self._runs.get(key)
        if found is None:
            found = self._runs[key] = iter_runs(self.text, start, end)
        return found

    def parse_run(
        self, words: Sequence[tuple[str, int, int]], caps_ok: bool = False
    ) -> RunInfo | None:
        """:func:`parse_run` with the article's common words, memoised on the words' strings:
        a name recurs throughout an article."""
        shapes = self._shapes[caps_ok]
        # a one-word run is keyed by its word, sparing the tuple (a str never equals a tuple)
        key: object = words[0][0] if len(words) == 1 else tuple([w[0] for w in words])
        # ``get`` rather than catching KeyError: about half the lookups miss (a name first seen)
        shape = shapes.get(key, _UNPARSED)
        if shape is _UNPARSED:
            strs: tuple[str, ...] = (key,) if type(key) is str else key  # type: ignore[assignment]
            if not caps_ok:
                strs = _capitalised_surnames(strs)
            # :func:`_shape_of`, inlined: the hits are those of the run's lowercase forms the
            # article writes
            hits = self.common.hits(_run_lower_forms(strs, caps_ok))
            shape = shapes[key] = _run_shape(strs, caps_ok, hits)
        if shape is None:  # half the runs: "The", "In", a country
            return None
        return _place_run(shape, words)

    # ---- registry ------------------------------------------------------------------------
    def build_registry(self) -> None:
        """Two passes over every capitalised run: full names first, then titled surnames."""
        text = self.text
        body_start = self.text.find("\n") + 1 if "\n" in self.text else len(self.text)
        hdr = (0, body_start)
        # Photo credits ("(Xinhua/Yao Dawei)", alone or ending a caption) name photographers,
        # and a reporter's byline ("By Yoon Sojung") the writer, who are not parties to the
        # story: keep them out of the registry, or a title and the writer's family name
        # ("President Yoon") would refer to the writer.
        # A quoted slogan in title case ("a “Free and Open Indo-Pacific”") names a policy:
        # keep it out too. A sub-headline ("Building Trust Through Seven Summits Last Year")
        # capitalises every word, so only a titled name there is a person.
        areas = [hdr]
        headings: set[int] = set()
        for p in self.paragraphs:
            if p.kind == "credit" or (
                p.kind == "byline" and is_writer_byline(text, p.start, p.end)
            ):
                continue
            if _is_heading_line(text, p.start, p.end, self.common):
                headings.add(p.start)
            cut = p.start
            if text.find("/", p.start, p.end) >= 0:  # (every credit has its slash)
                for m in _PHOTO_CREDIT.finditer(text, p.start, p.end):
                    areas.append((cut, m.start()))
                    cut = m.end()
            if text.find("“", cut, p.end) >= 0 or text.find('"', cut, p.end) >= 0:
                for m in _QUOTED_SLOGAN.finditer(text, cut, p.end):
                    areas.append((cut, m.start()))
                    cut = m.end()
            areas.append((cut, p.end))
        runs = []
        for s, e in areas:
            found = self.runs(s, e)
            if s == 0:  # the title: "Secretary Ann Smith And Foreign Minister Bo Chan"
                topic = _title_topic_start(text, e)
                found = [
                    (part[0][1], part[-1][2], part)
                    for _rs, _re, words in found
                    for whole in _title_parts([w for w in words if w[1] < topic])
                    for part in _named_in_body(text, body_start, whole)
                ]
            for rs, re_, words in found:
                caps = (
                    bool(words)
                    and (words[0][0].isupper() or words[0][0].endswith(":"))  # the usual "no"
                    and all(w[0].isupper() or w[0].endswith(":") for w in words)
                    and (
                        text[rs : re_ + 1].rstrip().endswith(":")
                        or has_caps_label(text, rs, e) is not None
                    )
                    # a label opens its paragraph or follows a sentence: "... of the NPT: a,
                    # b and c" is a sentence's colon after an acronym
                    # (the last character before the run, found without copying the paragraph
                    # up to it for every run: that was quadratic in a page of labels)
                    and (rs == s or _last_before(text, s, rs) in _LABEL_BEFORE)
                )
                if caps and (
                    " ".join([w[0] for w in words]).rstrip(":").casefold() in NEWS_OUTLETS
                    or any(NOT_A_SPEAKER.search(w[0]) for w in words)
                ):
                    continue  # "CCTV:" labels a journalist's question, "FILE PHOTO:" a caption
                if caps and rs == s and is_dateline(text, rs, text[rs:re_].rstrip(":")):
                    continue  # "PUTRAJAYA: Sultan ... held": a place the gazetteer lacks
                lead = max(s, rs - 24)
                mt = (
                    _MIXED_CASE_TITLE.search(text[lead:rs])  # (a slice: "^" is where s is)
                    if rs - 9 >= s and text.startswith("minister ", rs - 9)
                    else None
                )
                if mt is not None:
                    # "Foreign minister Park Jin held talks": a title half in lower case,
                    # read as the title it is
                    words = [
                        *([(mt.group(1), lead + mt.start(1), lead + mt.end(1))] if mt[1] else []),
                        ("Minister", lead + mt.start(2), lead + mt.end(2)),
                        *words,
                    ]
                info = self.parse_run(words, caps_ok=caps)
                if (
                    info is not None
                    and info.country is None
                    and info.name_tokens
                    and (country := _country_before(text, rs, bool(info.role))) is not None
                ):
                    info = info._replace(country=country)
                if not caps:
                    self._run_cache[(rs, re_)] = info
                if (
                    info is not None
                    and info.role is None
                    and info.start == rs  # ("Affairs and Trade Chris Seed" names him)
                    and text.find(" and ", max(s, rs - 6), rs) >= 0
                    and _PORTFOLIO_AND.search(text, max(s, rs - 30), rs) is not None
                ):
                    # "The Secretaries of Foreign Affairs and Security and Citizen Protection
                    # met ...": the last of a list of portfolios, not a person
                    info = None
                if info is not None and (info.role or s not in headings):
                    runs.append((rs, words, info, caps))
        # pass 1: full names
        for rs, words, info, _caps in runs:
            if len(info.name_tokens) >= 2:
                self.reg.add(info, _alias(text, rs, words, info), allow_single=False)
        # appositive titles: "Frans Timmermans, Executive Vice President of the European ...";
        # after a titled name only one that narrows the title ("Prince Mohammed bin Salman,
        # Crown Prince and Prime Minister, ..."): "Charles Michel, the President of Azerbaijan
        # and ..." lists someone else
        for idx, (_rs, words, info, _caps) in enumerate(runs[:-1]):
            if len(info.name_tokens) >= 2:
                nrs, _nwords, ninfo, _ = runs[idx + 1]
                gap = text[words[-1][2] : nrs]  # after the run: "bin Salman bin Abdulaziz Al Saud,"
                if (
                    ninfo.role
                    and not ninfo.name_tokens
                    and _APPOSITION_GAP.fullmatch(gap)
                    and (
                        info.role is None
                        or info.role in _RANKS
                        or (ninfo.role != info.role and _holds_role((ninfo.role,), info.role))
                    )
                ):
                    p = self.reg.find_full(info.name_tokens)
                    if p is not None:
                        if ninfo.role not in p.roles:
                            p.roles.append(ninfo.role)
                        # a narrower title is the one held: "Crown Prince", not "Prince";
                        # an office is, rather than a rank: "President", not "Sheikh"
                        p.title = ninfo.title if info.role else (p.title or ninfo.title)
                        p.country = p.country or ninfo.country
            elif info.role and not info.name_tokens:
                # "Polish Foreign Minister, Zbigniew Rau, and ...": the title set off before
                # the name (closed by a comma: "the Prime Minister, A and B" lists people),
                # unless it is itself the apposition of the name before it ("Mr. A, Prime
                # Minister of Japan, Mr. B, President of ...")
                nrs, nwords, ninfo, _ = runs[idx + 1]
                if " of " in (info.title or "") and len(ninfo.name_tokens) < 2:
                    # "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad,
                    # Nasser Bourita": a list of portfolios before the name
                    nxt = next(
                        (r for r in runs[idx + 1 : idx + 5] if len(r[2].name_tokens) >= 2), None
                    )
                    if nxt is not None and _PORTFOLIO_GAP.fullmatch(text, words[-1][2], nxt[0]):
                        nrs, nwords, ninfo, _ = nxt
                after = nwords[-1][2]
                prev = runs[idx - 1] if idx else None
                if (
                    prev is not None
                    and prev[2].name_tokens
                    and _APPOSITION_GAP.fullmatch(text, prev[1][-1][2], _rs)
                ):
                    continue
                if (
                    len(ninfo.name_tokens) >= 2
                    # ("..., Foreign Minister, Sheikh Mohammed bin ...": a rank is no office)
                    and (ninfo.role is None or ninfo.role in _RANKS)
                    and (
                        _TITLE_NAME_GAP.fullmatch(text, words[-1][2], nrs)
                        or _PORTFOLIO_GAP.fullmatch(text, words[-1][2], nrs)
                    )
                    and _TITLE_NAME_END.match(text, after) is not None
                ):
                    p = self.reg.find_full(ninfo.name_tokens)
                    if p is not None and all(r in _RANKS for r in p.roles):
                        ranked = bool(p.roles)
                        title, country = info.title, info.country
                        if (
                            prev is not None
                            and prev[2].role
                            and not prev[2].name_tokens
                            and text[prev[1][-1][2] : _rs] == " and "
                        ):
                            # "the Qatari Deputy Prime Minister and Foreign Minister, X"
                            p.roles.append(prev[2].role)
                            title = f"{prev[2].title} and {info.title}"
                            country = country or prev[2].country
                        p.roles.append(info.role)
                        p.title = title if ranked else (p.title or title)
                        p.country = p.country or country
        # "Prime Minister and Defence Minister X": both titles are X's (not "EAM and
        # Secretary X": an abbreviated title is someone's on its own)
        for idx, (_rs, words, info, _caps) in enumerate(runs[:-1]):
            nrs, _nwords, ninfo, _ = runs[idx + 1]
            if (
                info.role
                and not info.role.isupper()
                and not info.name_tokens
                and ninfo.role
                and ninfo.name_tokens
                and ninfo.role != info.role
                and text[words[-1][2] : nrs] == " and "
            ):
                p = self.reg.named(ninfo.name_tokens)
                if p is not None and info.role not in p.roles:
                    p.roles.append(info.role)
        # pass 2: titled or bare single names
        for rs, words, info, caps in runs:
            if len(info.name_tokens) == 1:
                self.reg.add(
                    info,
                    _alias(text, rs, words, info),
                    allow_single=bool(info.role)
                    or caps
                    # "Pezeshkian in a meeting with Iraqi Prime Minister X said ...": Iranian
                    # agencies name their own president by his family name alone
                    or (info.end == words[-1][2] and _IN_MEETING_WITH.match(text, info.end)),
                )
        self._plural_titles(runs)
        for p in self.reg.persons:
            p.add_alias(p.name)
        self._lower_spokespersons()

    def _plural_titles(self, runs: Sequence[tuple[int, list[Any], RunInfo, bool]]) -> None:
        """ "Secretaries Alfonso Durazo and Marcelo Ebrard", "Foreign Ministers A and B": a
        title in the plural before names joined by "and" is each one's."""
        text = self.text
        for idx, (_rs, words, info, _caps) in enumerate(runs):
            if info.role is not None or len(info.name_tokens) < 2:
                continue
            lead = [w[0] for w in words if w[2] <= info.start]
            if not lead or lead[-1] not in _PLURAL_TITLE_WORDS:
                continue
            role = " ".join([*lead[:-1], _PLURAL_TITLE_WORDS[lead[-1]]])
            if role not in ROLES:
                continue
            named = [info]
            for _nrs, nwords, ninfo, _ in runs[idx + 1 : idx + 4]:
                gap = text[named[-1].end : nwords[0][1]]
                if ninfo.role is not None or not ninfo.name_tokens or gap not in _LIST_GAPS:
                    break
                named.append(ninfo)
                if gap.endswith("and "):
                    break
            if len(named) < 2 or not text[named[-2].end : named[-1].start].endswith("and "):
                continue
            for one in named:
                p = self.reg.named(one.name_tokens)
                if p is not None and not p.roles:
                    p.roles.append(role)
                    p.title = p.title or role

    def _lower_spokespersons(self) -> None:
        """News copy writes a spokesperson's title in lower case ("said acting Presidency
        spokesperson Tyrone Seale"), which no title run reads: it matters, as what a
        spokesperson says is often what the principals said."""
        text = self.text
        if "spokes" not in text and "press secretary" not in text:
            return
        for sm in _LOWER_SPOKES.finditer(text):
            at = sm.end()
            for p in self.reg.persons:
                if not p.roles and any(text.startswith(a, at) for a in p.aliases if " " in a):
                    p.roles.append("Spokesperson")
                    p.title = p.title or "Spokesperson"

    # ---- principals ----------------------------------------------------------------------
    def find_principals(self) -> None:
        """The parties: subjects and "with" objects of the first sentence reporting the meeting."""
        text = self.text
        found: list[_Person] = []
        n_first = 0  # people the first sentence reporting the meeting names
        briefers: list[_Person] = []  # who reports on a meeting between others
        delegates: list[_Person] = []  # members of a delegation after the one listed first
        body = [p for p in self.paragraphs if p.kind in _ATTRIBUTED_KINDS]
        # the official a meta or byline paragraph names speaks for the publisher, not at the
        # meeting, and so does a spokesperson the title names ("Readout from Spokesperson X
        # on Y's Meeting with Z"): never a principal by default
        meta = self._meta_persons()
        header = [p for p in self._header_persons() if p not in meta and not _is_spokes(p)]
        if len(header) == 1:
            # "Background Press Call ... on the President’s Call with Russian President X":
            # the title's unnamed party is the holder of that title the body names most often
            om = _TITLE_OWNER.search(self.text, 0, max(self.text.find("\n"), 0))
            if om is not None:
                named: dict[_Person, int] = {}
                for m in self.mentions.values():
                    if m.kind == "name" and len(m.persons) == 1:
                        named[m.persons[0]] = named.get(m.persons[0], 0) + 1
                holders = [
                    p
                    for p in self.reg.persons
                    if p is not header[0] and p not in meta and om.group(1) in p.roles
                ]
                if holders:
                    header.insert(0, max(holders, key=lambda q: (named.get(q, 0), -q.first)))
        positions = sorted(self.mentions)
        # most articles write none of the words "joined by" is anchored on: then no paragraph
        # need be searched for it
        joined_by = _writes_any(text, _JOINED_BY.words)
        for para in body[:3]:
            for s, e in self.sentences[para.position]:
                vm = (
                    meeting_phrase_search(text, s, e)
                    or _MEETING_LEAD.match(text, s, e)
                    # "President X conferred on Saturday with Y" (Egypt's and the Gulf's
                    # agencies): the meeting, when no sentence before reported one
                    or (
                        self.meeting_sentence is None
                        and text.find("confer", s, e) >= 0
                        and _CONFERRED_WITH.search(text, s, e)
                    )
                )
                if not vm:
                    continue
                first = self.meeting_sentence is None
                if first:
                    self.meeting_sentence = (s, e)
                sm = _PRINCIPAL_STOP.search(text, vm.end(), e)
                lim = sm.start() if sm else e
                names = positions[
                    bisect.bisect_left(positions, s) : bisect.bisect_left(positions, e)
                ]
                # "X, joined by Y, spoke with Z": Y was there, but is no party
                asides = []
                lead_end = _earlier_event_end(text, s, lim)
                if lead_end is not None:
                    asides.append((s, lead_end))
                for jm in _JOINED_BY.finditer(text, s, lim) if joined_by else ():
                    cm = _ASIDE_END.search(text, jm.end(), e)
                    asides.append((jm.start(), cm.start() if cm else e))
                here: list[_Person] = []
                if first and s not in self.mentions:
                    # "Prime Minister met Prime Minister of Canada X" (India's MEA writes its
                    # own leader's title without an article, and never names him)
                    bm = _BARE_TITLE_SUBJECT.match(text, s, e)
                    if (
                        bm is not None
                        and bm.end() <= vm.start()
                        and bm.group("cty") is None
                        and self._never_named(bm.group("role"), names, vm.start())
                    ):
                        self.unnamed_roles.add(bm.group("role"))
                for ms in names:
                    m = self.mentions[ms]
                    if (
                        ms < lim
                        and m.kind == "name"
                        and not m.superior
                        and not self._owner_only(m.end, e)
                        and not any(a <= ms < b for a, b in asides)
                    ):
                        here.extend(p for p in m.persons if p not in here)
                    elif m.kind == "title" and ms < vm.start() and m.country is None:
                        # "The President and his team met with X and Y": the title names
                        # the party the article's title does ("President Biden's Meeting")
                        p = next((q for q in header if m.word in q.roles), None)
                        if p is not None and any(
                            p in self.mentions[n].persons for n in names if n >= vm.start()
                        ):
                            # "PM call with Prime Minister X" over "The Prime Minister spoke to
                            # Prime Minister X": the title's holder is the other party
                            p = None
                        if p is None and first:
                            # "António Guterres, Secretary-General" as the byline, then "The
                            # Secretary-General met jointly with ...": the one holder the
                            # byline names
                            holders = [
                                q
                                for para in self.paragraphs
                                if para.kind in ("byline", "meta")
                                for q in self._persons_in(para.start, para.end)
                                if m.word in q.roles
                            ]
                            p = holders[0] if len(set(holders)) == 1 else None
                        if p is not None and p not in here:
                            here.append(p)
                        elif p is None and first and self._never_named(m.word, names, vm.start()):
                            # "The Prime Minister spoke to Prime Minister X": a party the
                            # article never names (its publisher's own, as a rule), whom the
                            # bare title means from here on; not X
                            self.unnamed_roles.add(m.word)
                # "briefed the media on the conversation between A and B": A and B are the
                # parties, not the one who briefs
                bm = _BETWEEN.search(text, s, e) if text.find("between", s, e) >= 0 else None
                if bm is not None:
                    bsm = _PRINCIPAL_STOP.search(text, bm.end(), e)
                    blim = bsm.start() if bsm else e
                    between: list[_Person] = []
                    for ms in names:
                        m = self.mentions[ms]
                        if bm.end() <= ms < blim and m.kind == "name":
                            between.extend(p for p in m.persons if p not in between)
                    if len(between) >= 2:
                        briefers.extend(p for p in here if p not in between)
                        here = between
                if any(_is_spokes(p) for p in here) and not all(_is_spokes(p) for p in here):
                    # "Spokesperson X stated that Minister Y received a call from Z": the
                    # spokesperson relays the meeting and is no party to it
                    briefers.extend(p for p in here if _is_spokes(p))
                    here = [p for p in here if not _is_spokes(p)]
                if len(here) == 1 and sm is not None:
                    # "X held calls to discuss the launch with Y and Z": the parties named
                    # after the purpose clause
                    wm = _WITH.search(text, sm.end(), e)
                    if wm is not None:
                        sm2 = _PRINCIPAL_STOP.search(text, wm.end(), e)
                        lim2 = sm2.start() if sm2 else e
                        for ms in names:
                            m = self.mentions[ms]
                            if wm.end() <= ms < lim2 and m.kind == "name":
                                here.extend(p for p in m.persons if p not in here)
                # "met with a Zambian delegation that included A, B, and C": A heads it
                dm = (
                    _DELEGATION_LIST.search(text, vm.start(), lim)
                    if text.find("delegation", vm.start(), lim) >= 0
                    else None
                )
                if dm is not None:
                    members = [
                        p
                        for ms in names
                        if dm.end() <= ms < lim and self.mentions[ms].kind == "name"
                        for p in self.mentions[ms].persons
                    ]
                    for p in dict.fromkeys(members[1:]):
                        if p in here:
                            here.remove(p)
                            delegates.append(p)
                if first and not any(
                    ms < vm.start() and self.mentions[ms].kind == "name" for ms in names
                ):
                    # "The Lithuanian and Polish prime ministers had a telephone conversation",
                    # "The Secretaries of A and B met with X": the holders of that office the
                    # article names, and whom they met
                    jm = next(
                        (
                            self.mentions[ms]
                            for ms in names
                            if ms < vm.start() and self.mentions[ms].kind == "joint"
                        ),
                        None,
                    )
                    if jm is not None and (roles := _plural_roles(jm.word)):
                        dems = _demonyms_in(jm.word)
                        holders = self.role_holders(roles, dems, _count_in(jm.word))
                        here = [*holders, *(p for p in here if p not in holders)]
                if first:
                    n_first = len(here)
                    self._meeting_groups(text, s, vm, here, names)
                found.extend(p for p in here if p not in found)
                if len(found) >= 2:
                    break
            if len(found) >= 2:
                break
        if n_first == 0:
            # "The two countries held a meeting ... The U.S. delegation was led by A; the
            # talks were co-chaired by B and C": with no one named as meeting, the heads of
            # the delegations are the parties
            leads = self._delegation_heads(body)
            if leads:
                found = leads
        n_meeting = len(found)
        self.label_speakers = self._label_speakers()
        # "Joining the call were the following leaders:" and the list after it
        joining, also = self._joining_persons(body)
        # "Also participating in the meeting was MK X": someone in the room besides the
        # parties already named, present and no party (nor one of "the two")
        attending = joining if also else []
        if also:
            joining = []
        for p in joining:
            if p not in found:
                found.append(p)
        if len(header) >= 2 and not set(header) <= set(found):
            # a title naming both parties ("X and Y Before Their Meeting") outranks the body
            found = list(header)
            n_meeting = max(n_meeting, len(header))  # "Meeting with A of X, B of Y, C and D"
        # a transcript's titled speakers are its parties ("President of Russia Vladimir Putin:",
        # "PRIME MINISTER LEE:"), whatever else its long paragraphs say met or hosted whom
        titled = [p for p in self.label_speakers if p.roles and not _is_spokes(p) and p not in meta]
        if len(titled) >= 2 and not set(titled) <= set(found):
            found = titled
        if len(found) < 2:
            for p in header:
                if p not in found:
                    found.append(p)
        if len(found) < 2 and not self.unnamed_roles:
            # fall back on the first people named as speakers or with a title (not when the
            # other party is one the article titles and never names: "The Prime Minister
            # spoke to X. ... President Trump had put forward a plan" adds no party)
            for p in sorted(self.reg.persons, key=lambda q: q.first):
                if p in meta or _is_spokes(p):
                    continue
                if p not in found and (p.roles or len(p.tokens) > 1) and not self._only_owner(p):
                    found.append(p)
                if len(found) >= 2:
                    break
        self.principals = found[: max(4, len(joining) + 1, min(n_meeting, 8))]
        self.present.extend(p for p in delegates if p not in self.principals)
        self.present.extend(
            p for p in attending if p not in self.principals and p not in self.present
        )
        # attendance
        for para in self.paragraphs:
            if para.kind == "attendance":
                for ms, m in self.mentions.items():
                    if para.start <= ms < para.end and m.kind == "name":
                        for p in m.persons:
                            if p not in self.principals and p not in self.present:
                                self.present.append(p)
        # "X, joined by Y, praised ...": Y was in the room
        for para in body if joined_by else ():
            for jm in _JOINED_BY.finditer(text, para.start, para.end):
                cm = _ASIDE_END.search(text, jm.end(), para.end)
                for p in self._persons_in(jm.end(), cm.start() if cm else para.end):
                    if p not in self.principals and p not in self.present:
                        self.present.append(p)
        for p in briefers:  # "Aide to the President X briefed ...": X speaks for one side
            implied = {TITLE_COUNTRY[r] for r in p.roles if r in TITLE_COUNTRY}
            if p.country is None and len(implied) == 1:
                p.country = implied.pop()
        # the lede's subject is the writer's side; an office only one government has
        # ("Secretary of State", "Aide to the President") names that side's country when the
        # text gives none
        if self.principals and self.principals[0].country is None:
            lead = self.principals[0]
            implied = {TITLE_COUNTRY[r] for r in lead.roles if r in TITLE_COUNTRY}
            if len(implied) == 1:
                lead.country = implied.pop()
                if all(p.country != lead.country for p in self.principals[1:]):
                    self.home_country = self.home_country or lead.country
        if self.home_country is None and self.principals:
            self.home_country = self._infer_home_country()
        if self.home_country and self.principals:
            taken = {p.country for p in self.principals}
            if self.home_country not in taken:
                for p in self.principals:
                    if p.country is None:
                        p.country = self.home_country
                        break
        if self.groups is not None:
            self._fill_group_countries()
        # the official a meta line names speaks for the publisher
        for para in self.paragraphs:
            if para.kind == "meta":
                for _rs, _re, words in self.runs(para.start, para.end):
                    info = self.parse_run(words)
                    if info and info.name_tokens:
                        p = self.reg.named(info.name_tokens)
                        if p is not None:
                            self.attributed_to = p
                            if p.country is None and self.home_country:
                                p.country = self.home_country
                if self.attributed_to is not None:
                    break
        self._counterparts_hold_the_office()
        self.author = self._statement_author()
        if self.attributed_to is None:
            self.attributed_to = self.author

    def _statement_author(self) -> _Person | None:
        """Who a title's "Statement from/by X on ..." names: the "I" of its text."""
        title_end = max(self.text.find("\n"), 0)
        sm = _STATEMENT_BY.search(self.text, 0, title_end)
        if sm is None:
            return None
        for rs, _re, words in self.runs(0, title_end + 1):
            if rs >= sm.end():
                info = self.parse_run(words)
                return self.reg.named(info.name_tokens) if info and info.name_tokens else None
        return None

    def _delegation_heads(self, body: Sequence[Paragraph]) -> list[_Person]:
        """Everyone named as leading, heading or chairing a delegation or the meeting."""
        text = self.text
        out: list[_Person] = []
        for para in body:
            if _LED_BY_VERB.search(text, para.start, para.end) is None:
                continue  # spare the slow scan: every match holds one of these verbs
            for lm in _LED_BY.finditer(text, para.start, para.end):
                cm = _LEAD_END.search(text, lm.end(), para.end)
                stop = cm.start() if cm else para.end
                for ms, m in self.mentions.items():
                    if lm.end() <= ms < stop and m.kind == "name" and not m.superior:
                        out.extend(p for p in m.persons if p not in out)
        return out

    def _label_speakers(self) -> dict[_Person, int]:
        """Everyone a transcript label names, with how many turns they take."""
        out: dict[_Person, int] = {}
        for para in self.paragraphs:
            if para.kind != "label" and para.kind not in _ATTRIBUTED_KINDS:
                continue
            first = True
            # most paragraphs have no colon, and so no label: label_at need not be asked
            colon = self.text.find(":", para.start, para.end) >= 0
            for s, e in self.sentences[para.position]:
                # (without a colon, only an opening "Q" can be one: see :meth:`label_at`)
                maybe = colon or (first and self.text[s] == "Q")
                lab = self.label_at(s, e, first) if maybe else None
                first = False
                if lab is not None:
                    for p in lab[2]:
                        out[p] = out.get(p, 0) + 1
        return out

    def _only_owner(self, p: _Person) -> bool:
        """Whether the text names ``p`` only as the owner of something ("President X’s
        decision"): someone merely mentioned, no party."""
        text = self.text
        seen = False
        for m in self.mentions.values():
            if m.kind == "name" and p in m.persons:
                seen = True
                if not self._owner_only(m.end, min(len(text), m.end + 80)):
                    return False
        return seen

    def _never_named(self, role: str, names: Sequence[int], verb: int) -> bool:
        """Whether the meeting sentence's subject, a bare ``role``, is someone the article
        never names: no name stands before the verb, and everyone the article names with that
        role is named after it, as the other party. (A holder named anywhere else, "Secretary
        Blinken emphasized ...", is the one the bare title means.)"""
        if any(self.mentions[n].kind == "name" for n in names if n < verb):
            return False
        objects = {
            p
            for n in names
            if n >= verb and self.mentions[n].kind == "name"
            for p in self.mentions[n].persons
        }
        return all(p in objects for p in self.reg.persons if _holds_role(p.roles, role))

    def _owner_only(self, pos: int, end: int) -> bool:
        """A name in the possessive before something other than the meeting ("met with X’s
        delegation", "X’s envoy"): its owner is named, not a party."""
        return (
            _POSS_AT.match(self.text, pos, end) is not None
            and _POSS_MEETING.match(self.text, pos, end) is None
        )

    def _meeting_groups(
        self, text: str, s: int, vm: re.Match[str], here: list[_Person], names: list[int]
    ) -> None:
        """The two delegations of the meeting sentence: who met or called (before "with") and
        whom ("A, B and C held a call with D, E and F"). A member whose country the text leaves
        open belongs to the country the rest of the group shares."""
        split = -1
        if vm.start() > s:
            wm = _WITH.search(text, vm.start(), vm.end() + 40)
            split = wm.start() if wm else vm.end()
        else:  # "In a trilateral call, A, B and C discussed ... with D"
            wm = _WITH.search(
                text, vm.end(), self.meeting_sentence[1] if self.meeting_sentence else len(text)
            )
            split = wm.start() if wm else -1
        if split < 0:
            return
        before: list[_Person] = []
        after: list[_Person] = []
        for ms in names:
            m = self.mentions[ms]
            if m.kind != "name":
                continue
            for p in m.persons:
                if p in here and p not in before and p not in after:
                    (before if ms < split else after).append(p)
        if before and after:
            self.groups = (before, after)

    def _fill_group_countries(self) -> None:
        """Members of a delegation whose country is open take the one the others share; the
        group that met or called is the writer's side when none of it has a country."""
        assert self.groups is not None
        before, after = self.groups
        self.groups = (
            [p for p in before if p in self.principals],
            [p for p in after if p in self.principals],
        )
        for k, group in enumerate(self.groups):
            known = {p.country for p in group if p.country} or {
                TITLE_COUNTRY[r] for p in group for r in p.roles if r in TITLE_COUNTRY
            }
            other = {p.country for p in self.groups[1 - k] if p.country}
            cty = next(iter(known)) if len(known) == 1 else None
            if cty is None and not known and k == 0 and self.home_country not in other:
                cty = self.home_country
            if cty is None:
                continue
            for p in group:
                if p.country is None:
                    p.country = cty

    def _persons_in(self, start: int, end: int) -> list[_Person]:
        out: list[_Person] = []
        cache = self._run_cache
        for rs, re_, words in self.runs(start, end):
            key = (rs, re_)
            info = cache[key] if key in cache else self.parse_run(words)
            if info and info.name_tokens:
                p = self.reg.named(info.name_tokens)
                if p is not None and p not in out:
                    out.append(p)
        return out

    def _meta_persons(self) -> set[_Person]:
        """People named in byline and meta paragraphs ("Ned Price, Department Spokesperson")."""
        out: set[_Person] = set()
        for para in self.paragraphs:
            if para.kind == "meta":
                out.update(self._persons_in(para.start, para.end))
            elif para.kind == "byline":
                people = self._persons_in(para.start, para.end)
                out.update(p for p in people if _is_spokes(p))
        return out

    def _joining_persons(self, body: Sequence[Paragraph]) -> tuple[list[_Person], bool]:
        """Everyone a "Joining the call were ..." sentence names, and the list paragraphs after
        it when it ends in a colon: on a multilateral call they are all parties. The flag is
        whether the sentence says "Also ...": then they join parties named before, as
        attendees."""
        text = self.text
        out: list[_Person] = []
        also = False
        if not _writes_any(text, _JOINING.words):  # (most texts: no paragraph to search)
            return out, also
        for k, para in enumerate(body[:6]):
            jm = _JOINING.search(text, para.start, para.end)
            if not jm:
                continue
            also = text.startswith("Also", jm.start())
            end = para.end
            if also:  # "... was MK X, who told the President ...": the list ends at "who"
                em = _LEAD_END.search(text, jm.end(), para.end)
                end = em.start() if em else para.end
            out.extend(p for p in self._persons_in(jm.end(), end) if p not in out)
            if text[para.start : para.end].rstrip().endswith(":"):
                for nxt in body[k + 1 :]:
                    block = text[nxt.start : nxt.end]
                    if len(block.split()) > 12 or block.rstrip().endswith((".", ":")):
                        break
                    out.extend(p for p in self._persons_in(nxt.start, nxt.end) if p not in out)
            break
        return out, also

    def _infer_home_country(self) -> str | None:
        """The writer's own side, when the publisher is unknown.

        A readout qualifies the foreign party ("President Putin of Russia") and not its own
        principal ("President Biden"); so when one principal has a country and another has
        none, the country the text names most often, other than the known ones, is the
        writer's ("the United States' commitment", "U.S.-Japan alliance", "Russian-French").
        """
        if all(p.country for p in self.principals):
            return None
        taken = {p.country for p in self.principals if p.country}
        # "the President of Russia" for a principal the text never titles: the country of a
        # bare title no known party has is the untitled party's
        titled: dict[str, int] = {}
        held = {(r, p.country) for p in self.reg.persons for r in p.roles}
        for m in self.mentions.values():
            if (
                m.kind == "title"
                and m.country
                and m.country not in taken
                and (m.word, m.country) not in held
            ):
                titled[m.country] = titled.get(m.country, 0) + 1
        if len(titled) == 1 and (
            sum(p.country is None for p in self.principals) == 1 or self._lede_opens_on_lead()
        ):
            # (with two parties untitled, "the US President" is the writer's own only when
            # the report opens on its principal: "Vladimir Putin had a conversation with X",
            # not "The meeting between presidents Lula and Bush ...")
            return next(iter(titled))
        counts: dict[str, int] = {}
        # every compound holds a dash before a capital: most texts have none, and need no scan
        has_compound = _DASH_CAPITAL.search(self.text) is not None
        for m in _COMPOUND.finditer(self.text) if has_compound else ():
            names = [x for x in _DASH.split(m.group(0)) if x]
            ctys = {COUNTRIES.get(x) or DEMONYMS.get(x) for x in names}
            ctys.discard(None)
            if len(ctys) < 2:
                continue
            for cty in ctys:
                if cty is not None and cty not in taken:
                    counts[cty] = counts.get(cty, 0) + 1
        if not counts:
            return self._subject_country(taken)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None  # no clear winner: do not guess
        return ranked[0][0]

    def _counterparts_hold_the_office(self) -> None:
        """ "Foreign Minister X and his Qatari counterpart Sheikh Y": Y holds X's office,
        though the text gives him only a rank, so "the Qatari foreign minister" is Y."""
        if len(self.principals) != 2 or "counterpart" not in self.text:
            return
        for y in self.principals:
            x = next(p for p in self.principals if p is not y)
            offices = [r for r in x.roles if r not in _RANKS]
            if not offices or not y.roles or not all(r in _RANKS for r in y.roles):
                continue  # (an untitled counterpart stays untitled: "the minister" is X)
            for cm in _COUNTERPART_NAME.finditer(self.text):
                m = self.mentions.get(cm.end())
                if m is not None and m.kind == "name" and m.persons == (y,):
                    y.roles.extend(r for r in offices if r not in y.roles)
                    break

    def _lede_opens_on_lead(self) -> bool:
        """Whether the meeting sentence opens on the first party's name."""
        if self.meeting_sentence is None or not self.principals:
            return False
        s = self.meeting_sentence[0]
        s = self.after_dateline.get(s, s)
        m = self.mentions.get(s)
        return m is not None and m.kind == "name" and self.principals[0] in m.persons

    def _subject_country(self, taken: set[str | None]) -> str | None:
        """The country a readout makes the subject of reporting verbs ("The United States
        committed to ...", "the United States reaffirmed"), when only one such country is and
        the writer's own principal (the lede's first party) is the one without a country."""
        if not self.principals or self.principals[0].country is not None:
            return None
        found: set[str] = set()
        for m in self.mentions.values():
            if m.kind != "country" or m.country in taken or m.country is None:
                continue
            vb = verb_after(self.text, m.end, min(len(self.text), m.end + 60))
            if vb is not None and vb[0] in SPEECH_FORMS:
                found.add(m.country)
        if len(found) != 1:
            return None
        here = self._dateline_country()
        if here is not None and here not in taken and here not in found:
            # "MANILA, Philippines — Marcos and Widodo ... China claims the sea": news copy
            # datelined where no party comes from is the writer's, and a country it makes a
            # subject may be a third one
            return None
        return found.pop()

    def _dateline_country(self) -> str | None:
        """The country of the first paragraph's dateline ("MANILA, Philippines — ")."""
        for start, end in self.after_dateline.items():
            seg = self.text[start:end].title()  # ("MANILA" is "Manila")
            for wm in _WORD.finditer(seg):
                key = place_at(seg, wm.start(), len(seg))
                if key is not None:
                    return COUNTRIES.get(key) or CAPITALS.get(key)
            return None
        return None

    def _header_persons(self) -> list[_Person]:
        out = []
        body_start = self.text.find("\n")
        title_end = max(body_start, 0)
        if body_start > 0 and self.text[body_start - 1] != ".":
            # the registry has the runs of the title and its newline, which are the title's own
            # unless it ends in a full stop (an initial, "[A-Z].", is one only before a space)
            title_end += 1
        parts = [
            part for _rs, _re, words in self.runs(0, title_end) for part in _title_parts(words)
        ]
        with_at = _WITH.search(self.text, 0, max(body_start, 0))
        # "Briefing by X following a conversation between A and B": A and B
        bm = _BETWEEN.search(self.text, 0, max(body_start, 0))
        for words in parts:
            if bm is not None and words and words[0][1] < bm.end():
                continue
            info = self.parse_run(words) if words else None
            if (
                info
                and with_at is not None
                and info.start > with_at.start()
                and self._owner_only(info.end, body_start)
            ):
                continue  # "Meeting with X’s Delegation": X is not a party
            if info and info.name_tokens:
                p = self.reg.named(info.name_tokens)
                if p and p not in out:
                    out.append(p)
        return out

    # ---- resolution ----------------------------------------------------------------------
    def resolve_title(
        self, role: str, country: str | None, organization: str | None = None
    ) -> _Person | None:
        """Resolve "the Secretary", "the Russian President", "the Head of State" to a person."""
        if country is None and role in self.unnamed_roles:
            return None  # an unknown speaker is no one, not the named holder of the title
        addressed = HONORIFIC_ROLES.get(role)
        if addressed is not None:
            # "His Majesty stressed": the one party, else the one person, the address fits
            for group in (self.principals, self.reg.persons):
                fit = [
                    p
                    for p in group
                    if any(_holds_role(p.roles, r) for r in addressed)
                    and (country is None or p.country == country)  # "the Bahraini monarch"
                ]
                if fit:
                    return fit[0] if len(fit) == 1 else None
            return None
        low = role.lower()
        if low in ("head of state", "leader") and country is None:
            return self.principals[0] if self.principals else None
        if low in ("counterpart", "interlocutor"):
            others = [p for p in self.principals if p is not self.last_single]
            return others[0] if others else None
        people = self.principals + [p for p in self.reg.persons if p not in self.principals]
        lead = self.principals[0] if self.principals else None
        if (
            role == "President"
            and country is None
            and lead is not None
            and not lead.roles
            and self.publisher is None
            and (self.home_country is None or lead.country in (None, self.home_country))
        ):
            # a readout titles the other party and not its own principal ("Vladimir Putin had
            # a conversation with President of France Emmanuel Macron"), and "the President"
            # unqualified is its own
            return lead

        def role_ok(p: _Person) -> bool:
            if low in ("leader", "head of state"):
                # "the Mexican leader": a head of state or government, or someone untitled,
                # never the Mexican Foreign Secretary
                return not p.roles or any(_holds_role(p.roles, r) for r in _LEADER_ROLES)
            key = (role, p, len(p.roles))  # roles are only ever added
            ok = self._role_ok.get(key)
            if ok is None:
                ok = self._role_ok[key] = _holds_role(p.roles, role) or any(
                    _holds_role(p.roles, same) for same in _SAME_OFFICE.get(role, ())
                )
            return ok

        if organization:
            # "the President of the European Council": that organisation's holder of the role,
            # else a party holding it for no country or organisation the text names
            tiers = [
                [p for p in people if role_ok(p) and p.organization == organization],
                [
                    p
                    for p in self.principals
                    if role_ok(p) and p.country is None and p.organization is None
                ],
            ]
        elif country:
            # "the President of Russia": that country's holder of the role, else a party of
            # that country or of none yet (the Kremlin never titles its own president), and
            # only then anyone else with the role, never someone with an organisation
            tiers = [
                [p for p in people if role_ok(p) and p.country == country],
                [p for p in self.principals if not p.roles and p.country == country],
                [
                    p
                    for p in self.principals
                    if role_ok(p) and p.country is None and p.organization is None
                ],
                [p for p in self.principals if not p.roles and p.country is None],
                [p for p in people if role_ok(p) and p.country is None and p.organization is None],
            ]
        else:
            tiers = [
                [p for p in people if role_ok(p)],
                [p for p in self.principals if not p.roles and p.country is None],
            ]
        for tier in tiers:
            if not tier:
                continue
            if len(tier) > 1 and not country and self.home_country:
                home = [p for p in tier if p.country == self.home_country]
                if home:
                    tier = home
            choice = tier[0]
            if country and choice.country is None:
                choice.country = country
            return choice
        return None

    def principals_of(self, country: str | None) -> tuple[_Person, ...]:
        """Every principal of one country: a whole delegation when the meeting sentence named
        several people on that side, else its one principal."""
        if self.groups is not None and country is not None:
            for group in self.groups:
                if len(group) > 1 and all(p.country == country for p in group):
                    return tuple(group)
        p = self.principal_of(country)
        return (p,) if p else ()

    def principal_of(self, country: str | None) -> _Person | None:
        if country is None:
            return None
        for p in self.principals:
            if p.country == country:
                return p
        unknown = [p for p in self.principals if p.country is None]
        if self.home_country == country and unknown:
            return unknown[0]
        if (
            len(unknown) == 1
            and self.home_country is None
            and len(self.principals) == 2
            and country not in {p.country for p in self.principals}
            and _names_country(self.text, country) >= 2
            and _is_party_country(self.header.title, country)
        ):
            unknown[0].country = country  # the only party whose country is open
            return unknown[0]
        return None

    def joint_set(self, phrase: str) -> tuple[_Person, ...]:
        dems = _demonyms_in(phrase)
        roles = _plural_roles(phrase)
        if roles and not any(_holds_any(p.roles, roles) for p in self.principals):
            # "The two defence ministers discussed ..." after a meeting of foreign ministers:
            # the holders of that office the text names, when they are as many as it says
            holders = self.role_holders(roles, dems, _count_in(phrase))
            if holders:
                return holders
        if len(dems) == 1:
            # "the U.S. officials": that country's principals; nobody when none is known
            return self.principals_of(DEMONYMS[dems[0]])
        if len(dems) >= 2:
            sides = [self.principals_of(DEMONYMS[d]) for d in dems]
            if all(sides):  # else the principals, as for "the officials"
                return tuple(dict.fromkeys(p for side in sides for p in side))
        if self.scene:
            return self.scene
        if len(self.principals) >= 2:
            return (
                tuple(self.principals[:2]) if len(self.principals) == 2 else tuple(self.principals)
            )
        return self.last_joint or tuple(self.principals)

    def role_holders(
        self, roles: tuple[str, ...], dems: tuple[str, ...], count: int | None
    ) -> tuple[_Person, ...]:
        """The people holding one of ``roles``, one per nationality of ``dems`` ("the
        Lithuanian and Polish prime ministers"), or ``count`` of them ("the two defence
        ministers"); nobody unless exactly so many fit (a plural is no guess among several)."""
        holders = [p for p in self.reg.persons if _holds_any(p.roles, roles)]
        if dems:
            found = []
            for d in dems:
                mine = [p for p in holders if p.country == DEMONYMS[d]]
                if len(mine) != 1:
                    return ()
                found.append(mine[0])
            return tuple(dict.fromkeys(found)) if len(set(found)) == len(dems) else ()
        return tuple(holders) if len(holders) == (count or 2) else ()

    def subject_at(
        self, pos: int, end: int, allow_country: bool = True
    ) -> tuple[_Attr, int] | None:
        """Match "<subject> [adverbs] <reporting verb>" starting at ``pos``.

        Returns the attribution (speakers, method, cue, kind) and where the verb ends, or None.
        Narrative results (meeting verbs) are returned with kind "narrative" and own=True.
        """
        text = self.text
        pos = self.after_dateline.get(pos, pos)
        if text.startswith(("On ", "For "), pos) and (pm := _PART_LEAD.match(text, pos, end)):
            pos = pm.end()  # "On his part Thomas Greminger welcomed ...", without a comma
        if text.startswith("(", pos) and (tm := _SOURCE_TAG.match(text, pos, end)) is not None:
            pos = tm.end()  # "(MENAFN- UkrinForm) X and Y discussed ...": a wire's tag
            if (dm := _WIRE_DATELINE.match(text, pos, end)) is not None:
                pos = dm.end()  # "(MENAFN- KUNA) DOHA, March 1 (KUNA) -- X discussed ..."
        while pos < end and text[pos] in "\"“‘'( *_-•–":  # quotes, bullets
            pos += 1
        rm = (
            _RELAYER_SAID.match(text, pos, end)
            if allow_country and self._relay_verb_near(pos, min(end, pos + 140))
            else None
        )
        if rm is not None:
            # "The Spokesman for the Presidency said the two presidents reviewed ...": what a
            # spokesperson nobody names relays is the relayed subject's; their own words stay
            # as they were
            inner = self.subject_at(rm.end(), end, allow_country=False)
            if inner is not None:
                inner[0].start = pos
                return inner
        am = (
            _OPENING_ADVERB.match(text, pos, end)
            or _DOCUMENT_SAID.match(text, pos, end)
            or (
                _QUOTED_AS_SAYING.match(text, pos, end)
                if text.find(" quoted ", pos, min(end, pos + 60)) >= 0
                else None
            )
        )
        if am is not None and am.re is _QUOTED_AS_SAYING:
            # "Karim quoted Jaishankar as saying that ...": the words are the one quoted,
            # whatever the clause after says; when he is no one known, the clause's subject
            q = text.find(" quoted ", pos, am.end())
            qa = self._quoted_as_saying(q + 7, end)
            if qa is not None:
                people, ve = qa
                joint = len(people) > 1
                a = _Attr(
                    start=pos,
                    end=end,
                    own=True,
                    kind="joint" if joint else "speech",
                    speakers=people,
                    method="joint" if joint else "explicit_name",
                    cue="quoted as saying",
                    confidence=0.8,
                )
                a.verb_end = ve
                return a, ve
        if am is not None:
            # "Finally the leaders looked forward ...", without a comma; "The statement said
            # that X appreciated ...": the document reports X's words
            pos = am.end()
        m = self._mention_at(pos, end)
        if m is None and text.find(".", pos, pos + 40) > 0:
            gm = _GLUED_ADDRESS.match(text, pos, end)
            m2 = self.mentions.get(gm.end()) if gm is not None else None
            if m2 is not None and m2.kind == "name":
                # "President Mr.Ukhnaagiin Khurelsukh expressed": an address glued to the name
                m = Mention(pos, m2.end, "name", persons=m2.persons)
        if (m is None or m.kind == "title") and text.startswith(("the ", "The "), pos):
            # "the President of Ukraine Mr. Volodymyr Zelensky expressed": a titled name
            # after an article, which the run leaves out (and "the President" alone would
            # mean either president)
            m2 = self.mentions.get(pos + 4)
            if (
                m2 is not None
                and m2.kind == "name"
                and text[pos + 4].isupper()
                and (m is None or m2.end > m.end)
            ):
                m = m2
        described = False
        if m is None and text.startswith(("The ", "A ", "An "), pos):
            # "The Head of the President's Bureau, Jakub Kumoch, told ...": a description
            # set before the name it describes
            dm = _DESCRIBED_NAME.match(text, pos, end)
            if dm is not None:
                m = self._mention_at(dm.end(), end)
                described = m is not None and m.kind == "name" and text.startswith(", ", m.end)
                if not described:
                    m = None
        if m is None:
            return None
        people, method, side = self._resolve(m)
        if m.kind == "country" and not allow_country:
            return None
        cur = m.end
        if m.kind in ("joint", "title"):
            pm = _OF_BOTH.match(text, cur, end)  # "the presidents of the two countries"
            if pm:
                cur = pm.end()
            elif m.kind == "joint":
                # "the presidents of Russia and France": those countries' principals
                ctys, after = _countries_after_of(text, cur, end)
                if len(ctys) >= 2:
                    sides = [self.principals_of(c) for c in ctys]
                    if all(sides):  # else the principals, as for "the presidents"
                        people = tuple(dict.fromkeys(p for side in sides for p in side))
                    cur = after
        # coordination: "X and Y discussed"
        joined = False
        if m.kind == "country":
            # "the United States and Japan are united in ...": the parties' countries jointly
            # are their principals; a country outside the meeting leaves one side's subject
            both = self._country_pair(m, end)
            if both is not None:
                people, cur = both
                side = None
                joined = True
                m = Mention(m.start, cur, "joint", word="")
        before = (people, cur, joined)
        with_and = False
        for _ in range(3):
            cm = _COORD.match(text, cur, end)
            if not cm:
                break
            with_and = with_and or "and" in cm.group(0)
            m2 = self._mention_at(cm.end(), end)
            aside = False  # "X and his counterpart, Y, discussed": Y set off by commas
            if m2 is None and text.startswith(("his ", "her ", "their "), cm.end()):
                # "X and his Egyptian counterpart Y discussed ...": Y, whose role the phrase gives
                cp = _COUNTERPART_LEAD.match(text, cm.end(), end)
                m2 = self._mention_at(cp.end(), end) if cp is not None else None
                aside = cp is not None and "," in cp.group(0)
            if m2 is None and m.kind == "title":
                m2 = self._shared_article_title(cm.end(), end)
            if m2 is None and text.startswith("the ", cm.end()):
                # "The Taoiseach and the prime minister reiterated ...": news copy's lower case
                lt = _QUOTED_LOWER_TITLE.match(text, cm.end(), end)
                if lt is not None:
                    role2 = _ROLE_BY_LOWER[lt.group("role")]
                    if role2 not in (_ANY_OFFICE, _ORG_HEAD):
                        m2 = Mention(cm.end(), lt.end(), "title", word=role2)
            if m2 is None or (m2.kind in ("country", "pronoun") and m2.word not in ("he", "she")):
                break
            p2, _m2, _s2 = self._resolve(m2)
            if (
                not p2
                and m2.kind == "title"
                and len(self.principals) == 2
                and len(people) == 1
                and people[0] in self.principals
            ):
                # "The Deputy Secretary and Chief of Staff reiterated": of two parties, a title
                # nobody else holds after one party's is the other party
                p2 = tuple(p for p in self.principals if p is not people[0])
            if (
                not people
                and m.kind == "title"
                and len(p2) == 1
                and len(self.principals) == 2
                and p2[0] in self.principals
            ):
                # "The Secretary and the Foreign Minister agreed": of two parties, an
                # unresolved title before the other party's is the first party
                people = tuple(p for p in self.principals if p is not p2[0])
            if not p2 and m2.kind != "name":
                break
            if m2.kind == "title" and set(p2) <= set(people) and "," in cm.group(0):
                # "X, Crown Prince of Abu Dhabi, said": his title in apposition; "X, Crown
                # Prince of Abu Dhabi and Deputy Supreme Commander ..., and Y discussed": and
                # the next party after it
                tail = _APPOSITION_TAIL.match(text, m2.end, end)
                if tail is None:
                    break
                cur = tail.end()
                continue
            people = tuple(dict.fromkeys(people + p2))
            cur = m2.end + (1 if aside and text.startswith(",", m2.end) else 0)
            joined = True
        if joined and not with_and and not before[2]:
            # "..., by the Adviser on Media, Ajuri Ngelale, Ramaphosa appreciated ...": two
            # names set apart by a comma alone are no list; the second is the subject
            people, cur, joined = before
        if joined and text.startswith(" of ", cur):
            # "A of Uruguay and B of Argentina agreed": the second party's country
            om = _OF_PLACE.match(text, cur, end)
            if om is not None:
                cur = om.end()
        if m.kind == "joint" and text.startswith(" of ", cur):
            # "The Premiers of the neighbouring countries met ...": whose they are
            om = _OF_THE_COUNTRIES.match(text, cur, end)
            if om is not None:
                cur = om.end()
        vb = verb_after(text, cur + 1 if described and cur == m.end else cur, end)
        if vb is None and m.kind == "name" and not joined:
            sm = _STRAY_COMMA_VERB.match(text, cur, end)
            if sm is not None and sm.group(1) in SPEECH_FORMS:
                vb = sm.group(1), sm.start(1), sm.end(1)  # "For his part, Xi, praised ..."
        # "In another tweet, he struck a cordial tone: “I'm very grateful ...”": a clause
        # whose colon opens a quotation introduces the subject's words, whatever its verb
        quote_intro = (
            m.kind in ("name", "title", "pronoun")
            and text.find(":", cur, end) > 0
            and (qm := _COLON_QUOTE.match(text, cur, end)) is not None
        )
        if vb is None and quote_intro:
            vb = qm.group(1), qm.start(1), qm.end(1)
        if vb is None:
            return None
        verb, vs, ve = vb
        attr = _Attr(start=pos, end=end, own=True)
        # (each pattern read at the verb opens on one of a few words: a set of those words'
        # prefixes, which ``verb`` is one of whenever the pattern can match, answers first)
        talk = _HAD_TALK.match(text, vs, end) if verb in _HAD_TALK_START else None
        if (
            talk is None
            and self.meeting_sentence
            and end != self.meeting_sentence[1]
            and verb in _SPOKE_ABOUT_START
        ):
            # after the meeting sentence, "President X also spoke with Y about Z" reports
            # what X raised, not another meeting
            talk = _SPOKE_ABOUT.match(text, vs, end)
        if talk is None and (
            meeting_phrase_at(text, vs)
            or (verb in _SIGNED_START and _SIGNED.match(text, vs, end))
            or (verb in _ADDRESS_FORMS and _ADDRESSED_EVENT.match(text, ve, end))
        ):
            attr.kind = "narrative"
            attr.method = None
            attr.subject = people
            attr.verb_end = ve
            return attr, ve
        bm = _BEGAN_BY.match(text, vs, end) if verb in _BEGAN_BY_START else None
        if bm is not None and bm.group(1) in SPEECH_FORMS:
            # "X began the conversation by wishing Y a happy birthday": the gerund reports
            verb, vs, ve = bm.group(1), bm.start(1), bm.end(1)
        talks_went_on = False
        if verb in _CONTINUE_FORMS:
            # "The parties continued discussing ...", "continue to stress": the verb continued
            nm = _CONTINUE_NEXT.match(text, ve, end)
            if nm is not None and nm.group(1) in SPEECH_FORMS:
                verb, vs, ve = nm.group(1), nm.start(1), nm.end(1)
            else:
                # "X and Y continued their close coordination on ...": their exchange went on
                talks_went_on = _CONTINUED_TALKS.match(text, ve, end) is not None
        ready = (_READY.match(text, vs) if verb in _READY_START else None) or talk
        if ready is None and verb[0] in "rh":
            # "The two leaders reached consensus on ...": an agreement reported as reached
            ready = _REACHED.match(text, vs, end)
        is_ready = ready is not None
        if verb in ("quoted", "quotes") and m.kind in ("name", "title", "pronoun"):
            # "Press secretary X quoted the prime minister as saying that ...": hers
            qa = self._quoted_as_saying(ve, end)
            if qa is not None:
                people, ve = qa
                verb = "saying"
        if verb not in SPEECH_FORMS and not is_ready and not talks_went_on and not quote_intro:
            return None
        if _is_deed(verb, text, ve, end):
            return None
        if m.kind == "country":
            attr.pending = "country"
        elif m.kind in ("name", "title") and (
            verb in _WITH_VERBS or (verb in _AGREE_FORMS and text.startswith(" with ", ve))
        ):
            # "X discussed the launch with Y and Z": a discussion has both ends, and so has
            # "X agreed with Y to ..."
            partners = self._with_partners(ve, end)
            if partners:
                people = tuple(dict.fromkeys(people + partners))
                joined = True
        attr.verb_end = ve
        if not people:
            if m.kind == "country":
                attr.side = m.country
            elif m.kind == "pronoun" and m.word == "she" and self.last_single is not None:
                # "She also said ..." when no woman the text names can be meant: someone
                # unknown spoke, and the last speaker, a man, did not
                return _Attr(pos, end, own=True, actor=()), ve
            else:
                return None
        attr.speakers = people
        attr.side = side or attr.side
        attr.cue = (
            ready.group(0)
            if ready is not None and ready.re is not _SPOKE_ABOUT
            else cue_phrase(text, vs, ve, end)
        )
        if joined or m.kind == "joint" or (m.kind == "pronoun" and m.word == "they"):
            attr.kind = "joint" if len(people) > 1 else "speech"
            attr.method = "joint" if m.kind != "name" or joined else method
            attr.confidence = 0.85
        else:
            attr.kind = "speech"
            attr.method = method
            attr.confidence = _METHOD_CONFIDENCE.get(method or "", 0.8)
        if verb in _RELAY_FORMS and (
            (spokes := _all_spokes(people)) or not any(p in self.principals for p in people)
        ):
            # "Spokesperson X added that during the call, Minister Y emphasized ...": the
            # spokesperson relays Y's words, or a meeting fact that is nobody's; an aide who
            # is no party relays the principals' ("X told reporters that both presidents
            # stressed ...")
            inner = self._relayed(ve, end, principals_only=not spokes)
            if inner is not None:
                inner[0].start = pos
                if len(people) == 1:
                    inner[0].relayer = people[0]
                return inner
        return attr, ve

    def _quoted_as_saying(self, pos: int, end: int) -> tuple[tuple[_Person, ...], int] | None:
        """Whom "quoted Y as saying" names, and where "saying" ends; None when it names no
        one known."""
        text = self.text
        at = pos + 1
        m = self._mention_at(at, end)
        people: tuple[_Person, ...] = ()
        stop = -1
        if m is not None and m.kind in ("name", "title"):
            people, stop = self._resolve(m)[0], m.end
        elif text.startswith("the ", at):
            lt = _LOWER_TITLE_AT.match(text, at, end) or _QUOTED_LOWER_TITLE.match(text, at, end)
            if lt is not None:
                p = self._news_title(_ROLE_BY_LOWER[lt.group("role")], lt.groupdict().get("dem"))
                people, stop = ((p,) if p else ()), lt.end()
        if not people:
            return None
        sm = _AS_SAYING.match(text, stop, end)
        return (people, sm.end()) if sm is not None else None

    def _relay_verb_near(self, pos: int, end: int) -> bool:
        """Whether a relaying verb ("said", "noted", ...) stands in ``text[pos:end]``: looked
        up among the verbs' positions, found once per article, since every subject asks."""
        at = self._relay_verbs
        if at is None:
            at = self._relay_verbs = [m.start() for m in _RELAY_VERB_NEAR.finditer(self.text)]
        i = bisect.bisect_left(at, pos)
        return i < len(at) and at[i] < end

    def _relayed(
        self, pos: int, end: int, principals_only: bool = False
    ) -> tuple[_Attr, int] | None:
        """The subject and verb of the clause a spokesperson's "said (that)" introduces, after
        an opening phrase of time or occasion ("during the phone call, "), when it has one.
        With ``principals_only`` (someone else relaying), only a clause the principals speak."""
        rm = _RELAYED_CLAUSE.match(self.text, pos, end)
        if rm is None:
            return None
        inner = self.subject_at(rm.end(), end)
        if inner is None and self.text.startswith("the ", rm.end()):
            # "Spokesman X said the minister briefed Y ...": news copy's lower-case title
            inner = self._lower_title_subject(rm.end(), end)
            if inner is not None and not inner[0].speakers:
                inner = None
        if inner is None or (inner[0].kind != "narrative" and _all_spokes(inner[0].speakers)):
            return None
        if principals_only and (
            inner[0].kind not in ("speech", "joint")
            or not inner[0].speakers
            or any(p not in self.principals for p in inner[0].speakers)
        ):
            return None
        return inner

    def _country_pair(self, m: Mention, end: int) -> tuple[tuple[_Person, ...], int] | None:
        """The principals of a coordinated subject of two or more countries ("Russia and
        China", "the United States, Japan and the ROK") and where it ends, when every one of
        those countries has a principal in the meeting; else None."""
        text = self.text
        countries = [m.country]
        cur = m.end
        for _ in range(4):
            cm = _COORD.match(text, cur, end)
            if cm is None:
                break
            m2 = self.mentions.get(cm.end())
            if m2 is None or m2.kind != "country":
                break
            countries.append(m2.country)
            cur = m2.end
        if len(countries) < 2 or None in countries or len(set(countries)) < len(countries):
            return None
        people: list[_Person] = []
        for c in countries:
            side = self.principals_of(c)
            if not side:
                if len(countries) == 2 == len(self.principals) and all(
                    p.country is None or p.country in countries for p in self.principals
                ):
                    # "The UAE and Egypt stressed ..." when the text gives one party's country
                    # or neither: two countries, two parties, and none of another country
                    return tuple(self.principals), cur
                return None
            people.extend(p for p in side if p not in people)
        return (tuple(people), cur) if len(people) >= 2 else None

    def _with_partners(self, pos: int, end: int) -> tuple[_Person, ...]:
        """The people after the first "with" of a clause ("... with Foreign Minister Y and Z"),
        when they are parties to the meeting."""
        text = self.text
        wm = _WITH.search(text, pos, min(end, pos + 300))
        if wm is None or _CLAUSE_END.search(text, pos, wm.start()):
            return ()
        cur = wm.end() + 1
        out: list[_Person] = []
        for _ in range(4):
            m = self._mention_at(cur, end)
            if m is None or m.kind != "name":
                break
            out.extend(p for p in m.persons if p in self.principals and p not in out)
            cm = _COORD.match(text, m.end, end)
            if cm is None:
                break
            cur = cm.end()
        return tuple(out)

    def _shared_article_title(self, pos: int, end: int) -> Mention | None:
        """A bare role in a list of titles sharing one article ("The Deputy Secretary,
        Minister, and Vice Minister expressed ..."): each names whoever holds that role."""
        rm = _BARE_ROLE.match(self.text, pos, end)
        if rm is None:
            return None
        return Mention(pos, rm.end(), "title", word=rm.group("role"))

    def _mention_at(self, pos: int, end: int) -> Mention | None:
        """The mention at ``pos``; when there is none, or only a country, the name a long title
        starting there leads to ("U.S. Special Representative for the DPRK Sung Kim", "Japanese
        Director General for Asian and Oceanian Affairs Funakoshi Takehiro"), as one mention."""
        m = self.mentions.get(pos)
        text = self.text
        if m is not None and (
            (m.kind == "pronoun" and text[m.end : m.end + 1] == " ")
            or (m.kind in ("name", "title") and text.startswith(("'s ", "’s "), m.end))
        ):
            # "Her press secretary X said ...", "Ramaphosa's spokesperson X said ...": the
            # aide, not "her" or Ramaphosa
            am = _LOWER_AIDE_AFTER.match(text, m.end + (0 if m.kind == "pronoun" else 2), end)
            n = self.mentions.get(am.end() - 1) if am is not None else None
            if n is not None and n.kind == "name":
                return Mention(pos, n.end, "name", persons=n.persons)
        if m is not None and m.kind != "country":
            return m
        if m is None and text.startswith("H.", pos):
            hm = _HE_DOTTED.match(text, pos, end)
            if hm is not None:
                # "H.E. John Key": His Excellency, as Cambodian and Gulf agencies write it
                m2 = self.mentions.get(hm.end())
                if m2 is not None and m2.kind == "name":
                    return Mention(pos, m2.end, "name", persons=m2.persons)
        tm = (
            _LOWER_TITLE_AT.match(text, pos, end)
            if text.startswith("the ", pos) or text[pos : pos + 1].isupper()
            else None
        )
        if tm is not None:
            # news copy's lower-case title with the nationality that makes it one person:
            # "During the call, the Chinese president also called ...", "Iran's foreign
            # minister said ..."
            dem = tm.group("dem")
            return Mention(
                pos,
                tm.end(),
                "title",
                word=_ROLE_BY_LOWER[tm.group("role")],
                country=DEMONYMS[dem] if dem else COUNTRIES[tm.group("cty")],
            )
        if m is None and text.startswith("the visiting ", pos):
            # "The King and the visiting minister also discussed ...": the guest
            vm = _VISITING_ROLE.match(text, pos + 13, end)
            guest = self._visit_party(True, None) if vm is not None else None
            if guest is not None:
                return Mention(pos, vm.end(), "name", persons=(guest,))
        if m is None and text[pos : pos + 1].islower():
            # "president Michel addressed": a title in lower case before a name (the European
            # Council's house style) belongs to the name
            lm = _LOWER_ROLE_BEFORE_NAME.match(text, pos, end)
            n = None if lm is None else self.mentions.get(lm.end())
            if n is not None and n.kind == "name":
                return Mention(pos, n.end, "name", persons=n.persons)
            return None
        am = _ABBR_ROLE_AND.match(text, pos, end)
        if am is not None:
            # "EAM and Secretary X expressed ...": the abbreviated title is a party of its own
            return Mention(pos, am.end(), "title", word=am.group(0))
        cur = pos
        titled = m is not None  # a country opens the title: "U.S. Special Representative Kim"
        for _ in range(16):
            tm = _TITLE_TOKEN.match(text, cur, end)
            if tm is None:
                break
            if _POSSESSIVE.search(tm.group(1)):
                # "President's press secretary X told ...": whose aide, then the aide
                if not _LOWER_AIDE_AFTER.match(text, tm.end(), end):
                    break
                cur = tm.end()
                continue
            cur = tm.start(1)
            n = self.mentions.get(cur)
            if n is not None and n.kind == "name":
                if not titled:
                    break
                return Mention(pos, n.end, "name", persons=n.persons)
            # "State Department spokesperson Tammy Bruce stated": news copy's lower case
            # "Presidential adviser Asta Skaisgiryte said": an aide's title, the same
            titled = (
                titled
                or tm.group(1) in _ROLE_WORDS
                or tm.group(1) in _LOWER_AIDES
                or tm.group(1).endswith(" minister")
            )
            cur = tm.end()
        if text[pos : pos + 1].isupper() and (tc := _TITLE_COMMA_NAME.match(text, pos, end)):
            # "Premier Abiy and South Sudanese President, Salva Kiir have exchanged views":
            # the title set off from its holder's name by a comma
            n = self.mentions.get(tc.end())
            if n is not None and n.kind == "name":
                return Mention(pos, n.end, "name", persons=n.persons)
        bm = _BARE_TITLE_SUBJECT.match(text, pos, end)
        if bm is not None:
            # "Prime Minister conveyed ..." without an article (India's PIB, Israel's PMO);
            # "Ukraine's President thanked ..."
            cty = COUNTRIES.get(bm.group("cty") or "") or DEMONYMS.get(bm.group("dem") or "")
            return Mention(pos, bm.end(), "title", word=bm.group("role"), country=cty)
        return m

    def _resolve(self, m: Mention) -> tuple[tuple[_Person, ...], str | None, str | None]:
        """Speakers, method and side of a mention, given the discourse so far."""
        if m.kind == "name":
            return m.persons, "explicit_name", None
        if m.kind == "title":
            p = None
            if m.word in ("guest", "host") or self.text.startswith("visiting ", m.start + 4):
                # "the Russian guest", "the host", "the visiting Chancellor": the party who
                # came, or the one who received them, when the meeting sentence tells
                p = self._visit_party(m.word != "host", m.country)
            if p is None and m.word not in ("guest", "host"):
                p = self.resolve_title(m.word, m.country, m.organization)
            return ((p,) if p else ()), "title", None
        if m.kind == "pronoun":
            if m.word in ("he", "she"):
                p = self.last_single
                if p is not None and self._gender_of(p) not in (None, m.word):
                    p = self._other_of_gender(p, m.word)
                elif (
                    p is not None
                    and m.word == "she"
                    and self._gender_of(p) is None
                    # ("Baerbock stressed unity. '...,' she said.": named just before, in the
                    # same paragraph, the last speaker is whom "she" means)
                    and not (
                        self._named_at >= 0 and self.text.find("\n", self._named_at, m.start) < 0
                    )
                ):
                    # "X, for her part, marked ... She also said": the one party the text has
                    # called a woman, over a last speaker it has called nothing
                    women = [q for q in self.principals if self._gender_of(q) == "she"]
                    if len(women) == 1:
                        p = women[0]
                if p is not None and m.word == "she" and self._named_gender(p) == "he":
                    # no party is a woman: the one woman the text names, who spoke
                    # ("Mushikiwabo tweeted ... She added, ...")
                    women = [q for q in self.reg.persons if self._named_gender(q) == "she"]
                    p = women[0] if len(women) == 1 else None
                return ((p,) if p else ()), "pronoun", None
            if m.word == "they":
                return self.joint_set(""), "pronoun", None
            if m.word in ("i", "we") and self.turn:
                return self.turn, "label", None
            if m.word == "i" and self.turn is None and self.author is not None:
                return (self.author,), "pronoun", None
            return (), None, None
        if m.kind == "joint":
            return self.joint_set(m.word), "joint", None
        if m.kind == "side":
            return self.principals_of(m.country), "side", m.country
        if m.kind == "country":
            p = self.principal_of(m.country)
            if p is None:
                # "Montenegro said ...": Prime Minister Luis Montenegro, not the country
                word = self.text[m.start : m.end]
                named = [q for q in self.principals if len(q.tokens) > 1 and q.family == word]
                if len(named) == 1:
                    return (named[0],), "explicit_name", None
            return ((p,) if p else ()), "side", m.country
        return (), None, None

    def _gender_of(self, p: _Person) -> str | None:
        """The pronoun ("he", "she") the text itself gives ``p``: by a form of address ("Mr.",
        "Ms.", "Queen"), "X and his counterpart", or "X said she"; None when it gives none or
        both. Read once per article, and only when a pronoun asks."""
        if self._genders is None:
            self._genders = self._find_genders()
        return self._genders.get(p)

    def _find_genders(self) -> dict[_Person, str | None]:
        text = self.text
        found: dict[_Person, str | None] = {}
        for pos, m in self.mentions.items():
            if m.kind != "name" or len(m.persons) != 1:
                continue
            g = None
            hm = _GENDERED_ADDRESS.search(text, max(0, pos - 14), m.end)
            if hm is not None and hm.end() <= m.end:
                g = "he" if hm.group("m") else "she"
            else:
                pm = _GENDERED_AFTER.match(text, m.end, min(len(text), m.end + 40))
                if pm is not None:
                    pro = pm.group("pos") or pm.group("part") or pm.group("subj")
                    g = "he" if pro in ("his", "he") else "she"
            if g is not None:
                p = m.persons[0]
                found[p] = g if found.get(p, g) == g else None
        return found

    def _named_gender(self, p: _Person) -> str | None:
        """The pronoun the text gives ``p``, else the one the given name suggests."""
        g = self._gender_of(p)
        if g is None and len(p.tokens) >= 2:
            first = p.tokens[0]
            if first in FEMALE_GIVEN_NAMES:
                g = "she"
            elif first in MALE_GIVEN_NAMES:
                g = "he"
        return g

    def _other_of_gender(self, p: _Person, pronoun: str) -> _Person | None:
        """ "She noted ..." after a man spoke: the one other party the pronoun can mean (of
        that gender, or of none the text gives); no one when several or none could be."""
        fits = [q for q in self.principals if q is not p and self._gender_of(q) in (None, pronoun)]
        if len(fits) != 1:
            return None
        if self._genders is not None:
            self._genders.setdefault(fits[0], pronoun)  # the text has now said which
        return fits[0]

    def _visit_party(self, guest: bool, country: str | None) -> _Person | None:
        """The guest (or the host) of a visit, as the meeting sentence tells them apart: whom
        "X received/hosted/welcomed" names is the guest, and so is "visiting Y"; who "visited",
        "paid a visit" or "called on" is the guest. With a nationality ("the Russian guest"),
        that country's principal, when it is the one the sentence makes the guest."""
        if self._guest is None:
            self._guest = self._find_guest()
        who = self._guest or None
        if who is None or len(self.principals) != 2:
            return None
        if not guest:
            who = next(p for p in self.principals if p is not who)
        return who if country is None or who.country in (None, country) else None

    def _find_guest(self) -> _Person | Literal[False]:
        if self.meeting_sentence is None:
            return False
        s, e = self.meeting_sentence
        text = self.text
        named = [
            (pos, p)
            for pos, m in sorted(self.mentions.items())
            if s <= pos < e and m.kind == "name"
            for p in m.persons
            if p in self.principals
        ]
        vm = _VISIT_VERB.search(text, s, e)
        if vm is None or not named:
            return False
        after = [p for pos, p in named if pos >= vm.end()]
        before = [p for pos, p in named if pos < vm.start()]
        if vm.group("host") or vm.group("visiting"):
            return after[0] if after else False
        return before[-1] if before else False

    # ---- labels --------------------------------------------------------------------------
    def label_at(
        self, s: int, e: int, para_start: bool
    ) -> tuple[int, int, tuple[_Person, ...]] | None:
        """A transcript label at ``s``, or after a heading that runs into it ("Beginning of the
        talks President of Russia Vladimir Putin:"): returns where the label starts and ends and
        who it names (() if unknown).

        Memoised: the label count and the attribution both ask for every sentence, and the
        answer depends only on the text and the registry, complete by then."""
        text = self.text
        if (
            text.find(":", s, min(e, s + 240)) < 0
            if not para_start
            else text[s] != "Q" and text.find(":", s, e) < 0
        ):
            return None  # no colon within reach, nor a "Q": neither a label nor a heading's
        key = (s, e, para_start)
        if key not in self._labels:
            self._labels[key] = self._find_label(s, e, para_start)
        return self._labels[key]

    def _find_label(
        self, s: int, e: int, para_start: bool
    ) -> tuple[int, int, tuple[_Person, ...]] | None:
        lab = self._label_here(s, e, para_start)
        if lab is not None:
            return s, lab[0], lab[1]
        colon = self.text.find(":", s, min(e, s + 240))
        if colon < 0 or (colon + 1 < e and not self.text[colon + 1].isspace()):
            return None
        for m in _HEADING_CUT.finditer(self.text, s, colon):
            if m.end() - s > _MAX_HEADING:
                break  # "... all three pillars of the NPT: nonproliferation": a sentence's colon
            if _lead_in_tail(self.text[max(s, m.start() - 30) : m.start() + 1]):
                continue
            lab = self._label_here(m.end(), e, False)
            if lab is not None and lab[1]:
                return m.end(), lab[0], lab[1]
        return None

    def _label_here(
        self, s: int, e: int, para_start: bool
    ) -> tuple[int, tuple[_Person, ...]] | None:
        text = self.text
        cm = has_caps_label(text, s, e) if para_start else None
        head = None
        if cm is not None:
            head = cm.group(0)
            lab_end = cm.end()
        else:
            colon = text.find(":", s, min(e, s + 170))
            if colon < 0 or (colon + 1 < e and not text[colon + 1].isspace()):
                return None
            head = cand = text[s : colon + 1]
            if text[s] == "[":
                # a broadcaster's sound bite: '[Shigeru Ishiba/Prime Minister of Japan: "..."]',
                # the name, then the title it holds after a slash
                cand = _SOUND_BITE_HEAD.sub(" ", cand)
            if not _label_like(cand.lstrip("* ")) or is_dateline(text, s, cand.strip("*: ")):
                return None  # "LAHORE:" dates and places a report; it names no speaker
            lab_end = colon + 1
            pm = _INTERPRETED.match(text, lab_end, e)
            if pm:
                lab_end = pm.end()
        name_part = head.split(":")[0]
        # "Viktor Orban(retranslated):", "Name (via interpreter):": the note is not the name
        gm = _LABEL_NOTE.search(name_part)
        if gm is not None:
            name_part = name_part[: gm.start()]
        if text[s] == "[":
            name_part = name_part.split("/")[0]
        name_len = len(name_part.rstrip())
        name_part = name_part.strip("*[ ")
        if (
            _UNKNOWN_LABEL.fullmatch(name_part)
            or name_part in _LABEL_WORDS
            or name_part.casefold() in NEWS_OUTLETS
            or (
                _UNKNOWN_LABEL.match(name_part)
                and name_part.split()[0] in ("Q", "QUESTION", "MODERATOR", "Question")
            )
        ):
            return lab_end, ()
        people: tuple[_Person, ...] = ()
        if cm is not None and (comma := text.find(", ", s, s + name_len)) > s:
            # "EMMANUEL MACRON, PRESIDENT OF FRANCE:": the name, then the title it holds
            name_len = comma - s
        words = [(t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(text, s, s + name_len)]
        words = [w for w in words if w[0] not in ("*", "***")]
        caps = name_part.isupper()
        info = parse_run(words, caps_ok=caps)
        if info and info.name_tokens:
            p = self.reg.named(info.name_tokens)
            if p is None and len(info.name_tokens) == 1:
                p = self.reg.lookup(info.name_tokens[0].title())
            if p:
                people = (p,)
                if " and " in name_part and self._names_another(words, p):
                    return None  # "President X and President Y:" leads in to a text on both
        if not people and not caps and cm is None:
            # an inline "Something:" that names nobody we know is not a label
            if len(name_part.split()) > 1 or not name_part[:1].isupper():
                return None
            if name_part not in _LABEL_WORDS:
                return None
        return lab_end, people

    def _names_another(self, words: list[tuple[str, int, int]], p: _Person) -> bool:
        """Whether the words before an "and" in a label head name someone other than ``p``, whom
        the whole head names: two people named in a line is no speaker label ("Red Cross and
        Red Crescent" in a title names no one before its "and")."""
        cut = next((i for i, w in enumerate(words) if w[0] == "and"), 0)
        info = parse_run(words[:cut]) if cut else None
        if not info or not info.name_tokens:
            return False
        other = self.reg.named(info.name_tokens)
        return other is not None and other is not p

    def _count_label(self, people: tuple[_Person, ...]) -> None:
        if people:
            self.labels += 1
        else:
            self.question_labels += 1

    def genre(self) -> str:
        """readout, transcript (speaker labels), briefing (questions from the floor, unnamed
        officials), or statement (a text issued in one voice)."""
        title = self.header.title
        if self.question_labels and (self.question_labels >= 2 or _BRIEFING_TITLE.search(title)):
            return "briefing"
        if _BRIEFING_TITLE.search(title) and not self.labels:
            return "briefing"
        if self.labels:
            return "transcript"
        if _STATEMENT_TITLE.match(title):
            return "statement"
        return "readout"

    # ---- main ----------------------------------------------------------------------------
    def run(self) -> list[_Attr]:
        text = self.text
        for para in self.paragraphs:
            self.sentences[para.position] = split_sentences(text, para.start, para.end)
        self.build_registry()
        self.mentions = {}
        for para in self.paragraphs:
            if para.kind in _ATTRIBUTED_KINDS:
                self.mentions.update(
                    build_mentions(
                        text,
                        para.start,
                        para.end,
                        self.reg,
                        self.common,
                        self._run_cache,
                        self.runs(para.start, para.end),
                    )
                )
        self.find_principals()
        out: list[_Attr] = []
        before: list[_Attr] = []  # the previous paragraph's attributions, if it was attributed
        #: paragraphs of a quotation opened and not closed, with no speaker yet
        opened: list[list[_Attr]] = []
        for para in self.paragraphs:
            sents = self.sentences[para.position]
            if para.kind == "separator":
                self.turn = None
            if para.kind not in _ATTRIBUTED_KINDS:
                for s, e in sents:
                    a = _Attr(s, e, kind="boilerplate", confidence=0.9, own=True)
                    out.append(a)
                    if para.kind == "label":
                        lab = self.label_at(s, e, True)
                        if lab is not None:
                            self.turn = lab[2]
                            self._count_label(lab[2])
                before = []
                opened = []
                continue
            attrs = self.paragraph(para, sents)
            if before and text[para.start] in _DOUBLE_OPEN and _quotation_paragraph(text, para):
                self._continue_quotation(attrs, before)
            if opened and text[para.start] in _DOUBLE_OPEN:
                self._close_quotation(attrs, opened)
            opened = (
                [*opened, attrs]
                if text[para.start] in _DOUBLE_OPEN
                and _open_quotation(text, para)
                and all(not a.speakers and a.kind in _UNSPOKEN for a in attrs)
                else []
            )
            if text[para.end - 1] == ":" and self.turn is None:
                self.turn = self._statement_follows(para)
            out.extend(attrs)
            before = attrs
        return out

    def _statement_follows(self, para: Paragraph) -> tuple[_Person, ...] | None:
        """ "..., Foreign Minister X issued the following statement in Vienna today:": the
        paragraphs after it are X's words, printed without quotation marks, as a
        transcript's after a label."""
        fm = _FOLLOWING_STATEMENT.search(self.text, para.start, para.end)
        if fm is None:
            return None
        named = [
            m
            for at, m in self.mentions.items()
            if para.start <= at < fm.start() and m.kind == "name" and len(m.persons) == 1
        ]
        if not named:
            return None
        return max(named, key=lambda m: m.start).persons

    def _close_quotation(self, attrs: list[_Attr], opened: list[list[_Attr]]) -> None:
        """'"We had a meeting ... (no closing mark)' then '"After that, ...," he said.': a
        quotation running over paragraphs is attributed where it closes; the paragraphs
        before, which open it and leave it open, are that speaker's too."""
        spoken = [a for a in attrs if a.kind != "boilerplate"]
        closing = next((a for a in spoken if a.speakers and a.method == "trailing"), None)
        if closing is None or len(closing.speakers) != 1:
            return
        if any(a.speakers and a.speakers != closing.speakers for a in spoken):
            return
        for para_attrs in opened:
            for a in para_attrs:
                if a.kind != "boilerplate":
                    self._copy(a, closing, "continuation")
                    a.mode = "direct"

    def _continue_quotation(self, attrs: list[_Attr], before: list[_Attr]) -> None:
        """News copy quotes a speaker over several paragraphs, attributing only the first
        ('"...," X said.' or 'X said ...'): a paragraph that is wholly a quotation, with no
        speaker of its own, goes on in the voice of the paragraph before it when that paragraph
        ends on one identified person and no one else speaks in it. A joint or side statement,
        a writer's sentence at its end, or a second speaker leaves the quotation unattributed."""
        if any(a.speakers or a.kind not in _UNSPOKEN for a in attrs):
            return
        spoken = [a for a in before if a.kind != "boilerplate"]
        if not spoken:
            return
        last = spoken[-1]
        if last.kind != "speech" or len(last.speakers) != 1 or last.method in ("side", "label"):
            return
        if any(a.speakers and a.speakers != last.speakers for a in spoken):
            return
        for a in attrs:
            if a.kind == "boilerplate":
                continue
            self._copy(a, last, "continuation")
            a.mode = "direct"

    def paragraph(self, para: Paragraph, sents: list[tuple[int, int]]) -> list[_Attr]:
        """Attribute one paragraph's sentences: own attributions first, then inheritance."""
        text = self.text
        attrs: list[_Attr] = []
        first = True
        # most paragraphs have no colon, and so no label: :meth:`label_at` need not be asked
        colon = text.find(":", para.start, para.end) >= 0
        for s, e in sents:
            # a stage note opening the sentence ("(Laughter.)", "(In progress) ...")
            sm = _STAGE_NOTE.match(text, s, e) if text[s] in _NOTE_OPENERS else None
            if sm is not None:
                attrs.append(_Attr(s, sm.end(), kind="boilerplate", own=True, confidence=0.9))
                s = sm.end()
                while s < e and text[s].isspace():
                    s += 1
                if s >= e:
                    first = False
                    continue
            # inline separators reset the transcript turn; "<…>" marks an omission
            c = text[s]  # what the notes below can start with, checked first: few sentences do
            if c in "<….(TE" and (
                _OMISSION.fullmatch(text, s, e) or _EDITORS_NOTE.fullmatch(text, s, e)
            ):
                attrs.append(_Attr(s, e, kind="boilerplate", own=True, confidence=0.9))
                first = False
                continue
            if c == "*" and _STARS.fullmatch(text, s, e):
                attrs.append(_Attr(s, e, kind="boilerplate", own=True, confidence=0.9))
                self.turn = None
                first = False
                continue
            if first and c in "0123456789IVX" and _ENUMERATOR.fullmatch(text, s, e):
                # the paragraph's number: the sentence after it still opens the paragraph
                attrs.append(_Attr(s, e, kind="boilerplate", own=True, confidence=0.9))
                continue
            maybe = colon or (first and text[s] == "Q")  # a label, as :meth:`label_at` reads it
            lab = self.label_at(s, e, first) if maybe else None
            first = False
            if lab is not None:
                lab_start, lab_end, people = lab
                if lab_start > s:  # a heading before the label
                    attrs.append(_Attr(s, lab_start, kind="boilerplate", own=True, confidence=0.8))
                    s = lab_start
                attrs.append(
                    _Attr(s, lab_end, kind="boilerplate", method="label", own=True, confidence=0.95)
                )
                self.turn = people
                self._count_label(people)
                if people and len(people) == 1:
                    self.last_single = people[0]
                rest = lab_end
                while rest < e and text[rest].isspace():
                    rest += 1
                sm = (
                    _STAGE_NOTE.match(text, rest, e)
                    if text[rest : rest + 1] in _NOTE_OPENERS
                    else None
                )
                if sm is not None:
                    attrs.append(
                        _Attr(rest, sm.end(), kind="boilerplate", own=True, confidence=0.9)
                    )
                    rest = sm.end()
                    while rest < e and text[rest].isspace():
                        rest += 1
                if rest >= e:
                    continue
                s = rest
            if self.turn is not None:
                a = _Attr(
                    s,
                    e,
                    kind="speech",
                    speakers=self.turn,
                    method="label",
                    own=True,
                    confidence=0.95 if self.turn else 0.5,
                    mode="direct",
                )
                attrs.append(a)
                continue
            attrs.extend(self.sentence(s, e))
        if text[para.start] == "[" and text[para.end - 1] == "]":
            # a sound bite in a news broadcast's script ('[President X: "..."]') holds the
            # whole of its speaker's turn: the report goes on in the reporter's voice
            self.turn = None
        self._inherit(attrs)
        return attrs

    def sentence(self, s: int, e: int) -> list[_Attr]:
        """Own attribution of one sentence (possibly split into clauses)."""
        if self.text.startswith(_BETWEEN_LEAD_WORDS, s):
            self._lead_scene(s, e)
        a = self._own(s, e)
        if a.kind == "narrative" and a.own and (s, e) != self.meeting_sentence:
            self._set_scene(a.start, e)
        lead = self._opening_clause(s, e, a)
        if lead is None:
            return self._clauses(a, s, e)
        return [lead, *self._clauses(a, a.start, e)]

    def _lead_scene(self, s: int, e: int) -> None:
        """ "In the meeting between the Secretary-General and Djibouti's Foreign Minister, X,
        the two men discussed ...": a round-up's next meeting, named as the sentence opens, is
        whom "the two" and "they" mean from there on."""
        text = self.text
        bm = _BETWEEN_LEAD.match(text, s, e)
        if bm is None:
            return
        stop = _THE_TWO_AFTER.search(text, bm.end(), e)
        if stop is None:
            return
        pair: list[_Person] = []
        for pos in sorted(p for p in self.mentions if bm.end() <= p < stop.start()):
            m = self.mentions[pos]
            if m.kind in ("name", "title"):
                people, _method, _side = self._resolve(m)
                pair.extend(p for p in people if p not in pair)
        if len(pair) == 2:
            self.scene = () if set(pair) == set(self.principals[:2]) else tuple(pair)

    def _set_scene(self, s: int, e: int) -> None:
        """A sentence of the writer's reporting a meeting of one named person with another
        ("Later in the day, X held talks with Y."), other than the meeting the article is
        about, is where "the two" and "they" come to mean those two."""
        m = self.mentions.get(s)
        if m is None and (c := self.text.find(", ", s, s + 40)) >= 0:
            m = self.mentions.get(c + 2)  # "Earlier, X received ..."
        if m is None or m.kind != "name" or len(m.persons) != 1:
            return
        vm = meeting_phrase_search(self.text, m.end, e)
        if vm is None or vm.start() - m.end > 40:
            return
        stop = _PRINCIPAL_STOP.search(self.text, vm.end(), e)
        lim = stop.start() if stop is not None else e
        other = next(
            (
                o
                for pos, o in self.mentions.items()
                if vm.end() <= pos < lim and o.kind == "name" and len(o.persons) == 1
            ),
            None,
        )
        if other is None or other.persons[0] is m.persons[0]:
            return
        pair = (m.persons[0], other.persons[0])
        self.scene = () if set(pair) == set(self.principals[:2]) else pair

    def _opening_clause(self, s: int, e: int, a: _Attr) -> _Attr | None:
        """ "After X expressed concern about Y, Z explained ...": an opening clause reporting
        someone else's words is theirs, the main clause the main subject's. Not remembered as
        the last speaker: the sentence goes on in Z's voice."""
        if not (a.own and a.kind in ("speech", "joint") and a.speakers):
            return None
        text = self.text
        sub = _SUBORDINATE.match(text, s, e)
        if sub is None:
            return None
        res = self.subject_at(sub.end(), e, allow_country=False)
        if res is None:
            return None
        b, ve = res
        if b.kind not in ("speech", "joint") or not b.speakers:
            return None
        if set(b.speakers) == set(a.speakers):
            return None
        c = text.find(",", ve, e)
        while c >= 0:
            at = c + 1 + (1 if text[c + 1 : c + 2] == " " else 0)
            main = self.subject_at(at, e)
            if main is not None and set(main[0].speakers) == set(a.speakers):
                b.start, b.end = s, c + 1
                a.start = at
                return b
            c = text.find(",", c + 1, e)
        return None

    def _unnamed_own_clause(self, pos: int, e: int) -> tuple[_Attr, int] | None:
        """A clause whose subject is the title of the publisher's own leader, whom the article
        never names ("the Prime Minister agreed ..."), as an attribution to no one."""
        m = self._mention_at(pos, e)
        if m is None or m.kind != "title" or m.word not in self.unnamed_roles or m.country:
            return None
        vb = verb_after(self.text, m.end, e)
        if vb is None or vb[0] not in SPEECH_FORMS:
            return None
        return _Attr(pos, e, own=True, actor=(), confidence=0.5), vb[2]

    def _who_clause(self, a: _Attr, s: int, e: int) -> list[_Attr] | None:
        """ "X received a phone call from Y, who reaffirmed ...": the writer's sentence up to
        the comma, and the relative clause that reports what the one named just before it
        said."""
        text = self.text
        wm = _WHO_SPEECH.search(text, s, e)
        if wm is None or wm.group("verb") not in SPEECH_FORMS:
            return None
        comma = wm.start()  # (or the space before "who")
        named = next(
            (
                mm
                for at in range(comma - 1, max(s, comma - 90) - 1, -1)
                if (mm := self.mentions.get(at)) is not None
                and mm.kind in ("name", "title")
                and (mm.end >= comma - 1 or _OF_PLACE.fullmatch(text, mm.end, comma))
            ),
            None,
        )
        if named is None:
            return None
        people, method, _side = self._resolve(named)
        if len(people) != 1:
            return None
        b = _Attr(
            text.index("who", comma),
            e,
            kind="speech",
            speakers=people,
            method=method,
            cue=cue_phrase(text, wm.start("verb"), wm.end("verb"), e),
            confidence=0.8,
            own=True,
        )
        a.end = comma + (text[comma] == ",")
        self._remember(b)
        return [a, b]

    def _split_meeting_clause(
        self,
        a: _Attr,
        a_end: int,
        cut: int,
        e: int,
        speakers: tuple[_Person, ...],
        vm: re.Match[str],
        confidence: float,
    ) -> list[_Attr]:
        """The meeting clause ``a`` up to ``a_end``, and from ``cut`` the clause whose verb
        ``vm`` reports what ``speakers`` said there."""
        b = _Attr(
            cut,
            e,
            kind="joint" if len(speakers) > 1 else "speech",
            speakers=speakers,
            method="explicit_name",
            cue=cue_phrase(self.text, vm.start("verb"), vm.end("verb"), e),
            confidence=confidence,
            own=True,
        )
        a.end = a_end
        self._remember(b)
        return [a, b]

    def _clauses(self, a: _Attr, s: int, e: int) -> list[_Attr]:
        """``a`` and the clauses with speakers of their own that split off it."""
        text = self.text
        if a.kind == "narrative" and not a.speakers and text.find(" who ", s, e) >= 0:
            rel = self._who_clause(a, s, e)
            if rel is not None:
                return rel
        if a.kind == "implicit" and text.find(", where ", s, e) >= 0:
            # "Discussions also covered Somalia, where X underscored ...": one party's words
            wm = _WHERE_SUBJECT.search(text, s, e)
            res = self.subject_at(wm.end(), e, allow_country=False) if wm else None
            if wm is not None and res is not None and res[0].kind == "speech" and res[0].speakers:
                b = res[0]
                cut = wm.start() + 2
                a.end, b.start, b.end = wm.start() + 1, cut, e
                self._remember(b)
                return [a, b]
        # "X spoke today with Y and reiterated ...": the meeting clause is narrative, the rest
        # is X's speech
        if a.kind == "narrative" and a.own and a.subject and a.verb_end:
            # "X met with Y at the White House, where they reaffirmed ...": the relative clause
            # reports what was said there, in a subject of its own
            wm = _WHERE_SUBJECT.search(text, a.verb_end, e)
            res = self.subject_at(wm.end(), e, allow_country=False) if wm else None
            if wm is not None and res is not None and res[0].kind != "narrative":
                b = res[0]
                if wm.group("whom") == "with" and len(b.speakers) == 1:
                    # "X met Y in Kigali, with whom he discussed ...": both discussed
                    whom = [
                        p for p in self._persons_in(a.verb_end, wm.start()) if p in self.principals
                    ]
                    both = tuple(dict.fromkeys(b.speakers + tuple(whom[-1:])))
                    if len(both) > 1:
                        b.speakers, b.kind = both, "joint"
                if b.speakers:
                    cut = wm.start() + 1
                    while cut < e and text[cut] == " ":
                        cut += 1
                    a.end, b.start, b.end = wm.start() + 1, cut, e
                    self._remember(b)
                    return [a, b]
            for vm in _AND_VERB.finditer(text, a.verb_end, e):
                verb = vm.group("verb")
                if (
                    verb in SPEECH_FORMS
                    and (verb.endswith("ed") or verb in _IRREGULAR_PAST)
                    and not meeting_phrase_at(text, vm.start("verb"))
                ):
                    cut = vm.start() + 1
                    speakers = a.subject
                    if verb in _WITH_VERBS or verb.startswith("exchang"):
                        # "X held a call with Y and discussed ...": a discussion has both ends,
                        # and so has "X met Y at the State House and discussed ..."
                        partners = self._with_partners(a.verb_end, cut) or tuple(
                            p for p in self._persons_in(a.verb_end, cut) if p in self.principals
                        )
                        speakers = tuple(dict.fromkeys(speakers + partners))
                    return self._split_meeting_clause(a, cut, cut, e, speakers, vm, 0.85)
            gm = _GERUND_CLAUSE.search(text, a.verb_end, e)
            if (
                gm is not None
                and gm.group("verb") in SPEECH_FORMS
                and gm.group("verb") not in _DEED_GERUNDS
            ):
                # "X met with Y on Wednesday, saying ...": the participle clause is X's words
                cut = gm.start() + 1
                while cut < e and text[cut] == " ":
                    cut += 1
                speakers = a.subject
                verb = gm.group("verb")
                if verb.startswith(("exchang", "discuss", "review", "confer", "consult")):
                    # "X held talks with Y, exchanging views on ...": an exchange has both ends
                    speakers = tuple(
                        dict.fromkeys(speakers + self._with_partners(a.verb_end, gm.start()))
                    )
                return self._split_meeting_clause(a, gm.start() + 1, cut, e, speakers, gm, 0.8)
        # clause split: a later ", and <subject> <verb>" with different speakers
        parts = [a]
        scan = _clause_scan_start(text, s, e) if e - s < 2000 else -1
        if scan >= 0:
            subject_end = -1
            for cm in _CLAUSE.finditer(text, scan, e):
                if cm.start() < subject_end:
                    continue  # inside the subject of the clause just read ("and A and B agreed")
                cur = parts[-1]
                res = self.subject_at(cm.end(), e, allow_country=False)
                if res is None and text.startswith("the ", cm.end()):
                    # "..., and the president thanked the prime minister": news copy's title
                    # in lower case
                    res = self._lower_title_subject(cm.end(), e)
                if res is None:
                    res = self._unnamed_own_clause(cm.end(), e) if self.unnamed_roles else None
                    if res is None or not cur.speakers:
                        continue
                    # "X said ..., and the Prime Minister agreed ...": the publisher's own
                    # leader, never named, is no one, and not X either
                    b, subject_end = res
                    cut = cm.start() + (1 if text[cm.start()] in ",;" else 0)
                    cur.end = cut
                    b.start = cut
                    while b.start < e and text[b.start] in " \t":
                        b.start += 1
                    parts.append(b)
                    continue
                b, subject_end = res
                if b.kind == "narrative" or not b.speakers:
                    continue
                if set(b.speakers) == set(cur.speakers):
                    continue
                if not cur.own and cur.pending is None:
                    continue
                if cm.start() < cur.verb_end:
                    continue  # "X and Y discussed": a coordinated subject, not a new clause
                if cur.verb_end == 0 and self._subject_before(cur.start, cm.start()):
                    # '"As events conclude, Secretary X and Minister Y reemphasised ...,"
                    # Miller said': no verb of its own before the "and"
                    continue
                cut = cm.start() + (1 if text[cm.start()] in ",;" else 0)
                cur.end = cut
                b.start = cut
                while b.start < e and text[b.start] in " \t":
                    b.start += 1
                b.end = e
                parts.append(b)
                self._remember(b)
        return parts

    def _subject_before(self, start: int, at: int) -> bool:
        """Whether ``text[start:at]`` ends in a name or title that opens its clause (after
        the clause's start, a comma or an opening quotation mark): a subject, not an object."""
        text = self.text
        i = at
        while i > start and text[i - 1] in " \t":
            i -= 1
        for ms in range(max(start, i - 80), i):
            m = self.mentions.get(ms)
            if m is None or m.end != i or m.kind not in ("name", "title"):
                continue
            j = ms
            while j > start and text[j - 1] in " \t":
                j -= 1
            return j == start or text[j - 1] in ',“"('
        return False

    def _own(self, s: int, e: int) -> _Attr:
        text = self.text
        quoted = text[s] in '"“'
        if (
            _may_be_about_meeting(text, s, e)
            and _ABOUT_MEETING.match(text, s, e)
            # ("The meeting was marked by ..., according to the Minister X.": his account)
            and text.find("according to", s, e) < 0
        ):
            return _Attr(s, e, kind="narrative", own=True, confidence=0.8)
        if text[e - 1] == ":" and e - s < 40 and is_dateline(text, s, text[s : e - 1].strip()):
            # "VIENTIANE:" on its own places the report: no one's words, nor the next speaker's
            return _Attr(s, e, kind="narrative", own=True, confidence=0.8)
        # explicit subject at the start, or after up to three introductory commas
        res = self.subject_at(s, e)
        if res is not None and _SUBORDINATE.match(text, s, e):
            res = self._main_subject(s, e) or res
        if res is None and (wm := _WRITERS_FRAME.match(text, s, e)) is not None:
            inner = self.subject_at(wm.end(), e)
            if inner is not None and inner[0].kind != "narrative":
                res = inner
        if (
            res is not None
            and res[0].kind == "narrative"
            and text.find("according to", s, e) >= 0
            and (source := self._according_to(s, e)) is not None
        ):
            # "The meeting between X and Y was marked by frankness, according to Minister Z":
            # Z's account of the meeting
            self._remember(source)
            return source
        tr = self._trailing(s, e)
        if tr is not None and (
            _all_spokes(tr.speakers)
            # "..., said the press secretary", "..., said a government press release": a
            # spokesperson or document nobody names relays the subject's words too
            or (not tr.speakers and _UNNAMED_RELAYER.search(text, max(s, e - 90), e))
        ):
            # '"The two leaders noted progress," the spokesperson said.': the words relayed are
            # the subject's, when the sentence has one
            inner = res or self.subject_at(s, e)
            if inner is None and (lt := self._lower_title(s, e)) is not None and lt.speakers:
                inner = (lt, lt.end)  # "The Vietnamese president also hoped ..., Kim said."
            if inner is None and quoted:
                # '“As events conclude, Secretary X and Minister Y reemphasised ...,” the
                # spokesperson said': the subject after an opening clause
                inner = self._main_subject(s, e)
            if inner is not None and inner[0].kind != "narrative" and inner[0].speakers:
                res, tr = inner, None
            elif inner is not None and inner[0].kind == "narrative" and inner[0].own:
                # "X met with Y to review ..., said Spokesman Z": a meeting fact is nobody's
                res, tr = inner, None
        if (
            tr is not None
            and res is not None
            and res[0].kind in ("joint", "implicit")
            and tr.speakers
            and set(tr.speakers) < set(res[0].speakers)
        ):
            # "Malaysia and Singapore reached an agreement ..., said Prime Minister X": one
            # party's account of what both did is that party's statement
            res = None
        if tr is not None and (res is None or quoted):
            # a quotation is the words of whoever the attribution after it names, whatever
            # subject the quoted sentence has ('"He assured ...," said X's office.')
            tr.mode = "direct" if quoted else "indirect"
            if tr.speakers:
                self._remember(tr)
            else:  # someone unknown spoke: a "he" after it is not the speaker before
                self.last_single = None
                self.last_joint = ()
            return tr
        if res is None:
            # "Building on the investments announced during ..., the Vice President and President
            # X discussed": a sentence opening with a participle or preposition phrase has its
            # subject after that phrase, however long it runs
            lead = _LEAD_PHRASE.match(text, s, e) is not None
            lim = min(e, s + (700 if lead else 240))
            max_commas = 10 if lead else 3
            commas = 0
            c = self._next_break(s, lim, lead)
            while c >= 0 and commas < max_commas and res is None:
                commas += 1
                at = c + 1 + (1 if text[c + 1 : c + 2] == " " else 0)
                res = self.subject_at(at, e)
                if res is None and lead and text.startswith("the ", at):
                    # "Calling for a roadmap, the president said ...": news copy's lower-case
                    # title after an opening participle
                    res = self._lower_title_subject(at, e)
                    if res is not None and not res[0].speakers:
                        res = None
                pm = self.mentions.get(at) if res is not None else None
                if pm is not None and pm.kind == "pronoun" and pm.word in ("he", "she"):
                    res = self._pronoun_named_in_clause(res, s, c)
                    if res is None:
                        break
                if res is not None and res[0].kind == "narrative" and res[0].pending is None:
                    break
                c = self._next_break(c + 1, lim, lead)
            if res is not None and res[0].pending == "country":
                res = None if quoted else res
            if (
                res is not None
                and _all_spokes(res[0].speakers)
                and (lt := self._lower_title(s, e)) is not None
                and lt.speakers
            ):
                # "The Chinese president also hoped ..., spokesperson X said."
                res = (lt, lt.end)
        if res is not None:
            a, _ve = res
            a.start, a.end = s, e
            if quoted:
                a.mode = "mixed"
            if tr is not None and a.kind != "narrative" and a.pending == "country":
                tr.start, tr.end = s, e
                a = tr
            self._remember(a)
            return a
        if not quoted and tr is None:
            aside = self._as_aside(s, e)
            if aside is not None:
                self._remember(aside)
                return aside
        pm = _PASSIVE.search(text, s, e)
        if pm is not None:
            agent = self._agent(pm.end(), e)
            if agent is not None:
                agent.start, agent.end = s, e
                agent.cue = pm.group(0).split()[-1]
                self._remember(agent)
                return agent
        q = s + 1 if text[s] in _DOUBLE_OPEN else s  # ('"The call also tackled ...," it said')
        if (
            pm is not None
            or _EXCHANGE.match(text[q : min(e, q + 120)])
            or _TALKS_COVERED.match(text[q : min(e, q + 120)])
        ):
            return _Attr(
                s,
                e,
                kind="implicit",
                speakers=self.scene or tuple(self.principals),
                method="implicit",
                confidence=0.6,
                # "It was agreed to ...": an act of both parties, never one speaker's words
                pending="mutual" if pm is not None and pm.group(0).endswith(_MUTUAL) else "passive",
            )
        lower = self._lower_title(s, e) or self._unknown_titled(s, e)
        if lower is not None:
            return lower
        source = self._according_to(s, e)
        if source is not None:
            self._remember(source)
            return source
        if self.joint_voice and len(self.principals) >= 2 and _FIRST_PLURAL.search(text, s, e):
            # a joint statement speaks in the leaders' own "we": "we are partners and allies"
            return _Attr(
                s,
                e,
                kind="joint",
                speakers=tuple(self.principals),
                method="joint",
                confidence=0.6,
                mode="direct" if quoted else "indirect",
            )
        return _Attr(s, e, mode="direct" if quoted else "indirect", actor=self._actor(s, e))

    def _according_to(self, s: int, e: int) -> _Attr | None:
        """ "According to X, ..." / "..., according to X.": X, a person or a title, is the
        source of the sentence, when no reporting subject or passive in it says otherwise."""
        text = self.text
        if text.startswith("According to ", s):
            at = s + 13
            m = self._mention_at(at, e)
            if m is None or not _COMMA_AFTER.match(text, m.end, e):
                return None
        else:
            # "..., according to X." closing the sentence, or "The results, according to X,
            # are ..." set inside it
            at = text.find(", according to ", s, e)
            if at < 0:
                return None
            at += 15
            m = self._mention_at(at, e)
            if m is None and text.startswith("the ", at):
                # "..., according to the president.": news copy's title in lower case
                lm = _LOWER_TITLE_TRAIL.match(text, at, e)
                if lm is not None and (
                    _SENTENCE_TAIL.fullmatch(text, lm.end(), e)
                    or _COMMA_AFTER.match(text, lm.end(), e)
                ):
                    p = self._lower_trail_person(lm)
                    m = Mention(at, lm.end(), "name", persons=(p,)) if p is not None else None
            if m is not None and m.kind == "title":
                # "..., according to the Brazilian Minister of Foreign Relations, Celso
                # Amorim.": the name in apposition after the title
                om = _OF_PLACE.match(text, m.end, e)
                after = om.end() if om is not None else m.end
                n = self.mentions.get(after + 2) if text.startswith(", ", after) else None
                if n is not None and n.kind == "name":
                    m = n
            if m is None or not (
                _SENTENCE_TAIL.fullmatch(text, m.end, e) or _COMMA_AFTER.match(text, m.end, e)
            ):
                return None
        if m.kind not in ("name", "title"):
            return None
        people, method, side = self._resolve(m)
        if not people:
            return None
        return _Attr(
            s,
            e,
            kind="joint" if len(people) > 1 else "speech",
            speakers=people,
            method=method,
            cue="according to",
            confidence=0.8,
            side=side,
            own=True,
        )

    def _unknown_titled(self, s: int, e: int) -> _Attr | None:
        """ "The Prime Minister raised ..." where the title means no one the text names (Downing
        Street's own Prime Minister): someone unknown spoke, so the "He reiterated ..." after it
        is not the speaker before."""
        m = self._mention_at(s, e)
        if m is None or m.kind != "title" or self._resolve(m)[0]:
            return None
        vb = verb_after(self.text, m.end, e)
        if vb is None or vb[0] not in SPEECH_FORMS:
            return None
        self.last_single = None
        self.last_joint = ()
        return _Attr(s, e, mode="indirect", actor=())

    def _lower_title(self, s: int, e: int) -> _Attr | None:
        """News agencies write a title alone in lower case: "The Qatari prime minister said
        ...". With a nationality, that country's holder of the role speaks; without one, the
        one party holding it (:meth:`_news_title`). When no one, or more than one, fits, the
        speaker is unknown, and the "He said ..." after it is not the speaker before (who
        would be someone else)."""
        found = self._lower_title_subject(s, e)
        if found is None:
            return None
        a = found[0]
        if not a.speakers:
            self.last_single = None
            self.last_joint = ()
            return a
        self._remember(a)
        return a

    def _lower_title_subject(self, s: int, e: int) -> tuple[_Attr, int] | None:
        """:meth:`_lower_title`'s reading of ``text[s:e]`` and where its verb ends, with no
        effect on who spoke last: an attribution with no speakers when no one fits."""
        m = _LOWER_TITLE_SUBJECT.match(self.text, s, e)
        if m is None:
            return None
        vs, ve = m.span("verb")
        if _is_deed(m.group("verb"), self.text, ve, e):
            return None  # "The prime minister presented a bouquet to ...": a deed
        if m.group("verb") not in SPEECH_FORMS:
            # "The Chinese president went on to say ...": the verb it went on to
            vb = verb_after(self.text, vs - 1, e) if m.group("verb") == "went" else None
            if vb is None or vb[0] not in SPEECH_FORMS:
                return None
            vs, ve = vb[1], vb[2]
        country = DEMONYMS.get(m.group("dem") or "")
        org = ORGANIZATIONS.get(m.group("org") or m.group("opre") or "")
        role = _ROLE_BY_LOWER[m.group("role")]
        # as at the end of a sentence: "The prime minister said ..." is the one party
        # holding the role, and no one when another party fits as well
        if role == _ORG_HEAD:
            heads = [q for q in self.principals if org and q.organization == org]
            p = heads[0] if len(heads) == 1 else None
        else:
            p = (
                self.resolve_title(role, country, org)
                if org
                else self._news_title(role, m.group("dem"))
            )
        if m.group("visiting"):  # "the visiting minister": the guest, when the text tells
            p = self._visit_party(True, country) or p
        if p is None:
            return _Attr(s, e, mode="indirect", actor=()), ve
        people: tuple[_Person, ...] = (p,)
        if m.group("role2"):
            q = self._news_title(_ROLE_BY_LOWER[m.group("role2")], None)
            if q is None or q is p:
                return _Attr(s, e, mode="indirect", actor=()), ve
            people = (p, q)
        a = _Attr(
            s,
            e,
            kind="joint" if len(people) > 1 else "speech",
            speakers=people,
            method="joint" if len(people) > 1 else "title",
            cue=cue_phrase(self.text, vs, ve, e),
            confidence=0.7,
            own=True,
        )
        a.verb_end = ve
        return a, ve

    def _as_aside(self, s: int, e: int) -> _Attr | None:
        """The speaker a parenthetical ", as X made clear/noted/said," names for its sentence."""
        text = self.text
        c = text.find(", as ", s, e)
        while c >= 0:
            m = self._mention_at(c + 5, e)
            if m is not None and (
                m.kind in ("name", "title", "joint")
                or (m.kind == "pronoun" and m.word in ("he", "she", "they"))
            ):
                vm = _AS_ASIDE_VERB.match(text, m.end, e)
                verb = vm.group("verb") if vm is not None else ""
                if (
                    vm is not None
                    and verb in SPEECH_FORMS
                    and not meeting_phrase_at(text, vm.start("verb"))
                    and not _is_deed(verb, text, vm.end("verb"), e)
                ):
                    people, method, side = self._resolve(m)
                    if people:
                        joint = len(people) > 1
                        return _Attr(
                            s,
                            e,
                            kind="joint" if joint else "speech",
                            speakers=people,
                            method="joint" if joint else method,
                            cue=cue_phrase(text, vm.start("verb"), vm.end("verb"), e),
                            confidence=0.8,
                            side=side,
                            own=True,
                        )
            c = text.find(", as ", c + 5, e)
        return None

    def _main_subject(self, s: int, e: int) -> tuple[_Attr, int] | None:
        """The speaker of the main clause after an opening subordinate clause, when a comma
        closes that clause within a few hundred characters and a reporting subject follows."""
        text = self.text
        lim = min(e, s + 400)
        c = text.find(",", s, lim)
        for _ in range(3):
            if c < 0:
                return None
            at = c + 1 + (1 if text[c + 1 : c + 2] == " " else 0)
            res = self.subject_at(at, e)
            if res is not None and res[0].kind != "narrative" and res[0].speakers:
                pm = self.mentions.get(at)
                if pm is not None and pm.kind == "pronoun" and pm.word in ("he", "she"):
                    res = self._pronoun_named_in_clause(res, s, c)
                return res
            c = text.find(",", c + 1, lim)
        return None

    def _pronoun_named_in_clause(
        self, res: tuple[_Attr, int], s: int, c: int
    ) -> tuple[_Attr, int] | None:
        """ "When President X started the war, he thought ...": the pronoun after an opening
        clause whose subject is a named person is that person. A party of the meeting speaks;
        anyone else is the writer's account of them, which leaves the sentence to the fallbacks."""
        sub = _SUBORDINATE.match(self.text, s, c)
        m = self._mention_at(sub.end(), c) if sub is not None else None
        if m is None or m.kind != "name" or len(m.persons) != 1 or m.superior:
            return res  # the clause's subject is not a named person: the pronoun looks back
        person = m.persons[0]
        if person in self.principals or person in self.present:
            res[0].speakers = (person,)
            self.last_single = person
            return res
        return None

    def _actor(self, s: int, e: int) -> tuple[_Person, ...] | None:
        """Who a sentence without a reporting verb opens on: the people a name, title or joint
        subject resolves to, () for a person the text does not let us identify ("Dr. Currie"),
        None when its subject is no person ("U.S. funding", "It", "Russia")."""
        text = self.text
        pos = s
        while pos < e and text[pos] in "\"“‘'( *_":
            pos += 1
        if _LEAD_PHRASE.match(text, pos, e) or _INTRO_PP.match(text, pos, e):
            c = text.find(",", pos, min(e, pos + 120))
            if c < 0:
                return None
            pos = c + 1
            while pos < e and text[pos] in ' "“':
                pos += 1
        m = self._mention_at(pos, e)
        if m is not None and m.kind in ("name", "title", "joint"):
            if _PASSIVE_AFTER.match(text, m.end, e):
                return None  # "The President of France was asked to ...": not the actor
            return self._resolve(m)[0]
        if m is not None:
            return None
        rm = _RUN.match(text, pos, e)
        if rm is None:
            return None
        words = [
            (t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(text, rm.start(), rm.end())
        ]
        info = self.parse_run(words)
        if info is None or not info.name_tokens:
            return None
        person_like = (
            info.role is not None
            or _clean(words[0][0]).rstrip(".") in _PERSON_HONORIFICS
            or (len(info.name_tokens) >= 2 and info.start == words[0][1])
        )
        if not person_like or not _ACTOR_NEXT.match(text, rm.end(), e):
            return None
        return ()

    def _agent(self, pos: int, end: int) -> _Attr | None:
        """The agent of a passive right after its verb: "The situation in Mali was also raised
        by the French President", "... was noted by both sides"."""
        am = _BY_AGENT.match(self.text, pos, end)
        if am is None:
            return None
        # (a lower-case title too: "This was valued by the US president")
        m = self._mention_at(am.end(), end)
        if m is None or m.kind in ("pronoun", "country"):
            return None
        people, method, side = self._resolve(m)
        cm = _AND_AGENT.match(self.text, m.end, end)
        if cm is not None and people:
            m2 = self.mentions.get(cm.end())
            if m2 is not None and m2.kind in ("name", "title"):
                people = tuple(dict.fromkeys(people + self._resolve(m2)[0]))
                method = "joint"
        if not people:
            return None
        kind = "joint" if len(people) > 1 else "speech"
        return _Attr(
            pos,
            end,
            kind=kind,
            speakers=people,
            method=method,
            side=side,
            own=True,
            confidence=0.8,
        )

    def _next_break(self, pos: int, lim: int, dashes: bool) -> int:
        """The next comma (or, after a lead-in phrase, dash) in [pos, lim), else -1."""
        if not dashes:
            return self.text.find(",", pos, lim)
        m = _BREAK.search(self.text, pos, lim)
        return m.start() if m else -1

    def _trailing(self, s: int, e: int) -> _Attr | None:
        """ "..., President Xi said." / "..., he added." / "..., said the Secretary." at the end.

        A trailing title ("..., the prime minister said.", "..., said the Federal Chancellor.")
        is whom the title means as a subject; when it means no one, someone unknown spoke, and
        the sentence is returned without a speaker so that it takes no one else's. A title
        attributes its own sentence only, as it did when read as the subject of the clause
        after the comma: the sentences before it stay the writer's."""
        text = self.text
        if (
            text.find(",", s, e) < 0
            and text.find('"', s, e) < 0
            and text.find("”", s, e) < 0
            and text.find("’", s, e) < 0
        ):
            # every trailing pattern starts on a comma or a closing quotation mark, and most
            # sentences have neither: their searches would fail at every position in turn
            return None
        cue_end = e
        if (am := _ADDING.search(text, s, e)) is not None:
            cue_end = am.start()
        elif (q := max(text.rfind("”", s, e), text.rfind('"', s, e))) > s and (
            gm := _GERUND_AFTER.search(text, q, e)
        ) is not None:
            cue_end = gm.start()  # '"Together," Biden reiterated, hinting at ...'
        ws = max(s, cue_end - 180)
        tail = text[ws:cue_end]
        m = (
            _TRAIL.search(tail)
            or _TRAIL_INV.search(tail)
            or (_TRAIL_QUOTED.search(tail) if "quoted" in tail else None)
        )
        if not m:
            return None
        subj_start = ws + m.start("subj")
        subj_end = ws + m.end("subj")
        res_m = self.mentions.get(subj_start)
        possessive = (
            res_m is not None
            and text.startswith(("'s ", "’s "), res_m.end)
            and not _OFFICE.fullmatch(text, res_m.end, subj_end)  # ("Smith's office said")
        )
        if (res_m is None or possessive) and (
            m.re is _TRAIL_INV or possessive or text.startswith(_PARTICLES, subj_start)
        ):
            # ("..., Zuma's spokesman Bongani Ngqulunga said": not Zuma)
            # "..., said Presidency spokesperson Jo Roe": the name that ends the subject
            res_m = next(
                (
                    mm
                    for at in range(subj_start + 1, subj_end)
                    if (mm := self.mentions.get(at)) is not None
                    and mm.kind in ("name", "title")
                    and mm.end >= subj_end - 1
                ),
                None,
            )
            if res_m is not None:
                subj_start = res_m.start
        if res_m is None and (pm := _POSS_TITLE_TRAIL.fullmatch(text, subj_start, subj_end)):
            res_m = Mention(
                subj_start,
                subj_end,
                "title",
                word=pm.group("role"),
                country=COUNTRIES.get(pm.group("cty") or ""),
                organization=ORGANIZATIONS.get(pm.group("org") or ""),
            )
        people: tuple[_Person, ...] = ()
        side = None
        titled = True
        if text.startswith("the", subj_start) and (res_m is None or res_m.kind != "title"):
            # only a title follows "the" ("the statement said" names no speaker); in lower
            # case, news copy's, it is no house style for the publisher's own principal
            lm = _LOWER_TITLE_TRAIL.fullmatch(text, subj_start, subj_end)
            if lm is None:
                return None
            p = self._lower_trail_person(lm)
            if p is None:
                p = self._same_holder(lm, m.group("verb"), s)
            if p is None:
                return _Attr(s, e, own=True, actor=())
            people = (p,)
        elif res_m is None or (
            res_m.end < subj_end - 1
            and not (
                res_m.kind in ("name", "title") and _OFFICE.fullmatch(text, res_m.end, subj_end)
            )
        ):
            return None
        else:
            people, _method, side = self._resolve(res_m)
            titled = res_m.kind == "title"
            if not people and titled:
                return _Attr(s, e, own=True, actor=())
        if not people:
            return None
        kind = "joint" if len(people) > 1 else "speech"
        return _Attr(
            s,
            e,
            kind=kind,
            speakers=people,
            method="trailing",
            cue=m.group("verb"),
            confidence=0.9,
            side=side,
            own=True,
            trailing=not titled,
        )

    def _same_holder(self, lm: re.Match[str], verb: str, s: int) -> _Person | None:
        """Whom a title both parties hold means where the text leaves no doubt: the last
        speaker, when he holds it and either "added" ('"...," the president added') or a
        quotation opening its paragraph follows his paragraph ('"...," said the president')."""
        last = self.last_single
        if last is None or last not in self.principals or lm.group("dem"):
            return None
        role = _ROLE_BY_LOWER[lm.group("role")]
        if role in (_ANY_OFFICE, _ORG_HEAD) or not _holds_role(last.roles, role):
            return None
        if verb in ("added", "adds", "continued"):
            return last
        text = self.text
        q = text.rfind("\n", 0, s) + 1  # where the paragraph starts
        # the quotation opens the paragraph and runs, unbroken, to this sentence
        if text[q : q + 1] in _OPENING_QUOTES and _CLOSE_QUOTES.search(text, q + 1, s) is None:
            return last
        return None

    def _lower_trail_person(self, lm: re.Match[str]) -> _Person | None:
        """Whom a :data:`_LOWER_TITLE_TRAIL` match means: the guest for "the visiting
        minister", else :meth:`_news_title`'s holder of the title."""
        p = (
            self._visit_party(True, DEMONYMS.get(lm.group("dem") or ""))
            if lm.group("visiting")
            else None
        )
        return p or self._news_title(_ROLE_BY_LOWER[lm.group("role")], lm.group("dem"))

    def _news_title(self, role: str, demonym: str | None) -> _Person | None:
        """Whom a title news copy writes in lower case means ("the Chinese president", "the
        prime minister"): with a nationality, that country's holder; without one, the one
        party who holds the role (or, when no party is given a title, the one with none),
        and no one when another party fits it as well."""
        country = DEMONYMS.get(demonym or "")
        if role == _ANY_OFFICE:
            # without a nationality, "The diplomat also expressed ..." refers back, as "he" does
            return self.principal_of(country) if country else self.last_single
        if role in HONORIFIC_ROLES:  # "the monarch": the one party a royal title fits
            return self.resolve_title(role, country)
        p = self.resolve_title(role, country)
        if p is None or country is not None or role.lower() in ("counterpart", "interlocutor"):
            return p
        held = _holds_role(p.roles, role)
        for q in self.principals:
            if q is not p and (
                _holds_role(q.roles, role) if held else (not q.roles and q.country is None)
            ):
                return None
        return p

    def _remember(self, a: _Attr) -> None:
        if a.relayer is not None:
            self.last_single = a.relayer
            if a.kind == "joint":
                self.last_joint = a.speakers
        elif a.kind in ("speech",) and len(a.speakers) == 1:
            self.last_single = a.speakers[0]
            self._named_at = a.start if a.method == "explicit_name" else -1
        elif a.kind == "joint" and a.speakers:
            self.last_joint = a.speakers
        elif a.kind == "narrative" and a.own:
            # "President Biden spoke with X. He emphasized ..." : the narrative subject counts
            m = self.mentions.get(a.start)
            if m is not None and m.kind == "name" and len(m.persons) == 1:
                self.last_single = m.persons[0]

    def _quotation_before(self, attrs: list[_Attr], i: int, nxt: list[_Attr | None]) -> None:
        """'"Thank you for coming. We are delighted," the President said.': a trailing title
        closing a quotation also speaks the sentences of the quotation before it, back to the
        one that opened it; when no sentence opened it, it speaks none of them."""
        text = self.text
        for j in range(i - 1, -1, -1):
            b = attrs[j]
            if b.own or b.kind == "boilerplate":
                return
            inner = _CLOSE_QUOTES.search(text, b.start + 1, b.end)
            if text[b.start] in _DOUBLE_OPEN and inner is None:
                for k in range(j, i):
                    nxt[k] = attrs[i]
                return
            if inner is not None or text[b.start] in _DOUBLE_OPEN:
                return

    def _quotation_said_this(self, attrs: list[_Attr], i: int) -> None:
        """ "'Rome becomes the capital of peace. I received ...'. Minister X wrote this on
        social media.": a quotation the next sentence says someone said is theirs, back to
        the sentence that opened it (Italian agencies' house style)."""
        text = self.text
        for j in range(i - 1, max(-1, i - 8), -1):
            b = attrs[j]
            if b.speakers or b.kind == "boilerplate":
                return
            at = self.after_dateline.get(b.start, b.start)
            if text[at] in _OPENING_QUOTES:
                for k in range(j, i):
                    self._copy(attrs[k], attrs[i], "trailing")
                    attrs[k].mode = "direct"
                return
            if j < i - 1 and _CLOSE_QUOTES.search(text, b.start, b.end):
                return

    def _inherit(self, attrs: list[_Attr]) -> None:
        """Fill sentences without their own speaker from a later trailing attribution in the
        paragraph (when nothing explicit intervenes) or from the previous speaker."""
        n = len(attrs)
        nxt: list[_Attr | None] = [None] * n
        ahead: _Attr | None = None
        text = self.text
        closers: list[int] = []
        for i in range(n - 1, -1, -1):
            a = attrs[i]
            nxt[i] = ahead
            if a.trailing:
                # '"...," X said.' attributes its own quotation, not the sentences before it
                ahead = None if text[a.start] in _DOUBLE_OPEN else a
            elif a.own and a.pending is None and a.kind != "boilerplate":
                ahead = None
                if (
                    a.method == "trailing"
                    and text[a.start] not in _DOUBLE_OPEN
                    and _CLOSE_QUOTES.search(text, a.start, a.end)
                ):
                    closers.append(i)
        for i in closers:
            self._quotation_before(attrs, i, nxt)
        for i in range(1, n):
            a = attrs[i]
            if (
                a.own
                and a.kind == "speech"
                and len(a.speakers) == 1
                and _ends_quotation(text, attrs[i - 1])  # (the cheap test first)
                and _SAID_THIS.match(text, a.start, a.end) is not None
            ):
                self._quotation_said_this(attrs, i)
        prev: _Attr | None = None
        quotes = _QuoteDepth(text, attrs[0].start if attrs else 0)
        for i, a in enumerate(attrs):
            if a.kind == "boilerplate":
                continue
            tr = nxt[i]
            meeting_fact = self.meeting_sentence is not None and a.end == self.meeting_sentence[1]
            if a.pending == "country":
                if tr is not None:
                    self._copy(a, tr, "trailing")
                elif prev is not None and prev.speakers and prev.kind in ("speech", "joint"):
                    side = a.side
                    self._copy(a, prev, "continuation")
                    own = self.principals_of(side) if side else ()
                    if prev.kind == "joint" and own and set(own) < set(prev.speakers):
                        # "They discussed X. The United States committed to Y.": after a joint
                        # statement, a country subject is that side's principal alone
                        a.speakers = own
                        a.kind = "joint" if len(own) > 1 else "speech"
                        a.method = "side"
                        a.side = side
                elif not a.speakers:
                    a.kind = "narrative"
                a.pending = None
            elif a.pending is not None:  # "passive" or "mutual"
                if tr is not None and a.pending == "passive":
                    self._copy(a, tr, "trailing")
                elif tr is not None and quotes.open_at(a.start):
                    # '“... to implement the agreements that were reached. We ...,” X said.':
                    # inside a quotation, an agreement reached is what its speaker says of it
                    self._copy(a, tr, "trailing")
                    a.mode = "direct"
                a.pending = None
            elif (
                not a.own
                and prev is not None
                and prev.speakers
                and prev.kind == "speech"
                and quotes.open_at(a.start)
            ):
                # 'X struck a cordial tone: “I'm grateful to Y … Secretary Z and to all ...':
                # a sentence inside the quotation the previous one opened is the same voice's,
                # whatever names it holds
                self._copy(a, prev, "continuation")
                a.mode = "direct"
            elif not a.own:
                # "WASHINGTON -- X met Y. ..., X said.": the meeting sentence is no one's words
                if tr is not None and not meeting_fact:
                    self._copy(a, tr, "trailing")
                elif a.actor is not None and (
                    prev is None or not a.actor or not set(a.actor) & set(prev.speakers)
                ):
                    prev = None  # "Dr. Currie, the ..., briefed ...": someone else acts
                    continue
                elif (
                    prev is not None
                    and prev.speakers
                    and prev.kind in ("speech", "joint", "implicit")
                    and not (
                        not self.labels
                        and a.mode != "direct"
                        and _FIGURE.search(self.text, a.start, a.end)
                    )
                    and not self._third_person(a, prev)
                ):
                    self._copy(a, prev, "continuation")
            if a.kind != "narrative" or a.own:
                prev = a if a.speakers else (None if a.own else prev)

    def _third_person(self, a: _Attr, prev: _Attr) -> bool:
        """A readout sentence naming the previous speaker by name or title ("This is the eighth
        package authorized by President X since he signed ...") is the writer's, not X's."""
        if self.labels or a.mode == "direct" or a.actor is not None:
            return False
        for pos in range(a.start + 1, a.end):
            m = self.mentions.get(pos)
            if m is None or m.kind not in ("name", "title"):
                continue
            people = self._resolve(m)[0]
            if not set(people) & set(prev.speakers):
                continue  # "Under the leadership of President Y, ...": praise, still X's
            # "..., and so the President urged ...": a reporting clause, not the writer's
            return self.subject_at(pos, a.end) is None
        return False

    @staticmethod
    def _copy(a: _Attr, src: _Attr, method: str) -> None:
        a.kind = src.kind
        a.speakers = src.speakers
        a.method = method
        a.side = src.side
        a.confidence = max(0.5, src.confidence - 0.1)
        a.cue = None


class _QuoteDepth:
    """Whether a curly double quotation is open at a position, asked at positions that only
    grow: each character is read once however many sentences a paragraph has. Straight quotes
    cannot tell opening from closing, and are left alone."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos, self.depth = text, start, 0

    def open_at(self, end: int) -> bool:
        if end > self.pos:
            text, depth = self.text, self.depth
            i = text.find("“", self.pos, end) if depth == 0 else self.pos
            if i < 0:
                i = end
            for c in text[i:end]:
                if c == "“":
                    depth += 1
                elif c == "”" and depth:
                    depth -= 1
            self.pos, self.depth = end, depth
        return self.depth > 0


def _lead_in_tail(head: str) -> bool:
    """Whether ``head``, the words before a name and colon, ends as a sentence leading in to
    the name (a preposition, "and", a verb in the past, a possessive) rather than as a heading,
    or ends in a capitalised word: the label would then start inside a name ("with President |
    Donald Trump:"), while a heading's last word is a lowercase noun ("talks", "correspondent")."""
    word = head.rsplit(None, 1)[-1]
    return (
        word[:1].isupper()
        or word in _LEAD_IN_TAIL
        or word in _IRREGULAR_PAST
        or (word.endswith("ed") and len(word) > 3)
        or word.endswith(("'s", "’s"))
    )


#: the names of one office: news copy calls a prime minister "the Premier" or "the PM", and
#: a foreign minister "the FM" or "the Minister of Foreign Affairs"
_OFFICE_NAMES = (
    ("Prime Minister", "Premier", "PM"),
    ("Emir", "Amir"),
    ("Secretary General", "Secretary-General"),
    (
        "Foreign Minister",
        "Minister of Foreign Affairs",
        "Minister for Foreign Affairs",
        "Foreign Affairs Minister",
        "External Affairs Minister",
        "Minister of External Affairs",
        "FM",
        "EAM",
    ),
)
_ABBR_ROLE_AND = re.compile(r"(?:PM|FM|EAM)(?=\s+and\s+[A-Z])")
_SAME_OFFICE = {
    name: tuple(other for other in names if other != name)
    for names in _OFFICE_NAMES
    for name in names
}


#: one office written in the plural, and the titles its holders are given
_FOREIGN_ROLES = (
    "Foreign Minister",
    "Minister of Foreign Affairs",
    "Minister for Foreign Affairs",
    "External Affairs Minister",
    "Foreign Secretary",
    "Secretary of State",
)
_DEFENCE_ROLES = (
    "Defence Minister",
    "Defense Minister",
    "Minister of Defence",
    "Minister of Defense",
    "Minister for Defence",
    "Secretary of Defense",
    "Defence Secretary",
)
_PLURAL_ROLES = {
    "prime ministers": ("Prime Minister",),
    "pms": ("Prime Minister",),
    "presidents": ("President",),
    "secretaries": ("Secretary",),
    "foreign ministers": _FOREIGN_ROLES,
    "fms": _FOREIGN_ROLES,
    "top diplomats": _FOREIGN_ROLES,
    "defence ministers": _DEFENCE_ROLES,
    "defense ministers": _DEFENCE_ROLES,
    "finance ministers": ("Finance Minister", "Minister of Finance", "Minister for Finance"),
    "trade ministers": ("Trade Minister", "Minister of Trade", "Minister for Trade"),
}
_PLURAL_ROLE = re.compile(r"\b(?:top diplomats|(?:\w+ )?ministers|presidents|secretaries|pms|fms)$")
_COUNTS = {"two": 2, "three": 3, "four": 4}


@functools.lru_cache(maxsize=256)
def _plural_roles(phrase: str) -> tuple[str, ...]:
    """The titles of the one office a joint phrase names ("the two defence ministers"), or
    none for a phrase naming no office ("the two leaders", "the ministers")."""
    m = _PLURAL_ROLE.search(phrase.lower())
    return _PLURAL_ROLES.get(m.group(0), ()) if m is not None else ()


def _count_in(phrase: str) -> int | None:
    """The number a joint phrase gives ("the three ministers"), if any."""
    return next((n for w, n in _COUNTS.items() if f" {w} " in f" {phrase.lower()} "), None)


def _holds_any(roles: Iterable[str], wanted: tuple[str, ...]) -> bool:
    return any(_holds_role(roles, r) for r in wanted)


def _holds_role(roles: Iterable[str], role: str) -> bool:
    """Whether one of ``roles`` is ``role`` or a kind of it ("Foreign Minister" for "Minister",
    "President of Russia" for "President"), not a deputy's or an aide's. A title news copy
    abbreviates ("Chinese FM Wang Yi") is the title written out."""
    return any(
        r == role
        or r.startswith(role + " ")
        or (
            r.endswith(" " + role)
            and not r.startswith(("Vice", "Deputy", "Under", "Assistant"))
            and " to the " not in r  # "Aide to the President" is no President
        )
        for r in (_ROLE_ABBREVIATIONS.get(r, r) for r in roles)
    )


_ROLE_ABBREVIATIONS = {
    "FM": "Foreign Minister",
    "PM": "Prime Minister",
    "EAM": "External Affairs Minister",
}


def _is_party_country(title: str, country: str) -> bool:
    """True when the title names the country as a party ("U.S.-China talks"), not a sea
    ("Marcos, Widodo discuss South China Sea")."""
    return _names_country(title, country) > 0 or any(
        d in title for d, c in DEMONYMS.items() if c == country and len(d) > 2
    )


#: what makes a country's name part of a place's: "South China Sea", "Korea Strait"
_WATERS_AFTER = re.compile(r"\s+(?:Sea|Ocean|Strait|Gulf|Bay|Basin)\b")


def _names_country(text: str, country: str) -> int:
    """How many times ``text`` names ``country`` itself, not as part of a sea's name."""
    n = 0
    i = text.find(country)
    while i >= 0:
        end = i + len(country)
        n += _WATERS_AFTER.match(text, end) is None
        i = text.find(country, end)
    return n


#: function words that open a run without being part of the mention ("The", "In")
_ALIAS_SKIP = frozenset(
    """
    The In On At During After When While As But And For With Under Both Also His Her
    """.split()  # noqa: SIM905
)


def _alias(text: str, rs: int, words: Sequence[tuple[str, int, int]], info: RunInfo) -> str:
    """The mention as written, minus leading function words ("The", "In") and possessives.

    ``words`` are the run's words (as ``_TOKEN`` finds them in the run starting at ``rs``)."""
    start = rs
    for w, ws, _we in words:
        if _clean(w) in _ALIAS_SKIP:
            continue
        start = ws
        break
    return _tidy_alias(text[start : max(info.end, start)])


@functools.lru_cache(maxsize=1 << 16)
def _tidy_alias(alias: str) -> str:
    """A mention as written without its possessive and with single spaces (cached: a name
    recurs in every paragraph, and two regex substitutions cost more than the lookup)."""
    alias = _POSSESSIVE.sub("", alias.strip(" ,:"))
    return _SPACES.sub(" ", alias)


#: the fields of :class:`Statement` :func:`attribute` passes, in the order it passes them
#: (``tests/test_attribution_perf_helpers.py`` checks it against the class)
_STATEMENT_ARGS = (
    "paragraph",
    "start",
    "end",
    "text",
    "kind",
    "speakers",
    "cue",
    "mode",
    "method",
    "confidence",
    "side",
)

#: statement kinds no one speaks: no speakers, no cue
_UNSPOKEN = frozenset({"narrative", "boilerplate"})


_CLOSE_QUOTES = re.compile(r"[”\"]")


def _ends_quotation(text: str, a: _Attr) -> bool:
    """Whether ``a`` ends with a closing quotation mark, before its full stop if any."""
    end = a.end - 1 if text[a.end - 1] == "." else a.end
    return end > a.start and text[end - 1] in _CLOSING_QUOTES


_OPENING_QUOTES = frozenset("\"“‘'")  # («guillemets» arrive as curly marks: parse_article)
_CLOSING_QUOTES = frozenset("\"”’'")
#: "Minister X wrote this on social media", "This was stated by X": the sentence before
#: was X's
_SAID_THIS = re.compile(
    r"(?:[A-Z][\w.’'\- ]{0,80}?\s)?(?:said|wrote|stated|declared|posted|tweeted|stressed|"
    r"underlined|added|emphasi[sz]ed|announced)\s+(?:this|so)\b"
    r"|(?:This|These words)\s+(?:was|were)\s+(?:said|stated|written|posted|declared)\s+by\b"
    r"|So said\b"
)
#: the marks that open a quotation a paragraph can consist of (single marks also open headings)
_DOUBLE_OPEN = frozenset('"“')
_SENTENCE_END = frozenset(".!?…")


def _open_quotation(text: str, para: Paragraph) -> bool:
    """Whether a paragraph opening on a double quotation mark leaves it open: no closing mark
    anywhere in it (a straight mark counts as closing after the first)."""
    return _CLOSE_QUOTES.search(text, para.start + 1, para.end) is None


def _quotation_paragraph(text: str, para: Paragraph) -> bool:
    """Whether a paragraph opening on a double quotation mark is wholly a quotation: it closes
    only at its end, or not at all (news copy opens every paragraph of a quotation that runs
    on and closes only the last), and ends a sentence (a quoted heading does not)."""
    s, e = para.start, para.end
    while e > s and text[e - 1].isspace():
        e -= 1
    if text[s] == "“":
        close = text.find("”", s + 1, e)
        if close == e - 2 and text[e - 1] in _SENTENCE_END:
            return True  # British punctuation: '... as well”.'
        closed = close == e - 1
        if close >= 0 and not closed:
            return False
    else:
        n = text.count('"', s, e)
        closed = n == 2 and text[e - 1] == '"'
        if n > 2 or (n == 2 and not closed):
            return False
    last = e - 1 if closed else e
    while last > s and text[last - 1] in "’'\")":
        last -= 1
    return last > s and text[last - 1] in _SENTENCE_END


def _speaker_names(people: tuple[_Person, ...]) -> tuple[str, ...]:
    """The distinct names of a statement's speakers, in order."""
    if len(people) == 1:
        return (people[0].name,)  # the usual case, without the dict
    return tuple(dict.fromkeys([p.name for p in people]))


def attribute(
    text: str,
    header: Header,
    paragraphs: Sequence[Paragraph],
    *,
    publisher: str | None,
    lede: Paragraph | None,
) -> Result:
    """Attribute every paragraph of an article; return persons, participants and statements."""
    eng = Engine(text, header, paragraphs, publisher, lede)
    attrs = eng.run()
    para_of = {}
    for p in paragraphs:
        para_of[p.start] = p.position
    starts = sorted(para_of)
    statements: list[Statement] = []
    #: everyone a statement is attributed to, in order (an insertion-ordered set)
    speaking: dict[_Person, None] = {}
    for a in attrs:
        s, e = trim(text, a.start, a.end)
        if s >= e:
            continue
        pi = para_of[starts[bisect.bisect_right(starts, s) - 1]]
        kind = a.kind
        speaks = kind not in _UNSPOKEN
        speakers = _speaker_names(a.speakers) if speaks else ()
        if speaks:
            for p in a.speakers:
                speaking.setdefault(p)
        if kind == "joint" and len(speakers) == 1:
            kind = "speech"
        # positional, in the order of :data:`_STATEMENT_ARGS`: a keyword call of the frozen
        # dataclass costs half as much again, for every statement of every article
        statements.append(
            Statement(
                pi,  # paragraph
                s,  # start
                e,  # end
                text[s:e],  # text
                kind,  # type: ignore[arg-type]
                speakers,
                a.cue if speaks else None,  # cue
                a.mode if kind != "boilerplate" else "indirect",  # type: ignore[arg-type]
                a.method if kind != "narrative" else None,  # method
                round(a.confidence, 2),  # confidence
                a.side if speakers else None,  # side
            )
        )
    listed = set(eng.principals) | set(eng.present) | set(speaking)
    if eng.attributed_to is not None:
        listed.add(eng.attributed_to)
    kept = [
        p
        for p in sorted(eng.reg.persons, key=lambda q: q.first)
        if p in listed or not _no_person(p, eng.common)
    ]
    persons = tuple(
        Person(
            name=p.name, country=p.country, organization=p.organization, aliases=tuple(p.aliases)
        )
        for p in kept
    )
    participants: list[Participant] = []
    for p in eng.principals:
        participants.append(Participant(p.name, p.title, p.country, "principal"))
    for p in eng.present:
        participants.append(Participant(p.name, p.title, p.country, "present"))
    listed = set(eng.principals) | set(eng.present)
    for p in speaking:
        if p not in listed:
            participants.append(Participant(p.name, p.title, p.country, "present"))
            listed.add(p)
    for p in kept:
        if p not in listed:
            participants.append(Participant(p.name, p.title, p.country, "mentioned"))
    return Result(
        persons=persons,
        participants=tuple(participants),
        statements=tuple(statements),
        attributed_to=eng.attributed_to.name if eng.attributed_to else None,
        genre=eng.genre(),
    )
