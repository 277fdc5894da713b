"""A suspicious-login alert whose "it was our colleague" / "it was me" is no explanation of it.

"We thought it was our colleague, but it wasn't him", "Wir dachten, das war Kollege Meier,
aber er war es nicht", "Ich weiß nicht, was ich tun soll" (German "was ich" is "what I"), "da
war ich im Bett", "Toen het gebeurde was ik op vakantie", "It was me who noticed the login",
"Last month it was our intern, but this time ...": a belief turned back, a negation, the
writer's whereabouts, one of ours who only noticed, an earlier alert. None of them says that THIS
login was one of the writer's people, so the suspicious login stays a possible intruder
(critical). Only a clause that tells this login as theirs, not believed, denied, turned back
(by a following but/aber/maar/men or the next sentence) or set in an earlier event, explains
the alarm (engine `_drop_login_alarm_explained`; its own cases are in
test_a_suspicious_login_that_turned_out_to_be_a_colleague.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # explained: this login was one of ours, even after a "but" that turns a fear around
    ("low", "en", "I got a suspicious login alert on the admin and was worried, but it turned "
                  "out to be our new colleague. Can we switch on two-factor login for all admin "
                  "users?"),
    ("low", "de", "Warnung: verdächtige Anmeldung im Admin. Das war ich, vom Hotel aus. Können "
                  "Sie die Zwei-Faktor-Anmeldung einschalten?"),
    ("low", "nl", "Melding van een verdachte inlog op het beheeraccount. Dat was ik, vanuit het "
                  "hotel. Kunnen jullie tweestapsverificatie aanzetten?"),
    ("low", "no", "Varsel om mistenkelig innlogging på admin. Det var meg selv fra hotellet. Kan "
                  "vi få slått på tofaktorinnlogging for alle admin-brukere?"),
    ("low", "en", "Suspicious login alert on the admin. It was our colleague who logged in from "
                  "her new laptop. Can we switch on two-factor login for all admin users?"),
    ("low", "de", "Warnung wegen verdächtiger Anmeldung im Admin: das war unsere Buchhalterin "
                  "vom Homeoffice aus. Können Sie die Zwei-Faktor-Anmeldung einschalten?"),
]  # fmt: skip

NEAR_MISSES = [
    # a belief turned back
    ("critical", "en", "We got an alert about a suspicious login on the admin. We thought it was "
                       "our colleague, but it wasn't him."),
    ("critical", "en", "Suspicious login on our admin account last night. At first we thought "
                       "it was our bookkeeper, but she was asleep and says it was not her."),
    ("critical", "en", "Wordfence reports a suspicious login on the admin. My colleague thought "
                       "it was me, but I was on holiday."),
    ("critical", "en", "Suspicious login alert on the admin. We thought it was our colleague. It "
                       "wasn't: he was at home all day."),
    ("critical", "de", "Wir haben eine Warnung wegen einer verdächtigen Anmeldung im Admin "
                       "bekommen. Wir dachten, das war Kollege Meier, aber er war es nicht."),
    ("critical", "nl", "Verdachte inlog op het beheeraccount vanaf een onbekend apparaat. We "
                       "dachten dat het onze collega was, maar zij was het niet."),
    ("critical", "no", "Vi fikk varsel om mistenkelig innlogging på admin. Vi trodde det var "
                       "kollegaen vår, men det var ikke ham."),
    # German "was" (what), "war ich" and Dutch "was ik" inside other sentences
    ("critical", "de", "Wir haben eine Warnung wegen einer verdächtigen Anmeldung im Admin "
                       "bekommen. Ich weiß nicht, was ich tun soll."),
    ("critical", "de", "Verdächtige Anmeldung im Admin heute Nacht um 3 Uhr, da war ich im "
                       "Bett."),
    ("critical", "nl", "Verdachte inlog op het beheeraccount vannacht. Toen het gebeurde was ik "
                       "op vakantie."),
    ("critical", "de", "Verdächtige Anmeldung im Admin heute Nacht. Ich weiß nicht, was unsere "
                       "Kollegin da gemacht hat, sie war im Urlaub."),
    ("critical", "de", "Verdächtige Anmeldung im Admin. Ich weiß nicht, was mein Mitarbeiter "
                       "dazu sagt."),
    # one of ours who noticed, not who logged in
    ("critical", "en", "Suspicious login on the admin. It was me who noticed it, and I have "
                       "changed the password."),
    ("critical", "no", "Mistenkelig innlogging fra en ny enhet på admin-kontoen. Det var meg som "
                       "oppdaget varselet i morges."),
    # an earlier alert
    ("critical", "en", "Another suspicious login alert on the admin this morning. Last month it "
                       "was our intern."),
    ("critical", "no", "Mistenkelig innlogging på admin-kontoen i natt. Forrige gang var det vår "
                       "praktikant, men denne gangen har ingen av oss logget inn."),
    # a question
    ("critical", "en", "Suspicious login on our admin account. Was it my colleague? She says "
                       "no."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
