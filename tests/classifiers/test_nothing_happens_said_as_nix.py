"""The order or pay button that does nothing, told the way a phone types it: German "nix" for
"nichts" ("bei der Vorbestellung passiert nix, wenn man auf zahlungspflichtig bestellen
drückt"), as Dutch "niks", English "nothing happens" and Norwegian "ingenting skjer" are
already read: nobody gets through the checkout, critical (`<lang>.cx_pay_click_does_nothing`).

Batch 70 found the German form standard: the rules spell "passiert nichts", and "nix" was no
word of theirs. `classifiers/spelling.py` now reads "nix" as "nichts" everywhere, so every
German rule with "nichts" reads it ("im Lager kommt nix an" is "kommt nichts an" too). A
click on a photo that does nothing stays an element of a page (standard); one phone of the
writer's own takes one step down; a test shop beside a live one that sells stays standard.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "hallo bei der bestellung passiert nix wenn man auf jetzt kaufen drückt. "
                       "hab es mit drei handys probiert. bitte schnell"),
    ("critical", "de", "Wenn die Kunden auf zahlungspflichtig bestellen tippen, tut sich gar "
                       "nix. Seit heute Mittag keine einzige Bestellung."),
    ("critical", "nl", "als je op afrekenen klikt gebeurt er niks, op drie telefoons geprobeerd. "
                       "vanavond festival, graag snel"),
    ("critical", "en", "when you tap pay nothing happens, tried it on three phones and my "
                       "brother's too. festival tonight, please hurry"),
    ("critical", "no", "når man trykker på betal skjer det ingenting, prøvd med tre telefoner. "
                       "festival i kveld, haster"),
]  # fmt: skip

NEAR_MISSES = [
    # a click on a photo: an element of a page, not the checkout
    ("standard", "de", "Wenn man in der Galerie auf ein Foto klickt, passiert nix. Früher "
                       "wurde es groß angezeigt."),
    # only the writer's own old phone: one step down
    ("urgent", "de", "Nur auf meinem alten Handy passiert nix, wenn ich auf jetzt kaufen drücke. "
                     "Am PC und bei meiner Frau geht es."),
    # the test shop, the live one sells
    ("standard", "de", "In der Testumgebung passiert nix, wenn man auf jetzt kaufen klickt. "
                       "Der Live-Shop verkauft ganz normal."),
    # a question about the button's wording, nothing broken
    ("low", "de", "Können wir den Text vom Button zahlungspflichtig bestellen ändern? Es "
                  "passiert nix Schlimmes, nur der Wortlaut gefällt uns nicht."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
