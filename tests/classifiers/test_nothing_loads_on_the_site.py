"""Nothing loads, said of the site: the site down, in four languages.

"Die Seite spinnt total, nichts lädt", "Website doet raar, niks laadt", "Nettsiden tuller,
ingenting laster" were standard: only English knew "nothing loads" (en.site_down). Nothing of
the site loading is the site down (critical, `.cx_nothing_loads`). The nothing on one page
("nichts lädt auf der Kontaktseite") or on a test site is some pages broken
(`.cx_nothing_loads_one_page`, standard); "nothing loads quickly" is slow
(`.cx_nothing_loads_slowly`, urgent); an image that does not load names no site.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Unser Shop spinnt seit dem Mittag, es lädt gar nichts mehr."),
    ("critical", "de", "Hilfe, nichts lädt, die Kunden rufen schon an."),
    ("critical", "de", "Die Website lädt gar nichts mehr, nur ein leeres Fenster."),
    ("critical", "de", "Nichts lädt, nicht einmal die Bilder."),
    ("critical", "de", "Seit dem Update lädt die Seite gar nichts mehr."),
    ("critical", "nl", "De webshop doet vreemd vandaag, er laadt niets meer."),
    ("critical", "nl", "Sinds de update laadt de website niks, klanten bellen ons."),
    ("critical", "nl", "Niks laadt, ook de afbeeldingen niet."),
    ("critical", "no", "Nettbutikken oppfører seg rart, ingenting laster inn."),
    ("critical", "no", "Vi har prøvd alt, men det laster ikke, verken på mobil eller PC."),
    ("critical", "en", "The shop is acting strange, nothing is loading at all."),
    ("critical", "en", "The whole site is dead, nothing loads, not even the images."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Das Bild im letzten Blogartikel lädt nicht."),
    ("standard", "de", "Nichts lädt auf der Kontaktseite, der Rest ist in Ordnung."),
    ("standard", "de", "Auf der Testseite lädt nichts, ist das bekannt?"),
    ("urgent", "de", "Die Seite lädt ewig, nach einer Minute kommt sie endlich."),
    ("urgent", "de", "Nichts lädt richtig, alles dauert ewig."),
    ("standard", "nl", "Niks laadt op de contactpagina, de rest werkt."),
    ("standard", "nl", "Op de testsite laadt niks meer."),
    ("urgent", "nl", "Niks laadt fatsoenlijk, alles is ontzettend traag."),
    ("standard", "no", "Ingenting laster på kontaktsiden, resten fungerer."),
    ("standard", "no", "Jeg prøvde å åpne bildet, men det laster ikke."),
    ("standard", "no", "Ingenting laster på testsiden."),
    ("standard", "en", "Nothing loads on the contact page, the rest of the site is fine."),
    ("standard", "en", "Nothing loads on the staging site since your update."),
    ("urgent", "en", "The site takes forever today, nothing loads quickly."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
