"""The orders of "someone called X" or of "whoever logged in before": shown to a customer on
their own side, or looked up, wished for or mismatched in the back office.

"When I log in to my account I see the orders of someone called Jansen", "Nach dem Einloggen
sehe ich in meinem Kundenkonto die Bestellungen desjenigen, der sich vorher eingeloggt hat": a
customer shown another customer's records unasked, after their own login, on their own account
page or in their own mail, is a breach (critical). The same words about the back office ("How
do I see the orders of someone called Jansen in the backend?", "the filter shows the orders of
someone named Berg instead of Berger"), a wish ("customers should be able to see the orders of
the person who logged in before on the shared tablet") or a how-to question are staff looking a
customer up, a feature asked for, or a filter's wrong match (a defect with a workaround,
standard): nobody was shown anyone's data. Someone known only by a name or as the one before
(`@someone_named_or_before`) is read only with the customer's own side (`@own_view`,
<lang>.cx_previous_customers_data_shown_near); in a sentence about the back office, a wish or a
how-to question it is forgotten (engine `_drop_named_other_looked_up`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a customer (or the writer testing as one) shown them on their own side
    ("critical", "en", "When I log in to my account I see the orders of someone called Jansen, "
                       "with her address."),
    ("critical", "en", "I got an order confirmation email with the orders of someone called P. "
                       "Olsen in it."),
    ("critical", "en", "Since this morning customers are seeing the orders of whoever logged in "
                       "before them."),
    ("critical", "en", "How can it be that customers see the orders of whoever logged in before "
                       "them?"),
    ("critical", "en", "I would like to report that after logging in I see the orders of someone "
                       "called Jansen."),
    ("critical", "en", "Why do I see the orders of someone named Berg in my account?"),
    ("critical", "de", "Nach dem Einloggen sehe ich in meinem Kundenkonto die Bestellungen "
                       "desjenigen, der sich vorher eingeloggt hat."),
    ("critical", "de", "Eine Kundin schreibt, sie sieht nach dem Login die Adresse von jemandem "
                       "namens Berger."),
    ("critical", "de", "Kunden sollten nur ihre eigenen Bestellungen sehen, aber nach dem Login "
                       "sehen sie die Bestellungen desjenigen, der sich vorher eingeloggt hat."),
    ("critical", "de", "Ich möchte melden, dass ich nach dem Login die Bestellungen von jemandem "
                       "namens Berger sehe."),
    ("critical", "nl", "Na het inloggen zie ik de bestellingen van degene die eerder ingelogd "
                       "was."),
    ("critical", "nl", "Een klant ziet op zijn eigen accountpagina de adresgegevens van degene "
                       "die voor hem ingelogd was."),
    ("critical", "nl", "Hoe kan het dat klanten na het inloggen de bestellingen van de vorige "
                       "klant zien?"),
    ("critical", "nl", "Ik wil graag melden dat ik na het inloggen de bestellingen van degene die "
                       "eerder ingelogd was zie."),
    ("critical", "no", "Når jeg logger inn, ser jeg ordrene til den som logget inn før meg."),
    ("critical", "no", "En kunde fikk se adressen til forrige kunde på Min side etter "
                       "innlogging."),
    ("critical", "no", "Hvordan kan det ha seg at kundene ser ordrene til den som logget inn før "
                       "dem på Min side?"),
    ("critical", "no", "Jeg vil gjerne si ifra om at jeg ser ordrene til forrige kunde på Min "
                       "side."),
]  # fmt: skip

NEAR_MISSES = [
    # staff looking a customer up, a how-to question (low)
    ("low", "en", "How do I see the orders of someone called Jansen in the backend?"),
    ("low", "en", "Quick question: how do our staff see the address of someone called Smith in "
                  "WooCommerce?"),
    ("low", "de", "Kurze Frage: Wie finde ich im Backend die Bestellungen desjenigen, der "
                  "gestern angerufen hat?"),
    ("low", "de", "Ich wollte fragen, wo ich im Backend die Adresse von jemandem namens Berger "
                  "sehe."),
    ("low", "nl", "Ik vroeg me af hoe ik in de backend de bestellingen van degene die eerder "
                  "vandaag belde kan zien."),
    ("low", "nl", "Kunnen we in de beheeromgeving de bestellingen van de vorige klant zien?"),
    ("low", "no", "Hvordan ser jeg ordrene til forrige kunde i adminpanelet?"),
    ("low", "no", "Kan vi i admin se adressen til den som logget inn før?"),
    # a feature wished for (low)
    ("low", "en", "Feature request: customers should be able to see the orders of the person "
                  "who logged in before on the shared tablet in the shop."),
    ("low", "en", "It would be nice if customers could see the orders of whoever logged in "
                  "before them on the shared tablet."),
    ("low", "de", "Wir möchten im Backend die Bestellungen von jemandem namens Berger sehen "
                  "können."),
    ("low", "de", "Es wäre schön, wenn Kunden nach dem Login die Bestellungen desjenigen sehen "
                  "könnten, der sich vorher eingeloggt hat."),
    ("low", "nl", "Wij zouden graag willen dat klanten op de gedeelde tablet de bestellingen van "
                  "degene die voor hen inlogde kunnen zien."),
    ("low", "no", "Vi ønsker at kundene skal kunne se ordrene til den som logget inn før på det "
                  "delte nettbrettet."),
    # a back-office filter or search that matches the wrong record (standard)
    ("standard", "en", "In the admin, the filter shows the orders of someone named Berg instead "
                       "of Berger."),
    ("standard", "en", "The search in the backend shows the orders of somebody called Miller "
                       "when I type Mills."),
    ("standard", "en", "In the admin, the customer list shows the orders of someone named Berg "
                       "instead of Berger."),
    ("standard", "en", "When I log in to the backend I see the orders of someone called Jansen "
                       "at the top of the list instead of the newest ones."),
    ("standard", "de", "Im Backend zeigt die Kundensuche die Bestellungen von jemandem namens "
                       "Berg statt Berger."),
    ("standard", "de", "Wenn ich mich im Backend einlogge, sehe ich die Bestellungen von "
                       "jemandem namens Berger ganz oben statt der neuesten."),
    ("standard", "nl", "De zoekfunctie in de backend laat de bestellingen van degene die eerder "
                       "besteld heeft zien in plaats van de klant die ik zoek."),
    ("standard", "nl", "Als ik inlog in de beheeromgeving zie ik de bestellingen van de vorige "
                       "klant bovenaan in plaats van de nieuwste."),
    ("standard", "no", "I admin viser kundesøket ordrene til forrige kunde i stedet for den jeg "
                       "søkte på."),
    ("standard", "no", "Når jeg logger inn i admin, ser jeg ordrene til forrige kunde øverst i "
                       "stedet for de nyeste."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
