"""All the others and a denied "all" are no scope of all.

"Bei einem Nutzer stürzt die App beim Start ab, bei allen anderen läuft sie": the "bei allen"
inside "bei allen anderen" is the others, for whom it works; one user's crash is standard.
"Not everyone gets a crash on launch, only some Android users", "Nicht bei allen", "Niet
iedereen", "Ikke alle": a "not" that opens the clause (or follows "but": "..., but not for
everyone") denies the "all". Such "all" words do not count as a scope of all
(`.outage_scope_all`, `.failure_everywhere_near`, `.app_crash_on_launch_for_all_near`;
`_drop_not_all`), and "but not for everyone" is a limited scope. A crash for all stays critical;
a verb's "not" ("funktioniert nicht bei allen Kunden") is left as it was.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Bei einem Nutzer stürzt die App beim Start ab, bei allen anderen läuft "
                       "sie."),
    ("standard", "en", "Not everyone gets a crash on launch, only some Android users."),
    ("standard", "en", "Not everyone gets a crash on launch."),
    ("standard", "de", "Nicht bei allen stürzt die App beim Start ab, nur bei einigen "
                       "Android-Nutzern."),
    ("standard", "nl", "Niet iedereen krijgt een crash bij het opstarten, alleen sommige "
                       "Android-gebruikers."),
    ("standard", "no", "Ikke alle får krasj ved oppstart, bare noen Android-brukere."),
    ("urgent", "en", "The app crashes on launch, but not for everyone."),
    ("urgent", "de", "Die App stürzt beim Start ab, aber nicht bei allen."),
    ("urgent", "nl", "De app crasht bij het opstarten, maar niet bij iedereen."),
    ("urgent", "no", "Appen krasjer ved oppstart, men ikke for alle."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Bei allen stürzt die App beim Start ab."),
    ("critical", "en", "Everyone gets a crash on launch."),
    ("critical", "nl", "Bij iedereen crasht de app bij het opstarten."),
    ("critical", "no", "Appen krasjer ved oppstart for alle brukere."),
    ("critical", "de", "Klarna funktioniert schon wieder nicht, diesmal bei allen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
