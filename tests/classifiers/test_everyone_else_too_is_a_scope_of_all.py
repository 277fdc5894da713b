"""All the others that join the writer are all.

"Not just me, everyone else gets a crash on launch too since the update": "everyone else" is
the others beside the writer, who has the crash as well, so the crash is for all (critical),
not one user's (standard). All the others stay a scope of all when a "too" follows in their
clause ("auch", "ook", "også"), when "not just me / nicht nur / niet alleen / ikke bare" comes
before in the sentence, or after "me and" ("bei mir und bei allen anderen", "jeg og alle
andre"). All the others for whom it works ("..., for everyone else it works too") stay no
scope of all.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Not just me, everyone else gets a crash on launch too since the update."),
    ("critical", "de", "Nicht nur bei mir, bei allen anderen stürzt die App auch beim Start ab."),
    ("critical", "nl", "Niet alleen bij mij, bij alle anderen crasht de app ook bij het "
                       "opstarten."),
    ("critical", "no", "Ikke bare hos meg, alle andre får også krasj ved oppstart."),
    ("critical", "en", "Me and everyone else get a crash on launch since the update."),
    ("critical", "de", "Bei mir und bei allen anderen stürzt die App beim Start ab."),
    ("critical", "no", "Jeg og alle andre får krasj ved oppstart etter oppdateringen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Bei einem Nutzer stürzt die App beim Start ab, bei allen anderen läuft "
                       "sie."),
    ("standard", "de", "Bei einem Nutzer stürzt die App beim Start ab, bei allen anderen läuft "
                       "sie auch."),
    ("standard", "en", "For one user the app crashes on launch, for everyone else it works "
                       "too."),
    ("standard", "nl", "Bij één gebruiker crasht de app bij het opstarten, bij alle anderen "
                       "werkt hij ook."),
    ("standard", "no", "Hos én bruker krasjer appen ved oppstart, hos alle andre virker den "
                       "også."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
