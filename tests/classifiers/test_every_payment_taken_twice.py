"""Every card order charged (captured, debited) twice: a major function broken for every buyer
(urgent; the orders and the money come in, twice over), `<lang>.cx_charged_twice_for_all_near`.

One customer's order charged twice is that order's defect (standard,
`<lang>.cx_charged_twice_near`): its words ("Bestellung ... abgebucht", "bestillingen ... ble
trukket") are no order paid for and never created, a critical that the engine forgets
(classifiers/decide.py `_without_mail_words`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since this morning every card order is charged twice. Customers see two "
                     "identical payments on their statement."),
    ("urgent", "en", "All card payments are being captured twice since the update, every customer "
                     "is billed double."),
    ("urgent", "de", "Seit heute Morgen wird jede Kartenbestellung doppelt abgebucht. Die Kunden "
                     "sehen zwei gleiche Zahlungen."),
    ("urgent", "de", "Alle Kartenzahlungen werden seit dem Update zweimal belastet, jeder Kunde "
                     "zahlt doppelt."),
    ("urgent", "nl", "Sinds vanochtend wordt elke bestelling met creditcard twee keer "
                     "afgeschreven. Klanten zien twee dezelfde betalingen."),
    ("urgent", "nl", "Alle kaartbetalingen worden sinds de update dubbel geïncasseerd, elke klant "
                     "betaalt twee keer."),
    ("urgent", "no", "Siden i morges blir hver kortbestilling trukket to ganger. Kundene ser to "
                     "like betalinger på kontoen."),
    ("urgent", "no", "Alle kortbetalinger blir belastet dobbelt etter oppdateringen, hver kunde "
                     "betaler to ganger."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer's order
    ("standard", "en", "One customer says she was charged twice for her order yesterday. Could you "
                       "check? Other orders look fine."),
    ("standard", "de", "Eine Kundin sagt, ihre Bestellung wurde gestern doppelt abgebucht. Andere "
                       "Bestellungen sehen normal aus."),
    ("standard", "nl", "Eén klant zegt dat haar bestelling gisteren twee keer is afgeschreven. "
                       "Andere bestellingen zien er normaal uit."),
    ("standard", "no", "En kunde sier at bestillingen hennes ble trukket to ganger i går. Andre "
                       "bestillinger ser normale ut."),
    ("standard", "en", "Could you check why one order was charged twice last week? Probably a "
                       "double click."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
