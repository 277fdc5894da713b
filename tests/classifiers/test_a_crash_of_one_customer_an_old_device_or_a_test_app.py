"""An app or a site said to crash ("krasjer", and autocorrect's "krasher" since e180ca4) for one
customer, on one old device, in one obsolete browser, in a test version, or in the past: not
the app or the site down for all.

"Appen krasher hos én kunde på en gammel Android-telefon" and "Hjemmesiden krasjer i Internet
Explorer" were critical: one customer's old device or one obsolete browser is a minor bug
(standard), `<lang>.cx_old_device_or_browser.single_user` (one customer alone stays one step
down, as in test_one_customers_card_declined). "Testversjonen av appen krasjer" is the test
build failing, not production: one step down as "The staging site is down" (urgent),
`<lang>.cx_test_app_fails.limited_scope`. A crash yesterday that works now stays
below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # one customer, one old device
    ("standard", "no", "Appen krasher hos én kunde på en gammel Android-telefon."),
    ("standard", "no", "Appen krasjer hos en kunde på en gammel Android-telefon."),
    ("standard", "en", "The app crashes for one customer on an old Android phone."),
    ("standard", "nl", "De app crasht bij één klant op een oude Android-telefoon."),
    ("standard", "de", "Die App stürzt bei einem Kunden auf einem alten Android-Handy ab."),
    # one obsolete browser
    ("standard", "no", "Hjemmesiden krasjer i Internet Explorer."),
    ("standard", "no", "Hjemmesiden krasher i Internet Explorer."),
    ("standard", "en", "The homepage crashes in Internet Explorer."),
    ("standard", "nl", "De website crasht in Internet Explorer."),
    ("standard", "de", "Die Homepage stürzt im Internet Explorer ab."),
    # the test version
    ("urgent", "no", "Testversjonen av appen krasjer."),
    ("urgent", "en", "The test version of the app crashes."),
    ("urgent", "nl", "De testversie van de app crasht."),
    ("urgent", "de", "Die Testversion der App stürzt ab."),
    # over
    ("standard", "no", "Appen krasjet i går, nå går det fint."),
    ("standard", "no", "Appen krashet i går, nå går det fint."),
    ("standard", "en", "The app crashed yesterday, now it works fine."),
    ("standard", "nl", "De app crashte gisteren, nu gaat het goed."),
    ("low", "de", "Die App ist gestern abgestürzt, jetzt läuft es wieder."),
]  # fmt: skip

NEAR_MISSES = [
    # for all: the app, the site down
    ("critical", "no", "Appen krasher rett etter oppstart for alle sammen etter oppdateringen i "
                       "går kveld."),
    ("critical", "no", "Produksjonsversjonen av appen krasjer for alle, testversjonen fungerer."),
    ("critical", "no", "Hjemmesiden er nede for alle kunder, også i Internet Explorer og Chrome."),
    ("critical", "en", "The whole site is down for everyone, in Chrome, Firefox and Internet "
                       "Explorer."),
    ("critical", "de", "Die Website ist für alle weg, auch im Internet Explorer."),
    ("critical", "no", "Nettsiden er nede for alle, den kjører på en gammel server."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
