"""Norwegian "nede" as a place on the page: low on it, not the site down.

"Kan vi få en chat-boble nede i hjørnet på nettsiden? Hva koster det?" was paged
(no.outage_symptom "nede", "nede ... nettsiden"). "Nede i hjørnet", "nede til høyre",
"lenger nede", "langt nede", "nede i bunnen" say where on the page; the site down for a while
("nede i hele dag", "nede i to timer") stays down.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "no", "Kan vi få en chat-boble nede i hjørnet på nettsiden? Hva koster det?"),
    ("low", "no", "Kan vi få logoen lenger nede på nettsiden?"),
    ("standard", "no", "Knappen nede til høyre på nettsiden har feil farge."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "Nettsiden er nede i hele dag."),
    ("critical", "no", "Nettsiden er nede i to timer nå."),
    ("critical", "no", "Chat-boblen nede i hjørnet er borte, og nettsiden er nede for alle."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
