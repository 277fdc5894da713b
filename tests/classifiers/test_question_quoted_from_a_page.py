"""A question mark inside quotation marks is the page's, not the writer's question.

'Als je vvoostwoud.nl intypt krijg je een pagina met "Dit domein is geparkeerd" en "Is dit
domein te koop? Doe een bod".' was urgent: the quoted "?" made the sentence a question, and
its "als" a hypothetical one, so the parked domain was forgotten as a supposed case. A "?"
inside double quotes ("...", “...”, „...“, «...») no longer makes the writer's sentence a
question; one outside them still does.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "nl", 'Als je vvoostwoud.nl intypt krijg je nu een pagina met "Dit domein is '
                       'geparkeerd" en "Is dit domein te koop? Doe een bod". Geen clublogo, niks.'),
    ("critical", "en", 'If you type our address you get a page saying "This domain is parked" '
                       'and "Want to buy this domain? Make an offer".'),
    ("critical", "de", "Wenn man unsere Adresse eingibt, kommt nur „Diese Domain ist geparkt“ und "
                       "„Interesse an dieser Domain? Machen Sie ein Angebot“."),
    ("critical", "no", "Hvis du skriver inn adressen, får du bare «Dette domenet er parkert» og "
                       "«Vil du kjøpe dette domenet? Legg inn et bud»."),
]  # fmt: skip

NEAR_MISSES = [
    # the writer's own question about a supposed case, with a quotation inside it
    ("standard", "en", 'What happens if the shop shows "Service unavailable"? We would like to '
                       "know before Black Friday."),
    ("standard", "nl", 'Als de site "offline" gaat, wat doen jullie dan?'),
    ("standard", "de", "Was passiert, wenn der Shop „nicht erreichbar“ ist?"),
    ("standard", "no", "Hva skjer hvis nettsiden blir «utilgjengelig»?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
