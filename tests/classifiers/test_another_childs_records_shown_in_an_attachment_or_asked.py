"""Another child's records shown to the wrong parent stay a breach (critical) when the mail
sends a screenshot of them along ("In de bijlage ziet u de foto's van een ander kind die in het
account van een moeder stonden"), opens with a worried "can it be that" after a greeting ("Hi,
can it be that parents see another child's photos? ... We use the family feature") or names the
other child's group, registry or profile ("another toddler group", "another baby registry",
"een andere baby-groep", "en annen baby-profil").

454f5db (`_drop_others_not_seen`, `_CAPABILITY_QUESTION`, `_FEATURE_WISH`) lowered these to
standard (/work/reviews/revA.md, 454f5db): the reader's "see" of an attachment was set aside
even when the sentence goes on to tell where the records were shown (an account, a login, a
portal, "showed up", "dukket opp"); "can it be that" read as a question whether parents can do
something, and the feature's bare noun as a wish; "group", "registry" and a hyphen before
"profile" read as a product's modifier. Its own cases (wishes, products, the writer's photos
attached) stay below critical: test_another_childs_photos_wished_or_attached.py.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import assert_level

SHOWN = [
    # a screenshot of the breach attached, the sentence telling where it was shown
    ("nl", "In de bijlage ziet u de foto's van een ander kind die in het account van een moeder "
           "stonden."),
    ("no", "I vedlegget ser du bildene av et annet barn som dukket opp på kontoen til en mor."),
    ("en", "In the attachment you can see the photos of another child that appeared in a "
           "mother's account this morning."),
    ("de", "Anbei sehen Sie die Fotos eines anderen Kindes, die eine Mutter heute in ihrem Konto "
           "hatte."),
    # "can it be that": a worried report, not a feature asked for
    ("en", "Hi, can it be that parents see another child's photos? A mother called us about it "
           "this morning. We use the family feature."),
    ("en", "Hello, could it be that parents now see another baby's photos in the app? Two mums "
           "reported it today, it happens in the sharing feature."),
    ("de", "Hallo, kann es sein, dass Eltern im Portal die Fotos eines anderen Kindes sehen? Eine "
           "Mutter hat uns das heute gemeldet, es betrifft die Funktion \"Familie\"."),
    ("nl", "Hoi, kan het zijn dat ouders de foto's van een ander kind zien? Een moeder belde ons "
           "vanochtend, het gaat om de functie \"Familie\"."),
    ("no", "Hei, kan det stemme at foreldre ser bildene til et annet barn? En mor ringte oss i "
           "dag, det gjelder funksjonen \"Familie\"."),
    # a "can" question after a greeting, the feature only named: a report, not a wish
    ("en", "Hi, can parents see another child's photos? A mother reported it this morning, it "
           "happens in the family feature."),
    ("de", "Hallo, können Eltern die Fotos eines anderen Kindes sehen? Eine Mutter hat es heute "
           "gemeldet, es betrifft die Funktion \"Familie\"."),
    ("nl", "Hoi, kunnen ouders de foto's van een ander kind zien? Een moeder belde ons "
           "vanochtend, het gaat om de functie \"Familie\"."),
    ("no", "Hei, kan foreldre se bildene til et annet barn? En mor ringte oss i dag, det gjelder "
           "funksjonen \"Familie\"."),
    # another child's group, registry or profile
    ("en", "Parents from another toddler group can see the photos of our group since yesterday."),
    ("en", "A customer was shown another baby registry with names and home addresses when she "
           "logged in."),
    ("nl", "Een vader zag na het inloggen de foto's van een andere baby-groep, niet die van zijn "
           "eigen kind."),
    ("en", "A mum sees another baby-profile when she opens the app, with name, birth date and "
           "photos."),
    ("no", "En mor ser en annen baby-profil i appen med navn og fødselsdato."),
]  # fmt: skip

NOT_SHOWN = [
    # the writer's own photos attached, a gallery page asked for
    ("de", "Die Fotos vom Shooting bei einem anderen Baby-Fotografen sehen Sie im Anhang, bitte "
           "auf die Galerieseite stellen."),
    ("nl", "De foto's van een andere baby-shoot ziet u in de bijlage, graag op de site zetten."),
    ("en", "Attached you can see the photos from another baby shoot, please add them to the "
           "gallery page."),
    ("no", "Bildene fra en annen baby-fotografering ser du i vedlegget, kan dere legge dem ut?"),
    # a feature asked for after a greeting, with a wish
    ("en", "Hi, can parents see another child's photos in the gallery? We want that for the "
           "family feature."),
    ("de", "Hallo, können Großeltern die Fotos eines anderen Kindes sehen? Das hätten wir gern "
           "für die Familienfunktion."),
    ("nl", "Hoi, kunnen ouders de foto's van een ander kindje zien? Dat willen we voor de "
           "familiefunctie."),
    ("no", "Hei, kan foreldre se bildene til en annen baby i galleriet? Det vil vi ha til "
           "familiefunksjonen."),
    # a product's or shop's words
    ("en", "At another baby store we saw a profile page like this. You can see the photos in "
           "the attachment."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SHOWN)
def test_another_childs_records_shown_stay_critical(lang: str, text: str) -> None:
    assert_level("critical", lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_SHOWN)
def test_the_writers_photos_or_a_wish_stay_below_critical(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert got.severity != "critical", [(r.id, r.matched) for r in got.rules]
