"""A competitor's site that is down is not our customer's outage.

"Onze webshop doet het prima, maar de website van onze concurrent ligt plat ... kunnen
jullie voor ons ook zo'n storingspagina maken?" was critical: the outage words were read as
the writer's own, and the "onze" in "van onze concurrent" made the sentence look like the
writer's claim. A site named as a competitor's is told of, like a friend's or the news';
when the writer's own site is down too, beside it or in its own sentence, it stays critical.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

RIVAL_ONLY = [
    ("nl", "Onze webshop doet het prima, maar de website van onze concurrent ligt plat, dat "
           "zagen we vanochtend. Kunnen jullie voor ons ook zo'n storingspagina maken?"),
    ("de", "Unser Shop läuft gut, aber die Seite unseres Konkurrenten ist seit gestern komplett "
           "down. Könnt ihr uns so eine Wartungsseite bauen?"),
    ("en", "Our shop is fine, but our competitor's site has been down since yesterday. Could "
           "you build us a maintenance page like theirs?"),
    ("no", "Nettbutikken vår går fint, men nettsiden til konkurrenten vår har vært nede siden i "
           "går. Kan dere lage en slik vedlikeholdsside for oss?"),
]  # fmt: skip

OURS_TOO = [
    ("nl", "De website van onze concurrent ligt plat en die van ons ook, niemand kan bestellen."),
    ("en", "Our competitor's shop and ours are both down since the hosting company had a fire."),
    ("en", "Our competitor's site is fine but our own shop is down, nobody can order."),
    ("de", "Die Seite unseres Konkurrenten ist down, und unser Shop ist auch komplett down."),
    ("de", "Die Seite unseres Konkurrenten und unsere Seite sind beide down."),
    ("no", "Nettsiden til konkurrenten er nede. Vår nettbutikk er også nede, ingen kan betale."),
]


@pytest.mark.parametrize(("lang", "text"), RIVAL_ONLY)
def test_a_competitors_site_down_pages_nobody(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity in ("standard", "low"), [(r.id, r.matched) for r in got.rules]


@pytest.mark.parametrize(("lang", "text"), OURS_TOO)
def test_our_site_down_beside_a_competitors_is_still_critical(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity == "critical", [(r.id, r.matched) for r in got.rules]
