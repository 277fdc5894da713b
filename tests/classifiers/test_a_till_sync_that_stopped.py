"""The sync between the till and the webshop stopped, in English: an integration down.

"The sync between the till in the shop and the webshop has stopped." was standard (no rule
fired): en.sync_stopped_near knew the till only as "link between the till" or "till system",
and "sync ... has stopped" lay too far apart. The till itself ("the till", "our till", "POS",
"point of sale", "cash register"), as de "Kasse", nl "kassa", no "kassen", is a thing whose
sync stops (urgent). A bare "till" is "until" as well: "we waited till it stopped" is none.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "The sync between the till in the shop and the webshop has stopped."),
    ("urgent", "en", "The sync between the POS in our shop and the webshop has stopped."),
    ("urgent", "de", "Die Synchronisation zwischen der Kasse im Laden und dem Onlineshop "
                     "funktioniert nicht mehr."),
    ("urgent", "nl", "De koppeling tussen de kassa in de winkel en de webshop is gestopt."),
    ("urgent", "no", "Synkroniseringen mellom kassa i butikken og nettbutikken har stoppa."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "We waited till it stopped loading."),
    ("standard", "en", "The sync between the till in the shop and the webshop works again since "
                       "this morning."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
