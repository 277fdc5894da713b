"""Mail that does not arrive, all failed in the log, while the others get in as usual.

"De som husker passordet, kan logge inn og booke som vanlig", "those who remember their
password can still log in and book", "wie zijn wachtwoord nog weet, kan gewoon inloggen en
boeken", "wer sein Passwort noch weiß, kann sich weiterhin einloggen und buchen": beside a
reset mail whose sends all failed ("alle står som «Feilet»"), the rest still sign in and buy:
transactional mail not sent (urgent), not everything failing. Said with "nobody" before it,
it is no such cue, and an outage stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    (
        "urgent",
        "no",
        "Medlemmene får ikke e-posten for å tilbakestille passordet, i loggen står "
        "alle som «Feilet». De som husker passordet, kan logge inn og booke som "
        "vanlig.",
    ),
    (
        "urgent",
        "en",
        "Members don't get the password reset email, the mail log lists all of them "
        "as failed. Those who remember their password can still log in and book as "
        "usual.",
    ),
    (
        "urgent",
        "nl",
        "De wachtwoord-resetmail komt niet aan bij de leden, alle verzendingen zijn "
        "mislukt. Wie zijn wachtwoord nog weet, kan gewoon inloggen en boeken.",
    ),
    (
        "urgent",
        "de",
        "Die Passwort-zurücksetzen-Mail kommt bei den Mitgliedern nicht an, alle "
        "Versuche sind fehlgeschlagen. Wer sein Passwort noch weiß, kann sich "
        "weiterhin einloggen und buchen.",
    ),
]

NEAR_MISSES = [
    ("critical", "no", "Alle sider feiler, ingen kan logge inn og booke som vanlig."),
    (
        "critical",
        "en",
        "Every page fails with an error since this morning, nobody can log in and book as usual.",
    ),
    (
        "critical",
        "nl",
        "Alle pagina's geven een foutmelding, niemand kan gewoon inloggen en boeken.",
    ),
    (
        "critical",
        "de",
        "Alle Seiten zeigen einen Fehler, niemand kann sich normal einloggen und buchen.",
    ),
]

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
