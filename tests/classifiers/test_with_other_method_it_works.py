"""Other payment methods, listed, then said to work ("Met creditcard, PayPal en Klarna gaat het
wel goed"): one method fails, the shop still takes money (urgent, not critical).

Batch38's iDEAL mail and voicemail were critical: "met creditcard, PayPal en achteraf betalen
via Klarna gaat het wel goed" names the methods before an impersonal "it works", which the
`.other_methods_still_work` phrases ("@pay_method @method_works") do not reach.
`<lang>.cx_with_method_it_works.other_methods_still_work` takes "with <method> ... it works",
across the commas of the list, unless negated before or after.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "iDEAL werkt niet, klanten krijgen een foutmelding bij het kiezen van de "
                     "bank. Met creditcard, PayPal en achteraf betalen via Klarna gaat het wel "
                     "goed."),
    ("urgent", "en", "Payment with iDEAL fails for every customer, they get an error after "
                     "choosing their bank. With credit card, PayPal and Klarna it works fine."),
    ("urgent", "de", "PayPal funktioniert nicht, die Kunden bekommen eine Fehlermeldung. Mit "
                     "Kreditkarte und Klarna geht es aber."),
    ("urgent", "no", "Vipps virker ikke, kundene får en feilmelding. Med kort og Klarna går det "
                     "fint."),
]  # fmt: skip

NEAR_MISSES = [
    # the other methods fail too: nobody can pay
    ("critical", "nl", "iDEAL werkt niet, klanten krijgen een foutmelding. Met creditcard en "
                       "PayPal gaat het ook niet goed, niemand kan betalen."),
    ("critical", "en", "Nobody can pay since this morning. With credit card it doesn't work "
                       "either, and PayPal gives an error too."),
    ("critical", "de", "Niemand kann bezahlen. Mit Kreditkarte geht es auch nicht, PayPal zeigt "
                       "einen Fehler."),
    ("critical", "no", "Ingen får betalt i nettbutikken. Med kort fungerer det ikke heller, og "
                       "Vipps gir feilmelding."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
