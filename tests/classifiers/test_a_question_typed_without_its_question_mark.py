"""A question about a supposed outage typed on a phone without its question mark (low), and a
phone writer's lower-case sentence after an error code.

"our host does maintenance on sunday. will the site be down then and should we tell our
customers": the sentence opens as a question does (a finite verb and its subject, or a question
word), so it asks about the time of the work as "Will the site be down then?" does (engine
`_UNMARKED_QUESTION`). A request to the addressee ("can you check ..."), a sentence that puts
its subject first and a question that tells the failure now or after the work stay reports.

"the link gives a 404. the payment works as normal": the dot after an error code ends the
sentence before a lower-case word as before a capital (`_DOT_BEFORE_CAPITAL`), so the 404 and
the payment are not read as one clause.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "our host does maintenance on sunday. will the site be down then and should "
                  "we tell our customers"),
    ("low", "de", "unser hoster plant am sonntag wartungsarbeiten. ist die seite dann offline "
                  "und sollen wir die kunden informieren"),
    ("low", "nl", "onze hostingpartij plant zondag onderhoud. gaat de site dan plat en moeten "
                  "we klanten informeren"),
    ("low", "no", "hostingleverandøren planlegger vedlikehold på søndag. blir siden nede da og "
                  "bør vi si fra til kundene"),
    ("standard", "de", "unser hoster macht am sonntag eine wartung\nwird die seite dann down "
                       "sein"),
    ("low", "en", "we are moving to the new server on saturday\nwill the shop be offline during "
                  "the move"),
    ("standard", "nl", "de server wordt zaterdag verhuisd\ngaat de webshop dan plat en kunnen "
                  "klanten dan niet bestellen"),
    ("low", "no", "vi skal flytte til ny server på lørdag\nligger nettbutikken nede da og må "
                  "vi si fra til kundene"),
]  # fmt: skip

NEAR_MISSES = [
    # a request to the addressee, however it opens
    ("critical", "en", "can you check asap the site is down for everyone nobody can pay"),
    ("critical", "de", "können sie bitte schauen die seite ist für alle kunden down"),
    # a question that tells the failure now, or after the work
    ("critical", "en", "the maintenance was last night\nis the site down since then nobody can "
                       "pay"),
    ("critical", "de", "die wartung war heute nacht. warum ist die seite seitdem down niemand "
                       "kann bestellen"),
    ("critical", "nl", "is de site voor iedereen plat nu niemand kan afrekenen"),
    # a statement, its subject first; a "when" clause tells when the failure comes
    ("critical", "en", "the site is down since the migration nobody can pay"),
    ("critical", "en", "when customers try to pay during the maintenance they get an error and "
                       "nobody can pay"),
    ("critical", "no", "nettsiden er nede etter flyttingen i natt ingen kan bestille"),
    # a quoted question mark stays the page's
    ("critical", "en", "Will the site be down on Saturday during the maintenance? It is down "
                       "right now for everyone, nobody can pay."),
    # the error code's dot ends the sentence before a lower-case word
    ("standard", "no", "den engelske versjonen av søknadssiden viser ødelagt layout. i tillegg "
                       "gir lenken en 404. den norske versjonen og betalingen fungerer som "
                       "normalt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
