"""The warehouse named among the places where the failure is seen: no after-the-sale cue.

"Seit 8 Uhr zeigt der Shop im Büro, im Lager und zu Hause nur eine weiße Seite": the
warehouse is one more place where people looked at the shop, beside the office and home, so
"im Lager" is no sign that only the orders' way to the warehouse fails (which lowers a
stopped-sales signal a step). Orders that do not reach the warehouse stay that failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit 8 Uhr zeigt der Shop im Büro, im Lager und zu Hause nur eine weiße "
                       "Seite, es kommen keine Bestellungen mehr rein."),
    ("critical", "nl", "Sinds 8 uur zien we op kantoor, in het magazijn en thuis alleen een witte "
                       "pagina, er komen geen bestellingen meer binnen."),
    ("critical", "no", "Siden klokka 8 ser vi bare en hvit side på kontoret, på lageret og "
                       "hjemme, det kommer ingen bestillinger inn."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Die Bestellungen werden seit gestern nicht mehr ins Lager übertragen, im "
                     "Shop kann man aber normal bestellen."),
    ("urgent", "nl", "De bestellingen komen niet meer aan in het magazijn, in de webshop gaat "
                     "bestellen gewoon."),
    ("urgent", "no", "Ordrene blir ikke overført til lageret lenger, men kundene kan bestille "
                     "som vanlig i nettbutikken."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
