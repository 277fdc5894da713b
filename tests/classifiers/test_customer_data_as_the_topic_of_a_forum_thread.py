"""Customer data as what a forum thread's task does is no data of ours found on the forum.

"I found a thread on the Shopify forum about exporting customer data to CSV, could you set that
up for us?" was critical: .cx_our_data_posted_online_near (701c2d4) read "found", "forum" and
"customer data" as our data found on a forum. Customer data named as what a task does, the
verb beside it ("exporting customer data", "how to anonymise customer data", "hoe je
klantgegevens kunt exporteren", "hvordan man eksporterer kundedata", "wie man Kundendaten
exportiert"), is the topic of advice found or asked on a forum: a request (low). German
"exportiert" in such a how-to was critical before as well (.data_exfiltrated_near). Our data
found, posted or sold on a forum stays critical: "our customer data", the data of our
patients, customer data from our shop, an export of customer data, data exported by someone.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "I found a thread on the Shopify forum about exporting customer data to CSV, "
                  "could you set that up for us?"),
    ("low", "en", "We posted a question on the forum about how to anonymise customer data for "
                  "GDPR, no answer yet, can you help?"),
    ("low", "nl", "Ik heb op het forum van WooCommerce gevonden hoe je klantgegevens kunt "
                  "exporteren, kunnen jullie dat voor ons doen?"),
    ("low", "no", "Jeg fant en tråd på forumet om hvordan man eksporterer kundedata til Excel, "
                  "kan dere sette det opp?"),
    ("low", "no", "Kan dere hjelpe? Vi fant et innlegg på forumet om å slette kundedata etter to "
                  "år."),
    ("low", "de", "Ich habe im Shopware-Forum gefunden, wie man Kundendaten exportiert, könnt ihr "
                  "das für uns einrichten?"),
    ("low", "de", "Wir haben im Forum eine Frage gepostet, wie wir Kundendaten anonymisieren "
                  "können. Könnt ihr helfen?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Someone posted our customer data on a hacker forum."),
    ("critical", "en", "We found an export of customer data from our shop posted on a forum."),
    ("critical", "en", "Customer data exported from our shop was posted on a forum."),
    ("critical", "nl", "Klantgegevens uit onze webshop worden op een forum te koop aangeboden."),
    ("critical", "nl", "Iemand vond klantgegevens op een forum, geëxporteerd uit onze webshop."),
    ("critical", "de", "Jemand hat Kundendaten exportiert und in einem Forum gepostet."),
    ("critical", "de", "Kundendaten aus unserem Shop werden in einem Forum verkauft."),
    ("critical", "no", "Vi fant kundedata fra nettbutikken vår til salgs på et forum."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
