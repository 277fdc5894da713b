"""The failure seen on several devices, named with their articles or by the computer's other
names ("auf dem Handy und am Rechner", "on the laptop and on my phone", "op de laptop en op de
telefoon", "på PC-en og telefonen"): several devices tried, not a phone's limited scope, so an
outage for everyone stays critical.

Batch 57 (a locksmith's voicemail, "unsere Homepage ist komplett weg, da kommt nur noch 'Server
nicht gefunden' auf dem Handy und am Rechner", read as urgent): `<lang>.tried_several_devices`
knew "am Handy und", not "auf dem Handy und" nor "am Rechner".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case (a transcript, given as a body)
    ("critical", "de", "unsere homepage ist komplett weg da kommt nur noch server nicht gefunden "
                       "auf dem handy und am rechner."),
    ("critical", "de", "Die Homepage ist nicht erreichbar, am Rechner und auf dem Handy."),
    ("critical", "de", "Die Website ist nicht erreichbar, auf dem Tablet und am Laptop."),
    ("critical", "en", "The website is down on the computer and on my phone."),
    ("critical", "nl", "De website is onbereikbaar op de laptop en op mijn telefoon."),
    ("critical", "no", "Nettsiden er nede på PC-en og på mobilen."),
]  # fmt: skip

NEAR_MISSES = [
    # one device only: a limited scope (urgent)
    ("urgent", "de", "Die Website ist nicht erreichbar, aber nur auf dem Handy."),
    ("urgent", "en", "The website is down, but only on my phone."),
    # devices named in a request (low)
    ("low", "nl", "Kunnen jullie het logo groter maken op de laptop en op de telefoon?"),
    # the outage is over (low)
    ("low", "en", "Could you make the logo bigger on the laptop and on my phone?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
