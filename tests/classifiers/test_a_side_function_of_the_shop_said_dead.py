"""One side function of the site said dead or down, the site named only as where it lives
("EMERGENCY: The search on the shop is completely dead", "de zoekfunctie van de webshop is
helemaal dood", "die Suche im Shop ist komplett tot", "søket i nettbutikken er helt dødt"):
the clause's subject is the search, a filter, the contact form or the menu, not the shop. A
function lost, not the site down (standard or urgent; the table's "search/filter shows
nothing" is standard).

At 86dc070 these were critical: `<lang>.site_down` and `.critical_object_total_failure_near`
read "shop is completely dead", "webshop is helemaal dood", "Shop ist komplett tot" inside the
clause (engine `_drop_function_as_subject`). The shop itself said dead, its homepage said dead,
or the shop said down in a clause of its own after the search, stays critical; so does a
breach told of a side function.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "EMERGENCY: The search on the shop is completely dead. Browsing the "
                       "categories and buying works fine."),
    ("standard", "en", "The search function of the website is completely dead."),
    ("standard", "nl", "NOODGEVAL: de zoekfunctie van de webshop is helemaal dood. Bladeren door "
                       "de categorieën en kopen werkt prima."),
    ("standard", "de", "NOTFALL: Die Suche im Shop ist komplett tot. Kategorien durchblättern "
                       "und kaufen funktioniert einwandfrei."),
    ("standard", "de", "Die Suchfunktion im Shop ist offline."),
    ("standard", "no", "NØDSITUASJON: Søket i nettbutikken er helt dødt. Å bla i kategoriene "
                       "og kjøpe fungerer fint."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "EMERGENCY: the shop is completely dead."),
    ("critical", "en", "The homepage of the shop is completely dead."),
    ("critical", "en", "The search is dead and the whole shop is down."),
    ("critical", "en", "The contact form on our site has been hacked."),
    # a search engine is no function of the site
    ("critical", "en", "Search engines say our site is down."),
    ("critical", "nl", "De zoekfunctie doet het niet en de hele webshop is plat."),
    ("critical", "de", "Die Suche im Shop ist tot und der ganze Shop ist offline."),
    ("critical", "no", "Søket er dødt, og hele nettbutikken er nede."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
