"""Only half of the products show in the categories, the rest is gone ("In de categorieën zie
ik maar de helft van onze fietsen, de rest is weg. Via de zoekfunctie kun je ze wel vinden"):
a large part of the catalogue missing while ordering works, a major function partly lost
(urgent), not a minor bug.

Session 54 found it in batch 54 (read as standard): `<lang>.cx_share_of_catalogue_gone_near`
needed "de helft van de producten" with a verb of missing; the shop's own word for its goods
("fietsen") and "maar de helft" / "de rest is weg" beside the categories were not read.
`<lang>.cx_category_shows_a_share`.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "In de categorieën zie ik maar de helft van onze fietsen, de rest is weg. "
                     "Via de zoekfunctie kun je ze wel vinden en bestellen. Sinds gisteren."),
    ("urgent", "en", "In the categories I only see half of our bikes, the rest are gone. You can "
                     "still find them through search."),
    ("urgent", "de", "In den Kategorien sehe ich nur noch die Hälfte unserer Fahrräder, der Rest "
                     "ist weg. Über die Suche findet man sie noch."),
    ("urgent", "no", "I kategoriene ser jeg bare halvparten av syklene våre, resten er borte. Via "
                     "søket finner man dem fortsatt."),
]  # fmt: skip

NEAR_MISSES = [
    # one category's products in the wrong order: a minor bug
    ("standard", "nl", "In de categorie Fietsen staan de producten in de verkeerde volgorde."),
    # a category to add: content
    ("low", "en", "Could you add a new category for our e-bikes? We'd like half of the city "
                  "bikes in there too."),
    # the whole catalogue gone: critical
    ("critical", "de", "Alle Produkte sind weg, der Shop zeigt in keiner Kategorie mehr etwas "
                       "an und niemand kann bestellen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
