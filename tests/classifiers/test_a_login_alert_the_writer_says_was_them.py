"""A suspicious-login alert the writer explains with the login itself as the subject: "Die
verdächtige Anmeldung aus Spanien war ich selbst", "De inlog uit Spanje was ikzelf" (as "The
login from Spain was me myself", "Innloggingen fra Spania var meg selv"): the writer was the
login, no breach.

9ce0164 narrowed `_drop_login_alarm_explained` to German "das/es war ich" and Dutch "het/dat
was ik" (German "was ich" is "what I", "da war ich im Bett" tells where the writer was). "war
ich (selbst)" / "was ik(zelf)" as the clause's end after a login noun of the same clause
("Anmeldung", "Login", "inlog") explains the alert again (critical -> standard); the
whereabouts, a denial and a belief turned back stay critical
(test_a_suspicious_login_the_writer_does_not_explain.py has 9ce0164's own cases).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Wir haben eine Warnung wegen einer verdächtigen Anmeldung aus Spanien "
                       "bekommen. Die verdächtige Anmeldung aus Spanien war ich selbst, ich bin "
                       "im Urlaub."),
    ("standard", "nl", "We kregen een melding van een verdachte inlog uit Spanje. De inlog uit "
                       "Spanje was ikzelf, ik ben op vakantie."),
    ("standard", "no", "Vi fikk varsel om mistenkelig innlogging fra Spania. Innloggingen fra "
                       "Spania var meg selv, jeg er på ferie."),
    ("standard", "en", "We got an alert about a suspicious login from Spain. The login from Spain "
                       "was me myself, I'm on holiday."),
    ("standard", "de", "Die verdächtige Anmeldung aus Spanien war ich selbst."),
    ("low", "de", "Warnung: verdächtige Anmeldung im Admin. Die Anmeldung vom Hotel war ich. "
                  "Können Sie die Zwei-Faktor-Anmeldung einschalten?"),
]  # fmt: skip

NEAR_MISSES = [
    # the login denied, a belief turned back, the writer's whereabouts
    ("critical", "de", "Warnung: verdächtige Anmeldung im Admin heute Nacht. Die Anmeldung um 3 "
                       "Uhr war ich nicht."),
    ("critical", "nl", "Verdachte inlog op het beheeraccount. De inlog van vannacht was ik niet."),
    ("critical", "de", "Verdächtige Anmeldung im Admin. Wir dachten, die Anmeldung war ich, aber "
                       "ich war es nicht."),
    ("critical", "de", "Verdächtige Anmeldung im Admin heute Nacht um 3 Uhr, da war ich im Bett."),
    ("critical", "nl", "Verdachte inlog op het beheeraccount vannacht. Toen het gebeurde was ik op "
                       "vakantie."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
