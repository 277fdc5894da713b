"""A payment method or the site not available, with intent asked about, denied or said of
something else: still a failure (critical).

"Since this morning PayPal is not available at checkout. Is that intended?": the writer asks
whether the failure is meant, which says nothing of a setting. Only a payment method's "not
available" (`.cx_pay_service_error_near`) beside a stated cue ("das ist so gewollt", "that's on
purpose") is a shop setting (`_drop_unavailable_by_design`); a question, a cue denied anywhere
in its clause ("that is definitely not what we intended"), a cue before a clause of its own
("Het is de bedoeling dat klanten met iDEAL betalen, maar ...") or in a clause before the "not
available" intends nothing of the failure, and a site unavailable is never a setting.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since this morning PayPal is not available at checkout. Is that "
                       "intended?"),
    ("critical", "en", "Our website has been unavailable since 7 am. Is this intentional?"),
    ("critical", "en", "PayPal is suddenly not available at checkout, that is definitely not "
                       "what we intended."),
    ("critical", "en", "PayPal is not available for any customer, that isn't intended."),
    ("critical", "de", "Unsere Website ist seit 7 Uhr nicht verfügbar. Ist das so gewollt?"),
    ("critical", "de", "Eigentlich ist PayPal bewusst unsere Hauptzahlart, aber PayPal ist im "
                       "Checkout nicht verfügbar."),
    ("critical", "de", "Seit heute Morgen ist PayPal im Checkout nicht verfügbar. Ist das "
                       "absichtlich?"),
    ("critical", "nl", "Sinds vanochtend is iDEAL niet beschikbaar in de kassa. Is dat de "
                       "bedoeling?"),
    ("critical", "nl", "Het is de bedoeling dat klanten met iDEAL betalen, maar iDEAL is niet "
                       "beschikbaar in de kassa."),
    ("critical", "no", "Siden i morges er Vipps ikke tilgjengelig i kassen. Er det med vilje?"),
    ("critical", "no", "Det er meningen at kundene skal betale med Vipps, men Vipps er ikke "
                       "tilgjengelig i kassen."),
]  # fmt: skip

NEAR_MISSES = [
    # a method not offered, said to be so on purpose: a setting, as before
    ("standard", "en", "PayPal is deliberately not available for customers abroad."),
    ("standard", "en", "PayPal is not available for customers abroad, that's on purpose."),
    ("standard", "de", "Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar. Das ist "
                       "so gewollt."),
    ("standard", "nl", "De betaalmethode iDEAL is niet beschikbaar voor buitenlandse klanten, dat "
                       "is zo bedoeld."),
    ("low", "no", "Betalingsmåten faktura er ikke tilgjengelig for utenlandske kunder, det er "
                  "meningen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
