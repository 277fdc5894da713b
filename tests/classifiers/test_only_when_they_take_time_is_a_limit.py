"""An "only when they take some time" limits the failure; "only when you have time" is tone.

4951da0 forgot a limited-scope "only when" followed by any word of time, so "Payment fails for
all customers, but only when they take some time on the payment page before clicking pay" lost
its limit (urgent -> critical). Only the addressee who has the time ("when you have time", "als
jullie tijd hebben", "når dere har tid", "wenn ihr Zeit habt") or what suits ("when
convenient", "wenn es passt", "als het uitkomt", "når det passer") says when the writer wants an
answer; a third person who takes time says when the failure occurs.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit heute Morgen kann niemand in unserem Shop bezahlen. Kein Stress, nur "
                       "wenn es passt."),
    ("critical", "nl", "Sinds vanochtend kan niemand in onze webshop betalen. Geen haast, alleen "
                       "als het uitkomt."),
    ("critical", "no", "Siden i morges har ingen fått betalt i nettbutikken. Ingen hast, bare når "
                       "dere har tid."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "Payment fails for all customers, but only when they take some time on the "
                     "payment page before clicking pay."),
    ("urgent", "no", "Betaling feiler for alle kunder, men bare når de bruker litt tid på "
                     "betalingssiden."),
    ("urgent", "nl", "De betaling mislukt bij alle klanten, maar alleen als ze even de tijd nemen "
                     "op de betaalpagina."),
    ("urgent", "de", "Die Zahlung schlägt bei allen Kunden fehl, aber nur wenn sie sich etwas Zeit "
                     "auf der Zahlungsseite lassen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
