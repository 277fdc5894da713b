"""An outside service's booking tool or calendar embedded in the site shows nothing there, while
the service itself works: nobody books on the site (a major function lost, urgent),
`<lang>.cx_embedded_booking_empty_near`.

"The embedded calendar on our website is empty": the site is where the element lies, not what is
empty (`neutral.cx_element_on_site.page_on_site`, as a page on the site), and "im Google Kalender
selbst sind alle Termine da" beside it is no data lost (classifiers/decide.py
`_without_records_of_an_empty_widget`: its "leer" is the widget's). An embedded map or video
shown grey or blank is a component of one page (standard), as the labelled corpus has it
(tests/fixtures/corpus/standard/en_b8_pub_contact_map_grey.eml).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "The booking widget on our site shows nothing anymore, just a blank area. On "
                     "the provider's own site booking works."),
    ("urgent", "en", "The booking widget on our website is empty since this morning. In the "
                     "booking system itself everything works."),
    ("urgent", "en", "The embedded calendar on our website is empty, but in Google Calendar itself "
                     "all appointments are there."),
    ("urgent", "de", "Das Buchungs-Widget auf unserer Seite zeigt nichts mehr an, nur ein leerer "
                     "Bereich. Beim Anbieter direkt geht die Buchung."),
    ("urgent", "de", "Der eingebettete Kalender auf unserer Website ist leer, im Google Kalender "
                     "selbst sind alle Termine da."),
    ("urgent", "de", "Das Buchungsformular von SimplyBook auf unserer Website ist seit heute leer, "
                     "bei SimplyBook selbst geht alles."),
    ("urgent", "nl", "De boekingswidget op onze site toont niets meer, alleen een leeg vlak. Op de "
                     "site van de aanbieder zelf werkt boeken wel."),
    ("urgent", "nl", "De ingesloten agenda op onze website is leeg, in Google Agenda zelf staan "
                     "alle afspraken."),
    ("urgent", "no", "Bookingwidgeten på siden vår viser ingenting lenger, bare et tomt felt. Hos "
                     "leverandøren selv fungerer booking."),
    ("urgent", "no", "Den innebygde kalenderen på nettsiden vår er tom, men i Google Kalender står "
                     "alle avtalene."),
    ("urgent", "no", "Bookingmodulen på nettsiden er tom siden i morges, hos leverandøren selv "
                     "fungerer alt."),
]  # fmt: skip

NEAR_MISSES = [
    # an embedded map or video: one page's component
    ("standard", "en", "The map on our contact page is just an empty grey box since yesterday. "
                       "Google Maps itself works fine."),
    ("standard", "de", "Die eingebundene Karte auf der Kontaktseite ist seit gestern nur eine "
                       "leere graue Fläche. Google Maps selbst funktioniert."),
    ("standard", "nl", "De kaart op onze contactpagina is sinds gisteren een leeg grijs vak. "
                       "Google Maps zelf werkt gewoon."),
    ("standard", "no", "Kartet på kontaktsiden er bare en tom grå boks siden i går. Google Maps "
                       "fungerer selv helt fint."),
    ("standard", "en", "The embedded YouTube video on the homepage is blank since this morning, "
                       "the video plays fine on YouTube."),
    # the whole website empty stays critical
    ("critical", "en", "Our website is empty for everyone since this morning, just a white page."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
