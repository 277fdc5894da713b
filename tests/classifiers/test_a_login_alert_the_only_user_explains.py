"""A login alert ("a login from an unknown device", "eine Anmeldung von einem unbekannten
Gerät", "een inlog vanaf een onbekend apparaat", "en innlogging fra en ukjent enhet") beside
the writer saying only they use the account ("Niemand außer mir nutzt das Konto", "nobody but
me uses the account", "niemand behalve ik gebruikt het account", "ingen andre enn meg bruker
kontoen"), asking whether the login was theirs or for two-factor login: no breach.

The login from an unknown place is half a breach (`<lang>.cx_login_from_unknown_place`, 95a5bd4),
whose other half is an intruder's sign: "none of us did this", an administrator nobody made.
The bare "niemand"/"nobody"/"ingen" of "nobody but me" is an outage's scope word
(`<lang>.outage_scope_all`), and the two halves made a critical. An outage's scope word is no
second half of a login alert (classifiers/decide.py `_without_lone_login_alert`); "none of us
did this" still is (the commit's cases in
tests/classifiers/test_a_login_alert_from_an_unknown_place.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wir haben eine Warnung über einen Login von einem unbekannten Gerät "
                       "bekommen, und ein neuer Administrator wurde angelegt. Niemand von uns war "
                       "das."),
    ("critical", "en", "The site mailed us that a new administrator was created and there was a "
                       "login from an unknown device. Nobody here created it."),
    ("critical", "nl", "We kregen een melding van een inlog vanaf een onbekend apparaat en er is "
                       "een nieuwe beheerder aangemaakt. Dat heeft niemand van ons gedaan."),
    ("critical", "no", "Vi fikk varsel om pålogging fra ukjent enhet, og en ny administrator er "
                       "opprettet. Det har ingen av oss gjort."),
]  # fmt: skip

NEAR_MISSES = [
    # the login was the writer's own; only they use the account
    ("low", "de", "Ich habe eine Mail über eine Anmeldung von einem unbekannten Gerät bekommen. "
                  "Das war ich selbst am neuen Laptop, niemand außer mir nutzt das Konto. Muss "
                  "ich etwas tun?"),
    ("low", "en", "I got an alert about a login from an unknown device. That was me on my new "
                  "laptop, nobody but me uses the account. Do I need to do anything?"),
    ("low", "nl", "Ik kreeg een melding over een inlog vanaf een onbekend apparaat. Dat was ik "
                  "zelf op mijn nieuwe laptop, niemand behalve ik gebruikt het account. Moet ik "
                  "iets doen?"),
    ("low", "no", "Jeg fikk varsel om en innlogging fra en ukjent enhet. Det var meg selv på den "
                  "nye PC-en, ingen andre enn meg bruker kontoen. Må jeg gjøre noe?"),
    # asking for two-factor login
    ("low", "de", "Ich bekomme ständig Warnungen über eine Anmeldung von einem unbekannten Gerät, "
                  "das bin immer ich. Niemand außer mir nutzt das Konto. Können Sie die "
                  "Zwei-Faktor-Anmeldung für mich einrichten?"),
    ("low", "en", "I keep getting alerts about a login from an unknown location, it is always me "
                  "travelling. Nobody but me uses the account. Can you set up two-factor login "
                  "for me?"),
    ("low", "nl", "Ik krijg steeds meldingen over een inlog vanaf een onbekende locatie, dat ben "
                  "ik zelf onderweg. Niemand behalve ik gebruikt het account. Kunnen jullie "
                  "tweestapsverificatie voor mij instellen?"),
    ("low", "no", "Jeg får stadig varsler om innlogging fra ukjent sted, det er meg på reise. "
                  "Ingen andre enn meg bruker kontoen. Kan dere sette opp tofaktorinnlogging for "
                  "meg?"),
    # the live site named where the alert came from: no outage either
    ("standard", "en", "We got an alert about a login from an unknown location on the live site. "
                       "It was our new colleague in Berlin, all fine."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
