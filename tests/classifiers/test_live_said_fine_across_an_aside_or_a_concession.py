"""Only the test or staging system down, the live site said fine with its word set off by commas
("In production, everything is fine", "Live, thank goodness, is running fine", "Productie, voor
zover ik kan zien, werkt prima", "Produksjonsversjonen, heldigvis, fungerer") or in a concession
("Live ist zwar etwas langsam, aber läuft", a transcript's "die richtige seite läuft aber nicht
so schnell wie sonst"): a test system's failure beside a live site that works (standard).

Review B found these standard -> urgent (the commas) and standard -> critical (the concession)
since e66239f: `_drop_live_fine_of_another_clause` (classifiers/steps/scope.py) ended the live
word's clause at every comma and before every "but"/"aber", and `negate_after` read the "nicht"
of a comparison as taking "läuft" back. A live word fronted at the sentence's start ("In
production,", "Op productie,", "I produksjon,") or followed by a short aside ("luckily", "zum
Glück", "voor zover ik kan zien", "så vidt jeg ser") keeps its comma in its clause; a "but" whose
clause is only a fine verb ("aber läuft.", "maar werkt.", "men fungerer.") goes on with the same
subject; and "nicht so schnell wie", "not as fast as", "niet zo snel als", "ikke så raskt som"
negate nothing.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    ("standard", "en", "On the live site, everything works. Only the staging site shows a 500 "
                       "error for everyone since this morning."),
    ("standard", "en", "In production, everything is fine. The staging server is down for "
                       "everyone since this morning, we can't test the new release."),
    ("standard", "en", "On production, everything works as usual. Our staging site is down for "
                       "everyone since the deploy."),
    ("standard", "en", "The staging server is completely down. Live, thank goodness, is running "
                       "fine."),
    ("standard", "en", "Our staging environment is down for all developers. Production, as far as "
                       "I can see, is fine."),
    ("standard", "de", "Das Staging ist komplett down, niemand kommt drauf. Live ist zwar etwas "
                       "langsam, aber läuft."),
    ("standard", "de", "Das Testsystem ist für alle nicht erreichbar. Live hängt zwar manchmal "
                       "kurz, aber funktioniert."),
    ("standard", "de", "Das Testsystem ist für alle down. Im Live-Shop, zum Glück, funktioniert "
                       "alles."),
    ("standard", "nl", "Op de live-site, dus voor de echte klanten, werkt alles. Alleen de "
                       "testomgeving ligt voor iedereen plat."),
    ("standard", "nl", "De testomgeving ligt voor iedereen plat. Productie, voor zover ik kan "
                       "zien, werkt prima."),
    ("standard", "nl", "De staging site is plat voor iedereen. Op productie, gelukkig, draait "
                       "alles gewoon."),
    ("standard", "no", "Testmiljøet er nede for alle. I produksjon, så vidt jeg ser, fungerer "
                       "alt."),
]  # fmt: skip

# a test system named only as "the test shop" / "test-appen": with the subject that names it
STAGING_SUBJECT = [
    ("standard", "The test shop is broken for everyone, nobody can check out there. On the live "
                 "shop, luckily, all works."),
    ("standard", "Test-appen krasjer for alle. Produksjonsversjonen, heldigvis, fungerer."),
]  # fmt: skip

TRANSCRIPTS = [
    ("standard", "hallo hier ist meier unser testsystem ist komplett down keiner kommt drauf die "
                 "richtige seite läuft aber nicht so schnell wie sonst"),
    ("standard", "hoi met petra onze testomgeving ligt plat voor iedereen de live site draait maar "
                 "niet zo snel als anders"),
    ("standard", "hei det er per testmiljøet er nede for alle produksjonen kjører men ikke så "
                 "raskt som vanlig"),
    # the live site's own "nicht" takes it back
    ("critical", "hallo hier ist meier die live seite läuft nicht stress ohne ende alle kunden "
                 "rufen an niemand kann bestellen"),
]  # fmt: skip

NEAR_MISSES = [
    # production failing in its own clause, the aside or the fronted word kept with it: critical
    ("critical", "en", "In production, luckily, nothing works: nobody can pay since the deploy."),
    ("critical", "en", "Production runs, but not for logged-in users: nobody can pay."),
    ("critical", "de", "In der Produktion, seit dem Deployment, kann niemand mehr bezahlen, das "
                       "Staging läuft."),
    ("critical", "de", "Das Staging geht. Live ist zwar erreichbar, aber läuft nicht mehr richtig, "
                       "niemand kann bezahlen."),
    ("critical", "de", "Das Staging geht. Live ist zwar erreichbar, aber der Checkout geht nicht, "
                       "niemand kann bezahlen."),
    ("critical", "de", "Die Produktivumgebung funktioniert nicht, Sorgen macht uns vor allem, dass "
                       "niemand bestellen kann."),
    ("critical", "nl", "In productie werkt het niet, zorgen maken we ons vooral omdat niemand kan "
                       "bestellen."),
    ("critical", "no", "I produksjon fungerer det ikke, stress her nå, ingen kan bestille."),
    ("critical", "no", "Produksjonsversjonen av appen krasjer for alle, testversjonen fungerer."),
    # the live site said fine in a clause of its own, as before
    ("standard", "en", "Our test environment is completely down for everyone. The production site "
                       "runs fine, though not as fast as usual."),
    ("standard", "de", "Das Staging ist für alle down. Die Produktion läuft, nur nicht so schnell "
                       "wie sonst."),
    ("standard", "nl", "De testomgeving ligt voor iedereen plat. Productie werkt, alleen niet zo "
                       "snel als vroeger."),
    ("standard", "no", "Testmiljøet er nede for alle. Produksjonen fungerer, bare ikke så raskt "
                       "som før."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


@pytest.mark.parametrize(("level", "transcript"), TRANSCRIPTS)
def test_transcript_is_classified_at_its_level(level: str, transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("level", "body"), STAGING_SUBJECT)
def test_mail_about_staging_is_classified_at_its_level(level: str, body: str) -> None:
    assert_mail_level(level, "Staging", body)
