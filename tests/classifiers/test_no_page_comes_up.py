"""No page of the site comes up: the site is down, critical, however it is said.

"No page loads", "Keine einzige Seite lädt mehr", "Geen enkele pagina laadt nog", "Ingen
sider laster" were standard: the failure lay in the scope word, with no "not" and no
outage word (`<lang>.cx_no_page_loads`, load and open verbs only). "An error on every single
page" was standard too: "single page" inside "every single page" read as a limit of one page
(`en.limited_scope` now takes "a/one single page" only), and "every single page" was not
"every page" in the scope classes. A site that shows only a line about "a problem connecting
to the database" is the database error page (`neutral.database_connection_error`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "No page loads on our website since this morning."),
    ("critical", "en", "Not a single page of the site will open, on the phone or the PC."),
    ("critical", "en", "Our website shows an error on every single page."),
    ("critical", "en", "Since last night the site shows one line of text on every single page, "
                       "something about a problem connecting to the database, and nothing else."),
    ("critical", "nl", "Geen enkele pagina laadt nog sinds vanochtend."),
    ("critical", "nl", "De site toont alleen: geen verbinding met de database."),
    ("critical", "de", "Keine einzige Seite lädt mehr, seit heute früh."),
    ("critical", "de", "Auf jeder einzelnen Seite steht nur ein Fehler."),
    ("critical", "no", "Ingen sider laster på nettsiden vår siden i morges."),
    ("critical", "no", "Det står bare en feilmelding på hver eneste side."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "en", "The error only shows on a single page of the site, the rest is fine."),
    ("low", "en", "No page shows the new logo yet, could you swap it when you have time?"),
    ("low", "de", "Keine Seite zeigt das neue Logo, bitte bei Gelegenheit austauschen."),
    ("standard", "nl", "Op één enkele pagina staat een foutmelding, de rest werkt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
