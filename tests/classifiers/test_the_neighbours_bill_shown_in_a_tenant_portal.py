"""A tenant or resident portal shows the neighbour's bill, rent or bank details ("fakturaen til
naboen med navn og kontonummer", "andre folks husleie", "die Abrechnung des Nachbarn mit
Kontonummer", "de factuur van de buren met rekeningnummer"): another resident's personal data,
a data leak (critical), however it is told.

Batch 55 (a housing co-operative's voicemail, "beboerportalen vår viser andre folks husleie ...
ser man fakturaen til naboen", read as low): `<lang>.someone_elses_data_visible_near` knew other
customers, patients and members, not the neighbour, other people ("andre folks") or tenants, nor
bills, rent and account numbers. The neighbour's name alone ("our neighbour's name on the contact
page") is no leak: `<lang>.neighbours_bill_visible_near` takes only bills and bank details.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the batch's case (a transcript)
    ("critical", "no", "jeg ringer fordi beboerportalen vår viser andre folks husleie altså når "
                       "man logger inn så ser man fakturaen til naboen med navn og kontonummer og "
                       "alt sammen"),
    ("critical", "no", "Portalen viser naboens faktura med kontonummer."),
    ("critical", "en", "When you log in to the tenant portal you see the neighbour's rent "
                       "statement with name and account number."),
    ("critical", "de", "Im Mieterportal sieht man die Abrechnung des Nachbarn mit Name und "
                       "Kontonummer."),
    ("critical", "nl", "In het huurdersportaal zie je de factuur van de buren met naam en "
                       "rekeningnummer."),
    # other tenants' bills shown (review of 4ae2844: must stay critical)
    ("critical", "en", "The tenant portal shows other tenants' bills with their account numbers."),
    ("critical", "de", "Im Mieterportal werden die Abrechnungen anderer Mieter angezeigt."),
    ("critical", "no", "Beboerportalen viser husleien til naboene med kontonummer."),
]  # fmt: skip

NEAR_MISSES = [
    # the neighbour's name in a content request (low) or a typo (standard)
    ("standard", "en", "Our neighbour's name is spelt wrong on the contact page, could you fix "
                       "it?"),
    ("low", "nl", "Kunnen jullie de naam van de buren op de contactpagina aanpassen?"),
    ("low", "no", "Kan dere legge inn naboens navn på kontaktsiden?"),
    # a question whether it could happen (low)
    ("low", "en", "Can tenants see the neighbour's rent statement? We'd like to make sure that is "
                  "impossible."),
    # a neighbour who hasn't paid: a request (low)
    ("low", "de", "Der Nachbar hat seine Rechnung noch nicht bezahlt, können Sie die Mahnung "
                  "erneut senden?"),
    # neighbours and rent named in a request, nothing seen or shown (review of 4ae2844: what
    # each read before 4ae2844; "een pagina", "en side" read as a minor bug, standard)
    ("low", "en", "Please change the font on the page about the neighbours' rent statement."),
    ("low", "en", "The neighbours asked whether they can pay their rent online, could you add that "
                  "to the website?"),
    ("standard", "nl", "Kunnen jullie een pagina maken over de huur van de buren? Geen haast."),
    ("low", "de", "Könnt ihr die Schriftart auf der Seite zur Abrechnung der Nachbarn ändern?"),
    ("standard", "no", "Kan dere lage en side om husleie til naboene? Ingen hast."),
    ("low", "no", "Andre folks nettsider passer bedre på mobil, kan dere endre fonten?"),
    ("low", "en", "Could you add a page explaining how other tenants' rent is calculated?"),
    ("low", "nl", "Kunnen jullie de tekst over de huur van de buurman op de nieuwspagina zetten?"),
    ("low", "de", "Die Nachbarn fragen, ob sie die Miete auch online zahlen können. Könnt ihr das "
                  "einbauen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
