"""Another child's photos or records are a breach only when someone was shown them: a child's
word that names a product or a shop ("bei einem anderen Baby-Produkt", "at another baby shop",
"een andere baby-winkel", "en annen baby-butikk"), a feature asked for ("Hi, can parents see
another baby's photos in the gallery? We want that for the family feature"), or the writer's
own photos sent along ("die Fotos sehen Sie im Anhang", "you can see the photos in the
attachment", "de foto's ziet u in de bijlage", "bildene ser du i vedlegget") is none, and no
page of anyone (`<lang>.cx_others_data_seen_near` is not fired by them).

a2753a0 made "a different little boy", "een ander jongetje", "eines anderen kleinen Jungen",
"en annen liten gutt" another person whose records must not be seen
(tests/classifiers/test_parents_see_another_childs_records.py, which still passes). Its new
words fired the rule on a wish and on an attachment beside a product name: the child's word
followed by a hyphen or (in English) a product's, shop's or event's noun is a modifier; the
reader's "see" in a clause with an attachment is no one shown anything (the engine's
`_drop_others_not_seen`, which looks for the rule again without those words); a question
whether people can see something, after a greeting, in a mail that wants it for a feature
("dat willen we voor de familiefunctie", "das hätten wir gern", "det vil vi ha") asks for a
feature (`_CAPABILITY_QUESTION`, `_FEATURE_WISH`). A breach told beside a screenshot in the
attachment stays critical.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import assert_level

# someone was shown another child's (or customer's) records: critical, whatever else is said
SHOWN = [
    ("en", "A mum saw another baby's photos in the parent app. You can see the screenshot "
           "attached."),
    ("en", "As you can see in the attached screenshot, the parent portal shows another child's "
           "allergies."),
    ("en", "A parent logged in and saw a different little boy's photos and notes. Screenshot "
           "attached, see the attachment."),
    ("en", "In our baby shop, a customer logged in and saw another customer's orders and "
           "address."),
    ("de", "Eine Mutter sah die Fotos eines anderen Kindes, Screenshots sehen Sie im Anhang."),
    ("de", "Im Anhang sehen Sie, dass im Elternportal die Fotos eines anderen Kindes angezeigt "
           "werden."),
    ("de", "Ein Vater hat heute die Fotos eines anderen Jungen gesehen, im Anhang der "
           "Screenshot."),
    ("de", "Eine Kundin in unserem Baby-Shop sah nach dem Login die Bestellungen und die Adresse "
           "eines anderen Kunden."),
    ("nl", "Een moeder zag de foto's van een ander kindje, de screenshot ziet u in de bijlage."),
    ("nl", "In de bijlage ziet u dat het ouderportaal de foto's van een ander kind toont."),
    ("no", "En mor så bildene til en annen baby, skjermbildet ser du i vedlegget."),
    ("no", "I vedlegget ser du at foreldreportalen viser bildene til et annet barn."),
]  # fmt: skip

# nobody was shown anything: below critical
NOT_SHOWN = [
    # a feature asked for
    ("en", "Can parents see another baby's photos in the gallery? We want that for the family "
           "feature"),
    ("en", "Hi, can parents see another baby's photos in the gallery? We want that for the "
           "family feature."),
    ("en", "Hi, can parents see another child's photos in the gallery? We want that for the "
           "family feature."),
    ("de", "Hallo Frau Berg, können Eltern die Fotos eines anderen Babys in der Galerie sehen? "
           "Das hätten wir gern für die Familienfunktion."),
    ("de", "Hallo, können Eltern die Fotos eines anderen Kindes in der Galerie sehen? Das "
           "wünschen wir uns für die Familienfunktion."),
    ("nl", "Kunnen ouders de foto's van een andere baby in de galerij zien? Dat willen we voor "
           "de familiefunctie."),
    ("nl", "Hoi, kunnen ouders ook de foto's van een ander kindje zien? Dat willen we voor de "
           "familiefunctie."),
    ("no", "Hei, kan foreldre se bildene til en annen baby i galleriet? Det vil vi ha til "
           "familiefunksjonen."),
    # a product, a shop, a brand; the writer's photos attached
    ("de", "Hallo, wir hatten bei einem anderen Baby-Produkt schon einmal so eine Galerie. Die "
           "Fotos sehen Sie im Anhang."),
    ("de", "Die Fotos von einem anderen Baby-Shooting sehen Sie im Anhang, bitte auf die "
           "Galerieseite stellen."),
    ("de", "Bei einem anderen Baby-Produkt wird das Bild falsch angezeigt, die Fotos sehen Sie "
           "im Anhang."),
    ("en", "At another baby shop we saw a gallery like this. You can see the photos in the "
           "attachment."),
    ("en", "We also sell for another baby brand. You can see the photos of their range "
           "attached."),
    ("nl", "Bij een andere baby-winkel hadden we zo'n galerij. De foto's ziet u in de bijlage."),
    ("no", "Hos en annen baby-butikk så vi et slikt galleri. Bildene ser du i vedlegget."),
    # another customer named beside the writer's own photos attached
    ("de", "Wir hatten das bei einem anderen Kunden schon, die Fotos sehen Sie im Anhang."),
    ("de", "Die Fotos sehen Sie im Anhang, bei einem anderen Kunden ist es genauso."),
    ("en", "We had this with another customer too, you can see the photos in the attachment."),
    ("nl", "Bij een andere klant hadden we dit ook, de foto's ziet u in de bijlage."),
    ("no", "Vi hadde dette hos en annen kunde også, bildene ser du i vedlegget."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SHOWN)
def test_another_childs_records_shown_are_critical(lang: str, text: str) -> None:
    assert_level("critical", lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_SHOWN)
def test_a_wish_a_product_or_an_attachment_is_no_breach(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity != "critical", [(r.id, r.matched) for r in got.rules]
    assert not any(r.id.endswith(".cx_others_data_seen_near") for r in got.rules)
