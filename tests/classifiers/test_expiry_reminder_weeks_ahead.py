"""A reminder that a domain or certificate expires in some weeks ("Your domain expires in 30
days", "Domenet utløper om 30 dager", "Uw SSL-certificaat verloopt over 30 dagen", "Ihre Domain
läuft in 30 Tagen ab"), forwarded with a question who renews it: nothing is broken now (low).
Its near twin, the domain or certificate that has expired and the site gone, is critical.

Session 54 found it in batch 54 (an English and a Norwegian renewal reminder read as standard:
no rule fired, and a mail with no signal is read as a report). `<lang>.cx_expiry_ahead`.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Is this one for you to renew? Don't want it to lapse.\n\nYour domain "
                  "brightsideyoga.com will expire in 30 days, on 18 April 2025. Auto-renew is "
                  "switched off."),
    ("low", "no", "Fornyer dere dette, eller skal vi gjøre det selv?\n\nDomenet "
                  "bergen-blomster.no utløper om 30 dager. Automatisk fornyelse er ikke slått på."),
    ("low", "de", "Kümmern Sie sich darum? Ihre Domain kaffee-roth.de läuft in 30 Tagen ab, die "
                  "automatische Verlängerung ist ausgeschaltet."),
    ("low", "nl", "Regelen jullie dit? Het SSL-certificaat voor www.bakkerij.nl verloopt over 21 "
                  "dagen."),
    ("low", "en", "FYI the SSL certificate expires in two weeks, can you renew it?"),
]  # fmt: skip

NEAR_MISSES = [
    # expired now, the site unreachable: critical
    ("critical", "en", "The SSL certificate has expired and every browser blocks the shop, "
                       "nobody can get in."),
    ("critical", "en", "Our domain has expired and the website is gone, it shows a parking "
                       "page."),
    ("critical", "no", "Domenet har utløpt og nettsiden er borte for alle."),
    # the renewal itself fails now (a problem told, not a reminder)
    ("urgent", "de", "Die Domain läuft in 3 Tagen ab und die Verlängerung im Kundenkonto "
                       "schlägt mit einer Fehlermeldung fehl."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
