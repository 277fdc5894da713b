"""An "only when you have time" is a word of tone, no limit of the failure.

"Ingen hast, bare når dere har tid", "no rush, only when you get a chance", "alleen als jullie
tijd hebben": the "only when" says when the writer would like an answer, not that the failure
happens only in some cases (batch67: "ingen kunder har fått betalt ... Ingen hast, bare når
dere har tid" was taken a step down, a payment impossible for all read as urgent). "Only when
they choose PayPal" still limits the failure to one method.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Sorry to bother you, small thing: since this morning nobody can pay in "
                       "the shop, every card is declined. No rush, only when you get a chance."),
    ("critical", "en", "Since this morning nobody can pay in our shop. No rush, only when you "
                       "have time."),
    ("critical", "nl", "Sinds vanochtend kan niemand in onze webshop betalen. Geen haast, alleen "
                       "als jullie tijd hebben."),
    ("critical", "no", "Siden i morges har ingen fått betalt i nettbutikken. Ingen hast, bare når "
                       "dere har tid."),
    ("critical", "no", "Siden i morges har ingen fått betalt i nettbutikken. Bare når det passer."),
    ("critical", "de", "Seit heute Morgen kann niemand in unserem Shop bezahlen, jede Karte wird "
                       "abgelehnt. Kein Stress, nur wenn ihr Zeit habt."),
]  # fmt: skip

NEAR_MISSES = [
    # "only when" a payment method is chosen: the failure is limited to it
    ("urgent", "en", "Nobody can pay since this morning, but only when they choose PayPal; card "
                     "payments go through. No rush."),
    ("urgent", "nl", "Sinds vanochtend kan niemand betalen, maar alleen als ze iDEAL kiezen; "
                     "creditcard werkt wel."),
    ("urgent", "no", "Betalingen feiler, men bare når kundene velger Vipps, kort går fint. Ingen "
                     "hast, bare når dere har tid."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
