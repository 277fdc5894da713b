"""The browser's full-page certificate warning told in a visitor's words ("a big red warning
that our site is not secure", "eine rote Warnung, dass unsere Seite nicht sicher ist", "een
rode waarschuwing dat onze site niet veilig is", "en rød advarsel om at siden vår ikke er
sikker") stops every visitor before the site: down for all users, critical
(`<lang>.cx_red_browser_warning`).

Session 13 found it among sentences of its own: at 25be397 the English, German and Dutch
forms were standard and the Norwegian one urgent; only the browser's own words ("Your
connection is not private") were known. The warning must be about the site or the
connection: a red notice in the dashboard about a plugin is not it, and a test site's warning
beside a working live site stays standard. One device of the writer's own limits it one step,
as it does the browser's own words.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since this morning Chrome and Safari both show a big red warning that "
                       "our site is not secure, customers can't get past it to the shop."),
    ("critical", "de", "Seit heute früh zeigen alle Browser eine rote Warnung, dass unsere "
                       "Seite nicht sicher ist. Die Kunden kommen nicht mehr in den Shop."),
    ("critical", "nl", "Sinds vanochtend geven alle browsers een rode waarschuwing dat onze "
                       "site niet veilig is. Klanten komen de webshop niet meer in."),
    ("critical", "no", "Siden i morges viser alle nettlesere en rød advarsel om at siden vår "
                       "ikke er sikker. Kundene kommer ikke inn i nettbutikken."),
]  # fmt: skip

NEAR_MISSES = [
    # a red notice about something else than the site
    ("standard", "en", "In the WordPress dashboard there is a red warning that one plugin is "
                       "not safe to update. Can you have a look?"),
    # a test system's warning beside a live site that works
    ("standard", "nl", "Op de testsite staat een rode waarschuwing dat de verbinding niet "
                       "veilig is; de echte site werkt prima."),
    ("standard", "no", "Testsiden viser en rød advarsel om at den ikke er sikker. Den vanlige "
                       "nettsiden fungerer fint."),
    # one device of the writer's own: one step down, as for "Your connection is not private"
    ("urgent", "de", "Nur auf meinem alten Laptop kommt eine rote Warnung, dass die Seite nicht "
                     "sicher ist. Am Handy und bei meinem Mann geht alles."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
