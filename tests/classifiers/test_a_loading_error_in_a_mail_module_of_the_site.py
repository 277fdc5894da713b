"""A loading error in a sentence that names the site or a part of its backend ("In the Mailings
module of our CMS", "auf der Buchungsseite ... der Outlook-Kalender-Export", "On our website the
Gmail sign-in button") is a part of the site broken, though a mail word stands beside it:
`<lang>.cx_error_loading_content` fires again. 9583092 forgot it there, taking "mailings",
Outlook or Gmail for the writer's mail program ("In the Mailings module of our CMS the
recipient list couldn't be loaded" standard -> low). What the mail program itself shows stays
forgotten (tests/classifiers/test_a_loading_error_in_the_mail_program.py).
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify

_RULE = ".cx_error_loading_content"

ON_THE_SITE = [
    ("en", "In the Mailings module of our CMS the recipient list couldn't be loaded."),
    ("en", "On our website the Gmail sign-in button for customers shows 'error loading'."),
    ("de", "Auf der Buchungsseite zeigt der Outlook-Kalender-Export nur 'Fehler beim Laden'."),
    ("de", "Im Mailing-Modul unseres CMS kommt beim Öffnen der Empfängerliste 'Fehler beim "
           "Laden'."),
]  # fmt: skip

IN_THE_MAIL_PROGRAM = [
    ("en", "The image couldn't be loaded in my email client. No rush, just so you know."),
    ("en", "In your last email to us the attachment couldn't be loaded in Outlook. Could you "
           "send it again? No rush."),
    ("de", "Im Newsletter kam bei mir in Outlook nur 'Fehler beim Laden' statt des Bildes. Hat "
           "keine Eile."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ON_THE_SITE)
def test_a_loading_error_of_a_site_part_fires(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert any(r.id.endswith(_RULE) for r in got.rules), got.rules
    assert got.severity != "low", got.rules


def test_the_cms_mailings_module_is_standard() -> None:
    text = "In the Mailings module of our CMS the recipient list couldn't be loaded."
    assert classify(MessageText(body=text, language="en")).severity == "standard"


@pytest.mark.parametrize(("lang", "text"), IN_THE_MAIL_PROGRAM)
def test_the_mail_programs_loading_error_stays_low(lang: str, text: str) -> None:
    got = classify(MessageText(body=text, language=lang))
    assert not any(r.id.endswith(_RULE) for r in got.rules), got.rules
    assert got.severity == "low", got.rules
