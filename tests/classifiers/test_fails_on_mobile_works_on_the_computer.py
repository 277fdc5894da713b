"""A purchase that nobody completes on one kind of device while another kind is named as working
("På mobil får ingen lagt varer i handlekurven ... På PC og Mac fungerer alt som normalt", "Am
Handy kann niemand etwas in den Warenkorb legen. Am PC läuft alles"): the shop still sells
through the device that works, so it is a major function lost (urgent), not the checkout
impossible for all (critical).

Session 44 found it in batch 44 (a December shop whose mobile basket did nothing while orders
came in from the PC, read as critical): `<lang>.cx_other_platform_works` named iOS, Android
and the web version as the platform that works, not the PC, the Mac, the laptop or the desktop;
and `<lang>.nobody_gets_through_near` ("nobody can add anything to the basket") is firm, so no
step down could lower it. The computer words join the cue ("on the PC", "op de laptop", "am
Rechner", "på datamaskinen"), and beside that cue a nobody-gets-through match is not firm.
Failing on the phone AND on the PC ("weder am Handy noch am PC") stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "På mobil får ingen lagt varer i handlekurven, man trykker og ingenting "
                     "skjer. På PC og Mac fungerer alt som normalt, og vi får ordre derfra."),
    ("urgent", "no", "Ingen kunder får betalt på mobilen siden oppdateringen. På datamaskinen "
                     "virker det fint."),
    ("urgent", "en", "On mobile nobody can add anything to the basket, the button does nothing. "
                     "On the PC and the Mac everything works normally and orders come in from "
                     "there."),
    ("urgent", "en", "No customer can check out on their phone since the update. On desktop it "
                     "works fine."),
    ("urgent", "nl", "Op mobiel kan niemand iets in het winkelmandje leggen. Op de pc en de Mac "
                     "werkt alles gewoon."),
    ("urgent", "nl", "Niemand kan op de telefoon afrekenen. Op de laptop werkt het prima."),
    ("urgent", "de", "Am Handy kann niemand etwas in den Warenkorb legen. Am PC und am Mac "
                     "funktioniert alles normal."),
    ("urgent", "de", "Auf dem Smartphone kommt keiner durch den Checkout. Am Rechner läuft "
                     "alles."),
]  # fmt: skip

NEAR_MISSES = [
    # failing on the phone and on the computer: for everyone (critical)
    ("critical", "en", "Nobody can check out, on the phone or on the PC, it doesn't work "
                       "anywhere."),
    ("critical", "en", "Checkout fails for every customer. I tried on my phone and on the PC, "
                       "same error."),
    ("critical", "no", "Ingen får betalt i kassen, verken på mobil eller på PC."),
    ("critical", "nl", "Niemand kan afrekenen, op mobiel niet en op de pc ook niet."),
    ("critical", "de", "Niemand kann bezahlen, weder am Handy noch am PC."),
    ("critical", "de", "Am Handy kann niemand bezahlen, am PC funktioniert es auch nicht."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
