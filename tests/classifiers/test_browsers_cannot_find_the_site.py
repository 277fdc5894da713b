"""The site that every visitor's browser cannot find, or that shows every visitor "Access
denied" (a Cloudflare 1xxx page), is down for all: critical.

Batch38's two missed criticals: a subject-only mail "the join page won't open for anyone,
browsers say the address can't be found" (no rule fired), and "alle som går inn på
vikbryggeri.no [får] en side fra Cloudflare med «Error 1020 – Access denied»".
`<lang>.cx_browsers_address_not_found` takes browsers in the plural (or "all browsers") saying
the address or server cannot be found; one browser saying so is a half
(`<lang>.cx_browser_address_not_found`: a mistyped link says the same).
`neutral.browser_connection_error` takes Cloudflare's 1xxx error pages, and the
`<lang>.everyone_sees_outage_near` rules "access denied" in the four languages.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The join page won't open for anyone, browsers say the address can't be "
                       "found."),
    ("critical", "de", "Die Anmeldeseite öffnet sich bei niemandem, alle Browser sagen, die "
                       "Adresse wurde nicht gefunden."),
    ("critical", "nl", "De inschrijfpagina opent bij niemand, de browser zegt dat het adres "
                       "niet gevonden kan worden."),
    ("critical", "no", "Påmeldingssiden åpner ikke for noen, nettleserne sier at adressen ikke "
                       "ble funnet."),
    ("critical", "en", "Everyone who opens the website gets a page from Cloudflare with Error "
                       "1020, on every page."),
    ("critical", "de", "Alle Besucher bekommen nur «Zugriff verweigert», auf jeder Seite."),
    ("critical", "nl", "Alle bezoekers krijgen alleen «Toegang geweigerd» op de website."),
    ("critical", "no", "Alle besøkende får bare «Access denied» på nettsiden."),
]  # fmt: skip

NEAR_MISSES = [
    # one browser and a mistyped address or link: no outage
    ("standard", "en", "The link in the newsletter is wrong, my browser says the address can't "
                       "be found."),
    # one user denied, the others get in
    ("standard", "de", "Eine Kollegin bekommt beim Login «Zugriff verweigert», wir anderen "
                       "melden uns normal an."),
    ("standard", "nl", "Eén medewerker krijgt «toegang geweigerd» bij het beheer, de rest kan "
                       "gewoon inloggen."),
    ("standard", "no", "Den nye kollegaen får «Access denied» i adminpanelet, vi andre kommer "
                       "inn som normalt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
