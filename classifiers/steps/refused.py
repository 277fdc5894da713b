"""An accounting or ERP integration's 401/403 told as no integration down now.

`<lang>.cx_accounting_refuses_access_near` (1c45fac) reads the accounting or ERP system's
401/403 ("Die Schnittstelle zu DATEV meldet nur noch 403 Forbidden") as an integration down
(urgent). Not in a sentence about a test or staging system ("In our test system the Xero
integration returns 403"), one user's wrong password refused ("When I log in to our accounting
with a wrong password I get 403"), a wish ("We would like the Xero integration to show a clear
message instead of just 401") or a 401 since fixed ("Forrige uke ga koblingen til Tripletex
403, det er fikset nå").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.matching import _forget_matches_in, _joined_words
from classifiers.model import FiredRule
from classifiers.steps.diverted import _TEST_SHOP, _WISHED, _fixed_after, _fixed_alone

_REFUSED = ".cx_accounting_refuses_access_near"
# one user's wrong password refused, as it should be ("When I log in to the accounting with a
# wrong password I get 403")
_WRONG_PASSWORD = re.compile(
    r"\b(?:wrong|incorrect|mistyped|old) password|\bfalsch\w* (?:passwort|kennwort)|"
    r"\bverkeerd\w* wachtwoord|\bfout\w* wachtwoord|\bfeil passord|\bgammelt passord",
    re.IGNORECASE,
)


def _told_aside(sentence: str) -> bool:
    """`sentence` tells the refusal of a test system, a wrong password, wished or fixed."""
    return bool(
        _TEST_SHOP.search(sentence)
        or _WRONG_PASSWORD.search(sentence)
        or _WISHED.search(sentence)
        or _fixed_after(sentence)
    )


def _drop_refusal_told_aside(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget the integration-refused matches said only in sentences that tell no integration
    down now; all of them beside a sentence that only tells the matter fixed."""
    mine = {i for i in new if found[i].id.endswith(_REFUSED)}
    if not mine:
        return
    sentences = split(text)
    if any(_fixed_alone(s) for s in sentences):
        parts = [_joined_words(text)]
    else:
        parts = [_joined_words(s) for s in sentences if _told_aside(s)]
    if parts:
        _forget_matches_in(parts, found, mine, levels=("urgent",))
