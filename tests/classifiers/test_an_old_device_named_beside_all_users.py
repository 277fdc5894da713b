"""An app or a site said to crash for all users ("for all our customers"), or where an old
device or an obsolete browser is named as one place among others ("even on an old Android
phone", "in Internet Explorer too", "an old iPhone and a new Pixel"): still the app or the
site down for all (critical), not one user's old device
(`<lang>.cx_old_device_or_browser.single_user`, since 71789f82).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since the update the app crashes for all our customers at startup, even "
                       "on an old Android phone it crashes."),
    ("critical", "en", "Since this morning the app crashes for everyone when they open it. We "
                       "tried it on an old iPhone and a new Pixel, same result."),
    ("critical", "en", "The homepage crashes in Internet Explorer too, and in Chrome and Safari, "
                       "for every visitor since the deploy."),
    ("critical", "en", "Our website crashes for all visitors since this morning, I checked with "
                       "IE11 first and then with Chrome."),
    ("critical", "de", "Seit dem Update stürzt die App bei allen Kunden ab, sogar auf einem alten "
                       "iPhone und auf neuen Geräten."),
    ("critical", "de", "Die Webseite stürzt bei allen Besuchern ab, im Internet Explorer genauso "
                       "wie in Chrome."),
    ("critical", "nl", "Sinds de update crasht de app bij iedereen, zelfs op een oude iPhone en "
                       "op nieuwe toestellen."),
    ("critical", "nl", "De website crasht voor iedereen, in Internet Explorer net als in Chrome."),
    ("critical", "no", "Siden oppdateringen krasjer appen for alle kunder, til og med på en "
                       "gammel iPhone og på nye telefoner."),
    ("critical", "no", "Appen krasjer for alle brukere siden i morges, vi har testet med en "
                       "gammel Samsung og en ny iPhone."),
    # no "for all" words, but the old device or IE is one place among others
    ("critical", "en", "Since the update the app crashes at startup, even on an old Android "
                       "phone."),
    ("critical", "en", "The app crashes at startup, we tried it on an old iPhone and a new Pixel."),
    ("critical", "en", "The homepage crashes in Internet Explorer too."),
    ("critical", "en", "The homepage crashes in Internet Explorer just like in Chrome."),
    ("critical", "de", "Die Webseite stürzt ab, sogar auf einem alten iPhone."),
    ("critical", "de", "Die Webseite stürzt ab, im Internet Explorer auch."),
    ("critical", "nl", "Sinds de update crasht de app, zelfs op een oude iPhone."),
    ("critical", "nl", "De website crasht in Internet Explorer net als in Chrome."),
    ("critical", "no", "Siden oppdateringen krasjer appen, til og med på en gammel iPhone."),
    ("critical", "no", "Nettsiden krasjer i Internet Explorer akkurat som i Chrome."),
    ("critical", "no", "Appen krasjer, vi har testet med en gammel Samsung og en ny iPhone."),
]  # fmt: skip

NEAR_MISSES = [
    # one customer, one old device or browser alone: still a minor bug
    ("standard", "en", "The app crashes for one customer on an old Android phone."),
    ("standard", "en", "The homepage crashes in Internet Explorer."),
    ("standard", "de", "Die App stürzt bei einem Kunden auf einem alten Android-Handy ab."),
    ("standard", "nl", "De app crasht bij één klant op een oude Android-telefoon."),
    ("standard", "no", "Appen krasjer hos en kunde på en gammel Android-telefon."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
