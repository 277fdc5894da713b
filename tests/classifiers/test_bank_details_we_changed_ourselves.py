"""Bank details the writers say they changed themselves: no account taken over.

"We hebben ons rekeningnummer gewijzigd, maar we kunnen het zelf niet aanpassen in de
factuurmodule", "Vi har byttet bankkonto, men ingen av oss finner hvor det skal endres i
Stripe": the owners changed the details ("we have changed", "wir haben ... geändert", "vi har
endret"), and their "zelf niet", "selbst nichts", "ingen av oss" is what they cannot do or find
afterwards, no denial of the change (`<lang>.cx_account_changed_not_by_owner_near` is forgotten).
Details changed by someone the owners say was not them stay a breach, also when the writers
only noticed the change ("we noticed our bank details were changed, none of us did it").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "nl", "We hebben ons rekeningnummer gewijzigd, maar we kunnen het zelf niet aanpassen "
                  "in de factuurmodule."),
    ("standard", "nl", "Wij hebben ons IBAN gewijzigd, maar de nieuwe rekening zien we zelf niet "
                       "in het dashboard."),
    ("low", "de", "Wir haben die Bankverbindung geändert, können aber selbst nichts im Backend "
                  "ändern."),
    ("standard", "no", "Vi har endret kontonummeret, men får ikke selv oppdatert det i "
                       "nettbutikken."),
    ("standard", "no", "Vi har byttet bankkonto, men ingen av oss finner hvor det skal endres i "
                       "Stripe."),
    ("standard", "en", "We changed our bank account, but none of us can find where to update it "
                       "in Stripe."),
]  # fmt: skip

NEAR_MISSES = [
    # changed by someone the owners say was not them, or only noticed by the writers
    ("critical", "en", "We noticed our bank details were changed, none of us did it."),
    ("critical", "de", "Wir haben bemerkt, dass die Bankverbindung geändert wurde, keiner von uns "
                       "war es."),
    ("critical", "nl", "Wij hebben gezien dat ons IBAN is gewijzigd, niemand van ons heeft dat "
                       "gedaan."),
    ("critical", "no", "Vi har sett at kontonummeret er endret, og ingen av oss har gjort det."),
    ("critical", "de", "Jemand hat unsere Bankverbindung geändert, keiner von uns war es."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
