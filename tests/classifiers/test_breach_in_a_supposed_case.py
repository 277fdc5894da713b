"""A breach supposed by a standard text ("Im Falle einer Datenpanne informieren wir Sie", "if
you suspect your account has been compromised, ..."): a privacy statement's paragraph or a
signature's warning names a breach that may happen; none is told. Its words do not count
towards a critical (engine `_drop_supposed_case`).

Batch40 had two false criticals of this meaning: a new paragraph for the privacy statement
("Im Falle einer Datenpanne oder eines unbefugten Zugriffs informieren wir Sie", a content
request) and a two-factor planning question whose signature says "If you suspect ... that your
account has been compromised, ... report it immediately".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Could you add this paragraph to our privacy page: In the event of a data "
                  "breach we will inform all affected customers within 72 hours."),
    ("low", "nl", "Kunnen jullie deze zin in de privacyverklaring zetten? In geval van een "
                  "datalek informeren wij u binnen 72 uur."),
    ("low", "de", "Bitte ergänzt in der Datenschutzerklärung den Satz: Im Falle einer "
                  "Datenpanne informieren wir Sie unverzüglich."),
    ("low", "no", "Kan dere legge inn dette i personvernerklæringen: I tilfelle et "
                  "datainnbrudd varsler vi deg så raskt som mulig."),
]  # fmt: skip

NEAR_MISSES = [
    # a breach told beside the supposed case stays critical
    ("critical", "en", "Our site has been hacked: in the admin there is an unknown admin user "
                       "and the homepage shows casino ads."),
    ("critical", "nl", "Er is een datalek: klanten zien de facturen van andere klanten. In "
                       "geval van twijfel bellen we u."),
    ("critical", "de", "Unser Shop wurde gehackt, im Falle einer Rückfrage bin ich erreichbar."),
    ("critical", "no", "Nettsiden vår er hacket, og forsiden viser reklame for nettkasino."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
