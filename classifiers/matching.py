"""The rules' regexes over a text, and the helpers every reading step uses to find where a
match lies, in which sentence, and to forget it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.literals import Prefilter
from classifiers.model import FiredRule
from classifiers.rules import Rule, RuleSet
from classifiers.scan import SOFT, negated
from classifiers.sentences import sentences
from classifiers.words import _tokens


def _scan_regexes(
    rs: RuleSet, text: str, tokens: list[str], field: str, found: dict[int, FiredRule]
) -> None:
    """Regex rules (`tokens`: the words of `text`), each tried if one of its triggers occurs."""
    lowered = text.lower()
    # the rules without a trigger and those whose trigger occurs, in rule order as before
    chosen = dict(rs.regexes_untriggered[field])
    by_trigger = rs.regexes_by_trigger[field]
    for trigger in _triggers_in(rs, lowered, tokens):
        chosen.update(by_trigger.get(trigger, ()))
    # the literals of the rule regexes in the text, read once: `pattern.may_match` asks the
    # same, one call per pattern
    index_ = rs.regex_needles
    needles = index_.present_lowered(lowered) if index_ is not None and chosen else None
    for position in sorted(chosen):
        index, _trigger, patterns = chosen[position]
        if index in found:
            continue
        rule = rs.rules[index]
        for pattern in patterns:
            if needles is not None and pattern.ignore_case and pattern.index is index_:
                if pattern.misses(needles):
                    continue
            elif not pattern.may_match(lowered, lowered):
                continue
            fired = _first_unnegated(rs, rule, pattern, lowered)
            if fired is not None:
                found[index] = FiredRule(rule.id, rule.level, field, fired, rule.weight)
                break


def _triggers_in(rs: RuleSet, lowered: str, tokens: list[str]) -> set[str]:
    """The regex triggers that occur in `lowered` (`tokens`: its word tokens). A trigger of
    word characters lies within one run of them, and each such run within one token (tokens
    are made of the same lowered text), so it occurs iff it occurs inside some token: known
    per word from earlier texts, instead of some fifty substring searches per text."""
    # the read of the regexes' literals (`_scan_regexes`) finds the other triggers too
    index = rs.regex_needles
    present: set[str] = set()
    if index is not None:
        present.update(index.present(lowered).intersection(rs.other_triggers))
    cache = rs.trigger_cache
    for tok in set(tokens):
        if tok > SOFT:
            inside = cache.get(tok)
            if inside is None:
                inside = frozenset(t for t in rs.word_triggers if t in tok)
                if len(cache) < 50_000:  # bounded: the vocabulary of mail is not
                    cache[tok] = inside
            if inside:
                present |= inside
    return present


def _first_unnegated(rs: RuleSet, rule: Rule, pattern: Prefilter, lowered: str) -> str | None:
    for m in pattern.finditer(lowered, lowered=True):
        if rule.negatable:
            before = _tokens(lowered[max(0, m.start() - 60) : m.start()])
            if negated(before, len(before), [], rs.negation_for(rule.language)):
                continue
        return m.group(0).strip()
    return None


def _occurs(gate: Prefilter, text: str, lowered: str) -> bool:
    """`gate.pattern.search(text) is not None`, without the search when a literal it needs
    is missing (`lowered`: `text.lower()`)."""
    return gate.may_match(text, lowered) and gate.search(text, lowered=text is lowered) is not None


# A paragraph wrapped at 72 or 80 characters ("unreachable last\nnight"): its lines are one
# sentence for the frames that look for a time ("last night", "gestern Abend") in it.
_WRAP = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")


def _unwrap(text: str) -> str:
    """`text` with the single line breaks inside its paragraphs as spaces: `_WRAP.sub(" ",
    text)`, found from each line break rather than tried at every character (a quarter of
    the time on a 5 KB mail)."""
    i = text.find("\n")
    if i == -1:
        return text
    out: list[str] = []
    pos, end = 0, len(text)
    while i != -1:
        start, after = i, i + 1  # the spaces and tabs before the break go with it
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        while after < end and text[after] in " \t":
            after += 1
        if (
            start > 0
            and after < end
            and not text[start - 1].isspace()
            and not text[after].isspace()
        ):
            out.append(text[pos:start])
            out.append(" ")
            pos = i + 1
        i = text.find("\n", i + 1)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _sentence_memo() -> Callable[[str], list[str]]:
    """`sentences`, remembered for one field of one message (not across messages)."""
    memo: dict[str, list[str]] = {}

    def split(text: str) -> list[str]:
        if text not in memo:
            memo[text] = sentences(text)
        return memo[text]

    return split


def _pieces(fired: FiredRule) -> list[str]:
    """The words a rule matched, piece by piece (a near rule's pieces are joined by "…")."""
    return [piece.strip() for piece in fired.matched.split("…")]


def _joined_words(text: str) -> str:
    """The words of `text` joined by spaces, without clause marks: the form `_lies_within`
    compares matched pieces with."""
    return " ".join(t for t in _tokens(text) if t > SOFT)


def _starts_of(words: list[str], tokens: list[str]) -> list[int]:
    """Every index of `tokens` at which the run `words` (a match split into words) stands."""
    n = len(words)
    head = words[0] if words else None
    return [
        k
        for k in range(len(tokens) - n + 1)
        if (head is None or tokens[k] == head) and tokens[k : k + n] == words
    ]


def _lies_within(fired: FiredRule, part: str) -> bool:
    """Every piece `fired` matched occurs in `part` (tokens joined by spaces)."""
    return all(piece in part for piece in _pieces(fired))


def _forget_matches_in(
    parts: list[str],
    found: dict[int, FiredRule],
    new: set[int],
    levels: tuple[str, ...] = ("critical", "urgent"),
    told: str | None = None,
) -> None:
    """Forget the rules among `new` of `levels` whose every matched piece lies within
    `parts` (sentences or spans, as tokens joined by spaces): a question, a past outage,
    news about others, a request, a denial, not the writer's report. With `told` (the rest
    of the text, joined the same way), a rule whose pieces all occur there too is kept: the
    same words said outside the parts are said ("Wir hatten eine Datenpanne. Um eine weitere
    Datenpanne zu vermeiden, ...").
    A forgotten rule leaves `new` as well as `found`, so a later pass over the same `new`
    meets only rules still found."""
    joined = " | ".join(parts)
    for index in list(new):
        fired = found.get(index)
        if fired is None:
            new.discard(index)
            continue
        if (
            fired.level in levels
            and _lies_within(fired, joined)
            and not (told is not None and _lies_within(fired, told))
        ):
            del found[index]
            new.discard(index)
