"""A breach told without the word "hacked": critical.

Each was standard or low: a client's document as the second search result that opens with
"no login screen"; a patient questionnaire ("Anamnesebogen") found by googling a name; a
stranger's user "im Adminbereich"; customers "receiving" other customers' confirmations
with names and addresses; a click on our search result that lands on a prize draw
(`<lang>.cx_search_result_lands_on_scam`); and, as half a signal beside a post nobody of us
wrote, password resets nobody asked for (`<lang>.cx_password_reset_unrequested`).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "When she searched her own name on Google, the second result was a PDF of "
                       "her divorce settlement on our client portal. Clicking the link opens the "
                       "document directly, no login screen, nothing."),
    ("critical", "de", "Sie hat ihren Namen gegoogelt und als zweiten Treffer ihren Anamnesebogen "
                       "gefunden, mit Geburtsdatum, Medikamenten und allem."),
    ("critical", "de", "Im Adminbereich ist ein Benutzer, den ich nicht kenne."),
    ("critical", "en", "Customers are receiving order confirmations for other customers, with "
                       "their names and addresses."),
    ("critical", "en", "When you click our site in Google you end up on a page with a prize draw "
                       "asking for your phone number."),
    ("critical", "nl", "Wie onze site in Google aanklikt komt op een pagina met een winactie."),
    ("critical", "de", "Wenn man unsere Internetseite bei Google anklickt, kommt man auf eine "
                       "Seite mit Gewinnspiel."),
    ("critical", "no", "Klikker man på siden vår i Google, havner man på en side med en "
                       "konkurranse."),
    ("critical", "en", "Three of us received emails saying our passwords for the website had "
                       "been reset, none of us asked for that. There is a new news item that "
                       "none of us wrote."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "I googled our company and the first result was our website, can you add a "
                  "new photo?"),
    ("standard", "de", "Ich habe mein Passwort zurückgesetzt, weil ich es vergessen hatte."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
