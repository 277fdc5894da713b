"""Bookings that are made and paid but never reach the hotel's own system.

"Die Gäste bekommen ihre Bestätigung und zahlen ganz normal, aber wir sehen sie nicht im
PMS; die letzte Buchung kam gestern um 16 Uhr": the last booking long ago read as sales that
stopped (critical), while the mail says the booking and the payment work. What fails is the
integration behind them, the table's "integration down" (urgent): the guests' booking and
payment said to work outright is the shop still selling (`.cx_customers_order_normally`, one
step down). Guests who get no confirmation and cannot pay stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Reservasjonene fra nettsiden kommer ikke lenger over i bookingsystemet "
                     "vårt. Gjestene får bekreftelse og betaler som normalt, men vi ser dem "
                     "ikke. Siste reservasjon som kom over var i går kveld."),
    ("urgent", "en", "Bookings made on the website no longer show up in our hotel system. Guests "
                     "get their confirmation and pay as normal, but we don't see them. The last "
                     "booking that came through was yesterday at 4 pm."),
    ("urgent", "de", "Die Buchungen von der Website kommen nicht mehr in unserem Hotelprogramm "
                     "an. Die Gäste bekommen ihre Bestätigung und zahlen ganz normal, aber wir "
                     "sehen sie nicht. Die letzte Buchung kam gestern um 16 Uhr."),
    ("urgent", "nl", "De boekingen via de website komen niet meer door in ons hotelsysteem. De "
                     "gasten krijgen hun bevestiging en betalen gewoon, maar wij zien ze niet. De "
                     "laatste boeking kwam gisteren om 16:00 binnen."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "Siste booking kom i går kl. 16. Siden da kan ingen gjester betale, "
                       "betalingen feiler for alle."),
    ("critical", "en", "The last booking came through yesterday at 4 pm. Since then no guest can "
                       "pay, the payment fails for everyone."),
    ("critical", "de", "Die Gäste bekommen keine Bestätigung und können nicht zahlen, die letzte "
                       "Buchung kam gestern um 16 Uhr."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
