"""One country's store of several fails while another store still sells ("The UK store and the
German one are working normally", "Im deutschen Shop läuft alles normal", "De Duitse webshop
werkt gewoon", "Den svenske nettbutikken fungerer som normalt"): payment is possible in the
business as a whole, one storefront is lost: urgent, one step below checkout impossible
(`<lang>.cx_other_country_store_works.other_store_sells`, a step a device widen does not take
back).

Batch 48 (scope) showed it: an Irish store with an error on every page beside UK and German
stores that take test orders, and an Austrian store where nobody can pay beside the German one,
both read as critical. A store named as failing ("the German shop is not working"), or all
stores down, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Nobody can pay in our Swiss shop since this morning, every card is "
                     "declined. The German shop works normally, orders keep coming in there."),
    ("urgent", "en", "The Belgian webshop is down, it only shows a server error. Our Dutch "
                     "store is fine, I just placed a test order."),
    ("urgent", "en", "Customers in the French store can't check out at all since the update. "
                     "The other stores are working normally."),
    ("urgent", "nl", "In de Belgische webshop kan sinds vanochtend niemand meer afrekenen. De "
                     "Nederlandse webshop werkt gewoon, daar komen bestellingen binnen."),
    ("urgent", "nl", "De Duitse winkel ligt plat sinds tien uur. De andere webshops doen het "
                     "wel, ik heb net een testbestelling gedaan."),
    ("urgent", "de", "Im Schweizer Shop kann seit heute früh niemand mehr bezahlen. Im deutschen "
                     "Shop läuft alles normal, auch mit Kreditkarte."),
    ("urgent", "de", "Der österreichische Onlineshop ist komplett down. Die anderen Shops laufen "
                     "ganz normal, dort kommen Bestellungen rein."),
    ("urgent", "no", "I den svenske nettbutikken kan ingen betale siden i morges. Den norske "
                     "nettbutikken fungerer som normalt."),
    ("urgent", "no", "Den danske nettbutikken er nede siden klokka ni. De andre butikkene går "
                     "helt fint, vi har testet med en bestilling."),
    # a store named by its domain ending alone, in parentheses: the word, not a sentence's end
    ("urgent", "en", "The Dutch store (.nl) shows a server error on every page since noon. The "
                     "Belgian one (.be) is working normally, orders are coming in there."),
]  # fmt: skip

NEAR_MISSES = [
    # the store named is the one that fails, or every store is down: critical
    ("critical", "en", "Nobody can pay since this morning. The German shop is not working either, "
                       "every card is declined."),
    ("critical", "de", "Niemand kann mehr bezahlen. Der deutsche Shop funktioniert auch nicht, "
                       "jede Zahlung bricht ab."),
    ("critical", "nl", "Niemand kan meer afrekenen. De Nederlandse webshop werkt ook niet, elke "
                       "betaling mislukt."),
    ("critical", "no", "Ingen kan betale i nettbutikken. Den norske nettbutikken fungerer ikke "
                       "heller."),
    # the store named is the subject of the outage, "the others" a few words on
    ("critical", "de", "Unser Schweizer Shop ist seit heute früh für alle Kunden komplett down, "
                       "die anderen sind in Ordnung."),
    # no store named at all: checkout impossible
    ("critical", "en", "Nobody can pay in our shop since this morning, every card is declined."),
    ("critical", "de", "Im Shop kann seit heute früh niemand mehr bezahlen."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
