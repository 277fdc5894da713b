"""Literal prefilters for regexes: strings one of which every match must contain.

Python's regex engine has no literal acceleration for patterns that start with `\\b(...)`:
it tries the whole alternation at every position, which makes the big cue regexes cost
0.2-0.5 ms on a 5 KB mail. When a text contains none of a pattern's required literals
(a few substring tests), the pattern cannot match and need not run.

`required()` reads the parsed pattern: a fixed piece (literals, small character sets,
optional or alternative fixed pieces, zero-width assertions) can only match a known set of
strings; a sequence needs every piece, so one of the strings of any one of its pieces (the
most selective is kept); an alternation needs one of each branch's. Anything it does not
understand makes no requirement. A case-insensitive pattern is only prefiltered on ASCII
text (lower-cased), where its literals match exactly their lower-case form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_MAX_SET = 64  # strings kept per fixed piece; more and the piece counts as unknown
_Result = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact set, requirement)


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Non-empty strings one of which occurs in every match of `pattern`, or None."""
    exact, need = _sequence(list(_parser.parse(pattern, flags)))
    return _need(exact) if exact is not None else need


def required_each(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Sets of non-empty strings such that every match of `pattern` holds one string of
    EACH set: `required`'s candidates all kept (the pieces of the top-level sequence, and of
    the groups and repeats that must match once), not only the most selective one."""
    return _sequence_each(list(_parser.parse(pattern, flags)))


def _sequence_each(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """`_sequence`'s requirements, each of them: a sequence's match holds each piece's."""
    out: list[frozenset[str]] = []
    run: frozenset[str] = frozenset([""])
    for op, av in items:
        exact, need = _item(op, av)
        if exact is not None:
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            out += filter(None, [_need(run)])
            run = exact
            continue
        out += filter(None, [_need(run)])
        run = frozenset([""])
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
            out += _sequence_each(list(av[3]))
        elif op is C.ATOMIC_GROUP:
            out += _sequence_each(list(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _sequence_each(list(av[2]))  # at least once: what one repeat needs
        elif need is not None:
            out.append(need)
    out += filter(None, [_need(run)])
    return out


def _need(strings: frozenset[str] | None) -> frozenset[str] | None:
    return None if not strings or "" in strings else strings


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective requirement: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _sequence(items: list[tuple[Any, Any]]) -> _Result:
    best: frozenset[str] | None = None
    run: frozenset[str] = frozenset([""])  # the strings the fixed pieces so far can match
    fixed = True
    for op, av in items:
        exact, need = _item(op, av)
        if exact is not None:
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) <= _MAX_SET:
                run = joined
                continue
            best = _better(best, _need(run))
            run = exact
            fixed = False
            continue
        fixed = False
        best = _better(_better(best, _need(run)), need)
        run = frozenset([""])
    if fixed:
        return run, None
    return None, _better(best, _need(run))


def _item(op: Any, av: Any) -> _Result:
    if op is C.LITERAL:
        return frozenset([chr(av)]), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset([""]), None  # zero width: the text around it is contiguous
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _MAX_SET:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None, None  # a category, a negation, a wide range
        return (frozenset(chars), None) if len(chars) <= _MAX_SET else (None, None)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None, None  # (?i:...) and the like: literals would not be exact
        return _sequence(list(inner))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        results = [_sequence(list(branch)) for branch in av[1]]
        if all(exact is not None for exact, _ in results):
            union = frozenset(s for exact, _ in results for s in exact or ())
            if len(union) <= _MAX_SET:
                return union, None
        needs = [_need(exact) if exact is not None else need for exact, need in results]
        if any(n is None for n in needs):
            return None, None
        return None, frozenset(s for n in needs for s in n or ())
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, inner = av
        exact, need = _sequence(list(inner))
        if low == high == 1:
            return exact, need
        if low == 0 and high == 1 and exact is not None:
            return exact | {""}, None
        if low >= 1:
            return None, (_need(exact) if exact is not None else need)
        return None, None
    return None, None  # any character, categories, group references, ...


def _ascii_exact(strings: frozenset[str]) -> bool:
    """Whether, ignoring case, each literal matches in ASCII text only its ASCII case forms
    (not so for the Kelvin sign or the long s, which match "k" and "s")."""
    for ch in set("".join(strings)):
        if not ch.isascii():
            for code in range(128):
                if re.fullmatch(re.escape(ch), chr(code), re.IGNORECASE):
                    return False
    return True


def _fewer(need: frozenset[str]) -> frozenset[str]:
    """A smaller set of strings, each inside some string of `need`, such that each string of
    `need` contains one of them: a weaker requirement that costs fewer substring tests (a
    miss on a 5 KB text reads the text once per string). Greedy: words of four letters or
    more, or whole strings, by the letters they cover (a short common word covering two
    strings is no gain over the two)."""
    options = sorted(set(need) | {w for s in need for w in s.split() if len(w) >= 4})
    # Which strings each option lies inside, found once: the greedy steps below then count
    # what is left by set intersection (the gates' alternations hold hundreds of strings,
    # and every process builds them at start-up).
    inside = {o: frozenset(s for s in need if o in s) for o in options}
    left = set(need)
    chosen: set[str] = set()
    while left:
        # max() keeps the first of equals: the same choice as over sorted options before
        best = max(options, key=lambda o: (len(inside[o] & left) * len(o), len(o)))
        chosen.add(best)
        left -= inside[best]
    return frozenset(chosen)


_ASSERTIONS = (C.AT, C.ASSERT, C.ASSERT_NOT)
_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")


def split_leading_assertions(
    pattern: re.Pattern[str],
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """`pattern` as (some of its leading zero-width assertions, the rest), or None.

    Python's regex engine skips ahead to the possible first characters of a pattern that
    starts with a literal or an alternation of literals, but not of one that starts with an
    assertion (`\\b`, a look-behind): there it tries every position, 3-5 times slower on a
    long mail. `finditer` below runs the rest and checks the assertions where it matches.
    When the rest has no first characters to skip to either (it starts with a group of
    phrases, an optional word), a leading `\\b` stays with it: the engine tests a `\\b`
    faster than anything else, and it fails at most positions; only the look-arounds are
    checked apart, where the rest matched. (Every one of them is zero-width at the match
    start, so their order does not matter.)
    The split is checked on the parsed patterns: the assertions alone, then the rest, must
    be exactly the whole (no top-level alternation, no groups renumbered), and the rest must
    not match the empty string."""
    source, flags = pattern.pattern, pattern.flags
    i = 0
    boundaries = 0
    lookarounds: list[str] = []
    while True:
        if source.startswith("\\b", i):
            i += 2
            boundaries += 1
        elif source.startswith(_LOOKAROUNDS, i):
            end = _group_end(source, i)
            if end is None:
                return None
            lookarounds.append(source[i:end])
            i = end
        else:
            break
    if i == 0 or i == len(source):
        return None
    head_source, rest_source = source[:i], source[i:]
    if boundaries and not _skips_ahead(rest_source, flags):
        if not lookarounds:
            return None  # "\\b" + a rest without first characters: the pattern as it is
        head_source, rest_source = "".join(lookarounds), "\\b" + rest_source
    try:
        lead, rest = re.compile(head_source, flags), re.compile(rest_source, flags)
        whole = list(_parser.parse(source, flags & ~re.UNICODE))
        after = list(_parser.parse(source[i:], flags & ~re.UNICODE))
        head = list(_parser.parse(head_source, flags & ~re.UNICODE))
        tail = _parser.parse(rest_source, flags & ~re.UNICODE)
    except re.error:
        return None
    leading = len(whole) - len(after)  # the assertions before source[i:]
    if (
        leading != boundaries + len(lookarounds)
        or any(op not in _ASSERTIONS for op, _ in whole[:leading])
        or any(op not in _ASSERTIONS for op, _ in head)
        or lead.groups
        or rest.groups != pattern.groups
        or tail.getwidth()[0] == 0
    ):
        return None
    return lead, rest


def _skips_ahead(source: str, flags: int) -> bool:
    """Whether Python's engine searches for `source` by skipping to its possible first
    characters (a literal prefix, or a set of first characters), as its compiler decides."""
    try:
        parsed = _parser.parse(source, flags & ~re.UNICODE)
        prefix = _compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or _compiler._get_charset_prefix(parsed, flags) is not None
    except Exception:  # a private helper of the stdlib: without it, the old split
        return True


def _group_end(source: str, start: int) -> int | None:
    """The index after the ")" that closes the group opened at `start`."""
    depth, k, in_class = 0, start, False
    while k < len(source):
        c = source[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source.startswith("[^]", k) or source.startswith("[]", k):
                k += 2 if source[k + 1] == "]" else 3  # a "]" first in a class is literal
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return None


# Characters that IGNORECASE matches to a different lower-case character (Python's own
# table: "s" ~ "ſ", "i" ~ "ı", "µ" ~ "μ", Greek symbol forms ...). On lower-cased text without
# any of them, a pattern with only lower-case letters matches the same without IGNORECASE,
# and 3-10 times faster (the engine's literal skipping works only without it).
_FOLDS_TO_OTHER = re.compile(
    "["
    + "".join(
        re.escape(chr(c))
        for key, others in _compiler._EXTRA_CASES.items()
        for c in (key, *others)
        if c >= 128
    )
    + "]"
)
_plain_memo: tuple[str, bool] = ("", True)


def _plain_lowered(text: str) -> bool:
    """Whether lower-cased `text` has none of the characters IGNORECASE folds specially."""
    global _plain_memo
    memo = _plain_memo
    if memo[0] is text:
        return memo[1]
    plain = text.isascii() or _FOLDS_TO_OTHER.search(text) is None
    _plain_memo = (text, plain)
    return plain


_ALSO_MAX = 3  # more sets to test cost more than the searches they spare
# Shorter strings ("de", "er", " ") occur in most texts, and over and over in each: the
# one read that finds them all (NeedleIndex) would report each occurrence for nothing.
_ALSO_SHORTEST = 3


def _also(pattern: re.Pattern[str], need: frozenset[str]) -> tuple[frozenset[str], ...]:
    """`required_each`'s sets other than `need` (lower-cased as it is), the most selective
    few, made fewer; none with a string shorter than `_ALSO_SHORTEST`."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    sets = []
    for each in required_each(pattern.pattern, pattern.flags & ~re.IGNORECASE):
        if ignore_case:
            if not _ascii_exact(each):
                continue
            each = frozenset(s.lower() for s in each)
        if each != need and min(map(len, each)) >= _ALSO_SHORTEST and each not in sets:
            sets.append(each)
    sets.sort(key=lambda e: (-min(map(len, e)), len(e), sorted(e)))
    return tuple(_fewer(each) for each in sets[:_ALSO_MAX])


def _lower_case_only(source: str) -> bool:
    """No upper-case letter in the pattern outside its escapes (`\\S`, `\\W`, ...)."""
    k = 0
    while k < len(source):
        c = source[k]
        if c == "\\":
            digits = {"x": 2, "u": 4, "U": 8}.get(source[k + 1 : k + 2])
            if digits:  # a character by its code: it counts as itself
                try:
                    coded = chr(int(source[k + 2 : k + 2 + digits], 16))
                except ValueError:
                    return False
                if coded != coded.lower():
                    return False
                k += 2 + digits
                continue
            if source.startswith("\\N", k):
                return False  # a character by its name
            k += 2
            continue
        if c != c.lower():
            return False
        k += 1
    return True


class Prefilter:
    """`may_match(text, lowered)`: False only if `pattern` cannot match `text` (`lowered`:
    `text.lower()`, which case-insensitive patterns are also run on here). `finditer` and
    `search`: the pattern's own, faster on lower-cased text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._source = (pattern.pattern, pattern.flags)
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        need = required(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        if need is not None and self.ignore_case:
            need = frozenset(s.lower() for s in need) if _ascii_exact(need) else None
        self.need = _fewer(need) if need is not None else None
        # The literals before `_fewer` made them fewer: read (in one pass of an automaton,
        # made on first use) only when one of the fewer occurs. "since" stands for "been fine
        # since" and "since then, it", and most mail that says "since this morning" or
        # "does not work" holds neither those nor "works again": without this second read the
        # whole "works again" alternation ran over such a mail, 0.9 ms on 5 KB.
        self._full = need if need is not None and need != self.need else None
        # The pattern's other requirements, each of which must be met too: "je kunt ... niet
        # ... op de site" needs "niet" (its `need`) and "site" or "winkel" or ...; most Dutch
        # mail with a "niet" has none of them, and the regex ran over each for nothing.
        self.also = _also(pattern, need) if need is not None else ()
        self._full_automaton: Any = None
        # Set by a NeedleIndex that finds this gate's literals among others' in one read.
        self.index: NeedleIndex | None = None
        # A case-insensitive pattern with only lower-case letters runs on lower-cased text
        # without IGNORECASE (see _FOLDS_TO_OTHER), split at its leading assertions; a
        # case-sensitive one (the engine's gates) is split as it is. Made when the pattern
        # first runs: `need` rules most patterns out of most texts, and compiling and checking
        # these variants of every rule's regex at start-up took a fifth of the rules' load.
        self._variants_made = False
        self._exact: re.Pattern[str] | None = None
        self._exact_split: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._split: tuple[re.Pattern[str], re.Pattern[str]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (classifiers/rule_cache.py) with its source, not its compiled pattern:
        compiling every rule's regex again when the rules are read back took half of that
        read, and `need` rules most patterns out of most texts, so most never run in a
        process's life. `_make_variants`, which runs before the pattern first does,
        compiles it. (Not a __getattr__: a class with one loses the interpreter's fast
        attribute access, and the scan reads these objects' attributes all the time.)"""
        state = dict(self.__dict__)
        state.update(pattern=None, _variants_made=False, _exact=None, _exact_split=None)
        state.update(_split=None, _full_automaton=None)
        return state

    def _make_variants(self) -> None:
        pattern = self.pattern
        if pattern is None:  # unpickled: see __getstate__
            pattern = self.pattern = re.compile(*self._source)
        if self.ignore_case and _lower_case_only(pattern.pattern):
            self._exact = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            self._exact_split = split_leading_assertions(self._exact)
        elif not self.ignore_case:
            self._split = split_leading_assertions(pattern)
        self._variants_made = True  # last: another thread sees all of them or makes them too

    def finditer(self, text: str, *, lowered: bool = False) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`: the same matches (`lowered`: the text is
        lower-cased, which lets a case-insensitive pattern run without IGNORECASE)."""
        if not self._variants_made:
            self._make_variants()
        if self._split is not None:
            split = self._split
        elif self._exact is None or not lowered or not _plain_lowered(text):
            yield from self.pattern.finditer(text)
            return
        elif self._exact_split is None:
            yield from self._exact.finditer(text)
            return
        else:
            split = self._exact_split
        lead, rest = split
        pos = 0
        while (m := rest.search(text, pos)) is not None:
            start = m.start()
            if lead.match(text, start) is None:
                pos = start + 1  # the whole pattern does not match here; try further on
                continue
            yield m
            pos = m.end()  # never empty (checked when split)

    def search(self, text: str, *, lowered: bool = False) -> re.Match[str] | None:
        """`self.pattern.search(text)`."""
        return next(self.finditer(text, lowered=lowered), None)

    def misses(self, present: set[str] | frozenset[str]) -> bool:
        """True if `present` (the literals of this pattern's index found in a text) lacks
        every string of `need` or of one of the `also` sets: the pattern cannot match."""
        need = self.need
        return need is not None and (
            need.isdisjoint(present) or not all(map(present.intersection, self.also))
        )

    def may_match(self, text: str, lowered: str) -> bool:
        need = self.need
        if need is None:
            return True
        if self.ignore_case:
            # Case-insensitive literals are looked for in the lower-cased text; sound unless
            # it holds a character IGNORECASE folds onto another (the long s matches "s"):
            # then the pattern must run. Most Dutch, German and Norwegian mail has none.
            if not _plain_lowered(lowered):
                return True
            text = lowered
        if self.index is not None:
            if self.misses(self.index.present(text)):
                return False
        elif not any(map(text.__contains__, need)) or not all(
            any(map(text.__contains__, each)) for each in self.also
        ):
            return False
        return self._full is None or self._full_occurs(text)

    def _full_occurs(self, text: str) -> bool:
        automaton = self._full_automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for word in sorted(self._full or ()):
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._full_automaton = automaton  # whole: another thread uses it or makes its own
        return next(automaton.iter(text), None) is not None


class NeedleIndex:
    """Which literals of several prefilters occur in a text, found in one pass.

    `Prefilter.may_match` reads the text once per literal: the engine's whole-text gates
    (past outages, "works again", denials) need about 150 literals, and on a 5 KB mail that
    misses them all (the common case) those reads cost more than the rest of the gate. An
    Aho-Corasick automaton (pyahocorasick) finds every literal that occurs in one read.
    Made over some gates, it becomes their `index`: their `may_match` then asks it which of
    their literals occur, with the same answers. `literals`: more strings to look for in the
    same read (the rules' regex triggers that are not plain words).
    """

    def __init__(self, gates: Sequence[Prefilter], literals: Iterable[str] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        words = {s for gate in gates if gate.need for s in gate.need} | set(literals)
        words |= {s for gate in gates for each in gate.also for s in each}
        for word in sorted(words):
            self._automaton.add_word(word, word)
        self._automaton.make_automaton()
        self._empty = not words  # an automaton without words cannot be read
        self.present = lru_cache(maxsize=4)(self._present)  # a message's fields, once each
        for gate in gates:
            gate.index = self

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["present"]  # a cache around a bound method: made again when unpickled
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.present = lru_cache(maxsize=4)(self._present)

    def present_lowered(self, lowered: str) -> frozenset[str] | None:
        """`present(lowered)` for lower-cased text, or None where it cannot rule a
        case-insensitive pattern out (a character IGNORECASE folds onto another: see
        `Prefilter.may_match`)."""
        return self.present(lowered) if _plain_lowered(lowered) else None

    def _present(self, text: str) -> frozenset[str]:
        if self._empty:
            return frozenset()
        return frozenset(need for _, need in self._automaton.iter(text))
