"""A works-again cue said of the time to come is no outage over: "the status is not updated
until the callback works again", "we'll tell you when it is back up", "it needs to be back up
before six", "zodra de koppeling weer werkt", "erst wenn der Webhook wieder funktioniert",
"før callback fungerer igjen". The failure goes on now.

Session 54 found it in batch 54: a payment provider's notice ("statusen blir ikke oppdatert i
nettbutikken før callback fungerer igjen", read as standard for urgent) and a Saturday-night
voicemail ("it really needs to be back up before then", read as the outage over: standard for
critical). Engine: `_CONDITION_BEFORE` in `_drop_conditional_resolved`, and "be" before a cue
of `_NOW_OK`. A cue in the past after "when" ("when I looked again it was back up") still
says it is over.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Vipps-betalingene går gjennom, men ordrene står som venter på betaling. "
                     "Statusen blir ikke oppdatert før callback fungerer igjen."),
    ("urgent", "en", "Payments go through, but the webhook fails and orders stay pending. The "
                     "status won't be updated until the webhook works again."),
    ("urgent", "de", "Die Zahlungen gehen durch, aber der Webhook schlägt fehl und die "
                     "Bestellungen bleiben offen, bis der Webhook wieder funktioniert."),
    ("urgent", "nl", "De betalingen komen binnen, maar de webhook mislukt en de bestellingen "
                     "blijven open totdat de webhook weer werkt."),
    ("critical", "en", "It's Saturday night and the whole website is down, it just says service "
                       "unavailable. It really needs to be back up before the newsletter goes "
                       "out at six."),
    ("critical", "en", "The whole shop is down since 11 tonight. We will tell our customers as "
                       "soon as it is back up."),
    # back up once, down again now (review of 86c5838): the failure told after the cue
    ("critical", "en", "The site was back up around 8. Since 9 it is completely down, nobody can "
                       "order."),
    ("critical", "en", "It was back up at 9 but since 10 the whole shop is down again."),
    ("critical", "en", "The shop was back up at 8 but since 9 nobody can check out."),
    ("critical", "nl", "De site was om 8 uur weer online. Sinds 9 uur ligt hij helemaal plat, "
                       "niemand kan bestellen."),
]  # fmt: skip

NEAR_MISSES = [
    # the outage told as over, in the past after "when": still over
    ("low", "en", "The shop was down last night, but when I checked this morning it was back up. "
                  "Just for your information."),
    ("low", "no", "Nettsiden var nede i natt, men da jeg sjekket i morges, fungerte den igjen. "
                  "Bare til info."),
    # a works-again cue told now
    ("low", "de", "Gestern Abend war der Shop kurz weg, jetzt funktioniert er wieder. Nur zur "
                  "Info."),
    ("low", "nl", "Vannacht lag de site er even uit, nu werkt hij weer. Ter info."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
