"""Nobody can make an appointment or a booking, or donate ("kan niemand meer een
afspraak maken", "niemand kann einen Termin vereinbaren", "ingen kan donere", "no patient can
make a booking"): on a practice's, a club's or a charity's site that is its checkout, impossible
for everyone (critical), like "nobody can buy".

Batch 55 (a vet's online booking, "Sinds vanochtend kan niemand meer een afspraak maken via onze
website", read as urgent): `<lang>.nobody_can_buy_near` knew buying, ordering, paying and
booking, not an appointment made or a donation. A reservation (of rooms, of a hall) for nobody
stays a function lost (urgent, batch 18).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case
    ("critical", "nl", "Sinds vanochtend kan niemand meer een afspraak maken via onze website. "
                       "Bij 'Afspraak bevestigen' komt er een rood balkje. Kunnen jullie hier zo "
                       "snel mogelijk naar kijken?"),
    ("critical", "nl", "Online afspraak maken lukt bij niemand meer."),
    ("critical", "nl", "Niemand kan nog doneren via de actiepagina, de betaalstap geeft een fout."),
    ("critical", "en", "Since this morning nobody can make an appointment through our website, "
                       "whichever vet or day they choose. Could you look at it?"),
    ("critical", "en", "No patient can make a booking online today, it fails at the last step."),
    ("critical", "en", "Nobody can donate on our appeal page tonight."),
    ("critical", "de", "Seit heute früh kann niemand mehr einen Termin über unsere Website "
                       "vereinbaren. Können Sie bitte nachsehen?"),
    ("critical", "de", "Niemand kann mehr spenden, die Seite bricht beim Bezahlen ab."),
    ("critical", "no", "Ingen får gitt en gave på innsamlingssiden siden i morges."),
    ("critical", "no", "Ingen kan donere på innsamlingssiden lenger."),
    # review of 4ae2844: must stay critical
    ("critical", "en", "Nobody can book an appointment online since this morning"),
    ("critical", "nl", "Sinds vanochtend kan niemand online een afspraak maken."),
    ("critical", "de", "Kein Patient kann seit heute früh einen Termin vereinbaren."),
]  # fmt: skip

NEAR_MISSES = [
    # one patient: one user (standard)
    ("standard", "en", "One patient cannot make an appointment online, everyone else can."),
    ("standard", "no", "En kunde får ikke reservert time, alle andre får det til."),
    # a past outage, asked about afterwards (low)
    ("low", "en", "Last month nobody could make an appointment online for two days, can we talk "
                  "about a support package?"),
    ("low", "nl", "Vorige maand kon niemand twee dagen lang een afspraak maken. Kunnen we het "
                  "over een onderhoudscontract hebben?"),
    ("low", "en", "Nobody could donate during the outage in January, thanks again for fixing it."),
    # what still works, after a search that finds nothing (standard)
    (
        "standard",
        "nl",
        "op de website doet het zoeken het niet als je iets intypt komt er niks uit maar verder "
        "werkt alles gewoon afspraken maken ook",
    ),
    # the test system only (standard)
    ("standard", "nl", "Op de testomgeving kan niemand een afspraak maken, de live site werkt."),
    # nobody needs to make an appointment or give: a text, not a failure (review of 4ae2844: low)
    ("low", "en", "No one needs to make an appointment for the walk-in hours, please change the "
                  "text on the homepage."),
    ("low", "en", "Can you add a line that nobody can donate anonymously?"),
    ("low", "de", "Niemand muss einen Termin vereinbaren, bitte ändert den Text auf der "
                  "Startseite."),
    ("low", "nl", "Niemand hoeft een afspraak te maken voor het inloopspreekuur, kunnen jullie de "
                  "tekst aanpassen?"),
    ("low", "no", "Ingen trenger å gi en gave, men kan dere legge til en knapp?"),
    ("low", "en", "Nobody has to make an appointment for the flu shots, could you update the "
                  "opening hours page?"),
    ("low", "de", "Könnt ihr auf der Spendenseite ergänzen, dass niemand einen Termin vereinbaren "
                  "muss?"),
    ("low", "nl", "Kunnen jullie op de site zetten dat niemand anoniem kan doneren?"),
    ("low", "no", "Kan dere skrive på siden at ingen kan donere anonymt?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
