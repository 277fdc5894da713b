"""A past incident, dated by its month and year, asked about for an audit or the records
("could you confirm what happened in the breach of March 2024? It is for our audit",
"Bestätigung zum Sicherheitsvorfall vom März 2024", "het datalek van maart 2024",
"sikkerhetshendelsen i mars 2024"): nothing happens now, a question, low.

Session 18 found it in batch 49: the long-ago times knew "last year" and "in January" but
not a month with its year, nor "of/vom/van/i 2024", so the breach word fired as a breach
now; and a request for the records had no low signal of its own (`*.cx_for_the_records`).

The near misses keep what is told now: "since January 2025" still goes on, a breach in 2024
that has "happened again" since last night, and an outage or failure now beside the audit.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "Could you confirm what happened in the breach of March 2024? It is for our "
                  "audit, nothing unusual now."),
    ("low", "en", "For our records: what measures did you take after the security incident in "
                  "2024? All is quiet at the moment."),
    ("low", "de", "Für unser Audit bitten wir um eine Bestätigung zum Sicherheitsvorfall vom "
                  "März 2024. Aktuell gibt es keine Auffälligkeiten."),
    ("low", "de", "Könnten Sie uns für die Dokumentation die Maßnahmen nach dem Hackerangriff "
                  "im Jahr 2024 schicken? Im Moment ist alles ruhig."),
    ("low", "nl", "Voor onze audit willen we graag een bevestiging over het datalek van maart "
                  "2024. Er is nu niets aan de hand."),
    ("low", "nl", "Kunnen jullie voor de documentatie beschrijven wat er bij de hack in 2024 is "
                  "gedaan? Nu is alles rustig."),
    ("low", "no", "Til revisjonen trenger vi en bekreftelse på sikkerhetshendelsen i mars 2024. "
                  "Det er ingenting unormalt nå."),
    ("low", "no", "Kan dere sende oss tiltakene etter datainnbruddet i 2024 til dokumentasjonen? "
                  "Alt er rolig nå."),
]  # fmt: skip

NEAR_MISSES = [
    # since a month and year: still so
    ("critical", "en", "Since January 2025 every payment in the shop fails."),
    ("critical", "de", "Seit März 2025 schlägt jede Zahlung fehl."),
    ("critical", "nl", "Sinds maart 2025 mislukken alle betalingen in de webshop."),
    # the old breach named, a new one now
    ("critical", "en", "We were hacked in 2024 and now it has happened again: there is an "
                       "unknown admin since last night."),
    # an incident now beside the audit
    ("critical", "en", "For our audit next week we need the shop working, but right now every "
                       "payment fails."),
    ("critical", "de", "Für das Audit morgen brauchen wir den Shop, aber die Website ist seit "
                       "heute früh nicht erreichbar."),
    ("urgent", "en", "For our audit we need the order confirmation emails, but since Monday "
                     "customers don't get them."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
