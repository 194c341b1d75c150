"""Policy-topic taxonomy: loading, validating and matching text against it.

A taxonomy is a TOML file (see ``dipdb/taxonomy.toml``, the shipped one)::

    version = "2026.11.5"          # required; recorded by the database
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
* Contextual phrases: a ``weak`` phrase is evidence only when one of the topic's ``cue`` phrases
  also matches somewhere in the same text (the statement), not covered by an exclude ("the
  conflict" counts for ukraine only next to "Russia"). Cues alone are never evidence; excludes veto
  weak matches as they veto includes. Topics without ``cue`` must not give ``weak`` and vice versa.

``Taxonomy.match`` reports at most one ``TopicMatch`` per topic, its first (leftmost, then longest)
unvetoed evidence; it does not add ancestors (use ``Taxonomy.ancestors`` to roll up).

Matching is one scan with a single compiled trie-shaped regular expression that finds every
position where some phrase starts (no nested quantifiers, so no catastrophic backtracking), then a
check of the few phrases that share that position's first characters.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dipdb.article import TopicMatch

__all__ = ["Taxonomy", "TaxonomyError", "Topic", "load_taxonomy"]

ENV_VAR = "DIPDB_TAXONOMY"
BUILTIN = "builtin"

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOPIC_KEYS = frozenset(
    {"slug", "name", "parent", "description", "include", "exclude", "aliases", "weak", "cue"}
)
_PHRASE_KEYS = ("include", "exclude", "weak", "cue")
# Phrase roles inside the matcher (index into the per-topic span lists).
_INC, _EXC, _WEAK, _CUE = range(4)
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


class _Phrase:
    """One distinct phrase, its owners, and its anchored regex (compiled on first use)."""

    __slots__ = ("_regex", "case_sensitive", "text", "topics")

    def __init__(self, text: str, topics: tuple[tuple[str, int], ...]) -> None:
        self.text = text
        self.topics = topics  # (slug, role: _INC, _EXC, _WEAK or _CUE)
        self.case_sensitive = _is_case_sensitive(text)
        self._regex: re.Pattern[str] | None = None

    def match(self, text: str, low: str, pos: int) -> int | None:
        """End of the match at ``pos`` (in ``text`` or, if case-insensitive, ``low``)."""
        if self._regex is None:
            src = self.text if self.case_sensitive else self.text.lower()
            self._regex = re.compile(_phrase_regex(src))
        m = self._regex.match(text if self.case_sensitive else low, pos)
        return None if m is None else m.end()


class _Matcher:
    """Case-insensitive phrases are lowercased and scanned for in the lowercased text (plain
    literals let the regex engine reject branches on their first character); case-sensitive
    phrases are scanned for in the original text. Each scanner is one trie-shaped regex inside a
    lookahead, so it reports every position where some phrase starts, overlapping or not."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        owners: dict[str, list[tuple[str, int]]] = {}
        for t in topics:
            for role, phrases in enumerate((t.include, t.exclude, t.weak, t.cue)):
                for p in phrases:
                    owners.setdefault(p, []).append((t.slug, role))
        self.by_key: dict[str, list[_Phrase]] = {}
        sens: list[list[str]] = []
        insens: list[list[str]] = []
        for text, own in owners.items():
            ph = _Phrase(text, tuple(dict.fromkeys(own)))
            self.by_key.setdefault(_key(text), []).append(ph)
            if ph.case_sensitive:
                sens.append(_pattern_atoms(text))
            else:
                insens.append(_pattern_atoms(text.lower()))
        self.insensitive = re.compile(r"(?<!\w)(?=" + _trie_regex(insens) + ")") if insens else None
        self.sensitive = re.compile(r"(?<!\w)(?=" + _trie_regex(sens) + ")") if sens else None

    def spans(self, text: str) -> dict[str, tuple[list[tuple[int, int]], ...]]:
        """slug -> (include spans, exclude spans, weak spans, cue spans)."""
        low = _lower(text)
        starts: set[int] = set()
        if self.insensitive is not None:
            starts.update(m.start() for m in self.insensitive.finditer(low))
        if self.sensitive is not None:
            starts.update(m.start() for m in self.sensitive.finditer(text))
        found: dict[str, tuple[list[tuple[int, int]], ...]] = {}
        by_key = self.by_key
        for pos in starts:
            word = _key(low[pos : pos + _KEY_LEN])
            for n in range(len(word), 0, -1):
                for ph in by_key.get(word[:n], ()):
                    end = ph.match(text, low, pos)
                    if end is None:
                        continue
                    for slug, role in ph.topics:
                        lists = found.get(slug)
                        if lists is None:
                            lists = found[slug] = ([], [], [], [])
                        lists[role].append((pos, end))
        return found


# --------------------------------------------------------------------------------------------
# Taxonomy


@dataclass(frozen=True)
class Taxonomy:
    version: str
    topics: tuple[Topic, ...]
    source: str = field(default="<taxonomy>", compare=False)
    _by_slug: Mapping[str, Topic] = field(init=False, repr=False, compare=False)
    _alias: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _matcher: _Matcher = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        topics = _validate(self.source, self.version, tuple(self.topics))
        object.__setattr__(self, "topics", topics)
        by_slug = {t.slug: t for t in topics}
        alias = {a: t.slug for t in topics for a in t.aliases}
        object.__setattr__(self, "_by_slug", by_slug)
        object.__setattr__(self, "_alias", alias)
        object.__setattr__(self, "_matcher", _Matcher(topics))

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
        out: list[TopicMatch] = []
        for slug, (inc, exc, weak, cue) in self._matcher.spans(text).items():
            if weak and any(not any(xs <= s and e <= xe for xs, xe in exc) for s, e in cue):
                inc = inc + weak
            best: tuple[int, int] | None = None
            for s, e in inc:
                if any(xs <= s and e <= xe for xs, xe in exc):
                    continue
                if best is None or s < best[0] or (s == best[0] and e > best[1]):
                    best = (s, e)
            if best is not None:
                out.append(TopicMatch(slug, best[0] + offset, best[1] + offset))
        out.sort(key=lambda m: (m.start, m.slug))
        return tuple(out)

    def slugs_in(self, text: str) -> tuple[str, ...]:
        """Convenience: the matched slugs, in text order."""
        return tuple(m.slug for m in self.match(text))


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
        for key in ("include", "exclude", "aliases", "weak", "cue"):
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
    for key in ("include", "exclude", "aliases", "weak", "cue"):
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
