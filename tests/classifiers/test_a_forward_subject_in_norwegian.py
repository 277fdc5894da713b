"""A Norwegian forward ("VS:", videresendt) keeps the forwarded mail's subject.

"VS: Varsel: skadevare funnet på serveren" over "Fikk denne fra leverandøren i natt, siden ser
grei ut": Norwegian mail programs mark a forward "VS:" and a reply "SV:". The reply's subject
names the old thread and is dropped; the forward's subject is what the sender passes on, read
as "FW:" and "WG:" are. A reply ("SV:") over a works-again line keeps dropping its subject.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level

FORWARDS = [
    (
        "critical",
        "VS: Varsel: skadevare funnet på webserveren til butikken",
        "Hei, fikk denne fra leverandøren i natt og skjønner ikke helt hva den betyr. "
        "Nettbutikken ser grei ut når jeg åpner den. Kan noen ringe meg i dag?\n\nMvh Petter",
    ),
    (
        "critical",
        "VS: Nettsiden er nede",
        "Hei, fikk denne i morges. Jeg er på reise og får ikke sjekket selv før i kveld."
        " Kan dere ta en titt så fort dere rekker det?\n\nHilsen Siri",
    ),
]

NEAR_MISSES = [
    # a reply: the old thread's subject says nothing of now
    (
        "low",
        "SV: Nettsiden er nede",
        "Takk for rask hjelp i går, nå virker alt som det skal igjen.\n\nHilsen Siri",
    ),
    # a forward of a harmless notice stays harmless
    (
        "low",
        "VS: Faktura for domenet",
        "Hei, er denne betalt allerede, eller skal jeg betale den selv?\n\nHilsen Siri",
    ),
]


@pytest.mark.parametrize(("level", "subject", "body"), FORWARDS + NEAR_MISSES)
def test_a_norwegian_forward_is_read_with_its_subject(level: str, subject: str, body: str) -> None:
    assert_mail_level(level, subject, body)
