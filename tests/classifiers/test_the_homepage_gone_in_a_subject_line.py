"""The site said gone in a phone's few words, or its app said to crash in autocorrect's
spelling (critical).

"Homepage komplett weg – auch bei Kunden nur Fehlermeldung" (a subject, nothing in the body
but "Von meinem iPhone gesendet"): "Homepage" is the German site word as "Startseite" is, and
"hjemmesiden", "nettstedet" the Norwegian ones, in `<lang>.critical_object_weak_failure_near`.
"Appen krasher for alle": Norwegian "krasher", "krashet" are read as "krasjer", "krasjet"
(classifiers/spelling.py). One employee's crash, or the homepage's banner gone, stay below.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Homepage komplett weg – auch bei Kunden nur Fehlermeldung"),
    ("critical", "de", "Unsere Homepage ist seit heute früh komplett weg, bei allen Kunden."),
    ("critical", "no", "Hjemmesiden helt borte – bare feilmelding hos kundene også"),
    ("critical", "no", "Appen krasher rett etter oppstart for alle sammen etter oppdateringen i "
                       "går kveld. Både android og iphone."),
    ("critical", "no", "Nettsiden har krashet for alle kundene, ingen kommer inn."),
    ("critical", "en", "Homepage completely gone - customers only get an error too"),
    ("critical", "nl", "Homepage helemaal weg - ook bij klanten alleen een foutmelding"),
]  # fmt: skip

NEAR_MISSES = [
    # one employee's app
    ("standard", "no", "Appen krasher hos en av de ansatte, alle andre kommer inn."),
    # a part of the homepage gone
    ("low", "de", "Auf der Homepage ist das Banner weg, der Rest funktioniert."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
