"""Devices named where it works are no widen cue; a device widen cue does not take back
another payment method that still works.

"Customers can't pay with PayPal ... I've tried it on Chrome and on my phone ... Paying by
card still works" was critical: the devices the writer tried widened the failure, and that
widen cancelled the one step down that the working card payment gives (it may cancel a
device or user limit, not another method's working). And "Am Android-Handy von meinem Mann
und am PC funktioniert alles" widened a failure seen by "ein paar Kunden": the devices named
in a clause that says it works there are where the failure is not.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Customers can't pay with PayPal, the button at the checkout does nothing. "
                     "I tried it on Chrome and on my phone, same. Paying by card still works, we "
                     "had six card orders today."),
    ("urgent", "nl", "Klanten kunnen niet betalen met iDEAL, de knop doet niets. Ik heb het op "
                     "mijn laptop en op mijn telefoon geprobeerd. Betalen met creditcard werkt "
                     "nog wel."),
    ("urgent", "de", "Kunden können nicht mit PayPal bezahlen, der Button tut nichts. Ich habe "
                     "es am Handy und am PC probiert. Zahlen mit Kreditkarte funktioniert "
                     "weiterhin."),
    ("urgent", "no", "Kundene får ikke betalt med Vipps, knappen gjør ingenting. Jeg har prøvd "
                     "på mobil og på PC. Betaling med kort fungerer fortsatt."),
    ("urgent", "de", "Ein paar Kunden können nicht bestellen, es kommt nur eine weiße Seite. Am "
                     "Handy von meinem Mann und am PC funktioniert alles."),
    ("urgent", "nl", "Een paar klanten kunnen niet bestellen, ze krijgen een witte pagina. Op de "
                     "telefoon van mijn man en op de pc werkt alles."),
    ("urgent", "no", "Noen kunder får ikke bestilt, de får bare en hvit side. På mannens "
                     "telefon og på PC-en virker alt."),
]  # fmt: skip

NEAR_MISSES = [
    # the devices named where it fails (a negation in their clause) still widen
    ("critical", "en", "Nobody can pay at all, PayPal and cards both fail. I tried it on Chrome "
                       "and on my phone."),
    ("critical", "nl", "Niemand kan bestellen, het werkt niet op mijn telefoon en op de pc ook "
                       "niet."),
    ("critical", "de", "Niemand kann bestellen, es funktioniert weder am Handy noch am PC."),
    ("critical", "no", "Ingen kan bestille, det virker ikke på mobil og på PC heller."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
