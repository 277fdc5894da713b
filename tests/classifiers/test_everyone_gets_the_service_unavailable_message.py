"""Everyone gets the unavailable message: the 503 page in the writer's own words.

"Sinds 7 uur krijgt iedereen weer die melding 'Service niet beschikbaar'" was standard: the
Dutch and English `everyone_sees_outage_near` knew "503" and "onbereikbaar" but not the
message a visitor reads ("Service niet beschikbaar", "Service not available"), and a time
between the seeing and the message ("sehen seit heute früh nur ...") fell outside its window.
A date, a course or an item shown as "not available" is no outage, nor is one customer's.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", "Vanaf vanochtend krijgt iedereen weer de melding 'Service niet "
                       "beschikbaar' op het klantportaal."),
    ("critical", "nl", "Alle klanten zien sinds vannacht alleen 'Dienst niet beschikbaar'."),
    ("critical", "nl", "Iedereen krijgt nu 'Website niet beschikbaar', ook vanaf thuis."),
    ("critical", "en", "Everyone has been getting 'Service not available' since seven."),
    ("critical", "en", "All customers see 'Website not available' when they open the shop."),
    ("critical", "de", "Alle Nutzer sehen seit heute früh nur 'Service nicht verfügbar'."),
    ("critical", "de", "Jeder bekommt nur noch die Meldung 'Service nicht verfügbar'."),
    ("critical", "no", "Alle kundene får bare «Tjenesten er ikke tilgjengelig» på portalen."),
]  # fmt: skip

NEAR_MISSES = [
    ("standard", "nl", "Iedereen ziet bij de cursus 'niet beschikbaar' staan, terwijl er nog "
                       "plek is."),
    ("standard", "nl", "Iedereen krijgt de melding dat de gekozen datum niet beschikbaar is."),
    ("standard", "en", "Everyone sees 'not available' on the blue jacket although we have stock."),
    ("standard", "en", "Everyone is getting the newsletter but the images are not available."),
    ("low", "nl", "Vorige week kreeg iedereen even 'Service niet beschikbaar' tijdens het "
                  "geplande onderhoud, nu werkt alles weer."),
    ("standard", "de", "Bei einem Kunden steht 'Service nicht verfügbar', alle anderen kommen "
                       "rein."),
    ("standard", "no", "Én kunde får «Tjenesten er ikke tilgjengelig», vi andre kommer inn."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
