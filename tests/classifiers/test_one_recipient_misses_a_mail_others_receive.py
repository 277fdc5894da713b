"""One recipient misses a mail the other customers receive: one user's problem.

"Mrs Dekker gets no order confirmation; other customers get the confirmation fine", "andere
klanten krijgen de bevestiging wel gewoon", "alle anderen Kunden bekommen sie ganz normal",
"alle andre kunder får den som vanlig": the transactional mail goes out, one address does not
get it (standard, `<lang>.cx_others_receive_it.single_user`), not mail not sent (urgent).
The others not getting it either stays urgent.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "One customer does not receive the order confirmation, all other "
                       "customers get theirs."),
    ("standard", "en", "Mrs Dekker has not received an order confirmation for her last three "
                       "orders. Other customers get the confirmation fine."),
    ("standard", "nl", "Mevrouw Dekker ontvangt geen orderbevestiging meer. Andere klanten "
                       "krijgen de bevestiging wel gewoon."),
    ("standard", "de", "Frau Berger bekommt seit einer Woche keine Bestellbestätigung mehr. Alle "
                       "anderen Kunden bekommen sie ganz normal."),
    ("standard", "no", "Fru Berg får ingen ordrebekreftelse lenger. Alle andre kunder får den "
                       "som vanlig."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "Since this morning the order confirmations aren't sent; other customers "
                     "don't get theirs either."),
    ("urgent", "nl", "Geen enkele klant ontvangt nog een orderbevestiging, andere klanten "
                     "krijgen hem ook niet."),
    ("urgent", "no", "Ingen kunder får ordrebekreftelse siden i morges, de andre kundene får "
                     "den heller ikke."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
