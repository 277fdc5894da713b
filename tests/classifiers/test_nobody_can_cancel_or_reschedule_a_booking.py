"""Nobody can cancel or reschedule a booking ("ingen kunder har klart å avbestille eller flytte
timer", "kein Kunde kann seinen Termin stornieren", "niemand kan een afspraak annuleren", "no
customers have been able to cancel or move their appointments") while booking works: a
significant function lost for everyone (urgent), not one customer's problem.

Batch 55 (a hairdressing chain, "Siden helgen har ingen kunder klart å avbestille eller flytte
timer via lenken", read as standard): nothing knew cancelling or moving a booking.
`<lang>.nobody_can_cancel_booking_near` takes it with an all-scope (nobody, none of the
customers, for everyone); one customer who can't cancel stays a one-user problem.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case
    ("urgent", "no", "Siden helgen har ingen kunder klart å avbestille eller flytte timer via "
                     "lenken i bekreftelsen. Booking av nye timer fungerer som normalt."),
    ("urgent", "en", "Since the weekend no customers have been able to cancel or move their "
                     "appointments via the link. Booking new ones works."),
    ("urgent", "de", "Seit dem Wochenende kann kein Kunde mehr seinen Termin online stornieren "
                     "oder verschieben. Neue Buchungen gehen."),
    ("urgent", "nl", "Sinds het weekend kan niemand meer online een afspraak annuleren of "
                     "verzetten. Nieuwe afspraken boeken werkt wel."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer (standard)
    ("standard", "en", "One customer can't cancel her appointment online, everyone else can."),
    # nobody cancelled: no failure
    ("standard", "en", "Nobody has cancelled this week, the calendar is full."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
