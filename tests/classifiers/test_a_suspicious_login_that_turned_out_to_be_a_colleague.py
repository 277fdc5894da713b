"""A suspicious-login alert the writer explains as a colleague: no stranger got in.

"I got an alert about a suspicious login on the admin. It turned out to be our new colleague",
"Det viste seg å være vår nye medarbeider", "Es stellte sich heraus, dass es unsere neue
Kollegin war", "Het bleek onze nieuwe collega te zijn": the suspicion is explained as one of the
writers' own people, or the writer ("turned out it was me"), and the request is a user account
or two-factor login (configuration, low). The suspicion words alone are forgotten
(engine `_drop_login_alarm_explained`); a login nobody of theirs explains ("it was not our
colleague"), one only noticed by a colleague, or a breach told in words of its own stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

_ASK_EN = " Can we switch on two-factor login for all admin users?"
PARAPHRASES = [
    ("low", "en", "False alarm: the suspicious login was my colleague. Can you create her own "
                  "user?"),
    ("low", "en", "We got an alert about a suspicious login on our admin account. It turned out "
                  "to be our new colleague using my login from her laptop." + _ASK_EN),
    ("low", "en", "Suspicious login alert on the admin yesterday - turned out it was me on my new "
                  "phone." + _ASK_EN),
    ("low", "no", "Jeg fikk et varsel om mistenkelig innlogging på admin-kontoen. Det viste seg å "
                  "være vår nye medarbeider som logget inn med min bruker. Kan vi få slått på "
                  "tofaktorinnlogging for alle admin-brukere?"),
    ("low", "de", "Wir haben eine Warnung wegen einer verdächtigen Anmeldung im Admin bekommen. "
                  "Es stellte sich heraus, dass es unsere neue Kollegin war. Können Sie ihr einen "
                  "eigenen Zugang anlegen?"),
    ("low", "nl", "We kregen een melding over een verdachte inlog op het beheeraccount. Het bleek "
                  "onze nieuwe collega te zijn. Kunnen jullie een eigen account voor haar maken?"),
]  # fmt: skip

NEAR_MISSES = [
    # not ours, only noticed by a colleague, or a breach of its own beside the alert
    ("critical", "en", "We got an alert about a suspicious login on our admin account. It was not "
                       "our colleague, none of us was logged in."),
    ("critical", "en", "The suspicious login on our admin was noticed by my colleague this "
                       "morning."),
    ("critical", "en", "There was a suspicious login on the admin last night and it was reported "
                       "to us by Wordfence. Someone created a new admin user."),
    ("critical", "no", "Det var en mistenkelig innlogging i natt. Det var ikke vår kollega."),
    ("critical", "de", "Verdächtige Anmeldung im Admin heute Nacht, das war keiner von unseren "
                       "Mitarbeitern."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
