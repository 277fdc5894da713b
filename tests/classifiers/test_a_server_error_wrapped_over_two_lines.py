"""A server error whose name a plain-text mail wraps over two lines ("geeft de complete webshop
een 500 Internal Server\nError, ook de homepage"), or the status line that curl prints
("HTTP/2 503"): the same 5xx as on one line, so the site fails for its visitors (critical)
until the mail narrows it.

Session 66 found it in batch 66 (read as low and as urgent): `neutral.http_5xx` spelt "internal
server error" with single spaces, so the line break hid it, and "HTTP/2 503" was no "HTTP 503".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Na de deploy van 17:45 geeft de complete webshop een 500 Internal Server\n"
                       "Error, ook de homepage en /winkelwagen."),
    ("critical", "nl", "Sinds de release toont de site een Internal Server\nError, ook de "
                       "homepage."),
    ("critical", "en", "Since the release the site shows an Internal\nServer Error, also the "
                       "homepage."),
    ("critical", "no", "Siden i morges viser nettsiden Internal Server\nError, også forsiden."),
    ("critical", "de", "Ist die Wartung noch nicht fertig?\n\n$ curl -sI "
                       "https://app.example.org/login\nHTTP/2 503\nretry-after: 3600"),
]  # fmt: skip

NEAR_MISSES = [
    # a 503 on the test system while live works: standard
    ("standard", "en", "The staging site answers with HTTP/2 503 since the deploy,\nthe live "
                       "shop is fine."),
    # a status line of a success is no error
    ("low", "en", "Could you add a redirect for /old-page? curl shows HTTP/2 200 for it now."),
    # a count, not a status
    ("low", "en", "The import gave 502 new products, great. Can you add them to the menu?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
