"""A loading error the writer's mail program shows in an email or a newsletter ("The image
couldn't be loaded in my email client", "Im Newsletter kam bei mir in Outlook nur 'Fehler
beim Laden'", "Mijn mailprogramma zegt bij de foto in jullie mail: kan niet worden geladen",
"Bildet kunne ikke lastes i e-postprogrammet mitt") is no part of the site broken:
`<lang>.cx_error_loading_content` is forgotten in such a sentence (engine
`_drop_loading_error_in_mail`), and the mail keeps the level it had before that rule (low,
beside "no rush").

f4950c7 made a part of a page that shows its own loading error a page broken (standard,
tests/classifiers/test_a_part_of_a_page_that_fails_to_load.py, which still passes); its
phrases also fired on a mail client's. The newsletter's sign-up form or its archive page are
parts of the site, and an email named in another sentence changes nothing.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "The image couldn't be loaded in my email client. No rush, just so you know."),
    ("low", "en", "The photo in your email could not be loaded, my mail app says. No rush."),
    ("low", "de", "Im Newsletter kam bei mir in Outlook nur 'Fehler beim Laden' statt des "
                  "Bildes. Hat keine Eile."),
    ("low", "nl", "Mijn mailprogramma zegt bij de foto in jullie mail: kan niet worden geladen. "
                  "Geen haast."),
    ("low", "no", "I nyhetsbrevet viser Outlook bare 'feil ved lasting' der bildet skulle vært. "
                  "Det haster ikke."),
    ("low", "no", "Bildet kunne ikke lastes i e-postprogrammet mitt. Det haster ikke."),
]  # fmt: skip

NEAR_MISSES = [
    # the newsletter's sign-up form and archive page are the site's
    ("standard", "en", "The newsletter signup box on our homepage shows 'error loading form'. The "
                       "rest of the site works, no rush."),
    ("standard", "en", "The newsletter archive page only shows 'error loading content'. Everything "
                       "else works."),
    ("standard", "nl", "Het aanmeldformulier voor de nieuwsbrief op onze site geeft 'fout bij het "
                       "laden'. De rest werkt, geen haast."),
    ("standard", "de", "Das Formular zur Newsletter-Anmeldung auf unserer Website zeigt nur "
                       "'Fehler beim Laden'. Der Rest geht, hat Zeit."),
    ("standard", "no", "Påmeldingsskjemaet for nyhetsbrevet på nettsiden viser bare 'feil ved "
                       "lasting'. Resten av siden virker."),
    # a mail named in another sentence
    ("standard", "de", "Die Galerie auf unserer Website zeigt nur 'Fehler beim Laden'. Ich habe "
                       "Ihnen dazu auch eine Mail geschrieben. Hat Zeit."),
    ("standard", "nl", "Op de fotopagina staat alleen 'laden mislukt'. Ik heb het ook in mijn mail "
                       "aan Tom gezet. De rest van de site doet het gewoon."),
    ("standard", "no", "Bildegalleriet på nettsiden viser bare 'feil ved lasting'. Jeg sendte dere "
                       "også en e-post om det. Resten av siden virker."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


@pytest.mark.parametrize(("level", "lang", "text"), PARAPHRASES)
def test_the_mail_programs_loading_error_is_no_page_broken(
    level: str, lang: str, text: str
) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert not any(r.id.endswith(".cx_error_loading_content") for r in got.rules), got.rules


@pytest.mark.parametrize(("level", "lang", "text"), NEAR_MISSES)
def test_the_sites_loading_error_is_a_page_broken(level: str, lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert any(r.id.endswith(".cx_error_loading_content") for r in got.rules), got.rules
