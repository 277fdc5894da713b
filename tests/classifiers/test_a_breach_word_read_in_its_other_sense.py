"""A breach word read in its other sense, or a plan for a breach asked about: no breach told.

Norwegian "hakket" (a misspelt "hacket") is also "a notch, a bit" ("Siden er hakket tregere
enn før") and a ticked box ("hakket av for nyhetsbrev"); Dutch "gehakt" (a misspelt
"gehackt") is minced meat ("ons recept voor gehakt"). Only after a verb of being, or with its
doer, is either word hacked ("Nettsiden er hakket", "de site is gehakt door iemand"): the
regexes of no.security_breach and nl.security_breach. A protocol, procedure or plan asked for
by the breach it is for ("Hebben jullie een protocol voor een datalek?", "Was ist euer
Vorgehen bei einem Datenleck?") is a question about a plan (classifiers/steps/supposed.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the other sense or the plan asked about: no breach
    ("urgent", "no", "Siden er hakket tregere enn før."),
    ("standard", "no", "Vi har litt hakkete video på forsiden."),
    ("standard", "no", "Jeg har hakket av for nyhetsbrev, men det kommer ikke."),
    ("standard", "nl", "Ons recept voor gehakt staat niet meer op de site."),
    ("standard", "nl", "Het gehakt is uitverkocht op de site."),
    ("low", "nl", "Hebben jullie een protocol voor een datalek?"),
    ("standard", "de", "Was ist euer Vorgehen bei einem Datenleck?"),
    ("low", "en", "Do you have a protocol for a data breach?"),
    ("low", "no", "Har dere en rutine for datalekkasje?"),
]  # fmt: skip

NEAR_MISSES = [
    # the hacked sense, and a breach told beside a plan: critical still
    ("critical", "no", "Nettsiden er hakket."),
    ("critical", "no", "Vi er blitt hakket, noen har lagt inn lenker."),
    ("critical", "nl", "Onze site is gehackt."),
    ("critical", "nl", "De site is gehakt door iemand."),
    ("critical", "nl", "We zijn vannacht gehakt."),
    ("critical", "nl", "We hebben een datalek: klantgegevens staan online."),
    ("critical", "de", "Wir haben ein Datenleck, Kundendaten sind im Netz."),
    ("critical", "en", "We had a data breach last night, our protocol for a data breach says to "
                       "call you."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
