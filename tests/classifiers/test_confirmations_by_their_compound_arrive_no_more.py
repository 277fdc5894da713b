"""Confirmation mails named by their compound ("Anmeldebestätigungen", "Eingangsbestätigungen")
that arrive no more, with the people between ("die kommen bei den Schülern seit Montag nicht
mehr an"): transactional mail not sent (urgent), also in a voicemail, where each match counts
for less.

Batch 57 (a driving school's voicemail, read as standard: only `de.mail_failure_near` at 0.8):
`de.confirmations_not_going_out_near` knew "Bestätigung*" at the word's start and "kommen nicht
an" together, not a compound nor "nicht mehr an" further on.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case (a transcript, given as a body)
    ("urgent", "de", "es geht um die anmeldebestätigungen für den theorieunterricht die kommen "
                     "bei den schülern seit montag nicht mehr an also die e mail."),
    ("urgent", "de", "Die Eingangsbestätigungen kommen bei den Bewerbern seit gestern nicht mehr "
                     "an."),
    ("urgent", "de", "Unsere Buchungsbestätigungen kommen bei den Gästen nicht an."),
]  # fmt: skip

NEAR_MISSES = [
    # a wish to change the confirmation's text (low)
    ("low", "de", "Können Sie den Text der Anmeldebestätigung ändern? Wir hätten gern unsere "
                  "neue Adresse darin."),
    # it arrives again (low)
    ("low", "de", "Danke, die Anmeldebestätigungen kommen wieder an, alles läuft wieder."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
