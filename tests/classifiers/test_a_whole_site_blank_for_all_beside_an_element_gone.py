"""An element gone from the site, and the whole site blank for all its visitors.

"Das Video auf unserer Website ist weg, die Website ist für alle Besucher leer", "Videoen på
nettsiden er borte. Nettsiden er tom for alle besøkende": the element lies on the site
(`neutral.cx_element_on_site.page_on_site`, since dfa33a4, whose site word is read as a page's
place), but the site itself is said, in a clause of its own, to fail for all visitors: the
whole site blank for everyone (critical). The element's place match is forgotten (engine
`_drop_element_beside_site_blank_for_all`). An embedded booking tool said empty for all
visitors, and an element said blank alone, stay as dfa33a4 has them.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Das Video auf unserer Website ist weg, die Website ist für alle Besucher "
                       "leer."),
    ("critical", "de", "Die Karte auf unserer Seite ist weg, die Seite ist für alle Besucher "
                       "leer."),
    ("critical", "de", "Das Video auf unserer Homepage ist verschwunden. Die Homepage ist für "
                       "alle Besucher leer."),
    ("critical", "de", "Der Kalender auf unserer Website ist weg, die ganze Website ist für alle "
                       "leer."),
    ("critical", "no", "Videoen på nettsiden er borte. Nettsiden er tom for alle besøkende."),
    ("critical", "no", "Kartet på nettsiden vår er borte, nettsiden er tom for alle besøkende."),
    ("critical", "no", "Videoen på hjemmesiden er borte, og hjemmesiden er tom for alle."),
    ("critical", "nl", "De video op onze website is verdwenen, de website is voor alle bezoekers "
                       "leeg."),
    ("critical", "nl", "De video op onze website is weg. De website is voor alle bezoekers leeg."),
    ("critical", "en", "The video on our website is gone, the website is blank for all visitors."),
    ("critical", "en", "The video on our website is gone. The website is empty for every "
                       "visitor."),
]  # fmt: skip

NEAR_MISSES = [
    # the embedded booking tool itself empty for all visitors (urgent, dfa33a4)
    ("urgent", "de", "Das Buchungs-Widget auf unserer Website ist für alle Besucher leer."),
    ("urgent", "nl", "De boekingswidget op onze website is leeg voor alle bezoekers."),
    ("urgent", "no", "Bookingwidgeten på nettsiden er tom for alle besøkende."),
    ("urgent", "de", "Der eingebettete Kalender auf unserer Website ist leer, im Google Kalender "
                     "selbst sind alle Termine da."),
    # an element alone shown blank or grey (standard)
    ("standard", "de", "Die Karte auf unserer Website ist grau."),
    ("standard", "en", "The video on our website is blank."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
