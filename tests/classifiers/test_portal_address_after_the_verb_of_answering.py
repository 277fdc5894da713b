"""A portal's written address after the verb of answering, then its 404 on every page.

"Etter flyttingen svarer forhandlerportal.example.no med '404 Not Found' på alle sider": in
the verb-second languages the subject (here the address) follows the verb, and the dots of the
address ended the sentence, so the portal and its 404 on every page lay in different clauses
and the rule for a site that answers 404 everywhere (critical) never saw them together; a
".no" left alone also stood at a clause start. An address after "svarer", "antwortet",
"antwoordt", "answers" now parts its words as a comma does (`classifiers.words._WRITTEN_ADDRESS`).
One campaign link's 404 beside a working site stays a page broken.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", 'Etter serverbyttet i natt svarer kundeportal.rorlegger-hansen.no med '
                       '"404 Not Found" på alle sider, også på innloggingen. Kundene får ikke '
                       'lagt inn bestillinger.'),
    ("critical", "no", "Siden i morges svarer booking.fjordcamp.no med 404 på alle sidene."),
    ("critical", "de", 'Seit dem Umzug heute Nacht antwortet haendler.pumpen-maier.de mit '
                       '"404 Not Found" auf allen Seiten, auch beim Login.'),
    ("critical", "nl", "Sinds de verhuizing vannacht antwoordt portaal.bakkerij-jansen.nl met 404 "
                       "op alle pagina's, ook de inlogpagina."),
    ("critical", "en", "Since the server move last night portal.acme-pumps.com answers 404 Not "
                       "Found on every page, the login too."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "no", "Lenken på forsiden peker til kampanje.fjordcamp.no, og den gir 404. "
                       "Resten av siden virker."),
    ("standard", "de", "Der Link im Newsletter zeigt shop.example.de/aktion an, dort kommt ein "
                       "404. Alle anderen Seiten gehen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
