"""The whole site answers "not found" on every page, or hangs on its maintenance page.

"The portal answers '404 Not Found' on every page, the login page too" was urgent or standard:
a 404 reads as one broken link (minor), "every page" only as half an outage. A site, portal or
shop that returns 404 on all its pages is gone for everyone (critical,
`<lang>.cx_not_found_on_every_page`); one link that 404s, shown in the footer of every page,
stays a minor bug. "Wartungsseite hängt" read as slow (urgent): a site stuck in maintenance
mode shows everyone only the notice (critical, `<lang>.cx_stuck_in_maintenance`), while a test
system stuck there, or maintenance asked for, stays below.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "After last night's server move the shop shows 'Page not found' on every "
                       "page, including the basket and the home page."),
    ("critical", "nl", "Sinds de overstap naar de nieuwe hosting geeft de webshop op elke pagina "
                       "'404 niet gevonden', ook op de homepage."),
    ("critical", "de", "Seit dem Serverumzug zeigt der Onlineshop auf jeder Seite nur noch "
                       "'404 Seite nicht gefunden', auch die Startseite."),
    ("critical", "no", "Etter flyttingen gir nettbutikken 404 ikke funnet på alle sidene, også "
                       "forsiden."),
    ("critical", "en", "Since the deployment at 3 a.m. the booking app is stuck in maintenance "
                       "mode, every customer sees only the notice."),
    ("critical", "nl", "Na de update van vannacht blijft de site hangen in onderhoudsmodus, "
                       "klanten zien alleen de melding."),
    ("critical", "de", "Die Wartungsseite hängt seit heute Nacht, die Kunden sehen nur noch den "
                       "Hinweis auf die geplante Wartung."),
    ("critical", "no", "Etter oppdateringen i natt står siden fast i vedlikeholdsmodus, kundene "
                       "ser bare meldingen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The link to the privacy policy in the footer returns a 404 on every "
                       "page."),
    ("standard", "nl", "De link naar de privacyverklaring in de footer geeft op elke pagina een "
                       "404."),
    ("standard", "de", "Der Link zum Impressum im Footer führt auf jeder Seite zu einem 404."),
    ("standard", "no", "Lenken til personvernerklæringen i bunnteksten gir 404 på alle sider."),
    ("standard", "en", "Our staging site is stuck in maintenance mode since yesterday, the live "
                       "site is fine."),
    ("standard", "de", "Die Testseite hängt im Wartungsmodus, die richtige Seite läuft normal."),
    ("low", "en", "Can you put the site in maintenance mode on Saturday morning?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
