"""A side function (the contact form, the live chat) full of reports that the shop is dead.

"The contact form is full of messages from customers that the shop is completely dead", "The
live chat is full of customers telling us the shop is completely dead", "Het
contactformulier staat vol met berichten van klanten dat de hele webshop plat ligt": the
channel only carries the report; what it reports is said in a clause of its own, which the
function's clause (engine `_drop_function_as_subject`) ends at "that"/"dat"/"dass"/"at" or a
reporting verb. The function itself said dead ("The search on the shop is completely dead",
"The contact form at the shop is completely dead") names the shop only as its place.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "The contact form is full of messages from customers that the shop is "
                       "completely dead."),
    ("critical", "en", "The live chat is full of customers telling us the shop is completely "
                       "dead."),
    ("critical", "nl", "Het contactformulier staat vol met berichten van klanten dat de hele "
                       "webshop plat ligt."),
    ("critical", "no", "Kontaktskjemaet er fullt av meldinger fra kunder som sier at hele "
                       "nettbutikken er nede."),
    ("critical", "de", "Das Kontaktformular ist voll mit Nachrichten von Kunden dass der ganze "
                       "Shop nicht erreichbar ist."),
]  # fmt: skip

NEAR_MISSES = [
    # the function itself is dead, the shop only its place ("at" in English is a place)
    ("standard", "en", "The search on the shop is completely dead."),
    ("standard", "en", "The contact form at the shop is completely dead."),
    ("standard", "nl", "Het contactformulier op de webshop is helemaal dood."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
