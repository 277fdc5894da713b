"""In an English mail, another language's rule matched only on English words reads nothing.

"Our reporting script pulls the orders from your shop API every night; since yesterday it
gets HTTP 422." was paged (critical): de.spam_injection_near, a German rule of weight 2.0,
read "script … shop" as a stranger's script planted on the site, and the filter of other
languages' matches dropped only weights under 1.0. In an English mail, a Dutch, German or
Norwegian critical match made only of English words (not numbers) is forgotten: the English
rules read those words as they mean them. A lesser match stays ("Gateway Timeout", slow in
every language's rules). A Dutch, German or Norwegian writer borrows English words and
means them, so their mails keep the English rules ("de site is hacked"), a stranger's script
told in English stays a breach, and a German mail keeps its own rule's script.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "Our reporting script pulls the orders from your shop API every night; "
                       "since yesterday it gets HTTP 422."),
    ("standard", "en", "We run a small script against the shop every morning to export the "
                       "stock levels, and since Monday it stops halfway with an error."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "There is an unknown script on the checkout page of our shop, right above "
                       "the card fields. We never added it."),
    ("critical", "en", "Our shop pages are suddenly full of casino links."),
    ("urgent", "en", "The booking form sometimes gives a 504 Gateway Timeout, some of them "
                     "come through."),
    ("critical", "de", "Auf unserer Startseite ist ein Skript eingebaut, das manche Besucher auf "
                       "eine fremde Seite umleitet. Wir haben keine Ahnung, wie das dahin kommt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
