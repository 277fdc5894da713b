"""Money lost, said beside a fault that is not checkout: the fault decides the level.

"We are losing customers because the search finds nothing", "wir verlieren dadurch Umsatz",
"we lopen omzet mis", "vi taper salg på det": the writer tells what a fault costs, and every
fault costs something. The checkout-impossible rules of the four languages held "we are
losing", "lose sales", "verlieren ... Umsatz", "lopen ... omzet mis" and "taper salg" at
weight 2, so a wrong font or an empty filter with such a sentence paged someone at night. Loss
is business impact (the weaker `business_impact` rules still read it); checkout impossible is
said by its own words ("nobody can pay"), which stay critical with or without the loss.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since 9 nobody can pay in the shop, we are losing sales by the minute."),
    ("critical", "de", "Seit heute Morgen kann kein Kunde mehr bezahlen, wir verlieren jede "
                       "Bestellung."),
    ("critical", "nl", "Sinds vanochtend kan niemand meer afrekenen, we lopen omzet mis."),
    ("critical", "no", "Ingen kunder får betalt siden i morges, vi taper salg hvert minutt."),
    ("urgent", "en", "The site is slow today and we are losing money every hour."),
    # the payment page hanging or not loading for every buyer: checkout impossible in its own
    # words (`<lang>.payment_spins_near`), with or without the loss
    ("critical", "nl", "We lopen omzet mis, de betaalpagina blijft bij iedereen hangen."),
    ("critical", "nl", "De betaalpagina laadt bij niemand."),
    ("critical", "nl", "Het betaalscherm blijft bij iedereen draaien, we lopen omzet mis."),
    ("critical", "en", "The payment page doesn't load for anyone, we are losing orders."),
    ("critical", "de", "Die Zahlungsseite lädt bei niemandem, wir verlieren Umsatz."),
    ("critical", "no", "Betalingssiden laster ikke for noen, vi taper salg."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The search on our shop shows 0 results for every product name. We are "
                       "losing customers because of this!"),
    ("standard", "en", "The font on the homepage looks wrong since your update. We are losing "
                       "credibility with our clients."),
    ("standard", "en", "The colour filter does not work, we lose sales because of it."),
    ("standard", "de", "Die Suche im Shop findet seit gestern nichts mehr, wir verlieren dadurch "
                       "Umsatz."),
    ("urgent", "nl", "Het filter op maat werkt niet meer, we lopen omzet mis."),
    ("standard", "no", "Filteret på størrelse virker ikke, vi taper salg på det."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
