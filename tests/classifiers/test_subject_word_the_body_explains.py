"""A subject of one alarm word names the topic the body writes about, and the body says how
it is meant: "Blacklist?" over "could you check whether our mail server is on a blacklist?",
"Datenverlust" over "Um Datenverlust zu vermeiden, ...". When the body repeats the word and,
read alone, does not fire that rule, the subject's match goes too
(`_drop_subject_the_body_explains` in classifiers/engine.py).

Session 13 left the subject "Blacklist?" critical over that harmless check question; at
50d8bb8 all eleven mails below were critical. A subject whose word the body tells as true
("We are on a blacklist since Monday"), or never takes up, keeps its weight; so does a
subject phrase ("Website down"), which is a report of its own.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level

EXPLAINED = [
    ("low", "Blacklist?", "Could you check whether our mail server is on a blacklist? Some "
                          "customers say our newsletters go to spam. Not urgent."),
    ("low", "Blacklist", "Kunnen jullie controleren of onze mailserver op een blacklist staat? "
                         "De mail komt gewoon aan."),
    # standard, not low: "prüfen" also reads as something to look at (`de.generic_problem`)
    ("standard", "Blacklist", "Könntet ihr prüfen, ob unsere Domain auf einer Blacklist steht?"
                              " Die Mails kommen an."),
    ("low", "Svarteliste", "Kan dere sjekke om domenet vårt står på en svarteliste? E-posten "
                           "kommer fram."),
    ("low", "Datenverlust", "Um Datenverlust zu vermeiden, hätten wir gern ein zweites Backup."
                            " Bitte um Angebot."),
    ("low", "Dataverlies", "Om dataverlies te voorkomen willen we een extra back-up. Kunnen "
                           "jullie een offerte sturen?"),
    ("low", "Datatap", "For å forebygge datatap ønsker vi daglig backup. Kan dere sende et "
                       "tilbud?"),
    ("low", "Hacked?", "Could you check if the site was hacked? A friend said it looked odd but"
                       " we see nothing wrong."),
    ("standard", "Gehackt?", "Könnt ihr prüfen, ob der Shop gehackt wurde? Ein Kunde meinte, er"
                             " sehe komisch aus, wir sehen nichts."),
    ("low", "Gehackt?", "Kunnen jullie controleren of de site gehackt is? Een klant vond hem er "
                        "raar uitzien, wij zien niets."),
    ("low", "Hacket?", "Kan dere sjekke om nettsiden er hacket? En kunde syntes den så rar ut, "
                       "men vi ser ingenting."),
]  # fmt: skip

TOLD = [
    ("Blacklist", "We are on a blacklist since Monday: no mail from the shop reaches any "
                  "customer, order confirmations included."),
    ("Hacked", "The site is hacked, every page shows a casino ad. Could you check if customer "
               "data was taken?"),
    ("Gehackt", "Der Shop ist gehackt, jede Seite zeigt Casino-Werbung. Könnt ihr prüfen, ob "
                "Kundendaten weg sind?"),
    ("Gehackt", "De site is gehackt, elke pagina toont casinoreclame. Kunnen jullie controleren"
                " of klantgegevens weg zijn?"),
    ("Hacket", "Nettsiden er hacket, alle sider viser casinoreklame. Kan dere sjekke om kundedata"
               " er stjålet?"),
    ("Datenpanne", "Wir hatten heute Nacht eine Datenpanne, Kundendaten sind öffentlich. Um "
                   "eine weitere Datenpanne zu vermeiden, bitte sofort alles sperren."),
    ("Website down", "Could you check whether it is only us? The website is down, every page "
                     "gives a 502."),
    ("Hacked!!", "Please call me. Could you check if it was hacked? All our products now link "
                 "to a casino."),
    ("Datenverlust", "Bitte ein Angebot für ein zweites Backup."),
]  # fmt: skip


@pytest.mark.parametrize(("level", "subject", "body"), EXPLAINED)
def test_subject_word_the_body_explains_is_no_alarm(level: str, subject: str, body: str) -> None:
    assert_mail_level(level, subject, body)


@pytest.mark.parametrize(("subject", "body"), TOLD)
def test_subject_word_the_body_tells_or_leaves_stays_critical(subject: str, body: str) -> None:
    assert_mail_level("critical", subject, body)
