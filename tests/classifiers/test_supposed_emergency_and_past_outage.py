"""An emergency supposed in a question, a purpose asked about, and an outage told as over
since a named day report nothing now (low), however alarming their words.

Batch39's three false criticals among its low mails: "Wie schnell könnte im Notfall
(Serverausfall, Hackerangriff) wiederhergestellt werden?" (an emergency supposed: "im Notfall",
"in an emergency", "in geval van", "i en nødsituasjon" now open a hypothetical question), "...
of is het verstandig hem te houden zodat niemand anders hem kan registreren?" (a purpose asked
about: "zodat", "so that", "damit", "slik at"), and a subject "Website down on Tuesday?" over
"it has been fine ever since" ("fine ever since" now says it works now, as "fine since" did).
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    ("low", "en", "How quickly could you restore the site in an emergency (server failure, "
                  "hacker attack)? Nothing is wrong, the site runs fine."),
    ("low", "nl", "Hoe snel kunnen jullie de site herstellen in geval van een hackeraanval of "
                  "serverstoring? Er is niets aan de hand."),
    ("low", "de", "Wie schnell könnte im Notfall (Serverausfall, Hackerangriff) "
                  "wiederhergestellt werden? Akut ist nichts, die Seite läuft einwandfrei."),
    ("low", "no", "Hvor raskt kan dere gjenopprette nettsiden i en nødsituasjon, for eksempel "
                  "et hackerangrep? Nettsiden fungerer fint nå."),
    ("low", "nl", "Kunnen we het oude domein opzeggen, of is het verstandig het te houden zodat "
                  "niemand anders het kan registreren?"),
    ("low", "de", "Sollen wir die alte Domain kündigen oder behalten, damit niemand anders sie "
                  "registrieren kann?"),
]  # fmt: skip

NEAR_MISSES = [
    # a purpose asked for beside a failure told: the failure stays
    ("critical", "en", "Our site has been hacked, there is a casino page on the homepage. Can "
                       "you restore it so that our visitors are safe again?"),
    ("critical", "de", "Der Shop ist seit heute früh komplett down, niemand kann bestellen. "
                       "Könnt ihr das sofort beheben, damit wir heute noch verkaufen?"),
    ("critical", "nl", "De webshop ligt plat, niemand kan afrekenen. Kunnen jullie dit meteen "
                       "oplossen zodat klanten weer kunnen betalen?"),
    ("critical", "no", "Nettbutikken er nede for alle, ingen får betalt. Kan dere fikse det nå "
                       "slik at kundene kan handle igjen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_an_outage_fine_ever_since_a_named_day_is_over() -> None:
    assert_mail_level(
        "low",
        "Website down on Tuesday?",
        "On Tuesday evening our website wasn't available for an hour. It has been fine ever "
        "since. Could you tell us what the cause was? No rush.",
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Website down since Tuesday?",
            "Since Tuesday evening our website isn't available for anyone. It was fine ever "
            "since the launch until then. What is going on?",
        ),
    ],
)
def test_an_outage_going_on_stays_critical(subject: str, body: str) -> None:
    assert classify(MessageText(subject=subject, body=body)).severity == "critical"
