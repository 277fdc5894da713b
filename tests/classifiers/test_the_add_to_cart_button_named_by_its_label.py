"""The add-to-cart button named by its label, said to do nothing: nobody gets into the basket.

"Jeg la merke til at «Legg i handlekurv»-knappen ikke gjør noe på den nye nettsiden"
(batch69, "ikke noe stress"): the button named by its label and a hyphen ("Legg i
handlekurv-knappen") and the negation before the verb of a clause after "at" ("ikke gjør
noe") were no phrase of `no.cx_pay_click_does_nothing`, and the main clause's "gjør ikke noe"
no phrase of it or of `no.checkout_blocked_near`, as "does nothing" is in English. Another
button that does nothing (a wish list, the newsletter) stays small; the basket button on the
phone only, the PC said to work, is that device's (one step down).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Jeg la merke til at «Legg i handlekurv»-knappen ikke gjør noe på den nye "
                       "nettsiden. Har prøvd på mac, på mobilen og på pc-en."),
    ("critical", "no", "Legg i handlekurv-knappen gjør ingenting."),
    ("critical", "no", "Betalingsknappen gjør ikke noe."),
]  # fmt: skip

NEAR_MISSES = [
    # another button
    ("standard", "no", "Ønskeliste-knappen gjør ikke noe."),
    ("standard", "no", "Knappen for nyhetsbrevet gjør ikke noe."),
    # the phone only, the PC works
    ("urgent", "no", "Legg i handlekurv-knappen gjør ikke noe på mobilen, på PC-en virker den "
                     "fint."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
