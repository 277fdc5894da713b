"""Obscene pictures where the site's own are ("some really dodgy pictures on the front page
instead of the cars, adult stuff basically", "Nacktbilder auf der Startseite", "schunnige foto's
op de homepage", "pornobilder på forsiden"): the site is defaced, a security breach (critical),
told by someone who does not say "hacked" (or whose "hacked by" the recogniser heard as "hat by").

Batch 57 (a car dealer's Sunday voicemail, read as standard: "on my phone" a display issue):
`<lang>.defaced_page_near` knew slogans, strange images and "hacked by", not obscene pictures.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case (a transcript, given as a body)
    ("critical", "en", "a customer's just phoned us to say our website's got er some really dodgy "
                       "pictures on the front page instead of the cars adult stuff basically and "
                       "it says hat by something or other at the top. i've had a look on my phone "
                       "and she's right"),
    ("critical", "de", "Auf unserer Startseite sind seit heute Nacht Nacktbilder statt unserer "
                       "Fahrzeuge zu sehen."),
    ("critical", "nl", "Op de homepage staan ineens schunnige foto's in plaats van onze woningen."),
    ("critical", "no", "Forsiden viser pornobilder i stedet for bilene våre."),
    ("critical", "en", "There is explicit content all over our homepage, not something we put "
                       "there."),
]  # fmt: skip

NEAR_MISSES = [
    # a photo swapped on purpose (low)
    ("low", "en", "Could you put the new pictures of the cars on the front page instead of the "
                  "old ones?"),
    ("low", "de", "Können Sie auf der Startseite ein neues Bild von unserem Team einsetzen?"),
    # a photo the customer dislikes (low)
    ("low", "nl", "De foto op de homepage is wat onscherp, kunnen jullie een betere plaatsen?"),
    # a question whether such could happen (low)
    ("low", "no", "Kan forsiden vår bli hacket? Vi lurer på om vi er godt nok sikret."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
