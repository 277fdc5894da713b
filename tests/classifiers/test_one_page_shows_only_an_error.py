"""One page shows only an error while every other page works: some pages broken, standard.

"Auf der Kontaktseite kommt nur noch eine Fehlermeldung, alle anderen Seiten gehen": "nur noch
... Fehlermeldung" names no object; said alone ("Es kommt nur noch eine Fehlermeldung") it is
the site, down (critical), but it is one signal (`de.cx_only_an_error_left`, weight 1), not a
firm outage: beside "alle anderen Seiten gehen" (`.other_pages_work`) it says what it says of
the page named, a page broken. The other languages say it with a minor error already.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Auf der Kontaktseite kommt nur noch eine Fehlermeldung, alle anderen "
                       "Seiten gehen."),
    ("standard", "de", "Auf der Seite mit den Öffnungszeiten kommt nur noch eine Fehlermeldung, "
                       "alle anderen Seiten funktionieren."),
    ("standard", "en", "The contact page only shows an error message now, all other pages work."),
    ("standard", "nl", "Op de contactpagina komt alleen nog een foutmelding, alle andere pagina's "
                       "werken."),
    ("standard", "no", "På kontaktsiden kommer det bare en feilmelding, alle andre sider virker."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Es kommt nur noch eine Fehlermeldung."),
    ("critical", "de", "Auf unserer Website kommt nur noch eine Fehlermeldung."),
    ("critical", "de", "Seit heute früh kommt nur noch eine Fehlermeldung, egal welche Seite."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
