"""Every shipping label failing while the shop runs as usual, in Norwegian.

"Shipmondo gir feil på alle etiketter i dag ... Nettbutikken går som normalt, det er bare
etikettene": the labels ("etiketter", as German "Etiketten") and the label tool by name are a
shipping integration that fails (urgent), and the shop that "går som normalt/vanlig" (runs
as usual, as German "der Shop läuft") sells; "alle etiketter" beside "feil" was read as a
failure everywhere (critical, batch65). A shop that is down for all beside the labels, or
every page that fails, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Lageret her. Shipmondo gir feil på alle etiketter i dag, \"Invalid API "
                     "credentials\". 400 pakker skal ut før Posten henter kl 15. Nettbutikken går "
                     "som normalt, det er bare etikettene."),
    ("urgent", "no", "Shipmondo gir feil på alle etiketter i dag. Butikken går som vanlig."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "Shipmondo gir feil på alle etiketter, og nettbutikken er nede for alle "
                       "kunder."),
    ("critical", "no", "Alle får feil når de prøver å åpne nettbutikken, ingen kommer inn."),
    ("critical", "no", "Etter oppdateringen gir alle sider feil, også kassen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
