"""The shop's own gift card or voucher codes rejected at checkout.

"Our gift card codes are rejected at checkout; ordering without a code works": a coupon that
fails while the checkout takes orders (urgent). The scam-page rule read the gift card and the
word "codes" in one sentence as a page asking visitors for their gift card codes (a breach,
critical and firm), so a voucher that stopped working paged at night. The codes a scam asks
for are sent or handed over ("buy gift cards and send the codes to ..."); that stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Our gift card codes are rejected at checkout, every code says invalid. "
                     "Ordering without a code works fine."),
    ("urgent", "de", "Die Geschenkkarten-Codes werden an der Kasse abgelehnt. Ohne Code geht "
                     "die Bestellung durch."),
    ("urgent", "nl", "Onze cadeaubon codes worden niet meer geaccepteerd in de winkelwagen. "
                     "Zonder code kun je gewoon bestellen."),
    ("urgent", "no", "Gavekort-kodene blir avvist i kassen. Uten kode går bestillingen fint."),
    ("standard", "de", "Unsere Gutscheincodes werden nicht mehr angenommen, auch ältere Codes im "
                       "Gutscheinfeld gehen nicht."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Someone posted on our news page asking members to buy gift cards and "
                       "send the codes to an address that isn't ours."),
    ("critical", "de", "Auf unserer Vereinsseite steht ein Beitrag, den keiner von uns "
                       "geschrieben hat: man soll Gutscheine kaufen und die Codes per E-Mail an "
                       "eine fremde Adresse schicken."),
    ("critical", "nl", "Op onze nieuwspagina staat een bericht dat niemand van ons schreef: leden "
                       "moeten cadeaubonnen kopen en de codes naar een onbekend adres sturen."),
    ("critical", "no", "Det ligger et innlegg på siden som ingen av oss har skrevet: folk skal "
                       "kjøpe gavekort og sende kodene på e-post til en ukjent adresse."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
