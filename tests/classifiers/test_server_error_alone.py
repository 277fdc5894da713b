"""A server's own error text, reported now and narrowed by nothing, is an outage (critical).

"All we get is '502 Bad Gateway'" used to be half a critical signal beside a bug word, so a
mail that said nothing else was filed as a bug (standard). The engine now calls it critical
unless a cue in the mail narrows it or ends it (one page, the rest works, a test system,
fixed). The same commit taught the "resolved" cues the common "fixed now" forms ("het is
inmiddels opgelost", "das ist inzwischen behoben", "det er nå fikset", "it's fixed now"), so a
thank-you for an old 503 is no page at night; an "until it is fixed" is no resolution.
"""

# ruff: noqa: E501  (a table of whole sentences)
from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a server error, now, and nothing else said about it
    (
        "critical",
        "en",
        "Since about seven this morning all we get is '502 Bad Gateway' when we open the shop. Can someone look at it?",
    ),
    (
        "critical",
        "nl",
        "Sinds vanochtend krijgen we alleen nog '503 Service Unavailable' als we de webshop openen. Kunnen jullie even kijken?",
    ),
    (
        "critical",
        "de",
        "Seit heute früh kommt beim Aufruf unserer Homepage nur noch 'Fatal error: Allowed memory size exhausted'. Könnt ihr bitte schauen?",
    ),
    (
        "critical",
        "no",
        "Siden i morges får vi bare '500 Internal Server Error' når vi åpner nettbutikken. Kan dere se på det?",
    ),
    # an old outage that is over, in the "fixed now" forms: not a report
    ("standard", "en", "Yesterday evening the site was down, but it is fixed now, thanks."),
    ("standard", "nl", "Gisteren lag de site plat, maar het is inmiddels opgelost, dank jullie."),
    ("standard", "de", "Gestern Abend war die Seite down, aber das ist inzwischen behoben, danke."),
    ("standard", "no", "I går kveld var siden nede, men det er nå fikset, takk."),
    (
        "standard",
        "nl",
        "Gisteren hadden we een 503 op de site, maar het is inmiddels opgelost, dank jullie.",
    ),
]

NEAR_MISSES = [
    # one page, the rest works: a page broken, no outage
    ("standard", "en", "The contact page gives a 500 error, the rest of the site works fine."),
    # a test system, the live site runs
    (
        "standard",
        "de",
        "Auf dem Testsystem kommt nach dem Update ein Fatal error, die Live-Seite läuft normal.",
    ),
    # a design request for the error page
    ("low", "no", "Kan dere gjøre 500-feilsiden vår litt penere, med logoen vår på?"),
    # a question about the word
    (
        "standard",
        "en",
        "What does a 503 error mean exactly? We saw the term in your maintenance mail.",
    ),
    # "until it is fixed" is no resolution
    ("critical", "no", "Siden er nede, kan dere stenge den til det er fikset?"),
    ("critical", "en", "The shop is down, please call me when it is fixed."),
    # "not fixed yet" is still down
    ("critical", "nl", "De site ligt plat en het is nog niet opgelost."),
    ("critical", "de", "Die Seite ist down und das ist noch nicht behoben."),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
