"""Word lists from data/boilerplate.toml (and users' --rules files), ready to match.

Terms are written once, in Simplified; the loader adds their Traditional forms
with OpenCC and folds everything with NFKC + casefold, so one list matches
Simplified, Traditional, full-width and half-width text alike.

    >>> lex = load_lexicon()
    >>> lex.contains("related_headings", fold("- 相關推薦"))
    True
    >>> lex.contains("related_headings", fold("正文"))
    False
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import ahocorasick

from .cache import cached, opencc_stamp, source_of
from .chardata import convert
from .rules import RULES


class RuleFileError(ValueError):
    """A user rule file is malformed; the message names the file and the field."""


def fold(text: str) -> str:
    """The matching key of a text: NFKC (full-width -> half-width) and casefold.

    >>> fold("ＡＰＰ下載：")
    'app下載:'
    """
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class LinePattern:
    code: str
    regex: re.Pattern[str]
    description: str = ""


@dataclass
class Lexicon:
    lists: dict[str, frozenset[str]]
    patterns: tuple[LinePattern, ...] = ()
    _automata: dict[str, ahocorasick.Automaton] = field(default_factory=dict, repr=False)
    _tuples: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for kind, terms in self.lists.items():
            automaton = ahocorasick.Automaton()
            for term in terms:
                automaton.add_word(term, term)
            if terms:
                automaton.make_automaton()
            self._automata[kind] = automaton

    def find(self, kind: str, folded: str) -> list[tuple[int, int, str]]:
        """Every occurrence of a term of ``kind`` in ``folded`` as (start, end, term). A term
        that begins or ends with a Latin letter or digit matches whole words only: "av" is
        no word of "navigation".

            >>> lex = load_lexicon()
            >>> lex.find("gambling_keywords", "toggle navigation"), bool(lex.find("gambling_keywords", "av女优"))
            ([], True)
        """
        automaton = self._automata[kind]
        if not self.lists[kind]:
            return []
        return [
            (end - len(term) + 1, end + 1, term)
            for end, term in automaton.iter(folded)
            if _whole(folded, end - len(term) + 1, end + 1, term)
        ]

    def contains(self, kind: str, folded: str) -> bool:
        if not self.lists[kind]:
            return False
        return any(
            _whole(folded, end - len(term) + 1, end + 1, term)
            for end, term in self._automata[kind].iter(folded)
        )

    def terms(self, kind: str) -> tuple[str, ...]:
        """The terms of ``kind`` as a tuple, for ``str.endswith``; built once, not per line.

        >>> "工作室".endswith(load_lexicon().terms("org_suffixes"))
        True
        """
        found = self._tuples.get(kind)
        if found is None:
            found = self._tuples[kind] = tuple(self.lists[kind])
        return found

    def has(self, kind: str, folded_token: str) -> bool:
        """Is the whole token a term of ``kind``?"""
        return folded_token in self.lists[kind]

    def coverage(self, kind: str, folded: str) -> tuple[float, set[str]]:
        """Share of the non-space characters of ``folded`` covered by terms, and the terms."""
        covered = [False] * len(folded)
        terms: set[str] = set()
        for start, end, term in self.find(kind, folded):
            terms.add(term)
            for i in range(start, end):
                covered[i] = True
        visible = [i for i, c in enumerate(folded) if not c.isspace() and c not in ",，、|:：-_·•"]
        if not visible:
            return 0.0, terms
        return sum(covered[i] for i in visible) / len(visible), terms


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _whole(text: str, start: int, end: int, term: str) -> bool:
    """Does the match stand apart from the Latin letters and digits around it?"""
    if _latin(term[0]) and start > 0 and _latin(text[start - 1]):
        return False
    return not (_latin(term[-1]) and end < len(text) and _latin(text[end]))


T = TypeVar("T")


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """Build something from a lexicon once per lexicon and process (patterns, classifiers):
    a lexicon is built once (``load_lexicon`` caches it), so its identity is the key."""
    built: dict[int, T] = {}

    def get(lexicon: Lexicon) -> T:
        key = id(lexicon)
        if key not in built:
            built[key] = build(lexicon)
        return built[key]

    get.__doc__ = build.__doc__
    return get


_KNOWN_KEYS: frozenset[str] | None = None


def _script_variants(terms: list[str]) -> set[str]:
    """A term with its Traditional (and regional) spellings, folded.

    One OpenCC call per configuration for all the terms (joined by newlines): building
    converters and calling them term by term would cost seconds at every start.
    """
    if not terms:
        return set()
    joined = "\n".join(terms)
    out = {fold(term) for term in terms}
    for config in ("s2t", "s2tw", "s2hk", "t2s"):
        converted = convert(joined, config).split("\n")
        out.update(fold(term) for term in converted)
    return {t for t in out if t}


def _read_toml(source: str, text: str) -> dict:
    # Imported here: a start that finds the lists in the disk cache parses no TOML.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{source}: not valid TOML: {exc}") from exc


def _packaged_text() -> str:
    """The packaged word lists: read beside this module (importlib.resources costs 10 ms to
    import), through importlib.resources only when the package is not a folder (a zip)."""
    try:
        return (Path(__file__).parent / "data" / "boilerplate.toml").read_text("utf-8")
    except OSError:
        from importlib import resources

        return resources.files("zhclean").joinpath("data/boilerplate.toml").read_text("utf-8")


def _validate(
    source: str, data: dict, known: frozenset[str]
) -> tuple[dict[str, list[str]], list[LinePattern]]:
    lists: dict[str, list[str]] = {}
    patterns: list[LinePattern] = []
    for section, body in data.items():
        if section == "lists":
            if not isinstance(body, dict):
                raise RuleFileError(f"{source}: [lists] must be a table")
            for key, value in body.items():
                if key not in known:
                    raise RuleFileError(
                        f"{source}: unknown list {key!r} in [lists]; known lists: {', '.join(sorted(known))}"
                    )
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise RuleFileError(f"{source}: [lists].{key} must be a list of strings")
                lists[key] = value
        elif section == "line_patterns":
            if not isinstance(body, list):
                raise RuleFileError(
                    f"{source}: line_patterns must be an array of tables ([[line_patterns]])"
                )
            for i, entry in enumerate(body, 1):
                where = f"{source}: [[line_patterns]] #{i}"
                if not isinstance(entry, dict):
                    raise RuleFileError(f"{where}: must be a table")
                unknown = set(entry) - {"code", "pattern", "description"}
                if unknown:
                    raise RuleFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
                code = entry.get("code")
                if code not in RULES or RULES[code].stage != "boilerplate":
                    raise RuleFileError(
                        f"{where}: code must be a boilerplate rule code (ZH3xx), got {code!r}"
                    )
                pattern = entry.get("pattern")
                if not isinstance(pattern, str) or not pattern:
                    raise RuleFileError(f"{where}: pattern must be a non-empty string")
                try:
                    regex = re.compile(pattern)
                except re.error as exc:
                    raise RuleFileError(f"{where}: bad regex {pattern!r}: {exc}") from exc
                patterns.append(LinePattern(code, regex, str(entry.get("description", ""))))
        else:
            raise RuleFileError(
                f"{source}: unknown section [{section}]; expected [lists] or [[line_patterns]]"
            )
    return lists, patterns


def validate_rule_file(path: str | Path) -> None:
    """Raise :class:`RuleFileError` if a user rule file is malformed (before any work starts)."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc}") from exc
    _validate(str(path), _read_toml(str(path), text), _known_lists())


def _known_lists() -> frozenset[str]:
    global _KNOWN_KEYS
    if _KNOWN_KEYS is None:
        _KNOWN_KEYS = frozenset(_read_toml("boilerplate.toml", _packaged_text())["lists"])
    return _KNOWN_KEYS


def load_lexicon(rule_files: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lists plus those of ``rule_files``; built once per process."""
    return _load_lexicon(tuple(rule_files))


@lru_cache(maxsize=8)
def _load_lexicon(rule_files: tuple[str, ...]) -> Lexicon:
    # The lists with their Traditional spellings take OpenCC and a TOML parse (about 100 ms
    # at every start): kept in the disk cache, keyed by everything they are built from.
    packaged = _packaged_text()
    extra = [(path, Path(path).read_text("utf-8")) for path in rule_files]
    parts = (source_of(__file__), opencc_stamp(), packaged, *(text for _, text in extra))
    lists, patterns = cached("lexicon", parts, lambda: _build_lists(packaged, extra))
    return Lexicon(
        lists={key: frozenset(terms) for key, terms in lists.items()},
        patterns=tuple(
            LinePattern(code, re.compile(pattern), description)
            for code, pattern, description in patterns
        ),
    )


def _build_lists(
    packaged: str, extra: list[tuple[str, str]]
) -> tuple[dict[str, frozenset[str]], list[tuple[str, str, str]]]:
    """The merged lists (with their script variants) and the line patterns, as plain data."""
    known = _known_lists()
    merged, patterns = _validate(
        "boilerplate.toml", _read_toml("boilerplate.toml", packaged), known
    )
    for path, text in extra:
        more, extra_patterns = _validate(path, _read_toml(path, text), known)
        for key, values in more.items():
            merged[key] = merged.get(key, []) + values
        patterns.extend(extra_patterns)
    lists = {key: frozenset(_script_variants(values)) for key, values in merged.items()}
    return lists, [(p.code, p.regex.pattern, p.description) for p in patterns]
