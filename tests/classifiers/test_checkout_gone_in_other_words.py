"""Checkout impossible, told without the usual words: "customers can't put anything in the
cart", "sinds vanochtend geen omzet" (with the cart empty for everyone), "alle priser står på
0,00 og bestillingsknappen er borte" (`en.checkout_impossible`, `nl.checkout_impossible`,
`no.checkout_blocked_near`).

Session 14 found these by writing reports of its own: at 50d8bb8 the three paraphrases below
were standard or urgent; their German and Dutch or English twins were critical already. Less
turnover in a quiet month, and a wish for a bigger order button, stay low.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", 'Since the update last night every product page just says "Something '
                       "went wrong\". Customers can't put anything in the cart."),
    ("critical", "nl", "De winkelwagen is bij iedereen leeg na het klikken op afrekenen, sinds "
                       "vanochtend geen omzet."),
    ("critical", "no", "Siden laster, men alle priser står på 0,00 og bestillingsknappen er "
                       "borte."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "nl", "In januari hebben we bijna geen omzet, kunnen we de banner voor de "
                  "uitverkoop eerder zetten?"),
    ("low", "nl", "Sinds de nieuwe homepage hebben we minder omzet, kunnen jullie de knoppen "
                  "groter maken?"),
    ("low", "no", "Kan dere gjøre bestillingsknappen større? Den er borte på mobil i liggende "
                  "modus noen ganger."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
