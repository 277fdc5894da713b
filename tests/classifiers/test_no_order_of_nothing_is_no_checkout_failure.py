"""An order of nothing refused ("you can't actually check out with 0, it just looks odd", "mit 0
kann man zwar nicht bestellen", "met 0 kun je niet afrekenen", "man får ikke bestilt med 0"):
the shop's own check working beside a cosmetic bug (standard), not checkout failing.

Session 45 found it in batch 45 (a reply: the checkout alarm was the writer's own test mode, and
a quantity box that accepts 0 shows a price of "NaN", read as critical): `<lang>.checkout_*`
rules read "can't check out", "nicht bestellen", "niet afrekenen", "ikke bestilt" without the
"with 0" that makes the refusal right. The engine now forgets an incident match that lies wholly
in a clause with "with 0 / zero / nothing / an empty ...", "mit 0", "met 0", "med 0" (not "with
0.5 kg").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "On the product pages the quantity box lets you choose 0, and then the "
                       "price shows \"£NaN\". You can't actually check out with 0, it just looks "
                       "odd."),
    ("standard", "de", "Im Mengenfeld kann man 0 wählen, dann steht beim Preis „NaN €“. Mit 0 "
                       "kann man zwar nicht bestellen, es sieht nur komisch aus."),
    ("standard", "nl", "In het aantal-veld kun je 0 kiezen en dan staat er \"€NaN\" bij de prijs. "
                       "Met 0 kun je niet afrekenen, het ziet er alleen raar uit."),
    ("standard", "no", "I antallsfeltet kan man velge 0, og da viser prisen «NaN kr». Man får "
                       "ikke bestilt med 0, det ser bare rart ut."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since 20:00 nobody can check out with any card, every payment fails."),
    ("critical", "en", "Customers can't check out with 0.5 kg of coffee, the checkout gives an "
                       "error for everyone."),
    ("critical", "de", "Niemand kann mit PayPal bezahlen, die Zahlung schlägt bei allen fehl."),
    ("critical", "en", "Nobody can check out with a full basket either: checkout is broken for "
                       "everyone since 9."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
