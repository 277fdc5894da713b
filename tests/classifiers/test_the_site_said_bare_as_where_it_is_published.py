"""The site said bare as where something is published ("nur auf der Seite.") is no limit.

"Die Seite ist immer noch weg ... bei allen im Vorstand ... Die Einladung steht nur auf der
Seite." was urgent: "nur auf" read as a limited scope, as in "nur auf dem Handy". German
"Seite" and Norwegian "siden" name a page as well as the site; with nothing after them in their
sentence ("nur auf der Seite.", "bare på siden.") they are the site, where the thing is
published. "Nur auf dieser Seite", "nur auf der Seite mit den Kursen", "bare på denne siden"
name a page and stay a limit.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Die Vereinsseite ist seit Samstag nicht erreichbar, bei allen. Die "
                       "Einladung zur Versammlung steht nur auf der Seite."),
    ("critical", "de", "Unsere Webseite ist seit heute früh bei allen nicht erreichbar. Die "
                       "Öffnungszeiten stehen nur auf der Seite!"),
    ("critical", "no", "Nettsiden har vært nede siden lørdag, for alle. Innkallingen til årsmøtet "
                       "står bare på siden."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Die Seite ist für alle weg, aber nur auf dieser Seite."),
    ("urgent", "de", "Die Seite ist weg, aber nur auf der Seite mit den Kursen."),
    ("urgent", "no", "Siden viser feil 500 for alle, men bare på denne siden."),
    ("urgent", "no", "Siden viser feil 500 for alle, men bare på siden med kursene."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
