"""The enquiry form shows its thank-you page, and the enquiry never reaches the business ("it
said thank you, and again no email here", "takkemelding, men ingen e-post", "de bedankpagina,
maar er kwam niets binnen", "die Dankeseite, aber bei uns kam nichts an"): the form's mail is
not sent, the table's "transactional mail not sent" (urgent), told by a venue or a caterer who
only sees that the enquiries stopped.

Batch 57 (a wedding venue and a Norwegian party venue, read as standard and low: "nobody" and
"ingen" were half outage words, "lurte på" a question):
`<lang>.form_thanks_but_nothing_arrives_near` reads the thank-you beside what never came.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's cases
    ("urgent", "en", "She'd had the \"Thank you, we'll be in touch\" page, but nothing ever "
                     "reached us. I've just filled the form in myself: it said thank you, and "
                     "again no email here."),
    ("urgent", "no", "Hun fikk \"Takk for din henvendelse\", men hos oss har ingenting kommet. "
                     "Jeg prøvde selv nå, og det samme: takkemelding, men ingen e-post."),
    # in other words and other languages
    ("urgent", "nl", "Klanten krijgen keurig de bedankpagina te zien, maar bij ons komt niets "
                     "binnen."),
    ("urgent", "de", "Die Kunden sehen die Dankeseite, aber bei uns ist seit Montag nichts "
                     "angekommen."),
    ("urgent", "en", "Couples get the thank-you page after sending the booking form, yet no "
                     "email arrives in our inbox."),
    ("urgent", "de", "Ich habe es selbst probiert: \"Vielen Dank für Ihre Anfrage\", aber keine "
                     "E-Mail bei uns."),
]  # fmt: skip

NEAR_MISSES = [
    # thanks for a fix, mail arrives (low)
    ("low", "en", "Thank you page text should say 'we'll reply within a day', could you change "
                  "it?"),
    ("low", "no", "Kan dere endre teksten på takkesiden til \"Takk, vi svarer innen to dager\"?"),
    # the mail comes (no failure)
    ("low", "nl", "Na het versturen zien klanten de bedankpagina en wij krijgen de mail "
                  "gewoon binnen. Kunnen jullie de tekst iets vriendelijker maken?"),
    ("low", "de", "Können Sie den Text der Dankeseite ändern? Statt \"Vielen Dank für Ihre "
                  "Anfrage\" hätten wir gern \"Danke, wir melden uns\"."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
