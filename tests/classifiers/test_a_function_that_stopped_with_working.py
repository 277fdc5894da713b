"""Norwegian "stoppet (med) å virke": a function that stopped working, as "sluttet å virke".

"Betalingen har stoppet med å virke for alle kunder", "Kassen stoppet å fungere": the payment
or the checkout as a whole stopped (checkout impossible, critical; `no.cx_critical_object_stopped`
reads "stoppet (med) å" as "sluttet å"). "Bestillingsskjemaet stoppet med å virke": a form that
stopped working is a major feature broken (urgent, `no.major_feature_broken`), as "sluttet å
virke". One device ("på mobilen"), a form on one page, or a question about a case to come keep
their level. The other languages say it with their own "stopped working" words.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Betalingen har stoppet med å virke for alle kunder."),
    ("critical", "no", "Betalingen stoppet med å virke for alle kunder i kveld."),
    ("critical", "no", "Kassen stoppet å fungere for alle kunder."),
    ("critical", "no", "Kassen stoppa med å virke i går kveld."),
    ("urgent", "no", "Bestillingsskjemaet stoppet med å virke."),
    ("urgent", "no", "Påmeldingsskjemaet har stoppet å fungere etter oppdateringen."),
    ("critical", "en", "Payment stopped working for all customers."),
    ("critical", "de", "Die Bezahlung hat bei allen Kunden aufgehört zu funktionieren."),
    ("critical", "nl", "Het betalen werkt voor geen enkele klant meer."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "no", "Kassen stoppet med å virke på mobilen, på PC-en går det fint."),
    ("urgent", "no", "Skjemaet på nettsiden har stoppet med å virke."),
    ("standard", "no", "Hva gjør vi hvis kassen stopper med å virke?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
