"""None of the people a site serves, or all of them, unable to get in ("None of our members can
get into the app", "Keiner unserer Patienten kommt mehr in die App", "Onze leden komen niet meer
in de app", "Ingen av medlemmene får åpnet nettsiden"): the app, portal or site down for all of
its users, critical (`<lang>.cx_none_served_get_in_near`, `<lang>.cx_served_cannot_get_in`);
booking or paying impossible for all of them is critical too (`<lang>.nobody_can_buy_near`,
`en.cx_nobody_can_book` with the group nouns of the `served` classes).

At 23249db only customers/users/clients were known in English, and in German, Dutch and
Norwegian these forms were standard or urgent. One member, a few of them, staff in the backend,
a building or a car park, the past, a question and a request stay below critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "None of our members can get into the app since this morning."),
    ("critical", "en", "None of our tenants can get into the portal."),
    ("critical", "en", "Not one of our patients can log in to the patient portal today."),
    ("critical", "en", "None of our shoppers can open the website."),
    ("critical", "en", "Our members can't get into the app anymore."),
    ("critical", "en", "All our students can no longer get into the portal."),
    ("critical", "en", "Our parents can't book anything."),
    ("critical", "en", "None of our guests can book a table since the update."),
    ("critical", "de", "Keiner unserer Mitglieder kommt mehr in die App."),
    ("critical", "de", "Keiner unserer Mieter kommt mehr ins Mieterportal."),
    ("critical", "de", "Kein Patient kann das Portal öffnen."),
    ("critical", "de", "Unsere Mitglieder kommen nicht mehr in die App."),
    ("critical", "de", "Seit heute früh kommen unsere Schüler nicht mehr auf die Plattform."),
    ("critical", "de", "Kein Mitglied kann mehr buchen."),
    ("critical", "nl", "Geen van onze leden komt nog in de app."),
    ("critical", "nl", "Geen van onze patiënten kan de website openen."),
    ("critical", "nl", "Onze leden komen niet meer in de app."),
    ("critical", "nl", "Geen van onze gasten kan boeken."),
    ("critical", "no", "Ingen av medlemmene kommer inn i appen lenger."),
    ("critical", "no", "Ingen av pasientene får åpnet nettsiden."),
    ("critical", "no", "Medlemmene våre kommer ikke inn i appen lenger."),
    ("critical", "no", "Ingen av foreldrene kan bestille."),
]  # fmt: skip

NEAR_MISSES = [
    # one of them
    ("standard", "en", "One of our members can't get into the app."),
    ("standard", "de", "Eines unserer Mitglieder kommt nicht mehr in die App."),
    ("standard", "nl", "Eén van onze leden komt niet meer in de app."),
    # some of them
    ("standard", "en", "Some of our customers can't get into the app."),
    ("standard", "en", "A few members can't get into the app."),
    ("standard", "de", "Einige Mitglieder kommen nicht mehr in die App."),
    ("standard", "nl", "Een paar leden komen niet meer in de app."),
    ("urgent", "no", "Noen av medlemmene kommer ikke inn i appen."),
    # staff in the backend
    ("urgent", "en", "Our staff can't get into the backend anymore."),
    # a building, a car park, a hall
    ("standard", "en", "None of our guests could get into the building."),
    ("standard", "en", "None of our visitors can get into the car park."),
    ("standard", "de", "Keiner unserer Gäste kam gestern in die Halle."),
    ("standard", "nl", "Geen van onze gasten kon het gebouw in."),
    ("standard", "no", "Ingen av gjestene kom inn i bygget."),
    # over
    ("standard", "en", "Yesterday none of our members could get into the app, but it's fine "
                       "now."),
    # a question, a request
    ("standard", "en", "Can our members get into the app without a password?"),
    ("standard", "de", "Können unsere Mitglieder ohne Passwort in die App?"),
    ("standard", "en", "Our members can't book twice, can you allow that?"),
    ("standard", "en", "We can't get into the app store with our app, can you help publish "
                       "it?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
