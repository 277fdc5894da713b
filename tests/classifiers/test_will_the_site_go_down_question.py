"""A worried question whether the site will go down ("Gaat onze website vannacht uit de lucht?",
"Will the site go offline tonight?", "Geht der Shop heute Nacht offline?", "Går nettsiden
offline i natt?"), as over a forwarded renewal reminder, with "do I have to do anything?": a
question about what may come (low), no outage told.

Session 14 found it in batch 43 (a forwarded domain reminder under "Moet ik hier iets mee? Gaat
de site vannacht uit de lucht?", read as critical): the outage words inside the question counted
as a report. The question, from its first word (a future "will", "gaat", "wird", "går", "vil")
to its question mark, is now a supposed case (`_SUPPOSED_CASES` in
classifiers/steps/supposed.py), and
"Moet ik hier iets mee?", "Muss ich da etwas machen?", "Do I have to do anything?" are worry
questions. An outage told beside a question when it is back, or a question whether it is down
beside what everyone sees, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "nl", "Ik kreeg een herinnering dat de domeinnaam verloopt. Moet ik hier iets mee? "
                  "Gaat onze website vannacht uit de lucht?"),
    ("low", "nl", "Hierbij de mail van de registrar. Gaat de webshop dan offline? Moeten we "
                  "iets doen?"),
    ("low", "en", "The registrar sent a reminder about the domain. Will the site go offline "
                  "tonight? Do I have to do anything?"),
    ("low", "en", "Got this renewal notice. Is our website going to go down? Should we do "
                  "something?"),
    ("low", "de", "Ich habe eine Erinnerung zur Domain bekommen. Geht die Seite heute Nacht "
                  "offline? Muss ich da etwas machen?"),
    ("low", "de", "Anbei die Mail vom Registrar. Wird die Webseite heute Nacht offline gehen? "
                  "Muss ich da was machen?"),
    ("low", "no", "Jeg fikk en påminnelse om at domenet utløper. Går nettsiden offline i natt? "
                  "Må jeg gjøre noe?"),
    ("low", "no", "Her er e-posten fra registraren. Vil nettbutikken være nede i helgen? Må vi "
                  "gjøre noe?"),
]  # fmt: skip

NEAR_MISSES = [
    # down now, told: the question after it asks when it is back
    ("critical", "en", "Our shop is down for everyone. Will it be back before morning?"),
    ("critical", "nl", "De webshop ligt plat voor iedereen. Gaat dit vannacht nog opgelost "
                       "worden?"),
    ("critical", "de", "Der Shop ist für alle Kunden nicht erreichbar. Wird das heute Nacht "
                       "noch behoben?"),
    # a question whether it is down, beside what everyone sees: the outage
    ("critical", "en", "Is the site down? Nobody can reach it, every page gives a 503."),
    ("critical", "nl", "Gaat de site nou weer plat? Hij is voor iedereen onbereikbaar, elke "
                       "pagina geeft een 500."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
