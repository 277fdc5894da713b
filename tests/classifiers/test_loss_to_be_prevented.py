"""What a measure is to prevent, named before its verb or after a noun of protection, is no
loss or breach told: "Om dataverlies te voorkomen", "Um Datenverlust zu vermeiden", "wir
wollen Datenverlust vermeiden", "zur Vermeidung von", "ter voorkoming van", "som beskyttelse
mot hackere", "for å forebygge datatap" (`_SUPPOSED_CASES` in classifiers/steps/supposed.py).

Session 14 found these by writing ordinary backup and security requests of its own: at
50d8bb8 seven of the ten paraphrases below paged as critical (the bare "Datenverlust",
"dataverlies", "datatap", "hackere" are critical words that no level below can outweigh).
The earlier patterns read only forwards from the cue ("to prevent ...", "voorkomen dat ...").

A loss told beside such words stays critical: a prevention that failed ("hat nicht
gereicht, um den Datenverlust zu verhindern", "klarte ikke å forhindre datatap", "despite
our protection against hackers the site is hacked"), a clock time ("Um 3 Uhr", "Om 3 uur")
and the same word told outside the case ("Wir hatten eine Datenpanne. Um eine weitere
Datenpanne zu vermeiden, ...").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "To avoid data loss we would like a second daily backup of the shop. Could"
                  " you send a quote?"),
    ("low", "en", "For protection against hackers we'd like a firewall on the server. Please "
                  "advise."),
    ("low", "nl", "Om dataverlies te voorkomen willen we een extra back-up. Kunnen jullie een "
                  "offerte sturen?"),
    # standard, not low: "bewaren in plaats van" reads as something to change in the set-up;
    # this family asks only that no loss is read
    ("standard", "nl", "Ter voorkoming van dataverlies graag de back-ups 90 dagen bewaren in "
                       "plaats van 30."),
    ("standard", "nl", "Als bescherming tegen hackers willen we een firewall. Wat kost dat?"),
    ("low", "de", "Um Datenverlust zu vermeiden, hätten wir gern ein zweites Backup. Bitte um "
                  "Angebot."),
    ("standard", "de", "Zur Vermeidung von Datenverlust bitte die Sicherungen 90 statt 30 Tage"
                       " aufbewahren."),
    ("low", "de", "Wir wollen Datenverlust vermeiden und hätten daher gern ein tägliches "
                  "Backup."),
    ("low", "no", "For å forebygge datatap, vennligst ta vare på backupene i 90 dager i stedet"
                  " for 30."),
    ("low", "no", "Som beskyttelse mot hackere ønsker vi en brannmur på serveren. Hva koster "
                  "det?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "de", "Das Backup hat nicht gereicht, um den Datenverlust zu verhindern: alle"
                       " Bestellungen von gestern sind weg."),
    ("critical", "de", "Um 3 Uhr nachts gab es einen Datenverlust, alle Bestellungen seit "
                       "gestern sind weg."),
    ("critical", "nl", "Om 3 uur vannacht is er dataverlies geweest: alle bestellingen van "
                       "gisteren zijn weg."),
    ("critical", "no", "Vi klarte ikke å forhindre datatap: alle bestillinger fra i går er "
                       "borte."),
    ("critical", "en", "Despite our protection against hackers the site is hacked, every page "
                       "shows a casino ad."),
    ("critical", "de", "Trotz Firewall als Schutz gegen Hacker: der Shop ist gehackt und zeigt"
                       " überall Casino-Werbung."),
    ("critical", "nl", "Ondanks onze bescherming tegen hackers is de site gehackt, elke pagina"
                       " toont casinoreclame."),
    ("critical", "no", "Til tross for beskyttelse mot hackere er nettsiden hacket, alle sider "
                       "viser casinoreklame."),
    ("critical", "de", "Wir hatten heute Nacht eine Datenpanne, Kundendaten sind öffentlich. "
                       "Um eine weitere Datenpanne zu vermeiden, bitte sofort alles sperren."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
