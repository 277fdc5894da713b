"""An outage back again, told at the site's written address beside last week's.

"Seit heute früh kommt auf www.example.de wieder '503 Service Unavailable', genau wie letzte
Woche": the sentence splitter for the past-outage check ended a sentence at the dot after
"www", so "seit heute" lay in one sentence and the 503 with "letzte Woche" in the next, read
as the old, resolved outage and forgotten (the reply to a ticket marked "erledigt" went to
standard). The dots of a written address are no sentence end (`classifiers.sentences`). A 503
of last week that works since stays past.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", 'Leider zu früh gefreut: seit heute früh kommt auf '
                       'www.sportverein-beispiel.de wieder "503 Service Unavailable", genau wie '
                       'letzte Woche. Auf allen Seiten.'),
    ("critical", "en", 'Spoke too soon: since this morning www.harbour-example.com shows "503 '
                       'Service Unavailable" again, just like last week, on every page.'),
    ("critical", "nl", 'Te vroeg gejuicht: sinds vanochtend geeft www.bakkerij-voorbeeld.nl weer '
                       '"503 Service Unavailable", net als vorige week. Op alle pagina\'s.'),
    ("critical", "no", 'Siden i morges gir nettsiden igjen "503 Service Unavailable", akkurat som '
                       'forrige uke. På alle sider.'),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", 'Letzte Woche kam auf www.sportverein-beispiel.de "503 Service '
                       'Unavailable", seit Montag läuft alles wieder. Danke!'),
    ("standard", "en", 'Last week www.harbour-example.com showed "503 Service Unavailable" for '
                       'an hour; it has worked fine since. Could you send the report?'),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
