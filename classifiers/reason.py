"""A one-line reason for a classification's level (`classify(..., explain=True)`).

`decide()` weighs the matches the reading steps left standing and answers with a level
only, for speed; this says afterwards which matches carried the level and which cue lowered
it. It adds the weights as `decide()` does (the same words once per level, `THRESHOLD`, a
demote of 2 as "resolved") but does not replay each of its cues: where `decide()` counts a
match lower without a demote rule (a login beside a site said to work, a test system beside
the live one), the reason says so in general words, naming the match it lowered.
"""

from __future__ import annotations

from collections.abc import Sequence

from classifiers.cues import _SINGLE_USER, _VISITORS_UNAFFECTED, THRESHOLD
from classifiers.decide import _LIVE_FINE, _LIVE_NAMED_FINE, _TEST_SYSTEM, _weights
from classifiers.decision_cues import server_error_unqualified
from classifiers.model import LEVELS, FiredRule, SetAside

# critical 0 ... low 3: a higher rank is a lower level
_RANK = {level: rank for rank, level in enumerate(LEVELS)}


def _scores(fired: Sequence[FiredRule]) -> dict[str, float]:
    """Each level's weight as `decide._decide` adds it."""
    score: dict[str, float] = {}
    for (level, _field, _matched), weight in _weights(fired).items():
        score[level] = score.get(level, 0.0) + weight
    return score


def _named(rules: Sequence[FiredRule]) -> str:
    """ "en.site_down", "en.site_down and nl.x", "en.site_down and 2 more": heaviest first."""
    ids = list(dict.fromkeys(r.id for r in sorted(rules, key=lambda r: -r.weight)))
    if len(ids) <= 2:
        return " and ".join(ids)
    return f"{ids[0]} and {len(ids) - 1} more"


def _scope(fired: Sequence[FiredRule]) -> str:
    """The kind of limit the demotes beside `fired` name, in decide()'s terms."""
    if any(r.id.endswith(_TEST_SYSTEM) for r in fired) and any(
        r.id.endswith((_LIVE_FINE, _LIVE_NAMED_FINE, _VISITORS_UNAFFECTED)) for r in fired
    ):
        return "a test system fails, the live one works"
    if any(r.id.endswith(_SINGLE_USER) for r in fired):
        return "one user's problem"
    return "a limited scope"


def level_reason(
    fired: Sequence[FiredRule], firm: bool, severity: str, set_aside: Sequence[SetAside] = ()
) -> str:
    """Why `fired` (the rules left standing; `firm`: one is a critical no cue lowers) gave
    `severity`; with the matches of a higher level the reading steps set aside, as the
    question at night is why a mail was not paged."""
    # (not another language's rule: its words matched by a coincidence of spelling, which is
    # no answer to "why not paged"; the list of matches set aside still shows them)
    higher = [
        s
        for s in set_aside
        if _RANK.get(s.rule.level, len(_RANK)) < _RANK[severity] and s.step != "language"
    ]
    if not higher:
        return _weighed(fired, firm, severity)
    steps = ", ".join(dict.fromkeys(s.step for s in higher))
    named = _named([s.rule for s in higher])
    return f"{_weighed(fired, firm, severity)}; set aside: {named} ({steps})"


def _weighed(fired: Sequence[FiredRule], firm: bool, severity: str) -> str:
    """Which matches carried `severity`, and what lowered or raised it."""
    if not fired:
        return f"no rule fired: {severity} is the level of a message that names no failure"
    score = _scores(fired)
    demotes = [r for r in fired if r.level == "demote"]
    resolved = [r for r in demotes if r.weight >= 2.0]
    reached = next((level for level in LEVELS if score.get(level, 0.0) >= THRESHOLD), None)
    if severity == "critical" and reached != "critical" and server_error_unqualified(fired):
        errors = [r for r in fired if r.level == "critical"]
        return (
            f"critical: a server error ({_named(errors)}) that nothing in the mail narrows or "
            "ends is taken as the site failing for its visitors"
        )
    if reached is None:
        if severity == "low" and resolved:
            return f"low: {_named(resolved)} says it is resolved, and nothing still wrong was named"
        signals = [r for r in fired if r.level in _RANK]
        strongest = min(signals, key=lambda r: (_RANK[r.level], -r.weight), default=None)
        best = "" if strongest is None else f"; the strongest: {strongest.level} {strongest.id}"
        return f"{severity}: no level reached the threshold ({THRESHOLD:g}){best}; " + (
            "a customer writing in is taken to report a problem"
            if severity == "standard"
            else "only words of a request or a question"
        )
    top = [r for r in fired if r.level == reached]
    carried = f"{_named(top)} reached the threshold ({score[reached]:g} of {THRESHOLD:g})"
    if severity == reached:
        # a demote steps down a critical or an urgent only: beside a standard or a low one it
        # has nothing to explain
        if demotes and severity in ("critical", "urgent"):
            why = "does not lower a breach-class match" if firm else "did not lower it"
            return f"{severity}: {carried}; {_named(demotes)} {why}"
        return f"{severity}: {carried}"
    if _RANK[severity] > _RANK[reached]:
        if demotes:
            kind = "resolved" if resolved else _scope(fired)
            return f"{severity}: {reached} {carried}, lowered by {_named(demotes)} ({kind})"
        return (
            f"{severity}: {reached} {carried}, counted lower beside the other matches (said of "
            "a part, of a test system or of one user)"
        )
    return f"{severity}: {reached} {carried}, counted higher beside the other matches"
