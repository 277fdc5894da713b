"""A refused connection that a failing sync's log shows ("the stock isn't syncing from our ERP.
The log says: Connection refused on every attempt", "der Lagerbestand wird nicht aus unserem
ERP synchronisiert. Im Log steht: Connection refused bei jedem Versuch"): that link is down,
the table's "integration down" (urgent), not the site's server.

At 86dc070 the English mail was critical: `en.server_down_state` reads "connection refused on
every" as the whole machine down (engine `_drop_refusal_of_a_sync` forgets it beside a sync or
integration said to fail, unless a sentence with the refusal names the site or its server). The
German one was standard: `de.sync_stopped_near` knew "nicht mehr synchronisiert" only, not
"wird nicht aus unserem ERP synchronisiert". The refusal said of the website, or a site said
down beside it, stays critical; so does a refusal with no sync named.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Probably I'm doing something wrong, but the stock isn't syncing from our "
                     "ERP. The log says: Connection refused on every attempt."),
    ("urgent", "nl", "Misschien doe ik iets verkeerd, maar de voorraad synchroniseert niet "
                     "vanuit ons ERP. In de log staat: Connection refused bij elke poging."),
    ("urgent", "de", "Vielleicht mache ich etwas falsch, aber der Lagerbestand wird nicht aus "
                     "unserem ERP synchronisiert. Im Log steht: Connection refused bei jedem "
                     "Versuch."),
    ("urgent", "no", "Kanskje jeg gjør noe feil, men lagerbeholdningen synkroniseres ikke fra "
                     "ERP-systemet vårt. Loggen sier: Connection refused ved hvert forsøk."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "The stock sync has stopped, and the website gives connection refused on "
                       "every request."),
    ("critical", "en", "Connection refused on every request to our website since 9, so the stock "
                       "sync has stopped too."),
    ("critical", "en", "Our site is down: connection refused on every request. The stock sync "
                       "has stopped too."),
    ("critical", "en", "The log says: Connection refused on every attempt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
