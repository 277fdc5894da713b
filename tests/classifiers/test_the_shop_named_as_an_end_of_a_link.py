"""The shop or the till named as an end of a link that stopped: an integration, not the shop.

"Synkroniseringen mellom kassa i butikken og nettbutikken har stoppa igjen": the shop named
after "between ... and" (or the till right after "between") is no subject of its own, the
link between them fails (urgent, batch65's voicemail was paged as "nettbutikken har
stoppa"). What is said of both ("both the till and the online shop have stopped"), or of the
shop after a "between" of dates, still stops the shop.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Synkroniseringen mellom kassa i butikken og nettbutikken har stoppa igjen "
                     "så lagerbeholdningen stemmer ikke vi har solgt ting på nett som ikke "
                     "finnes eh nettbutikken fungerer ellers altså det går an å handle"),
    ("urgent", "en", "The connection between our POS and the online shop has stopped working."),
    ("urgent", "nl", "De koppeling tussen de kassa en de webshop is gestopt, de voorraad klopt "
                     "niet meer."),
    ("urgent", "de", "Die Synchronisation zwischen Kasse und Onlineshop funktioniert nicht mehr, "
                     "die Bestände stimmen nicht."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Both the till and the online shop have stopped working, nobody can buy "
                       "anything."),
    ("critical", "no", "Både kassa og nettbutikken har sluttet å virke, ingen kan kjøpe noe."),
    ("critical", "en", "Between Christmas and New Year the online shop has stopped working "
                       "completely, nobody can open it."),
    ("critical", "de", "Zwischen Weihnachten und Neujahr hat der Onlineshop aufgehört zu "
                       "funktionieren, niemand kann bestellen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
