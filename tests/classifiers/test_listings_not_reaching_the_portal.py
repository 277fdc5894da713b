"""The feed from the customer's own site to a listings portal (homes on Rightmove, Funda, Finn;
cars on AutoScout24 or mobile.de; jobs on Indeed) stopped: new listings are on the own site but
not on the portal, sold ones still show there as available. An integration down (urgent), told
in an estate agent's or a car dealer's words, not "integration" or "API".

Batch 57 (a letting agent's "haven't appeared on Rightmove or Zoopla", an estate agent's "komen
niet meer op Funda", a forwarded "kommer ikke over på Finn lenger", a car dealer's
"Fahrzeugbestand ... wird nicht mehr aktualisiert", all read as standard):
`<lang>.listings_not_reaching_portal_near` names the portals beside what fails to go across, and
`de.sync_stopped_near` takes a stock by its compound ("Fahrzeugbestand", "Gebrauchtwagenbestand").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's cases
    ("urgent", "en", "Our new listings since Friday are on our own website but haven't appeared "
                     "on Rightmove or Zoopla, and the two flats we let on Saturday still show as "
                     "available there."),
    ("urgent", "nl", "Sinds de storing van gisteren komen onze nieuwe woningen niet meer op Funda. "
                     "Ze staan wel op onze eigen site."),
    ("urgent", "no", "Det vi legger inn på nettsiden kommer ikke over på Finn lenger, siden "
                     "tirsdag."),
    ("urgent", "de", "Unser Fahrzeugbestand auf der Homepage wird seit Donnerstag nicht mehr "
                     "aktualisiert."),
    # in other words and other trades
    ("urgent", "en", "The cars we add to our stock page aren't showing on AutoTrader any more, "
                     "and the ones we sold last week are still listed there."),
    ("urgent", "de", "Die neuen Wohnungen erscheinen nicht auf ImmoScout24, auf unserer Seite "
                     "sind sie seit Montag drin."),
    ("urgent", "nl", "Verkochte auto's staan nog steeds als beschikbaar op Marktplaats, terwijl "
                     "ze van onze site af zijn."),
    ("urgent", "no", "Boligene vi solgte i helgen står fortsatt som til salgs på Finn."),
    ("urgent", "de", "Unser Gebrauchtwagenbestand kommt seit gestern nicht mehr rüber, die "
                     "Schnittstelle überträgt keine Daten mehr."),
]  # fmt: skip

NEAR_MISSES = [
    # a request to put a listing there (low)
    ("low", "en", "Could you also put our listings on Zoopla? We'd like that as a new feature."),
    ("low", "nl", "Kunnen jullie een link naar ons Funda-profiel op de homepage zetten?"),
    ("low", "no", "Kan dere legge annonsene våre ut på Finn også? Det er en ny funksjon vi "
                  "ønsker oss."),
    # the feed works (no failure at all)
    ("low", "en", "Our new listings appear on Rightmove within the hour as usual. Could you "
                  "change the phone number in the footer?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
