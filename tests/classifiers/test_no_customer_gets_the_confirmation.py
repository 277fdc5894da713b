"""No customer gets the confirmation mail while ordering works ("none of our customers are
getting their order confirmation emails", "keiner der Kunden bekommt die Bestellbestätigung",
"ingen av kundene får ordrebekreftelsen"): transactional mail not sent (urgent,
`<lang>.customer_mail_missing_near`).

At 58a1450 the English, German and Norwegian forms were standard: the rule knew "not
getting", "bekommen keine", "får ikke", not a subject that is nobody ("none of", "keiner",
"ingen av"), and the shop said to sell took the rest down. Dutch ("geen van de klanten
krijgt") was urgent already and is kept as a guard. A confirmation wished for by SMS (a
feature, low) stays low; nobody able to pay stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Ordering and paying work fine, but since lunch none of the guests are "
                     "getting their booking confirmation email."),
    ("urgent", "en", "People can order and pay as usual. No one is getting the booking "
                     "confirmation since this morning."),
    ("urgent", "de", "Bestellen und Bezahlen klappen, aber keiner unserer Kunden bekommt seit "
                     "gestern die Bestellbestätigung."),
    ("urgent", "de", "Der Shop läuft normal, nur kein einziger Gast erhält mehr die "
                     "Buchungsbestätigung per Mail."),
    ("urgent", "no", "Nettbutikken fungerer og folk får betalt, men ingen av kundene mottar "
                     "ordrebekreftelsen siden i går."),
    ("urgent", "no", "Bestilling og betaling går fint, men ikke en eneste gjest får "
                     "bekreftelsesmailen lenger."),
    ("urgent", "nl", "Bestellen en betalen lukt gewoon, maar geen van onze klanten krijgt "
                     "sinds gisteren nog een orderbevestiging."),
    ("urgent", "nl", "De webshop draait normaal, alleen ontvangt geen enkele gast meer de "
                     "bevestigingsmail van de reservering."),
]  # fmt: skip

NEAR_MISSES = [
    # a confirmation wished for: a feature not there yet
    ("low", "en", "Could you add a text message confirmation? None of our customers get a "
                  "confirmation by SMS at the moment and we would like that."),
    ("low", "de", "Könntet ihr eine Bestätigung per SMS einbauen? Bisher bekommt keiner der "
                  "Kunden eine SMS, das hätten wir gern."),
    # nobody can pay: payment impossible, whatever the mail does
    ("critical", "en", "Nobody can pay at checkout since noon, and none of the customers get "
                       "their confirmation either."),
    ("critical", "no", "Ingen får betalt i nettbutikken, og ingen av kundene får "
                       "ordrebekreftelse."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
