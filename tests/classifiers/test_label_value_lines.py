"""A report written as "Label: value" lines, as contact forms, status pages, checklists and
monitoring summaries are ("Site: www.example.nl / Status: down / Since: 02:00 / Affected: all
visitors", "Website: plat / Sinds: vannacht / Wie: iedereen", "1. Login: broken for all staff /
2. Public site: fine"): each line is the label and the value together, a clause of its own, and
the fields of one report combine as the prose would ("the website is down for all visitors").

The lead found it with sentences of his own: the colon ended the clause, so the label (the
object: site, shop, checkout, login) was read apart from its value (down, plat, broken), while
the line break ended nothing, so one line's value ran into the next line's label. Such reports
were standard. `classifiers/labelled.py` now reads "Website: plat" as "Website plat," and
"Status: down" under "Site: ..." as "Site down,". Mail headers ("Von:", "Gesendet:", "Fra:"),
a signature's numbers and a wrapped sentence whose words happen to stand before a colon keep
their reading.
"""

from __future__ import annotations

import pytest

from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    # a status report's fields: the object, its state, since when, who is affected
    ("critical", "en", "Problem report\n\nSite: www.example.nl\nStatus: down\nSince: 02:00\n"
                       "Affected: all visitors"),
    ("critical", "en", "Website: down\nAffected: all visitors"),
    ("critical", "en", "- Shop status: offline\n- Since: this morning\n- Affected: every customer"),
    ("critical", "en", "Checkout: failing\nAffected: every customer"),
    ("critical", "nl", "Website: plat\nSinds: vannacht\nWie: iedereen"),
    ("critical", "nl", "Afrekenen: kapot\nWie: alle klanten"),
    ("critical", "nl", "Betalen: lukt niet\nGetroffen: alle klanten"),
    ("critical", "de", "Website: down\nSeit: heute Nacht\nBetroffen: alle Besucher"),
    ("critical", "de", "Kasse: funktioniert nicht\nBetroffen: alle Kunden"),
    ("critical", "no", "Nettbutikk: www.example.no\nStatus: nede\nHvem: alle"),
    ("critical", "no", "Betaling: feiler\nBerørt: alle kunder"),
    # a monitoring summary or a form: the address names the site whose status follows
    ("critical", "en", "Check: www.example.com\nStatus: DOWN\nDuration: 12 min"),
    ("critical", "nl", "Betreft: www.example.nl\nStatus: onbereikbaar"),
    ("critical", "de", "Betrifft: www.example.de\nStatus: offline\nSeit: 03:10"),
    ("critical", "no", "Gjelder: www.example.no\nStatus: nede"),
    # a checklist: one function broken for all, the site beside it fine
    ("urgent", "en", "1. Login: broken for all staff\n2. Public site: fine"),
    ("urgent", "en", "Order confirmations: not sent\nWebsite: fine"),
    ("urgent", "nl", "1) Inloggen: werkt niet voor alle medewerkers\n"
                       "2) Publieke site: werkt prima"),
    ("urgent", "de", "Bestellbestätigungen: kommen nicht an\nShop: läuft"),
    ("urgent", "no", "• Innlogging: virker ikke for de ansatte\n• Nettsiden: virker fint"),
    # the test system broken, the live site fine (urgent before: "broken live site")
    ("standard", "en", "Staging site: broken\nLive site: fine"),
]  # fmt: skip

NEAR_MISSES = [
    # already right before, and kept
    ("critical", "de", "Seite: nicht erreichbar\nSeit: 6 Uhr\nBetroffen: alle Kunden"),
    ("critical", "en", "- checkout: broken\n- payments: failing for every customer\n"
                       "- orders today: 0"),
    ("urgent", "de", "- Login: geht nicht für alle Mitarbeiter\n- Öffentliche Seite: läuft"),
    # a file's name is no web address: no site is named
    ("standard", "en", "File: index.php\nStatus: missing"),
    # over, or no incident at all
    ("standard", "en", "Status: resolved"),
    ("low", "en", "Website: works again"),
    ("low", "nl", "Website: werkt weer"),
    ("low", "de", "Shop: läuft wieder"),
    ("low", "no", "Nettside: virker igjen"),
    # a newsletter not sent is no transactional mail, in prose or in fields
    ("standard", "en", "Website: fine\nNewsletter: not sent"),
    ("urgent", "en", "Note: not down, just slow"),
    # a signature's numbers
    ("standard", "en", "Could you change the phone number in the footer?\n\nTel: 0123 456\n"
                       "Mobile: 0456 789\nEmergency: 112"),
    # a wrapped sentence whose words stand before a colon is no field
    ("standard", "de", "die Unterseiten \"Leistungen\" und \"Team\" sehen seit gestern\nkaputt "
                       "aus: Die Bilder sind verschoben. Der Rest der\nSeite ist okay."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)

# A forward's header block is quoting's to read (`classifiers/quoting.py`): its lines are no
# report's fields, and the forwarded report is read as it was.
FORWARDS = [
    ("critical", "WG: Shop down", "Bitte dringend ansehen.\n\nVon: Anna Keller <anna@example.de>\n"
                                  "Gesendet: Montag, 3. März 2026 10:00\nAn: support@agentur.de\n"
                                  "Betreff: Shop down\n\nDer Shop ist für alle Kunden nicht "
                                  "erreichbar."),
    ("critical", "VS: Nettbutikken", "Se under.\n\nFra: Kari Nordmann <kari@example.no>\n"
                                     "Sendt: mandag 3. mars 2026 10:00\nTil: support\n"
                                     "Emne: Nettbutikken\n\nNettbutikken er nede for alle "
                                     "kunder."),
]  # fmt: skip


@pytest.mark.parametrize(("level", "subject", "body"), FORWARDS)
def test_forwarded_header_block_is_no_report(level: str, subject: str, body: str) -> None:
    assert_mail_level(level, subject, body)
