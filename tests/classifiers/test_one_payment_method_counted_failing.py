"""One payment method counted as failing every time, beside the others working.

"Vipps virker ikke, null av femten forsøk har gått gjennom, men kort og faktura går fint",
"0 of 15 PayPal attempts went through, but card payments still work", "nul van de vijftien
iDEAL-pogingen gelukt, maar creditcard gaat prima", "null von fünfzehn Versuchen, aber Karte
geht problemlos": one method down while customers still pay with the others (urgent). The
card named as the way that works is no sale counted as zero: a bare "kort" is not a Norwegian
sales word (the passes sold are named: "heiskort"). No method working stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "urgent",
        "no",
        "Vipps virker ikke i nettbutikken siden i formiddag, null av tjue forsøk har "
        "gått gjennom, men kort og faktura går fint, så folk får handlet.",
    ),
    (
        "urgent",
        "no",
        "Siden lunsj feiler Vipps, null av tolv forsøk gikk gjennom, men kort fungerer fortsatt.",
    ),
    (
        "urgent",
        "en",
        "PayPal payments fail since this afternoon, 0 of 15 attempts went through, "
        "but card payments still work.",
    ),
    (
        "urgent",
        "nl",
        "iDEAL werkt niet sinds vanmiddag, nul van de vijftien pogingen zijn gelukt, "
        "maar creditcard en achteraf betalen gaan prima.",
    ),
    (
        "urgent",
        "de",
        "PayPal funktioniert seit heute Nachmittag nicht, null von fünfzehn "
        "Versuchen sind durchgegangen, aber Karte und Rechnung gehen problemlos.",
    ),
]

NEAR_MISSES = [
    (
        "critical",
        "no",
        "Vi har ikke solgt et eneste heiskort siden i morges, kunder får feilmelding i kassen.",
    ),
    (
        "critical",
        "no",
        "Siden i morges har null betalinger gått gjennom, verken Vipps eller kort fungerer.",
    ),
    (
        "critical",
        "nl",
        "Sinds vanochtend mislukken alle betalingen, iDEAL en creditcard werken allebei niet.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
