"""A login's error message "Unknown user" quoted: a login that fails, not a stranger's account.

'De får "Ukjent bruker" selv om de har brukt samme e-postadresse i flere år' (batch56,
no_idrettslag_min_side_innlogging_feiler: critical, labelled urgent): "ukjent" and "bruker"
within a window read as an unknown account (a breach), and "ukjent" beside "e-postadresse" as
money sent to a stranger's address. The words of an unknown account inside a short quotation
are the message shown (`classifiers/steps/planted.py`, `_drop_quoted_message`); a name quoted beside
them ('an unknown admin user "wp_support2"') is no piece of their match and stays a breach.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Medlemmene får ikke logget inn på \"Min side\". De får \"Ukjent bruker\" "
                     "selv om de har brukt samme e-postadresse i flere år. Forsiden og nyhetene "
                     "fungerer."),
    ("urgent", "de", "Seit Freitag können sich die Mitglieder nicht mehr einloggen, sie bekommen "
                     "„Unbekannter Benutzer“, obwohl sie seit Jahren dieselbe E-Mail-Adresse "
                     "nutzen. Die öffentliche Website funktioniert."),
    ("urgent", "nl", "Sinds vrijdag kunnen leden niet meer inloggen, ze krijgen \"Onbekende "
                     "gebruiker\" terwijl ze al jaren hetzelfde e-mailadres gebruiken. De rest "
                     "van de site werkt."),
    ("urgent", "no", "Ingen av foreldrene får logget inn, alle får 'Ukjent brukernavn' selv med "
                     "riktig e-postadresse. Resten av nettsiden virker."),
]  # fmt: skip

NEAR_MISSES = [
    # an unknown account, named in quotes, is a breach
    ("critical", "en", "There is an unknown admin user \"wp_support2\" in the dashboard that none "
                       "of us created."),
    ("critical", "no", "Det er en ukjent bruker \"admin_x\" i adminpanelet som ingen av oss har "
                       "laget."),
    # unquoted: an unknown user in the admin stays a breach
    ("critical", "de", "Im Backend ist ein unbekannter Benutzer mit Administratorrechten "
                       "aufgetaucht."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
