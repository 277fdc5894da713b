"""Files of clients reach the wrong people: another client's, or several clients' without login.

"Her documents list showed, in addition to her own papers, two files that clearly belong to
another client" and "Dokumente verschiedener Mandanten, die sich ohne jede Anmeldung öffnen
lassen" were low and standard: "another client" (no genitive), "einem anderen Mandanten",
"en annen klient" were not among the other people whose records are seen, and documents of
several clients were read only as something opening without a login (half). Both are a
breach (critical): `<lang>.cx_others_data_seen_near` now knows the client words, and
`<lang>.cx_many_clients_records_without_login` wants the missing login, so staff who open
their clients' files after logging in stay a request.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "A client called: in her portal she saw three files that belong to "
                       "another client, and she could open them."),
    ("critical", "en", "Searching our domain I found dozens of documents of various clients that "
                       "anyone can download without logging in."),
    ("critical", "nl", "Via Google vond ik tientallen documenten van verschillende cliënten die "
                       "zonder inloggen te downloaden zijn."),
    ("critical", "de", "Ein Mandant sah in seinem Portal zwei Dokumente eines anderen "
                       "Mandanten und konnte sie öffnen."),
    ("critical", "de", "Ich finde über die Suche Dutzende Unterlagen verschiedener Mandanten, "
                       "die ohne jede Anmeldung abrufbar sind."),
    ("critical", "no", "En klient fikk opp to dokumenter som tilhører en annen klient da hun "
                       "logget inn, og kunne åpne dem."),
    ("critical", "no", "Jeg fant dusinvis av dokumenter fra ulike klienter som kan åpnes uten "
                       "innlogging."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "In the admin I can open the documents of different clients after logging "
                  "in, as expected. Could you add a filter by date?"),
    ("low", "de", "Im Portal sehe ich nach der Anmeldung die Dokumente verschiedener "
                  "Mandanten. Können Sie eine Sortierung nach Datum einbauen?"),
    ("low", "no", "Forsiden viste feil bilde i går, kan dere bytte det?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
