"""On a booking site, booking impossible for everyone is checkout impossible, critical: "all
patients, they can't book anything at all", "customers cannot book any rooms since this
evening", "die Patienten können keine Termine mehr buchen", "gjestene får ikke booket noe som
helst" (`en.cx_nobody_can_book`, `de.cx_nobody_can_book`, `no.cx_nobody_can_book_near`).

Session 14 found these by writing voicemails and mails of its own: at 50d8bb8 the English,
German and Norwegian ones below were urgent (read as a calendar that shows no free slot, or as
one function failing). The Dutch ("ze kunnen helemaal niets boeken") were critical already.
One guest and one room, a question whether guests can book yet, and a booking rule the site
was set up with ("can't book any rooms before 1 March") stay below critical.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Customers cannot book any rooms since this evening, the booking page "
                       "gives an error."),
    ("critical", "en", "Our guests can't make any bookings, the calendar doesn't load for "
                       "anyone."),
    ("critical", "de", "Die Patienten können keine Termine mehr buchen, die Buchungsseite zeigt"
                       " nur einen Fehler."),
    ("critical", "no", "Gjestene får ikke booket noe som helst, kalenderen laster ikke for "
                       "noen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "One guest says she can't book the family room, the other rooms work "
                       "fine."),
    ("low", "en", "Can guests book any rooms for New Year yet? We'd like to open the dates."),
    ("low", "en", "Customers can't book any rooms before 1 March, that's how we set it up. "
                  "Could you change it to 15 February?"),
    ("low", "de", "Können die Gäste schon Zimmer für Silvester buchen? Wir möchten die Daten "
                  "freischalten."),
    ("low", "no", "Kan gjestene booke noen rom til nyttår ennå? Vi vil gjerne åpne datoene."),
    ("low", "no", "Kundene skal ikke kunne booke noe før 1. mars. Kan dere stille inn det?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)

VOICEMAILS = [
    ("critical", "yeah hello it's linda from the dental clinic our booking system is giving an "
                 "error for all patients they can't book anything at all please call"),
    ("critical", "unsere gäste können gar nichts mehr buchen der kalender lädt bei niemandem"),
    ("critical", "die patienten können keine termine mehr buchen die buchungsseite zeigt nur "
                 "einen fehler"),
    ("critical", "gjestene får ikke booket noe som helst kalenderen laster ikke for noen"),
    ("standard", "en gjest sier hun ikke får booket familierommet de andre rommene fungerer "
                 "fint"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "transcript"), VOICEMAILS)
def test_voicemail_of_booking_impossible_for_all(level: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
