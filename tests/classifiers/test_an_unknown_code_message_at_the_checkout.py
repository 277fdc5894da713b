"""The message "unknown code" for a discount code at the checkout is no stranger's code.

"When customers enter their discount code at checkout they get the message "unknown code""
was critical: .cx_stranger_script_at_checkout_near (aa7b746) reads "unknown code" beside the
checkout as a card skimmer. A bare "unknown code" ("onbekende code", "unbekannter Code", "ukjent
kode") in quotes, right after a word for a message, or in a mail that names a code customers
type in (discount, voucher, coupon, "Gutscheincode", "kortingscode", "rabattkode") is the
checkout's answer to that code: a coupon that does not work (standard, or low as a settings
question). Unknown code, an unknown piece of code or snippet placed in the checkout stays
critical, also beside such a message.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "When customers enter their discount code at checkout they get the message "
                  "\"unknown code\". Can you check the coupon settings?"),
    ("standard", "en", "Customers who type the voucher code in the checkout get \"Unknown code\" "
                       "even though the voucher is valid."),
    ("standard", "en", "At checkout customers get the message unknown code when they enter their "
                       "code."),
    ("standard", "nl", "Bij het invullen van de kortingscode in de kassa krijgen klanten de "
                       "melding \"onbekende code\"."),
    ("standard", "de", "Wenn Kunden an der Kasse den Gutscheincode eingeben, kommt \"unbekannter "
                       "Code\"."),
    ("standard", "de", "Kunden bekommen an der Kasse die Meldung unbekannter Code."),
    ("standard", "no", "Når kundene skriver inn rabattkoden i kassen, får de beskjed om \"ukjent "
                       "kode\"."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "There is unknown code on the checkout page, right above the card "
                       "fields."),
    ("critical", "en", "There is an unknown piece of code on the checkout page."),
    ("critical", "en", "Customers get \"unknown code\" for vouchers, and there is an unknown "
                       "script on the checkout page."),
    ("critical", "nl", "Op de afrekenpagina staat onbekende code, vlak boven de kaartvelden."),
    ("critical", "de", "Auf der Bezahlseite steht unbekannter Code direkt über den "
                       "Kartenfeldern."),
    ("critical", "no", "Det ligger ukjent kode på betalingssiden, rett over kortfeltene."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
