"""Checkout failing "op telefoon" (no article, as a hurried mail writes it) while "op laptop"
it still works and orders come in: payment is not impossible, a major function lost on one
kind of device (urgent), not critical.

Session 46 found it in batch 46 (a florist: "op telefoon lukt afrekenen niet meer ... op
laptop werkt het wel, daar komen nog orders binnen", read as critical): `nl.limited_scope` knew
"op mobiel" but not "op telefoon", and `nl.cx_other_platform_works` knew "op de laptop" but
not "op laptop". Both now read the bare forms; "op telefoon en op laptop" (both devices) widens
again, so a failure on both stays critical. The other languages already read their forms.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "op telefoon lukt betalen niet, je blijft hangen na het adres. op laptop "
                     "werkt het wel, daar komen orders binnen"),
    ("urgent", "nl", "Op telefoon kan niemand afrekenen sinds de update, op laptop werkt het "
                     "gewoon."),
    ("urgent", "en", "On the phone checkout doesn't work anymore. On the laptop it works, "
                     "orders still come in there."),
    ("urgent", "no", "På telefonen går det ikke å betale lenger. På laptop fungerer det, der "
                     "kommer det fortsatt ordre inn."),
    ("urgent", "de", "Am Handy kann niemand bezahlen. Am Laptop funktioniert alles."),
]  # fmt: skip

NEAR_MISSES = [
    # both devices fail: nobody can pay (critical)
    ("critical", "nl", "Op telefoon en op laptop lukt afrekenen niet, geen enkele bestelling "
                       "sinds 12 uur."),
    ("critical", "nl", "Niemand kan afrekenen, niet op telefoon en niet op de computer."),
    ("critical", "en", "Nobody can check out, on the phone or on the laptop."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
