"""A server error counted a few times a day on a site that otherwise runs fine.

"About 12 entries with status 500 a day in the log, always on one download link ... The
website otherwise runs fine", "Die Website läuft ansonsten einwandfrei", "De website werkt
verder prima", "Ellers fungerer nettsiden fint": a server error seen in the log while the
site works is a bug (standard); "otherwise" after the site and its verb was not read as the
site working (`<lang>.cx_otherwise_fine.rest_still_works`, one step down). The 500 on every
page, or nobody able to pay beside a working rest, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "In the server log I found about 12 entries with HTTP 500 a day, all on "
                       "one download link. The website otherwise runs fine."),
    ("standard", "nl", "In de log staan elke dag zo'n 10 regels met HTTP 500, steeds op "
                       "dezelfde export-link. De website werkt verder prima."),
    ("standard", "de", "Im Log stehen jeden Tag etwa 12 Einträge mit HTTP 500, immer auf "
                       "einem Download-Link. Die Website läuft ansonsten einwandfrei."),
    ("standard", "no", "I loggen ser jeg rundt 12 linjer med HTTP 500 hver dag, alltid på "
                       "samme nedlastingslenke. Ellers fungerer nettsiden fint."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since 07:52 every page returns HTTP 500, 1,204 of 1,204 requests "
                       "failed."),
    ("critical", "de", "Seit 10 Uhr kann niemand mehr bezahlen. Ansonsten läuft die Website "
                       "einwandfrei."),
    ("critical", "nl", "Sinds vanochtend geeft elke pagina een HTTP 500 en niemand komt op de "
                       "site."),
    ("critical", "no", "Ingen kan betale siden klokka ti. Ellers fungerer nettsiden fint."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
