"""A feature fails for every customer while orders still go through another way.

"Nobody can log in to their account since the update; guest orders still come in", "Anyone
who enters the code gets an error; without the code checkout works", "'My account' gives a
500 for everyone; ordering and paying go on as normal": the account, the coupon field or the
sync fails for all, but the shop still sells (guest checkout, without the code, orders
arriving normally), so the failure is a major feature broken (urgent), not checkout
impossible (`<lang>.cx_orders_another_way.checkout_still_works`, one step down). "Without"
("zonder", "ohne", "uten") in front of the working route is where it works, not a negation.
Said with the other route failing too, or with nothing going through, it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since last night's update no customer can log in to their account, every "
                     "attempt fails with an error. Guest checkout still works, 40 orders came in "
                     "that way."),
    ("urgent", "en", "Everyone who types the voucher code gets an error and the basket empties. "
                     "Without the code checkout works, but most people give up."),
    ("urgent", "en", "The account page gives an error 500 for everyone, so customers can't see "
                     "their invoices. Ordering and paying work as normal."),
    ("urgent", "nl", "Sinds de update kan geen enkele klant meer inloggen, iedereen krijgt een "
                     "foutmelding. Bestellen als gast werkt wel, daar kwamen 20 orders binnen."),
    ("urgent", "nl", "Wie de kortingscode invult krijgt een foutmelding en de winkelwagen wordt "
                     "leeggemaakt. Zonder de code werkt afrekenen gewoon."),
    ("urgent", "nl", "De pagina Mijn account geeft voor iedereen een foutmelding. Bestellen en "
                     "betalen gaat wel gewoon."),
    ("urgent", "de", "Seit dem Update kann sich kein Kunde mehr einloggen, alle bekommen eine "
                     "Fehlermeldung. Als Gast bestellen funktioniert aber, da kamen 30 "
                     "Bestellungen."),
    ("urgent", "de", "Der Rabattcode gibt bei allen Kunden einen Fehler und der Warenkorb wird "
                     "geleert. Ohne den Code funktioniert der Checkout ganz normal."),
    ("urgent", "de", "Die Synchronisation mit der Warenwirtschaft hängt, 120 Bestellungen hängen "
                     "in der Warteschlange. Im Shop laufen die Bestellungen normal ein."),
    ("urgent", "no", "Etter oppdateringen kan ingen kunder logge inn, alle får en feilmelding. "
                     "Kjøp som gjest fungerer, der har det kommet 25 ordrer."),
    ("urgent", "no", "Alle som skriver inn rabattkoden får en feil og handlekurven tømmes. Uten "
                     "koden fungerer kassen som normalt."),
    ("urgent", "no", "Siden Min side gir feilmelding 500 for alle kunder. Bestilling og betaling "
                     "går som normalt."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since the update nobody can check out at all. Not even guest checkout "
                       "works, every order fails at the payment step."),
    ("critical", "en", "Nobody can pay since 10:00: with or without the code the checkout "
                       "fails, 0 orders since then."),
    ("critical", "nl", "Niemand kan meer afrekenen, ook als gast bestellen werkt niet. Sinds "
                       "9 uur 0 bestellingen."),
    ("critical", "de", "Seit heute früh kann niemand mehr bestellen, auch als Gast bestellen "
                       "funktioniert nicht."),
    ("critical", "no", "Ingen kan betale i nettbutikken siden i morges, heller ikke kjøp som "
                       "gjest fungerer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
