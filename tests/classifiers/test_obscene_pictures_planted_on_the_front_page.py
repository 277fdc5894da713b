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
    # the pictures with a word of their coming
    ("critical", "en", "Since last night there are nude pictures all over our homepage."),
    ("critical", "de", "Plötzlich sind Nacktbilder auf unserer Startseite erschienen."),
    ("critical", "nl", "Op onze homepage zijn vannacht naaktfoto's verschenen."),
    ("critical", "no", "Det har dukket opp nakenbilder på forsiden vår i natt."),
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
    # a shop that sells adult content, a porn filter asked for the comments: nothing planted (low)
    ("low", "en", "We sell adult content, we need an age check on the homepage please."),
    ("low", "de", "Könnt ihr auf der Website einen Pornofilter für die Kommentare einbauen?"),
    ("low", "nl", "Kunnen jullie een pornofilter op de site zetten voor de reacties?"),
    ("low", "no", "Kan dere legge inn et pornofilter på nettsiden for kommentarfeltet?"),
    ("low", "no", "Vi selger voksent innhold og trenger aldersverifisering på forsiden."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
