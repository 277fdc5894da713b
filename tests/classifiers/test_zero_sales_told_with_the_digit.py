"""Zero sales told with the digit beside a time ('0 orders since the 11:00 release', '0
reserveringen sinds 07:00', '0 Buchungen seit heute früh', '0 ordre siden kl. 12.15'): checkout
impossible (critical). Unlike the zero-sales words, the digit can be lowered: '0 orders from the
marketplace since 02:10' beside 'our own shop works' is the marketplace's feed (urgent)."""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "critical",
        "en",
        "Since this morning's deploy at 10:30 about 40 shoppers got to the payment "
        "page and we have had 0 orders. Normally we'd have 15 by now.",
    ),
    (
        "critical",
        "en",
        "0 orders came in since 9am today, people click Pay and land back on the basket.",
    ),
    (
        "critical",
        "nl",
        "Sinds 08:00 vanochtend zijn er 0 bestellingen binnengekomen, normaal zijn "
        "het er zo'n tien per uur.",
    ),
    (
        "critical",
        "nl",
        "We hebben 0 boekingen gehad sinds de update van gisteravond, terwijl er "
        "200 bezoekers op de boekingspagina waren.",
    ),
    (
        "critical",
        "de",
        "Seit dem Update um 11 Uhr haben wir 0 Bestellungen, vorher waren es 20 am Vormittag.",
    ),
    ("critical", "de", "0 Buchungen seit heute morgen 7 Uhr, sonst kommen 10 pro Stunde rein."),
    ("critical", "no", "Siden kl. 12.15 har vi 0 ordre, normalt har vi 25 i timen."),
    (
        "critical",
        "no",
        "Vi har fått 0 bestillinger siden i morges, vanligvis kommer det inn 15 i timen.",
    ),
]

NEAR_MISSES = [
    # the shop's own sales go on: a marketplace or an integration's orders are missing (urgent)
    (
        "urgent",
        "en",
        "Since 02:10 we've had 0 orders from the marketplace feed. Our own shop "
        "itself works, people buy there normally.",
    ),
    (
        "urgent",
        "nl",
        "Sinds 02:10 komen er 0 orders van bol.com binnen. De eigen webshop werkt "
        "gewoon, daar bestellen klanten normaal.",
    ),
    (
        "urgent",
        "de",
        "Seit 2 Uhr nachts sind 0 Bestellungen von Amazon eingegangen. Unser eigener "
        "Shop läuft normal, dort wird bestellt.",
    ),
    (
        "urgent",
        "no",
        "Siden kl. 02 har vi fått 0 ordre fra Finn-integrasjonen. Nettbutikken selv "
        "fungerer, der kommer ordrene inn.",
    ),
    # a zero of failures, or a zero without anything arriving, is no zero of sales
    (
        "low",
        "en",
        "Since the fix yesterday 0 orders have failed, thanks! One more question about "
        "the invoice layout.",
    ),
    (
        "low",
        "nl",
        "Sinds maandag 0 bestellingen, maar dat klopt: de winkel staat in "
        "vakantiemodus. Kunnen jullie de tekst op de homepage aanpassen?",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
