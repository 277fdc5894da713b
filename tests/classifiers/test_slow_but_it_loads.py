"""A site that is slow but still loads, even slow for everyone, is the table's "site suddenly
slow" (urgent), not down: every page that "takes a minute" and "now and then only shows white,
but loads in the end" (the engine reads the half outage signals beside a slow word and "it loads
in the end", `<lang>.goes_through_eventually`, as urgent ones). The wait counted in seconds or a
minute is a slow word of its own (`<lang>.slow_with_duration`). The bare word "miner" is matched
exactly (`<lang>.malware_miner_word`): a voicemail's "minder" (less) is not malware.

Batch41 showed it: a club site "extrem langsam ... Jede Seite braucht 30 Sekunden bis eine
Minute ... manchmal nur ein weißer Bildschirm, aber nach einer Weile lädt es dann doch" (read as
critical), a cheese farm's site "stroop", "Elke pagina doet er 20 tot 40 seconden over ...
Uiteindelijk lukt het wel" (read as standard), and a bakery's voicemail "heel traag ... maar
veel minder" whose "minder" fired the malware rule in all four languages.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since Tuesday our club website is painfully slow for everyone. Every page "
                     "takes about a minute, sometimes there is only a white screen for a while, "
                     "but it loads in the end. Members and the coaches have all noticed."),
    ("urgent", "de", "Unser Shop ist seit heute früh extrem lahm, bei allen Kunden. Jede Seite "
                     "braucht 40 Sekunden, zwischendurch nur ein weißer Bildschirm, aber "
                     "irgendwann lädt sie dann doch."),
    ("urgent", "nl", "De website van de kapsalon is sinds gisteren erg langzaam, ook bij "
                     "klanten. Elke pagina duurt wel een minuut, maar hij komt er uiteindelijk "
                     "wel."),
    ("urgent", "no", "Nettsiden til koret er kjempetreg for alle siden i går. Hver side tar "
                     "over 30 sekunder, men den kommer opp til slutt."),
    ("urgent", "nl", "Goedemorgen, de webshop is traag sinds vanochtend, bestellingen komen "
                     "nog binnen maar minder dan normaal."),
]  # fmt: skip

NEAR_MISSES = [
    # down for everyone, whatever the wait before the error
    ("critical", "en", "Our website is down for everyone since 7 this morning, every page shows "
                       "a white screen and nothing loads at all."),
    ("critical", "de", "Die Website ist komplett down, bei allen Kunden kommt auf jeder Seite "
                       "nur ein weißer Bildschirm, auch am Handy."),
    ("critical", "nl", "De site is plat voor iedereen, elke pagina geeft een witte pagina en "
                       "niemand kan iets bestellen."),
    ("critical", "no", "Nettsiden er nede for alle, hver side viser bare en hvit side og ingen "
                       "får bestilt."),
    # a real cryptominer stays a security incident
    ("critical", "en", "Our hosting company says a crypto miner is running on the website and "
                       "using all the CPU."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


VOICEMAILS = [
    ("urgent", "ja goedemiddag met eh petra van de kaaswinkel de website is sinds vanochtend "
               "heel traag bij iedereen maar hij komt er uiteindelijk wel er komen minder "
               "bestellingen binnen kunt u terugbellen"),
    ("urgent", "hallo hier ist jens vom chor unsere seite ist seit gestern extrem langsam jede "
               "seite braucht eine minute aber sie lädt dann doch es kommen deutlich weniger "
               "anmeldungen und meiner frau geht es genauso"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "transcript"), VOICEMAILS)
def test_slow_voicemail_is_not_malware(level: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
