"""Policy-topic taxonomy: loading, validating and matching text against it.

A taxonomy is a TOML file (see ``dipdb/taxonomy.toml``, the shipped one)::

    version = "2026.11.27"          # required; recorded by the database
    # extends = "builtin"          # optional: start from the shipped taxonomy
    # remove = ["quad"]            # optional, only with extends: drop shipped topics

    [[topic]]
    slug = "trade"                 # [a-z0-9-]+, unique
    name = "Trade"
    parent = "economy"             # optional; "" or absent = top level
    description = "One sentence saying what counts."
    include = ["trade", "tariff"]  # phrases that are evidence for the topic
    exclude = ["trade union"]      # phrases that veto an include match they cover
    aliases = ["commerce"]         # other identifiers for the topic (slug syntax)
    weak = ["the crisis"]          # optional: evidence only when a cue phrase is also present
    cue = ["Russia", "Moscow"]     # optional: context phrases for ``weak`` (never evidence alone)
    anaphora = ["the conflict"]    # optional: back-references that carry the topic's subtree over
    fallback = ["partners"]        # optional: evidence only in a text with no other evidence

A file with ``extends = "builtin"`` adds topics to the shipped taxonomy or overrides shipped
topics by slug: only the keys the user topic gives replace the shipped values (so a user can, say,
add exclude phrases without restating the includes). Its effective version is
``"<shipped version>+<user version>"``. A file without ``extends`` replaces the shipped taxonomy.

Phrase rules (how one phrase matches text):

* Word boundaries always: a phrase matches only where it is not preceded or followed by a letter
  or digit ("SCO" never in "disco", "EU" never in "Europe", "trade" never in "trademark").
  Possessives are fine ("Taiwan's", "NATO's").
* Case: a phrase containing any capital letter ("SCO", "G-20", "Quad", "Olympic Games") matches
  case-sensitively; an all-lowercase phrase matches in any case ("taiwan" matches "TAIWAN").
  Write proper names in lowercase unless the lowercase form is an ordinary word ("Quad"/"quad").
* Separators: a space in a phrase matches any whitespace run or a hyphen/dash; a hyphen matches a
  hyphen/dash, whitespace, or nothing ("non-proliferation" also matches "nonproliferation" and
  "non proliferation"; "people-to-people" matches "people to people"; "G-20" matches "G20").
  An apostrophe matches ``'`` or ``’``. Other punctuation is literal.
* Inflection: no stemming. The only automatic variant is the English plural of a phrase whose last
  character is a lowercase letter: ``+s``, ``+es`` and consonant-``y`` -> ``-ies`` ("sanction"
  matches "sanctions", "democracy" matches "democracies"). Every other form ("trading",
  "sanctioned") must be listed explicitly.
* Exclude phrases follow the same rules; an include match is vetoed when an exclude phrase of the
  same topic matches a span that covers it ("quad bike" vetoes "Quad").
* Meeting clauses: the words from a meeting verb followed by "with" ("met today with", "spoke
  by phone with", "had a telephone conversation with") to where the purpose begins ("to
  discuss", "about", "during which", "on <topic>") report who met whom, when and where, and
  veto every match inside them, for every topic, as an exclude would: in "Biden met with
  President Saleh of Iraq on the sidelines of the UN General Assembly to discuss energy",
  only "energy" is evidence.
* Contextual phrases: a ``weak`` phrase is evidence only when one of the topic's ``cue`` phrases
  also matches somewhere in the same text (the statement), not covered by an exclude ("the
  conflict" counts for ukraine only next to "Russia"). Cues alone are never evidence; excludes veto
  weak matches as they veto includes. Topics without ``cue`` must not give ``weak`` and vice versa.

* Carry-over (``Taxonomy.match_statements``, statements of one document in order): a statement
  that has no evidence in the subtree of a topic with ``anaphora`` but contains one of its anaphors
  inherits the subtree topics of the nearest earlier statement of the same paragraph that has
  any, with the anaphor as evidence. There, too, in a statement with no evidence in such a subtree,
  an all-lowercase ``weak`` phrase ("war") counts without a cue when its topic was tagged earlier
  in the paragraph; capitalised weak phrases (names) always need a cue in the statement.
  ``Taxonomy.match`` looks at one text alone.
* Fallback phrases: generic words of a topic ("partners", "allies", "cooperation" for
  bilateral-relations) are evidence only in a text that has no other evidence at all, own or
  carried over. A sentence that names nothing more specific than "our partners" is about the
  relationship; in "our partners in clean energy" the sector is the topic. Excludes veto fallback
  matches too, and fallback tags are not carried over (they are the weakest evidence there is).

``Taxonomy.match`` reports at most one ``TopicMatch`` per topic, its first (leftmost, then longest)
unvetoed evidence; it does not add ancestors (use ``Taxonomy.ancestors`` to roll up).

Matching (``_Matcher``) is one scan per document with a single compiled trie-shaped regular
expression over all its texts, which finds every position where some phrase may start (no nested
quantifiers, so no catastrophic backtracking), then one regex call there that reports every phrase
sharing that position's first characters that matches, with its end.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import os
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dipdb.article import TopicMatch

__all__ = ["Taxonomy", "TaxonomyError", "Topic", "load_taxonomy"]

ENV_VAR = "DIPDB_TAXONOMY"
BUILTIN = "builtin"

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOPIC_KEYS = frozenset(
    {
        "slug",
        "name",
        "parent",
        "description",
        "include",
        "exclude",
        "aliases",
        "weak",
        "cue",
        "anaphora",
        "fallback",
    }
)
_LIST_KEYS = ("include", "exclude", "aliases", "weak", "cue", "anaphora", "fallback")
_PHRASE_KEYS = ("include", "exclude", "weak", "cue", "anaphora", "fallback")
# Phrase roles inside the matcher (index into the per-topic span lists); _LOWWEAK are the
# all-lowercase weak phrases (common nouns such as "the war", which can refer back).
_INC, _EXC, _WEAK, _CUE, _ANA, _LOWWEAK, _FALL = range(7)
_FILE_KEYS = frozenset({"version", "extends", "remove", "topic"})

# Regex fragments for the separators inside a phrase (single character classes with one
# quantifier each, so matching stays linear).
_SEPS = r"[\s\u00a0\-\u2010-\u2014]"
_SPACE_SEP = _SEPS + "+"  # phrase " "
_HYPHEN_SEP = _SEPS + "*"  # phrase "-"
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_APOS = r"['\u2019]"
_VOWELS = frozenset("aeiou")


class TaxonomyError(ValueError):
    """The taxonomy file is invalid. ``str(err)`` is one line naming the file and the problem."""


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    parent: str | None = None
    description: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    cue: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Phrase compilation


def _phrase_atoms(phrase: str) -> list[str]:
    """Split a phrase into regex atoms: one per character, separators and apostrophes mapped."""
    atoms: list[str] = []
    for ch in phrase:
        if ch.isspace():
            if atoms and atoms[-1] == _SPACE_SEP:
                continue
            if atoms and atoms[-1] == _HYPHEN_SEP:  # "x - y": treat as one separator
                atoms[-1] = _SPACE_SEP
                continue
            atoms.append(_SPACE_SEP)
        elif ch in _DASHES:
            if atoms and atoms[-1] in (_SPACE_SEP, _HYPHEN_SEP):
                atoms[-1] = _SPACE_SEP
                continue
            atoms.append(_HYPHEN_SEP)
        elif ch in "'\u2019":
            atoms.append(_APOS)
        else:
            atoms.append(re.escape(ch))
    return atoms


def _is_case_sensitive(phrase: str) -> bool:
    return any(ch.isupper() for ch in phrase)


def _pattern_atoms(phrase: str) -> list[str]:
    """Regex atoms for a phrase, the last one carrying the automatic plural (see module doc)."""
    atoms = _phrase_atoms(phrase)
    last = phrase[-1]
    if last.isalpha() and last.islower():
        if last == "y" and len(phrase) >= 2 and phrase[-2].isalpha() and phrase[-2] not in _VOWELS:
            atoms[-1] = "(?:y|ies)"
        else:
            atoms.append("(?:e?s)?")
    return atoms


def _phrase_regex(phrase: str) -> str:
    return r"(?<!\w)" + "".join(_pattern_atoms(phrase)) + r"(?!\w)"


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """One regex matching any of the atom sequences, shaped as a trie (shared prefixes merged)."""
    end = object()
    root: dict[Any, Any] = {}
    for seq in sequences:
        node = root
        for atom in seq:
            node = node.setdefault(atom, {})
        node[end] = True

    def emit(node: dict[Any, Any]) -> str:
        alts = [atom + emit(child) for atom, child in node.items() if atom is not end]
        if end in node:
            alts.append(r"(?!\w)")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root) if root else r"(?!)"


_KEY_LEN = 4
_KEY_RE = re.compile(rf"[^\W_]{{1,{_KEY_LEN}}}")
_CANDIDATE_CACHE = 50_000  # distinct text heads remembered by _Matcher._candidates


def _key(s: str) -> str:
    """Lookup key for the candidate phrases at a position: first <=4 word chars, lowercased."""
    m = _KEY_RE.match(s)
    return m.group(0).lower() if m else ""


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (characters whose lowercase is longer are kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _lowered_atom(atom: str) -> str:
    """What a case-sensitive phrase's atom looks like in ``_lower``'s output. ``str.lower`` maps
    every character on its own except capital sigma, which becomes final or medial sigma
    depending on its neighbours; characters with a longer lowercase are kept by ``_lower``."""
    if len(atom) != 1:
        return atom  # an escape, a separator class or a plural group: no cased letters
    if atom == "\u03a3":
        return "[\u03c3\u03c2]"
    low = atom.lower()
    return re.escape(low) if len(low) == 1 else atom


def _prefilter_atoms(phrase: str) -> list[str]:
    """Atoms that match in the lowercased text wherever the phrase matches (lowercased text for
    an all-lowercase phrase, original text for a case-sensitive one). ``\\w`` and ``\\W`` agree
    on a character and its one-character lowercase, so the phrase's word boundaries carry over.
    """
    if not _is_case_sensitive(phrase):
        return _pattern_atoms(phrase.lower())
    return [_lowered_atom(a) for a in _pattern_atoms(phrase)]


def _separator(phrases: Iterable[str]) -> str:
    """A character to join texts with so that no phrase can match across the joint: it is not a
    word character (word boundaries behave as at the end of a text), not whitespace, a dash or
    an apostrophe (no separator atom consumes it), and in no phrase (no literal consumes it)."""
    used = set("".join(phrases))
    for code in range(0x20):
        ch = chr(code)
        if ch not in used and not re.match(rf"[\w{_SEPS[1:-1]}]|{_APOS}", ch):
            return ch
    raise TaxonomyError("phrases use every control character")  # pragma: no cover


# One phrase's owners: the (slug, role) pairs it is an include, exclude, cue ... of.
_Owners = tuple[tuple[str, int], ...]
# slug -> its phrase matches in a text: (role, start, end); roles _INC, _EXC ... _FALL.
_Spans = dict[str, list[tuple[int, int, int]]]
# Phrases checked together (see _Matcher._checks_for): regex, owners by group number, and
# whether the regex runs on the original text (True) or the lowercased one.
_Check = tuple[re.Pattern[str], tuple[_Owners, ...], bool]


def _check(phrases: list[tuple[list[str], _Owners]], sensitive: bool) -> _Check:
    r"""One regex that checks several phrases at one position and reports every one that
    matches there, with its end.

    It walks the phrases' trie (shared prefixes merged) trying every branch: each child is an
    optional lookahead (``(?:(?=atom...)|)``), and where a phrase ends, an optional
    ``(?!\w)`` followed by an empty capturing group records the end. This finds the same end as
    the phrase's own regex because a phrase has at most one way to match at a position: a
    separator run is followed by a literal that cannot be a separator (so only the greedy run
    can work) and, of the plural endings, only the one the text continues with can be followed
    by a word boundary.

    A run of trie nodes with one child each and no phrase ending there is emitted as plain
    atoms inside one lookahead (``(?=abc...)`` rather than ``(?=a(?:(?=b(?:(?=c...``): where
    no group can be set, a failing atom may as well fail the enclosing lookahead, and a
    shorter separator run can only be followed by a separator, which no next atom matches, so
    backtracking finds nothing new. This keeps checks of long shared prefixes ("security ...")
    cheap. The whole regex then fails (no match) where a required first atom does. Likewise
    the children that start with one literal character (at most one of which can match) share
    one alternation, ``(?:a...|b...|)``, placed last so that what it consumes does not matter.
    Neither changes which groups are set: what can fail is group-free, and the rest is optional.
    """
    end = object()
    root: dict[Any, Any] = {}
    for atoms, own in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[end] = node.get(end, ()) + own  # phrases with the same atoms share a group
    owners: list[_Owners] = [()]  # by group number; group 0 (the whole match) owns nothing

    def emit(node: dict[Any, Any]) -> str:
        if len(node) == 1 and end not in node:  # a chain: no phrase ends here
            [(atom, child)] = node.items()
            return atom + emit(child)
        parts = []
        if end in node:
            owners.append(node[end])
            parts.append(r"(?:(?!\w)()|)")
        # children whose atom is one literal character exclude each other: one alternation
        # tries them (the regex engine skips a branch on its first character cheaply); the
        # others (separators, plural endings) are optional lookaheads. Emitted (and so numbered)
        # lookaheads first.
        literal = [atom for atom in node if atom is not end and len(atom) == 1]
        for atom, child in node.items():
            if atom is not end and atom not in literal:
                parts.append(f"(?:(?={atom}{emit(child)})|)")
        if literal:
            parts.append("(?:" + "|".join(atom + emit(node[atom]) for atom in literal) + "|)")
        return "".join(parts)

    return re.compile(r"(?<!\w)" + emit(root)), tuple(owners), sensitive


class _Matcher:
    """Finds every phrase match in texts.

    The texts of a document are lowercased and joined with ``_separator`` (so one regex scan
    serves them all) and scanned once with a trie-shaped regex of every phrase's
    ``_prefilter_atoms``, which reports each position where some phrase may start (the trie has
    no nested quantifiers, so no catastrophic backtracking). There the phrases whose key
    (``_key``) is a prefix of the text's key are checked exactly with one or two regex calls
    (``_check``): all-lowercase phrases in the lowercased text, case-sensitive ones in the
    original text.
    """

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        owners: dict[str, list[tuple[str, int]]] = {}
        for t in topics:
            for role, phrases in (
                (_INC, t.include),
                (_EXC, t.exclude),
                (_WEAK, t.weak),
                (_CUE, t.cue),
                (_ANA, t.anaphora),
                (_FALL, t.fallback),
            ):
                for p in phrases:
                    if role == _WEAK and not _is_case_sensitive(p):
                        owners.setdefault(p, []).append((t.slug, _LOWWEAK))
                    else:
                        owners.setdefault(p, []).append((t.slug, role))
        # key -> its phrases: (regex atoms, owners, case-sensitive)
        self.by_key: dict[str, list[tuple[list[str], _Owners, bool]]] = {}
        for text, own in owners.items():
            sensitive = _is_case_sensitive(text)
            atoms = _pattern_atoms(text if sensitive else text.lower())
            phrase = (atoms, tuple(dict.fromkeys(own)), sensitive)
            self.by_key.setdefault(_key(text), []).append(phrase)
        self.separator = _separator(owners)
        trie = _trie_regex(_prefilter_atoms(text) for text in owners)
        # "\W" and a lookahead rather than "(?<!\w)": a pattern that starts by consuming a
        # character class lets the regex engine skip the characters outside it cheaply
        self.scanner = re.compile(r"\W(?=" + trie + ")")
        self._checks_at: dict[str, tuple[_Check, ...]] = {}  # text head -> checks
        self._checks_by_word: dict[tuple[str, str], tuple[_Check, ...]] = {}  # (key, first)

    def __getstate__(self) -> dict[str, Any]:
        # compiled checks are caches: rebuilt in the process that needs them
        return {**self.__dict__, "_checks_at": {}, "_checks_by_word": {}}

    def _checks(self, head: str) -> tuple[_Check, ...]:
        """The checks to run where the lowercased text continues with ``head[:-1]``
        (``_KEY_LEN`` characters) and the original text with ``head[-1]``. Memoised per head,
        and compiled once per key and first character."""
        checks = self._checks_at.get(head)
        if checks is None:
            word = (_key(head[:-1]), head[-1])
            checks = self._checks_by_word.get(word)
            if checks is None:
                checks = self._checks_by_word[word] = self._checks_for(*word)
            if len(self._checks_at) >= _CANDIDATE_CACHE:
                self._checks_at.clear()
            self._checks_at[head] = checks
        return checks

    def _checks_for(self, word: str, first: str) -> tuple[_Check, ...]:
        """Checks for the phrases whose key is a prefix of ``word``: one for the all-lowercase
        phrases, one for the case-sensitive ones whose first character is ``first`` (the
        original text's there; most positions with candidate names are ordinary lowercase
        words, which need no call at all). Either is left out when it has no phrases."""
        phrases = [p for n in range(len(word), 0, -1) for p in self.by_key.get(word[:n], ())]
        lower = [(atoms, own) for atoms, own, sens in phrases if not sens]
        names = [
            (atoms, own) for atoms, own, sens in phrases if sens and re.fullmatch(atoms[0], first)
        ]
        return tuple(_check(mine, sens) for mine, sens in ((lower, False), (names, True)) if mine)

    def spans(self, text: str) -> _Spans:
        """slug -> every (role, start, end) match of its phrases in ``text``."""
        return self.spans_of([text])[0]

    def spans_of(self, texts: list[str]) -> list[_Spans]:
        """``spans`` of each text, found with one scan over all of them.

        This loop runs for every candidate position of every tagged statement, so recording
        work is inlined here: group 1 being the last phrase that matched (``lastindex``) means
        it is the only one, which spares building ``groups()`` in the usual case.
        """
        sep = self.separator
        original = sep + sep.join(texts)  # for case-sensitive checks
        # Lowercasing the joined texts at once is lowercasing each: the separator is no cased
        # or case-ignorable character, so a final sigma stays final (and where a character's
        # lowercase is longer, ``_lower`` has to go text by text).
        low = original.lower()
        if len(low) != len(original):
            low = sep + sep.join([_lower(t) for t in texts])
        out: list[_Spans] = [defaultdict(list) for _ in texts]
        checks_at = self._checks_at
        i, base, end = 0, 1, 1 + (len(texts[0]) if texts else 0)
        found = out[0] if texts else defaultdict(list)
        for scan in self.scanner.finditer(low):
            pos = scan.end()
            if pos > end:  # (a phrase starts with a word character, never on a separator)
                while pos > end:
                    i += 1
                    base, end = end + 1, end + 1 + len(texts[i])
                found = out[i]
            head = low[pos : pos + _KEY_LEN] + original[pos]
            for regex, owners, sensitive in checks_at.get(head) or self._checks(head):
                m = regex.match(original if sensitive else low, pos)
                if m is None or (last := m.lastindex) is None:
                    continue
                start = pos - base
                if last == 1 or (groups := m.groups()).count("") == 1:
                    stop = m.end(last) - base
                    for slug, role in owners[last]:
                        found[slug].append((role, start, stop))
                    continue
                # "" for a phrase that matched (empty group at its end), else None
                for n, g in enumerate(groups, 1):
                    if g is not None:
                        stop = m.end(n) - base
                        for slug, role in owners[n]:
                            found[slug].append((role, start, stop))
        for text, spans in zip(texts, out, strict=True):
            if spans:
                if "with" in text:  # (a cheap test first: most statements have no "with")
                    _veto_meeting_clauses(text, spans)
                _veto_titles(text, spans)
        return out


_CAP_WORD = r"[A-Z][\w’'\-]*"
#: a capitalised word where a word starts (the lookbehind set after the first letter, so that
#: ``re`` skips from capital to capital instead of trying the lookbehind everywhere)
_CAP_WORD_START = r"[A-Z](?<![\w’'\-][A-Z])[\w’'\-]*"
#: heads of a title that may follow its portfolio ("Health Minister", "Trade Representative")
_TITLE_HEAD = (
    r"(?:Ministers?|Ministry|Secretary|Commissioner|Envoy|Representative|Adviser|Advisor"
    r"|Spokesperson)\b"
)
#: heads of a title whose portfolio follows ("Director-General of the IAEA"); not "Chair" or
#: "Head": "Cambodia's year as ASEAN Chair" is a chairmanship, a topic of its own
_TITLE_OF_HEAD = (
    r"(?:Department|Secretary[- ]General|Director[- ]General|Chairperson|Chairman"
    r"|Executive\s+Director|Managing\s+Director)\b"
)
_TITLE_TAIL = (
    rf"\s+(?:of|for)\s+(?:the\s+)?{_CAP_WORD}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+(?:of|for)\s+(?:the\s+)?|\s+){_CAP_WORD})*"
)
#: Offices that name a portfolio: "Minister of Trade", "Minister for Climate Change", "Special
#: Envoy for Climate", "Ministry of Interior and Public Security", "Health Minister", "Climate
#: Change Minister", "National Security Adviser", and news copy's "the defence minister", "former
#: finance czar". (Institutions that are topics themselves, "European Council" or
#: "Intergovernmental Commission on Trade", are left out.)
_PORTFOLIO_TITLE = re.compile(
    rf"(?:{_CAP_WORD_START}\s+(?:and\s+|&\s+)?){{0,4}}\b{_TITLE_HEAD}(?:{_TITLE_TAIL})?"
    rf"|\b{_TITLE_OF_HEAD}{_TITLE_TAIL}"
    r"|\b(?:finance|trade|defen[cs]e|health|energy|agriculture|interior|economy|economic"
    r"|climate|environment|education|culture|tourism|transport|commerce|industry|security"
    r"|justice|labou?r|home|oil|foreign)\s+(?:ministers?|ministry|secretary|czar|tsar|chief)\b"
)

_LOWER_HEADS = (" minister", " ministry", " secretary", " czar", " tsar", " chief")
#: what every match of ``_PORTFOLIO_TITLE`` holds, found in one call
_TITLE_HINT = re.compile(
    "Minist|Secretar|Commissioner|Envoy|Representative|Advis|Spokesp|Department|Director"
    "|Chairm|Chairp|minist|secretar|czar|tsar|chief"
)


#: "on the sidelines of the 26th OSCE Ministerial Council": an occasion, up to where the
#: sentence goes on (a comma or stop, or a purpose as ``_PURPOSE_RE`` reads one)
_OCCASION = re.compile(r"\b(?:on|at|in)\s+the\s+(?:sidelines|margins)\s+of\b")
_OCCASION_END = re.compile(r"[,.;:!?]")


def _occasions(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that name an occasion ("on the sidelines of X"), in order.

    Linear however many there are: the end found for one occasion (the next stop or purpose)
    is also the end for the next one that starts before it, so it is looked for once."""
    out: list[tuple[int, int]] = []
    end = purpose = -1
    for m in _OCCASION.finditer(text):
        if m.end() > end:
            stop = _OCCASION_END.search(text, m.end())
            end = stop.start() if stop else len(text)
            purpose = -1
        if m.end() > purpose:
            found = _PURPOSE_RE.search(text, m.end(), end)
            purpose = found.start() if found else end
        out.append((m.start(), purpose))
    return out


def _veto_stretches(spans: _Spans, starts: list[int], ends: list[int]) -> None:
    """Add, to every topic's matches, an exclude for each of the disjoint, sorted stretches
    [starts[i], ends[i]) that holds one of them whole, each match placed by bisection."""
    for hits in spans.values():
        vetoed = set()
        for _, s, e in hits:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0 and e <= ends[i]:
                vetoed.add(i)
        hits.extend((_EXC, starts[i], ends[i]) for i in sorted(vetoed))


def _veto_titles(text: str, spans: _Spans) -> None:
    """Veto, for every topic, the matches inside a portfolio title ("Minister of Trade", "Climate
    Change Minister", "the defence minister") or an occasion ("on the sidelines of the OSCE
    Ministerial Council"): a title says who someone is, not what was discussed (a delegation
    "including Health Minister X and Climate Change Minister Y" is about neither), as an
    organisation that only names a venue or someone's employer is no topic.

    As for meeting clauses, the stretches are merged and each match placed by bisection, so a
    statement of a thousand titles and matches costs no more than its length."""
    # Titles are looked for only in a text with a title word, and where some match could sit
    # in one: a capitalised match (a capitalised title) or one followed by "minister" and the
    # like (news copy's "the defence minister"). Most statements pass neither test.
    stretches = (
        [(m.start(), m.end()) for m in _PORTFOLIO_TITLE.finditer(text)]
        if _TITLE_HINT.search(text) is not None
        and any(
            text[hs].isupper() or text.startswith(_LOWER_HEADS, he)
            for hits in spans.values()
            for _, hs, he in hits
        )
        else []
    )
    if "the sidelines of" in text or "the margins of" in text:
        stretches = sorted(stretches + _occasions(text))
    if not stretches:
        return
    starts: list[int] = []
    ends: list[int] = []
    for s, e in stretches:
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    _veto_stretches(spans, starts, ends)


# A meeting report: a meeting verb and, a few words on, "with" ("met today with", "spoke by
# phone with", "held talks with", "had a telephone conversation with").
_MEETING_RE = re.compile(
    r"\b(?:met|meets|spoke|speaks|talked"
    r"|(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:calls?|talks|meetings?|conversations?|discussions?))"
    r"(?:\s+[\w.-]+){0,4}?\s+with\b"
)
# The verbs every _MEETING_RE match starts with.
_MEETING_VERBS = ("met", "meets", "spoke", "speaks", "talked", "held", "had")
# Where the report of who met whom ends and its purpose or content begins: "to <verb>" (not
# "to the White House"), "about", "during which", ", where", "and discussed", "on <topic>" (not
# "on the sidelines of"), "for talks", or a colon or semicolon.
_PURPOSE_RE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|our|its|this|that)\b)[a-z]+\b"
    r"|\s+(?:about|regarding|concerning)\b"
    r"|,?\s+during\s+which\b|,?\s+where\b|,\s+which\b"
    r"|\s+and\s+(?!(?:the|a|an|his|her|their|our|its)\b)[a-z]+ed\b"
    r"|\s+on\s+(?!the\s+(?:sidelines|margins|occasion|eve)\b)(?:the\s+)?[a-z]"
    r"|\s+for\s+(?:talks|a\s+discussion|discussions|consultations)\b"
    r"|[;:!?]"
)


def _veto_meeting_clauses(text: str, spans: _Spans) -> None:
    """Veto, for every topic, the matches inside a meeting clause of ``text``: from a meeting
    verb ("met with", "spoke today with") to where the purpose begins ("to discuss", "about").
    That stretch says who met whom, when and where, and the gold convention gives meeting facts
    no topic: the partner's country in a title ("President Saleh of Iraq"), the organisation
    of a secretary-general, the summit on whose sidelines they met. The veto is an exclude
    span added to the topic's matches, so it covers cues, anaphors and fallbacks alike.

    Linear in the text, however many clauses it has: the first purpose after one meeting verb
    is also the first after the next verb that ends before it, so it is looked for once; the
    clauses are merged into disjoint stretches and each match is placed by bisection.

    A text without any of the meeting verbs is left at once: ``_MEETING_RE`` opens with a word
    boundary, so ``re`` tries it at every position of the text."""
    if not any(verb in text for verb in _MEETING_VERBS):
        return
    starts: list[int] = []
    ends: list[int] = []
    purpose = -1  # start of the first purpose at or after the last search's start
    for m in _MEETING_RE.finditer(text):
        if m.end() > purpose:
            found = _PURPOSE_RE.search(text, m.end())
            purpose = found.start() if found else len(text)
        if ends and m.start() <= ends[-1]:
            ends[-1] = max(ends[-1], purpose)
        else:
            starts.append(m.start())
            ends.append(purpose)
    if not starts:
        return
    _veto_stretches(spans, starts, ends)


# --------------------------------------------------------------------------------------------
# Taxonomy


@dataclass(frozen=True)
class Taxonomy:
    version: str
    topics: tuple[Topic, ...]
    source: str = field(default="<taxonomy>", compare=False)
    _by_slug: Mapping[str, Topic] = field(init=False, repr=False, compare=False)
    _alias: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _carry: _CarryOver = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        topics = _validate(self.source, self.version, tuple(self.topics))
        object.__setattr__(self, "topics", topics)
        by_slug = {t.slug: t for t in topics}
        alias = {a: t.slug for t in topics for a in t.aliases}
        object.__setattr__(self, "_by_slug", by_slug)
        object.__setattr__(self, "_alias", alias)
        object.__setattr__(self, "_carry", _CarryOver(topics))

    @functools.cached_property
    def _matcher(self) -> _Matcher:
        """The phrase matcher, built on first use: compiling it costs a third of a second,
        which a load that finds every file unchanged, or a command that only lists topics,
        should not pay. (Its phrases were checked when the taxonomy was loaded, so building
        it later raises nothing.)"""
        return _Matcher(self.topics)

    def prepare(self) -> None:
        """Build the phrase matcher now: before forking parsing processes, so that they
        share it instead of each building its own."""
        self._matcher  # noqa: B018 (the cached property builds it)

    # lookups ---------------------------------------------------------------------------------

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(t.slug for t in self.topics)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug or slug in self._alias

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, slug: str) -> Topic:
        """The topic with this slug or alias; KeyError if there is none."""
        if slug in self._by_slug:
            return self._by_slug[slug]
        if slug in self._alias:
            return self._by_slug[self._alias[slug]]
        raise KeyError(slug)

    def ancestors(self, slug: str) -> tuple[str, ...]:
        """Slugs of the topic's parent, grandparent, ... (nearest first); KeyError if unknown."""
        out: list[str] = []
        parent = self.get(slug).parent
        while parent is not None:
            out.append(parent)
            parent = self._by_slug[parent].parent
        return tuple(out)

    def children(self, slug: str) -> tuple[str, ...]:
        slug = self.get(slug).slug
        return tuple(t.slug for t in self.topics if t.parent == slug)

    def descendants(self, slug: str) -> tuple[str, ...]:
        slug = self.get(slug).slug
        return tuple(t.slug for t in self.topics if slug in self.ancestors(t.slug))

    # matching --------------------------------------------------------------------------------

    def match(self, text: str, offset: int = 0) -> tuple[TopicMatch, ...]:
        """One ``TopicMatch`` per topic with evidence in ``text``: the first (leftmost, then
        longest) include match not covered by an exclude match of the same topic; a ``weak``
        match counts as an include only when an uncovered ``cue`` match is also present. Offsets
        are shifted by ``offset``; the result is sorted by start, then slug."""
        return self._match(text, offset, frozenset())[0]

    def _match(
        self, text: str, offset: int, context: frozenset[str] | set[str]
    ) -> tuple[tuple[TopicMatch, ...], dict[str, tuple[int, int]]]:
        """``match`` plus, per topic with ``anaphora``, its first uncovered anaphor span. For a
        topic in ``context``, an all-lowercase weak phrase ("the war") counts without a cue."""
        found, anaphors, _, fallback = _resolve(self._matcher.spans(text), offset, context)
        return _topic_matches(found or fallback), anaphors

    def match_statements(
        self, statements: Iterable[tuple[str, int, Any]]
    ) -> list[tuple[TopicMatch, ...]]:
        """``match`` for the statements of one document, in document order, with carry-over.

        ``statements`` are ``(text, offset, paragraph)`` triples; ``paragraph`` is any value that
        is equal for statements of the same paragraph. A topic with ``anaphora`` phrases ("the
        conflict", "the region") lends its subtree to a later statement of the same paragraph
        that has no evidence of its own in that subtree but contains one of the anaphors: the
        statement gets the subtree topics of the nearest earlier statement of the paragraph that
        has any (its own or carried), each with the anaphor's offsets as evidence. Nothing is
        carried across paragraphs, and only the subtrees of topics that declare anaphors.

        A statement left with no evidence at all, own or carried, gets its ``fallback`` matches;
        those take no part in carry-over (the next statements neither inherit nor build on them).
        """
        statements = list(statements)
        all_spans = self._matcher.spans_of([text for text, _, _ in statements])
        carry = self._carry
        carried = carry.carried
        out: list[tuple[TopicMatch, ...]] = []
        paragraph: object = _NO_PARAGRAPH
        last: dict[str, tuple[str, ...]] = {}  # root -> subtree slugs of the latest statement
        tagged: set[str] = set()  # topics tagged earlier in the paragraph
        for (_, offset, para), spans in zip(statements, all_spans, strict=True):
            if para != paragraph:
                paragraph, last, tagged = para, {}, set()
            if not spans:  # no phrase at all: nothing to tag, carry or remember
                out.append(())
                continue
            found, anaphors, waiting, fallback = _resolve(spans, offset, _NO_CONTEXT)
            own = {slug for _, slug, _ in found}
            if waiting and tagged and own.isdisjoint(carried):
                # no region of its own: a back-referring weak phrase ("the war") may count if
                # its topic (or a descendant) was tagged earlier. The context is worked out
                # only here, as few statements have such phrases.
                context = carry.context(tagged)
                if not waiting.isdisjoint(context):
                    found, anaphors, _, _ = _resolve(spans, offset, context)
                    own = {slug for _, slug, _ in found}
            if anaphors or not own.isdisjoint(carried):
                found = carry.apply(found, own, anaphors, last)
                own = {slug for _, slug, _ in found}
            tagged |= own
            out.append(_topic_matches(found or fallback))
        return out

    def slugs_in(self, text: str) -> tuple[str, ...]:
        """Convenience: the matched slugs, in text order."""
        return tuple(m.slug for m in self.match(text))


_NO_PARAGRAPH = object()
_NO_CONTEXT: frozenset[str] = frozenset()
# A topic's evidence in one statement, document offsets: (start, slug, end), so that sorting a
# statement's list orders it by start, then slug.
_Found = list[tuple[int, str, int]]


def _resolve(
    spans: _Spans, offset: int, context: frozenset[str] | set[str]
) -> tuple[_Found, dict[str, tuple[int, int]], set[str], _Found]:
    """The evidence per topic in one text (sorted), its first anaphor per topic, the topics
    ``context`` could add to the evidence (all-lowercase weak matches without a cue), and the
    fallback evidence per topic (sorted), which counts only where there is no other."""
    found: _Found = []
    anaphors: dict[str, tuple[int, int]] = {}
    waiting: set[str] = set()
    fallback: _Found = []
    for slug, hits in spans.items():
        role, start, end = hits[0]
        if len(hits) == 1:  # the common case, without excludes or cues to weigh
            if role == _INC:
                found.append((start + offset, slug, end + offset))
            elif role == _ANA:
                anaphors[slug] = (start + offset, end + offset)
            elif role == _LOWWEAK:
                waiting.add(slug)
                if slug in context:
                    found.append((start + offset, slug, end + offset))
            elif role == _FALL:
                fallback.append((start + offset, slug, end + offset))
            continue
        if max(hits)[0] == _INC:  # includes only (_INC is the least role): leftmost, longest
            for _, other, stop in hits:  # (hits are in text order)
                if other != start:
                    break
                if stop > end:
                    end = stop
            found.append((start + offset, slug, end + offset))
            continue
        evidence, anaphor, needs_context, fall = _evidence(hits, slug in context)
        if needs_context:
            waiting.add(slug)
        if evidence is not None:
            found.append((evidence[0] + offset, slug, evidence[1] + offset))
        elif fall is not None:
            fallback.append((fall[0] + offset, slug, fall[1] + offset))
        if anaphor is not None:
            anaphors[slug] = (anaphor[0] + offset, anaphor[1] + offset)
    if len(found) > 1:
        found.sort()  # slugs are distinct: the order is (start, slug)
    if len(fallback) > 1:
        fallback.sort()
    return found, anaphors, waiting, fallback


def _topic_matches(found: _Found) -> tuple[TopicMatch, ...]:
    return tuple([TopicMatch(slug, start, end) for start, slug, end in found])


def _evidence(
    hits: list[tuple[int, int, int]], in_context: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool, tuple[int, int] | None]:
    """A topic's evidence span and first anaphor span (None for none) from its phrase matches
    (role, start, end) in one text: includes, and weak phrases when a cue is present (or, for
    all-lowercase weak phrases, when the topic is ``in_context``), that no exclude covers. The
    flag says whether ``in_context`` mattered; last comes the first uncovered fallback span."""
    inc, exc, weak, cue, ana, lowweak, fall = by_role = ([], [], [], [], [], [], [])
    for role, start, end in hits:
        by_role[role].append((start, end))
    if exc:
        uncovered = _uncovered_by(exc)  # (the excludes sorted once for all the roles)
        inc, weak, cue, ana, lowweak, fall = (
            uncovered(spans) if spans else spans for spans in (inc, weak, cue, ana, lowweak, fall)
        )
    needs_context = False
    if (weak or lowweak) and cue:
        inc = inc + weak + lowweak
    elif lowweak:
        needs_context = True
        if in_context:
            inc = inc + lowweak
    return (
        _first(inc) if inc else None,
        _first(ana) if ana else None,
        needs_context,
        _first(fall) if fall else None,
    )


def _first(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The leftmost, then longest, of some spans."""
    best = spans[0]
    for span in spans:
        if span[0] < best[0] or (span[0] == best[0] and span[1] > best[1]):
            best = span
    return best


def _uncovered_by(
    exc: list[tuple[int, int]],
) -> Callable[[list[tuple[int, int]]], list[tuple[int, int]]]:
    """A function that gives the spans of a list that no exclude span covers.

    A span is covered when the excludes starting at or before it reach its end: with the
    excludes sorted and their furthest end so far, that is one bisection per span instead of a
    look at every exclude (quadratic in a statement of one endless sentence, which can hold
    thousands of both). The sorting is done here, once for the several span lists of a topic.
    """
    ordered = sorted(exc)
    starts = [xs for xs, _ in ordered]
    reach = list(itertools.accumulate((xe for _, xe in ordered), max))

    def uncovered(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out = []
        for s, e in spans:
            i = bisect.bisect_right(starts, s)
            if not (i and reach[i - 1] >= e):
                out.append((s, e))
        return out

    return uncovered


class _CarryOver:
    """What ``Taxonomy.match_statements`` needs to carry topics over, worked out once per
    taxonomy: the topics with anaphors (roots) and their subtrees, and each topic's lineage."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        by_slug = {t.slug: t for t in topics}
        self.lineage = {t.slug: (t.slug, *_chain(by_slug, t)) for t in topics}
        self.roots = tuple(t.slug for t in topics if t.anaphora)
        self.subtree = {
            root: frozenset(s for s, line in self.lineage.items() if root in line)
            for root in self.roots
        }
        self.carried = frozenset().union(*self.subtree.values())  # slugs some root can carry

    def context(self, tagged: set[str]) -> set[str]:
        """The topics ``tagged`` and their ancestors."""
        return set().union(*[self.lineage[slug] for slug in tagged])

    def apply(
        self,
        found: _Found,
        own: set[str],
        anaphors: dict[str, tuple[int, int]],
        last: dict[str, tuple[str, ...]],
    ) -> _Found:
        """Remember the statement's own subtree topics in ``last`` (root -> slugs); return its
        evidence plus the topics carried over to its anaphors."""
        carried: _Found = []
        for root in self.roots:
            mine = own & self.subtree[root]
            if mine:
                last[root] = tuple(sorted(mine))
            elif root in anaphors and last.get(root):
                start, end = anaphors[root]
                carried.extend((start, slug, end) for slug in last[root])
        if carried:  # (a stable sort on start and slug, as several roots may carry one slug)
            found = sorted((*found, *carried), key=lambda m: (m[0], m[1]))
        return found


# --------------------------------------------------------------------------------------------
# Validation


def _validate(source: str, version: object, topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
    """Check the topics; return them ordered parents-before-children (stable otherwise)."""

    def fail(msg: str) -> TaxonomyError:
        return TaxonomyError(f"{source}: {msg}")

    if not isinstance(version, str) or not version.strip():
        raise fail("'version' must be a non-empty string")
    if not topics:
        raise fail("no topics")
    seen: dict[str, str] = {}  # slug or alias -> owning slug
    for t in topics:
        if not isinstance(t, Topic):
            raise fail(f"not a Topic: {t!r}")
        if not isinstance(t.slug, str) or not _SLUG_RE.fullmatch(t.slug):
            raise fail(f"topic slug {t.slug!r} must match [a-z0-9-]+")
        where = f"topic {t.slug!r}"
        if t.slug in seen:
            what = "duplicate slug" if seen[t.slug] == t.slug else "slug is an alias of"
            raise fail(f"{where}: {what} {seen[t.slug]!r}")
        seen[t.slug] = t.slug
        if not isinstance(t.name, str) or not t.name.strip():
            raise fail(f"{where}: 'name' must be a non-empty string")
        if not isinstance(t.description, str):
            raise fail(f"{where}: 'description' must be a string")
        if t.parent is not None and not isinstance(t.parent, str):
            raise fail(f"{where}: 'parent' must be a slug")
        for key in _LIST_KEYS:
            value = getattr(t, key)
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                raise fail(f"{where}: {key!r} must be a list of strings")
        if not t.include:
            raise fail(f"{where}: 'include' needs at least one phrase")
        if bool(t.weak) != bool(t.cue):
            raise fail(f"{where}: 'weak' and 'cue' must be given together")
        for key in _PHRASE_KEYS:
            for p in getattr(t, key):
                if not p.strip():
                    raise fail(f"{where}: empty phrase in {key!r}")
                if p != p.strip() or not p[0].isalnum() or not p[-1].isalnum():
                    raise fail(
                        f"{where}: phrase {p!r} in {key!r} must start and end with a "
                        "letter or digit"
                    )
    for t in topics:
        for a in t.aliases:
            if not _SLUG_RE.fullmatch(a):
                raise fail(f"topic {t.slug!r}: alias {a!r} must match [a-z0-9-]+")
            if a in seen:
                raise fail(f"topic {t.slug!r}: alias {a!r} already names topic {seen[a]!r}")
            seen[a] = t.slug
    by_slug = {t.slug: t for t in topics}
    for t in topics:
        if t.parent is not None and t.parent not in by_slug:
            raise fail(f"topic {t.slug!r}: parent {t.parent!r} does not exist")
    # cycles, and parents-before-children order
    depth: dict[str, int] = {}
    for t in topics:
        chain: list[str] = []
        cur: str | None = t.slug
        while cur is not None and cur not in depth:
            if cur in chain:
                cycle = " -> ".join([*chain[chain.index(cur) :], cur])
                raise fail(f"parent cycle: {cycle}")
            chain.append(cur)
            cur = by_slug[cur].parent
        base = -1 if cur is None else depth[cur]
        for i, s in enumerate(reversed(chain)):
            depth[s] = base + 1 + i
    order = {t.slug: i for i, t in enumerate(topics)}

    def key(t: Topic) -> tuple[int, ...]:
        path = [t.slug, *_chain(by_slug, t)]
        return tuple(order[s] for s in reversed(path))

    return tuple(sorted(topics, key=key))


def _chain(by_slug: Mapping[str, Topic], t: Topic) -> list[str]:
    out = []
    p = t.parent
    while p is not None:
        out.append(p)
        p = by_slug[p].parent
    return out


# --------------------------------------------------------------------------------------------
# Loading


def _tuple_of_str(source: str, where: str, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        raise TaxonomyError(f"{source}: {where}: {key!r} must be a list of strings")
    if not all(isinstance(v, str) for v in value):
        raise TaxonomyError(f"{source}: {where}: {key!r} must be a list of strings")
    return tuple(v.strip() if key == "aliases" else v for v in value)


def _topic_fields(source: str, index: int, raw: object) -> dict[str, Any]:
    """The fields a ``[[topic]]`` table gives, type-checked (only the keys present)."""
    where = f"topic #{index + 1}"
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{source}: {where} is not a table")
    slug = raw.get("slug")
    if isinstance(slug, str):
        where = f"topic {slug!r}"
    unknown = sorted(set(raw) - _TOPIC_KEYS)
    if unknown:
        raise TaxonomyError(f"{source}: {where}: unknown key(s) {', '.join(unknown)}")
    if not isinstance(slug, str):
        raise TaxonomyError(f"{source}: {where}: missing 'slug'")
    out: dict[str, Any] = {"slug": slug}
    for key in ("name", "description", "parent"):
        if key in raw:
            if not isinstance(raw[key], str):
                raise TaxonomyError(f"{source}: {where}: {key!r} must be a string")
            out[key] = raw[key].strip()
    if "parent" in out and not out["parent"]:
        out["parent"] = None
    for key in _LIST_KEYS:
        if key in raw:
            out[key] = _tuple_of_str(source, where, key, raw[key])
    return out


def _read(path: str, data: bytes) -> dict[str, Any]:
    try:
        doc = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{path}: not UTF-8 ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{path}: invalid TOML: {exc}") from None
    unknown = sorted(set(doc) - _FILE_KEYS)
    if unknown:
        raise TaxonomyError(f"{path}: unknown top-level key(s) {', '.join(unknown)}")
    if not isinstance(doc.get("topic", []), list):
        raise TaxonomyError(f"{path}: 'topic' must be an array of tables ([[topic]])")
    return doc


def _builtin_bytes() -> bytes:
    return importlib.resources.files("dipdb").joinpath("taxonomy.toml").read_bytes()


def _build(source: str, doc: dict[str, Any], base: Taxonomy | None) -> Taxonomy:
    version = doc.get("version")
    if not isinstance(version, str) or not version.strip():
        raise TaxonomyError(f"{source}: missing or empty 'version' string")
    version = version.strip()
    raws = [_topic_fields(source, i, r) for i, r in enumerate(doc.get("topic", []))]
    remove = doc.get("remove", [])
    if base is None:
        if "remove" in doc:
            raise TaxonomyError(f"{source}: 'remove' needs extends = \"builtin\"")
        topics = []
        seen: set[str] = set()
        for r in raws:
            if r["slug"] in seen:
                raise TaxonomyError(f"{source}: topic {r['slug']!r}: duplicate slug")
            seen.add(r["slug"])
            if "name" not in r:
                raise TaxonomyError(f"{source}: topic {r['slug']!r}: missing 'name'")
            topics.append(Topic(**r))
        return Taxonomy(version, tuple(topics), source)
    remove = _tuple_of_str(source, "top level", "remove", remove)
    merged: dict[str, Topic] = {t.slug: t for t in base.topics}
    for slug in remove:
        if slug not in merged:
            raise TaxonomyError(f"{source}: cannot remove unknown topic {slug!r}")
        del merged[slug]
    overridden: set[str] = set()
    for r in raws:
        slug = r["slug"]
        if slug in overridden:
            raise TaxonomyError(f"{source}: topic {slug!r}: duplicate slug")
        overridden.add(slug)
        if slug in merged:
            old = merged[slug]
            merged[slug] = Topic(**{**old.__dict__, **r})
        else:
            if "name" not in r:
                raise TaxonomyError(f"{source}: topic {slug!r}: missing 'name'")
            merged[slug] = Topic(**r)
    return Taxonomy(f"{base.version}+{version}", tuple(merged.values()), source)


@functools.lru_cache(maxsize=1)
def _load_builtin() -> Taxonomy:
    source = "dipdb/taxonomy.toml (builtin)"
    doc = _read(source, _builtin_bytes())
    if "extends" in doc:
        raise TaxonomyError(f"{source}: the builtin taxonomy cannot extend another")
    return _build(source, doc, None)


@functools.lru_cache(maxsize=16)
def _load_file(path: str, _mtime_ns: int, _size: int) -> Taxonomy:
    with open(path, "rb") as fh:
        data = fh.read()
    doc = _read(path, data)
    extends = doc.get("extends")
    if extends is None:
        return _build(path, doc, None)
    if extends != BUILTIN:
        raise TaxonomyError(f'{path}: extends must be "builtin", not {extends!r}')
    return _build(path, doc, _load_builtin())


def load_taxonomy(path: str | os.PathLike[str] | None = None) -> Taxonomy:
    """Load (and cache per process) a taxonomy.

    ``path`` None means the file named by the environment variable ``DIPDB_TAXONOMY`` if that is
    set and non-empty, else the shipped ``dipdb/taxonomy.toml``; ``"builtin"`` also means the
    shipped file. Raises TaxonomyError for a missing or invalid file.
    """
    if path is None:
        path = os.environ.get(ENV_VAR) or None
    if path is None or os.fspath(path) == BUILTIN:
        return _load_builtin()
    p = os.path.abspath(os.fspath(path))
    try:
        st = os.stat(p)
    except OSError as exc:
        raise TaxonomyError(f"{os.fspath(path)}: cannot read taxonomy ({exc.strerror})") from None
    return _load_file(p, st.st_mtime_ns, st.st_size)
