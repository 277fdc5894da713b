"""A mail the buyer should get that never comes, said with "never" or with the verb before its
subject ("E-posten med PDF-billetten kommer aldri", "har kjøperne ikke fått billetten sin på
e-post", "The e-mail with the PDF ticket never comes", "De mail met de tickets komt nooit", "Die
Mail mit dem Ticket kommt nie an"), while buying works: transactional mail not sent (urgent).

Session 44 found it in batch 44 (a concert hall whose ticket mail "kommer aldri" while purchases
went through, read as standard with no rule at all): the `not_arriving` word class of
`<lang>.cx_mail_not_arriving_near` knew "kommer ikke frem", "har ikke fått", "don't arrive",
"komen niet aan", "kommen nicht an", but not "never" ("kommer aldri", "never comes", "komt
nooit", "kommt nie an") nor the participle after an inverted subject ("har kjøperne ikke fått",
"hebben de kopers ... niet gekregen", "haben die Käufer ... nicht bekommen").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Siden tirsdag har kjøperne ikke fått billetten sin på e-post. Kjøpet går "
                     "gjennom og pengene trekkes."),
    ("urgent", "no", "E-posten med PDF-billetten kommer aldri, heller ikke i søppelpost, men "
                     "betalingen går fint."),
    ("urgent", "en", "The e-mail with the PDF ticket never comes, the purchase itself goes through "
                     "fine."),
    ("urgent", "en", "Since Tuesday the ticket e-mail never shows up for buyers, not even in spam. "
                     "Payments work."),
    ("urgent", "nl", "De mail met de tickets komt nooit, ook niet in de spam. Betalen lukt wel."),
    ("urgent", "nl", "Sinds dinsdag hebben de kopers de mail met hun tickets gewoon niet gekregen, "
                     "de bestelling zelf lukt."),
    ("urgent", "de", "Die Mail mit dem Ticket kommt nie an, die Zahlung klappt aber."),
    ("urgent", "de", "Seit Dienstag haben die Käufer ihre Tickets per Mail nicht bekommen, der "
                     "Kauf selbst geht durch."),
]  # fmt: skip

NEAR_MISSES = [
    # a change to the mail's text or logo: a content request (low)
    ("low", "en", "Could you change the text of the confirmation e-mail? The opening line never "
                  "comes across as friendly."),
    ("low", "de", "Können Sie in der Bestätigungsmail das Logo austauschen? Es ist nicht mehr "
                  "aktuell."),
    ("low", "no", "Kan dere bytte logoen i ordrebekreftelsen? Den gamle er ikke aktuell lenger."),
    ("low", "nl", "Kunnen jullie de tekst in de bevestigingsmail aanpassen? De openingszin klopt "
                  "niet meer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
