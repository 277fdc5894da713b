"""Customers lost are no records lost: "we've lost a few new patients" is the failure's cost.

"Über das Wochenende haben wir vermutlich einige neue Patienten verloren" beside an online
booking that shows no slots was critical: `de.cx_business_records_gone_near` read "über ...
Patienten ... verloren" as "over N patient records lost". "Lost"/"verloren" now counts with
the things a site keeps (bookings, orders, accounts: `.cx_business_records_lost_near`), not
with people; people gone, deleted or missing from a list are still records gone.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "We lost all our bookings after last night's update."),
    ("critical", "en", "All our appointments are lost since the plugin update."),
    ("critical", "en", "All customers are gone from the admin, the list is empty."),
    ("critical", "de", "Über 300 Bestellungen sind seit dem Update verloren."),
    ("critical", "de", "Alle Mitglieder sind aus der Verwaltung verschwunden."),
    ("critical", "nl", "Alle boekingen zijn weg sinds de update van gisteren."),
    ("critical", "no", "Alle bestillingene er borte etter oppdateringen."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "de", "Die Online-Terminbuchung zeigt keine freien Termine mehr. Über das "
                     "Wochenende haben wir wohl einige neue Patienten verloren."),
    ("urgent", "en", "Online booking shows every slot as fully booked although the diary is "
                     "half empty. Over the weekend we've probably lost a few new patients."),
    ("standard", "en", "Over the summer we lost about twenty members to the new gym."),
    ("low", "de", "Über den Winter haben wir rund zehn Kunden verloren, können Sie uns mit "
                  "einem Newsletter helfen?"),
    ("urgent", "no", "Timebestillingen viser ingen ledige timer. I løpet av helgen har vi nok "
                     "mistet noen nye pasienter."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
