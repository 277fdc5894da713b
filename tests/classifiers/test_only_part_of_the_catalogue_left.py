"""What is left of the catalogue told as a number or a share ("im Shop sind nur noch rund 400 von
900 Artikeln zu sehen", "the shop only shows about 400 of our 900 products", "nog maar de helft
van onze producten", "viser bare 400 av 900 varer"): a large part of the catalogue gone while the
rest still sells, a significant function lost (urgent), not the site showing only a blank page.

Session 45 found it in batch 45 (half the catalogue invisible after an import, ordering of the
rest still possible, read as critical): `de.site_blank_near` and
`de.critical_object_weak_failure_near` take "Shop ... nur noch" for a shop that shows nothing but
a white page or an error. The engine now forgets a critical match ending in "nur noch", "only
shows", "nog maar", "bare" when a number or a share follows it every time, and
`<lang>.cx_only_share_of_catalogue_left` reads the share left as the urgent loss it is.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "de", "Nach dem Import gestern sind im Shop nur noch rund 400 von 900 Artikeln zu "
                     "sehen. Bestellen können die Kunden weiterhin."),
    ("urgent", "de", "Seit dem Update zeigt der Shop nur noch die Hälfte der Produkte. Bestellen "
                     "geht aber."),
    ("urgent", "de", "Der Onlineshop zeigt seit gestern nur noch 120 von 800 Produkten an."),
    ("urgent", "en", "Since yesterday's import the shop only shows about 400 of our 900 products. "
                     "Customers can still order the rest."),
    ("urgent", "en", "Only 300 of our 1,200 products are still visible in the shop since the "
                     "import."),
    ("urgent", "nl", "Sinds de import staan er in de webshop nog maar 400 van de 900 artikelen. "
                     "Bestellen kan nog wel."),
    ("urgent", "nl", "De webshop toont sinds gisteren nog maar de helft van onze producten."),
    ("urgent", "no", "Etter importen viser nettbutikken bare 400 av 900 varer. Kundene kan "
                     "fortsatt bestille."),
    ("urgent", "no", "Siden oppdateringen er bare halvparten av produktene synlige i "
                     "nettbutikken."),
]  # fmt: skip

NEAR_MISSES = [
    # only a blank page or an error left: the site down
    ("critical", "de", "Seit heute Morgen zeigt der Shop nur noch eine weiße Seite."),
    ("critical", "de", "Der Shop zeigt nur noch „503 Service Unavailable“, für alle Kunden."),
    ("critical", "en", "The site only shows a white page since this morning, for everyone."),
    # "only" with a number in a request
    ("low", "no", "Kan dere vise bare 12 produkter per side i kategorien i stedet for 24?"),
    ("low", "nl", "Kunnen jullie de nieuwsbrief nog maar 1 keer per week versturen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
