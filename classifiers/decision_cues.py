"""Two decision steps chosen by replaying them on held-out batches (bench/decision_replay.py).

Pure predicates over the fired rules that import nothing of the engine, so the replay can
put them to an old engine's fired rules as they stand here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from classifiers.model import FiredRule

# "for everyone", "every page", "nobody", "completely": the failure's reach
FOR_EVERYONE = ".outage_scope_all"
# A server's own error text quoted by the customer: HTTP 5xx, "fatal error" (the rules
# `neutral.http_5xx_outage_signal` and `neutral.php_fatal_error_outage_signal`).
SERVER_ERROR_SIGNALS = (".http_5xx_outage_signal", ".php_fatal_error_outage_signal")
# A device or browser in a limited-scope cue ("auf dem Handy", "in Safari", "op mobiel").
DEVICE_WORD = re.compile(
    r"\b(?:mobile|mobiel|mobil|mobilen|mobiltelefon|handy|phone|telefoon|telefon|telefonen"
    r"|iphone|android|safari|chrome|firefox|edge|tablet|ipad|laptop|desktop|pc|computer)\b"
)
# The `.outage_scope_all` words that say how badly, not for whom ("completely", "helt").
DEGREE_ONLY = re.compile(
    r"(?:completely|totally|at all|komplett|völlig|vollständig|ganz|gar nicht|helemaal"
    r"|volledig|totaal|helt|fullstendig|totalt|in production|production is|live site"
    r"|productie|produksjon|produktion|live seite|totalausfall)"
)


def server_error_unqualified(fired: Sequence[FiredRule]) -> bool:
    """A server error the customer reports now, which nothing in the mail narrows or ends:
    no demote cue at all (one page, some users, the rest works, a test site, fixed). Alone
    it is half a critical signal, and the rules would call the mail a bug (standard); but
    a customer who writes in with "502 Bad Gateway" and nothing else has a site that fails
    for its visitors until shown otherwise, and a missed outage is the worst failure.
    Replayed at round 14 on batches 22-27 and at round 18 on batches 26-28: four missed
    criticals found, two false ones added; no corpus mail changed (7cedd26)."""
    return any(r.level == "critical" and r.id.endswith(SERVER_ERROR_SIGNALS) for r in fired) and (
        not any(r.level == "demote" for r in fired)
    )


def device_named_where_all_fail(fired: Sequence[FiredRule]) -> bool:
    """ "A fatal error on every page, on the PC and auf dem Handy": where the mail says the
    failure reaches every page or everyone, a device or browser it names is where it was
    seen, not a limit. True when the only demote cues are such device scopes and a scope cue
    names all pages, users or requests (not only a degree: "completely white on mobile"
    may still be mobile only). Replayed at round 18 on batches 26-28 (one missed critical
    found, no false one) and at round 14 on 22-27 (no change); no corpus mail changed
    (1355e69)."""
    demotes = [r for r in fired if r.level == "demote"]
    return (
        bool(demotes)
        and all(r.id.endswith(".limited_scope") and DEVICE_WORD.search(r.matched) for r in demotes)
        and any(r.id.endswith(FOR_EVERYONE) and not DEGREE_ONLY.fullmatch(r.matched) for r in fired)
    )
