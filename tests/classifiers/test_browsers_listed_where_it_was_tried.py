"""Browsers and devices listed as where the writer tried it ("prøvd i chrome, safari, på mobil,
same shit", "tried chrome, firefox, my phone", "getest in Chrome, Safari, op mijn telefoon",
"in Chrome, Edge und am Handy probiert"): one of several places the failure was seen, so the
"on mobile" inside the list is no limited scope, and a checkout that fails for everyone stays
critical.

Session 46 found it in batch 46 (a coffee shop's "Til kassen" giving a white page, "prøvd i
chrome, safari, på mobil", read as urgent): "på mobil" fired `no.limited_scope`, and no widen
cue knew a comma list of browsers. `neutral.cx_browsers_listed.tried_several_devices` reads a
browser followed by another browser or a device after a comma or slash. A browser alone, or a
list whose next item is named as working ("in Chrome, Safari werkt wel"), still limits.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Ingen får betalt lenger, kassen gir bare en hvit side. Prøvd i firefox, "
                       "edge, på mobil, samme greia. Ingen ordre siden i morges."),
    ("critical", "en", "Nobody can pay, the checkout just shows a white page. Tried chrome, "
                       "safari, on my phone, same thing. No orders since noon."),
    ("critical", "nl", "Niemand kan afrekenen, na 'betalen' krijg je een witte pagina. Getest in "
                       "Chrome, Safari, op mobiel, overal hetzelfde. Geen bestellingen meer sinds "
                       "de lunch."),
    ("critical", "de", "Niemand kann bezahlen, beim Checkout kommt nur eine weiße Seite. In "
                       "Chrome, Firefox, auf dem Handy probiert, überall dasselbe. Keine "
                       "Bestellung seit Mittag."),
    # no "everyone" word beside the list: the list alone cancels "på mobil" / "on mobile"
    ("critical", "no", "Checkouten er helt borte, trykker man 'Til kassen' får man en hvit "
                       "side. Prøvd i firefox, edge, på mobil, samme greia. Ingen ordre siden "
                       "lunsj."),
    ("critical", "en", "The checkout is completely broken, 'Go to checkout' gives a white page. "
                       "Tried firefox, edge, on mobile, same. No orders since lunch."),
]  # fmt: skip

NEAR_MISSES = [
    # on mobile only, no list of places: a device's failure (urgent)
    ("urgent", "en", "Nobody can pay on mobile, the checkout shows a white page. On the laptop "
                     "it works."),
    ("urgent", "no", "Ingen får betalt på mobil, kassen gir en hvit side. På PC fungerer det."),
    ("urgent", "nl", "Alleen op mobiel kan niemand afrekenen, op de laptop werkt het."),
    # a list whose next item is named as working is no list of places tried
    ("urgent", "de", "Nur auf dem Handy kann niemand bezahlen, in Chrome, Firefox geht es am "
                     "PC normal."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
