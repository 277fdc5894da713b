"""The maintenance notice's second sentence alone ("check back in a minute", "Schau in einer
Minute noch einmal vorbei", "Kom over een minuut terug", "Sjekk igjen om et minutt") counts when
the writer or caller says the site stays on it. 3e47848 heard "since", "still", "stuck" and
"only"; a writer's or caller's commonest words for it were missing: all the time ("dauernd",
"die ganze Zeit", "steeds", "de hele tijd", "hele tiden"), a one-hour span ("for an hour", "i en
time"), it never going away ("it never comes back", "kommt nicht wieder"), whatever the visitors
do ("whatever they click", "wat ze ook proberen", "uansett hva de trykker"), and Dutch "blijft
... hangen op". Those real outages fell to standard; they are critical again. The chat replies
3e47848 meant (the writer's own "check back in a minute") stay below critical.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "It's been like this for an hour: the site says \"check back in a minute\" "
                       "and it never comes back."),
    ("critical", "en", "Customers call us: the shop says \"check back in a minute\" whatever they "
                       "click."),
    ("critical", "en", "The site says \"check back in a minute\" and it never comes back."),
    ("critical", "de", "Die Seite zeigt \"Schau in einer Minute noch einmal vorbei\" und kommt "
                       "nicht wieder."),
    ("critical", "de", "Auf der Website steht die ganze Zeit \"Schau in einer Minute noch einmal "
                       "vorbei\"."),
    ("critical", "de", "Kunden rufen an: der Shop zeigt \"Schau in einer Minute noch einmal "
                       "vorbei\", egal was sie klicken."),
    ("critical", "nl", "Na de update blijft de hele website hangen op \"Kom over een minuut "
                       "terug\"."),
    ("critical", "nl", "Klanten bellen ons: de webshop zegt \"kom over een minuut terug\", wat ze "
                       "ook proberen."),
    ("critical", "nl", "Op de site staat de hele tijd \"Kom over een minuut terug\"."),
    ("critical", "no", "I en time har nettsiden vist \"sjekk igjen om et minutt\". Hva skjer?"),
    ("critical", "no", "Nettsiden sier \"sjekk igjen om et minutt\" uansett hva de trykker på."),
    ("critical", "no", "Nettsiden har vist \"sjekk igjen om et minutt\" i en time nå."),
]  # fmt: skip

NEAR_MISSES = [
    # the writer's own chat reply: no stuck site (no rule left: the default standard)
    ("standard", "en", "Thanks, I'll check back in a minute once I've spoken with my boss."),
    ("standard", "de", "Ich kläre das kurz intern, schau in einer Minute noch einmal vorbei."),
    ("low", "nl", "Ik vraag het even na, kom over een minuut terug in de chat."),
    ("standard", "no", "Jeg sjekker med sjefen, sjekk igjen om et minutt."),
    ("standard", "no", "Om en time vet jeg mer. Sjekk igjen om et minutt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)

VOICEMAILS = [
    ("de", "hallo hier ist frau stein auf unserer seite steht dauernd schau in einer minute noch "
           "einmal vorbei bitte rufen sie zurück"),
    ("nl", "hallo met de vries op onze site staat steeds kom over een minuut terug bel me "
           "alstublieft"),
    ("no", "hei det er lie på nettsiden står det hele tiden sjekk igjen om et minutt ring meg"),
    ("en", "hi this is tom our shop says check back in a minute whatever they click please call "
           "me back"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "said"), VOICEMAILS)
def test_a_caller_whose_site_stays_on_the_notice_is_critical(lang: str, said: str) -> None:
    got = classify(MessageText(transcript=said, language=lang))
    assert got.severity == "critical", got.rules
