"""Production set against the test system ("PROD (ikke staging!): 500 på alle sider", "this is
production, not staging."): the negation opens its own clause and the test system closes it, so
the failure is NOT on the test system; the word "staging" is no limited scope (critical stays).

Session 66 found it in batch 66 (read as urgent): `.limited_scope` read "staging" in "ikke
staging" as a test system that fails, one step down; `.test_and_live_both` only knew "not on
staging, but ...".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "no", "Dette gjelder produksjon, ikke staging. Siden deployen gir nettbutikken "
                       "500 på alle sider."),
    ("critical", "en", "This is production, not staging. Since the deploy every page gives a "
                       "500."),
    ("critical", "nl", "Het gaat om productie, niet de testomgeving. Sinds de deploy geeft elke "
                       "pagina een 500 foutmelding."),
    ("critical", "de", "Das betrifft die Produktion, nicht das Testsystem. Seit dem Deploy zeigt "
                       "jede Seite einen 500 Fehler."),
]  # fmt: skip

NEAR_MISSES = [
    # the test system is the one that fails and live works: standard
    ("standard", "en", "Staging gives a 500 on every page since the deploy, not production. The "
                       "live shop is fine."),
    ("standard", "no", "Staging gir 500 på alle sider etter deployen. Produksjon virker fint."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
