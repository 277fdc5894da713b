"""The warehouse named as where the goods stand: no after-the-sale cue.

"Na de voorraadimport staat elk product op uitverkocht, ook de wijn die hier gewoon in het
magazijn staat ... niemand kan iets kopen": the warehouse where the stock stands or lies is
where the goods are, not a sign that only the orders' way to the warehouse fails (which
lowered the shop that sells nothing a step, critical -> urgent, batch65). Orders that do not
reach the warehouse, with the goods said to be ready elsewhere in the sentence, stay that
failure.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Na de voorraadimport staat elk product op uitverkocht, ook de wijn die "
                       "hier gewoon in het magazijn staat. De knop \"In winkelwagen\" is overal "
                       "grijs, dus niemand kan iets kopen."),
    ("critical", "de", "Nach dem Bestandsimport steht jeder Artikel auf ausverkauft, auch die "
                       "Ware, die hier im Lager liegt. Der Button \"In den Warenkorb\" ist überall "
                       "grau, niemand kann etwas kaufen."),
    ("critical", "no", "Etter lagerimporten står alle produkter som utsolgt, også varene som står "
                       "på lageret. Knappen \"Legg i handlekurv\" er grå overalt, så ingen kan "
                       "kjøpe noe."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "nl", "Er komen geen orders meer binnen in het magazijn, terwijl de dozen "
                     "klaarstaan. In de webshop gaat bestellen gewoon."),
    ("urgent", "de", "Im Lager kommen seit gestern keine Bestellungen mehr an, obwohl die Ware "
                     "bereitsteht. Im Shop kann man aber normal bestellen."),
    ("urgent", "no", "Det kommer ingen ordre fram på lageret lenger, selv om varene står klare. "
                     "Kundene kan bestille som vanlig i nettbutikken."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
