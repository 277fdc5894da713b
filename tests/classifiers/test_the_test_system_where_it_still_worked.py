"""The test system named as where it still worked: the failure is on the live site.

"Seit Ihrem Update führt der Button 'Zur Kasse' nur noch auf eine leere weiße Seite ... Auf der
Testumgebung, die Sie uns letzte Woche gezeigt haben, hat es noch funktioniert – im Live-Shop
nicht" (batch68): the test system is where it worked, not where it fails, so it limits nothing
(`<lang>.cx_test_system_worked.test_worked`: its test-system matches are forgotten, and so is
the "funktioniert … live" read across the dash). A test system that fails while the live site
runs in words of its own ("der Live-Shop läuft normal") stays a test system's failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Seit Ihrem Update führt der Button Zur Kasse nur noch auf eine leere "
                       "weiße Seite, bei allen Kunden. Auf der Testumgebung, die Sie uns letzte "
                       "Woche gezeigt haben, hat es noch funktioniert – im Live-Shop nicht."),
    ("critical", "en", "Since your update last night the checkout button leads to a blank white "
                       "page for all our customers. On the staging site you showed us last week "
                       "it still worked, on the live shop it does not."),
    ("critical", "nl", "Sinds jullie update van gisteravond geeft de knop Afrekenen een leeg wit "
                       "scherm bij alle klanten. Op de testomgeving die jullie vorige week "
                       "lieten zien werkte het nog, in de live-winkel niet."),
    ("critical", "no", "Etter oppdateringen i går kveld gir knappen Til kassen bare en blank "
                       "hvit side for alle kundene. I testmiljøet dere viste oss forrige uke "
                       "fungerte det, i nettbutikken ikke."),
]  # fmt: skip

NEAR_MISSES = [
    # the test system worked yesterday and fails today; the live shop runs: not production
    ("standard", "de", "Seit Ihrem Update führt der Button Zur Kasse nur noch auf eine leere "
                       "weiße Seite, bei allen Kunden. Auf der Testumgebung hat die Kasse "
                       "gestern noch funktioniert, heute nicht mehr; der Live-Shop läuft normal."),
    ("standard", "en", "Since your update the checkout shows a blank white page for everyone on "
                       "the staging site. On staging it worked fine last week; the live shop is "
                       "fine."),
    # it did not work on the test system yet
    ("urgent", "nl", "Sinds de update geeft afrekenen een wit scherm op de testomgeving, voor "
                     "iedereen. Op de testomgeving werkte het nog niet."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
