"""A failure "nur auf der Seite" names the page the sentence spoke of, not the site as a place.

"Beim Produkt 4711 kommt seit heute ein Fehler 500, aber nur auf der Seite." was critical:
e538a56 reads German "Seite" and Norwegian "siden" said bare at the end of their sentence as
the site where a thing is published ("die Einladung steht nur auf der Seite."), and forgot the
"nur auf" that limits the error to that product's page. The bare page is the site only after a
verb that places a thing there ("steht", "stehen", "findet man", "står", "finnes"); after a
failure it is the page the sentence named, a limit (standard).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Beim Produkt 4711 kommt seit heute ein Fehler 500, aber nur auf der "
                       "Seite."),
    ("standard", "no", "For produkt 4711 kommer det feil 500, men bare på siden."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Die Vereinsseite ist seit Samstag nicht erreichbar, bei allen. Die "
                       "Einladung zur Versammlung steht nur auf der Seite."),
    ("critical", "de", "Unsere Webseite ist seit heute früh bei allen nicht erreichbar. Die "
                       "Öffnungszeiten findet man nur auf der Seite."),
    ("critical", "no", "Nettsiden har vært nede siden lørdag, for alle. Innkallingen til årsmøtet "
                       "står bare på siden."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
