"""One customer cannot order while all the other customers order normally: standard.

"Ein Stammkunde kann seit gestern nicht bestellen ... Alle anderen Kunden bestellen normal",
written by a second-language writer as "Alle andere Kunden bestellen normal": the verb
before "normal" (main-clause order) and the weak "andere" are the same cue as "die anderen
können ganz normal bestellen" (`de.cx_others_fine.single_user`): one customer's problem, a
minor bug, not the checkout impossible. The same in en, nl and no. When the others cannot
order either, or the error comes for all customers, it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Ein Stammkunde kann seit gestern nicht bestellen, bei ihm kommt an der "
                       "Kasse \"Adresse ungültig\". Alle anderen Kunden bestellen normal, heute "
                       "schon 25 Bestellungen."),
    ("standard", "de", "Eine Kundin kann nicht bestellen, bei ihr kommt \"PLZ ungültig\". Alle "
                       "andere Kunden bestellen ganz normal."),
    ("standard", "de", "Ein Kunde kann seit Montag nicht bestellen. Die übrigen Kunden bestellen "
                       "ohne Probleme."),
    ("standard", "en", "One of our regular customers can't order since yesterday, at the "
                       "checkout she gets \"address invalid\". All the other customers order "
                       "normally."),
    ("standard", "nl", "Een vaste klant kan sinds gisteren niet bestellen, bij het afrekenen "
                       "krijgt hij \"adres ongeldig\". De andere klanten bestellen gewoon."),
    ("standard", "no", "En fast kunde får ikke bestilt siden i går, i kassen står det \"ugyldig "
                       "adresse\". Alle andre kunder bestiller som normalt."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Seit heute früh kann niemand bestellen, die Kasse zeigt einen Fehler. "
                       "Auch die anderen Kunden bestellen nicht, null Bestellungen."),
    ("critical", "de", "Ein Kunde hat angerufen, er kann nicht bestellen. Bei allen Kunden kommt "
                       "der Fehler, keiner kann bestellen."),
    ("critical", "en", "A customer called, she can't order. Nobody can order, the checkout "
                       "shows an error for every customer."),
    ("critical", "no", "En kunde ringte, han får ikke bestilt. Ingen kan bestille, kassen gir "
                       "feil for alle kunder."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
