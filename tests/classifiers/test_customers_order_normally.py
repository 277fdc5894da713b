"""The back office, a mail or a link fails, and the mail says outright that customers still order.

"Bij geen enkele bestelling kunnen we de status nog op verzonden zetten ... het is niet alleen
bij mij ... Klanten kunnen in de shop zelf wel gewoon bestellen en betalen" was critical: "geen
enkele bestelling" read as nobody able to buy, and the user widen ("niet alleen bij mij") took
back the step down. "Keine Bestellungen seit gestern" in the subject of a stock-system link that
stopped, beside "Die Kunden können normal bestellen", and "Die Bestellungen kommen ganz normal bei
uns an ... nur die Mail bekommt niemand" were critical too. A shop said to sell normally
(`<lang>.cx_customers_order_normally`, one step down that no user or device widen takes back) has
a checkout that works: the failure is a function lost (urgent). A shop whose customers cannot
order normally, or a site down beside it, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "Het is niet alleen bij mij, ook bij mijn collega's. Bij geen enkele "
                     "bestelling kunnen we de status nog op verzonden zetten. Klanten kunnen in "
                     "de shop zelf wel gewoon bestellen en betalen."),
    ("urgent", "de", "Seit gestern kommen keine Bestellungen mehr in unserer Warenwirtschaft an, "
                     "der Abgleich meldet Verbindung verweigert. Die Kunden können normal "
                     "bestellen, aber wir tippen alles von Hand ab."),
    ("urgent", "de", "Seit Freitag gehen keine Bestellbestätigungen mehr raus. Die Bestellungen "
                     "kommen ganz normal bei uns an, nur die Mail bekommt niemand."),
    ("urgent", "en", "Not just me, all my colleagues too: no order in the back office can be "
                     "marked as shipped, so no invoices are created. Customers can order and pay "
                     "normally in the shop."),
    ("urgent", "no", "Ikke bare hos meg, hos alle kollegene også: ingen bestillinger kan settes "
                     "til sendt i adminpanelet, og fakturaene lages ikke. Kundene kan bestille "
                     "som normalt i nettbutikken."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "nl", "Klanten kunnen niet meer bestellen en betalen: de kassa geeft een "
                       "foutmelding bij iedereen."),
    ("critical", "de", "Seit heute früh kann niemand mehr bestellen, die Kasse zeigt nur einen "
                       "Fehler. Gestern konnten die Kunden noch normal bestellen."),
    ("critical", "en", "Nobody can check out since this morning, the payment page shows an error "
                       "for everyone. Yesterday customers could order normally."),
    ("critical", "no", "Nettsiden er nede for alle, ingen kan bestille noe nå."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
