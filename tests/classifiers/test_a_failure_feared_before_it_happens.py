"""A failure feared in a clause after "before": not one told.

"The certificate expires in 14 days. Please renew it before our website is no longer
reachable!!!", "bevor unsere Website nicht mehr erreichbar ist", "voordat de website
onbereikbaar is", "før nettsiden er nede for alle": the outage lies in a clause after
"before" (`classifiers.steps.supposed._drop_feared_before`) and was read as the site down
(critical);
it is what the writer fears, nothing is broken. A "before" clause with a past verb ("before
the site went down") tells a failure, and one said again outside the clause stays.

Session 54: these expiries weeks ahead read low (`<lang>.cx_expiry_ahead`), as batches 39, 52
and 54 label such reminders (nothing is broken now: a renewal to arrange); they were standard
here only because no rule fired.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "The SSL certificate expires in 12 days. Please renew it before the "
                  "website is no longer reachable!!!"),
    ("low", "nl", "Het certificaat verloopt over 14 dagen. Graag op tijd vernieuwen, "
                  "voordat de website onbereikbaar is!"),
    ("low", "de", "Das Zertifikat läuft in 14 Tagen ab. Bitte verlängern Sie es, bevor "
                  "unsere Website nicht mehr erreichbar ist!!!"),
    ("low", "no", "Domenet vårt utløper om tre uker. Forny det før nettsiden er nede for "
                  "alle!"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Before the site went down we got a warning. Now the site is down for "
                       "everyone."),
    ("critical", "de", "Die Website ist nicht mehr erreichbar, seit das Zertifikat heute Nacht "
                       "abgelaufen ist, bevor wir es verlängern konnten."),
    ("critical", "nl", "Het certificaat is vanochtend verlopen en de website is voor iedereen "
                       "onbereikbaar."),
    ("critical", "no", "Nettsiden er nede for alle siden i natt, før det var en advarsel."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
