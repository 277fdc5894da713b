"""A thank-you after a fix that says the site loads again ("Everything's loading fine this
morning", "alles laadt weer prima", "alles lädt wieder normal", "alt laster fint igjen"): the
outage lives only in the quoted history, nothing is wrong now (low).

Batch 57 (an estate agent's reply, read as standard with no rule at all):
`<lang>.nothing_is_broken` knew "everything is working", not loading.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case
    ("low", "en", "Just to say thank you for staying on last night. Everything's loading fine "
                  "this morning, we've had viewing requests in overnight and the vendors are "
                  "happy."),
    ("low", "nl", "Dank voor het late werk gisteravond. Alles laadt weer prima vanochtend."),
    ("low", "de", "Danke für den Einsatz gestern Abend, heute früh lädt alles wieder normal."),
    ("low", "no", "Takk for innsatsen i går kveld, i dag laster alt fint igjen."),
]  # fmt: skip

NEAR_MISSES = [
    # everything else loads, one part fails (not low)
    ("critical", "en", "Everything is loading fine except the checkout: nobody can pay since "
                       "noon."),
    ("urgent", "de", "Alles lädt wieder, aber die Bestätigungsmails gehen nicht mehr raus."),
    # still not loading (critical)
    ("critical", "nl", "De website laadt nog steeds niet, voor niemand."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
