"""The checkout, cart or payment page shows only an error while every other page works.

"Auf der Kassenseite kommt nur noch eine Fehlermeldung, alle anderen Seiten gehen": the page
named is where customers pay, and it shows only an error, so nobody can buy (the table's
"checkout impossible", critical). The "all other pages work" cue makes a contact page that
shows only an error one page broken (standard); beside the checkout it does not lower the
level.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Auf der Kassenseite kommt nur noch eine Fehlermeldung, alle anderen "
                       "Seiten gehen."),
    ("critical", "de", "Im Warenkorb kommt nur noch eine Fehlermeldung, alle anderen Seiten "
                       "funktionieren."),
    ("critical", "de", "Im Checkout kommt nur noch eine Fehlermeldung."),
    ("critical", "en", "The checkout page only shows an error now, all other pages work fine."),
    ("critical", "en", "The cart only shows an error, every other page works."),
    ("critical", "nl", "Op de afrekenpagina komt alleen nog een foutmelding, alle andere "
                       "pagina's werken."),
    ("critical", "no", "Handlekurven viser bare en feilmelding, alle andre sider fungerer."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Auf der Kontaktseite kommt nur noch eine Fehlermeldung, alle anderen "
                       "Seiten gehen."),
    ("standard", "en", "The contact page only shows an error now, all other pages work fine."),
    ("standard", "nl", "Op de contactpagina komt alleen nog een foutmelding, alle andere "
                       "pagina's werken."),
    ("standard", "no", "Kontaktsiden viser bare en feilmelding, alle andre sider fungerer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
