"""Orders not transferred, exported or synced ("the integration with Xero has stopped, no
orders have been transferred since Monday", "Integrasjonen mot Tripletex har stoppet, ingen
ordre er overført siden mandag"): the sale went through, what stopped is the hand-over to
another system. An integration down (urgent), not nobody able to order (critical).

Session 54 found it in batch 54 (read as critical): `<lang>.cx_orders_not_passed_on` needed the
other system named in the same clause ("overført til Tripletex"); named in the clause before,
"ingen ordre er overført" was read as no orders at all. A transfer verb names the hand-over by
itself: "transferred", "exported", "synced", "overført", "übertragen", "overgezet".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Integrasjonen mot Tripletex har stoppet, ingen ordre er overført siden "
                     "mandag. Se feilmelding."),
    ("urgent", "en", "The integration with Xero has stopped, no orders have been transferred "
                     "since Monday."),
    ("urgent", "de", "Die Schnittstelle zu DATEV ist ausgefallen, seit Montag wurden keine "
                     "Bestellungen übertragen."),
    ("urgent", "nl", "De koppeling met Exact is gestopt, sinds maandag zijn er geen orders "
                     "overgezet."),
    ("urgent", "en", "Since the update no orders are exported any more, the warehouse has "
                     "nothing to pick."),
]  # fmt: skip

NEAR_MISSES = [
    # no orders at all come in: the shop sells nothing (critical)
    ("critical", "en", "Since Monday no orders have come in at all, nobody can check out."),
    ("critical", "no", "Siden mandag har vi ikke fått inn en eneste ordre, ingen kommer gjennom "
                       "kassen."),
    ("critical", "de", "Seit Montag sind keine Bestellungen mehr eingegangen, niemand kommt "
                       "durch den Checkout."),
    # nobody can pay, the checkout fails for everyone: no orders transferred because none were
    # made, no integration named (critical; review of 86c5838)
    ("critical", "en", "Since 9 this morning the payment step fails for every customer, no orders "
                       "have been pushed through at all."),
    ("critical", "en", "Nobody can pay since the Mollie update, no orders imported today, the "
                       "checkout shows an error for everyone."),
    ("critical", "de", "Niemand kann zahlen, die Kasse zeigt bei allen einen Fehler, seit heute "
                       "früh wurden keine Bestellungen übermittelt."),
    ("critical", "no", "Ingen kunder kan betale, ingen ordre er overført siden i morges, kassen "
                       "viser feil for alle."),
    ("critical", "nl", "Niemand kan betalen, de kassa geeft bij iedereen een foutmelding, sinds "
                       "vanochtend zijn er geen orders overgezet."),
    # a question about an export that works
    ("low", "nl", "Kunnen jullie de orders van vorige maand ook naar Excel exporteren? Alles "
                  "werkt verder prima."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
