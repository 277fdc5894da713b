"""A false alarm only hoped for or guessed, beside a failure told now.

"Hopefully just a false alarm, but the shop shows every customer a 503 since 2 am": the writer
hopes the alarm is false and does not take it back; the shop shows every customer an error
page (critical). The hedge ("hopefully", "vielleicht", "misschien", "kanskje") keeps
`<lang>.false_alarm` from firing, and a 503 that the shop "shows" ("zeigt", "toont", "viser")
every customer is an error page served, as one it "gives".
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Hopefully just a false alarm, but the shop shows every customer a 503 "
                       "since 2 am."),
    ("critical", "de", "Hoffentlich nur ein Fehlalarm, aber der Shop zeigt seit 2 Uhr allen "
                       "Kunden einen 503."),
    ("critical", "en", "Maybe a false alarm. The shop shows every customer a 503 since 2 am."),
    ("critical", "de", "Vielleicht ein Fehlalarm. Der Shop zeigt seit 2 Uhr allen Kunden einen "
                       "503."),
    ("critical", "nl", "Hopelijk vals alarm. De webshop toont sinds 2 uur alle klanten een 503."),
    ("critical", "no", "Kanskje falsk alarm. Nettbutikken viser alle kunder en 503 siden "
                       "klokka 2."),
    ("urgent", "en", "Perhaps a false alarm: the contact form seems not to send."),
    ("standard", "no", "Kanskje falsk alarm: en kunde sier at søket ikke viser noe."),
    ("standard", "de", "Vielleicht ist es ein Fehlalarm, aber könnten Sie die Website prüfen? "
                       "Ein Kunde hat angerufen."),
]  # fmt: skip

NEAR_MISSES = [
    # the alarm taken back: nothing is wrong
    ("low", "en", "False alarm, sorry! The site is not down, it was the hotel wifi."),
    ("low", "de", "Fehlalarm, sorry! Die Seite ist nicht down, das lag an meinem VPN."),
    ("low", "nl", "Vals alarm, sorry! De site is niet offline, het lag aan onze vpn."),
    ("low", "no", "Falsk alarm, beklager! Siden er ikke nede, det var VPN-en min."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


HEDGED = [
    ("en", "Hopefully just a false alarm, but could you look at the shop?"),
    ("de", "Hoffentlich nur ein Fehlalarm, aber könnten Sie sich den Shop ansehen?"),
    ("nl", "Hopelijk loos alarm, maar kunnen jullie naar de shop kijken?"),
    ("no", "Forhåpentligvis falsk alarm, men kan dere se på butikken?"),
]


@pytest.mark.parametrize(("lang", "text"), HEDGED)
def test_a_hedged_false_alarm_takes_nothing_back(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert not any(r.id.endswith(".false_alarm") for r in got.rules), got.rules
