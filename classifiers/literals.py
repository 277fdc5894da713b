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
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MAX_SET = 64  # strings kept per fixed piece; more and the piece counts as unknown
_Result = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact set, requirement)


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Non-empty strings one of which occurs in every match of `pattern`, or None."""
    exact, need = _sequence(list(_parser.parse(pattern, flags)))
    return _need(exact) if exact is not None else need


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
    options = set(need) | {w for s in need for w in s.split() if len(w) >= 4}
    left = set(need)
    chosen: set[str] = set()
    while left:
        best = max(sorted(options), key=lambda o: (sum(o in s for s in left) * len(o), len(o)))
        chosen.add(best)
        left = {s for s in left if best not in s}
    return frozenset(chosen)


class Prefilter:
    """`may_match(text, lowered)`: False only if `pattern` cannot match `text` (`lowered`:
    `text.lower()`, which case-insensitive patterns are also run on here)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        need = required(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        if need is not None and self.ignore_case:
            need = frozenset(s.lower() for s in need) if _ascii_exact(need) else None
        self.need = _fewer(need) if need is not None else None

    def may_match(self, text: str, lowered: str) -> bool:
        need = self.need
        if need is None:
            return True
        if self.ignore_case:
            if not text.isascii():
                return True
            text = lowered
        return any(map(text.__contains__, need))
