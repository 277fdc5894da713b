"""An alarm someone else raised (an extortion or phishing mail, a friend's hack) or a scary word
beside a question about a measure, which the writer asks about ("is this real?", "ik denk dat het
nep is", "lurer på om vi burde ...") while saying the site works as it should: a question
(low), not a breach or an outage told. The bare alarm words go (engine `_drop_doubted_claims`,
cue `<lang>.cx_claim_asked_about` beside `<lang>.nothing_is_broken`); evidence of a compromise
fires rules of its own and stays critical.

Batch40 had five false criticals of this meaning: a forwarded extortion mail ("I have hacked
your website ... pay 0.08 BTC") under "Is this real? ... it looks completely normal"; a
voicemail about an English threat mail ("ik denk dat het nep is", "de site doet het gewoon"); a
phishing mail posing as the host ("Ihre Domain wird gesperrt") under "Ist das echt oder Betrug?
Unsere Seite geht ganz normal"; a planning question about mandatory two-factor login whose
signature says "your account has been compromised"; a voicemail asking whether the shop should
have two-factor because a friend "fikk hacket sin", "alt virker som det skal".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "A man emailed me saying he hacked our webshop and will leak our customer list "
                  "unless we pay him in bitcoin. Is this real? I checked and everything looks "
                  "completely normal, orders come in as usual."),
    ("low", "nl", "Ik kreeg vanochtend een mail dat onze website gehackt is en dat ze alles "
                  "openbaar maken als ik niet betaal. De site doet het gewoon en ik zie niks "
                  "geks. Is dit echt?"),
    ("low", "de", "Heute kam eine Mail, unsere Webseite sei gehackt worden und man wolle Geld. "
                  "Ist das echt oder Betrug? Alles läuft ganz normal, Bestellungen kommen "
                  "rein."),
    ("low", "no", "Jeg fikk en e-post som sier at nettsiden vår er hacket og at de vil ha "
                  "betalt. Er dette ekte? Alt virker som det skal hos oss."),
    ("low", "en", "We're wondering whether we should add two-factor login for our editors, a "
                  "neighbour's shop got hacked last month. There is no issue at the moment, "
                  "just planning."),
    ("low", "no", "Jeg lurer på om vi bør ha tofaktor på innloggingen, en kollega fikk hacket "
                  "nettbutikken sin. Alt fungerer som det skal her."),
]  # fmt: skip

NEAR_MISSES = [
    # the writer reports a breach now: it stays critical, asked about or not
    ("critical", "en", "Our site has been hacked, the homepage redirects visitors to a casino. "
                       "Is this real? How could this happen?"),
    ("critical", "nl", "Onze website is gehackt, er staat een nieuwe beheerder in die niemand "
                       "van ons heeft aangemaakt. Wat moeten we doen?"),
    ("critical", "de", "Unsere Seite wurde gehackt, auf der Startseite steht jetzt "
                       "Casino-Werbung. Ist das echt? Bitte sofort melden."),
    ("critical", "no", "Nettsiden vår er hacket, forsiden viser reklame for nettkasino. Hva "
                       "gjør vi nå?"),
    # the question without the "all works": the alarm stays
    ("critical", "en", "I got a mail saying our website has been hacked and our database "
                       "downloaded. Is this real? The admin has a user I don't know."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
