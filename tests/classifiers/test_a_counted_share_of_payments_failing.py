"""A counted share of the payments fails: payment degraded, not impossible.

"Roughly 3 in 10 card payments are failing (18 failed out of 60 attempts)", "30 % der
Kartenzahlungen scheitern", "12 van de 40 betalingen mislukken", "9 av 30 kortbetalinger
feiler": a part of the payments, counted, fails while the rest go through; customers can
still pay, so it is urgent (`<lang>.cx_counted_share_of_payments`, one step down), not
payment impossible. None of them going through ("0 of 64"), all of them failing ("64 of 64",
"100 %") is no part: it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since lunchtime card payments are failing again: roughly 3 in 10 card "
                     "payments get declined."),
    ("urgent", "en", "Card payments are failing since this morning, Stripe shows 18 failed out "
                     "of 60 attempts."),
    ("urgent", "en", "Payments are failing at checkout: about 25 % of card payments end with "
                     "an error since the update."),
    ("urgent", "nl", "Sinds vanmiddag mislukken de kaartbetalingen weer: 12 van de 40 "
                     "betalingen geven een fout."),
    ("urgent", "nl", "De creditcardbetalingen mislukken, ongeveer 30 % van de betalingen komt "
                     "niet door."),
    ("urgent", "de", "Die Kartenzahlungen scheitern seit heute früh, etwa 30 % der "
                     "Kartenzahlungen brechen mit einem Fehler ab."),
    ("urgent", "de", "Kartenzahlungen schlagen fehl: 18 von 60 Zahlungen wurden seit 9 Uhr "
                     "abgelehnt."),
    ("urgent", "no", "Kortbetalingene feiler igjen siden lunsj, 9 av 30 kortbetalinger blir "
                     "avvist."),
    ("urgent", "no", "Betalingene feiler i kassen, rundt 30 prosent av kortbetalingene går "
                     "ikke gjennom."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Card payments are failing since 09:05: 0 of 64 card payments went "
                       "through, card is our only method."),
    ("critical", "en", "Payments are failing for everyone, 64 of 64 payments failed since this "
                       "morning."),
    ("critical", "en", "100 % of card payments fail since the release, nobody can pay."),
    ("critical", "nl", "Niemand kan betalen: 0 van de 37 betalingen is gelukt sinds 10:15."),
    ("critical", "de", "Niemand kann bezahlen, 44 von 44 Zahlungen sind seit 8:50 "
                       "fehlgeschlagen."),
    ("critical", "no", "Ingen kan betale, 0 av 41 betalinger har gått gjennom siden i morges."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
