"""A login that refuses everyone's details ("Zugangsdaten ungültig") while the public site works.

"der Händler-Login auf unserer Seite geht seit heute Nachmittag bei keinem Händler mehr, die
kriegen alle 'Zugangsdaten ungültig', die normale Seite läuft" (batch56,
de_voicemail_grosshandel_haendlerlogin_alle: standard, labelled urgent): no login rule knew
"Zugangsdaten" (nor Dutch "inloggegevens") as a login's object, nor "bei keinem" as a
failure for all, so only the live site's "läuft" was read. The table's "login broken"
(urgent).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "der händler login auf unserer seite geht seit heute nachmittag bei keinem "
                     "händler mehr die kriegen alle zugangsdaten ungültig die normale seite läuft "
                     "also morgen früh reicht wenn sie das anschauen"),
    ("urgent", "de", "Seit heute Morgen bekommen alle Mitglieder beim Login 'Anmeldedaten "
                     "ungültig', die öffentliche Seite läuft normal."),
    ("urgent", "nl", "Sinds vanmiddag krijgen alle dealers 'ongeldige inloggegevens' bij het "
                     "dealerportaal, de gewone site werkt."),
    ("urgent", "en", "Since this afternoon every dealer gets 'invalid login details' on the "
                     "dealer login; the public site works."),
]  # fmt: skip

NEAR_MISSES = [
    # one user's details refused while the others log in: one user's
    ("standard", "de", "Bei mir kommt 'Zugangsdaten ungültig', die anderen Kollegen können sich "
                       "ganz normal anmelden."),
    # a question about where to find the details
    ("low", "nl", "Waar kan ik de inloggegevens voor het dealerportaal vinden? Ik ben nieuw."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
