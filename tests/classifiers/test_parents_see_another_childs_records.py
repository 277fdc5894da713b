"""A parent who logs in and sees another child's photos, notes or allergies, the child named
by age or sex ("the notes of a different little boy", "de foto's van een ander jongetje",
"die Fotos eines anderen kleinen Jungen", "bildene til en annen liten gutt"): other people's
records open to the wrong person, a data breach, critical (`<lang>.cx_others_data_seen_near`),
however lightly told ("a bit of a funny one") and beside a colour wish.

Batch 70 found the English form low: "another child's" was known, "a different little boy"
was not. The child's words (boy, girl, toddler, baby, little one) are now among the people
whose records are someone else's in all four languages, and German allergies and medical
details are personal fields, as they were in the other three. Adding a boy's photo to a page
is content (low); one's own child's photo missing is no one else's data.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "A bit of a funny one: a mum logged into the parent area and saw the "
                       "photos and notes of a different little boy, with his allergy details. "
                       "Also, could we change the menu colour at some point?"),
    ("critical", "en", "One of the dads saw another little girl's photos and medical notes "
                       "when he logged in this morning."),
    ("critical", "nl", "Een moeder logde in op het ouderportaal en zag de foto's en notities "
                       "van een ander jongetje, ook zijn allergieën."),
    ("critical", "de", "Eine Mutter sah im Elternbereich die Fotos und Notizen eines anderen "
                       "kleinen Jungen, inklusive seiner Allergien."),
    ("critical", "no", "En mor logget inn på foreldresiden og så bildene og notatene til en "
                       "annen liten gutt, med allergier."),
]  # fmt: skip

NEAR_MISSES = [
    # a boy's photo to add: content
    ("low", "en", "Could you add the photo of the little boy from the summer party to the "
                  "gallery? His parents agreed."),
    ("low", "de", "Können Sie das Foto von einem anderen Jungen aus der Gruppe auf die "
                  "Galerieseite stellen?"),
    # one's own child's photos missing: no one else's data
    ("standard", "nl", "Ik zie de foto's van mijn eigen dochter niet meer in het ouderportaal, "
                       "bij de andere ouders wel."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
