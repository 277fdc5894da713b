"""Nobody can log in to one portal while the mail names the website among parts that work, in a
list with a plural verb ("Het cliëntenportaal en de website werken gewoon", "Hjemmesiden,
boligsøk og ledige leiligheter fungerer som normalt"): the site is up, so the login lost is a
major feature (urgent), not the site down for all (critical).

Session 66 found it in batch 66 (read as critical): `.cx_site_itself_up.site_up` read only "the
website works fine" with the site alone and its singular verb.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "Sinds de update kan niemand meer inloggen op het roosterportaal. Het "
                     "cliëntenportaal en de website werken gewoon."),
    ("urgent", "en", "Since the update nobody can log in to the roster portal. The client portal "
                     "and the website work fine."),
    ("urgent", "de", "Seit dem Update kann sich niemand mehr im Dienstplanportal anmelden. Das "
                     "Kundenportal und die Website laufen normal."),
    ("urgent", "no", "Siden oppdateringen kan ingen logge inn i vaktportalen. Nettsiden, "
                     "boligsøk og ledige leiligheter fungerer som normalt."),
]  # fmt: skip

NEAR_MISSES = [
    # the site in the list of parts that are down: critical
    ("critical", "en", "The website, the shop and the app are down. Nobody can log in."),
    ("critical", "nl", "Niemand kan meer inloggen en de website en de app werken niet."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
