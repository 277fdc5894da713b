"""The other pages, named in a list in parentheses, work ("De rest van de website (tarieven,
team, route, contact) werkt gewoon", "Die anderen Seiten (Leistungen, Team, Anfahrt) gehen
ganz normal", "The rest of the site (rooms, prices, contact) works fine", "De andre sidene
(meny, åpningstider) fungerer"): one function of the site fails, not the site; half critical
signals beside it ("bij alle", "the phones are ringing") do not add up to a critical
(`<lang>.cx_other_pages_listed_ok.other_pages_work`, handled as `.other_pages_work`).

At 56e9af8 these were critical: a comma or parenthesis ends a clause, and a list of three or
four pages put the "works" verb outside the window of `<lang>.cx_other_pages_ok`. The rest
said not to work ("werkt niet meer", "gehen auch nicht") is no such cue, and payment
impossible for everyone stays critical beside it.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "Online afspraken maken geeft bij alle behandelaars een foutmelding en de "
                     "telefoon staat roodgloeiend. De rest van de website (tarieven, team, "
                     "route, contact) werkt gewoon."),
    ("urgent", "nl", "Tafel reserveren via de website lukt niet, bij alle tijden krijg je een "
                     "foutmelding en de telefoon staat roodgloeiend. Alle andere pagina's "
                     "(menu, openingstijden, route, contact) werken prima."),
    ("urgent", "en", "The online booking form gives every customer an error and the phones are "
                     "ringing all day. The rest of the site (rooms, prices, directions, "
                     "contact) works fine."),
    ("urgent", "en", "The online booking form gives an error for everyone, customers keep "
                     "calling. All the other pages (programme, venue, opening times, FAQ) are "
                     "fine."),
    ("urgent", "de", "Die Online-Terminbuchung zeigt bei allen Ärzten eine Fehlermeldung, das "
                     "Telefon klingelt pausenlos. Die anderen Seiten (Leistungen, Team, "
                     "Anfahrt, Kontakt) gehen ganz normal."),
    ("urgent", "de", "Das Reservierungsformular bringt bei allen Tischen nur einen Fehler, "
                     "unser Telefon klingelt. Alles andere (Speisekarte, Öffnungszeiten, "
                     "Anfahrt, Team) funktioniert."),
    ("urgent", "no", "Bordbestilling på nettsiden gir feilmelding for alle tidspunktene, "
                     "telefonen ringer. De andre sidene (meny, åpningstider, veibeskrivelse, "
                     "om oss) fungerer."),
    ("urgent", "no", "Timebestilling på nettsiden gir feilmelding hos alle frisørene, "
                     "telefonen ringer. Resten av nettsiden (priser, bilder, om oss, kontakt) "
                     "er helt i orden."),
]  # fmt: skip

NEAR_MISSES = [
    # the rest said not to work: the site down
    ("critical", "en", "Our whole website is down, every page shows an error. The rest of the "
                       "site (well, nothing) doesn't work either."),
    ("critical", "nl", "De hele website ligt plat. De rest van de site (home, contact) werkt "
                       "niet meer."),
    ("critical", "de", "Die ganze Webseite ist offline. Die anderen Seiten (Startseite, "
                       "Kontakt) gehen auch nicht."),
    # payment impossible for everyone is critical whatever else works
    ("critical", "en", "Nobody can pay: the checkout shows an error for every customer. The "
                       "rest of the site (products, blog, contact) works fine."),
    ("critical", "de", "Niemand kann bezahlen, an der Kasse kommt bei allen ein Fehler. Der "
                       "Rest der Seite (Produkte, Blog, Kontakt) funktioniert normal."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
