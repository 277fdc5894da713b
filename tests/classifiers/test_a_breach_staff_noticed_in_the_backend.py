"""Staff who noticed in the backend that a customer is shown another customer's orders.

"Our support team noticed in the backend that when a customer logs in to her account she sees
the orders of someone called Jansen", "Unser Support hat im Backend bemerkt, dass eine Kundin
nach dem Login die Bestellungen einer Frau Jansen sieht": the back office is where staff found
it out; what they found, after the "that", is a customer shown another's records on her own
side, a breach (critical). The back-office sentence that forgets
<lang>.cx_previous_customers_data_shown_near (engine `_drop_named_other_looked_up`, since
636b939) is read from the words after a noticing verb's "that" (`_told_part`). Staff looking a
customer up, or a back-office search that matches the wrong record, stay as they were, also when
"we noticed that" opens the sentence.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Our support team noticed in the backend that when a customer logs in to "
                       "her account she sees the orders of someone called Jansen."),
    ("critical", "en", "Our support team noticed in the admin that a customer sees the orders of "
                       "a Mrs Jansen after logging in."),
    ("critical", "en", "Our admin noticed that when a customer logs in she sees the orders of "
                       "whoever logged in before."),
    ("critical", "de", "Unser Support hat im Backend bemerkt, dass eine Kundin nach dem Login die "
                       "Bestellungen einer Frau Jansen sieht."),
    ("critical", "de", "Unser Support hat im Backend bemerkt, dass eine Kundin nach dem Login die "
                       "Bestellungen von jemandem namens Jansen sieht."),
    ("critical", "nl", "Ons supportteam zag in de backend dat een klant na het inloggen de "
                       "bestellingen van iemand genaamd Jansen ziet."),
    ("critical", "nl", "Ons supportteam heeft in de backend gemerkt dat een klant na het inloggen "
                       "de bestellingen van een mevrouw Jansen ziet."),
    ("critical", "no", "Supportteamet vårt la merke til i admin at en kunde etter innlogging ser "
                       "ordrene til den som logget inn før."),
    ("critical", "no", "Supporten vår oppdaget i admin at en kunde ser ordrene til en fru Jansen "
                       "etter innlogging."),
]  # fmt: skip

NEAR_MISSES = [
    # what staff noticed is itself about the back office: a search's wrong match (standard)
    ("standard", "en", "We noticed that in the admin the search shows the orders of someone "
                       "named Berg instead of Berger."),
    ("standard", "de", "Wir haben im Backend gesehen, dass die Kundensuche die Bestellungen von "
                       "jemandem namens Berg statt Berger zeigt."),
    ("standard", "de", "Wir haben bemerkt, dass im Backend die Kundensuche nach dem Login die "
                       "Bestellungen einer Frau Berg statt Berger zeigt."),
    ("standard", "nl", "We zagen dat de zoekfunctie in de backend de bestellingen van de vorige "
                       "klant toont in plaats van de klant die ik zoek."),
    ("standard", "no", "Vi la merke til at kundesøket i admin viser ordrene til forrige kunde i "
                       "stedet for den jeg søkte på."),
    # staff looking a customer up (low)
    ("low", "en", "How do I see the orders of someone called Jansen in the backend?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
