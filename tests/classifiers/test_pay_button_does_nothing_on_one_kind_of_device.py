"""The button that pays, orders or fills the basket does nothing ("tap Pay, nothing happens",
"Klik op 'Betalen', er gebeurt niets", "Man tippt auf „In den Warenkorb“, nichts passiert",
"Trykker på «Betal», skjer det ingenting"), across a comma: nobody gets through the checkout,
critical (`<lang>.cx_pay_click_does_nothing`). Said of one kind of device while another is named
as still buying, with its models in parentheses ("Am Rechner (Windows und Mac) klappt alles",
"Desktop and Android people can still order"), it is that device's failure: urgent
(`<lang>.cx_other_platform_works` reads "klappt", "lukt", "can still order" and across a
parenthesis; a browser widened on the failing device, "also in Chrome on her iPhone", does not
take that step back).

Batch 48 (scope) showed it: an iPhone-only pay button read as standard, a basket dead on every
smartphone beside a desktop that sells read as critical. Another button that does nothing (a
photo, a wishlist) stays a minor bug.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the button dead, no scope said: checkout impossible
    ("critical", "en", "Since this morning customers click 'Place order', nothing happens, the "
                       "page just sits there."),
    ("critical", "nl", "Klanten klikken op 'Bestelling plaatsen', er gebeurt niets meer."),
    ("critical", "de", "Wenn man auf „Jetzt kaufen“ klickt, passiert gar nichts."),
    ("critical", "no", "Når kundene trykker på «Fullfør kjøp», skjer det ingenting."),
    # one kind of device, another still buys: urgent
    ("urgent", "en", "On iPhones you tap Pay, nothing happens, in Safari and also in Chrome. "
                     "Desktop and Android people can still order."),
    ("urgent", "de", "Auf Smartphones tippt man auf „In den Warenkorb“, nichts passiert, "
                     "überall gleich. Am Rechner (Windows und Mac) klappt alles."),
    ("urgent", "nl", "Op mobiel klik je op 'Betalen' en er gebeurt niks, op elke telefoon die we "
                     "hebben. Op de computer (Windows en Mac) lukt het wel."),
    ("urgent", "no", "På mobil trykker man på «Betal», og ingenting skjer. På PC (Windows og "
                     "Mac) går det fint."),
]  # fmt: skip

NEAR_MISSES = [
    # another button: a minor bug
    ("standard", "en", "When you click 'Add to wishlist', nothing happens."),
    ("standard", "de", "Wenn man auf ein Produktfoto klickt, passiert nichts."),
    # the other device fails too: checkout impossible
    ("critical", "de", "Man tippt auf „In den Warenkorb“, nichts passiert. Am Rechner klappt es "
                       "auch nicht."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
