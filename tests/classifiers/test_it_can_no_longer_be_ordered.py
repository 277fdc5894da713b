"""The impersonal passive of ordering and paying: nobody can buy, said without a subject.

"Es kann nicht mehr bestellt werden", "Er kan niet meer besteld worden", "Det kan ikke
bestilles noe lenger" were standard: the rules knew "niemand kann bestellen" and "Bestellungen
können nicht abgeschlossen werden", not the passive led by "es"/"er"/"det" or by a time since
("Seit heute kann nicht bezahlt werden"). Checkout impossible is critical
(`.cx_impersonal_passive_buy`, `de.cx_impersonal_passive_orders`). One product that cannot be
ordered, a rule of the shop ("ab 18 Uhr ..."), a supposed case and a trouble that is over stay
out.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Hallo, seit heute Mittag kann im Shop nicht mehr bestellt werden."),
    ("critical", "de", "Es kann seit dem Update nicht mehr bezahlt werden, bitte dringend prüfen."),
    ("critical", "de", "Bei uns können seit gestern Abend keine Zahlungen mehr durchgeführt "
                       "werden."),
    ("critical", "de", "Kunden rufen an und sagen, dass nicht mehr bestellt werden kann."),
    ("critical", "de", "Es kann gar nichts mehr gekauft werden, der Shop ist wie blockiert."),
    ("critical", "nl", "Sinds vanochtend kan er niet meer besteld worden in onze webshop."),
    ("critical", "nl", "Er kan niet afgerekend worden, klanten blijven hangen."),
    ("critical", "nl", "Er kunnen geen betalingen meer worden verwerkt."),
    ("critical", "no", "Det kan ikke bestilles noe lenger i nettbutikken vår."),
    ("critical", "no", "Siden i morges kan det ikke betales, kundene ringer oss."),
    ("critical", "no", "Ingen betalinger kan gjennomføres i kassen."),
    ("critical", "en", "Since this morning nothing can be ordered on the shop."),
    ("critical", "en", "No payments can be processed at all, customers are giving up."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "de", "Dieser Artikel kann leider nicht mehr bestellt werden, er ist "
                       "ausverkauft."),
    ("low", "de", "Ab 18 Uhr kann nicht mehr bestellt werden. Können Sie das auf 20 Uhr "
                  "ändern?"),
    ("standard", "de", "Wenn wir das Lager leeren, kann dann nicht mehr bestellt werden?"),
    ("low", "de", "Gestern konnte eine Stunde lang nicht bestellt werden, jetzt geht es "
                  "wieder."),
    ("standard", "nl", "Dit artikel kan niet meer besteld worden, het is uitverkocht."),
    ("low", "nl", "Na 18 uur kan er niet meer besteld worden. Kunnen jullie dat aanpassen "
                  "naar 20 uur?"),
    ("standard", "no", "Varen kan ikke bestilles lenger, den er utsolgt."),
    ("standard", "en", "This product can't be ordered anymore, it's sold out."),
    ("standard", "en", "Nothing in the clearance category can be ordered, is that on purpose?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
