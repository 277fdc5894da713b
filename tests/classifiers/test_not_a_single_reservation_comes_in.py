"""Not a single reservation coming in through the site any more ("Geen enkele reservering komt
meer binnen via de site", "keine einzige Reservierung mehr reingekommen", "ikke kommet inn en
eneste reservasjon", "not a single reservation has come in"): for a restaurant or any site that
takes reservations, the reservation is the order, so none arriving is the checkout impossible
(critical), as zero orders or bookings already are.

Session 44 found it in batch 44 (a restaurant whose "Reserveer" button spun until a time-out,
read as urgent): `<lang>.sales_stopped_near` and `.orders_stopped_near` knew orders, bookings
and tickets that stopped coming in, but not reservations ("reservering", "Reservierung",
"reservasjon", "table booking", "bordbestilling"). A reservation form that sends nothing beside
the reservations that stopped stays the form's failure (urgent), as the engine already reads
a failing booking form; confirmation mails missing while reservations arrive stay urgent.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Geen enkele reservering komt meer binnen via de site. Gasten klikken op "
                       "Reserveer en dan blijft het wieltje draaien tot er een time-out staat."),
    ("critical", "nl", "Sinds twaalf uur hebben we geen enkele tafelreservering meer "
                       "binnengekregen, terwijl het Valentijn is."),
    ("critical", "en", "Not a single reservation comes in through the website any more. Guests "
                       "click Book a table and it just spins."),
    ("critical", "en", "No reservations are coming in online, and it's our busiest weekend."),
    ("critical", "de", "Es kommt keine einzige Reservierung mehr rein, die Gäste hängen beim "
                       "Absenden fest."),
    ("critical", "de", "Keine Tischreservierung kommt mehr rein, der Button dreht sich nur."),
    ("critical", "no", "Det kommer ikke inn en eneste reservasjon lenger, gjestene blir stående "
                       "på Reserver-knappen."),
    ("critical", "no", "Ingen bordbestillinger kommer inn, og fredag er vanligvis fullbooket via "
                       "nettsiden."),
]  # fmt: skip

NEAR_MISSES = [
    # the reservation form that sends nothing: the form's failure (urgent)
    ("urgent", "nl", "Het reserveringsformulier verstuurt niets: sinds vrijdag geen enkele "
                     "reservering binnengekomen."),
    ("urgent", "en", "Our reservation form just spins and never sends, not a single "
                     "reservation since Sunday."),
    # reservations arrive, their confirmation mail does not (urgent)
    ("urgent", "nl", "Gasten krijgen na hun reservering geen bevestigingsmail meer, de "
                     "reserveringen komen wel binnen."),
    ("urgent", "en", "Guests don't get a confirmation e-mail after their reservation any more, "
                     "the reservations themselves do come in."),
    # requests about reservations
    ("low", "de", "Kann man auf der Seite bei Reservierungen ein Feld für Allergien ergänzen?"),
    ("low", "no", "Kan dere legge inn at vi ikke tar imot reservasjoner på mandager?"),
    ("low", "en", "Could you change the reservation page so that groups over 8 have to call us?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
