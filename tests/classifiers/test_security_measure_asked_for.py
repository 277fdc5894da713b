"""A security measure asked for is no breach told: a check whether the mail server is on a
blacklist, a plan for what we do if the site is ever hacked, a quote for malware scans. The
breach words inside such a clause (`_SUPPOSED_CASES` in classifiers/steps/supposed.py:
"could you check
whether", "prüfen, ob", "controleren of", "sjekke om"; "what we do if", "was wir tun, wenn",
"wat we doen bij", "hva vi gjør hvis"; "to prevent", "voorkomen dat", "zu verhindern", "for å
unngå"; "malware scanning", "Malware-Scans", "malwarescans", "malware-skanning") report
nothing.

Session 13 found these by writing ordinary requests of its own after batch 40's families were
written: at 664779a five of ten such requests were critical (a blog post titled "The Trojan
horse of cheap hosting" still is), and nine of the twelve paraphrases below. A breach told
beside such a clause stays critical: the words before the clause, and a threat a scanner
found, still count.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Could you check if our mail server is on any blacklist? Mail goes out "
                  "fine, our IT man just wants to be sure."),
    ("low", "nl", "Kunnen jullie controleren of onze mailserver op een blacklist staat? "
                  "De mail komt gewoon aan, maar onze accountant vroeg ernaar."),
    # standard, not low: "prüfen" also reads as something to look at (`de.generic_problem`);
    # this family asks only that no breach is read
    ("standard", "de", "Könnten Sie prüfen, ob unser Mailserver auf einer Blacklist steht? Die"
                       " Mails kommen an, unser Berater hat nur danach gefragt."),
    ("low", "no", "Kan dere sjekke om e-postserveren vår er svartelistet? E-posten kommer"
                  " fram, men regnskapsføreren spurte."),
    ("low", "en", "We'd like a written plan for what we do if the site is ever hacked. "
                  "Nothing has happened, the board just asks for it."),
    ("low", "nl", "Wij willen een draaiboek voor wat we doen bij een hack. Er is niets "
                  "gebeurd, het bestuur wil het gewoon op papier."),
    ("low", "de", "Wir hätten gern einen Notfallplan, was wir tun, wenn die Seite gehackt"
                  " wird. Passiert ist nichts."),
    ("low", "no", "Vi vil gjerne ha en plan for hva vi gjør hvis nettsiden blir hacket. "
                  "Det har ikke skjedd noe."),
    ("low", "en", "Please quote us for malware scanning of the shop every month."),
    ("low", "nl", "Graag een offerte voor malwarescans van de webshop, elke maand."),
    ("low", "de", "Bitte ein Angebot für Malware-Scans des Shops, monatlich."),
    ("low", "no", "Kan dere gi et tilbud på malware-skanning av nettbutikken hver måned?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Our site is hacked: every page shows a ransom note. Please find out if"
                       " customer data was taken."),
    ("critical", "en", "The malware scanner found a skimmer in the checkout, customers' card "
                       "numbers are being stolen right now."),
    ("critical", "nl", "Onze site is gehackt, elke pagina toont een losgeldbericht. Kunnen "
                       "jullie kijken of er klantgegevens weg zijn?"),
    ("critical", "de", "Unsere Seite ist gehackt, jede Seite zeigt eine Lösegeldforderung. "
                       "Können Sie prüfen, ob Kundendaten abgeflossen sind?"),
    ("critical", "no", "Nettsiden er hacket, alle sider viser et krav om løsepenger. Kan dere "
                       "sjekke om kundedata er stjålet?"),
    ("critical", "en", "We checked whether we were on a blacklist: we are, and since then the "
                       "shop sends no mail at all and is listed as malware."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
