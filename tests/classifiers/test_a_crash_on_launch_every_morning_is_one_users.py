"""A crash on launch "every morning" is a time, not a scope of all.

"Auf meinem iPhone stürzt die App jeden Morgen beim Start ab": "jeden" is when it crashes, on
one phone; one user's crash on launch is standard, not the app down for all. Only "jeden" or
"jedem" with the user after it ("jedem Nutzer", "jedem Kunden", "jedem Mitglied") is a scope
of all for `de.app_crash_on_launch_for_all_near`.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Auf meinem iPhone stürzt die App jeden Morgen beim Start ab. Können Sie "
                       "sich das ansehen?"),
    ("standard", "de", "Die App stürzt jeden Abend beim Start ab, wenn ich sie auf meinem Handy "
                       "öffne."),
    ("standard", "de", "Bei jedem zweiten Versuch stürzt die App auf meinem Tablet beim Start "
                       "ab."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Seit dem Update stürzt bei jedem Nutzer die App direkt beim Start ab."),
    ("critical", "de", "Die App stürzt bei jedem Kunden beim Start ab."),
    ("critical", "de", "Seit dem Update stürzt die App bei jedem Mitglied beim Start ab."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
