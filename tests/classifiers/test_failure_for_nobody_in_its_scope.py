"""A failure whose negation lies in its scope: reachable, or paying possible, for nobody.

"Das Bürgerportal ist seit ca. 11:30 Uhr für niemanden mehr aufrufbar; es erscheint lediglich
die Meldung "Service vorübergehend nicht verfügbar"" was low, and the subject-only "Bezahlen im
Shop geht seit 10 Uhr bei keinem Kunden mehr" standard: no "nicht" beside the site or the
payment, and the 503 page's text was known only in English. New: `de.cx_reachable_for_nobody`,
`nl.cx_reachable_for_nobody` ("voor niemand meer bereikbaar"; not "für niemanden außerhalb
des Büros", an intent), `de.cx_pay_works_for_nobody`, `en.cx_works_for_nobody` ("checkout works
for nobody"; its "works" is no "still works" cue), and the 503 page in German, Dutch and
Norwegian words in `neutral.http_5xx*`.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Das Bürgerportal ist seit ca. 11:30 Uhr für niemanden mehr aufrufbar."),
    ("critical", "de", "Die Website ist seit 10.30 Uhr für niemanden mehr erreichbar."),
    ("critical", "de", "Es erscheint lediglich die Meldung „Service vorübergehend nicht "
                       "verfügbar“."),
    ("critical", "de", "Bezahlen im Shop geht seit 10 Uhr bei keinem Kunden mehr - PayPal UND "
                       "Kreditkarte"),
    ("critical", "de", "Bezahlen klappt bei niemandem mehr."),
    ("critical", "de", "Die Kasse funktioniert für keinen Kunden mehr."),
    ("critical", "nl", "De website is sinds vanochtend voor niemand meer bereikbaar."),
    ("critical", "nl", "De webshop is sinds ca. 9 uur voor niemand meer bereikbaar."),
    ("critical", "nl", "Er staat alleen: Service tijdelijk niet beschikbaar."),
    ("critical", "no", "Det står bare «Tjenesten er midlertidig utilgjengelig»."),
    ("critical", "en", "Checkout works for nobody since 10am."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Bezahlen klappt bei allen Kunden, nur die Suche zeigt bei niemandem "
                       "Ergebnisse."),
    ("low", "de", "Die Website ist für alle erreichbar, nur das Logo auf der Startseite ist zu "
                  "klein."),
    ("standard", "de", "Das Testportal ist für niemanden außerhalb des Büros erreichbar, so soll "
                       "es auch sein."),
    ("standard", "nl", "Het portaal van de testomgeving is voor niemand buiten kantoor "
                       "bereikbaar, zo willen we dat ook."),
    ("standard", "en", "Checkout works for everyone again, thanks for the quick fix!"),
    # one payment service's message beside another method that works: one method, urgent
    ("urgent", "de", "Bei PayPal erscheint „Service vorübergehend nicht verfügbar“, mit "
                     "Kreditkarte bezahlen klappt aber."),
    ("standard", "nl", "Op de testsite staat Service tijdelijk niet beschikbaar, de live site "
                       "werkt gewoon."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
