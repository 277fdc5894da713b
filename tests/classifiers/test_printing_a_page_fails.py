"""Printing a page that fails ("in der Druckansicht wird die Spalte Sonntag abgeschnitten", "de
knop 'Recept printen' geeft een lege pagina", "the print view cuts off a column", "når vi skal
skrive ut vaktlista, skjer ingenting"): a side function with a minor bug (standard), however
politely or unhurriedly asked about, and its blank page is the printout's, not the site's.

Session 44 found it in batch 44 (a forwarded mail about a rota's print view and a recipe blog's
print button, both read as low): no rule knew printing, so the request and no-rush words won,
and "lege pagina"/"blank side" counted as half an outage. `<lang>.print_function_broken_near`
(a print word and a failure in one sentence) is standard, and the engine counts the critical
half signals made only of its words as standard (`_without_printout_words`); every page blank
for everyone, print view included, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Beim Drucken des Dienstplans passiert nichts, am Bildschirm ist alles ok."
                       " Könnten Sie sich das bei Gelegenheit ansehen?"),
    ("standard", "de", "Wenn man den Speiseplan ausdrucken will, kommt nur eine leere Seite. "
                       "Keine Eile, bitte bei Gelegenheit."),
    ("standard", "en", "The print view of our rota cuts off the Sunday column. On screen "
                       "everything is fine. Could you have a look when you get a chance?"),
    ("standard", "en", "The 'Print recipe' button gives a blank page on older recipes. No rush at"
                       " all, a reader mentioned it."),
    ("standard", "nl", "Op mijn blog geeft de knop 'Recept printen' bij oudere recepten een lege "
                       "pagina. Af en toe mailt een lezer erover."),
    ("standard", "nl", "In de printversie van het rooster valt de kolom zondag weg. Op het scherm"
                       " is alles goed. Geen haast."),
    ("standard", "no", "Når vi skal skrive ut vaktlista, skjer ingenting. På skjermen er alt i "
                       "orden. Kan dere se på det når dere får tid?"),
    ("standard", "no", "Knappen «Skriv ut oppskrift» gir en blank side på eldre oppskrifter. "
                       "Ingen hast, en leser nevnte det."),
]  # fmt: skip

NEAR_MISSES = [
    # a print button or a logo in the print view asked for: a new feature, a design change (low)
    ("low", "en", "Could you add a print button to the recipe pages? Readers keep asking for it."),
    ("low", "de", "Können Sie in der Druckansicht unser neues Logo einbauen?"),
    ("low", "nl", "Kunnen jullie een printknop toevoegen aan de recepten?"),
    ("low", "no", "Kan dere legge inn logoen vår i utskriftsversjonen av menyen?"),
    # every page blank for everyone, print view included: the site down (critical)
    ("critical", "en", "Since the update every page of the site is blank for everyone, not just "
                       "the print view."),
    ("critical", "de", "Seit dem Update zeigt jede Seite für alle Besucher nur eine weiße Seite, "
                       "nicht nur die Druckansicht."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
