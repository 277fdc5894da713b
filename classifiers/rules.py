"""Rule files (TOML, one per language) → a compiled, immutable RuleSet.

A rule file looks like::

    language = "en"                  # or "neutral"
    negation = ["not", "isn't"]      # words that, just before a match, cancel it
    [[rule]]
    id = "en.site_down"
    level = "critical"               # critical | urgent | standard | low | demote
    weight = 2.0                     # a level wins at a summed weight >= 1.0
    fields = ["subject", "body", "transcript"]
    phrases = ["site is down", "checkout ... not work*"]
    near = [["contact form", "form"], ["not ... send*", "broken"]]   # all groups in one clause
    window = 8                       # ... within this many words
    negate_near = true               # a "not"/"can't" before a predicate group's hit cancels it
    negate_object = true             # with negate_near, before the first group's hit too
    negatable = false                # no "not" cancels a match, not even negate_near's (only
                                     # a "can't" before a predicate group still does)
    span_commas = true               # near groups may lie on both sides of a comma/parenthesis
    negate_after = true              # a "not" just after a phrase cancels it ("X works ... not"),
                                     # and with negate_near a predicate group's hit too
    regex = ['\\b5\\d\\d\\b']
    trigger = ["5"]                  # optional: regexes run only if one of these occurs

Phrases are matched on word tokens, case-insensitively: `word*` matches any word starting
with `word` (inflections), `*word` any word ending in it (compounds: `*konten` is
"Teilnehmerkonten"), `*word*` any word containing it ("timebestillingene"); `...` skips up
to three words inside one clause.

Named word classes are defined once per file and used in its phrases and near groups::

    [classes]
    personal_data = ["date* of birth", "address*", "phone number*", "@id_numbers"]
    id_numbers = ["passport number*", "iban*"]
    [[rule]]
    near = [["@personal_data"], ["visible", "downloadable"]]
    phrases = ["list of @personal_data"]     # a class inside a phrase: one phrase per member

A class may name other classes of the same file; an unknown or circular class, or one
whose expansion would exceed 5000 phrases, is an error naming file and line. A `demote`
rule lowers a critical/urgent result by `weight` steps (never below standard): "only one
page", "it is back up now". A `widen` rule (summed weight >= 1) cancels a one-step limited
scope: the mail says it tried several devices or networks ("on mobile and on the PC",
"from home too"). A `demote` rule whose id ends in `.other_pages_work` ("all other pages
work") also keeps critical half signals (weight < 1) from adding up to a critical: the
pages the mail names are broken, not the site. Operators add rules, or replace a shipped
one by giving the same id (`enabled = false` switches one off).
"""

from __future__ import annotations

import functools
import json
import re
import threading
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from classifiers import rule_cache
from classifiers.literals import NeedleIndex, Prefilter
from classifiers.model import FIELDS, LEVELS
from classifiers.spelling import canonical

RULE_LEVELS: tuple[str, ...] = (*LEVELS, "demote", "widen")
GAP = "..."
GAP_MAX = 3
SHIPPED_FILES: tuple[str, ...] = ("neutral.toml", "en.toml", "nl.toml", "de.toml", "no.toml")
_RULE_KEYS = {
    "id", "level", "weight", "fields", "phrases", "regex", "negatable", "fuzzy", "enabled",
    "language", "trigger", "near", "window", "demotable", "negate_near",
    "negate_after", "span_commas", "negate_object",
}  # fmt: skip
_TOKEN_OK = re.compile(r"^[\w'’*-]+$|^\.\.\.$")
_CLASS_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_CLASS_REF = re.compile(r"(?<![\w@])@([A-Za-z_][A-Za-z0-9_]*)")
MAX_EXPANSION = 5000
AFFIX_MIN = 3  # letters of a `*suffix` / `*infix*` token


class RuleFileError(Exception):
    """A malformed rule file or inline rule: one line, `file:line: what`."""


def _reduce_by_init(self: Any) -> tuple[Any, tuple[Any, ...]]:
    """Pickled (classifiers/rule_cache.py) as a call of the class with its fields: an
    instance unpickled the default way gets its attributes as a dict, which the interpreter
    reads slower than an instance `__init__` made; classifying with such rules took 5 %
    more time."""
    return (type(self), tuple(getattr(self, f.name) for f in fields(self)))


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    weight: float
    fields: frozenset[str]
    phrases: tuple[str, ...]
    regex: tuple[str, ...]
    language: str  # "en"/"nl"/"de"/"no" or "neutral": which negation words apply
    negatable: bool = True
    fuzzy: bool = True
    enabled: bool = True
    source: str = ""
    # Substrings one of which must occur before the regexes are tried (speed only).
    trigger: tuple[str, ...] = ()
    # Co-occurrence: one phrase of every group within `window` words of one clause.
    near: tuple[tuple[str, ...], ...] = ()
    window: int = 8
    # False: a "limited scope" demote never lowers this rule's level (breaches stay critical).
    demotable: bool = True
    # True: a hit of a `near` group after the first (the predicates; the first names the
    # object) preceded by a negation ("the site is not down") does not count.
    negate_near: bool = False
    # True, with `negate_near`: a negation before the first group's hit cancels it too. For
    # cues that something still works, whose object may carry the "not" ("not even guest
    # checkout works", "heller ikke kjøp som gjest fungerer"); elsewhere the first group is
    # often the negation itself ("keine Gutscheincodes funktionieren").
    negate_object: bool = False
    # True: the groups of `near` may lie on both sides of a comma or parenthesis (one
    # sentence): "shown the statements of other households, including their names".
    span_commas: bool = False
    # True: a negation within three words after a whole phrase cancels it, for cues that say
    # something still works ("card payments work" vs "card payments don't work either"); with
    # `negate_near`, after a hit of a predicate group too ("other pages ... werken niet").
    negate_after: bool = False

    __reduce__ = _reduce_by_init


# A phrase token: ("w", word) exact, ("p", prefix) for word*, ("s", suffix) for *word,
# ("i", infix) for *word*, ("g", "") for a gap.
PhraseToken = tuple[str, str]


@dataclass(frozen=True)
class CompiledPhrase:
    rule_index: int
    tokens: tuple[PhraseToken, ...]
    text: str
    group: int = -1  # >= 0: a phrase of the rule's n-th `near` group
    has_gap: bool = False
    # The exact second word, when there is one: a cheap test before the full match.
    second: str | None = None
    # For phrases of three words or more without gaps: the exact third word, if it is one.
    third: str | None = None
    # For phrases with gaps: the exact last word and the farthest it can be from the first.
    last: str | None = None
    max_span: int = 0
    # Number of tokens; `simple`: once the first word (and an exact second word) matched,
    # the whole phrase has (one word, or two words the second of which is exact).
    length: int = 1
    simple: bool = False
    # A near group's phrase: its group's bit (else 0), for ruling out near rules a text
    # cannot fire.
    near_bit: int = 0
    # A near group's phrase: the bits of all its rule's near groups, every one of which a
    # text must hold for the rule to fire (else 0, which every text holds): the scan's test.
    near_mask: int = 0
    # Whether a negation check of the engine's `_keep` applies to this phrase at all.
    may_cancel: bool = True

    __reduce__ = _reduce_by_init


# The exact scan's per-word entry for one field: the candidates without an exact second word,
# second word -> the candidates when the next token is that word, their near bits or-ed.
ExactEntry = tuple[list[CompiledPhrase], dict[str, list[CompiledPhrase]], int]
# A regex rule: its index, its trigger substrings (none: always tried), its regexes, each with
# the literals one of which it needs.
RegexEntry = tuple[int, tuple[str, ...], list[Prefilter]]

# The fuzzy scan's per-word entry for one field: the phrases it tries, their near bits or-ed.
FuzzyEntry = tuple[list[CompiledPhrase], int]


@dataclass
class RuleSet:
    """Rules compiled once: a first-word index for phrases, compiled regexes."""

    rules: tuple[Rule, ...]
    negation: Mapping[str, frozenset[str]]
    # first exact word -> phrases starting with it
    by_first_word: dict[str, list[CompiledPhrase]] = field(default_factory=dict)
    # prefix length -> prefix -> phrases whose first token is `prefix*`
    by_first_prefix: dict[int, dict[str, list[CompiledPhrase]]] = field(default_factory=dict)
    # last AFFIX_MIN letters -> phrases whose first token is `*suffix`
    by_first_suffix: dict[str, list[CompiledPhrase]] = field(default_factory=dict)
    # phrases whose first token is `*infix*`
    first_infix: list[CompiledPhrase] = field(default_factory=list)
    # (rule index, its trigger substrings (none: always tried), the rule's regexes, each with
    # the literals one of which it needs)
    regexes: list[RegexEntry] = field(default_factory=list)
    # field -> (position in `regexes`, entry) of the rules for that field without a trigger, and
    # trigger -> those of the rules with that trigger: the rules a text's triggers call for are
    # found without a pass over every regex rule
    regexes_untriggered: dict[str, list[tuple[int, RegexEntry]]] = field(default_factory=dict)
    regexes_by_trigger: dict[str, dict[str, list[tuple[int, RegexEntry]]]] = field(
        default_factory=dict
    )
    # Every trigger of every regex rule, in two kinds: word characters only (such a trigger
    # occurs in a text iff it occurs inside one of its word tokens, looked up per word in
    # `trigger_cache`), and the others (with a space or an apostrophe), searched in the text.
    word_triggers: tuple[str, ...] = ()
    other_triggers: tuple[str, ...] = ()
    # the literals of every rule regex and the other triggers, found in one read of a text
    # (each regex's `index`; a search per other trigger cost five times as much)
    regex_needles: NeedleIndex | None = None
    # word token -> the word triggers inside it (filled as words are seen; pure cache)
    trigger_cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _fuzzy_index: dict[str, list[str]] | None = None
    # word -> phrases that may start there (filled as words are seen; pure cache)
    candidate_cache: dict[str, list[CompiledPhrase]] = field(default_factory=dict)
    # (field, word) -> the exact-match candidates for that field, split by their exact second
    # word: (position, phrase) pairs without one, and second word -> pairs (pure cache)
    field_cache: dict[
        tuple[str, str],
        tuple[list[tuple[int, CompiledPhrase]], dict[str, list[tuple[int, CompiledPhrase]]]],
    ] = field(default_factory=dict)
    # field -> word -> ExactEntry, in `candidate_cache` order; the exact-matching scan's
    # index, filled as words are seen (pure cache)
    exact_index: dict[str, dict[str, ExactEntry]] = field(default_factory=dict)
    # field -> word -> the phrases the fuzzy (transcript) scan tries there (pure cache)
    fuzzy_cache: dict[str, dict[str, FuzzyEntry]] = field(default_factory=dict)
    # (kind, value, word) -> whether a phrase token matches the word tolerantly (pure cache)
    fuzzy_eq_cache: dict[tuple[str, str, str], bool] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: Sequence[Rule], negation: Mapping[str, frozenset[str]]) -> RuleSet:
        active = tuple(r for r in rules if r.enabled)
        rs = cls(rules=active, negation=dict(negation))
        bits = 0  # near group bits given out so far
        for i, rule in enumerate(active):
            near_mask = ((1 << len(rule.near)) - 1) << bits  # all of this rule's group bits
            first_bit = bits
            bits += len(rule.near)
            entries = [(text, -1) for text in rule.phrases]
            entries += [(text, g) for g, group in enumerate(rule.near) for text in group]
            # Customers without a German or Norwegian keyboard write "Bestellbestaetigung",
            # "Bestellbestatigung", "forsok": every phrase also matches its spellings
            # without diacritics.
            entries = [(t, g) for text, group in entries for t, g in _spellings(text, group)]
            for text, group in entries:
                # Hyphens split words in message text ("e-mail" is "e" "mail"), so here too.
                lowered = text.lower()
                if "-" in lowered:
                    lowered = re.sub(r"(?<=\w)-(?=\w)", " ", lowered)
                words = lowered.split()
                tokens = tuple(_phrase_token(t) for t in words)
                has_gap = any(kind == "g" for kind, _ in tokens)
                second = tokens[1][1] if len(tokens) > 1 and tokens[1][0] == "w" else None
                third = None
                if not has_gap and len(tokens) > 2 and tokens[2][0] == "w":
                    third = tokens[2][1]
                last = tokens[-1][1] if has_gap and tokens[-1][0] == "w" else None
                span = len(tokens) - 1 + sum(GAP_MAX - 1 for kind, _ in tokens if kind == "g")
                simple = len(tokens) == 1 or (len(tokens) == 2 and second is not None)
                predicate = rule.negate_near and (group > 0 or rule.negate_object)
                may_cancel = (
                    ((group < 0 or predicate) and rule.negatable)
                    or predicate
                    or (rule.negate_after and group < 0)
                )
                phrase = CompiledPhrase(
                    i, tokens, text, group, has_gap, second, third, last, span, len(tokens), simple,
                    1 << (first_bit + group) if group >= 0 else 0,
                    near_mask if group >= 0 else 0, may_cancel,
                )  # fmt: skip
                kind, value = tokens[0]
                if kind == "w":
                    rs.by_first_word.setdefault(value, []).append(phrase)
                elif kind == "s":
                    rs.by_first_suffix.setdefault(value[-AFFIX_MIN:], []).append(phrase)
                elif kind == "i":
                    rs.first_infix.append(phrase)
                else:
                    bucket = rs.by_first_prefix.setdefault(len(value), {})
                    bucket.setdefault(value, []).append(phrase)
            if rule.regex:
                patterns = [Prefilter(re.compile(p, re.IGNORECASE)) for p in rule.regex]
                rs.regexes.append((i, rule.trigger, patterns))
        for name in FIELDS:
            untriggered = rs.regexes_untriggered[name] = []
            by_trigger = rs.regexes_by_trigger[name] = {}
            for position, entry in enumerate(rs.regexes):
                if name not in active[entry[0]].fields:
                    continue
                if not entry[1]:
                    untriggered.append((position, entry))
                for trigger in entry[1]:
                    by_trigger.setdefault(trigger, []).append((position, entry))
        triggers = sorted({t for _, words, _ in rs.regexes for t in words})
        rs.word_triggers = tuple(t for t in triggers if re.fullmatch(r"\w+", t))
        rs.other_triggers = tuple(t for t in triggers if not re.fullmatch(r"\w+", t))
        # The literals the rules' regexes need (some 400; most mail holds few) and the other
        # triggers, found in one read of a text rather than one read per literal.
        rs.regex_needles = NeedleIndex(
            [p for _, _, patterns in rs.regexes for p in patterns], literals=rs.other_triggers
        )
        return rs

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (classifiers/rule_cache.py) without what classifying fills in."""
        state = dict(self.__dict__)
        for name in _PURE_CACHES:
            state[name] = {}
        state["_fuzzy_index"] = None
        return state

    def negation_for(self, language: str) -> frozenset[str]:
        # Every language's negation words apply to every rule: customers mix languages
        # ("de site is not down") and no cue means something else in another of ours.
        return self.negation.get("*", frozenset())

    def fuzzy_index(self) -> dict[str, list[str]]:
        """Deletion neighbourhood (up to two deletions) of every first word, for transcripts."""
        if self._fuzzy_index is None:
            index: dict[str, list[str]] = {}
            for word in self.by_first_word:
                if len(word) < 4:
                    continue
                for variant in _deletions(word, 2 if len(word) >= 7 else 1):
                    index.setdefault(variant, []).append(word)
            self._fuzzy_index = index
        return self._fuzzy_index


_PURE_CACHES = (
    "candidate_cache",
    "field_cache",
    "exact_index",
    "fuzzy_cache",
    "fuzzy_eq_cache",
    "trigger_cache",
)

_TRANSLITERATE = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o", "å": "aa"}
)
_STRIP = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o", "å": "a"})


def _spellings(text: str, group: int) -> list[tuple[str, int]]:
    """`text` and its spellings without diacritics (each once)."""
    out = [(text, group)]
    if text.isascii():
        return out
    for variant in (text.lower().translate(_TRANSLITERATE), text.lower().translate(_STRIP)):
        if variant != text.lower() and all(variant != t for t, _ in out):
            out.append((variant, group))
    return out


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# The rule files' 40,000 phrases repeat their words: each is read once (both caches are
# bounded by the rules' vocabulary).
@functools.lru_cache(maxsize=1 << 16)
def _phrase_token(token: str) -> PhraseToken:
    token = token.replace("’", "'")
    if token == GAP:
        return ("g", "")
    if token.startswith("*") and token.endswith("*") and len(token) > 2:
        return ("i", token[1:-1])
    if token.startswith("*"):
        return ("s", token[1:])
    if token.endswith("*"):
        return ("p", token[:-1])
    return ("w", canonical(token))  # as message words are read (classifiers/spelling.py)


@functools.lru_cache(maxsize=1 << 16)
def _token_ok(word: str) -> bool:
    """A phrase word: letters, `word*`, `*word`, `*word*` (an affix of AFFIX_MIN letters or
    more; `*` only at the ends), or the gap `...`."""
    if word == GAP:
        return True
    if not _TOKEN_OK.match(word) or word.strip("*") == "" or "*" in word.strip("*"):
        return False
    return not (word.startswith("*") and len(word.strip("*")) < AFFIX_MIN)


def _class_line(text: str, name: str) -> int:
    """Line of `name = ...` inside the file's [classes] table."""
    inside = False
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") == "[classes]"
            continue
        if inside and re.match(rf"{re.escape(name)}\s*=", stripped):
            return lineno
    return 1


def _class_error(name: str, text: str, cname: str, problem: str) -> RuleFileError:
    """`problem` at the line of file `name` where class `cname` stands: looked up only for
    an error (a scan of the file for every class was a third of every process's start-up)."""
    return RuleFileError(f"{name}:{_class_line(text, cname)}: {problem}")


def _resolve_classes(raw: Any, text: str, name: str) -> dict[str, tuple[str, ...]]:
    """The file's `[classes]`, each expanded to plain phrases (classes may name classes)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleFileError(f"{name}:1: `classes` must be a table of word lists")
    for cname, members in raw.items():
        if not _CLASS_NAME.match(cname):
            raise _class_error(
                name, text, cname, f"class name {cname!r}: lower-case letters, digits and _ only"
            )
        if not isinstance(members, list) or not members:
            raise _class_error(name, text, cname, f"class {cname}: a non-empty list of phrases")
        for m in members:
            if not isinstance(m, str) or not m.split():
                raise _class_error(name, text, cname, f"class {cname}: {m!r} is not a phrase")
            bad = [w for w in m.split() if not _CLASS_REF.fullmatch(w) and not _token_ok(w)]
            if bad or m.split()[0] == GAP or m.split()[-1] == GAP:
                what = bad[0] if bad else GAP
                raise _class_error(
                    name, text, cname, f"class {cname}: phrase {m!r} has a bad token {what!r}"
                )
    done: dict[str, tuple[str, ...]] = {}

    def expand_class(cname: str, chain: tuple[str, ...]) -> tuple[str, ...]:
        if cname in done:
            return done[cname]
        if cname in chain:
            cycle = " -> ".join((*chain, cname))
            raise _class_error(name, text, chain[0], f"circular class {cycle}")
        out: list[str] = []
        for member in raw[cname]:
            try:
                out.extend(
                    _expand(
                        member, lambda n: expand_class(n, (*chain, cname)) if n in raw else None
                    )
                )
            except _UnknownClass as exc:
                problem = f"class {cname}: unknown class @{exc}"
                raise _class_error(name, text, cname, problem) from None
        if len(out) > MAX_EXPANSION:
            raise _class_error(
                name,
                text,
                cname,
                f"class {cname} expands to {len(out)} phrases (max {MAX_EXPANSION})",
            )
        done[cname] = tuple(dict.fromkeys(out))
        return done[cname]

    for cname in raw:
        expand_class(cname, ())
    return done


class _UnknownClass(Exception):
    pass


def _expand(phrase: str, lookup: Any) -> list[str]:
    """`phrase` with each `@class` word replaced by every member of the class."""
    if "@" not in phrase:
        return [phrase]
    out = [""]
    for word in phrase.split():
        m = _CLASS_REF.fullmatch(word)
        if m is None:
            out = [f"{o} {word}" for o in out]
            continue
        members = lookup(m.group(1))
        if members is None:
            raise _UnknownClass(m.group(1))
        out = [f"{o} {member}" for o in out for member in members]
        if len(out) > MAX_EXPANSION:
            break
    return [o.strip() for o in out]


def _expand_rule(raw: Any, classes: Mapping[str, tuple[str, ...]]) -> tuple[Any, str | None, str]:
    """A raw rule with its `@class` words expanded: (rule, problem, key)."""
    if not isinstance(raw, dict):
        return raw, None, ""
    out = dict(raw)
    rule_id = raw.get("id", "?")
    for key in ("phrases", "near"):
        value = raw.get(key)
        if not isinstance(value, list):
            continue
        try:
            if key == "phrases":
                if all(isinstance(p, str) for p in value):
                    new = [q for p in value for q in _expand(p, classes.get)]
                    if len(new) > MAX_EXPANSION:
                        problem = (
                            f"rule {rule_id}: phrases expand to {len(new)} (max {MAX_EXPANSION})"
                        )
                        return raw, problem, key
                    out[key] = list(dict.fromkeys(new))
            else:
                groups = []
                for g in value:
                    if isinstance(g, list) and all(isinstance(p, str) for p in g):
                        new = [q for p in g for q in _expand(p, classes.get)]
                        if len(new) > MAX_EXPANSION:
                            problem = (
                                f"rule {rule_id}: a near group expands to {len(new)} (max "
                                f"{MAX_EXPANSION})"
                            )
                            return raw, problem, key
                        groups.append(list(dict.fromkeys(new)))
                    else:
                        groups.append(g)
                out[key] = groups
        except _UnknownClass as exc:
            known = ", ".join(f"@{c}" for c in sorted(classes)) or "none defined in this file"
            return raw, f"rule {rule_id}: unknown class @{exc} (known: {known})", key
    return out, None, ""


def _line_of(text: str, rule_number: int, key: str | None) -> int:
    """Line of the n-th `[[rule]]` table (1-based), or of `key` inside it."""
    lines = text.splitlines()
    seen = 0
    start = None
    for lineno, line in enumerate(lines, 1):
        if line.strip().startswith("[[rule]]"):
            seen += 1
            if seen == rule_number:
                start = lineno
                continue
            if start is not None:
                break
        if start is not None and key and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return lineno
    return start or 1


def _parse_rule(
    raw: Mapping[str, Any], default_language: str, where: str
) -> tuple[Rule | None, str | None, str | None]:
    """Return (rule, None, None) or (None, problem, offending key)."""
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        return None, f"unknown key {key!r} (known: {', '.join(sorted(_RULE_KEYS))})", key
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        return None, "rule without an `id` (a non-empty string)", None
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        return None, f"rule {rule_id}: `enabled` must be true or false", "enabled"
    level = raw.get("level")
    if level not in RULE_LEVELS:
        if not enabled and level is None:
            level = "low"  # switching a rule off needs only its id
        else:
            return None, f"rule {rule_id}: level {level!r} is not one of {RULE_LEVELS}", "level"
    weight = raw.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
        return None, f"rule {rule_id}: weight must be a positive number", "weight"
    fields = raw.get("fields", list(FIELDS))
    if not isinstance(fields, list) or not fields or any(f not in FIELDS for f in fields):
        return None, f"rule {rule_id}: fields must be a list from {FIELDS}", "fields"
    phrases = raw.get("phrases", [])
    if not isinstance(phrases, list) or any(not isinstance(p, str) for p in phrases):
        return None, f"rule {rule_id}: phrases must be a list of strings", "phrases"
    near = raw.get("near", [])
    if (
        not isinstance(near, list)
        or len(near) == 1
        or any(
            not isinstance(g, list) or not g or any(not isinstance(p, str) for p in g) for g in near
        )
    ):
        return None, f"rule {rule_id}: near must be two or more lists of phrases", "near"
    window = raw.get("window", 8)
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        return None, f"rule {rule_id}: window must be a positive whole number of words", "window"
    for p in [*phrases, *(q for g in near for q in g)]:
        words = p.split()
        if not words or words[0] == GAP or words[-1] == GAP:
            return None, f"rule {rule_id}: phrase {p!r} is empty or starts/ends with ...", "phrases"
        bad = [w for w in words if not _token_ok(w)]
        if bad:
            return None, f"rule {rule_id}: phrase {p!r} has a non-word token {bad[0]!r}", "phrases"
    regex = raw.get("regex", [])
    if isinstance(regex, str):
        regex = [regex]
    if not isinstance(regex, list) or any(not isinstance(p, str) for p in regex):
        return None, f"rule {rule_id}: regex must be a string or a list of strings", "regex"
    for pattern in regex:
        try:
            re.compile(pattern, re.IGNORECASE)  # as RuleSet.build compiles it: re's cache has it
        except re.error as exc:
            return None, f"rule {rule_id}: bad regex {pattern!r}: {exc}", "regex"
    if enabled and not phrases and not regex and not near:
        return None, f"rule {rule_id}: needs `phrases`, `near` or `regex`", None
    trigger = raw.get("trigger", [])
    if not isinstance(trigger, list) or any(not isinstance(t, str) or not t for t in trigger):
        return None, f"rule {rule_id}: trigger must be a list of non-empty strings", "trigger"
    for key in (
        "negatable",
        "fuzzy",
        "demotable",
        "negate_near",
        "negate_after",
        "span_commas",
        "negate_object",
    ):
        if not isinstance(raw.get(key, True), bool):
            return None, f"rule {rule_id}: `{key}` must be true or false", key
    if raw.get("negate_object", False) and not raw.get("negate_near", False):
        # it widens negate_near's check to the first group; alone it would do nothing
        return None, f"rule {rule_id}: `negate_object` needs `negate_near = true`", "negate_object"
    language = raw.get("language", default_language)
    if not isinstance(language, str):
        return None, f"rule {rule_id}: language must be a string", "language"
    rule = Rule(
        id=rule_id.strip(),
        level=str(level),
        weight=float(weight),
        fields=frozenset(fields),
        phrases=tuple(phrases),
        regex=tuple(regex),
        language=language,
        negatable=raw.get("negatable", True),
        fuzzy=raw.get("fuzzy", True),
        enabled=enabled,
        source=where,
        trigger=tuple(t.lower() for t in trigger),
        near=tuple(tuple(g) for g in near),
        window=window,
        demotable=raw.get("demotable", True),
        negate_near=raw.get("negate_near", False),
        span_commas=raw.get("span_commas", False),
        negate_after=raw.get("negate_after", False),
        negate_object=raw.get("negate_object", False),
    )
    return rule, None, None


def parse_rule_file(text: str, name: str) -> tuple[list[Rule], str, frozenset[str]]:
    """Parse one rule file's text; `name` is used in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column \d+\)", msg)
        if m:
            line = m.group(1)
        elif "end of document" in msg:
            line = str(max(1, len(text.splitlines())))
        else:
            line = "1"
        what = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", msg)
        what = what or "invalid TOML"
        raise RuleFileError(f"{name}:{line}: {what}") from None
    language = data.get("language", "neutral")
    if not isinstance(language, str):
        raise RuleFileError(f"{name}:1: `language` must be a string")
    negation = data.get("negation", [])
    if not isinstance(negation, list) or any(not isinstance(w, str) for w in negation):
        raise RuleFileError(f"{name}:1: `negation` must be a list of words")
    classes = _resolve_classes(data.get("classes"), text, name)
    unknown = set(data) - {"language", "negation", "rule", "classes"}
    if unknown:
        raise RuleFileError(f"{name}:1: unknown top-level key {sorted(unknown)[0]!r}")
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleFileError(f"{name}:1: rules must be [[rule]] tables")
    rules: list[Rule] = []
    ids: set[str] = set()
    for n, raw in enumerate(raw_rules, 1):
        expanded, expand_problem, expand_key = _expand_rule(raw, classes)
        if expand_problem is not None:
            raise RuleFileError(f"{name}:{_line_of(text, n, expand_key)}: {expand_problem}")
        rule, problem, key = _parse_rule(expanded, language, name)
        if rule is None:
            raise RuleFileError(f"{name}:{_line_of(text, n, key)}: {problem}")
        if rule.id in ids:
            line = _line_of(text, n, "id")
            raise RuleFileError(f"{name}:{line}: duplicate rule id {rule.id}")
        ids.add(rule.id)
        rules.append(rule)
    return rules, language, frozenset(w.lower().replace("’", "'") for w in negation)


def _shipped() -> list[tuple[str, str]]:
    base = resources.files("classifiers") / "rules"
    return [
        (f"classifiers/rules/{n}", (base / n).read_text(encoding="utf-8")) for n in SHIPPED_FILES
    ]


def load_rules(
    rule_files: Sequence[Path] = (),
    inline: Sequence[Mapping[str, Any]] = (),
    cache_dir: Path | None = None,
) -> RuleSet:
    """The shipped rules, then operator files, then inline rules; a later id replaces an earlier.

    Compiling them takes a second (thousands of phrases, hundreds of regexes): a process that
    loads the same rule texts and inline rules again (a SIGHUP that left the rules alone,
    `check-config` then start-up, every app a test builds) gets the RuleSet it compiled
    before. Its caches are pure, so sharing it changes no result. The files are read every
    time: an edited file is a new key. With `cache_dir`, a RuleSet compiled by an earlier
    process from the same texts is read from there (classifiers/rule_cache.py)."""
    sources: list[tuple[str, str]] = _shipped()
    for path in rule_files:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise RuleFileError(f"{path}:0: cannot read rule file: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise RuleFileError(f"{path}:0: not UTF-8 text") from None
    try:
        inline_key = json.dumps([dict(raw) for raw in inline], sort_keys=True)
    except (TypeError, ValueError):  # not tables, or TOML dates: compiled, not remembered
        return _compile(sources, inline)
    key = (tuple(sources), inline_key)
    with _COMPILED_LOCK:
        rules = _COMPILED.pop(key, None)  # back in at the end: the most recently used
        if rules is None:
            disk_key = rule_cache.cache_key(json.dumps(sources), inline_key)
            rules = rule_cache.cached(
                cache_dir, disk_key, lambda: _compile(sources, inline), RuleSet
            )
        _COMPILED[key] = rules
        while len(_COMPILED) > _COMPILED_MAX:
            _COMPILED.pop(next(iter(_COMPILED)))
        return rules


# (rule sources, inline rules as JSON) -> RuleSet, oldest first; a few, as each holds megabytes.
_COMPILED: dict[tuple[tuple[tuple[str, str], ...], str], RuleSet] = {}
_COMPILED_MAX = 4
_COMPILED_LOCK = threading.Lock()


def _compile(sources: Sequence[tuple[str, str]], inline: Sequence[Mapping[str, Any]]) -> RuleSet:
    by_id: dict[str, Rule] = {}
    negation: dict[str, set[str]] = {}
    for name, text in sources:
        rules, language, words = parse_rule_file(text, name)
        negation.setdefault(language, set()).update(words)
        for rule in rules:
            by_id.pop(rule.id, None)  # an override moves to the end, like a fresh rule
            by_id[rule.id] = rule
    for n, raw in enumerate(inline, 1):
        where = f"config [[classifier.rules]] #{n}"
        if not isinstance(raw, Mapping):
            raise RuleFileError(f"{where}: a rule must be a table")
        parsed, problem, _key = _parse_rule(raw, str(raw.get("language", "*")), where)
        if parsed is None:
            raise RuleFileError(f"{where}: {problem}")
        by_id.pop(parsed.id, None)
        by_id[parsed.id] = parsed
    everything = frozenset(w for words in negation.values() for w in words)
    neg = {lang: frozenset(words) for lang, words in negation.items()}
    neg["*"] = everything
    neg["neutral"] = everything
    return RuleSet.build(list(by_id.values()), neg)
